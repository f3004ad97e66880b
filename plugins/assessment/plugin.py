"""epi-assessment glue: the questionnaire loaded once, the /self-assessment/ page per language,
and the blank answers file per language in the downloads catalogue and the toolkit ZIPs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n
from .._shared.content_state import folder_state
from .._shared.errors import ContentErrors
from .._shared.generated_pages import generated_page
from .._shared.theme_assets import add_theme_assets
from .._shared.urls import language_prefix, relative_url
from ..cities.model import localized
from ..downloads.model import Download, LocalFile
from . import answers, page
from .config import AssessmentConfig
from .questionnaire import Questionnaire, load_questionnaire

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = get_plugin_logger("epi-assessment")

TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = "assets/javascripts/epi-assessment.js"
STYLESHEET = "assets/stylesheets/epi-assessment.css"


class AssessmentPlugin(BasePlugin[AssessmentConfig]):
    def __init__(self) -> None:
        self.questionnaire: Questionnaire | None = None
        self.templates: dict[str, bytes] = {}  # language → blank answers file
        self._state: tuple | None = None
        self._config: MkDocsConfig | None = None

    def on_config(self, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        self._config = config
        add_theme_assets(config, TEMPLATES, STYLESHEET)
        path = Path(self.config.questionnaire)
        state = (folder_state(path.parent), path.stat().st_mtime_ns)
        if state != self._state:
            try:
                self.questionnaire = load_questionnaire(path, schema_path=Path(self.config.schema), root=Path(config.config_file_path).parent)
            except ContentErrors as exc:
                raise PluginError(exc.report()) from None
            strings = config.plugins["epi-i18n"].strings
            self.templates = {lang: answers.template(self.questionnaire, lang, strings.for_language(lang)).encode()
                              for lang in i18n.configured_languages(config)}
            self._state = state
        downloads = config.plugins.get("epi-downloads")
        if downloads is not None and self._downloads not in downloads.providers:
            downloads.providers.append(self._downloads)

    def template_path(self, lang: str) -> str:
        return f"downloads/self-assessment-answers-{lang}.yaml"

    def _downloads(self) -> list[Download]:
        strings = self._config.plugins["epi-i18n"].strings
        languages = i18n.configured_languages(self._config)
        return [Download("epi-self-assessment-template", "toolkit", "2026", "CC-BY-4.0",
                         {lang: strings.get(lang, "assess.template_link") for lang in languages},
                         {lang: self.questionnaire.disclaimer[lang] for lang in languages},
                         {lang: LocalFile(self.template_path(lang), data) for lang, data in self.templates.items()})]

    @event_priority(-150)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Priority -150, after static-i18n: this language's self-assessment page."""
        if not self.config.enabled or self.questionnaire is None:
            return files
        languages = i18n.configured_languages(config)
        lang = i18n.current_language(config)
        here = f"{language_prefix(lang, languages)}self-assessment/"
        cities_plugin = config.plugins.get("epi-cities")
        data = cities_plugin.data if cities_plugin else None
        cities = [page.CityScore(c.name_in(lang), c.assessment.overall.score, relative_url(f"{language_prefix(lang, languages)}cities/{c.slug}/", here))
                  for c in sorted(data.cities, key=lambda c: c.name_in(lang))] if data else []
        strings = config.plugins["epi-i18n"].strings.tables[lang]

        def area_label(area: str) -> str:
            found = data.method.area(area) if data else None
            return localized(found.label, lang) if found else area

        markdown = page.render(self.questionnaire, lang=lang, strings=strings, area_label=area_label, cities=cities,
                               script=relative_url(SCRIPT, here), template_href=relative_url(self.template_path(lang), here))
        files.append(generated_page(config, "self-assessment.md", markdown, lang=lang, languages=languages, in_nav=True))
        return files
