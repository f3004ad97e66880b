"""Names of languages in any language (CLDR via Babel)."""

from __future__ import annotations

from functools import cache

from babel import Locale


@cache
def language_name(code: str, in_language: str) -> str:
    """The name of language ``code`` as written in ``in_language``."""
    return Locale.parse(code).get_display_name(Locale.parse(in_language)) or code
