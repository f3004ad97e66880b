"""load_project: every content file read once through one path (bytes → UTF-8 → YAML with line
numbers → schema → references between files), every problem collected and reported at once."""

from __future__ import annotations

import importlib.util
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown.util import AMP_SUBSTITUTE

from .._shared import front_matter
from .._shared.content_state import folder_state
from .._shared.errors import ContentError, ContentErrors, sort
from .._shared.reader import Reader
from .._shared.strings import StringTables, read_tables
from ..assessment.questionnaire import read_questionnaire
from ..cities.load import read_cities
from ..cities.model import City, CityData
from ..content import suffixes
from ..downloads.manifest import read_manifest
from ..news.load import read_news
from ..news.model import NewsData
from ..toolkit.load import read_toolkit
from ..toolkit.model import Toolkit
from ..toolkit.office import office_names
from ..toolkit.pages import body_for_site
from .links import LinkReader, site_extensions
from .model import DocPage, Layout, Project, topics_of

TEMPLATES = "toolkit/templates/"  # where the toolkit's templates are on the site
THEME = ("material", "templates")  # the theme's own files (stylesheets, scripts, icons)
FILES = ("news/feed.xml",)  # the files, not pages, the plugins add to the site's (beside templates)


@dataclass(frozen=True)
class Checked:
    """The project, if it loaded, and every problem found (sorted by file and line)."""

    project: Project | None
    errors: list[ContentError]
    first: tuple[str, ...] = ()  # the files others depend on, whose problems are listed first


def check_project(layout: Layout, languages: list[str]) -> Checked:
    """Read and check the whole project; with problems, ``project`` is None."""
    reader = Reader(layout.root, layout.schemas)
    strings = read_tables(reader, layout.strings, languages)
    pages = _doc_pages(reader, layout, languages)
    method, cities = read_cities(reader, layout.content / "cities", languages)
    # references name a city's folder: a city in error is still there (its own errors say what)
    folders = (layout.content / "cities").iterdir()
    slugs = {p.name for p in folders if p.is_dir() and not p.name.startswith((".", "_"))}
    topics = story_topics(reader, layout, strings, languages)
    news = read_news(reader, layout.content / "news", languages, cities=slugs, topics=topics)
    downloads = read_manifest(
        reader, layout.content / "downloads" / "downloads.yaml", languages, cities=slugs
    )
    toolkit = read_toolkit(reader, layout.content / "toolkit", languages)
    questionnaire = read_questionnaire(
        reader,
        layout.content / "toolkit" / "self-assessment.yaml",
        chapters=[c.id for c in toolkit.chapters] if toolkit else None,
    )
    chapters = [c.id for c in toolkit.chapters] if toolkit else []
    known = {suffixes.strip_language(page.src_uri) for page in pages} | set(FILES)
    known |= {p.relative_to(layout.docs).as_posix() for p in layout.docs.rglob("*") if p.is_file()}
    known |= theme_files()
    if toolkit is not None:
        known |= {f"{TEMPLATES}{name}" for t in toolkit.templates for name in (t.name, *office_names(t.name))}
    # the build has no drafts (nor the topic pages of drafts only); the preview has them all
    published = news.published()
    sites = Sites(
        known | generated_pages(cities, published, set(published.topics()), chapters),
        known | generated_pages(cities, news, set(news.topics()), chapters),
    )
    reader.errors += content_links(
        layout.root,
        linked_pages(reader.shown(layout.docs), pages, cities, news, toolkit),
        sites,
        site_extensions(layout.root),
    )
    first = causes(reader, layout, languages)
    if reader.errors or toolkit is None or questionnaire is None or method is None:
        return Checked(None, sort(reader.errors, first), first)
    project = Project(
        layout,
        tuple(languages),
        strings,
        CityData(method, cities),
        news,
        tuple(downloads),
        toolkit,
        questionnaire,
        tuple(pages),
    )
    return Checked(project, [])


def load_project(layout: Layout, languages: list[str]) -> Project:
    """The whole project; raises ContentErrors listing every problem."""
    checked = check_project(layout, languages)
    if checked.project is None:
        raise ContentErrors(checked.errors, first=checked.first)
    return checked.project


class ProjectCache:
    """The project loaded once per state of its files, not once per language build."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._checked: Checked | None = None
        self.files: tuple = ()  # (path, mtime) of every file the project was read from, last look

    def get(self, layout: Layout, languages: list[str]) -> Project:
        """The project; raises ContentErrors (found again only once the files change)."""
        self.files = folder_state(*layout.folders())
        key = (layout, tuple(languages), self.files)
        if key != self._key or self._checked is None:
            self._checked = None
            self._checked = check_project(layout, languages)
            self._key = key
        if self._checked.project is None:
            raise ContentErrors(self._checked.errors)
        return self._checked.project


def causes(reader: Reader, layout: Layout, languages: list[str]) -> tuple[str, ...]:
    """The files the others depend on, in the order their problems are listed: the UI string
    tables (the reference first: story topics are its topic.* keys), then method.yaml (areas of
    every assessment) and toolkit.yaml (chapters, the questionnaire's links)."""
    return (
        *(reader.shown(layout.strings / f"{lang}.yml") for lang in languages),
        reader.shown(layout.strings),
        reader.shown(layout.content / "cities" / "method.yaml"),
        reader.shown(layout.content / "toolkit" / "toolkit.yaml"),
    )


def story_topics(
    reader: Reader, layout: Layout, strings: StringTables, languages: list[str]
) -> set[str] | None:
    """The topics stories may name: the ``topic.<id>`` keys of any UI string table that loaded.
    A key missing from the reference table is that table's problem, reported there once, not once
    per story; with no table at all, topics are not checked (one note says so)."""
    if not strings.tables:
        reader.error(
            layout.strings,
            None,
            "topics",
            "stories' topics not checked: no UI string table could be read (fix the tables first)",
        )
        return None
    return {topic for lang in strings.tables for topic in topics_of(strings, lang)}


def _doc_pages(reader: Reader, layout: Layout, languages: list[str]) -> list[DocPage]:
    """docs/: language suffixes and front matter of every Markdown page."""
    docs = layout.docs
    shown_docs = reader.shown(docs)
    uris = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    reader.errors += suffixes.check(uris, languages, shown_docs)
    schema = str(layout.schemas / "page-front-matter.schema.json")
    pages = []
    for uri in uris:
        text = reader.text(docs / uri)
        if text is None:
            continue
        page = front_matter.read(text, f"{shown_docs}/{uri}", schema, required=True)
        reader.errors += page.errors
        pages.append(DocPage(uri, suffixes.language_of(uri) or languages[0], page.data))
    return pages


def generated_pages(
    cities: Iterable[City], news: NewsData, topics: set[str], chapters: list[str]
) -> set[str]:
    """The pages the plugins generate (their Markdown names), which hand-written pages may link."""
    known = {
        "cities/index.md",
        "cities/compare.md",
        "news/index.md",
        "news/archive.md",
        "toolkit/index.md",
        "downloads.md",
        "self-assessment.md",
    }
    known |= {f"cities/{city.slug}.md" for city in cities}
    known |= {f"news/{story.key}.md" for story in news.stories}
    known |= {f"news/topics/{topic}.md" for topic in topics}
    known |= {f"toolkit/{chapter}.md" for chapter in chapters}
    return known


@dataclass(frozen=True)
class LinkedPage:
    """A Markdown file whose body becomes a page: where it is, and its page's site source name
    (its links are relative to that page, as the build resolves them)."""

    path: str  # as messages show it: content/news/<key>/index.de.md, docs/about.de.md
    site: str  # news/<key>.md, cities/<slug>.md, toolkit/<chapter>.md, about.de.md
    chapter: bool = False  # links ../templates/<name> (the chapters' folder beside templates/)
    content: bool = True  # a page of content/, not docs/: messages say which page it becomes
    draft: bool = False  # a draft story's: built by the preview only, where the drafts are


@dataclass(frozen=True)
class Sites:
    """The source names of the pages and files of the site: as built, and as previewed."""

    built: set[str]
    previewed: set[str]  # drafts included


def linked_pages(
    shown_docs: str, docs: list[DocPage], cities: Iterable[City], news: NewsData, toolkit: Toolkit | None
) -> list[LinkedPage]:
    """The hand-written pages, and the stories, city narratives and toolkit chapters that loaded."""
    found = [LinkedPage(f"{shown_docs}/{page.src_uri}", page.src_uri, content=False) for page in docs]
    found += [
        LinkedPage(text.path, f"news/{story.key}.md", draft=story.draft)
        for story in news.stories
        for text in story.translations.values()
    ]
    found += [
        LinkedPage(text.path, f"cities/{city.slug}.md")
        for city in cities
        for text in city.narratives.values()
    ]
    if toolkit is not None:
        found += [
            LinkedPage(text.path, f"toolkit/{chapter.id}.md", chapter=True)
            for chapter in toolkit.chapters
            for text in chapter.texts.values()
        ]
    return found


def content_links(
    root: Path, pages: list[LinkedPage], sites: Sites, extensions: list[str | dict]
) -> list[ContentError]:
    """Links in the Markdown bodies of ``pages`` that the build would reject (to a page or file the
    site has not, or above the site's root), at the line of the file itself (front matter
    included), with the path that leads there if there is one."""
    reader = LinkReader(extensions, cache=root / ".cache")
    errors = []
    for page in pages:
        text = (root / page.path).read_text(encoding="utf-8-sig")
        body = _body(text)
        if page.chapter:  # ../templates/x is toolkit/templates/x on the site (toolkit.pages)
            body = body_for_site(body)
        for url in dict.fromkeys(reader.urls(body)):
            message = _link_problem(url, page, sites.previewed if page.draft else sites.built)
            if message is not None and not page.draft and _link_problem(url, page, sites.previewed) is None:
                message = (
                    f"'{url}' leads to a page only the preview shows (a draft story, or the topic of drafts "
                    "only): publish the draft first, or remove the link"
                )
            if message is not None:
                errors += [ContentError(page.path, line, "link", message) for line in reader.lines(body, url)]
    reader.save()
    return errors


@cache
def theme_files() -> frozenset[str]:
    """The files under ``assets/`` the theme adds to the site: Material's and our plugins' own
    (the folders MkDocs copies the theme's files from)."""
    spec = importlib.util.find_spec(THEME[0])
    folders = [Path(spec.origin).parent / THEME[1]] if spec and spec.origin else []
    folders += sorted(Path(__file__).resolve().parent.parent.glob(f"*/{THEME[1]}"))
    return frozenset(
        p.relative_to(folder).as_posix()
        for folder in folders
        for p in (folder / "assets").rglob("*")
        if p.is_file()
    )


def _body(text: str) -> str:
    """The Markdown the build converts, its front matter as blank lines (so lines stay the file's)."""
    try:
        found = front_matter.find(text)
    except front_matter.UnclosedFrontMatter:
        return text
    return "\n" * text[: found.end].count("\n") + text[found.end :] if found else text


def _link_problem(url: str, page: LinkedPage, known: set[str]) -> str | None:
    """What is wrong with the link ``url`` of ``page`` for MkDocs (which warns, failing the strict
    build, about a relative link with a file extension that leads to no file of the site), or None."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("/", "\\")) or not parts.path:
        return None  # another site, mailto:, an absolute path (MkDocs: info only), an anchor
    if AMP_SUBSTITUTE in url:
        return None  # an e-mail address Markdown obfuscated
    path = unquote(parts.path)
    if not posixpath.splitext(path)[1]:
        return None  # no file extension: MkDocs leaves it as it is (info only)
    folder = posixpath.dirname(page.site)
    target = posixpath.normpath(posixpath.join(folder, path).lstrip("/"))
    above = target == ".." or target.startswith("../")
    if not above and (target in known or suffixes.strip_language(target) in known):
        return None
    shown = parts.path
    if page.chapter and shown.startswith("templates/"):
        shown = f"../{shown}"
    where = _resolve(folder, path)
    if not above and where.startswith(TEMPLATES):
        names = sorted(p.removeprefix(TEMPLATES) for p in known if p.startswith(TEMPLATES))
        return f"'{shown}' leads to no template; expected one of: {', '.join(names)}"
    kind = "page" if path.endswith(".md") else "file"
    it = "above the site's root" if above else f"{where}"
    message = f"'{shown}' leads to no {kind}"
    if page.content:
        message += f" (from {page.site} it is {it})"
    elif above:
        message += f" (it is {it})"
    if above and where in known:
        message += f"; did you mean '{posixpath.relpath(where, folder or '.')}'?"
    elif page.content and _resolve(folder, f"../{path}") in known:
        message += f"; did you mean '../{shown}'?"
    return message


def _resolve(folder: str, target: str) -> str:
    """``target`` linked from a page in ``folder``, as a site source name without its language
    (``..`` above the site's root dropped: the page the editor probably meant)."""
    parts: list[str] = []
    for part in posixpath.join(folder, target).split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return suffixes.strip_language("/".join(parts))


__all__ = ["Checked", "Layout", "Project", "ProjectCache", "StringTables", "check_project", "load_project"]
