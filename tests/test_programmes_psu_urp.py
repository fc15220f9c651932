"""Socially useful work from 2025-06-01: not modelled under URP, and the two readings of the rate
for agreements concluded before that day (URP art. 435 ust. 1)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import d
from integra.errors import InvalidValue, NoLawInForce
from integra.law import Certainty
from integra.programmes.psu import LegacyRate, legacy_rate, minimum_rate, pay

FROZEN, VALORISED = LegacyRate.FROZEN_AT_31_MAY_2025, LegacyRate.VALORISED


class TestLegacyRate:
    def test_the_ministry_reading_freezes_the_rate_of_31_may_2025(self) -> None:
        assert minimum_rate(d("2025-05-31")).value == Decimal("12.20")
        entry = legacy_rate(d("2025-06-01"))
        assert (entry.value, entry.start, entry.certainty) == (
            Decimal("12.20"),
            d("2025-06-01"),
            Certainty.DERIVED,
        )
        assert entry.citation is not None and entry.citation.article == "435"
        assert "gazetaprawna.pl 10630235" in entry.note
        assert legacy_rate(d("2026-11-29"), FROZEN) == entry

    def test_the_valorised_reading_has_no_published_amount(self) -> None:
        with pytest.raises(NoLawInForce, match="no public source states the valorised amount"):
            legacy_rate(d("2025-06-01"), VALORISED)

    def test_only_from_2025_06_01(self) -> None:
        with pytest.raises(NoLawInForce, match="minimum_rate"):
            legacy_rate(d("2025-05-31"))
        with pytest.raises(InvalidValue, match="LegacyRate"):
            legacy_rate(d("2025-06-01"), "frozen")  # type: ignore[arg-type]

    def test_labels(self) -> None:
        assert "ministry" in FROZEN.label.en and "posłanek" in VALORISED.label.pl


class TestPayUnderAnOldAgreement:
    def test_work_after_the_repeal_without_an_agreement_date_is_not_modelled(self) -> None:
        with pytest.raises(NoLawInForce, match="not modelled"):
            pay(10, d("2025-06-02"))

    def test_frozen_rate_and_the_upz_limits_of_its_last_day(self) -> None:
        p = pay(40, d("2025-06-02"), agreed_on=d("2025-05-31"))
        # 40 h × 12.20 = 488.00; refund 60% × 12.20 × 40 = 292.80.
        assert (p.rate, p.pay, p.refund_max, p.gmina_share) == (
            Decimal("12.20"),
            Decimal("488.00"),
            Decimal("292.80"),
            Decimal("195.20"),
        )
        assert p.certainty is Certainty.DERIVED and p.rate_from == d("2025-06-01")
        with pytest.raises(InvalidValue, match="monthly cap"):
            pay(41, d("2025-06-02"), agreed_on=d("2025-05-31"))

    def test_an_agreement_from_2025_06_01_is_not_an_old_one(self) -> None:
        with pytest.raises(NoLawInForce):
            pay(10, d("2025-06-02"), agreed_on=d("2025-06-01"))

    def test_valorised_reading_takes_the_office_rate(self) -> None:
        with pytest.raises(NoLawInForce):
            pay(10, d("2025-07-01"), agreed_on=d("2025-05-01"), legacy=VALORISED)
        p = pay(
            10, d("2025-07-01"), agreed_on=d("2025-05-01"), legacy=VALORISED, rate=Decimal("12.70")
        )
        # Office rate 12.70 × 10 = 127.00; refund on the floor of 12.20: 60% × 12.20 × 10 = 73.20.
        assert (p.pay, p.refund_max) == (Decimal("127.00"), Decimal("73.20"))
        with pytest.raises(InvalidValue, match="below the minimum"):
            pay(
                10, d("2025-07-01"), agreed_on=d("2025-05-01"), legacy=VALORISED, rate=Decimal("12")
            )
        frozen = pay(10, d("2025-07-01"), agreed_on=d("2025-05-01"), rate=Decimal("13"))
        assert frozen.pay == Decimal("130.00")

    def test_before_the_repeal_the_agreement_date_changes_nothing(self) -> None:
        assert pay(10, d("2025-05-30"), agreed_on=d("2025-05-01")) == pay(10, d("2025-05-30"))
