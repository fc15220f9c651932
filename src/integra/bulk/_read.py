"""Reading a user's table into checked columns, through Arrow.

Every input — a pyarrow table, a polars frame (eager or lazy), a pandas frame (numpy- or
Arrow-backed) or a mapping of column names to arrays or lists — becomes one Arrow array per
column, and each column kind is read from Arrow with vectorised kernels: no Python loop runs per
row on well-formed data. Each check either refuses the whole table at the first bad row (the
strict mode) or marks the rows it refuses (the tolerant mode), through a
[`Refusals`][integra.bulk._read.Refusals] collector; a message names the table, the column, the
reason and the row position, never a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from integra.bulk._days import OPEN
from integra.errors import InvalidValue

FIRST_DAY = -719162
"""The day number of 0001-01-01, the first day a ``datetime.date`` holds."""
LAST_DAY = 2932896
"""The day number of 9999-12-31, the last day a ``datetime.date`` holds."""
NOT_RECORDED = -1
"""The mask of a set column's row whose set was not recorded."""


def fail(table: str, column: str, problem: str) -> InvalidValue:
    """The error for a column as a whole: the table and the column, never a value."""
    return InvalidValue(f"table {table!r}, column {column!r}: {problem}")


class Refusals:
    """The rows refused while reading: raised at the first one (``strict``) or collected.

    Each refusal is a table, a column, a reason and the positions of the rows (0-based, in the
    order of the table as given).
    """

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.parts: list[tuple[str, str, str, Any]] = []
        self._seen: dict[tuple[str, str], Any] = {}

    def add(self, table: str, column: str, bad: Any, reason: str) -> None:
        """Refuse the rows where ``bad`` (a boolean array) holds, or the rows at the positions
        ``bad`` (an integer array). A row already refused in that column keeps its first
        reason (a value of the wrong kind is not also reported missing)."""
        bad = np.asarray(bad)
        rows = np.flatnonzero(bad) if bad.dtype.kind == "b" else bad.astype(np.int64)
        if not len(rows):
            return
        if self.strict:
            raise InvalidValue(f"table {table!r}, column {column!r}: {reason} (row {rows.min()})")
        rows = np.unique(rows)
        seen = self._seen.get((table, column))
        if seen is not None:
            rows = np.setdiff1d(rows, seen, assume_unique=True)
            if not len(rows):
                return
        self._seen[table, column] = rows if seen is None else np.union1d(seen, rows)
        self.parts.append((table, column, reason, rows))

    def rows_of(self, table: str) -> Any:
        """The positions of the refused rows of ``table`` (sorted, distinct)."""
        found = [rows for t, _, _, rows in self.parts if t == table]
        if not found:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(found))


class _Unrefused(Refusals):
    """A collector that passes every refusal on except "has missing values"."""

    def __init__(self, inner: Refusals) -> None:
        self.inner = inner

    def add(self, table: str, column: str, bad: Any, reason: str) -> None:
        if reason != "has missing values":
            self.inner.add(table, column, bad, reason)


# -- from any table to Arrow arrays ---------------------------------------------------------------


def arrow_columns(table_name: str, table: Any, wanted: set[str]) -> tuple[dict[str, Any], int]:
    """The columns of ``table`` named in ``wanted`` (others are not read), as Arrow arrays, and
    the number of rows."""
    module = type(table).__module__.split(".")[0]
    raw: dict[str, Any]
    if isinstance(table, Mapping):
        raw = {str(k): v for k, v in table.items() if str(k) in wanted}
        columns = {name: _from_values(table_name, name, values) for name, values in raw.items()}
        lengths = {len(a) for a in columns.values()}
        if isinstance(table, Mapping) and len(lengths) > 1:
            raise InvalidValue(f"table {table_name!r}: columns have different lengths")
        return columns, lengths.pop() if lengths else 0
    if module == "polars":
        if type(table).__name__ == "LazyFrame":
            names = [c for c in table.collect_schema().names() if c in wanted]
            table = table.select(names).collect()
        table = table.select([c for c in table.columns if c in wanted])
        columns = {name: _from_polars(table.get_column(name)) for name in table.columns}
        return columns, table.height
    if module == "pandas":
        columns = {}
        for name in table.columns:
            if str(name) in wanted:
                columns[str(name)] = _from_pandas(table_name, str(name), table[name])
        return columns, len(table)
    if module == "pyarrow" and isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    if module == "pyarrow" and isinstance(table, pa.Table):
        columns = {
            name: _whole(table.column(name)) for name in table.column_names if name in wanted
        }
        return columns, table.num_rows
    raise InvalidValue(
        f"table {table_name!r} must be a pandas, polars or pyarrow table or a mapping of "
        f"column names to arrays, not {type(table).__name__}"
    )


def _whole(column: Any) -> Any:
    """One Arrow array for a chunked column."""
    if isinstance(column, pa.ChunkedArray):
        if column.num_chunks == 1:
            return column.chunk(0)
        if column.num_chunks == 0:
            return pa.array([], type=column.type)
        return column.combine_chunks()
    return column


def _from_polars(series: Any) -> Any:
    if str(series.dtype) == "Object":  # Python objects: Arrow cannot carry them
        return Mixed(series.to_numpy())
    return _whole(series.to_arrow())


def _from_pandas(table: str, name: str, series: Any) -> Any:
    try:
        arr = _whole(pa.array(series, from_pandas=True))
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return Mixed(series.to_numpy(dtype=object))
    if str(series.dtype) == "object":
        return _unless_timed(arr, series.to_numpy(dtype=object))
    return arr


def _unless_timed(arr: Any, values: Any) -> Any:
    """Arrow reads Python dates mixed with datetimes as dates, dropping the time of day: such
    a column is kept as Python objects, and refused."""
    if pa.types.is_date32(arr.type) and any(isinstance(v, datetime) for v in values):
        return Mixed(values)
    return arr


def _from_values(table: str, name: str, values: Any) -> Any:
    if isinstance(values, pa.ChunkedArray | pa.Array):
        return _whole(values)
    type_name = type(values).__module__.split(".")[0]
    if type_name == "pandas":
        return _from_pandas(table, name, values)
    if type_name == "polars":
        return _from_polars(values)
    if not isinstance(values, np.ndarray):
        values = values if isinstance(values, list | tuple) else list(values)
        values = _objects(values)
    if values.ndim != 1:
        raise fail(table, name, "must be one-dimensional")
    if values.dtype.kind == "M" and values.dtype != np.dtype("datetime64[D]"):
        return _from_datetimes(values)
    try:
        if values.dtype.kind == "f":
            return pa.array(values, mask=np.isnan(values))
        arr = _whole(pa.array(values))
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
        # (an integer beyond 64 bits overflows) read value by value, refused with its reason
        return Mixed(values)
    return _unless_timed(arr, values) if values.dtype.kind == "O" else arr


def _objects(values: Any) -> Any:
    """An object array of ``values``, one item per row (lists stay whole)."""
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        out[i] = value
    return out


def _from_datetimes(values: Any) -> Any:
    # datetime64 of another unit: Arrow timestamps keep the time of day for the check.
    unit = np.datetime_data(values.dtype)[0]
    if unit in ("Y", "M", "W"):
        return pa.array(values.astype("datetime64[D]"))
    if unit in ("h", "m"):
        values = values.astype("datetime64[s]")
    return pa.array(values)


class Mixed:
    """An object column whose values are of several kinds (kept as Python objects; only the
    readers of such columns look at them one by one)."""

    def __init__(self, values: Any) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)


# -- readers per kind --------------------------------------------------------------------------------


def _is_missing(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, float) and value != value)
        or type(value).__name__ in ("NAType", "NaTType")
    )


def null_mask(arr: Any) -> Any:
    """Where an Arrow array has no value."""
    if isinstance(arr, Mixed):
        return np.fromiter((_is_missing(v) for v in arr.values), bool, len(arr))
    if arr.null_count == 0:
        return np.zeros(len(arr), dtype=bool)
    return arr.is_null().to_numpy(zero_copy_only=False)


def _all_missing(arr: Any) -> bool:
    if isinstance(arr, Mixed):
        return bool(null_mask(arr).all())
    return bool(pa.types.is_null(arr.type) or arr.null_count == len(arr))


def _text_array(arr: Any) -> Any:
    """A string Arrow array for a column of text (dictionary-encoded text decoded), or
    ``None`` where the column does not hold text."""
    kind = arr.type
    if pa.types.is_dictionary(kind):
        if not (pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type)):
            return None
        return arr
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind):
        return arr
    return None


def read_ids(
    table: str, arr: Any, refusals: Refusals, column: str = "person_id", nullable: bool = False
) -> Any:
    """Ids: integers or text, none missing unless ``nullable``. Rows refused (and missing
    values) get a null id."""
    if isinstance(arr, Mixed):
        values = arr.values
        missing = null_mask(arr)
        if not nullable:
            refusals.add(table, column, missing, "has missing values")
        text = np.fromiter((type(v) is str for v in values), bool, len(values))
        if not text.any():  # integers, some beyond what Arrow holds
            fits = np.fromiter((type(v) is int and -(2**63) <= v < 2**63 for v in values), bool)
            whole = np.fromiter((type(v) is int for v in values), bool, len(values))
            refusals.add(
                table, column, whole & ~fits, "holds an integer outside the signed 64-bit range"
            )
            refusals.add(table, column, ~whole & ~missing, "must hold integers or text")
            kept = [v if f else None for v, f in zip(values, fits, strict=True)]
            return pa.array(kept, type=pa.int64())
        refusals.add(table, column, ~text & ~missing, "must hold integers or text")
        return pa.array([v if type(v) is str else None for v in values], type=pa.string())
    kind = arr.type
    if pa.types.is_null(kind) or (
        nullable and pa.types.is_floating(kind) and arr.null_count == len(arr)
    ):
        if not nullable:
            refusals.add(table, column, np.ones(len(arr), bool), "has missing values")
        return pa.array([None] * len(arr), type=pa.int64())
    if pa.types.is_dictionary(kind):
        arr = arr.dictionary_decode()
        kind = arr.type
    if pa.types.is_large_string(kind) or pa.types.is_string_view(kind):
        arr = arr.cast(pa.string())
    elif not (pa.types.is_integer(kind) or pa.types.is_string(kind)):
        raise fail(table, column, f"must hold integers or text, not {_type_name(kind)}")
    if not nullable:
        refusals.add(table, column, null_mask(arr), "has missing values")
    return arr


def _type_name(kind: Any) -> str:
    names = {
        "double": "float64",
        "float": "float32",
        "halffloat": "float16",
        "bool": "bool",
    }
    return names.get(str(kind), str(kind))


def read_dates(table: str, column: str, arr: Any, nullable: bool, refusals: Refusals) -> Any:
    """Day numbers (``int32``; ``OPEN`` where missing)."""
    if isinstance(arr, Mixed):
        arr = _dates_from_objects(table, column, arr, refusals)
    kind = arr.type
    if pa.types.is_null(kind):
        days = np.full(len(arr), OPEN, dtype=np.int32)
        if not nullable:
            refusals.add(table, column, np.ones(len(arr), bool), "has missing values")
        return days
    if pa.types.is_date64(kind):
        arr = arr.cast(pa.date32())
    elif pa.types.is_timestamp(kind):
        arr = _whole_days(table, column, arr, refusals)
    elif not pa.types.is_date32(kind):
        if pa.types.is_floating(kind) and arr.null_count == len(arr):
            return read_dates(table, column, pa.nulls(len(arr)), nullable, refusals)
        raise fail(table, column, "must hold dates (datetime64 or datetime.date)")
    missing = null_mask(arr)
    if missing.any():
        if not nullable:
            refusals.add(table, column, missing, "has missing values")
        days = pc.fill_null(arr.cast(pa.int32()), OPEN).to_numpy()
    else:
        days = arr.cast(pa.int32()).to_numpy()
    days = np.asarray(days, dtype=np.int32)
    beyond = (days > LAST_DAY) & (days != OPEN)
    if beyond.any():
        refusals.add(table, column, beyond, "has a date after 9999-12-31")
        days = np.where(beyond, OPEN, days).astype(np.int32)
    before = days < FIRST_DAY
    if before.any():
        refusals.add(table, column, before, "has a date before 0001-01-01")
        days = np.where(before, OPEN, days).astype(np.int32)
    return days


def _dates_from_objects(table: str, column: str, arr: Mixed, refusals: Refusals) -> Any:
    values: list[date | None] = []
    wrong = np.zeros(len(arr), dtype=bool)
    for i, value in enumerate(arr.values):
        if _is_missing(value):
            values.append(None)
        elif type(value) is date:
            values.append(value)
        elif isinstance(value, datetime | np.datetime64) or type(value).__name__ == "Timestamp":
            raise fail(table, column, "mixes dates with timestamps; pass whole days")
        else:
            values.append(None)
            wrong[i] = True
    if wrong.all() and len(wrong):
        raise fail(table, column, "must hold dates (datetime64 or datetime.date)")
    refusals.add(table, column, wrong, "must hold dates (datetime64 or datetime.date)")
    return pa.array(values, type=pa.date32())


def _whole_days(table: str, column: str, arr: Any, refusals: Refusals) -> Any:
    """Timestamps as dates: a zone-aware timestamp is read at its local wall time (as pandas'
    ``tz_localize(None)`` does); a time of day other than midnight is refused."""
    if arr.type.tz is not None:
        arr = pc.local_timestamp(arr)
    floored = pc.floor_temporal(arr, unit="day")
    timed = pc.fill_null(pc.not_equal(floored, arr), False).to_numpy(zero_copy_only=False)
    refusals.add(table, column, timed, "has a time of day; pass whole days")
    if timed.any():
        arr = pc.if_else(pa.array(timed), pa.scalar(None, arr.type), arr)
    try:
        return arr.cast(pa.date32())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # pragma: no cover - old pyarrow
        return pc.cast(pc.floor_temporal(arr, unit="day"), pa.date32(), safe=False)


def read_ints(table: str, column: str, arr: Any, refusals: Refusals, nullable: bool = False) -> Any:
    """Whole numbers (``int64``); a missing value is refused as missing (unless ``nullable``:
    then it reads as 0, and [`null_mask`][integra.bulk._read.null_mask] tells it apart), a
    fraction as not a whole number. Refused rows read as 0."""
    if nullable:
        return read_ints(table, column, arr, _Unrefused(refusals))
    if isinstance(arr, Mixed):
        values = arr.values
        ok = np.fromiter(
            (isinstance(v, int | np.integer) and not isinstance(v, bool) for v in values),
            bool,
            len(values),
        )
        missing = null_mask(arr)
        refusals.add(table, column, missing, "has missing values")
        refusals.add(table, column, ~ok & ~missing, "must hold integers")
        return np.array([int(v) if k else 0 for v, k in zip(values, ok, strict=True)], np.int64)
    kind = arr.type
    missing = null_mask(arr)
    if pa.types.is_null(kind):
        refusals.add(table, column, missing, "has missing values")
        return np.zeros(len(arr), dtype=np.int64)
    if pa.types.is_integer(kind):
        refusals.add(table, column, missing, "has missing values")
        if pa.types.is_uint64(kind):
            limit = pa.scalar(2**63 - 1, pa.uint64())
            big = pc.fill_null(pc.greater(arr, limit), False).to_numpy(zero_copy_only=False)
            refusals.add(table, column, big, "has a value too large")
            arr = pc.if_else(pa.array(big), pa.scalar(0, kind), arr)
        return np.asarray(pc.fill_null(arr, 0).cast(pa.int64()).to_numpy(), dtype=np.int64)
    if pa.types.is_floating(kind):
        values = np.asarray(pc.fill_null(arr, 0).cast(pa.float64()).to_numpy(), dtype=np.float64)
        refusals.add(table, column, missing, "has missing values")
        finite = np.isfinite(values)
        whole = finite & (np.floor(values) == values) & (np.abs(values) < 2.0**53)
        refusals.add(table, column, ~whole & ~missing, "has a value that is not a whole number")
        return np.where(whole, values, 0).astype(np.int64)
    raise fail(table, column, f"must hold integers, not {_type_name(kind)}")


def read_bools(table: str, column: str, arr: Any, refusals: Refusals) -> Any:
    """Booleans (a missing value refused)."""
    if isinstance(arr, Mixed) or not pa.types.is_boolean(arr.type):
        raise fail(table, column, "must hold booleans")
    refusals.add(table, column, null_mask(arr), "has missing values")
    return np.asarray(pc.fill_null(arr, False).to_numpy(zero_copy_only=False), dtype=bool)


def read_texts(table: str, column: str, arr: Any, nullable: bool, refusals: Refusals) -> Any:
    """Text as an Arrow string array (nulls where missing or refused)."""
    if isinstance(arr, Mixed):
        values = arr.values
        missing = null_mask(arr)
        ok = np.fromiter((type(v) is str for v in values), bool, len(values))
        refusals.add(table, column, ~ok & ~missing, "must hold text")
        arr = pa.array([v if type(v) is str else None for v in values], type=pa.string())
    elif pa.types.is_null(arr.type) or (
        pa.types.is_floating(arr.type) and arr.null_count == len(arr)
    ):
        arr = pa.nulls(len(arr), type=pa.string())
    text = _text_array(arr)
    if text is None:
        raise fail(table, column, f"must hold text, not {_type_name(arr.type)}")
    missing = null_mask(text)
    if not nullable:
        refusals.add(table, column, missing, "has missing values")
    refusals.add(table, column, _blank(text), "has empty text; leave the value missing instead")
    return text


def _blank(text: Any) -> Any:
    """Where text is empty or only white space, as Python's ``str.strip`` sees it (what the
    scalar constructors check), decided once per distinct value."""
    return per_distinct(text, lambda value: not value.strip())


def per_distinct(text: Any, test: Any) -> Any:
    """``test`` (a function of one text) for each row of ``text`` (``False`` where missing),
    called once per distinct value."""
    encoded = text if pa.types.is_dictionary(text.type) else text.dictionary_encode()
    values = encoded.dictionary.to_pylist()
    if not values:
        return np.zeros(len(text), dtype=bool)
    marks = np.array([test(value) for value in values], dtype=bool)
    indices = np.asarray(pc.fill_null(encoded.indices.cast(pa.int64()), -1).to_numpy())
    return np.where(indices >= 0, marks[np.maximum(indices, 0)], False)


def _plain(text: Any) -> Any:
    if pa.types.is_dictionary(text.type):
        return text.dictionary_decode()
    return text


def read_codes(
    table: str, column: str, arr: Any, kind: Any, nullable: bool, refusals: Refusals
) -> Any:
    """An enum column as codes (``int8``; -1 where missing or refused)."""
    values = [member.value for member in kind]
    expected = f"expected one of {', '.join(values)}"
    if isinstance(arr, Mixed):
        items = arr.values
        missing = null_mask(arr)
        converted = [
            v.value if isinstance(v, kind) else (v if type(v) is str else None) for v in items
        ]
        wrong = np.array([c is None for c in converted], dtype=bool) & ~missing
        if wrong.all() and len(wrong):
            raise fail(table, column, f"must hold {kind.__name__} values as text")
        refusals.add(table, column, wrong, f"must hold {kind.__name__} values as text, {expected}")
        arr = pa.array(converted, type=pa.string())
    elif pa.types.is_null(arr.type) or (
        pa.types.is_floating(arr.type) and arr.null_count == len(arr)
    ):
        arr = pa.nulls(len(arr), type=pa.string())
    text = _text_array(arr)
    if text is None:
        raise fail(table, column, f"must hold {kind.__name__} values as text")
    missing = null_mask(text)
    value_set = pa.array(values, type=pa.string())
    if pa.types.is_dictionary(text.type):
        found = pc.index_in(text.dictionary.cast(pa.string()), value_set=value_set)
        table_codes = np.asarray(pc.fill_null(found, -1).to_numpy(), dtype=np.int16)
        indices = np.asarray(pc.fill_null(text.indices, 0).to_numpy(), dtype=np.int64)
        codes = table_codes[indices] if len(table_codes) else np.full(len(text), -1, np.int16)
    else:
        text = text.cast(pa.string()) if not pa.types.is_string(text.type) else text
        found = pc.index_in(text, value_set=value_set)
        codes = np.asarray(pc.fill_null(found, -1).to_numpy(), dtype=np.int16)
    codes = np.where(missing, -1, codes)
    if not nullable:
        refusals.add(table, column, missing, "has missing values")
    outside = (codes < 0) & ~missing
    refusals.add(table, column, outside, f"holds a value that is not a {kind.__name__}, {expected}")
    return codes.astype(np.int8)


def read_sets(table: str, column: str, arr: Any, kind: Any, refusals: Refusals) -> Any:
    """A column of sets of an enum's values as bit masks (``NOT_RECORDED`` where missing)."""
    n = len(arr)
    out = np.full(n, NOT_RECORDED, dtype=np.int16)
    members = [member.value for member in kind]
    wrong = f"must hold lists of {kind.__name__} values as text"
    empty = (
        "has empty text; leave the value missing where it was not recorded, or give an empty "
        "list where none are listed"
    )
    if _all_missing(arr):
        return out
    if isinstance(arr, Mixed):
        arr = _sets_from_objects(table, column, arr, kind, refusals, wrong, empty)
    if not (pa.types.is_list(arr.type) or pa.types.is_large_list(arr.type)):
        text = _text_array(arr)
        if text is not None and pc.any(pc.equal(_plain(text), "")).as_py():
            raise fail(table, column, empty)
        raise fail(table, column, wrong)
    missing = null_mask(arr)
    flat = pc.list_flatten(arr)
    rows = np.asarray(pc.list_parent_indices(arr).to_numpy(), dtype=np.int64)
    if pa.types.is_null(flat.type):
        flat = pa.nulls(len(flat), type=pa.string())
    text = _text_array(flat)
    if text is None:  # items that are not text are outside the enum
        text = pa.nulls(len(flat), type=pa.string())
    text = _plain(text).cast(pa.string())
    codes = np.asarray(
        pc.fill_null(pc.index_in(text, value_set=pa.array(members)), -1).to_numpy(), np.int64
    )
    blank = np.asarray(pc.fill_null(pc.equal(text, ""), False).to_numpy(zero_copy_only=False))
    bad_item = codes < 0
    bad_rows = np.zeros(n, dtype=bool)
    bad_rows[rows[blank]] = True
    refusals.add(table, column, bad_rows, empty)
    outside = np.zeros(n, dtype=bool)
    outside[rows[bad_item & ~blank]] = True
    refusals.add(table, column, outside, f"holds a value outside {kind.__name__}")
    masks = np.zeros(n, dtype=np.int64)
    good = ~bad_item
    np.bitwise_or.at(masks, rows[good], np.left_shift(1, codes[good]))
    return np.where(missing, NOT_RECORDED, masks).astype(np.int16)


def _sets_from_objects(
    table: str, column: str, arr: Mixed, kind: Any, refusals: Refusals, wrong: str, empty: str
) -> Any:
    sets: list[Any] = []
    bad = np.zeros(len(arr), dtype=bool)
    blank = np.zeros(len(arr), dtype=bool)
    for i, items in enumerate(arr.values):
        if _is_missing(items):
            sets.append(None)
            continue
        if isinstance(items, str):
            blank[i] = items == ""
            bad[i] = not blank[i]
            sets.append(None)
            continue
        if not isinstance(items, list | tuple | set | frozenset | np.ndarray) or (
            isinstance(items, np.ndarray) and items.ndim != 1
        ):
            bad[i] = True
            sets.append(None)
            continue
        # An item that is not text is outside the enum (null below).
        sets.append(
            [
                item.value
                if isinstance(item, kind)
                else str(item)
                if isinstance(item, str)
                else None
                for item in items
            ]
        )
    if bad.all() and len(bad):
        raise fail(table, column, wrong)
    refusals.add(table, column, blank, empty)
    refusals.add(table, column, bad, wrong)
    return pa.array(sets, type=pa.list_(pa.string()))
