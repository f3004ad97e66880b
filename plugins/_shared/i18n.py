"""Which languages the site has and which one is being built: detected in exactly one place."""

from __future__ import annotations

from typing import Any

from ..project.languages import languages_of


def i18n_plugin(config: Any) -> Any | None:
    return config.plugins.get("i18n")


def configured_languages(config: Any) -> list[str]:
    """The site's languages, the default first — all of them, also those a preview or
    ``build: false`` does not build: content is checked against every language, as `epi check`
    checks it (``project.languages.languages_of``, the one reading of static-i18n's options).
    Without static-i18n, the theme's."""
    plugin = i18n_plugin(config)
    if plugin is None:
        return [config.theme["language"]]
    return languages_of(plugin.config)


def default_language(config: Any) -> str:
    return configured_languages(config)[0]


def current_language(config: Any) -> str:
    plugin = i18n_plugin(config)
    if plugin is None:
        return config.theme["language"]
    return plugin.current_language or plugin.default_language


def is_final_pass(config: Any) -> bool:
    """True once every language has been built (static-i18n's post-build, not re-entered)."""
    plugin = i18n_plugin(config)
    return plugin is None or not plugin.building


def build_only(config: Any, languages: set[str] | None) -> None:
    """Build only these languages (the default one always), or every language (None)."""
    plugin = i18n_plugin(config)
    if plugin is None:
        return
    for lang in plugin.config.languages:
        lang.build = languages is None or lang.locale in languages or lang.locale == plugin.default_language


def limit_build(config: Any, preview: str) -> None:
    """Build only the default language and ``preview`` (a quick preview of one language)."""
    plugin = i18n_plugin(config)
    if plugin is None:
        return
    known = configured_languages(config)
    if preview not in known:
        raise ValueError(
            f"EPI_PREVIEW={preview!r} is not a language of the site; expected one of: {', '.join(known)}"
        )
    for lang in plugin.config.languages:
        lang.build = lang.locale in (plugin.default_language, preview)
