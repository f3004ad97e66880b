"""epi-theme glue: our template overrides and stylesheet, the EU emblem helper, markup fixes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import i18n
from .._shared.theme_assets import add_theme_assets
from .bundle import BundleChanged, patch_bundle
from .config import ThemeConfig
from .emblem import emblem_svg
from .escaping import TemplateChanged, escape_material
from .markup import fix_markup
from .nav_cache import NavCache
from .ui_texts import palette_key

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = get_plugin_logger("epi-theme")

TEMPLATES = Path(__file__).parent / "templates"
# The screen stylesheets, then the print rules (an @media print block): A4 pages with the content
# and the funding footer.
STYLESHEETS = (
    "assets/stylesheets/epi.css",
    "assets/stylesheets/epi-home.css",
    "assets/stylesheets/epi-print.css",
)


class ThemePlugin(BasePlugin[ThemeConfig]):
    def __init__(self) -> None:
        self.nav_cache = NavCache()

    def on_config(self, config: MkDocsConfig) -> None:
        """Put our templates before Material's and add our stylesheets, screen and print
        (idempotent: this runs once per language build on the same config)."""
        if not self.config.enabled:
            return
        add_theme_assets(config, TEMPLATES, *STYLESHEETS)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """The emblem helper; Material's templates print editor text escaped and name the colour
        toggle and the tabs in the page's language (escaping.py, ui_texts.py)."""
        env.globals["epi_emblem"] = emblem_svg
        if not self.config.enabled:
            return env
        self.nav_cache.clear()  # a new language build: another nav, other UI strings
        env.globals["epi_nav_cache"] = self.nav_cache
        env.globals["epi_palette_key"] = palette_key
        try:
            return escape_material(env)
        except TemplateChanged as exc:
            raise PluginError(str(exc)) from None

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        return fix_markup(output) if self.config.enabled else output

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        if self.config.enabled and template_name.endswith(".html"):
            return fix_markup(output_content)
        return output_content

    @event_priority(-110)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Priority -110, once after all languages: patch Material's bundle (see bundle.py)."""
        if not (self.config.enabled and i18n.is_final_pass(config)):
            return
        for path in Path(config.site_dir).glob("assets/javascripts/bundle.*.min.js"):
            try:
                path.write_text(patch_bundle(path.read_text(encoding="utf-8")), encoding="utf-8")
            except BundleChanged as exc:
                raise PluginError(str(exc)) from None
