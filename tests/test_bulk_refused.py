"""A person born after the screening date does not stop a columnar screen: their row is refused
(no outcome for any rule, the scalar path's error), everyone else is screened as if they were
not there, and nothing personal is printed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
import pytest

from helpers import BornIn1990
from integra import (
    DateRange,
    Household,
    IntegraError,
    Person,
    Registration,
    Sex,
)
from integra.bulk import Population, screen
from integra.bulk.evaluate import REFUSED
from integra.rules import (
    INCOME_WITHIN_CRITERION,
    REGISTERED_UNEMPLOYED,
    WORKING_AGE,
    screen_each,
)

ON = date(2025, 1, 1)


FALLBACK = BornIn1990(law=None)
RULES = (
    WORKING_AGE,
    REGISTERED_UNEMPLOYED,
    INCOME_WITHIN_CRITERION,
    ~REGISTERED_UNEMPLOYED,
    FALLBACK,
    FALLBACK & WORKING_AGE,
)
NAMES = [r.name for r in RULES]


def people() -> list[Person]:
    registered = Registration(DateRange(date(2024, 6, 1)))
    return [
        # 34, registered since 2024-06-01, household 1 500.00 zł for 1: every rule decided.
        Person(
            date(1990, 5, 5),
            Sex.FEMALE,
            registrations=[registered],
            households=[Household(1, Decimal("1500.00"))],
        ),
        # Born the day after the screening date: refused (a registration after birth is
        # allowed in the tables; it must not make her "registered").
        Person(
            date(2025, 1, 2),
            Sex.MALE,
            registrations=[Registration(DateRange(date(2025, 3, 1)))],
            households=[],
        ),
        # Born on the screening date itself: evaluated (aged 0).
        Person(date(2025, 1, 1), Sex.FEMALE, registrations=[], households=None),
        # Born years later.
        Person(date(2031, 7, 9), Sex.FEMALE),
    ]


def test_the_unborn_are_refused_and_the_others_screened() -> None:
    result = screen(RULES, Population.from_persons(people()), ON)
    assert result.refused.tolist() == [False, True, False, True]
    # By hand: the 34-year-old is of working age, registered, and 1 500.00 zł for one person
    # is above the single-person criterion (1 010 zł from 2025-01-01); the newborn is not of
    # working age, not registered (an empty history) and her household was not collected.
    assert result.outcomes("working_age").tolist() == ["eligible", None, "not_eligible", None]
    assert result.outcomes("registered_unemployed").tolist() == [
        "eligible",
        None,
        "not_eligible",
        None,
    ]
    assert result.outcomes("income_within_criterion").tolist() == [
        "not_eligible",
        None,
        "unknown",
        None,
    ]
    # Negation does not turn a refusal into an answer.
    negated = (~REGISTERED_UNEMPLOYED).name
    assert result.outcomes(negated).tolist() == ["not_eligible", None, "eligible", None]
    # A rule answered person by person skips them too (the scalar path would refuse them).
    assert result.outcomes("born_1990").tolist() == ["eligible", None, "not_eligible", None]
    assert "born_1990" in result.fell_back
    for name in NAMES:
        assert result.codes[name].tolist()[1::2] == [REFUSED, REFUSED]
        assert result.missing[name].tolist()[1::2] == [0, 0]
        assert result.missing_facts(name)[1::2] == [None, None]
    assert result.missing_facts("income_within_criterion")[:3] == [(), None, ("households",)]


def test_the_others_get_the_answers_they_get_without_the_unborn() -> None:
    everyone = people()
    alone = [everyone[0], everyone[2]]
    with_unborn = screen(RULES, Population.from_persons(everyone), ON)
    without = screen(RULES, Population.from_persons(alone), ON)
    for name in NAMES:
        assert with_unborn.codes[name][[0, 2]].tolist() == without.codes[name].tolist()
        assert with_unborn.missing[name][[0, 2]].tolist() == without.missing[name].tolist()


def test_the_refusal_reads_as_the_scalar_path_error() -> None:
    everyone = people()
    result = screen(RULES, Population.from_persons(everyone), ON)
    scalar = list(screen_each(RULES, everyone, ON))
    errors = result.errors().tolist()
    assert errors == [None if s.error is None else str(s.error) for s in scalar]
    assert errors[1] == "the evaluation date is before Person.birth_date"
    for position in (1, 3):
        with pytest.raises(IntegraError) as caught:
            result.explain(position)
        assert str(caught.value) == str(scalar[position].error)
        assert caught.value.__cause__ is None
    assert [v.outcome for v in result.explain(0)] == list(scalar[0].outcomes)


def test_counts_and_repr_say_how_many_were_refused() -> None:
    result = screen(RULES, Population.from_persons(people()), ON)
    assert result.counts("working_age") == {
        "eligible": 1,
        "not_eligible": 1,
        "unknown": 0,
        "refused": 2,
    }
    assert result.counts("income_within_criterion") == {
        "eligible": 0,
        "not_eligible": 1,
        "unknown": 1,
        "refused": 2,
    }
    assert (
        repr(result) == f"<Screening of 4 persons by {len(RULES)} rules on 2025-01-01; 2 refused>"
    )
    everyone_born = screen(RULES, Population.from_persons(people()[:1]), ON)
    assert repr(everyone_born) == f"<Screening of 1 persons by {len(RULES)} rules on 2025-01-01>"
    assert everyone_born.counts("working_age")["refused"] == 0
    with pytest.raises(IntegraError, match="no rule named"):
        result.counts("nothing")


def test_everyone_refused() -> None:
    pop = Population.from_persons(people()[1::2])
    result = screen(RULES, pop, ON)
    assert result.refused.all()
    assert result.counts("born_1990") == {
        "eligible": 0,
        "not_eligible": 0,
        "unknown": 0,
        "refused": 2,
    }
    assert set(result.columns()["working_age"].tolist()) == {None}


def test_the_columns_carry_the_refusal() -> None:
    result = screen(RULES, Population.from_persons(people()), ON)
    cols = result.columns()
    assert list(cols)[:5] == [
        "person_id",
        "error",
        "working_age",
        "working_age_missing",
        "working_age_certainty",
    ]
    assert cols["error"].tolist()[1] == "the evaluation date is before Person.birth_date"
    assert cols["error"].tolist()[0::2] == [None, None]
    assert cols["working_age_missing"].tolist() == ["", None, "", None]
    assert cols["income_within_criterion_missing"].tolist() == ["", None, "households", None]
    assert cols["working_age_certainty"].tolist() == ["confirmed", None, "confirmed", None]


def test_pandas_never_shows_a_refused_person_as_decided() -> None:
    pd = pytest.importorskip("pandas")
    df = screen(RULES, Population.from_persons(people()), ON).to_pandas()
    assert df.loc[df["working_age"] == "eligible", "person_id"].tolist() == [0]
    assert df.loc[df["working_age"] == "not_eligible", "person_id"].tolist() == [2]
    assert df.loc[df["working_age"].isna(), "person_id"].tolist() == [1, 3]
    assert df.loc[df["error"].notna(), "person_id"].tolist() == [1, 3]
    assert str(df["working_age"].dtype) == "category"
    assert list(df["working_age"].cat.categories) == ["not_eligible", "unknown", "eligible"]
    assert int(df["working_age"].value_counts(dropna=False).loc[np.nan]) == 2
    assert pd.isna(df.loc[1, "working_age_certainty"])


def test_arrow_and_polars_carry_nulls_with_a_stable_type() -> None:
    pa = pytest.importorskip("pyarrow")
    table = screen(RULES, Population.from_persons(people()), ON).to_arrow()
    assert table.column("working_age").to_pylist() == ["eligible", None, "not_eligible", None]
    assert table.column("error").null_count == 2
    nobody = screen(RULES, Population.from_persons(people()[:1]), ON).to_arrow()
    # Text columns are dictionary-encoded whether or not anyone was refused.
    assert nobody.schema.field("error").type == pa.dictionary(pa.int32(), pa.string())
    assert nobody.schema.field("person_id").type == pa.int64()
    pl = pytest.importorskip("polars")
    frame = screen(RULES, Population.from_persons(people()), ON).to_polars()
    assert frame["working_age"].to_list() == ["eligible", None, "not_eligible", None]
    assert frame["error"].null_count() == 2
    assert (
        screen(RULES, Population.from_persons(people()[:1]), ON).to_polars()["error"].dtype
        == pl.Categorical
    )


def test_no_personal_value_in_what_a_refusal_prints() -> None:
    result = screen(RULES, Population.from_persons(people()), ON)
    printed = [repr(result), *(e for e in result.errors().tolist() if e is not None)]
    with pytest.raises(IntegraError) as caught:
        result.explain(1)
    printed.append(str(caught.value))
    for text in printed:
        for value in ("2025-01-02", "2031-07-09", "2025, 1, 2", "2031"):
            assert value not in text
