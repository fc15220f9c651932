"""Tests of the disability rules (integra.rules.disability): certificates in force, degrees and
their statutory equivalents (URZ art. 5, 62), WTZ and ZAZ admission."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import d
from integra.people import (
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Indication,
    Person,
    Sex,
)
from integra.periods import DateRange
from integra.rules import (
    HAS_DISABILITY,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    WTZ_INDICATION,
    ZAZ_TARGET_GROUP,
    DegreeAtLeast,
    Fact,
    Outcome,
    eligible_from,
)

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN
ON = date(2024, 1, 1)


def cert(
    source: CertificateSource = CertificateSource.DEGREE,
    degree: DisabilityDegree | None = None,
    start: str = "2020-01-01",
    end: str | None = None,
    causes: frozenset[DisabilityCause] = frozenset(),
    indications: frozenset[Indication] = frozenset(),
) -> DisabilityCertificate:
    valid = DateRange(d(start), None if end is None else d(end))
    return DisabilityCertificate(source, d(start), valid, degree, causes, indications)


def holder(*certificates: DisabilityCertificate, born: str = "1980-01-01") -> Person:
    return Person(d(born), Sex.MALE, certificates=certificates)


S, M, L = DisabilityDegree.SIGNIFICANT, DisabilityDegree.MODERATE, DisabilityDegree.LIGHT


class TestCertificateInForce:
    def test_valid_until_a_day_and_the_day_after(self) -> None:
        p = holder(cert(degree=L, start="2021-03-01", end="2024-02-29"))
        outcomes = [
            HAS_DISABILITY.evaluate(p, d(x)).outcome
            for x in ("2021-02-28", "2021-03-01", "2024-02-29", "2024-03-01")
        ]
        assert outcomes == [N, E, E, N]
        assert HAS_DISABILITY.evaluate(p, d("2024-03-01")).observed_text() == "no valid certificate"
        assert eligible_from(HAS_DISABILITY, p, d("2020-01-01")) == d("2021-03-01")
        assert eligible_from(HAS_DISABILITY, p, d("2024-03-01")) is None  # expired: never again

    def test_permanent(self) -> None:
        p = holder(cert(degree=M))
        assert (p.certificates or ())[0].is_permanent
        assert HAS_DISABILITY.evaluate(p, d("2090-01-01")).outcome is E

    def test_a_renewal_continues_without_a_gap(self) -> None:
        p = holder(
            cert(degree=M, start="2019-01-01", end="2021-12-31"),
            cert(degree=S, start="2022-01-01", end="2024-12-31"),
        )
        assert SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(p, d("2021-12-31")).outcome is E
        assert ZAZ_TARGET_GROUP.evaluate(p, d("2021-12-31")).outcome is N
        assert ZAZ_TARGET_GROUP.evaluate(p, d("2022-01-01")).outcome is E
        assert eligible_from(ZAZ_TARGET_GROUP, p, d("2019-01-01")) == d("2022-01-01")

    def test_no_law_before_1998(self) -> None:
        p = holder(cert(CertificateSource.INVALIDITY_GROUP_I, start="1990-01-01"))
        assert HAS_DISABILITY.evaluate(p, d("1997-12-31")).missing == (Fact.LAW,)
        assert HAS_DISABILITY.evaluate(p, d("1998-01-01")).outcome is E


class TestDegrees:
    @pytest.mark.parametrize(
        ("source", "degree"),
        [
            (CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING, S),
            (CertificateSource.ZUS_INDEPENDENT_LIVING, S),
            (CertificateSource.ZUS_TOTAL_WORK_INCAPACITY, M),
            (CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY, L),
            (CertificateSource.INVALIDITY_GROUP_I, S),
            (CertificateSource.INVALIDITY_GROUP_II, M),
            (CertificateSource.INVALIDITY_GROUP_III, L),
        ],
    )
    def test_equivalences(self, source: CertificateSource, degree: DisabilityDegree) -> None:
        p = holder(cert(source))
        assert (p.certificates or ())[0].effective_degree is degree
        assert HAS_DISABILITY.evaluate(p, ON).outcome is E
        moderate = SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(p, ON).outcome
        assert moderate is (E if degree is not L else N)
        significant = DegreeAtLeast(S).evaluate(p, ON).outcome
        assert significant is (E if degree is S else N)
        assert DegreeAtLeast(L).evaluate(p, ON).outcome is E

    def test_under_16_has_no_degree(self) -> None:
        p = holder(
            cert(CertificateSource.UNDER_16, start="2015-01-01", end="2025-01-31"),
            born="2010-01-01",
        )
        v = HAS_DISABILITY.evaluate(p, ON)
        assert v.outcome is E
        assert v.observed_text() == "certificate of disability (child under 16)"
        assert DegreeAtLeast(L).evaluate(p, ON).outcome is N
        assert SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(p, ON).outcome is N

    def test_the_strongest_certificate_is_relied_on(self) -> None:
        p = holder(
            cert(CertificateSource.UNDER_16, end="2030-01-01"), cert(degree=L), cert(degree=M)
        )
        v = SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(p, ON)
        assert v.outcome is E and v.observation.effective_degree is M
        assert v.observed_text() == "moderate degree (certificate of the degree of disability)"
        assert v.observed_text("pl").startswith("stopień umiarkowany (")
        first = holder(
            cert(degree=S), cert(degree=L), cert(CertificateSource.UNDER_16, end="2030-01-01")
        )
        assert HAS_DISABILITY.evaluate(first, ON).observation.effective_degree is S

    def test_names_and_labels(self) -> None:
        assert DegreeAtLeast(S).name == "disability_degree_at_least_significant"
        assert DegreeAtLeast(S).label.en == "degree of disability at least significant"
        assert SIGNIFICANT_OR_MODERATE_DISABILITY.label.en == (
            "significant or moderate degree of disability"
        )
        assert (
            HAS_DISABILITY.evaluate(holder(), ON).observed_text("pl") == "brak ważnego orzeczenia"
        )


class TestWtz:
    def test_needs_the_occupational_therapy_indication(self) -> None:
        therapy = frozenset({Indication.OCCUPATIONAL_THERAPY})
        with_it = holder(cert(degree=S, end="2024-06-30", indications=therapy))
        without = holder(cert(degree=S))
        assert WTZ_INDICATION.evaluate(with_it, d("2024-06-30")).outcome is E
        assert WTZ_INDICATION.evaluate(with_it, d("2024-07-01")).outcome is N
        v = WTZ_INDICATION.evaluate(without, ON)
        assert v.outcome is N
        assert v.observed_text() == "no valid certificate with the occupational-therapy indication"
        assert v.observed_text("pl") == (
            "brak ważnego orzeczenia ze wskazaniem do terapii zajęciowej"
        )
        assert WTZ_INDICATION.evaluate(with_it, ON).observed_text().startswith("significant degree")


class TestZaz:
    @pytest.mark.parametrize(
        ("degree", "causes", "outcome"),
        [
            (S, frozenset(), E),
            (M, frozenset({DisabilityCause.AUTISM}), E),
            (M, frozenset({DisabilityCause.INTELLECTUAL}), E),
            (M, frozenset({DisabilityCause.MENTAL_ILLNESS, DisabilityCause.OTHER}), E),
            (M, frozenset({DisabilityCause.OTHER}), N),
            (M, frozenset(), N),
            (L, frozenset({DisabilityCause.AUTISM}), N),
        ],
    )
    def test_target_group(
        self, degree: DisabilityDegree, causes: frozenset[DisabilityCause], outcome: Outcome
    ) -> None:
        assert (
            ZAZ_TARGET_GROUP.evaluate(holder(cert(degree=degree, causes=causes)), ON).outcome
            is outcome
        )

    def test_equivalent_documents_count_with_their_causes(self) -> None:
        group_ii = cert(
            CertificateSource.INVALIDITY_GROUP_II,
            start="1996-01-01",
            causes=frozenset({DisabilityCause.MENTAL_ILLNESS}),
        )
        v = ZAZ_TARGET_GROUP.evaluate(holder(group_ii, born="1960-01-01"), ON)
        assert v.outcome is E
        assert v.observed_text(personal=True) == (
            "moderate degree (invalidity group II); causes: 02-P"
        )
        assert v.observed_text("pl", personal=True).endswith("; przyczyny: 02-P")
        assert v.observed_text() == "moderate degree (invalidity group II)"
        assert "02-P" not in v.explain() and "02-P" not in str(v.report())

    def test_a_certificate_without_causes_is_described_without_a_causes_part(self) -> None:
        v = ZAZ_TARGET_GROUP.evaluate(holder(cert(degree=M)), ON)
        assert v.outcome is N
        assert v.observed_text(personal=True) == v.observed_text()
        assert "causes" not in v.observed_text(personal=True)
        assert "przyczyny" not in v.observed_text("pl", personal=True)

    def test_a_code_not_mapped_is_named_in_polish(self) -> None:
        """A cause code that maps to no symbol is "other" in English and its label in Polish."""
        causes = frozenset({DisabilityCause.MENTAL_ILLNESS, DisabilityCause.OTHER})
        v = ZAZ_TARGET_GROUP.evaluate(holder(cert(degree=M, causes=causes)), ON)
        assert v.outcome is E
        assert v.observed_text(personal=True).endswith("; causes: 02-P, other")
        assert v.observed_text("pl", personal=True) == (
            "stopień umiarkowany (orzeczenie o stopniu niepełnosprawności); przyczyny: 02-P, "
            "kod przyczyny nieprzypisany do symbolu"
        )

    def test_not_eligible_names_the_strongest_certificate(self) -> None:
        v = ZAZ_TARGET_GROUP.evaluate(holder(cert(degree=L), cert(degree=M)), ON)
        assert v.outcome is N and v.observation.effective_degree is M
        assert ZAZ_TARGET_GROUP.evaluate(holder(), ON).observed_text() == "no valid certificate"
