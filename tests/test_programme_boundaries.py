"""Hand-computed boundaries of the programmes, each on both sides: the hours a day can hold, the
default PAI plan's weeks with nothing to schedule and days filled to exactly 24 hours, and the
limits PSU looks up for the first, partly covered, month of the law."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from integra.errors import InvalidValue, NoLawInForce
from integra.periods import IsoWeek, PartialWeekPolicy
from integra.programmes._hours import day_hours
from integra.programmes.cis import (
    BenefitRounding,
    CisDay,
    CisParticipation,
    integration_benefit,
)
from integra.programmes.pai import (
    ActivationReading,
    Activity,
    Block,
    PaiPlan,
    PaiReferral,
    Session,
    default_plan,
    summary,
    validate,
)
from integra.programmes.psu import PsuSession, pay
from integra.programmes.psu import validate as validate_psu

D = Decimal
DAY = date(2016, 4, 4)


class TestHoursOfADay:
    """A session or a day of attendance holds more than 0 and at most 24 hours."""

    @pytest.mark.parametrize("hours", [D("0.01"), D(1), 1, D(24), 24])
    def test_accepted(self, hours: Decimal | int) -> None:
        assert Session(DAY, hours, Activity.GROUP_COUNSELLING).hours == D(hours)
        assert PsuSession(DAY, hours).hours == D(hours)
        assert CisDay(DAY, hours).hours == D(hours)

    @pytest.mark.parametrize("hours", [D(0), 0, D("-0.01"), D("24.01"), 25, D("Infinity")])
    def test_refused(self, hours: Decimal | int) -> None:
        for make, owner in ((PsuSession, "PsuSession"), (CisDay, "CisDay")):
            with pytest.raises(InvalidValue) as caught:
                make(DAY, hours)
            assert str(caught.value) == f"{owner}.hours must be more than 0 and at most 24"

    def test_int_is_stored_as_decimal(self) -> None:
        stored = PsuSession(DAY, 3).hours
        assert type(stored) is Decimal and stored == 3


class TestDefaultPlanEdges:
    def test_a_weekend_first_slice_gets_nothing(self) -> None:
        """From Saturday 2016-04-09 the first week slice (Sat-Sun) has no workday: its prorated
        minimum is 0 h, so the Monday-Friday pattern leaving it no day is not an error."""
        plan = default_plan(date(2016, 4, 9))
        assert min(s.day for s in plan.sessions) == date(2016, 4, 11)
        assert validate(plan).valid

    def test_a_day_filled_to_exactly_24_hours(self) -> None:
        """24 h of work a week on Mondays only: each Monday holds exactly 24 h, which is allowed."""
        plan = default_plan(
            DAY, weekdays=[0], activation_hours_per_week=D(24), integration_hours_per_week=D(0)
        )
        assert len(plan.sessions) == 9
        assert {s.hours for s in plan.sessions} == {D(24)}
        assert {s.day.weekday() for s in plan.sessions} == {0}

    @pytest.mark.parametrize(("work", "talk"), [(D("24.01"), D(0)), (D(12), D("12.01"))])
    def test_a_day_past_24_hours(self, work: Decimal, talk: Decimal) -> None:
        with pytest.raises(InvalidValue) as caught:
            default_plan(
                DAY, weekdays=[0], activation_hours_per_week=work, integration_hours_per_week=talk
            )
        assert str(caught.value) == (
            "week 2016-W14 (2016-04-04..2016-04-10) would need more than 24 h on 2016-04-04; add "
            "days to the weekday pattern"
        )


class TestPsuFirstMonth:
    """The PSU limits are modelled from Tuesday 2014-05-27; May 2014 and its ISO week W22
    (from Monday 2014-05-26) are looked up from that day."""

    def test_limits_of_the_first_month(self) -> None:
        sessions = [PsuSession(date(2014, 5, day), D(9)) for day in range(27, 32)]
        result = validate_psu(sessions)
        assert result.codes == ("psu.hours.weekly_maximum", "psu.hours.monthly_cap")
        week, month = result.violations
        assert (week.week, week.observed_value, week.required_value) == (
            IsoWeek(2014, 22),
            45,
            10,
        )
        assert (month.observed_value, month.required_value) == (45, 40)

    def test_pay_on_the_first_day(self) -> None:
        """8.10 zł an hour on 2014-05-27; 60% of it is refunded: 10 h → 81.00 zł, 48.60 zł."""
        paid = pay(10, date(2014, 5, 27))
        assert (paid.rate, paid.pay, paid.refund_max, paid.gmina_share) == (
            D("8.10"),
            D("81.00"),
            D("48.60"),
            D("32.40"),
        )


class TestPaiFigures:
    def test_hours_by_block(self) -> None:
        """The default plan from Wednesday 2016-04-06 has 86 h of each block; without one 2 h
        integration session, 84 h of integration remain."""
        plan = default_plan(date(2016, 4, 6))
        talk = next(s for s in plan.sessions if s.block is Block.INTEGRATION)
        figures = summary(plan.without(talk))
        assert figures.hours_of(Block.ACTIVATION) == 86
        assert figures.hours_of(Block.INTEGRATION) == 86 - talk.hours
        assert plan.without(talk).hours(Block.INTEGRATION) == 86 - talk.hours

    def test_an_empty_plan_has_zero_hours_as_a_decimal(self) -> None:
        hours = PaiPlan(PaiReferral(DAY)).hours()
        assert type(hours) is Decimal and hours == 0

    def test_summary_follows_the_policies(self) -> None:
        """From Wednesday 2016-04-06: the first week has 3 workdays, so 6 h prorated, none
        under SKIP; the activation minimum is checked only under the EXACT reading."""
        plan = default_plan(date(2016, 4, 6))
        first = summary(plan).weeks[0]
        assert (first.integration_minimum, first.activation_minimum) == (D(6), None)
        skipped = summary(plan, week_policy=PartialWeekPolicy.SKIP).weeks[0]
        assert skipped.integration_minimum is None
        exact = summary(plan, activation=ActivationReading.EXACT).weeks[0]
        assert exact.activation_minimum == 6
        assert summary(plan, activation=ActivationReading.EXACT).activation_hours == 86


class TestDefaultPlanSplit:
    def test_shares_to_the_hundredth_remainder_first(self) -> None:
        """20 h over Monday, Wednesday and Friday: 6.66 h each (rounded down), and the remaining
        0.02 h on Monday, so the week adds up to exactly 20 h."""
        plan = default_plan(
            DAY,
            weekdays=[0, 2, 4],
            activation_hours_per_week=D(20),
            integration_hours_per_week=D(0),
        )
        first_week = [(s.day, s.hours) for s in plan.sessions[:3]]
        assert first_week == [
            (date(2016, 4, 4), D("6.68")),
            (date(2016, 4, 6), D("6.66")),
            (date(2016, 4, 8), D("6.66")),
        ]

    def test_a_share_of_nothing_is_left_out(self) -> None:
        """0.02 h a week over five days: Monday gets 0.02 h, the other days nothing (no
        session of 0 h); a block of 0 h does not stop the other block."""
        plan = default_plan(
            DAY, activation_hours_per_week=D(0), integration_hours_per_week=D("0.02")
        )
        assert len(plan.sessions) == 9
        assert {(s.day.weekday(), s.hours, s.block) for s in plan.sessions} == {
            (0, D("0.02"), Block.INTEGRATION)
        }

    def test_messages(self) -> None:
        with pytest.raises(InvalidValue) as empty:
            default_plan(DAY, weekdays=[])
        assert str(empty.value) == (
            "weekdays must be a non-empty collection of 0 (Monday) .. 6 (Sunday)"
        )
        with pytest.raises(InvalidValue) as work:
            default_plan(DAY, integration_activity=Activity.SOCIALLY_USEFUL_WORK)
        assert str(work.value) == (
            "integration_activity must be an activity of the integration block"
        )

    def test_no_law_for_the_referral(self) -> None:
        """PAI is modelled from 2014-05-27 to the repeal of UPZ on 2025-06-01."""
        with pytest.raises(NoLawInForce) as early:
            default_plan(date(2014, 5, 26))
        assert early.value.parameter == "PAI limits (UPZ art. 62a)"
        assert str(early.value) == (
            "no value of 'PAI limits (UPZ art. 62a)' is modelled for 2014-05-26, the referral's "
            "agreed_on (the law date); PAI is modelled from 2014-05-27 (derived start day)"
        )
        with pytest.raises(NoLawInForce) as late:
            default_plan(date(2025, 6, 2))
        assert late.value.parameter == "PAI limits (UPZ art. 62a)"
        assert str(late.value) == (
            "no value of 'PAI limits (UPZ art. 62a)' is modelled for 2025-06-02, the referral's "
            "agreed_on (the law date); UPZ was repealed from 2025-06-01 and no PAI equivalent "
            "under URP is modelled; a referral agreed before 2025-06-01 keeps the UPZ rules (URP "
            "art. 435 ust. 1): pass PaiReferral(start, agreed_on=...)"
        )


class TestBenefitRounding:
    def test_the_policy_is_kept(self) -> None:
        """120% of 1491.90 zł = 1790.28 zł; up to full 10 groszy: 1790.30 zł."""
        benefit = integration_benefit(
            CisParticipation(date(2023, 7, 3)), 1, rounding=BenefitRounding.TEN_GROSZE_UP
        )
        assert (benefit.exact, benefit.amount) == (D("1790.28"), D("1790.30"))
        assert benefit.rounding is BenefitRounding.TEN_GROSZE_UP


class TestDayHoursValidator:
    """The validator the programme types share, built here for a type named ``Day``."""

    class Field:
        name = "hours"

    def check(self, value: object) -> str | None:
        try:
            day_hours("Day")(None, self.Field(), value)  # type: ignore[arg-type]
        except InvalidValue as error:
            return str(error)
        return None

    def test_within_a_day(self) -> None:
        assert self.check(D("0.01")) is None
        assert self.check(D(24)) is None

    @pytest.mark.parametrize("value", [D(0), D("-1"), D("24.01"), D("NaN"), D("Infinity")])
    def test_outside_a_day(self, value: Decimal) -> None:
        assert self.check(value) == "Day.hours must be more than 0 and at most 24"

    @pytest.mark.parametrize(("value", "kind"), [(1.5, "float"), ("2", "str"), (None, "NoneType")])
    def test_not_a_decimal(self, value: object, kind: str) -> None:
        assert self.check(value) == f"Day.hours must be a Decimal or an int (not float), got {kind}"
