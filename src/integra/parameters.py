"""The dated legal parameters of active integration, as typed data with their sources.

Each parameter is a [`Timeline`][integra.law.Timeline]: every value carries the day it applies
from, the provision that sets it and whether it is ``CONFIRMED`` by a public source or ``DERIVED``
(computed from a statutory rule or read from secondary sources and still awaiting the primary
text). The logic that reads these values lives elsewhere; to add a new value (a new income
criterion, next year's rate), append a [`Dated`][integra.law.Dated] entry here.

Examples:
    >>> from datetime import date
    >>> INCOME_CRITERIA.at(date(2025, 3, 1))
    IncomeCriterion(single=Decimal('1010'), per_person=Decimal('823'))
    >>> PSU_MINIMUM_HOURLY_RATE.entry_at(date(2024, 7, 1)).certainty
    <Certainty.DERIVED: 'derived'>
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, LabelledEnum, set_labels
from integra.law import LAW_REVIEW_DATE, Act, Certainty, Citation, Dated, Repeal, Timeline

__all__ = [
    "CIS_RULES",
    "EFFECTIVENESS_AT_RISK",
    "EFFECTIVENESS_SEVERE_DISABILITY",
    "EU_2014_2020",
    "EU_2021_2027",
    "INCOME_CRITERIA",
    "KC",
    "LAW_REVIEW_DATE",
    "PAI_LIMITS",
    "PAI_REPEAL",
    "PAI_TARGET_GROUP",
    "PSU_MINIMUM_HOURLY_RATE",
    "PSU_MONTHLY_HOURS_CAP",
    "PSU_REFUND_SHARE_MAX",
    "PSU_WEEKLY_HOURS_MAX",
    "UPS",
    "UPZ",
    "UPZ_REPEAL",
    "UR",
    "URP",
    "URZ",
    "UZS",
    "UZS_2022_AMENDMENT",
    "CisRules",
    "EffectivenessThresholds",
    "IncomeCriterion",
    "PaiLimits",
    "PaiTargetGroup",
]

CONFIRMED = Certainty.CONFIRMED
DERIVED = Certainty.DERIVED

# --- Legal sources ---------------------------------------------------------------------------

UPZ = Act(
    short="UPZ",
    title_pl="ustawa o promocji zatrudnienia i instytucjach rynku pracy",
    of_pl="ustawy o promocji zatrudnienia i instytucjach rynku pracy",
    title_en="Act on Employment Promotion and Labour Market Institutions",
    eli="DU/2004/1001",
)
"""Act of 20 April 2004 (Dz.U. 2004 nr 99 poz. 1001); repealed from 2025-06-01 by [`URP`][integra.parameters.URP]."""

URP = Act(
    short="URP",
    title_pl="ustawa o rynku pracy i służbach zatrudnienia",
    of_pl="ustawy o rynku pracy i służbach zatrudnienia",
    title_en="Act on the Labour Market and Employment Services",
    eli="DU/2025/620",
)
"""Act of 20 March 2025 (Dz.U. 2025 poz. 620), in force from 2025-06-01."""

UPS = Act(
    short="UPS",
    title_pl="ustawa o pomocy społecznej",
    of_pl="ustawy o pomocy społecznej",
    title_en="Act on Social Assistance",
    eli="DU/2004/593",
)
"""Act of 12 March 2004 (Dz.U. 2004 nr 64 poz. 593)."""

UZS = Act(
    short="UZS",
    title_pl="ustawa o zatrudnieniu socjalnym",
    of_pl="ustawy o zatrudnieniu socjalnym",
    title_en="Act on Social Employment",
    eli="DU/2003/1143",
)
"""Act of 13 June 2003 (Dz.U. 2003 nr 122 poz. 1143)."""

UZS_2022_AMENDMENT = Act(
    short="UZS-2022",
    title_pl="ustawa o zmianie ustawy o zatrudnieniu socjalnym oraz niektórych innych ustaw",
    of_pl="ustawy o zmianie ustawy o zatrudnieniu socjalnym oraz niektórych innych ustaw",
    title_en="Act amending the Act on Social Employment",
    eli="DU/2022/218",
)
"""The amendment in force from 2022-02-15 (Dz.U. 2022 poz. 218)."""

URZ = Act(
    short="URZ",
    title_pl="ustawa o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych",
    of_pl="ustawy o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych",
    title_en="Act on Vocational and Social Rehabilitation and Employment of Persons with Disabilities",
    eli="DU/1997/776",
)
"""Act of 27 August 1997 (Dz.U. 1997 nr 123 poz. 776)."""

UR = Act(
    short="UR",
    title_pl="ustawa o rewitalizacji",
    of_pl="ustawy o rewitalizacji",
    title_en="Act on Revitalisation",
    eli="DU/2015/1777",
)
"""Act of 9 October 2015 (Dz.U. 2015 poz. 1777), in force from 2015-11-18."""

KC = Act(
    short="KC",
    title_pl="Kodeks cywilny",
    of_pl="Kodeksu cywilnego",
    title_en="Civil Code",
    eli="DU/1964/93",
)
"""Civil Code of 23 April 1964 (Dz.U. 1964 nr 16 poz. 93): arts. 110-116 on computing periods."""

EU_2014_2020 = Act(
    short="EU-2014-2020",
    title_pl=(
        "Wytyczne w zakresie realizacji przedsięwzięć w obszarze włączenia społecznego "
        "i zwalczania ubóstwa z wykorzystaniem środków EFS i EFRR na lata 2014–2020"
    ),
    of_pl=(
        "Wytycznych w zakresie realizacji przedsięwzięć w obszarze włączenia społecznego "
        "i zwalczania ubóstwa z wykorzystaniem środków EFS i EFRR na lata 2014–2020"
    ),
    title_en="Guidelines on social inclusion and combating poverty with ESF and ERDF, 2014-2020",
)
"""The ministry's 2014-2020 guidelines for EU-funded social-inclusion projects (not a statute)."""

EU_2021_2027 = Act(
    short="EU-2021-2027",
    title_pl=(
        "Wytyczne dotyczące realizacji projektów z udziałem środków Europejskiego Funduszu "
        "Społecznego Plus w regionalnych programach na lata 2021–2027"
    ),
    of_pl=(
        "Wytycznych dotyczących realizacji projektów z udziałem środków Europejskiego Funduszu "
        "Społecznego Plus w regionalnych programach na lata 2021–2027"
    ),
    title_en="Guidelines on ESF+ projects in regional programmes, 2021-2027",
)
"""The minister's guidelines for ESF+ projects in the regional programmes 2021-2027, issued under
art. 5 of the act of 28 April 2022 on implementing EU-funded tasks (Dz.U. 2022 poz. 1079) and
amended after the UPS changes of 1 November 2023 (not a statute)."""

UPZ_REPEAL = date(2025, 6, 1)
"""The day URP replaced UPZ (URP art. 435 keeps agreements concluded before it under the old rules)."""

_UPZ_LAST_DAY = date(2025, 5, 31)


def _regulation(year: int, position: int) -> Act:
    """A Council of Ministers regulation verifying the income criteria (UPS art. 9)."""
    return Act(
        short=f"RM-{year}/{position}",
        title_pl=(
            "rozporządzenie Rady Ministrów w sprawie zweryfikowanych kryteriów dochodowych oraz kwot "
            f"świadczeń pieniężnych z pomocy społecznej (Dz.U. {year} poz. {position})"
        ),
        of_pl=(
            "rozporządzenia Rady Ministrów w sprawie zweryfikowanych kryteriów dochodowych oraz kwot "
            f"świadczeń pieniężnych z pomocy społecznej (Dz.U. {year} poz. {position})"
        ),
        title_en=f"Council of Ministers regulation on verified income criteria (Dz.U. {year} item {position})",
        eli=f"DU/{year}/{position}",
    )


# --- Social assistance: income criteria (UPS art. 8 ust. 1, verified under art. 9) ---------------


_LIMIT = 10**12


def _positive(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A legal quantity that is meaningless at zero or below (an amount, hours, months)."""
    name = f"{type(instance).__name__}.{attribute.name}"
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise InvalidValue(f"{name} must be a Decimal or an int")
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidValue(f"{name} must be finite")
    if value <= 0:
        raise InvalidValue(f"{name} must be more than 0")
    if value >= _LIMIT:
        # No legal amount, share, hour or month count comes near it, and below it every product
        # the library computes fits Decimal's 28 digits when rounded to the grosz.
        raise InvalidValue(f"{name} must be below 10^12")


def _optional_positive(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _positive(instance, attribute, value)


def _non_negative_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValue(
            f"{type(instance).__name__}.{attribute.name} must be an int of at least 0"
        )


@attrs.frozen(slots=True)
class IncomeCriterion:
    """The social-assistance income criterion (kryterium dochodowe), in złoty a month.

    Attributes:
        single: For a person in a one-person household (osoba samotnie gospodarująca).
        per_person: For each member of a family (osoba w rodzinie); the family's criterion is this
            times the number of members.

    Examples:
        >>> from decimal import Decimal
        >>> IncomeCriterion(Decimal("776"), Decimal("600")).for_household(3)
        Decimal('1800')
        >>> IncomeCriterion(Decimal("776"), Decimal("600")).for_household(1)
        Decimal('776')
    """

    single: Decimal = attrs.field(validator=_positive)
    per_person: Decimal = attrs.field(validator=_positive)

    def for_household(self, members: int) -> Decimal:
        """The criterion for a household of ``members`` persons: the single-person amount for one,
        ``per_person × members`` for a family (UPS art. 8 ust. 1 pkt 1-2).

        Examples:
            >>> from decimal import Decimal
            >>> IncomeCriterion(Decimal("1010"), Decimal("823")).for_household(4)
            Decimal('3292')
        """
        if members < 1:
            raise InvalidValue(f"members must be at least 1, got {members}")
        return self.single if members == 1 else self.per_person * members


_ART_8 = Citation(UPS, article="8", paragraph="1", point="1")

INCOME_CRITERIA: Timeline[IncomeCriterion] = Timeline(
    "income criterion (UPS art. 8 ust. 1)",
    (
        Dated(
            IncomeCriterion(Decimal(461), Decimal(316)),
            date(2004, 5, 1),
            citation=_ART_8,
            certainty=DERIVED,
            note=(
                "amounts of the original wording of art. 8 ust. 1 (Dz.U. 2004 nr 64 poz. 593); no "
                "copy of the 2004 text of art. 8 nor an office page quoting 461 / 316 zł was found "
                "at the last review, so they stay derived"
            ),
        ),
        Dated(
            IncomeCriterion(Decimal(477), Decimal(351)),
            date(2006, 10, 1),
            citation=_ART_8,
            note="verified amounts in force from 2006-10-01",
        ),
        Dated(
            IncomeCriterion(Decimal(542), Decimal(456)),
            date(2012, 10, 1),
            citation=Citation(_regulation(2012, 823), section="1"),
        ),
        Dated(
            IncomeCriterion(Decimal(634), Decimal(514)),
            date(2015, 10, 1),
            citation=Citation(_regulation(2015, 1058), section="1"),
        ),
        Dated(
            IncomeCriterion(Decimal(701), Decimal(528)),
            date(2018, 10, 1),
            citation=Citation(_regulation(2018, 1358), section="1"),
        ),
        Dated(
            IncomeCriterion(Decimal(776), Decimal(600)),
            date(2022, 1, 1),
            citation=Citation(_regulation(2021, 1296), section="1"),
        ),
        Dated(
            IncomeCriterion(Decimal(1010), Decimal(823)),
            date(2025, 1, 1),
            citation=Citation(_regulation(2024, 1044), section="1"),
        ),
    ),
)
"""Income criteria from 2004-05-01; the pre-2006 amounts are ``DERIVED``."""

# --- Socially useful work (prace społecznie użyteczne, UPZ art. 73a) -----------------------------

_ART_73A = Citation(UPZ, article="73a")
_PSU_END = _UPZ_LAST_DAY
_VALORISATION_NOTE = (
    "valorised on 1 June by the previous year's CPI; amount taken from secondary sources"
)

PSU_MINIMUM_HOURLY_RATE: Timeline[Decimal] = Timeline(
    "minimum hourly rate for socially useful work (UPZ art. 73a)",
    (
        Dated(
            Decimal("8.10"),
            date(2014, 5, 27),
            citation=_ART_73A,
            note="not valorised on 2017-06-01 (CPI 99.4%)",
        ),
        Dated(
            Decimal("8.30"),
            date(2018, 6, 1),
            citation=_ART_73A,
            certainty=DERIVED,
            note=_VALORISATION_NOTE,
        ),
        Dated(
            Decimal("8.50"),
            date(2019, 6, 1),
            citation=_ART_73A,
            certainty=DERIVED,
            note="amount confirmed; the start date follows the 1 June valorisation rule",
        ),
        Dated(
            Decimal("8.70"),
            date(2020, 6, 1),
            citation=_ART_73A,
            certainty=DERIVED,
            note=(
                "8.50 × CPI 102.3% (official, stat.gov.pl) = 8.6955, rounded up to full 10 groszy "
                "— a rounding rule inferred from the 2019 and 2024 amounts, its clause not read; "
                "the review of 2026-11 names a municipal social-assistance centre's page "
                "(mcps.pabianice.pl, benefits) as stating 8.70 with that valorisation, but that "
                "page was not read at the last review, and a single office page would not confirm it"
            ),
        ),
        Dated(
            Decimal("9.00"),
            date(2021, 6, 1),
            citation=_ART_73A,
            certainty=DERIVED,
            note=(
                "8.70 × CPI 103.4% (official) = 8.9958, rounded up to full 10 groszy; the amount "
                "is stated by a single labour-office page (PUP Bełchatów), which does not confirm it"
            ),
        ),
        Dated(
            Decimal("9.50"),
            date(2022, 6, 1),
            citation=_ART_73A,
            certainty=DERIVED,
            note=_VALORISATION_NOTE,
        ),
        Dated(
            Decimal("10.90"),
            date(2023, 6, 1),
            citation=_ART_73A,
            certainty=DERIVED,
            note=(
                "9.50 × CPI 114.4% (official) = 10.868, rounded up to full 10 groszy; the amount "
                "is stated by a single municipal social-assistance centre's page "
                "(mcps.pabianice.pl, 2023-06-01 and 2024-01-03), which does not confirm it"
            ),
        ),
        Dated(
            Decimal("12.20"),
            date(2024, 6, 1),
            _PSU_END,
            citation=_ART_73A,
            certainty=DERIVED,
            note=_VALORISATION_NOTE + "; URP rules from 2025-06-01 are not modelled",
        ),
    ),
)
"""Minimum pay per hour of socially useful work, złoty, 2014-05-27 .. 2025-05-31."""

PSU_WEEKLY_HOURS_MAX: Timeline[Decimal] = Timeline(
    "weekly hours of socially useful work (UPZ art. 73a)",
    (Dated(Decimal(10), date(2014, 5, 27), _PSU_END, citation=_ART_73A),),
)
"""Socially useful work is done for up to 10 hours a week."""

_PSU_REGULATION_2011 = Act(
    short="RPSU-2011",
    title_pl=(
        "rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 22 lipca 2011 r. w sprawie "
        "organizowania prac społecznie użytecznych (Dz.U. 2011 nr 155 poz. 921)"
    ),
    of_pl=(
        "rozporządzenia Ministra Pracy i Polityki Społecznej z dnia 22 lipca 2011 r. w sprawie "
        "organizowania prac społecznie użytecznych (Dz.U. 2011 nr 155 poz. 921)"
    ),
    title_en="Regulation on organising socially useful work (Dz.U. 2011 no. 155 item 921)",
    eli="DU/2011/921",
)

PSU_MONTHLY_HOURS_CAP: Timeline[Decimal] = Timeline(
    "monthly hours of socially useful work (a term of the starosta–gmina agreement, "
    "Dz.U. 2011 poz. 921 § 3 ust. 1 pkt 2)",
    (
        Dated(
            Decimal(40),
            date(2014, 5, 27),
            _PSU_END,
            citation=Citation(_PSU_REGULATION_2011, section="3", paragraph="1", point="2"),
            certainty=DERIVED,
            note=(
                "not a statutory cap: the regulation makes the monthly hours per person a term of "
                "each starosta–gmina agreement; 40 hours a month is the figure labour offices "
                "quote for their agreements (e.g. mcps.pabianice.pl, 2023)"
            ),
        ),
    ),
)
"""The usual monthly hours per person of a PSU agreement. Not set by the act: the regulation of
2011 (§ 3 ust. 1 pkt 2) leaves the monthly hours to each starosta–gmina agreement, and 40 hours is
the figure offices quote for theirs — ``DERIVED``, and an agreement's own figure prevails."""

PSU_REFUND_SHARE_MAX: Timeline[Decimal] = Timeline(
    "Labour Fund refund of socially useful work pay (UPZ art. 73a)",
    (Dated(Decimal("0.60"), date(2014, 5, 27), _PSU_END, citation=_ART_73A),),
)
"""The Labour Fund refunds the gmina up to 60% of the minimum rate for each hour."""

# --- Programme Activation and Integration (PAI, UPZ art. 62a) ----------------------------------


@attrs.frozen(slots=True)
class PaiLimits:
    """The statutory shape of a PAI referral.

    Attributes:
        activation_hours_per_week: Hours of socially useful work a week (the activation block).
        integration_min_hours_per_week: Minimum hours a week of integration activities.
        duration_months: Length of one referral, in calendar months.
        total_months_max: Longest total time in the programme across repeated referrals.

    Examples:
        >>> from datetime import date
        >>> PAI_LIMITS.at(date(2020, 1, 1)).duration_months
        2
    """

    activation_hours_per_week: Decimal = attrs.field(validator=_positive)
    integration_min_hours_per_week: Decimal = attrs.field(validator=_positive)
    duration_months: int = attrs.field(validator=_positive)
    total_months_max: int = attrs.field(validator=_positive)

    def __attrs_post_init__(self) -> None:
        if self.total_months_max < self.duration_months:
            raise InvalidValue("PaiLimits.total_months_max must not be below duration_months")


_ART_62A = Citation(UPZ, article="62a")
_PAI_START = date(2014, 5, 27)

PAI_REPEAL = Repeal(
    UPZ_REPEAL,
    Citation(URP),
    note=(
        "UPZ, and with it art. 62a, repealed by URP (act of 20 March 2025, Dz.U. 2025 poz. 620) "
        "from 2025-06-01; no PAI successor was found in URP or its summaries, so none is modelled; "
        "referrals agreed before that day run under UPZ (evaluate them with law_on before it)"
    ),
)
"""The end of PAI: UPZ art. 62a no longer applies from 2025-06-01, when URP (the act of
20 March 2025, Dz.U. 2025 poz. 620) replaced UPZ. The article of URP that repeals UPZ is not
cited here (its text was not read), so the act is cited as a whole; nothing in the library
replaces PAI.

Examples:
    >>> PAI_REPEAL.on.isoformat(), PAI_REPEAL.by.act.eli, PAI_REPEAL.replaced_by is None
    ('2025-06-01', 'DU/2025/620', True)
"""

PAI_LIMITS: Timeline[PaiLimits] = Timeline(
    "PAI limits (UPZ art. 62a)",
    (
        Dated(
            PaiLimits(Decimal(10), Decimal(10), 2, 6),
            _PAI_START,
            _UPZ_LAST_DAY,
            citation=_ART_62A,
            certainty=DERIVED,
            note=(
                "limits confirmed (legal state 2021); the start day 2014-05-27 (act of 14 March 2014, "
                "Dz.U. 2014 poz. 598) is still to be checked; no PAI equivalent was found in URP or its "
                "summaries (the act's text was not searched), so none is modelled"
            ),
        ),
    ),
    repealed=PAI_REPEAL,
)
"""PAI limits from 2014-05-27 to 2025-05-31 (UPZ repealed from 2025-06-01)."""


class PaiTargetGroup(LabelledEnum):
    """Who a labour office could refer to PAI, by version of UPZ art. 62a.

    Examples:
        >>> from datetime import date
        >>> PAI_TARGET_GROUP.at(date(2019, 6, 14))
        <PaiTargetGroup.ASSISTANCE_RECIPIENTS: 'assistance_recipients'>
    """

    PROFILE_III_WITH_ASSISTANCE = "profile_iii_with_assistance"
    """Unemployed with assistance profile III who receive social-assistance benefits."""
    ASSISTANCE_RECIPIENTS = "assistance_recipients"
    """Unemployed who receive social-assistance benefits (profiles abolished)."""


set_labels(
    PaiTargetGroup,
    {
        PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE: Label(
            pl=(
                "osoba bezrobotna, dla której ustalono III profil pomocy, korzystająca ze "
                "świadczeń pomocy społecznej"
            ),
            en="unemployed with assistance profile III receiving social-assistance benefits",
        ),
        PaiTargetGroup.ASSISTANCE_RECIPIENTS: Label(
            pl="osoba bezrobotna korzystająca ze świadczeń pomocy społecznej",  # art. 62a ust. 1 wording
            en="unemployed receiving social-assistance benefits",
        ),
    },
)

PAI_TARGET_GROUP: Timeline[PaiTargetGroup] = Timeline(
    "PAI target group (UPZ art. 62a ust. 1)",
    (
        Dated(
            PaiTargetGroup.PROFILE_III_WITH_ASSISTANCE,
            _PAI_START,
            date(2019, 6, 13),
            citation=Citation(UPZ, article="62a", paragraph="1"),
            note="profiles abolished from 2019-06-14 (Constitutional Tribunal K 53/16)",
        ),
        Dated(
            PaiTargetGroup.ASSISTANCE_RECIPIENTS,
            date(2019, 6, 14),
            _UPZ_LAST_DAY,
            citation=Citation(UPZ, article="62a", paragraph="1"),
        ),
    ),
    repealed=PAI_REPEAL,
)
"""The PAI target group by date of referral."""

# --- Social employment: CIS participation (UZS) -------------------------------------------------


@attrs.frozen(slots=True)
class CisRules:
    """How long and how intensively a person takes part in a social integration centre (CIS) and
    what integration benefit they receive, as a share of the unemployment benefit.

    Attributes:
        trial_months: Length of the trial period (0 if there is none).
        basic_months: Participation allowed after the trial period.
        extension_months_max: Longest extension.
        hours_per_day: Fixed daily hours, or ``None``.
        min_hours_per_week: Minimum weekly hours, or ``None``.
        benefit_share: Integration benefit as a share of the unemployment benefit.
        trial_benefit_share: The share during the trial period, or ``None`` if no trial.

    Examples:
        >>> from datetime import date
        >>> rules = CIS_RULES.at(date(2022, 2, 15))
        >>> rules.trial_months, rules.basic_months, rules.extension_months_max, rules.benefit_share
        (1, 11, 12, Decimal('1.20'))
    """

    trial_months: int = attrs.field(validator=_non_negative_int)
    basic_months: int = attrs.field(validator=_positive)
    extension_months_max: int = attrs.field(validator=_non_negative_int)
    hours_per_day: Decimal | None = attrs.field(validator=_optional_positive)
    min_hours_per_week: Decimal | None = attrs.field(validator=_optional_positive)
    benefit_share: Decimal = attrs.field(validator=_positive)
    trial_benefit_share: Decimal | None = attrs.field(validator=_optional_positive)

    @property
    def longest_months(self) -> int:
        """The longest participation, extension included.

        Examples:
            >>> from datetime import date
            >>> CIS_RULES.at(date(2021, 1, 1)).longest_months
            18
        """
        return self.trial_months + self.basic_months + self.extension_months_max


CIS_RULES: Timeline[CisRules] = Timeline(
    "CIS participation (UZS)",
    (
        Dated(
            CisRules(1, 11, 6, Decimal(6), None, Decimal("1.00"), Decimal("0.50")),
            date(2004, 1, 1),
            date(2022, 2, 14),
            citation=Citation(UZS, article="13"),
            certainty=DERIVED,
            note=(
                "the wording in force before 2022-02-15; its earlier history is not modelled and the "
                "start date is the act's entry into force, to be checked"
            ),
        ),
        Dated(
            CisRules(1, 11, 12, None, Decimal(30), Decimal("1.20"), Decimal("1.20")),
            date(2022, 2, 15),
            citation=Citation(UZS_2022_AMENDMENT),
            certainty=DERIVED,
            note=(
                "the ministry's guidance on the amendment (as republished by gov.legalis.pl, "
                "'Zmiany w ustawie o zatrudnieniu socjalnym'): the 1-month trial period remains and "
                "is counted separately from participation, the benefit is 120% also in the trial "
                "month; the longest stay rose from 18 to 24 months (legalis.pl), hence 1 + 11 + 12; "
                "the amended articles of UZS were not read"
            ),
        ),
    ),
)
"""CIS participation limits before and from 2022-02-15."""

# --- Outcome thresholds (EU 2014-2020 guidelines) ------------------------------------------------


@attrs.frozen(slots=True)
class EffectivenessThresholds:
    """Minimum social and employment effectiveness required of an EU 2014-2020 project.

    Attributes:
        social: Minimum share of participants with progress in social activation.
        employment: Minimum share employed within 3 months of leaving the project.
        citation: Where the thresholds are set.

    Examples:
        >>> EFFECTIVENESS_AT_RISK.employment
        Decimal('0.22')
    """

    social: Decimal = attrs.field(validator=_positive)
    employment: Decimal = attrs.field(validator=_positive)
    citation: Citation


_THRESHOLDS = Citation(EU_2014_2020)

EFFECTIVENESS_AT_RISK = EffectivenessThresholds(Decimal("0.34"), Decimal("0.22"), _THRESHOLDS)
"""Persons at risk of poverty or social exclusion: social 34%, employment 22% — the later guideline
version's values, kept under this name for compatibility. The thresholds by guideline version
(the early one set 56% combined, of which employment 22%) are
[`EFFECTIVENESS_STANDARDS`][integra.outcomes.parameters.EFFECTIVENESS_STANDARDS]; indicators read
those."""

EFFECTIVENESS_SEVERE_DISABILITY = EffectivenessThresholds(
    Decimal("0.34"), Decimal("0.12"), _THRESHOLDS
)
"""Persons with a significant degree of disability, or an intellectual or multiple disability:
social 34%, employment 12% — the later guideline version's values, kept for compatibility; by
version (the early one: 46% combined, of which 12%) see
[`EFFECTIVENESS_STANDARDS`][integra.outcomes.parameters.EFFECTIVENESS_STANDARDS]."""

# --- Unemployment benefit and the CIS integration benefit (UPZ art. 72, UZS art. 15) ------------
# Only amounts stated by public sources are listed; years not found are left as gaps, so that
# asking for them raises NoLawInForce instead of extrapolating.

__all__ += [
    "CIS_BENEFIT_SHARE",
    "CIS_TRIAL_BENEFIT_SHARE",
    "CIS_WEEKLY_HOURS_MAX",
    "UNEMPLOYMENT_BENEFIT",
]

_ART_72 = Citation(UPZ, article="72", paragraph="1", point="1")
_VALORISED = "valorised on 1 June by the previous year's CPI; announced in Monitor Polski"

UNEMPLOYMENT_BENEFIT: Timeline[Decimal] = Timeline(
    "unemployment benefit, basic amount for the first 90 days (UPZ art. 72 ust. 1 pkt 1)",
    (
        Dated(
            Decimal("847.80"),
            date(2018, 6, 1),
            date(2019, 5, 31),
            citation=_ART_72,
            note=_VALORISED + "; the amount from 2019-06-01 is not modelled yet",
        ),
        Dated(
            Decimal("881.30"),
            date(2020, 6, 1),
            date(2020, 8, 31),
            citation=_ART_72,
            note=_VALORISED,
        ),
        Dated(
            Decimal("1200.00"),
            date(2020, 9, 1),
            citation=_ART_72,
            note="raised from 2020-09-01 by an act of 2020 (amounts listed with M.P. 2020 poz. 467)",
        ),
        Dated(Decimal("1240.80"), date(2021, 6, 1), citation=_ART_72, note="M.P. 2021 poz. 486"),
        Dated(Decimal("1304.10"), date(2022, 6, 1), citation=_ART_72, note=_VALORISED),
        Dated(Decimal("1491.90"), date(2023, 6, 1), citation=_ART_72, note="M.P. 2023 poz. 496"),
        Dated(
            Decimal("1662.00"),
            date(2024, 6, 1),
            _UPZ_LAST_DAY,
            citation=_ART_72,
            note=_VALORISED + "; the amounts under URP from 2025-06-01 are not modelled",
        ),
    ),
)
"""The basic unemployment benefit (zasiłek dla bezrobotnych, 100%) for the first 90 days of the
right to it, złoty a month: the base of the CIS integration benefit. Years not found in public
sources (before 2018-06-01, 2019-06-01 .. 2020-05-31, from 2025-06-01) are not modelled."""

_ART_15 = Citation(UZS, article="15")

CIS_BENEFIT_SHARE: Timeline[Decimal] = Timeline(
    "CIS integration benefit as a share of the unemployment benefit (UZS art. 15)",
    (
        Dated(
            Decimal("1.00"),
            date(2004, 1, 1),
            date(2021, 12, 31),
            citation=_ART_15,
            certainty=DERIVED,
            note="100% of the benefit; the start date is the act's entry into force, to be checked",
        ),
        Dated(
            Decimal("1.20"),
            date(2022, 1, 1),
            citation=Citation(UZS_2022_AMENDMENT),
            note="the amendment in force from 2022-02-15 raised the share with effect from 2022-01-01",
        ),
    ),
)
"""The integration benefit (świadczenie integracyjne) of a CIS participant, as a share of the
unemployment benefit, by the month the benefit is due for."""

CIS_TRIAL_BENEFIT_SHARE: Timeline[Decimal] = Timeline(
    "CIS integration benefit in the trial month (UZS art. 15)",
    (
        Dated(
            Decimal("0.50"),
            date(2004, 1, 1),
            date(2021, 12, 31),
            citation=_ART_15,
            certainty=DERIVED,
            note="50% in the trial month; the start date is the act's entry into force, to be checked",
        ),
        Dated(
            Decimal("1.20"),
            date(2022, 1, 1),
            citation=Citation(UZS_2022_AMENDMENT),
            note="the reduced trial-month share was abolished by the amendment in force from "
            "2022-02-15, with effect from 2022-01-01",
        ),
    ),
)
"""The share paid for the trial month; from 2022-01-01 the same as the full share."""

CIS_WEEKLY_HOURS_MAX: Timeline[Decimal] = Timeline(
    "longest weekly stay in a CIS (UZS art. 14 ust. 1)",
    (
        Dated(
            Decimal(40),
            date(2022, 2, 15),
            date(2022, 11, 2),
            citation=Citation(UZS, article="14", paragraph="1"),
            certainty=DERIVED,
            note="at least 30 and at most 40 hours a week, from the amendment of 2022 (Dz.U. 2022 "
            "poz. 218), as a legal publisher's summary of the amendment reports it (legalis.pl); "
            "the amended text of the article was not read for this period",
        ),
        Dated(
            Decimal(40),
            date(2022, 11, 3),
            citation=Citation(UZS, article="14", paragraph="1"),
            note="the consolidated text Dz.U. 2022 poz. 2241 (version from 2022-11-03, as "
            "sip.lex.pl gives it) reads: the weekly stay of a participant in the Centre may not be "
            "shorter than 30 hours nor longer than 40 hours",
        ),
    ),
)
"""From 2022-02-15 a participant's weekly stay in a CIS is at most 40 hours (and at least 30, see
[`CIS_RULES`][integra.parameters.CIS_RULES]): ``DERIVED`` from the amendment until 2022-11-02,
``CONFIRMED`` from 2022-11-03 by the wording of the consolidated text (Dz.U. 2022 poz. 2241).

Examples:
    >>> CIS_WEEKLY_HOURS_MAX.lookup(date(2022, 3, 1)).certainty.value
    'derived'
    >>> found = CIS_WEEKLY_HOURS_MAX.lookup(date(2022, 11, 3))
    >>> found.value, found.certainty.value
    (Decimal('40'), 'confirmed')
"""
