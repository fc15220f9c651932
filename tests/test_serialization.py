"""Tests of integra.serialization: every public type to JSON text and back, and bad documents."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from integra import (
    CIS_RULES,
    INCOME_CRITERIA,
    PAI_LIMITS,
    PAI_TARGET_GROUP,
    PSU_MINIMUM_HOURLY_RATE,
    SERVICES,
    UNITS,
    Act,
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    Certainty,
    CertificateSource,
    CisRules,
    Citation,
    ConversionError,
    Dated,
    DateRange,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    IncomeCriterion,
    Indication,
    InstrumentGroup,
    IntegraError,
    IsoWeek,
    Label,
    MonthCounting,
    MonthEndPolicy,
    PaiLimits,
    PaiTargetGroup,
    PartialWeekPolicy,
    Person,
    ProfileSpell,
    RangeSet,
    Registration,
    ReintegrationUnit,
    Residence,
    Service,
    ServiceCategory,
    Sex,
    SituationSpell,
    SocialContract,
    SocialSituation,
    Timeline,
    UnitKind,
    WeekSlice,
)
from integra.parameters import EFFECTIVENESS_AT_RISK, EffectivenessThresholds
from integra.serialization import IntegraConverter, converter
from integra.strategies import income_criteria, timelines
from integra.strategies.core import (
    cis_rules,
    dated,
    effectiveness_thresholds,
    money,
    pai_limits,
)
from integra.strategies.registry import type_strategies


def through_json(value: Any, kind: Any) -> Any:
    """Unstructure, write as JSON text, read back and structure as ``kind``."""
    document = converter.unstructure(value)
    assert_json_primitives(document)
    return converter.structure(json.loads(json.dumps(document)), kind)


def assert_json_primitives(document: Any) -> None:
    """Only str, int, bool, None, lists and string-keyed dicts: in particular no float anywhere."""
    if isinstance(document, dict):
        for key, item in document.items():
            assert isinstance(key, str)
            assert_json_primitives(item)
    elif isinstance(document, list):
        for item in document:
            assert_json_primitives(item)
    else:
        assert document is None or type(document) in (str, int, bool), (
            f"{type(document).__name__} in output"
        )


# Every public attrs type, generated through st.from_type (the registered strategies).
CORE_TYPES: list[type] = [
    DateRange,
    RangeSet,
    IsoWeek,
    WeekSlice,
    Label,
    Act,
    Citation,
    IncomeCriterion,
    PaiLimits,
    CisRules,
    EffectivenessThresholds,
    Address,
    ExcludedPeriod,
    ProfileSpell,
    Registration,
    BenefitAward,
    SocialContract,
    DisabilityCertificate,
    Residence,
    Household,
    SituationSpell,
    Entitlement,
    Person,
    Service,
    ReintegrationUnit,
]

ENUMS: list[type] = [
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
    Certainty,
    PaiTargetGroup,
    ServiceCategory,
    UnitKind,
    InstrumentGroup,
    MonthEndPolicy,
    MonthCounting,
    PartialWeekPolicy,
]


# Every type with a strategy: the core ones above plus those of the rules and programme packages.
REGISTERED: list[type] = sorted(type_strategies(), key=lambda k: f"{k.__module__}.{k.__qualname__}")


def test_every_core_type_has_a_strategy() -> None:
    assert [kind.__name__ for kind in CORE_TYPES if kind not in REGISTERED] == []


class TestRoundTrip:
    @pytest.mark.parametrize("kind", REGISTERED, ids=lambda k: f"{k.__module__}.{k.__qualname__}")
    @given(data=st.data())
    def test_registered_type(self, kind: type, data: st.DataObject) -> None:
        value = data.draw(st.from_type(kind))
        assert isinstance(value, kind)
        assert through_json(value, kind) == value

    @pytest.mark.parametrize("kind", ENUMS, ids=lambda k: k.__name__)
    def test_enum(self, kind: Any) -> None:
        for member in kind:
            document = converter.unstructure(member)
            assert document == member.value
            assert through_json(member, kind) is member

    @given(timelines(income_criteria()))
    def test_timeline_of_income_criteria(self, line: Timeline[IncomeCriterion]) -> None:
        back = through_json(line, Timeline[IncomeCriterion])
        assert back == line
        assert all(isinstance(e.value, IncomeCriterion) for e in back)
        assert back.entries[0].start == line.entries[0].start
        # The lookup caches are rebuilt, not serialised.
        assert set(converter.unstructure(line)) == {
            "name",
            "entries",
            "reviewed_until",
            "reviewed_also",
            "repealed",
        }
        assert back.at(line.entries[0].start) == line.entries[0].value

    def test_a_repealed_timeline(self) -> None:
        from integra.parameters import PAI_LIMITS, PaiLimits

        back = through_json(PAI_LIMITS, Timeline[PaiLimits])
        assert back == PAI_LIMITS
        assert back.repealed == PAI_LIMITS.repealed
        assert converter.unstructure(PAI_LIMITS)["repealed"]["on"] == "2025-06-01"

    @given(dated(money()))
    def test_dated_decimal(self, entry: Dated[Decimal]) -> None:
        back = through_json(entry, Dated[Decimal])
        assert back == entry
        assert str(back.value) == str(entry.value)  # same digits, same exponent

    @given(
        st.one_of(
            timelines(pai_limits()).map(lambda t: (t, Timeline[PaiLimits])),
            timelines(cis_rules()).map(lambda t: (t, Timeline[CisRules])),
            timelines(st.sampled_from(PaiTargetGroup)).map(lambda t: (t, Timeline[PaiTargetGroup])),
        )
    )
    def test_timelines_of_other_parameters(self, case: tuple[Timeline[Any], Any]) -> None:
        line, kind = case
        assert through_json(line, kind) == line

    @given(effectiveness_thresholds())
    def test_thresholds(self, value: EffectivenessThresholds) -> None:
        assert through_json(value, EffectivenessThresholds) == value

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (INCOME_CRITERIA, Timeline[IncomeCriterion]),
            (PSU_MINIMUM_HOURLY_RATE, Timeline[Decimal]),
            (PAI_LIMITS, Timeline[PaiLimits]),
            (PAI_TARGET_GROUP, Timeline[PaiTargetGroup]),
            (CIS_RULES, Timeline[CisRules]),
        ],
        ids=lambda x: getattr(x, "name", ""),
    )
    def test_the_library_parameters(self, line: Any, kind: Any) -> None:
        assert through_json(line, kind) == line

    def test_the_catalogue(self) -> None:
        for item in SERVICES:
            assert through_json(item, Service) == item
        for unit in UNITS.values():
            assert through_json(unit, ReintegrationUnit) == unit
        assert through_json(EFFECTIVENESS_AT_RISK, EffectivenessThresholds) == EFFECTIVENESS_AT_RISK

    def test_a_fresh_converter_behaves_the_same(self) -> None:
        value = Household(2, Decimal("10.50"), DateRange(date(2024, 1, 1)))
        assert IntegraConverter().unstructure(value) == converter.unstructure(value)
        assert IntegraConverter().structure(converter.unstructure(value), Household) == value


class TestDocumentShape:
    def test_dates_and_decimals_are_strings(self) -> None:
        document = converter.unstructure(
            Household(3, Decimal("2100.50"), DateRange(date(2024, 1, 1)))
        )
        assert document == {
            "members": 3,
            "monthly_net_income": "2100.50",
            "valid": {"start": "2024-01-01", "end": None},
        }

    def test_decimals_stay_exact(self) -> None:
        for text in ("0.10", "1234.50", "0.01", "9999999999.99", "600"):
            back = through_json(IncomeCriterion(Decimal(text), Decimal(text)), IncomeCriterion)
            assert str(back.single) == text
        assert through_json(Decimal("0.1") + Decimal("0.2"), Decimal) == Decimal("0.3")

    def test_sets_are_sorted_lists(self) -> None:
        cert = DisabilityCertificate(
            CertificateSource.DEGREE,
            date(2020, 1, 1),
            DateRange(date(2020, 1, 1)),
            DisabilityDegree.MODERATE,
            causes={DisabilityCause.AUTISM, DisabilityCause.INTELLECTUAL},
            indications=(),
        )
        document = converter.unstructure(cert)
        assert document["causes"] == ["01-U", "12-C"]
        assert document["indications"] == []
        assert document["degree"] == "moderate"
        # Left out: not recorded, written as null.
        assert converter.unstructure(attrs.evolve(cert, indications=None))["indications"] is None

    def test_pesel_is_kept_for_the_caller(self) -> None:
        person = Person(date(1944, 5, 14), Sex.MALE, pesel="44051401359")
        assert converter.unstructure(person)["pesel"] == "44051401359"
        assert through_json(person, Person).pesel == "44051401359"


def problem(document: Any, kind: Any) -> str:
    with pytest.raises(ConversionError) as info:
        converter.structure(document, kind)
    assert isinstance(info.value, IntegraError) and isinstance(info.value, ValueError)
    return str(info.value)


class TestBadDocuments:
    def test_float_money_is_refused(self) -> None:
        message = problem({"members": 2, "monthly_net_income": 1234.5, "valid": None}, Household)
        assert message == (
            "cannot build Household: $.monthly_net_income: expected a decimal number written as a string"
        )
        assert "1234.5" not in message
        assert "$.single" in problem({"single": 701.0, "per_person": "528"}, IncomeCriterion)
        assert "$.entries[0].value" in problem(
            {"name": "x", "entries": [{"value": 8.1, "start": "2020-01-01"}]},
            Timeline[Decimal],
        )

    def test_integer_money_is_accepted(self) -> None:
        assert converter.structure(
            {"single": 701, "per_person": "528.00"}, IncomeCriterion
        ) == IncomeCriterion(Decimal(701), Decimal("528.00"))

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("NaN", 'expected a decimal number written as a string, such as "776.00"'),
            ("Infinity", 'expected a decimal number written as a string, such as "776.00"'),
            ("12,50", 'expected a decimal number written as a string, such as "776.00"'),
            ("1e3", 'expected a decimal number written as a string, such as "776.00"'),
            ("1_000", 'expected a decimal number written as a string, such as "776.00"'),
            ("\u0661\u0660", 'expected a decimal number written as a string, such as "776.00"'),
            (10**20, "expected a decimal number of at most 15 digits before the point"),
            (True, "expected a decimal number written as a string"),
            (None, "expected a decimal number written as a string"),
        ],
    )
    def test_bad_decimals(self, value: Any, message: str) -> None:
        assert problem({"single": value, "per_person": "1"}, IncomeCriterion) == (
            f"cannot build IncomeCriterion: $.single: {message}"
        )

    def test_bad_birth_date_is_named_not_echoed(self) -> None:
        message = problem({"birth_date": "1987-02-30", "sex": "F"}, Person)
        assert message == "cannot build Person: $.birth_date: expected an ISO date (YYYY-MM-DD)"
        assert "1987" not in message

    @pytest.mark.parametrize(
        "value",
        ["20240101", "2024-W01-1", "2024-1-01", "2024-02-30", datetime(2024, 1, 1), 20240101],
    )
    def test_a_date_is_read_from_its_iso_form_alone(self, value: Any) -> None:
        # date.fromisoformat would take the compact and week forms; a datetime is not a day.
        assert problem({"birth_date": value, "sex": "F"}, Person) == (
            "cannot build Person: $.birth_date: expected an ISO date (YYYY-MM-DD)"
        )

    def test_a_date_or_any_text_of_the_iso_form_is_read(self) -> None:
        class Text(str):
            pass

        for value in (date(1990, 5, 1), "1990-05-01", Text("1990-05-01")):
            person = converter.structure({"birth_date": value, "sex": "F"}, Person)
            assert person.birth_date == date(1990, 5, 1)

    def test_every_bad_field_is_listed(self) -> None:
        message = problem({"birth_date": 19870215, "sex": "female"}, Person)
        assert "$.birth_date: expected an ISO date (YYYY-MM-DD)" in message
        assert "$.sex: expected one of F, M" in message
        assert "19870215" not in message and "female" not in message

    def test_bad_pesel_is_not_echoed(self) -> None:
        for number in ("44051401358", "44051401359", "123"):
            message = problem({"birth_date": "1987-02-15", "sex": "F", "pesel": number}, Person)
            assert number not in message
            assert message.startswith(
                ("cannot build Person: $: PESEL", "cannot build Person: PESEL")
            )

    def test_nested_path(self) -> None:
        document = {
            "birth_date": "1987-02-15",
            "sex": "F",
            "registrations": [
                {
                    "period": {"start": "2020-01-01", "end": None},
                    "exclusions": [
                        {
                            "kind": "internship",
                            "period": {"start": "2020-13-01", "end": None},
                        }
                    ],
                }
            ],
        }
        assert problem(document, Person) == (
            "cannot build Person: $.registrations[0].exclusions[0].period.start: expected an ISO date (YYYY-MM-DD)"
        )

    def test_rule_violations_are_reported_with_their_path(self) -> None:
        document = {
            "birth_date": "1987-02-15",
            "sex": "M",
            "registrations": [{"period": {"start": "2020-02-01", "end": "2020-01-01"}}],
        }
        assert problem(document, Person) == (
            "cannot build Person: $.registrations[0].period: DateRange.end is before DateRange.start"
        )
        assert problem({"year": 2021, "week": 53}, IsoWeek) == (
            "cannot build IsoWeek: $: IsoWeek.week 53 does not exist in ISO year 2021"
        )

    def test_extra_keys_are_refused(self) -> None:
        assert problem({"start": "2024-01-01", "end": None, "note": "x"}, DateRange) == (
            "cannot build DateRange: $: 1 unexpected field(s)"
        )
        assert "$.period: 1 unexpected field(s)" in problem(
            {"period": {"start": "2024-01-01", "end": None, "days": 3}}, Registration
        )

    def test_missing_fields(self) -> None:
        assert problem({"members": 1}, Household) == (
            "cannot build Household: $.monthly_net_income: required field missing"
        )

    @pytest.mark.parametrize(
        ("document", "kind", "message"),
        [
            (
                {"members": True, "monthly_net_income": "1"},
                Household,
                "$.members: expected an integer",
            ),
            (
                {"members": "2", "monthly_net_income": "1"},
                Household,
                "$.members: expected an integer",
            ),
            ({"pl": 1, "en": "x"}, Label, "$.pl: expected a string"),
            (
                {
                    "code": "x",
                    "category": "social",
                    "label": {"pl": "a", "en": "b"},
                    "basis": None,
                    "for_disabled": 1,
                },
                Service,
                "$.for_disabled: expected true or false",
            ),
            ({"period": [1]}, Registration, "$.period: expected DateRange"),
            ([1, 2], Household, "expected Household"),
            (["1990-01-01", "male"], Person, "expected Person"),
            ("2024-01-01", DateRange, "expected DateRange"),
        ],
    )
    def test_wrong_types(self, document: Any, kind: type, message: str) -> None:
        assert problem(document, kind).endswith(message)

    def test_not_a_mapping_for_a_generic_type(self) -> None:
        assert (
            problem("x", Timeline[Decimal])
            == "cannot build Timeline: invalid value (AttributeError)"
        )

    def test_strict_primitives_still_accept_native_values(self) -> None:
        assert converter.structure(date(2024, 1, 1), date) == date(2024, 1, 1)
        assert converter.structure(Decimal("1.5"), Decimal) == Decimal("1.5")


class TestValidationResults:
    """Violations carry typed observed and required values of four kinds; each comes back as the
    same kind, not as the text or the mapping it was written as."""

    @pytest.mark.parametrize(
        "figure",
        [
            Decimal("6.25"),
            Decimal(10),
            Decimal("1E+1"),
            3,
            0,
            date(2025, 1, 6),
            DateRange(date(2025, 1, 6), date(2025, 3, 5)),
            DateRange(date(2025, 1, 6)),
            None,
        ],
        ids=repr,
    )
    def test_every_kind_of_figure(self, figure: Any) -> None:
        from integra.programmes import Validation, Violation

        text = Label(pl="a", en="a")
        violation = Violation(
            "x.y",
            text,
            text,
            text,
            citation=None,
            week=IsoWeek(2025, 2),
            observed_value=figure,
            required_value=figure,
        )
        back = through_json(Validation((violation,)), Validation)
        assert back == Validation((violation,))
        assert type(back.violations[0].observed_value) is type(figure)
        assert type(back.violations[0].required_value) is type(figure)

    def test_a_real_validation(self) -> None:
        from integra.programmes import psu

        found = psu.validate_week(Decimal("12.5"), date(2020, 1, 6))
        assert not found.valid
        back = through_json(found, type(found))
        assert back == found
        assert back.violations[0].observed_value == Decimal("12.5")
        assert back.violations[0].required_value == Decimal(10)

    @pytest.mark.parametrize(
        ("document", "message"),
        [
            ("6,5", "$.violations[0].observed_value: expected a number"),
            (True, "$.violations[0].observed_value: expected a number"),
            (1.5, "$.violations[0].observed_value: expected a number"),
            ([1], "$.violations[0].observed_value: expected a number"),
            (
                {"end": "2025-01-02"},
                "$.violations[0].observed_value.start: required field missing",
            ),
        ],
        ids=repr,
    )
    def test_a_bad_figure_is_named(self, document: Any, message: str) -> None:
        from integra.programmes import Validation

        label = {"pl": "a", "en": "a"}
        violation = {"code": "x", "label": label, "observed": label, "required": label}
        text = problem({"violations": [{**violation, "observed_value": document}]}, Validation)
        assert text.startswith(f"cannot build Validation: {message}")
        assert "6,5" not in text


class TestGenericTypesFromType:
    """``st.from_type`` resolves the generic law types with a parameter, and what it draws
    round-trips through the converter as that parameterised type."""

    @given(st.data())
    def test_dated_decimal(self, data: st.DataObject) -> None:
        entry = data.draw(st.from_type(Dated[Decimal]))
        assert isinstance(entry, Dated) and isinstance(entry.value, Decimal)
        assert through_json(entry, Dated[Decimal]) == entry

    @given(st.data())
    def test_timeline_of_decimals(self, data: st.DataObject) -> None:
        line = data.draw(st.from_type(Timeline[Decimal]))
        assert isinstance(line, Timeline)
        assert all(isinstance(entry.value, Decimal) for entry in line)
        assert through_json(line, Timeline[Decimal]) == line

    @given(st.data())
    def test_timeline_of_a_parameter_type(self, data: st.DataObject) -> None:
        line = data.draw(st.from_type(Timeline[IncomeCriterion]))
        assert all(isinstance(entry.value, IncomeCriterion) for entry in line)
        assert through_json(line, Timeline[IncomeCriterion]) == line

    @given(st.data())
    def test_dated_of_an_enum(self, data: st.DataObject) -> None:
        entry = data.draw(st.from_type(Dated[PaiTargetGroup]))
        assert through_json(entry, Dated[PaiTargetGroup]) == entry


class TestDecimalsInEveryNotation:
    """A Decimal written by Python in exponent notation is still written as plain digits, so the
    document structures back (the reader takes plain digits only)."""

    @pytest.mark.parametrize(
        ("amount", "text"),
        [
            (Decimal("1E+3"), "1000"),
            (Decimal("1.5E+2"), "150"),
            (Decimal("12.50"), "12.50"),
            (Decimal("0E-2"), "0.00"),
            (Decimal("-0"), "-0"),
            (Decimal("1E-7"), "0.0000001"),
        ],
        ids=str,
    )
    def test_plain_digits(self, amount: Decimal, text: str) -> None:
        assert converter.unstructure(amount) == text
        assert through_json(amount, Decimal) == amount

    def test_household_income_in_exponent_form(self) -> None:
        value = Household(2, Decimal("2.5E+3"), None)
        assert converter.unstructure(value)["monthly_net_income"] == "2500"
        assert through_json(value, Household) == value
