"""Phrases shared by the programmes' violations, in Polish and English (figures and dates in
each language's conventions, Polish plurals)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from integra.labels import Label, Language, format_date, format_number, format_period, plural_pl
from integra.law import Citation
from integra.periods import DateRange, IsoWeek, PartialWeekPolicy
from integra.programmes.violations import Value, Violation


def hours(value: Decimal, language: Language) -> str:
    """Hours without trailing zeros: ``2,5 h`` / ``2.5 h``."""
    return f"{format_number(value.normalize(), language)} h"


def period(value: DateRange, language: Language) -> str:
    """A period: ``od 04.04.2016 r. do 03.06.2016 r.`` / ``2016-04-04..2016-06-03``."""
    return format_period(value.start, value.end, language)


def days(n: int, language: Language) -> str:
    """A number of days: ``61 dni`` / ``61 days``."""
    if language == "pl":
        return f"{n} {'dzień' if n == 1 else 'dni'}"
    return f"{n} day" if n == 1 else f"{n} days"


def months(n: int, language: Language) -> str:
    """A number of months: ``2 miesiące`` / ``2 months``."""
    if language == "pl":
        return f"{n} {plural_pl(n, 'miesiąc', 'miesiące', 'miesięcy')}"
    return f"{n} month" if n == 1 else f"{n} months"


def in_week(week: IsoWeek, language: Language, days: DateRange | None = None) -> str:
    """``w 14. tygodniu 2016 r. (od … do …)`` / ``in 2016-W14 (2016-04-04..2016-04-10)``: the
    ISO week and its days (``days``, by default the whole week)."""
    days = week.range if days is None else days
    if language == "pl":
        return f"w {week.week}. tygodniu {week.year} r. ({period(days, 'pl')})"
    return f"in {week} ({days})"


def day_list(values: Iterable[date], language: Language) -> str:
    """Days, each once, in order given, separated by commas."""
    return ", ".join(dict.fromkeys(format_date(d, language) for d in values))


def both(make: Callable[[Language], str]) -> Label:
    """A label from a function of the language."""
    return Label(pl=make("pl"), en=make("en"))


POLICY_PL = {
    PartialWeekPolicy.PRORATE: "proporcjonalnie do dni roboczych w okresie",
    PartialWeekPolicy.FULL: "pełne minimum",
    PartialWeekPolicy.SKIP: "bez minimum",
}
"""The partial-week policies, as a Polish phrase."""


def violation(
    code: str,
    pl: str,
    en: str,
    observed: Callable[[Language], str],
    required: Callable[[Language], str],
    citation: Citation | None,
    *,
    week: IsoWeek | None = None,
    observed_value: Value | None = None,
    required_value: Value | None = None,
) -> Violation:
    """A violation whose observed and required texts are rendered in both languages."""
    return Violation(
        code,
        Label(pl=pl, en=en),
        both(observed),
        both(required),
        citation,
        week=week,
        observed_value=observed_value,
        required_value=required_value,
    )
