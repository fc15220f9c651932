"""Many people, many rules: [`screen_each`][integra.rules.core.screening.screen_each] screens
them one person at a time, lazily, one
[`ScreeningResult`][integra.rules.core.screening.ScreeningResult] per person, and
[`rule_table`][integra.rules.core.screening.rule_table] lists rules with what they read and their
legal bases.

``screen_each`` was called ``screen``, the name [`integra.bulk.screen`][integra.bulk.screen]
has too (a whole caseload in columns). The old name still imports, with a
``DeprecationWarning``, and takes its arguments in its old order (``people, rules, on``);
``screen_each`` takes them as every screening does, rules first (``rules, people, on``).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from integra.errors import IntegraError, InvalidValue
from integra.labels import Language
from integra.people import Person
from integra.rules.core.context import Context
from integra.rules.core.rule import Rule
from integra.rules.core.ruleset import RuleSet
from integra.rules.core.verdict import Outcome, Verdict, _new_verdict

__all__ = ["ScreeningResult", "rule_table", "screen_each"]


class ScreeningResult(NamedTuple):
    """The verdicts of several rules for one person, or the error that kept the record from
    being evaluated.

    Attributes:
        person: The person screened (``None`` when the record was not a ``Person``).
        verdicts: One verdict per rule, in the order the rules were given (empty on an error).
        error: Why the record could not be evaluated, or ``None``. Its message names the problem,
            never a value from the record.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> result = next(screen_each([WORKING_AGE], [Person(date(2000, 1, 1), Sex.MALE, reference="A/1")], date(2024, 1, 1)))
        >>> result.reference, result.outcomes, result.error
        ('A/1', (<Outcome.ELIGIBLE: 'eligible'>,), None)
    """

    person: Person | None
    verdicts: tuple[Verdict, ...]
    error: IntegraError | None = None

    @property
    def reference(self) -> str | None:
        """The person's case reference."""
        return None if self.person is None else self.person.reference

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The outcome of each rule (empty on an error)."""
        return tuple(v.outcome for v in self.verdicts)


_RECORD_ERRORS = (ArithmeticError, AttributeError, LookupError, TypeError, ValueError)


def screen_each(
    rules: Sequence[Rule],
    people: Iterable[Person],
    on: date,
    law_on: date | None = None,
) -> Iterator[ScreeningResult]:
    """Screen ``people`` by ``rules`` on ``on``, one person at a time: lazily, one result per
    person, with each rule's explained verdict.

    The scalar counterpart of [`integra.bulk.screen`][integra.bulk.screen], which screens a
    whole caseload in columns; both take the rules first, then the people, then the date.
    Derived facts (age, windows, the household in force) are computed once per person and
    shared by all the rules, which are evaluated together as a
    [`RuleSet`][integra.rules.core.ruleset.RuleSet] (compiled once the caseload is large
    enough to gain from it). A record that cannot be evaluated (not a ``Person``, or born after
    ``on``) does not stop the screening: its result carries the error, and the next record
    follows.

    Raises:
        InvalidValue: an item of ``rules`` is not a rule (as when the people are passed first).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE, REGISTERED_UNEMPLOYED
        >>> people = (Person(date(y, 1, 1), Sex.FEMALE, registrations=()) for y in (1950, 2030, 1990))
        >>> for result in screen_each([WORKING_AGE, REGISTERED_UNEMPLOYED], people, date(2024, 1, 1)):
        ...     print([o.value for o in result.outcomes], result.error)
        ['not_eligible', 'not_eligible'] None
        [] the evaluation date is before Person.birth_date
        ['eligible', 'not_eligible'] None
    """
    ruleset = RuleSet(rules)
    for person in people:
        problem: IntegraError | None = None
        try:
            ctx = Context(person, on, law_on)
            verdicts = ruleset.evaluate_in(ctx)
        except IntegraError as error:
            problem = error
        except _RECORD_ERRORS as error:
            # An unexpected failure on one record; its message may quote the record, so only
            # the kind of failure is kept.
            problem = InvalidValue(f"the record could not be evaluated ({type(error).__name__})")
        if problem is None:
            yield _new_verdict(ScreeningResult, (person, verdicts, None))
            continue
        # Built outside the handler: the error carries no chained original with its values.
        yield _new_verdict(
            ScreeningResult,
            (person if isinstance(person, Person) else None, (), _without_chain(problem)),
        )


def _screen(
    people: Iterable[Person], rules: Sequence[Rule], on: date, law_on: date | None = None
) -> Iterator[ScreeningResult]:
    """The former ``screen``: [`screen_each`][integra.rules.core.screening.screen_each] with the
    people first."""
    return screen_each(rules, people, on, law_on)


def _renamed_screen() -> Any:
    """``screen``, with the warning that it is renamed, pointing at the code that asked for it
    (through this module's or a package's ``__getattr__``)."""
    warnings.warn(
        "integra.rules.screen is renamed screen_each, which takes the rules first: "
        "screen_each(rules, people, on)",
        DeprecationWarning,
        stacklevel=3,
    )
    return _screen


def __getattr__(name: str) -> Any:
    """The former name of [`screen_each`][integra.rules.core.screening.screen_each], ``screen``
    (people first, as it always took them), with a ``DeprecationWarning``: ``screen`` is
    [`integra.bulk.screen`][integra.bulk.screen], a caseload in columns.

    Examples:
        >>> import warnings
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> from integra.rules.core import screening
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     old = screening.screen
        >>> caught[0].category.__name__, str(caught[0].message)
        ('DeprecationWarning', 'integra.rules.screen is renamed screen_each, which takes the rules first: screen_each(rules, people, on)')
        >>> [r.outcomes for r in old([Person(date(2000, 1, 1), Sex.MALE)], [WORKING_AGE], date(2024, 1, 1))]
        [(<Outcome.ELIGIBLE: 'eligible'>,)]
    """
    if name == "screen":
        return _renamed_screen()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _without_chain(error: IntegraError) -> IntegraError:
    error.__context__ = None
    error.__cause__ = None
    error.__traceback__ = None
    return error


def rule_table(
    rules: Iterable[Rule], language: Language = "en", *, names: Mapping[Rule, str] | None = None
) -> str:
    """A Markdown table of rules with the facts they read and their legal bases.

    The first column shows the name to import each rule by when ``names`` gives one (as the
    documentation's table does for ``integra.rules``), otherwise the rule's own
    [`name`][integra.rules.core.rule.Rule.name], the one its verdicts and reports carry.

    Examples:
        >>> from integra.rules import WORKING_AGE
        >>> print(rule_table([WORKING_AGE]))
        | rule | checks | reads | legal basis |
        |---|---|---|---|
        | `working_age` | of working age | birth date, sex | Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ); The Act on the Labour Market and Employment Services (URP) |
        >>> print(rule_table([WORKING_AGE], "pl", names={WORKING_AGE: "WORKING_AGE"}).splitlines()[2])
        | `WORKING_AGE` | w wieku aktywności zawodowej | data urodzenia, płeć | art. 2 ust. 1 pkt 2 ustawy o promocji zatrudnienia i instytucjach rynku pracy; ustawa o rynku pracy i służbach zatrudnienia |
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
        name = rule.name if names is None else names.get(rule, rule.name)
        lines.append(f"| `{name}` | {rule.label.text(language)} | {facts} | {basis} |")
    return "\n".join(lines)
