"""Indicator categories established with the library's rules on the entry date.

A project may record a participant's categories directly, or establish them from the facts about
the person with the eligibility rules: at risk of poverty or social exclusion (2014-2020 list),
disability, the significant / intellectual / multiple disability group that has its own
employment threshold, and long-term unemployment. A category whose rule answers ``UNKNOWN`` is
*undetermined*: the participant is left out of that category's indicators and listed as such,
never silently counted or dropped. Each finding carries the certainty of the law it rests on.

Examples:
    >>> from datetime import date
    >>> from integra import CertificateSource, DateRange, DisabilityCertificate, DisabilityDegree, Person, Sex
    >>> cert = DisabilityCertificate(CertificateSource.DEGREE, date(2015, 1, 1), DateRange(date(2015, 1, 1)), DisabilityDegree.SIGNIFICANT)
    >>> person = Person(date(1980, 1, 1), Sex.FEMALE, certificates=[cert], registrations=[])
    >>> [(f.category.value, f.outcome.value) for f in establish_categories(person, date(2019, 6, 3))]
    [('at_risk', 'eligible'), ('disability', 'eligible'), ('severe_disability', 'eligible'), ('long_term_unemployed', 'not_eligible')]
    >>> p = participant_from_person("AS-7", person, date(2019, 6, 3))
    >>> sorted(c.value for c in p.categories)
    ['at_risk', 'disability', 'severe_disability']
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, ClassVar

import attrs

from integra.labels import Label, Language
from integra.law import Certainty, Citation, Timeline
from integra.outcomes.records import Category, Participant
from integra.parameters import EU_2014_2020
from integra.people import DisabilityCause, DisabilityDegree, Person
from integra.rules import AT_RISK_2014_2020, HAS_DISABILITY, LONG_TERM_UNEMPLOYED
from integra.rules.core import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNKNOWN,
    Condition,
    Context,
    Fact,
    Outcome,
    Rule,
    Verdict,
    in_force,
)
from integra.rules.core.rule import name_library_rules
from integra.rules.disability import certificates_on

__all__ = [
    "CATEGORY_RULES",
    "SEVERE_DISABILITY_GROUP",
    "CategoryFinding",
    "SevereDisabilityGroup",
    "establish_categories",
    "participant_from_person",
    "verdict_certainty",
]

_PERIOD_START = date(2014, 1, 1)


@attrs.frozen(slots=True, eq=False, repr=False)
class SevereDisabilityGroup(Condition):
    """The group with its own employment threshold in the 2014-2020 guidelines: a significant
    degree of disability (stated or by equivalence), an intellectual disability (cause 01-U), or
    multiple disabilities — read here as a certificate with two or more cause codes (a reading:
    DERIVED). The codes are the symbols of [`DisabilityCause`][integra.people.DisabilityCause]:
    two unmapped codes given as ``OTHER`` count as one, so map every code. ``UNKNOWN``
    (certificates missing) when nothing places the person in the group but a valid certificate
    has its causes not recorded. Default explanations say only whether the person is in the
    group; which part of it applies is shown with ``personal=True``.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> SEVERE_DISABILITY_GROUP.evaluate(Person(date(1990, 1, 1), Sex.MALE, certificates=[]), date(2020, 1, 1)).outcome.value
        'not_eligible'
        >>> SEVERE_DISABILITY_GROUP.evaluate(Person(date(1990, 1, 1), Sex.MALE), date(2020, 1, 1)).outcome.value
        'unknown'
    """

    law: Timeline[Any] | None = attrs.field(
        default=Timeline(
            "severe-disability group (EU 2014-2020 guidelines)",
            (
                in_force(
                    Citation(EU_2014_2020),
                    _PERIOD_START,
                    certainty=Certainty.DERIVED,
                    note=(
                        "the group named by the thresholds; from the start of the 2014-2020 "
                        "period; 'multiple' read as two or more cause codes"
                    ),
                ),
            ),
        ),
        kw_only=True,
    )
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.CERTIFICATES})
    rule_name: ClassVar[str] = "severe_disability_group"

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Category.SEVERE_DISABILITY.label

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        unrecorded = False
        for certificate in certificates_on(ctx):
            degree = certificate.effective_degree
            causes = certificate.causes
            if degree is DisabilityDegree.SIGNIFICANT:
                return ELIGIBLE, "significant", ()
            if causes is None:
                unrecorded = True
            elif DisabilityCause.INTELLECTUAL in causes:
                return ELIGIBLE, "intellectual", ()
            elif len(causes) >= 2:
                return ELIGIBLE, "multiple", ()
        if unrecorded:
            return UNKNOWN, "unrecorded", (Fact.CERTIFICATES,)
        return NOT_ELIGIBLE, None, ()

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Which part of the group applies: a health fact, shown only with ``personal=True``
        (see ``describe_public``)."""
        found = verdict.observation
        if found is None:
            return "nie należy do grupy" if language == "pl" else "not in the group"
        names = {
            "significant": ("znaczny stopień niepełnosprawności", "significant degree"),
            "intellectual": ("niepełnosprawność intelektualna", "intellectual disability"),
            "multiple": ("niepełnosprawności sprzężone", "multiple disabilities"),
            "unrecorded": (
                "przyczyny niepełnosprawności niezapisane",
                "causes of disability not recorded",
            ),
        }
        pl, en = names[found]
        return pl if language == "pl" else en

    def describe_public(self, verdict: Verdict, language: Language) -> str:
        """Whether the person is in the group, without saying which part of it applies: the
        degree, an intellectual disability or several causes are health facts, shown only with
        ``personal=True``.

        Examples:
            >>> from datetime import date
            >>> from integra import CertificateSource, DateRange, DisabilityCertificate, DisabilityDegree, Person, Sex
            >>> from integra.people import DisabilityCause
            >>> cert = DisabilityCertificate(
            ...     CertificateSource.DEGREE, date(2020, 1, 1), DateRange(date(2020, 1, 1)),
            ...     DisabilityDegree.LIGHT, causes={DisabilityCause.INTELLECTUAL},
            ... )
            >>> verdict = SEVERE_DISABILITY_GROUP.evaluate(Person(date(1990, 1, 1), Sex.MALE, certificates=[cert]), date(2020, 6, 1))
            >>> verdict.observed_text(), verdict.observed_text(personal=True)
            ('in the group', 'intellectual disability')
        """
        found = verdict.observation
        if found is None:
            return "nie należy do grupy" if language == "pl" else "not in the group"
        if found == "unrecorded":
            return self.describe(verdict, language)
        return "należy do grupy" if language == "pl" else "in the group"


SEVERE_DISABILITY_GROUP = SevereDisabilityGroup()
"""Significant degree, intellectual or multiple disabilities, on the date of the facts."""

CATEGORY_RULES: Mapping[Category, Rule] = MappingProxyType(
    {
        Category.AT_RISK: AT_RISK_2014_2020,
        Category.DISABILITY: HAS_DISABILITY,
        Category.SEVERE_DISABILITY: SEVERE_DISABILITY_GROUP,
        Category.LONG_TERM_UNEMPLOYED: LONG_TERM_UNEMPLOYED,
    }
)
"""The rule establishing each category."""


def verdict_certainty(verdict: Verdict) -> Certainty:
    """The certainty of the law a verdict rests on (the weakest of the values it read).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> verdict_certainty(SEVERE_DISABILITY_GROUP.evaluate(Person(date(1990, 1, 1), Sex.MALE), date(2020, 1, 1))).value
        'derived'
    """
    return verdict.certainty


@attrs.frozen(slots=True)
class CategoryFinding:
    """What a rule found about one category on the entry date.

    Attributes:
        category: The category.
        outcome: ``ELIGIBLE`` (belongs), ``NOT_ELIGIBLE`` or ``UNKNOWN`` (undetermined).
        certainty: The certainty of the law applied.
        rule: The name of the rule applied.

    Examples:
        >>> CategoryFinding(Category.AT_RISK, Outcome.UNKNOWN, Certainty.CONFIRMED, "at_risk_2014_2020").outcome.label.en
        'unknown'
    """

    category: Category
    outcome: Outcome
    certainty: Certainty
    rule: str


def establish_categories(
    person: Person, on: date, rules: Mapping[Category, Rule] = CATEGORY_RULES
) -> tuple[CategoryFinding, ...]:
    """Apply each category's rule to ``person`` on ``on`` (the entry date).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import INCOME_WITHIN_CRITERION
        >>> rules = {Category.AT_RISK: INCOME_WITHIN_CRITERION}
        >>> [f.outcome.value for f in establish_categories(Person(date(1990, 1, 1), Sex.MALE), date(2020, 1, 1), rules)]
        ['unknown']
    """
    ctx = Context(person, on)
    out: list[CategoryFinding] = []
    for category, rule in rules.items():
        verdict = rule.evaluate_in(ctx)
        out.append(
            CategoryFinding(category, verdict.outcome, verdict_certainty(verdict), rule.name)
        )
    return tuple(out)


def participant_from_person(
    id: str,
    person: Person,
    entry: date,
    rules: Mapping[Category, Rule] = CATEGORY_RULES,
    **fields: Any,
) -> Participant:
    """A participant record whose categories are established by ``rules`` on ``entry``;
    ``fields`` are the record's other fields (exit, support, results ...). Only the sex and the
    categories are taken from the person: no PESEL, birth date or income enters the record.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import INCOME_WITHIN_CRITERION
        >>> rules = {Category.AT_RISK: INCOME_WITHIN_CRITERION}
        >>> p = participant_from_person("X", Person(date(1990, 1, 1), Sex.MALE), date(2020, 1, 1), rules)
        >>> sorted(c.value for c in p.undetermined), p
        (['at_risk'], Participant(id='X', entry=datetime.date(2020, 1, 1), exit=None))
    """
    findings = establish_categories(person, entry, rules)
    held = {f.category for f in findings if f.outcome is ELIGIBLE}
    unknown = {
        f.category for f in findings if f.outcome is not ELIGIBLE and f.outcome is not NOT_ELIGIBLE
    }
    if Category.SEVERE_DISABILITY in held:
        held.add(Category.DISABILITY)
        unknown.discard(Category.DISABILITY)
    return Participant(
        id, person.sex, entry, categories=frozenset(held), undetermined=frozenset(unknown), **fields
    )


# Every rule named here pickles as a reference to its name (see name_library_rules).
name_library_rules(__name__, globals(), __all__)
