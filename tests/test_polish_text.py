"""Polish output reads as Polish: dates as 01.03.2024 r., money as 550,00 zł, and no English
words inside Polish explanations or violations (and no Polish words inside English ones)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from integra import Person
from integra.labels import format_date, format_money, format_number, format_period
from integra.periods import DateRange, IsoWeek
from integra.programmes import cis, pai, psu
from integra.programmes.violations import Violation
from integra.rules import ALL_RULES
from integra.strategies import dates, people
from integra.strategies.pai import plans
from integra.strategies.programmes import cis_plans, psu_sessions

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DOT_DECIMAL = re.compile(r"\b\d+\.\d+\b(?! r\.)")
# Words that would betray English inside a Polish sentence.
ENGLISH = re.compile(
    r"\b(the|on|in|at least|at most|exactly|required|missing|session|sessions|week|weeks|"
    r"days?|hours?|months?|referral|policy|registered|aged|income|until|from)\b"
)
# Citations name acts in their own language; drop them before looking for English words.
CITATION = re.compile(r"\((?:art\.|§|ustawa)[^()]*(?:\([^()]*\)[^()]*)*\)")


def assert_polish(text: str) -> None:
    body = CITATION.sub("", text)
    assert not ISO_DATE.search(body), text
    assert not ENGLISH.search(body), text
    assert not re.search(r"\d\.\d+ zł", body), text


class TestFormats:
    def test_dates(self) -> None:
        assert format_date(date(2024, 3, 1), "pl") == "01.03.2024 r."
        assert format_date(date(2024, 12, 31), "en") == "2024-12-31"

    def test_money_and_numbers(self) -> None:
        assert format_money(Decimal("550.00"), "pl") == "550,00 zł"
        assert format_money(Decimal("0.01"), "pl") == "0,01 zł"
        assert format_money(Decimal("9999.99"), "pl") == "9999,99 zł"
        assert format_money(Decimal("10000.00"), "pl") == "10 000,00 zł"
        assert format_money(Decimal("550.00"), "en") == "550.00 zł"
        assert format_number(Decimal("-1234567.5"), "pl") == "-1 234 567,5"
        assert format_number(Decimal("1E+3"), "pl") == "1000"

    def test_periods(self) -> None:
        assert format_period(date(2024, 1, 1), date(2024, 1, 31), "pl") == (
            "od 01.01.2024 r. do 31.01.2024 r."
        )
        assert format_period(date(2024, 1, 1), None, "en") == "2024-01-01.."

    def test_an_unknown_language_is_refused(self) -> None:
        import pytest

        from integra.errors import InvalidValue

        with pytest.raises(InvalidValue, match="language"):
            format_date(date(2024, 1, 1), "de")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match="language"):
            format_number(1, "de")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match="language"):
            format_period(date(2024, 1, 1), None, "de")  # type: ignore[arg-type]

    @given(st.decimals(min_value=-(10**9), max_value=10**9, places=2))
    def test_polish_number_reads_back(self, value: Decimal) -> None:
        text = format_number(value, "pl")
        assert Decimal(text.replace(" ", "").replace(",", ".")) == value


@settings(max_examples=30, deadline=None)
@given(people(), dates(min_value=date(2012, 1, 1), max_value=date(2026, 6, 30)))
def test_rule_explanations_in_polish_have_no_english(person: Person, on: date) -> None:
    if on < person.birth_date:
        on = person.birth_date
    for rule in ALL_RULES:
        assert_polish(rule.evaluate(person, on).explain("pl"))


def check_violations(violations: tuple[Violation, ...]) -> None:
    for v in violations:
        assert_polish(v.explain("pl"))
        assert not re.search(r"\b(w dniu|tygodniowo|wymagane|nie więcej)\b", v.explain("en"))
        for value in (v.observed_value, v.required_value):
            assert value is None or isinstance(value, Decimal | int | date | DateRange)
        assert v.week is None or isinstance(v.week, IsoWeek)


@settings(max_examples=30, deadline=None)
@given(plans(min_agreed=date(2013, 1, 1), max_agreed=date(2026, 12, 31), with_person=True))
def test_pai_violations_in_polish_have_no_english(plan: pai.PaiPlan) -> None:
    check_violations(pai.validate(plan).violations)


@settings(max_examples=30, deadline=None)
@given(cis_plans())
def test_cis_violations_in_polish_have_no_english(plan: cis.CisPlan) -> None:
    check_violations(cis.validate(plan).violations)


@settings(max_examples=30, deadline=None)
@given(st.lists(psu_sessions(), max_size=12))
def test_psu_violations_in_polish_have_no_english(sessions: list[psu.PsuSession]) -> None:
    check_violations(psu.validate(sessions).violations)


def test_a_weekly_violation_carries_typed_values() -> None:
    plan = pai.default_plan(date(2016, 4, 4))
    work = next(s for s in plan.sessions if s.block is pai.Block.ACTIVATION)
    (short,) = pai.validate(plan.without(work), activation=pai.ActivationReading.EXACT).violations
    assert short.code == "pai.activation.weekly_minimum"
    assert short.week == IsoWeek(2016, 14)
    assert short.observed_value == Decimal(8) and short.required_value == Decimal(10)
    assert short.observed.pl == "8 h w 14. tygodniu 2016 r. (od 04.04.2016 r. do 10.04.2016 r.)"
    assert short.required.pl.startswith("dokładnie 10 h tygodniowo")


def test_a_violation_needs_labels_for_its_messages() -> None:
    import pytest

    from integra.errors import InvalidValue
    from integra.labels import Label

    with pytest.raises(InvalidValue, match=r"Violation\.observed must be a Label"):
        Violation("x", Label(pl="a", en="a"), "6 h", Label(pl="b", en="b"))  # type: ignore[arg-type]


def test_polish_plurals() -> None:
    from integra.programmes import _text

    assert [_text.months(n, "pl") for n in (1, 2, 5, 12, 22, 25)] == [
        "1 miesiąc",
        "2 miesiące",
        "5 miesięcy",
        "12 miesięcy",
        "22 miesiące",
        "25 miesięcy",
    ]
    assert [_text.days(n, "pl") for n in (1, 2)] == ["1 dzień", "2 dni"]
    assert [_text.months(1, "en"), _text.days(1, "en")] == ["1 month", "1 day"]
