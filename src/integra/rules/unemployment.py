"""Registration as unemployed and long-term unemployment.

Two definitions of long-term unemployment are in use:

* **National** (osoba długotrwale bezrobotna, UPZ art. 2 ust. 1 pkt 5 until 2025-05-31; from
  2025-06-01 the act on the labour market and employment services, URP): a *bezrobotny* — a
  person registered as unemployed (UPZ art. 2 ust. 1 pkt 2), so registered on the evaluation
  date — who has been in the register of the district labour office for **more than 12 months
  in total within the last 2 years**, not
  counting internships (staż) and, under UPZ, adult vocational preparation. Under URP the same
  numbers are reported by press (``DERIVED``; the article was not read), with internships
  excluded; whether adult vocational preparation is still excluded is not known, and where it
  decides the answer the verdict is ``UNKNOWN`` (see
  [`LongTermUnemploymentDefinition`][integra.rules.unemployment.LongTermUnemploymentDefinition]). The days need not be continuous, so months
  are counted from days by a [`MonthCounting`][integra.periods.MonthCounting] policy — by default
  Kodeks cywilny art. 114, a month being 30 days: "more than 12 months" is more than 360 days. The
  window "the last 2 years" ends on the evaluation date, inclusive by default (a parameter).
* **EU projects 2014-2020**: unemployed **continuously** for more than 6 months (under 25) or more
  than 12 months (25 or older), age taken on the day the person joins the project (the date of the
  facts). Unemployment counts registered spells and spells of unemployment by the Labour Force
  Survey definition (``SocialSituation.UNEMPLOYED_NOT_REGISTERED``). Continuity is measured in
  calendar months (Kodeks cywilny art. 112): a spell that began on ``s`` exceeds N months on the
  day after ``months_period(s, N)`` ends — a spell from 31 August exceeds 6 months on 1 March.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 1)))])
    >>> LONG_TERM_UNEMPLOYED.evaluate(p, date(2023, 12, 27)).outcome.value
    'eligible'
    >>> LONG_TERM_UNEMPLOYED.evaluate(p, date(2023, 12, 26)).outcome.value
    'not_eligible'
    >>> ended = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2020, 1, 1), date(2021, 12, 31)))])
    >>> print(LONG_TERM_UNEMPLOYED.evaluate(ended, date(2022, 1, 15)).observed_text())
    not registered as unemployed on 2022-01-15 (Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ)); 716 days registered in 2020-01-16..2022-01-15
    >>> LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, date(2024, 1, 1)).outcome.value
    'eligible'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar

import attrs

from integra.errors import InvalidRange
from integra.labels import (
    Label,
    Language,
    _years_pl,
    format_date,
    format_number,
    format_period,
)
from integra.law import Certainty, Citation, Timeline
from integra.parameters import EU_2014_2020, UPZ, URP
from integra.people import ExclusionKind, Registration, SocialSituation
from integra.periods import (
    DateRange,
    MonthCounting,
    RangeSet,
    add_months,
    add_years,
    months_period,
)
from integra.rules.core import (
    ELIGIBLE,
    NOT_COLLECTED,
    NOT_ELIGIBLE,
    UNKNOWN,
    Condition,
    Context,
    Fact,
    Outcome,
    Verdict,
    earliest,
    in_force,
    next_birthday,
    next_change,
)
from integra.rules.core.columns import ColumnFrame, fact_bit

__all__ = [
    "LONG_TERM_UNEMPLOYED",
    "LONG_TERM_UNEMPLOYED_EU_2014",
    "REGISTERED_UNEMPLOYED",
    "LongTermUnemployed",
    "LongTermUnemployedEU",
    "LongTermUnemploymentDefinition",
    "RegisteredUnemployed",
]

_ONE_DAY = timedelta(days=1)

_REGISTERED_LAW: Timeline[Any] = Timeline(
    "registration as unemployed",
    (
        in_force(
            Citation(UPZ, article="2", paragraph="1", point="2"),
            date(2004, 6, 1),
            date(2025, 5, 31),
        ),
        in_force(
            Citation(URP),
            date(2025, 6, 1),
            certainty=Certainty.DERIVED,
            note=(
                "registration as unemployed continues under URP (from 2025-06-01 at the office of "
                "the place of residence, URP art. 55 ust. 2 pkt 2 as cited by press, "
                "serwisy.gazetaprawna.pl 9803061); the article defining an unemployed person was "
                "not read"
            ),
        ),
    ),
)


@attrs.frozen(slots=True, eq=False, repr=False)
class RegisteredUnemployed(Condition):
    """Registered as unemployed at a labour office on the date of the facts.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> RegisteredUnemployed().evaluate(Person(date(1990, 1, 1), Sex.MALE, registrations=()), date(2024, 1, 1)).outcome.value
        'not_eligible'
    """

    law: Timeline[Any] | None = attrs.field(default=_REGISTERED_LAW, kw_only=True)
    rule_name: ClassVar[str] = "registered_unemployed"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.REGISTRATIONS})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(pl="osoba zarejestrowana jako bezrobotna", en="registered as unemployed")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        registered = ctx._on in ctx._person.registered
        return (ELIGIBLE if registered else NOT_ELIGIBLE), registered, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a registration covers the date.

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange, Person, Registration, Sex
            >>> from integra.bulk import Frame, Population
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
            >>> REGISTERED_UNEMPLOYED.columns(Frame(Population.from_persons([p]), date(2024, 1, 1)), True).tolist()
            [2]
        """
        return frame.outcome(frame.covered("registrations"))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Whether a registration covers the date (not the day the person registered)."""
        day = format_date(verdict.on, language)
        if language == "pl":
            return (
                f"rejestracja obejmuje dzień {day}"
                if verdict.observation
                else f"żadna rejestracja nie obejmuje dnia {day}"
            )
        if verdict.observation:
            return f"a registration covers {day}"
        return f"no registration covers {day}"


REGISTERED_UNEMPLOYED = RegisteredUnemployed()
"""Registered as unemployed on the date of the facts."""


_BOTH_EXCLUSIONS = frozenset(ExclusionKind)


@attrs.frozen(slots=True)
class LongTermUnemploymentDefinition:
    """The numbers of one version of the national definition.

    Attributes:
        months: More than this many months in total...
        window_years: ...within this many last years.
        excluded: The periods within a registration that do not count (by default internships
            and adult vocational preparation, as UPZ art. 2 ust. 1 pkt 5 says).
        unsettled: Periods the version may or may not exclude — the text that would say was not
            read. Where counting them or not changes the answer, the verdict is ``UNKNOWN``
            (``Fact.LAW``); otherwise they do not matter.

    Examples:
        >>> LongTermUnemploymentDefinition(12, 2).months
        12
        >>> sorted(k.value for k in LONG_TERM_UNEMPLOYMENT_LAW.at(date(2026, 1, 1)).unsettled)
        ['adult_vocational_preparation']
    """

    months: int
    window_years: int
    excluded: frozenset[ExclusionKind] = _BOTH_EXCLUSIONS
    unsettled: frozenset[ExclusionKind] = frozenset()


_LTU = Citation(UPZ, article="2", paragraph="1", point="5")

LONG_TERM_UNEMPLOYMENT_LAW: Timeline[LongTermUnemploymentDefinition] = Timeline(
    "long-term unemployment (UPZ art. 2 ust. 1 pkt 5)",
    (
        in_force(
            _LTU,
            date(2009, 2, 1),
            date(2025, 5, 31),
            value=LongTermUnemploymentDefinition(12, 2),
            certainty=Certainty.DERIVED,
            note=(
                "wording 'more than 12 months in total within the last 2 years, internships and "
                "adult vocational preparation excluded' confirmed (act of 19 December 2008, "
                "Dz.U. 2009 nr 6 poz. 33; zielonalinia.gov.pl); the day it took effect in 2009 is "
                "still to be checked, and earlier wordings are not modelled"
            ),
        ),
        in_force(
            Citation(URP),
            date(2025, 6, 1),
            value=LongTermUnemploymentDefinition(
                12,
                2,
                excluded=frozenset({ExclusionKind.INTERNSHIP}),
                unsettled=frozenset({ExclusionKind.ADULT_VOCATIONAL_PREPARATION}),
            ),
            certainty=Certainty.DERIVED,
            note=(
                "URP from 2025-06-01 as reported by press (natemat.pl 606281, May 2025): registered "
                "for more than 12 months within the last two years, internships excluded; the "
                "article was not read, nor whether adult vocational preparation is still excluded"
            ),
        ),
    ),
)
"""The national definition by law date: UPZ art. 2 ust. 1 pkt 5 until 2025-05-31, URP from
2025-06-01 (``DERIVED``: same numbers, article not yet cited)."""


@attrs.frozen(slots=True, eq=False, repr=False)
class LongTermUnemployed(Condition):
    """Long-term unemployed, national definition (osoba długotrwale bezrobotna): registered as
    unemployed on the date (UPZ art. 2 ust. 1 pkt 2), and registered for more than 12 months in
    total within the last 2 years, internships and adult vocational preparation excluded (pkt 5).
    A person no longer registered is not long-term unemployed, whatever the days counted.

    Attributes:
        counting: How months are turned into days (default: Kodeks cywilny art. 114, 30-day
            months, so more than 360 days).
        include_evaluation_day: Whether the 2-year window ends on the evaluation date (default)
            or the day before.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.periods import MonthCounting
        >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 1)))])
        >>> strict = LongTermUnemployed(counting=MonthCounting.YEAR_365)
        >>> strict.evaluate(p, date(2023, 12, 31)).outcome.value, strict.evaluate(p, date(2024, 1, 1)).outcome.value
        ('not_eligible', 'eligible')
        >>> ended = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 1), date(2024, 6, 30)))])
        >>> [LONG_TERM_UNEMPLOYED.evaluate(ended, date(2024, 6, day)).outcome.value for day in (30, 29)] + [LONG_TERM_UNEMPLOYED.evaluate(ended, date(2024, 7, 1)).outcome.value]
        ['eligible', 'eligible', 'not_eligible']
    """

    counting: MonthCounting = MonthCounting.CIVIL_CODE
    include_evaluation_day: bool = True
    law: Timeline[Any] | None = attrs.field(default=LONG_TERM_UNEMPLOYMENT_LAW, kw_only=True)
    rule_name: ClassVar[str] = "long_term_unemployed"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.REGISTRATIONS})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="osoba długotrwale bezrobotna (definicja krajowa)",
            en="long-term unemployed (national definition)",
        )

    def window(self, on: date, years: int = 2) -> DateRange:
        """The window of "the last ``years`` years" ending on ``on`` (or the day before).

        Examples:
            >>> from datetime import date
            >>> str(LONG_TERM_UNEMPLOYED.window(date(2024, 2, 29)))
            '2022-03-01..2024-02-29'
        """
        last = on if self.include_evaluation_day else on - _ONE_DAY
        return DateRange(add_years(last, -years) + _ONE_DAY, last)

    def _decide(
        self, ctx: Context, version: LongTermUnemploymentDefinition
    ) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        last = ctx._on if self.include_evaluation_day else ctx._on - _ONE_DAY
        first = _window_start(last, version.window_years)
        person = ctx._person
        # Unsettled periods are left out first; if that falls short, counting them may not.
        least = version.excluded | version.unsettled
        if least == _BOTH_EXCLUSIONS:
            days = person.countable_registration.days_between(first, last)
        else:
            days = _countable(person.registrations or (), least).days_between(first, last)
        if ctx._on not in person.registered:
            # Only a registered unemployed person (pkt 2) is long-term unemployed (pkt 5).
            return NOT_ELIGIBLE, (days, first, last, version.months, None), ()
        outcome = ELIGIBLE if self.counting.exceeds(days, version.months) else NOT_ELIGIBLE
        if version.unsettled and outcome is NOT_ELIGIBLE:
            more = _countable(person.registrations or (), version.excluded).days_between(
                first, last
            )
            if more != days and self.counting.exceeds(more, version.months):
                # Whether the unsettled periods count decides the answer: the law is not known.
                return UNKNOWN, (days, first, last, version.months, more), (Fact.LAW,)
        return outcome, (days, first, last, version.months), ()

    def columns(self, frame: ColumnFrame, version: LongTermUnemploymentDefinition) -> Any:
        """Columnar kernel (``integra.bulk``): a registration covering the date, and the
        countable registered days in the window, for every person at once.

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange, Person, Registration, Sex
            >>> from integra.bulk import Frame, Population
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 1)))])
            >>> frame = Frame(Population.from_persons([p]), date(2023, 12, 27))
            >>> LONG_TERM_UNEMPLOYED.columns(frame, LongTermUnemploymentDefinition(12, 2)).tolist()
            [2]
        """
        import numpy as np

        last = frame.on if self.include_evaluation_day else frame.on - _ONE_DAY
        first = frame.day_of(add_years(last, -version.window_years) + _ONE_DAY)
        end = frame.day_of(last)
        least = version.excluded | version.unsettled
        days = frame.days_in("registrations", first, end, less="exclusions", kinds=least)
        registered = frame.covered("registrations")
        ok = registered & self.counting.exceeds(days, version.months)
        if not version.unsettled:
            return frame.outcome(ok)
        more = frame.days_in("registrations", first, end, less="exclusions", kinds=version.excluded)
        # Where counting the unsettled periods decides the answer, the law is not known.
        unknown = registered & ~ok & (more != days) & self.counting.exceeds(more, version.months)
        codes = np.where(unknown, 1, frame.outcome(ok)).astype(np.int8)
        return codes, np.where(unknown, fact_bit(Fact.LAW), 0)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The registered days counted in the window (and, where unsettled periods decide, the
        count with them); first, for a person not registered on the date, that they are not."""
        days, first, last = verdict.observation[:3]
        window = format_period(first, last, language)
        if len(verdict.observation) == 5:
            more = verdict.observation[4]
            if more is None:
                return f"{_not_registered(verdict, language)}; {_counted(days, window, language)}"
            if language == "pl":
                return (
                    f"{_days(days, 'pl')} w rejestrze w okresie {window}, {more} dni wliczając "
                    "przygotowanie zawodowe dorosłych, którego wyłączenia w nowej ustawie nie "
                    "sprawdzono"
                )
            return (
                f"{_days(days, 'en')} registered in {window}, {more} counting adult vocational "
                "preparation, whose exclusion under the new act was not checked"
            )
        return _counted(days, window, language)

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """More than N months, in days under the counting policy (and, for a person not
        registered on the date, the registration first)."""
        needed: Fraction = self.counting.days_in(verdict.observation[3])
        version: LongTermUnemploymentDefinition = self.law.at(verdict.law_on)  # type: ignore[union-attr]
        days = _fraction_text(needed, language)
        if self.counting is MonthCounting.CIVIL_CODE:
            if language == "pl":
                text = f"ponad {days} dni ({version.months} miesięcy po 30 dni)"
            else:
                text = f"more than {days} days ({version.months} months of 30 days)"
        elif language == "pl":
            text = f"ponad {days} dni ({version.months} miesięcy, rok = 365 dni)"
        else:
            text = f"more than {days} days ({version.months} months, a year being 365 days)"
        if len(verdict.observation) == 5 and verdict.observation[4] is None:
            if language == "pl":
                return f"rejestracja jako osoby bezrobotnej w tym dniu i {text}"
            return f"registered as unemployed on the date and {text}"
        return text

    def stable_until(self, ctx: Context) -> date | None:
        """Tomorrow while registered on the date with registered days in or ahead of the window,
        as the count moves daily; otherwise the next start or end of a registration (a person
        not registered stays not eligible until one), or a change of the law."""
        if ctx.on == date.max:
            # No day follows the last one a date can hold.
            return None
        if ctx.on in ctx.person.registered:
            window = self.window(ctx.on)
            for spell in ctx.person.countable_registration:
                if spell.last >= window.start:
                    return ctx.on + _ONE_DAY
        return next_change(ctx, self.facts, self._law_changes())


def _countable(
    registrations: Iterable[Registration], excluded: frozenset[ExclusionKind]
) -> RangeSet:
    """Registered days less the periods of the ``excluded`` kinds."""
    return RangeSet(
        day
        for registration in registrations
        for day in RangeSet.of(registration.period).subtract(
            *(e.period for e in registration.exclusions if e.kind in excluded)
        )
    )


def _counted(days: int, window: str, language: Language) -> str:
    """The registered days counted in the window (written out by ``format_period``)."""
    if language == "pl":
        return f"{_days(days, 'pl')} w rejestrze w okresie {window}"
    return f"{_days(days, 'en')} registered in {window}"


def _not_registered(verdict: Verdict, language: Language) -> str:
    """That the person is not registered as unemployed on the verdict's date, citing the
    provision that defines a registered unemployed person under the law applied."""
    citation = REGISTERED_UNEMPLOYED.citation_on(verdict.law_on)
    cited = "" if citation is None else f" ({citation.text(language)})"
    day = format_date(verdict.on, language)
    if language == "pl":
        return f"osoba niezarejestrowana jako bezrobotna w dniu {day}{cited}"
    return f"not registered as unemployed on {day}{cited}"


def _days(count: int, language: Language) -> str:
    """A count of days: "1 dzień" / "1 day", otherwise "dni" / "days" (Polish uses "dni" for every
    count but one)."""
    if language == "pl":
        return f"{count} {'dzień' if count == 1 else 'dni'}"
    return f"{count} {'day' if count == 1 else 'days'}"


def _fraction_text(value: Fraction, language: Language) -> str:
    """A count of days: whole, or to six significant digits with the language's decimal mark
    (182.5 / 182,5)."""
    if value.denominator == 1:
        return str(value.numerator)
    return format_number(Decimal(f"{float(value):g}"), language)


LONG_TERM_UNEMPLOYED = LongTermUnemployed()
"""Long-term unemployed, national definition, with the default counting policies."""


@attrs.frozen(slots=True)
class ContinuousUnemploymentDefinition:
    """The numbers of the EU 2014-2020 definition.

    Attributes:
        young_below: The age below which the shorter period applies.
        young_months: Continuous months required of younger persons (more than).
        months: Continuous months required of older persons (more than).

    Examples:
        >>> ContinuousUnemploymentDefinition(25, 6, 12).months_for(24)
        6
    """

    young_below: int
    young_months: int
    months: int

    def months_for(self, age: int) -> int:
        """The months required at ``age``.

        Examples:
            >>> ContinuousUnemploymentDefinition(25, 6, 12).months_for(25)
            12
        """
        return self.young_months if age < self.young_below else self.months


# Read once: reading an enum member off its class costs more than the check it is used in.
_UNREGISTERED = SocialSituation.UNEMPLOYED_NOT_REGISTERED

LONG_TERM_UNEMPLOYMENT_EU_2014_LAW: Timeline[ContinuousUnemploymentDefinition] = Timeline(
    "long-term unemployment (EU 2014-2020 projects)",
    (
        in_force(
            Citation(EU_2014_2020),
            date(2014, 1, 1),
            value=ContinuousUnemploymentDefinition(25, 6, 12),
            certainty=Certainty.DERIVED,
            note="applies to projects of the 2014-2020 programming period; dated from the period's start",
        ),
    ),
)


@attrs.frozen(slots=True, eq=False, repr=False)
class LongTermUnemployedEU(Condition):
    """Long-term unemployed, EU 2014-2020 project definition: unemployed continuously for more
    than 6 months (under 25) or more than 12 months (25 or older) on the day of joining.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> young = Person(date(2000, 1, 1), Sex.FEMALE, registrations=[Registration(DateRange(date(2024, 1, 31)))], situations=())
        >>> rule = LongTermUnemployedEU()
        >>> rule.evaluate(young, date(2024, 7, 30)).outcome.value, rule.evaluate(young, date(2024, 7, 31)).outcome.value
        ('not_eligible', 'eligible')
    """

    law: Timeline[Any] | None = attrs.field(
        default=LONG_TERM_UNEMPLOYMENT_EU_2014_LAW, kw_only=True
    )
    rule_name: ClassVar[str] = "long_term_unemployed_eu_2014"
    facts: ClassVar[frozenset[Fact]] = frozenset(
        {Fact.BIRTH_DATE, Fact.REGISTRATIONS, Fact.SITUATIONS}
    )

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="osoba długotrwale bezrobotna (definicja projektów UE 2014–2020)",
            en="long-term unemployed (EU 2014-2020 project definition)",
        )

    @staticmethod
    def unemployment(ctx: Context) -> RangeSet:
        """Registered spells joined with unregistered (Labour Force Survey) unemployment."""
        person = ctx._person
        if not person.situations:
            return person.registered
        extra = [s.period for s in person.situations or () if s.situation is _UNREGISTERED]
        if not extra:
            return person.registered
        joined: RangeSet = ctx.memo(
            "eu_unemployment", lambda: RangeSet(person.registered.ranges + tuple(extra))
        )
        return joined

    _decides_uncollected: ClassVar[bool] = True

    def _decide(
        self, ctx: Context, version: ContinuousUnemploymentDefinition
    ) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        spell = self.unemployment(ctx).range_containing(ctx._on)
        months = version.months_for(ctx.age)
        latest = _latest_start(ctx._on, months)
        if spell is not None and latest is not None and spell.start <= latest:
            return ELIGIBLE, (spell.start, months, ctx.age), ()
        # Not met on what was collected: a history not collected could still lengthen the spell.
        gaps = ctx.uncollected(self.facts)
        if gaps:
            return UNKNOWN, NOT_COLLECTED, gaps
        start = None if spell is None else spell.start
        return NOT_ELIGIBLE, (start, months, ctx.age), ()

    def columns(self, frame: ColumnFrame, version: ContinuousUnemploymentDefinition) -> Any:
        """Columnar kernel (``integra.bulk``): the start of the continuous spell of registered
        or unregistered unemployment containing the date, against the months required at
        each person's age.

        Examples:
            >>> from datetime import date
            >>> from integra import DateRange, Person, Registration, Sex
            >>> from integra.bulk import Frame, Population
            >>> young = Person(date(2000, 1, 1), Sex.FEMALE, registrations=[Registration(DateRange(date(2024, 1, 31)))])
            >>> pop = Population.from_persons([young])
            >>> [LONG_TERM_UNEMPLOYED_EU_2014.columns(Frame(pop, day), ContinuousUnemploymentDefinition(25, 6, 12)).tolist() for day in (date(2024, 7, 30), date(2024, 7, 31))]
            [[0], [2]]
        """
        extra = frame.rows_with(
            "situations", "situation", (SocialSituation.UNEMPLOYED_NOT_REGISTERED,)
        )
        start = frame.spell_start("registrations", extra)
        young = ~frame.born_by(version.young_below)
        latest_young = _latest_day(frame, version.young_months)
        latest = _latest_day(frame, version.months)
        ok = (young & (start <= latest_young)) | (~young & (start <= latest))
        return frame.outcome(ok)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The continuous spell observed, and the age."""
        start, _, age = verdict.observation
        if start is None:
            if language == "pl":
                return f"nie pozostaje bez pracy w dniu {format_date(verdict.on, 'pl')} (wiek {_years_pl(age)})"
            return f"not unemployed on {verdict.on.isoformat()} (aged {age})"
        if language == "pl":
            return f"nieprzerwanie bez pracy od {format_date(start, 'pl')} (wiek {_years_pl(age)})"
        return f"continuously unemployed since {start.isoformat()} (aged {age})"

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """More than N months continuously."""
        months = verdict.observation[1]
        if language == "pl":
            return f"nieprzerwanie ponad {months} miesięcy"
        return f"continuously more than {months} months"

    def stable_until(self, ctx: Context) -> date | None:
        """The day the spell crosses the threshold, a birthday changing it, or a boundary."""
        best = next_change(ctx, self.facts, self._law_changes())
        version = self.law.get(ctx.law_on) if self.law is not None else None
        if version is None:
            return best
        best = earliest(best, next_birthday(ctx, version.young_below))
        spell = self.unemployment(ctx).range_containing(ctx.on)
        if spell is not None:
            last = _months_last(spell.start, version.months_for(ctx.age))
            # A spell whose months run to the last day a date can hold never crosses.
            if last is not None and last < date.max and last >= ctx.on:
                best = earliest(best, last + _ONE_DAY)
        return best


def _months_last(start: date, months: int) -> date | None:
    """The last day of ``months_period(start, months)``, or ``None`` where it ends after
    9999-12-31, the last day a date can hold."""
    try:
        return months_period(start, months).last
    except InvalidRange:
        return None


def _latest_day(frame: ColumnFrame, months: int) -> int:
    """``_latest_start`` as a day number for the columnar kernel; before any day a spell can
    start on where no spell is long enough yet."""
    latest = _latest_start(frame.on, months)
    return frame.day_of(date.min) - 1 if latest is None else frame.day_of(latest)


@functools.lru_cache(maxsize=512)
def _latest_start(on: date, months: int) -> date | None:
    """The latest start of a spell that lasts more than ``months`` months on ``on``: the end of
    ``months_period`` never moves back as its start moves forward, so one search per date (kept
    for the next person) replaces a month calculation per person. The search starts a few days
    after the start ``months`` months back, which clipping to a month's end moves by at most
    three days, so it never starts before the answer, and walks back to it (checked for every
    date from 1900-03-01 to 2100-12-31 and every length from 1 to 36 months, 48, 60 and 120;
    the tests check the day found and the day after it). ``None`` where the spell would have
    to start before 0001-01-01, the first day a date can hold; near 9999-12-31 a period that
    ends after the last day a date can hold ends after ``on`` as well."""
    if on.year * 12 + on.month - months <= 12:
        return None
    day = min(on, add_months(on, -months) + 4 * _ONE_DAY)
    while True:
        last = _months_last(day, months)
        if last is not None and last < on:
            return day
        day -= _ONE_DAY


@functools.lru_cache(maxsize=512)
def _window_start(last: date, years: int) -> date:
    """The first day of the window of ``years`` years ending on ``last`` (shared by everyone
    evaluated on the same date)."""
    return add_years(last, -years) + _ONE_DAY


LONG_TERM_UNEMPLOYED_EU_2014 = LongTermUnemployedEU()
"""Long-term unemployed, EU 2014-2020 project definition."""
