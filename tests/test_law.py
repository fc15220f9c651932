"""Tests of integra.law: citations and timelines of dated legal values."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d
from integra.errors import IntegraError, InvalidRange, InvalidValue, NoLawInForce
from integra.law import Act, Certainty, Citation, Dated, Timeline, timeline
from integra.parameters import INCOME_CRITERIA, KC, UPS, UPZ
from integra.periods import DateRange, RangeSet
from integra.strategies import dates, timelines

REGULATION = INCOME_CRITERIA.entry_at(d("2022-06-01")).citation
assert REGULATION is not None


class TestCitation:
    @pytest.mark.parametrize(
        ("citation", "pl", "en"),
        [
            (
                Citation(UPS),
                "ustawa o pomocy społecznej",
                "The Act on Social Assistance (UPS)",
            ),
            (
                Citation(UPZ, article="62a"),
                "art. 62a ustawy o promocji zatrudnienia i instytucjach rynku pracy",
                "Art. 62a of the Act on Employment Promotion and Labour Market Institutions (UPZ)",
            ),
            (
                Citation(UPS, article="8", paragraph="1"),
                "art. 8 ust. 1 ustawy o pomocy społecznej",
                "Art. 8(1) of the Act on Social Assistance (UPS)",
            ),
            (
                Citation(UPS, article="8", paragraph="1", point="2", letter="a"),
                "art. 8 ust. 1 pkt 2 lit. a ustawy o pomocy społecznej",
                "Art. 8(1)(2)(a) of the Act on Social Assistance (UPS)",
            ),
            (
                Citation(UPS, article="6", point="14"),
                "art. 6 pkt 14 ustawy o pomocy społecznej",
                "Art. 6(14) of the Act on Social Assistance (UPS)",
            ),
            (
                Citation(KC, article="111", section="2"),
                "art. 111 § 2 Kodeksu cywilnego",
                "Art. 111 § 2 of the Civil Code (KC)",
            ),
        ],
    )
    def test_text(self, citation: Citation, pl: str, en: str) -> None:
        assert citation.text("pl") == pl
        assert citation.text("en") == en
        assert citation.text() == en
        assert str(citation) == pl

    def test_regulation_section(self) -> None:
        assert REGULATION is not None
        assert REGULATION.text("pl") == (
            "§ 1 rozporządzenia Rady Ministrów w sprawie zweryfikowanych kryteriów dochodowych oraz "
            "kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2021 poz. 1296)"
        )
        assert REGULATION.text("en") == (
            "§ 1 of the Council of Ministers regulation on verified income criteria "
            "(Dz.U. 2021 item 1296) (RM-2021/1296)"
        )
        assert REGULATION.act.eli == "DU/2021/1296"

    def test_unknown_language(self) -> None:
        with pytest.raises(InvalidValue, match="language must be 'pl' or 'en', got 'de'"):
            Citation(UPS).text("de")  # type: ignore[arg-type]

    def test_act_fields_must_not_be_empty(self) -> None:
        with pytest.raises(InvalidValue, match=r"Act\.short must not be empty"):
            Act(short=" ", title_pl="a", of_pl="b", title_en="c")

    def test_act_fields_must_be_text(self) -> None:
        with pytest.raises(InvalidValue, match=r"Act\.title_en must be text"):
            Act(short="X", title_pl="a", of_pl="b", title_en=None)  # type: ignore[arg-type]

    def test_acts(self) -> None:
        assert (UPS.eli, UPZ.eli, KC.eli) == (
            "DU/2004/593",
            "DU/2004/1001",
            "DU/1964/93",
        )


# A timeline with a closed first entry, a gap, then an entry ended by its successor, then an
# entry with its own end: 2020-01-01..2020-06-30 = 1; gap in July; 2020-08-01..2020-12-31 = 2;
# 2021-01-01..2021-12-31 = 3; nothing after.
CITE = Citation(UPS, article="8")
DEMO = Timeline(
    "demo",
    (
        Dated(1, d("2020-01-01"), d("2020-06-30"), citation=CITE),
        Dated(
            2,
            d("2020-08-01"),
            citation=CITE,
            certainty=Certainty.DERIVED,
            note="indexed",
        ),
        Dated(3, d("2021-01-01"), d("2021-12-31"), citation=CITE),
    ),
)


class TestTimelineValidation:
    def test_needs_an_entry(self) -> None:
        with pytest.raises(InvalidValue, match="Timeline 'x' needs at least one entry"):
            Timeline("x", ())

    def test_needs_a_name(self) -> None:
        with pytest.raises(InvalidValue, match=r"Timeline\.name must not be empty"):
            Timeline("", (Dated(1, d("2020-01-01")),))

    @pytest.mark.parametrize("second_start", ["2020-01-01", "2019-12-31"])
    def test_entries_in_order(self, second_start: str) -> None:
        with pytest.raises(InvalidRange, match="Timeline 'x': entries must be in order of start"):
            Timeline("x", (Dated(1, d("2020-01-01")), Dated(2, d(second_start))))

    def test_entries_must_not_overlap(self) -> None:
        with pytest.raises(
            InvalidRange, match="Timeline 'x': entry from 2020-01-01 overlaps the next"
        ):
            Timeline(
                "x",
                (Dated(1, d("2020-01-01"), d("2020-03-01")), Dated(2, d("2020-03-01"))),
            )

    def test_entry_end_before_start(self) -> None:
        with pytest.raises(InvalidRange, match=r"Dated\.end is before Dated\.start"):
            Dated(1, d("2020-01-02"), d("2020-01-01"))

    def test_list_of_entries_is_accepted(self) -> None:
        built: Timeline[int] = Timeline("x", [Dated(1, d("2020-01-01"))])  # type: ignore[arg-type]
        assert built.entries == (Dated(1, d("2020-01-01")),)
        assert timeline("x", iter([Dated(1, d("2020-01-01"))])) == built


class TestTimelineLookup:
    @pytest.mark.parametrize(
        ("day", "value"),
        [
            ("2020-01-01", 1),
            ("2020-06-30", 1),
            ("2020-08-01", 2),
            ("2020-12-31", 2),
            ("2021-01-01", 3),
            ("2021-12-31", 3),
        ],
    )
    def test_at(self, day: str, value: int) -> None:
        assert DEMO.at(d(day)) == value
        assert DEMO.get(d(day)) == value
        assert DEMO.entry_at(d(day)).value == value

    @pytest.mark.parametrize(
        ("day", "message"),
        [
            (
                "2019-12-31",
                "no value of 'demo' is modelled for 2019-12-31; known from 2020-01-01",
            ),
            (
                "2020-07-01",
                "no value of 'demo' is modelled for 2020-07-01; gap from 2020-07-01 to 2020-07-31",
            ),
            (
                "2020-07-31",
                "no value of 'demo' is modelled for 2020-07-31; gap from 2020-07-01 to 2020-07-31",
            ),
            (
                "2022-01-01",
                "no value of 'demo' is modelled for 2022-01-01; known until 2021-12-31",
            ),
        ],
    )
    def test_no_law_in_force(self, day: str, message: str) -> None:
        with pytest.raises(NoLawInForce) as info:
            DEMO.at(d(day))
        assert str(info.value) == message
        assert info.value.parameter == "demo"
        assert info.value.on == d(day)
        assert isinstance(info.value, IntegraError) and isinstance(info.value, LookupError)
        assert DEMO.get(d(day)) is None

    def test_open_last_entry_applies_indefinitely(self) -> None:
        assert timeline("x", [Dated("a", d("2020-01-01"))]).at(d("9999-12-31")) == "a"

    def test_message_without_detail(self) -> None:
        assert (
            str(NoLawInForce("p", d("2020-01-01"))) == "no value of 'p' is modelled for 2020-01-01"
        )

    def test_entry_keeps_citation_and_certainty(self) -> None:
        entry = DEMO.entry_at(d("2020-09-01"))
        assert entry.citation == CITE
        assert entry.certainty is Certainty.DERIVED
        assert entry.note == "indexed"
        assert DEMO.entry_at(d("2020-01-01")).certainty is Certainty.CONFIRMED


class TestTimelinePeriods:
    def test_period_of(self) -> None:
        first, second, third = DEMO.entries
        assert DEMO.period_of(first) == DateRange(d("2020-01-01"), d("2020-06-30"))
        assert DEMO.period_of(second) == DateRange(d("2020-08-01"), d("2020-12-31"))
        assert DEMO.period_of(third) == DateRange(d("2021-01-01"), d("2021-12-31"))

    def test_period_of_open_last_entry(self) -> None:
        assert INCOME_CRITERIA.period_of(INCOME_CRITERIA.entries[-1]) == DateRange(d("2025-01-01"))

    def test_coverage(self) -> None:
        assert DEMO.coverage == RangeSet.of(
            DateRange(d("2020-01-01"), d("2020-06-30")),
            DateRange(d("2020-08-01"), d("2021-12-31")),
        )
        assert len(DEMO.coverage) == 2

    def test_changes(self) -> None:
        assert DEMO.changes(DateRange(d("2020-01-01"), d("2021-12-31"))) == (
            d("2020-01-01"),
            d("2020-08-01"),
            d("2021-01-01"),
        )
        assert DEMO.changes(DateRange(d("2020-01-02"), d("2020-12-31"))) == (d("2020-08-01"),)
        assert DEMO.changes(DateRange(d("2022-01-01"))) == ()
        assert DEMO.changes(DateRange(d("2020-08-01"))) == (
            d("2020-08-01"),
            d("2021-01-01"),
        )

    def test_iteration_and_length(self) -> None:
        assert len(DEMO) == 3
        assert [e.value for e in DEMO] == [1, 2, 3]

    def test_private_caches_do_not_affect_equality(self) -> None:
        assert Timeline("demo", DEMO.entries) == DEMO
        assert "_starts" not in repr(DEMO)


@st.composite
def increasing_timelines(draw: st.DrawFn) -> Timeline[int]:
    """Timelines whose values grow with the date (the n-th entry holds 10 n plus a jitter).

    Entries are open (ended by the next), closed, or closed and followed by a gap; built without
    citations, which the lookups never read, to keep the search fast.
    """
    start = draw(dates(date(1990, 1, 1), date(2030, 1, 1)))
    entries: list[Dated[int]] = []
    for index in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["open", "closed", "gap"]))
        length = draw(st.integers(1, 900))
        end = None if kind == "open" else start + timedelta(days=length - 1)
        entries.append(Dated(10 * index + draw(st.integers(0, 9)), start, end))
        start += timedelta(days=length + (draw(st.integers(1, 60)) if kind == "gap" else 0))
    return Timeline("increasing", tuple(entries))


_days = dates(date(1985, 1, 1), date(2045, 12, 31))


class TestTimelineProperties:
    @given(increasing_timelines(), _days, _days)
    def test_at_is_monotone(self, line: Timeline[int], first: date, second: date) -> None:
        low, high = sorted((first, second))
        a, b = line.get(low), line.get(high)
        if a is not None and b is not None:
            assert a <= b

    @given(increasing_timelines(), _days)
    def test_at_agrees_with_entry_at_and_coverage(self, line: Timeline[int], day: date) -> None:
        if day in line.coverage:
            assert line.at(day) == line.entry_at(day).value
            assert day in line.period_of(line.entry_at(day))
        else:
            with pytest.raises(NoLawInForce):
                line.at(day)

    @given(timelines(st.integers()))
    def test_periods_partition_coverage(self, line: Timeline[int]) -> None:
        periods = [line.period_of(e) for e in line]
        for first, second in itertools.pairwise(periods):
            assert first.end is not None and first.end < second.start
        assert RangeSet(periods) == line.coverage
        # The day before the first entry and the day after a closed last period have no law.
        with pytest.raises(NoLawInForce):
            line.at(line.entries[0].start - timedelta(days=1))
        last = periods[-1]
        if last.end is not None:
            assert line.get(last.end + timedelta(days=1)) is None
