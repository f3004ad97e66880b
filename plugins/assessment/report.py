"""The offline command's output: the scores as text for the terminal and as a standalone HTML
report (no request to anyone, styles included)."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence

from .page import CityScore
from .questionnaire import CORE_AREAS, OPTIONAL_AREAS, Questionnaire
from .scoring import Result


def rounded(value: float) -> int:
    """Half up, as the page's Math.floor(x + 0.5): the same number online and offline."""
    return math.floor(value + 0.5)


def _score(value: float | None, t: Callable[..., str]) -> str:
    return t("assess.not_answered") if value is None else t("score.out_of", score=rounded(value))


def _rows(result: Result, areas: Sequence[str], label: Callable[[str], str], t) -> list[tuple[str, str]]:
    rows = []
    for area in areas:
        scored = result.areas[area]
        answered = t("assess.answered", answered=scored.answered, questions=scored.questions)
        rows.append((label(area), f"{_score(scored.score, t)} ({answered})"))
    return rows


def text_report(result: Result, cities: Sequence[CityScore], label: Callable[[str], str], t) -> str:
    lines = [f"{t('assess.overall')}: {_score(result.overall, t)}", "", t("assess.core")]
    lines += [f"  {name}: {value}" for name, value in _rows(result, CORE_AREAS, label, t)]
    lines += ["", t("assess.optional")]
    lines += [f"  {name}: {value}" for name, value in _rows(result, OPTIONAL_AREAS, label, t)]
    lines += ["", t("assess.comparison"), f"  {t('assess.your_city')}: {_score(result.overall, t)}"]
    lines += [
        f"  {c.name}: {t('score.not_published') if c.overall is None else t('score.out_of', score=c.overall)}"
        for c in cities
    ]
    lines += ["", t("assess.comparison_note"), t("assess.unanswered", count=len(result.unanswered))]
    return "\n".join(lines) + "\n"


def html_report(
    questionnaire: Questionnaire, result: Result, cities: Sequence[CityScore], label, t, lang: str
) -> str:
    def table(caption: str, rows: list[tuple[str, str]], head: tuple[str, str]) -> str:
        body = "".join(
            f'<tr><th scope="row">{html.escape(a)}</th><td>{html.escape(b)}</td></tr>' for a, b in rows
        )
        return (
            f"<table><caption>{html.escape(caption)}</caption>"
            f'<thead><tr><th scope="col">{html.escape(head[0])}</th>'
            f'<th scope="col">{html.escape(head[1])}</th></tr></thead><tbody>{body}</tbody></table>'
        )

    comparison = [(t("assess.your_city"), _score(result.overall, t))]
    comparison += [
        (c.name, t("score.not_published") if c.overall is None else t("score.out_of", score=c.overall))
        for c in cities
    ]
    heads = (t("table.area"), t("table.score"))
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{html.escape(t('assess.report_title'))}</title>\n<style>\n"
        "body{font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;"
        "max-width:46rem;margin:1rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}"
        "table{border-collapse:collapse;margin:1rem 0;width:100%}"
        "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}"
        "caption{font-weight:700;text-align:left;padding:.3rem 0}\n</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{html.escape(t('assess.report_title'))}</h1>\n<p>{html.escape(questionnaire.disclaimer[lang])}</p>\n"
        f"<p><strong>{html.escape(t('assess.overall'))}: "
        f"{html.escape(_score(result.overall, t))}</strong></p>\n"
        + table(t("assess.core"), _rows(result, CORE_AREAS, label, t), heads)
        + table(t("assess.optional"), _rows(result, OPTIONAL_AREAS, label, t), heads)
        + table(t("assess.comparison"), comparison, (t("table.city"), t("table.overall")))
        + f"\n<p>{html.escape(t('assess.comparison_note'))}</p>\n"
        + f"<p>{html.escape(t('assess.unanswered', count=len(result.unanswered)))}</p>\n"
        + "</main>\n</body>\n</html>\n"
    )
