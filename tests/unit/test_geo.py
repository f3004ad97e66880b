"""The cities map (plugins/cities/geo.py) and its basemap (plugins/cities/map_data/europe.json)."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from epi_portal.cities import geo
from epi_portal.cities.geo import MapCity, basemap, label_sides, project, render_map

SVG = "{http://www.w3.org/2000/svg}"

# slug, name, country, ISO code, latitude, longitude
SEVEN = [
    ("cartagena", "Cartagena", "Spain", "ES", 37.6051, -0.9862),
    ("cluj-napoca", "Cluj-Napoca", "Romania", "RO", 46.7694, 23.5899),
    ("dietzenbach", "Dietzenbach", "Germany", "DE", 50.0167, 8.7833),
    ("linkoping", "Linköping", "Sweden", "SE", 58.4109, 15.6216),
    ("lublin", "Lublin", "Poland", "PL", 51.2465, 22.5684),
    ("ravenna", "Ravenna", "Italy", "IT", 44.4184, 12.2035),
    ("riga", "Riga", "Latvia", "LV", 56.9496, 24.1052),
]
CODES = [code for _, _, _, code, _, _ in SEVEN]


def cities(prefix: str = "../") -> list[MapCity]:
    return [
        MapCity(slug, name, country, lat, lon, f"{prefix}{slug}/")
        for slug, name, country, _, lat, lon in SEVEN
    ]


def rings(path_data: str) -> list[list[tuple[int, int]]]:
    """The rings of the basemap's paths (`M x y l dx dy … z`, integers)."""
    result = []
    for sub in re.findall(r"M[^M]*", path_data):
        numbers = [int(n) for n in re.findall(r"-?\d+", sub)]
        x, y = numbers[0], numbers[1]
        points = [(x, y)]
        for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
        result.append(points)
    return result


def inside(point: tuple[float, float], path_data: str) -> bool:
    """Even-odd point in polygon, over all the rings of a path."""
    px, py = point
    crossings = 0
    for ring in rings(path_data):
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > py) != (y2 > py) and px < x1 + (py - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def test_projection_centre_and_orientation():
    m = basemap()
    assert (m.lat0, m.lon0) == (52.0, 10.0)
    assert project(52, 10) == pytest.approx((m.x0, m.y0))
    assert project(52, 10) == pytest.approx((432, 552))
    x, y = project(52, 10)
    assert project(60, 10)[1] < y  # north is up
    assert project(52, 20)[0] > x  # east is right
    assert project(60, 10)[0] == pytest.approx(x)  # the central meridian is vertical
    # Equal-area LAEA on a sphere: 10° of latitude along the central meridian is ~1112 km.
    assert y - project(62, 10)[1] == pytest.approx(1112 * m.scale, rel=0.01)


@pytest.mark.parametrize("slug,name,country,code,lat,lon", SEVEN)
def test_city_inside_the_frame_and_its_country(slug, name, country, code, lat, lon):
    minx, miny, width, height = basemap().view_box
    x, y = project(lat, lon)
    margin = 20  # room for the marker
    assert minx + margin < x < minx + width - margin
    assert miny + margin < y < miny + height - margin
    # The projection of cities matches the basemap's.
    assert inside((x, y), basemap().countries[code]), f"{name} is not drawn inside {code}"


def test_basemap_countries():
    countries = basemap().countries
    for code in CODES + ["FR", "PT", "MT", "CY", "IE", "FI", "EE", "LT", "GR", "NL", "LU"]:
        assert code in countries, code
        assert countries[code].startswith("M") and countries[code].endswith("z")
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in countries)
    # Integer, relative path data inside the viewBox: `M x y l dx dy … z`, ring after ring.
    assert all(re.fullmatch(r"(M\d+ \d+l-?\d+(?:[ -]\d+)*z)+", d) for d in countries.values())
    for d in countries.values():
        for ring in rings(d):
            assert all(0 <= x <= 1000 and 0 <= y <= 1000 for x, y in ring)


def test_basemap_file_is_small_and_documented():
    data = json.loads(geo.DATA.read_text(encoding="utf-8"))
    assert geo.DATA.stat().st_size < 80_000
    assert "world-atlas 2.0.2" in data["provenance"]["via"]
    assert "public domain" in data["provenance"]["licence"]
    assert data["viewBox"] == [0, 0, 1000, 1000]
    assert (geo.DATA.parent / "PROVENANCE.md").is_file()


def test_basemap_loaded_once():
    assert basemap() is basemap()


def test_render_map_links_and_structure():
    svg = render_map(cities(), title="The seven EPI cities", description="A map of Europe.", highlight=CODES)
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == f"{SVG}svg"
    assert root.get("class") == "epi-map"
    assert root.get("viewBox") == "0 0 1000 1000"
    assert root.get("role") == "group"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == title.get("id") == "epi-map-title"
    assert root.get("aria-describedby") == desc.get("id") == "epi-map-desc"
    assert title.text == "The seven EPI cities" and desc.text == "A map of Europe."

    links = root.findall(f".//{SVG}a")
    assert len(links) == 7
    for link, (slug, name, country, _, _, _) in zip(links, SEVEN, strict=True):
        assert link.get("href") == f"../{slug}/"
        assert link.get("aria-label") == f"{name}, {country}"
        assert "epi-map__city" in link.get("class").split()
        assert link.find(f"{SVG}circle") is not None
        assert link.find(f"{SVG}text").text == name

    land = root.find(f"{SVG}g")
    assert land.get("aria-hidden") == "true"
    paths = land.findall(f"{SVG}path")
    assert len(paths) == len(basemap().countries)
    highlighted = [p for p in paths if "epi-map__land--highlight" in p.get("class").split()]
    assert len(highlighted) == 7
    assert all("epi-map__land" in p.get("class").split() for p in paths)


def test_render_map_highlights_only_what_is_asked():
    svg = render_map(cities(), title="t", description="d")
    assert "epi-map__land--highlight" not in svg
    svg = render_map(cities(), title="t", description="d", highlight={"LV"})
    assert svg.count("epi-map__land--highlight") == 1


def test_render_map_escapes_everything():
    odd = [MapCity("x", 'A<B & "C"', "<Land>", 50.0, 10.0, '/x/?a=1&b="2"<')]
    svg = render_map(odd, title="<script>alert(1)</script>", description="a & b < c")
    assert "<script>" not in svg and "<B" not in svg and "<Land>" not in svg
    assert "A&lt;B &amp; &quot;C&quot;" in svg
    assert "&lt;script&gt;" in svg and "a &amp; b &lt; c" in svg
    root = ET.fromstring(svg)
    link = root.find(f".//{SVG}a")
    assert link.get("href") == '/x/?a=1&b="2"<'
    assert link.get("aria-label") == 'A<B & "C", <Land>'
    assert link.find(f"{SVG}text").text == 'A<B & "C"'


def test_render_map_is_one_line_and_small():
    svg = render_map(cities(), title="Cities", description="Map.", highlight=CODES)
    assert "\n" not in svg and "\r" not in svg  # no blank line can break the Markdown around it
    assert len(svg.encode("utf-8")) < 100_000
    assert render_map(cities(), title="Cities", description="Map.", highlight=CODES) == svg  # deterministic


def _boxes(points, names, sides, size):
    return [
        geo._label_box(x, y, name, side, size)
        for (x, y), name, side in zip(points, names, sides, strict=True)
    ]


@pytest.mark.parametrize("size", [geo.FONT_SIZE, geo.LAYOUT_FONT_SIZE])
def test_labels_do_not_overlap(size):
    points = [project(lat, lon) for _, _, _, _, lat, lon in SEVEN]
    names = [name for _, name, _, _, _, _ in SEVEN]
    sides = label_sides(points, names)
    assert set(sides) <= {"left", "right"}
    boxes = _boxes(points, names, sides, size)
    minx, miny, width, height = basemap().view_box
    for i, box in enumerate(boxes):
        assert minx <= box[0] and box[2] <= minx + width and miny <= box[1] and box[3] <= miny + height
        for j in range(i + 1, len(boxes)):
            assert geo._overlap(box, boxes[j]) == 0, (names[i], names[j])
        for j, (x, y) in enumerate(points):  # nor a label over another city's marker
            if j != i:
                marker = (
                    x - geo.MARKER_RADIUS,
                    y - geo.MARKER_RADIUS,
                    x + geo.MARKER_RADIUS,
                    y + geo.MARKER_RADIUS,
                )
                assert geo._overlap(box, marker) == 0, (names[i], names[j])


def test_label_side_rendered():
    svg = render_map(cities(), title="t", description="d")
    root = ET.fromstring(svg)
    points = [project(lat, lon) for _, _, _, _, lat, lon in SEVEN]
    sides = label_sides(points, [name for _, name, _, _, _, _ in SEVEN])
    for link, side in zip(root.findall(f".//{SVG}a"), sides, strict=True):
        assert f"epi-map__city--{side}" in link.get("class")
        assert link.find(f"{SVG}text").get("text-anchor") == ("start" if side == "right" else "end")


def test_a_label_near_the_east_edge_goes_left():
    x, y = 990.0, 500.0
    assert label_sides([(x, y)], ["Somewhere far east"]) == ["left"]
    assert label_sides([(10.0, y)], ["Somewhere far west"]) == ["right"]
