"""What ``amend``, ``replace`` and ``with_law`` keep and what they set, field by field: the new
version's dates, citation, certainty, note and review period, the base version of a rule that had
no versions, the name and label of the result, and the exact errors."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import r
from integra.errors import InvalidValue
from integra.labels import Label
from integra.law import Certainty, Citation
from integra.parameters import INCOME_CRITERIA, URP, UZS_2022_AMENDMENT
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    SOCIAL_EMPLOYMENT_CIS,
    WORKING_AGE,
    AgeBetween,
    all_of,
)
from integra.rules.extending import amend, replace, with_law

OURS = Citation(URP, article="1")
ADULTS = AgeBetween(minimum=18, below=67)


class TestAmend:
    def test_a_rule_without_versions_becomes_the_base_version(self) -> None:
        """The rule in force before the new version keeps the citation it has on that day."""
        ours = amend(
            REGISTERED_UNEMPLOYED,
            ADULTS,
            date(2028, 1, 1),
            citation=OURS,
            certainty=Certainty.DERIVED,
            note="our reading",
            reviewed_until=date(2028, 6, 30),
        )
        assert ours.versions.name == "versions of registered_unemployed"
        base, new = ours.versions.entries
        assert (base.value, base.start, base.end, base.certainty, base.note) == (
            REGISTERED_UNEMPLOYED,
            date.min,
            None,
            Certainty.CONFIRMED,
            "",
        )
        assert base.citation == REGISTERED_UNEMPLOYED.citation_on(date(2028, 1, 1))
        assert base.citation is not None
        assert (new.value, new.start, new.end, new.citation, new.certainty, new.note) == (
            ADULTS,
            date(2028, 1, 1),
            None,
            OURS,
            Certainty.DERIVED,
            "our reading",
        )
        assert ours.versions.reviewed_also == (r("2028-01-01", "2028-06-30"),)
        assert (ours.name, ours.label) == (REGISTERED_UNEMPLOYED.name, REGISTERED_UNEMPLOYED.label)

    def test_a_rule_with_versions_gets_one_more(self) -> None:
        ours = amend(
            SOCIAL_EMPLOYMENT_CIS,
            ADULTS,
            date(2030, 1, 1),
            date(2030, 12, 31),
            citation=OURS,
            certainty=Certainty.CONFIRMED,
            reviewed_until=date(2030, 3, 31),
            name="ours",
            label=Label(pl="nasza", en="ours"),
        )
        (new,) = [e for e in ours.versions.entries if e.value is ADULTS]
        kept = [e for e in ours.versions.entries if e.value is not ADULTS]
        assert {e.citation for e in kept} == {
            e.citation for e in SOCIAL_EMPLOYMENT_CIS.versions.entries
        }
        assert Citation(UZS_2022_AMENDMENT) in {e.citation for e in kept}
        assert (new.start, new.certainty, new.note) == (date(2030, 1, 1), Certainty.CONFIRMED, "")
        assert ours.versions.get(date(2030, 12, 31)) is ADULTS
        assert ours.versions.get(date(2031, 1, 1)) is SOCIAL_EMPLOYMENT_CIS.versions.get(
            date(2031, 1, 1)
        )
        assert ours.versions.reviewed_also == (r("2030-01-01", "2030-03-31"),)
        assert (ours.name, ours.label.pl, ours.label.en) == ("ours", "nasza", "ours")

    def test_without_a_review_period(self) -> None:
        ours = amend(
            REGISTERED_UNEMPLOYED,
            ADULTS,
            date(2028, 1, 1),
            citation=OURS,
            certainty=Certainty.DERIVED,
        )
        # An open-ended version is checked on its first day only.
        assert ours.versions.reviewed_also == (r("2028-01-01", "2028-01-01"),)
        assert ours.versions.entries[-1].note == ""

    def test_only_rules(self) -> None:
        with pytest.raises(InvalidValue) as caught:
            amend(
                REGISTERED_UNEMPLOYED,
                "x",  # type: ignore[arg-type]
                date(2028, 1, 1),
                citation=OURS,
                certainty=Certainty.DERIVED,
            )
        assert str(caught.value) == "amend takes rules"


class TestReplace:
    def test_nothing_to_replace_gives_the_same_objects(self) -> None:
        recruitment = all_of(REGISTERED_UNEMPLOYED, WORKING_AGE, name="ours")
        assert replace(recruitment, ADULTS, WORKING_AGE) is recruitment
        assert replace(SOCIAL_EMPLOYMENT_CIS, ADULTS, WORKING_AGE) is SOCIAL_EMPLOYMENT_CIS
        negated = ~REGISTERED_UNEMPLOYED
        assert replace(negated, ADULTS, WORKING_AGE) is negated

    def test_a_part_is_replaced_in_each_version(self) -> None:
        changed = replace(SOCIAL_EMPLOYMENT_CIS, LONG_TERM_UNEMPLOYED, ADULTS)
        assert changed is not SOCIAL_EMPLOYMENT_CIS
        assert changed.name == SOCIAL_EMPLOYMENT_CIS.name


class TestWithLaw:
    def test_errors(self) -> None:
        with pytest.raises(InvalidValue) as not_a_condition:
            with_law(REGISTERED_UNEMPLOYED & WORKING_AGE, INCOME_CRITERIA)  # type: ignore[type-var]
        assert str(not_a_condition.value) == (
            "with_law takes a condition (a rule with a law of its own)"
        )
        with pytest.raises(InvalidValue) as not_a_timeline:
            with_law(INCOME_WITHIN_CRITERION, "law")  # type: ignore[arg-type]
        assert str(not_a_timeline.value) == "with_law takes a Timeline as the law"
        with pytest.raises(InvalidValue) as wrong_kind:
            with_law(LONG_TERM_UNEMPLOYED, INCOME_CRITERIA)
        assert str(wrong_kind.value) == (
            "with_law: the law of long_term_unemployed must be a value of type "
            "LongTermUnemploymentDefinition, got IncomeCriterion"
        )
