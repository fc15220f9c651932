"""Field converters shared by the attrs classes (typed loosely on input so that lists, sets and
generators are accepted; validators check the items)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Any iterable as a tuple."""
    return value if isinstance(value, tuple) else tuple(value)


def as_frozenset(value: Iterable[Any]) -> frozenset[Any]:
    """Any iterable as a frozenset."""
    return value if isinstance(value, frozenset) else frozenset(value)
