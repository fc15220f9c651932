"""Bilingual labels: every legal term in the library carries its Polish and English names.

Polish is the language of the law and of case files; English is for readers outside Poland and
for code. A [`Label`][integra.labels.Label] holds both and renders either.

Examples:
    >>> from integra.labels import Label
    >>> label = Label(pl="prace społecznie użyteczne", en="socially useful work")
    >>> label.text("pl")
    'prace społecznie użyteczne'
    >>> str(label)
    'socially useful work'
"""

from __future__ import annotations

from typing import Literal

import attrs

from integra.errors import InvalidValue

__all__ = ["Label", "Language"]

Language = Literal["pl", "en"]
"""The languages labels are written in: ``"pl"`` (the law's) and ``"en"``."""


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidValue(f"Label.{attribute.name} must not be empty")


@attrs.frozen(slots=True)
class Label:
    """A term in Polish and English.

    Attributes:
        pl: The Polish term, as the law or the case file writes it.
        en: An English rendering.

    Examples:
        >>> Label(pl="kontrakt socjalny", en="social contract").text("en")
        'social contract'
    """

    pl: str = attrs.field(validator=_non_empty)
    en: str = attrs.field(validator=_non_empty)

    def text(self, language: Language = "en") -> str:
        """The label in ``language`` (``"pl"`` or ``"en"``).

        Examples:
            >>> Label(pl="gmina", en="municipality").text("pl")
            'gmina'
        """
        if language == "pl":
            return self.pl
        if language == "en":
            return self.en
        raise InvalidValue(f"language must be 'pl' or 'en', got {language!r}")

    def __str__(self) -> str:
        return self.en
