"""The types of a PAI plan: the blocks and activities, the referral, its sessions and the plan,
and the readings of the act a plan is checked under.
"""

from __future__ import annotations

import enum
import warnings
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidRange, InvalidValue
from integra.labels import Label, LabelledEnum, set_labels
from integra.law import Citation, Dated
from integra.parameters import (
    PAI_LIMITS,
    UPZ,
    URP,
    PaiLimits,
)
from integra.people import Person
from integra.periods import (
    DateRange,
    IsoWeek,
    MonthEndPolicy,
    months_period,
)
from integra.programmes._hours import as_hours, day_hours

__all__ = [
    "ART_62A",
    "ActivationReading",
    "Activity",
    "Block",
    "FirstReferralCounting",
    "PaiPlan",
    "PaiReferral",
    "Session",
]


_ONE_DAY = timedelta(days=1)
_ZERO = Decimal(0)
_MAX_DAY_HOURS = Decimal(24)


ART_62A = Citation(UPZ, article="62a")
"""UPZ art. 62a, the provision every PAI limit comes from.

Paragraph numbers are cited only where they are confirmed (the target group, ust. 1); the other
limits cite the article.

Examples:
    >>> ART_62A.text("pl")
    'art. 62a ustawy o promocji zatrudnienia i instytucjach rynku pracy'
"""

_TRANSITIONAL = Citation(URP, article="435", paragraph="1")


def _month_end_ignored(month_end: MonthEndPolicy | None) -> None:
    """Warn that ``month_end`` was passed: a period of calendar months ends the day before the
    same day N months later, and under either month-end policy that is the same day, so the
    parameter changes no PAI answer."""
    if month_end is not None:
        warnings.warn(
            "month_end is deprecated and changes nothing in PAI: a referral of calendar months "
            "ends on the same day under either month-end policy; leave it out",
            DeprecationWarning,
            stacklevel=3,
        )


class Block(LabelledEnum):
    """The two blocks of a PAI referral.

    Examples:
        >>> Block.INTEGRATION.label.pl
        'integracja społeczna'
    """

    ACTIVATION = "activation"
    INTEGRATION = "integration"


set_labels(
    Block,
    {
        Block.ACTIVATION: Label(
            pl="aktywizacja zawodowa (prace społecznie użyteczne)",
            en="vocational activation (socially useful work)",
        ),
        Block.INTEGRATION: Label(pl="integracja społeczna", en="social integration"),
    },
)


class Activity(LabelledEnum):
    """The kinds of activity of a PAI session, each belonging to one block.

    Examples:
        >>> Activity.SUPPORT_GROUP.block
        <Block.INTEGRATION: 'integration'>
        >>> Activity.SOCIALLY_USEFUL_WORK.label.pl
        'prace społecznie użyteczne'
    """

    SOCIALLY_USEFUL_WORK = "socially_useful_work"
    GROUP_COUNSELLING = "group_counselling"
    TRAINER_WORKSHOP = "trainer_workshop"
    SUPPORT_GROUP = "support_group"

    @property
    def block(self) -> Block:
        """The block the activity belongs to.

        Examples:
            >>> Activity.TRAINER_WORKSHOP.block.value
            'integration'
        """
        return Block.ACTIVATION if self is Activity.SOCIALLY_USEFUL_WORK else Block.INTEGRATION


set_labels(
    Activity,
    {
        Activity.SOCIALLY_USEFUL_WORK: Label(
            pl="prace społecznie użyteczne", en="socially useful work"
        ),
        Activity.GROUP_COUNSELLING: Label(pl="poradnictwo grupowe", en="group counselling"),
        Activity.TRAINER_WORKSHOP: Label(pl="warsztaty trenerskie", en="trainer workshops"),
        Activity.SUPPORT_GROUP: Label(pl="grupy wsparcia", en="support groups"),
    },
)


class ActivationReading(enum.Enum):
    """How "socially useful work, 10 hours a week" of the activation block is read.

    * ``AT_MOST`` (default): only the cap of 10 hours in an ISO week applies. Socially useful
      work is done "do 10 godzin w tygodniu" (UPZ art. 73a ust. 1, the wording offices quote since
      2011), and the offices that describe PAI say "maksymalnie 10 godzin tygodniowo"; no source
      found reads the activation block as exactly 10 hours. The wording of art. 62a itself was
      not read, so this reading is ``DERIVED``.
    * ``EXACT``: "10 hours a week" read as a fixed amount: both the minimum (with the
      partial-week policy) and the cap (whole ISO week) apply, so a whole week needs exactly 10
      hours.

    Examples:
        >>> ActivationReading("at_most")
        <ActivationReading.AT_MOST: 'at_most'>
    """

    EXACT = "exact"
    AT_MOST = "at_most"


class FirstReferralCounting(enum.Enum):
    """Whether the first 2-month referral counts towards the 6 months "in total" of repeated
    referrals (UPZ art. 62a; the wording leaves it open).

    * ``COUNTS`` (default): every referral counts, the first included — at most 6 months of PAI
      in all (three 2-month referrals). It is the stricter reading: a plan it accepts is accepted
      by the other one too.
    * ``EXCLUDED``: the 6 months limit only the referrals after the first — up to 8 months in all.

    Examples:
        >>> [c.value for c in FirstReferralCounting]
        ['counts', 'excluded']
    """

    COUNTS = "counts"
    EXCLUDED = "excluded"


def _is_day(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[date], value: date) -> None:
        if type(value) is not date:
            raise InvalidValue(
                f"{owner}.{attribute.name} must be a datetime.date, got {type(value).__name__}"
            )

    return check


def _check_activity(instance: object, attribute: attrs.Attribute[Activity], value: Any) -> None:
    if not isinstance(value, Activity):
        raise InvalidValue(f"Session.activity must be an Activity, got {type(value).__name__}")


@attrs.frozen(slots=True)
class Session:
    """One scheduled activity of a PAI plan: a day, a number of hours, a kind of activity.

    Attributes:
        day: The day of the session.
        hours: Its length in hours, a ``Decimal`` more than 0 and at most 24.
        activity: What is done; its [`block`][integra.programmes.pai.plan.Activity.block] follows.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> s = Session(date(2016, 4, 4), Decimal("2.5"), Activity.SOCIALLY_USEFUL_WORK)
        >>> s.block, s.week
        (<Block.ACTIVATION: 'activation'>, IsoWeek(year=2016, week=14))
        >>> Session(date(2016, 4, 4), 2.5, Activity.SUPPORT_GROUP)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Session.hours must be a Decimal or an int (not float), got float
    """

    day: date = attrs.field(validator=_is_day("Session"))
    hours: Decimal = attrs.field(converter=as_hours, validator=day_hours("Session"))
    activity: Activity = attrs.field(validator=_check_activity)

    @property
    def block(self) -> Block:
        """The block of the session's activity.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> Session(date(2016, 4, 4), Decimal(2), Activity.SUPPORT_GROUP).block.value
            'integration'
        """
        return self.activity.block

    @property
    def week(self) -> IsoWeek:
        """The ISO week of the session.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> str(Session(date(2016, 1, 3), Decimal(2), Activity.SUPPORT_GROUP).week)
            '2015-W53'
        """
        return IsoWeek.of(self.day)


def _check_agreed(instance: PaiReferral, attribute: attrs.Attribute[date], value: date) -> None:
    _is_day("PaiReferral")(instance, attribute, value)
    if value > instance.start:
        raise InvalidValue("PaiReferral.agreed_on must not be after PaiReferral.start")


def _check_end(
    instance: PaiReferral, attribute: attrs.Attribute[date | None], value: date | None
) -> None:
    if value is None:
        return
    _is_day("PaiReferral")(instance, attribute, value)
    if value < instance.start:
        raise InvalidRange("PaiReferral.end is before PaiReferral.start")


def _sorted_ranges(value: Iterable[DateRange]) -> tuple[DateRange, ...]:
    items = as_tuple(value)
    if all(isinstance(r, DateRange) for r in items):
        return tuple(sorted(items, key=lambda r: (r.start, r.last)))
    return items


def _check_previous(
    instance: PaiReferral,
    attribute: attrs.Attribute[tuple[DateRange, ...]],
    value: tuple[DateRange, ...],
) -> None:
    last: date | None = None
    for period in value:
        if not isinstance(period, DateRange):
            raise InvalidValue("PaiReferral.previous must hold DateRange values")
        if period.end is None:
            raise InvalidRange("PaiReferral.previous must hold closed ranges")
        if period.end >= instance.start:
            raise InvalidRange("PaiReferral.previous must end before PaiReferral.start")
        if last is not None and period.start <= last:
            raise InvalidRange("PaiReferral.previous ranges must not overlap")
        last = period.end


def _check_person(instance: object, attribute: attrs.Attribute[Person | None], value: Any) -> None:
    if value is not None and not isinstance(value, Person):
        raise InvalidValue(f"PaiReferral.person must be a Person, got {type(value).__name__}")


@attrs.frozen(slots=True)
class PaiReferral:
    """A referral (skierowanie) of one person to PAI.

    Attributes:
        start: The first day of the programme.
        agreed_on: The day the referral was agreed, which decides the law applied (by default
            ``start``; it may not be after it).
        end: The last day planned, or ``None`` for the statutory 2 calendar months from
            ``start``. A different end is reported by [`validate`][integra.programmes.pai.validation.validate].
        previous: The person's earlier PAI referrals, as closed ranges ending before ``start``,
            for the 6-month total.
        person: The person's facts, to check eligibility; ``None`` checks the plan's shape only.

    Examples:
        >>> from datetime import date
        >>> r = PaiReferral(date(2016, 1, 31))
        >>> r.agreed_on, str(r.period())
        (datetime.date(2016, 1, 31), '2016-01-31..2016-03-30')
        >>> PaiReferral(date(2016, 1, 31), agreed_on=date(2016, 2, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: PaiReferral.agreed_on must not be after PaiReferral.start
    """

    start: date = attrs.field(validator=_is_day("PaiReferral"))
    agreed_on: date = attrs.field(
        default=attrs.Factory(lambda self: self.start, takes_self=True),
        validator=_check_agreed,
        kw_only=True,
    )
    end: date | None = attrs.field(default=None, validator=_check_end, kw_only=True)
    previous: tuple[DateRange, ...] = attrs.field(
        default=(), converter=_sorted_ranges, validator=_check_previous, kw_only=True
    )
    person: Person | None = attrs.field(default=None, validator=_check_person, kw_only=True)

    @property
    def law_on(self) -> date:
        """The date of the law applied: the day the referral was agreed.

        Examples:
            >>> from datetime import date
            >>> PaiReferral(date(2025, 6, 2), agreed_on=date(2025, 5, 30)).law_on
            datetime.date(2025, 5, 30)
        """
        return self.agreed_on

    def limits(self) -> Dated[PaiLimits] | None:
        """The PAI limits in force on the law date, or ``None`` where no PAI law is modelled.

        Examples:
            >>> from datetime import date
            >>> PaiReferral(date(2020, 1, 1)).limits().value.duration_months
            2
            >>> PaiReferral(date(2025, 6, 1)).limits() is None
            True
        """
        if PAI_LIMITS.get(self.law_on) is None:
            return None
        return PAI_LIMITS.entry_at(self.law_on)

    def statutory_period(self, month_end: MonthEndPolicy | None = None) -> DateRange:
        """The programme's statutory period: the duration in force (2 calendar months) from
        ``start``, as [`months_period`][integra.periods.months_period] counts it (KC art. 112).

        ``month_end`` is deprecated: it changes nothing (the period ends on the same day under
        either policy), and passing it warns (``DeprecationWarning``).

        Raises:
            NoLawInForce: no PAI law is modelled on the law date.

        Examples:
            >>> from datetime import date
            >>> str(PaiReferral(date(2019, 12, 31)).statutory_period())
            '2019-12-31..2020-02-29'
        """
        _month_end_ignored(month_end)
        months = PAI_LIMITS.at(self.law_on).duration_months
        return months_period(self.start, months)

    def period(self, month_end: MonthEndPolicy | None = None) -> DateRange:
        """The days the referral runs: ``start .. end``, or the statutory period when ``end`` is
        not given. ``month_end`` is deprecated, changes nothing and warns when passed.

        Raises:
            NoLawInForce: ``end`` is not given and no PAI law is modelled on the law date.

        Examples:
            >>> from datetime import date
            >>> str(PaiReferral(date(2020, 3, 2), end=date(2020, 3, 31)).period())
            '2020-03-02..2020-03-31'
        """
        _month_end_ignored(month_end)
        if self.end is not None:
            return DateRange(self.start, self.end)
        return self.statutory_period()


def _session_key(session: Session) -> tuple[date, str, Decimal]:
    return (session.day, session.activity.value, session.hours)


def _sorted_sessions(value: Iterable[Session]) -> tuple[Session, ...]:
    items = as_tuple(value)
    if all(isinstance(s, Session) for s in items):
        return tuple(sorted(items, key=_session_key))
    return items


def _check_sessions(
    instance: object, attribute: attrs.Attribute[tuple[Session, ...]], value: Any
) -> None:
    for item in value:
        if not isinstance(item, Session):
            raise InvalidValue(
                f"PaiPlan.sessions must hold Session values, got {type(item).__name__}"
            )


def _check_referral(instance: object, attribute: attrs.Attribute[PaiReferral], value: Any) -> None:
    if not isinstance(value, PaiReferral):
        raise InvalidValue(f"PaiPlan.referral must be a PaiReferral, got {type(value).__name__}")


@attrs.frozen(slots=True)
class PaiPlan:
    """A referral and its schedule: the sessions of both blocks, kept in order of day.

    Attributes:
        referral: Who is referred, from when, under which law.
        sessions: The scheduled sessions, sorted by day and activity.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> plan = PaiPlan(PaiReferral(date(2016, 4, 4)), [
        ...     Session(date(2016, 4, 5), Decimal(4), Activity.SUPPORT_GROUP),
        ...     Session(date(2016, 4, 4), Decimal(5), Activity.SOCIALLY_USEFUL_WORK),
        ... ])
        >>> [s.day.day for s in plan.sessions]
        [4, 5]
        >>> plan.hours(Block.INTEGRATION)
        Decimal('4')
    """

    referral: PaiReferral = attrs.field(validator=_check_referral)
    sessions: tuple[Session, ...] = attrs.field(
        default=(), converter=_sorted_sessions, validator=_check_sessions
    )

    def hours(self, block: Block | None = None) -> Decimal:
        """The hours of all sessions, or of one block.

        Examples:
            >>> from datetime import date
            >>> PaiPlan(PaiReferral(date(2016, 4, 4))).hours()
            Decimal('0')
        """
        return sum((s.hours for s in self.sessions if block is None or s.block is block), _ZERO)

    def without(self, session: Session) -> PaiPlan:
        """The plan with one occurrence of ``session`` removed.

        Raises:
            InvalidValue: the plan has no such session.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> s = Session(date(2016, 4, 4), Decimal(2), Activity.SUPPORT_GROUP)
            >>> PaiPlan(PaiReferral(date(2016, 4, 4)), [s]).without(s).sessions
            ()
        """
        sessions = list(self.sessions)
        try:
            sessions.remove(session)
        except ValueError:
            raise InvalidValue("PaiPlan.without: the plan has no such session") from None
        return PaiPlan(self.referral, sessions)

    def with_sessions(self, sessions: Iterable[Session]) -> PaiPlan:
        """The plan with ``sessions`` added.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> s = Session(date(2016, 4, 4), Decimal(2), Activity.SUPPORT_GROUP)
            >>> len(PaiPlan(PaiReferral(date(2016, 4, 4))).with_sessions([s, s]).sessions)
            2
        """
        return PaiPlan(self.referral, (*self.sessions, *sessions))
