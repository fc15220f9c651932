"""Social assistance (UPS): the reasons for assistance, the income test, and receipt of benefits.

* **Reasons** (UPS art. 7): assistance is granted in particular because of poverty, orphanhood,
  homelessness, unemployment, disability, long-term or serious illness, domestic violence,
  trafficking, maternity or a large family, helplessness in care-and-upbringing matters,
  integration difficulties of foreigners, difficulties after prison, alcoholism or drug addiction,
  a random event or crisis, a natural or ecological disaster. Each
  [`AssistanceReason`][integra.rules.assistance.AssistanceReason] says which recorded facts
  establish it.
* **Income test** (UPS art. 8 ust. 1): a person keeping house alone qualifies with income not above
  the single-person criterion; a family, with income per person not above the per-person
  criterion (equivalently, family income not above per-person criterion × members). The criterion
  is the one in force on the date of the law.
* **Right to cash benefits** (art. 8 ust. 1): the income test **and** at least one art. 7 reason.
* **Receives social-assistance benefits**: a benefit award (decision) covers the date.

Records are read as complete: a history without an entry covering the date means "no" (no award,
no reason). The household statement is different: without one the income test is ``UNKNOWN``.

Examples:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from integra import Household, Person, Sex
    >>> alone = Person(date(1970, 1, 1), Sex.MALE, households=[Household(1, Decimal("1010.00"))])
    >>> INCOME_WITHIN_CRITERION.evaluate(alone, date(2025, 1, 1)).outcome.value
    'eligible'
    >>> INCOME_WITHIN_CRITERION.evaluate(alone, date(2024, 12, 31)).outcome.value
    'not_eligible'
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import Any, ClassVar

import attrs

from integra.labels import Label, Language, format_date, format_money, format_month
from integra.law import Certainty, Citation, Timeline
from integra.parameters import INCOME_CRITERIA, UPS, IncomeCriterion
from integra.people import Household, SocialSituation
from integra.rules.core import (
    ELIGIBLE,
    NOT_COLLECTED,
    NOT_ELIGIBLE,
    UNKNOWN,
    AllOf,
    Condition,
    Context,
    Fact,
    Outcome,
    Verdict,
    all_of,
    in_force,
)
from integra.rules.core.columns import ColumnFrame, fact_bit

__all__ = [
    "HAS_ASSISTANCE_REASON",
    "HAS_SOCIAL_CONTRACT",
    "INCOME_WITHIN_CRITERION",
    "QUALIFIES_FOR_CASH_BENEFITS",
    "RECEIVES_SOCIAL_ASSISTANCE",
    "AssistanceReason",
    "HasAssistanceReason",
    "HasSocialContract",
    "IncomeWithinCriterion",
    "ReceivesSocialAssistance",
]

_UPS_START = date(2004, 5, 1)
_NEW_VIOLENCE_WORDING = date(2023, 6, 22)


class AssistanceReason(enum.Enum):
    """The reasons for social assistance listed in UPS art. 7 (point 10 is repealed).

    Examples:
        >>> AssistanceReason.DOMESTIC_VIOLENCE.point
        '7'
        >>> from datetime import date
        >>> AssistanceReason.DOMESTIC_VIOLENCE.label_on(date(2023, 6, 21)).pl
        'przemoc w rodzinie'
        >>> AssistanceReason.DOMESTIC_VIOLENCE.label_on(date(2023, 6, 22)).pl
        'przemoc domowa'
    """

    POVERTY = "1"
    ORPHANHOOD = "2"
    HOMELESSNESS = "3"
    UNEMPLOYMENT = "4"
    DISABILITY = "5"
    LONG_TERM_ILLNESS = "6"
    DOMESTIC_VIOLENCE = "7"
    TRAFFICKING = "7a"
    MATERNITY_OR_LARGE_FAMILY = "8"
    HELPLESSNESS = "9"
    FOREIGNER_INTEGRATION = "11"
    AFTER_PRISON = "12"
    ADDICTION = "13"
    RANDOM_EVENT = "14"
    DISASTER = "15"

    @property
    def point(self) -> str:
        """The point (pkt) of art. 7.

        Examples:
            >>> AssistanceReason.ADDICTION.point
            '13'
        """
        return str(self.value)

    @property
    def citation(self) -> Citation:
        """UPS art. 7 pkt N.

        Examples:
            >>> AssistanceReason.POVERTY.citation.text("pl")
            'art. 7 pkt 1 ustawy o pomocy społecznej'
        """
        return Citation(UPS, article="7", point=self.point)

    def label_on(self, law_on: date) -> Label:
        """The reason as the act words it on ``law_on`` ("przemoc w rodzinie" became "przemoc
        domowa" on 2023-06-22).

        Examples:
            >>> from datetime import date
            >>> AssistanceReason.POVERTY.label_on(date(2020, 1, 1)).en
            'poverty'
        """
        if self is AssistanceReason.DOMESTIC_VIOLENCE and law_on < _NEW_VIOLENCE_WORDING:
            return Label(pl="przemoc w rodzinie", en="violence in the family")
        return _REASON_LABELS[self]

    @property
    def situations(self) -> frozenset[SocialSituation]:
        """The recorded situations that establish the reason (unemployment and disability are
        established from registrations and certificates instead).

        Examples:
            >>> sorted(s.value for s in AssistanceReason.ADDICTION.situations)
            ['alcohol_dependent', 'drug_dependent']
        """
        return _REASON_SITUATIONS[self]


_REASON_LABELS = {
    AssistanceReason.POVERTY: Label(pl="ubóstwo", en="poverty"),
    AssistanceReason.ORPHANHOOD: Label(pl="sieroctwo", en="orphanhood"),
    AssistanceReason.HOMELESSNESS: Label(pl="bezdomność", en="homelessness"),
    AssistanceReason.UNEMPLOYMENT: Label(pl="bezrobocie", en="unemployment"),
    AssistanceReason.DISABILITY: Label(pl="niepełnosprawność", en="disability"),
    AssistanceReason.LONG_TERM_ILLNESS: Label(
        pl="długotrwała lub ciężka choroba", en="long-term or serious illness"
    ),
    AssistanceReason.DOMESTIC_VIOLENCE: Label(pl="przemoc domowa", en="domestic violence"),
    AssistanceReason.TRAFFICKING: Label(
        pl="potrzeba ochrony ofiar handlu ludźmi",
        en="protection of victims of human trafficking",
    ),
    AssistanceReason.MATERNITY_OR_LARGE_FAMILY: Label(
        pl="potrzeba ochrony macierzyństwa lub wielodzietności",
        en="protection of maternity or a large family",
    ),
    AssistanceReason.HELPLESSNESS: Label(
        pl="bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego",
        en="helplessness in care-and-upbringing and household matters",
    ),
    AssistanceReason.FOREIGNER_INTEGRATION: Label(
        pl="trudności w integracji cudzoziemców",
        en="integration difficulties of foreigners",
    ),
    AssistanceReason.AFTER_PRISON: Label(
        pl="trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego",
        en="difficulties after release from prison",
    ),
    AssistanceReason.ADDICTION: Label(
        pl="alkoholizm lub narkomania", en="alcoholism or drug addiction"
    ),
    AssistanceReason.RANDOM_EVENT: Label(
        pl="zdarzenie losowe i sytuacja kryzysowa", en="random event and crisis"
    ),
    AssistanceReason.DISASTER: Label(
        pl="klęska żywiołowa lub ekologiczna", en="natural or ecological disaster"
    ),
}

_S = SocialSituation
_REASON_SITUATIONS: dict[AssistanceReason, frozenset[SocialSituation]] = {
    AssistanceReason.POVERTY: frozenset({_S.POVERTY}),
    AssistanceReason.ORPHANHOOD: frozenset({_S.ORPHANHOOD}),
    AssistanceReason.HOMELESSNESS: frozenset(
        {_S.HOMELESS_IN_PROGRAMME, _S.HOMELESS_OR_HOUSING_EXCLUDED}
    ),
    AssistanceReason.UNEMPLOYMENT: frozenset({_S.UNEMPLOYED_NOT_REGISTERED}),
    AssistanceReason.DISABILITY: frozenset(),
    AssistanceReason.LONG_TERM_ILLNESS: frozenset({_S.LONG_TERM_ILLNESS}),
    AssistanceReason.DOMESTIC_VIOLENCE: frozenset({_S.DOMESTIC_VIOLENCE}),
    AssistanceReason.TRAFFICKING: frozenset({_S.TRAFFICKING_VICTIM}),
    AssistanceReason.MATERNITY_OR_LARGE_FAMILY: frozenset({_S.MATERNITY_OR_LARGE_FAMILY}),
    AssistanceReason.HELPLESSNESS: frozenset({_S.HELPLESSNESS_IN_CARE}),
    AssistanceReason.FOREIGNER_INTEGRATION: frozenset(
        {_S.FOREIGNER_INTEGRATION, _S.REFUGEE_IN_PROGRAMME}
    ),
    AssistanceReason.AFTER_PRISON: frozenset({_S.RELEASED_FROM_PRISON}),
    AssistanceReason.ADDICTION: frozenset({_S.ALCOHOL_DEPENDENT, _S.DRUG_DEPENDENT}),
    AssistanceReason.RANDOM_EVENT: frozenset({_S.RANDOM_EVENT_OR_CRISIS}),
    AssistanceReason.DISASTER: frozenset({_S.DISASTER}),
}

_SITUATION_REASON = {
    situation: reason
    for reason, situations in _REASON_SITUATIONS.items()
    for situation in situations
}
_REASON_ORDER = {reason: index for index, reason in enumerate(AssistanceReason)}
# Read once: reading an enum member off its class costs more than the check it is used in.
_UNEMPLOYMENT, _DISABILITY = AssistanceReason.UNEMPLOYMENT, AssistanceReason.DISABILITY

_UPS_LAW: Timeline[Any] = Timeline(
    "UPS art. 7", (in_force(Citation(UPS, article="7"), _UPS_START),)
)


def reasons_on(ctx: Context) -> tuple[AssistanceReason, ...]:
    """The art. 7 reasons the person's records establish on the date of the facts.

    Examples:
        >>> from datetime import date
        >>> from integra import Person, Sex
        >>> from integra.rules.core import Context
        >>> reasons_on(Context(Person(date(1990, 1, 1), Sex.MALE), date(2024, 1, 1)))
        ()
    """

    person, on = ctx._person, ctx._on
    situations = ctx.situations
    found = (
        {_SITUATION_REASON[s] for s in situations if s in _SITUATION_REASON}
        if situations
        else set()
    )
    if on in person.registered:
        found.add(_UNEMPLOYMENT)
    if person.certificates and person.certificates_on(on):
        found.add(_DISABILITY)
    if len(found) < 2:
        # No reason, or one (most often unemployment alone): nothing to order.
        return tuple(found)
    return tuple(sorted(found, key=_REASON_ORDER.__getitem__))


@attrs.frozen(slots=True, eq=False, repr=False)
class HasAssistanceReason(Condition):
    """At least one reason for assistance of UPS art. 7 holds on the date.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Registration, Sex
        >>> p = Person(date(1990, 1, 1), Sex.MALE, registrations=[Registration(DateRange(date(2024, 1, 1)))])
        >>> HasAssistanceReason().evaluate(p, date(2024, 2, 1)).observed_text()
        'reasons found: unemployment (art. 7 pkt 4)'
    """

    law: Timeline[Any] | None = attrs.field(default=_UPS_LAW, kw_only=True)
    rule_name: ClassVar[str] = "has_assistance_reason"
    facts: ClassVar[frozenset[Fact]] = frozenset(
        {Fact.SITUATIONS, Fact.REGISTRATIONS, Fact.CERTIFICATES}
    )

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="występuje powód udzielenia pomocy społecznej (art. 7)",
            en="a reason for social assistance applies (art. 7)",
        )

    _decides_uncollected: ClassVar[bool] = True

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        # One reason found in what was collected is enough; finding none decides only when
        # every source was collected.
        reasons = reasons_on(ctx)
        if reasons:
            return ELIGIBLE, reasons, ()
        gaps = ctx.uncollected(self.facts)
        if gaps:
            return UNKNOWN, NOT_COLLECTED, gaps
        return NOT_ELIGIBLE, reasons, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a situation establishing a reason, a
        registration or a valid certificate on the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> HAS_ASSISTANCE_REASON.columns(frame, True).tolist()
            [0]
        """
        found = frame.covered_with("situations", "situation", _SITUATION_REASON)
        return frame.outcome(found | frame.covered("registrations") | frame.covered("certificates"))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The reasons found."""
        reasons: tuple[AssistanceReason, ...] = verdict.observation
        if not reasons:
            return (
                "nie stwierdzono powodu z art. 7"
                if language == "pl"
                else "no art. 7 reason recorded"
            )
        found = ", ".join(
            f"{r.label_on(verdict.law_on).text(language)} (art. 7 pkt {r.point})" for r in reasons
        )
        return ("stwierdzone powody: " if language == "pl" else "reasons found: ") + found


HAS_ASSISTANCE_REASON = HasAssistanceReason()
"""At least one reason of UPS art. 7."""


@attrs.frozen(slots=True, eq=False, repr=False)
class IncomeWithinCriterion(Condition):
    """Income not above the social-assistance income criterion in force (UPS art. 8 ust. 1): the
    single-person criterion for a person keeping house alone, the per-person criterion for each
    member of a family.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> from integra import Household, Person, Sex
        >>> family = Person(date(1980, 1, 1), Sex.FEMALE, households=[Household(3, Decimal("1800.00"))])
        >>> v = INCOME_WITHIN_CRITERION.evaluate(family, date(2024, 6, 1))
        >>> v.outcome.value, v.observed_text(), v.threshold_text()
        ('eligible', 'income per person in the family within the criterion', 'at most 600 zł a person (criterion from 2022-01-01)')
        >>> v.observed_text(personal=True)
        'income 600.00 zł a person in a family of 3'

        The income may be counted from items instead (UPS art. 8 ust. 3-5,
        [`integra.income`][integra.income]); the verdict then says so, and which month it read:

        >>> from integra.income import IncomeItem, IncomeSource, IncomeStatement
        >>> wage = IncomeItem(IncomeSource.EMPLOYMENT, date(2024, 5, 1), Decimal("1800.00"))
        >>> counted = Household.from_statement(IncomeStatement(date(2024, 6, 1), 3, [wage]))
        >>> family = Person(date(1980, 1, 1), Sex.FEMALE, households=[counted])
        >>> INCOME_WITHIN_CRITERION.evaluate(family, date(2024, 6, 1)).observed_text(personal=True)
        'income 600.00 zł a person in a family of 3, counted from the income items of 2024-05 (art. 8(3))'
    """

    law: Timeline[Any] | None = attrs.field(default=INCOME_CRITERIA, kw_only=True)
    rule_name: ClassVar[str] = "income_within_criterion"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.HOUSEHOLDS})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="dochód nie przekracza kryterium dochodowego",
            en="income within the income criterion",
        )

    def _decide(
        self, ctx: Context, version: IncomeCriterion
    ) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        household = ctx.household
        if household is None:
            return UNKNOWN, None, (Fact.HOUSEHOLDS,)
        if household.members == 1:
            ok = household.monthly_net_income <= version.single
        else:
            ok = household.monthly_net_income <= version.per_person * household.members
        return (ELIGIBLE if ok else NOT_ELIGIBLE), household, ()

    def columns(self, frame: ColumnFrame, version: IncomeCriterion) -> Any:
        """Columnar kernel (``integra.bulk``): income in grosze against the criterion, exactly
        (the criterion times the members, rounded down to the grosz, as incomes are whole
        grosze); ``UNKNOWN`` without a household statement.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> codes, missing = INCOME_WITHIN_CRITERION.columns(frame, INCOME_CRITERIA.at(date(2024, 1, 1)))
            >>> codes.tolist()
            [1]
        """
        import numpy as np

        has, members, income = frame.household()
        top = max(int(members.max()) if len(members) else 1, 1)
        limits = np.array(
            [int(version.single * 100 // 1)]
            + [int(version.per_person * 100 * m // 1) for m in range(2, top + 1)],
            dtype=np.int64,
        )
        ok = income <= limits[np.clip(members, 1, top) - 1]
        codes = np.where(has, frame.outcome(ok), 1).astype(np.int8)
        return codes, np.where(has, 0, fact_bit(Fact.HOUSEHOLDS))

    def observed_certainty(self, observation: Any) -> Certainty:
        """For an income counted from items, the certainty of the legal values the count read
        ([`IncomeAssessment.certainty`][integra.income.IncomeAssessment.certainty]: a farm's
        per-hectare amount, the exclusions of art. 8 ust. 4); ``CONFIRMED`` for a declared
        income or none.

        Examples:
            >>> from datetime import date
            >>> from decimal import Decimal
            >>> from integra import Household, Person, Sex
            >>> from integra.income import IncomeItem, IncomeSource, IncomeStatement
            >>> farm = IncomeItem(IncomeSource.FARM, date(2025, 2, 1), hectares=Decimal("1.0000"))
            >>> counted = Household.from_statement(IncomeStatement(date(2025, 3, 3), 1, [farm]))
            >>> INCOME_WITHIN_CRITERION.observed_certainty(counted).value
            'derived'
            >>> p = Person(date(1980, 1, 1), Sex.FEMALE, households=[counted])
            >>> INCOME_WITHIN_CRITERION.evaluate(p, date(2025, 3, 3)).certainty.value
            'derived'
            >>> INCOME_WITHIN_CRITERION.observed_certainty(Household(1, Decimal("459.00"))).value
            'confirmed'
        """
        if isinstance(observation, Household):
            assessment = observation.assessment
            if assessment is not None:
                return assessment.certainty
        return Certainty.CONFIRMED

    def certainty_columns(self, frame: ColumnFrame, version: IncomeCriterion) -> Any:
        """Columnar kernel of
        [`observed_certainty`][integra.rules.assistance.IncomeWithinCriterion.observed_certainty]:
        for each person, the strength of the certainty of the law their household statement's
        income was counted with (``ColumnFrame.household_certainty``).

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> INCOME_WITHIN_CRITERION.certainty_columns(frame, INCOME_CRITERIA.at(date(2024, 1, 1))).tolist()
            [3]
        """
        return frame.household_certainty()

    def citation_on(self, law_on: date) -> Citation | None:
        """UPS art. 8 ust. 1, the provision applied. The amounts in force are dated in the threshold
        text ("criterion from 2022-01-01"); the regulation that set them is cited by that dated
        entry of ``INCOME_CRITERIA`` and listed by ``citations()``.

        Examples:
            >>> from datetime import date
            >>> str(INCOME_WITHIN_CRITERION.citation_on(date(2024, 6, 1)))
            'art. 8 ust. 1 ustawy o pomocy społecznej'
        """
        if self.law is None or self.law.get(law_on) is None:
            return None
        return Citation(UPS, article="8", paragraph="1")

    def _own_citations(self) -> tuple[Citation, ...]:
        return (Citation(UPS, article="8", paragraph="1"), *super()._own_citations())

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The income observed."""
        household: Household | None = verdict.observation
        if household is None:
            return (
                "brak oświadczenia o dochodzie"
                if language == "pl"
                else "no household income statement"
            )
        return self._observed(household, language) + _basis(household, language)

    @staticmethod
    def _observed(household: Household, language: Language) -> str:
        if household.members == 1:
            amount = format_money(_zl(household.monthly_net_income), language)
            return (
                f"dochód {amount}, osoba samotnie gospodarująca"
                if language == "pl"
                else f"income {amount}, living alone"
            )
        per_person = format_money(_zl(household.income_per_person), language)
        if language == "pl":
            return f"dochód {per_person} na osobę w rodzinie {household.members}-osobowej"
        return f"income {per_person} a person in a family of {household.members}"

    def describe_public(self, verdict: Verdict, language: Language) -> str:
        """Whether the income is within the criterion, without the amount."""
        household: Household | None = verdict.observation
        if household is None:
            return self.describe(verdict, language)
        within = verdict.outcome is ELIGIBLE
        if household.members == 1:
            if language == "pl":
                text = "dochód osoby samotnie gospodarującej " + (
                    "nie przekracza kryterium" if within else "przekracza kryterium"
                )
            else:
                text = (
                    "income of a person living alone "
                    + ("within" if within else "above")
                    + (" the criterion")
                )
        elif language == "pl":
            text = "dochód na osobę w rodzinie " + (
                "nie przekracza kryterium" if within else "przekracza kryterium"
            )
        else:
            text = (
                "income per person in the family "
                + ("within" if within else "above")
                + (" the criterion")
            )
        return text + _basis(household, language)

    def threshold(self, verdict: Verdict, language: Language) -> str:
        """The criterion in force, and where it comes from."""
        if self.law is None:  # pragma: no cover - the income test always has a law
            return ""
        entry = self.law.entry_at(verdict.law_on)
        criterion: IncomeCriterion = entry.value
        household: Household | None = verdict.observation
        pl = language == "pl"
        single = format_money(criterion.single, language)
        per_person = format_money(criterion.per_person, language)
        if household is None:
            # Without a statement the size of the household is unknown too: name both amounts.
            text = (
                f"nie więcej niż {single} (osoba samotnie gospodarująca) "
                f"lub {per_person} na osobę (rodzina)"
                if pl
                else f"at most {single} (living alone) or {per_person} a person (family)"
            )
        elif household.members == 1:
            text = f"nie więcej niż {single}" if pl else f"at most {single}"
        else:
            text = (
                f"nie więcej niż {per_person} na osobę" if pl else f"at most {per_person} a person"
            )
        source = ("kryterium od " if pl else "criterion from ") + format_date(entry.start, language)
        if entry.certainty is Certainty.DERIVED:
            source += ", wartość wyprowadzona" if pl else ", derived value"
        return f"{text} ({source})"


_GROSZ = Decimal("0.01")


def _basis(household: Household, language: Language) -> str:
    """Nothing for a declared income (the texts as they always read); for an income counted from
    items, which month's items, under UPS art. 8 ust. 3."""
    statement = household.statement
    if statement is None:
        return ""
    text = format_month(statement.income_month, language)
    if language == "pl":
        return f", ustalony ze składników dochodu za {text} (art. 8 ust. 3)"
    return f", counted from the income items of {text} (art. 8(3))"


def _zl(amount: Decimal) -> Decimal:
    """Złoty with grosz, as income is stated, rounded up to the grosz: an income above a
    criterion never reads as equal to it (1800.01 zł for 3 persons is 600.01 zł a person, not
    600.00)."""
    return amount.quantize(_GROSZ, rounding=ROUND_CEILING)


INCOME_WITHIN_CRITERION = IncomeWithinCriterion()
"""Income within the criterion of UPS art. 8 ust. 1, in force on the law date."""


QUALIFIES_FOR_CASH_BENEFITS: AllOf = all_of(
    INCOME_WITHIN_CRITERION,
    HAS_ASSISTANCE_REASON,
    name="qualifies_for_cash_benefits",
    label=Label(
        pl="prawo do świadczeń pieniężnych z pomocy społecznej (art. 8 ust. 1)",
        en="right to social-assistance cash benefits (art. 8(1))",
    ),
)
"""UPS art. 8 ust. 1: the income test and at least one art. 7 reason."""

_AWARDS_LAW: Timeline[Any] = Timeline(
    "social-assistance benefits (UPS art. 36)",
    (in_force(Citation(UPS, article="36"), _UPS_START),),
)


@attrs.frozen(slots=True, eq=False, repr=False)
class ReceivesSocialAssistance(Condition):
    """Receives social-assistance benefits: a benefit award covers the date (UPS art. 36 lists the
    benefits).

    Examples:
        >>> from datetime import date
        >>> from integra import BenefitAward, BenefitKind, DateRange, Person, Sex
        >>> award = BenefitAward(BenefitKind.PERIODIC_ALLOWANCE, DateRange(date(2024, 1, 1), date(2024, 3, 31)))
        >>> p = Person(date(1990, 1, 1), Sex.MALE, benefit_awards=[award])
        >>> RECEIVES_SOCIAL_ASSISTANCE.evaluate(p, date(2024, 3, 31)).observed_text()
        'receives: periodic allowance'
    """

    law: Timeline[Any] | None = attrs.field(default=_AWARDS_LAW, kw_only=True)
    rule_name: ClassVar[str] = "receives_social_assistance"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.BENEFIT_AWARDS})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(
            pl="korzysta ze świadczeń z pomocy społecznej",
            en="receives social-assistance benefits",
        )

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        awards = ctx._person.awards_on(ctx._on)
        if not awards:
            return NOT_ELIGIBLE, (), ()
        return ELIGIBLE, tuple(dict.fromkeys([a.kind for a in awards])), ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): an award covers the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> RECEIVES_SOCIAL_ASSISTANCE.columns(frame, True).tolist()
            [0]
        """
        return frame.outcome(frame.covered("benefit_awards"))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """The benefits received on the date."""
        if not verdict.observation:
            if language == "pl":
                return f"brak decyzji przyznającej świadczenie obejmującej dzień {format_date(verdict.on, 'pl')}"
            return f"no benefit award covers {verdict.on.isoformat()}"
        kinds = ", ".join(k.label.text(language) for k in verdict.observation)
        return ("korzysta: " if language == "pl" else "receives: ") + kinds


RECEIVES_SOCIAL_ASSISTANCE = ReceivesSocialAssistance()
"""Receives social-assistance benefits on the date of the facts."""

_CONTRACT_LAW: Timeline[Any] = Timeline(
    "social contract (UPS art. 108)",
    (in_force(Citation(UPS, article="108"), _UPS_START),),
)


@attrs.frozen(slots=True, eq=False, repr=False)
class HasSocialContract(Condition):
    """Carries out a social contract (kontrakt socjalny, UPS art. 108) on the date.

    Examples:
        >>> from datetime import date
        >>> from integra import DateRange, Person, Sex, SocialContract
        >>> p = Person(date(1990, 1, 1), Sex.MALE, social_contracts=[SocialContract(DateRange(date(2024, 1, 1)))])
        >>> HAS_SOCIAL_CONTRACT.evaluate(p, date(2024, 5, 1)).eligible
        True
    """

    law: Timeline[Any] | None = attrs.field(default=_CONTRACT_LAW, kw_only=True)
    rule_name: ClassVar[str] = "has_social_contract"
    facts: ClassVar[frozenset[Fact]] = frozenset({Fact.SOCIAL_CONTRACTS})

    @property
    def label(self) -> Label:
        """The rule's label."""
        return Label(pl="realizuje kontrakt socjalny", en="carries out a social contract")

    def _decide(self, ctx: Context, version: Any) -> tuple[Outcome, Any, tuple[Fact, ...]]:
        running = ctx._person.has_social_contract_on(ctx._on)
        return (ELIGIBLE if running else NOT_ELIGIBLE), running, ()

    def columns(self, frame: ColumnFrame, version: Any) -> Any:
        """Columnar kernel (``integra.bulk``): a contract covers the date.

        Examples:
            >>> from datetime import date
            >>> from integra import Person, Sex
            >>> from integra.bulk import Frame, Population
            >>> frame = Frame(Population.from_persons([Person(date(1990, 1, 1), Sex.MALE)]), date(2024, 1, 1))
            >>> HAS_SOCIAL_CONTRACT.columns(frame, True).tolist()
            [0]
        """
        return frame.outcome(frame.covered("social_contracts"))

    def describe(self, verdict: Verdict, language: Language) -> str:
        """Whether a contract runs on the date."""
        day = format_date(verdict.on, language)
        if language == "pl":
            return (
                f"kontrakt obowiązuje w dniu {day}"
                if verdict.observation
                else f"brak kontraktu w dniu {day}"
            )
        return f"a contract runs on {day}" if verdict.observation else f"no contract runs on {day}"


HAS_SOCIAL_CONTRACT = HasSocialContract()
"""Carries out a social contract on the date of the facts."""
