"""English left in a translation: a sentence of a non-English file (a front-matter text or a
paragraph) that is the same as in the English file it translates. Warnings for `epi check`:
the editor decides (a name or a quotation may rightly stay as it is)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .._shared.errors import ContentError
from ..content.suffixes import strip_language
from .model import Project

FIELDS = ("title", "summary", "description")
MIN_WORDS = 5  # shorter texts are names, labels or titles that may rightly be the same
_WORD = re.compile(r"[^\W\d_]{2,}")


def is_sentence(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


def english_copies(project: Project) -> list[ContentError]:
    """Every sentence of a translation that is the same as in its English original."""
    found = []
    for original, translation in _pairs(project):
        found += _compare(project.root, original, translation)
    return found


def _pairs(project: Project) -> Iterator[tuple[str, str]]:
    """(English file, translated file), as paths relative to the project."""
    english = project.default_language
    docs = project.layout.docs.relative_to(project.root).as_posix()
    by_page: dict[str, dict[str, str]] = {}
    for page in project.pages:
        by_page.setdefault(strip_language(page.src_uri), {})[page.lang] = f"{docs}/{page.src_uri}"
    groups = list(by_page.values())
    groups += [{lang: t.path for lang, t in story.translations.items()} for story in project.news.stories]
    groups += [{lang: n.path for lang, n in city.narratives.items()} for city in project.cities.cities]
    groups += [{lang: t.path for lang, t in chapter.texts.items()} for chapter in project.toolkit.chapters]
    for files in groups:
        if english in files:
            yield from ((files[english], path) for lang, path in files.items() if lang != english)


def _compare(root: Path, original: str, translation: str) -> list[ContentError]:
    english = _texts(root / original)
    found = []
    for line, where, text in _texts_with_lines(root / translation):
        if is_sentence(text) and text in english:
            found.append(
                ContentError(translation, line, where, f"warning: the same as in {original}; translate it?")
            )
    return found


def _texts(path: Path) -> set[str]:
    return {text for _, _, text in _texts_with_lines(path)}


def _texts_with_lines(path: Path) -> list[tuple[int, str, str]]:
    """(line, field or "text", normalised text) of the front-matter texts and the paragraphs."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    found: list[tuple[int, str, str]] = []
    body = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), 0)
        for number, line in enumerate(lines[1:end], 2):
            name, _, value = line.partition(":")
            if name in FIELDS and value.strip():
                found.append((number, name, _normal(value.strip().strip("\"'"))))
        body = end + 1
    paragraph: list[str] = []
    start = 0
    for number, line in enumerate([*lines[body:], ""], body + 1):
        if line.strip() and not line.lstrip().startswith(("#", "<", "|", "[^", "```")):
            start = start or number
            paragraph.append(line.strip())
        elif paragraph:
            found.append((start, "text", _normal(" ".join(paragraph))))
            paragraph, start = [], 0
    return found


def _normal(text: str) -> str:
    return " ".join(text.split())
