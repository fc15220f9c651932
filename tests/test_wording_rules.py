"""The words of the rules' observations and thresholds that caseworkers read, in Polish and
English, the exact errors of the rule types, and the days on which a verdict can next change
(hand-computed from birthdays, law changes and registration spells)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from helpers import collected, r
from integra import (
    Address,
    BenefitAward,
    BenefitKind,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.errors import InvalidRange, InvalidValue
from integra.law import Certainty, Citation, Dated, Timeline
from integra.parameters import URP, IncomeCriterion
from integra.people import CertificateSource
from integra.periods import MonthCounting
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    WORKING_AGE,
    AgeBetween,
)
from integra.rules.assistance import AssistanceReason
from integra.rules.at_risk import AT_RISK_2021_2027_CATEGORIES, at_risk_for
from integra.rules.core import Context, Outcome
from integra.rules.disability import ZAZ_TARGET_GROUP
from integra.rules.extending import with_law
from integra.rules.revitalisation import (
    Parity,
    ProgrammeKind,
    ResidesInArea,
    RevitalisationArea,
    StreetSegment,
    SubArea,
)
from integra.rules.status import InSituation
from integra.rules.unemployment import (
    LONG_TERM_UNEMPLOYED_EU_2014,
    LongTermUnemployed,
    LongTermUnemploymentDefinition,
)

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


class TestAssistance:
    """UPS art. 8 ust. 1: the criterion from 2022-01-01 is 776 zł for a person living alone and
    600 zł a person in a family."""

    ON = date(2024, 3, 1)

    @pytest.mark.parametrize(
        ("members", "income", "en", "pl"),
        [
            (
                1,
                "776",
                "income of a person living alone within the criterion",
                "dochód osoby samotnie gospodarującej nie przekracza kryterium",
            ),
            (
                1,
                "776.01",
                "income of a person living alone above the criterion",
                "dochód osoby samotnie gospodarującej przekracza kryterium",
            ),
            (
                3,
                "1800",
                "income per person in the family within the criterion",
                "dochód na osobę w rodzinie nie przekracza kryterium",
            ),
            (
                3,
                "1800.03",
                "income per person in the family above the criterion",
                "dochód na osobę w rodzinie przekracza kryterium",
            ),
        ],
    )
    def test_income_without_the_amount(self, members: int, income: str, en: str, pl: str) -> None:
        person = collected(
            date(1970, 1, 1), Sex.FEMALE, households=[Household(members, Decimal(income))]
        )
        v = INCOME_WITHIN_CRITERION.evaluate(person, self.ON)
        assert (v.observed_text(), v.observed_text("pl")) == (en, pl)

    def test_thresholds(self) -> None:
        alone = collected(date(1970, 1, 1), Sex.FEMALE, households=[Household(1, Decimal(700))])
        family = collected(date(1970, 1, 1), Sex.FEMALE, households=[Household(3, Decimal(900))])
        unknown = collected(date(1970, 1, 1), Sex.FEMALE)
        texts = [
            (v.threshold_text(), v.threshold_text("pl"))
            for v in (
                INCOME_WITHIN_CRITERION.evaluate(p, self.ON) for p in (alone, family, unknown)
            )
        ]
        assert texts == [
            (
                "at most 776 zł (criterion from 2022-01-01)",
                "nie więcej niż 776,00\u00a0zł (kryterium od 01.01.2022 r.)",
            ),
            (
                "at most 600 zł a person (criterion from 2022-01-01)",
                "nie więcej niż 600,00\u00a0zł na osobę (kryterium od 01.01.2022 r.)",
            ),
            (
                "at most 776 zł (living alone) or 600 zł a person (family) (criterion from "
                "2022-01-01)",
                "nie więcej niż 776,00\u00a0zł (osoba samotnie gospodarująca) lub 600,00\u00a0zł na osobę "
                "(rodzina) (kryterium od 01.01.2022 r.)",
            ),
        ]

    def test_benefits_received(self) -> None:
        awards = [
            BenefitAward(kind, r("2024-01-01"))
            for kind in (BenefitKind.PERIODIC_ALLOWANCE, BenefitKind.MEALS)
        ]
        person = collected(date(1970, 1, 1), Sex.FEMALE, benefit_awards=awards)
        v = RECEIVES_SOCIAL_ASSISTANCE.evaluate(person, self.ON)
        assert v.observed_text() == "receives: periodic allowance, meals"
        assert v.observed_text("pl").startswith("korzysta: zasiłek okresowy, ")

    def test_violence_was_renamed_on_2023_06_22(self) -> None:
        """UPS art. 7 pkt 7: "przemoc w rodzinie" became "przemoc domowa" (Dz.U. 2023 poz. 535)."""
        reason = AssistanceReason.DOMESTIC_VIOLENCE
        before, after = reason.label_on(date(2023, 6, 21)), reason.label_on(date(2023, 6, 22))
        assert (before.pl, before.en) == ("przemoc w rodzinie", "violence in the family")
        assert (after.pl, after.en) == ("przemoc domowa", "domestic violence")

    def test_situations_recorded(self) -> None:
        spells = [
            SituationSpell(s, r("2024-01-01"))
            for s in (SocialSituation.FOOD_AID, SocialSituation.FOSTER_CARE)
        ]
        person = collected(date(1970, 1, 1), Sex.FEMALE, situations=spells)
        rule = InSituation(frozenset({SocialSituation.FOOD_AID, SocialSituation.FOSTER_CARE}))
        v = rule.evaluate(person, self.ON)
        assert v.observed_text() == (
            "recorded: in or leaving foster care, user of the food-aid programme"
        )
        assert v.observed_text("pl") == (
            "stwierdzono: osoba korzystająca z Programu Operacyjnego Pomoc Żywnościowa, osoba "
            "przebywająca w pieczy zastępczej lub ją opuszczająca"
        )


class TestLongTermUnemployed:
    def test_unsettled_adult_vocational_preparation(self) -> None:
        """URP: 360 days registered outside adult vocational preparation, 361 with its one day;
        whether that day is excluded under the new act was not checked."""
        pzd = ExcludedPeriod(
            ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2026-01-01", "2026-01-01")
        )
        person = collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(r("2026-01-01"), exclusions=[pzd])],
        )
        v = LONG_TERM_UNEMPLOYED.evaluate(person, date(2026, 12, 27))
        assert v.observed_text() == (
            "360 days registered in 2024-12-28..2026-12-27, 361 counting adult vocational "
            "preparation, whose exclusion under the new act was not checked"
        )
        assert v.observed_text("pl") == (
            "360 dni w rejestrze w okresie od 28.12.2024 r. do 27.12.2026 r., 361 dni wliczając "
            "przygotowanie zawodowe dorosłych, którego wyłączenia w nowej ustawie nie sprawdzono"
        )
        assert v.threshold_text() == "more than 360 days (12 months of 30 days)"
        assert v.threshold_text("pl") == "ponad 360 dni (12 miesięcy po 30 dni)"

    def test_half_a_day_in_each_language(self) -> None:
        """6 months of a 365-day year are 182.5 days (182,5 in Polish)."""
        six = with_law(
            LongTermUnemployed(counting=MonthCounting.YEAR_365),
            Timeline(
                "six months",
                (
                    Dated(
                        LongTermUnemploymentDefinition(6, 1),
                        date(2020, 1, 1),
                        citation=Citation(URP),
                        certainty=Certainty.DERIVED,
                    ),
                ),
            ),
        )
        person = collected(
            date(1980, 1, 1), Sex.MALE, registrations=[Registration(r("2024-01-01"))]
        )
        v = six.evaluate(person, date(2024, 6, 1))
        assert v.threshold_text() == "more than 182.5 days (6 months, a year being 365 days)"
        assert v.threshold_text("pl") == "ponad 182,5 dni (6 miesięcy, rok = 365 dni)"
        twelve = LongTermUnemployed(counting=MonthCounting.YEAR_365).evaluate(
            person, date(2024, 6, 1)
        )
        assert twelve.threshold_text("pl") == "ponad 365 dni (12 miesięcy, rok = 365 dni)"

    def test_the_count_moves_daily_while_a_spell_reaches_the_window(self) -> None:
        """On 2026-11-29 the 2-year window is 2024-11-30..2026-11-29 (UPZ art. 2 ust. 1 pkt 5
        read by URP). For a person registered on the date (in an internship until 2026-12-31,
        which adds no day), a spell ending on the window's first day still counts, so the verdict
        may change tomorrow; one ending the day before no longer does, and only the end of the
        registration is left. Not registered on the date, nothing changes (pkt 2)."""
        on = Context(collected(date(1980, 1, 1), Sex.MALE), date(2026, 11, 29))
        assert LONG_TERM_UNEMPLOYED.window(on.on) == r("2024-11-30", "2026-11-29")
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2026-11-29", "2026-12-31"))
        now = Registration(r("2026-11-29", "2026-12-31"), exclusions=[internship])
        for current, inside_next, outside_next in (
            ([now], date(2026, 11, 30), date(2027, 1, 1)),
            ([], None, None),
        ):
            inside = collected(
                date(1980, 1, 1),
                Sex.MALE,
                registrations=[Registration(r("2024-01-01", "2024-11-30")), *current],
            )
            outside = collected(
                date(1980, 1, 1),
                Sex.MALE,
                registrations=[Registration(r("2024-01-01", "2024-11-29")), *current],
            )
            assert LONG_TERM_UNEMPLOYED.stable_until(Context(inside, on.on)) == inside_next
            assert LONG_TERM_UNEMPLOYED.stable_until(Context(outside, on.on)) == outside_next


class TestIncomeCriterionInPolish:
    def test_amounts_with_grosze(self) -> None:
        """A user's criterion of 776.50 zł / 600.50 zł is written 776,50\u00a0zł in Polish."""
        ours = with_law(
            INCOME_WITHIN_CRITERION,
            Timeline(
                "our criterion",
                (
                    Dated(
                        IncomeCriterion(Decimal("776.50"), Decimal("600.50")),
                        date(2020, 1, 1),
                        citation=Citation(URP),
                        certainty=Certainty.DERIVED,
                    ),
                ),
            ),
        )
        v = ours.evaluate(collected(date(1970, 1, 1), Sex.FEMALE), date(2024, 3, 1))
        assert v.threshold_text("pl") == (
            "nie więcej niż 776,50\u00a0zł (osoba samotnie gospodarująca) lub 600,50\u00a0zł na osobę "
            "(rodzina) (kryterium od 01.01.2020 r., wartość wyprowadzona)"
        )
        assert v.threshold_text().startswith("at most 776.50 zł (living alone) or 600.50 zł")


class TestStreetSegment:
    """A segment of a street in a revitalisation area (UR art. 10): the numbers 2 to 20, even
    side, of Słowackiego; both ends included."""

    SEGMENT = StreetSegment("Słowackiego", 2, 20, Parity.EVEN)

    @pytest.mark.parametrize(
        ("street", "number", "inside"),
        [
            ("ul. Słowackiego", "2", True),
            ("Słowackiego", "20", True),
            ("SŁOWACKIEGO", "14/3", True),
            ("Słowackiego", "22", False),
            ("Słowackiego", "15", False),
            ("Mickiewicza", "14", False),
        ],
    )
    def test_matches(self, street: str, number: str, inside: bool) -> None:
        address = Address(gmina="Kłodzko", street=street, house_number=number)
        assert self.SEGMENT.matches(address) is inside

    def test_an_address_without_a_number_matches_only_a_whole_street(self) -> None:
        nameless = Address(gmina="Nysa", street="Główna", house_number="b/n")
        assert StreetSegment("Główna").matches(nameless)
        assert not StreetSegment("Główna", 1, 41).matches(nameless)
