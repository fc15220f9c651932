"""What a columnar kernel reads: a population as of one date, with the derived columns (ages,
who is registered, the household in force) computed once and shared by every kernel.

A condition gets its kernel by defining ``columns(frame, version)`` next to its scalar
``_decide(ctx, version)``; the kernel returns an array of outcome codes
([`NOT_ELIGIBLE`][integra.bulk.frame.NOT_ELIGIBLE], [`UNKNOWN`][integra.bulk.frame.UNKNOWN],
[`ELIGIBLE`][integra.bulk.frame.ELIGIBLE]), one per person, and optionally the facts missing for
each person as a bit mask ([`fact_bit`][integra.rules.core.columns.fact_bit]).

[`Frame`][integra.bulk.frame.Frame] implements the interface the rules define for it,
[`ColumnFrame`][integra.rules.core.columns.ColumnFrame]: kernels never import this module.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> from integra.bulk import Population
    >>> frame = Frame(Population.from_persons([Person(date(2004, 2, 29), Sex.MALE)]), date(2022, 2, 28))
    >>> frame.age.tolist()
    [18]
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np

from integra.bulk._days import OPEN, day_number, months_period_last, split
from integra.bulk.population import NOT_RECORDED, SCHEMAS, Population
from integra.people import Person, Sex
from integra.periods import add_years
from integra.rules.core import Fact
from integra.rules.core.columns import (
    ELIGIBLE_CODE,
    NOT_ELIGIBLE_CODE,
    UNKNOWN_CODE,
    fact_bit,
)

if TYPE_CHECKING:
    from integra.rules.core.columns import ColumnFrame

__all__ = ["ELIGIBLE", "NOT_ELIGIBLE", "UNKNOWN", "Frame", "fact_bit"]

NOT_ELIGIBLE = NOT_ELIGIBLE_CODE
"""The code of ``Outcome.NOT_ELIGIBLE`` (Kleene's false)."""
UNKNOWN = UNKNOWN_CODE
"""The code of ``Outcome.UNKNOWN``: conjunction is the minimum, disjunction the maximum."""
ELIGIBLE = ELIGIBLE_CODE
"""The code of ``Outcome.ELIGIBLE``."""


_POOL_BITS = 64
"""The most members of an enum whose codes are pooled as bits of one integer per person."""


def _codes_of(kind: Any) -> dict[Any, int]:
    return {member: i for i, member in enumerate(kind)}


class Frame:
    """A [`Population`][integra.bulk.population.Population] as of the date of the facts ``on``,
    under the law of ``law_on``.

    Attributes:
        population: The population.
        on: The date of the facts.
        law_on: The date of the law applied.
        day: ``on`` as a day number.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.bulk import Population
        >>> Frame(Population.from_persons([]), date(2024, 1, 1)).day
        19723
    """

    __slots__ = ("_cache", "day", "law_on", "n", "on", "population")

    def __init__(self, population: Population, on: date, law_on: date | None = None) -> None:
        self.population = population
        self.on = on
        self.law_on = on if law_on is None else law_on
        self.day = day_number(on)
        self.n = len(population)
        self._cache: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """A derived column computed once per frame under ``key``.

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> f = Frame(Population.from_persons([]), date(2024, 1, 1))
            >>> f.memo("x", lambda: 1), f.memo("x", lambda: 2)
            (1, 1)
        """
        cache = self._cache
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def outcome(self, eligible: Any) -> Any:
        """Outcome codes from a boolean array (``True`` is ``ELIGIBLE``).

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> Frame(Population.from_persons([]), date(2024, 1, 1)).outcome(np.array([True, False])).tolist()
            [2, 0]
        """
        # Booleans are read as bytes (True is 1) without a copy.
        return np.asarray(eligible, dtype=bool).view(np.int8) * np.int8(ELIGIBLE)

    def any_row(self, table: str, rows: Any) -> Any:
        """For each person, whether any of their ``rows`` of ``table`` (a boolean per row) is set.

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> f = Frame(Population.from_persons([]), date(2024, 1, 1))
            >>> f.any_row("situations", np.zeros(0, bool)).tolist()
            []
        """
        person = self.population.spans(table).person
        out = np.zeros(self.n, dtype=bool)
        out[person[rows]] = True
        return out

    def covered(self, table: str) -> Any:
        """For each person, whether a span of ``table`` covers ``on``.

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> Frame(Population.from_persons([]), date(2024, 1, 1)).covered("benefit_awards").tolist()
            []
        """

        def compute() -> Any:
            return self.any_row(table, self.population.spans(table).covering(self.day))

        return self.memo(("covered", table), compute)

    def codes(self, table: str, column: str, members: Iterable[Any]) -> Any:
        """The codes of enum ``members`` in ``column`` of ``table`` (for ``np.isin``).

        Examples:
            >>> from datetime import date
            >>> from integra import SocialSituation
            >>> from integra.bulk import Population
            >>> f = Frame(Population.from_persons([]), date(2024, 1, 1))
            >>> f.codes("situations", "situation", [SocialSituation.POVERTY]).tolist()
            [7]
        """
        kind = next(c.kind for c in SCHEMAS[table] if c.name == column)
        lookup = _codes_of(kind)
        return np.array(sorted(lookup[m] for m in members), dtype=np.int8)

    def holds_any(self, table: str, column: str, members: Iterable[Any]) -> tuple[Any, Any]:
        """For each row of ``table``, whether the set in ``column`` (e.g. a certificate's
        ``causes``) holds one of ``members``, and whether it was not recorded (a table given
        without the column recorded it for no row).

        Examples:
            >>> from datetime import date
            >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Indication, Person, Sex
            >>> from integra.bulk import Population
            >>> known = DisabilityCertificate(CertificateSource.UNDER_16, date(2020, 1, 1), DateRange(date(2020, 1, 1)), indications={Indication.OCCUPATIONAL_THERAPY})
            >>> unknown = DisabilityCertificate(CertificateSource.UNDER_16, date(2020, 1, 1), DateRange(date(2020, 1, 1)), indications=None)
            >>> f = Frame(Population.from_persons([Person(date(2015, 1, 1), Sex.MALE, certificates=[known, unknown])]), date(2024, 1, 1))
            >>> [a.tolist() for a in f.holds_any("certificates", "indications", [Indication.OCCUPATIONAL_THERAPY])]
            [[True, False], [False, True]]
        """
        spans = self.population.spans(table)
        marks = spans.values.get(column)
        if marks is None:
            rows = len(spans.person)
            return np.zeros(rows, dtype=bool), np.ones(rows, dtype=bool)
        kind = next(c.kind for c in SCHEMAS[table] if c.name == column).members
        wanted = frozenset(members)
        bits = sum(1 << index for index, member in enumerate(kind) if member in wanted)
        recorded = marks != NOT_RECORDED
        return recorded & ((marks & bits) != 0), ~recorded

    def covered_with(self, table: str, column: str, members: Iterable[Any]) -> Any:
        """For each person, whether a span of ``table`` whose ``column`` is one of ``members``
        covers ``on`` (e.g. a situation of a given kind).

        Examples:
            >>> from datetime import date
            >>> from integra import SocialSituation
            >>> from integra.bulk import Population
            >>> f = Frame(Population.from_persons([]), date(2024, 1, 1))
            >>> f.covered_with("situations", "situation", [SocialSituation.POVERTY]).tolist()
            []
        """
        members = frozenset(members)

        def compute() -> Any:
            codes = self.codes(table, column, members)
            pooled = self.memo(("covering_codes", table, column), lambda: self._pool(table, column))
            if pooled is None:  # more members than bits: row by row
                spans = self.population.spans(table)
                rows = self.memo(("covering", table), lambda: spans.covering(self.day))
                wanted = np.isin(spans.values[column], codes)
                return self.any_row(table, rows & wanted)
            who, held = pooled
            bits = np.uint64(sum(1 << int(code) for code in codes))
            out = np.zeros(self.n, dtype=bool)
            out[who[(held & bits) != 0]] = True
            return out

        return self.memo(("covered_with", table, column, members), compute)

    def _pool(self, table: str, column: str) -> Any:
        """The persons with a span of ``table`` covering ``on``, and for each of them the codes
        in ``column`` of those spans as bits of one integer: every check of a kind of span reads
        these instead of the rows (``None`` for an enum of more than 64 members)."""
        kind = next(c.kind for c in SCHEMAS[table] if c.name == column)
        if len(kind) > _POOL_BITS:
            return None
        spans = self.population.spans(table)
        rows = np.flatnonzero(self.memo(("covering", table), lambda: spans.covering(self.day)))
        bits = np.left_shift(np.uint64(1), spans.values[column][rows].astype(np.uint64))
        person = spans.person[rows]
        # Rows are sorted by person: each person's rows are one run, or-ed together.
        first = np.flatnonzero(np.diff(person, prepend=-1) != 0)
        if not len(first):
            return person, bits
        return person[first], np.bitwise_or.reduceat(bits, first)

    def day_of(self, day: date) -> int:
        """``day`` as a day number (what span columns hold).

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> Frame(Population.from_persons([]), date(2024, 1, 1)).day_of(date(1970, 1, 1))
            0
        """
        return day_number(day)

    def months_period_last(self, starts: Any, months: int) -> Any:
        """The last day of the period of ``months`` calendar months beginning on each of
        ``starts`` (day numbers), as [`months_period`][integra.periods.months_period] computes it.

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> f = Frame(Population.from_persons([]), date(2024, 1, 1))
            >>> f.months_period_last(np.array([f.day_of(date(2023, 8, 31))]), 6) == f.day_of(date(2024, 2, 29))
            array([ True])
        """
        return months_period_last(starts, months)

    def rows_with(self, table: str, column: str, members: Iterable[Any]) -> Any:
        """The spans ``(person, start, end)`` of ``table`` whose ``column`` is one of ``members``.

        Examples:
            >>> from datetime import date
            >>> from integra import SocialSituation
            >>> from integra.bulk import Population
            >>> f = Frame(Population.from_persons([]), date(2024, 1, 1))
            >>> [len(a) for a in f.rows_with("situations", "situation", [SocialSituation.POVERTY])]
            [0, 0, 0]
        """
        spans = self.population.spans(table)
        rows = np.isin(spans.values[column], self.codes(table, column, members))
        return spans.person[rows], spans.start[rows], spans.end[rows]

    def first_covering(self, table: str, column: str) -> Any:
        """For each person, ``column`` of their first row of ``table`` (in the table's order)
        that covers ``on``; ``-1`` where none does.

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> Frame(Population.from_persons([]), date(2024, 1, 1)).first_covering("profiles", "profile").tolist()
            []
        """

        def compute() -> Any:
            spans = self.population.spans(table)
            rows = np.flatnonzero(spans.covering(self.day))
            out = np.full(self.n, -1, dtype=np.int64)
            # Rows are sorted by person: the first of each person's covering rows starts a run.
            persons = spans.person[rows]
            first = np.flatnonzero(np.diff(persons, prepend=-1) != 0)
            out[persons[first]] = spans.values[column][rows[first]]
            return out

        return self.memo(("first_covering", table, column), compute)

    def household(self) -> tuple[Any, Any, Any]:
        """For each person, the household statement for ``on`` (the one whose validity covers
        it, else the one without validity): whether there is one, its members and its income in
        grosze.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra import Household, Person, Sex
            >>> from integra.bulk import Population
            >>> p = Person(date(1990, 1, 1), Sex.MALE, households=[Household(2, Decimal("1000.50"))])
            >>> [a.tolist() for a in Frame(Population.from_persons([p]), date(2024, 1, 1)).household()]
            [[True], [2], [100050]]
        """

        def compute() -> Any:
            spans = self.population.spans("households")
            row = self._household_row()
            has = row >= 0
            safe = np.maximum(row, 0)
            members = np.where(has, spans.values["members"][safe] if len(spans.start) else 0, 0)
            income = np.where(has, spans.values["income_grosz"][safe] if len(spans.start) else 0, 0)
            return has, members, income

        result: tuple[Any, Any, Any] = self.memo("household", compute)
        return result

    def _household_row(self) -> Any:
        """For each person, the row of the household statement for ``on`` (-1 where none)."""

        def compute() -> Any:
            spans = self.population.spans("households")
            undated = spans.start == OPEN
            row = np.full(self.n, -1, dtype=np.int64)
            fallback = np.flatnonzero(undated)
            row[spans.person[fallback]] = fallback
            dated = np.flatnonzero(~undated & spans.covering(self.day))
            row[spans.person[dated]] = dated
            return row

        return self.memo("household_row", compute)

    def household_certainty(self) -> Any:
        """For each person, the strength ([`Certainty.strength`][integra.law.Certainty.strength])
        of the certainty of the law the income of their household statement for ``on`` was
        counted with, as [`IncomeAssessment.certainty`][integra.income.IncomeAssessment.certainty]
        gives it; that of ``CONFIRMED`` (3) for a declared income or no statement.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra import Household, Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.income import IncomeItem, IncomeSource, IncomeStatement
            >>> farm = IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1.0000"))
            >>> counted = Household.from_statement(IncomeStatement(date(2025, 3, 3), 1, [farm]))
            >>> people = [Person(date(1990, 1, 1), Sex.MALE, households=h) for h in ([counted], [])]
            >>> Frame(Population.from_persons(people), date(2025, 3, 3)).household_certainty().tolist()
            [2, 3]
        """

        def statements() -> Any:
            # Each statement's certainty depends on the statement alone, not on the date
            # screened: worked out once for the population, not once per frame.
            from integra.bulk._income import certainty

            values = self.population.spans("households").values
            items = self.population.spans("income_items").values
            return certainty(
                values["application_date"].astype(np.int64),
                values["farm_amount_day"].astype(np.int64),
                items["household"],
                items["source"],
                items["month"],
                items["change"],
            )

        def compute() -> Any:
            strength = self.population.memo("statement_certainty", statements)
            row = self._household_row()
            return np.where(row >= 0, strength[np.maximum(row, 0)] if len(strength) else 3, 3)

        return self.memo("household_certainty", compute)

    def address(self) -> Any:
        """For each person, the position in ``population.addresses`` of the address they live at
        on ``on``; ``-1`` where no residence is recorded for the date.

        Examples:
            >>> from datetime import date
            >>> from integra.bulk import Population
            >>> Frame(Population.from_persons([]), date(2024, 1, 1)).address().tolist()
            []
        """
        return self.first_covering("residences", "address")

    @property
    def age(self) -> Any:
        """Age in completed years on ``on`` (Kodeks cywilny art. 112; a person born on
        29 February attains the next year on 28 February in common years).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> Frame(Population.from_persons([Person(date(2000, 3, 1), Sex.MALE)]), date(2024, 2, 29)).age.tolist()
            [23]
        """

        def compute() -> Any:
            year, month, dom = self.population.memo("birth", lambda: split(self.population.birth))
            on = self.on
            leap = on.year % 4 == 0 and (on.year % 100 != 0 or on.year % 400 == 0)
            if not leap:
                dom = np.where((month == 2) & (dom == 29), 28, dom)
            before = (on.month < month) | ((on.month == month) & (on.day < dom))
            return (on.year - year - before).astype(np.int16)

        return self.memo("age", compute)

    def born_by(self, age: int) -> Any:
        """Whether each person is at least ``age`` years old on ``on`` — a comparison of birth
        dates with the latest birth date of that age, found once for the date by the scalar
        rule ([`Person.age_on`][integra.people.Person.age_on]).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> pop = Population.from_persons([Person(date(2004, 2, 29), Sex.MALE), Person(date(2004, 3, 1), Sex.MALE)])
            >>> Frame(pop, date(2022, 2, 28)).born_by(18).tolist()
            [True, False]
        """

        def compute() -> Any:
            on = self.on
            if on.year - age < date.min.year:
                # Nobody can be born early enough: the birth date would precede 0001-01-01.
                return np.zeros(len(self.population.birth), dtype=bool)
            latest = min(add_years(on, -age) + timedelta(days=3), on)
            while Person(latest, Sex.MALE).age_on(on) < age:
                latest -= timedelta(days=1)
            return self.population.birth <= day_number(latest)

        return self.memo(("born_by", age), compute)

    def days_in(
        self,
        table: str,
        first: int,
        last: int,
        less: str | None = None,
        kinds: Iterable[Any] | None = None,
    ) -> Any:
        """For each person, the days of ``first..last`` covered by spans of ``table`` (which do
        not overlap one another), less the days covered by spans of ``less`` (which lie within
        them and may overlap one another; only those whose ``kind`` is one of ``kinds``, if
        given).

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange, Person, Registration, Sex
            >>> from integra.bulk import Population
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
            >>> f = Frame(Population.from_persons([p]), date(2024, 1, 10))
            >>> f.days_in("registrations", f.day - 30, f.day).tolist()
            [10]
        """
        spans = self.population.spans(table)
        lo = np.maximum(spans.start, first)
        hi = np.minimum(spans.end, last)
        days = np.maximum(hi - lo + 1, 0)
        total = np.bincount(spans.person, weights=days, minlength=self.n).astype(np.int64)
        if less is not None:
            spans = self.population.spans(less)
            rows = None
            if kinds is not None:
                rows = np.isin(spans.values["kind"], self.codes(less, "kind", kinds))
            total -= _union_days(spans, first, last, self.n, rows)
        return total

    def spell_start(self, table: str, extra: Any = None) -> Any:
        """For each person, the first day of the continuous stretch containing ``on`` of the
        union of the spans of ``table`` (which do not overlap one another) and the ``extra``
        spans ``(person, start, end)`` (which may), with adjacent spans joined; ``OPEN`` where
        none contains ``on``.

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange, Person, Registration, Sex
            >>> from integra.bulk import Population
            >>> from integra.bulk._days import from_day_number
            >>> regs = [Registration(DateRange(date(2024, 1, 1), date(2024, 1, 31))), Registration(DateRange(date(2024, 2, 1)))]
            >>> f = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE, registrations=regs)]), date(2024, 3, 1))
            >>> from_day_number(f.spell_start("registrations")[0])
            datetime.date(2024, 1, 1)
        """
        spans = self.population.spans(table)
        # Only a person with a span covering the day has a stretch containing it: the others'
        # rows are left out before the stretches are walked.
        inside = self.covered(table)
        also = None
        if extra is not None:
            inside = inside.copy()
            inside[extra[0][(extra[1] <= self.day) & (self.day <= extra[2])]] = True
            also = (extra[1] <= self.day) & inside[extra[0]]
        keep = (spans.start <= self.day) & inside[spans.person]
        person, start, end = spans.person[keep], spans.start[keep], spans.end[keep]
        out = np.full(self.n, OPEN, dtype=np.int64)
        if also is not None and also.any():
            assert extra is not None
            mixed = np.zeros(self.n, dtype=bool)
            mixed[extra[0][also]] = True
            # People with extra spans: their spans merged and sorted again; the others' spans
            # are sorted already.
            rows = mixed[person]
            p2 = np.concatenate([person[rows], extra[0][also]])
            s2 = np.concatenate([start[rows], extra[1][also]])
            e2 = np.concatenate([end[rows], extra[2][also]])
            order = np.lexsort((s2, p2))
            _stretch_start(p2[order], s2[order], e2[order], self.day, out)
            person, start, end = person[~rows], start[~rows], end[~rows]
        _stretch_start(person, start, end, self.day, out)
        return out


def _stretch_start(person: Any, start: Any, end: Any, day: int, out: Any) -> None:
    """Fill ``out`` with the start of each person's last stretch of the sorted spans, where it
    reaches ``day``."""
    if len(person) == 0:
        return
    p64 = person.astype(np.int64)
    scale = 4 * OPEN
    reach = np.maximum.accumulate(p64 * scale + end) - p64 * scale  # running last day
    new = np.ones(len(person), dtype=bool)
    new[1:] = (person[1:] != person[:-1]) | (start[1:] > reach[:-1] + 1)
    head = np.maximum.accumulate(np.where(new, np.arange(len(person)), 0))
    last = np.ones(len(person), dtype=bool)
    last[:-1] = person[1:] != person[:-1]
    rows = last & (reach >= day)
    out[person[rows]] = start[head[rows]]


def _union_days(spans: Any, first: int, last: int, n: int, rows: Any = None) -> Any:
    """For each person, the days of ``first..last`` covered by the union of ``spans`` (only
    the ``rows`` selected, if given)."""
    lo = np.maximum(spans.start, first).astype(np.int64)
    hi = np.minimum(spans.end, last).astype(np.int64)
    keep = hi >= lo
    if rows is not None:
        keep &= rows
    if not np.any(keep):
        return np.zeros(n, dtype=np.int64)
    person, lo, hi = spans.person[keep].astype(np.int64), lo[keep], hi[keep]
    order = np.lexsort((lo, person))
    person, lo, hi = person[order], lo[order], hi[order]
    scale = 4 * OPEN
    reach = np.maximum.accumulate(person * scale + hi) - person * scale
    previous = np.full(len(person), -scale, dtype=np.int64)
    same = person[1:] == person[:-1]
    previous[1:] = np.where(same, reach[:-1], -scale)
    fresh = np.maximum(hi - np.maximum(lo - 1, previous), 0)
    return np.bincount(person, weights=fresh, minlength=n).astype(np.int64)


_HISTORY_OF = {
    Fact.REGISTRATIONS: "registrations",
    Fact.BENEFIT_AWARDS: "benefit_awards",
    Fact.SOCIAL_CONTRACTS: "social_contracts",
    Fact.CERTIFICATES: "certificates",
    Fact.RESIDENCES: "residences",
    Fact.HOUSEHOLDS: "households",
    Fact.SITUATIONS: "situations",
    Fact.ENTITLEMENTS: "entitlements",
}


if TYPE_CHECKING:
    # The rules' kernels read a Frame through this interface: the frame must implement it.
    _IMPLEMENTS: type[ColumnFrame] = Frame
