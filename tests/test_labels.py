"""Tests of bilingual labels and of the converter's handling of errors raised by custom hooks."""

from __future__ import annotations

import enum
import importlib
import pkgutil
from datetime import date
from typing import Any

import pytest

import integra
from integra import ConversionError, InvalidValue, Label
from integra.labels import LabelledEnum, format_month, set_labels
from integra.serialization import IntegraConverter


class TestLabel:
    @pytest.mark.parametrize(("pl", "en", "field"), [("", "x", "pl"), ("x", "  ", "en")])
    def test_empty_text_is_refused_and_named(self, pl: str, en: str, field: str) -> None:
        with pytest.raises(InvalidValue, match=rf"Label\.{field} must not be empty"):
            Label(pl=pl, en=en)

    @pytest.mark.parametrize(("pl", "en", "field"), [(None, "x", "pl"), ("x", 3, "en")])
    def test_a_text_that_is_not_text_is_refused_and_named(
        self, pl: object, en: object, field: str
    ) -> None:
        with pytest.raises(InvalidValue, match=rf"Label\.{field} must be text"):
            Label(pl=pl, en=en)  # type: ignore[arg-type]

    def test_text_in_each_language(self) -> None:
        label = Label(pl="zasiłek celowy", en="purposive allowance")
        assert (label.text("pl"), label.text("en"), str(label)) == (
            "zasiłek celowy",
            "purposive allowance",
            "purposive allowance",
        )

    def test_unknown_language_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match="language must be 'pl' or 'en', got 'de'"):
            Label(pl="gmina", en="municipality").text("de")  # type: ignore[arg-type]


class _Gmina(str):
    """A stand-in type with a hook that validates like integra's own types do."""


def _structure_gmina(value: Any, _: type) -> _Gmina:
    if not value:
        raise InvalidValue("a gmina must be named")
    return _Gmina(value)


def test_an_integra_error_from_a_hook_becomes_a_conversion_error() -> None:
    converter = IntegraConverter()
    converter.register_structure_hook(_Gmina, _structure_gmina)
    assert converter.structure("Wałbrzych", _Gmina) == "Wałbrzych"
    with pytest.raises(ConversionError, match="cannot build _Gmina: a gmina must be named"):
        converter.structure("", _Gmina)


class _Shift(LabelledEnum):
    DAY = "day"
    NIGHT = "night"


class _Unlabelled(LabelledEnum):
    ONLY = "only"


class _Plain(enum.Enum):
    ONE = "one"


_DAY = Label(pl="zmiana dzienna", en="day shift")
_NIGHT = Label(pl="zmiana nocna", en="night shift")
set_labels(_Shift, {_Shift.NIGHT: _NIGHT, _Shift.DAY: _DAY})


def _labelled_enums() -> list[type[LabelledEnum]]:
    found: list[type[LabelledEnum]] = []
    for info in pkgutil.walk_packages(integra.__path__, "integra."):
        if info.name.startswith(("integra.strategies", "integra.bulk")) or info.name.endswith(
            ("charts", "_hypothesis_hook")
        ):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, type) and issubclass(value, enum.Enum) and value not in found:
                found.append(value)  # type: ignore[arg-type]
    return found


ENUMS = _labelled_enums()


class TestLabelledEnum:
    def test_each_member_reads_its_own_label(self) -> None:
        assert (_Shift.DAY.label, _Shift("night").label) == (_DAY, _NIGHT)
        assert _Shift.NIGHT.label.text("pl") == "zmiana nocna"

    def test_members_hash_by_identity_and_stay_usable_as_keys(self) -> None:
        assert hash(_Shift.DAY) == object.__hash__(_Shift.DAY)
        assert {_Shift.DAY: 1, _Shift.NIGHT: 2}[_Shift("day")] == 1

    def test_an_enum_given_no_labels_says_so(self) -> None:
        with pytest.raises(
            InvalidValue, match="_Unlabelled has no labels: give them with set_labels"
        ):
            _ = _Unlabelled.ONLY.label

    def test_a_member_left_out_is_named(self) -> None:
        with pytest.raises(InvalidValue, match=r"set_labels: _Unlabelled\.ONLY has no label"):
            set_labels(_Unlabelled, {})

    def test_labels_are_given_once(self) -> None:
        with pytest.raises(InvalidValue, match="_Shift already has its labels"):
            set_labels(_Shift, {_Shift.DAY: _DAY, _Shift.NIGHT: _NIGHT})
        assert _Shift.DAY.label is _DAY

    def test_a_member_of_another_enum_is_refused(self) -> None:
        table: Any = {_Shift.DAY: _DAY}
        with pytest.raises(InvalidValue, match="names something that is not a _Unlabelled"):
            set_labels(_Unlabelled, table)

    def test_a_label_must_be_a_label(self) -> None:
        with pytest.raises(InvalidValue, match=r"the label of _Unlabelled\.ONLY must be a Label"):
            set_labels(_Unlabelled, {_Unlabelled.ONLY: ("jedyny", "only")})  # type: ignore[dict-item]

    def test_only_a_labelled_enum_takes_labels(self) -> None:
        with pytest.raises(InvalidValue, match="kind must be a LabelledEnum"):
            set_labels(_Plain, {})  # type: ignore[type-var]
        kind: Any = "_Shift"
        with pytest.raises(InvalidValue, match="kind must be a LabelledEnum"):
            set_labels(kind, {})

    def test_the_table_is_read_only(self) -> None:
        table = _Shift._member_labels  # type: ignore[attr-defined]
        with pytest.raises(TypeError):
            table[_Shift.DAY] = _NIGHT


@pytest.mark.parametrize("kind", ENUMS, ids=lambda k: f"{k.__module__}.{k.__qualname__}")
def test_every_enum_of_the_library_with_labels_carries_them_one_way(kind: type[enum.Enum]) -> None:
    # An enum whose members have a label is a LabelledEnum, and every member has both texts.
    members = list(kind)
    if not any(hasattr(m, "label") for m in members):
        return
    assert issubclass(kind, LabelledEnum), kind
    for member in members:
        label = member.label  # type: ignore[attr-defined]
        assert isinstance(label, Label)
        assert label.pl.strip() and label.en.strip()


def test_the_library_has_labelled_enums_in_every_family() -> None:
    labelled = {k.__module__.split(".")[1] for k in ENUMS if issubclass(k, LabelledEnum)}
    assert {"people", "outcomes", "programmes", "rules", "services", "law"} <= labelled


@pytest.mark.parametrize(
    ("day", "pl", "en"),
    [
        (date(2024, 1, 31), "styczeń 2024 r.", "2024-01"),
        (date(2025, 2, 1), "luty 2025 r.", "2025-02"),
        (date(2023, 10, 15), "październik 2023 r.", "2023-10"),
        (date(2024, 12, 1), "grudzień 2024 r.", "2024-12"),
    ],
)
def test_a_month_reads_as_each_language_writes_it(day: date, pl: str, en: str) -> None:
    assert format_month(day, "pl") == pl
    assert format_month(day, "en") == en
    assert format_month(day) == en


def test_a_month_in_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidValue):
        format_month(date(2024, 1, 1), "de")  # type: ignore[arg-type]
