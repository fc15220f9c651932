"""Law added by an organisation, used wrongly: every mistake is a clear error naming the field,
never an answer built on a value the library silently ignored or could not read."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from helpers import d
from integra.errors import InvalidRange, InvalidValue
from integra.law import Certainty, Citation, Dated, Timeline
from integra.parameters import INCOME_CRITERIA, UPS, URP, IncomeCriterion
from integra.people import Household, Person, Sex
from integra.rules import INCOME_WITHIN_CRITERION, LONG_TERM_UNEMPLOYED, WORKING_AGE, AgeBetween
from integra.rules.extending import amend, with_law

ART_8 = Citation(UPS, "8", "1", "1")
NEW = IncomeCriterion(Decimal(1100), Decimal(900))


class TestDatedFields:
    def test_certainty_must_be_a_certainty(self) -> None:
        with pytest.raises(InvalidValue, match=r"Dated\.certainty must be a Certainty"):
            Dated(NEW, d("2026-01-01"), citation=ART_8, certainty="derived")  # type: ignore[arg-type]

    @pytest.mark.parametrize("field", ["start", "end"])
    def test_dates_must_be_dates(self, field: str) -> None:
        kwargs: dict[str, Any] = {"start": d("2026-01-01"), "end": d("2026-12-31")}
        kwargs[field] = "2026-06-01"
        with pytest.raises(InvalidValue, match=rf"Dated\.{field} must be a datetime\.date"):
            Dated(NEW, kwargs["start"], kwargs["end"], citation=ART_8)

    def test_citation_must_be_a_citation_or_none(self) -> None:
        with pytest.raises(InvalidValue, match=r"Dated\.citation must be a Citation"):
            Dated(NEW, d("2026-01-01"), citation="art. 8")  # type: ignore[arg-type]


class TestAmendedMisuse:
    def test_an_added_value_needs_a_citation(self) -> None:
        with pytest.raises(InvalidValue, match=r"citation"):
            INCOME_CRITERIA.amended(Dated(NEW, d("2026-01-01"), certainty=Certainty.DERIVED))

    def test_an_added_value_must_be_of_the_timelines_kind(self) -> None:
        with pytest.raises(InvalidValue, match=r"IncomeCriterion.*got Decimal"):
            INCOME_CRITERIA.amended(Dated(Decimal(1100), d("2026-01-01"), citation=ART_8))  # type: ignore[arg-type]

    def test_values_of_a_shared_base_are_accepted(self) -> None:
        # Rule versions differ in class but share Rule: any rule may be a version.
        ours = amend(
            WORKING_AGE,
            AgeBetween(minimum=18, below=67),
            d("2028-01-01"),
            citation=Citation(URP),
            certainty=Certainty.DERIVED,
        )
        assert isinstance(ours.versions.at(d("2028-01-01")), AgeBetween)

    def test_entries_given_together_must_not_overlap(self) -> None:
        with pytest.raises(InvalidRange, match=r"overlap"):
            INCOME_CRITERIA.amended(
                Dated(NEW, d("2026-01-01"), d("2026-12-31"), citation=ART_8),
                Dated(NEW, d("2026-06-01"), d("2027-06-30"), citation=ART_8),
            )
        with pytest.raises(InvalidRange, match=r"overlap"):
            INCOME_CRITERIA.amended(
                Dated(NEW, d("2026-01-01"), citation=ART_8),
                Dated(NEW, d("2027-01-01"), d("2027-06-30"), citation=ART_8),
            )

    def test_overriding_your_own_value_takes_a_second_amendment(self) -> None:
        first = INCOME_CRITERIA.amended(Dated(NEW, d("2026-01-01"), citation=ART_8))
        other = IncomeCriterion(Decimal(1200), Decimal(1000))
        second = first.amended(Dated(other, d("2026-06-01"), d("2026-06-30"), citation=ART_8))
        assert [second.at(d(x)) for x in ("2026-05-31", "2026-06-15", "2026-07-01")] == [
            NEW,
            other,
            NEW,
        ]

    def test_review_date_also_bounds_a_bounded_entry(self) -> None:
        ours = INCOME_CRITERIA.amended(
            Dated(NEW, d("2028-01-01"), d("2030-12-31"), citation=ART_8),
            reviewed_until=d("2028-06-30"),
        )
        assert ours.lookup(d("2028-06-30")).certainty is Certainty.CONFIRMED
        assert ours.lookup(d("2028-07-01")).certainty is Certainty.ASSUMED_UNCHANGED
        # Without a review date the organisation vouches for the whole period it gave.
        whole = INCOME_CRITERIA.amended(
            Dated(NEW, d("2028-01-01"), d("2030-12-31"), citation=ART_8)
        )
        assert whole.lookup(d("2030-12-31")).certainty is Certainty.CONFIRMED


class TestWithLawMisuse:
    def test_the_law_must_hold_what_the_condition_reads(self) -> None:
        with pytest.raises(InvalidValue, match=r"LongTermUnemploymentDefinition.*IncomeCriterion"):
            with_law(LONG_TERM_UNEMPLOYED, INCOME_CRITERIA)

    def test_an_amended_law_of_the_right_kind_is_read(self) -> None:
        ours = with_law(
            INCOME_WITHIN_CRITERION,
            INCOME_CRITERIA.amended(
                Dated(NEW, d("2026-01-01"), citation=ART_8, certainty=Certainty.DERIVED)
            ),
        )
        single = Person(d("1980-01-01"), Sex.FEMALE, households=[Household(1, Decimal("1050"))])
        v = ours.evaluate(single, d("2026-01-01"))
        assert (v.outcome.value, v.certainty) == ("eligible", Certainty.DERIVED)

    def test_a_timeline_of_any_kind_goes_to_a_condition_without_law(self) -> None:
        line: Timeline[bool] = Timeline("ours", (Dated(True, d("2026-01-01"), citation=ART_8),))
        rule = with_law(AgeBetween(minimum=18, below=67), line)
        assert rule.law is line
