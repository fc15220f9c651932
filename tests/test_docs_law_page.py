"""The page "What law is covered" is filled from the law data: every timeline, every rule, the
review date, and the repeal of PAI."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_GENERATOR = Path(__file__).resolve().parent.parent / "docs" / "gen_law_page.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_gen_law_page", _GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_timeline_and_rule_is_listed(generator: ModuleType) -> None:
    import integra.parameters
    import integra.rules
    from integra.law import Timeline
    from integra.rules import ALL_RULES

    text: str = generator.render()
    assert "**2026-11-29**" in text.splitlines()[0]
    for name in integra.parameters.__all__:
        if isinstance(getattr(integra.parameters, name), Timeline):
            assert f"### `{name}`" in text
    for rule in ALL_RULES:
        (name,) = [n for n in integra.rules.__all__ if getattr(integra.rules, n) is rule]
        assert f"### `{name}`" in text
    # The income criteria of 2025, confirmed, and the end of PAI.
    assert "| single 1010, per person 823 | 2025-01-01 |  |" in text
    assert "**Ended:** repealed from 2025-06-01 (the Act on the Labour Market" in text


def test_the_hook_fills_only_the_law_page(generator: ModuleType) -> None:
    class File:
        def __init__(self, uri: str) -> None:
            self.src_uri = uri

    class Page:
        def __init__(self, uri: str) -> None:
            self.file = File(uri)

    page = (Path(__file__).resolve().parent.parent / "docs" / "law.md").read_text("utf-8")
    assert generator.MARKER in page
    filled = generator.on_page_markdown(page, Page("law.md"), None, None)
    assert generator.MARKER not in filled and "## Dated values" in filled
    assert generator.on_page_markdown(page, Page("faq.md"), None, None) == page
