"""Registration of the strategies with hypothesis, so that ``st.from_type`` finds them.

Importing ``integra.strategies`` registers every strategy, and hypothesis imports it at start-up
through the package's ``hypothesis`` entry point when the testing extra is installed; calling
[`register_all`][integra.strategies.registry.register_all] by hand does the same.

Examples:
    >>> from hypothesis import strategies as st
    >>> from integra import DateRange
    >>> register_all()
    >>> isinstance(st.from_type(DateRange).example(), DateRange)
    True
    >>> from decimal import Decimal
    >>> from integra import Dated
    >>> isinstance(st.from_type(Dated[Decimal]).example().value, Decimal)
    True
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from integra import labels, law, parameters, people, periods, services
from integra.strategies import core

__all__ = ["generic_strategies", "register_all", "type_strategies"]


def type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy for each public type, by type.

    Examples:
        >>> from integra import Person
        >>> Person in type_strategies()
        True
    """
    table: dict[type, st.SearchStrategy[Any]] = {
        periods.DateRange: core.date_ranges(),
        periods.RangeSet: core.range_sets(),
        periods.IsoWeek: core.iso_weeks(),
        periods.WeekSlice: core.week_slices(),
        labels.Label: core.labels(),
        law.Act: core.acts(),
        law.Citation: core.citations(),
        law.Repeal: core.repeals(),
        parameters.IncomeCriterion: core.income_criteria(),
        parameters.PaiLimits: core.pai_limits(),
        parameters.CisRules: core.cis_rules(),
        parameters.EffectivenessThresholds: core.effectiveness_thresholds(),
        people.Address: core.addresses(),
        people.Registration: core.registrations(),
        people.BenefitAward: core.benefit_awards(),
        people.SocialContract: core.social_contracts(),
        people.DisabilityCertificate: core.certificates(),
        people.Household: core.households(),
        people.SituationSpell: core.situation_spells(),
        people.Entitlement: core.entitlements(),
        people.Person: core.people(),
        people.ExcludedPeriod: core.date_ranges(open_ended=False).flatmap(core.excluded_periods),
        people.ProfileSpell: core.date_ranges(open_ended=False).flatmap(core.profile_spells),
        people.Residence: core.date_ranges().flatmap(core.residences),
        services.Service: st.sampled_from(services.SERVICES),
        services.ReintegrationUnit: st.sampled_from(list(services.UNITS.values())),
    }
    # The rules and programme packages keep their strategies in modules of their own.
    from integra.strategies import income, outcomes, pai, programmes, rules

    for module in (rules, programmes, pai, outcomes, income):
        table.update(module.type_strategies())
    return table


def _values_of(kind: Any) -> st.SearchStrategy[Any]:
    """Values for the parameter of ``kind`` (``Decimal`` in ``Dated[Decimal]``): złoty amounts
    for a ``Decimal`` (or no parameter), the registered strategy for anything else."""
    arguments = typing.get_args(kind)
    if not arguments or arguments[0] is Decimal:
        return core.money()
    return st.from_type(arguments[0])


def generic_strategies() -> dict[type, Callable[[Any], st.SearchStrategy[Any]]]:
    """For each generic public type, a function from the parameterised type
    (``Timeline[Decimal]``) to its strategy, as hypothesis takes them for generic types.

    A ``Decimal`` parameter (and a type without parameter) draws złoty amounts with grosz
    precision (``integra.strategies.core.money``), as the law's amounts are; any other
    parameter draws from its own registered strategy.

    Examples:
        >>> from decimal import Decimal
        >>> from integra.law import Timeline
        >>> line = generic_strategies()[Timeline](Timeline[Decimal]).example()
        >>> all(isinstance(entry.value, Decimal) for entry in line)
        True
    """
    return {
        law.Dated: lambda kind: core.dated(_values_of(kind)),
        law.Timeline: lambda kind: core.timelines(_values_of(kind)),
    }


def register_all() -> None:
    """Register every strategy with hypothesis (``st.register_type_strategy``).

    The generic ``Timeline`` and ``Dated`` are registered too
    ([`generic_strategies`][integra.strategies.registry.generic_strategies]):
    ``st.from_type(Timeline[Decimal])`` draws timelines of złoty amounts; for values of your own
    kind use [`timelines`][integra.strategies.timelines] and
    [`dated`][integra.strategies.dated] with a strategy for the values.

    Examples:
        >>> from hypothesis import strategies as st
        >>> from integra import Address
        >>> register_all()
        >>> isinstance(st.from_type(Address).example(), Address)
        True
    """
    for kind, strategy in type_strategies().items():
        st.register_type_strategy(kind, strategy)
    for generic, build in generic_strategies().items():
        st.register_type_strategy(generic, build)
