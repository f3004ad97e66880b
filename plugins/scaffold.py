"""`epi new news|city|download`: new content in the right folder, with the right file names,
front matter and schema line. Placeholders that must be replaced are left invalid on purpose
(`null`), so `epi check` and the build name each one until it is filled in; a new story starts
as a draft."""

from __future__ import annotations

import re
from pathlib import Path

from ._shared.dates import PartialDate

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ScaffoldError(Exception):
    pass


def _new(path: Path, text: str) -> Path:
    if path.exists():
        raise ScaffoldError(f"{path} exists already; choose another name")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _slug(slug: str) -> str:
    if not SLUG.match(slug):
        raise ScaffoldError(
            f"'{slug}' is not a slug: use lowercase letters, digits and single hyphens, e.g. open-day-riga"
        )
    return slug


def news(root: Path, date: str, slug: str, lang: str) -> list[Path]:
    try:
        precision = PartialDate.parse(date).precision
    except ValueError:
        precision = "year"
    if precision == "year":  # a story is dated to the day, or to the month where the source gives no day
        raise ScaffoldError(f"'{date}' is not a date written YYYY-MM-DD (or YYYY-MM)")
    folder = root / "content" / "news" / f"{date}-{_slug(slug)}"
    return [
        _new(
            folder / f"index.{lang}.md",
            f"""---
# Schema: schemas/news-front-matter.schema.json. Remove `draft: true` when the story is ready.
title: "Replace with the headline"
date: {date}
summary: "Replace with one or two sentences for lists and feeds."
cities: []          # ids from content/cities/, e.g. [riga]
topics: [events]    # ids: topic.<id> in plugins/_shared/strings/en.yml
sources:
  - title: "Replace with what the source is"
    url: null       # the source's address: https://…
draft: true
---
Replace with the story. Link every figure and date to its source.
""",
        )
    ]


def city(root: Path, slug: str, country: str) -> list[Path]:
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise ScaffoldError(f"'{country}' is not an ISO 3166-1 alpha-2 code such as ES")
    folder = root / "content" / "cities" / _slug(slug)
    if folder.exists():
        raise ScaffoldError(f"{folder} exists already; choose another name")
    return [
        _new(
            folder / "city.yaml",
            f"""# yaml-language-server: $schema=../../../schemas/city.schema.json
name:
  en: null          # the city's name; add other languages only where it differs
country: {country}
coordinates:
  lat: null         # the city centre, decimal degrees
  lon: null
  source: null      # a page that gives these coordinates: https://…
partners: []        # {{name: …, role: city | technical | coordinator, source: https://…}}
sources:
  - title: "Replace with what the source is"
    url: null
""",
        ),
        _new(
            folder / "assessment.yaml",
            """# yaml-language-server: $schema=../../../schemas/assessment.schema.json
method: icc-index
year: null          # the year the review was published, if a source says it
overall: {score: null}   # a published score with its source: {score: 67, source: https://…}
areas: {}           # area id: {score: …, source: https://…}; leave out what was not published
""",
        ),
        _new(
            folder / "index.en.md",
            """---
summary: null
---
## Context

## Strategy

## Pilot actions
""",
        ),
    ]


def download(root: Path, download_id: str, kind: str) -> list[Path]:
    manifest = root / "content" / "downloads" / "downloads.yaml"
    text = manifest.read_text(encoding="utf-8")
    if re.search(rf"^\s*- id: {re.escape(_slug(download_id))}\s*$", text, re.M):
        raise ScaffoldError(f"{manifest}: an entry with id '{download_id}' exists already")
    manifest.write_text(
        text.rstrip("\n")
        + f"""
  - id: {download_id}
    kind: {kind}
    date: null            # YYYY, YYYY-MM or YYYY-MM-DD
    licence: NOASSERTION  # an SPDX id such as CC-BY-4.0 if the publisher states one
    title:
      en: null
    files:
      en: {{url: null}}     # a public link, or {{path: file.pdf}} for a file in content/downloads/
""",
        encoding="utf-8",
    )
    return [manifest]
