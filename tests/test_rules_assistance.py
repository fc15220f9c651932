"""Tests of the social-assistance rules (integra.rules.assistance): art. 7 reasons, the art. 8
income test with the criterion in force on the law date, and receipt of benefits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import collected, d, r
from integra.people import (
    BenefitAward,
    BenefitKind,
    CertificateSource,
    DisabilityCertificate,
    DisabilityDegree,
    Household,
    Person,
    Registration,
    Sex,
    SituationSpell,
    SocialContract,
    SocialSituation,
)
from integra.periods import DateRange
from integra.rules import (
    HAS_ASSISTANCE_REASON,
    HAS_SOCIAL_CONTRACT,
    INCOME_WITHIN_CRITERION,
    QUALIFIES_FOR_CASH_BENEFITS,
    RECEIVES_SOCIAL_ASSISTANCE,
    AssistanceReason,
    Fact,
    Outcome,
    eligible_from,
)
from integra.strategies import dates
from integra.strategies.core import money

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN


def household(members: int, income: str, valid: DateRange | None = None) -> Person:
    return collected(
        d("1970-01-01"), Sex.FEMALE, households=[Household(members, Decimal(income), valid)]
    )


def income_test(members: int, income: str, on: str) -> Outcome:
    return INCOME_WITHIN_CRITERION.evaluate(household(members, income), d(on)).outcome


class TestIncomeCriterion:
    @pytest.mark.parametrize(
        ("on", "single", "per_person"),
        [
            ("2006-10-01", "477", "351"),
            ("2012-10-01", "542", "456"),
            ("2015-10-01", "634", "514"),
            ("2018-10-01", "701", "528"),
            ("2021-12-31", "701", "528"),
            ("2022-01-01", "776", "600"),
            ("2024-12-31", "776", "600"),
            ("2025-01-01", "1010", "823"),
        ],
    )
    def test_exactly_at_the_criterion_and_one_grosz_above(
        self, on: str, single: str, per_person: str
    ) -> None:
        assert income_test(1, single, on) is E
        assert income_test(1, str(Decimal(single) + Decimal("0.01")), on) is N
        for members in (2, 3, 5):
            family = Decimal(per_person) * members
            assert income_test(members, str(family), on) is E
            assert income_test(members, str(family + Decimal("0.01")), on) is N

    def test_the_criterion_changes_overnight(self) -> None:
        # 776.00 zł alone: above the 701 zł criterion until 2021-12-31, within 776 zł from 2022.
        assert income_test(1, "776.00", "2021-12-31") is N
        assert income_test(1, "776.00", "2022-01-01") is E
        assert income_test(1, "701.01", "2018-09-30") is N  # 634 zł until then
        assert income_test(1, "701.00", "2018-10-01") is E
        # No verification took effect on 2024-01-01: the 2022 amounts ran until 2024-12-31.
        assert income_test(1, "776.00", "2023-12-31") is income_test(1, "776.00", "2024-01-01") is E
        assert income_test(1, "776.01", "2024-01-01") is N
        # a family of 4 with 3000 zł: 750 a person, above 600, within 823 from 2025
        assert income_test(4, "3000", "2024-12-31") is N
        assert income_test(4, "3000", "2025-01-01") is E
        p = household(4, "3000")
        assert eligible_from(INCOME_WITHIN_CRITERION, p, d("2023-01-01")) == d("2025-01-01")

    def test_single_and_family_criteria_differ(self) -> None:
        # 700 zł: within the single criterion (776), and for 1 of 2 persons (1400 > 1200) not.
        assert income_test(1, "700", "2024-06-01") is E
        assert income_test(2, "1400", "2024-06-01") is N
        assert income_test(2, "1200", "2024-06-01") is E

    def test_the_law_date_decides_the_criterion(self) -> None:
        p = household(1, "776.00")
        assert INCOME_WITHIN_CRITERION.evaluate(p, d("2021-12-01")).outcome is N
        v = INCOME_WITHIN_CRITERION.evaluate(p, d("2021-12-01"), law_on=d("2022-01-01"))
        assert v.outcome is E and v.threshold_text() == "at most 776 zł (criterion from 2022-01-01)"

    def test_texts(self) -> None:
        alone = INCOME_WITHIN_CRITERION.evaluate(household(1, "776.5"), d("2024-06-01"))
        assert alone.observed_text(personal=True) == "income 776.50 zł, living alone"
        assert (
            alone.observed_text("pl", personal=True)
            == "dochód 776,50\u00a0zł, osoba samotnie gospodarująca"
        )
        assert (
            alone.threshold_text("pl")
            == "nie więcej niż 776,00\u00a0zł (kryterium od 01.01.2022 r.)"
        )
        family = INCOME_WITHIN_CRITERION.evaluate(household(3, "1800"), d("2024-06-01"))
        assert (
            family.observed_text("pl", personal=True)
            == "dochód 600,00\u00a0zł na osobę w rodzinie 3-osobowej"
        )
        assert family.threshold_text("pl") == (
            "nie więcej niż 600,00\u00a0zł na osobę (kryterium od 01.01.2022 r.)"
        )
        early = INCOME_WITHIN_CRITERION.evaluate(household(2, "100"), d("2005-01-01"))
        assert (
            early.threshold_text()
            == "at most 316 zł a person (criterion from 2004-05-01, derived value)"
        )
        assert early.threshold_text("pl").endswith(
            "(kryterium od 01.05.2004 r., wartość wyprowadzona)"
        )
        assert str(early.citation) == "art. 8 ust. 1 ustawy o pomocy społecznej"

    def test_the_text_never_contradicts_the_outcome(self) -> None:
        # 1800.01 zł for 3 persons is 600.0033… zł a person: above 600 zł.
        verdict = INCOME_WITHIN_CRITERION.evaluate(household(3, "1800.01"), d("2024-06-01"))
        assert verdict.outcome is N
        assert verdict.observed_text(personal=True) == "income 600.01 zł a person in a family of 3"
        within = INCOME_WITHIN_CRITERION.evaluate(household(3, "1799.99"), d("2024-06-01"))
        assert within.outcome is E
        assert within.observed_text(personal=True) == "income 600.00 zł a person in a family of 3"
        alone = INCOME_WITHIN_CRITERION.evaluate(household(1, "776.001"), d("2024-06-01"))
        assert alone.outcome is N
        assert alone.observed_text(personal=True) == "income 776.01 zł, living alone"

    def test_default_texts_state_the_decision_without_the_amount(self) -> None:
        above = INCOME_WITHIN_CRITERION.evaluate(household(3, "1800.01"), d("2024-06-01"))
        assert above.observed_text() == "income per person in the family above the criterion"
        assert above.observed_text("pl") == "dochód na osobę w rodzinie przekracza kryterium"
        alone = INCOME_WITHIN_CRITERION.evaluate(household(1, "776.00"), d("2024-06-01"))
        assert alone.observed_text() == "income of a person living alone within the criterion"
        assert (
            alone.observed_text("pl")
            == "dochód osoby samotnie gospodarującej nie przekracza kryterium"
        )
        assert "776" not in alone.observed_text() and "776" in alone.threshold_text()
        assert "776,00" not in alone.observed_text("pl")
        assert "776.00 zł" in alone.explain(personal=True)

    def test_no_statement_is_unknown(self) -> None:
        p = collected(d("1970-01-01"), Sex.FEMALE)
        v = INCOME_WITHIN_CRITERION.evaluate(p, d("2024-01-01"))
        assert v.outcome is U and v.missing == (Fact.HOUSEHOLDS,)
        assert v.observed_text("pl") == "brak oświadczenia o dochodzie"

    def test_a_dated_statement_covers_only_its_period(self) -> None:
        p = household(1, "500", r("2024-01-01", "2024-03-31"))
        assert INCOME_WITHIN_CRITERION.evaluate(p, d("2024-03-31")).outcome is E
        assert INCOME_WITHIN_CRITERION.evaluate(p, d("2024-04-01")).outcome is U

    def test_no_law_before_the_act(self) -> None:
        v = INCOME_WITHIN_CRITERION.evaluate(household(1, "1"), d("2004-04-30"))
        assert v.outcome is U and v.missing == (Fact.LAW,)
        assert v.citation is None
        assert INCOME_WITHIN_CRITERION.citation_on(d("2004-04-30")) is None

    def test_citations(self) -> None:
        texts = [c.text("pl") for c in INCOME_WITHIN_CRITERION.citations()]
        assert texts[0] == "art. 8 ust. 1 ustawy o pomocy społecznej"
        assert any("Dz.U. 2021 poz. 1296" in t for t in texts)


class TestIncomeMonotonicity:
    @given(
        st.integers(1, 8),
        money(6_000),
        money(6_000),
        dates(date(2004, 5, 1), date(2030, 12, 31)),
    )
    def test_more_income_never_makes_someone_eligible(
        self, members: int, a: Decimal, b: Decimal, on: date
    ) -> None:
        low, high = sorted((a, b))
        reason = SituationSpell(SocialSituation.POVERTY, r("1970-01-01"))

        def person(income: Decimal) -> Person:
            return collected(
                d("1970-01-01"),
                Sex.MALE,
                households=[Household(members, income)],
                situations=[reason],
            )

        for rule in (INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS):
            if rule.evaluate(person(high), on).outcome is E:
                assert rule.evaluate(person(low), on).outcome is E


# --- reasons -------------------------------------------------------------------------------------


def with_situations(*situations: SocialSituation, **kwargs: object) -> Person:
    spells = [SituationSpell(s, r("2020-01-01", "2024-12-31")) for s in situations]
    return collected(d("1980-01-01"), Sex.MALE, situations=spells, **kwargs)


class TestReasons:
    def test_each_reason_from_its_situations(self) -> None:
        for reason in AssistanceReason:
            for situation in reason.situations:
                v = HAS_ASSISTANCE_REASON.evaluate(with_situations(situation), d("2024-01-01"))
                assert v.outcome is E and v.observation == (reason,)

    def test_unemployment_and_disability_come_from_records(self) -> None:
        cert = DisabilityCertificate(
            CertificateSource.DEGREE,
            d("2020-01-01"),
            r("2020-01-01", "2023-12-31"),
            DisabilityDegree.LIGHT,
        )
        p = collected(
            d("1980-01-01"),
            Sex.MALE,
            registrations=[Registration(r("2023-06-01"))],
            certificates=[cert],
            situations=[SituationSpell(SocialSituation.POVERTY, r("2020-01-01"))],
        )
        v = HAS_ASSISTANCE_REASON.evaluate(p, d("2023-12-31"))
        assert v.observation == (
            AssistanceReason.POVERTY,
            AssistanceReason.UNEMPLOYMENT,
            AssistanceReason.DISABILITY,
        )
        assert v.observed_text() == (
            "reasons found: poverty (art. 7 pkt 1), unemployment (art. 7 pkt 4), "
            "disability (art. 7 pkt 5)"
        )
        after = HAS_ASSISTANCE_REASON.evaluate(p, d("2024-01-01"))
        assert after.observation == (AssistanceReason.POVERTY, AssistanceReason.UNEMPLOYMENT)

    def test_no_reason(self) -> None:
        v = HAS_ASSISTANCE_REASON.evaluate(
            with_situations(SocialSituation.FOOD_AID), d("2024-01-01")
        )
        assert v.outcome is N and v.observation == ()
        assert v.observed_text() == "no art. 7 reason recorded"
        assert v.observed_text("pl") == "nie stwierdzono powodu z art. 7"
        assert (
            HAS_ASSISTANCE_REASON.evaluate(
                with_situations(SocialSituation.POVERTY), d("2025-01-01")
            ).outcome
            is N
        )  # the spell ended on 2024-12-31

    def test_the_wording_of_domestic_violence_changed_on_2023_06_22(self) -> None:
        p = with_situations(SocialSituation.DOMESTIC_VIOLENCE)
        before = HAS_ASSISTANCE_REASON.evaluate(p, d("2023-06-21"))
        after = HAS_ASSISTANCE_REASON.evaluate(p, d("2023-06-22"))
        assert before.observed_text("pl") == "stwierdzone powody: przemoc w rodzinie (art. 7 pkt 7)"
        assert after.observed_text("pl") == "stwierdzone powody: przemoc domowa (art. 7 pkt 7)"

    def test_points_and_citations(self) -> None:
        assert [reason.point for reason in AssistanceReason] == [
            "1", "2", "3", "4", "5", "6", "7", "7a", "8", "9", "11", "12", "13", "14", "15",
        ]  # fmt: skip
        assert (
            str(AssistanceReason.TRAFFICKING.citation) == "art. 7 pkt 7a ustawy o pomocy społecznej"
        )
        assert AssistanceReason.DISABILITY.situations == frozenset()
        assert all(r.label_on(d("2024-01-01")).en for r in AssistanceReason)


class TestQualifiesForCashBenefits:
    def test_income_and_a_reason(self) -> None:
        poor = SituationSpell(SocialSituation.POVERTY, r("2020-01-01"))
        base = {"households": [Household(1, Decimal("700"))]}
        both = collected(d("1980-01-01"), Sex.MALE, situations=[poor], **base)
        no_reason = collected(d("1980-01-01"), Sex.MALE, **base)
        no_statement = collected(d("1980-01-01"), Sex.MALE, situations=[poor])
        nothing = collected(d("1980-01-01"), Sex.MALE)
        on = d("2024-01-01")
        assert QUALIFIES_FOR_CASH_BENEFITS.evaluate(both, on).outcome is E
        assert QUALIFIES_FOR_CASH_BENEFITS.evaluate(no_reason, on).outcome is N
        unknown = QUALIFIES_FOR_CASH_BENEFITS.evaluate(no_statement, on)
        assert unknown.outcome is U and unknown.missing == (Fact.HOUSEHOLDS,)
        # Kleene: no reason decides it even without the statement, and both parts are reported.
        decided = QUALIFIES_FOR_CASH_BENEFITS.evaluate(nothing, on)
        assert decided.outcome is N and decided.missing == ()
        assert [c.outcome for c in decided.children] == [U, N]


# --- receipt of benefits and social contracts -------------------------------------------------


class TestReceivesSocialAssistance:
    def test_first_and_last_day_of_an_award(self) -> None:
        award = BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2024-01-01", "2024-03-31"))
        p = collected(d("1990-01-01"), Sex.MALE, benefit_awards=[award])
        outcomes = [
            RECEIVES_SOCIAL_ASSISTANCE.evaluate(p, d(x)).outcome
            for x in ("2023-12-31", "2024-01-01", "2024-03-31", "2024-04-01")
        ]
        assert outcomes == [N, E, E, N]
        assert eligible_from(RECEIVES_SOCIAL_ASSISTANCE, p, d("2023-06-01")) == d("2024-01-01")
        assert eligible_from(RECEIVES_SOCIAL_ASSISTANCE, p, d("2024-04-01")) is None

    def test_every_kind_received_is_listed_once(self) -> None:
        awards = [
            BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2024-01-01", "2024-03-31")),
            BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2024-02-01", "2024-02-29")),
            BenefitAward(BenefitKind.MEALS, DateRange.day(d("2024-02-15"))),
        ]
        p = collected(d("1990-01-01"), Sex.MALE, benefit_awards=awards)
        v = RECEIVES_SOCIAL_ASSISTANCE.evaluate(p, d("2024-02-15"))
        assert v.observation == (BenefitKind.PERIODIC_ALLOWANCE, BenefitKind.MEALS)
        assert v.observed_text("pl").startswith("korzysta: ")
        assert v.observed_text().count(",") == 1

    def test_law(self) -> None:
        v = RECEIVES_SOCIAL_ASSISTANCE.evaluate(
            collected(d("1990-01-01"), Sex.MALE), d("2004-04-30")
        )
        assert v.outcome is U and v.missing == (Fact.LAW,)


class TestSocialContract:
    def test_runs_on_the_date(self) -> None:
        contract = SocialContract(r("2024-01-01", "2024-06-30"))
        p = collected(d("1990-01-01"), Sex.MALE, social_contracts=[contract])
        assert HAS_SOCIAL_CONTRACT.evaluate(p, d("2023-12-31")).outcome is N
        assert HAS_SOCIAL_CONTRACT.evaluate(p, d("2024-06-30")).outcome is E
        assert HAS_SOCIAL_CONTRACT.evaluate(p, d("2024-07-01")).observed_text() == (
            "no contract runs on 2024-07-01"
        )
        assert HAS_SOCIAL_CONTRACT.evaluate(p, d("2024-01-01")).observed_text("pl") == (
            "kontrakt obowiązuje w dniu 01.01.2024 r."
        )
        assert HAS_SOCIAL_CONTRACT.evaluate(p, d("2024-07-01")).observed_text("pl") == (
            "brak kontraktu w dniu 01.07.2024 r."
        )
        assert HAS_SOCIAL_CONTRACT.evaluate(p, d("2024-01-01")).observed_text() == (
            "a contract runs on 2024-01-01"
        )
        assert str(HAS_SOCIAL_CONTRACT.evaluate(p, d("2024-01-01")).citation) == (
            "art. 108 ustawy o pomocy społecznej"
        )
        assert eligible_from(HAS_SOCIAL_CONTRACT, p, d("2023-06-01")) == d("2024-01-01")
        assert eligible_from(HAS_SOCIAL_CONTRACT, p, d("2024-07-01")) is None


def test_without_a_statement_both_amounts_are_named() -> None:
    alone = collected(d("1970-01-01"), Sex.MALE)
    unknown = INCOME_WITHIN_CRITERION.evaluate(alone, d("2005-01-01"))
    assert unknown.outcome is U
    assert unknown.threshold_text() == (
        "at most 461 zł (living alone) or 316 zł a person (family) "
        "(criterion from 2004-05-01, derived value)"
    )
    assert unknown.threshold_text("pl") == (
        "nie więcej niż 461,00\u00a0zł (osoba samotnie gospodarująca) lub 316,00\u00a0zł na osobę (rodzina) "
        "(kryterium od 01.05.2004 r., wartość wyprowadzona)"
    )
