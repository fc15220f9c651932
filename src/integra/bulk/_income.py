"""The income of household statements counted in columns, as
[`assess`][integra.income.assess] counts one statement (UPS art. 8 ust. 3-5): the income month
of each statement, the items of that month net of their tax and contributions, the sources
art. 8 ust. 4 leaves out (read on the application day), a farm's hectares of conversion times
the amount of [`FARM_INCOME_PER_HECTARE`][integra.income.FARM_INCOME_PER_HECTARE] (rounded to
the grosz, half up) and the alimony paid as the statement's reading says; the sum never below 0.

Amounts are whole grosze (``int64``), hectares whole ten-thousandths of a hectare, days day
numbers. Where the scalar computation would raise ``NoLawInForce`` (a legal value not modelled
for the day), the row is marked instead, for the reader to refuse.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import numpy as np

from integra.bulk._days import day_number
from integra.income import (
    EXCLUSIONS,
    FARM_INCOME_PER_HECTARE,
    AlimonyPayee,
    AlimonyReading,
    FarmAmountDay,
    IncomeChange,
    IncomeSource,
)
from integra.law import Certainty, Timeline

SOURCES: tuple[IncomeSource, ...] = tuple(IncomeSource)
CHANGES: tuple[IncomeChange, ...] = tuple(IncomeChange)
READINGS: tuple[AlimonyReading, ...] = tuple(AlimonyReading)
FARM_DAYS: tuple[FarmAmountDay, ...] = tuple(FarmAmountDay)
PAYEES: tuple[AlimonyPayee, ...] = tuple(AlimonyPayee)

FARM = SOURCES.index(IncomeSource.FARM)
LUMP_SUM = SOURCES.index(IncomeSource.BUSINESS_LUMP_SUM)
LOST = CHANGES.index(IncomeChange.LOST)
_APPLICATION_DAY = FARM_DAYS.index(FarmAmountDay.APPLICATION_DAY)

# deducts[reading, payee, arrears]: whether the reading deducts such a payment.
_DEDUCTS = np.array(
    [
        [[reading.deducts(payee, arrears=bool(a)) for a in (0, 1)] for payee in PAYEES]
        for reading in READINGS
    ],
    dtype=bool,
)
_LAST_DAY = day_number(date.max)
_CONFIRMED = Certainty.CONFIRMED.strength
_ASSUMED = Certainty.ASSUMED_UNCHANGED.strength
_NO_LAW = Certainty.NO_LAW.strength


def timeline_index(timeline: Timeline[Any], days: Any) -> Any:
    """For each day number, the position of the entry of ``timeline`` in force (-1 where none:
    before the first entry, in a gap, or after an entry's own end with no successor)."""
    entries = timeline.entries
    starts = np.array([day_number(e.start) for e in entries], dtype=np.int64)
    lasts = np.empty(len(entries), dtype=np.int64)
    for i, entry in enumerate(entries):
        if entry.end is not None:
            lasts[i] = day_number(entry.end)
        elif i + 1 < len(entries):
            lasts[i] = starts[i + 1] - 1
        else:
            lasts[i] = _LAST_DAY
    at = np.searchsorted(starts, days, side="right") - 1
    ok = (at >= 0) & (days <= lasts[np.maximum(at, 0)])
    return np.where(ok, at, -1)


def timeline_strength(timeline: Timeline[Any], days: Any) -> Any:
    """For each day number, the strength of the certainty
    ([`Certainty.strength`][integra.law.Certainty.strength]) with which ``timeline`` answers for
    it, as [`Timeline.lookup`][integra.law.Timeline.lookup] gives it: the entry's own, that of
    ``ASSUMED_UNCHANGED`` where the day is not reviewed, that of ``NO_LAW`` where no entry is in
    force."""
    at = timeline_index(timeline, days)
    own = np.array([e.certainty.strength for e in timeline.entries], dtype=np.int8)
    reviewed = days <= day_number(timeline.reviewed_until)
    for period in timeline.reviewed_also:
        last = _LAST_DAY if period.end is None else day_number(period.end)
        reviewed |= (days >= day_number(period.start)) & (days <= last)
    strength = np.where(reviewed, own[np.maximum(at, 0)], _ASSUMED)
    return np.where(at >= 0, strength, _NO_LAW).astype(np.int8)


def _grosz(amount: Decimal) -> int:
    grosz = amount * 100
    if grosz != grosz.to_integral_value():  # pragma: no cover - every modelled amount is whole
        raise ValueError("a per-hectare amount must be whole grosze")
    return int(grosz)


_FARM_GROSZ = np.array(
    [_grosz(entry.value) for entry in FARM_INCOME_PER_HECTARE.entries], dtype=np.int64
)


def income_months(application: Any, loss: Any) -> Any:
    """The first day of the income month of each statement (day numbers): the month before the
    application, or the month of the application after a loss of income (UPS art. 8 ust. 3)."""
    month = application.astype("datetime64[D]").astype("datetime64[M]")
    month = np.where(loss, month, month - np.timedelta64(1, "M"))
    return month.astype("datetime64[D]").astype(np.int64)


@attrs.frozen(slots=True)
class Items:
    """The income items of the statements, one array per column (rows in any order)."""

    household: Any
    source: Any
    month: Any
    gross: Any
    tax: Any
    social: Any
    health: Any
    hectares: Any
    change: Any


@attrs.frozen(slots=True)
class Alimony:
    """The alimony paid, one array per column."""

    household: Any
    month: Any
    amount: Any
    payee: Any
    arrears: Any


@attrs.frozen(slots=True)
class Counted:
    """The income of each statement (grosze) and the rows whose law is not modelled: the
    items whose source is left out by a provision not in force on the application day, and the
    farm items whose per-hectare amount is not modelled for the day it is read on."""

    income: Any
    no_exclusion_law: Any
    no_farm_amount: Any


def _months(application: Any, household: Any, month: Any, change: Any) -> tuple[Any, Any]:
    """The income month of each statement, and whether each item falls in its statement's."""
    loss = np.zeros(len(application), dtype=bool)
    loss[household[change == LOST]] = True
    months = income_months(application, loss)
    return months, month == months[household]


def _farm_days(application: Any, farm_day: Any, months: Any, statement: Any) -> Any:
    """The day whose per-hectare amount applies, for farm items of ``statement`` positions."""
    return np.where(
        farm_day[statement] == _APPLICATION_DAY, application[statement], months[statement]
    )


def certainty(
    application: Any, farm_day: Any, household: Any, source: Any, month: Any, change: Any
) -> Any:
    """For each statement, the strength of the certainty of the legal values its income is
    counted with, as [`IncomeAssessment.certainty`][integra.income.IncomeAssessment.certainty]
    gives it: the weakest of the exclusions read for the items of the income month left out
    (on the application day) and the per-hectare amounts read for its farms; that of
    ``CONFIRMED`` for a statement that reads neither. ``application`` and ``farm_day`` are per
    statement; the item columns name their statement's position."""
    strength = np.full(len(application), _CONFIRMED, dtype=np.int8)
    if not len(household):  # declared incomes only: nothing counted, nothing read
        return strength
    months, in_month = _months(application, household, month, change)
    for kind, timeline in EXCLUSIONS.items():
        rows = np.flatnonzero(in_month & (source == SOURCES.index(kind)))
        if len(rows):
            read = timeline_strength(timeline, application[household[rows]])
            np.minimum.at(strength, household[rows], read)
    farm = np.flatnonzero(in_month & (source == FARM))
    if len(farm):
        statement = household[farm]
        day = _farm_days(application, farm_day, months, statement)
        np.minimum.at(strength, statement, timeline_strength(FARM_INCOME_PER_HECTARE, day))
    return strength


def count(application: Any, reading: Any, farm_day: Any, items: Items, alimony: Alimony) -> Counted:
    """The income of each statement: ``application`` (day numbers), ``reading`` and
    ``farm_day`` (codes) are per statement; the items and alimony name their statement's
    position."""
    n = len(application)
    h = items.household
    month, in_month = _months(application, h, items.month, items.change)
    amount = items.gross - items.tax - items.social - items.health
    counted = in_month.copy()
    no_exclusion = np.zeros(len(h), dtype=bool)
    app_of_item = application[h]
    for source, timeline in EXCLUSIONS.items():
        rows = np.flatnonzero(in_month & (items.source == SOURCES.index(source)))
        if not len(rows):
            continue
        counted[rows] = False
        no_exclusion[rows] = timeline_index(timeline, app_of_item[rows]) < 0
    no_farm = np.zeros(len(h), dtype=bool)
    farm = np.flatnonzero(in_month & (items.source == FARM))
    if len(farm):
        day = _farm_days(application, farm_day, month, h[farm])
        at = timeline_index(FARM_INCOME_PER_HECTARE, day)
        no_farm[farm] = at < 0
        per_hectare = _FARM_GROSZ[np.maximum(at, 0)]
        gross = (items.hectares[farm] * per_hectare + 5_000) // 10_000
        amount = amount.copy()
        amount[farm] = gross - items.social[farm] - items.health[farm]
    total = np.zeros(n, dtype=np.int64)
    np.add.at(total, h[counted], amount[counted])
    a = alimony.household
    deducted = (alimony.month == month[a]) & _DEDUCTS[
        reading[a], alimony.payee, alimony.arrears.astype(np.int64)
    ]
    np.subtract.at(total, a[deducted], alimony.amount[deducted])
    return Counted(np.maximum(total, 0), no_exclusion, no_farm)
