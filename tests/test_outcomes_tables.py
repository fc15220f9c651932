"""Reading a cohort from tables: hand-built tables give the cohort built by hand and the same
indicators, whatever library or file holds them; the strict mode names the table, column,
reason and row of the first bad row; the tolerant mode keeps exactly the participants with no
bad row, as the strict mode would build them from the good rows alone."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import integra.outcomes
from integra import IntegraError, Sex
from integra.errors import InvalidValue
from integra.outcomes import (
    COMMON_RESULT_INDICATORS,
    EMPLOYMENT_EFFECTIVENESS,
    SOCIAL_EFFECTIVENESS,
    SOCIAL_EMPLOYMENT_EFFECTIVENESS,
    Category,
    Cohort,
    CohortRead,
    Employment,
    EmploymentKind,
    ExitReason,
    IndicatorResult,
    LabourStatus,
    Participant,
    ProgressForm,
    Result,
    ResultKind,
    SupportEpisode,
    cohort_from_tables,
    evaluate,
    tables_from_cohort,
)
from integra.outcomes.eu2021 import SOCIAL_SITUATION_IMPROVED
from integra.outcomes.tables import SCHEMAS, arrow_schema
from integra.strategies.outcomes import cohorts

AS_OF = date(2020, 12, 31)
ENTRY = date(2019, 6, 3)
LEFT = date(2020, 1, 31)


def fourteen(cohort: Cohort, as_of: date = AS_OF) -> list[IndicatorResult]:
    """The fourteen indicators of the outcomes guide, with their breakdowns."""
    out = []
    for group in (None, Category.AT_RISK, Category.SEVERE_DISABILITY):
        for definition in (
            SOCIAL_EFFECTIVENESS,
            EMPLOYMENT_EFFECTIVENESS,
            SOCIAL_EMPLOYMENT_EFFECTIVENESS,
        ):
            out.append(evaluate(definition, cohort, as_of, group))
    for definition in (*COMMON_RESULT_INDICATORS, SOCIAL_SITUATION_IMPROVED):
        out.append(evaluate(definition, cohort, as_of))
    return out


# -- the cohort of the outcomes guide, by hand and as tables ---------------------------------------


def by_hand() -> Cohort:
    def person(
        pid: str, left: date, job: date | None, progress: bool, reason: ExitReason
    ) -> Participant:
        return Participant(
            pid,
            Sex.FEMALE,
            ENTRY,
            left,
            reason,
            categories={Category.AT_RISK},
            labour_status=LabourStatus.UNEMPLOYED,
            support=[
                SupportEpisode("social_work", ENTRY),
                SupportEpisode("internship", date(2019, 9, 2), date(2019, 11, 29), Decimal("120")),
            ],
            employment=[]
            if job is None
            else [Employment(EmploymentKind.EMPLOYMENT_CONTRACT, job, fte=Decimal("0.5"))],
            results=[Result(ResultKind.SOCIAL_PROGRESS, left, ProgressForm.MOTIVATION)]
            if progress
            else [],
        )

    return Cohort(
        [
            person("AS-01", LEFT, date(2020, 2, 10), True, ExitReason.COMPLETED),
            person("AS-02", LEFT, None, True, ExitReason.COMPLETED),
            person("AS-03", LEFT, None, False, ExitReason.COMPLETED),
            person("AS-04", date(2020, 3, 31), date(2020, 3, 16), True, ExitReason.EARLY_FOR_JOB),
            person("AS-05", date(2019, 10, 15), None, True, ExitReason.EARLY_OTHER),
        ]
    )


IDS = ["AS-01", "AS-02", "AS-03", "AS-04", "AS-05"]
EXITS = [LEFT, LEFT, LEFT, date(2020, 3, 31), date(2019, 10, 15)]


def hand_tables() -> dict[str, dict[str, list[Any]]]:
    """The same cohort written out by hand, as a coordinator's sheets would hold it."""
    return {
        "participants": {
            # Fresh lists: a test that changes a cell must not change the next test's tables.
            "participant_id": list(IDS),
            "sex": ["F"] * 5,
            "entry": [ENTRY] * 5,
            "exit": list(EXITS),
            "exit_reason": ["completed"] * 3 + ["early_for_job", "early_other"],
            "labour_status": ["unemployed"] * 5,
            "categories": [["at_risk"]] * 5,
            "remarks": ["ignored"] * 5,
        },
        "support": {
            "participant_id": [pid for pid in IDS for _ in (1, 2)],
            "service": ["social_work", "internship"] * 5,
            "start": [ENTRY, date(2019, 9, 2)] * 5,
            "end": [None, date(2019, 11, 29)] * 5,
            "hours": [None, "120"] * 5,
        },
        "employment": {
            "participant_id": ["AS-04", "AS-01"],
            "kind": ["employment_contract"] * 2,
            "start": [date(2020, 3, 16), date(2020, 2, 10)],
            "fte": ["0.5", "0.5"],
        },
        "results": {
            "participant_id": ["AS-01", "AS-02", "AS-04", "AS-05"],
            "kind": ["social_progress"] * 4,
            "on": [LEFT, LEFT, date(2020, 3, 31), date(2019, 10, 15)],
            "form": ["b"] * 4,
        },
    }


def read(tables: dict[str, Any], errors: str = "raise") -> CohortRead:
    tables = dict(tables)
    return cohort_from_tables(tables.pop("participants"), errors=errors, **tables)


def test_hand_built_tables_give_the_hand_built_cohort_and_its_indicators() -> None:
    got = read(hand_tables())
    assert got.cohort == by_hand()
    assert (got.given, got.refused, len(got.refused_rows)) == (5, (), 0)
    assert fourteen(got.cohort) == fourteen(by_hand())
    # By hand (outcomes guide): AS-05 left early for another reason; of the other four, AS-01
    # and AS-04 were employed within 90 days of leaving, and AS-01, AS-02 and AS-04 progressed.
    social = evaluate(SOCIAL_EFFECTIVENESS, got.cohort, AS_OF, Category.AT_RISK)
    employment = evaluate(EMPLOYMENT_EFFECTIVENESS, got.cohort, AS_OF, Category.AT_RISK)
    assert (social.numerator, social.denominator) == (3, 4)
    assert (employment.numerator, employment.denominator) == (2, 4)
    assert employment.achieved == ("AS-01", "AS-04")


def test_rows_of_a_participant_keep_their_order() -> None:
    tables = hand_tables()
    support = tables["support"]
    for name in support:
        support[name] = support[name][::-1]
    got = read(tables).cohort.participants[0].support
    assert [e.service for e in got] == ["internship", "social_work"]


def test_the_written_tables_read_back_to_the_cohort() -> None:
    tables = tables_from_cohort(by_hand())
    assert tables["support"].schema == arrow_schema("support")
    assert tables["support"].num_rows == 10
    assert tables["participants"].column("categories").to_pylist()[0] == ["at_risk"]
    assert read(tables).cohort == by_hand()


# -- every input library, and files --------------------------------------------------------------


def _lazy(table: Any) -> Any:
    frame: Any = pl.from_arrow(table)
    return frame.lazy()


INPUTS: dict[str, Any] = {
    "mapping": lambda t: t,
    "pyarrow": lambda t: t,
    "record batch": lambda t: {k: v.to_batches()[0] for k, v in t.items()},
    "pandas": lambda t: {k: v.to_pandas() for k, v in t.items()},
    "pandas on arrow": lambda t: {k: v.to_pandas(types_mapper=pd.ArrowDtype) for k, v in t.items()},
    "polars": lambda t: {k: pl.from_arrow(v) for k, v in t.items()},
    "polars lazy": lambda t: {k: _lazy(v) for k, v in t.items()},
    "dataset": lambda t: {k: ds.dataset(v) for k, v in t.items()},
}


@pytest.mark.parametrize("library", list(INPUTS))
def test_every_input_library_gives_the_same_cohort(library: str) -> None:
    tables = hand_tables() if library == "mapping" else tables_from_cohort(by_hand())
    assert read(INPUTS[library](tables)).cohort == by_hand()


def test_parquet_files_and_a_folder_of_them(tmp_path: Path) -> None:
    paths: dict[str, Any] = {}
    for name, table in tables_from_cohort(by_hand()).items():
        paths[name] = tmp_path / f"{name}.parquet"
        pq.write_table(table, paths[name])
    folder = tmp_path / "support"
    folder.mkdir()
    support = pq.read_table(paths["support"])
    pq.write_table(support.slice(0, 4), folder / "part-0.parquet")
    pq.write_table(support.slice(4), folder / "part-1.parquet")
    assert read(paths).cohort == by_hand()
    assert read({**paths, "support": str(folder)}).cohort == by_hand()


def test_csv_files_with_lists_and_none(tmp_path: Path) -> None:
    (tmp_path / "p.csv").write_text(
        "participant_id,sex,entry,exit,exit_reason,categories,undetermined\n"
        "007,F,2020-01-06,2020-06-30,completed,at_risk;disability,-\n"
        "008,M,2020-01-06,,,-,long_term_unemployed\n"
    )
    (tmp_path / "e.csv").write_text(
        "participant_id,kind,start,end,fte,value\n"
        "007,civil_law,2020-07-01,2020-09-30,,7800.00\n"
        "008,employment_contract,2020-07-01,,0.75,\n"
    )
    got = cohort_from_tables(tmp_path / "p.csv", employment=str(tmp_path / "e.csv")).cohort
    first, second = got.participants
    assert first.id == "007"
    assert first.categories == {Category.AT_RISK, Category.DISABILITY}
    assert first.undetermined == frozenset()
    assert second.categories == frozenset()
    assert second.undetermined == {Category.LONG_TERM_UNEMPLOYED}
    assert (second.exit, second.exit_reason) == (None, None)
    assert first.employment[0].value == Decimal("7800.00")
    assert second.employment[0].fte == Decimal("0.75")


def test_polars_and_pandas_decimals_and_objects() -> None:
    base = {"participant_id": ["A"], "sex": ["F"], "entry": [date(2020, 1, 6)]}
    starts = [date(2020, 2, 3)] * 4
    pandas_support = pd.DataFrame(
        {
            "participant_id": ["A"] * 4,
            "service": ["psu"] * 4,
            "start": pd.to_datetime(starts),
            "hours": [Decimal("1.5"), None, 2, "3.25"],
        }
    )
    got = cohort_from_tables(base, support=pandas_support).cohort.participants[0]
    assert [e.hours for e in got.support] == [Decimal("1.5"), None, Decimal(2), Decimal("3.25")]
    polars_jobs = pl.DataFrame(
        {
            "participant_id": ["A"],
            "kind": ["civil_law"],
            "start": [date(2020, 3, 2)],
            "value": [Decimal("7800.50")],
        }
    )
    job = cohort_from_tables(base, employment=polars_jobs).cohort.participants[0].employment[0]
    assert job.value == Decimal("7800.50")


def test_numbers_of_every_kind() -> None:
    base = {"participant_id": ["A"], "sex": ["F"], "entry": [date(2020, 1, 6)]}

    def hours(values: Any) -> list[Decimal | None]:
        support = {
            "participant_id": ["A"] * len(values),
            "service": ["psu"] * len(values),
            "start": [date(2020, 2, 3)] * len(values),
            "hours": values,
        }
        return [
            e.hours
            for e in cohort_from_tables(base, support=support).cohort.participants[0].support
        ]

    # A float is the shortest decimal that rounds to it: what the spreadsheet showed.
    assert hours(np.array([0.1, 2.5, np.nan])) == [Decimal("0.1"), Decimal("2.5"), None]
    assert hours(np.array([3, 4], dtype=np.int16)) == [Decimal(3), Decimal(4)]
    assert hours(pa.array([Decimal("1.25"), None])) == [Decimal("1.25"), None]
    assert hours([None, None]) == [None, None]
    assert hours([np.float64(0.2), "1", None]) == [Decimal("0.2"), Decimal("1"), None]
    assert hours(pa.array(["7"]).dictionary_encode()) == [Decimal("7")]


# -- the strict mode: the first bad row, named ---------------------------------------------------


def error(tables: dict[str, Any]) -> str:
    with pytest.raises(IntegraError) as caught:
        read(tables)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None
    return str(caught.value)


def changed(table: str, column: str, row: int, value: Any) -> dict[str, Any]:
    tables = hand_tables()
    tables[table][column] = list(tables[table][column])
    tables[table][column][row] = value
    return tables


SEX = "holds a value that is not a Sex, expected one of F, M"


@pytest.mark.parametrize(
    ("table", "column", "row", "value", "message"),
    [
        ("participants", "sex", 3, "K", f"table 'participants', column 'sex': {SEX} (row 3)"),
        (
            "participants",
            "exit_reason",
            1,
            "finished",
            "table 'participants', column 'exit_reason': holds a value that is not a ExitReason, "
            "expected one of completed, early_for_job, early_other (row 1)",
        ),
        (
            "participants",
            "entry",
            2,
            None,
            "table 'participants', column 'entry': has missing values (row 2)",
        ),
        (
            "participants",
            "participant_id",
            4,
            "AS-01",
            "table 'participants', column 'participant_id': has duplicate ids (row 0)",
        ),
        (
            "participants",
            "participant_id",
            2,
            "440514 01458",
            "table 'participants', column 'participant_id': Participant.id must be a pseudonym: "
            "eleven digits look like a PESEL (row 2)",
        ),
        (
            "participants",
            "exit",
            1,
            date(2019, 1, 1),
            "table 'participants', column 'exit': Participant.exit is before Participant.entry (row 1)",
        ),
        (
            "participants",
            "categories",
            1,
            None,
            "table 'participants', column 'categories': has missing values; give an empty list "
            "where none apply (row 1)",
        ),
        (
            "participants",
            "categories",
            4,
            ["severe_disability"],
            "table 'participants', column 'categories': Participant.categories: a severe "
            "disability is also a disability (row 4)",
        ),
        (
            "participants",
            "categories",
            0,
            ["poor"],
            "table 'participants', column 'categories': holds a value outside Category (row 0)",
        ),
        (
            "support",
            "service",
            5,
            "yoga",
            "table 'support', column 'service': holds a value that is not a service of the "
            "catalogue, expected one of reintegration_unit, social_work, legal_counselling, "
            "family_counselling, psychological_counselling, social_services, volunteering, "
            "local_animation, crisis_intervention, social_competences, personal_assistance, "
            "competences, formal_education, health_barriers, diagnostics_prevention, "
            "psychological_therapy, addiction_therapy, vocational_counselling, "
            "vocational_reintegration, vocational_course, placement, internship, job_retention, "
            "psu, job_coach, supported_employment, work_experience (row 5)",
        ),
        (
            "support",
            "participant_id",
            7,
            "AS-99",
            "table 'support', column 'participant_id': names no participant of the participants table (row 7)",
        ),
        (
            "support",
            "start",
            6,
            date(2019, 6, 2),
            "table 'support', column 'start': starts before the participant's entry (row 6)",
        ),
        (
            "support",
            "end",
            3,
            date(2019, 9, 1),
            "table 'support', column 'end': SupportEpisode.end is before SupportEpisode.start (row 3)",
        ),
        (
            "support",
            "hours",
            1,
            "-1",
            "table 'support', column 'hours': SupportEpisode.hours must be a non-negative Decimal (row 1)",
        ),
        (
            "support",
            "hours",
            9,
            "1,5",
            "table 'support', column 'hours': must hold numbers in decimal notation (row 9)",
        ),
        (
            "employment",
            "fte",
            1,
            None,
            "table 'employment', column 'fte': Employment.fte is required for an employment contract (row 1)",
        ),
        (
            "employment",
            "fte",
            0,
            "1.5",
            "table 'employment', column 'fte': Employment.fte must be a Decimal in (0, 1] (row 0)",
        ),
        (
            "results",
            "on",
            2,
            date(2019, 1, 1),
            "table 'results', column 'on': is dated before the participant's entry (row 2)",
        ),
        (
            "results",
            "kind",
            1,
            "qualification",
            "table 'results', column 'form': Result.form applies only to social progress (row 1)",
        ),
    ],
)
def test_the_first_bad_row_is_named(
    table: str, column: str, row: int, value: Any, message: str
) -> None:
    assert error(changed(table, column, row, value)) == message


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("person", "440514-01458", None),
        (
            "person",
            " 44051401458",
            "Participant.person must be a pseudonym: eleven digits look like a PESEL",
        ),
        (
            "participant_id",
            "   ",
            "has empty text; leave the value missing instead",
        ),
        (
            "participant_id",
            "A" * 65,
            "Participant.id must be a non-empty string of at most 64 characters",
        ),
    ],
)
def test_pseudonyms_are_checked_as_the_records_check_them(
    column: str, value: str, reason: str | None
) -> None:
    tables = hand_tables()
    tables["participants"][column] = [
        value,
        *(IDS[1:] if column == "participant_id" else [None] * 4),
    ]
    if reason is None:  # a hyphen makes it text, not a PESEL, as for a record built by hand
        assert read(tables).cohort.participants[0].person == value
        return
    assert error(tables) == f"table 'participants', column {column!r}: {reason} (row 0)"
    got = read(tables, errors="refuse")
    assert got.refused[0] == 0
    assert value not in str(got.refused_rows.to_arrow().to_pylist())


def test_personal_values_never_appear() -> None:
    pesel = "44051401458"
    got = error(changed("participants", "participant_id", 1, pesel))
    assert pesel not in got
    assert "AS-02" not in error(changed("support", "hours", 2, "secret"))


def test_a_table_or_column_that_cannot_be_read() -> None:
    tables = hand_tables()
    del tables["participants"]["entry"]
    assert error(tables) == "table 'participants', column 'entry': is missing"
    tables = hand_tables()
    tables["participants"]["participant_id"] = [1, 2, 3, 4, 5]
    assert (
        error(tables) == "table 'participants', column 'participant_id': must hold text, not int64"
    )
    tables = hand_tables()
    tables["employment"]["value"] = [7800.0, None]
    assert error(tables) == (
        "table 'employment', column 'value': must hold amounts as integers, decimals or text, "
        "not floats (float64)"
    )
    tables = hand_tables()
    tables["support"]["hours"] = [True] * 10
    assert error(tables) == "table 'support', column 'hours': must hold numbers, not bool"
    tables = hand_tables()
    given: dict[str, Any] = {**hand_tables(), "support": [1, 2]}
    assert "table 'support' must be" in error(given)
    with pytest.raises(InvalidValue, match="errors must be 'raise' or 'refuse'"):
        read(hand_tables(), errors="skip")


def test_one_person_entering_twice_on_one_day() -> None:
    tables = hand_tables()
    tables["participants"]["person"] = [None, "R", None, "R", None]
    assert error(tables) == (
        "table 'participants', column 'entry': the same person entered twice on one day (row 1)"
    )
    got = read(tables, errors="refuse")
    assert got.refused == (1, 3)
    assert [p.id for p in got.cohort] == ["AS-01", "AS-03", "AS-05"]
    tables["participants"]["entry"] = [ENTRY, ENTRY, ENTRY, ENTRY - timedelta(days=1), ENTRY]
    assert [p.key for p in read(tables).cohort] == ["AS-01", "R", "AS-03", "R", "AS-05"]


# -- the tolerant mode ---------------------------------------------------------------------------


def test_the_tolerant_mode_lists_and_counts() -> None:
    tables = changed("support", "service", 2, "yoga")
    tables["participants"]["sex"][4] = None
    tables["results"]["participant_id"][0] = "AS-77"
    tables["participants"]["participant_id"][2] = None
    got = read(tables, errors="refuse")
    assert [p.id for p in got.cohort] == ["AS-01", "AS-04"]
    assert got.refused == (1, 2, 4)
    assert got.given == len(got.cohort) + len(got.refused)
    rows = got.refused_rows.to_arrow().to_pylist()
    assert rows == [
        {
            "table": "participants",
            "row": 2,
            "column": "participant_id",
            "reason": "has missing values",
        },
        {"table": "participants", "row": 4, "column": "sex", "reason": "has missing values"},
        {
            "table": "support",
            "row": 2,
            "column": "service",
            "reason": "holds a value that is not a service of the catalogue, expected one of "
            + ", ".join(SCHEMA_CODES),
        },
        *(
            {
                "table": table,
                "row": row,
                "column": "participant_id",
                "reason": "names no participant of the participants table",
            }
            # AS-03's rows name an id the participants table no longer holds
            for table, row in (("support", 4), ("support", 5), ("results", 0))
        ),
    ]
    assert got.refused_rows.counts() == {"participants": 2, "support": 3, "results": 1}
    assert repr(got) == "<CohortRead: 5 participants given, 2 kept, 3 refused>"


SCHEMA_CODES = [
    "reintegration_unit", "social_work", "legal_counselling", "family_counselling",
    "psychological_counselling", "social_services", "volunteering", "local_animation",
    "crisis_intervention", "social_competences", "personal_assistance", "competences",
    "formal_education", "health_barriers", "diagnostics_prevention", "psychological_therapy",
    "addiction_therapy", "vocational_counselling", "vocational_reintegration",
    "vocational_course", "placement", "internship", "job_retention", "psu", "job_coach",
    "supported_employment", "work_experience",
]  # fmt: skip


def test_empty_tables_and_a_participant_table_without_rows() -> None:
    empty: dict[str, Any] = {name: {c.name: [] for c in SCHEMAS[name]} for name in SCHEMAS}
    got = read(empty)
    assert (len(got.cohort), got.given, got.refused) == (0, 0, ())
    orphans = dict(empty, results={"participant_id": ["A"], "kind": ["job_search"], "on": [AS_OF]})
    assert read(orphans, errors="refuse").refused_rows.counts() == {"results": 1}


def _corrupt(table: str, kind: str, row: dict[str, Any], entry: date) -> None:
    """Make ``row`` of ``table`` invalid, keeping the participant it names."""
    day = timedelta(days=1)
    if table == "participants":
        if kind == "enum":
            row["sex"] = "X"
        elif kind == "missing":
            row["entry"] = None
        elif kind == "set":
            row["categories"] = None
        else:
            row["exit"], row["exit_reason"] = entry - day, "completed"
    elif table == "support":
        if kind == "enum":
            row["service"] = "yoga"
        elif kind == "missing":
            row["start"] = None
        elif kind == "set":
            row["hours"] = "-1"
        else:
            row["start"] = entry - day
    elif table == "employment":
        if kind == "enum":
            row["kind"] = "volunteer"
        elif kind == "missing":
            row["start"] = None
        elif kind == "set":
            row["value"] = "many"
        else:
            row["end"] = row["start"] - day
    else:
        if kind == "enum":
            row["kind"] = "diploma"
        elif kind == "missing":
            row["on"] = None
        elif kind == "set":
            row["form"] = "z"
        else:
            row["on"] = entry - day


LIBRARIES = st.sampled_from(["mapping", "pyarrow", "pandas", "polars"])


def _as(library: str, columns: dict[str, list[Any]], name: str) -> Any:
    table = pa.table(columns, schema=arrow_schema(name))
    if library == "mapping":
        return columns
    if library == "pandas":
        return table.to_pandas()
    if library == "polars":
        return pl.from_arrow(table)
    return table


@settings(max_examples=40)
@given(cohorts(max_size=8), st.data(), LIBRARIES)
def test_the_tolerant_mode_keeps_exactly_the_participants_with_no_bad_row(
    cohort: Cohort, data: st.DataObject, library: str
) -> None:
    written = {name: t.to_pylist() for name, t in tables_from_cohort(cohort).items()}
    entry = {p.id: p.entry for p in cohort}
    bad: set[tuple[str, int]] = set()
    spoiled: set[str] = set()
    unknown_entry: set[str] = set()
    for name, rows in written.items():
        if not rows:
            continue
        picked = data.draw(st.sets(st.integers(0, len(rows) - 1), max_size=2), label=name)
        for at in sorted(picked):
            kind = data.draw(st.sampled_from(["enum", "missing", "set", "range"]))
            owner = rows[at]["participant_id"]
            _corrupt(name, kind, rows[at], entry[owner])
            spoiled.add(owner)
            if name == "participants" and kind == "missing":
                unknown_entry.add(owner)
            # A row dated before an entry the table no longer holds cannot be told bad; its
            # participant is refused for the missing entry all the same.
            if not (name in ("support", "results") and kind == "range" and owner in unknown_entry):
                bad.add((name, at))

    def tables(keep: Any) -> dict[str, Any]:
        return {
            name: _as(
                library,
                {
                    c.name: [r[c.name] for i, r in enumerate(rows) if keep(name, i, r)]
                    for c in SCHEMAS[name]
                },
                name,
            )
            for name, rows in written.items()
        }

    tolerant = read(tables(lambda name, i, r: True), errors="refuse")
    expected = Cohort([p for p in cohort if p.id not in spoiled])
    assert tolerant.cohort == expected
    assert tolerant.given == len(cohort) == len(tolerant.cohort) + len(tolerant.refused)
    listed = set(
        zip(tolerant.refused_rows.table.tolist(), tolerant.refused_rows.row.tolist(), strict=True)
    )
    assert listed == bad
    if bad:
        with pytest.raises(InvalidValue, match=r"\(row \d+\)$"):
            read(tables(lambda name, i, r: True))
    strict = read(tables(lambda name, i, r: r["participant_id"] not in spoiled))
    assert strict.cohort == tolerant.cohort
    as_of = data.draw(st.sampled_from([date(2016, 1, 1), date(2021, 6, 30), date(2028, 1, 1)]))
    assert fourteen(tolerant.cohort, as_of) == fourteen(strict.cohort, as_of)


@settings(max_examples=30)
@given(cohorts(max_size=6))
def test_written_tables_read_back_unchanged(cohort: Cohort) -> None:
    assert read(tables_from_cohort(cohort)).cohort == cohort


def test_an_unknown_table_has_no_schema() -> None:
    with pytest.raises(InvalidValue, match="unknown tables: persons"):
        arrow_schema("persons")


def test_without_pyarrow_the_extra_is_named() -> None:
    program = (
        "import sys\n"
        "sys.modules['pyarrow'] = None\n"
        "import integra.outcomes\n"
        "try:\n"
        "    integra.outcomes.cohort_from_tables\n"
        "except ImportError as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout == (
        "MissingExtra integra.outcomes.tables needs pyarrow, which is not installed: "
        "pip install 'integra-pl[bulk]'\n"
    )
    with pytest.raises(AttributeError, match="has no attribute 'cohort_from_table'"):
        _ = integra.outcomes.cohort_from_table
