"""Regenerate the table of eligibility rules in ``docs/rules/table.md``.

Run from the repository root after adding or changing a rule, a citation or a dated law version::

    python docs/gen_rule_table.py

The script rewrites only the part of the page between the two markers below, so the prose around
the table is kept. ``tests/test_docs_rule_table.py`` fails when the page and the rules disagree.
Importing this module has no side effects: it reads and writes nothing until ``main()`` runs.

Example:
    >>> splice("intro\\n" + BEGIN + "\\nold\\n" + END + "\\noutro\\n", "new")
    'intro\\n<!-- BEGIN GENERATED RULE TABLE -->\\nnew\\n<!-- END GENERATED RULE TABLE -->\\noutro\\n'
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from integra.law import Act, Timeline
    from integra.rules import Rule

__all__ = ["BEGIN", "END", "REGENERATE", "TABLE_PAGE", "main", "render", "splice"]

BEGIN = "<!-- BEGIN GENERATED RULE TABLE -->"
END = "<!-- END GENERATED RULE TABLE -->"
TABLE_PAGE = Path(__file__).resolve().parent / "rules" / "table.md"
"""The page the table is written into."""

REGENERATE = "python docs/gen_rule_table.py"
"""The one command that brings the page up to date."""


def _dated(rules: Iterable[Rule]) -> Iterator[tuple[Rule, Timeline[Any]]]:
    """Every distinct part of ``rules`` that carries its own dated law (a condition's versions,
    or the versions of a rule whose structure changed), with that law, in order of appearance."""
    from integra.rules import ByLawDate, Condition

    seen: set[int] = set()
    for rule in rules:
        for part in rule.walk():
            if id(part) in seen:
                continue
            seen.add(id(part))
            if isinstance(part, Condition) and part.law is not None:
                yield part, part.law
            elif isinstance(part, ByLawDate):
                yield part, part.versions


def _gazette(act: Act) -> str:
    """``Dz.U. 2004 poz. 593`` from an ELI-style ``DU/2004/593``, or a dash."""
    if act.eli is None:
        return "—"
    journal, year, position = act.eli.split("/")
    return f"Dz.U. {year} poz. {position}" if journal == "DU" else act.eli


_UNDATED = date(1900, 1, 1)
"""Conditions that only carry a citation are dated from this day; they are listed apart."""


def _day(value: date | None) -> str:
    return "" if value is None or value == date.max else value.isoformat()


def render() -> str:
    """The generated part of the page: the rules, their dated law versions, and the sources.

    Example:
        >>> text = render()
        >>> text.splitlines()[4]
        '| rule | checks | reads | legal basis |'
    """
    import integra.rules
    from integra.law import Citation
    from integra.rules import ALL_RULES, Rule, rule_table

    # The name each rule is imported by: ``from integra.rules import WORKING_AGE``.
    exported = {getattr(integra.rules, name): name for name in integra.rules.__all__}
    names = {
        rule: exported[rule] for rule in ALL_RULES if isinstance(rule, Rule) and rule in exported
    }
    out = [
        "## Rules",
        "",
        "Each rule is imported by the name in the first column "
        "(`from integra.rules import WORKING_AGE`).",
        "",
        rule_table(ALL_RULES, "en", names=names),
        "",
        "## Law versions",
        "",
        "Each rule applies the version of the law in force on the law date; outside these periods "
        "it answers *unknown* and says that no law is modelled. A blank *to* means the version "
        "still applies. *Derived* marks a value or date that still awaits a primary source.",
        "",
        "| rule | in force from | to | provision | certainty | note |",
        "|---|---|---|---|---|---|",
    ]
    acts: dict[str, Act] = {}
    undated: dict[tuple[str, str], None] = {}
    for condition, law in _dated(ALL_RULES):
        entries = law.entries
        for index, entry in enumerate(entries):
            citation: Citation | None = entry.citation
            text = "" if citation is None else citation.text("pl")
            if entry.start <= _UNDATED:
                undated.setdefault((condition.label.en, text), None)
                continue
            end = entry.end
            if end is None and index + 1 < len(entries):
                end = entries[index + 1].start - timedelta(days=1)
            out.append(
                f"| `{condition.name}` | {_day(entry.start)} | {_day(end)} | {text} "
                f"| {entry.certainty.value} | {entry.note} |"
            )
    out += [
        "",
        "## Conditions inside group rules",
        "",
        "The group lists (UZS art. 1 ust. 2 and 3, the EU 2014-2020 target group) are built from "
        "conditions on recorded situations and rights to other benefits. They cite the provision "
        "that names the group and follow the dates of the list they belong to.",
        "",
        "| condition | provision |",
        "|---|---|",
    ]
    out.extend(f"| {label} | {text} |" for label, text in undated)
    for rule in ALL_RULES:
        for citation in rule.citations():
            acts.setdefault(citation.act.short, citation.act)
    out += [
        "",
        "## Legal sources",
        "",
        "| short name | title | English title | journal |",
        "|---|---|---|---|",
    ]
    for act in sorted(acts.values(), key=lambda a: a.short):
        out.append(f"| {act.short} | {act.title_pl} | {act.title_en} | {_gazette(act)} |")
    return "\n".join(out)


def splice(page: str, generated: str) -> str:
    """``page`` with the text between the markers replaced by ``generated``.

    Raises:
        ValueError: The markers are missing or out of order.

    Example:
        >>> splice("no markers", "x")
        Traceback (most recent call last):
        ...
        ValueError: the page needs the markers <!-- BEGIN GENERATED RULE TABLE --> and <!-- END GENERATED RULE TABLE -->
    """
    start = page.find(BEGIN)
    stop = page.find(END)
    if start < 0 or stop < start:
        raise ValueError(f"the page needs the markers {BEGIN} and {END}")
    return page[: start + len(BEGIN)] + "\n" + generated + "\n" + page[stop:]


def main() -> int:
    """Rewrite the generated part of ``docs/rules/table.md``; print whether it changed."""
    page = TABLE_PAGE.read_text(encoding="utf-8")
    updated = splice(page, render())
    if updated == page:
        print(f"{TABLE_PAGE.name} is up to date")
        return 0
    TABLE_PAGE.write_text(updated, encoding="utf-8")
    print(f"{TABLE_PAGE.name} regenerated")
    return 0


if __name__ == "__main__":
    # Running from a source checkout: make ``src/`` importable without installing the package.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    raise SystemExit(main())
