"""Dates and numbers written the way each language writes them (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.core import get_global, parse_locale
from babel.dates import format_date as _format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal
from babel.units import format_unit

from .dates import PartialDate

# The country each language's text is written for: its dates and numbers (CLDR), its pages'
# og:locale and the language of the toolkit's office files. English is British: CLDR's plain
# "en" is American ("May 30, 2022"); EU publications write "30 May 2022".
REGIONS = {"en": "GB", "es": "ES", "ro": "RO", "de": "DE", "sv": "SE", "pl": "PL", "it": "IT", "lv": "LV"}


@lru_cache(maxsize=64)
def region(lang: str) -> str:
    """The country a language's text is written for: "GB" for en, "SE" for sv; for a language
    not in REGIONS, CLDR's likeliest one ("FR" for fr), or "" if CLDR knows none."""
    if lang in REGIONS:
        return REGIONS[lang]
    likely = get_global("likely_subtags").get(lang)
    return (parse_locale(likely)[1] or "") if likely else ""


def locale(lang: str) -> str:
    """The language with its country, CLDR's and Open Graph's way: "en_GB", "lv_LV"."""
    return f"{lang}_{region(lang)}" if region(lang) else lang


def language_tag(lang: str) -> str:
    """The language with its country, BCP 47's way (office files): "en-GB", "lv-LV"."""
    return f"{lang}-{region(lang)}" if region(lang) else lang


# A month alone: CLDR's skeleton "yMMMM", except where its pattern is wrong. Latvian's is
# "y. 'gada'. MMMM" ("2021. gada. jūnijs"); Latvian writes "2021. gada jūnijs".
_MONTH_PATTERN = {"lv": "y. 'gada' LLLL"}


@lru_cache(maxsize=1 << 14)  # a story's date is written on its page and in every list showing it
def format_date(value: dt.date | PartialDate | str, lang: str, form: str = "long") -> str:
    """A date at its own precision, the way the language writes it:

    - a day, ``2022-05-30``: "30 May 2022" (en), "30 de mayo de 2022" (es), "2022. gada 30. maijs" (lv)
      (``form`` is Babel's: "short", "medium", "long" or "full");
    - a month, ``2021-06``: "June 2021" (en), "junio de 2021" (es), "2021. gada jūnijs" (lv);
    - a year, ``2021``: "2021".

    A string is read as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (see PartialDate)."""
    if isinstance(value, str):
        value = PartialDate.parse(value)
    if isinstance(value, dt.date):
        return _format_date(value, format=form, locale=locale(lang))
    if value.precision == "year":
        return format_skeleton("y", value.start, locale=locale(lang))
    if value.precision == "month":
        if lang in _MONTH_PATTERN:
            return _format_date(value.start, format=_MONTH_PATTERN[lang], locale=locale(lang))
        return format_skeleton("yMMMM", value.start, locale=locale(lang))
    return _format_date(value.start, format=form, locale=locale(lang))


def format_number(value: float | int, lang: str) -> str:
    """``1234.5`` → "1,234.5" (en), "1.234,5" (de), "1 234,5" (sv)."""
    return format_decimal(value, locale=locale(lang))


def format_size(size: int, lang: str) -> str:
    """A file size in the language's way: "1 byte", "117 bytes", "12.3 kB", "1,5 MB".

    Bytes by name, with the language's plural rules (CLDR's long form: "117 bajtów", "22 de
    byți", "117 baitu"); CLDR's short "byte" is invariable in English ("117 byte") and "B" in
    most others. Kilobytes and megabytes by their symbols, the same in every language."""
    cldr = locale(lang)
    if size < 1000:
        return format_unit(size, "digital-byte", length="long", locale=cldr)
    kilobytes = round(size / 1000, 1)
    if kilobytes < 1000:
        return format_unit(kilobytes, "digital-kilobyte", length="short", locale=cldr)
    return format_unit(round(size / 1_000_000, 1), "digital-megabyte", length="short", locale=cldr)
