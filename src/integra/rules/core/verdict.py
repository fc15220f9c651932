"""The verdict of a rule: its [`Outcome`][integra.rules.core.verdict.Outcome], the
[`Fact`][integra.rules.core.verdict.Fact] kinds rules read, and the
[`Verdict`][integra.rules.core.verdict.Verdict] that explains itself in Polish and English.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from integra.labels import Label, LabelledEnum, Language, format_date, set_labels
from integra.law import Certainty, Citation, weakest

if TYPE_CHECKING:
    from integra.rules.core.context import Context
    from integra.rules.core.rule import Rule

__all__ = ["ELIGIBLE", "NOT_COLLECTED", "NOT_ELIGIBLE", "UNKNOWN", "Fact", "Outcome", "Verdict"]


class Outcome(LabelledEnum):
    """The three values of a verdict.

    Examples:
        >>> Outcome.ELIGIBLE.label.pl
        'spełnia'
    """

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"


set_labels(
    Outcome,
    {
        Outcome.ELIGIBLE: Label(pl="spełnia", en="eligible"),
        Outcome.NOT_ELIGIBLE: Label(pl="nie spełnia", en="not eligible"),
        Outcome.UNKNOWN: Label(pl="nie wiadomo", en="unknown"),
    },
)

ELIGIBLE = Outcome.ELIGIBLE
NOT_ELIGIBLE = Outcome.NOT_ELIGIBLE
UNKNOWN = Outcome.UNKNOWN


class Fact(LabelledEnum):
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


set_labels(
    Fact,
    {
        Fact.BIRTH_DATE: Label(pl="data urodzenia", en="birth date"),
        Fact.SEX: Label(pl="płeć", en="sex"),
        Fact.REGISTRATIONS: Label(
            pl="okresy rejestracji w urzędzie pracy", en="labour-office registrations"
        ),
        Fact.BENEFIT_AWARDS: Label(
            pl="decyzje o świadczeniach z pomocy społecznej", en="social-assistance awards"
        ),
        Fact.SOCIAL_CONTRACTS: Label(pl="kontrakty socjalne", en="social contracts"),
        Fact.CERTIFICATES: Label(
            pl="orzeczenia o niepełnosprawności", en="disability certificates"
        ),
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
    },
)

# What is missing, as Polish says it after "brakuje" and "nie zebrano": in the genitive.
_FACT_GENITIVE_PL = {
    Fact.BIRTH_DATE: "daty urodzenia",
    Fact.SEX: "płci",
    Fact.REGISTRATIONS: "okresów rejestracji w urzędzie pracy",
    Fact.BENEFIT_AWARDS: "decyzji o świadczeniach z pomocy społecznej",
    Fact.SOCIAL_CONTRACTS: "kontraktów socjalnych",
    Fact.CERTIFICATES: "orzeczeń o niepełnosprawności",
    Fact.RESIDENCES: "miejsca zamieszkania",
    Fact.HOUSEHOLDS: "składu i dochodu gospodarstwa domowego",
    Fact.SITUATIONS: "sytuacji życiowej",
    Fact.ENTITLEMENTS: "prawa do innych świadczeń",
    Fact.LAW: "przepisów obowiązujących w dniu stosowania prawa",
}


def _missing_text(facts: Iterable[Fact], language: Language) -> str:
    """The facts that are missing, as a list that follows "brakuje:" / "missing:" (in Polish, in
    the genitive that "brakuje" and "nie zebrano" ask for).

    Examples:
        >>> _missing_text([Fact.SITUATIONS, Fact.SEX], "pl"), _missing_text([Fact.SEX], "en")
        ('sytuacji życiowej, płci', 'sex')
    """
    if language == "pl":
        return ", ".join(_FACT_GENITIVE_PL[f] for f in facts)
    return ", ".join(f.label.text(language) for f in facts)


class _NotCollected:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_COLLECTED"


NOT_COLLECTED: Any = _NotCollected()
"""The observation of a condition that did not decide because a history it reads was not
collected (the verdict's ``missing`` names which).

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> from integra.rules import REGISTERED_UNEMPLOYED
    >>> v = REGISTERED_UNEMPLOYED.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
    >>> v.observation is NOT_COLLECTED, v.outcome.value, v.observed_text()
    (True, 'unknown', 'not collected: labour-office registrations')
"""

_NO_MISSING: tuple[Fact, ...] = ()
_LAW_MISSING: tuple[Fact, ...] = (Fact.LAW,)


class Verdict(NamedTuple):
    """The result of evaluating a rule: an outcome and why.

    A leaf verdict carries the rule's observation (what was found in the facts); a composite
    verdict carries the verdicts of its parts, in the order of the composition. Text is rendered on
    demand by [`explain`][integra.rules.core.verdict.Verdict.explain] and the ``*_text`` methods, so
    evaluating many people costs no string building.

    Attributes:
        rule: The rule that produced the verdict.
        outcome: ``ELIGIBLE``, ``NOT_ELIGIBLE`` or ``UNKNOWN``.
        observation: What the rule observed, in the rule's own terms (rendered by the rule).
        detail: The verdicts of the parts, or (for a composite verdict not yet expanded) the
            context they are computed from; read [`children`][integra.rules.core.verdict.Verdict.children]
            instead.
        missing: For ``UNKNOWN``, the kinds of facts that would decide it.
        on: The date of the facts.
        law_on: The date of the law applied.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE
        >>> v = RECEIVES_SOCIAL_ASSISTANCE.evaluate(Person(date(1990, 1, 1), Sex.FEMALE, benefit_awards=()), date(2024, 1, 1))
        >>> v.outcome.value, v.observed_text("pl")
        ('not_eligible', 'brak decyzji przyznającej świadczenie obejmującej dzień 01.01.2024 r.')
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
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> rule = REGISTERED_UNEMPLOYED & RECEIVES_SOCIAL_ASSISTANCE & WORKING_AGE
            >>> v = rule.evaluate(Person(date(2000, 1, 1), Sex.MALE, registrations=(), benefit_awards=()), date(2024, 1, 1))
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

    @property
    def certainty(self) -> Certainty:
        """How certain the law behind the verdict is: the weakest certainty of every law value the
        verdict read — the version of each condition in force on the law date, the choice of a
        version by law date — and of its parts' verdicts. ``CONFIRMED`` only where every value
        is confirmed and within the law's review date; ``ASSUMED_UNCHANGED`` where any value was
        carried past it ([`LAW_REVIEW_DATE`][integra.law.LAW_REVIEW_DATE]). Filter on it to keep
        only answers that rest on confirmed law.

        Every part counts, also one that did not decide the outcome (the second part of an
        ``|`` whose first part was met): the explanation shows every part, and a filter on
        ``CONFIRMED`` never keeps an answer with a derived line in it. A condition's verdict is also no more
        certain than the law behind the facts it observed
        ([`observed_certainty`][integra.rules.core.rule.Condition.observed_certainty]): an
        income counted from items with a ``DERIVED`` per-hectare amount makes the income test
        ``DERIVED``. A rule with no law
        modelled on the law date (before its law applied, or after its repeal) is ``NO_LAW``,
        the weakest: an answer that rests on no law is never ``CONFIRMED``.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> p = Person(date(2000, 1, 1), Sex.MALE)
            >>> [WORKING_AGE.evaluate(p, date(y, 1, 1)).certainty.value for y in (2024, 2026, 2027)]
            ['confirmed', 'derived', 'assumed_unchanged']
            >>> WORKING_AGE.evaluate(p, date(2024, 1, 1), law_on=date(2000, 1, 1)).certainty.value
            'no_law'
        """
        own = self.rule.certainty_on(self.law_on)
        if own is Certainty.NO_LAW:
            return own
        if self.is_condition:
            # The facts a condition observed may rest on law too (an income counted from items).
            read = getattr(self.rule, "observed_certainty", None)
            observed: Certainty = own if read is None else read(self.observation)
            return observed if observed < own else own
        return weakest([own, *(child.certainty for child in self.children)])

    def observed_text(self, language: Language = "en", personal: bool = False) -> str:
        """What was observed, as a sentence fragment.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).observed_text()
            'aged 24 on 2024-01-01'
        """
        if Fact.LAW in self.missing and self.is_condition and self.observation is None:
            return _no_law_text(self.rule, self.law_on, language)
        if self.observation is NOT_COLLECTED:
            facts = _missing_text(self.missing, language)
            return ("nie zebrano: " if language == "pl" else "not collected: ") + facts
        if personal:
            return self.rule.describe(self, language)
        return self.rule.describe_public(self, language)

    def threshold_text(self, language: Language = "en") -> str:
        """The condition applied, as a sentence fragment (empty for compositions).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).threshold_text()
            'aged 18 or more and under 65 (men)'
        """
        if (
            not self.is_condition
            or (Fact.LAW in self.missing and self.observation is None)
            or self.observation is NOT_COLLECTED
        ):
            return ""
        return self.rule.threshold(self, language)

    def leaves(self) -> Iterator[Verdict]:
        """The verdicts of the individual conditions, depth first.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> rule = REGISTERED_UNEMPLOYED & RECEIVES_SOCIAL_ASSISTANCE & WORKING_AGE
            >>> v = rule.evaluate(Person(date(2000, 1, 1), Sex.MALE, registrations=(), benefit_awards=()), date(2024, 1, 1))
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
            >>> from integra.rules import RECEIVES_SOCIAL_ASSISTANCE, REGISTERED_UNEMPLOYED, WORKING_AGE
            >>> rule = REGISTERED_UNEMPLOYED & RECEIVES_SOCIAL_ASSISTANCE & WORKING_AGE
            >>> v = rule.evaluate(Person(date(2000, 1, 1), Sex.MALE, registrations=(), benefit_awards=()), date(2024, 1, 1))
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
        negated ^= self.rule._negates
        for child in self.children:
            child._collect_failed(negated, found)

    @property
    def missing_facts(self) -> frozenset[Fact]:
        """Everything that would decide an ``UNKNOWN`` verdict (empty for a decided one).

        A property, like [`eligible`][integra.rules.core.verdict.Verdict.eligible] and
        [`label`][integra.rules.core.verdict.Verdict.label]: what the verdict *is* is read as an
        attribute; what is built from its tree or takes arguments
        ([`failed()`][integra.rules.core.verdict.Verdict.failed],
        [`leaves()`][integra.rules.core.verdict.Verdict.leaves],
        [`explain()`][integra.rules.core.verdict.Verdict.explain]) is a method.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import INCOME_WITHIN_CRITERION
            >>> v = INCOME_WITHIN_CRITERION.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> v.outcome.value, sorted(f.value for f in v.missing_facts)
            ('unknown', ['households'])
        """
        return frozenset(self.missing)

    def explain(self, language: Language = "en", indent: int = 0, personal: bool = False) -> str:
        """The verdict as text a caseworker can read aloud, one line per condition.

        The text states what was decided and against which threshold; the person's own figures
        and health facts (an income, a cause of disability, a recorded situation) appear only
        with ``personal=True``, for a caseworker entitled to see them.

        A rule chosen by law date ([`ByLawDate`][integra.rules.core.dated.ByLawDate]) whose version in
        force checks the same thing (has the same label) reads as that version alone, so the line
        is not repeated.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> print(WORKING_AGE.evaluate(Person(date(2000, 1, 1), Sex.MALE), date(2024, 1, 1)).explain("pl"))
            SPEŁNIA: w wieku aktywności zawodowej — wiek 24 lata w dniu 01.01.2024 r.; wymagane: co najmniej 18 lat i mniej niż 65 lat (mężczyźni) (art. 2 ust. 1 pkt 2 ustawy o promocji zatrudnienia i instytucjach rynku pracy)
        """
        pad = "  " * indent
        head = f"{pad}{self.outcome.label.text(language).upper()}: {self.rule.label.text(language)}"
        if not self.is_condition:
            children = self.children
            if self.rule._reads_as_version and children[0].rule.label == self.rule.label:
                # The version in force checks what the dated rule checks: one line, not two.
                return children[0].explain(language, indent, personal)
            lines = [head + _certainty_mark(self.certainty, language)]
            lines.extend(child.explain(language, indent + 1, personal) for child in children)
            return "\n".join(lines)
        body = self.observed_text(language, personal)
        threshold = self.threshold_text(language)
        if threshold:
            body += ("; wymagane: " if language == "pl" else "; required: ") + threshold
        citation = self.citation
        if citation is not None:
            body += f" ({citation.text(language)})"
        certainty = self.certainty
        if certainty is not Certainty.NO_LAW:  # a line without law already says so
            body += _certainty_mark(certainty, language)
        if self.outcome is UNKNOWN and self.missing:
            facts = _missing_text(self.missing, language)
            body += ("; brakuje: " if language == "pl" else "; missing: ") + facts
        return f"{head} — {body}"

    def report(self, personal: bool = False) -> dict[str, Any]:
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
            ('eligible', 'wiek 24 lata w dniu 01.01.2024 r.', 'Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ)')
        """
        citation = self.citation
        return {
            "rule": self.rule.name,
            "outcome": self.outcome.value,
            "label": {"pl": self.rule.label.pl, "en": self.rule.label.en},
            "observed": {
                "pl": self.observed_text("pl", personal),
                "en": self.observed_text("en", personal),
            },
            "threshold": {"pl": self.threshold_text("pl"), "en": self.threshold_text("en")},
            "citation": None
            if citation is None
            else {"pl": citation.text("pl"), "en": citation.text("en")},
            "missing": [fact.value for fact in self.missing],
            "certainty": self.certainty.value,
            "on": self.on.isoformat(),
            "law_on": self.law_on.isoformat(),
            "parts": [child.report(personal) for child in self.children],
        }

    def __str__(self) -> str:
        return self.explain()

    def __repr__(self) -> str:
        return (
            f"Verdict({self.rule.name!r}, {self.outcome.value}, on={self.on}, law_on={self.law_on})"
        )


_new_verdict = tuple.__new__


def _certainty_mark(certainty: Certainty, language: Language) -> str:
    """Nothing for confirmed law; otherwise the certainty in brackets."""
    if certainty is Certainty.CONFIRMED:
        return ""
    return f" [{certainty.label.text(language)}]"


def _no_law_text(rule: Rule, law_on: date, language: Language) -> str:
    """No law is modelled on the law date; after a repeal, also by what and what replaced it."""
    if language == "pl":
        text = (
            "biblioteka nie zawiera przepisów tej reguły obowiązujących w dniu "
            f"{format_date(law_on, 'pl')}"
        )
    else:
        text = f"no law for this rule is modelled on {law_on.isoformat()}"
    repeal = rule.repeal_on(law_on)
    return text if repeal is None else f"{text}: {repeal.text(language)}"
