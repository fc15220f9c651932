"""Conditions on recorded statuses: social situations, rights to other benefits, and assistance
profiles.

These are the building blocks of the group lists of the law (UZS art. 1 ust. 2, the EU at-risk
target group): each reads one kind of record on the date of the facts and carries the citation of
the provision that names the status.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Sex, SituationSpell, SocialSituation
    >>> from integra.parameters import UZS
    >>> from integra.law import Citation
    >>> homeless = InSituation(
    ...     frozenset({SocialSituation.HOMELESS_IN_PROGRAMME}), citation=Citation(UZS, "1", "2", "1")
    ... )
    >>> p = Person(date(1970, 1, 1), Sex.MALE, situations=[SituationSpell(SocialSituation.HOMELESS_IN_PROGRAMME, DateRange(date(2024, 1, 1)))])
    >>> homeless.evaluate(p, date(2024, 2, 1)).observed_text()
    'recorded: homeless person carrying out a programme to leave homelessness'
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import attrs

from integra._convert import as_frozenset
from integra.labels import Label, Language, format_date
from integra.law import Citation, Timeline
from integra.parameters import UPZ
from integra.people import AssistanceProfile, EntitlementKind, SocialSituation
from integra.rules.core import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    Condition,
    Context,
    Fact,
    Outcome,
    Verdict,
    in_force,
)
from integra.rules.core.columns import ColumnFrame

__all__ = ["PROFILE_III", "HasAssistanceProfile", "HasEntitlement", "InSituation"]


def _always(citation: Citation | None) -> Timeline[Any] | None:
    if citation is None:
        return None
    return Timeline(citation.text("en"), (in_force(citation, date(1900, 1, 1)),))


def _labels_of(members: frozenset[Any], language: Language) -> str:
    return ", ".join(sorted(m.label.text(language) for m in members))


@attrs.frozen(slots=True, eq=False, repr=False)
class InSituation(Condition):
    """At least one of ``situations`` is recorded for the date of the facts.

    Attributes:
        situations: The situations that satisfy the condition.
        citation: The provision naming them (``None`` for a project's own criterion).
        label_: A label; by default the situations' own.

    Examples:
        >>> InSituation(frozenset({SocialSituation.FOOD_AID})).label.en
        'user of the food-aid programme'
    """

    situations: frozenset[SocialSituation] = attrs.field(converter=as_frozenset)
    citation: Citation | None = attrs.field(default=None, kw_only=True)
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    law: Timeline[Any] | None = attrs.field(
        default=attrs.Factory(lambda self: _always(self.citation), takes_self=True),
        kw_only=True,
    )
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.SITUATIONS})

    @property
    def name(self) -> str:
        """``situation_<values>``."""
        return "situation_" + "_or_".join(sorted(s.value for s in self.situations))

    @property
    def label(self) -> Label:
        """The given label, or the situations' labels."""
        if self._label is not None:
            return self._label
        return Label(pl=_labels_of(self.situations, "pl"), en=_labels_of(self.situations, "en"))

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        found = ctx.situations & self.situations
        return (ELIGIBLE if found else NOT_ELIGIBLE), found, ()

    def _pool(self) -> tuple[str, frozenset[Any]] | None:
        # A subclass that decides otherwise is not "met when a situation of the set is recorded".
        if type(self)._decide is not InSituation._decide:
            return None
        return "situations", self.situations

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a situation of the set covers the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> InSituation(frozenset({SocialSituation.FOOD_AID})).columns(frame, True).tolist()
            [0]
        """
        return frame.outcome(frame.covered_with("situations", "situation", self.situations))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The matching situations recorded, if any."""
        if not verdict.observation:
            return "brak takiego wpisu" if language == "pl" else "not recorded"
        return ("stwierdzono: " if language == "pl" else "recorded: ") + _labels_of(
            verdict.observation, language
        )


@attrs.frozen(slots=True, eq=False, repr=False)
class HasEntitlement(Condition):
    """A right to one of ``kinds`` of benefit holds on the date of the facts.

    Attributes:
        kinds: The benefits.
        citation: The provision that names them.

    Examples:
        >>> HasEntitlement(frozenset({EntitlementKind.OLD_AGE_PENSION})).name
        'entitled_old_age_pension'
    """

    kinds: frozenset[EntitlementKind] = attrs.field(converter=as_frozenset)
    citation: Citation | None = attrs.field(default=None, kw_only=True)
    law: Timeline[Any] | None = attrs.field(
        default=attrs.Factory(lambda self: _always(self.citation), takes_self=True),
        kw_only=True,
    )
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.ENTITLEMENTS})

    @property
    def name(self) -> str:
        """``entitled_<values>``."""
        return "entitled_" + "_or_".join(sorted(k.value for k in self.kinds))

    @property
    def label(self) -> Label:
        """The benefits' labels."""
        return Label(pl=_labels_of(self.kinds, "pl"), en=_labels_of(self.kinds, "en"))

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        found = ctx.memo("entitlements", lambda: ctx._person.entitlements_on(ctx._on)) & self.kinds
        return (ELIGIBLE if found else NOT_ELIGIBLE), found, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a right of one of the kinds covers the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> HasEntitlement(frozenset({EntitlementKind.OLD_AGE_PENSION})).columns(frame, True).tolist()
            [0]
        """
        return frame.outcome(frame.covered_with("entitlements", "kind", self.kinds))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The matching rights held, if any."""
        if not verdict.observation:
            return "brak takiego prawa" if language == "pl" else "no such right"
        return ("przysługuje: " if language == "pl" else "holds: ") + _labels_of(
            verdict.observation, language
        )


_PROFILES: Timeline[bool] = Timeline(
    "assistance profiles (UPZ, 2014-05-27 .. 2019-06-13)",
    (
        in_force(
            Citation(UPZ),
            date(2004, 6, 1),
            date(2014, 5, 26),
            value=False,
            note="before profiling",
        ),
        in_force(
            Citation(UPZ),
            date(2014, 5, 27),
            date(2019, 6, 13),
            value=True,
            note="profiling introduced by the act of 14 March 2014 (Dz.U. 2014 poz. 598)",
        ),
        in_force(
            Citation(UPZ),
            date(2019, 6, 14),
            value=False,
            note="profiles abolished from 2019-06-14 (act of 26 April 2019, after judgment K 53/16)",
        ),
    ),
)


@attrs.frozen(slots=True, eq=False, repr=False)
class HasAssistanceProfile(Condition):
    """Holds ``profile`` on the date of the facts. Where the law date falls outside the years of
    profiling, nobody holds a profile, and the verdict says so.

    Attributes:
        profile: The profile required.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> PROFILE_III.evaluate(Person(date(1990, 1, 1), Sex.MALE, registrations=()), date(2020, 1, 1)).observed_text()
        'no assistance profiles exist under the law of 2020-01-01'
    """

    profile: AssistanceProfile = AssistanceProfile.III
    law: Timeline[Any] | None = attrs.field(default=_PROFILES, kw_only=True)
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.REGISTRATIONS})

    @property
    def name(self) -> str:
        """``assistance_profile_<profile>``."""
        return f"assistance_profile_{self.profile.value.lower()}"

    @property
    def label(self) -> Label:
        """The profile's label."""
        return self.profile.label

    def _decide(self, ctx: Context, version: bool) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        if not version:
            return NOT_ELIGIBLE, "no_profiles", ()
        held = ctx._person.profile_on(ctx._on)
        return (ELIGIBLE if held is self.profile else NOT_ELIGIBLE), held, ()

    def columns(self, frame: ColumnFrame, version: bool) -> Any:
        """Columnar kernel (``integra.bulk``): the profile held on the date, where profiles
        exist under the law applied.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> PROFILE_III.columns(frame, True).tolist()
            [0]
        """
        held = frame.first_covering("profiles", "profile")
        wanted = int(frame.codes("profiles", "profile", [self.profile])[0])
        return frame.outcome((held == wanted) & bool(version))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The profile held."""
        held = verdict.observation
        if held == "no_profiles":
            if language == "pl":
                return f"profile pomocy nie istnieją według stanu prawnego na dzień {format_date(verdict.law_on, 'pl')}"
            return f"no assistance profiles exist under the law of {verdict.law_on.isoformat()}"
        day = format_date(verdict.on, language)
        if held is None:
            return (
                f"brak ustalonego profilu w dniu {day}"
                if language == "pl"
                else f"no profile on {day}"
            )
        if language == "pl":
            return f"profil {held.value} w dniu {day}"
        return f"profile {held.value} held on {day}"


PROFILE_III = HasAssistanceProfile(AssistanceProfile.III)
"""Holds assistance profile III (2014-05-27 .. 2019-06-13)."""
