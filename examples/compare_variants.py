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
# "who changes, why, and from when", and a planning list:
#
# 1. the labour-market act of 2025 (URP) against the act it replaced (UPZ): the same rule, the
#    facts of 2025-06-01, the law of 2025-05-31 and of 2025-06-01;
# 2. the income criteria of 2022 against those of 2025 (UPS art. 8 ust. 1), over the same
#    persons and incomes;
# 3. a regional call's recruitment rule against a variant that admits one group more;
# 4. who becomes long-term unemployed within the next 30 days.
#
# Run it as a script, `python examples/compare_variants.py`, or open it as a notebook with
# jupytext. It prints and writes nothing else; `--charts DIR` also saves the transition chart of
# the regional call and the timeline of one person of the planning list as PNG files in DIR
# (needs matplotlib: `pip install 'integra-pl[examples]'`). See "What changes if the law
# changes" and "Eligibility over time" in the documentation.

# %%
import argparse
from datetime import date
from pathlib import Path

from integra.bulk import age_bands, compare, generate, gmina_on, next_change
from integra.bulk.generate import EXAMPLE_AREA
from integra.labels import Label
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    LONG_TERM_UNEMPLOYED,
    RECEIVES_SOCIAL_ASSISTANCE,
    SIGNIFICANT_OR_MODERATE_DISABILITY,
    Outcome,
    ResidesInArea,
    all_of,
    any_of,
    eligible_from,
)

# Unknown arguments are left alone, so that the file also runs as a notebook.
parser = argparse.ArgumentParser(description="What changes if the law changes")
parser.add_argument("--charts", type=Path, help="a directory to save the charts in")
charts = parser.parse_known_args()[0].charts

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
table = acts.transitions("long_term_unemployed")
print(table)
print(
    f"become long-term unemployed on {on}: {table.count('not_eligible', 'eligible')}, "
    f"stop being: {table.count('eligible', 'not_eligible')}, "
    f"no longer decided: {table.count('not_eligible', 'unknown') + table.count('eligible', 'unknown')}"
)
changed = acts.to_pandas()
# Why: the facts that would settle the new verdict ("law": a provision of the new act the
# library has not read), and both explanations side by side.
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
    label=Label(pl="nabór regionalny (przykład)", en="regional call (an illustration)"),
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


# %% [markdown]
# ## 4. Who becomes long-term unemployed within the next 30 days
#
# A caseworker's planning list: the facts as they stand on 2025-06-01, registrations still
# running go on. Each date is checked against the scalar rules (`eligible_from`).

# %%
soon = next_change(LONG_TERM_UNEMPLOYED, caseload, on, within_days=30)
becoming = soon.becoming(Outcome.ELIGIBLE)
print()
print(f"become long-term unemployed by {soon.until}: {len(becoming)} persons")
when = dict(zip(caseload.ids.tolist(), soon.dates(), strict=True))
for person_id in becoming[:5].tolist():
    person = caseload.person(person_id)
    assert eligible_from(LONG_TERM_UNEMPLOYED, person, on) == when[person_id]
    print(f"person {person_id}: from {when[person_id]}")
print(
    f"stop being long-term unemployed by {soon.until}: {len(soon.leaving(Outcome.ELIGIBLE))} persons"
)

# %% [markdown]
# ## Charts, when asked for
#
# With `--charts DIR`: the transition chart of the regional call, and the timeline of the first
# person of the planning list (facts and verdicts from 2024 to the end of 2025).

# %%
if charts is not None:
    from integra.charts import plot_timeline

    charts.mkdir(parents=True, exist_ok=True)
    widening.plot().savefig(charts / "regional_call.png", dpi=100)
    first = caseload.person(becoming[0])
    timeline = plot_timeline(
        first,
        [LONG_TERM_UNEMPLOYED, call],
        date(2024, 1, 1),
        date(2025, 12, 31),
    )
    timeline.savefig(charts / "planning_list_timeline.png", dpi=100)
    print(f"charts saved in {charts}")
