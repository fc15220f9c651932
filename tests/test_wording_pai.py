"""The words a caseworker reads for each PAI violation, in Polish and English: every code's full
sentence, its typed figures and its citation (UPZ art. 62a; URP art. 435 ust. 1 after the
repeal). The expected sentences are written out here so that a change of wording is a
deliberate one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from helpers import collected, r
from integra import InvalidRange, InvalidValue, Person, Sex
from integra.periods import IsoWeek, PartialWeekPolicy
from integra.programmes.pai import (
    ActivationReading,
    Activity,
    Block,
    FirstReferralCounting,
    PaiPlan,
    PaiReferral,
    Session,
    default_plan,
    referral_months,
    validate,
)
from integra.programmes.pai.validation import _calendar_months
from integra.programmes.violations import Violation

D = Decimal
MONDAY = date(2016, 4, 4)  # the referral runs 2016-04-04..2016-06-03, W14..W22
ART_62A_EN = "(Art. 62a of the Act on Employment Promotion and Labour Market Institutions (UPZ))"
ART_62A_PL = "(art. 62a ustawy o promocji zatrudnienia i instytucjach rynku pracy)"
ART_62A_1_EN = (
    "(Art. 62a(1) of the Act on Employment Promotion and Labour Market Institutions (UPZ))"
)
ART_62A_1_PL = "(art. 62a ust. 1 ustawy o promocji zatrudnienia i instytucjach rynku pracy)"
WEEK_14_EN = "2016-W14 (2016-04-04..2016-04-10)"
WEEK_14_PL = "14. tygodniu 2016 r. (od 04.04.2016 r. do 10.04.2016 r.)"


def only(plan: PaiPlan, code: str, **options: object) -> Violation:
    """The one violation of ``plan`` with ``code``."""
    found = [v for v in validate(plan, **options) if v.code == code]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def nobody_on_record() -> Person:
    return collected(date(1980, 1, 1), Sex.MALE)


class TestLaw:
    def test_before_the_programme(self) -> None:
        """PAI was added to UPZ (art. 62a) from 2014-05-27 (derived start day)."""
        (v,) = validate(PaiPlan(PaiReferral(date(2014, 5, 26))))
        assert v.code == "pai.law.not_in_force"
        assert v.explain() == (
            "the Programme Activation and Integration was not in force on the referral date: "
            "referral agreed on 2014-05-26; required: a referral agreed on or after 2014-05-27 "
            f"(derived start day) {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            "Program Aktywizacja i Integracja nie obowiązywał w dniu skierowania: skierowanie z "
            "dnia 26.05.2014 r.; wymagane: skierowanie z dnia 27.05.2014 r. lub późniejsze "
            f"(dzień początkowy wyprowadzony) {ART_62A_PL}"
        )
        assert (v.observed_value, v.required_value) == (date(2014, 5, 26), date(2014, 5, 27))

    def test_after_the_repeal(self) -> None:
        """UPZ is repealed from 2025-06-01; referrals agreed earlier keep it (URP art. 435
        ust. 1)."""
        (v,) = validate(PaiPlan(PaiReferral(date(2025, 6, 1))))
        assert v.code == "pai.law.not_modelled"
        assert v.explain() == (
            "no PAI law is modelled for the referral date: referral agreed on 2025-06-01; UPZ was "
            "repealed from 2025-06-01 and no PAI equivalent under URP is modelled; required: a "
            "referral agreed before 2025-06-01, which keeps the UPZ rules (Art. 435(1) of the "
            "Act on the Labour Market and Employment Services (URP))"
        )
        assert v.explain("pl") == (
            "biblioteka nie zawiera przepisów o PAI obowiązujących w dniu skierowania: skierowanie z dnia "
            "01.06.2025 r.; ustawa o promocji zatrudnienia została uchylona z dniem "
            "01.06.2025 r., a biblioteka nie odwzorowuje odpowiednika PAI w ustawie o rynku pracy; "
            "wymagane: skierowanie sprzed 01.06.2025 r., do którego stosuje się dotychczasowe "
            "przepisy (art. 435 ust. 1 ustawy o rynku pracy i służbach zatrudnienia)"
        )
        assert (v.observed_value, v.required_value) == (date(2025, 6, 1), date(2025, 6, 1))


class TestEligibility:
    def test_not_met_names_each_failed_condition(self) -> None:
        """UPZ art. 62a ust. 1 in its 2014 version: unemployed, profile III, on assistance."""
        plan = default_plan(PaiReferral(MONDAY, person=nobody_on_record()))
        v = only(plan, "pai.eligibility.not_met")
        assert v.explain() == (
            "the person is not in the group that may be referred to PAI: on 2016-04-04: "
            "registered as unemployed: no registration covers 2016-04-04; profile III: furthest "
            "from the labour market: no profile on 2016-04-04; receives social-assistance "
            "benefits: no benefit award covers 2016-04-04; required: unemployed with assistance "
            f"profile III receiving social-assistance benefits (version from 2014-05-27) "
            f"{ART_62A_1_EN}"
        )
        assert v.explain("pl") == (
            "osoba nie należy do grupy, którą można skierować do PAI: w dniu 04.04.2016 r.: "
            "osoba zarejestrowana jako bezrobotna — żadna rejestracja nie obejmuje dnia "
            "04.04.2016 r.; profil pomocy III: bezrobotny oddalony od rynku pracy — brak "
            "ustalonego profilu w dniu 04.04.2016 r.; korzysta ze świadczeń z pomocy społecznej "
            "— brak decyzji przyznającej świadczenie obejmującej dzień 04.04.2016 r.; wymagane: "
            "osoba bezrobotna, dla której ustalono III profil pomocy, korzystająca ze świadczeń "
            f"pomocy społecznej (wersja od 27.05.2014 r.) {ART_62A_1_PL}"
        )
        assert (v.observed_value, v.required_value) == (MONDAY, None)

    def test_unknown_names_the_histories_not_collected(self) -> None:
        plan = default_plan(PaiReferral(MONDAY, person=Person(date(1980, 1, 1), Sex.MALE)))
        v = only(plan, "pai.eligibility.unknown")
        assert v.explain() == (
            "cannot tell whether the person may be referred to PAI: on 2016-04-04: missing: "
            "labour-office registrations, social-assistance awards; required: unemployed with "
            "assistance profile III receiving social-assistance benefits (version from "
            f"2014-05-27) {ART_62A_1_EN}"
        )
        assert v.explain("pl") == (
            "nie można ustalić, czy osobę można skierować do PAI: w dniu 04.04.2016 r. "
            "brakuje: decyzji o świadczeniach z pomocy społecznej, okresów rejestracji w urzędzie "
            "pracy; wymagane: osoba bezrobotna, dla której ustalono III profil pomocy, "
            f"korzystająca ze świadczeń pomocy społecznej (wersja od 27.05.2014 r.) {ART_62A_1_PL}"
        )
        assert v.observed_value == MONDAY


class TestDuration:
    def test_one_day_short(self) -> None:
        """Two calendar months from Monday 2016-04-04 end on 2016-06-03 (KC art. 112)."""
        v = only(PaiPlan(PaiReferral(MONDAY, end=date(2016, 6, 2))), "pai.duration.length")
        assert v.explain() == (
            "the programme is shorter than 2 months: 2016-04-04..2016-06-02 (60 days); "
            "required: 2 calendar months: 2016-04-04..2016-06-03 (61 days) " + ART_62A_EN
        )
        assert v.explain("pl") == (
            "okres programu krótszy niż 2 miesiące: od 04.04.2016 r. do 02.06.2016 r. (60 dni); "
            "wymagane: 2 miesiące kalendarzowe: od 04.04.2016 r. do 03.06.2016 r. (61 dni) "
            + ART_62A_PL
        )
        assert v.observed_value == r("2016-04-04", "2016-06-02")
        assert v.required_value == r("2016-04-04", "2016-06-03")

    def test_one_day_long(self) -> None:
        v = only(PaiPlan(PaiReferral(MONDAY, end=date(2016, 6, 4))), "pai.duration.length")
        assert v.explain().startswith(
            "the programme is longer than 2 months: 2016-04-04..2016-06-04 (62 days); "
        )
        assert v.explain("pl").startswith(
            "okres programu dłuższy niż 2 miesiące: od 04.04.2016 r. do 04.06.2016 r. (62 dni); "
        )

    def test_a_referral_of_one_day(self) -> None:
        v = only(PaiPlan(PaiReferral(MONDAY, end=MONDAY)), "pai.duration.length")
        assert v.observed.en == "2016-04-04..2016-04-04 (1 day)"
        assert v.observed.pl == "od 04.04.2016 r. do 04.04.2016 r. (1 dzień)"


class TestTotal:
    # Earlier referrals: 2 + 2 + 1 months (the last, three weeks, counts as a month begun).
    EARLIER = (
        r("2015-01-05", "2015-03-04"),
        r("2015-05-04", "2015-07-03"),
        r("2015-09-07", "2015-09-27"),
    )

    def test_first_referral_included(self) -> None:
        """UPZ art. 62a: at most 6 months in total; here 2 + 2 + 1 + 2 = 7."""
        plan = default_plan(PaiReferral(MONDAY, previous=self.EARLIER))
        v = only(plan, "pai.total.exceeded")
        assert v.explain() == (
            "total time in PAI exceeds the limit: 7 months in 4 referral(s) (first referral "
            "included: 2 + 2 + 1 + 2); required: at most 6 months in total (first referral "
            f"included) {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            "łączny okres udziału w PAI przekracza limit: 7 miesięcy w 4 skierowaniach (z "
            "pierwszym skierowaniem: 2 + 2 + 1 + 2); wymagane: łącznie nie więcej niż 6 "
            f"miesięcy (z pierwszym skierowaniem) {ART_62A_PL}"
        )
        assert (v.observed_value, v.required_value) == (7, 6)

    def test_first_referral_excluded(self) -> None:
        """Without the first referral: 2 + 1 + 2 + 2 = 7 of five referrals."""
        earlier = (*self.EARLIER, r("2015-11-02", "2015-12-31"))
        plan = default_plan(PaiReferral(MONDAY, previous=earlier))
        v = only(plan, "pai.total.exceeded", count_first_referral=FirstReferralCounting.EXCLUDED)
        assert v.explain() == (
            "total time in PAI exceeds the limit: 7 months in 5 referral(s) (first referral "
            "excluded: 2 + 1 + 2 + 2); required: at most 6 months in total (first referral "
            f"excluded) {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            "łączny okres udziału w PAI przekracza limit: 7 miesięcy w 5 skierowaniach (bez "
            "pierwszego skierowania: 2 + 1 + 2 + 2); wymagane: łącznie nie więcej niż 6 "
            f"miesięcy (bez pierwszego skierowania) {ART_62A_PL}"
        )


class TestSessions:
    def test_outside_the_period(self) -> None:
        plan = default_plan(MONDAY).with_sessions(
            [
                Session(date(2016, 4, 3), D("1.5"), Activity.GROUP_COUNSELLING),
                Session(date(2016, 6, 6), D(2), Activity.SOCIALLY_USEFUL_WORK),
            ]
        )
        v = only(plan, "pai.session.outside_period")
        assert v.explain() == (
            "sessions outside the programme period: 2 session(s), 3.5 h, on 2016-04-03, "
            f"2016-06-06; required: every session within 2016-04-04..2016-06-03 {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            "zajęcia poza okresem programu: liczba zajęć: 2, łącznie 3,5 h, w dniach: "
            "03.04.2016 r., 06.06.2016 r.; wymagane: wszystkie zajęcia w okresie od "
            f"04.04.2016 r. do 03.06.2016 r. {ART_62A_PL}"
        )
        assert (v.observed_value, v.required_value) == (D("3.5"), r("2016-04-04", "2016-06-03"))

    def test_entered_twice(self) -> None:
        plan = default_plan(MONDAY)
        twice = plan.with_sessions(plan.sessions[:2])
        v = only(twice, "pai.session.duplicated")
        assert v.explain() == (
            "the same session entered more than once: 2 repeated session(s), the first on "
            "2016-04-04; required: each session once"
        )
        assert v.explain("pl") == (
            "te same zajęcia wpisane więcej niż raz: powtórzone zajęcia: 2, pierwsze w dniu "
            "04.04.2016 r.; wymagane: każde zajęcia raz"
        )
        assert (v.citation, v.observed_value, v.required_value) == (None, 2, 0)

    def test_more_than_a_day(self) -> None:
        """2 + 2 h of the default plan on Tuesday 2016-04-05 and 20.5 h more: 24.5 h."""
        plan = default_plan(MONDAY).with_sessions(
            [Session(date(2016, 4, 5), D("20.5"), Activity.GROUP_COUNSELLING)]
        )
        v = only(plan, "pai.day.over_24_hours")
        assert v.explain() == (
            "more than 24 hours of sessions on one day: 24.5 h on 2016-04-05; "
            "required: at most 24 h a day"
        )
        assert v.explain("pl") == (
            "więcej niż 24 godziny zajęć w jednym dniu: 24,5 h w dniu 05.04.2016 r.; "
            "wymagane: najwyżej 24 h w dniu"
        )
        assert (v.citation, v.observed_value, v.required_value) == (None, D("24.5"), D(24))

    def test_exactly_24_hours_is_no_violation(self) -> None:
        plan = default_plan(MONDAY).with_sessions(
            [Session(date(2016, 4, 5), D(20), Activity.GROUP_COUNSELLING)]
        )
        assert "pai.day.over_24_hours" not in validate(plan).codes


class TestWeeks:
    def test_activation_cap_at_most(self) -> None:
        """UPZ art. 62a: up to 10 hours of socially useful work in a week."""
        plan = default_plan(MONDAY).with_sessions(
            [Session(date(2016, 4, 7), D("0.5"), Activity.SOCIALLY_USEFUL_WORK)]
        )
        v = only(plan, "pai.activation.weekly_maximum")
        assert v.explain() == (
            "too many hours of socially useful work in a week: 10.5 h in "
            f"{WEEK_14_EN}; required: at most 10 h a week (the cap applies to the whole ISO "
            f"week) {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            f"za dużo godzin prac społecznie użytecznych w tygodniu: 10,5 h w {WEEK_14_PL}; "
            "wymagane: nie więcej niż 10 h tygodniowo (limit dotyczy całego tygodnia kalendarzowego, od poniedziałku do niedzieli) "
            + ART_62A_PL
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2016, 14), D("10.5"), 10)

    def test_activation_cap_exact(self) -> None:
        plan = default_plan(MONDAY).with_sessions(
            [Session(date(2016, 4, 7), D(3), Activity.SOCIALLY_USEFUL_WORK)]
        )
        v = only(plan, "pai.activation.weekly_maximum", activation=ActivationReading.EXACT)
        assert v.required.en == "exactly 10 h a week (the cap applies to the whole ISO week)"
        assert (
            v.required.pl
            == "dokładnie 10 h tygodniowo (limit dotyczy całego tygodnia kalendarzowego, od poniedziałku do niedzieli)"
        )

    def test_activation_minimum_exact(self) -> None:
        plan = default_plan(MONDAY)
        work = next(s for s in plan.sessions if s.block is Block.ACTIVATION)
        v = only(
            plan.without(work), "pai.activation.weekly_minimum", activation=ActivationReading.EXACT
        )
        assert v.explain() == (
            f"too few hours of socially useful work in a week: 8 h in {WEEK_14_EN}; required: "
            "exactly 10 h a week (at least 10 h in this week; at most 10 h in any ISO week) "
            + ART_62A_EN
        )
        assert v.explain("pl") == (
            f"za mało godzin prac społecznie użytecznych w tygodniu: 8 h w {WEEK_14_PL}; "
            "wymagane: dokładnie 10 h tygodniowo (co najmniej 10 h w tym tygodniu; nie więcej "
            f"niż 10 h w żadnym tygodniu ISO) {ART_62A_PL}"
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2016, 14), 8, 10)

    def test_integration_minimum_prorated(self) -> None:
        """The last week, Monday to Friday 2016-05-30..06-03, needs 10 h; 8 h are short."""
        plan = default_plan(MONDAY)
        talk = [s for s in plan.sessions if s.block is Block.INTEGRATION][-1]
        v = only(plan.without(talk), "pai.integration.weekly_minimum")
        assert v.explain() == (
            "too few hours of social integration in a week: 8 h in 2016-W22 "
            "(2016-05-30..2016-06-03); required: at least 10 h a week (at least 10 h in this "
            f"week, prorate policy for partial weeks) {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            "za mało godzin integracji społecznej w tygodniu: 8 h w 22. tygodniu 2016 r. (od "
            "30.05.2016 r. do 03.06.2016 r.); wymagane: co najmniej 10 h tygodniowo (co najmniej "
            "10 h w tym tygodniu; niepełne tygodnie: proporcjonalnie do dni roboczych w okresie) "
            + ART_62A_PL
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2016, 22), 8, 10)

    def test_integration_minimum_full_policy(self) -> None:
        """From Wednesday 2016-04-06 the first week has 3 workdays: 6 h prorated, 10 h in full."""
        v = only(
            default_plan(date(2016, 4, 6)),
            "pai.integration.weekly_minimum",
            week_policy=PartialWeekPolicy.FULL,
        )
        assert v.explain() == (
            "too few hours of social integration in a week: 6 h in 2016-W14 "
            "(2016-04-06..2016-04-10); required: at least 10 h a week (at least 10 h in this "
            f"week, full policy for partial weeks) {ART_62A_EN}"
        )
        assert v.explain("pl") == (
            "za mało godzin integracji społecznej w tygodniu: 6 h w 14. tygodniu 2016 r. (od "
            "06.04.2016 r. do 10.04.2016 r.); wymagane: co najmniej 10 h tygodniowo (co najmniej "
            f"10 h w tym tygodniu; niepełne tygodnie: pełne minimum) {ART_62A_PL}"
        )


class TestPlanMessages:
    def test_a_week_with_no_free_day(self) -> None:
        """A whole week needs the 10 h of work; Mondays only, and Monday a holiday."""
        with pytest.raises(InvalidValue) as caught:
            default_plan(MONDAY, weekdays=[0], holidays={MONDAY})
        assert str(caught.value) == (
            "week 2016-W14 (2016-04-04..2016-04-10) needs 10 h of vocational activation (socially "
            "useful work) but no day of the weekday pattern is free of holidays in "
            "2016-04-04..2016-04-10"
        )

    def test_removing_a_session_not_in_the_plan(self) -> None:
        stranger = Session(MONDAY, D(1), Activity.GROUP_COUNSELLING)
        with pytest.raises(InvalidValue) as caught:
            default_plan(MONDAY).without(stranger)
        assert str(caught.value) == "PaiPlan.without: the plan has no such session"


class TestMoreWording:
    def test_one_long_referral_over_the_total(self) -> None:
        """A single referral of 7 months (2016-04-04..2016-11-03) is itself over the 6 months in
        total (UPZ art. 62a)."""
        plan = PaiPlan(PaiReferral(MONDAY, end=date(2016, 11, 3)))
        v = only(plan, "pai.total.exceeded")
        assert v.observed.pl == "7 miesięcy w 1 skierowaniu (z pierwszym skierowaniem: 7)"
        assert v.observed.en == "7 months in 1 referral(s) (first referral included: 7)"

    def test_the_first_repeated_session_is_named(self) -> None:
        plan = default_plan(MONDAY)
        tuesday, wednesday = plan.sessions[2], plan.sessions[4]
        assert (tuesday.day, wednesday.day) == (date(2016, 4, 5), date(2016, 4, 6))
        v = only(plan.with_sessions([tuesday, wednesday]), "pai.session.duplicated")
        assert v.observed.en == "2 repeated session(s), the first on 2016-04-05"
        assert v.observed.pl == "powtórzone zajęcia: 2, pierwsze w dniu 05.04.2016 r."

    def test_calendar_months_agree_with_the_number(self) -> None:
        assert [_calendar_months(n, "pl") for n in (1, 2, 5, 12, 22)] == [
            "1 miesiąc kalendarzowy",
            "2 miesiące kalendarzowe",
            "5 miesięcy kalendarzowych",
            "12 miesięcy kalendarzowych",
            "22 miesiące kalendarzowe",
        ]
        assert [_calendar_months(n, "en") for n in (1, 2)] == [
            "1 calendar month",
            "2 calendar months",
        ]

    def test_months_of_an_open_period(self) -> None:
        with pytest.raises(InvalidRange) as caught:
            referral_months(r("2016-04-04"))
        assert str(caught.value) == "referral_months needs a closed period"
