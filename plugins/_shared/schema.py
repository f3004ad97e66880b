"""JSON Schema validation (the same schemas editors' tools read) with file:line: field messages."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .errors import ContentError
from .yamlio import LineMap

_TYPE_NAMES = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "nothing (null)",
}


@cache
def validator(schema_path: str) -> Draft202012Validator:
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check(data: Any, schema_path: str, path: str, lines: LineMap) -> list[ContentError]:
    """Every schema violation in ``data`` as a ContentError naming file, line and field."""
    errors = []
    found = list(validator(schema_path).iter_errors(data))
    # a required field written misspelt is one mistake: 'did you mean …?' says it, at its line
    misspelt = {
        (tuple(error.absolute_path), _closest(extra, error.schema.get("properties", {})))
        for error in found
        if error.validator == "additionalProperties" and isinstance(error.instance, dict)
        for extra in error.instance
    }
    for error in found:
        where = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            errors += unknown_fields(error, path, lines)
            continue
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [
                n for n in error.validator_value if n not in error.instance and (where, n) not in misspelt
            ]
            if not missing:
                continue
            message = f"required field{'s' if len(missing) > 1 else ''} missing: {', '.join(missing)}"
            errors.append(ContentError(path, lines.line(where), field_name(where), message))
            continue
        errors.append(ContentError(path, lines.line(where), field_name(where), describe(error)))
    return errors


def _closest(name: object, known: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(str(name), sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_fields(error: ValidationError, path: str, lines: LineMap) -> list[ContentError]:
    """One problem per field the schema does not know, at that field's own line, with the closest
    known name when one is close."""
    where = tuple(error.absolute_path)
    allowed = sorted(error.schema.get("properties", {}))
    errors = []
    for extra in sorted(set(error.instance) - set(allowed), key=str):
        close = _closest(extra, allowed)
        hint = f"; did you mean '{close}'?" if close else ""
        errors.append(
            ContentError(
                path,
                lines.key_line((*where, extra)),
                field_name(where),
                f"unknown field {extra!r}{hint} (expected one of: {', '.join(allowed)})"
                if hint
                else f"unknown field {extra!r}; expected one of: {', '.join(allowed)}",
            )
        )
    return errors


def field_name(path: tuple[str | int, ...]) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def describe(error: ValidationError) -> str:
    """A message for editors: what was expected and what was found."""
    value = error.instance
    if error.validator == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in names)
        return f"expected {wanted}, got {_show(value)}"
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (value or {})]
        return f"required field{'s' if len(missing) > 1 else ''} missing: {', '.join(missing)}"
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(value) - set(allowed))
        fields = "fields" if len(extra) > 1 else "field"
        return f"unknown {fields} {', '.join(map(repr, extra))}; expected one of: {', '.join(allowed)}"
    if error.validator == "enum":
        options = error.validator_value
        if len(options) > 12:  # a long list (SPDX licences): its name, not every value
            wanted = error.schema.get("title") or f"one of {len(options)} known values"
            return f"expected {wanted}, got {_show(value)}"
        return f"expected one of {', '.join(map(repr, options))}, got {_show(value)}"
    if error.validator == "pattern":
        wanted = error.schema.get("title") or f"text matching {error.validator_value}"
        return f"expected {wanted}, got {_show(value)}"
    if error.validator in ("minimum", "maximum") and isinstance(value, (int, float)):
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        if low is not None and high is not None:
            return f"expected a number from {low} to {high}, got {_show(value)}"
    if error.validator == "minLength" and value == "":
        return "must not be empty"
    if error.validator == "maxLength":
        return f"too long: {len(value)} characters, at most {error.validator_value}"
    return error.message


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)
