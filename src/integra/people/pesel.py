"""Sex as the PESEL register records it, and validation of PESEL numbers."""

from __future__ import annotations

import re
from datetime import date

from integra.errors import InvalidPesel
from integra.labels import Label, LabelledEnum, set_labels

__all__ = ["Sex", "validate_pesel"]

_DIGITS = re.compile(r"[0-9]{11}")


class Sex(LabelledEnum):
    """Sex as recorded in the PESEL register.

    Examples:
        >>> Sex("F").label.pl
        'kobieta'
    """

    FEMALE = "F"
    MALE = "M"


set_labels(
    Sex,
    {
        Sex.FEMALE: Label(pl="kobieta", en="woman"),
        Sex.MALE: Label(pl="mężczyzna", en="man"),
    },
)


def validate_pesel(number: str, birth_date: date | None = None, sex: Sex | None = None) -> str:
    """Check a PESEL number and return it in compact form (11 digits).

    The check digit is verified with python-stdnum; when ``birth_date`` or ``sex`` are given, the
    number must agree with them. Error messages never contain the number.

    Raises:
        InvalidPesel: the number is malformed, fails the check digit, or disagrees with the birth
            date or sex.

    Examples:
        >>> from datetime import date
        >>> validate_pesel("4405140135 9", date(1944, 5, 14), Sex.MALE)
        '44051401359'
        >>> validate_pesel("44051401359", sex=Sex.FEMALE)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidPesel: PESEL does not agree with the sex given
    """
    # Imported here: python-stdnum's package import is slow and most evaluations carry no PESEL.
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.pl import pesel as _pesel

    if not isinstance(number, str):
        raise InvalidPesel("PESEL must be a string of 11 digits")
    compact = number.replace(" ", "").replace("-", "")
    # Only the digits 0-9: other scripts' digits would be stored as written and never match.
    if not _DIGITS.fullmatch(compact):
        raise InvalidPesel("PESEL must be 11 digits encoding a valid birth date")
    problem = None
    try:
        _pesel.validate(compact)
    except InvalidChecksum:
        problem = "PESEL has an invalid check digit"
    except ValidationError:
        problem = "PESEL must be 11 digits encoding a valid birth date"
    if problem is not None:
        # Raised outside the handler: no chained error keeps the number in its traceback.
        raise InvalidPesel(problem)
    if birth_date is not None and _pesel.get_birth_date(compact) != birth_date:
        raise InvalidPesel("PESEL does not agree with the birth date given")
    if sex is not None and _pesel.get_gender(compact) != sex.value:
        raise InvalidPesel("PESEL does not agree with the sex given")
    return compact
