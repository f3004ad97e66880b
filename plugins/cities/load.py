"""content/cities/ → CityData: every file parsed, checked against its JSON Schema and against the
others (method, areas, languages, countries), with every problem reported at once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from babel import Locale

from .._shared import front_matter, schema
from .._shared.errors import ContentError, raise_if_any, shown_path
from .._shared.yamlio import LineMap, YamlSyntaxError, load
from .model import Area, Assessment, City, CityData, Fact, Figure, Method, Narrative, Partner, Source

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED_SLUGS = {"compare", "index"}  # pages of their own under /cities/
NARRATIVE = re.compile(r"^index\.([A-Za-z_-]+)\.md$")
_COUNTRIES = frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


class _Files:
    """Reads YAML and Markdown below ``root``, collecting errors instead of raising."""

    def __init__(self, root: Path, schemas: Path):
        self.root, self.schemas = root, schemas
        self.errors: list[ContentError] = []

    def shown(self, path: Path) -> str:
        return shown_path(path, self.root)

    def yaml(self, path: Path, schema_name: str) -> tuple[dict[str, Any], LineMap] | None:
        shown = self.shown(path)
        if not path.is_file():
            self.errors.append(ContentError(shown, None, "", "file missing"))
            return None
        try:
            data, lines = load(path.read_text(encoding="utf-8"), shown)
        except YamlSyntaxError as exc:
            self.errors.append(exc.error)
            return None
        except UnicodeDecodeError:
            self.errors.append(ContentError(shown, None, "", "not UTF-8 text; save the file as UTF-8"))
            return None
        found = schema.check(data, str(self.schemas / schema_name), shown, lines)
        self.errors += found
        return None if found else (data, lines)

    def error(self, path: Path, lines: LineMap | None, where: tuple, field: str, message: str) -> None:
        line = lines.line(where) if lines else None
        self.errors.append(ContentError(self.shown(path), line, field, message))


def load_cities(folder: Path, languages: list[str], *, schemas: Path, root: Path) -> CityData:
    """Load ``folder`` (content/cities); raise ContentErrors listing every problem."""
    files = _Files(root, schemas)
    method = _method(files, folder / "method.yaml")
    cities = []
    seen: dict[str, Path] = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        slug = sub.name
        if not SLUG.match(slug) or slug in RESERVED_SLUGS:
            rule = "is reserved for a page of its own" if slug in RESERVED_SLUGS else "must be lowercase letters, digits and single hyphens (cluj-napoca)"
            files.error(sub, None, (), "slug", f"folder name '{slug}' {rule}")
        key = slug.casefold()
        if key in seen:
            files.error(sub, None, (), "slug", f"duplicate slug '{key}': {files.shown(seen[key])} has it too")
            continue
        seen[key] = sub
        city = _city(files, sub, method, languages)
        if city is not None:
            cities.append(city)
    raise_if_any(files.errors)
    return CityData(method, tuple(cities))


def _method(files: _Files, path: Path) -> Method | None:
    loaded = files.yaml(path, "method.schema.json")
    if loaded is None:
        return None
    data, lines = loaded
    ids = [area["id"] for area in data["areas"]]
    for index, area in enumerate(data["areas"]):
        if ids.index(area["id"]) != index:
            files.error(path, lines, ("areas", index, "id"), f"areas[{index}].id", f"duplicate area id '{area['id']}'")
        parent = area.get("parent")
        if parent is not None and parent not in ids:
            files.error(path, lines, ("areas", index, "parent"), f"areas[{index}].parent", f"unknown area '{parent}'; expected one of: {', '.join(ids)}")
    areas = tuple(Area(a["id"], a["group"], a["label"], a.get("parent")) for a in data["areas"])
    return Method(data["id"], data["name"], data["source"], data["overall"], areas)


def _city(files: _Files, folder: Path, method: Method | None, languages: list[str]) -> City | None:
    city = files.yaml(folder / "city.yaml", "city.schema.json")
    assessment = _assessment(files, folder / "assessment.yaml", method)
    narratives = _narratives(files, folder, languages)
    if city is None or assessment is None or narratives is None:
        return None
    data, lines = city
    if data["country"] not in _COUNTRIES:
        files.error(folder / "city.yaml", lines, ("country",), "country", f"unknown country code '{data['country']}'; expected an ISO 3166-1 alpha-2 code such as ES")
        return None
    coordinates = data["coordinates"]
    return City(
        slug=folder.name,
        name=data["name"],
        country=data["country"],
        lat=coordinates["lat"],
        lon=coordinates["lon"],
        coordinates_source=coordinates["source"],
        partners=tuple(Partner(p["name"], p["role"], p["source"]) for p in data["partners"]),
        sources=tuple(Source(s["url"], s.get("title")) for s in data["sources"]),
        facts=tuple(Fact(f["kind"], f["value"], f["source"], f.get("year")) for f in data.get("facts", [])),
        assessment=assessment,
        narratives=narratives,
        folder=files.shown(folder),
    )


def _figure(data: dict[str, Any]) -> Figure:
    return Figure(data["score"], data.get("source"))


def _assessment(files: _Files, path: Path, method: Method | None) -> Assessment | None:
    loaded = files.yaml(path, "assessment.schema.json")
    if loaded is None or method is None:
        return None
    data, lines = loaded
    problems = len(files.errors)
    if data["method"] != method.id:
        files.error(path, lines, ("method",), "method", f"unknown method '{data['method']}'; expected '{method.id}' (content/cities/method.yaml)")
    known = [area.id for area in method.areas]
    for area_id in data["areas"]:
        if area_id not in known:
            files.error(path, lines, ("areas", area_id), f"areas.{area_id}", f"unknown area id '{area_id}'; expected one of: {', '.join(known)}")
    if len(files.errors) > problems:
        return None
    report = data.get("report")
    return Assessment(
        method=data["method"],
        year=data["year"],
        overall=_figure(data["overall"]),
        areas={area_id: _figure(figure) for area_id, figure in data["areas"].items()},
        report=Source(report["url"], report.get("title")) if report else None,
    )


def _narratives(files: _Files, folder: Path, languages: list[str]) -> dict[str, Narrative] | None:
    narratives = {}
    problems = len(files.errors)
    for path in sorted(folder.glob("*.md")):
        shown = files.shown(path)
        match = NARRATIVE.match(path.name)
        if not match or match.group(1) not in languages:
            files.errors.append(ContentError(shown, None, "file name", f"expected index.<lang>.md with <lang> one of: {', '.join(languages)}"))
            continue
        page = front_matter.read(path.read_text(encoding="utf-8-sig"), shown, str(files.schemas / "city-narrative.schema.json"), required=True)
        files.errors += page.errors
        if not page.errors:
            narratives[match.group(1)] = Narrative(match.group(1), page.data["summary"], page.body, shown)
    if languages[0] not in narratives and len(files.errors) == problems:
        files.errors.append(ContentError(files.shown(folder), None, "narrative", f"missing index.{languages[0]}.md: the {languages[0]} narrative is required; other languages fall back to it"))
    return narratives if len(files.errors) == problems else None
