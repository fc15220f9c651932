"""Income as the social-assistance act counts it (dochód, UPS art. 8 ust. 3-5).

The income tests of social assistance (UPS art. 8 ust. 1) compare a person's or a family's income
with the criterion. The act says what that income is:

* **The month** (art. 8 ust. 3): the sum of the monthly receipts of the *month before the
  application*, or — after a loss of income (utrata dochodu) — of the *month of the application*,
  whatever their title and source.
* **The deductions** (art. 8 ust. 3 pkt 1-3): the month's personal income tax, the health and the
  social-insurance contributions, and the alimony paid to other persons.
* **What is left out** (art. 8 ust. 4): a one-off cash social benefit (pkt 1), a purposive
  allowance (zasiłek celowy, pkt 2), material aid for pupils of a social or motivational
  character (pkt 3), the value of a benefit in kind (pkt 4), and the benefit of an unemployed
  person for socially useful work (pkt 5). Each is a dated [`Timeline`][integra.law.Timeline]
  in [`EXCLUSIONS`][integra.income.EXCLUSIONS].
* **A lump-sum business** (art. 8 ust. 5 pkt 2, wording of the act of 5 March 2009, Dz.U. 2009
  nr 69 poz. 590): the amount the person declares is the income.
* **A farm** (art. 8 ust. 9, the paragraph number as legal-advice pages quote it): a fixed
  monthly amount for each hectare of conversion (ha przeliczeniowy),
  [`FARM_INCOME_PER_HECTARE`][integra.income.FARM_INCOME_PER_HECTARE], whatever the farm yields
  and whether it is farmed at all; every hectare the family holds counts (no threshold of 1 ha
  was found in art. 8), and land leased out is not treated apart: give the hectares the act
  counts.

Not modelled, with the reason: a one-off income above five times the criterion spread over
twelve months (art. 8 ust. 11) — its wording is known only from pages that quote it, and it
needs twelve months of receipts and a reading of "the amount of that income" (gross or net)
that the quotes do not settle; an income due for a period and received at once (art. 8 ust. 12).

The facts are [`IncomeItem`][integra.income.IncomeItem] (what a member of the family received in
a month, gross, with the deductions the act names) and [`AlimonyPaid`][integra.income.AlimonyPaid],
gathered in an [`IncomeStatement`][integra.income.IncomeStatement] for one application;
[`assess`][integra.income.assess] returns an [`IncomeAssessment`][integra.income.IncomeAssessment]
that says, item by item, what was counted or left out and under which provision, the sum, the
division by the members and how certain every legal value read is.

Questions the act leaves open are named policies with a stated default:
[`AlimonyReading`][integra.income.AlimonyReading] (which payments count as alimony paid) and
[`FarmAmountDay`][integra.income.FarmAmountDay] (which per-hectare amount applies when the income
month and the application fall on both sides of a change).

Amounts, hectares and the reasons of an assessment are personal data: no ``repr`` and no error
message shows them.

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> wage = IncomeItem(IncomeSource.EMPLOYMENT, date(2025, 2, 1), Decimal("3000.00"),
    ...                   income_tax=Decimal("120.00"), social_contributions=Decimal("411.30"),
    ...                   health_contribution=Decimal("222.18"))
    >>> aid = IncomeItem(IncomeSource.PURPOSIVE_ALLOWANCE, date(2025, 2, 1), Decimal("400.00"))
    >>> result = assess(IncomeStatement(date(2025, 3, 10), members=3, items=(wage, aid)))
    >>> result.income, result.per_person_text("en")
    (Decimal('2246.52'), '748.84 zł')
    >>> [line.counted for line in result.lines]
    [True, False]
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from integra.errors import InvalidValue
from integra.labels import (
    Label,
    LabelledEnum,
    Language,
    format_date,
    format_money,
    format_month,
    format_number,
    set_labels,
)
from integra.law import Certainty, Citation, Dated, Lookup, Timeline, weakest
from integra.parameters import INCOME_CRITERIA, UPS, IncomeCriterion

__all__ = [
    "EXCLUSIONS",
    "FARM_INCOME_PER_HECTARE",
    "AlimonyPaid",
    "AlimonyPayee",
    "AlimonyReading",
    "FarmAmountDay",
    "IncomeAssessment",
    "IncomeBasis",
    "IncomeChange",
    "IncomeItem",
    "IncomeLine",
    "IncomeSource",
    "IncomeStatement",
    "assess",
]

_GROSZ = Decimal("0.01")
_ZERO = Decimal("0.00")
_MAX_MONEY = Decimal(10) ** 12
_MAX_HECTARES = Decimal(10) ** 6
_MAX_MEMBERS = 1000
_UPS_START = date(2004, 5, 1)

_ART_8_3 = Citation(UPS, article="8", paragraph="3")
_ART_8_3_ALIMONY = Citation(UPS, article="8", paragraph="3", point="3")
_ART_8_5_LUMP_SUM = Citation(UPS, article="8", paragraph="5", point="2")
_ART_8_5 = Citation(UPS, article="8", paragraph="5")
_ART_8_9 = Citation(UPS, article="8", paragraph="9")


# --- The facts -----------------------------------------------------------------------------------


class IncomeSource(LabelledEnum):
    """What an income item is, in the terms the act and the application forms use.

    Sources left out of income by UPS art. 8 ust. 4 are the five named there; every other source
    is counted, "whatever its title and source" (art. 8 ust. 3).

    Examples:
        >>> IncomeSource.PURPOSIVE_ALLOWANCE.label.pl
        'zasiłek celowy'
        >>> IncomeSource("farm") is IncomeSource.FARM
        True
    """

    EMPLOYMENT = "employment"
    CIVIL_LAW_CONTRACT = "civil_law_contract"
    BUSINESS_GENERAL = "business_general"
    BUSINESS_LUMP_SUM = "business_lump_sum"
    FARM = "farm"
    PENSION = "pension"
    UNEMPLOYMENT_BENEFIT = "unemployment_benefit"
    FAMILY_BENEFIT = "family_benefit"
    SOCIAL_ASSISTANCE_PERIODIC = "social_assistance_periodic"
    HOUSING_ALLOWANCE = "housing_allowance"
    ALIMONY_RECEIVED = "alimony_received"
    ONE_OFF_SOCIAL_BENEFIT = "one_off_social_benefit"
    PURPOSIVE_ALLOWANCE = "purposive_allowance"
    PUPIL_MATERIAL_AID = "pupil_material_aid"
    BENEFIT_IN_KIND = "benefit_in_kind"
    SOCIALLY_USEFUL_WORK = "socially_useful_work"
    OTHER = "other"


set_labels(
    IncomeSource,
    {
        IncomeSource.EMPLOYMENT: Label(pl="wynagrodzenie ze stosunku pracy", en="employment"),
        IncomeSource.CIVIL_LAW_CONTRACT: Label(
            pl="umowa cywilnoprawna (zlecenie, o dzieło)", en="civil-law contract"
        ),
        IncomeSource.BUSINESS_GENERAL: Label(
            pl="działalność gospodarcza na zasadach ogólnych", en="business taxed on general rules"
        ),
        IncomeSource.BUSINESS_LUMP_SUM: Label(
            pl="działalność gospodarcza opodatkowana ryczałtem", en="business taxed as a lump sum"
        ),
        IncomeSource.FARM: Label(
            pl="gospodarstwo rolne (ha przeliczeniowe)", en="farm (hectares of conversion)"
        ),
        IncomeSource.PENSION: Label(pl="emerytura lub renta", en="old-age or disability pension"),
        IncomeSource.UNEMPLOYMENT_BENEFIT: Label(
            pl="zasiłek dla bezrobotnych", en="unemployment benefit"
        ),
        IncomeSource.FAMILY_BENEFIT: Label(pl="świadczenie rodzinne", en="family benefit"),
        IncomeSource.SOCIAL_ASSISTANCE_PERIODIC: Label(
            pl="zasiłek stały lub okresowy", en="permanent or periodic allowance"
        ),
        IncomeSource.HOUSING_ALLOWANCE: Label(pl="dodatek mieszkaniowy", en="housing allowance"),
        IncomeSource.ALIMONY_RECEIVED: Label(pl="alimenty otrzymane", en="alimony received"),
        IncomeSource.ONE_OFF_SOCIAL_BENEFIT: Label(
            pl="jednorazowe pieniężne świadczenie socjalne", en="one-off cash social benefit"
        ),
        IncomeSource.PURPOSIVE_ALLOWANCE: Label(pl="zasiłek celowy", en="purposive allowance"),
        IncomeSource.PUPIL_MATERIAL_AID: Label(
            pl="pomoc materialna dla uczniów o charakterze socjalnym albo motywacyjnym",
            en="material aid for pupils (social or motivational)",
        ),
        IncomeSource.BENEFIT_IN_KIND: Label(
            pl="wartość świadczenia w naturze", en="value of a benefit in kind"
        ),
        IncomeSource.SOCIALLY_USEFUL_WORK: Label(
            pl="świadczenie za prace społecznie użyteczne", en="benefit for socially useful work"
        ),
        IncomeSource.OTHER: Label(pl="inny przychód", en="other receipt"),
    },
)


class IncomeBasis(LabelledEnum):
    """Where the income an income test reads comes from: declared as a sum by the caller, or
    counted from income items by [`assess`][integra.income.assess].

    Examples:
        >>> IncomeBasis.ITEMS.label.pl
        'dochód ustalony ze składników (art. 8 ust. 3)'
    """

    DECLARED = "declared"
    ITEMS = "items"


set_labels(
    IncomeBasis,
    {
        IncomeBasis.DECLARED: Label(pl="dochód zadeklarowany kwotą", en="income declared as a sum"),
        IncomeBasis.ITEMS: Label(
            pl="dochód ustalony ze składników (art. 8 ust. 3)",
            en="income counted from its items (art. 8(3))",
        ),
    },
)


class IncomeChange(LabelledEnum):
    """Whether an item's source was lost or newly gained.

    * ``LOST`` (utrata dochodu): the family lost this income; the act then counts the month of
      the application instead of the month before it (UPS art. 8 ust. 3).
    * ``GAINED``: a new source. The social-assistance act has no rule of its own for income
      gained (unlike the family-benefits act): the item counts in the month it is received, and
      the flag is only shown in the explanation.
    * ``NONE``: neither.

    Examples:
        >>> IncomeChange.LOST.label.pl
        'utrata dochodu'
    """

    NONE = "none"
    LOST = "lost"
    GAINED = "gained"


set_labels(
    IncomeChange,
    {
        IncomeChange.NONE: Label(pl="bez zmiany", en="no change"),
        IncomeChange.LOST: Label(pl="utrata dochodu", en="loss of income"),
        IncomeChange.GAINED: Label(pl="uzyskanie dochodu", en="income gained"),
    },
)


class AlimonyPayee(enum.Enum):
    """To whom alimony is paid: the person entitled, or the alimony fund (fundusz alimentacyjny)
    repaid for the benefits it paid in the debtor's stead.

    Examples:
        >>> AlimonyPayee.ALIMONY_FUND.value
        'alimony_fund'
    """

    PERSON = "person"
    ALIMONY_FUND = "alimony_fund"


class AlimonyReading(LabelledEnum):
    """Which payments are "alimony paid to other persons" deducted from income (UPS art. 8
    ust. 3 pkt 3): the act does not say whether arrears count, nor whether repayments to the
    alimony fund do, and administrative courts disagreed.

    * ``NSA_2021`` (default): alimony paid to the person entitled is deducted, current or in
      arrears (the provision draws no line between them); payments to the alimony fund are not
      alimony and are not deducted — resolution of seven judges of the Supreme Administrative
      Court of 8 November 2021, I OPS 2/21.
    * ``CURRENT_ONLY``: only current alimony paid to the person entitled (the reading of the
      judgments that tied the deduction to regular payment).
    * ``ALL_PAYMENTS``: every payment, the alimony fund's included (the line of judgments the
      2021 resolution rejected).

    Examples:
        >>> AlimonyReading.NSA_2021.deducts(AlimonyPayee.PERSON, arrears=True)
        True
        >>> AlimonyReading.NSA_2021.deducts(AlimonyPayee.ALIMONY_FUND, arrears=False)
        False
        >>> AlimonyReading.CURRENT_ONLY.deducts(AlimonyPayee.PERSON, arrears=True)
        False
    """

    NSA_2021 = "nsa_2021"
    CURRENT_ONLY = "current_only"
    ALL_PAYMENTS = "all_payments"

    def deducts(self, payee: AlimonyPayee, *, arrears: bool) -> bool:
        """Whether a payment to ``payee`` (in arrears or not) is deducted under this reading.

        Examples:
            >>> AlimonyReading.ALL_PAYMENTS.deducts(AlimonyPayee.ALIMONY_FUND, arrears=True)
            True
        """
        if self is AlimonyReading.ALL_PAYMENTS:
            return True
        if payee is AlimonyPayee.ALIMONY_FUND:
            return False
        return not (arrears and self is AlimonyReading.CURRENT_ONLY)


set_labels(
    AlimonyReading,
    {
        AlimonyReading.NSA_2021: Label(
            pl="wykładnia z uchwały NSA, sygn. akt I OPS 2/21",
            en="reading of NSA resolution I OPS 2/21",
        ),
        AlimonyReading.CURRENT_ONLY: Label(pl="tylko alimenty bieżące", en="current alimony only"),
        AlimonyReading.ALL_PAYMENTS: Label(
            pl="wszystkie wpłaty, także na fundusz alimentacyjny",
            en="every payment, the alimony fund's included",
        ),
    },
)


class FarmAmountDay(enum.Enum):
    """Which day's per-hectare amount applies to a farm, when the income month and the
    application fall on both sides of a change of the amount (e.g. income of December 2024,
    application in January 2025). The act does not say.

    * ``APPLICATION_DAY`` (default): the amount in force on the day of the application, as the
      income criterion it is compared with.
    * ``INCOME_MONTH``: the amount in force on the first day of the income month.

    Examples:
        >>> from datetime import date
        >>> FarmAmountDay.INCOME_MONTH.day(date(2025, 1, 10), date(2024, 12, 1))
        datetime.date(2024, 12, 1)
    """

    APPLICATION_DAY = "application_day"
    INCOME_MONTH = "income_month"

    def day(self, application: date, income_month: date) -> date:
        """The day whose amount applies.

        Examples:
            >>> from datetime import date
            >>> FarmAmountDay.APPLICATION_DAY.day(date(2025, 1, 10), date(2024, 12, 1))
            datetime.date(2025, 1, 10)
        """
        return application if self is FarmAmountDay.APPLICATION_DAY else income_month


def _name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def _money(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Złoty with grosz precision, not negative, below 10^12; the error names the field only."""
    name = _name(instance, attribute)
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidValue(f"{name} must be a finite Decimal")
    if value < 0:
        raise InvalidValue(f"{name} must not be negative")
    if value >= _MAX_MONEY:
        raise InvalidValue(f"{name} must be below 10^12 zł")
    if value != value.quantize(_GROSZ):
        raise InvalidValue(f"{name} must be in whole grosze (at most 2 decimal places)")


def _first_of_month(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    name = _name(instance, attribute)
    if type(value) is not date:
        raise InvalidValue(f"{name} must be a datetime.date")
    if value.day != 1:
        raise InvalidValue(f"{name} must be the first day of the month it stands for")


def _a_day(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not date:
        raise InvalidValue(f"{_name(instance, attribute)} must be a datetime.date")


def _member(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValue(f"{_name(instance, attribute)} must be an int of at least 0")


def _of(kind: type) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidValue(f"{_name(instance, attribute)} must be a {kind.__name__}")

    return check


def _flag(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidValue(f"{_name(instance, attribute)} must be a bool")


@attrs.frozen(slots=True)
class IncomeItem:
    """What one member of the family received from one source in one month, gross, with the
    deductions the act names (UPS art. 8 ust. 3 pkt 1–2). ``repr()`` shows no amount.

    Attributes:
        source: What the receipt is.
        month: The month it was received, as its first day.
        gross: The receipt before deductions, in złoty (for a lump-sum business, the amount the
            person declares, art. 8 ust. 5 pkt 2; for a farm, 0: the amount follows from the
            hectares).
        member: Which member of the family received it: 0 is the applicant, 1, 2, ... the others.
        income_tax: The month's personal income tax (art. 8 ust. 3 pkt 1).
        social_contributions: Social-insurance contributions paid by the person, for a farm the
            farmers' insurance (art. 8 ust. 3 pkt 2).
        health_contribution: The health-insurance contribution (art. 8 ust. 3 pkt 2).
        hectares: For a farm, its hectares of conversion (ha przeliczeniowe); ``None`` otherwise.
        change: Whether the source was lost (utrata dochodu) or newly gained.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> item = IncomeItem(IncomeSource.PENSION, date(2025, 1, 1), Decimal("1780.96"))
        >>> item
        IncomeItem(source=<IncomeSource.PENSION: 'pension'>, month=datetime.date(2025, 1, 1), member=0, change=<IncomeChange.NONE: 'none'>)
        >>> IncomeItem(IncomeSource.PENSION, date(2025, 1, 15), Decimal("1"))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: IncomeItem.month must be the first day of the month it stands for
    """

    source: IncomeSource = attrs.field(validator=_of(IncomeSource))
    month: date = attrs.field(validator=_first_of_month)
    gross: Decimal = attrs.field(default=_ZERO, repr=False, validator=_money)
    member: int = attrs.field(default=0, kw_only=True, validator=_member)
    income_tax: Decimal = attrs.field(default=_ZERO, kw_only=True, repr=False, validator=_money)
    social_contributions: Decimal = attrs.field(
        default=_ZERO, kw_only=True, repr=False, validator=_money
    )
    health_contribution: Decimal = attrs.field(
        default=_ZERO, kw_only=True, repr=False, validator=_money
    )
    hectares: Decimal | None = attrs.field(default=None, kw_only=True, repr=False)
    change: IncomeChange = attrs.field(
        default=IncomeChange.NONE, kw_only=True, validator=_of(IncomeChange)
    )

    def __attrs_post_init__(self) -> None:
        farm = self.source is IncomeSource.FARM
        if farm:
            hectares = self.hectares
            if not isinstance(hectares, Decimal) or not hectares.is_finite():
                raise InvalidValue("IncomeItem.hectares must be a finite Decimal for a farm")
            if hectares <= 0 or hectares >= _MAX_HECTARES:
                raise InvalidValue("IncomeItem.hectares must be more than 0 and below 10^6")
            if self.gross:
                raise InvalidValue(
                    "IncomeItem.gross must be 0 for a farm: its income follows from the hectares"
                )
            if self.income_tax:
                raise InvalidValue("IncomeItem.income_tax must be 0 for a farm")
            return
        if self.hectares is not None:
            raise InvalidValue("IncomeItem.hectares is only for a farm")
        deductions = self.deductions
        if self.source is IncomeSource.BUSINESS_LUMP_SUM and deductions:
            raise InvalidValue(
                "IncomeItem deductions must be 0 for a lump-sum business: the declared amount "
                "is the income (art. 8 ust. 5 pkt 2)"
            )
        if deductions > self.gross:
            raise InvalidValue(
                "IncomeItem.income_tax, social_contributions and health_contribution together "
                "must not exceed IncomeItem.gross"
            )

    @property
    def deductions(self) -> Decimal:
        """Income tax and contributions together (art. 8 ust. 3 pkt 1–2).

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> IncomeItem(IncomeSource.EMPLOYMENT, date(2025, 1, 1), Decimal("100.00"),
            ...            income_tax=Decimal("5.00"), health_contribution=Decimal("9.00")).deductions
            Decimal('14.00')
        """
        return self.income_tax + self.social_contributions + self.health_contribution


@attrs.frozen(slots=True)
class AlimonyPaid:
    """Alimony a member of the family paid in a month (UPS art. 8 ust. 3 pkt 3). ``repr()`` shows
    no amount.

    Attributes:
        month: The month of the payment, as its first day.
        amount: The amount paid, in złoty.
        member: Which member paid it (0 is the applicant).
        payee: The person entitled, or the alimony fund.
        arrears: Whether the payment settles arrears rather than the current month's alimony.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> AlimonyPaid(date(2025, 1, 1), Decimal("500.00"))
        AlimonyPaid(month=datetime.date(2025, 1, 1), member=0, payee=<AlimonyPayee.PERSON: 'person'>, arrears=False)
    """

    month: date = attrs.field(validator=_first_of_month)
    amount: Decimal = attrs.field(repr=False, validator=_money)
    member: int = attrs.field(default=0, kw_only=True, validator=_member)
    payee: AlimonyPayee = attrs.field(
        default=AlimonyPayee.PERSON, kw_only=True, validator=_of(AlimonyPayee)
    )
    arrears: bool = attrs.field(default=False, kw_only=True, validator=_flag)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class IncomeStatement:
    """The income facts of one application: the family, each member's items and the alimony
    paid, with the readings chosen for the questions the act leaves open.

    Attributes:
        application_date: The day the application was made (it fixes the income month).
        members: The persons of the family (UPS art. 6 pkt 14), the applicant included; 1 for a
            person keeping house alone.
        items: The receipts of the members; items of other months may be listed too (they are
            shown as left out).
        alimony_paid: The alimony the members paid.
        alimony_reading: Which payments count as alimony paid (default: NSA I OPS 2/21).
        farm_amount_day: Which day's per-hectare amount applies (default: the application's).

    Examples:
        >>> from datetime import date
        >>> statement = IncomeStatement(date(2025, 3, 10), members=2)
        >>> statement
        IncomeStatement(application_date=datetime.date(2025, 3, 10), members=2, items=(), alimony_paid=(), alimony_reading=<AlimonyReading.NSA_2021: 'nsa_2021'>, farm_amount_day=<FarmAmountDay.APPLICATION_DAY: 'application_day'>)
        >>> IncomeStatement(date(2025, 3, 10), members=0)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: IncomeStatement.members must be between 1 and 1000
    """

    application_date: date = attrs.field(validator=_a_day)
    members: int = attrs.field()
    items: tuple[IncomeItem, ...] = attrs.field(default=(), converter=_tuple)
    alimony_paid: tuple[AlimonyPaid, ...] = attrs.field(default=(), converter=_tuple)
    alimony_reading: AlimonyReading = attrs.field(
        default=AlimonyReading.NSA_2021, kw_only=True, validator=_of(AlimonyReading)
    )
    farm_amount_day: FarmAmountDay = attrs.field(
        default=FarmAmountDay.APPLICATION_DAY, kw_only=True, validator=_of(FarmAmountDay)
    )

    @members.validator
    def _check_members(self, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue("IncomeStatement.members must be an int")
        if not 1 <= value <= _MAX_MEMBERS:
            raise InvalidValue(f"IncomeStatement.members must be between 1 and {_MAX_MEMBERS}")

    def __attrs_post_init__(self) -> None:
        for field, kind in (("items", IncomeItem), ("alimony_paid", AlimonyPaid)):
            for entry in getattr(self, field):
                if not isinstance(entry, kind):
                    raise InvalidValue(f"IncomeStatement.{field} must hold {kind.__name__} values")
                if entry.member >= self.members:
                    raise InvalidValue(
                        f"IncomeStatement.{field}: a member index must be below "
                        "IncomeStatement.members"
                    )

    @property
    def loss_of_income(self) -> bool:
        """Whether an item records a loss of income (utrata dochodu).

        Examples:
            >>> from datetime import date
            >>> IncomeStatement(date(2025, 3, 10), 1).loss_of_income
            False
        """
        return any(item.change is IncomeChange.LOST for item in self.items)

    @property
    def income_month(self) -> date:
        """The month whose receipts count, as its first day: the month before the application,
        or the month of the application after a loss of income (UPS art. 8 ust. 3).

        Examples:
            >>> from datetime import date
            >>> IncomeStatement(date(2025, 1, 31), 1).income_month
            datetime.date(2024, 12, 1)
        """
        first = self.application_date.replace(day=1)
        if self.loss_of_income:
            return first
        return (first - timedelta(days=1)).replace(day=1)


# --- The law read ----------------------------------------------------------------------------------


def _criteria_act(start: date) -> Citation:
    """The regulation that verified the income criteria from ``start``: it set the per-hectare
    amount in force from the same day."""
    entry = INCOME_CRITERIA.entry_at(start)
    assert entry.citation is not None and entry.start == start
    return Citation(entry.citation.act)


_HECTARE_NOTE = (
    "amount quoted by social-assistance centres' pages ({pages}); it also equals the previous "
    "amount raised by 25% of the sum of the rises of the two income criteria, rounded to the "
    "złoty, the rule of the act as the press describes it (gazetaprawna.pl 652693); derived "
    "until read in the regulation"
)

FARM_INCOME_PER_HECTARE: Timeline[Decimal] = Timeline(
    "monthly income from 1 ha of conversion in social assistance (UPS art. 8)",
    (
        Dated(
            Decimal(207),
            date(2006, 10, 1),
            citation=_ART_8_9,
            certainty=Certainty.DERIVED,
            note=(
                "amount of art. 8 from the verification of 2006-10-01 as office pages quote it; "
                "the paragraph, ust. 9 ('przyjmuje się, że z 1 ha przeliczeniowego uzyskuje się "
                "dochód miesięczny w wysokości ...'), as legal-advice pages quote it "
                "(prawo-porady.pl, eskul.pl), not read in the act; the 2004 amount is not "
                "modelled"
            ),
        ),
        Dated(
            Decimal(250),
            date(2012, 10, 1),
            citation=_criteria_act(date(2012, 10, 1)),
            certainty=Certainty.DERIVED,
            note=_HECTARE_NOTE.format(pages="gops-wola.pl, gopskaliska.pl; press: gazetaprawna.pl"),
        ),
        Dated(
            Decimal(288),
            date(2015, 10, 1),
            citation=_criteria_act(date(2015, 10, 1)),
            certainty=Certainty.DERIVED,
            note=_HECTARE_NOTE.format(pages="gops.dobron.pl, mgops.bobolice.pl"),
        ),
        Dated(
            Decimal(308),
            date(2018, 10, 1),
            citation=_criteria_act(date(2018, 10, 1)),
            certainty=Certainty.DERIVED,
            note=_HECTARE_NOTE.format(pages="gops.domanice.eu, zs12lublin.eu"),
        ),
        Dated(
            Decimal(345),
            date(2022, 1, 1),
            citation=_criteria_act(date(2022, 1, 1)),
            certainty=Certainty.DERIVED,
            note=_HECTARE_NOTE.format(pages="gops.zebrzydowice.pl, gops.lipnicamurowana.pl"),
        ),
        Dated(
            Decimal(459),
            date(2025, 1, 1),
            citation=_criteria_act(date(2025, 1, 1)),
            certainty=Certainty.DERIVED,
            note=_HECTARE_NOTE.format(pages="one office page only"),
        ),
    ),
)
"""The monthly income taken for each hectare of conversion of a farm, from 2006-10-01. Every
amount is ``DERIVED``: office pages quote them, and each later one follows from the one before
by the rule the press describes (25 % of the rises of the criteria, rounded to the złoty); none
was read in the text of a regulation. Before 2006-10-01 no amount is modelled.

Examples:
    >>> from datetime import date
    >>> found = FARM_INCOME_PER_HECTARE.lookup(date(2025, 3, 1))
    >>> found.value, found.certainty.value
    (Decimal('459'), 'derived')
"""


def _excluded(point: str, start: date, certainty: Certainty, note: str) -> Timeline[bool]:
    citation = Citation(UPS, article="8", paragraph="4", point=point)
    return Timeline(
        f"UPS art. 8 ust. 4 pkt {point}",
        (Dated(True, start, citation=citation, certainty=certainty, note=note),),
    )


_ORDER_NOTE = (
    "point number from the order of the list of art. 8 ust. 4 as office and legal pages quote it "
    "(e-sadownictwo.pl 4620, rp.pl); in force since the act's start in 2004 on the same pages' "
    "reading"
)

EXCLUSIONS: dict[IncomeSource, Timeline[bool]] = {
    IncomeSource.ONE_OFF_SOCIAL_BENEFIT: _excluded("1", _UPS_START, Certainty.DERIVED, _ORDER_NOTE),
    IncomeSource.PURPOSIVE_ALLOWANCE: _excluded(
        "2",
        _UPS_START,
        Certainty.CONFIRMED,
        "point cited by WSA Białystok II SA/Bk 608/18 (art. 8 ust. 4 pkt 2)",
    ),
    IncomeSource.PUPIL_MATERIAL_AID: _excluded("3", _UPS_START, Certainty.DERIVED, _ORDER_NOTE),
    IncomeSource.BENEFIT_IN_KIND: _excluded("4", _UPS_START, Certainty.DERIVED, _ORDER_NOTE),
    IncomeSource.SOCIALLY_USEFUL_WORK: _excluded(
        "5",
        date(2005, 11, 1),
        Certainty.DERIVED,
        "the day the point was added was not found; socially useful work exists from "
        "2005-11-01 (UPZ art. 73a), the first day it can apply; " + _ORDER_NOTE,
    ),
}
"""The sources UPS art. 8 ust. 4 leaves out of income, each a dated timeline with its point.

Examples:
    >>> from datetime import date
    >>> print(EXCLUSIONS[IncomeSource.PURPOSIVE_ALLOWANCE].entry_at(date(2025, 1, 1)).citation)
    art. 8 ust. 4 pkt 2 ustawy o pomocy społecznej
"""


# --- The computation ------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class IncomeLine:
    """One item or alimony payment of a statement as the computation treated it. ``repr()`` shows
    no amount.

    Attributes:
        what: What the line is (the source, or alimony paid).
        member: The member it belongs to.
        month: The month of the item.
        counted: Whether it changes the income.
        amount: What it adds (an income, net of its deductions) or takes off (alimony paid,
            negative); 0 when left out.
        citation: The provision that decides how it is treated.
        reason: Why, in Polish and English (``None`` for an item counted whole).
        certainty: How certain the legal values read for it are.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> statement = IncomeStatement(date(2025, 3, 1), 1, [
        ...     IncomeItem(IncomeSource.PURPOSIVE_ALLOWANCE, date(2025, 2, 1), Decimal("300.00"))])
        >>> line = assess(statement).lines[0]
        >>> line.counted, str(line.citation), line.certainty.value
        (False, 'art. 8 ust. 4 pkt 2 ustawy o pomocy społecznej', 'confirmed')
    """

    what: Label
    member: int
    month: date
    counted: bool
    amount: Decimal = attrs.field(repr=False)
    citation: Citation
    reason: Label | None = attrs.field(repr=False)
    certainty: Certainty


@attrs.frozen(slots=True)
class IncomeAssessment:
    """The income of a person or a family for an application, explained (UPS art. 8 ust. 3-5).
    ``repr()`` shows no amount.

    Attributes:
        statement: The facts it was computed from.
        income_month: The month counted, as its first day.
        lines: Every item and alimony payment, counted or left out, with its provision.
        income: The family's income (the person's, if alone), in złoty: the counted lines
            summed, and never below 0 (alimony paid beyond the receipts leaves an income of 0).

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> alone = IncomeStatement(date(2025, 3, 1), 1, [
        ...     IncomeItem(IncomeSource.PENSION, date(2025, 2, 1), Decimal("1010.00"))])
        >>> result = assess(alone)
        >>> result.within(INCOME_CRITERIA.at(date(2025, 3, 1)))
        True
        >>> result
        IncomeAssessment(income_month=datetime.date(2025, 2, 1), members=1, certainty=<Certainty.CONFIRMED: 'confirmed'>)
    """

    statement: IncomeStatement = attrs.field(repr=False)
    income_month: date
    lines: tuple[IncomeLine, ...] = attrs.field(repr=False)
    income: Decimal = attrs.field(repr=False)

    def __repr__(self) -> str:
        return (
            f"IncomeAssessment(income_month={self.income_month!r}, members={self.members!r}, "
            f"certainty={self.certainty!r})"
        )

    @property
    def members(self) -> int:
        """The persons of the family.

        Examples:
            >>> from datetime import date
            >>> assess(IncomeStatement(date(2025, 3, 1), 4)).members
            4
        """
        return self.statement.members

    @property
    def per_person(self) -> Decimal:
        """The income divided by the members (UPS art. 8 ust. 1 pkt 2), not rounded.

        Examples:
            >>> from datetime import date
            >>> assess(IncomeStatement(date(2025, 3, 1), 4)).per_person
            Decimal('0.00')
        """
        return self.income / self.members

    @property
    def certainty(self) -> Certainty:
        """The weakest certainty of the legal values read (``CONFIRMED`` for none).

        Examples:
            >>> from datetime import date
            >>> assess(IncomeStatement(date(2025, 3, 1), 1)).certainty.value
            'confirmed'
        """
        return weakest(line.certainty for line in self.lines)

    def per_person_text(self, language: Language = "en") -> str:
        """The income per person as written, rounded up to the grosz (an income above a
        criterion never reads as equal to it).

        Examples:
            >>> from datetime import date
            >>> assess(IncomeStatement(date(2025, 3, 1), 3)).per_person_text("pl")
            '0,00\xa0zł'
        """
        return format_money(self.per_person.quantize(_GROSZ, rounding=ROUND_CEILING), language)

    def within(self, criterion: IncomeCriterion) -> bool:
        """Whether the income is within ``criterion`` (UPS art. 8 ust. 1): the single-person
        amount for one person, the per-person amount times the members for a family.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> assess(IncomeStatement(date(2025, 3, 1), 2)).within(
            ...     IncomeCriterion(Decimal("1010"), Decimal("823")))
            True
        """
        return self.income <= criterion.for_household(self.members)

    def explain(self, language: Language = "en") -> str:
        """Every line with its provision, the sum, the division and the certainty, one per line of
        text. The text holds amounts: it is personal data.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> statement = IncomeStatement(date(2025, 3, 1), 2, [
            ...     IncomeItem(IncomeSource.PENSION, date(2025, 2, 1), Decimal("1500.00")),
            ...     IncomeItem(IncomeSource.PURPOSIVE_ALLOWANCE, date(2025, 2, 1), Decimal("200.00"), member=1)])
            >>> print(assess(statement).explain("en"))
            income month: 2025-02 (the month before the application, art. 8(3))
            member 0, old-age or disability pension, 2025-02: counted 1500.00 zł (Art. 8(3) of the Act on Social Assistance (UPS))
            member 1, purposive allowance, 2025-02: left out — not counted as income (Art. 8(4)(2) of the Act on Social Assistance (UPS))
            income of the family: 1500.00 zł; 2 persons: 750.00 zł a person
            certainty: confirmed
        """
        month = format_month(self.income_month, language)
        why = _PHRASES["loss_month" if self.statement.loss_of_income else "month_before"]
        out = [f"{_PHRASES['income_month'].text(language)}: {month} ({why.text(language)})"]
        out += [_line_text(line, language) for line in self.lines]
        total = format_money(self.income, language)
        if self.members == 1:
            out.append(f"{_PHRASES['alone'].text(language)}: {total}")
        else:
            per = self.per_person_text(language)
            out.append(
                _both(
                    lambda lang: f"dochód rodziny: {total}; {self.members} os.: {per} na osobę",
                    lambda lang: (
                        f"income of the family: {total}; {self.members} persons: {per} a person"
                    ),
                ).text(language)
            )
        out.append(f"{_PHRASES['certainty'].text(language)}: {self.certainty.label.text(language)}")
        return "\n".join(out)


def _both(pl: Callable[[Language], str], en: Callable[[Language], str]) -> Label:
    """A label whose two texts are built the same way, each in its own language."""
    return Label(pl=pl("pl"), en=en("en"))


_PHRASES = {
    "income_month": Label(pl="miesiąc dochodu", en="income month"),
    "month_before": Label(
        pl="miesiąc poprzedzający złożenie wniosku, art. 8 ust. 3",
        en="the month before the application, art. 8(3)",
    ),
    "loss_month": Label(
        pl="miesiąc złożenia wniosku po utracie dochodu, art. 8 ust. 3",
        en="the month of the application, after a loss of income, art. 8(3)",
    ),
    "member": Label(pl="członek", en="member"),
    "counted": Label(pl="wliczono", en="counted"),
    "deducted": Label(pl="odliczono", en="deducted"),
    "left_out": Label(pl="pominięto", en="left out"),
    "alone": Label(
        pl="dochód osoby samotnie gospodarującej", en="income of the person living alone"
    ),
    "certainty": Label(pl="pewność", en="certainty"),
    "tax": Label(pl="podatek", en="tax"),
    "contributions": Label(pl="składki", en="contributions"),
    "deductions_cited": Label(pl="art. 8 ust. 3 pkt 1–2", en="art. 8(3)(1)–(2)"),
    "contributions_cited": Label(pl="art. 8 ust. 3 pkt 2", en="art. 8(3)(2)"),
}


def _line_text(line: IncomeLine, language: Language) -> str:
    """One line of an explanation: the member, the source and month, what was done and why,
    and the provision."""
    word = _PHRASES
    head = (
        f"{word['member'].text(language)} {line.member}, {line.what.text(language)}, "
        f"{format_month(line.month, language)}: "
    )
    if line.counted:
        verb = word["deducted" if line.amount < 0 else "counted"].text(language)
        body = f"{verb} {format_money(abs(line.amount), language)}"
        if line.reason is not None:
            body += f" — {line.reason.text(language)}"
    else:
        assert line.reason is not None
        body = f"{word['left_out'].text(language)} — {line.reason.text(language)}"
    return f"{head}{body} ({line.citation.text(language)})"


_OTHER_MONTH = Label(
    pl="przychód z innego miesiąca niż miesiąc dochodu", en="a receipt of another month"
)
_LEFT_OUT = Label(pl="nie wlicza się do dochodu", en="not counted as income")
_LOST = Label(
    pl="źródło utracone: liczy się miesiąc złożenia wniosku",
    en="source lost: the month of the application counts",
)
_ALIMONY = Label(pl="alimenty świadczone na rzecz innych osób", en="alimony paid to others")


def _farm_reason(item: IncomeItem, lookup: Lookup[Decimal]) -> Label:
    assert item.hectares is not None
    hectares, amount, start = item.hectares, lookup.value, lookup.entry.start
    paid = item.social_contributions + item.health_contribution

    def text(language: Language, hectare: str, since: str) -> str:
        out = (
            f"{format_number(hectares, language)} {hectare} × {format_money(amount, language)} "
            f"({since} {format_date(start, language)})"
        )
        if paid:
            out += (
                f" − {_PHRASES['contributions'].text(language)} {format_money(paid, language)}, "
                f"{_PHRASES['contributions_cited'].text(language)}"
            )
        return out

    return _both(
        lambda lang: text(lang, "ha przeliczeniowych", "kwota od"),
        lambda lang: text(lang, "ha of conversion", "amount from"),
    )


def _deducted(item: IncomeItem) -> Label:
    """The gross and the deductions of art. 8 ust. 3 pkt 1–2 taken from it."""
    contributions = item.social_contributions + item.health_contribution

    def text(language: Language) -> str:
        parts = [format_money(item.gross, language)]
        for word, amount in (("tax", item.income_tax), ("contributions", contributions)):
            if amount:
                parts.append(f"{_PHRASES[word].text(language)} {format_money(amount, language)}")
        return " − ".join(parts) + f", {_PHRASES['deductions_cited'].text(language)}"

    return _both(text, text)


def _item_line(
    item: IncomeItem,
    statement: IncomeStatement,
    income_month: date,
    farm_amounts: Timeline[Decimal],
) -> IncomeLine:
    what = item.source.label
    if item.month != income_month:
        reason = _LOST if item.change is IncomeChange.LOST else _OTHER_MONTH
        return IncomeLine(
            what, item.member, item.month, False, _ZERO, _ART_8_3, reason, Certainty.CONFIRMED
        )
    law_on = statement.application_date
    exclusion = EXCLUSIONS.get(item.source)
    if exclusion is not None:
        found = exclusion.lookup(law_on)
        assert found.entry.citation is not None
        return IncomeLine(
            what,
            item.member,
            item.month,
            False,
            _ZERO,
            found.entry.citation,
            _LEFT_OUT,
            found.certainty,
        )
    if item.source is IncomeSource.FARM:
        assert item.hectares is not None
        lookup = farm_amounts.lookup(statement.farm_amount_day.day(law_on, income_month))
        gross = (item.hectares * lookup.value).quantize(_GROSZ, rounding=ROUND_HALF_UP)
        assert lookup.entry.citation is not None
        return IncomeLine(
            what,
            item.member,
            item.month,
            True,
            gross - item.deductions,
            lookup.entry.citation,
            _farm_reason(item, lookup),
            lookup.certainty,
        )
    citation = _ART_8_3
    why = _deducted(item) if item.deductions else None
    if item.source is IncomeSource.BUSINESS_LUMP_SUM:
        citation = _ART_8_5_LUMP_SUM
    elif item.source is IncomeSource.BUSINESS_GENERAL:
        citation = _ART_8_5
    return IncomeLine(
        what,
        item.member,
        item.month,
        True,
        item.gross - item.deductions,
        citation,
        why,
        Certainty.CONFIRMED,
    )


def _alimony_line(
    payment: AlimonyPaid, statement: IncomeStatement, income_month: date
) -> IncomeLine:
    if payment.month != income_month:
        return IncomeLine(
            _ALIMONY,
            payment.member,
            payment.month,
            False,
            _ZERO,
            _ART_8_3_ALIMONY,
            _OTHER_MONTH,
            Certainty.CONFIRMED,
        )
    reading = statement.alimony_reading
    if reading.deducts(payment.payee, arrears=payment.arrears):
        return IncomeLine(
            _ALIMONY,
            payment.member,
            payment.month,
            True,
            -payment.amount,
            _ART_8_3_ALIMONY,
            reading.label,
            Certainty.CONFIRMED,
        )
    # The Polish verb agrees with its subject: "wpłata ... nie pomniejsza", "alimenty ... nie
    # pomniejszają".
    kind = (
        Label(
            pl="wpłata na fundusz alimentacyjny nie pomniejsza", en="a payment to the alimony fund"
        )
        if payment.payee is AlimonyPayee.ALIMONY_FUND
        else Label(pl="alimenty zaległe nie pomniejszają", en="alimony arrears")
    )
    return IncomeLine(
        _ALIMONY,
        payment.member,
        payment.month,
        False,
        _ZERO,
        _ART_8_3_ALIMONY,
        _both(
            lambda lang: f"{kind.text(lang)} dochodu ({reading.label.text(lang)})",
            lambda lang: f"{kind.text(lang)} is not deducted ({reading.label.text(lang)})",
        ),
        Certainty.CONFIRMED,
    )


def assess(
    statement: IncomeStatement,
    *,
    farm_amounts: Timeline[Decimal] = FARM_INCOME_PER_HECTARE,
) -> IncomeAssessment:
    """The income of the statement's family for its application (UPS art. 8 ust. 3-5).

    The items of the income month are counted net of their income tax and contributions, except
    the sources UPS art. 8 ust. 4 leaves out (read on the application day); a farm counts its
    hectares of conversion times the amount of ``farm_amounts`` (rounded to the grosz, half up);
    the alimony paid that month is deducted as the statement's reading says. The sum is never
    below 0.

    Args:
        statement: The facts.
        farm_amounts: The per-hectare amounts; pass an amended timeline to use law the library
            does not have.

    Raises:
        NoLawInForce: a legal value the items need is not modelled for the day (a farm before
            2006-10-01).

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> farm = IncomeItem(IncomeSource.FARM, date(2024, 12, 1), hectares=Decimal("2.5000"),
        ...                   social_contributions=Decimal("100.00"))
        >>> assess(IncomeStatement(date(2025, 1, 15), 3, [farm])).income
        Decimal('1047.50')
        >>> later = IncomeStatement(date(2025, 1, 15), 3, [farm], farm_amount_day=FarmAmountDay.INCOME_MONTH)
        >>> assess(later).income
        Decimal('762.50')
    """
    if not isinstance(statement, IncomeStatement):
        raise InvalidValue("assess takes an IncomeStatement")
    month = statement.income_month
    lines = [_item_line(item, statement, month, farm_amounts) for item in statement.items]
    lines += [_alimony_line(payment, statement, month) for payment in statement.alimony_paid]
    total = sum((line.amount for line in lines if line.counted), _ZERO)
    income = max(total, _ZERO).quantize(_GROSZ)
    return IncomeAssessment(statement, month, tuple(lines), income)
