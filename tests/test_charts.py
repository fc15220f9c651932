"""The timeline picture: its bars are the periods and the spans the law gives (worked out by hand
for small persons, and held to ``over_time`` for generated ones), its markers stand on the days
the verdicts change, its labels are in the language asked for, and no personal value is written
on it."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib import dates
from matplotlib.figure import Figure
from matplotlib.text import Text

from integra import (
    Address,
    BenefitAward,
    BenefitKind,
    DateRange,
    ExcludedPeriod,
    ExclusionKind,
    Household,
    Person,
    Registration,
    Residence,
    Sex,
    charts,
)
from integra.bulk import Population, over_time
from integra.bulk.generate import EXAMPLE_AREA
from integra.charts import DRAWN_FACTS, plot_timeline
from integra.errors import IntegraError, InvalidValue
from integra.labels import Label
from integra.people import CertificateSource, DisabilityCertificate, DisabilityDegree
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    REGISTERED_UNEMPLOYED,
    WORKING_AGE,
    Fact,
    Outcome,
    ResidesInArea,
    Rule,
    all_of,
    any_of,
)
from test_bulk_agreement import RULES, persons

mdates: Any = dates

OUTCOMES = {o.value: o for o in Outcome}
START, END = date(2021, 1, 1), date(2022, 12, 31)
INTERNSHIP = DateRange(date(2021, 3, 1), date(2021, 5, 31))


def client() -> Person:
    """Born 1962-03-05, registered from 2021-01-04 with a 92-day internship in March-May 2021."""
    spell = Registration(
        DateRange(date(2021, 1, 4)),
        exclusions=[ExcludedPeriod(ExclusionKind.INTERNSHIP, INTERNSHIP)],
    )
    return Person(date(1962, 3, 5), Sex.FEMALE, registrations=[spell])


def day_of(x: float) -> date:
    day: date = mdates.num2date(x).date()
    return day


def xs(line: Any) -> list[float]:
    return [float(x) for x in np.asarray(line.get_xdata(), dtype=float)]


def bars(ax: Any) -> list[tuple[int, str, date, date]]:
    """Each bar as (row, kind, first day, last day), top to bottom, left to right."""
    out = []
    for patch in ax.patches:
        gid = patch.get_gid()
        if gid is None:
            continue
        row = round(patch.get_y() + patch.get_height() / 2)
        first = day_of(patch.get_x())
        last = day_of(patch.get_x() + patch.get_width()) - timedelta(days=1)
        out.append((row, gid, first, last))
    return sorted(out, key=lambda b: (b[0], b[2]))


def markers(ax: Any) -> dict[str, list[date]]:
    return {
        line.get_gid().removeprefix("changes:"): [day_of(x) for x in xs(line)]
        for line in ax.lines
        if (line.get_gid() or "").startswith("changes:")
    }


def texts(figure: Figure) -> list[str]:
    """Every text of the figure once drawn (tick labels exist only then)."""
    figure.savefig(io.BytesIO(), format="png", dpi=40)
    found = [t.get_text() for t in figure.findobj(Text)]
    for ax in figure.axes:
        found += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
    return [t for t in found if t]


def ylabels(ax: Any) -> list[str]:
    return [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]


# -- by hand ------------------------------------------------------------------------------------


def test_bars_and_markers_of_a_small_person_by_hand() -> None:
    figure = plot_timeline(client(), [LONG_TERM_UNEMPLOYED, WORKING_AGE], START, END)
    facts, eligibility = figure.axes
    # The registration from its first day; the internship in a row of its own.
    assert bars(facts) == [
        (0, "registrations", date(2021, 1, 4), END),
        (1, "internship", date(2021, 3, 1), date(2021, 5, 31)),
    ]
    # Long-term unemployed (UPZ art. 2 ust. 1 pkt 5): more than 12 months of 30 days, 361 days,
    # counting the day itself but not the 92 days of the internship: 361 + 92 = 453 days from
    # 2021-01-04, the last of which is 2022-04-01. Working age (UPZ art. 2 ust. 1 pkt 2) ends for
    # a woman on her 60th birthday, 2022-03-05.
    assert bars(eligibility) == [
        (0, "not_eligible", START, date(2022, 3, 31)),
        (0, "eligible", date(2022, 4, 1), END),
        (1, "eligible", START, date(2022, 3, 4)),
        (1, "not_eligible", date(2022, 3, 5), END),
    ]
    assert markers(eligibility) == {
        "long_term_unemployed": [date(2022, 4, 1)],
        "working_age": [date(2022, 3, 5)],
    }
    # A dotted line across both axes on each day a verdict changes.
    for ax in (facts, eligibility):
        dotted = sorted(day_of(xs(line)[0]) for line in ax.lines if not line.get_gid())
        assert dotted == [date(2022, 3, 5), date(2022, 4, 1)]
    # The day each changes is written beside its marker.
    shown = [t.get_text() for t in eligibility.texts]
    assert shown == ["2022-04-01", "2022-03-05"]


def test_the_range_clips_the_periods() -> None:
    figure = plot_timeline(client(), [REGISTERED_UNEMPLOYED], date(2021, 4, 1), date(2021, 4, 30))
    facts, eligibility = figure.axes
    assert bars(facts) == [
        (0, "registrations", date(2021, 4, 1), date(2021, 4, 30)),
        (1, "internship", date(2021, 4, 1), date(2021, 4, 30)),
    ]
    assert bars(eligibility) == [(0, "eligible", date(2021, 4, 1), date(2021, 4, 30))]
    assert markers(eligibility) == {"registered_unemployed": []}
    assert eligibility.get_xlim() == (
        mdates.date2num(date(2021, 4, 1)),
        mdates.date2num(date(2021, 5, 1)),
    )


def test_nothing_is_drawn_before_birth() -> None:
    baby = Person(date(2024, 3, 10), Sex.MALE)
    figure = plot_timeline(baby, [WORKING_AGE], date(2024, 1, 1), date(2024, 12, 31))
    (eligibility,) = figure.axes
    assert bars(eligibility) == [(0, "not_eligible", date(2024, 3, 10), date(2024, 12, 31))]
    assert markers(eligibility) == {"working_age": [date(2024, 3, 10)]}


def test_an_unknown_verdict_and_a_history_not_collected() -> None:
    person = Person(date(1980, 1, 1), Sex.MALE)
    figure = plot_timeline(
        person, [RECEIVES_SOCIAL_ASSISTANCE], date(2024, 1, 1), date(2024, 6, 30)
    )
    facts, eligibility = figure.axes
    assert bars(facts) == []
    assert ylabels(facts) == ["social-assistance awards"]
    assert [t.get_text() for t in facts.texts] == ["not collected"]
    assert bars(eligibility) == [(0, "unknown", date(2024, 1, 1), date(2024, 6, 30))]
    (unknown,) = eligibility.patches
    assert unknown.get_hatch() == ".."
    assert unknown.get_facecolor() == pytest.approx((0xFD / 255, 0xD8 / 255, 0x35 / 255, 1.0))


def test_awards_by_kind_and_certificates_without_a_degree() -> None:
    person = Person(
        date(1980, 1, 1),
        Sex.FEMALE,
        benefit_awards=[
            BenefitAward(
                BenefitKind.PURPOSIVE_ALLOWANCE, DateRange(date(2024, 5, 1), date(2024, 5, 31))
            ),
            BenefitAward(
                BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 1, 1), date(2024, 3, 31))
            ),
            BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 9, 1))),
        ],
        certificates=[
            DisabilityCertificate(
                CertificateSource.DEGREE,
                date(2023, 6, 1),
                DateRange(date(2023, 6, 1), date(2024, 7, 31)),
                degree=DisabilityDegree.MODERATE,
            )
        ],
    )
    figure = plot_timeline(
        person,
        [RECEIVES_SOCIAL_ASSISTANCE],
        date(2024, 1, 1),
        date(2024, 12, 31),
        facts=[Fact.BENEFIT_AWARDS, Fact.CERTIFICATES],
        language="pl",
    )
    facts, eligibility = figure.axes
    # Rows in the order of the kinds of UPS art. 36.
    assert ylabels(facts) == [
        "zasiłek okresowy",
        "zasiłek celowy",
        "orzeczenia o niepełnosprawności",
    ]
    assert bars(facts) == [
        (0, "periodic_allowance", date(2024, 1, 1), date(2024, 3, 31)),
        (0, "periodic_allowance", date(2024, 9, 1), date(2024, 12, 31)),
        (1, "purposive_allowance", date(2024, 5, 1), date(2024, 5, 31)),
        (2, "certificates", date(2024, 1, 1), date(2024, 7, 31)),
    ]
    assert markers(eligibility)["receives_social_assistance"] == [
        date(2024, 4, 1),
        date(2024, 5, 1),
        date(2024, 6, 1),
        date(2024, 9, 1),
    ]
    assert "umiarkowany" not in " ".join(texts(figure))


def test_no_award_of_any_kind_is_one_row_of_the_fact() -> None:
    person = Person(date(1980, 1, 1), Sex.FEMALE, benefit_awards=())
    figure = plot_timeline(
        person, [RECEIVES_SOCIAL_ASSISTANCE], date(2024, 1, 1), date(2024, 1, 31)
    )
    facts, _ = figure.axes
    assert ylabels(facts) == ["social-assistance awards"]
    assert bars(facts) == [] and list(facts.texts) == []


HOME_IN_AREA = Address(gmina="Wałbrzych", street="Główna", house_number="15")
HOME_OUTSIDE = Address(gmina="Wałbrzych", street="Wysockiego", house_number="3")


def mover() -> Person:
    return Person(
        date(1975, 1, 1),
        Sex.MALE,
        reference="MOPS-2024/117",
        pesel="75010100037",
        residences=[
            Residence(HOME_IN_AREA, DateRange(date(2015, 1, 1), date(2024, 6, 30))),
            Residence(HOME_OUTSIDE, DateRange(date(2024, 7, 1))),
        ],
        households=[Household(2, Decimal("3217.45"))],
    )


def test_days_in_the_area_of_the_rules() -> None:
    rule = ResidesInArea(EXAMPLE_AREA)
    figure = plot_timeline(mover(), [rule], date(2016, 1, 1), date(2024, 12, 31))
    facts, eligibility = figure.axes
    # The designation applies from 2017-01-01: the days before are not drawn as in the area.
    assert bars(facts) == [(0, "area", date(2017, 1, 1), date(2024, 6, 30))]
    assert ylabels(facts) == [rule.label.en]
    assert bars(eligibility) == [
        (0, "not_eligible", date(2016, 1, 1), date(2016, 12, 31)),
        (0, "eligible", date(2017, 1, 1), date(2024, 6, 30)),
        (0, "not_eligible", date(2024, 7, 1), date(2024, 12, 31)),
    ]
    # The same area given explicitly, with rules that do not read residences.
    alone = plot_timeline(
        mover(),
        [WORKING_AGE],
        date(2016, 1, 1),
        date(2024, 12, 31),
        facts=[Fact.RESIDENCES],
        area=EXAMPLE_AREA,
    )
    assert bars(alone.axes[0]) == bars(facts)
    # Residences without an area: nothing of them is drawn, and the verdicts stay.
    bare = plot_timeline(
        mover(), [WORKING_AGE], date(2016, 1, 1), date(2016, 1, 31), facts=[Fact.RESIDENCES]
    )
    assert [ax.get_title(loc="left") for ax in bare.axes] == ["eligibility"]


def test_residences_not_collected() -> None:
    person = Person(date(1975, 1, 1), Sex.MALE)
    figure = plot_timeline(
        person, [ResidesInArea(EXAMPLE_AREA)], date(2024, 1, 1), date(2024, 1, 31)
    )
    facts, eligibility = figure.axes
    assert [t.get_text() for t in facts.texts] == ["not collected"]
    assert bars(eligibility) == [(0, "unknown", date(2024, 1, 1), date(2024, 1, 31))]


def test_registrations_not_collected() -> None:
    person = Person(date(1975, 1, 1), Sex.MALE)
    figure = plot_timeline(person, [LONG_TERM_UNEMPLOYED], date(2024, 1, 1), date(2024, 1, 31))
    facts, _ = figure.axes
    assert ylabels(facts) == ["labour-office registrations"]
    assert [t.get_text() for t in facts.texts] == ["not collected"]


def test_facts_only() -> None:
    figure = plot_timeline(client(), [], START, END, facts=[Fact.REGISTRATIONS])
    (facts,) = figure.axes
    assert facts.get_title(loc="left") == "facts" and len(bars(facts)) == 2
    assert figure.legends == []


# -- labels ---------------------------------------------------------------------------------------


def test_labels_in_polish() -> None:
    call = all_of(
        LONG_TERM_UNEMPLOYED,
        WORKING_AGE,
        name="call",
        label=Label(pl="nabór regionalny", en="regional call"),
    )
    figure = plot_timeline(client(), [call], START, END, law_on=date(2022, 1, 1), language="pl")
    facts, eligibility = figure.axes
    assert ylabels(facts) == ["okresy rejestracji w urzędzie pracy", "staż"]
    assert ylabels(eligibility) == ["nabór regionalny"]
    assert [ax.get_title(loc="left") for ax in figure.axes] == ["fakty", "spełnianie warunków"]
    assert figure.get_suptitle() == (
        "Fakty i spełnianie warunków od 01.01.2021 r. do 31.12.2022 r. (stan prawny na dzień 01.01.2022 r.)"
    )
    (legend,) = figure.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "spełnia",
        "nie spełnia",
        "nie wiadomo",
        "zmiana werdyktu",
    ]
    texts(figure)
    # Months written as numbers, as Polish dates are, never as English names.
    months = [t.get_text() for t in eligibility.get_xticklabels()]
    assert months[:3] == ["2021", "04.2021", "07.2021"]


def test_labels_in_english() -> None:
    figure = plot_timeline(client(), [LONG_TERM_UNEMPLOYED, WORKING_AGE], START, END)
    facts, eligibility = figure.axes
    assert ylabels(facts) == ["labour-office registrations", "internship"]
    assert ylabels(eligibility) == [
        LONG_TERM_UNEMPLOYED.label.en,
        WORKING_AGE.label.en,
    ]
    assert figure.get_suptitle() == "Facts and eligibility from 2021-01-01 to 2022-12-31"
    (legend,) = figure.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "eligible",
        "not eligible",
        "unknown",
        "verdict changes",
    ]
    texts(figure)
    assert [t.get_text() for t in eligibility.get_xticklabels()][:3] == ["2021", "Apr", "Jul"]


# -- personal data --------------------------------------------------------------------------------


def test_no_personal_value_on_the_picture() -> None:
    rules: list[Rule] = [
        ResidesInArea(EXAMPLE_AREA),
        INCOME_WITHIN_CRITERION,
        any_of(RECEIVES_SOCIAL_ASSISTANCE, WORKING_AGE, name="either"),
    ]
    for language in ("pl", "en"):
        figure = plot_timeline(
            mover(),
            rules,
            date(2024, 1, 1),
            date(2024, 12, 31),
            facts=DRAWN_FACTS,
            language=language,
        )
        every = " | ".join(texts(figure))
        for value in ("75010100037", "MOPS", "117", "Główna", "Wysockiego", "3217", "1975"):
            assert value not in every, (language, value)


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"end": date(2020, 12, 31)}, "'end' is before 'start'"),
        ({"start": "2021-01-01"}, "start must be a datetime.date"),
        ({"law_on": "2021-01-01"}, "law_on must be a datetime.date"),
        ({"language": "de"}, "language must be 'pl' or 'en', got 'de'"),
        ({"facts": [Fact.HOUSEHOLDS]}, "facts: only registrations"),
        ({"rules": [], "facts": []}, "nothing to draw"),
        ({"rules": ["working_age"]}, "rules must hold rules only"),
        ({"area": "Wałbrzych"}, "area must be a RevitalisationArea"),
        ({"person": "75010100037"}, "person must be a Person"),
    ],
)
def test_bad_arguments_are_refused_naming_the_argument(
    arguments: dict[str, Any], message: str
) -> None:
    given: dict[str, Any] = {
        "person": client(),
        "rules": [WORKING_AGE],
        "start": START,
        "end": END,
        **arguments,
    }
    person, rules, start, end = (given.pop(k) for k in ("person", "rules", "start", "end"))
    with pytest.raises(InvalidValue) as error:
        plot_timeline(person, rules, start, end, **given)
    assert message in str(error.value)
    assert isinstance(error.value, IntegraError)
    assert "75010100037" not in str(error.value)


def test_a_search_too_long_gives_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "_MAX_STEPS", 3)
    with pytest.raises(InvalidValue, match="gave up after 3 evaluations"):
        plot_timeline(client(), [LONG_TERM_UNEMPLOYED], START, END)


# -- against the columns --------------------------------------------------------------------------

FOLLOWED: tuple[Rule, ...] = RULES


@settings(max_examples=20, deadline=None)
@given(
    persons(),
    st.dates(date(2014, 1, 1), date(2026, 12, 31)),
    st.integers(0, 900),
    st.one_of(st.none(), st.sampled_from((date(2019, 1, 1), date(2025, 6, 1)))),
)
def test_every_bar_is_a_span_of_over_time(
    person: Person, start: date, length: int, law_on: date | None
) -> None:
    end = start + timedelta(days=length)
    figure = plot_timeline(person, FOLLOWED, start, end, law_on=law_on, facts=())
    (eligibility,) = figure.axes
    spans = over_time(FOLLOWED, Population.from_persons([person]), start, end, law_on)
    expected = []
    changes: dict[str, list[date]] = {}
    for row, rule in enumerate(FOLLOWED):
        mine = spans.of(0, rule.name)
        changes[rule.name] = [s.first for s in mine[1:]]
        expected += [(row, s.outcome.value, s.first, s.last) for s in mine if s.outcome is not None]
    assert bars(eligibility) == sorted(expected, key=lambda b: (b[0], b[2]))
    assert markers(eligibility) == changes
    for _, kind, _, _ in bars(eligibility):
        assert kind in OUTCOMES


def test_periods_outside_the_range_or_the_area_are_not_drawn() -> None:
    figure = plot_timeline(client(), [REGISTERED_UNEMPLOYED], date(2021, 6, 1), date(2021, 6, 30))
    # The internship ended on 2021-05-31: it has no row.
    assert bars(figure.axes[0]) == [(0, "registrations", date(2021, 6, 1), date(2021, 6, 30))]
    assert ylabels(figure.axes[0]) == ["labour-office registrations"]
    # An award of a kind that ended before the range: the fact's one row, without a bar.
    past = Person(
        date(1980, 1, 1),
        Sex.MALE,
        benefit_awards=[
            BenefitAward(BenefitKind.MEALS, DateRange(date(2020, 1, 1), date(2020, 12, 31)))
        ],
    )
    figure = plot_timeline(past, [RECEIVES_SOCIAL_ASSISTANCE], date(2021, 1, 1), date(2021, 12, 31))
    assert ylabels(figure.axes[0]) == ["social-assistance awards"]
    assert bars(figure.axes[0]) == [] and list(figure.axes[0].texts) == []
    early = Person(
        date(1975, 1, 1),
        Sex.MALE,
        residences=[Residence(HOME_IN_AREA, DateRange(date(2010, 1, 1), date(2016, 6, 30)))],
    )
    # The address lies in the area, but the designation applies from 2017-01-01 only.
    figure = plot_timeline(
        early, [ResidesInArea(EXAMPLE_AREA)], date(2016, 1, 1), date(2017, 12, 31)
    )
    assert bars(figure.axes[0]) == []


def test_dates_of_changes_close_together_are_not_written_over_each_other() -> None:
    person = Person(
        date(1980, 1, 1),
        Sex.FEMALE,
        benefit_awards=[
            BenefitAward(BenefitKind.MEALS, DateRange(date(2024, 1, 1), date(2024, 1, 5))),
            BenefitAward(BenefitKind.MEALS, DateRange(date(2024, 1, 8), date(2024, 1, 10))),
        ],
    )
    figure = plot_timeline(
        person, [RECEIVES_SOCIAL_ASSISTANCE], date(2024, 1, 1), date(2024, 3, 31)
    )
    eligibility = figure.axes[1]
    assert markers(eligibility)["receives_social_assistance"] == [
        date(2024, 1, 6),
        date(2024, 1, 8),
        date(2024, 1, 11),
    ]
    # The first above the bar, the second below it, the third (too close to both) left out.
    written = [(t.get_text(), t.get_verticalalignment()) for t in eligibility.texts]
    assert written == [("2024-01-06", "bottom"), ("2024-01-08", "top")]


def test_without_matplotlib_the_error_says_what_to_install() -> None:
    program = (
        "import sys\n"
        "sys.modules['matplotlib'] = None\n"
        "from datetime import date\n"
        "from integra import Person, Sex\n"
        "from integra.charts import plot_timeline\n"
        "from integra.errors import MissingExtra\n"
        "from integra.rules import WORKING_AGE\n"
        "try:\n"
        "    plot_timeline(Person(date(1990, 1, 1), Sex.MALE), [WORKING_AGE],\n"
        "                  date(2024, 1, 1), date(2024, 1, 31))\n"
        "except MissingExtra as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout == (
        "integra.charts.plot_timeline needs matplotlib, which is not installed: "
        "pip install 'integra-pl[charts]'\n"
    )
