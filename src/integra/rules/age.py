"""Age thresholds, with the age computed as the Civil Code counts it.

Age is computed on the date of the facts in completed years (Kodeks cywilny art. 112: a person
attains the next year of age at the start of their birthday; a person born on 29 February attains
it on 28 February in common years).

[`WORKING_AGE`][integra.rules.age.WORKING_AGE] is the age band in which a person can be an
unemployed person under the labour-market acts: 18 or more and below the retirement age (60 for
women, 65 for men). Between 2013-01-01 and 2017-09-30 the retirement age rose month by month
under the 2012 pension reform; that schedule is not modelled, so the rule answers ``UNKNOWN``
(no law modelled) for law dates in that period.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> p = Person(date(1964, 3, 10), Sex.FEMALE)
    >>> WORKING_AGE.evaluate(p, date(2024, 3, 9)).outcome.value, WORKING_AGE.evaluate(p, date(2024, 3, 10)).outcome.value
    ('eligible', 'not_eligible')
    >>> AgeBetween(minimum=25).evaluate(p, date(2024, 1, 1)).eligible
    True
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, Language, _years_pl, format_date
from integra.law import Certainty, Citation, Timeline
from integra.parameters import UPZ, URP
from integra.people import Sex
from integra.rules.core import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    Condition,
    Context,
    Fact,
    Outcome,
    Verdict,
    earliest,
    in_force,
    next_birthday,
    next_change,
)
from integra.rules.core.columns import ColumnFrame

__all__ = ["WORKING_AGE", "AgeBetween", "WorkingAge", "WorkingAgeLimits"]


@attrs.frozen(slots=True)
class WorkingAgeLimits:
    """The ages bounding working age in one version of the law.

    Attributes:
        minimum: The lowest age (inclusive).
        women_max: The age (exclusive) at which women leave working age.
        men_max: The age (exclusive) at which men leave working age.

    Examples:
        >>> WorkingAgeLimits(18, 60, 65).maximum_for(Sex.FEMALE)
        60
    """

    minimum: int
    women_max: int
    men_max: int

    def maximum_for(self, sex: Sex) -> int:
        """The upper bound (exclusive) for ``sex``.

        Examples:
            >>> WorkingAgeLimits(18, 60, 65).maximum_for(Sex.MALE)
            65
        """
        return self.women_max if sex is Sex.FEMALE else self.men_max


_UNEMPLOYED = Citation(UPZ, article="2", paragraph="1", point="2")

WORKING_AGE_LAW: Timeline[WorkingAgeLimits] = Timeline(
    "working age (definition of an unemployed person)",
    (
        in_force(
            _UNEMPLOYED,
            date(2004, 6, 1),
            date(2012, 12, 31),
            value=WorkingAgeLimits(18, 60, 65),
        ),
        in_force(
            _UNEMPLOYED,
            date(2017, 10, 1),
            date(2025, 5, 31),
            value=WorkingAgeLimits(18, 60, 65),
            note="retirement age restored to 60 (women) and 65 (men) from 2017-10-01",
        ),
        in_force(
            Citation(URP),
            date(2025, 6, 1),
            value=WorkingAgeLimits(18, 60, 65),
            certainty=Certainty.DERIVED,
            note=(
                "URP keeps the bounds 18 to the retirement age, 60 (women) / 65 (men): official "
                "description on gov.pl ('Zgłoś się do urzędu pracy', undated) and press on URP "
                "(natemat.pl 606281, May 2025); the article was not read"
            ),
        ),
    ),
)
"""Working-age bounds by law date; 2013-01-01 .. 2017-09-30 (gradual rise) is not modelled."""


@attrs.frozen(slots=True, eq=False, repr=False)
class WorkingAge(Condition):
    """Of working age: 18 or more and below the retirement age for the person's sex.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> WorkingAge().evaluate(Person(date(2006, 5, 2), Sex.MALE), date(2024, 5, 1)).outcome.value
        'not_eligible'
    """

    law: Timeline[Any] = attrs.field(default=WORKING_AGE_LAW, kw_only=True)
    rule_name: ClassVar[str] = "working_age"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.BIRTH_DATE, Fact.SEX})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(pl="w wieku aktywności zawodowej", en="of working age")

    def _decide(
        self, ctx: Context, version: WorkingAgeLimits
    ) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        age = ctx.age
        sex = ctx.person.sex
        ok = version.minimum <= age < version.maximum_for(sex)
        return (ELIGIBLE if ok else NOT_ELIGIBLE), (age, sex), ()

    def columns(self, frame: ColumnFrame, version: WorkingAgeLimits) -> Any:
        """Columnar kernel (``integra.bulk``): every person's age against the bounds for
        their sex.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> WORKING_AGE.columns(frame, WorkingAgeLimits(18, 60, 65)).tolist()
            [2]
        """
        female = frame.population.female
        adult = frame.born_by(version.minimum)
        retired = (female & frame.born_by(version.women_max)) | (
            ~female & frame.born_by(version.men_max)
        )
        return frame.outcome(adult & ~retired)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The age observed."""
        age = verdict.observation[0]
        if language == "pl":
            return f"wiek {_years_pl(age)} w dniu {format_date(verdict.on, 'pl')}"
        return f"aged {age} on {verdict.on.isoformat()}"

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """The age band applied."""
        limits: WorkingAgeLimits = self.law.at(verdict.law_on)
        sex: Sex = verdict.observation[1]
        top = limits.maximum_for(sex)
        if language == "pl":
            who = "kobiety" if sex is Sex.FEMALE else "mężczyźni"
            return f"co najmniej {_years_pl(limits.minimum)} i mniej niż {_years_pl(top)} ({who})"
        who = "women" if sex is Sex.FEMALE else "men"
        return f"aged {limits.minimum} or more and under {top} ({who})"

    def stable_until(self, ctx: Context) -> date | None:
        """The next birthday that crosses a bound, or a change of the law."""
        limits = self.law.get(ctx.law_on)
        best = next_change(ctx, (), self._law_changes())
        if limits is None:
            return best
        return earliest(
            best, next_birthday(ctx, limits.minimum, limits.maximum_for(ctx.person.sex))
        )


WORKING_AGE = WorkingAge()
"""Of working age (18 to below 60 for women, 65 for men), by the law date."""


@attrs.frozen(slots=True, eq=False, repr=False)
class AgeBetween(Condition):
    """Aged at least ``minimum`` and below ``below`` on the date of the facts (either bound
    optional) — for project criteria such as "under 25" or "50 or older".

    Attributes:
        minimum: The lowest age allowed, or ``None``.
        below: The age from which the person no longer qualifies, or ``None``.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> under_25 = AgeBetween(below=25)
        >>> under_25.evaluate(Person(date(2000, 2, 29), Sex.MALE), date(2025, 2, 28)).outcome.value
        'not_eligible'
    """

    minimum: int | None = None
    below: int | None = None
    law: Timeline[Any] | None = attrs.field(default=None, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.BIRTH_DATE})

    def __attrs_post_init__(self) -> None:
        if self.minimum is None and self.below is None:
            raise InvalidValue("AgeBetween needs minimum, below, or both")
        if self.minimum is not None and self.below is not None and self.below <= self.minimum:
            raise InvalidValue("AgeBetween.below must be greater than AgeBetween.minimum")

    @property
    def name(self) -> str:
        """``age_<minimum>_<below>``."""
        return f"age_{self.minimum if self.minimum is not None else ''}_{self.below if self.below is not None else ''}"

    @property
    def label(self) -> Label:
        """The band in words."""
        return Label(pl=f"wiek: {self._band('pl')}", en=f"age: {self._band('en')}")

    def _band(self, language: Language) -> str:
        parts = []
        if self.minimum is not None:
            parts.append(
                f"co najmniej {self.minimum}" if language == "pl" else f"{self.minimum} or more"
            )
        if self.below is not None:
            parts.append(f"poniżej {self.below}" if language == "pl" else f"under {self.below}")
        return (" i " if language == "pl" else " and ").join(parts)

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        age = ctx.age
        ok = (self.minimum is None or age >= self.minimum) and (
            self.below is None or age < self.below
        )
        return (ELIGIBLE if ok else NOT_ELIGIBLE), age, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): every person's age against the band.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> AgeBetween(below=30).columns(frame, None).tolist()
            [0]
        """
        age = frame.age
        ok = age == age
        if self.minimum is not None:
            ok &= age >= self.minimum
        if self.below is not None:
            ok &= age < self.below
        return frame.outcome(ok)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The age observed."""
        if language == "pl":
            return f"wiek {_years_pl(verdict.observation)} w dniu {format_date(verdict.on, 'pl')}"
        return f"aged {verdict.observation} on {verdict.on.isoformat()}"

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """The band."""
        return self._band(language)

    def stable_until(self, ctx: Context) -> date | None:
        """The next birthday crossing a bound."""
        return next_birthday(ctx, self.minimum, self.below)
