"""What would make this person eligible: the smallest change of a single fact that flips a
verdict, in words (Polish and English) and typed.

Three kinds of change are answered, each checked before it is given by evaluating the person
again with the change applied, and with its neighbour (one grosz more, one day earlier), which
must not flip the verdict:

* **income** ([`income_change`][integra.rules.counterfactual.income_change]): the household's
  monthly income at or below which the rule is met, for a rule that reads the social-assistance
  income criterion (UPS art. 8 ust. 1): the single-person criterion for a person keeping house
  alone, the per-person criterion times the members for a family;
* **date** ([`date_change`][integra.rules.counterfactual.date_change]): the day from which the
  rule is met if the facts stay as they are — a registration that goes on, a birthday — found by
  [`eligible_from`][integra.rules.core.timing.eligible_from];
* **fact** ([`facts_to_settle`][integra.rules.counterfactual.facts_to_settle]): for an
  ``UNKNOWN`` verdict, the facts whose collection would decide it.

Over a caseload screened in columns,
[`settling_facts`][integra.rules.counterfactual.settling_facts] counts, for each missing fact,
the unknown verdicts it alone would settle.

An amount in a change is a limit the law sets (the criterion, times the members), not the
person's income; still, no change shows an amount in its ``repr``.

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from integra import Household, Person, Sex
    >>> from integra.rules import INCOME_WITHIN_CRITERION
    >>> family = Person(date(1980, 1, 1), Sex.FEMALE, households=[Household(3, Decimal("2600.00"))])
    >>> change = income_change(INCOME_WITHIN_CRITERION, family, date(2025, 3, 1))
    >>> change.income, change.per_person
    (Decimal('2469.00'), Decimal('823.00'))
    >>> print(change.text("pl"))
    dochód nie przekracza kryterium dochodowego: warunek spełniony przy dochodzie rodziny do 2469,00\u00a0zł miesięcznie (823,00\u00a0zł na osobę)
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from typing import Any, NamedTuple

import attrs

from integra.errors import InvalidValue
from integra.labels import Language, format_date, format_money
from integra.people import Household, Person
from integra.rules.assistance import IncomeWithinCriterion
from integra.rules.core import ByLawDate, Context, Fact, Outcome, Rule, eligible_from

__all__ = [
    "Change",
    "ChangeKind",
    "FactCount",
    "date_change",
    "facts_to_settle",
    "income_change",
    "settling_facts",
    "what_would_change",
]

_GROSZ = Decimal("0.01")
_ONE_DAY = timedelta(days=1)
_HORIZON_YEARS = 10
"""How far ahead ``date_change`` looks by default (a search limit, not a legal period)."""
_HISTORIES = {
    Fact.REGISTRATIONS: "registrations",
    Fact.BENEFIT_AWARDS: "benefit_awards",
    Fact.SOCIAL_CONTRACTS: "social_contracts",
    Fact.CERTIFICATES: "certificates",
    Fact.RESIDENCES: "residences",
    Fact.HOUSEHOLDS: "households",
    Fact.SITUATIONS: "situations",
    Fact.ENTITLEMENTS: "entitlements",
}


class ChangeKind(enum.Enum):
    """The fact a [`Change`][integra.rules.counterfactual.Change] changes.

    Examples:
        >>> ChangeKind.INCOME.value
        'income'
    """

    INCOME = "income"
    """The household's monthly income."""
    DATE = "date"
    """The date: the facts stay as they are and time passes."""
    FACT = "fact"
    """A fact not collected, collected."""


@attrs.frozen(slots=True, repr=False)
class Change:
    """The smallest change of one fact that flips the verdict of a rule for a person.

    Attributes:
        rule: The rule's name.
        label: The rule's label.
        kind: What changes.
        outcome: The outcome with the change applied (for a fact, what it would be if it were
            collected and held nothing; ``None`` where that depends on what it holds).
        income: For an income change, the household's monthly income at or below which the rule
            is met (one grosz more and it is not).
        per_person: For an income change, the criterion applied (per person, or for a person
            alone).
        day: For a date change, the first day on which the rule is met.
        fact: For a fact change, the fact to collect.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
        >>> change = date_change(LONG_TERM_UNEMPLOYED, p, date(2024, 6, 1))
        >>> change
        <Change: date for long_term_unemployed>
        >>> print(change.text())
        long-term unemployed (national definition): met from 2024-12-26 if the facts stay as they are
    """

    rule: str
    label: Any
    kind: ChangeKind
    outcome: Outcome | None
    income: Decimal | None = None
    per_person: Decimal | None = None
    day: date | None = None
    fact: Fact | None = None

    def __repr__(self) -> str:
        return f"<Change: {self.kind.value} for {self.rule}>"

    def text(self, language: Language = "en") -> str:
        """The change in words.

        Examples:
            >>> from integra.labels import Label
            >>> from integra.rules import Fact, Outcome
            >>> change = Change("x", Label(pl="warunek", en="condition"), ChangeKind.FACT, None, fact=Fact.HOUSEHOLDS)
            >>> print(change.text("pl"))
            warunek: do rozstrzygnięcia potrzebne dane: skład i dochód gospodarstwa domowego
        """
        pl = language == "pl"
        head = self.label.pl if pl else self.label.en
        if self.kind is ChangeKind.INCOME:
            income = format_money(self.income, language)  # type: ignore[arg-type]
            each = format_money(self.per_person, language)  # type: ignore[arg-type]
            if pl:
                return (
                    f"{head}: warunek spełniony przy dochodzie rodziny do {income} miesięcznie "
                    f"({each} na osobę)"
                )
            return (
                f"{head}: met with a household income of at most {income} a month ({each} a person)"
            )
        if self.kind is ChangeKind.DATE:
            day = format_date(self.day, language)  # type: ignore[arg-type]
            if pl:
                return f"{head}: warunek spełniony od {day}, jeśli fakty się nie zmienią"
            return f"{head}: met from {day} if the facts stay as they are"
        fact = self.fact.label.pl if pl else self.fact.label.en  # type: ignore[union-attr]
        if pl:
            return f"{head}: do rozstrzygnięcia potrzebne dane: {fact}"
        return f"{head}: collecting {fact} would settle it"


def _outcome(rule: Rule, person: Person, on: date, law_on: date | None) -> Outcome:
    return rule.evaluate_in(Context(person, on, law_on)).outcome


def _conditions(rule: Rule, law_on: date) -> Iterator[Rule]:
    """The parts of ``rule`` in force under the law of ``law_on``."""
    yield rule
    if type(rule) is ByLawDate:
        version = rule.versions.get(law_on)
        if version is not None:
            yield from _conditions(version, law_on)
        return
    for part in rule.parts():
        yield from _conditions(part, law_on)


def _with_income(person: Person, statement: Household, income: Decimal) -> Person:
    households = tuple(
        attrs.evolve(h, monthly_net_income=income) if h is statement else h
        for h in person.households or ()
    )
    return attrs.evolve(person, households=households)


def income_change(
    rule: Rule, person: Person, on: date, law_on: date | None = None
) -> Change | None:
    """The household's monthly income at or below which ``rule`` is met on ``on`` (the income
    criterion of UPS art. 8 ust. 1: the single-person criterion for a person keeping house
    alone, the per-person criterion times the members for a family), with the other facts as
    they are; ``None`` where the rule reads no income criterion, no household statement is in
    force, or income alone does not decide (another condition fails whatever the income). The
    answer is checked: the rule is met with that income and not with one grosz more.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from integra import Household, Person, Sex
        >>> from integra.rules import INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS
        >>> alone = Person(date(1980, 1, 1), Sex.MALE, households=[Household(1, Decimal("1200.00"))])
        >>> income_change(INCOME_WITHIN_CRITERION, alone, date(2025, 3, 1)).income
        Decimal('1010.00')
        >>> income_change(QUALIFIES_FOR_CASH_BENEFITS, alone, date(2025, 3, 1)) is None
        True
    """
    ctx = Context(person, on, law_on)
    statement = ctx.household
    if statement is None:
        return None
    limits = []
    for part in _conditions(rule, ctx.law_on):
        if isinstance(part, IncomeWithinCriterion) and part.law is not None:
            version = part.law.get(ctx.law_on)
            if version is not None:
                each = version.single if statement.members == 1 else version.per_person
                whole = Decimal(each) * statement.members
                limits.append(
                    (whole.quantize(_GROSZ, rounding=ROUND_FLOOR), Decimal(each).quantize(_GROSZ))
                )
    for income, each in sorted(limits):
        at = _with_income(person, statement, income)
        above = _with_income(person, statement, income + _GROSZ)
        if (
            _outcome(rule, at, on, law_on) is Outcome.ELIGIBLE
            and _outcome(rule, above, on, law_on) is not Outcome.ELIGIBLE
        ):
            return Change(rule.name, rule.label, ChangeKind.INCOME, Outcome.ELIGIBLE, income, each)
    return None


def date_change(
    rule: Rule,
    person: Person,
    on: date,
    *,
    until: date | None = None,
    law_on: date | None = None,
) -> Change | None:
    """The first day after ``on`` (by ``until``; by default ten years on, a search limit)
    from which ``rule`` is met if the facts stay as they are, for a person who does not meet it
    on ``on``; ``None`` if they meet it already or will not by ``until``. The answer is checked:
    the rule is met on that day and not on the day before.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> date_change(WORKING_AGE, Person(date(2008, 5, 2), Sex.FEMALE), date(2024, 1, 1)).day
        datetime.date(2026, 5, 2)
        >>> date_change(WORKING_AGE, Person(date(1990, 5, 2), Sex.FEMALE), date(2024, 1, 1)) is None
        True
    """
    if _outcome(rule, person, on, law_on) is Outcome.ELIGIBLE or on == date.max:
        # Already eligible, or no day follows the last one a date can hold.
        return None
    last = until
    if last is None:
        # The horizon stops at 9999-12-31, the last day a date can hold.
        far = on.year + _HORIZON_YEARS
        last = date.max if far > date.max.year else on.replace(year=far, day=1)
    day = eligible_from(rule, person, on + _ONE_DAY, until=last, law_on=law_on)
    if day is None:
        return None
    if _outcome(rule, person, day, law_on) is not Outcome.ELIGIBLE or (
        day - _ONE_DAY >= person.birth_date
        and _outcome(rule, person, day - _ONE_DAY, law_on) is Outcome.ELIGIBLE
    ):  # pragma: no cover - eligible_from answers the first such day
        return None
    return Change(rule.name, rule.label, ChangeKind.DATE, Outcome.ELIGIBLE, day=day)


def facts_to_settle(
    rule: Rule, person: Person, on: date, law_on: date | None = None
) -> tuple[Change, ...]:
    """For a verdict ``UNKNOWN`` for want of facts, each fact whose collection alone would
    decide it, whatever it holds: checked by collecting it empty (and, for the household, with
    a statement at no income and at a very high one) — the verdict must be decided each time.
    A change's ``outcome`` is the verdict with the fact collected and empty (``None`` for the
    household, where it depends on the statement). Empty for a decided verdict, and for one
    that waits for the law.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import INCOME_WITHIN_CRITERION
        >>> p = Person(date(1980, 1, 1), Sex.MALE, households=None)
        >>> [c.fact.value for c in facts_to_settle(INCOME_WITHIN_CRITERION, p, date(2024, 1, 1))]
        ['households']
    """
    verdict = rule.evaluate_in(Context(person, on, law_on))
    if verdict.outcome is not Outcome.UNKNOWN:
        return ()
    found: list[Change] = []
    for fact in dict.fromkeys(verdict.missing):
        history = _HISTORIES.get(fact)
        if history is None:
            continue
        if fact is Fact.HOUSEHOLDS:
            trials = [
                attrs.evolve(person, households=[Household(1, Decimal(income))])
                for income in ("0", "999999999")
            ]
        else:
            empty: dict[str, Any] = {history: ()}
            trials = [attrs.evolve(person, **empty)]
        outcomes = {_outcome(rule, trial, on, law_on) for trial in trials}
        if Outcome.UNKNOWN in outcomes:
            continue
        outcome = outcomes.pop() if len(outcomes) == 1 and fact is not Fact.HOUSEHOLDS else None
        found.append(Change(rule.name, rule.label, ChangeKind.FACT, outcome, fact=fact))
    return tuple(found)


def what_would_change(
    rule: Rule, person: Person, on: date, law_on: date | None = None
) -> tuple[Change, ...]:
    """Every change of one fact that would flip the verdict of ``rule``, as the three functions
    of this module find them: the facts to collect for an unknown verdict; for one not met, the
    income at or below which and the day from which it would be.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from integra import Household, Person, Sex
        >>> from integra.rules import INCOME_WITHIN_CRITERION
        >>> p = Person(date(1980, 1, 1), Sex.MALE, households=[Household(1, Decimal("1200.00"))])
        >>> for change in what_would_change(INCOME_WITHIN_CRITERION, p, date(2025, 3, 1)):
        ...     print(change.text())
        income within the income criterion: met with a household income of at most 1010.00 zł a month (1010.00 zł a person)
    """
    outcome = _outcome(rule, person, on, law_on)
    if outcome is Outcome.ELIGIBLE:
        return ()
    if outcome is Outcome.UNKNOWN:
        return facts_to_settle(rule, person, on, law_on)
    found = [
        income_change(rule, person, on, law_on),
        date_change(rule, person, on, law_on=law_on),
    ]
    return tuple(c for c in found if c is not None)


class FactCount(NamedTuple):
    """How many unknown verdicts of a rule one missing fact would settle.

    Attributes:
        fact: The fact.
        alone: The unknown verdicts for which it is the only fact missing.
        among: The unknown verdicts for which it is one of the facts missing.

    Examples:
        >>> FactCount(Fact.HOUSEHOLDS, 3, 5).alone
        3
    """

    fact: Fact
    alone: int
    among: int


def settling_facts(screening: Any, name: str) -> list[FactCount]:
    """Over a caseload screened in columns (an
    [`integra.bulk.Screening`][integra.bulk.evaluate.Screening]), for each fact missing where
    rule ``name`` is ``UNKNOWN``: how many of those verdicts it is the only missing fact of
    (collecting it would settle them) and how many it is among the missing facts of; most
    settled first. Refused persons are left out.

    Raises:
        InvalidValue: No rule named ``name`` was screened.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Sex, SituationSpell, SocialSituation
        >>> from integra.bulk import Population, screen
        >>> from integra.rules import QUALIFIES_FOR_CASH_BENEFITS
        >>> poor = [SituationSpell(SocialSituation.POVERTY, DateRange(date(2020, 1, 1)))]
        >>> known = dict(registrations=(), certificates=(), households=None)
        >>> people = [Person(date(1980, 1, 1), Sex.MALE, **known, situations=poor), Person(date(1980, 1, 1), Sex.MALE, **known, situations=None)]
        >>> s = screen([QUALIFIES_FOR_CASH_BENEFITS], Population.from_persons(people), date(2024, 1, 1))
        >>> [(c.fact.value, c.alone, c.among) for c in settling_facts(s, "qualifies_for_cash_benefits")]
        [('households', 1, 2), ('situations', 0, 1)]
    """
    import numpy as np

    if name not in screening.codes:
        raise InvalidValue(f"no rule named {name!r} was screened")
    unknown = screening.codes[name] == 1
    masks = np.asarray(screening.missing[name])[unknown].astype(np.int64)
    counts: list[FactCount] = []
    for index, fact in enumerate(Fact):
        bit = 1 << index
        among = int(np.count_nonzero(masks & bit))
        if among:
            counts.append(FactCount(fact, int(np.count_nonzero(masks == bit)), among))
    return sorted(counts, key=lambda c: (-c.alone, -c.among, list(Fact).index(c.fact)))
