"""content/toolkit/ → Toolkit, every problem reported at once with file, line and field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .._shared import front_matter, schema
from .._shared.errors import ContentError, raise_if_any, shown_path
from .._shared.yamlio import YamlSyntaxError, load
from .model import Chapter, ChapterText, Template, Toolkit

LICENCE = "LICENSE-CC-BY-4.0.txt"
CHAPTER_FILE = re.compile(r"^([a-z0-9-]+)\.([A-Za-z_-]+)\.md$")


def load_toolkit(folder: Path, languages: list[str], *, schemas: Path, root: Path) -> Toolkit:
    errors: list[ContentError] = []
    path = folder / "toolkit.yaml"
    shown = shown_path(path, root)
    try:
        data, lines = load(path.read_text(encoding="utf-8"), shown)
    except YamlSyntaxError as exc:
        raise_if_any([exc.error])
    data = {**data, "date": str(data["date"])} if isinstance(data, dict) and "date" in data else data
    raise_if_any(schema.check(data, str(schemas / "toolkit.schema.json"), shown, lines))
    texts: dict[str, dict[str, ChapterText]] = {chapter: {} for chapter in data["chapters"]}
    for file in sorted((folder / "chapters").glob("*.md")):
        file_shown = shown_path(file, root)
        match = CHAPTER_FILE.match(file.name)
        if not match or match.group(2) not in languages:
            errors.append(ContentError(file_shown, None, "file name", f"expected <chapter>.<lang>.md with <lang> one of: {', '.join(languages)}"))
            continue
        chapter, lang = match.groups()
        if chapter not in texts:
            errors.append(ContentError(file_shown, None, "file name", f"'{chapter}' is not a chapter of toolkit.yaml; expected one of: {', '.join(texts)}"))
            continue
        page = front_matter.read(file.read_text(encoding="utf-8-sig"), file_shown, str(schemas / "toolkit-chapter.schema.json"), required=True)
        errors += page.errors
        if not page.errors:
            texts[chapter][lang] = ChapterText(lang, page.data["title"], page.data["summary"], page.body, file_shown)
    for index, chapter in enumerate(data["chapters"]):
        if languages[0] not in texts[chapter] and not any(e.path.endswith(f"{chapter}.{languages[0]}.md") for e in errors):
            errors.append(ContentError(shown, lines.line(("chapters", index)), f"chapters[{index}]",
                                       f"no chapters/{chapter}.{languages[0]}.md: every chapter needs its {languages[0]} text"))
    templates = []
    for index, name in enumerate(data["templates"]):
        file = folder / "templates" / name
        if not file.is_file():
            errors.append(ContentError(shown, lines.line(("templates", index)), f"templates[{index}]", f"no file templates/{name}"))
        else:
            templates.append(Template(name, file.read_bytes()))
    if not (folder / LICENCE).is_file():
        errors.append(ContentError(shown_path(folder, root), None, "", f"missing {LICENCE} (the licence's text, shipped in every ZIP)"))
    raise_if_any(errors)
    return Toolkit(
        version=data["version"],
        date=dt.date.fromisoformat(data["date"]),
        title=data["title"],
        summary=data["summary"],
        chapters=tuple(Chapter(chapter, texts[chapter]) for chapter in data["chapters"]),
        templates=tuple(templates),
        licence=(folder / LICENCE).read_bytes(),
    )
