"""Law as dated data: legal sources, citations, and timelines of values in force.

A legal number (an income criterion, an hourly rate, a duration) is never a bare constant here. It
is an entry of a [`Timeline`][integra.law.Timeline]: the value, the day it applies from (and,
where the law ended, the day it applies to), the [`Citation`][integra.law.Citation] of the
provision that sets it, and its [`Certainty`][integra.law.Certainty] — ``CONFIRMED`` when a public
source states it, ``DERIVED`` when it was computed or inferred (for example by applying a statutory
indexation rule) and still awaits a primary source.

Asking a timeline for a date it does not cover raises
[`NoLawInForce`][integra.errors.NoLawInForce]: the library does not extrapolate law. The values
were last reviewed up to [`LAW_REVIEW_DATE`][integra.law.LAW_REVIEW_DATE]: a value that is still in
force on that day is answered for later dates too, but only as ``ASSUMED_UNCHANGED``
([`Timeline.lookup`][integra.law.Timeline.lookup]) — the library cannot know the law of a day
nobody has reviewed.

Examples:
    >>> from datetime import date
    >>> from integra.parameters import INCOME_CRITERIA
    >>> entry = INCOME_CRITERIA.entry_at(date(2010, 6, 1))
    >>> entry.value.single, entry.certainty.value
    (Decimal('477'), 'confirmed')
    >>> print(entry.citation.text("pl"))
    art. 8 ust. 1 pkt 1 ustawy o pomocy społecznej
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any, Generic, NamedTuple, TypeVar

import attrs

from integra.errors import InvalidRange, InvalidValue, NoLawInForce
from integra.labels import Label, LabelledEnum, Language, format_date, set_labels
from integra.periods import DateRange, RangeSet

_DAY = timedelta(days=1)

__all__ = [
    "LAW_REVIEW_DATE",
    "Act",
    "Certainty",
    "Citation",
    "Dated",
    "Lookup",
    "Repeal",
    "Timeline",
    "timeline",
    "weakest",
]

LAW_REVIEW_DATE = date(2026, 11, 29)
"""The last day for which the library's legal values were reviewed against their sources.

For a later date a [`Timeline`][integra.law.Timeline] answers with the value still in force on
this day, as ``Certainty.ASSUMED_UNCHANGED``: the law may have changed since.

Examples:
    >>> LAW_REVIEW_DATE.isoformat()
    '2026-11-29'
"""

T = TypeVar("T")


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be text")
    if not value.strip():
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must not be empty")


@attrs.frozen(slots=True)
class Act:
    """A legal source: an act (ustawa), a regulation (rozporządzenie), a code or a set of
    guidelines.

    Attributes:
        short: The short name used in this library (``"UPS"``).
        title_pl: The Polish title in the nominative ("ustawa o pomocy społecznej").
        of_pl: The Polish title in the genitive, as it follows "art. 8" in a citation
            ("ustawy o pomocy społecznej").
        title_en: An English title.
        eli: The Sejm ELI-style identifier of the original publication, such as
            ``"DU/2004/593"`` (Dziennik Ustaw, year, position), or ``None`` for sources outside
            the journal (e.g. EU-programme guidelines).
        url: Where the text can be read, if any.

    Examples:
        >>> from integra.parameters import UPS
        >>> UPS.eli, UPS.short
        ('DU/2004/593', 'UPS')
    """

    short: str = attrs.field(validator=_non_empty)
    title_pl: str = attrs.field(validator=_non_empty)
    of_pl: str = attrs.field(validator=_non_empty)
    title_en: str = attrs.field(validator=_non_empty)
    eli: str | None = None
    url: str | None = None


@attrs.frozen(slots=True)
class Citation:
    """A pointer to a provision: act, article (art.), paragraph (ust.), point (pkt), letter (lit.);
    regulations use a section sign (§) instead of an article.

    Attributes:
        act: The legal source.
        article: The article number as written ("62a"), or ``None``.
        paragraph: The paragraph (ustęp) number, or ``None``.
        point: The point (punkt) number, or ``None``.
        letter: The letter (litera), or ``None``.
        section: The paragraph-sign unit (§): of a regulation ("§ 1"), or of an article of a
            code, where it follows the article ("art. 111 § 2 Kodeksu cywilnego"); or ``None``.
        url: A link to the provision, if any.

    Examples:
        >>> from integra.parameters import UPS
        >>> citation = Citation(UPS, article="8", paragraph="1", point="1")
        >>> citation.text("pl")
        'art. 8 ust. 1 pkt 1 ustawy o pomocy społecznej'
        >>> citation.text("en")
        'Art. 8(1)(1) of the Act on Social Assistance (UPS)'
    """

    act: Act
    article: str | None = None
    paragraph: str | None = None
    point: str | None = None
    letter: str | None = None
    section: str | None = None
    url: str | None = None

    def text(self, language: Language = "en") -> str:
        """The citation as a lawyer writes it, in Polish or English.

        Examples:
            >>> from integra.parameters import UPZ
            >>> Citation(UPZ, article="62a").text("pl")
            'art. 62a ustawy o promocji zatrudnienia i instytucjach rynku pracy'
        """
        if language == "pl":
            parts: list[str] = []
            if self.article is not None:
                parts.append(f"art. {self.article}")
            # In a code the § divides an article ("art. 111 § 2"); a regulation has only §.
            if self.section is not None:
                parts.append(f"§ {self.section}")
            if self.paragraph is not None:
                parts.append(f"ust. {self.paragraph}")
            if self.point is not None:
                parts.append(f"pkt {self.point}")
            if self.letter is not None:
                parts.append(f"lit. {self.letter}")
            if not parts:
                return self.act.title_pl
            parts.append(self.act.of_pl)
            return " ".join(parts)
        if language != "en":
            raise InvalidValue(f"language must be 'pl' or 'en', got {language!r}")
        head = ""
        if self.article is not None:
            head = f"Art. {self.article}"
        if self.section is not None:
            head = (head + " " if head else "") + f"§ {self.section}"
        for unit in (self.paragraph, self.point):
            if unit is not None:
                head += f"({unit})"
        if self.letter is not None:
            head += f"({self.letter})"
        source = f"the {self.act.title_en} ({self.act.short})"
        return f"{head} of {source}" if head else source[0].upper() + source[1:]

    def __str__(self) -> str:
        return self.text("pl")


class Certainty(LabelledEnum):
    """How sure the library is of a dated legal value, ordered from weakest to strongest.

    * ``NO_LAW``: no law is modelled for the date at all (before a law applied, in a gap, or
      after its repeal): an answer resting on it stands on nothing the library knows, and is
      never ``CONFIRMED``.
    * ``ASSUMED_UNCHANGED``: the value in force on the last reviewed day
      ([`LAW_REVIEW_DATE`][integra.law.LAW_REVIEW_DATE] or a timeline's own review date), applied
      to a later date on the assumption that the law has not changed since.
    * ``DERIVED``: computed or inferred (e.g. from a statutory indexation rule, or a date read
      from secondary sources); usable, but shown as such in every explanation.
    * ``CONFIRMED``: a public source states the value and the date it applies from.

    Certainties compare by strength (``NO_LAW < ASSUMED_UNCHANGED < DERIVED < CONFIRMED``); a result
    built from several values is as certain as the weakest of them
    ([`weakest`][integra.law.weakest]).

    Examples:
        >>> Certainty("derived")
        <Certainty.DERIVED: 'derived'>
        >>> Certainty.NO_LAW < Certainty.ASSUMED_UNCHANGED < Certainty.DERIVED < Certainty.CONFIRMED
        True
        >>> Certainty.DERIVED.label.pl
        'wartość wyprowadzona'
    """

    NO_LAW = "no_law"
    ASSUMED_UNCHANGED = "assumed_unchanged"
    DERIVED = "derived"
    CONFIRMED = "confirmed"

    @property
    def strength(self) -> int:
        """The rank of the certainty: 0 for the weakest.

        Examples:
            >>> [c.strength for c in Certainty]
            [0, 1, 2, 3]
        """
        return _STRENGTH[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return _STRENGTH[self] < _STRENGTH[other]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return _STRENGTH[self] <= _STRENGTH[other]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return _STRENGTH[self] > _STRENGTH[other]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Certainty):
            return NotImplemented
        return _STRENGTH[self] >= _STRENGTH[other]


_STRENGTH = {
    Certainty.NO_LAW: 0,
    Certainty.ASSUMED_UNCHANGED: 1,
    Certainty.DERIVED: 2,
    Certainty.CONFIRMED: 3,
}

set_labels(
    Certainty,
    {
        Certainty.NO_LAW: Label(
            pl="biblioteka nie zawiera przepisów na dzień stosowania prawa",
            en="no law modelled for the law date",
        ),
        Certainty.ASSUMED_UNCHANGED: Label(
            pl="przyjęto brak zmian od ostatniego przeglądu",
            en="assumed unchanged since the last review",
        ),
        Certainty.DERIVED: Label(pl="wartość wyprowadzona", en="derived value"),
        Certainty.CONFIRMED: Label(pl="wartość potwierdzona", en="confirmed"),
    },
)


def weakest(certainties: Iterable[Certainty]) -> Certainty:
    """The weakest of ``certainties`` (``CONFIRMED`` for none: nothing read, nothing in doubt).

    Examples:
        >>> weakest([Certainty.CONFIRMED, Certainty.DERIVED])
        <Certainty.DERIVED: 'derived'>
        >>> weakest([])
        <Certainty.CONFIRMED: 'confirmed'>
    """
    out = Certainty.CONFIRMED
    for certainty in certainties:
        if _STRENGTH[certainty] < _STRENGTH[out]:
            out = certainty
            if out is Certainty.NO_LAW:
                break
    return out


def _immutable(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    # A dated legal value is not changed after the fact: no list, set or dict inside.
    if isinstance(value, list | set | dict | bytearray):
        raise InvalidValue("Dated.value must be immutable (a tuple or frozenset, not a list)")


def _a_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A day, not a datetime or text (``end`` may be ``None``); the error names the field."""
    if value is None and attribute.name == "end":
        return
    if type(value) is not date:
        raise InvalidValue(
            f"Dated.{attribute.name} must be a datetime.date, got {type(value).__name__}"
        )


@attrs.frozen(slots=True)
class Dated(Generic[T]):
    """One value of a legal parameter, with the period it applies to and where it comes from.

    Attributes:
        value: The value in force.
        start: The first day it applies.
        end: The last day it applies, or ``None`` if it applies until the next entry of the
            timeline (or indefinitely, for the last entry).
        citation: The provision that sets the value.
        certainty: Whether the value (and its dates) are confirmed or derived (never
            ``NO_LAW``, the certainty of an answer with no law behind it).
        note: What the value rests on when it is derived, or any caveat.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from integra.parameters import UPS
        >>> Dated(Decimal("776"), date(2022, 1, 1), citation=Citation(UPS, "8")).end is None
        True
    """

    value: T = attrs.field(validator=_immutable)
    start: date = attrs.field(validator=_a_day)
    end: date | None = attrs.field(default=None, validator=_a_day)
    citation: Citation | None = attrs.field(default=None, kw_only=True)
    certainty: Certainty = attrs.field(default=Certainty.CONFIRMED, kw_only=True)
    note: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.citation is not None and not isinstance(self.citation, Citation):
            raise InvalidValue("Dated.citation must be a Citation or None")
        if not isinstance(self.certainty, Certainty):
            raise InvalidValue("Dated.certainty must be a Certainty")
        if self.certainty is Certainty.NO_LAW:
            raise InvalidValue("Dated.certainty must not be NO_LAW: a dated value is law in force")
        if self.end is not None and self.end < self.start:
            raise InvalidRange("Dated.end is before Dated.start")


def _journal(act: Act) -> str:
    """The journal position of an act with a Dziennik Ustaw identifier ("Dz.U. 2025 poz. 620"),
    or nothing."""
    parts = (act.eli or "").split("/")
    if len(parts) == 3 and parts[0] == "DU" and parts[1].isdigit() and parts[2].isdigit():
        return f", Dz.U. {parts[1]} poz. {parts[2]}"
    return ""


@attrs.frozen(slots=True)
class Repeal:
    """The end of a law: the first day it no longer applies, the provision that ended it, and
    what took its place in this library, if anything.

    An answer asked for a day on or after ``on`` says this instead of only "no law is modelled":
    a caseworker learns that the law was repealed, by what, and whether the library answers
    under its successor.

    Attributes:
        on: The first day without the law.
        by: The act (or provision) that repealed it.
        replaced_by: What replaced it in this library, or ``None`` where nothing does.
        note: What the repeal rests on, or any caveat.

    Examples:
        >>> from datetime import date
        >>> from integra.parameters import URP
        >>> repeal = Repeal(date(2025, 6, 1), Citation(URP))
        >>> print(repeal.text("pl"))
        przepisy uchylone od 01.06.2025 r. (ustawa o rynku pracy i służbach zatrudnienia, Dz.U. 2025 poz. 620); nic w bibliotece ich nie zastępuje
        >>> print(repeal.text("en"))
        repealed from 2025-06-01 (the Act on the Labour Market and Employment Services (URP), Dz.U. 2025 poz. 620); nothing in this library replaces it
    """

    on: date = attrs.field()
    by: Citation = attrs.field()
    replaced_by: Label | None = attrs.field(default=None, kw_only=True)
    note: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if type(self.on) is not date:
            raise InvalidValue(f"Repeal.on must be a datetime.date, got {type(self.on).__name__}")
        if not isinstance(self.by, Citation):
            raise InvalidValue("Repeal.by must be a Citation")
        if self.replaced_by is not None and not isinstance(self.replaced_by, Label):
            raise InvalidValue("Repeal.replaced_by must be a Label or None")

    def text(self, language: Language = "en") -> str:
        """The repeal as a sentence fragment, in Polish or English: since when, by what, and
        what replaced the law.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import URP
            >>> successor = Label(pl="nowe przepisy", en="the new rules")
            >>> Repeal(date(2025, 6, 1), Citation(URP, "1"), replaced_by=successor).text("en")
            'repealed from 2025-06-01 (Art. 1 of the Act on the Labour Market and Employment Services (URP), Dz.U. 2025 poz. 620); replaced by: the new rules'
        """
        source = self.by.text(language)
        if source.startswith("The "):
            source = "the " + source[4:]
        source += _journal(self.by.act)
        if language == "pl":
            head = f"przepisy uchylone od {format_date(self.on, 'pl')} ({source})"
            if self.replaced_by is None:
                return head + "; nic w bibliotece ich nie zastępuje"
            return head + f"; zastąpione przez: {self.replaced_by.pl}"
        head = f"repealed from {self.on.isoformat()} ({source})"
        if self.replaced_by is None:
            return head + "; nothing in this library replaces it"
        return head + f"; replaced by: {self.replaced_by.en}"


def _kinds(values: Iterable[object]) -> tuple[type, ...]:
    """The classes every one of ``values`` is an instance of, ``object`` left out: what a value
    added to their timeline must also be (empty where they share nothing more than ``object``)."""
    shared: set[type] | None = None
    for value in values:
        mro = set(type(value).__mro__) - {object}
        shared = mro if shared is None else shared & mro
    return tuple(sorted(shared or (), key=lambda kind: kind.__name__))


def _check_kind(kinds: tuple[type, ...], value: object, where: str) -> None:
    if kinds and not isinstance(value, kinds):
        names = " or ".join(kind.__name__ for kind in kinds)
        raise InvalidValue(f"{where} must be a value of type {names}, got {type(value).__name__}")


@attrs.frozen(slots=True)
class Timeline(Generic[T]):
    """The values a legal parameter took over time, in order.

    Each entry applies from its ``start`` until its own ``end`` or, if it has none, until the day
    before the next entry starts. A date before the first entry, in a gap, or after an entry
    with an ``end`` and no successor has no value: [`at`][integra.law.Timeline.at] raises
    [`NoLawInForce`][integra.errors.NoLawInForce].

    A value still in force on the timeline's review date (``reviewed_until``, by default
    [`LAW_REVIEW_DATE`][integra.law.LAW_REVIEW_DATE]) is answered for later dates as well:
    [`at`][integra.law.Timeline.at] returns it, and [`lookup`][integra.law.Timeline.lookup] says
    it is only ``ASSUMED_UNCHANGED`` there.

    Attributes:
        name: What the parameter is, with its legal basis, for messages and docs.
        entries: The dated values, ordered by start and not overlapping.
        reviewed_until: The last day for which the values were checked against their sources.
        reviewed_also: Later periods whose values were checked too (the periods of entries added
            by [`amended`][integra.law.Timeline.amended]).
        repealed: How the law ended, for a timeline whose last entry ends with a repeal: from
            its day on, an answer says what ended the law and what replaced it
            ([`repeal_on`][integra.law.Timeline.repeal_on]).

    Examples:
        >>> from datetime import date
        >>> from integra.parameters import UPS
        >>> rate = Timeline("demo", (
        ...     Dated(1, date(2020, 1, 1), citation=Citation(UPS, "8")),
        ...     Dated(2, date(2021, 1, 1), date(2021, 12, 31), citation=Citation(UPS, "8")),
        ... ))
        >>> rate.at(date(2020, 12, 31)), rate.at(date(2021, 1, 1))
        (1, 2)
        >>> rate.at(date(2022, 1, 1))
        Traceback (most recent call last):
        ...
        integra.errors.NoLawInForce: no value of 'demo' is modelled for 2022-01-01; known until 2021-12-31
    """

    name: str = attrs.field(validator=_non_empty)
    entries: tuple[Dated[T], ...]
    reviewed_until: date = attrs.field(default=LAW_REVIEW_DATE, kw_only=True)
    reviewed_also: tuple[DateRange, ...] = attrs.field(default=(), kw_only=True)
    repealed: Repeal | None = attrs.field(default=None, kw_only=True)
    _starts: tuple[date, ...] = attrs.field(init=False, repr=False, eq=False)
    _lasts: tuple[date, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.entries, tuple):
            object.__setattr__(self, "entries", tuple(self.entries))
        if not self.entries:
            raise InvalidValue(f"Timeline {self.name!r} needs at least one entry")
        starts = tuple(e.start for e in self.entries)
        lasts: list[date] = []
        for index, entry in enumerate(self.entries):
            following = self.entries[index + 1].start if index + 1 < len(self.entries) else None
            if following is not None and following <= entry.start:
                raise InvalidRange(f"Timeline {self.name!r}: entries must be in order of start")
            if entry.end is not None:
                if following is not None and entry.end >= following:
                    raise InvalidRange(
                        f"Timeline {self.name!r}: entry from {entry.start} overlaps the next"
                    )
                lasts.append(entry.end)
            elif following is not None:
                lasts.append(following - _DAY)
            else:
                lasts.append(date.max)
        object.__setattr__(self, "_starts", starts)
        object.__setattr__(self, "_lasts", tuple(lasts))
        repealed = self.repealed
        if repealed is not None:
            if not isinstance(repealed, Repeal):
                raise InvalidValue(f"Timeline {self.name!r}: repealed must be a Repeal or None")
            if repealed.on <= lasts[-1]:
                raise InvalidRange(
                    f"Timeline {self.name!r}: the repeal (repealed.on) falls on a day an entry "
                    "still applies"
                )

    def repeal_on(self, on: date) -> Repeal | None:
        """How the law ended, for a day ``on`` after its repeal (``None`` before the repeal, or
        for a timeline without one).

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import PAI_LIMITS
            >>> PAI_LIMITS.repeal_on(date(2025, 5, 31)) is None
            True
            >>> PAI_LIMITS.repeal_on(date(2025, 6, 1)).by.act.short
            'URP'
        """
        repealed = self.repealed
        if repealed is None or on < repealed.on:
            return None
        return repealed

    def entry_at(self, on: date) -> Dated[T]:
        """The entry in force on ``on``.

        Raises:
            NoLawInForce: no entry covers ``on``.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import PSU_MINIMUM_HOURLY_RATE
            >>> PSU_MINIMUM_HOURLY_RATE.entry_at(date(2021, 6, 1)).value
            Decimal('9.00')
        """
        index = bisect.bisect_right(self._starts, on) - 1
        if index < 0:
            raise NoLawInForce(self.name, on, f"known from {self._starts[0]}")
        if on > self._lasts[index]:
            following = self._starts[index + 1] if index + 1 < len(self._starts) else None
            detail = f"known until {self._lasts[index]}"
            if following is not None:
                detail = f"gap from {self._lasts[index] + _DAY} to {following - _DAY}"
            raise NoLawInForce(self.name, on, detail)
        return self.entries[index]

    def lookup(self, on: date) -> Lookup[T]:
        """The value in force on ``on`` with its entry and how certain it is on that day: the
        entry's own certainty up to ``reviewed_until``, ``ASSUMED_UNCHANGED`` after it.

        Raises:
            NoLawInForce: no entry covers ``on``.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import INCOME_CRITERIA
            >>> found = INCOME_CRITERIA.lookup(date(2025, 3, 1))
            >>> found.value.single, found.certainty.value
            (Decimal('1010'), 'confirmed')
            >>> later = INCOME_CRITERIA.lookup(date(2100, 1, 1))
            >>> later.value.single, later.certainty.value, later.entry.start.isoformat()
            (Decimal('1010'), 'assumed_unchanged', '2025-01-01')
        """
        entry = self.entry_at(on)
        if not self.reviewed(on):
            return Lookup(entry.value, Certainty.ASSUMED_UNCHANGED, entry)
        return Lookup(entry.value, entry.certainty, entry)

    def certainty_at(self, on: date) -> Certainty | None:
        """How certain the value in force on ``on`` is, or ``None`` where no law is modelled.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import INCOME_CRITERIA
            >>> INCOME_CRITERIA.certainty_at(date(2005, 1, 1))
            <Certainty.DERIVED: 'derived'>
            >>> INCOME_CRITERIA.certainty_at(date(2100, 1, 1))
            <Certainty.ASSUMED_UNCHANGED: 'assumed_unchanged'>
            >>> INCOME_CRITERIA.certainty_at(date(1990, 1, 1)) is None
            True
        """
        index = bisect.bisect_right(self._starts, on) - 1
        if index < 0 or on > self._lasts[index]:
            return None
        if not self.reviewed(on):
            return Certainty.ASSUMED_UNCHANGED
        return self.entries[index].certainty

    def reviewed(self, on: date) -> bool:
        """Whether the values for ``on`` were checked: on or before ``reviewed_until``, or within
        one of ``reviewed_also``.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import INCOME_CRITERIA
            >>> INCOME_CRITERIA.reviewed(LAW_REVIEW_DATE), INCOME_CRITERIA.reviewed(date(2100, 1, 1))
            (True, False)
        """
        return on <= self.reviewed_until or any(on in period for period in self.reviewed_also)

    def amended(
        self,
        *entries: Dated[T],
        reviewed_until: date | None = None,
        name: str | None = None,
    ) -> Timeline[T]:
        """A copy of the timeline in which each of ``entries`` applies for its own period,
        replacing whatever the timeline held for those days. An entry without an ``end`` replaces
        everything from its ``start`` on. The entries given together must not overlap one
        another; to override a value you added, amend the amended timeline again.

        This is how an organisation adds law the library does not have yet — a new amount from a
        date, a value for a period the library leaves open, a correction — without changing the
        library: pass the amended timeline to the rule that reads it (``law=``).

        The copy counts as reviewed up to this timeline's review date and over the period of
        each added entry up to ``reviewed_until`` — without it, over a bounded entry's whole
        period and an open-ended entry's start day alone: after that its value too is only
        ``ASSUMED_UNCHANGED``, as the library's own values are after
        [`LAW_REVIEW_DATE`][integra.law.LAW_REVIEW_DATE].

        Args:
            entries: The values to add, each with its dates, citation and certainty; each value
                of the kind the timeline holds (an ``IncomeCriterion`` for the income criteria).
            reviewed_until: The last day up to which the organisation has checked its entries
                (by default the end of a bounded entry, the start day of an open-ended one).
            name: A new name; by default the same.

        Raises:
            InvalidValue: an entry is not a ``Dated``, has no citation, or holds a value of
                another kind than the timeline's.
            InvalidRange: two of the entries overlap.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra.parameters import INCOME_CRITERIA, UPS, IncomeCriterion
            >>> ours = INCOME_CRITERIA.amended(
            ...     Dated(
            ...         IncomeCriterion(Decimal("1100"), Decimal("900")),
            ...         date(2028, 1, 1),
            ...         citation=Citation(UPS, "8", "1", "1"),
            ...         certainty=Certainty.DERIVED,
            ...         note="announced amounts, our reading",
            ...     )
            ... )
            >>> ours.at(date(2027, 12, 31)).single, ours.at(date(2028, 1, 1)).single
            (Decimal('1010'), Decimal('1100'))
            >>> [ours.certainty_at(date(y, m, 1)).value for y, m in ((2027, 12), (2028, 1), (2028, 2))]
            ['assumed_unchanged', 'derived', 'assumed_unchanged']
            >>> INCOME_CRITERIA.at(date(2028, 1, 1)).single  # the library's own data is unchanged
            Decimal('1010')
        """
        pieces: list[tuple[Dated[T], date, date]] = [
            (entry, entry.start, last)
            for entry, last in zip(self.entries, self._lasts, strict=True)
        ]
        also = list(self.reviewed_also)
        kinds = _kinds(entry.value for entry in self.entries)
        added: list[DateRange] = []
        for new in entries:
            if not isinstance(new, Dated):
                raise InvalidValue("Timeline.amended takes Dated entries")
            if new.citation is None:
                raise InvalidValue(
                    "Timeline.amended: an added entry needs a citation (Dated.citation)"
                )
            _check_kind(kinds, new.value, "Timeline.amended: an added entry (Dated.value)")
            period = DateRange(new.start, new.end)
            if any(period.overlaps(other) for other in added):
                raise InvalidRange(
                    f"Timeline.amended: the entry from {new.start} overlaps another entry given "
                    "with it; to override a value of your own, amend the amended timeline again"
                )
            added.append(period)
            new_last = date.max if new.end is None else new.end
            kept: list[tuple[Dated[T], date, date]] = []
            for entry, first, last in pieces:
                if last < new.start or first > new_last:
                    kept.append((entry, first, last))
                    continue
                if first < new.start:
                    kept.append((entry, first, new.start - _DAY))
                if last > new_last:
                    kept.append((entry, new_last + _DAY, last))
            kept.append((new, new.start, new_last))
            pieces = sorted(kept, key=lambda piece: piece[1])
            if reviewed_until is None:
                checked = new.start if new.end is None else new.end
            else:
                checked = max(
                    new.start, reviewed_until if new.end is None else min(new.end, reviewed_until)
                )
            also.append(DateRange(new.start, checked))
        rebuilt: list[Dated[T]] = []
        for index, (entry, first, last) in enumerate(pieces):
            following = pieces[index + 1][1] if index + 1 < len(pieces) else None
            contiguous = last == date.max or following == last + _DAY
            end = None if contiguous else last
            if (entry.start, entry.end) != (first, end):
                entry = attrs.evolve(entry, start=first, end=end)
            rebuilt.append(entry)
        # A repeal stays only while no added entry applies on or after its day: an entry added
        # there is the organisation's law for the days the repeal spoke of.
        repealed = self.repealed
        if repealed is not None and pieces[-1][2] >= repealed.on:
            repealed = None
        return Timeline(
            self.name if name is None else name,
            tuple(rebuilt),
            reviewed_until=self.reviewed_until,
            reviewed_also=tuple(also),
            repealed=repealed,
        )

    def at(self, on: date) -> T:
        """The value in force on ``on``.

        Raises:
            NoLawInForce: no entry covers ``on``.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import INCOME_CRITERIA
            >>> INCOME_CRITERIA.at(date(2025, 1, 1)).per_person
            Decimal('823')
        """
        return self.entry_at(on).value

    def get(self, on: date) -> T | None:
        """The value in force on ``on``, or ``None`` where no law is modelled.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import INCOME_CRITERIA
            >>> INCOME_CRITERIA.get(date(1990, 1, 1)) is None
            True
        """
        index = bisect.bisect_right(self._starts, on) - 1
        if index < 0 or on > self._lasts[index]:
            return None
        return self.entries[index].value

    def _steady(self, on: date) -> tuple[date, date]:
        """The first and the last day of the run of dates around ``on`` for which
        [`get`][integra.law.Timeline.get] answers from the same entry (or, in a gap, from none),
        so that what was looked up for ``on`` holds for every date of the run."""
        starts, lasts = self._starts, self._lasts
        index = bisect.bisect_right(starts, on) - 1
        if index < 0:
            return date.min, starts[0] - _DAY
        if on <= lasts[index]:
            return starts[index], lasts[index]
        # A gap after an entry with an end: up to the next entry's start, if any.
        following = starts[index + 1] - _DAY if index + 1 < len(starts) else date.max
        return lasts[index] + _DAY, following

    def period_of(self, entry: Dated[T]) -> DateRange:
        """The days ``entry`` applies to within this timeline (open-ended for a last entry
        without end).

        Examples:
            >>> from integra.parameters import INCOME_CRITERIA
            >>> str(INCOME_CRITERIA.period_of(INCOME_CRITERIA.entries[-2]))
            '2022-01-01..2024-12-31'
        """
        index = self.entries.index(entry)
        last = self._lasts[index]
        return DateRange(entry.start, None if last == date.max else last)

    @property
    def coverage(self) -> RangeSet:
        """The days for which the timeline has a value.

        Examples:
            >>> from integra.parameters import PAI_LIMITS
            >>> [str(r) for r in PAI_LIMITS.coverage]
            ['2014-05-27..2025-05-31']
        """
        return RangeSet(self.period_of(e) for e in self.entries)

    def __iter__(self) -> Iterator[Dated[T]]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def changes(self, period: DateRange) -> tuple[date, ...]:
        """The days within ``period`` on which a new value starts to apply.

        Examples:
            >>> from datetime import date
            >>> from integra.parameters import INCOME_CRITERIA
            >>> INCOME_CRITERIA.changes(DateRange(date(2020, 1, 1), date(2025, 12, 31)))
            (datetime.date(2022, 1, 1), datetime.date(2025, 1, 1))
        """
        return tuple(s for s in self._starts if s in period)


class Lookup(NamedTuple, Generic[T]):
    """A value read from a [`Timeline`][integra.law.Timeline] on a day, with how certain it is
    on that day and the entry it comes from (for its citation, dates and note).

    Attributes:
        value: The value in force.
        certainty: The entry's certainty, or ``ASSUMED_UNCHANGED`` after the timeline's review date.
        entry: The dated entry read.

    Examples:
        >>> from datetime import date
        >>> from integra.parameters import PSU_MINIMUM_HOURLY_RATE
        >>> found = PSU_MINIMUM_HOURLY_RATE.lookup(date(2021, 6, 1))
        >>> found.value, found.certainty.value, found.entry.citation.article
        (Decimal('9.00'), 'derived', '73a')
    """

    value: T
    certainty: Certainty
    entry: Dated[T]


def timeline(name: str, entries: Iterable[Dated[T]]) -> Timeline[T]:
    """Build a timeline (a function form that reads well in parameter tables).

    Examples:
        >>> from datetime import date
        >>> timeline("x", [Dated(1, date(2020, 1, 1))]).at(date(2030, 1, 1))
        1
    """
    return Timeline(name, tuple(entries))
