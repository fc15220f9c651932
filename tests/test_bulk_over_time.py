"""Eligibility over time in columns agrees with the scalar rules: every span's first and last
day give the span's outcome, short ranges agree day by day, the first eligible day is what
``eligible_from`` finds, and the next change is the first day on which the scalar verdict
differs. Hand-computed cases pin the days the law gives."""

from __future__ import annotations

import importlib
import itertools
from datetime import date, timedelta
from typing import Any, ClassVar

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra import DateRange, ExcludedPeriod, ExclusionKind, Person, Registration, Sex
from integra.bulk import EligibilitySpans, NextChange, Population, generate, next_change, over_time
from integra.bulk.over_time import BORN, _take
from integra.errors import IntegraError, InvalidValue
from integra.rules import (
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    PAI_ELIGIBILITY,
    REGISTERED_UNEMPLOYED,
    WORKING_AGE,
    AgeBetween,
    Context,
    Outcome,
    RegisteredUnemployed,
    Rule,
    all_of,
    eligible_from,
    screen_each,
)
from test_bulk_agreement import RULES, persons

ONE = timedelta(days=1)
# The module, not the function of the same name that the package exports.
over_time_module = importlib.import_module("integra.bulk.over_time")


@attrs.frozen(slots=True, eq=False, repr=False)
class ScalarOnly(RegisteredUnemployed):
    """A user's condition without a columnar kernel."""

    rule_name: ClassVar[str] = "registered_scalar_only"
    columns: ClassVar[Any] = None


def registered(*spans: tuple[date, date | None], born: date = date(1980, 1, 1)) -> Person:
    return Person(born, Sex.MALE, registrations=[Registration(DateRange(a, b)) for a, b in spans])


def outcome_on(rule: Rule, person: Person, day: date, law_on: date | None) -> Outcome | None:
    if day < person.birth_date:
        return None
    return rule.evaluate_in(Context(person, day, law_on)).outcome


def table(spans: EligibilitySpans, person_id: Any, name: str) -> list[tuple[str, str, Any, Any]]:
    return [
        (
            s.first.isoformat(),
            s.last.isoformat(),
            None if s.outcome is None else s.outcome.value,
            s.reason,
        )
        for s in spans.of(person_id, name)
    ]


# -- by hand ------------------------------------------------------------------------------------


def test_long_term_unemployment_starts_and_ends_on_the_days_the_law_gives() -> None:
    # Registered 2022-01-01..2023-06-30 (546 days). More than 360 days (UPZ art. 2 ust. 1
    # pkt 5, 30-day months) from the 361st day, 2022-12-27, while registered (pkt 2): up to
    # 2023-06-30. Registered again from 2023-07-01 in an internship, which adds no day, the
    # window of two years loses a day a day: 361 days remain while it starts on 2022-07-05 at
    # the latest, i.e. up to 2024-07-04; on 2024-07-05 only 360 are left.
    internship = ExcludedPeriod(
        ExclusionKind.INTERNSHIP, DateRange(date(2023, 7, 1), date(2025, 12, 31))
    )
    again = Person(
        date(1980, 1, 1),
        Sex.MALE,
        registrations=[
            Registration(DateRange(date(2022, 1, 1), date(2023, 6, 30))),
            Registration(DateRange(date(2023, 7, 1)), exclusions=[internship]),
        ],
    )
    person = registered((date(2022, 1, 1), date(2023, 6, 30)))
    spans = over_time(
        [LONG_TERM_UNEMPLOYED],
        Population.from_persons([person, again]),
        date(2022, 6, 1),
        date(2025, 1, 1),
    )
    assert table(spans, 0, "long_term_unemployed") == [
        ("2022-06-01", "2022-12-26", "not_eligible", ()),
        ("2022-12-27", "2023-06-30", "eligible", ("long_term_unemployed",)),
        ("2023-07-01", "2025-01-01", "not_eligible", ("long_term_unemployed",)),
    ]
    assert table(spans, 1, "long_term_unemployed") == [
        ("2022-06-01", "2022-12-26", "not_eligible", ()),
        ("2022-12-27", "2024-07-04", "eligible", ("long_term_unemployed",)),
        ("2024-07-05", "2025-01-01", "not_eligible", ("long_term_unemployed",)),
    ]
    assert spans.fell_back == ()


def test_before_the_law_there_is_no_verdict_and_its_first_day_decides() -> None:
    # The definition of UPZ art. 2 ust. 1 pkt 5 is modelled from 2009-02-01: before it, no law
    # (UNKNOWN); on it, registered since 2007-01-01 is more than 360 days in two years. From
    # 2008-10-01, the 361st day is 2009-09-26 (92 days of 2008, then 2009-01-01..09-26).
    early = registered((date(2007, 1, 1), None))
    late = registered((date(2008, 10, 1), None))
    spans = over_time(
        [LONG_TERM_UNEMPLOYED],
        Population.from_persons([early, late]),
        date(2009, 1, 1),
        date(2009, 12, 31),
    )
    assert table(spans, 0, "long_term_unemployed") == [
        ("2009-01-01", "2009-01-31", "unknown", ()),
        ("2009-02-01", "2009-12-31", "eligible", ("long_term_unemployed",)),
    ]
    assert table(spans, 1, "long_term_unemployed") == [
        ("2009-01-01", "2009-01-31", "unknown", ()),
        ("2009-02-01", "2009-09-25", "not_eligible", ("long_term_unemployed",)),
        ("2009-09-26", "2009-12-31", "eligible", ("long_term_unemployed",)),
    ]
    # Under the law of a day before it, nothing is ever decided.
    fixed = over_time(
        [LONG_TERM_UNEMPLOYED],
        Population.from_persons([early]),
        date(2009, 1, 1),
        date(2009, 12, 31),
        law_on=date(2008, 1, 1),
    )
    assert table(fixed, 0, "long_term_unemployed") == [
        ("2009-01-01", "2009-12-31", "unknown", ()),
    ]


def test_an_internship_is_not_counted() -> None:
    # Registered from 2023-01-01 with an internship 2023-03-01..2023-05-31 (92 days): the
    # 361st countable day is 92 days after 2023-12-27, i.e. 2024-03-28 (2024 is a leap year).
    person = Person(
        date(1980, 1, 1),
        Sex.MALE,
        registrations=[
            Registration(
                DateRange(date(2023, 1, 1)),
                [
                    ExcludedPeriod(
                        ExclusionKind.INTERNSHIP, DateRange(date(2023, 3, 1), date(2023, 5, 31))
                    )
                ],
            )
        ],
    )
    pop = Population.from_persons([person])
    spans = over_time([LONG_TERM_UNEMPLOYED], pop, date(2023, 1, 1), date(2024, 12, 31))
    assert spans.eligible_from("long_term_unemployed") == [date(2024, 3, 28)]
    assert eligible_from(LONG_TERM_UNEMPLOYED, person, date(2023, 1, 1)) == date(2024, 3, 28)


def test_working_age_follows_birthdays_including_29_february() -> None:
    people = [
        Person(date(2004, 2, 29), Sex.MALE),  # 18 on 2022-02-28 (KC art. 112)
        Person(date(1962, 3, 5), Sex.FEMALE),  # 60 on 2022-03-05: leaves working age
        Person(date(1957, 6, 1), Sex.MALE),  # 65 on 2022-06-01
    ]
    spans = over_time(
        [WORKING_AGE], Population.from_persons(people), date(2022, 1, 1), date(2022, 12, 31)
    )
    assert table(spans, 0, "working_age") == [
        ("2022-01-01", "2022-02-27", "not_eligible", ()),
        ("2022-02-28", "2022-12-31", "eligible", ("working_age",)),
    ]
    assert table(spans, 1, "working_age") == [
        ("2022-01-01", "2022-03-04", "eligible", ()),
        ("2022-03-05", "2022-12-31", "not_eligible", ("working_age",)),
    ]
    assert [s.first for s in spans.of(2)] == [date(2022, 1, 1), date(2022, 6, 1)]


def test_a_person_born_within_the_range_has_no_verdict_before_birth() -> None:
    baby = Person(date(2024, 3, 10), Sex.FEMALE)
    spans = over_time(
        [AgeBetween(below=25)], Population.from_persons([baby]), date(2024, 1, 1), date(2024, 6, 30)
    )
    assert table(spans, 0, "age__25") == [
        ("2024-01-01", "2024-03-09", None, ()),
        ("2024-03-10", "2024-06-30", "eligible", (BORN,)),
    ]
    change = next_change(AgeBetween(below=25), Population.from_persons([baby]), date(2024, 1, 1))
    assert change.dates() == [date(2024, 3, 10)]
    assert change.columns()["outcome"].tolist() == [None]
    assert change.becoming(Outcome.ELIGIBLE).tolist() == [0]


def test_the_reason_names_the_condition_that_changed() -> None:
    rule = all_of(REGISTERED_UNEMPLOYED, WORKING_AGE, name="registered_adult")
    person = registered((date(2024, 1, 1), date(2024, 4, 30)), born=date(2006, 2, 1))
    spans = over_time(
        [rule], Population.from_persons([person]), date(2024, 1, 1), date(2024, 6, 30)
    )
    assert table(spans, 0, "registered_adult") == [
        ("2024-01-01", "2024-01-31", "not_eligible", ()),
        ("2024-02-01", "2024-04-30", "eligible", ("working_age",)),
        ("2024-05-01", "2024-06-30", "not_eligible", ("registered_unemployed",)),
    ]
    bare = over_time(
        [rule],
        Population.from_persons([person]),
        date(2024, 1, 1),
        date(2024, 6, 30),
        reasons=False,
    )
    assert [s.reason for s in bare.of(0)] == [(), (), ()]


def test_the_law_of_a_fixed_date_applies_throughout() -> None:
    # Under the law of 2024 the national definition applies, whatever the date of the facts.
    person = registered((date(2024, 1, 1), None))
    pop = Population.from_persons([person])
    spans = over_time(
        [LONG_TERM_UNEMPLOYED], pop, date(2024, 6, 1), date(2025, 6, 30), law_on=date(2024, 1, 1)
    )
    assert spans.eligible_from("long_term_unemployed") == [date(2024, 12, 26)]
    assert spans.law_on == date(2024, 1, 1)


def test_a_rule_without_a_kernel_is_followed_person_by_person() -> None:
    rule = ScalarOnly()
    people = [
        registered((date(2024, 2, 1), date(2024, 3, 31))),
        Person(date(1990, 1, 1), Sex.MALE, registrations=None),
    ]
    pop = Population.from_persons(people)
    spans = over_time([rule, REGISTERED_UNEMPLOYED], pop, date(2024, 1, 1), date(2024, 6, 30))
    assert spans.fell_back == ("registered_scalar_only",)
    scalar = table(spans, 0, "registered_scalar_only")
    assert [row[:3] for row in scalar] == [
        row[:3] for row in table(spans, 0, "registered_unemployed")
    ]
    assert table(spans, 1, "registered_scalar_only") == [
        ("2024-01-01", "2024-06-30", "unknown", ())
    ]
    change = next_change(rule, pop, date(2024, 1, 1))
    assert change.fell_back and change.dates() == [date(2024, 2, 1), None]
    assert [s.reason for s in spans.of(0, "registered_scalar_only")][1] == (
        "registered_scalar_only",
    )


def test_a_rule_without_a_kernel_reasons_from_birth() -> None:
    baby = Person(date(2024, 3, 10), Sex.FEMALE, registrations=())
    spans = over_time(
        [ScalarOnly()], Population.from_persons([baby]), date(2024, 3, 1), date(2024, 3, 31)
    )
    assert table(spans, 0, "registered_scalar_only") == [
        ("2024-03-01", "2024-03-09", None, ()),
        ("2024-03-10", "2024-03-31", "not_eligible", (BORN,)),
    ]


def test_a_scalar_search_without_a_horizon_gives_up_as_eligible_from_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(over_time_module, "_MAX_STEPS", 400)
    # Registered without end: the national count moves daily for the scalar rules, forever.
    rule = all_of(LONG_TERM_UNEMPLOYED, ScalarOnly(), name="scalar_long_term")
    pop = Population.from_persons([registered((date(2024, 1, 1), None))])
    with pytest.raises(InvalidValue, match="within_days"):
        next_change(rule, pop, date(2025, 6, 1))
    # With a horizon it answers: nothing changes within a year.
    assert next_change(rule, pop, date(2025, 6, 1), within_days=365).dates() == [None]


# -- the planning list --------------------------------------------------------------------------


def test_who_becomes_long_term_unemployed_within_30_days() -> None:
    people = [
        registered((date(2024, 1, 1), None)),  # 361st day 2024-12-26
        registered((date(2024, 1, 20), None)),  # 2025-01-14: too late
        # already eligible; leaves when the registration ends, on 2024-07-05
        registered((date(2022, 1, 1), date(2024, 7, 4))),
    ]
    pop = Population.from_persons(people)
    soon = next_change(LONG_TERM_UNEMPLOYED, pop, date(2024, 12, 1), within_days=30)
    assert soon.dates() == [date(2024, 12, 26), None, None]
    assert soon.becoming(Outcome.ELIGIBLE).tolist() == [0]
    assert soon.until == date(2024, 12, 31)
    later = next_change(LONG_TERM_UNEMPLOYED, pop, date(2024, 6, 1), within_days=60)
    assert later.leaving(Outcome.ELIGIBLE).tolist() == [2]
    assert later.dates()[2] == date(2024, 7, 5)
    assert later.columns()["outcome_then"].tolist() == [
        "not_eligible",
        "not_eligible",
        "not_eligible",
    ]
    everything = next_change(LONG_TERM_UNEMPLOYED, pop, date(2024, 6, 1))
    assert everything.dates() == [date(2024, 12, 26), date(2025, 1, 14), date(2024, 7, 5)]
    assert "3 of 3 change" in repr(everything)


def test_the_eu_definition_crosses_six_months_before_25() -> None:
    # Under 25, more than 6 months continuously: registered 2024-01-31, the six months end
    # 2024-07-30, eligible from 2024-07-31.
    young = Person(
        date(2000, 1, 1),
        Sex.FEMALE,
        registrations=[Registration(DateRange(date(2024, 1, 31)))],
        situations=(),
    )
    change = next_change(
        LONG_TERM_UNEMPLOYED_EU_2014, Population.from_persons([young]), date(2024, 3, 1)
    )
    assert change.dates() == [date(2024, 7, 31)]


def test_within_zero_days_nothing_changes() -> None:
    pop = Population.from_persons([registered((date(2024, 1, 1), None))])
    assert next_change(REGISTERED_UNEMPLOYED, pop, date(2023, 12, 31), within_days=0).dates() == [
        None
    ]
    assert next_change(REGISTERED_UNEMPLOYED, pop, date(2023, 12, 31), within_days=1).dates() == [
        date(2024, 1, 1)
    ]


# -- errors -------------------------------------------------------------------------------------


def test_bad_arguments_are_refused_naming_the_argument() -> None:
    pop = Population.from_persons([registered((date(2024, 1, 1), None))])
    with pytest.raises(InvalidValue, match="'end' is before 'start'"):
        over_time([WORKING_AGE], pop, date(2024, 1, 2), date(2024, 1, 1))
    with pytest.raises(InvalidValue, match="different names"):
        over_time([WORKING_AGE, WORKING_AGE], pop, date(2024, 1, 1), date(2024, 1, 2))
    with pytest.raises(InvalidValue, match=r"datetime\.date"):
        over_time([WORKING_AGE], pop, "2024-01-01", date(2024, 1, 2))  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="within_days"):
        next_change(WORKING_AGE, pop, date(2024, 1, 1), within_days=-1)
    with pytest.raises(InvalidValue, match="within_days"):
        next_change(WORKING_AGE, pop, date(2024, 1, 1), within_days=1.5)  # type: ignore[arg-type]
    spans = over_time([WORKING_AGE], pop, date(2024, 1, 1), date(2024, 1, 2))
    with pytest.raises(InvalidValue, match="no rule named"):
        spans.of(0, "nothing")
    with pytest.raises(IntegraError):
        spans.of(99)


def test_tables() -> None:
    pop = Population.from_persons(
        [registered((date(2024, 2, 1), None)), Person(date(1950, 1, 1), Sex.MALE)], ids=[10, 20]
    )
    spans = over_time(
        [REGISTERED_UNEMPLOYED, WORKING_AGE], pop, date(2024, 1, 1), date(2024, 3, 31)
    )
    assert len(spans) == 5
    assert (
        repr(spans) == "<EligibilitySpans: 5 spans of 2 persons by 2 rules, 2024-01-01..2024-03-31>"
    )
    df = spans.to_pandas()
    assert df["person_id"].tolist() == [10, 10, 20, 10, 20]
    assert df["rule"].tolist() == ["registered_unemployed"] * 3 + ["working_age"] * 2
    assert [str(d)[:10] for d in df["last"]] == [
        "2024-01-31",
        "2024-03-31",
        "2024-03-31",
        "2024-03-31",
        "2024-03-31",
    ]
    assert df["reason"].tolist() == ["", "registered_unemployed", "", "", ""]
    assert list(df["outcome"].cat.categories) == ["not_eligible", "unknown", "eligible"]
    change = next_change(REGISTERED_UNEMPLOYED, pop, date(2024, 1, 1))
    assert isinstance(change, NextChange) and len(change) == 2
    frame = change.to_pandas()
    assert frame["person_id"].tolist() == [10, 20]
    assert frame["changes_on"].isna().tolist() == [False, True]


# -- a part of a population ---------------------------------------------------------------------


@given(st.integers(0, 2**16), st.lists(st.integers(0, 79), max_size=30, unique=True))
def test_a_part_of_a_population_screens_as_the_whole(seed: int, picked: list[int]) -> None:
    from integra.bulk import screen

    pop = generate(80, seed=seed)
    positions = np.array(sorted(picked), dtype=np.int64)
    part = _take(pop, positions)
    assert part.ids.tolist() == pop.ids[positions].tolist()
    on = date(2019, 6, 1)
    whole = screen(RULES, pop, on)
    mine = screen(RULES, part, on)
    for rule in RULES:
        assert mine.codes[rule.name].tolist() == whole.codes[rule.name][positions].tolist(), (
            rule.name
        )
    for i, p in enumerate(positions.tolist()):
        assert part.person_at(i) == pop.person_at(p)


# -- properties against the scalar rules ------------------------------------------------------

starts = st.one_of(
    st.dates(date(2012, 1, 1), date(2027, 12, 31)),
    st.sampled_from((date(2019, 6, 1), date(2022, 2, 1), date(2025, 5, 15), date(2024, 2, 1))),
)
FOLLOWED: tuple[Rule, ...] = (*RULES, ScalarOnly())


@given(
    st.lists(persons(), min_size=1, max_size=4),
    starts,
    st.integers(0, 1200),
    st.one_of(st.none(), st.sampled_from((date(2019, 1, 1), date(2024, 1, 1), date(2026, 1, 1)))),
)
def test_every_span_is_what_the_scalar_rules_say_on_its_first_and_last_day(
    people: list[Person], start: date, length: int, law_on: date | None
) -> None:
    end = start + timedelta(days=length)
    pop = Population.from_persons(people)
    spans = over_time(FOLLOWED, pop, start, end, law_on)
    assert spans.fell_back == ("registered_scalar_only",)
    for rule in FOLLOWED:
        for i, person in enumerate(people):
            mine = spans.of(i, rule.name)
            # The spans tile the range, and neighbours differ.
            assert mine[0].first == start and mine[-1].last == end
            for a, b in itertools.pairwise(mine):
                assert b.first == a.last + ONE and a.outcome is not b.outcome
            for s in mine:
                for day in (s.first, s.last):
                    assert outcome_on(rule, person, day, law_on) is s.outcome, (rule.name, i, day)
                if s.first != start:
                    assert s.reason, (rule.name, i, s)
            found = spans.eligible_from(rule.name)[i]
            if person.birth_date <= end:
                expected = eligible_from(
                    rule, person, max(start, person.birth_date), until=end, law_on=law_on
                )
                assert found == expected, (rule.name, i)


@given(st.lists(persons(), min_size=1, max_size=4), starts, st.integers(0, 45))
def test_short_ranges_agree_day_by_day(people: list[Person], start: date, length: int) -> None:
    end = start + timedelta(days=length)
    spans = over_time(RULES, Population.from_persons(people), start, end)
    for rule in RULES:
        for i, person in enumerate(people):
            for s in spans.of(i, rule.name):
                day = s.first
                while day <= s.last:
                    assert outcome_on(rule, person, day, None) is s.outcome, (rule.name, i, day)
                    day += ONE


@given(st.lists(persons(), min_size=1, max_size=4), starts, st.integers(0, 40))
def test_the_next_change_is_the_first_day_the_scalar_verdict_differs(
    people: list[Person], on: date, within: int
) -> None:
    pop = Population.from_persons(people)
    for rule in (
        LONG_TERM_UNEMPLOYED,
        WORKING_AGE,
        PAI_ELIGIBILITY,
        LONG_TERM_UNEMPLOYED_EU_2014,
        ScalarOnly(),
    ):
        change = next_change(rule, pop, on, within_days=within)
        for i, person in enumerate(people):
            now = outcome_on(rule, person, on, None)
            expected = None
            day = on + ONE
            while day <= on + timedelta(days=within):
                if outcome_on(rule, person, day, None) is not now:
                    expected = day
                    break
                day += ONE
            assert change.dates()[i] == expected, (rule.name, i)
            if expected is not None:
                then = change.columns()["outcome_then"][i]
                assert then == outcome_on(rule, person, expected, None).value  # type: ignore[union-attr]


@settings(max_examples=3)
@given(st.integers(0, 2**16), starts)
def test_generated_caseloads_follow_the_scalar_rules(seed: int, start: date) -> None:
    pop = generate(25, seed=seed)
    people = pop.persons()
    end = start + timedelta(days=400)
    spans = over_time(RULES, pop, start, end)
    assert spans.fell_back == ()
    for rule in RULES:
        for i, person in enumerate(people):
            for s in spans.of(i, rule.name):
                assert outcome_on(rule, person, s.first, None) is s.outcome
                assert outcome_on(rule, person, s.last, None) is s.outcome


def test_agrees_with_one_screening_on_the_first_day() -> None:
    pop = generate(300, seed=11)
    spans = over_time(RULES, pop, date(2019, 6, 1), date(2019, 6, 30))
    scalar = list(screen_each(RULES, pop.persons(), date(2019, 6, 1)))
    for j, rule in enumerate(RULES):
        firsts = [s[0] for s in (spans.of(i, rule.name) for i in range(len(pop)))]
        assert [f.outcome for f in firsts] == [a.verdicts[j].outcome for a in scalar]


def test_incomes_counted_from_items_are_followed_over_time() -> None:
    """Following persons re-screens parts of the caseload: the income items must still point at
    their own statements there. Six persons living alone, each with a farm of 1 ha counted at
    459 zł for 2025 (derived), under the criterion for one person (1010 zł); three are in
    poverty until 2025-04-01, so for them the cash-benefit rule changes on 2025-04-02."""
    from decimal import Decimal

    from integra import Household, SituationSpell, SocialSituation
    from integra.income import IncomeItem, IncomeSource, IncomeStatement
    from integra.rules import INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS

    people = []
    for i in range(6):
        farm = IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1.0000"))
        household = Household.from_statement(IncomeStatement(date(2025, 3, 3), 1, [farm]))
        poverty = SituationSpell(
            SocialSituation.POVERTY, DateRange(date(2025, 1, 1), date(2025, 4, 1))
        )
        people.append(
            Person(
                date(1980, 1, 1),
                Sex.FEMALE,
                households=[household],
                situations=[poverty] if i % 2 else [],
            )
        )
    pop = Population.from_persons(people)
    rules = [INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS]
    spans = over_time(rules, pop, date(2025, 3, 3), date(2025, 6, 30))
    for i, person in enumerate(people):
        for rule in rules:
            for s in spans.of(i, rule.name):
                for day in (s.first, s.last):
                    assert outcome_on(rule, person, day, None) is s.outcome, (rule.name, i, day)
    changes = [[s.first for s in spans.of(i, QUALIFIES_FOR_CASH_BENEFITS.name)] for i in range(6)]
    assert changes == [[date(2025, 3, 3)], [date(2025, 3, 3), date(2025, 4, 2)]] * 3
