"""Build speed and page weight of the EPI portal.

Reports, in one run on this machine (vanilla = Material + static-i18n with none of our plugins):
- the median wall time of a full `mkdocs build` of the real site (all eight languages), one
  language after the other and with the languages built by one process per core (EPI_JOBS);
- the same for a vanilla build of the hand-written Markdown, and the ratio of the two;
- a vanilla build of the same pages: the hand-written ones plus every page our plugins generate,
  exported as Markdown; the difference is what our plugins add;
- the transferred weight of each page type as Debian's chromium loads it from nginx on 127.0.0.1
  with the configuration `epi nginx` writes: HTML, CSS, JS and images as received (gzip level 6).
  (bench/search_weight.py adds the first search query, and the same with 1,000 stories.)

Usage: .venv/bin/python bench/build_and_weight.py [--runs 5]
(scripts/setup --test-tools installs what it needs.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, page_weights, plugin_name, report, site_config, timed_build, write_config  # noqa: E402


def same_pages_config(docs: Path) -> Path:
    """Vanilla Material + static-i18n over the hand-written pages plus every page our plugins
    generate (exported as Markdown by one build with EPI_EXPORT_GENERATED): the same pages."""
    config = site_config()
    config["docs_dir"] = str(docs)
    config["plugins"] = [p for p in config["plugins"] if not plugin_name(p).startswith("epi-")]
    return write_config(config, "vanilla-same-pages")


def vanilla_config() -> Path:
    """mkdocs.yml of the real site without our plugins (nor the pages they generate), reading
    the same docs/."""
    config = site_config()
    config["plugins"] = [p for p in config["plugins"] if not plugin_name(p).startswith("epi-")]
    config["nav"] = [item for item in config["nav"] if str(item).count("/") == 0 and item != "downloads.md"]
    for entry in config["plugins"]:
        if isinstance(entry, dict) and "i18n" in entry:
            entry["i18n"]["reconfigure_search"] = True  # the plugin's default
    return write_config(config, "vanilla")


PAGE_TYPES = {
    "home": "",
    "page": "about/",
    "cities": "cities/",
    "city": "cities/cartagena/",
    "compare": "cities/compare/",
    "news": "news/",
    "story": "news/2022-05-30-final-conference-monza/",
    "toolkit chapter": "toolkit/intercultural-review/",
    "downloads": "downloads/",
    "self-assessment": "self-assessment/",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vanilla = vanilla_config()
        docs = folder / "docs"
        shutil.copytree(REPO / "docs", docs)
        export = os.environ.copy()
        export["EPI_EXPORT_GENERATED"] = str(docs)
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(folder / "export")],
            cwd=REPO,
            env=export,
            check=True,
            capture_output=True,
        )
        same = same_pages_config(docs)
        same_times = []
        ours, ours_parallel, plain = [], [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            ours.append(timed_build(REPO / "mkdocs.yml", folder / "ours"))
            ours_parallel.append(timed_build(REPO / "mkdocs.yml", folder / "ours", jobs=os.cpu_count() or 1))
            plain.append(timed_build(vanilla, folder / "vanilla"))
            same_times.append(timed_build(same, folder / "same"))
        weights = page_weights(folder / "ours", PAGE_TYPES)
    result = {
        "runs": args.runs,
        "portal_build_median_s": round(statistics.median(ours), 2),
        "portal_build_parallel_median_s": round(statistics.median(ours_parallel), 2),
        "parallel_jobs": os.cpu_count() or 1,
        "vanilla_build_median_s": round(statistics.median(plain), 2),
        "ratio": round(statistics.median(ours) / statistics.median(plain), 2),
        "vanilla_same_pages_median_s": round(statistics.median(same_times), 2),
        "plugins_share_same_pages": round(1 - statistics.median(same_times) / statistics.median(ours), 2),
        "gzip_bytes_by_page_type": weights,
    }
    report("build_and_weight", result)


if __name__ == "__main__":
    main()
