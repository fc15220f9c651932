"""A project's participants from tables: the participants spreadsheet, and the support,
employment and results recorded for them, read into a [`Cohort`][integra.outcomes.records.Cohort]
(optional extra ``integra-pl[bulk]``, which brings numpy and pyarrow).

Four tables, documented in [`SCHEMAS`][integra.outcomes.tables.SCHEMAS]: ``participants`` (one
row per participation) and ``support``, ``employment`` and ``results`` (any number of rows per
participant, keyed by ``participant_id``). Each is a pandas, polars (eager or lazy) or pyarrow
table, a mapping of column names to arrays or lists, a Parquet or CSV file you name, or a
``pyarrow.dataset.Dataset`` you opened. The columns are read through Arrow as
[`Population.from_tables`][integra.bulk.population.Population.from_tables] reads a caseload, and
then each record is built with its constructor, so every check a
[`Participant`][integra.outcomes.records.Participant],
[`SupportEpisode`][integra.outcomes.records.SupportEpisode],
[`Employment`][integra.outcomes.records.Employment],
[`Result`][integra.outcomes.records.Result] or [`Cohort`][integra.outcomes.records.Cohort]
makes is made, with the same words. A message names the table, the column, the reason and the
row's position (0-based, in the order given), never a value.

Amounts and fractions (``hours``, ``fte``, ``value``) are exact: integers, decimals, or text in
decimal notation (``"0.5"``, as a CSV file holds them). A float is read as the shortest decimal
that rounds to it (``0.1`` is ``Decimal("0.1")``, what the spreadsheet showed) for hours and
fractions of full time, but never for money: a civil-law contract's ``value`` given as floats
refuses the table. In a CSV file, dates are written ``YYYY-MM-DD``, an empty cell is missing, and
the set columns (``categories``, ``undetermined``) list their values separated by ``;``, with
``-`` for none.

Examples:
    >>> from datetime import date
    >>> read = cohort_from_tables(
    ...     {"participant_id": ["A-1", "A-2"], "sex": ["F", "M"], "entry": [date(2020, 1, 6)] * 2,
    ...      "categories": [["at_risk"], []]},
    ...     support={"participant_id": ["A-1"], "service": ["social_work"], "start": [date(2020, 1, 6)]},
    ... )
    >>> read.cohort.participants[0].support
    (SupportEpisode(2020-01-06..2020-01-06),)
    >>> cohort_from_tables({"participant_id": ["A-1"], "sex": ["F"], "entry": [date(2020, 1, 6)]},
    ...                    support={"participant_id": ["A-1"], "service": ["yoga"], "start": [date(2020, 1, 6)]})
    Traceback (most recent call last):
    ...
    integra.errors.InvalidValue: table 'support', column 'service': holds a value that is not a service of the catalogue, expected one of reintegration_unit, ... (row 0)
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

import attrs
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from integra.bulk import _read
from integra.bulk._days import OPEN, from_day_number
from integra.bulk.population import Column, RefusedRows, SetOf
from integra.errors import IntegraError, InvalidValue
from integra.outcomes.records import (
    Category,
    Cohort,
    Employment,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    ProgressForm,
    Result,
    ResultKind,
    SupportEpisode,
)
from integra.people import Sex
from integra.services import SERVICES

__all__ = [
    "SCHEMAS",
    "CohortRead",
    "RefusedTableRows",
    "arrow_schema",
    "cohort_from_tables",
    "tables_from_cohort",
]

_ID = Column("participant_id", "text", doc="the participant's id in the participants table (text)")

SCHEMAS: dict[str, tuple[Column, ...]] = {
    "participants": (
        Column(
            "participant_id",
            "text",
            doc="the record's pseudonymous id, unique in the table: text of at most 64 "
            "characters, never a PESEL (eleven digits are refused)",
        ),
        Column("sex", Sex, doc="'F' (female) or 'M' (male)"),
        Column("entry", "date", doc="the first day of participation"),
        Column(
            "exit",
            "date",
            required=False,
            nullable=True,
            doc="the last day of participation; empty while it continues",
        ),
        Column(
            "exit_reason",
            ExitReason,
            required=False,
            nullable=True,
            doc="'completed', 'early_for_job' or 'early_other'; given with an exit, and only then",
        ),
        Column(
            "labour_status",
            LabourStatus,
            required=False,
            nullable=True,
            doc="'employed', 'unemployed' or 'inactive' on entry; empty if not collected",
        ),
        Column(
            "categories",
            SetOf(Category),
            required=False,
            doc="the categories on entry ('at_risk', 'disability', 'severe_disability', "
            "'long_term_unemployed') as a list, empty if none; without the column, nobody is in "
            "any category",
        ),
        Column(
            "undetermined",
            SetOf(Category),
            required=False,
            doc="the categories the rules could not decide, as a list, empty if none",
        ),
        Column(
            "person",
            "text",
            required=False,
            nullable=True,
            doc="a pseudonymous key shared by the records of a person who took part more than "
            "once; empty: the record's id is the person",
        ),
    ),
    "support": (
        _ID,
        Column("service", "service", doc="the code of the service in the catalogue"),
        Column("start", "date", doc="the first day"),
        Column("end", "date", required=False, nullable=True, doc="the last day; empty: one day"),
        Column(
            "hours", "decimal", required=False, nullable=True, doc="hours received, if recorded"
        ),
        Column(
            "activity",
            "text",
            required=False,
            nullable=True,
            doc="the project's own name for the activity, if any",
        ),
    ),
    "employment": (
        _ID,
        Column(
            "kind",
            EmploymentKind,
            doc="'employment_contract', 'civil_law' or 'self_employment'",
        ),
        Column("start", "date", doc="the first day of work"),
        Column(
            "end",
            "date",
            required=False,
            nullable=True,
            doc="the last day under the contract as concluded; empty: indefinite",
        ),
        Column(
            "fte",
            "decimal",
            required=False,
            nullable=True,
            doc="the fraction of full time, in (0, 1]: for an employment contract, and only then",
        ),
        Column(
            "value",
            "money",
            required=False,
            nullable=True,
            doc="the total value in złoty: for a civil-law contract, and only then",
        ),
    ),
    "results": (
        _ID,
        Column("kind", ResultKind, doc="what was achieved, e.g. 'qualification'"),
        Column("on", "date", doc="the day it happened (or was recorded)"),
        Column(
            "form",
            ProgressForm,
            required=False,
            nullable=True,
            doc="for social progress only, its form ('a' to 'h' or 'other')",
        ),
    ),
}
"""The tables a cohort is read from and their columns. Other columns are ignored.

Kinds: ``"text"``; ``"date"`` (``datetime64`` whole days or ``datetime.date`` values);
``"service"``, a code of the catalogue [`SERVICES`][integra.services.SERVICES] as text;
``"decimal"`` and ``"money"``, exact numbers (integers, decimals or text; floats for
``"decimal"`` only); an enum class, whose values the column holds as text; and
[`SetOf`][integra.bulk.population.SetOf] an enum, a list of its values per row.

Examples:
    >>> [c.name for c in SCHEMAS["results"]]
    ['participant_id', 'kind', 'on', 'form']
"""

_CODES = tuple(s.code for s in SERVICES)
_CODE_SET = pa.array(_CODES, type=pa.string())
_FIELD = re.compile(r"^(?P<owner>[A-Za-z]+)\.(?P<field>[a-z_]+)")


def arrow_schema(table: str) -> Any:
    """The Arrow schema of ``table`` as [`SCHEMAS`][integra.outcomes.tables.SCHEMAS] documents
    it: dates ``date32``; text, enum values and exact numbers ``string`` (an exact number is
    written as text: ``"0.5"``); sets ``list<string>``. It is the schema
    [`tables_from_cohort`][integra.outcomes.tables.tables_from_cohort] writes, and the types a
    CSV file is read with.

    Raises:
        InvalidValue: No table has that name.

    Examples:
        >>> arrow_schema("results").types
        [DataType(string), DataType(string), DataType(date32[day]), DataType(string)]
    """
    columns = SCHEMAS.get(table)
    if columns is None:
        raise InvalidValue(f"unknown tables: {table}")
    fields = []
    for column in columns:
        kind = column.kind
        if kind == "date":
            arrow = pa.date32()
        elif isinstance(kind, SetOf):
            arrow = pa.list_(pa.string())
        else:
            arrow = pa.string()
        fields.append(pa.field(column.name, arrow, nullable=column.nullable))
    return pa.schema(fields)


@attrs.frozen(slots=True, eq=False, repr=False)
class RefusedTableRows(RefusedRows):
    """The rows refused when a cohort was read with ``errors="refuse"``: for each, the table
    (``participants``, ``support``, ``employment`` or ``results``), the row's position in it
    (0-based, in the order given), the column and the reason — never the value. The columns
    and exports are those of [`RefusedRows`][integra.bulk.population.RefusedRows].

    Examples:
        >>> from datetime import date
        >>> read = cohort_from_tables(
        ...     {"participant_id": ["A", "B"], "sex": ["F", "X"], "entry": [date(2020, 1, 6)] * 2},
        ...     results={"participant_id": ["A", "C"], "kind": ["qualification"] * 2, "on": [date(2020, 3, 2)] * 2},
        ...     errors="refuse",
        ... )
        >>> for refusal in zip(*(v.tolist() for v in read.refused_rows.columns().values())):
        ...     print(refusal)
        ('participants', 1, 'sex', 'holds a value that is not a Sex, expected one of F, M')
        ('results', 1, 'participant_id', 'names no participant of the participants table')
        >>> read.refused_rows.counts()
        {'participants': 1, 'results': 1}
        >>> read.refused_rows
        <RefusedTableRows: 2 rows>
    """

    _TABLES: ClassVar[tuple[str, ...]] = tuple(SCHEMAS)


@attrs.frozen(slots=True, eq=False, repr=False)
class CohortRead:
    """A cohort read from tables, and what was refused on the way.

    The counts reconcile: ``given == len(cohort) + len(refused)``.

    Attributes:
        cohort: The participants built, in the order of the participants table.
        refused_rows: The rows refused (empty in the strict mode, which raises instead).
        given: The rows of the participants table.
        refused: The positions of the participants rows refused: a row that was bad itself,
            or one of whose support, employment or results rows was (``errors="refuse"``).

    Examples:
        >>> from datetime import date
        >>> read = cohort_from_tables(
        ...     {"participant_id": ["A", "B"], "sex": ["F", "M"], "entry": [date(2020, 1, 6)] * 2},
        ...     support={"participant_id": ["B"], "service": ["social_work"], "start": [date(2019, 1, 6)]},
        ...     errors="refuse",
        ... )
        >>> read, read.given, len(read.cohort), read.refused
        (<CohortRead: 2 participants given, 1 kept, 1 refused>, 2, 1, (1,))
        >>> read.refused_rows.columns()["reason"].tolist()
        ["starts before the participant's entry"]
    """

    cohort: Cohort
    refused_rows: RefusedTableRows
    given: int
    refused: tuple[int, ...]

    def __repr__(self) -> str:
        return (
            f"<CohortRead: {self.given} participants given, {len(self.cohort)} kept, "
            f"{len(self.refused)} refused>"
        )


def cohort_from_tables(
    participants: Any,
    *,
    support: Any = None,
    employment: Any = None,
    results: Any = None,
    errors: str = "raise",
) -> CohortRead:
    """A cohort from a participants table and, if given, the support, employment and results
    tables keyed by ``participant_id`` (a table not given: no such records for anyone).

    Each table is a pyarrow table or record batch, a polars ``DataFrame`` or ``LazyFrame``, a
    pandas ``DataFrame``, a mapping of column names to arrays or lists, a path to a
    ``.parquet`` or ``.csv`` file (or a folder of Parquet files), or a
    ``pyarrow.dataset.Dataset``. Only the columns of
    [`SCHEMAS`][integra.outcomes.tables.SCHEMAS] are read. A participant's support, employment
    and results keep the order of their rows.

    Every check the record constructors make is made, and those across tables and rows: an id
    is unique in the participants table, every other row names a participant, no support,
    employment or result is dated before the participant's entry, and no person enters twice
    on one day.

    With ``errors="raise"`` (the default) the first bad row refuses the tables: an
    [`InvalidValue`][integra.errors.InvalidValue] names the table, the column, the reason and
    the row. With ``errors="refuse"`` every valid participant is built, and a participant with
    any bad row (of any table) is refused whole; the bad rows are listed in ``refused_rows``. A
    row that names no participant is listed but belongs to nobody, and the rows of a refused
    participant that are good are not listed. A table or column that is missing, or of a type
    that cannot hold the column's kind, refuses the tables in both modes.

    Raises:
        InvalidValue: ``errors`` is neither ``"raise"`` nor ``"refuse"``; a table or column is
            missing or of the wrong type; or, with ``errors="raise"``, a row is bad.

    Examples:
        >>> from datetime import date
        >>> read = cohort_from_tables(
        ...     {"participant_id": ["K-1"], "sex": ["F"], "entry": [date(2020, 1, 6)],
        ...      "exit": [date(2020, 6, 30)], "exit_reason": ["completed"]},
        ...     employment={"participant_id": ["K-1"], "kind": ["employment_contract"],
        ...                 "start": [date(2020, 7, 1)], "fte": ["0.5"]},
        ... )
        >>> read.cohort.participants[0].employment[0].fte
        Decimal('0.5')
        >>> cohort_from_tables(
        ...     {"participant_id": ["K-1"], "sex": ["F"], "entry": [date(2020, 1, 6)], "exit": [date(2020, 6, 30)]}
        ... )
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: table 'participants', column 'exit_reason': Participant.exit_reason is required with Participant.exit, and only then (row 0)
    """
    if errors not in ("raise", "refuse"):
        raise InvalidValue("errors must be 'raise' or 'refuse'")
    return _Reader(errors == "raise").read(
        participants, {"support": support, "employment": employment, "results": results}
    )


# -- reading -----------------------------------------------------------------------------------


def _source(table: str, source: Any) -> Any:
    """A table given as a file or a dataset, read whole with pyarrow; anything else as it is."""
    import pyarrow.dataset as ds

    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if path.lower().endswith(".csv"):
            types = {f.name: f.type for f in arrow_schema(table)}
            for column in SCHEMAS[table]:
                if isinstance(column.kind, SetOf):
                    types[column.name] = pa.string()
            convert = ds.CsvFileFormat(
                convert_options=_csv_options(types),
            )
            source = ds.dataset(path, format=convert)
        else:
            source = ds.dataset(path, format="parquet")
    if not isinstance(source, ds.Dataset):
        return source
    wanted = {c.name for c in SCHEMAS[table]}
    read = source.to_table(columns=[n for n in source.schema.names if n in wanted])
    for column in SCHEMAS[table]:
        if isinstance(column.kind, SetOf) and column.name in read.column_names:
            values = read.column(column.name)
            if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
                split = pc.split_pattern(values, ";")
                lists = pc.if_else(pc.equal(values, "-"), pa.scalar([], type=split.type), split)
                index = read.column_names.index(column.name)
                read = read.set_column(index, column.name, lists)
    return read


def _csv_options(types: dict[str, Any]) -> Any:
    import pyarrow.csv as pacsv

    return pacsv.ConvertOptions(column_types=types, strings_can_be_null=True, null_values=[""])


def _dates(days: Any) -> list[date | None]:
    """Day numbers as dates (``None`` for ``OPEN``), each distinct day converted once."""
    if not len(days):
        return []
    distinct, at = np.unique(days, return_inverse=True)
    made = [None if d == OPEN else from_day_number(d) for d in distinct.tolist()]
    return [made[i] for i in at.ravel().tolist()]


def _members(codes: Any, kind: Any) -> list[Any]:
    lookup = [*kind, None]  # -1 (missing or refused) is the last
    return [lookup[c] for c in codes.tolist()]


def _is_missing(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, float) and value != value)
        or type(value).__name__ in ("NAType", "NaTType")
    )


class _Reader:
    """Reads the four tables into records, refusing rows (and their participants) as it goes."""

    def __init__(self, strict: bool) -> None:
        self.refusals = _read.Refusals(strict)

    def refuse(self, table: str, column: str, rows: Any, reason: str) -> None:
        self.refusals.add(table, column, rows, reason)

    def refused_rows(self, table: str, length: int) -> Any:
        bad = np.zeros(length, dtype=bool)
        bad[self.refusals.rows_of(table)] = True
        return bad

    # -- columns ---------------------------------------------------------------------------

    def columns(self, table: str, raw: Any) -> tuple[dict[str, Any], int]:
        """The columns of ``table``, read and checked: Python values per row (``None`` where
        missing or refused), and ``_ids`` (the ids as an Arrow string array) and ``_days_*``
        (day numbers of the date columns) for the checks across rows."""
        schema = SCHEMAS[table]
        arrays, n = _read.arrow_columns(table, _source(table, raw), {c.name for c in schema})
        out: dict[str, Any] = {}
        for column in schema:
            name, kind = column.name, column.kind
            arr = arrays.get(name)
            if arr is None:
                if column.required:
                    raise _read.fail(table, name, "is missing")
                continue
            if kind == "text":
                text = _read.read_texts(table, name, arr, column.nullable, self.refusals)
                text = _read._plain(text).cast(pa.string())
                if name == "participant_id":
                    out["_ids"] = text
                elif name == "person":
                    out["_person"] = text
                out[name] = text.to_pylist()
            elif kind == "service":
                text = _read.read_texts(table, name, arr, column.nullable, self.refusals)
                text = _read._plain(text).cast(pa.string())
                known = pc.fill_null(pc.is_in(text, value_set=_CODE_SET), True)
                self.refuse(
                    table,
                    name,
                    ~known.to_numpy(zero_copy_only=False),
                    "holds a value that is not a service of the catalogue, expected one of "
                    + ", ".join(_CODES),
                )
                out[name] = text.to_pylist()
            elif kind == "date":
                days = _read.read_dates(table, name, arr, column.nullable, self.refusals)
                out[f"_days_{name}"] = days
                out[name] = _dates(days)
            elif kind in ("decimal", "money"):
                out[name] = self.decimals(table, name, arr, floats=kind == "decimal")
            elif isinstance(kind, SetOf):
                masks = _read.read_sets(table, name, arr, kind.members, self.refusals)
                self.refuse(
                    table,
                    name,
                    masks == _read.NOT_RECORDED,
                    "has missing values; give an empty list where none apply",
                )
                members = list(kind.members)
                sets = {
                    mask: frozenset(m for bit, m in enumerate(members) if mask >> bit & 1)
                    for mask in range(1 << len(members))
                }
                out[name] = [sets.get(mask) for mask in masks.tolist()]
            else:
                codes = _read.read_codes(table, name, arr, kind, column.nullable, self.refusals)
                out[name] = _members(codes, kind)
        return out, n

    def decimals(self, table: str, column: str, arr: Any, floats: bool) -> list[Decimal | None]:
        """Exact numbers: integers, decimals, or text in decimal notation; floats (as the
        shortest decimal that rounds to them) only where ``floats``."""
        not_float = "must hold amounts as integers, decimals or text, not floats"
        if isinstance(arr, _read.Mixed):
            out: list[Decimal | None] = []
            wrong = np.zeros(len(arr), dtype=bool)
            for i, value in enumerate(arr.values):
                number = None
                if isinstance(value, Decimal):
                    number = value
                elif isinstance(value, int | np.integer) and not isinstance(value, bool):
                    number = Decimal(int(value))
                elif isinstance(value, str):
                    number = _parse(value)
                elif floats and isinstance(value, float | np.floating) and value == value:
                    number = Decimal(repr(float(value)))
                wrong[i] = number is None and not _is_missing(value)
                out.append(number)
            self.refuse(table, column, wrong, "must hold numbers in decimal notation")
            return out
        kind = arr.type
        if pa.types.is_null(kind) or (pa.types.is_floating(kind) and arr.null_count == len(arr)):
            return [None] * len(arr)
        if pa.types.is_integer(kind):
            return [None if v is None else Decimal(v) for v in arr.to_pylist()]
        if pa.types.is_decimal(kind):
            return list(arr.to_pylist())
        if pa.types.is_floating(kind):
            if not floats:
                raise _read.fail(table, column, f"{not_float} ({_read._type_name(kind)})")
            return [None if v is None else Decimal(repr(v)) for v in arr.to_pylist()]
        text = _read._text_array(arr)
        if text is None:
            raise _read.fail(table, column, f"must hold numbers, not {_read._type_name(kind)}")
        values = _read._plain(text).to_pylist()
        parsed = [None if v is None else _parse(v) for v in values]
        wrong = np.array(
            [p is None and v is not None for p, v in zip(parsed, values, strict=True)], dtype=bool
        )
        self.refuse(table, column, wrong, "must hold numbers in decimal notation")
        return parsed

    # -- records ---------------------------------------------------------------------------

    def build(
        self, table: str, rows: Any, make: Callable[[int], Any], fields: Mapping[str, str]
    ) -> list[Any]:
        """One record per row in ``rows`` (``None`` where its constructor refuses it: the row
        is refused under the column of the field the error names, with the error's words)."""
        out: list[Any] = []
        for row in rows.tolist():
            try:
                record = make(row)
            except IntegraError as error:
                message = str(error)
            else:
                out.append(record)
                continue
            found = _FIELD.match(message)
            field = found.group("field") if found else ""
            self.refuse(table, fields.get(field, field), np.array([row]), message)
            out.append(None)
        return out

    def read(self, participants: Any, others: Mapping[str, Any]) -> CohortRead:
        p, n = self.columns("participants", participants)
        ids = p["_ids"]
        missing = _read.null_mask(ids)
        self.pseudonyms(ids, "participant_id", "id")
        if "_person" in p:
            self.pseudonyms(p["_person"], "person", "person")
        self.refuse(
            "participants", "participant_id", _duplicates(ids, missing), "has duplicate ids"
        )
        owner_bad = self.refused_rows("participants", n)
        entry_days = p["_days_entry"]
        children: dict[str, dict[int, Any]] = {}
        child_bad = np.zeros(n, dtype=bool)
        for table, raw in others.items():
            lists: dict[int, Any] = {}
            if raw is not None:
                owner, good = self.child_table(table, raw, ids, missing, entry_days)
                owners = owner.tolist()
                for row, record in good:
                    if record is None:
                        child_bad[owners[row]] = True
                    else:
                        lists.setdefault(owners[row], []).append(record)
            children[table] = {at: tuple(records) for at, records in lists.items()}
        support, jobs, done = children["support"], children["employment"], children["results"]
        none: frozenset[Category] = frozenset()
        categories = p.get("categories", [none] * n)
        undetermined = p.get("undetermined", [none] * n)
        exit, reason = p.get("exit", [None] * n), p.get("exit_reason", [None] * n)
        labour, person = p.get("labour_status", [None] * n), p.get("person", [None] * n)
        pid, sex, entry = p["participant_id"], p["sex"], p["entry"]

        def make(row: int) -> Participant:
            return Participant(
                pid[row],
                sex[row],
                entry[row],
                exit[row],
                reason[row],
                categories=categories[row],
                undetermined=undetermined[row],
                labour_status=labour[row],
                support=support.get(row, ()),
                employment=jobs.get(row, ()),
                results=done.get(row, ()),
                person=person[row],
            )

        candidates = np.flatnonzero(~owner_bad)
        built = self.build("participants", candidates, make, {"id": "participant_id"})
        spoiled = child_bad.tolist()
        kept = [
            (row, record)
            for row, record in zip(candidates.tolist(), built, strict=True)
            if record is not None and not spoiled[row]
        ]
        self.check_entries(kept)
        refused = self.refused_rows("participants", n) | child_bad
        final = refused.tolist()
        participants_kept = [record for row, record in kept if not final[row]]
        return CohortRead(
            Cohort(participants_kept),
            RefusedTableRows.of(self.refusals),
            n,
            tuple(int(row) for row in np.flatnonzero(refused)),
        )

    def child_table(
        self, table: str, raw: Any, ids: Any, missing: Any, entry_days: Any
    ) -> tuple[Any, list[tuple[int, Any]]]:
        """Read ``table``: for each row, the participants row it names (-1: none), and the
        records of the rows naming a participant (``None`` where refused)."""
        c, rows = self.columns(table, raw)
        keys = c["_ids"]
        found = pc.index_in(keys, value_set=ids.filter(pa.array(~missing)))
        kept_rows = np.flatnonzero(~missing)
        at = np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
        owner = np.full(rows, -1, dtype=np.int64)
        hit = (at >= 0) & ~_read.null_mask(keys)
        owner[hit] = kept_rows[at[hit]]
        self.refuse(
            table,
            "participant_id",
            (owner < 0) & ~_read.null_mask(keys),
            "names no participant of the participants table",
        )
        date_column = "on" if table == "results" else "start"
        first = c[f"_days_{date_column}"]
        entry = np.full(rows, OPEN, dtype=np.int64)
        named = owner >= 0
        entry[named] = entry_days[owner[named]]
        early = (first < entry) & (entry != OPEN) & (first != OPEN) & (owner >= 0)
        self.refuse(
            table,
            date_column,
            early,
            "is dated before the participant's entry"
            if table == "results"
            else "starts before the participant's entry",
        )
        bad = self.refused_rows(table, rows)
        candidates = np.flatnonzero((owner >= 0) & ~bad)
        make = _MAKERS[table](c, rows)
        built = self.build(table, candidates, make, {})
        good = list(zip(candidates.tolist(), built, strict=True))
        refused = np.flatnonzero(bad & (owner >= 0))
        good.extend((row, None) for row in refused.tolist())
        return owner, good

    def pseudonyms(self, text: Any, column: str, field: str) -> None:
        """The checks of a pseudonym (as [`Participant`][integra.outcomes.records.Participant]
        makes them, which stays the reference) on a whole column, so that a bad id is named
        before the rows of other tables that refer to it."""
        length = pc.utf8_length(text)
        blank = pc.equal(pc.utf8_trim_whitespace(text), "")
        bare = pc.replace_substring_regex(text, r"\s+", "")
        pesel = pc.match_substring_regex(bare, r"^[0-9]{11}$")

        def rows(found: Any) -> Any:
            return np.asarray(pc.fill_null(found, False).to_numpy(zero_copy_only=False), bool)

        self.refuse(
            "participants",
            column,
            rows(pc.or_(blank, pc.greater(length, 64))),
            f"Participant.{field} must be a non-empty string of at most 64 characters",
        )
        self.refuse(
            "participants",
            column,
            rows(pesel),
            f"Participant.{field} must be a pseudonym: eleven digits look like a PESEL",
        )

    def check_entries(self, kept: list[tuple[int, Participant]]) -> None:
        """No person enters twice on one day (as [`Cohort`][integra.outcomes.records.Cohort]);
        every record of such a pair is refused, whichever comes first."""
        seen: dict[tuple[str, date], list[int]] = {}
        for row, record in kept:
            seen.setdefault((record.key, record.entry), []).append(row)
        twice = [row for rows in seen.values() if len(rows) > 1 for row in rows]
        self.refuse(
            "participants",
            "entry",
            np.array(sorted(twice), dtype=np.int64),
            "the same person entered twice on one day",
        )


def _parse(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _duplicates(ids: Any, missing: Any) -> Any:
    """Which rows hold an id that another row holds too."""
    encoded = ids.dictionary_encode()
    codes = np.asarray(pc.fill_null(encoded.indices, -1).to_numpy(), dtype=np.int64)
    counts = np.bincount(codes[codes >= 0], minlength=len(encoded.dictionary))
    return (codes >= 0) & (counts[np.maximum(codes, 0)] > 1) & ~missing


def _optional(c: dict[str, Any], name: str, rows: int) -> list[Any]:
    return c[name] if name in c else [None] * rows


def _support(c: dict[str, Any], rows: int) -> Callable[[int], SupportEpisode]:
    service, start = c["service"], c["start"]
    end, hours = _optional(c, "end", rows), _optional(c, "hours", rows)
    activity = _optional(c, "activity", rows)
    return lambda row: SupportEpisode(service[row], start[row], end[row], hours[row], activity[row])


def _employment(c: dict[str, Any], rows: int) -> Callable[[int], Employment]:
    kind, start, end = c["kind"], c["start"], _optional(c, "end", rows)
    fte, value = _optional(c, "fte", rows), _optional(c, "value", rows)
    return lambda row: Employment(kind[row], start[row], end[row], fte=fte[row], value=value[row])


def _result(c: dict[str, Any], rows: int) -> Callable[[int], Result]:
    kind, on, form = c["kind"], c["on"], _optional(c, "form", rows)
    return lambda row: Result(kind[row], on[row], form[row])


_MAKERS: dict[str, Callable[[dict[str, Any], int], Callable[[int], Any]]] = {
    "support": _support,
    "employment": _employment,
    "results": _result,
}


# -- writing -----------------------------------------------------------------------------------


def tables_from_cohort(cohort: Cohort) -> dict[str, Any]:
    """The four tables of ``cohort``, as pyarrow tables of the schemas of
    [`arrow_schema`][integra.outcomes.tables.arrow_schema] (the inverse of
    [`cohort_from_tables`][integra.outcomes.tables.cohort_from_tables]): to write to Parquet,
    or to hand to a DataFrame library. Exact numbers are written as text.

    Examples:
        >>> from datetime import date
        >>> from integra import Sex
        >>> cohort = Cohort([Participant("A", Sex.FEMALE, date(2020, 1, 6),
        ...                  support=[SupportEpisode("psu", date(2020, 2, 3), hours=Decimal("20"))])])
        >>> tables = tables_from_cohort(cohort)
        >>> tables["support"].column("hours").to_pylist()
        ['20']
        >>> cohort_from_tables(tables["participants"], support=tables["support"]).cohort == cohort
        True
    """
    p: dict[str, list[Any]] = {c.name: [] for c in SCHEMAS["participants"]}
    s: dict[str, list[Any]] = {c.name: [] for c in SCHEMAS["support"]}
    e: dict[str, list[Any]] = {c.name: [] for c in SCHEMAS["employment"]}
    r: dict[str, list[Any]] = {c.name: [] for c in SCHEMAS["results"]}
    for record in cohort:
        pid = record.id
        p["participant_id"].append(pid)
        p["sex"].append(record.sex.value)
        p["entry"].append(record.entry)
        p["exit"].append(record.exit)
        p["exit_reason"].append(_value(record.exit_reason))
        p["labour_status"].append(_value(record.labour_status))
        p["categories"].append(sorted(c.value for c in record.categories))
        p["undetermined"].append(sorted(c.value for c in record.undetermined))
        p["person"].append(record.person)
        for episode in record.support:
            s["participant_id"].append(pid)
            s["service"].append(episode.service)
            s["start"].append(episode.start)
            s["end"].append(episode.end)
            s["hours"].append(_text(episode.hours))
            s["activity"].append(episode.activity)
        for job in record.employment:
            e["participant_id"].append(pid)
            e["kind"].append(job.kind.value)
            e["start"].append(job.start)
            e["end"].append(job.end)
            e["fte"].append(_text(job.fte))
            e["value"].append(_text(job.value))
        for result in record.results:
            r["participant_id"].append(pid)
            r["kind"].append(result.kind.value)
            r["on"].append(result.on)
            r["form"].append(_value(result.form))
    columns = {"participants": p, "support": s, "employment": e, "results": r}
    return {name: pa.table(values, schema=arrow_schema(name)) for name, values in columns.items()}


def _value(member: Any) -> Any:
    return None if member is None else member.value


def _text(number: Decimal | None) -> str | None:
    return None if number is None else str(number)
