"""Personal data never leaves through what the library prints: objects are built with
distinctive values, and every repr, str, error message, exception chain and default explanation
is searched for them."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from integra import Address, DateRange, Household, Person, Residence, Sex
from integra.errors import ConversionError, IntegraError
from integra.people import (
    CertificateSource,
    DisabilityCause,
    DisabilityCertificate,
    DisabilityDegree,
    Registration,
)
from integra.programmes.pai import PaiReferral, default_plan
from integra.programmes.psu import pay
from integra.rules import ALL_RULES, screen_each
from integra.serialization import converter

PESEL = "44051401359"
REFERENCE = "MOPS/SECRET/4711"
STREET = "Zielonogórska"
HOUSE = "77b"
FLAT = "13"
LOCALITY = "Wierzbnica"
INCOME = "4321.98"
SECRETS = (PESEL, REFERENCE, STREET, HOUSE, LOCALITY, "4321", "4 321", "2160", "02-P")


def _person() -> Person:
    home = Residence(
        Address(gmina="Nysa", street=STREET, house_number=HOUSE, flat=FLAT, locality=LOCALITY),
        DateRange(date(2010, 1, 1)),
    )
    certificate = DisabilityCertificate(
        CertificateSource.DEGREE,
        date(2020, 1, 1),
        DateRange(date(2020, 1, 1)),
        DisabilityDegree.MODERATE,
        causes={DisabilityCause.MENTAL_ILLNESS},
    )
    return Person(
        date(1944, 5, 14),
        Sex.MALE,
        pesel=PESEL,
        reference=REFERENCE,
        registrations=[Registration(DateRange(date(2023, 1, 2)))],
        benefit_awards=(),
        social_contracts=(),
        certificates=[certificate],
        residences=[home],
        households=[Household(2, Decimal(INCOME))],
        situations=(),
        entitlements=(),
    )


def _clean(text: str, secrets: tuple[str, ...] = SECRETS) -> None:
    for secret in secrets:
        assert secret not in text, f"{secret!r} printed"


def _clean_error(error: BaseException) -> None:
    _clean(str(error))
    _clean(repr(error))
    assert error.__cause__ is None and error.__context__ is None


def test_reprs_and_strs_hold_no_personal_value() -> None:
    person = _person()
    objects: list[Any] = [
        person,
        *(person.residences or ()),
        *(residence.address for residence in person.residences or ()),
        *(person.households or ()),
        *(person.certificates or ()),
        PaiReferral(date(2016, 4, 4), person=person),
        default_plan(PaiReferral(date(2016, 4, 4), person=person)),
        *screen_each(ALL_RULES, [person], date(2024, 3, 1)),
    ]
    for value in objects:
        _clean(repr(value))
        _clean(str(value))


def test_default_explanations_and_reports_hold_no_personal_value() -> None:
    person = _person()
    for rule in ALL_RULES:
        verdict = rule.evaluate(person, date(2024, 3, 1))
        for language in ("pl", "en"):
            _clean(verdict.explain(language))
        _clean(json.dumps(verdict.report(), ensure_ascii=False))
        _clean(repr(verdict))


def test_personal_detail_appears_when_asked_for() -> None:
    from integra.rules import INCOME_WITHIN_CRITERION, ZAZ_TARGET_GROUP

    person = _person()
    assert "2160.99" in INCOME_WITHIN_CRITERION.evaluate(person, date(2024, 3, 1)).explain(
        personal=True
    )
    assert "02-P" in ZAZ_TARGET_GROUP.evaluate(person, date(2024, 3, 1)).explain(personal=True)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Person(date(1944, 5, 14), Sex.FEMALE, pesel=PESEL),
        lambda: Person(date(1944, 5, 15), Sex.MALE, pesel=PESEL),
        lambda: Person(date(1944, 5, 14), Sex.MALE, pesel="44051401358"),
        lambda: Person(date(1944, 5, 14), Sex.MALE, pesel="\uff14" + PESEL[1:]),
        lambda: Person(date(1944, 5, 14), Sex.MALE, reference=""),
        lambda: Household(0, Decimal(INCOME)),
        lambda: Household(2, Decimal("-" + INCOME)),
        lambda: Household(2, Decimal("4321e20")),
        lambda: Address(gmina="Nysa", house_number=HOUSE, teryt=STREET),
        lambda: pay(10, date(2024, 6, 1), rate=Decimal("4.32")),
    ],
)
def test_errors_hold_no_personal_value(build: Any) -> None:
    with pytest.raises(IntegraError) as caught:
        build()
    _clean_error(caught.value)


@pytest.mark.parametrize(
    "document",
    [
        {"birth_date": "1944-05-14", "sex": "M", PESEL: 1},
        {"birth_date": "1944-05-14", "sex": "M", STREET: HOUSE},
        {"birth_date": "1944-05-14", "sex": STREET},
        {"birth_date": PESEL, "sex": "M"},
        {"birth_date": "1944-05-14", "sex": "M", "pesel": PESEL[:-1] + "8"},
        {"birth_date": "1944-05-14", "sex": "M", "pesel": PESEL + " "},
        {"birth_date": "1944-05-14", "sex": "M", "reference": REFERENCE + "\x00"},
        {
            "birth_date": "1944-05-14",
            "sex": "M",
            "households": [{"members": 2, "monthly_net_income": 4321.98}],
        },
        {
            "birth_date": "1944-05-14",
            "sex": "M",
            "households": [{"members": 2, "monthly_net_income": "4321,98"}],
        },
        {
            "birth_date": "1944-05-14",
            "sex": "M",
            "residences": [
                {
                    "address": {"gmina": "Nysa", "house_number": HOUSE, "teryt": STREET},
                    "period": {"start": "2010-01-01", "end": None},
                }
            ],
        },
    ],
)
def test_conversion_errors_hold_no_personal_value(document: dict[str, Any]) -> None:
    with pytest.raises(ConversionError) as caught:
        converter.structure(document, Person)
    _clean_error(caught.value)


def test_a_person_can_be_stored_without_identifiers() -> None:
    document = converter.unstructure_without_identifiers(_person())
    _clean(json.dumps(document, ensure_ascii=False), (PESEL, REFERENCE, STREET, HOUSE, LOCALITY))
    assert document["residences"][0]["address"]["gmina"] == "Nysa"
    assert document["households"][0]["monthly_net_income"] == INCOME  # rules' inputs stay


def _cause_words() -> tuple[str, ...]:
    """Every cause's code and its labels, and the names of the parts of the severe-disability
    group: health facts that a default explanation must not print."""
    words: list[str] = []
    for cause in DisabilityCause:
        words += [cause.code, cause.label.pl, cause.label.en]
    # The degree is not among them: disability rules state it by design (it is what they test).
    words += ["niepełnosprawności sprzężone", "multiple disabilities"]
    return (*(word for word in words if word != "other"), "'other'")


def _rule_labels(report: dict[str, Any]) -> list[str]:
    """The labels of a report's rule and of its parts: public, and allowed to name a group."""
    labels = [report["label"]["pl"], report["label"]["en"]]
    for part in report["parts"]:
        labels += _rule_labels(part)
    return labels


def _without(text: str, labels: list[str]) -> str:
    for label in sorted(labels, key=len, reverse=True):
        text = text.replace(label, "")
    return text


def _certified(degree: DisabilityDegree, *causes: DisabilityCause) -> Person:
    certificate = DisabilityCertificate(
        CertificateSource.DEGREE,
        date(2020, 1, 1),
        DateRange(date(2020, 1, 1)),
        degree,
        causes=set(causes),
    )
    return Person(date(1980, 5, 14), Sex.FEMALE, certificates=[certificate])


@pytest.mark.parametrize(
    "person",
    [
        _person(),
        # In the severe-disability group through 01-U, through two codes, and by degree.
        _certified(DisabilityDegree.LIGHT, DisabilityCause.INTELLECTUAL),
        _certified(DisabilityDegree.LIGHT, DisabilityCause.LOCOMOTOR, DisabilityCause.NEUROLOGICAL),
        _certified(DisabilityDegree.SIGNIFICANT, DisabilityCause.EPILEPSY),
        _certified(DisabilityDegree.MODERATE, DisabilityCause.AUTISM, DisabilityCause.OTHER),
        _certified(DisabilityDegree.MODERATE, *list(DisabilityCause)[2:11]),
    ],
)
def test_default_explanations_name_no_cause(person: Person) -> None:
    from integra.outcomes.categories import CATEGORY_RULES

    secrets = _cause_words()
    for rule in (*ALL_RULES, *CATEGORY_RULES.values()):
        verdict = rule.evaluate(person, date(2024, 3, 1))
        report = verdict.report()
        labels = _rule_labels(report)
        for language in ("pl", "en"):
            _clean(_without(verdict.explain(language), labels), secrets)
        _clean(_without(json.dumps(report, ensure_ascii=False), labels), secrets)
        _clean(repr(verdict), secrets)


def test_the_severe_group_names_its_part_only_when_asked() -> None:
    from integra.outcomes.categories import SEVERE_DISABILITY_GROUP

    on = date(2024, 3, 1)
    cases = [
        (
            _certified(DisabilityDegree.LIGHT, DisabilityCause.INTELLECTUAL),
            "intellectual disability",
        ),
        (
            _certified(
                DisabilityDegree.LIGHT, DisabilityCause.LOCOMOTOR, DisabilityCause.NEUROLOGICAL
            ),
            "multiple disabilities",
        ),
        (_certified(DisabilityDegree.SIGNIFICANT), "significant degree"),
    ]
    for person, part in cases:
        verdict = SEVERE_DISABILITY_GROUP.evaluate(person, on)
        assert verdict.observed_text() == "in the group"
        assert verdict.observed_text("pl") == "należy do grupy"
        assert verdict.observed_text(personal=True) == part
        assert part in verdict.explain(personal=True)
        assert verdict.report()["observed"] == {"pl": "należy do grupy", "en": "in the group"}
    outside = SEVERE_DISABILITY_GROUP.evaluate(_certified(DisabilityDegree.LIGHT), on)
    assert outside.observed_text() == "not in the group"
    assert outside.observed_text("pl") == "nie należy do grupy"
    assert outside.observed_text(personal=True) == "not in the group"
    assert outside.observed_text("pl", personal=True) == "nie należy do grupy"
