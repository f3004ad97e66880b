"""Self-assessment: scoring rules, the answers file's messages, the blank template."""

from __future__ import annotations

import pytest

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.assessment import answers
from epi_portal.assessment.questionnaire import AREAS, load_questionnaire
from epi_portal.assessment.report import rounded
from epi_portal.assessment.scoring import score
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, LANGUAGES, REPO

Q = load_questionnaire(
    FIXTURE_SITE / "content/toolkit/self-assessment.yaml",
    schema_path=REPO / "schemas/questionnaire.schema.json",
    root=FIXTURE_SITE,
)
T = load_tables(DEFAULT_DIR, LANGUAGES).for_language("en")


def best(question):
    return max(question.options, key=lambda o: o.points).id


def test_all_full_and_all_zero():
    full = score(Q, {q.id: best(q) for q in Q.questions})
    assert full.overall == 100 and all(a.score == 100 for a in full.areas.values()) and full.unanswered == ()
    zero = score(Q, {q.id: "no" for q in Q.questions})
    assert zero.overall == 0 and all(a.score == 0 for a in zero.areas.values())


def test_partial_answers_are_not_zeros():
    result = score(Q, {"commitment-1": "yes", "commitment-2": "partly"})  # 2/2 and 1/4
    assert result.areas["commitment"].score == 50
    assert result.areas["language"].score is None  # not answered, not 0
    assert result.overall == 50  # the mean of the answered core areas only
    assert len(result.unanswered) == len(Q.questions) - 2
    half = score(Q, {"media-1": "partly"})  # one of two questions answered: 1/2
    assert half.areas["media"].score == 50 and half.areas["media"].answered == 1


def test_optional_areas_stay_out_of_the_overall():
    result = score(Q, {"participation-1": "yes", "interaction-1": "no", "commitment-1": "no"})
    assert result.areas["participation"].score == 100 and result.areas["interaction"].score == 0
    assert result.overall == 0
    assert score(Q, {"participation-1": "yes"}).overall is None


def test_rounding_is_half_up_like_the_page():
    assert [rounded(x) for x in (62.5, 63.5, 49.999, 0.5)] == [63, 64, 50, 1]


GOOD = (
    "questionnaire: 1\nlanguage: en\nanswers:\n"
    '  commitment-1: yes\n  commitment-2: "partly"  # a comment\n  media-1:\n'
)


def test_good_file():
    parsed = answers.parse(GOOD, "a.yaml", Q, LANGUAGES, T)
    assert parsed.errors == [] and parsed.answers == {"commitment-1": "yes", "commitment-2": "partly"}


def test_the_files_language_is_its_own_not_the_readers():
    """Answers are option ids, the same in every language: an English file reads on a German page."""
    german = load_tables(DEFAULT_DIR, LANGUAGES).for_language("de")
    parsed = answers.parse(GOOD, "a.yaml", Q, LANGUAGES, german)
    assert parsed.errors == [] and parsed.language == "en" and parsed.answers["commitment-1"] == "yes"
    assert answers.read(CSV_GOOD, "a.csv", Q, LANGUAGES, german).errors == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "questionnaire: 1\nlanguage: en\n  - a list\n",
            "en",
            "a.yaml:3: not an answers file: expected 'name: value' lines",
        ),
        ("{not: yaml of answers}\n", "en", "a.yaml:1: not an answers file: expected 'name: value' lines"),
        (
            GOOD.replace("questionnaire: 1", "questionnaire: 7"),
            "en",
            "a.yaml:1: questionnaire: version 7 is not known; expected 1",
        ),
        (
            GOOD.replace("language: en", "language: fr"),
            "de",
            "a.yaml:2: language: 'fr' ist keine Sprache des Fragebogens; "
            "erwartet wird eine von: en, es, ro, de, sv, pl, it, lv",
        ),
        (GOOD.replace("media-1:", "media-9: yes"), "en", "a.yaml:6: answers.media-9: unknown question"),
        (
            GOOD.replace("commitment-1: yes", "commitment-1: maybe"),
            "en",
            "a.yaml:4: answers.commitment-1: 'maybe' is not an option; expected one of: no, partly, yes",
        ),
        (
            GOOD + "colour: blue\n",
            "en",
            "a.yaml:7: colour: unknown field; expected questionnaire, language and answers",
        ),
    ],
)
def test_bad_files(text, lang, expected):
    t = load_tables(DEFAULT_DIR, LANGUAGES).for_language(lang)
    assert expected in answers.parse(text, "a.yaml", Q, LANGUAGES, t).errors


def test_template_and_dump_read_back():
    blank = answers.parse(
        answers.template(Q, "de", T),
        "t.yaml",
        Q,
        LANGUAGES,
        load_tables(DEFAULT_DIR, LANGUAGES).for_language("de"),
    )
    assert blank.errors == [] and blank.answers == {}
    chosen = {"commitment-1": "yes", "interaction-2": "partly"}
    again = answers.parse(answers.dump(Q, "en", chosen), "d.yaml", Q, LANGUAGES, T)
    assert again.errors == [] and again.answers == chosen
    assert len(AREAS) == 12


def test_csv_round_trip():
    chosen = {"commitment-1": "yes", "media-2": "no", "interaction-2": "partly"}
    table = answers.dump_csv(Q, "en", chosen)
    assert table.splitlines()[:4] == [
        "question,area,answer",
        "questionnaire,,1",
        "language,,en",
        "commitment-1,commitment,yes",
    ]
    again = answers.read(table, "mine.csv", Q, LANGUAGES, T)
    assert again.errors == [] and again.answers == chosen
    # as a spreadsheet in a German or Latvian locale saves it: semicolons, quotes, a BOM
    saved = "\ufeff" + table.replace(",", ";").replace("media-2;media;no", '"media-2";media; "no"')
    assert answers.read(saved, "mine.CSV", Q, LANGUAGES, T).answers == chosen
    assert answers.read(answers.dump(Q, "en", chosen), "mine.yaml", Q, LANGUAGES, T).answers == chosen


CSV_GOOD = (
    "question,area,answer\nquestionnaire,,1\nlanguage,,en\ncommitment-1,commitment,yes\nmedia-1,media,\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("id;answer\n", "en", "a.csv:1: not an answers table: expected the columns question, area, answer"),
        (CSV_GOOD + "media-2,media\n", "en", "a.csv:6: expected 3 columns (question, area, answer); found 2"),
        (
            CSV_GOOD.replace("questionnaire,,1", "questionnaire,,7"),
            "en",
            "a.csv:2: questionnaire: version 7 is not known; expected 1",
        ),
        (
            CSV_GOOD.replace("language,,en", "language,,"),
            "en",
            "a.csv:3: language: '?' is not a language of the questionnaire; "
            "expected one of: en, es, ro, de, sv, pl, it, lv",
        ),
        (
            CSV_GOOD.replace("media-1,media,", "media-9,media,yes"),
            "en",
            "a.csv:5: answers.media-9: unknown question",
        ),
        (
            CSV_GOOD.replace("commitment-1,commitment,yes", "commitment-1,commitment,maybe"),
            "en",
            "a.csv:4: answers.commitment-1: 'maybe' is not an option; expected one of: no, partly, yes",
        ),
        (
            CSV_GOOD.replace("commitment-1,commitment,", "commitment-1,media,"),
            "en",
            "a.csv:4: answers.commitment-1: area 'media' is not this question's; expected 'commitment'",
        ),
    ],
)
def test_bad_csv_files(text, lang, expected):
    t = load_tables(DEFAULT_DIR, LANGUAGES).for_language(lang)
    assert expected in answers.read(text, "a.csv", Q, LANGUAGES, t).errors


def test_toolkit_chapters_of_the_areas(tmp_path):
    import shutil

    from epi_portal.project.load import check_project
    from epi_portal.project.model import Layout

    assert Q.toolkit["commitment"] == "first-step" and "welcoming" not in Q.toolkit
    root = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, root)
    path = root / "content/toolkit/self-assessment.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("media: {toolkit: second-step}", "media: {toolkit: third-step}"), encoding="utf-8"
    )
    line = text[: text.index("media: {toolkit")].count("\n") + 1
    errors = [str(e) for e in check_project(Layout.of(root), FIXTURE_LANGUAGES).errors]
    assert errors == [
        f"content/toolkit/self-assessment.yaml:{line}: areas.media.toolkit: "
        "'third-step' is not a toolkit chapter; expected one of: first-step, second-step"
    ]


TWICE = [  # (file name, text, the message in English)
    (
        "a.yaml",
        GOOD + "  commitment-1: no\n",
        "a.yaml:7: answers.commitment-1: written twice (also on line 4); keep one",
    ),
    (
        "a.yaml",
        GOOD.replace("language: en\n", "language: en\nlanguage: de\n"),
        "a.yaml:3: language: written twice (also on line 2); keep one",
    ),
    (
        "a.yaml",
        GOOD + "answers:\n  media-2: yes\n",
        "a.yaml:7: answers: written twice (also on line 3); keep one",
    ),
    (
        "a.csv",
        CSV_GOOD + "commitment-1,commitment,no\n",
        "a.csv:6: answers.commitment-1: written twice (also on line 4); keep one",
    ),
    (
        "a.csv",
        CSV_GOOD.replace("language,,en\n", "language,,en\nlanguage,,de\n"),
        "a.csv:4: language: written twice (also on line 3); keep one",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), TWICE)
def test_a_field_or_question_written_twice_names_both_lines(name, text, expected):
    """Not the last one silently: which answer counts would be a guess (the Reader's wording)."""
    parsed = answers.read(text, name, Q, LANGUAGES, T)
    assert parsed.errors == [expected]


def test_a_byte_order_mark_is_no_problem():
    """As some editors (Windows Notepad) and spreadsheets save UTF-8."""
    assert answers.read("\ufeff" + GOOD, "a.yaml", Q, LANGUAGES, T).answers == {
        "commitment-1": "yes",
        "commitment-2": "partly",
    }
    assert answers.read("\ufeff" + CSV_GOOD, "a.csv", Q, LANGUAGES, T).errors == []
