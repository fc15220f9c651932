"""Registration as unemployed at a labour office: spells, excluded periods, assistance profiles."""

from __future__ import annotations

from datetime import date

import attrs

from integra._convert import as_tuple
from integra.labels import Label, LabelledEnum, set_labels
from integra.people._common import _each, _is, _within
from integra.periods import DateRange, RangeSet

__all__ = [
    "AssistanceProfile",
    "ExcludedPeriod",
    "ExclusionKind",
    "ProfileSpell",
    "Registration",
]


class AssistanceProfile(LabelledEnum):
    """Assistance profile (profil pomocy) assigned by the labour office under UPZ from 2014-05-27
    until profiling was abolished from 2019-06-14 (act of 26 April 2019, after the Constitutional
    Tribunal's judgment K 53/16).

    Examples:
        >>> AssistanceProfile.III.label.en
        'profile III: furthest from the labour market'
    """

    I = "I"  # noqa: E741  (the profile is called I in the act)
    II = "II"
    III = "III"


set_labels(
    AssistanceProfile,
    {
        AssistanceProfile.I: Label(
            pl="profil pomocy I: bezrobotny aktywny", en="profile I: ready for work"
        ),
        AssistanceProfile.II: Label(
            pl="profil pomocy II: bezrobotny wymagający wsparcia", en="profile II: needs support"
        ),
        AssistanceProfile.III: Label(
            pl="profil pomocy III: bezrobotny oddalony od rynku pracy",
            en="profile III: furthest from the labour market",
        ),
    },
)


class ExclusionKind(LabelledEnum):
    """Periods of a registration that do not count towards long-term unemployment
    (UPZ art. 2 ust. 1 pkt 5).

    Examples:
        >>> ExclusionKind.INTERNSHIP.label.pl
        'staż'
    """

    INTERNSHIP = "internship"
    ADULT_VOCATIONAL_PREPARATION = "adult_vocational_preparation"


set_labels(
    ExclusionKind,
    {
        ExclusionKind.INTERNSHIP: Label(pl="staż", en="internship"),
        ExclusionKind.ADULT_VOCATIONAL_PREPARATION: Label(
            pl="przygotowanie zawodowe dorosłych", en="adult vocational preparation"
        ),
    },
)


# --- Registration as unemployed -----------------------------------------------------------------


@attrs.frozen(slots=True)
class ExcludedPeriod:
    """A part of a registration spent on an internship or adult vocational preparation.

    Attributes:
        kind: What the period was.
        period: When it lasted.

    Examples:
        >>> from datetime import date
        >>> ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2024, 1, 1), date(2024, 6, 30))).period.days
        182
    """

    kind: ExclusionKind = attrs.field(validator=_is(ExclusionKind, "ExcludedPeriod"))
    period: DateRange = attrs.field(validator=_is(DateRange, "ExcludedPeriod"))


@attrs.frozen(slots=True)
class ProfileSpell:
    """An assistance profile held for a period.

    Attributes:
        profile: The profile.
        period: When it applied.

    Examples:
        >>> from datetime import date
        >>> ProfileSpell(AssistanceProfile.III, DateRange(date(2015, 1, 1))).profile.value
        'III'
    """

    profile: AssistanceProfile = attrs.field(validator=_is(AssistanceProfile, "ProfileSpell"))
    period: DateRange = attrs.field(validator=_is(DateRange, "ProfileSpell"))


@attrs.frozen(slots=True)
class Registration:
    """A spell of registration as unemployed (rejestracja jako osoba bezrobotna) at a labour
    office, with the sub-periods that do not count and the profiles assigned during it.

    Attributes:
        period: From the day of registration to the day of deregistration (open while ongoing).
        exclusions: Internships and adult vocational preparation within the spell.
        profiles: Assistance profiles held during the spell (2014-05-27 .. 2019-06-13).

    Examples:
        >>> from datetime import date
        >>> spell = Registration(
        ...     DateRange(date(2023, 1, 1), date(2023, 12, 31)),
        ...     exclusions=(ExcludedPeriod(ExclusionKind.INTERNSHIP, DateRange(date(2023, 3, 1), date(2023, 5, 31))),),
        ... )
        >>> spell.countable.days
        273
    """

    period: DateRange = attrs.field(validator=_is(DateRange, "Registration"))
    exclusions: tuple[ExcludedPeriod, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=[
            _each(ExcludedPeriod, "Registration"),
            _within("Registration", "period"),
        ],
    )
    profiles: tuple[ProfileSpell, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=[
            _each(ProfileSpell, "Registration"),
            _within("Registration", "period"),
        ],
    )

    @property
    def countable(self) -> RangeSet:
        """The days of the spell that count towards long-term unemployment.

        Examples:
            >>> from datetime import date
            >>> Registration(DateRange(date(2024, 1, 1), date(2024, 1, 31))).countable.days
            31
        """
        return RangeSet.of(self.period).subtract(*(e.period for e in self.exclusions))

    def profile_on(self, day: date) -> AssistanceProfile | None:
        """The profile held on ``day``, if any.

        Examples:
            >>> from datetime import date
            >>> spell = Registration(
            ...     DateRange(date(2015, 1, 1)),
            ...     profiles=(ProfileSpell(AssistanceProfile.II, DateRange(date(2015, 2, 1))),),
            ... )
            >>> spell.profile_on(date(2015, 1, 15)) is None, spell.profile_on(date(2016, 1, 1))
            (True, <AssistanceProfile.II: 'II'>)
        """
        for spell in self.profiles:
            if day in spell.period:
                return spell.profile
        return None
