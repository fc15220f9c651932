"""The words of the rules' observations and thresholds that caseworkers read, in Polish and
English, the exact errors of the rule types, and the days on which a verdict can next change
(hand-computed from birthdays, law changes and registration spells)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import collected, r
from integra import (
    Address,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Registration,
    Residence,
    Sex,
)
from integra.errors import InvalidRange, InvalidValue
from integra.people import CertificateSource
from integra.rules import WORKING_AGE, AgeBetween
from integra.rules.at_risk import AT_RISK_2021_2027_CATEGORIES, at_risk_for
from integra.rules.core import Context, Outcome
from integra.rules.disability import ZAZ_TARGET_GROUP
from integra.rules.revitalisation import (
    ProgrammeKind,
    ResidesInArea,
    RevitalisationArea,
    StreetSegment,
    SubArea,
)
from integra.rules.unemployment import LONG_TERM_UNEMPLOYED_EU_2014

MAN = collected(date(1961, 3, 10), Sex.MALE)
WOMAN = collected(date(1966, 3, 10), Sex.FEMALE)
OLD_TOWN = [SubArea("Stare Miasto", streets=[StreetSegment("Rynek")])]


def message(call: object) -> str:
    with pytest.raises((InvalidValue, InvalidRange)) as caught:
        call()  # type: ignore[operator]
    return str(caught.value)


class TestWorkingAge:
    """Working age: at least 18 and under 60 (women) or 65 (men), UPZ art. 2 ust. 1 pkt 2 and
    URP from 2025-06-01."""

    def test_threshold_names_the_sex(self) -> None:
        on = date(2024, 7, 1)
        man, woman = WORKING_AGE.evaluate(MAN, on), WORKING_AGE.evaluate(WOMAN, on)
        assert man.threshold_text() == "aged 18 or more and under 65 (men)"
        assert man.threshold_text("pl") == "co najmniej 18 lat i mniej niż 65 lat (mężczyźni)"
        assert woman.threshold_text() == "aged 18 or more and under 60 (women)"
        assert woman.threshold_text("pl") == "co najmniej 18 lat i mniej niż 60 lat (kobiety)"

    def test_next_change(self) -> None:
        """The law's new version from 2025-06-01 comes before any birthday of a man of 30; after
        it, the 65th birthday of a man and the 60th of a woman."""
        young = collected(date(1995, 3, 10), Sex.MALE)
        assert WORKING_AGE.stable_until(Context(young, date(2025, 5, 15))) == date(2025, 6, 1)
        assert WORKING_AGE.stable_until(Context(MAN, date(2025, 7, 1))) == date(2026, 3, 10)
        assert WORKING_AGE.stable_until(Context(WOMAN, date(2025, 7, 1))) == date(2026, 3, 10)
        assert WORKING_AGE.stable_until(Context(WOMAN, date(2025, 5, 15))) == date(2025, 6, 1)


class TestAgeBetween:
    def test_errors(self) -> None:
        assert message(lambda: AgeBetween()) == "AgeBetween needs minimum, below, or both"
        assert message(lambda: AgeBetween(minimum=25, below=25)) == (
            "AgeBetween.below must be greater than AgeBetween.minimum"
        )

    def test_threshold(self) -> None:
        v = AgeBetween(minimum=18, below=25).evaluate(MAN, date(2024, 7, 1))
        assert v.threshold_text() == "18 or more and under 25"
        assert v.threshold_text("pl") == "co najmniej 18 i poniżej 25"

    def test_next_birthday_crossing_a_bound(self) -> None:
        person = collected(date(2000, 3, 10), Sex.MALE)
        on = Context(person, date(2025, 2, 1))
        assert AgeBetween(minimum=18, below=25).stable_until(on) == date(2025, 3, 10)
        assert AgeBetween(minimum=30).stable_until(on) == date(2030, 3, 10)
        assert AgeBetween(below=30).stable_until(on) == date(2030, 3, 10)


class TestLongTermUnemployedEU:
    def test_the_25th_birthday_comes_before_six_months(self) -> None:
        """EU 2014-2020: under 25, more than 6 months of continuous unemployment. Registered from
        2024-12-01, on 2025-02-01 the crossing would be 2025-06-01, but the 25th birthday on
        2025-03-10 comes first (from it, 12 months are needed)."""
        person = collected(
            date(2000, 3, 10), Sex.MALE, registrations=[Registration(r("2024-12-01"))]
        )
        ctx = Context(person, date(2025, 2, 1))
        assert LONG_TERM_UNEMPLOYED_EU_2014.evaluate(person, ctx.on).outcome is Outcome.NOT_ELIGIBLE
        assert LONG_TERM_UNEMPLOYED_EU_2014.stable_until(ctx) == date(2025, 3, 10)

    def test_the_crossing_when_it_comes_first(self) -> None:
        """Aged 30, registered from 2024-12-01: more than 12 months from 2025-12-01."""
        person = collected(
            date(1995, 3, 10), Sex.MALE, registrations=[Registration(r("2024-12-01"))]
        )
        ctx = Context(person, date(2025, 2, 1))
        assert LONG_TERM_UNEMPLOYED_EU_2014.stable_until(ctx) == date(2025, 12, 1)


class TestAtRisk:
    def test_list_not_cited(self) -> None:
        v = AT_RISK_2021_2027_CATEGORIES[0].evaluate(MAN, date(2024, 1, 1))
        assert v.observation == "not_cited"
        assert v.observed_text() == (
            "the list has not been cited in the library yet; build your call's list with "
            "at_risk from its documents"
        )
        assert v.observed_text("pl") == (
            "lista nie została jeszcze wprowadzona do biblioteki; zbuduj listę swojego naboru "
            "funkcją at_risk na podstawie jego dokumentów"
        )

    def test_period_must_be_a_programme_period(self) -> None:
        assert message(lambda: at_risk_for("2014-2020")) == "period must be a ProgrammePeriod"  # type: ignore[arg-type]


class TestRevitalisation:
    AREA = RevitalisationArea(
        "Bielsko-Biała", "1/2020", date(2020, 1, 1), r("2020-02-01", "2026-12-31"), OLD_TOWN
    )

    def resident(self) -> object:
        home = Address("Bielsko-Biała", house_number="1", street="Rynek")
        return collected(date(1980, 1, 1), Sex.MALE, residences=[Residence(home, r("2019-01-01"))])

    def test_name_of_a_gmina_with_a_hyphen(self) -> None:
        assert ResidesInArea(self.AREA).name == "resides_in_bielsko_biała_revitalisation_area"

    def test_observations(self) -> None:
        rule, person = ResidesInArea(self.AREA), self.resident()
        before = rule.evaluate(person, date(2020, 1, 15))  # type: ignore[arg-type]
        assert before.observed_text() == (
            "the area is not in force on 2020-01-15 (in force 2020-02-01..2026-12-31)"
        )
        assert before.observed_text("pl") == (
            "obszar nie obowiązuje w dniu 15.01.2020 r. (obowiązuje od 01.02.2020 r. do "
            "31.12.2026 r.)"
        )
        inside = rule.evaluate(person, date(2024, 1, 1))  # type: ignore[arg-type]
        assert inside.observed_text() == "the address lies in sub-area Stare Miasto"
        assert inside.observed_text("pl") == "adres w podobszarze Stare Miasto"

    def test_errors(self) -> None:
        def area(**changes: object) -> RevitalisationArea:
            args: dict[str, object] = {
                "gmina": "Nysa",
                "resolution": "1",
                "adopted_on": date(2020, 1, 1),
                "valid": r("2020-02-01"),
                "sub_areas": OLD_TOWN,
            }
            args.update(changes)
            return RevitalisationArea(**args)  # type: ignore[arg-type]

        assert message(lambda: area(sub_areas=[])) == (
            "RevitalisationArea needs at least one sub-area"
        )
        assert message(lambda: area(adopted_on="2020-01-01")) == (
            "RevitalisationArea.adopted_on must be a datetime.date"
        )
        assert message(lambda: area(valid=r("2019-12-31"))) == (
            "RevitalisationArea.valid starts before the resolution was adopted"
        )
        assert message(lambda: area(programme=ProgrammeKind.LPR, valid=r("2020-02-01"))) == (
            "RevitalisationArea.valid of an LPR area must end by 2023-12-31 (UR art. 52)"
        )
        lpr = area(programme=ProgrammeKind.LPR, valid=r("2020-02-01", "2023-12-31"))
        assert lpr.valid.last == date(2023, 12, 31)


class TestZaz:
    def test_causes_are_listed_when_asked_for(self) -> None:
        """URZ art. 29: a moderate degree with a listed cause; causes are health data, shown only
        with ``personal=True``, sorted and separated by commas."""
        certificate = DisabilityCertificate(
            CertificateSource.DEGREE,
            date(2020, 1, 1),
            r("2020-01-01"),
            DisabilityDegree.MODERATE,
            frozenset({DisabilityCause.MENTAL_ILLNESS, DisabilityCause.AUTISM}),
        )
        person = collected(date(1980, 1, 1), Sex.FEMALE, certificates=[certificate])
        v = ZAZ_TARGET_GROUP.evaluate(person, date(2024, 1, 1))
        assert v.observed_text(personal=True).endswith("; causes: 02-P, 12-C")
        assert v.observed_text("pl", personal=True).endswith("; przyczyny: 02-P, 12-C")
        assert "02-P" not in v.observed_text()
