"""`mkdocs serve` with a content error: the pages answer at once, list the problem, and recover.

MkDocs' live-reload server holds every request after a failed rebuild until one succeeds (the
browser spins); epi-content keeps the last good content in the preview and lists the problems
at the top of every page instead (plugins/content/preview.py).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import _free_port, copy_fixture_site

STORY = Path("content/news/2099-01-01-made-up-story-01/index.en.md")
STORY_PAGE = "news/2099-01-01-made-up-story-01/"
START_TIMEOUT = 120  # seconds: the first build of the fixture site, on a busy machine
REBUILD_TIMEOUT = 60


def _get(url: str, timeout: float = 10) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - 127.0.0.1 only
        return response.read().decode("utf-8")


def _wait_for(condition, timeout: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass  # not listening yet, or a request timed out
        time.sleep(0.3)
    pytest.fail(f"{what} within {timeout} s; mkdocs serve said:\n{log.read_text(errors='replace')[-4000:]}")


@pytest.fixture
def served(tmp_path):
    """The fixture site under `mkdocs serve` on a free port: (base URL, site folder, log)."""
    config = copy_fixture_site(tmp_path / "site")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
            cwd=config.parent,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(lambda: "Made-up story 01" in _get(url + STORY_PAGE), START_TIMEOUT, "no preview", log)
        yield url, config.parent, log
    finally:
        proc.send_signal(signal.SIGINT)  # what Ctrl+C does: mkdocs serve removes its temporary site
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_a_content_error_is_shown_on_every_page_and_goes_away_when_fixed(served, page):
    url, folder, log = served
    story = folder / STORY
    good = story.read_text(encoding="utf-8")
    assert "date: 2099-01-01" in good
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))

    story.write_text(good.replace("date: 2099-01-01", "date: 42"), encoding="utf-8")
    problem = f"{STORY.as_posix()}:3: date: expected a string, got 42"
    _wait_for(lambda: problem in _get(url + STORY_PAGE), REBUILD_TIMEOUT, "no problem listed", log)

    # another page, in the other language: it answers at once, the last good content still there
    started = time.monotonic()
    page.goto(url + "de/about/", timeout=10_000)
    assert time.monotonic() - started < 10
    banner = page.locator(".epi-preview-problems")
    assert banner.get_attribute("role") == "alert"
    assert problem in banner.inner_text()
    assert any(problem in message for message in messages)
    page.goto(url + STORY_PAGE, timeout=10_000)
    assert "Story number 01" in page.locator("article").inner_text()  # the last good story

    # fixed: the page reloads by itself (live reload) without the problems
    story.write_text(good, encoding="utf-8")
    page.locator(".epi-preview-problems").wait_for(state="detached", timeout=REBUILD_TIMEOUT * 1000)
    assert "Story number 01" in page.locator("article").inner_text()
    assert "content error" in log.read_text()  # the terminal said it too


def test_a_broken_link_does_not_stop_the_preview(served, page):
    """MkDocs' own warnings (here a link to no page) would stop a strict rebuild: listed too."""
    url, folder, log = served
    about = folder / "docs" / "about.en.md"
    good = about.read_text(encoding="utf-8")
    about.write_text(good + "\nSee [the partners](partner.md).\n", encoding="utf-8")
    _wait_for(lambda: "partner.md" in _get(url + "about/"), REBUILD_TIMEOUT, "no problem listed", log)
    page.goto(url + "about/", timeout=10_000)
    text = page.locator(".epi-preview-problems").inner_text()
    assert "docs/about.en.md:" in text and "link: 'partner.md' leads to no page" in text
    about.write_text(good, encoding="utf-8")
    page.locator(".epi-preview-problems").wait_for(state="detached", timeout=REBUILD_TIMEOUT * 1000)


def test_an_edit_in_one_language_rebuilds_it_and_keeps_the_others(served):
    """Only the default language and the edited page's language are rebuilt; the other languages'
    pages of the last build are still served (plugins/content/quick_rebuild.py)."""
    url, folder, log = served
    german_story = folder / "content/news/2099-01-03-made-up-story-03/index.de.md"
    german_url = url + "de/news/2099-01-03-made-up-story-03/"
    assert "Erfundene Meldung 03" in _get(german_url)
    story = folder / STORY
    story.write_text(
        story.read_text(encoding="utf-8").replace("Made-up story 01", "Edited story 01"), "utf-8"
    )
    _wait_for(lambda: "Edited story 01" in _get(url + STORY_PAGE), REBUILD_TIMEOUT, "no English rebuild", log)
    assert "Erfundene Meldung 03" in _get(german_url)  # kept from the last build, not lost
    german_story.write_text(
        german_story.read_text(encoding="utf-8").replace("Erfundene Meldung 03", "Geänderte Meldung 03"),
        "utf-8",
    )
    _wait_for(lambda: "Geänderte Meldung 03" in _get(german_url), REBUILD_TIMEOUT, "no German rebuild", log)
