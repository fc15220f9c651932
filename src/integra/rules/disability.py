"""Disability (URZ): certificates in force, degrees and their statutory equivalents, and the
admission conditions of the reintegration units for persons with disabilities.

A person has a disability on a date when a certificate, or a document the act treats as one, is
valid on that date: a certificate of the degree of disability, a certificate of disability of a
child under 16, a ZUS certificate of incapacity (URZ art. 5) or an invalidity group awarded before
1998 (URZ art. 62). The degree is the one stated, or the one the act assigns to the equivalent
document; an under-16 certificate has no degree.

The admission conditions of WTZ and ZAZ also read a certificate's indications and causes. A
certificate whose indications or causes were not recorded (``None``) leaves them ``UNKNOWN``,
naming the certificates, wherever the missing part would decide; a recorded empty set decides.

Examples:
    >>> from datetime import date
    >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Person, Sex
    >>> cert = DisabilityCertificate(
    ...     CertificateSource.INVALIDITY_GROUP_II, date(1996, 1, 1), DateRange(date(1996, 1, 1))
    ... )
    >>> p = Person(date(1960, 1, 1), Sex.MALE, certificates=[cert])
    >>> SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(p, date(2024, 1, 1)).observed_text()
    'moderate degree (invalidity group II)'
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import attrs

from integra.labels import Label, Language
from integra.law import Citation, Timeline
from integra.parameters import URZ
from integra.people import (
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Indication,
)
from integra.rules.core import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNKNOWN,
    Condition,
    Context,
    Fact,
    Outcome,
    Verdict,
    in_force,
)
from integra.rules.core.columns import ColumnFrame, fact_bit

__all__ = [
    "HAS_DISABILITY",
    "SIGNIFICANT_OR_MODERATE_DISABILITY",
    "WTZ_INDICATION",
    "ZAZ_TARGET_GROUP",
    "DegreeAtLeast",
    "HasDisability",
    "WtzIndication",
    "ZazTargetGroup",
]

_URZ_START = date(1998, 1, 1)


def _law(citation: Citation) -> Timeline[Any]:
    return Timeline(citation.text("en"), (in_force(citation, _URZ_START),))


def _describe_certificate(certificate: DisabilityCertificate | None, language: Language) -> str:
    if certificate is None:
        return "brak ważnego orzeczenia" if language == "pl" else "no valid certificate"
    degree = certificate.effective_degree
    source = certificate.source.label.text(language)
    if degree is None:
        return source
    if language == "pl":
        return f"stopień {degree.label.pl} ({source})"
    return f"{degree.label.en} degree ({source})"


def _strongest(
    certificates: tuple[DisabilityCertificate, ...],
) -> DisabilityCertificate | None:
    best: DisabilityCertificate | None = None
    best_rank = -1
    for certificate in certificates:
        degree = certificate.effective_degree
        rank = 0 if degree is None else degree.rank
        if rank > best_rank:
            best, best_rank = certificate, rank
    return best


def certificates_on(ctx: Context) -> tuple[DisabilityCertificate, ...]:
    """The certificates valid on the date of the facts, computed once per context.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules.core import Context
        >>> certificates_on(Context(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1)))
        ()
    """
    result: tuple[DisabilityCertificate, ...] = ctx.memo(
        "certificates", lambda: ctx._person.certificates_on(ctx._on)
    )
    return result


def _ranks(frame: ColumnFrame) -> Any:
    """For each row of the certificates table, the rank of its degree, stated or by equivalence
    (3 significant, 2 moderate, 1 light, 0 none: ``DisabilityDegree.rank``)."""
    import numpy as np

    def compute() -> Any:
        spans = frame.population.spans("certificates")
        degree_rank = np.array([d.rank for d in DisabilityDegree] + [0])
        source_rank = np.array(
            [
                0 if s.equivalent_degree is None else s.equivalent_degree.rank
                for s in CertificateSource
            ]
        )
        stated = spans.values.get("degree")
        if stated is None:
            stated = np.full(len(spans.person), -1)
        return np.where(stated >= 0, degree_rank[stated], source_rank[spans.values["source"]])

    return frame.memo("certificate_ranks", compute)


def _decided_or_open(frame: ColumnFrame, decides: Any, leaves_open: Any) -> tuple[Any, Any]:
    """Outcome codes and missing facts from two booleans per certificate row: a row that
    makes the person eligible, and a row whose unrecorded causes or indications could."""
    import numpy as np

    eligible = frame.any_row("certificates", decides)
    unknown = frame.any_row("certificates", leaves_open) & ~eligible
    codes = np.where(unknown, np.int8(1), frame.outcome(eligible)).astype(np.int8)
    return codes, np.where(unknown, fact_bit(Fact.CERTIFICATES), 0)


@attrs.frozen(slots=True, eq=False, repr=False)
class HasDisability(Condition):
    """A person with a disability: a certificate or an equivalent document valid on the date
    (URZ art. 1).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> HAS_DISABILITY.evaluate(Person(date(1990, 1, 1), Sex.MALE, certificates=()), date(2024, 1, 1)).observed_text("pl")
        'brak ważnego orzeczenia'
    """

    law: Timeline[Any] | None = attrs.field(default=_law(Citation(URZ, article="1")), kw_only=True)
    rule_name: ClassVar[str] = "has_disability"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.CERTIFICATES})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="osoba niepełnosprawna (ważne orzeczenie)",
            en="person with a disability (valid certificate)",
        )

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        best = _strongest(certificates_on(ctx))
        return (ELIGIBLE if best is not None else NOT_ELIGIBLE), best, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a certificate is valid on the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> HAS_DISABILITY.columns(frame, True).tolist()
            [0]
        """
        return frame.outcome(frame.covered("certificates"))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The certificate relied on."""
        return _describe_certificate(verdict.observation, language)


HAS_DISABILITY = HasDisability()
"""A certificate (or equivalent) valid on the date of the facts."""


@attrs.frozen(slots=True, eq=False, repr=False)
class DegreeAtLeast(Condition):
    """A valid certificate of at least ``degree`` (stated or by equivalence, URZ art. 3-5, 62).

    Attributes:
        degree: The lowest degree accepted.

    Examples:
        >>> DegreeAtLeast(DisabilityDegree.SIGNIFICANT).name
        'disability_degree_at_least_significant'
    """

    degree: DisabilityDegree = DisabilityDegree.MODERATE
    law: Timeline[Any] | None = attrs.field(default=_law(Citation(URZ, article="3")), kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.CERTIFICATES})

    @property
    def name(self) -> str:
        """``disability_degree_at_least_<degree>``."""
        return f"disability_degree_at_least_{self.degree.value}"

    @property
    def label(self) -> Label:
        """The rule's label."""
        if self.degree is DisabilityDegree.MODERATE:
            return Label(
                pl="znaczny lub umiarkowany stopień niepełnosprawności",
                en="significant or moderate degree of disability",
            )
        return Label(
            pl=f"stopień niepełnosprawności co najmniej {self.degree.label.pl}",
            en=f"degree of disability at least {self.degree.label.en}",
        )

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        best = _strongest(certificates_on(ctx))
        degree = None if best is None else best.effective_degree
        ok = degree is not None and degree.rank >= self.degree.rank
        return (ELIGIBLE if ok else NOT_ELIGIBLE), best, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): the highest degree, stated or by equivalence,
        among the certificates valid on the date.

        Examples:
            >>> from datetime import date
            >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> cert = DisabilityCertificate(CertificateSource.INVALIDITY_GROUP_II, date(2000, 1, 1), DateRange(date(2000, 1, 1)))
            >>> p = Person(date(1970, 1, 1), Sex.MALE, certificates=[cert])
            >>> SIGNIFICANT_OR_MODERATE_DISABILITY.columns(Frame(Population.from_persons([p]), date(2024, 1, 1)), True).tolist()
            [2]
        """
        import numpy as np

        spans = frame.population.spans("certificates")
        rows = spans.covering(frame.day)
        rank = _ranks(frame)
        best = np.zeros(frame.n, dtype=np.int64)
        np.maximum.at(best, spans.person[rows], rank[rows])
        return frame.outcome(best >= self.degree.rank)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The strongest certificate valid on the date."""
        return _describe_certificate(verdict.observation, language)


SIGNIFICANT_OR_MODERATE_DISABILITY = DegreeAtLeast(DisabilityDegree.MODERATE)
"""A significant or moderate degree of disability, stated or by equivalence."""


@attrs.frozen(slots=True, eq=False, repr=False)
class WtzIndication(Condition):
    """Admission to an occupational therapy workshop (WTZ): a valid certificate with the
    indication for occupational therapy (required of persons admitted after 1 January 1998).

    ``UNKNOWN`` (certificates missing) when no valid certificate has the indication but one has
    its indications not recorded.

    Examples:
        >>> from datetime import date
        >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Person, Sex
        >>> cert = DisabilityCertificate(
        ...     CertificateSource.DEGREE, date(2020, 1, 1), DateRange(date(2020, 1, 1)),
        ...     DisabilityDegree.SIGNIFICANT, indications={Indication.OCCUPATIONAL_THERAPY},
        ... )
        >>> WTZ_INDICATION.evaluate(Person(date(1990, 1, 1), Sex.MALE, certificates=[cert]), date(2024, 1, 1)).eligible
        True
    """

    law: Timeline[Any] | None = attrs.field(default=_law(Citation(URZ)), kw_only=True)
    rule_name: ClassVar[str] = "wtz_indication"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.CERTIFICATES})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="orzeczenie ze wskazaniem do terapii zajęciowej (WTZ)",
            en="certificate indicating occupational therapy (WTZ)",
        )

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        unrecorded: DisabilityCertificate | None = None
        for certificate in certificates_on(ctx):
            indications = certificate.indications
            if indications is None:
                unrecorded = unrecorded or certificate
            elif Indication.OCCUPATIONAL_THERAPY in indications:
                return ELIGIBLE, certificate, ()
        if unrecorded is not None:
            return UNKNOWN, unrecorded, (Fact.CERTIFICATES,)
        return NOT_ELIGIBLE, None, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a valid certificate with the indication;
        ``UNKNOWN`` where none has it but one has its indications not recorded.

        Examples:
            >>> from datetime import date
            >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> cert = DisabilityCertificate(CertificateSource.DEGREE, date(2020, 1, 1), DateRange(date(2020, 1, 1)), DisabilityDegree.LIGHT, indications=None)
            >>> p = Person(date(1970, 1, 1), Sex.MALE, certificates=[cert])
            >>> codes, missing = WTZ_INDICATION.columns(Frame(Population.from_persons([p]), date(2024, 1, 1)), True)
            >>> codes.tolist()
            [1]
        """
        rows = frame.population.spans("certificates").covering(frame.day)
        holds, unrecorded = frame.holds_any(
            "certificates", "indications", (Indication.OCCUPATIONAL_THERAPY,)
        )
        return _decided_or_open(frame, rows & holds, rows & unrecorded)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Whether a certificate with the indication is valid."""
        if verdict.outcome is UNKNOWN:
            if language == "pl":
                return "ważne orzeczenie bez zapisanych wskazań"
            return "a valid certificate whose indications are not recorded"
        if verdict.observation is None:
            if language == "pl":
                return "brak ważnego orzeczenia ze wskazaniem do terapii zajęciowej"
            return "no valid certificate with the occupational-therapy indication"
        return _describe_certificate(verdict.observation, language)


WTZ_INDICATION = WtzIndication()
"""A valid certificate with the occupational-therapy indication."""

_ZAZ_CAUSES = frozenset(
    {
        DisabilityCause.AUTISM,
        DisabilityCause.INTELLECTUAL,
        DisabilityCause.MENTAL_ILLNESS,
    }
)


@attrs.frozen(slots=True, eq=False, repr=False)
class ZazTargetGroup(Condition):
    """The target group of a vocational activity establishment (ZAZ, URZ art. 29): a significant
    degree, or a moderate degree with autism, intellectual disability or mental illness.

    ``UNKNOWN`` (certificates missing) when no valid certificate qualifies but one of a moderate
    degree has its causes not recorded.

    Examples:
        >>> from datetime import date
        >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Person, Sex
        >>> moderate = DisabilityCertificate(
        ...     CertificateSource.DEGREE, date(2020, 1, 1), DateRange(date(2020, 1, 1)),
        ...     DisabilityDegree.MODERATE, causes={DisabilityCause.AUTISM},
        ... )
        >>> ZAZ_TARGET_GROUP.evaluate(Person(date(1990, 1, 1), Sex.MALE, certificates=[moderate]), date(2024, 1, 1)).eligible
        True
    """

    law: Timeline[Any] | None = attrs.field(default=_law(Citation(URZ, article="29")), kw_only=True)
    rule_name: ClassVar[str] = "zaz_target_group"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.CERTIFICATES})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="grupa docelowa ZAZ: stopień znaczny albo stopień umiarkowany z autyzmem, "
            "upośledzeniem umysłowym lub chorobą psychiczną",
            en="ZAZ target group: significant degree, or moderate with autism, intellectual disability "
            "or mental illness",
        )

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        unrecorded: DisabilityCertificate | None = None
        for certificate in certificates_on(ctx):
            degree = certificate.effective_degree
            if degree is DisabilityDegree.SIGNIFICANT:
                return ELIGIBLE, certificate, ()
            if degree is DisabilityDegree.MODERATE:
                causes = certificate.causes
                if causes is None:
                    unrecorded = unrecorded or certificate
                elif causes & _ZAZ_CAUSES:
                    return ELIGIBLE, certificate, ()
        if unrecorded is not None:
            return UNKNOWN, unrecorded, (Fact.CERTIFICATES,)
        return NOT_ELIGIBLE, _strongest(certificates_on(ctx)), ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a valid certificate of a significant degree, or
        of a moderate degree with one of the causes; ``UNKNOWN`` where none qualifies but a
        moderate one has its causes not recorded.

        Examples:
            >>> from datetime import date
            >>> from integra import CertificateSource, DateRange, DisabilityCertificate, Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> cert = DisabilityCertificate(CertificateSource.DEGREE, date(2020, 1, 1), DateRange(date(2020, 1, 1)), DisabilityDegree.MODERATE, causes={DisabilityCause.AUTISM})
            >>> p = Person(date(1970, 1, 1), Sex.MALE, certificates=[cert])
            >>> codes, missing = ZAZ_TARGET_GROUP.columns(Frame(Population.from_persons([p]), date(2024, 1, 1)), True)
            >>> codes.tolist()
            [2]
        """
        rows = frame.population.spans("certificates").covering(frame.day)
        rank = _ranks(frame)
        holds, unrecorded = frame.holds_any("certificates", "causes", _ZAZ_CAUSES)
        moderate = rows & (rank == DisabilityDegree.MODERATE.rank)
        significant = rows & (rank == DisabilityDegree.SIGNIFICANT.rank)
        return _decided_or_open(frame, significant | (moderate & holds), moderate & unrecorded)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The certificate relied on, with its causes."""
        certificate: DisabilityCertificate | None = verdict.observation
        text = self.describe_public(verdict, language)
        if certificate is not None and certificate.causes:
            codes = ", ".join(
                # A code that could not be mapped is "other" in English, its label in Polish.
                c.label.pl if language == "pl" and c is DisabilityCause.OTHER else c.code
                for c in sorted(certificate.causes, key=lambda c: c.code)
            )
            text += f"; {'przyczyny' if language == 'pl' else 'causes'}: {codes}"
        return text

    def describe_public(self, verdict: Verdict, language: Language) -> str:
        """The certificate relied on, without its causes (health data); whether its causes
        were not recorded, where that left the answer open."""
        certificate: DisabilityCertificate | None = verdict.observation
        text = _describe_certificate(certificate, language)
        if verdict.outcome is UNKNOWN:
            text += (
                "; przyczyny niepełnosprawności niezapisane"
                if language == "pl"
                else "; causes not recorded"
            )
        return text


ZAZ_TARGET_GROUP = ZazTargetGroup()
"""The ZAZ target group of URZ art. 29."""
