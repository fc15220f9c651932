"""Household statements: composition and monthly net income."""

from __future__ import annotations

from decimal import Decimal

import attrs

from integra.errors import InvalidValue
from integra.periods import DateRange

__all__ = ["Household"]

_MAX_MEMBERS = 1000
_MAX_INCOME = Decimal(10) ** 12


@attrs.frozen(slots=True)
class Household:
    """A statement of the household (rodzina, UPS art. 6 pkt 14: persons living and keeping house
    together) and its income. ``repr()`` leaves the income out.

    Attributes:
        members: Number of persons, the person included; 1 for a person living alone.
        monthly_net_income: The household's income in the month before the application, in złoty,
            already net of income tax, health and social contributions and maintenance paid to
            others (UPS art. 8 ust. 3).
        valid: The period the statement describes; ``None`` means it is not limited in time.

    Examples:
        >>> from decimal import Decimal
        >>> Household(members=3, monthly_net_income=Decimal("2100.00")).income_per_person
        Decimal('700.00')
    """

    members: int = attrs.field()
    monthly_net_income: Decimal = attrs.field(repr=False)
    valid: DateRange | None = None

    @members.validator
    def _check_members(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidValue("Household.members must be an int")
        if value < 1:
            raise InvalidValue("Household.members must be at least 1")
        if value > _MAX_MEMBERS:
            raise InvalidValue(f"Household.members must be at most {_MAX_MEMBERS}")

    @monthly_net_income.validator
    def _check_income(self, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
        if not isinstance(value, Decimal) or not value.is_finite():
            raise InvalidValue("Household.monthly_net_income must be a finite Decimal")
        if value < 0:
            raise InvalidValue("Household.monthly_net_income must not be negative")
        if value >= _MAX_INCOME:
            # Beyond any real income, and too large to compute with at the grosz.
            raise InvalidValue("Household.monthly_net_income must be below 10^12 zł")

    @property
    def is_single(self) -> bool:
        """Whether the person keeps house alone (osoba samotnie gospodarująca).

        Examples:
            >>> from decimal import Decimal
            >>> Household(1, Decimal("900")).is_single
            True
        """
        return self.members == 1

    @property
    def income_per_person(self) -> Decimal:
        """Income divided by the number of members, in złoty (not rounded).

        Examples:
            >>> from decimal import Decimal
            >>> Household(4, Decimal("3000")).income_per_person
            Decimal('750')
        """
        return self.monthly_net_income / self.members
