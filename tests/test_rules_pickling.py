"""Library rules pickle as references: unpickled, in this process or another, they are the
library's own objects, so results keyed by rule find them again."""

from __future__ import annotations

import multiprocessing
import pickle
from datetime import date
from typing import Any

import attrs
import pytest

import integra.rules
from integra import Person, Sex
from integra.rules import (
    LONG_TERM_UNEMPLOYED,
    REGISTERED_UNEMPLOYED,
    WORKING_AGE,
    Outcome,
    Rule,
    WorkingAge,
)

LIBRARY: dict[str, Rule] = {
    name: value
    for name in integra.rules.__all__
    if isinstance(value := getattr(integra.rules, name), Rule)
}


def test_the_library_has_rules_to_pickle() -> None:
    assert len(LIBRARY) >= 20
    assert LIBRARY["LONG_TERM_UNEMPLOYED"] is LONG_TERM_UNEMPLOYED


@pytest.mark.parametrize("name", sorted(LIBRARY))
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_library_rule_comes_back_as_itself(name: str, protocol: int) -> None:
    rule = LIBRARY[name]
    data = pickle.dumps(rule, protocol=protocol)
    assert pickle.loads(data) is rule
    # A reference, not a copy of the rule's law and parts.
    assert len(data) < 200


def test_a_composition_of_library_rules_keeps_its_parts() -> None:
    both = REGISTERED_UNEMPLOYED & WORKING_AGE
    back = pickle.loads(pickle.dumps(both))
    assert back is not both
    assert list(back.walk())[1:] == [REGISTERED_UNEMPLOYED, WORKING_AGE]
    person = Person(date(1990, 1, 1), Sex.FEMALE, registrations=[])
    assert back.evaluate(person, date(2024, 1, 1)).outcome is Outcome.NOT_ELIGIBLE


def test_a_rule_of_ones_own_is_copied_not_taken_for_the_library_one() -> None:
    narrower = WorkingAge()  # built as the library's is, but not the library's WORKING_AGE
    back = pickle.loads(pickle.dumps(narrower))
    assert back is not narrower and back is not WORKING_AGE
    assert isinstance(back, WorkingAge)
    assert back.law == narrower.law
    person = Person(date(1960, 1, 1), Sex.FEMALE)
    assert back.evaluate(person, date(2024, 1, 1)).outcome is Outcome.NOT_ELIGIBLE
    # A library rule changed by evolve is a rule of one's own too.
    changed = attrs.evolve(WORKING_AGE)
    assert pickle.loads(pickle.dumps(changed)) is not WORKING_AGE


def _in_another_process(data: bytes) -> tuple[bool, Any]:
    from datetime import date

    import integra.rules
    from integra import Person, Sex

    results = pickle.loads(data)
    person = Person(date(1980, 1, 1), Sex.MALE, registrations=[])
    same = all(rule is getattr(integra.rules, name) for name, rule in results.items())
    verdicts = {rule: rule.evaluate(person, date(2024, 1, 1)) for rule in results.values()}
    return same, pickle.dumps(verdicts)


def test_results_keyed_by_rule_cross_a_process_boundary() -> None:
    rules = {name: LIBRARY[name] for name in ("LONG_TERM_UNEMPLOYED", "WORKING_AGE")}
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        same, data = pool.apply(_in_another_process, (pickle.dumps(rules),))
    assert same
    verdicts = pickle.loads(data)
    assert verdicts[LONG_TERM_UNEMPLOYED].outcome is Outcome.NOT_ELIGIBLE
    assert verdicts[WORKING_AGE].outcome is Outcome.ELIGIBLE
    assert verdicts[LONG_TERM_UNEMPLOYED].rule is LONG_TERM_UNEMPLOYED


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_the_outcome_category_rule_comes_back_as_itself(protocol: int) -> None:
    from integra.outcomes.categories import CATEGORY_RULES, SEVERE_DISABILITY_GROUP

    data = pickle.dumps(SEVERE_DISABILITY_GROUP, protocol=protocol)
    assert pickle.loads(data) is SEVERE_DISABILITY_GROUP
    assert b"SEVERE_DISABILITY_GROUP" in data and len(data) < 200
    # The rules of the categories, the outcomes' own among them, travel as references too.
    back = pickle.loads(pickle.dumps(dict(CATEGORY_RULES), protocol=protocol))
    assert all(back[category] is rule for category, rule in CATEGORY_RULES.items())
