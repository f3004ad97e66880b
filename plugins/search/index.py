"""The Pagefind index of one language's pages, the content only.

Each language has its own bundle in its folder (``/pagefind/``, ``/lv/pagefind/``…), written by
its own build, so a page searches its own language only; Pagefind also splits by ``<html lang>``.
Only pages whose article carries ``data-pagefind-body`` are indexed (``mark_page``): fallback
copies of another language's text, the 404 pages, redirects and the editors' status page have
none and stay out.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
# Pagefind's service answers "written" before every file is on disk: on a busy machine a language's
# build found pagefind.js or pagefind-entry.json empty now and then, even with the service left to
# exit by itself (_let_finish). A bundle with an empty file is indexed again, up to this many times.
_ATTEMPTS = 3

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
    for _attempt in range(_ATTEMPTS):
        pages = asyncio.run(_build(folder))
        empty = sorted(p for p in output.rglob("*") if p.is_file() and not p.stat().st_size)
        if not empty:
            break
        shutil.rmtree(output)
    else:
        raise RuntimeError(f"{empty[0].relative_to(folder)} was written empty ({_ATTEMPTS} times)")
    entry = output / "pagefind-entry.json"
    entry.write_text(sorted_entry(entry.read_text(encoding="utf-8")), encoding="utf-8")
    for wasm in sorted(output.glob("wasm.*.pagefind")):
        wasm.write_bytes(smaller_gzip(wasm.read_bytes(), cache))
    # for servers that send a file's .gz beside it (nginx's gzip_static, `epi nginx`)
    script = (output / "pagefind.js").read_bytes()
    (output / "pagefind.js.gz").write_bytes(smaller_gzip(gzip.compress(script, mtime=0), cache))
    return pages


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


async def _build(folder: Path) -> int:
    from pagefind.index import IndexConfig, PagefindIndex  # the binary starts only when needed

    config = IndexConfig(exclude_selectors=list(EXCLUDE_SELECTORS), output_path=str(folder / OUTPUT))
    with _environment(PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=str(INDEX_CHUNK_SIZE)):
        async with PagefindIndex(config=config) as index:
            result = await index.add_directory(str(folder))
            await index.write_files()
            await _let_finish(index)
    return int(result.get("page_count", 0))


@contextlib.contextmanager
def _environment(**values: str) -> Iterator[None]:
    """Environment variables for the Pagefind binary the service starts, restored afterwards."""
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


async def _let_finish(index: Any) -> None:
    """Stop Pagefind's service by closing its input, so that it exits by itself once every file
    is written. The package's own close (on leaving ``async with``) writes all files a second
    time and kills the service the moment it answers, while it may still be writing the files
    that are not gzip (pagefind.js, pagefind-entry.json, the WebAssembly): they were left empty
    in one build out of a few, and search was broken on that site."""
    service = index._service  # the package has no public way to end the service gracefully
    backend = service._backend
    backend.stdin.close()
    try:
        await asyncio.wait_for(backend.wait(), timeout=60)
    finally:
        service._poll_task.cancel()
        if backend.returncode is None:
            backend.kill()
            await backend.wait()
        index._service = None  # so that leaving ``async with`` neither writes nor kills again
