"""Reading a caseload's tables: every input library gives the same population, ids keep their
identity, every check of the scalar constructors is made on the columns, and the tolerant mode
refuses exactly the persons with a bad row, screening everyone else as the strict mode would
without them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra import IntegraError
from integra.bulk import Population, screen
from integra.bulk._days import OPEN, day_number
from integra.bulk.generate import generate_tables
from integra.rules import (
    AT_RISK_2014_2020,
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    PAI_ELIGIBILITY,
    REGISTERED_UNEMPLOYED,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
)
from integra.rules.core import Outcome
from integra.rules.unemployment import LongTermUnemployed

D = "datetime64[D]"
ON = date(2024, 3, 1)
RULES = (
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    INCOME_WITHIN_CRITERION,
    AT_RISK_2014_2020,
    PAI_ELIGIBILITY,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
)


def persons(ids: Any, **extra: Any) -> dict[str, Any]:
    n = len(ids)
    table = {"person_id": ids, "birth_date": [date(1980, 1, 1)] * n, "sex": ["F"] * n}
    table.update(extra)
    return table


def registrations(ids: Any, start: Any = None, end: Any = None) -> dict[str, Any]:
    n = len(ids)
    return {
        "person_id": ids,
        "start": [date(2020, 1, 1)] * n if start is None else start,
        "end": [None] * n if end is None else end,
    }


def error(**tables: Any) -> str:
    with pytest.raises(IntegraError) as caught:
        Population.from_tables(tables.pop("persons"), **tables)
    assert caught.value.__cause__ is None
    return str(caught.value)


# -- ids keep their identity ----------------------------------------------------------------------


def test_unsigned_64_bit_ids_keep_their_value() -> None:
    big = 2**64 - 1
    ids = np.array([big, 1], dtype=np.uint64)
    pop = Population.from_tables(
        persons(ids),
        registrations=registrations(np.array([big], dtype=np.uint64)),
        benefit_awards={
            "person_id": np.array([1], dtype=np.int64),
            "start": [date(2020, 1, 1)],
            "end": [None],
            "kind": ["periodic_allowance"],
        },
    )
    assert pop.ids.dtype == np.uint64 and pop.ids.tolist() == [big, 1]
    assert pop.position(big) == 0 and pop.position(1) == 1
    assert len(pop.person(big).registrations or ()) == 1
    assert len(pop.person(1).benefit_awards or ()) == 1
    assert len(pop.person(1).registrations or ()) == 0
    # A negative id cannot name an unsigned one; 2**63 is not -2**63.
    assert "not in the persons table" in error(
        persons=persons(ids), registrations=registrations(np.array([-1], dtype=np.int64))
    )
    with pytest.raises(IntegraError, match="no person"):
        pop.position(-1)


def test_text_ids_with_a_trailing_nul_are_other_ids() -> None:
    pop = Population.from_tables(persons(["a", "a\x00"]), registrations=registrations(["a\x00"]))
    assert pop.ids.tolist() == ["a", "a\x00"]
    assert pop.person("a").registrations == ()
    assert len(pop.person("a\x00").registrations or ()) == 1
    with pytest.raises(IntegraError, match="no person"):
        pop.position("a\x00\x00")


def test_ids_of_mixed_width_match_by_value() -> None:
    pop = Population.from_tables(
        persons(np.array([7, 300], dtype=np.int16)),
        registrations=registrations(np.array([300], dtype=np.int64)),
        situations={
            "person_id": np.array([7], dtype=np.uint8),
            "start": [date(2020, 1, 1)],
            "end": [None],
            "situation": ["poverty"],
        },
    )
    assert len(pop.person(300).registrations or ()) == 1
    assert len(pop.person(7).situations or ()) == 1
    # Too large for the persons' type: no such person, not a wrapped-around one.
    assert "not in the persons table" in error(
        persons=persons(np.array([7, 300], dtype=np.int16)),
        registrations=registrations(np.array([300 + 2**16], dtype=np.int64)),
    )


def test_text_ids_never_match_integer_ids() -> None:
    assert "not in the persons table" in error(
        persons=persons([1, 2]), registrations=registrations(["1"])
    )


# -- timestamps, all-null columns, every input library --------------------------------------------

WARSAW = timezone(timedelta(hours=1))


def test_zone_aware_timestamps_are_read_at_their_local_day_by_every_library() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    local = [datetime(1980, 1, 1, tzinfo=WARSAW), datetime(1990, 6, 30, tzinfo=WARSAW)]
    expected = [day_number(date(1980, 1, 1)), day_number(date(1990, 6, 30))]
    frame = pd.DataFrame({"person_id": [1, 2], "birth_date": local, "sex": ["F", "M"]})
    from_pandas = Population.from_tables(frame)
    from_arrow = Population.from_tables(pa.Table.from_pandas(frame, preserve_index=False))
    from_polars = Population.from_tables(pl.from_pandas(frame))
    for pop in (from_pandas, from_arrow, from_polars):
        assert pop.birth.tolist() == expected
    # Midnight in Warsaw is 23:00 the day before in UTC: read as pandas reads it, the local day.
    assert frame["birth_date"].dt.tz_localize(None).dt.date.tolist() == [
        date(1980, 1, 1),
        date(1990, 6, 30),
    ]
    noon = pd.DataFrame(
        {"person_id": [1], "birth_date": [datetime(1980, 1, 1, 12, tzinfo=WARSAW)], "sex": ["F"]}
    )
    for table in (noon, pa.Table.from_pandas(noon, preserve_index=False), pl.from_pandas(noon)):
        with pytest.raises(IntegraError, match=r"'birth_date': has a time of day.*\(row 0\)"):
            Population.from_tables(table)


def test_an_all_null_end_column_means_still_running_for_every_library() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    base = {"person_id": [1, 2], "start": [date(2020, 1, 1), date(2021, 1, 1)]}
    ends: list[Any] = [
        {**base, "end": [None, None]},
        {**base, "end": np.array([np.nan, np.nan])},
        {**base, "end": np.array(["NaT", "NaT"], D)},
        pd.DataFrame({**base, "end": [None, None]}),
        pd.DataFrame({**base, "end": [pd.NaT, pd.NaT]}),
        pa.table({**base, "end": pa.nulls(2)}),
        pl.DataFrame({**base, "end": [None, None]}),
    ]
    for table in ends:
        pop = Population.from_tables(persons([1, 2]), registrations=table)
        assert pop.spans("registrations").end.tolist() == [OPEN, OPEN]


def test_lazy_polars_and_arrow_backed_pandas_read_as_the_rest() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    tables = generate_tables(300, seed=11, arrow=True)
    expected = screen(RULES, Population.from_tables(tables["persons"], **_rest(tables)), ON)
    lazy = {name: pl.from_arrow(t).lazy() for name, t in tables.items()}
    arrow_backed = {name: t.to_pandas(types_mapper=pd.ArrowDtype) for name, t in tables.items()}
    for variant in (lazy, arrow_backed):
        result = screen(RULES, Population.from_tables(variant["persons"], **_rest(variant)), ON)
        for rule in RULES:
            assert result.codes[rule.name].tolist() == expected.codes[rule.name].tolist()


def _rest(tables: dict[str, Any]) -> dict[str, Any]:
    return {name: t for name, t in tables.items() if name != "persons"}


# -- the checks of the scalar constructors --------------------------------------------------------


@pytest.mark.parametrize(
    ("tables", "expected"),
    [
        (
            {"households": {"person_id": [1], "members": [1001], "income_grosz": [1]}},
            "table 'households', column 'members': has a value above 1000 (row 0)",
        ),
        (
            {"households": {"person_id": [1], "members": [1], "income_grosz": [10**14]}},
            "table 'households', column 'income_grosz': has a value of 10^12 zł or more (row 0)",
        ),
        (
            {
                "certificates": {
                    "person_id": [1],
                    "source": ["degree"],
                    "issued_on": [date(2020, 1, 1)],
                    "start": [date(2020, 1, 1)],
                    "end": [None],
                }
            },
            "table 'certificates', column 'degree': is missing for a degree certificate (row 0)",
        ),
        (
            {
                "certificates": {
                    "person_id": [1],
                    "source": ["under_16"],
                    "issued_on": [date(2020, 1, 1)],
                    "start": [date(2020, 1, 1)],
                    "end": [None],
                    "degree": ["light"],
                }
            },
            "column 'degree': is given for an under-16 certificate (row 0)",
        ),
        (
            {
                "certificates": {
                    "person_id": [1],
                    "source": ["invalidity_group_i"],
                    "issued_on": [date(2020, 1, 1)],
                    "start": [date(2020, 1, 1)],
                    "end": [None],
                    "degree": ["light"],
                }
            },
            "column 'degree': contradicts the degree the act gives to the document (row 0)",
        ),
        (
            {
                "residences": {
                    "person_id": [1],
                    "start": [date(1980, 1, 1)],
                    "end": [None],
                    "gmina": ["Wałbrzych"],
                    "house_number": ["1"],
                    "teryt": ["026501"],
                }
            },
            "table 'residences', column 'teryt': must be 7 digits (row 0)",
        ),
        (
            {
                "registrations": {
                    "person_id": pa.array([1]),
                    "start": pa.array([day_number(date(9999, 12, 31)) + 1], pa.int32()).cast(
                        pa.date32()
                    ),
                    "end": pa.nulls(1, pa.date32()),
                }
            },
            "table 'registrations', column 'start': has a date after 9999-12-31 (row 0)",
        ),
        (
            {
                "residences": {
                    "person_id": [1],
                    "start": [date(1980, 1, 1)],
                    "end": [None],
                    "gmina": pa.array(["   "]).dictionary_encode(),
                    "house_number": ["1"],
                }
            },
            "column 'gmina': has empty text; leave the value missing instead (row 0)",
        ),
        (
            {"persons": persons([1, 2], sex=["F", "K"])},
            "table 'persons', column 'sex': holds a value that is not a Sex, expected one of F, M (row 1)",
        ),
        (
            {"persons": persons([1, 2], sex=["F", None])},
            "table 'persons', column 'sex': has missing values (row 1)",
        ),
    ],
)
def test_each_check_of_the_scalar_constructors_is_made_on_the_columns(
    tables: dict[str, Any], expected: str
) -> None:
    tables.setdefault("persons", persons([1]))
    text = error(**tables)
    assert text.startswith("table ") and text.endswith(expected)
    for value in ("1001", "026501", "K", "Wałbrzych", "light"):
        assert f"{value}" not in text.replace("10^12", "").replace("(row 1)", "")
    # The tolerant mode refuses the same row, and with it its person.
    pop = Population.from_tables(tables.pop("persons"), errors="refuse", **tables)
    assert len(pop.refused_rows) == 1
    assert pop.refused.sum() == 1


def test_a_missing_integer_is_missing_not_a_wrong_type() -> None:
    pd = pytest.importorskip("pandas")
    households = pd.DataFrame({"person_id": [1, 1], "members": [2, None], "income_grosz": [1, 2]})
    assert (
        error(persons=persons([1]), households=households)
        == "table 'households', column 'members': has missing values (row 1)"
    )


def test_the_mode_is_named() -> None:
    with pytest.raises(IntegraError, match="errors must be 'raise' or 'refuse'"):
        Population.from_tables(persons([1]), errors="ignore")


# -- arrays are read-only -------------------------------------------------------------------------


def test_population_and_screening_arrays_are_read_only() -> None:
    tables = generate_tables(50, seed=2, arrow=True)
    pop = Population.from_tables(tables.pop("persons"), **tables)
    result = screen([REGISTERED_UNEMPLOYED], pop, ON)
    spans = pop.spans("registrations")
    arrays = [pop.ids, pop.birth, pop.female, pop.refused, pop.collected("registrations")]
    arrays += [spans.person, spans.start, spans.end, spans.first]
    arrays += [result.codes[REGISTERED_UNEMPLOYED.name], result.missing[REGISTERED_UNEMPLOYED.name]]
    arrays += [result.refused]
    for array in arrays:
        with pytest.raises(ValueError, match="read-only"):
            array[0] = array[0]


# -- a subclass that decides otherwise -------------------------------------------------------------


class _AlwaysLongTerm(LongTermUnemployed):
    """A user's reading: whoever the definition leaves out counts as long-term unemployed."""

    def _decide(self, ctx: Any, version: Any) -> Any:
        outcome, observation, missing = super()._decide(ctx, version)
        if outcome is Outcome.NOT_ELIGIBLE:
            return Outcome.ELIGIBLE, observation, missing
        return outcome, observation, missing


def test_a_subclass_that_decides_otherwise_is_never_screened_with_its_parents_kernel() -> None:
    rule = _AlwaysLongTerm()
    tables = generate_tables(200, seed=5, arrow=True)
    pop = Population.from_tables(tables.pop("persons"), **tables)
    result = screen([rule], pop, ON)
    scalar = [rule.evaluate(p, ON).outcome.value for p in pop.persons()]
    assert result.outcomes(rule.name).tolist() == scalar
    assert rule.name in result.fell_back
    parent = screen([LONG_TERM_UNEMPLOYED], pop, ON).counts(LONG_TERM_UNEMPLOYED.name)
    assert result.counts(rule.name)["eligible"] == parent["eligible"] + parent["not_eligible"]


# -- the tolerant mode ---------------------------------------------------------------------------

_CORRUPTIONS = {
    # table: (column, bad value, whether the row still names its person)
    "persons": ("sex", "X", True),
    "registrations": ("start", None, True),
    "benefit_awards": ("kind", "no_such_benefit", True),
    "households": ("members", 0, True),
    "situations": ("person_id", -5, False),
    "residences": ("gmina", "", True),
}


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    picks=st.lists(
        st.tuples(st.sampled_from(sorted(_CORRUPTIONS)), st.floats(0, 1, exclude_max=True)),
        max_size=8,
    ),
)
def test_the_tolerant_mode_screens_exactly_the_persons_without_a_bad_row(
    seed: int, picks: list[tuple[str, float]]
) -> None:
    tables = generate_tables(120, seed=seed)
    for name, table in tables.items():
        tables[name] = {k: np.array(v, dtype=object) for k, v in table.items()}
    bad_rows: dict[str, set[int]] = {}
    refused_ids: set[int] = set()
    for name, where in picks:
        table = tables[name]
        rows = len(table["person_id"])
        if not rows:
            continue
        row = int(where * rows)
        column, value, named = _CORRUPTIONS[name]
        if named:
            refused_ids.add(int(table["person_id"][row]))
        table[column][row] = value
        bad_rows.setdefault(name, set()).add(row)
    persons_table = tables.pop("persons")
    pop = Population.from_tables(persons_table, errors="refuse", **tables)
    # Exactly the persons with a bad row are refused, and every bad row is listed.
    refused = {int(i) for i in pop.ids[pop.refused]}
    assert refused == refused_ids
    listed = {
        (t, int(r)) for t, r in zip(pop.refused_rows.table, pop.refused_rows.row, strict=True)
    }
    assert listed == {(t, r) for t, rows in bad_rows.items() for r in rows}
    # The counts reconcile.
    result = screen(RULES, pop, ON)
    screened = int((~result.refused).sum())
    born_later = int((pop.birth > day_number(ON)).sum())
    assert screened + int(pop.refused.sum()) + born_later == len(pop) == len(persons_table["sex"])
    # Everyone else is screened as the strict mode screens the valid rows alone.
    valid = {"persons": persons_table, **tables}
    for name, table in valid.items():
        keep = np.array(
            [
                i not in bad_rows.get(name, set()) and int(pid) not in refused_ids
                for i, pid in enumerate(table["person_id"])
            ],
            dtype=bool,
        )
        valid[name] = {k: v[keep] for k, v in table.items()}
    strict_persons = valid.pop("persons")
    strict = screen(RULES, Population.from_tables(strict_persons, **valid), ON)
    kept = ~pop.refused
    for rule in RULES:
        assert result.codes[rule.name][kept].tolist() == strict.codes[rule.name].tolist()
    errors = result.errors()
    for position in np.flatnonzero(pop.refused):
        assert str(errors[position]).startswith("a row of table ")
    for text in [*map(str, pop.refused_rows.reason), *(str(e) for e in errors if e)]:
        assert "no_such_benefit" not in text and "'X'" not in text


# -- odd columns: read where they can be, refused by row where a row is wrong ------------------


def refusals_of(**tables: Any) -> list[tuple[str, int, str, str]]:
    pop = Population.from_tables(tables.pop("persons"), errors="refuse", **tables)
    rows = pop.refused_rows
    return [
        (str(t), int(r), str(c), str(why))
        for t, r, c, why in zip(rows.table, rows.row, rows.column, rows.reason, strict=True)
    ]


def test_object_columns_mixing_kinds_are_refused_by_row() -> None:
    from integra import Sex

    found = refusals_of(
        persons={
            "person_id": np.array(["a", 2, "c", None], dtype=object),
            "birth_date": np.array(
                [date(1980, 1, 1), "1990-01-01", date(1970, 1, 1), None], dtype=object
            ),
            "sex": np.array(["F", 3, Sex.MALE, "M"], dtype=object),
        },
        households={
            "person_id": ["a", "c"],
            "members": np.array([2, "3"], dtype=object),
            "income_grosz": np.array([100, True], dtype=object),
        },
        residences={
            "person_id": ["a", "c"],
            "start": [date(1980, 1, 1), date(1980, 1, 1)],
            "end": [None, None],
            "gmina": np.array(["Wałbrzych", 5], dtype=object),
            "house_number": ["1", "2"],
        },
    )
    assert found == [
        ("persons", 1, "person_id", "must hold integers or text"),
        ("persons", 1, "birth_date", "must hold dates (datetime64 or datetime.date)"),
        ("persons", 1, "sex", "must hold Sex values as text, expected one of F, M"),
        ("persons", 3, "person_id", "has missing values"),
        ("persons", 3, "birth_date", "has missing values"),
        ("residences", 1, "gmina", "must hold text"),
        ("households", 1, "members", "must hold integers"),
        ("households", 1, "income_grosz", "must hold integers"),
    ]


def test_a_mixed_column_that_may_be_missing_refuses_only_the_wrong_kind() -> None:
    # statement_id may be left missing: the missing row passes, the number among texts does not.
    households = {
        "person_id": [1, 2, 3],
        "members": [1, 1, 1],
        "income_grosz": [100, 100, 100],
        "statement_id": np.array(["s1", None, 7], dtype=object),
    }
    assert refusals_of(persons=persons([1, 2, 3]), households=households) == [
        ("households", 2, "statement_id", "must hold integers or text")
    ]


def test_a_mixed_enum_column_with_no_text_at_all_refuses_the_table() -> None:
    # Bytes and a number, no text: the column cannot hold sexes, in either mode.
    sexes = np.array([b"F", 1], dtype=object)
    message = "table 'persons', column 'sex': must hold Sex values as text"
    assert error(persons=persons([1, 2], sex=sexes)) == message
    with pytest.raises(IntegraError) as caught:
        Population.from_tables(persons([1, 2], sex=sexes), errors="refuse")
    assert str(caught.value) == message


def test_odd_dates_are_read_as_whole_days_or_refused() -> None:
    months = np.array(["2020-01", "2021-06"], "datetime64[M]")
    hours = np.array(["2020-01-01T00", "2021-06-01T05"], "datetime64[h]")
    pop = Population.from_tables(
        persons([1, 2], birth_date=months),
        registrations={
            "person_id": [1, 2],
            "start": pa.array([date(2022, 1, 1), date(2022, 1, 1)], pa.date64()),
            "end": pa.chunked_array([[None], [None]], type=pa.date32()),
        },
    )
    assert pop.birth.tolist() == [day_number(date(2020, 1, 1)), day_number(date(2021, 6, 1))]
    assert pop.spans("registrations").end.tolist() == [OPEN, OPEN]
    assert refusals_of(persons=persons([1, 2], birth_date=hours)) == [
        ("persons", 1, "birth_date", "has a time of day; pass whole days")
    ]
    # Seconds and nanoseconds are read as they are: midnight is a whole day, noon is not.
    for unit in ("s", "ns"):
        midnight = np.array(["1980-05-01T00:00:00", "1990-02-03T00:00:00"], f"datetime64[{unit}]")
        pop = Population.from_tables(persons([1, 2], birth_date=midnight))
        assert pop.birth.tolist() == [day_number(date(1980, 5, 1)), day_number(date(1990, 2, 3))]
        noon = np.array(["1980-05-01T12:00:00", "1990-02-03T00:00:00"], f"datetime64[{unit}]")
        assert refusals_of(persons=persons([1, 2], birth_date=noon)) == [
            ("persons", 0, "birth_date", "has a time of day; pass whole days")
        ]
    ancient = pa.array([-800_000, 0], pa.int32()).cast(pa.date32())
    assert refusals_of(persons=persons([1, 2], birth_date=ancient)) == [
        ("persons", 0, "birth_date", "has a date before 0001-01-01")
    ]
    mixed = np.array([date(1980, 1, 1), datetime(1980, 1, 1)], dtype=object)
    assert "mixes dates with timestamps" in error(persons=persons([1, 2], birth_date=mixed))
    assert "must hold dates" in error(
        persons=persons([1, 2], birth_date=np.array(["x", 1], object))
    )
    assert "must hold dates" in error(persons=persons([1, 2], birth_date=np.array([1.5, 2.5])))
    assert refusals_of(persons=persons([1, 2], birth_date=pa.nulls(2))) == [
        ("persons", 0, "birth_date", "has missing values"),
        ("persons", 1, "birth_date", "has missing values"),
    ]


def test_odd_numbers_and_flags() -> None:
    households = {
        "person_id": [1, 2, 3],
        "members": np.array([2.0, np.nan, 1.0]),
        "income_grosz": pa.array([1, 2**64 - 1, 3], pa.uint64()),
    }
    assert refusals_of(persons=persons([1, 2, 3]), households=households) == [
        ("households", 1, "members", "has missing values"),
        ("households", 1, "income_grosz", "has a value too large"),
    ]
    assert "must hold integers, not string" in error(
        persons=persons([1]),
        households={"person_id": [1], "members": ["2"], "income_grosz": [1]},
    )
    assert refusals_of(
        persons=persons([1]),
        households={"person_id": [1], "members": pa.nulls(1), "income_grosz": [1]},
    ) == [("households", 0, "members", "has missing values")]
    flags = pa.array([True, None])
    assert refusals_of(
        persons=persons([1, 2], situations_collected=flags),
        situations={"person_id": [], "start": [], "end": [], "situation": []},
    ) == [("persons", 1, "situations_collected", "has missing values")]
    assert "must hold booleans" in error(persons=persons([1], situations_collected=["yes"]))


def test_odd_ids() -> None:
    assert "must hold integers or text, not float64" in error(persons=persons(np.array([1.0])))
    assert refusals_of(persons=persons(pa.nulls(2))) == [
        ("persons", 0, "person_id", "has missing values"),
        ("persons", 1, "person_id", "has missing values"),
    ]
    encoded = pa.array(["x", "y"]).dictionary_encode()
    large = pa.array(["y"], pa.large_string())
    pop = Population.from_tables(persons(encoded), registrations=registrations(large))
    assert pop.ids.tolist() == ["x", "y"] and len(pop.person("y").registrations or ()) == 1


def test_odd_enums_and_sets() -> None:
    numbers = pa.array([1, 2]).dictionary_encode()
    assert "must hold Sex values as text" in error(persons=persons([1, 2], sex=numbers))
    assert "must hold Sex values as text" in error(
        persons=persons([1, 2], sex=np.array([1, 2], object))
    )
    assert refusals_of(persons=persons([1], sex=np.array([np.nan]))) == [
        ("persons", 0, "sex", "has missing values")
    ]

    def certificates(**columns: Any) -> dict[str, Any]:
        n = len(next(iter(columns.values())))
        return {
            "person_id": [1] * n,
            "source": ["under_16"] * n,
            "issued_on": [date(2020, 1, 1)] * n,
            "start": [date(2020, 1, 1)] * n,
            "end": [None] * n,
            **columns,
        }

    young = persons([1], birth_date=[date(2010, 1, 1)])
    cells = np.empty(3, dtype=object)
    cells[:] = [["01-U"], "01-U", ""]
    assert refusals_of(persons=young, certificates=certificates(causes=cells)) == [
        ("certificates", 1, "causes", "must hold lists of DisabilityCause values as text"),
        (
            "certificates",
            2,
            "causes",
            "has empty text; leave the value missing where it was not recorded, or give an "
            "empty list where none are listed",
        ),
    ]
    wrong = np.empty(2, dtype=object)
    wrong[:] = ["01-U", "02-P"]
    assert "must hold lists of DisabilityCause" in error(
        persons=young, certificates=certificates(causes=wrong)
    )
    assert "must hold lists of DisabilityCause" in error(
        persons=young, certificates=certificates(causes=pa.array(["01-U", "02-P"]))
    )
    empty_lists = pa.array([[], []], pa.list_(pa.null()))
    pop = Population.from_tables(young, certificates=certificates(causes=empty_lists))
    assert [c.causes for c in pop.person(1).certificates or ()] == [frozenset(), frozenset()]


def test_any_table_shape() -> None:
    tables = generate_tables(40, seed=1, arrow=True)
    batch = tables["persons"].to_batches()[0]
    one = Population.from_tables(batch, registrations=tables["registrations"].to_batches()[0])
    chunked = pa.concat_tables([tables["persons"].slice(0, 20), tables["persons"].slice(20)])
    two = Population.from_tables(chunked, registrations=tables["registrations"])
    assert one.birth.tolist() == two.birth.tolist()
    empty = pa.table(
        {
            "person_id": pa.chunked_array([], pa.int64()),
            "birth_date": pa.chunked_array([], pa.date32()),
            "sex": pa.chunked_array([], pa.string()),
        }
    )
    assert len(Population.from_tables(empty)) == 0
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {"person_id": [1, 2], "birth_date": [date(1980, 1, 1), "x"], "sex": ["F", "M"]}
    )
    assert refusals_of(persons=frame) == [
        ("persons", 1, "birth_date", "must hold dates (datetime64 or datetime.date)")
    ]
    # A column the table does not have (here a number as its name) is left unread.
    frame = pd.DataFrame(
        {"person_id": [1, 2], "birth_date": [date(1980, 1, 1)] * 2, "sex": ["F", "M"], 0: ["x", 1]}
    )
    pop = Population.from_tables(frame)
    assert pop.ids.tolist() == [1, 2] and pop.female.tolist() == [True, False]


def test_addresses_read_from_columns_are_the_constructor_s() -> None:
    import attrs

    from integra import Address
    from integra.bulk.population import _ADDRESS_FIELDS

    assert [f.name for f in attrs.fields(Address)] == list(_ADDRESS_FIELDS)
    pop = Population.from_tables(
        persons([1, 2]),
        residences={
            "person_id": [1, 2],
            "start": [date(1980, 1, 1)] * 2,
            "end": [None, None],
            "gmina": ["Wałbrzych", "Głuszyca"],
            "house_number": ["12a", "3"],
            "street": ["Główna", None],
            "teryt": ["0265011", None],
        },
    )
    assert pop.addresses == (
        Address("Wałbrzych", "12a", "Główna", teryt="0265011"),
        Address("Głuszyca", "3"),
    )
    assert [hash(a) for a in pop.addresses] == [hash(b) for b in pop.addresses]
    # Blank as str.strip sees it (an information separator is white space to Python), and a
    # TERYT code of digits Python accepts, are judged as the constructor judges them.
    assert refusals_of(
        persons=persons([1, 2]),
        residences={
            "person_id": [1, 2],
            "start": [date(1980, 1, 1)] * 2,
            "end": [None, None],
            "gmina": ["\x1c", "Głuszyca"],
            "house_number": ["1", "2"],
            "teryt": [None, "02650１1"],
        },
    ) == [
        ("residences", 0, "gmina", "has empty text; leave the value missing instead"),
    ]


def test_exclusions_without_any_registration_are_refused() -> None:
    found = refusals_of(
        persons=persons([1]),
        registrations={"person_id": [], "start": [], "end": []},
        exclusions={
            "person_id": [1],
            "start": [date(2020, 1, 1)],
            "end": [date(2020, 2, 1)],
            "kind": ["internship"],
        },
    )
    assert found == [
        ("exclusions", 0, "start", "has a span not within one of the person's registrations")
    ]


def test_columns_as_series_and_coarse_datetimes() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    years = np.array(["1980", "1990"], "datetime64[Y]")
    weeks = np.array(["1980-01-03", "1990-01-04"], "datetime64[W]")
    for births in (years, weeks):
        pop = Population.from_tables(persons([1, 2], birth_date=births))
        assert pop.birth.tolist() == births.astype("datetime64[D]").astype(int).tolist()
    pop = Population.from_tables(
        {
            "person_id": pd.Series([1, 2]),
            "birth_date": pl.Series([date(1980, 1, 1), date(1990, 1, 1)]),
            "sex": pd.Series(["F", "M"]),
        }
    )
    assert pop.female.tolist() == [True, False]


def test_ids_of_every_kind_and_size() -> None:
    empty = Population.from_tables(
        persons(np.zeros(0, np.int64)), registrations=registrations(np.zeros(0, np.int64))
    )
    assert len(empty) == 0
    assert "not in the persons table" in error(
        persons=persons(np.zeros(0, np.int64)), registrations=registrations([1])
    )
    unsigned = Population.from_tables(
        persons(np.array([2**64 - 1, 5], np.uint64)),
        registrations=registrations(np.array([5], np.uint32)),
    )
    assert len(unsigned.person(5).registrations or ()) == 1
    for far in (2**64, -(2**63) - 1):
        with pytest.raises(IntegraError, match="no person"):
            unsigned.position(far)


def test_many_distinct_addresses_keep_apart() -> None:
    n = 700
    pop = Population.from_tables(
        persons(list(range(n))),
        residences={
            "person_id": list(range(n)),
            "start": [date(1980, 1, 1)] * n,
            "end": [None] * n,
            "gmina": [f"g{i}" for i in range(n)],
            "house_number": [f"{i}" for i in range(n)],
            "street": [f"s{i}" for i in range(n)],
            "locality": [f"l{i}" for i in range(n)],
            "flat": [f"f{i}" for i in range(n)],
            "teryt": [f"{i:07d}" for i in range(n)],
            "unit": [f"u{i}" for i in range(n)],
        },
    )
    assert len(pop.addresses) == n
    assert {a.teryt for a in pop.addresses} == {f"{i:07d}" for i in range(n)}


def test_situation_checks_pooled_or_row_by_row_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    import integra.bulk.frame as frame_module

    tables = generate_tables(300, seed=21, arrow=True)
    pop = Population.from_tables(tables.pop("persons"), **tables)
    pooled = screen(RULES, pop, ON)
    monkeypatch.setattr(frame_module, "_POOL_BITS", 1)  # too few bits: checked row by row
    rows = screen(RULES, pop, ON)
    for rule in RULES:
        assert rows.codes[rule.name].tolist() == pooled.codes[rule.name].tolist()


class _Loose(LongTermUnemployed):
    """A subclass without slots: a method can be set on one instance."""


def test_a_method_set_on_an_instance_or_a_law_of_its_own_is_never_screened_in_columns() -> None:
    import attrs

    from integra.law import Timeline

    tables = generate_tables(120, seed=22, arrow=True)
    pop = Population.from_tables(tables.pop("persons"), **tables)
    loose = _Loose()
    object.__setattr__(loose, "_decide", lambda ctx, version: (Outcome.ELIGIBLE, None, ()))

    class Shifted(Timeline):  # type: ignore[type-arg]
        """A law found its own way: always the first version."""

        def get(self, on: date) -> Any:
            return self.entries[0].value

    law = LONG_TERM_UNEMPLOYED.law
    assert law is not None
    shifted = attrs.evolve(
        LONG_TERM_UNEMPLOYED,
        law=Shifted(law.name, law.entries),
    )
    for rule in (loose, shifted):
        result = screen([rule], pop, ON)
        assert rule.name in result.fell_back
        assert result.outcomes(rule.name).tolist() == [
            rule.evaluate(p, ON).outcome.value for p in pop.persons()
        ]
