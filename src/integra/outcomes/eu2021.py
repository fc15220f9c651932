"""Result indicators of EU 2021-2027 projects: the common immediate result indicators for
participants of Regulation (EU) 2021/1057 (ESF+), Annex I, and programme-specific ones added as
data.

"Upon leaving" is read as the Commission's guidance says: within 4 weeks (28 days) of leaving;
when several labour-market events fall in that period only the last one counts, so a participant
is counted as in employment or as engaged in job searching, never both.

A regional programme's own indicator is an
[`IndicatorDefinition`][integra.outcomes.indicators.IndicatorDefinition] like these;
[`SOCIAL_SITUATION_IMPROVED`][integra.outcomes.eu2021.SOCIAL_SITUATION_IMPROVED] is one.

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from integra import Sex
    >>> from integra.outcomes.indicators import evaluate
    >>> from integra.outcomes.records import *
    >>> p = Participant("Q", Sex.MALE, date(2024, 1, 8), date(2024, 6, 28), ExitReason.COMPLETED,
    ...                 labour_status=LabourStatus.INACTIVE,
    ...                 results=[Result(ResultKind.JOB_SEARCH, date(2024, 7, 1))],
    ...                 employment=[Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2024, 7, 20), None, fte=Decimal("1"))])
    >>> cohort = Cohort([p])
    >>> [evaluate(d, cohort, date(2024, 8, 1)).numerator for d in (JOB_SEARCHING, IN_EMPLOYMENT)]
    [0, 1]
"""

from __future__ import annotations

from integra.labels import Label
from integra.law import Act, Certainty, Citation
from integra.outcomes.indicators import (
    Achievement,
    Counting,
    Denominator,
    EmploymentCriterion,
    IndicatorDefinition,
    Window,
)
from integra.outcomes.records import EmploymentKind, ExitReason, LabourStatus, ResultKind

__all__ = [
    "COMMON_RESULT_INDICATORS",
    "EFS_PLUS_ANNEX_I",
    "FEDS_2021_2027",
    "GAINING_QUALIFICATION",
    "IN_EDUCATION_OR_TRAINING",
    "IN_EMPLOYMENT",
    "JOB_SEARCHING",
    "LEAVERS",
    "SOCIAL_SITUATION_IMPROVED",
    "UPON_LEAVING",
]

EFS_PLUS_ANNEX_I = Act(
    short="EFS+ zał. I",
    title_pl="załącznik I do rozporządzenia (UE) 2021/1057 (EFS+): wskaźniki wspólne",
    of_pl="załącznika I do rozporządzenia (UE) 2021/1057 (EFS+)",
    title_en="Annex I to Regulation (EU) 2021/1057 (ESF+): common indicators",
    url="https://eur-lex.europa.eu/eli/reg/2021/1057/oj",
)
"""Annex I of the ESF+ regulation, where the common result indicators are listed."""

FEDS_2021_2027 = Act(
    short="FEDS",
    title_pl="program regionalny Fundusze Europejskie dla Dolnego Śląska 2021–2027",
    of_pl="programu regionalnego Fundusze Europejskie dla Dolnego Śląska 2021–2027",
    title_en="Regional programme European Funds for Lower Silesia 2021-2027",
)
"""The Lower Silesian regional programme 2021-2027 (seed 000's call FEDS.07.05 is under it)."""

UPON_LEAVING = Window(28)
"""Four weeks (28 days) after the day of leaving (SFC support-portal FAQ of 13 April 2023).
Whether the day of leaving is day 0 or day 1 is not stated: here it is day 0, so days 1-28 after
it are in; a definition with ``Window(27)`` counts the day of leaving as day 1 of 28."""

LEAVERS = Denominator(exits=frozenset(ExitReason))
"""Every participant who left, however they left."""

_ANNEX = Citation(EFS_PLUS_ANNEX_I)
_WINDOW_SOURCE = (
    "the 28-day reading of 'upon leaving' and the last-event rule (employment and job searching "
    "exclusive): SFC support-portal FAQ of 13 April 2023 (CONFIRMED as the Commission's guidance)"
)


def _indicator(
    code: str,
    label: Label,
    achievement: Achievement,
    population: Denominator = LEAVERS,
    *,
    denominator: Label | None = None,
    certainty: Certainty = Certainty.DERIVED,
    source: str = "",
) -> IndicatorDefinition:
    return IndicatorDefinition(
        code,
        label,
        label,
        denominator or Label(pl="uczestnicy, którzy opuścili program", en="participants who left"),
        population,
        achievement,
        UPON_LEAVING,
        _ANNEX,
        certainty,
        f"{source}; {_WINDOW_SOURCE}",
    )


JOB_SEARCHING = _indicator(
    "EECR01",
    Label(
        pl="osoby poszukujące pracy po opuszczeniu programu",
        en="participants engaged in job searching upon leaving",
    ),
    Achievement(frozenset({ResultKind.JOB_SEARCH}), counting=Counting.LAST),
    Denominator(exits=frozenset(ExitReason), labour_status=frozenset({LabourStatus.INACTIVE})),
    denominator=Label(
        pl="uczestnicy bierni zawodowo przy wejściu, którzy opuścili program",
        en="participants inactive on entry who left",
    ),
    source=(
        "code and meaning: SFC FAQ (CONFIRMED); counting only participants inactive on entry: "
        "the FAQ's example and 2021-2027 project data (DERIVED)"
    ),
)
"""EECR01: inactive participants engaged in job searching upon leaving."""

IN_EDUCATION_OR_TRAINING = _indicator(
    "EECR02",
    Label(
        pl="osoby, które podjęły kształcenie lub szkolenie po opuszczeniu programu",
        en="participants in education or training upon leaving",
    ),
    Achievement(frozenset({ResultKind.EDUCATION_OR_TRAINING}), counting=Counting.LAST),
    source=(
        "the indicator as named in 2021-2027 projects (DERIVED); the code EECR02 follows the "
        "Commission's numbering, its mapping to this name was not confirmed by a source read"
    ),
)
"""EECR02: participants in education or training upon leaving."""

GAINING_QUALIFICATION = _indicator(
    "EECR03",
    Label(
        pl="osoby, które uzyskały kwalifikacje po opuszczeniu programu",
        en="participants gaining a qualification upon leaving",
    ),
    Achievement(frozenset({ResultKind.QUALIFICATION}), counting=Counting.LAST),
    source=(
        "the indicator as named in 2021-2027 projects, 'measured up to 4 weeks after leaving' "
        "(DERIVED); the code EECR03 follows the Commission's numbering, its mapping to this name "
        "was not confirmed by a source read"
    ),
)
"""EECR03: participants gaining a qualification upon leaving."""

IN_EMPLOYMENT = _indicator(
    "EECR04",
    Label(
        pl="osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, po opuszczeniu programu",
        en="participants in employment, including self-employment, upon leaving",
    ),
    Achievement(employment=EmploymentCriterion(frozenset(EmploymentKind)), counting=Counting.LAST),
    certainty=Certainty.CONFIRMED,
    source="code and meaning: SFC FAQ (CONFIRMED); any employment or self-employment counts",
)
"""EECR04: participants in employment, including self-employment, upon leaving."""

COMMON_RESULT_INDICATORS: tuple[IndicatorDefinition, ...] = (
    JOB_SEARCHING,
    IN_EDUCATION_OR_TRAINING,
    GAINING_QUALIFICATION,
    IN_EMPLOYMENT,
)
"""The four common immediate result indicators for participants."""

SOCIAL_SITUATION_IMPROVED = IndicatorDefinition(
    "programme.social_situation_improved",
    Label(
        pl="osoby, których sytuacja społeczna uległa poprawie po opuszczeniu programu",
        en="participants whose social situation improved upon leaving",
    ),
    Label(
        pl="osoby z poprawą sytuacji społecznej", en="participants whose social situation improved"
    ),
    Label(pl="uczestnicy, którzy opuścili program", en="participants who left"),
    LEAVERS,
    Achievement(frozenset({ResultKind.SOCIAL_SITUATION_IMPROVED}), counting=Counting.LAST),
    UPON_LEAVING,
    Citation(FEDS_2021_2027),
    Certainty.DERIVED,
    (
        "a programme-specific indicator of regional programmes 2021-2027, named so in FEDS 7.5 "
        "project data; its window and definition in the programme's own documents were not read "
        "(DERIVED): an example of adding a programme's indicator as data"
    ),
)
"""A programme-specific social-inclusion result indicator, as data (DERIVED)."""
