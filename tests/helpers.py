"""Shorthands the tests share: dates and ranges written as ISO text."""

from __future__ import annotations

from datetime import date
from typing import Any

from integra.people import HISTORIES, Person, Sex
from integra.periods import DateRange


def d(text: str) -> date:
    """The date written as ``YYYY-MM-DD``."""
    return date.fromisoformat(text)


def r(start: str, end: str | None = None) -> DateRange:
    """The inclusive range ``start .. end`` (open-ended without ``end``)."""
    return DateRange(d(start), None if end is None else d(end))


def collected(birth_date: date, sex: Sex, **fields: Any) -> Person:
    """A person whose every history was collected: each one not given is empty (``()``)."""
    for name in HISTORIES:
        fields.setdefault(name, ())
    return Person(birth_date, sex, **fields)
