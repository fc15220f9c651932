"""Facts about people: who they are and what happened to them, as dated histories.

A [`Person`][integra.people.Person] holds only facts a case file records — a birth date, sex,
and histories, each made of periods: registrations as unemployed at the district labour office
(powiatowy urząd pracy), social-assistance benefit awards (decyzje), social contracts,
disability certificates (orzeczenia), residence, household statements, social situations (such as
homelessness or dependence) and entitlements to other benefits. Rules read these facts as of a
date; nothing here knows what day it is today.

Personal identifiers are protected: the optional PESEL is validated (check digit, and agreement
with the birth date and sex), is left out of ``repr`` and never appears in an error message.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> anna = Person(
    ...     birth_date=date(1990, 2, 28),
    ...     sex=Sex.FEMALE,
    ...     registrations=(Registration(DateRange(date(2023, 1, 10))),),
    ... )
    >>> anna.age_on(date(2024, 2, 28)), anna.is_registered_on(date(2024, 2, 28))
    (34, True)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any, TypeVar

import attrs

from integra._convert import as_frozenset, as_tuple
from integra.errors import InvalidPesel, InvalidRange, InvalidValue
from integra.labels import Label
from integra.law import Citation
from integra.parameters import UPS, URZ
from integra.periods import DateRange, RangeSet

__all__ = [
    "Address",
    "AssistanceProfile",
    "BenefitAward",
    "BenefitKind",
    "CertificateSource",
    "DisabilityCause",
    "DisabilityCertificate",
    "DisabilityDegree",
    "Entitlement",
    "EntitlementKind",
    "ExcludedPeriod",
    "ExclusionKind",
    "Household",
    "Indication",
    "Person",
    "ProfileSpell",
    "Registration",
    "Residence",
    "Sex",
    "SituationSpell",
    "SocialContract",
    "SocialSituation",
    "validate_pesel",
]

E = TypeVar("E", bound=enum.Enum)


class _Labelled(enum.Enum):
    """An enum whose members carry a bilingual label."""

    @property
    def label(self) -> Label:
        """The member's name in Polish and English."""
        return _LABELS[self]


_LABELS: dict[enum.Enum, Label] = {}


def _labels(table: dict[Any, tuple[str, str]]) -> None:
    for member, (pl, en) in table.items():
        _LABELS[member] = Label(pl=pl, en=en)


def _is_date(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[date], value: date) -> None:
        if type(value) is not date:
            raise InvalidValue(f"{owner}.{attribute.name} must be a datetime.date")

    return check


def _is(kind: type, owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidValue(f"{owner}.{attribute.name} must be a {kind.__name__}")

    return check


def _each(kind: type, owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Sequence[Any]) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidValue(f"{owner}.{attribute.name}[{index}] must be a {kind.__name__}")

    return check


def _within(owner: str, inner_name: str) -> Any:
    """Validator: every item's ``period`` lies inside the owner's ``period``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Sequence[Any]) -> None:
        for index, item in enumerate(value):
            if not instance.period.covers(item.period):
                raise InvalidRange(
                    f"{owner}.{attribute.name}[{index}] is not within {owner}.{inner_name}"
                )

    return check


# --- Basic enums --------------------------------------------------------------------------------


class Sex(_Labelled):
    """Sex as recorded in the PESEL register.

    Examples:
        >>> Sex("F").label.pl
        'kobieta'
    """

    FEMALE = "F"
    MALE = "M"


_labels({Sex.FEMALE: ("kobieta", "woman"), Sex.MALE: ("mężczyzna", "man")})


class AssistanceProfile(_Labelled):
    """Assistance profile (profil pomocy) assigned by the labour office under UPZ from 2014-05-27
    until profiling was abolished from 2019-06-14 (act of 26 April 2019, after the Constitutional
    Tribunal's judgment K 53/16).

    Examples:
        >>> AssistanceProfile.III.label.en
        'profile III: furthest from the labour market'
    """

    I = "I"  # noqa: E741  (the profile is called I in the act)
    II = "II"
    III = "III"


_labels(
    {
        AssistanceProfile.I: (
            "profil pomocy I: bezrobotny aktywny",
            "profile I: ready for work",
        ),
        AssistanceProfile.II: (
            "profil pomocy II: bezrobotny wymagający wsparcia",
            "profile II: needs support",
        ),
        AssistanceProfile.III: (
            "profil pomocy III: bezrobotny oddalony od rynku pracy",
            "profile III: furthest from the labour market",
        ),
    }
)


class ExclusionKind(_Labelled):
    """Periods of a registration that do not count towards long-term unemployment
    (UPZ art. 2 ust. 1 pkt 5).

    Examples:
        >>> ExclusionKind.INTERNSHIP.label.pl
        'staż'
    """

    INTERNSHIP = "internship"
    ADULT_VOCATIONAL_PREPARATION = "adult_vocational_preparation"


_labels(
    {
        ExclusionKind.INTERNSHIP: ("staż", "internship"),
        ExclusionKind.ADULT_VOCATIONAL_PREPARATION: (
            "przygotowanie zawodowe dorosłych",
            "adult vocational preparation",
        ),
    }
)


# --- Registration as unemployed -----------------------------------------------------------------


@attrs.frozen(slots=True)
class ExcludedPeriod:
    """A part of a registration spent on an internship or adult vocational preparation.

    Attributes:
        kind: What the period was.
        period: When it lasted.

    Examples:
        >>> from datetime import date
        >>> ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2024, 1, 1), date(2024, 6, 30))).period.days
        182
    """

    kind: ExclusionKind = attrs.field(validator=_is(ExclusionKind, "ExcludedPeriod"))
    period: DateRange = attrs.field(validator=_is(DateRange, "ExcludedPeriod"))


@attrs.frozen(slots=True)
class ProfileSpell:
    """An assistance profile held for a period.

    Attributes:
        profile: The profile.
        period: When it applied.

    Examples:
        >>> from datetime import date
        >>> ProfileSpell(AssistanceProfile.III, DateRange(date(2015, 1, 1))).profile.value
        'III'
    """

    profile: AssistanceProfile = attrs.field(validator=_is(AssistanceProfile, "ProfileSpell"))
    period: DateRange = attrs.field(validator=_is(DateRange, "ProfileSpell"))


@attrs.frozen(slots=True)
class Registration:
    """A spell of registration as unemployed (rejestracja jako osoba bezrobotna) at a labour
    office, with the sub-periods that do not count and the profiles assigned during it.

    Attributes:
        period: From the day of registration to the day of deregistration (open while ongoing).
        exclusions: Internships and adult vocational preparation within the spell.
        profiles: Assistance profiles held during the spell (2014-05-27 .. 2019-06-13).

    Examples:
        >>> from datetime import date
        >>> spell = Registration(
        ...     DateRange(date(2023, 1, 1), date(2023, 12, 31)),
        ...     exclusions=(ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2023, 3, 1), date(2023, 5, 31))),),
        ... )
        >>> spell.countable.days
        273
    """

    period: DateRange = attrs.field(validator=_is(DateRange, "Registration"))
    exclusions: tuple[ExcludedPeriod, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=[
            _each(ExcludedPeriod, "Registration"),
            _within("Registration", "period"),
        ],
    )
    profiles: tuple[ProfileSpell, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=[
            _each(ProfileSpell, "Registration"),
            _within("Registration", "period"),
        ],
    )

    @property
    def countable(self) -> RangeSet:
        """The days of the spell that count towards long-term unemployment.

        Examples:
            >>> from datetime import date
            >>> Registration(DateRange(date(2024, 1, 1), date(2024, 1, 31))).countable.days
            31
        """
        return RangeSet.of(self.period).subtract(*(e.period for e in self.exclusions))

    def profile_on(self, day: date) -> AssistanceProfile | None:
        """The profile held on ``day``, if any.

        Examples:
            >>> from datetime import date
            >>> spell = Registration(
            ...     DateRange(date(2015, 1, 1)),
            ...     profiles=(ProfileSpell(AssistanceProfile.II, DateRange(date(2015, 2, 1))),),
            ... )
            >>> spell.profile_on(date(2015, 1, 15)) is None, spell.profile_on(date(2016, 1, 1))
            (True, <AssistanceProfile.II: 'II'>)
        """
        for spell in self.profiles:
            if day in spell.period:
                return spell.profile
        return None


# --- Social assistance --------------------------------------------------------------------------


class BenefitKind(_Labelled):
    """Kinds of social-assistance benefits (świadczenia z pomocy społecznej, UPS art. 36).

    Examples:
        >>> BenefitKind.PURPOSIVE_ALLOWANCE.label.pl
        'zasiłek celowy'
        >>> BenefitKind.PURPOSIVE_ALLOWANCE.citation.text("pl")
        'art. 39 ustawy o pomocy społecznej'
    """

    PERMANENT_ALLOWANCE = "permanent_allowance"
    PERIODIC_ALLOWANCE = "periodic_allowance"
    PURPOSIVE_ALLOWANCE = "purposive_allowance"
    SPECIAL_PURPOSIVE_ALLOWANCE = "special_purposive_allowance"
    SHELTER = "shelter"
    MEALS = "meals"
    CARE_SERVICES = "care_services"
    OTHER = "other"

    @property
    def citation(self) -> Citation:
        """The article of UPS that provides the benefit.

        Examples:
            >>> BenefitKind.OTHER.citation.text("en")
            'Art. 36 of the Act on Social Assistance (UPS)'
        """
        return Citation(UPS, article=_BENEFIT_ARTICLES[self])


_BENEFIT_ARTICLES = {
    BenefitKind.PERMANENT_ALLOWANCE: "37",
    BenefitKind.PERIODIC_ALLOWANCE: "38",
    BenefitKind.PURPOSIVE_ALLOWANCE: "39",
    BenefitKind.SPECIAL_PURPOSIVE_ALLOWANCE: "41",
    BenefitKind.SHELTER: "48a",
    BenefitKind.MEALS: "48b",
    BenefitKind.CARE_SERVICES: "50",
    BenefitKind.OTHER: "36",
}

_labels(
    {
        BenefitKind.PERMANENT_ALLOWANCE: ("zasiłek stały", "permanent allowance"),
        BenefitKind.PERIODIC_ALLOWANCE: ("zasiłek okresowy", "periodic allowance"),
        BenefitKind.PURPOSIVE_ALLOWANCE: ("zasiłek celowy", "purposive allowance"),
        BenefitKind.SPECIAL_PURPOSIVE_ALLOWANCE: (
            "specjalny zasiłek celowy",
            "special purposive allowance",
        ),
        BenefitKind.SHELTER: ("schronienie", "shelter"),
        BenefitKind.MEALS: ("posiłek", "meals"),
        BenefitKind.CARE_SERVICES: ("usługi opiekuńcze", "care services"),
        BenefitKind.OTHER: (
            "inne świadczenie z pomocy społecznej",
            "other social-assistance benefit",
        ),
    }
)


@attrs.frozen(slots=True)
class BenefitAward:
    """A social-assistance benefit granted by decision for a period. A person "receives
    social-assistance benefits" on any day an award covers.

    Attributes:
        kind: The benefit.
        period: The period the decision grants it for.
        decided_on: The date of the decision, if known.

    Examples:
        >>> from datetime import date
        >>> award = BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 1, 1), date(2024, 6, 30)))
        >>> date(2024, 7, 1) in award.period
        False
    """

    kind: BenefitKind = attrs.field(validator=_is(BenefitKind, "BenefitAward"))
    period: DateRange = attrs.field(validator=_is(DateRange, "BenefitAward"))
    decided_on: date | None = attrs.field(default=None)

    @decided_on.validator
    def _check_decided(self, attribute: attrs.Attribute[date | None], value: date | None) -> None:
        if value is not None and type(value) is not date:
            raise InvalidValue("BenefitAward.decided_on must be a datetime.date or None")


@attrs.frozen(slots=True)
class SocialContract:
    """A social contract (kontrakt socjalny, UPS art. 108): a written agreement between a social
    worker and the person on what each will do to overcome the person's difficult situation.

    Attributes:
        period: The period the contract runs.

    Examples:
        >>> from datetime import date
        >>> SocialContract(DateRange(date(2024, 1, 1), date(2024, 12, 31))).citation.article
        '108'
    """

    period: DateRange = attrs.field(validator=_is(DateRange, "SocialContract"))

    @property
    def citation(self) -> Citation:
        """UPS art. 108.

        Examples:
            >>> from datetime import date
            >>> str(SocialContract(DateRange(date(2024, 1, 1))).citation)
            'art. 108 ustawy o pomocy społecznej'
        """
        return Citation(UPS, article="108")


# --- Disability ---------------------------------------------------------------------------------


class DisabilityDegree(_Labelled):
    """Degree of disability (stopień niepełnosprawności), URZ art. 3.

    Examples:
        >>> DisabilityDegree.SIGNIFICANT.label.pl
        'znaczny'
        >>> DisabilityDegree.MODERATE.rank > DisabilityDegree.LIGHT.rank
        True
    """

    SIGNIFICANT = "significant"
    MODERATE = "moderate"
    LIGHT = "light"

    @property
    def rank(self) -> int:
        """3 for significant, 2 for moderate, 1 for light.

        Examples:
            >>> DisabilityDegree.SIGNIFICANT.rank
            3
        """
        return _DEGREE_RANK[self]


_DEGREE_RANK = {
    DisabilityDegree.SIGNIFICANT: 3,
    DisabilityDegree.MODERATE: 2,
    DisabilityDegree.LIGHT: 1,
}

_labels(
    {
        DisabilityDegree.SIGNIFICANT: ("znaczny", "significant"),
        DisabilityDegree.MODERATE: ("umiarkowany", "moderate"),
        DisabilityDegree.LIGHT: ("lekki", "light"),
    }
)


class CertificateSource(_Labelled):
    """The document a disability status rests on: a certificate of the degree of disability, a
    certificate of disability for a child under 16, or a document the act treats as equivalent
    (URZ art. 5 and art. 62).

    Examples:
        >>> CertificateSource.INVALIDITY_GROUP_II.equivalent_degree
        <DisabilityDegree.MODERATE: 'moderate'>
        >>> CertificateSource.UNDER_16.equivalent_degree is None
        True
    """

    DEGREE = "degree"
    UNDER_16 = "under_16"
    ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING = "zus_total_incapacity_and_independent_living"
    ZUS_INDEPENDENT_LIVING = "zus_independent_living"
    ZUS_TOTAL_WORK_INCAPACITY = "zus_total_work_incapacity"
    ZUS_PARTIAL_WORK_INCAPACITY = "zus_partial_work_incapacity"
    INVALIDITY_GROUP_I = "invalidity_group_i"
    INVALIDITY_GROUP_II = "invalidity_group_ii"
    INVALIDITY_GROUP_III = "invalidity_group_iii"

    @property
    def equivalent_degree(self) -> DisabilityDegree | None:
        """The degree the act assigns to an equivalent document, or ``None`` for a degree
        certificate (which states its own) and an under-16 certificate (which has none).

        Examples:
            >>> CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY.equivalent_degree.value
            'light'
        """
        return _EQUIVALENT_DEGREE.get(self)

    @property
    def citation(self) -> Citation:
        """The provision that gives the document its effect.

        Examples:
            >>> CertificateSource.INVALIDITY_GROUP_I.citation.text("pl")
            'art. 62 ust. 1 ustawy o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych'
        """
        return _SOURCE_CITATIONS[self]


_EQUIVALENT_DEGREE = {
    CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING: DisabilityDegree.SIGNIFICANT,
    CertificateSource.ZUS_INDEPENDENT_LIVING: DisabilityDegree.SIGNIFICANT,
    CertificateSource.ZUS_TOTAL_WORK_INCAPACITY: DisabilityDegree.MODERATE,
    CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY: DisabilityDegree.LIGHT,
    CertificateSource.INVALIDITY_GROUP_I: DisabilityDegree.SIGNIFICANT,
    CertificateSource.INVALIDITY_GROUP_II: DisabilityDegree.MODERATE,
    CertificateSource.INVALIDITY_GROUP_III: DisabilityDegree.LIGHT,
}

_ZUS_EQUIVALENCE = Citation(URZ, article="5")
_GROUP_EQUIVALENCE = Citation(URZ, article="62", paragraph="1")
_SOURCE_CITATIONS = {
    CertificateSource.DEGREE: Citation(URZ, article="4"),
    CertificateSource.UNDER_16: Citation(URZ, article="4a"),
    CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING: _ZUS_EQUIVALENCE,
    CertificateSource.ZUS_INDEPENDENT_LIVING: _ZUS_EQUIVALENCE,
    CertificateSource.ZUS_TOTAL_WORK_INCAPACITY: _ZUS_EQUIVALENCE,
    CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY: _ZUS_EQUIVALENCE,
    CertificateSource.INVALIDITY_GROUP_I: _GROUP_EQUIVALENCE,
    CertificateSource.INVALIDITY_GROUP_II: _GROUP_EQUIVALENCE,
    CertificateSource.INVALIDITY_GROUP_III: _GROUP_EQUIVALENCE,
}

_labels(
    {
        CertificateSource.DEGREE: (
            "orzeczenie o stopniu niepełnosprawności",
            "certificate of the degree of disability",
        ),
        CertificateSource.UNDER_16: (
            "orzeczenie o niepełnosprawności (dziecko do 16 lat)",
            "certificate of disability (child under 16)",
        ),
        CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING: (
            "orzeczenie o całkowitej niezdolności do pracy i do samodzielnej egzystencji",
            "total incapacity for work and for independent living",
        ),
        CertificateSource.ZUS_INDEPENDENT_LIVING: (
            "orzeczenie o niezdolności do samodzielnej egzystencji",
            "incapacity for independent living",
        ),
        CertificateSource.ZUS_TOTAL_WORK_INCAPACITY: (
            "orzeczenie o całkowitej niezdolności do pracy",
            "total incapacity for work",
        ),
        CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY: (
            "orzeczenie o częściowej niezdolności do pracy",
            "partial incapacity for work",
        ),
        CertificateSource.INVALIDITY_GROUP_I: (
            "I grupa inwalidzka",
            "invalidity group I",
        ),
        CertificateSource.INVALIDITY_GROUP_II: (
            "II grupa inwalidzka",
            "invalidity group II",
        ),
        CertificateSource.INVALIDITY_GROUP_III: (
            "III grupa inwalidzka",
            "invalidity group III",
        ),
    }
)


class DisabilityCause(_Labelled):
    """Cause codes (symbole przyczyny niepełnosprawności) relevant to the rules of this library,
    e.g. the admission of persons with a moderate degree to a vocational activity establishment
    (ZAZ, URZ art. 29).

    Examples:
        >>> DisabilityCause.AUTISM.code
        '12-C'
    """

    INTELLECTUAL = "01-U"
    MENTAL_ILLNESS = "02-P"
    AUTISM = "12-C"
    OTHER = "other"

    @property
    def code(self) -> str:
        """The symbol as written on the certificate (``"other"`` for codes not listed).

        Examples:
            >>> DisabilityCause.INTELLECTUAL.code
            '01-U'
        """
        return str(self.value)


_labels(
    {
        DisabilityCause.INTELLECTUAL: (
            "upośledzenie umysłowe",
            "intellectual disability",
        ),
        DisabilityCause.MENTAL_ILLNESS: ("choroby psychiczne", "mental illness"),
        DisabilityCause.AUTISM: (
            "całościowe zaburzenia rozwojowe",
            "pervasive developmental disorders (autism)",
        ),
        DisabilityCause.OTHER: ("inna przyczyna", "other cause"),
    }
)


class Indication(_Labelled):
    """Indications written in a certificate (wskazania) that rules depend on.

    Examples:
        >>> Indication.OCCUPATIONAL_THERAPY.label.pl
        'wskazanie do uczestnictwa w terapii zajęciowej'
    """

    OCCUPATIONAL_THERAPY = "occupational_therapy"


_labels(
    {
        Indication.OCCUPATIONAL_THERAPY: (
            "wskazanie do uczestnictwa w terapii zajęciowej",
            "indication for occupational therapy",
        ),
    }
)


@attrs.frozen(slots=True)
class DisabilityCertificate:
    """A certificate establishing disability, or a document the act treats as one.

    For a degree certificate the ``degree`` is required; for an equivalent document the degree
    follows from the act and may be left out (if given, it must agree); an under-16 certificate
    has no degree.

    Attributes:
        source: The kind of document.
        issued_on: The date of issue.
        valid: The period it is valid for; an open end means permanent (na stałe).
        degree: The degree stated on a degree certificate.
        causes: Cause codes on the certificate.
        indications: Indications on the certificate.

    Examples:
        >>> from datetime import date
        >>> cert = DisabilityCertificate(
        ...     CertificateSource.ZUS_TOTAL_WORK_INCAPACITY, date(2020, 5, 4), DateRange(date(2020, 5, 4))
        ... )
        >>> cert.effective_degree, cert.is_permanent
        (<DisabilityDegree.MODERATE: 'moderate'>, True)
    """

    source: CertificateSource = attrs.field(
        validator=_is(CertificateSource, "DisabilityCertificate")
    )
    issued_on: date = attrs.field(validator=_is_date("DisabilityCertificate"))
    valid: DateRange = attrs.field(validator=_is(DateRange, "DisabilityCertificate"))
    degree: DisabilityDegree | None = None
    causes: frozenset[DisabilityCause] = attrs.field(default=frozenset(), converter=as_frozenset)
    indications: frozenset[Indication] = attrs.field(default=frozenset(), converter=as_frozenset)

    def __attrs_post_init__(self) -> None:
        if self.degree is not None and not isinstance(self.degree, DisabilityDegree):
            raise InvalidValue("DisabilityCertificate.degree must be a DisabilityDegree or None")
        if self.source is CertificateSource.DEGREE and self.degree is None:
            raise InvalidValue("DisabilityCertificate.degree is required for a degree certificate")
        if self.source is CertificateSource.UNDER_16 and self.degree is not None:
            raise InvalidValue(
                "DisabilityCertificate.degree must be None for an under-16 certificate"
            )
        implied = self.source.equivalent_degree
        if implied is not None and self.degree is not None and self.degree is not implied:
            raise InvalidValue(
                f"DisabilityCertificate.degree contradicts the degree the act gives to {self.source.value}"
            )

    @property
    def effective_degree(self) -> DisabilityDegree | None:
        """The degree stated, or the one the act assigns to the document (URZ art. 5, 62).

        Examples:
            >>> from datetime import date
            >>> DisabilityCertificate(
            ...     CertificateSource.INVALIDITY_GROUP_I, date(1995, 1, 1), DateRange(date(1995, 1, 1))
            ... ).effective_degree.value
            'significant'
        """
        return self.degree if self.degree is not None else self.source.equivalent_degree

    @property
    def is_permanent(self) -> bool:
        """Whether the certificate is issued permanently (na stałe).

        Examples:
            >>> from datetime import date
            >>> DisabilityCertificate(
            ...     CertificateSource.UNDER_16, date(2020, 1, 1), DateRange(date(2020, 1, 1), date(2025, 1, 31))
            ... ).is_permanent
            False
        """
        return self.valid.is_open


# --- Residence ----------------------------------------------------------------------------------


def _optional_text(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidValue(f"{owner}.{attribute.name} must be a non-empty string or None")

    return check


def _text(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValue(f"{owner}.{attribute.name} must be a non-empty string")

    return check


@attrs.frozen(slots=True)
class Address:
    """A postal address, as much of it as rules need.

    Attributes:
        gmina: The municipality (gmina) name.
        house_number: The building number as written ("12", "12a", "7/9").
        street: The street, or ``None`` where a locality has no streets.
        locality: The town or village (miejscowość), if different from the gmina.
        flat: The flat number, if any.
        teryt: The gmina's 7-digit TERYT code, if known.
        unit: A statistical or auxiliary unit (e.g. an osiedle or census area) the address lies in.

    Examples:
        >>> Address(gmina="Wałbrzych", street="Główna", house_number="12a").number
        12
    """

    gmina: str = attrs.field(validator=_text("Address"))
    house_number: str = attrs.field(validator=_text("Address"))
    street: str | None = attrs.field(default=None, validator=_optional_text("Address"))
    locality: str | None = attrs.field(default=None, validator=_optional_text("Address"))
    flat: str | None = attrs.field(default=None, validator=_optional_text("Address"))
    teryt: str | None = attrs.field(default=None, validator=_optional_text("Address"))
    unit: str | None = attrs.field(default=None, validator=_optional_text("Address"))

    def __attrs_post_init__(self) -> None:
        if self.teryt is not None and not (len(self.teryt) == 7 and self.teryt.isdigit()):
            raise InvalidValue("Address.teryt must be 7 digits")

    @property
    def number(self) -> int | None:
        """The leading integer of the house number ("12a" → 12, "7/9" → 7), or ``None``.

        Examples:
            >>> Address(gmina="Gdańsk", house_number="7/9").number
            7
        """
        digits = ""
        for char in self.house_number.strip():
            if not char.isdigit():
                break
            digits += char
        return int(digits) if digits else None


@attrs.frozen(slots=True)
class Residence:
    """Living at an address for a period.

    Attributes:
        address: Where.
        period: When.

    Examples:
        >>> from datetime import date
        >>> Residence(Address(gmina="Kłodzko", house_number="3"), DateRange(date(2020, 1, 1))).period.is_open
        True
    """

    address: Address = attrs.field(validator=_is(Address, "Residence"))
    period: DateRange = attrs.field(validator=_is(DateRange, "Residence"))


# --- Household ----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Household:
    """A statement of the household (rodzina, UPS art. 6 pkt 14: persons living and keeping house
    together) and its income.

    Attributes:
        members: Number of persons, the person included; 1 for a person living alone.
        monthly_net_income: The household's income in the month before the application, in złoty,
            already net of income tax, health and social contributions and maintenance paid to
            others (UPS art. 8 ust. 3).
        valid: The period the statement describes; ``None`` means it is not limited in time.

    Examples:
        >>> from decimal import Decimal
        >>> Household(members=3, monthly_net_income=Decimal("2100.00")).income_per_person
        Decimal('700.00')
    """

    members: int = attrs.field()
    monthly_net_income: Decimal = attrs.field()
    valid: DateRange | None = None

    @members.validator
    def _check_members(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidValue("Household.members must be an int")
        if value < 1:
            raise InvalidValue(f"Household.members must be at least 1, got {value}")

    @monthly_net_income.validator
    def _check_income(self, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
        if not isinstance(value, Decimal) or not value.is_finite():
            raise InvalidValue("Household.monthly_net_income must be a finite Decimal")
        if value < 0:
            raise InvalidValue("Household.monthly_net_income must not be negative")

    @property
    def is_single(self) -> bool:
        """Whether the person keeps house alone (osoba samotnie gospodarująca).

        Examples:
            >>> from decimal import Decimal
            >>> Household(1, Decimal("900")).is_single
            True
        """
        return self.members == 1

    @property
    def income_per_person(self) -> Decimal:
        """Income divided by the number of members, in złoty (not rounded).

        Examples:
            >>> from decimal import Decimal
            >>> Household(4, Decimal("3000")).income_per_person
            Decimal('750')
        """
        return self.monthly_net_income / self.members


# --- Social situations and other entitlements ---------------------------------------------------


class SocialSituation(_Labelled):
    """Situations recorded about a person that rules depend on: the groups of UZS art. 1 ust. 2
    and the other statuses of the EU at-risk target group.

    Examples:
        >>> SocialSituation.HOMELESS_IN_PROGRAMME.label.pl
        'bezdomny realizujący indywidualny program wychodzenia z bezdomności'
    """

    HOMELESS_IN_PROGRAMME = "homeless_in_programme"
    ALCOHOL_DEPENDENT = "alcohol_dependent"
    DRUG_DEPENDENT = "drug_dependent"
    ADDICTION_THERAPY_COMPLETED = "addiction_therapy_completed"
    MENTAL_DISORDER = "mental_disorder"
    RELEASED_FROM_PRISON = "released_from_prison"
    REFUGEE_IN_PROGRAMME = "refugee_in_programme"
    POVERTY = "poverty"
    UNEMPLOYED_NOT_REGISTERED = "unemployed_not_registered"
    FOSTER_CARE = "foster_care"
    FOOD_AID = "food_aid"
    SERVING_SENTENCE = "serving_sentence"
    HOMELESS_OR_HOUSING_EXCLUDED = "homeless_or_housing_excluded"
    DEPENDENT_PERSON = "dependent_person"
    YOUTH_CENTRE_RESIDENT = "youth_centre_resident"
    JUVENILE_UNDER_MEASURES = "juvenile_under_measures"
    ORPHANHOOD = "orphanhood"
    LONG_TERM_ILLNESS = "long_term_illness"
    DOMESTIC_VIOLENCE = "domestic_violence"
    TRAFFICKING_VICTIM = "trafficking_victim"
    MATERNITY_OR_LARGE_FAMILY = "maternity_or_large_family"
    HELPLESSNESS_IN_CARE = "helplessness_in_care"
    FOREIGNER_INTEGRATION = "foreigner_integration"
    RANDOM_EVENT_OR_CRISIS = "random_event_or_crisis"
    DISASTER = "disaster"


_labels(
    {
        SocialSituation.HOMELESS_IN_PROGRAMME: (
            "bezdomny realizujący indywidualny program wychodzenia z bezdomności",
            "homeless person carrying out a programme to leave homelessness",
        ),
        SocialSituation.ALCOHOL_DEPENDENT: (
            "uzależniony od alkoholu",
            "alcohol-dependent",
        ),
        SocialSituation.DRUG_DEPENDENT: (
            "uzależniony od narkotyków lub innych środków odurzających",
            "dependent on drugs or other intoxicants",
        ),
        SocialSituation.ADDICTION_THERAPY_COMPLETED: (
            "po zakończeniu programu psychoterapii lub terapii uzależnienia",
            "has completed addiction psychotherapy or therapy",
        ),
        SocialSituation.MENTAL_DISORDER: (
            "osoba z zaburzeniami psychicznymi",
            "person with mental disorders",
        ),
        SocialSituation.RELEASED_FROM_PRISON: (
            "zwolniony z zakładu karnego, mający trudności w integracji ze środowiskiem",
            "released from prison, with difficulties integrating",
        ),
        SocialSituation.REFUGEE_IN_PROGRAMME: (
            "uchodźca realizujący indywidualny program integracji",
            "refugee carrying out an individual integration programme",
        ),
        SocialSituation.POVERTY: (
            "w sytuacji powodującej ubóstwo",
            "in a situation causing poverty",
        ),
        SocialSituation.UNEMPLOYED_NOT_REGISTERED: (
            "bezrobotny niezarejestrowany (wg BAEL)",
            "unemployed, not registered (Labour Force Survey definition)",
        ),
        SocialSituation.FOSTER_CARE: (
            "przebywający w pieczy zastępczej lub ją opuszczający",
            "in or leaving foster care",
        ),
        SocialSituation.FOOD_AID: (
            "korzystający z Programu Operacyjnego Pomoc Żywnościowa",
            "user of the food-aid programme",
        ),
        SocialSituation.SERVING_SENTENCE: (
            "odbywający karę pozbawienia wolności",
            "serving a prison sentence",
        ),
        SocialSituation.HOMELESS_OR_HOUSING_EXCLUDED: (
            "bezdomny lub dotknięty wykluczeniem z dostępu do mieszkań",
            "homeless or excluded from housing",
        ),
        SocialSituation.DEPENDENT_PERSON: ("osoba niesamodzielna", "dependent person"),
        SocialSituation.YOUTH_CENTRE_RESIDENT: (
            "przebywający w młodzieżowym ośrodku wychowawczym lub socjoterapii",
            "resident of a youth education or sociotherapy centre",
        ),
        SocialSituation.JUVENILE_UNDER_MEASURES: (
            "nieletni objęty środkami wychowawczymi lub poprawczymi",
            "juvenile under educational or correctional measures",
        ),
        SocialSituation.ORPHANHOOD: ("sieroctwo", "orphanhood"),
        SocialSituation.LONG_TERM_ILLNESS: (
            "długotrwała lub ciężka choroba",
            "long-term or serious illness",
        ),
        SocialSituation.DOMESTIC_VIOLENCE: ("przemoc domowa", "domestic violence"),
        SocialSituation.TRAFFICKING_VICTIM: (
            "ofiara handlu ludźmi",
            "victim of human trafficking",
        ),
        SocialSituation.MATERNITY_OR_LARGE_FAMILY: (
            "potrzeba ochrony macierzyństwa lub wielodzietności",
            "protection of maternity or of a large family",
        ),
        SocialSituation.HELPLESSNESS_IN_CARE: (
            "bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego",
            "helplessness in care-and-upbringing and household matters",
        ),
        SocialSituation.FOREIGNER_INTEGRATION: (
            "trudności w integracji cudzoziemca z ochroną lub statusem uchodźcy",
            "integration difficulties of a foreigner with protection status",
        ),
        SocialSituation.RANDOM_EVENT_OR_CRISIS: (
            "zdarzenie losowe i sytuacja kryzysowa",
            "random event and crisis",
        ),
        SocialSituation.DISASTER: (
            "klęska żywiołowa lub ekologiczna",
            "natural or ecological disaster",
        ),
    }
)


@attrs.frozen(slots=True)
class SituationSpell:
    """A social situation that held for a period.

    Attributes:
        situation: What was the case.
        period: When.

    Examples:
        >>> from datetime import date
        >>> SituationSpell(SocialSituation.POVERTY, DateRange(date(2024, 1, 1))).situation.value
        'poverty'
    """

    situation: SocialSituation = attrs.field(validator=_is(SocialSituation, "SituationSpell"))
    period: DateRange = attrs.field(validator=_is(DateRange, "SituationSpell"))


class EntitlementKind(_Labelled):
    """Benefits outside social assistance whose receipt excludes a person from some programmes
    (e.g. social employment, UZS art. 1 ust. 3; socially useful work, UPZ art. 73a).

    Examples:
        >>> EntitlementKind.UNEMPLOYMENT_BENEFIT.label.pl
        'prawo do zasiłku dla bezrobotnych'
    """

    UNEMPLOYMENT_BENEFIT = "unemployment_benefit"
    PRE_RETIREMENT_BENEFIT = "pre_retirement_benefit"
    PRE_RETIREMENT_ALLOWANCE = "pre_retirement_allowance"
    STRUCTURAL_PENSION = "structural_pension"
    WORK_INCAPACITY_PENSION = "work_incapacity_pension"
    OLD_AGE_PENSION = "old_age_pension"
    TEACHER_COMPENSATION = "teacher_compensation"


_labels(
    {
        EntitlementKind.UNEMPLOYMENT_BENEFIT: (
            "prawo do zasiłku dla bezrobotnych",
            "right to unemployment benefit",
        ),
        EntitlementKind.PRE_RETIREMENT_BENEFIT: (
            "prawo do zasiłku przedemerytalnego",
            "right to pre-retirement benefit",
        ),
        EntitlementKind.PRE_RETIREMENT_ALLOWANCE: (
            "prawo do świadczenia przedemerytalnego",
            "right to pre-retirement allowance",
        ),
        EntitlementKind.STRUCTURAL_PENSION: (
            "prawo do renty strukturalnej",
            "right to a structural pension",
        ),
        EntitlementKind.WORK_INCAPACITY_PENSION: (
            "prawo do renty z tytułu niezdolności do pracy",
            "right to a work-incapacity pension",
        ),
        EntitlementKind.OLD_AGE_PENSION: (
            "prawo do emerytury",
            "right to an old-age pension",
        ),
        EntitlementKind.TEACHER_COMPENSATION: (
            "prawo do nauczycielskiego świadczenia kompensacyjnego",
            "right to the teacher's compensation benefit",
        ),
    }
)


@attrs.frozen(slots=True)
class Entitlement:
    """A right to a benefit held for a period.

    Attributes:
        kind: The benefit.
        period: When the right held.

    Examples:
        >>> from datetime import date
        >>> Entitlement(EntitlementKind.OLD_AGE_PENSION, DateRange(date(2024, 1, 1))).kind.value
        'old_age_pension'
    """

    kind: EntitlementKind = attrs.field(validator=_is(EntitlementKind, "Entitlement"))
    period: DateRange = attrs.field(validator=_is(DateRange, "Entitlement"))


# --- PESEL --------------------------------------------------------------------------------------


def validate_pesel(number: str, birth_date: date | None = None, sex: Sex | None = None) -> str:
    """Check a PESEL number and return it in compact form (11 digits).

    The check digit is verified with python-stdnum; when ``birth_date`` or ``sex`` are given, the
    number must agree with them. Error messages never contain the number.

    Raises:
        InvalidPesel: the number is malformed, fails the check digit, or disagrees with the birth
            date or sex.

    Examples:
        >>> from datetime import date
        >>> validate_pesel("4405140135 9", date(1944, 5, 14), Sex.MALE)
        '44051401359'
        >>> validate_pesel("44051401359", sex=Sex.FEMALE)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidPesel: PESEL does not agree with the sex given
    """
    # Imported here: python-stdnum's package import is slow and most evaluations carry no PESEL.
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.pl import pesel as _pesel

    if not isinstance(number, str):
        raise InvalidPesel("PESEL must be a string of 11 digits")
    try:
        compact = _pesel.validate(number)
    except InvalidChecksum:
        raise InvalidPesel("PESEL has an invalid check digit") from None
    except ValidationError:
        raise InvalidPesel("PESEL must be 11 digits encoding a valid birth date") from None
    if birth_date is not None and _pesel.get_birth_date(compact) != birth_date:
        raise InvalidPesel("PESEL does not agree with the birth date given")
    if sex is not None and _pesel.get_gender(compact) != sex.value:
        raise InvalidPesel("PESEL does not agree with the sex given")
    return str(compact)


# --- Person -------------------------------------------------------------------------------------


def _no_overlaps(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Sequence[Any]) -> None:
        ordered = sorted(range(len(value)), key=lambda i: value[i].period.start)
        for previous, current in pairwise(ordered):
            if value[previous].period.overlaps(value[current].period):
                raise InvalidRange(
                    f"{owner}.{attribute.name}[{current}] overlaps {attribute.name}[{previous}]"
                )

    return check


def _periods(items: Iterable[Any]) -> Iterable[DateRange]:
    for item in items:
        yield item.period


def _pesel_converter(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidPesel("PESEL must be a string of 11 digits")
    return value.replace(" ", "").replace("-", "")


@attrs.frozen(slots=True)
class Person:
    """A person and the facts about them that rules read.

    Every history is a tuple of records each with a period; registrations, residences and
    household statements must not overlap among themselves, and no period may start before the
    birth date. Rules evaluate the facts as of a date passed in by the caller.

    Attributes:
        birth_date: Date of birth.
        sex: Sex.
        pesel: The PESEL number, if known; validated against ``birth_date`` and ``sex``; hidden
            from ``repr``.
        reference: An opaque identifier of the caller's (a case number) to match results to
            records; never interpreted.
        registrations: Spells of registration as unemployed.
        benefit_awards: Social-assistance benefit awards.
        social_contracts: Social contracts.
        certificates: Disability certificates and equivalent documents.
        residences: Where the person lived, when.
        households: Household statements (composition and income), when.
        situations: Social situations, when.
        entitlements: Rights to other benefits (unemployment benefit, pensions), when.

    Examples:
        >>> from datetime import date
        >>> p = Person(date(1985, 6, 1), Sex.MALE, pesel="85060112345")
        Traceback (most recent call last):
        ...
        integra.errors.InvalidPesel: PESEL has an invalid check digit
        >>> p = Person(date(1944, 5, 14), Sex.MALE, pesel="44051401359")
        >>> "4405" in repr(p)
        False
    """

    birth_date: date = attrs.field(validator=_is_date("Person"))
    sex: Sex = attrs.field(validator=_is(Sex, "Person"))
    pesel: str | None = attrs.field(
        default=None, repr=False, converter=_pesel_converter, kw_only=True
    )
    reference: str | None = attrs.field(default=None, kw_only=True)
    registrations: tuple[Registration, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=[_each(Registration, "Person"), _no_overlaps("Person")],
        kw_only=True,
    )
    benefit_awards: tuple[BenefitAward, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=_each(BenefitAward, "Person"),
        kw_only=True,
    )
    social_contracts: tuple[SocialContract, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=_each(SocialContract, "Person"),
        kw_only=True,
    )
    certificates: tuple[DisabilityCertificate, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=_each(DisabilityCertificate, "Person"),
        kw_only=True,
    )
    residences: tuple[Residence, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=[_each(Residence, "Person"), _no_overlaps("Person")],
        kw_only=True,
    )
    households: tuple[Household, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=_each(Household, "Person"),
        kw_only=True,
    )
    situations: tuple[SituationSpell, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=_each(SituationSpell, "Person"),
        kw_only=True,
    )
    entitlements: tuple[Entitlement, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=_each(Entitlement, "Person"),
        kw_only=True,
    )
    _registered: RangeSet = attrs.field(init=False, repr=False, eq=False)
    _countable: RangeSet = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.pesel is not None:
            validate_pesel(self.pesel, self.birth_date, self.sex)
        dated: list[tuple[str, Iterable[DateRange]]] = [
            ("registrations", _periods(self.registrations)),
            ("benefit_awards", _periods(self.benefit_awards)),
            ("social_contracts", _periods(self.social_contracts)),
            ("certificates", (c.valid for c in self.certificates)),
            ("residences", _periods(self.residences)),
            ("households", (h.valid for h in self.households if h.valid is not None)),
            ("situations", _periods(self.situations)),
            ("entitlements", _periods(self.entitlements)),
        ]
        for name, periods in dated:
            for period in periods:
                if period.start < self.birth_date:
                    raise InvalidRange(
                        f"Person.{name} has a period starting before Person.birth_date"
                    )
        households = [h for h in self.households if h.valid is not None]
        for i, first in enumerate(households):
            for second in households[i + 1 :]:
                assert first.valid is not None and second.valid is not None
                if first.valid.overlaps(second.valid):
                    raise InvalidRange("Person.households has statements with overlapping validity")
        if sum(1 for h in self.households if h.valid is None) > 1:
            raise InvalidValue(
                "Person.households may hold at most one statement without a validity period"
            )
        registered = RangeSet(r.period for r in self.registrations)
        countable = RangeSet(d for r in self.registrations for d in r.countable)
        object.__setattr__(self, "_registered", registered)
        object.__setattr__(self, "_countable", countable)

    # -- derived facts --------------------------------------------------------------------------

    def age_on(self, day: date) -> int:
        """Age in completed years on ``day``.

        Following Kodeks cywilny art. 112, a person attains the next year of age at the start of
        their birthday; someone born on 29 February attains it on 28 February in common years
        (the last day of the month, as the month has no 29th).

        Raises:
            InvalidValue: ``day`` is before the birth date.

        Examples:
            >>> from datetime import date
            >>> leapling = Person(date(2004, 2, 29), Sex.FEMALE)
            >>> leapling.age_on(date(2022, 2, 27)), leapling.age_on(date(2022, 2, 28))
            (17, 18)
            >>> leapling.age_on(date(2024, 2, 28)), leapling.age_on(date(2024, 2, 29))
            (19, 20)
        """
        birth = self.birth_date
        if day < birth:
            raise InvalidValue("the evaluation date is before Person.birth_date")
        age = day.year - birth.year
        month, dom = birth.month, birth.day
        if month == 2 and dom == 29 and not _is_leap(day.year):
            dom = 28
        if (day.month, day.day) < (month, dom):
            age -= 1
        return age

    @property
    def registered(self) -> RangeSet:
        """Every day the person was registered as unemployed.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).registered.is_empty
            True
        """
        return self._registered

    @property
    def countable_registration(self) -> RangeSet:
        """Registered days less internships and adult vocational preparation (UPZ art. 2 ust. 1
        pkt 5).

        Examples:
            >>> from datetime import date
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[
            ...     Registration(DateRange(date(2024, 1, 1), date(2024, 3, 31)), exclusions=[
            ...         ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2024, 2, 1), date(2024, 2, 29)))])])
            >>> p.countable_registration.days
            62
        """
        return self._countable

    def is_registered_on(self, day: date) -> bool:
        """Whether a registration covers ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).is_registered_on(date(2024, 1, 1))
            False
        """
        return day in self._registered

    def registration_on(self, day: date) -> Registration | None:
        """The registration covering ``day``, if any.

        Examples:
            >>> from datetime import date
            >>> r = Registration(DateRange(date(2024, 1, 1)))
            >>> Person(date(1990, 1, 1), Sex.MALE, registrations=[r]).registration_on(date(2024, 5, 5)) == r
            True
        """
        for registration in self.registrations:
            if day in registration.period:
                return registration
        return None

    def profile_on(self, day: date) -> AssistanceProfile | None:
        """The assistance profile held on ``day``, if any.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).profile_on(date(2016, 1, 1)) is None
            True
        """
        registration = self.registration_on(day)
        return None if registration is None else registration.profile_on(day)

    def awards_on(self, day: date) -> tuple[BenefitAward, ...]:
        """The social-assistance awards covering ``day``.

        Examples:
            >>> from datetime import date
            >>> a = BenefitAward(BenefitKind.PURPOSIVE_ALLOWANCE, DateRange.day(date(2024, 3, 5)))
            >>> len(Person(date(1990, 1, 1), Sex.MALE, benefit_awards=[a]).awards_on(date(2024, 3, 5)))
            1
        """
        return tuple(a for a in self.benefit_awards if day in a.period)

    def has_social_contract_on(self, day: date) -> bool:
        """Whether a social contract runs on ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).has_social_contract_on(date(2024, 1, 1))
            False
        """
        return any(day in c.period for c in self.social_contracts)

    def certificates_on(self, day: date) -> tuple[DisabilityCertificate, ...]:
        """The certificates valid on ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).certificates_on(date(2024, 1, 1))
            ()
        """
        return tuple(c for c in self.certificates if day in c.valid)

    def residence_on(self, day: date) -> Residence | None:
        """Where the person lived on ``day``, if recorded.

        Examples:
            >>> from datetime import date
            >>> home = Residence(Address(gmina="Nysa", house_number="1"), DateRange(date(2020, 1, 1)))
            >>> Person(date(1990, 1, 1), Sex.MALE, residences=[home]).residence_on(date(2024, 1, 1)).address.gmina
            'Nysa'
        """
        for residence in self.residences:
            if day in residence.period:
                return residence
        return None

    def household_on(self, day: date) -> Household | None:
        """The household statement for ``day``: the one whose validity covers it, else the one
        without a validity period, else ``None``.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> p = Person(date(1990, 1, 1), Sex.MALE, households=[Household(2, Decimal("1000"))])
            >>> p.household_on(date(2024, 1, 1)).members
            2
        """
        fallback = None
        for household in self.households:
            if household.valid is None:
                fallback = household
            elif day in household.valid:
                return household
        return fallback

    def situations_on(self, day: date) -> frozenset[SocialSituation]:
        """The social situations that hold on ``day``.

        Examples:
            >>> from datetime import date
            >>> s = SituationSpell(SocialSituation.FOOD_AID, DateRange(date(2024, 1, 1)))
            >>> Person(date(1990, 1, 1), Sex.MALE, situations=[s]).situations_on(date(2024, 6, 1))
            frozenset({<SocialSituation.FOOD_AID: 'food_aid'>})
        """
        return frozenset(s.situation for s in self.situations if day in s.period)

    def entitlements_on(self, day: date) -> frozenset[EntitlementKind]:
        """The rights to other benefits held on ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).entitlements_on(date(2024, 1, 1))
            frozenset()
        """
        return frozenset(e.kind for e in self.entitlements if day in e.period)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
