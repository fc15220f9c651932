"""Benchmark of the income test on incomes counted from items against the same test on incomes
declared as sums.

A synthetic caseload of persons, each with one household statement; a share of them
(30 % by default) have an application date and 3 to 6 income items (wages with tax and
contributions, pensions, purposive allowances left out, farms by the hectare), the others an
income declared as a sum. Both are timed from the tables to the screening with
``INCOME_WITHIN_CRITERION``: building the population (which counts the income of every
statement in columns) and screening it. The minimum, median and maximum of the repeats are
printed, and the ratio of the medians.

Run from the repository root:

    python bench/income.py                          # 1 000 000 people, 30 % with items, 3 repeats
    python bench/income.py --people 100000 --repeat 5 --share 0.5

Nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np

from integra.bulk import Population, screen
from integra.rules import INCOME_WITHIN_CRITERION

_NONE: Any = None
ON = date(2025, 3, 10)
SOURCES = np.array(["employment", "pension", "purposive_allowance", "farm", "other"], dtype=object)


def tables(people: int, share: float, seed: int = 1) -> tuple[dict[str, Any], dict[str, Any]]:
    """The tables of the caseload: the declared one (every income a sum) and the one in which
    ``share`` of the persons have items."""
    rng = np.random.default_rng(seed)
    ids = np.arange(people, dtype=np.int64)
    persons = {
        "person_id": ids,
        "birth_date": np.full(people, np.datetime64("1980-01-01"), dtype="datetime64[D]"),
        "sex": np.where(rng.random(people) < 0.5, "F", "M").astype(object),
    }
    members = rng.integers(1, 6, people)
    income = rng.integers(0, 600_000, people)
    declared = {"person_id": ids, "members": members, "income_grosz": income}
    with_items = rng.random(people) < share
    owners = np.flatnonzero(with_items)
    counts = rng.integers(3, 7, len(owners))
    item_owner = np.repeat(owners, counts)
    n = len(item_owner)
    source = SOURCES[rng.integers(0, len(SOURCES), n)]
    farm = source == "farm"
    gross = np.where(farm, 0, rng.integers(0, 500_000, n))
    tax = np.where(farm | (source == "purposive_allowance"), 0, gross // 20)
    items = {
        "person_id": item_owner,
        "statement_id": item_owner,
        "source": source,
        "month": np.full(n, np.datetime64("2025-02-01"), dtype="datetime64[D]"),
        "gross_grosz": gross,
        "tax_grosz": tax,
        "social_grosz": np.where(farm, 10_000, gross // 10),
        "health_grosz": np.where(farm, 0, gross // 12),
        "hectares": np.where(farm, rng.integers(1, 100_000, n), _NONE).astype(object),
    }
    application = np.where(with_items, np.datetime64("2025-03-10"), np.datetime64("NaT")).astype(
        "datetime64[D]"
    )
    counted = {
        "person_id": ids,
        "members": members,
        "income_grosz": np.where(with_items, _NONE, income).astype(object),
        "statement_id": np.where(with_items, ids, _NONE).astype(object),
        "application_date": application,
    }
    base = {"persons": persons, "households": declared}
    return base, {"persons": persons, "households": counted, "income_items": items}


def run(given: dict[str, Any]) -> Any:
    """From the tables to the screening."""
    persons = given["persons"]
    rest = {k: v for k, v in given.items() if k != "persons"}
    return screen([INCOME_WITHIN_CRITERION], Population.from_tables(persons, **rest), ON)


def timed(task: Callable[[], Any], repeat: int) -> list[float]:
    """The seconds of each of ``repeat`` runs of ``task``."""
    out = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        task()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    """Time both screenings and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--share", type=float, default=0.3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    declared, counted = tables(args.people, args.share)
    items = len(counted["income_items"]["person_id"])
    print(f"{args.people} people, {items} income items ({args.share:.0%} with items)")
    results = {}
    for name, given in (("declared", declared), ("items", counted)):
        seconds = timed(functools.partial(run, given), args.repeat)
        results[name] = seconds
        low, mid, high = min(seconds), statistics.median(seconds), max(seconds)
        print(f"{name:>9}: min {low:.3f} s, median {mid:.3f} s, max {high:.3f} s")
    ratio = statistics.median(results["items"]) / statistics.median(results["declared"])
    print(f"ratio of the medians (items / declared): {ratio:.2f}")


if __name__ == "__main__":
    main()
