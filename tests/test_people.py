"""Tests of integra.people: a person, the dated facts about them, and how they are validated."""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d, r
from integra.errors import IntegraError, InvalidPesel, InvalidRange, InvalidValue
from integra.people import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Indication,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialContract,
    SocialSituation,
    validate_pesel,
)
from integra.periods import DateRange, MonthEndPolicy, RangeSet, add_years
from integra.strategies import dates, pesels

MALE_1944 = "44051401359"  # born 1944-05-14, male
FEMALE_2004 = "04222900021"  # born 2004-02-29 (month 22: the 2000s), female


# --- Age ------------------------------------------------------------------------------------------


class TestAge:
    def test_birthday_in_an_ordinary_year(self) -> None:
        person = Person(d("1990-06-15"), Sex.MALE)
        assert person.age_on(d("1990-06-15")) == 0
        assert person.age_on(d("2024-06-14")) == 33
        assert person.age_on(d("2024-06-15")) == 34
        assert person.age_on(d("2024-12-31")) == 34
        assert person.age_on(d("2025-01-01")) == 34

    def test_born_on_29_february(self) -> None:
        # Kodeks cywilny art. 112: in a common year the next year of age starts on 28 February.
        leapling = Person(d("2004-02-29"), Sex.FEMALE)
        assert leapling.age_on(d("2005-02-27")) == 0
        assert leapling.age_on(d("2005-02-28")) == 1
        assert leapling.age_on(d("2022-02-27")) == 17
        assert leapling.age_on(d("2022-02-28")) == 18
        assert leapling.age_on(d("2022-03-01")) == 18
        assert leapling.age_on(d("2024-02-28")) == 19  # leap year: the 29th exists
        assert leapling.age_on(d("2024-02-29")) == 20

    def test_born_on_29_february_in_a_century_year(self) -> None:
        leapling = Person(d("2000-02-29"), Sex.MALE)
        assert leapling.age_on(d("2100-02-27")) == 99
        assert leapling.age_on(d("2100-02-28")) == 100  # 2100 is a common year

    def test_born_on_31_december(self) -> None:
        person = Person(d("2006-12-31"), Sex.MALE)
        assert person.age_on(d("2024-12-30")) == 17
        assert person.age_on(d("2024-12-31")) == 18

    def test_before_birth_is_invalid(self) -> None:
        with pytest.raises(InvalidValue, match=r"before Person\.birth_date"):
            Person(d("1990-06-15"), Sex.MALE).age_on(d("1990-06-14"))

    @given(dates(date(1930, 1, 1), date(2015, 12, 31)), st.data())
    def test_age_never_decreases(self, birth: date, data: st.DataObject) -> None:
        person = Person(birth, Sex.MALE)
        first = data.draw(dates(birth, date(2100, 12, 31)))
        second = data.draw(dates(first, date(2100, 12, 31)))
        assert 0 <= person.age_on(first) <= person.age_on(second)

    @given(dates(date(1930, 1, 1), date(2015, 12, 31)), st.integers(1, 90))
    def test_each_birthday_adds_exactly_one_year(self, birth: date, years: int) -> None:
        person = Person(birth, Sex.FEMALE)
        birthday = add_years(birth, years, MonthEndPolicy.CLIP)
        assert person.age_on(birthday) == years
        assert person.age_on(birthday - timedelta(days=1)) == years - 1


# --- PESEL ----------------------------------------------------------------------------------------


class TestPesel:
    def test_valid_numbers(self) -> None:
        assert validate_pesel(MALE_1944, d("1944-05-14"), Sex.MALE) == MALE_1944
        assert validate_pesel(FEMALE_2004, d("2004-02-29"), Sex.FEMALE) == FEMALE_2004
        assert validate_pesel("4405140135 9") == MALE_1944

    @pytest.mark.parametrize(
        ("number", "birth", "sex", "message"),
        [
            ("44051401358", None, None, "PESEL has an invalid check digit"),
            (
                "4405140135",
                None,
                None,
                "PESEL must be 11 digits encoding a valid birth date",
            ),
            (
                "440514013590",
                None,
                None,
                "PESEL must be 11 digits encoding a valid birth date",
            ),
            (
                "4405140135X",
                None,
                None,
                "PESEL must be 11 digits encoding a valid birth date",
            ),
            (
                MALE_1944,
                "1944-05-15",
                None,
                "PESEL does not agree with the birth date given",
            ),
            (
                MALE_1944,
                "2044-05-14",
                None,
                "PESEL does not agree with the birth date given",
            ),
            (MALE_1944, None, Sex.FEMALE, "PESEL does not agree with the sex given"),
            (
                FEMALE_2004,
                "2004-02-29",
                Sex.MALE,
                "PESEL does not agree with the sex given",
            ),
        ],
    )
    def test_invalid_numbers(
        self, number: str, birth: str | None, sex: Sex | None, message: str
    ) -> None:
        birth_date = None if birth is None else d(birth)
        with pytest.raises(InvalidPesel) as info:
            validate_pesel(number, birth_date, sex)
        assert str(info.value) == message
        assert number not in str(info.value)
        assert number[:6] not in str(info.value)
        # The same errors come out of Person, again without the number.
        if birth_date is not None or sex is not None:
            with pytest.raises(InvalidPesel) as from_person:
                Person(birth_date or d("1944-05-14"), sex or Sex.MALE, pesel=number)
            assert number not in str(from_person.value)
            assert number not in repr(from_person.value)

    def test_not_a_string(self) -> None:
        with pytest.raises(InvalidPesel, match="PESEL must be a string of 11 digits"):
            validate_pesel(44051401359)  # type: ignore[arg-type]
        with pytest.raises(InvalidPesel, match="PESEL must be a string of 11 digits"):
            Person(d("1944-05-14"), Sex.MALE, pesel=44051401359)  # type: ignore[arg-type]

    def test_person_compacts_and_hides_the_number(self) -> None:
        person = Person(d("1944-05-14"), Sex.MALE, pesel="440514-01359")
        assert person.pesel == MALE_1944
        assert MALE_1944 not in repr(person)
        assert MALE_1944 not in str(person)
        assert "pesel" not in repr(person)
        assert person == Person(d("1944-05-14"), Sex.MALE, pesel=MALE_1944)

    def test_person_with_wrong_birth_date_or_sex(self) -> None:
        with pytest.raises(InvalidPesel, match="birth date") as info:
            Person(d("1944-05-15"), Sex.MALE, pesel=MALE_1944)
        assert MALE_1944 not in str(info.value)
        with pytest.raises(InvalidPesel, match="sex"):
            Person(d("1944-05-14"), Sex.FEMALE, pesel=MALE_1944)

    @given(dates(date(1800, 1, 1), date(2299, 12, 31)), st.sampled_from(Sex), st.data())
    def test_generated_numbers_validate(self, birth: date, sex: Sex, data: st.DataObject) -> None:
        number = data.draw(pesels(birth, sex))
        assert validate_pesel(number, birth, sex) == number


# --- Histories --------------------------------------------------------------------------------------

BIRTH = d("1980-03-10")


def person(**histories: Any) -> Person:
    return Person(BIRTH, Sex.FEMALE, **histories)


class TestHistoriesAfterBirth:
    @pytest.mark.parametrize(
        ("field", "item"),
        [
            ("registrations", Registration(r("1980-03-09", "1990-01-01"))),
            (
                "benefit_awards",
                BenefitAward(BenefitKind.MEALS, r("1980-01-01", "1980-12-31")),
            ),
            ("social_contracts", SocialContract(r("1979-01-01"))),
            (
                "certificates",
                DisabilityCertificate(CertificateSource.UNDER_16, d("1980-03-01"), r("1980-03-01")),
            ),
            (
                "residences",
                Residence(Address(gmina="Nysa", house_number="1"), r("1980-03-09")),
            ),
            ("households", Household(2, Decimal(0), r("1970-01-01", "1990-01-01"))),
            ("situations", SituationSpell(SocialSituation.POVERTY, r("1980-03-09"))),
            (
                "entitlements",
                Entitlement(EntitlementKind.OLD_AGE_PENSION, r("1950-01-01")),
            ),
        ],
    )
    def test_period_before_birth(self, field: str, item: object) -> None:
        with pytest.raises(
            InvalidRange,
            match=rf"Person\.{field} has a period starting before Person\.birth_date",
        ):
            person(**{field: [item]})

    def test_period_starting_on_birth_date_is_fine(self) -> None:
        assert person(
            residences=[Residence(Address(gmina="Nysa", house_number="1"), r("1980-03-10"))]
        )

    def test_undated_household_is_not_checked_against_birth(self) -> None:
        assert (
            person(households=[Household(1, Decimal(0))]).household_on(d("2024-01-01")) is not None
        )


class TestOverlaps:
    def test_registrations(self) -> None:
        with pytest.raises(
            InvalidRange,
            match=r"Person\.registrations\[0\] overlaps registrations\[1\]",
        ):
            person(
                registrations=[
                    Registration(r("2020-06-30")),
                    Registration(r("2020-01-01", "2020-06-30")),
                ]
            )

    def test_adjacent_registrations_are_fine(self) -> None:
        p = person(
            registrations=[
                Registration(r("2020-01-01", "2020-06-30")),
                Registration(r("2020-07-01")),
            ]
        )
        assert p.registered.ranges == (r("2020-01-01"),)

    def test_residences(self) -> None:
        home = Address(gmina="Nysa", house_number="1")
        with pytest.raises(InvalidRange, match=r"Person\.residences\[1\] overlaps residences\[0\]"):
            person(
                residences=[
                    Residence(home, r("2000-01-01")),
                    Residence(home, r("2010-01-01", "2011-01-01")),
                ]
            )

    def test_dated_households(self) -> None:
        with pytest.raises(InvalidRange, match="overlapping validity"):
            person(
                households=[
                    Household(2, Decimal(100), r("2020-01-01", "2020-12-31")),
                    Household(3, Decimal(100), r("2020-12-31", "2021-12-31")),
                ]
            )

    def test_two_undated_households(self) -> None:
        with pytest.raises(InvalidValue, match="at most one statement without a validity period"):
            person(households=[Household(2, Decimal(100)), Household(3, Decimal(100))])

    def test_awards_and_situations_may_overlap(self) -> None:
        p = person(
            benefit_awards=[
                BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2024-01-01", "2024-06-30")),
                BenefitAward(BenefitKind.PURPOSIVE_ALLOWANCE, r("2024-03-05", "2024-03-05")),
            ],
            situations=[
                SituationSpell(SocialSituation.POVERTY, r("2024-01-01")),
                SituationSpell(SocialSituation.FOOD_AID, r("2024-02-01")),
            ],
        )
        assert len(p.awards_on(d("2024-03-05"))) == 2


class TestRegistration:
    spell = Registration(
        r("2023-01-01", "2023-12-31"),
        exclusions=[
            ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2023-03-01", "2023-05-31")),
            ExcludedPeriod(
                ExclusionKind.ADULT_VOCATIONAL_PREPARATION,
                r("2023-11-01", "2023-12-31"),
            ),
        ],
        profiles=[ProfileSpell(AssistanceProfile.II, r("2023-02-01", "2023-06-30"))],
    )

    def test_countable_days(self) -> None:
        # 365 days less March-May (92) and November-December (61).
        assert self.spell.countable.days == 365 - 92 - 61
        assert self.spell.countable.ranges == (
            r("2023-01-01", "2023-02-28"),
            r("2023-06-01", "2023-10-31"),
        )

    def test_profile_on(self) -> None:
        assert self.spell.profile_on(d("2023-01-31")) is None
        assert self.spell.profile_on(d("2023-02-01")) is AssistanceProfile.II
        assert self.spell.profile_on(d("2023-07-01")) is None

    def test_exclusion_outside_the_registration(self) -> None:
        with pytest.raises(
            InvalidRange,
            match=r"Registration\.exclusions\[0\] is not within Registration\.period",
        ):
            Registration(
                r("2023-01-01", "2023-12-31"),
                exclusions=[
                    ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2023-12-01", "2024-01-31"))
                ],
            )

    def test_open_exclusion_in_a_closed_registration(self) -> None:
        with pytest.raises(InvalidRange, match="exclusions"):
            Registration(
                r("2023-01-01", "2023-12-31"),
                exclusions=[ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2023-12-01"))],
            )

    def test_profile_outside_the_registration(self) -> None:
        with pytest.raises(
            InvalidRange,
            match=r"Registration\.profiles\[0\] is not within Registration\.period",
        ):
            Registration(
                r("2015-01-01", "2015-12-31"),
                profiles=[ProfileSpell(AssistanceProfile.I, r("2014-12-31"))],
            )

    def test_item_types(self) -> None:
        with pytest.raises(InvalidValue, match=r"Registration\.period must be a DateRange"):
            Registration("2023-01-01")  # type: ignore[arg-type]
        with pytest.raises(
            InvalidValue,
            match=r"Registration\.exclusions\[0\] must be a ExcludedPeriod",
        ):
            Registration(r("2023-01-01"), exclusions=[r("2023-01-01")])
        with pytest.raises(InvalidValue, match=r"ExcludedPeriod\.kind must be a ExclusionKind"):
            ExcludedPeriod("internship", r("2023-01-01"))  # type: ignore[arg-type]

    def test_person_counts_registered_days_in_a_window(self) -> None:
        p = person(
            registrations=[
                Registration(r("2021-03-01", "2022-08-31")),
                Registration(
                    r("2023-11-01"),
                    exclusions=[
                        ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2024-01-01", "2024-03-31"))
                    ],
                ),
            ]
        )
        last_two_years = r("2022-06-01", "2024-05-31")
        # 2022-06-01..08-31: 92 days; 2023-11-01..2024-05-31: 213 days, of which 91 internship.
        assert p.registered.days_within(last_two_years) == 92 + 213
        assert p.countable_registration.days_within(last_two_years) == 92 + 213 - 91
        assert p.is_registered_on(d("2024-02-01"))
        assert not p.is_registered_on(d("2023-01-01"))


class TestCertificates:
    @pytest.mark.parametrize(
        ("source", "degree", "article"),
        [
            (
                CertificateSource.ZUS_TOTAL_INCAPACITY_AND_INDEPENDENT_LIVING,
                DisabilityDegree.SIGNIFICANT,
                "5",
            ),
            (
                CertificateSource.ZUS_INDEPENDENT_LIVING,
                DisabilityDegree.SIGNIFICANT,
                "5",
            ),
            (
                CertificateSource.ZUS_TOTAL_WORK_INCAPACITY,
                DisabilityDegree.MODERATE,
                "5",
            ),
            (
                CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY,
                DisabilityDegree.LIGHT,
                "5",
            ),
            (CertificateSource.INVALIDITY_GROUP_I, DisabilityDegree.SIGNIFICANT, "62"),
            (CertificateSource.INVALIDITY_GROUP_II, DisabilityDegree.MODERATE, "62"),
            (CertificateSource.INVALIDITY_GROUP_III, DisabilityDegree.LIGHT, "62"),
        ],
    )
    def test_equivalences(
        self, source: CertificateSource, degree: DisabilityDegree, article: str
    ) -> None:
        assert source.equivalent_degree is degree
        assert source.citation.article == article
        implied = DisabilityCertificate(source, d("2010-01-01"), r("2010-01-01"))
        assert implied.effective_degree is degree
        stated = DisabilityCertificate(source, d("2010-01-01"), r("2010-01-01"), degree)
        assert stated.effective_degree is degree
        for other in DisabilityDegree:
            if other is not degree:
                with pytest.raises(InvalidValue, match="contradicts the degree the act gives"):
                    DisabilityCertificate(source, d("2010-01-01"), r("2010-01-01"), other)

    def test_degree_certificate_needs_a_degree(self) -> None:
        with pytest.raises(InvalidValue, match="degree is required for a degree certificate"):
            DisabilityCertificate(CertificateSource.DEGREE, d("2010-01-01"), r("2010-01-01"))
        for degree in DisabilityDegree:
            cert = DisabilityCertificate(
                CertificateSource.DEGREE, d("2010-01-01"), r("2010-01-01"), degree
            )
            assert cert.effective_degree is degree

    def test_under_16_has_no_degree(self) -> None:
        with pytest.raises(InvalidValue, match="must be None for an under-16 certificate"):
            DisabilityCertificate(
                CertificateSource.UNDER_16,
                d("2010-01-01"),
                r("2010-01-01"),
                DisabilityDegree.LIGHT,
            )
        child = DisabilityCertificate(
            CertificateSource.UNDER_16, d("2010-01-01"), r("2010-01-01", "2015-12-31")
        )
        assert child.effective_degree is None
        assert not child.is_permanent

    def test_degree_must_be_an_enum_member(self) -> None:
        with pytest.raises(InvalidValue, match="degree must be a DisabilityDegree or None"):
            DisabilityCertificate(
                CertificateSource.DEGREE,
                d("2010-01-01"),
                r("2010-01-01"),
                "light",  # type: ignore[arg-type]
            )

    def test_citations_of_own_certificates(self) -> None:
        assert CertificateSource.DEGREE.citation.article == "4"
        assert CertificateSource.UNDER_16.citation.article == "4a"
        assert CertificateSource.INVALIDITY_GROUP_II.citation.text("pl") == (
            "art. 62 ust. 1 ustawy o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych"
        )

    @pytest.mark.parametrize("field", ["causes", "indications"])
    @pytest.mark.parametrize("value", ["12-C", {"12-C": 1}, [["12-C"]], 12])
    def test_codes_that_are_not_a_collection_of_codes_are_refused_naming_the_field(
        self, field: str, value: object
    ) -> None:
        with pytest.raises(InvalidValue) as raised:
            DisabilityCertificate(
                CertificateSource.DEGREE,
                d("2010-01-01"),
                r("2010-01-01"),
                DisabilityDegree.MODERATE,
                **{field: value},
            )
        assert str(raised.value).startswith(f"DisabilityCertificate.{field} must be")
        assert "12-C" not in str(raised.value)
        assert raised.value.__cause__ is None and raised.value.__context__ is None

    def test_causes_indications_and_permanence(self) -> None:
        cert = DisabilityCertificate(
            CertificateSource.DEGREE,
            d("2010-01-01"),
            r("2010-01-01"),
            DisabilityDegree.MODERATE,
            causes=[DisabilityCause.AUTISM, DisabilityCause.AUTISM],
            indications={Indication.OCCUPATIONAL_THERAPY},
        )
        assert cert.causes == frozenset({DisabilityCause.AUTISM})
        assert cert.indications == frozenset({Indication.OCCUPATIONAL_THERAPY})
        assert cert.is_permanent
        # The twelve symbols of § 32 of the 2003 certification regulation (DERIVED: office
        # and press pages), then ``other`` for an unmapped code.
        assert [c.code for c in DisabilityCause] == [
            "01-U",
            "02-P",
            "03-L",
            "04-O",
            "05-R",
            "06-E",
            "07-S",
            "08-T",
            "09-M",
            "10-N",
            "11-I",
            "12-C",
            "other",
        ]
        assert DisabilityCause("05-R").label.pl == "upośledzenie narządu ruchu"
        assert DisabilityCause("10-N").label.pl == "choroby neurologiczne"
        assert DisabilityCause("11-I").label.pl.startswith("inne, w tym schorzenia endokryn")
        assert all(c.label.pl and c.label.en for c in DisabilityCause)

    def test_degree_rank(self) -> None:
        assert [g.rank for g in DisabilityDegree] == [3, 2, 1]


class TestHousehold:
    @pytest.mark.parametrize(
        ("members", "income", "message"),
        [
            (0, Decimal(0), "Household.members must be at least 1"),
            (-2, Decimal(0), "Household.members must be at least 1"),
            (True, Decimal(0), "Household.members must be an int"),
            (2.0, Decimal(0), "Household.members must be an int"),
            (2, Decimal("-0.01"), "Household.monthly_net_income must not be negative"),
            (2, 1500.0, "Household.monthly_net_income must be a finite Decimal"),
            (2, 1500, "Household.monthly_net_income must be a finite Decimal"),
            (
                2,
                Decimal("NaN"),
                "Household.monthly_net_income must be a finite Decimal",
            ),
            (
                2,
                Decimal("Infinity"),
                "Household.monthly_net_income must be a finite Decimal",
            ),
        ],
    )
    def test_invalid(self, members: Any, income: Any, message: str) -> None:
        with pytest.raises(InvalidValue) as info:
            Household(members, income)
        assert str(info.value).startswith(message)

    def test_income_per_person(self) -> None:
        assert Household(3, Decimal("2100.00")).income_per_person == Decimal("700.00")
        assert Household(4, Decimal(3000)).income_per_person == Decimal(750)
        assert Household(1, Decimal(900)).is_single
        assert not Household(2, Decimal(900)).is_single


class TestAddress:
    @pytest.mark.parametrize(
        ("house_number", "number"),
        [
            ("12", 12),
            ("12a", 12),
            ("7/9", 7),
            (" 15 ", 15),
            ("105B", 105),
            ("a12", None),
            ("bl. 3", None),
        ],
    )
    def test_number(self, house_number: str, number: int | None) -> None:
        assert Address(gmina="Wałbrzych", house_number=house_number).number == number

    def test_teryt(self) -> None:
        assert Address(gmina="Wałbrzych", house_number="1", teryt="0265011").teryt == "0265011"
        for bad in ("026501", "02650111", "02650a1"):
            with pytest.raises(InvalidValue, match=r"Address\.teryt must be 7 digits"):
                Address(gmina="Wałbrzych", house_number="1", teryt=bad)

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            (
                {"gmina": " ", "house_number": "1"},
                r"Address\.gmina must be a non-empty string",
            ),
            (
                {"gmina": "Nysa", "house_number": ""},
                r"Address\.house_number must be a non-empty string",
            ),
            (
                {"gmina": "Nysa", "house_number": "1", "street": ""},
                r"Address\.street must be a non-empty string or None",
            ),
            (
                {"gmina": "Nysa", "house_number": "1", "flat": 3},
                r"Address\.flat must be a non-empty string or None",
            ),
        ],
    )
    def test_text_fields(self, fields: dict[str, Any], message: str) -> None:
        with pytest.raises(InvalidValue, match=message):
            Address(**fields)


class TestFieldTypes:
    def test_person_fields(self) -> None:
        with pytest.raises(InvalidValue, match=r"Person\.birth_date must be a datetime\.date"):
            Person(datetime(1990, 1, 1), Sex.MALE)
        with pytest.raises(InvalidValue, match=r"Person\.sex must be a Sex"):
            Person(d("1990-01-01"), "F")  # type: ignore[arg-type]
        with pytest.raises(
            InvalidValue, match=r"Person\.registrations\[0\] must be a Registration"
        ):
            Person(d("1990-01-01"), Sex.MALE, registrations=[r("2020-01-01")])

    def test_award_decision_date(self) -> None:
        with pytest.raises(
            InvalidValue,
            match=r"BenefitAward\.decided_on must be a datetime\.date or None",
        ):
            BenefitAward(BenefitKind.MEALS, r("2024-01-01"), datetime(2024, 1, 1))
        assert BenefitAward(BenefitKind.MEALS, r("2024-01-01"), d("2023-12-20")).decided_on == d(
            "2023-12-20"
        )


# --- Lookups --------------------------------------------------------------------------------------


HOME = Residence(
    Address(gmina="Wałbrzych", street="Główna", house_number="12a"),
    r("1980-03-10", "2019-12-31"),
)
NEW_HOME = Residence(Address(gmina="Świebodzice", house_number="3"), r("2020-01-01"))
CERT = DisabilityCertificate(
    CertificateSource.DEGREE,
    d("2021-05-04"),
    r("2021-05-04", "2024-05-31"),
    DisabilityDegree.MODERATE,
)
ZUS = DisabilityCertificate(
    CertificateSource.ZUS_PARTIAL_WORK_INCAPACITY, d("2023-01-01"), r("2023-01-01")
)
PERIODIC = BenefitAward(
    BenefitKind.PERIODIC_ALLOWANCE, r("2024-01-01", "2024-06-30"), d("2023-12-20")
)
PURPOSIVE = BenefitAward(BenefitKind.PURPOSIVE_ALLOWANCE, DateRange.day(d("2024-03-05")))
HOUSE_2023 = Household(3, Decimal("2100.00"), r("2023-01-01", "2023-12-31"))
HOUSE_ANY = Household(1, Decimal("900.00"))
SPELL_2015 = Registration(
    r("2015-01-10", "2016-03-31"),
    profiles=[
        ProfileSpell(AssistanceProfile.III, r("2015-02-01", "2015-12-31")),
        ProfileSpell(AssistanceProfile.II, r("2016-01-01", "2016-03-31")),
    ],
)
SPELL_2023 = Registration(r("2023-06-01"))

CASE = Person(
    BIRTH,
    Sex.FEMALE,
    reference="WA/0042",
    registrations=[SPELL_2023, SPELL_2015],
    benefit_awards=[PERIODIC, PURPOSIVE],
    social_contracts=[SocialContract(r("2024-02-01", "2024-07-31"))],
    certificates=[CERT, ZUS],
    residences=[NEW_HOME, HOME],
    households=[HOUSE_ANY, HOUSE_2023],
    situations=[
        SituationSpell(SocialSituation.POVERTY, r("2023-01-01")),
        SituationSpell(SocialSituation.ALCOHOL_DEPENDENT, r("2022-01-01", "2023-06-30")),
    ],
    entitlements=[Entitlement(EntitlementKind.UNEMPLOYMENT_BENEFIT, r("2023-06-08", "2023-12-07"))],
)


class TestLookups:
    def test_registration_and_profile(self) -> None:
        assert CASE.registration_on(d("2015-01-09")) is None
        assert CASE.registration_on(d("2015-06-01")) == SPELL_2015
        assert CASE.registration_on(d("2030-01-01")) == SPELL_2023
        assert CASE.profile_on(d("2015-01-20")) is None  # registered, no profile yet
        assert CASE.profile_on(d("2015-06-01")) is AssistanceProfile.III
        assert CASE.profile_on(d("2016-03-31")) is AssistanceProfile.II
        assert CASE.profile_on(d("2020-01-01")) is None  # not registered

    def test_awards_and_contracts(self) -> None:
        assert CASE.awards_on(d("2023-12-31")) == ()
        assert CASE.awards_on(d("2024-03-04")) == (PERIODIC,)
        assert CASE.awards_on(d("2024-03-05")) == (PERIODIC, PURPOSIVE)
        assert CASE.awards_on(d("2024-07-01")) == ()
        assert CASE.has_social_contract_on(d("2024-07-31"))
        assert not CASE.has_social_contract_on(d("2024-08-01"))

    def test_certificates(self) -> None:
        assert CASE.certificates_on(d("2021-05-03")) == ()
        assert CASE.certificates_on(d("2022-01-01")) == (CERT,)
        assert CASE.certificates_on(d("2024-05-31")) == (CERT, ZUS)
        assert CASE.certificates_on(d("2024-06-01")) == (ZUS,)

    def test_residence(self) -> None:
        assert CASE.residence_on(d("1980-03-10")) == HOME
        assert CASE.residence_on(d("2019-12-31")) == HOME
        found = CASE.residence_on(d("2020-01-01"))
        assert found is not None and found.address.gmina == "Świebodzice"
        assert person().residence_on(d("2020-01-01")) is None

    def test_household_dated_first_then_undated(self) -> None:
        assert CASE.household_on(d("2023-06-01")) == HOUSE_2023
        assert CASE.household_on(d("2022-12-31")) == HOUSE_ANY
        assert CASE.household_on(d("2024-01-01")) == HOUSE_ANY
        only_dated = person(households=[HOUSE_2023])
        assert only_dated.household_on(d("2024-01-01")) is None
        assert only_dated.household_on(d("2023-01-01")) == HOUSE_2023
        assert person().household_on(d("2024-01-01")) is None

    def test_situations(self) -> None:
        assert CASE.situations_on(d("2021-12-31")) == frozenset()
        assert CASE.situations_on(d("2022-06-01")) == frozenset({SocialSituation.ALCOHOL_DEPENDENT})
        assert CASE.situations_on(d("2023-06-30")) == frozenset(
            {SocialSituation.ALCOHOL_DEPENDENT, SocialSituation.POVERTY}
        )
        assert CASE.situations_on(d("2023-07-01")) == frozenset({SocialSituation.POVERTY})

    def test_entitlements(self) -> None:
        assert CASE.entitlements_on(d("2023-06-07")) == frozenset()
        assert CASE.entitlements_on(d("2023-06-08")) == frozenset(
            {EntitlementKind.UNEMPLOYMENT_BENEFIT}
        )
        assert CASE.entitlements_on(d("2023-12-08")) == frozenset()

    def test_registered_sets(self) -> None:
        assert CASE.registered == RangeSet.of(r("2015-01-10", "2016-03-31"), r("2023-06-01"))
        assert CASE.countable_registration == CASE.registered
        assert CASE.reference == "WA/0042"

    def test_histories_are_tuples(self) -> None:
        assert isinstance(CASE.registrations, tuple)
        assert isinstance(CASE.households, tuple)


# --- Labels and citations of the enums --------------------------------------------------------------

LABELLED: list[type[enum.Enum]] = [
    Sex,
    AssistanceProfile,
    ExclusionKind,
    BenefitKind,
    DisabilityDegree,
    CertificateSource,
    DisabilityCause,
    Indication,
    SocialSituation,
    EntitlementKind,
]


class TestLabels:
    @pytest.mark.parametrize("kind", LABELLED, ids=lambda k: k.__name__)
    def test_every_member_is_labelled(self, kind: type[enum.Enum]) -> None:
        texts = [(m.label.pl, m.label.en) for m in kind]  # type: ignore[attr-defined]
        assert all(pl and en for pl, en in texts)
        assert len(set(texts)) == len(texts)

    def test_some_labels(self) -> None:
        assert Sex.FEMALE.label.pl == "kobieta"
        assert Sex.MALE.label.en == "man"
        assert ExclusionKind.INTERNSHIP.label.pl == "staż"
        assert DisabilityDegree.SIGNIFICANT.label.pl == "znaczny"
        assert AssistanceProfile.III.label.en == "profile III: furthest from the labour market"

    @pytest.mark.parametrize(
        ("kind", "article"),
        [
            (BenefitKind.PERMANENT_ALLOWANCE, "37"),
            (BenefitKind.PERIODIC_ALLOWANCE, "38"),
            (BenefitKind.PURPOSIVE_ALLOWANCE, "39"),
            (BenefitKind.SPECIAL_PURPOSIVE_ALLOWANCE, "41"),
            (BenefitKind.SHELTER, "48a"),
            (BenefitKind.MEALS, "48b"),
            (BenefitKind.CARE_SERVICES, "50"),
            (BenefitKind.OTHER, "36"),
        ],
    )
    def test_benefit_citations(self, kind: BenefitKind, article: str) -> None:
        assert kind.citation.article == article
        assert kind.citation.act.short == "UPS"

    def test_social_contract_citation(self) -> None:
        assert (
            str(SocialContract(r("2024-01-01")).citation) == "art. 108 ustawy o pomocy społecznej"
        )


def test_errors_share_one_base() -> None:
    for error in (InvalidPesel, InvalidRange, InvalidValue):
        assert issubclass(error, IntegraError)
