"""Compiling a set of rules, for one period of the law, into one Python function.

What [`RuleSet`][integra.rules.core.ruleset.RuleSet] runs once it has seen enough evaluations.
The function does what evaluating each rule with ``Rule.evaluate_in`` does, in the same order
and with the same effects on the context (each condition decided once and kept, pooled
situation categories decided together, the verdict of a top-level condition kept), but with the
law versions already chosen and the compositions written out as straight-line code, so that the
per-person work is only the conditions' own ``_decide`` and the combination of outcomes.

The function is valid for a run of law dates over which every version chosen stays the same
(``Plan.first`` .. ``Plan.last``). Only the library's own composition classes and conditions
that keep the base class's way of deciding are written out; any other rule is asked through its
own ``outcome_in`` / ``evaluate_in``, exactly as a composition would ask it.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from integra.law import Timeline
from integra.rules.core.composition import _NEGATE, AllOf, AnyOf, Not, _Junction, _missing_of
from integra.rules.core.context import Context
from integra.rules.core.dated import ByLawDate
from integra.rules.core.rule import Condition, Rule
from integra.rules.core.toolkit import _NO_LAW
from integra.rules.core.verdict import (
    _LAW_MISSING,
    _NO_MISSING,
    ELIGIBLE,
    NOT_COLLECTED,
    NOT_ELIGIBLE,
    UNKNOWN,
    Verdict,
    _new_verdict,
)

_DAY = timedelta(days=1)

# Compositions nested deeper than this are asked through ``outcome_in`` (each written-out
# composition is a loop block, and Python limits how many blocks nest).
_MAX_DEPTH = 12

_SCOPE: dict[str, Any] = {
    "new": _new_verdict,
    "Verdict": Verdict,
    "ELIGIBLE": ELIGIBLE,
    "NOT_ELIGIBLE": NOT_ELIGIBLE,
    "UNKNOWN": UNKNOWN,
    "NOT_COLLECTED": NOT_COLLECTED,
    "LAW_MISSING": _LAW_MISSING,
    "NO_MISSING": _NO_MISSING,
    "NEGATE": _NEGATE,
    "missing_of": _missing_of,
    "__builtins__": {},
}


class Plan:
    """A compiled evaluation of a set of rules, valid for the law dates ``first`` .. ``last``."""

    __slots__ = ("first", "last", "run", "source")

    def __init__(
        self,
        first: date,
        last: date,
        run: Callable[[Context], tuple[Verdict, ...]],
        source: str,
    ) -> None:
        self.first = first
        self.last = last
        self.run = run
        self.source = source


def _answers_as(rule: Rule, base: type, methods: tuple[str, ...], law: object) -> bool:
    """Whether ``rule`` answers exactly as ``base`` does: an instance of it whose class keeps
    ``base``'s ``methods``, with none of them set on the instance itself (a subclass without
    slots allows that), and whose ``law`` is a plain ``Timeline`` (a subclass may find its
    versions in its own way) or none."""
    kind = type(rule)
    own: dict[str, Any] = getattr(rule, "__dict__", None) or {}
    return (
        issubclass(kind, base)
        and all(getattr(kind, name) is getattr(base, name) for name in methods)
        and not any(name in own for name in (*methods, "_decide"))
        and (law is None or type(law) is Timeline)
    )


def _plain_condition(rule: Rule) -> bool:
    methods = ("evaluate_in", "outcome_in", "_version")
    return _answers_as(rule, Condition, methods, getattr(rule, "law", None))


def _plain_by_law_date(rule: Rule) -> bool:
    methods = ("evaluate_in", "outcome_in", "_version_in_force")
    return _answers_as(rule, ByLawDate, methods, getattr(rule, "versions", None))


def _plain_not(rule: Rule) -> bool:
    return type(rule) is Not


def _plain_junction(rule: Rule) -> bool:
    # A pool is read as an attribute of the context, so its name must be one, and one that
    # Python does not rewrite (it normalises identifiers that are not plain ASCII).
    return (type(rule) is AllOf or type(rule) is AnyOf) and all(
        pool.attribute.isascii()
        and pool.attribute.isidentifier()
        and not keyword.iskeyword(pool.attribute)
        for pool in rule._pools
    )


class _Writer:
    """The source of one plan and the objects it names."""

    def __init__(self, law_on: date) -> None:
        self.law_on = law_on
        self.first = date.min
        self.last = date.max
        self.scope: dict[str, Any] = dict(_SCOPE)
        self.names: dict[tuple[str, int], str] = {}
        self.lines: list[str] = []
        self.count = 0

    # -- bookkeeping ---------------------------------------------------------------------------

    def name(self, value: object, prefix: str) -> str:
        """The name under which the plan refers to ``value`` (one per object)."""
        key = (prefix, id(value))
        found = self.names.get(key)
        if found is None:
            found = self.names[key] = f"{prefix}{len(self.names)}"
            self.scope[found] = value
        return found

    def method(self, rule: Rule, method: str, prefix: str) -> str:
        """The name of ``rule``'s bound ``method`` (one per rule, though each attribute read
        makes a new bound method)."""
        key = (prefix, id(rule))
        found = self.names.get(key)
        if found is None:
            found = self.names[key] = f"{prefix}{len(self.names)}"
            self.scope[found] = getattr(rule, method)
        return found

    def fresh(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def emit(self, indent: int, line: str) -> None:
        self.lines.append("    " * indent + line)

    def steady(self, timeline: Timeline[Any]) -> None:
        """Only law dates on which ``timeline`` answers as on ``law_on`` share this plan."""
        first, last = timeline._steady(self.law_on)
        self.first = max(self.first, first)
        self.last = min(self.last, last)

    def before(self, day: date) -> bool:
        """Whether ``law_on`` is before ``day``, for law dates sharing this plan."""
        if self.law_on < day:
            self.last = min(self.last, day - _DAY)
            return True
        self.first = max(self.first, day)
        return False

    # -- outcomes ------------------------------------------------------------------------------

    def outcome(self, rule: Rule, indent: int, depth: int) -> str:
        """Write the code giving ``rule.outcome_in(ctx)``; answer the name holding it."""
        if _plain_condition(rule):
            return self.condition(rule, indent)  # type: ignore[arg-type]
        if _plain_by_law_date(rule):
            assert isinstance(rule, ByLawDate)
            self.steady(rule.versions)
            version = rule._version_in_force(self.law_on)
            if version is None:
                return "UNKNOWN"
            return self.outcome(version, indent, depth)
        if _plain_not(rule):
            assert isinstance(rule, Not)
            inner = self.outcome(rule.rule, indent, depth)
            out = self.fresh("o")
            self.emit(indent, f"{out} = NEGATE[{inner}]")
            return out
        if _plain_junction(rule) and depth < _MAX_DEPTH:
            return self.junction(rule, indent, depth)  # type: ignore[arg-type]
        out = self.fresh("o")
        self.emit(indent, f"{out} = {self.method(rule, 'outcome_in', 'm')}(ctx)")
        return out

    def condition(self, rule: Condition, indent: int) -> str:
        """``Condition.outcome_in``: decided once per context, the decision kept in it."""
        found = self.decision(rule, indent)
        out = self.fresh("o")
        self.emit(indent, f"{out} = {found}[0]")
        return out

    def decision(self, rule: Condition, indent: int) -> str:
        """The condition's decision (outcome, observation, missing facts): the one kept in the
        context, or decided now and kept; answer the name holding it."""
        law = rule.law
        version = rule._version(self.law_on)
        if law is not None:
            self.steady(law)
        me = self.name(rule, "r")
        found = self.fresh("f")
        self.emit(indent, f"{found} = decided.get({me})")
        self.emit(indent, f"if {found} is None:")
        if version is _NO_LAW:
            self.emit(indent + 1, f"{found} = (UNKNOWN, None, LAW_MISSING)")
        else:
            decide = f"{self.method(rule, '_decide', 'd')}(ctx, {self.name(version, 'k')})"
            if rule._decides_uncollected:
                self.emit(indent + 1, f"{found} = {decide}")
            else:
                facts = self.name(rule.facts, "facts")
                self.emit(indent + 1, f"if gaps and (missing := ctx.uncollected({facts})):")
                self.emit(indent + 2, f"{found} = (UNKNOWN, NOT_COLLECTED, missing)")
                self.emit(indent + 1, "else:")
                self.emit(indent + 2, f"{found} = {decide}")
        self.emit(indent + 1, f"decided[{me}] = {found}")
        return found

    def junction(self, rule: _Junction, indent: int, depth: int) -> str:
        """``_Junction.outcome_in``: pools first, then the other parts, stopping at the first
        deciding outcome; ``UNKNOWN`` if any part was unknown and none decided."""
        decisive = "ELIGIBLE" if rule._decisive is ELIGIBLE else "NOT_ELIGIBLE"
        otherwise = "NOT_ELIGIBLE" if decisive == "ELIGIBLE" else "ELIGIBLE"
        out = self.fresh("o")
        self.emit(indent, f"{out} = {otherwise}")
        self.emit(indent, "while True:")
        body = indent + 1
        for pool in rule._pools:
            if self.before(pool.since):
                for part in pool.parts:
                    self.combine(self.outcome(part, body, depth + 1), out, decisive, body)
                continue
            pooled = self.fresh("o")
            self.emit(body, f"if gaps and ctx.uncollected({self.name(pool.facts, 'facts')}):")
            self.emit(body + 1, f"{pooled} = UNKNOWN")
            self.emit(body, "else:")
            found = f"ctx.{pool.attribute}"
            if isinstance(rule, AnyOf):
                members = self.name(pool.members, "s")
                self.emit(
                    body + 1,
                    f"{pooled} = NOT_ELIGIBLE if {found}.isdisjoint({members}) else ELIGIBLE",
                )
            else:
                self.emit(body + 1, f"found = {found}")
                misses = " or ".join(
                    f"found.isdisjoint({self.name(members, 's')})" for members in pool.sets
                )
                self.emit(body + 1, f"{pooled} = NOT_ELIGIBLE if {misses} else ELIGIBLE")
            self.combine(pooled, out, decisive, body)
        for part in rule._singles if rule._pools else rule.rules:
            self.combine(self.outcome(part, body, depth + 1), out, decisive, body)
        self.emit(body, "break")
        return out

    def combine(self, part: str, out: str, decisive: str, indent: int) -> None:
        """Kleene's step: a deciding outcome ends the composition, an unknown one is noted."""
        if part == "UNKNOWN":  # a version with no law in force
            self.emit(indent, f"{out} = UNKNOWN")
            return
        self.emit(indent, f"if {part} is {decisive}:")
        self.emit(indent + 1, f"{out} = {decisive}")
        self.emit(indent + 1, "break")
        self.emit(indent, f"if {part} is UNKNOWN:")
        self.emit(indent + 1, f"{out} = UNKNOWN")

    # -- verdicts ------------------------------------------------------------------------------

    def verdict(self, rule: Rule, indent: int) -> str:
        """Write the code giving ``rule.evaluate_in(ctx)``; answer the name holding it."""
        out = self.fresh("v")
        me = self.name(rule, "r")
        if _plain_condition(rule):
            # Condition.evaluate_in: one verdict per context, built from the kept decision.
            self.emit(indent, f"{out} = verdicts.get({me})")
            self.emit(indent, f"if {out} is None:")
            found = self.decision(rule, indent + 1)  # type: ignore[arg-type]
            self.emit(indent + 1, f"outcome, observation, missing = {found}")
            self.emit(
                indent + 1,
                f"{out} = verdicts[{me}] = new(Verdict, ({me}, outcome, observation, (), missing,"
                " on, law_on))",
            )
        elif _plain_junction(rule):
            assert isinstance(rule, _Junction)
            outcome = self.junction(rule, indent, 0)
            parts = self.name(rule.rules, "p")
            self.emit(
                indent,
                f"{out} = new(Verdict, ({me}, {outcome}, None, ctx, missing_of({parts}, ctx)"
                f" if {outcome} is UNKNOWN else NO_MISSING, on, law_on))",
            )
        elif _plain_by_law_date(rule):
            assert isinstance(rule, ByLawDate)
            self.steady(rule.versions)
            version = rule._version_in_force(self.law_on)
            if version is None:
                self.emit(
                    indent,
                    f"{out} = new(Verdict, ({me}, UNKNOWN, None, (), LAW_MISSING, on, law_on))",
                )
            else:
                child = self.verdict(version, indent)
                self.emit(
                    indent,
                    f"{out} = new(Verdict, ({me}, {child}.outcome, None, ({child},),"
                    f" {child}.missing, on, law_on))",
                )
        elif _plain_not(rule):
            assert isinstance(rule, Not)
            child = self.verdict(rule.rule, indent)
            self.emit(
                indent,
                f"{out} = new(Verdict, ({me}, NEGATE[{child}.outcome], None, ({child},),"
                f" {child}.missing, on, law_on))",
            )
        else:
            self.emit(indent, f"{out} = {self.method(rule, 'evaluate_in', 'e')}(ctx)")
        return out


def compile_plan(rules: Sequence[Rule], law_on: date) -> Plan:
    """The plan evaluating ``rules`` in turn, for law dates that choose the same versions as
    ``law_on``."""
    writer = _Writer(law_on)
    writer.emit(1, "decided = ctx._decided")
    writer.emit(1, "verdicts = ctx._verdicts")
    writer.emit(1, "gaps = ctx._gaps != ()")
    writer.emit(1, "on = ctx._on")
    writer.emit(1, "law_on = ctx._law_on")
    names = [writer.verdict(rule, 1) for rule in rules]
    writer.emit(1, f"return ({''.join(f'{n}, ' for n in names)})")
    source = "def run(ctx):\n" + "\n".join(writer.lines) + "\n"
    scope = writer.scope
    exec(compile(source, "<integra rule set>", "exec"), scope)
    return Plan(writer.first, writer.last, scope["run"], source)
