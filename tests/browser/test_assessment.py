"""The self-assessment page in Chromium: the same scores as Python, keyboard use, file messages, axe."""

from __future__ import annotations

import json
import random
import subprocess

import pytest

from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.assessment import answers as answers_file
from epi_portal.assessment.questionnaire import load_questionnaire
from epi_portal.assessment.report import rounded
from epi_portal.assessment.scoring import score
from tests.browser.test_pages import check
from tests.browser.visit import axe_violations, open_page
from tests.conftest import FIXTURE_LANGUAGES, FIXTURE_SITE, LANGUAGES, REPO

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
    text = (
        "questionnaire: 3\nlanguage: fr\nanswers:\n  commitment-1: maybe\n  nothing-1: yes\n"
        "  commitment-1: yes\n"  # written twice: an error naming both lines, the first answer stands
    )
    expected = answers_file.parse(text, "bad.yaml", q, FIXTURE_LANGUAGES, STRINGS.for_language("de")).errors
    assert len(expected) == 5 and "zweimal" in expected[0]
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
    parsed = answers_file.parse(saved, "x.yaml", q, FIXTURE_LANGUAGES, STRINGS.for_language("en"))
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


SHOTS = REPO / "tests" / ".screenshots"  # not committed (.gitignore): look at them after a run


def fill_some(page):
    """An answer in every question, varied: areas above and below 50."""
    page.evaluate(
        """() => document.querySelectorAll('#epi-assessment fieldset').forEach((f, i) => {
            const options = f.querySelectorAll('input');
            options[i % options.length].checked = true;
        })"""
    )


def url_of(base, lang):
    return base + ("" if lang == "en" else f"{lang}/") + "self-assessment/"


@pytest.mark.browser
def test_keyboard_only_completion_step_by_step(page, fixture_url):
    """Tab, Space, arrow keys and Enter alone: one area per step, the progress announced, focus on
    the step's heading, the results at the end."""
    q = questionnaire(FIXTURE_SITE)
    areas = list(dict.fromkeys(question.area for question in q.questions))
    open_page(page, url_of(fixture_url, "de"))
    page.evaluate("() => localStorage.clear()")
    page.reload()
    status = page.locator("#epi-step-status")
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == f"Bereich 1 von {len(areas)}"
    assert page.locator(".epi-q-area:visible").count() == 1
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.type") == "radio":
            break
    chosen = {}
    for number, area in enumerate(areas, 1):
        assert page.evaluate("() => document.activeElement.type") == "radio"
        page.keyboard.press("Space")
        page.keyboard.press("ArrowDown")  # the next option of the same question
        name = page.evaluate("() => document.activeElement.name")
        chosen[name] = page.evaluate("() => document.activeElement.value")
        assert name.startswith(area)
        last = number == len(areas)
        target = "submit" if last else "next"
        for _ in range(20):
            page.keyboard.press("Tab")
            if (
                page.evaluate("() => document.activeElement.dataset.action || document.activeElement.type")
                == target
            ):
                break
        else:
            pytest.fail(f"no way on from step {number} with Tab")
        page.keyboard.press("Enter")
        if last:
            break
        heading = page.evaluate("() => document.activeElement.id")
        assert heading == f"area-{areas[number]}"  # focus on the new step's heading
        assert status.inner_text() == f"Bereich {number + 1} von {len(areas)}"
        assert page.locator(".epi-q-area:visible").count() == 1
        page.keyboard.press("Tab")  # the first option of the step's first question
    assert page.evaluate("() => document.activeElement.id") == "epi-results-title"
    assert page.locator("#epi-assessment-results").is_visible()
    expected = score(q, chosen)
    overall = f"{rounded(expected.overall)}/100"
    assert overall in page.locator(".epi-assessment__overall").inner_text()
    # and back: Shift+Tab to the form's buttons is not needed; Previous goes back one step
    page.locator('[data-action="previous"]').focus()
    page.keyboard.press("Enter")
    assert status.inner_text() == f"Bereich {len(areas) - 1} von {len(areas)}"


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_steps_and_results_are_accessible(browser, real_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        visit = open_page(page, url_of(real_url, "en"))
        assert axe_violations(page) == []
        page.locator('[data-action="next"]').click()
        assert axe_violations(page) == []
        fill_some(page)
        page.locator("form#epi-assessment button[type=submit]").click()
        assert axe_violations(page) == []
        assert visit.foreign_requests() == [] and visit.failures == []
    finally:
        context.close()


@pytest.mark.browser
def test_results_markup_is_valid(page, real_url, tmp_path):
    """The results the script writes, checked by the Nu Html Checker like the built pages."""
    from tests.site.test_markup_validity import VNU

    open_page(page, url_of(real_url, "de"))
    fill_some(page)
    page.locator("form#epi-assessment button[type=submit]").click()
    saved = tmp_path / "results.html"
    saved.write_text(
        "<!DOCTYPE html>\n" + page.evaluate("document.documentElement.outerHTML"), encoding="utf-8"
    )
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(saved)],
        capture_output=True,
        text=True,
    )
    messages = json.loads(proc.stderr)["messages"]
    assert [f"{m.get('lastLine')}: {m.get('message')}" for m in messages] == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "de", "lv"])
def test_results_screenshots_fit(browser, real_url, lang):
    """Phone and desktop: the results with no horizontal scrolling; the EPI cities without a
    published score named in text, never drawn as a bar; every weak area with a toolkit link."""
    SHOTS.mkdir(exist_ok=True)
    for width in (390, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        try:
            visit = open_page(page, url_of(real_url, lang))
            fill_some(page)
            page.locator("form#epi-assessment button[type=submit]").click()
            page.screenshot(path=str(SHOTS / f"assessment-results-{lang}-{width}.png"), full_page=True)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            assert visit.foreign_requests() == []
            comparison = page.locator("table.epi-chart").nth(2)
            rows = comparison.locator("tbody tr")
            assert rows.count() == 1 + page.evaluate(
                "JSON.parse(document.getElementById('epi-assessment-data').textContent)"
                ".cities.filter(c => c.overall !== null).length"
            )
            assert rows.locator(".epi-bar").count() == rows.count()
            assert page.locator(".epi-assessment__unpublished a").count() == 5
            weak = page.locator(".epi-assessment__weak li")
            assert weak.count() >= 1 and weak.locator("a").count() == weak.count()
            assert all(
                "/toolkit/" in (a or "") for a in weak.locator("a").evaluate_all("l => l.map(a => a.href)")
            )
        finally:
            context.close()


@pytest.mark.browser
def test_print_shows_every_area_and_the_summary_alone(page, fixture_url):
    open_page(page, url_of(fixture_url, "en"))
    page.emulate_media(media="print")
    assert page.locator(".epi-q-area:visible").count() == 12
    assert not page.locator('[data-action="next"]').is_visible()
    page.emulate_media(media="screen")
    fill_some(page)
    page.locator("form#epi-assessment button[type=submit]").click()
    page.evaluate("() => document.documentElement.classList.add('epi-print-results')")
    page.emulate_media(media="print")
    assert not page.locator("form#epi-assessment").is_visible()
    assert page.locator("#epi-assessment-results table.epi-chart").first.is_visible()


@pytest.mark.browser
def test_without_script_every_question_is_there(browser, fixture_url):
    q = questionnaire(FIXTURE_SITE)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(url_of(fixture_url, "en"))
        assert page.locator("fieldset.epi-q:visible").count() == len(q.questions)
        assert not page.locator("button[type=submit]").is_visible()  # nothing that needs the script
        assert page.locator("a[download]").is_visible()  # the blank answers file
    finally:
        context.close()


@pytest.mark.browser
def test_csv_like_python(page, fixture_url):
    q = questionnaire(FIXTURE_SITE)
    open_page(page, url_of(fixture_url, "de"))
    chosen = {"commitment-1": "yes", "media-2": "no"}
    assert page.evaluate("a => epiAssessment.dumpCsv(a)", chosen) == answers_file.dump_csv(q, "de", chosen)
    bad = (
        "question;area;answer\nquestionnaire;;3\nlanguage;;fr\ncommitment-1;media;maybe\nnothing-1;;yes\n"
        "nothing-1;;no\n"
    )
    expected = answers_file.read(bad, "bad.csv", q, FIXTURE_LANGUAGES, STRINGS.for_language("de")).errors
    assert len(expected) == 6
    assert page.evaluate("t => epiAssessment.read(t, 'bad.csv').errors", bad) == expected
    for text in ("id,answer\n", "question,area,answer\nx,y\n", ""):
        python = answers_file.read(text, "x.csv", q, FIXTURE_LANGUAGES, STRINGS.for_language("de")).errors
        assert page.evaluate("t => epiAssessment.read(t, 'x.csv').errors", text) == python
    good = answers_file.dump_csv(q, "en", chosen)  # an English file on the German page: the same ids
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "mine.csv", "mimeType": "text/csv", "buffer": good.encode()}]
    )
    page.locator("#epi-assessment-results").wait_for()
    assert page.locator('input[name="commitment-1"]:checked').get_attribute("value") == "yes"
    with page.expect_download() as info:
        page.locator('[data-action="download-csv"]').click()
    assert info.value.suggested_filename == "epi-self-assessment-de.csv"
    assert (
        answers_file.read(
            info.value.path().read_text(), "x.csv", q, FIXTURE_LANGUAGES, STRINGS.for_language("de")
        ).answers
        == chosen
    )
