"""The pictures the documentation's build draws (docs/gen_images.py): each is linked from a page,
each is the picture the code printed on its page draws, and the timeline's markers stand on the
days worked out by hand on the page."""

from __future__ import annotations

import doctest
import importlib.util
import re
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from matplotlib import dates

ROOT = Path(__file__).resolve().parent.parent
_HOOK = ROOT / "docs" / "gen_images.py"
mdates: Any = dates


@pytest.fixture(scope="module")
def hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_gen_images", _HOOK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_code(page: str, needle: str) -> dict[str, Any]:
    """Run the source of the docs block of ``page`` that contains ``needle``; its namespace."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)\n```", text, flags=re.DOTALL)
    (block,) = [b for b in blocks if needle in b]
    namespace: dict[str, Any] = {}
    for example in doctest.DocTestParser().get_examples(block):
        exec(compile(example.source, page, "exec"), namespace)
    return namespace


def layout(figure: Any) -> list[list[tuple[str | None, float, float, float]]]:
    """Every axes's bars: kind, left, width, row centre."""
    return [
        [
            (p.get_gid(), p.get_x(), p.get_width(), p.get_y() + p.get_height() / 2)
            for p in ax.patches
        ]
        for ax in figure.axes
    ]


def markers(figure: Any) -> dict[str, list[date]]:
    return {
        line.get_gid().removeprefix("changes:"): [
            mdates.num2date(x).date() for x in np.asarray(line.get_xdata(), dtype=float)
        ]
        for line in figure.axes[-1].lines
        if (line.get_gid() or "").startswith("changes:")
    }


def test_every_picture_is_linked_from_a_page(hook: ModuleType) -> None:
    pages = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    for path in hook.PICTURES:
        assert f"]({path})" in pages, path


def test_the_timeline_is_the_one_the_page_draws(hook: ModuleType) -> None:
    drawn = hook.timeline_figure()
    printed = page_code("over-time.md", "plot_timeline(client")["figure"]
    assert layout(drawn) == layout(printed)
    # As the page works them out: long-term unemployed from the 361st counted day (UPZ art. 2
    # ust. 1 pkt 5), the 182 days of the internship left out; assistance while an award runs;
    # a moderate degree from the certificate's first day; the call while in a group and in the
    # area, which she leaves on 2025-01-01.
    assert markers(drawn) == {
        "long_term_unemployed": [date(2024, 7, 27)],
        "receives_social_assistance": [
            date(2024, 3, 1),
            date(2024, 9, 1),
            date(2024, 11, 1),
            date(2024, 12, 1),
        ],
        "disability_degree_at_least_moderate": [date(2024, 5, 6)],
        "regional_call": [date(2024, 3, 1), date(2025, 1, 1)],
    }


def test_the_transition_chart_is_the_one_the_page_compares(hook: ModuleType) -> None:
    drawn = hook.act_2025_figure()
    acts = page_code("changes.md", "print(acts.transitions")["acts"]
    printed = acts.plot()
    assert [ax.get_title() for ax in drawn.axes] == [ax.get_title() for ax in printed.axes]
    assert [t.get_text() for t in drawn.axes[0].texts] == [
        t.get_text() for t in printed.axes[0].texts
    ]


def test_pictures_are_png(hook: ModuleType) -> None:
    from matplotlib.figure import Figure

    assert hook.png(Figure(figsize=(1, 1))).startswith(b"\x89PNG\r\n\x1a\n")
