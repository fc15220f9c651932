"""Persons at risk of poverty or social exclusion: the target group of EU social-inclusion
projects, as listed by the 2014-2020 guidelines.

The list is data: [`AT_RISK_2014_2020_CATEGORIES`][integra.rules.at_risk.AT_RISK_2014_2020_CATEGORIES]
holds one rule per category, and [`at_risk`][integra.rules.at_risk.at_risk] builds the rule
"belongs to at least one category" from any such list — a 2021-2027 list is added the same way
once its text is confirmed. A participant in several categories is reported in each: the verdict
keeps every category's own verdict.

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

from integra.labels import Label
from integra.law import Citation
from integra.parameters import EU_2014_2020
from integra.people import SocialSituation
from integra.rules.assistance import HAS_ASSISTANCE_REASON, RECEIVES_SOCIAL_ASSISTANCE
from integra.rules.core import AnyOf, Rule
from integra.rules.disability import HAS_DISABILITY
from integra.rules.social_employment import UZS_GROUPS
from integra.rules.status import PROFILE_III, InSituation

__all__ = ["AT_RISK_2014_2020", "AT_RISK_2014_2020_CATEGORIES", "at_risk"]

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
        pl="osoba zagrożona ubóstwem lub wykluczeniem społecznym (wytyczne 2014-2020)",
        en="at risk of poverty or social exclusion (2014-2020 guidelines)",
    ),
)
"""At risk of poverty or social exclusion, 2014-2020 list."""
