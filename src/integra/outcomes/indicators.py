"""Indicators as data, computed over a cohort as of a date and explained like verdicts.

An [`IndicatorDefinition`][integra.outcomes.indicators.IndicatorDefinition] says who is in the
denominator ([`Denominator`][integra.outcomes.indicators.Denominator]: how they left, the support
they must have had, their status on entry, the results that take them out), what counts in the
numerator ([`Achievement`][integra.outcomes.indicators.Achievement]: results, or employment that
meets an [`EmploymentCriterion`][integra.outcomes.indicators.EmploymentCriterion]), and the
[`Window`][integra.outcomes.indicators.Window] after leaving in which it counts. The 2014-2020
effectiveness measures ([`integra.outcomes.eu2014`][integra.outcomes.eu2014]) and the 2021-2027
result indicators ([`integra.outcomes.eu2021`][integra.outcomes.eu2021]) are such definitions, and
a regional programme's own indicator is added the same way, as a value.

[`evaluate`][integra.outcomes.indicators.evaluate] gives an
[`IndicatorResult`][integra.outcomes.indicators.IndicatorResult]: the participants achieved, failed
and pending, every participant left out with the reason, the rate as a range while windows are
still open (achieved so far .. best case), the threshold with its source, whether it is met,
out of reach or undecided, how many more must reach the result, and breakdowns that add up to
the totals.

A result is a function of the facts alone. Participants are listed in order of id, whatever the
order of the records; everything computed once and kept with the cohort is keyed by every value
it read (the date of the facts, the definition, the minimum-wage table its employment criterion
reads); only what happened by the date of the report counts; and the certainty of a result is
the weakest of the law it read, whichever counting decides.

**Returning persons.** A person who took part more than once (records sharing a ``person`` key)
counts once, as the European Commission's guidance on monitoring ESF participants counts a
participant entering an operation again (Programming period 2014-2020, Monitoring and Evaluation
of European Cohesion Policy, European Social Fund, Guidance document; its conventions stay valid
for ESF+): the data on entry — labour-market status, categories, sex — come from the first
participation, the results are those after the final exit (measured from the final participation
on), and participations that start after the date of the report are not counted. The person is
listed under the id of the final participation; the other records are left out as
``RETURNING``. Two records of one person with the same entry date are refused when the cohort is
built.

**Results that cannot be lost.** A result that, once reached, stays reached within the window
— a qualification gained, education or training started, social progress — counts as soon as it
happens, even while the window is still open. Only labour-market events the guidance reads as
"the last event" (employment against job searching, under ``Counting.LAST``) wait for the window
to close.

Examples:
    >>> from datetime import date
    >>> from integra import Sex
    >>> from integra.outcomes import eu2014
    >>> from integra.outcomes.records import *
    >>> job = Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 2, 1), None, fte=Decimal("0.5"))
    >>> cohort = Cohort([
    ...     Participant("A", Sex.FEMALE, date(2019, 6, 1), date(2020, 1, 31), ExitReason.COMPLETED,
    ...                 support=[SupportEpisode("internship", date(2019, 9, 1))], employment=[job]),
    ...     Participant("B", Sex.MALE, date(2019, 6, 1), date(2020, 1, 31), ExitReason.COMPLETED,
    ...                 support=[SupportEpisode("vocational_counselling", date(2019, 9, 1))]),
    ...     Participant("C", Sex.MALE, date(2019, 6, 1), date(2019, 8, 30), ExitReason.EARLY_OTHER),
    ...     Participant("D", Sex.MALE, date(2019, 6, 1), date(2020, 4, 15), ExitReason.COMPLETED,
    ...                 support=[SupportEpisode("job_coach", date(2019, 9, 1))]),
    ... ])
    >>> r = evaluate(eu2014.EMPLOYMENT_EFFECTIVENESS, cohort, date(2020, 5, 1), threshold=Threshold(Decimal("0.22")))
    >>> r.numerator, r.denominator, r.achieved, r.failed, [p.participants for p in r.pending]
    (1, 3, ('A',), ('B',), [('D',)])
    >>> format_rate(r.low), format_rate(r.high), r.status.value
    ('33.33%', '66.67%', 'met')
    >>> [(e.reason.value, e.participants) for e in r.exclusions]
    [('left_early', ('C',))]
"""

from __future__ import annotations

import enum
import warnings
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from itertools import compress
from operator import itemgetter
from typing import Any

import attrs

from integra._convert import as_frozenset, as_tuple
from integra.errors import InvalidValue
from integra.labels import Label, Language, format_date
from integra.law import Certainty, Citation, Timeline, weakest
from integra.outcomes.parameters import MINIMUM_WAGE
from integra.outcomes.records import (
    Category,
    Cohort,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    ResultKind,
    check_date,
)
from integra.people import Sex
from integra.periods import months_period
from integra.services import SERVICES, ServiceCategory

__all__ = [
    "Achievement",
    "Breakdown",
    "BreakdownRow",
    "Counting",
    "Denominator",
    "Dimension",
    "EmploymentCriterion",
    "ExclusionGroup",
    "ExclusionReason",
    "IndicatorDefinition",
    "IndicatorResult",
    "PendingGroup",
    "PendingReason",
    "Status",
    "Threshold",
    "Window",
    "WindowPolicy",
    "evaluate",
    "format_rate",
]

_ONE_DAY = timedelta(days=1)
_MOST_DAYS = 3660
_MOST_MONTHS = 120


def _positive_int(owner: str, most: int) -> Any:
    # A window or a contract length of more than ten years measures nothing a project reports,
    # and the bound keeps every date computed from a record inside the calendar.
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidValue(f"{owner}.{attribute.name} must be a positive integer")
        if value > most:
            raise InvalidValue(f"{owner}.{attribute.name} must be at most {most}")

    return check


class WindowPolicy(enum.Enum):
    """How the window after leaving is counted.

    * ``DAYS``: exactly ``days`` calendar days, beginning the day after the last day of
      participation (day 1) — the default, reading "3 months understood as at least 90 days"
      as the 90 days that always satisfy it;
    * ``MONTHS_AT_LEAST_DAYS``: ``months`` calendar months from the day after leaving (KC
      art. 112), but never fewer than ``days`` days.

    Examples:
        >>> WindowPolicy("days")
        <WindowPolicy.DAYS: 'days'>
    """

    DAYS = "days"
    MONTHS_AT_LEAST_DAYS = "months_at_least_days"


@attrs.frozen(slots=True)
class Window:
    """The period after leaving in which a result counts.

    Attributes:
        days: Calendar days after the day of leaving (at most 3660).
        months: Calendar months, for ``MONTHS_AT_LEAST_DAYS`` (at most 120).
        policy: How the window is counted.

    Examples:
        >>> from datetime import date
        >>> Window(90).last_day(date(2020, 1, 31))
        datetime.date(2020, 4, 30)
        >>> Window(90, 3, WindowPolicy.MONTHS_AT_LEAST_DAYS).last_day(date(2020, 5, 31))
        datetime.date(2020, 8, 31)
    """

    days: int = attrs.field(validator=_positive_int("Window", _MOST_DAYS))
    months: int | None = attrs.field(default=None, validator=_positive_int("Window", _MOST_MONTHS))
    policy: WindowPolicy = WindowPolicy.DAYS

    def __attrs_post_init__(self) -> None:
        if self.policy is WindowPolicy.MONTHS_AT_LEAST_DAYS and self.months is None:
            raise InvalidValue("Window.months is required for the months policy")

    def last_day(self, exit: date) -> date:
        """The last day of the window for a participant who left on ``exit``.

        Examples:
            >>> from datetime import date
            >>> Window(28).last_day(date(2024, 2, 1))
            datetime.date(2024, 2, 29)
        """
        by_days = exit + timedelta(days=self.days)
        if self.policy is WindowPolicy.DAYS or self.months is None:
            return by_days
        end = months_period(exit + _ONE_DAY, self.months).end
        assert end is not None
        return max(end, by_days)

    def describe(self, language: Language = "en") -> str:
        """The window in words.

        Examples:
            >>> Window(90).describe("pl")
            '90 dni kalendarzowych po dniu zakończenia udziału'
        """
        if self.policy is WindowPolicy.DAYS:
            if language == "pl":
                return f"{self.days} dni kalendarzowych po dniu zakończenia udziału"
            return f"{self.days} calendar days after the day of leaving"
        if language == "pl":
            return f"{self.months} mies. po dniu zakończenia udziału, nie mniej niż {self.days} dni"
        return f"{self.months} months after the day of leaving, at least {self.days} days"


class Counting(enum.Enum):
    """When a participant's result is decided.

    * ``FIRST``: the first qualifying event in the window decides (2014-2020 effectiveness);
    * ``LAST``: the status at the end of the window decides: the last labour-market event in it
      wins, so employment and job searching exclude each other (2021-2027 "upon leaving").

    Examples:
        >>> Counting.LAST.value
        'last'
    """

    FIRST = "first"
    LAST = "last"


def _decimal_share(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
            raise InvalidValue(f"{owner}.{attribute.name} must be a positive Decimal")

    return check


@attrs.frozen(slots=True)
class EmploymentCriterion:
    """What counts as employment: the kinds, the contract length, the fraction of full time and
    the value of a civil-law contract as a multiple of the minimum monthly wage in force on the
    day the contract starts.

    Attributes:
        kinds: The kinds of work that count.
        min_months: The contract (employment or civil-law) or the business must run at least this
            many months from its start, as concluded or recorded (KC art. 112 months; at most
            120); an open end counts as long enough.
        min_fte: The least fraction of full time of an employment contract.
        wage_multiple: The least value of a civil-law contract, in minimum monthly wages.
        wage: The minimum-wage timeline to read; part of the criterion's value, so that a
            result computed under one table is never served for another.

    Examples:
        >>> from datetime import date
        >>> from integra.outcomes.records import Employment
        >>> rule = EmploymentCriterion(frozenset(EmploymentKind), 3, Decimal("0.5"), Decimal("3"))
        >>> job = Employment(EmploymentKind.CIVIL_LAW, date(2020, 1, 1), date(2020, 3, 31), value=Decimal("7799.99"))
        >>> rule.counts(job), rule.counts(attrs.evolve(job, value=Decimal("7800")))
        (False, True)
    """

    kinds: frozenset[EmploymentKind] = attrs.field(converter=as_frozenset)
    min_months: int | None = attrs.field(
        default=None, validator=_positive_int("EmploymentCriterion", _MOST_MONTHS)
    )
    min_fte: Decimal | None = attrs.field(
        default=None, validator=_decimal_share("EmploymentCriterion")
    )
    wage_multiple: Decimal | None = attrs.field(
        default=None, validator=_decimal_share("EmploymentCriterion")
    )
    wage: Timeline[Decimal] = attrs.field(default=MINIMUM_WAGE, kw_only=True, repr=False)

    def certainty_of(self, job: Any) -> Certainty:
        """How certain the law read to decide ``job`` is: the minimum wage's certainty on the day
        a civil-law contract starts, when the criterion compares its value; else confirmed.

        Examples:
            >>> from datetime import date
            >>> from integra.outcomes.records import Employment
            >>> rule = EmploymentCriterion({EmploymentKind.CIVIL_LAW}, 3, None, Decimal("3"))
            >>> rule.certainty_of(Employment(EmploymentKind.CIVIL_LAW, date(2020, 3, 1), value=Decimal("1"))).value
            'confirmed'
            >>> rule.certainty_of(Employment(EmploymentKind.CIVIL_LAW, date(2019, 3, 1), value=Decimal("1"))).value
            'derived'
        """
        if job.kind is not EmploymentKind.CIVIL_LAW or self.wage_multiple is None:
            return Certainty.CONFIRMED
        return self.wage.certainty_at(job.start) or Certainty.CONFIRMED

    def counts(self, job: Any) -> bool:
        """Whether the employment episode ``job`` counts.

        Raises:
            NoLawInForce: a civil-law contract starts on a day the minimum wage is not modelled.

        Examples:
            >>> from datetime import date
            >>> from integra.outcomes.records import Employment
            >>> EmploymentCriterion({EmploymentKind.EMPLOYMENT_CONTRACT}, 3, Decimal("0.5")).counts(
            ...     Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 3, 1), date(2020, 5, 30), fte=Decimal("1")))
            False
        """
        kind = job.kind
        if kind not in self.kinds:
            return False
        if self.min_months is not None and job.end is not None:
            needed = months_period(job.start, self.min_months).end
            assert needed is not None
            if job.end < needed:
                return False
        if kind is EmploymentKind.EMPLOYMENT_CONTRACT:
            return self.min_fte is None or job.fte >= self.min_fte
        if kind is EmploymentKind.SELF_EMPLOYMENT or self.wage_multiple is None:
            return True
        return bool(job.value >= self.wage_multiple * self.wage.at(job.start))

    def describe(self, language: Language = "en") -> str:
        """The criterion in words.

        Examples:
            >>> print(EmploymentCriterion({EmploymentKind.EMPLOYMENT_CONTRACT}, 3, Decimal("0.5")).describe())
            employment contract for at least 3 months at at least 0.5 of full time
        """
        pl = language == "pl"
        parts: list[str] = []
        for kind in EmploymentKind:
            if kind not in self.kinds:
                continue
            text = kind.label.text(language)
            if self.min_months is not None:
                text += (
                    f" na co najmniej {self.min_months} mies."
                    if pl
                    else f" for at least {self.min_months} months"
                )
            if kind is EmploymentKind.EMPLOYMENT_CONTRACT and self.min_fte is not None:
                text += (
                    f" w wymiarze co najmniej {self.min_fte} etatu"
                    if pl
                    else f" at at least {self.min_fte} of full time"
                )
            if kind is EmploymentKind.CIVIL_LAW and self.wage_multiple is not None:
                text += (
                    f" o wartości co najmniej {self.wage_multiple}-krotności minimalnego wynagrodzenia"
                    if pl
                    else f" worth at least {self.wage_multiple} times the minimum monthly wage"
                )
            parts.append(text)
        return ("; albo " if pl else "; or ").join(parts)


@attrs.frozen(slots=True)
class Achievement:
    """What counts in the numerator: any of ``results``, or employment meeting ``employment``.

    Attributes:
        results: Result kinds that count.
        employment: What employment counts, or ``None``.
        counting: Whether the first event or the status at the end of the window decides.

    Examples:
        >>> Achievement(frozenset({ResultKind.SOCIAL_PROGRESS})).counting.value
        'first'
    """

    results: frozenset[ResultKind] = attrs.field(default=frozenset(), converter=as_frozenset)
    employment: EmploymentCriterion | None = None
    counting: Counting = Counting.FIRST

    def __attrs_post_init__(self) -> None:
        if not self.results and self.employment is None:
            raise InvalidValue("Achievement needs results or an employment criterion")


@attrs.frozen(slots=True)
class Denominator:
    """Who is in the denominator of an indicator.

    Formerly named ``Population``; the old name still imports, with a ``DeprecationWarning``.

    Attributes:
        exits: The ways of leaving that belong (leaving early for a job counts as completing
            when ``EARLY_FOR_JOB`` is listed).
        service_category: A category of services the participant must have received, if any.
        labour_status: The statuses on entry that belong (``None``: any).
        excluded_by: Results that take a participant out when dated up to the end of the window.

    Examples:
        >>> Denominator().exits == frozenset({ExitReason.COMPLETED, ExitReason.EARLY_FOR_JOB})
        True
    """

    exits: frozenset[ExitReason] = attrs.field(
        default=frozenset({ExitReason.COMPLETED, ExitReason.EARLY_FOR_JOB}), converter=as_frozenset
    )
    service_category: ServiceCategory | None = None
    labour_status: frozenset[LabourStatus] | None = attrs.field(
        default=None, converter=attrs.converters.optional(as_frozenset)
    )
    excluded_by: frozenset[ResultKind] = attrs.field(default=frozenset(), converter=as_frozenset)


@attrs.frozen(slots=True)
class IndicatorDefinition:
    """An indicator as data: its name, who is counted, what counts, when, and where it comes from.

    Attributes:
        code: A stable identifier (``"eu2014.employment_effectiveness"``, ``"EECR04"``).
        label: Its name in Polish and English.
        numerator: What the numerator counts, in words.
        denominator: Who the denominator counts, in words.
        population: Who is in the denominator.
        achievement: What counts in the numerator.
        window: The window after leaving.
        citation: The source of the definition.
        certainty: How sure the definition is.
        source: Where it was read, and what is not confirmed.

    Examples:
        >>> from integra.outcomes import eu2021
        >>> eu2021.IN_EMPLOYMENT.window.days
        28
    """

    code: str
    label: Label
    numerator: Label
    denominator: Label
    population: Denominator
    achievement: Achievement
    window: Window
    citation: Citation
    certainty: Certainty = Certainty.CONFIRMED
    source: str = ""


@attrs.frozen(slots=True)
class Threshold:
    """A minimum share an indicator must reach, with where it comes from.

    Attributes:
        value: The minimum share (0..1).
        version: The version of the rules that sets it.
        citation: The source.
        certainty: How sure the value is.

    Examples:
        >>> Threshold(Decimal("0.22")).value
        Decimal('0.22')
        >>> Threshold(Decimal("22"))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Threshold.value must be a Decimal in 0..1
    """

    value: Decimal
    version: str = ""
    citation: Citation | None = None
    certainty: Certainty = Certainty.CONFIRMED

    def __attrs_post_init__(self) -> None:
        value = self.value
        if not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= 1:
            raise InvalidValue("Threshold.value must be a Decimal in 0..1")


class Status(enum.Enum):
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

    @property
    def label(self) -> Label:
        """The status in Polish and English.

        Examples:
            >>> Status.MET.label.en
            'met'
        """
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.MET: Label(pl="osiągnięty", en="met"),
    Status.NOT_MET: Label(pl="nieosiągnięty", en="not met"),
    Status.OUT_OF_REACH: Label(pl="nieosiągalny", en="out of reach"),
    Status.UNDECIDED: Label(pl="nierozstrzygnięty", en="undecided"),
    Status.NO_THRESHOLD: Label(pl="brak progu", en="no threshold"),
    Status.NO_PARTICIPANTS: Label(
        pl="nie do oceny: brak osób w mianowniku", en="not assessable: nobody in the denominator"
    ),
}


class ExclusionReason(enum.Enum):
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

    @property
    def label(self) -> Label:
        """The reason in Polish and English.

        Examples:
            >>> ExclusionReason.RETURNING.label.pl
            'ponowny udział tej samej osoby: liczona raz, z danymi z pierwszego udziału i rezultatami po ostatnim zakończeniu'
        """
        return _EXCLUSION_LABELS[self]


_EXCLUSION_LABELS = {
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
        pl="nie skorzystał z usług wymaganej kategorii",
        en="received no service of the required category",
    ),
    ExclusionReason.EXCLUDING_RESULT: Label(
        pl="rezultat wyłączający z mianownika", en="a result that takes the participant out"
    ),
}


class PendingReason(enum.Enum):
    """Why a participant's result is not decided yet on the date.

    Examples:
        >>> PendingReason.WINDOW_OPEN.label.en
        'the window after leaving is still open'
    """

    NOT_STARTED = "not_started"
    PARTICIPATING = "participating"
    WINDOW_OPEN = "window_open"
    PROVISIONAL = "provisional"

    @property
    def label(self) -> Label:
        """The reason in Polish and English.

        Examples:
            >>> PendingReason.PARTICIPATING.label.pl
            'udział trwa'
        """
        return _PENDING_LABELS[self]


_PENDING_LABELS = {
    PendingReason.NOT_STARTED: Label(pl="udział jeszcze się nie rozpoczął", en="not started yet"),
    PendingReason.PARTICIPATING: Label(pl="udział trwa", en="still taking part"),
    PendingReason.WINDOW_OPEN: Label(
        pl="okres pomiaru po zakończeniu udziału jeszcze trwa",
        en="the window after leaving is still open",
    ),
    PendingReason.PROVISIONAL: Label(
        pl="rezultat osiągnięty, ale do końca okresu pomiaru może jeszcze wyłączyć go inny rezultat",
        en="result reached, but until the window closes another result may still take it out",
    ),
}


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


class Dimension(enum.Enum):
    """What a breakdown splits participants by. Each row is a disjoint group, so rows add up to
    the totals: a participant in several categories falls in the row of that combination.

    Examples:
        >>> Dimension.SERVICE_CATEGORY.label.pl
        'kategorie otrzymanych usług'
    """

    SEX = "sex"
    DISABILITY = "disability"
    CATEGORY = "category"
    SERVICE_CATEGORY = "service_category"

    @property
    def label(self) -> Label:
        """The dimension in Polish and English.

        Examples:
            >>> Dimension.SEX.label.pl
            'płeć'
        """
        return _DIMENSION_LABELS[self]


_DIMENSION_LABELS = {
    Dimension.SEX: Label(pl="płeć", en="sex"),
    Dimension.DISABILITY: Label(pl="niepełnosprawność", en="disability"),
    Dimension.CATEGORY: Label(pl="kategorie uczestników", en="participant categories"),
    Dimension.SERVICE_CATEGORY: Label(
        pl="kategorie otrzymanych usług", en="categories of services received"
    ),
}


@attrs.frozen(slots=True)
class BreakdownRow:
    """One disjoint group of a breakdown.

    Attributes:
        key: The group (``"F"``, ``"social+vocational"``, ``"none"`` ...).
        achieved: Achieved, finally.
        pending: Not decided yet.
        denominator: In the denominator (achieved, failed and pending).

    Examples:
        >>> BreakdownRow("F", 2, 1, 4).failed
        1
    """

    key: str
    achieved: int
    pending: int
    denominator: int

    @property
    def failed(self) -> int:
        """In the denominator, decided, and not achieved.

        Examples:
            >>> BreakdownRow("M", 0, 0, 3).failed
            3
        """
        return self.denominator - self.achieved - self.pending


@attrs.frozen(slots=True)
class Breakdown:
    """An indicator split by one dimension; the rows add up to the indicator's totals.

    Attributes:
        dimension: What it splits by.
        rows: One row per group present, in a stable order.

    Examples:
        >>> b = Breakdown(Dimension.SEX, (BreakdownRow("F", 1, 0, 2), BreakdownRow("M", 1, 1, 3)))
        >>> b.totals()
        (2, 1, 5)
    """

    dimension: Dimension
    rows: tuple[BreakdownRow, ...] = attrs.field(converter=as_tuple)

    def totals(self) -> tuple[int, int, int]:
        """The sums of achieved, pending and denominator over the rows.

        Examples:
            >>> Breakdown(Dimension.SEX, (BreakdownRow("F", 1, 0, 1),)).totals()
            (1, 0, 1)
        """
        return (
            sum(r.achieved for r in self.rows),
            sum(r.pending for r in self.rows),
            sum(r.denominator for r in self.rows),
        )


_HUNDRED = Decimal(100)
_VERSION_PL = {"early": "wcześniejsza", "later": "późniejsza"}


def format_rate(rate: Decimal | None, language: Language = "en") -> str:
    """A share as a percentage with two decimals, rounded half up (``"24.19%"``; Polish uses a
    decimal comma).

    Examples:
        >>> format_rate(Decimal(45) / Decimal(186)), format_rate(Decimal("0.45"), "pl")
        ('24.19%', '45,00%')
        >>> format_rate(None)
        'n/a'
    """
    if rate is None:
        return "b.d." if language == "pl" else "n/a"
    text = f"{(rate * _HUNDRED).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"
    return text.replace(".", ",") if language == "pl" else text


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
            rate = f"{format_rate(self.low, language)} .. {format_rate(self.high, language)} " + (
                f"(osiągnięte dotąd {self.numerator}, w toku {self.pending_count}, z {self.denominator})"
                if pl
                else f"(achieved so far {self.numerator}, pending {self.pending_count}, of {self.denominator})"
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
                text += f"; brakuje {self.needed} osób" if pl else f"; {self.needed} more needed"
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


# --- evaluation -----------------------------------------------------------------------------------
# The records of a cohort are laid out once per date of the facts in a view: one row per person
# counted (the first participation's entry data, the final participation's exit, everything known
# on the date) and one per record left out as a returning person's other participation, in order
# of id. Every participant is classified once per definition and date into a small integer code,
# so that classifying 100 000 participants is a tight loop and grouping, listing and breaking
# down the codes is done by C-level built-ins. Everything a view or a code reads is in its key:
# the date, the definition (with the law its employment criterion reads), the window.

_ACHIEVED, _FAILED = 0, 1
_PENDING = {
    PendingReason.NOT_STARTED: 2,
    PendingReason.PARTICIPATING: 3,
    PendingReason.WINDOW_OPEN: 4,
    PendingReason.PROVISIONAL: 5,
}
_NOT_STARTED, _PARTICIPATING, _WINDOW_OPEN, _PROVISIONAL = 2, 3, 4, 5
_EXCLUDED = 10  # codes from 10 up: exclusions (a ResultKind exclusion adds its index)
_EXCLUSION_CODES = {reason: _EXCLUDED + i * 20 for i, reason in enumerate(ExclusionReason)}
assert max(_EXCLUSION_CODES.values()) + len(ResultKind) < 256  # codes are stored as bytes
_RESULT_INDEX = {kind: i for i, kind in enumerate(ResultKind)}
_CATEGORY_BITS = {category: 1 << i for i, category in enumerate(Category)}
_SERVICE_INDEX = {category: i for i, category in enumerate(ServiceCategory)}
_REASON_BITS = {reason: 1 << i for i, reason in enumerate(ExitReason)}
_LABOUR_BITS = {status: 1 << i for i, status in enumerate(LabourStatus)}
_SERVICE_COLUMN = {s.code: _SERVICE_INDEX[s.category] for s in SERVICES}
_JOB_SEARCH = ResultKind.JOB_SEARCH

# Labour-market events for LAST counting: the last one up to the end of the window decides.
_NO_EVENT, _JOB, _JOB_ENDED, _SEARCHING = 0, 1, 2, 3


def _job_order(job: Any) -> tuple[Any, ...]:
    """A total order of employment episodes by their facts, so that nothing depends on the order
    the records list them in."""
    return (
        job.start,
        job.end is None,
        job.end or job.start,
        job.kind.value,
        job.fte or 0,
        job.value or 0,
    )


class _View:
    """The facts of a cohort known on one date, one list per fact, one row per record in order
    of id. A returning person's row is the one of their final participation started by the date;
    their other records are rows marked ``returning``."""

    __slots__ = (
        "categories",
        "entry",
        "exit",
        "ids",
        "jobs",
        "labour",
        "memo",
        "reason",
        "results",
        "returning",
        "searches",
        "services",
        "sex",
        "undetermined",
    )

    def __init__(self, cohort: Cohort, as_of: date) -> None:
        by_person: dict[str, list[Participant]] = {}
        for p in cohort.participants:
            by_person.setdefault(p.key, []).append(p)
        # (id, first participation, final participation, the person's records, returning)
        rows: list[tuple[str, Participant, Participant, list[Participant], bool]] = []
        for records in by_person.values():
            if len(records) == 1:
                only = records[0]
                rows.append((only.id, only, only, records, False))
                continue
            records.sort(key=_entry_of)
            started = [r for r in records if r.entry <= as_of] or records[:1]
            first, final = started[0], started[-1]
            for record in records:
                rows.append((record.id, first, final, records, record is not final))
        rows.sort(key=itemgetter(0))
        n = len(rows)
        bits = _CATEGORY_BITS
        result_index = _RESULT_INDEX
        service_column = _SERVICE_COLUMN
        self.memo: dict[Any, Any] = {}
        self.ids = [row[0] for row in rows]
        self.returning = [row[4] for row in rows]
        self.entry = [row[2].entry for row in rows]
        self.exit = [row[2].exit for row in rows]
        self.reason = [
            0 if row[2].exit_reason is None else _REASON_BITS[row[2].exit_reason] for row in rows
        ]
        self.labour = [
            0 if row[1].labour_status is None else _LABOUR_BITS[row[1].labour_status]
            for row in rows
        ]
        self.sex = [row[1].sex for row in rows]
        categories: list[int] = []
        undetermined: list[int] = []
        # Earliest date per service category and per result kind, by row; the jobs known.
        services: list[list[date | None]] = [[None] * n for _ in ServiceCategory]
        results: list[list[date | None]] = [[None] * n for _ in ResultKind]
        jobs: list[tuple[Any, ...]] = []
        searches: list[tuple[date, ...]] = []
        for i, (_, first, final, records, returning) in enumerate(rows):
            mask = 0
            for c in first.categories:
                mask |= bits[c]
            categories.append(mask)
            mask = 0
            for c in first.undetermined:
                mask |= bits[c]
            undetermined.append(mask)
            if returning:
                jobs.append(())
                searches.append(())
                continue
            # Results count from the final participation on; support from any participation;
            # nothing dated after the date of the facts.
            since = final.entry
            known: list[Any] = []
            searched: list[date] = []
            for record in records:
                if record.entry > as_of:
                    continue
                for e in record.support:
                    if e.start > as_of:
                        continue
                    column = services[service_column[e.service]]
                    day = column[i]
                    if day is None or e.start < day:
                        column[i] = e.start
                for r in record.results:
                    if r.on > as_of or r.on < since:
                        continue
                    if r.kind is _JOB_SEARCH:
                        searched.append(r.on)
                    column = results[result_index[r.kind]]
                    day = column[i]
                    if day is None or r.on < day:
                        column[i] = r.on
                if record.employment:
                    known += [job for job in record.employment if job.start <= as_of]
            if len(known) > 1:
                known.sort(key=_job_order)
            jobs.append(tuple(known))
            searches.append(tuple(searched))
        self.categories = categories
        self.undetermined = undetermined
        self.services = services
        self.results = results
        self.jobs = jobs
        self.searches = searches


def _entry_of(p: Participant) -> date:
    return p.entry


def _view(cohort: Cohort, as_of: date) -> _View:
    memo = cohort._memo
    key = ("view", as_of)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _View(cohort, as_of)
    return found


def _ends(view: _View, window: Window) -> list[date | None]:
    memo = view.memo
    key = ("ends", window)
    found = memo.get(key)
    if found is None:
        if window.policy is WindowPolicy.DAYS:
            delta = timedelta(days=window.days)
            found = [None if e is None else e + delta for e in view.exit]
        else:
            last_day = window.last_day
            found = [None if e is None else last_day(e) for e in view.exit]
        memo[key] = found
    return found


def _after_leaving(view: _View) -> list[tuple[Any, ...]]:
    """Each row's jobs still running on the day of leaving or later (a job that ended during
    the project is not employment after it)."""
    memo = view.memo
    found = memo.get("after_leaving")
    if found is None:
        found = []
        for left, jobs in zip(view.exit, view.jobs, strict=True):
            if left is None or not jobs:
                found.append(jobs)
            else:
                found.append(tuple(j for j in jobs if j.end is None or j.end >= left))
        memo["after_leaving"] = found
    return found


def _first_job(view: _View, criterion: EmploymentCriterion) -> list[date | None]:
    """The start of each row's earliest job after leaving that ``criterion`` counts."""
    memo = view.memo
    key = ("jobs", criterion)
    found = memo.get(key)
    if found is None:
        counts = criterion.counts
        found = []
        for jobs in _after_leaving(view):
            first: date | None = None
            for job in jobs:  # in order of start
                if counts(job):
                    first = job.start
                    break
            found.append(first)
        memo[key] = found
    return found


def _last_events(view: _View, window: Window, as_of: date) -> list[tuple[int, Any]]:
    """Each row's last labour-market event up to the end of the window (or ``as_of``): a job
    starting (with the jobs running on that day), work ending (the day after the last running
    job ends: a job ending while another runs changes nothing), or job searching. On one day,
    work ending comes after a job starting and job searching after both."""
    memo = view.memo
    key = ("events", window)
    found = memo.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    out: list[tuple[int, Any]] = []
    none = (_NO_EVENT, None)
    for i, end in enumerate(_ends(view, window)):
        if end is None:
            out.append(none)
            continue
        limit = end if end < as_of else as_of
        jobs = [job for job in view.jobs[i] if job.start <= limit]

        def running(day: date, jobs: list[Any] = jobs) -> tuple[Any, ...]:
            return tuple(j for j in jobs if j.start <= day and (j.end is None or j.end >= day))

        last_day: date | None = None
        event: tuple[int, Any] = none
        for job in jobs:
            if last_day is None or job.start >= last_day:
                last_day, event = job.start, (_JOB, None)
            if job.end is not None and job.end < limit:
                after = job.end + _ONE_DAY
                if after >= last_day and not running(after):
                    last_day, event = after, (_JOB_ENDED, None)
        for day in view.searches[i]:
            if day <= limit and (last_day is None or day >= last_day):
                last_day, event = day, (_SEARCHING, None)
        if event[0] == _JOB:
            event = (_JOB, running(limit))
        out.append(event)
    memo[key] = out
    return out


def _earliest(columns: Sequence[list[date | None]]) -> list[date | None]:
    if len(columns) == 1:
        return columns[0]
    out: list[date | None] = []
    for values in zip(*columns, strict=True):
        present = [v for v in values if v is not None]
        out.append(min(present) if present else None)
    return out


def _codes(
    definition: IndicatorDefinition, view: _View, as_of: date
) -> tuple[list[int], Certainty]:
    key = ("codes", definition)
    memo = view.memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _classify_all(definition, view, as_of)
    return found


def _classify_all(
    definition: IndicatorDefinition, view: _View, as_of: date
) -> tuple[list[int], Certainty]:
    """Each row's code, and the weakest certainty of the law read for the rows in the
    denominator: the minimum wage on the day each civil-law contract after leaving, known by the
    end of the row's window (or ``as_of``), starts — whichever counting decides, and whether or
    not another result already decided the row."""
    n = len(view.ids)
    population = definition.population
    achievement = definition.achievement
    window = definition.window
    ends = _ends(view, window)
    exits_mask = 0
    for reason in population.exits:
        exits_mask |= _REASON_BITS[reason]
    labour_mask = -1
    if population.labour_status is not None:
        labour_mask = 0
        for allowed in population.labour_status:
            labour_mask |= _LABOUR_BITS[allowed]
    # Exclusion by result: the earliest excluding result per participant, and its kind.
    excluding = sorted(population.excluded_by, key=_RESULT_INDEX.__getitem__)
    excluding_columns = [(view.results[_RESULT_INDEX[k]], _RESULT_INDEX[k]) for k in excluding]
    required = population.service_category
    service_column = None if required is None else view.services[_SERVICE_INDEX[required]]
    last = achievement.counting is Counting.LAST
    # Results other than labour-market events are reached on the first day and cannot be lost;
    # under LAST counting only job searching (against employment) waits for the last event.
    other_kinds = [k for k in achievement.results if not (last and k is _JOB_SEARCH)]
    kinds_first = (
        _earliest([view.results[_RESULT_INDEX[k]] for k in other_kinds]) if other_kinds else None
    )
    criterion = achievement.employment
    jobs_first = None if criterion is None or last else _first_job(view, criterion)
    reads_wage = (
        criterion is not None
        and criterion.wage_multiple is not None
        and EmploymentKind.CIVIL_LAW in criterion.kinds
    )
    after_leaving = _after_leaving(view) if reads_wage else None
    read: set[date] = set()
    events = _last_events(view, window, as_of) if last else None
    search_counts = _JOB_SEARCH in achievement.results
    has_exclusions = bool(excluding)

    returning = _EXCLUSION_CODES[ExclusionReason.RETURNING]
    not_collected = _EXCLUSION_CODES[ExclusionReason.LABOUR_STATUS_NOT_COLLECTED]
    wrong_status = _EXCLUSION_CODES[ExclusionReason.LABOUR_STATUS]
    excluded_base = _EXCLUSION_CODES[ExclusionReason.EXCLUDING_RESULT]
    left_early = _EXCLUSION_CODES[ExclusionReason.LEFT_EARLY]
    no_service = _EXCLUSION_CODES[ExclusionReason.NO_SERVICE]

    superseded, labour, entry, exit_, reason_bits = (
        view.returning,
        view.labour,
        view.entry,
        view.exit,
        view.reason,
    )
    codes = [0] * n
    for i in range(n):
        if superseded[i]:
            codes[i] = returning
            continue
        if labour_mask != -1:
            status = labour[i]
            if not status:
                codes[i] = not_collected
                continue
            if not status & labour_mask:
                codes[i] = wrong_status
                continue
        exit = exit_[i]
        end = ends[i] if exit is not None and exit <= as_of else None
        limit = as_of if end is None or end > as_of else end
        if has_exclusions:
            code = 0
            best: date | None = None
            for column, index in excluding_columns:
                day = column[i]
                if day is not None and day <= limit and (best is None or day < best):
                    best, code = day, excluded_base + index
            if code:
                codes[i] = code
                continue
        if entry[i] > as_of:
            codes[i] = _NOT_STARTED
            continue
        if end is None:
            codes[i] = _PARTICIPATING
            continue
        if not reason_bits[i] & exits_mask:
            codes[i] = left_early
            continue
        if service_column is not None:
            day = service_column[i]
            if day is None or day > limit:
                codes[i] = no_service
                continue
        if after_leaving is not None:
            for job in after_leaving[i]:
                if job.start > limit:
                    break
                if job.kind is EmploymentKind.CIVIL_LAW:
                    read.add(job.start)
        open_window = as_of < end
        reached = False
        if kinds_first is not None:
            day = kinds_first[i]
            reached = day is not None and day <= limit
        if not reached and jobs_first is not None:
            day = jobs_first[i]
            reached = day is not None and day <= limit
        if reached:
            codes[i] = _PROVISIONAL if open_window and has_exclusions else _ACHIEVED
            continue
        if open_window:
            codes[i] = _WINDOW_OPEN
            continue
        if events is not None:
            kind, jobs = events[i]
            if kind == _JOB:
                reached = criterion is not None and any(criterion.counts(j) for j in jobs)
            elif kind == _SEARCHING:
                reached = search_counts
        codes[i] = _ACHIEVED if reached else _FAILED
    certainty = Certainty.CONFIRMED
    if read:
        assert criterion is not None
        certainty = weakest(criterion.wage.certainty_at(day) or Certainty.CONFIRMED for day in read)
    return codes, certainty


_SEX_KEYS = {Sex.FEMALE: 0, Sex.MALE: 1}
_SEX_NAMES = [s.value for s in Sex]
_DISABILITY_NAMES = ["none", "other", "severe", "undetermined"]


def _mask_names(members: Sequence[enum.Enum]) -> list[str]:
    out: list[str] = []
    for mask in range(1 << len(members)):
        names = [str(m.value) for i, m in enumerate(members) if mask & (1 << i)]
        out.append("+".join(names) if names else "none")
    return out


_CATEGORY_NAMES = _mask_names(list(Category))
_SERVICE_NAMES = _mask_names(list(ServiceCategory))
_CAT_WIDTH = len(Category)
_SVC_WIDTH = len(ServiceCategory)


def _joint_keys(view: _View) -> list[int]:
    """One integer per row packing the four breakdown keys."""
    memo = view.memo
    found = memo.get("joint")
    if found is not None:
        return found  # type: ignore[no-any-return]
    severe = _CATEGORY_BITS[Category.SEVERE_DISABILITY]
    disabled = _CATEGORY_BITS[Category.DISABILITY]
    out: list[int] = []
    for i, sex in enumerate(view.sex):
        cats = view.categories[i]
        if cats & severe:
            dis = 2
        elif cats & disabled:
            dis = 1
        elif view.undetermined[i] & disabled:
            dis = 3
        else:
            dis = 0
        svc = 0
        for index, column in enumerate(view.services):
            if column[i] is not None:
                svc |= 1 << index
        out.append(((((svc << _CAT_WIDTH) | cats) << 2 | dis) << 1) | _SEX_KEYS[sex])
    memo["joint"] = out
    return out


def _split(joint: int) -> tuple[str, str, str, str]:
    sex = joint & 1
    dis = (joint >> 1) & 3
    cats = (joint >> 3) & ((1 << _CAT_WIDTH) - 1)
    svc = joint >> (3 + _CAT_WIDTH)
    return _SEX_NAMES[sex], _DISABILITY_NAMES[dis], _CATEGORY_NAMES[cats], _SERVICE_NAMES[svc]


def _breakdowns(
    definition: IndicatorDefinition, view: _View, codes: list[int], group: Category | None
) -> tuple[Breakdown, ...]:
    # One count per definition and date of (breakdown keys, code); a group's breakdown reads the
    # rows of its members from it (the category mask is part of the keys).
    memo = view.memo
    memo_key = ("counted", definition)
    counted = memo.get(memo_key)
    if counted is None:
        counted = memo[memo_key] = Counter(zip(_joint_keys(view), codes, strict=True))
    bit = 0 if group is None else _CATEGORY_BITS[group]
    tables: list[dict[str, list[int]]] = [{} for _ in Dimension]
    for (key, code), n in counted.items():
        if code >= _EXCLUDED or (bit and not (key >> 3) & bit):
            continue
        for table, name in zip(tables, _split(key), strict=True):
            row = table.get(name)
            if row is None:
                row = table[name] = [0, 0, 0]
            row[2] += n
            if code == _ACHIEVED:
                row[0] += n
            elif code != _FAILED:
                row[1] += n
    return tuple(
        Breakdown(dimension, tuple(BreakdownRow(k, *table[k]) for k in sorted(table)))
        for dimension, table in zip(Dimension, tables, strict=True)
    )


def evaluate(
    definition: IndicatorDefinition,
    cohort: Cohort,
    as_of: date,
    group: Category | None = None,
    threshold: Threshold | None = None,
    *,
    breakdowns: bool = True,
) -> IndicatorResult:
    """Compute ``definition`` over ``cohort`` with the facts known on ``as_of``, for ``group``
    (``None``: every participant) against ``threshold``.

    A participant is classified once per definition and date: left out (with the reason),
    pending (not started, still taking part, window open, or provisionally achieved), achieved
    or failed. Only what happened by ``as_of`` counts: support, employment, results and exits
    dated later are not known yet, and a record entered later counts as not started. A
    participant in several categories counts in each category's result. When several results
    would take a participant out, the earliest is named. Participants are listed in order of
    id, so the result depends on the records and never on their order.

    A returning person (several records with one ``person`` key) counts once, as the
    Commission's ESF monitoring guidance counts a participant who enters an operation more than
    once: with the data on entry (labour-market status, categories, sex) of their first
    participation and the results measured after their final exit, under the id of that final
    participation. Participations that start after ``as_of`` are not counted: until the next one
    starts, the person's final exit is the one before it. The other records are listed as left
    out (``RETURNING``).

    Raises:
        InvalidValue: ``as_of`` is not a ``datetime.date`` or is after
            [`LATEST_DATE`][integra.outcomes.records.LATEST_DATE].

    Examples:
        >>> from datetime import date
        >>> from integra import Sex
        >>> from integra.outcomes.records import Participant, Result
        >>> from integra.outcomes import eu2014
        >>> p = Participant("A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.COMPLETED,
        ...                 results=[Result(ResultKind.SOCIAL_PROGRESS, date(2020, 3, 31))])
        >>> evaluate(eu2014.SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 4, 1)).status.value
        'no_threshold'
    """
    check_date(as_of, "evaluate.as_of")
    view = _view(cohort, as_of)
    codes, law_certainty = _codes(definition, view, as_of)
    all_codes = codes
    if group is not None:
        bit = _CATEGORY_BITS[group]
        not_in = _EXCLUSION_CODES[ExclusionReason.NOT_IN_GROUP]
        undetermined = _EXCLUSION_CODES[ExclusionReason.GROUP_UNDETERMINED]
        codes = [
            code if cats & bit else (undetermined if und & bit else not_in)
            for code, cats, und in zip(codes, view.categories, view.undetermined, strict=True)
        ]
    ids = view.ids
    present = set(codes)
    # Codes fit in a byte: selecting the ids of one code is a translate and a compress, both in C.
    raw = bytes(codes)

    def members(code: int) -> tuple[str, ...]:
        table = bytearray(256)
        table[code] = 1
        return tuple(compress(ids, raw.translate(table)))

    pending: list[PendingGroup] = []
    ends = _ends(view, definition.window)
    for pending_reason, code in _PENDING.items():
        if code not in present:
            continue
        decided_by = None
        if code in (_WINDOW_OPEN, _PROVISIONAL):
            table = bytearray(256)
            table[code] = 1
            decided_by = max(
                (e for e in compress(ends, raw.translate(table)) if e is not None), default=None
            )
        pending.append(PendingGroup(pending_reason, members(code), decided_by))
    exclusions: list[ExclusionGroup] = []
    for reason, base in _EXCLUSION_CODES.items():
        if reason is ExclusionReason.EXCLUDING_RESULT:
            for kind, offset in _RESULT_INDEX.items():
                if base + offset in present:
                    exclusions.append(ExclusionGroup(reason, members(base + offset), kind))
        elif base in present:
            exclusions.append(ExclusionGroup(reason, members(base)))
    return IndicatorResult(
        definition,
        as_of,
        group,
        members(_ACHIEVED) if _ACHIEVED in present else (),
        members(_FAILED) if _FAILED in present else (),
        tuple(pending),
        tuple(exclusions),
        threshold,
        _breakdowns(definition, view, all_codes, group) if breakdowns else (),
        law_certainty=law_certainty,
    )


def __getattr__(name: str) -> Any:
    """The old name of [`Denominator`][integra.outcomes.indicators.Denominator], with a
    ``DeprecationWarning``: ``Population`` is also the columnar population of
    [`integra.bulk`][integra.bulk], and star imports of both must not shadow one another.

    Examples:
        >>> import warnings
        >>> from integra.outcomes import indicators
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     indicators.Population is Denominator, caught[0].category.__name__
        (True, 'DeprecationWarning')
    """
    if name == "Population":
        warnings.warn(
            "integra.outcomes.indicators.Population is renamed Denominator",
            DeprecationWarning,
            stacklevel=2,
        )
        return Denominator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
