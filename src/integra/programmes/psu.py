"""Socially useful work (prace społecznie użyteczne, PSU), UPZ art. 73a: hours, pay and refund.

A district labour office may refer an unemployed person without the right to unemployment benefit
who receives social-assistance benefits (or carries out a social contract or an individual
programme) to socially useful work organised by the gmina of residence. The work is done for
**up to 10 hours a week**; the person is paid at least the statutory **minimum hourly rate**,
valorised on 1 June by the previous year's CPI; the Labour Fund refunds the gmina **up to 60% of
the minimum rate** for each hour worked, and the gmina pays the rest.

What this module answers:

* [`minimum_rate`][integra.programmes.psu.minimum_rate]: the minimum rate in force on a day, with
  its certainty (``CONFIRMED`` or ``DERIVED`` from the valorisation rule);
* [`pay`][integra.programmes.psu.pay]: the pay for a month's hours, the largest refund and the
  gmina's share, as a [`PsuPayment`][integra.programmes.psu.PsuPayment];
* [`pay_for`][integra.programmes.psu.pay_for]: the same for dated
  [`PsuSession`][integra.programmes.psu.PsuSession]s, each priced at the rate of its day;
* [`validate_week`][integra.programmes.psu.validate_week] and
  [`validate`][integra.programmes.psu.validate]: every breach of the hour limits, explained and
  cited (``validate_week`` was ``check_week``, which still imports, with a
  ``DeprecationWarning``: every check of a plan against its limits is a *validate*).

Policies (each stated, and a parameter where the law leaves a choice):

* **Rounding.** Amounts are złoty ``Decimal`` rounded to the grosz (0.01) with ``ROUND_HALF_UP``,
  once per product: the pay is ``round(hours × rate)``, the refund ``round(share × minimum ×
  hours)``, and the gmina's share is the difference of the two rounded amounts, so that
  ``refund + gmina share == pay`` exactly.
* **Rate changes.** Rates change on 1 June, so a calendar month has one rate (except May 2014,
  covered only from the 27th). [`pay`][integra.programmes.psu.pay] takes the rate in force on the
  day given; [`pay_for`][integra.programmes.psu.pay_for] prices each session at the rate of its
  own day and gives one part per rate, each rounded; the total is the sum of the parts.
* **Weeks** are ISO weeks (Monday to Sunday); the 10-hour cap applies to the whole ISO week,
  also when it straddles two months.
* **Monthly cap.** The act sets no monthly cap: the regulation on organising socially useful
  work (Dz.U. 2011 poz. 921 § 3 ust. 1 pkt 2) makes the monthly hours per person a term of each
  starosta–gmina agreement. 40 hours a month is the figure labour offices quote for their
  agreements (``DERIVED``, [`PSU_MONTHLY_HOURS_CAP`][integra.parameters.PSU_MONTHLY_HOURS_CAP]).
  It is checked by default and every message says it is an agreement-level value; pass your
  agreement's figure as a ``Decimal``, or ``monthly_cap=False`` to skip it.
* **Law coverage.** The modelled law runs from 2014-05-27 to 2025-05-31. From 2025-06-01 socially
  useful work continues under URP, which changed its longest duration and how the benefit is set
  (press, gazetaprawna.pl 10630235); those rules were not found in the act's text and are not
  modelled: asking for a later date raises [`NoLawInForce`][integra.errors.NoLawInForce] saying so.
* **Agreements concluded before 2025-06-01** run on under UPZ (URP art. 435 ust. 1). Which rate
  applies to their work from 2025-06-01 is disputed, so it is a named policy,
  [`LegacyRate`][integra.programmes.psu.LegacyRate]: by default the ministry's reading, the rate
  of 31 May 2025 frozen; or the reading of the MPs who asked, continued valorisation — whose
  amount no public source states, so the library does not compute it. Pass ``agreed_on`` to
  [`pay`][integra.programmes.psu.pay].

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> p = pay(40, date(2023, 9, 1))
    >>> p.rate, p.pay, p.refund_max, p.gmina_share, p.certainty.value
    (Decimal('10.90'), Decimal('436.00'), Decimal('261.60'), Decimal('174.40'), 'derived')
    >>> validate([PsuSession(date(2023, 9, 4), Decimal(6)), PsuSession(date(2023, 9, 5), Decimal(5))]).codes
    ('psu.hours.weekly_maximum',)
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidValue, NoLawInForce
from integra.labels import Label, LabelledEnum, Language, format_date, set_labels
from integra.law import Certainty, Citation, Dated
from integra.parameters import (
    PSU_MINIMUM_HOURLY_RATE,
    PSU_MONTHLY_HOURS_CAP,
    PSU_REFUND_SHARE_MAX,
    PSU_WEEKLY_HOURS_MAX,
    UPZ,
    UPZ_REPEAL,
    URP,
)
from integra.periods import DateRange, IsoWeek, weeks_of
from integra.programmes import _text
from integra.programmes._hours import as_hours, day_hours, over_a_day
from integra.programmes.violations import Validation, Value, Violation

__all__ = [
    "ART_73A",
    "GROSZ",
    "LegacyRate",
    "PsuPayment",
    "PsuPayroll",
    "PsuSession",
    "legacy_rate",
    "minimum_rate",
    "month_range",
    "pay",
    "pay_for",
    "round_money",
    "validate",
    "validate_week",
]

ART_73A = Citation(UPZ, article="73a")
_AGREEMENT_HOURS: Citation = PSU_MONTHLY_HOURS_CAP.entries[0].citation or ART_73A
"""UPZ art. 73a, the provision every PSU limit in this module comes from.

Examples:
    >>> ART_73A.text("pl")
    'art. 73a ustawy o promocji zatrudnienia i instytucjach rynku pracy'
"""

GROSZ = Decimal("0.01")
"""The unit amounts are rounded to: one grosz.

Examples:
    >>> GROSZ * 100
    Decimal('1.00')
"""

_ZERO = Decimal(0)
_MONEY_LIMIT = Decimal(10) ** 12
"""Amounts, rates and hours stay below this: no real figure comes near it, and below it every
product computed here fits Decimal's 28 digits when rounded to the grosz."""
_ONE_DAY = timedelta(days=1)
_FIRST_DAY = PSU_MINIMUM_HOURLY_RATE.entries[0].start
_LAST_DAY = UPZ_REPEAL - _ONE_DAY
_NOT_BEFORE = (
    f"known from {_FIRST_DAY.isoformat()}; earlier rates of socially useful work are not modelled"
)
_NOT_AFTER = (
    f"known until {_LAST_DAY.isoformat()}; UPZ was repealed from {UPZ_REPEAL.isoformat()} and "
    "socially useful work under URP (Dz.U. 2025 poz. 620) is not modelled"
)


def round_money(amount: Decimal) -> Decimal:
    """``amount`` rounded to the grosz, halves up (the library's rounding policy for money).

    Examples:
        >>> from decimal import Decimal
        >>> round_money(Decimal("12.345")), round_money(Decimal("12.344")), round_money(Decimal(3))
        (Decimal('12.35'), Decimal('12.34'), Decimal('3.00'))
    """
    return amount.quantize(GROSZ, rounding=ROUND_HALF_UP)


def _h(hours: Decimal) -> str:
    """Hours without trailing zeros or exponent: 10, 2.5."""
    text = format(hours.normalize(), "f")
    return text


def _hours(value: Any, name: str) -> Decimal:
    """``value`` as a non-negative finite ``Decimal`` of hours; floats and bools are refused."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise InvalidValue(
            f"{name} must be a Decimal or an int (not float), got {type(value).__name__}"
        )
    hours = Decimal(value)
    if not hours.is_finite():
        raise InvalidValue(f"{name} must be a finite number")
    if abs(hours) >= _MONEY_LIMIT:
        raise InvalidValue(f"{name} must be below 10^12")
    if hours < 0:
        raise InvalidValue(f"{name} must not be negative, got {_h(hours)}")
    return hours


def _day(value: Any, name: str) -> date:
    if type(value) is not date:
        raise InvalidValue(f"{name} must be a datetime.date, got {type(value).__name__}")
    return value


def _in_force(on: date) -> None:
    if on < _FIRST_DAY:
        raise NoLawInForce(PSU_MINIMUM_HOURLY_RATE.name, on, _NOT_BEFORE)
    if on > _LAST_DAY:
        raise NoLawInForce(PSU_MINIMUM_HOURLY_RATE.name, on, _NOT_AFTER)


def minimum_rate(on: date) -> Dated[Decimal]:
    """The minimum hourly rate of socially useful work in force on ``on``, as the dated entry: its
    ``value`` (złoty an hour), ``certainty`` (``CONFIRMED`` by a public source or ``DERIVED`` from
    the valorisation rule), ``citation`` and ``note``.

    Raises:
        NoLawInForce: ``on`` is before 2014-05-27 or after 2025-05-31 (from 2025-06-01 URP
            applies, whose rules are not modelled).
        InvalidValue: ``on`` is not a ``datetime.date``.

    Examples:
        >>> from datetime import date
        >>> entry = minimum_rate(date(2016, 5, 31))
        >>> entry.value, entry.certainty.value
        (Decimal('8.10'), 'confirmed')
        >>> minimum_rate(date(2022, 6, 1)).certainty.value
        'derived'
        >>> minimum_rate(date(2025, 6, 1))
        Traceback (most recent call last):
        ...
        integra.errors.NoLawInForce: no value of 'minimum hourly rate for socially useful work (UPZ art. 73a)' is modelled for 2025-06-01; known until 2025-05-31; UPZ was repealed from 2025-06-01 and socially useful work under URP (Dz.U. 2025 poz. 620) is not modelled
    """
    _in_force(_day(on, "on"))
    return PSU_MINIMUM_HOURLY_RATE.entry_at(on)


class LegacyRate(LabelledEnum):
    """The rate of socially useful work done from 2025-06-01 under an agreement concluded before
    that day (such agreements run on under UPZ, URP art. 435 ust. 1). Both readings are
    ``DERIVED``: they are known from a press report of the ministry's answer to a parliamentary
    question (gazetaprawna.pl 10630235), not from the answer itself.

    Examples:
        >>> LegacyRate.FROZEN_AT_31_MAY_2025.label.en
        "frozen at the rate of 31 May 2025 (the ministry's reading)"
    """

    FROZEN_AT_31_MAY_2025 = "frozen_at_31_may_2025"
    """The ministry's reading (default): the rates in force on 31 May 2025 apply, because no
    valorisation took place on 1 June 2025 and URP has no valorisation mechanism for this benefit."""
    VALORISED = "valorised"
    """The reading of the MPs who asked (M. Gromadzka, B. Lisowska): art. 435 ust. 1 keeps the
    UPZ rules, the 1 June valorisation included. No public source states the valorised amount."""


set_labels(
    LegacyRate,
    {
        LegacyRate.FROZEN_AT_31_MAY_2025: Label(
            pl="stawka z 31 maja 2025 r. bez waloryzacji (stanowisko ministerstwa)",
            en="frozen at the rate of 31 May 2025 (the ministry's reading)",
        ),
        LegacyRate.VALORISED: Label(
            pl="dalsza waloryzacja (odczytanie posłanek pytających)",
            en="continued valorisation (the reading of the MPs who asked)",
        ),
    },
)

_TRANSITIONAL = Citation(URP, article="435", paragraph="1")
_SOURCE = (
    "gazetaprawna.pl 10630235, reporting the answer of the minister (A. Dziemianowicz-Bąk) to "
    "MPs M. Gromadzka and B. Lisowska; the answer itself, its number and date were not read"
)


def legacy_rate(on: date, policy: LegacyRate = LegacyRate.FROZEN_AT_31_MAY_2025) -> Dated[Decimal]:
    """The minimum hourly rate for work done on ``on`` (from 2025-06-01) under a PSU agreement
    concluded before 2025-06-01, under ``policy``.

    Raises:
        NoLawInForce: ``on`` is before 2025-06-01 (use [`minimum_rate`][integra.programmes.psu.minimum_rate]),
            or ``policy`` is ``VALORISED``, whose amount no public source states.

    Examples:
        >>> from datetime import date
        >>> entry = legacy_rate(date(2026, 11, 29))
        >>> entry.value, entry.certainty.value, entry.citation.text("pl")
        (Decimal('12.20'), 'derived', 'art. 435 ust. 1 ustawy o rynku pracy i służbach zatrudnienia')
        >>> legacy_rate(date(2026, 11, 29), LegacyRate.VALORISED)
        Traceback (most recent call last):
        ...
        integra.errors.NoLawInForce: no value of 'minimum hourly rate for socially useful work (UPZ art. 73a)' is modelled for 2026-11-29; continued valorisation (the reading of the MPs who asked): no public source states the valorised amount; pass the rate your office applies as rate=
    """
    _day(on, "on")
    if on <= _LAST_DAY:
        raise NoLawInForce(
            PSU_MINIMUM_HOURLY_RATE.name, on, "before 2025-06-01 the UPZ rate applies: minimum_rate"
        )
    if not isinstance(policy, LegacyRate):
        raise InvalidValue("policy must be a LegacyRate")
    if policy is LegacyRate.VALORISED:
        raise NoLawInForce(
            PSU_MINIMUM_HOURLY_RATE.name,
            on,
            f"{policy.label.en}: no public source states the valorised amount; pass the rate your "
            "office applies as rate=",
        )
    last = PSU_MINIMUM_HOURLY_RATE.entry_at(_LAST_DAY)
    return Dated(
        last.value,
        UPZ_REPEAL,
        citation=_TRANSITIONAL,
        certainty=Certainty.DERIVED,
        note=f"{policy.label.en}: the rate of 31 May 2025 ({last.value} zł); {_SOURCE}",
    )


def month_range(on: date) -> DateRange:
    """The calendar month containing ``on``, first to last day.

    Examples:
        >>> from datetime import date
        >>> str(month_range(date(2024, 2, 10)))
        '2024-02-01..2024-02-29'
    """
    first = on.replace(day=1)
    following = (
        date(first.year + 1, 1, 1) if first.month == 12 else first.replace(month=first.month + 1)
    )
    return DateRange(first, following - _ONE_DAY)


def _monthly_cap(monthly_cap: bool | Decimal, on: date) -> Decimal | None:
    if monthly_cap is True:
        return PSU_MONTHLY_HOURS_CAP.at(on)
    if monthly_cap is False:
        return None
    if not isinstance(monthly_cap, Decimal) or not monthly_cap.is_finite() or monthly_cap < 0:
        raise InvalidValue("monthly_cap must be True, False or a Decimal of at least 0")
    return monthly_cap


def _cap_text(monthly_cap: bool | Decimal, cap: Decimal, language: Language) -> str:
    h = _text.hours(cap, language)
    if language == "pl":
        if monthly_cap is True:
            return (
                f"nie więcej niż {h} miesięcznie (wartość z porozumienia, nie limit ustawowy: "
                "liczbę godzin w miesiącu ustala porozumienie starosty z gminą; 40 h to zwykle "
                "przyjmowana wartość, wyprowadzona; przyjmij liczbę godzin z własnego "
                "porozumienia albo pomiń ten limit)"
            )
        return f"nie więcej niż {h} miesięcznie (limit podany przez użytkownika)"
    if monthly_cap is True:
        return (
            f"at most {h} a month (an agreement-level value, not a statutory cap: the "
            "starosta–gmina agreement sets the monthly hours; 40 h is the usual figure, derived; "
            "pass your agreement's monthly_cap, or monthly_cap=False to skip it)"
        )
    return f"at most {h} a month (cap set by the caller)"


# --- Payment -------------------------------------------------------------------------------------


def _non_negative_money(instance: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a Decimal >= 0")


@attrs.frozen(slots=True)
class PsuPayment:
    """The pay for hours of socially useful work at one rate, and who bears it. ``repr()`` shows
    the statutory minimum only: the hours, rate and amounts are the person's pay.

    Attributes:
        hours: Hours worked.
        rate: The rate paid, złoty an hour (at least the minimum).
        minimum_rate: The statutory minimum rate in force (UPZ art. 73a).
        rate_from: The day that minimum rate applies from.
        certainty: Whether the minimum rate is ``CONFIRMED`` or ``DERIVED`` from the valorisation
            rule; a derived rate is shown as such, not presented as law.
        pay: ``hours × rate``, rounded to the grosz (halves up).
        refund_max: The largest Labour Fund refund: ``share × minimum rate × hours`` with the
            share in force (60%), rounded to the grosz.
        gmina_share: What the gmina pays if the refund is the largest: ``pay − refund_max``.

    Examples:
        >>> from datetime import date
        >>> p = pay(10, date(2024, 6, 1), rate=Decimal("13.00"))
        >>> p.pay, p.refund_max, p.gmina_share, p.certainty.value
        (Decimal('130.00'), Decimal('73.20'), Decimal('56.80'), 'derived')
        >>> p.rate_is_minimum
        False
    """

    hours: Decimal = attrs.field(validator=_non_negative_money, repr=False)
    rate: Decimal = attrs.field(validator=_non_negative_money, repr=False)
    minimum_rate: Decimal = attrs.field(validator=_non_negative_money)
    rate_from: date
    certainty: Certainty
    pay: Decimal = attrs.field(validator=_non_negative_money, repr=False)
    refund_max: Decimal = attrs.field(validator=_non_negative_money, repr=False)
    gmina_share: Decimal = attrs.field(validator=_non_negative_money, repr=False)

    def __attrs_post_init__(self) -> None:
        # What the fields mean, not only their types: the figures must fit together.
        if self.rate < self.minimum_rate:
            raise InvalidValue("PsuPayment.rate must not be below PsuPayment.minimum_rate")
        if self.pay != round_money(self.hours * self.rate):
            raise InvalidValue("PsuPayment.pay must be hours × rate rounded to the grosz")
        if self.refund_max > self.pay or self.gmina_share != self.pay - self.refund_max:
            raise InvalidValue("PsuPayment.gmina_share must be pay − refund_max, both within pay")

    @property
    def rate_is_minimum(self) -> bool:
        """Whether the rate paid is the statutory minimum.

        Examples:
            >>> from datetime import date
            >>> pay(4, date(2016, 3, 1)).rate_is_minimum
            True
        """
        return self.rate == self.minimum_rate


def _payment(
    hours: Decimal, entry: Dated[Decimal], rate: Decimal | None, share: Decimal
) -> PsuPayment:
    minimum = entry.value
    used = minimum if rate is None else rate
    total = round_money(hours * used)
    refund = round_money(share * minimum * hours)
    return PsuPayment(
        hours=hours,
        rate=used,
        minimum_rate=minimum,
        rate_from=entry.start,
        certainty=entry.certainty,
        pay=total,
        refund_max=refund,
        gmina_share=total - refund,
    )


def _check_rate(rate: Any, entry: Dated[Decimal]) -> Decimal | None:
    if rate is None:
        return None
    if isinstance(rate, bool) or not isinstance(rate, Decimal | int):
        raise InvalidValue(
            f"rate must be a Decimal or an int (not float), got {type(rate).__name__}"
        )
    value = Decimal(rate)
    if value.is_finite() and value >= _MONEY_LIMIT:
        raise InvalidValue("rate must be below 10^12 zł/h")
    if not value.is_finite() or value < entry.value:
        # The rate given is the person's pay: the message names the minimum, not the rate.
        raise InvalidValue(
            f"rate is below the minimum of {entry.value} zł/h in force from "
            f"{entry.start.isoformat()} ({entry.certainty.value}, {ART_73A.text('en')})"
        )
    return value


def pay(
    hours: Decimal | int,
    on: date,
    *,
    rate: Decimal | int | None = None,
    monthly_cap: bool | Decimal = True,
    agreed_on: date | None = None,
    legacy: LegacyRate = LegacyRate.FROZEN_AT_31_MAY_2025,
) -> PsuPayment:
    """The pay for ``hours`` of socially useful work in the calendar month of ``on``, at the
    minimum rate in force on ``on`` or at ``rate``, with the largest refund and the gmina's share.

    For work from 2025-06-01 under an agreement concluded before that day, pass its date as
    ``agreed_on``: the UPZ limits of 31 May 2025 apply (URP art. 435 ust. 1) and the minimum rate
    follows ``legacy`` ([`legacy_rate`][integra.programmes.psu.legacy_rate]).

    Hours are checked against the limits of the month: at most 10 hours in each ISO week it
    touches (a bound that needs no schedule), and the monthly cap (derived, on by default; see the
    module's policies). To check a schedule week by week use
    [`validate`][integra.programmes.psu.validate].

    Raises:
        InvalidValue: hours or rate are a float, hours are negative or above a limit, or the rate
            is below the minimum in force.
        NoLawInForce: ``on`` is outside 2014-05-27 .. 2025-05-31.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> pay(Decimal("37.5"), date(2021, 6, 1)).pay
        Decimal('337.50')
        >>> pay(Decimal("7.25"), date(2019, 6, 1)).pay  # 7.25 × 8.50 = 61.625
        Decimal('61.63')
        >>> pay(41, date(2021, 6, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: 41 h in 2021-06 is above the monthly cap: at most 40 h a month (an agreement-level value, not a statutory cap: the starosta–gmina agreement sets the monthly hours; 40 h is the usual figure, derived; pass your agreement's monthly_cap, or monthly_cap=False to skip it)
        >>> pay(41, date(2021, 6, 1), monthly_cap=False).pay
        Decimal('369.00')
        >>> pay(-1, date(2021, 6, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: hours must not be negative, got -1
        >>> pay(2.5, date(2021, 6, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: hours must be a Decimal or an int (not float), got float
    """
    worked = _hours(hours, "hours")
    law_on = on
    if agreed_on is not None and _day(agreed_on, "agreed_on") <= _LAST_DAY and on > _LAST_DAY:
        # URP art. 435 ust. 1: the agreement runs on under the UPZ rules of its last day.
        entry = legacy_rate(on, legacy) if rate is None else _legacy_or_last(on, legacy)
        law_on = _LAST_DAY
    else:
        entry = minimum_rate(on)
    used = _check_rate(rate, entry)
    month = month_range(on)
    label = f"{on.year}-{on.month:02d}"
    weekly = PSU_WEEKLY_HOURS_MAX.at(law_on)
    weeks = len(weeks_of(month))
    if worked > weekly * weeks:
        raise InvalidValue(
            f"{_h(worked)} h in {label} is above the weekly limit: at most {_h(weekly)} h in each "
            f"of the {weeks} ISO weeks the month touches, {_h(weekly * weeks)} h ({ART_73A.text('en')})"
        )
    cap = _monthly_cap(monthly_cap, law_on)
    if cap is not None and worked > cap:
        raise InvalidValue(
            f"{_h(worked)} h in {label} is above the monthly cap: {_cap_text(monthly_cap, cap, 'en')}"
        )
    return _payment(worked, entry, used, PSU_REFUND_SHARE_MAX.at(law_on))


def _legacy_or_last(on: date, legacy: LegacyRate) -> Dated[Decimal]:
    """The legacy rate; under ``VALORISED`` (amount unknown) the rate of 31 May 2025 as the floor
    a caller's own ``rate`` is checked against."""
    if legacy is LegacyRate.VALORISED:
        # Only the floor's value, start and certainty reach the payment: the caller's rate is
        # paid, checked against the rate of 31 May 2025 (URP art. 435 ust. 1; derived).
        last = PSU_MINIMUM_HOURLY_RATE.entry_at(_LAST_DAY)
        return Dated(last.value, UPZ_REPEAL, certainty=Certainty.DERIVED)
    return legacy_rate(on, legacy)


# --- Sessions, validation and pay of a schedule -------------------------------------------------


def _check_session_day(instance: object, attribute: attrs.Attribute[date], value: Any) -> None:
    _day(value, "PsuSession.day")


@attrs.frozen(slots=True, order=True)
class PsuSession:
    """Hours of socially useful work done on one day.

    Attributes:
        day: The day worked.
        hours: Hours worked that day, a ``Decimal`` more than 0 and at most 24.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> PsuSession(date(2024, 1, 8), Decimal("2.5")).week
        IsoWeek(year=2024, week=2)
        >>> PsuSession(date(2024, 1, 8), Decimal(-2))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: PsuSession.hours must be more than 0 and at most 24
    """

    day: date = attrs.field(validator=_check_session_day)
    hours: Decimal = attrs.field(converter=as_hours, validator=day_hours("PsuSession"))

    @property
    def week(self) -> IsoWeek:
        """The ISO week of the session.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> str(PsuSession(date(2021, 1, 3), Decimal(1)).week)
            '2020-W53'
        """
        return IsoWeek.of(self.day)


def _sessions(sessions: Iterable[PsuSession]) -> tuple[PsuSession, ...]:
    items = as_tuple(sessions)
    for item in items:
        if not isinstance(item, PsuSession):
            raise InvalidValue(f"sessions must hold PsuSession values, got {type(item).__name__}")
    return tuple(sorted(items))


def _in_month(hours: Decimal, year: int, month: int) -> Callable[[Language], str]:
    def text(lang: Language) -> str:
        if lang == "pl":
            return f"{_text.hours(hours, 'pl')} w miesiącu {month:02d}.{year} r."
        return f"{_text.hours(hours, 'en')} in {year}-{month:02d}"

    return text


def _monthly_required(monthly_cap: bool | Decimal, cap: Decimal) -> Callable[[Language], str]:
    return lambda lang: _cap_text(monthly_cap, cap, lang)


def _violation(
    code: str,
    pl: str,
    en: str,
    observed: Callable[[Language], str],
    required: Callable[[Language], str],
    citation: Citation = ART_73A,
    *,
    week: IsoWeek | None = None,
    observed_value: Value | None = None,
    required_value: Value | None = None,
) -> Violation:
    # The shared bilingual builder, with PSU's own provision (UPZ art. 73a) by default.
    return _text.violation(
        code,
        pl,
        en,
        observed,
        required,
        citation,
        week=week,
        observed_value=observed_value,
        required_value=required_value,
    )


def _impossible_days(items: tuple[PsuSession, ...]) -> list[Violation]:
    found: list[Violation] = []
    repeated = len(items) - len(set(items))
    if repeated:
        found.append(
            Violation(
                "psu.session.duplicated",
                Label(
                    pl="ta sama praca wpisana więcej niż raz",
                    en="the same session entered more than once",
                ),
                Label(pl=f"powtórzone wpisy: {repeated}", en=f"{repeated} repeated session(s)"),
                Label(pl="każdy dzień pracy wpisany raz", en="each day of work once"),
                None,
                observed_value=repeated,
                required_value=0,
            )
        )
    per_day: dict[date, Decimal] = {}
    for session in items:
        per_day[session.day] = per_day.get(session.day, _ZERO) + session.hours
    found.extend(
        over_a_day(
            "psu.day.over_24_hours",
            per_day,
            "więcej niż 24 godziny pracy w jednym dniu",
            "more than 24 hours of work on one day",
        )
    )
    return found


def _sessions_text(sessions: list[PsuSession], language: Language) -> str:
    first, last = format_date(sessions[0].day, language), format_date(sessions[-1].day, language)
    if language == "pl":
        return f"liczba wpisów: {len(sessions)}, od {first} do {last}"
    return f"{len(sessions)} session(s) from {first} to {last}"


def validate_week(hours: Decimal | int, on: date) -> Validation:
    """Check the hours of socially useful work of the ISO week containing ``on`` against the
    weekly limit in force (up to 10 hours, for the whole ISO week).

    Raises:
        InvalidValue: hours are a float or negative.
        NoLawInForce: ``on`` is outside 2014-05-27 .. 2025-05-31.

    Examples:
        >>> from datetime import date
        >>> validate_week(10, date(2024, 3, 6)).valid
        True
        >>> print(validate_week(Decimal("10.5"), date(2024, 3, 6)).explain())
        too many hours of socially useful work in a week: 10.5 h in 2024-W10 (2024-03-04..2024-03-10); required: at most 10 h a week (Art. 73a of the Act on Employment Promotion and Labour Market Institutions (UPZ))
    """
    worked = _hours(hours, "hours")
    _in_force(_day(on, "on"))
    week = IsoWeek.of(on)
    return Validation(_week_violations(week, worked, PSU_WEEKLY_HOURS_MAX.at(on)))


def _week_violations(week: IsoWeek, hours: Decimal, cap: Decimal) -> tuple[Violation, ...]:
    if hours <= cap:
        return ()
    return (
        _violation(
            "psu.hours.weekly_maximum",
            "za dużo godzin prac społecznie użytecznych w tygodniu",
            "too many hours of socially useful work in a week",
            lambda lang: f"{_text.hours(hours, lang)} {_text.in_week(week, lang)}",
            lambda lang: (
                f"nie więcej niż {_text.hours(cap, 'pl')} tygodniowo"
                if lang == "pl"
                else f"at most {_text.hours(cap, 'en')} a week"
            ),
            week=week,
            observed_value=hours,
            required_value=cap,
        ),
    )


def validate(sessions: Iterable[PsuSession], *, monthly_cap: bool | Decimal = True) -> Validation:
    """Check a schedule of socially useful work and return every violation, explained and cited.

    In order: sessions on days no modelled law covers (one violation for the days before
    2014-05-27, one for the days from 2025-06-01, when URP applies and is not modelled; those
    sessions are left out of the other checks), then for each ISO week the 10-hour cap (the whole
    week, across months), then for each calendar month the monthly cap (derived, on by default;
    ``monthly_cap=False`` skips it, a ``Decimal`` sets your own).

    Sessions no person can work are violations too, citing no provision: the same session entered
    twice (``psu.session.duplicated``; it would be paid twice) and more than 24 hours on one day
    (``psu.day.over_24_hours``).

    Codes: ``psu.law.not_in_force``, ``psu.law.not_modelled``, ``psu.session.duplicated``,
    ``psu.day.over_24_hours``, ``psu.hours.weekly_maximum``, ``psu.hours.monthly_cap``.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> march = [PsuSession(date(2024, 3, d), Decimal(5)) for d in (4, 6, 11, 13, 18, 20, 25, 27)]
        >>> validate(march).valid
        True
        >>> result = validate([*march, PsuSession(date(2024, 3, 28), Decimal(2))])
        >>> result.codes
        ('psu.hours.weekly_maximum', 'psu.hours.monthly_cap')
        >>> print(result.violations[1].explain())
        too many hours of socially useful work in a month: 42 h in 2024-03; required: at most 40 h a month (an agreement-level value, not a statutory cap: the starosta–gmina agreement sets the monthly hours; 40 h is the usual figure, derived; pass your agreement's monthly_cap, or monthly_cap=False to skip it) (§ 3(1)(2) of the Regulation on organising socially useful work (Dz.U. 2011 no. 155 item 921) (RPSU-2011))
        >>> validate([*march, PsuSession(date(2024, 3, 28), Decimal(2))], monthly_cap=False).codes
        ('psu.hours.weekly_maximum',)
    """
    items = _sessions(sessions)
    found: list[Violation] = []
    before = [s for s in items if s.day < _FIRST_DAY]
    after = [s for s in items if s.day > _LAST_DAY]
    if before:
        found.append(
            _violation(
                "psu.law.not_in_force",
                "dni pracy sprzed okresu objętego przepisami w bibliotece",
                "days of work before the modelled law",
                lambda lang: _sessions_text(before, lang),
                lambda lang: (
                    f"dni od {format_date(_FIRST_DAY, 'pl')} (wcześniejszych przepisów o pracach "
                    "społecznie użytecznych biblioteka nie zawiera)"
                    if lang == "pl"
                    else f"days from {_FIRST_DAY.isoformat()} (earlier rules of socially useful "
                    "work are not modelled)"
                ),
                observed_value=before[0].day,
                required_value=_FIRST_DAY,
            )
        )
    if after:
        found.append(
            _violation(
                "psu.law.not_modelled",
                "dni pracy po uchyleniu ustawy o promocji zatrudnienia",
                "days of work after UPZ was repealed",
                lambda lang: _sessions_text(after, lang),
                lambda lang: (
                    f"dni do {format_date(_LAST_DAY, 'pl')}; biblioteka nie odwzorowuje prac społecznie "
                    f"użytecznych według ustawy o rynku pracy od {format_date(UPZ_REPEAL, 'pl')}"
                    if lang == "pl"
                    else f"days until {_LAST_DAY.isoformat()}; socially useful work under URP "
                    f"from {UPZ_REPEAL.isoformat()} is not modelled"
                ),
                observed_value=after[-1].day,
                required_value=_LAST_DAY,
            )
        )
    covered = [s for s in items if _FIRST_DAY <= s.day <= _LAST_DAY]
    found.extend(_impossible_days(items))
    weeks: dict[IsoWeek, Decimal] = {}
    months: dict[tuple[int, int], Decimal] = {}
    for session in covered:
        weeks[session.week] = weeks.get(session.week, _ZERO) + session.hours
        key = (session.day.year, session.day.month)
        months[key] = months.get(key, _ZERO) + session.hours
    for week, hours in sorted(weeks.items()):
        monday = week.range.start
        cap = PSU_WEEKLY_HOURS_MAX.at(max(monday, _FIRST_DAY))
        found.extend(_week_violations(week, hours, cap))
    for (year, month), hours in sorted(months.items()):
        first = max(date(year, month, 1), _FIRST_DAY)
        cap_value = _monthly_cap(monthly_cap, first)
        if cap_value is not None and hours > cap_value:
            found.append(
                _violation(
                    "psu.hours.monthly_cap",
                    "za dużo godzin prac społecznie użytecznych w miesiącu",
                    "too many hours of socially useful work in a month",
                    _in_month(hours, year, month),
                    _monthly_required(monthly_cap, cap_value),
                    _AGREEMENT_HOURS,
                    observed_value=hours,
                    required_value=cap_value,
                )
            )
    return Validation(tuple(found))


@attrs.frozen(slots=True)
class PsuPayroll:
    """The pay for a schedule of socially useful work: one part per minimum rate in force.

    Attributes:
        parts: One [`PsuPayment`][integra.programmes.psu.PsuPayment] per rate entry the sessions
            fall in, in order of date; each part is rounded on its own.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> roll = pay_for([PsuSession(date(2023, 5, 31), Decimal(3)), PsuSession(date(2023, 6, 1), Decimal(3))])
        >>> [str(p.rate) for p in roll.parts], roll.pay, roll.refund_max, roll.gmina_share
        (['9.50', '10.90'], Decimal('61.20'), Decimal('36.72'), Decimal('24.48'))
    """

    parts: tuple[PsuPayment, ...] = attrs.field(converter=as_tuple)

    @property
    def hours(self) -> Decimal:
        """Hours of all parts.

        Examples:
            >>> pay_for([]).hours
            Decimal('0')
        """
        return sum((p.hours for p in self.parts), _ZERO)

    @property
    def pay(self) -> Decimal:
        """The pay: the sum of the rounded parts.

        Examples:
            >>> pay_for([]).pay
            Decimal('0.00')
        """
        return sum((p.pay for p in self.parts), Decimal("0.00"))

    @property
    def refund_max(self) -> Decimal:
        """The largest Labour Fund refund: the sum of the parts' refunds.

        Examples:
            >>> pay_for([]).refund_max
            Decimal('0.00')
        """
        return sum((p.refund_max for p in self.parts), Decimal("0.00"))

    @property
    def gmina_share(self) -> Decimal:
        """What the gmina pays: ``pay − refund_max``.

        Examples:
            >>> pay_for([]).gmina_share
            Decimal('0.00')
        """
        return self.pay - self.refund_max

    @property
    def certainty(self) -> Certainty:
        """``DERIVED`` if any part uses a derived minimum rate, else ``CONFIRMED``.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> pay_for([PsuSession(date(2016, 6, 1), Decimal(1))]).certainty.value
            'confirmed'
            >>> pay_for([PsuSession(date(2023, 6, 1), Decimal(1))]).certainty.value
            'derived'
        """
        if any(p.certainty is Certainty.DERIVED for p in self.parts):
            return Certainty.DERIVED
        return Certainty.CONFIRMED


def pay_for(sessions: Iterable[PsuSession], *, rate: Decimal | int | None = None) -> PsuPayroll:
    """The pay for ``sessions``, each priced at the minimum rate in force on its own day (or at
    ``rate``, which must be at least the minimum on every day); one part per rate.

    The hour limits are not checked here: use [`validate`][integra.programmes.psu.validate].

    Raises:
        NoLawInForce: a session is outside 2014-05-27 .. 2025-05-31.
        InvalidValue: ``rate`` is a float or below the minimum on a session's day.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from datetime import timedelta
        >>> week = [PsuSession(date(2018, 5, 28) + timedelta(i), Decimal(2)) for i in range(5)]
        >>> [(str(p.hours), str(p.rate), p.certainty.value) for p in pay_for(week).parts]
        [('8', '8.10', 'confirmed'), ('2', '8.30', 'derived')]
        >>> pay_for(week, rate=Decimal("8.20"))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: rate is below the minimum of 8.30 zł/h in force from 2018-06-01 (derived, Art. 73a of the Act on Employment Promotion and Labour Market Institutions (UPZ))
    """
    groups: dict[date, tuple[Dated[Decimal], Decimal]] = {}
    items = _sessions(sessions)
    if len(set(items)) != len(items):
        # The same session twice would be paid twice: refuse rather than double the pay.
        raise InvalidValue("sessions holds the same PsuSession more than once")
    for session in items:
        entry = minimum_rate(session.day)
        _, hours = groups.get(entry.start, (entry, _ZERO))
        groups[entry.start] = (entry, hours + session.hours)
    parts: list[PsuPayment] = []
    for start in sorted(groups):
        entry, hours = groups[start]
        used = _check_rate(rate, entry)
        parts.append(_payment(hours, entry, used, PSU_REFUND_SHARE_MAX.at(start)))
    return PsuPayroll(tuple(parts))


def __getattr__(name: str) -> Any:
    """The former name of [`validate_week`][integra.programmes.psu.validate_week],
    ``check_week``, with a ``DeprecationWarning``.

    Examples:
        >>> import warnings
        >>> from integra.programmes import psu
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     psu.check_week is validate_week, caught[0].category.__name__
        (True, 'DeprecationWarning')
    """
    if name == "check_week":
        warnings.warn(
            "integra.programmes.psu.check_week is renamed validate_week",
            DeprecationWarning,
            stacklevel=2,
        )
        return validate_week
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
