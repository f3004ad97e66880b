"""A site overrides one of our HTML fragments from its theme.custom_dir, as it overrides Material's."""

from __future__ import annotations

import zipfile

from tests.conftest import copy_fixture_site, mkdocs_build
from tests.site import html_pages as hp

OVERRIDE = (
    '<p class="my-download">\n  <a href="{{ href }}" download>{{ loc.t("toolkit.download") }}</a>\n</p>\n'
)


def test_custom_dir_overrides_a_fragment_in_every_language(tmp_path):
    config = copy_fixture_site(tmp_path / "src")
    text = config.read_text()
    config.write_text(
        text.replace("theme:\n  name: material\n", "theme:\n  name: material\n  custom_dir: overrides\n")
    )
    fragment = config.parent / "overrides" / "fragments" / "epi" / "toolkit" / "download.html"
    fragment.parent.mkdir(parents=True)
    fragment.write_text(OVERRIDE)
    document = config.parent / "overrides" / "documents" / "epi" / "toolkit" / "index.html"
    document.parent.mkdir(parents=True)
    document.write_text(
        '{% extends "documents/epi/toolkit/page.html" %}\n{% block body %}<p>Mine</p>{% endblock %}\n'
    )
    build = mkdocs_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    for url, label in (("toolkit/", "Download the toolkit"), ("de/toolkit/", "Toolkit")):
        page = hp.parse(tmp_path / "site" / url / "index.html")
        assert page.select_one(".epi-toolkit-download") is None, url
        link = page.select_one("p.my-download > a[download]")
        assert link["href"].endswith(".zip") and label in link.get_text(), url
    with zipfile.ZipFile(tmp_path / "site" / "downloads" / "toolkit-de.zip") as bundle:  # the ZIP's pages too
        contents = bundle.read("toolkit-de/index.html").decode()
        pages = [name for name in bundle.namelist() if name.endswith(".html")]
        chapter = bundle.read(next(name for name in pages if not name.endswith("/index.html"))).decode()
    assert '<div lang="de">\n<p>Mine</p>\n</div>' in contents and "<p>Mine</p>" not in chapter
