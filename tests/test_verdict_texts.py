"""What a verdict says and carries, through compositions and versions: the report's keys and
personal detail in every part, explanations passing ``personal`` down, facts not collected and
missing listed by name, failed conditions under double negation, the next change of a rule
chosen by law date, and the helpers that build rules and tables."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar

import attrs
import pytest

from helpers import collected, r
from integra import (
    Entitlement,
    EntitlementKind,
    Household,
    Person,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.errors import InvalidValue
from integra.labels import Label, Language
from integra.law import Certainty, Citation
from integra.parameters import URP
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    RECEIVES_SOCIAL_ASSISTANCE,
    REGISTERED_UNEMPLOYED,
    SOCIAL_EMPLOYMENT_CIS,
    WORKING_AGE,
    AgeBetween,
)
from integra.rules.core import (
    Condition,
    Context,
    Fact,
    Outcome,
    Rule,
    Verdict,
    all_of,
    any_of,
    eligible_from,
    in_force,
    not_,
    rule_table,
)
from integra.rules.extending import amend
from integra.rules.status import HasEntitlement, InSituation

ON = date(2024, 3, 1)
# 1800.03 zł for three persons: 600.01 zł a person, 1 grosz above the criterion of 600 zł
# (UPS art. 8 ust. 1, from 2022-01-01).
ABOVE = collected(date(1970, 1, 1), Sex.FEMALE, households=[Household(3, Decimal("1800.03"))])
PERSONAL_EN = "income 600.01 zł a person in a family of 3"
PUBLIC_EN = "income per person in the family above the criterion"


@attrs.frozen(slots=True, eq=False, repr=False)
class TwoHistories(Condition):
    """Reads two histories, so that both can be missing at once."""

    law: Any = attrs.field(default=None, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.REGISTRATIONS, Fact.BENEFIT_AWARDS})

    @property
    def name(self) -> str:
        return "two_histories"

    @property
    def label(self) -> Label:
        return Label(pl="dwie historie", en="two histories")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        return Outcome.ELIGIBLE, None, ()

    def describe(self, verdict: Verdict, language: Language) -> str:
        return "both read"


class TestReport:
    def test_keys_and_personal_detail_in_every_part(self) -> None:
        rule = all_of(INCOME_WITHIN_CRITERION, RECEIVES_SOCIAL_ASSISTANCE, name="both")
        verdict = rule.evaluate(ABOVE, ON)
        personal, public = verdict.report(personal=True), verdict.report()
        assert personal["observed"] == {
            "pl": "0 spełnia, 2 nie spełnia, 0 nie wiadomo",
            "en": "0 eligible, 2 not eligible, 0 unknown",
        }
        income = personal["parts"][0]
        assert income["observed"] == {
            "pl": "dochód 600,01\u00a0zł na osobę w rodzinie 3-osobowej",
            "en": PERSONAL_EN,
        }
        assert income["citation"] == {
            "pl": "art. 8 ust. 1 ustawy o pomocy społecznej",
            "en": "Art. 8(1) of the Act on Social Assistance (UPS)",
        }
        assert public["parts"][0]["observed"]["en"] == PUBLIC_EN
        assert personal["citation"] is None


class TestExplain:
    def test_personal_detail_reaches_every_part(self) -> None:
        rule = all_of(INCOME_WITHIN_CRITERION, RECEIVES_SOCIAL_ASSISTANCE, name="both")
        verdict = rule.evaluate(ABOVE, ON)
        assert PERSONAL_EN in verdict.explain(personal=True)
        assert PUBLIC_EN in verdict.explain()
        assert "income 600.01 zł" not in verdict.explain()

    def test_personal_detail_reaches_the_version_in_force(self) -> None:
        ours = amend(
            INCOME_WITHIN_CRITERION,
            AgeBetween(minimum=18),
            date(2030, 1, 1),
            citation=Citation(URP),
            certainty=Certainty.DERIVED,
        )
        verdict = ours.evaluate(ABOVE, ON)
        assert verdict.explain(personal=True).startswith(
            f"NOT ELIGIBLE: income within the income criterion — {PERSONAL_EN};"
        )
        assert verdict.explain().startswith(
            f"NOT ELIGIBLE: income within the income criterion — {PUBLIC_EN};"
        )

    def test_facts_not_collected_are_named(self) -> None:
        verdict = TwoHistories().evaluate(Person(date(1970, 1, 1), Sex.MALE), ON)
        assert verdict.outcome is Outcome.UNKNOWN
        assert verdict.observed_text() == (
            "not collected: labour-office registrations, social-assistance awards"
        )
        assert verdict.observed_text("pl") == (
            "nie zebrano: okresów rejestracji w urzędzie pracy, decyzji o świadczeniach z pomocy "
            "społecznej"
        )
        assert verdict.explain() == (
            "UNKNOWN: two histories — not collected: labour-office registrations, "
            "social-assistance awards; missing: labour-office registrations, social-assistance "
            "awards"
        )
        assert verdict.explain("pl").endswith(
            "; brakuje: okresów rejestracji w urzędzie pracy, decyzji o świadczeniach z pomocy "
            "społecznej"
        )

    def test_nothing_missing_nothing_listed(self) -> None:
        verdict = TwoHistories().evaluate(collected(date(1970, 1, 1), Sex.MALE), ON)
        assert verdict.explain() == "ELIGIBLE: two histories — both read"


class TestFailed:
    def test_double_negation(self) -> None:
        """Not (not registered): for a person not registered, the failed condition is the
        registration itself."""
        nobody = collected(date(1970, 1, 1), Sex.MALE)
        verdict = not_(not_(REGISTERED_UNEMPLOYED)).evaluate(nobody, ON)
        assert verdict.outcome is Outcome.NOT_ELIGIBLE
        assert [leaf.rule.name for leaf in verdict.failed()] == ["registered_unemployed"]
        assert not_(REGISTERED_UNEMPLOYED).evaluate(nobody, ON).failed() == ()


class TestVersionsByLawDate:
    HOMELESS = collected(
        date(1970, 1, 1),
        Sex.MALE,
        situations=[
            SituationSpell(SocialSituation.HOMELESS_IN_PROGRAMME, r("2020-01-01", "2021-06-30"))
        ],
    )

    def test_next_change_within_a_version(self) -> None:
        """The homelessness programme ends on 2021-06-30, before the amendment of 2022-02-15."""
        ctx = Context(self.HOMELESS, date(2021, 1, 4))
        assert SOCIAL_EMPLOYMENT_CIS.stable_until(ctx) == date(2021, 7, 1)

    def test_next_change_before_any_version(self) -> None:
        """Before 2004-01-01 no version applies: the next change is the first version's start."""
        ctx = Context(self.HOMELESS, date(2003, 6, 2))
        assert SOCIAL_EMPLOYMENT_CIS.stable_until(ctx) == date(2004, 1, 1)


class TestBuilders:
    def test_in_force(self) -> None:
        cited = Citation(URP, article="435")
        entry = in_force(
            cited, date(2025, 6, 1), date(2025, 12, 31), certainty=Certainty.DERIVED, note="n"
        )
        assert (entry.value, entry.start, entry.end, entry.citation) == (
            True,
            date(2025, 6, 1),
            date(2025, 12, 31),
            cited,
        )
        assert (entry.certainty, entry.note) == (Certainty.DERIVED, "n")
        plain = in_force(cited, date(2025, 6, 1))
        assert (plain.end, plain.certainty, plain.note) == (None, Certainty.CONFIRMED, "")

    def test_labels_given_to_compositions(self) -> None:
        label = Label(pl="nasza", en="ours")
        assert any_of(WORKING_AGE, REGISTERED_UNEMPLOYED, label=label).label == label
        assert not_(WORKING_AGE, label=label).label == label

    def test_rule_table_names_a_rule_missing_from_names_by_its_own(self) -> None:
        table = rule_table([WORKING_AGE, REGISTERED_UNEMPLOYED], names={WORKING_AGE: "WA"})
        rows = table.splitlines()[2:]
        assert rows[0].startswith("| `WA` |")
        assert rows[1].startswith("| `registered_unemployed` |")


class TestNextChange:
    """The day a verdict can next change, from the periods a rule reads and its law."""

    ON = date(2024, 3, 1)
    PERSON = collected(
        date(1970, 1, 1),
        Sex.FEMALE,
        households=[Household(1, Decimal(500), r("2024-01-01", "2024-06-30"))],
        situations=[SituationSpell(SocialSituation.FOOD_AID, r("2024-01-01", "2024-05-31"))],
        entitlements=[Entitlement(EntitlementKind.OLD_AGE_PENSION, r("2024-02-01", "2024-04-30"))],
    )

    def test_the_day_after_each_kind_of_period_ends(self) -> None:
        ctx = Context(self.PERSON, self.ON)
        assert INCOME_WITHIN_CRITERION.stable_until(ctx) == date(2024, 7, 1)
        assert InSituation(frozenset({SocialSituation.FOOD_AID})).stable_until(ctx) == date(
            2024, 6, 1
        )
        pension = HasEntitlement(frozenset({EntitlementKind.OLD_AGE_PENSION}))
        assert pension.stable_until(ctx) == date(2024, 5, 1)

    def test_the_day_after_a_law_version_ends(self) -> None:
        """Working age: the 2004 version ends on 2012-12-31 and the next starts on 2017-10-01;
        for a man of 30 the verdict can change on 2013-01-01."""
        man = collected(date(1982, 3, 10), Sex.MALE)
        assert WORKING_AGE.stable_until(Context(man, date(2012, 6, 1))) == date(2013, 1, 1)


@attrs.frozen(slots=True, eq=False, repr=False)
class Stuck(Condition):
    """Never met; its next change is ``step`` days away (0: no progress)."""

    step: int = 1
    law: Any = attrs.field(default=None, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset()

    @property
    def name(self) -> str:
        return "stuck"

    @property
    def label(self) -> Label:
        return Label(pl="nigdy", en="never")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        return Outcome.NOT_ELIGIBLE, self.step, ()

    def stable_until(self, ctx: Context) -> date | None:
        return ctx.on + timedelta(days=self.step)


class TestEligibleFromSearch:
    def test_an_observation_without_words_of_its_own(self) -> None:
        """A condition that does not describe its observation shows it as it is."""
        verdict = Stuck(step=7).evaluate(collected(date(1970, 1, 1), Sex.MALE), date(2024, 1, 1))
        assert verdict.observed_text() == "7"

    def test_a_rule_that_does_not_move_ends_the_search(self) -> None:
        person = collected(date(1970, 1, 1), Sex.MALE)
        assert eligible_from(Stuck(step=0), person, date(2024, 1, 1)) is None

    def test_the_search_gives_up_after_its_steps(self) -> None:
        person = collected(date(1900, 1, 1), Sex.MALE)
        with pytest.raises(InvalidValue) as caught:
            eligible_from(Stuck(), person, date(1900, 1, 1), max_steps=3)
        assert str(caught.value) == ("eligible_from gave up after 3 steps; pass an earlier 'until'")

    def test_by_default_after_100_000_steps(self) -> None:
        """A day-by-day search from 1900-01-01 reaches 2173-10-14 after 100 000 steps."""
        person = collected(date(1900, 1, 1), Sex.MALE)
        with pytest.raises(InvalidValue, match="after 100000 steps"):
            eligible_from(Stuck(), person, date(1900, 1, 1))
        assert eligible_from(Stuck(), person, date(1900, 1, 1), until=date(2100, 1, 1)) is None


class TestContextErrors:
    def test_dates(self) -> None:
        person = collected(date(1970, 1, 1), Sex.MALE)
        for args in (("2024-01-01",), (date(2024, 1, 1), "2024-01-01")):
            with pytest.raises(InvalidValue) as caught:
                Context(person, *args)
            assert str(caught.value) == "the evaluation dates must be datetime.date values"
        with pytest.raises(InvalidValue) as unborn:
            Context(person, date(1969, 12, 31))
        assert str(unborn.value) == "the evaluation date is before Person.birth_date"
        assert Context(person, date(1970, 1, 1)).on == date(1970, 1, 1)


class TestNoVersionInForce:
    def test_before_the_first_version(self) -> None:
        """No version of the social-employment rule is modelled before 2004-01-01: UNKNOWN, on
        its own and inside a composition, with the law missing."""
        person = collected(date(1970, 1, 1), Sex.MALE)
        alone = SOCIAL_EMPLOYMENT_CIS.evaluate(person, date(2003, 6, 2))
        assert alone.outcome is Outcome.UNKNOWN
        assert alone.missing_facts == frozenset({Fact.LAW})
        both = all_of(SOCIAL_EMPLOYMENT_CIS, WORKING_AGE).evaluate(person, date(2003, 6, 2))
        assert both.outcome is Outcome.UNKNOWN


class TestConditionClasses:
    def test_a_condition_building_its_own_verdict_gives_its_outcome(self) -> None:
        """A condition class that overrides ``evaluate_in`` and not ``outcome_in`` is asked for
        its verdict's outcome; one that overrides both keeps its own ``outcome_in``."""

        class OwnVerdict(TwoHistories):
            def evaluate_in(self, ctx: Context) -> Verdict:
                return super().evaluate_in(ctx)

        class Both(OwnVerdict):
            def outcome_in(self, ctx: Context) -> Outcome:
                return Outcome.NOT_ELIGIBLE

        class Plain(TwoHistories):
            pass

        assert OwnVerdict.outcome_in is Rule.outcome_in
        assert Plain.outcome_in is Condition.outcome_in
        assert Both.outcome_in is Both.__dict__["outcome_in"]
        assert TwoHistories.outcome_in is Condition.outcome_in
        person = collected(date(1970, 1, 1), Sex.MALE)
        assert any_of(OwnVerdict(), WORKING_AGE).evaluate(person, ON).outcome is Outcome.ELIGIBLE
        assert all_of(Both(), WORKING_AGE).evaluate(person, ON).outcome is Outcome.NOT_ELIGIBLE


class TestLawDatesInTurn:
    """The same rule object asked for one law date after another answers each from the law of
    that date (working age: 2004-06-01..2012-12-31, none 2013-01-01..2017-09-30, then from
    2017-10-01; social employment: poverty needed before 2022-02-15, no version before 2004)."""

    def test_a_condition(self) -> None:
        man = collected(date(1980, 1, 1), Sex.MALE)
        laws = (
            date(2012, 6, 1),
            date(2015, 6, 1),
            date(2012, 6, 1),
            date(2015, 6, 1),
            date(2018, 1, 1),
        )
        outcomes = [WORKING_AGE.evaluate(man, date(2016, 6, 1), law).outcome for law in laws]
        assert [o.value for o in outcomes] == [
            "eligible",
            "unknown",
            "eligible",
            "unknown",
            "eligible",
        ]
        gap = WORKING_AGE.evaluate(man, date(2016, 6, 1), date(2015, 6, 1))
        assert gap.missing_facts == frozenset({Fact.LAW})

    def test_a_rule_by_law_date(self) -> None:
        released = collected(
            date(1980, 1, 1),
            Sex.MALE,
            situations=[SituationSpell(SocialSituation.RELEASED_FROM_PRISON, r("2020-01-01"))],
        )
        laws = (
            date(2021, 1, 1),
            date(2023, 1, 1),
            date(2021, 1, 1),
            date(2003, 1, 1),
            date(2023, 1, 1),
        )
        outcomes = [
            SOCIAL_EMPLOYMENT_CIS.evaluate(released, date(2023, 1, 1), law).outcome.value
            for law in laws
        ]
        assert outcomes == ["not_eligible", "eligible", "not_eligible", "unknown", "eligible"]
