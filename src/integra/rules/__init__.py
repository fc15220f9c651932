"""Eligibility rules: explained, cited, three-valued verdicts as of a date.

Start with [`integra.rules.core`][integra.rules.core] for the engine (verdicts, composition,
``screen_each``, ``eligible_from``); each other module is one family of rules with its legal basis.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> from integra.rules import WORKING_AGE, screen_each
    >>> [r.outcomes for r in screen_each([WORKING_AGE], [Person(date(2000, 1, 1), Sex.FEMALE)], date(2024, 1, 1))]
    [(<Outcome.ELIGIBLE: 'eligible'>,)]
"""

from typing import Any

from integra.rules.age import WORKING_AGE, AgeBetween, WorkingAge, WorkingAgeLimits
from integra.rules.assistance import (
    HAS_ASSISTANCE_REASON,
    HAS_SOCIAL_CONTRACT,
    INCOME_WITHIN_CRITERION,
    QUALIFIES_FOR_CASH_BENEFITS,
    RECEIVES_SOCIAL_ASSISTANCE,
    AssistanceReason,
    HasAssistanceReason,
    HasSocialContract,
    IncomeWithinCriterion,
    ReceivesSocialAssistance,
)
from integra.rules.at_risk import (
    AT_RISK_2014_2020,
    AT_RISK_2014_2020_CATEGORIES,
    AT_RISK_2021_2027,
    AT_RISK_2021_2027_CATEGORIES,
    ListNotCited,
    ProgrammePeriod,
    at_risk,
    at_risk_for,
)
from integra.rules.core import (
    AllOf,
    AnyOf,
    ByLawDate,
    Condition,
    Context,
    Fact,
    Not,
    Outcome,
    Rule,
    RuleSet,
    ScreeningResult,
    Verdict,
    all_of,
    any_of,
    eligible_from,
    in_force,
    not_,
    rule_table,
    screen_each,
)
from integra.rules.core.rule import name_library_rules
from integra.rules.counterfactual import (
    Change,
    ChangeKind,
    FactCount,
    date_change,
    facts_to_settle,
    income_change,
    settling_facts,
    what_would_change,
)
from integra.rules.disability import (
    HAS_DISABILITY,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    WTZ_INDICATION,
    ZAZ_TARGET_GROUP,
    DegreeAtLeast,
    HasDisability,
    WtzIndication,
    ZazTargetGroup,
)
from integra.rules.recruitment import PAI_ELIGIBILITY, pai_target_group_in_area
from integra.rules.revitalisation import (
    Parity,
    ProgrammeKind,
    ResidesInArea,
    RevitalisationArea,
    StreetSegment,
    SubArea,
)
from integra.rules.social_employment import (
    SOCIAL_EMPLOYMENT_CIS,
    SOCIAL_EMPLOYMENT_KIS,
    UZS_GROUPS,
    social_employment,
)
from integra.rules.status import (
    PROFILE_III,
    HasAssistanceProfile,
    HasEntitlement,
    InSituation,
)
from integra.rules.unemployment import (
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    REGISTERED_UNEMPLOYED,
    LongTermUnemployed,
    LongTermUnemployedEU,
    RegisteredUnemployed,
)

ALL_RULES = (
    REGISTERED_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    WORKING_AGE,
    RECEIVES_SOCIAL_ASSISTANCE,
    HAS_SOCIAL_CONTRACT,
    HAS_ASSISTANCE_REASON,
    INCOME_WITHIN_CRITERION,
    QUALIFIES_FOR_CASH_BENEFITS,
    HAS_DISABILITY,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    WTZ_INDICATION,
    ZAZ_TARGET_GROUP,
    PROFILE_III,
    UZS_GROUPS,
    SOCIAL_EMPLOYMENT_CIS,
    SOCIAL_EMPLOYMENT_KIS,
    AT_RISK_2014_2020,
    PAI_ELIGIBILITY,
)
"""Every ready-made rule, for tables and bulk screening."""

__all__ = [
    "ALL_RULES",
    "AT_RISK_2014_2020",
    "AT_RISK_2014_2020_CATEGORIES",
    "AT_RISK_2021_2027",
    "AT_RISK_2021_2027_CATEGORIES",
    "HAS_ASSISTANCE_REASON",
    "HAS_DISABILITY",
    "HAS_SOCIAL_CONTRACT",
    "INCOME_WITHIN_CRITERION",
    "LONG_TERM_UNEMPLOYED",
    "LONG_TERM_UNEMPLOYED_EU_2014",
    "PAI_ELIGIBILITY",
    "PROFILE_III",
    "QUALIFIES_FOR_CASH_BENEFITS",
    "RECEIVES_SOCIAL_ASSISTANCE",
    "REGISTERED_UNEMPLOYED",
    "SIGNIFICANT_OR_MODERATE_DISABILITY",
    "SOCIAL_EMPLOYMENT_CIS",
    "SOCIAL_EMPLOYMENT_KIS",
    "UZS_GROUPS",
    "WORKING_AGE",
    "WTZ_INDICATION",
    "ZAZ_TARGET_GROUP",
    "AgeBetween",
    "AllOf",
    "AnyOf",
    "AssistanceReason",
    "ByLawDate",
    "Change",
    "ChangeKind",
    "Condition",
    "Context",
    "DegreeAtLeast",
    "Fact",
    "FactCount",
    "HasAssistanceProfile",
    "HasAssistanceReason",
    "HasDisability",
    "HasEntitlement",
    "HasSocialContract",
    "InSituation",
    "IncomeWithinCriterion",
    "ListNotCited",
    "LongTermUnemployed",
    "LongTermUnemployedEU",
    "Not",
    "Outcome",
    "Parity",
    "ProgrammeKind",
    "ProgrammePeriod",
    "ReceivesSocialAssistance",
    "RegisteredUnemployed",
    "ResidesInArea",
    "RevitalisationArea",
    "Rule",
    "RuleSet",
    "ScreeningResult",
    "StreetSegment",
    "SubArea",
    "Verdict",
    "WorkingAge",
    "WorkingAgeLimits",
    "WtzIndication",
    "ZazTargetGroup",
    "all_of",
    "any_of",
    "at_risk",
    "at_risk_for",
    "date_change",
    "eligible_from",
    "facts_to_settle",
    "in_force",
    "income_change",
    "not_",
    "pai_target_group_in_area",
    "rule_table",
    "screen_each",
    "settling_facts",
    "social_employment",
    "what_would_change",
]

# Every rule named here pickles as a reference to its name (see name_library_rules).
name_library_rules(__name__, globals(), __all__)


def __getattr__(name: str) -> Any:
    """The former name of [`screen_each`][integra.rules.core.screening.screen_each], ``screen``,
    with a ``DeprecationWarning``: ``screen`` is [`integra.bulk.screen`][integra.bulk.screen].

    Examples:
        >>> import warnings
        >>> import integra.rules
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     from integra.rules import screen
        >>> screen.__name__, caught[0].category.__name__
        ('_screen', 'DeprecationWarning')
    """
    if name == "screen":
        from integra.rules.core import screening

        return screening._renamed_screen()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
