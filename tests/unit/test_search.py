"""epi-search's marking of the built pages for Pagefind."""

import json

import pytest

from epi_portal.search import index
from epi_portal.search.index import EXCLUDE_SELECTORS, mark_page, smaller_gzip, sorted_entry

ARTICLE = '<article class="md-content__inner md-typeset">'


def test_the_article_is_the_searchable_text():
    html = f'<html lang="de"><body>{ARTICLE}<h1>Titel</h1></article><footer>x</footer></body></html>'
    assert mark_page(html).count('<article class="md-content__inner md-typeset" data-pagefind-body>') == 1


def test_fallback_copies_stay_out():
    html = f'{ARTICLE}\n  <div class="admonition info epi-fallback" role="note"><p>…</p></div></article>'
    assert mark_page(html) == html


def test_a_page_with_one_section_in_the_original_language_is_indexed():
    html = f'{ARTICLE}<h1>Mockford</h1><div class="admonition info epi-fallback"><p>…</p></div></article>'
    assert "data-pagefind-body" in mark_page(html)


def test_a_page_without_material_article_is_left_alone():
    assert (
        mark_page("<html><body><p>redirect</p></body></html>") == "<html><body><p>redirect</p></body></html>"
    )


def test_what_is_not_text_is_excluded():
    for selector in (
        "svg",
        ".epi-map",
        ".epi-chart",
        ".epi-share",
        ".epi-breadcrumbs",
        ".headerlink",
        ".footnote-backref",
        ".epi-story-card",  # stories are found on their own pages, not in every list of them
        ".epi-pagination",
    ):
        assert selector in EXCLUDE_SELECTORS


def test_the_entry_file_lists_languages_in_order():
    written = (
        '{"version":"1.5.2","languages":{"lv":{"hash":"lv_1","wasm":null,"page_count":2},'
        '"de":{"hash":"de_2","wasm":"de","page_count":3}},"include_characters":["_","‿"]}'
    )
    entry = sorted_entry(written)
    assert list(json.loads(entry)["languages"]) == ["de", "lv"]
    assert json.loads(entry) == json.loads(written) and "‿" in entry and ": " not in entry
    assert sorted_entry(entry) == entry


def test_the_webassembly_is_recompressed_smaller_with_the_same_content(tmp_path):
    import gzip
    import random

    rng = random.Random(1)
    words = [bytes(rng.choices(b"abcdefghij\x00\x01", k=rng.randint(2, 9))) for _ in range(400)]
    content = b" ".join(rng.choices(words, k=20_000))
    at_rest = gzip.compress(content, 9)
    smaller = smaller_gzip(at_rest, cache=tmp_path)
    assert gzip.decompress(smaller) == content and len(smaller) < len(at_rest)
    assert list((tmp_path / "epi-pagefind").iterdir())  # kept for the next build
    assert smaller_gzip(at_rest, cache=tmp_path) == smaller == smaller_gzip(at_rest)


def test_a_folder_is_indexed_by_pagefinds_command_line(tmp_path):
    """The real binary, on one marked page and one fallback copy: one page indexed, the bundle
    whole (the entry sorted, the WebAssembly and the script's .gz beside it)."""
    page = '<html lang="lv"><body>' + mark_page(
        f"{ARTICLE}<h1>Rīga</h1><p>Starpkultūru pilsēta</p></article>"
    )
    (tmp_path / "riga").mkdir()
    (tmp_path / "riga" / "index.html").write_text(page + "</body></html>", encoding="utf-8")
    fallback = f'{ARTICLE}<div class="admonition info epi-fallback">…</div><p>Other</p></article>'
    (tmp_path / "index.html").write_text(f'<html lang="lv"><body>{mark_page(fallback)}</body></html>')
    assert index.build_index(tmp_path) == 1
    bundle = tmp_path / index.OUTPUT
    assert json.loads((bundle / "pagefind-entry.json").read_text())["languages"]["lv"]["page_count"] == 1
    assert all(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    assert (bundle / "pagefind.js.gz").is_file() and list(bundle.glob("wasm.*.pagefind"))


def test_a_bundle_pagefind_did_not_write_stops_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(index, "_run_pagefind", lambda folder, output: output.mkdir())
    with pytest.raises(RuntimeError, match=r"pagefind/pagefind.js was not written"):
        index.build_index(tmp_path)
