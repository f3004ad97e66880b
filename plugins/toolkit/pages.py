"""Toolkit + language → the Markdown of the toolkit's pages on the site."""

from __future__ import annotations

import re

from .._shared.language import Language
from .._shared.markdown_text import attr, front_matter, link, text
from .model import Chapter, Toolkit

TEMPLATE_LINK = re.compile(r"\]\(\.\./templates/")


def body_for_site(markdown: str) -> str:
    """Chapters link templates as ../templates/x (beside chapters/); on the site they sit in toolkit/templates/."""
    return TEMPLATE_LINK.sub("](templates/", markdown)


def index_page(toolkit: Toolkit, loc: Language, *, zip_href: str, zip_facts: str) -> str:
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
            f'<span class="epi-badge">{text(badge)}</span> — <span lang="{attr(here.lang)}">{text(here.summary)}</span>'
        )
    templates = [f"- {link(template.name, f'templates/{template.name}')}" for template in toolkit.templates]
    return "\n".join(
        [
            front_matter(toolkit.title[loc.lang], toolkit.summary[loc.lang]),
            f"# {text(toolkit.title[loc.lang])}",
            "",
            text(toolkit.summary[loc.lang]),
            "",
            f'<p class="epi-toolkit-download"><a href="{attr(zip_href)}" download>{attr(t("toolkit.download"))}</a> ({attr(zip_facts)})</p>',
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
            text(t("toolkit.licence_note")),
            "",
        ]
    )


def chapter_page(toolkit: Toolkit, chapter: Chapter, loc: Language) -> str:
    """A chapter in ``loc.lang``, or its English text (the page is then marked as a fallback)."""
    here = chapter.text(loc.lang)
    ids = [c.id for c in toolkit.chapters]
    position = ids.index(chapter.id)
    steps = []
    ui = (
        "" if here.lang == loc.lang else f' lang="{attr(loc.lang)}"'
    )  # the page's text is in another language
    if position > 0:
        steps.append(
            f'<a href="../{ids[position - 1]}/" rel="prev"{ui}>{attr(loc.t("toolkit.previous"))}</a>'
        )
    steps.append(f'<a href="../"{ui}>{attr(loc.t("toolkit.contents"))}</a>')
    if position < len(ids) - 1:
        steps.append(f'<a href="../{ids[position + 1]}/" rel="next"{ui}>{attr(loc.t("toolkit.next"))}</a>')
    return "\n".join(
        [
            front_matter(here.title, here.summary),
            f"# {text(here.title)}",
            "",
            f"*{text(here.summary)}*",
            "",
            body_for_site(here.body).strip(),
            "",
            f'<nav class="epi-toolkit-steps" aria-label="{attr(loc.t("toolkit.chapters"))}"{ui}>{" · ".join(steps)}</nav>',
            "",
        ]
    )
