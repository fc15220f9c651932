"""What changes if the rule changes: two versions of a rule set over one caseload, in columns.

An analyst holds a baseline — the rules as they are, the law of one date — and a variant: another
recruitment rule, an amended criterion ([`with_law`][integra.rules.extending.with_law],
[`amend`][integra.rules.extending.amend]), or the same rules under the law of another date (the
act of 2025 against the act it replaced). [`compare`][integra.bulk.compare.compare] screens the
caseload under both with [`integra.bulk.screen`][integra.bulk.evaluate.screen] and answers "who
changes, why, and from when":

* [`Comparison.transitions`][integra.bulk.compare.Comparison.transitions]: for each pair of rules,
  how many persons go from each outcome (eligible, not eligible, unknown, refused) to each;
  [`transitions_by`][integra.bulk.compare.Comparison.transitions_by] gives one table per value of
  any per-person key (sex, [`age_bands`][integra.bulk.compare.age_bands],
  [`gmina_on`][integra.bulk.compare.gmina_on]);
* [`Comparison.changes`][integra.bulk.compare.Comparison.changes]: the persons whose outcome
  changes, with both outcomes and the facts that would settle an ``unknown`` on either side;
* [`Comparison.explain`][integra.bulk.compare.Comparison.explain] and
  [`eligible_from`][integra.bulk.compare.Comparison.eligible_from]: one person's two explained
  verdicts side by side, and from which date each side would make them eligible (the scalar
  path);
* DataFrames (``to_pandas``, ``to_arrow``, ``to_polars``) and a chart
  ([`Comparison.plot`][integra.bulk.compare.Comparison.plot], matplotlib).

Comparing costs two screenings and a count; the answers are those of the scalar rules, person by
person, for either side.

Examples:
    >>> from datetime import date
    >>> from integra.bulk import generate
    >>> from integra.rules import INCOME_WITHIN_CRITERION
    >>> c = compare([INCOME_WITHIN_CRITERION], [INCOME_WITHIN_CRITERION], generate(2000, seed=3),
    ...             date(2025, 3, 1), baseline_law_on=date(2024, 12, 31))
    >>> t = c.transitions("income_within_criterion")
    >>> t.count("not_eligible", "eligible") > 0, t.count("eligible", "not_eligible")
    (True, 0)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

import attrs
import numpy as np

from integra._extras import require
from integra.bulk.evaluate import Screening, screen
from integra.bulk.frame import Frame, fact_bit
from integra.bulk.population import Population
from integra.errors import InvalidValue
from integra.labels import Language, format_date
from integra.rules.core import Context, Fact, Rule, Verdict, eligible_from

__all__ = [
    "STATES",
    "Comparison",
    "ComparisonTable",
    "Pairing",
    "SideBySide",
    "Transitions",
    "age_bands",
    "compare",
    "gmina_on",
]

STATES = ("eligible", "not_eligible", "unknown", "refused")
"""The rows and columns of a transition table, in order: the three outcomes and ``refused`` (a
person born after the date of the facts, whom neither side evaluates).

Examples:
    >>> STATES.index("unknown")
    2
"""

_N = len(STATES)
# For each state of STATES, its outcome code plus one (refused -1, not eligible 0, unknown 1,
# eligible 2): the order in which tables counted by code are read out.
_CODE_OF_STATE = np.array([3, 1, 2, 0], dtype=np.intp)
# The outcome of each code plus one as text (a refused person has none).
_TEXT = np.array([None, "not_eligible", "unknown", "eligible"], dtype=object)


class Pairing(enum.Enum):
    """How the rules of the baseline are paired with those of the variant.

    Examples:
        >>> Pairing("position")
        <Pairing.POSITION: 'position'>
    """

    NAME = "name"
    """Each rule with the rule of the other side of the same name (``pairs`` adds others)."""
    POSITION = "position"
    """The first rule with the first, the second with the second, whatever their names."""


@attrs.frozen(slots=True, eq=False, repr=False)
class Transitions:
    """How many persons went from each state under the baseline to each under the variant, for
    one pair of rules.

    Attributes:
        baseline: The name of the baseline's rule.
        variant: The name of the variant's rule.
        counts: A 4 × 4 array of counts: row = state under the baseline, column = state under
            the variant, both in the order of [`STATES`][integra.bulk.compare.STATES].

    Examples:
        >>> t = Transitions("a", "a", np.array([[5, 1, 0, 0], [0, 7, 2, 0], [0, 0, 3, 0], [0, 0, 0, 1]]))
        >>> t.count("eligible", "not_eligible"), t.changed, t.total
        (1, 3, 19)
        >>> print(t)
        a: baseline (rows) → variant (columns)
                      eligible  not_eligible  unknown  refused
        eligible             5             1        0        0
        not_eligible         0             7        2        0
        unknown              0             0        3        0
        refused              0             0        0        1
    """

    baseline: str
    variant: str
    counts: Any

    def __repr__(self) -> str:
        return f"<Transitions of {self.baseline}: {self.changed} of {self.total} changed>"

    def __str__(self) -> str:
        title = (
            self.baseline if self.baseline == self.variant else f"{self.baseline} → {self.variant}"
        )
        width = max(len(s) for s in STATES)
        cells = [max(len(s), len(str(int(self.counts.max(initial=0))))) for s in STATES]
        lines = [f"{title}: baseline (rows) → variant (columns)"]
        lines.append(
            " " * width + "".join(f"  {s:>{w}}" for s, w in zip(STATES, cells, strict=True))
        )
        for i, state in enumerate(STATES):
            row = "".join(f"  {int(n):>{w}}" for n, w in zip(self.counts[i], cells, strict=True))
            lines.append(f"{state:<{width}}{row}")
        return "\n".join(lines)

    @property
    def total(self) -> int:
        """The number of persons counted.

        Examples:
            >>> Transitions("a", "a", np.eye(4, dtype=np.int64)).total
            4
        """
        return int(self.counts.sum())

    @property
    def changed(self) -> int:
        """The number of persons whose state differs between the two sides.

        Examples:
            >>> Transitions("a", "a", np.eye(4, dtype=np.int64)).changed
            0
        """
        return self.total - int(np.trace(self.counts))

    def count(self, before: str, after: str) -> int:
        """How many persons were ``before`` under the baseline and are ``after`` under the
        variant (each one of [`STATES`][integra.bulk.compare.STATES]).

        Raises:
            InvalidValue: ``before`` or ``after`` is not a state.

        Examples:
            >>> Transitions("a", "a", np.eye(4, dtype=np.int64)).count("unknown", "unknown")
            1
            >>> Transitions("a", "a", np.eye(4, dtype=np.int64)).count("yes", "unknown")
            Traceback (most recent call last):
            ...
            integra.errors.InvalidValue: a state must be one of eligible, not_eligible, unknown, refused
        """
        return int(self.counts[_state(before), _state(after)])

    def to_dict(self) -> dict[str, dict[str, int]]:
        """The table as ``{baseline state: {variant state: count}}``.

        Examples:
            >>> Transitions("a", "a", np.eye(4, dtype=np.int64)).to_dict()["eligible"]
            {'eligible': 1, 'not_eligible': 0, 'unknown': 0, 'refused': 0}
        """
        return {
            before: {after: int(self.counts[i, j]) for j, after in enumerate(STATES)}
            for i, before in enumerate(STATES)
        }

    def to_pandas(self) -> Any:
        """The table as a pandas DataFrame (index: the baseline's state, columns: the
        variant's); needs pandas.

        Examples:
            >>> Transitions("a", "a", np.eye(4, dtype=np.int64)).to_pandas().loc["refused", "refused"].item()
            1
        """
        pd = require("pandas", "pandas", needed_by="integra.bulk.compare")

        frame = pd.DataFrame(self.counts.astype(np.int64), index=list(STATES), columns=list(STATES))
        frame.index.name, frame.columns.name = "baseline", "variant"
        return frame


def _state(name: str) -> int:
    try:
        return STATES.index(name)
    except ValueError:
        raise InvalidValue(f"a state must be one of {', '.join(STATES)}") from None


@attrs.frozen(slots=True, eq=False, repr=False)
class ComparisonTable:
    """Columns of equal length (numpy arrays), with conversions to DataFrames.

    Attributes:
        columns: The columns by name, in order.
        text: The names of the columns that hold text (``None`` where missing).

    Examples:
        >>> t = ComparisonTable({"rule": np.array(["a"], dtype=object), "persons": np.array([3])}, frozenset({"rule"}))
        >>> len(t), t.to_pandas()["persons"].tolist()
        (1, [3])
    """

    columns: dict[str, Any]
    text: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()), ()))

    def __repr__(self) -> str:
        return f"<ComparisonTable of {len(self)} rows: {', '.join(self.columns)}>"

    def to_pandas(self) -> Any:
        """The columns as a pandas DataFrame; needs pandas.

        Examples:
            >>> ComparisonTable({"x": np.array([1, 2])}).to_pandas().shape
            (2, 1)
        """
        pd = require("pandas", "pandas", needed_by="integra.bulk.compare")

        return pd.DataFrame(self.columns)

    def to_arrow(self) -> Any:
        """The columns as a pyarrow Table (text columns typed as strings even when every value
        is missing); needs pyarrow.

        Examples:
            >>> ComparisonTable({"x": np.array([None], dtype=object)}, frozenset({"x"})).to_arrow().schema.field("x").type
            DataType(string)
        """
        import pyarrow as pa

        return pa.table(
            {
                name: pa.array(values, type=pa.string() if name in self.text else None)
                for name, values in self.columns.items()
            }
        )

    def to_polars(self) -> Any:
        """The columns as a polars DataFrame; needs polars.

        Examples:
            >>> ComparisonTable({"x": np.array([None], dtype=object)}, frozenset({"x"})).to_polars().dtypes
            [String]
        """
        pl = require("polars", "polars", needed_by="integra.bulk.compare")

        return pl.DataFrame(
            [
                pl.Series(name, list(values), dtype=pl.String if name in self.text else None)
                for name, values in self.columns.items()
            ]
        )


@attrs.frozen(slots=True, eq=False, repr=False)
class SideBySide:
    """One person's two explained verdicts for one pair of rules, from the scalar path.

    Attributes:
        baseline: The verdict of the baseline's rule.
        variant: The verdict of the variant's rule.

    Examples:
        >>> from integra import Person, Sex
        >>> from integra.rules import WORKING_AGE
        >>> p = Person(date(1960, 6, 1), Sex.FEMALE)
        >>> pair = SideBySide(WORKING_AGE.evaluate(p, date(2020, 1, 1)), WORKING_AGE.evaluate(p, date(2020, 7, 1)))
        >>> pair, pair.changed
        (<SideBySide working_age: eligible → not_eligible>, True)
    """

    baseline: Verdict
    variant: Verdict

    def __repr__(self) -> str:
        return (
            f"<SideBySide {self.baseline.rule.name}: {self.baseline.outcome.value} → "
            f"{self.variant.outcome.value}>"
        )

    @property
    def changed(self) -> bool:
        """Whether the two outcomes differ.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> v = WORKING_AGE.evaluate(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1))
            >>> SideBySide(v, v).changed
            False
        """
        return self.baseline.outcome is not self.variant.outcome

    def explain(self, language: Language = "en", personal: bool = False) -> str:
        """Both explanations, the baseline's first, each headed by the law date it applies
        (``personal`` as in [`Verdict.explain`][integra.rules.core.verdict.Verdict.explain]).

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.rules import WORKING_AGE
            >>> p = Person(date(1960, 6, 1), Sex.FEMALE)
            >>> pair = SideBySide(WORKING_AGE.evaluate(p, date(2020, 1, 1)), WORKING_AGE.evaluate(p, date(2020, 7, 1)))
            >>> print(pair.explain())  # doctest: +ELLIPSIS
            baseline (law of 2020-01-01):
              ELIGIBLE: of working age — aged 59 on 2020-01-01; ...
            variant (law of 2020-07-01):
              NOT ELIGIBLE: of working age — aged 60 on 2020-07-01; ...
            >>> print(pair.explain("pl").splitlines()[0])
            wariant bazowy (stan prawny na dzień 01.01.2020 r.):
        """
        heads = (
            ("wariant bazowy", "wariant porównywany")
            if language == "pl"
            else ("baseline", "variant")
        )
        law = "stan prawny na dzień" if language == "pl" else "law of"
        out = []
        for head, verdict in zip(heads, (self.baseline, self.variant), strict=True):
            out.append(f"{head} ({law} {format_date(verdict.law_on, language)}):")
            out.append(verdict.explain(language, indent=1, personal=personal))
        return "\n".join(out)


@attrs.frozen(slots=True, eq=False, repr=False)
class Comparison:
    """Two screenings of one population — the baseline and the variant — and their rules
    paired.

    Attributes:
        baseline: The screening under the baseline (its rules, its law date).
        variant: The screening under the variant.
        pairs: The names of the paired rules, ``(baseline name, variant name)``, in the
            baseline's order. A pair is named by either name, the baseline's first.
        baseline_law_on: The baseline's law date as given (``None``: the law of the date
            asked, which moves with it in [`eligible_from`][integra.bulk.compare.Comparison.eligible_from]).
        variant_law_on: The variant's law date as given.

    Examples:
        >>> from integra import Person, Sex
        >>> from integra.bulk import Population
        >>> from integra.rules import AgeBetween, all_of
        >>> pop = Population.from_persons([Person(date(2000, 1, 1), Sex.MALE), Person(date(1996, 1, 1), Sex.FEMALE)])
        >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
        >>> c
        <Comparison of 2 persons, 1 pair of rules, on 2024-01-01: 1 changed>
        >>> c.changed().tolist()
        [False, True]
    """

    baseline: Screening
    variant: Screening
    pairs: tuple[tuple[str, str], ...]
    baseline_law_on: date | None = None
    variant_law_on: date | None = None

    def __len__(self) -> int:
        return len(self.baseline)

    def __repr__(self) -> str:
        n = len(self.pairs)
        return (
            f"<Comparison of {len(self)} persons, {n} pair{'' if n == 1 else 's'} of rules, "
            f"on {self.on}: {int(self.changed().sum())} changed>"
        )

    @property
    def population(self) -> Population:
        """The population compared.

        Examples:
            >>> from integra.bulk import Population
            >>> len(compare([], [], Population.from_persons([]), date(2024, 1, 1)).population)
            0
        """
        return self.baseline.population

    @property
    def on(self) -> date:
        """The date of the facts, the same for both sides.

        Examples:
            >>> from integra.bulk import Population
            >>> compare([], [], Population.from_persons([]), date(2024, 1, 1)).on
            datetime.date(2024, 1, 1)
        """
        return self.baseline.on

    def _pair(self, name: str) -> tuple[str, str]:
        for pair in self.pairs:
            if pair[0] == name:
                return pair
        for pair in self.pairs:
            if pair[1] == name:
                return pair
        raise InvalidValue(f"no pair of rules is named {name!r}")

    def _chosen(self, name: str | None) -> tuple[tuple[str, str], ...]:
        return self.pairs if name is None else (self._pair(name),)

    def _cells(self, pair: tuple[str, str]) -> Any:
        """Each person's cell of the transition table in code order: (baseline code + 1) × 4
        + variant code + 1, from 0 to 15 (small integers, so computed in int8)."""
        before = self.baseline.codes[pair[0]].astype(np.int8, copy=False)
        after = self.variant.codes[pair[1]].astype(np.int8, copy=False)
        return before * np.int8(_N) + after + np.int8(_N + 1)

    def transitions(self, name: str) -> Transitions:
        """The transition table of the pair ``name``.

        Raises:
            InvalidValue: No pair has that name.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(y, 1, 1), Sex.MALE) for y in (1990, 1996, 2000, 2025)])
            >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
            >>> c.transitions("young").to_dict()["not_eligible"]
            {'eligible': 1, 'not_eligible': 1, 'unknown': 0, 'refused': 0}
        """
        pair = self._pair(name)
        counts = np.bincount(self._cells(pair), minlength=_N * _N).reshape(_N, _N)
        return Transitions(pair[0], pair[1], counts[_CODE_OF_STATE][:, _CODE_OF_STATE])

    def transitions_by(self, name: str, key: Any) -> dict[Any, Transitions]:
        """One transition table of the pair ``name`` per value of ``key``, an array-like of
        one value per person (a person column: ``population.female``,
        [`age_bands`][integra.bulk.compare.age_bands], [`gmina_on`][integra.bulk.compare.gmina_on],
        a column of your own table in the population's order). Keys are sorted where they can
        be, else in order of first appearance; a key with no one has no table.

        Raises:
            InvalidValue: No pair has that name, or ``key`` does not hold one value per person.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(1996, 1, 1), Sex.MALE), Person(date(1996, 1, 1), Sex.FEMALE), Person(date(1990, 1, 1), Sex.FEMALE)])
            >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
            >>> {sex: t.changed for sex, t in c.transitions_by("young", pop.female).items()}
            {False: 1, True: 1}
        """
        pair = self._pair(name)
        values, groups = _factorize(key, len(self))
        cells = np.bincount(
            groups * (_N * _N) + self._cells(pair), minlength=len(values) * _N * _N
        ).reshape(len(values), _N, _N)
        return {
            value: Transitions(pair[0], pair[1], cells[i][_CODE_OF_STATE][:, _CODE_OF_STATE])
            for i, value in enumerate(values)
        }

    def transition_table(self, key: Any = None, key_name: str = "key") -> ComparisonTable:
        """Every pair's transitions as one long table: ``rule`` (the baseline's name),
        ``variant_rule``, then ``key_name`` if ``key`` is given (as in
        [`transitions_by`][integra.bulk.compare.Comparison.transitions_by]), ``baseline``,
        ``variant`` (states) and ``persons``; only cells with someone in them.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(y, 1, 1), Sex.MALE) for y in (1996, 2000)])
            >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
            >>> c.transition_table().to_pandas().to_dict("records")
            [{'rule': 'young', 'variant_rule': 'young', 'baseline': 'eligible', 'variant': 'eligible', 'persons': 1}, {'rule': 'young', 'variant_rule': 'young', 'baseline': 'not_eligible', 'variant': 'eligible', 'persons': 1}]
            >>> c.transition_table(pop.female, "female").columns["female"].tolist()
            [False, False]
        """
        rows: list[tuple[str, str, Any, str, str, int]] = []
        for pair in self.pairs:
            if key is None:
                tables: Mapping[Any, Transitions] = {None: self.transitions(pair[0])}
            else:
                tables = self.transitions_by(pair[0], key)
            for value, table in tables.items():
                for i, j in zip(*np.nonzero(table.counts), strict=True):
                    rows.append(
                        (pair[0], pair[1], value, STATES[i], STATES[j], int(table.counts[i, j]))
                    )
        names = ("rule", "variant_rule", key_name, "baseline", "variant")
        columns: dict[str, Any] = {}
        for k, name in enumerate(names):
            if name == key_name and key is None:
                continue
            columns[name] = np.array([row[k] for row in rows], dtype=object)
        columns["persons"] = np.array([row[5] for row in rows], dtype=np.int64)
        return ComparisonTable(columns, frozenset({"rule", "variant_rule", "baseline", "variant"}))

    def changed(self, name: str | None = None) -> Any:
        """For each person, whether the pair ``name`` (by default: any pair) gives another
        state under the variant than under the baseline.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(y, 1, 1), Sex.MALE) for y in (1996, 2000)])
            >>> compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1)).changed("young").tolist()
            [True, False]
        """
        out = np.zeros(len(self), dtype=bool)
        for pair in self._chosen(name):
            out |= self.baseline.codes[pair[0]] != self.variant.codes[pair[1]]
        return out

    def changes(self, name: str | None = None, *, everyone: bool = False) -> ComparisonTable:
        """The persons whose state changes for the pair ``name`` (by default: for any pair;
        with ``everyone``, every person), as columns: ``person_id``, ``error`` (why a record
        was refused, as [`Screening.errors`][integra.bulk.evaluate.Screening.errors]), then for
        each pair, named by the baseline's rule: ``<name>_baseline`` and ``<name>_variant``
        (the outcomes; ``None`` for a refused person) and ``<name>_baseline_missing``,
        ``<name>_variant_missing`` (the facts that would settle an ``unknown``, joined by
        commas; empty where decided).

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(y, 1, 1), Sex.MALE) for y in (1996, 2000)])
            >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
            >>> c.changes().to_pandas().to_dict("records")
            [{'person_id': 0, 'error': None, 'young_baseline': 'not_eligible', 'young_variant': 'eligible', 'young_baseline_missing': '', 'young_variant_missing': ''}]
        """
        pairs = self._chosen(name)
        rows = np.arange(len(self)) if everyone else np.flatnonzero(self.changed(name))
        columns: dict[str, Any] = {
            "person_id": self.population.ids[rows],
            "error": self.baseline.errors()[rows],
        }
        text = {"error"}
        for first, second in pairs:
            b_codes = self.baseline.codes[first][rows]
            v_codes = self.variant.codes[second][rows]
            columns[f"{first}_baseline"] = _TEXT[b_codes.astype(np.intp) + 1]
            columns[f"{first}_variant"] = _TEXT[v_codes.astype(np.intp) + 1]
            columns[f"{first}_baseline_missing"] = _facts_text(
                self.baseline.missing[first][rows], b_codes
            )
            columns[f"{first}_variant_missing"] = _facts_text(
                self.variant.missing[second][rows], v_codes
            )
            text |= {
                f"{first}_{side}{tail}"
                for side in ("baseline", "variant")
                for tail in ("", "_missing")
            }
        return ComparisonTable(columns, frozenset(text))

    def to_pandas(self, name: str | None = None) -> Any:
        """[`changes`][integra.bulk.compare.Comparison.changes] as a pandas DataFrame; needs
        pandas.

        Examples:
            >>> from integra.bulk import Population
            >>> compare([], [], Population.from_persons([]), date(2024, 1, 1)).to_pandas().columns.tolist()
            ['person_id', 'error']
        """
        return self.changes(name).to_pandas()

    def to_arrow(self, name: str | None = None) -> Any:
        """[`changes`][integra.bulk.compare.Comparison.changes] as a pyarrow Table; needs pyarrow.

        Examples:
            >>> from integra.bulk import Population
            >>> compare([], [], Population.from_persons([]), date(2024, 1, 1)).to_arrow().num_rows
            0
        """
        return self.changes(name).to_arrow()

    def to_polars(self, name: str | None = None) -> Any:
        """[`changes`][integra.bulk.compare.Comparison.changes] as a polars DataFrame; needs
        polars.

        Examples:
            >>> from integra.bulk import Population
            >>> compare([], [], Population.from_persons([]), date(2024, 1, 1)).to_polars().height
            0
        """
        return self.changes(name).to_polars()

    def explain(self, person_id: Any, name: str | None = None) -> tuple[SideBySide, ...]:
        """One person's verdicts under both sides, side by side, for the pair ``name`` (by
        default every pair), from the scalar path.

        Raises:
            InvalidValue: No person has ``person_id``, the person was refused (the scalar
                path's error, naming the field), or no pair has that name.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(1996, 1, 1), Sex.MALE)])
            >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
            >>> c.explain(0)
            (<SideBySide young: not_eligible → eligible>,)
        """
        pairs = self._chosen(name)
        person = self.population.person(person_id)
        before = Context(person, self.on, self.baseline_law_on)
        after = Context(person, self.on, self.variant_law_on)
        rules_before = {r.name: r for r in self.baseline.rules}
        rules_after = {r.name: r for r in self.variant.rules}
        return tuple(
            SideBySide(
                rules_before[first].evaluate_in(before), rules_after[second].evaluate_in(after)
            )
            for first, second in pairs
        )

    def eligible_from(
        self, person_id: Any, name: str, *, until: date | None = None
    ) -> tuple[date | None, date | None]:
        """From the date of the facts on, the first day each side's rule of the pair ``name``
        makes the person eligible, if their facts stay as they are
        ([`eligible_from`][integra.rules.core.timing.eligible_from]; ``None``: never, or not by
        ``until``). A side compared under a fixed law date keeps it; a side without one applies
        the law of each day.

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> pop = Population.from_persons([Person(date(2010, 3, 1), Sex.MALE)])
            >>> c = compare([all_of(AgeBetween(18), name="adult")], [all_of(AgeBetween(16), name="adult")], pop, date(2024, 1, 1))
            >>> c.eligible_from(0, "adult")
            (datetime.date(2028, 3, 1), datetime.date(2026, 3, 1))
        """
        first, second = self._pair(name)
        person = self.population.person(person_id)
        rule_before = next(r for r in self.baseline.rules if r.name == first)
        rule_after = next(r for r in self.variant.rules if r.name == second)
        return (
            eligible_from(rule_before, person, self.on, until=until, law_on=self.baseline_law_on),
            eligible_from(rule_after, person, self.on, until=until, law_on=self.variant_law_on),
        )

    def plot(self, names: Iterable[str] | None = None) -> Any:
        """A chart of the transitions: for each pair (or those named), the transition table as
        a grid of counts, shaded by the number of persons, the states that stay the same on the
        diagonal. Returns a matplotlib ``Figure`` (not shown; save it or display it in a
        notebook); needs matplotlib.

        Examples:
            >>> from integra.bulk import Population
            >>> from integra.rules import AgeBetween, all_of
            >>> from integra import Person, Sex
            >>> pop = Population.from_persons([Person(date(1996, 1, 1), Sex.MALE)])
            >>> c = compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="young")], pop, date(2024, 1, 1))
            >>> figure = c.plot()
            >>> type(figure).__name__, [a.get_title() for a in figure.axes]
            ('Figure', ['young: 1 of 1 changed'])
        """
        require("matplotlib", "integra-pl[charts]", needed_by="Comparison.plot")
        from matplotlib.figure import Figure

        chosen = self.pairs if names is None else tuple(self._pair(n) for n in names)
        refused = bool(self.baseline.refused.any())
        shown = _N if refused else _N - 1
        labels = [s.replace("_", " ") for s in STATES[:shown]]
        figure = Figure(figsize=(4.2 * max(len(chosen), 1), 4.0), layout="constrained")
        for k, pair in enumerate(chosen):
            ax = figure.add_subplot(1, len(chosen), k + 1)
            table = self.transitions(pair[0])
            counts = table.counts[:shown, :shown]
            ax.imshow(np.log1p(counts), cmap="Blues")
            peak = np.log1p(counts.max(initial=0))
            for i in range(shown):
                for j in range(shown):
                    dark = peak > 0 and np.log1p(counts[i, j]) > peak / 2
                    ax.text(
                        j,
                        i,
                        str(int(counts[i, j])),
                        ha="center",
                        va="center",
                        color="white" if dark else "black",
                        fontweight="normal" if i == j else "bold",
                    )
            ax.set_xticks(range(shown), labels, rotation=30, ha="right")
            ax.set_yticks(range(shown), labels)
            ax.set_xlabel(f"variant (law of {self.variant.law_on})")
            ax.set_ylabel(f"baseline (law of {self.baseline.law_on})")
            ax.set_title(f"{pair[0]}: {table.changed} of {table.total} changed", wrap=True)
        return figure

    def missing_facts(self, name: str) -> list[tuple[tuple[str, ...] | None, ...]]:
        """For each person, the facts that would settle the pair ``name`` under the baseline
        and under the variant (as [`Screening.missing_facts`][integra.bulk.evaluate.Screening.missing_facts]:
        empty where decided, ``None`` for a refused person).

        Examples:
            >>> from integra import Person, Sex
            >>> from integra.bulk import Population
            >>> from integra.rules import INCOME_WITHIN_CRITERION
            >>> pop = Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)])
            >>> compare([INCOME_WITHIN_CRITERION], [INCOME_WITHIN_CRITERION], pop, date(2024, 1, 1)).missing_facts("income_within_criterion")
            [(('households',), ('households',))]
        """
        first, second = self._pair(name)
        return list(
            zip(
                self.baseline.missing_facts(first),
                self.variant.missing_facts(second),
                strict=True,
            )
        )


def compare(
    baseline: Sequence[Rule],
    variant: Sequence[Rule],
    population: Population,
    on: date,
    *,
    baseline_law_on: date | None = None,
    variant_law_on: date | None = None,
    pairing: Pairing = Pairing.NAME,
    pairs: Mapping[str, str] | None = None,
) -> Comparison:
    """Screen ``population`` on ``on`` under two versions of a rule set and pair their rules.

    The two sides may differ in their rules (a recruitment rule against another), in the law the
    rules read ([`with_law`][integra.rules.extending.with_law],
    [`amend`][integra.rules.extending.amend]), in the law date (``baseline_law_on`` and
    ``variant_law_on``; by default ``on``), or in any of these together; the facts are the same
    (the population on ``on``). Each side is screened once by
    [`integra.bulk.screen`][integra.bulk.evaluate.screen] — once in all when the sides are the
    same rules under the same law date.

    Rules are paired by name (``Pairing.NAME``, the default): each rule with the rule of the
    same name on the other side; ``pairs`` pairs others, ``{baseline name: variant name}``. With
    ``Pairing.POSITION`` the first is paired with the first, and so on. Every rule must be
    paired.

    Raises:
        InvalidValue: A side holds something that is not a rule, two rules of one side have
            the same name, a rule is left without a partner (the error names it), ``pairs``
            names a rule a side does not have or pairs one rule twice, ``pairs`` is given with
            ``Pairing.POSITION``, or a date is not a ``datetime.date``.

    Examples:
        >>> from integra import Person, Sex
        >>> from integra.bulk import Population
        >>> from integra.rules import AgeBetween, all_of
        >>> pop = Population.from_persons([Person(date(1996, 1, 1), Sex.MALE)])
        >>> compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="younger_than_30")], pop,
        ...         date(2024, 1, 1), pairing=Pairing.POSITION).pairs
        (('young', 'younger_than_30'),)
        >>> compare([all_of(AgeBetween(18, 25), name="young")], [all_of(AgeBetween(18, 30), name="younger_than_30")], pop,
        ...         date(2024, 1, 1))
        Traceback (most recent call last):
        ...
        integra.errors.InvalidValue: the baseline's rule 'young' has no partner in the variant; pair it in pairs or pair by position
    """
    before, after = tuple(baseline), tuple(variant)
    for side, rules in (("baseline", before), ("variant", after)):
        for i, rule in enumerate(rules):
            if not isinstance(rule, Rule):
                raise InvalidValue(f"compare takes rules: the {side}'s item {i} is not a rule")
    if not isinstance(pairing, Pairing):
        raise InvalidValue("pairing must be a Pairing")
    paired = _paired(before, after, pairing, pairs)
    first = screen(before, population, on, baseline_law_on)
    same = before == after and (baseline_law_on or on) == (variant_law_on or on)
    second = first if same else screen(after, population, on, variant_law_on)
    return Comparison(first, second, paired, baseline_law_on, variant_law_on)


def _paired(
    before: tuple[Rule, ...],
    after: tuple[Rule, ...],
    pairing: Pairing,
    pairs: Mapping[str, str] | None,
) -> tuple[tuple[str, str], ...]:
    for side, rules in (("baseline", before), ("variant", after)):
        names = [r.name for r in rules]
        if len(set(names)) != len(names):
            raise InvalidValue(f"the {side}'s rules must have different names")
    left = [r.name for r in before]
    right = [r.name for r in after]
    if pairing is Pairing.POSITION:
        if pairs is not None:
            raise InvalidValue("pairs are given by name; pair by name to use them")
        if len(right) > len(left):
            raise InvalidValue(
                f"the variant's rule {right[len(left)]!r} has no partner in the baseline"
            )
        if len(left) > len(right):
            raise InvalidValue(
                f"the baseline's rule {left[len(right)]!r} has no partner in the variant"
            )
        return tuple(zip(left, right, strict=True))
    explicit = dict(pairs or {})
    for first, second in explicit.items():
        if first not in left:
            raise InvalidValue(f"pairs names {first!r}, which is not a rule of the baseline")
        if second not in right:
            raise InvalidValue(f"pairs names {second!r}, which is not a rule of the variant")
    partners = list(explicit.values())
    if len(set(partners)) != len(partners):
        raise InvalidValue("pairs pairs a rule of the variant with two rules of the baseline")
    taken = set(partners)
    out: list[tuple[str, str]] = []
    for first in left:
        second = explicit.get(first, first)
        if second not in right or (first not in explicit and second in taken):
            raise InvalidValue(
                f"the baseline's rule {first!r} has no partner in the variant; "
                "pair it in pairs or pair by position"
            )
        out.append((first, second))
    used = {second for _, second in out}
    for second in right:
        if second not in used:
            raise InvalidValue(
                f"the variant's rule {second!r} has no partner in the baseline; "
                "pair it in pairs or pair by position"
            )
    return tuple(out)


def _factorize(key: Any, n: int) -> tuple[list[Any], Any]:
    values = np.asarray(key)
    if values.shape != (n,):
        raise InvalidValue("the key must hold one value per person, in the population's order")
    try:
        unique, groups = np.unique(values, return_inverse=True)
        return unique.tolist(), groups.reshape(-1).astype(np.int64)
    except TypeError:  # values that do not sort (text and None): in order of appearance
        seen: dict[Any, int] = {}
        groups = np.fromiter(
            (seen.setdefault(v, len(seen)) for v in values.tolist()), dtype=np.int64, count=n
        )
        return list(seen), groups


def _facts_text(masks: Any, codes: Any) -> Any:
    """The missing facts of each person as text joined by commas ('' where decided, ``None``
    where refused)."""
    table = {
        int(m): ", ".join(f.value for f in Fact if int(m) & fact_bit(f)) for m in np.unique(masks)
    }
    out = np.array([table[int(m)] for m in masks], dtype=object)
    out[codes < 0] = None
    return out


def age_bands(population: Population, on: date, bounds: Sequence[int]) -> Any:
    """Each person's age band on ``on``, as text, for
    [`transitions_by`][integra.bulk.compare.Comparison.transitions_by]: with bounds ``(18, 30,
    50)``, ``"under 18"``, ``"18-29"``, ``"30-49"`` and ``"50+"``; ``None`` for a person born
    after ``on``. Ages are in completed years (Kodeks cywilny art. 112), as the age rules count
    them.

    Raises:
        InvalidValue: The bounds are empty, negative, or not increasing.

    Examples:
        >>> from integra import Person, Sex
        >>> from integra.bulk import Population
        >>> pop = Population.from_persons([Person(date(y, 1, 1), Sex.MALE) for y in (2010, 2000, 1990, 1960, 2030)])
        >>> age_bands(pop, date(2024, 1, 1), (18, 30, 50)).tolist()
        ['under 18', '18-29', '30-49', '50+', None]
    """
    edges = [int(b) for b in bounds]
    if not edges or edges[0] < 0 or any(b <= a for a, b in pairwise(edges)):
        raise InvalidValue("age bounds must be increasing whole years, at least one, none negative")
    names = [
        f"under {edges[0]}",
        *(f"{a}-{b - 1}" for a, b in pairwise(edges)),
        f"{edges[-1]}+",
        None,
    ]
    age = np.asarray(Frame(population, on).age, dtype=np.int64)
    band = np.searchsorted(np.array(edges), age, side="right")
    band[age < 0] = len(names) - 1
    return np.array(names, dtype=object)[band]


def gmina_on(population: Population, on: date) -> Any:
    """Each person's gmina of residence on ``on`` (``None`` where no residence is recorded for
    the date), for [`transitions_by`][integra.bulk.compare.Comparison.transitions_by].

    Examples:
        >>> from integra import Address, DateRange, Person, Residence, Sex
        >>> from integra.bulk import Population
        >>> moved = Person(date(1990, 1, 1), Sex.MALE, residences=[
        ...     Residence(Address(gmina="Wałbrzych", house_number="1"), DateRange(date(1990, 1, 1), date(2019, 12, 31))),
        ...     Residence(Address(gmina="Świebodzice", house_number="2"), DateRange(date(2020, 1, 1)))])
        >>> pop = Population.from_persons([moved, Person(date(1990, 1, 1), Sex.FEMALE)])
        >>> gmina_on(pop, date(2019, 6, 1)).tolist(), gmina_on(pop, date(2024, 1, 1)).tolist()
        (['Wałbrzych', None], ['Świebodzice', None])
    """
    gminas = np.array([a.gmina for a in population.addresses] + [None], dtype=object)
    return gminas[np.asarray(Frame(population, on).address(), dtype=np.int64)]
