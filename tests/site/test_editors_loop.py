"""The editors' loop: placeholders of `epi new` stop publication until replaced, `epi publish`
removes `draft: true` from a clean story only, `epi new translation` starts a translation from
the original (whatever its language), marked until translated."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import FIXTURE_SITE, copy_fixture_site

EPI = str(Path(sys.executable).with_name("epi"))
STORY = "content/news/2099-06-01-open-day"


def epi(root: Path, *args: str) -> subprocess.CompletedProcess:
    command = [EPI, args[0], "--project", str(root), *args[1:]]
    return subprocess.run(command, capture_output=True, text=True, cwd=root)


def fill_in(path: Path, **texts: str) -> None:
    """Replace the placeholders of a scaffolded story with real texts."""
    text = path.read_text(encoding="utf-8")
    text = text.replace('"Replace with the headline"', texts.get("title", "Open day in Exampleton"))
    text = text.replace('"Replace with one or two sentences for lists and feeds."', "Doors open to all.")
    text = text.replace('["Replace with topic ids"]', "[events]")
    text = text.replace('"Replace with what the source is"', "The city's announcement")
    text = text.replace("url: null", "url: https://example.org/open-day")
    text = text.replace("Replace with the story.", "The town hall opened its doors.")
    path.write_text(text, encoding="utf-8")


def test_a_scaffolded_story_is_not_published_until_its_placeholders_are_replaced(tmp_path):
    root = copy_fixture_site(tmp_path / "site").parent
    assert epi(root, "new", "news", "2099-06-01", "open-day").returncode == 0
    english = root / STORY / "index.en.md"
    # without `draft: true`, the scaffold as it is: every placeholder an error, with file:line: field
    english.write_text(english.read_text().replace("draft: true\n", ""))
    found = epi(root, "check")
    assert found.returncode == 1
    for where in ("title", "summary", "topics[0]", "sources[0].title", "text"):
        assert re.search(rf"^{STORY}/index.en.md:\d+: {re.escape(where)}: placeholder ", found.stdout, re.M)
    english.write_text(english.read_text().replace("\n---\n", "\ndraft: true\n---\n", 1))

    refused = epi(root, "publish", STORY)
    assert refused.returncode == 1
    assert f"{STORY}/index.en.md" in refused.stdout and "still a draft" in refused.stdout
    assert "draft: true" in english.read_text()

    fill_in(english)
    # a German translation started from the original: the same shared fields, marked until translated
    assert epi(root, "new", "translation", STORY, "--lang", "de").returncode == 0
    german = root / STORY / "index.de.md"
    assert "draft: true" in german.read_text()
    refused = epi(root, "publish", "2099-06-01-open-day")
    assert refused.returncode == 1
    assert f"{STORY}/index.de.md:2: translate: to translate from {STORY}/index.en.md" in refused.stdout
    german.write_text(
        re.sub(r"translate: .*\n", "", german.read_text())
        .replace("Open day in Exampleton", "Tag der offenen Tür")
        .replace("Doors open to all.", "Offene Türen für alle.")
        .replace("The town hall opened its doors. Link every figure and date to its source.", "Das Rathaus.")
    )

    done = epi(root, "publish", f"{STORY}/index.de.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert not re.search("^draft:", english.read_text() + german.read_text(), re.M)
    assert epi(root, "check").stdout.strip() == "no problems"
    assert "not a draft" in epi(root, "publish", STORY).stdout
    assert epi(root, "publish", "content/news/no-such-story").returncode == 2


def test_a_translation_of_a_latvian_story(tmp_path):
    config = copy_fixture_site(tmp_path / "site")
    root = config.parent
    config.write_text(
        config.read_text().replace(
            "        - locale: de\n", "        - locale: lv\n          name: Latviešu\n        - locale: de\n"
        )
    )
    story = root / "content/news/2099-05-01-tikai-latviski"
    story.mkdir()
    original = (
        "---\ntitle: Tikai latviski\ndate: 2099-05-01\nsummary: Izdomāta ziņa tikai latviešu valodā.\n"
        "cities: [mockford, exampleton]\ntopics: [conference]\n---\nIzdomāts teksts.\n"
    )
    (story / "index.lv.md").write_text(original)
    assert epi(root, "check").stdout.strip() == "no problems"

    made = epi(root, "new", "translation", "2099-05-01-tikai-latviski", "--lang", "de")
    assert made.returncode == 0, made.stderr
    german = story / "index.de.md"
    text = german.read_text()
    assert text.startswith("---\ntranslate: content/news/2099-05-01-tikai-latviski/index.lv.md")
    assert text.replace(text.splitlines(keepends=True)[1], "") == original  # the shared fields and text

    found = epi(root, "check")
    assert found.returncode == 1
    assert found.stdout.splitlines() == [
        "content/news/2099-05-01-tikai-latviski/index.de.md:2: translate: to translate from "
        "content/news/2099-05-01-tikai-latviski/index.lv.md: translate the texts of this file, "
        "then remove this line",
        "1 problem",
    ]
    german.write_text(re.sub(r"translate: .*\n", "", text).replace("Tikai latviski", "Nur auf Lettisch"))
    assert epi(root, "check").stdout.strip() == "no problems"
    again = epi(root, "new", "translation", "content/news/2099-05-01-tikai-latviski", "--lang", "de")
    assert again.returncode == 1 and "exists already" in again.stderr


def test_translations_of_pages_cities_and_chapters(tmp_path):
    root = copy_fixture_site(tmp_path / "site").parent
    for target, made in (
        ("about", "docs/about.de.md"),
        ("docs/about.en.md", None),  # exists now
        ("content/cities/mockford", "content/cities/mockford/index.de.md"),
        ("second-step", "content/toolkit/chapters/second-step.de.md"),
        ("notes", "docs/notes.en.md"),  # the original is German
    ):
        done = epi(root, "new", "translation", target, "--lang", "de" if target != "notes" else "en")
        if made is None:
            assert done.returncode == 1 and "exists already" in done.stderr
            continue
        assert done.returncode == 0 and done.stdout.splitlines()[0] == made, done.stdout + done.stderr
        assert (root / made).read_text().startswith("---\ntranslate: ")
    found = epi(root, "check").stdout
    assert found.count(": translate: to translate from ") == 4, found
    unknown = epi(root, "new", "translation", "nowhere", "--lang", "de")
    assert unknown.returncode == 1 and "no page" in unknown.stderr


def test_the_translation_page_is_in_the_preview_only(tmp_path, fixture_site):
    """`mkdocs serve` shows /translations/ (the to-do list, outside the sitemaps); a build never has it."""
    assert not (fixture_site.site / "translations").exists()
    assert "translations" not in (fixture_site.site / "sitemap.xml").read_text(encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=FIXTURE_SITE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        page = sitemap = None
        deadline = time.monotonic() + 180
        while page is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/translations/", timeout=5) as answer:
                    page = answer.read().decode("utf-8")
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sitemap.xml", timeout=5) as answer:
                    sitemap = answer.read().decode("utf-8")
            except OSError:
                time.sleep(1)
        assert page is not None, server.stderr.read() if server.poll() is not None else "no answer"
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Translation status" in page and "docs/about.de.md" in page  # the file to create
    assert "epi new translation docs/about.en.md --lang de" in page
    assert sitemap is not None and "/translations/" not in sitemap
