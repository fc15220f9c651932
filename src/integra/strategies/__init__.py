"""Hypothesis strategies for every public integra type (install ``integra-pl[testing]``).

Every strategy produces only valid values: ranges in order, histories that start after the birth
date and do not overlap where the law forbids it, PESEL numbers consistent with the birth date
and sex. Importing this package registers them with hypothesis, and so does hypothesis itself at
start-up when the package is installed (its ``hypothesis`` entry point), so ``st.from_type(Person)``
works in any test suite; ``register_all()`` does the same by hand.

Examples:
    >>> from hypothesis import given, settings, strategies as st
    >>> from integra import Person
    >>> register_all()
    >>> @settings(max_examples=20)
    ... @given(st.from_type(Person))
    ... def check(person):
    ...     assert person.birth_date <= min((r.period.start for r in person.registrations or ()), default=person.birth_date)
    >>> check()
"""

# The check below runs before the package's other imports, which fail without the extra.
# ruff: noqa: E402
from integra._extras import require

# Without hypothesis, say which extra to install before any module of the package fails on it.
require("hypothesis", "integra-pl[testing]", needed_by="integra.strategies")

from integra.strategies.core import (
    acts,
    addresses,
    benefit_awards,
    certificates,
    citations,
    date_ranges,
    dated,
    dates,
    entitlements,
    households,
    income_criteria,
    iso_weeks,
    labels,
    people,
    pesels,
    range_sets,
    registrations,
    repeals,
    residences,
    situation_spells,
    social_contracts,
    timelines,
    week_slices,
)
from integra.strategies.registry import register_all

__all__ = [
    "acts",
    "addresses",
    "benefit_awards",
    "certificates",
    "citations",
    "date_ranges",
    "dated",
    "dates",
    "entitlements",
    "households",
    "income_criteria",
    "iso_weeks",
    "labels",
    "people",
    "pesels",
    "range_sets",
    "register_all",
    "registrations",
    "repeals",
    "residences",
    "situation_spells",
    "social_contracts",
    "timelines",
    "week_slices",
]

# Registering on import is what the hypothesis entry point relies on: see integra._hypothesis_hook.
register_all()
