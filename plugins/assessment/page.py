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


@dataclass(frozen=True)
class CityScore:
    name: str
    overall: float | None
    href: str


def render(
    questionnaire: Questionnaire,
    loc: Language,
    *,
    area_label: Callable[[str], str],
    cities: Sequence[CityScore],
    script: str,
    template_href: str,
    fragments: Fragments = PACKAGE_FRAGMENTS,
) -> str:
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
        "questionnaire": questionnaire.to_json(lang),
        "areaLabels": {area: area_label(area) for area in AREAS},
        "strings": {k: v for k, v in strings.items() if k.startswith(STRING_PREFIXES)},
        "cities": [{"name": c.name, "overall": c.overall, "href": c.href} for c in cities],
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
