"""The languages after the default one built by worker processes (EPI_JOBS): the same site, byte
for byte, as the build one language after the other; a failure in one language fails the build."""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.conftest import LANGUAGES, REPO, copy_fixture_site, mkdocs_build


def files_of(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()  # every file, the search bundles too
    }


def test_parallel_build_is_byte_identical_to_the_sequential_one(real_site, tmp_path):
    assert "EPI_JOBS" not in os.environ or os.environ["EPI_JOBS"] == "1"  # real_site is sequential
    parallel = mkdocs_build(REPO / "mkdocs.yml", tmp_path / "site", env={**os.environ, "EPI_JOBS": "2"})
    assert parallel.returncode == 0, parallel.output
    sequential_files, parallel_files = files_of(real_site.site), files_of(parallel.site)
    assert sorted(parallel_files) == sorted(sequential_files)
    different = [path for path in sequential_files if sequential_files[path] != parallel_files[path]]
    assert different == []
    # every language was built by a worker and is in the site, with its own 404 page and sitemap
    for lang in LANGUAGES[1:]:
        assert f'lang="{lang}"' in parallel_files[f"{lang}/404.html"].decode()
        assert f"{lang}/sitemap.xml" in parallel_files
        assert (parallel.site / lang / "pagefind" / "pagefind-entry.json").is_file()
    assert not list(tmp_path.glob(".site.languages-*")), "the workers' folders are removed"


HOOK = """
import logging

log = logging.getLogger("mkdocs.hooks.test")


def on_page_markdown(markdown, page, config, files):
    if getattr(page.file, "locale", None) == "de":
        log.warning("made-up warning in a German page only")
    return markdown
"""


def test_a_warning_in_one_language_fails_the_parallel_build_and_names_it(tmp_path):
    config = copy_fixture_site(tmp_path / "project")
    (config.parent / "german_warning.py").write_text(HOOK, encoding="utf-8")
    text = config.read_text(encoding="utf-8")
    text = text.replace("  - epi-content\n", "  - epi-content:\n      jobs: 2\n")
    config.write_text(text + "hooks:\n  - german_warning.py\n", encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "made-up warning in a German page only" in build.output
    assert re.search(r"language 'de': Aborted with \d+ warnings in strict mode!", build.output)
    assert "Traceback" not in build.output
    assert not list(tmp_path.glob(".site.languages-*")), "the workers' folders are removed"
