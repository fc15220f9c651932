"""Shared test configuration: the quick run and the thorough one, hypothesis profiles, strategies.

**Two runs.** The suite is run in two parts, which together run every test at full strength:

* the quick run, the README's test command (``coverage run -m pytest -n auto -m 'not slow'``):
  every test except those marked ``slow``, each hypothesis property with a third of its
  examples (the ``default`` profile below). It keeps the branch coverage of ``src/integra``
  and finishes in under two minutes on two cores;
* the thorough run, the other test step of ``.ci/run``
  (``HYPOTHESIS_PROFILE=ci pytest -n auto -m 'slow or hypothesis'``): the tests marked
  ``slow`` and every hypothesis property again, each with all the examples it asks for.

A test is marked ``slow`` (``@pytest.mark.slow``, registered in ``pyproject.toml``) when it is
slow by nature and reaches no line of ``src/integra`` that the quick run does not: each docs
block run alone in a process of its own, each example run as a script, every rule for a caseload
under eight law dates.

Profiles (select one with the ``HYPOTHESIS_PROFILE`` environment variable):

* ``default`` (loaded unless told otherwise): the quick run: 10 examples, no deadline; a
  property that asks for more (``@settings(max_examples=150)``) gets a third of what it asks
  for, never fewer than 10 and never more than it asks (``quick_examples``);
* ``ci``: 30 examples, no deadline, and every property the examples it asks for: the thorough
  run of ``.ci/run``, and the strength the whole suite had before it was split;
* ``thorough``: 500 examples, for a slower search before a release;
* ``mutation``: 30 examples drawn the same way on every run and no example database, so that a
  mutant is judged by the same examples as the code it mutates (``scripts/mutation.sh``).
"""

from __future__ import annotations

import math
import os

import pytest
from hypothesis import HealthCheck, is_hypothesis_test, settings

from integra.strategies import register_all

# The examples a property gets at full strength when it does not say: the ``ci`` profile's.
FULL_EXAMPLES = 30

_SUPPRESSED = (HealthCheck.too_slow,)

settings.register_profile(
    "default", max_examples=10, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.register_profile(
    "ci", max_examples=FULL_EXAMPLES, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.register_profile(
    "thorough", max_examples=500, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.register_profile(
    "mutation",
    max_examples=FULL_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=(*_SUPPRESSED, HealthCheck.differing_executors),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The hypothesis entry point does this when the package is installed; doing it here as well keeps
# st.from_type working when the tests run from a source checkout.
register_all()


def quick_examples(asked: int, profile: int) -> int:
    """The examples a property that asks for ``asked`` gets under a profile of ``profile``.

    A profile below ``FULL_EXAMPLES`` shrinks every property in the same proportion, but never
    below the profile's own count nor above what the property asks for; a profile at or above
    full strength leaves each property what it asks for.

    >>> quick_examples(150, 10), quick_examples(40, 10), quick_examples(30, 10)
    (50, 14, 10)
    >>> quick_examples(5, 10), quick_examples(150, 30), quick_examples(150, 500)
    (5, 150, 150)
    """
    if profile >= FULL_EXAMPLES:
        return asked
    return min(asked, max(profile, math.ceil(asked * profile / FULL_EXAMPLES)))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under a profile below full strength, give each property its share of the examples it
    asks for in its own ``@settings`` (which would otherwise override the profile)."""
    profile = settings().max_examples
    if profile >= FULL_EXAMPLES:
        return
    done: set[int] = set()
    for item in items:
        test = getattr(item, "obj", None)
        test = getattr(test, "__func__", test)
        if test is None or id(test) in done or not is_hypothesis_test(test):
            continue
        done.add(id(test))
        # Where hypothesis keeps a test's own settings; its pytest plugin adjusts them the same
        # way for parametrized tests.
        asked: settings = test._hypothesis_internal_use_settings
        test._hypothesis_internal_use_settings = settings(
            asked, max_examples=quick_examples(asked.max_examples, profile)
        )
