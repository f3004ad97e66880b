"""Inline SVG charts of scores out of 100. Colours come from CSS classes (epi-cities.css), so
the charts follow the light and dark schemes; a score that was not published gets no bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._shared.markdown_text import attr

# SVG by f-strings, not fragment templates: mostly numeric geometry, and every text goes through attr().


@dataclass(frozen=True)
class Bar:
    label: str
    score: float | None
    value_text: str  # "67" or "not published", in the page's language
    emphasis: bool = False  # the overall index
    indent: bool = False  # a part of a larger area
    heading: bool = False  # a group heading row, no bar


def _svg(
    width: int,
    height: int,
    chart_id: str,
    title: str,
    description: str,
    body: str,
    css_class: str,
) -> str:
    return (
        f'<svg class="{css_class}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{attr(title)}</title>'
        f'<desc id="{chart_id}-desc">{attr(description)}</desc>'
        f"{body}</svg>"
    )


def bar_chart(bars: Sequence[Bar], *, chart_id: str, title: str, description: str) -> str:
    """Horizontal bars, one per row: the label on its line, the bar and the value below it."""
    width, track, row = 400, 320, 34
    parts, y = [], 4
    for bar in bars:
        x = 12 if bar.indent else 0
        weight = " epi-chart__label--strong" if bar.emphasis or bar.heading else ""
        parts.append(f'<text class="epi-chart__label{weight}" x="{x}" y="{y + 13}">{attr(bar.label)}</text>')
        if bar.heading:
            y += 22
            continue
        if bar.score is None:
            parts.append(
                f'<text class="epi-chart__missing" x="{x}" y="{y + 28}">{attr(bar.value_text)}</text>'
            )
        else:
            length = (track - x) * bar.score / 100
            parts.append(
                f'<rect class="epi-chart__track" x="{x}" y="{y + 19}" width="{track - x}" '
                'height="10" rx="2"/>'
            )
            parts.append(
                f'<rect class="epi-chart__bar" x="{x}" y="{y + 19}" width="{length:.1f}" height="10" rx="2"/>'
            )
            parts.append(
                f'<text class="epi-chart__value" x="{track + 8}" y="{y + 28}">{attr(bar.value_text)}</text>'
            )
        y += row
    return _svg(width, y + 4, chart_id, title, description, "".join(parts), "epi-chart")
