"""The rules reach the column frame through the interface of ``integra.rules.core.columns``:
no module of ``integra.rules`` imports ``integra.bulk``, importing the rules loads neither the
columnar path nor numpy, and a kernel answers for any frame that implements the interface."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import integra.rules
from integra.rules import HAS_SOCIAL_CONTRACT, Fact
from integra.rules.core.columns import (
    ELIGIBLE_CODE,
    NOT_ELIGIBLE_CODE,
    UNKNOWN_CODE,
    fact_bit,
)

RULES = Path(integra.rules.__file__).parent


def _imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(RULES.rglob("*.py")), ids=lambda p: p.stem)
def test_no_rule_module_imports_the_columnar_path(path: Path) -> None:
    assert [
        m for m in _imported(path) if m == "integra.bulk" or m.startswith("integra.bulk.")
    ] == []


def test_the_check_sees_an_import_of_the_columnar_path(tmp_path: Path) -> None:
    module = tmp_path / "kernel.py"
    module.write_text("def f():\n    from integra.bulk.frame import fact_bit\n", encoding="utf-8")
    assert _imported(module) == {"integra.bulk.frame"}


def test_importing_the_rules_loads_neither_the_columnar_path_nor_numpy() -> None:
    code = (
        "import sys, integra.rules, integra.rules.core.columns\n"
        "print(sorted(m for m in sys.modules if m.startswith('integra.bulk') or m == 'numpy'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_codes_and_fact_bits() -> None:
    # Kleene's order: not eligible < unknown < eligible; one bit per fact, in the order of Fact.
    assert (NOT_ELIGIBLE_CODE, UNKNOWN_CODE, ELIGIBLE_CODE) == (0, 1, 2)
    assert [fact_bit(f) for f in list(Fact)[:3]] == [1, 2, 4]
    assert len({fact_bit(f) for f in Fact}) == len(Fact)


def test_the_columnar_path_keeps_its_names() -> None:
    frame = pytest.importorskip("integra.bulk.frame")
    assert frame.fact_bit is fact_bit
    assert (frame.NOT_ELIGIBLE, frame.UNKNOWN, frame.ELIGIBLE) == (0, 1, 2)


class _Covered:
    """A frame of its own, not the columnar path's: three persons, the first and the last with
    a social contract covering the date. It implements only what the kernel reads."""

    on = date(2024, 1, 1)
    law_on = on
    n = 3

    def __init__(self) -> None:
        self.asked: list[str] = []

    def covered(self, table: str) -> Any:
        np = pytest.importorskip("numpy")
        self.asked.append(table)
        return np.array([True, False, True])

    def outcome(self, eligible: Any) -> Any:
        np = pytest.importorskip("numpy")
        return np.asarray(eligible, dtype=np.int8) * np.int8(ELIGIBLE_CODE)


def test_a_kernel_answers_for_any_frame_that_implements_the_interface() -> None:
    frame = _Covered()
    codes = HAS_SOCIAL_CONTRACT.columns(frame, None)  # type: ignore[arg-type]
    assert codes.tolist() == [ELIGIBLE_CODE, NOT_ELIGIBLE_CODE, ELIGIBLE_CODE]
    assert frame.asked == ["social_contracts"]
