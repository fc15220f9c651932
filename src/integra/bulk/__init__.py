"""Bulk screening in columns: a whole caseload at once, with the same rule values as the scalar
path (optional extra ``integra-pl[bulk]``, which brings numpy and pyarrow).

* [`Population`][integra.bulk.population.Population]: persons and their histories as arrays,
  built from pandas, polars or pyarrow tables, a mapping of arrays, or ``Person`` values;
  strictly (the first bad row refuses the table) or tolerantly (a person with a bad row is
  refused, listed in [`RefusedRows`][integra.bulk.population.RefusedRows]).
* [`read_population`][integra.bulk.files.read_population],
  [`screen_batches`][integra.bulk.files.screen_batches] and
  [`screen_to_parquet`][integra.bulk.files.screen_to_parquet]: a caseload in Parquet or CSV
  files, whole or in batches of persons with bounded memory.
* [`screen`][integra.bulk.evaluate.screen]: every rule for every person on a date, as a
  [`Screening`][integra.bulk.evaluate.Screening] of outcome columns, with the missing facts,
  the certainty of the law applied and, on demand, one person's explained verdicts.
* [`over_time`][integra.bulk.over_time.over_time] and
  [`next_change`][integra.bulk.over_time.next_change]: verdicts over a range of days as spans,
  and the day each person's verdict next changes.
* [`compare`][integra.bulk.compare.compare]: two versions of a rule set (other rules, other law,
  another law date) over the same caseload, as a [`Comparison`][integra.bulk.compare.Comparison]:
  transition tables by any person column, the persons who change, both explanations side by side.
* [`generate`][integra.bulk.generate.generate]: a seeded synthetic caseload for notebooks and
  benchmarks.

Examples:
    >>> from datetime import date
    >>> from integra.bulk import generate, screen
    >>> from integra.rules import PAI_ELIGIBILITY
    >>> result = screen([PAI_ELIGIBILITY], generate(1000, seed=1), date(2024, 1, 1))
    >>> len(result), result.fell_back
    (1000, ())
"""

# The check below runs before the package's other imports, which fail without the extra.
# ruff: noqa: E402
from integra._extras import require

# Without numpy, say which extra to install before any module of the package fails on it.
require("numpy", "integra-pl[bulk]", needed_by="integra.bulk")
require("pyarrow", "integra-pl[bulk]", needed_by="integra.bulk")

from integra.bulk.compare import (
    STATES,
    Comparison,
    ComparisonTable,
    Pairing,
    SideBySide,
    Transitions,
    age_bands,
    compare,
    gmina_on,
)
from integra.bulk.evaluate import Screening, screen
from integra.bulk.files import (
    Batch,
    FileSummary,
    arrow_schema,
    read_population,
    screen_batches,
    screen_to_parquet,
)
from integra.bulk.frame import Frame
from integra.bulk.generate import generate
from integra.bulk.over_time import EligibilitySpans, NextChange, next_change, over_time
from integra.bulk.population import SCHEMAS, Population, RefusedRows

__all__ = [
    "SCHEMAS",
    "STATES",
    "Batch",
    "Comparison",
    "ComparisonTable",
    "EligibilitySpans",
    "FileSummary",
    "Frame",
    "NextChange",
    "Pairing",
    "Population",
    "RefusedRows",
    "Screening",
    "SideBySide",
    "Transitions",
    "age_bands",
    "arrow_schema",
    "compare",
    "generate",
    "gmina_on",
    "next_change",
    "over_time",
    "read_population",
    "screen",
    "screen_batches",
    "screen_to_parquet",
]
