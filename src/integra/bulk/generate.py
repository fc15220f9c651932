"""A seeded synthetic caseload: people as a social-assistance centre and a labour office would
record them, drawn in columns (no real data; about a second per million people).

The distributions are chosen to look like a caseload of a mid-sized town's social-assistance
centre, not to estimate any statistic. What would be impossible in a real caseload never happens:

* nobody is registered as unemployed before the 18th birthday or from the retirement age on
  (60 for women, 65 for men: the bounds of
  [`WORKING_AGE`][integra.rules.age.WORKING_AGE] in every modelled version of the law; the
  higher ages of 2013-2017 would allow more, so the lower bound holds under either);
* benefit awards, social situations, social contracts and work-incapacity pensions begin on or
  after the 18th birthday, old-age pensions on or after the retirement age, degree certificates
  on or after the 16th birthday (before it a child gets a certificate without degree, URZ
  art. 4a); nothing begins before birth;
* an unemployment benefit lies inside a registration spell, and a profile inside both its spell
  and the years profiles existed;
* gminas and streets are listed in the order of the Polish alphabet
  ([`GMINAS`][integra.bulk.generate.GMINAS]).

The test suite checks these rules for many seeds (``tests/test_generate.py``). The distributions:

* **persons**: birth dates uniform over 1950-2007; 55 % women (women are the majority of
  social-assistance clients).
* **registrations** (labour office): 0 to 3 spells (no spell for 45 %; none either for a woman
  already 60, or a man 65, in 2014), the first beginning between 2014 and 2023 (within a year
  of the 18th birthday for those who come of age later); a spell lasts 1 to 24 months, 20 %
  are drawn open; the next begins 1 to 300 days after the last ends (1 day: an adjacent spell).
  A spell that reaches the retirement age ends the day before it (an ongoing one too: the
  office deregisters the person then), and one that would begin after it is not drawn. A
  closed spell of more than 200 days has an internship in 30 % of cases, and sometimes a
  second, overlapping one. Spells running between 2014-05-27 and 2019-06-13 carry a profile
  for that part of them in 40 % of cases (I 10 %, II 65 %, III 25 %).
* **benefit awards**: 0 to 3 (none for half), beginning 2016 to mid-2025, 1 to 12 months, 10 %
  open.
* **households**: a statement for 92 % (8 % missing), valid without limit; 1 to 6 members
  (35 % alone), income per person log-normal with median about 650 zł, 10 % with no income.
* **residences**: one for 97 % (3 % not recorded), from birth; 6 % moved once in 2015-2025.
  Gminas: mostly Wałbrzych, then its neighbours; streets drawn from a short list so that part
  of the town falls in [`EXAMPLE_AREA`][integra.bulk.generate.EXAMPLE_AREA].
* **situations**: none for 65 %, else 1 or 2 from the list of UPS art. 7 reasons and
  at-risk categories, from 2015 to mid-2025, a third of them ended.
* **certificates**: 12 % hold a disability certificate (degree), issued 2010-2023, 40 %
  permanent. Each lists one cause symbol (``05-R`` 20 %, ``02-P`` 13 %, ``01-U`` 12 %,
  ``07-S`` 12 %, ``10-N`` 12 %, ``11-I`` 6 %, ``12-C`` 5 %, ``03-L`` 5 %, ``04-O`` 5 %,
  ``06-E`` 4 %, ``08-T`` 3 %, ``09-M`` 3 %), and 20 % list a second, different one (drawn from
  the same shares without the first); ``other`` is never drawn. 10 % carry the
  occupational-therapy indication; for 5 % neither causes nor indications were recorded
  (missing). These shares are invented for illustration.
* **social contracts**: 5 %, 2016-2024. **entitlements**: drawn for 4 %, a third each of
  old-age pensions, work-incapacity pensions (both beginning 2015-2024, half of them open)
  and unemployment benefits (from the eighth day of the person's first registration spell,
  for 180 or 365 days or until the spell ends); one is kept only where the person can hold it
  (about 2 % of people hold one).

Examples:
    >>> pop = generate(1000, seed=7)
    >>> len(pop), generate(1000, seed=7).birth.tolist() == pop.birth.tolist()
    (1000, True)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from integra.bulk._days import OPEN, add_months, day_number
from integra.bulk.population import Population
from integra.people import (
    AssistanceProfile,
    BenefitKind,
    CertificateSource,
    DisabilityCause,
    DisabilityDegree,
    EntitlementKind,
    ExclusionKind,
    Indication,
    SocialSituation,
)
from integra.periods import DateRange
from integra.rules.age import WORKING_AGE_LAW
from integra.rules.revitalisation import Parity, RevitalisationArea, StreetSegment, SubArea

__all__ = ["EXAMPLE_AREA", "GMINAS", "generate", "generate_tables"]

GMINAS = ("Boguszów-Gorce", "Głuszyca", "Szczawno-Zdrój", "Świebodzice", "Wałbrzych")
"""The gminas of the synthetic caseload, in the order of the Polish alphabet (Wałbrzych is the
most frequent)."""
_GMINA_SHARE = (0.07, 0.04, 0.07, 0.12, 0.7)
_STREETS = ("1 Maja", "Główna", "Limanowskiego", "Niepodległości", "Słowackiego", "Wysockiego")

EXAMPLE_AREA = RevitalisationArea(
    "Wałbrzych",
    "XXXIII/412/2016",
    date(2016, 11, 24),
    DateRange(date(2017, 1, 1)),
    [
        SubArea(
            "Śródmieście",
            streets=[StreetSegment("Główna", 1, 99, Parity.ODD), StreetSegment("1 Maja")],
        ),
        SubArea("Podgórze", streets=[StreetSegment("Niepodległości", 2, 60, Parity.EVEN)]),
    ],
)
"""A revitalisation area of the kind seed programme 002 recruits from (figures invented)."""

_SITUATIONS = (
    SocialSituation.POVERTY,
    SocialSituation.ALCOHOL_DEPENDENT,
    SocialSituation.HOMELESS_OR_HOUSING_EXCLUDED,
    SocialSituation.FOOD_AID,
    SocialSituation.UNEMPLOYED_NOT_REGISTERED,
    SocialSituation.LONG_TERM_ILLNESS,
    SocialSituation.DOMESTIC_VIOLENCE,
    SocialSituation.MATERNITY_OR_LARGE_FAMILY,
    SocialSituation.HELPLESSNESS_IN_CARE,
    SocialSituation.ADDICTION_THERAPY_COMPLETED,
    SocialSituation.RELEASED_FROM_PRISON,
    SocialSituation.MENTAL_DISORDER,
)
_SITUATION_SHARE = (0.3, 0.08, 0.06, 0.16, 0.08, 0.1, 0.04, 0.06, 0.04, 0.02, 0.03, 0.03)
_AWARDS = (
    BenefitKind.PERIODIC_ALLOWANCE,
    BenefitKind.PURPOSIVE_ALLOWANCE,
    BenefitKind.PERMANENT_ALLOWANCE,
)
_ENTITLEMENTS = (
    EntitlementKind.OLD_AGE_PENSION,
    EntitlementKind.WORK_INCAPACITY_PENSION,
    EntitlementKind.UNEMPLOYMENT_BENEFIT,
)
_PROFILE_START, _PROFILE_END = day_number(date(2014, 5, 27)), day_number(date(2019, 6, 13))

# The working-age bounds every modelled version of the law shares (18, and 60 for women, 65 for
# men: UPZ art. 2 ust. 1 pkt 2, see ``integra.rules.age``): registrations lie between them and
# old-age pensions begin at the upper one. Between 2013 and 2017 the retirement age was higher;
# ending every spell by the lower bound keeps the caseload plausible under either.
_ADULT = max(entry.value.minimum for entry in WORKING_AGE_LAW.entries)
_WOMEN_RETIRE = min(entry.value.women_max for entry in WORKING_AGE_LAW.entries)
_MEN_RETIRE = min(entry.value.men_max for entry in WORKING_AGE_LAW.entries)
_DEGREE_FROM = (
    16  # a degree of disability is certified from 16, before it without one (URZ art. 4a)
)


def _day(year: int, month: int = 1, day: int = 1) -> int:
    return day_number(date(year, month, day))


class _Coded:
    """A text column drawn as codes into a short list of values: text for numpy, a dictionary
    array for Arrow (no per-row conversion)."""

    def __init__(self, values: Any, codes: Any) -> None:
        self.values = [v.value if hasattr(v, "value") else v for v in values]
        self.codes = np.asarray(codes)

    def text(self) -> Any:
        return np.array(self.values)[self.codes]

    def arrow(self) -> Any:
        import pyarrow as pa

        return pa.DictionaryArray.from_arrays(
            pa.array(self.codes.astype(np.int32)), pa.array(self.values, type=pa.string())
        )


def _texts(values: Any, codes: Any) -> Any:
    return _Coded(values, codes)


def _birthday(birth: Any, age: int) -> Any:
    """The day each person attains ``age`` (born on 29 February: the 28th in a common year, as
    [`Person.age_on`][integra.people.Person.age_on] counts it): found once for each day of the
    range of birth dates, then looked up, since a caseload has far fewer days than people."""
    first = int(birth.min()) if len(birth) else 0
    days = np.arange(first, int(birth.max()) + 1 if len(birth) else 0, dtype=np.int64)
    return add_months(days, 12 * age)[0][birth - first]


def _starts(rng: Any, person: Any, low: Any, high: int) -> tuple[Any, Any]:
    """The rows of ``person`` whose range of days ``low`` (inclusive) to ``high`` (exclusive)
    is not empty, each with a day drawn uniformly in its range."""
    day = low + (rng.random(len(person)) * (high - low)).astype(np.int64)
    keep = low < high
    return person[keep], day[keep]


def _spans(rng: Any, person: Any, start: Any, lengths: Any, open_share: float) -> dict[str, Any]:
    end = start + lengths
    end = np.where(rng.random(len(person)) < open_share, OPEN, end)
    return {"person_id": person, "start": start, "end": end}


def generate_tables(count: int, seed: int = 2019, *, arrow: bool = False) -> dict[str, Any]:
    """The synthetic caseload as tables, ready for
    [`Population.from_tables`][integra.bulk.population.Population.from_tables] or a DataFrame:
    mappings of column names to numpy arrays (dates as ``datetime64[D]``), or with
    ``arrow=True`` pyarrow tables (dates as ``date32``, texts dictionary-encoded), as a Parquet
    file would give them.

    Examples:
        >>> tables = generate_tables(10, seed=1)
        >>> sorted(tables)[:3], list(tables["persons"])
        (['benefit_awards', 'certificates', 'entitlements'], ['person_id', 'birth_date', 'sex'])
        >>> generate_tables(10, seed=1, arrow=True)["persons"].schema.field("sex").type
        DictionaryType(dictionary<values=string, indices=int32, ordered=0>)
    """
    rng = np.random.default_rng(seed)
    ids = np.arange(count, dtype=np.int64)
    birth = rng.integers(_day(1950), _day(2007, 12, 31), count)
    female = rng.random(count) < 0.55
    tables: dict[str, dict[str, Any]] = {
        "persons": {
            "person_id": ids,
            "birth_date": birth,
            "sex": _Coded(["M", "F"], female.astype(np.int8)),
        }
    }
    adult = _birthday(birth, _ADULT)
    retired = np.where(female, _birthday(birth, _WOMEN_RETIRE), _birthday(birth, _MEN_RETIRE))

    # Registrations: up to three non-overlapping spells per person, some adjacent, from the
    # 18th birthday to the day before the retirement age.
    spells = rng.choice(4, count, p=(0.45, 0.3, 0.15, 0.1))
    regs: list[tuple[Any, Any, Any]] = []
    first = np.maximum(_day(2014), adult)
    cursor = first + (rng.random(count) * np.maximum(_day(2024) - first, 365)).astype(np.int64)
    alive = spells > 0
    for k in range(3):
        who = np.flatnonzero(alive & (spells > k))
        start = cursor[who]
        length = rng.integers(30, 730, len(who))
        ongoing = rng.random(len(who)) < 0.2
        end = np.where(ongoing, OPEN, start + length)
        regs.append((who, start, end))
        gap = np.where(rng.random(len(who)) < 0.1, 1, rng.integers(1, 300, len(who)))
        cursor[who] = np.where(ongoing, OPEN, end + gap)
        alive[who[ongoing]] = False
    reg_person = np.concatenate([r[0] for r in regs])
    reg_start = np.concatenate([r[1] for r in regs])
    reg_end = np.concatenate([r[2] for r in regs])
    working = reg_start < retired[reg_person]
    reg_person, reg_start = reg_person[working], reg_start[working]
    reg_end = np.minimum(reg_end[working], retired[reg_person] - 1)
    tables["registrations"] = {"person_id": reg_person, "start": reg_start, "end": reg_end}

    # Internships inside long closed spells, sometimes two that overlap.
    closed = (reg_end != OPEN) & (reg_end - reg_start > 200)
    pick = np.flatnonzero(closed & (rng.random(len(reg_person)) < 0.3))
    second = pick[rng.random(len(pick)) < 0.2]
    rows = np.concatenate([pick, second])
    ex_start = reg_start[rows] + rng.integers(10, 60, len(rows))
    ex_end = np.minimum(ex_start + rng.integers(30, 180, len(rows)), reg_end[rows])
    tables["exclusions"] = {
        "person_id": reg_person[rows],
        "start": ex_start,
        "end": ex_end,
        "kind": np.where(
            rng.random(len(rows)) < 0.9,
            ExclusionKind.INTERNSHIP.value,
            ExclusionKind.ADULT_VOCATIONAL_PREPARATION.value,
        ),
    }

    # Profiles for the part of a spell in the years of profiling.
    in_years = (reg_start <= _PROFILE_END) & (reg_end >= _PROFILE_START)
    rows = np.flatnonzero(in_years & (rng.random(len(reg_person)) < 0.4))
    profiles = list(AssistanceProfile)
    tables["profiles"] = {
        "person_id": reg_person[rows],
        "start": np.maximum(reg_start[rows], _PROFILE_START),
        "end": np.minimum(reg_end[rows], _PROFILE_END),
        "profile": _texts(profiles, rng.choice(3, len(rows), p=(0.1, 0.65, 0.25))),
    }

    # Benefit awards, to adults.
    n_awards = rng.choice(4, count, p=(0.5, 0.3, 0.15, 0.05))
    person = np.repeat(ids, n_awards)
    person, start = _starts(rng, person, np.maximum(_day(2016), adult[person]), _day(2025, 6))
    awards = _spans(rng, person, start, rng.integers(30, 365, len(person)), 0.1)
    awards["kind"] = _texts(_AWARDS, rng.choice(3, len(person), p=(0.5, 0.35, 0.15)))
    tables["benefit_awards"] = awards

    # Households: one statement without a validity limit, or none.
    has = rng.random(count) < 0.92
    person = ids[has]
    members = rng.choice(6, len(person), p=(0.35, 0.2, 0.2, 0.13, 0.08, 0.04)) + 1
    per_person = np.exp(rng.normal(np.log(650), 0.6, len(person)))
    income = np.round(per_person * members * 100).astype(np.int64)
    income[rng.random(len(person)) < 0.1] = 0
    tables["households"] = {"person_id": person, "members": members, "income_grosz": income}

    # Residences: from birth; some moved once.
    has = rng.random(count) < 0.97
    moved = has & (rng.random(count) < 0.06)
    move_day = np.maximum(rng.integers(_day(2015), _day(2025), count), birth + 1)
    person = np.concatenate([ids[has], ids[moved]])
    start = np.concatenate([birth[has], move_day[moved]])
    end = np.concatenate(
        [np.where(moved[has], move_day[has] - 1, OPEN), np.full(moved.sum(), OPEN)]
    )
    size = len(person)
    tables["residences"] = {
        "person_id": person,
        "start": start,
        "end": end,
        "gmina": _texts(GMINAS, rng.choice(len(GMINAS), size, p=_GMINA_SHARE)),
        "street": _texts(_STREETS, rng.integers(0, len(_STREETS), size)),
        "house_number": _Coded([str(k) for k in range(80)], rng.integers(1, 80, size)),
    }

    # Social situations.
    n_sit = rng.choice(3, count, p=(0.65, 0.27, 0.08))
    person = np.repeat(ids, n_sit)
    person, start = _starts(rng, person, np.maximum(_day(2015), adult[person]), _day(2025, 6))
    situations = _spans(rng, person, start, rng.integers(30, 1500, len(person)), 0.67)
    situations["situation"] = _texts(
        _SITUATIONS, rng.choice(len(_SITUATIONS), len(person), p=_SITUATION_SHARE)
    )
    tables["situations"] = situations

    # Disability certificates: a degree is certified from the age of 16.
    person = ids[rng.random(count) < 0.12]
    person, issued = _starts(
        rng, person, np.maximum(_day(2010), _birthday(birth[person], _DEGREE_FROM)), _day(2024)
    )
    certificates = _spans(rng, person, issued, rng.integers(365, 1800, len(person)), 0.4)
    certificates["issued_on"] = issued
    certificates["source"] = np.full(len(person), CertificateSource.DEGREE.value)
    certificates["degree"] = _texts(
        list(DisabilityDegree), rng.choice(3, len(person), p=(0.2, 0.45, 0.35))
    )
    tables["certificates"] = certificates

    # Social contracts, with adults.
    person = ids[rng.random(count) < 0.05]
    person, start = _starts(rng, person, np.maximum(_day(2016), adult[person]), _day(2025))
    tables["social_contracts"] = _spans(rng, person, start, rng.integers(30, 365, len(person)), 0)

    # Entitlements: an old-age pension from the retirement age, a work-incapacity pension from
    # the 18th birthday, an unemployment benefit from the eighth day of the person's first
    # registration spell for 180 or 365 days, ending with the spell at the latest.
    person = ids[rng.random(count) < 0.04]
    kind = rng.integers(0, 3, len(person))
    low = np.maximum(_day(2015), np.where(kind == 0, retired[person], adult[person]))
    start = low + (rng.random(len(person)) * (_day(2025) - low)).astype(np.int64)
    end = np.where(rng.random(len(person)) < 0.5, OPEN, start + rng.integers(90, 2000, len(person)))
    keep = low < _day(2025)
    spell = np.full(count, len(reg_person))  # no spell: the sentinel row after the last
    registered, first_row = np.unique(reg_person, return_index=True)
    spell[registered] = first_row
    spell = spell[person]
    spell_start, spell_end = np.append(reg_start, 0)[spell], np.append(reg_end, 0)[spell]
    benefit = kind == 2
    start = np.where(benefit, spell_start + 7, start)
    end = np.where(benefit, np.minimum(start + rng.choice((179, 364), len(person)), spell_end), end)
    keep = np.where(benefit, (spell < len(reg_person)) & (start <= end), keep)
    entitlements = {"person_id": person[keep], "start": start[keep], "end": end[keep]}
    entitlements["kind"] = _texts(_ENTITLEMENTS, kind[keep])
    tables["entitlements"] = entitlements

    # Causes and indications of the certificates (drawn last: the tables above stay as they
    # were drawn before these columns existed).
    drawn = len(certificates["person_id"])
    first = rng.choice(len(_CAUSES), drawn, p=_CAUSE_SHARE)
    # A second code, different from the first: the shares without the first, renormalised,
    # read with one uniform number per row (as many as a ``choice`` would take, so the draws
    # after it, and the indications, stay the same for a seed).
    wanted = rng.random(drawn) < 0.2
    uniform = rng.random(drawn)
    share = np.asarray(_CAUSE_SHARE)
    cdf = np.cumsum(np.where(np.arange(len(share)) == first[:, None], 0.0, share), axis=1)
    cdf /= cdf[:, -1:]
    other = np.minimum((cdf <= uniform[:, None]).sum(axis=1), len(share) - 1)
    second = np.where(wanted, other, -1)
    therapy = rng.random(drawn) < 0.1
    unrecorded = rng.random(drawn) < 0.05
    causes = np.empty(drawn, dtype=object)
    indications = np.empty(drawn, dtype=object)
    for row in range(drawn):
        if unrecorded[row]:
            continue  # None: not recorded
        codes = {_CAUSES[first[row]], *([_CAUSES[second[row]]] if second[row] >= 0 else [])}
        causes[row] = sorted(codes)
        indications[row] = [_THERAPY] if therapy[row] else []
    certificates["causes"] = causes
    certificates["indications"] = indications

    if arrow:
        return {name: _arrow_table(table) for name, table in tables.items()}
    for table in tables.values():
        for name, values in table.items():
            if isinstance(values, _Coded):
                table[name] = values.text()
        for name in ("birth_date", "start", "end", "issued_on"):
            if name in table:
                days = np.asarray(table[name], dtype=np.int64)
                table[name] = np.where(days == OPEN, np.iinfo(np.int64).min, days).astype(
                    "datetime64[D]"
                )
    return tables


def _arrow_table(table: dict[str, Any]) -> Any:
    import pyarrow as pa

    columns = {}
    for name, values in table.items():
        if isinstance(values, _Coded):
            columns[name] = values.arrow()
        elif name in ("birth_date", "start", "end", "issued_on"):
            days = np.asarray(values, dtype=np.int64)
            columns[name] = pa.array(days.astype(np.int32), mask=days == OPEN).cast(pa.date32())
        elif name in ("causes", "indications"):
            columns[name] = pa.array(list(values), type=pa.list_(pa.string()))
        else:
            columns[name] = pa.array(values)
    return pa.table(columns)


# The twelve symbols of ``DisabilityCause`` (not ``OTHER``) with invented shares.
_CAUSES = tuple(cause.value for cause in DisabilityCause if cause is not DisabilityCause.OTHER)
_CAUSE_SHARE = (0.12, 0.13, 0.05, 0.05, 0.2, 0.04, 0.12, 0.03, 0.03, 0.12, 0.06, 0.05)
_THERAPY = Indication.OCCUPATIONAL_THERAPY.value


def generate(count: int, seed: int = 2019) -> Population:
    """A synthetic caseload of ``count`` people drawn with ``seed`` (see the module's
    description of the distributions).

    Examples:
        >>> pop = generate(500, seed=3)
        >>> bool(0.4 < pop.female.mean() < 0.7)
        True
    """
    tables = generate_tables(count, seed, arrow=True)
    return Population.from_tables(tables.pop("persons"), **tables)
