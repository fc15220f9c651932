"""Answers that point to the law of today: a rule whose law was repealed says so, by what and
what replaced it, and is never "confirmed"; the 2014-2020 effectiveness refuses participants who
entered after that period."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import d
from integra import Person, Sex
from integra.errors import IntegraError, InvalidRange, InvalidValue
from integra.labels import Label
from integra.law import Certainty, Citation, Dated, Repeal, Timeline, weakest
from integra.outcomes.eu2014 import LAST_ELIGIBLE_DAY_2014_2020, effectiveness
from integra.outcomes.parameters import ThresholdGroup
from integra.outcomes.records import (
    Category,
    Cohort,
    ExitReason,
    Participant,
)
from integra.outcomes.report import report
from integra.parameters import PAI_LIMITS, PAI_REPEAL, PAI_TARGET_GROUP, UPZ, URP
from integra.rules import PAI_ELIGIBILITY, REGISTERED_UNEMPLOYED, Fact, Outcome

NO_LAW = Certainty.NO_LAW
ADAM = Person(d("1980-01-01"), Sex.MALE)

REPEAL_PL = (
    "przepisy uchylone od 01.06.2025 r. (ustawa o rynku pracy i służbach zatrudnienia, "
    "Dz.U. 2025 poz. 620); nic w bibliotece ich nie zastępuje"
)
REPEAL_EN = (
    "repealed from 2025-06-01 (the Act on the Labour Market and Employment Services (URP), "
    "Dz.U. 2025 poz. 620); nothing in this library replaces it"
)


class TestPaiAfterRepeal:
    def test_the_verdict_says_what_ended_the_law(self) -> None:
        v = PAI_ELIGIBILITY.evaluate(ADAM, d("2025-07-01"))
        assert v.outcome is Outcome.UNKNOWN
        assert v.missing == (Fact.LAW,)
        assert v.explain("pl") == (
            "NIE WIADOMO: osoba, którą można skierować do PAI — biblioteka nie zawiera przepisów "
            f"tej reguły obowiązujących w dniu 01.07.2025 r.: {REPEAL_PL}; brakuje: przepisów obowiązujących w dniu "
            "stosowania prawa"
        )
        assert v.explain("en") == (
            "UNKNOWN: may be referred to PAI — no law for this rule is modelled on 2025-07-01: "
            f"{REPEAL_EN}; missing: the law in force on the law date"
        )

    def test_the_report_carries_it_in_both_languages(self) -> None:
        doc = PAI_ELIGIBILITY.evaluate(ADAM, d("2025-06-01")).report()
        assert doc["observed"]["pl"].endswith(REPEAL_PL)
        assert doc["observed"]["en"].endswith(REPEAL_EN)
        assert doc["certainty"] == "no_law"

    def test_not_confirmed_where_no_law_is(self) -> None:
        assert PAI_ELIGIBILITY.evaluate(ADAM, d("2025-06-01")).certainty is NO_LAW
        # Before PAI existed there is no law either, and no repeal to speak of.
        before = PAI_ELIGIBILITY.evaluate(ADAM, d("2014-05-26"))
        assert before.certainty is NO_LAW
        assert before.explain("en") == (
            "UNKNOWN: may be referred to PAI — no law for this rule is modelled on 2014-05-26; "
            "missing: the law in force on the law date"
        )

    def test_the_last_day_of_upz_is_still_answered(self) -> None:
        v = PAI_ELIGIBILITY.evaluate(ADAM, d("2025-05-31"))
        assert v.outcome is not Outcome.UNKNOWN or Fact.LAW not in v.missing
        assert v.certainty is not NO_LAW
        assert "uchylone" not in v.explain("pl")
        assert "repealed" not in v.explain("en")

    def test_a_referral_agreed_before_the_repeal_runs_under_upz(self) -> None:
        v = PAI_ELIGIBILITY.evaluate(ADAM, d("2025-07-01"), law_on=d("2025-05-30"))
        assert Fact.LAW not in v.missing
        assert v.certainty is not NO_LAW

    def test_a_composition_with_it_is_not_confirmed(self) -> None:
        v = (REGISTERED_UNEMPLOYED & PAI_ELIGIBILITY).evaluate(ADAM, d("2025-07-01"))
        assert v.certainty is NO_LAW
        head = v.explain("en").splitlines()[0]
        assert head == "UNKNOWN: all of the following [no law modelled for the law date]"
        assert v.explain("pl").splitlines()[0] == (
            "NIE WIADOMO: wszystkie poniższe warunki "
            "[biblioteka nie zawiera przepisów na dzień stosowania prawa]"
        )

    def test_the_parameters_share_the_repeal(self) -> None:
        assert PAI_TARGET_GROUP.repealed is PAI_REPEAL
        assert PAI_LIMITS.repealed is PAI_REPEAL
        assert PAI_REPEAL.on == d("2025-06-01")
        assert PAI_REPEAL.by == Citation(URP)
        assert PAI_REPEAL.replaced_by is None
        assert PAI_ELIGIBILITY.repeal_on(d("2025-05-31")) is None
        assert PAI_ELIGIBILITY.repeal_on(d("2025-06-01")) is PAI_REPEAL

    @given(st.dates(d("2025-06-01"), d("2100-12-31")))
    def test_every_day_after_the_repeal(self, day: date) -> None:
        v = PAI_ELIGIBILITY.evaluate(ADAM, day)
        assert v.outcome is Outcome.UNKNOWN
        assert v.certainty is NO_LAW
        assert v.explain("en").endswith(f"{REPEAL_EN}; missing: the law in force on the law date")

    @given(st.dates(d("2014-05-27"), d("2025-05-31")))
    def test_every_day_of_pai_has_law(self, day: date) -> None:
        v = PAI_ELIGIBILITY.evaluate(ADAM, day)
        assert Fact.LAW not in v.missing
        assert v.certainty is not NO_LAW


class TestScreening:
    def test_the_certainty_column_is_not_confirmed(self) -> None:
        pytest.importorskip("numpy")
        from integra.bulk import Population, screen

        people = Population.from_persons([ADAM, Person(d("1990-05-05"), Sex.FEMALE)])
        after = screen([PAI_ELIGIBILITY], people, d("2025-07-01"))
        assert after.certainty("pai_eligibility") is NO_LAW
        columns = after.columns()
        assert columns["pai_eligibility_certainty"].tolist() == ["no_law", "no_law"]
        assert columns["pai_eligibility_missing"].tolist() == ["law", "law"]
        before = screen([PAI_ELIGIBILITY], people, d("2025-05-31"))
        assert before.certainty("pai_eligibility") is not NO_LAW

    @given(st.dates(d("2013-01-01"), d("2027-12-31")))
    def test_columns_agree_with_the_verdicts(self, day: date) -> None:
        pytest.importorskip("numpy")
        from integra.bulk import Population, screen

        rule = REGISTERED_UNEMPLOYED & PAI_ELIGIBILITY
        result = screen([rule], Population.from_persons([ADAM]), day)
        assert result.certainty(rule.name) is rule.evaluate(ADAM, day).certainty


class TestCertaintyOrder:
    def test_no_law_is_the_weakest(self) -> None:
        assert NO_LAW < Certainty.ASSUMED_UNCHANGED < Certainty.DERIVED < Certainty.CONFIRMED
        assert weakest([Certainty.ASSUMED_UNCHANGED, NO_LAW, Certainty.DERIVED]) is NO_LAW
        assert weakest([NO_LAW, Certainty.CONFIRMED]) is NO_LAW
        assert NO_LAW.label.pl == "biblioteka nie zawiera przepisów na dzień stosowania prawa"
        assert NO_LAW.label.en == "no law modelled for the law date"
        assert NO_LAW.strength == 0


def _dated(start: str, end: str | None = None) -> Dated[int]:
    return Dated(1, d(start), None if end is None else d(end), citation=Citation(UPZ, "1"))


class TestRepeal:
    def test_a_repeal_while_the_law_applies_is_refused(self) -> None:
        with pytest.raises(InvalidRange, match=r"repealed\.on"):
            Timeline("x", (_dated("2020-01-01"),), repealed=Repeal(d("2030-01-01"), Citation(URP)))
        with pytest.raises(InvalidRange, match=r"repealed\.on"):
            Timeline(
                "x",
                (_dated("2020-01-01", "2020-12-31"),),
                repealed=Repeal(d("2020-12-31"), Citation(URP)),
            )

    def test_a_repeal_the_day_after_the_last_entry(self) -> None:
        law = Timeline(
            "x",
            (_dated("2020-01-01", "2020-12-31"),),
            repealed=Repeal(d("2021-01-01"), Citation(URP)),
        )
        assert law.repeal_on(d("2020-12-31")) is None
        assert law.repeal_on(d("2021-01-01")) is law.repealed
        assert law.certainty_at(d("2021-01-01")) is None

    def test_what_it_refuses(self) -> None:
        with pytest.raises(InvalidValue, match=r"Repeal\.on"):
            Repeal("2025-06-01", Citation(URP))  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"Repeal\.by"):
            Repeal(d("2025-06-01"), URP)  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match=r"Repeal\.replaced_by"):
            Repeal(d("2025-06-01"), Citation(URP), replaced_by="x")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match="repealed"):
            Timeline("x", (_dated("2020-01-01", "2020-12-31"),), repealed="x")  # type: ignore[arg-type]

    def test_a_successor_is_named(self) -> None:
        repeal = Repeal(
            d("2025-06-01"),
            Citation(URP, "1"),
            replaced_by=Label(pl="nowe przepisy", en="the new rules"),
        )
        assert repeal.text("pl") == (
            "przepisy uchylone od 01.06.2025 r. (art. 1 ustawy o rynku pracy i służbach "
            "zatrudnienia, Dz.U. 2025 poz. 620); zastąpione przez: nowe przepisy"
        )
        assert repeal.text("en").endswith("; replaced by: the new rules")

    def test_a_source_outside_the_journal_has_no_position(self) -> None:
        from integra.parameters import EU_2014_2020

        text = Repeal(d("2024-01-01"), Citation(EU_2014_2020)).text("en")
        assert "Dz.U." not in text
        assert text.startswith("repealed from 2024-01-01 (the Guidelines on social inclusion")

    def test_amending_keeps_the_repeal_unless_law_is_added_after_it(self) -> None:
        entry = PAI_LIMITS.entries[0]
        kept = PAI_LIMITS.amended(attrs.evolve(entry, start=d("2020-01-01"), end=d("2020-12-31")))
        assert kept.repealed is PAI_REPEAL
        extended = PAI_LIMITS.amended(attrs.evolve(entry, start=d("2025-06-01"), end=None))
        assert extended.repealed is None
        assert extended.certainty_at(d("2025-06-01")) is not None


def _participant(entry: date, pid: str = "P-7") -> Participant:
    return Participant(
        pid,
        Sex.FEMALE,
        entry,
        entry + timedelta(days=30),
        ExitReason.COMPLETED,
        categories={Category.AT_RISK},
    )


class TestEffectiveness2014After2023:
    def test_the_last_eligible_day(self) -> None:
        assert d("2023-12-31") == LAST_ELIGIBLE_DAY_2014_2020

    def test_an_entry_on_the_last_day_is_counted(self) -> None:
        cohort = Cohort([_participant(d("2023-12-31"))])
        social, employment = effectiveness(cohort, d("2024-06-30"), ThresholdGroup.AT_RISK, "later")
        assert social.denominator == 1
        assert employment.rate is None or employment.rate >= Decimal(0)

    def test_an_entry_after_it_is_refused_by_field(self) -> None:
        cohort = Cohort([_participant(d("2023-12-31"), "P-1"), _participant(d("2024-01-01"))])
        with pytest.raises(InvalidValue) as caught:
            effectiveness(cohort, d("2024-06-30"), ThresholdGroup.AT_RISK, "later")
        message = str(caught.value)
        assert isinstance(caught.value, IntegraError)
        assert message == (
            "Cohort.participants[1].entry: the 2014-2020 effectiveness counts participants who "
            "entered by 2023-12-31, the last eligible day of the 2014-2020 period (Art. 65(2) of the Common Provisions "
            "Regulation (EU) No 1303/2013 (CPR-2014-2020)); use the 2021-2027 indicators "
            "(integra.outcomes.eu2021)"
        )
        assert "P-7" not in message and "2024-01-01" not in message

    def test_the_default_report_refuses_too(self) -> None:
        cohort = Cohort([_participant(d("2024-02-01"))])
        with pytest.raises(InvalidValue, match=r"participants\[0\]\.entry"):
            report(cohort, d("2024-06-30"), version="early")

    @given(st.dates(d("2024-01-01"), d("2030-12-31")))
    def test_every_later_entry_is_refused(self, entry: date) -> None:
        with pytest.raises(InvalidValue, match=r"\.entry: the 2014-2020 effectiveness"):
            effectiveness(
                Cohort([_participant(entry)]), d("2031-12-31"), ThresholdGroup.AT_RISK, "early"
            )

    @given(st.dates(d("2014-01-01"), d("2023-12-31")))
    def test_every_entry_in_the_period_is_taken(self, entry: date) -> None:
        results = effectiveness(
            Cohort([_participant(entry)]),
            d("2024-12-31"),
            ThresholdGroup.SEVERE_DISABILITY,
            "later",
        )
        assert len(results) == 2


def test_a_dated_value_is_never_without_law() -> None:
    with pytest.raises(InvalidValue, match=r"Dated\.certainty must not be NO_LAW"):
        Dated(1, d("2020-01-01"), certainty=NO_LAW)
