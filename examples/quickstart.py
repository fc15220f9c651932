"""A first look at integra: a person, the law in force, a service and an explained verdict.

Run from the repository root after installing the package:

    python examples/quickstart.py
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from integra import (
    INCOME_CRITERIA,
    BenefitAward,
    BenefitKind,
    DateRange,
    Household,
    Person,
    Registration,
    Sex,
    converter,
    service,
)
from integra.rules import (
    LONG_TERM_UNEMPLOYED,
    PAI_ELIGIBILITY,
    QUALIFIES_FOR_CASH_BENEFITS,
    eligible_from,
)

ON = date(2024, 3, 1)

# A woman registered as unemployed since 10 July 2023, living with two children on 1 650 zł a
# month, with a periodic allowance granted for the first half of 2024.
person = Person(
    date(1988, 5, 17),
    Sex.FEMALE,
    reference="MOPS/2024/0173",
    registrations=[Registration(DateRange(date(2023, 7, 10)))],
    benefit_awards=[
        BenefitAward(
            BenefitKind.PERIODIC_ALLOWANCE,
            DateRange(date(2024, 1, 1), date(2024, 6, 30)),
        )
    ],
    households=[Household(members=3, monthly_net_income=Decimal("1650.00"))],
)

criterion = INCOME_CRITERIA.entry_at(ON)
print(
    f"Income criterion on {ON}: {criterion.value.single} zł (single), {criterion.value.per_person} zł a person"
)
print(f"  source: {criterion.citation}  [{criterion.certainty.value}]")
print()

psu = service("psu")
print(f"Service: {psu.label.pl} ({psu.label.en}), {psu.category.label.en}, basis: {psu.basis}")
print()

for rule in (PAI_ELIGIBILITY, QUALIFIES_FOR_CASH_BENEFITS, LONG_TERM_UNEMPLOYED):
    print(rule.evaluate(person, ON).explain())
    print()

print("Po polsku:")
print(LONG_TERM_UNEMPLOYED.evaluate(person, ON).explain("pl"))
print()

since = eligible_from(LONG_TERM_UNEMPLOYED, person, ON)
print(f"Long-term unemployed (national definition) from {since} if the registration continues.")
print()

document = converter.unstructure(person)
assert converter.structure(document, Person) == person
print(f"The person round-trips through JSON-compatible data ({len(str(document))} characters).")
