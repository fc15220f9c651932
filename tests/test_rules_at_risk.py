"""Tests of the at-risk target group (integra.rules.at_risk) and the recruitment compositions
(integra.rules.recruitment)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import collected, d, r
from integra.labels import Label
from integra.people import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DisabilityCertificate,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.rules import (
    AT_RISK_2014_2020,
    AT_RISK_2014_2020_CATEGORIES,
    PAI_ELIGIBILITY,
    Fact,
    Outcome,
    RevitalisationArea,
    StreetSegment,
    SubArea,
    at_risk,
    eligible_from,
    pai_target_group_in_area,
)

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN
ON = date(2019, 1, 1)
S = SocialSituation


def with_situation(situation: SocialSituation) -> Person:
    return collected(
        d("1990-01-01"), Sex.FEMALE, situations=[SituationSpell(situation, r("2018-01-01"))]
    )


class TestAtRisk2014To2020:
    @pytest.mark.parametrize(
        ("situation", "index"),
        [
            (S.FOSTER_CARE, 3),
            (S.FOOD_AID, 4),
            (S.SERVING_SENTENCE, 5),
            (S.DEPENDENT_PERSON, 7),
            (S.YOUTH_CENTRE_RESIDENT, 10),
            (S.JUVENILE_UNDER_MEASURES, 11),
        ],
    )
    def test_each_listed_situation(self, situation: SocialSituation, index: int) -> None:
        v = AT_RISK_2014_2020.evaluate(with_situation(situation), ON)
        assert v.outcome is E
        eligible = [i for i, c in enumerate(v.children) if c.outcome is E]
        assert eligible == [index]

    def test_a_person_in_several_categories_is_reported_in_each(self) -> None:
        cert = DisabilityCertificate(
            CertificateSource.INVALIDITY_GROUP_III, d("1995-01-01"), r("1995-01-01")
        )
        p = collected(
            d("1960-01-01"),
            Sex.MALE,
            benefit_awards=[BenefitAward(BenefitKind.MEALS, r("2018-12-01", "2019-02-28"))],
            situations=[SituationSpell(S.HOMELESS_OR_HOUSING_EXCLUDED, r("2018-01-01"))],
            certificates=[cert],
        )
        v = AT_RISK_2014_2020.evaluate(p, ON)
        names = [c.rule.name for c in v.children if c.outcome is E]
        assert names == [
            "receives_social_assistance",
            "has_assistance_reason",  # homelessness (art. 7 pkt 3) and disability (pkt 5)
            "uzs_groups",  # disability
            "situation_homeless_or_housing_excluded",
            "has_disability",
        ]

    def test_profile_iii_while_profiles_existed(self) -> None:
        spell = Registration(
            r("2018-01-01"), profiles=[ProfileSpell(AssistanceProfile.III, r("2018-01-01"))]
        )
        p = collected(d("1980-01-01"), Sex.MALE, registrations=[spell])
        v = AT_RISK_2014_2020.evaluate(p, ON)
        assert v.children[8].outcome is E  # profile III
        assert v.children[1].outcome is E  # registered: unemployment is an art. 7 reason
        assert AT_RISK_2014_2020.evaluate(p, d("2019-06-14")).children[8].outcome is N

    def test_nobody_is_not_at_risk_and_every_category_is_listed(self) -> None:
        v = AT_RISK_2014_2020.evaluate(collected(d("1990-01-01"), Sex.FEMALE), ON)
        assert v.outcome is N
        assert len(v.children) == len(AT_RISK_2014_2020_CATEGORIES) == 12
        assert all(c.outcome is N for c in v.children)

    def test_before_the_acts_the_outcome_is_unknown(self) -> None:
        v = AT_RISK_2014_2020.evaluate(collected(d("1990-01-01"), Sex.FEMALE), d("2003-06-01"))
        assert v.outcome is U and Fact.LAW in v.missing_facts
        fed = AT_RISK_2014_2020.evaluate(with_situation(S.FOOD_AID), d("2018-06-01"))
        assert fed.outcome is E

    def test_a_list_is_data(self) -> None:
        rule = at_risk(AT_RISK_2014_2020_CATEGORIES[3:5], "care_or_food", Label(pl="x", en="y"))
        assert rule.name == "care_or_food" and rule.label.en == "y"
        assert rule.evaluate(with_situation(S.FOOD_AID), ON).outcome is E
        assert rule.evaluate(with_situation(S.SERVING_SENTENCE), ON).outcome is N


AREA = RevitalisationArea(
    "Świebodzice",
    "XL/200/2017",
    d("2017-06-01"),
    r("2017-07-01"),
    [SubArea("Centrum", streets=[StreetSegment("Wolności", 1, 99)])],
)
PAI_IN_AREA = pai_target_group_in_area(AREA)


def candidate(*, registered: bool = True, award: bool = True, home: str | None = "15") -> Person:
    return collected(
        d("1985-04-02"),
        Sex.MALE,
        registrations=[Registration(r("2023-09-01"))] if registered else [],
        benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2024-01-01", "2024-06-30"))]
        if award
        else [],
        residences=[]
        if home is None
        else [
            Residence(
                Address(gmina="Świebodzice", street="ul. Wolności", house_number=home),
                r("2010-01-01"),
            )
        ],
    )


class TestRecruitment:
    def test_pai_in_a_revitalisation_area(self) -> None:
        on = d("2024-03-01")
        assert PAI_IN_AREA.evaluate(candidate(), on).outcome is E
        assert PAI_IN_AREA.evaluate(candidate(home="101"), on).outcome is N
        assert PAI_IN_AREA.evaluate(candidate(award=False), on).outcome is N
        assert PAI_IN_AREA.evaluate(candidate(), d("2024-07-01")).outcome is N  # award ended
        assert eligible_from(PAI_IN_AREA, candidate(), d("2023-09-01")) == d("2024-01-01")

    def test_missing_residence(self) -> None:
        on = d("2024-03-01")
        unknown = PAI_IN_AREA.evaluate(candidate(home=None), on)
        assert unknown.outcome is U and unknown.missing == (Fact.RESIDENCES,)
        # Not registered decides it, but every condition is still reported.
        decided = PAI_IN_AREA.evaluate(candidate(registered=False, home=None), on)
        assert decided.outcome is N and decided.missing == ()
        assert [c.outcome for c in decided.children] == [N, E, U]
        assert [c.rule.name for c in decided.children] == [
            "registered_unemployed",
            "receives_social_assistance",
            "resides_in_świebodzice_revitalisation_area",
        ]

    def test_statutory_pai_eligibility(self) -> None:
        on = d("2024-03-01")
        assert PAI_ELIGIBILITY.evaluate(candidate(home=None), on).outcome is E
        assert PAI_ELIGIBILITY.evaluate(candidate(registered=False), on).outcome is N

    def test_statutory_pai_eligibility_follows_the_law_date(self) -> None:
        # UPZ art. 62a ust. 1: profile III is required until 2019-06-13, not from 2019-06-14;
        # from 2025-06-01 (UPZ repealed) no PAI law is modelled.
        person = Person(
            d("1985-04-02"),
            Sex.MALE,
            registrations=[Registration(r("2019-01-02"))],
            benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2019-01-01"))],
        )
        assert PAI_ELIGIBILITY.evaluate(person, d("2019-06-13")).outcome is N
        assert PAI_ELIGIBILITY.evaluate(person, d("2019-06-14")).outcome is E
        assert PAI_ELIGIBILITY.evaluate(person, d("2025-05-31")).outcome is E
        late = PAI_ELIGIBILITY.evaluate(person, d("2025-06-01"))
        assert late.outcome is Outcome.UNKNOWN and Fact.LAW in late.missing
        assert PAI_IN_AREA.label.en == "PAI target group in the revitalisation area (Świebodzice)"
        assert PAI_IN_AREA.required_facts() == {
            Fact.REGISTRATIONS,
            Fact.BENEFIT_AWARDS,
            Fact.RESIDENCES,
        }
