"""Fuzzing the converter: documents of every public type, mutated, either build a valid object
that round-trips or raise ``ConversionError`` — nothing else, and never with a chained error.

The public types are found, not listed: every class named in a module's ``__all__`` under
``integra`` is either fuzzed here (an attrs class or an enum; a generic one with the parameters
the library uses) or exempt with its reason below, so a new type cannot be left out unnoticed.

A few hundred documents by default; at least 10,000 under ``HYPOTHESIS_PROFILE=thorough``.
"""

from __future__ import annotations

import copy
import enum
import importlib
import inspect
import json
import os
import pkgutil
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import integra
from integra.errors import ConversionError
from integra.law import Dated, Timeline
from integra.parameters import CisRules, IncomeCriterion, PaiLimits, PaiTargetGroup
from integra.rules import Rule
from integra.serialization import converter
from integra.strategies.registry import generic_strategies, type_strategies

FUZZ_EXAMPLES = 10_000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 300


def _public_classes() -> dict[type, str]:
    """Every class named in the ``__all__`` of a module of ``integra``, with the module that
    names it. Two packages aside: the strategies, which hold no types, and the columnar path
    (``integra.bulk``), whose classes hold numpy columns of a whole caseload, not documents."""
    found: dict[type, str] = {}
    for module in pkgutil.walk_packages(integra.__path__, "integra."):
        if module.name.startswith(("integra.strategies", "integra.bulk")):
            continue
        loaded = importlib.import_module(module.name)
        for name in getattr(loaded, "__all__", ()):
            value = getattr(loaded, name)
            if inspect.isclass(value):
                found.setdefault(value, module.name)
    return found


PUBLIC: dict[type, str] = _public_classes()

# Public classes that are not documents, each with why.
NOT_DOCUMENTS: dict[str, str] = {
    "Verdict": "a result of evaluating a rule: unstructures to a report, refers to its rule",
    "ScreeningResult": "a result of screening: refers to the rules that produced it",
    "Lookup": "a value read from a timeline on a day, with the entry it comes from",
    "Context": "a per-evaluation cache",
    "RuleSet": "rules compiled together: behaviour",
    "IntegraConverter": "the converter itself",
    "Change": "a result of a search for what would flip a verdict (what_would_change): "
    "computed from a rule and a person when asked, names the rule and carries its label",
    "FactCount": "a count over a columnar screening (settling_facts): how many unknown "
    "verdicts one fact would settle, recomputed from the screening",
    "CohortRead": "a result of reading tables: the cohort built and the rows refused, "
    "whose participants are fuzzed on their own",
    "RefusedTableRows": "the rows refused on reading tables, as numpy columns of positions "
    "and reasons (as RefusedRows of the columnar path), not a document",
    "ColumnFrame": "an interface (a Protocol) that columnar kernels read, not a type of values",
    "ColumnPopulation": "an interface (a Protocol) that columnar kernels read, not a type of values",
    "SpanColumns": "an interface (a Protocol) that columnar kernels read, not a type of values",
    "LabelledEnum": "the base of the enumerations whose members carry labels: no members itself",
}


def _exempt(kind: type) -> bool:
    # Rules and conditions are behaviour composed in code, compared by identity; errors are
    # raised, not stored.
    return issubclass(kind, Rule | BaseException) or kind.__name__ in NOT_DOCUMENTS


def _is_generic(kind: type) -> bool:
    return bool(getattr(kind, "__parameters__", ()))


# The generic types with the parameters the library gives them.
PARAMETERISED: list[Any] = [
    Dated[Decimal],
    Dated[IncomeCriterion],
    Dated[PaiTargetGroup],
    Timeline[Decimal],
    Timeline[IncomeCriterion],
    Timeline[PaiLimits],
    Timeline[CisRules],
    Timeline[PaiTargetGroup],
]


def _name(kind: Any) -> str:
    if typing.get_origin(kind) is not None:
        return repr(kind)
    return f"{kind.__module__}.{kind.__qualname__}"


KINDS: list[Any] = (
    sorted(
        {
            *type_strategies(),
            *(k for k in PUBLIC if issubclass(k, enum.Enum) and not _exempt(k)),
        },
        key=_name,
    )
    + PARAMETERISED
)


def test_every_public_type_is_fuzzed_or_exempt_with_a_reason() -> None:
    plain = set(KINDS)
    missing = sorted(
        _name(kind)
        for kind in PUBLIC
        if not _exempt(kind) and not _is_generic(kind) and kind not in plain
    )
    assert missing == []
    generics = {kind for kind in PUBLIC if _is_generic(kind) and not _exempt(kind)}
    assert generics == {Dated, Timeline}
    assert generics <= set(generic_strategies())
    assert generics == {typing.get_origin(k) for k in PARAMETERISED}
    # Every exemption names a class that exists, so the list cannot go stale.
    assert set(NOT_DOCUMENTS) <= {kind.__name__ for kind in PUBLIC}
    # Every public attrs class and enum is in the list, and the list reaches the programmes'
    # validation results.
    assert all(
        kind in plain or _exempt(kind) or _is_generic(kind)
        for kind in PUBLIC
        if attrs.has(kind) or issubclass(kind, enum.Enum)
    )
    assert {"Violation", "Validation"} <= {getattr(k, "__name__", "") for k in plain}


@pytest.mark.parametrize("kind", KINDS, ids=_name)
def test_every_kind_round_trips(kind: Any) -> None:
    @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_type(kind))
    def check(value: Any) -> None:
        document = json.loads(json.dumps(converter.unstructure(value)))
        assert converter.structure(document, kind) == value

    check()


# Values a careless or hostile document may hold where something else is expected.
JUNK: list[Any] = [
    None,
    True,
    0,
    -1,
    10**40,
    10**5000,  # more digits than int-to-text conversion allows
    0.1,
    float("nan"),
    float("inf"),
    float("-inf"),
    "",
    " ",
    "abc",
    "\x00",
    "a\x00b",
    "\ud800",
    "1e3",
    "1_000",
    "\u0661\u0660\u0660",  # Arabic-Indic digits
    "\uff11\uff10\uff10",  # full-width digits
    "12,50",
    "-0",
    "20240101",
    "2024-W01-1",
    "2024-13-01",
    "2024-02-30",
    "\uff12\uff10\uff12\uff14-01-01",
    "9999-12-31",
    "0001-01-01",
    "4405140135 9",
    "\uff14\uff14\uff10\uff15\uff11\uff14\uff10\uff11\uff13\uff15\uff19",
    "44051401359",
    "85060112345",
    {},
    [],
    ["a"],
    {"start": "2024-01-02", "end": "2024-01-01"},
]
EXTRA_KEYS = ["extra", "44051401359", "Kowalska", "\x00", ""]


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*path, index)))
    return found


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def _set(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _get(document, path[:-1])[path[-1]] = value
    return document


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> Any:
    """``document`` with one to three mutations: a key dropped or added, a value replaced by
    junk, a range's ends swapped."""
    result = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(result)
        path = paths[draw(st.integers(0, len(paths) - 1))]
        target = _get(result, path)
        operation = draw(st.sampled_from(["drop", "add", "junk", "junk", "swap"]))
        if operation == "drop" and path:
            parent = _get(result, path[:-1])
            if isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent.pop(path[-1])
        elif operation == "add" and isinstance(target, dict):
            target[draw(st.sampled_from(EXTRA_KEYS))] = draw(st.sampled_from(JUNK))
        elif operation == "swap" and isinstance(target, dict) and {"start", "end"} <= set(target):
            target["start"], target["end"] = target["end"], target["start"]
        else:
            result = _set(result, path, copy.deepcopy(draw(st.sampled_from(JUNK))))
    return result


@st.composite
def cases(draw: st.DrawFn) -> tuple[type, Any, Any, Any]:
    kind = draw(st.sampled_from(KINDS))
    value = draw(st.from_type(kind))
    document = json.loads(json.dumps(converter.unstructure(value)))
    return kind, value, document, draw(mutated(document))


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(cases())
def test_a_mutated_document_builds_a_valid_object_or_raises_conversion_error(
    case: tuple[type, Any, Any, Any],
) -> None:
    kind, value, document, bad = case
    refused: ConversionError | None = None
    try:
        built = converter.structure(bad, kind)
    except ConversionError as error:
        refused = error
    if refused is not None:
        message = str(refused)
        assert message.startswith("cannot build ")
        assert refused.__cause__ is None and refused.__context__ is None
        for secret in ("44051401359", "Kowalska", "\x00", "\ud800"):
            assert secret not in message
        return
    assert isinstance(built, typing.get_origin(kind) or kind)
    repr(built)  # printable whatever the document held
    if bad == document:
        assert built == value
    again = json.loads(json.dumps(converter.unstructure(built)))
    assert converter.structure(again, kind) == built


def test_the_fuzzer_reaches_every_type_and_both_answers() -> None:
    # The mutations are not all refused: some (an extra junk key dropped again, a swapped pair
    # of equal dates) leave a valid document.
    assert len(KINDS) >= 40
    seen: set[str] = set()

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(cases())
    def probe(case: tuple[type, Any, Any, Any]) -> None:
        kind, _, _, bad = case
        try:
            converter.structure(bad, kind)
            seen.add("built")
        except ConversionError:
            seen.add("refused")

    probe()
    assert seen == {"built", "refused"}
