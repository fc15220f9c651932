"""Tests of integra.programmes.pai: PAI plans against UPZ art. 62a, hand-computed on both sides of
every limit and every date boundary, and properties of the validator and the default builder."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from helpers import collected
from integra import (
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    DateRange,
    IntegraError,
    InvalidRange,
    InvalidValue,
    IsoWeek,
    MonthEndPolicy,
    NoLawInForce,
    PartialWeekPolicy,
    Person,
    ProfileSpell,
    Registration,
    Sex,
)
from integra.parameters import URP
from integra.periods import weeks_of
from integra.programmes.pai import (
    ART_62A,
    PAI_ELIGIBILITY,
    ActivationReading,
    Activity,
    Block,
    FirstReferralCounting,
    PaiPlan,
    PaiReferral,
    PlanSummary,
    Session,
    WeekHours,
    default_plan,
    eligibility,
    referral_months,
    summary,
    validate,
    weekly_hours,
)
from integra.programmes.violations import Validation
from integra.serialization import converter
from integra.strategies.core import dates
from integra.strategies.pai import (
    LAW_FIRST_DAY,
    LAW_LAST_DAY,
    default_plans,
    plans,
    referrals,
    type_strategies,
)

D = Decimal
TEN = D(10)
WORK = Activity.SOCIALLY_USEFUL_WORK
TALK = Activity.GROUP_COUNSELLING

# 2016-04-04 is a Monday: the referral runs 2016-04-04..2016-06-03 (Friday), nine ISO weeks,
# W14..W21 whole and W22 Monday to Friday only.
MONDAY = date(2016, 4, 4)
# 2016-04-06 is a Wednesday: the first week has 3 working days in the referral (W14), the last
# week (W23) Monday to Sunday 2016-06-05 ... the referral ends on Sunday 2016-06-05.
WEDNESDAY = date(2016, 4, 6)


def plan_of(
    referral: PaiReferral,
    activation: Sequence[Decimal | int | str],
    integration: Sequence[Decimal | int | str],
) -> PaiPlan:
    """A plan with the given hours in each week slice of the referral, on the slice's first day."""
    sessions: list[Session] = []
    parts = weeks_of(referral.period())
    assert len(parts) == len(activation) == len(integration)
    for part, act, integ in zip(parts, activation, integration, strict=True):
        if D(act) > 0:
            sessions.append(Session(part.days.start, D(act), WORK))
        if D(integ) > 0:
            sessions.append(Session(part.days.start, D(integ), TALK))
    return PaiPlan(referral, sessions)


def standard(referral: PaiReferral) -> list[Decimal]:
    """The prorated 10-hour minimum of each week slice of the referral."""
    out = []
    for part in weeks_of(referral.period()):
        minimum = PartialWeekPolicy.PRORATE.minimum_for(part, TEN)
        assert minimum is not None
        out.append(minimum)
    return out


def with_week(values: list[Decimal], index: int, value: Decimal | str) -> list[Decimal]:
    changed = list(values)
    changed[index] = D(value)
    return changed


def codes(plan: PaiPlan, **options: Any) -> tuple[str, ...]:
    return validate(plan, **options).codes


def unemployed_on_assistance(*, profile: AssistanceProfile | None = None) -> Person:
    profiles: tuple[ProfileSpell, ...] = ()
    if profile is not None:
        profiles = (ProfileSpell(profile, DateRange(date(2015, 1, 1))),)
    return collected(
        date(1980, 3, 3),
        Sex.FEMALE,
        registrations=[Registration(DateRange(date(2015, 1, 1)), profiles=profiles)],
        benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2015, 1, 1)))],
    )


# --- Types ------------------------------------------------------------------------------------


class TestEnums:
    def test_activities_map_to_blocks(self) -> None:
        assert [a for a in Activity if a.block is Block.ACTIVATION] == [WORK]
        assert {a.block for a in Activity} == set(Block)

    def test_every_member_has_both_labels(self) -> None:
        for member in (*Block, *Activity):
            assert member.label.pl and member.label.en
        assert Activity.TRAINER_WORKSHOP.label.pl == "warsztaty trenerskie"


class TestSession:
    def test_valid_session(self) -> None:
        s = Session(MONDAY, D("24"), Activity.SUPPORT_GROUP)
        assert s.block is Block.INTEGRATION
        assert s.week == IsoWeek(2016, 14)

    @pytest.mark.parametrize(
        "hours", [D(0), D("-1"), D("24.01"), D("NaN"), D("Infinity"), 2.5, True], ids=repr
    )
    def test_bad_hours(self, hours: Any) -> None:
        with pytest.raises(InvalidValue, match=r"Session\.hours"):
            Session(MONDAY, hours, WORK)

    def test_bad_day_and_activity(self) -> None:
        from datetime import datetime

        with pytest.raises(InvalidValue, match=r"Session\.day"):
            Session(datetime(2016, 4, 4, 9), D(1), WORK)
        with pytest.raises(InvalidValue, match=r"Session\.activity"):
            Session(MONDAY, D(1), "socially_useful_work")  # type: ignore[arg-type]


class TestReferral:
    def test_defaults(self) -> None:
        r = PaiReferral(MONDAY)
        assert r.agreed_on == r.law_on == MONDAY
        assert r.end is None and r.previous == () and r.person is None
        assert str(r.period()) == "2016-04-04..2016-06-03"

    def test_agreed_after_start_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match="agreed_on must not be after"):
            PaiReferral(MONDAY, agreed_on=MONDAY + timedelta(days=1))

    def test_end_before_start_is_refused(self) -> None:
        with pytest.raises(InvalidRange):
            PaiReferral(MONDAY, end=MONDAY - timedelta(days=1))

    @pytest.mark.parametrize(
        ("previous", "message"),
        [
            ([DateRange(date(2015, 1, 1))], "closed"),
            ([DateRange(date(2016, 2, 1), MONDAY)], "end before"),
            (
                [
                    DateRange(date(2015, 1, 1), date(2015, 2, 28)),
                    DateRange(date(2015, 2, 28), date(2015, 3, 31)),
                ],
                "overlap",
            ),
            (["2015-01-01"], "DateRange"),
        ],
    )
    def test_bad_previous(self, previous: list[Any], message: str) -> None:
        with pytest.raises(InvalidValue, match=message):
            PaiReferral(MONDAY, previous=previous)

    def test_previous_is_sorted(self) -> None:
        a = DateRange(date(2015, 1, 1), date(2015, 2, 28))
        b = DateRange(date(2015, 6, 1), date(2015, 7, 31))
        assert PaiReferral(MONDAY, previous=[b, a]).previous == (a, b)

    def test_person_must_be_a_person(self) -> None:
        with pytest.raises(InvalidValue, match="person"):
            PaiReferral(MONDAY, person="Anna")  # type: ignore[arg-type]

    def test_bad_dates(self) -> None:
        with pytest.raises(InvalidValue):
            PaiReferral("2016-04-04")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue):
            PaiReferral(MONDAY, end="2016-06-03")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("start", "clip_end", "next_day_end"),
        [
            (date(2016, 1, 31), date(2016, 3, 30), date(2016, 3, 30)),
            (date(2015, 12, 31), date(2016, 2, 29), date(2016, 2, 29)),
            (date(2016, 12, 31), date(2017, 2, 28), date(2017, 2, 28)),
            (date(2016, 12, 30), date(2017, 2, 28), date(2017, 2, 28)),
            (date(2016, 12, 29), date(2017, 2, 28), date(2017, 2, 28)),
            (date(2016, 12, 28), date(2017, 2, 27), date(2017, 2, 27)),
            (date(2016, 3, 1), date(2016, 4, 30), date(2016, 4, 30)),
        ],
    )
    def test_two_calendar_months_with_the_month_end_policy(
        self, start: date, clip_end: date, next_day_end: date
    ) -> None:
        r = PaiReferral(start)
        assert r.period().end == clip_end
        with pytest.deprecated_call():
            assert r.period(MonthEndPolicy.NEXT_DAY).end == next_day_end

    def test_no_statutory_period_without_law(self) -> None:
        with pytest.raises(NoLawInForce):
            PaiReferral(date(2025, 6, 1)).period()
        r = PaiReferral(date(2025, 6, 1), end=date(2025, 7, 31))
        assert r.period().days == 61
        assert r.limits() is None


class TestPlan:
    def test_sessions_are_sorted_and_checked(self) -> None:
        a = Session(MONDAY + timedelta(days=1), D(1), WORK)
        b = Session(MONDAY, D(1), WORK)
        assert PaiPlan(PaiReferral(MONDAY), [a, b]).sessions == (b, a)
        with pytest.raises(InvalidValue, match="Session"):
            PaiPlan(PaiReferral(MONDAY), ["x"])  # type: ignore[list-item]
        with pytest.raises(InvalidValue, match="referral"):
            PaiPlan(MONDAY, [])  # type: ignore[arg-type]

    def test_without_and_with_sessions(self) -> None:
        s = Session(MONDAY, D(1), WORK)
        plan = PaiPlan(PaiReferral(MONDAY), [s, s])
        assert plan.without(s).sessions == (s,)
        assert plan.hours() == D(2) and plan.hours(Block.INTEGRATION) == 0
        with pytest.raises(InvalidValue, match="no such session"):
            plan.without(Session(MONDAY, D(2), WORK))
        assert plan.with_sessions([s]).hours(Block.ACTIVATION) == D(3)


# --- Validation: the law date -----------------------------------------------------------------


class TestLawDate:
    def test_before_pai_existed(self) -> None:
        result = validate(PaiPlan(PaiReferral(date(2014, 5, 26))))
        assert result.codes == ("pai.law.not_in_force",)
        assert result.violations[0].citation == ART_62A
        assert "2014-05-27" in result.violations[0].required.en

    def test_first_day(self) -> None:
        assert validate(default_plan(date(2014, 5, 27))).valid
        # Agreed the day before, starting on the first day: still no PAI law on the law date.
        early = PaiReferral(date(2014, 5, 27), agreed_on=date(2014, 5, 26))
        assert codes(PaiPlan(early)) == ("pai.law.not_in_force",)

    def test_agreed_on_the_last_day_keeps_the_old_rules(self) -> None:
        referral = PaiReferral(date(2025, 6, 2), agreed_on=date(2025, 5, 31))
        plan = default_plan(referral)
        assert plan.referral.period().end == date(2025, 8, 1)
        assert validate(plan).valid
        # ... and the old rules still bite after the repeal.
        talk = next(s for s in reversed(plan.sessions) if s.block is Block.INTEGRATION)
        assert codes(plan.without(talk)) == ("pai.integration.weekly_minimum",)

    def test_agreed_from_the_repeal(self) -> None:
        result = validate(PaiPlan(PaiReferral(date(2025, 6, 1))))
        assert result.codes == ("pai.law.not_modelled",)
        violation = result.violations[0]
        assert violation.citation is not None and violation.citation.act == URP
        assert violation.citation.article == "435"
        assert "no PAI equivalent under URP" in violation.observed.en
        with pytest.raises(NoLawInForce):
            default_plan(date(2025, 6, 1))

    def test_a_plan_with_no_law_gets_one_violation_only(self) -> None:
        sessions = [Session(date(2026, 1, 5), D(30) / 2, WORK) for _ in range(3)]
        plan = PaiPlan(PaiReferral(date(2026, 1, 5), end=date(2026, 1, 6)), sessions)
        assert codes(plan) == ("pai.law.not_modelled",)


# --- Validation: eligibility ------------------------------------------------------------------


class TestEligibility:
    def test_no_person_no_check(self) -> None:
        assert eligibility(PaiReferral(MONDAY)) is None

    def test_profile_iii_needed_until_2019_06_13(self) -> None:
        person = unemployed_on_assistance()
        before = default_plan(PaiReferral(date(2019, 6, 13), person=person))
        result = validate(before)
        assert result.codes == ("pai.eligibility.not_met",)
        violation = result.violations[0]
        assert "profile" in violation.observed.en
        assert "profile III" in violation.required.en
        assert violation.citation is not None and violation.citation.paragraph == "1"
        with_profile = unemployed_on_assistance(profile=AssistanceProfile.III)
        assert validate(default_plan(PaiReferral(date(2019, 6, 13), person=with_profile))).valid

    def test_assistance_alone_from_2019_06_14(self) -> None:
        person = unemployed_on_assistance()
        plan = default_plan(PaiReferral(date(2019, 6, 14), person=person))
        assert validate(plan).valid
        verdict = eligibility(plan.referral)
        assert verdict is not None and verdict.eligible

    def test_transitional_referral_is_checked_with_the_law_of_agreement(self) -> None:
        # Agreed while profiles existed, starting after they were abolished.
        referral = PaiReferral(
            date(2019, 6, 20), agreed_on=date(2019, 6, 13), person=unemployed_on_assistance()
        )
        assert codes(default_plan(referral)) == ("pai.eligibility.not_met",)

    def test_not_receiving_assistance(self) -> None:
        person = collected(
            date(1980, 3, 3), Sex.MALE, registrations=[Registration(DateRange(date(2015, 1, 1)))]
        )
        result = validate(default_plan(PaiReferral(date(2020, 2, 3), person=person)))
        assert result.codes == ("pai.eligibility.not_met",)
        assert "receives social-assistance benefits" in result.violations[0].observed.en

    def test_unknown_is_reported_apart_from_failure(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import integra.programmes.pai.validation as pai

        person = unemployed_on_assistance()
        unknown = PAI_ELIGIBILITY.evaluate(person, date(2020, 1, 1), law_on=date(2030, 1, 1))
        assert unknown.outcome.value == "unknown"
        monkeypatch.setattr(pai, "eligibility", lambda referral: unknown)
        result = validate(default_plan(PaiReferral(date(2020, 2, 3), person=person)))
        assert result.codes == ("pai.eligibility.unknown",)
        assert "missing" in result.violations[0].observed.en


# --- Validation: duration and the 6 months ----------------------------------------------------


class TestDuration:
    def test_statutory_end_given_explicitly(self) -> None:
        referral = PaiReferral(MONDAY, end=date(2016, 6, 3))
        assert validate(plan_of(referral, standard(referral), standard(referral))).valid

    @pytest.mark.parametrize(
        ("end", "label"),
        [(date(2016, 6, 2), "shorter"), (date(2016, 6, 4), "longer")],
    )
    def test_one_day_off(self, end: date, label: str) -> None:
        referral = PaiReferral(MONDAY, end=end)
        result = validate(plan_of(referral, standard(referral), standard(referral)))
        assert result.codes == ("pai.duration.length",)
        violation = result.violations[0]
        assert label in violation.label.en
        assert "2016-04-04..2016-06-03 (61 days)" in violation.required.en
        assert violation.citation == ART_62A


class TestTotalMonths:
    def two_months(self, start: date) -> DateRange:
        return PaiReferral(start).period()

    def referral(self, count: int) -> PaiReferral:
        starts = [date(2015, 1, 5), date(2015, 3, 9), date(2015, 5, 11), date(2015, 7, 13)]
        return PaiReferral(MONDAY, previous=[self.two_months(s) for s in starts[:count]])

    def test_counts_first_referral(self) -> None:
        assert validate(default_plan(self.referral(2))).valid  # 2 + 2 + 2 = 6
        result = validate(default_plan(self.referral(3)))  # 8 > 6
        assert result.codes == ("pai.total.exceeded",)
        assert result.violations[0].observed.en == (
            "8 months in 4 referral(s) (first referral included: 2 + 2 + 2 + 2)"
        )

    def test_first_referral_excluded(self) -> None:
        excluded = FirstReferralCounting.EXCLUDED
        assert validate(default_plan(self.referral(3)), count_first_referral=excluded).valid
        # 2 + 2 + 2 + 2 after the first referral
        result = validate(default_plan(self.referral(4)), count_first_referral=excluded)
        assert result.codes == ("pai.total.exceeded",)
        assert "first referral excluded" in result.violations[0].required.en

    def test_a_short_earlier_referral_counts_its_months_begun(self) -> None:
        short = DateRange(date(2015, 1, 5), date(2015, 1, 25))
        previous = [short, self.two_months(date(2015, 3, 9))]
        assert validate(default_plan(PaiReferral(MONDAY, previous=previous))).valid  # 1 + 2 + 2
        previous.append(self.two_months(date(2015, 6, 1)))
        assert codes(default_plan(PaiReferral(MONDAY, previous=previous))) == (
            "pai.total.exceeded",
        )  # 1 + 2 + 2 + 2 = 7

    def test_referral_months(self) -> None:
        assert referral_months(DateRange(date(2016, 1, 31), date(2016, 2, 28))) == 1
        assert referral_months(DateRange(date(2016, 1, 31), date(2016, 2, 29))) == 1
        assert referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 1))) == 2
        assert referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 30))) == 2
        assert referral_months(DateRange(date(2016, 1, 31), date(2016, 3, 31))) == 3
        assert referral_months(DateRange(date(2016, 1, 1), date(2016, 1, 1))) == 1
        with pytest.raises(InvalidRange):
            referral_months(DateRange(date(2016, 1, 1)))


# --- Validation: sessions and weekly hours ----------------------------------------------------


class TestSessionsOutside:
    @pytest.mark.parametrize(
        ("day", "outside"),
        [
            (date(2016, 4, 3), True),
            (date(2016, 4, 4), False),
            (date(2016, 6, 3), False),
            (date(2016, 6, 4), True),
        ],
    )
    def test_edges(self, day: date, outside: bool) -> None:
        plan = default_plan(MONDAY).with_sessions([Session(day, D(1), TALK)])
        assert codes(plan) == (("pai.session.outside_period",) if outside else ())

    def test_outside_hours_are_not_counted_in_the_weeks(self) -> None:
        plan = default_plan(MONDAY).with_sessions(
            [Session(date(2016, 4, 3), D(3), WORK), Session(date(2016, 4, 3), D(1), TALK)]
        )
        result = validate(plan)
        assert result.violations[0].observed.en == "2 session(s), 4 h, on 2016-04-03"
        assert weekly_hours(plan)[0].activation == TEN
        s = summary(plan)
        assert s.hours_outside_period == D(4) and s.total_hours == D(180)


class TestActivationHours:
    referral = PaiReferral(MONDAY)

    @pytest.mark.parametrize(
        ("hours", "expected"),
        [
            ("10", ()),
            ("10.25", ("pai.activation.weekly_maximum",)),
            ("9.75", ("pai.activation.weekly_minimum",)),
            ("0", ("pai.activation.weekly_minimum",)),
        ],
    )
    def test_whole_week_needs_exactly_ten(self, hours: str, expected: tuple[str, ...]) -> None:
        base = standard(self.referral)
        plan = plan_of(self.referral, with_week(base, 3, hours), base)
        assert codes(plan, activation=ActivationReading.EXACT) == expected

    @pytest.mark.parametrize(
        ("hours", "expected"),
        [
            ("10", ()),
            ("10.25", ("pai.activation.weekly_maximum",)),
            ("0", ()),
            ("9.75", ()),
        ],
    )
    def test_at_most_reading(self, hours: str, expected: tuple[str, ...]) -> None:
        base = standard(self.referral)
        plan = plan_of(self.referral, with_week(base, 3, hours), base)
        assert codes(plan, activation=ActivationReading.AT_MOST) == expected
        assert codes(plan) == expected  # the default reading

    @pytest.mark.parametrize(
        ("hours", "expected"),
        [
            ("6", ()),
            ("5.75", ("pai.activation.weekly_minimum",)),
            ("10", ()),  # the cap is the whole ISO week's, even in a partial week
            ("10.25", ("pai.activation.weekly_maximum",)),
        ],
    )
    def test_partial_first_week(self, hours: str, expected: tuple[str, ...]) -> None:
        referral = PaiReferral(WEDNESDAY)
        base = standard(referral)
        assert base[0] == D(6)
        plan = plan_of(referral, with_week(base, 0, hours), base)
        assert codes(plan, activation=ActivationReading.EXACT) == expected

    def test_explanations(self) -> None:
        base = standard(self.referral)
        over = validate(
            plan_of(self.referral, with_week(base, 0, "11"), base),
            activation=ActivationReading.EXACT,
        ).violations[0]
        assert over.explain() == (
            "too many hours of socially useful work in a week: 11 h in 2016-W14 "
            "(2016-04-04..2016-04-10); required: exactly 10 h a week (the cap applies to the "
            "whole ISO week) (Art. 62a of the Act on Employment Promotion and Labour Market "
            "Institutions (UPZ))"
        )
        assert over.explain("pl").startswith(
            "za dużo godzin prac społecznie użytecznych w tygodniu: 11 h"
        )
        at_most = validate(plan_of(self.referral, with_week(base, 0, "11"), base)).violations[0]
        assert at_most.required.en.startswith("at most 10 h a week")


class TestImpossiblePlans:
    referral = PaiReferral(MONDAY)

    @pytest.mark.parametrize(("integration", "valid"), [("14", True), ("14.25", False)])
    def test_a_day_holds_at_most_24_hours(self, integration: str, valid: bool) -> None:
        # The first day of the first week holds that week's 10 h of activation as well.
        base = standard(self.referral)
        plan = plan_of(self.referral, base, with_week(base, 0, integration))
        assert codes(plan) == (() if valid else ("pai.day.over_24_hours",))
        if not valid:
            violation = validate(plan).violations[0]
            assert violation.observed_value == D("24.25") and violation.required_value == D(24)
            assert violation.observed.en == f"24.25 h on {MONDAY.isoformat()}"

    def test_three_full_days_in_one_are_not_a_valid_plan(self) -> None:
        base = standard(self.referral)
        plan = plan_of(self.referral, base, base)
        day = plan.sessions[0].day
        crammed = plan.with_sessions(
            [Session(day, D(24), TALK), Session(day + timedelta(0), D(24), WORK)]
        )
        assert "pai.day.over_24_hours" in codes(crammed)

    def test_entering_each_session_twice_does_not_make_up_a_minimum(self) -> None:
        base = standard(self.referral)
        short = plan_of(self.referral, base, with_week(base, 2, "5"))
        assert codes(short) == ("pai.integration.weekly_minimum",)
        doubled = short.with_sessions(list(short.sessions))
        assert codes(doubled)[0] == "pai.session.duplicated"
        assert not validate(doubled).valid
        assert validate(doubled).violations[0].observed_value == len(short.sessions)


class TestIntegrationHours:
    referral = PaiReferral(MONDAY)

    @pytest.mark.parametrize(
        ("hours", "valid"), [("10", True), ("9.75", False), ("14", True), ("0", False)]
    )
    def test_whole_week_at_least_ten(self, hours: str, valid: bool) -> None:
        base = standard(self.referral)
        plan = plan_of(self.referral, base, with_week(base, 4, hours))
        assert codes(plan) == (() if valid else ("pai.integration.weekly_minimum",))

    @pytest.mark.parametrize(
        ("policy", "hours", "valid"),
        [
            (PartialWeekPolicy.PRORATE, "6", True),
            (PartialWeekPolicy.PRORATE, "5.75", False),
            (PartialWeekPolicy.FULL, "9.75", False),
            (PartialWeekPolicy.FULL, "10", True),
            (PartialWeekPolicy.SKIP, "0", True),
        ],
    )
    def test_partial_week_policies(
        self, policy: PartialWeekPolicy, hours: str, valid: bool
    ) -> None:
        referral = PaiReferral(WEDNESDAY)
        base = [D(10)] * len(standard(referral))
        acts = standard(referral)
        plan = plan_of(referral, acts, with_week(base, 0, hours))
        result = validate(plan, week_policy=policy, activation=ActivationReading.AT_MOST)
        assert result.codes == (() if valid else ("pai.integration.weekly_minimum",))
        if not valid:
            assert f"{policy.value} policy" in result.violations[0].required.en

    def test_weekend_only_first_slice_needs_nothing(self) -> None:
        referral = PaiReferral(date(2016, 4, 9))  # a Saturday
        base = standard(referral)
        assert base[0] == 0
        assert validate(plan_of(referral, base, base)).valid

    def test_message(self) -> None:
        base = standard(self.referral)
        plan = plan_of(self.referral, base, with_week(base, 8, "7"))
        violation = validate(plan).violations[0]
        assert violation.observed.en == "7 h in 2016-W22 (2016-05-30..2016-06-03)"
        assert violation.required.en == (
            "at least 10 h a week (at least 10 h in this week, prorate policy for partial weeks)"
        )


class TestEveryViolation:
    def test_all_problems_are_reported_together(self) -> None:
        earlier = [PaiReferral(s).period() for s in (date(2015, 1, 5), date(2015, 3, 9))]
        referral = PaiReferral(
            WEDNESDAY,
            agreed_on=date(2016, 3, 1),
            end=date(2016, 6, 10),
            previous=[*earlier, PaiReferral(date(2015, 6, 1)).period()],
            person=unemployed_on_assistance(),
        )
        parts = weeks_of(referral.period())
        activation = [D(12)] + [D(10)] * (len(parts) - 1)
        integration = [D(10)] * (len(parts) - 2) + [D(3), D(10)]
        plan = plan_of(referral, activation, integration).with_sessions(
            [Session(date(2016, 6, 11), D(2), TALK)]
        )
        result = validate(plan)
        assert result.codes == (
            "pai.eligibility.not_met",
            "pai.duration.length",
            "pai.total.exceeded",
            "pai.session.outside_period",
            "pai.activation.weekly_maximum",
            "pai.integration.weekly_minimum",
        )
        for violation in result:
            assert violation.citation is not None
            assert violation.explain("pl") and violation.explain("en")
        assert not result


# --- Weekly hours and summary -----------------------------------------------------------------


class TestWeeklyHoursAndSummary:
    def test_whole_weeks(self) -> None:
        weeks = weekly_hours(default_plan(MONDAY))
        assert [str(w.week) for w in weeks] == [f"2016-W{n}" for n in range(14, 23)]
        assert all(w.activation == w.integration == TEN for w in weeks)
        assert weeks[-1].is_partial and str(weeks[-1].days) == "2016-05-30..2016-06-03"
        assert weeks[-1].integration_minimum == TEN

    def test_partial_weeks_and_policies(self) -> None:
        plan = default_plan(WEDNESDAY)
        prorate = weekly_hours(plan, activation=ActivationReading.EXACT)
        assert (prorate[0].activation, prorate[0].activation_minimum) == (D(6), D(6))
        assert (prorate[-1].days.days, prorate[-1].total) == (7, D(20))
        full = weekly_hours(plan, week_policy=PartialWeekPolicy.FULL)
        assert full[0].integration_minimum == TEN
        at_most = weekly_hours(plan)  # the default reading: only the cap
        assert at_most[0].activation_minimum is None and at_most[0].integration_minimum == D(6)

    def test_no_minima_without_law(self) -> None:
        plan = PaiPlan(PaiReferral(date(2025, 7, 7), end=date(2025, 7, 13)))
        (week,) = weekly_hours(plan)
        assert week.activation_minimum is week.integration_minimum is None
        assert summary(plan).total_hours == 0

    def test_summary_figures(self) -> None:
        s = summary(default_plan(WEDNESDAY))
        assert str(s.period) == "2016-04-06..2016-06-05"
        assert (s.activation_hours, s.integration_hours, s.total_hours) == (D(86), D(86), D(172))
        assert s.hours_of(Block.INTEGRATION) == D(86)
        assert s.law_on == WEDNESDAY and s.week_policy is PartialWeekPolicy.PRORATE
        assert s.meets_seed_description

    def test_seed_description_needs_twenty_hours_in_every_whole_week(self) -> None:
        referral = PaiReferral(MONDAY)
        base = standard(referral)
        assert summary(plan_of(referral, base, base)).meets_seed_description
        assert not summary(plan_of(referral, base, with_week(base, 2, "11"))).meets_seed_description
        assert not summary(plan_of(referral, base, with_week(base, 8, "11"))).meets_seed_description
        assert not summary(plan_of(referral, base, with_week(base, 2, "9"))).meets_seed_description

    def test_seed_description_needs_two_months(self) -> None:
        referral = PaiReferral(MONDAY, end=date(2016, 6, 2))
        base = standard(referral)
        assert not summary(plan_of(referral, base, base)).meets_seed_description

    def test_week_hours_validation(self) -> None:
        week = IsoWeek(2016, 14)
        with pytest.raises(InvalidValue):
            WeekHours(week, week.range, D(-1), D(0))
        with pytest.raises(InvalidValue):
            WeekHours(week, week.range, D(1), D(0), 1)  # type: ignore[arg-type]


# --- The default plan -------------------------------------------------------------------------


class TestDefaultPlan:
    def test_spreads_hours_over_the_pattern(self) -> None:
        plan = default_plan(MONDAY, weekdays=(0, 2, 4))
        first_week = [s for s in plan.sessions if s.week == IsoWeek(2016, 14)]
        assert {s.day.weekday() for s in first_week} == {0, 2, 4}
        work = sorted(s.hours for s in first_week if s.block is Block.ACTIVATION)
        assert work == [D("3.33"), D("3.33"), D("3.34")]
        assert validate(plan).valid

    def test_holidays_are_skipped(self) -> None:
        holidays = {date(2016, 5, 3), date(2016, 5, 26)}
        plan = default_plan(MONDAY, holidays=holidays)
        assert not any(s.day in holidays for s in plan.sessions)
        assert validate(plan).valid
        assert summary(plan).meets_seed_description

    def test_integration_activity(self) -> None:
        plan = default_plan(MONDAY, integration_activity=Activity.SUPPORT_GROUP)
        assert {s.activity for s in plan.sessions} == {WORK, Activity.SUPPORT_GROUP}
        with pytest.raises(InvalidValue, match="integration block"):
            default_plan(MONDAY, integration_activity=WORK)

    @pytest.mark.parametrize("weekdays", [(), (7,), (-1, 0)])
    def test_bad_pattern(self, weekdays: tuple[int, ...]) -> None:
        with pytest.raises(InvalidValue, match="weekdays"):
            default_plan(MONDAY, weekdays=weekdays)

    def test_a_week_without_a_free_day(self) -> None:
        # 2016-12-26 (Monday) is a holiday; a Monday-only pattern leaves week 2016-W52 empty.
        with pytest.raises(InvalidValue, match="2016-W52"):
            default_plan(date(2016, 12, 5), weekdays=[0], holidays={date(2016, 12, 26)})

    def test_more_than_a_day_holds(self) -> None:
        with pytest.raises(InvalidValue, match="more than 24 h"):
            default_plan(
                MONDAY,
                weekdays=[0],
                activation_hours_per_week=D(15),
                integration_hours_per_week=D(15),
            )

    def test_other_policies(self) -> None:
        full = default_plan(date(2016, 4, 8), weekdays=range(7), week_policy=PartialWeekPolicy.FULL)
        assert validate(full, week_policy=PartialWeekPolicy.FULL).valid
        skip = default_plan(WEDNESDAY, week_policy=PartialWeekPolicy.SKIP)
        assert validate(skip, week_policy=PartialWeekPolicy.SKIP).valid
        # A Friday start under FULL needs all 10 + 10 hours on that Friday.
        friday = default_plan(date(2016, 4, 8), week_policy=PartialWeekPolicy.FULL)
        assert friday.sessions[0].hours == TEN

    def test_other_hours_are_validated_like_any_plan(self) -> None:
        plan = default_plan(MONDAY, integration_hours_per_week=D(15))
        assert validate(plan).valid and not summary(plan).meets_seed_description
        plan = default_plan(MONDAY, activation_hours_per_week=D(8))
        assert validate(plan).valid
        assert set(codes(plan, activation=ActivationReading.EXACT)) == {
            "pai.activation.weekly_minimum"
        }

    def test_accepts_a_referral(self) -> None:
        referral = PaiReferral(MONDAY, agreed_on=date(2016, 3, 1))
        assert default_plan(referral).referral is referral


# --- Properties -------------------------------------------------------------------------------

law_days = dates(LAW_FIRST_DAY, LAW_LAST_DAY)


class TestProperties:
    @given(default_plans())
    def test_default_plan_always_validates(self, plan: PaiPlan) -> None:
        assert validate(plan).valid
        assert summary(plan).meets_seed_description

    @given(
        law_days,
        st.frozensets(st.integers(0, 6), min_size=1),
        st.frozensets(dates(LAW_FIRST_DAY, date(2025, 8, 31)), max_size=20),
        st.sampled_from(PartialWeekPolicy),
    )
    def test_default_plan_validates_or_says_why_not(
        self,
        start: date,
        weekdays: frozenset[int],
        holidays: frozenset[date],
        policy: PartialWeekPolicy,
    ) -> None:
        # Only a week left with no usable day can stop the builder; never a Monday-to-Friday
        # pattern without holidays (under FULL a weekend-only first week needs hours too).
        always = weekdays >= {0, 1, 2, 3, 4} and not holidays
        try:
            plan = default_plan(start, weekdays=weekdays, holidays=holidays, week_policy=policy)
        except InvalidValue as error:
            message = str(error)
            if always and policy is not PartialWeekPolicy.FULL:
                raise
            assert "no day of the weekday pattern" in message
            return
        assert validate(plan, week_policy=policy).valid
        assert not any(s.day in holidays or s.day.weekday() not in weekdays for s in plan.sessions)

    @given(plans(), st.data())
    def test_removing_an_integration_session_inside_never_helps(
        self, plan: PaiPlan, data: st.DataObject
    ) -> None:
        period = plan.referral.period()
        inside = [s for s in plan.sessions if s.block is Block.INTEGRATION and s.day in period]
        assume(inside)
        before = validate(plan)
        after = validate(plan.without(data.draw(st.sampled_from(inside))))
        if not before.valid:
            assert not after.valid
        assert set(before.codes) <= set(after.codes)

    @given(plans(), st.data())
    def test_adding_integration_inside_never_hurts(
        self, plan: PaiPlan, data: st.DataObject
    ) -> None:
        period = plan.referral.period()
        assert period.end is not None
        day = data.draw(dates(period.start, period.end))
        added = Session(day, D(5), Activity.TRAINER_WORKSHOP)
        # The exceptions validate() names: the same session twice, or a day past 24 hours.
        assume(added not in plan.sessions)
        assume(sum((s.hours for s in plan.sessions if s.day == day), D(0)) + added.hours <= 24)
        more = plan.with_sessions([added])
        assert set(validate(more).codes) <= set(validate(plan).codes)

    @given(
        referrals(max_agreed=LAW_FIRST_DAY - timedelta(days=1), with_person=False)
        | referrals(min_agreed=LAW_LAST_DAY + timedelta(days=1), with_person=False)
    )
    def test_outside_the_law_there_is_one_violation(self, referral: PaiReferral) -> None:
        assert not LAW_FIRST_DAY <= referral.agreed_on <= LAW_LAST_DAY
        result = validate(PaiPlan(referral))
        assert len(result.violations) == 1
        assert result.codes[0] in {"pai.law.not_in_force", "pai.law.not_modelled"}

    @given(plans(with_person=True))
    def test_every_violation_is_explained_and_cited(self, plan: PaiPlan) -> None:
        result = validate(plan)
        assert isinstance(result, Validation)
        for violation in result:
            # Only the plan's own impossibilities (a session twice, a 25-hour day) cite no law.
            structural = violation.code in ("pai.session.duplicated", "pai.day.over_24_hours")
            assert (violation.citation is None) is structural
            assert violation.observed.en and violation.required.en
            assert violation.code.startswith("pai.")

    @given(plans())
    def test_summary_adds_up(self, plan: PaiPlan) -> None:
        s = summary(plan)
        assert s.activation_hours == sum((w.activation for w in s.weeks), D(0))
        assert s.total_hours + s.hours_outside_period == plan.hours()
        assert sum(w.days.days for w in s.weeks) == s.period.days


# --- Strategies and serialisation -------------------------------------------------------------


class TestRoundTrip:
    @pytest.mark.parametrize("kind", list(type_strategies()), ids=lambda k: k.__name__)
    @given(data=st.data())
    def test_every_pai_type(self, kind: type, data: st.DataObject) -> None:
        value = data.draw(st.from_type(kind))
        assert isinstance(value, kind)
        document = converter.unstructure(value)
        back = converter.structure(json.loads(json.dumps(document)), kind)
        assert back == value

    def test_enums(self) -> None:
        for kind in (Block, Activity, ActivationReading, FirstReferralCounting):
            for member in kind:
                assert converter.structure(converter.unstructure(member), kind) is member

    def test_document_shape(self) -> None:
        plan = PaiPlan(PaiReferral(MONDAY), [Session(MONDAY, D("2.5"), WORK)])
        assert converter.unstructure(plan) == {
            "referral": {
                "start": "2016-04-04",
                "agreed_on": "2016-04-04",
                "end": None,
                "previous": [],
                "person": None,
            },
            "sessions": [{"day": "2016-04-04", "hours": "2.5", "activity": "socially_useful_work"}],
        }

    def test_bad_document(self) -> None:
        document = {"day": "2016-04-04", "hours": 2.5, "activity": "socially_useful_work"}
        with pytest.raises(IntegraError, match="hours"):
            converter.structure(document, Session)

    def test_summary_round_trip(self) -> None:
        s = summary(default_plan(WEDNESDAY))
        assert converter.structure(converter.unstructure(s), PlanSummary) == s


@given(plans(min_agreed=date(2025, 6, 1), max_agreed=date(2026, 6, 30)))
def test_plans_after_the_repeal_still_get_sessions_around_their_start(plan: PaiPlan) -> None:
    # With no PAI law for the agreement date, the strategy spreads sessions over 61 days.
    assert validate(plan).codes == ("pai.law.not_modelled",)
    referral = plan.referral
    last = referral.start + timedelta(days=67) if referral.end is None else referral.end
    assert all(
        referral.start - timedelta(days=7) <= s.day <= last + timedelta(days=7)
        for s in plan.sessions
    )


def test_hours_are_taken_as_int_or_decimal_everywhere() -> None:
    # One convention for every programme: an int is exact and becomes the same Decimal; a
    # float or a bool is refused, and the message says what is accepted.
    from integra.programmes.cis import CisDay
    from integra.programmes.psu import PsuSession

    assert Session(MONDAY, 2, WORK).hours == D(2)
    assert CisDay(MONDAY, 6).hours == D(6)
    assert PsuSession(MONDAY, 5).hours == D(5)
    for make in (
        lambda h: Session(MONDAY, h, WORK),
        lambda h: CisDay(MONDAY, h),
        lambda h: PsuSession(MONDAY, h),
    ):
        with pytest.raises(InvalidValue, match="must be a Decimal or an int"):
            make(2.0)
        with pytest.raises(InvalidValue, match="must be a Decimal or an int"):
            make(True)


def test_default_plan_outside_the_law_names_the_law_date() -> None:
    with pytest.raises(NoLawInForce, match=r"agreed_on \(the law date\).*URP art\. 435 ust\. 1"):
        default_plan(date(2025, 6, 2))
    with pytest.raises(NoLawInForce, match=r"agreed_on \(the law date\); PAI is modelled from"):
        default_plan(date(2014, 1, 2))
    kept = default_plan(PaiReferral(date(2025, 6, 2), agreed_on=date(2025, 5, 30)))
    assert validate(kept).valid


class TestMonthEndIsDeprecated:
    """A period of calendar months ends the day before the same day N months later whichever
    way a month end is read, so ``month_end`` changes no PAI answer: passing it warns, and the
    answer is the one without it."""

    PLAN = default_plan(date(2016, 1, 31))

    @pytest.mark.parametrize("policy", list(MonthEndPolicy), ids=lambda p: p.name)
    @pytest.mark.parametrize(
        "call",
        [
            lambda plan, **kw: plan.referral.period(**kw),
            lambda plan, **kw: plan.referral.statutory_period(**kw),
            lambda plan, **kw: referral_months(plan.referral.period(), **kw),
            lambda plan, **kw: weekly_hours(plan, **kw),
            lambda plan, **kw: summary(plan, **kw),
            lambda plan, **kw: validate(plan, **kw),
            lambda plan, **kw: default_plan(plan.referral.start, **kw),
        ],
        ids=[
            "period",
            "statutory_period",
            "referral_months",
            "weekly_hours",
            "summary",
            "validate",
            "default_plan",
        ],
    )
    def test_passing_it_warns_and_changes_nothing(
        self, call: Callable[..., object], policy: MonthEndPolicy
    ) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            plain = call(self.PLAN)  # no warning without it
        with pytest.warns(DeprecationWarning, match=r"month_end is deprecated") as caught:
            assert call(self.PLAN, month_end=policy) == plain
        assert len(caught) == 1
        assert caught[0].filename == __file__  # points at the caller
