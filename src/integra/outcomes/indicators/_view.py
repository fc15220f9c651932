"""The facts of a cohort laid out once per date of the facts, for the computation of indicators."""

from __future__ import annotations

from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from integra.outcomes.indicators.counting import (
    _ONE_DAY,
    EmploymentCriterion,
    Window,
    WindowPolicy,
)
from integra.outcomes.indicators.results import ExclusionReason, PendingReason
from integra.outcomes.records import (
    Category,
    Cohort,
    ExitReason,
    LabourStatus,
    Participant,
    ResultKind,
)
from integra.services import SERVICES, ServiceCategory

# --- evaluation -----------------------------------------------------------------------------------
# The records of a cohort are laid out once per date of the facts in a view: one row per person
# counted (the first participation's entry data, the final participation's exit, everything known
# on the date) and one per record left out as a returning person's other participation, in order
# of id. Every participant is classified once per definition and date into a small integer code,
# so that classifying 100 000 participants is a tight loop and grouping, listing and breaking
# down the codes is done by C-level built-ins. Everything a view or a code reads is in its key:
# the date, the definition (with the law its employment criterion reads), the window.

_ACHIEVED, _FAILED = 0, 1
_PENDING = {
    PendingReason.NOT_STARTED: 2,
    PendingReason.PARTICIPATING: 3,
    PendingReason.WINDOW_OPEN: 4,
    PendingReason.PROVISIONAL: 5,
}
_NOT_STARTED, _PARTICIPATING, _WINDOW_OPEN, _PROVISIONAL = 2, 3, 4, 5
_EXCLUDED = 10  # codes from 10 up: exclusions (a ResultKind exclusion adds its index)
_EXCLUSION_CODES = {reason: _EXCLUDED + i * 20 for i, reason in enumerate(ExclusionReason)}
assert max(_EXCLUSION_CODES.values()) + len(ResultKind) < 256  # codes are stored as bytes
_RESULT_INDEX = {kind: i for i, kind in enumerate(ResultKind)}
_CATEGORY_BITS = {category: 1 << i for i, category in enumerate(Category)}
_SERVICE_INDEX = {category: i for i, category in enumerate(ServiceCategory)}
_REASON_BITS = {reason: 1 << i for i, reason in enumerate(ExitReason)}
_LABOUR_BITS = {status: 1 << i for i, status in enumerate(LabourStatus)}
_SERVICE_COLUMN = {s.code: _SERVICE_INDEX[s.category] for s in SERVICES}
_JOB_SEARCH = ResultKind.JOB_SEARCH

# Labour-market events for LAST counting: the last one up to the end of the window decides.
_NO_EVENT, _JOB, _JOB_ENDED, _SEARCHING = 0, 1, 2, 3


def _job_order(job: Any) -> tuple[Any, ...]:
    """A total order of employment episodes by their facts, so that nothing depends on the order
    the records list them in."""
    return (
        job.start,
        job.end is None,
        job.end or job.start,
        job.kind.value,
        job.fte or 0,
        job.value or 0,
    )


class _View:
    """The facts of a cohort known on one date, one list per fact, one row per record in order
    of id. A returning person's row is the one of their final participation started by the date;
    their other records are rows marked ``returning``."""

    __slots__ = (
        "categories",
        "entry",
        "exit",
        "ids",
        "jobs",
        "labour",
        "memo",
        "reason",
        "results",
        "returning",
        "searches",
        "services",
        "sex",
        "undetermined",
    )

    def __init__(self, cohort: Cohort, as_of: date) -> None:
        by_person: dict[str, list[Participant]] = {}
        for p in cohort.participants:
            by_person.setdefault(p.key, []).append(p)
        # (id, first participation, final participation, the person's records, returning)
        rows: list[tuple[str, Participant, Participant, list[Participant], bool]] = []
        for records in by_person.values():
            if len(records) == 1:
                only = records[0]
                rows.append((only.id, only, only, records, False))
                continue
            records.sort(key=_entry_of)
            started = [r for r in records if r.entry <= as_of] or records[:1]
            first, final = started[0], started[-1]
            for record in records:
                rows.append((record.id, first, final, records, record is not final))
        rows.sort(key=itemgetter(0))
        n = len(rows)
        bits = _CATEGORY_BITS
        result_index = _RESULT_INDEX
        service_column = _SERVICE_COLUMN
        self.memo: dict[Any, Any] = {}
        self.ids = [row[0] for row in rows]
        self.returning = [row[4] for row in rows]
        self.entry = [row[2].entry for row in rows]
        self.exit = [row[2].exit for row in rows]
        self.reason = [
            0 if row[2].exit_reason is None else _REASON_BITS[row[2].exit_reason] for row in rows
        ]
        self.labour = [
            0 if row[1].labour_status is None else _LABOUR_BITS[row[1].labour_status]
            for row in rows
        ]
        self.sex = [row[1].sex for row in rows]
        categories: list[int] = []
        undetermined: list[int] = []
        # Earliest date per service category and per result kind, by row; the jobs known.
        services: list[list[date | None]] = [[None] * n for _ in ServiceCategory]
        results: list[list[date | None]] = [[None] * n for _ in ResultKind]
        jobs: list[tuple[Any, ...]] = []
        searches: list[tuple[date, ...]] = []
        for i, (_, first, final, records, returning) in enumerate(rows):
            mask = 0
            for c in first.categories:
                mask |= bits[c]
            categories.append(mask)
            mask = 0
            for c in first.undetermined:
                mask |= bits[c]
            undetermined.append(mask)
            if returning:
                jobs.append(())
                searches.append(())
                continue
            # Results count from the final participation on; support from any participation;
            # nothing dated after the date of the facts.
            since = final.entry
            known: list[Any] = []
            searched: list[date] = []
            for record in records:
                if record.entry > as_of:
                    continue
                for e in record.support:
                    if e.start > as_of:
                        continue
                    column = services[service_column[e.service]]
                    day = column[i]
                    if day is None or e.start < day:
                        column[i] = e.start
                for r in record.results:
                    if r.on > as_of or r.on < since:
                        continue
                    if r.kind is _JOB_SEARCH:
                        searched.append(r.on)
                    column = results[result_index[r.kind]]
                    day = column[i]
                    if day is None or r.on < day:
                        column[i] = r.on
                if record.employment:
                    known += [job for job in record.employment if job.start <= as_of]
            if len(known) > 1:
                known.sort(key=_job_order)
            jobs.append(tuple(known))
            searches.append(tuple(searched))
        self.categories = categories
        self.undetermined = undetermined
        self.services = services
        self.results = results
        self.jobs = jobs
        self.searches = searches


def _entry_of(p: Participant) -> date:
    return p.entry


def _view(cohort: Cohort, as_of: date) -> _View:
    memo = cohort._memo
    key = ("view", as_of)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _View(cohort, as_of)
    return found


def _ends(view: _View, window: Window) -> list[date | None]:
    memo = view.memo
    key = ("ends", window)
    found = memo.get(key)
    if found is None:
        if window.policy is WindowPolicy.DAYS:
            delta = timedelta(days=window.days)
            found = [None if e is None else e + delta for e in view.exit]
        else:
            last_day = window.last_day
            found = [None if e is None else last_day(e) for e in view.exit]
        memo[key] = found
    return found


def _after_leaving(view: _View) -> list[tuple[Any, ...]]:
    """Each row's jobs still running on the day of leaving or later (a job that ended during
    the project is not employment after it)."""
    memo = view.memo
    found = memo.get("after_leaving")
    if found is None:
        found = []
        for left, jobs in zip(view.exit, view.jobs, strict=True):
            if left is None or not jobs:
                found.append(jobs)
            else:
                found.append(tuple(j for j in jobs if j.end is None or j.end >= left))
        memo["after_leaving"] = found
    return found


def _first_job(view: _View, criterion: EmploymentCriterion) -> list[date | None]:
    """The start of each row's earliest job after leaving that ``criterion`` counts."""
    memo = view.memo
    key = ("jobs", criterion)
    found = memo.get(key)
    if found is None:
        counts = criterion.counts
        found = []
        for jobs in _after_leaving(view):
            first: date | None = None
            for job in jobs:  # in order of start
                if counts(job):
                    first = job.start
                    break
            found.append(first)
        memo[key] = found
    return found


def _last_events(view: _View, window: Window, as_of: date) -> list[tuple[int, Any]]:
    """Each row's last labour-market event up to the end of the window (or ``as_of``): a job
    starting (with the jobs running on that day), work ending (the day after the last running
    job ends: a job ending while another runs changes nothing), or job searching. On one day,
    work ending comes after a job starting and job searching after both."""
    memo = view.memo
    key = ("events", window)
    found = memo.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    out: list[tuple[int, Any]] = []
    none = (_NO_EVENT, None)
    for i, end in enumerate(_ends(view, window)):
        if end is None:
            out.append(none)
            continue
        limit = end if end < as_of else as_of
        jobs = [job for job in view.jobs[i] if job.start <= limit]

        def running(day: date, jobs: list[Any] = jobs) -> tuple[Any, ...]:
            return tuple(j for j in jobs if j.start <= day and (j.end is None or j.end >= day))

        last_day: date | None = None
        event: tuple[int, Any] = none
        for job in jobs:
            if last_day is None or job.start >= last_day:
                last_day, event = job.start, (_JOB, None)
            if job.end is not None and job.end < limit:
                after = job.end + _ONE_DAY
                if after >= last_day and not running(after):
                    last_day, event = after, (_JOB_ENDED, None)
        for day in view.searches[i]:
            if day <= limit and (last_day is None or day >= last_day):
                last_day, event = day, (_SEARCHING, None)
        if event[0] == _JOB:
            event = (_JOB, running(limit))
        out.append(event)
    memo[key] = out
    return out
