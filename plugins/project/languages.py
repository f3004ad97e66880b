"""The site as mkdocs.yml configures it — its languages, ``docs_dir`` and epi-content's options —
read without MkDocs, for the commands, and resolved the way the build resolves them: the build
takes its languages from ``languages_of`` too (``_shared/i18n.configured_languages``) and its
layout from ``Layout.of`` with the same folders, so `epi check` checks what the build checks."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .model import Layout


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV`` tags read as MkDocs reads them (pyyaml-env-tag): the first variable
    set, else the default (the last item of a list); unknown tags (``!!python/name:``) as None."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    elif isinstance(node, yaml.SequenceNode):
        items = [item for item in node.value if isinstance(item, yaml.ScalarNode)]
        names = [loader.construct_scalar(item) for item in items[:-1]]
        default = loader.construct_object(items[-1]) if items else None
    else:
        return None
    for name in names:
        if str(name) in os.environ:
            return yaml.load(os.environ[str(name)], Loader=yaml.SafeLoader)
    return default


_EnvLoader.add_constructor("!ENV", _env)
_EnvLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def languages_of(i18n: Mapping[str, Any]) -> list[str]:
    """The languages static-i18n's options (``i18n``) list, the default first. All of them, also
    those with ``build: false`` (or left out by a preview): static-i18n still takes a file with
    such a suffix for that language's (it is not published), so its content is checked, ready for
    the day the language is built. The switcher's ``null`` entry is no language."""
    entries = [lang for lang in i18n.get("languages") or [] if lang["locale"] != "null"]
    locales = [lang["locale"] for lang in entries]
    default = i18n.get("build_only_locale") or next(
        (lang["locale"] for lang in entries if lang.get("default")), locales[0]
    )
    return [default] + [lang for lang in locales if lang != default]


@dataclass(frozen=True)
class SiteConfig:
    """What the content layer needs of mkdocs.yml."""

    layout: Layout
    languages: list[str]  # the default first
    built: list[str]  # those static-i18n builds (not ``build: false``), the default first


def _plugin(config: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    """The options of plugin ``name`` in mkdocs.yml (``{}`` if listed without), else None."""
    for entry in config.get("plugins") or []:
        if entry == name:
            return {}
        if isinstance(entry, Mapping) and name in entry:
            return entry[name] or {}
    return None


def site_config(root: Path) -> SiteConfig:
    """The languages and layout of the site whose mkdocs.yml is in ``root``: ``docs_dir`` and
    epi-content's ``strings`` relative to mkdocs.yml, as MkDocs resolves them."""
    config = _read(root)
    i18n = _plugin(config, "i18n")
    if i18n is not None and i18n.get("languages"):
        languages = languages_of(i18n)
        off = {lang["locale"] for lang in i18n["languages"] if lang.get("build") is False}
        built = [lang for lang in languages if lang not in off or lang == languages[0]]
    else:
        languages = built = [(config.get("theme") or {}).get("language", "en")]
    content = _plugin(config, "epi-content") or {}
    strings = content.get("strings")
    layout = Layout.of(
        root,
        docs=root / str(config.get("docs_dir") or "docs"),
        strings=root / str(strings) if strings else None,
    )
    return SiteConfig(layout, languages, built)


def _read(root: Path) -> dict[str, Any]:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8-sig"), Loader=_EnvLoader)
    return config if isinstance(config, dict) else {}


def markdown_extensions(root: Path, default: list[str | dict]) -> list[str | dict]:
    """The ``markdown_extensions`` of the site whose mkdocs.yml is in ``root`` (``default`` if it
    names none, or has no readable mkdocs.yml)."""
    try:
        found = _read(root).get("markdown_extensions")
    except (OSError, yaml.YAMLError):
        return default
    return found if isinstance(found, list) else default


def site_languages(root: Path) -> list[str]:
    """The languages of the site at ``root``, the default first."""
    return site_config(root).languages
