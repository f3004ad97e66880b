"""The /self-assessment/ page: the questionnaire as an accessible form (shown by the script), the
data the script scores with, and what to do without JavaScript."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .._shared.language import Language
from .._shared.markdown_text import attr, front_matter, text
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
) -> str:
    t, lang = loc.t, loc.lang
    strings = loc.strings.tables[lang]
    sections = []
    for area in AREAS:
        fieldsets = []
        for question in (q for q in questionnaire.questions if q.area == area):
            options = "".join(
                f'<label class="epi-q__option"><input type="radio" name="{attr(question.id)}" value="{attr(o.id)}"> {attr(o.label[lang])}</label>'
                for o in question.options
            )
            fieldsets.append(
                f'<fieldset class="epi-q" id="q-{attr(question.id)}"><legend>{attr(question.text[lang])}</legend>{options}</fieldset>'
            )
        group = "core" if area in CORE_AREAS else "optional"
        sections.append(
            f'<section class="epi-q-area epi-q-area--{group}" aria-labelledby="area-{area}"><h2 id="area-{area}">{attr(area_label(area))}</h2>{"".join(fieldsets)}</section>'
        )
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
            f'<div class="admonition warning" role="note"><p>{attr(questionnaire.disclaimer[lang])} '
            f'<a href="{JOIN_URL}">{attr(t("assess.join"))}</a></p></div>',
            "",
            f'<noscript><p class="epi-noscript">{attr(t("assess.noscript"))}</p></noscript>',
            f'<p><a href="{attr(template_href)}" download>{attr(t("assess.template_link"))}</a></p>',
            "",
            f'<form id="epi-assessment" class="epi-assessment" hidden>{"".join(sections)}'
            f'<div class="epi-assessment__actions">'
            f'<button type="submit" class="md-button md-button--primary">{attr(t("assess.compute"))}</button>'
            f'<button type="button" class="md-button" data-action="download">{attr(t("assess.download"))}</button>'
            f'<label class="epi-assessment__load">{attr(t("assess.load"))} <input type="file" accept=".yaml,.yml,text/yaml,text/plain" data-action="load"></label>'
            f'<button type="button" class="md-button" data-action="clear">{attr(t("assess.clear"))}</button>'
            f"</div></form>",
            '<div id="epi-assessment-status" class="epi-assessment__status" role="status"></div>',
            f'<section id="epi-assessment-results" class="epi-assessment__results" aria-labelledby="epi-results-title" hidden>'
            f'<h2 id="epi-results-title" tabindex="-1">{attr(t("assess.results"))}</h2><div data-results></div></section>',
            f'<script type="application/json" id="epi-assessment-data">{script_json(data)}</script>',
            f'<script src="{attr(script)}"></script>',
            "",
        ]
    )
