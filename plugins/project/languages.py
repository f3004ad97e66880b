"""The site's languages as mkdocs.yml configures them (read without MkDocs, for the commands)."""

from __future__ import annotations

from pathlib import Path

import yaml


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV`` tags read as their defaults: only the languages matter here."""


_EnvLoader.add_constructor(
    "!ENV",
    lambda loader, node: loader.construct_sequence(node)[-1] if isinstance(node, yaml.SequenceNode) else None,
)


def site_languages(root: Path) -> list[str]:
    """The languages of the site at ``root``, the default first (static-i18n's, else the theme's)."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    for entry in config.get("plugins", []):
        if isinstance(entry, dict) and "i18n" in entry:
            languages = [lang["locale"] for lang in entry["i18n"]["languages"] if lang.get("build", True)]
            default = next(lang["locale"] for lang in entry["i18n"]["languages"] if lang.get("default"))
            return [default] + [lang for lang in languages if lang != default]
    return [config.get("theme", {}).get("language", "en")]
