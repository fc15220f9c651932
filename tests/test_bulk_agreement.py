"""The columnar path and the scalar path agree: for generated caseloads full of edge cases
(overlapping and adjacent spans, several exclusions, leap days, the law's boundaries, missing
household statements, several residences, certificates whose causes and indications were or were
not recorded, persons born after the screening date), every person
gets exactly the scalar outcome and the same missing facts for every rule, and a person the scalar
path refuses is refused with the same error."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from integra import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DateRange,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Indication,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialContract,
    SocialSituation,
)
from integra.bulk import Population, generate, screen
from integra.bulk.evaluate import REFUSED
from integra.bulk.generate import EXAMPLE_AREA, generate_tables
from integra.periods import MonthCounting
from integra.rules import (
    ALL_RULES,
    HAS_SOCIAL_CONTRACT,
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    AgeBetween,
    Context,
    HasEntitlement,
    LongTermUnemployed,
    Outcome,
    Rule,
    all_of,
    any_of,
    pai_target_group_in_area,
    screen_each,
)

RULES: tuple[Rule, ...] = (
    *ALL_RULES,
    pai_target_group_in_area(EXAMPLE_AREA),
    AgeBetween(18, 25),
    AgeBetween(minimum=50),
    HasEntitlement(frozenset({EntitlementKind.OLD_AGE_PENSION})),
    any_of(~REGISTERED_UNEMPLOYED, HAS_SOCIAL_CONTRACT, name="not_registered_or_contract"),
    all_of(
        LongTermUnemployed(counting=MonthCounting.YEAR_365, include_evaluation_day=False),
        name="long_term_unemployed_365",
    ),
)

BOUNDARIES = tuple(
    date.fromisoformat(text) + timedelta(days=shift)
    for text in ("2019-06-14", "2022-02-15", "2025-06-01", "2024-02-29", "2020-02-29")
    for shift in (-1, 0, 1)
)

days = st.one_of(
    st.sampled_from(BOUNDARIES),
    st.dates(date(2012, 1, 1), date(2026, 12, 31)),
)
lengths = st.one_of(st.integers(0, 40), st.integers(0, 900), st.sampled_from((181, 182, 365, 366)))


@st.composite
def periods(draw: Any, after: date, open_ok: bool = True) -> DateRange:
    start = max(draw(days), after)
    if open_ok and draw(st.booleans()):
        return DateRange(start)
    return DateRange(start, start + timedelta(days=draw(lengths)))


@st.composite
def inner(draw: Any, outer: DateRange) -> DateRange:
    start = outer.start + timedelta(days=draw(st.integers(0, 400)))
    if outer.end is not None and start > outer.end:
        start = outer.end
    end = start + timedelta(days=draw(st.integers(0, 300)))
    if outer.end is not None and end > outer.end:
        end = outer.end
    return DateRange(start, end)


@st.composite
def consecutive(draw: Any, after: date, count: int) -> list[DateRange]:
    """Non-overlapping periods in order, some adjacent, the last possibly open."""
    out: list[DateRange] = []
    day = max(draw(days), after)
    for index in range(count):
        last = index == count - 1
        period = DateRange(day) if last and draw(st.booleans()) else None
        if period is None:
            period = DateRange(day, day + timedelta(days=draw(lengths)))
        out.append(period)
        if period.end is None:
            break
        day = period.end + timedelta(days=draw(st.sampled_from((1, 1, 2, 30, 200))))
    return out


ADDRESSES = (
    Address(gmina="Wałbrzych", street="Główna", house_number="7"),
    Address(gmina="Wałbrzych", street="Główna", house_number="8"),
    Address(gmina="Wałbrzych", street="1 Maja", house_number="12a"),
    Address(gmina="Wałbrzych", street="Niepodległości", house_number="60"),
    Address(gmina="Świebodzice", street="Główna", house_number="7"),
    Address(gmina="Wałbrzych", house_number="3", unit="Podgórze"),
)


def degrees(source: CertificateSource) -> st.SearchStrategy[DisabilityDegree | None]:
    """The degrees a certificate of ``source`` may state."""
    if source is CertificateSource.DEGREE:
        return st.sampled_from(list(DisabilityDegree))
    if source.equivalent_degree is None:
        return st.none()
    return st.sampled_from([None, source.equivalent_degree])


@st.composite
def persons(draw: Any) -> Person:
    birth = draw(
        st.one_of(
            st.sampled_from((date(1952, 2, 29), date(2000, 2, 29), date(2004, 2, 29))),
            st.dates(date(1950, 1, 1), date(2008, 12, 31)),
            # Born after some screening dates: the scalar path refuses them.
            st.dates(date(2009, 1, 1), date(2026, 12, 31)),
        )
    )
    floor = max(birth, date(2010, 1, 1))
    registrations = []
    for period in draw(consecutive(floor, draw(st.integers(0, 3)))):
        exclusions = [
            ExcludedPeriod(draw(st.sampled_from(list(ExclusionKind))), draw(inner(period)))
            for _ in range(draw(st.integers(0, 3)))
        ]
        profiles = [
            ProfileSpell(draw(st.sampled_from(list(AssistanceProfile))), draw(inner(period)))
            for _ in range(draw(st.integers(0, 2)))
        ]
        registrations.append(Registration(period, exclusions, profiles))
    kinds = st.sampled_from(list(SocialSituation))
    households = []
    statements = draw(st.sampled_from(("none", "undated", "dated", "both")))
    if statements in ("dated", "both"):
        for period in draw(consecutive(floor, draw(st.integers(1, 2)))):
            households.append(
                Household(
                    draw(st.integers(1, 7)),
                    Decimal(draw(st.integers(0, 600_000))).scaleb(-2),
                    period,
                )
            )
    if statements in ("undated", "both"):
        households.append(
            Household(draw(st.integers(1, 7)), Decimal(draw(st.integers(0, 600_000))).scaleb(-2))
        )
    histories: dict[str, Any] = {
        "registrations": registrations,
        "benefit_awards": [
            BenefitAward(draw(st.sampled_from(list(BenefitKind))), draw(periods(floor)))
            for _ in range(draw(st.integers(0, 2)))
        ],
        "social_contracts": [
            SocialContract(draw(periods(floor))) for _ in range(draw(st.integers(0, 1)))
        ],
        "certificates": [
            DisabilityCertificate(
                source,
                floor,
                draw(periods(floor)),
                draw(degrees(source)),
                draw(st.none() | st.frozensets(st.sampled_from(list(DisabilityCause)))),
                draw(st.none() | st.frozensets(st.sampled_from(list(Indication)))),
            )
            for source in draw(st.lists(st.sampled_from(list(CertificateSource)), max_size=3))
        ],
        "residences": [
            Residence(draw(st.sampled_from(ADDRESSES)), period)
            for period in draw(consecutive(birth, draw(st.integers(0, 3))))
        ],
        "households": households,
        "situations": [
            SituationSpell(draw(kinds), draw(periods(floor)))
            for _ in range(draw(st.integers(0, 4)))
        ],
        "entitlements": [
            Entitlement(draw(st.sampled_from(list(EntitlementKind))), draw(periods(floor)))
            for _ in range(draw(st.integers(0, 1)))
        ],
    }
    for history in list(histories):
        # Some histories are not collected at all (None): rules reading them are unknown.
        if draw(st.integers(0, 6)) == 0:
            histories[history] = None
    return Person(birth, draw(st.sampled_from(list(Sex))), **histories)


def assert_agrees(
    people: list[Person],
    population: Population,
    on: date,
    law_on: date | None,
    rules: tuple[Rule, ...] = RULES,
) -> None:
    result = screen(rules, population, on, law_on)
    scalar = list(screen_each(rules, people, on, law_on))
    errors = result.errors()
    for i, answer in enumerate(scalar):
        # Refused exactly where the scalar path refuses, with the same words.
        assert bool(result.refused[i]) == (answer.error is not None), i
        assert errors[i] == (None if answer.error is None else str(answer.error)), i
    for j, rule in enumerate(rules):
        outcomes = result.outcomes(rule.name)
        missing = result.missing_facts(rule.name)
        certainties = result.certainties(rule.name)
        for i, person in enumerate(people):
            if scalar[i].error is not None:
                assert result.codes[rule.name][i] == REFUSED, (rule.name, i)
                assert outcomes[i] is None and missing[i] is None, (rule.name, i)
                continue
            verdict = rule.evaluate_in(Context(person, on, law_on))
            assert scalar[i].verdicts[j].outcome is verdict.outcome, (rule.name, i)
            assert verdict.certainty is certainties[i], (rule.name, i)
            assert outcomes[i] == verdict.outcome.value, (rule.name, i)
            assert set(missing[i] or ()) == {f.value for f in verdict.missing_facts} or (
                verdict.outcome.value != "unknown"
            ), (rule.name, i)


@given(st.lists(persons(), min_size=1, max_size=6), days, st.one_of(st.none(), days))
def test_every_person_gets_the_scalar_outcome(
    people: list[Person], on: date, law_on: date | None
) -> None:
    population = Population.from_persons(people)
    # The scalar path reads the same facts back from the columns.
    rebuilt = population.persons()
    assert_agrees(people, population, on, law_on)
    assert_agrees(rebuilt, population, on, law_on)


@given(st.integers(0, 2**16), st.sampled_from(BOUNDARIES))
def test_generated_caseloads_agree(seed: int, on: date) -> None:
    population = generate(60, seed=seed)
    assert_agrees(population.persons(), population, on, None)


@given(
    st.integers(0, 2**16), st.sampled_from(BOUNDARIES), st.sampled_from(("causes", "indications"))
)
def test_certificates_without_causes_or_indications_agree(
    seed: int, on: date, left_out: str
) -> None:
    # A register that keeps the degree only: the column is not there, for anyone.
    tables = generate_tables(60, seed=seed)
    del tables["certificates"][left_out]
    population = Population.from_tables(tables.pop("persons"), **tables)
    people = population.persons()
    assert all(getattr(c, left_out) is None for p in people for c in p.certificates or ())
    assert_agrees(people, population, on, None)


def test_the_reference_rules_need_no_fallback() -> None:
    population = generate(200, seed=5)
    result = screen(RULES, population, date(2024, 2, 29))
    assert result.fell_back == ()
    assert LONG_TERM_UNEMPLOYED.name not in result.fell_back


class _EveryoneLongTerm(LongTermUnemployed):
    """A user's reading that decides otherwise: whom the definition leaves out, it admits."""

    def _decide(self, ctx: Any, version: Any) -> Any:
        outcome, observation, missing = super()._decide(ctx, version)
        if outcome is Outcome.NOT_ELIGIBLE:
            return Outcome.ELIGIBLE, observation, missing
        return outcome, observation, missing


class _OwnAnswer(AgeBetween):
    """A user's subclass that builds its own verdict."""

    def outcome_in(self, ctx: Context) -> Outcome:
        return Outcome.UNKNOWN


class _SameDecision(LongTermUnemployed):
    """A subclass that changes nothing of the decision: it may keep the parent's kernel."""


USER_RULES: tuple[Rule, ...] = (
    all_of(_EveryoneLongTerm(), name="everyone_long_term"),
    all_of(_OwnAnswer(18, 25), name="own_answer"),
    all_of(_SameDecision(), REGISTERED_UNEMPLOYED, name="same_decision"),
)


def _as_library(tables: dict[str, Any], library: str) -> dict[str, Any]:
    if library == "arrow":
        return tables
    if library == "mapping":
        return {
            name: {c: t.column(c).to_pylist() for c in t.column_names} for name, t in tables.items()
        }
    if library == "pandas":
        return {name: t.to_pandas() for name, t in tables.items()}
    import polars as pl

    frames = {name: pl.from_arrow(t) for name, t in tables.items()}
    if library == "polars-lazy":
        return {name: frame.lazy() for name, frame in frames.items()}  # type: ignore[union-attr]
    return frames


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 2**16),
    st.sampled_from(BOUNDARIES),
    st.sampled_from(("arrow", "mapping", "pandas", "polars", "polars-lazy")),
)
def test_every_input_library_and_user_subclasses_agree(seed: int, on: date, library: str) -> None:
    tables = _as_library(generate_tables(40, seed=seed, arrow=True), library)
    population = Population.from_tables(tables.pop("persons"), **tables)
    assert_agrees(population.persons(), population, on, None, RULES + USER_RULES)
    result = screen(USER_RULES, population, on)
    assert set(result.fell_back) == {"everyone_long_term", "own_answer"}
