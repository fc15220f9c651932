"""Income counted from items in columns (UPS art. 8 ust. 3-5): the tables ``income_items`` and
``alimony_paid`` of a household statement give, person by person, the income the scalar
[`assess`][integra.income.assess] gives, the income test the scalar rule decides, and the
statement back when a person is rebuilt; bad rows are refused by table, column, reason and row."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra import DateRange, Household, Person, Sex
from integra.bulk import Population, screen
from integra.bulk._income import timeline_index, timeline_strength
from integra.bulk.frame import Frame
from integra.errors import InvalidValue
from integra.income import (
    AlimonyPaid,
    AlimonyPayee,
    FarmAmountDay,
    IncomeChange,
    IncomeItem,
    IncomeSource,
    IncomeStatement,
    assess,
)
from integra.labels import Label
from integra.law import LAW_REVIEW_DATE, Certainty, Dated, Timeline
from integra.periods import DateRange as Period
from integra.rules import INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS, WORKING_AGE
from integra.rules.assistance import IncomeWithinCriterion
from integra.rules.core import ByLawDate, all_of
from integra.strategies.income import counted_households, income_statements


def _first(person: Person) -> Household:
    assert person.households is not None
    return person.households[0]


PERSONS = {"person_id": [1, 2], "birth_date": [date(1980, 1, 1)] * 2, "sex": ["F", "M"]}


def _households(**extra: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "person_id": [1, 2],
        "members": [3, 2],
        "income_grosz": [None, 150_000],
        "statement_id": ["s1", None],
        "application_date": [date(2025, 3, 10), None],
    }
    table.update(extra)
    return table


def _items(**extra: Any) -> dict[str, Any]:
    # A wage net of its tax and contributions (3000.00 - 120.00 - 411.30 - 222.18 = 2246.52),
    # a purposive allowance left out (art. 8 ust. 4 pkt 2), and a farm of 2.5 ha of conversion
    # at 459 zł (from 2025-01-01) less 100.00 zł of contributions: 1047.50.
    table: dict[str, Any] = {
        "person_id": [1, 1, 1],
        "statement_id": ["s1"] * 3,
        "member": [0, 0, 1],
        "source": ["employment", "purposive_allowance", "farm"],
        "month": [date(2025, 2, 1)] * 3,
        "gross_grosz": [300_000, 40_000, 0],
        "tax_grosz": [12_000, 0, 0],
        "social_grosz": [41_130, 0, 10_000],
        "health_grosz": [22_218, 0, 0],
        "hectares": [None, None, 25_000],
    }
    table.update(extra)
    return table


def _alimony(**extra: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "person_id": [1],
        "statement_id": ["s1"],
        "month": [date(2025, 2, 1)],
        "amount_grosz": [20_000],
        "arrears": [True],
    }
    table.update(extra)
    return table


def _population(errors: str = "raise", **tables: Any) -> Population:
    given_tables = {
        "households": _households(),
        "income_items": _items(),
        "alimony_paid": _alimony(),
    }
    given_tables.update(tables)
    return Population.from_tables(PERSONS, errors=errors, **given_tables)


def test_the_income_is_counted_from_the_items_as_the_act_counts_it() -> None:
    pop = _population()
    has, members, income = Frame(pop, date(2025, 3, 10)).household()
    # 2246.52 + 1047.50 - 200.00 (alimony arrears paid to a person: deducted, NSA I OPS 2/21)
    assert income.tolist() == [309_402, 150_000]
    assert has.tolist() == [True, True] and members.tolist() == [3, 2]
    household = _first(pop.person(1))
    assert household.monthly_net_income == Decimal("3094.02")
    assert household.statement is not None and len(household.statement.items) == 3
    assert _first(pop.person(2)).statement is None


def test_the_readings_of_the_statement_are_read_from_the_household_row() -> None:
    pop = _population(
        households=_households(
            alimony_reading=["current_only", None], farm_amount_day=["income_month", None]
        )
    )
    # Arrears not deducted; the farm reads the amount of 2025-02-01, still 459 zł.
    assert Frame(pop, date(2025, 3, 10)).household()[2].tolist() == [329_402, 150_000]
    # Income of December 2024, application in January 2025: 345 zł a hectare on the income
    # month's first day, 459 zł on the application day.
    for day, expected in (("application_day", 114_750 - 10_000), ("income_month", 86_250 - 10_000)):
        pop = _population(
            households=_households(
                application_date=[date(2025, 1, 15), None], farm_amount_day=[day, None]
            ),
            income_items=_items(
                source=["farm"] * 3,
                member=[0, 0, 0],
                month=[date(2024, 12, 1), date(2024, 11, 1), date(2025, 1, 1)],
                gross_grosz=[0] * 3,
                tax_grosz=[0] * 3,
                social_grosz=[10_000] * 3,
                health_grosz=[0] * 3,
                hectares=[25_000] * 3,
            ),
            alimony_paid=_alimony(month=[date(2024, 11, 1)]),
        )
        assert Frame(pop, date(2025, 1, 15)).household()[2].tolist()[0] == expected


def test_a_loss_of_income_counts_the_month_of_the_application() -> None:
    pop = _population(
        income_items=_items(
            month=[date(2025, 2, 1), date(2025, 3, 1), date(2025, 3, 1)],
            change=["lost", None, "gained"],
            source=["employment", "pension", "other"],
            hectares=[None] * 3,
            gross_grosz=[300_000, 100_000, 5_000],
            social_grosz=[41_130, 0, 0],
        ),
        alimony_paid=_alimony(month=[date(2025, 3, 1)], payee=["alimony_fund"]),
    )
    # The lost wage of February is left out; March: 1000.00 + 50.00, the payment to the
    # alimony fund is not deducted.
    assert Frame(pop, date(2025, 3, 10)).household()[2].tolist()[0] == 105_000


def test_a_statement_without_items_has_an_income_of_0_and_alimony_never_makes_it_negative() -> None:
    pop = _population(
        income_items={"person_id": [], "statement_id": [], "source": [], "month": []},
        alimony_paid=_alimony(amount_grosz=[1]),
    )
    assert Frame(pop, date(2025, 3, 10)).household()[2].tolist() == [0, 150_000]
    assert _first(pop.person(1)).monthly_net_income == 0


def test_a_declared_income_given_with_a_statement_must_be_the_counted_one() -> None:
    pop = _population(households=_households(income_grosz=[309_402, 150_000]))
    assert _first(pop.person(1)).monthly_net_income == Decimal("3094.02")
    with pytest.raises(InvalidValue) as error:
        _population(households=_households(income_grosz=[309_401, 150_000]))
    assert str(error.value) == (
        "table 'households', column 'income_grosz': differs from the income the statement's "
        "items give (row 0)"
    )


BAD_ROWS: list[tuple[Any, ...]] = [
    (
        {"households": _households(income_grosz=[None, None])},
        ("households", 1, "income_grosz", "has missing values"),
    ),
    (
        {"households": _households(statement_id=["s1", "s1"])},
        ("households", 0, "statement_id", "has duplicate ids"),
        [True, True],
    ),
    (
        {"income_items": _items(statement_id=["s1", "s1", "s9"])},
        ("income_items", 2, "statement_id", "has ids that are not in the households table"),
    ),
    (
        {"income_items": _items(person_id=[1, 1, 7])},
        ("income_items", 2, "person_id", "has ids that are not in the persons table"),
        [False, False],
    ),
    (
        {
            "households": _households(statement_id=["s1", "s2"]),
            "income_items": _items(statement_id=["s1", "s1", "s2"], person_id=[1, 1, 2]),
        },
        ("income_items", 2, "statement_id", "names a statement without an application_date"),
        [False, True],
    ),
    (
        {
            "households": _households(
                statement_id=["s1", "s2"],
                application_date=[date(2025, 3, 10)] * 2,
                income_grosz=[None, None],
            ),
            "income_items": _items(statement_id=["s1", "s1", "s2"]),
        },
        ("income_items", 2, "statement_id", "names a statement of another person"),
        [True, False],
    ),
    (
        {"income_items": _items(member=[0, 0, 3])},
        ("income_items", 2, "member", "must be below the members of the household"),
    ),
    (
        {"income_items": _items(member=[0, -1, 0])},
        ("income_items", 1, "member", "has a value below 0"),
    ),
    (
        {"income_items": _items(month=[date(2025, 2, 1), date(2025, 2, 2), date(2025, 2, 1)])},
        ("income_items", 1, "month", "must be the first day of the month it stands for"),
    ),
    (
        {"income_items": _items(gross_grosz=[300_000, -1, 0])},
        ("income_items", 1, "gross_grosz", "has a negative value"),
    ),
    (
        {"income_items": _items(health_grosz=[22_218, 10**14, 0])},
        ("income_items", 1, "health_grosz", "has a value of 10^12 zł or more"),
    ),
    (
        {"income_items": _items(gross_grosz=[50_000, 40_000, 0])},
        ("income_items", 0, "gross_grosz", "is below the tax and contributions together"),
    ),
    (
        {"income_items": _items(hectares=[None, None, None])},
        ("income_items", 2, "hectares", "is missing for a farm"),
    ),
    (
        {"income_items": _items(hectares=[None, None, 0])},
        ("income_items", 2, "hectares", "must be more than 0"),
    ),
    (
        {"income_items": _items(hectares=[None, None, 10**10])},
        ("income_items", 2, "hectares", "must be below 10^6 ha"),
    ),
    (
        {"income_items": _items(hectares=[1, None, 25_000])},
        ("income_items", 0, "hectares", "is only for a farm"),
    ),
    (
        {"income_items": _items(gross_grosz=[300_000, 40_000, 1])},
        (
            "income_items",
            2,
            "gross_grosz",
            "must be 0 for a farm: its income follows from the hectares",
        ),
    ),
    (
        {"income_items": _items(tax_grosz=[12_000, 0, 1])},
        ("income_items", 2, "tax_grosz", "must be 0 for a farm"),
    ),
    (
        {"income_items": _items(source=["business_lump_sum", "purposive_allowance", "farm"])},
        (
            "income_items",
            0,
            "tax_grosz",
            "must be 0 with the contributions for a lump-sum business (art. 8 ust. 5 pkt 2)",
        ),
    ),
    (
        {"income_items": _items(source=["employment", "benefit", "farm"])},
        (
            "income_items",
            1,
            "source",
            "holds a value that is not a IncomeSource, expected one of "
            + ", ".join(s.value for s in IncomeSource),
        ),
    ),
    (
        {"alimony_paid": _alimony(amount_grosz=[-5])},
        ("alimony_paid", 0, "amount_grosz", "has a negative value"),
    ),
    (
        {"alimony_paid": _alimony(member=[3])},
        ("alimony_paid", 0, "member", "must be below the members of the household"),
    ),
    (
        # A farm before 2006-10-01: no per-hectare amount is modelled (assess raises).
        {
            "households": _households(application_date=[date(2006, 9, 10), None]),
            "income_items": _items(month=[date(2006, 8, 1)] * 3),
            "alimony_paid": _alimony(month=[date(2006, 8, 1)]),
        },
        (
            "income_items",
            2,
            "hectares",
            "needs a per-hectare amount not modelled for the day it is read on",
        ),
    ),
    (
        # A purposive allowance before the act's start (2004-05-01): no art. 8 ust. 4 modelled.
        {
            "households": _households(application_date=[date(2004, 3, 10), None]),
            "income_items": _items(
                month=[date(2004, 2, 1)] * 3,
                hectares=[None] * 3,
                source=["employment", "purposive_allowance", "pension"],
                social_grosz=[41_130, 0, 0],
            ),
            "alimony_paid": _alimony(month=[date(2004, 2, 1)]),
        },
        (
            "income_items",
            1,
            "source",
            "is left out of income by a provision not modelled for the application day",
        ),
    ),
    (
        {
            "income_items": _items(
                gross_grosz=[10**14 - 1, 40_000, 0],
                tax_grosz=[0, 0, 0],
                social_grosz=[0, 0, -0],
                health_grosz=[0, 0, 0],
            )
        },
        ("households", 0, "income_grosz", "is counted from items as 10^12 zł or more"),
    ),
]


@pytest.mark.parametrize(("tables", "refusal", "refused"), [(*case, None)[:3] for case in BAD_ROWS])
def test_a_bad_row_is_refused_by_table_column_reason_and_row(
    tables: dict[str, Any], refusal: tuple[str, int, str, str], refused: list[bool] | None
) -> None:
    table, row, column, reason = refusal
    with pytest.raises(InvalidValue) as error:
        _population(**tables)
    assert str(error.value) == f"table {table!r}, column {column!r}: {reason} (row {row})"
    pop = _population("refuse", **tables)
    rows = pop.refused_rows.columns()
    listed = list(
        zip(*(rows[k].tolist() for k in ("table", "row", "column", "reason")), strict=True)
    )
    assert refusal in listed
    # The person of the bad row is refused whole (households row 1 is person 2's, every other
    # bad row person 1's); the other one is not.
    if refused is not None:
        assert pop.refused.tolist() == refused
        return
    bad, good = (2, 1) if (table, row) == ("households", 1) else (1, 2)
    assert pop.refused.tolist() == [bad == 1, bad == 2]
    with pytest.raises(InvalidValue, match="was refused"):
        pop.person(bad)
    assert _first(pop.person(good)).monthly_net_income == (
        Decimal("1500.00") if good == 2 else Decimal("3094.02")
    )


def test_the_income_tables_need_the_households_table() -> None:
    for name in ("income_items", "alimony_paid"):
        with pytest.raises(InvalidValue, match=f"table '{name}' needs the table 'households'"):
            Population.from_tables(PERSONS, **{name: _items()})  # type: ignore[arg-type]


def test_hectares_finer_than_a_ten_thousandth_cannot_be_written_in_columns() -> None:
    farm = IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1.00005"))
    household = Household.from_statement(IncomeStatement(date(2025, 3, 1), 1, [farm]))
    with pytest.raises(InvalidValue, match="'hectares': is not a whole number of ten-thousandths"):
        Population.from_persons([Person(date(1980, 1, 1), Sex.MALE, households=[household])])


def test_a_timeline_is_read_in_columns_as_it_is_read_one_day_at_a_time() -> None:
    timeline = Timeline(
        "demo",
        (
            Dated(1, date(2020, 1, 1)),
            Dated(2, date(2021, 1, 1), date(2021, 6, 30)),
            Dated(3, date(2022, 1, 1), date(2022, 12, 31)),
        ),
    )
    days = [
        date(2019, 12, 31),
        date(2020, 1, 1),
        date(2021, 6, 30),
        date(2021, 7, 1),
        date(2022, 12, 31),
        date(2023, 1, 1),
    ]
    numbers = np.array([d.toordinal() - 719163 for d in days])
    assert timeline_index(timeline, numbers).tolist() == [-1, 0, 1, -1, 2, -1]


# -- the columnar income agrees with the scalar one -------------------------------------------------


@st.composite
def _people(draw: st.DrawFn) -> Person:
    counted = draw(st.lists(counted_households(), min_size=0, max_size=1))
    households: list[Household] = list(counted)
    if draw(st.booleans()):
        start = draw(st.dates(date(2012, 10, 1), date(2026, 6, 1)))
        valid = DateRange(start, start + timedelta(days=draw(st.integers(0, 400))))
        statement = draw(income_statements())
        households.append(Household.from_statement(statement, valid))
    if draw(st.booleans()):
        households.append(
            Household(
                draw(st.integers(1, 6)),
                Decimal(draw(st.integers(0, 1_000_000))).scaleb(-2),
                DateRange(date(2000, 1, 1), date(2012, 9, 30)),
            )
        )
    return Person(date(1970, 1, 1), draw(st.sampled_from(Sex)), households=households)


@settings(max_examples=150, deadline=None)
@given(st.lists(_people(), min_size=1, max_size=8), st.dates(date(2012, 10, 1), date(2026, 11, 29)))
def test_the_columnar_income_and_income_test_equal_the_scalar_ones(
    people: list[Person], on: date
) -> None:
    pop = Population.from_persons(people)
    assert pop.persons() == people
    has, _, income = Frame(pop, on).household()
    result = screen([INCOME_WITHIN_CRITERION], pop, on)
    outcomes = result.outcomes(INCOME_WITHIN_CRITERION.name)
    missing = result.missing_facts(INCOME_WITHIN_CRITERION.name)
    certainties = result.certainties(INCOME_WITHIN_CRITERION.name)
    cash = screen([QUALIFIES_FOR_CASH_BENEFITS], pop, on).certainties(
        QUALIFIES_FOR_CASH_BENEFITS.name
    )
    for i, person in enumerate(people):
        verdict = INCOME_WITHIN_CRITERION.evaluate(person, on)
        assert outcomes[i] == verdict.outcome.value
        assert certainties[i] is verdict.certainty
        assert cash[i] is QUALIFIES_FOR_CASH_BENEFITS.evaluate(person, on).certainty
        assert set(missing[i] or ()) == {f.value for f in verdict.missing_facts}
        observed: Household | None = verdict.observation
        if observed is not None:
            assert has[i]
            assert int(income[i]) == int(observed.monthly_net_income * 100)
            if observed.statement is not None:
                assert int(income[i]) == int(assess(observed.statement).income * 100)


@settings(max_examples=100, deadline=None)
@given(st.lists(income_statements(), min_size=1, max_size=5))
def test_the_columns_count_every_statement_as_assess_counts_it(
    statements: list[IncomeStatement],
) -> None:
    people = [
        Person(date(1970, 1, 1), Sex.FEMALE, households=[Household.from_statement(s)])
        for s in statements
    ]
    pop = Population.from_persons(people)
    counted = pop.spans("households").values["income_grosz"].tolist()
    assert counted == [int(assess(s).income * 100) for s in statements]
    strengths = Frame(pop, date(2025, 1, 1)).household_certainty().tolist()
    assert strengths == [assess(s).certainty.strength for s in statements]
    assert [_first(p).statement for p in pop.persons()] == statements


def test_generated_statements_use_every_reading_and_payee() -> None:
    # The hand-written cases above cover the readings; this pins the enum codes the columns use.
    assert [p.value for p in AlimonyPayee] == ["person", "alimony_fund"]
    assert [d.value for d in FarmAmountDay] == ["application_day", "income_month"]
    assert IncomeChange.LOST.value == "lost"
    assert AlimonyPaid(date(2025, 1, 1), Decimal("1.00")).payee is AlimonyPayee.PERSON


# -- the certainty of the law an income was counted with ---------------------------------------------


def test_a_timeline_answers_its_certainty_in_columns_as_one_day_at_a_time() -> None:
    timeline = Timeline(
        "demo",
        (
            Dated(1, date(2020, 1, 1), certainty=Certainty.DERIVED),
            Dated(2, date(2021, 1, 1), date(2021, 6, 30)),
            Dated(3, date(2022, 1, 1)),
        ),
        reviewed_until=date(2022, 6, 30),
        reviewed_also=(Period(date(2023, 1, 1), date(2023, 1, 31)),),
    )
    days = [
        date(2019, 12, 31),  # before the law: no law
        date(2020, 6, 1),  # derived
        date(2021, 3, 1),  # confirmed
        date(2021, 7, 1),  # a gap: no law
        date(2022, 6, 30),  # the last day reviewed: confirmed
        date(2022, 7, 1),  # not reviewed: assumed unchanged
        date(2023, 1, 15),  # reviewed again
        date(2024, 1, 1),  # assumed unchanged
    ]
    numbers = np.array([d.toordinal() - 719163 for d in days])
    expected = [
        Certainty.NO_LAW if timeline.certainty_at(d) is None else timeline.certainty_at(d)
        for d in days
    ]
    got = timeline_strength(timeline, numbers).tolist()
    assert got == [c.strength for c in expected]  # type: ignore[union-attr]
    assert got == [0, 2, 3, 0, 3, 1, 3, 1]


def _person(*items: IncomeItem, application: date = date(2025, 3, 10)) -> Person:
    statement = IncomeStatement(application, 2, items)
    return Person(date(1980, 1, 1), Sex.FEMALE, households=[Household.from_statement(statement)])


def test_an_income_counted_with_a_derived_amount_makes_the_income_test_derived() -> None:
    # The per-hectare amount (459 zł from 2025-01-01) is DERIVED, so is every verdict on an
    # income that counts a farm; a purposive allowance left out by art. 8 ust. 4 pkt 2 rests on
    # a confirmed point; a one-off social benefit's point (pkt 1) is DERIVED; an item of
    # another month reads no law; past the review date the amount is assumed unchanged.
    feb = date(2025, 2, 1)
    wage = IncomeItem(IncomeSource.EMPLOYMENT, feb, Decimal("1000.00"))
    farm = IncomeItem(IncomeSource.FARM, feb, hectares=Decimal("1.0000"))
    allowance = IncomeItem(IncomeSource.PURPOSIVE_ALLOWANCE, feb, Decimal("100.00"))
    one_off = IncomeItem(IncomeSource.ONE_OFF_SOCIAL_BENEFIT, feb, Decimal("100.00"))
    old_farm = IncomeItem(IncomeSource.FARM, date(2025, 1, 1), hectares=Decimal("1.0000"))
    after = LAW_REVIEW_DATE + timedelta(days=40)
    late_farm = IncomeItem(
        IncomeSource.FARM,
        (after.replace(day=1) - timedelta(days=1)).replace(day=1),
        hectares=Decimal("1.0000"),
    )
    people = [
        _person(wage),
        _person(wage, farm),
        _person(wage, allowance),
        _person(wage, one_off),
        _person(wage, old_farm),
        _person(late_farm, application=after),
        Person(date(1980, 1, 1), Sex.MALE, households=[Household(2, Decimal("900.00"))]),
        Person(date(1980, 1, 1), Sex.MALE),
    ]
    expected = [
        "confirmed",
        "derived",
        "confirmed",
        "derived",
        "confirmed",
        "assumed_unchanged",
        "confirmed",
        "confirmed",
    ]
    on = date(2025, 3, 10)
    for person, value in zip(people, expected, strict=True):
        assert INCOME_WITHIN_CRITERION.evaluate(person, on).certainty.value == value
    pop = Population.from_persons(people)
    result = screen([INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS], pop, on)
    # The criterion itself is confirmed on the day: only the facts weaken it.
    assert result.certainty(INCOME_WITHIN_CRITERION.name) is Certainty.CONFIRMED
    got = [c.value for c in result.certainties(INCOME_WITHIN_CRITERION.name)]  # type: ignore[union-attr]
    assert got == expected
    cash = [c.value for c in result.certainties(QUALIFIES_FOR_CASH_BENEFITS.name)]  # type: ignore[union-attr]
    assert cash == [QUALIFIES_FOR_CASH_BENEFITS.evaluate(p, on).certainty.value for p in people]
    assert cash[1] == "derived"
    column = result.columns()[f"{INCOME_WITHIN_CRITERION.name}_certainty"].tolist()
    assert column == got
    verdict = INCOME_WITHIN_CRITERION.evaluate(people[1], on)
    assert "[derived value]" in verdict.explain("en")


def test_a_refused_person_has_no_certainty() -> None:
    people = [
        _person(IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1"))),
        Person(date(2030, 1, 1), Sex.MALE),
    ]
    result = screen([INCOME_WITHIN_CRITERION], Population.from_persons(people), date(2025, 3, 10))
    assert result.certainties(INCOME_WITHIN_CRITERION.name) == [Certainty.DERIVED, None]
    assert result.columns()["income_within_criterion_certainty"].tolist() == ["derived", None]


class _Doubtful(IncomeWithinCriterion):
    """A user's income test that holds every declared income derived too: screened by the
    scalar path (it changes how certainty is read), its certainty taken from its verdicts."""

    def observed_certainty(self, observation: Any) -> Certainty:
        return Certainty.CONFIRMED if observation is None else Certainty.DERIVED


class _Plain(IncomeWithinCriterion):
    """A user's income test deciding as the library's: screened by the scalar path, and its
    certainty is the library's."""

    def _decide(self, ctx: Any, version: Any) -> Any:
        return super()._decide(ctx, version)


def test_a_rule_screened_by_the_scalar_path_keeps_each_verdicts_certainty() -> None:
    people = [
        _person(IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1"))),
        Person(date(1980, 1, 1), Sex.MALE, households=[Household(2, Decimal("900.00"))]),
        Person(date(1980, 1, 1), Sex.MALE),
    ]
    on = date(2025, 3, 10)
    doubtful = _Doubtful()
    by_date = ByLawDate(
        Timeline("demo", (Dated(doubtful, date(2004, 5, 1)),)),
        name="doubtful_by_date",
        label=Label(pl="test", en="test"),
    )
    plain = all_of(_Plain(), WORKING_AGE, name="plain", label=Label(pl="test", en="test"))
    rules = [by_date, plain, ~WORKING_AGE]
    result = screen(rules, Population.from_persons(people), on)
    assert set(result.fell_back) == {"doubtful_by_date", "plain"}
    for rule in rules:
        assert result.certainties(rule.name) == [rule.evaluate(p, on).certainty for p in people]
    # The third person's households were not collected: this rule holds that doubtful too.
    assert [c.value for c in result.certainties("doubtful_by_date")] == [  # type: ignore[union-attr]
        "derived",
        "derived",
        "derived",
    ]
    assert [c.value for c in result.certainties("plain")] == [  # type: ignore[union-attr]
        "derived",
        "confirmed",
        "confirmed",
    ]
