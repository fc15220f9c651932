"""The words a caseworker reads for CIS participation (UZS art. 14 and 15): every violation's full
sentence in Polish and English with its typed figures, and the exact messages of the errors the
CIS types and ``integration_benefit`` raise. Written out so that a change of wording is a
deliberate one."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

from helpers import r
from integra.errors import InvalidRange, InvalidValue, NoLawInForce
from integra.periods import IsoWeek, PartialWeekPolicy
from integra.programmes.cis import (
    CisDay,
    CisParticipation,
    CisPlan,
    integration_benefit,
    validate,
)
from integra.programmes.violations import Violation

D = Decimal
C = CisDay
ART_15_EN = "(Art. 15 of the Act on Social Employment (UZS))"
ART_15_PL = "(art. 15 ustawy o zatrudnieniu socjalnym)"
ART_14_EN = "(Art. 14(1) of the Act on Social Employment (UZS))"
ART_14_PL = "(art. 14 ust. 1 ustawy o zatrudnieniu socjalnym)"


def only(plan: CisPlan, code: str, **options: object) -> Violation:
    found = [v for v in validate(plan, **options) if v.code == code]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def message(call: object) -> str:
    with pytest.raises((InvalidValue, InvalidRange, NoLawInForce)) as caught:
        call()  # type: ignore[operator]
    return str(caught.value)


class TestLaw:
    def test_before_the_act(self) -> None:
        """The act's rules are modelled from 2004-01-01 (derived start)."""
        (v,) = validate(CisPlan(CisParticipation(date(2003, 12, 31))))
        assert v.code == "cis.law.not_in_force"
        assert v.explain() == (
            "no CIS rules are modelled for the law date: law date 2003-12-31; required: a law "
            f"date on or after 2004-01-01 (derived start of the act) {ART_15_EN}"
        )
        assert v.explain("pl") == (
            "biblioteka nie zawiera przepisów o CIS obowiązujących w dniu rozpoczęcia: dzień stosowania prawa "
            "31.12.2003 r.; wymagane: dzień stosowania prawa 01.01.2004 r. lub późniejszy "
            f"(wyprowadzony dzień wejścia w życie ustawy) {ART_15_PL}"
        )
        assert (v.observed_value, v.required_value) == (date(2003, 12, 31), date(2004, 1, 1))


class TestLength:
    # Before 2022-02-15: 1 month of trial + 11 months + at most 6 months of extension.
    PLAN_2021 = CisPlan(
        CisParticipation(date(2021, 3, 1), end=date(2022, 9, 1), extension_months=7),
        [C(date(2021, 2, 28), 6), C(date(2021, 3, 1), D("5.5")), C(date(2022, 9, 2), D("6.5"))],
    )

    def test_extension_before_2022(self) -> None:
        v = only(self.PLAN_2021, "cis.extension.exceeded")
        assert v.explain() == (
            "the extension of CIS participation is longer than allowed: 7 months; required: at "
            f"most 6 months (rules in force on 2021-03-01) {ART_15_EN}"
        )
        assert v.explain("pl") == (
            "przedłużenie uczestnictwa w CIS dłuższe niż dopuszczalne: 7 miesięcy; wymagane: nie "
            f"więcej niż 6 miesięcy (przepisy obowiązujące w dniu 01.03.2021 r.) {ART_15_PL}"
        )
        assert (v.observed_value, v.required_value) == (7, 6)

    def test_duration_before_2022(self) -> None:
        """18 months from 2021-03-01 end on 2022-08-31; one day more is too long."""
        v = only(self.PLAN_2021, "cis.duration.exceeded")
        assert v.explain() == (
            "CIS participation is longer than allowed: 2021-03-01..2022-09-01 (550 days); "
            "required: 1 month of trial + 11 months + 6 months of extension granted (at most 6): "
            f"until 2022-08-31 (rules in force on 2021-03-01) {ART_15_EN}"
        )
        assert v.explain("pl") == (
            "uczestnictwo w CIS dłuższe niż dopuszczalne: od 01.03.2021 r. do 01.09.2022 r. "
            "(550 dni); wymagane: 1 mies. okresu próbnego + 11 mies. + 6 mies. przyznanego "
            "przedłużenia (nie więcej niż 6): do 31.08.2022 r. (przepisy obowiązujące w dniu 01.03.2021 r.) "
            + ART_15_PL
        )
        assert v.observed_value == r("2021-03-01", "2022-09-01")
        assert v.required_value == r("2021-03-01", "2022-08-31")

    def test_extension_and_duration_from_2022(self) -> None:
        """From 2022-02-15 at most 12 months of extension: 24 months from 2023-01-02 end on
        2025-01-01."""
        plan = CisPlan(
            CisParticipation(date(2023, 1, 2), end=date(2025, 1, 2), extension_months=13)
        )
        options = {"week_policy": PartialWeekPolicy.SKIP}
        extension = only(plan, "cis.extension.exceeded", **options)
        assert extension.required.en == "at most 12 months (rules in force on 2023-01-02)"
        assert (
            extension.required.pl
            == "nie więcej niż 12 miesięcy (przepisy obowiązujące w dniu 02.01.2023 r.)"
        )
        duration = only(plan, "cis.duration.exceeded", **options)
        assert duration.required.en == (
            "1 month of trial + 11 months + 12 months of extension granted (at most 12): until "
            "2025-01-01 (rules in force on 2023-01-02)"
        )
        assert duration.observed.pl == "od 02.01.2023 r. do 02.01.2025 r. (732 dni)"
        assert duration.required_value == r("2023-01-02", "2025-01-01")
        ends_in_time = CisPlan(
            CisParticipation(date(2023, 1, 2), end=date(2025, 1, 1), extension_months=12)
        )
        codes = validate(ends_in_time).codes
        assert "cis.extension.exceeded" not in codes
        assert "cis.duration.exceeded" not in codes


class TestDays:
    def test_outside_the_participation(self) -> None:
        v = only(TestLength.PLAN_2021, "cis.day.outside_period")
        assert v.explain() == (
            "attendance outside the participation: 2 day(s), 12.5 h, on 2021-02-28, 2022-09-02; "
            f"required: every day of attendance within 2021-03-01..2022-09-01 {ART_15_EN}"
        )
        assert v.explain("pl") == (
            "obecność poza okresem uczestnictwa: liczba dni: 2, łącznie 12,5 h, w dniach: "
            "28.02.2021 r., 02.09.2022 r.; wymagane: każdy dzień obecności w okresie od "
            f"01.03.2021 r. do 01.09.2022 r. {ART_15_PL}"
        )
        assert (v.observed_value, v.required_value) == (D("12.5"), r("2021-03-01", "2022-09-01"))

    def test_more_than_a_day(self) -> None:
        plan = CisPlan(
            CisParticipation(date(2021, 3, 1)), [C(date(2021, 3, 2), 20), C(date(2021, 3, 2), 5)]
        )
        v = only(plan, "cis.day.over_24_hours")
        assert v.explain() == (
            "more than 24 hours of stay on one day: 25 h on 2021-03-02; required: at most 24 h a day"
        )
        assert v.explain("pl") == (
            "więcej niż 24 godziny pobytu w jednym dniu: 25 h w dniu 02.03.2021 r.; "
            "wymagane: najwyżej 24 h w dniu"
        )
        assert (v.citation, v.observed_value, v.required_value) == (None, 25, 24)

    def test_daily_minimum_before_2022(self) -> None:
        """UZS art. 14 ust. 1 before 2022-02-15: at least 6 hours a day of attendance."""
        v = only(TestLength.PLAN_2021, "cis.hours.daily_minimum")
        assert v.explain() == (
            "too short a daily stay in the CIS: 5.5 h on 2021-03-01; required: at least 6 h on "
            f"each day of attendance (rules in force on 2021-03-01) {ART_14_EN}"
        )
        assert v.explain("pl") == (
            "za krótki dzienny pobyt w CIS: 5,5 h w dniu 01.03.2021 r.; wymagane: co najmniej "
            f"6 h w każdym dniu obecności (przepisy obowiązujące w dniu 01.03.2021 r.) {ART_14_PL}"
        )
        assert (v.observed_value, v.required_value) == (D("5.5"), 6)


class TestWeeks:
    """From 2022-02-15, UZS art. 14 ust. 1: at least 30 and at most 40 hours a week."""

    START = date(2022, 2, 15)  # a Tuesday: W07 has four workdays in the participation

    def plan(self, hours: Decimal) -> CisPlan:
        days = [C(self.START + timedelta(i), D(6)) for i in range(4)]
        days += [C(date(2022, 2, 21) + timedelta(i), hours) for i in range(5)]
        return CisPlan(CisParticipation(self.START, end=date(2022, 2, 25)), days)

    def test_weekly_maximum(self) -> None:
        v = only(self.plan(D(9)), "cis.hours.weekly_maximum")
        assert v.explain() == (
            "too long a weekly stay in the CIS: 45 h in 2022-W08 (2022-02-21..2022-02-25); "
            f"required: at most 40 h a week (the cap applies to the whole ISO week) {ART_14_EN}"
        )
        assert v.explain("pl") == (
            "za długi tygodniowy pobyt w CIS: 45 h w 8. tygodniu 2022 r. (od 21.02.2022 r. do "
            "25.02.2022 r.); wymagane: nie więcej niż 40 h tygodniowo (limit dotyczy całego "
            f"tygodnia kalendarzowego, od poniedziałku do niedzieli) {ART_14_PL}"
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2022, 8), 45, 40)

    def test_forty_hours_is_within_the_cap(self) -> None:
        assert validate(self.plan(D(8))).valid

    def test_weekly_minimum(self) -> None:
        v = only(self.plan(D("5.9")), "cis.hours.weekly_minimum")
        assert v.explain() == (
            "too short a weekly stay in the CIS: 29.5 h in 2022-W08 (2022-02-21..2022-02-25); "
            "required: at least 30 h a week (at least 30 h in this week, prorate policy for "
            f"partial weeks) {ART_14_EN}"
        )
        assert v.explain("pl") == (
            "za krótki tygodniowy pobyt w CIS: 29,5 h w 8. tygodniu 2022 r. (od 21.02.2022 r. "
            "do 25.02.2022 r.); wymagane: co najmniej 30 h tygodniowo (co najmniej 30 h w tym "
            "tygodniu; niepełne tygodnie: proporcjonalnie do dni roboczych w okresie) " + ART_14_PL
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2022, 8), D("29.5"), 30)

    def test_weekly_minimum_full_policy(self) -> None:
        """The first week has 24 h in four workdays: enough prorated (24 h), short in full."""
        v = only(self.plan(D(6)), "cis.hours.weekly_minimum", week_policy=PartialWeekPolicy.FULL)
        assert v.required.en == (
            "at least 30 h a week (at least 30 h in this week, full policy for partial weeks)"
        )
        assert v.required.pl == (
            "co najmniej 30 h tygodniowo (co najmniej 30 h w tym tygodniu; niepełne tygodnie: "
            "pełne minimum)"
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2022, 7), 24, 30)


class TestErrors:
    def test_benefit(self) -> None:
        late = CisParticipation(date(2025, 6, 2))
        assert message(lambda: integration_benefit(CisParticipation(date(2018, 6, 4)), 13)) == (
            "month 13 is beyond the longest participation of 12 months (rules in force on "
            "2018-06-04)"
        )
        assert message(lambda: integration_benefit(late, 1)) == (
            "no value of 'unemployment benefit, basic amount for the first 90 days (UPZ art. 72 "
            "ust. 1 pkt 1)' is modelled for 2025-06-02; known until 2025-05-31; pass "
            "unemployment_benefit, the amount in force for the month"
        )
        assert message(lambda: integration_benefit(late, 1, 1.5)) == (  # type: ignore[arg-type]
            "unemployment_benefit must be a Decimal or an int (not float), got float"
        )
        assert message(lambda: integration_benefit(late, 1, D(-1))) == (
            "unemployment_benefit must be a finite amount of at least 0"
        )
        assert message(lambda: integration_benefit("x", 1)) == (  # type: ignore[arg-type]
            "participation must be a CisParticipation, got str"
        )
        assert message(lambda: integration_benefit(late, 1, rounding="x")) == (  # type: ignore[arg-type]
            "rounding must be a BenefitRounding, got str"
        )
        assert message(lambda: late.month(0)) == "month must be an int of at least 1, got 0"

    def test_types(self) -> None:
        day = date(2020, 1, 1)
        assert message(lambda: CisParticipation(day, extension_months=-1)) == (
            "CisParticipation.extension_months must be an int of at least 0"
        )
        assert message(lambda: CisParticipation("2020-01-01")) == (  # type: ignore[arg-type]
            "CisParticipation.start must be a datetime.date, got str"
        )
        assert message(lambda: CisParticipation(day, end="x")) == (  # type: ignore[arg-type]
            "CisParticipation.end must be a datetime.date, got str"
        )
        assert message(lambda: CisParticipation(day, end=date(2019, 12, 31))) == (
            "CisParticipation.end is before CisParticipation.start"
        )
        assert message(lambda: CisPlan("x")) == (  # type: ignore[arg-type]
            "CisPlan.participation must be a CisParticipation, got str"
        )
        assert message(lambda: CisPlan(CisParticipation(day), ["x"])) == (  # type: ignore[list-item]
            "CisPlan.days must hold CisDay values, got str"
        )
        assert message(lambda: validate("x")) == "plan must be a CisPlan, got str"  # type: ignore[arg-type]
        assert message(lambda: C(day, D(25))) == "CisDay.hours must be more than 0 and at most 24"
        assert message(lambda: C(day, D("NaN"))) == (
            "CisDay.hours must be more than 0 and at most 24"
        )
        assert message(lambda: C(day, 6.0)) == (  # type: ignore[arg-type]
            "CisDay.hours must be a Decimal or an int (not float), got float"
        )

    def test_unemployment_benefit_not_modelled(self) -> None:
        with pytest.raises(NoLawInForce) as caught:
            integration_benefit(CisParticipation(date(2025, 6, 2)), 1)
        assert caught.value.parameter == (
            "unemployment benefit, basic amount for the first 90 days (UPZ art. 72 ust. 1 pkt 1)"
        )
        assert caught.value.on == date(2025, 6, 2)

    @pytest.mark.parametrize("bad", [1, 1.0, Decimal("NaN"), Decimal("-0.01")])
    @pytest.mark.parametrize("field", ["share", "base", "exact", "amount"])
    def test_benefit_amounts(self, field: str, bad: Any) -> None:
        benefit = integration_benefit(CisParticipation(date(2023, 7, 3)), 1)
        changes: dict[str, Any] = {field: bad}
        assert message(lambda: attrs.evolve(benefit, **changes)) == (
            f"IntegrationBenefit.{field} must be a Decimal >= 0"
        )
        assert attrs.evolve(benefit, base=Decimal(0)).base == 0
