"""Recruitment rules built by composition, as the law and projects write them.

* [`PAI_ELIGIBILITY`][integra.rules.recruitment.PAI_ELIGIBILITY]: who may be referred to the
  Programme Activation and Integration (UPZ art. 62a ust. 1), by the law date — until 2019-06-13
  registered unemployed with assistance profile III receiving social-assistance benefits, from
  2019-06-14 registered unemployed receiving social-assistance benefits. It is the rule
  [`integra.programmes.pai`][integra.programmes.pai] checks referrals with (the same object).
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
    >>> PAI_ELIGIBILITY.evaluate(p, date(2024, 3, 1)).outcome.value
    'eligible'
    >>> PAI_ELIGIBILITY.evaluate(p, date(2019, 6, 13)).outcome.value
    'not_eligible'
"""

from __future__ import annotations

from integra.labels import Label
from integra.law import Dated, Timeline
from integra.parameters import PAI_TARGET_GROUP, PaiTargetGroup
from integra.rules.assistance import RECEIVES_SOCIAL_ASSISTANCE
from integra.rules.core import AllOf, ByLawDate, Rule, all_of
from integra.rules.revitalisation import ResidesInArea, RevitalisationArea
from integra.rules.status import PROFILE_III
from integra.rules.unemployment import REGISTERED_UNEMPLOYED

__all__ = ["PAI_ELIGIBILITY", "pai_target_group_in_area"]

_GROUP_RULES: dict[PaiTargetGroup, Rule] = {
    PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE: all_of(
        REGISTERED_UNEMPLOYED,
        PROFILE_III,
        RECEIVES_SOCIAL_ASSISTANCE,
        name="pai_target_group_2014",
        label=PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE.label,
    ),
    PaiTargetGroup.ASSISTANCE_RECIPIENTS: all_of(
        REGISTERED_UNEMPLOYED,
        RECEIVES_SOCIAL_ASSISTANCE,
        name="pai_target_group_2019",
        label=PaiTargetGroup.ASSISTANCE_RECIPIENTS.label,
    ),
}

PAI_ELIGIBILITY = ByLawDate(
    Timeline(
        "PAI target group (UPZ art. 62a ust. 1)",
        tuple(
            Dated(
                _GROUP_RULES[entry.value],
                entry.start,
                entry.end,
                citation=entry.citation,
                certainty=entry.certainty,
                note=entry.note,
            )
            for entry in PAI_TARGET_GROUP
        ),
        repealed=PAI_TARGET_GROUP.repealed,
    ),
    name="pai_eligibility",
    label=Label(pl="osoba, którą można skierować do PAI", en="may be referred to PAI"),
)
"""Who may be referred to PAI, by the law date: until 2019-06-13 a registered unemployed person
with assistance profile III receiving social-assistance benefits; from 2019-06-14 a registered
unemployed person receiving social-assistance benefits (UPZ art. 62a ust. 1, versions of
[`PAI_TARGET_GROUP`][integra.parameters.PAI_TARGET_GROUP]). Outside 2014-05-27 .. 2025-05-31 the
verdict is ``UNKNOWN`` with the law missing and certainty ``NO_LAW``; from 2025-06-01 its
explanation says that URP repealed the law and that nothing in the library replaces it
([`PAI_REPEAL`][integra.parameters.PAI_REPEAL]). A referral agreed before 2025-06-01 is judged
under UPZ: pass that day as ``law_on``.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> v = PAI_ELIGIBILITY.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2016, 1, 4))
    >>> v.outcome.value, [leaf.rule.name for leaf in v.failed()]
    ('not_eligible', ['registered_unemployed', 'assistance_profile_iii', 'receives_social_assistance'])
    >>> later = PAI_ELIGIBILITY.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2025, 7, 1))
    >>> later.outcome.value, later.certainty.value
    ('unknown', 'no_law')
"""


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
