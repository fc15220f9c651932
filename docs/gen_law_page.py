"""Fill the page "What law is covered" (``docs/law.md``) from the law data at each docs build.

The page in the repository holds the prose and one marker, ``<!-- LAW TABLES -->``; this hook
(listed under ``hooks`` in ``mkdocs.yml``) replaces the marker with the tables
[`render`][] builds from the library's own timelines, so the page can never disagree with the
data. Run it by hand to see the tables::

    python docs/gen_law_page.py

Importing this module has no side effects.

Example:
    >>> fill("intro\\n" + MARKER + "\\noutro", "tables")
    'intro\\ntables\\noutro'
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from integra.law import Dated, Timeline

__all__ = ["MARKER", "PAGE", "fill", "on_page_markdown", "parameters", "render", "value_text"]

MARKER = "<!-- LAW TABLES -->"
"""The line of ``docs/law.md`` the tables replace."""

PAGE = "law.md"
"""The page, relative to ``docs/``."""

# Packages whose timelines need an extra (numpy, matplotlib) or hold none of the law's own.
_SKIPPED = ("integra.bulk", "integra.charts", "integra.strategies", "integra._")


def value_text(value: object) -> str:
    """A dated value written briefly for a table cell.

    Example:
        >>> from decimal import Decimal
        >>> from integra.parameters import INCOME_CRITERIA
        >>> value_text(Decimal("8.10")), value_text(True), value_text(INCOME_CRITERIA.entries[0].value)
        ('8.10', 'in force', 'single 461, per person 316')
    """
    import attrs

    from integra.rules import Rule

    if value is True:
        return "in force"
    if isinstance(value, Decimal | int | str):
        return str(value)
    if isinstance(value, enum.Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, Rule):
        return f"`{value.name}`"
    if isinstance(value, frozenset | tuple):
        return ", ".join(sorted(value_text(item) for item in value)) or "none"
    if attrs.has(type(value)):
        parts = []
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            if field.name.startswith("_"):
                continue
            item = getattr(value, field.name)
            if item is None or item == frozenset():
                continue
            parts.append(f"{field.name.replace('_', ' ')} {value_text(item)}")
        return ", ".join(parts)
    return str(value)


def parameters() -> Iterator[tuple[str, Timeline[Any]]]:
    """Every public timeline of the library (``module.NAME``), once, in order of module.

    Example:
        >>> names = [name for name, _ in parameters()]
        >>> "integra.parameters.INCOME_CRITERIA" in names, any(n.endswith(".MINIMUM_WAGE") for n in names)
        (True, True)
    """
    import integra
    from integra.law import Timeline

    seen: set[int] = set()
    modules = [m.name for m in pkgutil.walk_packages(integra.__path__, "integra.")]
    for name in sorted(modules):
        if name.startswith(_SKIPPED):
            continue
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            found = getattr(module, attr, None)
            if isinstance(found, Timeline) and id(found) not in seen:
                seen.add(id(found))
                yield f"{name}.{attr}", found


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _rows(law: Timeline[Any]) -> Iterator[tuple[Dated[Any], date, date | None]]:
    entries = law.entries
    for index, entry in enumerate(entries):
        end = entry.end
        if end is None and index + 1 < len(entries):
            end = entries[index + 1].start - timedelta(days=1)
        yield entry, entry.start, end


def _table(law: Timeline[Any], first: str) -> list[str]:
    out = [
        f"| {first} | from | to | provision | certainty | note |",
        "|---|---|---|---|---|---|",
    ]
    for entry, start, end in _rows(law):
        citation = "" if entry.citation is None else entry.citation.text("pl")
        out.append(
            f"| {_cell(value_text(entry.value))} | {start.isoformat()} "
            f"| {'' if end is None else end.isoformat()} | {_cell(citation)} "
            f"| {entry.certainty.label.en} | {_cell(entry.note)} |"
        )
    if law.reviewed_until != _review_date():
        out += ["", f"Reviewed up to {law.reviewed_until.isoformat()}."]
    if law.repealed is not None:
        out += ["", f"**Ended:** {_cell(law.repealed.text('en'))}."]
    return out


def _review_date() -> date:
    from integra.law import LAW_REVIEW_DATE

    return LAW_REVIEW_DATE


def render() -> str:
    """The tables of the page: the review date, every dated parameter, then every rule's
    versions of the law.

    Example:
        >>> text = render()
        >>> "2026-11-29" in text.splitlines()[0], "## Rules" in text, "`PAI_ELIGIBILITY`" in text
        (True, True, True)
    """
    import integra.rules
    from integra.rules import ALL_RULES, ByLawDate, Condition

    review = _review_date()
    out = [
        f"The values below were last reviewed against their sources on **{review.isoformat()}** "
        "(`integra.law.LAW_REVIEW_DATE`). A value still in force on that day is answered for "
        "later days too, with the certainty *assumed unchanged since the last review*. A blank "
        "*to* means the value still applies.",
        "",
        "## Dated values",
        "",
    ]
    for name, timeline in parameters():
        out += [f"### `{name.rsplit('.', 1)[1]}`", "", f"{timeline.name} (`{name}`).", ""]
        out += _table(timeline, "value")
        out.append("")
    exported = {id(getattr(integra.rules, n)): n for n in integra.rules.__all__}
    out += [
        "## Rules",
        "",
        "Each rule applies the version of its law in force on the law date. Outside these "
        "periods it answers *unknown* with the certainty *no law modelled for the law date*, "
        "never *confirmed*. Conditions that only carry a citation (the group lists) are in the "
        "[table of rules](rules/table.md).",
        "",
    ]
    for rule in ALL_RULES:
        name = exported.get(id(rule), rule.name)
        parts = []
        for part in rule.walk():
            law: Timeline[Any] | None = None
            if isinstance(part, Condition) and part.law is not None:
                law = part.law
            elif isinstance(part, ByLawDate):
                law = part.versions
            if law is None or law.entries[0].start.year < 1950:
                continue
            parts.append((part, law))
        out += [f"### `{name}`", "", f"{rule.label.en} ({rule.label.pl}).", ""]
        if not parts:
            out += ["Reads no dated law of its own: see its parts in the table of rules.", ""]
            continue
        for part, law in parts:
            if part is not rule:
                out += [f"`{part.name}` — {part.label.en}:", ""]
            out += _table(law, "version")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def fill(page: str, tables: str) -> str:
    """``page`` with its marker line replaced by ``tables`` (unchanged without a marker).

    Example:
        >>> fill("no marker", "x")
        'no marker'
    """
    return page.replace(MARKER, tables.rstrip("\n"), 1)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """The mkdocs hook: fill ``docs/law.md`` as it is built; leave every other page alone.

    Example:
        >>> class Page:
        ...     class file:
        ...         src_uri = "index.md"
        >>> on_page_markdown("text " + MARKER, Page(), None, None)
        'text <!-- LAW TABLES -->'
    """
    if page.file.src_uri != PAGE:
        return markdown
    return fill(markdown, render())


if __name__ == "__main__":
    # Running from a source checkout: make ``src/`` importable without installing the package.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    print(render())
