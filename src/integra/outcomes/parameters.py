"""The dated values outcome indicators rest on: the minimum monthly wage, the effectiveness
thresholds of the 2014-2020 guidelines by version, and the sources they come from.

The minimum monthly wage (minimalne wynagrodzenie za pracę) is set each year by a regulation of
the Council of Ministers under the act of 10 October 2002 on the minimum wage; it matters here
because a civil-law contract counts as employment for employment effectiveness only when it is
worth at least three times the minimum wage.

Values read from a regulation's own text are ``CONFIRMED``; values stated by several legal
publishers but not read in the regulation are ``DERIVED``, and the note says so.

Examples:
    >>> from datetime import date
    >>> MINIMUM_WAGE.at(date(2019, 6, 1))
    Decimal('2250')
    >>> MINIMUM_WAGE.entry_at(date(2020, 3, 1)).citation.text("pl")
    '§ 1 rozporządzenia Rady Ministrów w sprawie wysokości minimalnego wynagrodzenia za pracę w 2020 r. (Dz.U. 2019 poz. 1778)'
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, LabelledEnum, Language, set_labels
from integra.law import Act, Certainty, Citation, Dated, Timeline
from integra.parameters import EU_2014_2020

__all__ = [
    "CPR_2014_2020",
    "EFFECTIVENESS_STANDARDS",
    "EFS_PLUS_REGULATION",
    "MINIMUM_WAGE",
    "MINIMUM_WAGE_ACT",
    "POKL_OPS_RULES",
    "SFC_RESULT_INDICATORS_FAQ",
    "EffectivenessStandard",
    "ThresholdGroup",
    "effectiveness_standard",
]

CONFIRMED = Certainty.CONFIRMED
DERIVED = Certainty.DERIVED

MINIMUM_WAGE_ACT = Act(
    short="UMW",
    title_pl="ustawa o minimalnym wynagrodzeniu za pracę",
    of_pl="ustawy o minimalnym wynagrodzeniu za pracę",
    title_en="Act on the Minimum Wage",
    eli="DU/2002/1679",
)
"""Act of 10 October 2002 on the minimum wage (Dz.U. 2002 nr 200 poz. 1679), in force from
2003-01-01; art. 2 ust. 5 lets the Council of Ministers set the amount by regulation."""


def _wage_regulation(year: int, journal_year: int, position: int) -> Act:
    where = f"Dz.U. {journal_year} poz. {position}"
    return Act(
        short=f"RM-MW-{year}",
        title_pl=(
            "rozporządzenie Rady Ministrów w sprawie wysokości minimalnego wynagrodzenia za pracę "
            f"w {year} r. ({where})"
        ),
        of_pl=(
            "rozporządzenia Rady Ministrów w sprawie wysokości minimalnego wynagrodzenia za pracę "
            f"w {year} r. ({where})"
        ),
        title_en=f"Council of Ministers regulation on the minimum wage in {year} ({where})",
        eli=f"DU/{journal_year}/{position}",
    )


def _wage(
    amount: str,
    start: date,
    year: int,
    journal_year: int,
    position: int,
    certainty: Certainty,
    note: str,
) -> Dated[Decimal]:
    citation = Citation(_wage_regulation(year, journal_year, position), section="1")
    return Dated(Decimal(amount), start, citation=citation, certainty=certainty, note=note)


_PUBLISHERS = "stated by several legal publishers and offices; the regulation's text not read"

MINIMUM_WAGE: Timeline[Decimal] = Timeline(
    "minimum monthly wage (UMW art. 2)",
    (
        _wage("1680", date(2014, 1, 1), 2014, 2013, 1074, DERIVED, _PUBLISHERS),
        _wage("1750", date(2015, 1, 1), 2015, 2014, 1220, DERIVED, _PUBLISHERS),
        _wage("1850", date(2016, 1, 1), 2016, 2015, 1385, DERIVED, _PUBLISHERS),
        _wage("2000", date(2017, 1, 1), 2017, 2016, 1456, CONFIRMED, "the regulation's § 1"),
        _wage(
            "2100",
            date(2018, 1, 1),
            2018,
            2017,
            1747,
            DERIVED,
            "regulation of 12 September 2017; the amount is stated by legal publishers, the "
            "journal position by a single secondary source",
        ),
        _wage("2250", date(2019, 1, 1), 2019, 2018, 1794, DERIVED, "§ 1 quoted by a law firm"),
        _wage("2600", date(2020, 1, 1), 2020, 2019, 1778, CONFIRMED, "the regulation's § 1"),
        _wage(
            "2800",
            date(2021, 1, 1),
            2021,
            2020,
            1596,
            CONFIRMED,
            "the regulation's § 1; issued under art. 79 ust. 5 of the act of 31 March 2020 "
            "(Dz.U. 2020 poz. 568) rather than UMW art. 2 ust. 5",
        ),
        _wage("3010", date(2022, 1, 1), 2022, 2021, 1690, CONFIRMED, "the regulation's § 1"),
        _wage("3490", date(2023, 1, 1), 2023, 2022, 1952, DERIVED, _PUBLISHERS),
        _wage("3600", date(2023, 7, 1), 2023, 2022, 1952, DERIVED, _PUBLISHERS),
        _wage("4242", date(2024, 1, 1), 2024, 2023, 1893, DERIVED, _PUBLISHERS),
        _wage("4300", date(2024, 7, 1), 2024, 2023, 1893, DERIVED, _PUBLISHERS),
        _wage("4666", date(2025, 1, 1), 2025, 2024, 1362, DERIVED, _PUBLISHERS),
        _wage(
            "4806",
            date(2026, 1, 1),
            2026,
            2025,
            1242,
            DERIVED,
            "regulation of 11 September 2025, published 15 September 2025; the amount is stated "
            "by the press, the journal position by secondary sources citing the journal",
        ),
    ),
)
"""The minimum monthly wage in złoty, 2014-2026, by the regulation that set it. Years before 2014
are not modelled; asking for them raises ``NoLawInForce``."""

# --- Sources of the indicator definitions --------------------------------------------------------

CPR_2014_2020 = Act(
    short="CPR-2014-2020",
    title_pl=(
        "rozporządzenie Parlamentu Europejskiego i Rady (UE) nr 1303/2013 z dnia 17 grudnia "
        "2013 r. ustanawiające wspólne przepisy dotyczące funduszy ESI"
    ),
    of_pl=(
        "rozporządzenia Parlamentu Europejskiego i Rady (UE) nr 1303/2013 z dnia 17 grudnia "
        "2013 r. ustanawiającego wspólne przepisy dotyczące funduszy ESI"
    ),
    title_en="Common Provisions Regulation (EU) No 1303/2013",
    url="https://eur-lex.europa.eu/eli/reg/2013/1303/oj",
)
"""Regulation (EU) No 1303/2013 of 17 December 2013 laying down common provisions on the ESI
Funds of 2014-2020; its art. 65 ust. 2 makes expenditure eligible if paid by 31 December 2023.

Examples:
    >>> Citation(CPR_2014_2020, "65", "2").text("en")
    'Art. 65(2) of the Common Provisions Regulation (EU) No 1303/2013 (CPR-2014-2020)'
"""

EFS_PLUS_REGULATION = Act(
    short="EFS+",
    title_pl=(
        "rozporządzenie Parlamentu Europejskiego i Rady (UE) 2021/1057 ustanawiające "
        "Europejski Fundusz Społeczny Plus (EFS+)"
    ),
    of_pl=(
        "rozporządzenia Parlamentu Europejskiego i Rady (UE) 2021/1057 ustanawiającego "
        "Europejski Fundusz Społeczny Plus (EFS+)"
    ),
    title_en="Regulation (EU) 2021/1057 establishing the European Social Fund Plus (ESF+)",
    url="https://eur-lex.europa.eu/eli/reg/2021/1057/oj",
)
"""Regulation (EU) 2021/1057 of 24 June 2021; Annex I lists the common result indicators."""

SFC_RESULT_INDICATORS_FAQ = Act(
    short="SFC-FAQ",
    title_pl=(
        "Komisja Europejska, portal SFC, FAQ: okres odniesienia wskaźników rezultatu "
        "bezpośredniego (13 kwietnia 2023 r.)"
    ),
    of_pl=(
        "odpowiedzi Komisji Europejskiej w portalu SFC o okresie odniesienia wskaźników "
        "rezultatu bezpośredniego (13 kwietnia 2023 r.)"
    ),
    title_en=(
        "European Commission, SFC support portal FAQ on the reference period of immediate "
        "result indicators (13 April 2023)"
    ),
    url="https://sfc.ec.europa.eu/en/node/3419",
)
"""The Commission's guidance that "upon leaving" means within 4 weeks (28 days) of leaving."""

POKL_OPS_RULES = Act(
    short="PO KL 7.1.1",
    title_pl=(
        "Zasady przygotowania, realizacji i rozliczania projektów systemowych ośrodków pomocy "
        "społecznej, powiatowych centrów pomocy rodzinie oraz regionalnego ośrodka polityki "
        "społecznej w ramach Programu Operacyjnego Kapitał Ludzki"
    ),
    of_pl=(
        "Zasad przygotowania, realizacji i rozliczania projektów systemowych ośrodków pomocy "
        "społecznej, powiatowych centrów pomocy rodzinie oraz regionalnego ośrodka polityki "
        "społecznej w ramach Programu Operacyjnego Kapitał Ludzki"
    ),
    title_en=(
        "Rules for preparing, carrying out and accounting for system projects of social-assistance "
        "centres under the Human Capital Operational Programme (sub-measure 7.1.1)"
    ),
)
"""The ministry's rules for the system projects of social-assistance centres under PO KL
2007-2013 (versions of 10.09.2007, 25.02.2008, 9.03.2009, 1.01.2010, 1.01.2011, 1.01.2012 and
18.02.2015 were seen; chapter 5.2 of the 2008 version is "Instrumenty aktywnej integracji")."""


# --- Effectiveness thresholds, by guideline version ----------------------------------------------


class ThresholdGroup(LabelledEnum):
    """The two target groups the 2014-2020 guidelines set effectiveness thresholds for.

    Examples:
        >>> ThresholdGroup.SEVERE_DISABILITY.label.pl
        'osoby o znacznym stopniu niepełnosprawności, z niepełnosprawnością intelektualną lub z niepełnosprawnościami sprzężonymi'
    """

    AT_RISK = "at_risk"
    SEVERE_DISABILITY = "severe_disability"


set_labels(
    ThresholdGroup,
    {
        ThresholdGroup.AT_RISK: Label(
            pl="osoby zagrożone ubóstwem lub wykluczeniem społecznym",
            en="persons at risk of poverty or social exclusion",
        ),
        ThresholdGroup.SEVERE_DISABILITY: Label(
            pl=(
                "osoby o znacznym stopniu niepełnosprawności, z niepełnosprawnością intelektualną "
                "lub z niepełnosprawnościami sprzężonymi"
            ),
            en=(
                "persons with a significant degree of disability, an intellectual disability or "
                "multiple disabilities"
            ),
        ),
    },
)


def _share(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= 1:
        raise InvalidValue(f"EffectivenessStandard.{attribute.name} must be a Decimal in 0..1")


@attrs.frozen(slots=True)
class EffectivenessStandard:
    """The minimum effectiveness one version of the 2014-2020 guidelines requires of one group.

    The early version sets one combined social-and-employment effectiveness with an employment
    floor inside it (56% of which 22%; 46% of which 12%); the later version sets two separate
    floors (social 34% and employment 22%; 34% and 12%). The two are kept apart: they are not the
    same rule even where the sums agree.

    Attributes:
        version: ``"early"`` or ``"later"`` (or a programme's own name for a version).
        group: The target group.
        employment: Minimum employment effectiveness.
        social: Minimum social effectiveness, where the version sets one separately.
        social_employment: Minimum combined social-and-employment effectiveness, where the
            version sets one.
        citation: The guidelines.
        certainty: How sure the values are.
        source: Where they were read.

    Examples:
        >>> s = effectiveness_standard("later", ThresholdGroup.AT_RISK)
        >>> s.social, s.employment, s.social_employment
        (Decimal('0.34'), Decimal('0.22'), None)
    """

    version: str
    group: ThresholdGroup
    employment: Decimal = attrs.field(validator=_share)
    social: Decimal | None = attrs.field(default=None, validator=_share)
    social_employment: Decimal | None = attrs.field(default=None, validator=_share)
    citation: Citation = attrs.field(default=Citation(EU_2014_2020), kw_only=True)
    certainty: Certainty = attrs.field(default=CONFIRMED, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def describe(self, language: Language = "en") -> str:
        """The floors in words.

        Examples:
            >>> print(effectiveness_standard("early", ThresholdGroup.AT_RISK).describe())
            social-and-employment effectiveness at least 56%, of which employment at least 22%
        """
        parts: list[str] = []
        pl = language == "pl"
        if self.social_employment is not None:
            parts.append(
                (
                    "efektywność społeczno-zatrudnieniowa co najmniej "
                    if pl
                    else "social-and-employment effectiveness at least "
                )
                + _percent(self.social_employment)
            )
            parts.append(
                (
                    "w tym efektywność zatrudnieniowa co najmniej "
                    if pl
                    else "of which employment at least "
                )
                + _percent(self.employment)
            )
            return ", ".join(parts)
        if self.social is not None:
            parts.append(
                ("efektywność społeczna co najmniej " if pl else "social effectiveness at least ")
                + _percent(self.social)
            )
        parts.append(
            (
                "efektywność zatrudnieniowa co najmniej "
                if pl
                else "employment effectiveness at least "
            )
            + _percent(self.employment)
        )
        return ", ".join(parts)


def _percent(share: Decimal) -> str:
    return f"{(share * 100).normalize():f}%"


_EARLY_SOURCE = (
    "WUP Łódź FAQ for call RPLD.09.01.01-IP.01-10-002/15 (a 2015 call), quoting the guidelines; "
    "the date from which the version applied is not modelled"
)
_LATER_SOURCE = (
    "IZ RPO WM criterion text 'Sposób i metodologia mierzenia kryterium efektywności społecznej i "
    "efektywności zatrudnieniowej' (Działanie 9.1); the date from which the version applied is "
    "not modelled"
)

EFFECTIVENESS_STANDARDS: tuple[EffectivenessStandard, ...] = (
    EffectivenessStandard(
        "early",
        ThresholdGroup.AT_RISK,
        Decimal("0.22"),
        social_employment=Decimal("0.56"),
        source=_EARLY_SOURCE,
    ),
    EffectivenessStandard(
        "early",
        ThresholdGroup.SEVERE_DISABILITY,
        Decimal("0.12"),
        social_employment=Decimal("0.46"),
        source=_EARLY_SOURCE,
    ),
    EffectivenessStandard(
        "later",
        ThresholdGroup.AT_RISK,
        Decimal("0.22"),
        social=Decimal("0.34"),
        source=_LATER_SOURCE,
    ),
    EffectivenessStandard(
        "later",
        ThresholdGroup.SEVERE_DISABILITY,
        Decimal("0.12"),
        social=Decimal("0.34"),
        source=_LATER_SOURCE,
    ),
)
"""The thresholds of the two guideline versions for the two groups. Which version binds a project
is stated in its call and funding agreement; the versions' own dates are not confirmed, so a
version is chosen by name rather than looked up by date."""

_BY_VERSION: Mapping[tuple[str, ThresholdGroup], EffectivenessStandard] = MappingProxyType(
    {(s.version, s.group): s for s in EFFECTIVENESS_STANDARDS}
)


def effectiveness_standard(version: str, group: ThresholdGroup) -> EffectivenessStandard:
    """The thresholds of guideline ``version`` (``"early"`` or ``"later"``) for ``group``.

    Raises:
        InvalidValue: no such version is modelled.

    Examples:
        >>> effectiveness_standard("early", ThresholdGroup.SEVERE_DISABILITY).social_employment
        Decimal('0.46')
        >>> effectiveness_standard("2016", ThresholdGroup.AT_RISK)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: no effectiveness thresholds of version '2016' are modelled
    """
    if not isinstance(version, str):
        raise InvalidValue("effectiveness_standard.version must be a string")
    found = _BY_VERSION.get((version, group))
    if found is None:
        # Raised outside any handler, so that no lookup error is chained to it.
        raise InvalidValue(f"no effectiveness thresholds of version {version!r} are modelled")
    return found
