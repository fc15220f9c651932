"""Benchmark of the reference screening: six explained verdicts per person, next to a plain
hand-written function computing the same six answers in the same run (the floor).

The six rules: national long-term unemployment, EU 2014-2020 long-term unemployment, the
social-assistance income criterion, at risk of poverty or social exclusion (2014-2020 list),
statutory PAI eligibility (on 2019-06-01: registered + assistance profile III + receiving assistance) and the seed-002 target
group (registered + receiving assistance + living in the revitalisation area).

Run from the repository root:

    python bench/run.py             # 100 000 people
    python bench/run.py --people 20000 --repeat 3

Every figure is reported with its ratio to the floor measured in the same run; nothing here is a
pass/fail threshold.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from population import AREA, generate

from integra import AssistanceProfile, Person, SocialSituation
from integra.periods import DateRange, RangeSet, add_months, add_years
from integra.rules import (
    AT_RISK_2014_2020,
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    PAI_ELIGIBILITY,
    Context,
    Outcome,
    pai_target_group_in_area,
    screen,
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
    ltu = p.countable_registration.days_within(window) > 360
    age = p.age_on(on)
    spells = p.registered
    lfs = [s.period for s in p.situations if s.situation is _S.UNEMPLOYED_NOT_REGISTERED]
    if lfs:
        spells = RangeSet(spells.ranges + tuple(lfs))
    spell = spells.range_containing(on)
    ltu_eu = spell is not None and on >= add_months(spell.start, 6 if age < 25 else 12)
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


def engine(p: Person, on: date = ON) -> tuple[object, ...]:
    """The six verdicts, with their full reasons, for one person."""
    ctx = Context(p, on)
    return tuple([rule.evaluate_in(ctx) for rule in RULES])


# --- measurements --------------------------------------------------------------------------------


def per_call_us(fn: Callable[[], object], repeat: int) -> float:
    timer = timeit.Timer(fn)
    loops, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=loops)) / loops * 1e6


def throughput(
    fn: Callable[[Sequence[Person]], None], people: Sequence[Person], repeat: int
) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn(people)
        best = min(best, time.perf_counter() - start)
    return len(people) / best


def peak_kib(fn: Callable[[Sequence[Person]], None], people: Sequence[Person]) -> float:
    gc.collect()
    tracemalloc.start()
    fn(people)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def bulk_engine(people: Sequence[Person]) -> None:
    for _ in screen(people, RULES, ON):
        pass


def bulk_floor(people: Sequence[Person]) -> None:
    for p in people:
        floor(p)


def import_ms(statement: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args(argv)

    people = generate(args.people, seed=args.seed)

    mismatches = 0
    for p in people:
        verdicts = engine(p)
        expected = floor(p)
        if tuple(v.outcome for v in verdicts) != tuple(_AS_OUTCOME[x] for x in expected):  # type: ignore[attr-defined]
            mismatches += 1
    counts = [0] * len(RULES)
    for p in people:
        for i, answer in enumerate(floor(p)):
            counts[i] += answer is True

    rich = max(
        people[:1000],
        key=lambda p: len(p.registrations) + len(p.benefit_awards) + len(p.situations),
    )
    one_engine = per_call_us(lambda: engine(rich), args.repeat)
    one_floor = per_call_us(lambda: floor(rich), args.repeat)
    explain_us = per_call_us(lambda: [v.explain() for v in engine(rich)], args.repeat)  # type: ignore[attr-defined]

    bulk_e = throughput(bulk_engine, people, args.repeat)
    bulk_f = throughput(bulk_floor, people, args.repeat)
    mem_e = peak_kib(bulk_engine, people)
    mem_f = peak_kib(bulk_floor, people)

    python_ms = import_ms("pass", args.repeat)
    # What `import integra` loads besides itself: attrs (cattrs and python-stdnum are imported
    # lazily, on first conversion and first PESEL check).
    deps_ms = import_ms("import attrs", args.repeat)
    integra_ms = import_ms("import integra", args.repeat)
    rules_ms = import_ms("import integra.rules", args.repeat)

    print(f"population: {len(people)} people, seed {args.seed}, evaluated on {ON}")
    print(
        f"engine and floor agree on all six answers for {len(people) - mismatches} of {len(people)} people"
    )
    print(
        "eligible counts: " + ", ".join(f"{r.name}={c}" for r, c in zip(RULES, counts, strict=True))
    )
    print()
    print("| measure | integra | floor | ratio |")
    print("|---|---|---|---|")
    print(
        f"| one person, six verdicts (µs) | {one_engine:.2f} | {one_floor:.2f} | {one_engine / one_floor:.2f}× |"
    )
    print(
        f"| bulk screening (people/s) | {bulk_e:,.0f} | {bulk_f:,.0f} | {bulk_f / bulk_e:.2f}× slower |"
    )
    print(
        f"| peak traced memory while screening (KiB) | {mem_e:,.0f} | {mem_f:,.0f} | {mem_e / mem_f:.2f}× |"
    )
    print(f"| one person, six verdicts + explain() text (µs) | {explain_us:.2f} | n/a | |")
    print(
        f"| `import integra` (ms, process wall time) | {integra_ms:.1f} | "
        f"{deps_ms:.1f} (`import attrs`) | +{integra_ms - deps_ms:.1f} ms over attrs |"
    )
    print(
        f"| `import integra.rules` (ms, process wall time) | {rules_ms:.1f} | "
        f"{python_ms:.1f} (bare interpreter) | +{rules_ms - python_ms:.1f} ms |"
    )
    if mismatches:
        raise SystemExit(f"{mismatches} people got different answers from the engine and the floor")


if __name__ == "__main__":
    main()
