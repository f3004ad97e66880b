"""One language of the site as every renderer needs it: its UI strings, dates, numbers, sizes,
country and language names, and where its pages live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from babel import Locale

from .dates import PartialDate
from .locale_format import format_date, format_number, format_size
from .names import language_name
from .strings import StringTables
from .urls import language_prefix


@dataclass(frozen=True)
class Language:
    lang: str
    languages: tuple[str, ...]  # the site's, the default first
    strings: StringTables
    city_names: Mapping[str, str] = field(default_factory=dict)  # city id → its name in this language

    def t(self, key: str, /, **values: object) -> str:
        """The UI string ``key`` in this language, its ``{placeholders}`` filled in."""
        return self.strings.get(self.lang, key, **values)

    def date(self, value: dt.date | PartialDate | str, form: str = "long") -> str:
        """A date at its own precision: "30 May 2022", "June 2021" or "2021" (see format_date)."""
        return format_date(value, self.lang, form)

    def number(self, value: float) -> str:
        return format_number(value, self.lang)

    def size(self, size: int) -> str:
        return format_size(size, self.lang)

    @cached_property
    def _territories(self) -> Mapping[str, str]:
        return Locale.parse(self.lang).territories

    def country(self, code: str) -> str:
        """An ISO 3166-1 code → the country's name in this language."""
        return self._territories.get(code, code)

    def language_name(self, code: str) -> str:
        """A language code → its name in this language."""
        return language_name(code, self.lang)

    @staticmethod
    def endonym(code: str) -> str:
        """A language code → its name in itself."""
        return language_name(code, code)

    def city_name(self, slug: str) -> str:
        return self.city_names.get(slug, slug)

    @property
    def default(self) -> str:
        return self.languages[0]

    @property
    def prefix(self) -> str:
        """The folder of this language's pages: "" for the default language, "lv/" for the others."""
        return language_prefix(self.lang, list(self.languages))
