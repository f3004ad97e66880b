"""Toolkit + language → the Markdown of the toolkit's pages on the site."""

from __future__ import annotations

import re

from .._shared.breadcrumbs import breadcrumbs
from .._shared.fragments import PACKAGE_FRAGMENTS, Fragments
from .._shared.language import Language
from .._shared.markdown_text import attr, front_matter, link, text
from .model import Chapter, Toolkit
from .office import office_names

TEMPLATE_LINK = re.compile(r"\]\(\.\./templates/")


def body_for_site(markdown: str) -> str:
    """Chapters link templates as ../templates/x (beside chapters/); on the site they sit in
    toolkit/templates/."""
    return TEMPLATE_LINK.sub("](templates/", markdown)


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
        badge = loc.t("news.language_badge", language=loc.language_name(here.lang))
        chapters.append(
            f"{number}. {link(here.title, f'{chapter.id}.md')}{{ lang={here.lang} hreflang={here.lang} }} "
            f'<span class="epi-badge">{text(badge)}</span> — '
            f'<span lang="{attr(here.lang)}">{text(here.summary)}</span>'  # in a Markdown line: text()
        )
    templates = [
        f"- {link(template.name, f'templates/{template.name}')}"
        + "".join(f" · {link(name, f'templates/{name}')}" for name in office_names(template.name))
        for template in toolkit.templates
    ]
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
    steps = fragments.render(
        "toolkit/steps",
        previous_href=f"../{ids[position - 1]}/" if position > 0 else None,
        next_href=f"../{ids[position + 1]}/" if position < len(ids) - 1 else None,
        ui_lang=None if here.lang == loc.lang else loc.lang,  # the chapter's text is in another language
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
            body_for_site(here.body).strip(),
            "",
            *about(loc),
            steps,
            "",
        ]
    )
