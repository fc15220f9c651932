"""Month arithmetic agrees with python-dateutil, the reference implementation it replaces in the
hot path (see the note in integra.periods)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from integra.periods import MonthEndPolicy, add_months, add_years

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
shifts = st.integers(min_value=-1200, max_value=1200)


@given(days, shifts)
def test_clip_policy_is_relativedelta(day: date, months: int) -> None:
    assert add_months(day, months) == day + relativedelta(months=months)


@given(days, shifts)
def test_next_day_policy_moves_only_clipped_dates(day: date, months: int) -> None:
    reference = day + relativedelta(months=months)
    expected = reference if reference.day == day.day else reference + timedelta(days=1)
    assert add_months(day, months, MonthEndPolicy.NEXT_DAY) == expected


@given(days, st.integers(min_value=-100, max_value=100))
def test_years_are_twelve_months(day: date, years: int) -> None:
    assert add_years(day, years) == day + relativedelta(years=years)


def test_month_ends_by_hand() -> None:
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 1, 31), 1, MonthEndPolicy.NEXT_DAY) == date(2024, 3, 1)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert add_months(date(2025, 1, 15), -1) == date(2024, 12, 15)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(1900, 2, 28), 100) == date(2000, 2, 28)
