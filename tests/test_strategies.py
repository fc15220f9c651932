"""Tests of integra.strategies: generated values are valid and registered with hypothesis."""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra import (
    CertificateSource,
    DateRange,
    DisabilityCertificate,
    Household,
    IsoWeek,
    Person,
    RangeSet,
    Registration,
    Timeline,
    WeekSlice,
)
from integra._hypothesis_hook import setup as _hypothesis_setup_hook
from integra.people import HISTORIES, validate_pesel
from integra.programmes.pai import Activity, PaiPlan, Session
from integra.strategies import (
    addresses,
    certificates,
    date_ranges,
    dates,
    households,
    iso_weeks,
    people,
    range_sets,
    register_all,
    registrations,
    timelines,
    week_slices,
)
from integra.strategies import pai as pai_strategies
from integra.strategies.core import (
    MAX_DATE,
    MIN_DATE,
    excluded_periods,
    money,
    profile_spells,
)
from integra.strategies.registry import type_strategies


class TestPeriods:
    @given(dates())
    def test_dates_are_plain_dates_in_bounds(self, day: date) -> None:
        assert type(day) is date
        assert MIN_DATE <= day <= MAX_DATE

    @given(date_ranges(date(2020, 1, 1), date(2020, 12, 31), max_days=30))
    def test_date_ranges_respect_their_bounds(self, period: DateRange) -> None:
        assert date(2020, 1, 1) <= period.start <= date(2020, 12, 31)
        if period.end is not None:
            assert 1 <= period.days <= 30

    @given(date_ranges(open_ended=False))
    def test_closed_ranges_are_closed(self, period: DateRange) -> None:
        assert period.end is not None and period.end >= period.start

    @given(range_sets())
    def test_range_sets_are_normalised(self, ranges: RangeSet) -> None:
        assert RangeSet(ranges.ranges) == ranges
        for first, second in itertools.pairwise(ranges.ranges):
            assert first.end is not None and (second.start - first.end).days >= 2

    @given(iso_weeks(), week_slices())
    def test_weeks(self, week: IsoWeek, part: WeekSlice) -> None:
        assert week == IsoWeek.of(week.range.start)
        assert part.week.range.covers(part.days)
        assert 1 <= part.days.days <= 7

    @given(money())
    def test_money_has_grosz_precision(self, amount: Any) -> None:
        assert amount >= 0
        assert amount == amount.quantize(type(amount)("0.01"))


class TestLaw:
    @given(timelines(st.integers()))
    def test_timelines_are_valid(self, line: Timeline[int]) -> None:
        assert 1 <= len(line) <= 5
        starts = [e.start for e in line]
        assert starts == sorted(set(starts))
        assert line.at(starts[0]) == line.entries[0].value


class TestPeople:
    @given(people())
    def test_people_are_consistent(self, person: Person) -> None:
        birth = person.birth_date
        if person.pesel is not None:
            assert validate_pesel(person.pesel, birth, person.sex) == person.pesel
        registrations = person.registrations or ()
        residences = person.residences or ()
        periods = [r.period for r in registrations] + [r.period for r in residences]
        periods += [c.valid for c in person.certificates or ()]
        assert all(p.start >= birth for p in periods)
        for history in (registrations, residences):
            ordered = sorted((item.period for item in history), key=lambda p: p.start)
            for first, second in itertools.pairwise(ordered):
                assert not first.overlaps(second)
        assert sum(1 for h in person.households or () if h.valid is None) <= 1

    @given(people())
    def test_people_come_with_histories_collected_and_not(self, person: Person) -> None:
        for name in HISTORIES:
            value = getattr(person, name)
            assert value is None or isinstance(value, tuple)

    @given(registrations())
    def test_registrations_hold_their_parts(self, registration: Registration) -> None:
        parts = [e.period for e in registration.exclusions] + [
            p.period for p in registration.profiles
        ]
        assert all(registration.period.covers(part) for part in parts)

    @given(date_ranges(open_ended=False), st.data())
    def test_parts_stay_inside(self, outer: DateRange, data: st.DataObject) -> None:
        assert outer.covers(data.draw(excluded_periods(outer)).period)
        assert outer.covers(data.draw(profile_spells(outer)).period)

    @given(certificates())
    def test_certificates_are_consistent(self, cert: DisabilityCertificate) -> None:
        if cert.source is CertificateSource.UNDER_16:
            assert cert.degree is None and cert.effective_degree is None
        else:
            assert cert.effective_degree is not None
        assert cert.issued_on == cert.valid.start

    @given(households(), addresses())
    def test_households_and_addresses(self, household: Household, address: Any) -> None:
        assert household.members >= 1 and household.monthly_net_income >= 0
        assert address.number is not None and address.number >= 1


class TestRegistration:
    def test_every_public_type_has_a_strategy(self) -> None:
        table = type_strategies()
        expected = {
            "DateRange",
            "RangeSet",
            "IsoWeek",
            "WeekSlice",
            "Label",
            "Act",
            "Citation",
            "IncomeCriterion",
            "PaiLimits",
            "CisRules",
            "EffectivenessThresholds",
            "Address",
            "ExcludedPeriod",
            "ProfileSpell",
            "Registration",
            "BenefitAward",
            "SocialContract",
            "DisabilityCertificate",
            "Residence",
            "Household",
            "SituationSpell",
            "Entitlement",
            "Person",
            "Service",
            "ReintegrationUnit",
        }
        assert expected <= {kind.__name__ for kind in table}

    @pytest.mark.parametrize("hook", [register_all, _hypothesis_setup_hook])
    def test_from_type_after_registration(self, hook: Any) -> None:
        hook()

        @settings(max_examples=10)
        @given(st.from_type(Person))
        def check(person: Person) -> None:
            assert isinstance(person, Person)
            if person.pesel is not None:
                validate_pesel(person.pesel, person.birth_date, person.sex)

        check()

    @given(st.from_type(DateRange), st.from_type(Registration))
    def test_from_type_for_other_types(self, period: DateRange, registration: Registration) -> None:
        assert isinstance(period, DateRange)
        assert isinstance(registration, Registration)


class TestFreshInterpreterImport:
    """The strategies import in an interpreter that has not imported hypothesis yet."""

    @pytest.mark.parametrize(
        "code",
        [
            "from integra.strategies import people",
            "import integra.strategies",
            "import hypothesis; from integra.strategies import people",
        ],
    )
    def test_import_then_from_type(self, code: str) -> None:
        script = (
            f"{code}\n"
            "from hypothesis import strategies as st\n"
            "from integra import Person\n"
            "assert isinstance(st.from_type(Person).example(), Person)\n"
            "print('ok')\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "ok"


class TestPaiPlans:
    def test_a_day_keeps_only_the_sessions_that_fit_in_24_hours(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Every session drawn falls on the window's first day and lasts ten hours, so a third
        # one would make 30 hours: the plan keeps the first two and drops the rest.
        def on_one_day(first: date, last: date) -> st.SearchStrategy[Session]:
            return st.builds(
                Session, st.just(first), st.just(Decimal(10)), st.sampled_from(Activity)
            )

        monkeypatch.setattr(pai_strategies, "sessions", on_one_day)
        kept: set[int] = set()

        @settings(max_examples=50, database=None)
        @given(pai_strategies.plans(max_sessions=4))
        def check(plan: PaiPlan) -> None:
            assert len(plan.sessions) <= 2
            assert sum((s.hours for s in plan.sessions), Decimal(0)) <= 24
            kept.add(len(plan.sessions))

        check()
        assert max(kept) == 2
