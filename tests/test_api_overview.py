"""The one table of the public API (docs/api-overview.md) lists every public name, its verbs
follow the vocabulary, and no name means two things in two modules unless the page says why;
the renamed screening and week validation keep their old names with a warning."""

from __future__ import annotations

import importlib
import inspect
import re
import types
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from integra import Person, Sex
from integra.errors import InvalidValue
from integra.programmes import psu
from integra.rules import WORKING_AGE, Outcome, screen_each

PAGE = Path(__file__).resolve().parent.parent / "docs" / "api-overview.md"
MKDOCS = Path(__file__).resolve().parent.parent / "mkdocs.yml"
CELL = re.compile(r"`([A-Za-z_][\w.]*)`")
# Words that name an act on an answer; a public function starting with one of them must be in the
# vocabulary's table, so that a new verb for an old act (or an old verb for a new one) is seen.
ACT_WORDS = frozenset(
    {"assess", "calculate", "check", "compute", "evaluate", "measure", "report", "run", "screen"}
    | {"test", "validate", "verify", "compare", "explain", "score", "judge", "apply"}
)


def _sections() -> dict[str, str]:
    text = PAGE.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    return {part.split("\n", 1)[0]: part for part in parts[1:]}


def _rows() -> dict[str, list[list[str]]]:
    """Each module's row: the names of each cell (for, verbs, types, values)."""
    rows: dict[str, list[list[str]]] = {}
    for line in _sections()["Modules"].splitlines():
        if not line.startswith("| `"):
            continue
        module, *cells, _ = [c.strip() for c in line.strip("|").split("|")] + [""]
        (name,) = CELL.findall(module)
        assert name not in rows, f"{name} has two rows"
        rows[name] = [CELL.findall(cell) for cell in cells]
    return rows


def test_every_public_name_is_in_its_modules_row() -> None:
    rows = _rows()
    assert len(rows) >= 20
    for module_name, (_, verbs, kinds, values) in rows.items():
        module = importlib.import_module(module_name)
        public = set(module.__all__)
        listed = [*verbs, *kinds, *values]
        assert len(listed) == len(set(listed)), f"{module_name}: a name listed twice"
        assert set(listed) == public, (
            f"{module_name}: the row of docs/api-overview.md lists {sorted(set(listed) - public)} "
            f"that __all__ does not, and leaves out {sorted(public - set(listed))}"
        )
        for name in verbs:
            obj = getattr(module, name)
            assert inspect.isfunction(obj), f"{module_name}.{name} is listed as a verb"
        for name in kinds:
            obj = getattr(module, name)
            assert inspect.isclass(obj) or name == "Language", f"{module_name}.{name} is not a type"


def test_every_public_package_has_a_row() -> None:
    rows = _rows()
    import integra

    packages = {
        f"integra.{info.name}"
        for info in __import__("pkgutil").iter_modules(integra.__path__)
        if info.ispkg and not info.name.startswith("_")
    }
    assert packages <= set(rows), sorted(packages - set(rows))


def _acts() -> set[str]:
    """The functions and methods the vocabulary names (its third column)."""
    table = _sections()["The vocabulary"]
    named: set[str] = set()
    for line in table.splitlines():
        if line.startswith("| **"):
            named.update(n.rsplit(".", 1)[-1] for n in CELL.findall(line.split("|")[3]))
    return named


def test_every_public_verb_for_an_act_is_in_the_vocabulary() -> None:
    acts = _acts()
    for module_name, (_, verbs, _, _) in _rows().items():
        for name in verbs:
            if name.split("_")[0] in ACT_WORDS:
                assert name in acts, f"{module_name}.{name} is a verb the vocabulary does not name"


def test_no_name_means_two_things_unless_the_page_says_why() -> None:
    shared = _sections()["Names two modules share"]
    rows = [line for line in shared.splitlines() if line.startswith("| `")]
    explained = {name for line in rows for name in CELL.findall(line.split("|")[1])}
    meanings: dict[str, set[int]] = {}
    for module_name in _rows():
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if not isinstance(obj, types.ModuleType):
                meanings.setdefault(name, set()).add(id(obj))
    clashes = {name for name, ids in meanings.items() if len(ids) > 1}
    assert clashes == explained, (
        f"names with two meanings and no line on the page: {sorted(clashes - explained)}; "
        f"lines for names that no longer clash: {sorted(explained - clashes)}"
    )


def test_the_page_is_in_the_navigation() -> None:
    assert "api-overview.md" in MKDOCS.read_text(encoding="utf-8")


class TestRenamed:
    """``integra.rules.screen`` is ``screen_each``; ``psu.check_week`` is ``validate_week``."""

    PEOPLE = (Person(date(2000, 1, 1), Sex.FEMALE), Person(date(1950, 1, 1), Sex.MALE))

    def test_screen_each_takes_the_rules_first(self) -> None:
        results = list(screen_each([WORKING_AGE], self.PEOPLE, date(2024, 1, 1)))
        assert [r.outcomes for r in results] == [(Outcome.ELIGIBLE,), (Outcome.NOT_ELIGIBLE,)]

    def test_people_first_is_refused_not_screened(self) -> None:
        with pytest.raises(InvalidValue, match="a RuleSet holds rules, got Person"):
            list(screen_each(self.PEOPLE, [WORKING_AGE], date(2024, 1, 1)))  # type: ignore[arg-type, list-item]

    @pytest.mark.parametrize("module", ["integra.rules", "integra.rules.core"])
    def test_the_old_screen_warns_and_keeps_its_order(self, module: str) -> None:
        with pytest.warns(DeprecationWarning, match="renamed screen_each") as caught:
            old = importlib.import_module(module).screen
        assert caught[0].filename == __file__  # the warning points at the code that asked
        results = list(old(self.PEOPLE, [WORKING_AGE], date(2024, 1, 1)))
        assert [r.outcomes for r in results] == [(Outcome.ELIGIBLE,), (Outcome.NOT_ELIGIBLE,)]

    def test_the_old_name_is_left_out_of_star_imports(self) -> None:
        import integra.rules
        import integra.rules.core

        assert "screen" not in integra.rules.__all__
        assert "screen" not in integra.rules.core.__all__
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            namespace: dict[str, object] = {}
            exec("from integra.rules import *", namespace)
        assert "screen" not in namespace and "screen_each" in namespace

    def test_other_names_are_still_missing(self) -> None:
        import integra.rules
        import integra.rules.core
        from integra.rules.core import screening

        for module in (integra.rules, integra.rules.core, screening, psu):
            with pytest.raises(AttributeError, match="no attribute 'screening_of'"):
                module.screening_of  # noqa: B018

    def test_check_week_is_validate_week(self) -> None:
        with pytest.warns(DeprecationWarning, match="renamed validate_week") as caught:
            old = psu.check_week
        assert caught[0].filename == __file__
        assert old is psu.validate_week
        assert not psu.validate_week(Decimal("10.5"), date(2024, 3, 6)).valid
