"""Bad input through the Python API and documents: each refusal names the field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from integra import DateRange, Household, Person, Registration, Sex
from integra.errors import ConversionError, InvalidPesel, InvalidValue
from integra.parameters import CisRules, IncomeCriterion
from integra.people import validate_pesel
from integra.periods import IsoWeek, WeekSlice
from integra.programmes.psu import pay
from integra.rules.core import NOT_COLLECTED
from integra.serialization import converter


class TestHistories:
    @pytest.mark.parametrize("value", ["Centrum", {}, {"a": 1}, 7, b"xy"])
    def test_text_or_a_mapping_is_not_a_history(self, value: Any) -> None:
        with pytest.raises(InvalidValue, match=r"Person\.registrations must be a list or tuple"):
            Person(date(1990, 1, 1), Sex.MALE, registrations=value)

    def test_a_generator_is_a_history(self) -> None:
        spells = (Registration(DateRange(date(2020, 1, 1))) for _ in range(1))
        assert (
            len(Person(date(1990, 1, 1), Sex.MALE, registrations=spells).registrations or ()) == 1
        )

    def test_text_is_not_a_collection_of_exclusions(self) -> None:
        with pytest.raises(InvalidValue, match="list or tuple"):
            Registration(DateRange(date(2020, 1, 1)), exclusions="ab")

    def test_only_history_names_can_be_asked_about(self) -> None:
        with pytest.raises(InvalidValue, match="name of a history"):
            Person(date(1990, 1, 1), Sex.MALE).is_collected("pesel")

    def test_the_not_collected_marker_reads_as_such(self) -> None:
        assert repr(NOT_COLLECTED) == "NOT_COLLECTED"


class TestPesel:
    def test_a_number_with_an_impossible_birth_date_is_refused(self) -> None:
        # Check digit right, month 13 impossible.
        with pytest.raises(InvalidPesel, match="valid birth date") as caught:
            validate_pesel("44133201354")
        assert caught.value.__context__ is None

    def test_full_width_digits_are_refused_and_spaces_normalised(self) -> None:
        with pytest.raises(InvalidPesel):
            validate_pesel("\uff14\uff14051401359")
        person = Person(date(1944, 5, 14), Sex.MALE, pesel="440514 01359")
        assert person.pesel == "44051401359"


class TestMeaning:
    def test_a_household_has_at_most_1000_members(self) -> None:
        assert Household(1000, Decimal(0)).members == 1000
        with pytest.raises(InvalidValue, match="at most 1000"):
            Household(1001, Decimal(0))

    def test_parameter_fields_must_be_numbers(self) -> None:
        with pytest.raises(InvalidValue, match=r"IncomeCriterion\.single must be a Decimal"):
            IncomeCriterion("776", Decimal(1))  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match="must be finite"):
            IncomeCriterion(Decimal("NaN"), Decimal(1))
        with pytest.raises(InvalidValue, match=r"CisRules\.hours_per_day must be more than 0"):
            CisRules(1, 11, 6, Decimal(0), None, Decimal(1), None)

    def test_a_week_slice_is_built_from_a_week_and_a_range(self) -> None:
        with pytest.raises(InvalidValue, match=r"WeekSlice\.week must be an IsoWeek"):
            WeekSlice((2024, 2), DateRange(date(2024, 1, 8)))  # type: ignore[arg-type]
        assert WeekSlice(IsoWeek(2024, 2), DateRange(date(2024, 1, 9), date(2024, 1, 9))).is_partial

    def test_a_payment_whose_shares_do_not_add_up_cannot_be_built(self) -> None:
        p = pay(10, date(2024, 6, 1))
        with pytest.raises(InvalidValue, match="gmina_share"):
            attrs.evolve(p, gmina_share=p.gmina_share + Decimal("0.01"))


class TestDocuments:
    def test_a_list_field_takes_only_a_list(self) -> None:
        assert converter.structure(["a", "b"], list[str]) == ["a", "b"]
        with pytest.raises(ConversionError, match="expected a list"):
            converter.structure("ab", list[str])

    @pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("1e20")])
    def test_a_decimal_object_is_checked_as_text_is(self, value: Decimal) -> None:
        with pytest.raises(ConversionError, match="at most 15 digits"):
            converter.structure({"members": 1, "monthly_net_income": value}, Household)

    @pytest.mark.parametrize("members", [10**15, -(10**15), 10**400])
    def test_an_integer_of_more_than_15_digits_is_refused_naming_the_field(
        self, members: int
    ) -> None:
        with pytest.raises(ConversionError, match="members") as raised:
            converter.structure({"members": members, "monthly_net_income": "0"}, Household)
        assert "at most 15 digits" in str(raised.value)
        assert str(members)[:12] not in str(raised.value)

    def test_an_integer_of_15_digits_reaches_the_type_check(self) -> None:
        # 10**15 - 1 passes the document check; Household then refuses it by meaning.
        with pytest.raises(ConversionError, match="members"):
            converter.structure({"members": 10**15 - 1, "monthly_net_income": "0"}, Household)

    def test_absent_and_null_histories_are_not_collected_and_empty_lists_are(self) -> None:
        person = converter.structure(
            {"birth_date": "1990-01-01", "sex": "F", "registrations": [], "households": None},
            Person,
        )
        assert person.registrations == () and person.households is None
        assert person.benefit_awards is None
        assert converter.unstructure(person)["registrations"] == []
        assert converter.unstructure(person)["households"] is None
