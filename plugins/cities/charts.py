"""Inline SVG charts of scores out of 100. Colours come from CSS classes (epi-cities.css), so
the charts follow the light and dark schemes; a score that was not published gets no bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._shared.markdown_text import attr


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
    size: str = "",
) -> str:
    return (
        f'<svg class="{css_class}" viewBox="0 0 {width} {height}"{size} role="img" '
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


@dataclass(frozen=True)
class GridRow:
    label: str
    cells: tuple[tuple[float | None, str], ...]  # (score, text) per column
    emphasis: bool = False
    indent: bool = False


def grid_chart(
    columns: Sequence[str],
    rows: Sequence[GridRow],
    *,
    chart_id: str,
    title: str,
    description: str,
    legend: str,
) -> str:
    """Areas down, cities across: each cell the score and a bar, or the not-published mark."""
    label_width, cell, row_height, head = 300, 100, 36, 56
    width = label_width + cell * len(columns)
    parts = [f'<text class="epi-chart__legend" x="0" y="16">{attr(legend)}</text>']
    for index, name in enumerate(columns):
        cx = label_width + cell * index + cell / 2
        parts.append(
            '<text class="epi-chart__label epi-chart__label--strong" '
            f'x="{cx:.0f}" y="{head - 10}" text-anchor="middle">{attr(name)}</text>'
        )
    y = head
    for row in rows:
        weight = " epi-chart__label--strong" if row.emphasis else ""
        parts.append(
            f'<text class="epi-chart__label{weight}" x="{14 if row.indent else 0}" y="{y + 22}">'
            f"{attr(row.label)}</text>"
        )
        for index, (score, text) in enumerate(row.cells):
            x = label_width + cell * index
            if score is None:
                parts.append(
                    f'<text class="epi-chart__missing" x="{x + cell / 2:.0f}" y="{y + 22}" '
                    f'text-anchor="middle">{attr(text)}</text>'
                )
            else:
                parts.append(
                    '<text class="epi-chart__value epi-chart__label--strong" '
                    f'x="{x + cell / 2:.0f}" y="{y + 17}" text-anchor="middle">{attr(text)}</text>'
                )
                parts.append(
                    f'<rect class="epi-chart__track" x="{x + 10}" y="{y + 23}" width="{cell - 20}" '
                    'height="6" rx="2"/>'
                )
                parts.append(
                    f'<rect class="epi-chart__bar" x="{x + 10}" y="{y + 23}" '
                    f'width="{(cell - 20) * score / 100:.1f}" height="6" rx="2"/>'
                )
        parts.append(
            f'<line class="epi-chart__rule" x1="0" x2="{width}" '
            f'y1="{y + row_height - 1}" y2="{y + row_height - 1}"/>'
        )
        y += row_height
    # drawn at its own size (shrinking on narrow screens), not stretched to the column
    size = f' width="{width}" height="{y + 4}"'
    return _svg(width, y + 4, chart_id, title, description, "".join(parts), "epi-chart epi-chart--grid", size)
