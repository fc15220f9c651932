"""An indicator as data: who is in its denominator, what counts in its numerator, the window,
its source, and the threshold it is held to.

An [`IndicatorDefinition`][integra.outcomes.indicators.IndicatorDefinition] joins a
[`Denominator`][integra.outcomes.indicators.Denominator] (how participants left, the
support they must have had, their status on entry, the results that take them out), an
[`Achievement`][integra.outcomes.indicators.Achievement] (results, or employment
meeting an [`EmploymentCriterion`][integra.outcomes.indicators.EmploymentCriterion])
and a [`Window`][integra.outcomes.indicators.Window]. A
[`Threshold`][integra.outcomes.indicators.Threshold] is the minimum share with its
source; it is given when the indicator is computed, not kept in the definition.

Examples:
    >>> from integra.outcomes import eu2014
    >>> eu2014.SOCIAL_EFFECTIVENESS.population.exits == Denominator().exits
    True
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from integra._convert import as_frozenset
from integra.errors import InvalidValue
from integra.labels import Label
from integra.law import Certainty, Citation
from integra.outcomes.indicators.counting import Counting, EmploymentCriterion, Window
from integra.outcomes.records import ExitReason, LabourStatus, ResultKind
from integra.services import ServiceCategory

__all__ = ["Achievement", "Denominator", "IndicatorDefinition", "Threshold"]


@attrs.frozen(slots=True)
class Achievement:
    """What counts in the numerator: any of ``results``, or employment meeting ``employment``.

    Attributes:
        results: Result kinds that count.
        employment: What employment counts, or ``None``.
        counting: Whether the first event or the status at the end of the window decides.

    Examples:
        >>> Achievement(frozenset({ResultKind.SOCIAL_PROGRESS})).counting.value
        'first'
    """

    results: frozenset[ResultKind] = attrs.field(default=frozenset(), converter=as_frozenset)
    employment: EmploymentCriterion | None = None
    counting: Counting = Counting.FIRST

    def __attrs_post_init__(self) -> None:
        if not self.results and self.employment is None:
            raise InvalidValue("Achievement needs results or an employment criterion")


@attrs.frozen(slots=True)
class Denominator:
    """Who is in the denominator of an indicator.

    Formerly named ``Population``; the old name still imports, with a ``DeprecationWarning``.

    Attributes:
        exits: The ways of leaving that belong (leaving early for a job counts as completing
            when ``EARLY_FOR_JOB`` is listed).
        service_category: A category of services the participant must have received, if any.
        labour_status: The statuses on entry that belong (``None``: any).
        excluded_by: Results that take a participant out when dated up to the end of the window.

    Examples:
        >>> Denominator().exits == frozenset({ExitReason.COMPLETED, ExitReason.EARLY_FOR_JOB})
        True
    """

    exits: frozenset[ExitReason] = attrs.field(
        default=frozenset({ExitReason.COMPLETED, ExitReason.EARLY_FOR_JOB}), converter=as_frozenset
    )
    service_category: ServiceCategory | None = None
    labour_status: frozenset[LabourStatus] | None = attrs.field(
        default=None, converter=attrs.converters.optional(as_frozenset)
    )
    excluded_by: frozenset[ResultKind] = attrs.field(default=frozenset(), converter=as_frozenset)


@attrs.frozen(slots=True)
class IndicatorDefinition:
    """An indicator as data: its name, who is counted, what counts, when, and where it comes from.

    Attributes:
        code: A stable identifier (``"eu2014.employment_effectiveness"``, ``"EECR04"``).
        label: Its name in Polish and English.
        numerator: What the numerator counts, in words.
        denominator: Who the denominator counts, in words.
        population: Who is in the denominator.
        achievement: What counts in the numerator.
        window: The window after leaving.
        citation: The source of the definition.
        certainty: How sure the definition is.
        source: Where it was read, and what is not confirmed.

    Examples:
        >>> from integra.outcomes import eu2021
        >>> eu2021.IN_EMPLOYMENT.window.days
        28
    """

    code: str
    label: Label
    numerator: Label
    denominator: Label
    population: Denominator
    achievement: Achievement
    window: Window
    citation: Citation
    certainty: Certainty = Certainty.CONFIRMED
    source: str = ""


@attrs.frozen(slots=True)
class Threshold:
    """A minimum share an indicator must reach, with where it comes from.

    Attributes:
        value: The minimum share (0..1).
        version: The version of the rules that sets it.
        citation: The source.
        certainty: How sure the value is.

    Examples:
        >>> Threshold(Decimal("0.22")).value
        Decimal('0.22')
        >>> Threshold(Decimal("22"))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Threshold.value must be a Decimal in 0..1
    """

    value: Decimal
    version: str = ""
    citation: Citation | None = None
    certainty: Certainty = Certainty.CONFIRMED

    def __attrs_post_init__(self) -> None:
        value = self.value
        if not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= 1:
            raise InvalidValue("Threshold.value must be a Decimal in 0..1")
