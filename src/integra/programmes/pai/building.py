"""A PAI plan that passes: [`default_plan`][integra.programmes.pai.building.default_plan]."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from decimal import ROUND_DOWN, Decimal

from integra.errors import InvalidValue, NoLawInForce
from integra.parameters import (
    PAI_LIMITS,
    UPZ_REPEAL,
    PaiLimits,
)
from integra.periods import (
    MonthEndPolicy,
    PartialWeekPolicy,
    weeks_of,
)
from integra.programmes.pai.counting import _h, _plain
from integra.programmes.pai.plan import (
    _MAX_DAY_HOURS,
    _ZERO,
    Activity,
    Block,
    PaiPlan,
    PaiReferral,
    Session,
    _month_end_ignored,
)

__all__ = ["default_plan"]


_STEP = Decimal("0.01")


def _split(total: Decimal, days: Sequence[date]) -> list[tuple[date, Decimal]]:
    """``total`` hours spread over ``days``: equal shares to the hundredth of an hour, the
    remainder on the first day, so that the shares add up exactly."""
    share = _plain((total / len(days)).quantize(_STEP, rounding=ROUND_DOWN))
    out = [(day, share) for day in days]
    out[0] = (days[0], _plain(share + total - share * len(days)))
    return [(day, hours) for day, hours in out if hours > 0]


def _check_pattern(weekdays: Collection[int]) -> frozenset[int]:
    pattern = frozenset(weekdays)
    if not pattern or not all(isinstance(d, int) and 0 <= d <= 6 for d in pattern):
        raise InvalidValue("weekdays must be a non-empty collection of 0 (Monday) .. 6 (Sunday)")
    return pattern


def default_plan(
    referral: PaiReferral | date,
    *,
    weekdays: Collection[int] = (0, 1, 2, 3, 4),
    holidays: Collection[date] = frozenset(),
    activation_hours_per_week: Decimal | None = None,
    integration_hours_per_week: Decimal | None = None,
    integration_activity: Activity = Activity.GROUP_COUNSELLING,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    month_end: MonthEndPolicy | None = None,
) -> PaiPlan:
    """A plan of 10 hours of socially useful work and 10 hours of integration a week (the seed's
    "20 hours a week for two months"), spread evenly over the days of ``weekdays`` (0 is Monday)
    that are not in ``holidays``.

    Each week gets the hours its minimum needs under ``week_policy`` (the prorated share in a
    partial first or last week; under ``SKIP`` the prorated share too). The weekly hours default
    to the law in force on the referral's law date. Public holidays are not known to the library:
    pass the ones you observe. Shares are split to the hundredth of an hour, the remainder going
    to the first day of the week. ``month_end`` is deprecated, changes nothing and warns when
    passed.

    Raises:
        NoLawInForce: hours are not given and no PAI law is modelled on the law date, which is
            the referral's ``agreed_on`` (as for [`validate`][integra.programmes.pai.validation.validate]):
            a referral agreed before 2025-06-01 keeps the UPZ rules even when it starts later
            (URP art. 435 ust. 1).
        InvalidValue: a week needs hours but the pattern leaves it no day (all its days are
            holidays or outside ``weekdays``), a day would need more than 24 hours, or the
            pattern is empty.

    Examples:
        >>> from datetime import date
        >>> plan = default_plan(date(2016, 4, 4), holidays={date(2016, 5, 3)})
        >>> [str(s.hours) for s in plan.sessions if s.day.isoformat() == "2016-05-02"]
        ['2.5', '2.5']
        >>> default_plan(date(2016, 4, 9), weekdays=[5, 6])
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: week 2016-W23 (2016-06-06..2016-06-08) needs 6 h of vocational activation (socially useful work) but no day of the weekday pattern is free of holidays in 2016-06-06..2016-06-08
        >>> default_plan(date(2025, 6, 2))
        Traceback (most recent call last):
        ...
        integra.errors.NoLawInForce: no value of 'PAI limits (UPZ art. 62a)' is modelled for 2025-06-02, the referral's agreed_on (the law date); UPZ was repealed from 2025-06-01 and no PAI equivalent under URP is modelled; a referral agreed before 2025-06-01 keeps the UPZ rules (URP art. 435 ust. 1): pass PaiReferral(start, agreed_on=...)
        >>> len(default_plan(PaiReferral(date(2025, 6, 2), agreed_on=date(2025, 5, 30))).sessions) > 0
        True
    """
    _month_end_ignored(month_end)
    ref = referral if isinstance(referral, PaiReferral) else PaiReferral(referral)
    pattern = _check_pattern(weekdays)
    off = frozenset(holidays)
    if activation_hours_per_week is None or integration_hours_per_week is None:
        limits = _limits(ref)
        if activation_hours_per_week is None:
            activation_hours_per_week = limits.activation_hours_per_week
        if integration_hours_per_week is None:
            integration_hours_per_week = limits.integration_min_hours_per_week
    if integration_activity.block is not Block.INTEGRATION:
        raise InvalidValue("integration_activity must be an activity of the integration block")
    policy = PartialWeekPolicy.PRORATE if week_policy is PartialWeekPolicy.SKIP else week_policy
    blocks = (
        (Block.ACTIVATION, Activity.SOCIALLY_USEFUL_WORK, activation_hours_per_week),
        (Block.INTEGRATION, integration_activity, integration_hours_per_week),
    )
    sessions: list[Session] = []
    for part in weeks_of(ref.period()):
        days = [d for d in part.days.iter_days() if d.weekday() in pattern and d not in off]
        per_day: dict[date, Decimal] = {}
        for block, activity, weekly in blocks:
            needed = policy.minimum_for(part, weekly)
            assert needed is not None  # PRORATE and FULL always give a minimum
            if needed <= 0:
                continue
            if not days:
                raise InvalidValue(
                    f"week {part.week} ({part.days}) needs {_h(needed)} h of "
                    f"{block.label.en} but no day of the weekday pattern is free of "
                    f"holidays in {part.days}"
                )
            for day, hours in _split(needed, days):
                per_day[day] = per_day.get(day, _ZERO) + hours
                if per_day[day] > _MAX_DAY_HOURS:
                    raise InvalidValue(
                        f"week {part.week} ({part.days}) would need more than 24 h on "
                        f"{day.isoformat()}; add days to the weekday pattern"
                    )
                sessions.append(Session(day, hours, activity))
    return PaiPlan(ref, sessions)


def _limits(referral: PaiReferral) -> PaiLimits:
    """The PAI limits of the referral's law date, or an error that says which date that is and,
    after the repeal, how the transitional rule keeps the UPZ limits."""
    law_on = referral.law_on
    entry = PAI_LIMITS.get(law_on)
    if entry is not None:
        return entry
    name = PAI_LIMITS.name
    where = f"{law_on.isoformat()}, the referral's agreed_on (the law date)"
    if law_on < PAI_LIMITS.entries[0].start:
        first = PAI_LIMITS.entries[0].start.isoformat()
        raise NoLawInForce(name, where, f"PAI is modelled from {first} (derived start day)")
    repeal = UPZ_REPEAL.isoformat()
    raise NoLawInForce(
        name,
        where,
        f"UPZ was repealed from {repeal} and no PAI equivalent under URP is modelled; a referral "
        f"agreed before {repeal} keeps the UPZ rules (URP art. 435 ust. 1): pass "
        "PaiReferral(start, agreed_on=...)",
    )
