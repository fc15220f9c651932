"""Reintegration paths of social contracts in PO KL 2007-2013 projects (sub-measure 7.1.1).

A social-assistance centre's system project under the Human Capital programme used social
contracts (kontrakt socjalny, UPS art. 108) as its tool, each carrying a path of active-
integration instruments from four groups: social, vocational, educational and health activation.
The rule applied here is the one the domain guide records: a path has **at least 3 instruments**,
and **vocational or educational instruments only together with instruments of another group among
social, educational and health activation**. Its primary source was not found: the ministry's
rules for these projects (probably chapter 5.2 "Instrumenty aktywnej integracji" of the 2008
version) were seen only as title pages. The rule is therefore carried as ``DERIVED`` from the
domain guide and project practice (seed 001), its source is UNKNOWN, and every violation says
"rule not confirmed".

[`validate_path`][integra.outcomes.paths.validate_path] returns every violation, like the PAI
plan validator.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange
    >>> contract = DateRange(date(2009, 3, 2), date(2009, 11, 30))
    >>> path = ReintegrationPath("SW-01", contract, [
    ...     PathInstrument(InstrumentGroup.ACTIVATION_SOCIAL, "life-skills counselling"),
    ...     PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "vocational counsellor"),
    ...     PathInstrument(InstrumentGroup.ACTIVATION_HEALTH, "psychological therapy"),
    ... ])
    >>> validate_path(path).valid
    True
    >>> short = ReintegrationPath("SW-02", contract, [PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "vocational counsellor")])
    >>> validate_path(short).codes
    ('pokl.path.too_few_instruments', 'pokl.path.vocational_alone')
"""

from __future__ import annotations

from typing import Any

import attrs

from integra._convert import as_tuple
from integra.errors import InvalidValue
from integra.labels import Label, format_period
from integra.law import Certainty, Citation
from integra.outcomes.parameters import POKL_OPS_RULES
from integra.periods import DateRange
from integra.programmes.violations import Validation, Violation
from integra.services import InstrumentGroup

__all__ = [
    "MIN_INSTRUMENTS",
    "PATH_RULE_CERTAINTY",
    "PATH_RULE_CITATION",
    "InstrumentGroup",
    "PathInstrument",
    "ReintegrationPath",
    "validate_path",
]

MIN_INSTRUMENTS = 3
"""The least number of instruments on a path (unconfirmed: see the module docstring)."""

PATH_RULE_CITATION = Citation(POKL_OPS_RULES)
"""Where the path rule comes from (the document; its chapter and point are not confirmed)."""

PATH_RULE_CERTAINTY = Certainty.DERIVED
"""The rule's certainty: recorded by the domain guide from project practice; its primary source
(the ministry's text) was not found."""


def _text(owner: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValue(f"{owner}.{attribute.name} must be a non-empty string")

    return check


@attrs.frozen(slots=True)
class PathInstrument:
    """One instrument on a path: its group and what it is ("vocational counsellor").

    Attributes:
        group: Social, vocational, educational or health activation.
        name: What the instrument is, as the project calls it.
        period: When it runs, if planned.

    Examples:
        >>> PathInstrument(InstrumentGroup.ACTIVATION_HEALTH, "psychotherapy").group.category.value
        'health'
    """

    group: InstrumentGroup
    name: str = attrs.field(validator=_text("PathInstrument"))
    period: DateRange | None = None


@attrs.frozen(slots=True, repr=False)
class ReintegrationPath:
    """A social contract's reintegration path.

    Attributes:
        participant: The participant's pseudonymous id.
        contract: The period of the social contract.
        instruments: The instruments, in order.

    Examples:
        >>> from datetime import date
        >>> ReintegrationPath("SW-01", DateRange(date(2009, 1, 1)), [])
        ReintegrationPath('SW-01', 0 instruments)
    """

    participant: str = attrs.field(validator=_text("ReintegrationPath"))
    contract: DateRange
    instruments: tuple[PathInstrument, ...] = attrs.field(converter=as_tuple)

    @property
    def groups(self) -> frozenset[InstrumentGroup]:
        """The groups the path draws on.

        Examples:
            >>> from datetime import date
            >>> ReintegrationPath("A", DateRange(date(2009, 1, 1)), []).groups
            frozenset()
        """
        return frozenset(i.group for i in self.instruments)

    def __repr__(self) -> str:
        return f"ReintegrationPath({self.participant!r}, {len(self.instruments)} instruments)"


_S, _V, _E, _H = (
    InstrumentGroup.ACTIVATION_SOCIAL,
    InstrumentGroup.ACTIVATION_VOCATIONAL,
    InstrumentGroup.ACTIVATION_EDUCATIONAL,
    InstrumentGroup.ACTIVATION_HEALTH,
)
_COMPANIONS = {_V: frozenset({_S, _E, _H}), _E: frozenset({_S, _H})}
_DERIVED = Label(pl=" [reguła niepotwierdzona]", en=" [rule not confirmed]")


def _groups_text(groups: frozenset[InstrumentGroup]) -> Label:
    order = [_S, _V, _E, _H]
    present = [g for g in order if g in groups]
    return Label(
        pl="grupy instrumentów w ścieżce: " + (", ".join(g.label.pl for g in present) or "brak"),
        en="groups on the path: " + (", ".join(g.label.en for g in present) or "none"),
    )


def _period_pl(period: DateRange) -> str:
    return format_period(period.start, period.end, "pl")


def _derived(pl: str, en: str) -> Label:
    return Label(pl=pl + _DERIVED.pl, en=en + _DERIVED.en)


def validate_path(path: ReintegrationPath) -> Validation:
    """Every way ``path`` breaks the PO KL 7.1.1 path rule, each cited; instruments planned
    outside the contract are reported too (a structural problem, no citation).

    Examples:
        >>> from datetime import date
        >>> p = ReintegrationPath("E", DateRange(date(2009, 1, 1), date(2009, 6, 30)), [
        ...     PathInstrument(InstrumentGroup.ACTIVATION_EDUCATIONAL, "course"),
        ...     PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "internship"),
        ...     PathInstrument(InstrumentGroup.ACTIVATION_VOCATIONAL, "job club"),
        ... ])
        >>> print(validate_path(p).explain())
        educational instruments without a social or health one: groups on the path: vocational activation instruments, educational activation instruments; required: a social or health activation instrument on the same path [rule not confirmed] (The Rules for preparing, carrying out and accounting for system projects of social-assistance centres under the Human Capital Operational Programme (sub-measure 7.1.1) (PO KL 7.1.1))
    """
    found: list[Violation] = []
    instruments = path.instruments
    distinct = {(i.group, i.name.strip().casefold()) for i in instruments}
    if len(distinct) < MIN_INSTRUMENTS:
        found.append(
            Violation(
                "pokl.path.too_few_instruments",
                Label(
                    pl="za mało instrumentów aktywnej integracji w kontrakcie",
                    en="too few active-integration instruments in the contract",
                ),
                Label(
                    pl=f"różnych instrumentów: {len(distinct)}",
                    en=f"{len(distinct)} distinct instrument(s)",
                ),
                _derived(
                    f"co najmniej {MIN_INSTRUMENTS} instrumenty",
                    f"at least {MIN_INSTRUMENTS} instruments",
                ),
                PATH_RULE_CITATION,
                observed_value=len(distinct),
                required_value=MIN_INSTRUMENTS,
            )
        )
    groups = path.groups
    for group, code, label, required in (
        (
            _V,
            "pokl.path.vocational_alone",
            Label(
                pl="instrumenty aktywizacji zawodowej bez instrumentu społecznego, edukacyjnego lub zdrowotnego",
                en="vocational instruments without a social, educational or health one",
            ),
            _derived(
                "instrument aktywizacji społecznej, edukacyjnej lub zdrowotnej w tej samej ścieżce",
                "a social, educational or health activation instrument on the same path",
            ),
        ),
        (
            _E,
            "pokl.path.educational_alone",
            Label(
                pl="instrumenty aktywizacji edukacyjnej bez instrumentu społecznego lub zdrowotnego",
                en="educational instruments without a social or health one",
            ),
            _derived(
                "instrument aktywizacji społecznej lub zdrowotnej w tej samej ścieżce",
                "a social or health activation instrument on the same path",
            ),
        ),
    ):
        if group in groups and not (groups & _COMPANIONS[group]):
            found.append(Violation(code, label, _groups_text(groups), required, PATH_RULE_CITATION))
    for index, instrument in enumerate(instruments):
        if instrument.period is not None and not path.contract.covers(instrument.period):
            found.append(
                Violation(
                    "pokl.path.outside_contract",
                    Label(
                        pl="instrument poza okresem kontraktu socjalnego",
                        en="instrument outside the social contract's period",
                    ),
                    Label(
                        pl=f"instrument {index + 1}: {_period_pl(instrument.period)}",
                        en=f"instrument {index + 1} runs {instrument.period}",
                    ),
                    Label(
                        pl=f"w okresie {_period_pl(path.contract)}", en=f"within {path.contract}"
                    ),
                )
            )
    return Validation(tuple(found))
