"""Outcomes of active-integration projects: participants, support received, results, and the
indicators EU projects report, explained and cited.

Modules:

* [`records`][integra.outcomes.records]: participants, support episodes, employment, results,
  cohorts;
* [`categories`][integra.outcomes.categories]: indicator categories established with the rules;
* [`paths`][integra.outcomes.paths]: reintegration paths of PO KL 7.1.1 social contracts;
* [`indicators`][integra.outcomes.indicators]: indicators as data, evaluated as of a date;
* [`eu2014`][integra.outcomes.eu2014]: 2014-2020 social and employment effectiveness;
* [`eu2021`][integra.outcomes.eu2021]: 2021-2027 common result indicators;
* [`report`][integra.outcomes.report]: service counts and the whole report;
* [`parameters`][integra.outcomes.parameters]: the minimum wage and threshold versions;
* [`tables`][integra.outcomes.tables]: a cohort read from tables or files (the participants
  spreadsheet and the support, employment and results tables), with the rows refused; needs the
  extra ``integra-pl[bulk]``, so its names are imported when first asked for and are not among
  those ``import *`` brings.

Examples:
    >>> from datetime import date
    >>> from integra.outcomes import MINIMUM_WAGE, effectiveness_standard, ThresholdGroup
    >>> 3 * MINIMUM_WAGE.at(date(2020, 6, 1))
    Decimal('7800')
    >>> effectiveness_standard("later", ThresholdGroup.SEVERE_DISABILITY).employment
    Decimal('0.12')
"""

from typing import Any

from integra.outcomes.categories import (
    CATEGORY_RULES,
    CategoryFinding,
    establish_categories,
    participant_from_person,
)
from integra.outcomes.eu2014 import (
    EMPLOYMENT_EFFECTIVENESS,
    SOCIAL_EFFECTIVENESS,
    SOCIAL_EMPLOYMENT_EFFECTIVENESS,
    effectiveness,
)
from integra.outcomes.eu2021 import (
    COMMON_RESULT_INDICATORS,
    GAINING_QUALIFICATION,
    IN_EDUCATION_OR_TRAINING,
    IN_EMPLOYMENT,
    JOB_SEARCHING,
)
from integra.outcomes.indicators import (
    Achievement,
    Breakdown,
    BreakdownRow,
    Counting,
    Denominator,
    Dimension,
    EmploymentCriterion,
    ExclusionGroup,
    ExclusionReason,
    IndicatorDefinition,
    IndicatorResult,
    PendingGroup,
    PendingReason,
    Status,
    Threshold,
    Window,
    WindowPolicy,
    evaluate,
    format_rate,
)
from integra.outcomes.parameters import (
    EFFECTIVENESS_STANDARDS,
    MINIMUM_WAGE,
    EffectivenessStandard,
    ThresholdGroup,
    effectiveness_standard,
)
from integra.outcomes.paths import PathInstrument, ReintegrationPath, validate_path
from integra.outcomes.records import (
    LATEST_DATE,
    Category,
    Cohort,
    Employment,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    ProgressForm,
    Result,
    ResultKind,
    SupportEpisode,
)
from integra.outcomes.report import CohortReport, Count, ServiceCounts, report, service_counts

__all__ = [
    "CATEGORY_RULES",
    "COMMON_RESULT_INDICATORS",
    "EFFECTIVENESS_STANDARDS",
    "EMPLOYMENT_EFFECTIVENESS",
    "GAINING_QUALIFICATION",
    "IN_EDUCATION_OR_TRAINING",
    "IN_EMPLOYMENT",
    "JOB_SEARCHING",
    "LATEST_DATE",
    "MINIMUM_WAGE",
    "SOCIAL_EFFECTIVENESS",
    "SOCIAL_EMPLOYMENT_EFFECTIVENESS",
    "Achievement",
    "Breakdown",
    "BreakdownRow",
    "Category",
    "CategoryFinding",
    "Cohort",
    "CohortReport",
    "Count",
    "Counting",
    "Denominator",
    "Dimension",
    "EffectivenessStandard",
    "Employment",
    "EmploymentCriterion",
    "EmploymentKind",
    "ExclusionGroup",
    "ExclusionReason",
    "ExitReason",
    "IndicatorDefinition",
    "IndicatorResult",
    "LabourStatus",
    "Participant",
    "PathInstrument",
    "PendingGroup",
    "PendingReason",
    "ProgressForm",
    "ReintegrationPath",
    "Result",
    "ResultKind",
    "ServiceCounts",
    "Status",
    "SupportEpisode",
    "Threshold",
    "ThresholdGroup",
    "Window",
    "WindowPolicy",
    "effectiveness",
    "effectiveness_standard",
    "establish_categories",
    "evaluate",
    "format_rate",
    "participant_from_person",
    "report",
    "service_counts",
    "validate_path",
]


_TABLES = frozenset(
    {
        "CohortRead",
        "RefusedTableRows",
        "arrow_schema",
        "cohort_from_tables",
        "tables_from_cohort",
    }
)


def __getattr__(name: str) -> Any:
    """The names of [`integra.outcomes.tables`][integra.outcomes.tables] (``cohort_from_tables``
    and the rest), imported when first asked for since they need numpy and pyarrow (without
    them, [`MissingExtra`][integra.errors.MissingExtra] names the extra to install); and the old
    name of [`Denominator`][integra.outcomes.indicators.Denominator], with a
    ``DeprecationWarning`` (not exported by ``*``: [`integra.bulk`][integra.bulk] exports its
    own ``Population``).

    Examples:
        >>> import warnings
        >>> import integra.outcomes
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     integra.outcomes.Population is Denominator
        True
        >>> from integra.outcomes import cohort_from_tables
        >>> cohort_from_tables.__module__
        'integra.outcomes.tables'
    """
    if name == "Population":
        from integra.outcomes import indicators

        return getattr(indicators, name)  # warns, naming the new name
    if name in _TABLES:
        from integra._extras import require

        for module in ("numpy", "pyarrow"):
            require(module, "integra-pl[bulk]", needed_by="integra.outcomes.tables")
        from integra.outcomes import tables

        return getattr(tables, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
