"""The 18 social contracts of "Wiesz więcej, żyjesz lepiej" (OPS Świebodzice, 2009), with their
reintegration paths validated.

Seed 001: in 2009 the Świebodzice social-assistance centre, in its PO KL project (Priority VII,
sub-measure 7.1.1), covered 18 long-term unemployed clients with active-integration instruments
under social contracts: social activation (counselling and individual and group support raising
life skills), vocational activation (services of a vocational counsellor) and health activation
(psychological and psychosocial therapy).

Each contract below carries those three instruments. The contracts' dates are not published, so
the period 2009-03-02 .. 2009-11-30 is illustrative, and so are the pseudonymous ids. The path
rule (at least 3 instruments; vocational or educational ones only together with social,
educational or health ones) comes from the domain guide and project practice: its primary source,
the ministry's rules for these projects, was not found, so every violation says "rule not
confirmed". Two counter-examples show what the check reports.

Run from the repository root after installing the package:

    python examples/swiebodzice_contracts.py
"""

from __future__ import annotations

from datetime import date

from integra import DateRange, Sex
from integra.outcomes import (
    Category,
    Cohort,
    ExitReason,
    Participant,
    PathInstrument,
    ReintegrationPath,
    SupportEpisode,
    service_counts,
    validate_path,
)
from integra.services import InstrumentGroup

CONTRACTS = 18
CONTRACT = DateRange(date(2009, 3, 2), date(2009, 11, 30))

SOCIAL = PathInstrument(
    InstrumentGroup.ACTIVATION_SOCIAL, "poradnictwo i wsparcie w podnoszeniu kompetencji życiowych"
)
VOCATIONAL = PathInstrument(
    InstrumentGroup.ACTIVATION_VOCATIONAL, "usługi wspierające doradcy zawodowego"
)
HEALTH = PathInstrument(
    InstrumentGroup.ACTIVATION_HEALTH, "terapia psychologiczna i psychospołeczna"
)

PATHS = [
    ReintegrationPath(f"SW-{i:02d}", CONTRACT, [SOCIAL, VOCATIONAL, HEALTH])
    for i in range(1, CONTRACTS + 1)
]

COHORT = Cohort(
    Participant(
        path.participant,
        Sex.FEMALE if i % 2 else Sex.MALE,
        CONTRACT.start,
        CONTRACT.end,
        ExitReason.COMPLETED,
        categories={Category.LONG_TERM_UNEMPLOYED},
        support=[
            SupportEpisode("social_competences", CONTRACT.start, CONTRACT.end),
            SupportEpisode("vocational_counselling", CONTRACT.start, CONTRACT.end),
            SupportEpisode("psychological_therapy", CONTRACT.start, CONTRACT.end),
        ],
    )
    for i, path in enumerate(PATHS)
)


def main() -> None:
    valid = [validate_path(path) for path in PATHS]
    print(
        f"Świebodzice 2009 (seed 001): {len(PATHS)} social contracts, {sum(v.valid for v in valid)} valid paths"
    )
    counts = service_counts(COHORT)
    for category in counts.categories:
        print(f"  {category.key} services: {category.participants} of {len(COHORT)}")
    print()
    print("Counter-examples:")
    for path in (
        ReintegrationPath("X-01", CONTRACT, [VOCATIONAL]),
        ReintegrationPath(
            "X-02",
            CONTRACT,
            [
                VOCATIONAL,
                PathInstrument(InstrumentGroup.ACTIVATION_EDUCATIONAL, "kurs zawodowy"),
                PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "staż"),
            ],
        ),
    ):
        result = validate_path(path)
        print(f"{path.participant}: {len(result.violations)} violation(s)")
        print(result.explain("pl"))
        print(result.explain("en"))


if __name__ == "__main__":
    main()
