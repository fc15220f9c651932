"""Days as integers: the columnar path counts days from 1970-01-01 (numpy's ``datetime64[D]``
epoch), and an open end is a day far beyond any real date."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

EPOCH = date(1970, 1, 1)
OPEN = 2**30
"""The day number of an open end (still running): later than ``date.max``."""

DAY = np.int32


def day_number(day: date) -> int:
    """The day number of ``day``.

    Examples:
        >>> day_number(date(1970, 1, 2))
        1
    """
    return day.toordinal() - 719163


def from_day_number(number: int) -> date:
    """The date of day ``number``.

    Examples:
        >>> from_day_number(19723)
        datetime.date(2024, 1, 1)
    """
    return date.fromordinal(int(number) + 719163)


def split(days: Any) -> tuple[Any, Any, Any]:
    """Year, month (1-12) and day of month of an array of day numbers.

    Examples:
        >>> [a.tolist() for a in split(np.array([19782]))]
        [[2024], [2], [29]]
    """
    d = np.asarray(days).astype("datetime64[D]")
    months = d.astype("datetime64[M]")
    years = months.astype("datetime64[Y]")
    year = years.astype(np.int64) + 1970
    month = (months - years).astype(np.int64) + 1
    dom = (d - months).astype(np.int64) + 1
    return year, month, dom


def add_months(days: Any, months: int) -> tuple[Any, Any]:
    """``days`` shifted by ``months`` calendar months, clipped to the end of shorter months
    (as [`add_months`][integra.periods.add_months] with ``MonthEndPolicy.CLIP``), and whether
    each was clipped.

    Examples:
        >>> shifted, clipped = add_months(np.array([day_number(date(2023, 8, 31))]), 6)
        >>> from_day_number(shifted[0]), bool(clipped[0])
        (datetime.date(2024, 2, 29), True)
    """
    d = np.asarray(days, dtype=np.int64).astype("datetime64[D]")
    month_start = d.astype("datetime64[M]")
    dom = (d - month_start).astype(np.int64)
    target = month_start + np.timedelta64(months, "M")
    length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - target).astype(np.int64)
    clipped = dom >= length
    shifted = target.astype("datetime64[D]").astype(np.int64) + np.minimum(dom, length - 1)
    return shifted, clipped


def months_period_last(days: Any, months: int) -> Any:
    """The last day of the period of ``months`` calendar months beginning on each of ``days``
    (as [`months_period`][integra.periods.months_period]: the day before the corresponding day,
    or the last day of the month when it has no such day).

    Examples:
        >>> from_day_number(months_period_last(np.array([day_number(date(2023, 8, 31))]), 6)[0])
        datetime.date(2024, 2, 29)
        >>> from_day_number(months_period_last(np.array([day_number(date(2024, 1, 15))]), 6)[0])
        datetime.date(2024, 7, 14)
    """
    shifted, clipped = add_months(days, months)
    return np.where(clipped, shifted, shifted - 1)
