"""Strategies for the PAI types of [`integra.programmes.pai`][integra.programmes.pai].

Every value is valid: hours are ``Decimal`` quarter hours between 0.25 and 12, a referral is never
agreed after it starts, earlier referrals end before it and do not overlap. Plans need not pass
[`validate`][integra.programmes.pai.validation.validate] (that is what tests look for);
[`default_plans`][integra.strategies.pai.default_plans] gives plans built to pass.

Examples:
    >>> from hypothesis import given, settings
    >>> from integra.programmes.pai import validate
    >>> @settings(max_examples=10)
    ... @given(default_plans())
    ... def check(plan):
    ...     assert validate(plan).valid
    >>> check()
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from integra.parameters import PAI_LIMITS
from integra.periods import DateRange, PartialWeekPolicy
from integra.programmes.pai import (
    Activity,
    PaiPlan,
    PaiReferral,
    PlanSummary,
    Session,
    WeekHours,
    default_plan,
    summary,
    weekly_hours,
)
from integra.strategies.core import dates, people

__all__ = [
    "LAW_FIRST_DAY",
    "LAW_LAST_DAY",
    "default_plans",
    "hours",
    "plan_summaries",
    "plans",
    "referrals",
    "sessions",
    "type_strategies",
    "week_hours",
]

LAW_FIRST_DAY: date = PAI_LIMITS.entries[0].start
"""The first day a PAI referral could be agreed under the modelled law.

Examples:
    >>> LAW_FIRST_DAY
    datetime.date(2014, 5, 27)
"""

LAW_LAST_DAY: date = PAI_LIMITS.entries[-1].end or date(2025, 5, 31)
"""The last day a PAI referral could be agreed under the modelled law.

Examples:
    >>> LAW_LAST_DAY
    datetime.date(2025, 5, 31)
"""


def hours(max_quarters: int = 48) -> st.SearchStrategy[Decimal]:
    """Session lengths: quarter hours from 0.25 to ``max_quarters / 4``.

    Examples:
        >>> hours(1).example()
        Decimal('0.25')
    """
    return st.integers(1, max_quarters).map(lambda q: Decimal(q) / 4)


def sessions(
    min_day: date = date(2012, 1, 1), max_day: date = date(2027, 12, 31)
) -> st.SearchStrategy[Session]:
    """Sessions on a day between the bounds.

    Examples:
        >>> from datetime import date
        >>> sessions(date(2016, 4, 4), date(2016, 4, 4)).example().day
        datetime.date(2016, 4, 4)
    """
    return st.builds(Session, dates(min_day, max_day), hours(), st.sampled_from(Activity))


@st.composite
def _previous(draw: st.DrawFn, before: date) -> tuple[DateRange, ...]:
    out: list[DateRange] = []
    last = before
    for _ in range(draw(st.integers(0, 3))):
        end = last - timedelta(days=draw(st.integers(1, 120)))
        start = end - timedelta(days=draw(st.integers(0, 75)))
        out.append(DateRange(start, end))
        last = start
    return tuple(out)


@st.composite
def referrals(
    draw: st.DrawFn,
    min_agreed: date = date(2013, 1, 1),
    max_agreed: date = date(2026, 12, 31),
    with_person: bool = True,
    with_end: bool = True,
) -> PaiReferral:
    """Referrals agreed between the bounds, starting up to 90 days later; some with a planned end
    other than the statutory one, earlier referrals, and a person.

    Examples:
        >>> from datetime import date
        >>> r = referrals(date(2016, 1, 4), date(2016, 1, 4), with_person=False).example()
        >>> r.agreed_on, r.person
        (datetime.date(2016, 1, 4), None)
    """
    agreed = draw(dates(min_agreed, max_agreed))
    start = agreed + timedelta(days=draw(st.integers(0, 90)))
    end = None
    if with_end and draw(st.integers(0, 3)) == 0:
        end = start + timedelta(days=draw(st.integers(0, 120)))
    person = draw(st.none() | people()) if with_person else None
    return PaiReferral(
        start, agreed_on=agreed, end=end, previous=draw(_previous(start)), person=person
    )


@st.composite
def plans(
    draw: st.DrawFn,
    min_agreed: date = LAW_FIRST_DAY,
    max_agreed: date = LAW_LAST_DAY,
    with_person: bool = False,
    max_sessions: int = 30,
) -> PaiPlan:
    """Plans whose referral is agreed between the bounds (by default, while the PAI law is in
    force), with up to ``max_sessions`` sessions in and around the referral period, none twice
    and at most 24 hours on a day.

    Examples:
        >>> isinstance(plans().example(), PaiPlan)
        True
    """
    referral = draw(referrals(min_agreed, max_agreed, with_person=with_person))
    if referral.end is not None or PAI_LIMITS.get(referral.law_on) is not None:
        period = referral.period()
    else:
        period = DateRange(referral.start, referral.start + timedelta(days=60))
    assert period.end is not None
    first = period.start - timedelta(days=7)
    last = period.end + timedelta(days=7)
    drawn = draw(
        st.lists(
            sessions(first, last),
            max_size=max_sessions,
            unique_by=lambda s: (s.day, s.activity, s.hours),
        )
    )
    # A plan a person could attend: no session twice, at most 24 hours on a day.
    kept: list[Session] = []
    per_day: dict[date, Decimal] = {}
    for session in drawn:
        total = per_day.get(session.day, Decimal(0)) + session.hours
        if total <= 24:
            per_day[session.day] = total
            kept.append(session)
    return PaiPlan(referral, kept)


@st.composite
def default_plans(
    draw: st.DrawFn,
    min_start: date = LAW_FIRST_DAY,
    max_start: date = LAW_LAST_DAY,
) -> PaiPlan:
    """Plans built by [`default_plan`][integra.programmes.pai.building.default_plan] from a start date in
    the law's coverage and the Monday-to-Friday pattern.

    Examples:
        >>> from integra.programmes.pai import validate
        >>> validate(default_plans().example()).valid
        True
    """
    return default_plan(draw(dates(min_start, max_start)))


def week_hours() -> st.SearchStrategy[WeekHours]:
    """The weekly hours of generated plans.

    Examples:
        >>> week_hours().example().activation >= 0
        True
    """
    return (
        plans(max_sessions=10)
        .map(lambda plan: weekly_hours(plan, week_policy=PartialWeekPolicy.PRORATE))
        .flatmap(st.sampled_from)
    )


@st.composite
def plan_summaries(draw: st.DrawFn) -> PlanSummary:
    """Summaries of generated plans, under any partial-week policy.

    Examples:
        >>> plan_summaries().example().total_hours >= 0
        True
    """
    plan = draw(st.one_of(plans(max_sessions=15), default_plans()))
    return summary(plan, week_policy=draw(st.sampled_from(PartialWeekPolicy)))


def type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy for each PAI type, for
    [`register_all`][integra.strategies.registry.register_all].

    Examples:
        >>> PaiPlan in type_strategies()
        True
    """
    return {
        Session: sessions(),
        PaiReferral: referrals(),
        PaiPlan: plans(),
        WeekHours: week_hours(),
        PlanSummary: plan_summaries(),
    }
