"""The nginx configuration `epi nginx` generates, served for real on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request

from bs4 import BeautifulSoup


def fetch(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_security_headers(nginx_url):
    status, headers, _ = fetch(nginx_url)
    assert status == 200
    csp = headers["Content-Security-Policy"]
    assert (
        "default-src 'self'" in csp
        and "'sha256-" in csp
        and "unsafe-inline" not in csp
        and "frame-ancestors 'none'" in csp
    )
    # the search runs WebAssembly (Pagefind): allowed without allowing JavaScript eval
    assert "'wasm-unsafe-eval'" in csp and "'unsafe-eval'" not in csp
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "geolocation=()" in headers["Permissions-Policy"]
    assert "nginx/" not in headers.get("Server", "")


def test_hashed_assets_are_cached_for_long(nginx_url, real_site):
    bundle = next((real_site.site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    status, headers, _ = fetch(nginx_url + f"assets/javascripts/{bundle}")
    assert status == 200 and "immutable" in headers["Cache-Control"] and headers["Content-Security-Policy"]
    _, plain, _ = fetch(nginx_url + "about/")
    assert "immutable" not in plain.get("Cache-Control", "")


def test_not_found_in_the_readers_language(nginx_url):
    for prefix, lang in (("", "en"), ("lv/", "lv"), ("de/", "de")):
        status, headers, body = fetch(nginx_url + prefix + "no-such-page/")
        assert status == 404
        assert BeautifulSoup(body, "lxml").html["lang"] == lang
        assert headers["Content-Security-Policy"]


def test_gzip(nginx_url, real_site):
    css = next((real_site.site / "assets" / "stylesheets").glob("main.*.min.css")).name
    status, headers, body = fetch(nginx_url + f"assets/stylesheets/{css}", **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body).startswith(b"@charset") or len(gzip.decompress(body)) > len(body)
    # compressed well (level 6), not at nginx's default level 1, which sends 7-10 % more
    plain = gzip.decompress(body)
    assert len(body) <= len(gzip.compress(plain, 6)) * 1.02 < len(gzip.compress(plain, 1))


def test_search_index_files_are_sent_as_they_are(nginx_url, real_site):
    """Pagefind's files are gzip already: sent as bytes, not compressed again, with the headers."""
    entry = json.loads(
        (real_site.site / "lv" / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    )
    meta = f"lv/pagefind/pagefind.{entry['languages']['lv']['hash']}.pf_meta"
    status, headers, body = fetch(nginx_url + meta, **{"Accept-Encoding": "gzip"})
    assert status == 200 and body == (real_site.site / meta).read_bytes()
    assert headers["Content-Type"].startswith("application/octet-stream")
    assert "Content-Encoding" not in headers and "'wasm-unsafe-eval'" in headers["Content-Security-Policy"]


def test_pagefinds_script_is_sent_as_compressed_at_build(nginx_url, real_site):
    """pagefind.js.gz, written by the build with Zopfli: smaller than nginx's own gzip."""
    script = real_site.site / "pagefind" / "pagefind.js"
    status, headers, body = fetch(nginx_url + "pagefind/pagefind.js", **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert body == script.with_name("pagefind.js.gz").read_bytes()
    assert gzip.decompress(body) == script.read_bytes()
    assert len(body) < len(gzip.compress(script.read_bytes(), 6))
    assert headers["Content-Type"].startswith("application/javascript")
    _, plain_headers, plain = fetch(nginx_url + "pagefind/pagefind.js")
    assert plain == script.read_bytes() and "Content-Encoding" not in plain_headers
