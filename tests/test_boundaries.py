"""Boundaries that mutation testing found untested: each value below is computed by hand from
the provision or the definition, on both sides of the limit.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from helpers import collected, d, r
from integra import Address, Person, Residence, Sex
from integra.people import (
    CertificateSource,
    DisabilityCertificate,
    DisabilityDegree,
    Registration,
)
from integra.periods import DateRange
from integra.programmes.psu import PsuSession
from integra.programmes.psu import validate as validate_psu
from integra.rules import (
    HAS_DISABILITY,
    LONG_TERM_UNEMPLOYED_EU_2014,
    SOCIAL_EMPLOYMENT_CIS,
    WORKING_AGE,
    Context,
    Fact,
    Outcome,
    ResidesInArea,
    RevitalisationArea,
    eligible_from,
)
from integra.rules.core.toolkit import period_boundaries
from integra.rules.revitalisation import StreetSegment, SubArea

D = Decimal


def _area(valid: DateRange) -> RevitalisationArea:
    return RevitalisationArea(
        "Nysa",
        "1/2020",
        valid.start,
        valid,
        [SubArea("Rynek", streets=[StreetSegment("Rynek")])],
    )


def _resident(since: str = "2000-01-01") -> Person:
    home = Residence(Address(gmina="Nysa", street="Rynek", house_number="5"), r(since))
    return collected(d("1980-01-01"), Sex.FEMALE, residences=[home])


class TestRevitalisation:
    def test_the_act_applies_from_18_november_2015(self) -> None:
        # Ustawa o rewitalizacji (UR), art. 10: in force from 2015-11-18.
        rule = ResidesInArea(_area(r("2015-01-01")))
        person = _resident()
        on = d("2016-01-04")
        assert Fact.LAW not in rule.evaluate(person, on, law_on=d("2015-11-18")).missing
        assert rule.evaluate(person, on, law_on=d("2015-11-18")).outcome is Outcome.ELIGIBLE
        before = rule.evaluate(person, on, law_on=d("2015-11-17"))
        assert before.outcome is Outcome.UNKNOWN and Fact.LAW in before.missing

    def test_the_verdict_may_change_the_day_after_the_designation_ends(self) -> None:
        rule = ResidesInArea(_area(r("2020-02-01", "2024-06-30")))
        ctx = Context(_resident(), d("2024-06-01"))
        assert rule.stable_until(ctx) == d("2024-07-01")
        assert rule.evaluate(_resident(), d("2024-06-30")).outcome is Outcome.ELIGIBLE
        assert rule.evaluate(_resident(), d("2024-07-01")).outcome is Outcome.NOT_ELIGIBLE

    def test_a_change_on_the_day_itself_is_not_a_later_change(self) -> None:
        # The designation starts on the evaluation day: the next change is its end, not today.
        rule = ResidesInArea(_area(r("2024-06-01", "2024-06-30")))
        assert rule.stable_until(Context(_resident(), d("2024-06-01"))) == d("2024-07-01")


class TestDisability:
    def test_of_two_certificates_of_the_same_rank_the_first_is_named(self) -> None:
        first = DisabilityCertificate(
            CertificateSource.DEGREE, d("2020-01-01"), r("2020-01-01"), DisabilityDegree.LIGHT
        )
        second = DisabilityCertificate(
            CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY, d("2021-01-01"), r("2021-01-01")
        )
        person = collected(d("1970-01-01"), Sex.MALE, certificates=[first, second])
        from integra.rules import SIGNIFICANT_OR_MODERATE_DISABILITY

        verdict = SIGNIFICANT_OR_MODERATE_DISABILITY.evaluate(person, d("2024-01-01"))
        assert verdict.outcome is Outcome.NOT_ELIGIBLE
        assert verdict.observation is first
        assert HAS_DISABILITY.evaluate(person, d("2024-01-01")).outcome is Outcome.ELIGIBLE


class TestSocialEmployment:
    def test_the_version_before_2022_ends_on_14_february_2022(self) -> None:
        # Amendment of UZS (Dz.U. 2022 poz. 218) in force from 2022-02-15.
        person = collected(d("1975-01-01"), Sex.MALE)
        before = SOCIAL_EMPLOYMENT_CIS.evaluate(person, d("2022-02-14"))
        after = SOCIAL_EMPLOYMENT_CIS.evaluate(person, d("2022-02-15"))
        assert before.children[0].rule.name == "social_employment_before_2022"
        assert after.children[0].rule.name != "social_employment_before_2022"


class TestUnemploymentEU:
    def test_the_next_change_is_the_day_after_the_spell_crosses_12_months(self) -> None:
        # Registered from 2023-01-01, aged 34: more than 12 months from 2024-01-01 on.
        person = collected(d("1990-01-01"), Sex.MALE, registrations=[Registration(r("2023-01-01"))])
        rule = LONG_TERM_UNEMPLOYED_EU_2014
        assert rule.evaluate(person, d("2023-12-31")).outcome is Outcome.NOT_ELIGIBLE
        assert rule.evaluate(person, d("2024-01-01")).outcome is Outcome.ELIGIBLE
        assert rule.stable_until(Context(person, d("2023-12-31"))) == d("2024-01-01")
        # On the crossing day itself the crossing is no longer ahead.
        assert rule.stable_until(Context(person, d("2024-01-01"))) != d("2024-01-01")
        assert eligible_from(rule, person, d("2023-06-01")) == d("2024-01-01")


class TestTiming:
    def test_a_period_ending_on_the_last_representable_day_has_no_day_after(self) -> None:
        person = collected(
            d("1980-01-01"),
            Sex.MALE,
            registrations=[Registration(DateRange(d("2024-01-01"), date.max))],
        )
        bounds = sorted(period_boundaries(Context(person, d("2024-02-01")), [Fact.REGISTRATIONS]))
        assert bounds == [d("2024-01-01")]

    @pytest.mark.parametrize(
        ("until", "found"), [("2019-03-15", "2019-03-15"), ("2019-03-14", None)]
    )
    def test_until_is_inclusive(self, until: str, found: str | None) -> None:
        # Born 2001-03-15: aged 18 on 2019-03-15, the first day of working age.
        person = collected(d("2001-03-15"), Sex.FEMALE)
        result = eligible_from(WORKING_AGE, person, d("2018-06-01"), until=d(until))
        assert result == (None if found is None else d(found))


class TestPsuLimits:
    def test_a_monthly_cap_of_zero_hours_is_a_cap(self) -> None:
        sessions = [PsuSession(d("2024-03-04"), D("0.25"))]
        assert validate_psu(sessions, monthly_cap=D(0)).codes == ("psu.hours.monthly_cap",)
        assert validate_psu(sessions, monthly_cap=D("0.25")).valid

    def test_the_last_day_under_upz_is_31_may_2025(self) -> None:
        # UPZ repealed from 2025-06-01 (URP art. 435): work on 2025-05-31 is still checked.
        last = [PsuSession(d("2025-05-31"), D(11))]
        assert validate_psu(last, monthly_cap=False).codes == ("psu.hours.weekly_maximum",)
        after = [PsuSession(d("2025-05-31") + timedelta(days=1), D(1))]
        assert validate_psu(after, monthly_cap=False).codes == ("psu.law.not_modelled",)
