"""Copying a console example from the documentation copies its code alone.

``docs/javascripts/pycon-copy.js`` gives every code block that starts with a ``>>>`` prompt a
``data-copy`` attribute, which the theme's copy button copies instead of the visible text: the
code without prompts or outputs. These tests check that ``mkdocs.yml`` loads the script and run
its functions under Node.js (skipped where Node.js is not installed), on hand-written sessions
and on every console block of the documentation, against the sources Python's doctest parser
reads from the same blocks.
"""

from __future__ import annotations

import doctest
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from test_docs_blocks import all_blocks

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "javascripts" / "pycon-copy.js"
NODE = shutil.which("node")

needs_node = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


def _node(program: str, data: object) -> object:
    """Run ``program`` under Node.js with the script as ``copy`` and ``data`` as ``input``."""
    assert NODE is not None
    source = (
        f"const copy = require({json.dumps(str(SCRIPT))});\n"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
        f"process.stdout.write(JSON.stringify({program}));\n"
    )
    result = subprocess.run(
        [NODE, "-e", source],
        input=json.dumps(data),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


def _listed(config: str, key: str) -> list[str]:
    """The items of a top-level list in ``mkdocs.yml`` (``key:`` then ``  - item`` lines)."""
    lines = config.splitlines()
    start = lines.index(f"{key}:") + 1
    items: list[str] = []
    for line in lines[start:]:
        if not line.startswith("  - "):
            break
        items.append(line.removeprefix("  - ").strip())
    return items


def test_mkdocs_loads_the_script() -> None:
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "javascripts/pycon-copy.js" in _listed(config, "extra_javascript")
    assert "    - content.code.copy" in config.splitlines()
    assert SCRIPT.is_file()


@needs_node
@pytest.mark.parametrize(
    ("session", "code"),
    [
        (">>> 1 + 1\n2\n", "1 + 1"),
        (
            ">>> from datetime import date\n>>> date(2024, 1, 1)\ndatetime.date(2024, 1, 1)\n",
            "from datetime import date\ndate(2024, 1, 1)",
        ),
        (
            ">>> person = Person(\n...     date(1990, 1, 1),\n... )\n>>> person\nPerson(...)\n",
            "person = Person(\n    date(1990, 1, 1),\n)\nperson",
        ),
        (
            ">>> for x in (1, 2):\n...     print(x)\n1\n2\n>>> x\n2\n",
            "for x in (1, 2):\n    print(x)\n\nx",
        ),
        (">>> f()\nTraceback (most recent call last):\n...\nValueError: no\n>>> g()\n", "f()\ng()"),
        (">>> a = 1\n\nSome prose between examples.\n\n>>> a\n1\n", "a = 1\na"),
        (">>>\n>>> x = 1\n...\n", "\nx = 1"),
    ],
    ids=["one", "outputs", "continuation", "compound", "traceback", "prose", "bare prompts"],
)
def test_a_session_is_copied_as_its_code(session: str, code: str) -> None:
    assert _node("copy.consoleCode(input)", session) == code


@needs_node
def test_only_blocks_that_start_with_a_prompt_are_marked() -> None:
    program = """(function () {
      const blocks = input.map(text => ({
        textContent: text, attributes: {},
        setAttribute(name, value) { this.attributes[name] = value; },
      }));
      const root = {querySelectorAll(selector) {
        if (selector !== ".highlight pre > code") throw new Error(selector);
        return blocks;
      }};
      return [copy.markConsoleBlocks(root), blocks.map(b => b.attributes["data-copy"] ?? null)];
    })()"""
    texts = [">>> 1\n1\n", "pip install integra-pl\n", "\n>>> x = 2\n", "text with >>> inside\n"]
    assert _node(program, texts) == [2, ["1", None, "x = 2", None]]


def _without_comment_lines(code: str) -> str:
    return "\n".join(line for line in code.split("\n") if not line.startswith("#"))


def _doctest_code(text: str) -> str:
    """The code a reader runs, as Python's doctest parser reads it from the same block."""
    code: list[str] = []
    for example in doctest.DocTestParser().get_examples(text):
        lines = example.source.rstrip("\n").split("\n")
        code.extend(lines)
        if len(lines) > 1 and lines[-1][:1].isspace():
            code.append("")
    while code and code[-1] == "":
        code.pop()
    return "\n".join(code)


@needs_node
def test_every_console_block_of_the_documentation_copies_what_doctest_runs() -> None:
    texts = [block.source for block in all_blocks() if block.doctest]
    assert len(texts) > 100
    copied = _node("input.map(copy.consoleCode)", texts)
    assert isinstance(copied, list)
    # A prompt holding only a comment is no doctest example, but it is kept for the reader.
    assert [_without_comment_lines(c) for c in copied] == [_doctest_code(t) for t in texts]
