"""Benchmark of comparing two versions of a rule set against screening one, on the same
synthetic caseload.

The rule set: national long-term unemployment, the social-assistance income criterion and the
seed-002 target group (registered + receiving assistance + living in the revitalisation area).
The comparison is the one of the docs page "What changes if the law changes": the same rules on
the facts of 2025-06-01 under the law of 2025-05-31 (UPZ) and of 2025-06-01 (URP). It is timed
as an analyst uses it: ``compare`` and then every pair's transition table and the mask of the
persons who change. Its ratio to one ``screen`` of the baseline, and to the two screens of the
baseline and the variant taken apart, are printed with the minimum, median and maximum of the
repeats: the first should stay near 2 (the variant's law may cost more to apply than the
baseline's), the second near 1 (two screenings and a count).

Run from the repository root:

    python bench/compare.py                          # 1 000 000 people, 5 repeats
    python bench/compare.py --people 100000 --repeat 3

Nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from integra.bulk import compare, generate, screen
from integra.bulk.generate import EXAMPLE_AREA
from integra.rules import INCOME_WITHIN_CRITERION, LONG_TERM_UNEMPLOYED, pai_target_group_in_area

RULES = (LONG_TERM_UNEMPLOYED, INCOME_WITHIN_CRITERION, pai_target_group_in_area(EXAMPLE_AREA))
ON = date(2025, 6, 1)
BEFORE = date(2025, 5, 31)


def timed(run: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    population = generate(args.people, seed=1)
    print(f"generate({args.people:_}): {time.perf_counter() - start:.2f} s")

    def one() -> None:
        screen(RULES, population, ON, BEFORE)

    def other() -> None:
        screen(RULES, population, ON, ON)

    def both() -> None:
        c = compare(RULES, RULES, population, ON, baseline_law_on=BEFORE, variant_law_on=ON)
        for name, _ in c.pairs:
            c.transitions(name)
        c.changed()

    one()  # warm up: the population's shared derived columns are computed once
    screens, variants, comparisons = [], [], []
    for _ in range(args.repeat):  # interleaved, so that a busy moment hits all alike
        screens += timed(one, 1)
        variants += timed(other, 1)
        comparisons += timed(both, 1)
    ratios = [c / s for c, s in zip(comparisons, screens, strict=True)]
    sides = [c / (s + v) for c, s, v in zip(comparisons, screens, variants, strict=True)]

    def line(label: str, values: list[float], unit: str) -> str:
        return (
            f"{label:<22} min {min(values):7.3f}{unit}  median {statistics.median(values):7.3f}"
            f"{unit}  max {max(values):7.3f}{unit}"
        )

    print(line("screen (baseline)", screens, " s"))
    print(line("screen (variant)", variants, " s"))
    print(line("compare + tables", comparisons, " s"))
    print(line("ratio to one screen", ratios, "  "))
    print(line("ratio to both screens", sides, "  "))
    c = compare(RULES, RULES, population, ON, baseline_law_on=BEFORE, variant_law_on=ON)
    for name, _ in c.pairs:
        t = c.transitions(name)
        print(f"{name}: {t.changed:_} of {t.total:_} change")


if __name__ == "__main__":
    main()
