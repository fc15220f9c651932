"""Benchmark of the reference screening — six explained verdicts per person — by three routes in
one run, on the same synthetic caseload and date:

* the **scalar path**: the six rules as one ``RuleSet``, person by person (for the single case
  also each ``Rule.evaluate_in`` in turn), next to a plain hand-written function computing the
  same six answers (the *floor*);
* the **columnar path**: ``integra.bulk.screen`` over the whole population, from the raw spans;
* **OpenFisca** (``openfisca-core``, extra ``bench``): the six answers as OpenFisca variables,
  given per-person facts derived from the same spans (OpenFisca has no notion of a history of
  spans; see ``openfisca_side`` for what it is given and what it skips).

The six rules: national long-term unemployment, EU 2014-2020 long-term unemployment, the
social-assistance income criterion, at risk of poverty or social exclusion (2014-2020 list),
statutory PAI eligibility (on 2019-06-01: registered + assistance profile III + receiving
assistance) and the seed-002 target group (registered + receiving assistance + living in the
revitalisation area).

Run from the repository root (``pip install -e '.[bench]'`` for OpenFisca):

    python bench/run.py                                 # 1 000 000 people, 5 repeats
    python bench/run.py --people 100000 --repeat 3
    python bench/run.py --people 1000 --repeat 7 --single   # the single case only

Every person's six answers are checked to agree between the columnar path, the scalar path and
the floor (and OpenFisca, where its answer is decided). Figures are printed with their ratios;
nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np

from integra import AssistanceProfile, Person, SocialSituation
from integra.bulk import Frame, Population, generate, screen
from integra.bulk.generate import EXAMPLE_AREA as AREA
from integra.periods import DateRange, RangeSet, add_years, months_period
from integra.rules import (
    AT_RISK_2014_2020,
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    PAI_ELIGIBILITY,
    Context,
    Outcome,
    RuleSet,
    pai_target_group_in_area,
)

ON = date(2019, 6, 1)
RULES = (
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    INCOME_WITHIN_CRITERION,
    AT_RISK_2014_2020,
    PAI_ELIGIBILITY,
    pai_target_group_in_area(AREA),
)

# --- the floor: the same six answers, hand-written for 2019-06-01 --------------------------------

_ONE = timedelta(days=1)
_S = SocialSituation
_REASONS = {
    _S.POVERTY, _S.ORPHANHOOD, _S.HOMELESS_IN_PROGRAMME, _S.HOMELESS_OR_HOUSING_EXCLUDED,
    _S.UNEMPLOYED_NOT_REGISTERED, _S.LONG_TERM_ILLNESS, _S.DOMESTIC_VIOLENCE, _S.TRAFFICKING_VICTIM,
    _S.MATERNITY_OR_LARGE_FAMILY, _S.HELPLESSNESS_IN_CARE, _S.FOREIGNER_INTEGRATION, _S.REFUGEE_IN_PROGRAMME,
    _S.RELEASED_FROM_PRISON, _S.ALCOHOL_DEPENDENT, _S.DRUG_DEPENDENT, _S.RANDOM_EVENT_OR_CRISIS, _S.DISASTER,
}  # fmt: skip
_AT_RISK_SITUATIONS = {
    _S.FOSTER_CARE, _S.FOOD_AID, _S.SERVING_SENTENCE, _S.HOMELESS_OR_HOUSING_EXCLUDED,
    _S.DEPENDENT_PERSON, _S.YOUTH_CENTRE_RESIDENT, _S.JUVENILE_UNDER_MEASURES,
    _S.HOMELESS_IN_PROGRAMME, _S.MENTAL_DISORDER, _S.RELEASED_FROM_PRISON, _S.REFUGEE_IN_PROGRAMME,
}  # fmt: skip


def floor(p: Person, on: date = ON) -> tuple[bool | None, ...]:
    """The six answers without the engine: True, False or None (unknown)."""
    window = DateRange(add_years(on, -2) + _ONE, on)
    # A registered unemployed person (UPZ art. 2 ust. 1 pkt 2) with more than 360 days (pkt 5).
    ltu = on in p.registered and p.countable_registration.days_within(window) > 360
    age = p.age_on(on)
    spells = p.registered
    lfs = [s.period for s in p.situations if s.situation is _S.UNEMPLOYED_NOT_REGISTERED]
    if lfs:
        spells = RangeSet(spells.ranges + tuple(lfs))
    spell = spells.range_containing(on)
    ltu_eu = spell is not None and on > months_period(spell.start, 6 if age < 25 else 12).last
    household = p.household_on(on)
    if household is None:
        income: bool | None = None
    elif household.members == 1:
        income = household.monthly_net_income <= 701
    else:
        income = household.monthly_net_income <= 528 * household.members
    registered = on in p.registered
    receives = any(on in a.period for a in p.benefit_awards)
    situations = {s.situation for s in p.situations if on in s.period}
    disabled = any(on in c.valid for c in p.certificates)
    treated = _S.ADDICTION_THERAPY_COMPLETED in situations
    at_risk = (
        receives
        or bool(situations & _REASONS)
        or registered
        or disabled
        or bool(situations & _AT_RISK_SITUATIONS)
        or (treated and bool(situations & {_S.ALCOHOL_DEPENDENT, _S.DRUG_DEPENDENT}))
        or ltu
        or p.profile_on(on) is AssistanceProfile.III
    )
    pai = registered and receives and p.profile_on(on) is AssistanceProfile.III  # before 2019-06-14
    residence = p.residence_on(on)
    if not (registered and receives):
        seed: bool | None = False
    elif residence is None:
        seed = None
    else:
        seed = on in AREA.valid and AREA.sub_area_of(residence.address) is not None
    return ltu, ltu_eu, income, at_risk, pai, seed


_AS_OUTCOME = {
    True: Outcome.ELIGIBLE,
    False: Outcome.NOT_ELIGIBLE,
    None: Outcome.UNKNOWN,
}


SIX = RuleSet(RULES)


def engine(p: Person, on: date = ON) -> tuple[Any, ...]:
    """The six verdicts, with their full reasons, for one person: the rules evaluated together
    (compiled once they have been asked for a hundred times, as they are here long before any
    timing)."""
    return SIX.evaluate_in(Context(p, on))


def engine_in_turn(p: Person, on: date = ON) -> tuple[Any, ...]:
    """The same six verdicts, each rule evaluated in turn (``Rule.evaluate_in``)."""
    ctx = Context(p, on)
    return tuple([rule.evaluate_in(ctx) for rule in RULES])


_CODES = {Outcome.NOT_ELIGIBLE: 0, Outcome.UNKNOWN: 1, Outcome.ELIGIBLE: 2}
_FLOOR_CODES = {False: 0, None: 1, True: 2}


# --- OpenFisca -----------------------------------------------------------------------------------


def openfisca_side() -> Any:
    """The six answers as an OpenFisca tax-benefit system, or ``None`` without openfisca-core.

    OpenFisca is given, per person, facts that integra's frame derives from the spans: countable
    registered days in the window, the start of the continuous unemployment spell, age, sex,
    whether a registration, an award, a certificate, profile III, an art. 7 reason, an at-risk
    situation, a UZS group situation cover the date, the household statement (present, members,
    income) and whether the residence lies in the area. It skips the span arithmetic, the
    three-valued answer (an unknown counts as ``False``), the law's dates (the amounts and the
    PAI version of 2019-06-01 are written into the formulas) and the explanations.
    """
    try:
        from openfisca_core import periods
        from openfisca_core.entities import build_entity
        from openfisca_core.simulation_builder import SimulationBuilder
        from openfisca_core.taxbenefitsystems import TaxBenefitSystem
        from openfisca_core.variables import Variable
    except ImportError:
        return None

    person = build_entity(key="person", plural="persons", label="person", is_person=True)
    system = TaxBenefitSystem([person])
    day = periods.DateUnit.DAY

    def variable(name: str, kind: type, formula: Callable[..., Any] | None = None) -> type:
        body: dict[str, Any] = {
            "value_type": kind,
            "entity": person,
            "definition_period": day,
            "label": name,
        }
        if formula is not None:
            body["formula"] = formula
        return type(name, (Variable,), body)

    inputs = {
        "countable_days": int, "age": int, "spell_start_day": int, "registered": bool,
        "receives": bool, "disabled": bool, "profile_iii": bool, "reason_situation": bool,
        "at_risk_situation": bool, "uzs_situation": bool, "household_known": bool,
        "members": int, "income": float, "in_area": bool,
    }  # fmt: skip
    for name, kind in inputs.items():
        system.add_variable(variable(name, kind))

    def ltu(p: Any, period: Any, parameters: Any) -> Any:
        return (p("countable_days", period) > 360) * p("registered", period)

    def ltu_eu(p: Any, period: Any, parameters: Any) -> Any:
        on = date(period.start.year, period.start.month, period.start.day)
        young = _day_number(_latest_start(on, 6))
        old = _day_number(_latest_start(on, 12))
        start = p("spell_start_day", period)
        return np.where(p("age", period) < 25, start <= young, start <= old)

    def income(p: Any, period: Any, parameters: Any) -> Any:
        members = p("members", period)
        limit = np.where(members == 1, 701.0, 528.0 * members)
        return p("household_known", period) * (p("income", period) <= limit)

    def at_risk(p: Any, period: Any, parameters: Any) -> Any:
        return (
            p("receives", period) + p("reason_situation", period) + p("registered", period)
            + p("disabled", period) + p("at_risk_situation", period) + p("uzs_situation", period)
            + p("ltu", period) + p("profile_iii", period)
        ) > 0  # fmt: skip

    def pai(p: Any, period: Any, parameters: Any) -> Any:
        return p("registered", period) * p("receives", period) * p("profile_iii", period)

    def seed(p: Any, period: Any, parameters: Any) -> Any:
        return p("registered", period) * p("receives", period) * p("in_area", period)

    outputs = {"ltu": ltu, "ltu_eu": ltu_eu, "income_ok": income, "at_risk": at_risk,
               "pai": pai, "seed": seed}  # fmt: skip
    for name, formula in outputs.items():
        system.add_variable(variable(name, bool, formula))

    def run(facts: dict[str, Any], on: date) -> list[Any]:
        builder = SimulationBuilder()
        builder.create_entities(system)
        builder.declare_person_entity("person", np.arange(len(facts["age"])))
        simulation = builder.build(system)
        for name, values in facts.items():
            simulation.set_input(name, on.isoformat(), values)
        return [simulation.calculate(name, on.isoformat()) for name in outputs]

    return run


def _day_number(day: date) -> int:
    return day.toordinal() - 719163


def _latest_start(on: date, months: int) -> date:
    day = on
    while months_period(day, months).last >= on:
        day -= _ONE
    return day


def derive_facts(population: Population, on: date) -> dict[str, Any]:
    """What OpenFisca is given: per-person facts derived from the spans by integra's frame."""
    from integra.rules.assistance import _SITUATION_REASON

    frame = Frame(population, on)
    s = SocialSituation
    first = frame.day_of(add_years(on, -2) + _ONE)
    has, members, income = frame.household()
    lfs = frame.rows_with("situations", "situation", (s.UNEMPLOYED_NOT_REGISTERED,))
    inside = np.array([AREA.sub_area_of(a) is not None for a in population.addresses] + [False])
    profile = frame.first_covering("profiles", "profile")
    treated = frame.covered_with("situations", "situation", (s.ADDICTION_THERAPY_COMPLETED,))
    dependent = frame.covered_with(
        "situations", "situation", (s.ALCOHOL_DEPENDENT, s.DRUG_DEPENDENT)
    )
    return {
        "countable_days": frame.days_in("registrations", first, frame.day, less="exclusions"),
        "age": frame.age.astype(np.int64),
        "spell_start_day": frame.spell_start("registrations", lfs),
        "registered": frame.covered("registrations"),
        "receives": frame.covered("benefit_awards"),
        "disabled": frame.covered("certificates"),
        "profile_iii": profile == list(AssistanceProfile).index(AssistanceProfile.III),
        "reason_situation": frame.covered_with("situations", "situation", _SITUATION_REASON),
        "at_risk_situation": frame.covered_with("situations", "situation", _AT_RISK_SITUATIONS),
        "uzs_situation": frame.covered_with(
            "situations", "situation",
            (s.HOMELESS_IN_PROGRAMME, s.MENTAL_DISORDER, s.RELEASED_FROM_PRISON, s.REFUGEE_IN_PROGRAMME),
        ) | (treated & dependent),
        "household_known": has,
        "members": members,
        "income": income / 100.0,
        "in_area": inside[frame.address()],
    }  # fmt: skip


# --- measurements --------------------------------------------------------------------------------


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of ``repeat`` calls, each after a garbage collection."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def spread(times: list[float], count: int) -> str:
    """People per second: min / median / max over the repeats."""
    rates = sorted(count / t for t in times)
    return f"{rates[0]:,.0f} / {statistics.median(rates):,.0f} / {rates[-1]:,.0f}"


def per_call_us(fn: Callable[[], object], repeat: int) -> list[float]:
    timer = timeit.Timer(fn)
    loops, _ = timer.autorange()
    return [t / loops * 1e6 for t in timer.repeat(repeat=repeat, number=loops)]


def us(values: list[float]) -> str:
    values = sorted(values)
    return f"{values[0]:.1f} / {statistics.median(values):.1f} / {values[-1]:.1f}"


def scalar_screen(people: Sequence[Person]) -> None:
    for p in people:
        SIX.evaluate_in(Context(p, ON))


def floor_screen(people: Sequence[Person]) -> None:
    for p in people:
        floor(p)


def peak_bytes(fn: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def import_ms(statement: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument(
        "--scalar-people",
        type=int,
        default=100_000,
        help="people timed on the scalar path (all are checked for agreement)",
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument(
        "--single",
        action="store_true",
        help="only the single case: six verdicts for one typical and one rich person, and the floor",
    )
    args = parser.parse_args(argv)
    n, repeat = args.people, args.repeat

    start = time.perf_counter()
    population = generate(n, seed=args.seed)
    generate_s = time.perf_counter() - start
    start = time.perf_counter()
    people = population.persons()
    persons_s = time.perf_counter() - start
    print(f"population: {n:,} people, seed {args.seed}, evaluated on {ON}")
    print(f"generated in {generate_s:.1f} s; rebuilt as Person values in {persons_s:.1f} s")

    # Agreement, for every person: columnar vs scalar vs floor.
    result = screen(RULES, population, ON)
    columns = np.stack([result.codes[r.name] for r in RULES], axis=1)
    scalar = np.array([[_CODES[v.outcome] for v in engine(p)] for p in people], dtype=np.int8)
    in_turn = np.array(
        [[_CODES[v.outcome] for v in engine_in_turn(p)] for p in people], dtype=np.int8
    )
    floors = np.array([[_FLOOR_CODES[x] for x in floor(p)] for p in people], dtype=np.int8)
    columnar_mismatch = int(np.any(columns != scalar, axis=1).sum())
    in_turn_mismatch = int(np.any(in_turn != scalar, axis=1).sum())
    floor_mismatch = int(np.any(floors != scalar, axis=1).sum())
    print(
        f"columnar and scalar paths agree on all six answers for {n - columnar_mismatch:,} of {n:,} people"
    )
    print(f"floor and scalar path agree for {n - floor_mismatch:,} of {n:,} people")
    print(
        f"rule set and rules evaluated in turn agree for {n - in_turn_mismatch:,} of {n:,} people"
    )
    print(f"rules evaluated person by person (no kernel): {list(result.fell_back) or 'none'}")
    print("eligible counts: " + ", ".join(
        f"{r.name}={int((columns[:, i] == 2).sum()):,}" for i, r in enumerate(RULES)))  # fmt: skip

    # One person.
    rich = max(
        people[:1000],
        key=lambda p: len(p.registrations) + len(p.benefit_awards) + len(p.situations),
    )
    typical = people[0]
    one_rich, one_floor = (
        per_call_us(lambda: engine(rich), repeat),
        per_call_us(lambda: floor(rich), repeat),
    )
    one_typical = per_call_us(lambda: engine(typical), repeat)
    explain = per_call_us(lambda: [v.explain() for v in engine(rich)], repeat)
    if args.single:
        one_typical_floor = per_call_us(lambda: floor(typical), repeat)
        rich_in_turn = per_call_us(lambda: engine_in_turn(rich), repeat)
        typical_in_turn = per_call_us(lambda: engine_in_turn(typical), repeat)
        print()
        print(
            f"Figures are min / median / max over {repeat} repeats; ratios compare the best of each."
        )
        print()
        print("| measure | value | ratio |")
        print("|---|---|---|")
        print(
            f"| one typical person, six verdicts (µs) | {us(one_typical)} | {min(one_typical) / min(one_typical_floor):.2f}× the floor |"
        )
        print(
            f"| one typical person, six rules in turn (µs) | {us(typical_in_turn)} | {min(typical_in_turn) / min(one_typical_floor):.2f}× the floor |"
        )
        print(f"| one typical person, floor (µs) | {us(one_typical_floor)} | |")
        print(
            f"| one rich person, six verdicts (µs) | {us(one_rich)} | {min(one_rich) / min(one_floor):.2f}× the floor |"
        )
        print(
            f"| one rich person, six rules in turn (µs) | {us(rich_in_turn)} | {min(rich_in_turn) / min(one_floor):.2f}× the floor |"
        )
        print(f"| one rich person, floor (µs) | {us(one_floor)} | |")
        print(f"| one rich person, six verdicts + explain() (µs) | {us(explain)} | |")
        if columnar_mismatch or floor_mismatch or in_turn_mismatch:
            raise SystemExit("the paths disagree")
        return

    # Bulk: scalar on a subset, columnar on everyone.
    subset = people[: args.scalar_people]
    scalar_t = timed(lambda: scalar_screen(subset), repeat)
    floor_t = timed(lambda: floor_screen(subset), repeat)
    columnar_t = timed(lambda: screen(RULES, population, ON), repeat)
    columnar_mem = peak_bytes(lambda: screen(RULES, population, ON))

    # Linearity and the crossover with the scalar path.
    sizes = [s for s in (10_000, 100_000, 1_000_000) if s <= n]
    linear = {}
    for size in sizes:
        part = population if size == n else generate(size, seed=args.seed)
        screen(RULES, part, ON)
        linear[size] = timed(lambda part=part: screen(RULES, part, ON), repeat)
    small = {}
    for size in (10, 30, 100, 300, 1000):
        part = generate(size, seed=args.seed)
        part_people = part.persons()
        screen(RULES, part, ON)
        small[size] = (
            min(timed(lambda part=part: screen(RULES, part, ON), repeat)),
            min(timed(lambda pp=part_people: scalar_screen(pp), repeat)),
        )

    # OpenFisca.
    run_openfisca = openfisca_side()
    if run_openfisca is not None:
        start = time.perf_counter()
        facts = derive_facts(population, ON)
        derive_s = time.perf_counter() - start
        answers = run_openfisca(facts, ON)
        openfisca_t = timed(lambda: run_openfisca(facts, ON), repeat)
        decided = columns != 1
        of_codes = np.stack([np.where(a, 2, 0) for a in answers], axis=1)
        of_mismatch = int(np.any(decided & (of_codes != columns), axis=1).sum())

    python_ms = import_ms("pass", repeat)
    deps_ms = import_ms("import attrs", repeat)
    integra_ms = import_ms("import integra", repeat)
    bulk_ms = import_ms("import integra.bulk", repeat)

    best_columnar = n / min(columnar_t)
    best_scalar = len(subset) / min(scalar_t)
    print()
    print(f"Figures are min / median / max over {repeat} repeats; ratios compare the best of each.")
    print()
    print("| measure | value | ratio |")
    print("|---|---|---|")
    print(
        f"| columnar path, {n:,} people (people/s) | {spread(columnar_t, n)} | {best_columnar / best_scalar:.0f}× the scalar path |"
    )
    print(f"| scalar path, {len(subset):,} people (people/s) | {spread(scalar_t, len(subset))} | |")
    print(
        f"| floor, {len(subset):,} people (people/s) | {spread(floor_t, len(subset))} | {min(scalar_t) / min(floor_t):.2f}× faster than the scalar path |"
    )
    if run_openfisca is not None:
        best_of = n / min(openfisca_t)
        end_to_end = n / (min(openfisca_t) + derive_s)
        print(
            f"| OpenFisca, {n:,} people, given derived facts (people/s) | {spread(openfisca_t, n)} | columnar {best_columnar / best_of:.2f}× OpenFisca |"
        )
        print(
            f"| OpenFisca with the derivation of its facts ({derive_s:.2f} s) (people/s) | {end_to_end:,.0f} | columnar {best_columnar / end_to_end:.2f}× OpenFisca end to end |"
        )
    print(f"| columnar working memory (bytes/person, traced peak) | {columnar_mem / n:.0f} | |")
    for size, times in linear.items():
        print(f"| columnar, {size:,} people (people/s) | {spread(times, size)} | |")
    for size, (col, sca) in small.items():
        print(
            f"| {size} people: columnar vs scalar (ms) | {col * 1000:.2f} vs {sca * 1000:.2f} | columnar {sca / col:.2f}× faster |"
        )
    print(f"| one typical person, six verdicts (µs) | {us(one_typical)} | |")
    print(
        f"| one rich person, six verdicts (µs) | {us(one_rich)} | {min(one_rich) / min(one_floor):.2f}× the floor |"
    )
    print(f"| one rich person, floor (µs) | {us(one_floor)} | |")
    print(f"| one rich person, six verdicts + explain() (µs) | {us(explain)} | |")
    print(
        f"| `import integra` (ms) | {integra_ms:.1f} | +{integra_ms - deps_ms:.1f} ms over `import attrs` |"
    )
    print(
        f"| `import integra.bulk` (ms) | {bulk_ms:.1f} | +{bulk_ms - python_ms:.1f} ms over a bare interpreter |"
    )
    if run_openfisca is None:
        print()
        print(
            "OpenFisca (openfisca-core) is not installed: pip install -e '.[bench]' to compare with it."
        )
    else:
        print()
        print(
            f"OpenFisca agrees with the columnar path on every decided answer for {n - of_mismatch:,} of {n:,} people"
        )
    if columnar_mismatch or floor_mismatch or in_turn_mismatch:
        raise SystemExit("the paths disagree")


if __name__ == "__main__":
    main()
