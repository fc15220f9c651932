"""What would make a person eligible: each answer flips the verdict when applied, and its
neighbour (one grosz more, one day earlier) does not; amounts are the criteria of UPS art. 8
ust. 1 in force (the regulations of 2021 and 2024, Dz.U. 2021 poz. 1296, 2024 poz. 1044)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from integra import (
    DateRange,
    Household,
    Person,
    Registration,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.bulk import generate, screen
from integra.errors import InvalidValue
from integra.labels import Label
from integra.law import Citation, Timeline
from integra.parameters import UPS
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    QUALIFIES_FOR_CASH_BENEFITS,
    WORKING_AGE,
    ByLawDate,
    ChangeKind,
    Context,
    Fact,
    Outcome,
    Rule,
    all_of,
    date_change,
    facts_to_settle,
    in_force,
    income_change,
    settling_facts,
    what_would_change,
)
from test_bulk_agreement import RULES as AGREEMENT_RULES
from test_bulk_agreement import persons

ONE = timedelta(days=1)
GROSZ = Decimal("0.01")
POOR = [SituationSpell(SocialSituation.POVERTY, DateRange(date(2020, 1, 1)))]


def outcome(rule: Rule, person: Person, on: date) -> Outcome:
    return rule.evaluate_in(Context(person, on)).outcome


def with_income(person: Person, income: Decimal) -> Person:
    (statement,) = person.households or ()
    return attrs.evolve(person, households=[attrs.evolve(statement, monthly_net_income=income)])


def test_income_limits_by_hand() -> None:
    # 2025: 1010 zł alone, 823 zł a person in a family; 2024: 776 zł and 600 zł.
    alone = Person(date(1980, 1, 1), Sex.MALE, households=[Household(1, Decimal("5000.00"))])
    family = Person(date(1980, 1, 1), Sex.FEMALE, households=[Household(4, Decimal("5000.00"))])
    limits = [
        income_change(INCOME_WITHIN_CRITERION, alone, day)
        for day in (date(2025, 1, 1), date(2024, 12, 31))
    ]
    assert [c.income for c in limits if c is not None] == [Decimal("1010.00"), Decimal("776.00")]
    change = income_change(INCOME_WITHIN_CRITERION, family, date(2025, 6, 1))
    assert change is not None
    assert (change.income, change.per_person) == (Decimal("3292.00"), Decimal("823.00"))
    assert change.kind is ChangeKind.INCOME and change.outcome is Outcome.ELIGIBLE
    assert repr(change) == "<Change: income for income_within_criterion>"
    assert "3292" not in repr(change)
    assert change.text() == (
        "income within the income criterion: met with a household income of at most "
        "3292.00 zł a month (823.00 zł a person)"
    )
    assert change.text("pl") == (
        "dochód nie przekracza kryterium dochodowego: warunek spełniony przy dochodzie rodziny do "
        "3292,00\u00a0zł miesięcznie (823,00\u00a0zł na osobę)"
    )


def test_income_inside_a_composite_rule() -> None:
    poor = Person(
        date(1980, 1, 1),
        Sex.MALE,
        households=[Household(2, Decimal("2000.00"))],
        situations=POOR,
        registrations=(),
        certificates=(),
    )
    change = income_change(QUALIFIES_FOR_CASH_BENEFITS, poor, date(2025, 6, 1))
    assert change is not None and change.income == Decimal("1646.00")
    # Without an art. 7 reason, no income is enough.
    nobody = attrs.evolve(poor, situations=())
    assert income_change(QUALIFIES_FOR_CASH_BENEFITS, nobody, date(2025, 6, 1)) is None
    # No statement, or a rule that reads no income: nothing to say.
    assert (
        income_change(
            INCOME_WITHIN_CRITERION, attrs.evolve(poor, households=None), date(2025, 6, 1)
        )
        is None
    )
    assert income_change(WORKING_AGE, poor, date(2025, 6, 1)) is None


def test_only_the_income_criterion_of_the_law_date_is_read() -> None:
    alone = Person(date(1980, 1, 1), Sex.MALE, households=[Household(1, Decimal("5000.00"))])
    on = date(2025, 6, 1)
    # UPS took effect on 2004-05-01 with 461 zł for a person alone; the day before, no criterion.
    change = income_change(INCOME_WITHIN_CRITERION, alone, on, law_on=date(2004, 5, 1))
    assert change is not None and change.income == Decimal("461.00")
    assert income_change(INCOME_WITHIN_CRITERION, alone, on, law_on=date(2004, 4, 30)) is None
    # A rule versioned by law date reads the criterion only where a version is in force: from
    # 2025-01-01 (1010 zł alone), not on 2024-12-31, though the criterion itself was in force.
    versioned = ByLawDate(
        Timeline(
            "demo",
            (in_force(Citation(UPS, "8", "1"), date(2025, 1, 1), value=INCOME_WITHIN_CRITERION),),
        ),
        name="demo",
        label=Label(pl="demo", en="demo"),
    )
    change = income_change(versioned, alone, on)
    assert change is not None and change.income == Decimal("1010.00")
    assert income_change(versioned, alone, on, law_on=date(2024, 12, 31)) is None


incomes = st.integers(0, 1_000_000).map(lambda g: Decimal(g).scaleb(-2))
days = st.dates(date(2006, 10, 1), date(2027, 12, 31))


@given(st.integers(1, 8), incomes, days)
def test_the_income_flips_the_verdict_and_a_grosz_more_does_not(
    members: int, income: Decimal, on: date
) -> None:
    person = Person(date(1970, 1, 1), Sex.FEMALE, households=[Household(members, income)])
    change = income_change(INCOME_WITHIN_CRITERION, person, on)
    assert change is not None and change.income is not None
    assert (
        outcome(INCOME_WITHIN_CRITERION, with_income(person, change.income), on) is Outcome.ELIGIBLE
    )
    assert (
        outcome(INCOME_WITHIN_CRITERION, with_income(person, change.income + GROSZ), on)
        is Outcome.NOT_ELIGIBLE
    )
    # The verdict as it stands agrees with the limit.
    met = outcome(INCOME_WITHIN_CRITERION, person, on) is Outcome.ELIGIBLE
    assert met == (income <= change.income)


def test_the_day_a_registration_makes_them_qualify() -> None:
    # Registered from 2024-01-01: more than 360 days on 2024-12-26 (UPZ art. 2 ust. 1 pkt 5).
    p = Person(
        date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))]
    )
    change = date_change(LONG_TERM_UNEMPLOYED, p, date(2024, 6, 1))
    assert change is not None and change.day == date(2024, 12, 26)
    assert change.text("pl") == (
        "osoba długotrwale bezrobotna (definicja krajowa): warunek spełniony od 26.12.2024 r., jeśli "
        "fakty się nie zmienią"
    )
    assert date_change(LONG_TERM_UNEMPLOYED, p, date(2025, 1, 1)) is None  # met already
    assert date_change(LONG_TERM_UNEMPLOYED, p, date(2024, 6, 1), until=date(2024, 12, 25)) is None
    ended = Person(
        date(1980, 1, 1),
        Sex.MALE,
        registrations=[Registration(DateRange(date(2024, 1, 1), date(2024, 3, 1)))],
    )
    assert date_change(LONG_TERM_UNEMPLOYED, ended, date(2024, 6, 1)) is None


@given(
    st.dates(date(2012, 1, 1), date(2026, 12, 31)),
    st.integers(0, 800),
    st.dates(date(1950, 1, 1), date(2012, 12, 31)),
)
def test_the_day_flips_the_verdict_and_the_day_before_does_not(
    registered: date, later: int, born: date
) -> None:
    start = max(registered, born)
    p = Person(born, Sex.MALE, registrations=[Registration(DateRange(start))])
    on = start + timedelta(days=later)
    for rule in (
        LONG_TERM_UNEMPLOYED,
        WORKING_AGE,
        all_of(LONG_TERM_UNEMPLOYED, WORKING_AGE, name="both"),
    ):
        change = date_change(rule, p, on)
        if change is None:
            continue
        assert change.day is not None and change.day > on
        assert outcome(rule, p, change.day) is Outcome.ELIGIBLE
        assert outcome(rule, p, change.day - ONE) is not Outcome.ELIGIBLE


def test_facts_that_settle_an_unknown_verdict() -> None:
    unknown = Person(
        date(1980, 1, 1),
        Sex.MALE,
        households=None,
        situations=POOR,
        registrations=(),
        certificates=(),
    )
    (change,) = facts_to_settle(QUALIFIES_FOR_CASH_BENEFITS, unknown, date(2024, 1, 1))
    assert (
        change.fact is Fact.HOUSEHOLDS and change.kind is ChangeKind.FACT and change.outcome is None
    )
    assert change.text() == (
        "right to social-assistance cash benefits (art. 8(1)): collecting household "
        "composition and income would settle it"
    )
    # Collected, the household decides it either way.
    for income in (Decimal("0"), Decimal("100000")):
        collected = attrs.evolve(unknown, households=[Household(1, income)])
        assert (
            outcome(QUALIFIES_FOR_CASH_BENEFITS, collected, date(2024, 1, 1)) is not Outcome.UNKNOWN
        )
    # Registrations not collected, nothing else missing: collecting them empty decides it.
    no_registrations = Person(date(1980, 1, 1), Sex.MALE, registrations=None)
    (change,) = facts_to_settle(LONG_TERM_UNEMPLOYED, no_registrations, date(2024, 1, 1))
    assert (change.fact, change.outcome) == (Fact.REGISTRATIONS, Outcome.NOT_ELIGIBLE)
    # Two facts missing where either could still leave it open: neither alone settles it.
    both = Person(
        date(1980, 1, 1),
        Sex.MALE,
        households=None,
        situations=None,
        registrations=(),
        certificates=(),
    )
    assert [
        c.fact for c in facts_to_settle(QUALIFIES_FOR_CASH_BENEFITS, both, date(2024, 1, 1))
    ] == [Fact.SITUATIONS]
    # A decided verdict, or one waiting for the law, has nothing to collect.
    assert facts_to_settle(WORKING_AGE, no_registrations, date(2024, 1, 1)) == ()
    assert (
        facts_to_settle(
            LONG_TERM_UNEMPLOYED,
            Person(date(1980, 1, 1), Sex.MALE, registrations=()),
            date(2001, 1, 1),
        )
        == ()
    )


def test_what_would_change_gathers_the_answers() -> None:
    p = Person(date(1980, 1, 1), Sex.MALE, households=[Household(1, Decimal("1200.00"))])
    assert [c.kind for c in what_would_change(INCOME_WITHIN_CRITERION, p, date(2025, 3, 1))] == [
        ChangeKind.INCOME
    ]
    assert (
        what_would_change(
            INCOME_WITHIN_CRITERION, with_income(p, Decimal("10.00")), date(2025, 3, 1)
        )
        == ()
    )
    unknown = attrs.evolve(p, households=None)
    assert [
        c.fact for c in what_would_change(INCOME_WITHIN_CRITERION, unknown, date(2025, 3, 1))
    ] == [Fact.HOUSEHOLDS]
    young = Person(date(2008, 5, 2), Sex.FEMALE)
    (change,) = what_would_change(WORKING_AGE, young, date(2024, 1, 1))
    assert change.day == date(2026, 5, 2)


def test_settling_facts_over_a_caseload() -> None:
    pop = generate(2000, seed=4)
    result = screen([QUALIFIES_FOR_CASH_BENEFITS], pop, date(2024, 1, 1))
    counts = settling_facts(result, "qualifies_for_cash_benefits")
    unknown = int((result.codes["qualifies_for_cash_benefits"] == 1).sum())
    assert counts and unknown > 0
    missing = result.missing_facts("qualifies_for_cash_benefits")
    for count in counts:
        alone = sum(1 for m in missing if m == (count.fact.value,))
        among = sum(1 for m in missing if m and count.fact.value in m)
        assert (count.alone, count.among) == (alone, among)
    assert [c.alone for c in counts] == sorted((c.alone for c in counts), reverse=True)
    with pytest.raises(InvalidValue, match="no rule named"):
        settling_facts(result, "nothing")


def _with_statement_income(person: Person, on: date, income: Decimal) -> Person:
    """``person`` with the household statement in force on ``on`` declaring ``income``."""
    statement = Context(person, on).household
    assert statement is not None
    households = [
        attrs.evolve(h, monthly_net_income=income) if h is statement else h
        for h in person.households or ()
    ]
    return attrs.evolve(person, households=households)


@settings(max_examples=40)
@given(persons(), st.dates(date(2012, 1, 1), date(2026, 12, 31)))
def test_every_answer_for_generated_persons_flips_the_verdict_and_its_neighbour_does_not(
    person: Person, on: date
) -> None:
    assume(person.birth_date <= on)
    for rule in AGREEMENT_RULES:
        now = outcome(rule, person, on)
        for change in what_would_change(rule, person, on):
            assert now is not Outcome.ELIGIBLE, rule.name
            if change.kind is ChangeKind.INCOME:
                assert change.income is not None
                at = _with_statement_income(person, on, change.income)
                above = _with_statement_income(person, on, change.income + GROSZ)
                assert outcome(rule, at, on) is Outcome.ELIGIBLE, rule.name
                assert outcome(rule, above, on) is not Outcome.ELIGIBLE, rule.name
            elif change.kind is ChangeKind.DATE:
                assert change.day is not None and change.day > on
                assert outcome(rule, person, change.day) is Outcome.ELIGIBLE, rule.name
                assert outcome(rule, person, change.day - ONE) is not Outcome.ELIGIBLE, rule.name
            else:
                # Collecting the fact settles the verdict: empty, or for the household at no
                # income and at a very high one.
                assert now is Outcome.UNKNOWN and change.fact is not None
                name = change.fact.value
                if change.fact is Fact.HOUSEHOLDS:
                    trials = [
                        attrs.evolve(person, households=[Household(1, Decimal(income))])
                        for income in ("0", "999999999")
                    ]
                else:
                    empty: dict[str, Any] = {name: ()}
                    trials = [attrs.evolve(person, **empty)]
                for trial in trials:
                    settled = outcome(rule, trial, on)
                    assert settled is not Outcome.UNKNOWN, (rule.name, name)
                    if change.outcome is not None:
                        assert settled is change.outcome, (rule.name, name)
