"""A small toolkit for writing rules: the dates on which a verdict may change.

[`eligible_from`][integra.rules.core.timing.eligible_from] jumps from one possible change of a
verdict to the next, asking each rule's ``stable_until(ctx)``. A rule whose verdict changes only
when one of the periods it reads starts or ends, or when its law changes, needs nothing more than
the default; a rule that also depends on a birthday or on a count crossing a threshold combines
the helpers below, as the library's own rules do (see
[`WorkingAge`][integra.rules.age.WorkingAge] and
[`LongTermUnemployed`][integra.rules.unemployment.LongTermUnemployed]):

```python
def stable_until(self, ctx: Context) -> date | None:
    return earliest(
        next_change(ctx, self.facts, law_changes(self.law)),
        next_birthday(ctx, 18, 65),
    )
```

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.rules import Context, Fact
    >>> p = Person(date(2000, 5, 10), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1), date(2024, 3, 31)))])
    >>> ctx = Context(p, date(2024, 2, 1))
    >>> next_change(ctx, frozenset({Fact.REGISTRATIONS})), next_birthday(ctx, 25)
    (datetime.date(2024, 4, 1), datetime.date(2025, 5, 10))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from integra.law import Timeline
from integra.periods import add_years
from integra.rules.core.context import Context
from integra.rules.core.verdict import Fact

__all__ = ["earliest", "law_changes", "next_birthday", "next_change", "period_boundaries"]

_ONE_DAY = timedelta(days=1)
_LAST_YEAR = date.max.year


def earliest(*days: date | None) -> date | None:
    """The earliest of ``days``, ignoring ``None`` (no change); ``None`` if all are.

    Examples:
        >>> from datetime import date
        >>> earliest(None, date(2024, 5, 1), date(2024, 3, 1))
        datetime.date(2024, 3, 1)
        >>> earliest(None, None) is None
        True
    """
    best: date | None = None
    for day in days:
        if day is not None and (best is None or day < best):
            best = day
    return best


def _bounds(start: date, end: date | None) -> Iterator[date]:
    yield start
    if end is not None and end < date.max:
        yield end + _ONE_DAY


def period_boundaries(ctx: Context, facts: Iterable[Fact]) -> Iterator[date]:
    """The days on which a period of the given kinds of facts starts, or the day after one ends
    (in no particular order, possibly repeated and possibly before ``ctx.on``).

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.rules import Context, Fact
        >>> p = Person(date(2000, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1), date(2024, 3, 31)))])
        >>> sorted(period_boundaries(Context(p, date(2024, 2, 1)), [Fact.REGISTRATIONS]))
        [datetime.date(2024, 1, 1), datetime.date(2024, 4, 1)]
    """
    facts = frozenset(facts)
    person = ctx.person
    periods: list[Any] = []
    if Fact.REGISTRATIONS in facts:
        registrations = person.registrations or ()
        periods.extend(r.period for r in registrations)
        periods.extend(e.period for r in registrations for e in r.exclusions)
        periods.extend(p.period for r in registrations for p in r.profiles)
    if Fact.BENEFIT_AWARDS in facts:
        periods.extend(a.period for a in person.benefit_awards or ())
    if Fact.SOCIAL_CONTRACTS in facts:
        periods.extend(c.period for c in person.social_contracts or ())
    if Fact.CERTIFICATES in facts:
        periods.extend(c.valid for c in person.certificates or ())
    if Fact.RESIDENCES in facts:
        periods.extend(r.period for r in person.residences or ())
    if Fact.HOUSEHOLDS in facts:
        periods.extend(h.valid for h in person.households or () if h.valid is not None)
    if Fact.SITUATIONS in facts:
        periods.extend(s.period for s in person.situations or ())
    if Fact.ENTITLEMENTS in facts:
        periods.extend(e.period for e in person.entitlements or ())
    for period in periods:
        yield from _bounds(period.start, period.end)


def law_changes(law: Timeline[Any] | None) -> tuple[date, ...]:
    """The days on which a version of ``law`` comes into force, or the day after one stops
    (empty for ``None``, a condition without a law of its own).

    Examples:
        >>> from integra.rules import WORKING_AGE
        >>> law_changes(WORKING_AGE.law)[:3]
        (datetime.date(2004, 6, 1), datetime.date(2013, 1, 1), datetime.date(2017, 10, 1))
    """
    if law is None:
        return ()
    return tuple(day for entry in law.entries for day in _bounds(entry.start, entry.end))


def next_change(
    ctx: Context, facts: Iterable[Fact], law_changes: Iterable[date] = ()
) -> date | None:
    """The first day after ``ctx.on`` on which a period of the given kinds of facts starts or
    ends (see [`period_boundaries`][integra.rules.core.toolkit.period_boundaries]) or the law
    changes, or ``None`` if nothing changes again. This is what
    [`Rule.stable_until`][integra.rules.core.rule.Rule.stable_until] answers by default.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.rules import Context, Fact
        >>> p = Person(date(2000, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
        >>> ctx = Context(p, date(2024, 2, 1))
        >>> next_change(ctx, [Fact.REGISTRATIONS]) is None
        True
        >>> next_change(ctx, [Fact.REGISTRATIONS], [date(2025, 6, 1)])
        datetime.date(2025, 6, 1)
    """
    on = ctx.on
    best: date | None = None
    for source in (period_boundaries(ctx, facts), law_changes):
        for day in source:
            if day > on and (best is None or day < best):
                best = day
    return best


def next_birthday(ctx: Context, *ages: int | None) -> date | None:
    """The first day after ``ctx.on`` on which the person reaches one of ``ages`` (``None``
    entries are skipped), or ``None`` if every such birthday has passed.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import Context
        >>> ctx = Context(Person(date(2000, 5, 10), Sex.FEMALE), date(2024, 1, 1))
        >>> next_birthday(ctx, 18, 25, None, 60)
        datetime.date(2025, 5, 10)
        >>> next_birthday(ctx, 18) is None
        True
    """
    birth_date = ctx.person.birth_date
    on = ctx.on
    return earliest(
        *(
            birthday
            for age in ages
            # A birthday after 9999-12-31, the last day a date can hold, never comes.
            if age is not None
            and birth_date.year + age <= _LAST_YEAR
            and (birthday := add_years(birth_date, age)) > on
        )
    )


_NO_LAW: Any = object()
"""What ``_kept_version`` answers where the timeline has no value in force; distinct from
``None``, which ``Condition._version`` answers for a condition that reads no law (and is still
decided)."""


def _kept_version(slot: list[tuple[date, Any] | None], law: Timeline[Any], law_on: date) -> Any:
    """The value of ``law`` in force on ``law_on``, or ``_NO_LAW``, kept in ``slot``.

    Consecutive evaluations nearly always share the law date, so a rule keeps the version found
    for the last one (one ``(date, version)`` pair, replaced whole, in a one-item list owned by
    the rule) instead of searching its timeline again. Replacing the pair whole keeps a reader
    in another thread from seeing one date's version paired with another date.
    """
    last = slot[0]
    if last is not None and last[0] == law_on:
        return last[1]
    version = law.get(law_on)
    if version is None:
        version = _NO_LAW
    slot[0] = (law_on, version)
    return version
