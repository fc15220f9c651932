"""How a result is counted: the window after leaving, whether the first event or the last
decides, and what employment counts.

A [`Window`][integra.outcomes.indicators.Window] says how long after leaving a result
counts ([`WindowPolicy`][integra.outcomes.indicators.WindowPolicy]: days, or calendar
months of at least so many days);
[`Counting`][integra.outcomes.indicators.Counting] says whether the first qualifying
event decides (2014-2020) or the status at the end of the window (2021-2027); an
[`EmploymentCriterion`][integra.outcomes.indicators.EmploymentCriterion] says which jobs
count, reading the minimum wage in force when a civil-law contract starts.

Examples:
    >>> from datetime import date
    >>> Window(90).last_day(date(2020, 1, 31)), Counting.LAST.value
    (datetime.date(2020, 4, 30), 'last')
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs

from integra._convert import as_frozenset
from integra.errors import InvalidValue
from integra.labels import Language, format_number
from integra.law import Certainty, Timeline
from integra.outcomes.parameters import MINIMUM_WAGE
from integra.outcomes.records import EmploymentKind
from integra.periods import months_period

__all__ = ["Counting", "EmploymentCriterion", "Window", "WindowPolicy"]

_ONE_DAY = timedelta(days=1)
_MOST_DAYS = 3660
_MOST_MONTHS = 120


def _positive_int(owner: str, most: int) -> Any:
    # A window or a contract length of more than ten years measures nothing a project reports,
    # and the bound keeps every date computed from a record inside the calendar.
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidValue(f"{owner}.{attribute.name} must be a positive integer")
        if value > most:
            raise InvalidValue(f"{owner}.{attribute.name} must be at most {most}")

    return check


class WindowPolicy(enum.Enum):
    """How the window after leaving is counted.

    * ``DAYS``: exactly ``days`` calendar days, beginning the day after the last day of
      participation (day 1) — the default, reading "3 months understood as at least 90 days"
      as the 90 days that always satisfy it;
    * ``MONTHS_AT_LEAST_DAYS``: ``months`` calendar months from the day after leaving (KC
      art. 112), but never fewer than ``days`` days.

    Examples:
        >>> WindowPolicy("days")
        <WindowPolicy.DAYS: 'days'>
    """

    DAYS = "days"
    MONTHS_AT_LEAST_DAYS = "months_at_least_days"


@attrs.frozen(slots=True)
class Window:
    """The period after leaving in which a result counts.

    Attributes:
        days: Calendar days after the day of leaving (at most 3660).
        months: Calendar months, for ``MONTHS_AT_LEAST_DAYS`` (at most 120).
        policy: How the window is counted.

    Examples:
        >>> from datetime import date
        >>> Window(90).last_day(date(2020, 1, 31))
        datetime.date(2020, 4, 30)
        >>> Window(90, 3, WindowPolicy.MONTHS_AT_LEAST_DAYS).last_day(date(2020, 5, 31))
        datetime.date(2020, 8, 31)
    """

    days: int = attrs.field(validator=_positive_int("Window", _MOST_DAYS))
    months: int | None = attrs.field(default=None, validator=_positive_int("Window", _MOST_MONTHS))
    policy: WindowPolicy = WindowPolicy.DAYS

    def __attrs_post_init__(self) -> None:
        if self.policy is WindowPolicy.MONTHS_AT_LEAST_DAYS and self.months is None:
            raise InvalidValue("Window.months is required for the months policy")

    def last_day(self, exit: date) -> date:
        """The last day of the window for a participant who left on ``exit``.

        Examples:
            >>> from datetime import date
            >>> Window(28).last_day(date(2024, 2, 1))
            datetime.date(2024, 2, 29)
        """
        by_days = exit + timedelta(days=self.days)
        if self.policy is WindowPolicy.DAYS or self.months is None:
            return by_days
        end = months_period(exit + _ONE_DAY, self.months).end
        assert end is not None
        return max(end, by_days)

    def describe(self, language: Language = "en") -> str:
        """The window in words.

        Examples:
            >>> Window(90).describe("pl")
            '90 dni kalendarzowych po dniu zakończenia udziału'
        """
        if self.policy is WindowPolicy.DAYS:
            if language == "pl":
                return f"{self.days} dni kalendarzowych po dniu zakończenia udziału"
            return f"{self.days} calendar days after the day of leaving"
        if language == "pl":
            return f"{self.months} mies. po dniu zakończenia udziału, nie mniej niż {self.days} dni"
        return f"{self.months} months after the day of leaving, at least {self.days} days"


class Counting(enum.Enum):
    """When a participant's result is decided.

    * ``FIRST``: the first qualifying event in the window decides (2014-2020 effectiveness);
    * ``LAST``: the status at the end of the window decides: the last labour-market event in it
      wins, so employment and job searching exclude each other (2021-2027 "upon leaving").

    Examples:
        >>> Counting.LAST.value
        'last'
    """

    FIRST = "first"
    LAST = "last"


def _decimal_share(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
            raise InvalidValue(f"{owner}.{attribute.name} must be a positive Decimal")

    return check


@attrs.frozen(slots=True)
class EmploymentCriterion:
    """What counts as employment: the kinds, the contract length, the fraction of full time and
    the value of a civil-law contract as a multiple of the minimum monthly wage in force on the
    day the contract starts.

    Attributes:
        kinds: The kinds of work that count.
        min_months: The contract (employment or civil-law) or the business must run at least this
            many months from its start, as concluded or recorded (KC art. 112 months; at most
            120); an open end counts as long enough.
        min_fte: The least fraction of full time of an employment contract.
        wage_multiple: The least value of a civil-law contract, in minimum monthly wages.
        wage: The minimum-wage timeline to read; part of the criterion's value, so that a
            result computed under one table is never served for another.

    Examples:
        >>> from datetime import date
        >>> from integra.outcomes.records import Employment
        >>> rule = EmploymentCriterion(frozenset(EmploymentKind), 3, Decimal("0.5"), Decimal("3"))
        >>> job = Employment(EmploymentKind.CIVIL_LAW, date(2020, 1, 1), date(2020, 3, 31), value=Decimal("7799.99"))
        >>> rule.counts(job), rule.counts(attrs.evolve(job, value=Decimal("7800")))
        (False, True)
    """

    kinds: frozenset[EmploymentKind] = attrs.field(converter=as_frozenset)
    min_months: int | None = attrs.field(
        default=None, validator=_positive_int("EmploymentCriterion", _MOST_MONTHS)
    )
    min_fte: Decimal | None = attrs.field(
        default=None, validator=_decimal_share("EmploymentCriterion")
    )
    wage_multiple: Decimal | None = attrs.field(
        default=None, validator=_decimal_share("EmploymentCriterion")
    )
    wage: Timeline[Decimal] = attrs.field(default=MINIMUM_WAGE, kw_only=True, repr=False)

    def certainty_of(self, job: Any) -> Certainty:
        """How certain the law read to decide ``job`` is: the minimum wage's certainty on the day
        a civil-law contract starts, when the criterion compares its value; else confirmed.

        Examples:
            >>> from datetime import date
            >>> from integra.outcomes.records import Employment
            >>> rule = EmploymentCriterion({EmploymentKind.CIVIL_LAW}, 3, None, Decimal("3"))
            >>> rule.certainty_of(Employment(EmploymentKind.CIVIL_LAW, date(2020, 3, 1), value=Decimal("1"))).value
            'confirmed'
            >>> rule.certainty_of(Employment(EmploymentKind.CIVIL_LAW, date(2019, 3, 1), value=Decimal("1"))).value
            'derived'
        """
        if job.kind is not EmploymentKind.CIVIL_LAW or self.wage_multiple is None:
            return Certainty.CONFIRMED
        return self.wage.certainty_at(job.start) or Certainty.CONFIRMED

    def counts(self, job: Any) -> bool:
        """Whether the employment episode ``job`` counts.

        Raises:
            NoLawInForce: a civil-law contract starts on a day the minimum wage is not modelled.

        Examples:
            >>> from datetime import date
            >>> from integra.outcomes.records import Employment
            >>> EmploymentCriterion({EmploymentKind.EMPLOYMENT_CONTRACT}, 3, Decimal("0.5")).counts(
            ...     Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 3, 1), date(2020, 5, 30), fte=Decimal("1")))
            False
        """
        kind = job.kind
        if kind not in self.kinds:
            return False
        if self.min_months is not None and job.end is not None:
            needed = months_period(job.start, self.min_months).end
            assert needed is not None
            if job.end < needed:
                return False
        if kind is EmploymentKind.EMPLOYMENT_CONTRACT:
            return self.min_fte is None or job.fte >= self.min_fte
        if kind is EmploymentKind.SELF_EMPLOYMENT or self.wage_multiple is None:
            return True
        return bool(job.value >= self.wage_multiple * self.wage.at(job.start))

    def describe(self, language: Language = "en") -> str:
        """The criterion in words.

        Examples:
            >>> print(EmploymentCriterion({EmploymentKind.EMPLOYMENT_CONTRACT}, 3, Decimal("0.5")).describe())
            employment contract for at least 3 months at at least 0.5 of full time
        """
        pl = language == "pl"
        parts: list[str] = []
        for kind in EmploymentKind:
            if kind not in self.kinds:
                continue
            text = kind.label.text(language)
            if self.min_months is not None:
                text += (
                    f" na co najmniej {self.min_months} mies."
                    if pl
                    else f" for at least {self.min_months} months"
                )
            if kind is EmploymentKind.EMPLOYMENT_CONTRACT and self.min_fte is not None:
                text += (
                    f" w wymiarze co najmniej {format_number(self.min_fte, 'pl')} etatu"
                    if pl
                    else f" at at least {self.min_fte} of full time"
                )
            if kind is EmploymentKind.CIVIL_LAW and self.wage_multiple is not None:
                text += (
                    f" o wartości co najmniej {format_number(self.wage_multiple, 'pl')}-krotności "
                    "minimalnego wynagrodzenia"
                    if pl
                    else f" worth at least {self.wage_multiple} times the minimum monthly wage"
                )
            parts.append(text)
        return ("; albo " if pl else "; or ").join(parts)
