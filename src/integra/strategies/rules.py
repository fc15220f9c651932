"""Strategies for the data types of the rules package: outcomes, facts, reasons for assistance,
revitalisation areas and the numbers of the dated definitions.

Only values are covered, not results or behaviour:

* [`Verdict`][integra.rules.core.verdict.Verdict] and
  [`ScreeningResult`][integra.rules.core.screening.ScreeningResult] are results of evaluating rules; they
  unstructure to a report document for case files but are not structured back (a verdict refers
  to the rule that produced it);
* [`Context`][integra.rules.core.context.Context] is a per-evaluation cache, not a value;
* rules (``Rule`` and its subclasses) are behaviour composed in code, compared by identity; they
  are listed and documented by ``rule_table``, not serialised.

Every strategy produces only valid values: house-number ranges in order, areas within the
statutory limits of UR art. 10 ust. 2 (20% of the gmina's surface, 30% of its inhabitants), and
LPR designations ending by 2023-12-31.

Examples:
    >>> area = revitalisation_areas().example()
    >>> area.valid.start >= area.adopted_on
    True
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from integra.periods import DateRange
from integra.rules import (
    AssistanceReason,
    Fact,
    Outcome,
    Parity,
    ProgrammeKind,
    RevitalisationArea,
    StreetSegment,
    SubArea,
    WorkingAgeLimits,
)
from integra.rules.revitalisation import LPR_LAST_DAY
from integra.rules.unemployment import LongTermUnemploymentDefinition
from integra.strategies.core import dates

__all__ = [
    "long_term_unemployment_definitions",
    "revitalisation_areas",
    "street_segments",
    "sub_areas",
    "type_strategies",
    "working_age_limits",
]

_STREETS = ["Główna", "ul. Słowackiego", "al. Niepodległości", "1 Maja", "Rynek", "plac Wolności"]
_UNITS = ["Śródmieście", "Podzamcze", "os. Piastowskie", "Obręb 7"]
_GMINAS = ["Wałbrzych", "Dąbrowa Górnicza", "Świebodzice", "Kłodzko"]


@st.composite
def street_segments(draw: st.DrawFn) -> StreetSegment:
    """Street segments: a whole street, or a range of house numbers (either end optional) on one
    or both sides.

    Examples:
        >>> seg = street_segments().example()
        >>> seg.from_number is None or seg.to_number is None or seg.from_number <= seg.to_number
        True
    """
    first = draw(st.none() | st.integers(1, 200))
    last = draw(st.none() | st.integers(first or 1, 250))
    return StreetSegment(
        draw(st.sampled_from(_STREETS)),
        first,
        last,
        draw(st.sampled_from(Parity)),
        draw(st.none() | st.just("Podgórze")),
    )


@st.composite
def sub_areas(draw: st.DrawFn) -> SubArea:
    """Sub-areas with at least one street segment or unit.

    Examples:
        >>> area = sub_areas().example()
        >>> bool(area.streets or area.units)
        True
    """
    units = draw(st.lists(st.sampled_from(_UNITS), max_size=2, unique=True))
    streets = draw(st.lists(street_segments(), min_size=0 if units else 1, max_size=3))
    return SubArea(draw(st.sampled_from(["Centrum", "Podzamcze", "Stare Miasto"])), streets, units)


@st.composite
def _shares(draw: st.DrawFn, limit_percent: int, as_decimal: bool) -> tuple[Any, Any]:
    """A (part, whole) pair with part / whole at most ``limit_percent`` per cent."""
    if as_decimal:
        whole = draw(st.integers(100, 10_000_000))  # hundredths of a hectare
        part = draw(st.integers(1, whole * limit_percent // 100))
        return Decimal(part).scaleb(-2), Decimal(whole).scaleb(-2)
    whole = draw(st.integers(10, 1_000_000))
    part = draw(st.integers(1, whole * limit_percent // 100))
    return part, whole


@st.composite
def revitalisation_areas(draw: st.DrawFn) -> RevitalisationArea:
    """Designated areas: valid from the adoption of the resolution or later, within the
    statutory limits when the figures are given, LPR areas ending by 2023-12-31.

    Examples:
        >>> area = revitalisation_areas().example()
        >>> area.area_share is None or area.area_share <= Decimal("0.20")
        True
    """
    programme = draw(st.sampled_from(ProgrammeKind))
    if programme is ProgrammeKind.LPR:
        adopted = draw(dates(date(2004, 1, 1), date(2015, 11, 17)))
        start = adopted + timedelta(days=draw(st.integers(0, 60)))
        end: date | None = draw(dates(start, LPR_LAST_DAY))
    else:
        adopted = draw(dates(date(2015, 11, 18), date(2030, 12, 31)))
        start = adopted + timedelta(days=draw(st.integers(0, 60)))
        end = draw(st.none() | dates(start, date(2035, 12, 31)))
    area_ha, gmina_area_ha = draw(st.none() | _shares(20, True)) or (None, None)
    population, gmina_population = draw(st.none() | _shares(30, False)) or (None, None)
    return RevitalisationArea(
        draw(st.sampled_from(_GMINAS)),
        draw(st.from_regex(r"[IVX]{1,4}/[0-9]{1,3}/20[0-9]{2}", fullmatch=True)),
        adopted,
        DateRange(start, end),
        draw(st.lists(sub_areas(), min_size=1, max_size=3)),
        programme=programme,
        area_ha=area_ha,
        gmina_area_ha=gmina_area_ha,
        population=population,
        gmina_population=gmina_population,
    )


def working_age_limits() -> st.SearchStrategy[WorkingAgeLimits]:
    """Age bounds with the minimum below both upper bounds.

    Examples:
        >>> limits = working_age_limits().example()
        >>> limits.minimum < min(limits.women_max, limits.men_max)
        True
    """
    return st.builds(
        WorkingAgeLimits, st.integers(15, 18), st.integers(55, 67), st.integers(60, 67)
    )


def long_term_unemployment_definitions() -> st.SearchStrategy[LongTermUnemploymentDefinition]:
    """Versions of the national definition: more than N months within the last M years.

    Examples:
        >>> definition = long_term_unemployment_definitions().example()
        >>> definition.months <= 12 * definition.window_years
        True
    """
    return st.integers(1, 3).flatmap(
        lambda years: st.builds(
            LongTermUnemploymentDefinition, st.integers(1, 12 * years), st.just(years)
        )
    )


def type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy for each data type of the rules package, by type.

    Examples:
        >>> RevitalisationArea in type_strategies()
        True
    """
    return {
        Outcome: st.sampled_from(Outcome),
        Fact: st.sampled_from(Fact),
        AssistanceReason: st.sampled_from(AssistanceReason),
        Parity: st.sampled_from(Parity),
        ProgrammeKind: st.sampled_from(ProgrammeKind),
        StreetSegment: street_segments(),
        SubArea: sub_areas(),
        RevitalisationArea: revitalisation_areas(),
        WorkingAgeLimits: working_age_limits(),
        LongTermUnemploymentDefinition: long_term_unemployment_definitions(),
    }
