"""What is wrong with a programme plan: violations, each explained and cited.

A validator never stops at the first problem. It returns a
[`Validation`][integra.programmes.violations.Validation] holding *every*
[`Violation`][integra.programmes.violations.Violation] it found, each with a stable code (for
software), what was observed and what the law requires in Polish and English (for the
caseworker), the same as typed values (the week, the observed and the required figure, for
software), the citation, and a bilingual label.

Examples:
    >>> from decimal import Decimal
    >>> from integra.law import Citation
    >>> from integra.parameters import UPZ
    >>> from integra.periods import IsoWeek
    >>> v = Violation(
    ...     "pai.integration.weekly_minimum",
    ...     Label(pl="za mało godzin integracji", en="too few integration hours"),
    ...     observed=Label(pl="6 h w 3. tygodniu 2025 r.", en="6 h in 2025-W03"),
    ...     required=Label(pl="co najmniej 10 h tygodniowo", en="at least 10 h a week"),
    ...     citation=Citation(UPZ, article="62a"),
    ...     week=IsoWeek(2025, 3),
    ...     observed_value=Decimal(6),
    ...     required_value=Decimal(10),
    ... )
    >>> print(v.explain())
    too few integration hours: 6 h in 2025-W03; required: at least 10 h a week (Art. 62a of the Act on Employment Promotion and Labour Market Institutions (UPZ))
    >>> print(v.explain("pl"))
    za mało godzin integracji: 6 h w 3. tygodniu 2025 r.; wymagane: co najmniej 10 h tygodniowo (art. 62a ustawy o promocji zatrudnienia i instytucjach rynku pracy)
    >>> v.observed_value < v.required_value, Validation((v,)).valid
    (True, False)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidValue
from integra.labels import Label, Language
from integra.law import Citation
from integra.periods import DateRange, IsoWeek

__all__ = ["Validation", "Value", "Violation"]

Value = Decimal | int | date | DateRange
"""The typed form of an observed or required figure: hours (``Decimal``), months or a count
(``int``), a day (``date``) or a period (``DateRange``)."""


def _is_label(instance: object, attribute: attrs.Attribute[Label], value: object) -> None:
    if not isinstance(value, Label):
        raise InvalidValue(
            f"Violation.{attribute.name} must be a Label (Polish and English), "
            f"got {type(value).__name__}"
        )


def _is_figure(instance: object, attribute: attrs.Attribute[Value | None], value: object) -> None:
    # Exactly the kinds a document can tell apart: no float (inexact), no bool (an int to
    # Python, not a figure), no datetime (a date with a time no rule reads).
    if value is None or type(value) in (int, date, DateRange):
        return
    if isinstance(value, Decimal) and value.is_finite():
        return
    raise InvalidValue(
        f"Violation.{attribute.name} must be a finite Decimal, an int, a date, a DateRange "
        f"or None, got {type(value).__name__}"
    )


@attrs.frozen(slots=True)
class Violation:
    """One way a plan breaks a rule of the programme.

    Attributes:
        code: A stable identifier such as ``"pai.activation.weekly_hours"``, for software.
        label: What is wrong, in Polish and English.
        observed: What the plan has, in words, in Polish and English ("6 h in 2025-W03").
        required: What the law asks for, in Polish and English ("at least 10 h a week").
        citation: The provision broken, or ``None`` for a structural problem of the plan itself.
        week: The ISO week concerned, for a weekly limit; otherwise ``None``.
        observed_value: The observed figure as a typed value (hours as ``Decimal``, months as
            ``int``, a period as ``DateRange``), or ``None`` where there is no single figure.
        required_value: The required figure, typed like ``observed_value`` (for a range the
            bound that was broken), or ``None``.

    Examples:
        >>> v = Violation("x.y", Label(pl="błąd", en="error"), Label(pl="a", en="a"), Label(pl="b", en="b"))
        >>> v.citation is None, v.week is None, v.observed_value is None
        (True, True, True)
        >>> Violation("x.y", *[Label(pl="a", en="a")] * 3, observed_value=6.5)
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Violation.observed_value must be a finite Decimal, an int, a date, a DateRange or None, got float
    """

    code: str
    label: Label = attrs.field(validator=_is_label)
    observed: Label = attrs.field(validator=_is_label)
    required: Label = attrs.field(validator=_is_label)
    citation: Citation | None = None
    week: IsoWeek | None = attrs.field(default=None, kw_only=True)
    observed_value: Value | None = attrs.field(default=None, kw_only=True, validator=_is_figure)
    required_value: Value | None = attrs.field(default=None, kw_only=True, validator=_is_figure)

    def explain(self, language: Language = "en") -> str:
        """One sentence a caseworker can read aloud.

        Examples:
            >>> months = Label(pl="3 miesiące", en="3 months"), Label(pl="2 miesiące", en="2 months")
            >>> Violation("x", Label(pl="za długo", en="too long"), *months).explain("pl")
            'za długo: 3 miesiące; wymagane: 2 miesiące'
        """
        required = "wymagane" if language == "pl" else "required"
        text = (
            f"{self.label.text(language)}: {self.observed.text(language)}; "
            f"{required}: {self.required.text(language)}"
        )
        if self.citation is not None:
            text += f" ({self.citation.text(language)})"
        return text


@attrs.frozen(slots=True)
class Validation:
    """The outcome of checking a plan: every violation found, in a stable order.

    A plan is valid when there are no violations; the object is truthy exactly when the plan is
    valid. Iterating yields the violations.

    Attributes:
        violations: Every violation found.

    Examples:
        >>> ok = Validation(())
        >>> ok.valid, bool(ok), ok.explain()
        (True, True, 'no violations')
    """

    violations: tuple[Violation, ...] = attrs.field(default=(), converter=as_tuple)

    @property
    def valid(self) -> bool:
        """Whether the plan breaks no rule.

        Examples:
            >>> Validation(()).valid
            True
        """
        return not self.violations

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the violations, in order.

        Examples:
            >>> one = Label(pl="1", en="1")
            >>> Validation((Violation("a.b", Label(pl="x", en="x"), one, one),)).codes
            ('a.b',)
        """
        return tuple(v.code for v in self.violations)

    def explain(self, language: Language = "en") -> str:
        """All violations, one per line (or "no violations").

        Examples:
            >>> print(Validation(()).explain("pl"))
            brak naruszeń
        """
        if not self.violations:
            return "brak naruszeń" if language == "pl" else "no violations"
        return "\n".join(v.explain(language) for v in self.violations)

    def __iter__(self) -> Iterator[Violation]:
        return iter(self.violations)

    def __bool__(self) -> bool:
        return self.valid
