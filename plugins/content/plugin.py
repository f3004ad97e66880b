"""epi-content glue: load and check the whole project before anything is built.

Priority 100 in ``on_config``: before every other plugin's, whatever the order in mkdocs.yml,
and before static-i18n (-100). The project is read once per change of its files, not once per
language; any problem stops the build, listing every one as ``path:line: field: message``.
The other plugins read the project, the downloads catalogue and the language helpers through
``_shared/site.py`` (``site.project(config)``, ``site.catalogue(config)``,
``site.language(config)``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .._shared import site
from .config import ContentConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("epi-content")


class ContentPlugin(BasePlugin[ContentConfig]):
    def __init__(self) -> None:
        self.serving = False

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"  # drafts are previewed, never built

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> None:
        """Priority 100: the project is there for every plugin's ``on_config``."""
        if self.config.enabled:
            strings = Path(self.config.strings) if self.config.strings else None
            site.load(config, drafts=self.serving, strings=strings)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable
    ) -> LiveReloadServer:
        """Live preview: a change to the content, its schemas or the UI strings rebuilds the site."""
        if self.config.enabled:
            layout = site.project(config).layout
            for folder in (layout.content, layout.schemas, layout.strings):
                server.watch(str(folder))
        return server
