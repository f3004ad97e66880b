"""English left in a translation (`epi check`'s warnings), sentence by sentence: every kind of
block of a Markdown text and the per-language texts of the data files, and what is rightly left as
it is (marked with its language, code, URLs, short names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from epi_portal.project.copies import english_copies
from epi_portal.project.load import load_project
from epi_portal.project.model import Layout
from tests.unit.fixture_project import LANGUAGES

STORY = "content/news/2099-01-03-made-up-story-03"
SENTENCE = "This sentence was written in English for the test."


def warnings(root: Path) -> list[str]:
    return [str(warning) for warning in english_copies(load_project(Layout.of(root), LANGUAGES))]


def append(path: Path, text: str) -> int:
    """Adds ``text`` after a blank line; the number of its first line."""
    old = path.read_text(encoding="utf-8")
    path.write_text(f"{old.rstrip()}\n\n{text}\n", encoding="utf-8")
    return len(old.rstrip().split("\n")) + 2


def test_the_fixture_has_no_english_left(root):
    assert warnings(root) == []


@pytest.mark.parametrize(
    ("english", "german", "line", "where"),
    [
        # a copied sentence after a German one, in the same paragraph
        (
            f"An English sentence first. {SENTENCE}",
            f"Ein deutscher Satz zuerst, ganz kurz.\n{SENTENCE}",
            1,
            "text",
        ),
        (f"| Name | {SENTENCE} |\n|---|---|", f"| Name | {SENTENCE} |\n|---|---|", 0, "table"),
        (f"Text.[^1]\n\n[^1]: {SENTENCE}", f"Text.[^1]\n\n[^1]: {SENTENCE}", 2, "footnote"),
        (f"- One.\n- {SENTENCE}", f"- Eins.\n- {SENTENCE}", 1, "list"),
        (f"## {SENTENCE}", f"## {SENTENCE}", 0, "heading"),
        (f'!!! note "A note"\n    {SENTENCE}', f'!!! note "Ein Hinweis"\n    {SENTENCE}', 1, "admonition"),
        (f'!!! note "{SENTENCE}"\n    Words.', f'!!! note "{SENTENCE}"\n    Wörter.', 0, "admonition"),
        (f"> {SENTENCE}", f"> {SENTENCE}", 0, "quote"),
        # the link's target and the footnote's marker are not part of the sentence
        (
            f"[{SENTENCE}](https://example.test/en/)[^1]",
            f"[{SENTENCE}](https://example.test/de/)[^1]",
            0,
            "text",
        ),
    ],
)
def test_a_copied_sentence_is_a_warning_at_its_line(root, english, german, line, where):
    append(root / STORY / "index.en.md", english)
    first = append(root / STORY / "index.de.md", german)
    assert warnings(root) == [
        f"{STORY}/index.de.md:{first + line}: {where}: warning: “This sentence was written in English …”"
        f" is the same as in {STORY}/index.en.md; translate it, or if it is a title, a name or a"
        ' quotation that stays as it is, mark its language: <span lang="en">…</span>'
    ]


@pytest.mark.parametrize(
    ("english", "german"),
    [
        (SENTENCE, f'Im Original: <span lang="en">{SENTENCE}</span>'),
        (SENTENCE, f'<span lang="en">{SENTENCE}</span>'),
        ("Il titolo del libro è molto bello.", '<span lang="it">Il titolo del libro è molto bello.</span>'),
        (SENTENCE, f'<div lang="en" markdown>\n<div>\nDrinnen.\n</div>\n\n{SENTENCE}\n\n</div>'),
        (SENTENCE, f"{SENTENCE}\n{{: lang=en}}"),
        (f"## {SENTENCE}", f"## {SENTENCE} {{lang=en}}"),
        (SENTENCE, f"Er schrieb: *{SENTENCE}*{{lang=en}}"),
        (f"`{SENTENCE}`", f"`{SENTENCE}`"),
        (f"```\n{SENTENCE}\n```", f"```\n{SENTENCE}\n```"),
        (f"    ```text\n    {SENTENCE}\n    ```", f"    ```text\n    {SENTENCE}\n    ```"),
        (
            "https://example.test/this-path/has/many/english/words",
            "https://example.test/this-path/has/many/english/words",
        ),
        (
            "[example.test/this/has/many/english/words](https://example.test/a)",
            "[example.test/this/has/many/english/words](https://example.test/b)",
        ),
        (
            "<https://example.test/this/has/many/english/words>",
            "<https://example.test/this/has/many/english/words>",
        ),
        ("Exampleton Test Office report.", "Exampleton Test Office report."),  # four words: a name
        ("| Exampleton City Council |", "| Exampleton City Council |"),
    ],
)
def test_what_is_rightly_left_as_it_is_is_not_a_warning(root, english, german):
    append(root / STORY / "index.en.md", english)
    append(root / STORY / "index.de.md", german)
    assert warnings(root) == []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_data_file_text_the_same_as_its_english_is_a_warning(root):
    downloads = "content/downloads/downloads.yaml"
    edit(
        root / downloads,
        "    description: {en: Local file for tests.}",
        f"    description:\n      en: A file. {SENTENCE}\n      de: Eine Datei. {SENTENCE}",
    )
    city = "content/cities/exampleton/city.yaml"
    edit(
        root / city,
        "  - {title: Made-up source, url: https://example.test/exampleton}",
        f"  - title:\n      en: {SENTENCE}\n      de: >-\n        {SENTENCE}\n    url: https://example.test/e",
    )
    assert warnings(root) == [
        f"{city}:16: sources[0].title.de: warning: “This sentence was written in English …” is the same"
        " as the en text (line 14); translate it, or if it stays as it is, delete this line (the page"
        " then shows the en text)",
        f"{downloads}:12: downloads[0].description.de: warning: “This sentence was written in English …”"
        " is the same as the en text (line 11); translate it, or if it stays as it is, delete this line"
        " (the page then shows the en text)",
    ]
