"""The base classes for writing rules: [`Rule`][integra.rules.core.rule.Rule], and
[`Condition`][integra.rules.core.rule.Condition], a single condition under a dated law.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from integra.errors import NoLawInForce
from integra.labels import Label, Language
from integra.law import Certainty, Citation, Repeal, Timeline
from integra.people import Person
from integra.rules.core.context import Context
from integra.rules.core.toolkit import _NO_LAW, _kept_version, law_changes, next_change
from integra.rules.core.verdict import (
    _LAW_MISSING,
    NOT_COLLECTED,
    UNKNOWN,
    Fact,
    Outcome,
    Verdict,
    _new_verdict,
)

if TYPE_CHECKING:
    from integra.rules.core.composition import AllOf, AnyOf, Not

__all__ = ["Condition", "Rule", "name_library_rules"]


def _library_rule(module: str, name: str) -> Rule:
    """The library's rule ``name`` of ``module``: what a pickled library rule unpickles to."""
    rule = getattr(importlib.import_module(module), name)
    if not isinstance(rule, Rule):  # pragma: no cover - only a changed library gets here
        raise TypeError(f"{module}.{name} is not a rule")
    return rule


def name_library_rules(module: str, namespace: Mapping[str, object], names: Iterable[str]) -> None:
    """Give each rule among ``names`` in ``namespace`` the public name it has in ``module``, so
    that it pickles as a reference to that name: unpickled, in this process or another, it is
    the same object, and results keyed by the rule find it again. A rule keeps the first name it
    is given; anything else among ``names`` is left alone.

    Examples:
        >>> import pickle
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> pickle.loads(pickle.dumps(LONG_TERM_UNEMPLOYED)) is LONG_TERM_UNEMPLOYED
        True
    """
    for name in names:
        value = namespace[name]
        if isinstance(value, Rule) and value._library_name is None:
            object.__setattr__(value, "_library_name", (module, name))


@attrs.frozen(slots=True, eq=False)
class Rule:
    """Base of every rule: a condition on a person's facts as of a date, under a dated law.

    Subclasses implement ``_check(ctx) -> (outcome, observation, missing)``, ``describe`` and
    ``threshold``; they declare the facts they read (``facts``) and their citations. Rules are
    compared by identity and are hashable, so they can key dictionaries of results.

    Examples:
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> sorted(f.value for f in LONG_TERM_UNEMPLOYED.facts)
        ['registrations']
        >>> [c.text("pl") for c in LONG_TERM_UNEMPLOYED.citations()]
        ['art. 2 ust. 1 pkt 5 ustawy o promocji zatrudnienia i instytucjach rynku pracy', 'ustawa o rynku pracy i służbach zatrudnienia']
    """

    _library_name: tuple[str, str] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )
    """The module and name of a library rule (see ``name_library_rules``); ``None`` for a rule
    built by its user, which pickles as a copy."""
    rule_name: ClassVar[str] = "rule"
    facts: ClassVar[frozenset[Fact]] = frozenset()
    _negates: ClassVar[bool] = False
    """Whether the rule negates its part (what ``Verdict.failed`` turns around)."""
    _reads_as_version: ClassVar[bool] = False
    """Whether the verdict reads as its one part when that part checks the same thing."""

    def __reduce_ex__(self, protocol: Any) -> Any:
        # A library rule travels as its name: the same object comes back. Any other rule is
        # copied field by field, as attrs pickles it.
        if self._library_name is not None:
            return (_library_rule, self._library_name)
        return super().__reduce_ex__(protocol)

    @property
    def name(self) -> str:
        """A stable identifier of the rule (``"long_term_unemployed"``).

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.name
            'working_age'
        """
        return self.rule_name

    @property
    def label(self) -> Label:
        """What the rule checks, in Polish and English."""
        raise NotImplementedError  # pragma: no cover - every concrete rule defines it

    def citation_on(self, law_on: date) -> Citation | None:
        """The provision the rule applies on ``law_on`` (``None`` where no law is modelled).

        Examples:
            >>> from datetime import date
            >>> from integra.rules import LONG_TERM_UNEMPLOYED
            >>> LONG_TERM_UNEMPLOYED.citation_on(date(2020, 1, 1)).article
            '2'
        """
        return None

    def certainty_on(self, law_on: date) -> Certainty:
        """How certain the law values this rule itself reads on ``law_on`` are (its parts answer
        for theirs; a verdict combines both in
        [`Verdict.certainty`][integra.rules.core.verdict.Verdict.certainty]). A rule that reads no
        law value of its own answers ``CONFIRMED``: nothing it read is in doubt; a rule whose law
        has no version on ``law_on`` answers ``NO_LAW``.

        Examples:
            >>> from datetime import date
            >>> from integra.rules import INCOME_WITHIN_CRITERION, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> INCOME_WITHIN_CRITERION.certainty_on(date(2005, 1, 1)).value
            'derived'
            >>> INCOME_WITHIN_CRITERION.certainty_on(date(2100, 1, 1)).value
            'assumed_unchanged'
            >>> (REGISTERED_UNEMPLOYED & WORKING_AGE).certainty_on(date(2100, 1, 1)).value
            'confirmed'
        """
        return Certainty.CONFIRMED

    def repeal_on(self, law_on: date) -> Repeal | None:
        """How the rule's law ended, for a law date after its repeal (``None`` for a rule whose
        law was not repealed by then, or that reads no law of its own).

        Examples:
            >>> from datetime import date
            >>> from integra.rules import PAI_ELIGIBILITY, WORKING_AGE
            >>> PAI_ELIGIBILITY.repeal_on(date(2025, 6, 1)).by.act.short
            'URP'
            >>> WORKING_AGE.repeal_on(date(2025, 6, 1)) is None
            True
            >>> (PAI_ELIGIBILITY & WORKING_AGE).repeal_on(date(2025, 6, 1)) is None
            True
        """
        return None

    def citations(self) -> tuple[Citation, ...]:
        """Every provision the rule (and its parts) may apply, without duplicates.

        Examples:
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> rule = REGISTERED_UNEMPLOYED & RECEIVES_SOCIAL_ASSISTANCE & WORKING_AGE
            >>> len(rule.citations()) >= 3
            True
        """
        seen: dict[Citation, None] = {}
        for rule in self.walk():
            for citation in rule._own_citations():
                seen.setdefault(citation, None)
        return tuple(seen)

    def _own_citations(self) -> tuple[Citation, ...]:
        return ()

    def required_facts(self) -> frozenset[Fact]:
        """The kinds of facts the rule and its parts read.

        Examples:
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> rule = REGISTERED_UNEMPLOYED & RECEIVES_SOCIAL_ASSISTANCE & WORKING_AGE
            >>> sorted(f.value for f in rule.required_facts())
            ['benefit_awards', 'birth_date', 'registrations', 'sex']
        """
        out: set[Fact] = set()
        for rule in self.walk():
            out |= rule.facts
        return frozenset(out)

    def walk(self) -> Iterator[Rule]:
        """This rule and all its parts, depth first.

        Examples:
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> rule = REGISTERED_UNEMPLOYED & RECEIVES_SOCIAL_ASSISTANCE & WORKING_AGE
            >>> [r.name for r in rule.walk()][:2]
            ['all_of', 'registered_unemployed']
        """
        yield self
        for part in self.parts():
            yield from part.walk()

    def parts(self) -> tuple[Rule, ...]:
        """The direct parts of a composite rule (empty for a condition).

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.parts()
            ()
        """
        return ()

    def evaluate(self, person: Person, on: date, law_on: date | None = None) -> Verdict:
        """The verdict for ``person`` on ``on`` under the law in force on ``law_on`` (by default
        ``on``).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(1959, 1, 2), Sex.MALE), date(2024, 1, 1)).outcome.value
            'eligible'
        """
        return self.evaluate_in(Context(person, on, law_on))

    def evaluate_in(self, ctx: Context) -> Verdict:
        """The verdict in a prepared [`Context`][integra.rules.core.context.Context].

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate_in(Context(Person(date(2010, 1, 1), Sex.MALE), date(2024, 1, 1))).outcome.value
            'not_eligible'
        """
        outcome, observation, missing = self._check(ctx)
        return _new_verdict(Verdict, (self, outcome, observation, (), missing, ctx.on, ctx.law_on))

    def outcome_in(self, ctx: Context) -> Outcome:
        """Only the outcome (what compositions combine); the default evaluates the rule.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.outcome_in(Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)))
            <Outcome.ELIGIBLE: 'eligible'>
        """
        return self.evaluate_in(ctx).outcome

    def children_in(self, ctx: Context) -> tuple[Verdict, ...]:
        """The verdicts of the parts in ``ctx`` (what a composite verdict expands to).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.children_in(Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)))
            ()
        """
        return tuple([part.evaluate_in(ctx) for part in self.parts()])

    def _check(self, ctx: Context) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        raise NotImplementedError  # pragma: no cover - every concrete rule defines it

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Render the observation of ``verdict`` (called by ``Verdict.observed_text``)."""
        return str(verdict.observation)  # pragma: no cover - every concrete rule overrides it

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """Render the condition applied in ``verdict`` (called by ``Verdict.threshold_text``)."""
        return ""

    def describe_public(self, verdict: Verdict, language: Language) -> str:
        """Render the observation without personal detail (what ``Verdict.explain`` shows unless
        the caller asks for ``personal=True``): a rule whose observation holds an amount or a
        health fact states the decision instead. By default the same as ``describe``."""
        return self.describe(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """The first day after ``ctx.on`` on which the verdict could differ if the facts stay as
        they are (ongoing periods continue), or ``None`` if it never changes again. The default
        looks at the boundaries of every period the rule reads, the birthdays if it reads the
        birth date, and changes of its law; rules whose value changes daily refine it.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE
            >>> RECEIVES_SOCIAL_ASSISTANCE.stable_until(Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))) is None
            True
        """
        return next_change(ctx, self.facts, self._law_changes())

    def _law_changes(self) -> tuple[date, ...]:
        return ()

    # -- composition ------------------------------------------------------------------------------

    def __and__(self, other: Rule) -> AllOf:
        from integra.rules.core.composition import all_of

        return all_of(self, other)

    def __or__(self, other: Rule) -> AnyOf:
        from integra.rules.core.composition import any_of

        return any_of(self, other)

    def __invert__(self) -> Not:
        from integra.rules.core.composition import Not

        return Not(self)

    def __repr__(self) -> str:
        return f"<rule {self.name}: {self.label.en}>"


@attrs.frozen(slots=True, eq=False, repr=False)
class Condition(Rule):
    """A single condition (a leaf of a verdict tree) applied under a dated law.

    ``law`` is a [`Timeline`][integra.law.Timeline] of the condition's versions: each entry's value
    carries what the version needs (a threshold, a list of groups) and its citation is the
    provision applied. On a law date no entry covers, the verdict is ``UNKNOWN`` with
    ``Fact.LAW`` missing and says that no law is modelled. When a history the condition reads
    (its ``facts``) was not collected for the person, the verdict is ``UNKNOWN`` with those facts
    missing, without deciding. Subclasses implement
    ``_decide(ctx, version)``.

    Attributes:
        law: The versions of the condition by the date of the law.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> v = LONG_TERM_UNEMPLOYED.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2024, 1, 1), law_on=date(2001, 1, 1))
        >>> v.outcome.value, v.observed_text()
        ('unknown', 'no law for this rule is modelled on 2001-01-01')
    """

    law: Timeline[Any] | None = attrs.field(kw_only=True)
    _last_version: list[tuple[date, Any] | None] = attrs.field(
        init=False, factory=lambda: [None], eq=False, repr=False
    )
    """The version found for the last law date asked (a cache; not part of the condition)."""
    _decides_uncollected: ClassVar[bool] = False
    """Whether ``_decide`` handles histories that were not collected itself (e.g. a condition
    met by any one of several sources); otherwise any such history makes the verdict ``UNKNOWN``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "evaluate_in" in cls.__dict__ and "outcome_in" not in cls.__dict__:
            # A condition that builds its own verdict gives the outcome of that verdict, also
            # inside a composition (which asks only for outcomes).
            cls.outcome_in = Rule.outcome_in  # type: ignore[method-assign]

    def _version(self, law_on: date) -> Any:
        """The version in force on ``law_on``, kept for the next call with the same date:
        ``None`` for a condition without a law, ``_NO_LAW`` where it has one and no entry covers
        the date."""
        law = self.law
        return None if law is None else _kept_version(self._last_version, law, law_on)

    def evaluate_in(self, ctx: Context) -> Verdict:
        """Pick the version in force on the law date and decide (once per context).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> ctx = Context(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> WORKING_AGE.evaluate_in(ctx) is WORKING_AGE.evaluate_in(ctx)
            True
        """
        verdict = ctx._verdicts.get(self)
        if verdict is None:
            decision = ctx._decided.get(self)
            if decision is None:
                # Deciding is outcome_in's work (this class's, not an override's); it keeps the
                # whole decision in the context for the verdict.
                Condition.outcome_in(self, ctx)
                decision = ctx._decided[self]
            outcome, observation, missing = decision
            verdict = ctx._verdicts[self] = _new_verdict(
                Verdict, (self, outcome, observation, (), missing, ctx._on, ctx._law_on)
            )
        return verdict

    def outcome_in(self, ctx: Context) -> Outcome:
        """Only the outcome (what a composition combines). The condition is decided once per
        context: the decision (outcome, observation, missing facts) is kept in the context, and
        its verdict is built from it when it is asked for.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import REGISTERED_UNEMPLOYED
            >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> REGISTERED_UNEMPLOYED.outcome_in(ctx)
            <Outcome.UNKNOWN: 'unknown'>
        """
        decided = ctx._decided
        found = decided.get(self)
        if found is not None:
            return found[0]
        law_on = ctx._law_on
        # The version kept for the last law date is read here directly (the common case) and
        # searched for through _version otherwise.
        last = self._last_version[0]
        version = last[1] if last is not None and last[0] == law_on else self._version(law_on)
        if version is _NO_LAW:
            found = (UNKNOWN, None, _LAW_MISSING)
        elif (
            not self._decides_uncollected
            and ctx._gaps != ()
            and (gaps := ctx.uncollected(self.facts))
        ):
            # A history nobody collected cannot decide: "none recorded" is not "none collected".
            found = (UNKNOWN, NOT_COLLECTED, gaps)
        else:
            found = self._decide(ctx, version)
        # The whole decision is kept: the verdict, if asked for, is built from it.
        decided[self] = found
        return found[0]

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        raise NotImplementedError  # pragma: no cover - every concrete condition defines it

    def _pool(self) -> tuple[str, frozenset[Any]] | None:
        """For a condition whose ``_decide`` is exactly "a set the context holds (the attribute
        named by the first item, e.g. ``"situations"``) shares a member with the second item":
        that pair, so that a composition can decide several such conditions together in one
        pass. ``None`` (the default) for every other condition. Define it only where that is
        all ``_decide`` does; a subclass that decides otherwise must answer ``None`` again."""
        return None

    def _in_force_since(self) -> date | None:
        """The first day of the condition's law if it has one version in force without end
        (``date.min`` for a condition without a law); ``None`` otherwise."""
        law = self.law
        if law is None:
            return date.min
        entries = law.entries
        if len(entries) != 1 or entries[0].value is None or law.period_of(entries[0]).end:
            return None
        return entries[0].start

    def version_on(self, law_on: date) -> Any:
        """The version's value in force on ``law_on`` (``None`` if none is modelled).

        Examples:
            >>> from datetime import date
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.version_on(date(2020, 1, 1)).men_max
            65
        """
        return None if self.law is None else self.law.get(law_on)

    def citation_on(self, law_on: date) -> Citation | None:
        """The citation of the version in force on ``law_on`` (``None`` for a condition without
        a law of its own, such as a plain age band)."""
        if self.law is None:
            return None
        try:
            return self.law.entry_at(law_on).citation
        except NoLawInForce:
            return None

    def certainty_on(self, law_on: date) -> Certainty:
        """The certainty of the version in force on ``law_on``: the entry's own, or
        ``ASSUMED_UNCHANGED`` after the law's review date; ``CONFIRMED`` where the condition
        reads no law, ``NO_LAW`` where it has a law but none is modelled on ``law_on``.

        Examples:
            >>> from datetime import date
            >>> from integra.rules import WORKING_AGE
            >>> [WORKING_AGE.certainty_on(date(y, 1, 1)).value for y in (2020, 2026, 2027)]
            ['confirmed', 'derived', 'assumed_unchanged']
            >>> WORKING_AGE.certainty_on(date(1990, 1, 1)).value
            'no_law'
        """
        law = self.law
        if law is None:
            return Certainty.CONFIRMED
        return law.certainty_at(law_on) or Certainty.NO_LAW

    def observed_certainty(self, observation: Any) -> Certainty:
        """How certain the law values behind the facts the condition observed are: a fact the
        library computed under dated law (an income counted from items with a per-hectare
        amount that is ``DERIVED``) is no more certain than that law. ``CONFIRMED`` (the
        default) for facts taken as given; a verdict of the condition is as certain as the
        weaker of this and [`certainty_on`][integra.rules.core.rule.Condition.certainty_on].

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.observed_certainty(None).value
            'confirmed'
        """
        return Certainty.CONFIRMED

    def certainty_columns(self, frame: Any, version: Any) -> Any:
        """Columnar counterpart of
        [`observed_certainty`][integra.rules.core.rule.Condition.observed_certainty] for the bulk
        path: for each person of ``frame``, the strength
        ([`Certainty.strength`][integra.law.Certainty.strength]) of the law behind the facts the
        kernel read, or ``None`` where every fact is taken as given (the default).

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.certainty_columns(None, None) is None
            True
        """
        return None

    def repeal_on(self, law_on: date) -> Repeal | None:
        """How the condition's law ended, for a law date after its repeal."""
        law = self.law
        return None if law is None else law.repeal_on(law_on)

    def _own_citations(self) -> tuple[Citation, ...]:
        if self.law is None:
            return ()
        return tuple(e.citation for e in self.law.entries if e.citation is not None)

    def _law_changes(self) -> tuple[date, ...]:
        return law_changes(self.law)
