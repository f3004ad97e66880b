"""The plugins' order in mkdocs.yml does not matter: they read one loaded project, and the
downloads catalogue comes from it, not from which plugin ran first. A missing plugin that
another needs stops the build with the mkdocs.yml fix."""

from __future__ import annotations

from tests.conftest import copy_fixture_site, mkdocs_build
from tests.site import html_pages as hp

OURS = [
    "  - epi-content\n",
    "  - epi-i18n\n",
    "  - epi-theme\n",
    "  - epi-cities\n",
    "  - epi-news\n",
    "  - epi-assessment\n",
    "  - epi-toolkit\n",
    "  - epi-downloads\n",
    "  - epi-search\n",
]


def _downloads(site, prefix=""):
    soup = hp.parse(site / prefix / "downloads" / "index.html")
    return [
        (a["id"], [link["href"] for link in a.select("a[download]")])
        for a in soup.select("article.epi-download")
    ]


def test_reversed_order_builds_the_same_downloads_and_city_pages(tmp_path, fixture_site):
    config = copy_fixture_site(tmp_path / "src")
    text = config.read_text(encoding="utf-8")
    for line in OURS:
        assert line in text, line
        text = text.replace(line, "")
    text = text.replace("plugins:\n", "plugins:\n" + "".join(reversed(OURS)))  # epi-search first
    config.write_text(text, encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    for prefix in ("", "de"):
        found = _downloads(build.site, prefix)
        assert found == _downloads(fixture_site.site, prefix)
        ids = [entry for entry, _ in found]
        assert {"epi-replication-toolkit", "epi-self-assessment-template", "epi-data-cities-json"} <= set(ids)
    city = hp.parse(build.site / "cities/exampleton/index.html")
    assert city.select_one("#made-up-report") is not None  # the downloads section of a city page
    assert (build.site / "downloads/toolkit-de.zip").is_file() and (build.site / "data/cities.csv").is_file()


def test_without_epi_content_the_build_names_the_fix(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    config.write_text(config.read_text(encoding="utf-8").replace("  - epi-content\n", ""), encoding="utf-8")
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "needs the plugin epi-content: add '- epi-content' to plugins in mkdocs.yml" in build.output, (
        build.output
    )
    assert "Traceback" not in build.output
