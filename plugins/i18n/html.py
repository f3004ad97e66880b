"""Edits of the built HTML that templates cannot reach."""

from __future__ import annotations

import json
import re

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def set_theme_base(html: str, lang: str) -> str:
    """Point Material's client-side ``base`` at the language's root (``<base>/<lang>/``).

    Material's search loads ``<base>/search/search_index.json`` and resolves results against
    ``base``; with the language root as base, each language searches its own index.
    """

    def replace(match: re.Match[str]) -> str:
        config = json.loads(match.group(2))
        base = config.get("base", ".").rstrip("/")
        # the trailing slash matters: Material resolves URLs against it with new URL()
        config["base"] = f"{base}/{lang}/" if base else f"/{lang}/"
        text = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return match.group(1) + text + match.group(3)

    # a page without Material's config (a redirect stub, say) has no search to point
    return _CONFIG.sub(replace, html, count=1)
