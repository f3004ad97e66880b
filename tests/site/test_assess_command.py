"""`epi assess`: the offline scorer, as an outside city runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import FIXTURE_SITE

EPI = [str(Path(sys.executable).with_name("epi"))]  # the console script the project installs


def run(*args: str, cwd: Path = FIXTURE_SITE) -> subprocess.CompletedProcess:
    return subprocess.run([*EPI, *args], capture_output=True, text=True, cwd=cwd)


def test_scores_and_report(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "questionnaire: 1\nlanguage: en\nanswers:\n"
        "  commitment-1: yes\n  commitment-2: partly\n  participation-1: yes\n"
    )
    done = run("assess", str(answers))
    assert done.returncode == 0, done.stderr
    assert "Overall (mean of the answered core areas): 50/100" in done.stdout
    assert "Commitment: 50/100 (2 of 2 answered)" in done.stdout
    assert "Participation: 100/100 (1 of 2 answered)" in done.stdout
    assert "Exampleton: 12/100" in done.stdout and "Mockford: not published" in done.stdout
    report = BeautifulSoup((tmp_path / "answers-report.html").read_text(), "lxml")
    assert report.html["lang"] == "en"
    assert not report.select("[src]") and not report.select("link[href]")  # nothing to fetch
    assert "50/100" in report.get_text()


def test_report_in_the_files_language(tmp_path):
    answers = tmp_path / "antworten.yaml"
    answers.write_text("questionnaire: 1\nlanguage: de\nanswers:\n  media-1: no\n")
    done = run("assess", str(answers), "--report", str(tmp_path / "bericht.html"))
    assert done.returncode == 0, done.stderr
    assert "Beispielstadt: 12/100" in done.stdout
    assert BeautifulSoup((tmp_path / "bericht.html").read_text(), "lxml").html["lang"] == "de"


def test_lang_chooses_the_reports_language_not_the_files(tmp_path):
    """The answers are option ids: an English file makes a German report with --lang de."""
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: 1\nlanguage: en\nanswers:\n  media-1: no\n")
    done = run("assess", str(answers), "--lang", "de", "--report", str(tmp_path / "bericht.html"))
    assert done.returncode == 0, done.stderr
    assert "Beispielstadt: 12/100" in done.stdout
    assert BeautifulSoup((tmp_path / "bericht.html").read_text(), "lxml").html["lang"] == "de"
    english = run("assess", str(answers))
    assert english.returncode == 0 and "Exampleton: 12/100" in english.stdout


def test_bad_file_exits_non_zero_with_every_message(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("questionnaire: 2\nlanguage: en\nanswers:\n  commitment-1: maybe\n  nothing-1: yes\n")
    done = run("assess", str(answers))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "answers.yaml:1: questionnaire: version 2 is not known; expected 1",
        "answers.yaml:4: answers.commitment-1: 'maybe' is not an option; expected one of: no, partly, yes",
        "answers.yaml:5: answers.nothing-1: unknown question",
    ]
    other = run("assess", str(answers), "--lang", "de")  # the messages in German
    assert "answers.yaml:5: answers.nothing-1: unbekannte Frage" in other.stderr.splitlines()
    unknown = run("assess", str(answers), "--lang", "fr")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "--lang: 'fr' is not a language of the site; expected one of: en, de"
    binary = tmp_path / "photo.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert run("assess", str(binary)).returncode != 0


def test_a_spreadsheet_csv(tmp_path):
    answers = tmp_path / "antworten.csv"
    answers.write_text(
        "\ufeffquestion;area;answer\nquestionnaire;;1\nlanguage;;de\nmedia-1;media;no\ncommitment-1;commitment;yes\n",
        encoding="utf-8",
    )
    done = run("assess", str(answers))
    assert done.returncode == 0, done.stderr
    assert "Beispielstadt: 12/100" in done.stdout
    assert (tmp_path / "antworten-report.html").is_file()
    answers.write_text("question,area,answer\nquestionnaire,,1\nlanguage,,en\ncommitment-1,media,maybe\n")
    bad = run("assess", str(answers))
    assert bad.returncode == 1
    assert bad.stderr.splitlines() == [
        "antworten.csv:4: answers.commitment-1: 'maybe' is not an option; expected one of: no, partly, yes",
        "antworten.csv:4: answers.commitment-1: area 'media' is not this question's; expected 'commitment'",
    ]


def test_a_byte_order_mark_a_key_written_twice_and_latin1(tmp_path):
    """Read as every content file: a BOM is no problem, a key written twice names both lines (not
    the last one silently), a byte that is not UTF-8 names its line; never a traceback."""
    answers = tmp_path / "answers.yaml"
    good = "questionnaire: 1\nlanguage: de\nanswers:\n  media-1: no\n"
    answers.write_text("\ufeff" + good, encoding="utf-8")
    done = run("assess", str(answers))
    assert done.returncode == 0, done.stderr
    assert "Beispielstadt: 12/100" in done.stdout
    answers.write_text(good + "  media-1: yes\nlanguage: en\n", encoding="utf-8")
    twice = run("assess", str(answers), "--lang", "en")
    assert twice.returncode == 1
    assert twice.stderr.splitlines() == [
        "answers.yaml:5: answers.media-1: written twice (also on line 4); keep one",
        "answers.yaml:6: language: written twice (also on line 2); keep one",
    ]
    table = tmp_path / "answers.csv"
    table.write_text(
        "question,area,answer\nquestionnaire,,1\nlanguage,,en\nmedia-1,media,no\nmedia-1,media,yes\n"
    )
    assert run("assess", str(table)).stderr.splitlines() == [
        "answers.csv:5: answers.media-1: written twice (also on line 4); keep one"
    ]
    answers.write_bytes((good + "# Caf\xe9\n").encode("latin-1"))
    latin = run("assess", str(answers))
    assert latin.returncode == 2 and "Traceback" not in latin.stderr
    assert latin.stderr.splitlines() == ["answers.yaml:5: not UTF-8 text; save the file as UTF-8"]
