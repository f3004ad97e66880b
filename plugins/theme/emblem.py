"""The EU emblem as inline SVG, drawn to its official geometry.

Twelve upright five-pointed gold (#FFCC00) stars on reflex blue (#003399); the flag is 1.5
times as wide as it is high; the stars stand like the hours of a clock on an invisible circle
whose radius is a third of the height, and each star's points lie on a circle whose radius is
an eighteenth of the height.
"""

from __future__ import annotations

import math
from functools import cache
from html import escape

BLUE = "#003399"
GOLD = "#FFCC00"
HEIGHT = 540  # any unit; 540 keeps the coordinates round (ring radius 180, star radius 30)
WIDTH = HEIGHT * 3 // 2


def star_centres(height: float = HEIGHT) -> list[tuple[float, float]]:
    cx, cy, ring = height * 3 / 4, height / 2, height / 3
    return [
        (cx + ring * math.sin(math.radians(30 * k)), cy - ring * math.cos(math.radians(30 * k)))
        for k in range(12)
    ]


def star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """Ten vertices of an upright regular five-pointed star (outer and inner, alternating)."""
    inner = radius * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else inner
        angle = math.radians(-90 + 36 * k)
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


@cache
def emblem_svg(label: str, css_class: str = "epi-emblem") -> str:
    """The emblem as an accessible inline ``<svg role="img">`` named by ``label``."""
    stars = []
    for cx, cy in star_centres():
        path = " ".join(f"{x:.2f},{y:.2f}" for x, y in star_points(cx, cy, HEIGHT / 18))
        stars.append(f'<polygon points="{path}"/>')
    return (
        f'<svg class="{escape(css_class)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(label)}" focusable="false">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{BLUE}"/>'
        f'<g fill="{GOLD}">{"".join(stars)}</g></svg>'
    )
