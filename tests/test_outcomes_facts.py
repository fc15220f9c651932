"""Outcome indicators are a function of the facts: not of the order of the records, not of what
was computed before, not of what happened after the date of the report. Each promise is checked
on cases computed by hand and as a property over generated cohorts."""

from __future__ import annotations

import random
import warnings
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra import Sex
from integra.errors import IntegraError, InvalidValue
from integra.law import Certainty, Citation, Dated
from integra.outcomes import (
    COMMON_RESULT_INDICATORS,
    EMPLOYMENT_EFFECTIVENESS,
    GAINING_QUALIFICATION,
    IN_EDUCATION_OR_TRAINING,
    IN_EMPLOYMENT,
    JOB_SEARCHING,
    MINIMUM_WAGE,
    SOCIAL_EFFECTIVENESS,
    SOCIAL_EMPLOYMENT_EFFECTIVENESS,
    Achievement,
    Category,
    Cohort,
    Counting,
    Denominator,
    Dimension,
    Employment,
    EmploymentCriterion,
    EmploymentKind,
    ExclusionReason,
    ExitReason,
    IndicatorDefinition,
    LabourStatus,
    Participant,
    PendingReason,
    Result,
    ResultKind,
    SupportEpisode,
    Threshold,
    Window,
    WindowPolicy,
    evaluate,
    report,
    service_counts,
)
from integra.outcomes.eu2014 import EMPLOYMENT_2014_2020
from integra.outcomes.eu2021 import SOCIAL_SITUATION_IMPROVED
from integra.outcomes.parameters import MINIMUM_WAGE_ACT, EffectivenessStandard, ThresholdGroup
from integra.strategies.outcomes import cohorts, definitions

LIBRARY = (
    EMPLOYMENT_EFFECTIVENESS,
    SOCIAL_EFFECTIVENESS,
    SOCIAL_EMPLOYMENT_EFFECTIVENESS,
    *COMMON_RESULT_INDICATORS,
    SOCIAL_SITUATION_IMPROVED,
)
_AS_OF = st.dates(date(2014, 1, 1), date(2029, 12, 31))
_GROUPS = st.none() | st.sampled_from(Category)
VOCATIONAL = SupportEpisode("vocational_counselling", date(2019, 6, 10))


def person(
    pid: str,
    entry: date = date(2019, 6, 3),
    exit: date | None = date(2020, 1, 31),
    reason: ExitReason | None = ExitReason.COMPLETED,
    **fields: Any,
) -> Participant:
    fields.setdefault("support", [SupportEpisode("vocational_counselling", entry)])
    return Participant(pid, Sex.FEMALE, entry, exit, reason, **fields)


def civil(start: date, value: str = "100000") -> Employment:
    return Employment(EmploymentKind.CIVIL_LAW, start, value=Decimal(value))


# --- 1. order ------------------------------------------------------------------------------------


class TestOrder:
    @settings(max_examples=40, deadline=None)
    @given(definitions(), cohorts(), _AS_OF, _GROUPS, st.randoms(use_true_random=False))
    def test_the_same_cohort_in_any_order_gives_the_same_indicator(
        self,
        definition: IndicatorDefinition,
        cohort: Cohort,
        as_of: date,
        group: Category | None,
        rnd: random.Random,
    ) -> None:
        records = list(cohort)
        rnd.shuffle(records)
        first = evaluate(definition, cohort, as_of, group)
        again = evaluate(definition, Cohort(records), as_of, group)
        assert again == first  # every list, count, exclusion, pending group and breakdown

    @settings(max_examples=20, deadline=None)
    @given(cohorts(), _AS_OF, st.randoms(use_true_random=False))
    def test_every_library_indicator_and_the_report_in_any_order(
        self, cohort: Cohort, as_of: date, rnd: random.Random
    ) -> None:
        records = list(cohort)
        rnd.shuffle(records)
        specs = [(d, None, None) for d in LIBRARY]
        assert report(Cohort(records), as_of, specs) == report(cohort, as_of, specs)

    def test_ids_are_listed_in_order_of_id_whatever_the_order_of_the_records(self) -> None:
        people = [person(pid) for pid in ("C", "A", "B")]
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort(people), date(2021, 1, 1))
        assert r.failed == ("A", "B", "C")

    @pytest.mark.parametrize("swap", [False, True])
    def test_two_participations_of_one_person_that_cannot_be_told_apart_are_refused(
        self, swap: bool
    ) -> None:
        a = person("R-1", person="R")
        b = person("R-2", person="R", results=[Result(ResultKind.SOCIAL_PROGRESS, a.entry)])
        with pytest.raises(InvalidValue) as error:
            Cohort([b, a] if swap else [a, b])
        assert str(error.value) == (
            "Cohort.participants[1].entry: the same person entered twice on one day"
        )

    def test_one_entry_day_for_two_persons_is_fine(self) -> None:
        assert len(Cohort([person("A"), person("B")])) == 2


# --- 1. the cache ---------------------------------------------------------------------------------


def _corrected_wage(amount: str) -> Any:
    citation = Citation(MINIMUM_WAGE_ACT, "2")
    return MINIMUM_WAGE.amended(
        Dated(Decimal(amount), date(2020, 1, 1), date(2020, 12, 31), citation=citation),
        name="minimum monthly wage, corrected",
    )


class TestCacheIsKeyedByTheLawRead:
    def _cohort(self) -> Cohort:
        # A civil-law contract of 7 800 zł from 2020-03-02: 3 × 2 600 zł exactly.
        return Cohort(
            [person("A", exit=date(2020, 3, 1), employment=[civil(date(2020, 3, 2), "7800")])]
        )

    def _definition(self, wage: Any) -> IndicatorDefinition:
        criterion = attrs.evolve(EMPLOYMENT_2014_2020, wage=wage)
        achievement = Achievement(employment=criterion)
        return attrs.evolve(EMPLOYMENT_EFFECTIVENESS, achievement=achievement)

    def test_a_corrected_minimum_wage_is_not_served_the_old_result(self) -> None:
        cohort = self._cohort()
        as_of = date(2021, 1, 1)
        assert evaluate(self._definition(MINIMUM_WAGE), cohort, as_of).numerator == 1
        higher = evaluate(self._definition(_corrected_wage("2700")), cohort, as_of)
        assert higher.numerator == 0
        # ... and the other way round, on a fresh cohort.
        fresh = self._cohort()
        assert evaluate(self._definition(_corrected_wage("2700")), fresh, as_of).numerator == 0
        assert evaluate(self._definition(MINIMUM_WAGE), fresh, as_of).numerator == 1

    def test_criteria_with_other_wages_are_different_values(self) -> None:
        corrected = attrs.evolve(EMPLOYMENT_2014_2020, wage=_corrected_wage("2700"))
        assert corrected != EMPLOYMENT_2014_2020

    def test_a_different_threshold_table_gives_its_own_status(self) -> None:
        cohort = Cohort(
            [person("A", results=[Result(ResultKind.SOCIAL_PROGRESS, date(2020, 2, 1))])]
        )
        cohort = Cohort([*cohort, person("B")])
        as_of = date(2021, 1, 1)
        low = evaluate(SOCIAL_EFFECTIVENESS, cohort, as_of, None, Threshold(Decimal("0.5")))
        high = evaluate(SOCIAL_EFFECTIVENESS, cohort, as_of, None, Threshold(Decimal("0.6")))
        assert (low.status.value, high.status.value) == ("met", "not_met")


# --- 1. as of a date ------------------------------------------------------------------------------


class TestAsOf:
    AS_OF = date(2020, 6, 30)

    def test_support_after_the_date_is_not_in_the_breakdown(self) -> None:
        late = SupportEpisode("social_work", date(2020, 9, 1))
        p = person("A", exit=date(2020, 10, 31), support=[VOCATIONAL, late])
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), self.AS_OF)
        rows = r.breakdown(Dimension.SERVICE_CATEGORY).rows
        assert [(row.key, row.pending) for row in rows] == [("vocational", 1)]

    def test_the_report_counts_only_participations_started_by_the_date(self) -> None:
        started = person("A")
        later = person("B", entry=date(2020, 9, 1), exit=None, reason=None)
        r = report(Cohort([started, later]), self.AS_OF, ())
        assert (r.participants, r.persons, r.women) == (1, 1, 1)
        assert service_counts(Cohort([started, later]), self.AS_OF).of("vocational").total == 1

    def test_a_returning_persons_later_participation_is_not_counted_before_it_starts(
        self,
    ) -> None:
        first = person(
            "R-1",
            person="R",
            results=[Result(ResultKind.SOCIAL_PROGRESS, date(2020, 2, 10))],
        )
        second = person("R-2", date(2020, 9, 1), date(2020, 12, 31), person="R")
        before = evaluate(SOCIAL_EFFECTIVENESS, Cohort([first, second]), self.AS_OF)
        assert before.achieved == ("R-1",)
        assert [(e.reason, e.participants) for e in before.exclusions] == [
            (ExclusionReason.RETURNING, ("R-2",))
        ]
        after = evaluate(SOCIAL_EFFECTIVENESS, Cohort([first, second]), date(2020, 10, 1))
        assert [(p.reason, p.participants) for p in after.pending] == [
            (PendingReason.PARTICIPATING, ("R-2",))
        ]

    def test_exit_after_the_date_is_not_known(self) -> None:
        p = person("A", exit=date(2020, 7, 15))
        r = evaluate(SOCIAL_EFFECTIVENESS, Cohort([p]), self.AS_OF)
        assert r.pending[0].reason is PendingReason.PARTICIPATING


# --- 1. certainty ---------------------------------------------------------------------------------


class TestCertainty:
    """The 2019 minimum wage is DERIVED, the 2020 one CONFIRMED."""

    @pytest.mark.parametrize("counting", list(Counting))
    def test_the_wage_read_weakens_the_result_under_either_counting(
        self, counting: Counting
    ) -> None:
        criterion = EmploymentCriterion({EmploymentKind.CIVIL_LAW}, None, None, Decimal("3"))
        definition = attrs.evolve(
            IN_EMPLOYMENT, achievement=Achievement(employment=criterion, counting=counting)
        )
        p = person("A", date(2019, 1, 7), date(2019, 3, 29), employment=[civil(date(2019, 4, 1))])
        r = evaluate(definition, Cohort([p]), date(2019, 12, 31))
        assert r.numerator == 1
        assert r.law_certainty is Certainty.DERIVED
        confirmed = attrs.evolve(
            p,
            entry=date(2020, 1, 7),
            exit=date(2020, 3, 29),
            support=[],
            employment=[civil(date(2020, 4, 1))],
        )
        assert evaluate(definition, Cohort([confirmed]), date(2020, 12, 31)).law_certainty is (
            Certainty.CONFIRMED
        )

    @settings(max_examples=40, deadline=None)
    @given(cohorts(), _AS_OF)
    def test_certainty_does_not_depend_on_the_counting_policy(
        self, cohort: Cohort, as_of: date
    ) -> None:
        criterion = attrs.evolve(EMPLOYMENT_2014_2020, min_months=None)
        found = set()
        for counting in Counting:
            definition = attrs.evolve(
                IN_EMPLOYMENT, achievement=Achievement(employment=criterion, counting=counting)
            )
            found.add(evaluate(definition, cohort, as_of, breakdowns=False).law_certainty)
        assert len(found) == 1


# --- 1. personal data and bad values --------------------------------------------------------------

PESEL = "44051401458"


def _chain(error: BaseException) -> str:
    seen: list[str] = []
    current: BaseException | None = error
    while current is not None and len(seen) < 10:
        seen.append(repr(current) + str(current) + repr(current.args))
        current = current.__cause__ or current.__context__
    return " ".join(seen)


class TestPersonalData:
    @pytest.mark.parametrize(
        "padded", [f" {PESEL}", f"{PESEL} ", f"\t{PESEL}\n", f"{PESEL[:6]} {PESEL[6:]}"]
    )
    def test_a_padded_pesel_is_not_a_pseudonym(self, padded: str) -> None:
        builds: list[Callable[[], object]] = [
            lambda: person(padded),
            lambda: person("A", person=padded),
        ]
        for build in builds:
            with pytest.raises(InvalidValue) as error:
                build()
            assert PESEL not in _chain(error.value) and PESEL[6:] not in _chain(error.value)

    def test_an_unknown_service_code_is_not_repeated(self) -> None:
        with pytest.raises(InvalidValue) as error:
            SupportEpisode(PESEL, date(2020, 1, 1))
        assert str(error.value) == "SupportEpisode.service is not a catalogue code"
        assert PESEL not in _chain(error.value)

    def test_a_support_episode_repr_holds_no_health_fact(self) -> None:
        episode = SupportEpisode("addiction_therapy", date(2020, 1, 1), hours=Decimal(5))
        assert "addiction" not in repr(episode) and "health" not in repr(episode)

    def test_an_unknown_guideline_version_is_not_chained(self) -> None:
        from integra.outcomes import effectiveness_standard

        with pytest.raises(InvalidValue) as error:
            effectiveness_standard(PESEL, ThresholdGroup.AT_RISK)
        assert error.value.__context__ is None and error.value.__cause__ is None
        with pytest.raises(InvalidValue, match=r"^effectiveness_standard\.version must be"):
            effectiveness_standard(["later"], ThresholdGroup.AT_RISK)  # type: ignore[arg-type]


class TestBadValues:
    @pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")])
    def test_nan_is_refused_by_every_share(self, value: Decimal) -> None:
        builds: list[Callable[[], object]] = [
            lambda: Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 1, 1), fte=value),
            lambda: Threshold(value),
            lambda: EffectivenessStandard("x", ThresholdGroup.AT_RISK, value),
            lambda: EffectivenessStandard("x", ThresholdGroup.AT_RISK, Decimal("0.2"), value),
            lambda: EmploymentCriterion({EmploymentKind.CIVIL_LAW}, wage_multiple=value),
            lambda: SupportEpisode("psu", date(2020, 1, 1), hours=value),
            lambda: civil(date(2020, 1, 1), str(value)),
        ]
        for build in builds:
            with pytest.raises(InvalidValue) as error:
                build()
            assert error.value.__context__ is None

    @pytest.mark.parametrize("far", [date(9999, 12, 31), date.max, date(2200, 1, 1)])
    def test_far_future_dates_are_refused(self, far: date) -> None:
        builds: list[Callable[[], object]] = [
            lambda: person("A", entry=far, exit=None, reason=None, support=[]),
            lambda: person("A", exit=far),
            lambda: SupportEpisode("psu", far),
            lambda: SupportEpisode("psu", date(2020, 1, 1), far),
            lambda: civil(far),
            lambda: Employment(EmploymentKind.SELF_EMPLOYMENT, date(2020, 1, 1), far),
            lambda: Result(ResultKind.QUALIFICATION, far),
            lambda: evaluate(SOCIAL_EFFECTIVENESS, Cohort([]), far),
            lambda: report(Cohort([]), far),
            lambda: service_counts(Cohort([]), far),
        ]
        for build in builds:
            with pytest.raises(IntegraError, match="after 2199-12-31"):
                build()

    def test_the_last_day_allowed_still_computes(self) -> None:
        last = date(2199, 12, 31)
        p = person("A", entry=last, exit=last, support=[], employment=[civil(last)])
        definition = attrs.evolve(
            EMPLOYMENT_EFFECTIVENESS,
            window=Window(3660, 120, WindowPolicy.MONTHS_AT_LEAST_DAYS),
            population=Denominator(),
        )
        idle = person("B", entry=last, exit=last, support=[])
        r = evaluate(definition, Cohort([p, idle]), last)
        assert r.achieved == ("A",)
        assert r.law_certainty is Certainty.ASSUMED_UNCHANGED  # a wage nobody has reviewed
        # 120 months from 2200-01-01 end 2209-12-31; 3660 days after 2199-12-31 is 2210-01-08.
        assert [(g.reason, g.decided_by) for g in r.pending] == [
            (PendingReason.WINDOW_OPEN, date(2210, 1, 8))
        ]

    @pytest.mark.parametrize(
        "build",
        [
            lambda: Window(3661),
            lambda: Window(90, 121, WindowPolicy.MONTHS_AT_LEAST_DAYS),
            lambda: EmploymentCriterion({EmploymentKind.CIVIL_LAW}, 121),
        ],
    )
    def test_windows_and_contract_lengths_are_bounded(self, build: Any) -> None:
        with pytest.raises(InvalidValue, match="at most"):
            build()

    def test_as_of_must_be_a_date(self) -> None:
        with pytest.raises(InvalidValue, match=r"evaluate\.as_of must be a datetime\.date"):
            evaluate(SOCIAL_EFFECTIVENESS, Cohort([]), "2020-01-01")  # type: ignore[arg-type]


# --- 2. a returning person ------------------------------------------------------------------------


class TestReturningPerson:
    """R took part in 2019 (inactive on entry, at risk) and again in 2020 (unemployed, no
    category recorded). The person counts once: entry data from the first participation,
    results after the final exit."""

    def _records(self, **second: Any) -> tuple[Participant, Participant]:
        first = person(
            "R-1",
            date(2019, 1, 7),
            date(2019, 5, 31),
            person="R",
            labour_status=LabourStatus.INACTIVE,
            categories={Category.AT_RISK},
        )
        later = person(
            "R-2",
            date(2019, 9, 2),
            date(2020, 1, 31),
            person="R",
            labour_status=LabourStatus.UNEMPLOYED,
            **second,
        )
        return first, later

    def test_entry_data_from_the_first_participation(self) -> None:
        first, later = self._records(
            results=[Result(ResultKind.JOB_SEARCH, date(2020, 2, 3))],
        )
        r = evaluate(JOB_SEARCHING, Cohort([later, first]), date(2020, 12, 31))
        assert (r.numerator, r.denominator, r.achieved) == (1, 1, ("R-2",))
        assert [(e.reason, e.participants) for e in r.exclusions] == [
            (ExclusionReason.RETURNING, ("R-1",))
        ]
        grouped = evaluate(SOCIAL_EFFECTIVENESS, Cohort([first, later]), date(2020, 12, 31))
        at_risk = evaluate(
            SOCIAL_EFFECTIVENESS, Cohort([first, later]), date(2020, 12, 31), Category.AT_RISK
        )
        assert grouped.denominator == at_risk.denominator == 1

    def test_results_after_the_final_exit(self) -> None:
        # Employed between the participations: a job that ended before the final exit is not
        # employment after it; one started after the final exit is.
        first, later = self._records()
        between = Employment(
            EmploymentKind.EMPLOYMENT_CONTRACT, date(2019, 6, 3), date(2019, 8, 30), fte=Decimal(1)
        )
        first = attrs.evolve(first, employment=[between])
        r = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([first, later]), date(2020, 12, 31))
        assert (r.numerator, r.failed) == (0, ("R-2",))
        after = Employment(EmploymentKind.SELF_EMPLOYMENT, date(2020, 3, 2))
        first = attrs.evolve(first, employment=[between, after])
        r = evaluate(EMPLOYMENT_EFFECTIVENESS, Cohort([first, later]), date(2020, 12, 31))
        assert r.achieved == ("R-2",)

    def test_the_policy_is_named_in_the_label(self) -> None:
        label = ExclusionReason.RETURNING.label
        assert "first participation" in label.en and "final exit" in label.en
        assert "pierwszego udziału" in label.pl


# --- 2. results that cannot be lost ---------------------------------------------------------------


class TestResultsThatCannotBeLost:
    """Left 2020-01-31; the 28-day window ends 2020-02-28."""

    @pytest.mark.parametrize(
        ("definition", "kind"),
        [
            (GAINING_QUALIFICATION, ResultKind.QUALIFICATION),
            (IN_EDUCATION_OR_TRAINING, ResultKind.EDUCATION_OR_TRAINING),
        ],
    )
    def test_counts_while_the_window_is_open(
        self, definition: IndicatorDefinition, kind: ResultKind
    ) -> None:
        p = person("A", results=[Result(kind, date(2020, 2, 5))])
        assert evaluate(definition, Cohort([p]), date(2020, 2, 4)).pending[0].reason is (
            PendingReason.WINDOW_OPEN
        )
        r = evaluate(definition, Cohort([p]), date(2020, 2, 5))
        assert (r.achieved, r.pending) == (("A",), ())

    def test_employment_and_job_search_wait_for_the_window_to_close(self) -> None:
        p = person(
            "A",
            labour_status=LabourStatus.INACTIVE,
            results=[Result(ResultKind.JOB_SEARCH, date(2020, 2, 3))],
            employment=[civil(date(2020, 2, 10))],
        )
        for definition in (JOB_SEARCHING, IN_EMPLOYMENT):
            r = evaluate(definition, Cohort([p]), date(2020, 2, 27))
            assert r.pending[0].reason is PendingReason.WINDOW_OPEN
        assert evaluate(IN_EMPLOYMENT, Cohort([p]), date(2020, 2, 28)).achieved == ("A",)
        assert evaluate(JOB_SEARCHING, Cohort([p]), date(2020, 2, 28)).failed == ("A",)


# --- 3. names --------------------------------------------------------------------------------------


class TestNames:
    def test_star_imports_of_bulk_and_outcomes_shadow_nothing(self) -> None:
        pytest.importorskip("numpy")
        bound: dict[str, object] = {}
        for module in ("integra.bulk", "integra.outcomes"):
            namespace: dict[str, object] = {}
            exec(f"from {module} import *", namespace)
            for name, value in namespace.items():
                if name == "__builtins__":
                    continue
                assert bound.setdefault(name, value) is value, name

    @pytest.mark.parametrize("module", ["integra.outcomes", "integra.outcomes.indicators"])
    def test_the_old_name_still_imports_with_a_warning(self, module: str) -> None:
        import importlib

        package = importlib.import_module(module)
        with pytest.warns(DeprecationWarning, match="Denominator"):
            old = package.Population
        assert old is Denominator
        assert "Population" not in package.__all__
        with pytest.raises(AttributeError):
            package.NoSuchName  # noqa: B018

    def test_the_new_name_warns_nothing(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            from integra.outcomes.indicators import Denominator as again

        assert again().exits == frozenset({ExitReason.COMPLETED, ExitReason.EARLY_FOR_JOB})
