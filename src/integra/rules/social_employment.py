"""Social employment (UZS art. 1 ust. 2 and 3): who may take part in a social integration centre
(CIS) or club (KIS).

The groups (art. 1 ust. 2): homeless persons carrying out a programme to leave homelessness;
alcohol-dependent and drug-dependent persons; the mentally ill (from 2022-02-15: persons with
mental disorders); the long-term unemployed; persons released from prison with integration
difficulties; refugees carrying out an integration programme; persons with disabilities.

Two versions are modelled:

* **before 2022-02-15**: dependent persons had to have completed therapy, and every group had to be
  in a situation causing poverty;
* **from 2022-02-15** (Dz.U. 2022 poz. 218): neither requirement; a work-incapacity pension no
  longer excludes participation in a KIS.

Exclusions (art. 1 ust. 3): a right to unemployment benefit, pre-retirement benefit or allowance,
structural pension, work-incapacity pension, old-age pension or teacher's compensation benefit.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Sex, SituationSpell, SocialSituation
    >>> spell = SituationSpell(SocialSituation.ALCOHOL_DEPENDENT, DateRange(date(2020, 1, 1)))
    >>> p = Person(date(1975, 1, 1), Sex.MALE, situations=[spell], entitlements=())
    >>> SOCIAL_EMPLOYMENT_CIS.evaluate(p, date(2022, 2, 14)).outcome.value
    'not_eligible'
    >>> SOCIAL_EMPLOYMENT_CIS.evaluate(p, date(2022, 2, 15)).outcome.value
    'eligible'
"""

from __future__ import annotations

from datetime import date

from integra.labels import Label
from integra.law import Certainty, Citation, Dated, Timeline
from integra.parameters import UZS, UZS_2022_AMENDMENT
from integra.people import EntitlementKind, SocialSituation
from integra.rules.core import AllOf, AnyOf, ByLawDate, Rule, all_of, any_of, not_
from integra.rules.disability import HAS_DISABILITY
from integra.rules.status import HasEntitlement, InSituation
from integra.rules.unemployment import LONG_TERM_UNEMPLOYED

__all__ = [
    "SOCIAL_EMPLOYMENT_CIS",
    "SOCIAL_EMPLOYMENT_KIS",
    "UZS_GROUPS",
    "social_employment",
]

AMENDMENT_DAY = date(2022, 2, 15)
_BEFORE_START = date(2004, 1, 1)
_BEFORE_NOTE = (
    "wording in force before 2022-02-15; its earlier history is not modelled and the start date is "
    "the act's entry into force, to be checked"
)

_S = SocialSituation


def _point(point: str) -> Citation:
    return Citation(UZS, article="1", paragraph="2", point=point)


def _situation(situation: SocialSituation, point: str) -> InSituation:
    return InSituation(frozenset({situation}), citation=_point(point))


def _treated(situation: SocialSituation, point: str, pl: str, en: str) -> AllOf:
    return all_of(
        _situation(situation, point),
        InSituation(frozenset({_S.ADDICTION_THERAPY_COMPLETED}), citation=_point(point)),
        name=f"{situation.value}_after_therapy",
        label=Label(pl=pl, en=en),
    )


_GROUPS_LABEL = Label(
    pl="grupy art. 1 ust. 2 ustawy o zatrudnieniu socjalnym",
    en="groups of UZS art. 1(2)",
)

_GROUPS_2022: AnyOf = any_of(
    _situation(_S.HOMELESS_IN_PROGRAMME, "1"),
    _situation(_S.ALCOHOL_DEPENDENT, "2"),
    _situation(_S.DRUG_DEPENDENT, "3"),
    _situation(_S.MENTAL_DISORDER, "4"),
    LONG_TERM_UNEMPLOYED,
    _situation(_S.RELEASED_FROM_PRISON, "6"),
    _situation(_S.REFUGEE_IN_PROGRAMME, "7"),
    HAS_DISABILITY,
    name="uzs_groups_2022",
    label=_GROUPS_LABEL,
)

_GROUPS_BEFORE: AnyOf = any_of(
    _situation(_S.HOMELESS_IN_PROGRAMME, "1"),
    _treated(
        _S.ALCOHOL_DEPENDENT,
        "2",
        "uzależniony od alkoholu po zakończeniu terapii",
        "alcohol-dependent, therapy completed",
    ),
    _treated(
        _S.DRUG_DEPENDENT,
        "3",
        "uzależniony od narkotyków po zakończeniu terapii",
        "drug-dependent, therapy completed",
    ),
    _situation(_S.MENTAL_DISORDER, "4"),
    LONG_TERM_UNEMPLOYED,
    _situation(_S.RELEASED_FROM_PRISON, "6"),
    _situation(_S.REFUGEE_IN_PROGRAMME, "7"),
    HAS_DISABILITY,
    name="uzs_groups_before_2022",
    label=_GROUPS_LABEL,
)

_POVERTY = InSituation(
    frozenset({_S.POVERTY}),
    citation=Citation(UZS, article="1", paragraph="2"),
    label=Label(pl="w sytuacji powodującej ubóstwo", en="in a situation causing poverty"),
)

UZS_GROUPS = ByLawDate(
    Timeline(
        "UZS art. 1 ust. 2 groups",
        (
            Dated(
                _GROUPS_BEFORE,
                _BEFORE_START,
                date(2022, 2, 14),
                citation=Citation(UZS, "1", "2"),
                certainty=Certainty.DERIVED,
                note=_BEFORE_NOTE,
            ),
            Dated(_GROUPS_2022, AMENDMENT_DAY, citation=Citation(UZS_2022_AMENDMENT)),
        ),
    ),
    name="uzs_groups",
    label=_GROUPS_LABEL,
)
"""Belongs to one of the groups of UZS art. 1 ust. 2 (without the poverty condition or the
exclusions), by law date — the at-risk target group refers to these groups."""

_EXCLUDED = frozenset(
    {
        EntitlementKind.UNEMPLOYMENT_BENEFIT,
        EntitlementKind.PRE_RETIREMENT_BENEFIT,
        EntitlementKind.PRE_RETIREMENT_ALLOWANCE,
        EntitlementKind.STRUCTURAL_PENSION,
        EntitlementKind.WORK_INCAPACITY_PENSION,
        EntitlementKind.OLD_AGE_PENSION,
        EntitlementKind.TEACHER_COMPENSATION,
    }
)
_EXCLUSIONS = Citation(UZS, article="1", paragraph="3")
_NO_EXCLUDING_RIGHT = Label(
    pl="brak prawa do świadczenia wyłączającego zatrudnienie socjalne (art. 1 ust. 3)",
    en="no right to a benefit that excludes social employment (art. 1(3))",
)


def social_employment(kis: bool = False) -> ByLawDate:
    """The social-employment eligibility rule for a CIS (default) or a KIS.

    Examples:
        >>> social_employment(kis=True).name
        'social_employment_kis'
    """
    unit = "kis" if kis else "cis"
    no_benefit_all = not_(
        HasEntitlement(_EXCLUDED, citation=_EXCLUSIONS), label=_NO_EXCLUDING_RIGHT
    )
    no_benefit_2022 = (
        not_(
            HasEntitlement(
                _EXCLUDED - {EntitlementKind.WORK_INCAPACITY_PENSION},
                citation=_EXCLUSIONS,
            ),
            label=_NO_EXCLUDING_RIGHT,
        )
        if kis
        else no_benefit_all
    )
    label = Label(
        pl=f"uprawniony do zatrudnienia socjalnego ({unit.upper()})",
        en=f"eligible for social employment ({unit.upper()})",
    )
    before: Rule = all_of(
        _GROUPS_BEFORE,
        _POVERTY,
        no_benefit_all,
        name="social_employment_before_2022",
        label=Label(
            pl="art. 1 ustawy w brzmieniu sprzed 15.02.2022 r.",
            en="art. 1 as worded before 2022-02-15",
        ),
    )
    after: Rule = all_of(
        _GROUPS_2022,
        no_benefit_2022,
        name="social_employment_2022",
        label=Label(
            pl="art. 1 ustawy w brzmieniu od 15.02.2022 r.",
            en="art. 1 as worded from 2022-02-15",
        ),
    )
    return ByLawDate(
        Timeline(
            f"social employment ({unit.upper()})",
            (
                Dated(
                    before,
                    _BEFORE_START,
                    date(2022, 2, 14),
                    citation=Citation(UZS, "1"),
                    certainty=Certainty.DERIVED,
                    note=_BEFORE_NOTE,
                ),
                Dated(after, AMENDMENT_DAY, citation=Citation(UZS_2022_AMENDMENT)),
            ),
        ),
        name=f"social_employment_{unit}",
        label=label,
    )


SOCIAL_EMPLOYMENT_CIS = social_employment()
"""Eligible for a social integration centre (CIS), by law date."""
SOCIAL_EMPLOYMENT_KIS = social_employment(kis=True)
"""Eligible for a social integration club (KIS), by law date."""
