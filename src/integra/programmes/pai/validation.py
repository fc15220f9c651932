"""Checking a PAI plan against UPZ art. 62a: [`validate`][integra.programmes.pai.validation.validate]
returns every violation, each explained and cited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from integra.labels import Language, format_date, plural_pl
from integra.parameters import (
    PAI_LIMITS,
    PAI_TARGET_GROUP,
    UPZ_REPEAL,
    PaiLimits,
)
from integra.periods import (
    DateRange,
    MonthEndPolicy,
    PartialWeekPolicy,
)
from integra.programmes import _text
from integra.programmes._hours import over_a_day
from integra.programmes._text import violation
from integra.programmes.pai.counting import WeekHours, referral_months, weekly_hours
from integra.programmes.pai.plan import (
    _TRANSITIONAL,
    _ZERO,
    ART_62A,
    ActivationReading,
    FirstReferralCounting,
    PaiPlan,
    PaiReferral,
    _month_end_ignored,
)
from integra.programmes.pai.target_group import eligibility
from integra.programmes.violations import Validation, Violation
from integra.rules.core import Outcome
from integra.rules.core.verdict import _missing_text

__all__ = ["validate"]


def _law_violation(referral: PaiReferral) -> Violation | None:
    law_on = referral.law_on
    if PAI_LIMITS.get(law_on) is not None:
        return None
    first = PAI_LIMITS.entries[0].start

    def agreed(language: Language) -> str:
        day = format_date(law_on, language)
        return f"skierowanie z dnia {day}" if language == "pl" else f"referral agreed on {day}"

    if law_on < first:

        def from_first(language: Language) -> str:
            day = format_date(first, language)
            if language == "pl":
                return f"skierowanie z dnia {day} lub późniejsze (dzień początkowy wyprowadzony)"
            return f"a referral agreed on or after {day} (derived start day)"

        return violation(
            "pai.law.not_in_force",
            "Program Aktywizacja i Integracja nie obowiązywał w dniu skierowania",
            "the Programme Activation and Integration was not in force on the referral date",
            agreed,
            from_first,
            ART_62A,
            observed_value=law_on,
            required_value=first,
        )

    def repealed(language: Language) -> str:
        day = format_date(UPZ_REPEAL, language)
        if language == "pl":
            return (
                f"{agreed('pl')}; ustawa o promocji zatrudnienia została uchylona z dniem {day}, "
                "a biblioteka nie odwzorowuje odpowiednika PAI w ustawie o rynku pracy"
            )
        return (
            f"{agreed('en')}; UPZ was repealed from {day} and no PAI equivalent under URP is "
            "modelled"
        )

    def before_repeal(language: Language) -> str:
        day = format_date(UPZ_REPEAL, language)
        if language == "pl":
            return f"skierowanie sprzed {day}, do którego stosuje się dotychczasowe przepisy"
        return f"a referral agreed before {day}, which keeps the UPZ rules"

    return violation(
        "pai.law.not_modelled",
        "biblioteka nie zawiera przepisów o PAI obowiązujących w dniu skierowania",
        "no PAI law is modelled for the referral date",
        repealed,
        before_repeal,
        _TRANSITIONAL,
        observed_value=law_on,
        required_value=UPZ_REPEAL,
    )


def _calendar_months(n: int, language: Language) -> str:
    """``2 miesiące kalendarzowe`` / ``2 calendar months``."""
    if language == "pl":
        forms = ("miesiąc kalendarzowy", "miesiące kalendarzowe", "miesięcy kalendarzowych")
        return f"{n} {plural_pl(n, *forms)}"
    return f"{n} calendar month" if n == 1 else f"{n} calendar months"


def _eligibility_violation(referral: PaiReferral) -> Violation | None:
    verdict = eligibility(referral)
    if verdict is None or verdict.outcome is Outcome.ELIGIBLE:
        return None
    entry = PAI_TARGET_GROUP.entry_at(referral.law_on)

    def required(language: Language) -> str:
        start = format_date(entry.start, language)
        group = entry.value.label.text(language)
        return (
            f"{group} (wersja od {start})"
            if language == "pl"
            else f"{group} (version from {start})"
        )

    def on(language: Language) -> str:
        day = format_date(referral.agreed_on, language)
        return f"w dniu {day}" if language == "pl" else f"on {day}"

    if verdict.outcome is Outcome.NOT_ELIGIBLE:
        failed = verdict.failed()

        def observed(language: Language) -> str:
            # Polish separates a condition from what was observed with a dash, as a verdict does.
            sep = " — " if language == "pl" else ": "
            reasons = "; ".join(
                f"{v.label.text(language)}{sep}{v.observed_text(language)}" for v in failed
            )
            return f"{on(language)}: {reasons}"

        return violation(
            "pai.eligibility.not_met",
            "osoba nie należy do grupy, którą można skierować do PAI",
            "the person is not in the group that may be referred to PAI",
            observed,
            required,
            entry.citation,
            observed_value=referral.agreed_on,
        )
    facts = verdict.missing_facts

    def missing(language: Language) -> str:
        names = _missing_text(sorted(facts, key=lambda f: f.label.text(language)), language)
        if language == "pl":
            return f"{on('pl')} brakuje: {names}"
        return f"{on('en')}: missing: {names}"

    return violation(
        "pai.eligibility.unknown",
        "nie można ustalić, czy osobę można skierować do PAI",
        "cannot tell whether the person may be referred to PAI",
        missing,
        required,
        entry.citation,
        observed_value=referral.agreed_on,
    )


def _months_violation(
    referral: PaiReferral,
    period: DateRange,
    limits: PaiLimits,
    counting: FirstReferralCounting,
) -> Violation | None:
    months = [referral_months(p) for p in (*referral.previous, period)]
    counted = months if counting is FirstReferralCounting.COUNTS else months[1:]
    total = sum(counted)
    if total <= limits.total_months_max:
        return None
    included = counting is FirstReferralCounting.COUNTS

    def reading(language: Language) -> str:
        if language == "pl":
            return "z pierwszym skierowaniem" if included else "bez pierwszego skierowania"
        return "first referral included" if included else "first referral excluded"

    def observed(language: Language) -> str:
        parts = " + ".join(str(m) for m in counted)
        if language == "pl":
            # "w" takes the locative: w 1 skierowaniu, w 2 (5) skierowaniach.
            referrals = "skierowaniu" if len(months) == 1 else "skierowaniach"
            return (
                f"{_text.months(total, 'pl')} w {len(months)} {referrals} "
                f"({reading('pl')}: {parts})"
            )
        return (
            f"{_text.months(total, 'en')} in {len(months)} referral(s) ({reading('en')}: {parts})"
        )

    def required(language: Language) -> str:
        most = _text.months(limits.total_months_max, language)
        if language == "pl":
            return f"łącznie nie więcej niż {most} ({reading('pl')})"
        return f"at most {most} in total ({reading('en')})"

    return violation(
        "pai.total.exceeded",
        "łączny okres udziału w PAI przekracza limit",
        "total time in PAI exceeds the limit",
        observed,
        required,
        ART_62A,
        observed_value=total,
        required_value=limits.total_months_max,
    )


def validate(
    plan: PaiPlan,
    *,
    week_policy: PartialWeekPolicy = PartialWeekPolicy.PRORATE,
    activation: ActivationReading = ActivationReading.AT_MOST,
    count_first_referral: FirstReferralCounting = FirstReferralCounting.COUNTS,
    month_end: MonthEndPolicy | None = None,
) -> Validation:
    """Check a plan against the PAI law in force on the day its referral was agreed, and return
    every violation, each explained and cited.

    In order: the law (a referral agreed before 2014-05-27 or from 2025-06-01 gets this one
    violation and nothing else), the person's eligibility (when the referral carries a person;
    ``pai.eligibility.unknown`` when facts are missing, ``pai.eligibility.not_met`` when a
    condition fails), the duration (2 calendar months), the 6 months in total, sessions outside
    the referral, then week by week the activation cap, the activation minimum (only
    under the ``EXACT`` reading) and the integration minimum.

    The check is monotone in the integration block: removing an integration session held within
    the referral never turns an invalid plan valid, and adding one never adds a violation (a
    session *outside* the referral is itself a violation, so removing it can fix a plan), unless
    the one added repeats a session already in the plan or takes its day past 24 hours: the same
    session entered twice (``pai.session.duplicated``) and more than 24 hours on a day
    (``pai.day.over_24_hours``) are violations, so that neither can make up a weekly minimum.

    Codes: ``pai.law.not_in_force``, ``pai.law.not_modelled``, ``pai.eligibility.not_met``,
    ``pai.eligibility.unknown``, ``pai.duration.length``, ``pai.total.exceeded``,
    ``pai.session.outside_period``, ``pai.session.duplicated``, ``pai.day.over_24_hours``,
    ``pai.activation.weekly_maximum``,
    ``pai.activation.weekly_minimum``, ``pai.integration.weekly_minimum``.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from integra.programmes.pai import Activity, Block, PaiPlan, PaiReferral, Session, default_plan
        >>> plan = default_plan(date(2016, 4, 4))
        >>> late = Session(date(2016, 6, 6), Decimal(2), Activity.SUPPORT_GROUP)
        >>> work = next(s for s in plan.sessions if s.block is Block.ACTIVATION)
        >>> result = validate(plan.without(work).with_sessions([late]), activation=ActivationReading.EXACT)
        >>> result.codes
        ('pai.session.outside_period', 'pai.activation.weekly_minimum')
        >>> validate(plan.without(work).with_sessions([late])).codes  # the default: at most 10 h
        ('pai.session.outside_period',)
        >>> print(result.violations[1].explain())
        too few hours of socially useful work in a week: 8 h in 2016-W14 (2016-04-04..2016-04-10); required: exactly 10 h a week (at least 10 h in this week; at most 10 h in any ISO week) (Art. 62a of the Act on Employment Promotion and Labour Market Institutions (UPZ))
        >>> validate(PaiPlan(PaiReferral(date(2025, 6, 1)))).codes
        ('pai.law.not_modelled',)

    ``month_end`` is deprecated: the referral's months end on the same day under either
    month-end policy, so it changes nothing, and passing it warns (``DeprecationWarning``).
    """
    _month_end_ignored(month_end)
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
    statutory = referral.statutory_period()
    period = referral.period()
    if period != statutory:
        shorter = period.last < statutory.last
        found.append(
            violation(
                "pai.duration.length",
                "okres programu krótszy niż 2 miesiące"
                if shorter
                else "okres programu dłuższy niż 2 miesiące",
                "the programme is shorter than 2 months"
                if shorter
                else "the programme is longer than 2 months",
                lambda lang: f"{_text.period(period, lang)} ({_text.days(period.days, lang)})",
                lambda lang: (
                    f"{_calendar_months(limits.duration_months, lang)}: "
                    f"{_text.period(statutory, lang)} ({_text.days(statutory.days, lang)})"
                ),
                ART_62A,
                observed_value=period,
                required_value=statutory,
            )
        )
    total = _months_violation(referral, period, limits, count_first_referral)
    if total is not None:
        found.append(total)
    outside = [s for s in plan.sessions if s.day not in period]
    if outside:
        hours = sum((s.hours for s in outside), _ZERO)

        def observed(language: Language) -> str:
            days = _text.day_list((s.day for s in outside), language)
            if language == "pl":
                return (
                    f"liczba zajęć: {len(outside)}, łącznie {_text.hours(hours, 'pl')}, "
                    f"w dniach: {days}"
                )
            return f"{len(outside)} session(s), {_text.hours(hours, 'en')}, on {days}"

        found.append(
            violation(
                "pai.session.outside_period",
                "zajęcia poza okresem programu",
                "sessions outside the programme period",
                observed,
                lambda lang: (
                    f"wszystkie zajęcia w okresie {_text.period(period, 'pl')}"
                    if lang == "pl"
                    else f"every session within {period}"
                ),
                ART_62A,
                observed_value=hours,
                required_value=period,
            )
        )
    found.extend(_impossible_days(plan))
    cap = limits.activation_hours_per_week
    integration_min = limits.integration_min_hours_per_week
    exact = activation is ActivationReading.EXACT
    for week in weekly_hours(plan, week_policy=week_policy, activation=activation):
        found.extend(_week_violations(week, cap, integration_min, exact, week_policy))
    return Validation(tuple(found))


def _impossible_days(plan: PaiPlan) -> list[Violation]:
    """Sessions no person can attend: the same session entered twice, or more than 24 hours on
    one day. Neither needs a provision: they are errors in the plan, and without these checks a
    duplicated session would count twice towards a weekly minimum."""
    found: list[Violation] = []
    seen: set[tuple[object, ...]] = set()
    repeated = []
    per_day: dict[date, Decimal] = {}
    for session in plan.sessions:
        key = (session.day, session.activity, session.hours)
        if key in seen:
            repeated.append(session)
        seen.add(key)
        per_day[session.day] = per_day.get(session.day, _ZERO) + session.hours
    if repeated:
        first = repeated[0]
        found.append(
            violation(
                "pai.session.duplicated",
                "te same zajęcia wpisane więcej niż raz",
                "the same session entered more than once",
                lambda lang: (
                    f"powtórzone zajęcia: {len(repeated)}, pierwsze w dniu {format_date(first.day, 'pl')}"
                    if lang == "pl"
                    else f"{len(repeated)} repeated session(s), the first on {first.day.isoformat()}"
                ),
                lambda lang: "każde zajęcia raz" if lang == "pl" else "each session once",
                None,
                observed_value=len(repeated),
                required_value=0,
            )
        )
    found.extend(
        over_a_day(
            "pai.day.over_24_hours",
            per_day,
            "więcej niż 24 godziny zajęć w jednym dniu",
            "more than 24 hours of sessions on one day",
        )
    )
    return found


def _week_violations(
    week: WeekHours,
    cap: Decimal,
    integration_min: Decimal,
    exact: bool,
    week_policy: PartialWeekPolicy,
) -> list[Violation]:
    found: list[Violation] = []

    def observed(value: Decimal) -> Callable[[Language], str]:
        return lambda lang: (
            f"{_text.hours(value, lang)} {_text.in_week(week.week, lang, week.days)}"
        )

    def a_week(lang: Language) -> str:
        return "tygodniowo" if lang == "pl" else "a week"

    if week.activation > cap:

        def at_most(lang: Language) -> str:
            h = _text.hours(cap, lang)
            if lang == "pl":
                return (
                    f"{'dokładnie' if exact else 'nie więcej niż'} {h} tygodniowo "
                    "(limit dotyczy całego tygodnia kalendarzowego, od poniedziałku do niedzieli)"
                )
            return (
                f"{'exactly' if exact else 'at most'} {h} a week "
                "(the cap applies to the whole ISO week)"
            )

        found.append(
            violation(
                "pai.activation.weekly_maximum",
                "za dużo godzin prac społecznie użytecznych w tygodniu",
                "too many hours of socially useful work in a week",
                observed(week.activation),
                at_most,
                ART_62A,
                week=week.week,
                observed_value=week.activation,
                required_value=cap,
            )
        )
    act_min = week.activation_minimum
    if act_min is not None and week.activation < act_min:
        minimum = act_min

        def exactly(lang: Language) -> str:
            h, least = _text.hours(cap, lang), _text.hours(minimum, lang)
            if lang == "pl":
                return (
                    f"dokładnie {h} tygodniowo (co najmniej {least} w tym tygodniu; "
                    f"nie więcej niż {h} w żadnym tygodniu ISO)"
                )
            return (
                f"exactly {h} a week (at least {least} in this week; at most {h} in any ISO week)"
            )

        found.append(
            violation(
                "pai.activation.weekly_minimum",
                "za mało godzin prac społecznie użytecznych w tygodniu",
                "too few hours of socially useful work in a week",
                observed(week.activation),
                exactly,
                ART_62A,
                week=week.week,
                observed_value=week.activation,
                required_value=act_min,
            )
        )
    int_min = week.integration_minimum
    if int_min is not None and week.integration < int_min:
        this_week = int_min

        def at_least(lang: Language) -> str:
            h, least = _text.hours(integration_min, lang), _text.hours(this_week, lang)
            policy = _text.POLICY_PL[week_policy] if lang == "pl" else f"{week_policy.value} policy"
            if lang == "pl":
                return (
                    f"co najmniej {h} {a_week(lang)} (co najmniej {least} w tym tygodniu; "
                    f"niepełne tygodnie: {policy})"
                )
            return (
                f"at least {h} {a_week(lang)} (at least {least} in this week, "
                f"{policy} for partial weeks)"
            )

        found.append(
            violation(
                "pai.integration.weekly_minimum",
                "za mało godzin integracji społecznej w tygodniu",
                "too few hours of social integration in a week",
                observed(week.integration),
                at_least,
                ART_62A,
                week=week.week,
                observed_value=week.integration,
                required_value=int_min,
            )
        )
    return found
