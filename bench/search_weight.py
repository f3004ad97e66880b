"""Page weight and first-query weight, for the real site and with 1,000 stories in eight languages.

Both sites are served by nginx with the configuration `epi nginx` writes, and loaded by Debian's
chromium; a weight is the bytes of response bodies as received (gzip where nginx compresses,
Pagefind's files as they are on disk, which Pagefind gzips itself), headers not counted.
- page load: every request of a page type until the network is idle (nothing of Pagefind loads
  before the search box is used);
- first query: everything the search fetches from a click in the box of a language's home page to
  the first results shown, file by file (Pagefind's script and WebAssembly, its entry file, the
  language's meta index, the index chunks and the result fragments), with the word entered at
  once; and the total when it is typed at 150 ms a key (a search runs wherever typing pauses).

Usage: .venv/bin/python bench/search_weight.py [--real SITE] [--synthetic SITE] [--stories 1000]
(--real/--synthetic reuse sites built before, e.g. by a previous run with --keep DIR.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, Transfers, chromium, nginx, page_load, report, settle, timed_build  # noqa: E402
from news import news_config, synthetic_news  # noqa: E402

PAGE_TYPES = {
    "home": "",
    "city": "cities/riga/",
    "story": None,  # the newest story of the site
    "news list": "news/",
    "toolkit": "toolkit/",
    "toolkit chapter": "toolkit/intercultural-review/",
    "self-assessment": "self-assessment/",
    "downloads": "downloads/",
}
# A word on many pages of every language (a city's name, typed without diacritics), so the
# first query shows a full first batch of results and has more to load.
QUERY = "Riga"
QUERY_LANGUAGES = ["en", "de", "pl", "lv"]
TYPING_MS = 150  # a visitor typing about 7 keys a second


def newest_story(site: Path) -> str:
    stories = sorted(path.parent for path in (site / "news").glob("[12]*/index.html"))
    return stories[-1].relative_to(site).as_posix() + "/"


def first_query(browser, base: str, lang: str, query: str, key_ms: int | None = None) -> dict:
    """What the search fetches from a click in the box to the results of ``query``, entered at
    once (one search) or typed at ``key_ms`` a key (a search wherever the typing pauses)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + ("" if lang == "en" else f"{lang}/"), wait_until="networkidle")
    transfers = Transfers(page)
    start = time.perf_counter()
    page.locator(".md-search__input").click()
    if key_ms is None:
        page.locator(".md-search__input").fill(query)
    else:
        page.keyboard.type(query, delay=key_ms)
    page.locator(f'[data-epi-search-list][data-query="{query}"]').wait_for(state="attached")
    shown = page.locator(".md-search-result__item").count()
    settle(page, transfers)
    elapsed = time.perf_counter() - start
    context.close()
    files = [(urlsplit(url).path.removeprefix("/"), size) for url, size in transfers.files]
    groups: dict[str, int] = {}
    for name, size in files:
        group = _search_part(name)
        groups[group] = groups.get(group, 0) + size
    return {
        "total": sum(size for _, size in files),
        "requests": len(files),
        "results_shown": shown,
        "fragments": sum(1 for name, _ in files if name.endswith(".pf_fragment")),
        "by_part": groups,
        "files": dict(files),
        "seconds_to_settle": round(elapsed, 1),
    }


def _search_part(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    if base.startswith("wasm."):
        return "wasm"
    for suffix in (".pf_meta", ".pf_index", ".pf_filter", ".pf_fragment"):
        if base.endswith(suffix):
            return suffix.removeprefix(".pf_")
    return base


def measure(site: Path, query: str) -> dict:
    paths = {name: newest_story(site) if path is None else path for name, path in PAGE_TYPES.items()}
    with nginx(site) as base, chromium() as browser:
        return {
            "page_load_bytes": {name: page_load(browser, base + path) for name, path in paths.items()},
            "first_query_bytes": {lang: first_query(browser, base, lang, query) for lang in QUERY_LANGUAGES},
            f"typed_at_{TYPING_MS}_ms_a_key_bytes": {
                lang: first_query(browser, base, lang, query, TYPING_MS)["total"] for lang in QUERY_LANGUAGES
            },
            "pagefind_files": {
                "count": sum(1 for path in (site / "pagefind").rglob("*") if path.is_file()),
                "bytes": sum(
                    path.stat().st_size for path in (site / "pagefind").rglob("*") if path.is_file()
                ),
            },
        }


def summary(result: dict) -> dict:
    """The figures the issue's targets are about, in KB (1,000 bytes)."""
    return {
        "page_load_kb": {name: round(v["total"] / 1000, 1) for name, v in result["page_load_bytes"].items()},
        "first_query_kb": {
            lang: round(v["total"] / 1000, 1) for lang, v in result["first_query_bytes"].items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=Path, help="a build of the real site to measure")
    parser.add_argument("--synthetic", type=Path, help="a build with synthetic stories to measure")
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--query", default=QUERY)
    parser.add_argument("--keep", type=Path, help="build the sites into this folder and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        real = args.real
        if real is None:
            real = folder / "real-site"
            timed_build(REPO / "mkdocs.yml", real)
        synthetic = args.synthetic
        if synthetic is None:
            stories = folder / f"news{args.stories}"
            config = news_config(folder, synthetic_news(stories, args.stories))
            synthetic = folder / f"site-{args.stories}"
            timed_build(config, synthetic)
        sites = {
            "real site": measure(real, args.query),
            f"{args.stories} stories": measure(synthetic, args.query),
        }
    result = {
        "query": args.query,
        "targets_kb": {"page load, 1,000 stories": 150, "home page, real site": 100, "first query": 100},
        "summary": {name: summary(site) for name, site in sites.items()},
        **sites,
    }
    report("search_weight", result)


if __name__ == "__main__":
    main()
