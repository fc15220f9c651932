"""Benchmark of a caseworker's planning list in columns: who becomes long-term unemployed
(national definition), and who leaves the working-age group, within the next N days, for a
synthetic caseload, next to one ``screen`` of the same rules on the same people in the same
run.

Run from the repository root:

    python bench/over_time.py                            # 1 000 000 people, 90 days, 3 repeats
    python bench/over_time.py --people 100000 --days 30 --repeat 5

Figures are min / median / max over the repeats (seconds) and the ratio of the medians to one
screening. Nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from integra.bulk import generate, next_change, screen
from integra.rules import LONG_TERM_UNEMPLOYED, WORKING_AGE, Outcome

ON = date(2024, 6, 1)


def timed(run: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    times = []
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - began)
    return times, result


def line(name: str, times: list[float], base: float | None = None) -> str:
    median = statistics.median(times)
    ratio = "" if base is None else f"  x{median / base:.1f} of one screening"
    return f"{name:<44} min {min(times):7.3f}  median {median:7.3f}  max {max(times):7.3f}{ratio}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    began = time.perf_counter()
    population = generate(args.people)
    print(f"generate({args.people}): {time.perf_counter() - began:.2f} s")
    rules = [LONG_TERM_UNEMPLOYED, WORKING_AGE]
    base_times, _ = timed(lambda: screen(rules, population, ON), args.repeat)
    base = statistics.median(base_times)
    print(line("screen (2 rules, one day)", base_times))
    ltu_times, ltu = timed(
        lambda: next_change(LONG_TERM_UNEMPLOYED, population, ON, within_days=args.days),
        args.repeat,
    )
    print(line(f"becomes long-term unemployed within {args.days} d", ltu_times, base))
    age_times, age = timed(
        lambda: next_change(WORKING_AGE, population, ON, within_days=args.days), args.repeat
    )
    print(line(f"leaves working age within {args.days} d", age_times, base))
    print(
        f"planning list: {len(ltu.becoming(Outcome.ELIGIBLE))} become long-term unemployed, "
        f"{len(age.leaving(Outcome.ELIGIBLE))} leave working age"
    )


if __name__ == "__main__":
    main()
