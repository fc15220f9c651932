"""Social and employment effectiveness of the EU 2014-2020 social-inclusion guidelines.

*Efektywność społeczna* is the share of participants who, after leaving the project, made
progress in social and vocational activation (forms a-h of the managing authorities' lists),
checked within 3 months of leaving. *Efektywność zatrudnieniowa* is the share employed within
3 months — at least 90 calendar days — after the day of leaving, among participants who took
vocational active-integration services and completed the project; leaving early for a job counts
as completing; participants who started school education or received funds to start a business
are left out; employment means an employment contract for at least 3 months at at least half
time, a civil-law contract for 3 months worth at least 3 times the minimum monthly wage, or three months of an
own business. A person in several categories counts in each category; a person who took part
more than once counts once.

The measures belong to the 2014-2020 period: a participant who entered after its last eligible
day ([`LAST_ELIGIBLE_DAY_2014_2020`][integra.outcomes.eu2014.LAST_ELIGIBLE_DAY_2014_2020],
2023-12-31) is refused, and the 2021-2027 indicators
([`integra.outcomes.eu2021`][integra.outcomes.eu2021]) apply instead.

The early version of the guidelines set one combined social-and-employment effectiveness with an
employment floor inside it; the later version two separate floors
([`EFFECTIVENESS_STANDARDS`][integra.outcomes.parameters.EFFECTIVENESS_STANDARDS]).

Examples:
    >>> from datetime import date
    >>> from integra import Sex
    >>> from integra.outcomes.records import *
    >>> people = [
    ...     Participant(f"P{i}", Sex.FEMALE, date(2019, 6, 1), date(2020, 6, 30), ExitReason.COMPLETED,
    ...                 categories={Category.AT_RISK},
    ...                 support=[SupportEpisode("internship", date(2019, 9, 2))],
    ...                 results=[Result(ResultKind.SOCIAL_PROGRESS, date(2020, 6, 30))],
    ...                 employment=[Employment(EmploymentKind.SELF_EMPLOYMENT, date(2020, 7, 1))] if i < 3 else [])
    ...     for i in range(10)
    ... ]
    >>> social, employment = effectiveness(Cohort(people), date(2020, 12, 31), ThresholdGroup.AT_RISK, "later")
    >>> format_rate(social.rate), social.status.value, format_rate(employment.rate), employment.status.value
    ('100.00%', 'met', '30.00%', 'met')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from integra.errors import InvalidValue
from integra.labels import Label
from integra.law import Certainty, Citation
from integra.outcomes.indicators import (
    Achievement,
    Denominator,
    EmploymentCriterion,
    IndicatorDefinition,
    IndicatorResult,
    Threshold,
    Window,
    evaluate,
    format_rate,
)
from integra.outcomes.parameters import (
    CPR_2014_2020,
    EffectivenessStandard,
    ThresholdGroup,
    effectiveness_standard,
)
from integra.outcomes.records import Category, Cohort, EmploymentKind, ResultKind
from integra.parameters import EU_2014_2020
from integra.services import ServiceCategory

__all__ = [
    "EMPLOYMENT_2014_2020",
    "EMPLOYMENT_EFFECTIVENESS",
    "LAST_ELIGIBLE_DAY_2014_2020",
    "SOCIAL_EFFECTIVENESS",
    "SOCIAL_EMPLOYMENT_EFFECTIVENESS",
    "WINDOW_2014_2020",
    "check_period",
    "effectiveness",
    "format_rate",
    "group_category",
    "thresholds",
]

_GUIDELINES = Citation(EU_2014_2020)

LAST_ELIGIBLE_DAY_2014_2020 = date(2023, 12, 31)
"""The last day of the 2014-2020 period: expenditure is eligible if paid by 31 December 2023
(Regulation (EU) No 1303/2013 art. 65 ust. 2, [`CPR_2014_2020`][integra.outcomes.parameters.CPR_2014_2020]).
A participant who entered later is outside the period, and its effectiveness is refused for them.

Examples:
    >>> LAST_ELIGIBLE_DAY_2014_2020.isoformat()
    '2023-12-31'
"""

_PERIOD_END = Citation(CPR_2014_2020, "65", "2")

WINDOW_2014_2020 = Window(90)
"""Three months after leaving, understood as at least 90 calendar days, beginning the day after
the last day of participation (IZ RPO WŁ FAQ of 09.02.2016: "w okresie do trzech miesięcy
(rozumianych jako okres co najmniej 90 dni kalendarzowych), następujących po dniu, w którym
uczestnik zakończył udział w projekcie"). Days 1-90 after leaving are in, day 91 is out."""

EMPLOYMENT_2014_2020 = EmploymentCriterion(
    frozenset(EmploymentKind), 3, Decimal("0.5"), Decimal("3")
)
"""Employment for employment effectiveness: an employment contract for at least 3 months at at
least half time; a civil-law contract for at least 3 months worth at least 3 times the minimum
monthly wage (in force on the day the contract starts: a named choice, the sources do not say
which day); or an own business for at least 3 months (a business recorded as closed sooner does
not count; one with no end recorded does). DERIVED: one labour-office page states it."""

_COMPLETERS = Denominator()

EMPLOYMENT_EFFECTIVENESS = IndicatorDefinition(
    "eu2014.employment_effectiveness",
    Label(pl="efektywność zatrudnieniowa", en="employment effectiveness"),
    Label(
        pl="osoby, które podjęły zatrudnienie w okresie do 3 miesięcy po zakończeniu udziału",
        en="participants employed within 3 months after leaving",
    ),
    Label(
        pl=(
            "osoby, które zakończyły udział (także przerywając go z powodu podjęcia pracy) i "
            "skorzystały z usług aktywnej integracji o charakterze zawodowym, bez osób, które "
            "podjęły naukę w formach szkolnych lub otrzymały środki na działalność gospodarczą"
        ),
        en=(
            "participants who completed the project (leaving early for a job counts) and took "
            "vocational services, without those who started school education or received "
            "start-up funds"
        ),
    ),
    Denominator(
        service_category=ServiceCategory.VOCATIONAL,
        excluded_by=frozenset({ResultKind.SCHOOL_EDUCATION, ResultKind.START_UP_FUNDS}),
    ),
    Achievement(employment=EMPLOYMENT_2014_2020),
    WINDOW_2014_2020,
    _GUIDELINES,
    Certainty.DERIVED,
    (
        "window, early leaving for a job, exclusions and counting persons once: IZ RPO WŁ FAQ "
        "items 62 and 66 (09.02.2016) and WUP Łódź FAQ (CONFIRMED); population of vocational "
        "services: IZ RPO WL FAQ (06.07.2018, CONFIRMED); the employment definition (½ FTE, "
        "3 months, 3 × minimum wage, own business) from one labour-office page (DERIVED)"
    ),
)
"""Employment effectiveness (efektywność zatrudnieniowa), 2014-2020."""

SOCIAL_EFFECTIVENESS = IndicatorDefinition(
    "eu2014.social_effectiveness",
    Label(pl="efektywność społeczna", en="social effectiveness"),
    Label(
        pl="osoby, które osiągnęły postęp w procesie aktywizacji społeczno-zawodowej",
        en="participants who made progress in social and vocational activation",
    ),
    Label(
        pl="osoby, które zakończyły udział (także przerywając go z powodu podjęcia pracy)",
        en="participants who completed the project (leaving early for a job counts)",
    ),
    _COMPLETERS,
    Achievement(frozenset({ResultKind.SOCIAL_PROGRESS})),
    WINDOW_2014_2020,
    _GUIDELINES,
    Certainty.DERIVED,
    (
        "progress forms a-h and the 3-month check: IZ RPO WL FAQ (06.07.2018, CONFIRMED); the "
        "denominator (completers, as for employment) and counting the 3 months as 90 days are "
        "readings (DERIVED)"
    ),
)
"""Social effectiveness (efektywność społeczna), 2014-2020."""

SOCIAL_EMPLOYMENT_EFFECTIVENESS = IndicatorDefinition(
    "eu2014.social_employment_effectiveness",
    Label(pl="efektywność społeczno-zatrudnieniowa", en="social-and-employment effectiveness"),
    Label(
        pl="osoby, które osiągnęły postęp w aktywizacji społeczno-zawodowej lub podjęły zatrudnienie",
        en="participants who made social progress or were employed",
    ),
    Label(
        pl="osoby, które zakończyły udział (także przerywając go z powodu podjęcia pracy)",
        en="participants who completed the project (leaving early for a job counts)",
    ),
    _COMPLETERS,
    Achievement(frozenset({ResultKind.SOCIAL_PROGRESS}), EMPLOYMENT_2014_2020),
    WINDOW_2014_2020,
    _GUIDELINES,
    Certainty.DERIVED,
    (
        "the early version's combined floor (WUP Łódź FAQ, 2015 call, CONFIRMED as thresholds); "
        "reading the combined measure as 'progress or employment' is DERIVED"
    ),
)
"""The early version's combined social-and-employment effectiveness."""


def group_category(group: ThresholdGroup) -> Category:
    """The participant category a threshold group reports on.

    Examples:
        >>> group_category(ThresholdGroup.SEVERE_DISABILITY).value
        'severe_disability'
    """
    return Category.AT_RISK if group is ThresholdGroup.AT_RISK else Category.SEVERE_DISABILITY


def _threshold(standard: EffectivenessStandard, value: Decimal) -> Threshold:
    return Threshold(value, standard.version, standard.citation, standard.certainty)


def thresholds(
    standard: EffectivenessStandard,
) -> tuple[tuple[IndicatorDefinition, Threshold], ...]:
    """The definitions a guideline version checks, each with its threshold.

    Examples:
        >>> later = effectiveness_standard("later", ThresholdGroup.AT_RISK)
        >>> [(d.code, str(t.value)) for d, t in thresholds(later)]
        [('eu2014.social_effectiveness', '0.34'), ('eu2014.employment_effectiveness', '0.22')]
    """
    out: list[tuple[IndicatorDefinition, Threshold]] = []
    if standard.social_employment is not None:
        out.append(
            (SOCIAL_EMPLOYMENT_EFFECTIVENESS, _threshold(standard, standard.social_employment))
        )
    if standard.social is not None:
        out.append((SOCIAL_EFFECTIVENESS, _threshold(standard, standard.social)))
    out.append((EMPLOYMENT_EFFECTIVENESS, _threshold(standard, standard.employment)))
    return tuple(out)


def check_period(cohort: Cohort) -> None:
    """Refuse a cohort with a participant who entered after
    [`LAST_ELIGIBLE_DAY_2014_2020`][integra.outcomes.eu2014.LAST_ELIGIBLE_DAY_2014_2020]: the
    2014-2020 effectiveness does not apply to them. The error names the record's position and
    field, never its id or date.

    Raises:
        InvalidValue: a participant entered after 2023-12-31.

    Examples:
        >>> from datetime import date
        >>> from integra import Sex
        >>> from integra.outcomes.records import Participant
        >>> check_period(Cohort([Participant("A", Sex.MALE, date(2023, 12, 31))]))
        >>> check_period(Cohort([Participant("A", Sex.MALE, date(2024, 1, 2))]))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: Cohort.participants[0].entry: the 2014-2020 effectiveness counts participants who entered by 2023-12-31, the last eligible day of the 2014-2020 period (Art. 65(2) of the Common Provisions Regulation (EU) No 1303/2013 (CPR-2014-2020)); use the 2021-2027 indicators (integra.outcomes.eu2021)
    """
    for index, participant in enumerate(cohort.participants):
        if participant.entry > LAST_ELIGIBLE_DAY_2014_2020:
            raise InvalidValue(
                f"Cohort.participants[{index}].entry: the 2014-2020 effectiveness counts "
                f"participants who entered by {LAST_ELIGIBLE_DAY_2014_2020.isoformat()}, the last "
                f"eligible day of the 2014-2020 period ({_PERIOD_END.text('en')}); use the "
                "2021-2027 indicators (integra.outcomes.eu2021)"
            )


def effectiveness(
    cohort: Cohort,
    as_of: date,
    group: ThresholdGroup,
    version: str,
    *,
    breakdowns: bool = True,
) -> tuple[IndicatorResult, ...]:
    """Every effectiveness measure of guideline ``version`` for ``group``, against its
    threshold: social then employment for the later version, the combined measure then
    employment for the early one.

    ``version`` has no default: the day each version applied from is not known, so the
    project's call must say which one it follows (``"early"``: combined 56% / 46% with an
    employment floor of 22% / 12%; ``"later"``: social 34% and employment 22% / 12%).

    Raises:
        InvalidValue: a participant entered after the 2014-2020 period
            ([`check_period`][integra.outcomes.eu2014.check_period]).

    Examples:
        >>> from datetime import date
        >>> [r.definition.code for r in effectiveness(Cohort([]), date(2020, 1, 1), ThresholdGroup.AT_RISK, "early")]
        ['eu2014.social_employment_effectiveness', 'eu2014.employment_effectiveness']
    """
    standard = effectiveness_standard(version, group)
    check_period(cohort)
    category = group_category(group)
    return tuple(
        evaluate(definition, cohort, as_of, category, threshold, breakdowns=breakdowns)
        for definition, threshold in thresholds(standard)
    )
