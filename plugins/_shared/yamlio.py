"""YAML loading that keeps the line of every node, so errors can name it.

One parse: the text is composed into nodes (checked for keys written twice in one mapping, which
PyYAML would accept silently, keeping the last value) and the data is constructed from them.
Dates stay text (``2021-06`` and ``2021-06-01`` alike): schemas and messages speak of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from .errors import ContentError

Path = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader without the implicit timestamp type."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + offset if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        context = exc.context_mark
        if exc.problem and exc.context and context and mark and context.line != mark.line:
            problem += f" ({exc.context} that starts on line {context.line + 1 + offset})"
        raise YamlSyntaxError([ContentError(path, line, field, f"invalid YAML: {problem}")]) from None
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
