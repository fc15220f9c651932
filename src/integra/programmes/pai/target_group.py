"""Who may be referred to PAI: the verdict for a referral under the statutory rule
[`PAI_ELIGIBILITY`][integra.rules.recruitment.PAI_ELIGIBILITY] (UPZ art. 62a ust. 1, by the law
date), which lives with the other rules and is the same object here.
"""

from __future__ import annotations

from integra.programmes.pai.plan import PaiReferral
from integra.rules.core import Verdict
from integra.rules.recruitment import PAI_ELIGIBILITY

__all__ = ["PAI_ELIGIBILITY", "eligibility"]


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
