"""content/toolkit/ → Toolkit, every problem reported at once with file, line and field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .._shared.errors import ContentError, shown_path
from .._shared.reader import Reader
from .model import Chapter, ChapterText, Template, Toolkit

LICENCE = "LICENSE-CC-BY-4.0.txt"
CHAPTER_FILE = re.compile(r"^([a-z0-9-]+)\.([A-Za-z_-]+)\.md$")


def load_toolkit(folder: Path, languages: list[str], *, schemas: Path, root: Path) -> Toolkit:
    reader = Reader(root, schemas)
    toolkit = read_toolkit(reader, folder, languages)
    reader.raise_if_any()
    assert toolkit is not None
    return toolkit


def read_toolkit(reader: Reader, folder: Path, languages: list[str]) -> Toolkit | None:
    """content/toolkit; problems go to ``reader`` (and then None is returned)."""
    root = reader.root
    problems = len(reader.errors)
    path = folder / "toolkit.yaml"
    shown = reader.shown(path)
    loaded = reader.yaml(path, "toolkit.schema.json")
    if loaded is None:
        return None
    data, lines = loaded
    errors: list[ContentError] = []
    texts: dict[str, dict[str, ChapterText]] = {chapter: {} for chapter in data["chapters"]}
    for file in sorted((folder / "chapters").glob("*.md")):
        file_shown = shown_path(file, root)
        match = CHAPTER_FILE.match(file.name)
        if not match or match.group(2) not in languages:
            errors.append(
                ContentError(
                    file_shown,
                    None,
                    "file name",
                    f"expected <chapter>.<lang>.md with <lang> one of: {', '.join(languages)}",
                )
            )
            continue
        chapter, lang = match.groups()
        if chapter not in texts:
            errors.append(
                ContentError(
                    file_shown,
                    None,
                    "file name",
                    f"'{chapter}' is not a chapter of toolkit.yaml; expected one of: {', '.join(texts)}",
                )
            )
            continue
        page = reader.page(file, "toolkit-chapter.schema.json")
        if page is not None:
            texts[chapter][lang] = ChapterText(
                lang, page.data["title"], page.data["summary"], page.body, file_shown
            )
    for index, chapter in enumerate(data["chapters"]):
        if languages[0] not in texts[chapter] and not any(
            e.path.endswith(f"{chapter}.{languages[0]}.md") for e in reader.errors
        ):
            errors.append(
                ContentError(
                    shown,
                    lines.line(("chapters", index)),
                    f"chapters[{index}]",
                    f"no chapters/{chapter}.{languages[0]}.md: every chapter needs its {languages[0]} text",
                )
            )
    templates = []
    for index, name in enumerate(data["templates"]):
        stem, _, ext = name.rpartition(".")
        neutral = folder / "templates" / name
        written = {
            lang: (folder / "templates" / f"{stem}.{lang}.{ext}").read_bytes()
            for lang in languages
            if (folder / "templates" / f"{stem}.{lang}.{ext}").is_file()
        }
        if neutral.is_file() and not written:
            written = {languages[0]: neutral.read_bytes()}
        if languages[0] not in written:
            errors.append(
                ContentError(
                    shown,
                    lines.line(("templates", index)),
                    f"templates[{index}]",
                    f"no file templates/{name} nor its {languages[0]} text "
                    f"templates/{stem}.{languages[0]}.{ext} "
                    f"(other languages beside it as {stem}.<lang>.{ext})",
                )
            )
        else:
            templates.append(Template(name, written))
    if not (folder / LICENCE).is_file():
        errors.append(
            ContentError(
                shown_path(folder, root),
                None,
                "",
                f"missing {LICENCE} (the licence's text, shipped in every ZIP)",
            )
        )
    reader.errors += errors
    if len(reader.errors) > problems:
        return None
    return Toolkit(
        version=data["version"],
        date=dt.date.fromisoformat(data["date"]),
        title=data["title"],
        summary=data["summary"],
        chapters=tuple(Chapter(chapter, texts[chapter]) for chapter in data["chapters"]),
        templates=tuple(templates),
        licence=(folder / LICENCE).read_bytes(),
    )
