"""Compare two built sites: the same file list? which files differ, and do the HTML ones differ
only in how the markup is written (entities, whitespace) or in what it says (elements,
attributes, text)? For refactors that must not change the site: build before and after, then
`python scripts/compare_sites.py site-before site-after`. Exit code 1 if anything really differs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lxml.html


def _dom(path: Path) -> list[tuple]:
    """Elements with attributes and whitespace-normalised text, in document order."""
    found = []
    for element in lxml.html.fromstring(path.read_bytes()).iter():
        if isinstance(element.tag, str):
            text = " ".join((element.text or "").split())
            tail = " ".join((element.tail or "").split())
            found.append((element.tag, tuple(sorted(element.attrib.items())), text, tail))
    return found


def _json(path: Path) -> object:
    """The file's data, or None if it is not plain JSON (Pagefind writes compressed files)."""
    try:
        return json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError):
        return None


def compare(before: Path, after: Path) -> list[str]:
    problems = []
    old = {p.relative_to(before).as_posix() for p in before.rglob("*") if p.is_file()}
    new = {p.relative_to(after).as_posix() for p in after.rglob("*") if p.is_file()}
    problems += [f"only before: {name}" for name in sorted(old - new)]
    problems += [f"only after: {name}" for name in sorted(new - old)]
    written_only = 0
    for name in sorted(old & new):
        a, b = before / name, after / name
        if a.read_bytes() == b.read_bytes():
            continue
        if name.endswith(".html") and _dom(a) == _dom(b):
            written_only += 1
        elif name.endswith(".json") and _json(a) is not None and _json(a) == _json(b):
            written_only += 1
        else:
            problems.append(f"differs: {name}")
    print(
        f"{len(old & new)} files in both; {written_only} written differently with the same content",
        file=sys.stderr,
    )
    return problems


if __name__ == "__main__":
    found = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(found) if found else "same content")
    sys.exit(1 if found else 0)
