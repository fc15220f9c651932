"""integra: active social integration in Poland (aktywna integracja) as typed, dated, cited code.

The public API is re-exported here; the modules hold the details:

* [`integra.periods`][integra.periods]: inclusive date ranges, range sets, month and week
  arithmetic with named policies.
* [`integra.law`][integra.law] and [`integra.parameters`][integra.parameters]: legal sources,
  citations and the dated legal parameters.
* [`integra.people`][integra.people]: a person and the dated facts about them.
* [`integra.services`][integra.services]: service categories, the service catalogue and
  reintegration units.
* [`integra.rules`][integra.rules]: eligibility rules with explained, cited, three-valued
  verdicts (imported on demand: ``from integra.rules import ...``).
* [`integra.programmes`][integra.programmes]: PAI plans, socially useful work pay and CIS
  participation (``from integra.programmes import pai, psu, cis``).
* [`integra.serialization`][integra.serialization]: conversion to and from JSON-compatible data.
* ``integra.strategies``: hypothesis strategies (install ``integra-pl[testing]``).

Examples:
    >>> from datetime import date
    >>> import integra
    >>> integra.INCOME_CRITERIA.at(date(2025, 1, 1)).single
    Decimal('1010')
"""

from typing import TYPE_CHECKING

from integra.errors import (
    ConversionError,
    IntegraError,
    InvalidPesel,
    InvalidRange,
    InvalidValue,
    MissingExtra,
    NoLawInForce,
)
from integra.labels import Label
from integra.law import Act, Certainty, Citation, Dated, Repeal, Timeline
from integra.parameters import (
    CIS_RULES,
    INCOME_CRITERIA,
    PAI_LIMITS,
    PAI_TARGET_GROUP,
    PSU_MINIMUM_HOURLY_RATE,
    CisRules,
    IncomeCriterion,
    PaiLimits,
    PaiTargetGroup,
)
from integra.people import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
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
    SocialContract,
    SocialSituation,
)
from integra.periods import (
    DateRange,
    IsoWeek,
    MonthCounting,
    MonthEndPolicy,
    PartialWeekPolicy,
    RangeSet,
    WeekSlice,
    add_months,
    add_years,
    months_period,
    weeks_of,
)
from integra.services import (
    SERVICES,
    UNITS,
    InstrumentGroup,
    ReintegrationUnit,
    Service,
    ServiceCategory,
    UnitKind,
    service,
    services_in,
)

if TYPE_CHECKING:
    __version__: str
    """The installed version, read from the package metadata on first use (the one place it
    is written is ``pyproject.toml``)."""

_DISTRIBUTION = "integra-pl"


def __getattr__(name: str) -> object:
    # The converter (and cattrs behind it) is loaded on first use, keeping ``import integra`` fast.
    if name == "converter":
        from integra.serialization import converter

        return converter
    if name == "__version__":
        # Read from the installed distribution's metadata: the version is written only in
        # pyproject.toml. importlib.metadata is loaded here, not at import time.
        from importlib.metadata import version

        return version(_DISTRIBUTION)
    raise AttributeError(f"module 'integra' has no attribute {name!r}")


__all__ = [
    "CIS_RULES",
    "INCOME_CRITERIA",
    "PAI_LIMITS",
    "PAI_TARGET_GROUP",
    "PSU_MINIMUM_HOURLY_RATE",
    "SERVICES",
    "UNITS",
    "Act",
    "Address",
    "AssistanceProfile",
    "BenefitAward",
    "BenefitKind",
    "Certainty",
    "CertificateSource",
    "CisRules",
    "Citation",
    "ConversionError",
    "DateRange",
    "Dated",
    "DisabilityCause",
    "DisabilityCertificate",
    "DisabilityDegree",
    "Entitlement",
    "EntitlementKind",
    "ExcludedPeriod",
    "ExclusionKind",
    "Household",
    "IncomeCriterion",
    "Indication",
    "InstrumentGroup",
    "IntegraError",
    "InvalidPesel",
    "InvalidRange",
    "InvalidValue",
    "IsoWeek",
    "Label",
    "MissingExtra",
    "MonthCounting",
    "MonthEndPolicy",
    "NoLawInForce",
    "PaiLimits",
    "PaiTargetGroup",
    "PartialWeekPolicy",
    "Person",
    "ProfileSpell",
    "RangeSet",
    "Registration",
    "ReintegrationUnit",
    "Repeal",
    "Residence",
    "Service",
    "ServiceCategory",
    "Sex",
    "SituationSpell",
    "SocialContract",
    "SocialSituation",
    "Timeline",
    "UnitKind",
    "WeekSlice",
    "__version__",
    "add_months",
    "add_years",
    "converter",
    "months_period",
    "service",
    "services_in",
    "weeks_of",
]
