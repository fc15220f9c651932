"""The [`Context`][integra.rules.core.context.Context] of an evaluation: one person's facts as of
one date, with the derived facts every rule shares computed once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from integra.errors import InvalidValue
from integra.people import HISTORIES, Household, Person, Residence, SocialSituation
from integra.rules.core.verdict import Fact, Outcome, Verdict, _new_verdict

if TYPE_CHECKING:
    from integra.rules.core.rule import Rule

__all__ = ["Context"]

# The fact of each history field (an enum member's ``value`` is a slow property lookup).
# ``Person.not_collected`` follows HISTORIES, which lists the histories in the order of ``Fact``,
# so the gaps keep that order (checked by the engine's tests).
_HISTORY_FACTS: dict[str, Fact] = {fact.value: fact for fact in Fact if fact.value in HISTORIES}


_UNSET: Any = object()


class Context:
    """The facts of one person as of one date, with derived facts computed once and shared by
    every rule evaluated on it (ages, windows, the household, awards in force).

    Built by [`Rule.evaluate`][integra.rules.core.rule.Rule.evaluate] and
    [`screen_each`][integra.rules.core.screening.screen_each]; build one yourself to evaluate several rules on the
    same person and date. Its person and dates cannot be reassigned.

    Raises:
        InvalidValue: ``person`` is not a [`Person`][integra.people.Person], a date is not a
            ``datetime.date``, or ``on`` is before the person's birth date (a question about a
            person before birth has no answer; the library refuses it rather than guess).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE, LONG_TERM_UNEMPLOYED
        >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
        >>> ctx.age, WORKING_AGE.evaluate_in(ctx).outcome.value
        (24, 'eligible')
    """

    __slots__ = (
        "_age",
        "_cache",
        "_decided",
        "_gaps",
        "_household",
        "_law_on",
        "_on",
        "_person",
        "_residence",
        "_situations",
        "_verdicts",
    )

    def __init__(self, person: Person, on: date, law_on: date | None = None) -> None:
        if not isinstance(person, Person):
            raise InvalidValue("the person evaluated must be a Person")
        if type(on) is not date or (law_on is not None and type(law_on) is not date):
            raise InvalidValue("the evaluation dates must be datetime.date values")
        if on < person.birth_date:
            # Nothing can be said of a person before they were born: an error, not a verdict.
            raise InvalidValue("the evaluation date is before Person.birth_date")
        self._person = person
        self._on = on
        self._law_on = on if law_on is None else law_on
        self._age: int | None = None
        self._household: Household | bool | None = False
        self._residence: Residence | bool | None = False
        self._situations: frozenset[SocialSituation] | None = None
        self._cache: dict[Hashable, Any] = {}
        names = person.not_collected
        self._gaps = tuple([_HISTORY_FACTS[name] for name in names]) if names else ()
        self._verdicts: dict[Rule, Verdict] = {}
        self._decided: dict[Rule, tuple[Outcome, Any, tuple[Fact, ...]]] = {}

    @property
    def person(self) -> Person:
        """The person evaluated (read-only, so that a verdict cannot be made to explain another
        person after the fact)."""
        return self._person

    @property
    def on(self) -> date:
        """The date of the facts."""
        return self._on

    @property
    def law_on(self) -> date:
        """The date of the law applied."""
        return self._law_on

    @property
    def verdicts(self) -> Mapping[Rule, Verdict]:
        """Verdicts of the conditions already decided in this context, so that a condition
        shared by several rules (e.g. registration in two recruitment rules) is decided once.
        A read-only view: a verdict's explanation cannot be changed through it.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> (REGISTERED_UNEMPLOYED & WORKING_AGE).outcome_in(ctx).value
            'unknown'
            >>> sorted(rule.name for rule in ctx.verdicts)
            ['registered_unemployed', 'working_age']
        """
        # A condition decided only for a composition's outcome gets its verdict here, from the
        # decision kept in the context (nothing is decided again).
        verdicts = self._verdicts
        if len(verdicts) != len(self._decided):
            on, law_on = self._on, self._law_on
            for rule, (outcome, observation, missing) in self._decided.items():
                if rule not in verdicts:
                    verdicts[rule] = _new_verdict(
                        Verdict, (rule, outcome, observation, (), missing, on, law_on)
                    )
        return MappingProxyType(verdicts)

    @property
    def age(self) -> int:
        """Age in completed years on the fact date (Kodeks cywilny art. 112).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2004, 2, 29), Sex.MALE), date(2022, 2, 28)).age
            18
        """
        if self._age is None:
            self._age = self._person.age_on(self._on)
        return self._age

    @property
    def household(self) -> Household | None:
        """The household statement in force on the fact date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).household is None
            True
        """
        if self._household is False:
            self._household = self._person.household_on(self._on)
        return self._household  # type: ignore[return-value]

    @property
    def residence(self) -> Residence | None:
        """The residence on the fact date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).residence is None
            True
        """
        if self._residence is False:
            self._residence = self._person.residence_on(self._on)
        return self._residence  # type: ignore[return-value]

    @property
    def situations(self) -> frozenset[SocialSituation]:
        """The social situations recorded for the fact date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).situations
            frozenset()
        """
        if self._situations is None:
            self._situations = self._person.situations_on(self._on)
        return self._situations

    def uncollected(self, facts: frozenset[Fact]) -> tuple[Fact, ...]:
        """The kinds of facts among ``facts`` whose history was not collected for the person
        (``None`` on the [`Person`][integra.people.Person]), in the order of
        [`Fact`][integra.rules.core.verdict.Fact].

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import Fact
            >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE, registrations=()), date(2024, 1, 1))
            >>> ctx.uncollected(frozenset({Fact.REGISTRATIONS, Fact.HOUSEHOLDS, Fact.SEX}))
            (<Fact.HOUSEHOLDS: 'households'>,)
        """
        gaps = self._gaps
        if not gaps:
            return ()
        return tuple(fact for fact in gaps if fact in facts)

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """A derived fact computed once per context under ``key``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> ctx.memo("answer", lambda: 42), ctx.memo("answer", lambda: 0)
            (42, 42)
        """
        cache = self._cache
        value = cache.get(key, _UNSET)
        if value is _UNSET:
            value = cache[key] = compute()
        return value
