"""`epi publish <story>`: a draft story becomes a published one — `draft: true` removed from every
language file of the story — only when `epi check` finds no problem in the story; otherwise the
problems are printed and nothing changes."""

from __future__ import annotations

import re
from pathlib import Path

from ._shared.errors import ContentError
from ._shared.front_matter import UnclosedFrontMatter, find
from .project.languages import site_config
from .project.load import check_project

DRAFT = re.compile(r"^draft:[ \t]*true[ \t]*(?:#.*)?\r?\n", re.M)


class PublishError(Exception):
    pass


def story_folder(root: Path, target: str, cwd: Path) -> Path:
    """The story folder ``target`` names: the folder, one of its files, or the folder's name."""
    news = (root / "content" / "news").resolve()
    for candidate in (cwd / target, root / target, news / target):
        path = candidate.resolve()
        folder = path.parent if path.is_file() else path
        if folder.is_dir() and folder.parent == news:
            return folder
    raise PublishError(f"{target}: not a story; expected a folder of content/news/ or one of its files")


def problems(root: Path, folder: Path) -> list[ContentError]:
    """What `epi check` finds in the story ``folder``."""
    shown = folder.resolve().relative_to(root.resolve()).as_posix()
    site = site_config(root)
    errors = check_project(site.layout, site.languages).errors
    return [error for error in errors if error.path == shown or error.path.startswith(shown + "/")]


def publish(root: Path, folder: Path) -> tuple[list[Path], list[ContentError]]:
    """The files changed, or the story's problems (and nothing changed)."""
    found = problems(root, folder)
    if found:
        return [], found
    changed = []
    for path in sorted(folder.glob("index.*.md")):
        text = path.read_text(encoding="utf-8")
        try:
            front = find(text.lstrip("\ufeff"))
        except UnclosedFrontMatter:  # `epi check` reports it: not reached
            continue
        if front is None:
            continue
        start = text.index(front.text)
        head = DRAFT.sub("", front.text)
        if head != front.text:
            path.write_text(text[:start] + head + text[start + len(front.text) :], encoding="utf-8")
            changed.append(path)
    return changed, []
