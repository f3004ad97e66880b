"""epi-assessment glue: the /self-assessment/ page per language, from the project's questionnaire
and cities (``site.project``); the blank answers files are in the downloads catalogue and the
toolkit ZIPs, derived from the project."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import site
from .._shared.generated_pages import generated_page
from .._shared.theme_assets import add_theme_assets
from .._shared.urls import relative_url
from ..cities.model import localized
from ..downloads.catalogue import answers_path
from . import page
from .config import AssessmentConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-assessment")

TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = "assets/javascripts/epi-assessment.js"
STYLESHEET = "assets/stylesheets/epi-assessment.css"


class AssessmentPlugin(BasePlugin[AssessmentConfig]):
    def on_config(self, config: MkDocsConfig) -> None:
        if self.config.enabled:
            site.require(config, "epi-assessment", "epi-i18n")
            add_theme_assets(config, TEMPLATES, STYLESHEET)

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's self-assessment page."""
        if not self.config.enabled:
            return files
        project = site.project(config)
        loc = site.language(config)
        lang = loc.lang
        here = f"{loc.prefix}self-assessment/"
        method = project.cities.method
        cities = [
            page.CityScore(
                c.name_in(lang),
                c.assessment.overall.score,
                relative_url(f"{loc.prefix}cities/{c.slug}/", here),
            )
            for c in sorted(project.cities.cities, key=lambda c: c.name_in(lang))
        ]

        def area_label(area: str) -> str:
            found = method.area(area) if method else None
            return localized(found.label, lang) if found else area

        toolkit = {chapter.id: chapter for chapter in project.toolkit.chapters}
        chapters = {
            area: page.ChapterLink(
                toolkit[chapter].text(lang).title,
                relative_url(f"{loc.prefix}toolkit/{chapter}/", here),
                toolkit[chapter].text(lang).lang,
            )
            for area, chapter in project.questionnaire.toolkit.items()
            if chapter in toolkit
        }
        markdown = page.render(
            project.questionnaire,
            loc,
            area_label=area_label,
            cities=cities,
            script=relative_url(SCRIPT, here),
            template_href=relative_url(answers_path(lang), here),
            chapters=chapters,
            toolkit_href=relative_url(f"{loc.prefix}toolkit/", here),
            fragments=site.fragments(config),
        )
        files.append(
            generated_page(
                config, "self-assessment.md", markdown, lang=lang, languages=list(loc.languages), in_nav=True
            )
        )
        return files
