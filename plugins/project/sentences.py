"""The sentences of a Markdown file or of a data text, each with its line and where it is, for
comparing a translation with its English original sentence by sentence.

What is not the file's own language is left out first: code (spans and fenced blocks), URLs and
link targets, HTML tags and comments, footnote markers, attribute lists, and everything inside an
element marked with a language (``<span lang="en">…</span>``, ``<div lang="it">…</div>``,
``*…*{lang=en}``, a block ending in ``{: lang=en}``). Blanking keeps every other character where
it was, so the lines stay right. Then each block (paragraph, heading, list item, table cell,
footnote definition, admonition title and body) is split after sentence punctuation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

MIN_WORDS = 5  # shorter texts are names, labels or titles that may rightly be the same
_WORD = re.compile(r"[^\W\d_]{2,}")

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_LANG_TAG = re.compile(r"<([A-Za-z][\w-]*)\b[^<>]*?\blang\s*=[^<>]*>")
_ATTR_LANG = r"\{:?[^{}\n]*?\blang\s*=[^{}\n]*\}"
_INLINE_LANG = re.compile(
    r"(\*\*|\*|__|_)(?:(?!\1).)+?\1"
    + _ATTR_LANG  # *words*{lang=en}
    + r"|!?\[[^\]\n]*\](?:\([^)\n]*\))?"
    + _ATTR_LANG  # [words](link){lang=en}
    + r"|`+[^`\n]*`+"
    + _ATTR_LANG
)
_BLOCK_LANG = re.compile(r"(?:^|\s)" + _ATTR_LANG + r"\s*$", re.MULTILINE)
_MASKS = re.compile(
    "|".join(
        (
            r"<!--.*?-->",
            r"<(script|style)\b.*?</\1>",
            r"(`+)(?:(?!\n[ \t]*\n).)+?\2",  # code spans (not across paragraphs)
            r"\]\([^)\n]*\)",  # link targets (the brackets are blanked below)
            r"\]\[[^\]\n]*\]",  # reference links
            r"^[ \t]*\[(?!\^)[^\]\n]+\]:[ \t]+\S+.*$",  # link definitions (not footnotes: see below)
            r"\[\^[^\]\n]+\]:?",  # footnote markers and the start of their definitions
            r"</?[A-Za-z][^<>\n]*>",  # HTML tags and <autolinks>
            r"\b(?:https?|ftp|mailto):[^\s)\]>]+",  # URLs
            r"\{:?[^{}\n]*\}",  # attribute lists
        )
    ),
    re.DOTALL | re.MULTILINE,
)
_DOMAIN = re.compile(r"\b(?:[\w-]+\.)+[a-z]{2,}/[^\s)\]>]*")  # a URL without its scheme: epi-project.com/en/
_UNDERSCORES = re.compile(r"(?<!\w)_+|_+(?!\w)")  # emphasis
_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
_LIST = re.compile(r"([-*+]|\d{1,9}[.)])[ \t]+")
_ADMONITION = re.compile(r"(!!!|\?\?\?\+?)[ \t]*[\w-]*[ \t]*")
_FOOTNOTE = re.compile(r"\[\^[^\]\n]+\]:")
_SEPARATOR = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def is_sentence(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start:end]`` made spaces (line ends kept)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def masked(text: str) -> str:
    """``text`` with everything that is not its own prose blanked, each line where it was."""
    text = _blank_fences(text)
    if "lang" in text:
        text = _blank_lang_elements(text)
        text = _INLINE_LANG.sub(_spaces, text)
    text = _MASKS.sub(_spaces, text)
    if "/" in text:
        text = "\n".join(_DOMAIN.sub(_spaces, line) if "/" in line else line for line in text.split("\n"))
    if "_" in text:
        text = _UNDERSCORES.sub(_spaces, text)
    for mark in ("![", "[", "]", "*", "\\"):  # link brackets, emphasis, escapes
        text = text.replace(mark, " " * len(mark))
    return text


def _spaces(match: re.Match[str]) -> str:
    text = match.group(0)
    return " " * len(text) if "\n" not in text else re.sub(r"[^\n]", " ", text)


def _blank_fences(text: str) -> str:
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    fence = ""
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            lines[i] = " " * len(line)
        elif opening:
            fence = opening.group(1)
            lines[i] = " " * len(line)
    return "\n".join(lines)


def _blank_lang_elements(text: str) -> str:
    """Every element marked with a language blanked, from its start tag to its end tag (the same
    element nested inside counted); one without an end tag, to the end of its paragraph."""
    position = 0
    while opening := _LANG_TAG.search(text, position):
        name = opening.group(1)
        tags = re.compile(rf"<(/?){re.escape(name)}\b[^<>]*?(/?)>", re.IGNORECASE)
        depth, end = 1, -1
        for tag in tags.finditer(text, opening.end()):
            if tag.group(2):
                continue  # self-closing
            depth += -1 if tag.group(1) else 1
            if not depth:
                end = tag.end()
                break
        if end < 0:
            paragraph = text.find("\n\n", opening.end())
            end = len(text) if paragraph < 0 else paragraph
        text = blank(text, opening.start(), end)
        position = end
    return text


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) of the sentences of an already blanked text (five words or more)."""
    found: list[tuple[int, str]] = []
    if not is_sentence(text):
        return found
    start = 0
    for piece in [*_SPLIT.finditer(text), None]:
        end = piece.start() if piece else len(text)
        sentence = " ".join(text[start:end].split())
        if is_sentence(sentence):
            found.append((start + len(text[start:end]) - len(text[start:end].lstrip()), sentence))
        if piece:
            start = piece.end()
    return found


def text_sentences(text: str) -> list[str]:
    """The sentences of one text of a data file (five words or more)."""
    return [sentence for _, sentence in sentences(masked(text))]


class _Block:
    """A run of text that sentences do not cross: its parts, each (line, column, text)."""

    def __init__(self, where: str):
        self.where = where
        self.parts: list[tuple[int, str]] = []

    def add(self, line: int, text: str) -> None:
        self.parts.append((line, text))

    def sentences(self) -> Iterator[tuple[int, str, str]]:
        starts, joined, length = [], [], 0
        for _, text in self.parts:
            starts.append(length)
            joined.append(text)
            length += len(text) + 1
        for offset, sentence in sentences(" ".join(joined)):
            yield self.parts[bisect_right(starts, offset) - 1][0], self.where, sentence


def markdown_sentences(body: str, first_line: int = 1) -> list[tuple[int, str, str]]:
    """(line, where, sentence) of a Markdown text whose first line is ``first_line``; ``where`` is
    the kind of block: text, heading, list, table, footnote, admonition or quote."""
    raw = body.split("\n")
    clean = masked(body).split("\n")
    blocks: list[_Block] = []
    block: _Block | None = None
    container = ""  # footnote or admonition: the indented lines after it belong to it
    container_indent = -1
    for number, (line, text) in enumerate(zip(raw, clean, strict=True), first_line):
        stripped = line.strip()
        if not stripped:
            block = None
            continue
        indent = len(line) - len(line.lstrip())
        if container and indent <= container_indent:
            container, container_indent = "", -1
        column, where = indent, ""
        while stripped.startswith(">"):
            column = line.index(">", column) + 1
            column += len(line[column:]) - len(line[column:].lstrip())
            stripped, where = line[column:].rstrip(), "quote"
        if match := _ADMONITION.match(stripped):
            container, container_indent, where = "admonition", indent, "admonition"
            column += match.end()
        elif match := _FOOTNOTE.match(stripped):
            container, container_indent, where = "footnote", indent, "footnote"
            column += match.end()
        elif stripped.startswith("#"):
            where = "heading"
            column += len(stripped) - len(stripped.lstrip("#"))
        elif stripped.startswith("|"):
            block = None
            if not _SEPARATOR.match(stripped):
                blocks += _cells(number, text)
            continue
        elif match := _LIST.match(stripped):
            where = "list"
            column += match.end()
        if _BLOCK_LANG.search(line):  # a block marked with a language: left out whole
            if block is not None and not where:
                blocks.remove(block)
            block = None
            continue
        if not text.strip():
            continue
        if block is None or where and not where == block.where == "quote":
            block = _Block(where or container or "text")
            blocks.append(block)
        block.add(number, text[column:].strip().strip('"') if where == "admonition" else text[column:])
        if where in ("heading", "admonition"):  # a heading or a title: one line
            block = None
    return [found for block in blocks for found in block.sentences()]


def _cells(number: int, text: str) -> list[_Block]:
    cells = []
    for cell in text.split("|"):
        block = _Block("table")
        block.add(number, cell)
        cells.append(block)
    return cells
