"""Far dates: every library rule, on the first and last days a ``datetime.date`` can hold,
either answers or refuses with an ``IntegraError``, on every path (``Rule.evaluate``,
``RuleSet``, ``integra.rules.screen_each``, ``integra.bulk.screen``, ``eligible_from``); where two
paths both answer, they give the same outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import integra.rules as rules_module
from integra import (
    Address,
    BenefitAward,
    BenefitKind,
    DateRange,
    IntegraError,
    Person,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.periods import (
    IsoWeek,
    RangeSet,
    add_months,
    add_years,
    months_period,
    weeks_of,
)
from integra.rules import Outcome, Rule, RuleSet, date_change, eligible_from, screen_each
from integra.strategies import people

bulk = pytest.importorskip("integra.bulk")

T = TypeVar("T")

RULES: tuple[Rule, ...] = tuple(
    value for name in rules_module.__all__ if isinstance(value := getattr(rules_module, name), Rule)
)
"""Every rule value the package exports."""

LATE_DAYS = (date.max, date.max - timedelta(days=1), date(9999, 12, 1), date(9999, 1, 1))
EARLY_DAYS = (date.min, date.min + timedelta(days=1), date(1, 12, 31))


def _answer(call: Callable[[], T]) -> T | None:
    """What ``call`` answers, or ``None`` where it refuses with an ``IntegraError``; any other
    exception fails the test."""
    try:
        return call()
    except IntegraError:
        return None


def _check_every_path(person: Person, day: date) -> None:
    scalar = {r.name: _answer(lambda r=r: r.evaluate(person, day).outcome) for r in RULES}  # type: ignore[misc]
    together = _answer(lambda: RuleSet(RULES).evaluate(person, day))
    if together is not None:
        assert {v.rule.name: v.outcome for v in together} == scalar
    screened = _answer(lambda: list(screen_each(RULES, [person], day)))
    if screened is not None and screened[0].error is None:
        assert dict(zip((r.name for r in RULES), screened[0].outcomes, strict=True)) == scalar
    population = bulk.Population.from_persons([person])
    for rule in RULES:
        columns = _answer(lambda rule=rule: bulk.screen([rule], population, day))  # type: ignore[misc]
        expected = scalar[rule.name]
        if columns is not None and expected is not None:
            assert columns.outcomes(rule.name)[0] == expected.value, rule.name


def _check_eligible_from(person: Person, start: date, until: date | None = None) -> None:
    for rule in RULES:
        found = _answer(lambda rule=rule: eligible_from(rule, person, start, until=until))  # type: ignore[misc]
        if found is not None:
            assert found >= start
            assert rule.evaluate(person, found).outcome is Outcome.ELIGIBLE


def _registered(birth: date, start: date, situation_start: date | None = None) -> Person:
    """A person registered as unemployed from ``start`` with no end, on benefits and (from
    ``situation_start``) in unregistered unemployment as well."""
    situations: tuple[SituationSpell, ...] = ()
    if situation_start is not None:
        situations = (
            SituationSpell(SocialSituation.UNEMPLOYED_NOT_REGISTERED, DateRange(situation_start)),
        )
    return Person(
        birth,
        Sex.FEMALE,
        registrations=(Registration(DateRange(start)),),
        benefit_awards=(BenefitAward(BenefitKind.PERMANENT_ALLOWANCE, DateRange(start)),),
        situations=situations,
    )


FIXED = (
    _registered(date(1980, 5, 17), date(2020, 2, 29)),
    _registered(date(9990, 1, 1), date(9999, 7, 1)),
    _registered(date(9999, 2, 1), date(9999, 11, 30), date(9999, 12, 15)),
    _registered(date.min, date.min, date(1, 3, 1)),
)


@pytest.mark.parametrize("person", FIXED, ids=lambda p: str(p.birth_date))
@pytest.mark.parametrize("day", LATE_DAYS + EARLY_DAYS)
def test_fixed_people_on_far_days(person: Person, day: date) -> None:
    _check_every_path(person, day)


@pytest.mark.parametrize("person", FIXED, ids=lambda p: str(p.birth_date))
@pytest.mark.parametrize("start", [*LATE_DAYS, date(9998, 12, 31), date.min])
def test_fixed_people_eligible_from_far_days(person: Person, start: date) -> None:
    _check_eligible_from(person, start, until=date(10, 1, 1) if start.year < 10 else None)


@settings(max_examples=8)
@given(people(), st.sampled_from(LATE_DAYS))
def test_generated_people_on_the_last_days(person: Person, day: date) -> None:
    _check_every_path(person, day)


@settings(max_examples=8)
@given(people(), st.sampled_from(LATE_DAYS))
def test_generated_people_eligible_from_the_last_days(person: Person, start: date) -> None:
    _check_eligible_from(person, start)


@settings(max_examples=5)
@given(people())
def test_generated_people_from_the_first_day(person: Person) -> None:
    # Before birth nothing is asked; the search starts at the birth date, which is not far.
    _check_eligible_from(person, date.min, until=date(10, 1, 1))
    _check_every_path(person, date.min)


def test_the_last_day_has_an_answer_for_the_eu_definition() -> None:
    # Unemployed since 1 July 9999: by 31 December the spell has lasted six months, not more
    # (months_period(9999-07-01, 6) ends on 9999-12-31), so a person of 20 does not qualify.
    person = _registered(date(9979, 6, 1), date(9999, 7, 1))
    verdict = rules_module.LONG_TERM_UNEMPLOYED_EU_2014.evaluate(person, date.max)
    assert verdict.outcome is Outcome.NOT_ELIGIBLE
    # A spell from 30 June has lasted more than six months on 31 December.
    person = _registered(date(9979, 6, 1), date(9999, 6, 30))
    verdict = rules_module.LONG_TERM_UNEMPLOYED_EU_2014.evaluate(person, date.max)
    assert verdict.outcome is Outcome.ELIGIBLE
    # At 30 the definition asks for more than 12 months: a spell from 1 January 9999 falls short.
    person = _registered(date(9969, 1, 1), date(9999, 1, 1))
    verdict = rules_module.LONG_TERM_UNEMPLOYED_EU_2014.evaluate(person, date.max)
    assert verdict.outcome is Outcome.NOT_ELIGIBLE


def test_the_search_stops_at_the_last_day() -> None:
    # Registered from 1 July 9999: more than 12 months in the last two years never comes, and
    # the search ends at the last representable day instead of stepping past it.
    person = _registered(date(9969, 1, 1), date(9999, 7, 1))
    assert eligible_from(rules_module.LONG_TERM_UNEMPLOYED, person, date(9999, 1, 1)) is None
    assert eligible_from(rules_module.SOCIAL_EMPLOYMENT_CIS, person, date(9999, 1, 1)) is None


def test_month_arithmetic_past_the_calendar_is_refused_by_name() -> None:
    for call in (
        lambda: add_months(date.max, 1),
        lambda: add_months(date.min, -1),
        lambda: add_years(date(9999, 2, 1), 1),
        lambda: months_period(date(9999, 7, 2), 6),
    ):
        with pytest.raises(IntegraError, match="add_months"):
            call()
    # The last period that fits still has an answer.
    assert months_period(date(9999, 7, 1), 6) == DateRange(date(9999, 7, 1), date.max)
    assert add_months(date(1, 2, 28), -1) == date(1, 1, 28)


def test_ranges_and_weeks_at_the_ends_of_the_calendar() -> None:
    last_days = DateRange(date.max - timedelta(days=2), date.max)
    assert list(last_days.iter_days())[-1] == date.max
    assert RangeSet.of(last_days, DateRange(date(9999, 1, 1), date(9999, 12, 28))).days == 365
    # 9999-12-31 is a Friday: the ISO week it belongs to ends in a year no date can hold.
    with pytest.raises(IntegraError, match="IsoWeek"):
        IsoWeek.of(date.max)
    with pytest.raises(IntegraError, match="IsoWeek"):
        weeks_of(last_days)
    first = weeks_of(DateRange(date.min, date(1, 1, 8)))
    assert [(str(s.week), s.days.days) for s in first] == [("0001-W01", 7), ("0001-W02", 1)]


def test_a_date_change_is_looked_for_up_to_the_last_day() -> None:
    # Registered from 1 March 9998: 306 days to 31 December 9998, so the 361st day (more than 12
    # months of 30 days, KC art. 114), the evaluation day counted, is 24 February 9999 — found
    # within a ten-year horizon cut at 9999-12-31.
    person = _registered(date(9969, 1, 1), date(9998, 3, 1))
    change = date_change(rules_module.LONG_TERM_UNEMPLOYED, person, date(9998, 6, 1))
    assert change is not None and change.day == date(9999, 2, 24)
    assert date_change(rules_module.LONG_TERM_UNEMPLOYED, FIXED[1], date.max) is None


def test_born_by_before_the_first_year() -> None:
    # On 0001-06-01 someone born on 0001-01-01 is not yet one year old, and nobody is 18.
    person = Person(date.min, Sex.MALE)
    frame = bulk.Frame(bulk.Population.from_persons([person]), date(1, 6, 1))
    assert frame.born_by(18).tolist() == [False]
    assert frame.born_by(0).tolist() == [True]
    adult = rules_module.AgeBetween(minimum=18)
    assert adult.evaluate(person, date(1, 6, 1)).outcome is Outcome.NOT_ELIGIBLE
    screened = bulk.screen([adult], bulk.Population.from_persons([person]), date(1, 6, 1))
    assert screened.outcomes(adult.name).tolist() == ["not_eligible"]


def test_an_area_designated_to_the_last_day_never_changes_after_it() -> None:
    area = rules_module.RevitalisationArea(
        "Wałbrzych",
        "XII/123/2017",
        date(2017, 3, 30),
        DateRange(date(2017, 4, 15), date.max),
        [rules_module.SubArea("Podzamcze", units=["Podzamcze"])],
    )
    home = Address("Wałbrzych", unit="Podzamcze", house_number="3")
    person = Person(
        date(1980, 1, 1), Sex.FEMALE, residences=(Residence(home, DateRange(date(2000, 1, 1))),)
    )
    rule = rules_module.ResidesInArea(area)
    assert rule.evaluate(person, date.max).outcome is Outcome.ELIGIBLE
    assert eligible_from(rule, person, date(2017, 1, 1)) == date(2017, 4, 15)
    assert rule.stable_until(rules_module.Context(person, date(2020, 1, 1))) is None


def test_ranges_given_in_order_are_still_merged_where_they_touch() -> None:
    jan = DateRange(date(2024, 1, 1), date(2024, 1, 31))
    feb = DateRange(date(2024, 2, 1), date(2024, 2, 29))
    gap = DateRange(date(2024, 2, 2), date(2024, 2, 29))
    assert RangeSet.of(jan, feb).ranges == (DateRange(date(2024, 1, 1), date(2024, 2, 29)),)
    assert RangeSet.of(jan, gap).ranges == (jan, gap)
    assert RangeSet.of(DateRange(date(2024, 1, 1)), feb).ranges == (DateRange(date(2024, 1, 1)),)
    # 362 days to 28 December and the last two, 29 December left out.
    last = DateRange(date(9999, 12, 30), date.max)
    assert RangeSet.of(DateRange(date(9999, 1, 1), date(9999, 12, 28)), last).days == 364
    assert RangeSet.of(jan).subtract() == RangeSet.of(jan)
