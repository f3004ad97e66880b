"""epi-content glue: load and check the whole project before anything is built.

Priority 100 in ``on_config``: before every other plugin's, whatever the order in mkdocs.yml,
and before static-i18n (-100). The project is read once per change of its files, not once per
language; any problem stops the build, listing every one as ``path:line: field: message``.
In the preview (``mkdocs serve``) a problem does not stop it: the last good content stays and
every page lists the problems (``preview.py``).
The other plugins read the project, the downloads catalogue and the language helpers through
``_shared/site.py`` (``site.project(config)``, ``site.catalogue(config)``,
``site.language(config)``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mkdocs.commands.build import build
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger

from .._shared import i18n, parallel_languages, site
from .._shared.raw_blocks import OneLineBlocks
from . import preview, quick_rebuild
from .config import ContentConfig

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("epi-content")


class ContentPlugin(BasePlugin[ContentConfig]):
    def __init__(self) -> None:
        self.serving = False
        self.problems = preview.Problems()
        self._files: dict[str, int] | None = None  # the preview's last content files, path → mtime
        self._skipped: list[str] = []  # languages this preview rebuild keeps from the last one
        self._stash = quick_rebuild.Stash()
        self._languages_built = False  # by workers, in this build

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"  # drafts are previewed, never built
        if self.serving and self.config.enabled:
            self.problems.attach()

    def on_shutdown(self) -> None:
        self.problems.detach()

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> None:
        """Priority 100: the project is there for every plugin's ``on_config``."""
        if not self.config.enabled:
            return
        if self.serving:
            preview.relax_strict()
        if not any(isinstance(ext, OneLineBlocks) for ext in config.markdown_extensions):
            # our fragments' HTML blocks without HTML parsing, the same output (raw_blocks.py)
            config.markdown_extensions.append(OneLineBlocks())  # type: ignore[arg-type]
        if not i18n.is_final_pass(config):
            return  # a further language of the same build: the project loaded for the first stands
        strings = Path(self.config.strings) if self.config.strings else None
        errors = site.load(config, drafts=self.serving, strings=strings, keep_last_good=self.serving)
        if self.serving and not os.environ.get("EPI_PREVIEW"):
            self._rebuild_touched_only(config)
        if self.serving and self.problems.set_content(errors) and errors is not None:
            log.warning(
                f"{errors.report()}\n(the preview shows the last content without errors and lists these "
                "problems at the top of every page until they are fixed)",
                extra={preview.MARK: True},
            )

    def _rebuild_touched_only(self, config: MkDocsConfig) -> None:
        """The preview rebuilds the languages the change touched, the default one always."""
        files = dict(site.content_files(config))
        languages = i18n.configured_languages(config)
        touched = quick_rebuild.touched_languages(self._files, files, languages) if self._files else None
        self._files = files
        i18n.build_only(config, touched)
        self._skipped = [lang for lang in languages[1:] if touched is not None and lang not in touched]

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Before MkDocs cleans the output: keep aside the languages this rebuild skips."""
        if self.serving and self._skipped and i18n.is_final_pass(config):
            self._stash.put(Path(config.site_dir), self._skipped)

    @event_priority(-90)
    def _build_languages_in_parallel(self, *, config: MkDocsConfig) -> None:
        """Priority -90, after the default language, before static-i18n (-100) would build the
        others one after the other: build them in ``jobs`` worker processes instead."""
        if self.serving or self.config.jobs < 2 or not i18n.is_final_pass(config):
            return
        languages = parallel_languages.other_languages(config)
        if not languages:
            return
        try:
            parallel_languages.build_in_parallel(config, languages, self.config.jobs, build)
        except parallel_languages.LanguageBuildFailed as exc:
            raise Abort(str(exc)) from None
        parallel_languages.skip_sequential_builds(config, True)
        self._languages_built = True

    @event_priority(-105)
    def _after_parallel_builds(self, *, config: MkDocsConfig) -> None:
        """Priority -105, after static-i18n skipped its loop: the outputs written once follow."""
        if self._languages_built:
            self._languages_built = False
            parallel_languages.skip_sequential_builds(config, False)

    @event_priority(-150)
    def _put_back(self, *, config: MkDocsConfig) -> None:
        """Priority -150, after every language and our outputs: the kept languages back."""
        if self.serving and i18n.is_final_pass(config):
            self._stash.restore()

    @event_priority(-200)
    def _mark_problems(self, *, config: MkDocsConfig) -> None:
        """Priority -200, once after every language: the preview's problems onto every page."""
        if not (self.serving and self.config.enabled and i18n.is_final_pass(config)):
            return
        problems = self.problems.all()
        self.problems.clear()
        if problems:
            count = preview.mark_pages(Path(config.site_dir), problems)
            log.info(f"preview: {len(problems)} problem(s) listed at the top of {count} pages")

    on_post_build = CombinedEvent(
        _build_languages_in_parallel, _after_parallel_builds, _put_back, _mark_problems
    )

    def on_build_error(self, *, error: Exception) -> None:
        self.problems.clear()
        self._stash.restore()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable
    ) -> LiveReloadServer:
        """Live preview: a change to the content, its schemas or the UI strings rebuilds the site."""
        if self.config.enabled:
            layout = site.project(config).layout
            for folder in (layout.content, layout.schemas, layout.strings):
                server.watch(str(folder))
        return server
