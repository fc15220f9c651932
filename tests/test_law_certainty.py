"""Certainty of law values: its order, the review date, lookups and amended timelines."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d
from integra.errors import InvalidValue, NoLawInForce
from integra.law import LAW_REVIEW_DATE, Certainty, Citation, Dated, Lookup, Timeline, weakest
from integra.parameters import INCOME_CRITERIA, UPS, IncomeCriterion
from integra.periods import DateRange
from integra.strategies import dates, timelines

ASSUMED = Certainty.ASSUMED_UNCHANGED
DERIVED = Certainty.DERIVED
CONFIRMED = Certainty.CONFIRMED
ART_8 = Citation(UPS, "8", "1", "1")


class TestOrder:
    def test_weakest_to_strongest(self) -> None:
        assert ASSUMED < DERIVED < CONFIRMED
        assert CONFIRMED > DERIVED > ASSUMED
        assert ASSUMED <= ASSUMED and CONFIRMED >= CONFIRMED
        assert sorted([CONFIRMED, ASSUMED, DERIVED]) == [ASSUMED, DERIVED, CONFIRMED]

    def test_no_order_with_other_types(self) -> None:
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            assert getattr(CONFIRMED, op)(1) is NotImplemented

    @pytest.mark.parametrize(
        ("given_", "expected"),
        [
            ((), CONFIRMED),
            ((CONFIRMED,), CONFIRMED),
            ((CONFIRMED, DERIVED), DERIVED),
            ((DERIVED, ASSUMED, CONFIRMED), ASSUMED),
            ((ASSUMED, DERIVED), ASSUMED),
        ],
    )
    def test_weakest(self, given_: tuple[Certainty, ...], expected: Certainty) -> None:
        assert weakest(given_) is expected

    @given(st.lists(st.sampled_from(Certainty)))
    def test_weakest_is_a_lower_bound_and_one_of_them(self, values: list[Certainty]) -> None:
        found = weakest(values)
        assert all(found <= value for value in values)
        assert found in values or (not values and found is CONFIRMED)

    def test_labels(self) -> None:
        assert {c.label.en for c in Certainty} == {
            "no law modelled for the law date",
            "assumed unchanged since the last review",
            "derived value",
            "confirmed",
        }
        assert [c.strength for c in Certainty] == [0, 1, 2, 3]


class TestReviewDate:
    def test_review_date_is_today_of_the_data(self) -> None:
        assert d("2026-11-29") == LAW_REVIEW_DATE
        assert INCOME_CRITERIA.reviewed_until == LAW_REVIEW_DATE

    def test_income_criteria_far_ahead_are_not_confirmed(self) -> None:
        found = INCOME_CRITERIA.lookup(d("2100-01-01"))
        assert found.value == IncomeCriterion(Decimal(1010), Decimal(823))
        assert found.certainty is ASSUMED
        assert found.entry.start == d("2025-01-01")
        # The old accessor still answers, for existing callers.
        assert INCOME_CRITERIA.at(d("2100-01-01")).single == Decimal(1010)

    def test_review_date_boundary(self) -> None:
        assert INCOME_CRITERIA.lookup(LAW_REVIEW_DATE).certainty is CONFIRMED
        assert INCOME_CRITERIA.lookup(LAW_REVIEW_DATE + timedelta(days=1)).certainty is ASSUMED
        assert INCOME_CRITERIA.certainty_at(LAW_REVIEW_DATE) is CONFIRMED
        assert INCOME_CRITERIA.certainty_at(LAW_REVIEW_DATE + timedelta(days=1)) is ASSUMED

    def test_derived_stays_derived_before_the_review(self) -> None:
        assert INCOME_CRITERIA.lookup(d("2006-09-30")).certainty is DERIVED
        assert INCOME_CRITERIA.lookup(d("2006-10-01")).certainty is CONFIRMED

    def test_no_law_is_still_no_law(self) -> None:
        with pytest.raises(NoLawInForce):
            INCOME_CRITERIA.lookup(d("2004-04-30"))
        assert INCOME_CRITERIA.certainty_at(d("2004-04-30")) is None

    def test_own_review_date(self) -> None:
        line = Timeline(
            "demo", (Dated(1, d("2020-01-01"), citation=ART_8),), reviewed_until=d("2021-12-31")
        )
        assert line.certainty_at(d("2021-12-31")) is CONFIRMED
        assert line.certainty_at(d("2022-01-01")) is ASSUMED

    @given(timelines(st.integers()), dates(date(1985, 1, 1), date(2110, 1, 1)))
    def test_lookup_agrees_with_at_and_never_beats_the_entry(
        self, line: Timeline[int], on: date
    ) -> None:
        value = line.get(on)
        if value is None:
            with pytest.raises(NoLawInForce):
                line.lookup(on)
            assert line.certainty_at(on) is None
            return
        found = line.lookup(on)
        assert isinstance(found, Lookup)
        assert found.value == value == line.at(on)
        assert found.entry is line.entry_at(on)
        assert found.certainty <= found.entry.certainty
        assert found.certainty is line.certainty_at(on)
        if on > line.reviewed_until:
            assert found.certainty is ASSUMED
        else:
            assert found.certainty is found.entry.certainty


NEW = IncomeCriterion(Decimal(1100), Decimal(900))


class TestAmended:
    def test_open_ended_value_from_a_date(self) -> None:
        ours = INCOME_CRITERIA.amended(
            Dated(NEW, d("2028-01-01"), citation=ART_8, certainty=DERIVED)
        )
        assert ours.at(d("2027-12-31")).single == Decimal(1010)
        assert ours.at(d("2028-01-01")) == NEW
        assert ours.lookup(d("2028-01-01")).certainty is DERIVED
        # The organisation vouches for the start day only, unless it says how far it looked.
        assert ours.lookup(d("2028-01-02")).certainty is ASSUMED
        assert ours.lookup(d("2027-06-01")).certainty is ASSUMED
        checked = INCOME_CRITERIA.amended(
            Dated(NEW, d("2028-01-01"), citation=ART_8), reviewed_until=d("2028-12-31")
        )
        assert checked.lookup(d("2028-12-31")).certainty is CONFIRMED
        assert checked.lookup(d("2029-01-01")).certainty is ASSUMED
        # The library's own data is untouched.
        assert INCOME_CRITERIA.at(d("2028-01-01")).single == Decimal(1010)

    def test_bounded_value_overrides_a_period_and_the_old_value_resumes(self) -> None:
        ours = INCOME_CRITERIA.amended(
            Dated(NEW, d("2023-03-01"), d("2023-04-30"), citation=ART_8, certainty=DERIVED),
            name="criteria with our correction",
        )
        assert ours.name == "criteria with our correction"
        assert ours.at(d("2023-02-28")).single == Decimal(776)
        assert ours.at(d("2023-03-01")) == NEW
        assert ours.at(d("2023-04-30")) == NEW
        assert ours.at(d("2023-05-01")).single == Decimal(776)
        assert ours.at(d("2025-01-01")).single == Decimal(1010)
        assert ours.lookup(d("2023-05-01")).certainty is CONFIRMED
        assert len(ours) == len(INCOME_CRITERIA) + 2

    def test_fills_a_gap_and_extends_a_closed_timeline(self) -> None:
        line = Timeline(
            "demo",
            (
                Dated(1, d("2020-01-01"), d("2020-12-31")),
                Dated(2, d("2022-01-01"), d("2022-12-31")),
            ),
        )
        ours = line.amended(
            Dated(9, d("2021-01-01"), d("2021-12-31"), citation=ART_8),
            Dated(3, d("2023-01-01"), citation=ART_8),
        )
        assert [ours.at(d(f"{y}-06-01")) for y in (2020, 2021, 2022, 2023)] == [1, 9, 2, 3]
        assert [str(r) for r in ours.coverage] == ["2020-01-01.."]

    def test_a_later_amendment_wins(self) -> None:
        line = Timeline("demo", (Dated(1, d("2020-01-01")),))
        ours = line.amended(Dated(2, d("2021-01-01"), citation=ART_8)).amended(
            Dated(3, d("2021-06-01"), d("2021-06-30"), citation=ART_8)
        )
        assert [
            ours.at(d(x)) for x in ("2020-12-31", "2021-05-31", "2021-06-15", "2021-07-01")
        ] == [
            1,
            2,
            3,
            2,
        ]

    def test_rejects_non_entries(self) -> None:
        with pytest.raises(InvalidValue, match="Dated"):
            INCOME_CRITERIA.amended(NEW)  # type: ignore[arg-type]

    @given(
        timelines(st.integers(0, 9)),
        dates(date(1988, 1, 1), date(2032, 1, 1)),
        st.integers(0, 800),
        st.booleans(),
        dates(date(1985, 1, 1), date(2035, 1, 1)),
    )
    def test_amended_answers_the_new_value_inside_and_the_old_outside(
        self, line: Timeline[int], start: date, length: int, open_ended: bool, on: date
    ) -> None:
        end = None if open_ended else start + timedelta(days=length)
        ours = line.amended(Dated(100, start, end, citation=ART_8, certainty=DERIVED))
        inside = on in DateRange(start, end)
        if inside:
            assert ours.at(on) == 100
        else:
            assert ours.get(on) == line.get(on)
            if line.get(on) is not None:
                assert ours.lookup(on).certainty is line.lookup(on).certainty
