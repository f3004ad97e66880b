"""The preview's problem banner (plugins/content/preview.py) and the last good project it keeps."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

from epi_portal._shared import site
from epi_portal._shared.errors import ContentError, ContentErrors
from epi_portal.content import preview
from tests.conftest import copy_fixture_site


def test_the_banner_escapes_every_problem_in_the_page_and_the_console():
    block = preview.banner(["docs/a.md:3: title: expected a string, got '</script><b>x'"])
    assert "<b>x" not in block and "&lt;/script&gt;&lt;b&gt;x" in block
    script = block[block.index("<script>") + len("<script>") : block.rindex("</script>")]
    assert "<" not in script and "console.error(" in script
    assert "Preview: 1 problem." in block and 'role="alert"' in block


def test_the_banner_goes_right_after_the_body_tag():
    page = '<html><head><title>t</title></head><body dir="ltr" class="x"><main>m</main></body></html>'
    assert preview.inject(page, "<p>B</p>") == (
        '<html><head><title>t</title></head><body dir="ltr" class="x"><p>B</p><main>m</main></body></html>'
    )
    assert preview.inject("<p>no body</p>", "<p>B</p>") == "<p>B</p><p>no body</p>"


def test_mark_pages_writes_every_html_page(tmp_path):
    (tmp_path / "de").mkdir()
    for name in ("index.html", "de/index.html", "404.html"):
        (tmp_path / name).write_text("<body><p>page</p></body>", encoding="utf-8")
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")
    assert preview.mark_pages(tmp_path, ["a.md:1: x: y"]) == 3
    assert "a.md:1: x: y" in (tmp_path / "de" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "data.json").read_text(encoding="utf-8") == "{}"


def test_problems_collect_warnings_once_but_not_our_own_and_clear():
    problems = preview.Problems()
    logger = logging.getLogger("mkdocs.test-preview")
    problems.attach()
    try:
        logger.warning("Doc file 'a.md' contains a link 'b.md', but the target is not found")
        logger.warning("Doc file 'a.md' contains a link 'b.md', but the target is not found")
        logger.info("just information")
        logger.warning("already listed", extra={preview.MARK: True})
    finally:
        problems.detach()
    errors = ContentErrors([ContentError("docs/a.md", 3, "title", "expected a string, got 42")])
    assert problems.set_content(errors) is True
    assert problems.set_content(errors) is False  # the same rebuild (another language): logged once
    assert problems.all() == [
        "docs/a.md:3: title: expected a string, got 42",
        "warning: Doc file 'a.md' contains a link 'b.md', but the target is not found",
    ]
    problems.clear()
    assert problems.all() == []


def test_relax_strict_stops_the_strict_counter_of_the_build_under_way():
    counter = CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counter)
    try:
        preview.relax_strict()
        logging.getLogger("mkdocs.test-preview").warning("would stop a strict build")
    finally:
        logger.removeHandler(counter)
    assert counter.get_counts() == []


def _config(mkdocs_yml):
    """What site.load reads of MkDocs' config."""
    return SimpleNamespace(config_file_path=str(mkdocs_yml), docs_dir=str(mkdocs_yml.parent / "docs"))


def test_the_preview_keeps_the_last_good_project_and_a_build_stops(tmp_path, monkeypatch):
    mkdocs_yml = copy_fixture_site(tmp_path / "site")
    monkeypatch.setattr(site.i18n, "configured_languages", lambda config: ["en", "de"])
    config = _config(mkdocs_yml)
    about = mkdocs_yml.parent / "docs" / "about.en.md"
    good = about.read_text(encoding="utf-8")
    about.write_text(good.replace("title:", "title: [", 1), encoding="utf-8")
    with pytest.raises(PluginError):  # nothing good loaded yet: the preview cannot start either
        site.load(config, drafts=True, keep_last_good=True)

    about.write_text(good, encoding="utf-8")
    assert site.load(config, drafts=True, keep_last_good=True) is None
    kept = site.project(config)
    about.write_text(good.replace("title:", "title: [", 1), encoding="utf-8")
    errors = site.load(config, drafts=True, keep_last_good=True)
    assert errors is not None and any(e.path == "docs/about.en.md" for e in errors.errors)
    assert site.project(config) is kept
    with pytest.raises(PluginError, match="docs/about.en.md"):  # `mkdocs build`: it stops
        site.load(config, drafts=False)
