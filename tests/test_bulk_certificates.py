"""Causes and indications of certificates in columns: carried when given, checked like every
other column, and *not recorded* when missing — then the rules that read them (ZAZ, WTZ) answer
UNKNOWN naming the certificates, on both paths, instead of reading "none listed"."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import numpy as np
import pytest

from integra import (
    CertificateSource,
    DateRange,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Indication,
    IntegraError,
    Person,
    Sex,
)
from integra.bulk import SCHEMAS, Frame, Population, generate, screen
from integra.bulk.generate import generate_tables
from integra.outcomes.categories import SEVERE_DISABILITY_GROUP
from integra.rules import WTZ_INDICATION, ZAZ_TARGET_GROUP, Context, Fact

D = "datetime64[D]"
ON = date(2024, 1, 1)
RULES = (ZAZ_TARGET_GROUP, WTZ_INDICATION)

# One certificate per person (person 6 has none; 7 has two), all valid on ON except person 5's.
PERSONS = {
    "person_id": np.arange(1, 9),
    "birth_date": np.array(["1970-01-01"] * 8, D),
    "sex": np.array(["F", "M"] * 4),
}
CERTIFICATES: dict[str, Any] = {
    "person_id": np.array([1, 2, 3, 4, 5, 6, 8, 8]),
    "source": np.array(["degree"] * 4 + ["under_16", "degree", "degree", "degree"], dtype=object),
    "issued_on": np.array(["2020-01-01"] * 8, D),
    "start": np.array(["2020-01-01"] * 8, D),
    "end": np.array(["NaT"] * 5 + ["2023-12-31", "NaT", "NaT"], D),
    "degree": np.array(
        ["moderate", "moderate", "moderate", "significant", None, "moderate", "moderate", "light"],
        dtype=object,
    ),
}
CAUSES = [["12-C"], ["other"], [], None, None, None, None, ["01-U", "02-P"]]
INDICATIONS = [[], ["occupational_therapy"], [], None, None, None, [], ["occupational_therapy"]]


def codes(result: Any, name: str) -> str:
    """The outcomes of ``name`` as letters: E eligible, N not eligible, ? unknown."""
    letters = {"eligible": "E", "not_eligible": "N", "unknown": "?"}
    return " ".join(letters[o] for o in result.outcomes(name))


def population(**columns: Any) -> Population:
    return Population.from_tables(PERSONS, certificates={**CERTIFICATES, **columns})


def test_causes_and_indications_decide_by_hand() -> None:
    result = screen(RULES, population(causes=CAUSES, indications=INDICATIONS), ON)
    assert result.fell_back == ()
    # ZAZ (URZ art. 29): 1 moderate + autism; 2 moderate + other cause; 3 moderate, none listed;
    # 4 significant (causes do not matter); 5 under-16, no degree; 6 only an expired one;
    # 7 no certificate; 8 moderate not recorded + light with 01-U: undecided.
    assert codes(result, "zaz_target_group") == "E N N E N N N ?"
    # WTZ: 2 and 8 have the indication; 4 and 5 did not record indications; 6's expired.
    assert codes(result, "wtz_indication") == "N E N ? ? N N E"
    assert result.missing_facts("zaz_target_group")[7] == (Fact.CERTIFICATES.value,)
    assert result.missing_facts("wtz_indication")[3] == (Fact.CERTIFICATES.value,)
    for person_id in PERSONS["person_id"].tolist():
        verdicts = result.explain(person_id)
        at = person_id - 1
        assert [v.outcome.value for v in verdicts] == [
            result.outcomes(r.name)[at] for r in RULES
        ], person_id


def test_without_the_columns_nothing_is_read_as_none_listed() -> None:
    # The confident wrong answer this closes: without the columns, a moderate certificate used
    # to read as "no causes listed" and ZAZ answered not eligible; now it is unknown.
    result = screen(RULES, population(), ON)
    assert result.fell_back == ()
    assert codes(result, "zaz_target_group") == "? ? ? E N N N ?"
    assert codes(result, "wtz_indication") == "? ? ? ? ? N N ?"
    assert set(result.columns()["zaz_target_group_missing"][[0, 1, 2, 7]]) == {"certificates"}
    person = population().person(1)
    assert person.certificates is not None
    assert person.certificates[0].causes is None
    assert person.certificates[0].indications is None
    verdict = result.explain(1)[0]
    assert verdict.missing_facts == frozenset({Fact.CERTIFICATES})
    assert verdict.explain().startswith("UNKNOWN: ")
    assert "causes not recorded" in verdict.explain()


def test_only_one_of_the_columns() -> None:
    result = screen(RULES, population(causes=CAUSES), ON)
    assert codes(result, "zaz_target_group") == "E N N E N N N ?"
    assert codes(result, "wtz_indication") == "? ? ? ? ? N N ?"


def test_round_trip_through_persons() -> None:
    pop = population(causes=CAUSES, indications=INDICATIONS)
    people = pop.persons()
    certificates = [c for p in people for c in p.certificates or ()]
    assert [
        None if c.causes is None else sorted(x.value for x in c.causes) for c in certificates
    ] == [
        ["12-C"],
        ["other"],
        [],
        None,
        None,
        None,
        None,
        ["01-U", "02-P"],
    ]
    back = Population.from_persons(people, ids=PERSONS["person_id"].tolist())
    assert [p == q for p, q in zip(back.persons(), people, strict=True)] == [True] * 8
    for rule in RULES:
        assert (
            screen([rule], back, ON).codes[rule.name].tolist()
            == screen([rule], pop, ON).codes[rule.name].tolist()
        )


def test_enum_members_sets_and_arrays_are_accepted() -> None:
    causes: list[Any] = [
        (DisabilityCause.AUTISM,),
        {"other"},
        frozenset(),
        np.array([], dtype=object),
        float("nan"),
        None,
        np.array(["12-C"]),
        ["01-U", "01-U"],
    ]
    column = np.empty(8, dtype=object)
    for row, value in enumerate(causes):
        column[row] = value
    pop = population(causes=column)
    assert [c.causes for p in pop.persons() for c in p.certificates or ()][:3] == [
        frozenset({DisabilityCause.AUTISM}),
        frozenset({DisabilityCause.OTHER}),
        frozenset(),
    ]
    # Lists of equal length given as a plain list stay one set per row.
    same_length = population(causes=[["12-C"]] * 8, indications=[[]] * 8)
    assert [c.causes for p in same_length.persons() for c in p.certificates or ()] == [
        frozenset({DisabilityCause.AUTISM})
    ] * 8


@pytest.mark.parametrize(
    ("column", "values", "expected"),
    [
        ("causes", ["12-C"] * 8, "must hold lists of DisabilityCause values as text"),
        ("causes", [["13-X"]] + [[]] * 7, "holds a value outside DisabilityCause"),
        ("causes", [["05-r"]] + [[]] * 7, "holds a value outside DisabilityCause"),
        ("causes", [[12]] + [[]] * 7, "holds a value outside DisabilityCause"),
        ("causes", np.zeros(8, dtype=np.int64), "must hold lists of DisabilityCause values"),
        ("causes", [{"12-C": 1}] + [[]] * 7, "must hold lists of DisabilityCause values"),
        (
            "indications",
            [["occupational_therapy"]] * 7 + [["art_therapy"]],
            "holds a value outside Indication",
        ),
        ("indications", [[DisabilityCause.AUTISM]] * 8, "holds a value outside Indication"),
    ],
)
def test_bad_sets_are_named_never_their_values(column: str, values: Any, expected: str) -> None:
    with pytest.raises(IntegraError) as caught:
        population(**{column: values})
    text = str(caught.value)
    assert text.startswith(f"table 'certificates', column {column!r}: ")
    assert expected in text
    for value in ("12-C", "13-X", "05-r", "art_therapy", "autism", "01-U"):
        assert value not in text
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_two_dimensional_array_is_refused() -> None:
    with pytest.raises(IntegraError, match="column 'causes': must be one-dimensional"):
        population(causes=np.array([["12-C"]] * 8))


def test_no_cause_in_any_repr_or_message() -> None:
    rules = (*RULES, SEVERE_DISABILITY_GROUP)
    pop = population(causes=CAUSES, indications=INDICATIONS)
    result = screen(rules, pop, ON)
    printed = [repr(pop), repr(result), repr(pop.person(1)), repr(pop.spans("certificates"))]
    printed += [repr(c) for p in pop.persons() for c in p.certificates or ()]
    explained = [v for i in range(1, 9) for v in result.explain(i)]
    # The rules' own labels are public (the severe group's names its parts); what was found is not.
    public = {v.rule.label.pl for v in explained} | {v.rule.label.en for v in explained}
    for verdict in explained:
        for language in ("pl", "en"):
            text = verdict.explain(language)
            for label in public:
                text = text.replace(label, "")
            printed.append(text)
    secrets = ["'other'", "occupational_therapy", "multiple disabilities", "sprzężone"]
    secrets += [c.code for c in DisabilityCause if c is not DisabilityCause.OTHER]
    secrets += [c.label.pl for c in DisabilityCause] + [c.label.en for c in DisabilityCause]
    for text in printed:
        for secret in secrets:
            assert secret not in text, text


def test_frame_reads_a_table_without_the_column_as_not_recorded() -> None:
    frame = Frame(population(), ON)
    holds, unrecorded = frame.holds_any("certificates", "causes", [DisabilityCause.AUTISM])
    assert holds.tolist() == [False] * 8
    assert unrecorded.tolist() == [True] * 8
    frame = Frame(population(causes=CAUSES), ON)
    holds, unrecorded = frame.holds_any(
        "certificates", "causes", [DisabilityCause.AUTISM, DisabilityCause.INTELLECTUAL]
    )
    assert holds.tolist() == [True, False, False, False, False, False, False, True]
    assert unrecorded.tolist() == [False, False, False, True, True, True, True, False]


def test_the_schema_documents_both_columns() -> None:
    columns = {c.name: c for c in SCHEMAS["certificates"]}
    for name in ("causes", "indications"):
        assert not columns[name].required and columns[name].nullable
        assert "not recorded" in columns[name].doc


def test_scalar_rules_on_unrecorded_certificates_by_hand() -> None:
    def person(*certificates: DisabilityCertificate) -> Person:
        return Person(date(1970, 1, 1), Sex.MALE, certificates=certificates)

    def cert(
        degree: DisabilityDegree, causes: Any = frozenset(), indications: Any = frozenset()
    ) -> DisabilityCertificate:
        return DisabilityCertificate(
            CertificateSource.DEGREE,
            date(2020, 1, 1),
            DateRange(date(2020, 1, 1)),
            degree,
            causes,
            indications,
        )

    moderate_unrecorded = cert(DisabilityDegree.MODERATE, causes=None, indications=None)
    light_unrecorded = cert(DisabilityDegree.LIGHT, causes=None)
    with_autism = cert(DisabilityDegree.MODERATE, causes={DisabilityCause.AUTISM})
    cases = [
        (person(moderate_unrecorded), "unknown", "unknown"),
        # A light degree never qualifies for ZAZ, whatever its causes.
        (person(light_unrecorded), "not_eligible", "not_eligible"),
        (person(moderate_unrecorded, with_autism), "eligible", "unknown"),
        (person(with_autism, moderate_unrecorded), "eligible", "unknown"),
        (
            person(
                moderate_unrecorded,
                cert(DisabilityDegree.LIGHT, indications={Indication.OCCUPATIONAL_THERAPY}),
            ),
            "unknown",
            "eligible",
        ),
    ]
    for p, zaz, wtz in cases:
        ctx = Context(p, ON)
        assert ZAZ_TARGET_GROUP.evaluate_in(ctx).outcome.value == zaz
        assert WTZ_INDICATION.evaluate_in(ctx).outcome.value == wtz
        got = screen(RULES, Population.from_persons([p]), ON)
        assert got.outcomes("zaz_target_group").tolist() == [zaz]
        assert got.outcomes("wtz_indication").tolist() == [wtz]
    verdict = WTZ_INDICATION.evaluate(person(moderate_unrecorded), ON)
    assert verdict.missing_facts == frozenset({Fact.CERTIFICATES})
    assert verdict.observed_text() == "a valid certificate whose indications are not recorded"
    assert verdict.observed_text("pl") == "ważne orzeczenie bez zapisanych wskazań"
    open_zaz = ZAZ_TARGET_GROUP.evaluate(person(moderate_unrecorded), ON)
    assert open_zaz.observed_text() == (
        "moderate degree (certificate of the degree of disability); causes not recorded"
    )
    assert open_zaz.observed_text("pl").endswith("; przyczyny niepełnosprawności niezapisane")
    assert open_zaz.observed_text(personal=True) == open_zaz.observed_text()


def frames_agree(pop: Population, seed: int) -> None:
    expected = generate(300, seed=seed)
    for rule in RULES:
        assert screen([rule], pop, ON).codes[rule.name].tolist() == (
            screen([rule], expected, ON).codes[rule.name].tolist()
        )
    got = [c for p in pop.persons() for c in p.certificates or ()]
    assert got == [c for p in expected.persons() for c in p.certificates or ()]
    assert any(c.causes is None for c in got) and any(c.causes for c in got)


def test_list_columns_from_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frames = {name: pd.DataFrame(table) for name, table in generate_tables(300, seed=8).items()}
    frames_agree(Population.from_tables(frames.pop("persons"), **frames), 8)


def test_list_columns_from_arrow() -> None:
    pa = pytest.importorskip("pyarrow")
    tables = {name: pa.table(table) for name, table in generate_tables(300, seed=9).items()}
    assert str(tables["certificates"].schema.field("causes").type) == "list<item: string>"
    frames_agree(Population.from_tables(tables.pop("persons"), **tables), 9)


def test_list_columns_from_polars() -> None:
    pl = pytest.importorskip("polars")
    tables = generate_tables(300, seed=12)
    certificates = tables.pop("certificates")
    frames = {name: pl.DataFrame(table) for name, table in tables.items()}
    frames["certificates"] = pl.DataFrame(
        {
            **{k: v for k, v in certificates.items() if k not in ("causes", "indications")},
            "causes": pl.Series(list(certificates["causes"]), dtype=pl.List(pl.String)),
            "indications": pl.Series(list(certificates["indications"]), dtype=pl.List(pl.String)),
        }
    )
    frames_agree(Population.from_tables(frames.pop("persons"), **frames), 12)


def test_severe_disability_group_by_hand_on_both_paths() -> None:
    # 2014-2020 guidelines: significant degree, cause 01-U, or two or more causes (DERIVED).
    result = screen([SEVERE_DISABILITY_GROUP], population(), ON)
    # No kernel: answered person by person by the scalar path, on the rebuilt persons.
    assert result.fell_back == ("severe_disability_group",)
    # Without the causes: 4 is significant; 5's under-16 certificate and 1-3 and 8 could be in
    # the group through their causes; 6's certificate expired; 7 has none.
    assert codes(result, "severe_disability_group") == "? ? ? E ? N N ?"
    assert result.missing_facts("severe_disability_group")[0] == (Fact.CERTIFICATES.value,)
    recorded = screen([SEVERE_DISABILITY_GROUP], population(causes=CAUSES), ON)
    # With them: 1 (12-C alone), 2 (other), 3 (none) are not; 8 has 01-U (and two codes).
    assert codes(recorded, "severe_disability_group") == "N N N E ? N N E"
    verdict = SEVERE_DISABILITY_GROUP.evaluate(population().person(1), ON)
    assert verdict.observed_text() == "causes of disability not recorded"
    assert verdict.observed_text("pl") == "przyczyny niepełnosprawności niezapisane"


def test_a_certificate_refuses_items_of_the_wrong_kind() -> None:
    source, day, valid = CertificateSource.UNDER_16, date(2020, 1, 1), DateRange(date(2020, 1, 1))
    with pytest.raises(IntegraError) as caught:
        DisabilityCertificate(source, day, valid, causes=["01-U"])
    assert str(caught.value) == (
        "DisabilityCertificate.causes must hold DisabilityCause values or be None"
    )
    with pytest.raises(IntegraError) as caught:
        DisabilityCertificate(source, day, valid, indications=[DisabilityCause.AUTISM])
    assert str(caught.value) == (
        "DisabilityCertificate.indications must hold Indication values or be None"
    )


# A register that keeps the degree only: every value of the column is missing. Libraries do not
# give that as an object column (pandas: NaN floats; polars: the Null type, NaN floats in numpy;
# pyarrow: the null type), and each must read as "not recorded" for every row.
NOTHING_RECORDED_CSV = "person_id,source,issued_on,start,end,degree,causes,indications\n" + "".join(
    f"{p},{s},2020-01-01,2020-01-01,{'' if e == 'NaT' else e},{d or ''},,\n"
    for p, s, e, d in zip(
        CERTIFICATES["person_id"].tolist(),
        CERTIFICATES["source"],
        CERTIFICATES["end"].astype(str),
        CERTIFICATES["degree"],
        strict=True,
    )
)


def nothing_recorded(library: str) -> Any:
    """The certificates table with ``causes`` and ``indications`` holding no value at all."""
    if library == "numpy float64":
        return {**CERTIFICATES, "causes": np.full(8, np.nan), "indications": np.full(8, np.nan)}
    if library == "numpy float32":
        nan = np.full(8, np.nan, dtype=np.float32)
        return {**CERTIFICATES, "causes": nan, "indications": nan}
    pd = pytest.importorskip("pandas")
    csv = pd.read_csv(io.StringIO(NOTHING_RECORDED_CSV), parse_dates=["issued_on", "start", "end"])
    assert str(csv["causes"].dtype) == "float64"  # how pandas reads an empty column
    if library == "pandas csv":
        return csv
    if library == "pyarrow":
        pa = pytest.importorskip("pyarrow")
        table = pa.Table.from_pandas(csv.drop(columns=["causes", "indications"]))
        table = table.append_column("causes", pa.nulls(8))
        return table.append_column("indications", pa.nulls(8, pa.list_(pa.string())))
    pl = pytest.importorskip("polars")
    frame = pl.from_pandas(csv.drop(columns=["causes", "indications"]))
    frame = frame.with_columns(causes=pl.lit(None), indications=pl.lit(None))
    assert frame.schema["causes"] == pl.Null
    return frame


@pytest.mark.parametrize(
    "library", ["numpy float64", "numpy float32", "pandas csv", "pyarrow", "polars"]
)
def test_a_column_with_nothing_recorded_reads_as_not_recorded(library: str) -> None:
    pop = Population.from_tables(PERSONS, certificates=nothing_recorded(library))
    certificates = [c for p in pop.persons() for c in p.certificates or ()]
    assert [(c.causes, c.indications) for c in certificates] == [(None, None)] * 8
    result = screen(RULES, pop, ON)
    # As without the columns (test_without_the_columns_nothing_is_read_as_none_listed).
    assert codes(result, "zaz_target_group") == "? ? ? E N N N ?"
    assert codes(result, "wtz_indication") == "? ? ? ? ? N N ?"


def test_a_float_column_holding_a_number_is_still_refused() -> None:
    for column in ("causes", "indications"):
        values = np.full(8, np.nan)
        values[5] = 12.0
        with pytest.raises(IntegraError) as caught:
            population(**{column: values})
        assert str(caught.value) == (
            f"table 'certificates', column {column!r}: must hold lists of "
            f"{'DisabilityCause' if column == 'causes' else 'Indication'} values as text"
        )
        assert "12" not in str(caught.value)


@pytest.mark.parametrize(
    "values",
    [
        np.array([""] * 8),
        np.array([""] * 8, dtype=object),
        [[""]] + [[]] * 7,
        [["12-C", ""]] + [[]] * 7,
    ],
)
def test_empty_text_is_refused_saying_how_to_write_either_meaning(values: Any) -> None:
    with pytest.raises(IntegraError) as caught:
        population(causes=values)
    # A column of text is refused whole; an empty item of a list, at its row.
    where = "" if isinstance(values, np.ndarray) else " (row 0)"
    assert str(caught.value) == (
        "table 'certificates', column 'causes': has empty text; leave the value missing where "
        "it was not recorded, or give an empty list where none are listed" + where
    )


def test_text_in_a_numpy_string_array_is_refused_as_text() -> None:
    with pytest.raises(IntegraError) as caught:
        population(causes=np.array(["12-C"] * 8))
    assert str(caught.value) == (
        "table 'certificates', column 'causes': must hold lists of DisabilityCause values as text"
    )


def test_the_csv_recipes_of_the_docs() -> None:
    # docs/screening.md: several codes in one cell split on ";", an empty cell not recorded, "-"
    # none listed. `.astype("string")` first: `.str` fails on a column pandas read as NaN floats.
    pd = pytest.importorskip("pandas")

    def read(cells: list[str]) -> Any:
        rows = "".join(
            f"{p},degree,2020-01-01,2020-01-01,,moderate,{cell}\n"
            for p, cell in zip(PERSONS["person_id"].tolist(), cells, strict=False)
        )
        header = "person_id,source,issued_on,start,end,degree,causes\n"
        table = pd.read_csv(io.StringIO(header + rows), parse_dates=["issued_on", "start", "end"])
        table["causes"] = (
            table["causes"]
            .astype("string")
            .str.split(";")
            .map(lambda listed: [] if listed == ["-"] else listed, na_action="ignore")
        )
        return table

    mixed = read(["12-C;other", "-", "", "other"])
    people = {k: v[:4] for k, v in PERSONS.items()}
    result = screen([ZAZ_TARGET_GROUP], Population.from_tables(people, certificates=mixed), ON)
    assert codes(result, "zaz_target_group") == "E N ? N"
    empty = read(["", "", ""])
    people = {k: v[:3] for k, v in PERSONS.items()}
    result = screen([ZAZ_TARGET_GROUP], Population.from_tables(people, certificates=empty), ON)
    assert codes(result, "zaz_target_group") == "? ? ?"
    none_listed = read(["-", "-"])
    people = {k: v[:2] for k, v in PERSONS.items()}
    result = screen(
        [ZAZ_TARGET_GROUP], Population.from_tables(people, certificates=none_listed), ON
    )
    assert codes(result, "zaz_target_group") == "N N"


def test_absent_causes_read_as_the_policies_table_says() -> None:
    # docs/policies.md, "Causes left out": a constructor or document without causes, like a
    # certificates table without the column or with nothing in it, has them not recorded.
    from integra.serialization import converter

    start = date(2020, 1, 1)
    left_out = DisabilityCertificate(
        CertificateSource.DEGREE, start, DateRange(start), DisabilityDegree.MODERATE
    )
    person = Person(date(1970, 1, 1), Sex.FEMALE, certificates=[left_out])
    document = converter.unstructure(person)
    for key in ("causes", "indications"):
        del document["certificates"][0][key]
    from_document = converter.structure(document, Person)
    document["certificates"][0]["causes"] = None
    null_in_document = converter.structure(document, Person)
    document["certificates"][0]["causes"] = []
    empty_in_document = converter.structure(document, Person)
    one = {k: v[:1] for k, v in PERSONS.items()}
    row = {k: v[:1] for k, v in CERTIFICATES.items()}
    ways = {
        "constructor without causes": person,
        "document without the key": from_document,
        "document with null": null_in_document,
        "document with []": empty_in_document,
        "table without the column": Population.from_tables(one, certificates=row).person(1),
        "table, column with nothing in it": Population.from_tables(
            one, certificates={**row, "causes": np.full(1, np.nan)}
        ).person(1),
        "table, missing value": Population.from_tables(
            one, certificates={**row, "causes": [None]}
        ).person(1),
        "table, empty list": Population.from_tables(
            one, certificates={**row, "causes": [[]]}
        ).person(1),
    }
    got = {
        way: (
            "none listed" if p.certificates[0].causes == frozenset() else p.certificates[0].causes,
            ZAZ_TARGET_GROUP.evaluate(p, ON).outcome.value,
        )
        for way, p in ways.items()
        if p.certificates is not None
    }
    assert got == {
        "constructor without causes": (None, "unknown"),
        "document without the key": (None, "unknown"),
        "document with null": (None, "unknown"),
        "document with []": ("none listed", "not_eligible"),
        "table without the column": (None, "unknown"),
        "table, column with nothing in it": (None, "unknown"),
        "table, missing value": (None, "unknown"),
        "table, empty list": ("none listed", "not_eligible"),
    }
