"""A long-term unemployed person is a registered unemployed person: UPZ art. 2 ust. 1 pkt 5
defines "długotrwale bezrobotny" as a *bezrobotny* (pkt 2, registered at the labour office) who
has been in the register for more than 12 months in total within the last 2 years. Whatever the
days counted, a person not registered on the date is not long-term unemployed. Days are counted
by hand: "more than 12 months" is more than 360 days (Kodeks cywilny art. 114), in the window of
2 years ending on the evaluation date."""

from __future__ import annotations

from datetime import date

from helpers import collected, d, r
from integra.bulk import Population, next_change, over_time, screen
from integra.law import Certainty, Citation, Dated
from integra.parameters import UPZ
from integra.people import ExcludedPeriod, ExclusionKind, Person, Registration, Sex
from integra.rules import (
    LONG_TERM_UNEMPLOYED,
    Context,
    Fact,
    LongTermUnemployed,
    Outcome,
    eligible_from,
)
from integra.rules.counterfactual import date_change
from integra.rules.extending import with_law
from integra.rules.unemployment import LongTermUnemploymentDefinition

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN
LTU = LONG_TERM_UNEMPLOYED.name


def registered(*spells: Registration) -> Person:
    return collected(d("1980-01-01"), Sex.MALE, registrations=spells)


def both_ways(rule: LongTermUnemployed, people: list[Person], on: date) -> list[Outcome]:
    """The outcomes of ``rule``, asserting that the columnar path gives the same."""
    scalar = [rule.evaluate(p, on).outcome for p in people]
    columnar = screen([rule], Population.from_persons(people), on).outcomes(rule.name).tolist()
    assert columnar == [o.value for o in scalar]
    return scalar


# 2022-01-01..2023-06-30: 365 + 181 = 546 days.
ENDED = registered(Registration(r("2022-01-01", "2023-06-30")))


class TestRegisteredOnTheDate:
    def test_deregistered_the_day_before_is_not_long_term_unemployed(self) -> None:
        # 2023-07-01: window 2021-07-02..2023-07-01 holds all 546 days, but the registration
        # ended on 2023-06-30.
        v = LONG_TERM_UNEMPLOYED.evaluate(ENDED, d("2023-07-01"))
        assert (v.outcome, v.observation[0], v.missing) == (N, 546, ())
        assert both_ways(LONG_TERM_UNEMPLOYED, [ENDED], d("2023-07-01")) == [N]
        assert v.observed_text() == (
            "not registered as unemployed on 2023-07-01 (Art. 2(1)(2) of the Act on Employment "
            "Promotion and Labour Market Institutions (UPZ)); 546 days registered in "
            "2021-07-02..2023-07-01"
        )
        assert v.observed_text("pl") == (
            "osoba niezarejestrowana jako bezrobotna w dniu 01.07.2023 r. (art. 2 ust. 1 pkt 2 "
            "ustawy o promocji zatrudnienia i instytucjach rynku pracy); 546 dni w rejestrze w "
            "okresie od 02.07.2021 r. do 01.07.2023 r."
        )
        assert v.threshold_text() == (
            "registered as unemployed on the date and more than 360 days (12 months of 30 days)"
        )
        assert v.threshold_text("pl") == (
            "rejestracja jako osoby bezrobotnej w tym dniu i ponad 360 dni (12 miesięcy po 30 dni)"
        )
        # The verdict itself cites pkt 5, the definition.
        assert str(v.citation) == (
            "art. 2 ust. 1 pkt 5 ustawy o promocji zatrudnienia i instytucjach rynku pracy"
        )

    def test_the_case_of_716_days(self) -> None:
        # Registered 2020-01-01..2021-12-31, evaluated 2022-01-15: window 2020-01-16..2022-01-15,
        # 2020-01-16..2021-12-31 = 351 + 365 = 716 days, not registered.
        p = registered(Registration(r("2020-01-01", "2021-12-31")))
        v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2022-01-15"))
        assert (v.outcome, v.observation[0]) == (N, 716)
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2022-01-15")) == [N]

    def test_registered_on_the_date_with_361_days(self) -> None:
        # 2023-01-01..2023-12-27: 361 days; the day before, 360.
        p = registered(Registration(r("2023-01-01")))
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2023-12-27")) == [E]
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2023-12-27")).observation == (
            361,
            d("2021-12-28"),
            d("2023-12-27"),
            12,
        )
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2023-12-26")) == [N]
        # Registered, but short: the days, not the registration, are what is missing.
        short = LONG_TERM_UNEMPLOYED.evaluate(p, d("2023-12-26"))
        assert short.observed_text() == "360 days registered in 2021-12-27..2023-12-26"
        assert short.threshold_text() == "more than 360 days (12 months of 30 days)"

    def test_a_registration_ending_on_the_date(self) -> None:
        # Registered 2023-01-01..2024-06-30: eligible on its last day, not the day after.
        p = registered(Registration(r("2023-01-01", "2024-06-30")))
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2024-06-30")) == [E]
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2024-07-01")) == [N]
        spans = over_time(
            [LONG_TERM_UNEMPLOYED], Population.from_persons([p]), d("2024-06-01"), d("2025-06-01")
        )
        assert [(s.first, s.last, s.outcome) for s in spans.of(0, LTU)] == [
            (d("2024-06-01"), d("2024-06-30"), E),
            (d("2024-07-01"), d("2025-06-01"), N),
        ]
        change = next_change(LONG_TERM_UNEMPLOYED, Population.from_persons([p]), d("2024-06-01"))
        assert change.dates() == [d("2024-07-01")]

    def test_leaving_the_evaluation_day_out_still_asks_for_a_registration_on_it(self) -> None:
        # The window may end the day before (a policy), but the person must be registered on the
        # date: registered 2023-01-01..2023-12-28, on 2023-12-29 the window 2021-12-29..2023-12-28
        # holds 362 days.
        rule = LongTermUnemployed(include_evaluation_day=False)
        p = registered(Registration(r("2023-01-01", "2023-12-28")))
        assert rule.evaluate(p, d("2023-12-29")).observation[0] == 362
        assert both_ways(rule, [p], d("2023-12-29")) == [N]
        assert both_ways(rule, [p], d("2023-12-28")) == [E]  # 361 days to 2023-12-27

    def test_an_internship_keeps_the_person_registered(self) -> None:
        # In an internship on the date: registered, though the day does not count.
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2024-01-01", "2024-03-31"))
        p = registered(Registration(r("2023-01-01"), exclusions=[internship]))
        v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2024-01-15"))
        assert (v.outcome, v.observation[0]) == (E, 365)  # all of 2023
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2024-01-15")) == [E]

    def test_an_uncollected_history_stays_unknown(self) -> None:
        p = Person(d("1980-01-01"), Sex.MALE)  # registrations not collected
        v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2024-01-01"))
        assert (v.outcome, v.missing) == (U, (Fact.REGISTRATIONS,))
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2024-01-01")) == [U]

    def test_unsettled_periods_do_not_matter_for_a_person_not_registered(self) -> None:
        # Under URP whether adult vocational preparation counts is not known: 333 days without
        # it, 361 with it, on 2025-12-27 the answer is unknown while registered. Deregistered
        # on that day, the next day is a plain no.
        preparation = ExcludedPeriod(
            ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2025-02-01", "2025-02-28")
        )
        p = registered(Registration(r("2025-01-01", "2025-12-27"), exclusions=[preparation]))
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2025-12-27")) == [U]
        v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-28"))
        assert (v.outcome, v.missing, v.observation[0]) == (N, (), 333)
        assert both_ways(LONG_TERM_UNEMPLOYED, [p], d("2025-12-28")) == [N]
        assert v.observed_text().startswith(
            "not registered as unemployed on 2025-12-28 (The Act on the Labour Market"
        )
        assert v.observed_text("pl").startswith(
            "osoba niezarejestrowana jako bezrobotna w dniu 28.12.2025 r. (ustawa o rynku pracy"
        )

    def test_a_law_older_than_the_registration_law_cites_nothing_for_it(self) -> None:
        # A user's version from 2000, before the registration law modelled (2004-06-01): the
        # text says the person is not registered, without a citation for it.
        ours = with_law(
            LONG_TERM_UNEMPLOYED,
            LONG_TERM_UNEMPLOYED.law.amended(  # type: ignore[union-attr]
                Dated(
                    LongTermUnemploymentDefinition(12, 2),
                    date(2000, 1, 1),
                    date(2009, 1, 31),
                    citation=Citation(UPZ, article="2", paragraph="1", point="5"),
                    certainty=Certainty.DERIVED,
                    note="a hypothetical version, for the test",
                )
            ),
        )
        v = ours.evaluate(registered(), d("2003-01-01"))
        assert v.outcome is N
        assert v.observed_text() == (
            "not registered as unemployed on 2003-01-01; 0 days registered in "
            "2001-01-02..2003-01-01"
        )


class TestWhenItChanges:
    def test_a_person_not_registered_waits_for_a_registration(self) -> None:
        # Registered again from 2024-01-01: window 2022-01-02..2024-01-01 holds 545 + 1 days.
        again = registered(
            Registration(r("2022-01-01", "2023-06-30")), Registration(r("2024-01-01"))
        )
        ctx = Context(again, d("2023-07-01"))
        assert LONG_TERM_UNEMPLOYED.stable_until(ctx) == d("2024-01-01")
        assert eligible_from(LONG_TERM_UNEMPLOYED, again, d("2023-07-01")) == d("2024-01-01")
        assert LONG_TERM_UNEMPLOYED.evaluate(again, d("2024-01-01")).observation[0] == 546
        # Without a new registration nothing changes before the law does.
        assert LONG_TERM_UNEMPLOYED.stable_until(Context(ENDED, d("2023-07-01"))) == d("2025-06-01")
        assert eligible_from(LONG_TERM_UNEMPLOYED, ENDED, d("2023-07-01")) is None
        spans = over_time(
            [LONG_TERM_UNEMPLOYED],
            Population.from_persons([again, ENDED]),
            d("2023-06-01"),
            d("2024-06-01"),
        )
        assert [(s.first, s.last, s.outcome) for s in spans.of(0, LTU)] == [
            (d("2023-06-01"), d("2023-06-30"), E),
            (d("2023-07-01"), d("2023-12-31"), N),
            (d("2024-01-01"), d("2024-06-01"), E),
        ]
        assert [(s.first, s.last, s.outcome) for s in spans.of(1, LTU)] == [
            (d("2023-06-01"), d("2023-06-30"), E),
            (d("2023-07-01"), d("2024-06-01"), N),
        ]

    def test_what_would_change_gives_the_day_of_the_new_registration(self) -> None:
        again = registered(
            Registration(r("2022-01-01", "2023-06-30")), Registration(r("2024-01-01"))
        )
        change = date_change(LONG_TERM_UNEMPLOYED, again, d("2023-07-01"))
        assert change is not None and change.day == d("2024-01-01")
        assert date_change(LONG_TERM_UNEMPLOYED, ENDED, d("2023-07-01")) is None
