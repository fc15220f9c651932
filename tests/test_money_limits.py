"""Every money and hours input, however huge or not a number, is refused with an
``IntegraError`` naming the field or computed: no ``decimal`` exception escapes."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integra.errors import IntegraError
from integra.parameters import CisRules, EffectivenessThresholds, IncomeCriterion, PaiLimits
from integra.people import Household
from integra.periods import DateRange
from integra.programmes import cis, psu
from integra.programmes.pai import Activity, PaiPlan, PaiReferral, Session
from integra.programmes.pai import validate as validate_pai
from integra.strategies.core import citations

HUGE: list[Any] = [
    Decimal("1e30"),
    Decimal("-1e30"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("NaN"),
    Decimal("sNaN"),
    10**400,
    -(10**400),
    Decimal(10**400),
    Decimal("9.99e999999"),
    Decimal("1e-999999"),
    Decimal(10**12),
    Decimal("999999999999.99"),
]

amounts = st.sampled_from(HUGE) | st.decimals(allow_nan=True, allow_infinity=True) | st.integers()

CITATION = citations().example()
MONDAY = date(2020, 1, 6)
CIS = cis.CisParticipation(date(2023, 1, 2))

TAKERS: dict[str, Callable[[Any], object]] = {
    "Household.monthly_net_income": lambda v: Household(2, v).income_per_person,
    "IncomeCriterion": lambda v: IncomeCriterion(v, v).for_household(3),
    "PaiLimits": lambda v: PaiLimits(v, v, 2, 6),
    "CisRules": lambda v: CisRules(1, 11, 6, v, v, v, v),
    "EffectivenessThresholds": lambda v: EffectivenessThresholds(v, v, CITATION),
    "psu.pay hours": lambda v: psu.pay(v, MONDAY),
    "psu.pay rate": lambda v: psu.pay(Decimal(10), MONDAY, rate=v),
    "psu.pay monthly_cap": lambda v: psu.pay(Decimal(10), MONDAY, monthly_cap=v),
    "psu.validate_week": lambda v: psu.validate_week(v, MONDAY),
    "psu.validate monthly_cap": lambda v: psu.validate(
        [psu.PsuSession(MONDAY, Decimal(5))], monthly_cap=v
    ),
    "psu.PsuSession": lambda v: psu.pay_for([psu.PsuSession(MONDAY, v)]),
    "cis.CisDay": lambda v: cis.validate(cis.CisPlan(CIS, [cis.CisDay(date(2023, 1, 2), v)])),
    "cis.integration_benefit": lambda v: cis.integration_benefit(CIS, 1, v),
    "cis.integration_benefit rounded up": lambda v: cis.integration_benefit(
        CIS, 2, v, rounding=list(cis.BenefitRounding)[-1]
    ),
    "pai Session": lambda v: validate_pai(
        PaiPlan(PaiReferral(MONDAY), [Session(MONDAY, v, Activity.SUPPORT_GROUP)])
    ),
}


def _answer_or_refuse(take: Callable[[Any], object], value: Any) -> None:
    try:
        take(value)
    except IntegraError:
        pass
    except (decimal.DecimalException, ArithmeticError, ValueError, TypeError) as error:
        pytest.fail(f"{type(error).__name__} escaped")


@pytest.mark.parametrize("name", sorted(TAKERS))
@pytest.mark.parametrize("value", HUGE, ids=repr)
def test_each_huge_value(name: str, value: Any) -> None:
    _answer_or_refuse(TAKERS[name], value)


@given(st.sampled_from(sorted(TAKERS)), amounts)
def test_any_amount(name: str, value: Any) -> None:
    _answer_or_refuse(TAKERS[name], value)


def test_the_limits_are_refused_by_name() -> None:
    with pytest.raises(IntegraError, match=r"^rate must be below 10\^12 zł"):
        psu.pay(Decimal(10), MONDAY, rate=Decimal("1e30"))
    with pytest.raises(IntegraError, match=r"^unemployment_benefit must be below 10\^12 zł"):
        cis.integration_benefit(CIS, 1, Decimal("1e30"))
    with pytest.raises(IntegraError, match=r"^IncomeCriterion.single must be below 10\^12"):
        IncomeCriterion(Decimal("1e30"), Decimal(1))
    # Just below the limit still computes, to the grosz.
    high = Decimal("999999999999.99")
    assert cis.integration_benefit(CIS, 2, high).amount == Decimal("1199999999999.99")
    assert DateRange(MONDAY).start == MONDAY
