"""An answers file: a small, strict subset of YAML that the offline command and the page both read
the same way (epi-assessment.js has the twin of this parser), so both give the same messages:

    questionnaire: 1
    language: en
    answers:
      commitment-1: partly
      commitment-2:            # left empty: not answered

or the same as a table for spreadsheets (CSV, comma- or semicolon-separated, as spreadsheets in
many European locales save it), with the version and the language in the first rows:

    question,area,answer
    questionnaire,,1
    language,,en
    commitment-1,commitment,partly
    commitment-2,commitment,

A field or question written twice is an error naming both lines (as the content layer's Reader
says it of any YAML file): which of the two answers counts would be a guess. A UTF-8 byte order
mark, as some editors and spreadsheets write, is allowed at the start of either kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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


def _twice(
    result: Answers, lines: dict[str, int], name: str, number: int, file: str, t: Callable[..., str]
) -> bool:
    """True (and an error) if ``name`` was already written (at ``lines[name]``); the first stands."""
    if name not in lines:
        return False
    result.errors.append(t("assess.error.twice", file=file, line=number, field=name, first=lines[name]))
    return True


def parse(
    text: str, file: str, questionnaire: Questionnaire, languages: Sequence[str], t: Callable[..., str]
) -> Answers:
    """Read and check an answers file; every problem becomes a message in ``errors``. Its
    ``language`` (the language it was made in) must be one of ``languages``, the site's: the answers
    are option ids, the same in every language, so any page or report language reads them."""
    result = Answers()
    lines: dict[str, int] = {}
    section = None
    for number, line in enumerate(text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if not match:
            result.errors.append(t("assess.error.syntax", file=file, line=number))
            return result
        key, value, indented = match["key"], _value(match["value"]), bool(match["indent"])
        if indented and section == "answers":
            if _twice(result, lines, f"answers.{key}", number, file, t):
                continue
            result.answers[key] = value
            lines[f"answers.{key}"] = number
        elif indented:
            result.errors.append(t("assess.error.syntax", file=file, line=number))
            return result
        else:
            section = key
            if _twice(result, lines, key, number, file, t):
                continue
            lines[key] = number
            if key == "questionnaire":
                result.version = int(value) if value.isdigit() else -1
            elif key == "language":
                result.language = value
            elif key != "answers":
                result.errors.append(t("assess.error.unknown_field", file=file, line=number, field=key))
    _check(result, lines, {}, file, questionnaire, languages, t)
    return result


def _check(
    result: Answers,
    lines: dict[str, int],
    areas: dict[str, str],
    file: str,
    questionnaire: Questionnaire,
    languages: Sequence[str],
    t: Callable[..., str],
) -> None:
    """What both kinds of file must get right: the version, the language, every question and
    option, and (in a table) each question's area; then only the answered questions are kept."""
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
    if result.language not in languages:
        result.errors.append(
            t(
                "assess.error.language",
                file=file,
                line=lines.get("language", 1),
                found=result.language or "?",
                expected=", ".join(languages),
            )
        )
    for question_id, answer in result.answers.items():
        line_number = lines[f"answers.{question_id}"]
        question = questionnaire.question(question_id)
        if question is None:
            result.errors.append(
                t("assess.error.unknown_question", file=file, line=line_number, question=question_id)
            )
            continue
        if answer and question.option(answer) is None:
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
        area = areas.get(question_id)
        if area and area != question.area:
            result.errors.append(
                t(
                    "assess.error.area",
                    file=file,
                    line=line_number,
                    question=question_id,
                    area=area,
                    expected=question.area,
                )
            )
    result.answers = {q: a for q, a in result.answers.items() if a}


CSV_COLUMNS = ("question", "area", "answer")


def _csv_fields(line: str, separator: str) -> list[str]:
    """One CSV line's fields, spaces around them dropped; a "quoted" field may hold the separator
    and "" for a quote. A field never spans lines here. (csvFields() in epi-assessment.js.)"""
    fields: list[str] = []
    field, quoted, i = "", False, 0
    while i < len(line):
        char = line[i]
        if quoted:
            if char == '"' and line[i + 1 : i + 2] == '"':
                field += '"'
                i += 1
            elif char == '"':
                quoted = False
            else:
                field += char
        elif char == '"' and not field.strip():
            field, quoted = "", True
        elif char == separator:
            fields.append(field.strip())
            field = ""
        else:
            field += char
        i += 1
    fields.append(field.strip())
    return fields


def parse_csv(
    text: str, file: str, questionnaire: Questionnaire, languages: Sequence[str], t: Callable[..., str]
) -> Answers:
    """Read and check an answers table (question, area, answer): the rules and messages of
    ``parse``, and each question's area, if given, must be its own."""
    result = Answers()
    lines: dict[str, int] = {}
    areas: dict[str, str] = {}
    rows = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    first = next((n for n, row in enumerate(rows) if row.strip()), 0)
    header = rows[first] if rows else ""
    separator = ";" if ";" in header and "," not in header else ","
    if [f.lower() for f in _csv_fields(header, separator)] != list(CSV_COLUMNS):
        result.errors.append(t("assess.error.csv_header", file=file, line=first + 1))
        return result
    for number, row in enumerate(rows[first + 1 :], first + 2):
        if not row.strip():
            continue
        fields = _csv_fields(row, separator)
        if len(fields) != len(CSV_COLUMNS):
            result.errors.append(t("assess.error.csv_row", file=file, line=number, count=len(fields)))
            return result
        key, area, value = fields
        if _twice(
            result, lines, key if key in ("questionnaire", "language") else f"answers.{key}", number, file, t
        ):
            continue
        if key == "questionnaire":
            result.version = int(value) if value.isdigit() else -1
            lines[key] = number
        elif key == "language":
            result.language = value
            lines[key] = number
        else:
            result.answers[key] = value
            lines[f"answers.{key}"] = number
            areas[key] = area
    _check(result, lines, areas, file, questionnaire, languages, t)
    return result


def read(
    text: str, file: str, questionnaire: Questionnaire, languages: Sequence[str], t: Callable[..., str]
) -> Answers:
    """An answers file of either kind: a name ending in .csv is a table, any other is YAML."""
    kind = parse_csv if file.lower().endswith(".csv") else parse
    return kind(text, file, questionnaire, languages, t)


def dump_csv(questionnaire: Questionnaire, lang: str, answers: dict[str, str]) -> str:
    """The answers as a table; CRLF line ends, as spreadsheets write them."""
    lines = [",".join(CSV_COLUMNS), f"questionnaire,,{questionnaire.version}", f"language,,{lang}"]
    lines += [f"{q.id},{q.area},{answers.get(q.id, '')}" for q in questionnaire.questions]
    return "\r\n".join(lines) + "\r\n"


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
