"""Hand-computed boundaries through the columnar path, each agreeing with the scalar rule: the
continuous-unemployment crossing of the EU 2014-2020 definition on both sides of its last start
day, and disability degrees taken from the certificate's source when none is stated (URZ art. 5
and 62: a ZUS decision or an invalidity group stands for a degree)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

import numpy as np

from helpers import collected, r
from integra import (
    Address,
    CertificateSource,
    DisabilityCertificate,
    DisabilityDegree,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Person,
    Registration,
    Residence,
    Sex,
)
from integra.bulk import Population, screen
from integra.law import Certainty, Citation, Dated, Timeline
from integra.parameters import URP
from integra.rules import (
    HAS_DISABILITY,
    INCOME_WITHIN_CRITERION,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    ZAZ_TARGET_GROUP,
    Rule,
)
from integra.rules.disability import DegreeAtLeast
from integra.rules.extending import with_law
from integra.rules.revitalisation import (
    ResidesInArea,
    RevitalisationArea,
    StreetSegment,
    SubArea,
)
from integra.rules.unemployment import (
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    LongTermUnemployed,
    LongTermUnemploymentDefinition,
)

ON = date(2024, 7, 15)


def both_ways(rule: Rule, people: list[Person], on: date) -> list[str]:
    """The outcomes of ``rule`` for ``people``, asserting that the columnar path agrees."""
    scalar = [rule.evaluate(p, on).outcome.value for p in people]
    columnar = screen([rule], Population.from_persons(people), on).outcomes(rule.name).tolist()
    assert columnar == scalar
    return scalar


class TestContinuousUnemployment:
    """EU 2014-2020: continuously unemployed for more than 6 months (under 25) or 12 months. On
    2024-07-15, 6 months from 2024-01-15 end on 2024-07-14, so a spell from 2024-01-15 is over 6
    months and one from 2024-01-16 is not; 12 months: 2023-07-15 and 2023-07-16."""

    def test_young(self) -> None:
        young = [
            collected(date(2000, 1, 1), Sex.MALE, registrations=[Registration(r(start))])
            for start in ("2024-01-15", "2024-01-16")
        ]
        assert both_ways(LONG_TERM_UNEMPLOYED_EU_2014, young, ON) == ["eligible", "not_eligible"]

    def test_adult(self) -> None:
        adults = [
            collected(date(1980, 1, 1), Sex.FEMALE, registrations=[Registration(r(start))])
            for start in ("2023-07-15", "2023-07-16")
        ]
        assert both_ways(LONG_TERM_UNEMPLOYED_EU_2014, adults, ON) == ["eligible", "not_eligible"]


def holder(source: CertificateSource, degree: DisabilityDegree | None = None) -> Person:
    certificate = DisabilityCertificate(source, date(2020, 1, 1), r("2020-01-01"), degree)
    return collected(date(1980, 1, 1), Sex.FEMALE, certificates=[certificate])


class TestDegreeBySource:
    def test_a_decision_stands_for_a_degree(self) -> None:
        """Invalidity group II stands for a moderate degree, group III for a light one; a
        certificate for a child under 16 states no degree."""
        people = [
            holder(CertificateSource.INVALIDITY_GROUP_II),
            holder(CertificateSource.INVALIDITY_GROUP_III),
            holder(CertificateSource.UNDER_16),
            holder(CertificateSource.DEGREE, DisabilityDegree.MODERATE),
        ]
        expected = ["eligible", "not_eligible", "not_eligible", "eligible"]
        assert both_ways(SIGNIFICANT_OR_MODERATE_DISABILITY, people, ON) == expected
        at_least_light = DegreeAtLeast(DisabilityDegree.LIGHT)
        assert both_ways(at_least_light, people, ON) == [
            "eligible",
            "eligible",
            "not_eligible",
            "eligible",
        ]
        assert both_ways(HAS_DISABILITY, people, ON) == ["eligible"] * 4

    def test_a_table_without_a_degree_column(self) -> None:
        """A certificates table with no degree column at all is ranked by source alone."""
        persons: dict[str, Any] = {
            "person_id": np.arange(1, 4),
            "birth_date": np.array(["1980-01-01"] * 3, "datetime64[D]"),
            "sex": np.array(["F", "M", "F"]),
        }
        certificates: dict[str, Any] = {
            "person_id": np.array([1, 2, 3]),
            "source": np.array(
                ["invalidity_group_ii", "under_16", "invalidity_group_i"], dtype=object
            ),
            "issued_on": np.array(["2020-01-01"] * 3, "datetime64[D]"),
            "start": np.array(["2020-01-01"] * 3, "datetime64[D]"),
            "end": np.array(["NaT"] * 3, "datetime64[D]"),
        }
        population = Population.from_tables(persons, certificates=certificates)
        got = screen([SIGNIFICANT_OR_MODERATE_DISABILITY], population, ON)
        assert got.outcomes(SIGNIFICANT_OR_MODERATE_DISABILITY.name).tolist() == [
            "eligible",
            "not_eligible",
            "eligible",
        ]


class TestCausesNotRecorded:
    def test_only_the_open_row_names_the_missing_fact(self) -> None:
        """URZ art. 29: a significant degree qualifies for ZAZ whatever the causes, a light one
        never does; a moderate degree whose causes were not recorded leaves it open."""

        def with_causes(degree: DisabilityDegree, causes: frozenset[Any] | None) -> Person:
            certificate = DisabilityCertificate(
                CertificateSource.DEGREE, date(2020, 1, 1), r("2020-01-01"), degree, causes
            )
            return collected(date(1980, 1, 1), Sex.FEMALE, certificates=[certificate])

        people = [
            with_causes(DisabilityDegree.SIGNIFICANT, frozenset()),
            with_causes(DisabilityDegree.LIGHT, frozenset()),
            with_causes(DisabilityDegree.MODERATE, None),
        ]
        got = screen([ZAZ_TARGET_GROUP], Population.from_persons(people), ON)
        assert got.outcomes("zaz_target_group").tolist() == ["eligible", "not_eligible", "unknown"]
        assert got.columns()["zaz_target_group_missing"].tolist() == ["", "", "certificates"]


_NATIONAL_SPELLS = (
    ("2024-11-29", "2025-11-24"),
    ("2024-11-29", "2025-11-25"),
    ("2025-12-04", None),
    ("2025-12-03", None),
)
_AGAIN = Registration(
    r("2026-11-29"),
    exclusions=[ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2026-11-29", "2026-12-31"))],
)


class TestNationalLongTermUnemployment:
    """UPZ art. 2 ust. 1 pkt 5: more than 12 months (360 days) registered in the 2 years up to
    the evaluation day. On 2026-11-29 the window is 2024-11-30..2026-11-29; a spell from
    2024-11-29 to 2025-11-24 has 360 days in it, to 2025-11-25 361; an open spell from
    2025-12-04 has 361 days, from 2025-12-03 362. Without the evaluation day the window is
    2024-11-29..2026-11-28, one day earlier at both ends. Only a person registered on the day
    (pkt 2) can be long-term unemployed: those whose spell ended are registered again from
    2026-11-29 in an internship, which adds no day (``AGAIN``)."""

    ON = date(2026, 11, 29)
    SPELLS = _NATIONAL_SPELLS
    PEOPLE: ClassVar[list[Person]] = [
        collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(r(start, end))] + ([_AGAIN] if end else []),
        )
        for start, end in SPELLS
    ]

    def test_a_spell_that_ended_is_not_long_term_unemployment(self) -> None:
        ended = [
            collected(date(1980, 1, 1), Sex.MALE, registrations=[Registration(r(start, end))])
            for start, end in self.SPELLS
        ]
        got = both_ways(LONG_TERM_UNEMPLOYED, ended, self.ON)
        assert got == ["not_eligible", "not_eligible", "eligible", "eligible"]
        rule = LongTermUnemployed(include_evaluation_day=False)
        assert both_ways(rule, ended, self.ON) == ["not_eligible"] * 3 + ["eligible"]

    def test_window_ending_on_the_day(self) -> None:
        got = both_ways(LONG_TERM_UNEMPLOYED, self.PEOPLE, self.ON)
        assert got == ["not_eligible", "eligible", "eligible", "eligible"]

    def test_window_ending_the_day_before(self) -> None:
        rule = LongTermUnemployed(include_evaluation_day=False)
        got = both_ways(rule, self.PEOPLE, self.ON)
        assert got == ["eligible", "eligible", "not_eligible", "eligible"]

    def test_a_law_that_excludes_internships_only(self) -> None:
        """Under a user's law excluding only internships, a month of adult vocational
        preparation (2024-03-01..31) still counts: 366 registered days in 2024 are more than
        360; under the modelled law (both excluded) 335 are not."""
        ours = with_law(
            LONG_TERM_UNEMPLOYED,
            Timeline(
                "internships only",
                (
                    Dated(
                        LongTermUnemploymentDefinition(
                            12, 2, excluded=frozenset({ExclusionKind.INTERNSHIP})
                        ),
                        date(2020, 1, 1),
                        citation=Citation(URP),
                        certainty=Certainty.DERIVED,
                    ),
                ),
            ),
        )
        preparation = ExcludedPeriod(
            ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2024-03-01", "2024-03-31")
        )
        person = collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(r("2024-01-01"), exclusions=[preparation])],
        )
        on = date(2024, 12, 31)
        assert both_ways(ours, [person], on) == ["eligible"]
        assert both_ways(LONG_TERM_UNEMPLOYED, [person], on) == ["not_eligible"]


class TestResidesInArea:
    """UR art. 10: the area's designation in force from 2020-02-01 to 2026-12-31."""

    AREA = RevitalisationArea(
        "Nysa",
        "1/2020",
        date(2020, 1, 1),
        r("2020-02-01", "2026-12-31"),
        [SubArea("Rynek", streets=[StreetSegment("Rynek")])],
    )

    def people(self) -> list[Person]:
        def living(street: str) -> Person:
            home = Residence(
                Address(gmina="Nysa", street=street, house_number="1"), r("2000-01-01")
            )
            return collected(date(1980, 1, 1), Sex.MALE, residences=[home])

        return [living("Rynek"), living("Mickiewicza"), collected(date(1980, 1, 1), Sex.MALE)]

    def test_inside_outside_and_unrecorded(self) -> None:
        rule = ResidesInArea(self.AREA)
        got = both_ways(rule, self.people(), date(2024, 1, 1))
        assert got == ["eligible", "not_eligible", "unknown"]
        result = screen([rule], Population.from_persons(self.people()), date(2024, 1, 1))
        assert result.columns()[f"{rule.name}_missing"].tolist() == ["", "", "residences"]

    def test_before_and_after_the_designation(self) -> None:
        rule = ResidesInArea(self.AREA)
        assert both_ways(rule, self.people(), date(2020, 1, 31)) == ["not_eligible"] * 3
        assert both_ways(rule, self.people(), date(2027, 1, 1)) == ["not_eligible"] * 3
        assert both_ways(rule, self.people(), date(2026, 12, 31))[0] == "eligible"


def test_living_in_the_area_before_its_designation_takes_effect_is_no_on_both_paths() -> None:
    # The example area is in force from 2017-01-01 (the resolution of 2016-11-24): on
    # 2016-12-31 nobody lives "in the revitalisation area", whatever the address; from
    # 2017-01-01 an address on ul. Główna 17 (odd numbers 1-99 of Śródmieście) lies in it.
    from integra import Address, Residence
    from integra.bulk.generate import EXAMPLE_AREA
    from integra.rules import ResidesInArea

    home = Residence(
        Address(gmina="Wałbrzych", street="Główna", house_number="17"), r("2010-01-01")
    )
    person = collected(date(1980, 1, 1), Sex.FEMALE, residences=[home])
    population = Population.from_persons([person])
    rule = ResidesInArea(EXAMPLE_AREA)
    for day, expected in ((date(2016, 12, 31), "not_eligible"), (date(2017, 1, 1), "eligible")):
        assert rule.evaluate(person, day).outcome.value == expected
        assert screen([rule], population, day).outcomes(rule.name) == [expected]


class TestIncomeCriterion:
    """UPS art. 8 ust. 1 from 2022-01-01 (until 2024-12-31): at most 776 zł for a person keeping
    house alone, 600 zł a person in a family. On the criterion is within it; a grosz more is
    not."""

    def test_alone_and_in_a_family_of_three(self) -> None:
        incomes = [(1, "776.00"), (1, "776.01"), (3, "1800.00"), (3, "1800.01")]
        people = [
            collected(
                date(1980, 1, 1), Sex.FEMALE, households=[Household(members, Decimal(income))]
            )
            for members, income in incomes
        ]
        assert both_ways(INCOME_WITHIN_CRITERION, people, ON) == [
            "eligible",
            "not_eligible",
            "eligible",
            "not_eligible",
        ]
