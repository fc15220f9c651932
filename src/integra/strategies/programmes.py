"""Strategies for the types of [`integra.programmes.psu`][integra.programmes.psu],
[`integra.programmes.cis`][integra.programmes.cis] and the validation results every programme
returns ([`integra.programmes.violations`][integra.programmes.violations]).

Every value is valid: hours are ``Decimal`` quarter hours, payments are computed by
[`pay`][integra.programmes.psu.pay] for a day the modelled law covers, participations start
while CIS rules are modelled. Schedules and plans need not pass validation (that is what tests
look for).

Examples:
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(psu_payments())
    ... def check(p):
    ...     assert p.refund_max + p.gmina_share == p.pay
    >>> check()
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from integra.parameters import CIS_RULES, PSU_MINIMUM_HOURLY_RATE
from integra.programmes.cis import (
    BenefitRounding,
    CisDay,
    CisParticipation,
    CisPlan,
    IntegrationBenefit,
    integration_benefit,
)
from integra.programmes.psu import PsuPayment, PsuPayroll, PsuSession, pay, pay_for
from integra.programmes.violations import Validation, Value, Violation
from integra.strategies.core import citations, date_ranges, dates, iso_weeks, labels, money

__all__ = [
    "PSU_FIRST_DAY",
    "PSU_LAST_DAY",
    "cis_days",
    "cis_participations",
    "cis_plans",
    "integration_benefits",
    "psu_hours",
    "psu_payments",
    "psu_payrolls",
    "psu_sessions",
    "type_strategies",
    "validations",
    "violation_figures",
    "violations",
]

PSU_FIRST_DAY: date = PSU_MINIMUM_HOURLY_RATE.entries[0].start
"""The first day of the modelled rates of socially useful work.

Examples:
    >>> PSU_FIRST_DAY
    datetime.date(2014, 5, 27)
"""

PSU_LAST_DAY: date = PSU_MINIMUM_HOURLY_RATE.entries[-1].end or date(2025, 5, 31)
"""The last day of the modelled rates of socially useful work.

Examples:
    >>> PSU_LAST_DAY
    datetime.date(2025, 5, 31)
"""

_CIS_FIRST_DAY = CIS_RULES.entries[0].start


def psu_hours(max_quarters: int = 40) -> st.SearchStrategy[Decimal]:
    """Hours of one session: quarter hours from 0.25 to ``max_quarters / 4``.

    Examples:
        >>> psu_hours(1).example()
        Decimal('0.25')
    """
    return st.integers(1, max_quarters).map(lambda q: Decimal(q) / 4)


def psu_sessions(
    min_day: date = PSU_FIRST_DAY, max_day: date = PSU_LAST_DAY
) -> st.SearchStrategy[PsuSession]:
    """Sessions of socially useful work on a day between the bounds.

    Examples:
        >>> from datetime import date
        >>> psu_sessions(date(2020, 1, 6), date(2020, 1, 6)).example().day
        datetime.date(2020, 1, 6)
    """
    return st.builds(PsuSession, dates(min_day, max_day), psu_hours())


@st.composite
def psu_payments(draw: st.DrawFn) -> PsuPayment:
    """Payments computed by [`pay`][integra.programmes.psu.pay]: up to 40 hours in quarter
    hours, on a covered day, at the minimum rate or up to 5 zł above it.

    Examples:
        >>> psu_payments().example().pay >= 0
        True
    """
    on = draw(dates(PSU_FIRST_DAY, PSU_LAST_DAY))
    hours = Decimal(draw(st.integers(0, 160))) / 4
    extra = draw(st.none() | money(5))
    rate = None if extra is None else PSU_MINIMUM_HOURLY_RATE.at(on) + extra
    return pay(hours, on, rate=rate)


def psu_payrolls() -> st.SearchStrategy[PsuPayroll]:
    """Payrolls of up to 12 sessions a few weeks apart, priced at the minimum rates.

    Examples:
        >>> psu_payrolls().example().pay >= 0
        True
    """
    return st.lists(psu_sessions(), max_size=12, unique=True).map(pay_for)


@st.composite
def cis_participations(
    draw: st.DrawFn,
    min_start: date = _CIS_FIRST_DAY,
    max_start: date = date(2026, 12, 31),
    with_end: bool = True,
) -> CisParticipation:
    """Participations starting between the bounds, some with a planned end (up to about two
    years), an extension of 0 to 14 months and a law date up to 400 days before the start.

    Examples:
        >>> from datetime import date
        >>> p = cis_participations(date(2022, 2, 15), date(2022, 2, 15), with_end=False).example()
        >>> p.start, p.end
        (datetime.date(2022, 2, 15), None)
    """
    start = draw(dates(min_start, max_start))
    end = None
    if with_end and draw(st.booleans()):
        end = start + timedelta(days=draw(st.integers(0, 800)))
    law_on = start
    if draw(st.integers(0, 4)) == 0:
        law_on = max(_CIS_FIRST_DAY, start - timedelta(days=draw(st.integers(0, 400))))
    return CisParticipation(
        start, end=end, extension_months=draw(st.integers(0, 14)), law_on=law_on
    )


def cis_days(
    min_day: date = _CIS_FIRST_DAY, max_day: date = date(2026, 12, 31)
) -> st.SearchStrategy[CisDay]:
    """Days of attendance between the bounds, 0.25 to 10 hours.

    Examples:
        >>> from datetime import date
        >>> cis_days(date(2022, 3, 1), date(2022, 3, 1)).example().day
        datetime.date(2022, 3, 1)
    """
    return st.builds(CisDay, dates(min_day, max_day), psu_hours())


@st.composite
def cis_plans(draw: st.DrawFn, max_days: int = 20) -> CisPlan:
    """Plans with up to ``max_days`` days of attendance (each day once) in and around the first
    weeks of the participation.

    Examples:
        >>> isinstance(cis_plans().example(), CisPlan)
        True
    """
    participation = draw(cis_participations())
    first = participation.start - timedelta(days=7)
    last = participation.start + timedelta(days=60)
    days = st.lists(cis_days(first, last), max_size=max_days, unique_by=lambda d: d.day)
    return CisPlan(participation, draw(days))


@st.composite
def integration_benefits(
    draw: st.DrawFn, min_start: date = date(2018, 6, 1), max_start: date = date(2025, 12, 31)
) -> IntegrationBenefit:
    """Benefits computed by [`integration_benefit`][integra.programmes.cis.integration_benefit]
    for a participation starting between the bounds, with the base given or looked up where
    modelled (where it is not, a base of 1304.10 zł is given).

    Examples:
        >>> integration_benefits().example().amount >= 0
        True
    """
    participation = draw(cis_participations(min_start, max_start))
    month = draw(st.integers(1, participation.longest_months))
    rounding = draw(st.sampled_from(BenefitRounding))
    given: Decimal | None = draw(st.none() | money(3_000))
    try:
        return integration_benefit(participation, month, given, rounding=rounding)
    except LookupError:
        return integration_benefit(participation, month, Decimal("1304.10"), rounding=rounding)


def violation_figures() -> st.SearchStrategy[Value]:
    """Typed figures of a violation: hours (``Decimal``), months or counts (``int``), a day or
    a period.

    Examples:
        >>> from integra.periods import DateRange
        >>> isinstance(violation_figures().example(), Decimal | int | date | DateRange)
        True
    """
    return st.one_of(money(100), st.integers(0, 36), dates(), date_ranges(max_days=400))


def violations() -> st.SearchStrategy[Violation]:
    """Violations with any code, texts, citation or none, and typed figures or none.

    Examples:
        >>> violations().example().code.count(".") >= 1
        True
    """
    figures = st.none() | violation_figures()
    return st.builds(
        Violation,
        st.from_regex(r"(pai|psu|cis)\.[a-z_]{1,12}\.[a-z_]{1,12}", fullmatch=True),
        labels(),
        labels(),
        labels(),
        st.none() | citations(),
        week=st.none() | iso_weeks(),
        observed_value=figures,
        required_value=figures,
    )


def validations(max_size: int = 4) -> st.SearchStrategy[Validation]:
    """Validations holding up to ``max_size`` violations (none: a valid plan).

    Examples:
        >>> validations(0).example().valid
        True
    """
    return st.lists(violations(), max_size=max_size).map(Validation)


def type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy for each PSU and CIS type, for
    [`register_all`][integra.strategies.registry.register_all].

    Examples:
        >>> PsuPayment in type_strategies()
        True
    """
    return {
        PsuSession: psu_sessions(),
        PsuPayment: psu_payments(),
        PsuPayroll: psu_payrolls(),
        CisParticipation: cis_participations(),
        CisDay: cis_days(),
        CisPlan: cis_plans(),
        IntegrationBenefit: integration_benefits(),
        BenefitRounding: st.sampled_from(BenefitRounding),
        Violation: violations(),
        Validation: validations(),
    }
