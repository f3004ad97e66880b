"""content/cities/ → CityData: every file parsed, checked against its JSON Schema and against the
others (method, areas, languages, countries), with every problem reported at once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from babel import Locale

from .._shared.errors import ContentError
from .._shared.reader import Reader
from .model import (
    Area,
    Assessment,
    City,
    CityData,
    CitySource,
    Fact,
    Figure,
    Method,
    Narrative,
    Partner,
    Publication,
    ReportRef,
    Source,
    Text,
)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED_SLUGS = {"compare", "index"}  # pages of their own under /cities/
NARRATIVE = re.compile(r"^index\.([A-Za-z_-]+)\.md$")
_COUNTRIES = frozenset(
    code for code in Locale("en").territories if isinstance(code, str) and len(code) == 2 and code.isalpha()
)


def load_cities(folder: Path, languages: list[str], *, schemas: Path, root: Path) -> CityData:
    """Load ``folder`` (content/cities); raise ContentErrors listing every problem."""
    files = Reader(root, schemas)
    method, cities = read_cities(files, folder, languages)
    files.raise_if_any()
    assert method is not None  # without a method, read_cities reported an error: raised just above
    return CityData(method, cities)


def read_cities(files: Reader, folder: Path, languages: list[str]) -> tuple[Method | None, tuple[City, ...]]:
    """content/cities through ``files`` (which collects the problems): the method (None if
    method.yaml is in error; the cities are checked all the same) and the cities that loaded."""
    method = _method(files, folder / "method.yaml")
    cities = []
    seen: dict[str, Path] = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        slug = sub.name
        if not SLUG.match(slug) or slug in RESERVED_SLUGS:
            rule = (
                "is reserved for a page of its own"
                if slug in RESERVED_SLUGS
                else "must be lowercase letters, digits and single hyphens (cluj-napoca)"
            )
            files.error(sub, None, "slug", f"folder name '{slug}' {rule}")
        key = slug.casefold()
        if key in seen:
            files.error(sub, None, "slug", f"duplicate slug '{key}': {files.shown(seen[key])} has it too")
            continue
        seen[key] = sub
        city = _city(files, sub, method, languages)
        if city is not None:
            cities.append(city)
    return method, tuple(cities)


def _method(files: Reader, path: Path) -> Method | None:
    loaded = files.yaml(path, "method.schema.json")
    if loaded is None:
        return None
    data, lines = loaded
    ids = [area["id"] for area in data["areas"]]
    for index, area in enumerate(data["areas"]):
        if ids.index(area["id"]) != index:
            files.error(
                path,
                lines.line(("areas", index, "id")),
                f"areas[{index}].id",
                f"duplicate area id '{area['id']}'",
            )
        parent = area.get("parent")
        if parent is not None and parent not in ids:
            files.error(
                path,
                lines.line(("areas", index, "parent")),
                f"areas[{index}].parent",
                f"unknown area '{parent}'; expected one of: {', '.join(ids)}",
            )
    areas = tuple(Area(a["id"], a["group"], a["label"], a.get("parent")) for a in data["areas"])
    return Method(data["id"], data["name"], data["source"], data["overall"], areas)


def _city(files: Reader, folder: Path, method: Method | None, languages: list[str]) -> City | None:
    city = files.yaml(folder / "city.yaml", "city.schema.json")
    assessment = _assessment(files, folder / "assessment.yaml", method)
    narratives = _narratives(files, folder, languages)
    if city is None or assessment is None or narratives is None:
        return None
    data, lines = city
    if data["country"] not in _COUNTRIES:
        files.error(
            folder / "city.yaml",
            lines.line(("country",)),
            "country",
            f"unknown country code '{data['country']}'; expected an ISO 3166-1 alpha-2 code such as ES",
        )
        return None
    coordinates = data["coordinates"]
    return City(
        slug=folder.name,
        name=data["name"],
        country=data["country"],
        lat=coordinates["lat"],
        lon=coordinates["lon"],
        coordinates_source=coordinates["source"],
        partners=tuple(Partner(_text(p["name"], p), p["role"], p["source"]) for p in data["partners"]),
        sources=tuple(
            CitySource(s["url"], _text(s["title"], s) if "title" in s else None, s.get("note"))
            for s in data["sources"]
        ),
        facts=tuple(Fact(f["kind"], f["value"], f["source"], f.get("year")) for f in data.get("facts", [])),
        assessment=assessment,
        narratives=narratives,
        folder=files.shown(folder),
    )


def _text(value: str | dict[str, str], beside: dict[str, Any]) -> Text:
    """A text per language, or one text in the language ``lang`` beside it says (en if none)."""
    if isinstance(value, str):
        return Text.one(value, beside.get("lang", "en"))
    return Text(dict(value))


def _figure(data: dict[str, Any]) -> Figure:
    return Figure(data["score"], data.get("source"))


def _assessment(files: Reader, path: Path, method: Method | None) -> Assessment | None:
    loaded = files.yaml(path, "assessment.schema.json")
    if loaded is None or method is None:
        return None
    data, lines = loaded
    problems = len(files.errors)
    if data["method"] != method.id:
        files.error(
            path,
            lines.line(("method",)),
            "method",
            f"unknown method '{data['method']}'; expected '{method.id}' (content/cities/method.yaml)",
        )
    known = [area.id for area in method.areas]
    for area_id in data["areas"]:
        if area_id not in known:
            files.error(
                path,
                lines.line(("areas", area_id)),
                f"areas.{area_id}",
                f"unknown area id '{area_id}'; expected one of: {', '.join(known)}",
            )
    if len(files.errors) > problems:
        return None
    report = data.get("report")
    published = data.get("published")
    refers_to = data.get("refers_to")
    return Assessment(
        method=data["method"],
        year=data["year"],
        overall=_figure(data["overall"]),
        areas={area_id: _figure(figure) for area_id, figure in data["areas"].items()},
        report=Source(report["url"], report.get("title")) if report else None,
        published=Publication(published["date"], _text(published["by"], published)) if published else None,
        refers_to=(
            ReportRef(
                _text(refers_to["title"], refers_to),
                refers_to["inferred"],
                refers_to.get("url"),
                refers_to.get("date"),
            )
            if refers_to
            else None
        ),
    )


def _narratives(files: Reader, folder: Path, languages: list[str]) -> dict[str, Narrative] | None:
    narratives = {}
    problems = len(files.errors)
    for path in sorted(folder.glob("*.md")):
        shown = files.shown(path)
        match = NARRATIVE.match(path.name)
        if not match or match.group(1) not in languages:
            files.errors.append(
                ContentError(
                    shown,
                    None,
                    "file name",
                    f"expected index.<lang>.md with <lang> one of: {', '.join(languages)}",
                )
            )
            continue
        page = files.page(path, "city-narrative.schema.json")
        if page is not None:
            narratives[match.group(1)] = Narrative(
                match.group(1), page.data["summary"], page.body, shown, page.data.get("card")
            )
    if languages[0] not in narratives and len(files.errors) == problems:
        files.errors.append(
            ContentError(
                files.shown(folder),
                None,
                "narrative",
                f"missing index.{languages[0]}.md: the {languages[0]} narrative is required; "
                "other languages fall back to it",
            )
        )
    return narratives if len(files.errors) == problems else None
