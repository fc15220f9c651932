"""Tests of integra.services: the catalogue, the reintegration units and the PO KL groups."""

from __future__ import annotations

import pytest

from integra.errors import InvalidValue
from integra.services import (
    SERVICES,
    UNITS,
    InstrumentGroup,
    ServiceCategory,
    UnitKind,
    service,
    services_in,
)


def test_codes_are_unique() -> None:
    codes = [s.code for s in SERVICES]
    assert len(codes) == len(set(codes))
    assert all(code == code.strip().lower() and " " not in code for code in codes)


@pytest.mark.parametrize("category", list(ServiceCategory), ids=lambda c: c.value)
def test_every_category_is_non_empty(category: ServiceCategory) -> None:
    found = services_in(category)
    assert found
    assert all(s.category is category for s in found)


def test_categories_partition_the_catalogue() -> None:
    assert sum(len(services_in(c)) for c in ServiceCategory) == len(SERVICES)
    assert [s.code for s in services_in(ServiceCategory.EDUCATIONAL)] == [
        "competences",
        "formal_education",
    ]
    assert [s.code for s in services_in(ServiceCategory.HEALTH)] == [
        "health_barriers",
        "diagnostics_prevention",
        "psychological_therapy",
        "addiction_therapy",
    ]


@pytest.mark.parametrize(
    ("code", "category", "pl", "basis"),
    [
        (
            "social_work",
            ServiceCategory.SOCIAL,
            "praca socjalna",
            "art. 45 ustawy o pomocy społecznej",
        ),
        (
            "crisis_intervention",
            ServiceCategory.SOCIAL,
            "interwencja kryzysowa",
            "art. 47 ustawy o pomocy społecznej",
        ),
        (
            "legal_counselling",
            ServiceCategory.SOCIAL,
            "poradnictwo prawne",
            "art. 46 ustawy o pomocy społecznej",
        ),
        (
            "psu",
            ServiceCategory.VOCATIONAL,
            "prace społecznie użyteczne",
            "art. 73a ustawy o promocji zatrudnienia i instytucjach rynku pracy",
        ),
        (
            "internship",
            ServiceCategory.VOCATIONAL,
            "staż",
            "art. 53 ustawy o promocji zatrudnienia i instytucjach rynku pracy",
        ),
        ("addiction_therapy", ServiceCategory.HEALTH, "terapia uzależnień", None),
    ],
)
def test_service(code: str, category: ServiceCategory, pl: str, basis: str | None) -> None:
    found = service(code)
    assert found.code == code
    assert found.category is category
    assert found.label.pl == pl
    assert (None if found.basis is None else found.basis.text("pl")) == basis


def test_services_for_persons_with_disabilities() -> None:
    assert {s.code for s in SERVICES if s.for_disabled} == {
        "personal_assistance",
        "job_coach",
    }


def test_unknown_code() -> None:
    with pytest.raises(InvalidValue, match="no service with code 'juggling'"):
        service("juggling")


def test_every_service_is_labelled() -> None:
    for s in SERVICES:
        assert s.label.pl.strip() and s.label.en.strip()


def test_units_has_all_five_kinds() -> None:
    assert (
        set(UNITS)
        == set(UnitKind)
        == {UnitKind.WTZ, UnitKind.ZAZ, UnitKind.CIS, UnitKind.KIS, UnitKind.SDS}
    )
    for kind, unit in UNITS.items():
        assert unit.kind is kind
        assert unit.label.pl and unit.target_group.en and unit.notes.pl


@pytest.mark.parametrize(
    ("kind", "pl", "act", "article"),
    [
        (UnitKind.WTZ, "warsztat terapii zajęciowej", "URZ", None),
        (UnitKind.ZAZ, "zakład aktywności zawodowej", "URZ", "29"),
        (UnitKind.CIS, "centrum integracji społecznej", "UZS", None),
        (UnitKind.KIS, "klub integracji społecznej", "UZS", None),
        (UnitKind.SDS, "środowiskowy dom samopomocy", "UPS", "51a"),
    ],
)
def test_unit_basis(kind: UnitKind, pl: str, act: str, article: str | None) -> None:
    unit = UNITS[kind]
    assert unit.label.pl == pl
    assert unit.basis.act.short == act
    assert unit.basis.article == article


def test_units_are_read_only() -> None:
    with pytest.raises(TypeError):
        UNITS[UnitKind.CIS] = UNITS[UnitKind.KIS]  # type: ignore[index]


@pytest.mark.parametrize(
    ("group", "category", "pl"),
    [
        (
            InstrumentGroup.ACTIVATION_SOCIAL,
            ServiceCategory.SOCIAL,
            "instrumenty aktywizacji społecznej",
        ),
        (
            InstrumentGroup.ACTIVATION_VOCATIONAL,
            ServiceCategory.VOCATIONAL,
            "instrumenty aktywizacji zawodowej",
        ),
        (
            InstrumentGroup.ACTIVATION_EDUCATIONAL,
            ServiceCategory.EDUCATIONAL,
            "instrumenty aktywizacji edukacyjnej",
        ),
        (
            InstrumentGroup.ACTIVATION_HEALTH,
            ServiceCategory.HEALTH,
            "instrumenty aktywizacji zdrowotnej",
        ),
    ],
)
def test_instrument_groups(group: InstrumentGroup, category: ServiceCategory, pl: str) -> None:
    assert group.category is category
    assert group.label.pl == pl


def test_category_labels() -> None:
    assert [c.label.en for c in ServiceCategory] == [
        "social services",
        "educational services",
        "health services",
        "vocational services",
    ]
    assert ServiceCategory.SOCIAL.label.pl == "usługi aktywnej integracji o charakterze społecznym"
