"""Income as UPS art. 8 ust. 3-5 counts it: cases computed by hand, properties, round-trips and
the income test reading items the same way on both paths."""

from __future__ import annotations

import itertools
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra import Household, Person, Sex
from integra.errors import InvalidValue, NoLawInForce
from integra.income import (
    EXCLUSIONS,
    FARM_INCOME_PER_HECTARE,
    AlimonyPaid,
    AlimonyPayee,
    AlimonyReading,
    FarmAmountDay,
    IncomeBasis,
    IncomeChange,
    IncomeItem,
    IncomeSource,
    IncomeStatement,
    assess,
)
from integra.labels import Language, format_money, format_month
from integra.law import Certainty
from integra.parameters import INCOME_CRITERIA
from integra.rules.assistance import INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS
from integra.serialization import converter
from integra.strategies.income import (
    application_dates,
    counted_households,
    income_items,
    income_statements,
)

D = Decimal
S = IncomeSource
FEB, MAR = date(2025, 2, 1), date(2025, 3, 1)
APPLIED = date(2025, 3, 10)


def item(source: IncomeSource, gross: str, month: date = FEB, **kw: object) -> IncomeItem:
    return IncomeItem(source, month, D(gross), **kw)  # type: ignore[arg-type]


def income(members: int, *items: IncomeItem, on: date = APPLIED, **kw: object) -> Decimal:
    return assess(IncomeStatement(on, members, items, **kw)).income  # type: ignore[arg-type]


# --- A family with employment and an excluded benefit -------------------------------------------

WAGE = item(
    S.EMPLOYMENT,
    "3000.00",
    income_tax=D("120.00"),
    social_contributions=D("411.30"),
    health_contribution=D("222.18"),
)


def test_wage_net_of_tax_and_contributions_purposive_allowance_left_out() -> None:
    result = assess(
        IncomeStatement(APPLIED, 3, [WAGE, item(S.PURPOSIVE_ALLOWANCE, "400.00", member=1)])
    )
    # 3000.00 - 120.00 - 411.30 - 222.18 = 2246.52; the allowance is art. 8 ust. 4 pkt 2.
    assert result.income == D("2246.52")
    assert result.per_person_text("pl") == "748,84\u00a0zł"
    assert [line.counted for line in result.lines] == [True, False]
    assert result.lines[1].citation.point == "2"
    assert result.within(INCOME_CRITERIA.at(APPLIED))  # 2246.52 <= 3 x 823


def test_family_benefit_counted_and_the_family_criterion_exceeded_by_a_grosz() -> None:
    benefit = item(S.FAMILY_BENEFIT, "222.48", member=2)
    within = assess(IncomeStatement(APPLIED, 3, [WAGE, benefit]))
    assert within.income == D("2469.00")  # 2246.52 + 222.48 = 3 x 823
    assert within.within(INCOME_CRITERIA.at(APPLIED))
    above = assess(IncomeStatement(APPLIED, 3, [WAGE, item(S.FAMILY_BENEFIT, "222.49")]))
    assert above.income == D("2469.01")
    assert not above.within(INCOME_CRITERIA.at(APPLIED))
    assert above.per_person_text("en") == "823.01 zł"


@pytest.mark.parametrize(
    ("source", "point"),
    [
        (S.ONE_OFF_SOCIAL_BENEFIT, "1"),
        (S.PURPOSIVE_ALLOWANCE, "2"),
        (S.PUPIL_MATERIAL_AID, "3"),
        (S.BENEFIT_IN_KIND, "4"),
        (S.SOCIALLY_USEFUL_WORK, "5"),
    ],
)
def test_each_exclusion_of_art_8_4_leaves_the_item_out(source: IncomeSource, point: str) -> None:
    result = assess(IncomeStatement(APPLIED, 1, [item(source, "350.00")]))
    assert result.income == D("0.00")
    (line,) = result.lines
    assert not line.counted
    assert (line.citation.article, line.citation.paragraph, line.citation.point) == (
        "8",
        "4",
        point,
    )


def test_socially_useful_work_before_it_existed_has_no_law() -> None:
    with pytest.raises(NoLawInForce):
        income(1, item(S.SOCIALLY_USEFUL_WORK, "100.00", date(2005, 9, 1)), on=date(2005, 10, 3))


def test_only_the_purposive_allowance_point_is_confirmed() -> None:
    certainties = {s: t.entries[0].certainty for s, t in EXCLUSIONS.items()}
    assert certainties.pop(S.PURPOSIVE_ALLOWANCE) is Certainty.CONFIRMED
    assert set(certainties.values()) == {Certainty.DERIVED}


# --- The month rule and a loss of income ---------------------------------------------------------


def test_the_month_before_the_application_counts_across_a_year() -> None:
    statement = IncomeStatement(date(2025, 1, 1), 1)
    assert statement.income_month == date(2024, 12, 1)
    assert IncomeStatement(date(2024, 3, 31), 1).income_month == date(2024, 2, 1)


def test_without_a_loss_the_month_before_counts_and_the_application_month_is_left_out() -> None:
    wage = item(S.EMPLOYMENT, "4000.00", FEB)
    benefit = item(S.UNEMPLOYMENT_BENEFIT, "1500.00", MAR)
    result = assess(IncomeStatement(date(2025, 3, 20), 2, [wage, benefit]))
    assert result.income == D("4000.00")
    assert [line.counted for line in result.lines] == [True, False]


def test_after_a_loss_of_income_the_month_of_the_application_counts() -> None:
    lost = item(S.EMPLOYMENT, "4000.00", FEB, change=IncomeChange.LOST)
    benefit = item(S.UNEMPLOYMENT_BENEFIT, "1500.00", MAR)
    result = assess(IncomeStatement(date(2025, 3, 20), 2, [lost, benefit]))
    assert result.income_month == MAR
    assert result.income == D("1500.00")
    assert result.lines[0].reason is not None
    assert result.lines[0].reason.en == "source lost: the month of the application counts"
    assert "after a loss of income" in result.explain("en")
    assert "po utracie dochodu" in result.explain("pl")


def test_income_gained_counts_in_the_month_it_is_received() -> None:
    gained = item(S.CIVIL_LAW_CONTRACT, "900.00", change=IncomeChange.GAINED)
    assert income(1, gained) == D("900.00")


# --- A farm across a change of the per-hectare amount ---------------------------------------------

FARM = IncomeItem(S.FARM, date(2024, 12, 1), hectares=D("2.5000"), social_contributions=D("100.00"))


def test_farm_on_the_application_day_amount_by_default() -> None:
    # December 2024 income, application in January 2025: 2.5 ha x 459 zł - 100.00 zł.
    result = assess(IncomeStatement(date(2025, 1, 15), 3, [FARM]))
    assert result.income == D("1047.50")
    assert result.certainty is Certainty.DERIVED
    assert "2.5000 ha of conversion × 459 zł" in result.explain("en")


def test_farm_on_the_income_month_amount_as_a_policy() -> None:
    # 2.5 ha x 345 zł (in force in December 2024) - 100.00 zł.
    statement = IncomeStatement(
        date(2025, 1, 15), 3, [FARM], farm_amount_day=FarmAmountDay.INCOME_MONTH
    )
    assert assess(statement).income == D("762.50")


def test_farm_of_2012_rounded_to_the_grosz() -> None:
    farm = IncomeItem(S.FARM, date(2012, 9, 1), hectares=D("3.1234"))
    on = date(2012, 10, 5)
    assert income(2, farm, on=on) == D("780.85")  # 3.1234 x 250
    policy = FarmAmountDay.INCOME_MONTH
    assert income(2, farm, on=on, farm_amount_day=policy) == D("646.54")  # 3.1234 x 207


def test_farm_before_any_modelled_amount_has_no_law() -> None:
    farm = IncomeItem(S.FARM, date(2006, 8, 1), hectares=D("1.0000"))
    with pytest.raises(NoLawInForce):
        income(1, farm, on=date(2006, 9, 4))


def test_each_amount_follows_from_the_one_before_by_a_quarter_of_the_criteria_rises() -> None:
    entries = FARM_INCOME_PER_HECTARE.entries
    for before, after in itertools.pairwise(entries):
        old = INCOME_CRITERIA.at(before.start)
        new = INCOME_CRITERIA.at(after.start)
        rise = (new.single - old.single) + (new.per_person - old.per_person)
        expected = (before.value + rise / 4).quantize(D(1), rounding=ROUND_HALF_UP)
        assert after.value == expected, after.start
    assert [e.value for e in entries] == [207, 250, 288, 308, 345, 459]
    assert {e.certainty for e in entries} == {Certainty.DERIVED}


def test_farm_item_checks() -> None:
    with pytest.raises(InvalidValue, match="hectares must be a finite Decimal"):
        IncomeItem(S.FARM, FEB)
    with pytest.raises(InvalidValue, match="gross must be 0 for a farm"):
        IncomeItem(S.FARM, FEB, D("1.00"), hectares=D("1"))
    with pytest.raises(InvalidValue, match="income_tax must be 0 for a farm"):
        IncomeItem(S.FARM, FEB, hectares=D("1"), income_tax=D("1.00"))
    with pytest.raises(InvalidValue, match="hectares must be more than 0"):
        IncomeItem(S.FARM, FEB, hectares=D("0"))
    with pytest.raises(InvalidValue, match="hectares is only for a farm"):
        IncomeItem(S.PENSION, FEB, D("1.00"), hectares=D("1"))


# --- Alimony paid ---------------------------------------------------------------------------------

PENSION = item(S.PENSION, "2000.00")


def test_current_alimony_paid_is_deducted() -> None:
    paid = AlimonyPaid(FEB, D("600.00"))
    assert assess(IncomeStatement(APPLIED, 1, [PENSION], [paid])).income == D("1400.00")


@pytest.mark.parametrize(
    ("reading", "arrears", "payee", "expected"),
    [
        (AlimonyReading.NSA_2021, True, AlimonyPayee.PERSON, "1400.00"),
        (AlimonyReading.NSA_2021, False, AlimonyPayee.ALIMONY_FUND, "2000.00"),
        (AlimonyReading.CURRENT_ONLY, True, AlimonyPayee.PERSON, "2000.00"),
        (AlimonyReading.CURRENT_ONLY, False, AlimonyPayee.PERSON, "1400.00"),
        (AlimonyReading.ALL_PAYMENTS, True, AlimonyPayee.ALIMONY_FUND, "1400.00"),
    ],
)
def test_the_alimony_readings(
    reading: AlimonyReading, arrears: bool, payee: AlimonyPayee, expected: str
) -> None:
    paid = AlimonyPaid(FEB, D("600.00"), payee=payee, arrears=arrears)
    statement = IncomeStatement(APPLIED, 1, [PENSION], [paid], alimony_reading=reading)
    result = assess(statement)
    assert result.income == D(expected)
    assert result.lines[1].citation.point == "3"


def test_alimony_of_another_month_and_beyond_the_income() -> None:
    assert income(1, PENSION, alimony_paid=[AlimonyPaid(MAR, D("600.00"))]) == D("2000.00")
    assert income(1, PENSION, alimony_paid=[AlimonyPaid(FEB, D("2500.00"))]) == D("0.00")


def test_the_explanation_names_the_reading_and_the_deduction() -> None:
    paid = AlimonyPaid(FEB, D("600.00"), payee=AlimonyPayee.ALIMONY_FUND)
    text = assess(IncomeStatement(APPLIED, 1, [PENSION], [paid])).explain("pl")
    assert "wpłata na fundusz alimentacyjny nie pomniejsza dochodu" in text
    arrears = AlimonyPaid(FEB, D("600.00"), arrears=True)
    statement = IncomeStatement(
        APPLIED, 1, [PENSION], [arrears], alimony_reading=AlimonyReading.CURRENT_ONLY
    )
    # The verb agrees with its plural subject.
    assert "alimenty zaległe nie pomniejszają dochodu (tylko alimenty bieżące)" in (
        assess(statement).explain("pl")
    )
    assert "art. 8 ust. 3 pkt 3 ustawy o pomocy społecznej" in text
    deducted = assess(IncomeStatement(APPLIED, 1, [PENSION], [AlimonyPaid(FEB, D("600.00"))]))
    assert "deducted 600.00 zł" in deducted.explain("en")


# --- A person living alone at the criterion, business, and the checks ---------------------------


def test_a_person_alone_at_the_criterion_and_a_grosz_above() -> None:
    criterion = INCOME_CRITERIA.at(APPLIED)
    assert assess(IncomeStatement(APPLIED, 1, [item(S.PENSION, "1010.00")])).within(criterion)
    above = assess(IncomeStatement(APPLIED, 1, [item(S.PENSION, "1010.01")]))
    assert not above.within(criterion)
    assert "income of the person living alone: 1010.01 zł" in above.explain("en")


def test_lump_sum_business_counts_the_declared_amount() -> None:
    result = assess(IncomeStatement(APPLIED, 1, [item(S.BUSINESS_LUMP_SUM, "2500.00")]))
    assert result.income == D("2500.00")
    assert str(result.lines[0].citation) == "art. 8 ust. 5 pkt 2 ustawy o pomocy społecznej"
    with pytest.raises(InvalidValue, match="declared amount is the income"):
        item(S.BUSINESS_LUMP_SUM, "2500.00", income_tax=D("10.00"))


def test_business_on_general_rules_is_counted_net() -> None:
    general = item(S.BUSINESS_GENERAL, "5000.00", income_tax=D("400.00"))
    result = assess(IncomeStatement(APPLIED, 1, [general]))
    assert result.income == D("4600.00")
    assert result.lines[0].citation.paragraph == "5"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: item(S.PENSION, "-123.45"), "IncomeItem.gross must not be negative"),
        (lambda: item(S.PENSION, "123.456"), "IncomeItem.gross must be in whole grosze"),
        (lambda: IncomeItem(S.PENSION, date(2025, 2, 3), D("1")), "first day of the month"),
        (
            lambda: item(S.EMPLOYMENT, "100.00", income_tax=D("99.00"), health_contribution=D("2")),
            "must not exceed IncomeItem.gross",
        ),
        (lambda: IncomeStatement(APPLIED, 2, [item(S.PENSION, "1.00", member=2)]), "below"),
        (lambda: AlimonyPaid(FEB, D("-987.65")), "AlimonyPaid.amount must not be negative"),
        (lambda: IncomeStatement(APPLIED, 1, ["x"]), "must hold IncomeItem values"),
        (lambda: item(S.PENSION, "1.00", member=True), "IncomeItem.member must be an int"),
    ],
)
def test_errors_name_the_field_never_the_value(build: object, message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        build()  # type: ignore[operator]
    assert message in str(caught.value)
    for digits in ("123", "987", "99"):
        assert digits not in str(caught.value)


def test_no_amount_in_any_repr() -> None:
    farm = IncomeItem(S.FARM, FEB, hectares=D("7.7777"), social_contributions=D("555.55"))
    paid = AlimonyPaid(FEB, D("444.44"))
    statement = IncomeStatement(APPLIED, 2, [item(S.PENSION, "3333.33"), farm], [paid])
    result = assess(statement)
    household = Household.from_statement(statement)
    for text in map(repr, (statement, result, household, *result.lines)):
        for secret in ("3333", "7.7777", "555", "444"):
            assert secret not in text


# --- The income test reads items ----------------------------------------------------------------


def _applicant(household: Household) -> Person:
    return Person(date(1980, 1, 1), Sex.FEMALE, households=[household])


def test_household_from_items_and_the_checks_that_keep_it_consistent() -> None:
    statement = IncomeStatement(APPLIED, 3, [WAGE])
    household = Household.from_statement(statement)
    assert household.monthly_net_income == D("2246.52")
    assert household.income_basis is IncomeBasis.ITEMS
    assert household.assessment is not None and household.assessment.income == D("2246.52")
    assert Household(3, D("2246.52")).assessment is None
    with pytest.raises(InvalidValue, match=r"must be the income Household\.statement gives"):
        Household(3, D("2000.00"), statement=statement)
    with pytest.raises(InvalidValue, match=r"Household\.members must equal"):
        Household(2, D("2246.52"), statement=statement)
    with pytest.raises(InvalidValue, match="must be an IncomeStatement"):
        Household(3, D("2246.52"), statement="x")  # type: ignore[arg-type]


def test_the_rule_says_it_read_items_and_answers_as_for_the_declared_sum() -> None:
    counted = _applicant(Household.from_statement(IncomeStatement(APPLIED, 3, [WAGE])))
    declared = _applicant(Household(3, D("2246.52")))
    a = INCOME_WITHIN_CRITERION.evaluate(counted, APPLIED)
    b = INCOME_WITHIN_CRITERION.evaluate(declared, APPLIED)
    assert a.outcome is b.outcome
    assert a.observed_text(personal=True) == (
        "income 748.84 zł a person in a family of 3, counted from the income items of 2025-02 "
        "(art. 8(3))"
    )
    assert b.observed_text(personal=True) == "income 748.84 zł a person in a family of 3"
    assert a.observed_text("pl").endswith(
        "ustalony ze składników dochodu za luty 2025 r. (art. 8 ust. 3)"
    )
    assert "748" not in a.observed_text()


def test_the_rule_at_the_single_criterion_from_items() -> None:
    at = _applicant(
        Household.from_statement(IncomeStatement(APPLIED, 1, [item(S.PENSION, "1010.00")]))
    )
    above = _applicant(
        Household.from_statement(IncomeStatement(APPLIED, 1, [item(S.PENSION, "1010.01")]))
    )
    assert INCOME_WITHIN_CRITERION.evaluate(at, APPLIED).eligible
    assert not INCOME_WITHIN_CRITERION.evaluate(above, APPLIED).eligible


# --- Properties ------------------------------------------------------------------------------------

_EXCLUDED = tuple(EXCLUSIONS)
_COUNTED = tuple(s for s in IncomeSource if s not in EXCLUSIONS and s is not S.FARM)


@settings(max_examples=60, deadline=None)
@given(income_statements(), st.data())
def test_an_excluded_item_never_changes_income(
    statement: IncomeStatement, data: st.DataObject
) -> None:
    extra = data.draw(
        income_items(
            (statement.income_month,),
            statement.members,
            _EXCLUDED,
            st.just(IncomeChange.NONE),
        )
    )
    more = attrs.evolve(statement, items=(*statement.items, extra))
    assert assess(more).income == assess(statement).income


@settings(max_examples=60, deadline=None)
@given(income_statements(), st.data())
def test_a_counted_item_never_lowers_income(
    statement: IncomeStatement, data: st.DataObject
) -> None:
    extra = data.draw(
        income_items(
            (statement.income_month,), statement.members, _COUNTED, st.just(IncomeChange.NONE)
        )
    )
    more = attrs.evolve(statement, items=(*statement.items, extra))
    assert assess(more).income >= assess(statement).income


@settings(max_examples=40, deadline=None)
@given(income_statements())
def test_statements_and_households_round_trip(statement: IncomeStatement) -> None:
    assert converter.structure(converter.unstructure(statement), IncomeStatement) == statement
    person = _applicant(Household.from_statement(statement))
    assert converter.structure(converter.unstructure(person), Person) == person


@settings(max_examples=40, deadline=None)
@given(income_statements())
def test_the_income_is_whole_grosze_and_the_lines_add_up(statement: IncomeStatement) -> None:
    result = assess(statement)
    assert result.income == result.income.quantize(D("0.01"))
    total = sum((line.amount for line in result.lines if line.counted), D(0))
    assert result.income == max(total, D(0))
    assert all(line.amount == 0 for line in result.lines if not line.counted)
    assert len(result.lines) == len(statement.items) + len(statement.alimony_paid)


def test_registered_strategies_build_the_types() -> None:
    from integra.strategies import register_all

    register_all()
    assert isinstance(st.from_type(IncomeStatement).example(), IncomeStatement)
    assert application_dates().example() >= date(2012, 10, 1)


@settings(max_examples=15, deadline=None)
@given(st.lists(counted_households(), min_size=1, max_size=6))
def test_columns_answer_as_the_scalar_rules_for_households_from_items(
    households: list[Household],
) -> None:
    from integra.bulk import Population, screen

    people = [_applicant(h) for h in households]
    on = date(2025, 6, 1)
    rules = [INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS]
    result = screen(rules, Population.from_persons(people), on)
    for rule in rules:
        scalar = [rule.evaluate(p, on).outcome.value for p in people]
        assert [str(o) for o in result.outcomes(rule.name)] == scalar
        assert result.certainties(rule.name) == [rule.evaluate(p, on).certainty for p in people]


@settings(max_examples=40, deadline=None)
@given(counted_households())
def test_the_income_test_is_as_certain_as_the_weaker_of_its_criterion_and_the_count(
    household: Household,
) -> None:
    person = _applicant(household)
    on = date(2025, 6, 1)
    assessment = household.assessment
    assert assessment is not None
    expected = min(INCOME_WITHIN_CRITERION.certainty_on(on), assessment.certainty)
    assert INCOME_WITHIN_CRITERION.evaluate(person, on).certainty is expected
    # A rule built on the test is never more certain than it.
    assert QUALIFIES_FOR_CASH_BENEFITS.evaluate(person, on).certainty <= expected
    farm = any(line.counted and line.what == S.FARM.label for line in assessment.lines)
    if farm:  # every per-hectare amount is derived
        assert expected <= Certainty.DERIVED


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: IncomeItem(S.PENSION, FEB, 1.5), "IncomeItem.gross must be a finite Decimal"),  # type: ignore[arg-type]
        (lambda: item(S.PENSION, "1000000000000.00"), "IncomeItem.gross must be below 10^12"),
        (
            lambda: IncomeItem(S.PENSION, "2025-02-01", D("1")),  # type: ignore[arg-type]
            "IncomeItem.month must be a datetime",
        ),
        (lambda: IncomeStatement("2025-03-01", 1), "IncomeStatement.application_date must be a"),  # type: ignore[arg-type]
        (lambda: IncomeItem("pension", FEB, D("1")), "IncomeItem.source must be a IncomeSource"),  # type: ignore[arg-type]
        (lambda: AlimonyPaid(FEB, D("1"), arrears=1), "AlimonyPaid.arrears must be a bool"),  # type: ignore[arg-type]
        (lambda: IncomeStatement(APPLIED, 1.0), "IncomeStatement.members must be an int"),  # type: ignore[arg-type]
        (lambda: assess("statement"), "assess takes an IncomeStatement"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_are_refused_naming_the_field(build: object, message: str) -> None:
    with pytest.raises(InvalidValue, match=re.escape(message)):
        build()  # type: ignore[operator]


# --- Farms of any size, the provision of the per-hectare amount, both languages alike ----------


def test_a_farm_below_one_hectare_counts_its_hectares() -> None:
    # No threshold of 1 ha is found in art. 8: 0.5 ha × 459 zł = 229.50 zł; 0.0001 ha × 459 zł
    # = 0.0459 zł, 0.05 zł rounded half up to the grosz.
    half = IncomeItem(S.FARM, FEB, hectares=D("0.5000"))
    tiny = IncomeItem(S.FARM, FEB, hectares=D("0.0001"))
    assert income(1, half) == D("229.50")
    assert income(1, tiny) == D("0.05")
    assert assess(IncomeStatement(APPLIED, 1, [half])).certainty is Certainty.DERIVED


def test_the_first_per_hectare_amount_cites_art_8_ust_9_as_derived() -> None:
    first = FARM_INCOME_PER_HECTARE.entries[0]
    assert first.citation is not None
    assert str(first.citation) == "art. 8 ust. 9 ustawy o pomocy społecznej"
    assert first.certainty is Certainty.DERIVED
    assert "not read in the act" in first.note


@settings(max_examples=60, deadline=None)
@given(income_statements())
def test_the_polish_and_english_explanations_say_the_same_line_by_line(
    statement: IncomeStatement,
) -> None:
    result = assess(statement)
    languages: tuple[Language, ...] = ("pl", "en")
    texts = {lang: result.explain(lang).splitlines() for lang in languages}
    assert len(texts["pl"]) == len(texts["en"]) == len(result.lines) + 3
    for lang, out in texts.items():
        assert format_month(result.income_month, lang) in out[0]
        for line, text in zip(result.lines, out[1:-2], strict=True):
            # Each line holds, in its own language, the amount, why and the provision.
            if line.counted:
                assert format_money(abs(line.amount), lang) in text
            if line.reason is not None:
                assert line.reason.text(lang) in text
            assert text.endswith(f"({line.citation.text(lang)})")
        assert format_money(result.income, lang) in out[-2]
        assert out[-1].endswith(result.certainty.label.text(lang))
