"""UI strings of our plugins: one YAML table per language, loaded by key.

Every table must have exactly the keys of the default language's table, each a non-empty
string with the same ``{placeholders}``; a table that breaks this is a build error naming
the file, the line and the key.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, shown_path
from .reader import Reader
from .yamlio import LineMap

DEFAULT_DIR = Path(__file__).parent / "strings"


@dataclass(frozen=True)
class StringTables:
    tables: dict[str, dict[str, str]]

    def get(self, language: str, key: str, /, **values: object) -> str:
        text = self.tables[language][key]
        return text.format(**values) if values else text

    def for_language(self, language: str):
        """A ``t(key, **values)`` function bound to one language (the template helper)."""
        return lambda key, **values: self.get(language, key, **values)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def load_tables(directory: Path, languages: list[str], root: Path | None = None) -> StringTables:
    """Load ``<directory>/<lang>.yml`` for each language; the first language is the reference."""
    reader = Reader(root or directory, directory)
    tables = read_tables(reader, directory, languages)
    reader.raise_if_any()
    return tables


def read_tables(reader: Reader, directory: Path, languages: list[str]) -> StringTables:
    """The tables through ``reader`` (which collects the problems)."""
    root = reader.root
    errors: list[ContentError] = []
    tables: dict[str, dict[str, str]] = {}
    lines: dict[str, LineMap] = {}
    shown = {lang: shown_path(directory / f"{lang}.yml", root) for lang in languages}
    for lang in languages:
        path = directory / f"{lang}.yml"
        if not path.is_file():
            errors.append(
                ContentError(
                    shown[lang],
                    None,
                    "",
                    f"no UI string table for language '{lang}'; expected {lang}.yml beside the others",
                )
            )
            continue
        loaded = reader.yaml(path)
        if loaded is None:
            continue
        data, lines[lang] = loaded
        if not isinstance(data, dict):
            errors.append(ContentError(shown[lang], 1, "", "expected a mapping of key: text"))
            continue
        tables[lang] = data
    reference = languages[0]
    if reference in tables:
        errors += _compare(tables, lines, shown, reference)
    reader.errors += errors
    return StringTables(tables)


def _compare(tables, lines, shown, reference) -> list[ContentError]:
    errors = []
    expected = tables[reference]
    others = [lang for lang in tables if lang != reference]
    # a key every other table has (two or more) is missing from the reference: one problem, there
    lacking = {
        key
        for key in set().union(*(tables[lang] for lang in others))
        if key not in expected and len(others) > 1 and all(key in tables[lang] for lang in others)
    }
    for key in sorted(lacking, key=str):
        errors.append(
            ContentError(
                shown[reference],
                None,
                str(key),
                f"missing UI string (every other table has it; {reference}.yml is the reference: "
                "add it there)",
            )
        )
    for lang, table in tables.items():
        where = shown[lang]
        for key, value in table.items():
            line = lines[lang].line((key,))
            if not isinstance(value, str) or not value.strip():
                errors.append(ContentError(where, line, str(key), "expected a non-empty text"))
            elif key in lacking:
                continue
            elif key not in expected:
                errors.append(ContentError(where, line, str(key), f"unknown key (not in {reference}.yml)"))
            elif placeholders(value) != placeholders(expected[key]):
                want = ", ".join(sorted("{" + p + "}" for p in placeholders(expected[key]))) or "none"
                errors.append(
                    ContentError(
                        where, line, str(key), f"placeholders differ from {reference}.yml; expected {want}"
                    )
                )
        for key in expected:
            if key not in table:
                errors.append(
                    ContentError(where, None, str(key), f"missing UI string (present in {reference}.yml)")
                )
    return errors
