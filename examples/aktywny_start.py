"""The outcomes of "Aktywny start" (Wałbrzych, 2019-06-01 .. 2020-11-30) from participant records.

The closing report of the project (seed 004), run by the Wałbrzych social-assistance centre under
the Lower Silesian regional programme 2014-2020, publishes totals only: 186 participants
(108 women, 78 men), 95 with a disability certificate, all at risk of poverty or social exclusion;
"all participants made progress in the sense of social effectiveness"; 40 raised their
qualifications by completing vocational courses; 90 took internships; 45 took up employment
after leaving the project.

Below, 186 synthetic, deterministic records consistent with every one of those totals are built,
and the indicators are computed from them, in Polish and English. The records are made up: they
describe no real person. What the published totals leave open is decided by the assumptions
listed in ASSUMPTIONS, each printed with the report.

Run from the repository root after installing the package:

    python examples/aktywny_start.py
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from integra import Sex
from integra.outcomes import (
    Category,
    Cohort,
    Dimension,
    Employment,
    EmploymentKind,
    ExitReason,
    Participant,
    ProgressForm,
    Result,
    ResultKind,
    SupportEpisode,
    ThresholdGroup,
    effectiveness,
    format_rate,
    report,
)

PARTICIPANTS, WOMEN, CERTIFICATES = 186, 108, 95
INTERNSHIPS, QUALIFIED, EMPLOYED = 90, 40, 45
PROJECT_START, PROJECT_END = date(2019, 6, 1), date(2020, 11, 30)
VERSION = "later"  # the guideline version of the project's call: an assumption, see below

ASSUMPTIONS = (
    "every participant completed the project (no one left early for another reason), so all 186 "
    "are in both denominators — the report gives 45 of 186 and does not say otherwise",
    "every participant took vocational services (vocational counselling in the social "
    "integration club), so all are in the employment-effectiveness population",
    "no participant started school education or received funds to start a business",
    "the 45 jobs are employment contracts of at least 3 months at at least half time, each "
    "starting within 90 days after the participant left",
    "nobody is recorded in the significant / intellectual / multiple disability group: the report "
    "does not split the 95 certificates by degree, so that group's 12% threshold is not checked",
    "social progress was recorded on the last day of participation; entry and exit dates are "
    "illustrative (the report gives only the project's dates), all windows close by 2020-11-29",
    "the later guideline version applies (social 34%, employment 22% for persons at risk): the "
    "project's call is not quoted in the published figures and the day each version applied "
    "from is not known, so it is chosen by name",
)


def spread(index: int, count: int, total: int = PARTICIPANTS) -> bool:
    """Whether ``index`` is one of ``count`` positions spread evenly over ``total``."""
    return (index + 1) * count // total != index * count // total


def participant(i: int) -> Participant:
    entry = PROJECT_START + timedelta(days=2 + (i % 40) * 3)
    leave = entry + timedelta(days=240 + (i % 7) * 10)
    categories = {Category.AT_RISK}
    if spread(i, CERTIFICATES):
        categories.add(Category.DISABILITY)
    support = [
        SupportEpisode("social_work", entry, leave),
        SupportEpisode("vocational_counselling", entry + timedelta(days=14), hours=Decimal(6)),
    ]
    results = [Result(ResultKind.SOCIAL_PROGRESS, leave, ProgressForm.MOTIVATION)]
    if spread(i, INTERNSHIPS):
        start = entry + timedelta(days=120)
        support.append(SupportEpisode("internship", start, start + timedelta(days=89)))
    if spread(i, QUALIFIED):
        start = entry + timedelta(days=60)
        support.append(SupportEpisode("vocational_course", start, start + timedelta(days=30)))
        results.append(Result(ResultKind.QUALIFICATION, start + timedelta(days=30)))
    employment = []
    if spread(i, EMPLOYED):
        begins = leave + timedelta(days=1 + (i % 9) * 10)
        employment.append(
            Employment(
                EmploymentKind.EMPLOYMENT_CONTRACT,
                begins,
                begins + timedelta(days=365),
                fte=Decimal("1") if i % 2 else Decimal("0.5"),
            )
        )
    return Participant(
        f"AS-{i + 1:03d}",
        Sex.FEMALE if spread(i, WOMEN) else Sex.MALE,
        entry,
        leave,
        ExitReason.COMPLETED,
        categories=categories,
        support=support,
        employment=employment,
        results=results,
    )


COHORT = Cohort([participant(i) for i in range(PARTICIPANTS)])


def main() -> None:
    final = report(COHORT, PROJECT_END, version=VERSION)
    social, employment = effectiveness(COHORT, PROJECT_END, ThresholdGroup.AT_RISK, VERSION)
    print("Aktywny start (seed 004)")
    print(f"participants {final.participants}, women {final.women}, men {final.men}")
    print(
        f"with a disability certificate {sum(1 for p in COHORT if Category.DISABILITY in p.categories)}"
    )
    print(f"internships {final.services.of('internship').participants}")
    print(
        "qualifications "
        + str(sum(1 for p in COHORT if any(r.kind is ResultKind.QUALIFICATION for r in p.results)))
    )
    print(
        f"social effectiveness {social.numerator}/{social.denominator} = {format_rate(social.rate)}"
    )
    print(
        f"employment effectiveness {employment.numerator}/{employment.denominator} = "
        f"{format_rate(employment.rate)}"
    )
    print()
    print("Assumptions (what the published totals leave open):")
    for number, assumption in enumerate(ASSUMPTIONS, 1):
        print(f"  {number}. {assumption}")
    print()
    print(final.explain("pl"))
    print()
    print(final.explain("en"))
    print()
    for b in employment.breakdowns:
        rows = ", ".join(f"{r.key}: {r.achieved}/{r.denominator}" for r in b.rows)
        print(f"employment by {b.dimension.label.en}: {rows}")
    print()
    # While windows were still open: as of 2020-08-15 the indicator is a range.
    mid = effectiveness(COHORT, date(2020, 8, 15), ThresholdGroup.AT_RISK, VERSION)[1]
    print(
        f"as of 2020-08-15: employment {format_rate(mid.low)} .. {format_rate(mid.high)}, "
        f"{mid.status.label.en}, pending {mid.pending_count}, needed {mid.needed}"
    )
    assert employment.breakdown(Dimension.SEX).totals()[2] == employment.denominator


if __name__ == "__main__":
    main()
