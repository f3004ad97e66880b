"""Scores: an area's is points achieved ÷ points possible × 100 over its answered questions; the
overall is the mean of the answered core areas; the optional areas are reported apart; questions
left unanswered are reported, never counted as zero. epi-assessment.js computes the same."""

from __future__ import annotations

from dataclasses import dataclass

from .questionnaire import AREAS, CORE_AREAS, Option, Question, Questionnaire


@dataclass(frozen=True)
class AreaScore:
    area: str
    score: float | None  # None: no question of the area answered
    answered: int
    questions: int


@dataclass(frozen=True)
class Result:
    areas: dict[str, AreaScore]
    overall: float | None  # mean of the answered core areas
    unanswered: tuple[str, ...]  # question ids


def score(questionnaire: Questionnaire, answers: dict[str, str]) -> Result:
    areas: dict[str, AreaScore] = {}
    for area in AREAS:
        questions = [q for q in questionnaire.questions if q.area == area]
        answered: list[tuple[Question, Option]] = []
        for q in questions:
            option = q.option(answers[q.id]) if answers.get(q.id) else None
            if option is not None:
                answered.append((q, option))
        possible = sum(q.max_points for q, _ in answered)
        achieved = sum(option.points for _, option in answered)
        value = achieved / possible * 100 if possible else (0.0 if answered else None)
        areas[area] = AreaScore(area, value, len(answered), len(questions))
    core = [s for s in (areas[a].score for a in CORE_AREAS) if s is not None]
    overall = sum(core) / len(core) if core else None
    unanswered = tuple(
        q.id for q in questionnaire.questions if not (answers.get(q.id) and q.option(answers[q.id]))
    )
    return Result(areas, overall, unanswered)
