"""Messages that point at the line an editor must fix and say what to do there (issue 16, item 6):
YAML syntax errors at the mistake, not at the token after it, in the editor's words with the
parser's in brackets; unknown fields at their own line, with the closest known field."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from epi_portal._shared.yamlio import YamlSyntaxError, load, syntax_problem
from epi_portal.project.load import check_project
from epi_portal.project.model import Layout
from tests.unit.fixture_project import LANGUAGES, STORY, problems

SYNTAX = [
    # (text, line to fix, start of the editor's wording)
    ("title: One\nsummary: Cartagena: 67 out of 100\n", 2, "a value containing ': ' must be in quotes"),
    ("title One\nsummary: x\n", 1, "expected 'name: value': this line has no ': '"),
    ("title: x\nsome text\nother: y\n", 2, "expected 'name: value': this line has no ': '"),
    ("title: One\n  summary: x\n", 2, "this line is indented under the line above"),
    ("title: One\n\tsummary: x\n", 2, "a tab cannot indent YAML"),
    ('title: "One\nsummary: x\ndate: y\n', 1, 'the text in quotes that starts here with " is never closed'),
    ("title: 'One\nsummary: x\n", 1, "the text in quotes that starts here with ' is never closed"),
    ('a: "A\nb: "B"\nc: "C"\n', 1, 'the text in quotes that starts here with " is never closed'),
    ("title: One\ncities: [riga, lublin\ntopics: [x]\n", 2, "this list is never closed (opened with '['"),
    ("title: One\nimage: {src: a, alt: b\ndate: y\n", 2, "this mapping is never closed"),
    ("image:\n  src: a\n alt: b\n", 3, "this line is not lined up with the fields around it"),
    ('title: "Say "hi" now"\n', 1, "text after the closing quote"),
    ("title: [Draft] news\n", 1, "a value starting with '[' or '{' must be in quotes"),
    ("title: *bold*\n", 1, "a value starting with '*' must be in quotes"),
    ("title: @home\n", 1, "a value starting with '@' must be in quotes"),
    ("title: x\n- y\n", 2, "a list item ('- ') among fields"),
    ("cities:\n  - riga\n  lublin: x\n", 3, "a line in a list must start with '- '"),
]


@pytest.mark.parametrize(("text", "line", "wording"), SYNTAX)
def test_a_syntax_error_names_the_line_to_fix_and_what_to_do(text, line, wording):
    with pytest.raises(YamlSyntaxError) as caught:
        load(text, "x.yaml")
    message = str(caught.value.error)
    assert message.startswith(f"x.yaml:{line}: invalid YAML: {wording}"), message
    assert message.endswith("]")  # the parser's own words, for the curious


@pytest.mark.parametrize(("text", "line", "wording"), SYNTAX)
def test_libyaml_says_the_same(text, line, wording):
    """The C loader words its problems differently; the editor reads the same message."""
    assert yaml.__with_libyaml__, (
        "PyYAML without libyaml: scripts/setup installs PyYAML's wheel, which has it"
    )
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        yaml.load(text, Loader=yaml.CSafeLoader)
    found, message = syntax_problem(caught.value, text)
    assert (found, message.split(" [")[0][: len(wording)]) == (line, wording)


def test_syntax_error_in_front_matter_counts_lines_of_the_file(root):
    edit = (
        (root / STORY)
        .read_text(encoding="utf-8")
        .replace("summary: A made-up", "summary: Note: a made-up", 1)
    )
    (root / STORY).write_text(edit, encoding="utf-8")
    line = next(n for n, text in enumerate(edit.splitlines(), 1) if text.startswith("summary:"))
    found = problems(root)
    assert len(found) == 1 and found[0].startswith(  # then the parser's own words in brackets
        f"{STORY}:{line}: front matter: invalid YAML: a value containing ': ' must be in quotes, "
        'e.g. title: "Cartagena: 67 out of 100" [mapping values are not allowed'
    ), found


def test_unknown_fields_at_their_own_lines_with_the_closest_known_field(root):
    text = (root / STORY).read_text(encoding="utf-8")
    text = text.replace("summary:", "sumary:", 1).replace("topics:", "mayor: Someone\ntopics:", 1)
    (root / STORY).write_text(text, encoding="utf-8")
    lines = text.splitlines()
    sumary = next(n for n, line in enumerate(lines, 1) if line.startswith("sumary:"))
    mayor = next(n for n, line in enumerate(lines, 1) if line.startswith("mayor:"))
    found = problems(root)
    assert found == [
        f"{STORY}:{sumary}: unknown field 'sumary'; did you mean 'summary'? (expected one of: "
        "cities, date, draft, event_date, image, sources, summary, title, topics, video)",
        f"{STORY}:{mayor}: unknown field 'mayor'; expected one of: "
        "cities, date, draft, event_date, image, sources, summary, title, topics, video",
    ]  # and no 'required field missing: summary': the misspelt field is that one mistake


def test_an_unknown_field_inside_a_block_is_at_its_line(root):
    assessment = root / "content/cities/exampleton/assessment.yaml"
    text = assessment.read_text(encoding="utf-8")
    old = "overall: {score: 12, source: https://example.test/exampleton/review}"
    assert old in text
    text = text.replace(
        old, "overall:\n  score: 12\n  source: https://example.test/exampleton/review\n  sorce: x"
    )
    assessment.write_text(text, encoding="utf-8")
    line = next(n for n, line in enumerate(text.splitlines(), 1) if "sorce:" in line)
    assert problems(root) == [
        f"content/cities/exampleton/assessment.yaml:{line}: overall: unknown field 'sorce'; "
        "did you mean 'source'? (expected one of: score, source)"
    ]


# Issue 16, item 5: one mistake in the UI string tables is one problem, listed first.

PACKAGE_STRINGS = Path(__file__).resolve().parents[2] / "plugins" / "_shared" / "strings"


def strings_copy(tmp_path: Path, languages: list[str]) -> Path:
    folder = tmp_path / "strings"
    folder.mkdir()
    for lang in languages:
        shutil.copy(PACKAGE_STRINGS / f"{lang}.yml", folder / f"{lang}.yml")
    return folder


def checked(root: Path, strings: Path, languages: list[str] = LANGUAGES) -> list[str]:
    return [str(e) for e in check_project(Layout.of(root, strings=strings), languages).errors]


def without_line(path: Path, start: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert any(line.startswith(start) for line in lines), start
    path.write_text("".join(line for line in lines if not line.startswith(start)), encoding="utf-8")


def test_a_topic_missing_from_the_reference_table_is_one_problem(root, tmp_path):
    strings = strings_copy(tmp_path, LANGUAGES)
    without_line(strings / "en.yml", "topic.events:")
    found = checked(
        root, strings
    )  # the fixture's stories use the topic 'events': the table is wrong, not they
    assert len(found) == 1 and re.fullmatch(
        r".*/de\.yml:\d+: topic\.events: unknown key \(not in en\.yml\)", found[0]
    )


def test_a_key_every_other_table_has_is_missing_from_the_reference_once(root, tmp_path):
    languages = ["en", "de", "sv"]
    strings = strings_copy(tmp_path, languages)
    without_line(strings / "en.yml", "topic.events:")
    found = checked(root, strings, languages)
    assert len(found) == 1, found
    assert found[0].endswith(
        "en.yml: topic.events: missing UI string (every other table has it; en.yml is the reference: "
        "add it there)"
    )


def test_a_broken_reference_table_does_not_make_every_topic_unknown(root, tmp_path):
    strings = strings_copy(tmp_path, LANGUAGES)
    table = strings / "en.yml"
    table.write_text(
        table.read_text(encoding="utf-8").replace('topic.events: "Events"', 'topic.events: "Events'),
        encoding="utf-8",
    )
    line = next(
        n for n, text in enumerate(table.read_text().splitlines(), 1) if text.startswith("topic.events")
    )
    found = checked(root, strings)
    assert len(found) == 1, found
    assert (  # then the parser's own words in brackets, which differ between libyaml and PyYAML
        f'en.yml:{line}: invalid YAML: the text in quotes that starts here with " is never '
        'closed: end it with " (a " inside the text is written \\", or use „…“ or ’) ['
    ) in found[0]


def test_no_table_at_all_skips_topics_with_one_note(root, tmp_path):
    strings = tmp_path / "strings"
    strings.mkdir()
    found = checked(root, strings)
    assert [line.split(": ", 1)[1] for line in found] == [
        "no UI string table for language 'en'; expected en.yml beside the others",
        "no UI string table for language 'de'; expected de.yml beside the others",
        "topics: stories' topics not checked: no UI string table could be read (fix the tables first)",
    ]


def test_the_files_others_depend_on_come_first(root, tmp_path):
    strings = strings_copy(tmp_path, LANGUAGES)
    without_line(strings / "de.yml", "topic.events:")
    text = (root / STORY).read_text(encoding="utf-8")
    (root / STORY).write_text(text.replace("cities: [exampleton]", "cities: [atlantis]", 1), encoding="utf-8")
    method = root / "content/cities/method.yaml"
    method.write_text(method.read_text(encoding="utf-8") + "extra: field\n", encoding="utf-8")
    found = checked(root, strings)
    assert [line.split(":", 1)[0].rsplit("/", 1)[-1] for line in found] == [
        "de.yml",
        "method.yaml",
        "index.en.md",
    ], found


# Issue 16, item 7: links in stories, city narratives and toolkit chapters, checked as the site
# resolves them, named by the real file and line.


def append(path: Path, text: str) -> int:
    """Append ``text`` as the file's last line; its line number."""
    before = path.read_text(encoding="utf-8")
    path.write_text(before.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")
    return len(before.rstrip("\n").splitlines()) + 2


def test_links_in_stories_narratives_and_chapters_lead_to_pages(root):
    story = append(
        root / STORY,
        "See [about](../about.md), [Mockford](../cities/mockford.md), "
        "[story 2](2099-01-02-made-up-story-02.md) and [the first step](../toolkit/first-step.md#top).",
    )
    narrative = "content/cities/exampleton/index.en.md"
    append(
        root / narrative,
        "Compare [Mockford](mockford.md) on [the comparison](compare.md), [home](../index.md).",
    )
    chapter = "content/toolkit/chapters/first-step.de.md"
    append(root / chapter, "Siehe [Schritt 2](second-step.md) und [Blatt](../templates/test-sheet.csv).")
    assert problems(root) == [], story


def test_a_broken_link_in_content_names_the_file_and_line(root):
    story = append(root / STORY, "See [about](about.md) and [nowhere](../nowhere.md).")
    narrative = "content/cities/exampleton/index.en.md"
    city = append(root / narrative, "Compare [Mockford](mockford.md) and [Atlantis](atlantis.md).")
    chapter = "content/toolkit/chapters/first-step.de.md"
    step = append(root / chapter, "Siehe [Schritt 3](third-step.md) und [Blatt](../templates/test-shet.csv).")
    key = "2099-01-01-made-up-story-01"
    assert problems(root) == [
        f"{narrative}:{city}: link: 'atlantis.md' leads to no page (from cities/exampleton.md it is "
        "cities/atlantis.md)",
        f"{STORY}:{story}: link: '../nowhere.md' leads to no page (from news/{key}.md it is nowhere.md)",
        f"{STORY}:{story}: link: 'about.md' leads to no page (from news/{key}.md it is news/about.md); "
        "did you mean '../about.md'?",
        f"{chapter}:{step}: link: '../templates/test-shet.csv' leads to no template; expected one of: "
        "test-plan.docx, test-plan.md, test-plan.odt, test-sheet.csv, test-sheet.ods, test-sheet.xlsx",
        f"{chapter}:{step}: link: 'third-step.md' leads to no page (from toolkit/first-step.md it is "
        "toolkit/third-step.md)",
    ]


def test_a_link_in_front_matter_text_is_not_a_link_of_the_body(root):
    text = (root / STORY).read_text(encoding="utf-8")
    (root / STORY).write_text(text.replace("summary: A made-up", "summary: See [x](nowhere.md), a made-up"))
    assert problems(root) == []


# Links the strict build rejects, found by `epi check` at the real file and line: links that climb
# above the site's root, reference-style links, links with a title, in angle brackets, images; and
# links inside code are not links.


def test_a_link_above_the_sites_root_is_reported_with_the_right_path(root):
    story = append(root / STORY, "See [about](../../about.md).")
    about = append(root / "docs/about.en.md", "Back [home](../index.md).")
    key = "2099-01-01-made-up-story-01"
    assert problems(root) == [
        f"{STORY}:{story}: link: '../../about.md' leads to no page (from news/{key}.md it is above the "
        "site's root); did you mean '../about.md'?",
        f"docs/about.en.md:{about}: link: '../index.md' leads to no page (it is above the site's root); "
        "did you mean 'index.md'?",
    ]


def test_every_form_of_link_is_checked(root):
    text = (root / STORY).read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    first = len(text.splitlines()) + 1
    text += (
        'See [the reference][ref], [a title](missing.md "Title") and [spaces](<a b.md>).\n'  # first
        "\n"
        "![a photo](nophoto.jpg)\n"  # first + 2
        "\n"
        "[ref]: nowhere.md\n"  # first + 4
    )
    (root / STORY).write_text(text, encoding="utf-8")
    key = "2099-01-01-made-up-story-01"
    assert problems(root) == [
        f"{STORY}:{first}: link: 'a b.md' leads to no page (from news/{key}.md it is news/a b.md)",
        f"{STORY}:{first}: link: 'missing.md' leads to no page (from news/{key}.md it is news/missing.md)",
        f"{STORY}:{first + 2}: link: 'nophoto.jpg' leads to no file (from news/{key}.md it is "
        "news/nophoto.jpg)",
        f"{STORY}:{first + 4}: link: 'nowhere.md' leads to no page (from news/{key}.md it is "
        "news/nowhere.md)",
    ]


def test_links_in_code_and_links_the_build_accepts_are_not_reported(root):
    append(
        root / STORY,
        "Write `[x](nowhere.md)` like this:\n\n    [y](nowhere-either.md)\n\n"
        '[ok][r], [a page](../about.md "About"), [cities](../cities/), [mail](mailto:a@example.org), '
        "[out](https://example.org/x.md), [top](#top), [abs](/x.md)\n\n[r]: <../about.md>",
    )
    append(root / "docs/about.en.md", "[Index](index.md 'Home') and [ref][home]\n\n[home]: index.md#top")
    assert problems(root) == []


def test_a_docs_page_without_a_title_is_an_error(root):
    (root / "docs/about.de.md").write_text("Hallo\n", encoding="utf-8")
    (root / "docs/notes.de.md").write_text("---\ndescription: Nur Notizen.\n---\nHallo\n", encoding="utf-8")
    assert problems(root) == [
        "docs/about.de.md:1: required field missing: title",
        "docs/notes.de.md:2: required field missing: title",
    ]


def test_a_link_to_a_draft_is_reported_on_published_pages_only(root):
    draft = "content/news/2099-03-01-draft-story/index.en.md"
    line = append(root / STORY, "See [the draft](2099-03-01-draft-story.md).")
    append(root / draft, "See [story 1](2099-01-01-made-up-story-01.md) and [me](2099-03-01-draft-story.md).")
    assert problems(root) == [
        f"{STORY}:{line}: link: '2099-03-01-draft-story.md' leads to a page only the preview shows (a draft "
        "story, or the topic of drafts only): publish the draft first, or remove the link"
    ]
