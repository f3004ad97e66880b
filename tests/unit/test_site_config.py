"""What the commands read of mkdocs.yml is what the build reads: the languages (those with
``build: false`` too), ``docs_dir`` and epi-content's ``strings`` folder, resolved alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from epi_portal._shared import i18n
from epi_portal.project.languages import site_config
from epi_portal.project.model import Layout


def build_side(root: Path) -> tuple[Layout, list[str], list[str]]:
    """The layout and languages as the build takes them (``_shared/site.load``), and the
    languages static-i18n builds."""
    config = load_config(str(root / "mkdocs.yml"))
    option = config.plugins["epi-content"].config.strings
    layout = Layout.of(root, docs=Path(config.docs_dir), strings=Path(option) if option else None)
    return layout, i18n.configured_languages(config), config.plugins["i18n"].build_languages


def write(root: Path, old: str, new: str) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert old in text, old
    config.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        None,
        (
            "        - locale: de\n",
            "        - locale: de\n          build: false\n",
        ),  # a language not built yet
        (  # the switcher's link to elsewhere: no language
            "        - locale: de\n",
            '        - locale: "null"\n          name: Help\n          fixed_link: https://example.test/\n'
            "        - locale: de\n",
        ),
        ("docs_dir: docs", "docs_dir: pages"),
        ("  - epi-content\n", "  - epi-content:\n      strings: strings\n"),
    ],
)
def test_the_commands_read_the_site_as_the_build_does(root, change):
    (root / "strings").mkdir()
    if change and change[1] == "docs_dir: pages":
        (root / "docs").rename(root / "pages")
    if change:
        write(root, *change)
    layout, languages, built = build_side(root)
    found = site_config(root)
    assert (found.layout, found.languages, found.built) == (layout, languages, built)
    if change and "build: false" in change[1]:
        assert languages == ["en", "de"]  # checked, though not built: its files are de's still
        assert found.built == ["en"]  # what is served (epi nginx)


def test_env_tags_read_as_mkdocs_reads_them(root, monkeypatch):
    write(root, "docs_dir: docs", "docs_dir: !ENV [EPI_TEST_DOCS, docs]")
    (root / "docs").rename(root / "pages")
    monkeypatch.setenv("EPI_TEST_DOCS", "pages")
    assert site_config(root).layout == build_side(root)[0]
    assert site_config(root).layout.docs == root / "pages"
