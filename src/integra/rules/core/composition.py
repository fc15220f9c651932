"""Composition under Kleene's three-valued logic: [`AllOf`][integra.rules.core.composition.AllOf]
(``&``), [`AnyOf`][integra.rules.core.composition.AnyOf] (``|``) and
[`Not`][integra.rules.core.composition.Not] (``~``), with the functions
[`all_of`][integra.rules.core.composition.all_of], [`any_of`][integra.rules.core.composition.any_of]
and [`not_`][integra.rules.core.composition.not_] that also take a name and a label.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import ClassVar

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, Language
from integra.rules.core.context import Context
from integra.rules.core.rule import Rule
from integra.rules.core.toolkit import earliest
from integra.rules.core.verdict import (
    _NO_MISSING,
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNKNOWN,
    Fact,
    Outcome,
    Verdict,
    _new_verdict,
)

__all__ = ["AllOf", "AnyOf", "Not", "all_of", "any_of", "not_"]


def _flatten(kind: type, rules: Iterable[Rule]) -> tuple[Rule, ...]:
    out: list[Rule] = []
    for rule in rules:
        if not isinstance(rule, Rule):
            raise InvalidValue(f"rules can only be composed with rules, got {type(rule).__name__}")
        if type(rule) is kind and getattr(rule, "_label", None) is None:
            out.extend(rule.parts())
        else:
            out.append(rule)
    return tuple(out)


def _all_parts(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return _flatten(AllOf, rules)


def _any_parts(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return _flatten(AnyOf, rules)


_ALL_LABEL = Label(pl="wszystkie poniższe warunki", en="all of the following")
_ANY_LABEL = Label(pl="co najmniej jeden z poniższych warunków", en="at least one of the following")


class _Junction(Rule):
    """What conjunction and disjunction share: parts evaluated under Kleene logic, where one
    outcome of a part (``_decisive``) decides the whole, ``UNKNOWN`` comes next, and otherwise the
    result is ``_otherwise``. Subclasses declare the fields and the four class constants."""

    __slots__ = ()

    rules: tuple[Rule, ...]
    _name: str | None
    _label: Label | None
    _pools: tuple[_Pool, ...]
    """Parts decided together in one pass (see ``Condition._pool``)."""
    _singles: tuple[Rule, ...]
    """The other parts, decided one by one."""
    _decisive: ClassVar[Outcome]
    _otherwise: ClassVar[Outcome]
    _default_name: ClassVar[str]
    _default_label: ClassVar[Label]

    def __attrs_post_init__(self) -> None:
        if not self.rules:
            raise InvalidValue(f"{self._default_name} needs at least one rule")
        pools, singles = _pools_of(self.rules)
        object.__setattr__(self, "_pools", pools)
        object.__setattr__(self, "_singles", singles)

    @property
    def name(self) -> str:
        """The composition's name (``"all_of"`` / ``"any_of"`` unless one was given)."""
        return self._name or self._default_name

    @property
    def label(self) -> Label:
        """The composition's label."""
        return self._label or self._default_label

    def parts(self) -> tuple[Rule, ...]:
        """The parts, in order."""
        return self.rules

    def outcome_in(self, ctx: Context) -> Outcome:
        """Kleene combination; stops at the first part with the deciding outcome. Parts that
        read the same set of the context (such as the situation categories of a target-group
        list) are decided together, each pool with one pass over its members, with the outcome
        each part would give alone; pools come before the other parts (the outcome does not
        depend on the order)."""
        pools = self._pools
        if not pools:
            return self._combine(self.rules, ctx)
        decisive = self._decisive
        unknown = False
        law_on = ctx._law_on
        for pool in pools:
            if law_on < pool.since:
                outcome = self._combine(pool.parts, ctx)
            elif ctx._gaps != () and ctx.uncollected(pool.facts):
                outcome = UNKNOWN
            else:
                outcome = self._pooled(pool, getattr(ctx, pool.attribute))
            if outcome is decisive:
                return decisive
            if outcome is UNKNOWN:
                unknown = True
        outcome = self._combine(self._singles, ctx)
        return UNKNOWN if unknown and outcome is self._otherwise else outcome

    def _pooled(self, pool: _Pool, found: frozenset[object]) -> Outcome:
        raise NotImplementedError  # pragma: no cover - AllOf and AnyOf define it

    def _combine(self, rules: tuple[Rule, ...], ctx: Context) -> Outcome:
        decisive = self._decisive
        unknown = False
        for rule in rules:
            outcome = rule.outcome_in(ctx)
            if outcome is decisive:
                return decisive
            if outcome is UNKNOWN:
                unknown = True
        return UNKNOWN if unknown else self._otherwise

    def evaluate_in(self, ctx: Context) -> Verdict:
        """The combined outcome; the parts' verdicts are built when first asked for."""
        outcome = self.outcome_in(ctx)
        missing = _missing_of(self.rules, ctx) if outcome is UNKNOWN else _NO_MISSING
        return _new_verdict(Verdict, (self, outcome, None, ctx, missing, ctx._on, ctx._law_on))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """A summary of the parts' outcomes."""
        return _summary(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """The earliest change of any part."""
        best: date | None = None
        for rule in self.rules:
            best = earliest(best, rule.stable_until(ctx))
        return best


@attrs.frozen(slots=True, eq=False, repr=False)
class AllOf(_Junction):
    """Conjunction under Kleene logic: ``NOT_ELIGIBLE`` if any part is, else ``UNKNOWN`` if any
    part is, else ``ELIGIBLE``. Every part is evaluated.

    Attributes:
        rules: The parts, in order.
        name_: An optional name for the composition (e.g. a project's recruitment rule).
        label_: An optional label; unlabelled nested compositions are flattened.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> len((REGISTERED_UNEMPLOYED & WORKING_AGE & REGISTERED_UNEMPLOYED).rules)
        3
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_all_parts)
    _name: str | None = attrs.field(default=None, kw_only=True, alias="name")
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    _pools: tuple[_Pool, ...] = attrs.field(init=False, eq=False, repr=False)
    _singles: tuple[Rule, ...] = attrs.field(init=False, eq=False, repr=False)
    _decisive: ClassVar[Outcome] = NOT_ELIGIBLE
    _otherwise: ClassVar[Outcome] = ELIGIBLE
    _default_name: ClassVar[str] = "all_of"
    _default_label: ClassVar[Label] = _ALL_LABEL

    def _pooled(self, pool: _Pool, found: frozenset[object]) -> Outcome:
        for members in pool.sets:
            if found.isdisjoint(members):
                return NOT_ELIGIBLE
        return ELIGIBLE


@attrs.frozen(slots=True, eq=False, repr=False)
class AnyOf(_Junction):
    """Disjunction under Kleene logic: ``ELIGIBLE`` if any part is, else ``UNKNOWN`` if any part
    is, else ``NOT_ELIGIBLE``. Every part is evaluated, so the verdict lists every route.

    Attributes:
        rules: The parts, in order.
        name_: An optional name for the composition.
        label_: An optional label; unlabelled nested compositions are flattened.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> (REGISTERED_UNEMPLOYED | WORKING_AGE).label.en
        'at least one of the following'
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_any_parts)
    _name: str | None = attrs.field(default=None, kw_only=True, alias="name")
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    _pools: tuple[_Pool, ...] = attrs.field(init=False, eq=False, repr=False)
    _singles: tuple[Rule, ...] = attrs.field(init=False, eq=False, repr=False)
    _decisive: ClassVar[Outcome] = ELIGIBLE
    _otherwise: ClassVar[Outcome] = NOT_ELIGIBLE
    _default_name: ClassVar[str] = "any_of"
    _default_label: ClassVar[Label] = _ANY_LABEL

    def _pooled(self, pool: _Pool, found: frozenset[object]) -> Outcome:
        return ELIGIBLE if not found.isdisjoint(pool.members) else NOT_ELIGIBLE


@attrs.frozen(slots=True)
class _Pool:
    """Conditions of one kind in a composition, each met when ``Context.<attribute>`` shares a
    member with its set (in ``sets``; ``members`` is their union), under laws all in force from
    ``since``."""

    attribute: str
    members: frozenset[object]
    sets: tuple[frozenset[object], ...]
    since: date
    facts: frozenset[Fact]
    parts: tuple[Rule, ...]


def _pools_of(rules: tuple[Rule, ...]) -> tuple[tuple[_Pool, ...], tuple[Rule, ...]]:
    """Split the parts of a composition into pools of two or more conditions of the same kind
    reading the same context set, and the parts decided one by one."""
    from integra.rules.core.rule import Condition

    groups: dict[tuple[type, str], list[tuple[Condition, frozenset[object], date]]] = {}
    for rule in rules:
        kind = type(rule)
        if (
            not isinstance(rule, Condition)
            or rule._decides_uncollected
            # A condition that builds its own verdict or outcome is asked for it, one by one.
            or kind.evaluate_in is not Condition.evaluate_in
            or kind.outcome_in is not Condition.outcome_in
        ):
            continue
        pool = rule._pool()
        since = rule._in_force_since()
        if pool is not None and since is not None:
            groups.setdefault((kind, pool[0]), []).append((rule, pool[1], since))
    pools = []
    pooled: set[int] = set()
    for (_, attribute), members in groups.items():
        if len(members) < 2:
            continue
        pools.append(
            _Pool(
                attribute,
                frozenset().union(*(m for _, m, _ in members)),
                tuple(m for _, m, _ in members),
                max(since for _, _, since in members),
                frozenset().union(*(rule.facts for rule, _, _ in members)),
                tuple(rule for rule, _, _ in members),
            )
        )
        pooled.update(id(rule) for rule, _, _ in members)
    return tuple(pools), tuple(rule for rule in rules if id(rule) not in pooled)


_NEGATE = {ELIGIBLE: NOT_ELIGIBLE, NOT_ELIGIBLE: ELIGIBLE, UNKNOWN: UNKNOWN}


@attrs.frozen(slots=True, eq=False, repr=False)
class Not(Rule):
    """Negation under Kleene logic: swaps ``ELIGIBLE`` and ``NOT_ELIGIBLE``; ``UNKNOWN`` stays.

    Attributes:
        rule: The negated rule.
        label_: An optional label that says in positive words what the negation requires (e.g.
            "no right to a benefit that excludes social employment"); without one the label is
            ``not: <label of the negated rule>``.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import REGISTERED_UNEMPLOYED
        >>> (~REGISTERED_UNEMPLOYED).evaluate(Person(date(1990, 1, 1), Sex.MALE, registrations=()), date(2024, 1, 1)).outcome.value
        'eligible'
        >>> (~REGISTERED_UNEMPLOYED).label.en
        'not: registered as unemployed'
    """

    rule: Rule
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    rule_name: ClassVar[str] = "not"
    _negates: ClassVar[bool] = True

    @property
    def label(self) -> Label:
        """The label given, or ``not: <label of the negated rule>``."""
        if self._label is not None:
            return self._label
        inner = self.rule.label
        return Label(pl=f"nie: {inner.pl}", en=f"not: {inner.en}")

    def parts(self) -> tuple[Rule, ...]:
        """The negated rule."""
        return (self.rule,)

    def outcome_in(self, ctx: Context) -> Outcome:
        """The negated outcome."""
        return _NEGATE[self.rule.outcome_in(ctx)]

    def evaluate_in(self, ctx: Context) -> Verdict:
        """Evaluate the rule and negate its outcome."""
        child = self.rule.evaluate_in(ctx)
        return _new_verdict(
            Verdict,
            (self, _NEGATE[child.outcome], None, (child,), child.missing, ctx._on, ctx._law_on),
        )

    def describe(self, verdict: Verdict, language: Language) -> str:
        """A summary of the negated outcome."""
        return _summary(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """When the negated rule changes."""
        return self.rule.stable_until(ctx)


def _missing_of(rules: Iterable[Rule], ctx: Context) -> tuple[Fact, ...]:
    facts: dict[Fact, None] = {}
    for rule in rules:
        verdict = rule.evaluate_in(ctx)
        if verdict.outcome is UNKNOWN:
            for fact in verdict.missing:
                facts[fact] = None
    return tuple(facts)


def _summary(verdict: Verdict, language: Language) -> str:
    counts = dict.fromkeys(Outcome, 0)
    for child in verdict.children:
        counts[child.outcome] += 1
    return ", ".join(f"{counts[o]} {o.label.text(language)}" for o in Outcome)


def all_of(*rules: Rule, name: str | None = None, label: Label | None = None) -> AllOf:
    """All of ``rules`` (same as ``a & b & …``), optionally named and labelled.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> all_of(REGISTERED_UNEMPLOYED, WORKING_AGE, name="my_rule").name
        'my_rule'
    """
    return AllOf(rules, name=name, label=label)


def any_of(*rules: Rule, name: str | None = None, label: Label | None = None) -> AnyOf:
    """Any of ``rules`` (same as ``a | b | …``), optionally named and labelled.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> len(any_of(REGISTERED_UNEMPLOYED, WORKING_AGE).rules)
        2
    """
    return AnyOf(rules, name=name, label=label)


def not_(rule: Rule, *, label: Label | None = None) -> Not:
    """The negation of ``rule`` (same as ``~rule``), optionally labelled in positive words.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED
        >>> not_(REGISTERED_UNEMPLOYED).rule is REGISTERED_UNEMPLOYED
        True
        >>> not_(REGISTERED_UNEMPLOYED, label=Label(pl="niezarejestrowany", en="not registered")).label.en
        'not registered'
    """
    return Not(rule, label=label)
