"""Bilingual labels: every legal term in the library carries its Polish and English names.

Polish is the language of the law and of case files; English is for readers outside Poland and
for code. A [`Label`][integra.labels.Label] holds both and renders either. An enumeration whose
members carry labels (a sex, a reason for leaving, a category of services) is a
[`LabelledEnum`][integra.labels.LabelledEnum], its labels given once with
[`set_labels`][integra.labels.set_labels].

Examples:
    >>> from integra.labels import Label
    >>> label = Label(pl="prace społecznie użyteczne", en="socially useful work")
    >>> label.text("pl")
    'prace społecznie użyteczne'
    >>> str(label)
    'socially useful work'

Numbers, money and dates inside text follow each language's conventions
([`format_date`][integra.labels.format_date], [`format_money`][integra.labels.format_money],
[`format_number`][integra.labels.format_number], [`format_period`][integra.labels.format_period]):
Polish text writes ``01.03.2024 r.`` and ``550,00 zł`` (the space before ``zł`` is a
non-breaking one), English text ``2024-03-01`` and ``550.00 zł``.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> print(format_date(date(2024, 3, 1), "pl"), format_money(Decimal("550.00"), "pl"))
    01.03.2024 r. 550,00\xa0zł
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Literal, TypeVar

import attrs

from integra.errors import InvalidValue

__all__ = [
    "Label",
    "LabelledEnum",
    "Language",
    "format_date",
    "format_money",
    "format_month",
    "format_number",
    "format_period",
    "plural_pl",
    "set_labels",
]

Language = Literal["pl", "en"]
"""The languages labels are written in: ``"pl"`` (the law's) and ``"en"``."""


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InvalidValue(f"Label.{attribute.name} must be text")
    if not value.strip():
        raise InvalidValue(f"Label.{attribute.name} must not be empty")


@attrs.frozen(slots=True)
class Label:
    """A term in Polish and English.

    Attributes:
        pl: The Polish term, as the law or the case file writes it.
        en: An English rendering.

    Examples:
        >>> Label(pl="kontrakt socjalny", en="social contract").text("en")
        'social contract'
    """

    pl: str = attrs.field(validator=_non_empty)
    en: str = attrs.field(validator=_non_empty)

    def text(self, language: Language = "en") -> str:
        """The label in ``language`` (``"pl"`` or ``"en"``).

        Examples:
            >>> Label(pl="gmina", en="municipality").text("pl")
            'gmina'
        """
        if language == "pl":
            return self.pl
        if language == "en":
            return self.en
        raise InvalidValue(f"language must be 'pl' or 'en', got {language!r}")

    def __str__(self) -> str:
        return self.en


class LabelledEnum(enum.Enum):
    """An enumeration whose members each carry a [`Label`][integra.labels.Label]: the one way
    every labelled enumeration of the library (and a user's own) names its members in Polish
    and English.

    A subclass lists its members as any enumeration does; their labels are given once, right
    after the class, with [`set_labels`][integra.labels.set_labels], which refuses a table that
    leaves a member out. Members are singletons compared by identity, so they hash by identity
    too: indicators and kernels look members up hundreds of thousands of times.

    Examples:
        >>> class Meal(LabelledEnum):
        ...     LUNCH = "lunch"
        ...     SUPPER = "supper"
        >>> set_labels(Meal, {Meal.LUNCH: Label(pl="obiad", en="lunch"), Meal.SUPPER: Label(pl="kolacja", en="supper")})
        >>> Meal.LUNCH.label.pl, Meal("supper").label.text("en")
        ('obiad', 'supper')
    """

    __hash__ = object.__hash__

    @property
    def label(self) -> Label:
        """The member in Polish and English.

        Raises:
            InvalidValue: the enumeration was given no labels.

        Examples:
            >>> from integra import Sex
            >>> Sex.FEMALE.label.pl, Sex.MALE.label.en
            ('kobieta', 'man')
        """
        labels: Mapping[LabelledEnum, Label] | None = getattr(type(self), "_member_labels", None)
        if labels is None:
            raise InvalidValue(f"{type(self).__name__} has no labels: give them with set_labels")
        return labels[self]


_E = TypeVar("_E", bound=LabelledEnum)


def set_labels(kind: type[_E], table: Mapping[_E, Label]) -> None:
    """Give each member of the labelled enumeration ``kind`` its label, once.

    Raises:
        InvalidValue: ``kind`` is not a [`LabelledEnum`][integra.labels.LabelledEnum], already
            has its labels, or the table leaves out a member, names something that is not one,
            or gives something that is not a ``Label``.

    Examples:
        >>> class Shift(LabelledEnum):
        ...     DAY = "day"
        ...     NIGHT = "night"
        >>> set_labels(Shift, {Shift.DAY: Label(pl="dzienna", en="day")})
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: set_labels: Shift.NIGHT has no label
    """
    if not (isinstance(kind, type) and issubclass(kind, LabelledEnum)):
        raise InvalidValue("set_labels: kind must be a LabelledEnum")
    name = kind.__name__
    if "_member_labels" in vars(kind):
        raise InvalidValue(f"set_labels: {name} already has its labels")
    for member, label in table.items():
        if not isinstance(member, kind):
            raise InvalidValue(f"set_labels: the table names something that is not a {name}")
        if not isinstance(label, Label):
            raise InvalidValue(f"set_labels: the label of {name}.{member.name} must be a Label")
    for member in kind:
        if member not in table:
            raise InvalidValue(f"set_labels: {name}.{member.name} has no label")
    # Kept on the class, read-only: the members' labels are fixed with the class.
    kind._member_labels = MappingProxyType({member: table[member] for member in kind})  # type: ignore[attr-defined]


def _check_language(language: str) -> None:
    if language not in ("pl", "en"):
        raise InvalidValue(f"language must be 'pl' or 'en', got {language!r}")


def format_date(day: date, language: Language = "en") -> str:
    """A date as text: ``01.03.2024 r.`` in Polish (the form of Polish letters and decisions),
    ``2024-03-01`` (ISO 8601) in English.

    Examples:
        >>> from datetime import date
        >>> format_date(date(2024, 3, 1), "pl"), format_date(date(2024, 3, 1))
        ('01.03.2024 r.', '2024-03-01')
    """
    _check_language(language)
    if language == "pl":
        return f"{day.day:02d}.{day.month:02d}.{day.year} r."
    return day.isoformat()


_MONTHS_PL = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)


def format_month(month: date, language: Language = "en") -> str:
    """The calendar month of a date as text: ``luty 2025 r.`` in Polish (the month named, as a
    decision names the month of an income), ``2025-02`` in English.

    Examples:
        >>> from datetime import date
        >>> format_month(date(2025, 2, 1), "pl"), format_month(date(2025, 2, 28))
        ('luty 2025 r.', '2025-02')
    """
    _check_language(language)
    if language == "pl":
        return f"{_MONTHS_PL[month.month - 1]} {month.year} r."
    return f"{month.year}-{month.month:02d}"


_NBSP = "\u00a0"  # a non-breaking space, between the groups of digits and before units
_GROSZ = Decimal("0.01")


def format_number(value: Decimal | int, language: Language = "en") -> str:
    """A number as written, without an exponent and with the language's decimal mark (``2,5`` in
    Polish, ``2.5`` in English); Polish groups the thousands of numbers from 10 000 with a
    non-breaking space (U+00A0). Trailing zeros are kept as given (``Decimal("10.50")`` stays
    ``10,50``).

    Examples:
        >>> from decimal import Decimal
        >>> format_number(Decimal("2.5"), "pl"), format_number(Decimal("2.5")), format_number(10)
        ('2,5', '2.5', '10')
        >>> format_number(Decimal("12345.60"), "pl"), format_number(Decimal("1650.00"), "pl")
        ('12\xa0345,60', '1650,00')
    """
    _check_language(language)
    text = str(value) if isinstance(value, int) else format(value, "f")
    if language == "en":
        return text
    negative = text.startswith("-")
    whole, point, fraction = text.lstrip("-").partition(".")
    if len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", _NBSP)
    return f"{'-' if negative else ''}{whole}{',' if point else ''}{fraction}"


def format_money(amount: Decimal | int, language: Language = "en") -> str:
    """An amount in złoty: ``550,00 zł`` in Polish, ``550.00 zł`` in English.

    Polish writes the grosze always (``Decimal(600)`` reads ``600,00 zł``) and joins the
    thousands and the ``zł`` to the number with non-breaking spaces (U+00A0), so that an amount
    is never split across two lines. A finer amount keeps its digits: nothing is rounded here.
    English keeps the amount's own precision (``600 zł``).

    Examples:
        >>> from decimal import Decimal
        >>> format_money(Decimal("550.00"), "pl"), format_money(Decimal("550.00")), format_money(600)
        ('550,00\xa0zł', '550.00 zł', '600 zł')
        >>> print(format_money(600, "pl"), format_money(Decimal("12345.6"), "pl"))
        600,00\xa0zł 12\xa0345,60\xa0zł
        >>> format_money(Decimal("12345.6"), "pl").split("\xa0")
        ['12', '345,60', 'zł']
    """
    if language != "pl":
        return f"{format_number(amount, language)} zł"
    value = Decimal(amount)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(_GROSZ)  # adds zeros only: the amount had no finer digits
    return f"{format_number(value, language)}{_NBSP}zł"


def format_period(start: date, end: date | None, language: Language = "en") -> str:
    """A period of days, both ends included: ``od 02.03.2022 r. do 01.03.2024 r.`` in Polish,
    ``2022-03-02..2024-03-01`` in English; an open end reads ``od …`` / ``2022-03-02..``.

    Examples:
        >>> from datetime import date
        >>> format_period(date(2022, 3, 2), date(2024, 3, 1), "pl")
        'od 02.03.2022 r. do 01.03.2024 r.'
        >>> format_period(date(2022, 3, 2), None), format_period(date(2022, 3, 2), None, "pl")
        ('2022-03-02..', 'od 02.03.2022 r.')
    """
    if language == "pl":
        text = f"od {format_date(start, 'pl')}"
        return text if end is None else f"{text} do {format_date(end, 'pl')}"
    _check_language(language)
    return f"{start.isoformat()}..{'' if end is None else end.isoformat()}"


def plural_pl(n: int, one: str, few: str, many: str) -> str:
    """The Polish form of a noun for the count ``n``.

    One form for 1, another for counts ending in 2, 3 or 4 (but not 12, 13 or 14), and a third
    for everything else (0, 5-21, 25-31, ...).

    Examples:
        >>> [f"{n} {plural_pl(n, 'osoba', 'osoby', 'osób')}" for n in (1, 2, 5, 12, 22)]
        ['1 osoba', '2 osoby', '5 osób', '12 osób', '22 osoby']
    """
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def _years_pl(count: int) -> str:
    """A number of years in Polish, the noun in the form the number asks for.

    Examples:
        >>> [_years_pl(n) for n in (1, 24, 25, 60, 62)]
        ['1 rok', '24 lata', '25 lat', '60 lat', '62 lata']
    """
    return f"{count} {plural_pl(count, 'rok', 'lata', 'lat')}"
