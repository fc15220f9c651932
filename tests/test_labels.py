"""Tests of bilingual labels and of the converter's handling of errors raised by custom hooks."""

from __future__ import annotations

from typing import Any

import pytest

from integra import ConversionError, InvalidValue, Label
from integra.serialization import IntegraConverter


class TestLabel:
    @pytest.mark.parametrize(("pl", "en", "field"), [("", "x", "pl"), ("x", "  ", "en")])
    def test_empty_text_is_refused_and_named(self, pl: str, en: str, field: str) -> None:
        with pytest.raises(InvalidValue, match=rf"Label\.{field} must not be empty"):
            Label(pl=pl, en=en)

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
