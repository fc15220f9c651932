"""Hours of a session or a day, as every programme takes them: a ``Decimal`` or an ``int``
(exact), never a ``float`` or a ``bool``; stored as ``Decimal``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, format_date
from integra.programmes import _text
from integra.programmes.violations import Violation

_MAX_DAY_HOURS = Decimal(24)


def as_hours(value: Decimal | int) -> Decimal:
    """An ``int`` becomes the same ``Decimal``; anything else is left for the validator (the
    signature is what type checkers hold callers to)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value  # type: ignore[return-value]  # a float or a bool: the validator refuses it


def day_hours(owner: str) -> Callable[[object, attrs.Attribute[Decimal], Any], None]:
    """A validator of the hours of one day: more than 0 and at most 24."""

    def check(instance: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
        if not isinstance(value, Decimal):
            raise InvalidValue(
                f"{owner}.{attribute.name} must be a Decimal or an int (not float), "
                f"got {type(value).__name__}"
            )
        if not value.is_finite() or value <= 0 or value > _MAX_DAY_HOURS:
            raise InvalidValue(f"{owner}.{attribute.name} must be more than 0 and at most 24")

    return check


def over_a_day(code: str, per_day: Mapping[date, Decimal], pl: str, en: str) -> list[Violation]:
    """A violation ``code`` for each day, in order, whose hours add up to more than 24: no
    record can make a day longer than a day. ``pl`` and ``en`` name what was more than 24 hours
    (e.g. "więcej niż 24 godziny pracy w jednym dniu")."""
    return [
        Violation(
            code,
            Label(pl=pl, en=en),
            Label(
                pl=f"{_text.hours(hours, 'pl')} w dniu {format_date(day, 'pl')}",
                en=f"{_text.hours(hours, 'en')} on {day.isoformat()}",
            ),
            Label(pl="najwyżej 24 h w dniu", en="at most 24 h a day"),
            None,
            observed_value=hours,
            required_value=_MAX_DAY_HOURS,
        )
        for day, hours in sorted(per_day.items())
        if hours > _MAX_DAY_HOURS
    ]
