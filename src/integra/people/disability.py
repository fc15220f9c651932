"""Disability: certificates, equivalent documents, degrees, cause codes and indications."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from integra._convert import optional_frozenset
from integra.errors import InvalidValue
from integra.labels import Label, LabelledEnum, set_labels
from integra.law import Citation
from integra.parameters import URZ
from integra.people._common import _is, _is_date
from integra.periods import DateRange

__all__ = [
    "CertificateSource",
    "DisabilityCause",
    "DisabilityCertificate",
    "DisabilityDegree",
    "Indication",
]


class DisabilityDegree(LabelledEnum):
    """Degree of disability (stopień niepełnosprawności), URZ art. 3.

    Examples:
        >>> DisabilityDegree.SIGNIFICANT.label.pl
        'znaczny'
        >>> DisabilityDegree.MODERATE.rank > DisabilityDegree.LIGHT.rank
        True
    """

    SIGNIFICANT = "significant"
    MODERATE = "moderate"
    LIGHT = "light"

    @property
    def rank(self) -> int:
        """3 for significant, 2 for moderate, 1 for light.

        Examples:
            >>> DisabilityDegree.SIGNIFICANT.rank
            3
        """
        return _DEGREE_RANK[self]


_DEGREE_RANK = {
    DisabilityDegree.SIGNIFICANT: 3,
    DisabilityDegree.MODERATE: 2,
    DisabilityDegree.LIGHT: 1,
}

set_labels(
    DisabilityDegree,
    {
        DisabilityDegree.SIGNIFICANT: Label(pl="znaczny", en="significant"),
        DisabilityDegree.MODERATE: Label(pl="umiarkowany", en="moderate"),
        DisabilityDegree.LIGHT: Label(pl="lekki", en="light"),
    },
)


class CertificateSource(LabelledEnum):
    """The document a disability status rests on: a certificate of the degree of disability, a
    certificate of disability for a child under 16, or a document the act treats as equivalent
    (URZ art. 5 and art. 62).

    Examples:
        >>> CertificateSource.INVALIDITY_GROUP_II.equivalent_degree
        <DisabilityDegree.MODERATE: 'moderate'>
        >>> CertificateSource.UNDER_16.equivalent_degree is None
        True
    """

    DEGREE = "degree"
    UNDER_16 = "under_16"
    ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING = "zus_total_incapacity_and_independent_living"
    ZUS_INDEPENDENT_LIVING = "zus_independent_living"
    ZUS_TOTAL_WORK_INCAPACITY = "zus_total_work_incapacity"
    ZUS_PARTIAL_WORK_INCAPACITY = "zus_partial_work_incapacity"
    INVALIDITY_GROUP_I = "invalidity_group_i"
    INVALIDITY_GROUP_II = "invalidity_group_ii"
    INVALIDITY_GROUP_III = "invalidity_group_iii"

    @property
    def equivalent_degree(self) -> DisabilityDegree | None:
        """The degree the act assigns to an equivalent document, or ``None`` for a degree
        certificate (which states its own) and an under-16 certificate (which has none).

        Examples:
            >>> CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY.equivalent_degree.value
            'light'
        """
        return _EQUIVALENT_DEGREE.get(self)

    @property
    def citation(self) -> Citation:
        """The provision that gives the document its effect.

        Examples:
            >>> CertificateSource.INVALIDITY_GROUP_I.citation.text("pl")
            'art. 62 ust. 1 ustawy o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych'
        """
        return _SOURCE_CITATIONS[self]


_EQUIVALENT_DEGREE = {
    CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING: DisabilityDegree.SIGNIFICANT,
    CertificateSource.ZUS_INDEPENDENT_LIVING: DisabilityDegree.SIGNIFICANT,
    CertificateSource.ZUS_TOTAL_WORK_INCAPACITY: DisabilityDegree.MODERATE,
    CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY: DisabilityDegree.LIGHT,
    CertificateSource.INVALIDITY_GROUP_I: DisabilityDegree.SIGNIFICANT,
    CertificateSource.INVALIDITY_GROUP_II: DisabilityDegree.MODERATE,
    CertificateSource.INVALIDITY_GROUP_III: DisabilityDegree.LIGHT,
}

_ZUS_EQUIVALENCE = Citation(URZ, article="5")
_GROUP_EQUIVALENCE = Citation(URZ, article="62", paragraph="1")
_SOURCE_CITATIONS = {
    CertificateSource.DEGREE: Citation(URZ, article="4"),
    CertificateSource.UNDER_16: Citation(URZ, article="4a"),
    CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING: _ZUS_EQUIVALENCE,
    CertificateSource.ZUS_INDEPENDENT_LIVING: _ZUS_EQUIVALENCE,
    CertificateSource.ZUS_TOTAL_WORK_INCAPACITY: _ZUS_EQUIVALENCE,
    CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY: _ZUS_EQUIVALENCE,
    CertificateSource.INVALIDITY_GROUP_I: _GROUP_EQUIVALENCE,
    CertificateSource.INVALIDITY_GROUP_II: _GROUP_EQUIVALENCE,
    CertificateSource.INVALIDITY_GROUP_III: _GROUP_EQUIVALENCE,
}

set_labels(
    CertificateSource,
    {
        CertificateSource.DEGREE: Label(
            pl="orzeczenie o stopniu niepełnosprawności",
            en="certificate of the degree of disability",
        ),
        CertificateSource.UNDER_16: Label(
            pl="orzeczenie o niepełnosprawności (dziecko do 16 lat)",
            en="certificate of disability (child under 16)",
        ),
        CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING: Label(
            pl="orzeczenie o całkowitej niezdolności do pracy i do samodzielnej egzystencji",
            en="total incapacity for work and for independent living",
        ),
        CertificateSource.ZUS_INDEPENDENT_LIVING: Label(
            pl="orzeczenie o niezdolności do samodzielnej egzystencji",
            en="incapacity for independent living",
        ),
        CertificateSource.ZUS_TOTAL_WORK_INCAPACITY: Label(
            pl="orzeczenie o całkowitej niezdolności do pracy", en="total incapacity for work"
        ),
        CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY: Label(
            pl="orzeczenie o częściowej niezdolności do pracy", en="partial incapacity for work"
        ),
        CertificateSource.INVALIDITY_GROUP_I: Label(
            pl="I grupa inwalidzka", en="invalidity group I"
        ),
        CertificateSource.INVALIDITY_GROUP_II: Label(
            pl="II grupa inwalidzka", en="invalidity group II"
        ),
        CertificateSource.INVALIDITY_GROUP_III: Label(
            pl="III grupa inwalidzka", en="invalidity group III"
        ),
    },
)


class DisabilityCause(LabelledEnum):
    """The symbols of the cause of disability (symbole przyczyny niepełnosprawności) written on
    a certificate by the disability assessment teams, and ``OTHER`` for a code the caller cannot
    map to one of them.

    The twelve symbols are those of § 32 of the regulation on disability certification
    (rozporządzenie Ministra Gospodarki, Pracy i Polityki Społecznej z dnia 15 lipca 2003 r. w
    sprawie orzekania o niepełnosprawności i stopniu niepełnosprawności, Dz.U. 2003 nr 139
    poz. 1328). DERIVED: the regulation's own text was not read; the list and the Polish names
    are taken from a municipal office page (niepelnosprawni.mops.jaworzno.pl, "Symbole przyczyn
    niepełnosprawności"), a county assessment team's page naming the regulation as its basis
    (pzon-jeleniagora.pl) and the press (infor.pl, 14 November 2025), which agree. Those sources
    also say a certificate lists at most three symbols; the library does not enforce it.

    ``OTHER_CONDITIONS`` (11-I) is the statutory symbol "inne" (other conditions: endocrine,
    metabolic, ...). ``OTHER`` is not a symbol: it stands for an unreadable or unmapped code, so
    two unmapped codes on one certificate become a single ``OTHER`` and cannot be told apart,
    and a rule counting codes (the severe-disability group's "two or more") sees one. Map every
    code you can.

    Rules read them as follows: the ZAZ target group (URZ art. 29) takes a moderate degree with
    01-U, 02-P or 12-C; the severe-disability group of the 2014-2020 guidelines takes 01-U or
    two or more codes.

    Examples:
        >>> DisabilityCause.AUTISM.code
        '12-C'
        >>> DisabilityCause("05-R").label.pl
        'upośledzenie narządu ruchu'
        >>> len([c for c in DisabilityCause if c is not DisabilityCause.OTHER])
        12
    """

    INTELLECTUAL = "01-U"
    MENTAL_ILLNESS = "02-P"
    VOICE_SPEECH_HEARING = "03-L"
    SIGHT = "04-O"
    LOCOMOTOR = "05-R"
    EPILEPSY = "06-E"
    RESPIRATORY_CIRCULATORY = "07-S"
    DIGESTIVE = "08-T"
    GENITOURINARY = "09-M"
    NEUROLOGICAL = "10-N"
    OTHER_CONDITIONS = "11-I"
    AUTISM = "12-C"
    OTHER = "other"

    @property
    def code(self) -> str:
        """The symbol as written on the certificate (``"other"`` for a code that could not be
        mapped).

        Examples:
            >>> DisabilityCause.INTELLECTUAL.code
            '01-U'
        """
        return str(self.value)


set_labels(
    DisabilityCause,
    {
        DisabilityCause.INTELLECTUAL: Label(
            pl="upośledzenie umysłowe", en="intellectual disability"
        ),
        DisabilityCause.MENTAL_ILLNESS: Label(pl="choroby psychiczne", en="mental illness"),
        DisabilityCause.VOICE_SPEECH_HEARING: Label(
            pl="zaburzenia głosu, mowy i choroby słuchu",
            en="voice and speech disorders and hearing diseases",
        ),
        DisabilityCause.SIGHT: Label(pl="choroby narządu wzroku", en="diseases of the eye"),
        DisabilityCause.LOCOMOTOR: Label(
            pl="upośledzenie narządu ruchu", en="locomotor impairment"
        ),
        DisabilityCause.EPILEPSY: Label(pl="epilepsja", en="epilepsy"),
        DisabilityCause.RESPIRATORY_CIRCULATORY: Label(
            pl="choroby układu oddechowego i krążenia", en="respiratory and circulatory diseases"
        ),
        DisabilityCause.DIGESTIVE: Label(pl="choroby układu pokarmowego", en="digestive diseases"),
        DisabilityCause.GENITOURINARY: Label(
            pl="choroby układu moczowo-płciowego", en="genitourinary diseases"
        ),
        DisabilityCause.NEUROLOGICAL: Label(pl="choroby neurologiczne", en="neurological diseases"),
        DisabilityCause.OTHER_CONDITIONS: Label(
            pl=(
                "inne, w tym schorzenia endokrynologiczne, metaboliczne, zaburzenia enzymatyczne, "
                "choroby zakaźne i odzwierzęce, zeszpecenia, choroby układu krwiotwórczego"
            ),
            en=(
                "other, including endocrine and metabolic conditions, enzyme disorders, infectious "
                "and zoonotic diseases, disfigurement, diseases of the blood-forming system"
            ),
        ),
        DisabilityCause.AUTISM: Label(
            pl="całościowe zaburzenia rozwojowe", en="pervasive developmental disorders (autism)"
        ),
        DisabilityCause.OTHER: Label(
            pl="kod przyczyny nieprzypisany do symbolu", en="cause code not mapped to a symbol"
        ),
    },
)


class Indication(LabelledEnum):
    """Indications written in a certificate (wskazania) that rules depend on.

    Examples:
        >>> Indication.OCCUPATIONAL_THERAPY.label.pl
        'wskazanie do uczestnictwa w terapii zajęciowej'
    """

    OCCUPATIONAL_THERAPY = "occupational_therapy"


set_labels(
    Indication,
    {
        Indication.OCCUPATIONAL_THERAPY: Label(
            pl="wskazanie do uczestnictwa w terapii zajęciowej",
            en="indication for occupational therapy",
        ),
    },
)


def _codes(value: Any, name: str, kind: type) -> frozenset[Any] | None:
    """A certificate's codes: ``None`` kept, a collection as a frozenset, and anything else
    (text, a mapping, unhashable items) refused naming the field."""
    try:
        return optional_frozenset(value)
    except (InvalidValue, TypeError):
        pass
    # Raised after the handler, so that no chained error carries the value.
    raise InvalidValue(
        f"DisabilityCertificate.{name} must be a collection of {kind.__name__} values or None"
    )


def _causes(value: Any) -> frozenset[Any] | None:
    return _codes(value, "causes", DisabilityCause)


def _indications(value: Any) -> frozenset[Any] | None:
    return _codes(value, "indications", Indication)


@attrs.frozen(slots=True)
class DisabilityCertificate:
    """A certificate establishing disability, or a document the act treats as one. ``repr()``
    shows the dates only: the kind of document, degree, causes and indications are health data.

    For a degree certificate the ``degree`` is required; for an equivalent document the degree
    follows from the act and may be left out (if given, it must agree); an under-16 certificate
    has no degree.

    Causes and indications are sets, empty (``()``, ``set()``) when the certificate was read and
    lists none; ``None`` says they were *not recorded* (a register that keeps the degree only),
    and rules that need them (ZAZ, WTZ) answer ``UNKNOWN`` naming the certificates where they
    would decide. Leaving ``causes`` or ``indications`` out means *not recorded* (the default is
    ``None``), as a history left out of a ``Person`` means not collected, and as a certificates
    table for bulk screening without those columns does; pass an empty collection for a
    certificate that lists none.

    Attributes:
        source: The kind of document.
        issued_on: The date of issue.
        valid: The period it is valid for; an open end means permanent (na stałe).
        degree: The degree stated on a degree certificate.
        causes: Cause codes on the certificate (empty: none listed), or ``None`` (the default)
            if not recorded.
        indications: Indications on the certificate (empty: none listed), or ``None`` (the
            default) if not recorded.

    Examples:
        >>> from datetime import date
        >>> cert = DisabilityCertificate(
        ...     CertificateSource.ZUS_TOTAL_WORK_INCAPACITY, date(2020, 5, 4), DateRange(date(2020, 5, 4))
        ... )
        >>> cert.effective_degree, cert.is_permanent, cert.causes
        (<DisabilityDegree.MODERATE: 'moderate'>, True, None)
        >>> DisabilityCertificate(
        ...     CertificateSource.ZUS_TOTAL_WORK_INCAPACITY, date(2020, 5, 4), DateRange(date(2020, 5, 4)), causes=()
        ... ).causes
        frozenset()
    """

    source: CertificateSource = attrs.field(
        validator=_is(CertificateSource, "DisabilityCertificate"), repr=False
    )
    issued_on: date = attrs.field(validator=_is_date("DisabilityCertificate"))
    valid: DateRange = attrs.field(validator=_is(DateRange, "DisabilityCertificate"))
    degree: DisabilityDegree | None = attrs.field(default=None, repr=False)
    causes: frozenset[DisabilityCause] | None = attrs.field(
        default=None, converter=_causes, repr=False
    )
    indications: frozenset[Indication] | None = attrs.field(
        default=None, converter=_indications, repr=False
    )

    def __attrs_post_init__(self) -> None:
        for name, kind in (("causes", DisabilityCause), ("indications", Indication)):
            items = getattr(self, name)
            if items is not None and not all(isinstance(item, kind) for item in items):
                raise InvalidValue(
                    f"DisabilityCertificate.{name} must hold {kind.__name__} values or be None"
                )
        if self.degree is not None and not isinstance(self.degree, DisabilityDegree):
            raise InvalidValue("DisabilityCertificate.degree must be a DisabilityDegree or None")
        if self.source is CertificateSource.DEGREE and self.degree is None:
            raise InvalidValue("DisabilityCertificate.degree is required for a degree certificate")
        if self.source is CertificateSource.UNDER_16 and self.degree is not None:
            raise InvalidValue(
                "DisabilityCertificate.degree must be None for an under-16 certificate"
            )
        implied = self.source.equivalent_degree
        if implied is not None and self.degree is not None and self.degree is not implied:
            raise InvalidValue(
                f"DisabilityCertificate.degree contradicts the degree the act gives to {self.source.value}"
            )

    @property
    def effective_degree(self) -> DisabilityDegree | None:
        """The degree stated, or the one the act assigns to the document (URZ art. 5, 62).

        Examples:
            >>> from datetime import date
            >>> DisabilityCertificate(
            ...     CertificateSource.INVALIDITY_GROUP_I, date(1995, 1, 1), DateRange(date(1995, 1, 1))
            ... ).effective_degree.value
            'significant'
        """
        return self.degree if self.degree is not None else self.source.equivalent_degree

    @property
    def is_permanent(self) -> bool:
        """Whether the certificate is issued permanently (na stałe).

        Examples:
            >>> from datetime import date
            >>> DisabilityCertificate(
            ...     CertificateSource.UNDER_16, date(2020, 1, 1), DateRange(date(2020, 1, 1), date(2025, 1, 31))
            ... ).is_permanent
            False
        """
        return self.valid.is_open
