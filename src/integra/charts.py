"""Pictures of one person's eligibility over time, drawn with matplotlib.

[`plot_timeline`][integra.charts.plot_timeline] draws, for one person and a range of days, the
periods the rules read — spells of registration as unemployed and the internships or adult
vocational preparation within them, which do not count towards long-term unemployment (UPZ
art. 2 ust. 1 pkt 5), social-assistance awards by kind, disability certificates, and living in a
revitalisation area — above the spans of days in which each rule's verdict is eligible, not
eligible or unknown, with a marker on each day a verdict changes.

The spans are those of the scalar rules: each rule is evaluated on the first day and then on
each day its ``stable_until`` says the verdict could differ (as
[`eligible_from`][integra.rules.core.timing.eligible_from] does), if the facts stay as they are.
For a whole caseload the same spans come in columns from
[`integra.bulk.over_time`][integra.bulk.over_time.over_time].

The picture shows dates and the labels of the library (rules' labels, the kinds of benefits and
exclusions) in Polish or English, never a PESEL, a case reference, an address, an income or a
degree of disability. Drawing needs matplotlib (``pip install matplotlib``, also installed with
the ``examples`` extra); the function returns a ``Figure`` and writes nothing: save it with
``figure.savefig(...)`` or show it in a notebook.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.rules import LONG_TERM_UNEMPLOYED
    >>> client = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
    >>> figure = plot_timeline(client, [LONG_TERM_UNEMPLOYED], date(2024, 6, 1), date(2025, 6, 30))
    >>> [ax.get_title(loc="left") for ax in figure.axes]
    ['facts', 'eligibility']
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from integra._extras import require
from integra.errors import InvalidValue
from integra.labels import Label, Language, format_date, format_period
from integra.people import BenefitKind, ExclusionKind, Person
from integra.periods import DateRange
from integra.rules.core import Context, Fact, Outcome, Rule
from integra.rules.revitalisation import ResidesInArea, RevitalisationArea

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["DRAWN_FACTS", "plot_timeline"]

DRAWN_FACTS = frozenset(
    {Fact.REGISTRATIONS, Fact.BENEFIT_AWARDS, Fact.CERTIFICATES, Fact.RESIDENCES}
)
"""The facts [`plot_timeline`][integra.charts.plot_timeline] can draw. Residences are drawn only
as the days spent in a revitalisation area, never as addresses.

Examples:
    >>> sorted(f.value for f in DRAWN_FACTS)
    ['benefit_awards', 'certificates', 'registrations', 'residences']
"""

_ONE_DAY = timedelta(days=1)
_MAX_STEPS = 100_000
"""As ``eligible_from``: the most days one rule is evaluated on for one picture."""
_WRAP = 40

_NOT_COLLECTED = Label(pl="nie zebrano", en="not collected")
_CHANGE = Label(pl="zmiana werdyktu", en="verdict changes")
_FACTS = Label(pl="fakty", en="facts")
_ELIGIBILITY = Label(pl="spełnianie warunków", en="eligibility")

# Colour and hatching of each outcome: the hatching tells them apart in grey too.
_STYLE = {
    Outcome.ELIGIBLE: ("#2e7d32", ""),
    Outcome.NOT_ELIGIBLE: ("#e57373", "///"),
    Outcome.UNKNOWN: ("#fdd835", ".."),
}
_FACT_COLOUR = {
    "registrations": ("#4f6d9a", ""),
    "exclusion": ("#a9bcd9", "xx"),
    "benefit": ("#8d6e63", ""),
    "certificates": ("#7e57c2", ""),
    "area": ("#26a69a", ""),
}


class _Row:
    """One row of the facts: its label, the days drawn (first and last, within the range) and
    the kind of bar (its ``gid``)."""

    __slots__ = ("collected", "gid", "label", "periods", "style")

    def __init__(
        self,
        label: str,
        periods: Iterable[tuple[date, date]],
        gid: str,
        style: str,
        collected: bool = True,
    ) -> None:
        self.label = label
        self.periods = tuple(periods)
        self.gid = gid
        self.style = style
        self.collected = collected


def _spans(
    rule: Rule, person: Person, start: date, end: date, law_on: date | None
) -> list[tuple[date, date, Outcome | None]]:
    """The spans of days with the same outcome of ``rule`` from ``start`` to ``end``, from the
    scalar rules (``None`` before the person's birth)."""
    firsts: list[date] = []
    outcomes: list[Outcome | None] = []
    day = start
    for _ in range(_MAX_STEPS):
        following: date | None
        if day < person.birth_date:
            outcome, following = None, person.birth_date
        else:
            ctx = Context(person, day, law_on)
            outcome = rule.outcome_in(ctx)
            following = rule.stable_until(ctx)
        if not outcomes or outcomes[-1] is not outcome:
            firsts.append(day)
            outcomes.append(outcome)
        if following is None or following <= day or following > end:
            break
        day = following
    else:
        raise InvalidValue(
            f"plot_timeline gave up after {_MAX_STEPS} evaluations of one rule; draw a shorter range"
        )
    lasts = [d - _ONE_DAY for d in firsts[1:]] + [end]
    return list(zip(firsts, lasts, outcomes, strict=True))


def _clip(periods: Iterable[DateRange], start: date, end: date) -> list[tuple[date, date]]:
    out = []
    for period in periods:
        first = max(period.start, start)
        last = end if period.end is None else min(period.end, end)
        if first <= last:
            out.append((first, last))
    return out


def _fact_rows(
    person: Person,
    facts: frozenset[Fact],
    areas: Sequence[RevitalisationArea],
    start: date,
    end: date,
    language: Language,
) -> list[_Row]:
    """The rows of the facts: a kind of excluded period or of benefit has a row of its own when
    one of its periods falls within the range; the fact has a single row otherwise."""
    rows: list[_Row] = []
    if Fact.REGISTRATIONS in facts:
        label = Fact.REGISTRATIONS.label.text(language)
        registrations = person.registrations
        if registrations is None:
            rows.append(_Row(label, (), "registrations", "registrations", collected=False))
        else:
            spells = _clip((r.period for r in registrations), start, end)
            rows.append(_Row(label, spells, "registrations", "registrations"))
            for kind in ExclusionKind:
                excluded = _clip(
                    (e.period for r in registrations for e in r.exclusions if e.kind is kind),
                    start,
                    end,
                )
                if excluded:
                    rows.append(_Row(kind.label.text(language), excluded, kind.value, "exclusion"))
    if Fact.BENEFIT_AWARDS in facts:
        awards = person.benefit_awards
        kinds = [
            (kind, _clip((a.period for a in awards or () if a.kind is kind), start, end))
            for kind in BenefitKind
        ]
        drawn = [(kind, periods) for kind, periods in kinds if periods]
        if not drawn:
            label = Fact.BENEFIT_AWARDS.label.text(language)
            rows.append(_Row(label, (), "benefit_awards", "benefit", collected=awards is not None))
        for benefit, periods in drawn:
            rows.append(_Row(benefit.label.text(language), periods, benefit.value, "benefit"))
    if Fact.CERTIFICATES in facts:
        certificates = person.certificates
        rows.append(
            _Row(
                Fact.CERTIFICATES.label.text(language),
                _clip((c.valid for c in certificates or ()), start, end),
                "certificates",
                "certificates",
                collected=certificates is not None,
            )
        )
    if Fact.RESIDENCES in facts:
        for area in areas:
            residences = person.residences
            inside = [r.period for r in residences or () if area.sub_area_of(r.address) is not None]
            days = [p for p in (_overlap(p, area.valid) for p in inside) if p is not None]
            rows.append(
                _Row(
                    ResidesInArea(area).label.text(language),
                    _clip(days, start, end),
                    "area",
                    "area",
                    collected=residences is not None,
                )
            )
    return rows


def _overlap(a: DateRange, b: DateRange) -> DateRange | None:
    first = max(a.start, b.start)
    ends = [e for e in (a.end, b.end) if e is not None]
    last = min(ends) if ends else None
    if last is not None and last < first:
        return None
    return DateRange(first, last)


def _areas(rules: Sequence[Rule], area: RevitalisationArea | None) -> list[RevitalisationArea]:
    if area is not None:
        return [area]
    found: list[RevitalisationArea] = []
    for rule in rules:
        for part in rule.walk():
            if isinstance(part, ResidesInArea) and part.area not in found:
                found.append(part.area)
    return found


def _check(
    person: Person,
    rules: Sequence[Rule],
    start: date,
    end: date,
    law_on: date | None,
    area: RevitalisationArea | None,
    language: str,
) -> None:
    if not isinstance(person, Person):
        raise InvalidValue("person must be a Person")
    for name, value in (("start", start), ("end", end), ("law_on", law_on)):
        if type(value) is not date and not (name == "law_on" and value is None):
            raise InvalidValue(f"{name} must be a datetime.date")
    if end < start:
        raise InvalidValue("the range ends before it starts: 'end' is before 'start'")
    if not all(isinstance(rule, Rule) for rule in rules):
        raise InvalidValue("rules must hold rules only")
    if area is not None and not isinstance(area, RevitalisationArea):
        raise InvalidValue("area must be a RevitalisationArea or None")
    if language not in ("pl", "en"):
        raise InvalidValue(f"language must be 'pl' or 'en', got {language!r}")


def _wrap(text: str) -> str:
    return textwrap.fill(text, _WRAP)


def plot_timeline(
    person: Person,
    rules: Sequence[Rule],
    start: date,
    end: date,
    *,
    law_on: date | None = None,
    facts: Iterable[Fact] | None = None,
    area: RevitalisationArea | None = None,
    language: Language = "en",
) -> Figure:
    """A picture of ``person`` from ``start`` to ``end`` (both included): above, the periods of
    the facts drawn; below, for each of ``rules``, the spans of days with the same verdict —
    eligible (solid green), not eligible (red, hatched ``///``), unknown (yellow, dotted) — and a
    marker with the date on each day a verdict changes, if the facts stay as they are.

    Args:
        person: The person drawn.
        rules: The rules whose verdicts are drawn, one row each, labelled with the rule's label.
        start: The first day drawn.
        end: The last day drawn.
        law_on: The date of the law applied throughout; by default the law moves with the date.
        facts: The facts drawn, of [`DRAWN_FACTS`][integra.charts.DRAWN_FACTS]; by default those
            the rules read. Registrations come with one row for each kind of excluded period
            within the range (internship, adult vocational preparation); benefit awards with one
            row for each kind of benefit awarded within the range (one row in all if none is);
            certificates with their periods only (never a degree);
            residences as the days spent in the revitalisation area, one row per area. A history
            that was not collected is a row that says so.
        area: The revitalisation area whose days are drawn; by default the areas of the
            [`ResidesInArea`][integra.rules.revitalisation.ResidesInArea] conditions of the rules.
        language: ``"pl"`` or ``"en"``: the language of every label.

    Returns:
        A matplotlib ``Figure`` (created without pyplot, so nothing is shown and no global state
        is touched), with an axes titled "facts" (if any fact is drawn) and one titled
        "eligibility" (if any rule is).

    Raises:
        InvalidValue: ``end`` is before ``start``, a date is not a ``datetime.date``, ``facts``
            names a fact that cannot be drawn, a language is neither ``"pl"`` nor ``"en"``, or
            there is nothing to draw.
        MissingExtra: matplotlib is not installed.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, ExcludedPeriod, ExclusionKind, Person, Registration, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED, WORKING_AGE
        >>> spell = Registration(
        ...     DateRange(date(2021, 1, 4)),
        ...     exclusions=[ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2021, 3, 1), date(2021, 5, 31)))],
        ... )
        >>> client = Person(date(1962, 3, 5), Sex.FEMALE, registrations=[spell])
        >>> figure = plot_timeline(client, [LONG_TERM_UNEMPLOYED, WORKING_AGE], date(2021, 1, 1), date(2022, 12, 31), language="pl")
        >>> facts, eligibility = figure.axes
        >>> [t.get_text() for t in facts.get_yticklabels()]
        ['okresy rejestracji w urzędzie pracy', 'staż']
        >>> [line.get_gid() for line in eligibility.lines if line.get_gid()]
        ['changes:long_term_unemployed', 'changes:working_age']
    """
    _check(person, rules, start, end, law_on, area, language)
    rules = tuple(rules)
    if facts is None:
        read: set[Fact] = set()
        for rule in rules:
            read |= rule.required_facts()
        chosen = frozenset(read) & DRAWN_FACTS
    else:
        chosen = frozenset(facts)
        if not chosen <= DRAWN_FACTS:
            raise InvalidValue(
                "facts: only registrations, benefit_awards, certificates and residences are drawn"
            )
    rows = _fact_rows(person, chosen, _areas(rules, area), start, end, language)
    if not rows and not rules:
        raise InvalidValue("nothing to draw: give rules or facts")
    require("matplotlib", "integra-pl[charts]", needed_by="integra.charts.plot_timeline")
    mdates = require("matplotlib.dates", "integra-pl[charts]")
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    spans = [_spans(rule, person, start, end, law_on) for rule in rules]
    heights = [h for h in (len(rows), len(rules)) if h]
    figure = Figure(figsize=(10.0, 1.9 + 0.42 * sum(heights)), layout="constrained")
    grid = figure.add_gridspec(len(heights), 1, height_ratios=heights)
    left, right = float(mdates.date2num(start)), float(mdates.date2num(end + _ONE_DAY))
    axes: list[Axes] = []
    shared: Axes | None = None
    for k in range(len(heights)):
        ax = figure.add_subplot(grid[k, 0], sharex=shared)
        shared = shared or ax
        axes.append(ax)
    changes = sorted({first for rule_spans in spans for first, _, _ in rule_spans[1:]})

    def bar(ax: Axes, row: int, first: date, last: date, colour: str, hatch: str, gid: str) -> None:
        x = float(mdates.date2num(first))
        patches = ax.barh(
            row,
            (last - first).days + 1,
            left=x,
            height=0.6,
            color=colour,
            hatch=hatch,
            edgecolor="#333333",
            linewidth=0.6,
        )
        patches[0].set_gid(gid)

    if rows:
        ax = axes[0]
        for i, row in enumerate(rows):
            colour, hatch = _FACT_COLOUR[row.style]
            for first, last in row.periods:
                bar(ax, i, first, last, colour, hatch, row.gid)
            if not row.collected:
                ax.text(
                    (left + right) / 2,
                    i,
                    _NOT_COLLECTED.text(language),
                    ha="center",
                    va="center",
                    fontstyle="italic",
                    color="0.35",
                )
        ax.set_yticks(range(len(rows)), [_wrap(r.label) for r in rows])
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_title(_FACTS.text(language), loc="left", fontsize=10)
    if rules:
        ax = axes[-1]
        for i, (rule, rule_spans) in enumerate(zip(rules, spans, strict=True)):
            for first, last, outcome in rule_spans:
                if outcome is not None:
                    colour, hatch = _STYLE[outcome]
                    bar(ax, i, first, last, colour, hatch, outcome.value)
            days = [first for first, _, _ in rule_spans[1:]]
            xs = [float(mdates.date2num(d)) for d in days]
            ax.plot(
                xs,
                [i] * len(xs),
                linestyle="none",
                marker="D",
                markersize=6,
                markerfacecolor="white",
                markeredgecolor="black",
                gid=f"changes:{rule.name}",
            )
            # A date close to the one before is written below the bar instead of above it.
            near = 0.09 * (right - left)
            above = below = -float("inf")
            for d, x in zip(days, xs, strict=True):
                if x - above >= near:
                    above, y, va = x, i - 0.32, "bottom"
                elif x - below >= near:
                    below, y, va = x, i + 0.32, "top"
                else:
                    continue
                ax.annotate(
                    format_date(d, language),
                    (x, y),
                    xytext=(3, 0),
                    textcoords="offset points",
                    fontsize=7,
                    va=va,
                )
        ax.set_yticks(range(len(rules)), [_wrap(r.label.text(language)) for r in rules])
        ax.set_ylim(len(rules) - 0.5, -0.75)
        ax.set_title(_ELIGIBILITY.text(language), loc="left", fontsize=10)
        handles: list[Any] = [
            Patch(facecolor=c, hatch=h, edgecolor="#333333", label=o.label.text(language))
            for o, (c, h) in _STYLE.items()
        ]
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="D",
                markerfacecolor="white",
                markeredgecolor="black",
                label=_CHANGE.text(language),
            )
        )
        figure.legend(handles=handles, loc="outside lower center", ncols=4, frameon=False)
    for ax in axes:
        for day in changes:
            ax.axvline(float(mdates.date2num(day)), color="0.45", linewidth=0.7, linestyle=":")
        ax.set_xlim(left, right)
        ax.grid(axis="x", color="0.9", linewidth=0.6)
        ax.set_axisbelow(True)
    locator = mdates.AutoDateLocator()
    axes[-1].xaxis.set_major_locator(locator)
    if language == "pl":
        formatter = mdates.ConciseDateFormatter(
            locator,
            formats=["%Y", "%m.%Y", "%d.%m", "%H:%M", "%H:%M", "%S"],
            offset_formats=["", "%Y", "%m.%Y", "%d.%m.%Y", "%d.%m.%Y", "%d.%m.%Y"],
        )
    else:
        formatter = mdates.ConciseDateFormatter(locator)
    axes[-1].xaxis.set_major_formatter(formatter)
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)
    law = ""
    if law_on is not None:
        law = (
            f" (stan prawny na dzień {format_date(law_on, 'pl')})"
            if language == "pl"
            else f" (law of {format_date(law_on)})"
        )
    title = (
        f"Fakty i spełnianie warunków {format_period(start, end, 'pl')}{law}"
        if language == "pl"
        else f"Facts and eligibility from {format_date(start)} to {format_date(end)}{law}"
    )
    figure.suptitle(title, fontsize=11)
    return figure
