"""The /self-assessment/ page: the questionnaire as an accessible form (shown by the script), the
data the script scores with, and what to do without JavaScript."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from .._shared.fragments import PACKAGE_FRAGMENTS, Fragments
from .._shared.language import Language
from .._shared.markdown_text import front_matter, text
from .._shared.script_json import script_json
from .questionnaire import AREAS, CORE_AREAS, Questionnaire

JOIN_URL = "https://www.coe.int/en/web/interculturalcities/how-to-join-"
STRING_PREFIXES = ("assess.", "score.", "table.")
WEAK_BELOW = 50  # an answered area scoring less is weak: the results link its toolkit chapter


@dataclass(frozen=True)
class CityScore:
    name: str
    overall: float | None
    href: str


@dataclass(frozen=True)
class ChapterLink:
    """A toolkit chapter the results link for a weak area: its title in ``lang`` (the page's, or
    the language the chapter is written in when it is not translated)."""

    title: str
    href: str
    lang: str


def render(
    questionnaire: Questionnaire,
    loc: Language,
    *,
    area_label: Callable[[str], str],
    cities: Sequence[CityScore],
    script: str,
    template_href: str,
    chapters: dict[str, ChapterLink] | None = None,
    toolkit_href: str = "",
    fragments: Fragments = PACKAGE_FRAGMENTS,
) -> str:
    """The page's Markdown. ``chapters``: by area, the toolkit chapter that helps where the area
    scores low (the questionnaire's ``areas.<area>.toolkit``); ``toolkit_href``: the toolkit."""
    t, lang = loc.t, loc.lang
    strings = loc.strings.tables[lang]
    areas = [
        (
            area,
            "core" if area in CORE_AREAS else "optional",
            area_label(area),
            [q for q in questionnaire.questions if q.area == area],
        )
        for area in AREAS
    ]
    data = {
        "lang": lang,
        "languages": list(loc.languages),
        "questionnaire": questionnaire.to_json(lang),
        "areaLabels": {area: area_label(area) for area in AREAS},
        "strings": {k: v for k, v in strings.items() if k.startswith(STRING_PREFIXES)},
        "cities": [{"name": c.name, "overall": c.overall, "href": c.href} for c in cities],
        "toolkit": {
            "href": toolkit_href,
            "chapters": {
                area: {"title": c.title, "href": c.href, "lang": c.lang}
                for area, c in (chapters or {}).items()
            },
        },
        "weakBelow": WEAK_BELOW,
    }
    return "\n".join(
        [
            front_matter(t("assess.nav_title"), t("assess.description")),
            f"# {text(t('assess.title'))}",
            "",
            text(t("assess.intro")),
            "",
            fragments.render(
                "assessment/disclaimer", disclaimer=questionnaire.disclaimer[lang], join_url=JOIN_URL, loc=loc
            ),
            "",
            fragments.render("assessment/without_script", template_href=template_href, loc=loc),
            "",
            fragments.render(
                "assessment/form",
                areas=areas,
                lang=lang,
                data=Markup(script_json(data)),  # JSON our code made safe inside <script>
                script=script,
                loc=loc,
            ),
            "",
        ]
    )
