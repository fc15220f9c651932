"""Programme constraints: the rules that shape a programme once a person is in it.

Each programme is a module with the same verbs — build a plan, ``validate`` it against the law in
force, and compute its figures:

* [`integra.programmes.pai`][integra.programmes.pai]: Programme Activation and Integration
  (UPZ art. 62a) — referrals, plans of activation and integration sessions, weekly totals, a
  default plan builder.
* [`integra.programmes.psu`][integra.programmes.psu]: socially useful work (UPZ art. 73a) —
  hour limits, the minimum hourly rate, pay, the Labour Fund refund and the gmina's share.
* [`integra.programmes.cis`][integra.programmes.cis]: participation in a social integration
  centre (UZS) — length, hours and the integration benefit, before and from 2022-02-15.
* [`integra.programmes.violations`][integra.programmes.violations]: the
  [`Violation`][integra.programmes.violations.Violation] and
  [`Validation`][integra.programmes.violations.Validation] every ``validate`` returns.

Examples:
    >>> from datetime import date
    >>> from integra.programmes import pai
    >>> plan = pai.default_plan(date(2024, 3, 4))
    >>> pai.validate(plan).valid
    True
"""

from integra.programmes import cis, pai, psu
from integra.programmes.violations import Validation, Violation

__all__ = ["Validation", "Violation", "cis", "pai", "psu"]
