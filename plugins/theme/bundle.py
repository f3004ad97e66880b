"""Stop Material's JavaScript from fetching ``sitemap.xml`` below every hreflang alternate.

Material's bundle reads every ``<link rel="alternate">`` of the page and fetches
``sitemap.xml`` relative to it, to remap language-switcher clicks. With absolute hreflang
URLs that is a request to the production host from every preview, and a 404 for each
alternate page. static-i18n already points the switcher at the page's own translations, so
the remapping is not needed: the selector is narrowed to elements that never exist.
"""

from __future__ import annotations

SELECTOR = '"link[rel=alternate]"'
NARROWED = '"link[rel=alternate][data-epi-never]"'


class BundleChanged(Exception):
    pass


def patch_bundle(source: str) -> str:
    if NARROWED in source:
        return source
    count = source.count(SELECTOR)
    if count != 1:
        raise BundleChanged(
            f"expected Material's bundle to use {SELECTOR} once, found it {count} times: "
            "check plugins/theme/bundle.py against this Material version"
        )
    return source.replace(SELECTOR, NARROWED)
