"""Translation status: per language, what to do — the exact file to create and the file to translate
it from (with the `epi new translation` command that starts it), the translations whose original
changed since (with the diff of that change), and the UI strings that are missing. Most-visited
page types first: home, about, cities, toolkit, the other pages, then the news, newest first.

"Changed since" reads git: a translation is stale when its original's text at the translation's
last commit differs from the original's text now (uncommitted changes count), whitespace aside —
re-wrapping a paragraph or adding a blank line does not make the translations stale.
Files are read through the content layer's Reader: one it cannot read (not UTF-8) is a problem
in ``reader.errors``, named by file and line as `epi check` names it, never a crash.
`epi translations` prints it; under `mkdocs serve`, epi-i18n shows it as a page for editors
(`/translations/`), never in a build."""

from __future__ import annotations

import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ._shared.reader import Reader
from .content.suffixes import language_of, strip_language
from .project.model import Layout

NOW = 2**62  # the time of a change that is not committed yet


@dataclass(frozen=True)
class Missing:
    path: str  # the file to create
    original: str  # the file to translate it from
    command: str  # the command that starts it


@dataclass(frozen=True)
class Stale:
    path: str  # the translation
    original: str
    diff: str  # the original's change since the translation's last commit


@dataclass
class LanguageStatus:
    missing: list[Missing] = field(default_factory=list)
    outdated: list[Stale] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)

    def complete(self) -> bool:
        return not (self.missing or self.outdated or self.strings)


@dataclass(frozen=True)
class Change:
    when: int  # seconds since the epoch; NOW if not committed
    commit: str | None


def _git(root: Path, *args: str) -> str | None:
    try:
        return subprocess.run(  # a file's history may hold bytes that are not UTF-8: shown as �
            ["git", "-C", str(root), *args],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def last_changes(root: Path) -> dict[str, Change]:
    """Each tracked file's last commit; uncommitted changes count as now."""
    changes: dict[str, Change] = {}
    log = _git(root, "log", "--format=@%ct %H", "--name-only", "--", "docs", "content")
    dirty = _git(root, "status", "--porcelain", "--", "docs", "content")
    if log is None or dirty is None:
        return changes
    current = Change(0, None)
    for line in log.splitlines():
        if line.startswith("@"):
            when, commit = line[1:].split()
            current = Change(int(when), commit)
        elif line and line not in changes:
            changes[line] = current
    for line in dirty.splitlines():
        changes[line[3:].strip()] = Change(NOW, None)
    return changes


def groups(root: Path, languages: list[str], docs: Path | None = None) -> dict[str, dict[str, str]]:
    """Translation groups: a key (the path without its language) → {language: path}; the pages
    are those of ``docs`` (mkdocs.yml's docs_dir), by default ``root``/docs."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted((docs or root / "docs").rglob("*.md")):
        rel = path.relative_to(root).as_posix()
        found[strip_language(rel)][language_of(rel) or languages[0]] = rel
    for pattern in (
        "content/news/*/index.*.md",
        "content/cities/*/index.*.md",
        "content/toolkit/chapters/*.md",
    ):
        for path in sorted(root.glob(pattern)):
            rel = path.relative_to(root).as_posix()
            lang = language_of(rel)
            if lang in languages:
                found[strip_language(rel)][lang] = rel
    return found


def original_language(files: dict[str, str], languages: list[str]) -> str:
    """The default language if the group has it, else its first language in the site's order."""
    return next(code for code in languages if code in files)


def translation_path(key: str, lang: str) -> str:
    """The file of ``key``'s translation into ``lang``: ``docs/about.md`` → ``docs/about.de.md``."""
    return f"{key[: -len('.md')]}.{lang}.md"


def command(key: str, original: str, lang: str) -> str:
    """The `epi new translation` line that creates ``key``'s translation into ``lang``."""
    target = (
        key.removesuffix("/index.md") if key.startswith(("content/news/", "content/cities/")) else original
    )
    return f"epi new translation {target} --lang {lang}"


def _rank(key: str) -> int:
    """Most-visited page types first: home, about, cities, toolkit, other pages, news."""
    if key in ("docs/index.md", "docs/about.md"):
        return 0 if key == "docs/index.md" else 1
    for rank, start in enumerate(("content/cities/", "content/toolkit/", "docs/", "content/news/"), 2):
        if key.startswith(start):
            return rank
    return 6


def ordered(keys: list[str]) -> list[str]:
    """``keys`` in the order of the to-do list: by page type, the news newest first."""
    news = sorted((k for k in keys if _rank(k) == 5), reverse=True)
    return sorted((k for k in keys if _rank(k) != 5), key=lambda k: (_rank(k), k)) + news


def _words(text: str) -> list[str]:
    return text.split()


def change_since(reader: Reader, root: Path, original: str, commit: str) -> str | None:
    """The diff of ``original`` since ``commit``, or None if only whitespace changed (or the
    original cannot be read: ``reader`` has the problem)."""
    before = _git(root, "show", f"{commit}:./{original}")
    now = reader.text(root / original)
    if now is None or (before is not None and _words(before.lstrip("\ufeff")) == _words(now)):
        return None
    diff = _git(root, "diff", "--no-color", "-w", "--ignore-blank-lines", commit, "--", original) or ""
    hunk = diff.find("\n@@")
    return diff[hunk + 1 :] if hunk >= 0 else diff


def status(
    layout: Layout, languages: list[str], reader: Reader, only: list[str] | None = None
) -> dict[str, LanguageStatus]:
    """What to do in each language (of ``only``, if given; never the default language's files).
    Every file is read through ``reader`` (the content layer's reading path): a file it cannot
    read is left out, and ``reader.errors`` names it."""
    root, strings_dir = layout.root, layout.strings
    changes = last_changes(root)
    shown = [lang for lang in languages if not only or lang in only]
    report = {lang: LanguageStatus() for lang in shown}
    found = groups(root, languages, layout.docs)
    for key in ordered(list(found)):
        files = found[key]
        source = original_language(files, languages)
        original = files[source]
        for lang in shown:
            if lang == source:
                continue
            if lang not in files:
                report[lang].missing.append(
                    Missing(translation_path(key, lang), original, command(key, original, lang))
                )
                continue
            mine, theirs = changes.get(files[lang], Change(0, None)), changes.get(original, Change(0, None))
            if mine.when >= theirs.when or mine.commit is None:
                continue
            diff = change_since(reader, root, original, mine.commit)
            if diff is not None:
                report[lang].outdated.append(Stale(files[lang], original, diff))

    def table(lang: str) -> dict:
        loaded = reader.yaml(strings_dir / f"{lang}.yml") if (strings_dir / f"{lang}.yml").is_file() else None
        return loaded[0] if loaded and isinstance(loaded[0], dict) else {}

    reference = table(languages[0])
    for lang in shown:
        if lang != languages[0]:
            report[lang].strings = sorted(set(reference) - set(table(lang)))
    return report


def _summary(found: LanguageStatus) -> str:
    return (
        f"{len(found.missing)} to create, {len(found.outdated)} to update, "
        f"{len(found.strings)} UI string{'s' if len(found.strings) != 1 else ''} missing"
    )


def text_report(report: dict[str, LanguageStatus], strings_dir: str = "plugins/_shared/strings") -> str:
    lines = []
    for lang, found in report.items():
        if found.complete():
            continue
        lines.append(f"{lang}: {_summary(found)}")
        for item in found.missing:
            lines += [f"  create:  {item.path}  from {item.original}", f"           $ {item.command}"]
        for stale in found.outdated:
            lines.append(f"  update:  {stale.path}  ({stale.original} changed since):")
            lines += [f"           {line}" for line in stale.diff.rstrip("\n").splitlines()]
        lines += [f"  string:  {key}  (add to {strings_dir}/{lang}.yml)" for key in found.strings]
    return "\n".join(lines) + "\n" if lines else "every language is complete and up to date\n"


def markdown_report(report: dict[str, LanguageStatus], language_name) -> str:
    lines = [
        "---",
        "title: Translation status",
        "description: What to translate in each language.",
        "search:",
        "  exclude: true",
        "---",
        "",
        "# Translation status",
        "",
        "For editors, in the preview only (never built): per language, the files to create and the "
        "file to translate each from, most-visited pages first, and the translations whose original "
        "changed since they were last changed, with that change.",
        "",
    ]
    for lang, found in report.items():
        lines += [f"## {language_name(lang)} ({lang})", ""]
        if found.complete():
            lines += ["Complete and up to date.", ""]
            continue
        lines += [_summary(found) + ".", ""]
        lines += [
            f"- Create `{item.path}` from `{item.original}`: `{item.command}`" for item in found.missing
        ]
        for stale in found.outdated:
            lines += [  # every line of a diff starts with ' ', '+', '-', '@' or '\\': none closes the fence
                f"- Update `{stale.path}`: `{stale.original}` changed since:",
                "",
                "    ```diff",
                *(f"    {line}" for line in stale.diff.rstrip("\n").splitlines()),
                "    ```",
                "",
            ]
        lines += [f"- UI string missing: `{key}`" for key in found.strings]
        lines.append("")
    return "\n".join(lines)
