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
# # What changes if the law changes
#
# Three comparisons over one synthetic caseload (`integra.bulk.generate`, seeded), each asking
# "who changes, why, and from when":
#
# 1. the labour-market act of 2025 (URP) against the act it replaced (UPZ): the same rule, the
#    facts of 2025-06-01, the law of 2025-05-31 and of 2025-06-01;
# 2. the income criteria of 2022 against those of 2025 (UPS art. 8 ust. 1), over the same
#    persons and incomes;
# 3. a regional call's recruitment rule against a variant that admits one group more.
#
# Run it as a script, `python examples/compare_variants.py` (needs
# `pip install 'integra-pl[examples]'` for the chart), or open it as a notebook with jupytext.
# See "What changes if the law changes" in the documentation.

# %%
import tempfile
from datetime import date
from pathlib import Path

from integra.bulk import age_bands, compare, generate, gmina_on
from integra.bulk.generate import EXAMPLE_AREA
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    ResidesInArea,
    all_of,
    any_of,
)

caseload = generate(20_000, seed=1)
on = date(2025, 6, 1)

# %% [markdown]
# ## 1. URP against UPZ on 2025-06-01

# %%
acts = compare(
    [LONG_TERM_UNEMPLOYED],
    [LONG_TERM_UNEMPLOYED],
    caseload,
    on,
    baseline_law_on=date(2025, 5, 31),
    variant_law_on=on,
)
print(acts.transitions("long_term_unemployed"))
changed = acts.to_pandas()
print("settled by:", sorted(set(changed["long_term_unemployed_variant_missing"])))
if len(changed):
    print(acts.explain(changed["person_id"].iloc[0])[0].explain())
for person_id in changed["person_id"]:
    before, after = acts.eligible_from(person_id, "long_term_unemployed")
    print(f"person {person_id}: eligible from {before} under UPZ, {after} under URP")

# %% [markdown]
# ## 2. Income criteria of 2022 against 2025

# %%
criteria = compare(
    [INCOME_WITHIN_CRITERION],
    [INCOME_WITHIN_CRITERION],
    caseload,
    on,
    baseline_law_on=date(2022, 6, 1),
)
print()
print(criteria.transitions("income_within_criterion"))
for title, key in (
    ("gmina", gmina_on(caseload, on)),
    ("age", age_bands(caseload, on, (18, 30, 45, 60))),
):
    tables = criteria.transitions_by("income_within_criterion", key)
    gained = ", ".join(f"{k}: {t.count('not_eligible', 'eligible')}" for k, t in tables.items())
    print(f"come within the criterion, by {title}: {gained}")

# %% [markdown]
# ## 3. A regional call with one group more

# %%
call = all_of(
    any_of(LONG_TERM_UNEMPLOYED, RECEIVES_SOCIAL_ASSISTANCE, name="call_groups"),
    ResidesInArea(EXAMPLE_AREA),
    name="regional_call",
)
wider = all_of(
    any_of(
        LONG_TERM_UNEMPLOYED,
        RECEIVES_SOCIAL_ASSISTANCE,
        SIGNIFICANT_OR_MODERATE_DISABILITY,
        name="call_groups_wider",
    ),
    ResidesInArea(EXAMPLE_AREA),
    name="regional_call_wider",
)
widening = compare(
    [call], [wider], caseload, date(2024, 3, 1), pairs={"regional_call": "regional_call_wider"}
)
print()
print(widening.transitions("regional_call"))
who = widening.to_pandas()
print(
    who.groupby(["regional_call_variant", "regional_call_variant_missing"])
    .size()
    .rename("persons")
    .to_string()
)

try:  # the chart needs matplotlib (extra "examples")
    figure = widening.plot()
except ImportError:
    print("matplotlib is not installed: no chart")
else:
    path = Path(tempfile.gettempdir()) / "compare_variants.png"
    figure.savefig(path, dpi=100)
    print(f"chart: {path}")
