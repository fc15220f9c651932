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
The 2003 text (Dz.U. 2003 nr 122 poz. 1143) also excluded persons with a right to a social
pension (renta socjalna, pkt 4); the point reads "(uchylony)" in the consolidated text of
2 February 2011 (Dz.U. 2011 nr 43 poz. 225) and in that of 2025 (Dz.U. 2025 poz. 83), but the
act that repealed it, and so the day, was not found. Until 2011-02-01 the exclusion is therefore
of unknown end: a social pension makes the answer ``UNKNOWN`` (the law is missing, not a fact),
and a person without one is not affected
([`NOT_EXCLUDED_BY_SOCIAL_PENSION`][integra.rules.social_employment.NOT_EXCLUDED_BY_SOCIAL_PENSION]).

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

import enum
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from integra.labels import Label, Language
from integra.law import Certainty, Citation, Dated, Timeline
from integra.parameters import UZS, UZS_2022_AMENDMENT
from integra.people import EntitlementKind, SocialSituation
from integra.rules.core import (
    ELIGIBLE,
    UNKNOWN,
    AllOf,
    AnyOf,
    ByLawDate,
    Condition,
    Context,
    Fact,
    Outcome,
    Rule,
    Verdict,
    all_of,
    any_of,
    not_,
)
from integra.rules.disability import HAS_DISABILITY
from integra.rules.status import HasEntitlement, InSituation
from integra.rules.unemployment import LONG_TERM_UNEMPLOYED

if TYPE_CHECKING:
    from integra.rules.core.columns import ColumnFrame

__all__ = [
    "NOT_EXCLUDED_BY_SOCIAL_PENSION",
    "SOCIAL_EMPLOYMENT_CIS",
    "SOCIAL_EMPLOYMENT_KIS",
    "SOCIAL_PENSION_EXCLUSION",
    "UZS_GROUPS",
    "NotExcludedBySocialPension",
    "SocialPensionExclusion",
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
    pl="grupy z art. 1 ust. 2 ustawy o zatrudnieniu socjalnym",
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
        "osoba uzależniona od alkoholu po zakończeniu terapii",
        "alcohol-dependent, therapy completed",
    ),
    _treated(
        _S.DRUG_DEPENDENT,
        "3",
        "osoba uzależniona od narkotyków po zakończeniu terapii",
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


class SocialPensionExclusion(enum.Enum):
    """What is known of the exclusion of persons with a right to a social pension (renta
    socjalna) from social employment (UZS art. 1 ust. 3 pkt 4 of the 2003 text) on a law date.

    * ``END_UNKNOWN``: the point is in the act's text of 2003; when it was repealed is not known,
      so on this date it may or may not apply.
    * ``REPEALED``: the consolidated text reads the point as repealed: a social pension excludes
      no one.

    Examples:
        >>> SocialPensionExclusion.END_UNKNOWN.value
        'end_unknown'
    """

    END_UNKNOWN = "end_unknown"
    REPEALED = "repealed"


_SOCIAL_PENSION_POINT = Citation(UZS, article="1", paragraph="3", point="4")
_REPEAL_KNOWN_BY = date(2011, 2, 2)

SOCIAL_PENSION_EXCLUSION: Timeline[SocialPensionExclusion] = Timeline(
    "UZS art. 1 ust. 3 pkt 4 (renta socjalna), 2003 text",
    (
        Dated(
            SocialPensionExclusion.END_UNKNOWN,
            _BEFORE_START,
            date(2011, 2, 1),
            citation=_SOCIAL_PENSION_POINT,
            certainty=Certainty.DERIVED,
            note=(
                "pkt 4 'renty socjalnej' in the text of Dz.U. 2003 nr 122 poz. 1143 (the Sejm "
                "Chancellery's text; rzeczpospolita.pl copy of the journal); the amending act "
                "and the day of the repeal were not found: in force from the act's start, its "
                "end unknown up to the consolidated text of 2011-02-02; the start date is the "
                "act's entry into force as modelled here, to be checked"
            ),
        ),
        Dated(
            SocialPensionExclusion.REPEALED,
            _REPEAL_KNOWN_BY,
            citation=_SOCIAL_PENSION_POINT,
            certainty=Certainty.DERIVED,
            note=(
                "pkt 4 '(uchylony)' in the consolidated text of 2 February 2011 (Dz.U. 2011 "
                "nr 43 poz. 225) as a copy of it reads (zanotowane.pl), and in the text of "
                "Dz.U. 2025 poz. 83 (infor.pl); derived for the day it holds from, which is "
                "that of the first text found to read so"
            ),
        ),
    ),
)
"""What is known of UZS art. 1 ust. 3 pkt 4 (2003 text: a right to a social pension excludes
from social employment) from the act's start to 2022-02-14: of unknown end up to 2011-02-01,
repealed from 2011-02-02 (the first consolidated text found that reads it so; the text of
2025, Dz.U. 2025 poz. 83, still does). Both entries are ``DERIVED``. The social-employment rules
read it only in their wording before 2022-02-15.

Examples:
    >>> from datetime import date
    >>> SOCIAL_PENSION_EXCLUSION.at(date(2010, 6, 1)).value
    'end_unknown'
    >>> SOCIAL_PENSION_EXCLUSION.at(date(2011, 2, 2)).value
    'repealed'
"""


@attrs.frozen(slots=True, eq=False, repr=False)
class NotExcludedBySocialPension(Condition):
    """Not excluded from social employment by a right to a social pension (renta socjalna, UZS
    art. 1 ust. 3 pkt 4 of the 2003 text), as far as the law is known on the law date: met by a
    person without such a right, and by everyone once the point is repealed; ``UNKNOWN``
    (missing ``Fact.LAW``) for a person with one while the end of the exclusion is not known —
    the answer then turns on law the library does not have.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Entitlement, EntitlementKind, Person, Sex
        >>> pension = Entitlement(EntitlementKind.SOCIAL_PENSION, DateRange(date(2005, 1, 1)))
        >>> p = Person(date(1980, 1, 1), Sex.MALE, entitlements=[pension])
        >>> v = NOT_EXCLUDED_BY_SOCIAL_PENSION.evaluate(p, date(2008, 1, 1))
        >>> v.outcome.value, v.missing_facts == {Fact.LAW}, v.certainty.value
        ('unknown', True, 'derived')
        >>> NOT_EXCLUDED_BY_SOCIAL_PENSION.evaluate(p, date(2012, 1, 1)).outcome.value
        'eligible'
        >>> NOT_EXCLUDED_BY_SOCIAL_PENSION.evaluate(Person(date(1980, 1, 1), Sex.MALE, entitlements=()), date(2008, 1, 1)).outcome.value
        'eligible'
    """

    law: Timeline[Any] | None = attrs.field(default=SOCIAL_PENSION_EXCLUSION, kw_only=True)
    rule_name: ClassVar[str] = "not_excluded_by_social_pension"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.ENTITLEMENTS})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="brak prawa do renty socjalnej wyłączającego zatrudnienie socjalne "
            "(art. 1 ust. 3 pkt 4 w brzmieniu z 2003 r.)",
            en="no right to a social pension excluding social employment "
            "(art. 1(3)(4) as worded in 2003)",
        )

    def _decide(
        self, ctx: Context, version: SocialPensionExclusion
    ) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        held = EntitlementKind.SOCIAL_PENSION in ctx.memo(
            "entitlements", lambda: ctx._person.entitlements_on(ctx._on)
        )
        if held and version is SocialPensionExclusion.END_UNKNOWN:
            return UNKNOWN, held, (Fact.LAW,)
        return ELIGIBLE, held, ()

    def columns(self, frame: ColumnFrame, version: SocialPensionExclusion) -> Any:
        """Columnar kernel (``integra.bulk``): ``UNKNOWN`` (missing the law) for a social pension
        while the exclusion's end is unknown, met otherwise.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE, entitlements=())]), date(2008, 1, 1))
            >>> NOT_EXCLUDED_BY_SOCIAL_PENSION.columns(frame, SocialPensionExclusion.END_UNKNOWN)[0].tolist()
            [2]
        """
        import numpy as np

        from integra.rules.core.columns import fact_bit

        held = frame.covered_with("entitlements", "kind", [EntitlementKind.SOCIAL_PENSION])
        unknown = held & (version is SocialPensionExclusion.END_UNKNOWN)
        codes = np.where(unknown, 1, 2).astype(np.int8)
        return codes, np.where(unknown, fact_bit(Fact.LAW), 0)

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Whether a right to a social pension is held, and what is known of the point."""
        if not verdict.observation:
            return (
                "brak prawa do renty socjalnej"
                if language == "pl"
                else "no right to a social pension"
            )
        if verdict.outcome is UNKNOWN:
            return (
                "prawo do renty socjalnej; nie ustalono, czy art. 1 ust. 3 pkt 4 jeszcze "
                "obowiązywał"
                if language == "pl"
                else "a right to a social pension; whether art. 1(3)(4) still applied is not known"
            )
        return (
            "prawo do renty socjalnej; art. 1 ust. 3 pkt 4 uchylony"
            if language == "pl"
            else "a right to a social pension; art. 1(3)(4) repealed"
        )


NOT_EXCLUDED_BY_SOCIAL_PENSION = NotExcludedBySocialPension()
"""Not excluded by a right to a social pension (UZS art. 1 ust. 3 pkt 4, 2003 text), as far as
the law is known."""


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
        pl=f"osoba uprawniona do zatrudnienia socjalnego ({unit.upper()})",
        en=f"eligible for social employment ({unit.upper()})",
    )
    before: Rule = all_of(
        _GROUPS_BEFORE,
        _POVERTY,
        no_benefit_all,
        NOT_EXCLUDED_BY_SOCIAL_PENSION,
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
