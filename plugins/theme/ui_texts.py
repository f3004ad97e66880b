"""Material's UI texts that are not in the page's language, taken from our UI strings instead.

The colour-scheme toggle's name (``aria-label`` and ``title``) is ``theme.palette[].toggle.name``
in mkdocs.yml, one text for every language; Material's Italian label of the tabs is English
("Tabs"). The templates are patched as they are loaded, like the escaping (escaping.py); a site
without epi-i18n (no ``epi_t``) keeps Material's texts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# The UI string naming a toggle, by the scheme it switches to.
SCHEME_KEYS = {"default": "theme.palette_to_light", "slate": "theme.palette_to_dark"}

_KEY = "epi_palette_key(config.theme.palette, loop.index0)"
PALETTE_PATCHES = (
    (
        "{{ option.toggle.name }}",
        f"{{% if epi_t is defined and {_KEY} %}}{{{{ epi_t({_KEY}) | e }}}}"
        "{% else %}{{ option.toggle.name }}{% endif %}",
        2,  # the radio button's aria-label and its label's title
    ),
)
TABS_PATCHES = (
    (
        "{{ lang.t('tabs') }}",
        "{% if epi_t is defined %}{{ epi_t('theme.tabs') | e }}{% else %}{{ lang.t('tabs') }}{% endif %}",
        1,
    ),
)


def palette_key(palette: Sequence[Mapping[str, Any]], index: int) -> str | None:
    """The UI string key of option ``index``'s toggle: Material's toggle switches to the next
    option (the last one to the first), so it is named by that option's scheme; None for a
    scheme of the site's own (its mkdocs.yml name stays)."""
    target = palette[(index + 1) % len(palette)]
    return SCHEME_KEYS.get(target.get("scheme") or "default")
