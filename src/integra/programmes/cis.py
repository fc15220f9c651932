"""Participation in a social integration centre (centrum integracji społecznej, CIS), UZS.

A person of the groups of UZS art. 1 ust. 2 takes part in a CIS under an individual programme of
social employment and receives an **integration benefit** (świadczenie integracyjne), a share of
the unemployment benefit. Two versions of the rules are modelled
([`CIS_RULES`][integra.parameters.CIS_RULES]):

* **before 2022-02-15**: a 1-month trial period, then up to 11 months, extendable by up to 6
  (18 months at most); a stay of at least 6 hours a day; the benefit is 100% of the
  unemployment benefit, 50% in the trial month;
* **from 2022-02-15** (Dz.U. 2022 poz. 218): the 1-month trial period remains, counted
  separately, then up to 11 months, extendable by up to 12 (24 months at most — the ministry's
  guidance; ``DERIVED``, the amended articles were not read); a stay of at least 30 and at most 40
  hours a week (UZS art. 14 ust. 1); the benefit is 120% of the unemployment benefit, in the trial
  month too (the reduced trial-month share was dropped). The amendment set the new shares **with
  effect from 2022-01-01**
  ([`CIS_BENEFIT_SHARE`][integra.parameters.CIS_BENEFIT_SHARE]).

A [`CisPlan`][integra.programmes.cis.CisPlan] is a
[`CisParticipation`][integra.programmes.cis.CisParticipation] with its days of attendance
([`CisDay`][integra.programmes.cis.CisDay]); [`validate`][integra.programmes.cis.validate]
returns every violation, explained and cited;
[`integration_benefit`][integra.programmes.cis.integration_benefit] gives the benefit for a month
of participation.

Policies (each stated, and a parameter where the law leaves a choice):

* **Law date.** The length and hour rules are those in force on the participation's law date,
  ``law_on``, by default its first day, for the whole participation. No transitional rule on the
  length of a participation running across 2022-02-15 was found; the library reads it as
  continuing under the rules it started with, and a caller who reads it otherwise passes
  ``law_on=date(2022, 2, 15)``. The benefit share, by contrast, follows the month the benefit is
  due for: the amendment set 120% with effect from 2022-01-01 for every participant.
* **Months** are calendar months from the first day, counted by
  [`months_period`][integra.periods.months_period] (Kodeks cywilny art. 112): month ``n`` runs
  from the day after the first ``n - 1`` months to the end of ``n`` months. Without ``end`` the
  participation runs for the trial and basic months.
* **Hours.** Before 2022-02-15 each day of attendance needs at least 6 hours; days without
  attendance are not checked (absences are a matter of the benefit, not of the plan). From
  2022-02-15 each ISO week needs at least 30 hours, a first or last week only partly inside the
  participation following [`PartialWeekPolicy`][integra.periods.PartialWeekPolicy] (default
  ``PRORATE``: 30 × workdays inside ÷ 5), and no ISO week may have more than 40 hours. The
  shorter hours of participants with a significant or moderate disability (URZ art. 15 ust. 2,
  applied "accordingly") are not modelled.
* **Benefit rounding** ([`BenefitRounding`][integra.programmes.cis.BenefitRounding]): by default
  to the grosz, halves up; labour-office tables show amounts rounded up to full 10 groszy
  (120% of 1240.80 zł = 1488.96, published as 1489.00), available as ``TEN_GROSZE_UP``.
  Proration for absences or incomplete calendar months is not modelled.

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> p = CisParticipation(date(2021, 3, 1), extension_months=6)
    >>> str(p.period()), p.longest_months
    ('2021-03-01..2022-02-28', 18)
    >>> b = integration_benefit(p, 1)
    >>> b.trial, b.share, b.base, b.amount
    (True, Decimal('0.50'), Decimal('1200.00'), Decimal('600.00'))
    >>> integration_benefit(p, 11).amount  # January 2022: 120% with effect from 2022-01-01
    Decimal('1488.96')
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidRange, InvalidValue, NoLawInForce
from integra.labels import Language, format_date
from integra.law import Certainty, Citation, Dated
from integra.parameters import (
    CIS_BENEFIT_SHARE,
    CIS_RULES,
    CIS_TRIAL_BENEFIT_SHARE,
    CIS_WEEKLY_HOURS_MAX,
    UNEMPLOYMENT_BENEFIT,
    UZS,
    CisRules,
)
from integra.periods import (
    DateRange,
    IsoWeek,
    MonthEndPolicy,
    PartialWeekPolicy,
    WeekSlice,
    months_period,
    weeks_of,
)
from integra.programmes import _text
from integra.programmes._hours import as_hours, day_hours, over_a_day
from integra.programmes._text import violation
from integra.programmes.violations import Validation, Violation

__all__ = [
    "AMENDMENT_DAY",
    "ART_14",
    "ART_15",
    "BenefitRounding",
    "CisDay",
    "CisParticipation",
    "CisPlan",
    "IntegrationBenefit",
    "integration_benefit",
    "validate",
]

AMENDMENT_DAY = date(2022, 2, 15)
"""The day the amendment of the Act on Social Employment (Dz.U. 2022 poz. 218) came into force.

Examples:
    >>> CIS_RULES.at(AMENDMENT_DAY).min_hours_per_week
    Decimal('30')
"""

ART_14 = Citation(UZS, article="14", paragraph="1")
"""UZS art. 14 ust. 1: the time a participant stays in the CIS (a day before 2022-02-15, a week
from then).

Examples:
    >>> str(ART_14)
    'art. 14 ust. 1 ustawy o zatrudnieniu socjalnym'
"""

ART_15 = Citation(UZS, article="15")
"""UZS art. 15: the period of participation and the integration benefit.

Examples:
    >>> ART_15.text("en")
    'Art. 15 of the Act on Social Employment (UZS)'
"""

_ZERO = Decimal(0)
_MONEY_LIMIT = Decimal(10) ** 12
_ONE_DAY = timedelta(days=1)


class BenefitRounding(enum.Enum):
    """How the integration benefit is rounded.

    * ``GROSZ`` (default): to the grosz, halves up — the library's rule for money.
    * ``TEN_GROSZE_UP``: up to full 10 groszy, as labour-office tables of benefits show (a
      practice observed in published tables, ``DERIVED``, not a rule found in the act).

    Examples:
        >>> from decimal import Decimal
        >>> BenefitRounding.GROSZ.round(Decimal("1488.96")), BenefitRounding.TEN_GROSZE_UP.round(Decimal("1488.96"))
        (Decimal('1488.96'), Decimal('1489.00'))
    """

    GROSZ = "grosz"
    TEN_GROSZE_UP = "ten_grosze_up"

    def round(self, amount: Decimal) -> Decimal:
        """``amount`` rounded under this policy, always with two decimal places.

        Examples:
            >>> from decimal import Decimal
            >>> BenefitRounding.TEN_GROSZE_UP.round(Decimal("415.55"))
            Decimal('415.60')
        """
        if self is BenefitRounding.GROSZ:
            return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return amount.quantize(Decimal("0.1"), rounding=ROUND_CEILING).quantize(Decimal("0.01"))


def _is_day(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[date], value: Any) -> None:
        if type(value) is not date:
            raise InvalidValue(
                f"{owner}.{attribute.name} must be a datetime.date, got {type(value).__name__}"
            )

    return check


def _check_end(
    instance: CisParticipation, attribute: attrs.Attribute[date | None], value: Any
) -> None:
    if value is None:
        return
    _is_day("CisParticipation")(instance, attribute, value)
    if value < instance.start:
        raise InvalidRange("CisParticipation.end is before CisParticipation.start")


def _check_extension(instance: object, attribute: attrs.Attribute[int], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValue("CisParticipation.extension_months must be an int of at least 0")


@attrs.frozen(slots=True)
class CisParticipation:
    """One person's participation in a CIS.

    Attributes:
        start: The first day of participation (the trial month begins on it, where there is one).
        end: The last day planned, or ``None`` for the trial and basic months from ``start``.
        extension_months: The extension granted, in months (0 if none).
        law_on: The date of the law applied to the length and hours, by default ``start``.

    Examples:
        >>> from datetime import date
        >>> p = CisParticipation(date(2022, 2, 14))
        >>> p.rules().value.trial_months, str(p.period())
        (1, '2022-02-14..2023-02-13')
        >>> CisParticipation(date(2022, 2, 15)).rules().value.trial_months
        1
        >>> CisParticipation(date(2022, 2, 15), end=date(2022, 2, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidRange: CisParticipation.end is before CisParticipation.start
    """

    start: date = attrs.field(validator=_is_day("CisParticipation"))
    end: date | None = attrs.field(default=None, validator=_check_end, kw_only=True)
    extension_months: int = attrs.field(default=0, validator=_check_extension, kw_only=True)
    law_on: date = attrs.field(
        default=attrs.Factory(lambda self: self.start, takes_self=True),
        validator=_is_day("CisParticipation"),
        kw_only=True,
    )

    def rules(self) -> Dated[CisRules]:
        """The CIS rules in force on the law date, with their citation and certainty.

        Raises:
            NoLawInForce: no CIS rules are modelled on the law date (before 2004-01-01).

        Examples:
            >>> from datetime import date
            >>> CisParticipation(date(2019, 1, 7)).rules().value.extension_months_max
            6
        """
        return CIS_RULES.entry_at(self.law_on)

    @property
    def longest_months(self) -> int:
        """The months the participation may last with the extension granted (capped at the
        longest extension the law allows).

        Examples:
            >>> from datetime import date
            >>> CisParticipation(date(2023, 1, 2), extension_months=20).longest_months
            24
        """
        rules = self.rules().value
        extension = min(self.extension_months, rules.extension_months_max)
        return rules.trial_months + rules.basic_months + extension

    def month(self, number: int, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> DateRange:
        """Month ``number`` of the participation (1 is the first): the days after the first
        ``number - 1`` months up to the end of ``number`` months, both counted by
        [`months_period`][integra.periods.months_period] (KC art. 112).

        Examples:
            >>> from datetime import date
            >>> p = CisParticipation(date(2024, 1, 31))
            >>> str(p.month(1)), str(p.month(2))
            ('2024-01-31..2024-02-29', '2024-03-01..2024-03-30')
        """
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise InvalidValue(f"month must be an int of at least 1, got {number!r}")
        end = months_period(self.start, number, month_end).last
        if number == 1:
            return DateRange(self.start, end)
        return DateRange(months_period(self.start, number - 1, month_end).last + _ONE_DAY, end)

    def allowed_period(self, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> DateRange:
        """The longest period the participation may run: ``longest_months`` from ``start``.

        Examples:
            >>> from datetime import date
            >>> str(CisParticipation(date(2021, 3, 1), extension_months=6).allowed_period())
            '2021-03-01..2022-08-31'
        """
        return DateRange(self.start, self.month(self.longest_months, month_end).last)

    def period(self, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> DateRange:
        """The days the participation runs: ``start .. end``, or the trial and basic months.

        Examples:
            >>> from datetime import date
            >>> str(CisParticipation(date(2022, 3, 1)).period())
            '2022-03-01..2023-02-28'
        """
        if self.end is not None:
            return DateRange(self.start, self.end)
        rules = self.rules().value
        return DateRange(
            self.start, self.month(rules.trial_months + rules.basic_months, month_end).last
        )

    def trial_period(self, month_end: MonthEndPolicy = MonthEndPolicy.CLIP) -> DateRange | None:
        """The trial period under the rules of the law date, or ``None`` if they have none.

        Examples:
            >>> from datetime import date
            >>> str(CisParticipation(date(2021, 3, 1)).trial_period())
            '2021-03-01..2021-03-31'
            >>> str(CisParticipation(date(2023, 3, 1)).trial_period())
            '2023-03-01..2023-03-31'
        """
        months = self.rules().value.trial_months
        if months == 0:  # pragma: no cover - every modelled version has a trial month
            return None
        return DateRange(self.start, self.month(months, month_end).last)


@attrs.frozen(slots=True, order=True)
class CisDay:
    """A day of attendance at the CIS and the hours the participant stayed.

    Attributes:
        day: The day.
        hours: Hours of stay, a ``Decimal`` more than 0 and at most 24.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> CisDay(date(2022, 2, 14), Decimal(6)).week
        IsoWeek(year=2022, week=7)
        >>> CisDay(date(2022, 2, 14), 6.0)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: CisDay.hours must be a Decimal or an int (not float), got float
    """

    day: date = attrs.field(validator=_is_day("CisDay"))
    hours: Decimal = attrs.field(converter=as_hours, validator=day_hours("CisDay"))

    @property
    def week(self) -> IsoWeek:
        """The ISO week of the day.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> str(CisDay(date(2022, 1, 2), Decimal(6)).week)
            '2021-W52'
        """
        return IsoWeek.of(self.day)


def _sorted_days(value: Iterable[CisDay]) -> tuple[CisDay, ...]:
    items = as_tuple(value)
    if all(isinstance(d, CisDay) for d in items):
        return tuple(sorted(items))
    return items


def _check_days(
    instance: object, attribute: attrs.Attribute[tuple[CisDay, ...]], value: Any
) -> None:
    for item in value:
        if not isinstance(item, CisDay):
            raise InvalidValue(f"CisPlan.days must hold CisDay values, got {type(item).__name__}")


def _check_participation(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, CisParticipation):
        raise InvalidValue(
            f"CisPlan.participation must be a CisParticipation, got {type(value).__name__}"
        )


@attrs.frozen(slots=True)
class CisPlan:
    """A participation and its days of attendance, kept in order of day.

    Attributes:
        participation: Who takes part, from when, under which law.
        days: The days of attendance with their hours (records of one day add up; the same
            record entered twice is a violation, see [`validate`][integra.programmes.cis.validate]).

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> plan = CisPlan(CisParticipation(date(2023, 1, 2)), [
        ...     CisDay(date(2023, 1, 3), Decimal(8)), CisDay(date(2023, 1, 2), Decimal(7))])
        >>> [d.day.day for d in plan.days], plan.hours
        ([2, 3], Decimal('15'))
    """

    participation: CisParticipation = attrs.field(validator=_check_participation)
    days: tuple[CisDay, ...] = attrs.field(
        default=(), converter=_sorted_days, validator=_check_days
    )

    @property
    def hours(self) -> Decimal:
        """Hours of all days of attendance.

        Examples:
            >>> from datetime import date
            >>> CisPlan(CisParticipation(date(2023, 1, 2))).hours
            Decimal('0')
        """
        return sum((d.hours for d in self.days), _ZERO)


# --- Validation ----------------------------------------------------------------------------------


def _length_violations(
    participation: CisParticipation, entry: Dated[CisRules], month_end: MonthEndPolicy
) -> list[Violation]:
    rules = entry.value
    found: list[Violation] = []

    def version(language: Language) -> str:
        day = format_date(participation.law_on, language)
        return (
            f"przepisy obowiązujące w dniu {day}"
            if language == "pl"
            else f"rules in force on {day}"
        )

    if participation.extension_months > rules.extension_months_max:
        found.append(
            violation(
                "cis.extension.exceeded",
                "przedłużenie uczestnictwa w CIS dłuższe niż dopuszczalne",
                "the extension of CIS participation is longer than allowed",
                lambda lang: _text.months(participation.extension_months, lang),
                lambda lang: (
                    f"{'nie więcej niż' if lang == 'pl' else 'at most'} "
                    f"{_text.months(rules.extension_months_max, lang)} ({version(lang)})"
                ),
                ART_15,
                observed_value=participation.extension_months,
                required_value=rules.extension_months_max,
            )
        )
    period = participation.period(month_end)
    allowed = participation.allowed_period(month_end)
    if period.last > allowed.last:
        extension = min(participation.extension_months, rules.extension_months_max)

        def allowed_text(lang: Language) -> str:
            until = format_date(allowed.last, lang)
            if lang == "pl":
                trial = (
                    f"{rules.trial_months} mies. okresu próbnego + " if rules.trial_months else ""
                )
                return (
                    f"{trial}{rules.basic_months} mies. + {extension} mies. przyznanego "
                    f"przedłużenia (nie więcej niż {rules.extension_months_max}): do {until} "
                    f"({version(lang)})"
                )
            trial = (
                f"{_text.months(rules.trial_months, 'en')} of trial + "
                if rules.trial_months
                else ""
            )
            return (
                f"{trial}{rules.basic_months} months + {extension} months of extension granted "
                f"(at most {rules.extension_months_max}): until {until} ({version(lang)})"
            )

        found.append(
            violation(
                "cis.duration.exceeded",
                "uczestnictwo w CIS dłuższe niż dopuszczalne",
                "CIS participation is longer than allowed",
                lambda lang: f"{_text.period(period, lang)} ({_text.days(period.days, lang)})",
                allowed_text,
                ART_15,
                observed_value=period,
                required_value=allowed,
            )
        )
    return found


def _hours_violations(
    days: tuple[CisDay, ...],
    law_on: date,
    period: DateRange,
    rules: CisRules,
    week_policy: PartialWeekPolicy,
) -> list[Violation]:
    found: list[Violation] = []
    inside = [d for d in days if d.day in period]
    if rules.hours_per_day is not None:
        per_day: dict[date, Decimal] = {}
        for d in inside:
            per_day[d.day] = per_day.get(d.day, _ZERO) + d.hours
        daily = rules.hours_per_day

        def each_day(lang: Language) -> str:
            h, day = _text.hours(daily, lang), format_date(law_on, lang)
            if lang == "pl":
                return (
                    f"co najmniej {h} w każdym dniu obecności (przepisy obowiązujące w dniu {day})"
                )
            return f"at least {h} on each day of attendance (rules in force on {day})"

        for day, hours in sorted(per_day.items()):
            if hours < daily:
                found.append(
                    violation(
                        "cis.hours.daily_minimum",
                        "za krótki dzienny pobyt w CIS",
                        "too short a daily stay in the CIS",
                        _on_day(hours, day),
                        each_day,
                        ART_14,
                        observed_value=hours,
                        required_value=daily,
                    )
                )
    if rules.min_hours_per_week is not None:
        weekly_min = rules.min_hours_per_week
        cap = CIS_WEEKLY_HOURS_MAX.get(law_on)
        per_week: dict[IsoWeek, Decimal] = {}
        for d in inside:
            per_week[d.week] = per_week.get(d.week, _ZERO) + d.hours
        for part in weeks_of(period):
            hours = per_week.get(part.week, _ZERO)
            needed = week_policy.minimum_for(part, weekly_min)
            if needed is not None and hours < needed:
                found.append(
                    violation(
                        "cis.hours.weekly_minimum",
                        "za krótki tygodniowy pobyt w CIS",
                        "too short a weekly stay in the CIS",
                        _in_week(hours, part),
                        _at_least_a_week(weekly_min, needed, week_policy),
                        ART_14,
                        week=part.week,
                        observed_value=hours,
                        required_value=needed,
                    )
                )
            if cap is not None and hours > cap:
                found.append(
                    violation(
                        "cis.hours.weekly_maximum",
                        "za długi tygodniowy pobyt w CIS",
                        "too long a weekly stay in the CIS",
                        _in_week(hours, part),
                        _at_most_a_week(cap),
                        ART_14,
                        week=part.week,
                        observed_value=hours,
                        required_value=cap,
                    )
                )
    return found


def _on_day(hours: Decimal, day: date) -> Callable[[Language], str]:
    def text(lang: Language) -> str:
        on = "w dniu" if lang == "pl" else "on"
        return f"{_text.hours(hours, lang)} {on} {format_date(day, lang)}"

    return text


def _in_week(hours: Decimal, part: WeekSlice) -> Callable[[Language], str]:
    return lambda lang: f"{_text.hours(hours, lang)} {_text.in_week(part.week, lang, part.days)}"


def _at_least_a_week(
    weekly_min: Decimal, needed: Decimal, week_policy: PartialWeekPolicy
) -> Callable[[Language], str]:
    def text(lang: Language) -> str:
        h, least = _text.hours(weekly_min, lang), _text.hours(needed, lang)
        if lang == "pl":
            return (
                f"co najmniej {h} tygodniowo (co najmniej {least} w tym tygodniu; niepełne "
                f"tygodnie: {_text.POLICY_PL[week_policy]})"
            )
        return (
            f"at least {h} a week (at least {least} in this week, {week_policy.value} policy "
            "for partial weeks)"
        )

    return text


def _at_most_a_week(cap: Decimal) -> Callable[[Language], str]:
    def text(lang: Language) -> str:
        h = _text.hours(cap, lang)
        if lang == "pl":
            return (
                f"nie więcej niż {h} tygodniowo "
                "(limit dotyczy całego tygodnia kalendarzowego, od poniedziałku do niedzieli)"
            )
        return f"at most {h} a week (the cap applies to the whole ISO week)"

    return text


def validate(
    plan: CisPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    month_end: MonthEndPolicy = MonthEndPolicy.CLIP,
) -> Validation:
    """Check a CIS plan against the rules in force on its law date and return every violation,
    each explained and cited.

    In order: the law (a law date with no modelled CIS rules gets this one violation and nothing
    else), the extension, the length, days of attendance outside the participation, then the
    hours — before 2022-02-15 day by day (at least 6 h), from 2022-02-15 week by week (at least
    30 h, ``week_policy`` for partial weeks; at most 40 h in the whole ISO week).

    Records of one day with different hours add up; a day whose records exceed 24 hours is a
    violation citing no provision (``cis.day.over_24_hours``), before and after 2022 alike. The
    same record (day and hours) entered more than once is a violation citing UZS art. 14 ust. 1
    (``cis.day.duplicated``) and counts once towards the hours.

    Codes: ``cis.law.not_in_force``, ``cis.extension.exceeded``, ``cis.duration.exceeded``,
    ``cis.day.outside_period``, ``cis.day.duplicated``, ``cis.day.over_24_hours``,
    ``cis.hours.daily_minimum``, ``cis.hours.weekly_minimum``, ``cis.hours.weekly_maximum``.

    Examples:
        >>> from datetime import date, timedelta
        >>> from decimal import Decimal
        >>> p = CisParticipation(date(2022, 2, 14), end=date(2022, 2, 18))
        >>> days = [CisDay(date(2022, 2, 14) + timedelta(i), Decimal(6)) for i in range(5)]
        >>> validate(CisPlan(p, days)).valid
        True
        >>> later = CisParticipation(date(2022, 2, 15), end=date(2022, 2, 18))
        >>> validate(CisPlan(later, days)).codes  # 24 h in 4 workdays: the prorated minimum
        ('cis.day.outside_period',)
        >>> result = validate(CisPlan(later, days), week_policy=PartialWeekPolicy.FULL)
        >>> result.codes
        ('cis.day.outside_period', 'cis.hours.weekly_minimum')
        >>> print(result.violations[1].explain())
        too short a weekly stay in the CIS: 24 h in 2022-W07 (2022-02-15..2022-02-18); required: at least 30 h a week (at least 30 h in this week, full policy for partial weeks) (Art. 14(1) of the Act on Social Employment (UZS))
    """
    if not isinstance(plan, CisPlan):
        raise InvalidValue(f"plan must be a CisPlan, got {type(plan).__name__}")
    participation = plan.participation
    entry = (
        CIS_RULES.entry_at(participation.law_on)
        if CIS_RULES.get(participation.law_on) is not None
        else None
    )
    if entry is None:
        first = CIS_RULES.entries[0].start
        return Validation(
            (
                violation(
                    "cis.law.not_in_force",
                    "biblioteka nie zawiera przepisów o CIS obowiązujących w dniu rozpoczęcia",
                    "no CIS rules are modelled for the law date",
                    lambda lang: (
                        f"{'dzień stosowania prawa' if lang == 'pl' else 'law date'} "
                        f"{format_date(participation.law_on, lang)}"
                    ),
                    lambda lang: (
                        f"dzień stosowania prawa {format_date(first, 'pl')} lub późniejszy "
                        "(wyprowadzony dzień wejścia w życie ustawy)"
                        if lang == "pl"
                        else f"a law date on or after {first.isoformat()} (derived start of the act)"
                    ),
                    ART_15,
                    observed_value=participation.law_on,
                    required_value=first,
                ),
            )
        )
    found = _length_violations(participation, entry, month_end)
    period = participation.period(month_end)
    # A record entered twice is a violation of its own and counts once everywhere else.
    distinct = tuple(dict.fromkeys(plan.days))
    outside = [d for d in distinct if d.day not in period]
    if outside:
        hours = sum((d.hours for d in outside), _ZERO)

        def observed(lang: Language) -> str:
            days = _text.day_list((d.day for d in outside), lang)
            if lang == "pl":
                return (
                    f"liczba dni: {len(outside)}, łącznie {_text.hours(hours, 'pl')}, "
                    f"w dniach: {days}"
                )
            return f"{len(outside)} day(s), {_text.hours(hours, 'en')}, on {days}"

        found.append(
            violation(
                "cis.day.outside_period",
                "obecność poza okresem uczestnictwa",
                "attendance outside the participation",
                observed,
                lambda lang: (
                    f"każdy dzień obecności w okresie {_text.period(period, 'pl')}"
                    if lang == "pl"
                    else f"every day of attendance within {period}"
                ),
                ART_15,
                observed_value=hours,
                required_value=period,
            )
        )
    found.extend(_entered_twice(plan.days, len(distinct)))
    found.extend(_over_24_hours(distinct))
    found.extend(
        _hours_violations(distinct, participation.law_on, period, entry.value, week_policy)
    )
    return Validation(tuple(found))


def _entered_twice(days: tuple[CisDay, ...], distinct: int) -> list[Violation]:
    """The same record of attendance (day and hours) entered more than once: counted twice, it
    would make up a daily or weekly minimum of UZS art. 14 ust. 1 that the stay did not."""
    repeated = len(days) - distinct
    if not repeated:
        return []
    # The earliest record entered again (the plan keeps its days in order of day); there is one.
    seen: set[CisDay] = set()
    at = 0
    while days[at] not in seen:
        seen.add(days[at])
        at += 1
    first = days[at]
    return [
        violation(
            "cis.day.duplicated",
            "ten sam dzień obecności wpisany więcej niż raz",
            "the same day of attendance entered more than once",
            lambda lang: (
                f"powtórzone wpisy: {repeated}, pierwszy w dniu {format_date(first.day, 'pl')}"
                if lang == "pl"
                else f"{repeated} repeated record(s), the first on {first.day.isoformat()}"
            ),
            lambda lang: (
                "każdy dzień obecności raz" if lang == "pl" else "each day of attendance once"
            ),
            ART_14,
            observed_value=repeated,
            required_value=0,
        )
    ]


def _over_24_hours(days: tuple[CisDay, ...]) -> list[Violation]:
    """Days whose records add up to more than 24 hours: no one stays that long, and such a day
    would meet the daily minimum of the rules before 2022 however it was entered."""
    per_day: dict[date, Decimal] = {}
    for record in days:
        per_day[record.day] = per_day.get(record.day, _ZERO) + record.hours
    return over_a_day(
        "cis.day.over_24_hours",
        per_day,
        "więcej niż 24 godziny pobytu w jednym dniu",
        "more than 24 hours of stay on one day",
    )


# --- Integration benefit -------------------------------------------------------------------------


def _money(instance: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise InvalidValue(f"{type(instance).__name__}.{attribute.name} must be a Decimal >= 0")


@attrs.frozen(slots=True)
class IntegrationBenefit:
    """The integration benefit (świadczenie integracyjne) for one month of CIS participation.

    Attributes:
        month: The month of participation (1 is the first).
        period: Its days.
        trial: Whether it is the trial month under the rules of the law date.
        share: The share of the unemployment benefit paid, by the month's first day.
        share_certainty: Whether that share (and its dates) are confirmed or derived.
        base: The unemployment benefit the share applies to, złoty.
        base_certainty: Whether the base comes from a confirmed or derived entry of
            [`UNEMPLOYMENT_BENEFIT`][integra.parameters.UNEMPLOYMENT_BENEFIT], or ``None`` when
            the caller gave it.
        exact: ``share × base``, unrounded.
        amount: ``exact`` rounded under ``rounding``.
        rounding: The rounding policy used.

    Examples:
        >>> from datetime import date
        >>> b = integration_benefit(CisParticipation(date(2023, 7, 3)), 1)
        >>> b.trial, b.share, b.base, b.amount, b.base_certainty.value
        (True, Decimal('1.20'), Decimal('1491.90'), Decimal('1790.28'), 'confirmed')
    """

    month: int
    period: DateRange
    trial: bool
    share: Decimal = attrs.field(validator=_money)
    share_certainty: Certainty
    base: Decimal = attrs.field(validator=_money)
    base_certainty: Certainty | None
    exact: Decimal = attrs.field(validator=_money)
    amount: Decimal = attrs.field(validator=_money)
    rounding: BenefitRounding = BenefitRounding.GROSZ


def integration_benefit(
    participation: CisParticipation,
    month: int,
    unemployment_benefit: Decimal | int | None = None,
    *,
    rounding: BenefitRounding = BenefitRounding.GROSZ,
    month_end: MonthEndPolicy = MonthEndPolicy.CLIP,
) -> IntegrationBenefit:
    """The integration benefit for month ``month`` of ``participation``: the share in force on
    the month's first day (100%, 50% in the trial month; 120% for months from 2022-01-01) times the
    unemployment benefit — ``unemployment_benefit`` when given, else the amount in force on the
    month's first day ([`UNEMPLOYMENT_BENEFIT`][integra.parameters.UNEMPLOYMENT_BENEFIT]).

    The trial month is the first month when the rules of the law date have one (before
    2022-02-15). The amount is for a whole month of attendance; proration for absences is not
    modelled.

    Raises:
        InvalidValue: ``month`` is not an int of at least 1 or is beyond the longest participation
            (with the extension granted); ``unemployment_benefit`` is a float or negative.
        NoLawInForce: no CIS rule or share is modelled, or the unemployment benefit is not modelled
            for the month and was not given.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> p = CisParticipation(date(2018, 6, 4))
        >>> integration_benefit(p, 1).amount, integration_benefit(p, 2).amount
        (Decimal('423.90'), Decimal('847.80'))
        >>> integration_benefit(p, 13)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: month 13 is beyond the longest participation of 12 months (rules in force on 2018-06-04)
        >>> late = CisParticipation(date(2025, 6, 2))
        >>> integration_benefit(late, 1, Decimal("1721.90")).amount  # benefit from 2025-06-01, press
        Decimal('2066.28')
        >>> integration_benefit(late, 1)
        Traceback (most recent call last):
        ...
        integra.errors.NoLawInForce: no value of 'unemployment benefit, basic amount for the first 90 days (UPZ art. 72 ust. 1 pkt 1)' is modelled for 2025-06-02; known until 2025-05-31; pass unemployment_benefit, the amount in force for the month
    """
    if not isinstance(participation, CisParticipation):
        raise InvalidValue(
            f"participation must be a CisParticipation, got {type(participation).__name__}"
        )
    if not isinstance(rounding, BenefitRounding):
        raise InvalidValue(f"rounding must be a BenefitRounding, got {type(rounding).__name__}")
    days = participation.month(month, month_end)
    rules = participation.rules().value
    longest = participation.longest_months
    if month > longest:
        raise InvalidValue(
            f"month {month} is beyond the longest participation of {longest} months "
            f"(rules in force on {participation.law_on.isoformat()})"
        )
    first = days.start
    trial = month <= rules.trial_months
    share_entry = (CIS_TRIAL_BENEFIT_SHARE if trial else CIS_BENEFIT_SHARE).entry_at(first)
    base_certainty: Certainty | None
    if unemployment_benefit is None:
        try:
            base_entry = UNEMPLOYMENT_BENEFIT.entry_at(first)
        except NoLawInForce as error:
            raise NoLawInForce(
                error.parameter,
                first,
                str(error).partition("; ")[2] + "; pass unemployment_benefit, the amount in "
                "force for the month",
            ) from None
        base = base_entry.value
        base_certainty = base_entry.certainty
    else:
        if isinstance(unemployment_benefit, bool) or not isinstance(
            unemployment_benefit, Decimal | int
        ):
            raise InvalidValue(
                "unemployment_benefit must be a Decimal or an int (not float), got "
                f"{type(unemployment_benefit).__name__}"
            )
        base = Decimal(unemployment_benefit)
        if not base.is_finite() or base < 0:
            raise InvalidValue("unemployment_benefit must be a finite amount of at least 0")
        if base >= _MONEY_LIMIT:
            # Far above any benefit, and the share times it must fit Decimal's 28 digits.
            raise InvalidValue("unemployment_benefit must be below 10^12 zł")
        base_certainty = None
    share = share_entry.value
    exact = share * base
    return IntegrationBenefit(
        month=month,
        period=days,
        trial=trial,
        share=share,
        share_certainty=share_entry.certainty,
        base=base,
        base_certainty=base_certainty,
        exact=exact,
        amount=rounding.round(exact),
        rounding=rounding,
    )
