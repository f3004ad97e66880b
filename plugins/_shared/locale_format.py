"""Dates and numbers written the way each language writes them (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal
from babel.units import format_unit

# CLDR's plain "en" is American English ("May 30, 2022"); EU publications write "30 May 2022".
_CLDR_LOCALE = {"en": "en_GB"}


def _cldr(lang: str) -> str:
    return _CLDR_LOCALE.get(lang, lang)


def format_date(value: dt.date | str, lang: str, form: str = "long") -> str:
    """``2022-05-30`` → "30 May 2022" (en), "30 de mayo de 2022" (es), "2022. gada 30. maijs" (lv)."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return _format_date(value, format=form, locale=_cldr(lang))


def format_partial_date(value: str, lang: str) -> str:
    """A date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with no more precision than it has:
    ``2021-06`` → "June 2021" (en), "junio de 2021" (es), "2021. gada jūnijs" (lv)."""
    if len(value) == 4:
        return value
    if len(value) == 7:
        month = dt.date(int(value[:4]), int(value[5:7]), 1)
        # CLDR's Latvian month-year pattern has a stray full stop ("2021. gada. jūnijs")
        return format_skeleton("yMMMM", month, locale=_cldr(lang)).replace("gada. ", "gada ")
    return format_date(value, lang)


def format_number(value: float | int, lang: str) -> str:
    """``1234.5`` → "1,234.5" (en), "1.234,5" (de), "1 234,5" (sv)."""
    return format_decimal(value, locale=_cldr(lang))


def format_size(size: int, lang: str) -> str:
    """A file size in the language's way: "900 byte", "12.3 kB", "1,5 MB"."""

    if size < 1000:
        return format_unit(size, "digital-byte", length="short", locale=_cldr(lang))
    if size < 1_000_000:
        return format_unit(round(size / 1000, 1), "digital-kilobyte", length="short", locale=_cldr(lang))
    return format_unit(round(size / 1_000_000, 1), "digital-megabyte", length="short", locale=_cldr(lang))
