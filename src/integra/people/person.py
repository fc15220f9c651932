"""A person: birth date, sex, identifiers and dated histories of facts."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from integra._convert import optional_tuple
from integra.errors import InvalidRange, InvalidValue
from integra.people._common import (
    _each,
    _is,
    _is_date,
    _no_overlaps,
    _optional_text,
    _periods,
)
from integra.people.benefits import BenefitAward, SocialContract
from integra.people.disability import DisabilityCertificate
from integra.people.household import Household
from integra.people.pesel import Sex, validate_pesel
from integra.people.registrations import (
    AssistanceProfile,
    Registration,
)
from integra.people.residence import Residence
from integra.people.situations import (
    Entitlement,
    EntitlementKind,
    SituationSpell,
    SocialSituation,
)
from integra.periods import DateRange, RangeSet

__all__ = ["HISTORIES", "Person"]


def _pesel_converter(value: str | None) -> str | None:
    if value is None:
        return None
    # The compact form (11 digits) is stored, so that one person's PESEL always compares equal.
    return validate_pesel(value)


HISTORIES: tuple[str, ...] = (
    "registrations",
    "benefit_awards",
    "social_contracts",
    "certificates",
    "residences",
    "households",
    "situations",
    "entitlements",
)
"""The names of the history fields of [`Person`][integra.people.Person], in the order of its
fields. Each is ``None`` (not collected) or a tuple (collected; possibly empty).

Examples:
    >>> HISTORIES[:2]
    ('registrations', 'benefit_awards')
"""

_EMPTY: frozenset[Any] = frozenset()


@attrs.frozen(slots=True, repr=False)
class Person:
    """A person and the facts about them that rules read.

    Every history is either **not collected** (``None``, the default: nobody looked) or
    **collected** (a tuple of records, each with a period; an empty tuple means "looked, and there
    is none"). A rule that reads a history which was not collected answers ``UNKNOWN`` and names
    the fact as missing; a collected history decides, even when it is empty. So pass ``()`` for
    every history you did collect and found empty, and leave out the ones you did not collect.

    The derived accessors (``registered``, ``awards_on``, ``residence_on`` and the like) read a
    history that was not collected as holding nothing; the rules do not, because they check
    [`is_collected`][integra.people.Person.is_collected] first. Code of your own that reads the
    accessors should do the same.

    Registrations, residences and household statements must not overlap among themselves, and
    no period may start before the birth date. Rules evaluate the facts as of a date passed in by
    the caller.

    ``repr()`` shows which histories were collected and how many records each holds, never the
    PESEL, the reference, the birth date or the records themselves.

    Attributes:
        birth_date: Date of birth.
        sex: Sex.
        pesel: The PESEL number, if known; validated against ``birth_date`` and ``sex``; hidden
            from ``repr``.
        reference: An opaque identifier of the caller's (a case number) to match results to
            records; never interpreted and hidden from ``repr``.
        registrations: Spells of registration as unemployed (``None``: not collected).
        benefit_awards: Social-assistance benefit awards (``None``: not collected).
        social_contracts: Social contracts (``None``: not collected).
        certificates: Disability certificates and equivalent documents (``None``: not collected).
        residences: Where the person lived, when (``None``: not collected).
        households: Household statements (composition and income), when (``None``: not
            collected).
        situations: Social situations, when (``None``: not collected).
        entitlements: Rights to other benefits (unemployment benefit, pensions), when (``None``:
            not collected).

    Examples:
        >>> from datetime import date
        >>> p = Person(date(1985, 6, 1), Sex.MALE, pesel="85060112345")
        Traceback (most recent call last):
        ...
        integra.errors.InvalidPesel: PESEL has an invalid check digit
        >>> p = Person(date(1944, 5, 14), Sex.MALE, pesel="44051401359", registrations=())
        >>> "4405" in repr(p)
        False
        >>> p.is_collected("registrations"), p.is_collected("benefit_awards")
        (True, False)
    """

    birth_date: date = attrs.field(validator=_is_date("Person"))
    sex: Sex = attrs.field(validator=_is(Sex, "Person"))
    pesel: str | None = attrs.field(
        default=None, repr=False, converter=_pesel_converter, kw_only=True
    )
    reference: str | None = attrs.field(
        default=None, repr=False, validator=_optional_text("Person"), kw_only=True
    )
    registrations: tuple[Registration, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional(
            [_each(Registration, "Person"), _no_overlaps("Person")]
        ),
        kw_only=True,
    )
    benefit_awards: tuple[BenefitAward, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(BenefitAward, "Person")]),
        kw_only=True,
    )
    social_contracts: tuple[SocialContract, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(SocialContract, "Person")]),
        kw_only=True,
    )
    certificates: tuple[DisabilityCertificate, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(DisabilityCertificate, "Person")]),
        kw_only=True,
    )
    residences: tuple[Residence, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(Residence, "Person"), _no_overlaps("Person")]),
        kw_only=True,
    )
    households: tuple[Household, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(Household, "Person")]),
        kw_only=True,
    )
    situations: tuple[SituationSpell, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(SituationSpell, "Person")]),
        kw_only=True,
    )
    entitlements: tuple[Entitlement, ...] | None = attrs.field(
        default=None,
        converter=optional_tuple,
        validator=attrs.validators.optional([_each(Entitlement, "Person")]),
        kw_only=True,
    )
    _registered: RangeSet = attrs.field(init=False, repr=False, eq=False)
    _countable: RangeSet = attrs.field(init=False, repr=False, eq=False)
    _not_collected: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.pesel is not None:
            validate_pesel(self.pesel, self.birth_date, self.sex)
        certificates = self.certificates or ()
        all_households = self.households or ()
        dated: list[tuple[str, Iterable[DateRange]]] = [
            ("registrations", _periods(self.registrations or ())),
            ("benefit_awards", _periods(self.benefit_awards or ())),
            ("social_contracts", _periods(self.social_contracts or ())),
            ("certificates", (c.valid for c in certificates)),
            ("residences", _periods(self.residences or ())),
            ("households", (h.valid for h in all_households if h.valid is not None)),
            ("situations", _periods(self.situations or ())),
            ("entitlements", _periods(self.entitlements or ())),
        ]
        for name, periods in dated:
            for period in periods:
                if period.start < self.birth_date:
                    raise InvalidRange(
                        f"Person.{name} has a period starting before Person.birth_date"
                    )
        households = [h for h in all_households if h.valid is not None]
        for i, first in enumerate(households):
            for second in households[i + 1 :]:
                assert first.valid is not None and second.valid is not None
                if first.valid.overlaps(second.valid):
                    raise InvalidRange("Person.households has statements with overlapping validity")
        if sum(1 for h in all_households if h.valid is None) > 1:
            raise InvalidValue(
                "Person.households may hold at most one statement without a validity period"
            )
        registrations = self.registrations or ()
        registered = RangeSet(r.period for r in registrations)
        countable = RangeSet(d for r in registrations for d in r.countable)
        object.__setattr__(self, "_registered", registered)
        object.__setattr__(self, "_countable", countable)
        missing = tuple(name for name in HISTORIES if getattr(self, name) is None)
        object.__setattr__(self, "_not_collected", missing)

    def __repr__(self) -> str:
        parts = [f"sex={self.sex.value}"]
        for name in HISTORIES:
            value = getattr(self, name)
            parts.append(f"{name}={'not collected' if value is None else len(value)}")
        return f"Person({', '.join(parts)})"

    # -- what was collected ---------------------------------------------------------------------

    def is_collected(self, history: str) -> bool:
        """Whether the history named ``history`` (one of [`HISTORIES`][integra.people.HISTORIES])
        was collected (possibly empty).

        Raises:
            InvalidValue: ``history`` is not the name of a history.

        Examples:
            >>> from datetime import date
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=())
            >>> p.is_collected("registrations"), p.is_collected("households")
            (True, False)
        """
        if history not in HISTORIES:
            raise InvalidValue("Person.is_collected expects the name of a history field")
        return getattr(self, history) is not None

    @property
    def not_collected(self) -> tuple[str, ...]:
        """The names of the histories that were not collected, in field order.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE, registrations=(), households=()).not_collected
            ('benefit_awards', 'social_contracts', 'certificates', 'residences', 'situations', 'entitlements')
        """
        return self._not_collected

    # -- derived facts --------------------------------------------------------------------------

    def age_on(self, day: date) -> int:
        """Age in completed years on ``day``.

        Following Kodeks cywilny art. 112, a person attains the next year of age at the start of
        their birthday; someone born on 29 February attains it on 28 February in common years
        (the last day of the month, as the month has no 29th).

        Raises:
            InvalidValue: ``day`` is before the birth date.

        Examples:
            >>> from datetime import date
            >>> leapling = Person(date(2004, 2, 29), Sex.FEMALE)
            >>> leapling.age_on(date(2022, 2, 27)), leapling.age_on(date(2022, 2, 28))
            (17, 18)
            >>> leapling.age_on(date(2024, 2, 28)), leapling.age_on(date(2024, 2, 29))
            (19, 20)
        """
        birth = self.birth_date
        if day < birth:
            raise InvalidValue("the evaluation date is before Person.birth_date")
        age = day.year - birth.year
        month, dom = birth.month, birth.day
        if month == 2 and dom == 29 and not calendar.isleap(day.year):
            dom = 28
        if (day.month, day.day) < (month, dom):
            age -= 1
        return age

    @property
    def registered(self) -> RangeSet:
        """Every day the person was registered as unemployed.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).registered.is_empty
            True
        """
        return self._registered

    @property
    def countable_registration(self) -> RangeSet:
        """Registered days less internships and adult vocational preparation (UPZ art. 2 ust. 1
        pkt 5).

        Examples:
            >>> from datetime import date
            >>> from integra.people import ExcludedPeriod, ExclusionKind
            >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[
            ...     Registration(DateRange(date(2024, 1, 1), date(2024, 3, 31)), exclusions=[
            ...         ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2024, 2, 1), date(2024, 2, 29)))])])
            >>> p.countable_registration.days
            62
        """
        return self._countable

    def is_registered_on(self, day: date) -> bool:
        """Whether a registration covers ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).is_registered_on(date(2024, 1, 1))
            False
        """
        return day in self._registered

    def registration_on(self, day: date) -> Registration | None:
        """The registration covering ``day``, if any.

        Examples:
            >>> from datetime import date
            >>> r = Registration(DateRange(date(2024, 1, 1)))
            >>> Person(date(1990, 1, 1), Sex.MALE, registrations=[r]).registration_on(date(2024, 5, 5)) == r
            True
        """
        for registration in self.registrations or ():
            if day in registration.period:
                return registration
        return None

    def profile_on(self, day: date) -> AssistanceProfile | None:
        """The assistance profile held on ``day``, if any.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).profile_on(date(2016, 1, 1)) is None
            True
        """
        registration = self.registration_on(day)
        return None if registration is None else registration.profile_on(day)

    def awards_on(self, day: date) -> tuple[BenefitAward, ...]:
        """The social-assistance awards covering ``day``.

        Examples:
            >>> from datetime import date
            >>> from integra.people import BenefitKind
            >>> a = BenefitAward(BenefitKind.PURPOSIVE_ALLOWANCE, DateRange.day(date(2024, 3, 5)))
            >>> len(Person(date(1990, 1, 1), Sex.MALE, benefit_awards=[a]).awards_on(date(2024, 3, 5)))
            1
        """
        awards = self.benefit_awards
        return tuple([a for a in awards if day in a.period]) if awards else ()

    def has_social_contract_on(self, day: date) -> bool:
        """Whether a social contract runs on ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).has_social_contract_on(date(2024, 1, 1))
            False
        """
        contracts = self.social_contracts
        if not contracts:
            return False
        return any(day in c.period for c in contracts)

    def certificates_on(self, day: date) -> tuple[DisabilityCertificate, ...]:
        """The certificates valid on ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).certificates_on(date(2024, 1, 1))
            ()
        """
        certificates = self.certificates
        return tuple([c for c in certificates if day in c.valid]) if certificates else ()

    def residence_on(self, day: date) -> Residence | None:
        """Where the person lived on ``day``, if recorded.

        Examples:
            >>> from datetime import date
            >>> from integra.people import Address
            >>> home = Residence(Address(gmina="Nysa", house_number="1"), DateRange(date(2020, 1, 1)))
            >>> Person(date(1990, 1, 1), Sex.MALE, residences=[home]).residence_on(date(2024, 1, 1)).address.gmina
            'Nysa'
        """
        for residence in self.residences or ():
            if day in residence.period:
                return residence
        return None

    def household_on(self, day: date) -> Household | None:
        """The household statement for ``day``: the one whose validity covers it, else the one
        without a validity period, else ``None``.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> p = Person(date(1990, 1, 1), Sex.MALE, households=[Household(2, Decimal("1000"))])
            >>> p.household_on(date(2024, 1, 1)).members
            2
        """
        fallback = None
        for household in self.households or ():
            if household.valid is None:
                fallback = household
            elif day in household.valid:
                return household
        return fallback

    def situations_on(self, day: date) -> frozenset[SocialSituation]:
        """The social situations that hold on ``day``.

        Examples:
            >>> from datetime import date
            >>> s = SituationSpell(SocialSituation.FOOD_AID, DateRange(date(2024, 1, 1)))
            >>> Person(date(1990, 1, 1), Sex.MALE, situations=[s]).situations_on(date(2024, 6, 1))
            frozenset({<SocialSituation.FOOD_AID: 'food_aid'>})
        """
        spells = self.situations
        if not spells:
            return _EMPTY
        return frozenset([s.situation for s in spells if day in s.period])

    def entitlements_on(self, day: date) -> frozenset[EntitlementKind]:
        """The rights to other benefits held on ``day``.

        Examples:
            >>> from datetime import date
            >>> Person(date(1990, 1, 1), Sex.MALE).entitlements_on(date(2024, 1, 1))
            frozenset()
        """
        entitlements = self.entitlements
        if not entitlements:
            return _EMPTY
        return frozenset([e.kind for e in entitlements if day in e.period])
