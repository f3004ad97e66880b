"""Translation status: per language, the pages, stories, city narratives and toolkit chapters
that are missing or older than their original (by the files' last commit dates), and the UI
strings that are missing. `epi translations` prints it; epi-i18n renders it as a page for editors
(translations.md) that the navigation does not show."""

from __future__ import annotations

import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ._shared.reader import Reader
from .content.suffixes import language_of, strip_language


@dataclass
class LanguageStatus:
    missing: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)  # "path (original: path)"
    strings: list[str] = field(default_factory=list)


def last_changes(root: Path) -> dict[str, int]:
    """Each tracked file's last commit time (seconds); uncommitted changes count as now."""
    times: dict[str, int] = {}
    try:
        log = subprocess.run(
            ["git", "-C", str(root), "log", "--format=@%ct", "--name-only", "--", "docs", "content"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "docs", "content"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return times
    when = 0
    for line in log.splitlines():
        if line.startswith("@"):
            when = int(line[1:])
        elif line and line not in times:
            times[line] = when
    for line in dirty.splitlines():
        times[line[3:].strip()] = 2**62  # changed since the last commit
    return times


def _groups(root: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """Translation groups: a key → {language: repo-relative path}."""
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted((root / "docs").rglob("*.md")):
        rel = path.relative_to(root).as_posix()
        groups[strip_language(rel)][language_of(rel) or languages[0]] = rel
    for pattern in (
        "content/news/*/index.*.md",
        "content/cities/*/index.*.md",
        "content/toolkit/chapters/*.md",
    ):
        for path in sorted(root.glob(pattern)):
            rel = path.relative_to(root).as_posix()
            lang = language_of(rel)
            if lang:
                groups[strip_language(rel)][lang] = rel
    return groups


def status(root: Path, languages: list[str], strings_dir: Path) -> dict[str, LanguageStatus]:
    times = last_changes(root)
    report = {lang: LanguageStatus() for lang in languages}
    for key, files in sorted(_groups(root, languages).items()):
        original_lang = (
            languages[0] if languages[0] in files else next(code for code in languages if code in files)
        )
        original = files[original_lang]
        for lang in languages:
            if lang == original_lang:
                continue
            if lang not in files:
                report[lang].missing.append(key)
            elif times.get(files[lang], 0) < times.get(original, 0):
                report[lang].outdated.append(f"{files[lang]} (original: {original})")
    reader = Reader(root, strings_dir)  # the content layer's reading path; its problems are `epi check`'s

    def table(lang: str) -> dict:
        loaded = reader.yaml(strings_dir / f"{lang}.yml") if (strings_dir / f"{lang}.yml").is_file() else None
        return loaded[0] if loaded and isinstance(loaded[0], dict) else {}

    reference = table(languages[0])
    for lang in languages[1:]:
        report[lang].strings = sorted(set(reference) - set(table(lang)))
    return report


def text_report(report: dict[str, LanguageStatus]) -> str:
    lines = []
    for lang, found in report.items():
        if not (found.missing or found.outdated or found.strings):
            continue
        lines.append(
            f"{lang}: {len(found.missing)} missing, {len(found.outdated)} older than the original, "
            f"{len(found.strings)} UI strings missing"
        )
        lines += [f"  missing: {item}" for item in found.missing]
        lines += [f"  older:   {item}" for item in found.outdated]
        lines += [f"  string:  {item}" for item in found.strings]
    return "\n".join(lines) + "\n" if lines else "every language is complete and up to date\n"


def markdown_report(report: dict[str, LanguageStatus], language_name) -> str:
    lines = [
        "---",
        "title: Translation status",
        "description: What is missing or out of date in each language.",
        "search:",
        "  exclude: true",
        "---",
        "",
        "# Translation status",
        "",
        "For editors: per language, what has no translation yet and what was translated from an older "
        "version of its original (by the files' last commit dates). "
        "Visitors' navigation does not link this page.",
        "",
    ]
    for lang, found in report.items():
        lines += [f"## {language_name(lang)} ({lang})", ""]
        if not (found.missing or found.outdated or found.strings):
            lines += ["Complete and up to date.", ""]
            continue
        lines += [f"- Missing: `{item}`" for item in found.missing]
        lines += [f"- Older than the original: `{item}`" for item in found.outdated]
        lines += [f"- UI string missing: `{item}`" for item in found.strings]
        lines.append("")
    return "\n".join(lines)
