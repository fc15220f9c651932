"""Tests of socially useful work (UPZ art. 73a): hand-computed pay, refunds and hour limits on
both sides of every limit and date boundary, and properties of pay."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d
from integra.errors import InvalidValue, NoLawInForce
from integra.law import Certainty
from integra.parameters import PSU_MINIMUM_HOURLY_RATE
from integra.programmes.psu import (
    ART_73A,
    PsuPayment,
    PsuPayroll,
    PsuSession,
    minimum_rate,
    month_range,
    pay,
    pay_for,
    round_money,
    validate,
    validate_week,
)
from integra.strategies.core import dates, money
from integra.strategies.programmes import PSU_FIRST_DAY, PSU_LAST_DAY, psu_sessions

D = Decimal
CONFIRMED = Certainty.CONFIRMED
DERIVED = Certainty.DERIVED


def s(day: str, hours: str | int | Decimal) -> PsuSession:
    return PsuSession(d(day), D(hours))


class TestMinimumRate:
    @pytest.mark.parametrize(
        ("day", "rate", "certainty"),
        [
            ("2014-05-27", "8.10", CONFIRMED),
            ("2017-06-01", "8.10", CONFIRMED),  # not valorised: CPI 99.4%
            ("2018-05-31", "8.10", CONFIRMED),
            ("2018-06-01", "8.30", DERIVED),
            ("2019-06-01", "8.50", DERIVED),
            ("2021-05-31", "8.70", DERIVED),
            ("2021-06-01", "9.00", DERIVED),
            ("2022-06-01", "9.50", DERIVED),
            ("2023-05-31", "9.50", DERIVED),
            ("2023-06-01", "10.90", DERIVED),
            ("2024-06-01", "12.20", DERIVED),
            ("2025-05-31", "12.20", DERIVED),
        ],
    )
    def test_rate_in_force(self, day: str, rate: str, certainty: Certainty) -> None:
        entry = minimum_rate(d(day))
        assert entry.value == D(rate)
        assert entry.certainty is certainty
        assert entry.citation == ART_73A

    def test_before_the_modelled_law(self) -> None:
        with pytest.raises(NoLawInForce, match=r"known from 2014-05-27; earlier rates"):
            minimum_rate(d("2014-05-26"))

    def test_after_upz_was_repealed(self) -> None:
        with pytest.raises(NoLawInForce, match=r"under URP .* is not modelled"):
            minimum_rate(d("2025-06-01"))

    def test_a_datetime_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match=r"on must be a datetime.date, got datetime"):
            minimum_rate(datetime(2020, 1, 1))


class TestPay:
    def test_first_day_of_the_law(self) -> None:
        p = pay(10, d("2014-05-27"))
        assert (p.pay, p.refund_max, p.gmina_share) == (D("81.00"), D("48.60"), D("32.40"))
        assert p.rate == p.minimum_rate == D("8.10")
        assert p.rate_from == d("2014-05-27")
        assert p.rate_is_minimum

    def test_last_day_of_the_law(self) -> None:
        p = pay(40, d("2025-05-31"))
        assert (p.pay, p.refund_max, p.gmina_share) == (D("488.00"), D("292.80"), D("195.20"))
        assert p.certainty is DERIVED

    def test_rounding_half_up_to_the_grosz(self) -> None:
        p = pay(D("7.25"), d("2019-06-01"))  # 61.625; refund 0.6 × 8.50 × 7.25 = 36.975
        assert (p.pay, p.refund_max, p.gmina_share) == (D("61.63"), D("36.98"), D("24.65"))
        q = pay(D("0.25"), d("2016-01-04"))  # 2.025; refund 1.215
        assert (q.pay, q.refund_max, q.gmina_share) == (D("2.03"), D("1.22"), D("0.81"))

    def test_zero_hours(self) -> None:
        p = pay(0, d("2020-01-02"))
        assert (p.pay, p.refund_max, p.gmina_share) == (D("0.00"), D("0.00"), D("0.00"))

    def test_rate_above_the_minimum_is_borne_by_the_gmina(self) -> None:
        p = pay(20, d("2023-06-01"), rate=D("12.00"))
        assert (p.pay, p.refund_max, p.gmina_share) == (D("240.00"), D("130.80"), D("109.20"))
        assert not p.rate_is_minimum

    def test_rate_equal_to_the_minimum_is_accepted(self) -> None:
        assert pay(1, d("2023-06-01"), rate=D("10.90")).pay == D("10.90")
        assert pay(1, d("2023-06-01"), rate=11).pay == D("11.00")

    def test_rate_below_the_minimum_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match=r"below the minimum of 10.90 zł/h .*\(derived"):
            pay(1, d("2023-06-01"), rate=D("10.89"))
        # The day before the rate rose, 10.89 is allowed.
        assert pay(1, d("2023-05-31"), rate=D("10.89")).minimum_rate == D("9.50")

    @pytest.mark.parametrize("rate", [10.9, True, "11", D("NaN")])
    def test_bad_rates(self, rate: Any) -> None:
        with pytest.raises(InvalidValue):
            pay(1, d("2023-06-01"), rate=rate)

    @pytest.mark.parametrize(
        ("hours", "message"),
        [
            (-1, "must not be negative"),
            (D("-0.25"), "must not be negative"),
            (2.5, "not float"),
            (True, "not float"),
            ("3", "not float"),
            (D("NaN"), "finite"),
            (D("Infinity"), "finite"),
        ],
    )
    def test_bad_hours(self, hours: Any, message: str) -> None:
        with pytest.raises(InvalidValue, match=message):
            pay(hours, d("2023-06-01"))

    def test_monthly_cap_on_each_side(self) -> None:
        assert pay(40, d("2023-07-01")).pay == D("436.00")
        with pytest.raises(
            InvalidValue,
            match=r"above the monthly cap: at most 40 h a month \(an agreement-level value",
        ):
            pay(D("40.25"), d("2023-07-01"))

    def test_monthly_cap_off_leaves_the_weekly_bound(self) -> None:
        # July 2023 touches 6 ISO weeks (W26 .. W31): at most 60 hours.
        assert pay(60, d("2023-07-15"), monthly_cap=False).pay == D("654.00")
        with pytest.raises(InvalidValue, match=r"6 ISO weeks the month touches, 60 h"):
            pay(D("60.25"), d("2023-07-15"), monthly_cap=False)

    def test_weekly_bound_in_a_four_week_february(self) -> None:
        # February 2021 runs Monday 1 to Sunday 28: exactly 4 ISO weeks.
        assert month_range(d("2021-02-10")).days == 28
        assert pay(40, d("2021-02-10"), monthly_cap=False).hours == 40
        with pytest.raises(InvalidValue, match=r"4 ISO weeks"):
            pay(D("40.25"), d("2021-02-10"), monthly_cap=False)

    def test_custom_monthly_cap(self) -> None:
        assert pay(30, d("2023-07-01"), monthly_cap=D(30)).pay == D("327.00")
        with pytest.raises(InvalidValue, match=r"at most 30 h a month \(cap set by the caller\)"):
            pay(D("30.25"), d("2023-07-01"), monthly_cap=D(30))

    @pytest.mark.parametrize("cap", [D(-1), D("NaN"), 40, None])
    def test_bad_monthly_caps(self, cap: Any) -> None:
        with pytest.raises(InvalidValue, match=r"monthly_cap must be"):
            pay(1, d("2023-07-01"), monthly_cap=cap)

    @pytest.mark.parametrize("day", ["2014-05-26", "2025-06-01"])
    def test_dates_outside_the_law(self, day: str) -> None:
        with pytest.raises(NoLawInForce):
            pay(1, d(day))

    def test_payment_fields_are_validated(self) -> None:
        p = pay(1, d("2020-01-02"))
        with pytest.raises(InvalidValue, match=r"PsuPayment.pay must be a Decimal >= 0"):
            attrs.evolve(p, pay=D(-1))
        with pytest.raises(InvalidValue, match=r"PsuPayment.hours"):
            attrs.evolve(p, hours=1.0)  # type: ignore[arg-type]


class TestRoundingAndMonths:
    def test_round_money(self) -> None:
        assert round_money(D("0.005")) == D("0.01")
        assert round_money(D("0.0049")) == D("0.00")
        assert round_money(D("-0.005")) == D("-0.01")

    def test_month_range(self) -> None:
        assert str(month_range(d("2024-12-31"))) == "2024-12-01..2024-12-31"
        assert str(month_range(d("2023-02-01"))) == "2023-02-01..2023-02-28"


class TestSessions:
    def test_limits_of_a_session(self) -> None:
        assert PsuSession(d("2020-01-02"), D(24)).hours == 24
        for hours in (D(0), D("24.01"), D("-1"), D("NaN")):
            with pytest.raises(InvalidValue, match=r"more than 0 and at most 24"):
                PsuSession(d("2020-01-02"), hours)
        with pytest.raises(InvalidValue, match=r"not float"):
            PsuSession(d("2020-01-02"), 2.0)  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"PsuSession.day must be a datetime.date"):
            PsuSession(datetime(2020, 1, 2), D(1))

    def test_order(self) -> None:
        assert sorted([s("2020-01-03", 1), s("2020-01-02", 2)])[0].day == d("2020-01-02")


class TestCheckWeek:
    @pytest.mark.parametrize(("hours", "valid"), [(0, True), (10, True), (D("10.25"), False)])
    def test_each_side_of_the_cap(self, hours: Any, valid: bool) -> None:
        assert validate_week(hours, d("2016-02-10")).valid is valid

    def test_violation_is_cited(self) -> None:
        (v,) = validate_week(11, d("2016-02-10")).violations
        assert v.code == "psu.hours.weekly_maximum"
        assert v.citation == ART_73A
        assert v.observed.en == "11 h in 2016-W06 (2016-02-08..2016-02-14)"
        assert v.label.pl == "za dużo godzin prac społecznie użytecznych w tygodniu"

    def test_errors(self) -> None:
        with pytest.raises(InvalidValue, match=r"negative"):
            validate_week(-1, d("2016-02-10"))
        with pytest.raises(NoLawInForce):
            validate_week(1, d("2025-06-02"))
        with pytest.raises(InvalidValue, match=r"not float"):
            validate_week(1.5, d("2016-02-10"))  # type: ignore[arg-type]


class TestValidate:
    def test_empty_schedule(self) -> None:
        assert validate([]).valid

    def test_weekly_cap_across_two_months(self) -> None:
        # 2024-W05 runs from Monday 29 January to Sunday 4 February.
        sessions = [s("2024-01-29", 6), s("2024-02-01", 5)]
        result = validate(sessions)
        assert result.codes == ("psu.hours.weekly_maximum",)
        assert result.violations[0].observed.en == "11 h in 2024-W05 (2024-01-29..2024-02-04)"
        assert validate([s("2024-01-29", 5), s("2024-02-01", 5)]).valid

    def test_monthly_cap_each_side(self) -> None:
        month = [s(f"2024-03-{day:02d}", 5) for day in (4, 6, 11, 13, 18, 20, 25, 27)]
        assert validate(month).valid  # 40 h, 10 h in each week
        more = [*month[:-1], s("2024-03-27", D("5.25"))]
        result = validate(more)
        assert result.codes == ("psu.hours.weekly_maximum", "psu.hours.monthly_cap")
        assert "40.25 h in 2024-03" in result.violations[1].observed.en
        assert "derived" in result.violations[1].required.en
        assert validate(more, monthly_cap=False).codes == ("psu.hours.weekly_maximum",)
        assert validate(month, monthly_cap=D(35)).codes == ("psu.hours.monthly_cap",)
        assert "set by the caller" in validate(month, monthly_cap=D(35)).violations[0].required.en

    def test_first_partial_week_of_the_law(self) -> None:
        # 2014-W22 starts on Monday 26 May, the day before the law is modelled.
        assert validate([s("2014-05-27", 10)]).valid
        assert validate([s("2014-05-27", 6), s("2014-05-28", 5)]).codes == (
            "psu.hours.weekly_maximum",
        )

    def test_days_outside_the_law(self) -> None:
        sessions = [
            s("2014-05-26", 2),
            s("2014-05-20", 2),
            s("2025-05-30", 11),
            s("2025-06-02", 3),
        ]
        result = validate(sessions)
        assert result.codes == (
            "psu.law.not_in_force",
            "psu.law.not_modelled",
            "psu.hours.weekly_maximum",
        )
        assert result.violations[0].observed.en == "2 session(s) from 2014-05-20 to 2014-05-26"
        assert "URP" in result.violations[1].required.en
        assert all(v.citation == ART_73A for v in result)

    def test_not_sessions(self) -> None:
        with pytest.raises(InvalidValue, match=r"sessions must hold PsuSession values"):
            validate([(d("2020-01-02"), D(1))])  # type: ignore[list-item]

    def test_polish_explanation(self) -> None:
        text = validate([s("2024-01-29", 11)]).explain("pl")
        assert text.startswith("za dużo godzin prac społecznie użytecznych w tygodniu: 11 h")
        assert "art. 73a ustawy o promocji zatrudnienia" in text


class TestPayFor:
    def test_empty(self) -> None:
        roll = pay_for([])
        assert roll.parts == ()
        assert (roll.hours, roll.pay, roll.gmina_share) == (D(0), D("0.00"), D("0.00"))
        assert roll.certainty is CONFIRMED

    def test_sessions_priced_at_the_rate_of_their_day(self) -> None:
        roll = pay_for([s("2023-06-01", 3), s("2023-05-31", 3), s("2023-05-30", D("1.5"))])
        first, second = roll.parts
        assert (first.hours, first.rate, first.pay) == (D("4.5"), D("9.50"), D("42.75"))
        assert (second.hours, second.rate, second.pay) == (D(3), D("10.90"), D("32.70"))
        assert roll.pay == D("75.45")
        assert roll.refund_max == D("25.65") + D("19.62")
        assert roll.gmina_share + roll.refund_max == roll.pay
        assert roll.certainty is DERIVED

    def test_agreed_rate(self) -> None:
        roll = pay_for([s("2023-05-31", 2), s("2023-06-01", 2)], rate=D(11))
        assert [p.pay for p in roll.parts] == [D("22.00"), D("22.00")]
        with pytest.raises(InvalidValue, match=r"below the minimum of 10.90"):
            pay_for([s("2023-05-31", 2), s("2023-06-01", 2)], rate=D(10))

    def test_outside_the_law(self) -> None:
        with pytest.raises(NoLawInForce, match=r"URP"):
            pay_for([s("2025-06-02", 1)])

    def test_payroll_round_trips_parts(self) -> None:
        roll = pay_for([s("2020-01-02", 1)])
        assert PsuPayroll(list(roll.parts)) == roll
        assert isinstance(roll.parts[0], PsuPayment)


# --- Properties ----------------------------------------------------------------------------------

covered_days = dates(PSU_FIRST_DAY, PSU_LAST_DAY)
quarter_hours = st.integers(0, 160).map(lambda q: D(q) / 4)


@given(covered_days, quarter_hours, quarter_hours)
def test_pay_is_monotone_in_hours(on: date, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert pay(low, on).pay <= pay(high, on).pay
    assert pay(low, on).refund_max <= pay(high, on).refund_max


@given(covered_days, quarter_hours, money(20), money(20))
def test_pay_is_monotone_in_rate(on: date, hours: Decimal, a: Decimal, b: Decimal) -> None:
    minimum = PSU_MINIMUM_HOURLY_RATE.at(on)
    low, high = sorted((minimum + a, minimum + b))
    assert pay(hours, on, rate=low).pay <= pay(hours, on, rate=high).pay


@given(covered_days, quarter_hours, st.none() | money(20))
def test_refund_and_gmina_share_add_up(on: date, hours: Decimal, extra: Decimal | None) -> None:
    rate = None if extra is None else PSU_MINIMUM_HOURLY_RATE.at(on) + extra
    p = pay(hours, on, rate=rate)
    assert 0 <= p.refund_max <= p.pay
    assert p.refund_max + p.gmina_share == p.pay
    for amount in (p.pay, p.refund_max, p.gmina_share):
        assert amount.as_tuple().exponent == -2
    assert abs(p.pay - hours * p.rate) <= D("0.005")


@given(st.lists(psu_sessions(), max_size=15, unique=True))
def test_payroll_adds_up(sessions: list[PsuSession]) -> None:
    roll = pay_for(sessions)
    assert roll.hours == sum((x.hours for x in sessions), D(0))
    assert roll.pay == sum((p.pay for p in roll.parts), D(0))
    assert roll.refund_max + roll.gmina_share == roll.pay
    assert len({p.rate_from for p in roll.parts}) == len(roll.parts)


@given(st.lists(psu_sessions(PSU_FIRST_DAY, PSU_LAST_DAY), max_size=15))
def test_removing_a_session_never_adds_violations(sessions: list[PsuSession]) -> None:
    before = validate(sessions)
    if sessions:
        after = validate(sessions[1:])
        assert len(after.violations) <= len(before.violations)


@given(covered_days, st.integers(0, 80).map(lambda q: D(q) / 4))
def test_check_week_matches_the_cap(on: date, hours: Decimal) -> None:
    assert validate_week(hours, on).valid is (hours <= 10)


def test_weeks_are_checked_whole_in_a_schedule() -> None:
    monday = d("2020-03-02")
    week = [PsuSession(monday + timedelta(days=i), D(2)) for i in range(7)]
    assert validate(week).codes == ("psu.hours.weekly_maximum",)
    assert validate(week[:5]).valid


class TestImpossibleSessions:
    def test_the_same_session_twice_is_a_violation_and_is_not_paid_twice(self) -> None:
        once = [PsuSession(date(2024, 3, 4), D(5))]
        assert validate(once).valid
        twice = once * 2
        assert validate(twice).codes == ("psu.session.duplicated",)
        assert validate(twice).violations[0].observed_value == 1
        with pytest.raises(InvalidValue, match="more than once"):
            pay_for(twice)

    @pytest.mark.parametrize(("second", "valid"), [("4", True), ("4.25", False)])
    def test_a_day_holds_at_most_24_hours(self, second: str, valid: bool) -> None:
        # 20 h + 4 h on one day is 24 h (the weekly cap of 10 h is broken either way).
        day = date(2024, 3, 4)
        sessions = [PsuSession(day, D(20)), PsuSession(day, D(second))]
        codes = validate(sessions).codes
        assert ("psu.day.over_24_hours" in codes) is not valid
        assert "psu.hours.weekly_maximum" in codes

    def test_the_rate_refused_is_not_printed(self) -> None:
        with pytest.raises(InvalidValue) as caught:
            pay(10, date(2024, 6, 1), rate=D("1.23"))
        assert "1.23" not in str(caught.value)
        assert "12.34" not in repr(pay(10, date(2024, 6, 1), rate=D("13.00")))

    def test_a_payment_below_the_minimum_cannot_be_built(self) -> None:
        p = pay(10, date(2024, 6, 1))
        with pytest.raises(InvalidValue, match="minimum_rate"):
            attrs.evolve(p, rate=p.minimum_rate - D("0.01"))
        with pytest.raises(InvalidValue, match="pay"):
            attrs.evolve(p, pay=p.pay + D("0.01"))
