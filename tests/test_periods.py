"""Tests of integra.periods: inclusive ranges, range sets, month and week arithmetic."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d, r
from integra.errors import InvalidRange, InvalidValue
from integra.periods import (
    DateRange,
    IsoWeek,
    MonthCounting,
    MonthEndPolicy,
    PartialWeekPolicy,
    RangeSet,
    WeekSlice,
    add_months,
    add_years,
    months_period,
    weeks_of,
)
from integra.strategies import date_ranges, dates

CLIP = MonthEndPolicy.CLIP
NEXT_DAY = MonthEndPolicy.NEXT_DAY


# --- DateRange ------------------------------------------------------------------------------------


class TestDateRangeValidation:
    def test_end_before_start_is_invalid_range(self) -> None:
        with pytest.raises(InvalidRange, match=r"DateRange\.end is before DateRange\.start"):
            DateRange(d("2024-05-01"), d("2024-04-30"))

    def test_one_day_range_is_valid(self) -> None:
        assert DateRange(d("2024-05-01"), d("2024-05-01")).days == 1
        assert DateRange.day(d("2024-05-01")) == r("2024-05-01", "2024-05-01")

    def test_datetime_start_is_refused(self) -> None:
        with pytest.raises(
            InvalidValue,
            match=r"DateRange\.start must be a datetime\.date, got datetime",
        ) as info:
            DateRange(datetime(2024, 1, 1, 12, 0))
        assert type(info.value) is InvalidValue

    def test_datetime_end_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match=r"DateRange\.end must be a datetime\.date or None"):
            DateRange(d("2024-01-01"), datetime(2024, 2, 1))

    def test_string_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match="got str"):
            DateRange("2024-01-01")  # type: ignore[arg-type]


class TestDateRangeDays:
    @pytest.mark.parametrize(
        ("start", "end", "days"),
        [
            ("2023-01-01", "2023-12-31", 365),
            ("2024-01-01", "2024-12-31", 366),
            ("2024-02-01", "2024-02-29", 29),
            ("2023-02-01", "2023-02-28", 28),
            ("1900-02-01", "1900-02-28", 28),  # 1900 is not a leap year
            ("2000-02-01", "2000-02-29", 29),  # 2000 is
            ("2024-03-06", "2024-03-20", 15),
            ("2022-06-01", "2024-05-31", 731),
        ],
    )
    def test_both_ends_are_counted(self, start: str, end: str, days: int) -> None:
        assert r(start, end).days == days

    def test_open_range_has_no_length(self) -> None:
        with pytest.raises(InvalidRange, match="open-ended"):
            _ = r("2024-01-01").days

    def test_last_and_is_open(self) -> None:
        assert r("2024-01-01").is_open and r("2024-01-01").last == date.max
        assert not r("2024-01-01", "2024-01-09").is_open
        assert r("2024-01-01", "2024-01-09").last == d("2024-01-09")

    def test_iter_days_crosses_a_leap_day(self) -> None:
        assert list(r("2024-02-27", "2024-03-01").iter_days()) == [
            d("2024-02-27"),
            d("2024-02-28"),
            d("2024-02-29"),
            d("2024-03-01"),
        ]
        assert list(r("2023-02-28", "2023-03-01").iter_days()) == [
            d("2023-02-28"),
            d("2023-03-01"),
        ]

    def test_iter_days_of_open_range_is_refused(self) -> None:
        with pytest.raises(InvalidRange):
            next(r("2024-01-01").iter_days())

    def test_str(self) -> None:
        assert str(r("2024-01-01", "2024-01-31")) == "2024-01-01..2024-01-31"
        assert str(r("2024-01-01")) == "2024-01-01.."


class TestDateRangeRelations:
    def test_containment_includes_both_ends(self) -> None:
        jan = r("2024-01-01", "2024-01-31")
        assert d("2024-01-01") in jan
        assert d("2024-01-31") in jan
        assert d("2023-12-31") not in jan
        assert d("2024-02-01") not in jan
        assert jan.contains(d("2024-01-15"))
        assert not jan.contains(d("2024-02-15"))

    def test_open_range_contains_everything_from_its_start(self) -> None:
        ongoing = r("2024-01-10")
        assert d("2024-01-10") in ongoing
        assert d("9999-12-31") in ongoing
        assert d("2024-01-09") not in ongoing

    def test_datetime_is_refused_with_a_clear_error(self) -> None:
        with pytest.raises(InvalidValue, match="datetime"):
            _ = datetime(2024, 1, 15, 8, 30) in r("2024-01-01", "2024-01-31")

    def test_non_dates_are_not_contained(self) -> None:
        assert "2024-01-15" not in r("2024-01-01", "2024-01-31")
        assert None not in r("2024-01-01")

    def test_overlaps(self) -> None:
        jan = r("2024-01-01", "2024-01-31")
        assert jan.overlaps(r("2024-01-31", "2024-02-05"))  # one shared day
        assert not jan.overlaps(r("2024-02-01", "2024-02-05"))  # adjacent, not overlapping
        assert not r("2024-02-01", "2024-02-05").overlaps(jan)
        assert jan.overlaps(r("2023-01-01"))
        assert r("2023-01-01").overlaps(r("2030-01-01"))
        assert not r("2025-01-01").overlaps(jan)

    def test_intersection(self) -> None:
        jan = r("2024-01-01", "2024-01-31")
        assert jan.intersection(r("2024-01-20")) == r("2024-01-20", "2024-01-31")
        assert jan.intersection(r("2023-12-01", "2024-01-05")) == r("2024-01-01", "2024-01-05")
        assert jan.intersection(r("2024-02-01")) is None
        assert r("2024-01-01").intersection(r("2024-03-01")) == r("2024-03-01")
        assert r("2024-01-01").intersection(r("2020-01-01", "2024-01-01")) == r(
            "2024-01-01", "2024-01-01"
        )

    def test_clip_to_window(self) -> None:
        window = r("2023-01-01", "2024-12-31")
        assert r("2022-07-01", "2023-01-10").clip(window) == r("2023-01-01", "2023-01-10")
        assert r("2020-01-01").clip(window) == window
        assert r("2025-01-01").clip(window) is None

    def test_covers(self) -> None:
        year = r("2024-01-01", "2024-12-31")
        assert year.covers(r("2024-06-01", "2024-06-30"))
        assert year.covers(year)
        assert not year.covers(r("2023-12-31", "2024-01-31"))
        assert not year.covers(r("2024-06-01"))
        assert r("2024-01-01").covers(r("2030-01-01"))
        assert r("2024-01-01").covers(r("2024-06-01", "2024-06-01"))


# --- RangeSet -------------------------------------------------------------------------------------


class TestRangeSetNormalisation:
    def test_overlapping_ranges_merge(self) -> None:
        s = RangeSet.of(r("2024-01-05", "2024-01-20"), r("2024-01-01", "2024-01-10"))
        assert s.ranges == (r("2024-01-01", "2024-01-20"),)
        assert s.days == 20

    def test_adjacent_ranges_merge(self) -> None:
        s = RangeSet.of(r("2024-01-01", "2024-01-10"), r("2024-01-11", "2024-01-20"))
        assert s.ranges == (r("2024-01-01", "2024-01-20"),)

    def test_one_day_gap_keeps_ranges_apart(self) -> None:
        s = RangeSet.of(r("2024-01-12", "2024-01-20"), r("2024-01-01", "2024-01-10"))
        assert s.ranges == (
            r("2024-01-01", "2024-01-10"),
            r("2024-01-12", "2024-01-20"),
        )
        assert len(s) == 2
        assert s.days == 19
        assert d("2024-01-11") not in s
        assert d("2024-01-12") in s

    def test_contained_range_is_absorbed(self) -> None:
        assert RangeSet.of(r("2024-01-01", "2024-01-31"), r("2024-01-05", "2024-01-10")).ranges == (
            r("2024-01-01", "2024-01-31"),
        )

    def test_open_range_absorbs_later_ranges(self) -> None:
        s = RangeSet.of(r("2024-01-01"), r("2024-02-01", "2024-02-10"), r("2025-01-01"))
        assert s.ranges == (r("2024-01-01"),)

    def test_closed_range_merging_into_open_one_gives_open_range(self) -> None:
        assert RangeSet.of(r("2024-01-01", "2024-01-10"), r("2024-01-05")).ranges == (
            r("2024-01-01"),
        )
        assert RangeSet.of(r("2024-01-01", "2024-01-10"), r("2024-01-11")).ranges == (
            r("2024-01-01"),
        )

    def test_empty(self) -> None:
        assert RangeSet.of().is_empty
        assert RangeSet().days == 0
        assert not RangeSet.of(r("2024-01-01")).is_empty
        assert list(RangeSet.of(r("2024-01-01"))) == [r("2024-01-01")]

    def test_days_of_unbounded_set_is_refused(self) -> None:
        with pytest.raises(InvalidRange):
            _ = RangeSet.of(r("2024-01-01")).days


class TestRangeSetAlgebra:
    # A: January and March 2024 (31 + 31 = 62 days); C: 15 January to 10 March.
    A = RangeSet.of(r("2024-01-01", "2024-01-31"), r("2024-03-01", "2024-03-31"))
    C = RangeSet.of(r("2024-01-15", "2024-03-10"))

    def test_union(self) -> None:
        union = self.A | self.C
        assert union.ranges == (r("2024-01-01", "2024-03-31"),)
        assert union.days == 91

    def test_intersection(self) -> None:
        common = self.A & self.C
        assert common.ranges == (
            r("2024-01-15", "2024-01-31"),
            r("2024-03-01", "2024-03-10"),
        )
        assert common.days == 17 + 10

    def test_difference(self) -> None:
        rest = self.A - self.C
        assert rest.ranges == (
            r("2024-01-01", "2024-01-14"),
            r("2024-03-11", "2024-03-31"),
        )
        assert rest.days == 14 + 21
        assert rest.days + (self.A & self.C).days == self.A.days

    def test_intersection_with_open_sets(self) -> None:
        assert (RangeSet.of(r("2024-01-01")) & RangeSet.of(r("2024-06-01"))).ranges == (
            r("2024-06-01"),
        )
        assert (self.A & RangeSet.of(r("2024-03-20"))).days == 12

    def test_subtract_several_holes_from_one_range(self) -> None:
        year = RangeSet.of(r("2024-01-01", "2024-12-31"))
        rest = year.subtract(r("2024-03-01", "2024-03-31"), r("2024-08-01", "2024-08-31"))
        assert rest.ranges == (
            r("2024-01-01", "2024-02-29"),
            r("2024-04-01", "2024-07-31"),
            r("2024-09-01", "2024-12-31"),
        )
        assert rest.days == 366 - 31 - 31

    def test_subtract_open_hole(self) -> None:
        year = RangeSet.of(r("2024-01-01", "2024-12-31"))
        assert year.subtract(r("2024-07-01")).days == 31 + 29 + 31 + 30 + 31 + 30

    def test_subtract_from_open_set(self) -> None:
        ongoing = RangeSet.of(r("2024-01-01"))
        assert ongoing.subtract(r("2024-02-01", "2024-02-29")).ranges == (
            r("2024-01-01", "2024-01-31"),
            r("2024-03-01"),
        )

    def test_subtract_hole_outside_leaves_set_unchanged(self) -> None:
        assert self.A.subtract(r("2025-01-01", "2025-12-31")) == self.A
        assert self.A.subtract(r("2023-01-01", "2023-12-31")) == self.A
        assert self.A.subtract(r("2024-02-01", "2024-02-29")) == self.A
        assert self.A.subtract() == self.A

    def test_subtract_everything(self) -> None:
        assert self.A.subtract(r("2023-01-01")).is_empty

    def test_clip(self) -> None:
        assert RangeSet.of(r("2020-01-01")).clip(r("2024-01-01", "2024-01-31")).days == 31
        assert self.A.clip(r("2024-01-20", "2024-03-05")).ranges == (
            r("2024-01-20", "2024-01-31"),
            r("2024-03-01", "2024-03-05"),
        )
        assert self.A.clip(r("2025-01-01")).is_empty


class TestDaysWithin:
    def test_window_cuts_spells_at_both_ends(self) -> None:
        spells = RangeSet.of(r("2021-03-01", "2022-08-31"), r("2023-11-01"))
        last_two_years = r("2022-06-01", "2024-05-31")
        # 1 June - 31 August 2022: 30 + 31 + 31; 1 November 2023 - 31 May 2024: 30+31+31+29+31+30+31.
        assert spells.days_within(last_two_years) == 92 + 213

    def test_spell_inside_window_counts_whole(self) -> None:
        spells = RangeSet.of(r("2022-06-01", "2023-06-30"))
        assert spells.days_within(r("2022-01-01", "2024-12-31")) == 395
        assert spells.days_within(r("2023-01-01", "2024-12-31")) == 181

    def test_spells_outside_window_count_nothing(self) -> None:
        spells = RangeSet.of(r("2010-01-01", "2010-12-31"), r("2030-01-01"))
        assert spells.days_within(r("2020-01-01", "2021-12-31")) == 0

    def test_open_window_is_refused(self) -> None:
        with pytest.raises(InvalidRange, match="closed window"):
            RangeSet.of(r("2020-01-01")).days_within(r("2024-01-01"))


class TestDaysBetween:
    def test_counts_days_between_two_dates(self) -> None:
        spells = RangeSet.of(r("2021-03-01", "2022-08-31"), r("2023-11-01"))
        assert spells.days_between(d("2022-06-01"), d("2024-05-31")) == 92 + 213
        assert spells.days_between(d("2024-03-01"), d("2024-03-31")) == 31
        assert spells.days_between(d("2022-09-01"), d("2023-10-31")) == 0

    def test_reversed_bounds_count_nothing(self) -> None:
        assert RangeSet.of(r("2020-01-01")).days_between(d("2024-01-31"), d("2024-01-01")) == 0


class TestRangeContaining:
    s = RangeSet.of(
        r("2024-01-01", "2024-01-10"),
        r("2024-01-05", "2024-01-31"),
        r("2024-03-01", "2024-03-31"),
    )

    def test_returns_the_maximal_range(self) -> None:
        assert self.s.range_containing(d("2024-01-15")) == r("2024-01-01", "2024-01-31")
        assert self.s.range_containing(d("2024-03-31")) == r("2024-03-01", "2024-03-31")

    def test_outside_gives_none(self) -> None:
        assert self.s.range_containing(d("2023-12-31")) is None  # before every range
        assert self.s.range_containing(d("2024-02-15")) is None  # in the gap
        assert self.s.range_containing(d("2024-04-01")) is None  # after every range


# --- Months ---------------------------------------------------------------------------------------


class TestAddMonths:
    @pytest.mark.parametrize(
        ("day", "months", "policy", "expected"),
        [
            ("2024-01-31", 1, CLIP, "2024-02-29"),  # leap year
            ("2023-01-31", 1, CLIP, "2023-02-28"),  # common year
            ("2024-01-31", 1, NEXT_DAY, "2024-03-01"),
            ("2023-01-31", 1, NEXT_DAY, "2023-03-01"),
            ("2023-01-29", 1, NEXT_DAY, "2023-03-01"),
            ("2024-01-29", 1, NEXT_DAY, "2024-02-29"),  # the day exists: no shift
            ("2024-03-31", 1, CLIP, "2024-04-30"),
            ("2024-03-31", 1, NEXT_DAY, "2024-05-01"),
            ("2024-01-15", 1, NEXT_DAY, "2024-02-15"),
            ("2024-03-31", -1, CLIP, "2024-02-29"),
            ("2024-03-31", -1, NEXT_DAY, "2024-03-01"),
            ("2023-03-31", -1, CLIP, "2023-02-28"),
            ("2024-05-31", -1, CLIP, "2024-04-30"),
            ("2024-01-15", -2, CLIP, "2023-11-15"),
            ("2024-01-31", 0, CLIP, "2024-01-31"),
            ("2023-12-31", 2, CLIP, "2024-02-29"),
            ("2024-08-31", 18, CLIP, "2026-02-28"),
        ],
    )
    def test_month_ends(self, day: str, months: int, policy: MonthEndPolicy, expected: str) -> None:
        assert add_months(d(day), months, policy) == d(expected)

    def test_default_policy_is_clip(self) -> None:
        assert add_months(d("2023-01-31"), 1) == d("2023-02-28")

    @pytest.mark.parametrize(
        ("day", "years", "policy", "expected"),
        [
            ("2024-02-29", 1, CLIP, "2025-02-28"),
            ("2024-02-29", 1, NEXT_DAY, "2025-03-01"),
            ("2024-02-29", 4, CLIP, "2028-02-29"),
            ("2024-02-29", 4, NEXT_DAY, "2028-02-29"),
            ("2024-02-29", -1, CLIP, "2023-02-28"),
            ("2024-02-29", -2, NEXT_DAY, "2022-03-01"),
            ("2000-02-29", 100, CLIP, "2100-02-28"),  # 2100 is not a leap year
            ("2023-06-15", 2, CLIP, "2025-06-15"),
        ],
    )
    def test_add_years(self, day: str, years: int, policy: MonthEndPolicy, expected: str) -> None:
        assert add_years(d(day), years, policy) == d(expected)


class TestMonthsPeriod:
    def test_two_months_from_the_first(self) -> None:
        assert months_period(d("2024-03-01"), 2) == r("2024-03-01", "2024-04-30")

    def test_twelve_months_is_a_year(self) -> None:
        assert months_period(d("2022-02-15"), 12) == r("2022-02-15", "2023-02-14")
        assert months_period(d("2022-02-15"), 12).days == 365

    def test_end_of_month_start(self) -> None:
        assert months_period(d("2024-01-15"), 1) == r("2024-01-15", "2024-02-14")
        assert months_period(d("2023-12-31"), 2, NEXT_DAY) == r("2023-12-31", "2024-02-29")

    def test_at_least_one_month(self) -> None:
        with pytest.raises(InvalidValue, match="months must be at least 1, got 0"):
            months_period(d("2024-01-01"), 0)

    def test_clip_period_from_month_end_reaches_last_day(self) -> None:
        # KC art. 112: no corresponding day in the last month, so the period ends on its last day.
        assert months_period(d("2023-12-31"), 2, CLIP) == r("2023-12-31", "2024-02-29")
        assert months_period(d("2023-01-30"), 1, CLIP) == r("2023-01-30", "2023-02-28")
        assert months_period(d("2024-02-29"), 12, CLIP) == r("2024-02-29", "2025-02-28")
        assert months_period(d("2024-01-29"), 1, CLIP) == r("2024-01-29", "2024-02-28")

    @given(dates(date(1990, 1, 1), date(2040, 12, 31)), st.integers(1, 36))
    def test_both_policies_give_the_same_period(self, start: date, months: int) -> None:
        assert months_period(start, months, CLIP) == months_period(start, months, NEXT_DAY)

    @given(dates(date(1990, 1, 1), date(2040, 12, 31)), st.integers(1, 36))
    def test_consecutive_periods_tile_the_calendar(self, start: date, months: int) -> None:
        whole = months_period(start, months + 1)
        assert months_period(start, months).last < whole.last


class TestMonthCounting:
    @pytest.mark.parametrize(
        ("counting", "months", "days"),
        [
            (MonthCounting.CIVIL_CODE, 12, Fraction(360)),
            (MonthCounting.CIVIL_CODE, 6, Fraction(180)),
            (MonthCounting.CIVIL_CODE, 24, Fraction(720)),
            (MonthCounting.CIVIL_CODE, 0, Fraction(0)),
            (MonthCounting.YEAR_365, 12, Fraction(365)),
            (MonthCounting.YEAR_365, 6, Fraction(365, 2)),
            (MonthCounting.YEAR_365, 1, Fraction(365, 12)),
        ],
    )
    def test_days_in(self, counting: MonthCounting, months: int, days: Fraction) -> None:
        assert counting.days_in(months) == days

    def test_more_than_twelve_months(self) -> None:
        # 361 days are more than 12 months under the Civil Code, not under a 365-day year.
        assert MonthCounting.CIVIL_CODE.days_in(12) < 361
        assert not MonthCounting.YEAR_365.days_in(12) < 361


# --- Weeks ----------------------------------------------------------------------------------------


class TestIsoWeek:
    def test_year_boundary(self) -> None:
        assert IsoWeek.of(d("2024-12-30")) == IsoWeek(2025, 1)
        assert IsoWeek.of(d("2024-12-29")) == IsoWeek(2024, 52)
        assert IsoWeek.of(d("2021-01-01")) == IsoWeek(2020, 53)
        assert IsoWeek.of(d("2024-01-01")) == IsoWeek(2024, 1)

    def test_week_53(self) -> None:
        assert IsoWeek(2020, 53).range == r("2020-12-28", "2021-01-03")
        with pytest.raises(InvalidValue, match=r"IsoWeek\.week 53 does not exist in ISO year 2021"):
            IsoWeek(2021, 53)

    @pytest.mark.parametrize(("year", "week"), [(2024, 0), (2024, 54), (0, 1), (10_000, 1)])
    def test_impossible_weeks(self, year: int, week: int) -> None:
        with pytest.raises(InvalidValue):
            IsoWeek(year, week)

    def test_range_is_monday_to_sunday(self) -> None:
        week = IsoWeek(2024, 9).range
        assert week == r("2024-02-26", "2024-03-03")
        assert week.start.weekday() == 0 and week.last.weekday() == 6

    def test_order_and_str(self) -> None:
        assert IsoWeek(2024, 52) < IsoWeek(2025, 1) < IsoWeek(2025, 2)
        assert str(IsoWeek(2020, 53)) == "2020-W53"
        assert str(IsoWeek(2025, 1)) == "2025-W01"


class TestWeeksOf:
    # 2024-03-06 is a Wednesday, 2024-03-20 too.
    slices = weeks_of(r("2024-03-06", "2024-03-20"))

    def test_slices(self) -> None:
        assert [s.week for s in self.slices] == [
            IsoWeek(2024, 10),
            IsoWeek(2024, 11),
            IsoWeek(2024, 12),
        ]
        assert [s.days for s in self.slices] == [
            r("2024-03-06", "2024-03-10"),
            r("2024-03-11", "2024-03-17"),
            r("2024-03-18", "2024-03-20"),
        ]
        assert [s.is_partial for s in self.slices] == [True, False, True]
        assert [s.workdays for s in self.slices] == [3, 5, 3]

    def test_slices_across_new_year(self) -> None:
        slices = weeks_of(r("2024-12-28", "2025-01-06"))
        assert [str(s.week) for s in slices] == ["2024-W52", "2025-W01", "2025-W02"]
        assert [s.days.days for s in slices] == [2, 7, 1]
        assert [s.workdays for s in slices] == [0, 5, 1]

    def test_single_day(self) -> None:
        (only,) = weeks_of(DateRange.day(d("2024-03-10")))
        assert only.week == IsoWeek(2024, 10)
        assert only.is_partial and only.workdays == 0

    def test_whole_week_is_not_partial(self) -> None:
        (only,) = weeks_of(IsoWeek(2024, 11).range)
        assert not only.is_partial
        assert only.workdays == 5

    def test_open_period_is_refused(self) -> None:
        with pytest.raises(InvalidRange, match="closed period"):
            weeks_of(r("2024-01-01"))


class TestPartialWeekPolicy:
    first, whole, last = weeks_of(r("2024-03-06", "2024-03-20"))
    weekend = WeekSlice(IsoWeek(2024, 10), r("2024-03-09", "2024-03-10"))
    monday = WeekSlice(IsoWeek(2024, 11), r("2024-03-11", "2024-03-11"))
    ten = Decimal(10)

    @pytest.mark.parametrize(
        ("policy", "first", "whole", "weekend", "monday"),
        [
            (
                PartialWeekPolicy.PRORATE,
                Decimal(6),
                Decimal(10),
                Decimal(0),
                Decimal(2),
            ),
            (
                PartialWeekPolicy.FULL,
                Decimal(10),
                Decimal(10),
                Decimal(10),
                Decimal(10),
            ),
            (PartialWeekPolicy.SKIP, None, Decimal(10), None, None),
        ],
    )
    def test_minimum_for(
        self,
        policy: PartialWeekPolicy,
        first: Decimal | None,
        whole: Decimal,
        weekend: Decimal | None,
        monday: Decimal | None,
    ) -> None:
        assert policy.minimum_for(self.first, self.ten) == first
        assert (
            policy.minimum_for(self.last, self.ten) == first
        )  # Monday to Wednesday: also 3 workdays
        assert policy.minimum_for(self.whole, self.ten) == whole
        assert policy.minimum_for(self.weekend, self.ten) == weekend
        assert policy.minimum_for(self.monday, self.ten) == monday

    def test_prorated_minimum_keeps_decimal_precision(self) -> None:
        result = PartialWeekPolicy.PRORATE.minimum_for(self.monday, Decimal("7.5"))
        assert result == Decimal("1.5")
        assert isinstance(result, Decimal)


# --- Properties -----------------------------------------------------------------------------------

_WINDOW = r("2024-01-01", "2024-03-31")
_small_ranges = date_ranges(date(2024, 1, 1), date(2024, 3, 31), max_days=40, open_ended=False)
small_sets = st.lists(_small_ranges, max_size=5).map(RangeSet)
bounded_sets = st.lists(date_ranges(max_days=600, open_ended=False), max_size=5).map(RangeSet)
any_sets = st.lists(
    date_ranges(date(2020, 1, 1), date(2024, 12, 31), max_days=600), max_size=5
).map(RangeSet)


def days_of(s: RangeSet) -> set[date]:
    return {day for part in s for day in part.iter_days()}


class TestRangeSetProperties:
    @given(small_sets, small_sets)
    def test_operations_agree_with_sets_of_days(self, a: RangeSet, b: RangeSet) -> None:
        assert days_of(a | b) == days_of(a) | days_of(b)
        assert days_of(a & b) == days_of(a) & days_of(b)
        assert days_of(a - b) == days_of(a) - days_of(b)
        assert (a & b).days == len(days_of(a) & days_of(b))

    @given(any_sets, any_sets)
    def test_union_and_intersection_commute(self, a: RangeSet, b: RangeSet) -> None:
        assert a | b == b | a
        assert a & b == b & a

    @given(any_sets, any_sets, any_sets)
    def test_union_and_intersection_associate(self, a: RangeSet, b: RangeSet, c: RangeSet) -> None:
        assert (a | b) | c == a | (b | c)
        assert (a & b) & c == a & (b & c)

    @given(any_sets, any_sets)
    def test_difference_is_disjoint_from_subtrahend(self, a: RangeSet, b: RangeSet) -> None:
        assert ((a - b) & b).is_empty

    @given(any_sets, any_sets)
    def test_difference_and_intersection_rebuild_the_set(self, a: RangeSet, b: RangeSet) -> None:
        assert (a - b) | (a & b) == a

    @given(bounded_sets, bounded_sets)
    def test_days_are_additive(self, a: RangeSet, b: RangeSet) -> None:
        assert (a | b).days == a.days + b.days - (a & b).days
        assert a.days == (a - b).days + (a & b).days

    @given(any_sets)
    def test_normalisation_is_idempotent(self, a: RangeSet) -> None:
        assert RangeSet(a.ranges) == a
        assert RangeSet(a.ranges + a.ranges) == a
        for first, second in itertools.pairwise(a.ranges):
            # Sorted, disjoint and not adjacent: at least one day lies between consecutive ranges.
            assert first.end is not None
            assert second.start > first.end + timedelta(days=1)

    @given(small_sets, _small_ranges)
    def test_days_within_counts_days_in_window(self, a: RangeSet, window: DateRange) -> None:
        assert a.days_within(window) == len(days_of(a) & set(window.iter_days()))
        assert a.days_within(window) == a.clip(window).days

    @given(small_sets, _small_ranges)
    def test_days_between_agrees_with_days_within(self, a: RangeSet, window: DateRange) -> None:
        assert window.end is not None
        assert a.days_between(window.start, window.end) == a.days_within(window)

    @given(small_sets, dates(date(2023, 12, 1), date(2024, 4, 30)))
    def test_range_containing_agrees_with_membership(self, a: RangeSet, day: date) -> None:
        found = a.range_containing(day)
        assert (found is not None) == (day in a)
        if found is not None:
            assert found in a.ranges and day in found


class TestMonthProperties:
    @given(
        dates(date(1950, 1, 1), date(2100, 12, 31)),
        st.integers(-600, 600),
        st.sampled_from(MonthEndPolicy),
    )
    def test_round_trip_where_the_day_exists(
        self, day: date, months: int, policy: MonthEndPolicy
    ) -> None:
        if day.day <= 28:
            assert add_months(add_months(day, months, policy), -months, policy) == day

    @given(dates(date(1950, 1, 1), date(2100, 12, 31)), st.integers(-600, 600))
    def test_clip_lands_in_target_month(self, day: date, months: int) -> None:
        shifted = add_months(day, months, CLIP)
        assert (shifted.year * 12 + shifted.month) - (day.year * 12 + day.month) == months
        assert shifted.day == day.day or (
            shifted.day < day.day and (shifted + timedelta(days=1)).day == 1
        )
        following = add_months(day, months, NEXT_DAY)
        assert following == shifted or following == shifted + timedelta(days=1)

    @given(dates(date(1950, 1, 1), date(2100, 12, 31)), st.integers(1, 36))
    def test_months_period_is_contiguous(self, start: date, months: int) -> None:
        period = months_period(start, months)
        assert period.start == start
        assert period.end is not None
        # The period ends the day before the same date n months on; where that date does not
        # exist, no later than the last day of the month.
        assert add_months(start, months) - timedelta(days=1) <= period.end
        assert period.end <= add_months(start, months, NEXT_DAY) - timedelta(days=1)


def test_a_week_slice_holds_only_days_of_its_week() -> None:
    from integra.errors import InvalidRange
    from integra.periods import IsoWeek, WeekSlice

    week = IsoWeek(2024, 2)  # 2024-01-08 .. 2024-01-14
    assert WeekSlice(week, DateRange(date(2024, 1, 8), date(2024, 1, 14))).days.days == 7
    with pytest.raises(InvalidRange, match=r"within WeekSlice\.week"):
        WeekSlice(week, DateRange(date(2024, 1, 7), date(2024, 1, 14)))
    with pytest.raises(InvalidRange, match=r"within WeekSlice\.week"):
        WeekSlice(week, DateRange(date(2024, 1, 8), date(2024, 1, 15)))
