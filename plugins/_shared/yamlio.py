"""YAML loading that keeps the line of every node, so errors can name it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from .errors import ContentError

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class LineMap:
    """Maps a path inside loaded YAML data (keys and list indexes) to a 1-based line."""

    root: yaml.Node | None
    offset: int = 0  # lines before the YAML text in its file (front matter starts on line 2)

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
    def __init__(self, error: ContentError):
        self.error = error
        super().__init__(str(error))


def load(text: str, path: str, *, offset: int = 0, field: str = "") -> tuple[Any, LineMap]:
    """Parse ``text`` (from ``path``) into data and a line map; a syntax error names its line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + offset if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        context = exc.context_mark
        if exc.problem and exc.context and context and mark and context.line != mark.line:
            problem += f" ({exc.context} that starts on line {context.line + 1 + offset})"
        raise YamlSyntaxError(ContentError(path, line, field, f"invalid YAML: {problem}")) from None
    return data, LineMap(root, offset)
