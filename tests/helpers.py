"""Shorthands the tests share: dates and ranges written as ISO text, a condition without a
columnar kernel, a rule written on the base class."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import attrs

from integra.labels import Label, Language
from integra.people import HISTORIES, Person, Sex
from integra.periods import DateRange
from integra.rules import WORKING_AGE, Condition, Context, Fact, Outcome, Rule, Verdict


def d(text: str) -> date:
    """The date written as ``YYYY-MM-DD``."""
    return date.fromisoformat(text)


def r(start: str, end: str | None = None) -> DateRange:
    """The inclusive range ``start .. end`` (open-ended without ``end``)."""
    return DateRange(d(start), None if end is None else d(end))


def collected(birth_date: date, sex: Sex, **fields: Any) -> Person:
    """A person whose every history was collected: each one not given is empty (``()``)."""
    for name in HISTORIES:
        fields.setdefault(name, ())
    return Person(birth_date, sex, **fields)


class BornIn1990(Condition):
    """Born in 1990: a condition without a columnar kernel, so ``integra.bulk`` answers it
    person by person by the scalar path."""

    rule_name = "born_1990"

    @property
    def label(self) -> Any:
        return WORKING_AGE.label

    def _decide(self, ctx: Context, version: Any) -> Any:
        ok = ctx.person.birth_date.year == 1990
        return (Outcome.ELIGIBLE if ok else Outcome.NOT_ELIGIBLE), ok, ()


@attrs.frozen(slots=True, eq=False, repr=False)
class Adult(Rule):
    """A rule written on the base class, with ``_check`` rather than a dated law."""

    rule_name: ClassVar[str] = "adult"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.BIRTH_DATE})

    @property
    def label(self) -> Label:
        return Label(pl="pełnoletni", en="adult")

    def _check(self, ctx: Context) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        outcome = Outcome.ELIGIBLE if ctx.age >= 18 else Outcome.NOT_ELIGIBLE
        return outcome, ctx.age, ()

    def describe(self, verdict: Verdict, language: Language) -> str:
        return f"aged {verdict.observation}"
