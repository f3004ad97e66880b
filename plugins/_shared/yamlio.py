"""YAML loading that keeps the line of every node, so errors can name it.

One parse: the text is composed into nodes (checked for keys written twice in one mapping, which
PyYAML would accept silently, keeping the last value) and the data is constructed from them.
Dates stay text (``2021-06`` and ``2021-06-01`` alike): schemas and messages speak of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from .errors import ContentError

Path = tuple[str | int, ...]


# libyaml's parser (C) where PyYAML was built with it, as in every wheel; the pure Python one
# otherwise. Both keep every node's line; the messages are made the same by syntax_problem().
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """PyYAML's safe loader (libyaml's where there is one) without the implicit timestamp type."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class LineMap:
    """Maps a path inside loaded YAML data (keys and list indexes) to a 1-based line."""

    root: yaml.Node | None
    offset: int = 0  # lines before the YAML text in its file (front matter starts on line 2)

    def key_line(self, path: Path) -> int:
        """The line of the last key of ``path`` itself (where a misspelt field name is), not of its
        value; the line of the value's block where there is no such key."""
        parent = self.root
        for part in path[:-1]:
            parent = _child(parent, part) if parent is not None else None
        if isinstance(parent, yaml.MappingNode) and path:
            for key, _ in parent.value:
                if key.value == str(path[-1]):
                    return key.start_mark.line + 1 + self.offset
        return self.line(path)

    def line(self, path: Path = ()) -> int:
        node = self.root
        if node is None:
            return 1 + self.offset
        best = node.start_mark.line
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            node, best = child, child.start_mark.line
        return best + 1 + self.offset


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return value
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None


class YamlSyntaxError(Exception):
    """The text is not YAML the site can use; ``errors`` names each problem's line."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        self.error = errors[0]
        super().__init__("\n".join(map(str, errors)))


def load(text: str, path: str, *, offset: int = 0, field: str = "") -> tuple[Any, LineMap]:
    """Parse ``text`` (from ``path``) into data and a line map; a syntax error or a key written
    twice names its line."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is not None:
            duplicates = _duplicate_keys(root, path, offset, field)
            if duplicates:
                raise YamlSyntaxError(duplicates)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        line, message = syntax_problem(exc, text, offset)
        raise YamlSyntaxError([ContentError(path, line, field, f"invalid YAML: {message}")]) from None
    finally:
        loader.dispose()
    return data, LineMap(root, offset)


def _duplicate_keys(root: yaml.Node, path: str, offset: int, field: str) -> list[ContentError]:
    """Every key written a second time in the same mapping, at the line of its repeat."""
    errors = []
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                name = f"{where}.{key.value}" if where else str(key.value)
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    if key.value in seen:
                        errors.append(
                            ContentError(
                                path,
                                key.start_mark.line + 1 + offset,
                                name,
                                f"written twice (also on line {seen[key.value]}); keep one",
                            )
                        )
                    else:
                        seen[key.value] = key.start_mark.line + 1 + offset
                stack.append((value, name))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, f"{where}[{index}]") for index, item in enumerate(node.value))
    return errors


def syntax_problem(exc: yaml.MarkedYAMLError, text: str, offset: int = 0) -> tuple[int | None, str]:
    """The line an editor must fix (1-based, in the file) and what to do there, then the parser's
    own words in brackets. The parser often names the token after the mistake (the next line, or
    the end of the text for a quote never closed); its marks and the text lead back to the mistake.
    Both PyYAML's and libyaml's wordings are understood."""
    problem, context = exc.problem or "", exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    lines = text.splitlines()
    row, what = _mistake(problem, context, mark, opened, lines, offset)
    original = problem or context or "invalid YAML"
    if problem and context:
        original += f", {context}" + (f" on line {opened.line + 1 + offset}" if opened else "")
    if row is None:
        somewhere = mark or opened
        row = somewhere.line if somewhere is not None else None
    return (None if row is None else row + 1 + offset), f"{what} [{original}]"


def _mistake(
    problem: str, context: str, mark: Any, opened: Any, lines: list[str], offset: int
) -> tuple[int | None, str]:
    """(0-based line, editor wording) for the parser's ``problem`` at ``mark`` while ``context``
    (which started at ``opened``)."""

    def char(at) -> str:
        if at is None or at.line >= len(lines) or at.column >= len(lines[at.line]):
            return ""
        return lines[at.line][at.column]

    def before(at) -> str:
        return lines[at.line][: at.column].rstrip() if at is not None and at.line < len(lines) else ""

    found = char(mark)
    if found == "\t" or "tab character" in problem:
        return mark.line, "a tab cannot indent YAML (or separate a field from its value): use spaces"
    if "quoted scalar" in context and opened is not None:
        return opened.line, _never_closed(char(opened) or '"')
    if "flow sequence" in context or "flow mapping" in context:
        pair = "[]" if "sequence" in context else "{}"
        what = "list" if pair == "[]" else "mapping"
        row = opened.line if opened is not None else mark.line
        if mark is not None and opened is not None and mark.line > opened.line:
            return row, (
                f"this {what} is never closed (opened with '{pair[0]}' on line {opened.line + 1 + offset}): "
                f"end it with '{pair[1]}' (an item containing ':', ',' or '{pair[1]}' must be in quotes)"
            )
        return row, f"in this {what} in '{pair}' an item containing ':', ',' or '{pair[1]}' must be in quotes"
    if "simple key" in context and opened is not None:
        return opened.line, (
            "expected 'name: value': this line has no ': ' (text going on from the line above must be "
            "indented under its value, or the whole value put in quotes)"
        )
    special = {"an alias": "*", "an anchor": "&", "a tag": "!", "a directive": "%"}
    starting = next((sign for word, sign in special.items() if f"scanning {word}" in context), "")
    if not starting and "cannot start any token" in problem:
        starting = found
    if not starting and "constructor for the tag" in problem:
        starting = "!"
    if starting:
        row = opened.line if opened is not None else mark.line
        return row, f"a value starting with '{starting}' must be in quotes, e.g. title: \"{starting}…\""
    if "mapping values are not allowed" in problem and mark is not None:
        return _colon(mark, lines)
    if mark is not None and ("block end" in problem or "expected key" in problem or "indicator" in problem):
        left = before(mark)
        if left.endswith(('"', "'")):
            opening = _unclosed_above(lines, mark.line, left)
            if opening is not None:
                return opening, _never_closed(left[-1])
            return mark.line, (
                "text after the closing quote: a value in quotes must end at its closing quote "
                '(write quotes inside it as \\" or „…“)'
            )
        if left.endswith(("]", "}")):
            return (
                mark.line,
                "a value starting with '[' or '{' must be in quotes, e.g. title: \"[Draft] news\"",
            )
        if found == "-":
            return mark.line, (
                "a list item ('- ') among fields: indent it under the field it belongs to, "
                "or write 'name: value'"
            )
        if "collection" in context or "indicator" in problem:
            return (
                mark.line,
                "a line in a list must start with '- ' (or line it up with the field above the list)",
            )
        block = f" (the block that starts on line {opened.line + 1 + offset})" if opened is not None else ""
        return mark.line, f"this line is not lined up with the fields around it{block}: indent it like them"
    return None, "not valid YAML here"


def _colon(mark: Any, lines: list[str]) -> tuple[int, str]:
    """'mapping values are not allowed here': a ': ' inside a value, or a line the parser read as
    going on from the line above (indented under it, or the line above lacks its ': ')."""
    quote = "a value containing ': ' must be in quotes, e.g. title: \"Cartagena: 67 out of 100\""
    row = mark.line
    line = lines[row] if row < len(lines) else ""
    head = line[: mark.column].lstrip()
    if head.startswith("- "):
        head = head[2:]
    if re.search(r":(\s|$)", head):  # this line's own 'name: value', then a second ': '
        return row, quote
    above = row - 1
    while above >= 0 and (not lines[above].strip() or lines[above].lstrip().startswith("#")):
        above -= 1
    if above < 0:
        return row, quote
    indent = len(line) - len(line.lstrip())
    if indent > len(lines[above]) - len(lines[above].lstrip()):
        return row, (
            "this line is indented under the line above, so it reads as the rest of that value: "
            "line it up with the other fields, or, if it is the value going on, put the whole value in quotes"
        )
    return above, "expected 'name: value': this line has no ': '"


def _never_closed(quote: str) -> str:
    inside = "''" if quote == "'" else '\\"'
    return (
        f"the text in quotes that starts here with {quote} is never closed: end it with {quote} "
        f"(a {quote} inside the text is written {inside}, or use „…“ or ’)"
    )


def _unclosed_above(lines: list[str], row: int, left: str) -> int | None:
    """The line above ``row`` whose quote was never closed, when the quote the parser took for a
    closing one is the opening quote of ``row``'s own value (``name: "…`` after a line ``name: "…``
    missing its end)."""
    quote = left[-1]
    if not re.fullmatch(r"\s*(?:-\s+)?[^\s#'\"][^:]*:\s+" + re.escape(quote), left):
        return None
    for above in range(row - 1, -1, -1):
        text = lines[above].replace("\\" + quote, "") if quote == '"' else lines[above].replace("''", "")
        if text.count(quote) % 2:
            return above
    return None
