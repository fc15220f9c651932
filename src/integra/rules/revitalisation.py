"""Revitalisation areas (UR) and the rule "resides in the area on the date".

A gmina council designates a **degraded area** (UR art. 9: a concentration of negative social
phenomena plus at least one economic, environmental, spatial-functional or technical problem) and,
within it, a **revitalisation area** (UR art. 10): at most 20% of the gmina's area and 30% of its
inhabitants, possibly in several non-adjacent sub-areas. Projects often recruit only residents of
the area. Membership is decided at address level: streets with house-number ranges (often one side
of the street: odd or even numbers) or whole units (an estate, a statistical area). Areas of
local revitalisation programmes adopted before the act (LPR) could be relied on until 2023-12-31
(UR art. 52).

Examples:
    >>> from datetime import date, timedelta
    >>> from integra import Address, DateRange, Person, Residence, Sex
    >>> centre = SubArea("Śródmieście", streets=[StreetSegment("Główna", 1, 41, Parity.ODD)])
    >>> area = RevitalisationArea("Wałbrzych", "XII/123/2017", date(2017, 3, 30), DateRange(date(2017, 4, 15)), [centre])
    >>> home = Residence(Address(gmina="Wałbrzych", street="ul. Główna", house_number="17a"), DateRange(date(2010, 1, 1)))
    >>> p = Person(date(1980, 1, 1), Sex.FEMALE, residences=[home])
    >>> v = ResidesInArea(area).evaluate(p, date(2024, 1, 1))
    >>> v.outcome.value, v.observed_text()
    ('eligible', 'the address lies in sub-area Śródmieście')
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar, NamedTuple

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidRange, InvalidValue
from integra.labels import Label, Language, format_date, format_period
from integra.law import Citation, Timeline
from integra.parameters import UR
from integra.people import Address
from integra.periods import DateRange
from integra.rules.core import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNKNOWN,
    Condition,
    Context,
    Fact,
    Outcome,
    Verdict,
    in_force,
)
from integra.rules.core.columns import ColumnFrame, fact_bit

__all__ = [
    "AREA_SHARE_MAX",
    "LPR_LAST_DAY",
    "POPULATION_SHARE_MAX",
    "Parity",
    "ProgrammeKind",
    "ResidesInArea",
    "RevitalisationArea",
    "StreetSegment",
    "SubArea",
]

AREA_SHARE_MAX = Decimal("0.20")
"""The largest share of the gmina's area a revitalisation area may cover (UR art. 10 ust. 2)."""
POPULATION_SHARE_MAX = Decimal("0.30")
"""The largest share of the gmina's inhabitants it may hold (UR art. 10 ust. 2)."""
LPR_LAST_DAY = date(2023, 12, 31)
"""The last day a local revitalisation programme adopted before the act could be relied on."""

_PREFIXES = (
    "ul.",
    "ul ",
    "al.",
    "al ",
    "pl.",
    "pl ",
    "os.",
    "os ",
    "ulica ",
    "aleja ",
    "plac ",
    "osiedle ",
)


def _normal(name: str) -> str:
    text = " ".join(name.casefold().split())
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    return text


class _AddressKey(NamedTuple):
    """An address normalised once for matching against many segments."""

    gmina: str
    street: str | None
    locality: str | None
    unit: str | None
    number: int | None

    @classmethod
    def of(cls, address: Address) -> _AddressKey:
        return cls(
            _normal(address.gmina),
            None if address.street is None else _normal(address.street),
            None if address.locality is None else _normal(address.locality),
            None if address.unit is None else _normal(address.unit),
            address.number,
        )


@functools.lru_cache(maxsize=4096)
def _key_of(address: Address) -> _AddressKey:
    """The normalised key of ``address``, kept for the next evaluation of the same address."""
    return _AddressKey.of(address)


class Parity(enum.Enum):
    """Which house numbers of a street segment belong to the area.

    Examples:
        >>> Parity.EVEN.admits(12), Parity.ODD.admits(12), Parity.ALL.admits(12)
        (True, False, True)
    """

    ALL = "all"
    ODD = "odd"
    EVEN = "even"

    def admits(self, number: int) -> bool:
        """Whether ``number`` has this parity.

        Examples:
            >>> Parity.ODD.admits(7)
            True
        """
        if self is Parity.ALL:
            return True
        return (number % 2 == 1) if self is Parity.ODD else (number % 2 == 0)


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a non-empty string")


@attrs.frozen(slots=True)
class StreetSegment:
    """A street, or a range of its house numbers, in the area.

    Attributes:
        street: The street name ("Główna"; prefixes such as "ul." are ignored when matching).
        from_number: The first house number included, or ``None`` from the start of the street.
        to_number: The last house number included, or ``None`` to the end of the street.
        parity: Which side of the street (odd or even numbers), or both.
        locality: The locality, where the gmina has several with the same street name.

    Examples:
        >>> from integra import Address
        >>> seg = StreetSegment("Słowackiego", 2, 20, Parity.EVEN)
        >>> seg.matches(Address(gmina="Kłodzko", street="ul. Słowackiego", house_number="14/3"))
        True
        >>> seg.matches(Address(gmina="Kłodzko", street="Słowackiego", house_number="15"))
        False
    """

    street: str = attrs.field(validator=_non_empty)
    from_number: int | None = None
    to_number: int | None = None
    parity: Parity = Parity.ALL
    locality: str | None = None
    _street_key: str = attrs.field(init=False, repr=False, eq=False)
    _locality_key: str | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_street_key", _normal(self.street))
        locality = None if self.locality is None else _normal(self.locality)
        object.__setattr__(self, "_locality_key", locality)
        for name in ("from_number", "to_number"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 1
            ):
                raise InvalidValue(f"StreetSegment.{name} must be a positive int or None")
        if (
            self.from_number is not None
            and self.to_number is not None
            and self.to_number < self.from_number
        ):
            raise InvalidRange("StreetSegment.to_number is below StreetSegment.from_number")

    def matches(self, address: Address) -> bool:
        """Whether ``address`` lies on this segment (same street and locality, number in range and
        of the right parity). An address without a number matches only a whole street.

        Examples:
            >>> from integra import Address
            >>> StreetSegment("Główna").matches(Address(gmina="Nysa", street="GŁÓWNA", house_number="b/n"))
            True
        """
        return self._matches_key(_AddressKey.of(address))

    def _matches_key(self, key: _AddressKey) -> bool:
        if key.street != self._street_key:
            return False
        if self._locality_key is not None and key.locality != self._locality_key:
            return False
        number = key.number
        if number is None:
            return self.from_number is None and self.to_number is None and self.parity is Parity.ALL
        if self.from_number is not None and number < self.from_number:
            return False
        if self.to_number is not None and number > self.to_number:
            return False
        return self.parity.admits(number)


@attrs.frozen(slots=True)
class SubArea:
    """One part of a revitalisation area: street segments and whole units.

    Attributes:
        name: The sub-area's name in the resolution.
        streets: Street segments in it.
        units: Whole units in it (matched against ``Address.unit``).

    Examples:
        >>> from integra import Address
        >>> SubArea("Podzamcze", units=["Podzamcze"]).contains(Address(gmina="Wałbrzych", house_number="3", unit="podzamcze"))
        True
    """

    name: str = attrs.field(validator=_non_empty)
    streets: tuple[StreetSegment, ...] = attrs.field(default=(), converter=as_tuple)
    units: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    _unit_keys: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_unit_keys", frozenset(_normal(u) for u in self.units))
        if not self.streets and not self.units:
            raise InvalidValue("SubArea needs at least one street segment or unit")

    def contains(self, address: Address) -> bool:
        """Whether ``address`` lies in the sub-area.

        Examples:
            >>> from integra import Address
            >>> SubArea("A", streets=[StreetSegment("Polna")]).contains(Address(gmina="X", house_number="1"))
            False
        """
        return self._contains_key(_AddressKey.of(address))

    def _contains_key(self, key: _AddressKey) -> bool:
        if key.unit is not None and key.unit in self._unit_keys:
            return True
        return key.street is not None and any(s._matches_key(key) for s in self.streets)


class ProgrammeKind(enum.Enum):
    """The programme an area belongs to: a gmina revitalisation programme under UR (GPR) or a
    local revitalisation programme adopted before it (LPR, usable until 2023-12-31).

    Examples:
        >>> ProgrammeKind.LPR.value
        'lpr'
    """

    GPR = "gpr"
    LPR = "lpr"


def _share(part: Decimal | int | None, whole: Decimal | int | None) -> Decimal | None:
    if part is None or whole is None:
        return None
    return Decimal(part) / Decimal(whole)


@attrs.frozen(slots=True)
class RevitalisationArea:
    """A gmina's designated revitalisation area.

    The statutory limits (UR art. 10 ust. 2: at most 20% of the gmina's area and 30% of its
    inhabitants) are checked when the figures are given.

    Attributes:
        gmina: The gmina (matched against ``Address.gmina``).
        resolution: The council resolution designating the area (its number).
        adopted_on: The day the resolution was adopted.
        valid: The period the designation applies to.
        sub_areas: The sub-areas.
        programme: GPR (UR) or LPR (before UR).
        area_ha: The area's surface, hectares.
        gmina_area_ha: The gmina's surface, hectares.
        population: Inhabitants of the area.
        gmina_population: Inhabitants of the gmina.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange
        >>> RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
        ...     [SubArea("A", units=["A"])], population=9_000, gmina_population=25_000)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: RevitalisationArea holds 36.00% of the gmina's inhabitants; UR art. 10 ust. 2 allows at most 30%
    """

    gmina: str = attrs.field(validator=_non_empty)
    resolution: str = attrs.field(validator=_non_empty)
    adopted_on: date
    valid: DateRange
    sub_areas: tuple[SubArea, ...] = attrs.field(converter=as_tuple)
    programme: ProgrammeKind = attrs.field(default=ProgrammeKind.GPR, kw_only=True)
    area_ha: Decimal | None = attrs.field(default=None, kw_only=True)
    gmina_area_ha: Decimal | None = attrs.field(default=None, kw_only=True)
    population: int | None = attrs.field(default=None, kw_only=True)
    gmina_population: int | None = attrs.field(default=None, kw_only=True)
    _gmina_key: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_gmina_key", _normal(self.gmina))
        if not self.sub_areas:
            raise InvalidValue("RevitalisationArea needs at least one sub-area")
        if type(self.adopted_on) is not date:
            raise InvalidValue("RevitalisationArea.adopted_on must be a datetime.date")
        if self.valid.start < self.adopted_on:
            raise InvalidRange("RevitalisationArea.valid starts before the resolution was adopted")
        if self.programme is ProgrammeKind.LPR and self.valid.last > LPR_LAST_DAY:
            raise InvalidRange(
                "RevitalisationArea.valid of an LPR area must end by 2023-12-31 (UR art. 52)"
            )
        for name, value in (
            ("area_ha", self.area_ha),
            ("gmina_area_ha", self.gmina_area_ha),
            ("population", self.population),
            ("gmina_population", self.gmina_population),
        ):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | Decimal) or value <= 0
            ):
                raise InvalidValue(f"RevitalisationArea.{name} must be positive")
        for share, limit, what in (
            (self.area_share, AREA_SHARE_MAX, "of the gmina's area"),
            (self.population_share, POPULATION_SHARE_MAX, "of the gmina's inhabitants"),
        ):
            if share is not None and share > limit:
                raise InvalidValue(
                    f"RevitalisationArea holds {share * 100:.2f}% {what}; UR art. 10 ust. 2 allows at most "
                    f"{limit * 100:.0f}%"
                )

    @property
    def area_share(self) -> Decimal | None:
        """The area's share of the gmina's surface, if both figures are given.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra import DateRange
            >>> RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
            ...     [SubArea("A", units=["A"])], area_ha=Decimal(150), gmina_area_ha=Decimal(1000)).area_share
            Decimal('0.15')
        """
        return _share(self.area_ha, self.gmina_area_ha)

    @property
    def population_share(self) -> Decimal | None:
        """The area's share of the gmina's inhabitants, if both figures are given.

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange
            >>> RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
            ...     [SubArea("A", units=["A"])]).population_share is None
            True
        """
        return _share(self.population, self.gmina_population)

    def sub_area_of(self, address: Address) -> SubArea | None:
        """The sub-area containing ``address`` (in the same gmina), if any.

        Examples:
            >>> from datetime import date
            >>> from integra import Address, DateRange
            >>> area = RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
            ...     [SubArea("Rynek", streets=[StreetSegment("Rynek")])])
            >>> area.sub_area_of(Address(gmina="Opole", street="Rynek", house_number="1")) is None
            True
        """
        key = _key_of(address)
        if key.gmina != self._gmina_key:
            return None
        return next((s for s in self.sub_areas if s._contains_key(key)), None)


_AREA_LAW: Timeline[Any] = Timeline(
    "revitalisation area (UR art. 10)",
    (in_force(Citation(UR, article="10"), date(2015, 11, 18)),),
)
"""UR art. 10 (areas designated by a gmina resolution), in force from 2015-11-18."""


def _slug(text: str) -> str:
    return "_".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


@attrs.frozen(slots=True, eq=False, repr=False)
class ResidesInArea(Condition):
    """Lives in the revitalisation area on the date of the facts.

    ``UNKNOWN`` when no residence is recorded for the date; ``NOT_ELIGIBLE`` when the designation
    does not apply on the date or the address is outside it. Explanations name the sub-area, never
    the address.

    Attributes:
        area: The designated area.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Sex
        >>> area = RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
        ...     [SubArea("Rynek", streets=[StreetSegment("Rynek")])])
        >>> v = ResidesInArea(area).evaluate(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1))
        >>> v.outcome.value, sorted(f.value for f in v.missing)
        ('unknown', ['residences'])
    """

    area: RevitalisationArea
    law: Timeline[Any] | None = attrs.field(default=_AREA_LAW, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.RESIDENCES})

    @property
    def name(self) -> str:
        """``resides_in_<gmina>_revitalisation_area``."""
        return f"resides_in_{_slug(self.area.gmina)}_revitalisation_area"

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl=f"zamieszkuje obszar rewitalizacji ({self.area.gmina}, uchwała {self.area.resolution})",
            en=f"lives in the revitalisation area ({self.area.gmina}, resolution {self.area.resolution})",
        )

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        if ctx._on not in self.area.valid:
            return NOT_ELIGIBLE, ("not_designated", None), ()
        residence = ctx.residence
        if residence is None:
            return UNKNOWN, ("no_residence", None), (Fact.RESIDENCES,)
        sub_area = self.area.sub_area_of(residence.address)
        if sub_area is None:
            return NOT_ELIGIBLE, ("outside", None), ()
        return ELIGIBLE, ("inside", sub_area.name), ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): each distinct address is matched against the
        area once; ``UNKNOWN`` without a residence for the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Address, DateRange, Person, Residence, Sex
            >>> from integra.bulk import Frame, Population
            >>> area = RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
            ...     [SubArea("Rynek", streets=[StreetSegment("Rynek")])])
            >>> home = Residence(Address(gmina="Nysa", street="Rynek", house_number="1"), DateRange(date(2000, 1, 1)))
            >>> people = [Person(date(1990, 1, 1), Sex.MALE, residences=[home]), Person(date(1990, 1, 1), Sex.MALE)]
            >>> codes, missing = ResidesInArea(area).columns(Frame(Population.from_persons(people), date(2024, 1, 1)), True)
            >>> codes.tolist()
            [2, 1]
        """
        import numpy as np

        n = frame.n
        if frame.on not in self.area.valid:
            return np.zeros(n, dtype=np.int8)
        addresses = frame.population.addresses
        inside = frame.population.memo(
            ("area", self.area),
            lambda: np.array(
                [self.area.sub_area_of(a) is not None for a in addresses] + [False], dtype=bool
            ),
        )
        where = frame.address()
        codes = np.where(where < 0, 1, frame.outcome(inside[where]))
        return codes.astype(np.int8), np.where(where < 0, fact_bit(Fact.RESIDENCES), 0)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Where the address lies, without the address."""
        kind, sub_area = verdict.observation
        pl = language == "pl"
        if kind == "not_designated":
            valid, day = self.area.valid, format_date(verdict.on, language)
            if valid.end is None:
                start = format_date(valid.start, language)
                span = f"obowiązuje od {start}" if pl else f"in force from {start}"
            else:
                period = format_period(valid.start, valid.end, language)
                span = f"obowiązuje {period}" if pl else f"in force {period}"
            return (
                f"obszar nie obowiązuje w dniu {day} ({span})"
                if pl
                else f"the area is not in force on {day} ({span})"
            )
        if kind == "no_residence":
            return (
                "brak danych o miejscu zamieszkania" if pl else "no residence recorded for the date"
            )
        if kind == "outside":
            return (
                "adres poza obszarem rewitalizacji" if pl else "the address lies outside the area"
            )
        return (
            f"adres w podobszarze {sub_area}" if pl else f"the address lies in sub-area {sub_area}"
        )

    def stable_until(self, ctx: Context) -> date | None:
        """Residence boundaries and the start and end of the designation."""
        changes = [self.area.valid.start]
        if self.area.valid.end is not None and self.area.valid.end < date.max:
            changes.append(self.area.valid.end + timedelta(days=1))
        best = super().stable_until(ctx)
        for day in changes:
            if day > ctx.on and (best is None or day < best):
                best = day
        return best


def areas_containing(
    areas: Iterable[RevitalisationArea], address: Address, on: date
) -> tuple[RevitalisationArea, ...]:
    """The areas in force on ``on`` whose sub-areas contain ``address``.

    Examples:
        >>> from datetime import date
        >>> from integra import Address, DateRange
        >>> area = RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
        ...     [SubArea("Rynek", streets=[StreetSegment("Rynek")])])
        >>> len(areas_containing([area], Address(gmina="Nysa", street="Rynek", house_number="5"), date(2021, 1, 1)))
        1
    """
    return tuple(a for a in areas if on in a.valid and a.sub_area_of(address) is not None)
