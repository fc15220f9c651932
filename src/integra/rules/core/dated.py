"""Rules whose law changed over time: [`in_force`][integra.rules.core.dated.in_force] dates a
version of a condition, [`ByLawDate`][integra.rules.core.dated.ByLawDate] picks the whole rule in
force on the law date.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import attrs

from integra.errors import NoLawInForce
from integra.labels import Label, Language
from integra.law import Certainty, Citation, Dated, Repeal, Timeline
from integra.rules.core.composition import _summary
from integra.rules.core.context import Context
from integra.rules.core.rule import Rule
from integra.rules.core.toolkit import (
    _NO_LAW,
    _kept_version,
    earliest,
    law_changes,
    next_change,
)
from integra.rules.core.verdict import _LAW_MISSING, UNKNOWN, Outcome, Verdict, _new_verdict

__all__ = ["ByLawDate", "in_force"]


@attrs.frozen(slots=True, eq=False, repr=False)
class ByLawDate(Rule):
    """A rule whose whole structure changed over time: the version in force on the law date is
    evaluated and its verdict becomes the only part of this one.

    Attributes:
        versions: The rule in force for each period of the law.
        name_: The rule's name.
        label_: The rule's label.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import SOCIAL_EMPLOYMENT_CIS
        >>> v = SOCIAL_EMPLOYMENT_CIS.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2023, 1, 1))
        >>> v.children[0].rule.name
        'social_employment_2022'
    """

    versions: Timeline[Rule]
    _name: str = attrs.field(kw_only=True, alias="name")
    _label: Label = attrs.field(kw_only=True, alias="label")
    _last_version: list[tuple[date, Any] | None] = attrs.field(
        init=False, factory=lambda: [None], eq=False, repr=False
    )
    """The version found for the last law date asked (a cache; not part of the rule)."""
    _reads_as_version: ClassVar[bool] = True

    @property
    def name(self) -> str:
        """The rule's name."""
        return self._name

    @property
    def label(self) -> Label:
        """The rule's label."""
        return self._label

    def parts(self) -> tuple[Rule, ...]:
        """Every version."""
        return tuple(e.value for e in self.versions.entries)

    def _own_citations(self) -> tuple[Citation, ...]:
        return tuple(e.citation for e in self.versions.entries if e.citation is not None)

    def citation_on(self, law_on: date) -> Citation | None:
        """The citation of the version in force on ``law_on``."""
        try:
            return self.versions.entry_at(law_on).citation
        except NoLawInForce:
            return None

    def certainty_on(self, law_on: date) -> Certainty:
        """The certainty of the choice of version on ``law_on`` (the version's own law answers
        for itself in the verdict); ``NO_LAW`` where no version is in force."""
        return self.versions.certainty_at(law_on) or Certainty.NO_LAW

    def repeal_on(self, law_on: date) -> Repeal | None:
        """How the rule's law ended, for a law date after its repeal."""
        return self.versions.repeal_on(law_on)

    def _version_in_force(self, law_on: date) -> Rule | None:
        """The rule in force on ``law_on`` (``None`` where no law is modelled), kept for the
        next call with the same date."""
        version = _kept_version(self._last_version, self.versions, law_on)
        return None if version is _NO_LAW else version

    def outcome_in(self, ctx: Context) -> Outcome:
        """The outcome of the version in force."""
        version = self._version_in_force(ctx._law_on)
        return UNKNOWN if version is None else version.outcome_in(ctx)

    def children_in(self, ctx: Context) -> tuple[Verdict, ...]:
        """The verdict of the version in force (none where no law is modelled)."""
        version = self._version_in_force(ctx._law_on)
        return () if version is None else (version.evaluate_in(ctx),)

    def evaluate_in(self, ctx: Context) -> Verdict:
        """Evaluate the version in force on the law date."""
        on, law_on = ctx._on, ctx._law_on
        version = self._version_in_force(law_on)
        if version is None:
            return _new_verdict(Verdict, (self, UNKNOWN, None, (), _LAW_MISSING, on, law_on))
        child = version.evaluate_in(ctx)
        return _new_verdict(
            Verdict, (self, child.outcome, None, (child,), child.missing, on, law_on)
        )

    def describe(self, verdict: Verdict, language: Language) -> str:
        """A summary of the version's outcome."""
        return _summary(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """The next change of the version in force, or of the law."""
        version = self.versions.get(ctx.law_on)
        best = next_change(ctx, (), law_changes(self.versions))
        return best if version is None else earliest(best, version.stable_until(ctx))


def in_force(
    citation: Citation,
    start: date,
    end: date | None = None,
    *,
    certainty: Certainty = Certainty.CONFIRMED,
    note: str = "",
    value: Any = True,
) -> Dated[Any]:
    """A law version for a [`Condition`][integra.rules.core.rule.Condition] (a shorthand for
    [`Dated`][integra.law.Dated] whose value is ``True`` unless given).

    Examples:
        >>> from datetime import date
        >>> from integra.parameters import UPS
        >>> in_force(Citation(UPS, "108"), date(2004, 5, 1)).value
        True
    """
    return Dated(value, start, end, citation=citation, certainty=certainty, note=note)
