"""Building a population: every column checked, nothing coerced, no row lost; DataFrames in and
out; results and explanations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import BornIn1990
from integra import (
    Address,
    DateRange,
    ExclusionKind,
    Household,
    IntegraError,
    Person,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.bulk import SCHEMAS, Frame, Population, generate, screen
from integra.bulk.generate import EXAMPLE_AREA, generate_tables
from integra.periods import months_period
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    WORKING_AGE,
    Context,
    Fact,
    Outcome,
    Rule,
    pai_target_group_in_area,
)
from integra.rules.unemployment import _latest_start

D = "datetime64[D]"


def persons(**extra: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "person_id": np.array([10, 20]),
        "birth_date": np.array(["1980-01-01", "2000-02-29"], D),
        "sex": np.array(["F", "M"]),
    }
    table.update(extra)
    return table


def registrations(**extra: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "person_id": np.array([20, 20]),
        "start": np.array(["2022-01-01", "2023-01-01"], D),
        "end": np.array(["2022-12-31", "NaT"], D),
    }
    table.update(extra)
    return table


def message(**tables: Any) -> str:
    with pytest.raises(IntegraError) as caught:
        Population.from_tables(tables.pop("persons", persons()), **tables)
    return str(caught.value)


def test_a_population_keeps_every_row_and_its_order() -> None:
    pop = Population.from_tables(persons(), registrations=registrations())
    assert pop.ids.tolist() == [10, 20]
    assert len(pop.spans("registrations").start) == 2
    person = pop.person(20)
    assert [r.period for r in person.registrations or ()] == [
        DateRange(date(2022, 1, 1), date(2022, 12, 31)),
        DateRange(date(2023, 1, 1)),
    ]
    assert pop.person(10).registrations == ()


@pytest.mark.parametrize(
    ("tables", "expected"),
    [
        (
            {"persons": {"birth_date": [], "sex": []}},
            "table 'persons', column 'person_id': is missing",
        ),
        (
            {"persons": persons(sex=np.array(["F", "female"]))},
            "table 'persons', column 'sex': holds a value that is not a Sex",
        ),
        (
            {"persons": persons(person_id=np.array([1, 1]))},
            "table 'persons', column 'person_id': has duplicate ids",
        ),
        (
            {"persons": persons(birth_date=np.array([19000, 20000]))},
            "table 'persons', column 'birth_date': must hold dates",
        ),
        (
            {
                "persons": persons(
                    birth_date=np.array(["1980-01-01T12:00", "2000-01-01T00:00"], "datetime64[m]")
                )
            },
            "table 'persons', column 'birth_date': has a time of day",
        ),
        (
            {"persons": persons(birth_date=np.array(["1980-01-01", "NaT"], D))},
            "table 'persons', column 'birth_date': has missing values",
        ),
        (
            {"registrations": registrations(person_id=np.array([20, 30]))},
            "table 'registrations', column 'person_id': has ids that are not in the persons table",
        ),
        (
            {"registrations": registrations(end=np.array(["2021-12-31", "NaT"], D))},
            "table 'registrations', column 'end': has a span ending before it starts",
        ),
        (
            {"registrations": registrations(start=np.array(["1999-01-01", "2023-01-01"], D))},
            "table 'registrations', column 'start': has a span starting before the person's birth",
        ),
        (
            {"registrations": registrations(end=np.array(["2023-01-01", "NaT"], D))},
            "table 'registrations', column 'start': has overlapping spans for one person",
        ),
        (
            {
                "registrations": registrations(),
                "exclusions": {
                    "person_id": [20],
                    "start": np.array(["2022-12-01"], D),
                    "end": np.array(["2023-01-15"], D),
                    "kind": ["internship"],
                },
            },
            "table 'exclusions', column 'start': has a span not within one of the person's registrations",
        ),
        (
            {"exclusions": {"person_id": [], "start": [], "end": [], "kind": []}},
            "table 'exclusions' needs the table 'registrations'",
        ),
        (
            {"households": {"person_id": [10], "members": [2], "income_grosz": [1000.5]}},
            "table 'households', column 'income_grosz': has a value that is not a whole number (row 0)",
        ),
        (
            {"households": {"person_id": [10, 10], "members": [2, 1], "income_grosz": [1, 2]}},
            "table 'households', column 'start': has more than one statement without validity",
        ),
        (
            {
                "households": {
                    "person_id": [10, 10],
                    "members": [2, 1],
                    "income_grosz": [1, 2],
                    "start": np.array(["2020-01-01", "2020-06-01"], D),
                    "end": np.array(["2020-12-31", "2021-06-01"], D),
                }
            },
            "table 'households', column 'start': has statements with overlapping validity",
        ),
        (
            {
                "households": {
                    "person_id": [10],
                    "members": [2],
                    "income_grosz": [1],
                    "start": np.array(["NaT"], D),
                    "end": np.array(["2021-06-01"], D),
                }
            },
            "table 'households', column 'start': is missing where an end is given",
        ),
        (
            {
                "residences": {
                    "person_id": [10],
                    "start": [date(1990, 1, 1)],
                    "end": [None],
                    "gmina": [""],
                    "house_number": ["1"],
                }
            },
            "table 'residences', column 'gmina': has empty text; leave the value missing instead",
        ),
        (
            {
                "residences": {
                    "person_id": [10],
                    "start": [date(1990, 1, 1)],
                    "end": [None],
                    "gmina": [None],
                    "house_number": ["1"],
                }
            },
            "table 'residences', column 'gmina': has missing values",
        ),
        (
            {"households": {"person_id": [10], "members": [0], "income_grosz": [1]}},
            "table 'households', column 'members': has a value below 1",
        ),
        (
            {"households": {"person_id": [10], "members": [1], "income_grosz": [-1]}},
            "table 'households', column 'income_grosz': has a negative value",
        ),
        (
            {"persons": persons(sex=np.array([["F"], ["M"]]))},
            "table 'persons', column 'sex': must be one-dimensional",
        ),
        (
            {"persons": persons(sex=np.array([1, "F"], dtype=object))},
            "table 'persons', column 'sex': must hold Sex values as text",
        ),
        (
            {"persons": persons(sex=np.array([1, 2]))},
            "table 'persons', column 'sex': must hold Sex values as text",
        ),
        (
            {"persons": persons(sex=np.array([None, "F"], dtype=object))},
            "table 'persons', column 'sex': has missing values",
        ),
        (
            {"persons": persons(person_id=np.array(["A", None], dtype=object))},
            "table 'persons', column 'person_id': has missing values (row 1)",
        ),
        (
            {"persons": persons(person_id=np.array([1.0, 2.0]))},
            "table 'persons', column 'person_id': must hold integers or text, not float64",
        ),
        (
            {"registrations": registrations(person_id=np.array(["20", "20"]))},
            "table 'registrations', column 'person_id': has ids that are not in the persons table",
        ),
        (
            {
                "households": {
                    "person_id": [10],
                    "members": [2],
                    "income_grosz": [1],
                    "start": np.array(["2021-06-01"], D),
                    "end": np.array(["2021-01-01"], D),
                }
            },
            "table 'households', column 'end': has a statement ending before it starts",
        ),
        (
            {
                "residences": {
                    "person_id": [10],
                    "start": [date(1990, 1, 1)],
                    "end": [None],
                    "gmina": np.array([1], dtype=object),
                    "house_number": ["1"],
                }
            },
            "table 'residences', column 'gmina': must hold text",
        ),
        (
            {
                "residences": {
                    "person_id": [10],
                    "start": [date(1990, 1, 1)],
                    "end": [None],
                    "gmina": np.array([1]),
                    "house_number": ["1"],
                }
            },
            "table 'residences', column 'gmina': must hold text, not int64",
        ),
        ({"pets": {}}, "unknown tables: pets"),
        ({"persons": persons(registrations_collected=np.array([1, 0]))}, "must hold booleans"),
        (
            {"persons": persons(households_collected=np.array([True, False]))},
            "says collected but no 'households' table was given",
        ),
        ({"persons": [1, 2]}, "table 'persons' must be a pandas, polars or pyarrow table"),
        (
            {"persons": {"person_id": [1, 2], "birth_date": [date(1990, 1, 1)], "sex": ["F", "M"]}},
            "table 'persons': columns have different lengths",
        ),
    ],
)
def test_bad_tables_are_named_never_their_values(tables: dict[str, Any], expected: str) -> None:
    text = message(**tables)
    assert expected in text
    assert "1000.5" not in text and "female" not in text


def test_collected_flags_say_who_was_asked() -> None:
    pop = Population.from_tables(
        persons(registrations_collected=np.array([False, True])), registrations=registrations()
    )
    assert pop.collected("registrations").tolist() == [False, True]
    assert pop.collected("situations").tolist() == [False, False]
    assert pop.person(10).registrations is None
    assert pop.person(20).situations is None
    result = screen([REGISTERED_UNEMPLOYED], pop, date(2024, 1, 1))
    assert result.outcomes("registered_unemployed").tolist() == ["unknown", "eligible"]
    assert result.missing_facts("registered_unemployed") == [("registrations",), ()]
    text = message(
        persons=persons(registrations_collected=np.array([True, False])),
        registrations=registrations(),
    )
    assert "has rows for a person whose history is marked not collected" in text
    back = Population.from_persons([pop.person(10), pop.person(20)], ids=[10, 20])
    assert back.collected("registrations").tolist() == [False, True]
    assert back.collected("situations").tolist() == [False, False]


def test_columns_from_any_iterable_and_unknown_ids() -> None:
    pop = Population.from_tables(
        {"person_id": range(2), "birth_date": (date(1990, 1, 1), date(1991, 1, 1)), "sex": "FM"}
    )
    assert pop.ids.tolist() == [0, 1]
    with pytest.raises(IntegraError, match="no person with this person_id"):
        pop.person(99)
    with pytest.raises(IntegraError, match="no person with this person_id"):
        pop.person("0")
    frame = Frame(generate(50, seed=2), date(2024, 1, 1))
    plain = frame.days_in("registrations", frame.day - 700, frame.day, less="exclusions")
    kinds = frame.days_in(
        "registrations", frame.day - 700, frame.day, less="exclusions", kinds=list(ExclusionKind)
    )
    assert plain.tolist() == kinds.tolist()


def test_law_assumed_unchanged_past_the_review_date() -> None:
    pop = generate(30, seed=9)
    later = date(2100, 1, 1)
    result = screen([INCOME_WITHIN_CRITERION], pop, later)
    verdict = INCOME_WITHIN_CRITERION.evaluate(pop.person_at(0), later)
    assert result.certainty("income_within_criterion") is verdict.certainty
    assert verdict.certainty.value == "assumed_unchanged"


def test_dates_as_python_dates_and_text_ids() -> None:
    pop = Population.from_tables(
        {
            "person_id": ["A", "B"],
            "birth_date": [date(1990, 1, 1), date(1991, 1, 1)],
            "sex": ["F", "M"],
        },
        situations={
            "person_id": np.array(["B"], dtype=object),
            "start": [date(2020, 1, 1)],
            "end": [None],
            "situation": [SocialSituation.POVERTY],
        },
    )
    assert pop.person("B").situations == (
        SituationSpell(SocialSituation.POVERTY, DateRange(date(2020, 1, 1))),
    )
    with pytest.raises(IntegraError, match="no person with this person_id"):
        pop.person("C")
    with pytest.raises(IntegraError, match="no person with this person_id"):
        pop.person(1)
    with pytest.raises(IntegraError, match="has a time of day"):
        Population.from_tables(
            {"person_id": [1], "birth_date": [datetime(1990, 1, 1, 5)], "sex": ["F"]}
        )


def test_from_persons_round_trips_and_refuses_fractions_of_a_grosz() -> None:
    p = Person(
        date(1990, 5, 5),
        Sex.FEMALE,
        registrations=[Registration(DateRange(date(2020, 1, 1), date(2020, 6, 30)))],
        households=[Household(3, Decimal("1234.56"))],
        residences=[
            Residence(
                Address(gmina="Nysa", street="Rynek", house_number="1", flat="2"),
                DateRange(date(1990, 5, 5)),
            )
        ],
    )
    assert Population.from_persons([p], ids=["X"]).person("X") == p
    with pytest.raises(IntegraError, match="whole number of grosze"):
        Population.from_persons(
            [Person(date(1990, 1, 1), Sex.MALE, households=[Household(1, Decimal("0.005"))])]
        )
    with pytest.raises(IntegraError, match="one id for each person"):
        Population.from_persons([p], ids=[1, 2])


def test_screening_columns_and_explanations() -> None:
    pop = generate(300, seed=11)
    rules = [LONG_TERM_UNEMPLOYED, INCOME_WITHIN_CRITERION, pai_target_group_in_area(EXAMPLE_AREA)]
    result = screen(rules, pop, date(2024, 3, 1))
    cols = result.columns()
    assert list(cols) == [
        "person_id",
        "error",
        *[f"{r.name}{suffix}" for r in rules for suffix in ("", "_missing", "_certainty")],
    ]
    unknown = np.flatnonzero(result.outcomes("income_within_criterion") == "unknown")
    assert len(unknown) > 0
    assert all(cols["income_within_criterion_missing"][i] == "households" for i in unknown)
    first = int(pop.ids[unknown[0]])
    verdicts = result.explain(first)
    assert [v.rule for v in verdicts] == rules
    assert verdicts[1].outcome is Outcome.UNKNOWN
    assert result.certainty("long_term_unemployed") is not None
    assert repr(result).startswith("<Screening of 300 persons")
    assert repr(pop) == "<Population of 300 persons>"
    with pytest.raises(IntegraError, match="no rule named"):
        result.outcomes("nothing")
    with pytest.raises(IntegraError, match="no rule named"):
        result.certainty("nothing")
    with pytest.raises(IntegraError, match="different names"):
        screen([WORKING_AGE, WORKING_AGE], pop, date(2024, 1, 1))
    # Persons born after the date are refused, not a reason to stop.
    assert screen([WORKING_AGE], pop, date(1990, 1, 1)).refused.any()
    with pytest.raises(IntegraError, match=r"datetime\.date"):
        screen([WORKING_AGE], pop, datetime(2024, 1, 1))


def test_no_law_on_the_law_date_is_unknown_with_the_law_missing() -> None:
    result = screen(
        [LONG_TERM_UNEMPLOYED], generate(20, seed=1), date(2024, 1, 1), law_on=date(2001, 1, 1)
    )
    assert set(result.outcomes("long_term_unemployed")) == {"unknown"}
    assert result.missing_facts("long_term_unemployed")[0] == (Fact.LAW.value,)
    # No law before the act: the answer rests on no law, and says so.
    assert result.certainty("long_term_unemployed").value == "no_law"


def test_a_condition_without_a_kernel_falls_back_person_by_person() -> None:
    class Always(Rule):
        """Always eligible: a rule that is not a condition."""

        rule_name = "always"

        @property
        def label(self) -> Any:
            return WORKING_AGE.label

        def _check(self, ctx: Context) -> Any:
            return Outcome.ELIGIBLE, None, ()

    rule = BornIn1990(law=None)
    pop = Population.from_persons(
        [Person(date(1990, 1, 1), Sex.MALE), Person(date(1991, 1, 1), Sex.MALE)]
    )
    result = screen(
        [rule, rule & REGISTERED_UNEMPLOYED, WORKING_AGE, Always()], pop, date(2024, 1, 1)
    )
    assert result.fell_back == ("born_1990", "all_of", "always")
    assert result.outcomes("always").tolist() == ["eligible", "eligible"]
    assert result.outcomes("born_1990").tolist() == ["eligible", "not_eligible"]


def test_pandas_in_and_out() -> None:
    pd = pytest.importorskip("pandas")
    tables = generate_tables(200, seed=3)
    frames = {name: pd.DataFrame(table) for name, table in tables.items()}
    pop = Population.from_tables(frames.pop("persons"), **frames)
    expected = screen([INCOME_WITHIN_CRITERION], generate(200, seed=3), date(2024, 1, 1))
    result = screen([INCOME_WITHIN_CRITERION], pop, date(2024, 1, 1))
    df = result.to_pandas()
    assert (
        df["income_within_criterion"].tolist()
        == expected.outcomes("income_within_criterion").tolist()
    )
    assert str(df["income_within_criterion"].dtype) == "category"
    with pytest.raises(IntegraError, match="is not a whole number"):
        Population.from_tables(
            pd.DataFrame(
                {"person_id": [1], "birth_date": [pd.Timestamp("1990-01-01")], "sex": ["F"]}
            ),
            households=pd.DataFrame({"person_id": [1], "members": [1], "income_grosz": [12.5]}),
        )


def test_arrow_in_and_out() -> None:
    pa = pytest.importorskip("pyarrow")
    tables = generate_tables(200, seed=4)
    arrow = {name: pa.table(table) for name, table in tables.items()}
    pop = Population.from_tables(arrow.pop("persons"), **arrow)
    result = screen([LONG_TERM_UNEMPLOYED], pop, date(2024, 1, 1))
    expected = screen([LONG_TERM_UNEMPLOYED], generate(200, seed=4), date(2024, 1, 1))
    out = result.to_arrow()
    assert (
        out.column("long_term_unemployed").to_pylist()
        == expected.outcomes("long_term_unemployed").tolist()
    )


def test_polars_in_and_out() -> None:
    pl = pytest.importorskip("polars")
    tables = generate_tables(100, seed=5)
    frames = {name: pl.DataFrame(table) for name, table in tables.items()}
    pop = Population.from_tables(frames.pop("persons"), **frames)
    result = screen([LONG_TERM_UNEMPLOYED], pop, date(2024, 1, 1))
    assert result.to_polars().height == 100


def test_per_date_cutoffs_match_the_scalar_rules() -> None:
    for on in (date(2024, 2, 29), date(2023, 3, 1), date(2024, 8, 31), date(2025, 6, 1)):
        for months in (6, 12):
            latest = _latest_start(on, months)
            assert latest is not None
            assert months_period(latest, months).last < on
            assert months_period(latest + (date(2000, 1, 2) - date(2000, 1, 1)), months).last >= on
    pop = Population.from_persons([Person(date(2004, 2, 29), Sex.MALE)])
    assert Frame(pop, date(2022, 2, 28)).born_by(18).tolist() == [True]
    assert Frame(pop, date(2022, 2, 27)).born_by(18).tolist() == [False]
    assert Frame(pop, date(2004, 2, 29)).born_by(0).tolist() == [True]


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.sampled_from((1, 6, 12, 24)))
def test_the_latest_start_is_exact(on: date, months: int) -> None:
    latest = _latest_start(on, months)
    assert latest is not None
    one = date(2000, 1, 2) - date(2000, 1, 1)
    assert months_period(latest, months).last < on <= months_period(latest + one, months).last


def test_schemas_document_every_column() -> None:
    for table, columns in SCHEMAS.items():
        for column in columns:
            assert column.doc, (table, column.name)


def test_certificates_without_a_degree_column_rank_by_their_source() -> None:
    # Person 10: invalidity group II (moderate by equivalence) valid on the date, plus an
    # expired group I; person 20: a partial-incapacity ZUS certificate (light).
    certificates = {
        "person_id": np.array([10, 10, 20]),
        "source": np.array(
            ["invalidity_group_ii", "invalidity_group_i", "zus_partial_work_incapacity"]
        ),
        "issued_on": np.array(["1995-01-01", "1990-01-01", "2020-01-01"], D),
        "start": np.array(["1995-01-01", "1990-01-01", "2020-01-01"], D),
        "end": np.array(["NaT", "1994-12-31", "NaT"], D),
    }
    pop = Population.from_tables(persons(), certificates=certificates)
    on = date(2024, 1, 1)
    result = screen([SIGNIFICANT_OR_MODERATE_DISABILITY], pop, on)
    outcomes = result.outcomes(SIGNIFICANT_OR_MODERATE_DISABILITY.name)
    scalar = [SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(p, on).outcome for p in pop.persons()]
    assert [o.value for o in scalar] == ["eligible", "not_eligible"]
    assert outcomes.tolist() == [o.value for o in scalar]
