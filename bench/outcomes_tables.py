"""Benchmark of a cohort read from tables: 100 000 participants given as pyarrow tables (the
participants, support, employment and results tables, as a Parquet file holds them) read into a
cohort, and the cohort to the 14 indicators with their breakdowns.

The cohort is the synthetic, seeded one of ``bench/outcomes.py`` (about 2.4 support rows, 0.4
employment rows and 1 result row per participant), written with ``tables_from_cohort``. Two
stages are timed on their own, each from scratch on every repeat:

* tables -> cohort: ``cohort_from_tables`` (reading the columns through Arrow, then one
  constructor call per record, with every check the constructors make);
* cohort -> indicators: the 14 indicators of ``bench/outcomes.py`` with their 56 breakdowns.

Run from the repository root:

    python bench/outcomes_tables.py                  # 100 000 participants, 5 repeats
    python bench/outcomes_tables.py --participants 20000 --repeat 3

The figures are wall-clock and CPU seconds on this machine, with min / median / max over the
repeats and participants per second at the median. Nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from outcomes import all_indicators, generate

from integra.outcomes import Cohort, cohort_from_tables, tables_from_cohort


def timed(run: Callable[[], Any], repeat: int) -> tuple[list[float], list[float], Any]:
    wall: list[float] = []
    cpu: list[float] = []
    result = None
    for _ in range(repeat):
        started, processor = time.perf_counter(), time.process_time()
        result = run()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - processor)
    return wall, cpu, result


def line(name: str, times: list[float], people: int) -> str:
    median = statistics.median(times)
    return (
        f"{name}: min {min(times):.3f} s, median {median:.3f} s, max {max(times):.3f} s, "
        f"{people / median:,.0f} participants/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    cohort = Cohort(generate(args.participants))
    tables = tables_from_cohort(cohort)
    rows = ", ".join(f"{name} {table.num_rows}" for name, table in tables.items())
    print(f"generated and written in {time.perf_counter() - started:.2f} s: {rows} rows")

    def read() -> Cohort:
        return cohort_from_tables(
            tables["participants"],
            support=tables["support"],
            employment=tables["employment"],
            results=tables["results"],
        ).cohort

    read_wall, read_cpu, built = timed(read, args.repeat)
    assert built == cohort, "the tables read back to a different cohort"
    # A fresh cohort each time: nothing cached from the last round.
    count_wall, count_cpu, breakdowns = timed(
        lambda: all_indicators(Cohort(built.participants)), args.repeat
    )
    n = len(cohort)
    print(f"{n} participants, all 14 indicators with {breakdowns} breakdowns")
    print(line("  tables -> cohort, wall", read_wall, n))
    print(line("  tables -> cohort, CPU", read_cpu, n))
    print(line("  cohort -> indicators, wall", count_wall, n))
    print(line("  cohort -> indicators, CPU", count_cpu, n))
    both = [a + b for a, b in zip(read_wall, count_wall, strict=True)]
    print(line("  tables -> indicators, wall", both, n))


if __name__ == "__main__":
    main()
