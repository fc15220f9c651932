"""The twelve cause symbols of a disability certificate (§ 32 of the 2003 certification
regulation; DERIVED from office and press pages, see ``DisabilityCause``): each can be written
on its own, so two causes other than 01-U, 02-P and 12-C no longer collapse into one ``other``
and the severe-disability group's "two or more codes" sees them, on the scalar path, through
documents and through columns. The rules keep their meaning: ZAZ (URZ art. 29) takes a moderate
degree with 01-U, 02-P or 12-C only; the severe group takes 01-U or any two codes."""

from __future__ import annotations

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
    Person,
    Sex,
)
from integra.bulk import Population, screen
from integra.bulk.generate import _CAUSE_SHARE, _CAUSES, generate_tables
from integra.outcomes.categories import SEVERE_DISABILITY_GROUP
from integra.rules import WTZ_INDICATION, ZAZ_TARGET_GROUP, Outcome
from integra.serialization import converter

ON = date(2024, 1, 1)
D = "datetime64[D]"
C = DisabilityCause
SYMBOLS = [c for c in DisabilityCause if c is not DisabilityCause.OTHER]
ZAZ_CAUSES = {C.INTELLECTUAL, C.MENTAL_ILLNESS, C.AUTISM}

# (degree, causes as written on the certificate, severe group, ZAZ), by hand: the severe group
# is a significant degree, 01-U, or two or more codes (2014-2020 guidelines, DERIVED reading);
# ZAZ is a significant degree, or a moderate one with 01-U, 02-P or 12-C (URZ art. 29).
CASES: list[tuple[str, list[str], str, str]] = [
    ("light", ["05-R", "10-N"], "eligible", "not_eligible"),  # the finding: two codes
    ("light", ["05-R"], "not_eligible", "not_eligible"),  # one code
    ("light", ["02-P", "05-R"], "eligible", "not_eligible"),
    ("light", ["03-L", "04-O", "11-I"], "eligible", "not_eligible"),  # three codes
    ("light", ["01-U"], "eligible", "not_eligible"),
    ("light", ["other"], "not_eligible", "not_eligible"),
    ("light", ["other", "07-S"], "eligible", "not_eligible"),
    ("moderate", ["05-R", "10-N"], "eligible", "not_eligible"),  # two codes, none for ZAZ
    ("moderate", ["06-E"], "not_eligible", "not_eligible"),
    ("moderate", ["12-C"], "not_eligible", "eligible"),
    ("moderate", ["02-P", "08-T"], "eligible", "eligible"),
    ("significant", ["09-M"], "eligible", "eligible"),
    ("moderate", [], "not_eligible", "not_eligible"),
]


def certificate(degree: str, causes: Any) -> DisabilityCertificate:
    return DisabilityCertificate(
        CertificateSource.DEGREE,
        date(2020, 1, 1),
        DateRange(date(2020, 1, 1)),
        DisabilityDegree(degree),
        causes=None if causes is None else {DisabilityCause(c) for c in causes},
    )


def person(degree: str, causes: Any) -> Person:
    return Person(date(1980, 1, 1), Sex.FEMALE, certificates=[certificate(degree, causes)])


def tables(cases: list[tuple[str, list[str], str, str]]) -> tuple[dict[str, Any], dict[str, Any]]:
    n = len(cases)
    people = {
        "person_id": np.arange(1, n + 1),
        "birth_date": np.array(["1980-01-01"] * n, D),
        "sex": np.array(["F"] * n),
    }
    causes = np.empty(n, dtype=object)
    for row, case in enumerate(cases):
        causes[row] = list(case[1])
    certificates = {
        "person_id": np.arange(1, n + 1),
        "source": np.array(["degree"] * n, dtype=object),
        "issued_on": np.array(["2020-01-01"] * n, D),
        "start": np.array(["2020-01-01"] * n, D),
        "end": np.array(["NaT"] * n, D),
        "degree": np.array([case[0] for case in cases], dtype=object),
        "causes": causes,
    }
    return people, certificates


@pytest.mark.parametrize(("degree", "causes", "severe", "zaz"), CASES)
def test_each_case_by_hand_on_the_scalar_path(
    degree: str, causes: list[str], severe: str, zaz: str
) -> None:
    p = person(degree, causes)
    assert SEVERE_DISABILITY_GROUP.evaluate(p, ON).outcome.value == severe
    assert ZAZ_TARGET_GROUP.evaluate(p, ON).outcome.value == zaz


@pytest.mark.parametrize(("degree", "causes", "severe", "zaz"), CASES)
def test_each_case_by_hand_from_a_document(
    degree: str, causes: list[str], severe: str, zaz: str
) -> None:
    document = {
        "birth_date": "1980-01-01",
        "sex": "F",
        "certificates": [
            {
                "source": "degree",
                "issued_on": "2020-01-01",
                "valid": {"start": "2020-01-01", "end": None},
                "degree": degree,
                "causes": causes,
            }
        ],
    }
    p = converter.structure(document, Person)
    assert p == person(degree, causes)
    assert SEVERE_DISABILITY_GROUP.evaluate(p, ON).outcome.value == severe
    assert ZAZ_TARGET_GROUP.evaluate(p, ON).outcome.value == zaz


def test_every_case_by_hand_through_columns() -> None:
    people, certificates = tables(CASES)
    pop = Population.from_tables(people, certificates=certificates)
    result = screen([ZAZ_TARGET_GROUP, SEVERE_DISABILITY_GROUP], pop, ON)
    # ZAZ has a kernel reading the bit masks; the severe group is answered on rebuilt persons.
    assert result.fell_back == ("severe_disability_group",)
    assert result.outcomes("severe_disability_group").tolist() == [c[2] for c in CASES]
    assert result.outcomes("zaz_target_group").tolist() == [c[3] for c in CASES]
    rebuilt = [sorted(c.code for c in p.certificates[0].causes) for p in pop.persons()]  # type: ignore[index, union-attr]
    assert rebuilt == [sorted(c[1]) for c in CASES]


def test_zaz_reads_only_its_three_symbols_on_both_paths() -> None:
    cases = [("moderate", [c.code], "", "") for c in DisabilityCause]
    people, certificates = tables(cases)
    columnar = screen(
        [ZAZ_TARGET_GROUP], Population.from_tables(people, certificates=certificates), ON
    )
    expected = ["eligible" if c in ZAZ_CAUSES else "not_eligible" for c in DisabilityCause]
    assert columnar.fell_back == ()
    assert columnar.outcomes("zaz_target_group").tolist() == expected
    assert [ZAZ_TARGET_GROUP.evaluate(person(*case[:2]), ON).outcome.value for case in cases] == (
        expected
    )


def test_all_thirteen_members_fit_the_column_mask() -> None:
    # The columns keep a set as an int16 bit mask, one bit per member: 13 bits of 15.
    assert len(DisabilityCause) == 13
    everything = [("light", [c.code for c in DisabilityCause], "", ""), ("light", [], "", "")]
    people, certificates = tables(everything)
    pop = Population.from_tables(people, certificates=certificates)
    rebuilt = [p.certificates[0].causes for p in pop.persons()]  # type: ignore[index]
    assert rebuilt == [frozenset(DisabilityCause), frozenset()]
    back = Population.from_persons(pop.persons(), ids=[1, 2])
    assert [p.certificates[0].causes for p in back.persons()] == rebuilt  # type: ignore[index]


def test_two_unmapped_codes_are_one_other() -> None:
    # Documented limit: ``other`` cannot count, so two unmapped codes read as one.
    p = person("light", ["other", "other"])
    assert p.certificates[0].causes == frozenset({C.OTHER})  # type: ignore[index]
    assert SEVERE_DISABILITY_GROUP.evaluate(p, ON).outcome.value == "not_eligible"


def test_symbols_and_labels() -> None:
    assert [c.code for c in SYMBOLS] == [
        f"{i:02d}-{letter}" for i, letter in enumerate("UPLORESTMNIC", 1)
    ]
    assert C.LOCOMOTOR.label.pl == "upośledzenie narządu ruchu"
    assert C.NEUROLOGICAL.label.en == "neurological diseases"
    assert C.VOICE_SPEECH_HEARING.label.pl == "zaburzenia głosu, mowy i choroby słuchu"
    assert C.OTHER_CONDITIONS.code == "11-I" and C.OTHER.code == "other"
    assert (
        len({c.label.pl for c in DisabilityCause})
        == len({c.label.en for c in DisabilityCause})
        == 13
    )
    with pytest.raises(ValueError, match="is not a valid DisabilityCause"):
        DisabilityCause("13-X")


def test_the_generator_draws_its_documented_shares() -> None:
    # Shares documented in ``integra.bulk.generate`` (invented): one of the twelve symbols with
    # the listed shares, a second, different one for 20 % of recorded certificates.
    assert tuple(c.value for c in SYMBOLS) == _CAUSES
    assert sum(_CAUSE_SHARE) == pytest.approx(1.0)
    causes = generate_tables(60_000, seed=4)["certificates"]["causes"]
    recorded = [c for c in causes if c is not None]
    n = len(recorded)
    assert n > 6_000
    two = sum(len(c) == 2 for c in recorded) / n
    # 20 %, within five standard errors (about 0.5 % here); the collapsing draw gave 9.5 %.
    assert abs(two - 0.2) < 5 * (0.2 * 0.8 / n) ** 0.5
    assert all(1 <= len(c) <= 2 and len(set(c)) == len(c) for c in recorded)
    drawn = {code for c in recorded for code in c}
    assert drawn == set(_CAUSES)
    share_05r = sum("05-R" in c for c in recorded) / n
    # P(05-R listed) = 0.2 + 0.2 * sum over other firsts of p_first * 0.2 / (1 - p_first).
    expected = 0.2 + 0.2 * sum(
        p * 0.2 / (1 - p) for code, p in zip(_CAUSES, _CAUSE_SHARE, strict=True) if code != "05-R"
    )
    assert abs(share_05r - expected) < 5 * (expected * (1 - expected) / n) ** 0.5


class TestTheUnrecordedCertificateNamed:
    """Where causes or indications not recorded leave the answer open, the verdict names the
    first such certificate valid on the date (in the order recorded), on which the caseworker
    would look the codes up."""

    ON = date(2024, 1, 1)

    def certificates(self, **codes: None) -> list[DisabilityCertificate]:
        start = date(2020, 1, 1)
        return [
            DisabilityCertificate(
                CertificateSource.DEGREE,
                start,
                DateRange(start),
                DisabilityDegree.MODERATE,
                **codes,
            ),
            DisabilityCertificate(
                CertificateSource.ZUS_TOTAL_WORK_INCAPACITY, start, DateRange(start), **codes
            ),
        ]

    def test_zaz_names_the_first_moderate_certificate_without_causes(self) -> None:
        first, second = self.certificates(causes=None)
        for order in ((first, second), (second, first)):
            person = Person(date(1980, 1, 1), Sex.FEMALE, certificates=list(order))
            verdict = ZAZ_TARGET_GROUP.evaluate(person, self.ON)
            assert verdict.outcome is Outcome.UNKNOWN
            assert verdict.observation is order[0]

    def test_wtz_names_the_first_certificate_without_indications(self) -> None:
        first, second = self.certificates(indications=None)
        for order in ((first, second), (second, first)):
            person = Person(date(1980, 1, 1), Sex.FEMALE, certificates=list(order))
            verdict = WTZ_INDICATION.evaluate(person, self.ON)
            assert verdict.outcome is Outcome.UNKNOWN
            assert verdict.observation is order[0]


class TestLeftOutMeansNotRecorded:
    """Causes and indications left out are not recorded (``None``), as a history left out of a
    person is not collected; an empty collection says the certificate lists none."""

    START = date(2021, 3, 1)

    def certificate(self, **codes: object) -> DisabilityCertificate:
        return DisabilityCertificate(
            CertificateSource.DEGREE,
            self.START,
            DateRange(self.START),
            DisabilityDegree.MODERATE,
            **codes,
        )

    def test_the_default_is_not_recorded(self) -> None:
        left_out = self.certificate()
        assert left_out.causes is None and left_out.indications is None
        assert self.certificate(causes=(), indications=[]).causes == frozenset()
        assert self.certificate(causes=(), indications=[]).indications == frozenset()

    def test_a_document_without_the_keys_is_not_recorded(self) -> None:
        document = converter.unstructure(self.certificate(causes=(), indications=()))
        assert document["causes"] == [] and document["indications"] == []
        del document["causes"], document["indications"]
        back = converter.structure(document, DisabilityCertificate)
        assert back.causes is None and back.indications is None
        assert back == self.certificate()

    def test_the_rules_answer_unknown_for_left_out_and_decide_for_none_listed(self) -> None:
        on = date(2023, 1, 1)
        for rule in (ZAZ_TARGET_GROUP, WTZ_INDICATION):
            left_out = Person(date(1975, 6, 1), Sex.MALE, certificates=[self.certificate()])
            listed = Person(
                date(1975, 6, 1),
                Sex.MALE,
                certificates=[self.certificate(causes=(), indications=())],
            )
            assert rule.evaluate(left_out, on).outcome is Outcome.UNKNOWN
            assert rule.evaluate(listed, on).outcome is Outcome.NOT_ELIGIBLE
