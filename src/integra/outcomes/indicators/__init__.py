"""Indicators as data, computed over a cohort as of a date and explained like verdicts.

An [`IndicatorDefinition`][integra.outcomes.indicators.IndicatorDefinition] says who is in the
denominator ([`Denominator`][integra.outcomes.indicators.Denominator]: how they left, the support
they must have had, their status on entry, the results that take them out), what counts in the
numerator ([`Achievement`][integra.outcomes.indicators.Achievement]: results, or employment that
meets an [`EmploymentCriterion`][integra.outcomes.indicators.EmploymentCriterion]), and the
[`Window`][integra.outcomes.indicators.Window] after leaving in which it counts. The 2014-2020
effectiveness measures ([`integra.outcomes.eu2014`][integra.outcomes.eu2014]) and the 2021-2027
result indicators ([`integra.outcomes.eu2021`][integra.outcomes.eu2021]) are such definitions, and
a regional programme's own indicator is added the same way, as a value.

[`evaluate`][integra.outcomes.indicators.evaluate] gives an
[`IndicatorResult`][integra.outcomes.indicators.IndicatorResult]: the participants achieved, failed
and pending, every participant left out with the reason, the rate as a range while windows are
still open (achieved so far .. best case), the threshold with its source, whether it is met,
out of reach or undecided, how many more must reach the result, and breakdowns that add up to
the totals.

A result is a function of the facts alone. Participants are listed in order of id, whatever the
order of the records; everything computed once and kept with the cohort is keyed by every value
it read (the date of the facts, the definition, the minimum-wage table its employment criterion
reads); only what happened by the date of the report counts; and the certainty of a result is
the weakest of the law it read, whichever counting decides.

**Returning persons.** A person who took part more than once (records sharing a ``person`` key)
counts once, as the European Commission's guidance on monitoring ESF participants counts a
participant entering an operation again (Programming period 2014-2020, Monitoring and Evaluation
of European Cohesion Policy, European Social Fund, Guidance document; its conventions stay valid
for ESF+): the data on entry — labour-market status, categories, sex — come from the first
participation, the results are those after the final exit (measured from the final participation
on), and participations that start after the date of the report are not counted. The person is
listed under the id of the final participation; the other records are left out as
``RETURNING``. Two records of one person with the same entry date are refused when the cohort is
built.

**Results that cannot be lost.** A result that, once reached, stays reached within the window
— a qualification gained, education or training started, social progress — counts as soon as it
happens, even while the window is still open. Only labour-market events the guidance reads as
"the last event" (employment against job searching, under ``Counting.LAST``) wait for the window
to close.

The package is split by what it holds, one module each; every name below imports from here:

* ``counting``: `Window`, `WindowPolicy`, `Counting` and `EmploymentCriterion`, how a result
  is counted;
* ``definitions``: `IndicatorDefinition`, `Denominator`, `Achievement` and `Threshold`, an
  indicator as data;
* ``breakdowns``: `Dimension`, `Breakdown` and `BreakdownRow`;
* ``results``: `IndicatorResult`, its groups and reasons, `Status` and `format_rate`;
* ``evaluation``: `evaluate`, which classifies every participant once per definition and date.

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from integra import Sex
    >>> from integra.outcomes import eu2014
    >>> from integra.outcomes.records import *
    >>> job = Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 2, 1), None, fte=Decimal("0.5"))
    >>> cohort = Cohort([
    ...     Participant("A", Sex.FEMALE, date(2019, 6, 1), date(2020, 1, 31), ExitReason.COMPLETED,
    ...                 support=[SupportEpisode("internship", date(2019, 9, 1))], employment=[job]),
    ...     Participant("B", Sex.MALE, date(2019, 6, 1), date(2020, 1, 31), ExitReason.COMPLETED,
    ...                 support=[SupportEpisode("vocational_counselling", date(2019, 9, 1))]),
    ...     Participant("C", Sex.MALE, date(2019, 6, 1), date(2019, 8, 30), ExitReason.EARLY_OTHER),
    ...     Participant("D", Sex.MALE, date(2019, 6, 1), date(2020, 4, 15), ExitReason.COMPLETED,
    ...                 support=[SupportEpisode("job_coach", date(2019, 9, 1))]),
    ... ])
    >>> r = evaluate(eu2014.EMPLOYMENT_EFFECTIVENESS, cohort, date(2020, 5, 1), threshold=Threshold(Decimal("0.22")))
    >>> r.numerator, r.denominator, r.achieved, r.failed, [p.participants for p in r.pending]
    (1, 3, ('A',), ('B',), [('D',)])
    >>> format_rate(r.low), format_rate(r.high), r.status.value
    ('33.33%', '66.67%', 'met')
    >>> [(e.reason.value, e.participants) for e in r.exclusions]
    [('left_early', ('C',))]

"""

from __future__ import annotations

import warnings
from typing import Any

from integra.outcomes.indicators.breakdowns import Breakdown, BreakdownRow, Dimension
from integra.outcomes.indicators.counting import (
    Counting,
    EmploymentCriterion,
    Window,
    WindowPolicy,
)
from integra.outcomes.indicators.definitions import (
    Achievement,
    Denominator,
    IndicatorDefinition,
    Threshold,
)
from integra.outcomes.indicators.evaluation import evaluate
from integra.outcomes.indicators.results import (
    ExclusionGroup,
    ExclusionReason,
    IndicatorResult,
    PendingGroup,
    PendingReason,
    Status,
    format_rate,
)

__all__ = [
    "Achievement",
    "Breakdown",
    "BreakdownRow",
    "Counting",
    "Denominator",
    "Dimension",
    "EmploymentCriterion",
    "ExclusionGroup",
    "ExclusionReason",
    "IndicatorDefinition",
    "IndicatorResult",
    "PendingGroup",
    "PendingReason",
    "Status",
    "Threshold",
    "Window",
    "WindowPolicy",
    "evaluate",
    "format_rate",
]


def __getattr__(name: str) -> Any:
    """The old name of [`Denominator`][integra.outcomes.indicators.Denominator], with a
    ``DeprecationWarning``: ``Population`` is also the columnar population of
    [`integra.bulk`][integra.bulk], and star imports of both must not shadow one another.

    Examples:
        >>> import warnings
        >>> from integra.outcomes import indicators
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     indicators.Population is Denominator, caught[0].category.__name__
        (True, 'DeprecationWarning')
    """
    if name == "Population":
        warnings.warn(
            "integra.outcomes.indicators.Population is renamed Denominator",
            DeprecationWarning,
            stacklevel=2,
        )
        return Denominator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
