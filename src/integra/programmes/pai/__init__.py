"""The Programme Activation and Integration (Program Aktywizacja i Integracja, PAI), UPZ art. 62a.

From 2014-05-27 to 2025-05-31 a district labour office could refer an unemployed person receiving
social-assistance benefits (until 2019-06-13: one with assistance profile III) to PAI for
**2 months**. The programme has two blocks:

* **activation** (aktywizacja zawodowa): socially useful work (prace społecznie użyteczne),
  **10 hours a week**, run by the labour office;
* **integration** (integracja społeczna): group counselling, trainer workshops and support
  groups, **at least 10 hours a week**, run by the social-assistance centre or an NGO.

The office could refer the person again, **in total no longer than 6 months**.

A [`PaiPlan`][integra.programmes.pai.plan.PaiPlan] is a [`PaiReferral`][integra.programmes.pai.plan.PaiReferral]
with its scheduled [`Session`][integra.programmes.pai.plan.Session]s;
[`validate`][integra.programmes.pai.validation.validate] checks it against the law in force on the day the
referral was agreed and returns *every* violation, each explained and cited;
[`default_plan`][integra.programmes.pai.building.default_plan] builds a plan that passes;
[`summary`][integra.programmes.pai.counting.summary] gives the figures (hours per block and per ISO week).

Policies (each a parameter, see the docs page "Planning a PAI edition"):

* **Law date.** The law applied is the law in force on the day the referral was agreed
  (``agreed_on``, by default the start). A referral agreed by 2025-05-31 keeps the UPZ rules even
  when its sessions run after UPZ was repealed (URP art. 435 ust. 1); one agreed from 2025-06-01
  gets a single violation saying that no PAI law is modelled. Before 2014-05-27 PAI did not exist.
* **Weeks** are ISO weeks. The activation cap applies to the whole ISO week. Weekly minima in a
  first or last week only partly inside the referral follow
  [`PartialWeekPolicy`][integra.periods.PartialWeekPolicy] (default ``PRORATE``: the minimum
  times the Monday-to-Friday days of the week inside the referral, over five).
* **Activation hours** ([`ActivationReading`][integra.programmes.pai.plan.ActivationReading]): by
  default ``AT_MOST`` — socially useful work "up to 10 hours a week", as the general PSU rule
  (UPZ art. 73a ust. 1) and every office page describing PAI put it — so only the cap of 10 hours
  in an ISO week applies; ``EXACT`` (exactly 10 hours in a whole week) is the option.
* **Six months in total** ([`FirstReferralCounting`][integra.programmes.pai.plan.FirstReferralCounting]):
  by default ``COUNTS`` — the first 2-month referral counts towards the 6 months, the stricter
  reading.
* **Duration** is 2 calendar months counted by [`months_period`][integra.periods.months_period]
  (Kodeks cywilny art. 112): the day before the corresponding day two months on, or the last day
  of the month if it has no such day (31 December + 2 months ends on 28 or 29 February).

The programme is split into modules: [`plan`][integra.programmes.pai.plan] (the types of a plan
and the readings of the act), [`target_group`][integra.programmes.pai.target_group] (who may be
referred), [`counting`][integra.programmes.pai.counting] (months, weekly hours, the summary),
[`validation`][integra.programmes.pai.validation] (`validate`) and
[`building`][integra.programmes.pai.building] (`default_plan`); every name is importable from
``integra.programmes.pai``.

Examples:
    >>> from datetime import date
    >>> plan = default_plan(date(2016, 4, 4))
    >>> validate(plan).valid
    True
    >>> s = summary(plan)
    >>> str(s.period), s.activation_hours, s.integration_hours, s.meets_seed_description
    ('2016-04-04..2016-06-03', Decimal('90'), Decimal('90'), True)
"""

from integra.programmes.pai.building import default_plan
from integra.programmes.pai.counting import (
    PlanSummary,
    WeekHours,
    referral_months,
    summary,
    weekly_hours,
)
from integra.programmes.pai.plan import (
    ART_62A,
    ActivationReading,
    Activity,
    Block,
    FirstReferralCounting,
    PaiPlan,
    PaiReferral,
    Session,
)
from integra.programmes.pai.target_group import PAI_ELIGIBILITY, eligibility
from integra.programmes.pai.validation import validate

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
