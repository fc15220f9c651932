"""Screening a population in columns with the same rule values as the scalar path.

[`screen`][integra.bulk.evaluate.screen] walks each rule — ``AllOf``, ``AnyOf``, ``Not``,
``ByLawDate`` and conditions — once for the whole population: each law version is looked up
once for the date, each condition's columnar kernel (its ``columns`` method, beside its scalar
logic in its rule module) computes every person's outcome at once, and the compositions combine
the outcome codes under Kleene logic (conjunction is the minimum, disjunction the maximum). A
condition without a kernel is evaluated person by person by the scalar path, and the result
names the rules that needed it (``Screening.fell_back``).

A record that cannot be evaluated does not stop the screening. A person born after the
screening date has no answer on the scalar path (it refuses to evaluate them); here their row is
*refused*: ``Screening.refused`` marks it, the ``error`` column says why (the scalar path's
message, naming the field, never a value), every rule's outcome is missing (``None``, ``NA`` in
pandas, null in pyarrow and polars; never ``eligible`` or ``not_eligible``), and
``explain(person_id)`` raises the scalar path's error. A person refused when the tables were
read (``Population.from_tables(..., errors="refuse")``) is refused here too, with the reason
the reader gave. Everyone else is screened as usual.

A subclass of a library condition that changes how it decides (``_decide``, ``evaluate_in``,
``outcome_in``, ``_version`` or ``_decides_uncollected``, on the class or the instance), or whose
law is not a plain ``Timeline``, is never screened with its parent's kernel: it is evaluated by
the scalar path (and named in ``fell_back``) unless it brings a kernel of its own.

Examples:
    >>> from datetime import date
    >>> from integra import DateRange, Person, Registration, Sex
    >>> from integra.rules import LONG_TERM_UNEMPLOYED, WORKING_AGE
    >>> from integra.bulk import Population
    >>> p = Person(date(1980, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2023, 1, 2)))])
    >>> result = screen([LONG_TERM_UNEMPLOYED, WORKING_AGE], Population.from_persons([p]), date(2024, 1, 15))
    >>> result.outcomes("long_term_unemployed").tolist(), result.fell_back
    (['eligible'], ())
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import attrs
import numpy as np

from integra._extras import require
from integra.bulk._days import day_number
from integra.bulk.frame import ELIGIBLE, UNKNOWN, Frame, fact_bit
from integra.bulk.population import Population
from integra.errors import InvalidValue
from integra.law import Certainty, Timeline, weakest
from integra.rules.core import (
    AllOf,
    AnyOf,
    ByLawDate,
    Condition,
    Context,
    Fact,
    Not,
    Outcome,
    Rule,
    RuleSet,
    Verdict,
)

__all__ = ["REFUSED", "Screening", "screen"]

REFUSED = -1
"""The outcome code of a person whose record was refused (born after the screening date): the
scalar path gives no verdict for them, so no rule has an outcome.

It is not an outcome: leave refused persons out (``codes[~result.refused]``) before indexing a
table of the three outcomes with the codes (numpy reads index -1 as the *last* entry, so a
refused person would read as eligible), before arithmetic (``2 - codes`` gives 3), and before
``!=`` or ``<`` (``codes != 2`` counts them as not eligible or unknown). Equality with the code
meant (``codes == 2``) is safe.

Examples:
    >>> from datetime import date
    >>> from integra import Person, Sex
    >>> from integra.rules import WORKING_AGE
    >>> from integra.bulk import Population
    >>> unborn = Population.from_persons([Person(date(2025, 1, 1), Sex.FEMALE)])
    >>> screen([WORKING_AGE], unborn, date(2024, 1, 1)).codes["working_age"].tolist() == [REFUSED]
    True
"""

_OUTCOMES = (Outcome.NOT_ELIGIBLE, Outcome.UNKNOWN, Outcome.ELIGIBLE)
_BY_STRENGTH = tuple(sorted(Certainty, key=lambda c: c.strength))
_CODE = {outcome: code for code, outcome in enumerate(_OUTCOMES)}
# Indexed by outcome code minus REFUSED: no outcome first, then the three outcomes in code order
# (never by the code itself, which would read a refused person as the last entry).
_OUTCOME_TEXT = np.array([None, *(o.value for o in _OUTCOMES)], dtype=object)
_REFUSED_KEY = "refused"
# The scalar path's error for a person born after the date of the facts (``Context``): the same
# words, so that a refused row reads as the scalar ``ScreeningResult.error`` does.
_BORN_AFTER = "the evaluation date is before Person.birth_date"
_LAW = fact_bit(Fact.LAW)
_FACTS = tuple(Fact)
_HISTORY_FACTS = {
    Fact.REGISTRATIONS: "registrations",
    Fact.BENEFIT_AWARDS: "benefit_awards",
    Fact.SOCIAL_CONTRACTS: "social_contracts",
    Fact.CERTIFICATES: "certificates",
    Fact.RESIDENCES: "residences",
    Fact.HOUSEHOLDS: "households",
    Fact.SITUATIONS: "situations",
    Fact.ENTITLEMENTS: "entitlements",
}


def _mask_facts(mask: int) -> tuple[Fact, ...]:
    return tuple(f for i, f in enumerate(_FACTS) if mask >> i & 1)


@attrs.frozen(slots=True, eq=False, repr=False)
class Screening:
    """The outcome of every rule for every person of a population, in columns.

    Attributes:
        population: The population screened.
        rules: The rules, in the order given (columns are named by ``rule.name``).
        on: The date of the facts.
        law_on: The date of the law applied.
        codes: For each rule name, the outcome codes (0 not eligible, 1 unknown, 2 eligible,
            [`REFUSED`][integra.bulk.evaluate.REFUSED] (-1) where the person was refused). Leave
            refused persons out (``codes[~refused]``) before a lookup by code, arithmetic, ``!=``
            or ``<``: -1 indexes the last entry of a table. ``codes == 2`` is safe.
        missing: For each rule name, the bit masks of the facts missing where ``UNKNOWN``.
        fell_back: The names of the rules with a part that had no columnar kernel and was
            evaluated person by person.
        refused: For each person, whether their record was refused rather than evaluated (born
            after ``on``; the scalar path refuses them too): no rule has an outcome for them,
            and the ``error`` column of [`columns`][integra.bulk.evaluate.Screening.columns]
            says why.
        observed: For each rule name whose conditions read facts counted under dated law (an
            income counted from items), the strength of the weakest certainty of that law,
            person by person; rules absent read none. See
            [`certainties`][integra.bulk.evaluate.Screening.certainties].

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import INCOME_WITHIN_CRITERION
        >>> from integra.bulk import Population
        >>> s = screen([INCOME_WITHIN_CRITERION], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
        >>> s.missing_facts("income_within_criterion")
        [('households',)]
    """

    population: Population
    rules: tuple[Rule, ...]
    on: date
    law_on: date
    codes: dict[str, Any]
    missing: dict[str, Any]
    fell_back: tuple[str, ...]
    refused: Any
    observed: dict[str, Any] = attrs.field(factory=dict)

    def __len__(self) -> int:
        return len(self.population)

    def __repr__(self) -> str:
        refused = int(self.refused.sum())
        tail = f"; {refused} refused" if refused else ""
        return f"<Screening of {len(self)} persons by {len(self.rules)} rules on {self.on}{tail}>"

    @property
    def names(self) -> tuple[str, ...]:
        """The rules' names, in order.

        Examples:
            >>> from datetime import date
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> screen([WORKING_AGE], Population.from_persons([]), date(2024, 1, 1)).names
            ('working_age',)
        """
        return tuple(r.name for r in self.rules)

    def outcomes(self, name: str) -> Any:
        """The outcomes of rule ``name`` as text (``"eligible"``, ``"not_eligible"``,
        ``"unknown"``), one per person; ``None`` for a refused person.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> screen([WORKING_AGE], Population.from_persons([Person(date(1950, 1, 1), Sex.MALE)]), date(2024, 1, 1)).outcomes("working_age").tolist()
            ['not_eligible']
        """
        return _OUTCOME_TEXT[self._codes(name) - REFUSED]

    def counts(self, name: str) -> dict[str, int]:
        """How many persons got each outcome of rule ``name``, and how many were refused
        (``"refused"``: no outcome, see [`refused`][integra.bulk.evaluate.Screening]).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> people = [Person(date(y, 1, 1), Sex.MALE) for y in (1950, 1990, 1991, 2025)]
            >>> screen([WORKING_AGE], Population.from_persons(people), date(2024, 1, 1)).counts("working_age")
            {'eligible': 2, 'not_eligible': 1, 'unknown': 0, 'refused': 1}
        """
        tally = np.bincount(self._codes(name) + 1, minlength=len(_OUTCOMES) + 1)
        return {
            Outcome.ELIGIBLE.value: int(tally[_CODE[Outcome.ELIGIBLE] + 1]),
            Outcome.NOT_ELIGIBLE.value: int(tally[_CODE[Outcome.NOT_ELIGIBLE] + 1]),
            Outcome.UNKNOWN.value: int(tally[_CODE[Outcome.UNKNOWN] + 1]),
            _REFUSED_KEY: int(tally[REFUSED + 1]),
        }

    def errors(self) -> Any:
        """For each person, why their record was refused (the scalar path's message, or the
        reader's for a person refused when the tables were read; naming the field, never a
        value), or ``None`` where it was evaluated.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE), Person(date(2025, 1, 1), Sex.FEMALE)])
            >>> screen([WORKING_AGE], pop, date(2024, 1, 1)).errors().tolist()
            [None, 'the evaluation date is before Person.birth_date']
        """
        codes, categories = self._error_codes()
        return np.array([None, *categories], dtype=object)[codes + 1]

    def _error_codes(self) -> tuple[Any, list[str]]:
        """The error of each person as a code into a list of texts (-1: evaluated)."""
        population = self.population
        codes = np.where(self.refused, 0, -1).astype(np.int32)
        categories = [_BORN_AFTER]
        read = population.refused
        if read.any():
            where = np.flatnonzero(read)
            reasons = [population.refusal(int(i)) for i in where]
            distinct = sorted(set(reasons), key=str)
            lookup = {reason: k + 1 for k, reason in enumerate(distinct)}
            codes[where] = [lookup[r] for r in reasons]
            categories.extend(str(r) for r in distinct)
        return codes, categories

    def _codes(self, name: str) -> Any:
        try:
            return self.codes[name]
        except KeyError:
            raise InvalidValue(f"no rule named {name!r} was screened") from None

    def missing_facts(self, name: str) -> list[tuple[str, ...] | None]:
        """For each person, the facts whose absence left rule ``name`` ``UNKNOWN`` (by their
        [`Fact`][integra.rules.core.Fact] values; empty where decided; ``None`` for a refused
        person).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> screen([WORKING_AGE], Population.from_persons([Person(date(1950, 1, 1), Sex.MALE)]), date(2024, 1, 1)).missing_facts("working_age")
            [()]
        """
        self._codes(name)
        masks = self.missing[name]
        table = {int(m): tuple(f.value for f in _mask_facts(int(m))) for m in np.unique(masks)}
        facts: list[tuple[str, ...] | None] = [table[int(m)] for m in masks]
        for i in np.flatnonzero(self.refused):
            facts[i] = None
        return facts

    def certainty(self, name: str) -> Certainty:
        """The certainty of the law behind rule ``name`` on the law date: the weakest certainty
        of every law value the rule reads on that date, the same for every person. A person's
        verdict may be less certain still where a fact it read was counted under law of its own
        (an income counted from items with a ``DERIVED`` per-hectare amount):
        [`certainties`][integra.bulk.evaluate.Screening.certainties] gives that, person by
        person.

        Examples:
            >>> from datetime import date
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> screen([WORKING_AGE], Population.from_persons([]), date(2024, 1, 1)).certainty("working_age")
            <Certainty.CONFIRMED: 'confirmed'>
        """
        rule = next((r for r in self.rules if r.name == name), None)
        if rule is None:
            raise InvalidValue(f"no rule named {name!r} was screened")
        return _certainty(rule, self.law_on)

    def certainties(self, name: str) -> list[Certainty | None]:
        """For each person, the certainty of their verdict of rule ``name``, as
        [`Verdict.certainty`][integra.rules.core.verdict.Verdict.certainty] gives it: the law of
        the rule on the law date and the law the facts it read were counted with; ``None`` for
        a refused person.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra import Household, Person, Sex
            >>> from integra.income import IncomeItem, IncomeSource, IncomeStatement
            >>> from integra.rules import INCOME_WITHIN_CRITERION
            >>> from integra.bulk import Population
            >>> farm = IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1.0000"))
            >>> counted = Household.from_statement(IncomeStatement(date(2025, 3, 3), 1, [farm]))
            >>> people = [Person(date(1990, 1, 1), Sex.MALE, households=[h]) for h in (counted, Household(1, Decimal("459.00")))]
            >>> s = screen([INCOME_WITHIN_CRITERION], Population.from_persons(people), date(2025, 3, 3))
            >>> [c.value for c in s.certainties("income_within_criterion")]
            ['derived', 'confirmed']
        """
        strength = self._strength(name)
        table = np.array([*_BY_STRENGTH, None], dtype=object)
        return list(table[np.where(self.refused, -1, strength)])

    def _strength(self, name: str) -> Any:
        """The strength of each person's certainty of rule ``name`` (refused persons included)."""
        law = self.certainty(name).strength
        observed = self.observed.get(name)
        if observed is None:
            return np.full(len(self), law, dtype=np.int8)
        return np.minimum(observed, law).astype(np.int8)

    def _coded(self) -> dict[str, tuple[Any, list[str]]]:
        """Every column but ``person_id`` as codes (``int32``, -1 where missing) into a list of
        texts: what the DataFrame exports turn into categories without a Python loop per
        row."""
        out: dict[str, tuple[Any, list[str]]] = {"error": self._error_codes()}
        refused = self.refused
        any_refused = bool(refused.any())
        outcome_texts = [o.value for o in _OUTCOMES]
        for name in self.names:
            codes = self.codes[name].astype(np.int32)  # REFUSED is already -1
            out[name] = (codes, outcome_texts)
            masks = self.missing[name]
            present = np.flatnonzero(np.bincount(masks, minlength=1))
            # No person (an empty caseload) gives no mask at all: nothing to look up.
            lookup = np.zeros(int(present[-1]) + 1 if len(present) else 1, dtype=np.int32)
            lookup[present] = np.arange(len(present), dtype=np.int32)
            fact_codes = lookup[masks]
            texts = [", ".join(f.value for f in _mask_facts(int(m))) for m in present]
            strength = self._strength(name)
            levels = np.flatnonzero(np.bincount(strength, minlength=1))
            index = np.zeros(len(_BY_STRENGTH), dtype=np.int32)
            index[levels] = np.arange(len(levels), dtype=np.int32)
            certainty = index[strength]
            if any_refused:
                fact_codes = np.where(refused, -1, fact_codes).astype(np.int32)
                certainty[refused] = -1
            out[f"{name}_missing"] = (fact_codes, texts)
            out[f"{name}_certainty"] = (certainty, [_BY_STRENGTH[k].value for k in levels])
        return out

    def columns(self) -> dict[str, Any]:
        """The result as columns: ``person_id``; ``error``, why the person's record was refused
        (``None`` where it was evaluated); then for each rule its outcome (``<name>``), the
        missing facts joined by commas (``<name>_missing``, empty where decided) and the
        certainty of the law applied (``<name>_certainty``) — all three ``None`` for a refused
        person. Each is a numpy array (text as Python objects); the DataFrame exports below
        keep text as categories instead.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> cols = screen([WORKING_AGE], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1)).columns()
            >>> list(cols), cols["working_age"].tolist()
            (['person_id', 'error', 'working_age', 'working_age_missing', 'working_age_certainty'], ['eligible'])
        """
        out: dict[str, Any] = {"person_id": self.population.ids}
        for name, (codes, texts) in self._coded().items():
            out[name] = np.array([*texts, None], dtype=object)[codes]
        return out

    def to_arrow(self) -> Any:
        """The result as a pyarrow Table: ``person_id`` as given, every other column
        dictionary-encoded text (null where missing), built from codes without a Python loop
        per person.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> table = screen([WORKING_AGE], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1)).to_arrow()
            >>> table.num_rows, table.column("working_age").to_pylist()
            (1, ['eligible'])
        """
        import pyarrow as pa

        columns: dict[str, Any] = {"person_id": self.population._id_array}
        for name, (codes, texts) in self._coded().items():
            absent = codes < 0
            indices = pa.array(codes, mask=absent if absent.any() else None, type=pa.int32())
            columns[name] = pa.DictionaryArray.from_arrays(
                indices, pa.array(texts, type=pa.string())
            )
        return pa.table(columns)

    def to_pandas(self) -> Any:
        """The result as a pandas DataFrame, every text column a category (missing where the
        value is); needs pandas.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> df = screen([WORKING_AGE], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1)).to_pandas()
            >>> df["working_age"].tolist(), str(df["working_age"].dtype)
            (['eligible'], 'category')
        """
        pd = require("pandas", "pandas", needed_by="Screening.to_pandas")

        data: dict[str, Any] = {"person_id": self.population.ids}
        for name, (codes, texts) in self._coded().items():
            data[name] = pd.Categorical.from_codes(codes, categories=pd.Index(texts, dtype=object))
        return pd.DataFrame(data, copy=False)

    def to_polars(self) -> Any:
        """The result as a polars DataFrame, every text column categorical; needs polars.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> df = screen([WORKING_AGE], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1)).to_polars()
            >>> df["working_age"].to_list()
            ['eligible']
        """
        pl = require("polars", "polars", needed_by="Screening.to_polars")

        return pl.from_arrow(self.to_arrow())

    def explain(self, person_id: Any) -> tuple[Verdict, ...]:
        """The full explained verdicts of every rule for one person, from the scalar path.

        Raises:
            InvalidValue: No person has ``person_id``, or the person was refused (born after
                ``on``): the scalar path's error, naming the field, never the value.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> from integra.bulk import Population
            >>> s = screen([WORKING_AGE], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> print(s.explain(0)[0].explain())
            ELIGIBLE: of working age — aged 34 on 2024-01-01; required: aged 18 or more and under 65 (men) (Art. 2(1)(2) of the Act on Employment Promotion and Labour Market Institutions (UPZ))
            >>> screen([WORKING_AGE], Population.from_persons([Person(date(2025, 1, 1), Sex.MALE)]), date(2024, 1, 1)).explain(0)
            Traceback (most recent call last):
            ...
            integra.errors.InvalidValue: the evaluation date is before Person.birth_date
        """
        ctx = Context(self.population.person(person_id), self.on, self.law_on)
        return tuple(rule.evaluate_in(ctx) for rule in self.rules)


def screen(
    rules: Sequence[Rule], population: Population, on: date, law_on: date | None = None
) -> Screening:
    """Evaluate ``rules`` for every person of ``population`` on ``on`` under the law of
    ``law_on`` (by default ``on``), in columns.

    A person born after ``on`` does not stop the screening: as the scalar path, which refuses
    to evaluate them, their row is refused (``Screening.refused``, an ``error`` column, no
    outcome for any rule), and everyone else is screened.

    Raises:
        InvalidValue: Two rules have the same name, or a date is not a ``datetime.date``.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> from integra.bulk import Population
        >>> screen([WORKING_AGE], Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1)).codes["working_age"].tolist()
        [2]
    """
    if type(on) is not date or (law_on is not None and type(law_on) is not date):
        raise InvalidValue("the evaluation dates must be datetime.date values")
    # As the scalar path: a question about a person before birth has no answer; their rows are
    # refused and the others screened.
    refused = (population.birth > day_number(on)) | population.refused
    any_refused = bool(refused.any())
    rules = tuple(rules)
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise InvalidValue("the rules screened together must have different names")
    walker = _Walker(Frame(population, on, law_on), refused if any_refused else None)
    codes: dict[str, Any] = {}
    missing: dict[str, Any] = {}
    observed: dict[str, Any] = {}
    fell_back: list[str] = []
    for rule in rules:
        walker.fell_back = False
        rule_codes, rule_missing = walker.eval(rule)
        strength = walker.observed.get(rule)
        if strength is not None:
            strength.flags.writeable = False
            observed[rule.name] = strength
        if any_refused:
            rule_codes = np.where(refused, REFUSED, rule_codes).astype(np.int8)
            rule_missing = np.where(refused, 0, rule_missing).astype(np.uint16)
        rule_codes.flags.writeable = False
        rule_missing.flags.writeable = False
        codes[rule.name], missing[rule.name] = rule_codes, rule_missing
        if walker.fell_back or rule in walker.fallen:
            fell_back.append(rule.name)
    refused.flags.writeable = False
    return Screening(
        population,
        rules,
        on,
        walker.frame.law_on,
        codes,
        missing,
        tuple(fell_back),
        refused,
        observed,
    )


class _Walker:
    """Evaluates rule trees over a frame, each rule once."""

    def __init__(self, frame: Frame, refused: Any = None) -> None:
        self.frame = frame
        self.refused = refused  # persons not evaluated (their rows are overwritten afterwards)
        self.done: dict[Rule, tuple[Any, Any]] = {}
        # The strength of the certainty of the law behind the facts each rule read, person by
        # person (absent: facts taken as given), as Verdict.certainty weakens it.
        self.observed: dict[Rule, Any] = {}
        self.fallen: set[Rule] = set()
        self.fell_back = False
        self._persons: list[Any] | None = None
        self.uncollected: dict[Fact, Any] | None = None
        self.columnar: dict[Rule, bool] = {}
        self._contexts: list[Context | None] | None = None
        # The mask of a rule with nothing missing for anyone, shared (read-only) by every such
        # rule instead of one array of zeros each.
        self.none_missing = np.zeros(frame.n, dtype=np.uint16)
        self.none_missing.flags.writeable = False

    def eval(self, rule: Rule) -> tuple[Any, Any]:
        found = self.done.get(rule)
        if found is not None:
            return found
        before = self.fell_back
        self.fell_back = False
        result = self._eval(rule)
        if self.fell_back:
            self.fallen.add(rule)
        self.fell_back = self.fell_back or before
        self.done[rule] = result
        return result

    def _columnar(self, rule: Rule) -> bool:
        """Whether every part of ``rule`` answers in columns as it answers on the scalar path.
        A composition with a part that does not is evaluated whole by the scalar path: a part's
        outcome inside a composition (``outcome_in``) and its own verdict may differ for a
        user's subclass, and only the scalar path tells them apart."""
        found = self.columnar.get(rule)
        if found is None:
            kind = type(rule)
            if kind is AllOf or kind is AnyOf or kind is Not:
                found = all(self._columnar(part) for part in rule.parts())
            elif kind is ByLawDate:
                version = rule.versions.get(self.frame.law_on)  # type: ignore[attr-defined]
                found = version is None or self._columnar(version)
            elif isinstance(rule, Condition):
                law = rule.law
                no_law = law is not None and law.get(self.frame.law_on) is None
                found = no_law or _kernel(rule) is not None
            else:
                found = False
            self.columnar[rule] = found
        return found

    def _eval(self, rule: Rule) -> tuple[Any, Any]:
        kind = type(rule)
        if not self._columnar(rule):
            return self._fallback(rule)
        if kind is AllOf or kind is AnyOf:
            parts = [self.eval(r) for r in rule.parts()]
            self._observed_of(rule, rule.parts())
            combine = np.minimum if kind is AllOf else np.maximum
            codes = parts[0][0].copy()
            for part_codes, _ in parts[1:]:
                combine(codes, part_codes, out=codes)
            missing = None
            for _, part_missing in parts:
                # A part's mask is set only where it is UNKNOWN; most parts have none.
                if part_missing is self.none_missing or not part_missing.any():
                    continue
                if missing is None:
                    missing = part_missing.copy()
                else:
                    missing |= part_missing
            if missing is None:
                return codes, self.none_missing
            missing[codes != UNKNOWN] = 0
            return codes, missing
        if kind is Not:
            codes, missing = self.eval(rule.parts()[0])
            self._observed_of(rule, rule.parts())
            return (ELIGIBLE - codes).astype(np.int8), missing
        if kind is ByLawDate:
            version = rule.versions.get(self.frame.law_on)  # type: ignore[attr-defined]
            if version is None:
                return self._no_law()
            result = self.eval(version)
            self._observed_of(rule, (version,))
            return result
        # A condition that answers in columns (``_columnar``): no law on the date, or a kernel.
        condition: Condition = rule  # type: ignore[assignment]
        law = condition.law
        version = None if law is None else law.get(self.frame.law_on)
        if version is None and law is not None:
            return self._no_law()
        result = _kernel(condition)(self.frame, version)
        strength = condition.certainty_columns(self.frame, version)
        if strength is not None:
            self.observed[rule] = np.asarray(strength, dtype=np.int8)
        return self._uncollected(condition, *self._with_missing(condition, result))

    def _observed_of(self, rule: Rule, parts: Any) -> None:
        """A composition's facts are as certain as the weakest of its parts' (every part
        counts, as in ``Verdict.certainty``)."""
        found = [self.observed[p] for p in parts if p in self.observed]
        if found:
            self.observed[rule] = np.minimum.reduce(found) if len(found) > 1 else found[0]

    def _uncollected(self, rule: Condition, codes: Any, missing: Any) -> tuple[Any, Any]:
        """As the scalar path: a history the condition reads that was not collected makes it
        ``UNKNOWN`` naming the history — unless the condition decides that itself, when only an
        answer short of ``ELIGIBLE`` becomes ``UNKNOWN``."""
        gaps = self._gaps(rule.facts)
        if gaps is None:
            return codes, missing
        hit = gaps != 0
        if rule._decides_uncollected:
            hit &= codes != ELIGIBLE
        return np.where(hit, UNKNOWN, codes).astype(np.int8), np.where(hit, gaps, missing).astype(
            np.uint16
        )

    def _gaps(self, facts: Any) -> Any:
        """The bits of the histories among ``facts`` not collected, person by person, or
        ``None`` where every person's were: decided once per history for the screening."""
        population = self.frame.population
        uncollected = self.uncollected
        if uncollected is None:
            uncollected = self.uncollected = {
                fact: ~population.collected(history)
                for fact, history in _HISTORY_FACTS.items()
                if not population.collected(history).all()
            }
        wanted = [fact for fact in uncollected if fact in facts]
        if not wanted:
            return None
        gaps = np.zeros(self.frame.n, dtype=np.uint16)
        for fact in wanted:
            gaps[uncollected[fact]] |= np.uint16(fact_bit(fact))
        return gaps

    def _no_law(self) -> tuple[Any, Any]:
        n = self.frame.n
        return np.full(n, UNKNOWN, dtype=np.int8), np.full(n, _LAW, dtype=np.uint16)

    def _with_missing(self, rule: Rule, result: Any) -> tuple[Any, Any]:
        if isinstance(result, tuple):
            codes, missing = result
        else:
            codes, missing = result, None
        codes = np.asarray(codes, dtype=np.int8)
        if missing is None:
            missing = self.none_missing
        else:
            missing = np.where(codes == UNKNOWN, missing, 0).astype(np.uint16)
        return codes, missing

    def _fallback(self, rule: Rule) -> tuple[Any, Any]:
        self.fell_back = True
        if self._contexts is None:
            frame = self.frame
            persons = frame.population.persons()
            skip = self.refused
            self._contexts = [
                None if skip is not None and skip[i] else Context(p, frame.on, frame.law_on)
                for i, p in enumerate(persons)
            ]
        codes = np.full(self.frame.n, UNKNOWN, dtype=np.int8)
        missing = np.zeros(self.frame.n, dtype=np.uint16)
        strength = np.full(self.frame.n, Certainty.CONFIRMED.strength, dtype=np.int8)
        observes = _observes(rule)
        # As a rule set, so that a large population is evaluated compiled.
        ruleset = RuleSet((rule,))
        for i, ctx in enumerate(self._contexts):
            if ctx is None:
                continue
            (verdict,) = ruleset.evaluate_in(ctx)
            if observes:
                strength[i] = verdict.certainty.strength
            codes[i] = _CODE[verdict.outcome]
            if verdict.outcome is Outcome.UNKNOWN:
                missing[i] = sum(fact_bit(f) for f in set(verdict.missing))
        if observes:
            self.observed[rule] = strength
        return codes, missing


_DECIDING = (
    "_decide",
    "evaluate_in",
    "outcome_in",
    "_version",
    "_decides_uncollected",
    "observed_certainty",
)


def _kernel(rule: Condition) -> Any:
    """The columnar kernel of ``rule``, or ``None`` where it has none that answers as it does:
    a class that changes how it decides below the class that defined the kernel, a method set
    on the instance, or a law that is not a plain ``Timeline`` (its versions may be found in
    another way) leaves the rule to the scalar path."""
    kind = type(rule)
    owner = next((k for k in kind.__mro__ if "columns" in vars(k)), None)
    if owner is None:
        return None
    for name in _DECIDING:
        defined = next((k for k in kind.__mro__ if name in vars(k)), None)
        if defined is not None and defined is not owner and issubclass(defined, owner):
            return None
    own: dict[str, Any] = getattr(rule, "__dict__", None) or {}
    if any(name in own for name in (*_DECIDING, "columns")):
        return None
    if rule.law is not None and type(rule.law) is not Timeline:
        return None
    return rule.columns  # type: ignore[attr-defined]


def _observes(rule: Rule) -> bool:
    """Whether a verdict of ``rule`` may be less certain than its law: a condition in it (in
    any version) weighs the certainty of the facts it observed, or a rule of a kind not known
    here may."""
    kind = type(rule)
    if kind is AllOf or kind is AnyOf or kind is Not:
        return any(_observes(part) for part in rule.parts())
    if kind is ByLawDate:
        versions = rule.versions.entries  # type: ignore[attr-defined]
        return any(e.value is not None and _observes(e.value) for e in versions)
    if isinstance(rule, Condition):
        own = getattr(rule, "__dict__", None) or {}
        return (
            "observed_certainty" in own
            or type(rule).observed_certainty is not Condition.observed_certainty
        )
    return True


def _certainty(rule: Rule, law_on: date) -> Certainty:
    """The certainty a verdict of ``rule`` carries on ``law_on`` (as
    [`Verdict.certainty`][integra.rules.core.verdict.Verdict.certainty] computes it: it depends
    on the law date alone, so it is the same for every person)."""
    own = rule.certainty_on(law_on)
    if own is Certainty.NO_LAW:
        return own
    if type(rule) is ByLawDate:
        version = rule.versions.get(law_on)
        parts: tuple[Rule, ...] = () if version is None else (version,)
    elif isinstance(rule, Condition):
        parts = ()
    else:
        parts = rule.parts()
    return weakest([own, *(_certainty(part, law_on) for part in parts)])
