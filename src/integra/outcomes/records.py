"""Participant-level records of an EU project: who took part, what support they had, and what
came of it.

A [`Participant`][integra.outcomes.records.Participant] is identified by a pseudonymous id chosen
by the project (never a PESEL): the records carry what indicators need and nothing more. It holds
the participant's sex, the categories that count for indicators, the entry and exit dates and how
they left, the support received (services of the catalogue in
[`integra.services`][integra.services], with dates and hours), and the results after leaving:
employment episodes and other results (school education started, start-up funds received, social
progress, a qualification gained ...).

A [`Cohort`][integra.outcomes.records.Cohort] is the project's participants; ids must be unique.
A person who took part twice has two records with the same ``person`` key (and different entry
dates) and is counted once: see
[`integra.outcomes.indicators`][integra.outcomes.indicators] for the policy.

Validation happens at construction and errors name the field, never the value.

Examples:
    >>> from datetime import date
    >>> from integra import Sex
    >>> p = Participant(
    ...     "AS-001", Sex.FEMALE, date(2019, 6, 3), date(2019, 12, 20), ExitReason.COMPLETED,
    ...     categories={Category.AT_RISK},
    ...     support=[SupportEpisode("internship", date(2019, 9, 2), date(2019, 11, 29))],
    ...     employment=[Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 1, 7), date(2020, 12, 31), fte=Decimal("1"))],
    ... )
    >>> p
    Participant(id='AS-001', entry=datetime.date(2019, 6, 3), exit=datetime.date(2019, 12, 20))
    >>> sorted(c.value for c in p.service_categories)
    ['vocational']
    >>> Participant("AS-002", Sex.MALE, date(2019, 6, 3), date(2019, 6, 1), ExitReason.COMPLETED)
    Traceback (most recent call last):
    ...
    integra.errors.InvalidRange: Participant.exit is before Participant.entry
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from integra._convert import as_frozenset, as_tuple
from integra.errors import InvalidRange, InvalidValue
from integra.labels import Label, LabelledEnum, set_labels
from integra.people import Sex
from integra.services import SERVICES, Service, ServiceCategory, service

_CATALOGUE_CODES = frozenset(s.code for s in SERVICES)

__all__ = [
    "LATEST_DATE",
    "Category",
    "Cohort",
    "Employment",
    "EmploymentKind",
    "ExitReason",
    "LabourStatus",
    "Participant",
    "ProgressForm",
    "Result",
    "ResultKind",
    "SupportEpisode",
]


LATEST_DATE = date(2199, 12, 31)
"""The last day a record, or the date of a report, may fall on.

A bound of the calendar, not of the law: every window and contract length the indicators count
(at most ten years) still ends inside ``datetime.date``'s range when added to it, and no project
is reported on so far ahead. A later date, ``date.max`` among them, is refused with the field's
name, before any arithmetic could overflow.

Examples:
    >>> from datetime import date
    >>> from integra import Sex
    >>> Participant("A", Sex.MALE, date(9999, 12, 31))
    Traceback (most recent call last):
    ...
    integra.errors.InvalidValue: Participant.entry must not be after 2199-12-31
"""


def check_date(value: Any, field: str, optional: bool = False) -> None:
    """Refuse ``value`` for ``field`` unless it is a ``datetime.date`` (not a ``datetime``) no
    later than [`LATEST_DATE`][integra.outcomes.records.LATEST_DATE] (or ``None`` when
    ``optional``). The message names the field, never the value.

    Examples:
        >>> from datetime import date
        >>> check_date(date(2020, 1, 1), "evaluate.as_of")
        >>> check_date("2020-01-01", "evaluate.as_of")
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: evaluate.as_of must be a datetime.date
    """
    if optional and value is None:
        return
    if type(value) is not date:
        raise InvalidValue(f"{field} must be a datetime.date" + (" or None" if optional else ""))
    if value > LATEST_DATE:
        raise InvalidValue(f"{field} must not be after {LATEST_DATE.isoformat()}")


class Category(LabelledEnum):
    """The categories of participants indicators are reported for. A participant may be in
    several and counts in each.

    Examples:
        >>> Category.LONG_TERM_UNEMPLOYED.label.pl
        'osoba długotrwale bezrobotna'
    """

    AT_RISK = "at_risk"
    DISABILITY = "disability"
    SEVERE_DISABILITY = "severe_disability"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"


set_labels(
    Category,
    {
        Category.AT_RISK: Label(
            pl="osoba zagrożona ubóstwem lub wykluczeniem społecznym",
            en="at risk of poverty or social exclusion",
        ),
        Category.DISABILITY: Label(pl="osoba z niepełnosprawnością", en="person with a disability"),
        Category.SEVERE_DISABILITY: Label(
            pl=(
                "osoba o znacznym stopniu niepełnosprawności, z niepełnosprawnością intelektualną "
                "lub z niepełnosprawnościami sprzężonymi"
            ),
            en="significant degree of disability, intellectual or multiple disabilities",
        ),
        Category.LONG_TERM_UNEMPLOYED: Label(
            pl="osoba długotrwale bezrobotna", en="long-term unemployed"
        ),
    },
)


class LabourStatus(LabelledEnum):
    """Labour-market status on entry (for the 2021-2027 indicators, e.g. job searching is
    counted among those inactive on entry).

    Examples:
        >>> LabourStatus.INACTIVE.label.pl
        'osoba bierna zawodowo'
    """

    EMPLOYED = "employed"
    UNEMPLOYED = "unemployed"
    INACTIVE = "inactive"


set_labels(
    LabourStatus,
    {
        LabourStatus.EMPLOYED: Label(pl="osoba pracująca", en="employed"),
        LabourStatus.UNEMPLOYED: Label(pl="osoba bezrobotna", en="unemployed"),
        LabourStatus.INACTIVE: Label(pl="osoba bierna zawodowo", en="inactive"),
    },
)


class ExitReason(LabelledEnum):
    """How a participant left the project. Leaving early for a job counts as completing for
    employment effectiveness.

    Examples:
        >>> ExitReason.EARLY_FOR_JOB.completes
        True
    """

    COMPLETED = "completed"
    EARLY_FOR_JOB = "early_for_job"
    EARLY_OTHER = "early_other"

    @property
    def completes(self) -> bool:
        """Whether this way of leaving counts as completing the project.

        Examples:
            >>> ExitReason.EARLY_OTHER.completes
            False
        """
        return self is not ExitReason.EARLY_OTHER


set_labels(
    ExitReason,
    {
        ExitReason.COMPLETED: Label(pl="zakończenie udziału zgodnie ze ścieżką", en="completed"),
        ExitReason.EARLY_FOR_JOB: Label(
            pl="przerwanie udziału z powodu podjęcia pracy", en="left early for a job"
        ),
        ExitReason.EARLY_OTHER: Label(
            pl="przerwanie udziału z innego powodu", en="left early for another reason"
        ),
    },
)


class EmploymentKind(LabelledEnum):
    """The kinds of work the 2014-2020 definition counts as employment.

    Examples:
        >>> EmploymentKind.CIVIL_LAW.label.pl
        'umowa cywilnoprawna'
    """

    EMPLOYMENT_CONTRACT = "employment_contract"
    CIVIL_LAW = "civil_law"
    SELF_EMPLOYMENT = "self_employment"


set_labels(
    EmploymentKind,
    {
        EmploymentKind.EMPLOYMENT_CONTRACT: Label(pl="umowa o pracę", en="employment contract"),
        EmploymentKind.CIVIL_LAW: Label(pl="umowa cywilnoprawna", en="civil-law contract"),
        EmploymentKind.SELF_EMPLOYMENT: Label(
            pl="działalność gospodarcza na własny rachunek", en="own business (self-employment)"
        ),
    },
)


class ResultKind(LabelledEnum):
    """Results after (or during) participation other than employment.

    ``SCHOOL_EDUCATION`` and ``START_UP_FUNDS`` take a participant out of the employment
    effectiveness denominator; ``SOCIAL_PROGRESS`` is what social effectiveness counts;
    ``EDUCATION_OR_TRAINING``, ``QUALIFICATION`` and ``JOB_SEARCH`` are what the 2021-2027
    common result indicators count; ``SOCIAL_SITUATION_IMPROVED`` is the programme-specific
    social-inclusion result of regional programmes.

    Examples:
        >>> ResultKind.START_UP_FUNDS.label.en
        'received funds to start a business'
    """

    SOCIAL_PROGRESS = "social_progress"
    QUALIFICATION = "qualification"
    SCHOOL_EDUCATION = "school_education"
    START_UP_FUNDS = "start_up_funds"
    EDUCATION_OR_TRAINING = "education_or_training"
    JOB_SEARCH = "job_search"
    SOCIAL_SITUATION_IMPROVED = "social_situation_improved"


set_labels(
    ResultKind,
    {
        ResultKind.SOCIAL_PROGRESS: Label(
            pl="postęp w procesie aktywizacji społeczno-zawodowej",
            en="progress in social and vocational activation",
        ),
        ResultKind.QUALIFICATION: Label(pl="uzyskanie kwalifikacji", en="gained a qualification"),
        ResultKind.SCHOOL_EDUCATION: Label(
            pl="podjęcie nauki w formach szkolnych", en="started school education"
        ),
        ResultKind.START_UP_FUNDS: Label(
            pl="otrzymanie środków na podjęcie działalności gospodarczej",
            en="received funds to start a business",
        ),
        ResultKind.EDUCATION_OR_TRAINING: Label(
            pl="podjęcie kształcenia lub szkolenia", en="in education or training"
        ),
        ResultKind.JOB_SEARCH: Label(pl="poszukiwanie pracy", en="engaged in job searching"),
        ResultKind.SOCIAL_SITUATION_IMPROVED: Label(
            pl="poprawa sytuacji społecznej", en="social situation improved"
        ),
    },
)


class ProgressForm(LabelledEnum):
    """The forms of progress in social and vocational activation the managing authorities list
    (points a-h, an open list: "m.in."), plus ``OTHER``.

    Some forms are health facts; records keep them out of every repr.

    Examples:
        >>> ProgressForm.VOLUNTEERING.label.pl
        'podjęcie wolontariatu'
    """

    EDUCATION = "a"
    MOTIVATION = "b"
    SELF_CONFIDENCE = "c"
    PROBLEM_SOLVING = "d"
    VOLUNTEERING = "e"
    HEALTH = "f"
    ADDICTION = "g"
    FUNCTIONING = "h"
    OTHER = "other"


set_labels(
    ProgressForm,
    {
        ProgressForm.EDUCATION: Label(pl="rozpoczęcie nauki", en="started learning"),
        ProgressForm.MOTIVATION: Label(
            pl="wzmocnienie motywacji do pracy po projekcie", en="stronger motivation to work"
        ),
        ProgressForm.SELF_CONFIDENCE: Label(
            pl="zwiększenie pewności siebie i własnych umiejętności", en="more self-confidence"
        ),
        ProgressForm.PROBLEM_SOLVING: Label(
            pl="poprawa umiejętności rozwiązywania problemów", en="better problem solving"
        ),
        ProgressForm.VOLUNTEERING: Label(pl="podjęcie wolontariatu", en="took up volunteering"),
        ProgressForm.HEALTH: Label(pl="poprawa stanu zdrowia", en="improved health"),
        ProgressForm.ADDICTION: Label(pl="ograniczenie nałogów", en="limited addictions"),
        ProgressForm.FUNCTIONING: Label(
            pl="widoczna poprawa w funkcjonowaniu (osoby z niepełnosprawnościami)",
            en="visible improvement in functioning (persons with disabilities)",
        ),
        ProgressForm.OTHER: Label(pl="inna forma postępu", en="another form of progress"),
    },
)


def _is_date(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        check_date(value, f"{owner}.{attribute.name}")

    return check


def _optional_date(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        check_date(value, f"{owner}.{attribute.name}", optional=True)

    return check


def _is(kind: type, owner: str, optional: bool = False) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if optional and value is None:
            return
        if not isinstance(value, kind):
            raise InvalidValue(f"{owner}.{attribute.name} must be a {kind.__name__}")

    return check


def _each(kind: type, owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidValue(f"{owner}.{attribute.name}[{index}] must be a {kind.__name__}")

    return check


def _non_negative(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
            raise InvalidValue(f"{owner}.{attribute.name} must be a non-negative Decimal")

    return check


def _catalogue_code(instance: object, attribute: attrs.Attribute[str], value: Any) -> None:
    # Looked up without the catalogue's own error, which repeats the code: a code that is not in
    # the catalogue may be anything, a PESEL typed in the wrong column among them.
    if not isinstance(value, str) or value not in _CATALOGUE_CODES:
        raise InvalidValue("SupportEpisode.service is not a catalogue code")


@attrs.frozen(slots=True, repr=False)
class SupportEpisode:
    """One service of the catalogue received, from ``start`` to ``end`` (one day if no end).

    The repr shows the dates only: which service a participant received (addiction therapy,
    say) may be a health fact.

    Attributes:
        service: The catalogue code (``"vocational_counselling"``).
        start: The first day.
        end: The last day, or ``None`` for a single day.
        hours: Hours received, if recorded.
        activity: The project's own name for the activity ("PAI edition 2", "ECDL course"),
            if any, so that activities can be counted as the project reports them.

    Examples:
        >>> from datetime import date
        >>> e = SupportEpisode("psu", date(2016, 4, 4), date(2016, 6, 3), Decimal("160"), "PAI")
        >>> e.category, e.last_day
        (<ServiceCategory.VOCATIONAL: 'vocational'>, datetime.date(2016, 6, 3))
        >>> e
        SupportEpisode(2016-04-04..2016-06-03)
    """

    service: str = attrs.field(validator=_catalogue_code)
    start: date = attrs.field(validator=_is_date("SupportEpisode"))
    end: date | None = attrs.field(default=None, validator=_optional_date("SupportEpisode"))
    hours: Decimal | None = attrs.field(default=None, validator=_non_negative("SupportEpisode"))
    activity: str | None = attrs.field(default=None, validator=_is(str, "SupportEpisode", True))

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise InvalidRange("SupportEpisode.end is before SupportEpisode.start")

    @property
    def catalogue_entry(self) -> Service:
        """The catalogue's service.

        Examples:
            >>> from datetime import date
            >>> SupportEpisode("social_work", date(2020, 1, 1)).catalogue_entry.label.pl
            'praca socjalna'
        """
        return service(self.service)

    @property
    def category(self) -> ServiceCategory:
        """The service's category, from the catalogue.

        Examples:
            >>> from datetime import date
            >>> SupportEpisode("addiction_therapy", date(2020, 1, 1)).category.value
            'health'
        """
        return service(self.service).category

    @property
    def last_day(self) -> date:
        """The last day of the episode.

        Examples:
            >>> from datetime import date
            >>> SupportEpisode("social_work", date(2020, 1, 1)).last_day
            datetime.date(2020, 1, 1)
        """
        return self.start if self.end is None else self.end

    def __repr__(self) -> str:
        return f"SupportEpisode({self.start.isoformat()}..{self.last_day.isoformat()})"


def _fte(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 < value <= 1:
        raise InvalidValue("Employment.fte must be a Decimal in (0, 1]")


@attrs.frozen(slots=True, repr=False)
class Employment:
    """An employment episode as concluded: an employment contract (with its fraction of full
    time), a civil-law contract (with its total value) or an own business.

    ``end`` is the end of the contract as concluded (``None``: indefinite, or a business with no
    end recorded). The value of a civil-law contract is income and is kept out of the repr.

    Attributes:
        kind: Employment contract, civil-law contract or own business.
        start: The first day of work.
        end: The last day under the contract, or ``None``.
        fte: Fraction of full time (etat), for an employment contract.
        value: Total value of a civil-law contract in złoty.

    Examples:
        >>> from datetime import date
        >>> Employment(EmploymentKind.CIVIL_LAW, date(2020, 1, 1), date(2020, 3, 31), value=Decimal("7800"))
        Employment(civil_law, 2020-01-01..2020-03-31)
        >>> Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 2, 1), date(2020, 1, 31), fte=Decimal("1"))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidRange: Employment.end is before Employment.start
    """

    kind: EmploymentKind = attrs.field(validator=_is(EmploymentKind, "Employment"))
    start: date = attrs.field(validator=_is_date("Employment"))
    end: date | None = attrs.field(default=None, validator=_optional_date("Employment"))
    fte: Decimal | None = attrs.field(default=None, kw_only=True, validator=_fte)
    value: Decimal | None = attrs.field(
        default=None, kw_only=True, validator=_non_negative("Employment")
    )

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise InvalidRange("Employment.end is before Employment.start")
        contract = self.kind is EmploymentKind.EMPLOYMENT_CONTRACT
        civil = self.kind is EmploymentKind.CIVIL_LAW
        if contract and self.fte is None:
            raise InvalidValue("Employment.fte is required for an employment contract")
        if not contract and self.fte is not None:
            raise InvalidValue("Employment.fte applies only to an employment contract")
        if civil and self.value is None:
            raise InvalidValue("Employment.value is required for a civil-law contract")
        if not civil and self.value is not None:
            raise InvalidValue("Employment.value applies only to a civil-law contract")

    def __repr__(self) -> str:
        end = "" if self.end is None else self.end.isoformat()
        return f"Employment({self.kind.value}, {self.start.isoformat()}..{end})"


@attrs.frozen(slots=True, repr=False)
class Result:
    """A result other than employment, dated: school education started, start-up funds received,
    progress in social activation (with its form), a qualification gained ...

    Attributes:
        kind: What was achieved.
        on: The day it happened (or was recorded).
        form: For social progress, its form (a-h or other); kept out of the repr.

    Examples:
        >>> from datetime import date
        >>> Result(ResultKind.SOCIAL_PROGRESS, date(2020, 1, 10), ProgressForm.HEALTH)
        Result(social_progress, 2020-01-10)
        >>> Result(ResultKind.QUALIFICATION, date(2020, 1, 10), ProgressForm.HEALTH)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Result.form applies only to social progress
    """

    kind: ResultKind = attrs.field(validator=_is(ResultKind, "Result"))
    on: date = attrs.field(validator=_is_date("Result"))
    form: ProgressForm | None = attrs.field(
        default=None, validator=_is(ProgressForm, "Result", True)
    )

    def __attrs_post_init__(self) -> None:
        if self.form is not None and self.kind is not ResultKind.SOCIAL_PROGRESS:
            raise InvalidValue("Result.form applies only to social progress")

    def __repr__(self) -> str:
        return f"Result({self.kind.value}, {self.on.isoformat()})"


def _pseudonym(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    owner = type(instance).__name__
    if value is None and attribute.name == "person":
        return
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        raise InvalidValue(
            f"{owner}.{attribute.name} must be a non-empty string of at most 64 characters"
        )
    # Spaces do not make a PESEL a pseudonym: " 44051401458" or "440514 01458" is one.
    bare = "".join(value.split())
    if len(bare) == 11 and bare.isdigit():
        raise InvalidValue(
            f"{owner}.{attribute.name} must be a pseudonym: eleven digits look like a PESEL"
        )


def _categories(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    for item in value:
        if not isinstance(item, Category):
            raise InvalidValue(f"Participant.{attribute.name} must hold Category members")


@attrs.frozen(slots=True, repr=False)
class Participant:
    """One participant's record.

    Attributes:
        id: A pseudonymous id, unique in the cohort (eleven digits are refused: a PESEL is not a
            pseudonym).
        sex: Sex.
        entry: The first day of participation.
        exit: The last day of participation, or ``None`` while it continues.
        exit_reason: How the participant left (required with ``exit``).
        categories: The categories the participant belongs to on entry.
        undetermined: Categories the rules could not decide for lack of facts (see
            [`establish_categories`][integra.outcomes.categories.establish_categories]); such a
            participant is left out of that category's indicators, and listed.
        labour_status: Labour-market status on entry, or ``None`` if not collected.
        support: Services received.
        employment: Employment episodes started on or after entry.
        results: Other results.
        person: A pseudonymous key shared by the records of one person who took part more than
            once (``None``: the id is the person).

    The repr shows the id and the dates only: categories (disability among them), support,
    employment and results are personal data.

    Examples:
        >>> from datetime import date
        >>> from integra import Sex
        >>> Participant("X-1", Sex.MALE, date(2020, 1, 1), results=[Result(ResultKind.QUALIFICATION, date(2019, 12, 1))])
        Traceback (most recent call last):
        ...
        integra.errors.InvalidRange: Participant.results[0] is dated before Participant.entry
        >>> Participant("44051401458", Sex.MALE, date(2020, 1, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Participant.id must be a pseudonym: eleven digits look like a PESEL
    """

    id: str = attrs.field(validator=_pseudonym)
    sex: Sex = attrs.field(validator=_is(Sex, "Participant"))
    entry: date = attrs.field(validator=_is_date("Participant"))
    exit: date | None = attrs.field(default=None, validator=_optional_date("Participant"))
    exit_reason: ExitReason | None = attrs.field(
        default=None, validator=_is(ExitReason, "Participant", True)
    )
    categories: frozenset[Category] = attrs.field(
        default=frozenset(), converter=as_frozenset, validator=_categories, kw_only=True
    )
    undetermined: frozenset[Category] = attrs.field(
        default=frozenset(), converter=as_frozenset, validator=_categories, kw_only=True
    )
    labour_status: LabourStatus | None = attrs.field(
        default=None, validator=_is(LabourStatus, "Participant", True), kw_only=True
    )
    support: tuple[SupportEpisode, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_each(SupportEpisode, "Participant"), kw_only=True
    )
    employment: tuple[Employment, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_each(Employment, "Participant"), kw_only=True
    )
    results: tuple[Result, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_each(Result, "Participant"), kw_only=True
    )
    person: str | None = attrs.field(default=None, validator=_pseudonym, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.exit is not None and self.exit < self.entry:
            raise InvalidRange("Participant.exit is before Participant.entry")
        if (self.exit is None) != (self.exit_reason is None):
            raise InvalidValue(
                "Participant.exit_reason is required with Participant.exit, and only then"
            )
        if self.categories & self.undetermined:
            raise InvalidValue("Participant.undetermined overlaps Participant.categories")
        if (
            Category.SEVERE_DISABILITY in self.categories
            and Category.DISABILITY not in self.categories
        ):
            raise InvalidValue("Participant.categories: a severe disability is also a disability")
        entry = self.entry
        for index, episode in enumerate(self.support):
            if episode.start < entry:
                raise InvalidRange(f"Participant.support[{index}] starts before Participant.entry")
        for index, job in enumerate(self.employment):
            if job.start < entry:
                raise InvalidRange(
                    f"Participant.employment[{index}] starts before Participant.entry"
                )
        for index, result in enumerate(self.results):
            if result.on < entry:
                raise InvalidRange(
                    f"Participant.results[{index}] is dated before Participant.entry"
                )

    @property
    def key(self) -> str:
        """The person the record belongs to: ``person`` if given, else ``id``.

        Examples:
            >>> from datetime import date
            >>> from integra import Sex
            >>> Participant("R-2", Sex.FEMALE, date(2020, 1, 1), person="R").key
            'R'
        """
        return self.id if self.person is None else self.person

    @property
    def service_categories(self) -> frozenset[ServiceCategory]:
        """The categories of the services received.

        Examples:
            >>> from datetime import date
            >>> from integra import Sex
            >>> Participant("S-1", Sex.FEMALE, date(2020, 1, 1)).service_categories
            frozenset()
        """
        return frozenset(service(e.service).category for e in self.support)

    def __repr__(self) -> str:
        return f"Participant(id={self.id!r}, entry={self.entry!r}, exit={self.exit!r})"


def _unique_ids(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    seen: set[str] = set()
    entered: set[tuple[str, date]] = set()
    for index, participant in enumerate(value):
        if not isinstance(participant, Participant):
            raise InvalidValue(f"Cohort.participants[{index}] must be a Participant")
        if participant.id in seen:
            raise InvalidValue(
                f"Cohort.participants[{index}] repeats the id of an earlier participant"
            )
        seen.add(participant.id)
        # Two participations of one person are told apart by their entry dates: which one is
        # the first and which the final decides what counts, and must not depend on the order
        # the records come in.
        started = (participant.key, participant.entry)
        if started in entered:
            raise InvalidValue(
                f"Cohort.participants[{index}].entry: the same person entered twice on one day"
            )
        entered.add(started)


@attrs.frozen(slots=True, repr=False)
class Cohort:
    """A project's participants: the records indicators are computed from.

    Indicators depend on the records, never on their order. Two records of one person (the same
    ``person`` key) must have different entry dates: nothing else tells which participation came
    first, so records that cannot be told apart are refused rather than resolved by position.

    Attributes:
        participants: The records, with unique ids.

    Examples:
        >>> from datetime import date
        >>> from integra import Sex
        >>> a = Participant("A", Sex.FEMALE, date(2020, 1, 1))
        >>> Cohort([a, a])
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Cohort.participants[1] repeats the id of an earlier participant
        >>> len(Cohort([a]))
        1
    """

    participants: tuple[Participant, ...] = attrs.field(converter=as_tuple, validator=_unique_ids)
    _memo: dict[Any, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.participants)

    def __iter__(self) -> Iterator[Participant]:
        return iter(self.participants)

    def __repr__(self) -> str:
        return f"Cohort({len(self.participants)} participants)"
