"""Bulk path: exact outputs and boundaries that unit tests pin.

Each test fixes a whole output (a table's text columns, a comparison under a fixed law date, a
chart's size, the types of empty spans, an error's words, the figures of a seeded caseload, the
documentation of a span table's columns, a statement without income items followed over time)
or a boundary (day 0 of the day numbers, the widest integer ids, statements that meet on one
day, age 0 on the day of birth, a CSV's text ids that other readers take for missing, a column
of ids none of which is an id), computed by hand from the law and the documented behaviour."""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from integra import Household, IntegraError, Person, Sex
from integra.bulk import Population, compare, next_change, over_time, screen
from integra.bulk._days import split
from integra.bulk.compare import age_bands
from integra.bulk.evaluate import REFUSED
from integra.bulk.files import read_population
from integra.bulk.generate import generate_tables
from integra.bulk.population import SCHEMAS
from integra.errors import InvalidValue, MissingExtra
from integra.rules import INCOME_WITHIN_CRITERION, WORKING_AGE, AgeBetween, all_of
from integra.rules.core.columns import UNKNOWN_CODE

INCOME = "income_within_criterion"


def one_person_household(income: str) -> Population:
    return Population.from_persons(
        [Person(date(1980, 1, 1), Sex.FEMALE, households=[Household(1, Decimal(income))])]
    )


def test_a_fixed_variant_law_date_is_kept_by_the_scalar_views() -> None:
    # UPS art. 8 ust. 1 pkt 1: 776 zł for a person alone from 2022-01-01, 1010 zł from
    # 2025-01-01. 900 zł is within the 2025 criterion (baseline, the law of the date of the
    # facts) and above the 2022 one (the variant's fixed law date).
    c = compare(
        [INCOME_WITHIN_CRITERION],
        [INCOME_WITHIN_CRITERION],
        one_person_household("900.00"),
        date(2025, 6, 1),
        variant_law_on=date(2022, 6, 1),
    )
    assert (c.baseline_law_on, c.variant_law_on) == (None, date(2022, 6, 1))
    (side,) = c.explain(0)
    assert repr(side) == f"<SideBySide {INCOME}: eligible → not_eligible>"
    # Under the 2022 law, kept on every later day, 900 zł never qualifies.
    assert c.eligible_from(0, INCOME) == (date(2025, 6, 1), None)


def test_the_changes_table_names_its_text_columns() -> None:
    c = compare(
        [INCOME_WITHIN_CRITERION],
        [INCOME_WITHIN_CRITERION],
        one_person_household("900.00"),
        date(2025, 6, 1),
        variant_law_on=date(2022, 6, 1),
    )
    table = c.changes()
    assert table.text == frozenset(
        {
            "error",
            f"{INCOME}_baseline",
            f"{INCOME}_variant",
            f"{INCOME}_baseline_missing",
            f"{INCOME}_variant_missing",
        }
    )
    # The error column is all missing, and still typed as text.
    assert table.to_arrow().schema.field("error").type == pa.string()


def test_the_chart_is_4_2_inches_wide_per_pair_and_4_high() -> None:
    pop = Population.from_persons([Person(date(1996, 1, 1), Sex.MALE)])
    c = compare(
        [all_of(AgeBetween(18, 25), name="young"), all_of(AgeBetween(18, 60), name="adult")],
        [all_of(AgeBetween(18, 30), name="young"), all_of(AgeBetween(18, 65), name="adult")],
        pop,
        date(2024, 1, 1),
    )
    assert c.plot().get_size_inches().tolist() == [8.4, 4.0]
    assert c.plot(["young"]).get_size_inches().tolist() == [4.2, 4.0]


def test_a_change_on_day_zero_is_a_date() -> None:
    # Day 0 of the day numbers is 1970-01-01. Before birth the person is refused; on the
    # birthday the rule gives a verdict (unknown: no law of 1970 is modelled). That change on
    # day 0 is a change, not "none".
    pop = Population.from_persons([Person(date(1970, 1, 1), Sex.FEMALE)])
    change = next_change(WORKING_AGE, pop, date(1969, 12, 1))
    assert (change.current.tolist(), change.day.tolist(), change.then.tolist()) == (
        [REFUSED],
        [0],
        [UNKNOWN_CODE],
    )
    assert change.dates() == [date(1970, 1, 1)]


def test_unsigned_keys_beyond_signed_ids_name_nobody() -> None:
    # 2**63 fits no signed 64-bit id: it is read as an unsigned key and names nobody.
    pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)])
    with pytest.raises(IntegraError, match="no person with this person_id"):
        pop.position(2**63)
    narrow = Population.from_tables(
        {
            "person_id": pa.array([1, 2], pa.int32()),
            "birth_date": [date(1980, 1, 1)] * 2,
            "sex": ["F", "M"],
        },
        registrations={
            "person_id": np.array([2**63, 2], dtype=np.uint64),
            "start": [date(2020, 1, 1)] * 2,
            "end": [None] * 2,
        },
        errors="refuse",
    )
    with pytest.raises(IntegraError, match="no person with this person_id"):
        narrow.position(2**63)
    assert narrow.position(2) == 1
    assert len(narrow.person(2).registrations or ()) == 1
    rows = narrow.refused_rows
    assert (rows.table, rows.row, rows.column, rows.reason) == (
        ["registrations"],
        [0],
        ["person_id"],
        ["has ids that are not in the persons table"],
    )


def test_a_pandas_column_mixing_dates_with_timestamps_is_refused() -> None:
    # Arrow reads such an object column as dates and drops 05:00; the reader keeps the objects
    # and refuses the column, as it does for a numpy object array.
    pd = pytest.importorskip("pandas")
    persons = pd.DataFrame(
        {
            "person_id": [1, 2],
            "birth_date": pd.Series([date(1980, 1, 1), datetime(1980, 1, 1, 5)], dtype=object),
            "sex": ["F", "M"],
        }
    )
    with pytest.raises(InvalidValue) as caught:
        Population.from_tables(persons)
    assert str(caught.value) == (
        "table 'persons', column 'birth_date': mixes dates with timestamps; pass whole days"
    )


def test_a_set_column_of_which_no_row_is_a_list_is_refused_whole() -> None:
    # Text and a number together are Python objects; neither row is a list of causes.
    causes = np.empty(2, dtype=object)
    causes[:] = ["01-U", 5]
    with pytest.raises(InvalidValue) as caught:
        Population.from_tables(
            {"person_id": [1], "birth_date": [date(2010, 1, 1)], "sex": ["F"]},
            certificates={
                "person_id": [1, 1],
                "source": ["under_16"] * 2,
                "issued_on": [date(2020, 1, 1)] * 2,
                "start": [date(2020, 1, 1)] * 2,
                "end": [None] * 2,
                "causes": causes,
            },
        )
    assert str(caught.value) == (
        "table 'certificates', column 'causes': must hold lists of DisabilityCause values as text"
    )


def test_to_polars_without_polars_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    result = screen(
        [WORKING_AGE],
        Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]),
        date(2024, 1, 1),
    )
    monkeypatch.setitem(sys.modules, "polars", None)  # as if polars were not installed
    with pytest.raises(MissingExtra) as caught:
        result.to_polars()
    assert str(caught.value) == (
        "Screening.to_polars needs polars, which is not installed: pip install 'polars'"
    )


def test_following_no_rules_gives_no_spans_of_the_usual_types() -> None:
    pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)])
    spans = over_time([], pop, date(2024, 1, 1), date(2024, 1, 31))
    assert len(spans) == 0
    assert [a.dtype for a in (spans.person, spans.rule, spans.first, spans.last, spans.codes)] == [
        np.dtype(np.int64),
        np.dtype(np.int64),
        np.dtype(np.int64),
        np.dtype(np.int64),
        np.dtype(np.int8),
    ]
    assert spans.columns()["first"].dtype == np.dtype("datetime64[D]")


def test_split_gives_whole_number_years_months_and_days() -> None:
    # Day 0 is 1970-01-01, day -1 the last day of 1969, day 19782 is 2024-02-29 (leap day).
    parts = split(np.array([0, -1, 19782]))
    assert [a.tolist() for a in parts] == [[1970, 1969, 2024], [1, 12, 2], [1, 31, 29]]
    assert [a.dtype for a in parts] == [np.dtype(np.int64)] * 3


def test_both_statements_that_share_a_day_are_refused_and_touching_ones_kept() -> None:
    # Person 1: the second statement starts on the day the first ends (2024-06-30), so they
    # overlap by one day and both rows are listed. Person 2: the second starts the day after
    # the first ends; nothing is refused.
    pop = Population.from_tables(
        {"person_id": [1, 2], "birth_date": [date(1980, 1, 1)] * 2, "sex": ["F", "M"]},
        households={
            "person_id": [1, 1, 2, 2],
            "members": [1] * 4,
            "income_grosz": [50000] * 4,
            "start": [date(2024, 1, 1), date(2024, 6, 30), date(2024, 1, 1), date(2024, 7, 1)],
            "end": [date(2024, 6, 30), date(2024, 12, 31), date(2024, 6, 30), None],
        },
        errors="refuse",
    )
    rows = pop.refused_rows
    assert [a.tolist() for a in (rows.table, rows.row, rows.column, rows.reason)] == [
        ["households"] * 2,
        [0, 1],
        ["start"] * 2,
        ["has statements with overlapping validity"] * 2,
    ]
    assert pop.refused.tolist() == [True, False]


def test_the_only_bad_row_of_the_persons_table_refuses_its_person() -> None:
    # The first (and only) refusal read from the persons table still refuses the person.
    pop = Population.from_tables(
        {"person_id": [1, 2, 3], "birth_date": [date(1980, 1, 1)] * 3, "sex": ["F", "K", "M"]},
        errors="refuse",
    )
    assert pop.refused.tolist() == [False, True, False]
    assert [pop.refusal(k) for k in range(3)] == [
        None,
        "a row of table 'persons' was refused: column 'sex': holds a value that is not a Sex, "
        "expected one of F, M",
        None,
    ]


def _figures(table: dict[str, object]) -> dict[str, int]:
    """Rows, and for each date or integer column the sum of its values (days since 1970-01-01
    for dates, missing ones left out) and the number missing."""
    out: dict[str, int] = {}
    for name, values in table.items():
        column = np.asarray(values)
        out["rows"] = len(column)
        if column.dtype.kind == "M":
            missing = np.isnat(column)
            out[f"{name} sum"] = int(column[~missing].astype(np.int64).sum())
            out[f"{name} missing"] = int(missing.sum())
        elif column.dtype.kind == "i":
            out[f"{name} sum"] = int(column.sum())
    return out


def test_the_caseload_of_200_drawn_with_seed_7_is_pinned() -> None:
    """``generate_tables`` is deterministic for a seed (numpy's PCG64 stream, drawn in a fixed
    order): the same count and seed give the same tables, and the docs quote the numbers of
    seeded caseloads. These figures were read from it once; a change of any distribution (a
    share, a bound, a spread) changes them."""
    tables = generate_tables(200, seed=7)
    figures = {name: _figures(table) for name, table in tables.items()}
    assert figures == {
        "persons": {"rows": 200, "person_id sum": 19900, "birth_date sum": 718607,
                    "birth_date missing": 0},
        "registrations": {"rows": 157, "person_id sum": 15134, "start sum": 2888010,
                          "start missing": 0, "end sum": 3199942, "end missing": 0},
        "exclusions": {"rows": 38, "person_id sum": 2911, "start sum": 696529,
                       "start missing": 0, "end sum": 700744, "end missing": 0},
        "profiles": {"rows": 30, "person_id sum": 3131, "start sum": 512211,
                     "start missing": 0, "end sum": 525496, "end missing": 0},
        "benefit_awards": {"rows": 153, "person_id sum": 16298, "start sum": 2876311,
                           "start missing": 0, "end sum": 2656572, "end missing": 13},
        "households": {"rows": 184, "person_id sum": 17739, "members sum": 453,
                       "income_grosz sum": 31680037},
        "residences": {"rows": 211, "person_id sum": 20756, "start sum": 938807,
                       "start missing": 0, "end sum": 235978, "end missing": 198},
        "situations": {"rows": 65, "person_id sum": 6601, "start sum": 1201996,
                       "start missing": 0, "end sum": 265929, "end missing": 51},
        "certificates": {"rows": 21, "person_id sum": 2336, "start sum": 363820,
                         "start missing": 0, "end sum": 279477, "end missing": 6,
                         "issued_on sum": 363820, "issued_on missing": 0},
        "social_contracts": {"rows": 7, "person_id sum": 842, "start sum": 129546,
                             "start missing": 0, "end sum": 131170, "end missing": 0},
        "entitlements": {"rows": 4, "person_id sum": 414, "start sum": 71722,
                         "start missing": 0, "end sum": 56418, "end missing": 1},
    }  # fmt: skip
    # 101 women of 200 (the share drawn is 55 %); 21 certificates, 20 with causes recorded,
    # 4 of them with a second cause.
    assert int((tables["persons"]["sex"] == "F").sum()) == 101
    causes = tables["certificates"]["causes"]
    assert sorted(len(c) for c in causes if c is not None) == [1] * 16 + [2] * 4


def test_a_person_born_on_the_day_is_aged_0_and_in_the_lowest_band() -> None:
    # Born on the evaluation date: 0 completed years (Kodeks cywilny art. 112), a real age;
    # only a person born after the date has no band.
    pop = Population.from_persons(
        [Person(date(2024, 1, 1), Sex.FEMALE), Person(date(2024, 1, 2), Sex.MALE)]
    )
    assert age_bands(pop, date(2024, 1, 1), (18,)).tolist() == ["under 18", None]


def test_a_csv_keeps_text_ids_that_other_readers_take_for_missing(tmp_path: Path) -> None:
    # Only an empty cell is missing: "NA" and "null" are ids like any other text.
    persons = tmp_path / "persons.csv"
    persons.write_text("person_id,birth_date,sex\nNA,1980-05-01,F\nnull,1990-01-01,M\n")
    assert read_population({"persons": persons}).ids.tolist() == ["NA", "null"]


def test_the_columns_of_a_span_table_say_what_they_hold() -> None:
    assert [c.doc for c in SCHEMAS["registrations"]] == [
        "the person's id in the persons table",
        "first day of the registration as unemployed",
        "last day of the registration as unemployed; empty while it lasts",
    ]


def test_a_child_table_whose_ids_are_neither_integers_nor_text_refuses_every_row() -> None:
    # An integer and a date: a mixed column. Each row is refused for itself: the integer is an
    # id, but of no person (the persons' ids are text), the date is no id at all.
    ids = np.empty(2, dtype=object)
    ids[:] = [1, date(2000, 1, 1)]
    pop = Population.from_tables(
        {"person_id": ["x"], "birth_date": [date(1980, 1, 1)], "sex": ["F"]},
        registrations={"person_id": ids, "start": [date(2020, 1, 1)] * 2, "end": [None, None]},
        errors="refuse",
    )
    rows = pop.refused_rows
    assert (rows.table.tolist(), rows.row.tolist(), rows.column.tolist(), rows.reason.tolist()) == (
        ["registrations", "registrations"],
        [0, 1],
        ["person_id", "person_id"],
        ["has ids that are not in the persons table", "must hold integers or text"],
    )
    assert pop.ids.tolist() == ["x"]


def test_an_integer_id_beyond_64_bits_is_refused_and_the_others_kept() -> None:
    """Python integers wider than any Arrow integer: the row is refused with the reason, the
    other ids are read as integers; the strict mode names the row."""
    persons = {
        "person_id": [1, 2**70, 3],
        "birth_date": [date(1980, 1, 1)] * 3,
        "sex": ["F", "M", "F"],
    }
    pop = Population.from_tables(persons, errors="refuse")
    assert pop.ids.tolist() == [1, 3]
    rows = pop.refused_rows
    assert (rows.row.tolist(), rows.reason.tolist()) == (
        [1],
        ["holds an integer outside the signed 64-bit range"],
    )
    with pytest.raises(IntegraError, match=r"outside the signed 64-bit range \(row 1\)"):
        Population.from_tables(persons)


def test_a_statement_without_income_items_is_followed_across_a_new_criterion() -> None:
    # UPS art. 8 ust. 1 pkt 1: 776 zł for a person alone until 2024-12-31, 1010 zł from
    # 2025-01-01. A statement of 900 zł (no income items, no alimony) is above the first and
    # within the second; the sweep re-screens her alone on 2025-01-01.
    spans = over_time(
        [INCOME_WITHIN_CRITERION], one_person_household("900"), date(2024, 1, 1), date(2025, 12, 31)
    )
    assert {k: v.tolist() for k, v in spans.columns().items()} == {
        "person_id": [0, 0],
        "rule": [INCOME, INCOME],
        "first": [date(2024, 1, 1), date(2025, 1, 1)],
        "last": [date(2024, 12, 31), date(2025, 12, 31)],
        "outcome": ["not_eligible", "eligible"],
        "reason": ["", INCOME],
    }


def test_an_empty_caseload_exports_empty_tables_with_every_column() -> None:
    """A screening of nobody (an empty extract, or a batch with no person) exports tables with
    no row and the same columns as any other screening."""
    from integra.rules import WORKING_AGE

    result = screen([WORKING_AGE], Population.from_persons([]), date(2024, 1, 1))
    names = ["person_id", "error", "working_age", "working_age_missing", "working_age_certainty"]
    table = result.to_arrow()
    assert table.num_rows == 0 and table.column_names == names
    assert list(result.to_pandas().columns) == names
    assert result.to_polars().columns == names
