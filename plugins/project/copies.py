"""English left in a translation: a sentence of a non-English file that is the same as in the
English file it translates (front-matter texts, and every block of the text: paragraphs, headings,
list items, table cells, footnotes, admonitions), or a language's text in a data file that is the
same as that entry's English text. Warnings for `epi check`: the editor decides (a name or a
quotation may rightly stay as it is, marked as English)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from .._shared.errors import ContentError
from ..content.suffixes import strip_language
from .model import Project
from .sentences import markdown_sentences, text_sentences

FIELDS = ("title", "summary", "description")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TEXT = (
    "warning: “{start}” is the same as in {original}; translate it, or if it is a title, a name or a"
    ' quotation that stays as it is, mark its language: <span lang="en">…</span>'
)
_DATA = (
    "warning: “{start}” is the same as the {english} text (line {line}); translate it, or if it stays"
    " as it is, delete this line (the page then shows the {english} text)"
)


def english_copies(project: Project) -> list[ContentError]:
    """Every sentence of a translation that is the same as in its English original."""
    english: dict[str, set[str]] = {}
    found = []
    for original, translation in _pairs(project):
        if original not in english:
            english[original] = {text for _, _, text in _sentences(project.root / original)}
        found += [
            ContentError(translation, line, where, _TEXT.format(original=original, start=_start(text)))
            for line, where, text in _sentences(project.root / translation)
            if text in english[original]
        ]
    for path in sorted(project.layout.content.rglob("*.y*ml")):
        found += _data_copies(path, project)
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


def _sentences(path: Path) -> list[tuple[int, str, str]]:
    """(line, field or kind of block, sentence) of the front-matter texts and the text."""
    text = path.read_text(encoding="utf-8-sig")
    lines = text.split("\n")
    found: list[tuple[int, str, str]] = []
    body = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), 0)
        found += _front_matter("\n".join(lines[1:end]))
        body = end + 1
    return found + markdown_sentences("\n".join(lines[body:]), body + 1)


def _front_matter(text: str) -> list[tuple[int, str, str]]:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return []  # reported by the content checks
    if not isinstance(root, yaml.MappingNode):
        return []
    return [
        (value.start_mark.line + 2 + (value.style in ("|", ">")), key.value, sentence)
        for key, value in root.value
        if key.value in FIELDS and isinstance(value, yaml.ScalarNode)
        for sentence in text_sentences(value.value)
    ]


def _data_copies(path: Path, project: Project) -> list[ContentError]:
    """The texts of a data file's per-language maps (``{en: …, de: …}``) that repeat a sentence
    of their English text."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=_Loader)
    except (yaml.YAMLError, UnicodeDecodeError):
        return []  # reported by the content checks
    shown = path.relative_to(project.root).as_posix()
    english, languages = project.default_language, set(project.languages)
    found = []
    for where, texts in _language_maps(root, "", english, languages):
        original = texts.pop(english)
        sentences = set(text_sentences(original.value))
        for lang, node in texts.items():
            found += [
                ContentError(
                    shown,
                    _line(node),
                    f"{where}.{lang}",
                    _DATA.format(english=english, line=_line(original), start=_start(s)),
                )
                for s in text_sentences(node.value)
                if s in sentences
            ]
    return found


def _language_maps(
    node: yaml.Node | None, where: str, english: str, languages: set[str]
) -> Iterator[tuple[str, dict[str, yaml.ScalarNode]]]:
    if isinstance(node, yaml.MappingNode):
        texts = {k.value: v for k, v in node.value if isinstance(v, yaml.ScalarNode)}
        if english in texts and len(texts) > 1 and set(texts) <= languages:
            yield where, texts
            return
        for key, value in node.value:
            yield from _language_maps(
                value, f"{where}.{key.value}" if where else str(key.value), english, languages
            )
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _language_maps(item, f"{where}[{index}]", english, languages)


def _line(node: yaml.ScalarNode) -> int:
    """The line of a text (of its first line for a ``|`` or ``>`` block)."""
    return node.start_mark.line + 1 + (node.style in ("|", ">"))


def _start(sentence: str, words: int = 6) -> str:
    """The first words of a sentence, to find it on its line."""
    split = sentence.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")
