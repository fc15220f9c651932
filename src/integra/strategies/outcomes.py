"""Strategies for the types of [`integra.outcomes`][integra.outcomes].

Every value is valid: participants enter between 2014 and 2026 (the years the minimum wage is
modelled for), leave on or after entry, receive catalogue services and reach results on or after
entry; cohorts have unique ids and some returning persons; results are computed by
[`evaluate`][integra.outcomes.indicators.evaluate] and
[`report`][integra.outcomes.report.report] on generated cohorts.

Examples:
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(cohorts())
    ... def check(cohort):
    ...     assert len({p.id for p in cohort}) == len(cohort)
    >>> check()
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from integra.law import Certainty
from integra.outcomes import eu2014, eu2021
from integra.outcomes.categories import CategoryFinding
from integra.outcomes.eu2014 import LAST_ELIGIBLE_DAY_2014_2020
from integra.outcomes.indicators import (
    Achievement,
    Breakdown,
    BreakdownRow,
    Counting,
    Denominator,
    EmploymentCriterion,
    ExclusionGroup,
    ExclusionReason,
    IndicatorDefinition,
    IndicatorResult,
    PendingGroup,
    PendingReason,
    Threshold,
    Window,
    WindowPolicy,
    evaluate,
)
from integra.outcomes.parameters import EFFECTIVENESS_STANDARDS, EffectivenessStandard
from integra.outcomes.paths import PathInstrument, ReintegrationPath
from integra.outcomes.records import (
    Category,
    Cohort,
    Employment,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    ProgressForm,
    Result,
    ResultKind,
    SupportEpisode,
)
from integra.outcomes.report import CohortReport, Count, ServiceCounts, report, service_counts
from integra.people import Sex
from integra.rules.core import Outcome
from integra.services import SERVICES, InstrumentGroup, ServiceCategory
from integra.strategies.core import citations, date_ranges, dates, labels, money

__all__ = [
    "FIRST_ENTRY",
    "LAST_ENTRY",
    "cohorts",
    "definitions",
    "employment",
    "indicator_results",
    "participants",
    "paths",
    "results",
    "support_episodes",
    "thresholds",
    "type_strategies",
]

FIRST_ENTRY = date(2014, 1, 1)
"""The earliest entry date drawn (the minimum wage is modelled from this day)."""

LAST_ENTRY = date(2026, 12, 31)
"""The latest entry date drawn."""

_CODES = [s.code for s in SERVICES]
_SHARES = st.integers(min_value=1, max_value=100).map(lambda n: Decimal(n) / Decimal(100))


def _after(start: date, days: int = 200) -> st.SearchStrategy[date]:
    return dates(start, start + timedelta(days=days))


def support_episodes(entry: date = FIRST_ENTRY) -> st.SearchStrategy[SupportEpisode]:
    """Support episodes starting on or after ``entry``.

    Examples:
        >>> from datetime import date
        >>> support_episodes(date(2020, 1, 1)).example().start >= date(2020, 1, 1)
        True
    """
    return _after(entry).flatmap(
        lambda start: st.builds(
            SupportEpisode,
            st.sampled_from(_CODES),
            st.just(start),
            st.none() | _after(start, 120),
            st.none() | st.integers(0, 400).map(Decimal),
            st.none() | st.sampled_from(["PAI", "course 1", "course 2", "modules"]),
        )
    )


def employment(entry: date = FIRST_ENTRY) -> st.SearchStrategy[Employment]:
    """Employment episodes starting on or after ``entry``.

    Examples:
        >>> from datetime import date
        >>> employment(date(2020, 1, 1)).example().start >= date(2020, 1, 1)
        True
    """

    def build(kind: EmploymentKind, start: date, data: st.DataObject) -> Employment:
        end = data.draw(st.none() | _after(start, 400))
        if kind is EmploymentKind.EMPLOYMENT_CONTRACT:
            return Employment(kind, start, end, fte=data.draw(_SHARES))
        if kind is EmploymentKind.CIVIL_LAW:
            return Employment(kind, start, end, value=data.draw(money(30_000)))
        return Employment(kind, start, end)

    return st.builds(build, st.sampled_from(EmploymentKind), _after(entry, 300), st.data())


def results(entry: date = FIRST_ENTRY) -> st.SearchStrategy[Result]:
    """Results dated on or after ``entry``.

    Examples:
        >>> from datetime import date
        >>> results(date(2020, 1, 1)).example().on >= date(2020, 1, 1)
        True
    """
    progress = st.builds(
        Result,
        st.just(ResultKind.SOCIAL_PROGRESS),
        _after(entry, 400),
        st.none() | st.sampled_from(ProgressForm),
    )
    other = st.builds(
        Result,
        st.sampled_from([k for k in ResultKind if k is not ResultKind.SOCIAL_PROGRESS]),
        _after(entry, 400),
    )
    return progress | other


@st.composite
def participants(
    draw: st.DrawFn,
    id: str | None = None,
    min_entry: date = FIRST_ENTRY,
    max_entry: date = LAST_ENTRY,
    person: str | None = None,
) -> Participant:
    """Valid participant records.

    Examples:
        >>> participants(id="P-1").example().id
        'P-1'
    """
    entry = draw(dates(min_entry, max_entry))
    exit = draw(st.none() | _after(entry, 500))
    reason = None if exit is None else draw(st.sampled_from(ExitReason))
    categories = set(draw(st.frozensets(st.sampled_from(Category))))
    if Category.SEVERE_DISABILITY in categories:
        categories.add(Category.DISABILITY)
    undetermined = draw(st.frozensets(st.sampled_from(Category))) - categories
    return Participant(
        id if id is not None else draw(st.from_regex(r"[A-Z]{1,3}-[0-9]{1,4}", fullmatch=True)),
        draw(st.sampled_from(Sex)),
        entry,
        exit,
        reason,
        categories=categories,
        undetermined=undetermined,
        labour_status=draw(st.none() | st.sampled_from(LabourStatus)),
        support=draw(st.lists(support_episodes(entry), max_size=4)),
        employment=draw(st.lists(employment(entry), max_size=2)),
        results=draw(st.lists(results(entry), max_size=3)),
        person=person,
    )


@st.composite
def cohorts(draw: st.DrawFn, max_size: int = 12) -> Cohort:
    """Cohorts with unique ids; some persons take part more than once (same ``person`` key, on
    different entry days).

    Examples:
        >>> len(cohorts(max_size=0).example())
        0
    """
    size = draw(st.integers(0, max_size))
    out: list[Participant] = []
    for index in range(size):
        returning = index > 0 and draw(st.integers(0, 9)) == 0
        person = "R-0" if returning else None
        if returning and not any(p.person == "R-0" for p in out):
            # the first record of the returning person gets the key too
            first = out[0]
            out[0] = Participant(
                first.id,
                first.sex,
                first.entry,
                first.exit,
                first.exit_reason,
                categories=first.categories,
                undetermined=first.undetermined,
                labour_status=first.labour_status,
                support=first.support,
                employment=first.employment,
                results=first.results,
                person="R-0",
            )
        drawn = draw(participants(id=f"P-{index}", person=person))
        if returning and any(p.person == "R-0" and p.entry == drawn.entry for p in out):
            # two participations of one person on one entry day cannot be told apart
            drawn = attrs.evolve(drawn, person=None)
        out.append(drawn)
    return Cohort(out)


def windows() -> st.SearchStrategy[Window]:
    """Windows of 1-120 days, some counted in months.

    Examples:
        >>> windows().example().days >= 1
        True
    """
    return st.builds(Window, st.integers(1, 120)) | st.builds(
        Window, st.integers(1, 120), st.integers(1, 4), st.just(WindowPolicy.MONTHS_AT_LEAST_DAYS)
    )


def employment_criteria() -> st.SearchStrategy[EmploymentCriterion]:
    """Employment criteria.

    Examples:
        >>> isinstance(employment_criteria().example(), EmploymentCriterion)
        True
    """
    return st.builds(
        EmploymentCriterion,
        st.frozensets(st.sampled_from(EmploymentKind), min_size=1),
        st.none() | st.integers(1, 12),
        st.none() | _SHARES,
        st.none() | st.integers(1, 5).map(Decimal),
    )


def definitions() -> st.SearchStrategy[IndicatorDefinition]:
    """The library's definitions and generated ones.

    Examples:
        >>> isinstance(definitions().example(), IndicatorDefinition)
        True
    """
    library = st.sampled_from(
        [
            eu2014.EMPLOYMENT_EFFECTIVENESS,
            eu2014.SOCIAL_EFFECTIVENESS,
            eu2014.SOCIAL_EMPLOYMENT_EFFECTIVENESS,
            *eu2021.COMMON_RESULT_INDICATORS,
            eu2021.SOCIAL_SITUATION_IMPROVED,
        ]
    )
    kinds = st.frozensets(st.sampled_from(ResultKind))
    achievement = st.builds(
        lambda results, criterion, counting: (
            Achievement(results, criterion if criterion is not None or results else None, counting)
            if results or criterion is not None
            else Achievement(frozenset({ResultKind.QUALIFICATION}), None, counting)
        ),
        kinds,
        st.none() | employment_criteria(),
        st.sampled_from(Counting),
    )
    population = st.builds(
        Denominator,
        st.frozensets(st.sampled_from(ExitReason), min_size=1),
        st.none() | st.sampled_from(ServiceCategory),
        st.none() | st.frozensets(st.sampled_from(LabourStatus), min_size=1),
        st.frozensets(st.sampled_from([ResultKind.SCHOOL_EDUCATION, ResultKind.START_UP_FUNDS])),
    )
    made = st.builds(
        IndicatorDefinition,
        st.from_regex(r"[a-z]{2,8}\.[a-z_]{2,12}", fullmatch=True),
        labels(),
        labels(),
        labels(),
        population,
        achievement,
        windows(),
        citations(),
        st.sampled_from(Certainty),
        st.just(""),
    )
    return library | made


def thresholds() -> st.SearchStrategy[Threshold]:
    """Thresholds between 0 and 1.

    Examples:
        >>> Decimal(0) <= thresholds().example().value <= Decimal(1)
        True
    """
    return st.builds(
        Threshold,
        st.integers(0, 100).map(lambda n: Decimal(n) / Decimal(100)),
        st.sampled_from(["early", "later", ""]),
        st.none() | citations(),
        st.sampled_from(Certainty),
    )


def indicator_results(max_size: int = 12) -> st.SearchStrategy[IndicatorResult]:
    """Results computed by ``evaluate`` on generated cohorts.

    Examples:
        >>> isinstance(indicator_results().example(), IndicatorResult)
        True
    """
    return st.builds(
        evaluate,
        definitions(),
        cohorts(max_size=max_size),
        dates(FIRST_ENTRY, LAST_ENTRY + timedelta(days=600)),
        st.none() | st.sampled_from(Category),
        st.none() | thresholds(),
    )


def paths() -> st.SearchStrategy[ReintegrationPath]:
    """Reintegration paths, valid or not.

    Examples:
        >>> isinstance(paths().example(), ReintegrationPath)
        True
    """
    instrument = st.builds(
        PathInstrument,
        st.sampled_from(InstrumentGroup),
        st.sampled_from(["counselling", "therapy", "course", "internship", "job club"]),
        st.none() | date_ranges(date(2008, 1, 1), date(2014, 12, 31), 400, open_ended=False),
    )
    return st.builds(
        ReintegrationPath,
        st.from_regex(r"[A-Z]{2}-[0-9]{2}", fullmatch=True),
        date_ranges(date(2008, 1, 1), date(2014, 12, 31), 700),
        st.lists(instrument, max_size=6),
    )


def type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy for each outcomes type, for
    [`register_all`][integra.strategies.registry.register_all].

    Examples:
        >>> Participant in type_strategies()
        True
    """
    return {
        SupportEpisode: support_episodes(),
        Employment: employment(),
        Result: results(),
        Participant: participants(),
        Cohort: cohorts(max_size=5),
        Window: windows(),
        EmploymentCriterion: employment_criteria(),
        Achievement: definitions().map(lambda d: d.achievement),
        Denominator: definitions().map(lambda d: d.population),
        IndicatorDefinition: definitions(),
        Threshold: thresholds(),
        IndicatorResult: indicator_results(max_size=5),
        ExclusionGroup: st.builds(
            ExclusionGroup,
            st.sampled_from(ExclusionReason),
            st.lists(st.sampled_from(["A", "B", "C"])).map(tuple),
        ),
        PendingGroup: st.builds(
            PendingGroup,
            st.sampled_from(PendingReason),
            st.lists(st.sampled_from(["A", "B"])).map(tuple),
            st.none() | dates(),
        ),
        BreakdownRow: st.integers(0, 5).flatmap(
            lambda a: st.integers(0, 5).flatmap(
                lambda p: st.integers(a + p, a + p + 5).map(lambda d: BreakdownRow("F", a, p, d))
            )
        ),
        Breakdown: indicator_results(max_size=4).flatmap(lambda r: st.sampled_from(r.breakdowns)),
        EffectivenessStandard: st.sampled_from(EFFECTIVENESS_STANDARDS),
        CategoryFinding: st.builds(
            CategoryFinding,
            st.sampled_from(Category),
            st.sampled_from(Outcome),
            st.sampled_from(Certainty),
            st.sampled_from(["at_risk_2014_2020", "has_disability"]),
        ),
        PathInstrument: paths().flatmap(
            lambda p: st.sampled_from(p.instruments) if p.instruments else st.nothing()
        ),
        ReintegrationPath: paths(),
        Count: st.builds(service_counts, cohorts(max_size=3)).flatmap(
            lambda c: (
                st.sampled_from(c.services) if c.services else st.just(Count("psu", 0, 0, None, 0))
            )
        ),
        ServiceCounts: st.builds(service_counts, cohorts(max_size=4)),
        CohortReport: st.builds(
            report,
            # The default measures are 2014-2020's: participants who entered within the period.
            cohorts(max_size=4).filter(
                lambda c: all(p.entry <= LAST_ELIGIBLE_DAY_2014_2020 for p in c)
            ),
            dates(FIRST_ENTRY, LAST_ENTRY),
            version=st.sampled_from(("early", "later")),
        ),
    }
