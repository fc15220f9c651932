"""The words a caseworker reads for socially useful work (UPZ art. 73a): every violation's full
sentence in Polish and English with its typed figures, and the exact messages of the errors
``pay``, ``pay_for``, ``legacy_rate`` and ``validate`` raise. Written out so that a change of
wording is a deliberate one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from integra.errors import InvalidValue, NoLawInForce
from integra.law import Certainty
from integra.periods import IsoWeek
from integra.programmes.psu import (
    LegacyRate,
    PsuSession,
    legacy_rate,
    pay,
    pay_for,
    validate,
    validate_week,
)
from integra.programmes.violations import Violation

D = Decimal
S = PsuSession
ART_73A_EN = "(Art. 73a of the Act on Employment Promotion and Labour Market Institutions (UPZ))"
ART_73A_PL = "(art. 73a ustawy o promocji zatrudnienia i instytucjach rynku pracy)"
REGULATION_EN = (
    "(§ 3(1)(2) of the Regulation on organising socially useful work (Dz.U. 2011 no. 155 "
    "item 921) (RPSU-2011))"
)
REGULATION_PL = (
    "(§ 3 ust. 1 pkt 2 rozporządzenia Ministra Pracy i Polityki Społecznej z dnia 22 lipca "
    "2011 r. w sprawie organizowania prac społecznie użytecznych (Dz.U. 2011 nr 155 poz. 921))"
)
RATE_NAME = "no value of 'minimum hourly rate for socially useful work (UPZ art. 73a)'"
# Eight sessions of 5 h in March 2024, two in each ISO week W10..W13: 40 h.
MARCH = [S(date(2024, 3, day), D(5)) for day in (4, 6, 11, 13, 18, 20, 25, 27)]


def only(sessions: list[PsuSession], code: str, **options: object) -> Violation:
    found = [v for v in validate(sessions, **options) if v.code == code]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def message(call: object) -> str:
    with pytest.raises((InvalidValue, NoLawInForce)) as caught:
        call()  # type: ignore[operator]
    return str(caught.value)


class TestLawCoverage:
    def test_days_before_the_modelled_law(self) -> None:
        """The minimum rate is modelled from 2014-05-27 (PAI/PSU amendment of UPZ)."""
        sessions = [S(date(2014, 5, 20), D(2)), S(date(2014, 5, 26), D(3)), S(date(2014, 5, 27), 1)]
        v = only(sessions, "psu.law.not_in_force")
        assert v.explain() == (
            "days of work before the modelled law: 2 session(s) from 2014-05-20 to 2014-05-26; "
            "required: days from 2014-05-27 (earlier rules of socially useful work are not "
            f"modelled) {ART_73A_EN}"
        )
        assert v.explain("pl") == (
            "dni pracy sprzed okresu objętego przepisami w bibliotece: liczba wpisów: 2, od "
            "20.05.2014 r. do 26.05.2014 r.; wymagane: dni od 27.05.2014 r. (wcześniejszych "
            f"przepisów o pracach społecznie użytecznych biblioteka nie zawiera) {ART_73A_PL}"
        )
        assert (v.observed_value, v.required_value) == (date(2014, 5, 20), date(2014, 5, 27))

    def test_days_after_the_repeal(self) -> None:
        """UPZ is repealed from 2025-06-01; 2025-05-31 is the last day modelled."""
        sessions = [S(date(2025, 5, 31), 1), S(date(2025, 6, 2), D(1)), S(date(2025, 6, 3), D(1))]
        v = only(sessions, "psu.law.not_modelled")
        assert v.explain() == (
            "days of work after UPZ was repealed: 2 session(s) from 2025-06-02 to 2025-06-03; "
            "required: days until 2025-05-31; socially useful work under URP from 2025-06-01 is "
            f"not modelled {ART_73A_EN}"
        )
        assert v.explain("pl") == (
            "dni pracy po uchyleniu ustawy o promocji zatrudnienia: liczba wpisów: 2, od "
            "02.06.2025 r. do 03.06.2025 r.; wymagane: dni do 31.05.2025 r.; biblioteka nie "
            "odwzorowuje prac społecznie użytecznych według ustawy o rynku pracy od 01.06.2025 r. "
            + ART_73A_PL
        )
        assert (v.observed_value, v.required_value) == (date(2025, 6, 3), date(2025, 5, 31))

    def test_only_days_outside_are_reported(self) -> None:
        assert validate([S(date(2014, 5, 27), 1), S(date(2025, 5, 31), 1)]).valid


class TestImpossibleDays:
    def test_the_same_session_twice(self) -> None:
        v = only([S(date(2024, 3, 4), D(2)), S(date(2024, 3, 4), D(2))], "psu.session.duplicated")
        assert v.explain() == (
            "the same session entered more than once: 1 repeated session(s); "
            "required: each day of work once"
        )
        assert v.explain("pl") == (
            "ta sama praca wpisana więcej niż raz: powtórzone wpisy: 1; "
            "wymagane: każdy dzień pracy wpisany raz"
        )
        assert (v.citation, v.observed_value, v.required_value) == (None, 1, 0)

    def test_more_than_a_day(self) -> None:
        v = only(
            [S(date(2024, 3, 5), D(20)), S(date(2024, 3, 5), D("4.5"))], "psu.day.over_24_hours"
        )
        assert v.explain() == (
            "more than 24 hours of work on one day: 24.5 h on 2024-03-05; "
            "required: at most 24 h a day"
        )
        assert v.explain("pl") == (
            "więcej niż 24 godziny pracy w jednym dniu: 24,5 h w dniu 05.03.2024 r.; "
            "wymagane: najwyżej 24 h w dniu"
        )
        assert (v.citation, v.observed_value, v.required_value) == (None, D("24.5"), D(24))


class TestHours:
    def test_weekly_maximum(self) -> None:
        """UPZ art. 73a: up to 10 hours a week; 10.5 h in W13 is over."""
        v = only([*MARCH, S(date(2024, 3, 28), D("0.5"))], "psu.hours.weekly_maximum")
        assert v.explain() == (
            "too many hours of socially useful work in a week: 10.5 h in 2024-W13 "
            f"(2024-03-25..2024-03-31); required: at most 10 h a week {ART_73A_EN}"
        )
        assert v.explain("pl") == (
            "za dużo godzin prac społecznie użytecznych w tygodniu: 10,5 h w 13. tygodniu "
            "2024 r. (od 25.03.2024 r. do 31.03.2024 r.); wymagane: nie więcej niż 10 h "
            f"tygodniowo {ART_73A_PL}"
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2024, 13), D("10.5"), 10)

    def test_monthly_cap_of_the_agreement(self) -> None:
        v = only([*MARCH, S(date(2024, 3, 28), D("0.5"))], "psu.hours.monthly_cap")
        assert v.explain() == (
            "too many hours of socially useful work in a month: 40.5 h in 2024-03; required: at "
            "most 40 h a month (an agreement-level value, not a statutory cap: the starosta–gmina "
            "agreement sets the monthly hours; 40 h is the usual figure, derived; pass your "
            "agreement's monthly_cap, or monthly_cap=False to skip it) " + REGULATION_EN
        )
        assert v.explain("pl") == (
            "za dużo godzin prac społecznie użytecznych w miesiącu: 40,5 h w miesiącu 03.2024 r.; "
            "wymagane: nie więcej niż 40 h miesięcznie (wartość z porozumienia, nie limit "
            "ustawowy: liczbę godzin w miesiącu ustala porozumienie starosty z gminą; 40 h to "
            "zwykle przyjmowana wartość, wyprowadzona; przyjmij liczbę godzin z własnego "
            "porozumienia albo pomiń ten limit) " + REGULATION_PL
        )
        assert (v.observed_value, v.required_value) == (D("40.5"), 40)

    def test_monthly_cap_of_the_caller(self) -> None:
        v = only(MARCH, "psu.hours.monthly_cap", monthly_cap=D("39.5"))
        assert v.observed.en == "40 h in 2024-03"
        assert v.required.en == "at most 39.5 h a month (cap set by the caller)"
        assert v.required.pl == "nie więcej niż 39,5 h miesięcznie (limit podany przez użytkownika)"
        assert (v.observed_value, v.required_value) == (40, D("39.5"))


class TestErrors:
    def test_monthly_cap(self) -> None:
        assert message(lambda: pay(41, date(2021, 6, 1))) == (
            "41 h in 2021-06 is above the monthly cap: at most 40 h a month (an agreement-level "
            "value, not a statutory cap: the starosta–gmina agreement sets the monthly hours; "
            "40 h is the usual figure, derived; pass your agreement's monthly_cap, or "
            "monthly_cap=False to skip it)"
        )
        assert message(lambda: pay(D("30.5"), date(2021, 6, 1), monthly_cap=D(30))) == (
            "30.5 h in 2021-06 is above the monthly cap: at most 30 h a month (cap set by the caller)"
        )

    def test_weekly_limit_of_a_month(self) -> None:
        """June 2021 touches five ISO weeks (W22..W26): at most 5 × 10 = 50 h."""
        assert message(lambda: pay(51, date(2021, 6, 1), monthly_cap=False)) == (
            "51 h in 2021-06 is above the weekly limit: at most 10 h in each of the 5 ISO weeks "
            f"the month touches, 50 h {ART_73A_EN}"
        )
        assert pay(50, date(2021, 6, 1), monthly_cap=False).pay == D("450.00")

    def test_rate_below_the_minimum(self) -> None:
        assert message(lambda: pay(5, date(2021, 6, 1), rate=D("8.99"))) == (
            "rate is below the minimum of 9.00 zł/h in force from 2021-06-01 (derived, "
            "Art. 73a of the Act on Employment Promotion and Labour Market Institutions (UPZ))"
        )

    def test_bad_arguments(self) -> None:
        day = date(2021, 6, 1)
        assert message(lambda: pay(D("NaN"), day)) == "hours must be a finite number"
        assert message(lambda: pay(True, day)) == (
            "hours must be a Decimal or an int (not float), got bool"
        )
        assert message(lambda: pay(1, "2021-06-01")) == "on must be a datetime.date, got str"  # type: ignore[arg-type]
        assert message(lambda: pay(1, day, monthly_cap=D(-1))) == (
            "monthly_cap must be True, False or a Decimal of at least 0"
        )
        assert message(lambda: pay(1, day, rate=1.5)) == (  # type: ignore[arg-type]
            "rate must be a Decimal or an int (not float), got float"
        )
        assert message(lambda: validate(["x"])) == (  # type: ignore[list-item]
            "sessions must hold PsuSession values, got str"
        )
        assert message(lambda: pay_for([S(date(2024, 3, 4), D(1))] * 2)) == (
            "sessions holds the same PsuSession more than once"
        )

    def test_law_not_modelled(self) -> None:
        assert message(lambda: pay(1, date(2014, 5, 26))) == (
            f"{RATE_NAME} is modelled for 2014-05-26; known from 2014-05-27; earlier rates of "
            "socially useful work are not modelled"
        )
        assert message(lambda: legacy_rate(date(2025, 5, 31))) == (
            f"{RATE_NAME} is modelled for 2025-05-31; before 2025-06-01 the UPZ rate applies: "
            "minimum_rate"
        )
        assert message(lambda: legacy_rate(date(2025, 6, 2), "x")) == "policy must be a LegacyRate"  # type: ignore[arg-type]
        valorised = LegacyRate.VALORISED
        assert message(
            lambda: pay(1, date(2025, 6, 2), agreed_on=date(2025, 5, 1), legacy=valorised)
        ) == (
            f"{RATE_NAME} is modelled for 2025-06-02; continued valorisation (the reading of the "
            "MPs who asked): no public source states the valorised amount; pass the rate your "
            "office applies as rate="
        )


class TestLegacyRate:
    def test_frozen_rate_entry(self) -> None:
        """URP art. 435 ust. 1: an agreement concluded before 2025-06-01 runs on under UPZ; the
        ministry's reading keeps the rate of 31 May 2025, 12.20 zł (derived)."""
        entry = legacy_rate(date(2025, 6, 2))
        assert (entry.value, entry.start, entry.certainty) == (
            D("12.20"),
            date(2025, 6, 1),
            Certainty.DERIVED,
        )
        assert entry.note == (
            "frozen at the rate of 31 May 2025 (the ministry's reading): the rate of 31 May 2025 "
            "(12.20 zł); gazetaprawna.pl 10630235, reporting the answer of the minister "
            "(A. Dziemianowicz-Bąk) to MPs M. Gromadzka and B. Lisowska; the answer itself, its "
            "number and date were not read"
        )

    def test_a_callers_rate_under_continued_valorisation(self) -> None:
        """The valorised amount is unknown: the caller's rate is checked against the rate of
        31 May 2025 and the limits of that day apply."""
        agreed = date(2025, 5, 1)
        paid = pay(2, date(2025, 6, 2), agreed_on=agreed, legacy=LegacyRate.VALORISED, rate=13)
        assert (paid.minimum_rate, paid.rate_from, paid.certainty) == (
            D("12.20"),
            date(2025, 6, 1),
            Certainty.DERIVED,
        )
        assert (paid.pay, paid.refund_max) == (D("26.00"), D("14.64"))
        with pytest.raises(InvalidValue):
            pay(2, date(2025, 6, 2), agreed_on=agreed, legacy=LegacyRate.VALORISED, rate=D("12.19"))


class TestMoreMessages:
    def test_day_and_hours_arguments(self) -> None:
        assert message(lambda: legacy_rate("2025-06-02")) == (  # type: ignore[arg-type]
            "on must be a datetime.date, got str"
        )
        assert message(lambda: validate_week(-1, date(2024, 3, 6))) == (
            "hours must not be negative, got -1"
        )
        assert message(lambda: validate_week(1, "2024-03-06")) == (  # type: ignore[arg-type]
            "on must be a datetime.date, got str"
        )

    def test_check_week(self) -> None:
        """UPZ art. 73a: 10 h in a week is the most allowed; 10.25 h is over."""
        assert validate_week(10, date(2024, 3, 6)).valid
        (v,) = validate_week(D("10.25"), date(2024, 3, 6))
        assert v.explain("pl") == (
            "za dużo godzin prac społecznie użytecznych w tygodniu: 10,25 h w 10. tygodniu "
            "2024 r. (od 04.03.2024 r. do 10.03.2024 r.); wymagane: nie więcej niż 10 h "
            f"tygodniowo {ART_73A_PL}"
        )
        assert (v.week, v.observed_value, v.required_value) == (IsoWeek(2024, 10), D("10.25"), 10)

    def test_every_violation_one_per_line(self) -> None:
        result = validate([*MARCH, S(date(2024, 3, 28), D("0.5"))])
        assert result.explain("pl").split("\n") == [v.explain("pl") for v in result]
        assert result.explain().split("\n") == [v.explain() for v in result]
        assert validate(MARCH).explain("pl") == "brak naruszeń"
        assert validate(MARCH).explain() == "no violations"

    def test_after_the_repeal(self) -> None:
        """From 2025-06-01 URP applies (Dz.U. 2025 poz. 620), which is not modelled."""
        with pytest.raises(NoLawInForce) as caught:
            pay(1, date(2025, 6, 2))
        assert (caught.value.parameter, caught.value.on) == (
            "minimum hourly rate for socially useful work (UPZ art. 73a)",
            date(2025, 6, 2),
        )
        assert str(caught.value) == (
            f"{RATE_NAME} is modelled for 2025-06-02; known until 2025-05-31; UPZ was repealed "
            "from 2025-06-01 and socially useful work under URP (Dz.U. 2025 poz. 620) is not "
            "modelled"
        )
        with pytest.raises(NoLawInForce) as before:
            validate_week(1, date(2014, 5, 26))
        assert (before.value.parameter, before.value.on) == (
            "minimum hourly rate for socially useful work (UPZ art. 73a)",
            date(2014, 5, 26),
        )
