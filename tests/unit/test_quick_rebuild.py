"""Which languages a preview rebuild needs, and the output folders kept aside meanwhile."""

from __future__ import annotations

import pytest

from epi_portal.content.quick_rebuild import Stash, touched_languages

LANGUAGES = ["en", "de", "lv"]
BEFORE = {"content/news/a/index.en.md": 1, "content/news/a/index.lv.md": 1, "docs/about.de.md": 1}


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ({**BEFORE, "content/news/a/index.lv.md": 2}, {"lv"}),
        ({**BEFORE, "content/news/a/index.lv.md": 2, "docs/about.de.md": 2}, {"lv", "de"}),
        ({**BEFORE, "docs/new.de.md": 1}, {"de"}),  # a new page
        ({**BEFORE, "content/cities/riga/city.yaml": 2}, None),  # data: every language
        ({**BEFORE, "content/news/a/photo.jpg": 1}, None),
        ({**BEFORE, "docs/about.fr.md": 1}, None),  # not a language of the site: let the build say so
        (BEFORE, None),  # nothing known to have changed: build everything
    ],
)
def test_touched_languages(after, expected):
    assert touched_languages(BEFORE, after, LANGUAGES) == expected


def test_stash_keeps_folders_aside_and_puts_them_back(tmp_path):
    site = tmp_path / "site"
    (site / "de").mkdir(parents=True)
    (site / "de" / "index.html").write_text("Deutsch")
    (site / "index.html").write_text("English")
    stash = Stash()
    stash.put(site, ["de", "lv"])  # lv was never built: nothing to keep
    assert not (site / "de").exists()
    stash.restore()
    assert (site / "de" / "index.html").read_text() == "Deutsch"
    stash.restore()  # twice is harmless
