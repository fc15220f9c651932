"""Strategies for the core types: periods, law, people, services.

Examples:
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=25)
    ... @given(date_ranges(open_ended=False))
    ... def check(period):
    ...     assert period.days >= 1
    >>> check()
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st

from integra.labels import Label
from integra.law import Act, Certainty, Citation, Dated, Repeal, Timeline
from integra.parameters import (
    CisRules,
    EffectivenessThresholds,
    IncomeCriterion,
    PaiLimits,
)
from integra.people import (
    Address,
    AssistanceProfile,
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Indication,
    Person,
    ProfileSpell,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialContract,
    SocialSituation,
)
from integra.periods import DateRange, IsoWeek, RangeSet, WeekSlice, weeks_of

__all__ = [
    "acts",
    "addresses",
    "benefit_awards",
    "certificates",
    "cis_rules",
    "citations",
    "date_ranges",
    "dated",
    "dates",
    "effectiveness_thresholds",
    "entitlements",
    "excluded_periods",
    "households",
    "income_criteria",
    "iso_weeks",
    "labels",
    "money",
    "pai_limits",
    "people",
    "pesels",
    "profile_spells",
    "range_sets",
    "registrations",
    "repeals",
    "residences",
    "situation_spells",
    "social_contracts",
    "timelines",
    "week_slices",
]

T = TypeVar("T")

# A dated value is law in force: every certainty but the one of an answer without law.
_VALUE_CERTAINTIES = tuple(c for c in Certainty if c is not Certainty.NO_LAW)

MIN_DATE = date(1930, 1, 1)
MAX_DATE = date(2035, 12, 31)

_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyząęłńóśźż ", min_size=1, max_size=12).filter(
    lambda s: bool(s.strip())
)


def dates(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[date]:
    """Plain dates (never datetimes) between the bounds.

    Examples:
        >>> from datetime import date
        >>> dates(date(2024, 1, 1), date(2024, 1, 1)).example()
        datetime.date(2024, 1, 1)
    """
    return st.dates(min_value=min_value, max_value=max_value)


def money(max_value: int = 20_000) -> st.SearchStrategy[Decimal]:
    """Non-negative złoty amounts with grosz precision.

    Examples:
        >>> money(0).example()
        Decimal('0.00')
    """
    return st.integers(min_value=0, max_value=max_value * 100).map(lambda g: Decimal(g).scaleb(-2))


@st.composite
def date_ranges(
    draw: st.DrawFn,
    min_start: date = MIN_DATE,
    max_start: date = MAX_DATE,
    max_days: int = 3_000,
    open_ended: bool = True,
) -> DateRange:
    """Valid ranges starting between ``min_start`` and ``max_start``, at most ``max_days`` long;
    some open-ended unless ``open_ended`` is false.

    Examples:
        >>> from datetime import date
        >>> date_ranges(date(2024, 1, 1), date(2024, 1, 1), max_days=1, open_ended=False).example()
        DateRange(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 1, 1))
    """
    start = draw(dates(min_start, max_start))
    if open_ended and draw(st.booleans()):
        return DateRange(start)
    length = draw(st.integers(min_value=1, max_value=max_days))
    end = min(start + timedelta(days=length - 1), date(9999, 12, 30))
    return DateRange(start, end)


def range_sets(
    min_start: date = MIN_DATE, max_start: date = MAX_DATE
) -> st.SearchStrategy[RangeSet]:
    """Range sets of up to five ranges.

    Examples:
        >>> isinstance(range_sets().example(), RangeSet)
        True
    """
    return st.lists(date_ranges(min_start, max_start, max_days=400), max_size=5).map(RangeSet)


def iso_weeks() -> st.SearchStrategy[IsoWeek]:
    """ISO weeks between 1930 and 2035.

    Examples:
        >>> isinstance(iso_weeks().example(), IsoWeek)
        True
    """
    return dates().map(IsoWeek.of)


def week_slices() -> st.SearchStrategy[WeekSlice]:
    """Slices of ISO weeks, partial or whole.

    Examples:
        >>> 1 <= week_slices().example().days.days <= 7
        True
    """
    return date_ranges(max_days=7, open_ended=False).map(lambda r: weeks_of(r)[0])


def labels() -> st.SearchStrategy[Label]:
    """Labels with non-empty Polish and English texts.

    Examples:
        >>> bool(labels().example().pl)
        True
    """
    return st.builds(Label, pl=_words, en=_words)


def acts() -> st.SearchStrategy[Act]:
    """Legal sources with Dziennik Ustaw style identifiers.

    Examples:
        >>> acts().example().eli.startswith("DU/")
        True
    """
    return st.builds(
        Act,
        short=st.sampled_from(["UPS", "UPZ", "UZS", "URZ", "UR", "URP"]),
        title_pl=_words,
        of_pl=_words,
        title_en=_words,
        eli=st.builds(lambda y, p: f"DU/{y}/{p}", st.integers(1960, 2030), st.integers(1, 3000)),
        url=st.none() | st.just("https://example.org/act"),
    )


def _unit() -> st.SearchStrategy[str | None]:
    return st.none() | st.integers(1, 200).map(str) | st.sampled_from(["62a", "73a", "4a"])


def repeals() -> st.SearchStrategy[Repeal]:
    """Repeals of a law: a day, the repealing provision, what (if anything) replaced it.

    Examples:
        >>> isinstance(repeals().example().text("pl"), str)
        True
    """
    return st.builds(
        Repeal,
        st.dates(date(2000, 1, 1), date(2040, 12, 31)),
        citations(),
        replaced_by=st.none() | labels(),
        note=st.sampled_from(["", "the repealing article was not read"]),
    )


def citations() -> st.SearchStrategy[Citation]:
    """Citations of arbitrary provisions.

    Examples:
        >>> isinstance(citations().example().text("pl"), str)
        True
    """
    return st.builds(
        Citation,
        act=acts(),
        article=_unit(),
        paragraph=_unit(),
        point=_unit(),
        letter=st.none() | st.sampled_from(["a", "b"]),
        section=st.none() | st.integers(1, 9).map(str),
        url=st.none(),
    )


def dated(values: st.SearchStrategy[T]) -> st.SearchStrategy[Dated[T]]:
    """Single dated values.

    Examples:
        >>> from hypothesis import strategies as st
        >>> dated(st.just(1)).example().value
        1
    """

    def build(
        value: T,
        period: DateRange,
        citation: Citation | None,
        certainty: Certainty,
        note: str,
    ) -> Dated[T]:
        return Dated(
            value,
            period.start,
            period.end,
            citation=citation,
            certainty=certainty,
            note=note,
        )

    return st.builds(
        build,
        values,
        date_ranges(max_days=2_000),
        st.none() | citations(),
        st.sampled_from(_VALUE_CERTAINTIES),
        st.sampled_from(["", "derived from the indexation rule"]),
    )


@st.composite
def timelines(draw: st.DrawFn, values: st.SearchStrategy[T]) -> Timeline[T]:
    """Valid timelines: entries in order, some with ends, some with gaps.

    Examples:
        >>> from hypothesis import strategies as st
        >>> len(timelines(st.integers()).example()) >= 1
        True
    """
    count = draw(st.integers(min_value=1, max_value=5))
    start = draw(dates(date(1990, 1, 1), date(2030, 1, 1)))
    entries: list[Dated[T]] = []
    for _ in range(count):
        kind = draw(st.sampled_from(["open", "closed", "gap"]))
        length = draw(st.integers(min_value=1, max_value=900))
        end = None if kind == "open" else start + timedelta(days=length - 1)
        citation = draw(st.none() | citations())
        certainty = draw(st.sampled_from(_VALUE_CERTAINTIES))
        entries.append(Dated(draw(values), start, end, citation=citation, certainty=certainty))
        start = start + timedelta(days=length + (draw(st.integers(1, 60)) if kind == "gap" else 0))
    return Timeline(draw(st.sampled_from(["demo parameter", "stawka"])), tuple(entries))


def income_criteria() -> st.SearchStrategy[IncomeCriterion]:
    """Income criteria with grosz-precise amounts.

    Examples:
        >>> income_criteria().example().single >= 0
        True
    """
    positive = money(3_000).filter(lambda amount: amount > 0)
    return st.builds(IncomeCriterion, positive, positive)


def pai_limits() -> st.SearchStrategy[PaiLimits]:
    """PAI limit sets.

    Examples:
        >>> pai_limits().example().duration_months >= 1
        True
    """
    hours = st.integers(1, 40).map(Decimal)
    return st.integers(1, 6).flatmap(
        lambda months: st.builds(PaiLimits, hours, hours, st.just(months), st.integers(months, 12))
    )


def cis_rules() -> st.SearchStrategy[CisRules]:
    """CIS rule sets.

    Examples:
        >>> cis_rules().example().basic_months >= 1
        True
    """
    share = st.integers(1, 200).map(lambda p: Decimal(p) / 100)
    hours = st.none() | st.integers(1, 40).map(Decimal)
    return st.builds(
        CisRules,
        st.integers(0, 1),
        st.integers(1, 12),
        st.integers(0, 12),
        hours,
        hours,
        share,
        st.none() | share,
    )


def effectiveness_thresholds() -> st.SearchStrategy[EffectivenessThresholds]:
    """Effectiveness thresholds as shares between 0 and 1.

    Examples:
        >>> 0 <= effectiveness_thresholds().example().social <= 1
        True
    """
    share = st.integers(1, 100).map(lambda p: Decimal(p) / 100)
    return st.builds(EffectivenessThresholds, share, share, citations())


# --- People ---------------------------------------------------------------------------------------

_CENTURY_OFFSET = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


@st.composite
def pesels(draw: st.DrawFn, birth_date: date, sex: Sex) -> str:
    """Valid PESEL numbers for ``birth_date`` and ``sex``.

    Examples:
        >>> from datetime import date
        >>> from integra.people import validate_pesel
        >>> number = pesels(date(2001, 12, 31), Sex.FEMALE).example()
        >>> validate_pesel(number, date(2001, 12, 31), Sex.FEMALE) == number
        True
    """
    century = birth_date.year // 100 * 100
    month = birth_date.month + _CENTURY_OFFSET[century]
    serial = draw(st.integers(0, 999))
    sex_digit = draw(st.sampled_from([0, 2, 4, 6, 8] if sex is Sex.FEMALE else [1, 3, 5, 7, 9]))
    body = f"{birth_date.year % 100:02d}{month:02d}{birth_date.day:02d}{serial:03d}{sex_digit}"
    check = (10 - sum(int(d) * w for d, w in zip(body, _PESEL_WEIGHTS, strict=True)) % 10) % 10
    return body + str(check)


def addresses() -> st.SearchStrategy[Address]:
    """Addresses in a handful of gminas, with house numbers like ``12``, ``12a``, ``7/9``.

    Examples:
        >>> addresses().example().number is not None
        True
    """
    numbers = st.builds(
        lambda n, suffix: f"{n}{suffix}",
        st.integers(1, 250),
        st.sampled_from(["", "a", "b", "/2"]),
    )
    return st.builds(
        Address,
        gmina=st.sampled_from(["Wałbrzych", "Dąbrowa Górnicza", "Świebodzice", "Kłodzko"]),
        house_number=numbers,
        street=st.none() | st.sampled_from(["Główna", "Słowackiego", "1 Maja", "Niepodległości"]),
        locality=st.none() | st.just("Podgórze"),
        flat=st.none() | st.integers(1, 60).map(str),
        teryt=st.none() | st.sampled_from(["0265011", "2465011"]),
        unit=st.none() | st.sampled_from(["Śródmieście", "Podzamcze"]),
    )


def _inside(outer: DateRange, max_days: int = 400) -> st.SearchStrategy[DateRange]:
    last = outer.end if outer.end is not None else outer.start + timedelta(days=3_000)
    span = (last - outer.start).days

    @st.composite
    def build(draw: st.DrawFn) -> DateRange:
        offset = draw(st.integers(0, span))
        start = outer.start + timedelta(days=offset)
        length = draw(st.integers(1, max(1, min(max_days, (last - start).days + 1))))
        return DateRange(start, start + timedelta(days=length - 1))

    return build()


def excluded_periods(within: DateRange) -> st.SearchStrategy[ExcludedPeriod]:
    """Internships or adult vocational preparation inside ``within``.

    Examples:
        >>> from datetime import date
        >>> r = DateRange(date(2024, 1, 1), date(2024, 12, 31))
        >>> r.covers(excluded_periods(r).example().period)
        True
    """
    return st.builds(ExcludedPeriod, st.sampled_from(ExclusionKind), _inside(within, 180))


def profile_spells(within: DateRange) -> st.SearchStrategy[ProfileSpell]:
    """Assistance profiles held inside ``within``.

    Examples:
        >>> from datetime import date
        >>> r = DateRange(date(2015, 1, 1), date(2015, 12, 31))
        >>> r.covers(profile_spells(r).example().period)
        True
    """
    return st.builds(ProfileSpell, st.sampled_from(AssistanceProfile), _inside(within))


@st.composite
def registrations(draw: st.DrawFn, period: DateRange | None = None) -> Registration:
    """Registrations (in ``period`` if given) with valid exclusions and profiles.

    Examples:
        >>> isinstance(registrations().example(), Registration)
        True
    """
    if period is None:
        period = draw(date_ranges(date(2000, 1, 1), date(2030, 1, 1), max_days=1_500))
    exclusions = draw(st.lists(excluded_periods(period), max_size=2))
    profiles = draw(st.lists(profile_spells(period), max_size=1))
    return Registration(period, tuple(exclusions), tuple(profiles))


def benefit_awards(min_start: date = MIN_DATE) -> st.SearchStrategy[BenefitAward]:
    """Benefit awards starting on or after ``min_start``.

    Examples:
        >>> isinstance(benefit_awards().example().kind, BenefitKind)
        True
    """
    return st.builds(
        BenefitAward,
        st.sampled_from(BenefitKind),
        date_ranges(min_start, max(min_start, MAX_DATE), max_days=400),
        st.none() | dates(),
    )


def social_contracts(min_start: date = MIN_DATE) -> st.SearchStrategy[SocialContract]:
    """Social contracts starting on or after ``min_start``.

    Examples:
        >>> isinstance(social_contracts().example(), SocialContract)
        True
    """
    return st.builds(SocialContract, date_ranges(min_start, max(min_start, MAX_DATE), max_days=400))


@st.composite
def certificates(draw: st.DrawFn, min_start: date = MIN_DATE) -> DisabilityCertificate:
    """Consistent certificates: a degree where the source needs one, none for under-16; causes
    and indications sometimes not recorded (``None``).

    Examples:
        >>> c = certificates().example()
        >>> c.effective_degree is not None or c.source is CertificateSource.UNDER_16
        True
    """
    source = draw(st.sampled_from(CertificateSource))
    valid = draw(date_ranges(min_start, max(min_start, MAX_DATE), max_days=3_000))
    if source is CertificateSource.DEGREE:
        degree = draw(st.sampled_from(DisabilityDegree))
    elif source is CertificateSource.UNDER_16:
        degree = None
    else:
        degree = draw(st.sampled_from([None, source.equivalent_degree]))
    return DisabilityCertificate(
        source,
        valid.start,
        valid,
        degree,
        # ``None``: not recorded (a register keeping the degree only). Up to three codes, the
        # most a certificate lists (DERIVED, see ``DisabilityCause``).
        draw(st.one_of(st.frozensets(st.sampled_from(DisabilityCause), max_size=3), st.none())),
        draw(st.one_of(st.frozensets(st.sampled_from(Indication), max_size=1), st.none())),
    )


def residences(period: DateRange) -> st.SearchStrategy[Residence]:
    """A residence over ``period``.

    Examples:
        >>> from datetime import date
        >>> residences(DateRange(date(2020, 1, 1))).example().period.is_open
        True
    """
    return st.builds(Residence, addresses(), st.just(period))


def households(valid: DateRange | None = None) -> st.SearchStrategy[Household]:
    """Household statements (valid over ``valid``, if given).

    Examples:
        >>> households().example().members >= 1
        True
    """
    return st.builds(Household, st.integers(1, 8), money(15_000), st.just(valid))


def situation_spells(min_start: date = MIN_DATE) -> st.SearchStrategy[SituationSpell]:
    """Social situations starting on or after ``min_start``.

    Examples:
        >>> isinstance(situation_spells().example().situation, SocialSituation)
        True
    """
    return st.builds(
        SituationSpell,
        st.sampled_from(SocialSituation),
        date_ranges(min_start, max(min_start, MAX_DATE), max_days=900),
    )


def entitlements(min_start: date = MIN_DATE) -> st.SearchStrategy[Entitlement]:
    """Entitlements to other benefits starting on or after ``min_start``.

    Examples:
        >>> isinstance(entitlements().example().kind, EntitlementKind)
        True
    """
    return st.builds(
        Entitlement,
        st.sampled_from(EntitlementKind),
        date_ranges(min_start, max(min_start, MAX_DATE), max_days=900),
    )


@st.composite
def _consecutive(draw: st.DrawFn, start: date, count: int, max_days: int = 800) -> list[DateRange]:
    """Non-overlapping ranges, in order, starting on or after ``start``; the last may be open."""
    out: list[DateRange] = []
    day = start
    for index in range(count):
        day = day + timedelta(days=draw(st.integers(0, 400)))
        if day > MAX_DATE:  # pragma: no cover - only when ``start`` is within 400 days of the end
            break
        if index == count - 1 and draw(st.booleans()):
            out.append(DateRange(day))
            break
        length = draw(st.integers(1, max_days))
        out.append(DateRange(day, day + timedelta(days=length - 1)))
        day = day + timedelta(days=length)
    return out


@st.composite
def people(
    draw: st.DrawFn,
    min_birth: date = date(1940, 1, 1),
    max_birth: date = date(2012, 12, 31),
    collected: bool | None = None,
) -> Person:
    """People with consistent histories: everything after birth, registrations, residences and
    dated household statements not overlapping, a PESEL (when present) matching birth date and sex.

    Each history is collected (a tuple, possibly empty) or not collected (``None``): with
    ``collected=True`` every history is collected, with ``False`` none is, and by default each is
    drawn either way.

    Examples:
        >>> p = people(collected=True).example()
        >>> all(r.period.start >= p.birth_date for r in p.registrations)
        True
        >>> len(people(collected=False).example().not_collected)
        8
    """
    birth = draw(dates(min_birth, max_birth))
    sex = draw(st.sampled_from(Sex))
    pesel = draw(st.none() | pesels(birth, sex))
    adult = birth + timedelta(days=18 * 365 + 5)
    reg_periods = draw(_consecutive(max(adult, date(2000, 1, 1)), draw(st.integers(0, 3))))
    regs = [draw(registrations(period)) for period in reg_periods]
    homes = [draw(residences(p)) for p in draw(_consecutive(birth, draw(st.integers(0, 2)), 6_000))]
    dated_households = [
        draw(households(p)) for p in draw(_consecutive(adult, draw(st.integers(0, 2)), 600))
    ]
    if draw(st.booleans()):
        dated_households.append(draw(households(None)))
    histories: dict[str, list[Any]] = {
        "registrations": regs,
        "benefit_awards": draw(st.lists(benefit_awards(birth), max_size=3)),
        "social_contracts": draw(st.lists(social_contracts(birth), max_size=1)),
        "certificates": draw(st.lists(certificates(birth), max_size=2)),
        "residences": homes,
        "households": dated_households,
        "situations": draw(st.lists(situation_spells(birth), max_size=2)),
        "entitlements": draw(st.lists(entitlements(birth), max_size=1)),
    }
    kept: dict[str, Any] = {
        name: tuple(records)
        for name, records in histories.items()
        if collected is True or (collected is None and draw(st.booleans()))
    }
    return Person(
        birth,
        sex,
        pesel=pesel,
        reference=draw(st.none() | st.from_regex(r"[A-Z]{2}/[0-9]{4}", fullmatch=True)),
        **kept,
    )
