"""Eligibility over time, in columns: for every person and rule, the spans of days in which the
verdict is eligible, not eligible or unknown, and the day it next changes if nothing else
happens (the columnar form of [`eligible_from`][integra.rules.core.timing.eligible_from]).

A verdict can only change on a day on which something it reads changes: a period starts or ends,
the person reaches an age that matters, the law changes, or a count of days crosses its
threshold. [`over_time`][integra.bulk.over_time.over_time] screens everyone on the first day,
works out in columns the next such day for each person, and screens again, on each of those days,
only the persons for whom it is one; equal consecutive outcomes make one span. The candidate days
are those the scalar rules' ``stable_until`` gives, except that a count of registered days in a
moving window (long-term unemployment) is not looked at daily: the count moves by at most one day
up and two down from one day to the next (the window's start jumps over 29 February), so the
threshold cannot be crossed sooner than the distance to it allows (and only matters while the
person is registered, so the start and end of a registration are candidate days too). Between
two candidate days the verdict cannot change, so the spans are those evaluating every day with
the scalar rules would give.

A rule with a part this module cannot follow in columns (a condition without a columnar kernel,
a user's condition with its own ``stable_until``, a user's composition) is followed person by
person with the scalar rules instead, and its name is listed in ``fell_back``.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.bulk import Population, over_time
    >>> from integra.rules import LONG_TERM_UNEMPLOYED
    >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
    >>> spans = over_time([LONG_TERM_UNEMPLOYED], Population.from_persons([p]), date(2024, 6, 1), date(2025, 6, 30))
    >>> for span in spans.of(0):
    ...     print(span.first, span.last, span.outcome.value, span.reason)
    2024-06-01 2024-12-25 not_eligible ()
    2024-12-26 2025-06-30 eligible ('long_term_unemployed',)
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from math import floor
from typing import Any, NamedTuple

import attrs
import numpy as np

from integra._extras import require
from integra.bulk._days import OPEN, add_months, day_number, from_day_number
from integra.bulk.evaluate import REFUSED, screen
from integra.bulk.frame import Frame
from integra.bulk.population import Population, Spans
from integra.errors import InvalidValue
from integra.people import SocialSituation
from integra.rules.age import AgeBetween, WorkingAge
from integra.rules.core import (
    AllOf,
    AnyOf,
    ByLawDate,
    Condition,
    Context,
    Fact,
    Not,
    Outcome,
    Rule,
)
from integra.rules.core.toolkit import law_changes
from integra.rules.revitalisation import ResidesInArea
from integra.rules.unemployment import LongTermUnemployed, LongTermUnemployedEU

__all__ = ["BORN", "LAW", "EligibilitySpans", "NextChange", "Span", "next_change", "over_time"]

BORN = "born"
"""The reason of a span that begins on the person's birth (before it, there is no verdict)."""
LAW = "law"
"""The reason of a span that begins where the rule's version changed with the law and none of
the conditions of either version changed its own outcome."""

_NEVER = OPEN
"""The day number meaning "no further change"."""
_LAST_DAY = day_number(date.max)
_ONE_DAY = timedelta(days=1)
_MAX_STEPS = 100_000
"""As ``eligible_from``: the most days one person is evaluated on by the scalar rules."""
_OUTCOMES = (Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN, Outcome.ELIGIBLE)
_CODE = {outcome: code for code, outcome in enumerate(_OUTCOMES)}
_TEXT = np.array([None, *(o.value for o in _OUTCOMES)], dtype=object)
_TABLES_OF = {
    Fact.REGISTRATIONS: ("registrations", "exclusions", "profiles"),
    Fact.BENEFIT_AWARDS: ("benefit_awards",),
    Fact.SOCIAL_CONTRACTS: ("social_contracts",),
    Fact.CERTIFICATES: ("certificates",),
    Fact.RESIDENCES: ("residences",),
    Fact.HOUSEHOLDS: ("households",),
    Fact.SITUATIONS: ("situations",),
    Fact.ENTITLEMENTS: ("entitlements",),
}


def _outcome(code: int) -> Outcome | None:
    return None if code == REFUSED else _OUTCOMES[code]


class Span(NamedTuple):
    """One span of days with the same verdict of one rule for one person.

    Attributes:
        rule: The rule's name.
        first: The first day of the span.
        last: The last day of the span (the end of the range asked for, at most).
        outcome: The verdict's outcome on every day of the span; ``None`` before the person's
            birth, when there is no verdict.
        reason: Why the span begins: the names of the conditions whose outcome changed on its
            first day, [`BORN`][integra.bulk.over_time.BORN] on the day of birth,
            [`LAW`][integra.bulk.over_time.LAW] where only the version of the rule changed;
            empty for a span that begins on the first day of the range.

    Examples:
        >>> from datetime import date
        >>> Span("working_age", date(2024, 1, 1), date(2024, 3, 31), Outcome.ELIGIBLE, ()).outcome.value
        'eligible'
    """

    rule: str
    first: date
    last: date
    outcome: Outcome | None
    reason: tuple[str, ...]


# -- a part of a population ---------------------------------------------------------------------


def _take(population: Population, positions: Any) -> Population:
    """The persons at ``positions`` (ascending) with their histories, as a population of their
    own (the columns are gathered, not checked again: they were checked when ``population`` was
    built). Every per-person column is gathered, the history tables row by row, and what
    belongs to the whole population (its addresses) is shared."""
    positions = np.asarray(positions, dtype=np.int64)
    n = len(population)
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(population)):
        value = getattr(population, field.name)
        key = field.alias or field.name
        if key == "spans":
            changes[key] = _take_spans(value, positions)
        elif key == "collected":
            changes[key] = {h: flags[positions] for h, flags in value.items()}
        elif key == "memo":
            changes[key] = {}
        elif isinstance(value, np.ndarray) and value.ndim == 1 and len(value) == n:
            changes[key] = value[positions]
        elif hasattr(value, "take") and hasattr(value, "__len__") and len(value) == n:
            changes[key] = value.take(positions)
    return attrs.evolve(population, **changes)


def _take_spans(tables: dict[str, Spans], positions: Any) -> dict[str, Spans]:
    m = len(positions)
    spans: dict[str, Spans] = {}
    kept: dict[str, Any] = {}
    for table, s in tables.items():
        lo = s.first[positions]
        count = s.first[positions + 1] - lo
        offsets = np.cumsum(count) - count
        rows = np.arange(int(count.sum()), dtype=np.int64) + np.repeat(lo - offsets, count)
        kept[table] = rows
        first = np.zeros(m + 1, dtype=np.int64)
        np.cumsum(count, out=first[1:])
        person = np.repeat(np.arange(m, dtype=s.person.dtype), count)
        values = {k: v[rows] for k, v in s.values.items()}
        spans[table] = Spans(person, s.start[rows], s.end[rows], values, m, first=first)
    # Every population holds every table (empty where none was given): the rows of the other
    # tables that point at a registration (exclusions, profiles) or at a household statement
    # (income items, alimony paid) point at its new place.
    for column, target in (("registration", "registrations"), ("household", "households")):
        rows = kept[target]
        renumber = np.full(len(tables[target].start), -1, dtype=np.int64)
        renumber[rows] = np.arange(len(rows), dtype=np.int64)
        for table, part in spans.items():
            if table != target and column in part.values:
                part.values[column] = renumber[part.values[column]]
    return spans


# -- the next day a verdict may change, in columns ---------------------------------------------


def _after(frame: Frame, days: Iterable[date]) -> int:
    """The first of ``days`` after the frame's date (the same for everyone), or ``_NEVER``."""
    later = [day_number(d) for d in days if d > frame.on]
    return min(later) if later else _NEVER


def _boundary(frame: Frame, table: str) -> Any:
    """For each person, the first day after the frame's date on which a span of ``table`` starts
    or the day after one ends (as the scalar ``period_boundaries``), or ``_NEVER``."""

    def compute() -> Any:
        s = frame.population.spans(table)
        day = frame.day
        start = s.start.astype(np.int64)
        end = s.end.astype(np.int64)
        after_end = np.where(end < OPEN, end + 1, _NEVER)
        bound = np.where(start > day, start, np.where(after_end > day, after_end, _NEVER))
        out = np.full(frame.n, _NEVER, dtype=np.int64)
        np.minimum.at(out, s.person, bound)
        return out

    return frame.memo(("over_time.boundary", table), compute)


def _facts_boundary(frame: Frame, facts: Iterable[Fact]) -> Any:
    out = np.full(frame.n, _NEVER, dtype=np.int64)
    for fact in facts:
        for table in _TABLES_OF.get(fact, ()):
            out = np.minimum(out, _boundary(frame, table))
    return out


def _birthday(frame: Frame, *ages: Any) -> Any:
    """For each person, the first day after the frame's date on which they reach one of
    ``ages`` (integers, or arrays of one age per person; ``None`` skipped), or ``_NEVER``."""
    birth = frame.population.birth.astype(np.int64)
    out = np.full(frame.n, _NEVER, dtype=np.int64)
    for age in ages:
        if age is None:
            continue
        for value in np.unique(np.asarray(age)).tolist():
            # As add_years: 29 February becomes 28 February in a common year.
            day, _ = add_months(birth, 12 * int(value))
            hit = np.asarray(age) == value
            out = np.where(hit & (day > frame.day), np.minimum(out, day), out)
    return out


def _default(rule: Condition, frame: Frame) -> Any:
    """``Rule.stable_until``: the boundaries of the periods the condition reads and its law."""
    law = _after(frame, rule._law_changes())
    return np.minimum(_facts_boundary(frame, rule.facts), law)


def _working_age(rule: WorkingAge, frame: Frame) -> Any:
    law = np.full(frame.n, _after(frame, rule._law_changes()), dtype=np.int64)
    limits = rule.law.get(frame.law_on)
    if limits is None:
        return law
    top = np.where(frame.population.female, limits.women_max, limits.men_max)
    return np.minimum(law, _birthday(frame, limits.minimum, top))


def _age_between(rule: AgeBetween, frame: Frame) -> Any:
    return _birthday(frame, rule.minimum, rule.below)


def _distance(count: Any, need: int) -> Any:
    """Days before a count of days in a moving window can cross ``need`` (reach it from below,
    or fall below it): it rises by at most one a day and falls by at most two."""
    return np.where(count < need, need - count, (count - need + 2) // 2)


def _long_term(rule: LongTermUnemployed, frame: Frame) -> Any:
    law = np.full(frame.n, _after(frame, rule._law_changes()), dtype=np.int64)
    version = None if rule.law is None else rule.law.get(frame.law_on)
    if version is None:
        return law
    last = frame.on if rule.include_evaluation_day else frame.on - _ONE_DAY
    first = frame.day_of(rule.window(frame.on, version.window_years).start)
    end = frame.day_of(last)
    need = floor(rule.counting.days_in(version.months)) + 1
    counts = [
        frame.days_in(
            "registrations",
            first,
            end,
            less="exclusions",
            kinds=version.excluded | version.unsettled,
        )
    ]
    if version.unsettled:
        counts.append(
            frame.days_in("registrations", first, end, less="exclusions", kinds=version.excluded)
        )
    steady = np.ones(frame.n, dtype=bool)
    step = np.full(frame.n, _NEVER, dtype=np.int64)
    shortest = 365 * version.window_years
    for count in counts:
        step = np.minimum(step, _distance(count, need))
        steady &= (count == 0) | ((count >= need) & (need <= shortest))
    # Once every boundary of the registrations and their exclusions lies at or before the
    # window's start, each day of the window is covered alike: the count is nil or the whole
    # window, and (unless the threshold falls between a common and a leap window) stays put.
    latest = np.full(frame.n, -_NEVER, dtype=np.int64)
    for table in ("registrations", "exclusions"):
        s = frame.population.spans(table)
        end_after = np.where(s.end < OPEN, s.end.astype(np.int64) + 1, -_NEVER)
        np.maximum.at(latest, s.person, np.maximum(s.start.astype(np.int64), end_after))
    steady &= latest <= first
    # A person not registered on the date is not eligible until a registration starts, whatever
    # the count; one registered stops being eligible the day after the registration ends.
    steady |= ~frame.covered("registrations")
    moving = np.where(steady, _NEVER, frame.day + step)
    return np.minimum(np.minimum(law, moving), _boundary(frame, "registrations"))


def _long_term_eu(rule: LongTermUnemployedEU, frame: Frame) -> Any:
    best = _default(rule, frame)
    version = None if rule.law is None else rule.law.get(frame.law_on)
    if version is None:
        return best
    best = np.minimum(best, _birthday(frame, version.young_below))
    extra = frame.rows_with("situations", "situation", (SocialSituation.UNEMPLOYED_NOT_REGISTERED,))
    start = frame.spell_start("registrations", extra)
    inside = start != OPEN
    safe = np.where(inside, start, frame.day)
    young = frame.age < version.young_below
    crossing = (
        np.where(
            young,
            frame.months_period_last(safe, version.young_months),
            frame.months_period_last(safe, version.months),
        )
        + 1
    )
    crossing = np.where(inside & (crossing > frame.day), crossing, _NEVER)
    return np.minimum(best, crossing)


def _in_area(rule: ResidesInArea, frame: Frame) -> Any:
    valid = rule.area.valid
    days = [valid.start] + ([] if valid.end is None else [valid.end + _ONE_DAY])
    return np.minimum(_default(rule, frame), _after(frame, days))


_FOLLOWED: dict[Any, Callable[[Any, Frame], Any]] = {
    Rule.stable_until: _default,
    WorkingAge.stable_until: _working_age,
    AgeBetween.stable_until: _age_between,
    LongTermUnemployed.stable_until: _long_term,
    LongTermUnemployedEU.stable_until: _long_term_eu,
    ResidesInArea.stable_until: _in_area,
}
"""The scalar ``stable_until`` methods this module follows in columns, by the method itself (a
subclass keeping its base's ``stable_until`` is followed as its base)."""


def _followed(rule: Rule) -> bool:
    """Whether every part of ``rule`` can be screened and followed in columns."""
    kind = type(rule)
    if kind in (AllOf, AnyOf, Not, ByLawDate):
        return all(_followed(part) for part in rule.parts())
    if not isinstance(rule, Condition) or getattr(rule, "columns", None) is None:
        return False
    return kind.stable_until in _FOLLOWED


def _next(rule: Rule, frame: Frame) -> Any:
    """For each person of the frame, the first day after its date on which ``rule``'s verdict
    may differ (``_NEVER`` if none)."""

    def compute() -> Any:
        kind = type(rule)
        if kind is AllOf or kind is AnyOf:
            out = np.full(frame.n, _NEVER, dtype=np.int64)
            for part in rule.parts():
                out = np.minimum(out, _next(part, frame))
            return out
        if kind is Not:
            return _next(rule.parts()[0], frame)
        if kind is ByLawDate:
            versions = rule.versions  # type: ignore[attr-defined]
            out = np.full(frame.n, _after(frame, law_changes(versions)), dtype=np.int64)
            version = versions.get(frame.law_on)
            return out if version is None else np.minimum(out, _next(version, frame))
        return _FOLLOWED[kind.stable_until](rule, frame)

    result: Any = frame.memo(("over_time.next", rule), compute)
    return result


# -- the reasons of a change --------------------------------------------------------------------


def _conditions(rule: Rule, law_on: date) -> list[Condition]:
    """The conditions of ``rule`` that decide it under the law of ``law_on`` (for a rule by law
    date, those of the version in force), each once."""
    found: dict[Rule, None] = {}

    def visit(part: Rule) -> None:
        if type(part) is ByLawDate:
            version = part.versions.get(law_on)
            if version is not None:
                visit(version)
        elif isinstance(part, Condition):
            found.setdefault(part, None)
        else:
            for child in part.parts():
                visit(child)

    visit(rule)
    return [c for c in found if isinstance(c, Condition)]


def _batches(rules: Sequence[Rule]) -> list[list[Rule]]:
    """``rules`` in groups of distinct names (what one screening accepts)."""
    groups: list[list[Rule]] = []
    for rule in rules:
        for group in groups:
            if all(r.name != rule.name for r in group):
                group.append(rule)
                break
        else:
            groups.append([rule])
    return groups


def _column_reasons(
    rule: Rule, population: Population, day: int, law_on: date | None, was_refused: Any
) -> list[tuple[str, ...]]:
    """For each person of ``population`` (whose verdict changed on ``day``), the names of the
    conditions whose outcome differs from the day before."""
    on = from_day_number(day)
    before = on - _ONE_DAY
    law_today = on if law_on is None else law_on
    law_before = before if law_on is None else law_on
    conditions = list(dict.fromkeys(_conditions(rule, law_today) + _conditions(rule, law_before)))
    changed = np.zeros((len(population), len(conditions)), dtype=bool)
    at: dict[Rule, int] = {c: i for i, c in enumerate(conditions)}
    for group in _batches(conditions):
        today = screen(group, population, on, law_on).codes
        yesterday = screen(group, population, before, law_on).codes
        for condition in group:
            changed[:, at[condition]] = today[condition.name] != yesterday[condition.name]
    reasons: list[tuple[str, ...]] = []
    for i in range(len(population)):
        if was_refused[i]:
            reasons.append((BORN,))
        else:
            names = tuple(dict.fromkeys(c.name for j, c in enumerate(conditions) if changed[i, j]))
            reasons.append(names or (LAW,))
    return reasons


def _scalar_reason(
    rule: Rule, person: Any, on: date, law_on: date | None, was_refused: bool
) -> tuple[str, ...]:
    if was_refused:
        return (BORN,)
    today = Context(person, on, law_on)
    yesterday = Context(person, on - _ONE_DAY, law_on)
    conditions = dict.fromkeys(
        _conditions(rule, today.law_on) + _conditions(rule, yesterday.law_on)
    )
    names = tuple(
        dict.fromkeys(
            c.name for c in conditions if c.outcome_in(today) is not c.outcome_in(yesterday)
        )
    )
    return names or (LAW,)


# -- following verdicts through time ----------------------------------------------------------


class _Changes(NamedTuple):
    """What a sweep found: each person's code on the first day, and the changes after it."""

    initial: Any
    person: Any
    day: Any
    code: Any
    reason: list[tuple[str, ...]]


def _sweep_columns(
    rule: Rule,
    population: Population,
    first: date,
    last: int,
    law_on: date | None,
    first_change_only: bool,
    reasons: bool,
) -> _Changes:
    n = len(population)
    initial = screen([rule], population, first, law_on).codes[rule.name].astype(np.int8)
    current = initial.copy()
    birth = population.birth.astype(np.int64)
    heap: list[int] = []
    buckets: dict[int, list[Any]] = {}

    def push(positions: Any, days: Any) -> None:
        keep = days <= last
        positions, days = positions[keep], days[keep]
        if not len(positions):
            return
        order = np.argsort(days, kind="stable")
        positions, days = positions[order], days[order]
        unique, starts = np.unique(days, return_index=True)
        for day, chunk in zip(unique.tolist(), np.split(positions, starts[1:]), strict=True):
            if day not in buckets:
                buckets[day] = []
                heapq.heappush(heap, day)
            buckets[day].append(chunk)

    def follow(positions: Any, frame: Frame) -> Any:
        days = _next(rule, frame)
        return np.where(birth[positions] > frame.day, birth[positions], days)

    everyone = np.arange(n, dtype=np.int64)
    push(everyone, follow(everyone, Frame(population, first, law_on)))
    people: list[Any] = []
    days: list[Any] = []
    codes: list[Any] = []
    why: list[tuple[str, ...]] = []
    while heap:
        day = heapq.heappop(heap)
        positions = np.sort(np.concatenate(buckets.pop(day)))
        part = _take(population, positions)
        on = from_day_number(day)
        new = screen([rule], part, on, law_on).codes[rule.name].astype(np.int8)
        old = current[positions]
        changed = new != old
        if changed.any():
            people.append(positions[changed])
            days.append(np.full(int(changed.sum()), day, dtype=np.int64))
            codes.append(new[changed])
            if reasons:
                movers = np.flatnonzero(changed)
                why.extend(
                    _column_reasons(rule, _take(part, movers), day, law_on, old[movers] == REFUSED)
                )
            current[positions] = new
        following = follow(positions, Frame(part, on, law_on))
        if first_change_only:
            following = np.where(changed, _NEVER, following)
        push(positions, following)
    return _Changes(
        initial,
        np.concatenate(people) if people else np.zeros(0, dtype=np.int64),
        np.concatenate(days) if days else np.zeros(0, dtype=np.int64),
        np.concatenate(codes) if codes else np.zeros(0, dtype=np.int8),
        why,
    )


def _sweep_scalar(
    rule: Rule,
    population: Population,
    first: date,
    last: int,
    law_on: date | None,
    first_change_only: bool,
    reasons: bool,
) -> _Changes:
    """As ``_sweep_columns``, person by person with the scalar rules (``stable_until``)."""
    n = len(population)
    initial = np.zeros(n, dtype=np.int8)
    people: list[int] = []
    days: list[int] = []
    codes: list[int] = []
    why: list[tuple[str, ...]] = []
    for i in range(n):
        person = population.person_at(i)
        day: date | None = first
        previous: int | None = None
        steps = 0
        while day is not None and day_number(day) <= last:
            steps += 1
            if steps > _MAX_STEPS:
                raise InvalidValue(
                    f"following a rule person by person gave up after {_MAX_STEPS} steps; "
                    "pass 'within_days'"
                )
            if day < person.birth_date:
                code, following = REFUSED, person.birth_date
            else:
                ctx = Context(person, day, law_on)
                code = _CODE[rule.outcome_in(ctx)]
                following = rule.stable_until(ctx)  # type: ignore[assignment]
            if previous is None:
                initial[i] = code
            elif code != previous:
                people.append(i)
                days.append(day_number(day))
                codes.append(code)
                if reasons:
                    why.append(_scalar_reason(rule, person, day, law_on, previous == REFUSED))
                if first_change_only:
                    break
            previous = code
            day = following if following is not None and following > day else None
    return _Changes(
        initial,
        np.array(people, dtype=np.int64),
        np.array(days, dtype=np.int64),
        np.array(codes, dtype=np.int8),
        why,
    )


def _sweep(
    rule: Rule,
    population: Population,
    first: date,
    last: int,
    law_on: date | None,
    first_change_only: bool,
    reasons: bool,
) -> tuple[_Changes, bool]:
    if _followed(rule):
        return _sweep_columns(
            rule, population, first, last, law_on, first_change_only, reasons
        ), False
    return _sweep_scalar(rule, population, first, last, law_on, first_change_only, reasons), True


def _check_dates(*days: date | None) -> None:
    for day in days:
        if day is not None and type(day) is not date:
            raise InvalidValue("the dates must be datetime.date values")


# -- spans --------------------------------------------------------------------------------------


@attrs.frozen(slots=True, eq=False, repr=False)
class EligibilitySpans:
    """The verdicts of rules over a range of days, as spans: one row per person, rule and span
    of days with the same outcome.

    Attributes:
        population: The population followed.
        rules: The rules, in the order given.
        start: The first day of the range.
        end: The last day of the range.
        law_on: The date of the law applied throughout, or ``None`` where the law moves with
            the date.
        person: Each span's person, as a position in the population.
        rule: Each span's rule, as a position in ``rules``.
        first: Each span's first day, as a day number (days from 1970-01-01).
        last: Each span's last day, as a day number.
        codes: Each span's outcome code (0 not eligible, 1 unknown, 2 eligible,
            [`REFUSED`][integra.bulk.evaluate.REFUSED] before the person's birth).
        reasons: Each span's reason (see [`Span`][integra.bulk.over_time.Span]).
        fell_back: The names of the rules followed person by person with the scalar rules.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.bulk import Population
        >>> from integra.rules import WORKING_AGE
        >>> pop = Population.from_persons([Person(date(2006, 7, 1), Sex.FEMALE)])
        >>> spans = over_time([WORKING_AGE], pop, date(2024, 1, 1), date(2024, 12, 31))
        >>> [(s.first.isoformat(), s.outcome.value, s.reason) for s in spans.of(0)]
        [('2024-01-01', 'not_eligible', ()), ('2024-07-01', 'eligible', ('working_age',))]
    """

    population: Population
    rules: tuple[Rule, ...]
    start: date
    end: date
    law_on: date | None
    person: Any
    rule: Any
    first: Any
    last: Any
    codes: Any
    reasons: Any
    fell_back: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.person)

    def __repr__(self) -> str:
        return (
            f"<EligibilitySpans: {len(self)} spans of {len(self.population)} persons by "
            f"{len(self.rules)} rules, {self.start}..{self.end}>"
        )

    def of(self, person_id: Any, name: str | None = None) -> list[Span]:
        """The spans of one person (of every rule, or of rule ``name``), in order.

        Raises:
            InvalidValue: No person has ``person_id``, or no rule is named ``name``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)])
            >>> spans = over_time([WORKING_AGE], pop, date(2024, 1, 1), date(2024, 12, 31))
            >>> spans.of(0, "working_age")[0].last
            datetime.date(2024, 12, 31)
        """
        position = self.population.position(person_id)
        rows = self.person == position
        if name is not None:
            rows &= self.rule == self._index(name)
        return [
            Span(
                self.rules[int(self.rule[i])].name,
                from_day_number(self.first[i]),
                from_day_number(self.last[i]),
                _outcome(int(self.codes[i])),
                self.reasons[i],
            )
            for i in np.flatnonzero(rows)
        ]

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self.rules):
            if rule.name == name:
                return i
        raise InvalidValue(f"no rule named {name!r} was followed")

    def eligible_from(self, name: str) -> list[date | None]:
        """For each person, the first day of the range on which rule ``name`` is met, or
        ``None`` (what [`eligible_from`][integra.rules.core.timing.eligible_from] answers with
        ``until`` the end of the range).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(2006, 7, 1), Sex.FEMALE), Person(date(1950, 1, 1), Sex.MALE)])
            >>> over_time([WORKING_AGE], pop, date(2024, 1, 1), date(2024, 12, 31)).eligible_from("working_age")
            [datetime.date(2024, 7, 1), None]
        """
        index = self._index(name)
        rows = (self.rule == index) & (self.codes == _CODE[Outcome.ELIGIBLE])
        out = np.full(len(self.population), _NEVER, dtype=np.int64)
        np.minimum.at(out, self.person[rows], self.first[rows])
        return [None if d == _NEVER else from_day_number(d) for d in out.tolist()]

    def columns(self) -> dict[str, Any]:
        """The spans as columns: ``person_id``, ``rule`` (the name), ``first`` and ``last``
        (``datetime64[D]``), ``outcome`` (``None`` before birth) and ``reason`` (the names,
        joined by commas; empty at the start of the range).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)])
            >>> cols = over_time([WORKING_AGE], pop, date(2024, 1, 1), date(2024, 1, 31)).columns()
            >>> list(cols), cols["outcome"].tolist()
            (['person_id', 'rule', 'first', 'last', 'outcome', 'reason'], ['eligible'])
        """
        names = np.array([r.name for r in self.rules], dtype=object)
        return {
            "person_id": self.population.ids[self.person],
            "rule": names[self.rule],
            "first": self.first.astype("datetime64[D]"),
            "last": self.last.astype("datetime64[D]"),
            "outcome": _TEXT[self.codes - REFUSED],
            "reason": np.array([", ".join(r) for r in self.reasons], dtype=object),
        }

    def to_pandas(self) -> Any:
        """The spans as a pandas DataFrame (outcomes as categories); needs pandas.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)])
            >>> over_time([WORKING_AGE], pop, date(2024, 1, 1), date(2024, 1, 31)).to_pandas()["outcome"].tolist()
            ['eligible']
        """
        pd = require("pandas", "pandas", needed_by="integra.bulk.over_time")

        frame = pd.DataFrame(self.columns())
        frame["outcome"] = pd.Categorical(frame["outcome"], categories=[o.value for o in _OUTCOMES])
        return frame


def over_time(
    rules: Sequence[Rule],
    population: Population,
    start: date,
    end: date,
    law_on: date | None = None,
    *,
    reasons: bool = True,
) -> EligibilitySpans:
    """The verdicts of ``rules`` for every person of ``population`` on every day from ``start``
    to ``end`` (both included), as spans of days with the same outcome, if the facts stay as
    they are (periods still running go on). The law applied moves with the date unless
    ``law_on`` fixes it. ``reasons=False`` leaves out the reasons (each empty), which saves
    two screenings of the conditions on each day on which someone's verdict changes.

    Raises:
        InvalidValue: ``end`` is before ``start``, a date is not a ``datetime.date``, or two
            rules have the same name.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.bulk import Population
        >>> from integra.rules import REGISTERED_UNEMPLOYED
        >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 2, 1), date(2024, 3, 31)))])
        >>> spans = over_time([REGISTERED_UNEMPLOYED], Population.from_persons([p]), date(2024, 1, 1), date(2024, 6, 30))
        >>> [(s.first.isoformat(), s.last.isoformat(), s.outcome.value) for s in spans.of(0)]
        [('2024-01-01', '2024-01-31', 'not_eligible'), ('2024-02-01', '2024-03-31', 'eligible'), ('2024-04-01', '2024-06-30', 'not_eligible')]
    """
    _check_dates(start, end, law_on)
    if end < start:
        raise InvalidValue("the range ends before it starts: 'end' is before 'start'")
    rules = tuple(rules)
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise InvalidValue("the rules followed together must have different names")
    last = day_number(end)
    n = len(population)
    person: list[Any] = []
    rule_index: list[Any] = []
    first: list[Any] = []
    codes: list[Any] = []
    why: list[tuple[str, ...]] = []
    fell_back: list[str] = []
    for index, rule in enumerate(rules):
        changes, scalar = _sweep(rule, population, start, last, law_on, False, reasons)
        if scalar:
            fell_back.append(rule.name)
        person += [np.arange(n, dtype=np.int64), changes.person]
        first += [np.full(n, day_number(start), dtype=np.int64), changes.day]
        codes += [changes.initial, changes.code]
        rule_index.append(np.full(n + len(changes.person), index, dtype=np.int64))
        why += [()] * n
        why += changes.reason if reasons else [()] * len(changes.person)
    p = np.concatenate(person) if person else np.zeros(0, dtype=np.int64)
    r = np.concatenate(rule_index) if rule_index else np.zeros(0, dtype=np.int64)
    f = np.concatenate(first) if first else np.zeros(0, dtype=np.int64)
    c = np.concatenate(codes).astype(np.int8) if codes else np.zeros(0, dtype=np.int8)
    order = np.lexsort((f, p, r))
    p, r, f, c = p[order], r[order], f[order], c[order]
    reasons_sorted = np.empty(len(order), dtype=object)
    reasons_sorted[:] = [why[i] for i in order.tolist()]
    ends = np.full(len(order), last, dtype=np.int64)
    same = (p[1:] == p[:-1]) & (r[1:] == r[:-1])
    ends[:-1] = np.where(same, f[1:] - 1, last)
    return EligibilitySpans(
        population,
        rules,
        start,
        end,
        law_on,
        p,
        r,
        f,
        ends,
        c,
        reasons_sorted,
        tuple(fell_back),
    )


# -- the next change ----------------------------------------------------------------------------


@attrs.frozen(slots=True, eq=False, repr=False)
class NextChange:
    """For each person, the first day after ``on`` on which a rule's verdict changes if the
    facts stay as they are, and the outcome it changes to.

    Attributes:
        population: The population followed.
        rule: The rule.
        on: The day the verdicts are taken from.
        until: The last day looked at (``None``: as far as anything can change).
        law_on: The date of the law applied throughout, or ``None`` where it moves with the
            date.
        current: Each person's outcome code on ``on``
            ([`REFUSED`][integra.bulk.evaluate.REFUSED] for a person born after it).
        day: The day of the change as a day number, or ``-1`` where none comes.
        then: The outcome code after the change (equal to ``current`` where none comes).
        fell_back: Whether the rule was followed person by person with the scalar rules.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.bulk import Population
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
        >>> change = next_change(LONG_TERM_UNEMPLOYED, Population.from_persons([p]), date(2024, 6, 1))
        >>> change.dates(), change.becoming(Outcome.ELIGIBLE).tolist()
        ([datetime.date(2024, 12, 26)], [0])
    """

    population: Population
    rule: Rule
    on: date
    until: date | None
    law_on: date | None
    current: Any
    day: Any
    then: Any
    fell_back: bool

    def __len__(self) -> int:
        return len(self.population)

    def __repr__(self) -> str:
        changing = int((self.day >= 0).sum())
        return f"<NextChange of {self.rule.name} after {self.on}: {changing} of {len(self)} change>"

    def dates(self) -> list[date | None]:
        """For each person, the day of the next change, or ``None``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1960, 3, 5), Sex.FEMALE)])
            >>> next_change(WORKING_AGE, pop, date(2019, 1, 1)).dates()
            [datetime.date(2020, 3, 5)]
        """
        return [None if d < 0 else from_day_number(d) for d in self.day.tolist()]

    def becoming(self, outcome: Outcome) -> Any:
        """The ids of the persons whose verdict changes to ``outcome`` (by ``until``).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1960, 3, 5), Sex.FEMALE)])
            >>> next_change(WORKING_AGE, pop, date(2019, 1, 1)).becoming(Outcome.NOT_ELIGIBLE).tolist()
            [0]
        """
        return self.population.ids[(self.day >= 0) & (self.then == _CODE[outcome])]

    def leaving(self, outcome: Outcome) -> Any:
        """The ids of the persons whose verdict is ``outcome`` on ``on`` and changes (by
        ``until``): who leaves a target group.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1960, 3, 5), Sex.FEMALE)])
            >>> next_change(WORKING_AGE, pop, date(2019, 1, 1), within_days=365).leaving(Outcome.ELIGIBLE).tolist()
            []
        """
        return self.population.ids[(self.day >= 0) & (self.current == _CODE[outcome])]

    def columns(self) -> dict[str, Any]:
        """The result as columns: ``person_id``, ``outcome`` on ``on`` (``None`` before
        birth), ``changes_on`` (``datetime64[D]``, ``NaT`` where no change comes) and
        ``outcome_then``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1960, 3, 5), Sex.FEMALE)])
            >>> cols = next_change(WORKING_AGE, pop, date(2019, 1, 1)).columns()
            >>> cols["changes_on"].tolist(), cols["outcome_then"].tolist()
            ([datetime.date(2020, 3, 5)], ['not_eligible'])
        """
        when = self.day.astype("datetime64[D]")
        when[self.day < 0] = np.datetime64("NaT")
        return {
            "person_id": self.population.ids,
            "outcome": _TEXT[self.current - REFUSED],
            "changes_on": when,
            "outcome_then": _TEXT[self.then - REFUSED],
        }

    def to_pandas(self) -> Any:
        """The result as a pandas DataFrame; needs pandas.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import WORKING_AGE
            >>> pop = Population.from_persons([Person(date(1960, 3, 5), Sex.FEMALE)])
            >>> next_change(WORKING_AGE, pop, date(2019, 1, 1)).to_pandas()["outcome_then"].tolist()
            ['not_eligible']
        """
        pd = require("pandas", "pandas", needed_by="integra.bulk.over_time")

        return pd.DataFrame(self.columns())


def next_change(
    rule: Rule,
    population: Population,
    on: date,
    within_days: int | None = None,
    law_on: date | None = None,
) -> NextChange:
    """For each person of ``population``, the first day after ``on`` (within ``within_days``
    days of it, if given) on which the verdict of ``rule`` changes if the facts stay as they
    are, and its new outcome — a caseworker's planning list: who becomes long-term unemployed,
    or leaves a programme's target group, within the next N days.

    Without ``within_days`` the search goes on as long as anything the rule reads can still
    change (decades for a birthday far ahead), which takes longer.

    Raises:
        InvalidValue: ``within_days`` is negative, or a date is not a ``datetime.date``.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.bulk import Population
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> people = [Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, d)))]) for d in (1, 20)]
        >>> soon = next_change(LONG_TERM_UNEMPLOYED, Population.from_persons(people), date(2024, 12, 1), within_days=30)
        >>> soon.dates(), soon.becoming(Outcome.ELIGIBLE).tolist()
        ([datetime.date(2024, 12, 26), None], [0])
    """
    _check_dates(on, law_on)
    if within_days is not None and (
        not isinstance(within_days, int | np.integer) or within_days < 0
    ):
        raise InvalidValue("within_days must be a whole number of days, 0 or more")
    until = None if within_days is None else on + timedelta(days=int(within_days))
    last = _LAST_DAY if until is None else day_number(until)
    changes, scalar = _sweep(rule, population, on, last, law_on, True, False)
    day = np.full(len(population), -1, dtype=np.int64)
    then = changes.initial.copy()
    day[changes.person] = changes.day
    then[changes.person] = changes.code
    return NextChange(population, rule, on, until, law_on, changes.initial, day, then, scalar)
