"""Facts about people: who they are and what happened to them, as dated histories.

A [`Person`][integra.people.Person] holds only facts a case file records — a birth date, sex,
and histories, each made of periods: registrations as unemployed at the district labour office
(powiatowy urząd pracy), social-assistance benefit awards (decyzje), social contracts,
disability certificates (orzeczenia), residence, household statements, social situations (such as
homelessness or dependence) and entitlements to other benefits. Rules read these facts as of a
date; nothing here knows what day it is today.

Personal identifiers are protected: the optional PESEL is validated (check digit, and agreement
with the birth date and sex), is left out of ``repr`` and never appears in an error message.

Every name is importable from ``integra.people``; the modules group the facts by family:
``person`` (the person), ``pesel`` (sex and PESEL validation), ``registrations`` (registration
as unemployed), ``benefits`` (benefit awards and social contracts), ``disability``
(certificates), ``residence`` (addresses), ``household`` (household statements) and
``situations`` (social situations and entitlements).

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> anna = Person(
    ...     birth_date=date(1990, 2, 28),
    ...     sex=Sex.FEMALE,
    ...     registrations=(Registration(DateRange(date(2023, 1, 10))),),
    ... )
    >>> anna.age_on(date(2024, 2, 28)), anna.is_registered_on(date(2024, 2, 28))
    (34, True)
"""

from integra.people.benefits import (
    BenefitAward,
    BenefitKind,
    SocialContract,
)
from integra.people.disability import (
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Indication,
)
from integra.people.household import (
    Household,
)
from integra.people.person import (
    HISTORIES,
    Person,
)
from integra.people.pesel import (
    Sex,
    validate_pesel,
)
from integra.people.registrations import (
    AssistanceProfile,
    ExcludedPeriod,
    ExclusionKind,
    ProfileSpell,
    Registration,
)
from integra.people.residence import (
    Address,
    Residence,
)
from integra.people.situations import (
    Entitlement,
    EntitlementKind,
    SituationSpell,
    SocialSituation,
)

__all__ = [
    "HISTORIES",
    "Address",
    "AssistanceProfile",
    "BenefitAward",
    "BenefitKind",
    "CertificateSource",
    "DisabilityCause",
    "DisabilityCertificate",
    "DisabilityDegree",
    "Entitlement",
    "EntitlementKind",
    "ExcludedPeriod",
    "ExclusionKind",
    "Household",
    "Indication",
    "Person",
    "ProfileSpell",
    "Registration",
    "Residence",
    "Sex",
    "SituationSpell",
    "SocialContract",
    "SocialSituation",
    "validate_pesel",
]
