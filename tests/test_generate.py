"""The synthetic caseload looks like a caseload: for any seed, nobody is registered as
unemployed before 18 or from the retirement age on (60 for women, 65 for men), nothing an adult
receives begins in childhood, old-age pensions begin at the retirement age, degree certificates
at 16, unemployment benefits lie inside a registration, profiles inside the years profiles
existed, and places are listed in the order of the Polish alphabet. Ages are counted here by
hand, apart from the library's own age arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra.bulk._days import day_number, from_day_number
from integra.bulk.generate import _STREETS, GMINAS, _birthday, generate_tables

# The Polish alphabet (with q, v and x, which Polish names borrow), after digits and separators.
_ORDER = "0123456789 -aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"

# Retirement ages and the ages of the other rules, as the acts set them (UPZ art. 2 ust. 1
# pkt 2; URZ art. 4a for the certificate of a child under 16).
ADULT, WOMEN_RETIRE, MEN_RETIRE, DEGREE_FROM = 18, 60, 65, 16


def polish_key(text: str) -> list[int]:
    """``text`` as positions in the Polish alphabet, for sorting by name."""
    return [_ORDER.index(letter) for letter in text.lower()]


def age(birth: date, day: date) -> int:
    """Completed years on ``day`` (born on 29 February: a year older on 28 February of a common
    year), counted by hand."""
    month_day = (birth.month, birth.day)
    if month_day == (2, 29) and not _leap(day.year):
        month_day = (2, 28)
    return day.year - birth.year - ((day.month, day.day) < month_day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _dates(values: Any) -> list[date | None]:
    """A ``datetime64[D]`` column as dates, ``None`` for an open end."""
    return [None if np.isnat(v) else from_day_number(int(v.astype(np.int64))) for v in values]


def _rows(table: dict[str, Any]) -> Iterator[dict[str, Any]]:
    columns = {
        name: _dates(values) if np.asarray(values).dtype.kind == "M" else list(values)
        for name, values in table.items()
    }
    for i in range(len(columns["person_id"])):
        yield {name: values[i] for name, values in columns.items()}


def test_the_hand_counted_ages_follow_the_civil_code() -> None:
    assert age(date(2004, 2, 29), date(2022, 2, 27)) == 17
    assert age(date(2004, 2, 29), date(2022, 2, 28)) == 18
    assert age(date(2004, 2, 29), date(2024, 2, 28)) == 19
    assert age(date(2004, 2, 29), date(2024, 2, 29)) == 20
    assert age(date(1964, 3, 10), date(2024, 3, 9)) == 59
    assert age(date(1964, 3, 10), date(2024, 3, 10)) == 60


@pytest.mark.parametrize(
    ("birth", "years", "birthday"),
    [
        (date(2004, 2, 29), 18, date(2022, 2, 28)),  # a common year: the 28th
        (date(2004, 2, 29), 20, date(2024, 2, 29)),
        (date(1964, 3, 10), 60, date(2024, 3, 10)),
        (date(1959, 12, 31), 65, date(2024, 12, 31)),
    ],
)
def test_the_day_a_person_attains_an_age(birth: date, years: int, birthday: date) -> None:
    got = _birthday(np.array([day_number(birth)], dtype=np.int64), years)
    assert from_day_number(int(got[0])) == birthday


def test_gminas_and_streets_are_in_the_order_of_the_polish_alphabet() -> None:
    assert list(GMINAS) == sorted(GMINAS, key=polish_key)
    assert list(_STREETS) == sorted(_STREETS, key=polish_key)
    # Python's own order would put "Świebodzice" after "Wałbrzych".
    assert sorted(GMINAS) != list(GMINAS)


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_generated_caseloads_are_plausible(seed: int) -> None:
    tables = generate_tables(300, seed=seed)
    persons = tables["persons"]
    birth = dict(zip(persons["person_id"].tolist(), _dates(persons["birth_date"]), strict=True))
    female = dict(zip(persons["person_id"].tolist(), persons["sex"] == "F", strict=True))

    def retirement(pid: int) -> int:
        return WOMEN_RETIRE if female[pid] else MEN_RETIRE

    registrations: dict[int, list[tuple[date, date | None]]] = {}
    for row in _rows(tables["registrations"]):
        pid, start, end = row["person_id"], row["start"], row["end"]
        assert age(birth[pid], start) >= ADULT
        # Every spell ends before the retirement age, so none is left open past it.
        assert end is not None
        assert age(birth[pid], end) < retirement(pid)
        registrations.setdefault(pid, []).append((start, end))

    def inside_a_registration(pid: int, start: date, end: date | None) -> bool:
        return any(
            s <= start and end is not None and e is not None and end <= e
            for s, e in registrations.get(pid, [])
        )

    for row in _rows(tables["profiles"]):
        assert date(2014, 5, 27) <= row["start"] <= row["end"] <= date(2019, 6, 13)
        assert inside_a_registration(row["person_id"], row["start"], row["end"])
    for row in _rows(tables["exclusions"]):
        assert inside_a_registration(row["person_id"], row["start"], row["end"])

    for name in ("benefit_awards", "situations", "social_contracts"):
        for row in _rows(tables[name]):
            assert age(birth[row["person_id"]], row["start"]) >= ADULT, name
    for row in _rows(tables["certificates"]):
        assert row["issued_on"] == row["start"]
        assert age(birth[row["person_id"]], row["issued_on"]) >= DEGREE_FROM
    for row in _rows(tables["entitlements"]):
        pid, start, end = row["person_id"], row["start"], row["end"]
        if row["kind"] == "old_age_pension":
            assert age(birth[pid], start) >= retirement(pid)
        elif row["kind"] == "work_incapacity_pension":
            assert age(birth[pid], start) >= ADULT
        else:
            assert row["kind"] == "unemployment_benefit"
            assert inside_a_registration(pid, start, end)
            spell_start = min(s for s, _ in registrations[pid])
            assert start == spell_start + timedelta(days=7)
            assert end is not None and end - start <= timedelta(days=364)

    for row in _rows(tables["residences"]):
        assert row["start"] >= birth[row["person_id"]]
        assert row["gmina"] in GMINAS and row["street"] in _STREETS


def test_every_kind_of_record_is_drawn_and_the_draw_is_repeatable() -> None:
    tables = generate_tables(3000, seed=5)
    again = generate_tables(3000, seed=5)
    for name, table in tables.items():
        assert len(table["person_id"]) > 0, name
        for column, values in table.items():
            assert values.tolist() == again[name][column].tolist(), (name, column)
    kinds = set(tables["entitlements"]["kind"].tolist())
    assert kinds == {"old_age_pension", "work_incapacity_pension", "unemployment_benefit"}
    # Some spells are cut at the retirement age: they end the day before it.
    persons = tables["persons"]
    birth = dict(zip(persons["person_id"].tolist(), _dates(persons["birth_date"]), strict=True))
    female = dict(zip(persons["person_id"].tolist(), persons["sex"] == "F", strict=True))
    cut = [
        row
        for row in _rows(tables["registrations"])
        if age(birth[row["person_id"]], row["end"] + timedelta(days=1))
        == (WOMEN_RETIRE if female[row["person_id"]] else MEN_RETIRE)
    ]
    assert cut


@pytest.mark.parametrize("count", [0, 1, 2])
def test_tiny_caseloads_are_drawn_too(count: int) -> None:
    tables = generate_tables(count, seed=3)
    assert len(tables["persons"]["person_id"]) == count
    assert len(generate_tables(count, seed=3, arrow=True)["registrations"]) == len(
        tables["registrations"]["person_id"]
    )
