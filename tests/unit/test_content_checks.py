import pytest

from epi_portal._shared import front_matter
from epi_portal.content import suffixes
from tests.conftest import LANGUAGES, REPO

SCHEMA = str(REPO / "schemas" / "page-front-matter.schema.json")


def errors(text):
    return [str(e) for e in front_matter.check(text, "docs/x.en.md", SCHEMA)]


def test_good_front_matter():
    assert errors("---\ntitle: Hello\ndescription: A page.\n---\n# Hello\n") == []
    assert errors("# No front matter\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "---\ntitle: [unclosed\n---\n",
            "docs/x.en.md:2: front matter: invalid YAML: this list is never closed",
        ),
        (
            "---\ntitle: Hi\n",
            "docs/x.en.md:1: front matter: the '---' on line 1 opens front matter that is never closed",
        ),
        ("---\ndescription: No title\n---\n", "docs/x.en.md:2: required field missing: title"),
        (
            "---\ntitle: Hi\ntitel: typo\n---\n",
            "docs/x.en.md:3: unknown field 'titel'; did you mean 'title'? "
            "(expected one of: description, hide, search, title)",
        ),
        ("---\ntitle: Hi\ndescription: 42\n---\n", "docs/x.en.md:3: description: expected a string, got 42"),
        ("---\n- a list\n---\n", "docs/x.en.md:2: front matter: expected fields as 'name: value' lines"),
        ("---\ntitle: Hi\nhide: [sidebar]\n---\n", "docs/x.en.md:3: hide[0]: expected one of"),
    ],
)
def test_bad_front_matter(text, expected):
    found = errors(text)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_language_suffixes():
    found = [
        str(e)
        for e in suffixes.check(
            ["index.en.md", "about.de.md", "about.fr.md", "notes.md", "v1.2.md", "a/b.sv.md"],
            LANGUAGES,
            "docs",
        )
    ]
    assert found == [
        "docs/about.fr.md: language suffix: 'fr' is not a configured language; "
        "expected one of: en, es, ro, de, sv, pl, it, lv"
    ]


def test_default_language_page_twice():
    found = [str(e) for e in suffixes.check(["about.md", "about.en.md"], LANGUAGES, "docs")]
    assert found == [
        "docs/about.md: language suffix: both about.md and about.en.md are the en page; keep one"
    ]


def test_errors_with_and_without_a_line_sort_together():
    from epi_portal._shared.errors import ContentError, ContentErrors

    errors = ContentErrors(
        [
            ContentError("a.md", 3, "title", "x"),
            ContentError("a.md", None, "language suffix", "y"),
            ContentError("a.md", 3, "title", "x"),
        ]
    )
    assert [e.line for e in errors.errors] == [None, 3]
