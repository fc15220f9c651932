"""``RuleSet``: several rules evaluated together, compiled for a period of the law. Whatever it
runs, it must answer exactly as each rule evaluated in turn, and leave the context as they do."""

from __future__ import annotations

import pickle
import re
from datetime import date, timedelta
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import Adult, collected, d
from integra.bulk import generate
from integra.errors import InvalidValue
from integra.labels import Label, Language
from integra.law import Citation, Dated, Timeline
from integra.parameters import UPS
from integra.people import Person, Sex, SituationSpell
from integra.people import SocialSituation as S
from integra.periods import DateRange
from integra.rules import (
    ALL_RULES,
    AT_RISK_2014_2020,
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    PAI_ELIGIBILITY,
    RECEIVES_SOCIAL_ASSISTANCE,
    REGISTERED_UNEMPLOYED,
    WORKING_AGE,
    AllOf,
    AnyOf,
    ByLawDate,
    Condition,
    Context,
    Fact,
    Not,
    Outcome,
    Rule,
    RuleSet,
    Verdict,
    all_of,
    any_of,
    not_,
    screen_each,
)
from integra.rules.status import InSituation
from integra.strategies import dates, people

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN
_DAY = timedelta(days=1)
D = date(2024, 1, 1)


# -- rules a user might write, each answering in its own way -------------------------------------


@attrs.frozen(slots=True, eq=False, repr=False)
class Unverified(InSituation):
    """Builds its own verdict: a recorded situation only makes it UNKNOWN."""

    def evaluate_in(self, ctx: Context) -> Verdict:
        verdict = InSituation.evaluate_in(self, ctx)
        if verdict.outcome is E:
            return verdict._replace(outcome=U, missing=(Fact.SITUATIONS,))
        return verdict


@attrs.frozen(slots=True, eq=False, repr=False)
class Doubtful(InSituation):
    """Gives its own outcome inside a composition."""

    def outcome_in(self, ctx: Context) -> Outcome:
        return U if ctx.situations else N


@attrs.frozen(slots=True, eq=False, repr=False)
class FromAnySource(InSituation):
    """Decides without its history too."""

    _decides_uncollected: ClassVar[bool] = True


@attrs.frozen(slots=True, eq=False, repr=False)
class SubtleVersions(Condition):
    """A condition whose versions change more often than the library's, with a gap."""

    law: Timeline[Any] | None = attrs.field(
        default=Timeline[Any](
            "a changing threshold",
            (
                Dated(30, d("2010-01-01"), d("2014-12-31"), citation=Citation(UPS, "7")),
                Dated(40, d("2016-01-01"), d("2019-06-13"), citation=Citation(UPS, "7")),
                Dated(None, d("2019-06-14"), d("2019-12-31")),
                Dated(50, d("2020-01-01"), citation=Citation(UPS, "7")),
            ),
        ),
        kw_only=True,
    )
    rule_name: ClassVar[str] = "younger_than_threshold"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.BIRTH_DATE})

    @property
    def label(self) -> Label:
        return Label(pl="młodszy niż próg", en="younger than the threshold")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        return (E if ctx.age < version else N), (ctx.age, version), ()

    def describe(self, verdict: Verdict, language: Language) -> str:
        return f"aged {verdict.observation[0]} against {verdict.observation[1]}"


def _situation(*kinds: S) -> InSituation:
    return InSituation(frozenset(kinds))


# Situation conditions whose law starts late, so that pools are decided one by one before it.
_LATE = Timeline("a late list", (Dated(True, d("2015-03-01"), citation=Citation(UPS, "7")),))

_LEAVES: list[Rule] = [
    *ALL_RULES,
    Adult(),
    SubtleVersions(),
    Unverified(frozenset({S.FOOD_AID})),
    Doubtful(frozenset({S.FOSTER_CARE})),
    FromAnySource(frozenset({S.SERVING_SENTENCE})),
    _situation(S.FOOD_AID),
    _situation(S.FOSTER_CARE, S.HOMELESS_IN_PROGRAMME),
    _situation(S.SERVING_SENTENCE),
    InSituation(frozenset({S.FOOD_AID}), law=_LATE),
    InSituation(frozenset({S.DEPENDENT_PERSON}), law=_LATE),
]

_LABEL = Label(pl="złożona", en="composed")


def _compose(children: st.SearchStrategy[Rule]) -> st.SearchStrategy[Rule]:
    parts = st.lists(children, min_size=1, max_size=4)
    versions = st.lists(children, min_size=1, max_size=3).map(_by_law_date)
    return st.one_of(
        parts.map(lambda rules: all_of(*rules)),
        parts.map(lambda rules: any_of(*rules)),
        parts.map(lambda rules: all_of(*rules, name="named_all", label=_LABEL)),
        parts.map(lambda rules: any_of(*rules, name="named_any", label=_LABEL)),
        children.map(not_),
        versions,
    )


def _by_law_date(rules: list[Rule]) -> ByLawDate:
    """Versions in force in turn from 2012, every three years, the last one ending in 2024."""
    starts = [date(2012 + 3 * i, 7, 1) for i in range(len(rules))]
    entries = [
        Dated(rule, start, None if i + 1 < len(rules) else date(2024, 6, 30))
        for i, (rule, start) in enumerate(zip(rules, starts, strict=True))
    ]
    return ByLawDate(Timeline("versions", tuple(entries)), name="versions", label=_LABEL)


RULES = st.recursive(st.sampled_from(_LEAVES), _compose, max_leaves=12)


def _boundaries() -> list[date]:
    """Every day on which some version of a rule here starts or ends, and the days either side."""
    days: set[date] = {d("2015-03-01"), d("2019-06-14"), d("2020-01-01")}
    for rule in ALL_RULES:
        for part in rule.walk():
            timeline = getattr(part, "law", None) or getattr(part, "versions", None)
            if isinstance(timeline, Timeline):
                for entry in timeline.entries:
                    days.add(entry.start)
                    if entry.end is not None:
                        days.add(entry.end + _DAY)
    return sorted({day + shift for day in days for shift in (-_DAY, timedelta(0), _DAY)})


LAW_DATES = st.one_of(st.sampled_from(_boundaries()), dates(date(2008, 1, 1), date(2030, 12, 31)))


def _state(ctx: Context) -> tuple[Any, ...]:
    """What an evaluation leaves in the context, in the order it was left."""
    return (
        [(id(rule), decision) for rule, decision in ctx._decided.items()],
        [id(rule) for rule in ctx._verdicts],
        list(ctx._cache),
    )


def _shape(verdict: Verdict) -> tuple[Any, ...]:
    return (
        id(verdict.rule),
        verdict.outcome,
        verdict.observation,
        verdict.missing,
        verdict.on,
        verdict.law_on,
        tuple(_shape(child) for child in verdict.children),
    )


def _assert_same(person: Person, on: date, law_on: date | None, rules: RuleSet) -> None:
    alone, together = Context(person, on, law_on), Context(person, on, law_on)
    expected = tuple(rule.evaluate_in(alone) for rule in rules.rules)
    got = rules.evaluate_in(together)
    # The same decisions, in the same order, before anything is read.
    assert _state(together) == _state(alone)
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected, strict=True):
        assert type(mine) is Verdict
        assert _shape(mine) == _shape(theirs)
        assert mine.report(personal=True) == theirs.report(personal=True)
        assert mine.explain("pl") == theirs.explain("pl")
    # A condition's verdict is the context's own, as when it is evaluated alone.
    for mine, rule in zip(got, rules.rules, strict=True):
        assert (mine is rule.evaluate_in(together)) == (
            rule.evaluate_in(alone) is rule.evaluate_in(alone)
        )
    assert {id(r): v.outcome for r, v in together.verdicts.items()} == {
        id(r): v.outcome for r, v in alone.verdicts.items()
    }


# The law dates around the changes of PAI, the UZS groups and the labour-market act.
_CASELOAD_LAW_DATES = (
    *("2014-05-26", "2014-05-27", "2019-06-01", "2019-06-14", "2022-02-15"),
    *("2025-05-31", "2025-06-01", "2026-11-29"),
)


class TestAgreement:
    @settings(max_examples=150)
    @given(
        people(),
        dates(date(2008, 1, 1), date(2030, 12, 31)),
        st.one_of(st.none(), LAW_DATES),
        st.lists(RULES, min_size=1, max_size=6),
        st.lists(st.sampled_from(sorted(S, key=lambda s: s.value)), max_size=3),
    )
    def test_a_compiled_set_answers_as_its_rules_in_turn(
        self,
        person: Person,
        on: date,
        law_on: date | None,
        rules: list[Rule],
        recorded: list[S],
    ) -> None:
        on = max(on, person.birth_date)
        if recorded and person.situations is not None:
            # Situations on the day itself, so that pooled categories are met too.
            spells = tuple(SituationSpell(s, DateRange(on, on)) for s in recorded)
            person = attrs.evolve(person, situations=(*person.situations, *spells))
        _assert_same(person, on, law_on, RuleSet(rules, compile_after=0))

    @settings(max_examples=100)
    @given(people(), LAW_DATES, LAW_DATES, st.lists(RULES, min_size=1, max_size=4))
    def test_a_plan_answers_for_every_law_date_of_its_period(
        self, person: Person, first: date, then: date, rules: list[Rule]
    ) -> None:
        on = max(date(2024, 1, 1), person.birth_date)
        ruleset = RuleSet(rules, compile_after=0)
        ruleset.evaluate(person, on, first)
        plan = ruleset._plans[0]
        assert plan.first <= first <= plan.last
        # Under a law date of the same period the plan is used as it is; under any other, a
        # new one is made. Either way the answer is the rules' own.
        _assert_same(person, on, then, ruleset)
        assert len(ruleset._plans) == (1 if plan.first <= then <= plan.last else 2)

    # Slow by nature (every rule for a caseload of 250 people, under eight law dates): the
    # thorough run runs it; the quick run has the property above on generated people.
    @pytest.mark.slow
    @pytest.mark.parametrize(
        "law_on",
        [d(day) for day in _CASELOAD_LAW_DATES],
    )
    def test_every_library_rule_for_a_caseload(self, law_on: date) -> None:
        people = generate(250, seed=7).persons()
        ruleset = RuleSet(ALL_RULES, compile_after=0)
        on = d("2024-03-01")
        for person in people:
            if person.birth_date <= on:
                _assert_same(person, on, law_on, ruleset)
        assert len(ruleset._plans) == 1

    def test_compositions_nested_deeper_than_are_written_out(self) -> None:
        rule: Rule = REGISTERED_UNEMPLOYED
        for depth in range(30):
            kind = all_of if depth % 2 else any_of
            rule = kind(rule, _situation(S.FOOD_AID), name=f"level_{depth}", label=_LABEL)
        ruleset = RuleSet([rule, not_(rule)], compile_after=0)
        person = collected(
            d("1980-01-01"),
            Sex.FEMALE,
            situations=[SituationSpell(S.FOOD_AID, DateRange(d("2020-01-01")))],
        )
        for somebody in (
            person,
            collected(d("1980-01-01"), Sex.MALE),
            Person(d("1980-01-01"), Sex.MALE),
        ):
            _assert_same(somebody, d("2024-01-01"), None, ruleset)
        # The deepest levels are asked through their own outcome_in.
        assert re.search(r"\bm\d+\(ctx\)", ruleset._plans[0].source)

    # Not a name; a name Python would read as "find".
    @pytest.mark.parametrize("attribute", ["not a name", "\ufb01nd"])
    def test_a_pool_read_from_an_attribute_that_is_no_name(self, attribute: str) -> None:
        @attrs.frozen(slots=True, eq=False, repr=False)
        class Odd(InSituation):
            def _pool(self) -> tuple[str, frozenset[Any]] | None:
                return attribute, self.situations

        rule = any_of(Odd(frozenset({S.FOOD_AID})), Odd(frozenset({S.FOSTER_CARE})))
        assert rule._pools, "the odd parts are pooled"
        person = collected(d("1980-01-01"), Sex.MALE)
        # The composition is asked as a whole, and fails as it fails alone.
        with pytest.raises(AttributeError):
            rule.evaluate(person, d("2024-01-01"))
        with pytest.raises(AttributeError):
            RuleSet([rule], compile_after=0).evaluate(person, d("2024-01-01"))


class TestAskedAsTheyAnswer:
    """Rules that find their answer in their own way are asked, never written out; a set that
    cannot be written out is evaluated rule by rule."""

    PERSON = collected(d("1990-01-01"), Sex.FEMALE)

    def test_a_part_that_is_no_rule(self) -> None:
        # Compositions do not check their parts; the interpreter never reaches the second one.
        rule = any_of(WORKING_AGE, Not(object()))  # type: ignore[arg-type]
        assert rule.evaluate(self.PERSON, D).outcome is E
        ruleset = RuleSet([REGISTERED_UNEMPLOYED, rule], compile_after=0)
        alone, together = Context(self.PERSON, D), Context(self.PERSON, D)
        expected = [r.evaluate_in(alone).outcome for r in ruleset.rules]
        assert [v.outcome for v in ruleset.evaluate_in(together)] == expected == [N, E]
        assert _state(together) == _state(alone)
        assert ruleset._plans == [] and ruleset._compile_after is None
        # A screen goes on as before, with no record failing when the set would have compiled.
        people = [self.PERSON] * 150
        assert all(result.error is None for result in screen_each([rule], people, D))

    def test_a_law_that_finds_its_versions_in_its_own_way(self) -> None:
        class Indexed(Timeline[Any]):
            """One entry, raised by one a year."""

            def get(self, on: date) -> Any:
                base = super().get(on)
                return None if base is None else base + on.year - 2020

        rule = SubtleVersions(law=Indexed("indexed", (Dated(30, d("2020-01-01")),)))
        ruleset = RuleSet([rule], compile_after=0)
        somebody = collected(d("1990-01-01"), Sex.MALE)
        for law_on in (d("2021-06-01"), d("2026-06-01")):
            _assert_same(somebody, D, law_on, ruleset)
        assert ruleset._plans[0].first == date.min and ruleset._plans[0].last == date.max

    def test_a_rule_answering_through_a_method_of_its_own(self) -> None:
        class Loose(InSituation):  # no slots: an instance may carry its own methods
            pass

        loose = Loose(frozenset({S.FOOD_AID}))
        object.__setattr__(loose, "outcome_in", lambda ctx: E)
        rule = any_of(loose, REGISTERED_UNEMPLOYED)
        ruleset = RuleSet([rule, Loose(frozenset({S.FOSTER_CARE}))], compile_after=0)
        _assert_same(self.PERSON, D, None, ruleset)
        assert ruleset.evaluate(self.PERSON, D)[0].outcome is E


class TestPeriods:
    """A plan is made for the run of law dates over which every version it chose holds."""

    def _period(self, rules: list[Rule], law_on: date) -> tuple[date, date]:
        ruleset = RuleSet(rules, compile_after=0)
        ruleset.evaluate(collected(d("1980-01-01"), Sex.MALE), d("2024-01-01"), law_on)
        plan = ruleset._plans[-1]
        return plan.first, plan.last

    def test_the_period_of_a_condition_is_that_of_its_version(self) -> None:
        # The income criterion: 701 / 528 zł from 2018-10-01, 776 / 600 zł from 2022-01-01.
        assert self._period([INCOME_WITHIN_CRITERION], d("2019-06-01")) == (
            d("2018-10-01"),
            d("2021-12-31"),
        )

    def test_versions_of_a_whole_rule_and_their_parts_narrow_it(self) -> None:
        # PAI changed on 2019-06-14; the income criterion on 2018-10-01.
        period = self._period([PAI_ELIGIBILITY, INCOME_WITHIN_CRITERION], d("2019-06-01"))
        assert period == (d("2018-10-01"), d("2019-06-13"))

    def test_a_gap_in_the_law_and_the_days_around_it(self) -> None:
        rule = SubtleVersions()
        assert self._period([rule], d("2015-06-30")) == (d("2015-01-01"), d("2015-12-31"))
        assert self._period([rule], d("2009-12-31")) == (date.min, d("2009-12-31"))
        # An entry without a value is no law either, and has its own period.
        assert self._period([rule], d("2019-07-01")) == (d("2019-06-14"), d("2019-12-31"))
        assert self._period([rule], d("2031-01-01")) == (d("2020-01-01"), date.max)

    def test_a_pool_before_and_after_its_law(self) -> None:
        late = [InSituation(frozenset({s}), law=_LATE) for s in (S.FOOD_AID, S.FOSTER_CARE)]
        rule = any_of(*late)
        assert self._period([rule], d("2015-02-28")) == (date.min, d("2015-02-28"))
        assert self._period([rule], d("2015-03-01")) == (d("2015-03-01"), date.max)

    def test_a_rule_asked_through_its_own_methods_sets_no_bounds(self) -> None:
        assert self._period([Adult(), Unverified(frozenset({S.FOOD_AID}))], d("2019-06-01")) == (
            date.min,
            date.max,
        )


class TestCompiling:
    PERSON = collected(d("1980-01-01"), Sex.MALE)

    def test_compiled_after_the_given_number_of_evaluations(self) -> None:
        ruleset = RuleSet([LONG_TERM_UNEMPLOYED, AT_RISK_2014_2020], compile_after=3)
        for count in range(3):
            ruleset.evaluate(self.PERSON, d("2024-01-01"))
            assert ruleset._plans == [], count
        ruleset.evaluate(self.PERSON, d("2024-01-01"))
        assert len(ruleset._plans) == 1
        # Law dates of the same period use that plan and count for nothing.
        for day in range(1, 29):
            ruleset.evaluate(self.PERSON, d("2024-01-01"), date(2024, 2, day))
        assert len(ruleset._plans) == 1 and ruleset._misses == 0
        # Another period is compiled after as many evaluations of its own.
        for _ in range(3):
            ruleset.evaluate(self.PERSON, d("2024-01-01"), d("2012-01-01"))
        assert len(ruleset._plans) == 1
        ruleset.evaluate(self.PERSON, d("2024-01-01"), d("2012-01-01"))
        assert len(ruleset._plans) == 2
        # Back to the first period: its plan is found again, not compiled anew.
        ruleset.evaluate(self.PERSON, d("2024-01-01"))
        assert len(ruleset._plans) == 2 and ruleset._last is ruleset._plans[0]

    def test_a_plan_serves_the_first_and_the_last_day_of_its_period(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        rules = [PAI_ELIGIBILITY, INCOME_WITHIN_CRITERION]
        ruleset = RuleSet(rules, compile_after=0)
        ruleset.evaluate(self.PERSON, D, d("2019-06-01"))
        plan = ruleset._plans[0]
        assert (plan.first, plan.last) == (d("2018-10-01"), d("2019-06-13"))
        # The last plan is used at once, up to both ends of its period...
        searched: list[date] = []
        original = RuleSet._evaluate_elsewhere

        def elsewhere(self: RuleSet, ctx: Context, law_on: date) -> tuple[Verdict, ...]:
            searched.append(law_on)
            return original(self, ctx, law_on)

        monkeypatch.setattr(RuleSet, "_evaluate_elsewhere", elsewhere)
        for law_on in (plan.first, plan.last):
            _assert_same(self.PERSON, D, law_on, ruleset)
        assert searched == []
        # ...and, after another period, found again at both ends without compiling anew, and
        # kept as the last plan, so that the next evaluation uses it at once.
        for law_on in (plan.first, plan.last):
            ruleset.evaluate(self.PERSON, D, d("2024-01-01"))
            assert ruleset._last is ruleset._plans[1]
            _assert_same(self.PERSON, D, law_on, ruleset)
            assert len(ruleset._plans) == 2 and ruleset._last is plan
        searched.clear()
        ruleset.evaluate(self.PERSON, D, plan.last)
        assert searched == []

    def test_never_compiled(self) -> None:
        ruleset = RuleSet([LONG_TERM_UNEMPLOYED], compile_after=None)
        for _ in range(300):
            ruleset.evaluate(self.PERSON, d("2024-01-01"))
        assert ruleset._plans == []

    def test_by_default_compiled_after_a_hundred(self) -> None:
        ruleset = RuleSet([LONG_TERM_UNEMPLOYED])
        for _ in range(100):
            ruleset.evaluate(self.PERSON, d("2024-01-01"))
        assert ruleset._plans == []
        ruleset.evaluate(self.PERSON, d("2024-01-01"))
        assert len(ruleset._plans) == 1

    def test_plans_kept_are_bounded(self) -> None:
        yearly = Timeline(
            "a threshold changed every year",
            tuple(Dated(40 + i, date(2000 + i, 1, 1)) for i in range(30)),
        )
        ruleset = RuleSet([SubtleVersions(law=yearly)], compile_after=0)
        for year in range(2000, 2030):
            ruleset.evaluate(self.PERSON, d("2024-01-01"), date(year, 6, 1))
        # One plan a year, the latest sixteen kept.
        assert [plan.first.year for plan in ruleset._plans] == list(range(2014, 2030))

    def test_a_screen_of_a_caseload_is_compiled_and_answers_as_the_rules(self) -> None:
        people = generate(250, seed=3).persons()
        rules = [PAI_ELIGIBILITY, AT_RISK_2014_2020, LONG_TERM_UNEMPLOYED]
        on = d("2019-06-01")
        results = list(screen_each(rules, people, on))
        for person, result in zip(people, results, strict=True):
            if result.error is None:
                assert [v.report() for v in result.verdicts] == [
                    rule.evaluate(person, on).report() for rule in rules
                ]
            else:
                assert person.birth_date > on


class TestTheSet:
    def test_rules_only(self) -> None:
        with pytest.raises(InvalidValue, match="a RuleSet holds rules, got int") as error:
            RuleSet([WORKING_AGE, 12345])  # type: ignore[list-item]
        assert "12345" not in str(error.value)

    def test_a_screen_refuses_an_item_that_is_no_rule(self) -> None:
        results = screen_each([WORKING_AGE, "working_age"], [Person(d("1990-01-01"), Sex.MALE)], D)  # type: ignore[list-item]
        with pytest.raises(InvalidValue, match="a RuleSet holds rules, got str"):
            next(results)

    @pytest.mark.parametrize("bad", [-1, 1.5, True, "100"])
    def test_compile_after_is_a_whole_number(self, bad: Any) -> None:
        message = r"^RuleSet compile_after must be None or a whole number >= 0$"
        with pytest.raises(InvalidValue, match=message):
            RuleSet([WORKING_AGE], compile_after=bad)

    def test_an_empty_set_gives_no_verdicts(self) -> None:
        assert (
            RuleSet([], compile_after=0).evaluate(
                Person(d("1990-01-01"), Sex.MALE), d("2024-01-01")
            )
            == ()
        )

    def test_the_same_errors_as_a_rule(self) -> None:
        with pytest.raises(InvalidValue, match=r"before Person\.birth_date"):
            RuleSet([WORKING_AGE]).evaluate(Person(d("2030-01-01"), Sex.MALE), d("2024-01-01"))

    def test_rules_length_and_repr(self) -> None:
        rules = RuleSet(iter([WORKING_AGE, REGISTERED_UNEMPLOYED]))
        assert rules.rules == (WORKING_AGE, REGISTERED_UNEMPLOYED) and len(rules) == 2
        assert repr(rules) == "<RuleSet: working_age, registered_unemployed>"

    def test_pickled_without_its_plans(self) -> None:
        ruleset = RuleSet([WORKING_AGE, RECEIVES_SOCIAL_ASSISTANCE], compile_after=0)
        person = collected(d("1990-01-01"), Sex.FEMALE)
        before = [v.outcome for v in ruleset.evaluate(person, d("2024-01-01"))]
        copy = pickle.loads(pickle.dumps(ruleset))
        assert copy._plans == [] and copy._compile_after == 0
        assert [r.name for r in copy.rules] == ["working_age", "receives_social_assistance"]
        assert [v.outcome for v in copy.evaluate(person, d("2024-01-01"))] == before == [E, N]

    def test_kinds_of_rules_written_out_and_asked(self) -> None:
        ruleset = RuleSet(
            [
                AllOf((REGISTERED_UNEMPLOYED, Adult())),
                AnyOf((Unverified(frozenset({S.FOOD_AID})), Doubtful(frozenset({S.FOOD_AID})))),
                Not(REGISTERED_UNEMPLOYED),
                PAI_ELIGIBILITY,
            ],
            compile_after=0,
        )
        ruleset.evaluate(collected(d("1990-01-01"), Sex.FEMALE), d("2024-01-01"))
        source = ruleset._plans[0].source
        # Conditions of the base class are decided in the plan: registration in the first rule,
        # in the third, and with the benefit in the version of PAI in force.
        assert source.count("decided.get(") == 4
        # The others are asked for their outcome: the adult rule, the unverified and the
        # doubtful situation.
        assert len(re.findall(r"\bm\d+\(ctx\)", source)) == 3
