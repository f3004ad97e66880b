"""An answers file: a small, strict subset of YAML that the offline command and the page both read
the same way (epi-assessment.js has the twin of this parser), so both give the same messages:

    questionnaire: 1
    language: en
    answers:
      commitment-1: partly
      commitment-2:            # left empty: not answered
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .questionnaire import Questionnaire

_LINE = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z0-9_-]+):(?: +(?P<value>.*?))? *$")


@dataclass
class Answers:
    version: int | None = None
    language: str | None = None
    answers: dict[str, str] = field(default_factory=dict)  # question id → option id
    errors: list[str] = field(default_factory=list)


def _value(raw: str | None) -> str:
    raw = re.sub(r"\s+#.*$", "", raw or "").strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def parse(text: str, file: str, questionnaire: Questionnaire, lang: str, t: Callable[..., str]) -> Answers:
    """Read and check an answers file; every problem becomes a message in ``errors``."""
    result = Answers()
    lines: dict[str, int] = {}
    section = None
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if not match:
            result.errors.append(t("assess.error.syntax", file=file, line=number))
            return result
        key, value, indented = match["key"], _value(match["value"]), bool(match["indent"])
        if indented and section == "answers":
            result.answers[key] = value
            lines[f"answers.{key}"] = number
        elif indented:
            result.errors.append(t("assess.error.syntax", file=file, line=number))
            return result
        else:
            section = key
            lines[key] = number
            if key == "questionnaire":
                result.version = int(value) if value.isdigit() else -1
            elif key == "language":
                result.language = value
            elif key != "answers":
                result.errors.append(t("assess.error.unknown_field", file=file, line=number, field=key))
    if result.version != questionnaire.version:
        shown = "?" if result.version in (None, -1) else result.version
        result.errors.append(
            t(
                "assess.error.version",
                file=file,
                line=lines.get("questionnaire", 1),
                version=shown,
                expected=questionnaire.version,
            )
        )
    if result.language != lang:
        result.errors.append(
            t(
                "assess.error.language",
                file=file,
                line=lines.get("language", 1),
                found=result.language or "?",
                expected=lang,
            )
        )
    for question_id, answer in result.answers.items():
        line_number = lines[f"answers.{question_id}"]
        question = questionnaire.question(question_id)
        if question is None:
            result.errors.append(
                t("assess.error.unknown_question", file=file, line=line_number, question=question_id)
            )
        elif answer and question.option(answer) is None:
            options = ", ".join(o.id for o in question.options)
            result.errors.append(
                t(
                    "assess.error.bad_option",
                    file=file,
                    line=line_number,
                    question=question_id,
                    answer=answer,
                    options=options,
                )
            )
    result.answers = {q: a for q, a in result.answers.items() if a}
    return result


def template(questionnaire: Questionnaire, lang: str, t: Callable[..., str]) -> str:
    """The blank answers file in ``lang``: every question as a comment, with its options."""
    lines = [
        f"# {t('assess.template_title')}",
        f"# {questionnaire.disclaimer[lang]}",
        f"# {t('assess.template_help')}",
        f"questionnaire: {questionnaire.version}",
        f"language: {lang}",
        "answers:",
    ]
    for question in questionnaire.questions:
        lines.append(f"  # {question.text[lang]}")
        lines.append("  # " + " | ".join(f"{o.id} = {o.label[lang]}" for o in question.options))
        lines.append(f"  {question.id}:")
    return "\n".join(lines) + "\n"


def dump(questionnaire: Questionnaire, lang: str, answers: dict[str, str]) -> str:
    lines = [f"questionnaire: {questionnaire.version}", f"language: {lang}", "answers:"]
    lines += [f"  {q.id}: {answers.get(q.id, '')}".rstrip() for q in questionnaire.questions]
    return "\n".join(lines) + "\n"
