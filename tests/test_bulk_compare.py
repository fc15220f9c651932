"""Comparing two versions of a rule set over a caseload: the counts computed by hand from the
law, the pairing of rules, the tables and DataFrames, and — for generated caseloads — every
person's two outcomes equal to the scalar rules evaluated on that person under each side."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from integra import (
    Address,
    DateRange,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Person,
    Registration,
    Residence,
    Sex,
)
from integra.bulk import (
    STATES,
    Comparison,
    ComparisonTable,
    Pairing,
    Population,
    SideBySide,
    Transitions,
    age_bands,
    compare,
    generate,
    gmina_on,
)
from integra.bulk.evaluate import REFUSED
from integra.bulk.generate import EXAMPLE_AREA
from integra.errors import IntegraError, InvalidValue
from integra.law import Certainty, Citation, Dated
from integra.parameters import URP
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    WORKING_AGE,
    AgeBetween,
    Context,
    ResidesInArea,
    Rule,
    all_of,
    any_of,
)
from integra.rules.extending import with_law
from integra.rules.unemployment import LongTermUnemploymentDefinition
from test_bulk_agreement import days, persons

LTU = "long_term_unemployed"
INCOME = "income_within_criterion"
UPZ_LAST_DAY, URP_FIRST_DAY = date(2025, 5, 31), date(2025, 6, 1)

CALL = all_of(
    any_of(LONG_TERM_UNEMPLOYED, RECEIVES_SOCIAL_ASSISTANCE, name="call_categories"),
    ResidesInArea(EXAMPLE_AREA),
    name="regional_call",
)
CALL_PLUS = all_of(
    any_of(
        LONG_TERM_UNEMPLOYED,
        RECEIVES_SOCIAL_ASSISTANCE,
        SIGNIFICANT_OR_MODERATE_DISABILITY,
        name="call_categories_plus",
    ),
    ResidesInArea(EXAMPLE_AREA),
    name="regional_call_plus",
)
# A hypothetical amendment, for the test only: 6 months within the last year from 2025-06-01.
SHORTER_LTU = with_law(
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED.law.amended(  # type: ignore[union-attr]
        Dated(
            LongTermUnemploymentDefinition(6, 1),
            URP_FIRST_DAY,
            citation=Citation(URP),
            certainty=Certainty.DERIVED,
            note="hypothetical, for a test",
        )
    ),
)
BASELINE: tuple[Rule, ...] = (LONG_TERM_UNEMPLOYED, INCOME_WITHIN_CRITERION, CALL)
VARIANT: tuple[Rule, ...] = (SHORTER_LTU, INCOME_WITHIN_CRITERION, CALL_PLUS)
PAIRS = {"regional_call": "regional_call_plus"}


def young(below: int) -> Rule:
    return all_of(AgeBetween(18, below), name="young")


def registered(start: date, *exclusions: tuple[ExclusionKind, date, date]) -> Person:
    return Person(
        date(1980, 1, 1),
        Sex.MALE,
        registrations=[
            Registration(
                DateRange(start),
                [ExcludedPeriod(kind, DateRange(a, b)) for kind, a, b in exclusions],
            )
        ],
    )


# On 2025-06-01 the window of 2 years is 2023-06-02..2025-06-01.
UNEMPLOYED = [
    # Registered 2024-05-01..2025-06-01: 397 days, 60 of them adult vocational preparation.
    # UPZ excludes it: 337 days, not more than 360 -> not eligible. URP: whether it is excluded
    # is unsettled, and it decides (397 or 337 days) -> unknown, the law missing.
    registered(
        date(2024, 5, 1),
        (ExclusionKind.ADULT_VOCATIONAL_PREPARATION, date(2024, 6, 1), date(2024, 7, 30)),
    ),
    # Registered since 2024-01-01: 518 days, nothing excluded -> eligible under both acts.
    registered(date(2024, 1, 1)),
    # The same 397 days with a 60-day internship: 337 under both acts -> not eligible.
    registered(date(2024, 5, 1), (ExclusionKind.INTERNSHIP, date(2024, 6, 1), date(2024, 7, 30))),
    # Born after the date of the facts: refused on both sides.
    Person(date(2025, 7, 1), Sex.FEMALE),
]


def households(*statements: tuple[int, str] | None) -> Population:
    return Population.from_persons(
        [
            Person(
                date(1980, 1, 1),
                Sex.FEMALE,
                households=[] if s is None else [Household(s[0], Decimal(s[1]))],
            )
            for s in statements
        ]
    )


# Income criteria (UPS art. 8 ust. 1): 776 zł alone / 600 zł per person from 2022-01-01,
# 1010 / 823 zł from 2025-01-01; within means not above.
INCOMES = households(
    (1, "900.00"),  # above 776, within 1010: not eligible -> eligible
    (3, "2100.00"),  # 700 per person, above 600, within 823: not eligible -> eligible
    (2, "1000.00"),  # 500 per person: eligible under both
    (1, "776.00"),  # exactly the 2022 criterion: eligible under both
    (1, "1010.01"),  # a grosz above the 2025 criterion: not eligible under both
    None,  # no statement: unknown under both, households missing
)


def ltu_by_law_date() -> Comparison:
    return compare(
        [LONG_TERM_UNEMPLOYED],
        [LONG_TERM_UNEMPLOYED],
        Population.from_persons(UNEMPLOYED),
        URP_FIRST_DAY,
        baseline_law_on=UPZ_LAST_DAY,
        variant_law_on=URP_FIRST_DAY,
    )


# -- counts computed by hand from the law ----------------------------------------------------


def test_the_2025_act_leaves_adult_vocational_preparation_unsettled() -> None:
    c = ltu_by_law_date()
    t = c.transitions(LTU)
    expected = np.zeros((4, 4), dtype=np.int64)
    expected[STATES.index("not_eligible"), STATES.index("unknown")] = 1
    expected[STATES.index("eligible"), STATES.index("eligible")] = 1
    expected[STATES.index("not_eligible"), STATES.index("not_eligible")] = 1
    expected[STATES.index("refused"), STATES.index("refused")] = 1
    assert t.counts.tolist() == expected.tolist()
    assert (t.changed, t.total) == (1, 4)
    assert (t.baseline, t.variant) == (LTU, LTU)
    assert c.changed().tolist() == [True, False, False, False]
    assert c.changed(LTU).tolist() == [True, False, False, False]
    rows = c.changes().columns
    assert rows["person_id"].tolist() == [0]
    assert rows[f"{LTU}_baseline"].tolist() == ["not_eligible"]
    assert rows[f"{LTU}_variant"].tolist() == ["unknown"]
    assert rows[f"{LTU}_baseline_missing"].tolist() == [""]
    assert rows[f"{LTU}_variant_missing"].tolist() == ["law"]
    assert c.missing_facts(LTU) == [((), ("law",)), ((), ()), ((), ()), (None, None)]
    assert c.baseline.law_on == UPZ_LAST_DAY and c.variant.law_on == URP_FIRST_DAY


def test_income_criteria_of_2022_against_2025() -> None:
    c = compare(
        [INCOME_WITHIN_CRITERION],
        [INCOME_WITHIN_CRITERION],
        INCOMES,
        date(2025, 6, 1),
        baseline_law_on=date(2022, 6, 1),
    )
    assert c.transitions(INCOME).to_dict() == {
        "eligible": {"eligible": 2, "not_eligible": 0, "unknown": 0, "refused": 0},
        "not_eligible": {"eligible": 2, "not_eligible": 1, "unknown": 0, "refused": 0},
        "unknown": {"eligible": 0, "not_eligible": 0, "unknown": 1, "refused": 0},
        "refused": {"eligible": 0, "not_eligible": 0, "unknown": 0, "refused": 0},
    }
    assert c.changed().tolist() == [True, True, False, False, False, False]
    everyone = c.changes(everyone=True).columns
    assert everyone[f"{INCOME}_baseline_missing"].tolist()[-1] == "households"
    assert everyone[f"{INCOME}_variant_missing"].tolist()[-1] == "households"
    assert everyone["error"].tolist() == [None] * 6


def test_a_recruitment_category_more() -> None:
    inside = Address(gmina="Wałbrzych", street="1 Maja", house_number="3")
    outside = Address(gmina="Świebodzice", street="Główna", house_number="7")
    from integra import CertificateSource, DisabilityCertificate, DisabilityDegree

    def resident(address: Address, certified: bool) -> Person:
        certificates = (
            [
                DisabilityCertificate(
                    CertificateSource.DEGREE,
                    date(2020, 1, 1),
                    DateRange(date(2020, 1, 1)),
                    DisabilityDegree.MODERATE,
                )
            ]
            if certified
            else []
        )
        return Person(
            date(1980, 1, 1),
            Sex.FEMALE,
            residences=[Residence(address, DateRange(date(1980, 1, 1)))],
            registrations=[],
            benefit_awards=[],
            certificates=certificates,
        )

    pop = Population.from_persons(
        [resident(inside, True), resident(inside, False), resident(outside, True)]
    )
    c = compare([CALL], [CALL_PLUS], pop, date(2024, 3, 1), pairs=PAIRS)
    assert c.pairs == (("regional_call", "regional_call_plus"),)
    # Only the resident of the area with a moderate degree gains: the new category admits her.
    assert c.changed().tolist() == [True, False, False]
    t = c.transitions("regional_call_plus")  # either name finds the pair
    assert t.count("not_eligible", "eligible") == 1 and t.changed == 1
    assert t.count("not_eligible", "not_eligible") == 2


# -- one person side by side, and from when --------------------------------------------------


def test_explain_side_by_side() -> None:
    c = ltu_by_law_date()
    (pair,) = c.explain(0)
    assert isinstance(pair, SideBySide)
    assert (pair.baseline.outcome.value, pair.variant.outcome.value) == (
        "not_eligible",
        "unknown",
    )
    assert pair.changed
    text = pair.explain()
    assert text.splitlines()[0] == "baseline (law of 2025-05-31):"
    assert "variant (law of 2025-06-01):" in text.splitlines()
    assert "(URP)" in text and "(UPZ)" in text
    assert c.explain(1, LTU)[0].changed is False
    with pytest.raises(InvalidValue, match=r"Person\.birth_date"):
        c.explain(3)
    with pytest.raises(InvalidValue, match="no pair of rules is named 'nothing'"):
        c.explain(0, "nothing")


def test_eligible_from_on_each_side() -> None:
    pop = Population.from_persons([Person(date(2010, 3, 1), Sex.MALE)])
    c = compare(
        [all_of(AgeBetween(18), name="adult")],
        [all_of(AgeBetween(16), name="adult")],
        pop,
        date(2024, 1, 1),
    )
    assert c.eligible_from(0, "adult") == (date(2028, 3, 1), date(2026, 3, 1))
    assert c.eligible_from(0, "adult", until=date(2027, 1, 1)) == (None, date(2026, 3, 1))
    # A side with a fixed law date keeps it: registered from 2025-01-01 with 60 days of adult
    # vocational preparation (2025-02-01..2025-04-01).
    lt = compare(
        [LONG_TERM_UNEMPLOYED],
        [LONG_TERM_UNEMPLOYED],
        Population.from_persons(
            [
                registered(
                    date(2025, 1, 1),
                    (
                        ExclusionKind.ADULT_VOCATIONAL_PREPARATION,
                        date(2025, 2, 1),
                        date(2025, 4, 1),
                    ),
                )
            ]
        ),
        URP_FIRST_DAY,
        baseline_law_on=UPZ_LAST_DAY,
        variant_law_on=URP_FIRST_DAY,
    )
    before, after = lt.eligible_from(0, LTU)
    # 2025-01-01..2026-02-25 is 421 days, 60 of them excluded: 361, more than 360 (UPZ); on
    # 2026-02-24 only 360. Under URP the same day: before it, counting or not the adult
    # vocational preparation decides, so the answer is unknown, not eligible.
    assert before == date(2026, 2, 25)
    assert after == before


# -- breakdowns ------------------------------------------------------------------------------


def test_transitions_by_a_person_column() -> None:
    people = [Person(date(y, 1, 1), s) for y, s in ((1996, Sex.MALE), (1996, Sex.FEMALE))]
    people += [Person(date(1990, 1, 1), Sex.FEMALE), Person(date(2030, 1, 1), Sex.MALE)]
    pop = Population.from_persons(people)
    c = compare([young(25)], [young(30)], pop, date(2024, 1, 1))
    by_sex = c.transitions_by("young", pop.female)
    assert list(by_sex) == [False, True]
    assert by_sex[False].count("not_eligible", "eligible") == 1
    assert by_sex[False].count("refused", "refused") == 1
    assert by_sex[True].count("not_eligible", "eligible") == 1
    assert by_sex[True].count("not_eligible", "not_eligible") == 1
    # Keys that do not sort (text and None) come in order of appearance.
    bands = age_bands(pop, date(2024, 1, 1), (18, 30))
    assert bands.tolist() == ["18-29", "18-29", "30+", None]
    by_band = c.transitions_by("young", bands)
    assert list(by_band) == ["18-29", "30+", None]
    assert by_band["18-29"].changed == 2 and by_band["30+"].changed == 0
    with pytest.raises(InvalidValue, match="one value per person"):
        c.transitions_by("young", [True])


@given(st.integers(0, 2**16), st.sampled_from((UPZ_LAST_DAY, URP_FIRST_DAY, date(2024, 2, 29))))
def test_breakdowns_add_up(seed: int, on: date) -> None:
    pop = generate(80, seed=seed)
    c = compare(BASELINE, VARIANT, pop, on, baseline_law_on=date(2022, 6, 1), pairs=PAIRS)
    for first, _ in c.pairs:
        whole = c.transitions(first).counts
        assert whole.sum() == len(pop)
        for key in (pop.female, gmina_on(pop, on), age_bands(pop, on, (18, 25, 50, 60))):
            parts = c.transitions_by(first, key)
            assert sum(t.counts for t in parts.values()).tolist() == whole.tolist()
        long = c.transition_table().columns
        mine = long["rule"] == first
        assert int(long["persons"][mine].sum()) == len(pop)
        assert set(long["baseline"][mine]) <= set(STATES)


def test_gmina_on_reads_the_residence_of_the_date() -> None:
    pop = generate(300, seed=2)
    gminas = gmina_on(pop, date(2024, 1, 1))
    for i in range(len(pop)):
        residence = pop.person_at(i).residence_on(date(2024, 1, 1))
        assert gminas[i] == (None if residence is None else residence.address.gmina), i


def test_age_bands_refuse_bad_bounds() -> None:
    pop = Population.from_persons([])
    for bounds in ((), (-1, 18), (30, 18), (18, 18)):
        with pytest.raises(InvalidValue, match="age bounds"):
            age_bands(pop, date(2024, 1, 1), bounds)
    assert age_bands(pop, date(2024, 1, 1), (0,)).tolist() == []


# -- pairing ---------------------------------------------------------------------------------


def test_pairing_by_name_and_by_position() -> None:
    pop = Population.from_persons([Person(date(1996, 1, 1), Sex.MALE)])
    on = date(2024, 1, 1)
    a, b = all_of(AgeBetween(18, 25), name="a"), all_of(AgeBetween(18, 30), name="b")
    # By name, in the baseline's order, whatever the variant's order.
    assert compare([WORKING_AGE, a], [a, WORKING_AGE], pop, on).pairs == (
        ("working_age", "working_age"),
        ("a", "a"),
    )
    assert compare([a, WORKING_AGE], [b, WORKING_AGE], pop, on, pairs={"a": "b"}).pairs == (
        ("a", "b"),
        ("working_age", "working_age"),
    )
    by_position = compare([a, b], [b, a], pop, on, pairing=Pairing.POSITION)
    assert by_position.pairs == (("a", "b"), ("b", "a"))
    # A name finds the pair of the baseline's rule first.
    assert by_position.transitions("a").variant == "b"
    assert by_position.transitions("b").variant == "a"


@pytest.mark.parametrize(
    ("baseline", "variant", "options", "message"),
    [
        (["a"], ["b"], {}, "the baseline's rule 'a' has no partner in the variant"),
        (["a"], ["a", "b"], {}, "the variant's rule 'b' has no partner in the baseline"),
        (["a", "b"], ["a"], {"pairing": Pairing.POSITION}, "the baseline's rule 'b' has no"),
        (["a"], ["a", "b"], {"pairing": Pairing.POSITION}, "the variant's rule 'b' has no"),
        (["a"], ["b"], {"pairing": Pairing.POSITION, "pairs": {"a": "b"}}, "pair by name"),
        (["a"], ["b"], {"pairs": {"c": "b"}}, "'c', which is not a rule of the baseline"),
        (["a"], ["b"], {"pairs": {"a": "c"}}, "'c', which is not a rule of the variant"),
        (["a", "b"], ["b"], {"pairs": {"a": "b"}}, "the baseline's rule 'b' has no partner"),
        (["a", "b"], ["a"], {"pairs": {"a": "a", "b": "a"}}, "with two rules of the baseline"),
        (["a", "a"], ["a"], {}, "the baseline's rules must have different names"),
        (["a"], ["a", "a"], {}, "the variant's rules must have different names"),
        (["a"], ["a"], {"pairing": "name"}, "pairing must be a Pairing"),
    ],
)
def test_pairing_errors_name_the_rule(
    baseline: list[str], variant: list[str], options: dict[str, Any], message: str
) -> None:
    def rules(names: list[str]) -> list[Rule]:
        return [all_of(WORKING_AGE, name=n) for n in names]

    pop = Population.from_persons([])
    with pytest.raises(InvalidValue, match=message) as raised:
        compare(rules(baseline), rules(variant), pop, date(2024, 1, 1), **options)
    assert isinstance(raised.value, IntegraError)


def test_only_rules_and_dates() -> None:
    pop = Population.from_persons([])
    with pytest.raises(InvalidValue, match="the variant's item 1 is not a rule"):
        compare([WORKING_AGE], [WORKING_AGE, "age"], pop, date(2024, 1, 1))  # type: ignore[list-item]
    with pytest.raises(InvalidValue, match=r"datetime\.date"):
        compare([WORKING_AGE], [WORKING_AGE], pop, date(2024, 1, 1), variant_law_on="2024-01-01")  # type: ignore[arg-type]


def test_the_same_rules_under_the_same_law_are_screened_once() -> None:
    pop = generate(50, seed=4)
    c = compare(
        [WORKING_AGE, LONG_TERM_UNEMPLOYED],
        [WORKING_AGE, LONG_TERM_UNEMPLOYED],
        pop,
        date(2024, 1, 1),
        variant_law_on=date(2024, 1, 1),
    )
    assert c.variant is c.baseline
    assert not c.changed().any()
    assert c.transitions(LTU).changed == 0
    other = compare(
        [WORKING_AGE], [WORKING_AGE], pop, date(2024, 1, 1), variant_law_on=date(2023, 1, 1)
    )
    assert other.variant is not other.baseline


# -- tables, DataFrames, chart, texts ----------------------------------------------------------


def test_tables_and_dataframes_hold_the_same() -> None:
    c = ltu_by_law_date()
    table = c.changes(everyone=True)
    assert len(table) == 4
    assert repr(table).startswith(
        "<ComparisonTable of 4 rows: person_id, error, long_term_unemployed"
    )
    df = c.changes(everyone=True).to_pandas()
    assert df[f"{LTU}_variant"].tolist()[:3] == ["unknown", "eligible", "not_eligible"]
    assert df[f"{LTU}_variant"].isna().tolist() == [False, False, False, True]
    arrow = c.changes(everyone=True).to_arrow()
    assert arrow.column(f"{LTU}_variant").to_pylist() == [
        "unknown",
        "eligible",
        "not_eligible",
        None,
    ]
    assert str(arrow.schema.field("error").type) == "string"
    polars = c.changes(everyone=True).to_polars()
    assert polars[f"{LTU}_baseline"].to_list() == ["not_eligible", "eligible", "not_eligible", None]
    assert polars["error"].to_list()[3] == "the evaluation date is before Person.birth_date"
    assert c.to_pandas()["person_id"].tolist() == [0]
    assert c.to_pandas(LTU)["person_id"].tolist() == [0]
    assert c.to_arrow().num_rows == 1
    assert c.to_polars().height == 1
    matrix = c.transitions(LTU).to_pandas()
    assert matrix.loc["not_eligible", "unknown"] == 1
    assert (matrix.index.name, matrix.columns.name) == ("baseline", "variant")
    long = c.transition_table(np.array(["a", "a", "b", "b"]), "group").to_pandas()
    assert long.to_dict("records")[0] == {
        "rule": LTU,
        "variant_rule": LTU,
        "group": "a",
        "baseline": "eligible",
        "variant": "eligible",
        "persons": 1,
    }
    assert int(long["persons"].sum()) == 4


def test_plot_returns_a_figure_per_pair() -> None:
    c = ltu_by_law_date()
    figure = c.plot()
    (ax,) = figure.axes
    assert ax.get_title() == f"{LTU}: 1 of 4 changed"
    # A long title is wrapped within the figure rather than cut at its edges.
    assert ax.title.get_wrap()
    # Someone was refused: the refused row and column are shown.
    assert [t.get_text() for t in ax.get_yticklabels()] == [s.replace("_", " ") for s in STATES]
    assert ax.get_xlabel() == "variant (law of 2025-06-01)"
    assert ax.get_ylabel() == "baseline (law of 2025-05-31)"
    texts = sorted(t.get_text() for t in ax.texts)
    assert texts == sorted(["1", "0", "0", "0", "0", "1", "1", "0"] + ["0"] * 7 + ["1"])
    two = compare(BASELINE, VARIANT, INCOMES, date(2025, 6, 1), pairs=PAIRS).plot(
        [INCOME, "regional_call"]
    )
    assert len(two.axes) == 2
    assert len(two.axes[0].get_yticklabels()) == 3  # no one refused: three outcomes


def test_texts_say_no_personal_data() -> None:
    income = "1234.56"
    p = Person(
        date(1980, 1, 1),
        Sex.MALE,
        reference="MOPS/2024/77",
        households=[Household(1, Decimal(income))],
    )
    c = compare(
        [INCOME_WITHIN_CRITERION],
        [INCOME_WITHIN_CRITERION],
        Population.from_persons([p]),
        date(2025, 6, 1),
        baseline_law_on=date(2022, 6, 1),
    )
    (pair,) = c.explain(0)
    texts = [repr(c), repr(c.transitions(INCOME)), str(c.transitions(INCOME)), repr(pair)]
    texts += [pair.explain(), pair.explain("pl"), repr(c.changes())]
    for text in texts:
        assert income not in text and "1234" not in text and "MOPS" not in text, text
    assert repr(c) == "<Comparison of 1 persons, 1 pair of rules, on 2025-06-01: 0 changed>"
    assert repr(c.transitions(INCOME)) == f"<Transitions of {INCOME}: 0 of 1 changed>"
    assert income in pair.explain(personal=True) or "1234,56" in pair.explain("pl", personal=True)


def test_transitions_text_and_states() -> None:
    t = Transitions("a", "b", np.arange(16).reshape(4, 4))
    assert str(t).splitlines()[0] == "a → b: baseline (rows) → variant (columns)"
    assert str(t).splitlines()[2].split() == ["eligible", "0", "1", "2", "3"]
    assert t.count("refused", "eligible") == 12
    with pytest.raises(InvalidValue, match="a state must be one of"):
        t.count("eligible", "maybe")
    assert ComparisonTable({}).__len__() == 0


# -- the scalar path is the reference ----------------------------------------------------------


def assert_rows_agree(c: Comparison, on: date, law: tuple[date | None, date | None]) -> None:
    pop = c.population
    table = c.changes(everyone=True).columns
    rules = (
        {r.name: r for r in c.baseline.rules},
        {r.name: r for r in c.variant.rules},
    )
    for first, second in c.pairs:
        tally: Counter[tuple[str, str]] = Counter()
        for i in range(len(pop)):
            person = pop.person_at(i)
            states = []
            for side, (name, law_on) in enumerate(((first, law[0]), (second, law[1]))):
                label = ("baseline", "variant")[side]
                outcome = table[f"{first}_{label}"][i]
                missing = table[f"{first}_{label}_missing"][i]
                try:
                    ctx = Context(person, on, law_on)
                except InvalidValue:
                    assert outcome is None and missing is None, (first, i)
                    assert (c.baseline, c.variant)[side].codes[name][i] == REFUSED
                    states.append("refused")
                    continue
                verdict = rules[side][name].evaluate_in(ctx)
                assert outcome == verdict.outcome.value, (first, label, i)
                expected = {f.value for f in verdict.missing_facts}
                assert set(filter(None, missing.split(", "))) == (
                    expected if verdict.outcome.value == "unknown" else set()
                ), (first, label, i)
                states.append(verdict.outcome.value)
            tally[(states[0], states[1])] += 1
            assert bool(c.changed(first)[i]) == (states[0] != states[1]), (first, i)
        counts = c.transitions(first).counts
        assert {
            (STATES[a], STATES[b]): int(counts[a, b])
            for a, b in zip(*np.nonzero(counts), strict=True)
        } == dict(tally)


@given(
    st.lists(persons(), min_size=1, max_size=6),
    days,
    st.one_of(st.none(), days),
    st.one_of(st.none(), days),
)
def test_every_row_is_both_sides_scalar_verdicts(
    people: list[Person], on: date, baseline_law_on: date | None, variant_law_on: date | None
) -> None:
    c = compare(
        BASELINE,
        VARIANT,
        Population.from_persons(people),
        on,
        baseline_law_on=baseline_law_on,
        variant_law_on=variant_law_on,
        pairs=PAIRS,
    )
    assert_rows_agree(c, on, (baseline_law_on, variant_law_on))


@given(st.integers(0, 2**16), st.sampled_from((UPZ_LAST_DAY, URP_FIRST_DAY, date(2025, 1, 1))))
def test_generated_caseloads_agree_with_the_scalar_rules(seed: int, law_on: date) -> None:
    pop = generate(40, seed=seed)
    on = URP_FIRST_DAY
    c = compare(BASELINE, VARIANT, pop, on, baseline_law_on=law_on, variant_law_on=on, pairs=PAIRS)
    assert_rows_agree(c, on, (law_on, on))
