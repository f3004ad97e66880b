"""Language suffixes of content files (``about.de.md``): only configured languages are allowed.

static-i18n skips a file whose suffix is a language it does not build, silently; a typo such
as ``about.se.md`` for Swedish would never be published.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePosixPath

from .._shared.errors import ContentError

# what static-i18n takes for a language suffix: ISO 639-1, optionally with script or region
_LOCALE = re.compile(r"^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$|^[a-z]{2}_[A-Z]{2}$")


def language_of(src_uri: str) -> str | None:
    suffixes = PurePosixPath(src_uri).suffixes
    if len(suffixes) >= 2 and _LOCALE.match(suffixes[-2][1:]):
        return suffixes[-2][1:]
    return None


def strip_language(src_uri: str) -> str:
    """``about.de.md`` → ``about.md``: the page a language file belongs to."""
    lang = language_of(src_uri)
    return src_uri.replace(f".{lang}.md", ".md") if lang else src_uri


def check(src_uris: list[str], languages: list[str], docs_dir: str) -> list[ContentError]:
    errors = []
    expected = ", ".join(languages)
    by_page: dict[str, list[str]] = defaultdict(list)
    for src_uri in src_uris:
        lang = language_of(src_uri)
        shown = f"{docs_dir}/{src_uri}"
        if lang is not None and lang not in languages:
            errors.append(
                ContentError(
                    shown,
                    None,
                    "language suffix",
                    f"'{lang}' is not a configured language; expected one of: {expected}",
                )
            )
            continue
        path = PurePosixPath(src_uri)
        stem = path.name[: -len("".join(path.suffixes[-2:]))] if lang else path.name[: -len(path.suffix)]
        by_page[(path.parent / stem).as_posix()].append(src_uri)
    for group in by_page.values():
        plain = [uri for uri in group if language_of(uri) is None]
        default = [uri for uri in group if language_of(uri) == languages[0]]
        if plain and default:
            errors.append(
                ContentError(
                    f"{docs_dir}/{plain[0]}",
                    None,
                    "language suffix",
                    f"both {plain[0]} and {default[0]} are the {languages[0]} page; keep one",
                )
            )
    return errors
