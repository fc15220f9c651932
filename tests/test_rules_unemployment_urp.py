"""Long-term unemployment and registration under the act of 2025 (URP) from 2025-06-01, and the
certainty verdicts carry. Days are counted by hand: "more than 12 months" is more than 360 days
(Kodeks cywilny art. 114), in the 2-year window ending on the evaluation date."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given
from hypothesis import strategies as st

from helpers import d, r
from integra.law import LAW_REVIEW_DATE, Certainty, weakest
from integra.parameters import UPZ, URP
from integra.people import ExcludedPeriod, ExclusionKind, Person, Registration, Sex
from integra.rules import (
    ALL_RULES,
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    WORKING_AGE,
    ByLawDate,
    Condition,
    Fact,
    Outcome,
    Verdict,
    eligible_from,
)
from integra.rules.unemployment import LONG_TERM_UNEMPLOYMENT_LAW
from integra.strategies import dates, people

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN
ASSUMED, DERIVED, CONFIRMED = (
    Certainty.ASSUMED_UNCHANGED,
    Certainty.DERIVED,
    Certainty.CONFIRMED,
)
TODAY = d("2026-11-29")


def registered(*spells: Registration) -> Person:
    return Person(d("1980-01-01"), Sex.MALE, registrations=spells)


class TestDoneWhen:
    def test_registered_since_2024_07_10_is_long_term_unemployed_today(self) -> None:
        v = LONG_TERM_UNEMPLOYED.evaluate(registered(Registration(r("2024-07-10"))), TODAY)
        # Window 2024-11-30..2026-11-29, all of it registered: 365 + 365 = 730 days.
        assert v.outcome is E
        assert v.observation[:3] == (730, d("2024-11-30"), d("2026-11-29"))
        assert v.citation is not None and v.citation.act is URP
        assert v.certainty is DERIVED
        assert "The Act on the Labour Market and Employment Services (URP)" in v.explain()
        assert v.explain().endswith("[derived value]")
        assert v.report()["certainty"] == "derived"

    def test_registered_since_2026_01_01_is_not_yet(self) -> None:
        p = registered(Registration(r("2026-01-01")))
        v = LONG_TERM_UNEMPLOYED.evaluate(p, TODAY)
        # 2026-01-01..2026-11-29 is 333 days.
        assert (v.outcome, v.observation[0]) == (N, 333)
        assert v.citation is not None and v.citation.act is URP
        assert v.certainty is DERIVED
        # Day 361 is 2026-12-27, after the review date: eligible then, on assumed-unchanged law.
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, TODAY) == d("2026-12-27")
        later = LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-12-27"))
        assert (later.outcome, later.observation[0], later.certainty) == (E, 361, ASSUMED)
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-12-26")).outcome is N


class TestBothSidesOf2025_06_01:
    def test_the_version_in_force_follows_the_law_date(self) -> None:
        p = registered(Registration(r("2023-01-01")))
        before = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-05-31"))
        after = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-06-01"))
        assert before.outcome is after.outcome is E
        assert before.citation is not None and before.citation.act is UPZ
        assert (
            before.citation.text("pl")
            == "art. 2 ust. 1 pkt 5 ustawy o promocji zatrudnienia i instytucjach rynku pracy"
        )
        assert after.citation is not None and after.citation.act is URP
        # The facts of today under the law of yesterday, and the other way round.
        upz_law = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-06-01"), law_on=d("2025-05-31"))
        urp_law = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-05-31"), law_on=d("2025-06-01"))
        assert upz_law.citation is not None and upz_law.citation.act is UPZ
        assert urp_law.citation is not None and urp_law.citation.act is URP

    def test_threshold_under_urp(self) -> None:
        p = registered(Registration(r("2025-01-01")))
        # 2025-01-01 + 360 days = 2025-12-27, the 361st registered day.
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-26")).observation[0] == 360
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-26")).outcome is N
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-27")).outcome is E

    def test_eligible_from_crosses_the_boundary(self) -> None:
        p = registered(Registration(r("2024-06-10")))
        # 2024-06-10 + 360 days = 2025-06-05: reached under URP, searched from UPZ days.
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2025-01-01")) == d("2025-06-05")
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-06-04")).outcome is N
        # With the law fixed at UPZ the count is the same: the same day.
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2025-01-01"), law_on=d("2025-05-31")) == d(
            "2025-06-05"
        )

    def test_internships_are_excluded_under_both(self) -> None:
        internship = ExcludedPeriod(ExclusionKind.INTERNSHIP, r("2025-02-01", "2025-02-28"))
        p = registered(Registration(r("2025-01-01"), exclusions=[internship]))
        # 28 days of internship: the 361st countable day is 2025-01-01 + 388 = 2026-01-24.
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-01-23")).outcome is N
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-01-24")).outcome is E
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2025-06-01")) == d("2026-01-24")

    def test_adult_vocational_preparation_is_unsettled_under_urp(self) -> None:
        pzd = ExcludedPeriod(
            ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2025-02-01", "2025-02-28")
        )
        p = registered(Registration(r("2025-01-01"), exclusions=[pzd]))
        # Counting it: 361 days on 2025-12-27; not counting it: 333. The answer depends on it.
        v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-27"))
        assert (v.outcome, v.missing) == (U, (Fact.LAW,))
        assert v.observation[0] == 333 and v.observation[4] == 361
        assert "adult vocational preparation" in v.observed_text()
        assert "przygotowanie zawodowe dorosłych" in v.observed_text("pl")
        assert v.threshold_text() == "more than 360 days (12 months of 30 days)"
        # The day before, neither count is enough; from 2026-01-24 both are.
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-26")).outcome is N
        assert LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-01-24")).outcome is E
        assert eligible_from(LONG_TERM_UNEMPLOYED, p, d("2025-06-01")) == d("2026-01-24")
        # Under UPZ it was excluded for certain.
        old = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-12-27"), law_on=d("2025-05-31"))
        assert (old.outcome, old.observation[0]) == (N, 333)

    def test_registration_and_working_age_under_urp(self) -> None:
        p = registered(Registration(r("2025-03-01")))
        v = REGISTERED_UNEMPLOYED.evaluate(p, TODAY)
        assert v.outcome is E and v.citation is not None and v.citation.act is URP
        assert v.certainty is DERIVED
        assert REGISTERED_UNEMPLOYED.evaluate(p, d("2025-05-31")).certainty is CONFIRMED
        assert WORKING_AGE.citation_on(TODAY).act is URP  # type: ignore[union-attr]

    def test_the_versions_in_the_law(self) -> None:
        upz, urp = LONG_TERM_UNEMPLOYMENT_LAW.entries
        assert (upz.end, urp.start) == (d("2025-05-31"), d("2025-06-01"))
        assert (urp.value.months, urp.value.window_years) == (12, 2)
        assert urp.value.excluded == frozenset({ExclusionKind.INTERNSHIP})
        assert urp.certainty is DERIVED and "natemat.pl" in urp.note


class TestCertainty:
    def test_confirmed_derived_and_assumed(self) -> None:
        p = Person(d("1990-01-01"), Sex.FEMALE)
        assert WORKING_AGE.evaluate(p, d("2024-01-01")).certainty is CONFIRMED
        assert WORKING_AGE.evaluate(p, d("2026-01-01")).certainty is DERIVED
        assert WORKING_AGE.evaluate(p, LAW_REVIEW_DATE).certainty is DERIVED
        v = WORKING_AGE.evaluate(p, d("2100-01-01"), law_on=d("2100-01-01"))
        assert v.certainty is ASSUMED
        assert "[assumed unchanged since the last review]" in v.explain()
        assert "[przyjęto brak zmian od ostatniego przeglądu]" in v.explain("pl")

    def test_a_composition_is_as_certain_as_its_weakest_part(self) -> None:
        p = registered(Registration(r("2023-01-01")))
        both = (REGISTERED_UNEMPLOYED & LONG_TERM_UNEMPLOYED).evaluate(p, d("2024-06-01"))
        assert [c.certainty for c in both.children] == [CONFIRMED, DERIVED]
        assert both.certainty is DERIVED
        assert both.explain().splitlines()[0] == "ELIGIBLE: all of the following [derived value]"
        assert both.report()["certainty"] == "derived"
        only = REGISTERED_UNEMPLOYED.evaluate(p, d("2024-06-01"))
        assert only.certainty is CONFIRMED and "[" not in only.explain()

    def test_no_law_in_force_is_never_confirmed(self) -> None:
        v = LONG_TERM_UNEMPLOYED.evaluate(registered(), d("2024-01-01"), law_on=d("2001-01-01"))
        assert v.outcome is U and v.certainty is Certainty.NO_LAW


def _values_read(verdict: Verdict) -> list[Certainty]:
    """The certainty of every law value a verdict read, found independently of
    ``Verdict.certainty``: each condition's version in force, each choice of a version."""
    found: list[Certainty] = []
    rule = verdict.rule
    if isinstance(rule, Condition) and rule.law is not None:
        if rule.law.get(verdict.law_on) is None:
            found.append(Certainty.NO_LAW)
        else:
            found.append(rule.law.lookup(verdict.law_on).certainty)
    if isinstance(rule, ByLawDate):
        if rule.versions.get(verdict.law_on) is None:
            found.append(Certainty.NO_LAW)
        else:
            found.append(rule.versions.lookup(verdict.law_on).certainty)
    for child in verdict.children:
        found.extend(_values_read(child))
    return found


@given(
    st.sampled_from(ALL_RULES),
    people(),
    dates(date(2004, 1, 1), date(2035, 12, 31)),
    st.none() | dates(date(2004, 1, 1), date(2035, 12, 31)),
)
def test_a_verdict_is_never_more_certain_than_the_weakest_value_it_read(
    rule: ByLawDate, person: Person, on: date, law_on: date | None
) -> None:
    assume(on >= person.birth_date)
    verdict = rule.evaluate(person, on, law_on)
    read = _values_read(verdict)
    assert all(verdict.certainty <= value for value in read)
    assert verdict.certainty is weakest(read)
    if verdict.law_on > LAW_REVIEW_DATE and read:
        expected = Certainty.NO_LAW if Certainty.NO_LAW in read else ASSUMED
        assert verdict.certainty is expected


def test_a_version_of_its_own_excluding_only_internships() -> None:
    """An organisation's reading: under URP only internships are left out, for certain."""
    from integra.law import Citation, Dated
    from integra.rules.extending import with_law
    from integra.rules.unemployment import LongTermUnemploymentDefinition

    reading = with_law(
        LONG_TERM_UNEMPLOYED,
        LONG_TERM_UNEMPLOYMENT_LAW.amended(
            Dated(
                LongTermUnemploymentDefinition(
                    12, 2, excluded=frozenset({ExclusionKind.INTERNSHIP})
                ),
                d("2025-06-01"),
                citation=Citation(URP),
                certainty=DERIVED,
            )
        ),
    )
    pzd = ExcludedPeriod(ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2025-02-01", "2025-02-28"))
    p = registered(Registration(r("2025-01-01"), exclusions=[pzd]))
    # Adult vocational preparation counts: 361 days on 2025-12-27, eligible.
    v = reading.evaluate(p, d("2025-12-27"))
    assert (v.outcome, v.observation[0], v.certainty) == (E, 361, DERIVED)
    assert reading.evaluate(p, d("2025-12-26")).outcome is N
