"""The Pagefind index of one language's pages, the content only.

Each language has its own bundle in its folder (``/pagefind/``, ``/lv/pagefind/``…), written by
its own build, so a page searches its own language only; Pagefind also splits by ``<html lang>``.
Only pages whose article carries ``data-pagefind-body`` are indexed (``mark_page``): fallback
copies of another language's text, the 404 pages, redirects and the editors' status page have
none and stay out.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

# Inside the article, what is not the page's own text: the map (country and city names run
# together), charts and score bars, the share links, breadcrumbs, heading permalinks (¶), the
# "edit this page" button, footnotes' "↩" links (160 words of the German index) and every inline
# SVG (icons, the emblem); lists of stories (the home page's latest, a city's stories, the news
# lists' cards and pages: each story is indexed on its own page, and with 1,000 stories a city
# page's 140 cards made its result fragment 16 KB and filled the index chunks every query loads).
EXCLUDE_SELECTORS = (
    "svg",
    ".epi-map",
    ".epi-chart",
    ".epi-matrix__bar",
    ".epi-share",
    ".epi-breadcrumbs",
    ".headerlink",
    ".footnote-backref",
    ".md-content__button",
    ".md-footer",
    ".epi-fallback",
    ".epi-story-card",
    ".epi-pagination",
)

OUTPUT = "pagefind"

# Pagefind splits each language's word index into chunks of about 20,000 word positions and a
# query loads the chunk of each word typed: 38-42 KB gzip on the real site (a whole language in
# one chunk), more than the rest of a query's files after the script and WebAssembly. Chunks of
# 2,000 are 2-8 KB and make the language's meta index (loaded once) 0.1-0.3 KB bigger. The
# setting is the binary's environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (pinned
# version: pyproject.toml; the browser test of a first query's weight notices if it goes).
INDEX_CHUNK_SIZE = 2000

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"(?=>)')
# A fallback copy opens with the notice (main.html); a section shown in the original language
# (a city's narrative) has the same notice further down, and the page is still indexed.
_FALLBACK_PAGE = re.compile(
    r'<article class="md-content__inner md-typeset">\s*<div class="admonition info epi-fallback"'
)


def mark_page(html: str) -> str:
    """Mark the article as the page's searchable text, unless the page is a fallback copy."""
    if _FALLBACK_PAGE.search(html):
        return html
    return _ARTICLE.sub(lambda m: m.group(0) + " data-pagefind-body", html, count=1)


def build_index(folder: Path, cache: Path | None = None) -> int:
    """Index the pages of one language's folder into ``folder/pagefind/`` (a bundle with this
    language's index only); the number of pages indexed. ``cache``: a folder keeping the
    recompressed WebAssembly from one build to the next."""
    output = folder / OUTPUT
    _run_pagefind(folder, output)
    entry = output / "pagefind-entry.json"
    for name in ("pagefind.js", "pagefind-entry.json"):
        if not (output / name).is_file() or not (output / name).stat().st_size:
            raise RuntimeError(f"{OUTPUT}/{name} was not written")
    text = sorted_entry(entry.read_text(encoding="utf-8"))
    entry.write_text(text, encoding="utf-8")
    for wasm in sorted(output.glob("wasm.*.pagefind")):
        wasm.write_bytes(smaller_gzip(wasm.read_bytes(), cache))
    # for servers that send a file's .gz beside it (nginx's gzip_static, `epi nginx`)
    script = (output / "pagefind.js").read_bytes()
    (output / "pagefind.js.gz").write_bytes(smaller_gzip(gzip.compress(script, mtime=0), cache))
    return sum(int(language.get("page_count", 0)) for language in json.loads(text)["languages"].values())


def smaller_gzip(data: bytes, cache: Path | None = None) -> bytes:
    """The same gzip content compressed by Zopfli: Pagefind's WebAssembly (gzip -9 at rest, sent
    as it is, inflated by Pagefind's script) loses 3.1-3.3 KB of its 68-72 KB. Zopfli takes
    about a second a file and its output is always the same: kept in ``cache`` by the input's
    SHA-256 (the files change only with Pagefind's version)."""
    import zopfli.gzip

    cached = cache / "epi-pagefind" / f"{hashlib.sha256(data).hexdigest()[:32]}.gz" if cache else None
    if cached and cached.is_file():
        return cached.read_bytes()
    smaller = zopfli.gzip.compress(gzip.decompress(data), numiterations=15)
    result = smaller if len(smaller) < len(data) else data
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(result)
    return result


def sorted_entry(text: str) -> str:
    """pagefind-entry.json with its languages in order: Pagefind writes them from a hash map, in
    a different order each run. Each bundle is one language's folder, so it normally lists one;
    a page in it whose ``<html lang>`` is another would add a second, in any order."""
    entry = json.loads(text)
    entry["languages"] = dict(sorted(entry["languages"].items()))
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def _run_pagefind(folder: Path, output: Path) -> None:
    """Pagefind's command line on ``folder``: a process that ends once every file is written.
    (Its Python service answered "written" before all files were on disk: on a busy machine a
    bundle now and then had pagefind.js, pagefind-entry.json or the WebAssembly cut short.)"""
    excluded = [arg for selector in EXCLUDE_SELECTORS for arg in ("--exclude-selectors", selector)]
    done = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(output), "--silent"]
        + excluded,
        env={**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": str(INDEX_CHUNK_SIZE)},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(f"Pagefind stopped ({done.returncode}): {said[-1] if said else 'no message'}")
