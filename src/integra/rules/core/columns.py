"""What a columnar kernel reads: the column frame, as an interface.

A condition answers for a whole caseload at once by defining ``columns(frame, version)`` beside
its scalar ``_decide(ctx, version)``. The kernel reads a
[`ColumnFrame`][integra.rules.core.columns.ColumnFrame] — a population as of one date, with the
derived columns (ages, spans covering the date, the household in force) computed once and shared
by every kernel — and returns one outcome code per person
([`NOT_ELIGIBLE_CODE`][integra.rules.core.columns.NOT_ELIGIBLE_CODE],
[`UNKNOWN_CODE`][integra.rules.core.columns.UNKNOWN_CODE],
[`ELIGIBLE_CODE`][integra.rules.core.columns.ELIGIBLE_CODE]), and optionally the facts missing
for each person as a bit mask ([`fact_bit`][integra.rules.core.columns.fact_bit]).

The rules know the frame only through this interface; the columnar path
([`integra.bulk.Frame`][integra.bulk.frame.Frame], extra ``bulk``) implements it, so that
``integra.rules`` never imports ``integra.bulk`` and its numpy.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> from integra.bulk import Frame, Population
    >>> from integra.rules import WORKING_AGE
    >>> frame: ColumnFrame = Frame(Population.from_persons([Person(date(2008, 1, 1), Sex.MALE)]), date(2024, 1, 1))
    >>> WORKING_AGE.columns(frame, WORKING_AGE.law.at(frame.law_on)).tolist() == [NOT_ELIGIBLE_CODE]
    True
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from integra.people import Address
from integra.rules.core.verdict import Fact

__all__ = [
    "ELIGIBLE_CODE",
    "NOT_ELIGIBLE_CODE",
    "UNKNOWN_CODE",
    "ColumnFrame",
    "ColumnPopulation",
    "SpanColumns",
    "fact_bit",
]

NOT_ELIGIBLE_CODE = 0
"""The code of ``Outcome.NOT_ELIGIBLE`` in a kernel's answer (Kleene's false)."""
UNKNOWN_CODE = 1
"""The code of ``Outcome.UNKNOWN``: conjunction is the minimum of codes, disjunction the
maximum."""
ELIGIBLE_CODE = 2
"""The code of ``Outcome.ELIGIBLE``."""

_FACTS = tuple(Fact)


def fact_bit(fact: Fact) -> int:
    """The bit of ``fact`` in a kernel's mask of missing facts.

    Examples:
        >>> fact_bit(Fact.BIRTH_DATE), fact_bit(Fact.SEX)
        (1, 2)
    """
    return 1 << _FACTS.index(fact)


class SpanColumns(Protocol):
    """One history's table in columns (registrations, certificates, residences ...), sorted by
    person; days are counted from 1970-01-01.

    Examples:
        >>> from integra.bulk import Population
        >>> spans: SpanColumns = Population.from_persons([]).spans("certificates")
        >>> spans.covering(0).tolist()
        []
    """

    @property
    def person(self) -> Any:
        """Each row's person, as a position in the persons table."""

    @property
    def start(self) -> Any:
        """Each row's first day."""

    @property
    def end(self) -> Any:
        """Each row's last day (a far day while it lasts)."""

    @property
    def values(self) -> Mapping[str, Any]:
        """The table's other columns by name (codes for enum columns); a column the caller's
        table did not have is absent."""

    def covering(self, day: int, rows: Any = None) -> Any:
        """Which rows cover ``day`` (a boolean per row, optionally only among ``rows``)."""


class ColumnPopulation(Protocol):
    """A caseload in columns, as a kernel reads it.

    Examples:
        >>> from integra.bulk import Population
        >>> population: ColumnPopulation = Population.from_persons([])
        >>> population.memo("nothing", lambda: 0), len(population.addresses)
        (0, 0)
    """

    @property
    def female(self) -> Any:
        """Whether each person is female."""

    @property
    def addresses(self) -> Sequence[Address]:
        """The distinct addresses of the residences table."""

    def spans(self, table: str) -> SpanColumns:
        """The rows of ``table``."""

    def memo(self, key: Any, compute: Any) -> Any:
        """A value derived from the population alone, computed once under ``key``."""


class ColumnFrame(Protocol):
    """A population as of the date of the facts ``on``, under the law of ``law_on``: what a
    columnar kernel reads. Each method answers for every person (or every row of a table) at
    once, and what it derives is computed once per frame.

    Examples:
        >>> from datetime import date
        >>> from integra.bulk import Frame, Population
        >>> frame: ColumnFrame = Frame(Population.from_persons([]), date(2024, 1, 1))
        >>> frame.n, frame.day_of(date(1970, 1, 2))
        (0, 1)
    """

    @property
    def population(self) -> ColumnPopulation:
        """The population."""

    @property
    def on(self) -> date:
        """The date of the facts."""

    @property
    def law_on(self) -> date:
        """The date of the law applied."""

    @property
    def day(self) -> int:
        """``on`` as a day number."""

    @property
    def n(self) -> int:
        """How many persons."""

    @property
    def age(self) -> Any:
        """Age in completed years on ``on``."""

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """A derived column computed once per frame under ``key``."""

    def outcome(self, eligible: Any) -> Any:
        """Outcome codes from a boolean array (``True`` is eligible)."""

    def any_row(self, table: str, rows: Any) -> Any:
        """For each person, whether any of their ``rows`` of ``table`` is set."""

    def covered(self, table: str) -> Any:
        """For each person, whether a span of ``table`` covers ``on``."""

    def codes(self, table: str, column: str, members: Iterable[Any]) -> Any:
        """The codes of enum ``members`` in ``column`` of ``table``."""

    def holds_any(self, table: str, column: str, members: Iterable[Any]) -> tuple[Any, Any]:
        """For each row of ``table``, whether the set in ``column`` holds one of ``members``,
        and whether it was not recorded."""

    def covered_with(self, table: str, column: str, members: Iterable[Any]) -> Any:
        """For each person, whether a span of ``table`` whose ``column`` is one of ``members``
        covers ``on``."""

    def day_of(self, day: date) -> int:
        """``day`` as a day number."""

    def months_period_last(self, starts: Any, months: int) -> Any:
        """The last day of ``months`` calendar months beginning on each of ``starts``."""

    def rows_with(self, table: str, column: str, members: Iterable[Any]) -> Any:
        """The spans ``(person, start, end)`` of ``table`` whose ``column`` is one of
        ``members``."""

    def first_covering(self, table: str, column: str) -> Any:
        """For each person, ``column`` of their first row of ``table`` covering ``on``; ``-1``
        where none does."""

    def household(self) -> tuple[Any, Any, Any]:
        """For each person, whether a household statement applies on ``on``, its members and
        its income in grosze."""

    def household_certainty(self) -> Any:
        """For each person, the strength of the certainty of the law their household's income
        was counted with."""

    def address(self) -> Any:
        """For each person, the position in ``population.addresses`` of their address on
        ``on``; ``-1`` where none is recorded."""

    def born_by(self, age: int) -> Any:
        """Whether each person is at least ``age`` years old on ``on``."""

    def days_in(
        self,
        table: str,
        first: int,
        last: int,
        less: str | None = None,
        kinds: Iterable[Any] | None = None,
    ) -> Any:
        """For each person, the days of ``first..last`` covered by spans of ``table``, less the
        days covered by spans of ``less`` (only those of ``kinds``, if given)."""

    def spell_start(self, table: str, extra: Any = None) -> Any:
        """For each person, the first day of the continuous stretch of spans of ``table`` (and
        ``extra``) containing ``on``."""
