"""The rule engine: three-valued, explained, cited verdicts as of a date.

A rule is an immutable value. [`Rule.evaluate`][integra.rules.core.Rule.evaluate] applies it to a
[`Person`][integra.people.Person] on a date and returns a [`Verdict`][integra.rules.core.Verdict]:
an [`Outcome`][integra.rules.core.Outcome] (``ELIGIBLE``, ``NOT_ELIGIBLE`` or ``UNKNOWN``) with the
reasons — every condition evaluated, each with what was observed, the threshold, the legal
citation and labels in Polish and English. ``UNKNOWN`` lists the [`Fact`][integra.rules.core.Fact]
kinds that would decide it.

Rules compose with ``&``, ``|`` and ``~`` (or [`all_of`][integra.rules.core.all_of],
[`any_of`][integra.rules.core.any_of], [`not_`][integra.rules.core.not_]) under Kleene's
three-valued logic, and the verdict keeps the structure of the composition.

The date of the facts (``on``) and the date of the law applied (``law_on``, by default the same)
are separate: a rule asked for a law date its modelled law does not cover answers ``UNKNOWN``
with [`Fact.LAW`][integra.rules.core.Fact] among the missing facts, and says so.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.rules import REGISTERED_UNEMPLOYED, LONG_TERM_UNEMPLOYED
    >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 2)))])
    >>> verdict = (REGISTERED_UNEMPLOYED & LONG_TERM_UNEMPLOYED).evaluate(p, date(2024, 1, 15))
    >>> verdict.outcome
    <Outcome.ELIGIBLE: 'eligible'>
    >>> print(verdict.explain())
    ELIGIBLE: all of the following
      ELIGIBLE: registered as unemployed — registered on 2024-01-15 (Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ))
      ELIGIBLE: long-term unemployed (national definition) — 379 days registered in 2022-01-16..2024-01-15; required: more than 360 days (12 months of 30 days) (Art. 2(1)(5) of the Act on Employment Promotion and Labour Market Institutions (UPZ))
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any, ClassVar, NamedTuple

import attrs

from integra.errors import InvalidValue, NoLawInForce
from integra.labels import Label, Language
from integra.law import Certainty, Citation, Dated, Timeline
from integra.people import Household, Person, Residence, SocialSituation

__all__ = [
    "AllOf",
    "AnyOf",
    "ByLawDate",
    "Condition",
    "Context",
    "Fact",
    "Not",
    "Outcome",
    "Rule",
    "ScreeningResult",
    "Verdict",
    "all_of",
    "any_of",
    "eligible_from",
    "in_force",
    "not_",
    "rule_table",
    "screen",
]

_ONE_DAY = timedelta(days=1)


class Outcome(enum.Enum):
    """The three values of a verdict.

    Examples:
        >>> Outcome.ELIGIBLE.label.pl
        'spełnia'
    """

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"

    @property
    def label(self) -> Label:
        """The outcome in Polish and English.

        Examples:
            >>> Outcome.UNKNOWN.label.en
            'unknown'
        """
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.ELIGIBLE: Label(pl="spełnia", en="eligible"),
    Outcome.NOT_ELIGIBLE: Label(pl="nie spełnia", en="not eligible"),
    Outcome.UNKNOWN: Label(pl="nie wiadomo", en="unknown"),
}

ELIGIBLE = Outcome.ELIGIBLE
NOT_ELIGIBLE = Outcome.NOT_ELIGIBLE
UNKNOWN = Outcome.UNKNOWN


class Fact(enum.Enum):
    """Kinds of facts rules read — what to collect before evaluating (data minimisation), and what
    is missing when a verdict is ``UNKNOWN``.

    Examples:
        >>> Fact.HOUSEHOLDS.label.en
        'household composition and income'
    """

    BIRTH_DATE = "birth_date"
    SEX = "sex"
    REGISTRATIONS = "registrations"
    BENEFIT_AWARDS = "benefit_awards"
    SOCIAL_CONTRACTS = "social_contracts"
    CERTIFICATES = "certificates"
    RESIDENCES = "residences"
    HOUSEHOLDS = "households"
    SITUATIONS = "situations"
    ENTITLEMENTS = "entitlements"
    LAW = "law"

    @property
    def label(self) -> Label:
        """What the fact is, in Polish and English.

        Examples:
            >>> Fact.LAW.label.pl
            'przepisy obowiązujące w dniu stosowania prawa'
        """
        return _FACT_LABELS[self]


_FACT_LABELS = {
    Fact.BIRTH_DATE: Label(pl="data urodzenia", en="birth date"),
    Fact.SEX: Label(pl="płeć", en="sex"),
    Fact.REGISTRATIONS: Label(
        pl="okresy rejestracji w urzędzie pracy", en="labour-office registrations"
    ),
    Fact.BENEFIT_AWARDS: Label(
        pl="decyzje o świadczeniach z pomocy społecznej", en="social-assistance awards"
    ),
    Fact.SOCIAL_CONTRACTS: Label(pl="kontrakty socjalne", en="social contracts"),
    Fact.CERTIFICATES: Label(pl="orzeczenia o niepełnosprawności", en="disability certificates"),
    Fact.RESIDENCES: Label(pl="miejsce zamieszkania", en="residence"),
    Fact.HOUSEHOLDS: Label(
        pl="skład i dochód gospodarstwa domowego", en="household composition and income"
    ),
    Fact.SITUATIONS: Label(pl="sytuacja życiowa", en="social situations"),
    Fact.ENTITLEMENTS: Label(pl="prawo do innych świadczeń", en="rights to other benefits"),
    Fact.LAW: Label(
        pl="przepisy obowiązujące w dniu stosowania prawa",
        en="the law in force on the law date",
    ),
}

_NO_MISSING: tuple[Fact, ...] = ()
_LAW_MISSING: tuple[Fact, ...] = (Fact.LAW,)


class Verdict(NamedTuple):
    """The result of evaluating a rule: an outcome and why.

    A leaf verdict carries the rule's observation (what was found in the facts); a composite
    verdict carries the verdicts of its parts, in the order of the composition. Text is rendered on
    demand by [`explain`][integra.rules.core.Verdict.explain] and the ``*_text`` methods, so
    evaluating many people costs no string building.

    Attributes:
        rule: The rule that produced the verdict.
        outcome: ``ELIGIBLE``, ``NOT_ELIGIBLE`` or ``UNKNOWN``.
        observation: What the rule observed, in the rule's own terms (rendered by the rule).
        detail: The verdicts of the parts, or (for a composite verdict not yet expanded) the
            context they are computed from; read [`children`][integra.rules.core.Verdict.children]
            instead.
        missing: For ``UNKNOWN``, the kinds of facts that would decide it.
        on: The date of the facts.
        law_on: The date of the law applied.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE
        >>> v = RECEIVES_SOCIAL_ASSISTANCE.evaluate(Person(date(1990, 1, 1), Sex.FEMALE), date(2024, 1, 1))
        >>> v.outcome.value, v.observed_text("pl")
        ('not_eligible', 'brak decyzji przyznającej świadczenie obejmującej 2024-01-01')
    """

    rule: Rule
    outcome: Outcome
    observation: Any
    detail: tuple[Verdict, ...] | Context
    missing: tuple[Fact, ...]
    on: date
    law_on: date

    @property
    def children(self) -> tuple[Verdict, ...]:
        """The verdicts of the parts of a composite rule, in order (empty for a condition).

        A composite verdict computes its outcome with Kleene short-circuiting and builds the
        verdicts of its parts when they are first asked for; they are complete — every part is
        evaluated — and the same on every access.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import PAI_STYLE_ELIGIBILITY
            >>> v = PAI_STYLE_ELIGIBILITY.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> [c.rule.name for c in v.children]
            ['registered_unemployed', 'receives_social_assistance', 'working_age']
        """
        detail = self.detail
        if type(detail) is tuple:
            return detail
        return self.rule.children_in(detail)  # type: ignore[arg-type]

    @property
    def is_condition(self) -> bool:
        """Whether the verdict is a single condition's (a leaf of the tree).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).is_condition
            True
        """
        detail = self.detail
        return type(detail) is tuple and not detail

    @property
    def eligible(self) -> bool:
        """Whether the outcome is ``ELIGIBLE``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).eligible
            True
        """
        return self.outcome is ELIGIBLE

    @property
    def label(self) -> Label:
        """What the rule checks.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).label.pl
            'w wieku aktywności zawodowej'
        """
        return self.rule.label

    @property
    def citation(self) -> Citation | None:
        """The provision applied (``None`` for a composition or where no law is in force).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> str(WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).citation)
            'art. 2 ust. 1 pkt 2 ustawy o promocji zatrudnienia i instytucjach rynku pracy'
        """
        return self.rule.citation_on(self.law_on) if self.is_condition else None

    def observed_text(self, language: Language = "en") -> str:
        """What was observed, as a sentence fragment.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).observed_text()
            'aged 24 on 2024-01-01'
        """
        if Fact.LAW in self.missing and self.is_condition:
            return _no_law_text(self.rule, self.law_on, language)
        return self.rule.describe(self, language)

    def threshold_text(self, language: Language = "en") -> str:
        """The condition applied, as a sentence fragment (empty for compositions).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).threshold_text()
            'aged 18 or more and under 65 (men)'
        """
        if not self.is_condition or Fact.LAW in self.missing:
            return ""
        return self.rule.threshold(self, language)

    def leaves(self) -> Iterator[Verdict]:
        """The verdicts of the individual conditions, depth first.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import PAI_STYLE_ELIGIBILITY
            >>> v = PAI_STYLE_ELIGIBILITY.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> [leaf.outcome.value for leaf in v.leaves()]
            ['not_eligible', 'not_eligible', 'eligible']
        """
        if self.is_condition:
            yield self
            return
        for child in self.children:
            yield from child.leaves()

    def failed(self) -> tuple[Verdict, ...]:
        """The conditions that count against eligibility: those that came out ``NOT_ELIGIBLE``,
        and, under a negation (``~``), those that came out ``ELIGIBLE``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import PAI_STYLE_ELIGIBILITY
            >>> v = PAI_STYLE_ELIGIBILITY.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> [f.label.en for f in v.failed()]
            ['registered as unemployed', 'receives social-assistance benefits']
        """
        found: list[Verdict] = []
        self._collect_failed(negated=False, found=found)
        return tuple(found)

    def _collect_failed(self, negated: bool, found: list[Verdict]) -> None:
        if self.is_condition:
            if self.outcome is (ELIGIBLE if negated else NOT_ELIGIBLE):
                found.append(self)
            return
        negated ^= isinstance(self.rule, Not)
        for child in self.children:
            child._collect_failed(negated, found)

    def missing_facts(self) -> frozenset[Fact]:
        """Everything that would decide an ``UNKNOWN`` verdict.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import INCOME_WITHIN_CRITERION
            >>> v = INCOME_WITHIN_CRITERION.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> v.outcome.value, sorted(f.value for f in v.missing_facts())
            ('unknown', ['households'])
        """
        return frozenset(self.missing)

    def explain(self, language: Language = "en", indent: int = 0) -> str:
        """The verdict as text a caseworker can read aloud, one line per condition.

        A rule chosen by law date ([`ByLawDate`][integra.rules.core.ByLawDate]) whose version in
        force checks the same thing (has the same label) reads as that version alone, so the line
        is not repeated.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> print(WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).explain("pl"))
            SPEŁNIA: w wieku aktywności zawodowej — wiek 24 lat w dniu 2024-01-01; wymagane: co najmniej 18 lat i mniej niż 65 lat (mężczyźni) (art. 2 ust. 1 pkt 2 ustawy o promocji zatrudnienia i instytucjach rynku pracy)
        """
        pad = "  " * indent
        head = f"{pad}{self.outcome.label.text(language).upper()}: {self.rule.label.text(language)}"
        if not self.is_condition:
            children = self.children
            if type(self.rule) is ByLawDate and children[0].rule.label == self.rule.label:
                # The version in force checks what the dated rule checks: one line, not two.
                return children[0].explain(language, indent)
            lines = [head]
            lines.extend(child.explain(language, indent + 1) for child in children)
            return "\n".join(lines)
        body = self.observed_text(language)
        threshold = self.threshold_text(language)
        if threshold:
            body += ("; wymagane: " if language == "pl" else "; required: ") + threshold
        citation = self.citation
        if citation is not None:
            body += f" ({citation.text(language)})"
        if self.outcome is UNKNOWN and self.missing:
            facts = ", ".join(f.label.text(language) for f in self.missing)
            body += ("; brakuje: " if language == "pl" else "; missing: ") + facts
        return f"{head} — {body}"

    def report(self) -> dict[str, Any]:
        """The verdict as a JSON-compatible document for case files and audit logs: outcome,
        labels, observation, threshold and citation in both languages, the missing facts, the
        dates, and the parts' reports. (``integra.serialization.converter`` unstructures a
        verdict to this document; verdicts are results and are not structured back.)

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> doc = WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).report()
            >>> doc["outcome"], doc["observed"]["pl"], doc["citation"]["en"]
            ('eligible', 'wiek 24 lat w dniu 2024-01-01', 'Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ)')
        """
        citation = self.citation
        return {
            "rule": self.rule.name,
            "outcome": self.outcome.value,
            "label": {"pl": self.rule.label.pl, "en": self.rule.label.en},
            "observed": {"pl": self.observed_text("pl"), "en": self.observed_text("en")},
            "threshold": {"pl": self.threshold_text("pl"), "en": self.threshold_text("en")},
            "citation": None
            if citation is None
            else {"pl": citation.text("pl"), "en": citation.text("en")},
            "missing": [fact.value for fact in self.missing],
            "on": self.on.isoformat(),
            "law_on": self.law_on.isoformat(),
            "parts": [child.report() for child in self.children],
        }

    def __str__(self) -> str:
        return self.explain()

    def __repr__(self) -> str:
        return (
            f"Verdict({self.rule.name!r}, {self.outcome.value}, on={self.on}, law_on={self.law_on})"
        )


_new_verdict = tuple.__new__


def _no_law_text(rule: Rule, law_on: date, language: Language) -> str:
    if language == "pl":
        return f"brak modelowanych przepisów dla reguły w dniu {law_on.isoformat()}"
    return f"no law for this rule is modelled on {law_on.isoformat()}"


class Context:
    """The facts of one person as of one date, with derived facts computed once and shared by
    every rule evaluated on it (ages, windows, the household, awards in force).

    Built by [`Rule.evaluate`][integra.rules.core.Rule.evaluate] and
    [`screen`][integra.rules.core.screen]; build one yourself to evaluate several rules on the
    same person and date.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE, LONG_TERM_UNEMPLOYED
        >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
        >>> ctx.age, WORKING_AGE.evaluate_in(ctx).outcome.value
        (24, 'eligible')
    """

    __slots__ = (
        "_age",
        "_cache",
        "_household",
        "_residence",
        "_situations",
        "law_on",
        "on",
        "person",
        "verdicts",
    )

    def __init__(self, person: Person, on: date, law_on: date | None = None) -> None:
        if type(on) is not date or (law_on is not None and type(law_on) is not date):
            raise InvalidValue("the evaluation dates must be datetime.date values")
        self.person = person
        self.on = on
        self.law_on = on if law_on is None else law_on
        self._age: int | None = None
        self._household: Household | bool | None = False
        self._residence: Residence | bool | None = False
        self._situations: frozenset[SocialSituation] | None = None
        self._cache: dict[Hashable, Any] = {}
        self.verdicts: dict[Rule, Verdict] = {}
        """Verdicts of the conditions already evaluated in this context, so that a condition
        shared by several rules (e.g. registration in two recruitment rules) is decided once."""

    @property
    def age(self) -> int:
        """Age in completed years on the fact date (Kodeks cywilny art. 112).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2004, 2, 29), Sex.MALE), date(2022, 2, 28)).age
            18
        """
        if self._age is None:
            self._age = self.person.age_on(self.on)
        return self._age

    @property
    def household(self) -> Household | None:
        """The household statement in force on the fact date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).household is None
            True
        """
        if self._household is False:
            self._household = self.person.household_on(self.on)
        return self._household  # type: ignore[return-value]

    @property
    def residence(self) -> Residence | None:
        """The residence on the fact date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).residence is None
            True
        """
        if self._residence is False:
            self._residence = self.person.residence_on(self.on)
        return self._residence  # type: ignore[return-value]

    @property
    def situations(self) -> frozenset[SocialSituation]:
        """The social situations recorded for the fact date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).situations
            frozenset()
        """
        if self._situations is None:
            self._situations = self.person.situations_on(self.on)
        return self._situations

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """A derived fact computed once per context under ``key``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> ctx = Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> ctx.memo("answer", lambda: 42), ctx.memo("answer", lambda: 0)
            (42, 42)
        """
        cache = self._cache
        try:
            return cache[key]
        except KeyError:
            value = cache[key] = compute()
            return value


@attrs.frozen(slots=True, eq=False)
class Rule:
    """Base of every rule: a condition on a person's facts as of a date, under a dated law.

    Subclasses implement ``_check(ctx) -> (outcome, observation, missing)``, ``describe`` and
    ``threshold``; they declare the facts they read (``facts``) and their citations. Rules are
    compared by identity and are hashable, so they can key dictionaries of results.

    Examples:
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> sorted(f.value for f in LONG_TERM_UNEMPLOYED.facts)
        ['registrations']
        >>> [c.text("pl") for c in LONG_TERM_UNEMPLOYED.citations()]
        ['art. 2 ust. 1 pkt 5 ustawy o promocji zatrudnienia i instytucjach rynku pracy']
    """

    rule_name: ClassVar[str] = "rule"
    facts: ClassVar[frozenset[Fact]] = frozenset()

    @property
    def name(self) -> str:
        """A stable identifier of the rule (``"long_term_unemployed"``).

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.name
            'working_age'
        """
        return self.rule_name

    @property
    def label(self) -> Label:
        """What the rule checks, in Polish and English."""
        raise NotImplementedError  # pragma: no cover - every concrete rule defines it

    def citation_on(self, law_on: date) -> Citation | None:
        """The provision the rule applies on ``law_on`` (``None`` where no law is modelled).

        Examples:
            >>> from datetime import date
            >>> from integra.rules import LONG_TERM_UNEMPLOYED
            >>> LONG_TERM_UNEMPLOYED.citation_on(date(2020, 1, 1)).article
            '2'
        """
        return None

    def citations(self) -> tuple[Citation, ...]:
        """Every provision the rule (and its parts) may apply, without duplicates.

        Examples:
            >>> from integra.rules import PAI_STYLE_ELIGIBILITY
            >>> len(PAI_STYLE_ELIGIBILITY.citations()) >= 3
            True
        """
        seen: dict[Citation, None] = {}
        for rule in self.walk():
            for citation in rule._own_citations():
                seen.setdefault(citation, None)
        return tuple(seen)

    def _own_citations(self) -> tuple[Citation, ...]:
        return ()

    def required_facts(self) -> frozenset[Fact]:
        """The kinds of facts the rule and its parts read.

        Examples:
            >>> from integra.rules import PAI_STYLE_ELIGIBILITY
            >>> sorted(f.value for f in PAI_STYLE_ELIGIBILITY.required_facts())
            ['benefit_awards', 'birth_date', 'registrations', 'sex']
        """
        out: set[Fact] = set()
        for rule in self.walk():
            out |= rule.facts
        return frozenset(out)

    def walk(self) -> Iterator[Rule]:
        """This rule and all its parts, depth first.

        Examples:
            >>> from integra.rules import PAI_STYLE_ELIGIBILITY
            >>> [r.name for r in PAI_STYLE_ELIGIBILITY.walk()][:2]
            ['pai_style_eligibility', 'registered_unemployed']
        """
        yield self
        for part in self.parts():
            yield from part.walk()

    def parts(self) -> tuple[Rule, ...]:
        """The direct parts of a composite rule (empty for a condition).

        Examples:
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.parts()
            ()
        """
        return ()

    def evaluate(self, person: Person, on: date, law_on: date | None = None) -> Verdict:
        """The verdict for ``person`` on ``on`` under the law in force on ``law_on`` (by default
        ``on``).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(1959, 1, 2), Sex.MALE), date(2024, 1, 1)).outcome.value
            'eligible'
        """
        return self.evaluate_in(Context(person, on, law_on))

    def evaluate_in(self, ctx: Context) -> Verdict:
        """The verdict in a prepared [`Context`][integra.rules.core.Context].

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate_in(Context(Person(date(2010, 1, 1), Sex.MALE), date(2024, 1, 1))).outcome.value
            'not_eligible'
        """
        outcome, observation, missing = self._check(ctx)
        return _new_verdict(Verdict, (self, outcome, observation, (), missing, ctx.on, ctx.law_on))

    def outcome_in(self, ctx: Context) -> Outcome:
        """Only the outcome (what compositions combine); the default evaluates the rule.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.outcome_in(Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)))
            <Outcome.ELIGIBLE: 'eligible'>
        """
        return self.evaluate_in(ctx).outcome

    def children_in(self, ctx: Context) -> tuple[Verdict, ...]:
        """The verdicts of the parts in ``ctx`` (what a composite verdict expands to).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.children_in(Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)))
            ()
        """
        return tuple([part.evaluate_in(ctx) for part in self.parts()])

    def _check(self, ctx: Context) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        raise NotImplementedError  # pragma: no cover - every concrete rule defines it

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Render the observation of ``verdict`` (called by ``Verdict.observed_text``)."""
        return str(verdict.observation)  # pragma: no cover - every concrete rule overrides it

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """Render the condition applied in ``verdict`` (called by ``Verdict.threshold_text``)."""
        return ""

    def stable_until(self, ctx: Context) -> date | None:
        """The first day after ``ctx.on`` on which the verdict could differ if the facts stay as
        they are (ongoing periods continue), or ``None`` if it never changes again. The default
        looks at the boundaries of every period the rule reads, the birthdays if it reads the
        birth date, and changes of its law; rules whose value changes daily refine it.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE
            >>> RECEIVES_SOCIAL_ASSISTANCE.stable_until(Context(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))) is None
            True
        """
        return _next_boundary(ctx, self.facts, self._law_changes())

    def _law_changes(self) -> tuple[date, ...]:
        return ()

    # -- composition ------------------------------------------------------------------------------

    def __and__(self, other: Rule) -> AllOf:
        return all_of(self, other)

    def __or__(self, other: Rule) -> AnyOf:
        return any_of(self, other)

    def __invert__(self) -> Not:
        return Not(self)

    def __repr__(self) -> str:
        return f"<rule {self.name}: {self.label.en}>"


def _boundaries(ctx: Context, facts: frozenset[Fact]) -> Iterator[date]:
    person = ctx.person
    periods: list[Any] = []
    if Fact.REGISTRATIONS in facts:
        periods.extend(r.period for r in person.registrations)
        periods.extend(e.period for r in person.registrations for e in r.exclusions)
        periods.extend(p.period for r in person.registrations for p in r.profiles)
    if Fact.BENEFIT_AWARDS in facts:
        periods.extend(a.period for a in person.benefit_awards)
    if Fact.SOCIAL_CONTRACTS in facts:
        periods.extend(c.period for c in person.social_contracts)
    if Fact.CERTIFICATES in facts:
        periods.extend(c.valid for c in person.certificates)
    if Fact.RESIDENCES in facts:
        periods.extend(r.period for r in person.residences)
    if Fact.HOUSEHOLDS in facts:
        periods.extend(h.valid for h in person.households if h.valid is not None)
    if Fact.SITUATIONS in facts:
        periods.extend(s.period for s in person.situations)
    if Fact.ENTITLEMENTS in facts:
        periods.extend(e.period for e in person.entitlements)
    for period in periods:
        yield period.start
        if period.end is not None and period.end < date.max:
            yield period.end + _ONE_DAY


def _next_boundary(
    ctx: Context, facts: frozenset[Fact], law_changes: Iterable[date]
) -> date | None:
    on = ctx.on
    best: date | None = None
    for day in _boundaries(ctx, facts):
        if day > on and (best is None or day < best):
            best = day
    for day in law_changes:
        if day > on and (best is None or day < best):
            best = day
    return best


def _earliest(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(b, a)


# -- conditions under a dated law --------------------------------------------------------------


@attrs.frozen(slots=True, eq=False, repr=False)
class Condition(Rule):
    """A single condition (a leaf of a verdict tree) applied under a dated law.

    ``law`` is a [`Timeline`][integra.law.Timeline] of the condition's versions: each entry's value
    carries what the version needs (a threshold, a list of groups) and its citation is the
    provision applied. On a law date no entry covers, the verdict is ``UNKNOWN`` with
    ``Fact.LAW`` missing and says that no law is modelled. Subclasses implement
    ``_decide(ctx, version)``.

    Attributes:
        law: The versions of the condition by the date of the law.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> v = LONG_TERM_UNEMPLOYED.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2024, 1, 1), law_on=date(2001, 1, 1))
        >>> v.outcome.value, v.observed_text()
        ('unknown', 'no law for this rule is modelled on 2001-01-01')
    """

    law: Timeline[Any] | None = attrs.field(kw_only=True)

    def evaluate_in(self, ctx: Context) -> Verdict:
        """Pick the version in force on the law date and decide (once per context)."""
        verdicts = ctx.verdicts
        verdict = verdicts.get(self)
        if verdict is not None:
            return verdict
        law = self.law
        version = None if law is None else law.get(ctx.law_on)
        if version is None and law is not None:
            verdict = _new_verdict(
                Verdict, (self, UNKNOWN, None, (), _LAW_MISSING, ctx.on, ctx.law_on)
            )
        else:
            outcome, observation, missing = self._decide(ctx, version)
            verdict = _new_verdict(
                Verdict, (self, outcome, observation, (), missing, ctx.on, ctx.law_on)
            )
        verdicts[self] = verdict
        return verdict

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        raise NotImplementedError  # pragma: no cover - every concrete condition defines it

    def version_on(self, law_on: date) -> Any:
        """The version's value in force on ``law_on`` (``None`` if none is modelled).

        Examples:
            >>> from datetime import date
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.version_on(date(2020, 1, 1)).men_max
            65
        """
        return None if self.law is None else self.law.get(law_on)

    def citation_on(self, law_on: date) -> Citation | None:
        """The citation of the version in force on ``law_on`` (``None`` for a condition without
        a law of its own, such as a plain age band)."""
        if self.law is None:
            return None
        try:
            return self.law.entry_at(law_on).citation
        except NoLawInForce:
            return None

    def _own_citations(self) -> tuple[Citation, ...]:
        if self.law is None:
            return ()
        return tuple(e.citation for e in self.law.entries if e.citation is not None)

    def _law_changes(self) -> tuple[date, ...]:
        out: list[date] = []
        for entry in () if self.law is None else self.law.entries:
            out.append(entry.start)
            if entry.end is not None and entry.end < date.max:
                out.append(entry.end + _ONE_DAY)
        return tuple(out)


def in_force(
    citation: Citation,
    start: date,
    end: date | None = None,
    *,
    certainty: Certainty = Certainty.CONFIRMED,
    note: str = "",
    value: Any = True,
) -> Dated[Any]:
    """A law version for a [`Condition`][integra.rules.core.Condition] (a shorthand for
    [`Dated`][integra.law.Dated] whose value is ``True`` unless given).

    Examples:
        >>> from datetime import date
        >>> from integra.parameters import UPS
        >>> in_force(Citation(UPS, "108"), date(2004, 5, 1)).value
        True
    """
    return Dated(value, start, end, citation=citation, certainty=certainty, note=note)


@attrs.frozen(slots=True, eq=False, repr=False)
class ByLawDate(Rule):
    """A rule whose whole structure changed over time: the version in force on the law date is
    evaluated and its verdict becomes the only part of this one.

    Attributes:
        versions: The rule in force for each period of the law.
        name_: The rule's name.
        label_: The rule's label.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import SOCIAL_EMPLOYMENT_CIS
        >>> v = SOCIAL_EMPLOYMENT_CIS.evaluate(Person(date(1980, 1, 1), Sex.MALE), date(2023, 1, 1))
        >>> v.children[0].rule.name
        'social_employment_2022'
    """

    versions: Timeline[Rule]
    _name: str = attrs.field(kw_only=True, alias="name")
    _label: Label = attrs.field(kw_only=True, alias="label")

    @property
    def name(self) -> str:
        """The rule's name."""
        return self._name

    @property
    def label(self) -> Label:
        """The rule's label."""
        return self._label

    def parts(self) -> tuple[Rule, ...]:
        """Every version."""
        return tuple(e.value for e in self.versions.entries)

    def _own_citations(self) -> tuple[Citation, ...]:
        return tuple(e.citation for e in self.versions.entries if e.citation is not None)

    def citation_on(self, law_on: date) -> Citation | None:
        """The citation of the version in force on ``law_on``."""
        try:
            return self.versions.entry_at(law_on).citation
        except NoLawInForce:
            return None

    def outcome_in(self, ctx: Context) -> Outcome:
        """The outcome of the version in force."""
        version = self.versions.get(ctx.law_on)
        return UNKNOWN if version is None else version.outcome_in(ctx)

    def children_in(self, ctx: Context) -> tuple[Verdict, ...]:
        """The verdict of the version in force (none where no law is modelled)."""
        version = self.versions.get(ctx.law_on)
        return () if version is None else (version.evaluate_in(ctx),)

    def evaluate_in(self, ctx: Context) -> Verdict:
        """Evaluate the version in force on the law date."""
        version = self.versions.get(ctx.law_on)
        if version is None:
            return _new_verdict(
                Verdict, (self, UNKNOWN, None, (), _LAW_MISSING, ctx.on, ctx.law_on)
            )
        child = version.evaluate_in(ctx)
        return _new_verdict(
            Verdict, (self, child.outcome, None, (child,), child.missing, ctx.on, ctx.law_on)
        )

    def describe(self, verdict: Verdict, language: Language) -> str:
        """A summary of the version's outcome."""
        return _summary(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """The next change of the version in force, or of the law."""
        version = self.versions.get(ctx.law_on)
        changes: list[date] = []
        for entry in self.versions.entries:
            changes.append(entry.start)
            if entry.end is not None and entry.end < date.max:
                changes.append(entry.end + _ONE_DAY)
        best = _next_boundary(ctx, frozenset(), changes)
        return best if version is None else _earliest(best, version.stable_until(ctx))


# -- composition --------------------------------------------------------------------------------


def _flatten(kind: type, rules: Iterable[Rule]) -> tuple[Rule, ...]:
    out: list[Rule] = []
    for rule in rules:
        if not isinstance(rule, Rule):
            raise InvalidValue(f"rules can only be composed with rules, got {type(rule).__name__}")
        if type(rule) is kind and getattr(rule, "_label", None) is None:
            out.extend(rule.parts())
        else:
            out.append(rule)
    return tuple(out)


def _all_parts(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return _flatten(AllOf, rules)


def _any_parts(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return _flatten(AnyOf, rules)


_ALL_LABEL = Label(pl="wszystkie poniższe warunki", en="all of the following")
_ANY_LABEL = Label(pl="co najmniej jeden z poniższych warunków", en="at least one of the following")


class _Junction(Rule):
    """What conjunction and disjunction share: parts evaluated under Kleene logic, where one
    outcome of a part (``_decisive``) decides the whole, ``UNKNOWN`` comes next, and otherwise the
    result is ``_otherwise``. Subclasses declare the fields and the four class constants."""

    __slots__ = ()

    rules: tuple[Rule, ...]
    _name: str | None
    _label: Label | None
    _decisive: ClassVar[Outcome]
    _otherwise: ClassVar[Outcome]
    _default_name: ClassVar[str]
    _default_label: ClassVar[Label]

    def __attrs_post_init__(self) -> None:
        if not self.rules:
            raise InvalidValue(f"{self._default_name} needs at least one rule")

    @property
    def name(self) -> str:
        """The composition's name (``"all_of"`` / ``"any_of"`` unless one was given)."""
        return self._name or self._default_name

    @property
    def label(self) -> Label:
        """The composition's label."""
        return self._label or self._default_label

    def parts(self) -> tuple[Rule, ...]:
        """The parts, in order."""
        return self.rules

    def outcome_in(self, ctx: Context) -> Outcome:
        """Kleene combination; stops at the first part with the deciding outcome."""
        decisive = self._decisive
        unknown = False
        for rule in self.rules:
            outcome = rule.outcome_in(ctx)
            if outcome is decisive:
                return decisive
            if outcome is UNKNOWN:
                unknown = True
        return UNKNOWN if unknown else self._otherwise

    def evaluate_in(self, ctx: Context) -> Verdict:
        """The combined outcome; the parts' verdicts are built when first asked for."""
        outcome = self.outcome_in(ctx)
        missing = _missing_of(self.rules, ctx) if outcome is UNKNOWN else _NO_MISSING
        return _new_verdict(Verdict, (self, outcome, None, ctx, missing, ctx.on, ctx.law_on))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """A summary of the parts' outcomes."""
        return _summary(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """The earliest change of any part."""
        best: date | None = None
        for rule in self.rules:
            best = _earliest(best, rule.stable_until(ctx))
        return best


@attrs.frozen(slots=True, eq=False, repr=False)
class AllOf(_Junction):
    """Conjunction under Kleene logic: ``NOT_ELIGIBLE`` if any part is, else ``UNKNOWN`` if any
    part is, else ``ELIGIBLE``. Every part is evaluated.

    Attributes:
        rules: The parts, in order.
        name_: An optional name for the composition (e.g. a project's recruitment rule).
        label_: An optional label; unlabelled nested compositions are flattened.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> len((REGISTERED_UNEMPLOYED & WORKING_AGE & REGISTERED_UNEMPLOYED).rules)
        3
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_all_parts)
    _name: str | None = attrs.field(default=None, kw_only=True, alias="name")
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    _decisive: ClassVar[Outcome] = NOT_ELIGIBLE
    _otherwise: ClassVar[Outcome] = ELIGIBLE
    _default_name: ClassVar[str] = "all_of"
    _default_label: ClassVar[Label] = _ALL_LABEL


@attrs.frozen(slots=True, eq=False, repr=False)
class AnyOf(_Junction):
    """Disjunction under Kleene logic: ``ELIGIBLE`` if any part is, else ``UNKNOWN`` if any part
    is, else ``NOT_ELIGIBLE``. Every part is evaluated, so the verdict lists every route.

    Attributes:
        rules: The parts, in order.
        name_: An optional name for the composition.
        label_: An optional label; unlabelled nested compositions are flattened.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> (REGISTERED_UNEMPLOYED | WORKING_AGE).label.en
        'at least one of the following'
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_any_parts)
    _name: str | None = attrs.field(default=None, kw_only=True, alias="name")
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    _decisive: ClassVar[Outcome] = ELIGIBLE
    _otherwise: ClassVar[Outcome] = NOT_ELIGIBLE
    _default_name: ClassVar[str] = "any_of"
    _default_label: ClassVar[Label] = _ANY_LABEL


_NEGATE = {ELIGIBLE: NOT_ELIGIBLE, NOT_ELIGIBLE: ELIGIBLE, UNKNOWN: UNKNOWN}


@attrs.frozen(slots=True, eq=False, repr=False)
class Not(Rule):
    """Negation under Kleene logic: swaps ``ELIGIBLE`` and ``NOT_ELIGIBLE``; ``UNKNOWN`` stays.

    Attributes:
        rule: The negated rule.
        label_: An optional label that says in positive words what the negation requires (e.g.
            "no right to a benefit that excludes social employment"); without one the label is
            ``not: <label of the negated rule>``.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import REGISTERED_UNEMPLOYED
        >>> (~REGISTERED_UNEMPLOYED).evaluate(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1)).outcome.value
        'eligible'
        >>> (~REGISTERED_UNEMPLOYED).label.en
        'not: registered as unemployed'
    """

    rule: Rule
    _label: Label | None = attrs.field(default=None, kw_only=True, alias="label")
    rule_name: ClassVar[str] = "not"

    @property
    def label(self) -> Label:
        """The label given, or ``not: <label of the negated rule>``."""
        if self._label is not None:
            return self._label
        inner = self.rule.label
        return Label(pl=f"nie: {inner.pl}", en=f"not: {inner.en}")

    def parts(self) -> tuple[Rule, ...]:
        """The negated rule."""
        return (self.rule,)

    def outcome_in(self, ctx: Context) -> Outcome:
        """The negated outcome."""
        return _NEGATE[self.rule.outcome_in(ctx)]

    def evaluate_in(self, ctx: Context) -> Verdict:
        """Evaluate the rule and negate its outcome."""
        child = self.rule.evaluate_in(ctx)
        return _new_verdict(
            Verdict,
            (self, _NEGATE[child.outcome], None, (child,), child.missing, ctx.on, ctx.law_on),
        )

    def describe(self, verdict: Verdict, language: Language) -> str:
        """A summary of the negated outcome."""
        return _summary(verdict, language)

    def stable_until(self, ctx: Context) -> date | None:
        """When the negated rule changes."""
        return self.rule.stable_until(ctx)


def _missing_of(rules: Iterable[Rule], ctx: Context) -> tuple[Fact, ...]:
    facts: dict[Fact, None] = {}
    for rule in rules:
        verdict = rule.evaluate_in(ctx)
        if verdict.outcome is UNKNOWN:
            for fact in verdict.missing:
                facts[fact] = None
    return tuple(facts)


def _summary(verdict: Verdict, language: Language) -> str:
    counts = dict.fromkeys(Outcome, 0)
    for child in verdict.children:
        counts[child.outcome] += 1
    return ", ".join(f"{counts[o]} {o.label.text(language)}" for o in Outcome)


def all_of(*rules: Rule, name: str | None = None, label: Label | None = None) -> AllOf:
    """All of ``rules`` (same as ``a & b & …``), optionally named and labelled.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> all_of(REGISTERED_UNEMPLOYED, WORKING_AGE, name="my_rule").name
        'my_rule'
    """
    return AllOf(rules, name=name, label=label)


def any_of(*rules: Rule, name: str | None = None, label: Label | None = None) -> AnyOf:
    """Any of ``rules`` (same as ``a | b | …``), optionally named and labelled.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE
        >>> len(any_of(REGISTERED_UNEMPLOYED, WORKING_AGE).rules)
        2
    """
    return AnyOf(rules, name=name, label=label)


def not_(rule: Rule, *, label: Label | None = None) -> Not:
    """The negation of ``rule`` (same as ``~rule``), optionally labelled in positive words.

    Examples:
        >>> from integra.rules import REGISTERED_UNEMPLOYED
        >>> not_(REGISTERED_UNEMPLOYED).rule is REGISTERED_UNEMPLOYED
        True
        >>> not_(REGISTERED_UNEMPLOYED, label=Label(pl="niezarejestrowany", en="not registered")).label.en
        'not registered'
    """
    return Not(rule, label=label)


# -- time ---------------------------------------------------------------------------------------


def eligible_from(
    rule: Rule,
    person: Person,
    start: date,
    *,
    until: date | None = None,
    law_on: date | None = None,
    max_steps: int = 100_000,
) -> date | None:
    """The earliest date on or after ``start`` on which ``rule`` gives ``ELIGIBLE`` if the facts
    stay as they are (ongoing periods continue), or ``None`` if it never will (or not by
    ``until``).

    The law applied moves with the date unless ``law_on`` fixes it. The search jumps from one
    possible change to the next (period boundaries, birthdays that matter, law changes) and steps
    day by day only while a count changes daily (e.g. registered days in a moving window).

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> from integra.rules import LONG_TERM_UNEMPLOYED
        >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
        >>> eligible_from(LONG_TERM_UNEMPLOYED, p, date(2024, 1, 1))
        datetime.date(2024, 12, 26)
    """
    day = start
    for _ in range(max_steps):
        if until is not None and day > until:
            return None
        if day < person.birth_date:
            day = person.birth_date
            continue
        ctx = Context(person, day, law_on)
        if rule.evaluate_in(ctx).outcome is ELIGIBLE:
            return day
        following = rule.stable_until(ctx)
        if following is None or following <= day:
            return None
        day = following
    raise InvalidValue(f"eligible_from gave up after {max_steps} steps; pass an earlier 'until'")


# -- bulk ---------------------------------------------------------------------------------------


class ScreeningResult(NamedTuple):
    """The verdicts of several rules for one person.

    Attributes:
        person: The person screened.
        verdicts: One verdict per rule, in the order the rules were given.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> result = next(screen([Person(date(2000, 1, 1), Sex.MALE, reference="A/1")], [WORKING_AGE], date(2024, 1, 1)))
        >>> result.reference, result.outcomes
        ('A/1', (<Outcome.ELIGIBLE: 'eligible'>,))
    """

    person: Person
    verdicts: tuple[Verdict, ...]

    @property
    def reference(self) -> str | None:
        """The person's case reference."""
        return self.person.reference

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The outcome of each rule."""
        return tuple(v.outcome for v in self.verdicts)


def screen(
    people: Iterable[Person],
    rules: Sequence[Rule],
    on: date,
    law_on: date | None = None,
) -> Iterator[ScreeningResult]:
    """Evaluate ``rules`` for each of ``people`` on ``on``, lazily, one result per person.

    Derived facts (age, windows, the household in force) are computed once per person and
    shared by all the rules.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE, REGISTERED_UNEMPLOYED
        >>> people = (Person(date(y, 1, 1), Sex.FEMALE) for y in (1950, 1990))
        >>> [r.outcomes[0].value for r in screen(people, [WORKING_AGE, REGISTERED_UNEMPLOYED], date(2024, 1, 1))]
        ['not_eligible', 'eligible']
    """
    rules = tuple(rules)
    for person in people:
        ctx = Context(person, on, law_on)
        yield _new_verdict(
            ScreeningResult, (person, tuple([rule.evaluate_in(ctx) for rule in rules]))
        )


def rule_table(rules: Iterable[Rule], language: Language = "en") -> str:
    """A Markdown table of rules with the facts they read and their legal bases.

    Examples:
        >>> from integra.rules import WORKING_AGE
        >>> print(rule_table([WORKING_AGE]))
        | rule | checks | reads | legal basis |
        |---|---|---|---|
        | `working_age` | of working age | birth date, sex | Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ); The Act on the Labour Market and Employment Services (URP) |
    """
    header = (
        "| rule | checks | reads | legal basis |"
        if language == "en"
        else "| reguła | sprawdza | dane | podstawa prawna |"
    )
    lines = [header, "|---|---|---|---|"]
    for rule in rules:
        facts = ", ".join(sorted(f.label.text(language) for f in rule.required_facts()))
        basis = "; ".join(c.text(language) for c in rule.citations())
        lines.append(f"| `{rule.name}` | {rule.label.text(language)} | {facts} | {basis} |")
    return "\n".join(lines)
