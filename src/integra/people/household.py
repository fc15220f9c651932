"""Household statements: composition and monthly net income, declared or counted from items."""

from __future__ import annotations

from decimal import Decimal

import attrs

from integra.errors import InvalidValue
from integra.income import IncomeAssessment, IncomeBasis, IncomeStatement, assess
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
        statement: The income items the income was counted from
            ([`IncomeStatement`][integra.income.IncomeStatement]), or ``None`` for an income
            declared as a sum. Build such a household with
            [`from_statement`][integra.people.household.Household.from_statement]; given by hand,
            its members and income must be those the items give.

    Examples:
        >>> from decimal import Decimal
        >>> Household(members=3, monthly_net_income=Decimal("2100.00")).income_per_person
        Decimal('700.00')
    """

    members: int = attrs.field()
    monthly_net_income: Decimal = attrs.field(repr=False)
    valid: DateRange | None = None
    statement: IncomeStatement | None = attrs.field(default=None, kw_only=True, repr=False)

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

    def __attrs_post_init__(self) -> None:
        statement = self.statement
        if statement is None:
            return
        if not isinstance(statement, IncomeStatement):
            raise InvalidValue("Household.statement must be an IncomeStatement or None")
        if statement.members != self.members:
            raise InvalidValue("Household.members must equal Household.statement.members")
        if assess(statement).income != self.monthly_net_income:
            raise InvalidValue(
                "Household.monthly_net_income must be the income Household.statement gives "
                "(build the household with Household.from_statement)"
            )

    @classmethod
    def from_statement(
        cls, statement: IncomeStatement, valid: DateRange | None = None
    ) -> Household:
        """The household of ``statement``, its income counted from the items as UPS art. 8 ust. 3-5
        says ([`assess`][integra.income.assess]).

        Raises:
            NoLawInForce: a legal value the items need is not modelled for the application day.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra.income import IncomeItem, IncomeSource, IncomeStatement
            >>> pension = IncomeItem(IncomeSource.PENSION, date(2025, 2, 1), Decimal("1650.00"))
            >>> family = Household.from_statement(IncomeStatement(date(2025, 3, 3), 2, [pension]))
            >>> family.monthly_net_income, family.income_basis.value
            (Decimal('1650.00'), 'items')
        """
        income = assess(statement).income
        return cls(statement.members, income, valid, statement=statement)

    @property
    def income_basis(self) -> IncomeBasis:
        """Whether the income was declared as a sum or counted from items.

        Examples:
            >>> from decimal import Decimal
            >>> Household(2, Decimal("1000")).income_basis
            <IncomeBasis.DECLARED: 'declared'>
        """
        return IncomeBasis.DECLARED if self.statement is None else IncomeBasis.ITEMS

    @property
    def assessment(self) -> IncomeAssessment | None:
        """The explained computation of the income, for a household built from items.

        Examples:
            >>> from datetime import date
            >>> from integra.income import IncomeStatement
            >>> Household.from_statement(IncomeStatement(date(2025, 3, 3), 1)).assessment.income_month
            datetime.date(2025, 2, 1)
        """
        return None if self.statement is None else assess(self.statement)

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
