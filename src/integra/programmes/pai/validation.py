"""Checking a PAI plan against UPZ art. 62a: [`validate`][integra.programmes.pai.validation.validate]
returns every violation, each explained and cited.
"""

from __future__ import annotations

from integra.labels import Label
from integra.law import Citation
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
from integra.programmes.pai.counting import _h, referral_months, weekly_hours
from integra.programmes.pai.plan import (
    _TRANSITIONAL,
    _ZERO,
    ART_62A,
    ActivationReading,
    FirstReferralCounting,
    PaiPlan,
    PaiReferral,
)
from integra.programmes.pai.target_group import eligibility
from integra.programmes.violations import Validation, Violation
from integra.rules.core import Outcome

__all__ = ["validate"]


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
        >>> from integra.programmes.pai import Activity, Block, PaiPlan, PaiReferral, Session, default_plan
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
