"""Conversion of every integra type to JSON-compatible primitives and back.

[`converter`][integra.serialization.converter] is one preconfigured cattrs converter: dates become
ISO strings (``"2024-05-01"``), money and hours become decimal strings (``"776.00"``) so that no
grosz is lost to floating point, enums become their values, tuples and sets become lists (sets
sorted, so output is stable). Structuring a bad document raises
[`ConversionError`][integra.errors.ConversionError] naming every wrong field by its path; the
message never repeats the values, which may be personal data.

Examples:
    >>> import json
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> person = Person(date(1990, 5, 1), Sex.FEMALE, registrations=[Registration(DateRange(date(2024, 1, 2)))])
    >>> document = converter.unstructure(person)
    >>> document["registrations"][0]["period"]
    {'start': '2024-01-02', 'end': None}
    >>> converter.structure(json.loads(json.dumps(document)), Person) == person
    True
    >>> converter.structure({"birth_date": "1990-02-30", "sex": "X"}, Person)
    Traceback (most recent call last):
    ...
    integra.errors.ConversionError: cannot build Person: $.birth_date: expected an ISO date (YYYY-MM-DD); $.sex: expected one of F, M
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from integra.errors import ConversionError, IntegraError

__all__ = ["IntegraConverter", "converter"]

T = TypeVar("T")


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, date) and type(value) is date:
        return value
    if not isinstance(value, str):
        raise TypeError("expected an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError("expected an ISO date (YYYY-MM-DD)") from None


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        # Floats are refused: 0.1 cannot be represented exactly and money must not drift.
        raise TypeError("expected a decimal number written as a string")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValueError("expected a decimal number written as a string") from None
    if not result.is_finite():
        raise ValueError("expected a finite decimal number")
    return result


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    return value


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _format(exc: BaseException, expected: type | None) -> str:
    if isinstance(exc, IntegraError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        # Field names are the schema's vocabulary, not personal data: name them.
        return "unexpected field(s): " + ", ".join(sorted(exc.extra_fields))
    if (
        isinstance(exc, ValueError | TypeError)
        and exc.args
        and isinstance(exc.args[0], str)
        and exc.args[0].startswith("expected")
    ):
        return exc.args[0]
    if isinstance(expected, type) and issubclass(expected, enum.Enum):
        return "expected one of " + ", ".join(str(m.value) for m in expected)
    if expected is not None:
        return f"expected {getattr(expected, '__name__', repr(expected))}"
    return f"invalid value ({type(exc).__name__})"


class IntegraConverter(cattrs.Converter):
    """A cattrs converter whose structuring errors are
    [`ConversionError`][integra.errors.ConversionError] with field paths and no values.

    Use the ready [`converter`][integra.serialization.converter]; build another only to add
    hooks of your own types.

    Examples:
        >>> from integra import Label
        >>> IntegraConverter().structure({"pl": "gmina", "en": "municipality"}, Label).pl
        'gmina'
    """

    def __init__(self) -> None:
        super().__init__(forbid_extra_keys=True)
        self.register_structure_hook(date, _structure_date)
        self.register_unstructure_hook(date, date.isoformat)
        self.register_structure_hook(Decimal, _structure_decimal)
        self.register_unstructure_hook(Decimal, str)
        self.register_structure_hook(bool, _structure_bool)
        self.register_structure_hook(int, _structure_int)
        self.register_structure_hook(str, _structure_str)
        self.register_unstructure_hook_func(
            lambda t: getattr(t, "__origin__", None) is frozenset or t is frozenset,
            lambda value: sorted((self.unstructure(v) for v in value), key=repr),
        )
        self.register_unstructure_hook_func(_is_verdict, lambda verdict: verdict.report())
        self.register_unstructure_hook_func(
            lambda t: getattr(t, "__origin__", None) is tuple or t is tuple,
            lambda value: [self.unstructure(v) for v in value],
        )

    def structure(self, obj: Any, cl: Any) -> Any:
        """Build a ``cl`` from primitives, raising ``ConversionError`` on any bad field.

        Examples:
            >>> from integra import DateRange
            >>> IntegraConverter().structure({"start": "2024-01-01", "end": None}, DateRange).is_open
            True
        """
        name = getattr(cl, "__name__", repr(cl))
        try:
            return super().structure(obj, cl)
        except (ClassValidationError, IterableValidationError) as error:
            problems = cattrs.transform_error(error, format_exception=_format)
            messages = [_reorder(p) for p in problems]
            raise ConversionError(f"cannot build {name}: " + "; ".join(messages)) from None
        except IntegraError as error:
            raise ConversionError(f"cannot build {name}: {error}") from None
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            expected = cl if isinstance(cl, type) else None
            raise ConversionError(f"cannot build {name}: {_format(error, expected)}") from None


def _is_verdict(kind: Any) -> bool:
    # By name, so that importing the converter does not import the rule engine.
    return (
        getattr(kind, "__name__", None) == "Verdict"
        and getattr(kind, "__module__", "") == "integra.rules.core.verdict"
    )


def _reorder(problem: str) -> str:
    # cattrs writes "message @ $.path"; lead with the path, which is what a reader looks for.
    message, _, path = problem.rpartition(" @ ")
    return f"{path}: {message}" if path else problem


converter = IntegraConverter()
"""The converter for every public integra type.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange
    >>> converter.unstructure(DateRange(date(2024, 1, 1), date(2024, 1, 31)))
    {'start': '2024-01-01', 'end': '2024-01-31'}
"""
