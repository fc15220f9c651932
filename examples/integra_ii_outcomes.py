"""Service counts and shares of INTEGRA II (Dąbrowa Górnicza, 2015-10 .. 2017-12), and what the
published figures do not allow to compute.

The project summary (seed 003) publishes: 140 residents using social assistance took part; all
had social work; 4 editions of the Programme Activation and Integration (PAI) with 63 persons;
work training for 23; self-presentation, creativity and interpersonal training for 46 (profile II);
vocational counselling for 105; 13 vocational courses with 92 participants; 15 specialist
counselling modules with 102 participants; 136 purposive allowances.

The records below are synthetic and deterministic: 140 made-up participants whose services add
up to exactly those totals. Who had which combination of services is not published, so the
overlaps here are an assumption; the per-service counts and shares are not.

Run from the repository root after installing the package:

    python examples/integra_ii_outcomes.py
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from integra import Sex
from integra.outcomes import (
    Category,
    Cohort,
    ExitReason,
    Participant,
    SupportEpisode,
    report,
)
from integra.outcomes.report import format_share

PARTICIPANTS = 140
START, END = date(2015, 10, 1), date(2017, 12, 31)

# service code, activity name, persons (seed 003)
PUBLISHED = (
    ("social_work", "social work", 140),
    ("psu", "PAI", 63),
    ("vocational_reintegration", "work training", 23),
    ("social_competences", "self-presentation training", 46),
    ("vocational_counselling", "vocational counselling", 105),
    ("vocational_course", "vocational courses", 92),
    ("psychological_counselling", "specialist counselling", 102),
)

CANNOT_COMPUTE = (
    "social or employment effectiveness: the summary publishes no results after leaving",
    "how many persons received the 136 purposive allowances (a cash benefit, not a service of "
    "the catalogue): the summary counts allowances, not recipients",
    "the split of the 63 PAI participants over the 4 editions, of the 92 course participants over "
    "the 13 courses and of the 102 counselling participants over the 15 modules",
    "which participants had which combination of services (the overlaps below are assumed)",
    "sex, disability and other categories of the participants (the records alternate the sex "
    "for illustration only); hours of support",
)

ASSUMPTIONS = (
    "PAI is recorded as its activation block, socially useful work (vocational, 160 h); its "
    "integration block (counselling, trainings, outings) is not recorded separately",
    "the 15 counselling modules are recorded as psychological counselling (social), though some "
    "topics (psychotherapy, oncology prevention, first aid) are health services",
    "work training is recorded as vocational reintegration activities, the self-presentation "
    "training as a course building social competences",
    "every participant stayed from entry to the end of the project (2017-12-31)",
)


def spread(index: int, count: int, offset: int) -> bool:
    """Whether ``index`` is one of ``count`` positions spread evenly over the participants."""
    shifted = (index + offset) % PARTICIPANTS
    return (shifted + 1) * count // PARTICIPANTS != shifted * count // PARTICIPANTS


def participant(i: int) -> Participant:
    entry = START + timedelta(days=(i % 20) * 7)
    support = []
    for offset, (code, activity, persons) in enumerate(PUBLISHED):
        if spread(i, persons, offset * 17):
            day = entry + timedelta(days=30 + offset * 14)
            hours = Decimal(160) if code == "psu" else None
            support.append(SupportEpisode(code, day, None, hours, activity))
    return Participant(
        f"DG-{i + 1:03d}",
        Sex.FEMALE if i % 2 else Sex.MALE,
        entry,
        END,
        ExitReason.COMPLETED,
        categories={Category.AT_RISK},
        support=support,
    )


COHORT = Cohort([participant(i) for i in range(PARTICIPANTS)])


def main() -> None:
    final = report(COHORT, END, indicators=())
    print("INTEGRA II (seed 003): participants per service")
    for _code, activity, persons in PUBLISHED:
        count = final.services.of(activity)
        assert count.participants == persons, (activity, count.participants)
        print(
            f"  {activity}: {count.participants} of {final.participants} = "
            f"{format_share(count.share)}  ({format_share(count.share, 'pl')})"
        )
    print()
    for category in final.services.categories:
        print(f"  {category.key} services: {category.participants} of {final.participants}")
    print()
    print("Assumptions:")
    for item in ASSUMPTIONS:
        print(f"  - {item}")
    print()
    print("Cannot be computed from the published figures:")
    for item in CANNOT_COMPUTE:
        print(f"  - {item}")
    print()
    print(final.explain("pl"))


if __name__ == "__main__":
    main()
