"""Social situations and entitlements to benefits outside social assistance."""

from __future__ import annotations

import attrs

from integra.people._common import _is, _Labelled, _labels
from integra.periods import DateRange

__all__ = ["Entitlement", "EntitlementKind", "SituationSpell", "SocialSituation"]


class SocialSituation(_Labelled):
    """Situations recorded about a person that rules depend on: the groups of UZS art. 1 ust. 2
    and the other statuses of the EU at-risk target group.

    Examples:
        >>> SocialSituation.HOMELESS_IN_PROGRAMME.label.pl
        'bezdomny realizujący indywidualny program wychodzenia z bezdomności'
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


_labels(
    {
        SocialSituation.HOMELESS_IN_PROGRAMME: (
            "bezdomny realizujący indywidualny program wychodzenia z bezdomności",
            "homeless person carrying out a programme to leave homelessness",
        ),
        SocialSituation.ALCOHOL_DEPENDENT: (
            "uzależniony od alkoholu",
            "alcohol-dependent",
        ),
        SocialSituation.DRUG_DEPENDENT: (
            "uzależniony od narkotyków lub innych środków odurzających",
            "dependent on drugs or other intoxicants",
        ),
        SocialSituation.ADDICTION_THERAPY_COMPLETED: (
            "po zakończeniu programu psychoterapii lub terapii uzależnienia",
            "has completed addiction psychotherapy or therapy",
        ),
        SocialSituation.MENTAL_DISORDER: (
            "osoba z zaburzeniami psychicznymi",
            "person with mental disorders",
        ),
        SocialSituation.RELEASED_FROM_PRISON: (
            "zwolniony z zakładu karnego, mający trudności w integracji ze środowiskiem",
            "released from prison, with difficulties integrating",
        ),
        SocialSituation.REFUGEE_IN_PROGRAMME: (
            "uchodźca realizujący indywidualny program integracji",
            "refugee carrying out an individual integration programme",
        ),
        SocialSituation.POVERTY: (
            "w sytuacji powodującej ubóstwo",
            "in a situation causing poverty",
        ),
        SocialSituation.UNEMPLOYED_NOT_REGISTERED: (
            "bezrobotny niezarejestrowany (wg BAEL)",
            "unemployed, not registered (Labour Force Survey definition)",
        ),
        SocialSituation.FOSTER_CARE: (
            "przebywający w pieczy zastępczej lub ją opuszczający",
            "in or leaving foster care",
        ),
        SocialSituation.FOOD_AID: (
            "korzystający z Programu Operacyjnego Pomoc Żywnościowa",
            "user of the food-aid programme",
        ),
        SocialSituation.SERVING_SENTENCE: (
            "odbywający karę pozbawienia wolności",
            "serving a prison sentence",
        ),
        SocialSituation.HOMELESS_OR_HOUSING_EXCLUDED: (
            "bezdomny lub dotknięty wykluczeniem z dostępu do mieszkań",
            "homeless or excluded from housing",
        ),
        SocialSituation.DEPENDENT_PERSON: ("osoba niesamodzielna", "dependent person"),
        SocialSituation.YOUTH_CENTRE_RESIDENT: (
            "przebywający w młodzieżowym ośrodku wychowawczym lub socjoterapii",
            "resident of a youth education or sociotherapy centre",
        ),
        SocialSituation.JUVENILE_UNDER_MEASURES: (
            "nieletni objęty środkami wychowawczymi lub poprawczymi",
            "juvenile under educational or correctional measures",
        ),
        SocialSituation.ORPHANHOOD: ("sieroctwo", "orphanhood"),
        SocialSituation.LONG_TERM_ILLNESS: (
            "długotrwała lub ciężka choroba",
            "long-term or serious illness",
        ),
        SocialSituation.DOMESTIC_VIOLENCE: ("przemoc domowa", "domestic violence"),
        SocialSituation.TRAFFICKING_VICTIM: (
            "ofiara handlu ludźmi",
            "victim of human trafficking",
        ),
        SocialSituation.MATERNITY_OR_LARGE_FAMILY: (
            "potrzeba ochrony macierzyństwa lub wielodzietności",
            "protection of maternity or of a large family",
        ),
        SocialSituation.HELPLESSNESS_IN_CARE: (
            "bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego",
            "helplessness in care-and-upbringing and household matters",
        ),
        SocialSituation.FOREIGNER_INTEGRATION: (
            "trudności w integracji cudzoziemca z ochroną lub statusem uchodźcy",
            "integration difficulties of a foreigner with protection status",
        ),
        SocialSituation.RANDOM_EVENT_OR_CRISIS: (
            "zdarzenie losowe i sytuacja kryzysowa",
            "random event and crisis",
        ),
        SocialSituation.DISASTER: (
            "klęska żywiołowa lub ekologiczna",
            "natural or ecological disaster",
        ),
    }
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


class EntitlementKind(_Labelled):
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


_labels(
    {
        EntitlementKind.UNEMPLOYMENT_BENEFIT: (
            "prawo do zasiłku dla bezrobotnych",
            "right to unemployment benefit",
        ),
        EntitlementKind.PRE_RETIREMENT_BENEFIT: (
            "prawo do zasiłku przedemerytalnego",
            "right to pre-retirement benefit",
        ),
        EntitlementKind.PRE_RETIREMENT_ALLOWANCE: (
            "prawo do świadczenia przedemerytalnego",
            "right to pre-retirement allowance",
        ),
        EntitlementKind.STRUCTURAL_PENSION: (
            "prawo do renty strukturalnej",
            "right to a structural pension",
        ),
        EntitlementKind.WORK_INCAPACITY_PENSION: (
            "prawo do renty z tytułu niezdolności do pracy",
            "right to a work-incapacity pension",
        ),
        EntitlementKind.OLD_AGE_PENSION: (
            "prawo do emerytury",
            "right to an old-age pension",
        ),
        EntitlementKind.TEACHER_COMPENSATION: (
            "prawo do nauczycielskiego świadczenia kompensacyjnego",
            "right to the teacher's compensation benefit",
        ),
        EntitlementKind.SOCIAL_PENSION: (
            "prawo do renty socjalnej",
            "right to a social pension (renta socjalna)",
        ),
    }
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
