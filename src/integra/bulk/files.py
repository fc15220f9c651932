"""A caseload kept in files: Parquet or CSV tables read through pyarrow with the documented
schemas, and screened in batches of persons so that a caseload larger than memory is screened
with bounded memory.

The files are the ones you name, and nothing else is read or written: a table is a path (a
``.parquet`` or ``.csv`` file, or a folder of Parquet files) or a ``pyarrow.dataset.Dataset``
you opened yourself. [`screen_batches`][integra.bulk.files.screen_batches] yields one
[`Screening`][integra.bulk.evaluate.Screening] per batch of persons — a person with all their
rows in one batch — reading each file once per batch, record batch by record batch, so that
only one batch of persons is ever held; [`screen_to_parquet`][integra.bulk.files.screen_to_parquet]
writes the results (and the refused rows) to the Parquet files you name.

In a CSV file, dates are written ``YYYY-MM-DD``, an empty cell is missing, ids are read as text
(so ``007`` stays ``007``), and a set column (``causes``, ``indications``) lists its codes
separated by ``;``, with ``-`` for *none listed* (an empty cell: *not recorded*).

Examples:
    >>> import tempfile, pathlib
    >>> from datetime import date
    >>> from integra.rules import WORKING_AGE
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "persons.csv").write_text("person_id,birth_date,sex\\n007,1980-05-01,F\\n008,1950-01-01,M\\n")
    >>> batches = list(screen_batches([WORKING_AGE], {"persons": folder / "persons.csv"}, date(2024, 1, 1)))
    >>> [b.screening.outcomes("working_age").tolist() for b in batches], batches[0].screening.population.ids.tolist()
    ([['eligible', 'not_eligible']], ['007', '008'])
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import attrs
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from integra.bulk.evaluate import Screening, screen
from integra.bulk.population import SCHEMAS, Population, RefusedRows, SetOf
from integra.errors import InvalidValue
from integra.rules.core import Rule

__all__ = [
    "Batch",
    "FileSummary",
    "arrow_schema",
    "read_population",
    "screen_batches",
    "screen_to_parquet",
]

_KINDS = {"date": pa.date32(), "int": pa.int64(), "text": pa.string(), "bool": pa.bool_()}


def arrow_schema(table: str, *, ids: Any = None) -> Any:
    """The Arrow schema of ``table`` as [`SCHEMAS`][integra.bulk.population.SCHEMAS]
    documents it: dates ``date32``, whole numbers ``int64``, text and enum values ``string``,
    sets ``list<string>``; ``ids`` is the type of ``person_id`` (by default ``int64``; text
    ids are ``pa.string()``). Use it to write a Parquet file or to read a CSV file.

    Raises:
        InvalidValue: No table has that name.

    Examples:
        >>> arrow_schema("registrations").types
        [DataType(int64), DataType(date32[day]), DataType(date32[day])]
        >>> str(arrow_schema("certificates").field("causes").type)
        'list<item: string>'
    """
    columns = SCHEMAS.get(table)
    if columns is None:
        raise InvalidValue(f"unknown tables: {table}")
    fields = []
    for column in columns:
        if column.kind == "id":
            kind = pa.int64() if ids is None else ids
        elif isinstance(column.kind, SetOf):
            kind = pa.list_(pa.string())
        else:
            kind = (
                _KINDS.get(column.kind, pa.string())
                if isinstance(column.kind, str)
                else pa.string()
            )
        fields.append(pa.field(column.name, kind, nullable=column.nullable or not column.required))
    return pa.schema(fields)


def _dataset(table: str, source: Any) -> Any:
    # pyarrow.dataset is imported only when a file is read (it brings pandas in: about 0.2 s);
    # a Dataset given by the caller means the caller has imported it.
    given = sys.modules.get("pyarrow.dataset")
    if given is not None and isinstance(source, given.Dataset):
        return source
    if not isinstance(source, str | os.PathLike):
        raise InvalidValue(
            f"table {table!r} must be a path to a Parquet or CSV file or a pyarrow dataset, "
            f"not {type(source).__name__}"
        )
    import pyarrow.dataset as ds

    path = os.fspath(source)
    if path.lower().endswith(".csv"):
        import pyarrow.csv as pacsv

        types = {f.name: f.type for f in arrow_schema(table, ids=pa.string())}
        for column in SCHEMAS[table]:
            if isinstance(column.kind, SetOf):
                types[column.name] = pa.string()
        if table == "persons":
            types.update({f"{name}_collected": pa.bool_() for name in SCHEMAS})
        convert = pacsv.ConvertOptions(
            column_types=types, strings_can_be_null=True, null_values=[""]
        )
        return ds.dataset(path, format=ds.CsvFileFormat(convert_options=convert))
    return ds.dataset(path, format="parquet")


def _as_read(table: str, batch: Any) -> Any:
    """A CSV's set columns as lists: codes split on ``;``, ``-`` for none listed."""
    for column in SCHEMAS[table]:
        if isinstance(column.kind, SetOf) and column.name in batch.column_names:
            values = batch.column(column.name)
            if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
                split = pc.split_pattern(values, ";")
                none = pc.equal(values, "-")
                lists = pc.if_else(none, pa.scalar([], type=split.type), split)
                index = batch.column_names.index(column.name)
                batch = batch.set_column(index, column.name, lists)
    return batch


def _wanted(table: str, dataset: Any) -> list[str]:
    names = {c.name for c in SCHEMAS[table]}
    if table == "persons":
        names |= {f"{name}_collected" for name in SCHEMAS}
    return [name for name in dataset.schema.names if name in names]


@attrs.frozen(slots=True)
class Batch:
    """The screening of one batch of persons, and the rows of the files refused in it (their
    positions are positions in the files, counted from 0 across a folder's files in order).

    Attributes:
        screening: The batch's [`Screening`][integra.bulk.evaluate.Screening].
        refused_rows: The rows refused while the batch was read.

    Examples:
        >>> Batch.__attrs_attrs__.screening.name
        'screening'
    """

    screening: Screening
    refused_rows: RefusedRows


@attrs.frozen(slots=True)
class FileSummary:
    """What [`screen_to_parquet`][integra.bulk.files.screen_to_parquet] did: the persons
    given, screened and refused, the rows refused, and the batches.

    ``persons == screened + refused``; persons rows without a usable id are counted in
    ``rows_refused`` only.

    Examples:
        >>> FileSummary(persons=3, screened=2, refused=1, rows_refused=1, batches=1).persons
        3
    """

    persons: int
    screened: int
    refused: int
    rows_refused: int
    batches: int


def read_population(sources: Mapping[str, Any], *, errors: str = "raise") -> Population:
    """A whole caseload from its files, in memory (see
    [`Population.from_tables`][integra.bulk.population.Population.from_tables] for
    ``errors``). ``sources`` maps table names (``persons`` and any history) to paths or
    datasets.

    Raises:
        InvalidValue: No ``persons`` table, a source that is neither a path nor a dataset, or
            a bad table or row (as ``from_tables``).

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "persons.csv").write_text("person_id,birth_date,sex\\n1,1980-05-01,F\\n")
        >>> len(read_population({"persons": folder / "persons.csv"}))
        1
    """
    datasets = _datasets(sources)
    tables = {
        name: _as_read(name, dataset.to_table(columns=_wanted(name, dataset)))
        for name, dataset in datasets.items()
    }
    return Population.from_tables(tables.pop("persons"), errors=errors, **tables)


def _datasets(sources: Mapping[str, Any]) -> dict[str, Any]:
    if "persons" not in sources:
        raise InvalidValue("the tables must include 'persons'")
    unknown = sorted(set(sources) - set(SCHEMAS))
    if unknown:
        raise InvalidValue(f"unknown tables: {', '.join(unknown)}")
    return {name: _dataset(name, source) for name, source in sources.items()}


def screen_batches(
    rules: Sequence[Rule],
    sources: Mapping[str, Any],
    on: date,
    law_on: date | None = None,
    *,
    persons_per_batch: int = 1_000_000,
    errors: str = "raise",
) -> Iterator[Batch]:
    """Screen the caseload in ``sources`` batch by batch: the persons are split into batches
    of at most ``persons_per_batch`` by their ids, and each batch — its persons with every row
    of every table that names them — is read, checked and screened on its own, so memory holds
    one batch at a time. Rows naming no person of the persons table, or without an id, are
    read (and refused) with the first batch.

    Raises:
        InvalidValue: As [`read_population`][integra.bulk.files.read_population] and
            [`screen`][integra.bulk.evaluate.screen]; ``persons_per_batch`` below 1.

    Examples:
        >>> import tempfile, pathlib
        >>> from datetime import date
        >>> from integra.rules import WORKING_AGE
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "persons.csv").write_text("person_id,birth_date,sex\\n1,1980-05-01,F\\n2,1990-01-01,M\\n3,2001-01-01,F\\n")
        >>> [len(b.screening) for b in screen_batches([WORKING_AGE], {"persons": folder / "persons.csv"}, date(2024, 1, 1), persons_per_batch=2)]
        [2, 1]
    """
    if isinstance(persons_per_batch, bool) or not isinstance(persons_per_batch, int):
        raise InvalidValue("persons_per_batch must be an int")
    if persons_per_batch < 1:
        raise InvalidValue("persons_per_batch must be at least 1")
    datasets = _datasets(sources)
    ids = datasets["persons"].to_table(columns=["person_id"]).column("person_id")
    ids = ids.combine_chunks() if ids.num_chunks != 1 else ids.chunk(0)
    distinct = pc.unique(ids.drop_null())
    distinct = distinct.take(pc.sort_indices(distinct))
    starts = [distinct[k] for k in range(0, len(distinct), persons_per_batch)] or [None]
    for index, low in enumerate(starts):
        high = starts[index + 1] if index + 1 < len(starts) else None
        tables: dict[str, Any] = {}
        rows: dict[str, Any] = {}
        for name, dataset in datasets.items():
            tables[name], rows[name] = _rows_between(
                name, dataset, low if index else None, high, ids.type
            )
        if errors not in ("raise", "refuse"):
            raise InvalidValue("errors must be 'raise' or 'refuse'")
        # Read tolerantly and raise here for the strict mode, so that the row named is the
        # row of the file, not of the batch.
        population = Population.from_tables(tables.pop("persons"), errors="refuse", **tables)
        read = population.refused_rows
        refused = RefusedRows(
            read.table,
            np.array(
                [int(rows[t][r]) for t, r in zip(read.table, read.row, strict=True)],
                dtype=np.int64,
            ),
            read.column,
            read.reason,
        )
        if errors == "raise" and len(refused):
            raise InvalidValue(
                f"table {refused.table[0]!r}, column {refused.column[0]!r}: "
                f"{refused.reason[0]} (row {refused.row[0]})"
            )
        yield Batch(screen(rules, population, on, law_on), refused)


def _rows_between(table: str, dataset: Any, low: Any, high: Any, id_type: Any) -> tuple[Any, Any]:
    """The rows of ``table`` whose id is at least ``low`` (``None``: any, and rows without an
    id or with an id of another kind) and below ``high`` (``None``: any), and their positions
    in the files."""
    pieces = []
    positions = []
    offset = 0
    for batch in dataset.to_batches(columns=_wanted(table, dataset)):
        batch = _as_read(table, batch)
        n = batch.num_rows
        keys = batch.column("person_id") if "person_id" in batch.column_names else None
        keep = _in_range(keys, low, high, id_type, n)
        if keep is None:
            pieces.append(batch)
            positions.append(np.arange(offset, offset + n))
        else:
            pieces.append(batch.filter(pa.array(keep)))
            positions.append(offset + np.flatnonzero(keep))
        offset += n
    if pieces:
        found = pa.Table.from_batches(pieces)
    else:
        found = dataset.schema.empty_table().select(_wanted(table, dataset))
    where = np.concatenate(positions) if positions else np.zeros(0, dtype=np.int64)
    return found, where


def _in_range(keys: Any, low: Any, high: Any, id_type: Any, n: int) -> Any:
    if keys is None or (low is None and high is None):
        return None
    same_kind = pa.types.is_integer(keys.type) == pa.types.is_integer(id_type)
    if not same_kind:
        # Ids of another kind name nobody: they are read (and refused) with the first batch.
        return np.full(n, low is None, dtype=bool)
    missing = keys.is_null().to_numpy(zero_copy_only=False) if keys.null_count else None
    if pa.types.is_integer(keys.type):
        values = pc.fill_null(keys, 0).to_numpy()
        present = values
        above = np.ones(n, bool) if low is None else _at_least(present, low.as_py())
        below = np.ones(n, bool) if high is None else ~_at_least(present, high.as_py())
    else:
        # Arrow compares text by its UTF-8 bytes, as it sorted the ids.
        texts = keys.cast(pa.string())
        above = np.ones(n, bool) if low is None else _text_at_least(texts, low)
        below = np.ones(n, bool) if high is None else ~_text_at_least(texts, high)
    keep = above & below
    if missing is not None:
        keep = np.where(missing, low is None, keep)
    return keep


def _at_least(values: Any, bound: int) -> Any:
    """``values >= bound`` for integers of any width and sign, without wrapping around."""
    if values.dtype.kind == "u":
        return values >= bound if bound >= 0 else np.ones(len(values), bool)
    if bound > np.iinfo(np.int64).max:
        return np.zeros(len(values), bool)
    return values.astype(np.int64) >= bound


def _text_at_least(texts: Any, bound: Any) -> Any:
    found = pc.greater_equal(texts, bound.cast(pa.string()))
    return np.asarray(pc.fill_null(found, False).to_numpy(zero_copy_only=False), dtype=bool)


def screen_to_parquet(
    rules: Sequence[Rule],
    sources: Mapping[str, Any],
    on: date,
    path: Any,
    law_on: date | None = None,
    *,
    refused_rows_path: Any = None,
    persons_per_batch: int = 1_000_000,
    errors: str = "raise",
) -> FileSummary:
    """Screen the caseload in ``sources`` batch by batch (as
    [`screen_batches`][integra.bulk.files.screen_batches]) and write the results to the
    Parquet file ``path`` (the columns of
    [`Screening.to_arrow`][integra.bulk.evaluate.Screening.to_arrow]) and, if
    ``refused_rows_path`` is given, the refused rows to that Parquet file.

    Examples:
        >>> import tempfile, pathlib
        >>> import pyarrow.parquet as pq
        >>> from datetime import date
        >>> from integra.rules import WORKING_AGE
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "persons.csv").write_text("person_id,birth_date,sex\\n1,1980-05-01,F\\n2,1990-01-01,X\\n")
        >>> screen_to_parquet([WORKING_AGE], {"persons": folder / "persons.csv"}, date(2024, 1, 1), folder / "out.parquet", errors="refuse")
        FileSummary(persons=2, screened=1, refused=1, rows_refused=1, batches=1)
        >>> pq.read_table(folder / "out.parquet").column("working_age").to_pylist()
        ['eligible', None]
    """
    import pyarrow.parquet as pq

    writer = None
    refused_writer = None
    persons = screened = refused = rows_refused = batches = 0
    try:
        for batch in screen_batches(
            rules,
            sources,
            on,
            law_on,
            persons_per_batch=persons_per_batch,
            errors=errors,
        ):
            result = batch.screening.to_arrow()
            if writer is None:
                writer = pq.ParquetWriter(path, result.schema)
            writer.write_table(result)
            if refused_rows_path is not None:
                rows = batch.refused_rows.to_arrow()
                if refused_writer is None:
                    refused_writer = pq.ParquetWriter(refused_rows_path, rows.schema)
                refused_writer.write_table(rows)
            count = len(batch.screening)
            gone = int(batch.screening.refused.sum())
            persons += count
            refused += gone
            screened += count - gone
            rows_refused += len(batch.refused_rows)
            batches += 1
    finally:
        if writer is not None:
            writer.close()
        if refused_writer is not None:
            refused_writer.close()
    return FileSummary(persons, screened, refused, rows_refused, batches)
