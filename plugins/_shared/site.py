"""How plugins reach the project: the one accessor, like ``i18n`` is for static-i18n.

epi-content loads the project in its ``on_config`` (priority 100, before every other plugin's,
whatever their order in mkdocs.yml), once per change of the content; every plugin then reads
the project, the downloads catalogue, the language helpers and the HTML fragment templates here.
No plugin reads another plugin's attributes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from ..downloads.catalogue import Catalogue, Parts, build_catalogue
from ..project.load import ProjectCache
from ..project.model import Layout, Project
from . import i18n
from .errors import ContentErrors
from .fragments import Documents, Fragments, documents_for_theme, for_theme
from .language import Language

LOADER = "epi-content"


@dataclass
class _Loaded:
    """What one site (one mkdocs.yml) has loaded."""

    cache: ProjectCache = field(default_factory=ProjectCache)
    source: Project | None = None  # as loaded, drafts included
    drafts: bool = False
    project: Project | None = None  # what this build shows
    languages: dict[str, Language] = field(default_factory=dict)
    catalogue: Catalogue | None = None


_SITES: dict[str, _Loaded] = {}


def load(
    config: Any, *, drafts: bool, strings: Path | None = None, keep_last_good: bool = False
) -> ContentErrors | None:
    """Load (or keep) the project of the site ``config`` describes; drafts only if ``drafts``.

    Content errors stop the build (a PluginError listing them all) unless ``keep_last_good``
    (the preview) and a project loaded before: then that project stays, and the errors are
    returned to be shown.
    """
    root = Path(config.config_file_path).parent
    loaded = _SITES.setdefault(_key(config), _Loaded())
    layout = Layout.of(root, docs=Path(config.docs_dir), strings=strings)
    errors = None
    try:
        source = loaded.cache.get(layout, i18n.configured_languages(config))
    except ContentErrors as exc:
        if not keep_last_good or loaded.source is None:
            raise PluginError(exc.report()) from None
        source, errors = loaded.source, exc
    if source is loaded.source and drafts == loaded.drafts:
        return errors
    project = source if drafts else source.published()
    codes = project.languages
    loaded.source, loaded.drafts, loaded.project, loaded.catalogue = source, drafts, project, None
    loaded.languages = {
        lang: Language(lang, codes, project.strings, {c.slug: c.name_in(lang) for c in project.cities.cities})
        for lang in codes
    }
    return errors


def _key(config: Any) -> str:
    """The site's key: its mkdocs.yml, absolute (``mkdocs serve -f mkdocs.yml`` gives the first
    build the path as written, and the rebuilds its absolute form)."""
    return _resolved(config.config_file_path, os.getcwd())


@lru_cache(maxsize=16)
def _resolved(path: str, cwd: str) -> str:
    """``path`` made absolute from ``cwd``: asked several times per page, so not a
    ``Path.resolve`` (a system call per part of the path) each time."""
    return str((Path(cwd) / path).resolve())


def _loaded(config: Any) -> tuple[_Loaded, Project]:
    """What the site has loaded, and the project of this build."""
    loaded = _SITES.get(_key(config))
    if loaded is None or loaded.project is None:
        raise PluginError(
            f"the EPI plugins need the {LOADER} plugin, which loads the content: "
            f"add '- {LOADER}' to plugins in mkdocs.yml"
        )
    return loaded, loaded.project


def content_files(config: Any) -> tuple:
    """(path, mtime) of every file of the project at its last load (for the preview's rebuilds)."""
    loaded = _SITES.get(_key(config))
    return loaded.cache.files if loaded else ()


def project(config: Any) -> Project:
    """The project of this build (without drafts, except under `mkdocs serve`)."""
    return _loaded(config)[1]


def language(config: Any, lang: str | None = None) -> Language:
    """The helper of ``lang``, by default the language being built."""
    loaded, _ = _loaded(config)
    return loaded.languages[lang or i18n.current_language(config)]


def catalogue(config: Any) -> Catalogue:
    """The downloads catalogue, with the entries of the plugins the site has."""
    loaded, built = _loaded(config)
    if loaded.catalogue is None:
        names = config.plugins
        parts = Parts(
            toolkit="epi-toolkit" in names, answers="epi-assessment" in names, open_data="epi-cities" in names
        )
        loaded.catalogue = build_catalogue(built, loaded.languages, parts, documents(config))
    return loaded.catalogue


def fragments(config: Any) -> Fragments:
    """The HTML fragment templates, those of the site's ``theme.custom_dir`` first."""
    return for_theme(config.theme.custom_dir)


def documents(config: Any) -> Documents:
    """The templates of whole documents (the toolkit ZIP's pages), the site's
    ``theme.custom_dir`` first."""
    return documents_for_theme(config.theme.custom_dir)


def require(config: Any, plugin: str, *needed: str) -> None:
    """Stop with the mkdocs.yml fix if a plugin that ``plugin`` needs is missing."""
    missing = [name for name in (LOADER, *needed) if name not in config.plugins]
    if missing:
        raise PluginError(
            f"{plugin} needs the plugin{'s' if len(missing) > 1 else ''} {', '.join(missing)}: "
            f"add {', '.join(repr('- ' + name) for name in missing)} to plugins in mkdocs.yml"
        )
