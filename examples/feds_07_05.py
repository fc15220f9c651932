"""A recruitment rule for a project of the call FEDS.07.05-IP.02-051/23 "Aktywna integracja"
(European Funds for Lower Silesia 2021-2027), built by composition.

The call's announcement (seed 000, Lower Silesian Voivodeship Labour Office, 17.09.2024) says
the 32 selected projects offer active-integration services to persons at risk of social
exclusion. The projects belong to the 2021-2027 programme period, so the at-risk list that
applies is the 2021-2027 one — which the library has not cited yet: the ready-made rule answers
"unknown" and says so. A coordinator therefore builds the call's list from the call's own rules
(regulamin wyboru projektów), citing them. The library has not read those rules either, so the
categories below are PLACEHOLDERS showing the mechanism — statutory groups whose own acts the
library models — not the call's list; replace them with the list of the rules you work under.
The participant is a made-up record.

Run from the repository root after installing the package:

    python examples/feds_07_05.py
"""

from __future__ import annotations

from datetime import date

from integra import BenefitAward, BenefitKind, DateRange, Person, Sex
from integra.labels import Label
from integra.law import Act
from integra.rules import (
    HAS_ASSISTANCE_REASON,
    HAS_DISABILITY,
    RECEIVES_SOCIAL_ASSISTANCE,
    UZS_GROUPS,
    AgeBetween,
    ProgrammePeriod,
    all_of,
    at_risk,
    at_risk_for,
)

CALL = Act(
    short="FEDS.07.05-IP.02-051/23",
    title_pl=(
        "regulamin wyboru projektów w naborze FEDS.07.05-IP.02-051/23 Aktywna integracja "
        "(Fundusze Europejskie dla Dolnego Śląska 2021-2027)"
    ),
    of_pl=(
        "regulaminu wyboru projektów w naborze FEDS.07.05-IP.02-051/23 Aktywna integracja "
        "(Fundusze Europejskie dla Dolnego Śląska 2021-2027)"
    ),
    title_en="Rules of the call FEDS.07.05-IP.02-051/23 Active integration (FEDS 2021-2027)",
)

# The call's categories: PLACEHOLDERS — copy the list of the call's rules here, one rule each.
CALL_CATEGORIES = (RECEIVES_SOCIAL_ASSISTANCE, HAS_ASSISTANCE_REASON, UZS_GROUPS, HAS_DISABILITY)

call_at_risk = at_risk(
    CALL_CATEGORIES,
    "feds_07_05_at_risk",
    Label(
        pl=f"osoba zagrożona wykluczeniem społecznym ({CALL.short})",
        en=f"at risk of social exclusion ({CALL.short})",
    ),
)

RECRUITMENT = all_of(
    call_at_risk,
    AgeBetween(minimum=18),  # an example of a project's own criterion
    name="feds_07_05_recruitment",
    label=Label(
        pl="rekrutacja do projektu Aktywna integracja (FEDS.07.05)",
        en="recruitment to an Active integration project (FEDS.07.05)",
    ),
)


def main() -> None:
    """Evaluate one made-up candidate on the day the call's results were published."""
    candidate = Person(
        date(1987, 5, 4),
        Sex.FEMALE,
        reference="FEDS/2024/001",
        benefit_awards=[
            BenefitAward(
                BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 3, 1), date(2025, 2, 28))
            )
        ],
    )
    day = date(2024, 9, 17)
    print("The ready-made 2021-2027 list:")
    print(at_risk_for(ProgrammePeriod.EU_2021_2027).evaluate(candidate, day).explain())
    print()
    print("The project's rule, built from the call's list:")
    print(RECRUITMENT.evaluate(candidate, day).explain())
    print()
    print("Facts to collect:", sorted(f.label.en for f in RECRUITMENT.required_facts()))


if __name__ == "__main__":
    main()
