"""Ready-made recruitment rules built by composition, as projects write them.

* [`PAI_STYLE_ELIGIBILITY`][integra.rules.recruitment.PAI_STYLE_ELIGIBILITY]: registered as
  unemployed, receiving social-assistance benefits and of working age — the core of the PAI target
  group (UPZ art. 62a) from 2019-06-14, when profiles were abolished.
* [`pai_target_group_in_area`][integra.rules.recruitment.pai_target_group_in_area]: the target group
  of a PAI run in a revitalisation area (the seed programme "Aktywizacja i Integracja" for residents
  of a revitalisation area): registered unemployed **and** receiving social assistance **and**
  living in the area.

Examples:
    >>> from datetime import date
    >>> from integra import BenefitAward, BenefitKind, DateRange, Person, Registration, Sex
    >>> p = Person(
    ...     date(1985, 4, 2), Sex.MALE,
    ...     registrations=[Registration(DateRange(date(2023, 9, 1)))],
    ...     benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 1, 1), date(2024, 6, 30)))],
    ... )
    >>> PAI_STYLE_ELIGIBILITY.evaluate(p, date(2024, 3, 1)).outcome.value
    'eligible'
"""

from __future__ import annotations

from integra.labels import Label
from integra.rules.age import WORKING_AGE
from integra.rules.assistance import RECEIVES_SOCIAL_ASSISTANCE
from integra.rules.core import AllOf, all_of
from integra.rules.revitalisation import ResidesInArea, RevitalisationArea
from integra.rules.unemployment import REGISTERED_UNEMPLOYED

__all__ = ["PAI_STYLE_ELIGIBILITY", "pai_target_group_in_area"]

PAI_STYLE_ELIGIBILITY: AllOf = all_of(
    REGISTERED_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    WORKING_AGE,
    name="pai_style_eligibility",
    label=Label(
        pl="bezrobotny korzystający ze świadczeń pomocy społecznej, w wieku aktywności zawodowej",
        en="unemployed, receiving social-assistance benefits, of working age",
    ),
)
"""Registered unemployed + receiving social assistance + working age."""


def pai_target_group_in_area(area: RevitalisationArea) -> AllOf:
    """The recruitment rule of a PAI edition for residents of ``area``: registered unemployed,
    receiving social-assistance benefits, living in the revitalisation area.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange
        >>> from integra.rules.revitalisation import StreetSegment, SubArea
        >>> area = RevitalisationArea("Nysa", "1/2020", date(2020, 1, 1), DateRange(date(2020, 2, 1)),
        ...     [SubArea("Rynek", streets=[StreetSegment("Rynek")])])
        >>> [r.name for r in pai_target_group_in_area(area).rules]
        ['registered_unemployed', 'receives_social_assistance', 'resides_in_nysa_revitalisation_area']
    """
    return all_of(
        REGISTERED_UNEMPLOYED,
        RECEIVES_SOCIAL_ASSISTANCE,
        ResidesInArea(area),
        name="pai_target_group_in_area",
        label=Label(
            pl=f"grupa docelowa PAI na obszarze rewitalizacji ({area.gmina})",
            en=f"PAI target group in the revitalisation area ({area.gmina})",
        ),
    )
