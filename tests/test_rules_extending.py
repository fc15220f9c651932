"""Law added by a user organisation: amended timelines, rule versions and replaced parts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import d
from integra.errors import InvalidValue
from integra.law import Certainty, Citation, Dated
from integra.parameters import INCOME_CRITERIA, UPS, URP, IncomeCriterion
from integra.people import Household, Person, Sex
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    REGISTERED_UNEMPLOYED,
    SOCIAL_EMPLOYMENT_CIS,
    WORKING_AGE,
    AgeBetween,
    ByLawDate,
    Outcome,
    all_of,
)
from integra.rules.extending import amend, replace, with_law

DERIVED = Certainty.DERIVED
OURS = Citation(URP)


def test_with_law_checks_its_arguments() -> None:
    with pytest.raises(InvalidValue, match="condition"):
        with_law(REGISTERED_UNEMPLOYED & WORKING_AGE, INCOME_CRITERIA)  # type: ignore[type-var]
    with pytest.raises(InvalidValue, match="Timeline"):
        with_law(INCOME_WITHIN_CRITERION, "law")  # type: ignore[arg-type]


def test_a_corrected_period_is_read_and_cited_with_its_certainty() -> None:
    corrected = with_law(
        INCOME_WITHIN_CRITERION,
        INCOME_CRITERIA.amended(
            Dated(
                IncomeCriterion(Decimal(800), Decimal(620)),
                d("2023-01-01"),
                d("2023-12-31"),
                citation=Citation(UPS, "8", "1", "1"),
                certainty=DERIVED,
            )
        ),
    )
    single = Person(d("1980-01-01"), Sex.FEMALE, households=[Household(1, Decimal("790.00"))])
    # 790 zł: above the library's 776 zł, within our 800 zł for 2023 only.
    assert INCOME_WITHIN_CRITERION.evaluate(single, d("2023-06-01")).outcome is Outcome.NOT_ELIGIBLE
    v = corrected.evaluate(single, d("2023-06-01"))
    assert (v.outcome, v.certainty) == (Outcome.ELIGIBLE, DERIVED)
    after = corrected.evaluate(single, d("2024-01-01"))
    assert (after.outcome, after.certainty) == (Outcome.NOT_ELIGIBLE, Certainty.CONFIRMED)


def test_amend_a_rule_for_a_period_and_a_dated_rule() -> None:
    rule = amend(
        WORKING_AGE,
        AgeBetween(minimum=18, below=67),
        d("2028-01-01"),
        d("2028-12-31"),
        citation=OURS,
        certainty=DERIVED,
        name="our_age",
    )
    man = Person(d("1962-06-01"), Sex.MALE)
    outcomes = [
        rule.evaluate(man, d(x)).outcome for x in ("2027-12-31", "2028-06-01", "2029-01-01")
    ]
    assert outcomes == [Outcome.NOT_ELIGIBLE, Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE]
    assert rule.name == "our_age" and rule.label == WORKING_AGE.label
    dated = amend(
        SOCIAL_EMPLOYMENT_CIS,
        REGISTERED_UNEMPLOYED,
        d("2030-01-01"),
        citation=OURS,
        certainty=DERIVED,
    )
    assert isinstance(dated, ByLawDate)
    assert len(dated.versions) == len(SOCIAL_EMPLOYMENT_CIS.versions) + 1
    assert dated.versions.at(d("2030-01-01")) is REGISTERED_UNEMPLOYED
    assert dated.versions.at(d("2023-01-01")) is SOCIAL_EMPLOYMENT_CIS.versions.at(d("2023-01-01"))
    with pytest.raises(InvalidValue, match="rules"):
        amend(WORKING_AGE, "rule", d("2030-01-01"), citation=OURS, certainty=DERIVED)  # type: ignore[arg-type]


def test_replace_reaches_through_negation_and_versions() -> None:
    ours = AgeBetween(minimum=20)
    negated = ~WORKING_AGE
    assert replace(negated, WORKING_AGE, ours).rule is ours  # type: ignore[attr-defined]
    assert replace(negated, REGISTERED_UNEMPLOYED, ours) is negated
    dated = amend(
        WORKING_AGE, REGISTERED_UNEMPLOYED, d("2030-01-01"), citation=OURS, certainty=DERIVED
    )
    swapped = replace(dated, WORKING_AGE, ours)
    assert isinstance(swapped, ByLawDate) and swapped.versions.at(d("2020-01-01")) is ours
    assert replace(dated, INCOME_WITHIN_CRITERION, ours) is dated
    both = all_of(REGISTERED_UNEMPLOYED, negated, name="x")
    assert replace(both, WORKING_AGE, ours).rules[1].rule is ours  # type: ignore[attr-defined]
    assert replace(WORKING_AGE, WORKING_AGE, ours) is ours
    assert replace(REGISTERED_UNEMPLOYED, WORKING_AGE, ours) is REGISTERED_UNEMPLOYED
