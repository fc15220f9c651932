"""Tests of registration and long-term unemployment (integra.rules.unemployment), hand-computed
from UPZ art. 2 ust. 1 pkt 5 and the EU 2014-2020 definition."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from helpers import collected, d, r
from integra.people import (
    ExcludedPeriod,
    ExclusionKind,
    Person,
    Registration,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.periods import DateRange, MonthCounting
from integra.rules import (
    LONG_TERM_UNEMPLOYED,
    LONG_TERM_UNEMPLOYED_EU_2014,
    REGISTERED_UNEMPLOYED,
    Fact,
    LongTermUnemployed,
    Outcome,
    eligible_from,
)
from integra.rules.core import Context
from integra.strategies import dates

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN


def registered(*spells: Registration, born: str = "1980-01-01") -> Person:
    return collected(d(born), Sex.MALE, registrations=spells)


def ltu(
    person: Person, on: str, rule: LongTermUnemployed = LONG_TERM_UNEMPLOYED
) -> tuple[int, Outcome]:
    verdict = rule.evaluate(person, d(on))
    return verdict.observation[0], verdict.outcome


class TestRegistered:
    def test_first_and_last_day_of_a_spell(self) -> None:
        p = registered(Registration(r("2024-02-01", "2024-05-31")))
        outcomes = [
            REGISTERED_UNEMPLOYED.evaluate(p, d(x)).outcome
            for x in ("2024-01-31", "2024-02-01", "2024-05-31", "2024-06-01")
        ]
        assert outcomes == [N, E, E, N]
        assert REGISTERED_UNEMPLOYED.evaluate(p, d("2024-01-31")).observed_text("pl") == (
            "żadna rejestracja nie obejmuje dnia 31.01.2024 r."
        )
        assert REGISTERED_UNEMPLOYED.evaluate(p, d("2024-02-01")).observed_text("pl") == (
            "rejestracja obejmuje dzień 01.02.2024 r."
        )
        assert REGISTERED_UNEMPLOYED.evaluate(p, d("2024-06-01")).observed_text() == (
            "no registration covers 2024-06-01"
        )

    def test_law_dates(self) -> None:
        p = registered(Registration(r("2004-01-01")))
        assert REGISTERED_UNEMPLOYED.evaluate(p, d("2004-05-31")).missing == (Fact.LAW,)
        assert REGISTERED_UNEMPLOYED.evaluate(p, d("2004-06-01")).outcome is E
        after = REGISTERED_UNEMPLOYED.evaluate(p, d("2025-06-01"))
        assert after.outcome is E and after.citation is not None
        assert after.citation.act.short == "URP"


class TestNationalDefinition:
    """More than 12 months in total within the last 2 years: more than 360 days (KC art. 114)."""

    def test_360_days_is_not_enough_361_is(self) -> None:
        p = registered(Registration(r("2023-01-01")))
        # 2023-01-01..2023-12-26: 31+28+31+30+31+30+31+31+30+31+30+26 = 360 days
        assert ltu(p, "2023-12-26") == (360, N)
        assert ltu(p, "2023-12-27") == (361, E)

    def test_a_leap_year_counts_its_29_february(self) -> None:
        p = registered(Registration(r("2024-01-01")))
        # 2024-01-01..2024-12-25: 366 - 6 = 360 days
        assert ltu(p, "2024-12-25") == (360, N)
        assert ltu(p, "2024-12-26") == (361, E)

    def test_the_window_is_the_last_two_years_including_the_day(self) -> None:
        assert str(LONG_TERM_UNEMPLOYED.window(d("2024-01-15"))) == "2022-01-16..2024-01-15"
        assert str(LONG_TERM_UNEMPLOYED.window(d("2024-02-29"))) == "2022-03-01..2024-02-29"
        assert str(LONG_TERM_UNEMPLOYED.window(d("2025-03-01"))) == "2023-03-02..2025-03-01"
        day_before = LongTermUnemployed(include_evaluation_day=False)
        assert str(day_before.window(d("2024-01-15"))) == "2022-01-15..2024-01-14"

    def test_a_spell_sliding_out_of_the_window(self) -> None:
        # 2021-01-01..2022-01-10: 365 + 10 = 375 days, ended; registered again from 2022-12-31,
        # in an internship all along, which adds no day.
        old = Registration(r("2021-01-01", "2022-01-10"))
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2022-12-31", "2024-12-31"))
        p = registered(old, Registration(r("2022-12-31"), exclusions=[internship]))
        assert ltu(p, "2022-12-31") == (375, E)  # window 2021-01-01..2022-12-31
        # window 2021-01-15..2023-01-14: 2021-01-15..2022-01-10 = 361 days
        assert ltu(p, "2023-01-14") == (361, E)
        # window 2021-01-16..2023-01-15: 360 days
        assert ltu(p, "2023-01-15") == (360, N)
        assert ltu(p, "2024-01-11") == (0, N)  # window 2022-01-12..2024-01-11
        # Without the new registration the days are the same, but nobody registered on the date
        # is long-term unemployed (UPZ art. 2 ust. 1 pkt 2 and 5).
        ended = registered(old)
        assert ltu(ended, "2022-12-31") == (375, N)
        assert ltu(ended, "2023-01-14") == (361, N)

    def test_spells_add_up(self) -> None:
        # 200 days + 161 days = 361; 200 + 160 = 360
        first = Registration(r("2022-03-01", "2022-09-16"))  # 31+30+31+30+31+31+16 = 200
        assert first.period.days == 200
        second = Registration(r("2023-02-01"))  # to 2023-07-11: 28+31+30+31+30+11 = 161
        assert ltu(registered(first, second), "2023-07-11") == (361, E)
        assert ltu(registered(first, second), "2023-07-10") == (360, N)
        ended = Registration(r("2023-02-01", "2023-07-11"))
        assert ltu(registered(first, ended), "2023-12-31") == (361, N)  # no longer registered

    def test_internships_and_vocational_preparation_do_not_count(self) -> None:
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2023-03-01", "2023-05-31"))
        p = registered(Registration(r("2023-01-01"), exclusions=[internship]))
        # 2023-01-01..2024-03-01 = 365 + 31 + 29 + 1 = 426; less 92 days of internship = 334
        assert ltu(p, "2024-03-01") == (334, N)
        assert ltu(p, "2024-03-27") == (360, N)
        assert ltu(p, "2024-03-28") == (361, E)
        preparation = ExcludedPeriod(
            ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2023-01-01", "2023-01-01")
        )
        q = registered(Registration(r("2023-01-01"), exclusions=[preparation]))
        assert ltu(q, "2023-12-27") == (360, N)
        assert ltu(q, "2023-12-28") == (361, E)

    def test_the_evaluation_day_can_be_left_out(self) -> None:
        rule = LongTermUnemployed(include_evaluation_day=False)
        p = registered(Registration(r("2023-01-01")))
        assert ltu(p, "2023-12-27", rule) == (360, N)
        assert ltu(p, "2023-12-28", rule) == (361, E)
        assert rule.evaluate(p, d("2023-12-28")).observed_text() == (
            "361 days registered in 2021-12-28..2023-12-27"
        )

    def test_a_year_of_365_days(self) -> None:
        rule = LongTermUnemployed(counting=MonthCounting.YEAR_365)
        p = registered(Registration(r("2023-01-01")))
        assert ltu(p, "2023-12-31", rule) == (365, N)
        assert ltu(p, "2024-01-01", rule) == (366, E)
        verdict = rule.evaluate(p, d("2024-01-01"))
        assert verdict.threshold_text() == "more than 365 days (12 months, a year being 365 days)"
        assert verdict.threshold_text("pl") == "ponad 365 dni (12 miesięcy, rok = 365 dni)"

    def test_law_in_force(self) -> None:
        p = registered(Registration(r("2007-01-01")))
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2009-01-31")).missing == (Fact.LAW,)
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2009-02-01")).outcome is E
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-05-31")).outcome is E
        # From 2025-06-01 the URP version answers (tests/test_rules_unemployment_urp.py).
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-06-01")).outcome is E

    def test_eligible_from(self) -> None:
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2023-03-01", "2023-05-31"))
        p = registered(Registration(r("2023-01-01"), exclusions=[internship]))
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2023-01-01")) == d("2024-03-28")
        ended = registered(Registration(r("2021-01-01", "2022-01-10")))
        assert eligible_from(LONG_TERM_UNEMPLOYED, ended, d("2023-01-15")) is None
        # Past spells that cannot reach the window any more: stable until the law changes.
        old = registered(Registration(r("2010-01-01", "2010-02-01")))
        ctx = Context(old, d("2020-01-01"))
        assert LONG_TERM_UNEMPLOYED.stable_until(ctx) == d("2025-06-01")
        assert eligible_from(LONG_TERM_UNEMPLOYED, old, d("2020-01-01")) is None


# --- monotonicity --------------------------------------------------------------------------------


@st.composite
def spells(draw: st.DrawFn) -> list[DateRange]:
    """Disjoint, non-adjacent registration spells between 2015 and 2025."""
    out: list[DateRange] = []
    day = draw(dates(date(2015, 1, 1), date(2020, 1, 1)))
    for _ in range(draw(st.integers(1, 5))):
        length = draw(st.integers(1, 400))
        out.append(DateRange(day, day + timedelta(days=length - 1)))
        day += timedelta(days=length + draw(st.integers(1, 200)))
    return out


class TestMonotonicity:
    @given(spells(), st.data(), dates(date(2016, 1, 1), date(2025, 5, 31)))
    def test_more_registered_days_never_remove_long_term_unemployment(
        self, periods: list[DateRange], data: st.DataObject, on: date
    ) -> None:
        keep = data.draw(st.lists(st.booleans(), min_size=len(periods), max_size=len(periods)))
        fewer = registered(*(Registration(p) for p, k in zip(periods, keep, strict=True) if k))
        more = registered(*(Registration(p) for p in periods))
        few_days, few = ltu(fewer, on.isoformat())
        more_days, many = ltu(more, on.isoformat())
        assert few_days <= more_days
        if few is E:
            assert many is E
        assert many is (E if more_days > 360 and on in more.registered else N)

    @given(spells(), dates(date(2016, 1, 1), date(2025, 5, 31)), st.integers(0, 100))
    def test_an_internship_never_adds_days(
        self, periods: list[DateRange], on: date, offset: int
    ) -> None:
        first = periods[0]
        start = min(first.start + timedelta(days=offset), first.last)
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(start, first.last))
        plain = registered(*(Registration(p) for p in periods))
        excluded = registered(
            Registration(first, exclusions=[internship]), *(Registration(p) for p in periods[1:])
        )
        assert ltu(excluded, on.isoformat())[0] <= ltu(plain, on.isoformat())[0]


# --- EU 2014-2020 --------------------------------------------------------------------------------


def eu(person: Person, on: str) -> Outcome:
    return LONG_TERM_UNEMPLOYED_EU_2014.evaluate(person, d(on)).outcome


class TestEUDefinition:
    def test_under_25_more_than_6_months(self) -> None:
        p = registered(Registration(r("2024-01-31")), born="2000-01-01")
        # six months from 2024-01-31 run to 2024-07-30; the day after is more than 6 months
        assert eu(p, "2024-07-30") is N
        assert eu(p, "2024-07-31") is E
        verdict = LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, d("2024-07-31"))
        assert verdict.observed_text() == "continuously unemployed since 2024-01-31 (aged 24)"
        assert verdict.threshold_text() == "continuously more than 6 months"
        assert verdict.threshold_text("pl") == "nieprzerwanie ponad 6 miesięcy"
        assert (
            verdict.observed_text("pl") == "nieprzerwanie bez pracy od 31.01.2024 r. (wiek 24 lata)"
        )

    def test_a_month_end_is_clipped(self) -> None:
        p = registered(Registration(r("2023-08-31")), born="2000-01-01")
        # KC art. 112: six months from 2023-08-31 end on 2024-02-29 (there is no 31 February),
        # so the spell is *more than* six months from 2024-03-01.
        assert eu(p, "2024-02-29") is N
        assert eu(p, "2024-03-01") is E
        assert eligible_from(LONG_TERM_UNEMPLOYED_EU_2014, p, d("2024-01-01")) == d("2024-03-01")
        q = registered(Registration(r("2023-08-30")), born="2000-01-01")
        assert eu(q, "2024-02-29") is N
        assert eu(q, "2024-03-01") is E

    def test_25_or_older_more_than_12_months(self) -> None:
        p = registered(Registration(r("2023-03-15")), born="1990-05-10")
        assert eu(p, "2024-03-14") is N
        assert eu(p, "2024-03-15") is E
        # not yet unemployed: the next change is the registration, then the 12 months
        assert LONG_TERM_UNEMPLOYED_EU_2014.stable_until(Context(p, d("2023-01-01"))) == d(
            "2023-03-15"
        )
        assert eligible_from(LONG_TERM_UNEMPLOYED_EU_2014, p, d("2023-01-01")) == d("2024-03-15")

    def test_age_is_taken_on_the_day_of_joining(self) -> None:
        p = registered(Registration(r("2023-06-01")), born="1999-03-15")
        assert eu(p, "2024-03-14") is E  # aged 24: more than 6 months since 2023-06-01
        assert eu(p, "2024-03-15") is N  # the 25th birthday: 12 months are needed now
        verdict = LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, d("2024-03-15"))
        assert verdict.observation == (d("2023-06-01"), 12, 25)
        assert eligible_from(LONG_TERM_UNEMPLOYED_EU_2014, p, d("2024-03-15")) == d("2024-06-01")
        # once eligible, the next possible change is the 25th birthday
        ctx = Context(p, d("2024-01-01"))
        assert LONG_TERM_UNEMPLOYED_EU_2014.stable_until(ctx) == d("2024-03-15")

    def test_no_spell_starts_before_the_first_day_a_date_can_hold(self) -> None:
        # Registered from 0001-01-01 (facts of year 1 under the law of 2020): six months run to
        # 0001-06-30, so on that day no start early enough exists; the day after, it is met.
        p = registered(Registration(DateRange(date(1, 1, 1))), born="0001-01-01")
        law_on = d("2020-01-01")
        at_six = LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, date(1, 6, 30), law_on=law_on)
        assert at_six.outcome is N
        assert at_six.observation == (date(1, 1, 1), 6, 0)
        after = LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, date(1, 7, 1), law_on=law_on)
        assert after.outcome is E

    def test_a_break_of_one_day_restarts_the_count(self) -> None:
        p = registered(
            Registration(r("2022-01-01", "2023-05-31")),
            Registration(r("2023-06-02")),
            born="1980-01-01",
        )
        assert eu(p, "2024-06-01") is N
        assert eu(p, "2024-06-02") is E
        assert eu(p, "2023-06-01") is N
        assert LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, d("2023-06-01")).observed_text() == (
            "not unemployed on 2023-06-01 (aged 43)"
        )
        assert LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, d("2023-06-01")).observed_text("pl") == (
            "nie pozostaje bez pracy w dniu 01.06.2023 r. (wiek 43 lata)"
        )

    def test_unregistered_unemployment_counts_when_continuous(self) -> None:
        lfs = SituationSpell(
            SocialSituation.UNEMPLOYED_NOT_REGISTERED, r("2023-01-01", "2023-06-30")
        )
        p = collected(
            d("1990-01-01"),
            Sex.FEMALE,
            registrations=[Registration(r("2023-07-01"))],
            situations=[lfs],
        )
        assert eu(p, "2023-12-31") is N
        assert eu(p, "2024-01-01") is E  # continuously since 2023-01-01
        gap = SituationSpell(
            SocialSituation.UNEMPLOYED_NOT_REGISTERED, r("2023-01-01", "2023-06-29")
        )
        q = collected(
            d("1990-01-01"),
            Sex.FEMALE,
            registrations=[Registration(r("2023-07-01"))],
            situations=[gap],
        )
        assert eu(q, "2024-01-01") is N
        assert eu(q, "2024-07-01") is E

    def test_other_situations_are_ignored(self) -> None:
        aid = SituationSpell(SocialSituation.FOOD_AID, r("2020-01-01"))
        p = collected(
            d("1990-01-01"),
            Sex.FEMALE,
            registrations=[Registration(r("2023-07-01"))],
            situations=[aid],
        )
        assert eu(p, "2024-07-01") is E and eu(p, "2024-06-30") is N

    def test_law_dates(self) -> None:
        p = registered(Registration(r("2012-01-01")))
        assert LONG_TERM_UNEMPLOYED_EU_2014.evaluate(p, d("2013-12-31")).missing == (Fact.LAW,)
        assert eu(p, "2014-01-01") is E
        assert eligible_from(LONG_TERM_UNEMPLOYED_EU_2014, p, d("2013-06-01")) == d("2014-01-01")
