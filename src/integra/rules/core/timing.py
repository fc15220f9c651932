"""From which date: [`eligible_from`][integra.rules.core.timing.eligible_from] finds the first
day a rule is met if the facts stay as they are.
"""

from __future__ import annotations

from datetime import date

from integra.errors import InvalidValue
from integra.people import Person
from integra.rules.core.context import Context
from integra.rules.core.rule import Rule
from integra.rules.core.verdict import ELIGIBLE

__all__ = ["eligible_from"]


def eligible_from(
    rule: Rule,
    person: Person,
    start: date,
    *,
    until: date | None = None,
    law_on: date | None = None,
    max_steps: int = 100_000,
) -> date | None:
    """The earliest date on or after ``start`` on which ``rule`` gives ``ELIGIBLE`` if the facts
    stay as they are (ongoing periods continue), or ``None`` if it never will (or not by
    ``until``).

    The law applied moves with the date unless ``law_on`` fixes it. The search jumps from one
    possible change to the next (period boundaries, birthdays that matter, law changes) and steps
    day by day only while a count changes daily (e.g. registered days in a moving window).

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
        >>> eligible_from(LONG_TERM_UNEMPLOYED, p, date(2024, 1, 1))
        datetime.date(2024, 12, 26)
    """
    day = start
    for _ in range(max_steps):
        if until is not None and day > until:
            return None
        if day < person.birth_date:
            day = person.birth_date
            continue
        ctx = Context(person, day, law_on)
        if rule.evaluate_in(ctx).outcome is ELIGIBLE:
            return day
        following = rule.stable_until(ctx)
        if following is None or following <= day:
            return None
        day = following
    raise InvalidValue(f"eligible_from gave up after {max_steps} steps; pass an earlier 'until'")
