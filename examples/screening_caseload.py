# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Screening a caseload
#
# A social-assistance centre wants to know, for a project starting on 1 March 2024, how many of
# its clients are long-term unemployed, pass the income criterion, and belong to the target group
# of a PAI edition for residents of the town's revitalisation area — by age band and by gmina,
# and why some answers are unknown.
#
# The caseload here is synthetic (`integra.bulk.generate`, seeded); with real data the tables come
# from the centre's export (see "Screening a caseload" in the documentation). Open this file as a
# notebook with jupytext (`pip install 'integra-pl[notebook]'`; the chart shows under its cell),
# or run it as a script: `python examples/screening_caseload.py` (needs
# `pip install 'integra-pl[examples]'`; the chart is written to a temporary folder).

# %%
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from integra.bulk import Population, screen
from integra.bulk.generate import EXAMPLE_AREA, GMINAS, generate_tables
from integra.rules import (
    AT_RISK_2014_2020,
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    pai_target_group_in_area,
)

IN_NOTEBOOK = "ipykernel" in sys.modules  # a Jupyter kernel shows charts inline
if not IN_NOTEBOOK:
    matplotlib.use("Agg")  # a script draws to a file: no window needed

ON = date(2024, 3, 1)

# %% [markdown]
# ## The caseload as tables
#
# One table of persons and one table of spans per history, as an export would give them.

# %%
tables = {name: pd.DataFrame(table) for name, table in generate_tables(100_000, seed=2024).items()}
persons = tables.pop("persons")
population = Population.from_tables(persons, **tables)
print(population, "—", ", ".join(f"{name}: {len(t):,} rows" for name, t in tables.items()))

# %% [markdown]
# ## Screen everyone in one call

# %%
rules = [
    LONG_TERM_UNEMPLOYED,
    INCOME_WITHIN_CRITERION,
    AT_RISK_2014_2020,
    pai_target_group_in_area(EXAMPLE_AREA),
]
start = time.perf_counter()
result = screen(rules, population, ON)
print(f"{len(result):,} people screened in {time.perf_counter() - start:.2f} s")
df = result.to_pandas()
df.head()

# %% [markdown]
# A person born after the date would be refused: no outcome for any rule (missing in `df`),
# so `crosstab` and `value_counts` below would leave them out unless given `dropna=False`.
# Count them first (this synthetic caseload has none): `result.counts` includes them.

# %%
print(f"refused: {int(result.refused.sum()):,}", result.counts(LONG_TERM_UNEMPLOYED.name))

# %% [markdown]
# ## Age band and gmina
#
# Age in completed years on the date, and the gmina of the residence in force on it (people
# without a recorded residence are shown as "unknown"). Gminas are listed by name, in the order
# of the Polish alphabet (`GMINAS`: Python's own sort would put "Świebodzice" after "Wałbrzych").

# %%
birth = pd.to_datetime(persons["birth_date"])
before_birthday = (birth.dt.month > ON.month) | (
    (birth.dt.month == ON.month) & (birth.dt.day > ON.day)
)
persons["age"] = ON.year - birth.dt.year - before_birthday.astype(int)
persons["age_band"] = pd.cut(
    persons["age"],
    [0, 25, 35, 45, 55, 65, 120],
    right=False,
    labels=["<25", "25-34", "35-44", "45-54", "55-64", "65+"],
)
residences = tables["residences"]
day = pd.Timestamp(ON)
current = residences[
    (residences["start"] <= day) & (residences["end"].isna() | (residences["end"] >= day))
]
persons = persons.merge(current[["person_id", "gmina"]], on="person_id", how="left")
persons["gmina"] = persons["gmina"].fillna("unknown")
screened = persons.merge(df, on="person_id")

by_age = pd.crosstab(screened["age_band"], screened["long_term_unemployed"])
places = [*GMINAS, "unknown"]
by_gmina = pd.crosstab(screened["gmina"], screened["pai_target_group_in_area"])
by_gmina = by_gmina.reindex(places, fill_value=0)
print(by_age)
print(by_gmina)

# %% [markdown]
# ## Why some answers are unknown
#
# Every `unknown` names the facts that would decide it.

# %%
for rule in rules:
    missing = df.loc[df[rule.name] == "unknown", f"{rule.name}_missing"]
    reasons = {facts: int(count) for facts, count in missing.value_counts().items()}
    print(f"{rule.name}: {len(missing):,} unknown", reasons)

# %% [markdown]
# ## A chart

# %%
figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
share = pd.crosstab(screened["age_band"], screened["long_term_unemployed"], normalize="index")
share.plot.bar(
    stacked=True, ax=left, title="Long-term unemployed (national definition), by age band"
)
counts = screened[screened["pai_target_group_in_area"] == "eligible"]["gmina"].value_counts()
counts = counts.reindex(places, fill_value=0)
counts.plot.bar(ax=right, title="PAI target group in the revitalisation area, by gmina")
figure.tight_layout()
if IN_NOTEBOOK:
    plt.show()
else:
    chart = Path(tempfile.mkdtemp()) / "caseload.png"
    figure.savefig(chart)
    print(f"chart written to {chart}")

# %% [markdown]
# ## One person's explanation
#
# The columns say *what*; the scalar path says *why*, on demand, for one person.

# %%
someone = int(df.loc[df["pai_target_group_in_area"] == "eligible", "person_id"].iloc[0])
for verdict in result.explain(someone):
    print(verdict.explain())
    print()
