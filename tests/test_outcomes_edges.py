"""Edge cases of the outcome indicators, computed by hand: a denominator with nobody in it,
overlapping jobs in the 2021-2027 "upon leaving" window, and Polish dates in Polish text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from integra import Sex
from integra.errors import InvalidValue
from integra.law import Certainty
from integra.outcomes import (
    EMPLOYMENT_EFFECTIVENESS,
    IN_EMPLOYMENT,
    JOB_SEARCHING,
    SOCIAL_EFFECTIVENESS,
    Category,
    Cohort,
    Employment,
    EmploymentCriterion,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    Result,
    ResultKind,
    Status,
    SupportEpisode,
    Threshold,
    ThresholdGroup,
    effectiveness,
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
        p = Participant(
            "A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.EARLY_OTHER
        )
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 12, 31), None, THIRTY_FOUR)
        assert r.excluded_count == 1 and r.status is Status.NO_PARTICIPANTS

    def test_one_participant_still_decides(self) -> None:
        p = Participant("A", Sex.FEMALE, date(2020, 1, 1), date(2020, 3, 31), ExitReason.COMPLETED)
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), date(2020, 12, 31), None, THIRTY_FOUR)
        assert r.status is Status.NOT_MET and r.needed == 1


class TestOverlappingJobsUponLeaving:
    """Left 2024-06-28; the 28-day window ends 2024-07-26."""

    def test_a_second_job_still_running_keeps_the_participant_employed(self) -> None:
        # Job A 01.07-10.07, job B from 05.07 with no end: on 26.07 the person works (B).
        p = _leaver("Q", _job(date(2024, 7, 1), date(2024, 7, 10)), _job(date(2024, 7, 5), None))
        cohort = Cohort([p])
        assert evaluate(IN_EMPLOYMENT, cohort, date(2024, 9, 1)).numerator == 1
        assert evaluate(JOB_SEARCHING, cohort, date(2024, 9, 1)).numerator == 0

    def test_order_of_records_does_not_matter(self) -> None:
        p = _leaver("Q", _job(date(2024, 7, 5), None), _job(date(2024, 7, 1), date(2024, 7, 10)))
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), date(2024, 9, 1)).numerator == 1

    def test_both_jobs_ended_is_not_employment(self) -> None:
        p = _leaver(
            "Q",
            _job(date(2024, 7, 1), date(2024, 7, 10)),
            _job(date(2024, 7, 5), date(2024, 7, 20)),
        )
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), date(2024, 9, 1)).numerator == 0

    def test_searching_after_the_jobs_ended(self) -> None:
        p = _leaver(
            "Q",
            _job(date(2024, 7, 1), date(2024, 7, 10)),
            _job(date(2024, 7, 5), date(2024, 7, 20)),
            results=(Result(ResultKind.JOB_SEARCH, date(2024, 7, 22)),),
        )
        cohort = Cohort([p])
        assert evaluate(IN_EMPLOYMENT, cohort, date(2024, 9, 1)).numerator == 0
        assert evaluate(JOB_SEARCHING, cohort, date(2024, 9, 1)).numerator == 1

    def test_searching_while_still_employed_elsewhere(self) -> None:
        # Job A ends 10.07 and the person registers as searching on 12.07 while job B runs:
        # the last event (searching) decides, as the Commission's example of a job lost.
        p = _leaver(
            "Q",
            _job(date(2024, 7, 1), date(2024, 7, 10)),
            _job(date(2024, 7, 5), None),
            results=(Result(ResultKind.JOB_SEARCH, date(2024, 7, 12)),),
        )
        cohort = Cohort([p])
        assert evaluate(IN_EMPLOYMENT, cohort, date(2024, 9, 1)).numerator == 0
        assert evaluate(JOB_SEARCHING, cohort, date(2024, 9, 1)).numerator == 1

    def test_a_job_inside_another_ends_nothing_of_its_own(self) -> None:
        # Job B (05.07-10.07) runs inside job A (01.07-20.07): work ends on 21.07, after A, not
        # on 11.07 after B. The last event decides: searching on 12.07 (A still running) comes
        # before work ends, searching on 22.07 after it.
        a, b = _job(date(2024, 7, 1), date(2024, 7, 20)), _job(date(2024, 7, 5), date(2024, 7, 10))
        for searched, searching in ((None, 0), (date(2024, 7, 12), 0), (date(2024, 7, 22), 1)):
            results = () if searched is None else (Result(ResultKind.JOB_SEARCH, searched),)
            cohort = Cohort([_leaver("Q", a, b, results=results)])
            assert evaluate(IN_EMPLOYMENT, cohort, date(2024, 9, 1)).numerator == 0
            assert evaluate(JOB_SEARCHING, cohort, date(2024, 9, 1)).numerator == searching


class TestPolishDates:
    def test_indicator_explanation(self) -> None:
        p = _leaver("Q", _job(date(2024, 7, 1), None))
        r = evaluate(IN_EMPLOYMENT, Cohort([p]), date(2024, 7, 3))
        pl = r.explain("pl")
        assert "03.07.2024 r." in pl and "2024-07-03" not in pl
        assert "26.07.2024 r." in pl and "2024-07-26" not in pl  # pending until the window ends
        en = r.explain("en")
        assert "2024-07-03" in en and "2024-07-26" in en

    def test_cohort_report(self) -> None:
        p = _leaver("Q")
        text = report(Cohort([p]), date(2024, 7, 3)).explain("pl")
        assert "03.07.2024 r." in text and "2024-07-03" not in text


class TestJobBeforeLeaving:
    """Left 2020-06-30 after vocational services; facts as of 2020-12-31."""

    @staticmethod
    def _participant(job: Employment) -> Participant:
        return Participant(
            "A",
            Sex.FEMALE,
            date(2019, 6, 1),
            date(2020, 6, 30),
            ExitReason.COMPLETED,
            support=[SupportEpisode("internship", date(2019, 6, 2))],
            employment=[job],
        )

    @pytest.mark.parametrize(
        ("end", "counted"),
        [
            (date(2019, 10, 31), False),
            (date(2020, 6, 29), False),
            (date(2020, 6, 30), True),
            (None, True),
        ],
    )
    def test_a_job_must_still_run_on_the_day_of_leaving(
        self, end: date | None, counted: bool
    ) -> None:
        # A 4-month full-time contract from 01.07.2019 ended during the project: it is not
        # employment after leaving; one still running on the last day (or open) is.
        job = Employment(
            EmploymentKind.EMPLOYMENT_CONTRACT, date(2019, 7, 1), end, fte=Decimal("1")
        )
        r = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([self._participant(job)]), date(2020, 12, 31))
        assert (r.numerator, r.denominator) == ((1, 1) if counted else (0, 1))


class TestGuidelineVersionIsChosen:
    """The day each threshold version applied from is unknown: no version is assumed."""

    def test_effectiveness_needs_a_version(self) -> None:
        with pytest.raises(TypeError):
            effectiveness(Cohort([]), date(2020, 1, 1), ThresholdGroup.AT_RISK)  # type: ignore[call-arg]

    def test_report_needs_a_version_for_a_threshold_group(self) -> None:
        p = Participant(
            "A",
            Sex.FEMALE,
            date(2020, 1, 1),
            date(2020, 3, 31),
            ExitReason.COMPLETED,
            categories={Category.AT_RISK},
        )
        with pytest.raises(InvalidValue, match=r"report\.version"):
            report(Cohort([p]), date(2020, 12, 31))
        early = report(Cohort([p]), date(2020, 12, 31), version="early")
        assert [str(r.threshold.value) for r in early.indicators if r.threshold] == ["0.56", "0.22"]

    def test_report_without_threshold_groups_needs_none(self) -> None:
        assert report(Cohort([_leaver("Q")]), date(2024, 12, 31)).indicators == ()


class TestCertaintyOfTheLawReadForAJob:
    """Only a civil-law contract measured in minimum wages reads the minimum wage, whose 2019
    amount (2250 zł) is DERIVED in the wage table (outcomes.parameters.MINIMUM_WAGE); any other
    job is decided under confirmed law alone."""

    CIVIL_2019 = Employment(EmploymentKind.CIVIL_LAW, date(2019, 3, 1), value=Decimal("1"))
    CONTRACT_2019 = Employment(
        EmploymentKind.EMPLOYMENT_CONTRACT, date(2019, 3, 1), fte=Decimal("1")
    )

    def test_a_civil_law_contract_valued_in_wages_reads_the_wage(self) -> None:
        rule = EmploymentCriterion(frozenset(EmploymentKind), 3, None, Decimal("3"))
        assert rule.certainty_of(self.CIVIL_2019) is Certainty.DERIVED

    def test_an_employment_contract_reads_no_wage(self) -> None:
        rule = EmploymentCriterion(frozenset(EmploymentKind), 3, None, Decimal("3"))
        assert rule.certainty_of(self.CONTRACT_2019) is Certainty.CONFIRMED

    def test_a_civil_law_contract_without_a_wage_multiple_reads_no_wage(self) -> None:
        rule = EmploymentCriterion({EmploymentKind.CIVIL_LAW}, 3)
        assert rule.certainty_of(self.CIVIL_2019) is Certainty.CONFIRMED
