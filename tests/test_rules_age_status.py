"""Tests of age thresholds (integra.rules.age) and recorded statuses (integra.rules.status)."""

from __future__ import annotations

import pytest

from helpers import d, r
from integra.errors import InvalidValue
from integra.law import Citation
from integra.parameters import UZS
from integra.people import (
    AssistanceProfile,
    Entitlement,
    EntitlementKind,
    Person,
    ProfileSpell,
    Registration,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.rules import (
    PROFILE_III,
    WORKING_AGE,
    AgeBetween,
    Fact,
    HasAssistanceProfile,
    HasEntitlement,
    InSituation,
    Outcome,
    WorkingAgeLimits,
    eligible_from,
)
from integra.rules.core import Context

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN


def working(born: str, sex: Sex, on: str) -> Outcome:
    return WORKING_AGE.evaluate(Person(d(born), sex), d(on)).outcome


class TestWorkingAge:
    def test_eighteenth_birthday(self) -> None:
        assert working("2006-05-02", Sex.MALE, "2024-05-01") is N
        assert working("2006-05-02", Sex.MALE, "2024-05-02") is E

    def test_women_until_60_men_until_65(self) -> None:
        assert working("1964-03-10", Sex.FEMALE, "2024-03-09") is E
        assert working("1964-03-10", Sex.FEMALE, "2024-03-10") is N
        assert working("1959-06-15", Sex.MALE, "2024-06-14") is E
        assert working("1959-06-15", Sex.MALE, "2024-06-15") is N
        assert working("1964-03-10", Sex.MALE, "2024-03-10") is E

    def test_born_on_29_february(self) -> None:
        # In a common year the birthday is reached on 28 February (KC art. 112).
        assert working("2004-02-29", Sex.FEMALE, "2022-02-27") is N
        assert working("2004-02-29", Sex.FEMALE, "2022-02-28") is E
        # 60 in a leap year: on 29 February itself
        assert working("1964-02-29", Sex.FEMALE, "2024-02-28") is E
        assert working("1964-02-29", Sex.FEMALE, "2024-02-29") is N
        # 65 in a common year: on 28 February
        assert working("1960-02-29", Sex.MALE, "2025-02-27") is E
        assert working("1960-02-29", Sex.MALE, "2025-02-28") is N

    def test_texts(self) -> None:
        v = WORKING_AGE.evaluate(Person(d("1964-03-10"), Sex.FEMALE), d("2024-03-10"))
        assert v.observed_text() == "aged 60 on 2024-03-10"
        assert v.threshold_text() == "aged 18 or more and under 60 (women)"
        assert v.threshold_text("pl") == "co najmniej 18 lat i mniej niż 60 lat (kobiety)"
        assert v.observed_text("pl") == "wiek 60 lat w dniu 10.03.2024 r."

    def test_the_gradual_rise_of_the_retirement_age_is_not_modelled(self) -> None:
        p = Person(d("1990-01-01"), Sex.MALE)
        assert WORKING_AGE.evaluate(p, d("2012-12-31")).outcome is E
        gap = WORKING_AGE.evaluate(p, d("2013-01-01"))
        assert gap.outcome is U and gap.missing == (Fact.LAW,)
        assert WORKING_AGE.evaluate(p, d("2017-09-30")).outcome is U
        assert WORKING_AGE.evaluate(p, d("2017-10-01")).outcome is E
        assert WORKING_AGE.evaluate(p, d("2004-05-31")).outcome is U
        urp = WORKING_AGE.evaluate(p, d("2025-06-01"))
        assert urp.outcome is E and urp.citation is not None and urp.citation.act.short == "URP"

    def test_eligible_from_birthdays(self) -> None:
        teen = Person(d("2008-07-01"), Sex.MALE)
        assert eligible_from(WORKING_AGE, teen, d("2024-01-01")) == d("2026-07-01")
        retired = Person(d("1960-01-01"), Sex.FEMALE)
        assert eligible_from(WORKING_AGE, retired, d("2024-01-01")) is None
        ctx = Context(Person(d("1990-01-01"), Sex.MALE), d("2014-01-01"))
        assert WORKING_AGE.stable_until(ctx) == d("2017-10-01")

    def test_a_date_before_birth_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match=r"before Person\.birth_date"):
            WORKING_AGE.evaluate(Person(d("2010-01-01"), Sex.MALE), d("2009-12-31"))

    def test_limits(self) -> None:
        limits = WorkingAgeLimits(18, 60, 65)
        assert (limits.maximum_for(Sex.FEMALE), limits.maximum_for(Sex.MALE)) == (60, 65)


class TestAgeBetween:
    def test_under_25(self) -> None:
        rule = AgeBetween(below=25)
        assert rule.evaluate(Person(d("2000-02-29"), Sex.MALE), d("2025-02-27")).eligible
        assert not rule.evaluate(Person(d("2000-02-29"), Sex.MALE), d("2025-02-28")).eligible
        assert rule.name == "age__25" and rule.label.en == "age: under 25"

    def test_50_or_more_and_bands(self) -> None:
        older = AgeBetween(minimum=50)
        assert older.name == "age_50_" and older.label.en == "age: 50 or more"
        p = Person(d("1974-06-01"), Sex.FEMALE)
        assert older.evaluate(p, d("2024-05-31")).outcome is N
        assert older.evaluate(p, d("2024-06-01")).outcome is E
        assert eligible_from(older, p, d("2020-01-01")) == d("2024-06-01")
        band = AgeBetween(18, 30)
        assert band.name == "age_18_30"
        assert band.label.pl == "wiek: co najmniej 18 i poniżej 30"
        assert band.label.en == "age: 18 or more and under 30"
        v = band.evaluate(p, d("2024-06-01"))
        assert v.outcome is N and v.observed_text("pl") == "wiek 50 lat w dniu 01.06.2024 r."
        assert v.observed_text() == "aged 50 on 2024-06-01"
        assert v.threshold_text() == "18 or more and under 30" and v.citation is None
        assert band.stable_until(Context(p, d("2024-06-01"))) is None
        # Polish numerals: 22 (2, 3, 4 but not 12-14) take "lata", 1 "rok", the rest "lat".
        young = Person(d("2002-01-15"), Sex.MALE)
        assert band.evaluate(young, d("2024-06-01")).observed_text("pl") == (
            "wiek 22 lata w dniu 01.06.2024 r."
        )
        assert WORKING_AGE.evaluate(young, d("2024-06-01")).observed_text("pl") == (
            "wiek 22 lata w dniu 01.06.2024 r."
        )
        infant = Person(d("2023-01-15"), Sex.FEMALE)
        assert band.evaluate(infant, d("2024-06-01")).observed_text("pl") == (
            "wiek 1 rok w dniu 01.06.2024 r."
        )

    def test_validation(self) -> None:
        with pytest.raises(InvalidValue, match="needs minimum, below, or both"):
            AgeBetween()
        with pytest.raises(InvalidValue, match="below must be greater"):
            AgeBetween(30, 30)


class TestStatuses:
    def test_profile_iii_while_profiles_existed(self) -> None:
        spell = Registration(
            r("2015-01-01", "2020-12-31"),
            profiles=[
                ProfileSpell(AssistanceProfile.II, r("2015-01-15", "2015-12-31")),
                ProfileSpell(AssistanceProfile.III, r("2016-01-01", "2020-12-31")),
            ],
        )
        p = Person(d("1980-01-01"), Sex.MALE, registrations=[spell])
        assert (
            PROFILE_III.evaluate(p, d("2015-01-10")).observed_text() == "no profile on 2015-01-10"
        )
        assert (
            PROFILE_III.evaluate(p, d("2015-01-10")).observed_text("pl")
            == "brak ustalonego profilu w dniu 10.01.2015 r."
        )
        v = PROFILE_III.evaluate(p, d("2015-06-01"))
        assert v.outcome is N and v.observed_text() == "profile II held on 2015-06-01"
        assert v.observed_text("pl") == "profil II w dniu 01.06.2015 r."
        assert PROFILE_III.evaluate(p, d("2016-01-01")).outcome is E
        assert PROFILE_III.evaluate(p, d("2019-06-13")).outcome is E
        after = PROFILE_III.evaluate(p, d("2019-06-14"))
        assert after.outcome is N
        assert after.observed_text() == "no assistance profiles exist under the law of 2019-06-14"
        assert after.observed_text("pl") == (
            "profile pomocy nie istnieją według stanu prawnego na dzień 14.06.2019 r."
        )
        assert PROFILE_III.evaluate(p, d("2016-01-01"), law_on=d("2014-05-26")).outcome is N
        assert PROFILE_III.evaluate(p, d("2016-01-01"), law_on=d("2004-05-31")).outcome is U
        assert eligible_from(PROFILE_III, p, d("2015-01-01")) == d("2016-01-01")
        assert PROFILE_III.name == "assistance_profile_iii"
        assert HasAssistanceProfile(AssistanceProfile.I).label == AssistanceProfile.I.label

    def test_situation(self) -> None:
        rule = InSituation(
            frozenset({SocialSituation.FOOD_AID, SocialSituation.FOSTER_CARE}),
            citation=Citation(UZS, "1"),
        )
        assert rule.name == "situation_food_aid_or_foster_care"
        p = Person(
            d("1990-01-01"),
            Sex.FEMALE,
            situations=[SituationSpell(SocialSituation.FOOD_AID, r("2024-01-01", "2024-01-31"))],
        )
        assert rule.evaluate(p, d("2024-01-31")).observed_text() == (
            "recorded: user of the food-aid programme"
        )
        assert rule.evaluate(p, d("2024-02-01")).observed_text() == "not recorded"
        assert rule.evaluate(p, d("2024-02-01")).observed_text("pl") == "brak takiego wpisu"
        assert rule.evaluate(p, d("2024-01-01")).citation == Citation(UZS, "1")
        plain = InSituation([SocialSituation.FOOD_AID])
        assert plain.law is None and plain.citations() == ()
        assert plain.evaluate(p, d("2024-01-01")).outcome is E
        labelled = InSituation([SocialSituation.FOOD_AID], label=rule.label)
        assert labelled.label == rule.label

    def test_entitlement(self) -> None:
        rule = HasEntitlement(frozenset({EntitlementKind.OLD_AGE_PENSION}))
        p = Person(
            d("1950-01-01"),
            Sex.MALE,
            entitlements=[Entitlement(EntitlementKind.OLD_AGE_PENSION, r("2015-01-01"))],
        )
        assert rule.evaluate(p, d("2014-12-31")).observed_text() == "no such right"
        assert rule.evaluate(p, d("2014-12-31")).observed_text("pl") == "brak takiego prawa"
        v = rule.evaluate(p, d("2015-01-01"))
        assert v.outcome is E and v.observed_text().startswith("holds: ")
        assert v.observed_text("pl").startswith("przysługuje: ")
        assert rule.label.en == EntitlementKind.OLD_AGE_PENSION.label.en
