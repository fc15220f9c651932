"""A project's report: who took part, what support they had, and the indicators, in Polish and
English.

[`service_counts`][integra.outcomes.report.service_counts] counts participants per service, per
service category (from the catalogue) and per the project's own activity names;
[`report`][integra.outcomes.report.report] puts them together with the indicators into a
[`CohortReport`][integra.outcomes.report.CohortReport].

Examples:
    >>> from datetime import date
    >>> from integra import Sex
    >>> from integra.outcomes.records import *
    >>> cohort = Cohort([
    ...     Participant("A", Sex.FEMALE, date(2016, 1, 4), support=[SupportEpisode("vocational_counselling", date(2016, 2, 1))]),
    ...     Participant("B", Sex.MALE, date(2016, 1, 4), support=[SupportEpisode("psu", date(2016, 4, 4), activity="PAI")]),
    ... ])
    >>> [(c.key, c.participants, format_share(c.share)) for c in service_counts(cohort).services]
    [('vocational_counselling', 1, '50.0%'), ('psu', 1, '50.0%')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidValue
from integra.labels import Language, format_date, format_number, plural_pl
from integra.outcomes.eu2014 import check_period, group_category, thresholds
from integra.outcomes.indicators import (
    IndicatorDefinition,
    IndicatorResult,
    Threshold,
    evaluate,
)
from integra.outcomes.parameters import ThresholdGroup, effectiveness_standard
from integra.outcomes.records import Category, Cohort, Participant, check_date
from integra.people import Sex
from integra.services import SERVICES, ServiceCategory, service

__all__ = [
    "CohortReport",
    "Count",
    "ServiceCounts",
    "format_share",
    "report",
    "service_counts",
]


def format_share(share: Decimal | None, language: Language = "en") -> str:
    """A share as a percentage with one decimal, rounded half up (``"45.0%"``).

    Raises:
        InvalidValue: ``language`` is neither ``"pl"`` nor ``"en"``.

    Examples:
        >>> format_share(Decimal(63) / Decimal(140)), format_share(Decimal("0.75"), "pl")
        ('45.0%', '75,0%')
    """
    if share is None:
        return "b.d." if language == "pl" else "n/a"
    return f"{format_number((share * 100).quantize(Decimal('0.1'), ROUND_HALF_UP), language)}%"


@attrs.frozen(slots=True)
class Count:
    """How many participants had something, out of how many.

    Attributes:
        key: What was counted (a service code, a category, an activity name).
        participants: Distinct participants.
        episodes: Support episodes (or, for categories of people, participants).
        hours: Hours recorded, if any were.
        total: The participants of the cohort.

    Examples:
        >>> Count("vocational_counselling", 105, 105, None, 140).share
        Decimal('0.75')
    """

    key: str
    participants: int
    episodes: int
    hours: Decimal | None
    total: int

    @property
    def share(self) -> Decimal | None:
        """Participants ÷ total (``None`` for an empty cohort).

        Examples:
            >>> Count("psu", 0, 0, None, 0).share is None
            True
        """
        return None if self.total == 0 else Decimal(self.participants) / Decimal(self.total)


@attrs.frozen(slots=True)
class ServiceCounts:
    """Participants per service, per service category and per activity.

    Attributes:
        services: One count per catalogue service received, in catalogue order.
        categories: One count per service category received, in category order.
        activities: One count per activity name the project used, by name.

    Examples:
        >>> ServiceCounts((), (), ()).services
        ()
    """

    services: tuple[Count, ...] = attrs.field(converter=as_tuple)
    categories: tuple[Count, ...] = attrs.field(converter=as_tuple)
    activities: tuple[Count, ...] = attrs.field(converter=as_tuple)

    def of(self, key: str) -> Count:
        """The count for a service code, category value or activity name (zero if absent).

        Examples:
            >>> ServiceCounts((), (), ()).of("psu").participants
            0
        """
        for count in (*self.services, *self.categories, *self.activities):
            if count.key == key:
                return count
        total = (
            self.services or self.categories or self.activities or (Count("", 0, 0, None, 0),)
        )[0].total
        return Count(key, 0, 0, None, total)


def _count(key: str, rows: list[tuple[str, Decimal | None]], total: int) -> Count:
    hours = [h for _, h in rows if h is not None]
    return Count(
        key,
        len({pid for pid, _ in rows}),
        len(rows),
        sum(hours, Decimal(0)) if hours else None,
        total,
    )


def _started(cohort: Cohort, as_of: date | None) -> list[Participant]:
    return [p for p in cohort.participants if as_of is None or p.entry <= as_of]


def service_counts(cohort: Cohort, as_of: date | None = None) -> ServiceCounts:
    """Count the support received (up to ``as_of``, if given), out of the participants who had
    entered by then.

    Raises:
        InvalidValue: ``as_of`` is not a date, or is after
            [`LATEST_DATE`][integra.outcomes.records.LATEST_DATE].

    Examples:
        >>> from datetime import date
        >>> service_counts(Cohort([])).categories
        ()
    """
    check_date(as_of, "service_counts.as_of", optional=True)
    started = _started(cohort, as_of)
    by_service: dict[str, list[tuple[str, Decimal | None]]] = {}
    by_category: dict[ServiceCategory, list[tuple[str, Decimal | None]]] = {}
    by_activity: dict[str, list[tuple[str, Decimal | None]]] = {}
    for p in started:
        for e in p.support:
            if as_of is not None and e.start > as_of:
                continue
            row = (p.id, e.hours)
            by_service.setdefault(e.service, []).append(row)
            by_category.setdefault(service(e.service).category, []).append(row)
            if e.activity is not None:
                by_activity.setdefault(e.activity, []).append(row)
    total = len(started)
    return ServiceCounts(
        tuple(_count(s.code, by_service[s.code], total) for s in SERVICES if s.code in by_service),
        tuple(_count(c.value, by_category[c], total) for c in ServiceCategory if c in by_category),
        tuple(_count(name, by_activity[name], total) for name in sorted(by_activity)),
    )


@attrs.frozen(slots=True)
class CohortReport:
    """Everything a project reports, as of a date.

    Attributes:
        as_of: The date of the facts: only participations entered by then are counted.
        participants: Participant records entered by ``as_of``.
        persons: Distinct persons among them (a returning person counts once).
        women: Records of women among them.
        men: Records of men among them.
        categories: Participants per category, among them.
        services: The support received.
        indicators: The indicators computed.

    Examples:
        >>> from datetime import date
        >>> r = report(Cohort([]), date(2020, 1, 1))
        >>> r.participants, r.indicators
        (0, ())
    """

    as_of: date
    participants: int
    persons: int
    women: int
    men: int
    categories: tuple[Count, ...] = attrs.field(converter=as_tuple)
    services: ServiceCounts
    indicators: tuple[IndicatorResult, ...] = attrs.field(converter=as_tuple)

    def explain(self, language: Language = "en") -> str:
        """The report as text.

        Examples:
            >>> from datetime import date
            >>> print(report(Cohort([]), date(2020, 1, 1)).explain("pl"))
            Stan na 01.01.2020 r.: 0 uczestników (0 osób), kobiety 0, mężczyźni 0
        """
        pl = language == "pl"
        lines = [
            (
                f"Stan na {format_date(self.as_of, language)}: {self.participants} "
                f"{plural_pl(self.participants, 'uczestnik', 'uczestników', 'uczestników')} "
                f"({self.persons} {plural_pl(self.persons, 'osoba', 'osoby', 'osób')}), "
                f"kobiety {self.women}, mężczyźni {self.men}"
                if pl
                else f"As of {self.as_of.isoformat()}: {self.participants} "
                f"participant{'' if self.participants == 1 else 's'} "
                f"({self.persons} person{'' if self.persons == 1 else 's'}), "
                f"{self.women} wom{'a' if self.women == 1 else 'e'}n, "
                f"{self.men} m{'a' if self.men == 1 else 'e'}n"
            )
        ]
        for count in self.categories:
            label = Category(count.key).label.text(language)
            lines.append(f"  {label}: {count.participants} ({format_share(count.share, language)})")
        if self.services.categories:
            lines.append("Wsparcie:" if pl else "Support:")
            for count in self.services.categories:
                label = ServiceCategory(count.key).label.text(language)
                lines.append(
                    f"  {label}: {count.participants} ({format_share(count.share, language)})"
                )
            for count in self.services.services:
                label = service(count.key).label.text(language)
                lines.append(
                    f"    {label}: {count.participants} ({format_share(count.share, language)})"
                )
            for count in self.services.activities:
                lines.append(
                    f"    „{count.key}”: {count.participants} ({format_share(count.share, language)})"
                )
        for result in self.indicators:
            lines.append("")
            lines.append(result.explain(language))
        return "\n".join(lines)

    def report(self) -> dict[str, Any]:
        """A JSON-compatible summary.

        Examples:
            >>> from datetime import date
            >>> report(Cohort([]), date(2020, 1, 1)).report()["participants"]
            0
        """
        return {
            "as_of": self.as_of.isoformat(),
            "participants": self.participants,
            "persons": self.persons,
            "women": self.women,
            "men": self.men,
            "categories": {c.key: c.participants for c in self.categories},
            "service_categories": {c.key: c.participants for c in self.services.categories},
            "services": {c.key: c.participants for c in self.services.services},
            "activities": {c.key: c.participants for c in self.services.activities},
            "indicators": [r.report() for r in self.indicators],
        }


IndicatorSpec = tuple[IndicatorDefinition, Category | None, Threshold | None]


def _default_indicators(cohort: Cohort, version: str | None) -> list[IndicatorSpec]:
    out: list[IndicatorSpec] = []
    present: set[Category] = set()
    for p in cohort.participants:
        present |= p.categories | p.undetermined
    for group in ThresholdGroup:
        category = group_category(group)
        if category not in present:
            continue
        if version is None:
            raise InvalidValue(
                "report.version is required for the effectiveness thresholds: 'early' or 'later'"
            )
        check_period(cohort)
        for definition, threshold in thresholds(effectiveness_standard(version, group)):
            out.append((definition, category, threshold))
    return out


def report(
    cohort: Cohort,
    as_of: date,
    indicators: Iterable[IndicatorSpec] | None = None,
    *,
    version: str | None = None,
    breakdowns: bool = True,
) -> CohortReport:
    """The cohort's report as of ``as_of``: counts, support, and ``indicators`` (each a
    definition, a group and a threshold). By default, the 2014-2020 effectiveness measures of
    guideline ``version`` for every threshold group with participants; ``version`` (``"early"``
    or ``"later"``) must then be given, since the day each version applied from is not known.

    Only what happened by ``as_of`` is counted: participations entered later, and support
    received later, are not.

    Raises:
        InvalidValue: the default measures are asked for, a threshold group has participants and
            ``version`` is not given, or a participant entered after the 2014-2020 period
            ([`check_period`][integra.outcomes.eu2014.check_period]); or ``as_of`` is not a date or is after
            [`LATEST_DATE`][integra.outcomes.records.LATEST_DATE].

    Examples:
        >>> from datetime import date
        >>> report(Cohort([]), date(2020, 1, 1)).persons
        0
    """
    check_date(as_of, "report.as_of")
    specs: Sequence[IndicatorSpec] = (
        _default_indicators(cohort, version) if indicators is None else tuple(indicators)
    )
    participants = _started(cohort, as_of)
    total = len(participants)
    categories = tuple(
        Count(c.value, n, n, None, total)
        for c in Category
        if (n := sum(1 for p in participants if c in p.categories))
    )
    return CohortReport(
        as_of,
        total,
        len({p.key for p in participants}),
        sum(1 for p in participants if p.sex is Sex.FEMALE),
        sum(1 for p in participants if p.sex is Sex.MALE),
        categories,
        service_counts(cohort, as_of),
        tuple(
            evaluate(definition, cohort, as_of, group, threshold, breakdowns=breakdowns)
            for definition, group, threshold in specs
        ),
    )
