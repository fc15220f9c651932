"""Persons at risk of poverty or social exclusion: the target group of EU social-inclusion
projects, by programme period.

The list is data: [`AT_RISK_2014_2020_CATEGORIES`][integra.rules.at_risk.AT_RISK_2014_2020_CATEGORIES]
holds one rule per category, and [`at_risk`][integra.rules.at_risk.at_risk] builds the rule
"belongs to at least one category" from any such list. A participant in several categories is
reported in each: the verdict keeps every category's own verdict.

Which list applies follows the project's programme period
([`ProgrammePeriod`][integra.rules.at_risk.ProgrammePeriod]), not the date alone: a 2014-2020
project recruiting in 2022 still uses the 2014-2020 list. [`at_risk_for`][integra.rules.at_risk.at_risk_for]
gives the rule of a period. The 2021-2027 list of the ESF+ guidelines has not been cited yet, so
[`AT_RISK_2021_2027`][integra.rules.at_risk.AT_RISK_2021_2027] answers ``UNKNOWN`` and says why;
a project builds its call's list with ``at_risk`` from its call documents.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Sex, SituationSpell, SocialSituation
    >>> p = Person(date(1990, 1, 1), Sex.FEMALE, situations=[SituationSpell(SocialSituation.FOOD_AID, DateRange(date(2019, 1, 1)))])
    >>> v = AT_RISK_2014_2020.evaluate(p, date(2019, 6, 1))
    >>> v.outcome.value, [c.label.en for c in v.children if c.eligible]
    ('eligible', ['user of the food-aid programme'])
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, LabelledEnum, Language, set_labels
from integra.law import Certainty, Citation, Timeline
from integra.parameters import EU_2014_2020, EU_2021_2027
from integra.people import SocialSituation
from integra.periods import DateRange
from integra.rules.assistance import HAS_ASSISTANCE_REASON, RECEIVES_SOCIAL_ASSISTANCE
from integra.rules.core import (
    UNKNOWN,
    AnyOf,
    Condition,
    Context,
    Fact,
    Outcome,
    Rule,
    Verdict,
    in_force,
)
from integra.rules.disability import HAS_DISABILITY
from integra.rules.social_employment import UZS_GROUPS
from integra.rules.status import PROFILE_III, InSituation

__all__ = [
    "AT_RISK_2014_2020",
    "AT_RISK_2014_2020_CATEGORIES",
    "AT_RISK_2021_2027",
    "AT_RISK_2021_2027_CATEGORIES",
    "ListNotCited",
    "ProgrammePeriod",
    "at_risk",
    "at_risk_for",
]

_GUIDELINES = Citation(EU_2014_2020)
_S = SocialSituation


def _category(*situations: SocialSituation) -> InSituation:
    return InSituation(frozenset(situations), citation=_GUIDELINES)


AT_RISK_2014_2020_CATEGORIES: tuple[Rule, ...] = (
    RECEIVES_SOCIAL_ASSISTANCE,
    HAS_ASSISTANCE_REASON,
    UZS_GROUPS,
    _category(_S.FOSTER_CARE),
    _category(_S.FOOD_AID),
    _category(_S.SERVING_SENTENCE),
    _category(_S.HOMELESS_OR_HOUSING_EXCLUDED),
    _category(_S.DEPENDENT_PERSON),
    PROFILE_III,
    HAS_DISABILITY,
    _category(_S.YOUTH_CENTRE_RESIDENT),
    _category(_S.JUVENILE_UNDER_MEASURES),
)
"""The categories of the 2014-2020 list, in the guidelines' order: receiving social assistance or
qualifying for it (an art. 7 reason), the UZS groups, foster care, food aid, serving a sentence,
homelessness or housing exclusion, dependent persons, profile III, disability, youth education or
sociotherapy centres, juveniles under correctional measures."""


def at_risk(categories: Sequence[Rule], name: str, label: Label) -> AnyOf:
    """The rule "belongs to at least one of ``categories``".

    Examples:
        >>> rule = at_risk(AT_RISK_2014_2020_CATEGORIES[:2], "assistance_only", Label(pl="x", en="x"))
        >>> len(rule.rules)
        2
    """
    return AnyOf(tuple(categories), name=name, label=label)


AT_RISK_2014_2020 = at_risk(
    AT_RISK_2014_2020_CATEGORIES,
    "at_risk_2014_2020",
    Label(
        pl="osoba zagrożona ubóstwem lub wykluczeniem społecznym (wytyczne 2014–2020)",
        en="at risk of poverty or social exclusion (2014-2020 guidelines)",
    ),
)
"""At risk of poverty or social exclusion, 2014-2020 list."""


_GUIDELINES_2021 = Citation(EU_2021_2027)


@attrs.frozen(slots=True, eq=False, repr=False)
class ListNotCited(Condition):
    """A list the library knows exists but has not cited: always ``UNKNOWN``, with the law among
    the missing facts and a sentence saying which document to read. It stands in for the
    categories of a list until they are added as data.

    Attributes:
        citation: The document that holds the list.
        what: What the list is, for the explanation.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> v = AT_RISK_2021_2027_CATEGORIES[0].evaluate(Person(date(1990, 1, 1), Sex.FEMALE), date(2024, 9, 17))
        >>> v.outcome.value, v.missing_facts == {Fact.LAW}
        ('unknown', True)
    """

    citation: Citation
    what: Label
    law: Timeline[Any] | None = attrs.field(
        default=attrs.Factory(
            lambda self: Timeline(
                self.citation.text("en"),
                (
                    in_force(
                        self.citation,
                        date(2021, 1, 1),
                        certainty=Certainty.DERIVED,
                        note=(
                            "dated from the first day of the programme period; the day the "
                            "document applies from was not found"
                        ),
                    ),
                ),
            ),
            takes_self=True,
        ),
        kw_only=True,
    )
    rule_name: ClassVar[str] = "list_not_cited"
    facts: ClassVar[frozenset[Fact]] = frozenset()

    @property
    def label(self) -> Label:
        """What the list is."""
        return self.what

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        return UNKNOWN, "not_cited", (Fact.LAW,)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """That the list has not been cited, and what to do."""
        if language == "pl":
            return (
                "lista nie została jeszcze wprowadzona do biblioteki; zbuduj listę swojego naboru "
                "funkcją at_risk na podstawie jego dokumentów"
            )
        return (
            "the list has not been cited in the library yet; build your call's list with at_risk "
            "from its documents"
        )


AT_RISK_2021_2027_CATEGORIES: tuple[Rule, ...] = (
    ListNotCited(
        _GUIDELINES_2021,
        Label(
            pl="kategorie osób zagrożonych ubóstwem lub wykluczeniem społecznym (EFS+ 2021–2027)",
            en="categories of persons at risk of poverty or social exclusion (ESF+ 2021-2027)",
        ),
    ),
)
"""The 2021-2027 list, not yet cited: a single stand-in that answers ``UNKNOWN``. The guidelines
for ESF+ projects in the regional programmes (issued under art. 5 of the act of 28 April 2022,
Dz.U. 2022 poz. 1079; amended after 1 November 2023) hold the definition; its chapter and text
were not available when the library was last reviewed."""

AT_RISK_2021_2027 = at_risk(
    AT_RISK_2021_2027_CATEGORIES,
    "at_risk_2021_2027",
    Label(
        pl="osoba zagrożona ubóstwem lub wykluczeniem społecznym (wytyczne EFS+ 2021–2027)",
        en="at risk of poverty or social exclusion (ESF+ 2021-2027 guidelines)",
    ),
)
"""At risk of poverty or social exclusion, 2021-2027 list: ``UNKNOWN`` until the list is cited."""


class ProgrammePeriod(LabelledEnum):
    """The EU programme period of a project, which decides the target-group list it uses.

    Examples:
        >>> ProgrammePeriod.EU_2021_2027.label.en
        'EU programme period 2021-2027'
        >>> str(ProgrammePeriod.EU_2014_2020.years)
        '2014-01-01..2020-12-31'
    """

    EU_2014_2020 = "eu_2014_2020"
    EU_2021_2027 = "eu_2021_2027"

    @property
    def years(self) -> DateRange:
        """The calendar years of the period (projects may run on after them)."""
        first, last = int(self.value[3:7]), int(self.value[8:])
        return DateRange(date(first, 1, 1), date(last, 12, 31))


def _period_label(period: ProgrammePeriod) -> Label:
    first, last = period.value[3:7], period.value[8:]
    return Label(
        pl=f"perspektywa finansowa UE {first}–{last}", en=f"EU programme period {first}-{last}"
    )


set_labels(ProgrammePeriod, {period: _period_label(period) for period in ProgrammePeriod})


def at_risk_for(period: ProgrammePeriod) -> Rule:
    """The at-risk rule of the programme period a project belongs to.

    Examples:
        >>> at_risk_for(ProgrammePeriod.EU_2014_2020) is AT_RISK_2014_2020
        True
        >>> at_risk_for(ProgrammePeriod.EU_2021_2027).name
        'at_risk_2021_2027'
    """
    if period is ProgrammePeriod.EU_2014_2020:
        return AT_RISK_2014_2020
    if period is ProgrammePeriod.EU_2021_2027:
        return AT_RISK_2021_2027
    raise InvalidValue("period must be a ProgrammePeriod")
