"""`epi new news|city|download|translation`: new content in the right folder, with the right file
names, front matter and schema line. Every placeholder is an error until it is replaced (see
`_shared/placeholders.py`: texts starting "Replace with", `null`s, a `translate:` line), so
`epi check` and the build name each one; a new story starts as a draft, and `epi publish` removes
`draft: true` once the story has no problem left. No choice is made for the editor: a story starts
with no city and no topic."""

from __future__ import annotations

import re
from pathlib import Path

from ._shared.dates import PartialDate
from ._shared.reader import Reader
from .content.suffixes import strip_language
from .project.model import Layout
from .translations import groups, original_language, translation_path

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
# Schema: schemas/news-front-matter.schema.json. A draft is shown by `scripts/site serve` only;
# when the story is ready, `epi publish {folder.name}` publishes it.
title: "Replace with the headline"
date: {date}
summary: "Replace with one or two sentences for lists and feeds."
cities: []          # ids from content/cities/ the story is about, e.g. [riga]; [] for none
topics: ["Replace with topic ids"]  # a choice: ids with a label topic.<id> in
                    # plugins/_shared/strings/en.yml, e.g. [events]; [] for none
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

Replace with the city's context, each figure linked to its source.

## Strategy

Replace with the strategy the city co-designed.

## Pilot actions

Replace with the pilot actions.
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


def _translation_key(
    root: Path, target: str, cwd: Path, known: dict[str, dict[str, str]], docs: str = "docs"
) -> str:
    """The translation group ``target`` names: a file of it, a story or city folder, a path without
    the language (``docs/about``), or a bare name (``about``, a story folder, a city, a chapter)."""
    candidates: list[str] = []
    for base in (cwd, root):
        path = (base / target).resolve()
        try:
            rel = path.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
        if path.is_dir():
            candidates.append(f"{rel}/index.md")
        candidates += [strip_language(rel), f"{rel.removesuffix('.md')}.md"]
    name = target.strip("/")
    candidates += [
        f"{docs}/{name.removesuffix('.md')}.md",
        f"content/news/{name}/index.md",
        f"content/cities/{name}/index.md",
        f"content/toolkit/chapters/{name.removesuffix('.md')}.md",
    ]
    found = list(dict.fromkeys(key for key in candidates if key in known))
    if not found:
        raise ScaffoldError(
            f"'{target}': no page (docs/), story (content/news/), city narrative (content/cities/) or "
            "toolkit chapter (content/toolkit/chapters/) of that name"
        )
    if len(found) > 1:
        raise ScaffoldError(f"'{target}' could be any of: {', '.join(found)}; give the path of one")
    return found[0]


def translation(layout: Layout, target: str, lang: str, languages: list[str], cwd: Path) -> list[Path]:
    """A copy of the original of ``target`` (whatever its language) as its ``lang`` file: the same
    front matter (so a story's date, cities and topics agree) and text, marked ``translate:`` —
    an error until the text is translated and the line removed. The original is read as the
    content layer reads it: one that is not UTF-8 is an error naming its line, and nothing made."""
    root = layout.root
    known = groups(root, languages, layout.docs)
    docs = layout.docs.relative_to(root).as_posix() if layout.docs.is_relative_to(root) else "docs"
    key = _translation_key(root, target, cwd, known, docs)
    files = known[key]
    if lang in files:
        raise ScaffoldError(
            f"{files[lang]} exists already; edit it, or run `epi translations` to see what changed"
        )
    original = files[original_language(files, languages)]
    reader = Reader(root, layout.schemas)
    text = reader.text(root / original)
    if text is None:
        raise ScaffoldError("\n".join(str(error) for error in reader.errors))
    marker = f"translate: {original}  # translate every text below, then remove this line\n"
    if text.startswith("---\n") or text.startswith("---\r\n"):
        first = text.index("\n") + 1
        text = text[:first] + marker + text[first:]
    else:
        text = f"---\n{marker}---\n{text}"
    return [_new(root / translation_path(key, lang), text)]
