"""Benchmark of a caseload's way in and out: tables in, the six reference rules screened, a
DataFrame out — the loop an analyst lives in — on the generated caseload, each stage beside a
floor measured in the same run.

* **loading**: ``Population.from_tables`` from pyarrow tables (dates ``date32``, texts
  dictionary-encoded, as Parquet gives them), against a *floor* that reads the same columns
  into numpy with pyarrow and nothing else (no checks, no coding of enums or addresses, no
  sorting);
* **screening**: ``integra.bulk.screen`` of the six rules of ``bench/run.py``, timed
  alternately with a hand-written numpy floor of the same six answers built from the same
  frame primitives (no rule walk, no three-valued combination beyond what the answers need, no
  missing facts);
* **results out**: ``to_pandas``, ``to_arrow`` and ``to_polars`` of the screening, against a
  floor that puts the six code arrays in a pandas DataFrame;
* **end to end**: tables in, six rules, a pandas DataFrame out, with each stage's share;
* **memory**: the peak resident memory the whole pipeline adds, per person, measured in a
  fresh process (Linux: the peak is reset after the tables are made);
* **linearity**: end to end at 10 000, 100 000 and 1 000 000 people (and 10 000 000 with
  ``--ten-million``);
* **files**: ``--stream N`` writes N generated people to Parquet (in chunks, in one process)
  and screens them with ``screen_to_parquet`` in batches of ``--batch`` persons (a million by
  default) in a fresh process, reporting the time and the peak resident memory of that
  process;
* **one person's data in**: a ``Person`` structured from a JSON-like document and evaluated,
  beside the evaluation alone.

Run from the repository root:

    python bench/data_in.py                      # 1 000 000 people, 5 repeats
    python bench/data_in.py --people 100000 --repeat 3
    python bench/data_in.py --stream 10000000    # 10 million people through Parquet files

Figures are min / median / max over the repeats; ratios compare the best of each. Nothing here
is a pass/fail threshold; the answers of the columnar path and the floor are checked to agree.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import _AT_RISK_SITUATIONS, AREA, ON, RULES, _latest_start

from integra import AssistanceProfile, SocialSituation
from integra.bulk import Frame, Population, screen, screen_to_parquet
from integra.bulk.generate import generate_tables
from integra.periods import add_years
from integra.rules import Context
from integra.rules.assistance import _SITUATION_REASON
from integra.serialization import converter

_S = SocialSituation
_UZS = (
    _S.HOMELESS_IN_PROGRAMME,
    _S.MENTAL_DISORDER,
    _S.RELEASED_FROM_PRISON,
    _S.REFUGEE_IN_PROGRAMME,
)


def tables_of(n: int, seed: int = 2019) -> tuple[Any, dict[str, Any]]:
    tables = generate_tables(n, seed, arrow=True)
    return tables.pop("persons"), tables


# --- floors --------------------------------------------------------------------------------------


def load_floor(persons: Any, tables: dict[str, Any]) -> dict[str, Any]:
    """The same columns into numpy with pyarrow alone: dates as day numbers, dictionary texts as
    their codes, lists flattened."""
    out = {}
    for name, table in (("persons", persons), *tables.items()):
        for column in table.column_names:
            values = table.column(column).combine_chunks()
            if pa.types.is_date32(values.type):
                out[name, column] = values.cast(pa.int32()).fill_null(2**30).to_numpy()
            elif pa.types.is_dictionary(values.type):
                out[name, column] = values.indices.to_numpy(zero_copy_only=False)
            elif pa.types.is_list(values.type):
                out[name, column] = values.flatten().to_numpy(zero_copy_only=False)
            else:
                out[name, column] = values.to_numpy(zero_copy_only=False)
    return out


def screen_floor(population: Population) -> list[Any]:
    """The six answers (0 not eligible, 1 unknown, 2 eligible) on 2019-06-01 in numpy, from the
    frame's primitives."""
    frame = Frame(population, ON)
    first = frame.day_of(add_years(ON, -2) + _ONE_DAY)
    countable = frame.days_in("registrations", first, frame.day, less="exclusions")
    # A registered unemployed person (UPZ art. 2 ust. 1 pkt 2) with more than 360 days (pkt 5).
    ltu = (countable > 360) & frame.covered("registrations")
    lfs = frame.rows_with("situations", "situation", (_S.UNEMPLOYED_NOT_REGISTERED,))
    start = frame.spell_start("registrations", lfs)
    young = frame.day_of(_latest_start(ON, 6))
    old = frame.day_of(_latest_start(ON, 12))
    ltu_eu = np.where(frame.age < 25, start <= young, start <= old)
    has, members, income = frame.household()
    income_ok = np.where(
        has, np.where(income <= np.where(members == 1, 70100, 52800 * members), 2, 0), 1
    )
    registered = frame.covered("registrations")
    receives = frame.covered("benefit_awards")
    profile_iii = frame.first_covering("profiles", "profile") == list(AssistanceProfile).index(
        AssistanceProfile.III
    )
    treated = frame.covered_with("situations", "situation", (_S.ADDICTION_THERAPY_COMPLETED,))
    dependent = frame.covered_with(
        "situations", "situation", (_S.ALCOHOL_DEPENDENT, _S.DRUG_DEPENDENT)
    )
    at_risk = (
        receives
        | frame.covered_with("situations", "situation", _SITUATION_REASON)
        | registered
        | frame.covered("certificates")
        | frame.covered_with("situations", "situation", _AT_RISK_SITUATIONS)
        | frame.covered_with("situations", "situation", _UZS)
        | (treated & dependent)
        | ltu
        | profile_iii
    )
    pai = registered & receives & profile_iii
    inside = population.memo(
        "bench_inside",
        lambda: np.array([AREA.sub_area_of(a) is not None for a in population.addresses] + [False]),
    )
    address = frame.address()
    both = registered & receives
    seed = np.where(both, np.where(address < 0, 1, np.where(inside[address], 2, 0)), 0)
    return [
        np.where(ltu, 2, 0),
        np.where(ltu_eu, 2, 0),
        income_ok,
        np.where(at_risk, 2, 0),
        np.where(pai, 2, 0),
        seed,
    ]


def out_floor(result: Any) -> Any:
    import pandas as pd

    return pd.DataFrame({r.name: result.codes[r.name] for r in RULES}, copy=False)


_ONE_DAY = timedelta(days=1)


# --- measuring ------------------------------------------------------------------------------------


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def alternately(
    a: Callable[[], object], b: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    ta, tb = [], []
    for _ in range(repeat):
        ta += timed(a, 1)
        tb += timed(b, 1)
    return ta, tb


def rates(times: list[float], n: int) -> str:
    values = sorted(n / t for t in times)
    return f"{values[0]:,.0f} / {statistics.median(values):,.0f} / {values[-1]:,.0f}"


def seconds(times: list[float]) -> str:
    values = sorted(times)
    return f"{values[0]:.3f} / {statistics.median(values):.3f} / {values[-1]:.3f}"


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    raise RuntimeError(field)  # pragma: no cover


def memory_child(n: int) -> None:
    """In a fresh process: the peak resident memory the pipeline adds, per person."""
    persons, tables = tables_of(n)
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak to the current size
    before = _rss_kib("VmRSS:")
    population = Population.from_tables(persons, **tables)
    result = screen(RULES, population, ON)
    frame = result.to_pandas()
    peak = _rss_kib("VmHWM:")
    del frame
    print((peak - before) * 1024 / n)


def write_child(n: int, folder: str) -> None:
    """In a fresh process: write ``n`` generated people to Parquet in chunks of a million."""
    import pyarrow.parquet as pq

    chunk = 1_000_000
    writers: dict[str, Any] = {}
    start = time.perf_counter()
    for k, offset in enumerate(range(0, n, chunk)):
        size = min(chunk, n - offset)
        tables = generate_tables(size, seed=k, arrow=True)
        for name, table in tables.items():
            ids = pa.array(table.column("person_id").to_numpy() + offset)
            table = table.set_column(0, "person_id", ids)
            if name not in writers:
                writers[name] = pq.ParquetWriter(f"{folder}/{name}.parquet", table.schema)
            writers[name].write_table(table.cast(writers[name].schema))
    for writer in writers.values():
        writer.close()
    print(f"{time.perf_counter() - start:.1f}")


def stream_child(folder: str, batch: int) -> None:
    """In a fresh process: screen the Parquet files in ``folder`` in batches of ``batch``
    persons into a Parquet file; the peak resident memory is the whole process's."""
    names = sorted(p.stem for p in Path(folder).glob("*.parquet"))
    sources = {name: f"{folder}/{name}.parquet" for name in names}
    start = time.perf_counter()
    summary = screen_to_parquet(
        RULES, sources, ON, f"{folder}/results.parquet", persons_per_batch=batch
    )
    took = time.perf_counter() - start
    peak = _rss_kib("VmHWM:")
    size = sum(Path(p).stat().st_size for p in sources.values())
    print(f"{took:.1f} {peak * 1024} {summary.persons} {summary.batches} {size}")


def person_document_bench(repeat: int) -> tuple[list[float], list[float]]:
    """One person from a document and evaluated, beside the evaluation alone (µs)."""
    from run import SIX

    persons, tables = tables_of(1000)
    population = Population.from_tables(persons, **tables)
    people = population.persons()
    rich = max(people, key=lambda p: len(p.registrations or ()) + len(p.situations or ()))
    document = converter.unstructure(rich)
    from integra import Person

    def build_and_evaluate() -> object:
        return SIX.evaluate_in(Context(converter.structure(document, Person), ON))

    def evaluate() -> object:
        return SIX.evaluate_in(Context(rich, ON))

    for _ in range(200):
        build_and_evaluate()
    import timeit

    both, alone = [], []
    for _ in range(repeat):
        for fn, out in ((build_and_evaluate, both), (evaluate, alone)):
            timer = timeit.Timer(fn)
            loops, _ = timer.autorange()
            out.append(timer.timeit(loops) / loops * 1e6)
    return both, alone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ten-million", action="store_true")
    parser.add_argument("--stream", type=int, default=0)
    parser.add_argument("--batch", type=int, default=1_000_000, help="persons per batch (--stream)")
    parser.add_argument("--memory-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--write-child", nargs=2, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--stream-child", nargs=2, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    if args.write_child:
        write_child(int(args.write_child[0]), args.write_child[1])
        return
    if args.stream_child:
        stream_child(args.stream_child[0], int(args.stream_child[1]))
        return
    if args.stream:
        with tempfile.TemporaryDirectory() as folder:
            written = subprocess.run(
                [sys.executable, __file__, "--write-child", str(args.stream), folder],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            out = subprocess.run(
                [sys.executable, __file__, "--stream-child", folder, str(args.batch)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
        took, peak, persons, batches, size = out
        print(
            f"| {int(persons):,} people from Parquet ({int(size) / 2**20:,.0f} MiB), "
            f"{len(RULES)} rules, {batches} batches of {args.batch:,} | {float(took):.1f} s, "
            f"{int(persons) / float(took):,.0f} people/s | peak RSS {int(peak) / 2**30:.2f} GiB |"
        )
        print(f"(writing the files took {float(written):.1f} s in another process, not counted)")
        return

    n, repeat = args.people, args.repeat
    persons, tables = tables_of(n)
    population = Population.from_tables(persons, **tables)
    result = screen(RULES, population, ON)
    floor_codes = screen_floor(population)
    mismatch = sum(
        int((result.codes[r.name] != f).sum()) for r, f in zip(RULES, floor_codes, strict=True)
    )
    print(
        f"{n:,} generated people on {ON}; columnar path and numpy floor disagree on {mismatch} answers"
    )

    load = timed(lambda: Population.from_tables(persons, **tables), repeat)
    load_f = timed(lambda: load_floor(persons, tables), repeat)
    scr, scr_f = alternately(
        lambda: screen(RULES, population, ON), lambda: screen_floor(population), repeat
    )
    to_pd = timed(result.to_pandas, repeat)
    to_ar = timed(result.to_arrow, repeat)
    to_pl = timed(result.to_polars, repeat)
    out_f = timed(lambda: out_floor(result), repeat)

    def end_to_end() -> list[float]:
        a = time.perf_counter()
        pop = Population.from_tables(persons, **tables)
        b = time.perf_counter()
        res = screen(RULES, pop, ON)
        c = time.perf_counter()
        res.to_pandas()
        d = time.perf_counter()
        return [b - a, c - b, d - c]

    stages = []
    for _ in range(repeat):
        gc.collect()
        stages.append(end_to_end())
    totals = [sum(s) for s in stages]
    best = stages[int(np.argmin(totals))]
    sizes = [10_000, 100_000, 1_000_000] + ([10_000_000] if args.ten_million else [])
    memories = {
        size: float(
            subprocess.run(
                [sys.executable, __file__, "--memory-child", str(size)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for size in sorted({*sizes, n})
    }
    memory = memories[n]
    linear = {}
    for size in sizes:
        if size == n:
            linear[size] = totals
            continue
        p2, t2 = tables_of(size)
        times = []
        for _ in range(max(3, repeat if size < n else 1)):
            gc.collect()
            a = time.perf_counter()
            screen(RULES, Population.from_tables(p2, **t2), ON).to_pandas()
            times.append(time.perf_counter() - a)
        linear[size] = times
        del p2, t2
    both, alone = person_document_bench(repeat)

    print()
    print(f"Figures are min / median / max over {repeat} repeats; ratios compare the best of each.")
    print()
    print("| measure (what the figure includes) | value | ratio |")
    print("|---|---|---|")
    print(
        f"| **end to end**: pyarrow tables → Population → six rules → pandas DataFrame (people/s) | {rates(totals, n)} | stages of the best run: loading {best[0] / sum(best):.0%}, screening {best[1] / sum(best):.0%}, DataFrame out {best[2] / sum(best):.0%} |"
    )
    print(
        f"| loading: `Population.from_tables` from pyarrow tables, every check (people/s) | {rates(load, n)} | {min(load) / min(load_f):.2f}× the floor |"
    )
    print(
        f"| loading floor: the same columns to numpy with pyarrow alone (people/s) | {rates(load_f, n)} | |"
    )
    print(
        f"| `screen`, six rules (people/s) | {rates(scr, n)} | {min(scr) / min(scr_f):.2f}× the numpy floor (medians {statistics.median(scr) / statistics.median(scr_f):.2f}×) |"
    )
    print(f"| numpy floor of the six answers, timed alternately (people/s) | {rates(scr_f, n)} | |")
    print(
        f"| `to_pandas` (people/s) | {rates(to_pd, n)} | {min(to_pd) / min(out_f):.2f}× the floor |"
    )
    print(f"| `to_arrow` (people/s) | {rates(to_ar, n)} | |")
    print(f"| `to_polars` (people/s) | {rates(to_pl, n)} | |")
    print(
        f"| results floor: six code arrays in a pandas DataFrame (people/s) | {rates(out_f, n)} | |"
    )
    print(f"| peak memory the pipeline adds (bytes/person, fresh process) | {memory:.0f} | |")
    for size, times in linear.items():
        print(
            f"| end to end, {size:,} people (people/s) | {rates(times, size)} | peak {memories[size]:.0f} bytes/person |"
        )
    print(
        f"| one rich person: structured from a document, then six verdicts (µs) | {min(both):.1f} / {statistics.median(both):.1f} / {max(both):.1f} | building costs {(min(both) - min(alone)) / min(alone):.2f}× evaluating |"
    )
    print(
        f"| one rich person: six verdicts alone (µs) | {min(alone):.1f} / {statistics.median(alone):.1f} / {max(alone):.1f} | |"
    )
    if mismatch:
        raise SystemExit("the columnar path and the floor disagree")


if __name__ == "__main__":
    main()
