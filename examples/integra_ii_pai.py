"""One PAI edition of the INTEGRA II project (Dąbrowa Górnicza, 2015-2017), built and checked.

The project summary (seed 003, "INTEGRA II – program aktywnej integracji osób zagrożonych
wykluczeniem społecznym w Dąbrowie Górniczej") says that the social integration club of the
Dąbrowa Górnicza social-assistance centre ran, under the employment-promotion act, four editions
of the Programme Activation and Integration, "w wymiarze 20 godzin tygodniowo przez okres dwóch
miesięcy", and referred 63 persons to them in total. The project ran from October 2015 to
December 2017.

The summary gives neither the dates of the editions nor their sizes, so the start date below
(Monday 2016-04-04) is illustrative, and so is the participant: a made-up record, not a person
from the project. The public holidays of the period are passed in by hand; integra fetches no
calendar.

Run from the repository root after installing the package:

    python examples/integra_ii_pai.py
"""

from __future__ import annotations

from datetime import date

from integra import (
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    DateRange,
    Person,
    ProfileSpell,
    Registration,
    Sex,
)
from integra.programmes.pai import (
    Activity,
    Block,
    PaiReferral,
    default_plan,
    eligibility,
    summary,
    validate,
)

# Seed 003: four editions, 63 persons referred in total, 20 hours a week for two months.
EDITIONS = 4
PERSONS_REFERRED = 63

# Illustrative: the seed does not date the editions.
START = date(2016, 4, 4)

# Public holidays in the two months (1 May and Whit Sunday fall on Sundays anyway).
HOLIDAYS = frozenset(
    {
        date(2016, 5, 1),  # Święto Pracy
        date(2016, 5, 3),  # Święto Konstytucji 3 Maja
        date(2016, 5, 15),  # Zielone Świątki
        date(2016, 5, 26),  # Boże Ciało
    }
)

# A made-up participant: registered as unemployed with assistance profile III (profiles existed
# until 2019-06-13, so the 2016 law asks for it) and receiving a periodic allowance.
participant = Person(
    date(1979, 9, 14),
    Sex.MALE,
    reference="INTEGRA-II/PAI/example",
    registrations=[
        Registration(
            DateRange(date(2015, 2, 2)),
            profiles=[ProfileSpell(AssistanceProfile.III, DateRange(date(2015, 2, 16)))],
        )
    ],
    benefit_awards=[
        BenefitAward(
            BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2016, 1, 1), date(2016, 12, 31))
        )
    ],
)

referral = PaiReferral(START, agreed_on=date(2016, 3, 21), person=participant)
plan = default_plan(
    referral,
    holidays=HOLIDAYS,
    integration_activity=Activity.TRAINER_WORKSHOP,
)
figures = summary(plan)
result = validate(plan)

print("INTEGRA II — Program Aktywizacja i Integracja (seed 003)")
print(f"  editions in the project: {EDITIONS}; persons referred in total: {PERSONS_REFERRED}")
print(f"  this edition (illustrative dates): {figures.period}, law of {figures.law_on}")
print()
print("  week       days                      activation  integration  total")
for week in figures.weeks:
    print(
        f"  {week.week!s:<10} {week.days!s:<24} {week.activation!s:>10}"
        f" {week.integration!s:>12} {week.total!s:>6}"
        + ("  (partial week)" if week.is_partial else "")
    )
print()
print(f"  hours of socially useful work: {figures.activation_hours}")
print(f"  hours of integration:          {figures.integration_hours}")
print(f"  hours in total:                {figures.total_hours}")
print(f"  '20 hours a week for two months': {figures.meets_seed_description}")
print()
verdict = eligibility(referral)
assert verdict is not None
print(verdict.explain())
print()
print("Validation:", result.explain())
print("Walidacja:", result.explain("pl"))

# The same edition with a trainer who cancelled the workshops of one week.
week_19 = [s for s in plan.sessions if s.block is Block.INTEGRATION and s.week.week == 19]
broken = plan
for session in week_19:
    broken = broken.without(session)
print()
print("Without the workshops of week 19:")
print(validate(broken).explain())
