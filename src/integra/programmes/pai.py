"""The Programme Activation and Integration (Program Aktywizacja i Integracja, PAI), UPZ art. 62a.

From 2014-05-27 to 2025-05-31 a district labour office could refer an unemployed person receiving
social-assistance benefits (until 2019-06-13: one with assistance profile III) to PAI for
**2 months**. The programme has two blocks:

* **activation** (aktywizacja zawodowa): socially useful work (prace społecznie użyteczne),
  **10 hours a week**, run by the labour office;
* **integration** (integracja społeczna): group counselling, trainer workshops and support
  groups, **at least 10 hours a week**, run by the social-assistance centre or an NGO.

The office could refer the person again, **in total no longer than 6 months**.

A [`PaiPlan`][integra.programmes.pai.PaiPlan] is a [`PaiReferral`][integra.programmes.pai.PaiReferral]
with its scheduled [`Session`][integra.programmes.pai.Session]s;
[`validate`][integra.programmes.pai.validate] checks it against the law in force on the day the
referral was agreed and returns *every* violation, each explained and cited;
[`default_plan`][integra.programmes.pai.default_plan] builds a plan that passes;
[`summary`][integra.programmes.pai.summary] gives the figures (hours per block and per ISO week).

Policies (each a parameter, see the docs page "Planning a PAI edition"):

* **Law date.** The law applied is the law in force on the day the referral was agreed
  (``agreed_on``, by default the start). A referral agreed by 2025-05-31 keeps the UPZ rules even
  when its sessions run after UPZ was repealed (URP art. 435 ust. 1); one agreed from 2025-06-01
  gets a single violation saying that no PAI law is modelled. Before 2014-05-27 PAI did not exist.
* **Weeks** are ISO weeks. The activation cap applies to the whole ISO week. Weekly minima in a
  first or last week only partly inside the referral follow
  [`PartialWeekPolicy`][integra.periods.PartialWeekPolicy] (default ``PRORATE``: the minimum
  times the Monday-to-Friday days of the week inside the referral, over five).
* **Activation hours** ([`ActivationReading`][integra.programmes.pai.ActivationReading]): by
  default ``EXACT`` — the act says "10 hours a week", not "up to" — so a whole week needs exactly
  10 hours (the minimum and the cap both apply); ``AT_MOST`` applies only the cap.
* **Six months in total** ([`FirstReferralCounting`][integra.programmes.pai.FirstReferralCounting]):
  by default ``COUNTS`` — the first 2-month referral counts towards the 6 months, the stricter
  reading.
* **Duration** is 2 calendar months counted by [`months_period`][integra.periods.months_period]
  (Kodeks cywilny art. 112): the day before the corresponding day two months on, or the last day
  of the month if it has no such day (31 December + 2 months ends on 28 or 29 February).

Examples:
    >>> from datetime import date
    >>> plan = default_plan(date(2016, 4, 4))
    >>> validate(plan).valid
    True
    >>> s = summary(plan)
    >>> str(s.period), s.activation_hours, s.integration_hours, s.meets_seed_description
    ('2016-04-04..2016-06-03', Decimal('90'), Decimal('90'), True)
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidRange, InvalidValue
from integra.labels import Label
from integra.law import Citation, Dated, Timeline
from integra.parameters import (
    PAI_LIMITS,
    PAI_TARGET_GROUP,
    UPZ,
    UPZ_REPEAL,
    URP,
    PaiLimits,
    PaiTargetGroup,
)
from integra.people import Person
from integra.periods import (
    DateRange,
    IsoWeek,
    MonthEndPolicy,
    PartialWeekPolicy,
    months_period,
    weeks_of,
)
from integra.programmes.violations import Validation, Violation
from integra.rules.assistance import RECEIVES_SOCIAL_ASSISTANCE
from integra.rules.core import ByLawDate, Outcome, Rule, Verdict, all_of
from integra.rules.status import PROFILE_III
from integra.rules.unemployment import REGISTERED_UNEMPLOYED

__all__ = [
    "ART_62A",
    "PAI_ELIGIBILITY",
    "ActivationReading",
    "Activity",
    "Block",
    "FirstReferralCounting",
    "PaiPlan",
    "PaiReferral",
    "PlanSummary",
    "Session",
    "WeekHours",
    "default_plan",
    "eligibility",
    "referral_months",
    "summary",
    "validate",
    "weekly_hours",
]

_ONE_DAY = timedelta(days=1)
_ZERO = Decimal(0)
_MAX_DAY_HOURS = Decimal(24)
_SEED_WEEKLY_HOURS = Decimal(20)
_SEED_MONTHS = 2

ART_62A = Citation(UPZ, article="62a")
"""UPZ art. 62a, the provision every PAI limit comes from.

Paragraph numbers are cited only where they are confirmed (the target group, ust. 1); the other
limits cite the article.

Examples:
    >>> ART_62A.text("pl")
    'art. 62a ustawy o promocji zatrudnienia i instytucjach rynku pracy'
"""

_TRANSITIONAL = Citation(URP, article="435", paragraph="1")


class Block(enum.Enum):
    """The two blocks of a PAI referral.

    Examples:
        >>> Block.INTEGRATION.label.pl
        'integracja społeczna'
    """

    ACTIVATION = "activation"
    INTEGRATION = "integration"

    @property
    def label(self) -> Label:
        """The block in Polish and English.

        Examples:
            >>> str(Block.ACTIVATION.label)
            'vocational activation (socially useful work)'
        """
        return _BLOCK_LABELS[self]


_BLOCK_LABELS = {
    Block.ACTIVATION: Label(
        pl="aktywizacja zawodowa (prace społecznie użyteczne)",
        en="vocational activation (socially useful work)",
    ),
    Block.INTEGRATION: Label(pl="integracja społeczna", en="social integration"),
}


class Activity(enum.Enum):
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

    @property
    def label(self) -> Label:
        """The activity in Polish and English.

        Examples:
            >>> Activity.GROUP_COUNSELLING.label.en
            'group counselling'
        """
        return _ACTIVITY_LABELS[self]


_ACTIVITY_LABELS = {
    Activity.SOCIALLY_USEFUL_WORK: Label(
        pl="prace społecznie użyteczne", en="socially useful work"
    ),
    Activity.GROUP_COUNSELLING: Label(pl="poradnictwo grupowe", en="group counselling"),
    Activity.TRAINER_WORKSHOP: Label(pl="warsztaty trenerskie", en="trainer workshops"),
    Activity.SUPPORT_GROUP: Label(pl="grupy wsparcia", en="support groups"),
}


class ActivationReading(enum.Enum):
    """How "socially useful work, 10 hours a week" of the activation block is read.

    * ``EXACT`` (default): the act states "10 hours a week", unlike the integration block's "at
      least 10" and the general PSU rule's "up to 10" (UPZ art. 73a). Both the minimum (with the
      partial-week policy) and the cap (whole ISO week) apply, so a whole week needs exactly 10
      hours.
    * ``AT_MOST``: only the cap of 10 hours in an ISO week applies, as for socially useful work
      outside PAI.

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


# --- Sessions, referrals, plans ------------------------------------------------------------------


def _is_day(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[date], value: date) -> None:
        if type(value) is not date:
            raise InvalidValue(
                f"{owner}.{attribute.name} must be a datetime.date, got {type(value).__name__}"
            )

    return check


def _check_hours(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not isinstance(value, Decimal):
        raise InvalidValue(
            f"Session.hours must be a Decimal (not float), got {type(value).__name__}"
        )
    if not value.is_finite() or value <= 0 or value > _MAX_DAY_HOURS:
        raise InvalidValue("Session.hours must be more than 0 and at most 24")


def _check_activity(instance: object, attribute: attrs.Attribute[Activity], value: Any) -> None:
    if not isinstance(value, Activity):
        raise InvalidValue(f"Session.activity must be an Activity, got {type(value).__name__}")


@attrs.frozen(slots=True)
class Session:
    """One scheduled activity of a PAI plan: a day, a number of hours, a kind of activity.

    Attributes:
        day: The day of the session.
        hours: Its length in hours, a ``Decimal`` more than 0 and at most 24.
        activity: What is done; its [`block`][integra.programmes.pai.Activity.block] follows.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> s = Session(date(2016, 4, 4), Decimal("2.5"), Activity.SOCIALLY_USEFUL_WORK)
        >>> s.block, s.week
        (<Block.ACTIVATION: 'activation'>, IsoWeek(year=2016, week=14))
        >>> Session(date(2016, 4, 4), 2.5, Activity.SUPPORT_GROUP)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Session.hours must be a Decimal (not float), got float
    """

    day: date = attrs.field(validator=_is_day("Session"))
    hours: Decimal = attrs.field(validator=_check_hours)
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
            ``start``. A different end is reported by [`validate`][integra.programmes.pai.validate].
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

    def statutory_period(self, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> DateRange:
        """The programme's statutory period: the duration in force (2 calendar months) from
        ``start``, as [`months_period`][integra.periods.months_period] counts it (KC art. 112).

        Raises:
            NoLawInForce: no PAI law is modelled on the law date.

        Examples:
            >>> from datetime import date
            >>> str(PaiReferral(date(2019, 12, 31)).statutory_period())
            '2019-12-31..2020-02-29'
        """
        months = PAI_LIMITS.at(self.law_on).duration_months
        return months_period(self.start, months, month_end)

    def period(self, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> DateRange:
        """The days the referral runs: ``start .. end``, or the statutory period when ``end`` is
        not given.

        Raises:
            NoLawInForce: ``end`` is not given and no PAI law is modelled on the law date.

        Examples:
            >>> from datetime import date
            >>> str(PaiReferral(date(2020, 3, 2), end=date(2020, 3, 31)).period())
            '2020-03-02..2020-03-31'
        """
        if self.end is not None:
            return DateRange(self.start, self.end)
        return self.statutory_period(month_end)


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


# --- Eligibility ---------------------------------------------------------------------------------

_GROUP_RULES: dict[PaiTargetGroup, Rule] = {
    PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE: all_of(
        REGISTERED_UNEMPLOYED,
        PROFILE_III,
        RECEIVES_SOCIAL_ASSISTANCE,
        name="pai_target_group_2014",
        label=PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE.label,
    ),
    PaiTargetGroup.ASSISTANCE_RECIPIENTS: all_of(
        REGISTERED_UNEMPLOYED,
        RECEIVES_SOCIAL_ASSISTANCE,
        name="pai_target_group_2019",
        label=PaiTargetGroup.ASSISTANCE_RECIPIENTS.label,
    ),
}

PAI_ELIGIBILITY = ByLawDate(
    Timeline(
        "PAI target group (UPZ art. 62a ust. 1)",
        tuple(
            Dated(
                _GROUP_RULES[entry.value],
                entry.start,
                entry.end,
                citation=entry.citation,
                certainty=entry.certainty,
                note=entry.note,
            )
            for entry in PAI_TARGET_GROUP
        ),
    ),
    name="pai_eligibility",
    label=Label(pl="może zostać skierowany do PAI", en="may be referred to PAI"),
)
"""Who may be referred to PAI, by the law date: until 2019-06-13 a registered unemployed person
with assistance profile III receiving social-assistance benefits; from 2019-06-14 a registered
unemployed person receiving social-assistance benefits (UPZ art. 62a ust. 1, versions of
[`PAI_TARGET_GROUP`][integra.parameters.PAI_TARGET_GROUP]). Outside 2014-05-27 .. 2025-05-31 the
verdict is ``UNKNOWN`` with the law missing.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> v = PAI_ELIGIBILITY.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2016, 1, 4))
    >>> v.outcome.value, [leaf.rule.name for leaf in v.failed()]
    ('not_eligible', ['registered_unemployed', 'assistance_profile_iii', 'receives_social_assistance'])
"""


def eligibility(referral: PaiReferral) -> Verdict | None:
    """The eligibility verdict of the referred person, with the facts as of the day the referral
    was agreed and the law of that day; ``None`` when the referral carries no person.

    Examples:
        >>> from datetime import date
        >>> from integra import BenefitAward, BenefitKind, DateRange, Person, Registration, Sex
        >>> p = Person(date(1980, 1, 1), Sex.FEMALE,
        ...     registrations=[Registration(DateRange(date(2019, 1, 2)))],
        ...     benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2019, 6, 1)))])
        >>> eligibility(PaiReferral(date(2019, 7, 1), person=p)).outcome.value
        'eligible'
        >>> eligibility(PaiReferral(date(2019, 7, 1))) is None
        True
    """
    if referral.person is None:
        return None
    return PAI_ELIGIBILITY.evaluate(referral.person, referral.agreed_on, referral.law_on)


# --- Months of repeated referrals ---------------------------------------------------------------


def referral_months(period: DateRange, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> int:
    """The calendar months a referral period takes, a month begun counting whole: the least
    ``n`` such that ``n`` calendar months from the start cover the period.

    A full 2-month referral counts 2; one ended after three weeks counts 1.

    Examples:
        >>> from datetime import date
        >>> referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 30)))
        2
        >>> referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 31)))
        3
        >>> referral_months(DateRange(date(2016, 1, 4), date(2016, 1, 24)))
        1
    """
    if period.end is None:
        raise InvalidRange("referral_months needs a closed period")
    months = 1
    while months_period(period.start, months, month_end).last < period.end:
        months += 1
    return months


# --- Weekly hours --------------------------------------------------------------------------------


def _decimal_or_none(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: Any
) -> None:
    if value is not None and not isinstance(value, Decimal):
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a Decimal or None")


def _non_negative(instance: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
    if not isinstance(value, Decimal) or value < 0:
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a Decimal >= 0")


@attrs.frozen(slots=True)
class WeekHours:
    """The hours of one ISO week of a referral, with the minima that apply to it.

    Attributes:
        week: The ISO week.
        days: The days of the week inside the referral (fewer than 7 in a partial week).
        activation: Hours of socially useful work in the week.
        integration: Hours of integration activities in the week.
        activation_minimum: The activation hours the week needs under the partial-week policy
            and the activation reading, or ``None`` when none is checked.
        integration_minimum: The integration hours the week needs under the partial-week
            policy, or ``None`` when none is checked.

    Examples:
        >>> from datetime import date
        >>> w = weekly_hours(default_plan(date(2016, 4, 6)))[0]
        >>> str(w.week), str(w.days), w.activation, w.integration_minimum, w.is_partial
        ('2016-W14', '2016-04-06..2016-04-10', Decimal('6'), Decimal('6'), True)
    """

    week: IsoWeek
    days: DateRange
    activation: Decimal = attrs.field(validator=_non_negative)
    integration: Decimal = attrs.field(validator=_non_negative)
    activation_minimum: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)
    integration_minimum: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)

    @property
    def total(self) -> Decimal:
        """Hours of both blocks.

        Examples:
            >>> from datetime import date
            >>> weekly_hours(default_plan(date(2016, 4, 4)))[0].total
            Decimal('20')
        """
        return self.activation + self.integration

    @property
    def is_partial(self) -> bool:
        """Whether the referral covers fewer than the 7 days of the week.

        Examples:
            >>> from datetime import date
            >>> weekly_hours(default_plan(date(2016, 4, 4)))[0].is_partial
            False
        """
        return self.days.days < 7


def weekly_hours(
    plan: PaiPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    activation: ActivationReading = ActivationReading.EXACT,
    month_end: MonthEndPolicy = MonthEndPolicy.CLIP,
) -> tuple[WeekHours, ...]:
    """The hours of each ISO week the referral touches, counting only sessions inside the
    referral period, with the minima that apply under ``week_policy`` (``None`` where no PAI law
    is modelled on the law date).

    Raises:
        NoLawInForce: the referral has no ``end`` and no PAI law is modelled on its law date.

    Examples:
        >>> from datetime import date
        >>> weeks = weekly_hours(default_plan(date(2016, 4, 6)), week_policy=PartialWeekPolicy.SKIP)
        >>> len(weeks), weeks[0].integration_minimum, weeks[1].integration_minimum
        (9, None, Decimal('10'))
    """
    referral = plan.referral
    period = referral.period(month_end)
    entry = referral.limits()
    act = {Block.ACTIVATION: _ZERO, Block.INTEGRATION: _ZERO}
    totals: dict[IsoWeek, dict[Block, Decimal]] = {}
    for session in plan.sessions:
        if session.day in period:
            per_block = totals.setdefault(session.week, dict(act))
            per_block[session.block] += session.hours
    out: list[WeekHours] = []
    for part in weeks_of(period):
        per_block = totals.get(part.week, act)
        act_min: Decimal | None = None
        int_min: Decimal | None = None
        if entry is not None:
            limits = entry.value
            int_min = week_policy.minimum_for(part, limits.integration_min_hours_per_week)
            if activation is ActivationReading.EXACT:
                act_min = week_policy.minimum_for(part, limits.activation_hours_per_week)
        out.append(
            WeekHours(
                part.week,
                part.days,
                _plain(per_block[Block.ACTIVATION]),
                _plain(per_block[Block.INTEGRATION]),
                act_min,
                int_min,
            )
        )
    return tuple(out)


# --- Validation ----------------------------------------------------------------------------------


def _h(hours: Decimal) -> str:
    """Hours without trailing zeros: 10, 2.5."""
    return format(hours.normalize(), "f")


def _violation(
    code: str, pl: str, en: str, observed: str, required: str, citation: Citation | None
) -> Violation:
    return Violation(code, Label(pl=pl, en=en), observed, required, citation)


def _law_violation(referral: PaiReferral) -> Violation | None:
    law_on = referral.law_on
    if PAI_LIMITS.get(law_on) is not None:
        return None
    first = PAI_LIMITS.entries[0].start
    if law_on < first:
        return _violation(
            "pai.law.not_in_force",
            "Program Aktywizacja i Integracja nie obowiązywał w dniu skierowania",
            "the Programme Activation and Integration was not in force on the referral date",
            f"referral agreed on {law_on.isoformat()}",
            f"a referral agreed on or after {first.isoformat()} (derived start day)",
            ART_62A,
        )
    return _violation(
        "pai.law.not_modelled",
        "brak modelowanych przepisów o PAI w dniu skierowania",
        "no PAI law is modelled for the referral date",
        f"referral agreed on {law_on.isoformat()}; UPZ was repealed from "
        f"{UPZ_REPEAL.isoformat()} and no PAI equivalent under URP is modelled",
        f"a referral agreed before {UPZ_REPEAL.isoformat()}, which keeps the UPZ rules",
        _TRANSITIONAL,
    )


def _eligibility_violation(referral: PaiReferral) -> Violation | None:
    verdict = eligibility(referral)
    if verdict is None or verdict.outcome is Outcome.ELIGIBLE:
        return None
    entry = PAI_TARGET_GROUP.entry_at(referral.law_on)
    required = entry.value.label.en + f" (version from {entry.start.isoformat()})"
    day = referral.agreed_on.isoformat()
    if verdict.outcome is Outcome.NOT_ELIGIBLE:
        failed = "; ".join(f"{v.label.en}: {v.observed_text('en')}" for v in verdict.failed())
        return _violation(
            "pai.eligibility.not_met",
            "osoba nie należy do grupy, którą można skierować do PAI",
            "the person is not in the group that may be referred to PAI",
            f"on {day}: {failed}",
            required,
            entry.citation,
        )
    missing = ", ".join(sorted(f.label.en for f in verdict.missing_facts()))
    return _violation(
        "pai.eligibility.unknown",
        "nie można ustalić, czy osobę można skierować do PAI",
        "cannot tell whether the person may be referred to PAI",
        f"on {day}: missing {missing}",
        required,
        entry.citation,
    )


def _months_violation(
    referral: PaiReferral,
    period: DateRange,
    limits: PaiLimits,
    counting: FirstReferralCounting,
    month_end: MonthEndPolicy,
) -> Violation | None:
    months = [referral_months(p, month_end) for p in (*referral.previous, period)]
    counted = months if counting is FirstReferralCounting.COUNTS else months[1:]
    total = sum(counted)
    if total <= limits.total_months_max:
        return None
    reading = (
        "first referral included"
        if counting is FirstReferralCounting.COUNTS
        else "first referral excluded"
    )
    return _violation(
        "pai.total.exceeded",
        "łączny okres udziału w PAI przekracza limit",
        "total time in PAI exceeds the limit",
        f"{total} months in {len(months)} referral(s) ({reading}: "
        + " + ".join(str(m) for m in counted)
        + ")",
        f"at most {limits.total_months_max} months in total ({reading})",
        ART_62A,
    )


def validate(
    plan: PaiPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    activation: ActivationReading = ActivationReading.EXACT,
    count_first_referral: FirstReferralCounting = FirstReferralCounting.COUNTS,
    month_end: MonthEndPolicy = MonthEndPolicy.CLIP,
) -> Validation:
    """Check a plan against the PAI law in force on the day its referral was agreed, and return
    every violation, each explained and cited.

    In order: the law (a referral agreed before 2014-05-27 or from 2025-06-01 gets this one
    violation and nothing else), the person's eligibility (when the referral carries a person;
    ``pai.eligibility.unknown`` when facts are missing, ``pai.eligibility.not_met`` when a
    condition fails), the duration (2 calendar months), the 6 months in total, sessions outside
    the referral, then week by week the activation cap, the activation minimum (``EXACT``
    reading) and the integration minimum.

    The check is monotone in the integration block: removing an integration session held within
    the referral never turns an invalid plan valid, and adding one never adds a violation (a
    session *outside* the referral is itself a violation, so removing it can fix a plan).

    Codes: ``pai.law.not_in_force``, ``pai.law.not_modelled``, ``pai.eligibility.not_met``,
    ``pai.eligibility.unknown``, ``pai.duration.length``, ``pai.total.exceeded``,
    ``pai.session.outside_period``, ``pai.activation.weekly_maximum``,
    ``pai.activation.weekly_minimum``, ``pai.integration.weekly_minimum``.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> plan = default_plan(date(2016, 4, 4))
        >>> late = Session(date(2016, 6, 6), Decimal(2), Activity.SUPPORT_GROUP)
        >>> work = next(s for s in plan.sessions if s.block is Block.ACTIVATION)
        >>> result = validate(plan.without(work).with_sessions([late]))
        >>> result.codes
        ('pai.session.outside_period', 'pai.activation.weekly_minimum')
        >>> print(result.violations[1].explain())
        too few hours of socially useful work in a week: 8 h in 2016-W14 (2016-04-04..2016-04-10); required: exactly 10 h a week (at least 10 h in this week; at most 10 h in any ISO week) (Art. 62a of the Act on Employment Promotion and Labour Market Institutions (UPZ))
        >>> validate(PaiPlan(PaiReferral(date(2025, 6, 1)))).codes
        ('pai.law.not_modelled',)
    """
    referral = plan.referral
    found: list[Violation] = []
    no_law = _law_violation(referral)
    if no_law is not None:
        return Validation((no_law,))
    entry = referral.limits()
    assert entry is not None  # the law check above guarantees it
    limits = entry.value
    unfit = _eligibility_violation(referral)
    if unfit is not None:
        found.append(unfit)
    statutory = referral.statutory_period(month_end)
    period = referral.period(month_end)
    if period != statutory:
        shorter = period.last < statutory.last
        found.append(
            _violation(
                "pai.duration.length",
                "okres programu krótszy niż 2 miesiące"
                if shorter
                else "okres programu dłuższy niż 2 miesiące",
                "the programme is shorter than 2 months"
                if shorter
                else "the programme is longer than 2 months",
                f"{period} ({period.days} days)",
                f"{limits.duration_months} calendar months: {statutory} ({statutory.days} days)",
                ART_62A,
            )
        )
    total = _months_violation(referral, period, limits, count_first_referral, month_end)
    if total is not None:
        found.append(total)
    outside = [s for s in plan.sessions if s.day not in period]
    if outside:
        hours = sum((s.hours for s in outside), _ZERO)
        days = ", ".join(dict.fromkeys(s.day.isoformat() for s in outside))
        found.append(
            _violation(
                "pai.session.outside_period",
                "zajęcia poza okresem programu",
                "sessions outside the programme period",
                f"{len(outside)} session(s), {_h(hours)} h, on {days}",
                f"every session within {period}",
                ART_62A,
            )
        )
    cap = limits.activation_hours_per_week
    integration_min = limits.integration_min_hours_per_week
    exact = activation is ActivationReading.EXACT
    for week in weekly_hours(
        plan, week_policy=week_policy, activation=activation, month_end=month_end
    ):
        where = f"{week.week} ({week.days})"
        if week.activation > cap:
            found.append(
                _violation(
                    "pai.activation.weekly_maximum",
                    "za dużo godzin prac społecznie użytecznych w tygodniu",
                    "too many hours of socially useful work in a week",
                    f"{_h(week.activation)} h in {where}",
                    (f"exactly {_h(cap)} h a week" if exact else f"at most {_h(cap)} h a week")
                    + " (the cap applies to the whole ISO week)",
                    ART_62A,
                )
            )
        act_min = week.activation_minimum
        if act_min is not None and week.activation < act_min:
            found.append(
                _violation(
                    "pai.activation.weekly_minimum",
                    "za mało godzin prac społecznie użytecznych w tygodniu",
                    "too few hours of socially useful work in a week",
                    f"{_h(week.activation)} h in {where}",
                    f"exactly {_h(cap)} h a week (at least {_h(act_min)} h in this week; "
                    f"at most {_h(cap)} h in any ISO week)",
                    ART_62A,
                )
            )
        int_min = week.integration_minimum
        if int_min is not None and week.integration < int_min:
            found.append(
                _violation(
                    "pai.integration.weekly_minimum",
                    "za mało godzin integracji społecznej w tygodniu",
                    "too few hours of social integration in a week",
                    f"{_h(week.integration)} h in {where}",
                    f"at least {_h(integration_min)} h a week (at least {_h(int_min)} h in "
                    f"this week, {week_policy.value} policy for partial weeks)",
                    ART_62A,
                )
            )
    return Validation(tuple(found))


# --- Summary -------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class PlanSummary:
    """The figures of a plan: hours per block, per ISO week and in total.

    Attributes:
        period: The days the referral runs.
        law_on: The date of the law applied.
        week_policy: The partial-week policy the weekly minima were computed with.
        weeks: The hours of each ISO week of the period.
        activation_hours: Hours of socially useful work inside the period.
        integration_hours: Hours of integration activities inside the period.
        hours_outside_period: Hours of sessions scheduled outside the period (not in the other
            figures).
        meets_seed_description: Whether the plan is what the INTEGRA II summary (seed 003)
            describes: "20 godzin tygodniowo przez okres dwóch miesięcy" — a 2-calendar-month
            period in which every whole ISO week has exactly 20 hours and no partial week has
            more.

    Examples:
        >>> from datetime import date
        >>> s = summary(default_plan(date(2016, 4, 4)))
        >>> s.total_hours, len(s.weeks), s.week_policy.value
        (Decimal('180'), 9, 'prorate')
    """

    period: DateRange
    law_on: date
    week_policy: PartialWeekPolicy
    weeks: tuple[WeekHours, ...] = attrs.field(converter=as_tuple)
    activation_hours: Decimal = attrs.field(validator=_non_negative)
    integration_hours: Decimal = attrs.field(validator=_non_negative)
    hours_outside_period: Decimal = attrs.field(validator=_non_negative)
    meets_seed_description: bool

    @property
    def total_hours(self) -> Decimal:
        """Hours of both blocks inside the period.

        Examples:
            >>> from datetime import date
            >>> summary(PaiPlan(PaiReferral(date(2016, 4, 4)))).total_hours
            Decimal('0')
        """
        return self.activation_hours + self.integration_hours

    def hours_of(self, block: Block) -> Decimal:
        """Hours of one block inside the period.

        Examples:
            >>> from datetime import date
            >>> summary(default_plan(date(2016, 4, 4))).hours_of(Block.ACTIVATION)
            Decimal('90')
        """
        return self.activation_hours if block is Block.ACTIVATION else self.integration_hours


def summary(
    plan: PaiPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    activation: ActivationReading = ActivationReading.EXACT,
    month_end: MonthEndPolicy = MonthEndPolicy.CLIP,
) -> PlanSummary:
    """The figures of ``plan``; weekly minima follow ``week_policy`` and ``activation``.

    Raises:
        NoLawInForce: the referral has no ``end`` and no PAI law is modelled on its law date.

    Examples:
        >>> from datetime import date
        >>> s = summary(default_plan(date(2016, 4, 6)))
        >>> [str(w.total) for w in s.weeks][:3], s.meets_seed_description
        (['12', '20', '20'], True)
    """
    referral = plan.referral
    period = referral.period(month_end)
    weeks = weekly_hours(plan, week_policy=week_policy, activation=activation, month_end=month_end)
    act = _plain(sum((w.activation for w in weeks), _ZERO))
    integ = _plain(sum((w.integration for w in weeks), _ZERO))
    outside = _plain(sum((s.hours for s in plan.sessions if s.day not in period), _ZERO))
    two_months = period.last == months_period(period.start, _SEED_MONTHS, month_end).last
    meets = two_months and all(
        w.total <= _SEED_WEEKLY_HOURS and (w.is_partial or w.total == _SEED_WEEKLY_HOURS)
        for w in weeks
    )
    return PlanSummary(
        period,
        referral.law_on,
        week_policy,
        weeks,
        act,
        integ,
        outside,
        meets,
    )


# --- Building a default plan ---------------------------------------------------------------------

_STEP = Decimal("0.01")


def _split(total: Decimal, days: Sequence[date]) -> list[tuple[date, Decimal]]:
    """``total`` hours spread over ``days``: equal shares to the hundredth of an hour, the
    remainder on the first day, so that the shares add up exactly."""
    share = _plain((total / len(days)).quantize(_STEP, rounding=ROUND_DOWN))
    out = [(day, share) for day in days]
    out[0] = (days[0], _plain(share + total - share * len(days)))
    return [(day, hours) for day, hours in out if hours > 0]


def _plain(hours: Decimal) -> Decimal:
    """The same number without trailing zeros and without an exponent (``2.50`` → ``2.5``)."""
    if hours == hours.to_integral_value():
        return hours.quantize(Decimal(1))
    return hours.normalize()


def _check_pattern(weekdays: Collection[int]) -> frozenset[int]:
    pattern = frozenset(weekdays)
    if not pattern or not all(isinstance(d, int) and 0 <= d <= 6 for d in pattern):
        raise InvalidValue("weekdays must be a non-empty collection of 0 (Monday) .. 6 (Sunday)")
    return pattern


def default_plan(
    referral: PaiReferral | date,
    *,
    weekdays: Collection[int] = (0, 1, 2, 3, 4),
    holidays: Collection[date] = frozenset(),
    activation_hours_per_week: Decimal | None = None,
    integration_hours_per_week: Decimal | None = None,
    integration_activity: Activity = Activity.GROUP_COUNSELLING,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    month_end: MonthEndPolicy = MonthEndPolicy.CLIP,
) -> PaiPlan:
    """A plan of 10 hours of socially useful work and 10 hours of integration a week (the seed's
    "20 hours a week for two months"), spread evenly over the days of ``weekdays`` (0 is Monday)
    that are not in ``holidays``.

    Each week gets the hours its minimum needs under ``week_policy`` (the prorated share in a
    partial first or last week; under ``SKIP`` the prorated share too). The weekly hours default
    to the law in force on the referral's law date. Public holidays are not known to the library:
    pass the ones you observe. Shares are split to the hundredth of an hour, the remainder going
    to the first day of the week.

    Raises:
        NoLawInForce: hours are not given and no PAI law is modelled on the law date.
        InvalidValue: a week needs hours but the pattern leaves it no day (all its days are
            holidays or outside ``weekdays``), a day would need more than 24 hours, or the
            pattern is empty.

    Examples:
        >>> from datetime import date
        >>> plan = default_plan(date(2016, 4, 4), holidays={date(2016, 5, 3)})
        >>> [str(s.hours) for s in plan.sessions if s.day.isoformat() == "2016-05-02"]
        ['2.5', '2.5']
        >>> default_plan(date(2016, 4, 9), weekdays=[5, 6])
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: week 2016-W23 (2016-06-06..2016-06-08) needs 6 h of vocational activation (socially useful work) but no day of the weekday pattern is free of holidays in 2016-06-06..2016-06-08
    """
    ref = referral if isinstance(referral, PaiReferral) else PaiReferral(referral)
    pattern = _check_pattern(weekdays)
    off = frozenset(holidays)
    if activation_hours_per_week is None or integration_hours_per_week is None:
        limits = PAI_LIMITS.at(ref.law_on)
        if activation_hours_per_week is None:
            activation_hours_per_week = limits.activation_hours_per_week
        if integration_hours_per_week is None:
            integration_hours_per_week = limits.integration_min_hours_per_week
    if integration_activity.block is not Block.INTEGRATION:
        raise InvalidValue("integration_activity must be an activity of the integration block")
    policy = PartialWeekPolicy.PRORATE if week_policy is PartialWeekPolicy.SKIP else week_policy
    blocks = (
        (Block.ACTIVATION, Activity.SOCIALLY_USEFUL_WORK, activation_hours_per_week),
        (Block.INTEGRATION, integration_activity, integration_hours_per_week),
    )
    sessions: list[Session] = []
    for part in weeks_of(ref.period(month_end)):
        days = [d for d in part.days.iter_days() if d.weekday() in pattern and d not in off]
        per_day: dict[date, Decimal] = {}
        for block, activity, weekly in blocks:
            needed = policy.minimum_for(part, weekly)
            assert needed is not None  # PRORATE and FULL always give a minimum
            if needed <= 0:
                continue
            if not days:
                raise InvalidValue(
                    f"week {part.week} ({part.days}) needs {_h(needed)} h of "
                    f"{block.label.en} but no day of the weekday pattern is free of "
                    f"holidays in {part.days}"
                )
            for day, hours in _split(needed, days):
                per_day[day] = per_day.get(day, _ZERO) + hours
                if per_day[day] > _MAX_DAY_HOURS:
                    raise InvalidValue(
                        f"week {part.week} ({part.days}) would need more than 24 h on "
                        f"{day.isoformat()}; add days to the weekday pattern"
                    )
                sessions.append(Session(day, hours, activity))
    return PaiPlan(ref, sessions)
