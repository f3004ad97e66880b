"""The offline command's output: the scores as text for the terminal and as a standalone HTML
report (no request to anyone, styles included; templates/documents/epi/assessment/report.html)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .._shared.fragments import PACKAGE_DOCUMENTS, Documents
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
    questionnaire: Questionnaire,
    result: Result,
    cities: Sequence[CityScore],
    label,
    t,
    lang: str,
    documents: Documents = PACKAGE_DOCUMENTS,
) -> str:
    """From ``documents/epi/assessment/report.html``."""
    comparison = [(t("assess.your_city"), _score(result.overall, t))]
    comparison += [
        (c.name, t("score.not_published") if c.overall is None else t("score.out_of", score=c.overall))
        for c in cities
    ]
    heads = (t("table.area"), t("table.score"))
    tables = [
        (t("assess.core"), heads, _rows(result, CORE_AREAS, label, t)),
        (t("assess.optional"), heads, _rows(result, OPTIONAL_AREAS, label, t)),
        (t("assess.comparison"), (t("table.city"), t("table.overall")), comparison),
    ]
    return documents.render(
        "assessment/report",
        lang=lang,
        t=t,
        disclaimer=questionnaire.disclaimer[lang],
        overall=_score(result.overall, t),
        tables=tables,
        unanswered=t("assess.unanswered", count=len(result.unanswered)),
    )
