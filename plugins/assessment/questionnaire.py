"""The questionnaire (content/toolkit/self-assessment.yaml): questions by area, options with points."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .._shared import schema
from .._shared.errors import raise_if_any, shown_path
from .._shared.yamlio import YamlSyntaxError, load

# The twelve Intercultural Cities Index areas, in order; the last two are optional.
CORE_AREAS = ("commitment", "intercultural-lens", "mediation", "language", "media", "international-outlook",
              "intelligence-competence", "welcoming", "leadership-citizenship", "anti-discrimination")
OPTIONAL_AREAS = ("participation", "interaction")
AREAS = CORE_AREAS + OPTIONAL_AREAS


@dataclass(frozen=True)
class Option:
    id: str
    points: int
    label: dict[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    area: str
    text: dict[str, str]
    options: tuple[Option, ...]

    @property
    def max_points(self) -> int:
        return max(option.points for option in self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Questionnaire:
    version: int
    disclaimer: dict[str, str]
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def to_json(self, lang: str) -> dict:
        """What the browser needs, in one language (the page embeds it)."""
        return {
            "version": self.version,
            "coreAreas": list(CORE_AREAS),
            "optionalAreas": list(OPTIONAL_AREAS),
            "questions": [
                {"id": q.id, "area": q.area, "text": q.text[lang],
                 "options": [{"id": o.id, "points": o.points, "label": o.label[lang]} for o in q.options]}
                for q in self.questions
            ],
        }


def load_questionnaire(path: Path, *, schema_path: Path, root: Path) -> Questionnaire:
    shown = shown_path(path, root)
    try:
        data, lines = load(path.read_text(encoding="utf-8"), shown)
    except YamlSyntaxError as exc:
        raise_if_any([exc.error])
    raise_if_any(schema.check(data, str(schema_path), shown, lines))
    questions = tuple(
        Question(q["id"], q["area"], q["text"], tuple(Option(o["id"], o["points"], o["label"]) for o in q["options"]))
        for q in data["questions"]
    )
    return Questionnaire(data["version"], data["disclaimer"], questions)
