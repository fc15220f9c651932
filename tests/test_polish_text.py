"""Polish output reads as Polish: dates as 01.03.2024 r., money as 550,00 zł (with non-breaking
spaces), ranges as "od … do …" or with an en dash, no English words and no Python (no ``(s)``,
lists, reprs or identifiers), forms that do not assume a man, and the genitive after "brakuje".

Every producer of Polish text is checked against these rules on generated inputs: the
explanations of every ready-made rule, the counterfactual changes, the violations of PAI, PSU
and CIS, outcome reports and indicator results, comparisons of rule variants, the labels of
every enum, and the rule table."""

from __future__ import annotations

import enum
import importlib
import pkgutil
import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import integra
from integra import Person, outcomes
from integra.errors import InvalidValue
from integra.income import IncomeAssessment
from integra.labels import Label, format_date, format_money, format_number, format_period
from integra.law import Certainty
from integra.outcomes.eu2021 import COMMON_RESULT_INDICATORS, SOCIAL_SITUATION_IMPROVED
from integra.periods import DateRange, IsoWeek
from integra.programmes import cis, pai, psu
from integra.programmes.violations import Violation
from integra.rules import ALL_RULES, Fact, rule_table, what_would_change
from integra.strategies import dates, people
from integra.strategies.income import income_assessments
from integra.strategies.outcomes import cohorts, indicator_results
from integra.strategies.pai import plans
from integra.strategies.programmes import cis_plans, psu_sessions

# --- Every Polish text the library writes, checked against Polish conventions -------------------

NBSP = "\u00a0"
# The certainty marks a verdict line ends with: square brackets are theirs alone.
CERTAINTY_MARKS = re.compile(
    r" \[(?:" + "|".join(re.escape(c.label.pl) for c in Certainty) + r")\]"
)
# Text the user gave (a project's activity names, ids) is quoted and is not the library's.
QUOTED = re.compile(r"„[^”]*”")
MASCULINE_ONLY = re.compile(
    r"\b(?:(?:został|zostać|jest) (?:skierowany|zarejestrowany|zatrudniony)"
    r"|zarejestrowany jako bezrobotny|bezrobotny od|uprawniony do"
    r"|(?:nie )?(?:został|skorzystał|podjął|zakończył|uzyskał|otrzymał|opuścił|ukończył"
    r"|przerwał|pracował|osiągnął|wszedł))\b(?!/)"
)
# The facts' labels are nominative; after "brakuje" and "nie zebrano" Polish asks for the genitive.
NOMINATIVE_FACTS = "|".join(re.escape(f.label.pl) for f in Fact)
LACKING = re.compile(
    r"\b(?:brakuje|nie zebrano):? (?:[^;()]*, )?(?:" + NOMINATIVE_FACTS + r")\b"
    r"|\bbrakuje 1 osób\b|\bbrakuje (?:[02-9]|\d\d+) osoby\b"
)
MONEY = re.compile(r"(\d[\d\s.,]*?)(\s*)zł\b")
MONEY_AMOUNT = re.compile(r"^(?:\d{1,4}|\d{1,3}(?:" + NBSP + r"\d{3})+),\d\d$")
RULES: dict[str, re.Pattern[str]] = {
    "an ISO date": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    # (a month, "05.2014 r.", is a date)
    "a decimal point": re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])(?! r\.)"),
    "an ASCII range": re.compile(r"\d ?- ?\d|\d\s+-\s+\d|r\. ?- ?\d|\.\.|\d ?- ?(?:zł|h|%)"),
    "an English plural '(s)'": re.compile(r"\(s\)"),
    "a Python list, dict or repr": re.compile(
        r"[\[\]{}]|\b(?:None|True|False|nan)\b|<\w+[.:]|\w+\(['\"]|=\w"
    ),
    "an identifier": re.compile(r"\w_\w|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|[a-z]\+[a-z]"),
    "a masculine-only form": MASCULINE_ONLY,
    "'brakuje' or 'nie zebrano' with a nominative": LACKING,
}
# Words that would betray English inside a Polish sentence.
ENGLISH = re.compile(
    r"\b(the|on|in|and|or|of|with|not|none|n/a|at least|at most|exactly|required|missing|"
    r"session|sessions|week|weeks|days?|hours?|months?|referral|policy|registered|aged|income|"
    r"until|from|eligible|unknown|baseline|variant|law|rate|window|threshold|pending|person|"
    r"people|household|criterion|derived|confirmed|other)\b"
)
# Citations name acts in their own language; drop them before looking for English words.
CITATION = re.compile(r"\((?:art\.|§|ustawa)[^()]*(?:\([^()]*\)[^()]*)*\)")


def polish_defects(text: str) -> list[str]:
    """What in ``text`` a Polish reader would not write, by rule; empty when it reads as Polish."""
    body = QUOTED.sub("„”", CERTAINTY_MARKS.sub("", text))
    found = [f"{name}: {m.group(0)!r}" for name, rule in RULES.items() if (m := rule.search(body))]
    if m := ENGLISH.search(CITATION.sub("", body)):
        found.append(f"an English word: {m.group(0)!r}")
    for m in MONEY.finditer(body):
        if m.group(2) != NBSP or not MONEY_AMOUNT.match(m.group(1)):
            found.append(f"money not as '1{NBSP}234,50{NBSP}zł': {m.group(0)!r}")
    return found


def assert_polish(text: str) -> None:
    defects = polish_defects(text)
    assert not defects, f"{defects} in:\n{text}"


class TestFormats:
    def test_dates(self) -> None:
        assert format_date(date(2024, 3, 1), "pl") == "01.03.2024 r."
        assert format_date(date(2024, 12, 31), "en") == "2024-12-31"

    def test_money_and_numbers(self) -> None:
        assert format_money(Decimal("550.00"), "pl") == f"550,00{NBSP}zł"
        assert format_money(Decimal("0.01"), "pl") == f"0,01{NBSP}zł"
        assert format_money(Decimal("9999.99"), "pl") == f"9999,99{NBSP}zł"
        assert format_money(Decimal("10000.00"), "pl") == f"10{NBSP}000,00{NBSP}zł"
        assert format_money(Decimal("550.00"), "en") == "550.00 zł"
        assert format_number(Decimal("-1234567.5"), "pl") == f"-1{NBSP}234{NBSP}567,5"

    def test_polish_money_has_grosze_and_keeps_finer_digits(self) -> None:
        assert format_money(600, "pl") == f"600,00{NBSP}zł"
        assert format_money(Decimal("2.5"), "pl") == f"2,50{NBSP}zł"
        assert format_money(Decimal("-12345"), "pl") == f"-12{NBSP}345,00{NBSP}zł"
        assert format_money(Decimal("0.125"), "pl") == f"0,125{NBSP}zł"  # never rounded here
        assert format_money(600, "en") == "600 zł"
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
        assert " " not in text
        assert Decimal(text.replace(NBSP, "").replace(",", ".")) == value

    @given(st.decimals(min_value=-(10**11), max_value=10**11, places=2))
    def test_polish_money_reads_as_polish(self, value: Decimal) -> None:
        assert polish_defects(format_money(value, "pl")) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people(), dates(min_value=date(2012, 1, 1), max_value=date(2026, 6, 30)))
def test_rule_explanations_and_changes_read_as_polish(person: Person, on: date) -> None:
    """Every ready-made rule's explanation, public and personal, and every change that would
    flip its verdict."""
    if on < person.birth_date:
        on = person.birth_date
    for rule in ALL_RULES:
        verdict = rule.evaluate(person, on)
        assert_polish(verdict.explain("pl"))
        assert_polish(verdict.explain("pl", personal=True))
        for change in what_would_change(rule, person, on):
            assert_polish(change.text("pl"))


def check_violations(violations: tuple[Violation, ...]) -> None:
    for v in violations:
        assert_polish(v.explain("pl"))
        assert_polish(v.observed.pl)
        assert_polish(v.required.pl)
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
@given(
    st.lists(psu_sessions(), max_size=12),
    st.sampled_from([True, False, Decimal(30), Decimal("12.5")]),
)
def test_psu_violations_in_polish_have_no_english(
    sessions: list[psu.PsuSession], monthly_cap: bool | Decimal
) -> None:
    check_violations(psu.validate(sessions, monthly_cap=monthly_cap).violations)


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


# --- The rules themselves: a property that can fail, and every producer it covers -----------------


@pytest.mark.parametrize(
    ("text", "defect"),
    [
        ("wiek 24 lata w dniu 2024-01-01", "an ISO date"),
        ("2,5 h w dniu 01.01.2024 r.; 2.5 h", "a decimal point"),
        ("wytyczne 2014-2020", "an ASCII range"),
        ("wartość: 10,00% .. 20,00%", "an ASCII range"),
        ("od 01.01.2024 r. - 31.01.2024 r.", "an ASCII range"),
        ("3 sesja(s)", "an English plural '(s)'"),
        ("przyczyny: ['01-U']", "a Python list, dict or repr"),
        ("dane: {'a': 1}", "a Python list, dict or repr"),
        ("wynik <Outcome.ELIGIBLE: 'eligible'>", "a Python list, dict or repr"),
        ("podaj monthly_cap=False", "an identifier"),
        ("kategorie: at_risk+disability", "an identifier"),
        ("IncomeCriterion", "an identifier"),
        ("może zostać skierowany do PAI", "a masculine-only form"),
        ("zarejestrowany jako bezrobotny", "a masculine-only form"),
        ("nie skorzystał z usług", "a masculine-only form"),
        ("bez przerwy bezrobotny od 01.01.2024 r.", "a masculine-only form"),
        ("brakuje: sytuacja życiowa", "'brakuje' or 'nie zebrano' with a nominative"),
        (
            "nie zebrano: kontrakty socjalne, płeć",
            "'brakuje' or 'nie zebrano' with a nominative",
        ),
        ("brakuje 1 osób", "'brakuje' or 'nie zebrano' with a nominative"),
        ("brakuje 5 osoby", "'brakuje' or 'nie zebrano' with a nominative"),
        ("dochód 776,50 zł", "money not as"),
        (f"dochód 776{NBSP}zł", "money not as"),
        (f"dochód 776,5{NBSP}zł", "money not as"),
        (f"dochód 10 000,00{NBSP}zł", "money not as"),
        ("required: co najmniej 10 h", "an English word"),
        ("przyczyny: 02-P, other", "an English word"),
    ],
)
def test_each_rule_finds_its_defect(text: str, defect: str) -> None:
    assert any(found.startswith(defect) for found in polish_defects(text)), polish_defects(text)


@pytest.mark.parametrize(
    "text",
    [
        f"dochód 10{NBSP}000,00{NBSP}zł; od 01.01.2024 r. do 31.01.2024 r. (wytyczne 2014–2020)",
        "osoba zarejestrowana jako bezrobotna [wartość wyprowadzona]; przyczyny: 04-O, 05-R",
        "brakuje: sytuacji życiowej, kontraktów socjalnych; brakuje 1 osoby; brakuje 22 osób",
        "profil pomocy III: bezrobotny oddalony od rynku pracy; 3-osobowej; „course_1”: 2",
        f"wartość: 10,00% – 20,00%; 1234,56{NBSP}zł",
    ],
)
def test_polish_as_it_should_be_passes(text: str) -> None:
    assert polish_defects(text) == []


def _enum_labels() -> dict[enum.Enum, Label]:
    """The label of every member of every enum of the library that carries labels."""
    members: dict[enum.Enum, Label] = {}
    for info in pkgutil.walk_packages(integra.__path__, "integra."):
        if ".strategies" in info.name or info.name.endswith(("charts", "_hypothesis_hook")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__ == info.name
            ):
                for member in value:
                    label = getattr(member, "label", None)
                    if isinstance(label, Label):
                        members[member] = label
    return members


def test_every_enum_label_reads_as_polish() -> None:
    labels = _enum_labels()
    assert len({type(m) for m in labels}) >= 20  # the walk found the library's enums
    for label in labels.values():
        assert_polish(label.pl)


def test_the_rule_table_reads_as_polish() -> None:
    for line in rule_table(ALL_RULES, "pl").splitlines()[2:]:
        _, _name, *columns, _ = line.split("|")  # the name is the rule's identifier
        assert_polish(" ".join(columns))


def _without(text: str, given: list[str]) -> str:
    """``text`` without the strings a generated value's author wrote (labels, citations)."""
    for part in sorted(given, key=len, reverse=True):
        if part.strip():
            # Whole words only: a one-letter label must not cut the library's own words apart.
            text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "„”", text)
    return text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(cohorts(), dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)))
def test_outcome_reports_read_as_polish(cohort: outcomes.Cohort, as_of: date) -> None:
    """The cohort report with the 2014-2020 measures (both versions of the guidelines) and with
    the 2021-2027 common indicators."""
    common = [(d, None, None) for d in (*COMMON_RESULT_INDICATORS, SOCIAL_SITUATION_IMPROVED)]
    for kwargs in ({"version": "early"}, {"version": "later"}, {"indicators": common}):
        try:
            text = outcomes.report(cohort, as_of, **kwargs).explain("pl")
        except InvalidValue:
            continue  # a participant after the 2014-2020 period: refused, in its own test
        assert_polish(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(indicator_results())
def test_indicator_results_read_as_polish(result: outcomes.IndicatorResult) -> None:
    d = result.definition
    given_texts = [d.label.pl, d.numerator.pl, d.denominator.pl, d.citation.text("pl")]
    if result.threshold is not None and result.threshold.citation is not None:
        given_texts.append(result.threshold.citation.text("pl"))
    assert_polish(_without(result.explain("pl"), given_texts))


def test_a_comparison_reads_as_polish() -> None:
    pytest.importorskip("numpy")
    from integra.bulk import compare, generate
    from integra.rules import PAI_ELIGIBILITY, WORKING_AGE

    population = generate(40, seed=3)
    result = compare(
        [WORKING_AGE, PAI_ELIGIBILITY],
        [WORKING_AGE, PAI_ELIGIBILITY],
        population,
        date(2025, 7, 1),
        baseline_law_on=date(2020, 1, 1),
    )
    texts = [
        pair.explain("pl", personal=personal)
        for person in population.ids[:10]
        for pair in result.explain(person)
        for personal in (False, True)
    ]
    assert texts
    for text in texts:
        assert_polish(text)


def test_repeals_and_citations_read_as_polish() -> None:
    from integra.parameters import URP
    from integra.rules import PAI_ELIGIBILITY

    citations = [c for rule in ALL_RULES for c in rule.citations()]
    for citation in citations:
        assert_polish(citation.text("pl"))
    repeal = PAI_ELIGIBILITY.repeal_on(date(2025, 7, 1))
    assert repeal is not None and repeal.by.act is URP
    assert_polish(repeal.text("pl"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(income_assessments())
def test_income_explanations_read_as_polish(assessment: IncomeAssessment) -> None:
    assert_polish(assessment.explain("pl"))
    assert_polish(assessment.per_person_text("pl"))


@pytest.mark.parametrize(
    ("threshold", "lacking"), [("0.22", "brakuje 2 osób"), ("0.2", "brakuje 1 osoby")]
)
def test_an_open_indicator_reads_as_polish(threshold: str, lacking: str) -> None:
    """While windows are open the rate is a range with an en dash, and "brakuje" counts persons
    in the genitive (five participants, none achieved yet: 2 of 5 reach 22 %, 1 of 5 reaches
    20 %)."""
    from test_outcomes import TestAsOf

    result = outcomes.evaluate(
        outcomes.EMPLOYMENT_EFFECTIVENESS,
        TestAsOf().cohort(),
        date(2020, 4, 15),
        threshold=outcomes.Threshold(Decimal(threshold)),
    )
    text = result.explain("pl")
    assert "wartość: 0,00% – 100,00% (osiągnięte dotąd 0, w toku 5, z 5)" in text
    assert lacking in text
    assert_polish(text)
