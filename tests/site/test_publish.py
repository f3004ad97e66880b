"""`epi build` (what scripts/site runs): all or nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import copy_fixture_site

EPI = str(Path(sys.executable).with_name("epi"))


def test_failed_build_leaves_the_previous_site(tmp_path):
    root = copy_fixture_site(tmp_path / "project").parent
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the published site")
    story = root / "content/news/2099-01-01-made-up-story-01/index.en.md"
    good = story.read_text()
    story.write_text(good.replace("date: 2099-01-01", "date: 2099-13-01"))
    failed = subprocess.run(
        [EPI, "build", "--project", str(root), "--site-dir", str(site)], capture_output=True, text=True
    )
    assert failed.returncode == 1 and "is unchanged" in failed.stderr
    assert [p.name for p in site.iterdir()] == ["index.html"] and (
        site / "index.html"
    ).read_text() == "the published site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "site"]  # no half-built folder left
    story.write_text(good)
    done = subprocess.run(
        [EPI, "build", "--project", str(root), "--site-dir", str(site)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "the published site" not in (site / "index.html").read_text()
    assert (site / "de" / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "site"]


def test_preview_of_one_language(tmp_path):
    import os

    from tests.conftest import REPO, mkdocs_build

    build = mkdocs_build(REPO / "mkdocs.yml", tmp_path / "site", env={**os.environ, "EPI_PREVIEW": "lv"})
    assert build.returncode == 0, build.output
    site = tmp_path / "site"
    assert (site / "lv" / "cities" / "riga" / "index.html").is_file() and (site / "index.html").is_file()
    assert not (site / "es").exists() and not (site / "de").exists()
    wrong = mkdocs_build(REPO / "mkdocs.yml", tmp_path / "other", env={**os.environ, "EPI_PREVIEW": "fr"})
    assert wrong.returncode != 0 and "EPI_PREVIEW='fr' is not a language of the site" in wrong.output


def test_a_build_without_its_public_address_says_so(tmp_path):
    import os

    from tests.conftest import REPO

    project = tmp_path / "project"
    project.mkdir()
    (project / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "EPI_SITE_URL"}
    required = subprocess.run(
        [EPI, "build", "--project", str(project), "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        env={**env, "EPI_REQUIRE_SITE_URL": "1"},
    )
    assert required.returncode == 1
    assert required.stderr.startswith("error: EPI_SITE_URL is not set: canonical links")
    assert not (tmp_path / "site").exists()
    from epi_portal.publish import site_url_problem

    assert site_url_problem(REPO, env) is not None
    assert site_url_problem(REPO, {**env, "EPI_SITE_URL": "https://portal.example.eu/"}) is None
