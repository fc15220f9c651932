"""The quick path of structuring a person's document gives what the detailed path gives: the
same value for a good document, the same message for a bad one, and it leaves a converter's own
hooks in charge of their types."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given

from integra import DateRange, Person, Registration, Sex
from integra.errors import ConversionError
from integra.serialization import IntegraConverter, converter
from integra.strategies import people


def _detailed(document: Any, kind: type) -> Any:
    """Structure ``document`` by the field-by-field path alone."""
    hook: Any = converter.get_structure_hook(kind)
    return hook.detailed(document, kind)


def _as_tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_as_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _as_tuples(v) for k, v in value.items()}
    return value


@given(people())
def test_the_quick_path_builds_what_the_detailed_path_builds(person: Person) -> None:
    document = converter.unstructure(person)
    assert converter.structure(document, Person) == person
    assert _detailed(document, Person) == person
    # Tuples for lists are not taken by the quick path; the detailed path takes them.
    assert converter.structure(_as_tuples(document), Person) == person


def _document() -> dict[str, Any]:
    return {
        "birth_date": "1990-05-01",
        "sex": "F",
        "registrations": [
            {
                "period": {"start": "2024-01-02", "end": None},
                "exclusions": [
                    {"kind": "internship", "period": {"start": "2024-02-01", "end": "2024-03-31"}}
                ],
            }
        ],
    }


def test_a_good_document() -> None:
    person = converter.structure(_document(), Person)
    assert person.registrations is not None
    assert person.registrations[0].period == DateRange(date(2024, 1, 2))
    assert person.countable_registration.days_between(date(2024, 1, 2), date(2024, 4, 1)) == 31
    assert person.not_collected[:2] == ("benefit_awards", "social_contracts")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["registrations"][0]["exclusions"][0]["period"].update(start="2024-02-30"),
            "cannot build Person: $.registrations[0].exclusions[0].period.start: "
            "expected an ISO date (YYYY-MM-DD)",
        ),
        (
            lambda d: d["registrations"][0]["exclusions"][0].update(kind="holiday"),
            "cannot build Person: $.registrations[0].exclusions[0].kind: expected one of "
            "internship, adult_vocational_preparation",
        ),
        (
            lambda d: d["registrations"][0]["period"].update(note="85060112345"),
            "cannot build Person: $.registrations[0].period: 1 unexpected field(s)",
        ),
        (
            lambda d: d["registrations"][0].update(exclusions="internship"),
            "cannot build Person: $.registrations[0].exclusions: expected a list",
        ),
        (
            lambda d: d.update(pesel="9005 0112345"),
            "cannot build Person: PESEL must be 11 digits 0-9 without spaces",
        ),
        (
            lambda d: d["registrations"][0]["period"].update(end="2023-12-31"),
            "cannot build Person: $.registrations[0].period: DateRange.end is before "
            "DateRange.start",
        ),
        (lambda d: d.pop("sex"), "cannot build Person: $.sex: required field missing"),
    ],
)
def test_a_bad_document_is_named_by_its_field(change: Any, message: str) -> None:
    document = _document()
    change(document)
    with pytest.raises(ConversionError) as info:
        converter.structure(document, Person)
    assert str(info.value) == message
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_a_converters_own_hook_is_kept_inside_a_person() -> None:
    # A converter that reads periods written as "start..end" keeps reading them inside a person,
    # on the quick path as on the detailed one.
    mine = IntegraConverter()

    def period(value: Any, _: Any) -> DateRange:
        start, _, end = value.partition("..")
        return DateRange(date.fromisoformat(start), date.fromisoformat(end) if end else None)

    mine.register_structure_hook(DateRange, period)
    document = {
        "birth_date": "1990-05-01",
        "sex": "M",
        "registrations": [{"period": "2024-01-02.."}],
    }
    expected = Person(
        date(1990, 5, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 2)))]
    )
    assert mine.structure(document, Person) == expected
    assert mine.structure(_as_tuples(document), Person) == expected
    # A registration structured first on its own builds the quick path it later shares.
    other = IntegraConverter()
    assert other.structure({"period": {"start": "2024-01-02"}}, Registration) == Registration(
        DateRange(date(2024, 1, 2))
    )
    assert other.structure(
        {"period": {"start": "2024-01-02", "end": None}}, Registration
    ).period.is_open


def test_text_is_looked_at_character_by_character_only_when_not_printable() -> None:
    assert converter.structure("Nysa", str) == "Nysa"
    assert converter.structure("ul.\tKrótka\n3", str) == "ul.\tKrótka\n3"
    with pytest.raises(ConversionError, match="without control characters or lone surrogates"):
        converter.structure("Nysa\x00", str)
    with pytest.raises(ConversionError, match="without control characters or lone surrogates"):
        converter.structure("Nysa\ud800", str)
