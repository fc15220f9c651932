"""The ``hypothesis`` entry point of the package.

Hypothesis loads its entry points while ``hypothesis`` itself is being imported. When that import
was started by ``integra.strategies`` (the first thing that module does is import hypothesis), the
strategies package is still half-initialised at that moment; importing names from it would fail.
So the hook only imports the package: if it is already being imported, that returns at once and the
package registers its strategies when its own import finishes.

Examples:
    >>> from hypothesis import strategies as st
    >>> from integra import Address
    >>> setup()
    >>> isinstance(st.from_type(Address).example(), Address)
    True
"""

from __future__ import annotations

__all__ = ["setup"]


def setup() -> None:
    """Register integra's strategies with hypothesis (the package registers itself on import)."""
    import integra.strategies  # noqa: F401  (importing registers the strategies)
