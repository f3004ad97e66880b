"""The questionnaire (content/toolkit/self-assessment.yaml): questions by area, options with points."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from .._shared.reader import Reader

# The twelve Intercultural Cities Index areas, in order; the last two are optional.
CORE_AREAS = (
    "commitment",
    "intercultural-lens",
    "mediation",
    "language",
    "media",
    "international-outlook",
    "intelligence-competence",
    "welcoming",
    "leadership-citizenship",
    "anti-discrimination",
)
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
    toolkit: dict[str, str] = field(default_factory=dict)  # area → toolkit chapter id that helps

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def to_json(self, lang: str) -> dict:
        """What the browser needs, in one language (the page embeds it)."""
        return {
            "version": self.version,
            "coreAreas": list(CORE_AREAS),
            "optionalAreas": list(OPTIONAL_AREAS),
            "questions": [
                {
                    "id": q.id,
                    "area": q.area,
                    "text": q.text[lang],
                    "options": [{"id": o.id, "points": o.points, "label": o.label[lang]} for o in q.options],
                }
                for q in self.questions
            ],
        }


def load_questionnaire(path: Path, *, schema_path: Path, root: Path) -> Questionnaire:
    reader = Reader(root, schema_path.parent)
    questionnaire = read_questionnaire(reader, path, schema_path.name)
    reader.raise_if_any()
    assert questionnaire is not None
    return questionnaire


def read_questionnaire(
    reader: Reader,
    path: Path,
    schema_name: str = "questionnaire.schema.json",
    *,
    chapters: Collection[str] | None = None,
) -> Questionnaire | None:
    """The questionnaire; with ``chapters`` (the toolkit's chapter ids), each area's ``toolkit``
    must name one of them, or it is an error naming the file and line."""
    loaded = reader.yaml(path, schema_name)
    if loaded is None:
        return None
    data, lines = loaded
    toolkit = {area: entry["toolkit"] for area, entry in (data.get("areas") or {}).items()}
    if chapters is not None:
        for area, chapter in toolkit.items():
            if chapter not in chapters:
                reader.error(
                    path,
                    lines.line(("areas", area, "toolkit")),
                    f"areas.{area}.toolkit",
                    f"'{chapter}' is not a toolkit chapter; expected one of: {', '.join(chapters)}",
                )
    questions = tuple(
        Question(
            q["id"],
            q["area"],
            q["text"],
            tuple(Option(o["id"], o["points"], o["label"]) for o in q["options"]),
        )
        for q in data["questions"]
    )
    return Questionnaire(data["version"], data["disclaimer"], questions, toolkit)
