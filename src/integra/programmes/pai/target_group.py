"""Who may be referred to PAI: the statutory rule
[`PAI_ELIGIBILITY`][integra.programmes.pai.target_group.PAI_ELIGIBILITY] (UPZ art. 62a ust. 1, by
the law date) and the verdict for a referral.
"""

from __future__ import annotations

from integra.labels import Label
from integra.law import Dated, Timeline
from integra.parameters import (
    PAI_TARGET_GROUP,
    PaiTargetGroup,
)
from integra.programmes.pai.plan import PaiReferral
from integra.rules.assistance import RECEIVES_SOCIAL_ASSISTANCE
from integra.rules.core import ByLawDate, Rule, Verdict, all_of
from integra.rules.status import PROFILE_III
from integra.rules.unemployment import REGISTERED_UNEMPLOYED

__all__ = ["PAI_ELIGIBILITY", "eligibility"]


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
    ),
    name="pai_eligibility",
    label=Label(pl="może zostać skierowany do PAI", en="may be referred to PAI"),
)
"""Who may be referred to PAI, by the law date: until 2019-06-13 a registered unemployed person
with assistance profile III receiving social-assistance benefits; from 2019-06-14 a registered
unemployed person receiving social-assistance benefits (UPZ art. 62a ust. 1, versions of
[`PAI_TARGET_GROUP`][integra.parameters.PAI_TARGET_GROUP]). Outside 2014-05-27 .. 2025-05-31 the
verdict is ``UNKNOWN`` with the law missing.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> v = PAI_ELIGIBILITY.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2016, 1, 4))
    >>> v.outcome.value, [leaf.rule.name for leaf in v.failed()]
    ('not_eligible', ['registered_unemployed', 'assistance_profile_iii', 'receives_social_assistance'])
"""


def eligibility(referral: PaiReferral) -> Verdict | None:
    """The eligibility verdict of the referred person, with the facts as of the day the referral
    was agreed and the law of that day; ``None`` when the referral carries no person.

    Examples:
        >>> from datetime import date
        >>> from integra import BenefitAward, BenefitKind, DateRange, Person, Registration, Sex
        >>> p = Person(date(1980, 1, 1), Sex.FEMALE,
        ...     registrations=[Registration(DateRange(date(2019, 1, 2)))],
        ...     benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2019, 6, 1)))])
        >>> eligibility(PaiReferral(date(2019, 7, 1), person=p)).outcome.value
        'eligible'
        >>> eligibility(PaiReferral(date(2019, 7, 1))) is None
        True
    """
    if referral.person is None:
        return None
    return PAI_ELIGIBILITY.evaluate(referral.person, referral.agreed_on, referral.law_on)
