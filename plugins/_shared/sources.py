"""Where a fact comes from: every figure, date and story on the site names its source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    url: str
    title: str | None = None
