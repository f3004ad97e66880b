#!/usr/bin/env python3
"""Make plugins/cities/map_data/europe.json, the basemap of the cities map (maintainers only).

Run rarely; its output is committed, so neither the build nor the tests need this script, npm or
pycountry. It reads Natural Earth's 1:50m countries (public domain) as the TopoJSON that the npm
package world-atlas 2.0.2 ships, projects them with a spherical Lambert azimuthal equal-area
projection centred like EPSG:3035 (52°N, 10°E), simplifies each shared border once (so
neighbours keep the same border), clips to a frame around Europe and writes SVG path data in a
viewBox 1000 units wide. Same input, same bytes.

    cd <your checkout>
    npm install --no-audit --no-fund          # brings node_modules/world-atlas (package-lock.json)
    .venv/bin/pip install -e '.[map]'         # pycountry
    .venv/bin/python scripts/make_europe_map.py
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "node_modules" / "world-atlas" / "countries-50m.json"
OUTPUT = REPO / "plugins" / "cities" / "map_data" / "europe.json"
SOURCE_VERSION = "2.0.2"

# Projection: spherical LAEA, EPSG:3035's centre. Kilometres on a sphere of the authalic radius.
LAT0, LON0 = 52.0, 10.0
RADIUS_KM = 6371.0072
# Frame: a viewBox 1000 × 1000 at 0.24 units per km (4166.7 km square), with the projection
# centre at (432, 552). It spans 1800 km west of the centre to 2366.7 km east, 2300 km north to
# 1866.7 km south: from west of Iceland and Portugal to Moscow and central Turkey, from Malta,
# Crete and Cyprus to the North Cape.
WIDTH = HEIGHT = 1000  # viewBox units
SCALE = 0.24  # viewBox units per km
X0, Y0 = 432.0, 552.0  # where the projection centre falls in the viewBox
WEST_KM, EAST_KM = -X0 / SCALE, (WIDTH - X0) / SCALE
NORTH_KM, SOUTH_KM = Y0 / SCALE, (Y0 - HEIGHT) / SCALE

TOLERANCE = 0.5  # Douglas–Peucker tolerance, viewBox units (about 2 km; half a CSS pixel at full width)
MIN_AREA = 3.0  # rings smaller than this (viewBox units², about 52 km²) are dropped,
# except a country's largest ring, so that every country in the frame stays on the map.

# Natural Earth areas that have no ISO 3166-1 numeric code in world-atlas.
NO_ID = {"Kosovo": "XK", "N. Cyprus": "XC"}


def project_km(lat: float, lon: float) -> tuple[float, float]:
    """Spherical Lambert azimuthal equal-area; kilometres east and north of (LAT0, LON0)."""
    phi, lam = math.radians(lat), math.radians(lon - LON0)
    phi0 = math.radians(LAT0)
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)
    k = math.sqrt(2.0 / max(1.0 + cos_c, 1e-12))
    x = RADIUS_KM * k * math.cos(phi) * math.sin(lam)
    y = RADIUS_KM * k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return x, y


def to_view(lat: float, lon: float) -> tuple[float, float]:
    x, y = project_km(lat, lon)
    return X0 + SCALE * x, Y0 - SCALE * y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Quantized, delta-encoded TopoJSON arcs to lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def douglas_peucker(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Keeps both ends; iterative, so long coastlines do not hit the recursion limit."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0.0:  # a closed arc: distance to its end point
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / length
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def clip_ring(
    ring: list[tuple[float, float]], box: tuple[float, float, float, float]
) -> list[tuple[float, float]]:
    """Sutherland–Hodgman against the frame (a convex box). Cut edges run along the frame."""
    minx, miny, maxx, maxy = box
    edges = (
        (lambda p: p[0] >= minx, lambda p, q: _cross_x(p, q, minx)),
        (lambda p: p[0] <= maxx, lambda p, q: _cross_x(p, q, maxx)),
        (lambda p: p[1] >= miny, lambda p, q: _cross_y(p, q, miny)),
        (lambda p: p[1] <= maxy, lambda p, q: _cross_y(p, q, maxy)),
    )
    output = ring
    for inside, cross in edges:
        if not output:
            break
        points, output = output, []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    output.append(cross(previous, current))
                output.append(current)
            elif inside(previous):
                output.append(cross(previous, current))
            previous = current
    return output


def _cross_x(p, q, x):
    t = (x - p[0]) / (q[0] - p[0])
    return (x, p[1] + t * (q[1] - p[1]))


def _cross_y(p, q, y):
    t = (y - p[1]) / (q[1] - p[1])
    return (p[0] + t * (q[0] - p[0]), y)


def area(ring: list[tuple[int, int]]) -> float:
    edges = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges)) / 2.0


def tidy(ring: list[tuple[float, float]]) -> list[tuple[int, int]]:
    """Rounds to integers and drops repeated points and points on a straight line."""
    points: list[tuple[int, int]] = []
    for x, y in ring:
        p = (round(x), round(y))
        if not points or p != points[-1]:
            points.append(p)
    while len(points) > 1 and points[0] == points[-1]:
        points.pop()
    changed = True
    while changed and len(points) >= 3:
        changed = False
        kept = []
        n = len(points)
        for i, (x, y) in enumerate(points):
            (ax, ay), (bx, by) = (kept[-1] if kept else points[i - 1]), points[(i + 1) % n]
            if (x - ax) * (by - ay) - (y - ay) * (bx - ax) == 0:  # collinear or a spike: redundant
                changed = True
                continue
            kept.append((x, y))
        points = kept
    return points if len(points) >= 3 else []


def path_data(rings: list[list[tuple[int, int]]]) -> str:
    parts = []
    for ring in rings:
        x, y = ring[0]
        steps = []
        for (ax, ay), (bx, by) in itertools.pairwise(ring):
            steps.append(f"{bx - ax} {by - ay}")
        parts.append(f"M{x} {y}l" + " ".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def alpha2(geometry: dict) -> str | None:
    if "id" not in geometry:
        return NO_ID.get(geometry.get("properties", {}).get("name"))
    country = pycountry.countries.get(numeric=geometry["id"])
    return country.alpha_2 if country else None


def build(topology: dict, tolerance: float = TOLERANCE, min_area: float = MIN_AREA) -> dict:
    arcs_lonlat = decode_arcs(topology)
    # Each arc is projected and simplified once; countries sharing it get the same border.
    arcs = [douglas_peucker([to_view(lat, lon) for lon, lat in arc], tolerance) for arc in arcs_lonlat]
    box = (0.0, 0.0, float(WIDTH), float(HEIGHT))

    def ring_points(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    countries: dict[str, list[list[tuple[int, int]]]] = {}
    dropped: list[str] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for indexes in polygon:
                ring = tidy(clip_ring(ring_points(indexes), box))
                if ring:
                    rings.append(ring)
        if not rings:
            continue
        code = alpha2(geometry)
        if code is None:
            dropped.append(geometry.get("properties", {}).get("name", geometry.get("id", "?")))
            continue
        countries.setdefault(code, []).extend(rings)

    paths = {}
    for code, rings in countries.items():
        largest = max(rings, key=area)
        kept = [ring for ring in rings if ring is largest or area(ring) >= min_area]
        paths[code] = path_data(kept)
    if dropped:
        print("no ISO code, not drawn:", ", ".join(sorted(dropped)), file=sys.stderr)
    return dict(sorted(paths.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--tolerance", type=float, default=TOLERANCE, help="to try other values; commit the default"
    )
    parser.add_argument(
        "--min-area", type=float, default=MIN_AREA, help="to try other values; commit the default"
    )
    args = parser.parse_args(argv)
    if not args.source.is_file():
        parser.error(f"{args.source} is missing: run `npm install --no-audit --no-fund` first")
    topology = json.loads(args.source.read_text(encoding="utf-8"))
    countries = build(topology, args.tolerance, args.min_area)
    data = {
        "provenance": {
            "source": "Natural Earth 1:50m Cultural Vectors, Admin 0 - Countries",
            "via": f"npm package world-atlas {SOURCE_VERSION}, file countries-50m.json (TopoJSON)",
            "licence": "Natural Earth: public domain; world-atlas packaging: ISC",
            "script": "scripts/make_europe_map.py",
            "projection": (
                f"spherical Lambert azimuthal equal-area, lat0={LAT0:g}, lon0={LON0:g} (as EPSG:3035), "
                f"R={RADIUS_KM} km; viewBox x = x0 + scale * x_km, y = y0 - scale * y_km"
            ),
            "frame_km": {
                "west": round(WEST_KM, 1),
                "east": round(EAST_KM, 1),
                "south": round(SOUTH_KM, 1),
                "north": round(NORTH_KM, 1),
            },
            "simplification": (
                f"Douglas-Peucker per shared arc, tolerance {args.tolerance:g} viewBox units; "
                f"rings under {args.min_area:g} units² dropped except each country's largest; "
                "integer coordinates"
            ),
            "keys": (
                "ISO 3166-1 alpha-2 from the numeric ids (pycountry); made-up keys for areas without an id: "
                + ", ".join(f"{name} = {code}" for name, code in sorted(NO_ID.items()))
            ),
        },
        "projection": {
            "lat0": LAT0,
            "lon0": LON0,
            "radius_km": RADIUS_KM,
            "scale": SCALE,
            "x0": X0,
            "y0": Y0,
        },
        "viewBox": [0, 0, WIDTH, HEIGHT],
        "countries": countries,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(
        f"{args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}: "
        f"{len(countries)} countries, {len(text.encode())} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
