"""`epi check`: every problem in the content, at once, without building."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import copy_fixture_site

EPI = str(Path(sys.executable).with_name("epi"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_clean_project():
    """No problems; the warnings (English left in translations) do not fail the check."""
    done = subprocess.run(
        [EPI, "check"], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2]
    )
    *warnings, summary = done.stdout.strip().split("\n")
    assert (done.returncode, summary.split(",")[0]) == (0, "no problems"), done.stdout + done.stderr
    assert all(": warning: " in line for line in warnings), done.stdout


def test_no_english_left_in_translations():
    """Every sentence of a translation is in its language or marked with the language it is in."""
    done = subprocess.run(
        [EPI, "check"], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2]
    )
    assert done.stdout.strip() == "no problems", done.stdout


def test_every_problem_at_once(tmp_path):
    root = copy_fixture_site(tmp_path / "site").parent
    edit(root / "docs/about.en.md", "title: About the fixture", "titel: About the fixture")
    edit(root / "docs/index.en.md", "[about](about.md)", "[about](abuot.md)")
    (root / "docs/extra.fr.md").write_text("# Bonjour\n")
    edit(root / "content/cities/exampleton/assessment.yaml", "score: 12,", "score: 120,")
    edit(
        root / "content/news/2099-01-01-made-up-story-01/index.en.md",
        "cities: [exampleton]",
        "cities: [atlantis]",
    )
    edit(root / "content/downloads/downloads.yaml", "path: made-up-notes.txt", "path: ../secret.txt")
    (root / "content/toolkit/chapters/second-step.en.md").unlink()
    edit(root / "content/toolkit/self-assessment.yaml", "version: 1", "version: one")
    done = subprocess.run([EPI, "check", "--project", str(root)], capture_output=True, text=True)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    expected = [
        "docs/about.en.md:2: unknown field 'titel'; did you mean 'title'?",
        "docs/extra.fr.md: language suffix: 'fr' is not a configured language",
        "docs/index.en.md:7: link: 'abuot.md' leads to no page",
        "content/cities/exampleton/assessment.yaml:4: overall.score: "
        "expected a number from 0 to 100, got 120",
        "content/news/2099-01-01-made-up-story-01/index.en.md:5: cities[0]: unknown city 'atlantis'",
        "content/downloads/downloads.yaml:12: downloads[0].files.en: "
        "'../secret.txt' leads outside downloads/",
        "content/toolkit/toolkit.yaml:",
        "content/toolkit/self-assessment.yaml:3: version: expected a whole number, got 'one'",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    assert lines[-1].endswith("problems") and "Traceback" not in done.stderr


def test_new_content_is_in_place_and_names_what_to_fill(tmp_path):
    root = copy_fixture_site(tmp_path / "site").parent

    def epi(*args):
        return subprocess.run(
            [EPI, *args, "--project", str(root)]
            if args[0] == "check"
            else [EPI, "new", "--project", str(root), *args[1:]],
            capture_output=True,
            text=True,
        )

    assert epi("new", "news", "2099-06-01", "a-new-story", "--lang", "de").returncode == 0
    assert epi("new", "city", "testburg", "--country", "NL").returncode == 0
    assert epi("new", "download", "a-new-download").returncode == 0
    story = root / "content/news/2099-06-01-a-new-story/index.de.md"
    assert story.is_file() and "draft: true" in story.read_text()
    assert (
        (root / "content/cities/testburg/city.yaml")
        .read_text()
        .startswith("# yaml-language-server: $schema=")
    )
    again = epi("new", "city", "testburg", "--country", "NL")
    assert again.returncode == 1 and "exists already" in again.stderr
    assert epi("new", "news", "2099-13-01", "bad").returncode == 1
    assert epi("new", "news", "2099", "bad").returncode == 1  # a year alone is too vague for a story
    assert epi("new", "news", "2099-07", "a-month-story").returncode == 0  # the source gives no day
    found = epi("check").stdout
    assert "content/cities/testburg/city.yaml:6: coordinates.lat: expected a number, got nothing" in found
    assert "content/news/2099-06-01-a-new-story/index.de.md:12: sources[0].url" in found
    assert "content/news/2099-07-a-month-story/index.en.md:12: sources[0].url" in found
    # every placeholder is an error naming file, line and field, drafts included
    story = "content/news/2099-06-01-a-new-story/index.de.md"
    for where in ("4: title", "6: summary", "8: topics[0]", "11: sources[0].title", "15: text"):
        assert f"{story}:{where}: placeholder 'Replace with" in found, (where, found)
    assert "content/cities/testburg/city.yaml:11: sources[0].title: placeholder" in found
    assert "content/cities/testburg/index.en.md:6: text: placeholder" in found
    assert "events" not in (root / story).read_text().split("topics:")[1].split("\n")[0]  # no default topic
    assert "content/downloads/downloads.yaml:32: downloads[3].date" in found


def commit_all(root: Path) -> None:
    """The folder as a git repository with everything committed, long ago."""
    for command in (
        ["git", "init", "-q"],
        ["git", "add", "."],
        [
            "git",
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.test",
            "commit",
            "-qm",
            "x",
            "--date",
            "2000-01-01T00:00:00",
        ],
    ):
        subprocess.run(
            command,
            cwd=root,
            check=True,
            env={"GIT_COMMITTER_DATE": "2000-01-01T00:00:00", "PATH": "/usr/bin:/bin"},
        )


def test_translation_status(tmp_path):
    root = copy_fixture_site(tmp_path / "site").parent
    commit_all(root)
    # a whitespace-only change of an original leaves its translations up to date
    chapter = root / "content/toolkit/chapters/first-step.en.md"
    chapter.write_text(chapter.read_text().replace("\n\n", "\n\n\n", 1).replace(" ", "  ", 3) + "\n\n")
    assert (
        chapter.read_text()
        != subprocess.run(
            ["git", "show", "HEAD:content/toolkit/chapters/first-step.en.md"],
            cwd=root,
            capture_output=True,
            text=True,
        ).stdout
    )
    (root / "docs/index.en.md").write_text((root / "docs/index.en.md").read_text() + "\nA new sentence.\n")
    done = subprocess.run([EPI, "translations", "--project", str(root)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "  update:  docs/index.de.md  (docs/index.en.md changed since):" in lines
    assert "           +A new sentence." in lines  # the diff of the original since the translation
    de = lines[lines.index(next(line for line in lines if line.startswith("de: "))) :]
    de = de[: next((i for i, line in enumerate(de[1:], 1) if not line.startswith(" ")), len(de))]
    creates = [line.split()[1] for line in de if line.startswith("  create:")]
    # the exact file to create and its original; home and about first, then cities, toolkit, news
    assert "  create:  docs/about.de.md  from docs/about.en.md" in de
    assert "           $ epi new translation docs/about.en.md --lang de" in de
    assert creates[0] == "docs/about.de.md"
    assert creates.index("content/cities/mockford/index.de.md") < creates.index(
        "content/toolkit/chapters/second-step.de.md"
    )
    news = [path for path in creates if path.startswith("content/news/")]
    assert news == sorted(news, reverse=True) and creates[-len(news) :] == news
    assert "$ epi new translation content/news/2099-01-10-made-up-story-10 --lang de" in done.stdout
    assert not any("first-step" in line for line in lines if line.startswith("  update:"))
    only = subprocess.run(
        [EPI, "translations", "--lang", "en", "--project", str(root)], capture_output=True, text=True
    )
    assert only.returncode == 0 and only.stdout.startswith("en: "), only.stdout + only.stderr
    assert "  create:  docs/notes.en.md  from docs/notes.de.md" in only.stdout  # an original in German
    assert "de: " not in only.stdout


def test_check_reads_what_the_build_reads(tmp_path):
    root = copy_fixture_site(tmp_path / "site").parent
    edit(
        root / "docs/index.en.md",
        "[about](about.md)",
        "[about](about.md), [a chapter](toolkit/first-step.md)",
    )
    (root / "docs/latin.en.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    (root / "docs/other.xx.md").write_text("---\ntitel: x\n---\n")
    done = subprocess.run([EPI, "check", "--project", str(root)], capture_output=True, text=True)
    assert "Traceback" not in done.stderr, done.stderr
    assert "docs/latin.en.md:2: not UTF-8 text; save the file as UTF-8" in done.stdout
    assert "docs/other.xx.md: language suffix: 'xx' is not a configured language" in done.stdout
    assert "first-step" not in done.stdout  # toolkit chapters are pages too


def test_a_broken_link_in_a_story_names_its_file_and_line(tmp_path):
    """Issue 16, item 7: not the page the build generates (news/<folder>.md), the story's file."""
    root = copy_fixture_site(tmp_path / "site").parent
    story = root / "content/news/2099-01-01-made-up-story-01/index.en.md"
    line = len(story.read_text(encoding="utf-8").splitlines()) + 1
    story.write_text(story.read_text(encoding="utf-8") + "See [about](about.md).\n", encoding="utf-8")
    done = subprocess.run([EPI, "check", "--project", str(root)], capture_output=True, text=True)
    assert done.stdout.splitlines() == [
        f"content/news/2099-01-01-made-up-story-01/index.en.md:{line}: link: 'about.md' leads to no page "
        "(from news/2099-01-01-made-up-story-01.md it is news/about.md); did you mean '../about.md'?",
        "1 problem",
    ], done.stdout + done.stderr


def test_check_reads_the_strings_and_docs_dir_mkdocs_yml_names(tmp_path):
    """As the build does (test_bad_input.test_ui_strings_from_the_sites_own_folder): epi-content's
    `strings:` folder, and `docs_dir`, from mkdocs.yml, not the package's own and docs/."""
    config = copy_fixture_site(tmp_path / "site")
    root = config.parent
    strings = root / "strings"
    strings.mkdir()
    (strings / "en.yml").write_text("notfound.title: Page not found\nnotfound.home: Home\n", encoding="utf-8")
    (strings / "de.yml").write_text("notfound.title: Seite nicht gefunden\n", encoding="utf-8")
    (root / "docs").rename(root / "pages")
    edit(config, "  - epi-content\n", "  - epi-content:\n      strings: strings\n")
    edit(config, "docs_dir: docs", "docs_dir: pages")
    edit(root / "pages/index.en.md", "[about](about.md)", "[about](abuot.md)")
    done = subprocess.run([EPI, "check", "--project", str(root)], capture_output=True, text=True)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "strings/de.yml: notfound.home: missing UI string (present in en.yml)" in done.stdout
    assert "pages/index.en.md:7: link: 'abuot.md' leads to no page" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_language_not_built_yet_is_checked_as_the_build_checks_it(tmp_path):
    """`build: false`: static-i18n does not build the language, but its files stay its own; the
    build's content check checks them, and so does `epi check` (not 'not a configured language')."""
    config = copy_fixture_site(tmp_path / "site")
    edit(config, "        - locale: de\n", "        - locale: de\n          build: false\n")
    edit(config.parent / "docs/index.de.md", "---\n", "---\ntitel: x\n")
    done = subprocess.run([EPI, "check", "--project", str(config.parent)], capture_output=True, text=True)
    assert "docs/index.de.md:2: unknown field 'titel'" in done.stdout, done.stdout + done.stderr
    assert "is not a configured language" not in done.stdout


def test_a_file_that_is_not_utf8_is_named_by_the_translation_commands(tmp_path):
    """`epi translations` and `epi new translation` read originals as `epi check` does: a Latin-1
    byte is the file and line to fix (exit 1), never a UnicodeDecodeError traceback."""
    root = copy_fixture_site(tmp_path / "site").parent
    commit_all(root)
    for name in ("docs/index.en.md", "content/cities/exampleton/index.en.md", "docs/about.en.md"):
        path = root / name
        path.write_bytes(path.read_bytes() + "\nCaf\xe9 Europa.\n".encode("latin-1"))  # now newer
    lines = len((root / "docs/index.en.md").read_bytes().splitlines())
    done = subprocess.run([EPI, "translations", "--project", str(root)], capture_output=True, text=True)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"docs/index.en.md:{lines}: not UTF-8 text; save the file as UTF-8" in done.stderr.splitlines()
    assert any(
        line.startswith("content/cities/exampleton/index.en.md:") and line.endswith("save the file as UTF-8")
        for line in done.stderr.splitlines()
    ), done.stderr
    assert "  create:  docs/about.de.md  from docs/about.en.md" in done.stdout  # the rest still listed
    made = subprocess.run(
        [EPI, "new", "--project", str(root), "translation", "docs/about.en.md", "--lang", "de"],
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in made.stderr, made.stderr
    assert made.returncode == 1
    lines = len((root / "docs/about.en.md").read_bytes().splitlines())
    assert made.stderr.splitlines() == [f"docs/about.en.md:{lines}: not UTF-8 text; save the file as UTF-8"]
    assert not (root / "docs/about.de.md").exists()
