"""Toolkit + language → the Markdown of the toolkit's pages on the site."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .._shared.breadcrumbs import breadcrumbs
from .._shared.fragments import PACKAGE_FRAGMENTS, Fragments
from .._shared.language import Language
from .._shared.markdown_text import attr, front_matter, link, text
from . import published
from .model import Chapter, Toolkit
from .office import office_names

TEMPLATE_LINK = re.compile(r"\]\(<?\.\./templates/([^)\s>#]+)(#[^)\s>]*)?>?\)")


def body_for_site(markdown: str, marks: Mapping[str, str] | None = None) -> str:
    """Chapters link templates as ../templates/x (beside chapters/); on the site they sit in
    toolkit/templates/. ``marks``: a template's file name → what follows each link to it (for a
    template in another language than the chapter's text: that language, said and marked)."""

    def site_link(match: re.Match[str]) -> str:
        name, anchor = match.group(1), match.group(2) or ""
        return f"](<templates/{name}{anchor}>){(marks or {}).get(name, '')}"

    return TEMPLATE_LINK.sub(site_link, markdown)


def language_badge(loc: Language, lang: str, fragments: Fragments, *, ui_lang: str | None = None) -> str:
    """ "In English": what a link leads to is in ``lang``, not the page's language."""
    return fragments.render("toolkit/language_badge", lang=lang, ui_lang=ui_lang, loc=loc)


def template_entry(name: str, lang: str, loc: Language, fragments: Fragments) -> str:
    """A template's line in the index: the file as written and its office files, in ``lang``
    (marked, badge included, where that is not the page's language)."""
    names = (name, *office_names(name))
    if lang == loc.lang:
        return "- " + " · ".join(link(n, f"templates/{n}") for n in names)
    marked = " · ".join(f"{link(n, f'templates/{n}')}{{ lang={lang} hreflang={lang} }}" for n in names)
    return f"- {marked} {language_badge(loc, lang, fragments)}"


def index_page(
    toolkit: Toolkit,
    loc: Language,
    *,
    zip_href: str,
    zip_facts: str,
    fragments: Fragments = PACKAGE_FRAGMENTS,
) -> str:
    """The toolkit's index; ``zip_href`` links this language's ZIP, ``zip_facts`` says "ZIP, 48 kB"."""
    t = loc.t
    chapters = []
    for number, chapter in enumerate(toolkit.chapters, 1):
        here = chapter.text(loc.lang)
        if here.lang == loc.lang:
            chapters.append(f"{number}. {link(here.title, f'{chapter.id}.md')} — {text(here.summary)}")
            continue
        chapters.append(
            f"{number}. {link(here.title, f'{chapter.id}.md')}{{ lang={here.lang} hreflang={here.lang} }} "
            f"{language_badge(loc, here.lang, fragments)} — "
            f'<span lang="{attr(here.lang)}">{text(here.summary)}</span>'  # in a Markdown line: text()
        )
    written = published.languages_of(toolkit, loc.lang, loc.languages[0])
    templates = [template_entry(t.name, written[t.name], loc, fragments) for t in toolkit.templates]
    return "\n".join(
        [
            front_matter(toolkit.title[loc.lang], toolkit.summary[loc.lang]),
            f"# {text(toolkit.title[loc.lang])}",
            "",
            text(toolkit.summary[loc.lang]),
            "",
            fragments.render("toolkit/download", href=zip_href, facts=zip_facts, loc=loc),
            "",
            text(t("toolkit.offline_note")),
            "",
            f"## {text(t('toolkit.chapters'))}",
            "",
            *chapters,
            "",
            f"## {text(t('toolkit.templates'))}",
            "",
            *templates,
            "",
            *about(loc),
            text(t("toolkit.licence_note")),
            "",
        ]
    )


def about(loc: Language) -> list[str]:
    """What this toolkit is (the portal's own guide, not an EPI deliverable): said once, at the
    end of each toolkit page, never in the chapters' text."""
    return [f"## {text(loc.t('toolkit.about_heading'))}", "", text(loc.t("toolkit.about")), ""]


def chapter_page(
    toolkit: Toolkit, chapter: Chapter, loc: Language, fragments: Fragments = PACKAGE_FRAGMENTS
) -> str:
    """A chapter in ``loc.lang``, or its English text (the page is then marked as a fallback)."""
    here = chapter.text(loc.lang)
    ids = [c.id for c in toolkit.chapters]
    position = ids.index(chapter.id)
    ui_lang = None if here.lang == loc.lang else loc.lang  # the chapter's text is in another language
    marks = {  # templates in another language than the text's
        name: f"{{ hreflang={lang} }} {language_badge(loc, lang, fragments, ui_lang=ui_lang)}"
        for name, lang in published.languages_of(toolkit, loc.lang, loc.languages[0]).items()
        if lang != here.lang
    }
    steps = fragments.render(
        "toolkit/steps",
        previous_href=f"../{ids[position - 1]}/" if position > 0 else None,
        next_href=f"../{ids[position + 1]}/" if position < len(ids) - 1 else None,
        ui_lang=ui_lang,
        loc=loc,
    )
    return "\n".join(
        [
            front_matter(here.title, here.summary, hide_navigation=True),
            breadcrumbs(
                loc,
                section=loc.t("breadcrumbs.toolkit"),
                section_path="toolkit/",
                title=here.title,
                current=f"toolkit/{chapter.id}/",
                title_lang=here.lang,
                fragments=fragments,
            ),
            "",
            f"# {text(here.title)}",
            "",
            f"*{text(here.summary)}*",
            "",
            body_for_site(here.body, marks).strip(),
            "",
            *about(loc),
            steps,
            "",
        ]
    )
