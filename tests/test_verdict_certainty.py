"""What a verdict's certainty covers: every part read, decisive or not, and the law of each
side of 2025-06-01 and of the review date."""

from __future__ import annotations

from decimal import Decimal

from helpers import d, r
from integra.law import LAW_REVIEW_DATE, Certainty
from integra.people import Household, Person, Registration, Sex
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    Outcome,
)
from integra.rules.at_risk import AT_RISK_2021_2027, AT_RISK_2021_2027_CATEGORIES

CONFIRMED, DERIVED, ASSUMED = (
    Certainty.CONFIRMED,
    Certainty.DERIVED,
    Certainty.ASSUMED_UNCHANGED,
)


def registered_single(since: str, income: str = "400") -> Person:
    return Person(
        d("1980-03-03"),
        Sex.FEMALE,
        registrations=[Registration(r(since))],
        households=[Household(1, Decimal(income))],
    )


def test_a_part_that_did_not_decide_still_counts() -> None:
    # 2005: registration (UPZ, confirmed) decides "at least one"; the 2004 income criterion is
    # derived. The composite answer is as certain as the weakest part read, decisive or not:
    # a filter on CONFIRMED never keeps an answer whose explanation shows a derived line.
    p = registered_single("2004-06-01")
    v = (REGISTERED_UNEMPLOYED | INCOME_WITHIN_CRITERION).evaluate(p, d("2005-01-01"))
    registered, income = v.children
    assert (registered.outcome, registered.certainty) == (Outcome.ELIGIBLE, CONFIRMED)
    assert (income.outcome, income.certainty) == (Outcome.ELIGIBLE, DERIVED)
    assert (v.outcome, v.certainty) == (Outcome.ELIGIBLE, DERIVED)


def test_income_criteria_of_2025_are_confirmed_only_up_to_the_review_date() -> None:
    p = registered_single("2024-01-01")
    on_review = INCOME_WITHIN_CRITERION.evaluate(p, LAW_REVIEW_DATE)
    assert on_review.certainty is CONFIRMED
    for later in ("2026-11-30", "2100-01-01"):
        v = INCOME_WITHIN_CRITERION.evaluate(p, d(later))
        assert (v.outcome, v.certainty) == (Outcome.ELIGIBLE, ASSUMED)
        assert v.explain("pl").endswith("[przyjęto brak zmian od ostatniego przeglądu]")
        assert v.report()["certainty"] == "assumed_unchanged"


def test_long_term_unemployment_on_both_sides_of_2025_06_01() -> None:
    # Registered since 2024-06-10: 356 days in 2023-06-01..2025-05-31 (UPZ, wording confirmed,
    # start day derived), 361 days in 2023-06-06..2025-06-05 (URP, press only): derived both.
    p = registered_single("2024-06-10")
    before = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-05-31"))
    after = LONG_TERM_UNEMPLOYED.evaluate(p, d("2025-06-05"))
    assert (before.outcome, before.observation[0], before.citation.act.short) == (  # type: ignore[union-attr]
        Outcome.NOT_ELIGIBLE,
        356,
        "UPZ",
    )
    assert (after.outcome, after.observation[0], after.citation.act.short) == (  # type: ignore[union-attr]
        Outcome.ELIGIBLE,
        361,
        "URP",
    )
    assert after.citation.article is None  # type: ignore[union-attr]  # no URP article invented
    assert before.certainty is DERIVED and after.certainty is DERIVED


def test_the_2021_2027_stand_in_does_not_claim_a_confirmed_date() -> None:
    # The guidelines exist; the day they apply from (taken as the period's first day) was not
    # found, so the stand-in's law is derived, and so is its verdict.
    [stand_in] = AT_RISK_2021_2027_CATEGORIES
    entry = stand_in.law.entries[0]  # type: ignore[attr-defined]
    assert entry.certainty is DERIVED
    assert "not found" in entry.note
    v = AT_RISK_2021_2027.evaluate(registered_single("2024-01-01"), d("2024-09-17"))
    assert (v.outcome, v.certainty) == (Outcome.UNKNOWN, DERIVED)
