"""Social assistance: benefit awards (decisions) and social contracts."""

from __future__ import annotations

from datetime import date

import attrs

from integra.errors import InvalidValue
from integra.labels import Label, LabelledEnum, set_labels
from integra.law import Citation
from integra.parameters import UPS
from integra.people._common import _is
from integra.periods import DateRange

__all__ = ["BenefitAward", "BenefitKind", "SocialContract"]


class BenefitKind(LabelledEnum):
    """Kinds of social-assistance benefits (świadczenia z pomocy społecznej, UPS art. 36).

    Examples:
        >>> BenefitKind.PURPOSIVE_ALLOWANCE.label.pl
        'zasiłek celowy'
        >>> BenefitKind.PURPOSIVE_ALLOWANCE.citation.text("pl")
        'art. 39 ustawy o pomocy społecznej'
    """

    PERMANENT_ALLOWANCE = "permanent_allowance"
    PERIODIC_ALLOWANCE = "periodic_allowance"
    PURPOSIVE_ALLOWANCE = "purposive_allowance"
    SPECIAL_PURPOSIVE_ALLOWANCE = "special_purposive_allowance"
    SHELTER = "shelter"
    MEALS = "meals"
    CARE_SERVICES = "care_services"
    OTHER = "other"

    @property
    def citation(self) -> Citation:
        """The article of UPS that provides the benefit.

        Examples:
            >>> BenefitKind.OTHER.citation.text("en")
            'Art. 36 of the Act on Social Assistance (UPS)'
        """
        return Citation(UPS, article=_BENEFIT_ARTICLES[self])


_BENEFIT_ARTICLES = {
    BenefitKind.PERMANENT_ALLOWANCE: "37",
    BenefitKind.PERIODIC_ALLOWANCE: "38",
    BenefitKind.PURPOSIVE_ALLOWANCE: "39",
    BenefitKind.SPECIAL_PURPOSIVE_ALLOWANCE: "41",
    BenefitKind.SHELTER: "48a",
    BenefitKind.MEALS: "48b",
    BenefitKind.CARE_SERVICES: "50",
    BenefitKind.OTHER: "36",
}

set_labels(
    BenefitKind,
    {
        BenefitKind.PERMANENT_ALLOWANCE: Label(pl="zasiłek stały", en="permanent allowance"),
        BenefitKind.PERIODIC_ALLOWANCE: Label(pl="zasiłek okresowy", en="periodic allowance"),
        BenefitKind.PURPOSIVE_ALLOWANCE: Label(pl="zasiłek celowy", en="purposive allowance"),
        BenefitKind.SPECIAL_PURPOSIVE_ALLOWANCE: Label(
            pl="specjalny zasiłek celowy", en="special purposive allowance"
        ),
        BenefitKind.SHELTER: Label(pl="schronienie", en="shelter"),
        BenefitKind.MEALS: Label(pl="posiłek", en="meals"),
        BenefitKind.CARE_SERVICES: Label(pl="usługi opiekuńcze", en="care services"),
        BenefitKind.OTHER: Label(
            pl="inne świadczenie z pomocy społecznej", en="other social-assistance benefit"
        ),
    },
)


@attrs.frozen(slots=True)
class BenefitAward:
    """A social-assistance benefit granted by decision for a period. A person "receives
    social-assistance benefits" on any day an award covers.

    Attributes:
        kind: The benefit.
        period: The period the decision grants it for.
        decided_on: The date of the decision, if known.

    Examples:
        >>> from datetime import date
        >>> award = BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 1, 1), date(2024, 6, 30)))
        >>> date(2024, 7, 1) in award.period
        False
    """

    kind: BenefitKind = attrs.field(validator=_is(BenefitKind, "BenefitAward"))
    period: DateRange = attrs.field(validator=_is(DateRange, "BenefitAward"))
    decided_on: date | None = attrs.field(default=None)

    @decided_on.validator
    def _check_decided(self, attribute: attrs.Attribute[date | None], value: date | None) -> None:
        if value is not None and type(value) is not date:
            raise InvalidValue("BenefitAward.decided_on must be a datetime.date or None")


@attrs.frozen(slots=True)
class SocialContract:
    """A social contract (kontrakt socjalny, UPS art. 108): a written agreement between a social
    worker and the person on what each will do to overcome the person's difficult situation.

    Attributes:
        period: The period the contract runs.

    Examples:
        >>> from datetime import date
        >>> SocialContract(DateRange(date(2024, 1, 1), date(2024, 12, 31))).citation.article
        '108'
    """

    period: DateRange = attrs.field(validator=_is(DateRange, "SocialContract"))

    @property
    def citation(self) -> Citation:
        """UPS art. 108.

        Examples:
            >>> from datetime import date
            >>> str(SocialContract(DateRange(date(2024, 1, 1))).citation)
            'art. 108 ustawy o pomocy społecznej'
        """
        return Citation(UPS, article="108")
