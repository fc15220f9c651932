"""The figures of a PAI plan: months of a referral, hours per ISO week and the plan's summary."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidRange, InvalidValue
from integra.periods import (
    DateRange,
    IsoWeek,
    MonthEndPolicy,
    PartialWeekPolicy,
    months_period,
    weeks_of,
)
from integra.programmes.pai.plan import (
    _ZERO,
    ActivationReading,
    Block,
    PaiPlan,
    _month_end_ignored,
)

__all__ = ["PlanSummary", "WeekHours", "referral_months", "summary", "weekly_hours"]


_SEED_WEEKLY_HOURS = Decimal(20)
_SEED_MONTHS = 2


def referral_months(period: DateRange, month_end: MonthEndPolicy | None = None) -> int:
    """The calendar months a referral period takes, a month begun counting whole: the least
    ``n`` such that ``n`` calendar months from the start cover the period. ``month_end`` is
    deprecated, changes nothing and warns when passed.

    A full 2-month referral counts 2; one ended after three weeks counts 1.

    Examples:
        >>> from datetime import date
        >>> referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 30)))
        2
        >>> referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 31)))
        3
        >>> referral_months(DateRange(date(2016, 1, 4), date(2016, 1, 24)))
        1
    """
    _month_end_ignored(month_end)
    if period.end is None:
        raise InvalidRange("referral_months needs a closed period")
    months = 1
    while months_period(period.start, months).last < period.end:
        months += 1
    return months


def _decimal_or_none(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: Any
) -> None:
    if value is not None and not isinstance(value, Decimal):
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a Decimal or None")


def _non_negative(instance: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
    if not isinstance(value, Decimal) or value < 0:
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a Decimal >= 0")


@attrs.frozen(slots=True)
class WeekHours:
    """The hours of one ISO week of a referral, with the minima that apply to it.

    Attributes:
        week: The ISO week.
        days: The days of the week inside the referral (fewer than 7 in a partial week).
        activation: Hours of socially useful work in the week.
        integration: Hours of integration activities in the week.
        activation_minimum: The activation hours the week needs under the partial-week policy
            and the activation reading, or ``None`` when none is checked.
        integration_minimum: The integration hours the week needs under the partial-week
            policy, or ``None`` when none is checked.

    Examples:
        >>> from datetime import date
        >>> from integra.programmes.pai import default_plan
        >>> w = weekly_hours(default_plan(date(2016, 4, 6)))[0]
        >>> str(w.week), str(w.days), w.activation, w.integration_minimum, w.is_partial
        ('2016-W14', '2016-04-06..2016-04-10', Decimal('6'), Decimal('6'), True)
    """

    week: IsoWeek
    days: DateRange
    activation: Decimal = attrs.field(validator=_non_negative)
    integration: Decimal = attrs.field(validator=_non_negative)
    activation_minimum: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)
    integration_minimum: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)

    @property
    def total(self) -> Decimal:
        """Hours of both blocks.

        Examples:
            >>> from datetime import date
            >>> from integra.programmes.pai import default_plan
            >>> weekly_hours(default_plan(date(2016, 4, 4)))[0].total
            Decimal('20')
        """
        return self.activation + self.integration

    @property
    def is_partial(self) -> bool:
        """Whether the referral covers fewer than the 7 days of the week.

        Examples:
            >>> from datetime import date
            >>> from integra.programmes.pai import default_plan
            >>> weekly_hours(default_plan(date(2016, 4, 4)))[0].is_partial
            False
        """
        return self.days.days < 7


def weekly_hours(
    plan: PaiPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    activation: ActivationReading = ActivationReading.AT_MOST,
    month_end: MonthEndPolicy | None = None,
) -> tuple[WeekHours, ...]:
    """The hours of each ISO week the referral touches, counting only sessions inside the
    referral period, with the minima that apply under ``week_policy`` (``None`` where no PAI law
    is modelled on the law date). ``month_end`` is deprecated, changes nothing and warns when
    passed.

    Raises:
        NoLawInForce: the referral has no ``end`` and no PAI law is modelled on its law date.

    Examples:
        >>> from datetime import date
        >>> from integra.programmes.pai import default_plan
        >>> weeks = weekly_hours(default_plan(date(2016, 4, 6)), week_policy=PartialWeekPolicy.SKIP)
        >>> len(weeks), weeks[0].integration_minimum, weeks[1].integration_minimum
        (9, None, Decimal('10'))
    """
    _month_end_ignored(month_end)
    referral = plan.referral
    period = referral.period()
    entry = referral.limits()
    act = {Block.ACTIVATION: _ZERO, Block.INTEGRATION: _ZERO}
    totals: dict[IsoWeek, dict[Block, Decimal]] = {}
    for session in plan.sessions:
        if session.day in period:
            per_block = totals.setdefault(session.week, dict(act))
            per_block[session.block] += session.hours
    out: list[WeekHours] = []
    for part in weeks_of(period):
        per_block = totals.get(part.week, act)
        act_min: Decimal | None = None
        int_min: Decimal | None = None
        if entry is not None:
            limits = entry.value
            int_min = week_policy.minimum_for(part, limits.integration_min_hours_per_week)
            if activation is ActivationReading.EXACT:
                act_min = week_policy.minimum_for(part, limits.activation_hours_per_week)
        out.append(
            WeekHours(
                part.week,
                part.days,
                _plain(per_block[Block.ACTIVATION]),
                _plain(per_block[Block.INTEGRATION]),
                act_min,
                int_min,
            )
        )
    return tuple(out)


@attrs.frozen(slots=True)
class PlanSummary:
    """The figures of a plan: hours per block, per ISO week and in total.

    Attributes:
        period: The days the referral runs.
        law_on: The date of the law applied.
        week_policy: The partial-week policy the weekly minima were computed with.
        weeks: The hours of each ISO week of the period.
        activation_hours: Hours of socially useful work inside the period.
        integration_hours: Hours of integration activities inside the period.
        hours_outside_period: Hours of sessions scheduled outside the period (not in the other
            figures).
        meets_seed_description: Whether the plan is what the INTEGRA II summary (seed 003)
            describes: "20 godzin tygodniowo przez okres dwóch miesięcy" — a 2-calendar-month
            period in which every whole ISO week has exactly 20 hours and no partial week has
            more.

    Examples:
        >>> from datetime import date
        >>> from integra.programmes.pai import default_plan
        >>> s = summary(default_plan(date(2016, 4, 4)))
        >>> s.total_hours, len(s.weeks), s.week_policy.value
        (Decimal('180'), 9, 'prorate')
    """

    period: DateRange
    law_on: date
    week_policy: PartialWeekPolicy
    weeks: tuple[WeekHours, ...] = attrs.field(converter=as_tuple)
    activation_hours: Decimal = attrs.field(validator=_non_negative)
    integration_hours: Decimal = attrs.field(validator=_non_negative)
    hours_outside_period: Decimal = attrs.field(validator=_non_negative)
    meets_seed_description: bool

    @property
    def total_hours(self) -> Decimal:
        """Hours of both blocks inside the period.

        Examples:
            >>> from datetime import date
            >>> from integra.programmes.pai import PaiPlan, PaiReferral
            >>> summary(PaiPlan(PaiReferral(date(2016, 4, 4)))).total_hours
            Decimal('0')
        """
        return self.activation_hours + self.integration_hours

    def hours_of(self, block: Block) -> Decimal:
        """Hours of one block inside the period.

        Examples:
            >>> from datetime import date
            >>> from integra.programmes.pai import default_plan
            >>> summary(default_plan(date(2016, 4, 4))).hours_of(Block.ACTIVATION)
            Decimal('90')
        """
        return self.activation_hours if block is Block.ACTIVATION else self.integration_hours


def summary(
    plan: PaiPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    activation: ActivationReading = ActivationReading.AT_MOST,
    month_end: MonthEndPolicy | None = None,
) -> PlanSummary:
    """The figures of ``plan``; weekly minima follow ``week_policy`` and ``activation``.
    ``month_end`` is deprecated, changes nothing and warns when passed.

    Raises:
        NoLawInForce: the referral has no ``end`` and no PAI law is modelled on its law date.

    Examples:
        >>> from datetime import date
        >>> from integra.programmes.pai import default_plan
        >>> s = summary(default_plan(date(2016, 4, 6)))
        >>> [str(w.total) for w in s.weeks][:3], s.meets_seed_description
        (['12', '20', '20'], True)
    """
    _month_end_ignored(month_end)
    referral = plan.referral
    period = referral.period()
    weeks = weekly_hours(plan, week_policy=week_policy, activation=activation)
    act = _plain(sum((w.activation for w in weeks), _ZERO))
    integ = _plain(sum((w.integration for w in weeks), _ZERO))
    outside = _plain(sum((s.hours for s in plan.sessions if s.day not in period), _ZERO))
    two_months = period.last == months_period(period.start, _SEED_MONTHS).last
    meets = two_months and all(
        w.total <= _SEED_WEEKLY_HOURS and (w.is_partial or w.total == _SEED_WEEKLY_HOURS)
        for w in weeks
    )
    return PlanSummary(
        period,
        referral.law_on,
        week_policy,
        weeks,
        act,
        integ,
        outside,
        meets,
    )


def _plain(hours: Decimal) -> Decimal:
    """The same number without trailing zeros and without an exponent (``2.50`` → ``2.5``)."""
    if hours == hours.to_integral_value():
        return hours.quantize(Decimal(1))
    return hours.normalize()


def _h(hours: Decimal) -> str:
    """Hours without trailing zeros: 10, 2.5."""
    return format(hours.normalize(), "f")
