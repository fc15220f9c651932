"""Tests of the data types of the rules package: strategies produce valid values, and every type
round-trips through JSON text with the library's converter."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integra.rules import RevitalisationArea, StreetSegment, SubArea
from integra.rules.revitalisation import AREA_SHARE_MAX, LPR_LAST_DAY, POPULATION_SHARE_MAX
from integra.serialization import converter
from integra.strategies import registry
from integra.strategies.rules import (
    revitalisation_areas,
    street_segments,
    sub_areas,
    type_strategies,
)

RULE_TYPES = sorted(type_strategies(), key=lambda kind: kind.__name__)


def through_json(value: Any, kind: Any) -> Any:
    return converter.structure(json.loads(json.dumps(converter.unstructure(value))), kind)


class TestRoundTrip:
    @pytest.mark.parametrize("kind", RULE_TYPES, ids=lambda k: k.__name__)
    @given(data=st.data())
    def test_every_type_round_trips(self, kind: type, data: st.DataObject) -> None:
        value = data.draw(st.from_type(kind))
        assert isinstance(value, kind)
        back = through_json(value, kind)
        if isinstance(value, enum.Enum):
            assert back is value
        else:
            assert back == value

    def test_the_rules_types_are_registered(self) -> None:
        assert set(RULE_TYPES) <= set(registry.type_strategies())
        names = {kind.__name__ for kind in RULE_TYPES}
        assert {"Outcome", "Fact", "RevitalisationArea", "StreetSegment", "SubArea"} <= names
        # Results and behaviour are not data: they are left out on purpose.
        assert not names & {"Verdict", "ScreeningResult", "Context", "Rule"}


class TestStrategies:
    @given(street_segments())
    def test_segments_are_ordered(self, segment: StreetSegment) -> None:
        if segment.from_number is not None and segment.to_number is not None:
            assert segment.from_number <= segment.to_number

    @given(sub_areas())
    def test_sub_areas_are_not_empty(self, sub_area: SubArea) -> None:
        assert sub_area.streets or sub_area.units

    @given(revitalisation_areas())
    def test_areas_respect_the_act(self, area: RevitalisationArea) -> None:
        assert area.valid.start >= area.adopted_on
        if area.area_share is not None:
            assert 0 < area.area_share <= AREA_SHARE_MAX
        if area.population_share is not None:
            assert 0 < area.population_share <= POPULATION_SHARE_MAX
        if area.programme.value == "lpr":
            assert area.valid.last <= LPR_LAST_DAY
