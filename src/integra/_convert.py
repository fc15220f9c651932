"""Field converters shared by the attrs classes (typed loosely on input so that lists, sets and
generators are accepted; validators check the items).

Text and mappings are refused where a collection is expected: iterating ``"Centrum"`` would give
seven one-letter items and iterating ``{}`` no items at all, neither of which the caller meant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from integra.errors import InvalidValue


def _check_collection(value: Any, where: str) -> None:
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidValue(f"{where} must be a list or tuple of items")


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Any iterable (but text or a mapping) as a tuple."""
    if isinstance(value, tuple):
        return value
    _check_collection(value, "a collection")
    return tuple(value)


def as_frozenset(value: Iterable[Any]) -> frozenset[Any]:
    """Any iterable (but text or a mapping) as a frozenset."""
    if isinstance(value, frozenset):
        return value
    _check_collection(value, "a collection")
    return frozenset(value)


def optional_frozenset(value: Iterable[Any] | None) -> frozenset[Any] | None:
    """``None`` kept (not recorded), any iterable (but text or a mapping) as a frozenset."""
    return None if value is None else as_frozenset(value)


def optional_tuple(value: Iterable[Any] | None) -> tuple[Any, ...] | None:
    """``None`` kept (a history not collected), a collection as a tuple; anything else is passed
    through unchanged for the field's validator to refuse by name."""
    if value is None or isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]
    return tuple(value)
