"""Shared building blocks of the people modules: labelled enums and field validators."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

import attrs

from integra.errors import InvalidRange, InvalidValue
from integra.periods import DateRange


def _is_date(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[date], value: date) -> None:
        if type(value) is not date:
            raise InvalidValue(f"{owner}.{attribute.name} must be a datetime.date")

    return check


def _is(kind: type, owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidValue(f"{owner}.{attribute.name} must be a {kind.__name__}")

    return check


def _each(kind: type, owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Sequence[Any]) -> None:
        if not isinstance(value, tuple):
            raise InvalidValue(f"{owner}.{attribute.name} must be a list or tuple of records")
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidValue(f"{owner}.{attribute.name}[{index}] must be a {kind.__name__}")

    return check


def _within(owner: str, inner_name: str) -> Any:
    """Validator: every item's ``period`` lies inside the owner's ``period``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Sequence[Any]) -> None:
        for index, item in enumerate(value):
            if not instance.period.covers(item.period):
                raise InvalidRange(
                    f"{owner}.{attribute.name}[{index}] is not within {owner}.{inner_name}"
                )

    return check


def _optional_text(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidValue(f"{owner}.{attribute.name} must be a non-empty string or None")

    return check


def _text(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValue(f"{owner}.{attribute.name} must be a non-empty string")

    return check


def _no_overlaps(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Sequence[Any]) -> None:
        ordered = sorted(range(len(value)), key=lambda i: value[i].period.start)
        for previous, current in pairwise(ordered):
            if value[previous].period.overlaps(value[current].period):
                raise InvalidRange(
                    f"{owner}.{attribute.name}[{current}] overlaps {attribute.name}[{previous}]"
                )

    return check


def _periods(items: Iterable[Any]) -> Iterable[DateRange]:
    for item in items:
        yield item.period
