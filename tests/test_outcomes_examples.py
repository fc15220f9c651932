"""The seed examples print the published figures (seed 004, 003 and 001)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(name: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def aktywny_start() -> str:
    return run("aktywny_start.py")


@pytest.mark.parametrize(
    "line",
    [
        "participants 186, women 108, men 78",
        "with a disability certificate 95",
        "internships 90",
        "qualifications 40",
        "social effectiveness 186/186 = 100.00%",
        "employment effectiveness 45/186 = 24.19%",
    ],
)
def test_aktywny_start_figures(aktywny_start: str, line: str) -> None:
    assert line in aktywny_start.splitlines()


def test_aktywny_start_thresholds_and_languages(aktywny_start: str) -> None:
    assert "threshold: 22% (version later)" in aktywny_start
    assert "threshold: 34% (version later)" in aktywny_start
    assert "wartość: 45/186 = 24,19%" in aktywny_start
    assert "Assumptions (what the published totals leave open):" in aktywny_start
    assert "as of 2020-08-15: employment" in aktywny_start


@pytest.mark.parametrize(
    "line",
    [
        "  PAI: 63 of 140 = 45.0%  (45,0%)",
        "  vocational counselling: 105 of 140 = 75.0%  (75,0%)",
        "  vocational courses: 92 of 140 = 65.7%  (65,7%)",
        "  specialist counselling: 102 of 140 = 72.9%  (72,9%)",
        "  work training: 23 of 140 = 16.4%  (16,4%)",
        "  self-presentation training: 46 of 140 = 32.9%  (32,9%)",
    ],
)
def test_integra_ii_figures(line: str) -> None:
    output = run("integra_ii_outcomes.py")
    assert line in output.splitlines()
    assert "Cannot be computed from the published figures:" in output
    assert "136 purposive allowances" in output


def test_swiebodzice_contracts() -> None:
    output = run("swiebodzice_contracts.py")
    assert "18 social contracts, 18 valid paths" in output
    assert "X-01: 2 violation(s)" in output and "X-02: 1 violation(s)" in output
