"""Rules made by functions: ``social_employment`` (UZS art. 1), ``pai_target_group_in_area`` (UPZ
art. 62a ust. 1 with a revitalisation area) and the group conditions of UZS art. 1 ust. 2. Each is
built inside the test and compared with the legal data written out by hand: names, bilingual
labels, versions with their dates, citations and certainty, and the conditions each version
combines; then evaluated on both sides of its boundaries."""

from __future__ import annotations

from datetime import date
from importlib import import_module
from typing import Any

import attrs

from helpers import collected, r
from integra import (
    Address,
    BenefitAward,
    BenefitKind,
    Entitlement,
    EntitlementKind,
    Registration,
    Residence,
    Sex,
    SituationSpell,
    SocialSituation,
)
from integra.law import Certainty, Citation, Timeline
from integra.parameters import EU_2014_2020, URZ, UZS
from integra.rules import disability
from integra.rules.core import AllOf, AnyOf, ByLawDate, Not, Outcome, Rule
from integra.rules.recruitment import pai_target_group_in_area
from integra.rules.revitalisation import RevitalisationArea, StreetSegment, SubArea
from integra.rules.social_employment import (
    SOCIAL_EMPLOYMENT_CIS,
    UZS_GROUPS,
    _point,
    _situation,
    _treated,
    social_employment,
)
from integra.rules.status import HasEntitlement, InSituation

# The module (the package re-exports a function of the same name).
at_risk_module = import_module("integra.rules.at_risk")
S = SocialSituation
E = EntitlementKind
BEFORE_NOTE = (
    "wording in force before 2022-02-15; its earlier history is not modelled and the start date "
    "is the act's entry into force, to be checked"
)
EXCLUDING = frozenset(
    {
        E.UNEMPLOYMENT_BENEFIT,
        E.PRE_RETIREMENT_BENEFIT,
        E.PRE_RETIREMENT_ALLOWANCE,
        E.STRUCTURAL_PENSION,
        E.WORK_INCAPACITY_PENSION,
        E.OLD_AGE_PENSION,
        E.TEACHER_COMPENSATION,
    }
)


def tree(rule: Rule) -> Any:
    """A rule as plain data: kind, name, labels, parts (versions with their dates and sources)."""
    label = (rule.label.pl, rule.label.en)
    if isinstance(rule, ByLawDate):
        versions = [
            (
                e.start,
                e.end,
                None if e.citation is None else e.citation.text("pl"),
                e.certainty,
                e.note,
                tree(e.value),
            )
            for e in rule.versions.entries
        ]
        return ("by law date", rule.name, label, rule.versions.name, versions)
    if isinstance(rule, AllOf | AnyOf):
        return (type(rule).__name__, rule.name, label, [tree(p) for p in rule.rules])
    if isinstance(rule, Not):
        return ("not", label, tree(rule.rule))
    if isinstance(rule, HasEntitlement):
        cited = None if rule.citation is None else rule.citation.text("pl")
        return ("entitled", sorted(k.value for k in rule.kinds), cited)
    return rule.name


def exclusion(kinds: frozenset[EntitlementKind]) -> Any:
    return (
        "not",
        (
            "brak prawa do świadczenia wyłączającego zatrudnienie socjalne (art. 1 ust. 3)",
            "no right to a benefit that excludes social employment (art. 1(3))",
        ),
        (
            "entitled",
            sorted(k.value for k in kinds),
            "art. 1 ust. 3 ustawy o zatrudnieniu socjalnym",
        ),
    )


def expected(unit: str, after_exclusion: Any) -> Any:
    return (
        "by law date",
        f"social_employment_{unit.lower()}",
        (
            f"osoba uprawniona do zatrudnienia socjalnego ({unit})",
            f"eligible for social employment ({unit})",
        ),
        f"social employment ({unit})",
        [
            (
                date(2004, 1, 1),
                date(2022, 2, 14),
                "art. 1 ustawy o zatrudnieniu socjalnym",
                Certainty.DERIVED,
                BEFORE_NOTE,
                (
                    "AllOf",
                    "social_employment_before_2022",
                    (
                        "art. 1 ustawy w brzmieniu sprzed 15.02.2022 r.",
                        "art. 1 as worded before 2022-02-15",
                    ),
                    [
                        tree(UZS_GROUPS.versions.entries[0].value),
                        "situation_poverty",
                        exclusion(EXCLUDING),
                        "not_excluded_by_social_pension",
                    ],
                ),
            ),
            (
                date(2022, 2, 15),
                None,
                "ustawa o zmianie ustawy o zatrudnieniu socjalnym oraz niektórych innych ustaw",
                Certainty.CONFIRMED,
                "",
                (
                    "AllOf",
                    "social_employment_2022",
                    (
                        "art. 1 ustawy w brzmieniu od 15.02.2022 r.",
                        "art. 1 as worded from 2022-02-15",
                    ),
                    [tree(UZS_GROUPS.versions.entries[1].value), after_exclusion],
                ),
            ),
        ],
    )


class TestSocialEmployment:
    def test_cis(self) -> None:
        """UZS art. 1 ust. 2 and 3; from 2022-02-15 (Dz.U. 2022 poz. 218) without poverty."""
        assert tree(social_employment()) == expected("CIS", exclusion(EXCLUDING))
        assert tree(social_employment(kis=False)) == tree(SOCIAL_EMPLOYMENT_CIS)

    def test_kis(self) -> None:
        """From 2022-02-15 a work-incapacity pension no longer excludes a KIS."""
        kinds = EXCLUDING - {E.WORK_INCAPACITY_PENSION}
        assert tree(social_employment(kis=True)) == expected("KIS", exclusion(kinds))

    def test_work_incapacity_pension_either_side_of_the_amendment(self) -> None:
        person = collected(
            date(1970, 1, 1),
            Sex.FEMALE,
            situations=[SituationSpell(S.HOMELESS_IN_PROGRAMME, r("2021-01-01"))],
            entitlements=[Entitlement(E.WORK_INCAPACITY_PENSION, r("2021-01-01"))],
        )
        kis, cis = social_employment(kis=True), social_employment()
        assert kis.evaluate(person, date(2022, 2, 15)).outcome is Outcome.ELIGIBLE
        assert kis.evaluate(person, date(2022, 2, 14)).outcome is Outcome.NOT_ELIGIBLE
        assert cis.evaluate(person, date(2022, 2, 15)).outcome is Outcome.NOT_ELIGIBLE

    def test_poverty_needed_only_before_the_amendment(self) -> None:
        spell = SituationSpell(S.RELEASED_FROM_PRISON, r("2021-01-01"))
        person = collected(date(1970, 1, 1), Sex.MALE, situations=[spell])
        poor = collected(
            date(1970, 1, 1),
            Sex.MALE,
            situations=[spell, SituationSpell(S.POVERTY, r("2021-01-01"))],
        )
        rule = social_employment()
        assert rule.evaluate(person, date(2022, 2, 14)).outcome is Outcome.NOT_ELIGIBLE
        assert rule.evaluate(poor, date(2022, 2, 14)).outcome is Outcome.ELIGIBLE
        assert rule.evaluate(person, date(2022, 2, 15)).outcome is Outcome.ELIGIBLE
        assert rule.evaluate(person, date(2003, 12, 31)).outcome is Outcome.UNKNOWN


class TestGroupConditions:
    def test_point(self) -> None:
        assert _point("6") == Citation(UZS, article="1", paragraph="2", point="6")

    def test_situation(self) -> None:
        condition = _situation(S.REFUGEE_IN_PROGRAMME, "7")
        assert condition.situations == frozenset({S.REFUGEE_IN_PROGRAMME})
        assert condition.citation == Citation(UZS, article="1", paragraph="2", point="7")

    def test_treated(self) -> None:
        """Before 2022-02-15 a dependent person had to have completed therapy (pkt 2 and 3)."""
        rule = _treated(S.DRUG_DEPENDENT, "3", "po terapii", "after therapy")
        assert (rule.name, rule.label.pl, rule.label.en) == (
            "drug_dependent_after_therapy",
            "po terapii",
            "after therapy",
        )
        point_3 = Citation(UZS, article="1", paragraph="2", point="3")
        parts = [(p.situations, p.citation) for p in rule.rules if isinstance(p, InSituation)]
        assert parts == [
            (frozenset({S.DRUG_DEPENDENT}), point_3),
            (frozenset({S.ADDICTION_THERAPY_COMPLETED}), point_3),
        ]

    def test_published_groups_cite_their_points(self) -> None:
        """UZS art. 1 ust. 2 pkt 1-7 (pkt 5 long-term unemployed; disability is not a point)."""
        for entry in UZS_GROUPS.versions.entries:
            group = entry.value
            assert isinstance(group, AnyOf)
            points = [
                (sorted(s.value for s in p.situations), p.citation.point if p.citation else None)
                for p in group.rules
                if isinstance(p, InSituation)
            ]
            assert points[0] == (["homeless_in_programme"], "1")
            assert points[-2:] == [(["released_from_prison"], "6"), (["refugee_in_programme"], "7")]


class TestPaiInArea:
    AREA = RevitalisationArea(
        "Nysa",
        "1/2020",
        date(2020, 1, 1),
        r("2020-02-01"),
        [SubArea("Rynek", streets=[StreetSegment("Rynek")])],
    )

    def test_parts_name_and_label(self) -> None:
        """UPZ art. 62a ust. 1 (from 2019-06-14) and residence in the area (UR art. 10)."""
        rule = pai_target_group_in_area(self.AREA)
        assert [p.name for p in rule.rules] == [
            "registered_unemployed",
            "receives_social_assistance",
            "resides_in_nysa_revitalisation_area",
        ]
        assert rule.name == "pai_target_group_in_area"
        assert rule.label.pl == "grupa docelowa PAI na obszarze rewitalizacji (Nysa)"
        assert rule.label.en == "PAI target group in the revitalisation area (Nysa)"

    def test_unemployed_on_assistance_outside_the_area(self) -> None:
        person = collected(
            date(1980, 1, 1),
            Sex.MALE,
            registrations=[Registration(r("2023-01-02"))],
            benefit_awards=[BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, r("2023-01-02"))],
            residences=[
                Residence(Address("Nysa", house_number="3", street="Mickiewicza"), r("2023-01-02"))
            ],
        )
        verdict = pai_target_group_in_area(self.AREA).evaluate(person, date(2024, 1, 2))
        assert verdict.outcome is Outcome.NOT_ELIGIBLE
        assert [leaf.rule.name for leaf in verdict.failed()] == [
            "resides_in_nysa_revitalisation_area"
        ]


class TestConditionsCitingAProvision:
    """A situation or entitlement condition with a citation reads that provision as always in
    force (its own dates are the facts'); without a citation it has no law to look up."""

    def test_situation_condition(self) -> None:
        cited = Citation(UZS, article="1", paragraph="2", point="1")
        law = InSituation(frozenset({S.HOMELESS_IN_PROGRAMME}), citation=cited).law
        assert law is not None
        assert law.name == "Art. 1(2)(1) of the Act on Social Employment (UZS)"
        (entry,) = law.entries
        assert (entry.start, entry.end, entry.citation, entry.certainty) == (
            date(1900, 1, 1),
            None,
            cited,
            Certainty.CONFIRMED,
        )
        assert InSituation(frozenset({S.HOMELESS_IN_PROGRAMME})).law is None

    def test_entitlement_condition(self) -> None:
        cited = Citation(UZS, article="1", paragraph="3")
        law = HasEntitlement(frozenset({E.OLD_AGE_PENSION}), citation=cited).law
        assert law is not None
        assert [(e.start, e.citation) for e in law.entries] == [(date(1900, 1, 1), cited)]
        assert HasEntitlement(frozenset({E.OLD_AGE_PENSION})).law is None


class TestDisabilityLaw:
    """URZ (Act of 27 August 1997 on vocational and social rehabilitation) is in force from
    1998-01-01; each disability condition reads its own article under it."""

    def test_law_of_an_article(self) -> None:
        cited = Citation(URZ, article="29")
        law = disability._law(cited)
        assert law.name == cited.text("en")
        assert [(e.start, e.end, e.citation, e.certainty) for e in law.entries] == [
            (date(1998, 1, 1), None, cited, Certainty.CONFIRMED)
        ]

    def test_each_condition_cites_its_article(self) -> None:
        laws = {
            "HasDisability": ("1", disability.HasDisability),
            "DegreeAtLeast": ("3", disability.DegreeAtLeast),
            "WtzIndication": (None, disability.WtzIndication),
            "ZazTargetGroup": ("29", disability.ZazTargetGroup),
        }
        for name, (article, kind) in laws.items():
            default = attrs.fields_dict(kind)["law"].default
            assert isinstance(default, Timeline), name
            (entry,) = default.entries
            assert entry.start == date(1998, 1, 1), name
            assert entry.citation == Citation(URZ, article=article), name


class TestAtRiskCategories:
    """The 2014-2020 guidelines' own categories (foster care, food aid, ...) cite the guidelines."""

    def test_category(self) -> None:
        condition = at_risk_module._category(S.FOSTER_CARE, S.FOOD_AID)
        assert condition.situations == frozenset({S.FOSTER_CARE, S.FOOD_AID})
        assert condition.citation == Citation(EU_2014_2020)

    def test_published_categories(self) -> None:
        own = [c for c in at_risk_module.AT_RISK_2014_2020_CATEGORIES if isinstance(c, InSituation)]
        assert [sorted(s.value for s in c.situations) for c in own] == [
            ["foster_care"],
            ["food_aid"],
            ["serving_sentence"],
            ["homeless_or_housing_excluded"],
            ["dependent_person"],
            ["youth_centre_resident"],
            ["juvenile_under_measures"],
        ]
        assert {c.citation for c in own} == {Citation(EU_2014_2020)}
