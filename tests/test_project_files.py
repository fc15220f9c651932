"""The project's promises about itself: the README's commands are what CI runs, the examples run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert "examples/quickstart.py" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start_commands()[1] in ci.splitlines()
    for step in (
        "mypy --strict src tests",
        "ruff check",
        "ruff format --check",
        "mkdocs build --strict",
    ):
        assert step in ci


def test_ci_runs_what_the_quick_run_leaves_out() -> None:
    # The README's command leaves out the slow tests and shrinks the properties; CI runs both
    # again in full, so that nothing the suite checks goes unchecked.
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-m 'not slow'" in _quick_start_commands()[1]
    assert "HYPOTHESIS_PROFILE=ci .venv/bin/pytest -n auto -m 'slow or hypothesis'" in ci


def test_every_docs_page_is_in_the_navigation() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
    assert [page for page in pages if f": {page}" not in nav] == []


# Slow by nature (an interpreter for each example, and no library code measured in it): the
# thorough run runs it, the quick run leaves it out.
@pytest.mark.slow
@pytest.mark.parametrize(
    "example", sorted(p.name for p in (ROOT / "examples").glob("*.py")), ids=str
)
def test_example_runs(example: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / example)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
