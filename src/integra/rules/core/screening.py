"""Many people, many rules: [`screen`][integra.rules.core.screening.screen] evaluates lazily, one
[`ScreeningResult`][integra.rules.core.screening.ScreeningResult] per person, and
[`rule_table`][integra.rules.core.screening.rule_table] lists rules with what they read and their
legal bases.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from integra.labels import Language
from integra.people import Person
from integra.rules.core.context import Context
from integra.rules.core.rule import Rule
from integra.rules.core.verdict import Outcome, Verdict, _new_verdict

__all__ = ["ScreeningResult", "rule_table", "screen"]


class ScreeningResult(NamedTuple):
    """The verdicts of several rules for one person.

    Attributes:
        person: The person screened.
        verdicts: One verdict per rule, in the order the rules were given.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> result = next(screen([Person(date(2000, 1, 1), Sex.MALE, reference="A/1")], [WORKING_AGE], date(2024, 1, 1)))
        >>> result.reference, result.outcomes
        ('A/1', (<Outcome.ELIGIBLE: 'eligible'>,))
    """

    person: Person
    verdicts: tuple[Verdict, ...]

    @property
    def reference(self) -> str | None:
        """The person's case reference."""
        return self.person.reference

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The outcome of each rule."""
        return tuple(v.outcome for v in self.verdicts)


def screen(
    people: Iterable[Person],
    rules: Sequence[Rule],
    on: date,
    law_on: date | None = None,
) -> Iterator[ScreeningResult]:
    """Evaluate ``rules`` for each of ``people`` on ``on``, lazily, one result per person.

    Derived facts (age, windows, the household in force) are computed once per person and
    shared by all the rules.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE, REGISTERED_UNEMPLOYED
        >>> people = (Person(date(y, 1, 1), Sex.FEMALE) for y in (1950, 1990))
        >>> [r.outcomes[0].value for r in screen(people, [WORKING_AGE, REGISTERED_UNEMPLOYED], date(2024, 1, 1))]
        ['not_eligible', 'eligible']
    """
    rules = tuple(rules)
    for person in people:
        ctx = Context(person, on, law_on)
        yield _new_verdict(
            ScreeningResult, (person, tuple([rule.evaluate_in(ctx) for rule in rules]))
        )


def rule_table(rules: Iterable[Rule], language: Language = "en") -> str:
    """A Markdown table of rules with the facts they read and their legal bases.

    Examples:
        >>> from integra.rules import WORKING_AGE
        >>> print(rule_table([WORKING_AGE]))
        | rule | checks | reads | legal basis |
        |---|---|---|---|
        | `working_age` | of working age | birth date, sex | Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ); The Act on the Labour Market and Employment Services (URP) |
    """
    header = (
        "| rule | checks | reads | legal basis |"
        if language == "en"
        else "| reguła | sprawdza | dane | podstawa prawna |"
    )
    lines = [header, "|---|---|---|---|"]
    for rule in rules:
        facts = ", ".join(sorted(f.label.text(language) for f in rule.required_facts()))
        basis = "; ".join(c.text(language) for c in rule.citations())
        lines.append(f"| `{rule.name}` | {rule.label.text(language)} | {facts} | {basis} |")
    return "\n".join(lines)
