"""The generated table of rules in docs/rules/table.md matches the rules (a drift test)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

_GENERATOR = Path(__file__).resolve().parent.parent / "docs" / "gen_rule_table.py"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_gen_rule_table", _GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


def test_the_table_page_is_up_to_date(generator: ModuleType) -> None:
    page_path: Path = generator.TABLE_PAGE
    render: Callable[[], str] = generator.render
    splice: Callable[[str, str], str] = generator.splice
    command: str = generator.REGENERATE
    page = page_path.read_text(encoding="utf-8")
    expected = splice(page, render())
    assert page == expected, (
        "docs/rules/table.md no longer matches the rules; regenerate it from the repository root "
        f"with `{command}` and commit the result"
    )


def test_the_table_lists_every_ready_made_rule(generator: ModuleType) -> None:
    import integra.rules
    from integra.rules import ALL_RULES

    render: Callable[[], str] = generator.render
    table = render()
    for rule in ALL_RULES:
        # By the name it is imported by, which is exported from integra.rules.
        (name,) = [n for n in integra.rules.__all__ if getattr(integra.rules, n) is rule]
        assert f"| `{name}` |" in table


def test_importing_the_generator_writes_nothing(generator: ModuleType) -> None:
    page_path: Path = generator.TABLE_PAGE
    before = page_path.stat().st_mtime_ns
    _load_generator()
    assert page_path.stat().st_mtime_ns == before


def test_the_page_without_markers_is_refused(generator: ModuleType) -> None:
    splice: Callable[[str, str], str] = generator.splice
    with pytest.raises(ValueError, match="markers"):
        splice("# Table of rules\n", "generated")
