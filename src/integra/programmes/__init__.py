"""Programme constraints: the rules that shape a programme once a person is in it.

* [`integra.programmes.violations`][integra.programmes.violations]: violations and validations
  shared by every programme.
"""

from integra.programmes.violations import Validation, Violation

__all__ = ["Validation", "Violation"]
