"""Counting a family's income for a social-assistance application, as a case-management system
would: the items the social worker records, the income the act counts (UPS art. 8 ust. 3-5), the
explanation for the file, the income test, and the record stored as JSON and read back.

Run from the repository root after installing the package:

    python examples/income_case.py
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from integra import DateRange, Household, Person, Registration, Sex
from integra.income import (
    AlimonyPaid,
    IncomeChange,
    IncomeItem,
    IncomeSource,
    IncomeStatement,
    assess,
)
from integra.rules.assistance import INCOME_WITHIN_CRITERION, QUALIFIES_FOR_CASH_BENEFITS
from integra.serialization import converter

APPLIED = date(2025, 3, 20)
FEBRUARY, MARCH = date(2025, 2, 1), date(2025, 3, 1)

# A family of four: the applicant lost her job in February; her husband runs a small farm and
# pays alimony for a child of an earlier marriage; the children received a purposive allowance.
items = [
    IncomeItem(
        IncomeSource.EMPLOYMENT,
        FEBRUARY,
        Decimal("3200.00"),
        income_tax=Decimal("130.00"),
        social_contributions=Decimal("438.72"),
        health_contribution=Decimal("248.51"),
        change=IncomeChange.LOST,
    ),
    IncomeItem(IncomeSource.UNEMPLOYMENT_BENEFIT, MARCH, Decimal("1721.90")),
    IncomeItem(
        IncomeSource.FARM,
        MARCH,
        member=1,
        hectares=Decimal("1.8400"),
        social_contributions=Decimal("200.00"),
    ),
    IncomeItem(IncomeSource.PURPOSIVE_ALLOWANCE, MARCH, Decimal("300.00"), member=2),
]
alimony = [AlimonyPaid(MARCH, Decimal("500.00"), member=1)]
statement = IncomeStatement(APPLIED, 4, items, alimony)

result = assess(statement)
print("For the file (pl):")
print(result.explain("pl"))
print()

household = Household.from_statement(statement)
# Registered as unemployed since 3 March: a reason for assistance (UPS art. 7 pkt 4).
applicant = Person(
    date(1984, 9, 12),
    Sex.FEMALE,
    registrations=[Registration(DateRange(date(2025, 3, 3)))],
    households=[household],
)
verdict = INCOME_WITHIN_CRITERION.evaluate(applicant, APPLIED)
print("Income test:", verdict.outcome.value, "-", verdict.observed_text(personal=True))
print("Without the amounts:", verdict.observed_text())
right = QUALIFIES_FOR_CASH_BENEFITS.evaluate(applicant, APPLIED)
print("Right to cash benefits:", right.outcome.value)
# The farm is counted with a per-hectare amount that is derived, not read in the regulation:
# every answer that reads this income says so, and a filter on confirmed law leaves it out.
print("Certainty of the answers:", verdict.certainty.value, "/", right.certainty.value)

# The record as the system stores it, and read back unchanged.
document = json.dumps(converter.unstructure(applicant), ensure_ascii=False)
assert converter.structure(json.loads(document), Person) == applicant
print("Stored and read back:", len(document), "characters of JSON")
