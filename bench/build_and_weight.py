"""Build speed and page weight of the EPI portal.

Reports, in one run on this machine:
- the median wall time of a full `mkdocs build` of the real site (all eight languages);
- the same for a vanilla Material + mkdocs-static-i18n build of the same Markdown, without
  any plugin of ours, and the ratio of the two;
- the transferred weight of the home page as Debian's chromium loads it from 127.0.0.1:
  HTML, CSS, JS, images and the search index, each gzip-compressed (level 6, as web servers do).

Usage: .venv/bin/python bench/build_and_weight.py [--runs 5]
(scripts/setup --test-tools installs what it needs.)
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
OUR_PLUGINS = {"epi-content", "epi-i18n", "epi-theme"}


def vanilla_config(folder: Path) -> Path:
    """mkdocs.yml of the real site without our plugins, reading the same docs/."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=_EnvLoader)
    config["docs_dir"] = str(REPO / "docs")
    config["plugins"] = [p for p in config["plugins"] if (p if isinstance(p, str) else next(iter(p))) not in OUR_PLUGINS]
    for entry in config["plugins"]:
        if isinstance(entry, dict) and "i18n" in entry:
            entry["i18n"]["reconfigure_search"] = True  # the plugin's default
    config["strict"] = False
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


class _EnvLoader(yaml.SafeLoader):
    pass


_EnvLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def timed_build(config: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def home_page_weight(site: Path) -> dict[str, int]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    urls: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.on("request", lambda request: urls.append(request.url))
        page.goto(base, wait_until="networkidle")
        browser.close()
    server.shutdown()
    weights: dict[str, int] = {}
    for url in dict.fromkeys(urls):
        path = urlsplit(url).path
        file = site / (path.lstrip("/") or "index.html")
        if file.is_dir():
            file = file / "index.html"
        kind = _kind(file.name)
        weights[kind] = weights.get(kind, 0) + len(gzip.compress(file.read_bytes(), compresslevel=6))
    return weights


def _kind(name: str) -> str:
    if name.endswith(".html"):
        return "html"
    if name.endswith(".css"):
        return "css"
    if name.endswith(".js"):
        return "js"
    if name.endswith(".json"):
        return "search index"
    return "images and other"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vanilla = vanilla_config(folder)
        ours, plain = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            ours.append(timed_build(REPO / "mkdocs.yml", folder / "ours"))
            plain.append(timed_build(vanilla, folder / "vanilla"))
        weights = home_page_weight(folder / "ours")
    result = {
        "runs": args.runs,
        "portal_build_median_s": round(statistics.median(ours), 2),
        "vanilla_build_median_s": round(statistics.median(plain), 2),
        "ratio": round(statistics.median(ours) / statistics.median(plain), 2),
        "home_page_gzip_bytes": weights,
        "home_page_gzip_total": sum(weights.values()),
    }
    print(json.dumps(result, indent=2))
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "build_and_weight.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
