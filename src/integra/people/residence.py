"""Residence: addresses and where a person lived when."""

from __future__ import annotations

import attrs

from integra.errors import InvalidValue
from integra.people._common import _is, _optional_text, _text
from integra.periods import DateRange

__all__ = ["Address", "Residence"]


@attrs.frozen(slots=True)
class Address:
    """A postal address, as much of it as rules need. ``repr()`` shows the gmina and the
    statistical unit only, never the street, locality, house or flat number.

    Attributes:
        gmina: The municipality (gmina) name.
        house_number: The building number as written ("12", "12a", "7/9").
        street: The street, or ``None`` where a locality has no streets.
        locality: The town or village (miejscowość), if different from the gmina.
        flat: The flat number, if any.
        teryt: The gmina's 7-digit TERYT code, if known.
        unit: A statistical or auxiliary unit (e.g. an osiedle or census area) the address lies in.

    Examples:
        >>> Address(gmina="Wałbrzych", street="Główna", house_number="12a").number
        12
    """

    gmina: str = attrs.field(validator=_text("Address"))
    house_number: str = attrs.field(validator=_text("Address"), repr=False)
    street: str | None = attrs.field(default=None, validator=_optional_text("Address"), repr=False)
    locality: str | None = attrs.field(
        default=None, validator=_optional_text("Address"), repr=False
    )
    flat: str | None = attrs.field(default=None, validator=_optional_text("Address"), repr=False)
    teryt: str | None = attrs.field(default=None, validator=_optional_text("Address"))
    unit: str | None = attrs.field(default=None, validator=_optional_text("Address"))

    def __attrs_post_init__(self) -> None:
        if self.teryt is not None and not (len(self.teryt) == 7 and self.teryt.isdigit()):
            raise InvalidValue("Address.teryt must be 7 digits")

    @property
    def number(self) -> int | None:
        """The leading integer of the house number ("12a" → 12, "7/9" → 7), or ``None``.

        Examples:
            >>> Address(gmina="Gdańsk", house_number="7/9").number
            7
        """
        digits = ""
        for char in self.house_number.strip():
            if not char.isdigit():
                break
            digits += char
        return int(digits) if digits else None


@attrs.frozen(slots=True)
class Residence:
    """Living at an address for a period.

    Attributes:
        address: Where.
        period: When.

    Examples:
        >>> from datetime import date
        >>> Residence(Address(gmina="Kłodzko", house_number="3"), DateRange(date(2020, 1, 1))).period.is_open
        True
    """

    address: Address = attrs.field(validator=_is(Address, "Residence"))
    period: DateRange = attrs.field(validator=_is(DateRange, "Residence"))
