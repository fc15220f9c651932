"""The rule engine: three-valued, explained, cited verdicts as of a date.

A rule is an immutable value. [`Rule.evaluate`][integra.rules.core.rule.Rule.evaluate] applies it to a
[`Person`][integra.people.Person] on a date and returns a [`Verdict`][integra.rules.core.verdict.Verdict]:
an [`Outcome`][integra.rules.core.verdict.Outcome] (``ELIGIBLE``, ``NOT_ELIGIBLE`` or ``UNKNOWN``) with the
reasons — every condition evaluated, each with what was observed, the threshold, the legal
citation and labels in Polish and English. ``UNKNOWN`` lists the [`Fact`][integra.rules.core.verdict.Fact]
kinds that would decide it.

Rules compose with ``&``, ``|`` and ``~`` (or [`all_of`][integra.rules.core.composition.all_of],
[`any_of`][integra.rules.core.composition.any_of], [`not_`][integra.rules.core.composition.not_]) under Kleene's
three-valued logic, and the verdict keeps the structure of the composition.

The date of the facts (``on``) and the date of the law applied (``law_on``, by default the same)
are separate: a rule asked for a law date its modelled law does not cover answers ``UNKNOWN``
with [`Fact.LAW`][integra.rules.core.verdict.Fact] among the missing facts, and says so.

The engine is split by concern; every name below is importable from here (and from
[`integra.rules`][integra.rules]):

* [`verdict`][integra.rules.core.verdict]: `Outcome`, `Fact` and `Verdict`;
* [`context`][integra.rules.core.context]: `Context`, one person's facts as of one date;
* [`rule`][integra.rules.core.rule]: the base classes `Rule` and `Condition`;
* [`composition`][integra.rules.core.composition]: `AllOf`, `AnyOf`, `Not` and `all_of`,
  `any_of`, `not_`;
* [`dated`][integra.rules.core.dated]: `ByLawDate` and `in_force`, for law that changed;
* [`timing`][integra.rules.core.timing]: `eligible_from`;
* [`ruleset`][integra.rules.core.ruleset]: `RuleSet`, several rules evaluated together, compiled
  for a caseload;
* [`screening`][integra.rules.core.screening]: `screen_each`, `ScreeningResult` and `rule_table`;
* [`toolkit`][integra.rules.core.toolkit]: helpers for writing rules (`earliest`,
  `next_change`, `next_birthday`, `law_changes`, `period_boundaries`).

One module is imported by its own path, for those who write a columnar kernel:
[`columns`][integra.rules.core.columns] defines `ColumnFrame`, the interface through which a
kernel reads a caseload in columns, which the columnar path implements.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.rules import REGISTERED_UNEMPLOYED, LONG_TERM_UNEMPLOYED
    >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 2)))])
    >>> verdict = (REGISTERED_UNEMPLOYED & LONG_TERM_UNEMPLOYED).evaluate(p, date(2024, 1, 15))
    >>> verdict.outcome
    <Outcome.ELIGIBLE: 'eligible'>
    >>> print(verdict.explain())
    ELIGIBLE: all of the following [derived value]
      ELIGIBLE: registered as unemployed — a registration covers 2024-01-15 (Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ))
      ELIGIBLE: long-term unemployed (national definition) — 379 days registered in 2022-01-16..2024-01-15; required: more than 360 days (12 months of 30 days) (Art. 2(1)(5) of the Act on Employment Promotion and Labour Market Institutions (UPZ)) [derived value]
"""

from typing import Any

from integra.rules.core import screening as _screening
from integra.rules.core.composition import AllOf, AnyOf, Not, all_of, any_of, not_
from integra.rules.core.context import Context
from integra.rules.core.dated import ByLawDate, in_force
from integra.rules.core.rule import Condition, Rule
from integra.rules.core.ruleset import RuleSet
from integra.rules.core.screening import ScreeningResult, rule_table, screen_each
from integra.rules.core.timing import eligible_from
from integra.rules.core.toolkit import (
    earliest,
    law_changes,
    next_birthday,
    next_change,
    period_boundaries,
)
from integra.rules.core.verdict import (
    ELIGIBLE,
    NOT_COLLECTED,
    NOT_ELIGIBLE,
    UNKNOWN,
    Fact,
    Outcome,
    Verdict,
)

__all__ = [
    "ELIGIBLE",
    "NOT_COLLECTED",
    "NOT_ELIGIBLE",
    "UNKNOWN",
    "AllOf",
    "AnyOf",
    "ByLawDate",
    "Condition",
    "Context",
    "Fact",
    "Not",
    "Outcome",
    "Rule",
    "RuleSet",
    "ScreeningResult",
    "Verdict",
    "all_of",
    "any_of",
    "earliest",
    "eligible_from",
    "in_force",
    "law_changes",
    "next_birthday",
    "next_change",
    "not_",
    "period_boundaries",
    "rule_table",
    "screen_each",
]


def __getattr__(name: str) -> Any:
    """The former name of [`screen_each`][integra.rules.core.screening.screen_each], ``screen``,
    with a ``DeprecationWarning`` (see [`screening`][integra.rules.core.screening]).

    Examples:
        >>> import warnings
        >>> import integra.rules.core
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     integra.rules.core.screen.__name__, caught[0].category.__name__
        ('_screen', 'DeprecationWarning')
    """
    if name == "screen":
        return _screening._renamed_screen()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
