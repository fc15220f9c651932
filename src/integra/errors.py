"""Errors raised by integra.

Every error the library raises on bad input is a subclass of [`IntegraError`][integra.errors.IntegraError],
so a caller can catch one class. Messages name the field and the rule that was broken and never
contain personal data (no PESEL, no names, no addresses); they may contain dates and amounts that
describe the rule, such as the date for which no law is modelled.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, IntegraError
    >>> try:
    ...     DateRange(date(2024, 5, 1), date(2024, 4, 30))
    ... except IntegraError as error:
    ...     print(type(error).__name__, "-", error)
    InvalidRange - DateRange.end is before DateRange.start
"""

from __future__ import annotations

__all__ = [
    "ConversionError",
    "IntegraError",
    "InvalidPesel",
    "InvalidRange",
    "InvalidValue",
    "MissingExtra",
    "NoLawInForce",
]


class IntegraError(Exception):
    """Base class of every error integra raises on bad input or an unanswerable question.

    Examples:
        >>> issubclass(NoLawInForce, IntegraError)
        True
    """


class InvalidValue(IntegraError, ValueError):
    """A field has a value the domain does not allow (negative hours or income, a birth date in
    the future of an evaluation date, an unknown enum value).

    Examples:
        >>> from decimal import Decimal
        >>> from integra import Household
        >>> Household(members=0, monthly_net_income=Decimal("0"))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Household.members must be at least 1
    """


class InvalidRange(InvalidValue):
    """A date range ends before it starts, or ranges that must be ordered are not.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange
        >>> DateRange(date(2024, 1, 2), date(2024, 1, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidRange: DateRange.end is before DateRange.start
    """


class InvalidPesel(InvalidValue):
    """A PESEL number is malformed, has a wrong check digit, or contradicts the birth date or sex
    it is given with. The message never repeats the number.

    Examples:
        >>> from integra.people import validate_pesel
        >>> validate_pesel("44051401358")
        Traceback (most recent call last):
        ...
        integra.errors.InvalidPesel: PESEL has an invalid check digit
    """


class NoLawInForce(IntegraError, LookupError):
    """A dated legal parameter was asked for a date its modelled law does not cover.

    The library never extrapolates a legal value beyond the dates it knows.

    Examples:
        >>> from datetime import date
        >>> from integra.parameters import INCOME_CRITERIA
        >>> INCOME_CRITERIA.at(date(1999, 1, 1))
        Traceback (most recent call last):
        ...
        integra.errors.NoLawInForce: no value of 'income criterion (UPS art. 8 ust. 1)' is modelled for 1999-01-01; known from 2004-05-01
    """

    def __init__(self, parameter: str, on: object, detail: str = "") -> None:
        self.parameter = parameter
        self.on = on
        message = f"no value of {parameter!r} is modelled for {on}"
        if detail:
            message += f"; {detail}"
        super().__init__(message)


class ConversionError(IntegraError, ValueError):
    """A document could not be structured into an integra type; the message says which field.

    Examples:
        >>> from integra import DateRange, converter
        >>> converter.structure({"start": "2024-13-01", "end": None}, DateRange)
        Traceback (most recent call last):
        ...
        integra.errors.ConversionError: cannot build DateRange: $.start: expected an ISO date (YYYY-MM-DD)
    """


class MissingExtra(IntegraError, ImportError):
    """An optional dependency is not installed: the message says what to install.

    ``integra.bulk`` needs numpy (``pip install 'integra-pl[bulk]'``), ``integra.strategies``
    needs hypothesis (``pip install 'integra-pl[testing]'``), and exporting a screening as a
    DataFrame needs the library it is exported to (pandas, pyarrow or polars). It is an
    ``ImportError`` too, so code that already catches a failed import keeps working.

    Examples:
        >>> error = MissingExtra("numpy", "integra-pl[bulk]", needed_by="integra.bulk")
        >>> print(error)
        integra.bulk needs numpy, which is not installed: pip install 'integra-pl[bulk]'
        >>> error.name, isinstance(error, ImportError)
        ('numpy', True)
    """

    def __init__(self, module: str, install: str, *, needed_by: str = "") -> None:
        self.install = install
        needs = f"{needed_by} needs {module}" if needed_by else f"{module} is needed"
        super().__init__(f"{needs}, which is not installed: pip install '{install}'", name=module)
