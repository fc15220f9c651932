"""Benchmark of the outcome indicators: every indicator with its breakdowns for a cohort of
100 000 participants, next to a plain loop computing the same two effectiveness rates (social and
employment, 2014-2020, all participants, decided) in the same run.

The cohort is synthetic and seeded: entries in 2019-2020, most participants left by the date of
the report, a tenth still within their windows, services, employment episodes of the three
kinds, and results of every kind.

"All indicators" are 14 results: social, employment and combined effectiveness for all
participants and for each threshold group (9), the four 2021-2027 common result indicators and a
programme-specific one (5); each with its four breakdowns, exclusions and pending lists.

Run from the repository root:

    python bench/outcomes.py                  # 100 000 participants, 5 repeats
    python bench/outcomes.py --participants 20000 --repeat 3

The figures are wall-clock and CPU seconds on this machine (CPU time is less disturbed by other
work on a shared machine); the ratio to the plain loop is the figure to compare across machines.
Nothing here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from decimal import Decimal

from integra import Sex
from integra.outcomes import (
    EMPLOYMENT_EFFECTIVENESS,
    SOCIAL_EFFECTIVENESS,
    SOCIAL_EMPLOYMENT_EFFECTIVENESS,
    Category,
    Cohort,
    Employment,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    Result,
    ResultKind,
    SupportEpisode,
    evaluate,
)
from integra.outcomes.eu2014 import EMPLOYMENT_2014_2020, WINDOW_2014_2020
from integra.outcomes.eu2021 import COMMON_RESULT_INDICATORS, SOCIAL_SITUATION_IMPROVED

AS_OF = date(2021, 6, 30)
SERVICES = ("social_work", "vocational_counselling", "internship", "psychological_therapy")


def generate(n: int, seed: int = 2026) -> tuple[Participant, ...]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        entry = date(2019, 1, 1) + timedelta(days=rng.randrange(540))
        exit = entry + timedelta(days=rng.randrange(90, 400))
        reason = rng.choices(list(ExitReason), (80, 10, 10))[0]
        categories = {Category.AT_RISK}
        if rng.random() < 0.5:
            categories.add(Category.DISABILITY)
            if rng.random() < 0.3:
                categories.add(Category.SEVERE_DISABILITY)
        support = [
            SupportEpisode(code, entry + timedelta(days=rng.randrange(30)))
            for code in SERVICES
            if rng.random() < 0.6
        ]
        employment = []
        if rng.random() < 0.4:
            start = exit + timedelta(days=rng.randrange(-20, 120))
            start = max(start, entry)
            kind = rng.choice(list(EmploymentKind))
            end = start + timedelta(days=rng.randrange(30, 400))
            if kind is EmploymentKind.EMPLOYMENT_CONTRACT:
                job = Employment(kind, start, end, fte=Decimal(rng.choice(("0.25", "0.5", "1"))))
            elif kind is EmploymentKind.CIVIL_LAW:
                job = Employment(kind, start, end, value=Decimal(rng.randrange(2000, 15000)))
            else:
                job = Employment(kind, start)
            employment.append(job)
        results = []
        for kind in ResultKind:
            if rng.random() < 0.15:
                results.append(Result(kind, exit + timedelta(days=rng.randrange(-30, 100))))
        results = [r for r in results if r.on >= entry]
        out.append(
            Participant(
                f"B-{i:06d}",
                rng.choice(list(Sex)),
                entry,
                exit,
                reason,
                categories=categories,
                labour_status=rng.choice(list(LabourStatus)),
                support=support,
                employment=employment,
                results=results,
            )
        )
    return tuple(out)


def all_indicators(cohort: Cohort) -> int:
    count = 0
    for group in (None, Category.AT_RISK, Category.SEVERE_DISABILITY):
        for definition in (
            SOCIAL_EFFECTIVENESS,
            EMPLOYMENT_EFFECTIVENESS,
            SOCIAL_EMPLOYMENT_EFFECTIVENESS,
        ):
            result = evaluate(definition, cohort, AS_OF, group)
            count += len(result.breakdowns)
    for definition in (*COMMON_RESULT_INDICATORS, SOCIAL_SITUATION_IMPROVED):
        count += len(evaluate(definition, cohort, AS_OF).breakdowns)
    return count


def plain(participants: tuple[Participant, ...]) -> tuple[int, int, int, int]:
    """Social and employment effectiveness for all participants, written out by hand."""
    completes = (ExitReason.COMPLETED, ExitReason.EARLY_FOR_JOB)
    excluding = (ResultKind.SCHOOL_EDUCATION, ResultKind.START_UP_FUNDS)
    s_num = s_den = e_num = e_den = 0
    for p in participants:
        exit = p.exit
        if exit is None or exit > AS_OF or p.exit_reason not in completes:
            continue
        end = WINDOW_2014_2020.last_day(exit)
        closed = end <= AS_OF
        limit = end if closed else AS_OF
        # Social progress is final once recorded; otherwise decided when the window closes.
        if any(r.kind is ResultKind.SOCIAL_PROGRESS and r.on <= limit for r in p.results):
            s_num += 1
            s_den += 1
        elif closed:
            s_den += 1
        if not closed:
            continue  # employment is decided only when the window closes
        if any(r.kind in excluding and r.on <= end for r in p.results):
            continue
        if not any(e.category.value == "vocational" and e.start <= end for e in p.support):
            continue
        e_den += 1
        if any(
            j.start <= end and (j.end is None or j.end >= exit) and EMPLOYMENT_2014_2020.counts(j)
            for j in p.employment
        ):
            e_num += 1
    return s_num, s_den, e_num, e_den


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    participants = generate(args.participants)
    print(f"generated {len(participants)} participants in {time.perf_counter() - started:.2f} s")

    library: list[float] = []
    floor: list[float] = []
    library_cpu: list[float] = []
    floor_cpu: list[float] = []
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        cohort = Cohort(participants)  # a fresh cohort: nothing cached from the last round
        breakdowns = all_indicators(cohort)
        library.append(time.perf_counter() - started)
        library_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        figures = plain(participants)
        floor.append(time.perf_counter() - started)
        floor_cpu.append(time.process_time() - cpu)

    # The same two rates, both ways (the library's results are decided for these participants
    # only when no window is open, so compare on the decided ones).
    social = evaluate(SOCIAL_EFFECTIVENESS, Cohort(participants), AS_OF)
    employment = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort(participants), AS_OF)
    decided = (social.numerator, social.numerator + len(social.failed))
    decided_e = (employment.numerator, employment.numerator + len(employment.failed))
    assert decided == figures[:2], (decided, figures[:2])
    assert decided_e == figures[2:], (decided_e, figures[2:])

    def line(name: str, times: list[float]) -> str:
        return (
            f"{name}: min {min(times):.3f} s, median {statistics.median(times):.3f} s, "
            f"max {max(times):.3f} s"
        )

    print(f"all 14 indicators with {breakdowns} breakdowns, cohort construction included")
    print(line("  library, wall", library))
    print(line("  library, CPU", library_cpu))
    print(line("  plain loop (2 rates), wall", floor))
    print(line("  plain loop (2 rates), CPU", floor_cpu))
    print(
        f"  ratio of median wall times: {statistics.median(library) / statistics.median(floor):.1f}"
    )
    print(f"  social {figures[0]}/{figures[1]}, employment {figures[2]}/{figures[3]} (both ways)")


if __name__ == "__main__":
    main()
