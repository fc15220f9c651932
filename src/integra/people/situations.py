"""Social situations and entitlements to benefits outside social assistance."""

from __future__ import annotations

import attrs

from integra.labels import Label, LabelledEnum, set_labels
from integra.people._common import _is
from integra.periods import DateRange

__all__ = ["Entitlement", "EntitlementKind", "SituationSpell", "SocialSituation"]


class SocialSituation(LabelledEnum):
    """Situations recorded about a person that rules depend on: the groups of UZS art. 1 ust. 2
    and the other statuses of the EU at-risk target group.

    Examples:
        >>> SocialSituation.HOMELESS_IN_PROGRAMME.label.pl
        'osoba bezdomna realizująca indywidualny program wychodzenia z bezdomności'
    """

    HOMELESS_IN_PROGRAMME = "homeless_in_programme"
    ALCOHOL_DEPENDENT = "alcohol_dependent"
    DRUG_DEPENDENT = "drug_dependent"
    ADDICTION_THERAPY_COMPLETED = "addiction_therapy_completed"
    MENTAL_DISORDER = "mental_disorder"
    RELEASED_FROM_PRISON = "released_from_prison"
    REFUGEE_IN_PROGRAMME = "refugee_in_programme"
    POVERTY = "poverty"
    UNEMPLOYED_NOT_REGISTERED = "unemployed_not_registered"
    FOSTER_CARE = "foster_care"
    FOOD_AID = "food_aid"
    SERVING_SENTENCE = "serving_sentence"
    HOMELESS_OR_HOUSING_EXCLUDED = "homeless_or_housing_excluded"
    DEPENDENT_PERSON = "dependent_person"
    YOUTH_CENTRE_RESIDENT = "youth_centre_resident"
    JUVENILE_UNDER_MEASURES = "juvenile_under_measures"
    ORPHANHOOD = "orphanhood"
    LONG_TERM_ILLNESS = "long_term_illness"
    DOMESTIC_VIOLENCE = "domestic_violence"
    TRAFFICKING_VICTIM = "trafficking_victim"
    MATERNITY_OR_LARGE_FAMILY = "maternity_or_large_family"
    HELPLESSNESS_IN_CARE = "helplessness_in_care"
    FOREIGNER_INTEGRATION = "foreigner_integration"
    RANDOM_EVENT_OR_CRISIS = "random_event_or_crisis"
    DISASTER = "disaster"


set_labels(
    SocialSituation,
    {
        SocialSituation.HOMELESS_IN_PROGRAMME: Label(
            pl="osoba bezdomna realizująca indywidualny program wychodzenia z bezdomności",
            en="homeless person carrying out a programme to leave homelessness",
        ),
        SocialSituation.ALCOHOL_DEPENDENT: Label(
            pl="osoba uzależniona od alkoholu", en="alcohol-dependent"
        ),
        SocialSituation.DRUG_DEPENDENT: Label(
            pl="osoba uzależniona od narkotyków lub innych środków odurzających",
            en="dependent on drugs or other intoxicants",
        ),
        SocialSituation.ADDICTION_THERAPY_COMPLETED: Label(
            pl="po zakończeniu programu psychoterapii lub terapii uzależnienia",
            en="has completed addiction psychotherapy or therapy",
        ),
        SocialSituation.MENTAL_DISORDER: Label(
            pl="osoba z zaburzeniami psychicznymi", en="person with mental disorders"
        ),
        SocialSituation.RELEASED_FROM_PRISON: Label(
            pl="osoba zwolniona z zakładu karnego, mająca trudności w integracji ze środowiskiem",
            en="released from prison, with difficulties integrating",
        ),
        SocialSituation.REFUGEE_IN_PROGRAMME: Label(
            pl="osoba ze statusem uchodźcy realizująca indywidualny program integracji",
            en="refugee carrying out an individual integration programme",
        ),
        SocialSituation.POVERTY: Label(
            pl="w sytuacji powodującej ubóstwo", en="in a situation causing poverty"
        ),
        SocialSituation.UNEMPLOYED_NOT_REGISTERED: Label(
            pl="osoba bezrobotna niezarejestrowana (według BAEL)",
            en="unemployed, not registered (Labour Force Survey definition)",
        ),
        SocialSituation.FOSTER_CARE: Label(
            pl="osoba przebywająca w pieczy zastępczej lub ją opuszczająca",
            en="in or leaving foster care",
        ),
        SocialSituation.FOOD_AID: Label(
            pl="osoba korzystająca z Programu Operacyjnego Pomoc Żywnościowa",
            en="user of the food-aid programme",
        ),
        SocialSituation.SERVING_SENTENCE: Label(
            pl="osoba odbywająca karę pozbawienia wolności", en="serving a prison sentence"
        ),
        SocialSituation.HOMELESS_OR_HOUSING_EXCLUDED: Label(
            pl="osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań",
            en="homeless or excluded from housing",
        ),
        SocialSituation.DEPENDENT_PERSON: Label(pl="osoba niesamodzielna", en="dependent person"),
        SocialSituation.YOUTH_CENTRE_RESIDENT: Label(
            pl=(
                "osoba przebywająca w młodzieżowym ośrodku wychowawczym lub młodzieżowym "
                "ośrodku socjoterapii"
            ),
            en="resident of a youth education or sociotherapy centre",
        ),
        SocialSituation.JUVENILE_UNDER_MEASURES: Label(
            pl="osoba nieletnia objęta środkami wychowawczymi lub poprawczymi",
            en="juvenile under educational or correctional measures",
        ),
        SocialSituation.ORPHANHOOD: Label(pl="sieroctwo", en="orphanhood"),
        SocialSituation.LONG_TERM_ILLNESS: Label(
            pl="długotrwała lub ciężka choroba", en="long-term or serious illness"
        ),
        SocialSituation.DOMESTIC_VIOLENCE: Label(pl="przemoc domowa", en="domestic violence"),
        SocialSituation.TRAFFICKING_VICTIM: Label(
            pl="ofiara handlu ludźmi", en="victim of human trafficking"
        ),
        SocialSituation.MATERNITY_OR_LARGE_FAMILY: Label(
            pl="potrzeba ochrony macierzyństwa lub wielodzietności",
            en="protection of maternity or of a large family",
        ),
        SocialSituation.HELPLESSNESS_IN_CARE: Label(
            pl="bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego",
            en="helplessness in care-and-upbringing and household matters",
        ),
        SocialSituation.FOREIGNER_INTEGRATION: Label(
            pl="trudności w integracji cudzoziemca z ochroną lub statusem uchodźcy",
            en="integration difficulties of a foreigner with protection status",
        ),
        SocialSituation.RANDOM_EVENT_OR_CRISIS: Label(
            pl="zdarzenie losowe i sytuacja kryzysowa", en="random event and crisis"
        ),
        SocialSituation.DISASTER: Label(
            pl="klęska żywiołowa lub ekologiczna", en="natural or ecological disaster"
        ),
    },
)


@attrs.frozen(slots=True)
class SituationSpell:
    """A social situation that held for a period. ``repr()`` shows the period only: a situation
    (dependence, violence, prison) is sensitive.

    Attributes:
        situation: What was the case.
        period: When.

    Examples:
        >>> from datetime import date
        >>> SituationSpell(SocialSituation.POVERTY, DateRange(date(2024, 1, 1))).situation.value
        'poverty'
    """

    situation: SocialSituation = attrs.field(
        validator=_is(SocialSituation, "SituationSpell"), repr=False
    )
    period: DateRange = attrs.field(validator=_is(DateRange, "SituationSpell"))


class EntitlementKind(LabelledEnum):
    """Benefits outside social assistance whose receipt excludes a person from some programmes
    (e.g. social employment, UZS art. 1 ust. 3; socially useful work, UPZ art. 73a).

    Examples:
        >>> EntitlementKind.UNEMPLOYMENT_BENEFIT.label.pl
        'prawo do zasiłku dla bezrobotnych'
    """

    UNEMPLOYMENT_BENEFIT = "unemployment_benefit"
    PRE_RETIREMENT_BENEFIT = "pre_retirement_benefit"
    PRE_RETIREMENT_ALLOWANCE = "pre_retirement_allowance"
    STRUCTURAL_PENSION = "structural_pension"
    WORK_INCAPACITY_PENSION = "work_incapacity_pension"
    OLD_AGE_PENSION = "old_age_pension"
    TEACHER_COMPENSATION = "teacher_compensation"
    SOCIAL_PENSION = "social_pension"


set_labels(
    EntitlementKind,
    {
        EntitlementKind.UNEMPLOYMENT_BENEFIT: Label(
            pl="prawo do zasiłku dla bezrobotnych", en="right to unemployment benefit"
        ),
        EntitlementKind.PRE_RETIREMENT_BENEFIT: Label(
            pl="prawo do zasiłku przedemerytalnego", en="right to pre-retirement benefit"
        ),
        EntitlementKind.PRE_RETIREMENT_ALLOWANCE: Label(
            pl="prawo do świadczenia przedemerytalnego", en="right to pre-retirement allowance"
        ),
        EntitlementKind.STRUCTURAL_PENSION: Label(
            pl="prawo do renty strukturalnej", en="right to a structural pension"
        ),
        EntitlementKind.WORK_INCAPACITY_PENSION: Label(
            pl="prawo do renty z tytułu niezdolności do pracy",
            en="right to a work-incapacity pension",
        ),
        EntitlementKind.OLD_AGE_PENSION: Label(
            pl="prawo do emerytury", en="right to an old-age pension"
        ),
        EntitlementKind.TEACHER_COMPENSATION: Label(
            pl="prawo do nauczycielskiego świadczenia kompensacyjnego",
            en="right to the teacher's compensation benefit",
        ),
        EntitlementKind.SOCIAL_PENSION: Label(
            pl="prawo do renty socjalnej", en="right to a social pension (renta socjalna)"
        ),
    },
)


@attrs.frozen(slots=True)
class Entitlement:
    """A right to a benefit held for a period.

    Attributes:
        kind: The benefit.
        period: When the right held.

    Examples:
        >>> from datetime import date
        >>> Entitlement(EntitlementKind.OLD_AGE_PENSION, DateRange(date(2024, 1, 1))).kind.value
        'old_age_pension'
    """

    kind: EntitlementKind = attrs.field(validator=_is(EntitlementKind, "Entitlement"))
    period: DateRange = attrs.field(validator=_is(DateRange, "Entitlement"))
