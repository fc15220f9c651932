"""An indicator computed over a cohort as of a date, and how it is explained.

An [`IndicatorResult`][integra.outcomes.indicators.IndicatorResult] lists the
participants achieved, failed and pending
([`PendingGroup`][integra.outcomes.indicators.PendingGroup], with a
[`PendingReason`][integra.outcomes.indicators.PendingReason]) and everyone left out
([`ExclusionGroup`][integra.outcomes.indicators.ExclusionGroup], with an
[`ExclusionReason`][integra.outcomes.indicators.ExclusionReason]); it gives the rate as a
range while windows are open, its [`Status`][integra.outcomes.indicators.Status] against
a threshold, how many more are needed, and an explanation in Polish or English.

Examples:
    >>> r = _demo_result()
    >>> format_rate(r.low), format_rate(r.high), r.status.value, r.needed
    ('25.00%', '50.00%', 'undecided', 1)
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidValue
from integra.labels import (
    Label,
    LabelledEnum,
    Language,
    format_date,
    format_number,
    set_labels,
)
from integra.law import Certainty, Citation, weakest
from integra.outcomes.indicators.breakdowns import Breakdown, BreakdownRow, Dimension
from integra.outcomes.indicators.counting import Window
from integra.outcomes.indicators.definitions import (
    Achievement,
    Denominator,
    IndicatorDefinition,
    Threshold,
)
from integra.outcomes.records import Category, ResultKind

__all__ = [
    "ExclusionGroup",
    "ExclusionReason",
    "IndicatorResult",
    "PendingGroup",
    "PendingReason",
    "Status",
    "format_rate",
]


class Status(LabelledEnum):
    """Where an indicator stands against its threshold.

    Examples:
        >>> Status.OUT_OF_REACH.label.pl
        'nieosiągalny'
    """

    MET = "met"
    NOT_MET = "not_met"
    OUT_OF_REACH = "out_of_reach"
    UNDECIDED = "undecided"
    NO_THRESHOLD = "no_threshold"
    NO_PARTICIPANTS = "no_participants"


set_labels(
    Status,
    {
        Status.MET: Label(pl="osiągnięty", en="met"),
        Status.NOT_MET: Label(pl="nieosiągnięty", en="not met"),
        Status.OUT_OF_REACH: Label(pl="nieosiągalny", en="out of reach"),
        Status.UNDECIDED: Label(pl="nierozstrzygnięty", en="undecided"),
        Status.NO_THRESHOLD: Label(pl="brak progu", en="no threshold"),
        Status.NO_PARTICIPANTS: Label(
            pl="nie do oceny: brak osób w mianowniku",
            en="not assessable: nobody in the denominator",
        ),
    },
)


class ExclusionReason(LabelledEnum):
    """Why a participant is not in an indicator's denominator.

    Examples:
        >>> ExclusionReason.LEFT_EARLY.label.en
        'left early for a reason other than a job'
    """

    NOT_IN_GROUP = "not_in_group"
    GROUP_UNDETERMINED = "group_undetermined"
    RETURNING = "returning"
    LABOUR_STATUS = "labour_status"
    LABOUR_STATUS_NOT_COLLECTED = "labour_status_not_collected"
    LEFT_EARLY = "left_early"
    NO_SERVICE = "no_service"
    EXCLUDING_RESULT = "excluding_result"


set_labels(
    ExclusionReason,
    {
        ExclusionReason.NOT_IN_GROUP: Label(
            pl="poza grupą, dla której liczony jest wskaźnik", en="not in the group reported"
        ),
        ExclusionReason.GROUP_UNDETERMINED: Label(
            pl="przynależności do grupy nie ustalono (brak danych)",
            en="membership of the group not established (facts missing)",
        ),
        ExclusionReason.RETURNING: Label(
            pl=(
                "ponowny udział tej samej osoby: liczona raz, z danymi z pierwszego udziału "
                "i rezultatami po ostatnim zakończeniu"
            ),
            en=(
                "the same person took part again: counted once, with the data of the first "
                "participation and the results after the final exit"
            ),
        ),
        ExclusionReason.LABOUR_STATUS: Label(
            pl="status na rynku pracy przy wejściu poza populacją wskaźnika",
            en="labour-market status on entry outside the indicator's population",
        ),
        ExclusionReason.LABOUR_STATUS_NOT_COLLECTED: Label(
            pl="nie zebrano statusu na rynku pracy przy wejściu",
            en="labour-market status on entry not collected",
        ),
        ExclusionReason.LEFT_EARLY: Label(
            pl="przerwanie udziału z powodu innego niż podjęcie pracy",
            en="left early for a reason other than a job",
        ),
        ExclusionReason.NO_SERVICE: Label(
            pl="bez usług wymaganej kategorii",
            en="received no service of the required category",
        ),
        ExclusionReason.EXCLUDING_RESULT: Label(
            pl="rezultat wyłączający z mianownika", en="a result that takes the participant out"
        ),
    },
)


class PendingReason(LabelledEnum):
    """Why a participant's result is not decided yet on the date.

    Examples:
        >>> PendingReason.WINDOW_OPEN.label.en
        'the window after leaving is still open'
    """

    NOT_STARTED = "not_started"
    PARTICIPATING = "participating"
    WINDOW_OPEN = "window_open"
    PROVISIONAL = "provisional"


set_labels(
    PendingReason,
    {
        PendingReason.NOT_STARTED: Label(
            pl="udział jeszcze się nie rozpoczął", en="not started yet"
        ),
        PendingReason.PARTICIPATING: Label(pl="udział trwa", en="still taking part"),
        PendingReason.WINDOW_OPEN: Label(
            pl="okres pomiaru po zakończeniu udziału jeszcze trwa",
            en="the window after leaving is still open",
        ),
        PendingReason.PROVISIONAL: Label(
            pl="rezultat osiągnięty, ale do końca okresu pomiaru może jeszcze wyłączyć go inny rezultat",
            en="result reached, but until the window closes another result may still take it out",
        ),
    },
)


@attrs.frozen(slots=True)
class ExclusionGroup:
    """Participants left out of the denominator for one reason.

    Attributes:
        reason: Why.
        participants: Their ids, in order of id.
        result: For ``EXCLUDING_RESULT``, which result.

    Examples:
        >>> ExclusionGroup(ExclusionReason.LEFT_EARLY, ("A-1",)).text()
        'left early for a reason other than a job: A-1'
    """

    reason: ExclusionReason
    participants: tuple[str, ...] = attrs.field(converter=as_tuple)
    result: ResultKind | None = None

    def text(self, language: Language = "en") -> str:
        """The reason and the ids, as one line.

        Examples:
            >>> ExclusionGroup(ExclusionReason.LEFT_EARLY, ("C",)).text("pl")
            'przerwanie udziału z powodu innego niż podjęcie pracy: C'
        """
        reason = self.reason.label.text(language)
        if self.result is not None:
            reason += f" ({self.result.label.text(language)})"
        return f"{reason}: {', '.join(self.participants)}"


@attrs.frozen(slots=True)
class PendingGroup:
    """Participants whose result is not decided yet, for one reason.

    Attributes:
        reason: Why.
        participants: Their ids, in order of id.
        decided_by: The last day on which any of them is decided, when known (the last window
            end; unknown while someone is still taking part).

    Examples:
        >>> PendingGroup(PendingReason.PARTICIPATING, ("B",)).decided_by is None
        True
    """

    reason: PendingReason
    participants: tuple[str, ...] = attrs.field(converter=as_tuple)
    decided_by: date | None = None


_HUNDRED = Decimal(100)
_VERSION_PL = {"early": "wcześniejsza", "later": "późniejsza"}


def format_rate(rate: Decimal | None, language: Language = "en") -> str:
    """A share as a percentage with two decimals, rounded half up (``"24.19%"``; Polish uses a
    decimal comma).

    Raises:
        InvalidValue: ``language`` is neither ``"pl"`` nor ``"en"``.

    Examples:
        >>> format_rate(Decimal(45) / Decimal(186)), format_rate(Decimal("0.45"), "pl")
        ('24.19%', '45,00%')
        >>> format_rate(None)
        'n/a'
    """
    if rate is None:
        return "b.d." if language == "pl" else "n/a"
    return f"{format_number((rate * _HUNDRED).quantize(Decimal('0.01'), ROUND_HALF_UP), language)}%"


@attrs.frozen(slots=True)
class IndicatorResult:
    """An indicator computed over a cohort as of a date, explained.

    Attributes:
        definition: The indicator.
        as_of: The date of the facts: events dated later are not yet known.
        group: The category reported (``None``: all participants).
        achieved: Participants who reached the result, finally.
        failed: Participants in the denominator who did not, finally.
        pending: Participants whose result is not decided yet, by reason.
        exclusions: Participants left out of the denominator, by reason.
        threshold: The minimum share, if one applies.
        breakdowns: The indicator by sex, disability, category and service category.
        law_certainty: The weakest certainty of the dated values read while classifying: the
            minimum wage in force when each civil-law contract after leaving of a participant
            in the denominator started, for the contracts known by the end of the window (or
            ``as_of``), whichever counting decides.

    Examples:
        >>> r = IndicatorResult(_demo_definition(), date(2020, 1, 1), None, ("A",), ("B", "C"), (), ())
        >>> r.rate, format_rate(r.rate)
        (Decimal('0.3333333333333333333333333333'), '33.33%')
    """

    definition: IndicatorDefinition
    as_of: date
    group: Category | None
    achieved: tuple[str, ...] = attrs.field(converter=as_tuple)
    failed: tuple[str, ...] = attrs.field(converter=as_tuple)
    pending: tuple[PendingGroup, ...] = attrs.field(converter=as_tuple)
    exclusions: tuple[ExclusionGroup, ...] = attrs.field(converter=as_tuple)
    threshold: Threshold | None = None
    breakdowns: tuple[Breakdown, ...] = attrs.field(default=(), converter=as_tuple)
    law_certainty: Certainty = attrs.field(default=Certainty.CONFIRMED, kw_only=True)

    @property
    def numerator(self) -> int:
        """Participants who reached the result (finally).

        Examples:
            >>> r = _demo_result()
            >>> r.numerator
            1
        """
        return len(self.achieved)

    @property
    def pending_count(self) -> int:
        """Participants not decided yet.

        Examples:
            >>> r = _demo_result()
            >>> r.pending_count
            1
        """
        return sum(len(p.participants) for p in self.pending)

    @property
    def denominator(self) -> int:
        """Participants counted: achieved, failed and pending.

        Examples:
            >>> r = _demo_result()
            >>> r.denominator
            4
        """
        return len(self.achieved) + len(self.failed) + self.pending_count

    @property
    def excluded_count(self) -> int:
        """Participants left out.

        Examples:
            >>> r = _demo_result()
            >>> r.excluded_count
            1
        """
        return sum(len(e.participants) for e in self.exclusions)

    @property
    def low(self) -> Decimal | None:
        """The share achieved so far: every pending participant counted as not reaching the
        result (``None`` with an empty denominator).

        Examples:
            >>> r = _demo_result()
            >>> r.low
            Decimal('0.25')
        """
        d = self.denominator
        return None if d == 0 else Decimal(self.numerator) / Decimal(d)

    @property
    def high(self) -> Decimal | None:
        """The best case: every pending participant counted as reaching the result.

        Examples:
            >>> r = _demo_result()
            >>> r.high
            Decimal('0.5')
        """
        d = self.denominator
        return None if d == 0 else Decimal(self.numerator + self.pending_count) / Decimal(d)

    @property
    def decided(self) -> bool:
        """Whether no participant is pending.

        Examples:
            >>> r = _demo_result()
            >>> r.decided
            False
        """
        return self.pending_count == 0

    @property
    def rate(self) -> Decimal | None:
        """The share achieved so far (final once decided).

        Examples:
            >>> r = _demo_result()
            >>> format_rate(r.rate)
            '25.00%'
        """
        return self.low

    @property
    def status(self) -> Status:
        """Met, not met, out of reach (even the best case falls short), undecided, no
        threshold, or no participants (nobody in the denominator: 0 of 0 is no share, so a
        threshold is neither met nor missed). Compared exactly: numerator ≥ threshold ×
        denominator.

        Examples:
            >>> r = _demo_result()
            >>> r.status.value
            'undecided'
        """
        if self.threshold is None:
            return Status.NO_THRESHOLD
        if self.denominator == 0:
            return Status.NO_PARTICIPANTS
        d = Decimal(self.denominator)
        need = self.threshold.value * d
        if Decimal(self.numerator) >= need:
            return Status.MET
        if Decimal(self.numerator + self.pending_count) < need:
            return Status.NOT_MET if self.decided else Status.OUT_OF_REACH
        return Status.UNDECIDED

    @property
    def needed(self) -> int | None:
        """How many more participants must reach the result for the threshold to be met, with
        the denominator as it stands (``None`` without a threshold or with nobody in the
        denominator; 0 once met).

        Examples:
            >>> r = IndicatorResult(_demo_definition(), date(2020, 1, 1), None, ("A",), ("B", "C", "D"), (), (), Threshold(Decimal("0.5")))
            >>> r.needed
            1
        """
        if self.threshold is None or self.denominator == 0:
            return None
        need = (self.threshold.value * Decimal(self.denominator)).to_integral_value(ROUND_CEILING)
        return max(0, int(need) - self.numerator)

    @property
    def certainty(self) -> Certainty:
        """The least certain of the definition, the threshold and the dated values read.

        Examples:
            >>> r = _demo_result()
            >>> r.certainty.value
            'confirmed'
        """
        parts = [self.definition.certainty, self.law_certainty]
        if self.threshold is not None:
            parts.append(self.threshold.certainty)
        return weakest(parts)

    def breakdown(self, dimension: Dimension) -> Breakdown:
        """The breakdown by ``dimension``.

        Raises:
            InvalidValue: the result was computed without breakdowns.

        Examples:
            >>> r = _demo_result()
            >>> r.breakdown(Dimension.SEX).rows
            (BreakdownRow(key='F', achieved=1, pending=1, denominator=4),)
        """
        for b in self.breakdowns:
            if b.dimension is dimension:
                return b
        raise InvalidValue(f"IndicatorResult has no breakdown by {dimension.value}")

    def explain(self, language: Language = "en") -> str:
        """The indicator as text a coordinator can read aloud: numerator, denominator, every
        exclusion with its reason, the window, the threshold with its version and citation, the
        range while undecided, the certainty. Participants are named by their pseudonymous ids.

        Examples:
            >>> r = IndicatorResult(_demo_definition(), date(2020, 1, 1), None, ("A",), ("B",), (), ())
            >>> print(r.explain())
            demo indicator, all participants, as of 2020-01-01
              numerator: 1 (demo numerator)
              denominator: 2 (demo denominator)
              rate: 1/2 = 50.00%
              window: 90 calendar days after the day of leaving
              no threshold
              left out: none
              pending: none
              definition: The Guidelines on social inclusion and combating poverty with ESF and ERDF, 2014-2020 (EU-2014-2020); certainty: confirmed
        """
        pl = language == "pl"
        d = self.definition
        who = (
            self.group.label.text(language)
            if self.group is not None
            else ("wszyscy uczestnicy" if pl else "all participants")
        )
        lines = [
            f"{d.label.text(language)}, {who}, "
            + ("stan na " if pl else "as of ")
            + format_date(self.as_of, language)
        ]
        lines.append(
            ("  licznik: " if pl else "  numerator: ")
            + f"{self.numerator} ({d.numerator.text(language)})"
        )
        lines.append(
            ("  mianownik: " if pl else "  denominator: ")
            + f"{self.denominator} ({d.denominator.text(language)})"
        )
        rate = f"{self.numerator}/{self.denominator} = {format_rate(self.low, language)}"
        if not self.decided:
            dash = "–" if pl else ".."
            rate = (
                f"{format_rate(self.low, language)} {dash} {format_rate(self.high, language)} "
                + (
                    f"(osiągnięte dotąd {self.numerator}, w toku {self.pending_count}, z {self.denominator})"
                    if pl
                    else f"(achieved so far {self.numerator}, pending {self.pending_count}, of {self.denominator})"
                )
            )
        lines.append(("  wartość: " if pl else "  rate: ") + rate)
        lines.append(("  okres pomiaru: " if pl else "  window: ") + d.window.describe(language))
        if self.threshold is None:
            lines.append("  brak progu" if pl else "  no threshold")
        else:
            t = self.threshold
            text = format_rate(t.value, language).replace(",00%", "%").replace(".00%", "%")
            if t.version:
                version = _VERSION_PL.get(t.version, t.version) if pl else t.version
                text += (" (wersja " if pl else " (version ") + version + ")"
            if t.citation is not None:
                text += f", {t.citation.text(language)}"
            text += f"; {self.status.label.text(language)}"
            if self.status in (Status.UNDECIDED, Status.OUT_OF_REACH, Status.NOT_MET):
                people = "osoby" if self.needed == 1 else "osób"  # genitive after "brakuje"
                text += (
                    f"; brakuje {self.needed} {people}" if pl else f"; {self.needed} more needed"
                )
            lines.append(("  próg: " if pl else "  threshold: ") + text)
        if not self.exclusions:
            lines.append("  wyłączeni: brak" if pl else "  left out: none")
        else:
            lines.append(("  wyłączeni: " if pl else "  left out: ") + str(self.excluded_count))
            lines.extend(f"    - {e.text(language)}" for e in self.exclusions)
        if not self.pending:
            lines.append("  w toku: brak" if pl else "  pending: none")
        else:
            lines.append(("  w toku: " if pl else "  pending: ") + str(self.pending_count))
            for p in self.pending:
                line = f"    - {p.reason.label.text(language)}: {', '.join(p.participants)}"
                if p.decided_by is not None:
                    line += (
                        (" (rozstrzygnięcie do " if pl else " (decided by ")
                        + format_date(p.decided_by, language)
                        + ")"
                    )
                lines.append(line)
        lines.append(
            ("  definicja: " if pl else "  definition: ")
            + d.citation.text(language)
            + ("; pewność: " if pl else "; certainty: ")
            + self.certainty.label.text(language)
        )
        return "\n".join(lines)

    def report(self) -> dict[str, Any]:
        """A JSON-compatible summary (figures, status, both languages' explanation).

        Examples:
            >>> r = IndicatorResult(_demo_definition(), date(2020, 1, 1), None, ("A",), ("B",), (), ())
            >>> r.report()["rate"]
            '0.5'
        """
        return {
            "indicator": self.definition.code,
            "group": None if self.group is None else self.group.value,
            "as_of": self.as_of.isoformat(),
            "numerator": self.numerator,
            "denominator": self.denominator,
            "pending": self.pending_count,
            "excluded": self.excluded_count,
            "rate": None if self.low is None else str(self.low),
            "best_case": None if self.high is None else str(self.high),
            "status": self.status.value,
            "needed": self.needed,
            "certainty": self.certainty.value,
            "explanation": {"pl": self.explain("pl"), "en": self.explain("en")},
        }


def _demo_result() -> IndicatorResult:
    """A decided-in-part result for the examples: A achieved, B and C failed, D pending, E out."""
    return IndicatorResult(
        _demo_definition(),
        date(2020, 5, 1),
        None,
        ("A",),
        ("B", "C"),
        (PendingGroup(PendingReason.WINDOW_OPEN, ("D",), date(2020, 6, 1)),),
        (ExclusionGroup(ExclusionReason.LEFT_EARLY, ("E",)),),
        Threshold(Decimal("0.5")),
        (Breakdown(Dimension.SEX, (BreakdownRow("F", 1, 1, 4),)),),
    )


def _demo_definition() -> IndicatorDefinition:
    from integra.parameters import EU_2014_2020

    return IndicatorDefinition(
        "demo",
        Label(pl="wskaźnik demonstracyjny", en="demo indicator"),
        Label(pl="licznik", en="demo numerator"),
        Label(pl="mianownik", en="demo denominator"),
        Denominator(),
        Achievement(frozenset({ResultKind.SOCIAL_PROGRESS})),
        Window(90),
        Citation(EU_2014_2020),
    )
