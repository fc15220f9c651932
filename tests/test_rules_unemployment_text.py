"""The registered days of the national long-term-unemployment rule read correctly for one day."""

from __future__ import annotations

from helpers import d, r
from integra.people import ExcludedPeriod, ExclusionKind, Person, Registration, Sex
from integra.rules import LONG_TERM_UNEMPLOYED


def test_one_day_is_a_day_in_polish_and_english() -> None:
    p = Person(d("1980-01-01"), Sex.MALE, registrations=[Registration(r("2026-11-29"))])
    v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-11-29"))
    assert (
        v.observed_text("pl") == "1 dzień w rejestrze w okresie od 30.11.2024 r. do 29.11.2026 r."
    )
    assert v.observed_text("en") == "1 day registered in 2024-11-30..2026-11-29"
    two = Person(d("1980-01-01"), Sex.MALE, registrations=[Registration(r("2026-11-28"))])
    assert (
        LONG_TERM_UNEMPLOYED.evaluate(two, d("2026-11-29"))
        .observed_text("pl")
        .startswith("2 dni w rejestrze")
    )


def test_one_day_when_adult_vocational_preparation_decides() -> None:
    # 360 days outside adult vocational preparation, 361 with its one day: unknown under URP.
    pzd = ExcludedPeriod(ExclusionKind.ADULT_VOCATIONAL_PREPARATION, r("2026-01-01", "2026-01-01"))
    p = Person(
        d("1980-01-01"), Sex.MALE, registrations=[Registration(r("2026-01-01"), exclusions=[pzd])]
    )
    v = LONG_TERM_UNEMPLOYED.evaluate(p, d("2026-12-27"))
    assert v.outcome.value == "unknown"
    assert v.observed_text("pl").startswith("360 dni w rejestrze")
    assert ", 361 dni wliczając przygotowanie zawodowe dorosłych" in v.observed_text("pl")
