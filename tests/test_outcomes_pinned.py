"""Outcomes: exact outputs and boundaries that unit tests pin.

Whole explanations in both languages (a cohort report, an indicator while undecided and once
decided, the violations of a reintegration path, the categories' texts, the guideline floors,
the employment criterion, a window counted in months), whole report dictionaries, the rows of a
breakdown, the bounds of a threshold, the last day of a window counted in days though it has
months, the field an optional date's error names, and the refusals of the table readers,
computed by hand from the cohort and the law."""

from __future__ import annotations

import warnings
from datetime import date
from decimal import Decimal

import attrs
import numpy as np
import pytest

import integra.outcomes
from integra import (
    CertificateSource,
    DateRange,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Person,
    Sex,
)
from integra.errors import InvalidValue
from integra.labels import Language
from integra.law import Certainty
from integra.outcomes import indicators, tables
from integra.outcomes.categories import SEVERE_DISABILITY_GROUP
from integra.outcomes.eu2014 import EMPLOYMENT_2014_2020, thresholds
from integra.outcomes.indicators import (
    Achievement,
    BreakdownRow,
    Dimension,
    EmploymentCriterion,
    IndicatorResult,
    Threshold,
    Window,
    WindowPolicy,
    evaluate,
    format_rate,
)
from integra.outcomes.indicators._view import _after_leaving, _ends, _first_job, _view
from integra.outcomes.indicators.evaluation import (
    _CATEGORY_NAMES,
    _codes,
    _joint_keys,
    _mask_names,
)
from integra.outcomes.parameters import (
    MINIMUM_WAGE,
    ThresholdGroup,
    _wage,
    _wage_regulation,
    effectiveness_standard,
)
from integra.outcomes.paths import (
    InstrumentGroup,
    PathInstrument,
    ReintegrationPath,
    validate_path,
)
from integra.outcomes.records import (
    Category,
    Cohort,
    Employment,
    EmploymentKind,
    ExitReason,
    LabourStatus,
    Participant,
    SupportEpisode,
)
from integra.outcomes.report import format_share, report
from integra.outcomes.tables import cohort_from_tables

GUIDELINES_EN = (
    "The Guidelines on social inclusion and combating poverty with ESF and ERDF, 2014-2020 "
    "(EU-2014-2020)"
)
GUIDELINES_PL = (
    "Wytyczne w zakresie realizacji przedsięwzięć w obszarze włączenia społecznego i "
    "zwalczania ubóstwa z wykorzystaniem środków EFS i EFRR na lata 2014–2020"
)
DENOMINATOR_EN = (
    "participants who completed the project (leaving early for a job counts) and took "
    "vocational services, without those who started school education or received start-up funds"
)
DENOMINATOR_PL = (
    "osoby, które zakończyły udział (także przerywając go z powodu podjęcia pracy) i "
    "skorzystały z usług aktywnej integracji o charakterze zawodowym, bez osób, które podjęły "
    "naukę w formach szkolnych lub otrzymały środki na działalność gospodarczą"
)
AT_RISK = frozenset({Category.AT_RISK})
AS_OF = date(2020, 5, 1)


def participant(
    id: str,
    sex: Sex,
    entry: date,
    exit: date | None,
    *,
    exit_reason: ExitReason = ExitReason.COMPLETED,
    labour_status: LabourStatus = LabourStatus.UNEMPLOYED,
    support: list[SupportEpisode] | None = None,
    employment: list[Employment] | None = None,
) -> Participant:
    """A participant at risk of poverty or social exclusion."""
    return Participant(
        id,
        sex,
        entry,
        exit,
        None if exit is None else exit_reason,
        categories=AT_RISK,
        labour_status=labour_status,
        support=support or [],
        employment=employment or [],
    )


# A: completed 2020-01-31, a full-time open-ended job from 2020-02-01: employed (day 1).
# B: completed 2020-01-31, no job: failed once the window closed (2020-04-30).
# C: completed 2020-04-15: the 90-day window runs to 2020-07-14, pending on 2020-05-01.
# D: entered 2020-04-01, still taking part; an internship on 2020-06-01 is after the report.
A = participant(
    "A",
    Sex.FEMALE,
    date(2019, 6, 1),
    date(2020, 1, 31),
    support=[SupportEpisode("internship", date(2019, 9, 1))],
    employment=[
        Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 2, 1), None, fte=Decimal(1))
    ],
)
B = participant(
    "B",
    Sex.MALE,
    date(2019, 6, 1),
    date(2020, 1, 31),
    support=[SupportEpisode("vocational_counselling", date(2019, 9, 1), hours=Decimal(4))],
)
C = participant(
    "C",
    Sex.MALE,
    date(2019, 6, 1),
    date(2020, 4, 15),
    labour_status=LabourStatus.INACTIVE,
    support=[SupportEpisode("job_coach", date(2019, 9, 1), activity="Klub pracy")],
)
D = participant(
    "D",
    Sex.FEMALE,
    date(2020, 4, 1),
    None,
    support=[
        SupportEpisode("psu", date(2020, 4, 10)),
        SupportEpisode("internship", date(2020, 6, 1)),
    ],
)
E = participant(
    "E", Sex.FEMALE, date(2019, 6, 1), date(2019, 8, 30), exit_reason=ExitReason.EARLY_OTHER
)
COHORT = Cohort([A, B, C, D])

# The later guideline version for persons at risk: employment effectiveness at least 22%.
(_, (EMPLOYMENT, EMPLOYMENT_FLOOR)) = thresholds(
    effectiveness_standard("later", ThresholdGroup.AT_RISK)
)

UNDECIDED_EN = f"""employment effectiveness, at risk of poverty or social exclusion, as of 2020-05-01
  numerator: 1 (participants employed within 3 months after leaving)
  denominator: 4 ({DENOMINATOR_EN})
  rate: 25.00% .. 75.00% (achieved so far 1, pending 2, of 4)
  window: 90 calendar days after the day of leaving
  threshold: 22% (version later), {GUIDELINES_EN}; met
  left out: none
  pending: 2
    - still taking part: D
    - the window after leaving is still open: C (decided by 2020-07-14)
  definition: {GUIDELINES_EN}; certainty: derived value"""

UNDECIDED_PL = f"""efektywność zatrudnieniowa, osoba zagrożona ubóstwem lub wykluczeniem społecznym, stan na 01.05.2020 r.
  licznik: 1 (osoby, które podjęły zatrudnienie w okresie do 3 miesięcy po zakończeniu udziału)
  mianownik: 4 ({DENOMINATOR_PL})
  wartość: 25,00% – 75,00% (osiągnięte dotąd 1, w toku 2, z 4)
  okres pomiaru: 90 dni kalendarzowych po dniu zakończenia udziału
  próg: 22% (wersja późniejsza), {GUIDELINES_PL}; osiągnięty
  wyłączeni: brak
  w toku: 2
    - udział trwa: D
    - okres pomiaru po zakończeniu udziału jeszcze trwa: C (rozstrzygnięcie do 14.07.2020 r.)
  definicja: {GUIDELINES_PL}; pewność: wartość wyprowadzona"""

HEAD_EN = """As of 2020-05-01: 4 participants (4 persons), 2 women, 2 men
  at risk of poverty or social exclusion: 4 (100.0%)
Support:
  vocational services: 4 (100.0%)
    vocational counselling: 1 (25.0%)
    internship: 1 (25.0%)
    socially useful work: 1 (25.0%)
    job coach: 1 (25.0%)
    „Klub pracy”: 1 (25.0%)"""

HEAD_PL = """Stan na 01.05.2020 r.: 4 uczestników (4 osoby), kobiety 2, mężczyźni 2
  osoba zagrożona ubóstwem lub wykluczeniem społecznym: 4 (100,0%)
Wsparcie:
  usługi aktywnej integracji o charakterze zawodowym: 4 (100,0%)
    poradnictwo zawodowe: 1 (25,0%)
    staż: 1 (25,0%)
    prace społecznie użyteczne: 1 (25,0%)
    trener pracy: 1 (25,0%)
    „Klub pracy”: 1 (25,0%)"""


# --- the indicator result ------------------------------------------------------------------


def undecided() -> IndicatorResult:
    return evaluate(EMPLOYMENT, COHORT, AS_OF, Category.AT_RISK, EMPLOYMENT_FLOOR)


def test_an_undecided_indicator_explained_in_both_languages() -> None:
    # 1 of 4 achieved so far (25%), 2 pending: best case 3 of 4 (75%); 25% >= 22%: met.
    result = undecided()
    assert result.explain() == UNDECIDED_EN
    assert result.explain("pl") == UNDECIDED_PL


def test_an_undecided_indicator_reported() -> None:
    assert undecided().report() == {
        "indicator": "eu2014.employment_effectiveness",
        "group": "at_risk",
        "as_of": "2020-05-01",
        "numerator": 1,
        "denominator": 4,
        "pending": 2,
        "excluded": 0,
        "rate": "0.25",
        "best_case": "0.75",
        "status": "met",
        "needed": 0,
        "certainty": "derived",
        "explanation": {"pl": UNDECIDED_PL, "en": UNDECIDED_EN},
    }


def test_a_decided_indicator_explained_in_both_languages() -> None:
    # On 2020-08-01 every window has closed: A employed, B and C not; E left early for a
    # reason other than a job and is left out. 1 of 3 = 33.33% >= 22%: met.
    result = evaluate(
        EMPLOYMENT, Cohort([A, B, C, E]), date(2020, 8, 1), Category.AT_RISK, EMPLOYMENT_FLOOR
    )
    assert result.explain() == (
        "employment effectiveness, at risk of poverty or social exclusion, as of 2020-08-01\n"
        "  numerator: 1 (participants employed within 3 months after leaving)\n"
        f"  denominator: 3 ({DENOMINATOR_EN})\n"
        "  rate: 1/3 = 33.33%\n"
        "  window: 90 calendar days after the day of leaving\n"
        f"  threshold: 22% (version later), {GUIDELINES_EN}; met\n"
        "  left out: 1\n"
        "    - left early for a reason other than a job: E\n"
        "  pending: none\n"
        f"  definition: {GUIDELINES_EN}; certainty: derived value"
    )
    assert result.explain("pl") == (
        "efektywność zatrudnieniowa, osoba zagrożona ubóstwem lub wykluczeniem społecznym, "
        "stan na 01.08.2020 r.\n"
        "  licznik: 1 (osoby, które podjęły zatrudnienie w okresie do 3 miesięcy po "
        "zakończeniu udziału)\n"
        f"  mianownik: 3 ({DENOMINATOR_PL})\n"
        "  wartość: 1/3 = 33,33%\n"
        "  okres pomiaru: 90 dni kalendarzowych po dniu zakończenia udziału\n"
        f"  próg: 22% (wersja późniejsza), {GUIDELINES_PL}; osiągnięty\n"
        "  wyłączeni: 1\n"
        "    - przerwanie udziału z powodu innego niż podjęcie pracy: E\n"
        "  w toku: brak\n"
        f"  definicja: {GUIDELINES_PL}; pewność: wartość wyprowadzona"
    )


@pytest.mark.parametrize("value", ["0", "0.22", "1", "1.00"])
def test_a_threshold_from_0_to_1_is_accepted(value: str) -> None:
    assert Threshold(Decimal(value)).value == Decimal(value)


@pytest.mark.parametrize("value", ["1.01", "1.0000001", "-0.01", "2", "NaN", "Infinity"])
def test_a_threshold_outside_0_to_1_is_refused(value: str) -> None:
    with pytest.raises(InvalidValue, match=r"^Threshold\.value must be a Decimal in 0\.\.1$"):
        Threshold(Decimal(value))


def test_a_threshold_carries_the_guidelines_citation() -> None:
    later = effectiveness_standard("later", ThresholdGroup.SEVERE_DISABILITY)
    assert [(d.code, t.value, t.version, t.certainty) for d, t in thresholds(later)] == [
        ("eu2014.social_effectiveness", Decimal("0.34"), "later", Certainty.CONFIRMED),
        ("eu2014.employment_effectiveness", Decimal("0.12"), "later", Certainty.CONFIRMED),
    ]
    assert {t.citation for _, t in thresholds(later)} == {later.citation}
    assert later.citation is not None


# --- the cohort report ---------------------------------------------------------------------


def test_a_cohort_report_explained_in_both_languages() -> None:
    # 4 records of 4 persons entered by 2020-05-01 (2 women, 2 men), all at risk; D's
    # internship of 2020-06-01 comes after the report and is not counted.
    r = report(COHORT, AS_OF, [])
    assert r.explain() == HEAD_EN
    assert r.explain("pl") == HEAD_PL
    assert r.report() == {
        "as_of": "2020-05-01",
        "participants": 4,
        "persons": 4,
        "women": 2,
        "men": 2,
        "categories": {"at_risk": 4},
        "service_categories": {"vocational": 4},
        "services": {"vocational_counselling": 1, "internship": 1, "psu": 1, "job_coach": 1},
        "activities": {"Klub pracy": 1},
        "indicators": [],
    }


def test_a_report_holds_its_indicators_with_their_breakdowns() -> None:
    r = report(COHORT, AS_OF, [(EMPLOYMENT, Category.AT_RISK, EMPLOYMENT_FLOOR)])
    assert r.explain() == HEAD_EN + "\n\n" + UNDECIDED_EN
    assert r.explain("pl") == HEAD_PL + "\n\n" + UNDECIDED_PL
    (result,) = r.indicators
    assert [b.dimension for b in result.breakdowns] == [
        Dimension.SEX,
        Dimension.DISABILITY,
        Dimension.CATEGORY,
        Dimension.SERVICE_CATEGORY,
    ]
    assert result.breakdown(Dimension.SEX).rows[0].denominator == 2


def test_persons_in_the_plural_forms_of_both_languages() -> None:
    # Polish: 1 osoba, 2-4 osoby, 5 osób; English: 1 person, 2 persons, 1 woman, 1 man.
    def head(people: list[Participant], language: Language) -> str:
        return report(Cohort(people), AS_OF, []).explain(language).splitlines()[0]

    assert head([A], "pl") == "Stan na 01.05.2020 r.: 1 uczestnik (1 osoba), kobiety 1, mężczyźni 0"
    assert head([A], "en") == "As of 2020-05-01: 1 participant (1 person), 1 woman, 0 men"
    assert head([A, B], "pl").startswith("Stan na 01.05.2020 r.: 2 uczestników (2 osoby)")
    assert head([A, B], "en").startswith("As of 2020-05-01: 2 participants (2 persons)")
    assert head([B], "en") == "As of 2020-05-01: 1 participant (1 person), 0 women, 1 man"
    assert head([A, B, C, D, E], "pl").startswith("Stan na 01.05.2020 r.: 5 uczestników (5 osób)")


# --- reintegration paths -------------------------------------------------------------------

POKL_EN = (
    "The Rules for preparing, carrying out and accounting for system projects of "
    "social-assistance centres under the Human Capital Operational Programme "
    "(sub-measure 7.1.1) (PO KL 7.1.1)"
)
POKL_PL = (
    "Zasady przygotowania, realizacji i rozliczania projektów systemowych ośrodków pomocy "
    "społecznej, powiatowych centrów pomocy rodzinie oraz regionalnego ośrodka polityki "
    "społecznej w ramach Programu Operacyjnego Kapitał Ludzki"
)


def test_a_vocational_path_too_short_and_outside_its_contract() -> None:
    # "job club" twice (spaces and case aside) is one instrument: 2 distinct, fewer than 3;
    # vocational alone; the second instrument ends after the contract.
    path = ReintegrationPath(
        "SW-01",
        DateRange(date(2009, 3, 2), date(2009, 11, 30)),
        [
            PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "job club"),
            PathInstrument(
                InstrumentGroup.ACTIVATION_VOCATIONAL,
                "internship",
                DateRange(date(2009, 11, 1), date(2009, 12, 31)),
            ),
            PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, " Job Club "),
        ],
    )
    found = validate_path(path)
    assert [(v.code, v.observed_value, v.required_value) for v in found] == [
        ("pokl.path.too_few_instruments", 2, 3),
        ("pokl.path.vocational_alone", None, None),
        ("pokl.path.outside_contract", None, None),
    ]
    assert found.explain().splitlines() == [
        "too few active-integration instruments in the contract: 2 distinct instrument(s); "
        f"required: at least 3 instruments [rule not confirmed] ({POKL_EN})",
        "vocational instruments without a social, educational or health one: groups on the "
        "path: vocational activation instruments; required: a social, educational or health "
        f"activation instrument on the same path [rule not confirmed] ({POKL_EN})",
        "instrument outside the social contract's period: instrument 2 runs "
        "2009-11-01..2009-12-31; required: within 2009-03-02..2009-11-30",
    ]
    assert found.explain("pl").splitlines() == [
        "za mało instrumentów aktywnej integracji w kontrakcie: różnych instrumentów: 2; "
        f"wymagane: co najmniej 3 instrumenty [reguła niepotwierdzona] ({POKL_PL})",
        "instrumenty aktywizacji zawodowej bez instrumentu społecznego, edukacyjnego lub "
        "zdrowotnego: grupy instrumentów w ścieżce: instrumenty aktywizacji zawodowej; "
        "wymagane: instrument aktywizacji społecznej, edukacyjnej lub zdrowotnej w tej samej "
        f"ścieżce [reguła niepotwierdzona] ({POKL_PL})",
        "instrument poza okresem kontraktu socjalnego: instrument 2: od 01.11.2009 r. do "
        "31.12.2009 r.; wymagane: w okresie od 02.03.2009 r. do 30.11.2009 r.",
    ]


def test_an_educational_path_without_social_or_health_instruments() -> None:
    path = ReintegrationPath(
        "E",
        DateRange(date(2009, 1, 1), date(2009, 6, 30)),
        [
            PathInstrument(InstrumentGroup.ACTIVATION_EDUCATIONAL, "course"),
            PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "internship"),
            PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "job club"),
        ],
    )
    found = validate_path(path)
    assert found.codes == ("pokl.path.educational_alone",)
    assert found.explain() == (
        "educational instruments without a social or health one: groups on the path: "
        "vocational activation instruments, educational activation instruments; required: a "
        f"social or health activation instrument on the same path [rule not confirmed] ({POKL_EN})"
    )
    assert found.explain("pl") == (
        "instrumenty aktywizacji edukacyjnej bez instrumentu społecznego lub zdrowotnego: grupy "
        "instrumentów w ścieżce: instrumenty aktywizacji zawodowej, instrumenty aktywizacji "
        "edukacyjnej; wymagane: instrument aktywizacji społecznej lub zdrowotnej w tej samej "
        f"ścieżce [reguła niepotwierdzona] ({POKL_PL})"
    )


# --- categories ----------------------------------------------------------------------------


def certificate(
    degree: DisabilityDegree, causes: set[DisabilityCause] | None
) -> DisabilityCertificate:
    return DisabilityCertificate(
        CertificateSource.DEGREE,
        date(2020, 1, 1),
        DateRange(date(2020, 1, 1)),
        degree,
        causes=causes,
    )


@pytest.mark.parametrize(
    ("certificates", "outcome", "public", "personal"),
    [
        (
            [certificate(DisabilityDegree.SIGNIFICANT, None)],
            "eligible",
            ("in the group", "należy do grupy"),
            ("significant degree", "znaczny stopień niepełnosprawności"),
        ),
        (
            [certificate(DisabilityDegree.LIGHT, {DisabilityCause.INTELLECTUAL})],
            "eligible",
            ("in the group", "należy do grupy"),
            ("intellectual disability", "niepełnosprawność intelektualna"),
        ),
        (
            [
                certificate(
                    DisabilityDegree.MODERATE,
                    {DisabilityCause.MENTAL_ILLNESS, DisabilityCause.SIGHT},
                )
            ],
            "eligible",
            ("in the group", "należy do grupy"),
            ("multiple disabilities", "niepełnosprawności sprzężone"),
        ),
        (
            [certificate(DisabilityDegree.MODERATE, None)],
            "unknown",
            ("causes of disability not recorded", "przyczyny niepełnosprawności niezapisane"),
            ("causes of disability not recorded", "przyczyny niepełnosprawności niezapisane"),
        ),
        (
            [certificate(DisabilityDegree.MODERATE, {DisabilityCause.SIGHT})],
            "not_eligible",
            ("not in the group", "nie należy do grupy"),
            ("not in the group", "nie należy do grupy"),
        ),
    ],
)
def test_the_severe_disability_group_in_both_languages(
    certificates: list[DisabilityCertificate],
    outcome: str,
    public: tuple[str, str],
    personal: tuple[str, str],
) -> None:
    person = Person(date(1990, 1, 1), Sex.MALE, certificates=certificates)
    verdict = SEVERE_DISABILITY_GROUP.evaluate(person, date(2020, 6, 1))
    assert verdict.outcome.value == outcome
    assert (verdict.observed_text("en"), verdict.observed_text("pl")) == public
    assert (
        verdict.observed_text("en", personal=True),
        verdict.observed_text("pl", personal=True),
    ) == personal


# --- parameters and criteria ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "group", "en", "pl"),
    [
        (
            "early",
            ThresholdGroup.AT_RISK,
            "social-and-employment effectiveness at least 56%, of which employment at least 22%",
            "efektywność społeczno-zatrudnieniowa co najmniej 56%, "
            "w tym efektywność zatrudnieniowa co najmniej 22%",
        ),
        (
            "early",
            ThresholdGroup.SEVERE_DISABILITY,
            "social-and-employment effectiveness at least 46%, of which employment at least 12%",
            "efektywność społeczno-zatrudnieniowa co najmniej 46%, "
            "w tym efektywność zatrudnieniowa co najmniej 12%",
        ),
        (
            "later",
            ThresholdGroup.AT_RISK,
            "social effectiveness at least 34%, employment effectiveness at least 22%",
            "efektywność społeczna co najmniej 34%, efektywność zatrudnieniowa co najmniej 22%",
        ),
        (
            "later",
            ThresholdGroup.SEVERE_DISABILITY,
            "social effectiveness at least 34%, employment effectiveness at least 12%",
            "efektywność społeczna co najmniej 34%, efektywność zatrudnieniowa co najmniej 12%",
        ),
    ],
)
def test_the_guideline_floors_in_both_languages(
    version: str, group: ThresholdGroup, en: str, pl: str
) -> None:
    standard = effectiveness_standard(version, group)
    assert standard.describe() == en
    assert standard.describe("pl") == pl


def test_the_employment_criterion_in_both_languages() -> None:
    assert EMPLOYMENT_2014_2020.describe() == (
        "employment contract for at least 3 months at at least 0.5 of full time; "
        "or civil-law contract for at least 3 months worth at least 3 times the minimum "
        "monthly wage; "
        "or own business (self-employment) for at least 3 months"
    )
    assert EMPLOYMENT_2014_2020.describe("pl") == (
        "umowa o pracę na co najmniej 3 mies. w wymiarze co najmniej 0,5 etatu; "
        "albo umowa cywilnoprawna na co najmniej 3 mies. o wartości co najmniej "
        "3-krotności minimalnego wynagrodzenia; "
        "albo działalność gospodarcza na własny rachunek na co najmniej 3 mies."
    )
    loose = EmploymentCriterion({EmploymentKind.CIVIL_LAW}, None, None, Decimal("2.5"))
    assert (
        loose.describe() == "civil-law contract worth at least 2.5 times the minimum monthly wage"
    )
    assert loose.describe("pl") == (
        "umowa cywilnoprawna o wartości co najmniej 2,5-krotności minimalnego wynagrodzenia"
    )


def test_the_minimum_wage_entries_and_their_citations() -> None:
    # The 2017 regulation (Dz.U. 2016 poz. 1456), § 1: 2000 zł from 2017-01-01.
    entry = MINIMUM_WAGE.entry_at(date(2017, 1, 1))
    assert entry == _wage(
        "2000", date(2017, 1, 1), 2017, 2016, 1456, Certainty.CONFIRMED, "the regulation's § 1"
    )
    assert (entry.value, entry.note) == (Decimal(2000), "the regulation's § 1")
    assert entry.citation is not None
    assert entry.citation.act == _wage_regulation(2017, 2016, 1456)
    assert entry.citation.text("en") == (
        "§ 1 of the Council of Ministers regulation on the minimum wage in 2017 "
        "(Dz.U. 2016 poz. 1456) (RM-MW-2017)"
    )
    assert entry.citation.text("pl") == (
        "§ 1 rozporządzenia Rady Ministrów w sprawie wysokości minimalnego wynagrodzenia za "
        "pracę w 2017 r. (Dz.U. 2016 poz. 1456)"
    )


# --- breakdown keys and module attributes --------------------------------------------------


def test_breakdown_keys_name_every_combination() -> None:
    assert _mask_names([Sex.FEMALE, Sex.MALE]) == ["none", "F", "M", "F+M"]
    assert _mask_names([]) == ["none"]
    assert _mask_names(list(Category)) == _CATEGORY_NAMES
    assert len(_CATEGORY_NAMES) == 2 ** len(Category)
    assert _CATEGORY_NAMES[-1] == "+".join(c.value for c in Category)


def test_the_table_readers_are_found_on_the_package() -> None:
    assert integra.outcomes.cohort_from_tables is tables.cohort_from_tables
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert integra.outcomes.Population is indicators.Denominator


def test_an_unknown_name_of_the_indicators_package() -> None:
    with pytest.raises(
        AttributeError, match=r"^module 'integra\.outcomes\.indicators' has no attribute 'Nope'$"
    ):
        _ = indicators.Nope
    with pytest.raises(
        AttributeError, match=r"^module 'integra\.outcomes' has no attribute 'Nope'$"
    ):
        _ = integra.outcomes.Nope


def test_shares_and_rates_are_written_in_english_unless_asked() -> None:
    # 45 of 186 = 24.193...%: one decimal for a share, two for a rate, rounded half up.
    share = Decimal(45) / Decimal(186)
    assert (format_share(share), format_share(share, "pl")) == ("24.2%", "24,2%")
    assert (format_rate(share), format_rate(share, "pl")) == ("24.19%", "24,19%")
    assert (format_share(Decimal(1)), format_rate(Decimal(1), "pl")) == ("100.0%", "100,00%")
    for write in (format_share, format_rate):
        with pytest.raises(InvalidValue, match="language must be 'pl' or 'en'"):
            write(share, "EN")  # type: ignore[arg-type]


# --- windows counted in months -------------------------------------------------------------

MONTHS_WINDOW = attrs.evolve(EMPLOYMENT, window=Window(90, 3, WindowPolicy.MONTHS_AT_LEAST_DAYS))
# F left on 2020-05-31: 3 months from 2020-06-01 end on 2020-08-31, 2 days after the 90th day
# (2020-08-29). Her job starts on the last day of the window.
F = participant(
    "F",
    Sex.FEMALE,
    date(2019, 6, 1),
    date(2020, 5, 31),
    support=[SupportEpisode("internship", date(2019, 9, 1))],
    employment=[
        Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 8, 31), None, fte=Decimal(1))
    ],
)


def test_a_window_of_months_ends_on_the_last_day_of_the_months() -> None:
    # On 2020-08-30 the window is still open (90 days alone would have closed it): pending,
    # best case 1 of 1; 0% so far against 22%: undecided, 1 more needed.
    result = evaluate(
        MONTHS_WINDOW, Cohort([F]), date(2020, 8, 30), Category.AT_RISK, EMPLOYMENT_FLOOR
    )
    assert result.explain() == (
        "employment effectiveness, at risk of poverty or social exclusion, as of 2020-08-30\n"
        "  numerator: 0 (participants employed within 3 months after leaving)\n"
        f"  denominator: 1 ({DENOMINATOR_EN})\n"
        "  rate: 0.00% .. 100.00% (achieved so far 0, pending 1, of 1)\n"
        "  window: 3 months after the day of leaving, at least 90 days\n"
        f"  threshold: 22% (version later), {GUIDELINES_EN}; undecided; 1 more needed\n"
        "  left out: none\n"
        "  pending: 1\n"
        "    - the window after leaving is still open: F (decided by 2020-08-31)\n"
        f"  definition: {GUIDELINES_EN}; certainty: derived value"
    )
    assert result.explain("pl") == (
        "efektywność zatrudnieniowa, osoba zagrożona ubóstwem lub wykluczeniem społecznym, "
        "stan na 30.08.2020 r.\n"
        "  licznik: 0 (osoby, które podjęły zatrudnienie w okresie do 3 miesięcy po "
        "zakończeniu udziału)\n"
        f"  mianownik: 1 ({DENOMINATOR_PL})\n"
        "  wartość: 0,00% – 100,00% (osiągnięte dotąd 0, w toku 1, z 1)\n"
        "  okres pomiaru: 3 mies. po dniu zakończenia udziału, nie mniej niż 90 dni\n"
        f"  próg: 22% (wersja późniejsza), {GUIDELINES_PL}; nierozstrzygnięty; brakuje 1 osoby\n"
        "  wyłączeni: brak\n"
        "  w toku: 1\n"
        "    - okres pomiaru po zakończeniu udziału jeszcze trwa: F (rozstrzygnięcie do "
        "31.08.2020 r.)\n"
        f"  definicja: {GUIDELINES_PL}; pewność: wartość wyprowadzona"
    )
    # Once the window has closed, the job of its last day counts: 1 of 1.
    decided = evaluate(
        MONTHS_WINDOW, Cohort([F]), date(2020, 9, 1), Category.AT_RISK, EMPLOYMENT_FLOOR
    )
    assert (decided.numerator, decided.denominator, decided.pending) == (1, 1, ())


# --- breakdowns ----------------------------------------------------------------------------


def test_the_disability_breakdown_names_each_kind_of_participant() -> None:
    # One man each: no disability; a disability (employed after leaving); a severe disability
    # (also a disability); a disability the rules could not decide. All completed on
    # 2020-01-31; on 2020-08-01 every window has closed.
    def man(id: str, categories: set[Category], undetermined: set[Category]) -> Participant:
        job = Employment(EmploymentKind.EMPLOYMENT_CONTRACT, date(2020, 2, 1), None, fte=Decimal(1))
        return Participant(
            id,
            Sex.MALE,
            date(2019, 6, 1),
            date(2020, 1, 31),
            ExitReason.COMPLETED,
            categories=frozenset(categories),
            undetermined=frozenset(undetermined),
            support=[SupportEpisode("internship", date(2019, 9, 1))],
            employment=[job] if id == "O" else [],
        )

    disability = {Category.DISABILITY}
    cohort = Cohort(
        [
            man("N", set(), set()),
            man("O", disability, set()),
            man("S", disability | {Category.SEVERE_DISABILITY}, set()),
            man("U", set(), disability),
        ]
    )
    result = evaluate(EMPLOYMENT, cohort, date(2020, 8, 1))
    assert result.breakdown(Dimension.DISABILITY).rows == (
        BreakdownRow("none", 0, 0, 1),
        BreakdownRow("other", 1, 0, 1),
        BreakdownRow("severe", 0, 0, 1),
        BreakdownRow("undetermined", 0, 0, 1),
    )


# --- definitions and the work done once ----------------------------------------------------


def test_an_achievement_needs_something_to_count() -> None:
    with pytest.raises(
        InvalidValue, match=r"^Achievement needs results or an employment criterion$"
    ):
        Achievement()


def test_a_view_works_out_each_table_once() -> None:
    # A view keeps what it worked out: asked again, it gives the same object back.
    view = _view(COHORT, AS_OF)
    criterion = EMPLOYMENT.achievement.employment
    assert criterion is not None
    assert _after_leaving(view) is _after_leaving(view)
    assert _first_job(view, criterion) is _first_job(view, criterion)
    assert _ends(view, EMPLOYMENT.window) is _ends(view, EMPLOYMENT.window)
    assert _joint_keys(view) is _joint_keys(view)
    assert _codes(EMPLOYMENT, view, AS_OF) is _codes(EMPLOYMENT, view, AS_OF)


# --- tables --------------------------------------------------------------------------------

ENTERED = {"participant_id": ["K-1"], "sex": ["F"], "entry": [date(2020, 1, 6)]}


def test_money_of_mixed_kinds_refuses_floats_and_keeps_missing_values() -> None:
    # Text, a float and a missing value: Python objects. A float is never money; a missing
    # value is no value (as an employment contract has).
    values = np.empty(3, dtype=object)
    values[:] = ["1000.00", 1500.5, None]
    read = cohort_from_tables(
        {**ENTERED, "exit": [date(2020, 1, 31)], "exit_reason": ["completed"]},
        employment={
            "participant_id": ["K-1"] * 3,
            "kind": ["civil_law", "civil_law", "employment_contract"],
            "start": [date(2020, 2, 1)] * 3,
            "fte": [None, None, "1"],
            "value": values,
        },
        errors="refuse",
    )
    rows = read.refused_rows
    assert (rows.table, rows.row, rows.column, rows.reason) == (
        ["employment"],
        [1],
        ["value"],
        ["must hold numbers in decimal notation"],
    )
    assert read.refused == (0,)


def test_text_and_service_columns_are_named_in_their_refusals() -> None:
    with pytest.raises(InvalidValue) as caught:
        cohort_from_tables(
            ENTERED,
            support={"participant_id": ["K-1"], "service": [""], "start": [date(2020, 1, 6)]},
        )
    assert str(caught.value) == (
        "table 'support', column 'service': has empty text; leave the value missing instead (row 0)"
    )
    with pytest.raises(InvalidValue) as caught:
        cohort_from_tables({**ENTERED, "person": ["  "]})
    assert str(caught.value) == (
        "table 'participants', column 'person': has empty text; leave the value missing "
        "instead (row 0)"
    )


def test_a_person_key_like_a_pesel_is_refused_before_the_other_tables() -> None:
    # The support row names nobody, but the participants table is checked first.
    with pytest.raises(InvalidValue) as caught:
        cohort_from_tables(
            {**ENTERED, "person": ["44051401458"]},
            support={"participant_id": ["Z-9"], "service": ["psu"], "start": [date(2020, 1, 6)]},
        )
    assert str(caught.value) == (
        "table 'participants', column 'person': Participant.person must be a pseudonym: "
        "eleven digits look like a PESEL (row 0)"
    )


def test_an_id_refused_by_its_record_is_refused_under_participant_id() -> None:
    # Eleven digits split by a no-break space: the record's check (Python's white space) reads
    # them as a PESEL, and names the id's column.
    with pytest.raises(InvalidValue) as caught:
        cohort_from_tables({**ENTERED, "participant_id": ["440514\u00a001458"]})
    assert str(caught.value) == (
        "table 'participants', column 'participant_id': Participant.id must be a pseudonym: "
        "eleven digits look like a PESEL (row 0)"
    )


def test_a_window_of_days_ignores_its_months() -> None:
    # The DAYS policy counts days alone: 28 days after 2024-02-01 is 2024-02-29, though 3
    # months from 2024-02-02 would run to 2024-05-01.
    window = Window(28, 3, WindowPolicy.DAYS)
    assert window.last_day(date(2024, 2, 1)) == date(2024, 2, 29)


def test_an_optional_date_that_is_not_a_date_is_refused_by_its_field_name() -> None:
    with pytest.raises(InvalidValue) as caught:
        Participant("K-1", Sex.FEMALE, date(2020, 1, 6), "2020-02-01")  # type: ignore[arg-type]
    assert str(caught.value) == "Participant.exit must be a datetime.date or None"
    with pytest.raises(InvalidValue) as caught:
        SupportEpisode("psu", date(2020, 1, 6), "2020-02-01")  # type: ignore[arg-type]
    assert str(caught.value) == "SupportEpisode.end must be a datetime.date or None"
