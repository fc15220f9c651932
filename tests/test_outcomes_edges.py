"""Edge cases of the outcome indicators, computed by hand: a denominator with nobody in it,
overlapping jobs in the 2021-2027 "upon leaving" window, and Polish dates in Polish text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from integra import Sex
from integra.outcomes import (
    IN_EMPLOYMENT,
    JOB_SEARCHING,
    SOCIAL_EFFECTIVENESS,
    Cohort,
    Employment,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    Result,
    ResultKind,
    Status,
    Threshold,
    evaluate,
    report,
)

THIRTY_FOUR = Threshold(Decimal("0.34"), "later")


def _leaver(pid: str, *jobs: Employment, results: tuple[Result, ...] = ()) -> Participant:
    return Participant(
        pid,
        Sex.MALE,
        date(2024, 1, 8),
        date(2024, 6, 28),
        ExitReason.COMPLETED,
        labour_status=LabourStatus.INACTIVE,
        employment=list(jobs),
        results=list(results),
    )


def _job(start: date, end: date | None) -> Employment:
    return Employment(EmploymentKind.EMPLOYMENT_CONTRACT, start, end, fte=Decimal("1"))


class TestEmptyDenominator:
    def test_nobody_in_the_denominator_is_not_met(self) -> None:
        # 0 of 0: no share was reached, so the threshold is not reported as met.
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([]), date(2020, 1, 1), None, THIRTY_FOUR)
        assert r.denominator == 0 and r.low is None
        assert r.status is Status.NO_PARTICIPANTS
        assert r.needed is None
        assert "osiągnięty" not in r.explain("pl").split("próg:")[1].splitlines()[0]
        assert "nobody in the denominator" in r.explain("en")

    def test_everyone_excluded_is_not_met(self) -> None:
        p = Participant("A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.EARLY_OTHER)
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 12, 31), None, THIRTY_FOUR)
        assert r.excluded_count == 1 and r.status is Status.NO_PARTICIPANTS

    def test_one_participant_still_decides(self) -> None:
        p = Participant("A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.COMPLETED)
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 12, 31), None, THIRTY_FOUR)
        assert r.status is Status.NOT_MET and r.needed == 1
