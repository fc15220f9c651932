"""Every code block of the documentation runs on its own, as a reader pastes it.

pytest already runs each page of ``docs/`` and the README as one doctest session, so a block that
leans on a name defined in an earlier block of the same page passes there and fails with
``NameError`` for a reader who copies that block alone. This test takes every block of every page
in ``docs/`` (recursively) and of ``README.md`` and runs it by itself:

* a block with ``>>>`` prompts (a ``pycon`` or ``python`` fence, a fence without a language, or
  prompts outside any fence) runs as a doctest with the flags of ``pyproject.toml``
  (``NORMALIZE_WHITESPACE`` and ``ELLIPSIS``), so its outputs are checked too;
* a ``python`` block without prompts runs as a script;
* blocks in other languages (``bash``, ``text``) are not run.

**Each block in a process of its own.** A block runs in a process forked, for that block alone,
from a server process that has imported only ``integra`` (the modules ``import integra`` loads,
which every block loads anyway by its first ``from integra import``), with an empty temporary
directory as its working directory. Nothing a block does (names, imported modules, registries,
files) reaches another block, and the modules the server imported are shared. This was chosen
after measuring the alternatives on the documentation's 150-odd blocks: a fresh ``sys.executable``
per block costs about 0.5 s of processor time each (0.03 s to start the interpreter, the rest
mostly importing integra), over a minute in all; one subprocess per page with ``sys.modules``
reset between blocks costs the same, since each block imports integra again (and reloading an
extension module such as numpy in one process is unsupported). A fork costs a few milliseconds.
Where ``os.fork`` does not exist, each block runs in a fresh interpreter instead
(``run_block``), which gives the same answers more slowly.

**Tags.** An HTML comment as the last non-blank line before a block's opening fence changes how
it is run (the convention is described in ``CONTRIBUTING.md``):

* ``<!-- notebook -->`` (optionally ``<!-- notebook: why -->``): the block is meant for a
  notebook or needs what only the reader has; it is skipped;
* ``<!-- setup: code -->``: ``code`` (which may span lines) runs first, in the block's temporary
  directory and in a namespace of its own, to make the files the reader is assumed to have; the
  block then runs in a fresh namespace as usual.

Pages being rewritten are listed in ``BEING_REWRITTEN``: their blocks are expected to fail until
the rewrite lands.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent

# Pages other engineers are rewriting now; their blocks are marked as expected failures.
BEING_REWRITTEN: frozenset[str] = frozenset()

# Fence languages whose blocks are Python; any block with prompts is a doctest whatever its fence.
_PYTHON = frozenset({"python", "py", "python3", "pycon", "doctest"})
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_PROMPT = re.compile(r"^[ \t]*>>>( |$)")
_TAG = re.compile(r"<!--(?P<body>(?:(?!<!--).)*?)-->\s*\Z", re.DOTALL)


@dataclass(frozen=True)
class Block:
    """One code block of a page: where it starts, how it runs, and its tags."""

    page: str
    line: int  # 1-based line of the opening fence (of the first prompt for an unfenced block)
    first: int  # 1-based line of the block's first line of code
    language: str
    source: str
    doctest: bool
    skip: str | None = None
    setup: str = ""

    @property
    def id(self) -> str:
        """How a failure names the block: its page and line."""
        return f"{self.page}:{self.line}"


def _tags(before: str) -> tuple[str | None, str]:
    """The skip reason and setup code of the HTML comment that ends ``before``, if any."""
    match = _TAG.search(before.rstrip())
    if match is None:
        return None, ""
    body = match["body"].strip()
    word, _, rest = body.partition(":")
    if word.strip() == "notebook":
        return rest.strip() or "meant for a notebook", ""
    if word.strip() == "setup":
        return None, textwrap.dedent(rest.strip("\n")).strip() + "\n"
    return None, ""


def _closes(line: str, marker: str) -> bool:
    """Whether ``line`` closes a fence opened with ``marker`` (as long a run of the same sign)."""
    closing = line.strip()
    return closing.startswith(marker) and set(closing) == {marker[0]}


def blocks_of(page: str, text: str) -> list[Block]:
    """The code blocks of a Markdown page, fenced and unfenced, in order."""
    lines = text.splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if fence is not None:
            marker, indent = fence["fence"], len(fence["indent"])
            language = (fence["info"].strip().split() or [""])[0].lstrip(".{").lower()
            end = i + 1
            while end < len(lines) and not _closes(lines[end], marker):
                end += 1
            body = [
                line[indent:] if line[:indent].isspace() else line for line in lines[i + 1 : end]
            ]
            source = "\n".join(body) + "\n"
            prompts = any(_PROMPT.match(line) for line in body)
            if prompts or language in _PYTHON:
                skip, setup = _tags("\n".join(lines[:i]))
                found.append(Block(page, i + 1, i + 2, language, source, prompts, skip, setup))
            i = end + 1
            continue
        if _PROMPT.match(lines[i]):
            # Prompts outside a fence: the block runs until a blank line that no prompt follows.
            end = i
            while end < len(lines):
                if lines[end].strip() == "":
                    following = next((x for x in lines[end:] if x.strip()), "")
                    if not _PROMPT.match(following):
                        break
                end += 1
            skip, setup = _tags("\n".join(lines[:i]))
            source = textwrap.dedent("\n".join(lines[i:end])) + "\n"
            found.append(Block(page, i + 1, i + 1, "", source, True, skip, setup))
            i = end
            continue
        i += 1
    return found


def pages() -> list[Path]:
    """Every Markdown page of ``docs/`` (recursively) and the README."""
    return [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]


def all_blocks() -> list[Block]:
    """Every block of every page, named relative to the repository root."""
    return [
        block
        for path in pages()
        for block in blocks_of(path.relative_to(ROOT).as_posix(), path.read_text("utf-8"))
    ]


# Runs in the subprocess: reads one block as JSON on stdin, runs its setup, then the block.
_RUNNER = """
import doctest, json, sys
block = json.load(sys.stdin)
if block["setup"]:
    exec(compile(block["setup"], block["page"] + " (setup)", "exec"), {"__name__": "__setup__"})
namespace = {"__name__": "__main__"}
if block["doctest"]:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(
        block["source"], namespace, block["page"], block["page"], block["first"] - 1
    )
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.DocTestRunner(optionflags=flags).run(test)
    sys.exit(1 if result.failed else 0)
code = "\\n" * (block["first"] - 1) + block["source"]
exec(compile(code, block["page"], "exec"), namespace)
"""


def _payload(block: Block) -> dict[str, object]:
    return {
        "page": block.page,
        "first": block.first,
        "source": block.source,
        "doctest": block.doctest,
        "setup": block.setup,
    }


def _environment() -> dict[str, str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("PYTHONSTARTUP", None)
    # A block runs as a reader runs it: not measured by a coverage run of the suite (which
    # would import modules of its own in the block's interpreter before the block runs).
    environment.pop("COVERAGE_PROCESS_CONFIG", None)
    return environment


Runner = Callable[[Block, Path], "subprocess.CompletedProcess[str]"]


def run_block(block: Block, directory: Path) -> subprocess.CompletedProcess[str]:
    """Run one block alone in a fresh interpreter whose working directory is ``directory``."""
    return subprocess.run(
        [sys.executable, "-c", _RUNNER],
        input=json.dumps(_payload(block)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=directory,
        env=_environment(),
        timeout=300,
        check=False,
    )


# Runs in the server: imports integra once, then for each request (one JSON line on stdin) forks
# a child that runs the block with the runner above; answers with one JSON line on stdout.
_SERVER = """
import io, json, os, sys
import integra
runner = sys.argv[1]
for request in sys.stdin:
    job = json.loads(request)
    pid = os.fork()
    if pid == 0:
        os.chdir(job["cwd"])
        for fd, path in ((1, job["stdout"]), (2, job["stderr"])):
            os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
        sys.stdin = io.StringIO(json.dumps(job["block"]))
        code = 0
        try:
            exec(compile(runner, "runner", "exec"), {"__name__": "__main__"})
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        except BaseException:
            import traceback
            traceback.print_exc()
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    print(json.dumps(os.waitstatus_to_exitcode(status)), flush=True)
"""


class Server:
    """A process that has imported integra and forks one child per block."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVER, _RUNNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_environment(),
        )

    def run(self, block: Block, directory: Path) -> subprocess.CompletedProcess[str]:
        """Run ``block`` alone in a child forked from the server, in ``directory``."""
        out, err = self.scratch / "stdout", self.scratch / "stderr"
        job = {
            "block": _payload(block),
            "cwd": str(directory),
            "stdout": str(out),
            "stderr": str(err),
        }
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        code = json.loads(self.process.stdout.readline())
        stdout, stderr = out.read_text("utf-8"), err.read_text("utf-8")
        return subprocess.CompletedProcess(["fork"], code, stdout, stderr)

    def close(self) -> None:
        """Stop the server."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture(scope="module")
def runner(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Runner]:
    """How blocks run here: forked from a server where the system can fork, else fresh."""
    if not hasattr(os, "fork"):
        yield run_block
        return
    server = Server(tmp_path_factory.mktemp("server"))
    yield server.run
    server.close()


def _params() -> list[object]:
    params: list[object] = []
    for block in all_blocks():
        marks: list[pytest.MarkDecorator] = []
        if block.skip is not None:
            marks.append(pytest.mark.skip(reason=block.skip))
        elif block.page in BEING_REWRITTEN:
            marks.append(pytest.mark.xfail(reason="being rewritten", strict=False))
        params.append(pytest.param(block, id=block.id, marks=marks))
    return params


# Slow by nature (a process for each of the documentation's blocks, measuring no library code the
# doctests of the same pages do not): the thorough run runs it, the quick run leaves it out.
@pytest.mark.slow
@pytest.mark.parametrize("block", _params())
def test_block_runs_on_its_own(block: Block, tmp_path: Path, runner: Runner) -> None:
    result = runner(block, tmp_path)
    assert result.returncode == 0, (
        f"{block.id} fails when run on its own:\n{result.stdout}{result.stderr}"
    )


# The machinery above, on pages written for the purpose.


@pytest.fixture(params=["forked", "fresh"])
def either(request: pytest.FixtureRequest, runner: Runner) -> Runner:
    """Both ways of running a block: forked from the server (where it exists) and fresh."""
    if request.param == "fresh":
        return run_block
    if runner is run_block:
        pytest.skip("this system cannot fork")
    return runner


def _run(page: str, tmp_path: Path, run: Runner) -> list[subprocess.CompletedProcess[str]]:
    return [run(block, tmp_path) for block in blocks_of("page.md", page)]


def test_a_block_leaning_on_an_earlier_one_fails(tmp_path: Path, either: Runner) -> None:
    page = "```pycon\n>>> x = 2\n\n```\n\ntext\n\n```pycon\n>>> x + 1\n3\n\n```\n"
    first, second = _run(page, tmp_path, either)
    assert first.returncode == 0
    assert second.returncode == 1
    assert "NameError: name 'x' is not defined" in second.stdout
    assert 'File "page.md", line 9' in second.stdout


def test_an_import_made_by_an_earlier_block_does_not_leak(tmp_path: Path, either: Runner) -> None:
    page = (
        "```pycon\n>>> import xml.dom.minidom\n\n```\n"
        "```pycon\n>>> import xml\n>>> xml.dom.minidom.parseString('<a/>').documentElement.tagName\n"
        "'a'\n\n```\n"
    )
    first, second = _run(page, tmp_path, either)
    assert first.returncode == 0
    assert second.returncode == 1
    assert "AttributeError" in second.stdout


def test_outputs_are_checked_with_the_projects_flags(tmp_path: Path, either: Runner) -> None:
    page = (
        "```pycon\n>>> 1 + 1\n3\n\n```\n"
        "```pycon\n>>> list(range(30))\n[0, 1, ..., 29]\n\n```\n"
        "```pycon\n>>> print('a  b')\na b\n\n```\n"
    )
    wrong, ellipsis, whitespace = _run(page, tmp_path, either)
    assert wrong.returncode == 1
    assert "Expected:\n    3\nGot:\n    2" in wrong.stdout
    assert ellipsis.returncode == 0
    assert whitespace.returncode == 0


def test_python_blocks_without_prompts_run_as_scripts(tmp_path: Path, either: Runner) -> None:
    page = "```python\nx = 1\nassert x == 1\n```\n\n```python\n\nraise SystemExit(x)\n```\n"
    first, second = _run(page, tmp_path, either)
    assert first.returncode == 0
    assert second.returncode == 1
    assert 'File "page.md", line 8' in second.stderr
    assert "NameError" in second.stderr


def test_a_setup_makes_the_readers_file_in_a_namespace_of_its_own(
    tmp_path: Path, either: Runner
) -> None:
    page = (
        "<!-- setup:\n    with open('caseload.csv', 'w') as f:\n        f.write('a,b')\n-->\n\n"
        "```pycon\n>>> open('caseload.csv').read()\n'a,b'\n>>> f\nTraceback (most recent call last):\n"
        "NameError: name 'f' is not defined\n\n```\n"
    )
    (block,) = blocks_of("page.md", page)
    assert block.setup == "with open('caseload.csv', 'w') as f:\n    f.write('a,b')\n"
    assert either(block, tmp_path).returncode == 0
    assert (tmp_path / "caseload.csv").read_text() == "a,b"


def test_tags_mark_notebook_blocks_and_nothing_else() -> None:
    page = (
        "<!-- notebook -->\n```python\ndisplay(chart)\n```\n"
        "<!-- notebook: draws a chart -->\n\n```pycon\n>>> chart\n```\n"
        "<!-- a remark -->\n```pycon\n>>> 1\n1\n```\n"
        "<!-- notebook -->\n\nA paragraph.\n\n```pycon\n>>> 2\n2\n```\n"
    )
    skips = [block.skip for block in blocks_of("page.md", page)]
    assert skips == ["meant for a notebook", "draws a chart", None, None]


def test_languages_indented_fences_and_unfenced_prompts() -> None:
    page = (
        "```bash\npip install integra-pl\n```\n"
        "```text\nplain\n```\n"
        "```\n>>> 1\n1\n```\n"
        "!!! example\n\n    ```pycon\n    >>> 2\n    2\n    ```\n\n"
        "Unfenced:\n\n>>> a = 3\n\n>>> a\n3\n\nafter\n\n"
        '```{.python title="x"}\ny = 4\n```\n'
    )
    found = blocks_of("page.md", page)
    assert [(b.line, b.language, b.doctest) for b in found] == [
        (7, "", True),
        (13, "pycon", True),
        (20, "", True),
        (27, "python", False),
    ]
    assert found[1].source == ">>> 2\n2\n"
    assert found[2].source == ">>> a = 3\n\n>>> a\n3\n"
    assert found[3].source == "y = 4\n"


_WORDS = st.text(alphabet="abcdefghij ", min_size=1, max_size=20).map(str.strip).filter(bool)


@given(
    st.lists(
        st.tuples(
            st.lists(_WORDS, max_size=3),
            st.sampled_from(["pycon", "python", "bash", ""]),
            st.lists(_WORDS, min_size=1, max_size=4),
        ),
        max_size=5,
    )
)
def test_the_extractor_finds_every_python_block_at_its_line(
    parts: list[tuple[list[str], str, list[str]]],
) -> None:
    lines: list[str] = []
    expected: list[tuple[int, str, str]] = []
    for prose, language, code in parts:
        lines.extend([*prose, ""])
        body = [f">>> {line}" if language == "pycon" else line for line in code]
        if language in {"pycon", "python"}:
            expected.append((len(lines) + 1, language, "\n".join(body) + "\n"))
        lines.extend([f"```{language}", *body, "```", ""])
    found = blocks_of("page.md", "\n".join(lines))
    assert [(b.line, b.language, b.source) for b in found] == expected


def test_every_prompt_of_the_documentation_is_in_a_block() -> None:
    """No prompt of any page escapes the extractor (so none escapes this test)."""
    blocks = all_blocks()
    in_blocks = sum(1 for b in blocks for line in b.source.splitlines() if _PROMPT.match(line))
    in_pages = sum(
        1
        for path in pages()
        for line in path.read_text("utf-8").splitlines()
        if _PROMPT.match(line)
    )
    assert in_pages > 500
    assert in_blocks == in_pages
    assert {b.page for b in blocks} >= {"README.md", "docs/getting-started.md", "docs/rules/age.md"}
