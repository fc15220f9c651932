"""Tests of CIS participation (UZS): lengths, hours and the integration benefit on both sides of
each limit and of 2022-01-01 (benefit shares), 2022-02-15 (amendment) and 2025-06-01."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d
from integra.errors import InvalidRange, InvalidValue, NoLawInForce
from integra.law import Certainty
from integra.periods import MonthEndPolicy, PartialWeekPolicy
from integra.programmes.cis import (
    ART_14,
    ART_15,
    BenefitRounding,
    CisDay,
    CisParticipation,
    CisPlan,
    IntegrationBenefit,
    integration_benefit,
    validate,
)
from integra.strategies.core import money
from integra.strategies.programmes import cis_participations, cis_plans, integration_benefits

D = Decimal


def days(first: str, count: int, hours: str | int = 6, step: int = 1) -> list[CisDay]:
    start = d(first)
    return [CisDay(start + timedelta(days=i * step), D(hours)) for i in range(count)]


def weekdays(first: str, weeks: int, hours: str | int) -> list[CisDay]:
    """Monday to Friday from the Monday ``first`` for ``weeks`` weeks."""
    start = d(first)
    return [
        CisDay(start + timedelta(days=7 * w + i), D(hours)) for w in range(weeks) for i in range(5)
    ]


class TestParticipation:
    def test_rules_on_each_side_of_the_amendment(self) -> None:
        old = CisParticipation(d("2022-02-14")).rules().value
        new = CisParticipation(d("2022-02-15")).rules().value
        assert (old.trial_months, old.basic_months, old.extension_months_max) == (1, 11, 6)
        assert (new.trial_months, new.basic_months, new.extension_months_max) == (1, 11, 12)
        assert new.trial_benefit_share == new.benefit_share == Decimal("1.20")
        assert old.hours_per_day == 6 and old.min_hours_per_week is None
        assert new.hours_per_day is None and new.min_hours_per_week == 30

    def test_periods(self) -> None:
        old = CisParticipation(d("2021-03-01"), extension_months=6)
        assert str(old.period()) == "2021-03-01..2022-02-28"
        assert str(old.allowed_period()) == "2021-03-01..2022-08-31"
        assert str(old.trial_period()) == "2021-03-01..2021-03-31"
        new = CisParticipation(d("2022-02-15"), extension_months=12)
        assert str(new.period()) == "2022-02-15..2023-02-14"
        assert str(new.allowed_period()) == "2022-02-15..2024-02-14"
        assert str(new.trial_period()) == "2022-02-15..2022-03-14"
        assert new.longest_months == 24 and old.longest_months == 18

    def test_extension_beyond_the_law_is_capped_in_the_allowed_period(self) -> None:
        assert CisParticipation(d("2021-03-01"), extension_months=9).longest_months == 18

    def test_month_end_policy(self) -> None:
        p = CisParticipation(d("2023-01-31"))
        # KC art. 112: no 31 February, so the first month ends on the last day of February.
        assert str(p.month(1)) == "2023-01-31..2023-02-28"
        assert str(p.month(1, MonthEndPolicy.NEXT_DAY)) == "2023-01-31..2023-02-28"
        assert str(p.month(2)) == "2023-03-01..2023-03-30"
        for bad in (0, -1, True, 1.0):
            with pytest.raises(InvalidValue, match=r"month must be an int of at least 1"):
                p.month(bad)  # type: ignore[arg-type]

    def test_law_date_and_transitional_reading(self) -> None:
        p = CisParticipation(d("2021-10-04"), law_on=d("2022-02-15"))
        assert p.rules().value.extension_months_max == 12
        assert CisParticipation(d("2021-10-04")).law_on == d("2021-10-04")

    def test_no_rules_before_the_act(self) -> None:
        with pytest.raises(NoLawInForce):
            CisParticipation(d("2003-12-31")).rules()

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"end": d("2022-01-31")}, InvalidRange, "end is before"),
            ({"extension_months": -1}, InvalidValue, "extension_months"),
            ({"extension_months": True}, InvalidValue, "extension_months"),
            ({"law_on": datetime(2022, 1, 1)}, InvalidValue, "law_on must be a datetime.date"),
            ({"end": datetime(2022, 3, 1)}, InvalidValue, "end must be a datetime.date"),
        ],
    )
    def test_bad_participations(self, kwargs: dict[str, Any], error: type, message: str) -> None:
        with pytest.raises(error, match=message):
            CisParticipation(d("2022-02-01"), **kwargs)


class TestDaysAndPlans:
    def test_day_limits(self) -> None:
        assert CisDay(d("2022-01-03"), D(24)).hours == 24
        for hours in (D(0), D("24.5"), D(-1), D("Infinity")):
            with pytest.raises(InvalidValue, match=r"more than 0 and at most 24"):
                CisDay(d("2022-01-03"), hours)
        with pytest.raises(InvalidValue, match=r"not float"):
            CisDay(d("2022-01-03"), 6.0)  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"CisDay.day"):
            CisDay(datetime(2022, 1, 3), D(6))

    def test_plan_items(self) -> None:
        p = CisParticipation(d("2022-01-03"))
        assert CisPlan(p, days("2022-01-03", 3, "6.5")).hours == D("19.5")
        with pytest.raises(InvalidValue, match=r"CisPlan.days must hold CisDay"):
            CisPlan(p, [(d("2022-01-03"), D(6))])  # type: ignore[list-item]
        with pytest.raises(InvalidValue, match=r"CisPlan.participation"):
            CisPlan(d("2022-01-03"), [])  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"plan must be a CisPlan"):
            validate(p)  # type: ignore[arg-type]


class TestLength:
    @pytest.mark.parametrize(
        ("start", "extension", "end", "codes"),
        [
            # Before 2022-02-15: 1 + 11 months, up to 6 more.
            ("2021-03-01", 0, "2022-02-28", ()),
            ("2021-03-01", 0, "2022-03-01", ("cis.duration.exceeded",)),
            ("2021-03-01", 6, "2022-08-31", ()),
            ("2021-03-01", 6, "2022-09-01", ("cis.duration.exceeded",)),
            ("2021-03-01", 7, "2022-08-31", ("cis.extension.exceeded",)),
            ("2021-03-01", 7, "2022-09-30", ("cis.extension.exceeded", "cis.duration.exceeded")),
            # From 2022-02-15: 12 months, up to 12 more.
            ("2022-02-15", 0, "2023-02-14", ()),
            ("2022-02-15", 0, "2023-02-15", ("cis.duration.exceeded",)),
            ("2022-02-15", 12, "2024-02-14", ()),
            ("2022-02-15", 12, "2024-02-15", ("cis.duration.exceeded",)),
            ("2022-02-15", 13, "2024-02-14", ("cis.extension.exceeded",)),
            # The day before the amendment: 18 months at most, even when most run after it.
            ("2022-02-14", 12, "2023-08-13", ("cis.extension.exceeded",)),
            ("2022-02-14", 6, "2023-08-13", ()),
            ("2022-02-14", 6, "2023-08-14", ("cis.duration.exceeded",)),
        ],
    )
    def test_limits(self, start: str, extension: int, end: str, codes: tuple[str, ...]) -> None:
        plan = CisPlan(CisParticipation(d(start), end=d(end), extension_months=extension))
        # Hours are not the point here: skip weekly minima of the new rules.
        result = validate(plan, week_policy=PartialWeekPolicy.SKIP)
        assert tuple(c for c in result.codes if not c.startswith("cis.hours")) == codes
        assert all(v.citation == ART_15 for v in result if not v.code.startswith("cis.hours"))

    def test_message(self) -> None:
        plan = CisPlan(CisParticipation(d("2021-03-01"), end=d("2022-03-01")))
        (v,) = validate(plan).violations
        assert v.observed.en == "2021-03-01..2022-03-01 (366 days)"
        assert v.required.en == (
            "1 month of trial + 11 months + 0 months of extension granted (at most 6): until 2022-02-28 "
            "(rules in force on 2021-03-01)"
        )

    def test_no_law(self) -> None:
        result = validate(CisPlan(CisParticipation(d("2003-12-31"), end=d("2004-01-31"))))
        assert result.codes == ("cis.law.not_in_force",)
        assert "2004-01-01" in result.violations[0].required.en


class TestHoursBefore2022:
    def test_daily_minimum_each_side(self) -> None:
        p = CisParticipation(d("2021-03-01"))
        assert validate(CisPlan(p, days("2021-03-01", 5, 6))).valid
        result = validate(
            CisPlan(p, [*days("2021-03-01", 4, 6), CisDay(d("2021-03-05"), D("5.75"))])
        )
        assert result.codes == ("cis.hours.daily_minimum",)
        (v,) = result.violations
        assert v.observed.en == "5.75 h on 2021-03-05"
        assert v.citation == ART_14

    def test_records_of_one_day_add_up(self) -> None:
        # Two different records; the same record twice is cis.day.duplicated (TestDayEnteredTwice).
        p = CisParticipation(d("2021-03-01"))
        split = [CisDay(d("2021-03-01"), D("2.5")), CisDay(d("2021-03-01"), D("3.5"))]
        assert validate(CisPlan(p, split)).valid

    def test_no_weekly_limits_before_the_amendment(self) -> None:
        p = CisParticipation(d("2022-02-14"))
        assert validate(CisPlan(p, weekdays("2022-02-14", 2, 9))).valid  # 45 h a week

    def test_days_outside(self) -> None:
        p = CisParticipation(d("2021-03-01"), end=d("2021-03-05"))
        result = validate(CisPlan(p, days("2021-02-26", 8)))
        assert result.codes == ("cis.day.outside_period",)
        assert result.violations[0].observed.en == (
            "3 day(s), 18 h, on 2021-02-26, 2021-02-27, 2021-02-28"
        )


class TestHoursFrom2022:
    def test_weekly_minimum_and_maximum_each_side(self) -> None:
        p = CisParticipation(d("2022-03-07"), end=d("2022-03-20"))  # two whole ISO weeks
        assert validate(CisPlan(p, weekdays("2022-03-07", 2, 6))).valid  # 30 h
        assert validate(CisPlan(p, weekdays("2022-03-07", 2, 8))).valid  # 40 h
        short = weekdays("2022-03-07", 2, 6)
        short[0] = CisDay(short[0].day, D("5.75"))
        assert validate(CisPlan(p, short)).codes == ("cis.hours.weekly_minimum",)
        long = weekdays("2022-03-07", 2, 8)
        long[-1] = CisDay(long[-1].day, D("8.25"))
        result = validate(CisPlan(p, long))
        assert result.codes == ("cis.hours.weekly_maximum",)
        assert result.violations[0].observed.en == "40.25 h in 2022-W11 (2022-03-14..2022-03-20)"

    def test_empty_weeks_are_reported(self) -> None:
        p = CisParticipation(d("2022-03-07"), end=d("2022-03-20"))
        assert validate(CisPlan(p)).codes == ("cis.hours.weekly_minimum",) * 2

    @pytest.mark.parametrize(
        ("policy", "hours", "valid"),
        [
            # 2022-02-16 is a Wednesday: 3 workdays of the week are inside.
            (PartialWeekPolicy.PRORATE, 18, True),
            (PartialWeekPolicy.PRORATE, D("17.75"), False),
            (PartialWeekPolicy.FULL, 18, False),
            (PartialWeekPolicy.FULL, 30, True),
            (PartialWeekPolicy.SKIP, 0, True),
        ],
    )
    def test_partial_first_week(self, policy: PartialWeekPolicy, hours: Any, valid: bool) -> None:
        p = CisParticipation(d("2022-02-16"), end=d("2022-02-20"))
        half = D(hours) / 2
        items = [CisDay(d("2022-02-16"), half), CisDay(d("2022-02-17"), half)] if hours else []
        assert validate(CisPlan(p, items), week_policy=policy).valid is valid

    def test_old_participation_under_the_new_law_date(self) -> None:
        p = CisParticipation(d("2022-02-07"), end=d("2022-02-20"), law_on=d("2022-02-15"))
        plan = CisPlan(p, weekdays("2022-02-07", 2, 5))  # 25 h a week, 5 h a day
        assert validate(plan).codes == ("cis.hours.weekly_minimum",) * 2
        old = CisPlan(CisParticipation(d("2022-02-07"), end=d("2022-02-20")), plan.days)
        assert validate(old).codes == ("cis.hours.daily_minimum",) * 10


class TestBenefit:
    def test_before_2022_trial_month_at_half(self) -> None:
        p = CisParticipation(d("2020-09-01"))
        first, second = integration_benefit(p, 1), integration_benefit(p, 2)
        assert (first.trial, first.share, first.base, first.amount) == (
            True,
            D("0.50"),
            D("1200.00"),
            D("600.00"),
        )
        assert (second.trial, second.share, second.amount) == (False, D("1.00"), D("1200.00"))
        assert first.share_certainty is Certainty.DERIVED
        assert first.base_certainty is Certainty.CONFIRMED

    def test_each_side_of_2022_01_01(self) -> None:
        p = CisParticipation(d("2021-12-01"))
        december, january = integration_benefit(p, 1), integration_benefit(p, 2)
        assert december.amount == D("620.40")  # 50% of 1240.80
        assert january.amount == D("1488.96")  # 120% of 1240.80
        assert january.share_certainty is Certainty.CONFIRMED
        ten = integration_benefit(p, 2, rounding=BenefitRounding.TEN_GROSZE_UP)
        assert (ten.exact, ten.amount) == (D("1488.9600"), D("1489.00"))

    def test_trial_month_starting_in_january_2022_is_paid_in_full(self) -> None:
        b = integration_benefit(CisParticipation(d("2022-01-10")), 1)
        assert (b.trial, b.share, b.amount) == (True, D("1.20"), D("1488.96"))

    def test_each_side_of_the_amendment(self) -> None:
        before = integration_benefit(CisParticipation(d("2022-02-14")), 1)
        after = integration_benefit(CisParticipation(d("2022-02-15")), 1)
        assert before.trial and after.trial
        assert before.amount == after.amount == D("1488.96")

    def test_base_changes_on_1_june(self) -> None:
        assert integration_benefit(CisParticipation(d("2023-05-31")), 1).base == D("1304.10")
        assert integration_benefit(CisParticipation(d("2023-06-01")), 1).base == D("1491.90")
        p = CisParticipation(d("2023-05-15"))
        assert integration_benefit(p, 1).base == D("1304.10")  # by the month's first day
        assert integration_benefit(p, 2).base == D("1491.90")

    def test_unmodelled_base_must_be_given(self) -> None:
        gap = CisParticipation(d("2019-06-03"))
        with pytest.raises(NoLawInForce, match=r"gap from 2019-06-01 .* pass unemployment_benefit"):
            integration_benefit(gap, 2)
        given = integration_benefit(gap, 2, D("861.40"))
        assert (given.amount, given.base_certainty) == (D("861.40"), None)
        with pytest.raises(NoLawInForce, match=r"known from 2018-06-01"):
            integration_benefit(CisParticipation(d("2016-01-04")), 1)

    def test_each_side_of_2025_06_01(self) -> None:
        assert integration_benefit(CisParticipation(d("2025-05-01")), 1).amount == D("1994.40")
        late = CisParticipation(d("2025-06-01"))
        with pytest.raises(NoLawInForce, match=r"known until 2025-05-31"):
            integration_benefit(late, 1)
        assert integration_benefit(late, 1, 1000).amount == D("1200.00")

    def test_months_beyond_the_longest(self) -> None:
        p = CisParticipation(d("2022-03-01"), extension_months=2)
        assert integration_benefit(p, 14).month == 14
        with pytest.raises(
            InvalidValue, match=r"month 15 is beyond the longest participation of 14"
        ):
            integration_benefit(p, 15)

    @pytest.mark.parametrize("base", [1200.0, True, D(-1), D("NaN"), "1200"])
    def test_bad_bases(self, base: Any) -> None:
        with pytest.raises(InvalidValue, match=r"unemployment_benefit"):
            integration_benefit(CisParticipation(d("2022-03-01")), 1, base)

    def test_bad_arguments(self) -> None:
        with pytest.raises(InvalidValue, match=r"participation must be"):
            integration_benefit(d("2022-03-01"), 1)  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"rounding must be"):
            integration_benefit(CisParticipation(d("2022-03-01")), 1, rounding="grosz")  # type: ignore[arg-type]
        b = integration_benefit(CisParticipation(d("2022-03-01")), 1)
        with pytest.raises(InvalidValue, match=r"IntegrationBenefit.amount"):
            attrs.evolve(b, amount=D(-1))


class TestRounding:
    @pytest.mark.parametrize(
        ("exact", "grosz", "ten"),
        [
            ("415.55", "415.55", "415.60"),
            ("248.16", "248.16", "248.20"),
            ("1488.96", "1488.96", "1489.00"),
            ("1489", "1489.00", "1489.00"),
            ("0.005", "0.01", "0.10"),
            ("0", "0.00", "0.00"),
        ],
    )
    def test_policies(self, exact: str, grosz: str, ten: str) -> None:
        assert BenefitRounding.GROSZ.round(D(exact)) == D(grosz)
        assert BenefitRounding.TEN_GROSZE_UP.round(D(exact)) == D(ten)
        assert str(BenefitRounding.TEN_GROSZE_UP.round(D(exact))) == ten


# --- Properties ----------------------------------------------------------------------------------


@given(
    cis_participations(date(2018, 6, 1), date(2025, 5, 31)),
    st.integers(1, 24),
    money(3_000),
    money(3_000),
    st.sampled_from(BenefitRounding),
)
def test_benefit_is_monotone_and_rounded(
    p: CisParticipation, month: int, a: Decimal, b: Decimal, rounding: BenefitRounding
) -> None:
    month = min(month, p.longest_months)
    low, high = sorted((a, b))
    first = integration_benefit(p, month, low, rounding=rounding)
    second = integration_benefit(p, month, high, rounding=rounding)
    assert first.amount <= second.amount
    assert first.amount.as_tuple().exponent == -2
    if rounding is BenefitRounding.GROSZ:
        assert abs(first.amount - first.exact) <= D("0.005")
    else:
        assert D(0) <= first.amount - first.exact < D("0.10")
    assert first.share in (D("0.50"), D("1.00"), D("1.20"))
    assert first.trial is (month == 1 and p.rules().value.trial_months == 1)


@given(cis_plans())
def test_validation_is_complete_and_cited(plan: CisPlan) -> None:
    result = validate(plan)
    assert all(v.citation is not None for v in result)
    assert result.valid is (result.codes == ())
    if result.codes and result.codes[0] == "cis.law.not_in_force":
        assert len(result.codes) == 1


@given(cis_plans())
def test_more_hours_a_day_never_breaks_a_minimum(plan: CisPlan) -> None:
    longer = CisPlan(
        plan.participation, [CisDay(x.day, min(D(24), x.hours + 1)) for x in plan.days]
    )
    minima = ("cis.hours.daily_minimum", "cis.hours.weekly_minimum")
    before = sum(1 for c in validate(plan).codes if c in minima)
    after = sum(1 for c in validate(longer).codes if c in minima)
    assert after <= before


@pytest.mark.parametrize(("second", "valid"), [("9", True), ("9.25", False)])
def test_a_day_of_more_than_24_hours_is_a_violation_before_2022(second: str, valid: bool) -> None:
    # 15 h + 9 h on 2021-03-01 is 24 h; a quarter more is no longer a day anyone can stay.
    participation = CisParticipation(date(2021, 3, 1))
    plan = CisPlan(
        participation, [CisDay(date(2021, 3, 1), D(15)), CisDay(date(2021, 3, 1), D(second))]
    )
    result = validate(plan)
    assert result.codes == (() if valid else ("cis.day.over_24_hours",))
    if not valid:
        assert result.violations[0].observed_value == D("24.25")
        assert result.violations[0].citation is None


@given(integration_benefits(date(2025, 7, 1), date(2025, 12, 31)))
def test_benefits_drawn_after_the_modelled_base_are_given_one(benefit: IntegrationBenefit) -> None:
    # The unemployment benefit is modelled until 2025-05-31: later months need their base given,
    # and the strategy gives one when it drew none (the base's certainty is then None).
    assert benefit.period.start > date(2025, 5, 31)
    assert benefit.base_certainty is None
    assert benefit.exact == benefit.share * benefit.base


class TestDayEnteredTwice:
    """The same record of attendance entered twice is a violation, cited (UZS art. 14 ust. 1:
    the stay counted day by day, week by week), and the hours of an identical record count once:
    a duplicate neither meets a minimum nor breaks a maximum."""

    def test_before_2022_a_duplicated_day_does_not_make_up_the_daily_minimum(self) -> None:
        # 3 h twice on 2021-03-01 would add up to the 6 h the day needs; entered twice it is 3 h.
        plan = CisPlan(
            CisParticipation(date(2021, 3, 1), end=date(2021, 3, 1)),
            [CisDay(date(2021, 3, 1), D(3)), CisDay(date(2021, 3, 1), D(3))],
        )
        result = validate(plan)
        assert result.codes == ("cis.day.duplicated", "cis.hours.daily_minimum")
        twice, short = result.violations
        assert twice.citation == ART_14
        assert (twice.observed_value, twice.required_value) == (1, 0)
        assert twice.explain() == (
            "the same day of attendance entered more than once: 1 repeated record(s), the first "
            "on 2021-03-01; required: each day of attendance once (Art. 14(1) of the Act on "
            "Social Employment (UZS))"
        )
        assert twice.explain("pl") == (
            "ten sam dzień obecności wpisany więcej niż raz: powtórzone wpisy: 1, pierwszy w dniu "
            "01.03.2021 r.; wymagane: każdy dzień obecności raz (art. 14 ust. 1 ustawy o "
            "zatrudnieniu socjalnym)"
        )
        assert short.observed_value == D(3)

    def test_from_2022_a_duplicated_week_is_counted_once(self) -> None:
        # Monday to Friday 2022-02-21..25 at 6 h is 30 h; Friday entered again would be 36 h.
        week = [CisDay(date(2022, 2, 21) + timedelta(i), D(6)) for i in range(5)]
        participation = CisParticipation(date(2022, 2, 21), end=date(2022, 2, 25))
        assert validate(CisPlan(participation, week)).valid
        result = validate(CisPlan(participation, [*week, week[-1], week[-1]]))
        assert result.codes == ("cis.day.duplicated",)
        assert result.violations[0].observed_value == 2

    def test_the_earliest_repeated_day_is_named(self) -> None:
        # Tuesday twice, then Monday twice: the plan keeps its days in order of day, so the
        # repeat named first is Monday's, though Tuesday's was entered first.
        monday = CisDay(date(2022, 2, 21), D(6))
        tuesday = CisDay(date(2022, 2, 22), D(6))
        plan = CisPlan(
            CisParticipation(date(2022, 2, 21), end=date(2022, 2, 22)),
            [tuesday, tuesday, monday, monday],
        )
        (twice,) = (v for v in validate(plan) if v.code == "cis.day.duplicated")
        assert twice.observed_value == 2
        assert twice.observed.en == "2 repeated record(s), the first on 2022-02-21"
        assert twice.observed.pl == "powtórzone wpisy: 2, pierwszy w dniu 21.02.2022 r."

    def test_two_records_of_one_day_with_different_hours_add_up(self) -> None:
        plan = CisPlan(
            CisParticipation(date(2021, 3, 1), end=date(2021, 3, 1)),
            [CisDay(date(2021, 3, 1), D(2)), CisDay(date(2021, 3, 1), D(4))],
        )
        assert validate(plan).valid

    @given(cis_plans(), st.data())
    def test_repeating_records_adds_exactly_one_violation(
        self, plan: CisPlan, data: st.DataObject
    ) -> None:
        if not plan.days:
            return
        again = data.draw(st.lists(st.sampled_from(plan.days), min_size=1, max_size=3))
        codes = validate(plan).codes
        repeated = validate(CisPlan(plan.participation, [*plan.days, *again]))
        assert repeated.codes.count("cis.day.duplicated") == 1
        assert tuple(c for c in repeated.codes if c != "cis.day.duplicated") == codes
        (found,) = (v for v in repeated if v.code == "cis.day.duplicated")
        assert found.observed_value == len(again)
        assert found.citation == ART_14
