"""The self-assessment page in Chromium: the same scores as Python, keyboard use, file messages, axe."""

from __future__ import annotations

import random

import pytest

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.assessment import answers as answers_file
from epi_portal.assessment.questionnaire import load_questionnaire
from epi_portal.assessment.report import rounded
from epi_portal.assessment.scoring import score
from tests.browser.test_pages import check
from tests.browser.visit import open_page
from tests.conftest import FIXTURE_SITE, LANGUAGES, REPO

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)


def questionnaire(root):
    return load_questionnaire(
        root / "content/toolkit/self-assessment.yaml",
        schema_path=REPO / "schemas/questionnaire.schema.json",
        root=root,
    )


@pytest.mark.browser
@pytest.mark.parametrize(("site", "root"), [("fixture", FIXTURE_SITE), ("real", REPO)])
def test_python_and_javascript_agree(page, fixture_url, real_url, site, root):
    q = questionnaire(root)
    open_page(page, (fixture_url if site == "fixture" else real_url) + "self-assessment/")
    generator = random.Random(863614)
    for _ in range(150):
        answers = {}
        for question in q.questions:
            if generator.random() < 0.8:  # some left unanswered
                answers[question.id] = generator.choice(question.options).id
        expected = score(q, answers)
        found = page.evaluate("a => epiAssessment.score(a)", answers)
        assert found["overall"] == expected.overall
        assert found["unanswered"] == list(expected.unanswered)
        for area, result in expected.areas.items():
            assert found["areas"][area]["score"] == result.score, area
            assert found["areas"][area]["answered"] == result.answered
        if expected.overall is not None:
            assert page.evaluate("x => epiAssessment.rounded(x)", expected.overall) == rounded(
                expected.overall
            )


@pytest.mark.browser
def test_same_messages_for_a_bad_file(page, fixture_url):
    q = questionnaire(FIXTURE_SITE)
    text = "questionnaire: 3\nlanguage: en\nanswers:\n  commitment-1: maybe\n  nothing-1: yes\n"
    expected = answers_file.parse(text, "bad.yaml", q, "de", STRINGS.for_language("de")).errors
    open_page(page, fixture_url + "de/self-assessment/")
    assert page.evaluate("t => epiAssessment.parse(t, 'bad.yaml').errors", text) == expected
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "bad.yaml", "mimeType": "text/yaml", "buffer": text.encode()}]
    )
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert [item.strip() for item in alert.locator("li").all_inner_texts()] == expected


@pytest.mark.browser
def test_keyboard_only_fill_and_download(page, fixture_url, tmp_path):
    q = questionnaire(FIXTURE_SITE)
    open_page(page, fixture_url + "self-assessment/")
    page.evaluate("() => localStorage.clear()")
    page.reload()
    for _ in range(80):  # from the top of the page, Tab to the first question
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name") == "commitment-1":
            break
    else:
        pytest.fail("the first question cannot be reached with Tab")
    page.keyboard.press("Space")  # select its focused option: no
    page.keyboard.press("ArrowDown")  # no → partly: arrow keys move and select within a radio group
    page.keyboard.press("ArrowDown")  # → yes
    page.keyboard.press("Tab")  # to the next question's group
    page.keyboard.press("Space")  # select its first option: no
    assert page.locator('input[name="commitment-2"]:checked').get_attribute("value") == "no"
    for _ in range(200):  # on, with Tab, to the download button
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.dataset.action") == "download":
            break
    else:
        pytest.fail("the download button cannot be reached with Tab")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    saved = info.value.path().read_text()
    parsed = answers_file.parse(saved, "x.yaml", q, "en", STRINGS.for_language("en"))
    assert parsed.errors == [] and parsed.answers == {"commitment-1": "yes", "commitment-2": "no"}
    page.reload()  # kept in this browser only
    assert page.locator('input[name="commitment-1"]:checked').get_attribute("value") == "yes"
    page.get_by_role("button", name="Clear my saved answers").click()
    page.reload()
    assert page.locator("input:checked").count() == 0


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_page_is_accessible_with_results(page, real_url, lang):
    url = real_url + ("" if lang == "en" else f"{lang}/") + "self-assessment/"
    check(page, url)
    page.locator("form#epi-assessment input[type=radio]").first.check()
    page.locator("form#epi-assessment button[type=submit]").click()
    page.locator("#epi-assessment-results").wait_for()
    from tests.browser.visit import axe_violations

    assert axe_violations(page) == []
