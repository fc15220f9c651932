"""Tests of integra.outcomes: records, the indicator engine, the 2014-2020 and 2021-2027
definitions, the dated parameters, categories, reintegration paths and reports.

Hand-computed values sit on both sides of every window and threshold: day 89 / 90 / 91 after
leaving, 2.99 / 3 times the minimum wage, just under / at half time, one day short of / exactly
3 months, day 28 / 29 of the 2021-2027 window."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from integra import (
    CertificateSource,
    DateRange,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    IntegraError,
    Person,
    Sex,
)
from integra.errors import InvalidRange, InvalidValue, NoLawInForce
from integra.law import Certainty
from integra.outcomes import (
    EMPLOYMENT_EFFECTIVENESS,
    IN_EMPLOYMENT,
    JOB_SEARCHING,
    MINIMUM_WAGE,
    SOCIAL_EFFECTIVENESS,
    SOCIAL_EMPLOYMENT_EFFECTIVENESS,
    Category,
    Cohort,
    Dimension,
    Employment,
    EmploymentKind,
    ExclusionReason,
    ExitReason,
    LabourStatus,
    Participant,
    PathInstrument,
    PendingReason,
    ProgressForm,
    ReintegrationPath,
    Result,
    ResultKind,
    Status,
    SupportEpisode,
    Threshold,
    ThresholdGroup,
    Window,
    WindowPolicy,
    effectiveness,
    effectiveness_standard,
    establish_categories,
    evaluate,
    format_rate,
    participant_from_person,
    report,
    service_counts,
    validate_path,
)
from integra.outcomes.categories import SEVERE_DISABILITY_GROUP, verdict_certainty
from integra.outcomes.eu2014 import EMPLOYMENT_2014_2020
from integra.outcomes.eu2021 import GAINING_QUALIFICATION, SOCIAL_SITUATION_IMPROVED
from integra.outcomes.indicators import Achievement, Counting, EmploymentCriterion, IndicatorResult
from integra.outcomes.report import format_share
from integra.parameters import EFFECTIVENESS_AT_RISK, EFFECTIVENESS_SEVERE_DISABILITY
from integra.rules import INCOME_WITHIN_CRITERION
from integra.serialization import converter
from integra.services import InstrumentGroup
from integra.strategies.outcomes import cohorts, definitions, participants

LEFT = date(2020, 1, 31)  # day 1 after leaving is 2020-02-01; day 90 is 2020-04-30
LATER = date(2021, 1, 1)
VOCATIONAL = SupportEpisode("vocational_counselling", date(2019, 9, 2))


def day_after_leaving(n: int) -> date:
    return LEFT + timedelta(days=n)


def leaver(
    pid: str = "P-1",
    *,
    employment: list[Employment] | None = None,
    results: list[Result] | None = None,
    reason: ExitReason = ExitReason.COMPLETED,
    exit: date = LEFT,
    categories: frozenset[Category] = frozenset({Category.AT_RISK}),
    support: list[SupportEpisode] | None = None,
    sex: Sex = Sex.FEMALE,
    **fields: object,
) -> Participant:
    return Participant(
        pid,
        sex,
        date(2019, 6, 3),
        exit,
        reason,
        categories=categories,
        support=[VOCATIONAL] if support is None else support,
        employment=employment or [],
        results=results or [],
        **fields,  # type: ignore[arg-type]
    )


def contract(start: date, end: date | None = None, fte: str = "1") -> Employment:
    return Employment(EmploymentKind.EMPLOYMENT_CONTRACT, start, end, fte=Decimal(fte))


def employment_rate(*people: Participant, as_of: date = LATER) -> IndicatorResult:
    return evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort(people), as_of)


# --- the window after leaving -----------------------------------------------------------------


class TestWindow:
    @pytest.mark.parametrize(("day", "counted"), [(89, True), (90, True), (91, False)])
    def test_employment_on_day_n_after_leaving(self, day: int, counted: bool) -> None:
        result = employment_rate(leaver(employment=[contract(day_after_leaving(day))]))
        assert result.numerator == (1 if counted else 0)
        assert result.denominator == 1

    def test_day_90_is_the_last_day(self) -> None:
        assert Window(90).last_day(LEFT) == date(2020, 4, 30) == day_after_leaving(90)

    @pytest.mark.parametrize(("day", "counted"), [(89, True), (90, True), (91, False)])
    def test_social_progress_on_day_n(self, day: int, counted: bool) -> None:
        p = leaver(results=[Result(ResultKind.SOCIAL_PROGRESS, day_after_leaving(day))])
        assert evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), LATER).numerator == int(counted)

    def test_months_policy_is_never_shorter_than_the_days(self) -> None:
        # 3 months from 2020-02-01 end on 2020-04-30 (90 days); from 2020-06-01 on 2020-08-31 (92).
        window = Window(90, 3, WindowPolicy.MONTHS_AT_LEAST_DAYS)
        assert window.last_day(date(2020, 1, 31)) == date(2020, 4, 30)
        assert window.last_day(date(2020, 5, 31)) == date(2020, 8, 31)
        # 3 months from 2021-02-01 end 2021-04-30, only 89 days: 90 days win.
        assert window.last_day(date(2021, 1, 31)) == date(2021, 5, 1)
        with pytest.raises(InvalidValue, match=r"Window\.months"):
            Window(90, None, WindowPolicy.MONTHS_AT_LEAST_DAYS)
        assert "mies." in window.describe("pl") and "months" in window.describe("en")

    @pytest.mark.parametrize(("day", "counted"), [(28, True), (29, False)])
    def test_upon_leaving_is_28_days(self, day: int, counted: bool) -> None:
        p = leaver(employment=[contract(day_after_leaving(day))])
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), LATER).numerator == int(counted)


# --- what counts as employment ------------------------------------------------------------------


class TestEmploymentDefinition:
    def start(self) -> date:
        return date(2020, 3, 1)

    @pytest.mark.parametrize(
        ("value", "counted"),
        [("7774.00", False), ("7799.99", False), ("7800.00", True), ("9000", True)],
    )
    def test_civil_law_value_against_3_times_the_2020_minimum_wage(
        self, value: str, counted: bool
    ) -> None:
        # 2020 minimum wage 2600 zł: 3 × = 7800 zł; 2.99 × = 7774 zł.
        job = Employment(
            EmploymentKind.CIVIL_LAW, self.start(), date(2020, 5, 31), value=Decimal(value)
        )
        assert EMPLOYMENT_2014_2020.counts(job) is counted

    def test_the_wage_of_the_contract_start_is_used(self) -> None:
        # 2019: 2250 zł, 3 × = 6750 zł.
        job = Employment(
            EmploymentKind.CIVIL_LAW, date(2019, 12, 1), date(2020, 2, 29), value=Decimal("6750")
        )
        assert EMPLOYMENT_2014_2020.counts(job)
        assert not EMPLOYMENT_2014_2020.counts(
            attrs.evolve(job, start=date(2020, 1, 1), end=date(2020, 3, 31))
        )

    @pytest.mark.parametrize(("fte", "counted"), [("0.49", False), ("0.5", True), ("1", True)])
    def test_half_time(self, fte: str, counted: bool) -> None:
        assert EMPLOYMENT_2014_2020.counts(contract(self.start(), None, fte)) is counted

    @pytest.mark.parametrize(
        ("end", "counted"), [(date(2020, 5, 30), False), (date(2020, 5, 31), True), (None, True)]
    )
    def test_three_months_from_the_start(self, end: date | None, counted: bool) -> None:
        assert EMPLOYMENT_2014_2020.counts(contract(self.start(), end)) is counted
        civil = Employment(EmploymentKind.CIVIL_LAW, self.start(), end, value=Decimal("10000"))
        assert EMPLOYMENT_2014_2020.counts(civil) is counted

    def test_own_business_counts_for_three_months(self) -> None:
        business = Employment(EmploymentKind.SELF_EMPLOYMENT, self.start())
        assert EMPLOYMENT_2014_2020.counts(business)
        assert EMPLOYMENT_2014_2020.counts(attrs.evolve(business, end=date(2020, 5, 31)))
        assert not EMPLOYMENT_2014_2020.counts(attrs.evolve(business, end=date(2020, 5, 30)))

    def test_kinds_outside_the_criterion_do_not_count(self) -> None:
        only_contracts = EmploymentCriterion({EmploymentKind.EMPLOYMENT_CONTRACT})
        assert not only_contracts.counts(Employment(EmploymentKind.SELF_EMPLOYMENT, self.start()))
        civil = Employment(EmploymentKind.CIVIL_LAW, self.start(), value=Decimal("1"))
        assert EmploymentCriterion({EmploymentKind.CIVIL_LAW}).counts(civil)

    def test_a_day_without_a_modelled_wage_is_an_error(self) -> None:
        job = Employment(EmploymentKind.CIVIL_LAW, date(2013, 6, 1), value=Decimal("9000"))
        with pytest.raises(NoLawInForce):
            EMPLOYMENT_2014_2020.counts(job)

    def test_describe(self) -> None:
        assert "3 times the minimum monthly wage" in EMPLOYMENT_2014_2020.describe()
        assert "minimalnego wynagrodzenia" in EMPLOYMENT_2014_2020.describe("pl")


# --- denominators and exclusions -------------------------------------------------------------------


class TestDenominator:
    def test_leaving_early_for_a_job_counts_as_completing(self) -> None:
        p = leaver(reason=ExitReason.EARLY_FOR_JOB, employment=[contract(LEFT)])
        r = employment_rate(p)
        assert (r.numerator, r.denominator) == (1, 1)

    def test_leaving_early_otherwise_is_listed(self) -> None:
        r = employment_rate(leaver(reason=ExitReason.EARLY_OTHER, employment=[contract(LEFT)]))
        assert (r.numerator, r.denominator) == (0, 0)
        assert [(e.reason, e.participants) for e in r.exclusions] == [
            (ExclusionReason.LEFT_EARLY, ("P-1",))
        ]
        assert r.rate is None and format_rate(r.rate) == "n/a"

    @pytest.mark.parametrize("kind", [ResultKind.SCHOOL_EDUCATION, ResultKind.START_UP_FUNDS])
    def test_school_and_start_up_funds_leave_the_employment_denominator(
        self, kind: ResultKind
    ) -> None:
        p = leaver(
            results=[Result(kind, day_after_leaving(10))],
            employment=[Employment(EmploymentKind.SELF_EMPLOYMENT, day_after_leaving(20))],
        )
        r = employment_rate(p)
        assert r.denominator == 0
        assert r.exclusions[0].reason is ExclusionReason.EXCLUDING_RESULT
        assert r.exclusions[0].result is kind
        # ... but social effectiveness keeps them.
        assert evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), LATER).denominator == 1

    def test_school_after_the_window_does_not_exclude(self) -> None:
        p = leaver(results=[Result(ResultKind.SCHOOL_EDUCATION, day_after_leaving(91))])
        assert employment_rate(p).denominator == 1

    def test_employment_needs_vocational_services(self) -> None:
        p = leaver(support=[SupportEpisode("social_work", date(2019, 7, 1))])
        r = employment_rate(p)
        assert r.exclusions[0].reason is ExclusionReason.NO_SERVICE
        assert evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), LATER).denominator == 1

    def test_a_returning_person_counts_once_in_the_last_participation(self) -> None:
        first = leaver("R-1", person="R", exit=date(2019, 8, 30))
        second = Participant(
            "R-2",
            Sex.FEMALE,
            date(2019, 10, 1),
            LEFT,
            ExitReason.COMPLETED,
            support=[SupportEpisode("internship", date(2019, 10, 1))],
            employment=[contract(day_after_leaving(5))],
            person="R",
        )
        r = employment_rate(first, second)
        assert (r.numerator, r.denominator, r.achieved) == (1, 1, ("R-2",))
        assert r.exclusions[0].reason is ExclusionReason.RETURNING
        assert r.exclusions[0].participants == ("R-1",)
        assert report(Cohort([first, second]), LATER, version="later").persons == 1

    def test_a_person_in_several_categories_counts_in_each(self) -> None:
        both = leaver(
            categories=frozenset(
                {Category.AT_RISK, Category.DISABILITY, Category.SEVERE_DISABILITY}
            ),
            employment=[contract(day_after_leaving(3))],
        )
        cohort = Cohort([both])
        for group in ThresholdGroup:
            _, employment = effectiveness(cohort, LATER, group, "later")
            assert (employment.numerator, employment.denominator) == (1, 1)

    def test_group_membership_undetermined_is_listed(self) -> None:
        p = leaver(categories=frozenset(), undetermined=frozenset({Category.AT_RISK}))
        r = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([p, leaver("P-2")]), LATER, Category.AT_RISK)
        assert [(e.reason, e.participants) for e in r.exclusions] == [
            (ExclusionReason.GROUP_UNDETERMINED, ("P-1",))
        ]
        assert r.denominator == 1
        other = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([p]), LATER, Category.DISABILITY)
        assert other.exclusions[0].reason is ExclusionReason.NOT_IN_GROUP

    def test_labour_status_populations(self) -> None:
        inactive = leaver("I", labour_status=LabourStatus.INACTIVE)
        unemployed = leaver("U", labour_status=LabourStatus.UNEMPLOYED)
        unknown = leaver("X")
        r = evaluate(JOB_SEARCHING, Cohort([inactive, unemployed, unknown]), LATER)
        assert r.denominator == 1
        reasons = {e.reason: e.participants for e in r.exclusions}
        assert reasons == {
            ExclusionReason.LABOUR_STATUS: ("U",),
            ExclusionReason.LABOUR_STATUS_NOT_COLLECTED: ("X",),
        }


# --- as of a date: ranges, status, planning ------------------------------------------------------


class TestAsOf:
    def cohort(self) -> Cohort:
        return Cohort(
            [
                leaver("A", employment=[contract(day_after_leaving(10))]),
                leaver("B"),
                leaver("C", exit=date(2020, 3, 31)),
                Participant(
                    "D",
                    Sex.MALE,
                    date(2020, 2, 3),
                    support=[SupportEpisode("psu", date(2020, 2, 3))],
                ),
                Participant("E", Sex.MALE, date(2020, 6, 1)),
            ]
        )

    def test_a_range_while_windows_are_open(self) -> None:
        r = evaluate(
            EMPLOYMENT_EFFECTIVENESS,
            self.cohort(),
            date(2020, 4, 15),
            threshold=Threshold(Decimal("0.22")),
        )
        # A achieved provisionally (school or start-up funds could still take it out), B and C in
        # their windows, D still taking part, E not started.
        reasons = {p.reason: p.participants for p in r.pending}
        assert reasons == {
            PendingReason.NOT_STARTED: ("E",),
            PendingReason.PARTICIPATING: ("D",),
            PendingReason.WINDOW_OPEN: ("B", "C"),
            PendingReason.PROVISIONAL: ("A",),
        }
        assert (r.numerator, r.denominator, r.low, r.high) == (0, 5, Decimal(0), Decimal(1))
        assert r.status is Status.UNDECIDED and r.needed == 2
        window_open = next(p for p in r.pending if p.reason is PendingReason.WINDOW_OPEN)
        assert window_open.decided_by == date(2020, 6, 29)
        text = r.explain()
        assert "0.00% .. 100.00%" in text and "2 more needed" in text
        assert "w toku" in r.explain("pl")

    def test_met_once_enough_have_reached_it(self) -> None:
        r = evaluate(
            EMPLOYMENT_EFFECTIVENESS,
            self.cohort(),
            date(2020, 5, 1),
            threshold=Threshold(Decimal("0.2")),
        )
        assert r.achieved == ("A",) and r.failed == ("B",)
        assert r.status is Status.MET and r.needed == 0

    def test_out_of_reach_and_not_met(self) -> None:
        cohort = Cohort([leaver("A"), leaver("B"), leaver("C", exit=date(2020, 3, 31))])
        r = evaluate(
            EMPLOYMENT_EFFECTIVENESS, cohort, date(2020, 5, 15), threshold=Threshold(Decimal("0.5"))
        )
        assert (r.numerator, r.pending_count, r.denominator) == (0, 1, 3)
        assert r.status is Status.OUT_OF_REACH and r.needed == 2
        final = evaluate(
            EMPLOYMENT_EFFECTIVENESS, cohort, LATER, threshold=Threshold(Decimal("0.5"))
        )
        assert final.status is Status.NOT_MET and "not met" in final.explain()

    def test_events_after_the_date_are_not_known(self) -> None:
        p = leaver(employment=[contract(day_after_leaving(30))])
        assert (
            employment_rate(p, as_of=day_after_leaving(29)).pending[0].reason
            is PendingReason.WINDOW_OPEN
        )
        assert (
            employment_rate(p, as_of=day_after_leaving(30)).pending[0].reason
            is PendingReason.PROVISIONAL
        )
        assert employment_rate(p, as_of=day_after_leaving(90)).achieved == ("P-1",)

    def test_social_achievement_is_final_at_once(self) -> None:
        p = leaver(results=[Result(ResultKind.SOCIAL_PROGRESS, LEFT)])
        assert evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), LEFT).achieved == ("P-1",)


# --- 2021-2027: the last event in the window -----------------------------------------------------


class TestUponLeaving:
    def test_job_after_job_search_counts_as_employment_only(self) -> None:
        p = leaver(
            labour_status=LabourStatus.INACTIVE,
            results=[Result(ResultKind.JOB_SEARCH, day_after_leaving(1))],
            employment=[contract(day_after_leaving(20))],
        )
        cohort = Cohort([p])
        assert evaluate(IN_EMPLOYMENT, cohort, LATER).numerator == 1
        assert evaluate(JOB_SEARCHING, cohort, LATER).numerator == 0

    def test_unemployed_again_then_searching(self) -> None:
        p = leaver(
            labour_status=LabourStatus.INACTIVE,
            employment=[contract(day_after_leaving(1), day_after_leaving(10))],
            results=[Result(ResultKind.JOB_SEARCH, day_after_leaving(15))],
        )
        cohort = Cohort([p])
        assert evaluate(IN_EMPLOYMENT, cohort, LATER).numerator == 0
        assert evaluate(JOB_SEARCHING, cohort, LATER).numerator == 1

    def test_an_earlier_short_job_does_not_hide_a_later_one(self) -> None:
        later = contract(day_after_leaving(5), day_after_leaving(40))
        earlier = contract(day_after_leaving(1), day_after_leaving(3))
        p = leaver(employment=[later, earlier])
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), LATER).numerator == 1

    def test_a_job_that_ended_in_the_window_is_not_employment_upon_leaving(self) -> None:
        p = leaver(employment=[contract(day_after_leaving(1), day_after_leaving(10))])
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), LATER).numerator == 0

    def test_decided_only_when_the_window_closes(self) -> None:
        p = leaver(employment=[contract(day_after_leaving(1))])
        open_ = evaluate(IN_EMPLOYMENT, Cohort([p]), day_after_leaving(27))
        assert open_.pending[0].reason is PendingReason.WINDOW_OPEN
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), day_after_leaving(28)).numerator == 1

    def test_qualification_and_programme_indicator(self) -> None:
        p = leaver(
            reason=ExitReason.EARLY_OTHER,
            results=[
                Result(ResultKind.QUALIFICATION, day_after_leaving(5)),
                Result(ResultKind.SOCIAL_SITUATION_IMPROVED, day_after_leaving(30)),
            ],
        )
        cohort = Cohort([p])
        assert evaluate(GAINING_QUALIFICATION, cohort, LATER).numerator == 1
        assert evaluate(SOCIAL_SITUATION_IMPROVED, cohort, LATER).numerator == 0


# --- thresholds and dated parameters ------------------------------------------------------------


class TestParameters:
    @pytest.mark.parametrize(
        ("day", "amount"),
        [
            (date(2014, 1, 1), "1680"),
            (date(2016, 12, 31), "1850"),
            (date(2017, 1, 1), "2000"),
            (date(2019, 6, 1), "2250"),
            (date(2020, 1, 1), "2600"),
            (date(2023, 6, 30), "3490"),
            (date(2023, 7, 1), "3600"),
            (date(2024, 7, 1), "4300"),
            (date(2026, 1, 1), "4806"),
        ],
    )
    def test_minimum_wage(self, day: date, amount: str) -> None:
        assert MINIMUM_WAGE.at(day) == Decimal(amount)

    def test_minimum_wage_before_2014_is_not_modelled(self) -> None:
        with pytest.raises(NoLawInForce):
            MINIMUM_WAGE.at(date(2013, 12, 31))

    def test_certainty_and_citation(self) -> None:
        assert MINIMUM_WAGE.entry_at(date(2020, 5, 1)).certainty is Certainty.CONFIRMED
        assert MINIMUM_WAGE.entry_at(date(2018, 5, 1)).certainty is Certainty.DERIVED
        assert MINIMUM_WAGE.entry_at(date(2018, 5, 1)).citation.act.eli == "DU/2017/1747"  # type: ignore[union-attr]
        assert "1778" in str(MINIMUM_WAGE.entry_at(date(2020, 5, 1)).citation)

    def test_threshold_versions(self) -> None:
        early = effectiveness_standard("early", ThresholdGroup.AT_RISK)
        assert (early.social_employment, early.employment, early.social) == (
            Decimal("0.56"),
            Decimal("0.22"),
            None,
        )
        severe = effectiveness_standard("early", ThresholdGroup.SEVERE_DISABILITY)
        assert (severe.social_employment, severe.employment) == (Decimal("0.46"), Decimal("0.12"))
        assert "56%" in early.describe() and "w tym" in early.describe("pl")
        later = effectiveness_standard("later", ThresholdGroup.SEVERE_DISABILITY)
        assert "34%" in later.describe("pl")
        with pytest.raises(InvalidValue, match=r"version"):
            effectiveness_standard("2099", ThresholdGroup.AT_RISK)
        with pytest.raises(InvalidValue, match=r"EffectivenessStandard\.employment"):
            attrs.evolve(later, employment=Decimal("1.5"))

    def test_the_old_constants_are_the_later_version(self) -> None:
        for old, group in (
            (EFFECTIVENESS_AT_RISK, ThresholdGroup.AT_RISK),
            (EFFECTIVENESS_SEVERE_DISABILITY, ThresholdGroup.SEVERE_DISABILITY),
        ):
            later = effectiveness_standard("later", group)
            assert (old.social, old.employment) == (later.social, later.employment)

    def test_early_version_checks_the_combined_measure(self) -> None:
        p = leaver(results=[Result(ResultKind.SOCIAL_PROGRESS, LEFT)])
        combined, employment = effectiveness(Cohort([p]), LATER, ThresholdGroup.AT_RISK, "early")
        assert combined.definition is SOCIAL_EMPLOYMENT_EFFECTIVENESS
        assert combined.status is Status.MET and employment.status is Status.NOT_MET
        assert combined.threshold is not None and combined.threshold.value == Decimal("0.56")

    def test_threshold_must_be_a_share(self) -> None:
        with pytest.raises(InvalidValue, match=r"Threshold\.value"):
            Threshold(Decimal("-0.1"))


# --- validation and personal data ---------------------------------------------------------------


class TestValidation:
    def test_exit_before_entry(self) -> None:
        with pytest.raises(InvalidRange, match=r"^Participant\.exit is before Participant\.entry$"):
            Participant("A", Sex.MALE, date(2020, 1, 2), date(2020, 1, 1), ExitReason.COMPLETED)

    def test_exit_reason_goes_with_exit(self) -> None:
        with pytest.raises(InvalidValue, match="exit_reason"):
            Participant("A", Sex.MALE, date(2020, 1, 2), date(2020, 1, 3))
        with pytest.raises(InvalidValue, match="exit_reason"):
            Participant("A", Sex.MALE, date(2020, 1, 2), None, ExitReason.COMPLETED)

    def test_employment_ending_before_it_starts(self) -> None:
        with pytest.raises(InvalidRange, match=r"^Employment\.end is before Employment\.start$"):
            contract(date(2020, 2, 1), date(2020, 1, 31))

    def test_employment_fields_by_kind(self) -> None:
        with pytest.raises(InvalidValue, match=r"Employment\.fte is required"):
            Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 1, 1))
        with pytest.raises(InvalidValue, match=r"Employment\.fte applies only"):
            Employment(EmploymentKind.SELF_EMPLOYMENT, date(2020, 1, 1), fte=Decimal(1))
        with pytest.raises(InvalidValue, match=r"Employment\.value is required"):
            Employment(EmploymentKind.CIVIL_LAW, date(2020, 1, 1))
        with pytest.raises(InvalidValue, match=r"Employment\.value applies only"):
            Employment(EmploymentKind.SELF_EMPLOYMENT, date(2020, 1, 1), value=Decimal(1))
        with pytest.raises(InvalidValue, match=r"Employment\.fte must"):
            contract(date(2020, 1, 1), fte="1.5")

    def test_duplicate_ids(self) -> None:
        with pytest.raises(InvalidValue, match=r"^Cohort\.participants\[1\] repeats the id"):
            Cohort([leaver("A"), leaver("A")])

    def test_dated_before_entry(self) -> None:
        for field, value, message in (
            ("results", [Result(ResultKind.QUALIFICATION, date(2019, 1, 1))], "results"),
            ("employment", [contract(date(2019, 1, 1))], "employment"),
            ("support", [SupportEpisode("psu", date(2019, 1, 1))], "support"),
        ):
            with pytest.raises(InvalidRange, match=rf"Participant\.{message}\[0\]"):
                Participant("A", Sex.MALE, date(2019, 6, 1), **{field: value})  # type: ignore[arg-type]

    def test_other_fields(self) -> None:
        with pytest.raises(InvalidValue, match="severe disability is also a disability"):
            leaver(categories=frozenset({Category.SEVERE_DISABILITY}))
        with pytest.raises(InvalidValue, match="undetermined overlaps"):
            leaver(undetermined=frozenset({Category.AT_RISK}))
        with pytest.raises(InvalidValue, match=r"Participant\.categories must hold"):
            leaver(categories=frozenset({"at_risk"}))  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"Participant\.sex"):
            Participant("A", "F", date(2020, 1, 1))  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"Participant\.entry"):
            Participant("A", Sex.MALE, "2020-01-01")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"Participant\.id must be a non-empty"):
            Participant(" ", Sex.MALE, date(2020, 1, 1))
        with pytest.raises(InvalidValue, match=r"Participant\.support\[0\] must be"):
            Participant("A", Sex.MALE, date(2020, 1, 1), support=["psu"])
        with pytest.raises(
            InvalidValue, match=r"^SupportEpisode\.service is not a catalogue code$"
        ):
            SupportEpisode("juggling", date(2020, 1, 1))
        with pytest.raises(InvalidValue, match=r"SupportEpisode\.service"):
            SupportEpisode(3, date(2020, 1, 1))  # type: ignore[arg-type]
        with pytest.raises(InvalidRange, match=r"SupportEpisode\.end"):
            SupportEpisode("psu", date(2020, 1, 2), date(2020, 1, 1))
        with pytest.raises(InvalidValue, match=r"SupportEpisode\.hours"):
            SupportEpisode("psu", date(2020, 1, 2), hours=Decimal(-1))
        with pytest.raises(InvalidValue, match=r"SupportEpisode\.end must"):
            SupportEpisode("psu", date(2020, 1, 2), "2020-01-03")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"Cohort\.participants\[0\] must be"):
            Cohort(["A"])
        with pytest.raises(InvalidValue, match=r"Window\.days"):
            Window(0)
        with pytest.raises(InvalidValue, match=r"EmploymentCriterion\.min_fte"):
            EmploymentCriterion({EmploymentKind.CIVIL_LAW}, min_fte=Decimal(0))
        with pytest.raises(InvalidValue, match="Achievement needs"):
            Achievement()

    def test_pesel_is_not_a_pseudonym(self) -> None:
        with pytest.raises(InvalidValue) as error:
            Participant("44051401458", Sex.MALE, date(2020, 1, 1))
        assert "44051401458" not in str(error.value)
        with pytest.raises(InvalidValue):
            leaver(person="44051401458")

    def test_errors_never_repeat_values(self) -> None:
        with pytest.raises(IntegraError) as error:
            Employment(EmploymentKind.CIVIL_LAW, date(2020, 1, 1), value=Decimal("-123.45"))
        assert "123.45" not in str(error.value)

    def test_reprs_hold_no_personal_data(self) -> None:
        p = leaver(
            categories=frozenset({Category.AT_RISK, Category.DISABILITY}),
            employment=[
                Employment(EmploymentKind.CIVIL_LAW, LEFT, value=Decimal("8123.45")),
            ],
            results=[Result(ResultKind.SOCIAL_PROGRESS, LEFT, ProgressForm.ADDICTION)],
        )
        text = repr(p) + repr(p.employment) + repr(p.results) + repr(Cohort([p]))
        for secret in ("8123.45", "disability", "addiction", "ADDICTION", "at_risk", "g'"):
            assert secret not in text
        explanation = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([p]), LATER).explain()
        assert "8123" not in explanation


# --- categories established with the rules ------------------------------------------------------


class TestCategories:
    def person(self, degree: DisabilityDegree, *causes: DisabilityCause) -> Person:
        cert = DisabilityCertificate(
            CertificateSource.DEGREE, date(2015, 1, 1), DateRange(date(2015, 1, 1)), degree, causes
        )
        return Person(date(1980, 1, 1), Sex.FEMALE, certificates=[cert], registrations=[])

    @pytest.mark.parametrize(
        ("degree", "causes", "severe"),
        [
            (DisabilityDegree.SIGNIFICANT, (), True),
            (DisabilityDegree.MODERATE, (), False),
            (DisabilityDegree.MODERATE, (DisabilityCause.INTELLECTUAL,), True),
            (DisabilityDegree.LIGHT, (DisabilityCause.MENTAL_ILLNESS, DisabilityCause.OTHER), True),
            (DisabilityDegree.LIGHT, (DisabilityCause.MENTAL_ILLNESS,), False),
        ],
    )
    def test_severe_group(
        self, degree: DisabilityDegree, causes: tuple[DisabilityCause, ...], severe: bool
    ) -> None:
        p = participant_from_person("X", self.person(degree, *causes), date(2019, 6, 3))
        assert (Category.SEVERE_DISABILITY in p.categories) is severe
        assert Category.DISABILITY in p.categories and Category.AT_RISK in p.categories
        verdict = SEVERE_DISABILITY_GROUP.evaluate(self.person(degree, *causes), date(2019, 6, 3))
        assert verdict.observed_text("pl") and verdict.observed_text("en")

    def test_certainty_is_carried(self) -> None:
        findings = establish_categories(self.person(DisabilityDegree.SIGNIFICANT), date(2019, 6, 3))
        by_category = {f.category: f for f in findings}
        assert by_category[Category.SEVERE_DISABILITY].certainty is Certainty.DERIVED
        assert by_category[Category.DISABILITY].certainty is Certainty.CONFIRMED

    def test_unknown_is_undetermined_and_listed(self) -> None:
        rules = {Category.AT_RISK: INCOME_WITHIN_CRITERION}
        p = participant_from_person(
            "U",
            Person(date(1990, 1, 1), Sex.MALE),
            date(2020, 1, 1),
            rules,
            exit=LEFT,
            exit_reason=ExitReason.COMPLETED,
        )
        assert p.undetermined == {Category.AT_RISK}
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), LATER, Category.AT_RISK)
        assert r.exclusions[0].reason is ExclusionReason.GROUP_UNDETERMINED

    def test_verdict_certainty_without_a_law(self) -> None:
        verdict = INCOME_WITHIN_CRITERION.evaluate(
            Person(date(1990, 1, 1), Sex.MALE), date(2020, 1, 1)
        )
        assert verdict_certainty(verdict) in set(Certainty)


# --- reintegration paths (PO KL 7.1.1) -----------------------------------------------------------


class TestPaths:
    CONTRACT = DateRange(date(2009, 3, 2), date(2009, 11, 30))

    def path(self, *groups: InstrumentGroup, period: DateRange | None = None) -> ReintegrationPath:
        return ReintegrationPath(
            "SW-01",
            self.CONTRACT,
            [PathInstrument(g, f"instrument {i}", period) for i, g in enumerate(groups)],
        )

    def test_seed_001_path_is_valid(self) -> None:
        g = InstrumentGroup
        assert validate_path(
            self.path(g.ACTIVATION_SOCIAL, g.ACTIVATION_VOCATIONAL, g.ACTIVATION_HEALTH)
        ).valid

    def test_two_instruments_are_too_few(self) -> None:
        g = InstrumentGroup
        v = validate_path(self.path(g.ACTIVATION_SOCIAL, g.ACTIVATION_HEALTH))
        assert v.codes == ("pokl.path.too_few_instruments",)
        assert "rule not confirmed" in v.explain() and "PO KL 7.1.1" in v.explain()

    def test_three_of_one_group_is_enough_unless_vocational(self) -> None:
        g = InstrumentGroup
        assert validate_path(self.path(*[g.ACTIVATION_SOCIAL] * 3)).valid
        assert validate_path(self.path(*[g.ACTIVATION_VOCATIONAL] * 3)).codes == (
            "pokl.path.vocational_alone",
        )
        assert validate_path(
            self.path(g.ACTIVATION_VOCATIONAL, g.ACTIVATION_VOCATIONAL, g.ACTIVATION_EDUCATIONAL)
        ).codes == ("pokl.path.educational_alone",)

    def test_the_same_instrument_twice_counts_once(self) -> None:
        s = InstrumentGroup.ACTIVATION_SOCIAL
        path = ReintegrationPath(
            "A",
            self.CONTRACT,
            [PathInstrument(s, "x"), PathInstrument(s, "X "), PathInstrument(s, "y")],
        )
        assert validate_path(path).codes == ("pokl.path.too_few_instruments",)

    def test_instrument_outside_the_contract(self) -> None:
        g = InstrumentGroup
        late = DateRange(date(2009, 11, 1), date(2009, 12, 31))
        v = validate_path(
            self.path(g.ACTIVATION_SOCIAL, g.ACTIVATION_SOCIAL, g.ACTIVATION_HEALTH, period=late)
        )
        assert v.codes == ("pokl.path.outside_contract",) * 3

    def test_validation_of_fields(self) -> None:
        with pytest.raises(InvalidValue, match=r"PathInstrument\.name"):
            PathInstrument(InstrumentGroup.ACTIVATION_SOCIAL, "")
        assert repr(self.path()) == "ReintegrationPath('SW-01', 0 instruments)"


# --- reports and service counts ------------------------------------------------------------------


class TestReport:
    def test_service_counts(self) -> None:
        cohort = Cohort(
            [
                leaver(
                    "A",
                    support=[
                        SupportEpisode("psu", date(2019, 7, 1), hours=Decimal(20), activity="PAI")
                    ],
                ),
                leaver(
                    "B",
                    support=[
                        SupportEpisode("psu", date(2019, 7, 1), hours=Decimal(20), activity="PAI"),
                        SupportEpisode("psu", date(2019, 8, 1), activity="PAI"),
                    ],
                ),
                leaver("C", support=[SupportEpisode("social_work", date(2019, 7, 1))]),
            ]
        )
        counts = service_counts(cohort)
        psu = counts.of("psu")
        assert (psu.participants, psu.episodes, psu.hours) == (2, 3, Decimal(40))
        assert (
            counts.of("PAI").participants == 2 and format_share(counts.of("PAI").share) == "66.7%"
        )
        assert counts.of("vocational").participants == 2
        assert counts.of("job_coach").participants == 0
        assert service_counts(cohort, date(2019, 7, 15)).of("psu").episodes == 2

    def test_report_texts(self) -> None:
        cohort = Cohort(
            [
                leaver(
                    "A",
                    sex=Sex.MALE,
                    categories=frozenset(
                        {Category.AT_RISK, Category.DISABILITY, Category.SEVERE_DISABILITY}
                    ),
                ),
                leaver("B"),
            ]
        )
        r = report(cohort, LATER, version="later")
        assert [x.definition.code for x in r.indicators] == [
            "eu2014.social_effectiveness",
            "eu2014.employment_effectiveness",
        ] * 2
        assert (r.women, r.men, r.persons) == (1, 1, 2)
        for language in ("pl", "en"):
            assert r.explain(language)
        document = json.loads(json.dumps(r.report()))
        assert document["categories"] == {"at_risk": 2, "disability": 1, "severe_disability": 1}
        assert format_share(None) == "n/a" and format_share(None, "pl") == "b.d."
        assert format_rate(None, "pl") == "b.d."

    def test_breakdown_lookup(self) -> None:
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([leaver()]), LATER)
        assert r.breakdown(Dimension.SEX).rows[0].key == "F"
        bare = evaluate(SOCIAL_EFFECTIVENESS, Cohort([leaver()]), LATER, breakdowns=False)
        with pytest.raises(InvalidValue, match="breakdown"):
            bare.breakdown(Dimension.SEX)

    def test_result_document(self) -> None:
        r = evaluate(
            EMPLOYMENT_EFFECTIVENESS,
            Cohort([leaver()]),
            LATER,
            threshold=Threshold(Decimal("0.22"), "later"),
        )
        doc = json.loads(json.dumps(r.report()))
        assert (doc["numerator"], doc["denominator"], doc["status"]) == (0, 1, "not_met")
        assert "wersja późniejsza" in doc["explanation"]["pl"]


# --- properties ---------------------------------------------------------------------------------

_AS_OF = st.dates(date(2014, 1, 1), date(2029, 12, 31))
_GROUPS = st.none() | st.sampled_from(Category)


class TestProperties:
    @given(definitions(), cohorts(), _AS_OF, _GROUPS)
    def test_rates_are_shares_and_ordered(
        self, definition: object, cohort: Cohort, as_of: date, group: Category | None
    ) -> None:
        r = evaluate(definition, cohort, as_of, group)  # type: ignore[arg-type]
        if r.denominator:
            assert r.low is not None and r.high is not None
            assert Decimal(0) <= r.low <= r.high <= Decimal(1)
        # Every participant is accounted for exactly once.
        ids = list(r.achieved) + list(r.failed)
        ids += [i for p in r.pending for i in p.participants]
        ids += [i for e in r.exclusions for i in e.participants]
        assert sorted(ids) == sorted(p.id for p in cohort)

    @given(definitions(), cohorts(), _AS_OF, _GROUPS)
    def test_breakdowns_sum_to_totals(
        self, definition: object, cohort: Cohort, as_of: date, group: Category | None
    ) -> None:
        r = evaluate(definition, cohort, as_of, group)  # type: ignore[arg-type]
        assert len(r.breakdowns) == len(Dimension)
        for b in r.breakdowns:
            assert b.totals() == (r.numerator, r.pending_count, r.denominator)
            assert all(row.failed >= 0 for row in b.rows)

    @given(definitions(), cohorts(), _AS_OF, _AS_OF, _GROUPS)
    def test_the_range_only_narrows_as_the_date_moves_forward(
        self, definition: object, cohort: Cohort, a: date, b: date, group: Category | None
    ) -> None:
        first, second = sorted((a, b))
        # A returning person's next participation starting in between moves their final exit:
        # their result is measured again after it (the returning-person policy), so the range
        # narrows only while no participation of a returning person starts.
        assume(not any(p.person is not None and first < p.entry <= second for p in cohort))
        r1 = evaluate(definition, cohort, first, group, breakdowns=False)  # type: ignore[arg-type]
        r2 = evaluate(definition, cohort, second, group, breakdowns=False)  # type: ignore[arg-type]
        if r2.denominator:
            assert r1.low is not None and r2.low is not None
            assert r1.low <= r2.low
            assert r1.high is not None and r2.high is not None
            assert r2.high <= r1.high
        assert set(r1.achieved) <= set(r2.achieved)

    @given(
        cohorts(),
        _AS_OF,
        _GROUPS,
        st.sampled_from([SOCIAL_EFFECTIVENESS, EMPLOYMENT_EFFECTIVENESS]),
    )
    def test_adding_an_achiever_never_lowers_the_lower_bound(
        self, cohort: Cohort, as_of: date, group: Category | None, definition: object
    ) -> None:
        before = evaluate(definition, cohort, as_of, group, breakdowns=False)  # type: ignore[arg-type]
        left = as_of - timedelta(days=200)
        achiever = Participant(
            "NEW",
            Sex.FEMALE,
            left - timedelta(days=100),
            left,
            ExitReason.COMPLETED,
            categories=frozenset(Category),
            support=[SupportEpisode("internship", left - timedelta(days=50))],
            results=[Result(ResultKind.SOCIAL_PROGRESS, left)],
            employment=[Employment(EmploymentKind.SELF_EMPLOYMENT, left)],
        )
        after = evaluate(definition, Cohort([*cohort, achiever]), as_of, group, breakdowns=False)  # type: ignore[arg-type]
        assert "NEW" in after.achieved
        assert before.low is None or (after.low is not None and after.low >= before.low)

    @given(cohorts(), _AS_OF, st.data())
    def test_an_exclusion_never_changes_another_categorys_numerator(
        self, cohort: Cohort, as_of: date, data: st.DataObject
    ) -> None:
        if not cohort.participants:
            return
        index = data.draw(st.integers(0, len(cohort) - 1))
        p = cohort.participants[index]
        kind = data.draw(st.sampled_from([ResultKind.SCHOOL_EDUCATION, ResultKind.START_UP_FUNDS]))
        moved = attrs.evolve(p, results=[*p.results, Result(kind, p.entry)])
        changed = Cohort([moved if q is p else q for q in cohort])
        for category in Category:
            if category in p.categories:
                continue
            before = evaluate(EMPLOYMENT_EFFECTIVENESS, cohort, as_of, category, breakdowns=False)
            after = evaluate(EMPLOYMENT_EFFECTIVENESS, changed, as_of, category, breakdowns=False)
            assert before.numerator == after.numerator

    @given(participants())
    def test_participants_round_trip_and_hide_data(self, p: Participant) -> None:
        back = converter.structure(json.loads(json.dumps(converter.unstructure(p))), Participant)
        assert back == p
        assert repr(p).startswith(f"Participant(id={p.id!r}")


class TestEnums:
    @pytest.mark.parametrize(
        "kind",
        [
            Category,
            LabourStatus,
            ExitReason,
            EmploymentKind,
            ResultKind,
            ProgressForm,
            ThresholdGroup,
            WindowPolicy,
            Counting,
            Status,
            ExclusionReason,
            PendingReason,
            Dimension,
        ],
        ids=lambda k: k.__name__,
    )
    def test_round_trip_and_labels(self, kind: type) -> None:
        for member in kind:  # type: ignore[attr-defined]
            assert converter.structure(converter.unstructure(member), kind) is member
            if hasattr(member, "label"):
                assert member.label.pl and member.label.en


class TestLawCertainty:
    def test_the_wage_read_weakens_the_result(self) -> None:
        def civil(start: date) -> Participant:
            return Participant(
                "C",
                Sex.MALE,
                start - timedelta(days=100),
                start - timedelta(days=1),
                ExitReason.COMPLETED,
                support=[SupportEpisode("internship", start - timedelta(days=100))],
                employment=[Employment(EmploymentKind.CIVIL_LAW, start, value=Decimal("100000"))],
            )

        confirmed = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([civil(date(2020, 3, 2))]), LATER)
        assert confirmed.law_certainty is Certainty.CONFIRMED
        assert confirmed.certainty is Certainty.DERIVED  # the definition's own
        derived = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([civil(date(2019, 3, 1))]), LATER)
        assert derived.law_certainty is Certainty.DERIVED
        late = Cohort([civil(date(2027, 3, 1))])
        after = evaluate(EMPLOYMENT_EFFECTIVENESS, late, date(2027, 12, 31))
        assert after.numerator == 1
        assert after.certainty is Certainty.ASSUMED_UNCHANGED
        # Before the contract is known, nothing unreviewed was read.
        assert evaluate(EMPLOYMENT_EFFECTIVENESS, late, date(2027, 2, 1)).law_certainty is (
            Certainty.CONFIRMED
        )
        assert evaluate(IN_EMPLOYMENT, late, date(2027, 12, 31)).law_certainty is (
            Certainty.CONFIRMED
        )


class TestTexts:
    def test_texts_of_the_parts(self) -> None:
        assert SEVERE_DISABILITY_GROUP.label.pl.startswith("osoba o znacznym")
        bare = EmploymentCriterion({EmploymentKind.CIVIL_LAW})
        assert bare.describe() == "civil-law contract"
        only_employment = attrs.evolve(
            effectiveness_standard("later", ThresholdGroup.AT_RISK), social=None
        )
        assert only_employment.describe() == "employment effectiveness at least 22%"
        p = leaver(results=[Result(ResultKind.START_UP_FUNDS, LEFT)])
        r = employment_rate(p)
        assert "(received funds to start a business): P-1" in r.explain()
        assert "(otrzymanie środków" in r.explain("pl")

    def test_report_lists_activities(self) -> None:
        p = leaver(support=[SupportEpisode("psu", date(2019, 7, 1), activity="PAI edition 1")])
        assert (
            "„PAI edition 1”: 1 (100.0%)" in report(Cohort([p]), LATER, version="later").explain()
        )


class TestReportCounts:
    """The head line of a report agrees the nouns with their counts in both languages."""

    def test_one_participant(self) -> None:
        text = report(Cohort([leaver()]), LATER, version="later")
        assert ": 1 uczestnik (1 osoba)," in text.explain("pl")
        assert ": 1 participant (1 person)," in text.explain("en")

    def test_two_records_of_one_person(self) -> None:
        first = leaver(person="R")
        second = attrs.evolve(first, id="P-2", entry=date(2019, 6, 4))
        text = report(Cohort([first, second]), LATER, version="later")
        assert ": 2 uczestników (1 osoba)," in text.explain("pl")
        assert ": 2 participants (1 person)," in text.explain("en")
