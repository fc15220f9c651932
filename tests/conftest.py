"""Shared test configuration: hypothesis profiles and strategy registration.

Profiles:

* ``default`` (loaded unless told otherwise): 30 examples, no deadline — keeps the whole suite,
  with coverage, well under two minutes on two cores;
* ``ci``: the same as ``default``, named so that CI can pin it explicitly;
* ``thorough``: 500 examples, for a slower search before a release;
* ``mutation``: 30 examples drawn the same way on every run and no example database, so that a
  mutant is judged by the same examples as the code it mutates (``scripts/mutation.sh``).

Select one with the ``HYPOTHESIS_PROFILE`` environment variable.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

from integra.strategies import register_all

_SUPPRESSED = (HealthCheck.too_slow,)

settings.register_profile(
    "default", max_examples=30, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.register_profile("ci", max_examples=30, deadline=None, suppress_health_check=_SUPPRESSED)
settings.register_profile(
    "thorough", max_examples=500, deadline=None, suppress_health_check=_SUPPRESSED
)
settings.register_profile(
    "mutation",
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=(*_SUPPRESSED, HealthCheck.differing_executors),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The hypothesis entry point does this when the package is installed; doing it here as well keeps
# st.from_type working when the tests run from a source checkout.
register_all()
