"""Tests of revitalisation areas (integra.rules.revitalisation): address matching by street side
and number, whole units, validity of the designation, and the limits of UR art. 10 ust. 2."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

from helpers import d, r
from integra.errors import InvalidRange, InvalidValue
from integra.people import Address, Person, Residence, Sex
from integra.periods import DateRange
from integra.rules import (
    Fact,
    Outcome,
    Parity,
    ProgrammeKind,
    ResidesInArea,
    RevitalisationArea,
    StreetSegment,
    SubArea,
    eligible_from,
)
from integra.rules.revitalisation import areas_containing
from integra.strategies.rules import revitalisation_areas

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN


def at(number: str, street: str | None = "Główna", **kwargs: str) -> Address:
    return Address(
        gmina=kwargs.pop("gmina", "Wałbrzych"), house_number=number, street=street, **kwargs
    )


CENTRE = SubArea(
    "Śródmieście",
    streets=[
        StreetSegment("Główna", 1, 41, Parity.ODD),
        StreetSegment("ul. Słowackiego", 2, 20, Parity.EVEN),
        StreetSegment("Rynek"),
        StreetSegment("Polna", from_number=10),
        StreetSegment("Krótka", to_number=5),
        StreetSegment("Leśna", 1, 9, locality="Podgórze"),
    ],
)
PODZAMCZE = SubArea("Podzamcze", units=["Podzamcze", "os. Piastowskie"])
AREA = RevitalisationArea(
    "Wałbrzych",
    "XII/123/2017",
    d("2017-03-30"),
    r("2017-04-15", "2027-12-31"),
    [CENTRE, PODZAMCZE],
)
RULE = ResidesInArea(AREA)


class TestStreetSegments:
    @pytest.mark.parametrize(
        ("number", "inside"),
        [
            ("1", True),
            ("17", True),
            ("17a", True),  # the number is 17: odd, in range
            ("17/3", True),
            ("41", True),
            ("43", False),  # beyond the range
            ("18", False),  # the even side
            ("12a", False),
        ],
    )
    def test_odd_side_with_a_range(self, number: str, inside: bool) -> None:
        assert CENTRE.contains(at(number)) is inside

    @pytest.mark.parametrize(
        ("number", "inside"),
        [
            ("1", False),
            ("2", True),
            ("12a", True),
            ("20", True),
            ("20b", True),
            ("21", False),
            ("22", False),
        ],
    )
    def test_even_side_with_a_range(self, number: str, inside: bool) -> None:
        assert CENTRE.contains(at(number, "Słowackiego")) is inside

    def test_open_ranges(self) -> None:
        assert not CENTRE.contains(at("9", "Polna"))
        assert CENTRE.contains(at("10", "Polna")) and CENTRE.contains(at("250", "Polna"))
        assert CENTRE.contains(at("5", "Krótka")) and not CENTRE.contains(at("6", "Krótka"))

    def test_street_names_are_normalised(self) -> None:
        for street in ("ul. Główna", "GŁÓWNA", "  główna ", "ulica Główna"):
            assert CENTRE.contains(at("3", street)), street
        assert not CENTRE.contains(at("3", "Głowna"))  # a different name
        assert CENTRE.contains(at("5", "al. Rynek"))

    def test_an_address_without_a_number_matches_only_a_whole_street(self) -> None:
        assert CENTRE.contains(at("b/n", "Rynek"))
        assert not CENTRE.contains(at("b/n", "Główna"))
        assert at("b/n").number is None

    def test_locality(self) -> None:
        assert CENTRE.contains(at("3", "Leśna", locality="Podgórze"))
        assert not CENTRE.contains(at("3", "Leśna", locality="Sobięcin"))
        assert not CENTRE.contains(at("3", "Leśna"))

    def test_whole_units(self) -> None:
        assert PODZAMCZE.contains(at("3", None, unit="PODZAMCZE"))
        assert PODZAMCZE.contains(at("3", "Główna", unit="Osiedle Piastowskie"))
        assert not PODZAMCZE.contains(at("3", None, unit="Biały Kamień"))
        assert not PODZAMCZE.contains(at("3", None))

    def test_parity(self) -> None:
        assert [Parity.ODD.admits(n) for n in (1, 2)] == [True, False]
        assert [Parity.EVEN.admits(n) for n in (1, 2)] == [False, True]
        assert Parity.ALL.admits(7)

    def test_validation(self) -> None:
        with pytest.raises(InvalidValue, match="from_number must be a positive int"):
            StreetSegment("Główna", 0)
        with pytest.raises(InvalidValue, match="to_number must be a positive int"):
            StreetSegment("Główna", 1, True)
        with pytest.raises(InvalidRange, match="to_number is below"):
            StreetSegment("Główna", 10, 9)
        with pytest.raises(InvalidValue, match="street must be a non-empty string"):
            StreetSegment("  ")
        with pytest.raises(InvalidValue, match="at least one street segment or unit"):
            SubArea("Pusty")


def area(**kwargs: object) -> RevitalisationArea:
    base: dict[str, object] = {
        "gmina": "Nysa",
        "resolution": "1/2020",
        "adopted_on": d("2020-01-01"),
        "valid": r("2020-02-01"),
        "sub_areas": [SubArea("A", units=["A"])],
    }
    base.update(kwargs)
    return RevitalisationArea(**base)  # type: ignore[arg-type]


class TestAreaLimits:
    def test_twenty_per_cent_of_the_surface(self) -> None:
        assert area(area_ha=Decimal(20), gmina_area_ha=Decimal(100)).area_share == Decimal("0.2")
        with pytest.raises(InvalidValue, match=r"20\.01% of the gmina's area; .* at most 20%"):
            area(area_ha=Decimal("20.01"), gmina_area_ha=Decimal(100))

    def test_thirty_per_cent_of_the_inhabitants(self) -> None:
        assert area(population=3_000, gmina_population=10_000).population_share == Decimal("0.3")
        with pytest.raises(InvalidValue, match=r"30\.01% of the gmina's inhabitants"):
            area(population=3_001, gmina_population=10_000)

    def test_figures_must_be_positive(self) -> None:
        for field in ("area_ha", "gmina_area_ha", "population", "gmina_population"):
            with pytest.raises(InvalidValue, match=f"{field} must be positive"):
                area(**{field: 0})
        with pytest.raises(InvalidValue, match="population must be positive"):
            area(population=True)
        assert area(population=10).population_share is None

    def test_dates(self) -> None:
        with pytest.raises(InvalidRange, match="starts before the resolution was adopted"):
            area(valid=r("2019-12-31"))
        with pytest.raises(InvalidValue, match=r"adopted_on must be a datetime\.date"):
            area(adopted_on="2020-01-01")
        with pytest.raises(InvalidValue, match="at least one sub-area"):
            area(sub_areas=[])

    def test_a_local_programme_ends_by_2023(self) -> None:
        lpr = area(
            adopted_on=d("2010-01-01"),
            valid=r("2010-02-01", "2023-12-31"),
            programme=ProgrammeKind.LPR,
        )
        assert lpr.programme is ProgrammeKind.LPR
        with pytest.raises(InvalidRange, match="must end by 2023-12-31"):
            area(
                adopted_on=d("2010-01-01"),
                valid=r("2010-02-01", "2024-01-01"),
                programme=ProgrammeKind.LPR,
            )
        with pytest.raises(InvalidRange, match="must end by 2023-12-31"):
            area(adopted_on=d("2010-01-01"), valid=r("2010-02-01"), programme=ProgrammeKind.LPR)

    def test_sub_area_of_checks_the_gmina(self) -> None:
        assert AREA.sub_area_of(at("3")) is CENTRE
        assert AREA.sub_area_of(at("3", None, unit="Podzamcze")) is PODZAMCZE
        assert AREA.sub_area_of(at("3", gmina="Świebodzice")) is None
        assert AREA.sub_area_of(at("3", gmina=" wałbrzych ")) is CENTRE


def living(*homes: Residence) -> Person:
    return Person(d("1980-01-01"), Sex.FEMALE, residences=homes)


class TestResidesInArea:
    def test_inside_outside_and_unknown(self) -> None:
        home = Residence(at("17a"), r("2010-01-01", "2023-12-31"))
        away = Residence(at("18"), r("2024-01-01", "2024-06-30"))
        p = living(home, away)
        inside = RULE.evaluate(p, d("2023-12-31"))
        assert inside.outcome is E and inside.observation == ("inside", "Śródmieście")
        assert inside.observed_text("pl") == "adres w podobszarze Śródmieście"
        outside = RULE.evaluate(p, d("2024-01-01"))
        assert outside.outcome is N
        assert outside.observed_text() == "the address lies outside the area"
        assert outside.observed_text("pl") == "adres poza obszarem rewitalizacji"
        unknown = RULE.evaluate(p, d("2024-07-01"))
        assert unknown.outcome is U and unknown.missing == (Fact.RESIDENCES,)
        assert unknown.observed_text() == "no residence recorded for the date"
        assert unknown.observed_text("pl") == "brak danych o miejscu zamieszkania"

    def test_the_designation_applies_only_while_valid(self) -> None:
        p = living(Residence(at("17"), r("2000-01-01")))
        before = RULE.evaluate(p, d("2017-04-14"))
        assert before.outcome is N
        assert before.observed_text() == (
            "the area is not in force on 2017-04-14 (in force 2017-04-15..2027-12-31)"
        )
        assert before.observed_text("pl").startswith("obszar nie obowiązuje w dniu 14.04.2017 r.")
        assert RULE.evaluate(p, d("2017-04-15")).outcome is E
        assert RULE.evaluate(p, d("2027-12-31")).outcome is E
        assert RULE.evaluate(p, d("2028-01-01")).outcome is N
        assert eligible_from(RULE, p, d("2016-01-01")) == d("2017-04-15")
        assert eligible_from(RULE, p, d("2028-01-01")) is None

    def test_an_open_ended_designation_reads_in_force_from(self) -> None:
        open_area = RevitalisationArea(
            "Wałbrzych", "XII/123/2017", d("2017-03-30"), r("2017-04-15"), [PODZAMCZE]
        )
        home = Address("Wałbrzych", unit="Podzamcze", house_number="3")
        before = ResidesInArea(open_area).evaluate(
            living(Residence(home, r("2000-01-01"))), d("2017-04-14")
        )
        assert before.observed_text() == (
            "the area is not in force on 2017-04-14 (in force from 2017-04-15)"
        )
        assert before.observed_text("pl") == (
            "obszar nie obowiązuje w dniu 14.04.2017 r. (obowiązuje od 15.04.2017 r.)"
        )

    def test_no_law_before_the_act(self) -> None:
        lpr = area(
            adopted_on=d("2010-01-01"),
            valid=r("2010-02-01", "2023-12-31"),
            programme=ProgrammeKind.LPR,
        )
        p = living(Residence(at("3", None, unit="A", gmina="Nysa"), r("2000-01-01")))
        rule = ResidesInArea(lpr)
        assert rule.evaluate(p, d("2015-11-17")).missing == (Fact.LAW,)
        assert rule.evaluate(p, d("2015-11-18")).outcome is E

    def test_the_explanation_never_names_the_address(self) -> None:
        p = living(Residence(at("17a", flat="4"), r("2000-01-01")))
        for on in ("2020-01-01", "2010-01-01"):
            text = RULE.evaluate(p, d(on)).explain() + RULE.evaluate(p, d(on)).explain("pl")
            assert "17a" not in text and "Główna" not in text

    def test_name_and_label(self) -> None:
        assert RULE.name == "resides_in_wałbrzych_revitalisation_area"
        assert ResidesInArea(area(gmina="Dąbrowa Górnicza")).name == (
            "resides_in_dąbrowa_górnicza_revitalisation_area"
        )
        assert RULE.label.pl == "zamieszkuje obszar rewitalizacji (Wałbrzych, uchwała XII/123/2017)"
        assert RULE.required_facts() == {Fact.RESIDENCES}
        assert str(RULE.citations()[0]) == "art. 10 ustawy o rewitalizacji"

    def test_moving_in_and_out(self) -> None:
        p = living(
            Residence(at("18"), r("2018-01-01", "2020-05-31")),
            Residence(at("19"), r("2020-06-01", "2021-12-31")),
        )
        assert eligible_from(RULE, p, d("2018-01-01")) == d("2020-06-01")
        assert eligible_from(RULE, p, d("2022-01-01")) is None

    def test_areas_containing(self) -> None:
        other = area(gmina="Wałbrzych", sub_areas=[SubArea("B", streets=[StreetSegment("Główna")])])
        assert areas_containing([AREA, other], at("17"), d("2024-01-01")) == (AREA, other)
        assert areas_containing([AREA, other], at("18"), d("2024-01-01")) == (other,)
        assert areas_containing([AREA, other], at("17"), d("2028-01-01")) == (other,)

    @given(revitalisation_areas())
    def test_generated_areas_evaluate(self, generated: RevitalisationArea) -> None:
        rule = ResidesInArea(generated)
        sub = generated.sub_areas[0]
        if sub.units:
            address = Address(gmina=generated.gmina, house_number="1", unit=sub.units[0])
            p = living(Residence(address, DateRange(date(2000, 1, 1))))
            on = max(generated.valid.start, date(2015, 11, 18))
            if on in generated.valid:
                assert rule.evaluate(p, on).outcome is E
