"""Tests of social employment (integra.rules.social_employment): the groups of UZS art. 1 ust. 2
and the exclusions of ust. 3, before and from 2022-02-15."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import collected, d
from integra.labels import Language
from integra.law import Certainty
from integra.people import (
    CertificateSource,
    DisabilityCertificate,
    DisabilityDegree,
    Entitlement,
    EntitlementKind,
    Person,
    Registration,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.periods import DateRange
from integra.rules import (
    SOCIAL_EMPLOYMENT_CIS,
    SOCIAL_EMPLOYMENT_KIS,
    UZS_GROUPS,
    Fact,
    Outcome,
    eligible_from,
)
from integra.rules.social_employment import (
    NOT_EXCLUDED_BY_SOCIAL_PENSION,
    SOCIAL_PENSION_EXCLUSION,
    SocialPensionExclusion,
)

E, N, U = Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN
BEFORE, AFTER = date(2022, 2, 14), date(2022, 2, 15)
S = SocialSituation


def person(
    *situations: SocialSituation,
    entitlements: tuple[EntitlementKind, ...] = (),
    registered_from: str | None = None,
    certificate: bool = False,
) -> Person:
    since = DateRange(d("2019-01-01"))
    return collected(
        d("1975-01-01"),
        Sex.MALE,
        situations=[SituationSpell(s, since) for s in situations],
        entitlements=[Entitlement(k, since) for k in entitlements],
        registrations=[]
        if registered_from is None
        else [Registration(DateRange(d(registered_from)))],
        certificates=[
            DisabilityCertificate(
                CertificateSource.DEGREE, d("2019-01-01"), since, DisabilityDegree.LIGHT
            )
        ]
        if certificate
        else [],
    )


def cis(p: Person, on: date) -> Outcome:
    return SOCIAL_EMPLOYMENT_CIS.evaluate(p, on).outcome


def kis(p: Person, on: date) -> Outcome:
    return SOCIAL_EMPLOYMENT_KIS.evaluate(p, on).outcome


class TestBefore2022:
    def test_dependent_persons_needed_therapy_and_poverty(self) -> None:
        assert cis(person(S.ALCOHOL_DEPENDENT), BEFORE) is N
        assert cis(person(S.ALCOHOL_DEPENDENT, S.POVERTY), BEFORE) is N
        assert cis(person(S.ALCOHOL_DEPENDENT, S.ADDICTION_THERAPY_COMPLETED), BEFORE) is N
        treated = person(S.DRUG_DEPENDENT, S.ADDICTION_THERAPY_COMPLETED, S.POVERTY)
        assert cis(treated, BEFORE) is E

    @pytest.mark.parametrize(
        "situation",
        [
            S.HOMELESS_IN_PROGRAMME,
            S.MENTAL_DISORDER,
            S.RELEASED_FROM_PRISON,
            S.REFUGEE_IN_PROGRAMME,
        ],
    )
    def test_every_group_needed_poverty(self, situation: SocialSituation) -> None:
        assert cis(person(situation), BEFORE) is N
        assert cis(person(situation, S.POVERTY), BEFORE) is E
        assert cis(person(situation), AFTER) is E

    def test_long_term_unemployed_and_disabled(self) -> None:
        ltu = person(S.POVERTY, registered_from="2020-06-01")
        assert cis(ltu, BEFORE) is E
        assert cis(person(S.POVERTY, registered_from="2021-06-01"), BEFORE) is N
        assert cis(person(S.POVERTY, certificate=True), BEFORE) is E

    def test_the_verdict_shows_the_version_applied(self) -> None:
        v = SOCIAL_EMPLOYMENT_CIS.evaluate(person(S.ALCOHOL_DEPENDENT), BEFORE)
        [version] = v.children
        assert version.rule.name == "social_employment_before_2022"
        assert [c.rule.name for c in version.children] == [
            "uzs_groups_before_2022",
            "situation_poverty",
            "not",
            "not_excluded_by_social_pension",
        ]
        assert [c.outcome for c in version.children] == [N, N, E, E]
        assert v.citation is None and version.children[1].citation is not None


class TestFrom2022:
    def test_no_therapy_or_poverty_condition(self) -> None:
        alcohol = person(S.ALCOHOL_DEPENDENT)
        assert cis(alcohol, BEFORE) is N and cis(alcohol, AFTER) is E
        assert eligible_from(SOCIAL_EMPLOYMENT_CIS, alcohol, d("2021-01-01")) == AFTER
        assert cis(person(S.POVERTY), AFTER) is N  # poverty alone is no group

    @pytest.mark.parametrize(
        "kind",
        [
            EntitlementKind.UNEMPLOYMENT_BENEFIT,
            EntitlementKind.PRE_RETIREMENT_BENEFIT,
            EntitlementKind.PRE_RETIREMENT_ALLOWANCE,
            EntitlementKind.STRUCTURAL_PENSION,
            EntitlementKind.OLD_AGE_PENSION,
            EntitlementKind.TEACHER_COMPENSATION,
        ],
    )
    def test_exclusions_in_both_versions(self, kind: EntitlementKind) -> None:
        p = person(S.HOMELESS_IN_PROGRAMME, S.POVERTY, entitlements=(kind,))
        for on in (BEFORE, AFTER):
            assert cis(p, on) is N and kis(p, on) is N

    def test_a_work_incapacity_pension_allows_a_kis_from_2022(self) -> None:
        p = person(
            S.MENTAL_DISORDER, S.POVERTY, entitlements=(EntitlementKind.WORK_INCAPACITY_PENSION,)
        )
        assert (cis(p, BEFORE), kis(p, BEFORE)) == (N, N)
        assert (cis(p, AFTER), kis(p, AFTER)) == (N, E)
        assert SOCIAL_EMPLOYMENT_KIS.name == "social_employment_kis"
        assert SOCIAL_EMPLOYMENT_KIS.label.en == "eligible for social employment (KIS)"


class TestGroupsAndLaw:
    def test_groups_by_law_date(self) -> None:
        p = person(S.ALCOHOL_DEPENDENT)
        assert UZS_GROUPS.evaluate(p, BEFORE).outcome is N
        assert UZS_GROUPS.evaluate(p, AFTER).outcome is E
        assert UZS_GROUPS.evaluate(p, AFTER, law_on=BEFORE).outcome is N
        assert UZS_GROUPS.evaluate(person(S.POVERTY), AFTER).outcome is N

    def test_no_law_before_the_act(self) -> None:
        p = person(S.HOMELESS_IN_PROGRAMME, S.POVERTY)
        v = SOCIAL_EMPLOYMENT_CIS.evaluate(p, AFTER, law_on=d("2003-12-31"))
        assert v.outcome is U and v.missing == (Fact.LAW,)
        assert SOCIAL_EMPLOYMENT_CIS.evaluate(p, AFTER, law_on=d("2004-01-01")).outcome is E

    def test_long_term_unemployment_under_the_law_applied(self) -> None:
        # UPZ's definition stops on 2025-05-31; from 2025-06-01 the URP version answers, derived.
        ltu = person(registered_from="2020-01-01")
        assert cis(ltu, d("2025-05-31")) is E
        later = SOCIAL_EMPLOYMENT_CIS.evaluate(ltu, d("2025-06-01"))
        assert later.outcome is E and later.certainty is Certainty.DERIVED

    def test_introspection(self) -> None:
        facts = SOCIAL_EMPLOYMENT_CIS.required_facts()
        assert {Fact.SITUATIONS, Fact.ENTITLEMENTS, Fact.REGISTRATIONS, Fact.CERTIFICATES} <= facts
        texts = {c.text("pl") for c in SOCIAL_EMPLOYMENT_CIS.citations()}
        assert "art. 1 ust. 3 ustawy o zatrudnieniu socjalnym" in texts
        assert "art. 1 ust. 2 pkt 4 ustawy o zatrudnieniu socjalnym" in texts


class TestReadAloud:
    """The social-employment verdict reads without double negatives or repeated lines."""

    def test_the_exclusion_is_worded_positively_and_the_version_is_named(self) -> None:
        person = collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(DateRange(date(2021, 1, 1)))],
        )
        lines = SOCIAL_EMPLOYMENT_CIS.evaluate(person, date(2024, 1, 1)).explain().splitlines()
        assert lines[0] == "ELIGIBLE: eligible for social employment (CIS) [derived value]"
        assert lines[1] == "  ELIGIBLE: art. 1 as worded from 2022-02-15 [derived value]"
        assert (
            "    ELIGIBLE: no right to a benefit that excludes social employment (art. 1(3))"
            in lines
        )
        assert not [line for line in lines if "not:" in line]
        pl = SOCIAL_EMPLOYMENT_CIS.evaluate(person, date(2020, 1, 1)).explain("pl").splitlines()
        assert pl[1].endswith(
            "art. 1 ustawy w brzmieniu sprzed 15.02.2022 r. [wartość wyprowadzona]"
        )

    def test_a_dated_rule_whose_version_checks_the_same_reads_as_one_line(self) -> None:
        person = collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(DateRange(date(2021, 1, 1)))],
        )
        heads: tuple[tuple[Language, str], ...] = (
            ("en", "ELIGIBLE: groups of UZS art. 1(2) [derived value]"),
            (
                "pl",
                "SPEŁNIA: grupy z art. 1 ust. 2 ustawy o zatrudnieniu socjalnym [wartość wyprowadzona]",
            ),
        )
        for language, head in heads:
            lines = UZS_GROUPS.evaluate(person, date(2024, 1, 1)).explain(language).splitlines()
            assert lines.count(head) == 1
            assert lines[0] == head
            assert all(line.startswith("  ") and not line.startswith("   ") for line in lines[1:])
        verdict = UZS_GROUPS.evaluate(person, date(2024, 1, 1))
        assert [c.rule.name for c in verdict.children] == ["uzs_groups_2022"]
        assert verdict.report()["parts"][0]["rule"] == "uzs_groups_2022"


class TestSocialPension:
    """UZS art. 1 ust. 3 pkt 4 of the 2003 text: a right to a social pension (renta socjalna)
    excluded; the point reads "(uchylony)" in the consolidated text of 2011-02-02, the day of
    its repeal unknown: until then a social pension leaves the answer to the law. (The days
    are from 2009-02-01, where long-term unemployment, one of the groups, is modelled.)"""

    SINCE = DateRange(d("2005-01-01"))

    def someone(self, *kinds: EntitlementKind, group: bool = True) -> Person:
        spells = [SituationSpell(S.POVERTY, self.SINCE)]
        if group:
            spells.append(SituationSpell(S.HOMELESS_IN_PROGRAMME, self.SINCE))
        return collected(
            d("1975-01-01"),
            Sex.FEMALE,
            situations=spells,
            entitlements=[Entitlement(k, self.SINCE) for k in kinds],
            registrations=[],
            certificates=[],
        )

    def test_while_the_end_is_unknown_a_social_pension_leaves_the_answer_unknown(self) -> None:
        pensioner = self.someone(EntitlementKind.SOCIAL_PENSION)
        for day in (date(2010, 1, 1), date(2011, 2, 1)):
            v = SOCIAL_EMPLOYMENT_CIS.evaluate(pensioner, day)
            assert v.outcome is U
            assert v.missing_facts == {Fact.LAW}
            assert v.certainty is Certainty.DERIVED
            assert kis(pensioner, day) is U
        assert cis(self.someone(), date(2010, 1, 1)) is E

    def test_once_repealed_a_social_pension_excludes_no_one(self) -> None:
        pensioner = self.someone(EntitlementKind.SOCIAL_PENSION)
        assert cis(pensioner, date(2011, 2, 2)) is E
        assert cis(pensioner, BEFORE) is E
        after = SOCIAL_EMPLOYMENT_CIS.evaluate(pensioner, AFTER)
        assert after.outcome is E
        assert "not_excluded_by_social_pension" not in {
            c.rule.name for c in after.children[0].children
        }

    def test_another_exclusion_or_no_group_decides_whatever_the_law(self) -> None:
        both = self.someone(EntitlementKind.SOCIAL_PENSION, EntitlementKind.OLD_AGE_PENSION)
        assert cis(both, date(2010, 1, 1)) is N
        outside = self.someone(EntitlementKind.SOCIAL_PENSION, group=False)
        assert cis(outside, date(2010, 1, 1)) is N

    @pytest.mark.parametrize(
        ("language", "unknown", "repealed", "none"),
        [
            (
                "pl",
                "prawo do renty socjalnej; nie ustalono, czy art. 1 ust. 3 pkt 4 jeszcze obowiązywał",
                "prawo do renty socjalnej; art. 1 ust. 3 pkt 4 uchylony",
                "brak prawa do renty socjalnej",
            ),
            (
                "en",
                "a right to a social pension; whether art. 1(3)(4) still applied is not known",
                "a right to a social pension; art. 1(3)(4) repealed",
                "no right to a social pension",
            ),
        ],
    )
    def test_the_condition_says_what_is_known(
        self, language: Language, unknown: str, repealed: str, none: str
    ) -> None:
        rule = NOT_EXCLUDED_BY_SOCIAL_PENSION
        pensioner = self.someone(EntitlementKind.SOCIAL_PENSION)
        texts = [
            rule.evaluate(p, day).observed_text(language, personal=True)
            for p, day in (
                (pensioner, date(2010, 1, 1)),
                (pensioner, date(2012, 1, 1)),
                (self.someone(), date(2010, 1, 1)),
            )
        ]
        assert texts == [unknown, repealed, none]
        assert str(rule.evaluate(pensioner, date(2010, 1, 1)).citation) == (
            "art. 1 ust. 3 pkt 4 ustawy o zatrudnieniu socjalnym"
        )

    def test_the_law_of_the_point(self) -> None:
        entries = SOCIAL_PENSION_EXCLUSION.entries
        assert [e.value for e in entries] == [
            SocialPensionExclusion.END_UNKNOWN,
            SocialPensionExclusion.REPEALED,
        ]
        assert [(e.start, e.end) for e in entries] == [
            (date(2004, 1, 1), date(2011, 2, 1)),
            (date(2011, 2, 2), None),
        ]
        assert {e.certainty for e in entries} == {Certainty.DERIVED}
        assert "not found" in entries[0].note

    def test_columns_answer_as_the_scalar_rule(self) -> None:
        from integra.bulk import Population, screen

        people = [
            self.someone(EntitlementKind.SOCIAL_PENSION),
            self.someone(),
            self.someone(EntitlementKind.SOCIAL_PENSION, EntitlementKind.OLD_AGE_PENSION),
            self.someone(EntitlementKind.SOCIAL_PENSION, group=False),
        ]
        rules = [SOCIAL_EMPLOYMENT_CIS, SOCIAL_EMPLOYMENT_KIS, NOT_EXCLUDED_BY_SOCIAL_PENSION]
        pop = Population.from_persons(people)
        for day in (date(2010, 1, 1), date(2011, 2, 1), date(2011, 2, 2), AFTER):
            result = screen(rules, pop, day)
            assert result.fell_back == ()
            for rule in rules:
                verdicts = [rule.evaluate(p, day) for p in people]
                assert result.outcomes(rule.name).tolist() == [v.outcome.value for v in verdicts]
                assert [set(m or ()) for m in result.missing_facts(rule.name)] == [
                    {f.value for f in v.missing_facts} for v in verdicts
                ]
                assert result.certainties(rule.name) == [v.certainty for v in verdicts]
