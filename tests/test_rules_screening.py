"""Tests of bulk screening and of "from which date" (integra.rules.core.screen, eligible_from)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import collected, d
from integra.errors import IntegraError, InvalidValue
from integra.labels import Label
from integra.people import Person, Registration, Sex
from integra.periods import DateRange, MonthCounting
from integra.rules import (
    ALL_RULES,
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    SOCIAL_EMPLOYMENT_KIS,
    WORKING_AGE,
    AgeBetween,
    Condition,
    Context,
    LongTermUnemployed,
    Outcome,
    ResidesInArea,
    RevitalisationArea,
    Rule,
    ScreeningResult,
    eligible_from,
    pai_target_group_in_area,
    screen_each,
)
from integra.strategies import dates, people
from integra.strategies.rules import revitalisation_areas

E = Outcome.ELIGIBLE
ONE_DAY = timedelta(days=1)


class TestScreen:
    def test_streams_over_a_generator(self) -> None:
        produced: list[int] = []

        def crowd() -> Iterator[Person]:
            for year in (1950, 1990, 2010):
                produced.append(year)
                yield collected(date(year, 1, 1), Sex.FEMALE, reference=f"R/{year}")

        results = screen_each([WORKING_AGE, LONG_TERM_UNEMPLOYED], crowd(), d("2024-01-01"))
        assert produced == []  # nothing is evaluated until asked for
        first = next(results)
        assert produced == [1950]
        assert isinstance(first, ScreeningResult)
        assert first.reference == "R/1950"
        assert first.outcomes == (Outcome.NOT_ELIGIBLE, Outcome.NOT_ELIGIBLE)
        rest = list(results)
        assert produced == [1950, 1990, 2010]
        assert [r.outcomes[0] for r in rest] == [E, Outcome.NOT_ELIGIBLE]

    def test_an_endless_stream_is_fine(self) -> None:
        def forever() -> Iterator[Person]:
            year = 1940
            while True:
                yield collected(date(year, 6, 1), Sex.MALE)
                year += 1

        results = screen_each([WORKING_AGE], forever(), d("2024-01-01"))
        outcomes = [next(results).outcomes[0] for _ in range(60)]
        # born 1940..1999; those born 1940..1958 are 65 or more on 2024-01-01
        assert outcomes.count(E) == 1999 - 1959 + 1

    def test_rules_can_be_any_sequence_and_law_date_applies(self) -> None:
        p = collected(
            d("1980-01-01"), Sex.MALE, registrations=[Registration(DateRange(d("2023-01-01")))]
        )
        [result] = screen_each(
            (LONG_TERM_UNEMPLOYED,), [p], d("2025-07-01"), law_on=d("2008-07-01")
        )
        assert result.outcomes == (Outcome.UNKNOWN,)
        [result] = screen_each(
            (LONG_TERM_UNEMPLOYED,), [p], d("2025-07-01"), law_on=d("2025-05-31")
        )
        assert result.outcomes == (E,)
        assert result.verdicts[0].law_on == d("2025-05-31")

    @given(
        st.lists(people(), max_size=3),
        dates(date(2000, 1, 1), date(2030, 12, 31)),
        st.lists(st.sampled_from(ALL_RULES), min_size=1, max_size=5),
    )
    def test_agrees_with_evaluating_each_rule(
        self, crowd: list[Person], on: date, rules: list[Rule]
    ) -> None:
        crowd = [p for p in crowd if p.birth_date <= on]
        results = list(screen_each(rules, iter(crowd), on))
        assert [r.person for r in results] == crowd
        for result in results:
            assert result.person is not None and result.error is None
            alone = [rule.evaluate(result.person, on) for rule in rules]
            assert result.outcomes == tuple(v.outcome for v in alone)
            assert [v.report() for v in result.verdicts] == [v.report() for v in alone]


# --- eligible_from ---------------------------------------------------------------------------------


CONFIGURED: tuple[Rule, ...] = (
    LongTermUnemployed(include_evaluation_day=False),
    LongTermUnemployed(counting=MonthCounting.YEAR_365),
    AgeBetween(below=25),
    AgeBetween(minimum=50),
    AgeBetween(18, 30),
    SOCIAL_EMPLOYMENT_KIS,
    ~WORKING_AGE,
    LONG_TERM_UNEMPLOYED | ~SOCIAL_EMPLOYMENT_KIS,
)


def brute_force(
    rule: Rule, person: Person, start: date, until: date, law_on: date | None = None
) -> date | None:
    day = max(start, person.birth_date)
    while day <= until:
        if rule.evaluate(person, day, law_on).outcome is E:
            return day
        day += ONE_DAY
    return None


class TestEligibleFrom:
    @given(
        people(min_birth=date(1950, 1, 1), max_birth=date(2008, 12, 31)),
        dates(date(2003, 1, 1), date(2027, 12, 31)),
        st.sampled_from(ALL_RULES),
    )
    def test_agrees_with_evaluating_day_by_day(
        self, person: Person, start: date, rule: Rule
    ) -> None:
        until = start + timedelta(days=120)
        found = eligible_from(rule, person, start, until=until)
        assert found == brute_force(rule, person, start, until)
        if found is not None:
            assert rule.evaluate(person, found).outcome is E
            if found > max(start, person.birth_date):
                assert rule.evaluate(person, found - ONE_DAY).outcome is not E

    @given(
        people(min_birth=date(1950, 1, 1), max_birth=date(2008, 12, 31)),
        dates(date(2003, 1, 1), date(2027, 12, 31)),
        st.sampled_from(ALL_RULES),
    )
    def test_the_day_found_and_the_day_before(
        self, person: Person, start: date, rule: Rule
    ) -> None:
        found = eligible_from(rule, person, start, until=start + timedelta(days=3_000))
        if found is not None:
            assert found >= start
            assert rule.evaluate(person, found).outcome is E
            if found > max(start, person.birth_date):
                assert rule.evaluate(person, found - ONE_DAY).outcome is not E

    @given(
        people(min_birth=date(1950, 1, 1), max_birth=date(2008, 12, 31)),
        dates(date(2003, 1, 1), date(2027, 12, 31)),
        st.sampled_from(CONFIGURED),
        st.none() | dates(date(2003, 1, 1), date(2027, 12, 31)),
    )
    def test_configured_rules_and_a_fixed_law_date(
        self, person: Person, start: date, rule: Rule, law_on: date | None
    ) -> None:
        until = start + timedelta(days=90)
        found = eligible_from(rule, person, start, until=until, law_on=law_on)
        assert found == brute_force(rule, person, start, until, law_on)

    @given(
        people(min_birth=date(1950, 1, 1), max_birth=date(2000, 12, 31)),
        revitalisation_areas(),
        dates(date(2014, 1, 1), date(2027, 12, 31)),
    )
    def test_revitalisation_rules(
        self, person: Person, area: RevitalisationArea, start: date
    ) -> None:
        until = start + timedelta(days=90)
        for rule in (ResidesInArea(area), pai_target_group_in_area(area)):
            assert eligible_from(rule, person, start, until=until) == brute_force(
                rule, person, start, until
            )

    def test_long_term_unemployment(self) -> None:
        p = collected(
            d("1980-01-01"), Sex.MALE, registrations=[Registration(DateRange(d("2023-01-01")))]
        )
        # 2023-01-01..2023-12-27 is 361 days
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2023-01-01")) == d("2023-12-27")
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2024-06-01")) == d("2024-06-01")
        assert (
            eligible_from(LONG_TERM_UNEMPLOYED, p, d("2023-01-01"), until=d("2023-12-26")) is None
        )

    def test_never_when_the_spell_has_ended_too_short(self) -> None:
        short = collected(
            d("1980-01-01"),
            Sex.MALE,
            registrations=[Registration(DateRange(d("2023-01-01"), d("2023-12-26")))],
        )
        assert eligible_from(LONG_TERM_UNEMPLOYED, short, d("2023-01-01")) is None

    def test_the_law_can_be_fixed(self) -> None:
        p = collected(d("1990-01-01"), Sex.MALE)
        # 2013-01-01..2017-09-30: the working-age law is not modelled; it returns on 2017-10-01
        assert eligible_from(WORKING_AGE, p, d("2014-01-01")) == d("2017-10-01")
        assert eligible_from(WORKING_AGE, p, d("2014-01-01"), law_on=d("2015-01-01")) is None
        assert eligible_from(WORKING_AGE, p, d("2014-01-01"), law_on=d("2020-01-01")) == d(
            "2014-01-01"
        )

    def test_a_start_before_birth_moves_to_the_birth_date(self) -> None:
        p = collected(d("2006-03-01"), Sex.FEMALE)
        assert eligible_from(WORKING_AGE, p, d("2000-01-01")) == d("2024-03-01")

    def test_it_gives_up_with_a_clear_error(self) -> None:
        p = collected(
            d("1980-01-01"), Sex.MALE, registrations=[Registration(DateRange(d("2023-01-01")))]
        )
        with pytest.raises(InvalidValue, match="gave up after 10 steps"):
            eligible_from(LONG_TERM_UNEMPLOYED, p, d("2023-01-01"), max_steps=10)


class TestBadRecords:
    def test_a_bad_record_yields_its_error_and_screening_goes_on(self) -> None:
        unborn = collected(d("2030-01-01"), Sex.FEMALE, reference="X/1")
        fine = collected(d("1990-01-01"), Sex.FEMALE, reference="X/3")
        records: list[Any] = [unborn, None, {"birth_date": "1990-01-01"}, fine]
        results = list(screen_each([WORKING_AGE], records, d("2024-01-01")))
        assert len(results) == 4
        assert [r.reference for r in results] == ["X/1", None, None, "X/3"]
        assert [r.outcomes for r in results[:3]] == [(), (), ()]
        assert str(results[0].error) == "the evaluation date is before Person.birth_date"
        assert str(results[1].error) == "the person evaluated must be a Person"
        assert results[3].outcomes == (Outcome.ELIGIBLE,) and results[3].error is None
        for result in results[:3]:
            assert isinstance(result.error, IntegraError)
            assert result.error.__context__ is None and result.error.__cause__ is None

    def test_an_unexpected_failure_is_named_by_kind_only(self) -> None:
        class Exploding(Condition):
            rule_name = "exploding"
            label = Label(pl="wybucha", en="explodes")

            def _decide(self, ctx: Context, version: Any) -> Any:
                raise ValueError("secret 44051401359")

        result = next(
            screen_each(
                [Exploding(law=None)], [collected(d("1990-01-01"), Sex.MALE)], d("2024-01-01")
            )
        )
        assert str(result.error) == "the record could not be evaluated (ValueError)"
        assert result.error is not None and result.error.__context__ is None

    def test_before_birth_is_an_error_not_a_verdict(self) -> None:
        baby = collected(d("2024-05-01"), Sex.MALE)
        with pytest.raises(InvalidValue, match=r"before Person\.birth_date"):
            REGISTERED_UNEMPLOYED.evaluate(baby, d("2024-04-30"))
        assert REGISTERED_UNEMPLOYED.evaluate(baby, d("2024-05-01")).outcome is Outcome.NOT_ELIGIBLE
        assert eligible_from(WORKING_AGE, baby, d("2020-01-01")) == d("2042-05-01")

    def test_the_context_of_a_verdict_cannot_be_reassigned(self) -> None:
        rule = REGISTERED_UNEMPLOYED & WORKING_AGE
        verdict = rule.evaluate(collected(d("1990-01-01"), Sex.MALE), d("2024-01-01"))
        context = verdict.detail
        assert isinstance(context, Context)
        with pytest.raises(AttributeError):
            context.person = collected(d("1950-01-01"), Sex.MALE)  # type: ignore[misc]
        with pytest.raises(AttributeError):
            verdict.detail = ()  # type: ignore[misc]
        with pytest.raises(TypeError):
            context.verdicts[WORKING_AGE] = verdict  # type: ignore[index]
