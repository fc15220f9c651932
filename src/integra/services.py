"""What active integration offers: service categories, concrete services and reintegration units.

Active integration (aktywna integracja) combines four kinds of services — social, educational,
health and vocational — offered by social-assistance centres, labour offices, NGOs and the
reintegration units: occupational therapy workshops (WTZ), vocational activity establishments
(ZAZ), social integration centres (CIS) and clubs (KIS), and community self-help homes (ŚDS).

The catalogue here is reference data: each [`Service`][integra.services.Service] has a stable
``code``, a category, Polish and English labels and, where one exists in the modelled acts, its
legal basis.

Examples:
    >>> service("psu").category
    <ServiceCategory.VOCATIONAL: 'vocational'>
    >>> [s.code for s in services_in(ServiceCategory.HEALTH)]
    ['health_barriers', 'diagnostics_prevention', 'psychological_therapy', 'addiction_therapy']
    >>> UNITS[UnitKind.CIS].basis.text("pl")
    'ustawa o zatrudnieniu socjalnym'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, LabelledEnum, set_labels
from integra.law import Citation
from integra.parameters import UPS, UPZ, URZ, UZS

__all__ = [
    "SERVICES",
    "UNITS",
    "InstrumentGroup",
    "ReintegrationUnit",
    "Service",
    "ServiceCategory",
    "UnitKind",
    "service",
    "services_in",
]


class ServiceCategory(LabelledEnum):
    """The four kinds of active-integration services.

    Examples:
        >>> ServiceCategory.EDUCATIONAL.label.pl
        'usługi aktywnej integracji o charakterze edukacyjnym'
    """

    SOCIAL = "social"
    EDUCATIONAL = "educational"
    HEALTH = "health"
    VOCATIONAL = "vocational"


set_labels(
    ServiceCategory,
    {
        ServiceCategory.SOCIAL: Label(
            pl="usługi aktywnej integracji o charakterze społecznym", en="social services"
        ),
        ServiceCategory.EDUCATIONAL: Label(
            pl="usługi aktywnej integracji o charakterze edukacyjnym",
            en="educational services",
        ),
        ServiceCategory.HEALTH: Label(
            pl="usługi aktywnej integracji o charakterze zdrowotnym", en="health services"
        ),
        ServiceCategory.VOCATIONAL: Label(
            pl="usługi aktywnej integracji o charakterze zawodowym",
            en="vocational services",
        ),
    },
)


@attrs.frozen(slots=True)
class Service:
    """A concrete active-integration service.

    Attributes:
        code: A stable identifier (``"social_work"``).
        category: Which of the four kinds it belongs to.
        label: Its name in Polish and English.
        basis: The provision it rests on, where the modelled acts name one.
        for_disabled: Whether it is specific to persons with disabilities.

    Examples:
        >>> s = service("social_work")
        >>> s.label.pl, s.basis.text("pl")
        ('praca socjalna', 'art. 45 ustawy o pomocy społecznej')
    """

    code: str
    category: ServiceCategory
    label: Label
    basis: Citation | None = None
    for_disabled: bool = False


def _s(
    code: str,
    category: ServiceCategory,
    pl: str,
    en: str,
    basis: Citation | None = None,
    *,
    for_disabled: bool = False,
) -> Service:
    return Service(code, category, Label(pl=pl, en=en), basis, for_disabled)


_SOC, _EDU, _HEA, _VOC = (
    ServiceCategory.SOCIAL,
    ServiceCategory.EDUCATIONAL,
    ServiceCategory.HEALTH,
    ServiceCategory.VOCATIONAL,
)
_COUNSELLING = Citation(UPS, article="46")

SERVICES: tuple[Service, ...] = (
    _s(
        "reintegration_unit",
        _SOC,
        "uczestnictwo w WTZ, ZAZ, CIS, KIS lub ŚDS",
        "participation in a reintegration unit",
    ),
    _s(
        "social_work",
        _SOC,
        "praca socjalna",
        "social work",
        Citation(UPS, article="45"),
    ),
    _s(
        "legal_counselling",
        _SOC,
        "poradnictwo prawne",
        "legal counselling",
        _COUNSELLING,
    ),
    _s(
        "family_counselling",
        _SOC,
        "poradnictwo rodzinne",
        "family counselling",
        _COUNSELLING,
    ),
    _s(
        "psychological_counselling",
        _SOC,
        "poradnictwo psychologiczne",
        "psychological counselling",
        _COUNSELLING,
    ),
    _s("social_services", _SOC, "usługi społeczne", "social services"),
    _s("volunteering", _SOC, "wolontariat", "volunteering"),
    _s("local_animation", _SOC, "animacja lokalna", "local animation"),
    _s(
        "crisis_intervention",
        _SOC,
        "interwencja kryzysowa",
        "crisis intervention",
        Citation(UPS, article="47"),
    ),
    _s(
        "social_competences",
        _SOC,
        "kursy i szkolenia kształtujące kompetencje społeczne",
        "courses building social competences",
    ),
    _s(
        "personal_assistance",
        _SOC,
        "asystencja osobista",
        "personal assistance services",
        for_disabled=True,
    ),
    _s(
        "competences",
        _EDU,
        "nabywanie lub potwierdzanie kompetencji ogólnych lub zawodowych",
        "gaining or confirming general or vocational competences",
    ),
    _s(
        "formal_education",
        _EDU,
        "edukacja formalna prowadząca do uzyskania kwalifikacji",
        "formal education leading to qualifications",
    ),
    _s(
        "health_barriers",
        _HEA,
        "likwidacja lub złagodzenie barier zdrowotnych",
        "removing or easing health barriers",
    ),
    _s(
        "diagnostics_prevention",
        _HEA,
        "diagnostyka i profilaktyka",
        "diagnostics and prevention",
    ),
    _s(
        "psychological_therapy",
        _HEA,
        "terapia psychologiczna lub psychospołeczna",
        "psychological or psychosocial therapy",
    ),
    _s("addiction_therapy", _HEA, "terapia uzależnień", "addiction therapy"),
    _s("vocational_counselling", _VOC, "poradnictwo zawodowe", "vocational counselling"),
    _s(
        "vocational_reintegration",
        _VOC,
        "zajęcia reintegracji zawodowej",
        "vocational reintegration activities",
    ),
    _s("vocational_course", _VOC, "kursy zawodowe", "vocational courses"),
    _s("placement", _VOC, "praktyki zawodowe", "practical placements"),
    _s("internship", _VOC, "staż", "internship", Citation(UPZ, article="53")),
    _s(
        "job_retention",
        _VOC,
        "wsparcie w utrzymaniu zatrudnienia",
        "job-retention support",
    ),
    _s(
        "psu",
        _VOC,
        "prace społecznie użyteczne",
        "socially useful work",
        Citation(UPZ, article="73a"),
    ),
    _s("job_coach", _VOC, "trener pracy", "job coach", for_disabled=True),
    _s("supported_employment", _VOC, "zatrudnienie wspomagane", "supported employment"),
    _s(
        "work_experience",
        _VOC,
        "doświadczenie zawodowe na otwartym lub chronionym rynku pracy",
        "work experience on the open or sheltered labour market",
    ),
)
"""The service catalogue, grouped by category in the order of the domain guide."""

_BY_CODE: Mapping[str, Service] = MappingProxyType({s.code: s for s in SERVICES})


def service(code: str) -> Service:
    """The catalogue service with ``code``.

    Raises:
        InvalidValue: no service has that code.

    Examples:
        >>> service("job_coach").for_disabled
        True
        >>> service("juggling")
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: no service with code 'juggling'
    """
    try:
        return _BY_CODE[code]
    except KeyError:
        raise InvalidValue(f"no service with code {code!r}") from None


def services_in(category: ServiceCategory) -> tuple[Service, ...]:
    """The catalogue services of one category, in catalogue order.

    Examples:
        >>> len(services_in(ServiceCategory.EDUCATIONAL))
        2
    """
    return tuple(s for s in SERVICES if s.category is category)


class UnitKind(enum.Enum):
    """The kinds of reintegration units.

    Examples:
        >>> UnitKind("SDS").name
        'SDS'
    """

    WTZ = "WTZ"
    ZAZ = "ZAZ"
    CIS = "CIS"
    KIS = "KIS"
    SDS = "SDS"


@attrs.frozen(slots=True)
class ReintegrationUnit:
    """A kind of reintegration unit with its legal basis and target group.

    Attributes:
        kind: Which unit.
        label: Its name in Polish and English.
        basis: The act (and article, where confirmed) it is founded on.
        target_group: Who it serves.
        notes: Its working rules in brief.

    Examples:
        >>> UNITS[UnitKind.ZAZ].basis.text("en")
        'Art. 29 of the Act on Vocational and Social Rehabilitation and Employment of Persons with Disabilities (URZ)'
    """

    kind: UnitKind
    label: Label
    basis: Citation
    target_group: Label
    notes: Label


UNITS: Mapping[UnitKind, ReintegrationUnit] = MappingProxyType(
    {
        UnitKind.WTZ: ReintegrationUnit(
            UnitKind.WTZ,
            Label(pl="warsztat terapii zajęciowej", en="occupational therapy workshop"),
            Citation(URZ),
            Label(
                pl="osoby niepełnosprawne niezdolne do podjęcia pracy; przyjęte po 1 stycznia 1998 r. "
                "ze wskazaniem do terapii zajęciowej w orzeczeniu",
                en="persons with disabilities unable to work; those admitted after 1 January 1998 need "
                "an occupational-therapy indication in their certificate",
            ),
            Label(
                pl="ocena postępów co najmniej raz na 3 lata",
                en="progress reviewed at least every 3 years",
            ),
        ),
        UnitKind.ZAZ: ReintegrationUnit(
            UnitKind.ZAZ,
            Label(pl="zakład aktywności zawodowej", en="vocational activity establishment"),
            Citation(URZ, article="29"),
            Label(
                pl="co najmniej 70% pracowników: znaczny stopień niepełnosprawności albo umiarkowany "
                "z autyzmem, upośledzeniem umysłowym lub chorobą psychiczną",
                en="at least 70% of staff: significant degree, or moderate degree with autism, "
                "intellectual disability or mental illness",
            ),
            Label(
                pl="osoby o umiarkowanym stopniu nie więcej niż 35% pracowników",
                en="the moderate-degree subgroup at most 35% of staff",
            ),
        ),
        UnitKind.CIS: ReintegrationUnit(
            UnitKind.CIS,
            Label(pl="centrum integracji społecznej", en="social integration centre"),
            Citation(UZS),
            Label(
                pl="osoby z grup art. 1 ust. 2 ustawy o zatrudnieniu socjalnym",
                en="the groups of art. 1(2) of the Act on Social Employment",
            ),
            Label(
                pl="od 15 lutego 2022 r.: 12 miesięcy i do 12 kolejnych, co najmniej 30 godzin tygodniowo",
                en="from 15 February 2022: 12 months plus up to 12 more, at least 30 hours a week",
            ),
        ),
        UnitKind.KIS: ReintegrationUnit(
            UnitKind.KIS,
            Label(pl="klub integracji społecznej", en="social integration club"),
            Citation(UZS),
            Label(
                pl="grupy z art. 1 ust. 2 ustawy o zatrudnieniu socjalnym; od 15 lutego 2022 r. także "
                "osoby z prawem do renty z tytułu niezdolności do pracy",
                en="the groups of art. 1(2) of the Act on Social Employment; from 15 February 2022 also "
                "persons with a work-incapacity pension",
            ),
            Label(
                pl="czas uczestnictwa ustalany indywidualnie",
                en="length of participation set individually",
            ),
        ),
        UnitKind.SDS: ReintegrationUnit(
            UnitKind.SDS,
            Label(pl="środowiskowy dom samopomocy", en="community self-help home"),
            Citation(UPS, article="51a"),
            Label(
                pl="osoby z zaburzeniami psychicznymi (typy A, B, C, D)",
                en="persons with mental disorders (types A, B, C, D)",
            ),
            Label(
                pl="co najmniej 5 dni w tygodniu po 8 godzin, w tym co najmniej 6 godzin zajęć",
                en="at least 5 days a week, 8 hours a day, including at least 6 hours of classes",
            ),
        ),
    }
)
"""The five kinds of reintegration units, by kind."""


class InstrumentGroup(LabelledEnum):
    """The instrument groups of active integration in the 2007-2013 Human Capital programme
    (PO KL, sub-measure 7.1.1), the forerunners of the four service categories.

    Examples:
        >>> InstrumentGroup.ACTIVATION_HEALTH.category
        <ServiceCategory.HEALTH: 'health'>
        >>> InstrumentGroup.ACTIVATION_SOCIAL.label.pl
        'instrumenty aktywizacji społecznej'
    """

    ACTIVATION_SOCIAL = "social"
    ACTIVATION_VOCATIONAL = "vocational"
    ACTIVATION_EDUCATIONAL = "educational"
    ACTIVATION_HEALTH = "health"

    @property
    def category(self) -> ServiceCategory:
        """The service category the group corresponds to.

        Examples:
            >>> InstrumentGroup.ACTIVATION_VOCATIONAL.category.value
            'vocational'
        """
        return ServiceCategory(self.value)


set_labels(
    InstrumentGroup,
    {
        InstrumentGroup.ACTIVATION_SOCIAL: Label(
            pl="instrumenty aktywizacji społecznej", en="social activation instruments"
        ),
        InstrumentGroup.ACTIVATION_VOCATIONAL: Label(
            pl="instrumenty aktywizacji zawodowej", en="vocational activation instruments"
        ),
        InstrumentGroup.ACTIVATION_EDUCATIONAL: Label(
            pl="instrumenty aktywizacji edukacyjnej",
            en="educational activation instruments",
        ),
        InstrumentGroup.ACTIVATION_HEALTH: Label(
            pl="instrumenty aktywizacji zdrowotnej", en="health activation instruments"
        ),
    },
)
