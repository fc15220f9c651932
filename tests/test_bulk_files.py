"""A caseload in Parquet and CSV files: read whole or in batches of persons, with the same
answers as the tables in memory, refused rows named by their position in the file, and the
results written to Parquet."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from integra import IntegraError
from integra.bulk import (
    FileSummary,
    Population,
    arrow_schema,
    read_population,
    screen,
    screen_batches,
    screen_to_parquet,
)
from integra.bulk.generate import generate_tables
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    PAI_ELIGIBILITY,
    REGISTERED_UNEMPLOYED,
    ZAZ_TARGET_GROUP,
)

ON = date(2024, 3, 1)
RULES = (LONG_TERM_UNEMPLOYED, INCOME_WITHIN_CRITERION, PAI_ELIGIBILITY, ZAZ_TARGET_GROUP)


def write_parquet(folder: Path, tables: dict[str, Any]) -> dict[str, Path]:
    paths = {}
    for name, table in tables.items():
        paths[name] = folder / f"{name}.parquet"
        pq.write_table(table, paths[name], row_group_size=500)
    return paths


def codes(result: Any) -> dict[str, list[int]]:
    return {rule.name: result.codes[rule.name].tolist() for rule in RULES}


def test_parquet_files_read_whole_and_in_batches_as_in_memory(tmp_path: Path) -> None:
    tables = generate_tables(1500, seed=8, arrow=True)
    paths = write_parquet(tmp_path, tables)
    memory = screen(RULES, Population.from_tables(tables["persons"], **_rest(tables)), ON)
    whole = screen(RULES, read_population(paths), ON)
    assert codes(whole) == codes(memory)
    batches = list(screen_batches(RULES, paths, ON, persons_per_batch=400))
    assert [len(b.screening) for b in batches] == [400, 400, 400, 300]
    joined: dict[str, list[int]] = {
        name: [c for b in batches for c in b.screening.codes[name].tolist()]
        for name in codes(memory)
    }
    assert joined == codes(memory)
    # Every person with all their rows: the batch agrees with the whole for each of them.
    assert all(len(b.refused_rows) == 0 for b in batches)


def _rest(tables: dict[str, Any]) -> dict[str, Any]:
    return {name: t for name, t in tables.items() if name != "persons"}


def test_rows_are_refused_by_their_position_in_the_file(tmp_path: Path) -> None:
    tables = generate_tables(900, seed=9, arrow=True)
    registrations = tables["registrations"]
    # Row 600 of the registrations file: a start after its end.
    start = registrations.column("start").to_pylist()
    end = registrations.column("end").to_pylist()
    end[600] = date(2000, 1, 1)
    start[600] = date(2001, 1, 1)
    tables["registrations"] = registrations.set_column(
        1, "start", pa.array(start, pa.date32())
    ).set_column(2, "end", pa.array(end, pa.date32()))
    person = registrations.column("person_id")[600].as_py()
    # And a situation naming nobody, as the last row of its file.
    situations = tables["situations"]
    ids = situations.column("person_id").to_pylist()
    ids[-1] = 10**9
    tables["situations"] = situations.set_column(0, "person_id", pa.array(ids, pa.int64()))
    paths = write_parquet(tmp_path, tables)
    batches = list(screen_batches(RULES, paths, ON, persons_per_batch=250, errors="refuse"))
    listed = [
        (t, int(r), c)
        for b in batches
        for t, r, c in zip(
            b.refused_rows.table, b.refused_rows.row, b.refused_rows.column, strict=True
        )
    ]
    assert sorted(listed) == [
        ("registrations", 600, "end"),
        ("situations", len(ids) - 1, "person_id"),
    ]
    refused = [int(pid) for b in batches for pid in b.screening.population.ids[b.screening.refused]]
    born_later = sum(int(b.screening.population.birth.max() > 19783) for b in batches)
    assert person in refused and born_later == 0
    # The strict mode names the same row of the file.
    with pytest.raises(IntegraError) as caught:
        list(screen_batches(RULES, paths, ON, persons_per_batch=250))
    assert str(caught.value) == (
        "table 'registrations', column 'end': has a span ending before it starts (row 600)"
    )


def test_results_and_refused_rows_are_written_to_parquet(tmp_path: Path) -> None:
    persons = tmp_path / "persons.csv"
    persons.write_text(
        "person_id,birth_date,sex\n"
        "007,1980-05-01,F\n"
        "008,1990-01-01,X\n"
        "009,1970-02-02,M\n"
        ",1970-02-02,M\n"
    )
    certificates = tmp_path / "certificates.csv"
    certificates.write_text(
        "person_id,source,issued_on,start,end,degree,causes,indications\n"
        "007,degree,2020-01-01,2020-01-01,,moderate,02-P;12-C,-\n"
        "009,degree,2020-01-01,2020-01-01,,moderate,,\n"
    )
    summary = screen_to_parquet(
        [ZAZ_TARGET_GROUP],
        {"persons": persons, "certificates": certificates},
        ON,
        tmp_path / "out.parquet",
        refused_rows_path=tmp_path / "refused.parquet",
        errors="refuse",
        persons_per_batch=1,
    )
    assert summary == FileSummary(persons=3, screened=2, refused=1, rows_refused=2, batches=3)
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.column("person_id").to_pylist() == ["007", "008", "009"]
    # 007: moderate with a mental illness (02-P) is in the ZAZ group (URZ art. 29 ust. 1 pkt 1);
    # 009: moderate, causes not recorded (empty cells): they would decide, so unknown.
    assert out.column("zaz_target_group").to_pylist() == ["eligible", None, "unknown"]
    refused = pq.read_table(tmp_path / "refused.parquet").to_pydict()
    assert refused["table"] == ["persons", "persons"]
    assert refused["row"] == [3, 1]
    assert refused["column"] == ["person_id", "sex"]
    for text in refused["reason"]:
        assert "X" not in text.replace("expected one of F, M", "")


def test_csv_ids_stay_text_and_sets_split() -> None:
    assert arrow_schema("persons", ids=pa.string()).field("person_id").type == pa.string()
    with pytest.raises(IntegraError, match="unknown tables: pets"):
        arrow_schema("pets")


def test_bad_sources_are_named(tmp_path: Path) -> None:
    with pytest.raises(IntegraError, match="must include 'persons'"):
        read_population({})
    with pytest.raises(IntegraError, match="unknown tables: pets"):
        read_population({"persons": tmp_path / "p.csv", "pets": tmp_path / "x.csv"})
    with pytest.raises(IntegraError, match="must be a path to a Parquet or CSV file"):
        read_population({"persons": 3})
    persons = tmp_path / "persons.csv"
    persons.write_text("person_id,birth_date,sex\n1,1980-05-01,F\n")
    for bad in (0, True, 1.5):
        with pytest.raises(IntegraError, match="persons_per_batch"):
            list(screen_batches(RULES, {"persons": persons}, ON, persons_per_batch=bad))  # type: ignore[arg-type]
    with pytest.raises(IntegraError, match="errors must be"):
        list(screen_batches(RULES, {"persons": persons}, ON, errors="skip"))


def test_text_ids_in_batches_keep_every_row_with_its_person(tmp_path: Path) -> None:
    tables = generate_tables(600, seed=12, arrow=True)
    as_text = {}
    for name, table in tables.items():
        ids = pa.array([f"P{int(v):05d}" for v in table.column("person_id").to_pylist()])
        as_text[name] = table.set_column(0, "person_id", ids)
    paths = write_parquet(tmp_path, as_text)
    memory = screen(RULES, Population.from_tables(as_text["persons"], **_rest(as_text)), ON)
    batches = list(screen_batches(RULES, paths, ON, persons_per_batch=170))
    order = np.argsort(memory.population.ids.astype(str))
    joined: dict[str, list[int]] = {
        name: [c for b in batches for c in b.screening.codes[name].tolist()]
        for name in codes(memory)
    }
    assert joined == {name: np.asarray(v)[order].tolist() for name, v in codes(memory).items()}


def test_datasets_empty_files_and_ids_of_another_kind(tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    persons = pa.table(
        {
            "person_id": pa.array([1, 2, 3], pa.uint64()),
            "birth_date": pa.array([date(1980, 1, 1)] * 3, pa.date32()),
            "sex": ["F", "M", "F"],
        }
    )
    pq.write_table(persons, tmp_path / "persons.parquet")
    # A registrations file naming persons by text: nobody, refused with the first batch.
    pq.write_table(
        pa.table(
            {
                "person_id": ["1"],
                "start": pa.array([date(2020, 1, 1)], pa.date32()),
                "end": pa.nulls(1, pa.date32()),
            }
        ),
        tmp_path / "registrations.parquet",
    )
    empty = pa.table(
        {
            "person_id": pa.array([], pa.int64()),
            "start": pa.array([], pa.date32()),
            "end": pa.array([], pa.date32()),
        }
    )
    (tmp_path / "contracts").mkdir()
    pq.write_table(empty, tmp_path / "contracts" / "part.parquet")
    sources = {
        "persons": ds.dataset(tmp_path / "persons.parquet"),
        "registrations": tmp_path / "registrations.parquet",
        "social_contracts": ds.dataset(tmp_path / "contracts"),
    }
    batches = list(screen_batches(RULES, sources, ON, persons_per_batch=2, errors="refuse"))
    assert [len(b.screening) for b in batches] == [2, 1]
    assert [len(b.refused_rows) for b in batches] == [1, 0]
    assert batches[0].refused_rows.column.tolist() == ["person_id"]


def test_a_folder_with_no_files_yet_is_a_table_with_no_rows(tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    persons = pa.table(
        {
            "person_id": pa.array([1, 2, 3], pa.int64()),
            "birth_date": pa.array([date(1980, 1, 1)] * 3, pa.date32()),
            "sex": ["F", "M", "F"],
        }
    )
    pq.write_table(persons, tmp_path / "persons.parquet")
    # A folder its files will be written to later: no file, so no batch at all to read.
    (tmp_path / "registrations").mkdir()
    registrations = ds.dataset(
        tmp_path / "registrations", format="parquet", schema=arrow_schema("registrations")
    )
    sources = {"persons": tmp_path / "persons.parquet", "registrations": registrations}
    batches = list(screen_batches([REGISTERED_UNEMPLOYED], sources, ON, persons_per_batch=2))
    assert [len(b.screening) for b in batches] == [2, 1]
    # Collected, and empty: nobody is registered.
    for b in batches:
        assert b.screening.population.collected("registrations").all()
        outcomes = b.screening.outcomes("registered_unemployed").tolist()
        assert outcomes == ["not_eligible"] * len(b.screening)


def test_unsigned_ids_beyond_the_signed_range_batch_with_signed_history_ids(
    tmp_path: Path,
) -> None:
    # Persons 1 and 2**63 + 5 (uint64); the registrations file names person 1 with an int64 id.
    # The second batch starts at 2**63 + 5, above every int64: no registration row is in it.
    big = 2**63 + 5
    persons = pa.table(
        {
            "person_id": pa.array([1, big], pa.uint64()),
            "birth_date": pa.array([date(1980, 1, 1)] * 2, pa.date32()),
            "sex": ["F", "M"],
        }
    )
    registrations = pa.table(
        {
            "person_id": pa.array([1], pa.int64()),
            "start": pa.array([date(2020, 1, 1)], pa.date32()),
            "end": pa.nulls(1, pa.date32()),
        }
    )
    paths = write_parquet(tmp_path, {"persons": persons, "registrations": registrations})
    batches = list(screen_batches([REGISTERED_UNEMPLOYED], paths, ON, persons_per_batch=1))
    assert [b.screening.population.ids.tolist() for b in batches] == [[1], [big]]
    outcomes = [b.screening.outcomes("registered_unemployed").tolist() for b in batches]
    assert outcomes == [["eligible"], ["not_eligible"]]
    assert [len(b.refused_rows) for b in batches] == [0, 0]


def test_a_bad_row_in_the_strict_mode_writes_no_file(tmp_path: Path) -> None:
    persons = tmp_path / "persons.csv"
    persons.write_text("person_id,birth_date,sex\n1,1980-05-01,F\n2,1990-01-01,X\n")
    out = tmp_path / "out.parquet"
    with pytest.raises(IntegraError) as caught:
        screen_to_parquet([REGISTERED_UNEMPLOYED], {"persons": persons}, ON, out)
    assert str(caught.value) == (
        "table 'persons', column 'sex': holds a value that is not a Sex, expected one of F, M "
        "(row 1)"
    )
    assert not out.exists()
