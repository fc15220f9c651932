"""A reproducible synthetic population for benchmarks: people as a social-assistance centre or a
labour office would record them, drawn from a seeded random generator (no real data).

    >>> people = generate(3, seed=1)
    >>> len(people), people == generate(3, seed=1)
    (3, True)
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from integra import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DateRange,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Indication,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.rules import Parity, RevitalisationArea, StreetSegment, SubArea

GMINA = "Wałbrzych"
STREETS = (
    "Główna",
    "Słowackiego",
    "1 Maja",
    "Niepodległości",
    "Limanowskiego",
    "Wysockiego",
)

AREA = RevitalisationArea(
    GMINA,
    "XXXIII/412/2016",
    date(2016, 11, 24),
    DateRange(date(2017, 1, 1)),
    [
        SubArea(
            "Śródmieście",
            streets=[
                StreetSegment("Główna", 1, 99, Parity.ODD),
                StreetSegment("1 Maja"),
            ],
        ),
        SubArea(
            "Podgórze",
            streets=[StreetSegment("Niepodległości", 2, 60, Parity.EVEN)],
            units=["Podgórze"],
        ),
    ],
)
"""A revitalisation area of the kind seed programme 002 recruits from (figures invented)."""


def _range(
    rng: random.Random, start: date, min_days: int, max_days: int, open_share: float
) -> DateRange:
    if rng.random() < open_share:
        return DateRange(start)
    return DateRange(start, start + timedelta(days=rng.randint(min_days, max_days)))


def person(rng: random.Random, index: int) -> Person:
    """One synthetic person."""
    birth = date(1950, 1, 1) + timedelta(days=rng.randint(0, 56 * 365))
    sex = Sex.FEMALE if rng.random() < 0.55 else Sex.MALE
    registrations: list[Registration] = []
    day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 900))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        period = _range(rng, day, 30, 700, 0.3)
        exclusions = []
        if period.end is not None and period.days > 200 and rng.random() < 0.3:
            start = period.start + timedelta(days=rng.randint(10, 60))
            exclusions.append(
                ExcludedPeriod(
                    ExclusionKind.INTERNSHIP,
                    DateRange(start, start + timedelta(days=rng.randint(30, 120))),
                )
            )
        profiles = []
        if rng.random() < 0.4:
            profiles.append(
                ProfileSpell(
                    rng.choice(list(AssistanceProfile)),
                    DateRange(period.start, period.end),
                )
            )
        registrations.append(Registration(period, exclusions, profiles))
        if period.end is None:
            break
        day = period.end + timedelta(days=rng.randint(1, 300))
    awards = [
        BenefitAward(
            rng.choice(
                (
                    BenefitKind.PERIODIC_ALLOWANCE,
                    BenefitKind.PURPOSIVE_ALLOWANCE,
                    BenefitKind.PERMANENT_ALLOWANCE,
                )
            ),
            _range(
                rng,
                date(2018, 1, 1) + timedelta(days=rng.randint(0, 700)),
                30,
                365,
                0.1,
            ),
        )
        for _ in range(rng.choice((0, 0, 1, 1, 2)))
    ]
    members = rng.choice((1, 1, 2, 3, 4, 5))
    income = Decimal(rng.randint(0, 900 * members * 100)).scaleb(-2)
    households = [Household(members, income)] if rng.random() < 0.9 else []
    street = rng.choice(STREETS)
    residences = [
        Residence(
            Address(
                gmina=GMINA if rng.random() < 0.85 else "Świebodzice",
                street=street,
                house_number=str(rng.randint(1, 80)),
            ),
            DateRange(birth),
        )
    ]
    situations = []
    if rng.random() < 0.25:
        situation = rng.choice(
            (
                SocialSituation.POVERTY,
                SocialSituation.ALCOHOL_DEPENDENT,
                SocialSituation.HOMELESS_OR_HOUSING_EXCLUDED,
                SocialSituation.FOOD_AID,
                SocialSituation.UNEMPLOYED_NOT_REGISTERED,
                SocialSituation.LONG_TERM_ILLNESS,
            )
        )
        situations.append(
            SituationSpell(
                situation,
                DateRange(date(2017, 1, 1) + timedelta(days=rng.randint(0, 1000))),
            )
        )
    certificates = []
    if rng.random() < 0.15:
        degree = rng.choice(list(DisabilityDegree))
        issued = date(2012, 1, 1) + timedelta(days=rng.randint(0, 2500))
        certificates.append(
            DisabilityCertificate(
                CertificateSource.DEGREE,
                issued,
                _range(rng, issued, 365, 1800, 0.4),
                degree,
                causes={rng.choice(list(DisabilityCause))},
                indications={Indication.OCCUPATIONAL_THERAPY} if rng.random() < 0.2 else set(),
            )
        )
    return Person(
        birth,
        sex,
        reference=f"P/{index:06d}",
        registrations=registrations,
        benefit_awards=awards,
        households=households,
        residences=residences,
        situations=situations,
        certificates=certificates,
    )


def generate(count: int, seed: int = 2019) -> list[Person]:
    """``count`` people from the generator seeded with ``seed``."""
    rng = random.Random(seed)
    return [person(rng, i) for i in range(count)]
