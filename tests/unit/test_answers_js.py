"""The page's answers parser (epi-assessment.js) and answers.py read every file alike: the same
errors, in the same order, in the page's language; run in Node with the page's data (no browser:
the browser tests check the page itself)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.assessment import answers
from epi_portal.assessment.page import STRING_PREFIXES
from tests.conftest import FIXTURE_LANGUAGES as LANGUAGES
from tests.conftest import REPO
from tests.unit.test_assessment import CSV_GOOD, GOOD, TWICE, Q

SCRIPT = REPO / "plugins/assessment/templates/assets/javascripts/epi-assessment.js"
NODE = shutil.which("node")

# the page's data node, and nothing else of the page: the script defines its parser, exports it,
# then stops at the first thing of the page it looks for
HARNESS = """
const data = JSON.parse(process.argv[1]);
const cases = JSON.parse(process.argv[2]);
global.window = {};
global.document = {
  getElementById: (id) => (id === "epi-assessment-data" ? { textContent: JSON.stringify(data) } : null),
};
try { require(process.argv[3]); } catch (e) { if (!window.epiAssessment) throw e; }
console.log(JSON.stringify(cases.map(([name, text]) => window.epiAssessment.read(text, name))));
"""

CASES = [
    *((name, text) for name, text, _ in TWICE),
    ("a.yaml", "\ufeff" + GOOD),
    ("a.csv", "\ufeff" + CSV_GOOD),
    ("a.yaml", "questionnaire: 3\nlanguage: fr\nanswers:\n  commitment-1: maybe\n  nothing-1: yes\n"),
    ("a.yaml", GOOD + "colour: blue\ncolour: red\n"),
    ("a.csv", CSV_GOOD + "nothing-1,,yes\nnothing-1,,no\nmedia-2,commitment,maybe\n"),
    ("a.yaml", "questionnaire: 1\nlanguage: en\n  - a list\n"),
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_reads_answers_files_as_python_does(lang):
    assert NODE, "needs node: scripts/setup --test-tools installs it"
    t = load_tables(DEFAULT_DIR, LANGUAGES).for_language(lang)
    strings = load_tables(DEFAULT_DIR, LANGUAGES).tables[lang]
    data = {
        "lang": lang,
        "languages": LANGUAGES,
        "questionnaire": Q.to_json(lang),
        "strings": {k: v for k, v in strings.items() if k.startswith(STRING_PREFIXES)},
    }
    done = subprocess.run(
        [NODE, "-e", HARNESS, json.dumps(data), json.dumps(CASES), str(SCRIPT)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout)
    for (name, text), page in zip(CASES, found, strict=True):
        python = answers.read(text, name, Q, LANGUAGES, t)
        assert page["errors"] == python.errors, text
        if not python.errors:  # answers only count in a file without errors
            assert page["answers"] == python.answers, text
    assert any("twice" in error or "zweimal" in error for page in found for error in page["errors"])
