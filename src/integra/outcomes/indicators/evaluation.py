"""Computing an indicator over a cohort as of a date.

[`evaluate`][integra.outcomes.indicators.evaluate] classifies every participant once
per definition and date — left out with the reason, pending, achieved or failed — and gives an
[`IndicatorResult`][integra.outcomes.indicators.IndicatorResult] with its breakdowns.

Examples:
    >>> from datetime import date
    >>> from integra import Sex
    >>> from integra.outcomes import eu2014
    >>> from integra.outcomes.records import Cohort, ExitReason, Participant
    >>> p = Participant("A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.EARLY_OTHER)
    >>> [e.reason.value for e in evaluate(eu2014.SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 4, 1)).exclusions]
    ['left_early']
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from datetime import date
from itertools import compress

from integra.law import Certainty, weakest
from integra.outcomes.indicators._view import (
    _ACHIEVED,
    _CATEGORY_BITS,
    _EXCLUDED,
    _EXCLUSION_CODES,
    _FAILED,
    _JOB,
    _JOB_SEARCH,
    _LABOUR_BITS,
    _NOT_STARTED,
    _PARTICIPATING,
    _PENDING,
    _PROVISIONAL,
    _REASON_BITS,
    _RESULT_INDEX,
    _SEARCHING,
    _SERVICE_INDEX,
    _WINDOW_OPEN,
    _after_leaving,
    _ends,
    _first_job,
    _last_events,
    _View,
    _view,
)
from integra.outcomes.indicators.breakdowns import Breakdown, BreakdownRow, Dimension
from integra.outcomes.indicators.counting import Counting
from integra.outcomes.indicators.definitions import IndicatorDefinition, Threshold
from integra.outcomes.indicators.results import (
    ExclusionGroup,
    ExclusionReason,
    IndicatorResult,
    PendingGroup,
)
from integra.outcomes.records import Category, Cohort, EmploymentKind, check_date
from integra.people import Sex
from integra.services import ServiceCategory

__all__ = ["evaluate"]


def _earliest(columns: Sequence[list[date | None]]) -> list[date | None]:
    if len(columns) == 1:
        return columns[0]
    out: list[date | None] = []
    for values in zip(*columns, strict=True):
        present = [v for v in values if v is not None]
        out.append(min(present) if present else None)
    return out


def _codes(
    definition: IndicatorDefinition, view: _View, as_of: date
) -> tuple[list[int], Certainty]:
    key = ("codes", definition)
    memo = view.memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _classify_all(definition, view, as_of)
    return found


def _classify_all(
    definition: IndicatorDefinition, view: _View, as_of: date
) -> tuple[list[int], Certainty]:
    """Each row's code, and the weakest certainty of the law read for the rows in the
    denominator: the minimum wage on the day each civil-law contract after leaving, known by the
    end of the row's window (or ``as_of``), starts — whichever counting decides, and whether or
    not another result already decided the row."""
    n = len(view.ids)
    population = definition.population
    achievement = definition.achievement
    window = definition.window
    ends = _ends(view, window)
    exits_mask = 0
    for reason in population.exits:
        exits_mask |= _REASON_BITS[reason]
    labour_mask = -1
    if population.labour_status is not None:
        labour_mask = 0
        for allowed in population.labour_status:
            labour_mask |= _LABOUR_BITS[allowed]
    # Exclusion by result: the earliest excluding result per participant, and its kind.
    excluding = sorted(population.excluded_by, key=_RESULT_INDEX.__getitem__)
    excluding_columns = [(view.results[_RESULT_INDEX[k]], _RESULT_INDEX[k]) for k in excluding]
    required = population.service_category
    service_column = None if required is None else view.services[_SERVICE_INDEX[required]]
    last = achievement.counting is Counting.LAST
    # Results other than labour-market events are reached on the first day and cannot be lost;
    # under LAST counting only job searching (against employment) waits for the last event.
    other_kinds = [k for k in achievement.results if not (last and k is _JOB_SEARCH)]
    kinds_first = (
        _earliest([view.results[_RESULT_INDEX[k]] for k in other_kinds]) if other_kinds else None
    )
    criterion = achievement.employment
    jobs_first = None if criterion is None or last else _first_job(view, criterion)
    reads_wage = (
        criterion is not None
        and criterion.wage_multiple is not None
        and EmploymentKind.CIVIL_LAW in criterion.kinds
    )
    after_leaving = _after_leaving(view) if reads_wage else None
    read: set[date] = set()
    events = _last_events(view, window, as_of) if last else None
    search_counts = _JOB_SEARCH in achievement.results
    has_exclusions = bool(excluding)

    returning = _EXCLUSION_CODES[ExclusionReason.RETURNING]
    not_collected = _EXCLUSION_CODES[ExclusionReason.LABOUR_STATUS_NOT_COLLECTED]
    wrong_status = _EXCLUSION_CODES[ExclusionReason.LABOUR_STATUS]
    excluded_base = _EXCLUSION_CODES[ExclusionReason.EXCLUDING_RESULT]
    left_early = _EXCLUSION_CODES[ExclusionReason.LEFT_EARLY]
    no_service = _EXCLUSION_CODES[ExclusionReason.NO_SERVICE]

    superseded, labour, entry, exit_, reason_bits = (
        view.returning,
        view.labour,
        view.entry,
        view.exit,
        view.reason,
    )
    codes = [0] * n
    for i in range(n):
        if superseded[i]:
            codes[i] = returning
            continue
        if labour_mask != -1:
            status = labour[i]
            if not status:
                codes[i] = not_collected
                continue
            if not status & labour_mask:
                codes[i] = wrong_status
                continue
        exit = exit_[i]
        end = ends[i] if exit is not None and exit <= as_of else None
        limit = as_of if end is None or end > as_of else end
        if has_exclusions:
            code = 0
            best: date | None = None
            for column, index in excluding_columns:
                day = column[i]
                if day is not None and day <= limit and (best is None or day < best):
                    best, code = day, excluded_base + index
            if code:
                codes[i] = code
                continue
        if entry[i] > as_of:
            codes[i] = _NOT_STARTED
            continue
        if end is None:
            codes[i] = _PARTICIPATING
            continue
        if not reason_bits[i] & exits_mask:
            codes[i] = left_early
            continue
        if service_column is not None:
            day = service_column[i]
            if day is None or day > limit:
                codes[i] = no_service
                continue
        if after_leaving is not None:
            for job in after_leaving[i]:
                if job.start > limit:
                    break
                if job.kind is EmploymentKind.CIVIL_LAW:
                    read.add(job.start)
        open_window = as_of < end
        reached = False
        if kinds_first is not None:
            day = kinds_first[i]
            reached = day is not None and day <= limit
        if not reached and jobs_first is not None:
            day = jobs_first[i]
            reached = day is not None and day <= limit
        if reached:
            codes[i] = _PROVISIONAL if open_window and has_exclusions else _ACHIEVED
            continue
        if open_window:
            codes[i] = _WINDOW_OPEN
            continue
        if events is not None:
            kind, jobs = events[i]
            if kind == _JOB:
                reached = criterion is not None and any(criterion.counts(j) for j in jobs)
            elif kind == _SEARCHING:
                reached = search_counts
        codes[i] = _ACHIEVED if reached else _FAILED
    certainty = Certainty.CONFIRMED
    if read:
        assert criterion is not None
        certainty = weakest(criterion.wage.certainty_at(day) or Certainty.CONFIRMED for day in read)
    return codes, certainty


_SEX_KEYS = {Sex.FEMALE: 0, Sex.MALE: 1}
_SEX_NAMES = [s.value for s in Sex]
_DISABILITY_NAMES = ["none", "other", "severe", "undetermined"]


def _mask_names(members: Sequence[enum.Enum]) -> list[str]:
    out: list[str] = []
    for mask in range(1 << len(members)):
        names = [str(m.value) for i, m in enumerate(members) if mask & (1 << i)]
        out.append("+".join(names) if names else "none")
    return out


_CATEGORY_NAMES = _mask_names(list(Category))
_SERVICE_NAMES = _mask_names(list(ServiceCategory))
_CAT_WIDTH = len(Category)
_SVC_WIDTH = len(ServiceCategory)


def _joint_keys(view: _View) -> list[int]:
    """One integer per row packing the four breakdown keys."""
    memo = view.memo
    found = memo.get("joint")
    if found is not None:
        return found  # type: ignore[no-any-return]
    severe = _CATEGORY_BITS[Category.SEVERE_DISABILITY]
    disabled = _CATEGORY_BITS[Category.DISABILITY]
    out: list[int] = []
    for i, sex in enumerate(view.sex):
        cats = view.categories[i]
        if cats & severe:
            dis = 2
        elif cats & disabled:
            dis = 1
        elif view.undetermined[i] & disabled:
            dis = 3
        else:
            dis = 0
        svc = 0
        for index, column in enumerate(view.services):
            if column[i] is not None:
                svc |= 1 << index
        out.append(((((svc << _CAT_WIDTH) | cats) << 2 | dis) << 1) | _SEX_KEYS[sex])
    memo["joint"] = out
    return out


def _split(joint: int) -> tuple[str, str, str, str]:
    sex = joint & 1
    dis = (joint >> 1) & 3
    cats = (joint >> 3) & ((1 << _CAT_WIDTH) - 1)
    svc = joint >> (3 + _CAT_WIDTH)
    return _SEX_NAMES[sex], _DISABILITY_NAMES[dis], _CATEGORY_NAMES[cats], _SERVICE_NAMES[svc]


def _breakdowns(
    definition: IndicatorDefinition, view: _View, codes: list[int], group: Category | None
) -> tuple[Breakdown, ...]:
    # One count per definition and date of (breakdown keys, code); a group's breakdown reads the
    # rows of its members from it (the category mask is part of the keys).
    memo = view.memo
    memo_key = ("counted", definition)
    counted = memo.get(memo_key)
    if counted is None:
        counted = memo[memo_key] = Counter(zip(_joint_keys(view), codes, strict=True))
    bit = 0 if group is None else _CATEGORY_BITS[group]
    tables: list[dict[str, list[int]]] = [{} for _ in Dimension]
    for (key, code), n in counted.items():
        if code >= _EXCLUDED or (bit and not (key >> 3) & bit):
            continue
        for table, name in zip(tables, _split(key), strict=True):
            row = table.get(name)
            if row is None:
                row = table[name] = [0, 0, 0]
            row[2] += n
            if code == _ACHIEVED:
                row[0] += n
            elif code != _FAILED:
                row[1] += n
    return tuple(
        Breakdown(dimension, tuple(BreakdownRow(k, *table[k]) for k in sorted(table)))
        for dimension, table in zip(Dimension, tables, strict=True)
    )


def evaluate(
    definition: IndicatorDefinition,
    cohort: Cohort,
    as_of: date,
    group: Category | None = None,
    threshold: Threshold | None = None,
    *,
    breakdowns: bool = True,
) -> IndicatorResult:
    """Compute ``definition`` over ``cohort`` with the facts known on ``as_of``, for ``group``
    (``None``: every participant) against ``threshold``.

    A participant is classified once per definition and date: left out (with the reason),
    pending (not started, still taking part, window open, or provisionally achieved), achieved
    or failed. Only what happened by ``as_of`` counts: support, employment, results and exits
    dated later are not known yet, and a record entered later counts as not started. A
    participant in several categories counts in each category's result. When several results
    would take a participant out, the earliest is named. Participants are listed in order of
    id, so the result depends on the records and never on their order.

    A returning person (several records with one ``person`` key) counts once, as the
    Commission's ESF monitoring guidance counts a participant who enters an operation more than
    once: with the data on entry (labour-market status, categories, sex) of their first
    participation and the results measured after their final exit, under the id of that final
    participation. Participations that start after ``as_of`` are not counted: until the next one
    starts, the person's final exit is the one before it. The other records are listed as left
    out (``RETURNING``).

    Raises:
        InvalidValue: ``as_of`` is not a ``datetime.date`` or is after
            [`LATEST_DATE`][integra.outcomes.records.LATEST_DATE].

    Examples:
        >>> from datetime import date
        >>> from integra import Sex
        >>> from integra.outcomes.records import Cohort, ExitReason, Participant, Result, ResultKind
        >>> from integra.outcomes import eu2014
        >>> p = Participant("A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.COMPLETED,
        ...                 results=[Result(ResultKind.SOCIAL_PROGRESS, date(2020, 3, 31))])
        >>> evaluate(eu2014.SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 4, 1)).status.value
        'no_threshold'
    """
    check_date(as_of, "evaluate.as_of")
    view = _view(cohort, as_of)
    codes, law_certainty = _codes(definition, view, as_of)
    all_codes = codes
    if group is not None:
        bit = _CATEGORY_BITS[group]
        not_in = _EXCLUSION_CODES[ExclusionReason.NOT_IN_GROUP]
        undetermined = _EXCLUSION_CODES[ExclusionReason.GROUP_UNDETERMINED]
        codes = [
            code if cats & bit else (undetermined if und & bit else not_in)
            for code, cats, und in zip(codes, view.categories, view.undetermined, strict=True)
        ]
    ids = view.ids
    present = set(codes)
    # Codes fit in a byte: selecting the ids of one code is a translate and a compress, both in C.
    raw = bytes(codes)

    def members(code: int) -> tuple[str, ...]:
        table = bytearray(256)
        table[code] = 1
        return tuple(compress(ids, raw.translate(table)))

    pending: list[PendingGroup] = []
    ends = _ends(view, definition.window)
    for pending_reason, code in _PENDING.items():
        if code not in present:
            continue
        decided_by = None
        if code in (_WINDOW_OPEN, _PROVISIONAL):
            table = bytearray(256)
            table[code] = 1
            decided_by = max(
                (e for e in compress(ends, raw.translate(table)) if e is not None), default=None
            )
        pending.append(PendingGroup(pending_reason, members(code), decided_by))
    exclusions: list[ExclusionGroup] = []
    for reason, base in _EXCLUSION_CODES.items():
        if reason is ExclusionReason.EXCLUDING_RESULT:
            for kind, offset in _RESULT_INDEX.items():
                if base + offset in present:
                    exclusions.append(ExclusionGroup(reason, members(base + offset), kind))
        elif base in present:
            exclusions.append(ExclusionGroup(reason, members(base)))
    return IndicatorResult(
        definition,
        as_of,
        group,
        members(_ACHIEVED),
        members(_FAILED),
        tuple(pending),
        tuple(exclusions),
        threshold,
        _breakdowns(definition, view, all_codes, group) if breakdowns else (),
        law_certainty=law_certainty,
    )
