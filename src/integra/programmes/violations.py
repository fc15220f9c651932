"""What is wrong with a programme plan: violations, each explained and cited.

A validator never stops at the first problem. It returns a
[`Validation`][integra.programmes.violations.Validation] holding *every*
[`Violation`][integra.programmes.violations.Violation] it found, each with a stable code (for
software), what was observed and what the law requires (for the caseworker), the citation, and a
bilingual label.

Examples:
    >>> from integra.law import Citation
    >>> from integra.parameters import UPZ
    >>> v = Violation(
    ...     "pai.integration.weekly_minimum",
    ...     Label(pl="za mało godzin integracji", en="too few integration hours"),
    ...     observed="6 h in week 2025-W03",
    ...     required="at least 10 h a week",
    ...     citation=Citation(UPZ, article="62a", paragraph="5"),
    ... )
    >>> print(v.explain())
    too few integration hours: 6 h in week 2025-W03; required: at least 10 h a week (Art. 62a(5) of the Act on Employment Promotion and Labour Market Institutions (UPZ))
    >>> Validation((v,)).valid
    False
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from integra._convert import as_tuple
from integra.labels import Label, Language
from integra.law import Citation

__all__ = ["Validation", "Violation"]


@attrs.frozen(slots=True)
class Violation:
    """One way a plan breaks a rule of the programme.

    Attributes:
        code: A stable identifier such as ``"pai.activation.weekly_hours"``, for software.
        label: What is wrong, in Polish and English.
        observed: What the plan has, in words ("6 h in week 2025-W03").
        required: What the law asks for ("at least 10 h a week").
        citation: The provision broken, or ``None`` for a structural problem of the plan itself.

    Examples:
        >>> Violation("x.y", Label(pl="błąd", en="error"), "a", "b").citation is None
        True
    """

    code: str
    label: Label
    observed: str
    required: str
    citation: Citation | None = None

    def explain(self, language: Language = "en") -> str:
        """One sentence a caseworker can read aloud.

        Examples:
            >>> Violation("x", Label(pl="za długo", en="too long"), "3 months", "2 months").explain("pl")
            'za długo: 3 months; wymagane: 2 months'
        """
        required = "wymagane" if language == "pl" else "required"
        text = f"{self.label.text(language)}: {self.observed}; {required}: {self.required}"
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
            >>> Validation((Violation("a.b", Label(pl="x", en="x"), "1", "2"),)).codes
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
