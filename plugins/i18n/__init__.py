"""epi-i18n: honest language handling on top of mkdocs-static-i18n.

Fallback pages say so and carry their real language; hreflang alternates, canonical links and
sitemaps list only real translations, with absolute URLs and x-default; each language gets its
own 404 page (and its own search index, from epi-search).
"""
