"""A caseload in columns: one table of persons and one table of spans per history, keyed by a
person id.

A [`Population`][integra.bulk.population.Population] holds the same facts as a list of
[`Person`][integra.people.Person] values, as arrays: what the columnar evaluator reads. It is
built from a mapping of table names to tables, each table a pandas, polars or pyarrow table or a
mapping of column names to arrays ([`Population.from_tables`][integra.bulk.population.Population.from_tables]),
or from people ([`Population.from_persons`][integra.bulk.population.Population.from_persons]).
Every column is checked against [`SCHEMAS`][integra.bulk.population.SCHEMAS] when the population is
built: a missing or mistyped column, a span ending before it starts or starting before the
person's birth, overlapping registrations or residences, or a span whose person is not in the
persons table raise an [`IntegraError`][integra.errors.IntegraError] that names the table and the
column, never a value. Nothing is coerced silently (a float income, a date with a time of day, a
number where a date belongs) and no row is dropped.

Causes and indications of disability certificates are health facts and optional columns:
a certificates table without them, a column with no value at all, or a row with them missing,
says they were *not recorded*, and the rules that need them (ZAZ, WTZ, the severe-disability
group) answer ``UNKNOWN`` naming the certificates where they would decide; only an empty list
says *none listed*. This is not how a
[`DisabilityCertificate`][integra.people.DisabilityCertificate] or a document reads them: there,
leaving them out means none listed, and ``None`` (``null``) not recorded.

A history whose table is not given is *not collected* for anyone: rules reading it answer
``UNKNOWN``. A boolean column ``<history>_collected`` in the persons table says, person by person,
whether a given history was collected.

Examples:
    >>> import numpy as np
    >>> pop = Population.from_tables(
    ...     persons={"person_id": [1, 2], "birth_date": np.array(["1980-05-01", "1999-12-31"], "datetime64[D]"), "sex": ["M", "F"]},
    ...     registrations={"person_id": [2], "start": np.array(["2023-01-02"], "datetime64[D]"), "end": np.array(["NaT"], "datetime64[D]")},
    ... )
    >>> len(pop), pop.collected("registrations").tolist(), pop.collected("households").tolist()
    (2, [True, True], [False, False])
    >>> pop.person(2).registrations[0].period.start
    datetime.date(2023, 1, 2)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import numpy as np

from integra.bulk._days import OPEN, day_number, from_day_number
from integra.errors import InvalidValue
from integra.people import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Indication,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialContract,
    SocialSituation,
)
from integra.periods import DateRange

__all__ = ["HISTORIES", "SCHEMAS", "Column", "Population", "SetOf"]


@attrs.frozen(slots=True)
class SetOf:
    """The kind of a column whose every value is a set of an enum's values: a list, tuple, set
    or array of the values as text (or the enum's members), empty when there are none, or
    missing (``None``, ``NaN``, null) when they were not recorded. A column in which every value
    is missing (``NaN`` floats, as pandas reads an empty CSV column; a null-typed polars or
    pyarrow column) is not recorded for every row. Text is not a list: ``"01-U"`` is refused
    rather than read as four codes, and empty text, which could mean "not recorded" or "none
    listed", is refused too.

    Attributes:
        members: The enum whose values the sets hold.

    Examples:
        >>> [c.kind for c in SCHEMAS["certificates"] if c.name == "causes"]
        [SetOf(members=<enum 'DisabilityCause'>)]
    """

    members: Any


@attrs.frozen(slots=True)
class Column:
    """One column of a table's schema.

    Attributes:
        name: The column's name.
        kind: ``"id"`` (integers or text), ``"date"`` (``datetime64`` whole days or
            ``datetime.date`` values), ``"int"``, ``"text"``, ``"bool"``, an enum class whose
            values the column holds as text (e.g. ``"periodic_allowance"``), or
            [`SetOf`][integra.bulk.population.SetOf] an enum: a set of its values per row.
        required: Whether the table must have the column.
        nullable: Whether a value may be missing (``NaT`` / ``None``): an open end, no street.
        doc: What the column holds.

    Examples:
        >>> SCHEMAS["registrations"][2].name, SCHEMAS["registrations"][2].nullable
        ('end', True)
    """

    name: str
    kind: Any
    required: bool = True
    nullable: bool = False
    doc: str = ""


def _span(doc: str) -> tuple[Column, ...]:
    return (
        Column("person_id", "id", doc="the person's id in the persons table"),
        Column("start", "date", doc=f"first day of the {doc}"),
        Column("end", "date", nullable=True, doc=f"last day of the {doc}; empty while it lasts"),
    )


SCHEMAS: dict[str, tuple[Column, ...]] = {
    "persons": (
        Column("person_id", "id", doc="unique id: integers or text"),
        Column("birth_date", "date", doc="date of birth"),
        Column("sex", Sex, doc="'F' (female) or 'M' (male)"),
    ),
    "registrations": _span("registration as unemployed"),
    "exclusions": (
        *_span("internship or adult vocational preparation (within one registration)"),
        Column("kind", ExclusionKind, doc="'internship' or 'adult_vocational_preparation'"),
    ),
    "profiles": (
        *_span("assistance profile (within one registration)"),
        Column("profile", AssistanceProfile, doc="'I', 'II' or 'III'"),
    ),
    "benefit_awards": (
        *_span("award"),
        Column("kind", BenefitKind, doc="the benefit, e.g. 'periodic_allowance'"),
    ),
    "social_contracts": _span("social contract"),
    "certificates": (
        Column("person_id", "id", doc="the person's id in the persons table"),
        Column("source", CertificateSource, doc="the kind of document, e.g. 'degree'"),
        Column("issued_on", "date", doc="the day it was issued"),
        Column("start", "date", doc="first day of validity"),
        Column("end", "date", nullable=True, doc="last day of validity; empty if permanent"),
        Column(
            "degree",
            DisabilityDegree,
            required=False,
            nullable=True,
            doc="'significant', 'moderate' or 'light'; empty where the document states none",
        ),
        Column(
            "causes",
            SetOf(DisabilityCause),
            required=False,
            nullable=True,
            doc="the cause symbols listed ('01-U' to '12-C'; 'other' for a code that cannot be "
            "mapped), as a list, empty if none; missing where not recorded (health data)",
        ),
        Column(
            "indications",
            SetOf(Indication),
            required=False,
            nullable=True,
            doc="the indications listed ('occupational_therapy'), as a list, empty if none; "
            "missing where not recorded (health data)",
        ),
    ),
    "residences": (
        *_span("residence"),
        Column("gmina", "text", doc="the municipality"),
        Column("house_number", "text", doc="the building number as written"),
        Column("street", "text", required=False, nullable=True, doc="the street"),
        Column("locality", "text", required=False, nullable=True, doc="the town or village"),
        Column("flat", "text", required=False, nullable=True, doc="the flat number"),
        Column("teryt", "text", required=False, nullable=True, doc="7-digit TERYT gmina code"),
        Column("unit", "text", required=False, nullable=True, doc="a statistical unit"),
    ),
    "households": (
        Column("person_id", "id", doc="the person's id in the persons table"),
        Column("members", "int", doc="persons in the household, at least 1"),
        Column(
            "income_grosz",
            "int",
            doc="monthly net income of the household in grosze (integer: 1234.56 zł is 123456)",
        ),
        Column(
            "start", "date", required=False, nullable=True, doc="first day the statement covers"
        ),
        Column("end", "date", required=False, nullable=True, doc="last day the statement covers"),
    ),
    "situations": (
        *_span("situation"),
        Column("situation", SocialSituation, doc="e.g. 'food_aid'"),
    ),
    "entitlements": (
        *_span("right"),
        Column("kind", EntitlementKind, doc="e.g. 'old_age_pension'"),
    ),
}
"""The tables a population is built from and their columns. Other columns are ignored."""

_MEMBERS: dict[tuple[str, str], tuple[Any, ...]] = {
    (table, column.name): tuple(column.kind)
    for table, columns in SCHEMAS.items()
    for column in columns
    if not isinstance(column.kind, str | SetOf)
}
_SET_COLUMNS = {
    (table, column.name)
    for table, columns in SCHEMAS.items()
    for column in columns
    if isinstance(column.kind, SetOf)
}
NOT_RECORDED = -1
"""The mask of a set column's row whose set was not recorded (``Spans.values``)."""

HISTORIES: tuple[str, ...] = (
    "registrations",
    "benefit_awards",
    "social_contracts",
    "certificates",
    "residences",
    "households",
    "situations",
    "entitlements",
)
"""The histories of a person; each is collected or not (``<history>_collected``)."""

_PART_OF = {"exclusions": "registrations", "profiles": "registrations"}
_ADDRESS_FIELDS = ("gmina", "house_number", "street", "locality", "flat", "teryt", "unit")
_NAT = np.datetime64("NaT")


def _fail(table: str, column: str, problem: str) -> InvalidValue:
    return InvalidValue(f"table {table!r}, column {column!r}: {problem}")


def _columns_of(table_name: str, table: Any) -> tuple[dict[str, Any], int]:
    """The columns of ``table`` as numpy arrays, without importing any DataFrame library."""
    module = type(table).__module__.split(".")[0]
    columns: dict[str, Any]
    if isinstance(table, Mapping):
        columns = {str(k): v for k, v in table.items()}
    elif module == "pandas":
        columns = {str(c): table[c].to_numpy() for c in table.columns}
    elif module == "polars":
        columns = {c: table.get_column(c).to_numpy() for c in table.columns}
    elif module == "pyarrow":
        columns = {c: table.column(c).to_numpy(zero_copy_only=False) for c in table.column_names}
    else:
        raise InvalidValue(
            f"table {table_name!r} must be a pandas, polars or pyarrow table or a mapping of "
            f"column names to arrays, not {type(table).__name__}"
        )
    lengths = set()
    for name, values in columns.items():
        if (table_name, name) in _SET_COLUMNS and not isinstance(values, np.ndarray):
            # One set per row: lists of equal length must not become a two-dimensional array.
            values = _objects(_listed(values))
        arr = values if isinstance(values, np.ndarray) else np.asarray(_listed(values))
        if arr.ndim != 1:
            raise _fail(table_name, name, "must be one-dimensional")
        columns[name] = arr
        lengths.add(len(arr))
    if len(lengths) > 1:
        raise InvalidValue(f"table {table_name!r}: columns have different lengths")
    return columns, lengths.pop() if lengths else 0


def _objects(values: Any) -> Any:
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        out[i] = value
    return out


def _listed(values: Any) -> Any:
    if isinstance(values, np.ndarray | list | tuple):
        return values
    return list(values)


def _missing(arr: Any) -> Any:
    """Which values of an object column are missing (``None``, ``NaN``, pandas' ``NA``)."""
    return np.fromiter(
        (
            v is None or (isinstance(v, float) and v != v) or type(v).__name__ == "NAType"
            for v in arr
        ),
        dtype=bool,
        count=len(arr),
    )


def _dates(table: str, column: Column, arr: Any) -> Any:
    if arr.dtype.kind == "M":
        whole = arr.astype("datetime64[D]")
        present = ~np.isnat(arr)
        if np.any(whole[present] != arr[present]):
            raise _fail(table, column.name, "has a time of day; pass whole days")
        days = whole.astype(np.int64)
    elif arr.dtype.kind == "O":
        days = np.zeros(len(arr), dtype=np.int64)
        for i, value in enumerate(arr):
            if value is None or type(value).__name__ in ("NAType", "NaTType"):
                days[i] = OPEN
            elif type(value) is date:
                days[i] = day_number(value)
            else:
                raise _fail(table, column.name, "must hold dates (datetime64 or datetime.date)")
        present = days != OPEN
    else:
        raise _fail(table, column.name, "must hold dates (datetime64 or datetime.date)")
    if not column.nullable and not np.all(present):
        raise _fail(table, column.name, "has missing values")
    return np.where(present, days, OPEN).astype(np.int32)


def _ints(table: str, column: Column, arr: Any) -> Any:
    if arr.dtype.kind not in "iu":
        raise _fail(table, column.name, f"must hold integers, not {arr.dtype}")
    return arr.astype(np.int64)


def _texts(table: str, column: Column, arr: Any) -> Any:
    if arr.dtype.kind == "U":
        out = arr
    elif arr.dtype.kind == "O":
        out = arr.copy()
        absent = _missing(arr)
        if np.any(absent):
            if not column.nullable:
                raise _fail(table, column.name, "has missing values")
            out[absent] = None
        if not all(type(v) is str for v in out[~absent]):
            raise _fail(table, column.name, "must hold text")
    else:
        raise _fail(table, column.name, f"must hold text, not {arr.dtype}")
    if np.any(out == ""):
        raise _fail(table, column.name, "has empty text; leave the value missing instead")
    return out


def _codes(table: str, column: Column, arr: Any) -> Any:
    members = list(column.kind)
    out = np.full(len(arr), -1, dtype=np.int8)
    if arr.dtype.kind == "O":
        absent = _missing(arr)
        values = arr[~absent]
        if not all(type(v) is str or isinstance(v, column.kind) for v in values):
            raise _fail(table, column.name, f"must hold {column.kind.__name__} values as text")
        texts = np.array(
            [v.value if isinstance(v, column.kind) else v for v in values], dtype=object
        )
    elif arr.dtype.kind == "U":
        absent = np.zeros(len(arr), dtype=bool)
        texts = arr
    else:
        raise _fail(table, column.name, f"must hold {column.kind.__name__} values as text")
    if np.any(absent) and not column.nullable:
        raise _fail(table, column.name, "has missing values")
    present = np.full(len(texts), -1, dtype=np.int8)
    for code, member in enumerate(members):
        present[texts == member.value] = code
    if np.any(present < 0):
        raise _fail(table, column.name, f"holds a value that is not a {column.kind.__name__}")
    out[~absent] = present
    return out


_SETS = (list, tuple, set, frozenset, np.ndarray)


def _sets(table: str, column: Column, arr: Any) -> Any:
    """Bit masks of the members in each row's set (``NOT_RECORDED`` where missing)."""
    kind = column.kind.members
    bits = {member.value: 1 << index for index, member in enumerate(kind)}
    wrong = _fail(table, column.name, f"must hold lists of {kind.__name__} values as text")
    empty = _fail(
        table,
        column.name,
        "has empty text; leave the value missing where it was not recorded, or give an empty "
        "list where none are listed",
    )
    out = np.full(len(arr), NOT_RECORDED, dtype=np.int16)
    if arr.dtype.kind == "f" and np.all(np.isnan(arr)):
        # Nothing recorded in any row: pandas reads an empty CSV column as NaN floats, and a
        # polars column of the Null type arrives as NaN floats too. A number stays refused.
        return out
    if arr.dtype.kind in "UT":
        arr = arr.astype(object)
    if arr.dtype.kind != "O":
        raise wrong
    absent = _missing(arr)
    for i, items in enumerate(arr):
        if absent[i]:
            continue
        if isinstance(items, str) and items == "":
            raise empty
        if not isinstance(items, _SETS) or (isinstance(items, np.ndarray) and items.ndim != 1):
            raise wrong
        mask = 0
        for item in items:
            value = item.value if isinstance(item, kind) else item
            if isinstance(value, str) and value == "":
                raise empty
            bit = bits.get(value) if isinstance(value, str) else None
            if bit is None:
                raise _fail(table, column.name, f"holds a value outside {kind.__name__}")
            mask |= bit
        out[i] = mask
    return out


def _ids(table: str, arr: Any) -> Any:
    if arr.dtype.kind in "iu":
        return arr.astype(np.int64)
    if arr.dtype.kind in "UO":
        if np.any(_missing(arr)) or not all(isinstance(v, str) for v in arr):
            raise _fail(table, "person_id", "must hold integers or text, with no missing values")
        return arr.astype(str)
    raise _fail(table, "person_id", f"must hold integers or text, not {arr.dtype}")


def _checked(table: str, raw: Any) -> tuple[dict[str, Any], int]:
    columns, length = _columns_of(table, raw)
    out: dict[str, Any] = {}
    for column in SCHEMAS[table]:
        arr = columns.get(column.name)
        if arr is None:
            if column.required:
                raise _fail(table, column.name, "is missing")
            continue
        if column.kind == "id":
            out[column.name] = _ids(table, arr)
        elif column.kind == "date":
            out[column.name] = _dates(table, column, arr)
        elif column.kind == "int":
            out[column.name] = _ints(table, column, arr)
        elif column.kind == "text":
            out[column.name] = _texts(table, column, arr)
        elif isinstance(column.kind, SetOf):
            out[column.name] = _sets(table, column, arr)
        else:
            out[column.name] = _codes(table, column, arr)
    return out, length


@attrs.frozen(slots=True, eq=False, repr=False)
class Spans:
    """One history's table in columns, sorted by person (rows of a person keep their order).

    Attributes:
        person: Each row's person, as a position in the persons table.
        start: First day, counted in days from 1970-01-01.
        end: Last day (``OPEN`` while it lasts).
        values: The table's other columns (codes for enum columns).
        first: For each person, the position of their first row (``len(persons) + 1`` entries).

    Examples:
        >>> pop = Population.from_persons([])
        >>> len(pop.spans("registrations").person)
        0
    """

    person: Any
    start: Any
    end: Any
    values: dict[str, Any]
    first: Any

    def covering(self, day: int, rows: Any = None) -> Any:
        """Which rows cover ``day`` (a boolean per row, optionally only among ``rows``).

        Examples:
            >>> pop = Population.from_persons([])
            >>> pop.spans("situations").covering(0).tolist()
            []
        """
        hit = (self.start <= day) & (day <= self.end)
        return hit if rows is None else hit & rows


@attrs.frozen(slots=True, eq=False, repr=False)
class Population:
    """A caseload in columns: persons and their histories, as arrays.

    Build it with [`from_tables`][integra.bulk.population.Population.from_tables] or
    [`from_persons`][integra.bulk.population.Population.from_persons]; screen it with
    [`integra.bulk.screen`][integra.bulk.evaluate.screen].

    Attributes:
        ids: The person ids, in the order of the persons table (the order of every result).
        birth: Birth dates as day numbers.
        female: Whether each person is female.
        addresses: The distinct addresses of the residences table (rows refer to them by
            position in ``spans("residences").values["address"]``).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> pop = Population.from_persons([Person(date(1990, 1, 1), Sex.FEMALE)])
        >>> pop.ids.tolist(), pop.female.tolist()
        ([0], [True])
    """

    ids: Any
    birth: Any
    female: Any
    _spans: dict[str, Spans] = attrs.field(alias="spans")
    _collected: dict[str, Any] = attrs.field(alias="collected")
    addresses: tuple[Address, ...]
    _order: Any = attrs.field(alias="order")
    _memo: dict[Any, Any] = attrs.field(factory=dict, alias="memo")

    def __len__(self) -> int:
        return len(self.ids)

    def __repr__(self) -> str:
        return f"<Population of {len(self)} persons>"

    def spans(self, table: str) -> Spans:
        """The rows of ``table`` (a history, or ``"exclusions"`` / ``"profiles"``).

        Examples:
            >>> Population.from_persons([]).spans("households").values["members"].tolist()
            []
        """
        return self._spans[table]

    def collected(self, history: str) -> Any:
        """Whether ``history`` was collected, person by person (a boolean array).

        Examples:
            >>> Population.from_persons([]).collected("situations").tolist()
            []
        """
        return self._collected[history]

    def position(self, person_id: Any) -> int:
        """The position of ``person_id`` in the persons table.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]).position(0)
            0
        """
        order = self._order
        ids = self.ids
        if ids.dtype.kind == "U" and not isinstance(person_id, str):
            raise InvalidValue("no person with this person_id in the population")
        if ids.dtype.kind != "U" and not isinstance(person_id, int | np.integer):
            raise InvalidValue("no person with this person_id in the population")
        at = int(np.searchsorted(ids[order], person_id))
        if at >= len(ids) or ids[order[at]] != person_id:
            raise InvalidValue("no person with this person_id in the population")
        return int(order[at])

    def memo(self, key: Any, compute: Any) -> Any:
        """A value derived from the population alone, computed once (e.g. which addresses lie
        in an area).

        Examples:
            >>> pop = Population.from_persons([])
            >>> pop.memo("x", lambda: 1), pop.memo("x", lambda: 2)
            (1, 1)
        """
        cache = self._memo
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def from_tables(cls, persons: Any, **histories: Any) -> Population:
        """A population from a persons table and any of the history tables named in
        [`SCHEMAS`][integra.bulk.population.SCHEMAS] (``registrations``, ``exclusions``,
        ``profiles``, ``benefit_awards``, ``social_contracts``, ``certificates``,
        ``residences``, ``households``, ``situations``, ``entitlements``).

        Each table is a pandas, polars or pyarrow table, or a mapping of column names to arrays
        or lists. A history not given is not collected for anyone; ``exclusions`` and
        ``profiles`` belong to ``registrations``.

        Raises:
            InvalidValue: A table or column is missing, mistyped or inconsistent (the message
                names the table and column).

        Examples:
            >>> from datetime import date
            >>> pop = Population.from_tables(
            ...     {"person_id": ["A", "B"], "birth_date": [date(1980, 1, 1), date(1990, 2, 3)], "sex": ["F", "M"]},
            ...     households={"person_id": ["B"], "members": [2], "income_grosz": [150000]},
            ... )
            >>> pop.person("B").households[0].monthly_net_income
            Decimal('1500.00')
            >>> Population.from_tables({"person_id": [1], "birth_date": [date(1980, 1, 1)], "sex": ["x"]})
            Traceback (most recent call last):
            ...
            integra.errors.InvalidValue: table 'persons', column 'sex': holds a value that is not a Sex
        """
        unknown = sorted(set(histories) - set(SCHEMAS))
        if unknown:
            raise InvalidValue(f"unknown tables: {', '.join(unknown)}")
        for part, whole in _PART_OF.items():
            if part in histories and whole not in histories:
                raise InvalidValue(f"table {part!r} needs the table {whole!r}")
        person_columns, n = _checked("persons", persons)
        ids = person_columns["person_id"]
        order = np.argsort(ids, kind="stable")
        sorted_ids = ids[order]
        if n > 1 and np.any(sorted_ids[1:] == sorted_ids[:-1]):
            raise _fail("persons", "person_id", "has duplicate ids")
        birth = person_columns["birth_date"]
        female = person_columns["sex"] == list(Sex).index(Sex.FEMALE)
        raw_persons, _ = _columns_of("persons", persons)
        spans: dict[str, Spans] = {}
        collected: dict[str, Any] = {}
        addresses: tuple[Address, ...] = ()
        for table in (*HISTORIES, *_PART_OF):
            given = histories.get(table)
            raw = {c.name: _empty(c) for c in SCHEMAS[table]} if given is None else given
            columns, _ = _checked(table, raw)
            index = _positions(table, columns["person_id"], sorted_ids, order)
            if "start" not in columns:  # households: validity optional
                columns["start"] = np.full(len(index), OPEN, dtype=np.int32)
            if "end" not in columns:
                columns["end"] = np.full(len(index), OPEN, dtype=np.int32)
            start, end = columns.pop("start"), columns.pop("end")
            columns.pop("person_id")
            if table == "households":
                start, end = _household_validity(start, end)
                if np.any(columns["members"] < 1):
                    raise _fail(table, "members", "has a value below 1")
                if np.any(columns["income_grosz"] < 0):
                    raise _fail(table, "income_grosz", "has a negative value")
            else:
                if np.any(end < start):
                    raise _fail(table, "end", "has a span ending before it starts")
                if np.any(start < birth[index]):
                    raise _fail(table, "start", "has a span starting before the person's birth")
            if table == "residences":
                columns, addresses = _address_codes(columns)
            sort_key = (start, index) if table in ("registrations", "residences") else (index,)
            rows = np.lexsort(sort_key) if len(index) else np.zeros(0, dtype=np.int64)
            index, start, end = index[rows], start[rows], end[rows]
            columns = {k: v[rows] for k, v in columns.items()}
            first = np.searchsorted(index, np.arange(n + 1)).astype(np.int64)
            spans[table] = Spans(index.astype(np.int32), start, end, columns, first)
            if table in HISTORIES:
                flags = _collected_flags(table, raw_persons, n, given is not None)
                if len(index) and np.any(~flags[index]):
                    raise _fail(
                        table,
                        "person_id",
                        "has rows for a person whose history is marked not collected",
                    )
                collected[table] = flags
        _check_overlaps(spans)
        _check_household_statements(spans["households"])
        _attach_to_registrations(spans)
        return cls(ids, birth, female, spans, collected, addresses, order)

    @classmethod
    def from_persons(cls, people: Iterable[Person], ids: Sequence[Any] | None = None) -> Population:
        """A population holding the facts of ``people`` (ids ``0, 1, …`` unless given).

        Causes and indications of disability certificates are carried (``None`` — not recorded
        — as a missing value); award decision dates and case references are not carried into
        columns: no columnar rule reads them.

        Raises:
            InvalidValue: A household income is not a whole number of grosze, or ``ids`` has a
                different length.

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange, Person, Registration, Sex
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
            >>> pop = Population.from_persons([p])
            >>> pop.person(0) == p
            True
        """
        people = list(people)
        if ids is None:
            ids = list(range(len(people)))
        if len(ids) != len(people):
            raise InvalidValue("ids must have one id for each person")
        tables: dict[str, dict[str, list[Any]]] = {
            name: {c.name: [] for c in SCHEMAS[name]} for name in SCHEMAS
        }

        def add(table: str, pid: Any, period: DateRange | None, **values: Any) -> None:
            rows = tables[table]
            rows["person_id"].append(pid)
            if period is not None:
                rows["start"].append(period.start)
                rows["end"].append(period.end)
            for key, value in values.items():
                rows[key].append(value)

        collected: dict[str, list[bool]] = {history: [] for history in HISTORIES}
        for pid, p in zip(ids, people, strict=True):
            add("persons", pid, None, birth_date=p.birth_date, sex=p.sex)
            for history in HISTORIES:
                collected[history].append(getattr(p, history) is not None)
            for r in p.registrations or ():
                add("registrations", pid, r.period)
                for e in r.exclusions:
                    add("exclusions", pid, e.period, kind=e.kind)
                for s in r.profiles:
                    add("profiles", pid, s.period, profile=s.profile)
            for a in p.benefit_awards or ():
                add("benefit_awards", pid, a.period, kind=a.kind)
            for c in p.social_contracts or ():
                add("social_contracts", pid, c.period)
            for cert in p.certificates or ():
                add(
                    "certificates",
                    pid,
                    cert.valid,
                    source=cert.source,
                    issued_on=cert.issued_on,
                    degree=cert.degree,
                    causes=cert.causes,
                    indications=cert.indications,
                )
            for res in p.residences or ():
                add(
                    "residences",
                    pid,
                    res.period,
                    **{f: getattr(res.address, f) for f in _ADDRESS_FIELDS},
                )
            for h in p.households or ():
                grosz = h.monthly_net_income * 100
                if grosz != grosz.to_integral_value():
                    raise _fail("households", "income_grosz", "is not a whole number of grosze")
                add(
                    "households",
                    pid,
                    None,
                    members=h.members,
                    income_grosz=int(grosz),
                    start=None if h.valid is None else h.valid.start,
                    end=None if h.valid is None else h.valid.end,
                )
            for spell in p.situations or ():
                add("situations", pid, spell.period, situation=spell.situation)
            for en in p.entitlements or ():
                add("entitlements", pid, en.period, kind=en.kind)
        arrays = {name: _as_arrays(name, rows) for name, rows in tables.items()}
        persons = arrays.pop("persons")
        given: dict[str, Any] = {}
        for history in HISTORIES:
            flags = np.array(collected[history], dtype=bool)
            if flags.any() or not len(flags):
                persons[f"{history}_collected"] = flags
                given[history] = arrays[history]
        if given.get("registrations") is not None:
            given["exclusions"], given["profiles"] = arrays["exclusions"], arrays["profiles"]
        return cls.from_tables(persons, **given)

    # -- back to persons ----------------------------------------------------------------------

    def person(self, person_id: Any) -> Person:
        """The [`Person`][integra.people.Person] with ``person_id``, for the scalar path (an
        explanation, a check).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]).person(0).sex
            <Sex.MALE: 'M'>
        """
        return self.person_at(self.position(person_id))

    def person_at(self, position: int) -> Person:
        """The [`Person`][integra.people.Person] at ``position`` in the persons table.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]).person_at(0).birth_date
            datetime.date(1990, 1, 1)
        """
        histories: dict[str, Any] = {}
        for history in HISTORIES:
            if not self._collected[history][position]:
                histories[history] = None
                continue
            rows = self._rows(history, position)
            histories[history] = tuple(_BUILD[history](self, history, i) for i in rows)
        return Person(
            from_day_number(self.birth[position]),
            Sex.FEMALE if self.female[position] else Sex.MALE,
            **histories,
        )

    def persons(self) -> list[Person]:
        """Every person, in the order of the persons table.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> len(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)] * 3).persons())
            3
        """
        return [self.person_at(i) for i in range(len(self))]

    def _rows(self, table: str, position: int) -> range:
        first = self._spans[table].first
        return range(int(first[position]), int(first[position + 1]))

    def _period(self, table: str, row: int) -> DateRange:
        spans = self._spans[table]
        end = int(spans.end[row])
        return DateRange(
            from_day_number(spans.start[row]), None if end == OPEN else from_day_number(end)
        )

    def _enum(self, table: str, column: str, row: int) -> Any:
        code = int(self._spans[table].values[column][row])
        return None if code < 0 else _MEMBERS[table, column][code]


def _empty(column: Column) -> Any:
    if column.kind == "date":
        return np.zeros(0, dtype="datetime64[D]")
    if column.kind in ("id", "int"):
        return np.zeros(0, dtype=np.int64)
    return np.zeros(0, dtype=object)


def _as_arrays(table: str, rows: dict[str, list[Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in SCHEMAS[table]:
        values = rows[column.name]
        if column.kind == "date":
            out[column.name] = np.array(values, dtype=object) if values else _empty(column)
        elif column.kind == "id":
            arr = np.array(values) if values else _empty(column)
            out[column.name] = arr.astype(object) if arr.dtype.kind == "U" else arr
        elif column.kind == "int":
            out[column.name] = np.array(values, dtype=np.int64)
        elif column.kind == "text":
            out[column.name] = np.array(values, dtype=object)
        elif isinstance(column.kind, SetOf):
            out[column.name] = _objects(
                [None if v is None else sorted(m.value for m in v) for v in values]
            )
        else:
            out[column.name] = np.array(
                [None if v is None else v.value for v in values], dtype=object
            )
    return out


def _positions(table: str, keys: Any, sorted_ids: Any, order: Any) -> Any:
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64)
    if len(sorted_ids) == 0 or (keys.dtype.kind == "U") != (sorted_ids.dtype.kind == "U"):
        raise _fail(table, "person_id", "has ids that are not in the persons table")
    at = np.searchsorted(sorted_ids, keys)
    at = np.minimum(at, len(sorted_ids) - 1)
    if np.any(sorted_ids[at] != keys):
        raise _fail(table, "person_id", "has ids that are not in the persons table")
    return order[at].astype(np.int64)


def _household_validity(start: Any, end: Any) -> tuple[Any, Any]:
    has_start, has_end = start != OPEN, end != OPEN
    if np.any(has_end & ~has_start):
        raise _fail("households", "start", "is missing where an end is given")
    if np.any(has_end & (end < start)):
        raise _fail("households", "end", "has a statement ending before it starts")
    return start, end


def _collected_flags(table: str, raw: dict[str, Any], n: int, given: bool) -> Any:
    name = f"{table}_collected"
    flags = raw.get(name)
    if flags is None:
        return np.full(n, given, dtype=bool)
    if flags.dtype.kind != "b":
        raise _fail("persons", name, "must hold booleans")
    if not given and np.any(flags):
        raise _fail("persons", name, f"says collected but no {table!r} table was given")
    return flags.astype(bool)


def _address_codes(columns: dict[str, Any]) -> tuple[dict[str, Any], tuple[Address, ...]]:
    length = len(columns["gmina"])
    key = np.zeros(length, dtype=np.int64)
    for name in _ADDRESS_FIELDS:
        values = columns.get(name)
        if values is None:
            continue
        codes, distinct = _factorize(values)
        key = key * (distinct + 1) + codes
        key = np.unique(key, return_inverse=True)[1].reshape(-1)
    _, first, codes = np.unique(key, return_index=True, return_inverse=True)
    addresses = tuple(
        Address(**{n: _text_or_none(v[row]) for n, v in columns.items() if n in _ADDRESS_FIELDS})  # type: ignore[arg-type]
        for row in first
    )
    return {"address": codes.reshape(-1).astype(np.int32)}, addresses


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _factorize(values: Any) -> tuple[Any, int]:
    """Codes ``0..k-1`` for the distinct texts of ``values`` (``None`` included), and ``k``:
    a hash of the characters sorted once, checked against the texts themselves."""
    if values.dtype.kind == "U":
        texts = values
    else:
        absent = np.array([v is None for v in values], dtype=bool)
        texts = np.where(absent, "\x00", values).astype(str)
    n = len(texts)
    width = texts.dtype.itemsize // 4
    if n == 0 or width == 0:
        return np.zeros(n, dtype=np.int64), 1
    chars = texts.view(np.uint32).reshape(n, width).astype(np.uint64)
    weights = np.random.default_rng(0).integers(1, 2**63, width, dtype=np.uint64) | np.uint64(1)
    hashed = (chars * weights).sum(axis=1)
    _, first, codes = np.unique(hashed, return_index=True, return_inverse=True)
    codes = codes.reshape(-1)
    if not np.array_equal(texts[first][codes], texts):  # pragma: no cover - a 64-bit collision
        seen: dict[str, int] = {}
        codes = np.fromiter((seen.setdefault(t, len(seen)) for t in texts), np.int64, n)
        return codes, len(seen)
    return codes.astype(np.int64), len(first)


def _check_overlaps(spans: dict[str, Spans]) -> None:
    for table in ("registrations", "residences"):
        s = spans[table]  # sorted by person, then start
        same = s.person[1:] == s.person[:-1]
        if np.any(same & (s.start[1:] <= s.end[:-1])):
            raise _fail(table, "start", "has overlapping spans for one person")


def _check_household_statements(s: Spans) -> None:
    open_rows = s.start == OPEN
    per_person = np.bincount(s.person[open_rows], minlength=len(s.first) - 1)
    if np.any(per_person > 1):
        raise _fail("households", "start", "has more than one statement without validity")
    dated = ~open_rows
    person, start, end = s.person[dated], s.start[dated], s.end[dated]
    order = np.lexsort((start, person))
    person, start, end = person[order], start[order], end[order]
    same = person[1:] == person[:-1]
    if np.any(same & (start[1:] <= end[:-1])):
        raise _fail("households", "start", "has statements with overlapping validity")


def _attach_to_registrations(spans: dict[str, Spans]) -> None:
    reg = spans["registrations"]
    for part in _PART_OF:
        s = spans[part]
        # The registration containing each row's start: the person's last one starting on or
        # before it (registrations are sorted by person, then start, and do not overlap).
        key_reg = reg.person.astype(np.int64) * (2 * OPEN) + reg.start
        key = s.person.astype(np.int64) * (2 * OPEN) + s.start
        at = np.searchsorted(key_reg, key, side="right") - 1
        ok = at >= 0
        safe = np.maximum(at, 0)
        ok &= reg.person[safe] == s.person
        ok &= s.end <= reg.end[safe]
        if len(s.person) and not np.all(ok):
            raise _fail(part, "start", "has a span not within one of the person's registrations")
        s.values["registration"] = safe.astype(np.int64)


def _build_registration(pop: Population, table: str, row: int) -> Registration:
    exclusions = pop._spans["exclusions"]
    profiles = pop._spans["profiles"]
    person = int(pop._spans[table].person[row])
    ex = [
        ExcludedPeriod(pop._enum("exclusions", "kind", i), pop._period("exclusions", i))
        for i in pop._rows("exclusions", person)
        if exclusions.values["registration"][i] == row
    ]
    pr = [
        ProfileSpell(pop._enum("profiles", "profile", i), pop._period("profiles", i))
        for i in pop._rows("profiles", person)
        if profiles.values["registration"][i] == row
    ]
    return Registration(pop._period(table, row), ex, pr)


def _build_certificate(pop: Population, table: str, row: int) -> DisabilityCertificate:
    values = pop._spans[table].values
    return DisabilityCertificate(
        pop._enum(table, "source", row),
        from_day_number(values["issued_on"][row]),
        pop._period(table, row),
        pop._enum(table, "degree", row) if "degree" in values else None,
        _members(values, "causes", DisabilityCause, row),
        _members(values, "indications", Indication, row),
    )


def _members(values: dict[str, Any], column: str, kind: Any, row: int) -> frozenset[Any] | None:
    """The set in ``column`` at ``row``, or ``None`` where it was not recorded (or the table
    has no such column)."""
    marks = values.get(column)
    mask = NOT_RECORDED if marks is None else int(marks[row])
    if mask == NOT_RECORDED:
        return None
    return frozenset(member for index, member in enumerate(kind) if mask >> index & 1)


def _build_household(pop: Population, table: str, row: int) -> Household:
    s = pop._spans[table]
    valid = None if s.start[row] == OPEN else pop._period(table, row)
    income = Decimal(int(s.values["income_grosz"][row])).scaleb(-2)
    return Household(int(s.values["members"][row]), income, valid)


_BUILD: dict[str, Any] = {
    "registrations": _build_registration,
    "benefit_awards": lambda pop, t, i: BenefitAward(pop._enum(t, "kind", i), pop._period(t, i)),
    "social_contracts": lambda pop, t, i: SocialContract(pop._period(t, i)),
    "certificates": _build_certificate,
    "residences": lambda pop, t, i: Residence(
        pop.addresses[pop._spans[t].values["address"][i]], pop._period(t, i)
    ),
    "households": _build_household,
    "situations": lambda pop, t, i: SituationSpell(pop._enum(t, "situation", i), pop._period(t, i)),
    "entitlements": lambda pop, t, i: Entitlement(pop._enum(t, "kind", i), pop._period(t, i)),
}
