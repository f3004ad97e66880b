"""The cities map: an inline SVG of Europe, drawn at build time, with each city as a real link.

The basemap (country shapes from Natural Earth, already projected and simplified) is
map_data/europe.json, made by scripts/make_europe_map.py; see map_data/PROVENANCE.md. This module
projects city coordinates the same way and draws the city layer. Standard library only: no
MkDocs, no JavaScript, nothing fetched.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

# SVG by f-strings, not fragment templates: mostly numeric geometry, every text through escape().
DATA = Path(__file__).resolve().parent / "map_data" / "europe.json"

ID_PREFIX = "epi-map"  # the map appears once per page
MARKER_RADIUS = 7.0  # viewBox units (the viewBox is 1000 wide)
FONT_SIZE = 24.0  # of the labels; epi-map.css makes markers and labels bigger on narrow screens,
LAYOUT_FONT_SIZE = 40.0  # up to this size, which the label placement allows for
LABEL_OFFSET = 14.0  # from the marker's centre to its label (room for the focus ring)
CHAR_WIDTH = 0.6  # estimated advance of one character, in em (a generous sans-serif average)
ASCENT, DESCENT = 0.75, 0.25  # of the label, in em, around its baseline
BASELINE_SHIFT = 0.35  # in em: the baseline sits this far below the marker's centre
HIT_HEIGHT = 72.0  # of each link's invisible hit area: 24 CSS px or more on a 390 px phone (WCAG 2.5.8)


@dataclass(frozen=True)
class MapCity:
    slug: str
    name: str  # city name in the page's language
    country_name: str  # country name in the page's language
    lat: float
    lon: float
    href: str  # link to the city page, already relative/correct; inserted as-is (escaped)


@dataclass(frozen=True)
class Basemap:
    lat0: float
    lon0: float
    radius_km: float
    scale: float
    x0: float
    y0: float
    view_box: tuple[float, float, float, float]
    countries: dict[str, str]  # ISO 3166-1 alpha-2 (or a made-up key such as XK) -> SVG path data


@functools.cache
def basemap() -> Basemap:
    """europe.json, read and parsed once per process."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    projection = data["projection"]
    minx, miny, width, height = (float(v) for v in data["viewBox"])
    return Basemap(
        lat0=float(projection["lat0"]),
        lon0=float(projection["lon0"]),
        radius_km=float(projection["radius_km"]),
        scale=float(projection["scale"]),
        x0=float(projection["x0"]),
        y0=float(projection["y0"]),
        view_box=(minx, miny, width, height),
        countries=dict(data["countries"]),
    )


def project(lat: float, lon: float) -> tuple[float, float]:
    """Latitude and longitude (degrees) to the map's viewBox units (x right, y down).

    Spherical Lambert azimuthal equal-area centred like EPSG:3035, exactly as the basemap was made.
    """
    m = basemap()
    phi, lam, phi0 = math.radians(lat), math.radians(lon - m.lon0), math.radians(m.lat0)
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)
    k = math.sqrt(2.0 / max(1.0 + cos_c, 1e-12))
    x = m.radius_km * k * math.cos(phi) * math.sin(lam)
    y = m.radius_km * k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return m.x0 + m.scale * x, m.y0 - m.scale * y


def _fmt(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@functools.cache
def _land_layer(highlight: frozenset[str]) -> str:
    paths = []
    for code, d in basemap().countries.items():
        cls = "epi-map__land epi-map__land--highlight" if code in highlight else "epi-map__land"
        paths.append(f'<path class="{cls}" d="{escape(d)}"/>')
    # The fill and stroke attributes are fallbacks; epi-map.css overrides them.
    fallback = 'fill="#d9d9d9" stroke="#fff" stroke-width="1"'
    return f'<g class="epi-map__countries" aria-hidden="true" {fallback}>{"".join(paths)}</g>'


Box = tuple[float, float, float, float]  # x1, y1, x2, y2


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _label_box(x: float, y: float, name: str, side: str, size: float = LAYOUT_FONT_SIZE) -> Box:
    width = len(name) * CHAR_WIDTH * size
    baseline = y + BASELINE_SHIFT * size
    top, bottom = baseline - ASCENT * size, baseline + DESCENT * size
    if side == "right":
        return (x + LABEL_OFFSET, top, x + LABEL_OFFSET + width, bottom)
    return (x - LABEL_OFFSET - width, top, x - LABEL_OFFSET, bottom)


def hit_box(x: float, y: float, name: str, side: str) -> Box:
    """The invisible area that makes a city's link easy to tap: its marker and its label at the
    largest label size, at least HIT_HEIGHT tall."""
    label = _label_box(x, y, name, side)
    x1, x2 = min(label[0], x - LABEL_OFFSET), max(label[2], x + LABEL_OFFSET)
    middle = (label[1] + label[3]) / 2
    half = max(HIT_HEIGHT, label[3] - label[1]) / 2
    return (x1, middle - half, x2, middle + half)


def label_sides(points: Sequence[tuple[float, float]], names: Sequence[str]) -> list[str]:
    """Puts each label right or left of its marker: inside the map, and overlapping the other
    labels and markers as little as possible at the largest label size (LAYOUT_FONT_SIZE).
    Right wins a tie; westernmost cities are placed first."""
    minx, miny, width, height = basemap().view_box
    frame = (minx, miny, minx + width, miny + height)
    r = LABEL_OFFSET
    markers = [(x - r, y - r, x + r, y + r) for x, y in points]
    placed: list[Box] = []
    sides = [""] * len(points)
    for i in sorted(range(len(points)), key=lambda i: (points[i][0], points[i][1], names[i])):
        options: list[tuple[float, str, Box]] = []
        for side in ("right", "left"):
            box = _label_box(*points[i], names[i], side)
            area = (box[2] - box[0]) * (box[3] - box[1])
            outside = area - _overlap(box, frame)
            cost = 10 * outside + sum(_overlap(box, other) for other in placed)
            cost += sum(_overlap(box, m) for j, m in enumerate(markers) if j != i)
            options.append((cost, side, box))
        _, sides[i], box = min(options, key=lambda option: option[0])  # the first (right) wins a tie
        placed.append(box)
    return sides


def render_map(
    cities: Sequence[MapCity], *, title: str, description: str, highlight: Collection[str] = ()
) -> str:
    """One inline <svg>, on one line: the basemap, then each city as a link (marker and name)."""
    m = basemap()
    points = [project(city.lat, city.lon) for city in cities]
    sides = label_sides(points, [city.name for city in cities])
    links = []
    for city, (x, y), side in zip(cities, points, sides, strict=True):
        if side == "right":
            tx, anchor = x + LABEL_OFFSET, "start"
        else:
            tx, anchor = x - LABEL_OFFSET, "end"
        label = escape(f"{city.name}, {city.country_name}")
        x1, y1, x2, y2 = hit_box(x, y, city.name, side)
        links.append(
            f'<a href="{escape(city.href)}" class="epi-map__city epi-map__city--{side}" aria-label="{label}">'
            f'<rect class="epi-map__hit" x="{_fmt(x1)}" y="{_fmt(y1)}" width="{_fmt(x2 - x1)}"'
            f' height="{_fmt(y2 - y1)}" fill="none" pointer-events="all"/>'
            f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="{_fmt(MARKER_RADIUS)}"/>'
            f'<text x="{_fmt(tx)}" y="{_fmt(y)}" dy="{BASELINE_SHIFT:g}em" text-anchor="{anchor}">'
            f"{escape(city.name)}</text>"
            "</a>"
        )
    view_box = " ".join(_fmt(v) for v in m.view_box)
    title_id, desc_id = f"{ID_PREFIX}-title", f"{ID_PREFIX}-desc"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="epi-map" viewBox="{view_box}" role="group"'
        f' aria-labelledby="{title_id}" aria-describedby="{desc_id}">'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<desc id="{desc_id}">{escape(description)}</desc>'
        f"{_land_layer(frozenset(code.upper() for code in highlight))}"
        f'<g class="epi-map__cities" font-size="{_fmt(FONT_SIZE)}">{"".join(links)}</g>'
        "</svg>"
    )
