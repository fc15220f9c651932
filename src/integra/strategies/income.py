"""Strategies for the types of [`integra.income`][integra.income].

Every value is valid: items fall in the income month of their statement or the month before it,
farms have hectares and no gross, a lump-sum business has no deductions, the deductions of any
other item do not exceed its gross, and member indices stay below the family's size.
Applications are dated from 2012-10-01, so that every per-hectare amount a farm needs is
modelled whichever day the statement reads it on.

Examples:
    >>> from hypothesis import given, settings
    >>> from integra.income import assess
    >>> @settings(max_examples=20)
    ... @given(income_statements())
    ... def check(statement):
    ...     assert assess(statement).income >= 0
    >>> check()
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from integra.income import (
    AlimonyPaid,
    AlimonyPayee,
    AlimonyReading,
    FarmAmountDay,
    IncomeAssessment,
    IncomeChange,
    IncomeItem,
    IncomeLine,
    IncomeSource,
    IncomeStatement,
    assess,
)
from integra.people import Household
from integra.periods import DateRange
from integra.strategies.core import money

__all__ = [
    "alimony_payments",
    "application_dates",
    "counted_households",
    "income_assessments",
    "income_items",
    "income_lines",
    "income_statements",
    "type_strategies",
]

_FIRST_APPLICATION = date(2012, 10, 1)
_LAST_APPLICATION = date(2026, 11, 29)


def application_dates() -> st.SearchStrategy[date]:
    """Days of application from 2012-10-01 to the law's review date.

    Examples:
        >>> application_dates().example() >= date(2012, 10, 1)
        True
    """
    return st.dates(_FIRST_APPLICATION, _LAST_APPLICATION)


def _months_around(application: date) -> list[date]:
    first = application.replace(day=1)
    return [(first - timedelta(days=1)).replace(day=1), first]


@st.composite
def income_items(
    draw: st.DrawFn,
    months: tuple[date, ...] = (date(2025, 1, 1),),
    members: int = 1,
    sources: tuple[IncomeSource, ...] = tuple(IncomeSource),
    change: st.SearchStrategy[IncomeChange] | None = None,
) -> IncomeItem:
    """Valid items of one of ``months`` for a member below ``members``, of one of ``sources``.

    Examples:
        >>> income_items().example().month
        datetime.date(2025, 1, 1)
    """
    source = draw(st.sampled_from(sources))
    month = draw(st.sampled_from(months))
    member = draw(st.integers(0, members - 1))
    flag = draw(change if change is not None else st.sampled_from(IncomeChange))
    if source is IncomeSource.FARM:
        hectares = Decimal(draw(st.integers(1, 500_000))).scaleb(-4)
        return IncomeItem(
            source,
            month,
            member=member,
            hectares=hectares,
            social_contributions=draw(money(400)),
            change=flag,
        )
    gross = draw(money(15_000))
    if source is IncomeSource.BUSINESS_LUMP_SUM:
        return IncomeItem(source, month, gross, member=member, change=flag)
    cents = int(gross * 100)
    tax, social, health = (
        Decimal(c).scaleb(-2)
        for c in [*sorted(draw(st.lists(st.integers(0, cents), min_size=2, max_size=2))), cents]
    )
    return IncomeItem(
        source,
        month,
        gross,
        member=member,
        income_tax=tax,
        social_contributions=social - tax,
        health_contribution=health - social if draw(st.booleans()) else Decimal("0.00"),
        change=flag,
    )


@st.composite
def alimony_payments(
    draw: st.DrawFn, months: tuple[date, ...] = (date(2025, 1, 1),), members: int = 1
) -> AlimonyPaid:
    """Alimony payments of one of ``months`` by a member below ``members``.

    Examples:
        >>> alimony_payments().example().amount >= 0
        True
    """
    return AlimonyPaid(
        draw(st.sampled_from(months)),
        draw(money(3_000)),
        member=draw(st.integers(0, members - 1)),
        payee=draw(st.sampled_from(AlimonyPayee)),
        arrears=draw(st.booleans()),
    )


@st.composite
def income_statements(draw: st.DrawFn, max_members: int = 6) -> IncomeStatement:
    """Statements of 1 to ``max_members`` persons with up to 6 items and 2 alimony payments of
    the two months an application may count, and any readings; an item is marked lost now and
    then.

    Examples:
        >>> 1 <= income_statements().example().members <= 6
        True
    """
    application = draw(application_dates())
    members = draw(st.integers(1, max_members))
    months = tuple(_months_around(application))
    change = st.sampled_from((IncomeChange.NONE,) * 8 + (IncomeChange.GAINED, IncomeChange.LOST))
    items = draw(st.lists(income_items(months, members, change=change), max_size=6))
    alimony = draw(st.lists(alimony_payments(months, members), max_size=2))
    return IncomeStatement(
        application,
        members,
        items,
        alimony,
        alimony_reading=draw(st.sampled_from(AlimonyReading)),
        farm_amount_day=draw(st.sampled_from(FarmAmountDay)),
    )


def counted_households(valid: DateRange | None = None) -> st.SearchStrategy[Household]:
    """Households whose income is counted from a generated statement.

    Examples:
        >>> counted_households().example().income_basis.value
        'items'
    """
    return income_statements().map(lambda statement: Household.from_statement(statement, valid))


def income_assessments() -> st.SearchStrategy[IncomeAssessment]:
    """Assessments of generated statements.

    Examples:
        >>> income_assessments().example().income >= 0
        True
    """
    return income_statements().map(assess)


def income_lines() -> st.SearchStrategy[IncomeLine]:
    """Lines of generated assessments (statements with at least one item).

    Examples:
        >>> isinstance(income_lines().example().counted, bool)
        True
    """
    return (
        income_assessments()
        .filter(lambda result: bool(result.lines))
        .flatmap(lambda result: st.sampled_from(result.lines))
    )


def type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy for each income type, for
    [`register_all`][integra.strategies.registry.register_all].

    Examples:
        >>> IncomeStatement in type_strategies()
        True
    """
    return {
        IncomeItem: income_items(),
        AlimonyPaid: alimony_payments(),
        IncomeStatement: income_statements(),
        IncomeAssessment: income_assessments(),
        IncomeLine: income_lines(),
    }
