"""HTML fragments: a site's override folder first, text always escaped, one line each."""

from __future__ import annotations

import html
from types import SimpleNamespace

import pytest
from markupsafe import Markup

from epi_portal._shared import site
from epi_portal._shared.dates import PartialDate
from epi_portal._shared.fragments import (
    PACKAGE_DOCUMENTS,
    PACKAGE_FOLDERS,
    PACKAGE_FRAGMENTS,
    Documents,
    Fragments,
    for_theme,
)
from epi_portal._shared.language import Language
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from epi_portal.news import render as news_render
from epi_portal.news.model import Story, Translation
from tests.conftest import LANGUAGES

STRINGS = load_tables(DEFAULT_DIR, LANGUAGES)
HOSTILE = "Cities & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q'"
ESCAPED = "Cities &amp; &#34;pacts&#34; &lt;img src=x onerror=alert(1)&gt; ]]&gt; &#39;q&#39;"


def language(lang: str = "en") -> Language:
    return Language(lang, tuple(LANGUAGES), STRINGS)


def item(title: str = "A story", summary: str = "What happened", lang: str = "en") -> news_render.Item:
    text = Translation(lang, title, summary, "Body", f"content/news/x/index.{lang}.md")
    story = Story("2099-01-01-x", PartialDate(2099, 1, 1), (), (), {lang: text})
    return news_render.Item(story, text)


def test_an_override_folder_replaces_a_package_fragment(tmp_path):
    override = tmp_path / "fragments" / "epi" / "news" / "card.html"
    override.parent.mkdir(parents=True)
    override.write_text('<div class="my-card">\n  {{ item.text.title }}\n</div>\n')
    loc = language()
    card = news_render.card(item(title=HOSTILE), loc, "news/", fragments=Fragments([tmp_path]))
    assert card == f'<div class="my-card">{ESCAPED}</div>'  # lines joined, text escaped
    listed = news_render.latest_block(
        news_render.NewsData((item().story,)), loc, "", fragments=Fragments([tmp_path])
    )
    assert '<div class="my-card">A story</div>' in listed  # the package's list includes the override
    assert "epi-story-card" in news_render.card(item(), loc, "news/")  # the package's own, by default


def test_fragments_not_overridden_come_from_the_package(tmp_path):
    fragments = Fragments([tmp_path])
    assert fragments.render("news/image", src="a.png", alt="A") == PACKAGE_FRAGMENTS.render(
        "news/image", src="a.png", alt="A"
    )


def test_a_site_s_custom_dir_is_its_override_folder(tmp_path):
    config = SimpleNamespace(theme=SimpleNamespace(custom_dir=str(tmp_path)))
    assert site.fragments(config) is for_theme(str(tmp_path))
    assert site.fragments(config).env.loader.loaders[0].searchpath == [str(tmp_path)]
    assert site.fragments(SimpleNamespace(theme=SimpleNamespace(custom_dir=None))) is PACKAGE_FRAGMENTS


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("news/card", {"item": item(HOSTILE, HOSTILE, "de"), "href": HOSTILE, "heading": "h2"}),
        ("news/image", {"src": HOSTILE, "alt": HOSTILE}),
        ("news/pagination", {"number": 1, "count": 2, "previous_href": None, "next_href": HOSTILE}),
        ("news/all_news", {"href": HOSTILE, "feed": HOSTILE}),
        ("cities/summary", {"lang": "de", "summary": HOSTILE}),
        ("cities/fallback_notice", {"notice": HOSTILE}),
        ("cities/in_language", {"lang": "de", "words": HOSTILE}),
        ("cities/other_language", {"lang": "de", "body": HOSTILE}),
        ("cities/open_data", {"links": [(HOSTILE, HOSTILE)]}),
        ("cities/map", {"svg": Markup("<svg></svg>"), "cities": [(HOSTILE, HOSTILE, HOSTILE)]}),
        ("toolkit/download", {"href": HOSTILE, "facts": HOSTILE}),
        ("assessment/disclaimer", {"disclaimer": HOSTILE, "join_url": HOSTILE}),
    ],
)
def test_text_comes_out_escaped_on_one_line(name, context):
    html = PACKAGE_FRAGMENTS.render(name, loc=language(), **context)
    assert ESCAPED in html and HOSTILE not in html and "<img src=x" not in html
    assert "\n" not in html  # a raw HTML block in Markdown ends at a blank line


def test_markup_made_by_our_code_is_kept():
    figure = PACKAGE_FRAGMENTS.render("cities/figure", chart=Markup('<svg role="img"></svg>'), wide=False)
    assert figure == '<figure class="epi-figure"><svg role="img"></svg></figure>'
    assert "&lt;svg" in PACKAGE_FRAGMENTS.render("cities/figure", chart="<svg></svg>", wide=False)


def test_each_plugin_keeps_its_own_fragments():
    for folder in PACKAGE_FOLDERS:
        assert [path.name for path in (folder / "fragments" / "epi").iterdir()] == [folder.parent.name]


def test_documents_keep_their_lines_and_escape_as_html_escape(tmp_path):
    """Whole documents (the toolkit ZIP's pages, the report of epi assess): lines as written, a
    final line break, text escaped as html.escape did before them (the ZIPs' bytes unchanged)."""
    override = tmp_path / "documents" / "epi" / "assessment" / "report.html"
    override.parent.mkdir(parents=True)
    override.write_text("<p>\n  {{ disclaimer }}\n</p>\n{{ chart }}\n")
    out = Documents([tmp_path]).render("assessment/report", disclaimer=HOSTILE, chart=Markup("<svg></svg>"))
    assert out == f"<p>\n  {html.escape(HOSTILE)}\n</p>\n<svg></svg>\n"
    loc = language()
    t = loc.t
    report = PACKAGE_DOCUMENTS.render(
        "assessment/report",
        lang="en",
        t=t,
        disclaimer=HOSTILE,
        overall=HOSTILE,
        tables=[(HOSTILE, (HOSTILE, HOSTILE), [(HOSTILE, HOSTILE)])],
        unanswered=HOSTILE,
    )
    assert report.startswith("<!doctype html>\n") and report.endswith("</html>\n")
    assert report.count(html.escape(HOSTILE)) == 8 and "<img" not in report


def test_each_plugin_keeps_its_own_documents():
    for folder in PACKAGE_FOLDERS:
        documents = folder / "documents" / "epi"
        if documents.exists():
            assert [path.name for path in documents.iterdir()] == [folder.parent.name]


@pytest.mark.parametrize(
    ("event", "lang", "expected"),
    [
        (None, "en", ""),
        (PartialDate(2099, 1, 1), "en", ""),  # the story's own date: said once
        (
            PartialDate(2099, 1, 23),
            "en",
            ' · Planned date of the event: <time datetime="2099-01-23">23 January 2099</time>',
        ),
        (
            PartialDate(2098, 12),
            "de",
            ' · Termin der Veranstaltung: <time datetime="2098-12">Dezember 2098</time>',
        ),
    ],
)
def test_story_meta_names_the_event_s_date_as_planned_when_it_lies_ahead(event, lang, expected):
    """A story written before its event says only that the event was planned for that date."""
    story = Story("2099-01-01-x", PartialDate(2099, 1, 1), (), (), {}, event_date=event)
    meta = PACKAGE_FRAGMENTS.render("news/story_meta", story=story, loc=language(lang))
    day = "1 January 2099" if lang == "en" else "1. Januar 2099"
    assert meta == f'<p class="epi-story-meta"><time datetime="2099-01-01">{day}</time>{expected}</p>'
