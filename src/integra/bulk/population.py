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
from decimal import Decimal
from typing import Any, ClassVar, Self

import attrs
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from integra._extras import require
from integra.bulk import _read
from integra.bulk._days import OPEN, from_day_number
from integra.bulk._income import (
    CHANGES,
    FARM,
    FARM_DAYS,
    LUMP_SUM,
    PAYEES,
    READINGS,
    SOURCES,
    Alimony,
    Items,
    count,
)
from integra.errors import InvalidValue
from integra.income import (
    AlimonyPaid,
    AlimonyPayee,
    AlimonyReading,
    FarmAmountDay,
    IncomeChange,
    IncomeItem,
    IncomeSource,
    IncomeStatement,
)
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

__all__ = ["HISTORIES", "SCHEMAS", "Column", "Population", "RefusedRows", "SetOf"]


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
            nullable=True,
            doc="monthly net income of the household in grosze (integer: 1234.56 zł is 123456); "
            "for a statement with an application_date it may be left missing (it is counted "
            "from the statement's items) and, where given, must be the income they give",
        ),
        Column(
            "start", "date", required=False, nullable=True, doc="first day the statement covers"
        ),
        Column("end", "date", required=False, nullable=True, doc="last day the statement covers"),
        Column(
            "statement_id",
            "id",
            required=False,
            nullable=True,
            doc="the key income_items and alimony_paid rows name the statement by: integers or "
            "text, unique in the table",
        ),
        Column(
            "application_date",
            "date",
            required=False,
            nullable=True,
            doc="the day of the application whose income is counted from items (UPS art. 8 "
            "ust. 3); empty for an income declared as a sum",
        ),
        Column(
            "alimony_reading",
            AlimonyReading,
            required=False,
            nullable=True,
            doc="which alimony paid is deducted: 'nsa_2021' (empty: the default), "
            "'current_only' or 'all_payments'",
        ),
        Column(
            "farm_amount_day",
            FarmAmountDay,
            required=False,
            nullable=True,
            doc="which day's per-hectare amount a farm reads: 'application_day' (empty: the "
            "default) or 'income_month'",
        ),
    ),
    "income_items": (
        Column("person_id", "id", doc="the id of the person whose statement it belongs to"),
        Column("statement_id", "id", doc="the statement_id of the household statement"),
        Column("member", "int", required=False, doc="which member received it: 0 is the applicant"),
        Column("source", IncomeSource, doc="what the receipt is, e.g. 'employment' or 'farm'"),
        Column("month", "date", doc="the month it was received, as its first day"),
        Column(
            "gross_grosz",
            "int",
            required=False,
            doc="the receipt before deductions in grosze (0 for a farm)",
        ),
        Column("tax_grosz", "int", required=False, doc="the month's income tax in grosze"),
        Column(
            "social_grosz", "int", required=False, doc="social-insurance contributions in grosze"
        ),
        Column("health_grosz", "int", required=False, doc="the health contribution in grosze"),
        Column(
            "hectares",
            "int",
            required=False,
            nullable=True,
            doc="a farm's hectares of conversion in ten-thousandths of a hectare (2.5 ha is "
            "25000); empty for any other source",
        ),
        Column(
            "change",
            IncomeChange,
            required=False,
            nullable=True,
            doc="'lost' (utrata dochodu), 'gained' or 'none' (empty: 'none')",
        ),
    ),
    "alimony_paid": (
        Column("person_id", "id", doc="the id of the person whose statement it belongs to"),
        Column("statement_id", "id", doc="the statement_id of the household statement"),
        Column("member", "int", required=False, doc="which member paid it: 0 is the applicant"),
        Column("month", "date", doc="the month of the payment, as its first day"),
        Column("amount_grosz", "int", doc="the amount paid in grosze"),
        Column(
            "payee",
            AlimonyPayee,
            required=False,
            nullable=True,
            doc="'person' (empty: the default) or 'alimony_fund'",
        ),
        Column("arrears", "bool", required=False, doc="whether it settles arrears"),
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
"""The tables a population is built from and their columns. Other columns are ignored.

``income_items`` and ``alimony_paid`` belong to ``households``: each row names its statement by
the ``statement_id`` of a households row that has an ``application_date``, and the income of such
a statement is counted from them as [`assess`][integra.income.assess] counts it (UPS art. 8
ust. 3-5)."""

_MEMBERS: dict[tuple[str, str], tuple[Any, ...]] = {
    (table, column.name): tuple(column.kind)
    for table, columns in SCHEMAS.items()
    for column in columns
    if not isinstance(column.kind, str | SetOf)
}
NOT_RECORDED = _read.NOT_RECORDED
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
_INCOME_TABLES = ("income_items", "alimony_paid")
_ADDRESS_FIELDS = ("gmina", "house_number", "street", "locality", "flat", "teryt", "unit")
_MAX_MEMBERS = 1000  # as Household.members
_MAX_INCOME_GROSZ = 10**14  # Household.monthly_net_income below 10^12 zł
_START_SHIFT = 2**20  # day numbers + this are positive (0001-01-01 is day -719162)
_fail = _read.fail


def _read_table(
    table: str, raw: Any, refusals: _read.Refusals, extra: tuple[str, ...] = ()
) -> tuple[dict[str, Any], int]:
    """The columns of ``table`` named in its schema (and ``extra``), read and checked."""
    schema = SCHEMAS[table]
    wanted = {c.name for c in schema} | set(extra)
    arrays, n = _read.arrow_columns(table, raw, wanted)
    out: dict[str, Any] = {}
    for column in schema:
        arr = arrays.get(column.name)
        if arr is None:
            if column.required:
                raise _fail(table, column.name, "is missing")
            continue
        if column.kind == "id":
            out[column.name] = _read.read_ids(
                table, arr, refusals, column.name, nullable=column.nullable
            )
        elif column.kind == "date":
            out[column.name] = _read.read_dates(table, column.name, arr, column.nullable, refusals)
        elif column.kind == "int":
            out[column.name] = _read.read_ints(
                table, column.name, arr, refusals, nullable=column.nullable
            )
            if column.nullable:
                out[f"{column.name}_missing"] = _read.null_mask(arr)
        elif column.kind == "bool":
            out[column.name] = _read.read_bools(table, column.name, arr, refusals)
        elif column.kind == "text":
            out[column.name] = _read.read_texts(table, column.name, arr, column.nullable, refusals)
        elif isinstance(column.kind, SetOf):
            out[column.name] = _read.read_sets(
                table, column.name, arr, column.kind.members, refusals
            )
        else:
            out[column.name] = _read.read_codes(
                table, column.name, arr, column.kind, column.nullable, refusals
            )
    for name in extra:
        if name in arrays:
            out[name] = _read.read_bools(table, name, arrays[name], refusals)
    return out, n


def _match_ids(keys: Any, ids: Any, index: Any = None) -> Any:
    """For each key, the position of the equal id in ``ids`` (-1 where none): integers match
    integers by value, whatever their width or sign, and text matches text exactly.
    ``index`` is ``ids`` as sorted numbers and their order, for integer ids (see
    [`_id_index`][integra.bulk.population._id_index])."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    key_int, id_int = pa.types.is_integer(keys.type), pa.types.is_integer(ids.type)
    if key_int != id_int:
        return np.full(n, -1, dtype=np.int64)
    if key_int and keys.type != ids.type:
        keys = _as_id_type(keys, ids.type)
    if not key_int or keys.null_count:
        found = pc.index_in(keys, value_set=ids)
        return np.asarray(pc.fill_null(found, -1).to_numpy(), dtype=np.int64)
    sorted_ids, order = _id_index(ids) if index is None else index
    values = keys.to_numpy()
    m = len(sorted_ids)
    if not m:
        return np.full(n, -1, dtype=np.int64)
    if order is None and int(sorted_ids[-1]) - int(sorted_ids[0]) == m - 1:
        # Consecutive ids: a position is a difference.
        at = (
            values.astype(np.int64) - np.int64(sorted_ids[0])
            if values.dtype.kind == "i"
            else (values - sorted_ids[0]).astype(np.int64)
        )
        inside = (values >= sorted_ids[0]) & (values <= sorted_ids[-1])
        return np.where(inside, at, -1).astype(np.int64)
    at = np.minimum(np.searchsorted(sorted_ids, values), m - 1)
    hit = sorted_ids[at] == values
    at = at if order is None else order[at]
    return np.where(hit, at, -1).astype(np.int64)


def _id_index(ids: Any) -> tuple[Any, Any]:
    """Integer ids sorted, and the order that sorts them (``None`` when they already are)."""
    values = ids.to_numpy()
    if len(values) < 2 or bool(np.all(values[1:] > values[:-1])):
        return values, None
    order = np.argsort(values, kind="stable")
    return values[order], order


def _as_id_type(keys: Any, kind: Any) -> Any:
    """Integer keys in the integer type of the ids: a key the type cannot hold matches none.
    The bounds are compared in a decimal type that holds every 64-bit integer, signed or not."""
    wide = keys.cast(pa.decimal128(38, 0))
    info = np.iinfo(kind.to_pandas_dtype())
    fits = pc.and_(
        pc.greater_equal(wide, pa.scalar(int(info.min), wide.type)),
        pc.less_equal(wide, pa.scalar(int(info.max), wide.type)),
    )
    return pc.if_else(fits, keys, pa.scalar(None, keys.type)).cast(kind)


def _ids_as_numpy(ids: Any) -> Any:
    if pa.types.is_integer(ids.type):
        return np.asarray(
            ids.to_numpy(), dtype=np.uint64 if pa.types.is_uint64(ids.type) else np.int64
        )
    return np.asarray(ids.to_numpy(zero_copy_only=False), dtype=object)


@attrs.frozen(slots=True, eq=False, repr=False)
class RefusedRows:
    """The rows refused when tables were read with ``errors="refuse"``: for each, the table,
    the row's position in it (0-based, in the order given), the column and the reason — never
    the value. A row refused for two reasons is listed twice.

    Attributes:
        table: The table of each refusal.
        row: The row's position in its table.
        column: The column that was refused.
        reason: Why, in words that name no value.

    Examples:
        >>> from datetime import date
        >>> pop = Population.from_tables(
        ...     {"person_id": [1, 2, 3], "birth_date": [date(1980, 1, 1)] * 3, "sex": ["F", "K", "M"]},
        ...     registrations={"person_id": [3, 9], "start": [date(2020, 1, 1)] * 2, "end": [None, None]},
        ...     errors="refuse",
        ... )
        >>> pop.refused_rows
        <RefusedRows: 2 rows>
        >>> for refusal in zip(*(v.tolist() for v in pop.refused_rows.columns().values())):
        ...     print(refusal)
        ('persons', 1, 'sex', 'holds a value that is not a Sex, expected one of F, M')
        ('registrations', 1, 'person_id', 'has ids that are not in the persons table')
        >>> pop.refused.tolist()
        [False, True, False]
    """

    table: Any
    row: Any
    column: Any
    reason: Any
    _TABLES: ClassVar[tuple[str, ...]] = tuple(SCHEMAS)
    """The tables a reader refuses rows of, in the order refusals are listed and counted."""

    @classmethod
    def of(cls, refusals: _read.Refusals) -> Self:
        """The refusals collected while reading, by table (in the order of the reader's
        tables, ``_TABLES``: here [`SCHEMAS`][integra.bulk.population.SCHEMAS]), then row.

        Examples:
            >>> len(RefusedRows.of(_read.Refusals(strict=False)))
            0
        """
        order = {name: i for i, name in enumerate(cls._TABLES)}
        parts = refusals.parts  # the sort below is stable: a row's refusals keep their order
        sizes = [len(rows) for *_, rows in parts]
        row = np.concatenate([rows for *_, rows in parts]) if parts else np.zeros(0, np.int64)
        table = np.repeat(np.array([p[0] for p in parts], dtype=object), sizes)
        column = np.repeat(np.array([p[1] for p in parts], dtype=object), sizes)
        reason = np.repeat(np.array([p[2] for p in parts], dtype=object), sizes)
        rank = np.array([order[t] for t in table], dtype=np.int64)
        by = np.lexsort((row, rank)) if len(row) else np.zeros(0, np.int64)
        return cls(table[by], row[by].astype(np.int64), column[by], reason[by])

    def __len__(self) -> int:
        return len(self.row)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {len(self)} rows>"

    def counts(self) -> dict[str, int]:
        """How many distinct rows of each table were refused.

        Examples:
            >>> from datetime import date
            >>> pop = Population.from_tables(
            ...     {"person_id": [1, 1, 2], "birth_date": [date(1980, 1, 1)] * 3, "sex": ["F", "M", "M"]},
            ...     errors="refuse",
            ... )
            >>> pop.refused_rows.counts(), len(pop)
            ({'persons': 2}, 1)
        """
        out: dict[str, int] = {}
        for name in self._TABLES:
            rows = self.row[self.table == name]
            if len(rows):
                out[name] = len(np.unique(rows))
        return out

    def columns(self) -> dict[str, Any]:
        """The refusals as columns ``table``, ``row``, ``column``, ``reason``.

        Examples:
            >>> list(RefusedRows.of(_read.Refusals(strict=False)).columns())
            ['table', 'row', 'column', 'reason']
        """
        return {"table": self.table, "row": self.row, "column": self.column, "reason": self.reason}

    def to_arrow(self) -> Any:
        """The refusals as a pyarrow Table (text columns dictionary-encoded).

        Examples:
            >>> RefusedRows.of(_read.Refusals(strict=False)).to_arrow().column_names
            ['table', 'row', 'column', 'reason']
        """
        return pa.table(
            {
                name: pa.array(values, type=pa.string()).dictionary_encode()
                if name != "row"
                else pa.array(values, type=pa.int64())
                for name, values in self.columns().items()
            }
        )

    def to_pandas(self) -> Any:
        """The refusals as a pandas DataFrame; needs pandas.

        Examples:
            >>> RefusedRows.of(_read.Refusals(strict=False)).to_pandas().shape
            (0, 4)
        """
        return self.to_arrow().to_pandas()

    def to_polars(self) -> Any:
        """The refusals as a polars DataFrame; needs polars.

        Examples:
            >>> RefusedRows.of(_read.Refusals(strict=False)).to_polars().shape
            (0, 4)
        """
        pl = require("polars", "polars", needed_by="RefusedRows.to_polars")

        return pl.from_arrow(self.to_arrow())


@attrs.frozen(slots=True, eq=False, repr=False)
class Spans:
    """One history's table in columns, sorted by person (rows of a person keep their order).

    Attributes:
        person: Each row's person, as a position in the persons table.
        start: First day, counted in days from 1970-01-01.
        end: Last day (``OPEN`` while it lasts).
        values: The table's other columns (codes for enum columns).
        persons: How many persons the population holds (some may have no row).
        first: For each person, the position of their first row (``persons + 1`` entries),
            counted when first asked for: screening never needs it.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> spans = Population.from_persons(
        ...     [
        ...         Person(date(1990, 1, 1), Sex.MALE),
        ...         Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2020, 1, 1)))]),
        ...     ]
        ... ).spans("registrations")
        >>> spans.person.tolist(), spans.first.tolist()
        ([1], [0, 0, 1])
    """

    person: Any
    start: Any
    end: Any
    values: dict[str, Any]
    persons: int
    _first: Any = attrs.field(default=None, alias="first")

    @property
    def first(self) -> Any:
        """For each person, the position of their first row, and the number of rows last."""
        if self._first is None:
            first = np.zeros(self.persons + 1, dtype=np.int64)
            np.cumsum(np.bincount(self.person, minlength=self.persons), out=first[1:])
            first.flags.writeable = False
            object.__setattr__(self, "_first", first)
        return self._first

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
        refused: For each person, whether their record was refused when the tables were read
            (only with ``errors="refuse"``): they keep their place and id, no rule is
            evaluated for them, and [`refusal`][integra.bulk.population.Population.refusal]
            says why.
        refused_rows: The rows refused when the tables were read, as a
            [`RefusedRows`][integra.bulk.population.RefusedRows] table (empty in the strict
            mode, which raises instead).

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
    _id_array: Any = attrs.field(alias="id_array")
    refused: Any
    _reasons: Any = attrs.field(alias="reasons")
    refused_rows: RefusedRows
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
        ids = self._id_array
        missing = InvalidValue("no person with this person_id in the population")
        if pa.types.is_integer(ids.type):
            if not isinstance(person_id, int | np.integer) or isinstance(person_id, bool):
                raise missing
            value = int(person_id)
            if not -(2**63) <= value < 2**64:
                raise missing
            key = pa.array([value], type=pa.uint64() if value >= 2**63 else pa.int64())
        else:
            if not isinstance(person_id, str):
                raise missing
            key = pa.array([person_id], type=pa.string())
        at = int(_match_ids(key, ids)[0])
        if at < 0:
            raise missing
        return at

    def refusal(self, position: int) -> str | None:
        """Why the person at ``position`` was refused when the tables were read (the table,
        the column and the reason, never a value), or ``None``.

        Examples:
            >>> from datetime import date
            >>> pop = Population.from_tables(
            ...     {"person_id": [1, 2], "birth_date": [date(1980, 1, 1), None], "sex": ["F", "M"]},
            ...     errors="refuse",
            ... )
            >>> pop.refused.tolist(), pop.refusal(0), pop.refusal(1)
            ([False, True], None, "a row of table 'persons' was refused: column 'birth_date': has missing values")
        """
        reason = self._reasons[position]
        return None if reason is None else str(reason)

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
    def from_tables(cls, persons: Any, *, errors: str = "raise", **histories: Any) -> Population:
        """A population from a persons table and any of the history tables named in
        [`SCHEMAS`][integra.bulk.population.SCHEMAS] (``registrations``, ``exclusions``,
        ``profiles``, ``benefit_awards``, ``social_contracts``, ``certificates``,
        ``residences``, ``households``, ``situations``, ``entitlements``).

        Each table is a pyarrow table or record batch, a polars ``DataFrame`` or
        ``LazyFrame``, a pandas ``DataFrame`` (numpy- or Arrow-backed), or a mapping of column
        names to arrays or lists. Only the columns of the schema are read (and the persons
        table's ``<history>_collected`` flags); others are ignored. A history not given is not
        collected for anyone; ``exclusions`` and ``profiles`` belong to ``registrations``.

        Every check the scalar constructors make is made on the columns: dates are whole days
        between 0001-01-01 and 9999-12-31 (a zone-aware timestamp is read at its local time, as
        pandas reads it), a span does not end before it starts nor start before the person's
        birth, registrations and residences of a person do not overlap, a household has 1 to
        1000 members and an income from 0 to below 10^12 zł, a degree certificate states its
        degree, a TERYT code has 7 digits.

        With ``errors="raise"`` (the default) the first bad row refuses the whole table: an
        [`InvalidValue`][integra.errors.InvalidValue] names the table, the column, the reason
        and the row's position (0-based, in the order given). With ``errors="refuse"`` every
        valid person is built, and a person with any bad row is refused whole: they keep their
        place in the population (``refused``), no rule is evaluated for them, and the bad rows
        are listed in ``refused_rows``. A row that names no person of the persons table (or a
        persons row without a usable id, or with an id that another row shares) is listed but
        belongs to nobody, so the persons rows given are ``len(population)`` plus the persons
        rows refused without a person. A table or column that is missing or of a type that
        cannot hold the column's kind refuses the table in both modes.

        Raises:
            InvalidValue: ``errors`` is neither ``"raise"`` nor ``"refuse"``; a table or column
                is missing or of the wrong type; or, with ``errors="raise"``, a row is bad.

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
            integra.errors.InvalidValue: table 'persons', column 'sex': holds a value that is not a Sex, expected one of F, M (row 0)
        """
        if errors not in ("raise", "refuse"):
            raise InvalidValue("errors must be 'raise' or 'refuse'")
        built = _Builder(strict=errors == "raise").build(persons, histories)
        id_array = built.pop("ids")
        for span in built["spans"].values():
            _read_only(span.person, span.start, span.end, *span.values.values())
        _read_only(built["birth"], built["female"], built["refused"], built["reasons"])
        _read_only(*built["collected"].values())
        ids = _ids_as_numpy(id_array)
        _read_only(ids)
        return cls(ids, id_array=id_array, **built)

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
                statement = h.statement
                key = len(tables["households"]["person_id"])
                add(
                    "households",
                    pid,
                    None,
                    members=h.members,
                    income_grosz=int(grosz),
                    start=None if h.valid is None else h.valid.start,
                    end=None if h.valid is None else h.valid.end,
                    statement_id=None if statement is None else key,
                    application_date=None if statement is None else statement.application_date,
                    alimony_reading=None if statement is None else statement.alimony_reading,
                    farm_amount_day=None if statement is None else statement.farm_amount_day,
                )
                if statement is not None:
                    _add_statement(add, pid, key, statement)
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
        if given.get("households") is not None:
            for name in _INCOME_TABLES:
                given[name] = arrays[name]
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
        reason = self._reasons[position]
        if reason is not None:
            raise InvalidValue(str(reason))
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
    if column.kind == "bool":
        return np.zeros(0, dtype=bool)
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
            out[column.name] = (
                pa.array(values, type=pa.int64())
                if column.nullable
                else np.array(values, dtype=np.int64)
            )
        elif column.kind == "bool":
            out[column.name] = np.array(values, dtype=bool)
        elif column.kind == "text":
            out[column.name] = np.array(values, dtype=object)
        elif isinstance(column.kind, SetOf):
            out[column.name] = _read._objects(
                [None if v is None else sorted(m.value for m in v) for v in values]
            )
        else:
            out[column.name] = np.array(
                [None if v is None else v.value for v in values], dtype=object
            )
    return out


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


def _add_statement(add: Any, pid: Any, key: int, statement: IncomeStatement) -> None:
    """The rows of ``income_items`` and ``alimony_paid`` for ``statement``."""
    for item in statement.items:
        hectares = None
        if item.hectares is not None:
            tenths = item.hectares * 10_000
            if tenths != tenths.to_integral_value():
                raise _fail(
                    "income_items", "hectares", "is not a whole number of ten-thousandths of a ha"
                )
            hectares = int(tenths)
        add(
            "income_items",
            pid,
            None,
            statement_id=key,
            member=item.member,
            source=item.source,
            month=item.month,
            gross_grosz=int(item.gross * 100),
            tax_grosz=int(item.income_tax * 100),
            social_grosz=int(item.social_contributions * 100),
            health_grosz=int(item.health_contribution * 100),
            hectares=hectares,
            change=item.change,
        )
    for payment in statement.alimony_paid:
        add(
            "alimony_paid",
            pid,
            None,
            statement_id=key,
            member=payment.member,
            month=payment.month,
            amount_grosz=int(payment.amount * 100),
            payee=payment.payee,
            arrears=payment.arrears,
        )


def _grosze(value: Any) -> Decimal:
    return Decimal(int(value)).scaleb(-2)


def _build_household(pop: Population, table: str, row: int) -> Household:
    s = pop._spans[table]
    valid = None if s.start[row] == OPEN else pop._period(table, row)
    members = int(s.values["members"][row])
    application = int(s.values["application_date"][row])
    if application == OPEN:
        return Household(members, _grosze(s.values["income_grosz"][row]), valid)
    person = int(s.person[row])
    i = pop._spans["income_items"].values
    items = tuple(
        IncomeItem(
            SOURCES[i["source"][k]],
            from_day_number(i["month"][k]),
            _grosze(i["gross_grosz"][k]),
            member=int(i["member"][k]),
            income_tax=_grosze(i["tax_grosz"][k]),
            social_contributions=_grosze(i["social_grosz"][k]),
            health_contribution=_grosze(i["health_grosz"][k]),
            hectares=None if i["hectares"][k] < 0 else Decimal(int(i["hectares"][k])).scaleb(-4),
            change=CHANGES[i["change"][k]],
        )
        for k in pop._rows("income_items", person)
        if i["household"][k] == row
    )
    a = pop._spans["alimony_paid"].values
    alimony = tuple(
        AlimonyPaid(
            from_day_number(a["month"][k]),
            _grosze(a["amount_grosz"][k]),
            member=int(a["member"][k]),
            payee=PAYEES[a["payee"][k]],
            arrears=bool(a["arrears"][k]),
        )
        for k in pop._rows("alimony_paid", person)
        if a["household"][k] == row
    )
    statement = IncomeStatement(
        from_day_number(application),
        members,
        items,
        alimony,
        alimony_reading=READINGS[s.values["alimony_reading"][row]],
        farm_amount_day=FARM_DAYS[s.values["farm_amount_day"][row]],
    )
    return Household.from_statement(statement, valid)


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


def _read_only(*arrays: Any) -> None:
    for array in arrays:
        array.flags.writeable = False


def _duplicates(ids: Any, missing: Any) -> Any:
    """Which rows hold an id that another row holds too."""
    if pa.types.is_integer(ids.type) and not missing.any():
        values = ids.to_numpy()
        if len(values) < 2 or bool(np.all(values[1:] > values[:-1])):
            return np.zeros(len(values), dtype=bool)
        order = np.argsort(values, kind="stable")
        ordered = values[order]
        same = ordered[1:] == ordered[:-1]
        flags = np.zeros(len(values), dtype=bool)
        flags[order[1:][same]] = True
        flags[order[:-1][same]] = True
        return flags
    encoded = ids.dictionary_encode()
    if not len(encoded.dictionary):
        return np.zeros(len(ids), dtype=bool)
    codes = np.asarray(pc.fill_null(encoded.indices, -1).to_numpy(), dtype=np.int64)
    counts = np.bincount(codes[codes >= 0], minlength=len(encoded.dictionary))
    return (codes >= 0) & (counts[np.maximum(codes, 0)] > 1)


class _Table:
    """One history table while it is built: its rows' persons, dates and other columns, and
    where each row came from in the table as given."""

    def __init__(self, name: str, person: Any, columns: dict[str, Any], bad: Any) -> None:
        self.name = name
        self.person = person
        self.columns = columns
        self.origin = np.arange(len(person), dtype=np.int64)
        self.bad = bad

    def keep(self, rows: Any) -> None:
        """Keep the rows where ``rows`` (booleans) holds, in order."""
        if rows.all():
            return
        self.take(np.flatnonzero(rows))

    def take(self, rows: Any) -> None:
        """Keep the rows at the positions ``rows``, in that order."""
        self.person = self.person[rows]
        self.origin = self.origin[rows]
        self.bad = self.bad[rows]
        self.columns = {
            k: v.take(pa.array(rows)) if isinstance(v, pa.Array) else v[rows]
            for k, v in self.columns.items()
        }


class _Builder:
    """Builds a population from tables, refusing rows (and their persons) as it reads."""

    def __init__(self, strict: bool) -> None:
        self.refusals = _read.Refusals(strict)
        self.refused: Any = np.zeros(0, dtype=bool)
        self.reason: Any = np.zeros(0, dtype=object)

    def mark(self, persons: Any, table: str, column: str, reason: str) -> None:
        persons = persons[persons >= 0]
        if not len(persons):
            return
        fresh = persons[~self.refused[persons]]
        self.refused[persons] = True
        self.reason[fresh] = f"a row of table {table!r} was refused: column {column!r}: {reason}"

    def mark_parts(self, person_of_row: Any, since: int = 0) -> None:
        """Refuse the persons of the rows refused since part ``since`` (all of them by
        default)."""
        for table, column, reason, rows in self.refusals.parts[since:]:
            self.mark(person_of_row[rows], table, column, reason)

    def refuse(self, t: _Table, column: str, bad: Any, reason: str) -> None:
        bad = bad & ~t.bad
        if not bad.any():
            return
        self.refusals.add(t.name, column, t.origin[bad], reason)
        t.bad |= bad
        self.mark(t.person[bad], t.name, column, reason)

    def build(self, persons: Any, histories: Mapping[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(histories) - set(SCHEMAS) - {"persons"})
        if unknown or "persons" in histories:
            raise InvalidValue(f"unknown tables: {', '.join(unknown or ['persons'])}")
        for part, whole in (*_PART_OF.items(), *((t, "households") for t in _INCOME_TABLES)):
            if part in histories and whole not in histories:
                raise InvalidValue(f"table {part!r} needs the table {whole!r}")
        refusals = self.refusals
        flags = tuple(f"{h}_collected" for h in HISTORIES)
        columns, rows = _read_table("persons", persons, refusals, extra=flags)
        given_ids = columns["person_id"]
        missing_id = _read.null_mask(given_ids)
        duplicate = _duplicates(given_ids, missing_id)
        refusals.add("persons", "person_id", duplicate, "has duplicate ids")
        kept = ~missing_id & ~duplicate
        ids = given_ids if kept.all() else given_ids.filter(pa.array(kept))
        n = len(ids)
        index = _id_index(ids) if pa.types.is_integer(ids.type) else None
        position = np.full(rows, -1, dtype=np.int64)
        position[kept] = np.arange(n)
        self.refused = np.zeros(n, dtype=bool)
        self.reason = np.full(n, None, dtype=object)
        self.mark_parts(position)
        birth = columns["birth_date"][kept]
        female = columns["sex"][kept] == list(Sex).index(Sex.FEMALE)
        collected: dict[str, Any] = {}
        tables: dict[str, _Table] = {}
        for name in (*HISTORIES, *_PART_OF):
            given = histories.get(name)
            flag = columns.get(f"{name}_collected")
            if flag is not None:
                flag = flag[kept]
                if given is None and np.any(flag):
                    raise _fail(
                        "persons",
                        f"{name}_collected",
                        f"says collected but no {name!r} table was given",
                    )
            if name in HISTORIES:
                collected[name] = np.full(n, given is not None) if flag is None else flag
            raw = {c.name: _empty(c) for c in SCHEMAS[name]} if given is None else given
            tables[name] = self._history(name, raw, ids, index, birth, collected.get(name))
            if name == "residences":
                t = tables[name]
                coded = _address_codes(t.columns, t.bad)
                addresses = coded.pop("_addresses")
                for field in _ADDRESS_FIELDS:
                    t.columns.pop(field, None)
                t.columns.update(coded)
        self._income(tables, histories, ids, index)
        self._check_structure(tables)
        self._drop_refused(tables)
        _to_rows_built(tables, "households", "household", _INCOME_TABLES)
        _to_rows_built(tables, "registrations", "registration", _PART_OF)
        birth = np.where(self.refused, 0, birth).astype(np.int32)
        spans = {name: self._spans(t, n) for name, t in tables.items()}
        return {
            "ids": ids,
            "birth": birth,
            "female": female,
            "spans": spans,
            "collected": collected,
            "addresses": addresses,
            "refused": self.refused,
            "reasons": self.reason,
            "refused_rows": RefusedRows.of(self.refusals),
        }

    def _rows_of_persons(
        self, name: str, raw: Any, ids: Any, index: Any
    ) -> tuple[dict[str, Any], int, Any, Any]:
        """The columns of table ``name`` read and checked, its number of rows, each row's
        person (-1 where its id names nobody, refused) and which rows were refused; every
        person with a refused row is refused."""
        since = len(self.refusals.parts)
        columns, rows = _read_table(name, raw, self.refusals)
        keys = columns.pop("person_id")
        person = _match_ids(keys, ids, index)
        unknown = (person < 0) & ~_read.null_mask(keys)
        self.refusals.add(name, "person_id", unknown, "has ids that are not in the persons table")
        self.mark_parts(person, since)
        bad = np.zeros(rows, dtype=bool)
        for _, _, _, refused_rows in self.refusals.parts[since:]:
            bad[refused_rows] = True
        return columns, rows, person, bad

    def _history(
        self, name: str, raw: Any, ids: Any, index: Any, birth: Any, collected: Any
    ) -> _Table:
        columns, rows, person, bad = self._rows_of_persons(name, raw, ids, index)
        for column in ("start", "end"):
            if column not in columns:  # households: validity optional
                columns[column] = np.full(rows, OPEN, dtype=np.int32)
        t = _Table(name, person, columns, bad)
        t.keep(person >= 0)
        start, end = t.columns["start"], t.columns["end"]
        if name == "households":
            has_start, has_end = start != OPEN, end != OPEN
            self.refuse(t, "start", has_end & ~has_start, "is missing where an end is given")
            self.refuse(
                t, "end", has_end & (end < start), "has a statement ending before it starts"
            )
            members, income = t.columns["members"], t.columns["income_grosz"]
            self.refuse(t, "members", members < 1, "has a value below 1")
            self.refuse(t, "members", members > _MAX_MEMBERS, f"has a value above {_MAX_MEMBERS}")
            self.refuse(t, "income_grosz", income < 0, "has a negative value")
            self.refuse(
                t, "income_grosz", income >= _MAX_INCOME_GROSZ, "has a value of 10^12 zł or more"
            )
        else:
            self.refuse(t, "end", end < start, "has a span ending before it starts")
            self.refuse(
                t, "start", start < birth[t.person], "has a span starting before the person's birth"
            )
        if name == "certificates":
            self._check_degrees(t)
        if name == "residences" and "teryt" in t.columns:
            # As Address checks it: 7 characters, each a digit for str.isdigit.
            wrong = _read.per_distinct(
                t.columns["teryt"], lambda code: not (len(code) == 7 and code.isdigit())
            )
            self.refuse(t, "teryt", wrong, "must be 7 digits")
        if collected is not None and not collected.all():
            self.refuse(
                t,
                "person_id",
                ~collected[t.person],
                "has rows for a person whose history is marked not collected",
            )
        return t

    def _income(
        self, tables: dict[str, _Table], histories: Mapping[str, Any], ids: Any, index: Any
    ) -> None:
        """Read the income items and the alimony paid, check them as
        [`IncomeItem`][integra.income.IncomeItem], [`AlimonyPaid`][integra.income.AlimonyPaid] and
        [`IncomeStatement`][integra.income.IncomeStatement] do, and count the income of every
        statement with an application date in place of its ``income_grosz``."""
        h = tables["households"]
        hc = h.columns
        rows = len(h.person)
        statement_ids = hc.pop("statement_id", None)
        income_missing = hc.pop("income_grosz_missing", np.zeros(rows, dtype=bool))
        application = hc.setdefault("application_date", np.full(rows, OPEN, dtype=np.int32))
        statement = application != OPEN
        self.refuse(h, "income_grosz", income_missing & ~statement, "has missing values")
        reading = hc.get("alimony_reading", np.full(rows, -1, dtype=np.int8))
        hc["alimony_reading"] = np.where(
            reading < 0, READINGS.index(AlimonyReading.NSA_2021), reading
        ).astype(np.int8)
        farm_day = hc.get("farm_amount_day", np.full(rows, -1, dtype=np.int8))
        hc["farm_amount_day"] = np.where(
            farm_day < 0, FARM_DAYS.index(FarmAmountDay.APPLICATION_DAY), farm_day
        ).astype(np.int8)
        if statement_ids is None:
            statement_ids = pa.nulls(rows, type=pa.int64())
        keyed = np.flatnonzero(~_read.null_mask(statement_ids))
        keys = statement_ids.drop_null()  # the ids of the rows ``keyed``, in order
        duplicate = np.zeros(rows, dtype=bool)
        duplicate[keyed] = _duplicates(keys, _read.null_mask(keys))
        self.refuse(h, "statement_id", duplicate, "has duplicate ids")
        members = hc["members"]
        parts = {
            name: self._income_rows(name, histories, ids, index, keys, keyed, h)
            for name in _INCOME_TABLES
        }
        items, alimony = parts["income_items"], parts["alimony_paid"]
        for t in parts.values():
            at = np.maximum(t.columns["household"], 0)
            linked = t.columns["household"] >= 0
            self.refuse(
                t,
                "statement_id",
                linked & (h.person[at] != t.person),
                "names a statement of another person",
            )
            self.refuse(
                t,
                "statement_id",
                linked & ~statement[at],
                "names a statement without an application_date",
            )
            member = t.columns["member"]
            self.refuse(t, "member", member < 0, "has a value below 0")
            self.refuse(
                t,
                "member",
                linked & (member >= members[at]),
                "must be below the members of the household",
            )
            month = t.columns["month"]
            first = month.astype("datetime64[D]").astype("datetime64[M]").astype("datetime64[D]")
            self.refuse(
                t,
                "month",
                first.astype(np.int64) != month,
                "must be the first day of the month it stands for",
            )
        self._check_items(items)
        amount = alimony.columns["amount_grosz"]
        self._check_money(alimony, "amount_grosz", amount)
        good_items = np.flatnonzero(~items.bad)
        good_alimony = np.flatnonzero(~alimony.bad)
        ic, ac = items.columns, alimony.columns
        given = hc["income_grosz"]
        income = given
        if statement.any() or len(items.person) or len(alimony.person):
            counted = count(
                application.astype(np.int64),
                hc["alimony_reading"].astype(np.int64),
                hc["farm_amount_day"].astype(np.int64),
                Items(*(ic[k][good_items] for k in _ITEM_COLUMNS)),
                Alimony(*(ac[k][good_alimony] for k in _ALIMONY_COLUMNS)),
            )
            law = np.zeros(len(items.person), dtype=bool)
            law[good_items] = counted.no_exclusion_law
            self.refuse(
                items,
                "source",
                law,
                "is left out of income by a provision not modelled for the application day",
            )
            law = np.zeros(len(items.person), dtype=bool)
            law[good_items] = counted.no_farm_amount
            self.refuse(
                items,
                "hectares",
                law,
                "needs a per-hectare amount not modelled for the day it is read on",
            )
            income = counted.income
        self.refuse(
            h,
            "income_grosz",
            statement & ~income_missing & (given != income),
            "differs from the income the statement's items give",
        )
        self.refuse(
            h,
            "income_grosz",
            statement & (income >= _MAX_INCOME_GROSZ),
            "is counted from items as 10^12 zł or more",
        )
        hc["income_grosz"] = np.where(statement, income, given)
        for name, t in parts.items():
            t.columns["household"] = np.where(
                t.columns["household"] >= 0, h.origin[np.maximum(t.columns["household"], 0)], -1
            )
            t.columns["start"] = t.columns["end"] = t.columns["month"]
            tables[name] = t

    def _income_rows(
        self,
        name: str,
        histories: Mapping[str, Any],
        ids: Any,
        index: Any,
        keys: Any,
        keyed: Any,
        households: _Table,
    ) -> _Table:
        """The rows of ``name`` read, each with its person and its statement's row of
        ``households`` (``household``, -1 where none)."""
        raw = histories.get(name)
        if raw is None:
            raw = {c.name: _empty(c) for c in SCHEMAS[name]}
        columns, rows, person, bad = self._rows_of_persons(name, raw, ids, index)
        wanted = columns.pop("statement_id")
        at = _match_ids(wanted, keys)
        columns["household"] = np.where(at >= 0, keyed[np.maximum(at, 0)], -1)
        for column in SCHEMAS[name]:
            if column.name not in columns and column.kind == "int":
                columns[column.name] = np.zeros(rows, dtype=np.int64)
        if name == "income_items":
            columns.setdefault("hectares_missing", np.ones(rows, dtype=bool))
            change = columns.get("change", np.full(rows, -1, dtype=np.int8))
            none = CHANGES.index(IncomeChange.NONE)
            columns["change"] = np.where(change < 0, none, change).astype(np.int8)
        else:
            payee = columns.get("payee", np.full(rows, -1, dtype=np.int8))
            person_payee = PAYEES.index(AlimonyPayee.PERSON)
            columns["payee"] = np.where(payee < 0, person_payee, payee).astype(np.int8)
            columns.setdefault("arrears", np.zeros(rows, dtype=bool))
        t = _Table(name, person, columns, bad)
        self.refuse(
            t,
            "statement_id",
            (columns["household"] < 0) & ~_read.null_mask(wanted),
            "has ids that are not in the households table",
        )
        t.keep(person >= 0)
        return t

    def _check_money(self, t: _Table, column: str, values: Any) -> None:
        self.refuse(t, column, values < 0, "has a negative value")
        self.refuse(t, column, values >= _MAX_INCOME_GROSZ, "has a value of 10^12 zł or more")

    def _check_items(self, t: _Table) -> None:
        """As [`IncomeItem`][integra.income.IncomeItem]: amounts from 0 to below 10^12 zł;
        a farm has hectares (more than 0, below 10^6 ha), no gross and no tax; no other source
        has hectares; a lump-sum business has no deductions; the deductions of any other item do
        not exceed its gross."""
        c = t.columns
        for column in ("gross_grosz", "tax_grosz", "social_grosz", "health_grosz"):
            self._check_money(t, column, c[column])
        farm = c["source"] == FARM
        hectares, missing = c["hectares"], c.pop("hectares_missing")
        self.refuse(t, "hectares", farm & missing, "is missing for a farm")
        self.refuse(t, "hectares", farm & ~missing & (hectares <= 0), "must be more than 0")
        self.refuse(t, "hectares", farm & (hectares >= _MAX_HECTARES), "must be below 10^6 ha")
        self.refuse(t, "hectares", ~farm & ~missing, "is only for a farm")
        self.refuse(
            t,
            "gross_grosz",
            farm & (c["gross_grosz"] != 0),
            "must be 0 for a farm: its income follows from the hectares",
        )
        self.refuse(t, "tax_grosz", farm & (c["tax_grosz"] != 0), "must be 0 for a farm")
        deductions = c["tax_grosz"] + c["social_grosz"] + c["health_grosz"]
        self.refuse(
            t,
            "tax_grosz",
            (c["source"] == LUMP_SUM) & (deductions != 0),
            "must be 0 with the contributions for a lump-sum business (art. 8 ust. 5 pkt 2)",
        )
        self.refuse(
            t,
            "gross_grosz",
            ~farm & (deductions > c["gross_grosz"]),
            "is below the tax and contributions together",
        )
        c["hectares"] = np.where(missing, -1, hectares)

    def _check_degrees(self, t: _Table) -> None:
        """As [`DisabilityCertificate`][integra.people.DisabilityCertificate]: a degree
        certificate states its degree, an under-16 certificate none, and an equivalent document
        only the degree the act gives it."""
        source = t.columns["source"]
        degree = t.columns.get("degree")
        if degree is None:
            degree = np.full(len(source), -1, dtype=np.int8)
        sources = list(CertificateSource)
        degrees = list(DisabilityDegree)
        implied = np.array(
            [
                -1 if s.equivalent_degree is None else degrees.index(s.equivalent_degree)
                for s in sources
            ]
        )
        is_degree = source == sources.index(CertificateSource.DEGREE)
        self.refuse(t, "degree", is_degree & (degree < 0), "is missing for a degree certificate")
        under_16 = source == sources.index(CertificateSource.UNDER_16)
        self.refuse(t, "degree", under_16 & (degree >= 0), "is given for an under-16 certificate")
        known = implied[np.maximum(source, 0)]
        self.refuse(
            t,
            "degree",
            (source >= 0) & (known >= 0) & (degree >= 0) & (degree != known),
            "contradicts the degree the act gives to the document",
        )

    def _drop_refused(self, tables: dict[str, _Table]) -> None:
        """Leave out every row of a refused person (nothing to do where nobody is)."""
        if not self.refused.any():
            return
        alive = ~self.refused
        for t in tables.values():
            t.keep(alive[t.person])

    def _check_structure(self, tables: dict[str, _Table]) -> None:
        """Rules across rows of one person: no overlapping registrations or residences, one
        statement without validity and no overlapping ones, exclusions and profiles inside a
        registration."""
        self._drop_refused(tables)
        for t in tables.values():
            order = _order(t)
            if order is not None:
                t.take(order)
        for name in ("registrations", "residences"):
            t = tables[name]
            same = t.person[1:] == t.person[:-1]
            clash = same & (t.columns["start"][1:] <= t.columns["end"][:-1])
            bad = np.zeros(len(t.person), dtype=bool)
            bad[1:] |= clash
            bad[:-1] |= clash
            self.refuse(t, "start", bad, "has overlapping spans for one person")
        t = tables["households"]
        start, end = t.columns["start"], t.columns["end"]
        undated = start == OPEN
        per_person = np.bincount(t.person[undated], minlength=len(self.refused))
        self.refuse(
            t,
            "start",
            undated & (per_person[t.person] > 1),
            "has more than one statement without validity",
        )
        dated = np.flatnonzero(~undated)
        by = dated[np.lexsort((start[dated], t.person[dated]))]
        same = t.person[by][1:] == t.person[by][:-1]
        clash = same & (start[by][1:] <= end[by][:-1])
        bad = np.zeros(len(t.person), dtype=bool)
        bad[by[1:][clash]] = True
        bad[by[:-1][clash]] = True
        self.refuse(t, "start", bad, "has statements with overlapping validity")
        reg = tables["registrations"]
        for part in _PART_OF:
            t = tables[part]
            if not len(t.person):
                continue
            at = _containing(reg, t)
            self.refuse(
                t, "start", at < 0, "has a span not within one of the person's registrations"
            )
            # Kept as the registration's row in the table given, which survives leaving out
            # the rows of refused persons (see _to_rows_built).
            if len(reg.origin):
                t.columns["registration"] = reg.origin[np.maximum(at, 0)]

    def _spans(self, t: _Table, n: int) -> Spans:
        columns = dict(t.columns)
        start, end = columns.pop("start"), columns.pop("end")
        return Spans(t.person.astype(np.int32), start, end, columns, n)


_ITEM_COLUMNS = (
    "household",
    "source",
    "month",
    "gross_grosz",
    "tax_grosz",
    "social_grosz",
    "health_grosz",
    "hectares",
    "change",
)
_ALIMONY_COLUMNS = ("household", "month", "amount_grosz", "payee", "arrears")
_MAX_HECTARES = 10**10  # IncomeItem.hectares below 10^6 ha, in ten-thousandths


def _to_rows_built(tables: dict[str, _Table], target: str, column: str, parts: Any) -> None:
    """``column`` of each of the ``parts`` tables names a row of ``target`` as the table was
    given (its ``origin``); make it the row of ``target`` as built. Every row named is kept: a
    person with a row refused is refused whole, so their rows go together."""
    origin = tables[target].origin
    given = {part: tables[part].columns.get(column) for part in parts}
    size = max(
        [int(origin.max()) + 1 if len(origin) else 0]
        + [int(at.max()) + 1 for at in given.values() if at is not None and len(at)]
    )
    row = np.full(size, -1, dtype=np.int64)
    row[origin] = np.arange(len(origin), dtype=np.int64)
    for part, at in given.items():
        t = tables[part]
        t.columns[column] = (
            row[at] if at is not None and len(at) else np.zeros(len(t.person), dtype=np.int64)
        )


def _order(t: _Table) -> Any:
    """The rows by person (then start for registrations and residences), ties in the order
    given; ``None`` where they already are."""
    person = t.person
    if t.name in ("registrations", "residences"):
        key = person.astype(np.int64) * 2**31 + (t.columns["start"].astype(np.int64) + _START_SHIFT)
    else:
        key = person
    if len(key) < 2 or bool(np.all(key[1:] >= key[:-1])):
        return None
    return np.argsort(key, kind="stable")


def _containing(reg: _Table, t: _Table) -> Any:
    """For each row of ``t``, the registration row that contains it (-1 where none):
    the person's last registration starting on or before it."""
    key_reg = reg.person.astype(np.int64) * 2**31 + (reg.columns["start"] + _START_SHIFT)
    key = t.person.astype(np.int64) * 2**31 + (t.columns["start"] + _START_SHIFT)
    if not len(reg.person):
        return np.full(len(t.person), -1, dtype=np.int64)
    at = np.searchsorted(key_reg, key, side="right") - 1
    safe = np.maximum(at, 0)
    ok = (at >= 0) & (reg.person[safe] == t.person) & (t.columns["end"] <= reg.columns["end"][safe])
    return np.where(ok, at, -1)


def _address_codes(columns: dict[str, Any], bad: Any) -> dict[str, Any]:
    """The address of each residence row as a position in a tuple of distinct addresses
    (``_addresses``), coded with hash tables, not per-row Python. Rows already refused
    (``bad``) get position 0 and add no address."""
    length = len(columns["gmina"])
    key = np.zeros(length, dtype=np.int64)
    scale = 1
    present = [name for name in _ADDRESS_FIELDS if name in columns]
    for name in present:
        column = columns[name]
        encoded = column if pa.types.is_dictionary(column.type) else column.dictionary_encode()
        distinct = len(encoded.dictionary) + 1
        codes = np.asarray(pc.fill_null(encoded.indices, distinct - 1).to_numpy(), dtype=np.int64)
        if scale * distinct >= 2**62:  # compress the key before it could overflow
            key = _dense(key)
            scale = int(key.max()) + 1
        key = key * distinct + codes
        scale *= distinct
    good = np.flatnonzero(~bad)
    out = np.zeros(length, dtype=np.int32)
    if not len(good):
        return {"address": out, "_addresses": ()}
    encoded = pa.array(key[good]).dictionary_encode()
    codes = np.asarray(encoded.indices.to_numpy(), dtype=np.int32)
    out[good] = codes
    # One row of each address: rows of one key hold the same texts, so any of them will do.
    first = np.empty(len(encoded.dictionary), dtype=np.int64)
    first[codes] = good
    picked = {name: columns[name].take(pa.array(first)).to_pylist() for name in present}
    absent = {name: [None] * len(first) for name in _ADDRESS_FIELDS if name not in picked}
    fields = [picked.get(name) or absent[name] for name in _ADDRESS_FIELDS]
    addresses = tuple(_address(*values) for values in zip(*fields, strict=True))
    return {"address": out, "_addresses": addresses}


def _address(*values: Any) -> Address:
    """An [`Address`][integra.people.Address] from values the reader has already checked as
    its constructor does (text, not blank for ``str.strip``, a TERYT code of 7 ``isdigit``
    characters), built without checking them again: a caseload holds thousands of distinct
    addresses."""
    address = object.__new__(Address)
    for name, value in zip(_ADDRESS_FIELDS, values, strict=True):
        object.__setattr__(address, name, value)
    return address


def _dense(key: Any) -> Any:
    return np.asarray(pa.array(key).dictionary_encode().indices.to_numpy(), dtype=np.int64)
