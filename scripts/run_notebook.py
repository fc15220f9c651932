"""Run a jupytext notebook through a Jupyter kernel, as a notebook user would, and check that it
shows a chart inline.

The percent-format file is converted to a notebook (jupytext), every cell is executed in a fresh
``python3`` kernel of the running interpreter (nbclient and ipykernel), with the repository as
the working directory; the run fails if a cell raises, or if no cell produced an ``image/png``
output (a chart written to a file instead of shown). Needs ``pip install -e '.[notebook]'``.

    python scripts/run_notebook.py examples/screening_caseload.py [--output executed.ipynb]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def inline_images(notebook: Any) -> int:
    """How many outputs of the executed ``notebook`` are PNG images."""
    return sum(
        "image/png" in output.get("data", {})
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )


def run(path: Path, timeout: int = 600) -> Any:
    """The notebook of ``path``, every cell executed in a Jupyter kernel."""
    import jupytext  # type: ignore[import-untyped]
    from nbclient import NotebookClient

    notebook = jupytext.read(path)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    client.execute()
    return notebook


def main(argv: list[str] | None = None) -> int:
    """Run the notebook; 0 if it ran and showed at least one chart inline, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path, help="a jupytext percent-format .py file")
    parser.add_argument("--output", type=Path, help="write the executed notebook here")
    args = parser.parse_args(argv)
    notebook = run(args.notebook)
    if args.output is not None:
        import nbformat

        nbformat.write(notebook, args.output)  # type: ignore[no-untyped-call]
    images = inline_images(notebook)
    if images == 0:
        print(f"{args.notebook}: ran in a kernel but showed no chart inline", file=sys.stderr)
        return 1
    print(
        f"{args.notebook}: ran in a kernel, {images} chart{'s' if images > 1 else ''} shown inline"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
