"""Tests of the rule engine (integra.rules.core): Kleene composition, verdicts that explain every
condition, the law date apart from the fact date, introspection, and determinism."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import Adult, collected, d
from integra.errors import InvalidValue
from integra.labels import Label, Language
from integra.law import Citation, Dated, Timeline
from integra.parameters import UPS, UPZ
from integra.people import (
    HISTORIES,
    Entitlement,
    EntitlementKind,
    Person,
    Registration,
    Sex,
    SituationSpell,
)
from integra.people import SocialSituation as S
from integra.periods import DateRange
from integra.rules import (
    ALL_RULES,
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    PAI_ELIGIBILITY,
    RECEIVES_SOCIAL_ASSISTANCE,
    REGISTERED_UNEMPLOYED,
    SOCIAL_EMPLOYMENT_CIS,
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
    Verdict,
    all_of,
    any_of,
    in_force,
    not_,
    rule_table,
)
from integra.rules.age import WorkingAgeLimits
from integra.rules.core import earliest
from integra.rules.extending import with_law
from integra.rules.status import InSituation
from integra.strategies import dates, people

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN

# A named, labelled three-part composition (a project's recruitment rule, not a statutory one).
PAI_STYLE_ELIGIBILITY = all_of(
    REGISTERED_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    WORKING_AGE,
    name="pai_style_eligibility",
    label=Label(
        pl="bezrobotny korzystający ze świadczeń pomocy społecznej, w wieku aktywności zawodowej",
        en="unemployed, receiving social-assistance benefits, of working age",
    ),
)
D = date(2024, 1, 1)
NOBODY = collected(date(1990, 1, 1), Sex.MALE)


@attrs.frozen(slots=True, eq=False, repr=False)
class Fixed(Condition):
    """A condition with a fixed outcome, for truth tables."""

    outcome: Outcome = E
    missing_fact: Fact = Fact.SITUATIONS
    law: Timeline[Any] | None = attrs.field(default=None, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.SITUATIONS})

    @property
    def name(self) -> str:
        return f"fixed_{self.outcome.value}"

    @property
    def label(self) -> Label:
        return Label(pl=f"stałe {self.outcome.value}", en=f"fixed {self.outcome.value}")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        missing = (self.missing_fact,) if self.outcome is U else ()
        return self.outcome, self.outcome, missing

    def describe(self, verdict: Verdict, language: Language) -> str:
        return f"observed {verdict.observation.value}"


def fixed(outcome: Outcome, fact: Fact = Fact.SITUATIONS) -> Fixed:
    return Fixed(outcome, fact)


def outcome(rule: Rule, person: Person = NOBODY, on: date = D) -> Outcome:
    return rule.evaluate(person, on).outcome


def k_and(a: Outcome, b: Outcome) -> Outcome:
    if N in (a, b):
        return N
    return U if U in (a, b) else E


def k_or(a: Outcome, b: Outcome) -> Outcome:
    if E in (a, b):
        return E
    return U if U in (a, b) else N


def k_not(a: Outcome) -> Outcome:
    return {E: N, N: E, U: U}[a]


OUTCOMES = list(Outcome)


# --- Kleene logic ------------------------------------------------------------------------------


class TestTruthTables:
    @pytest.mark.parametrize("a", OUTCOMES)
    @pytest.mark.parametrize("b", OUTCOMES)
    def test_and_or(self, a: Outcome, b: Outcome) -> None:
        x, y = fixed(a), fixed(b)
        assert outcome(x & y) is k_and(a, b)
        assert outcome(x | y) is k_or(a, b)
        assert outcome(all_of(x, y)) is k_and(a, b)
        assert outcome(any_of(x, y)) is k_or(a, b)

    @pytest.mark.parametrize("a", OUTCOMES)
    def test_not(self, a: Outcome) -> None:
        assert outcome(~fixed(a)) is k_not(a)
        assert outcome(not_(fixed(a))) is k_not(a)
        assert outcome(~~fixed(a)) is a

    def test_excluded_middle_does_not_hold_for_unknown(self) -> None:
        a = fixed(U)
        assert outcome(a | ~a) is U
        assert outcome(a & ~a) is U
        assert outcome(fixed(E) | ~fixed(E)) is E

    def test_every_part_is_evaluated_even_after_a_failure(self) -> None:
        rule = fixed(N) & fixed(U) & fixed(E)
        verdict = rule.evaluate(NOBODY, D)
        assert verdict.outcome is N
        assert [c.outcome for c in verdict.children] == [N, U, E]
        assert verdict.missing == ()  # decided: nothing is missing
        assert [v.outcome for v in verdict.failed()] == [N]

    def test_unknown_lists_the_missing_facts_of_every_unknown_part(self) -> None:
        rule = fixed(U, Fact.HOUSEHOLDS) & fixed(E) & fixed(U, Fact.RESIDENCES)
        verdict = rule.evaluate(NOBODY, D)
        assert verdict.outcome is U
        assert verdict.missing == (Fact.HOUSEHOLDS, Fact.RESIDENCES)
        assert verdict.missing_facts == {Fact.HOUSEHOLDS, Fact.RESIDENCES}
        either = fixed(U, Fact.HOUSEHOLDS) | fixed(N) | fixed(U, Fact.HOUSEHOLDS)
        assert either.evaluate(NOBODY, D).missing == (Fact.HOUSEHOLDS,)

    def test_compositions_summarise_their_parts(self) -> None:
        assert (fixed(E) | fixed(N)).evaluate(NOBODY, D).observed_text() == (
            "1 eligible, 1 not eligible, 0 unknown"
        )
        assert (~fixed(U)).evaluate(NOBODY, D).observed_text("pl") == (
            "0 spełnia, 0 nie spełnia, 1 nie wiadomo"
        )
        verdict = SOCIAL_EMPLOYMENT_CIS.evaluate(NOBODY, D)
        assert verdict.observed_text() == "0 eligible, 1 not eligible, 0 unknown"

    def test_negation_keeps_the_missing_facts(self) -> None:
        verdict = (~fixed(U, Fact.CERTIFICATES)).evaluate(NOBODY, D)
        assert verdict.outcome is U and verdict.missing == (Fact.CERTIFICATES,)
        assert verdict.children[0].rule.name == "fixed_unknown"
        assert verdict.label.en == "not: fixed unknown"


# Rules evaluated on real people for the algebraic laws: the ready-made rules, some of which
# can be UNKNOWN (no household statement, no law modelled on early dates).
LAW_RULES = st.sampled_from(ALL_RULES)
LAW_DATES = dates(date(2000, 1, 1), date(2030, 12, 31))


class TestKleeneLaws:
    @given(people(), LAW_DATES, LAW_RULES, LAW_RULES, LAW_RULES)
    def test_algebraic_laws(self, person: Person, on: date, a: Rule, b: Rule, c: Rule) -> None:
        if on < person.birth_date:
            on = person.birth_date
        ctx = Context(person, on)
        x, y, z = (r.evaluate_in(ctx).outcome for r in (a, b, c))

        def o(rule: Rule) -> Outcome:
            return rule.evaluate_in(Context(person, on)).outcome

        assert o(a & b) is k_and(x, y)
        assert o(a | b) is k_or(x, y)
        assert o(~a) is k_not(x)
        # commutativity, associativity, double negation
        assert o(a & b) is o(b & a)
        assert o(a | b) is o(b | a)
        assert o((a & b) & c) is o(a & (b & c))
        assert o((a | b) | c) is o(a | (b | c))
        assert o(~~a) is x
        # De Morgan
        assert o(~(a & b)) is o(~a | ~b)
        assert o(~(a | b)) is o(~a & ~b)
        # distributivity and absorption (Kleene logic is a De Morgan algebra)
        assert o(a & (b | c)) is o((a & b) | (a & c))
        assert o(a | (b & c)) is o((a | b) & (a | c))
        assert o(a & (a | b)) is x
        assert o(a | (a & b)) is x
        # idempotence
        assert o(a & a) is x and o(a | a) is x
        del z

    @given(people(), LAW_DATES, st.lists(LAW_RULES, min_size=1, max_size=4))
    def test_composite_verdict_agrees_with_its_parts(
        self, person: Person, on: date, rules: list[Rule]
    ) -> None:
        on = max(on, person.birth_date)
        for rule in (all_of(*rules), any_of(*rules)):
            verdict = rule.evaluate(person, on)
            parts = [r.evaluate(person, on) for r in rules]
            assert [c.outcome for c in verdict.children] == [p.outcome for p in parts]
            if verdict.outcome is U:
                expected = {f for p in parts if p.outcome is U for f in p.missing}
                assert verdict.missing_facts == expected
            else:
                assert verdict.missing == ()
            assert verdict.outcome is rule.outcome_in(Context(person, on))


class TestDeterminism:
    @given(people(), LAW_DATES, LAW_RULES)
    def test_same_facts_same_verdict(self, person: Person, on: date, rule: Rule) -> None:
        on = max(on, person.birth_date)
        first = rule.evaluate(person, on)
        second = rule.evaluate(attrs.evolve(person), on)
        assert first.outcome is second.outcome
        assert first.report() == second.report()
        assert first.explain("pl") == second.explain("pl")
        # A shared context gives the same verdict as a fresh one, and decides a condition once.
        ctx = Context(person, on)
        assert rule.evaluate_in(ctx).report() == first.report()
        assert rule.evaluate_in(ctx).report() == first.report()


# --- Composition ---------------------------------------------------------------------------------


class TestComposition:
    def test_unlabelled_compositions_flatten(self) -> None:
        a, b, c = fixed(E), fixed(N), fixed(U)
        assert (a & b & c).rules == (a, b, c)
        assert (a | (b | c)).rules == (a, b, c)
        assert len(((a & b) | c).rules) == 2

    def test_named_compositions_stay_whole(self) -> None:
        a, b = fixed(E), fixed(N)
        named = all_of(a, b, name="mine", label=Label(pl="moja", en="mine"))
        assert (named & a).rules == (named, a)
        assert named.name == "mine" and named.label.en == "mine"
        assert any_of(a, b, name="route").name == "route"
        assert (a & b).name == "all_of" and (a | b).name == "any_of"
        assert (a | b).label.en == "at least one of the following"

    def test_only_rules_compose(self) -> None:
        with pytest.raises(InvalidValue, match="composed with rules, got int"):
            all_of(fixed(E), 1)  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match="all_of needs at least one rule"):
            all_of()
        with pytest.raises(InvalidValue, match="any_of needs at least one rule"):
            AnyOf(())

    def test_not_holds_its_rule(self) -> None:
        rule = not_(REGISTERED_UNEMPLOYED)
        assert isinstance(rule, Not) and rule.rule is REGISTERED_UNEMPLOYED
        assert rule.parts() == (REGISTERED_UNEMPLOYED,)
        assert rule.name == "not"

    def test_rules_are_compared_by_identity_and_hashable(self) -> None:
        a, b = fixed(E), fixed(E)
        assert a != b and a == a
        assert len({a, b, a}) == 2
        assert repr(WORKING_AGE) == "<rule working_age: of working age>"


# --- Verdicts --------------------------------------------------------------------------------------


ALICE = collected(
    date(1980, 1, 1),
    Sex.FEMALE,
    registrations=[Registration(DateRange(d("2023-01-02")))],
)


class TestVerdict:
    def test_a_condition_verdict(self) -> None:
        verdict = LONG_TERM_UNEMPLOYED.evaluate(ALICE, d("2024-01-15"))
        assert verdict.is_condition and verdict.eligible
        assert verdict.children == () and list(verdict.leaves()) == [verdict]
        assert verdict.on == verdict.law_on == d("2024-01-15")
        assert verdict.citation == Citation(UPZ, article="2", paragraph="1", point="5")
        assert verdict.label.pl == "osoba długotrwale bezrobotna (definicja krajowa)"
        assert verdict.observed_text() == "379 days registered in 2022-01-16..2024-01-15"
        assert (
            verdict.observed_text("pl")
            == "379 dni w rejestrze w okresie od 16.01.2022 r. do 15.01.2024 r."
        )
        assert verdict.threshold_text() == "more than 360 days (12 months of 30 days)"
        assert verdict.threshold_text("pl") == "ponad 360 dni (12 miesięcy po 30 dni)"
        assert str(verdict) == verdict.explain()
        assert repr(verdict) == (
            "Verdict('long_term_unemployed', eligible, on=2024-01-15, law_on=2024-01-15)"
        )

    def test_explain_names_every_condition_with_its_citation(self) -> None:
        verdict = PAI_STYLE_ELIGIBILITY.evaluate(ALICE, d("2024-01-15"))
        assert verdict.outcome is N and not verdict.is_condition
        assert verdict.citation is None and verdict.threshold_text() == ""
        assert verdict.observed_text() == "2 eligible, 1 not eligible, 0 unknown"
        lines = verdict.explain().splitlines()
        assert lines[0] == (
            "NOT ELIGIBLE: unemployed, receiving social-assistance benefits, of working age"
        )
        assert lines[1].startswith(
            "  ELIGIBLE: registered as unemployed — a registration covers 2024-01-15"
        )
        assert lines[2] == (
            "  NOT ELIGIBLE: receives social-assistance benefits — no benefit award covers "
            "2024-01-15 (Art. 36 of the Act on Social Assistance (UPS))"
        )
        assert "; required: aged 18 or more and under 60 (women)" in lines[3]
        pl = verdict.explain("pl").splitlines()
        assert pl[0].startswith("NIE SPEŁNIA: bezrobotny")
        assert "wymagane: co najmniej 18 lat i mniej niż 60 lat (kobiety)" in pl[3]

    def test_explain_of_unknown_lists_what_is_missing(self) -> None:
        verdict = INCOME_WITHIN_CRITERION.evaluate(ALICE, D)
        assert verdict.explain() == (
            "UNKNOWN: income within the income criterion — no household income statement; "
            "required: at most 776 zł (living alone) or 600 zł a person (family) (criterion from "
            "2022-01-01) (Art. 8(1) of the Act on Social Assistance (UPS)); missing: household "
            "composition and income"
        )
        assert verdict.explain("pl").endswith("; brakuje: składu i dochodu gospodarstwa domowego")

    def test_report_is_a_complete_document(self) -> None:
        verdict = (REGISTERED_UNEMPLOYED & INCOME_WITHIN_CRITERION).evaluate(ALICE, D)
        report = verdict.report()
        assert report["rule"] == "all_of" and report["outcome"] == "unknown"
        assert report["missing"] == ["households"]
        assert report["citation"] is None
        assert report["on"] == report["law_on"] == "2024-01-01"
        assert [p["outcome"] for p in report["parts"]] == ["eligible", "unknown"]
        first = report["parts"][0]
        assert first["citation"]["pl"] == (
            "art. 2 ust. 1 pkt 2 ustawy o promocji zatrudnienia i instytucjach rynku pracy"
        )
        assert first["label"] == {
            "pl": "osoba zarejestrowana jako bezrobotna",
            "en": "registered as unemployed",
        }
        assert first["parts"] == [] and first["threshold"] == {"pl": "", "en": ""}

    def test_children_are_the_same_on_every_access(self) -> None:
        verdict = PAI_STYLE_ELIGIBILITY.evaluate(ALICE, D)
        assert verdict.children == verdict.children
        assert [c.rule for c in verdict.children] == list(PAI_STYLE_ELIGIBILITY.rules)

    def test_outcome_labels(self) -> None:
        assert [o.label.en for o in Outcome] == ["eligible", "not eligible", "unknown"]
        assert [o.label.pl for o in Outcome] == ["spełnia", "nie spełnia", "nie wiadomo"]
        assert all(f.label.pl and f.label.en for f in Fact)


# --- The date of the law ----------------------------------------------------------------------


class TestLawDate:
    def test_no_law_in_force_is_unknown_and_says_so(self) -> None:
        verdict = LONG_TERM_UNEMPLOYED.evaluate(ALICE, d("2025-07-01"), law_on=d("2008-07-01"))
        assert verdict.outcome is U and verdict.missing == (Fact.LAW,)
        assert verdict.observed_text() == "no law for this rule is modelled on 2008-07-01"
        assert verdict.observed_text("pl") == (
            "biblioteka nie zawiera przepisów tej reguły obowiązujących w dniu 01.07.2008 r."
        )
        assert verdict.threshold_text() == "" and verdict.citation is None
        assert verdict.explain().endswith("; missing: the law in force on the law date")

    def test_facts_of_one_date_under_the_law_of_another(self) -> None:
        # A referral agreed before UPZ was repealed runs under it: facts of July, law of May.
        verdict = LONG_TERM_UNEMPLOYED.evaluate(ALICE, d("2025-07-01"), law_on=d("2025-05-31"))
        assert verdict.outcome is E
        assert (verdict.on, verdict.law_on) == (d("2025-07-01"), d("2025-05-31"))
        # The window 2023-07-02..2025-07-01 holds 29 February 2024: 366 + 365 days, all registered.
        assert verdict.observation[0] == 731
        assert verdict.citation is not None and verdict.citation.act is UPZ

    def test_a_composition_with_a_part_out_of_force(self) -> None:
        rule = REGISTERED_UNEMPLOYED & LONG_TERM_UNEMPLOYED
        verdict = rule.evaluate(ALICE, d("2025-07-01"), law_on=d("2008-07-01"))
        assert verdict.outcome is U and verdict.missing == (Fact.LAW,)
        assert verdict.children[0].citation is not None
        assert verdict.children[0].citation.act.short == "UPZ"

    def test_a_repeal_is_told_by_the_repealed_rule_not_by_a_composition(self) -> None:
        # PAI (UPS art. 62a) ended when URP took effect on 2025-06-01; a composition reads no
        # law of its own, so it names no repeal: the repealed part's line says it.
        rule = PAI_ELIGIBILITY & WORKING_AGE
        repeal = PAI_ELIGIBILITY.repeal_on(d("2025-06-01"))
        assert repeal is not None and repeal.on == d("2025-06-01")
        assert repeal.by.act.short == "URP"
        assert PAI_ELIGIBILITY.repeal_on(d("2025-05-31")) is None
        assert rule.repeal_on(d("2025-06-01")) is None
        assert (~PAI_ELIGIBILITY).repeal_on(d("2025-06-01")) is None
        verdict = rule.evaluate(ALICE, d("2025-07-01"))
        assert verdict.outcome is U and verdict.missing == (Fact.LAW,)
        assert verdict.children[0].observed_text() == (
            "no law for this rule is modelled on 2025-07-01: repealed from 2025-06-01 (the Act "
            "on the Labour Market and Employment Services (URP), Dz.U. 2025 poz. 620); nothing "
            "in this library replaces it"
        )

    def test_by_law_date_without_a_version(self) -> None:
        verdict = SOCIAL_EMPLOYMENT_CIS.evaluate(NOBODY, d("2003-06-01"))
        assert verdict.outcome is U and verdict.missing == (Fact.LAW,)
        assert verdict.children == ()
        assert verdict.observed_text() == "no law for this rule is modelled on 2003-06-01"
        assert SOCIAL_EMPLOYMENT_CIS.citation_on(d("2003-06-01")) is None
        assert SOCIAL_EMPLOYMENT_CIS.outcome_in(Context(NOBODY, d("2003-06-01"))) is U
        assert SOCIAL_EMPLOYMENT_CIS.children_in(Context(NOBODY, d("2003-06-01"))) == ()

    def test_version_on_and_citation_on(self) -> None:
        assert WORKING_AGE.version_on(d("2015-01-01")) is None
        assert WORKING_AGE.version_on(d("2020-01-01")).women_max == 60
        assert WORKING_AGE.citation_on(d("2015-01-01")) is None
        assert Fixed().version_on(D) is None and Fixed().citation_on(D) is None

    def test_dates_must_be_plain_dates(self) -> None:
        with pytest.raises(InvalidValue, match=r"must be datetime\.date"):
            Context(NOBODY, datetime(2024, 1, 1))
        with pytest.raises(InvalidValue, match=r"must be datetime\.date"):
            WORKING_AGE.evaluate(NOBODY, D, law_on=datetime(2024, 1, 1))

    def test_in_force(self) -> None:
        entry = in_force(Citation(UPS, "7"), d("2004-05-01"), value=3, note="n")
        assert (entry.value, entry.start, entry.note) == (3, d("2004-05-01"), "n")
        assert in_force(Citation(UPS, "7"), d("2004-05-01")).value is True

    def test_by_law_date_children_in_force(self) -> None:
        rule = ByLawDate(
            Timeline("demo", (in_force(Citation(UPS, "7"), d("2020-01-01"), value=fixed(E)),)),
            name="demo",
            label=Label(pl="demo", en="demo"),
        )
        ctx = Context(NOBODY, D)
        assert [v.outcome for v in rule.children_in(ctx)] == [E]
        assert rule.citation_on(D) == Citation(UPS, "7")
        assert rule.citations() == (Citation(UPS, "7"),)


# --- Introspection ---------------------------------------------------------------------------


class TestIntrospection:
    def test_facts_and_citations_of_a_composition(self) -> None:
        assert PAI_STYLE_ELIGIBILITY.required_facts() == {
            Fact.REGISTRATIONS,
            Fact.BENEFIT_AWARDS,
            Fact.BIRTH_DATE,
            Fact.SEX,
        }
        texts = [c.text("pl") for c in PAI_STYLE_ELIGIBILITY.citations()]
        assert texts[0] == (
            "art. 2 ust. 1 pkt 2 ustawy o promocji zatrudnienia i instytucjach rynku pracy"
        )
        assert "art. 36 ustawy o pomocy społecznej" in texts
        assert len(texts) == len(set(texts))
        assert [r.name for r in PAI_STYLE_ELIGIBILITY.walk()] == [
            "pai_style_eligibility",
            "registered_unemployed",
            "receives_social_assistance",
            "working_age",
        ]

    def test_every_ready_rule_is_introspectable(self) -> None:
        names = [rule.name for rule in ALL_RULES]
        assert len(names) == len(set(names))
        for rule in ALL_RULES:
            assert rule.label.pl and rule.label.en
            assert rule.required_facts(), rule.name
            assert rule.citations(), rule.name

    def test_rule_table(self) -> None:
        table = rule_table([LONG_TERM_UNEMPLOYED, RECEIVES_SOCIAL_ASSISTANCE], "pl")
        lines = table.splitlines()
        assert lines[0] == "| reguła | sprawdza | dane | podstawa prawna |"
        assert lines[2] == (
            "| `long_term_unemployed` | osoba długotrwale bezrobotna (definicja krajowa) | "
            "okresy rejestracji w urzędzie pracy | art. 2 ust. 1 pkt 5 ustawy o promocji "
            "zatrudnienia i instytucjach rynku pracy; ustawa o rynku pracy i służbach zatrudnienia |"
        )
        assert len(rule_table(ALL_RULES).splitlines()) == len(ALL_RULES) + 2

    def test_a_condition_without_a_law_has_no_citation(self) -> None:
        assert Fixed().citations() == ()
        assert Fixed().evaluate(NOBODY, D).citation is None
        assert Fixed().stable_until(Context(NOBODY, D)) is None

    def test_a_composition_cites_through_its_parts(self) -> None:
        assert PAI_STYLE_ELIGIBILITY.citation_on(D) is None
        assert (~WORKING_AGE).citation_on(D) is None

    def test_a_rule_written_directly_on_the_base_class(self) -> None:
        verdict = Adult().evaluate(NOBODY, D)
        assert verdict.outcome is E and verdict.is_condition
        assert verdict.observed_text() == "aged 34" and verdict.threshold_text() == ""
        assert verdict.citation is None and Adult().citations() == ()
        assert Adult().stable_until(Context(NOBODY, D)) is None
        assert (Adult() & fixed(E)).evaluate(NOBODY, D).outcome is E

    def test_parts(self) -> None:
        assert WORKING_AGE.parts() == ()
        assert isinstance(PAI_STYLE_ELIGIBILITY, AllOf)
        assert PAI_STYLE_ELIGIBILITY.parts() == PAI_STYLE_ELIGIBILITY.rules


class TestContext:
    def test_derived_facts_are_computed_once(self) -> None:
        ctx = Context(ALICE, D)
        assert ctx.age == 44 and ctx.age == 44
        assert ctx.household is None and ctx.residence is None
        assert ctx.household is None and ctx.residence is None  # cached
        assert ctx.situations == frozenset()
        calls: list[int] = []

        def compute(value: int) -> int:
            calls.append(value)
            return value

        assert ctx.memo("k", lambda: compute(7)) == 7
        assert ctx.memo("k", lambda: compute(8)) == 7
        assert calls == [7]

    def test_a_condition_is_decided_once_per_context(self) -> None:
        ctx = Context(ALICE, D)
        first = REGISTERED_UNEMPLOYED.evaluate_in(ctx)
        assert REGISTERED_UNEMPLOYED.evaluate_in(ctx) is first
        assert ctx.verdicts[REGISTERED_UNEMPLOYED] is first

    def testearliest(self) -> None:
        assert earliest(None, None) is None
        assert earliest(D, None) == D and earliest(None, D) == D
        assert earliest(D, d("2023-01-01")) == d("2023-01-01")


class TestFailedUnderNegation:
    """``failed()`` names what counts against eligibility, taking ``~`` into account."""

    def test_a_negated_condition_that_holds_is_the_failure(self) -> None:
        registered = collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(DateRange(date(2023, 1, 1)))],
        )
        verdict = (~REGISTERED_UNEMPLOYED).evaluate(registered, date(2024, 1, 1))
        assert verdict.outcome is Outcome.NOT_ELIGIBLE
        assert [f.label.en for f in verdict.failed()] == ["registered as unemployed"]

    def test_a_negated_condition_that_does_not_hold_is_no_failure(self) -> None:
        verdict = (~REGISTERED_UNEMPLOYED).evaluate(
            collected(date(1980, 1, 1), Sex.MALE), date(2024, 1, 1)
        )
        assert verdict.outcome is Outcome.ELIGIBLE
        assert verdict.failed() == ()

    def test_social_employment_exclusion_is_reported_only_when_it_applies(self) -> None:
        on = date(2024, 1, 1)
        group = [Registration(DateRange(date(2021, 1, 1)))]  # long-term unemployed
        free = collected(date(1980, 1, 1), Sex.MALE, registrations=group)
        benefit = Entitlement(EntitlementKind.UNEMPLOYMENT_BENEFIT, DateRange(date(2023, 12, 1)))
        excluded = collected(
            date(1980, 1, 1), Sex.MALE, registrations=group, entitlements=[benefit]
        )
        ok = SOCIAL_EMPLOYMENT_CIS.evaluate(free, on)
        assert ok.outcome is Outcome.ELIGIBLE
        # The groups the person is not in are listed; the benefit right they lack is not.
        assert not [f for f in ok.failed() if f.rule.name.startswith("entitled")]
        no = SOCIAL_EMPLOYMENT_CIS.evaluate(excluded, on)
        assert no.outcome is Outcome.NOT_ELIGIBLE
        exclusion = [f for f in no.failed() if f.rule.name.startswith("entitled")]
        assert [f.outcome for f in exclusion] == [Outcome.ELIGIBLE]


class TestLawVersionKeptPerDate:
    """A condition keeps the version found for the last law date; a different law date, or the
    same condition given another law, must never see that kept version."""

    WOMAN_62 = Person(d("1962-03-01"), Sex.FEMALE)
    ON = d("2024-06-01")

    @given(st.lists(st.dates(date(2008, 1, 1), date(2027, 12, 31)), min_size=1, max_size=8))
    def test_alternating_law_dates_answer_as_a_fresh_condition(self, law_dates: list[date]) -> None:
        for law_on in law_dates:
            kept = WORKING_AGE.evaluate(self.WOMAN_62, self.ON, law_on=law_on)
            fresh = attrs.evolve(WORKING_AGE).evaluate(self.WOMAN_62, self.ON, law_on=law_on)
            assert (kept.outcome, kept.observation, kept.missing) == (
                fresh.outcome,
                fresh.observation,
                fresh.missing,
            )
            assert kept.certainty == fresh.certainty

    def test_gap_and_versions_either_side(self) -> None:
        # In force on 2020-01-01: women leave working age at 60; on 2015-01-01 no version is
        # modelled (see test_version_on_and_citation_on). Asked in turn, each answer is its own.
        answers = [
            WORKING_AGE.evaluate(self.WOMAN_62, self.ON, law_on=d(day))
            for day in ("2020-01-01", "2015-01-01", "2020-01-01", "2015-01-01")
        ]
        assert [a.outcome for a in answers] == [
            Outcome.NOT_ELIGIBLE,
            Outcome.UNKNOWN,
            Outcome.NOT_ELIGIBLE,
            Outcome.UNKNOWN,
        ]
        assert answers[1].missing == (Fact.LAW,) and answers[0].missing == ()

    def test_another_law_is_not_answered_from_the_kept_version(self) -> None:
        law_on = d("2020-01-01")
        assert (
            WORKING_AGE.evaluate(self.WOMAN_62, self.ON, law_on=law_on).outcome
            is Outcome.NOT_ELIGIBLE
        )
        # The same condition under a law in which women stay of working age until 65.
        own = WORKING_AGE.law
        assert own is not None
        citation = own.entry_at(law_on).citation
        later = with_law(
            WORKING_AGE,
            own.amended(Dated(WorkingAgeLimits(18, 65, 65), law_on, citation=citation)),
        )
        assert later.evaluate(self.WOMAN_62, self.ON, law_on=law_on).outcome is Outcome.ELIGIBLE
        assert (
            WORKING_AGE.evaluate(self.WOMAN_62, self.ON, law_on=law_on).outcome
            is Outcome.NOT_ELIGIBLE
        )


# Situation categories of the at-risk list and the UZS groups: conditions a composition decides
# together, with one pass over the person's situations.
_POOLABLE = [
    part
    for rule in ALL_RULES
    for part in rule.walk()
    if isinstance(part, InSituation) and part._in_force_since() is not None
]
_SITUATION_PARTS: st.SearchStrategy[InSituation] = st.sampled_from(_POOLABLE)
_OTHER_PARTS = st.sampled_from([REGISTERED_UNEMPLOYED, RECEIVES_SOCIAL_ASSISTANCE, WORKING_AGE])


def _kleene(outcomes: list[Outcome], decisive: Outcome, otherwise: Outcome) -> Outcome:
    if decisive in outcomes:
        return decisive
    return U if U in outcomes else otherwise


class TestPooledConditions:
    """Situation conditions composed together are decided in one pass; every outcome must be the
    one the parts give when each is evaluated alone."""

    @given(
        people(),
        dates(date(1890, 1, 1), date(2030, 12, 31)),
        st.lists(_SITUATION_PARTS, min_size=2, max_size=6),
        st.lists(_OTHER_PARTS, max_size=2),
        st.one_of(st.none(), dates(date(1890, 1, 1), date(2030, 12, 31))),
        st.data(),
    )
    def test_pooled_outcome_is_the_outcome_of_the_parts(
        self,
        person: Person,
        on: date,
        situations: list[InSituation],
        others: list[Rule],
        law_on: date | None,
        data: st.DataObject,
    ) -> None:
        on = max(on, person.birth_date)
        # Often give the person, on that day, a situation one of the parts looks for.
        extra = data.draw(
            st.lists(
                st.sampled_from(sorted({s.value for p in situations for s in p.situations})),
                max_size=2,
            )
        )
        if extra and person.situations is not None:
            spells = [SituationSpell(S(s), DateRange(on, on)) for s in extra]
            person = attrs.evolve(person, situations=(*person.situations, *spells))
        alone = [rule.evaluate(person, on, law_on).outcome for rule in [*situations, *others]]
        for composite, decisive, otherwise in (
            (AnyOf((*situations, *others)), E, N),
            (AllOf((*situations, *others)), N, E),
        ):
            assert composite._pools, "the situation parts should have been pooled"
            expected = _kleene(alone, decisive, otherwise)
            assert composite.outcome_in(Context(person, on, law_on)) is expected
            assert composite.evaluate(person, on, law_on).outcome is expected
            assert [c.outcome for c in composite.evaluate(person, on, law_on).children] == alone

    def test_only_conditions_under_a_law_without_end_are_pooled(self) -> None:
        food, foster = (InSituation(frozenset({s})) for s in (S.FOOD_AID, S.FOSTER_CARE))
        assert [p.parts for p in AnyOf((food, foster))._pools] == [(food, foster)]
        # A single condition of its kind is not a pool.
        assert AnyOf((food, REGISTERED_UNEMPLOYED))._pools == ()
        # A condition whose law changed (two versions) is decided on its own.
        citation = Citation(UPS, "7")
        changed = with_law(
            foster,
            Timeline(
                "two versions",
                (
                    Dated(True, d("2000-01-01"), d("2009-12-31"), citation=citation),
                    Dated(True, d("2010-01-01"), citation=citation),
                ),
            ),
        )
        ended = with_law(
            foster, Timeline("ended", (Dated(True, d("2000-01-01"), d("2009-12-31")),))
        )
        # A law whose only version has no value is no law: the condition stays UNKNOWN alone.
        empty = with_law(foster, Timeline("no value", (Dated(None, d("2000-01-01")),)))
        for other in (changed, ended, empty):
            rule = AnyOf((food, other))
            assert rule._pools == () and rule._singles == (food, other)

    def test_subclasses_that_answer_for_themselves_are_asked_one_by_one(self) -> None:
        @attrs.frozen(slots=True, eq=False, repr=False)
        class Unverified(InSituation):
            """Recorded but not verified: a recorded situation only makes it UNKNOWN."""

            def evaluate_in(self, ctx: Context) -> Verdict:
                verdict = InSituation.evaluate_in(self, ctx)
                if verdict.outcome is E:
                    return verdict._replace(outcome=U, missing=(Fact.SITUATIONS,))
                return verdict

        @attrs.frozen(slots=True, eq=False, repr=False)
        class Doubtful(InSituation):
            def outcome_in(self, ctx: Context) -> Outcome:
                return U

        @attrs.frozen(slots=True, eq=False, repr=False)
        class AnySource(InSituation):
            """Decides without the situations too (none known reads as none recorded)."""

            _decides_uncollected: ClassVar[bool] = True

        food_aid = collected(
            d("1990-01-01"),
            Sex.FEMALE,
            situations=[SituationSpell(S.FOOD_AID, DateRange(d("2020-01-01")))],
        )
        on = d("2024-01-01")
        for kind in (Unverified, Doubtful, AnySource):
            parts = [kind(frozenset({s})) for s in (S.FOOD_AID, S.FOSTER_CARE)]
            rule = AnyOf((*parts, InSituation(frozenset({S.SERVING_SENTENCE}))))
            assert rule._pools == (), kind.__name__
            alone = [part.outcome_in(Context(food_aid, on)) for part in rule.rules]
            assert rule.evaluate(food_aid, on).outcome is _kleene(alone, E, N), kind.__name__
        # The override decides inside a composition too, not only alone.
        assert AnyOf((Unverified(frozenset({S.FOOD_AID})),)).evaluate(food_aid, on).outcome is U
        # Situations not collected: a condition deciding from any source answers alone.
        nobody = Person(d("1990-01-01"), Sex.MALE)
        either = AnyOf(tuple(AnySource(frozenset({s})) for s in (S.FOOD_AID, S.FOSTER_CARE)))
        assert either.evaluate(nobody, on).outcome is N

    def test_a_subclass_that_decides_otherwise_is_not_pooled(self) -> None:
        @attrs.frozen(slots=True, eq=False, repr=False)
        class NotRecorded(InSituation):
            def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
                found = ctx.situations & self.situations
                return (N if found else E), found, ()

        food = InSituation(frozenset({S.FOOD_AID}))
        absent = [NotRecorded(frozenset({s})) for s in (S.FOSTER_CARE, S.SERVING_SENTENCE)]
        rule = AnyOf((food, *absent))
        assert rule._pools == () and rule._singles == (food, *absent)
        nobody = collected(d("1990-01-01"), Sex.MALE)
        assert rule.evaluate(nobody, d("2024-01-01")).outcome is E

    def test_a_pool_before_its_law_is_in_force_is_decided_part_by_part(self) -> None:
        since = d("2020-01-01")
        law = Timeline("from 2020", (in_force(Citation(UPS, "7"), since),))
        food = with_law(InSituation(frozenset({S.FOOD_AID})), law)
        foster = InSituation(frozenset({S.FOSTER_CARE}))
        rule = AnyOf((food, foster))
        assert [p.since for p in rule._pools] == [since]
        person = collected(
            d("1990-01-01"),
            Sex.FEMALE,
            situations=[SituationSpell(S.FOOD_AID, DateRange(d("2015-01-01")))],
        )
        # Before 2020 the food-aid condition has no law (UNKNOWN) and foster care does not hold.
        before = rule.evaluate(person, d("2019-12-31"))
        assert (before.outcome, before.missing) == (U, (Fact.LAW,))
        assert rule.evaluate(person, since).outcome is E
        assert AllOf((food, foster)).evaluate(person, since).outcome is N

    def test_situations_not_collected_leave_the_pool_unknown(self) -> None:
        pooled = AnyOf(
            (InSituation(frozenset({S.FOOD_AID})), InSituation(frozenset({S.FOSTER_CARE})))
        )
        nobody = Person(d("1990-01-01"), Sex.MALE)
        verdict = pooled.evaluate(nobody, d("2024-01-01"))
        assert (verdict.outcome, verdict.missing) == (U, (Fact.SITUATIONS,))
        # Another part that holds still decides a disjunction, and one that fails a conjunction.
        registered = Person(
            d("1990-01-01"), Sex.MALE, registrations=[Registration(DateRange(d("2023-01-01")))]
        )
        either = AnyOf((*pooled.rules, REGISTERED_UNEMPLOYED))
        assert either.evaluate(registered, d("2024-01-01")).outcome is E
        both = AllOf((*pooled.rules, REGISTERED_UNEMPLOYED))
        unregistered = Person(d("1990-01-01"), Sex.MALE, registrations=())
        assert both.evaluate(unregistered, d("2024-01-01")).outcome is N


class TestRuleVersionKeptPerDate:
    """A rule whose structure changed keeps the version found for the last law date, and never
    answers another date from it."""

    @given(
        people(), st.lists(st.dates(date(2010, 1, 1), date(2027, 12, 31)), min_size=1, max_size=6)
    )
    def test_alternating_law_dates_answer_as_a_fresh_rule(
        self, person: Person, law_dates: list[date]
    ) -> None:
        on = max(d("2024-06-01"), person.birth_date)
        for law_on in law_dates:
            kept = PAI_ELIGIBILITY.evaluate(person, on, law_on=law_on)
            fresh = attrs.evolve(PAI_ELIGIBILITY).evaluate(person, on, law_on=law_on)
            assert kept.report() == fresh.report()


@attrs.frozen(slots=True, eq=False, repr=False)
class _Counted(Condition):
    """Eligible, and counts how often it was decided; reports households as missing even when
    decided (a condition that says more facts would tell more)."""

    calls: list[int] = attrs.field(factory=lambda: [0])
    law: Timeline[Any] | None = attrs.field(default=None, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.REGISTRATIONS})

    @property
    def label(self) -> Label:
        return Label(pl="liczony", en="counted")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        self.calls[0] += 1
        return E, "seen", (Fact.HOUSEHOLDS,)

    def describe(self, verdict: Verdict, language: Language) -> str:
        return str(verdict.observation)


class TestDecidedOncePerContext:
    PERSON = Person(d("1990-01-01"), Sex.MALE, registrations=())
    ON = d("2024-01-01")

    def test_a_condition_asked_for_its_outcome_then_its_verdict_is_decided_once(self) -> None:
        counted = _Counted()
        ctx = Context(self.PERSON, self.ON)
        verdict = (counted & WORKING_AGE).evaluate_in(ctx)
        assert verdict.outcome is E and counted.calls == [1]
        # The explanation builds the part's verdict from the decision kept in the context.
        report = verdict.report()
        assert counted.calls == [1]
        assert report["parts"][0]["observed"]["en"] == "seen"
        assert ctx.verdicts[counted] is counted.evaluate_in(ctx)
        assert set(ctx.verdicts) == {counted, WORKING_AGE}
        assert counted.calls == [1]

    def test_verdicts_built_and_decisions_kept_are_listed_together(self) -> None:
        counted = _Counted()
        ctx = Context(self.PERSON, self.ON)
        (counted & WORKING_AGE & REGISTERED_UNEMPLOYED).outcome_in(ctx)
        built = WORKING_AGE.evaluate_in(ctx)
        listed = ctx.verdicts
        assert set(listed) == {counted, WORKING_AGE, REGISTERED_UNEMPLOYED}
        assert listed[WORKING_AGE] is built
        assert listed[counted].observation == "seen" and counted.calls == [1]
        assert listed[REGISTERED_UNEMPLOYED].outcome is N

    def test_a_version_keeps_the_missing_facts_of_its_verdict(self) -> None:
        counted = _Counted()
        citation = Citation(UPS, "7")
        versions: Timeline[Rule] = Timeline(
            "one version", (Dated(counted, d("2000-01-01"), citation=citation),)
        )
        dated = ByLawDate(versions, name="dated", label=Label(pl="x", en="x"))
        verdict = dated.evaluate(self.PERSON, self.ON)
        assert (verdict.outcome, verdict.missing) == (E, (Fact.HOUSEHOLDS,))
        assert verdict.missing == counted.evaluate(self.PERSON, self.ON).missing
        assert dated.evaluate(self.PERSON, self.ON) == dated.evaluate(self.PERSON, self.ON)

    def test_histories_follow_the_order_of_facts(self) -> None:
        # Context.uncollected promises the order of Fact; it reads Person.not_collected.
        assert list(HISTORIES) == [f.value for f in Fact if f.value in HISTORIES]
        ctx = Context(Person(d("1990-01-01"), Sex.MALE), self.ON)
        assert ctx.uncollected(frozenset(Fact)) == tuple(f for f in Fact if f.value in HISTORIES)
