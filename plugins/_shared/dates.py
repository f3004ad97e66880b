"""Dates as precise as their sources: a year, a month or a day, never more precise than known."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering
from typing import Literal

Precision = Literal["year", "month", "day"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_RANK = {"year": 0, "month": 1, "day": 2}


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """``2021`` (a year), ``2021-06`` (a month) or ``2021-06-01`` (a day).

    Ordered by ``start``, the period's first day (a month sorts at the month's start), and, on the
    same start, the less precise first."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        dt.date(self.year, self.month or 1, self.day or 1)  # ValueError if not a real date

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """``"2021"``, ``"2021-06"`` or ``"2021-06-01"``; ValueError for anything else or a date
        that does not exist (``"2021-13"``, ``"2021-02-30"``)."""
        match = _ISO.match(text) if isinstance(text, str) else None
        if not match:
            raise ValueError(f"'{text}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def start(self) -> dt.date:
        """The first day of the period: for sorting, and where a format needs a day."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def isoformat(self) -> str:
        """ISO 8601 at the date's own precision: ``2021``, ``2021-06`` or ``2021-06-01``."""
        return self.start.isoformat()[: {"year": 4, "month": 7, "day": 10}[self.precision]]

    def __str__(self) -> str:
        return self.isoformat()

    def _key(self) -> tuple[dt.date, int]:
        return (self.start, _RANK[self.precision])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()
