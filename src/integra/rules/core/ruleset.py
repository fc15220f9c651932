"""Several rules evaluated together: [`RuleSet`][integra.rules.core.ruleset.RuleSet], which gives
the same verdicts as evaluating each rule in turn and, for a caseload, compiles itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from integra.errors import InvalidValue
from integra.people import Person
from integra.rules.core._compile import Plan, compile_plan
from integra.rules.core.context import Context
from integra.rules.core.rule import Rule
from integra.rules.core.verdict import Verdict

__all__ = ["RuleSet"]

# Plans kept per rule set: one per period of the law asked for, the oldest dropped beyond this.
_MAX_PLANS = 16


class RuleSet:
    """A fixed sequence of rules evaluated together for one person at a time: what a screening
    asks of every person of a caseload.

    [`evaluate_in`][integra.rules.core.ruleset.RuleSet.evaluate_in] gives exactly what
    ``tuple(rule.evaluate_in(ctx) for rule in rules)`` gives: the same verdicts, explanations
    and missing facts, in the same order, with the same derived facts kept in the context. The
    difference is speed. After ``compile_after`` evaluations under law dates it has not
    compiled for, the set compiles itself, for the period of the law around the date asked,
    into one Python function. That function has every law version already chosen and every
    composition written out, so that for each person only the conditions' own checks run.
    Compiling takes about a millisecond for half a dozen rules, which a caseload of a few
    hundred people recovers. Later evaluations under any law date of that period use the
    function; another period is compiled in turn when it has been asked for as often. A set
    whose rules cannot be written out (a part that is not a rule, say) stays evaluated rule by
    rule. Rules are values: a rule class changed after the set has compiled is not seen.

    Attributes:
        rules: The rules, in the order their verdicts are given.

    Args:
        rules: The rules to evaluate.
        compile_after: How many evaluations under law dates not yet compiled for come before
            compiling (``0``: at the first; ``None``: never, each rule is evaluated in turn).

    Raises:
        InvalidValue: an item of ``rules`` is not a [`Rule`][integra.rules.core.rule.Rule], or
            ``compile_after`` is not ``None`` or a whole number of at least 0.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED, REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> rules = RuleSet([REGISTERED_UNEMPLOYED, LONG_TERM_UNEMPLOYED, WORKING_AGE])
        >>> person = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 2)))])
        >>> [v.outcome.value for v in rules.evaluate(person, date(2024, 1, 15))]
        ['eligible', 'eligible', 'eligible']
        >>> rules
        <RuleSet: registered_unemployed, long_term_unemployed, working_age>
    """

    __slots__ = ("_compile_after", "_last", "_misses", "_plans", "_rules")

    def __init__(self, rules: Iterable[Rule], *, compile_after: int | None = 100) -> None:
        rules = tuple(rules)
        for rule in rules:
            if not isinstance(rule, Rule):
                raise InvalidValue(f"a RuleSet holds rules, got {type(rule).__name__}")
        if compile_after is not None and (type(compile_after) is not int or compile_after < 0):
            raise InvalidValue("RuleSet compile_after must be None or a whole number >= 0")
        self._rules = rules
        self._compile_after = compile_after
        self._plans: list[Plan] = []
        self._last: Plan | None = None
        self._misses = 0

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules, in the order their verdicts are given.

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> RuleSet([WORKING_AGE]).rules == (WORKING_AGE,)
            True
        """
        return self._rules

    def evaluate(self, person: Person, on: date, law_on: date | None = None) -> tuple[Verdict, ...]:
        """The verdict of each rule for ``person`` on ``on`` under the law in force on
        ``law_on`` (by default ``on``).

        Raises:
            InvalidValue: as [`Context`][integra.rules.core.context.Context] does (not a
                person, not dates, a date before the birth date).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> RuleSet([WORKING_AGE]).evaluate(Person(date(1950, 1, 1), Sex.MALE), date(2024, 1, 1))[0].outcome.value
            'not_eligible'
        """
        return self.evaluate_in(Context(person, on, law_on))

    def evaluate_in(self, ctx: Context) -> tuple[Verdict, ...]:
        """The verdict of each rule in a prepared [`Context`][integra.rules.core.context.Context],
        as ``tuple(rule.evaluate_in(ctx) for rule in self.rules)`` gives them.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> ctx = Context(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> [v.outcome.value for v in RuleSet([REGISTERED_UNEMPLOYED, WORKING_AGE]).evaluate_in(ctx)]
            ['unknown', 'eligible']
        """
        plan = self._last
        law_on = ctx._law_on
        if plan is not None and plan.first <= law_on <= plan.last:
            return plan.run(ctx)
        return self._evaluate_elsewhere(ctx, law_on)

    def _evaluate_elsewhere(self, ctx: Context, law_on: date) -> tuple[Verdict, ...]:
        """Under a law date the last plan does not cover: another plan, a new one, or the
        rules in turn."""
        for plan in self._plans:
            if plan.first <= law_on <= plan.last:
                self._last = plan
                return plan.run(ctx)
        limit = self._compile_after
        if limit is not None:
            self._misses += 1
            if self._misses > limit:
                self._misses = 0
                try:
                    plan = compile_plan(self._rules, law_on)
                except Exception:  # compiling must never change an answer
                    # Compiling reads every part of every rule, also parts an evaluation never
                    # reaches; a part it cannot read (a rule built against its types, a
                    # composition too deep to write out) leaves the set evaluated in turn,
                    # where each rule answers, or fails, as it would alone.
                    self._compile_after = None
                else:
                    self._plans = [*self._plans[-(_MAX_PLANS - 1) :], plan]
                    self._last = plan
                    return plan.run(ctx)
        return tuple([rule.evaluate_in(ctx) for rule in self._rules])

    def __len__(self) -> int:
        return len(self._rules)

    def __repr__(self) -> str:
        return f"<RuleSet: {', '.join(rule.name for rule in self._rules)}>"

    def __reduce__(self) -> tuple[Any, ...]:
        # The compiled plans are rebuilt where the set is used, not carried.
        return (_rule_set, (self._rules, self._compile_after))


def _rule_set(rules: tuple[Rule, ...], compile_after: int | None) -> RuleSet:
    return RuleSet(rules, compile_after=compile_after)
