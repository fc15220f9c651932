"""The at-risk target group by programme period: 2014-2020 list, 2021-2027 not yet cited."""

from __future__ import annotations

import pytest

from helpers import d, r
from integra.errors import InvalidValue
from integra.law import Certainty, Citation
from integra.parameters import EU_2021_2027
from integra.people import Person, Sex, SituationSpell, SocialSituation
from integra.rules import (
    AT_RISK_2014_2020,
    AT_RISK_2021_2027,
    AT_RISK_2021_2027_CATEGORIES,
    Fact,
    ListNotCited,
    Outcome,
    ProgrammePeriod,
    at_risk_for,
)

FOOD_AID = Person(
    d("1990-01-01"),
    Sex.FEMALE,
    situations=[SituationSpell(SocialSituation.FOOD_AID, r("2019-01-01"))],
)


class TestProgrammePeriod:
    def test_the_list_follows_the_period_not_the_date(self) -> None:
        # A 2014-2020 project recruiting in 2022 still uses its list.
        old = at_risk_for(ProgrammePeriod.EU_2014_2020).evaluate(FOOD_AID, d("2022-03-01"))
        assert old.outcome is Outcome.ELIGIBLE
        # A 2021-2027 project recruiting in 2022: the list is not cited, so unknown.
        new = at_risk_for(ProgrammePeriod.EU_2021_2027).evaluate(FOOD_AID, d("2022-03-01"))
        assert new.outcome is Outcome.UNKNOWN and new.missing == (Fact.LAW,)

    def test_periods(self) -> None:
        assert str(ProgrammePeriod.EU_2014_2020.years) == "2014-01-01..2020-12-31"
        assert ProgrammePeriod.EU_2021_2027.label.pl == "perspektywa finansowa UE 2021–2027"
        assert at_risk_for(ProgrammePeriod.EU_2014_2020) is AT_RISK_2014_2020
        assert at_risk_for(ProgrammePeriod.EU_2021_2027) is AT_RISK_2021_2027
        with pytest.raises(InvalidValue, match="ProgrammePeriod"):
            at_risk_for("2021-2027")  # type: ignore[arg-type]


class TestListNotCited:
    def test_it_names_the_document_and_never_decides(self) -> None:
        [stand_in] = AT_RISK_2021_2027_CATEGORIES
        assert isinstance(stand_in, ListNotCited)
        assert stand_in.citations() == (Citation(EU_2021_2027),)
        v = stand_in.evaluate(FOOD_AID, d("2024-09-17"))
        assert (v.outcome, v.missing) == (Outcome.UNKNOWN, (Fact.LAW,))
        assert "has not been cited" in v.observed_text()
        assert "nie została jeszcze wprowadzona" in v.observed_text("pl")
        assert v.citation == Citation(EU_2021_2027)
        assert v.certainty is Certainty.DERIVED  # the document's start day was not found
        assert stand_in.required_facts() == frozenset()
        # Before the period the stand-in has no law either.
        assert stand_in.evaluate(FOOD_AID, d("2020-12-31")).observed_text().startswith("no law")

    def test_the_whole_rule_is_unknown_for_everyone(self) -> None:
        v = AT_RISK_2021_2027.evaluate(Person(d("1970-01-01"), Sex.MALE), d("2026-11-29"))
        assert v.outcome is Outcome.UNKNOWN
        assert v.explain().splitlines()[0] == (
            "UNKNOWN: at risk of poverty or social exclusion (ESF+ 2021-2027 guidelines) [derived value]"
        )
