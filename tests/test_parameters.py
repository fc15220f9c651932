"""Tests of integra.parameters: the dated legal values, on their boundaries, with their status."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from helpers import d
from integra.errors import InvalidValue, NoLawInForce
from integra.law import Certainty, Dated, Timeline
from integra.parameters import (
    CIS_RULES,
    EFFECTIVENESS_AT_RISK,
    EFFECTIVENESS_SEVERE_DISABILITY,
    EU_2014_2020,
    INCOME_CRITERIA,
    PAI_LIMITS,
    PAI_TARGET_GROUP,
    PSU_MINIMUM_HOURLY_RATE,
    PSU_MONTHLY_HOURS_CAP,
    PSU_REFUND_SHARE_MAX,
    PSU_WEEKLY_HOURS_MAX,
    UPZ_REPEAL,
    CisRules,
    IncomeCriterion,
    PaiLimits,
    PaiTargetGroup,
)
from integra.periods import DateRange

CONFIRMED = Certainty.CONFIRMED
DERIVED = Certainty.DERIVED


ALL_TIMELINES: list[Timeline[object]] = [
    INCOME_CRITERIA,  # type: ignore[list-item]
    PSU_MINIMUM_HOURLY_RATE,  # type: ignore[list-item]
    PSU_WEEKLY_HOURS_MAX,  # type: ignore[list-item]
    PSU_MONTHLY_HOURS_CAP,  # type: ignore[list-item]
    PSU_REFUND_SHARE_MAX,  # type: ignore[list-item]
    PAI_LIMITS,  # type: ignore[list-item]
    PAI_TARGET_GROUP,  # type: ignore[list-item]
    CIS_RULES,  # type: ignore[list-item]
]


class TestIncomeCriteria:
    @pytest.mark.parametrize(
        ("day", "single", "per_person"),
        [
            ("2004-05-01", "461", "316"),
            ("2006-09-30", "461", "316"),
            ("2006-10-01", "477", "351"),
            ("2012-09-30", "477", "351"),
            ("2012-10-01", "542", "456"),
            ("2015-09-30", "542", "456"),
            ("2015-10-01", "634", "514"),
            ("2018-09-30", "634", "514"),
            ("2018-10-01", "701", "528"),
            ("2021-12-31", "701", "528"),
            ("2022-01-01", "776", "600"),
            ("2024-12-31", "776", "600"),
            ("2025-01-01", "1010", "823"),
            ("2040-01-01", "1010", "823"),
        ],
    )
    def test_value_on_first_day_and_day_before(
        self, day: str, single: str, per_person: str
    ) -> None:
        assert INCOME_CRITERIA.at(d(day)) == IncomeCriterion(Decimal(single), Decimal(per_person))

    def test_nothing_before_2004_05_01(self) -> None:
        with pytest.raises(
            NoLawInForce, match=r"income criterion .* 2004-04-30; known from 2004-05-01"
        ):
            INCOME_CRITERIA.at(d("2004-04-30"))

    @pytest.mark.parametrize(
        ("start", "certainty"),
        [
            ("2004-05-01", DERIVED),  # DOMAIN: "Before 2006-10-01 ... [check]"
            ("2006-10-01", CONFIRMED),
            ("2012-10-01", CONFIRMED),
            ("2015-10-01", CONFIRMED),
            ("2018-10-01", CONFIRMED),
            ("2022-01-01", CONFIRMED),
            ("2025-01-01", CONFIRMED),
        ],
    )
    def test_certainty(self, start: str, certainty: Certainty) -> None:
        assert INCOME_CRITERIA.entry_at(d(start)).certainty is certainty
        assert INCOME_CRITERIA.entry_at(d(start)).start == d(start)

    def test_citations(self) -> None:
        first = INCOME_CRITERIA.entry_at(d("2010-01-01")).citation
        assert first is not None
        assert first.text("pl") == "art. 8 ust. 1 pkt 1 ustawy o pomocy społecznej"
        latest = INCOME_CRITERIA.entry_at(d("2025-01-01")).citation
        assert latest is not None
        assert latest.act.eli == "DU/2024/1044"
        assert latest.section == "1"

    @pytest.mark.parametrize(
        ("day", "members", "expected"),
        [
            ("2021-12-31", 1, "701"),
            ("2021-12-31", 2, "1056"),
            ("2022-01-01", 1, "776"),
            ("2022-01-01", 3, "1800"),
            ("2025-01-01", 1, "1010"),
            ("2025-01-01", 4, "3292"),
            ("2025-01-01", 7, "5761"),
        ],
    )
    def test_for_household(self, day: str, members: int, expected: str) -> None:
        assert INCOME_CRITERIA.at(d(day)).for_household(members) == Decimal(expected)

    def test_for_household_needs_a_member(self) -> None:
        with pytest.raises(InvalidValue, match="members must be at least 1, got 0"):
            INCOME_CRITERIA.at(d("2025-01-01")).for_household(0)

    def test_amounts_are_validated(self) -> None:
        with pytest.raises(InvalidValue, match=r"IncomeCriterion\.single must be more than 0"):
            IncomeCriterion(Decimal(-1), Decimal(1))
        with pytest.raises(InvalidValue, match=r"IncomeCriterion\.single must be more than 0"):
            IncomeCriterion(Decimal(0), Decimal(1))
        with pytest.raises(InvalidValue, match=r"IncomeCriterion\.per_person must be a Decimal"):
            IncomeCriterion(Decimal(1), 600.0)  # type: ignore[arg-type]
        assert IncomeCriterion(Decimal("0.01"), Decimal("0.01")).single == Decimal("0.01")

    def test_parameters_refuse_zero_and_negative_values(self) -> None:
        with pytest.raises(InvalidValue, match=r"PaiLimits\.duration_months must be more than 0"):
            PaiLimits(Decimal(10), Decimal(10), 0, 6)
        with pytest.raises(InvalidValue, match=r"total_months_max must not be below"):
            PaiLimits(Decimal(10), Decimal(10), 2, 1)
        with pytest.raises(InvalidValue, match=r"CisRules\.benefit_share must be more than 0"):
            CisRules(1, 11, 6, Decimal(6), None, Decimal(0), None)
        with pytest.raises(InvalidValue, match=r"CisRules\.trial_months must be an int"):
            CisRules(-1, 11, 6, Decimal(6), None, Decimal(1), None)
        assert CisRules(0, 11, 0, None, Decimal(30), Decimal("1.2"), None).longest_months == 11

    def test_a_dated_value_is_immutable(self) -> None:
        with pytest.raises(InvalidValue, match="immutable"):
            Dated([1, 2], date(2020, 1, 1))
        assert Dated((1, 2), date(2020, 1, 1)).value == (1, 2)


class TestPsu:
    @pytest.mark.parametrize(
        ("day", "rate"),
        [
            ("2014-05-27", "8.10"),
            ("2017-06-01", "8.10"),  # not valorised: CPI 99.4%
            ("2018-05-31", "8.10"),
            ("2018-06-01", "8.30"),
            ("2019-05-31", "8.30"),
            ("2019-06-01", "8.50"),
            ("2020-05-31", "8.50"),
            ("2020-06-01", "8.70"),
            ("2021-05-31", "8.70"),
            ("2021-06-01", "9.00"),
            ("2022-05-31", "9.00"),
            ("2022-06-01", "9.50"),
            ("2023-05-31", "9.50"),
            ("2023-06-01", "10.90"),
            ("2024-05-31", "10.90"),
            ("2024-06-01", "12.20"),
            ("2025-05-31", "12.20"),
        ],
    )
    def test_minimum_rate_on_boundaries(self, day: str, rate: str) -> None:
        value = PSU_MINIMUM_HOURLY_RATE.at(d(day))
        assert value == Decimal(rate)
        assert str(value) == rate  # grosz precision kept

    @pytest.mark.parametrize("day", ["2014-05-26", "2025-06-01"])
    def test_outside_upz(self, day: str) -> None:
        with pytest.raises(NoLawInForce):
            PSU_MINIMUM_HOURLY_RATE.at(d(day))

    def test_after_repeal_message(self) -> None:
        with pytest.raises(NoLawInForce) as info:
            PSU_MINIMUM_HOURLY_RATE.at(UPZ_REPEAL)
        assert str(info.value) == (
            "no value of 'minimum hourly rate for socially useful work (UPZ art. 73a)' is modelled for "
            "2025-06-01; known until 2025-05-31"
        )

    @pytest.mark.parametrize(
        ("start", "certainty"),
        [
            ("2014-05-27", CONFIRMED),
            ("2018-06-01", DERIVED),
            ("2019-06-01", DERIVED),  # value confirmed, date to check
            ("2020-06-01", DERIVED),  # CPI confirmed; the office page was not read
            ("2021-06-01", DERIVED),  # a single office page (PUP Bełchatów)
            ("2022-06-01", DERIVED),
            ("2023-06-01", DERIVED),  # a single office page (MCPS Pabianice)
            ("2024-06-01", DERIVED),
        ],
    )
    def test_rate_certainty(self, start: str, certainty: Certainty) -> None:
        entry = PSU_MINIMUM_HOURLY_RATE.entry_at(d(start))
        assert entry.start == d(start)
        assert entry.certainty is certainty

    def test_rate_of_2020_says_what_it_rests_on(self) -> None:
        # 8.70 follows from the official CPI (102.3%) and a rounding rule inferred from other
        # years; the office page said to state it could not be read at the last review.
        entry = PSU_MINIMUM_HOURLY_RATE.entry_at(d("2020-06-01"))
        assert entry.value == Decimal("8.70")
        assert entry.certainty is DERIVED
        assert "102.3%" in entry.note
        assert "mcps.pabianice.pl" in entry.note
        assert "not read" in entry.note

    def test_hours_and_refund(self) -> None:
        on = d("2020-01-01")
        assert PSU_WEEKLY_HOURS_MAX.at(on) == Decimal(10)
        assert PSU_WEEKLY_HOURS_MAX.entry_at(on).certainty is CONFIRMED
        assert PSU_MONTHLY_HOURS_CAP.at(on) == Decimal(40)
        assert PSU_MONTHLY_HOURS_CAP.entry_at(on).certainty is DERIVED  # cited by offices only
        assert PSU_REFUND_SHARE_MAX.at(on) == Decimal("0.60")
        for line in (PSU_WEEKLY_HOURS_MAX, PSU_MONTHLY_HOURS_CAP, PSU_REFUND_SHARE_MAX):
            assert [str(r) for r in line.coverage] == ["2014-05-27..2025-05-31"]


class TestPai:
    def test_target_group_boundary(self) -> None:
        assert PAI_TARGET_GROUP.at(d("2019-06-13")) is PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE
        assert PAI_TARGET_GROUP.at(d("2019-06-14")) is PaiTargetGroup.ASSISTANCE_RECIPIENTS
        assert PAI_TARGET_GROUP.at(d("2014-05-27")) is PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE
        assert PAI_TARGET_GROUP.at(d("2025-05-31")) is PaiTargetGroup.ASSISTANCE_RECIPIENTS

    @pytest.mark.parametrize("day", ["2014-05-26", "2025-06-01"])
    def test_target_group_outside_upz(self, day: str) -> None:
        with pytest.raises(NoLawInForce, match="PAI target group"):
            PAI_TARGET_GROUP.at(d(day))

    def test_target_group_certainty_and_citation(self) -> None:
        for entry in PAI_TARGET_GROUP:
            assert entry.certainty is CONFIRMED
            assert entry.citation is not None
            assert entry.citation.text("pl").startswith(
                "art. 62a ust. 1 ustawy o promocji zatrudnienia"
            )

    def test_target_group_labels(self) -> None:
        assert PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE.label.en == (
            "unemployed with assistance profile III receiving social-assistance benefits"
        )
        assert (
            PaiTargetGroup.ASSISTANCE_RECIPIENTS.label.pl
            == "osoba bezrobotna korzystająca ze świadczeń pomocy społecznej"
        )

    def test_limits(self) -> None:
        assert PAI_LIMITS.at(d("2014-05-27")) == PaiLimits(Decimal(10), Decimal(10), 2, 6)
        assert PAI_LIMITS.entry_at(d("2020-01-01")).certainty is DERIVED  # start day still to check
        assert PAI_LIMITS.coverage.ranges == (DateRange(d("2014-05-27"), d("2025-05-31")),)
        with pytest.raises(NoLawInForce):
            PAI_LIMITS.at(UPZ_REPEAL)


class TestCis:
    def test_before_2022_02_15(self) -> None:
        rules = CIS_RULES.at(d("2022-02-14"))
        assert rules == CisRules(1, 11, 6, Decimal(6), None, Decimal("1.00"), Decimal("0.50"))
        assert rules.longest_months == 18
        assert CIS_RULES.entry_at(d("2022-02-14")).certainty is DERIVED

    def test_from_2022_02_15(self) -> None:
        rules = CIS_RULES.at(d("2022-02-15"))
        assert rules == CisRules(1, 11, 12, None, Decimal(30), Decimal("1.20"), Decimal("1.20"))
        assert rules.longest_months == 24
        entry = CIS_RULES.entry_at(d("2022-02-15"))
        assert entry.certainty is DERIVED
        assert entry.citation is not None and entry.citation.act.eli == "DU/2022/218"

    def test_open_after_2022(self) -> None:
        assert CIS_RULES.at(d("2030-01-01")).benefit_share == Decimal("1.20")
        with pytest.raises(NoLawInForce):
            CIS_RULES.at(d("2003-12-31"))


class TestThresholds:
    def test_values(self) -> None:
        assert (EFFECTIVENESS_AT_RISK.social, EFFECTIVENESS_AT_RISK.employment) == (
            Decimal("0.34"),
            Decimal("0.22"),
        )
        assert (
            EFFECTIVENESS_SEVERE_DISABILITY.social,
            EFFECTIVENESS_SEVERE_DISABILITY.employment,
        ) == (
            Decimal("0.34"),
            Decimal("0.12"),
        )
        assert EFFECTIVENESS_AT_RISK.citation.act is EU_2014_2020
        assert EU_2014_2020.eli is None


class TestEveryEntry:
    @pytest.mark.parametrize("line", ALL_TIMELINES, ids=lambda t: t.name)
    def test_cited_and_explained(self, line: Timeline[object]) -> None:
        for entry in line:
            assert entry.citation is not None
            if entry.certainty is DERIVED:
                assert entry.note, f"{line.name}: a derived value must say what it rests on"

    @pytest.mark.parametrize("line", ALL_TIMELINES, ids=lambda t: t.name)
    def test_money_and_hours_are_decimals(self, line: Timeline[object]) -> None:
        for entry in line:
            assert not isinstance(entry.value, float)


@pytest.mark.parametrize("bad", [Decimal(0), Decimal("-0.01"), 0, -1, Decimal(10) ** 12])
@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda v: IncomeCriterion(v, Decimal(1)), "IncomeCriterion.single"),
        (lambda v: IncomeCriterion(Decimal(1), v), "IncomeCriterion.per_person"),
        (lambda v: PaiLimits(v, Decimal(10), 2, 6), "PaiLimits.activation_hours_per_week"),
        (lambda v: PaiLimits(Decimal(10), v, 2, 6), "PaiLimits.integration_min_hours_per_week"),
        (lambda v: CisRules(1, v, 6, None, None, Decimal(1), None), "CisRules.basic_months"),
        (lambda v: CisRules(1, 11, 6, v, None, Decimal(1), None), "CisRules.hours_per_day"),
        (lambda v: CisRules(1, 11, 6, None, v, Decimal(1), None), "CisRules.min_hours_per_week"),
        (lambda v: CisRules(1, 11, 6, None, None, v, None), "CisRules.benefit_share"),
        (
            lambda v: CisRules(1, 11, 6, None, None, Decimal(1), v),
            "CisRules.trial_benefit_share",
        ),
    ],
)
def test_a_parameter_refuses_zero_negative_and_absurd_values_by_field(
    build: Any, field: str, bad: Any
) -> None:
    with pytest.raises(InvalidValue, match=rf"^{field} must be "):
        build(bad)
