"""Breakdowns: an indicator split by sex, disability, participant category or the categories of
services received, in disjoint rows that add up to its totals.

Examples:
    >>> b = Breakdown(Dimension.SEX, (BreakdownRow("F", 1, 0, 2), BreakdownRow("M", 0, 1, 2)))
    >>> b.totals(), [r.failed for r in b.rows]
    ((1, 1, 4), [1, 1])
"""

from __future__ import annotations

import attrs

from integra._convert import as_tuple
from integra.labels import Label, LabelledEnum, set_labels

__all__ = ["Breakdown", "BreakdownRow", "Dimension"]


class Dimension(LabelledEnum):
    """What a breakdown splits participants by. Each row is a disjoint group, so rows add up to
    the totals: a participant in several categories falls in the row of that combination.

    Examples:
        >>> Dimension.SERVICE_CATEGORY.label.pl
        'kategorie otrzymanych usług'
    """

    SEX = "sex"
    DISABILITY = "disability"
    CATEGORY = "category"
    SERVICE_CATEGORY = "service_category"


set_labels(
    Dimension,
    {
        Dimension.SEX: Label(pl="płeć", en="sex"),
        Dimension.DISABILITY: Label(pl="niepełnosprawność", en="disability"),
        Dimension.CATEGORY: Label(pl="kategorie uczestników", en="participant categories"),
        Dimension.SERVICE_CATEGORY: Label(
            pl="kategorie otrzymanych usług", en="categories of services received"
        ),
    },
)


@attrs.frozen(slots=True)
class BreakdownRow:
    """One disjoint group of a breakdown.

    Attributes:
        key: The group (``"F"``, ``"social+vocational"``, ``"none"`` ...).
        achieved: Achieved, finally.
        pending: Not decided yet.
        denominator: In the denominator (achieved, failed and pending).

    Examples:
        >>> BreakdownRow("F", 2, 1, 4).failed
        1
    """

    key: str
    achieved: int
    pending: int
    denominator: int

    @property
    def failed(self) -> int:
        """In the denominator, decided, and not achieved.

        Examples:
            >>> BreakdownRow("M", 0, 0, 3).failed
            3
        """
        return self.denominator - self.achieved - self.pending


@attrs.frozen(slots=True)
class Breakdown:
    """An indicator split by one dimension; the rows add up to the indicator's totals.

    Attributes:
        dimension: What it splits by.
        rows: One row per group present, in a stable order.

    Examples:
        >>> b = Breakdown(Dimension.SEX, (BreakdownRow("F", 1, 0, 2), BreakdownRow("M", 1, 1, 3)))
        >>> b.totals()
        (2, 1, 5)
    """

    dimension: Dimension
    rows: tuple[BreakdownRow, ...] = attrs.field(converter=as_tuple)

    def totals(self) -> tuple[int, int, int]:
        """The sums of achieved, pending and denominator over the rows.

        Examples:
            >>> Breakdown(Dimension.SEX, (BreakdownRow("F", 1, 0, 1),)).totals()
            (1, 0, 1)
        """
        return (
            sum(r.achieved for r in self.rows),
            sum(r.pending for r in self.rows),
            sum(r.denominator for r in self.rows),
        )
