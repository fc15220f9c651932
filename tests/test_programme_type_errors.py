"""The exact errors of the programme types (PAI referrals, sessions, plans and weekly figures, PSU
payments, violations), each naming the field and never the value, with the day limits of a
referral's earlier referrals checked on both sides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from helpers import r
from integra.errors import InvalidRange, InvalidValue
from integra.labels import Label
from integra.law import Certainty
from integra.periods import IsoWeek
from integra.programmes.pai import Activity, PaiPlan, PaiReferral, Session
from integra.programmes.pai.counting import WeekHours
from integra.programmes.psu import PsuPayment, pay
from integra.programmes.violations import Violation

D = Decimal
MONDAY = date(2016, 4, 4)
ONE = Label(pl="a", en="a")


def message(call: Any) -> str:
    with pytest.raises((InvalidValue, InvalidRange)) as caught:
        call()
    return str(caught.value)


class TestPaiReferral:
    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"agreed_on": "x"}, "PaiReferral.agreed_on must be a datetime.date, got str"),
            (
                {"agreed_on": date(2016, 4, 5)},
                "PaiReferral.agreed_on must not be after PaiReferral.start",
            ),
            ({"end": "x"}, "PaiReferral.end must be a datetime.date, got str"),
            ({"end": date(2016, 4, 3)}, "PaiReferral.end is before PaiReferral.start"),
            ({"previous": ["x"]}, "PaiReferral.previous must hold DateRange values"),
            ({"previous": [r("2015-01-01")]}, "PaiReferral.previous must hold closed ranges"),
            ({"person": "x"}, "PaiReferral.person must be a Person, got str"),
        ],
    )
    def test_errors(self, fields: dict[str, Any], expected: str) -> None:
        assert message(lambda: PaiReferral(MONDAY, **fields)) == expected

    def test_start(self) -> None:
        assert message(lambda: PaiReferral("2016-04-04")) == (  # type: ignore[arg-type]
            "PaiReferral.start must be a datetime.date, got str"
        )

    def test_earlier_referrals_end_before_the_start(self) -> None:
        """An earlier referral may end the day before this one starts, not on its first day."""
        assert PaiReferral(MONDAY, previous=[r("2016-02-04", "2016-04-03")]).previous
        assert message(lambda: PaiReferral(MONDAY, previous=[r("2016-02-04", "2016-04-04")])) == (
            "PaiReferral.previous must end before PaiReferral.start"
        )

    def test_earlier_referrals_do_not_overlap(self) -> None:
        """Two earlier referrals may follow day by day, not share a day."""
        following = [r("2015-01-05", "2015-03-04"), r("2015-03-05", "2015-05-04")]
        assert len(PaiReferral(MONDAY, previous=following).previous) == 2
        sharing = [r("2015-01-05", "2015-03-04"), r("2015-03-04", "2015-05-03")]
        assert message(lambda: PaiReferral(MONDAY, previous=sharing)) == (
            "PaiReferral.previous ranges must not overlap"
        )


class TestSessionAndPlan:
    def test_errors(self) -> None:
        assert message(lambda: Session("x", D(1), Activity.GROUP_COUNSELLING)) == (  # type: ignore[arg-type]
            "Session.day must be a datetime.date, got str"
        )
        assert message(lambda: Session(MONDAY, D(1), "x")) == (  # type: ignore[arg-type]
            "Session.activity must be an Activity, got str"
        )
        assert message(lambda: PaiPlan("x")) == "PaiPlan.referral must be a PaiReferral, got str"  # type: ignore[arg-type]
        assert message(lambda: PaiPlan(PaiReferral(MONDAY), ["x"])) == (  # type: ignore[list-item]
            "PaiPlan.sessions must hold Session values, got str"
        )

    def test_week_hours(self) -> None:
        week, days = IsoWeek(2016, 14), r("2016-04-04", "2016-04-10")
        assert message(lambda: WeekHours(week, days, D(-1), D(0))) == (
            "WeekHours.activation must be a Decimal >= 0"
        )
        assert message(lambda: WeekHours(week, days, D(0), 1)) == (  # type: ignore[arg-type]
            "WeekHours.integration must be a Decimal >= 0"
        )
        assert message(lambda: WeekHours(week, days, D(0), D(0), 5)) == (  # type: ignore[arg-type]
            "WeekHours.activation_minimum must be a Decimal or None"
        )
        assert message(lambda: WeekHours(week, days, D(0), D(0), None, 5)) == (  # type: ignore[arg-type]
            "WeekHours.integration_minimum must be a Decimal or None"
        )
        assert WeekHours(week, days, D(0), D(0), None, None).total == 0


class TestPsuPayment:
    """The figures of a payment must fit together (UPZ art. 73a: at least the minimum rate)."""

    def test_errors(self) -> None:
        day, sure = MONDAY, Certainty.CONFIRMED
        assert message(lambda: PsuPayment(D(1), D(1), D(2), day, sure, D(1), D(0), D(1))) == (
            "PsuPayment.rate must not be below PsuPayment.minimum_rate"
        )
        assert message(lambda: PsuPayment(D(1), D(2), D(2), day, sure, D(1), D(0), D(1))) == (
            "PsuPayment.pay must be hours × rate rounded to the grosz"
        )
        assert message(lambda: PsuPayment(D(1), D(2), D(2), day, sure, D(2), D(1), D(2))) == (
            "PsuPayment.gmina_share must be pay − refund_max, both within pay"
        )
        assert PsuPayment(D(1), D(2), D(2), day, sure, D(2), D(1), D(1)).gmina_share == 1

    def test_agreement_day(self) -> None:
        """An agreement concluded before 2025-06-01 changes nothing for work up to 2025-05-31."""
        assert message(lambda: pay(1, date(2025, 6, 2), agreed_on="2025-05-01")) == (  # type: ignore[arg-type]
            "agreed_on must be a datetime.date, got str"
        )
        last = date(2025, 5, 31)
        assert pay(1, last, agreed_on=date(2025, 5, 1)) == pay(1, last)


class TestViolation:
    def test_labels_must_be_labels(self) -> None:
        assert message(lambda: Violation("x", "y", ONE, ONE)) == (  # type: ignore[arg-type]
            "Violation.label must be a Label (Polish and English), got str"
        )
        assert message(lambda: Violation("x", ONE, ONE, 3)) == (  # type: ignore[arg-type]
            "Violation.required must be a Label (Polish and English), got int"
        )
