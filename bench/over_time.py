"""Benchmark of eligibility over time in columns, next to one ``screen`` of the same rules on the
same people in the same run: a caseworker's planning list — who becomes long-term unemployed
(national definition), and who leaves the working-age group, within the next N days — and the
spans of both verdicts over those N days for everyone.

Run from the repository root:

    python bench/over_time.py                            # 1 000 000 people, 90 days, 3 repeats
    python bench/over_time.py --people 100000 --days 30 --repeat 5

The repeats are interleaved (a screening, then each task), so that a busy moment on a shared
machine hits them alike. Each line gives the minimum, median and maximum over the repeats, in
seconds, and then the same for the ratio of each repeat's time to that repeat's screening.
Nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from integra.bulk import generate, next_change, over_time, screen
from integra.rules import LONG_TERM_UNEMPLOYED, WORKING_AGE, Outcome

ON = date(2024, 6, 1)
RULES = (LONG_TERM_UNEMPLOYED, WORKING_AGE)


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    began = time.perf_counter()
    result = run()
    return time.perf_counter() - began, result


def spread(values: list[float]) -> str:
    return (
        f"min {min(values):7.3f}  median {statistics.median(values):7.3f}  max {max(values):7.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    began = time.perf_counter()
    population = generate(args.people)
    print(f"generate({args.people:_}): {time.perf_counter() - began:.2f} s")
    end = ON + timedelta(days=args.days)
    tasks: dict[str, Callable[[], Any]] = {
        f"becomes long-term unemployed within {args.days} d": lambda: next_change(
            LONG_TERM_UNEMPLOYED, population, ON, within_days=args.days
        ),
        f"leaves working age within {args.days} d": lambda: next_change(
            WORKING_AGE, population, ON, within_days=args.days
        ),
        f"spans of both rules over {args.days} d": lambda: over_time(RULES, population, ON, end),
    }
    screen(RULES, population, ON)  # warm up: the shared derived columns are computed once
    screens: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in tasks}
    results: dict[str, Any] = {}
    for _ in range(args.repeat):
        screens.append(timed(lambda: screen(RULES, population, ON))[0])
        for name, task in tasks.items():
            seconds, results[name] = timed(task)
            times[name].append(seconds)
    width = max(len(name) for name in tasks)
    print(f"{'screen (2 rules, one day)':<{width}}  {spread(screens)} s")
    for name, values in times.items():
        ratios = [t / s for t, s in zip(values, screens, strict=True)]
        print(f"{name:<{width}}  {spread(values)} s")
        print(f"{'  ratio to one screen':<{width}}  {spread(ratios)}")
    ltu, age, spans = results.values()
    print(
        f"planning list: {len(ltu.becoming(Outcome.ELIGIBLE)):_} become long-term unemployed, "
        f"{len(age.leaving(Outcome.ELIGIBLE)):_} leave working age; "
        f"{len(spans.person):_} spans"
    )


if __name__ == "__main__":
    main()
