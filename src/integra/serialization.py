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
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, list_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from integra.errors import ConversionError, IntegraError, InvalidPesel
from integra.people import (
    Address,
    BenefitAward,
    DisabilityCertificate,
    Entitlement,
    ExcludedPeriod,
    Household,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    SituationSpell,
    SocialContract,
)
from integra.periods import DateRange

__all__ = ["IntegraConverter", "converter"]

T = TypeVar("T")


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,10})?")
_PESEL = re.compile(r"[0-9]{11}")
_ADDRESS_IDENTIFIERS = ("street", "locality", "house_number", "flat")
_INT_LIMIT = 10**15
"""Integers in documents stay below this in size: no count, hour or amount comes near it, and a
number of thousands of digits is refused before anything tries to print it."""


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, str):
        # date.fromisoformat also takes 20240101 and 2024-W01-1: only the promised form passes.
        if _ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise ValueError("expected an ISO date (YYYY-MM-DD)")
    if type(value) is date:
        return value
    raise TypeError("expected an ISO date (YYYY-MM-DD)")


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite() or abs(value) >= _INT_LIMIT:
            raise ValueError(
                "expected a finite decimal number of at most 15 digits before the point"
            )
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        # Floats are refused: 0.1 cannot be represented exactly and money must not drift.
        raise TypeError("expected a decimal number written as a string")
    if isinstance(value, int):
        if abs(value) >= _INT_LIMIT:
            raise ValueError("expected a decimal number of at most 15 digits before the point")
        return Decimal(value)
    # Plain ASCII digits with an optional point: no exponents, underscores, other scripts' digits.
    if not _DECIMAL.fullmatch(value):
        raise ValueError('expected a decimal number written as a string, such as "776.00"')
    return Decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    # Plain digits, as the reader takes them: str() would write 1E+3 for a thousand.
    return format(value, "f")


_FIGURES: frozenset[Any] = frozenset({Decimal, int, date, DateRange})
"""The kinds of a figure (``integra.programmes.violations.Value``): each is written in a form
of its own (a whole number, a decimal string, an ISO-date string, a mapping), so a document says
which kind it holds."""


def _is_figure_union(kind: Any) -> bool:
    if not isinstance(kind, types.UnionType) and typing.get_origin(kind) is not typing.Union:
        return False
    members = set(typing.get_args(kind)) - {type(None)}
    return len(members) > 1 and members <= _FIGURES


def _bad_figure() -> ValueError:
    return ValueError(
        "expected a number (a whole number or a decimal string), an ISO date or a period"
    )


def _figure_factory(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(kind: Any) -> Callable[[Any, Any], Any]:
        members = set(typing.get_args(kind))
        period = converter.get_structure_hook(DateRange)

        def structure(value: Any, _: Any) -> Any:
            if value is None and type(None) in members:
                return None
            if isinstance(value, bool):
                raise _bad_figure()
            if isinstance(value, int) and int in members:
                return _structure_int(value, int)
            if isinstance(value, str):
                if date in members and _ISO_DATE.fullmatch(value):
                    return _structure_date(value, date)
                if Decimal in members and _DECIMAL.fullmatch(value):
                    return Decimal(value)
            if isinstance(value, dict) and DateRange in members:
                return period(value, DateRange)
            raise _bad_figure()

        return structure

    return factory


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    if abs(value) >= _INT_LIMIT:
        raise ValueError("expected an integer of at most 15 digits")
    return value


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    if value.isprintable():
        # No printable character is a control character or a surrogate: nothing to look at.
        return value
    for char in value:
        # Control characters (NUL among them) and lone surrogates cannot be stored faithfully.
        if unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n":
            raise ValueError("expected text without control characters or lone surrogates")
    return value


def _is_collection(kind: Any) -> bool:
    origin = typing.get_origin(kind) or kind
    if origin not in (tuple, list, frozenset, set):
        return False
    args = typing.get_args(kind)
    return origin is not tuple or (len(args) == 2 and args[1] is Ellipsis)


def _check_pesel_text(value: Any) -> None:
    if isinstance(value, dict):
        pesel = value.get("pesel")
        # A PESEL is stored as written; one written with spaces or other digits would never
        # match the same person's plain number.
        if pesel is not None and not (isinstance(pesel, str) and _PESEL.fullmatch(pesel)):
            raise InvalidPesel("PESEL must be 11 digits 0-9 without spaces")


_FAST_TYPES: tuple[type, ...] = (
    DateRange,
    Registration,
    ExcludedPeriod,
    ProfileSpell,
    BenefitAward,
    SocialContract,
    DisabilityCertificate,
    Residence,
    Address,
    Household,
    SituationSpell,
    Entitlement,
    Person,
)
"""The types of a person's document, structured by the quick path of ``_QuickHook``."""


class _QuickHook:
    """The structure hook of one of ``_FAST_TYPES``: a quick path for a well-formed document,
    and cattrs' field-by-field path, which names each bad field, for any other.

    The quick path is straight-line code generated once per class: every field read by key and
    structured by the hook its type resolves to when the class is first structured (the
    converter's own hook for a date, a string, an amount or an enum; the quick path of a nested
    class of a person's document; a list into a tuple or a frozenset), then the class's
    constructor, which makes every check it always makes. It accepts a subset of what the
    detailed path accepts (lists, not tuples, for collections; only the class's own keys) and
    builds the same value from it. On anything it does not accept, or on any error at all,
    the document is structured again by the detailed path, which gives the answer or the error
    that path has always given; a bad document costs one quick attempt more.
    """

    def __init__(self, converter: IntegraConverter, kind: type) -> None:
        self.converter = converter
        self.kind = kind
        self._quick: Callable[[Any], Any] | None = None
        self._detailed: Callable[[Any, Any], Any] | None = None

    def quick(self) -> Callable[[Any], Any]:
        """The quick path, generated on first use."""
        quick = self._quick
        if quick is None:
            quick = self._quick = _quick_structure_fn(self.converter, self.kind)
        return quick

    def __call__(self, value: Any, kind: Any) -> Any:
        quick = self._quick or self.quick()
        try:
            return quick(value)
        except Exception:
            # Every failure is judged again by the detailed path, which names the field.
            pass
        return self.detailed(value, kind)

    def detailed(self, value: Any, kind: Any) -> Any:
        """The field-by-field path, with the error of each bad field."""
        detailed = self._detailed
        if detailed is None:
            build: Callable[[Any, Any], Any] = make_dict_structure_fn(
                self.kind, self.converter, _cattrs_forbid_extra_keys=True
            )
            if self.kind is Person:

                def detailed(value: Any, kind: Any) -> Any:
                    _check_pesel_text(value)
                    return build(value, kind)

            else:
                detailed = build
            self._detailed = detailed
        return detailed(value, kind)


class _Refused(Exception):
    """The quick path does not take this document; the detailed path will."""


def _quick_field(
    converter: IntegraConverter, kind: Any, names: dict[str, Any], v: str = "v"
) -> str:
    """An expression structuring the variable ``v`` into ``kind`` on the quick path; the
    functions it calls are added to ``names``."""
    args = typing.get_args(kind)
    if (
        (isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union)
        and len(args) == 2
        and type(None) in args
    ):
        inner = args[0] if args[1] is type(None) else args[1]
        return f"(None if {v} is None else {_quick_field(converter, inner, names, v)})"
    origin = typing.get_origin(kind)
    if origin in (tuple, frozenset) and args and (origin is frozenset or args[1:] == (Ellipsis,)):
        item = _quick_field(converter, args[0], names, "x")
        key = f"f{len(names)}"
        names[key] = _refuse_non_list
        collect = "tuple" if origin is tuple else "frozenset"
        return f"{collect}([{item} for x in {key}({v})])"
    hook = converter.get_structure_hook(kind)
    key = f"f{len(names)}"
    if isinstance(hook, _QuickHook) and hook.converter is converter:
        # A nested part of a person's document: its quick path, called directly.
        names[key] = hook.quick()
        return f"{key}({v})"
    names[key] = hook
    names[f"t{len(names)}"] = kind
    return f"{key}({v}, t{len(names) - 1})"


def _refuse_non_list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise _Refused
    return value


def _quick_structure_fn(converter: IntegraConverter, kind: type) -> Callable[[Any], Any]:
    """Straight-line code that builds a ``kind`` from a well-formed document."""
    hints = typing.get_type_hints(kind)
    fields = [a for a in attrs.fields(kind) if a.init]
    names: dict[str, Any] = {"kind": kind, "Refused": _Refused, "dict": dict}
    names["known"] = frozenset(a.alias for a in fields)
    lines = [
        "def quick(d):",
        "    if type(d) is not dict or not known.issuperset(d):",
        "        raise Refused",
    ]
    if kind is Person:
        names["check_pesel"] = _check_pesel_text
        lines.append("    check_pesel(d)")
    lines.append("    kw = {}")
    for field in fields:
        expression = _quick_field(converter, hints[field.name], names)
        alias = field.alias
        if field.default is attrs.NOTHING:
            lines.append(f"    v = d[{alias!r}]")
            lines.append(f"    kw[{alias!r}] = {expression}")
        else:
            lines.append(f"    if {alias!r} in d:")
            lines.append(f"        v = d[{alias!r}]")
            lines.append(f"        kw[{alias!r}] = {expression}")
    lines.append("    return kind(**kw)")
    # Generated from the class's own fields, as cattrs generates its structure functions.
    exec("\n".join(lines), names)
    quick: Callable[[Any], Any] = names["quick"]
    return quick


def _format(exc: BaseException, expected: type | None) -> str:
    if isinstance(exc, IntegraError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        # Unknown keys are not the schema's vocabulary and may be anything, a PESEL or a name
        # used as a key among them: count them, never print them.
        return f"{len(exc.extra_fields)} unexpected field(s)"
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
        self.register_unstructure_hook(Decimal, _unstructure_decimal)
        self.register_structure_hook(bool, _structure_bool)
        self.register_structure_hook(int, _structure_int)
        self.register_structure_hook(str, _structure_str)
        self.register_structure_hook_factory(_is_collection, self._collection_factory)
        for kind in _FAST_TYPES:
            self.register_structure_hook(kind, _QuickHook(self, kind))
        self.register_structure_hook_factory(_is_figure_union, _figure_factory(self))
        self.register_unstructure_hook_func(
            lambda t: getattr(t, "__origin__", None) is frozenset or t is frozenset,
            lambda value: sorted((self.unstructure(v) for v in value), key=repr),
        )
        self.register_unstructure_hook_func(_is_verdict, lambda verdict: verdict.report())
        # A household with a declared income reads as it did before income items existed.
        self.register_unstructure_hook(
            Household,
            make_dict_unstructure_fn(Household, self, statement=override(omit_if_default=True)),
        )
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
            message = "; ".join(_reorder(p) for p in problems)
        except IntegraError as error:
            message = str(error)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
            expected = cl if isinstance(cl, type) else None
            message = _format(error, expected)
        # Raised outside the handler, so that neither __cause__ nor __context__ carries the
        # original error (whose arguments and traceback may hold the document's values).
        raise ConversionError(f"cannot build {name}: {message}")

    def unstructure_without_identifiers(self, person: Person) -> dict[str, Any]:
        """A person's document with the fields that identify them left out, for storage and
        analysis where the rules' inputs are needed but the person's identity is not.

        Left out: the PESEL, the case reference, and from every address the street, locality,
        house and flat numbers (the gmina, its TERYT code and the statistical unit stay, so area
        rules defined by units still apply). The document does not structure back into a
        ``Person`` when it has residences, since an address needs a house number.

        Examples:
            >>> from datetime import date
            >>> from integra import Address, DateRange, Person, Residence, Sex
            >>> home = Residence(Address(gmina="Nysa", street="Mickiewicza", house_number="3"), DateRange(date(2020, 1, 1)))
            >>> p = Person(date(1944, 5, 14), Sex.MALE, pesel="44051401359", reference="MOPS/7", residences=[home])
            >>> document = converter.unstructure_without_identifiers(p)
            >>> "pesel" in document, "reference" in document, document["residences"][0]["address"]
            (False, False, {'gmina': 'Nysa', 'teryt': None, 'unit': None})
        """
        document: dict[str, Any] = self.unstructure(person)
        document.pop("pesel", None)
        document.pop("reference", None)
        for residence in document.get("residences") or ():
            for name in _ADDRESS_IDENTIFIERS:
                residence["address"].pop(name, None)
        return document

    def _collection_factory(self, kind: Any) -> Callable[[Any, Any], Any]:
        origin = typing.get_origin(kind) or kind
        base: Callable[[Any, Any], Any]
        if origin is tuple:
            base = homogenous_tuple_structure_factory(kind, self)
        elif origin is list:
            base = list_structure_factory(kind, self)
        else:
            base = self._structure_frozenset

        def structure(value: Any, target: Any) -> Any:
            # A string or a mapping is iterable, but "Centrum" is not seven units and {} is not
            # an empty history.
            if not isinstance(value, list | tuple):
                raise TypeError("expected a list")
            return base(value, target)

        return structure


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
