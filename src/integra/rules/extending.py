"""Adding law the library does not have yet, without changing the library.

An organisation that knows a value or a rule the library does not model yet — a new amount from a
date, its reading of a provision for a period, a version of a rule under a new act — can state it
as data, with its dates, citation and certainty, and evaluate with it:

* [`with_law`][integra.rules.extending.with_law]: the same condition reading an amended timeline
  (build one with [`Timeline.amended`][integra.law.Timeline.amended]);
* [`amend`][integra.rules.extending.amend]: a rule that applies a new version from a date (or for
  a period) and the library's rule otherwise;
* [`replace`][integra.rules.extending.replace]: a composed rule (a recruitment rule, a group
  list) with one of its parts swapped for the amended one.

Each returns a new rule; the library's own rules and data are never changed. Verdicts carry the
certainty the organisation gave (``Verdict.certainty``), so a value it only inferred stays
``DERIVED`` in every explanation.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.law import Certainty, Citation, Dated
    >>> from integra.parameters import URP
    >>> from integra.rules import LONG_TERM_UNEMPLOYED
    >>> from integra.rules.unemployment import LongTermUnemploymentDefinition
    >>> ours = with_law(
    ...     LONG_TERM_UNEMPLOYED,
    ...     LONG_TERM_UNEMPLOYED.law.amended(
    ...         Dated(
    ...             LongTermUnemploymentDefinition(6, 1),
    ...             date(2027, 1, 1),
    ...             citation=Citation(URP),
    ...             certainty=Certainty.DERIVED,
    ...             note="a hypothetical amendment, for illustration",
    ...         ),
    ...         reviewed_until=date(2027, 12, 31),
    ...     ),
    ... )
    >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2026, 6, 1)))])
    >>> v = ours.evaluate(p, date(2027, 1, 1))
    >>> v.outcome.value, v.certainty.value
    ('eligible', 'derived')
    >>> LONG_TERM_UNEMPLOYED.evaluate(p, date(2027, 1, 1)).outcome.value
    'not_eligible'
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

import attrs

from integra.errors import InvalidValue
from integra.labels import Label
from integra.law import Certainty, Citation, Dated, Timeline, _check_kind, _kinds
from integra.rules.core import AllOf, AnyOf, ByLawDate, Condition, Not, Rule

__all__ = ["amend", "replace", "with_law"]

C = TypeVar("C", bound=Condition)


def with_law(condition: C, law: Timeline[Any]) -> C:
    """``condition`` reading ``law`` instead of its own timeline: the same check, under the
    values (and citations, and certainties) of ``law``.

    The values of ``law`` must be of the kind the condition reads (for
    [`LONG_TERM_UNEMPLOYED`][integra.rules.unemployment.LONG_TERM_UNEMPLOYED] a
    [`LongTermUnemploymentDefinition`][integra.rules.unemployment.LongTermUnemploymentDefinition],
    for [`INCOME_WITHIN_CRITERION`][integra.rules.assistance.INCOME_WITHIN_CRITERION] an
    [`IncomeCriterion`][integra.parameters.IncomeCriterion]); start from the condition's own
    ``law`` and [`amend`][integra.law.Timeline.amended] it.

    Raises:
        InvalidValue: ``condition`` is not a condition, ``law`` is not a timeline, or its values
            are not of the kind the condition's own law holds.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from integra.law import Certainty, Citation, Dated
        >>> from integra.parameters import INCOME_CRITERIA, UPS, IncomeCriterion
        >>> from integra.rules import INCOME_WITHIN_CRITERION
        >>> ours = with_law(
        ...     INCOME_WITHIN_CRITERION,
        ...     INCOME_CRITERIA.amended(
        ...         Dated(
        ...             IncomeCriterion(Decimal("1100"), Decimal("900")),
        ...             date(2028, 1, 1),
        ...             citation=Citation(UPS, "8", "1", "1"),
        ...             certainty=Certainty.DERIVED,
        ...         )
        ...     ),
        ... )
        >>> ours.version_on(date(2028, 1, 1)).single, INCOME_WITHIN_CRITERION.version_on(date(2028, 1, 1)).single
        (Decimal('1100'), Decimal('1010'))
    """
    if not isinstance(condition, Condition):
        raise InvalidValue("with_law takes a condition (a rule with a law of its own)")
    if not isinstance(law, Timeline):
        raise InvalidValue("with_law takes a Timeline as the law")
    if condition.law is not None:
        kinds = _kinds(entry.value for entry in condition.law.entries)
        for entry in law.entries:
            _check_kind(kinds, entry.value, f"with_law: the law of {condition.name}")
    return attrs.evolve(condition, law=law)


def amend(
    rule: Rule,
    version: Rule,
    start: date,
    end: date | None = None,
    *,
    citation: Citation,
    certainty: Certainty,
    note: str = "",
    reviewed_until: date | None = None,
    name: str | None = None,
    label: Label | None = None,
) -> ByLawDate:
    """A rule that applies ``version`` for law dates from ``start`` (to ``end``, if given) and
    ``rule`` on every other law date.

    If ``rule`` is already chosen by law date ([`ByLawDate`][integra.rules.core.ByLawDate]), the
    new version is added to its versions; otherwise ``rule`` becomes the version of every other
    date. The result keeps ``rule``'s name and label unless others are given. ``citation`` and
    ``certainty`` state where the new version comes from; ``reviewed_until`` how far the
    organisation has checked an open-ended version (see
    [`Timeline.amended`][integra.law.Timeline.amended]).

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.law import Certainty, Citation
        >>> from integra.parameters import URP
        >>> from integra.rules import WORKING_AGE, AgeBetween
        >>> ours = amend(
        ...     WORKING_AGE,
        ...     AgeBetween(minimum=18, below=67),
        ...     date(2028, 1, 1),
        ...     citation=Citation(URP),
        ...     certainty=Certainty.DERIVED,
        ...     note="a hypothetical bound, for illustration",
        ... )
        >>> p = Person(date(1962, 6, 1), Sex.MALE)
        >>> ours.evaluate(p, date(2027, 12, 31)).outcome.value, ours.evaluate(p, date(2028, 1, 1)).outcome.value
        ('not_eligible', 'eligible')
        >>> ours.name
        'working_age'
    """
    if not isinstance(rule, Rule) or not isinstance(version, Rule):
        raise InvalidValue("amend takes rules")
    entry: Dated[Rule] = Dated(
        version, start, end, citation=citation, certainty=certainty, note=note
    )
    if isinstance(rule, ByLawDate):
        versions = rule.versions.amended(entry, reviewed_until=reviewed_until)
    else:
        base: Timeline[Rule] = Timeline(
            f"versions of {rule.name}",
            (Dated(rule, date.min, citation=rule.citation_on(start)),),
        )
        versions = base.amended(entry, reviewed_until=reviewed_until)
    return ByLawDate(
        versions,
        name=rule.name if name is None else name,
        label=rule.label if label is None else label,
    )


def replace(rule: Rule, old: Rule, new: Rule) -> Rule:
    """``rule`` with every occurrence of the part ``old`` (compared by identity) replaced by
    ``new``, through compositions (``&``, ``|``, ``~``) and versions by law date. Names and
    labels of the compositions are kept.

    Examples:
        >>> from datetime import date
        >>> from integra.law import Certainty, Citation
        >>> from integra.parameters import URP
        >>> from integra.rules import REGISTERED_UNEMPLOYED, WORKING_AGE, AgeBetween, all_of
        >>> recruitment = all_of(REGISTERED_UNEMPLOYED, WORKING_AGE, name="our_recruitment")
        >>> ours = amend(WORKING_AGE, AgeBetween(minimum=18, below=67), date(2028, 1, 1),
        ...              citation=Citation(URP), certainty=Certainty.DERIVED)
        >>> rule = replace(recruitment, WORKING_AGE, ours)
        >>> rule.name, rule.rules[1] is ours, recruitment.rules[1] is WORKING_AGE
        ('our_recruitment', True, True)
        >>> replace(recruitment, ours, WORKING_AGE) is recruitment  # nothing to replace
        True
    """
    if rule is old:
        return new
    if isinstance(rule, AllOf | AnyOf):
        parts = tuple(replace(part, old, new) for part in rule.rules)
        if all(a is b for a, b in zip(parts, rule.rules, strict=True)):
            return rule
        return attrs.evolve(rule, rules=parts)
    if isinstance(rule, Not):
        inner = replace(rule.rule, old, new)
        return rule if inner is rule.rule else attrs.evolve(rule, rule=inner)
    if isinstance(rule, ByLawDate):
        entries = tuple(
            attrs.evolve(entry, value=replace(entry.value, old, new))
            for entry in rule.versions.entries
        )
        if all(a.value is b.value for a, b in zip(entries, rule.versions.entries, strict=True)):
            return rule
        return attrs.evolve(rule, versions=attrs.evolve(rule.versions, entries=entries))
    return rule
