"""The epi-news plugin's cost with 100 and 1,000 synthetic stories in eight languages.

Reports medians of N full `mkdocs build`s of the real site with its news replaced by made-up
stories in a temporary folder (each story in all eight languages), the same site without
epi-news, the time per story (flat from 100 to 1,000 stories means linear growth) and each
build's peak memory (with Pagefind's, and the Python process's alone); with --vanilla, also
Material + static-i18n alone over the very same pages; with --jobs N (default: the cores), also
the stories built with the languages in N processes, as `epi build` does. One untimed build of
each project first draws its social cards into its cache, as on an editor's machine.

Usage: .venv/bin/python bench/news.py [--runs 1] [--counts 100 1000] [--vanilla] [--jobs 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    REPO,
    Build,
    measured_build,
    plugin_name,
    project_copy,
    report,
    site_config,
    write_config,
)

sys.path.insert(0, str(REPO))
from epi_portal.project.languages import site_languages  # noqa: E402

LANGUAGES = site_languages(REPO)
TOPICS = ["project-meetings", "events", "intercultural-review", "pilot-actions", "newsletter", "conference"]
CITIES = ["cartagena", "cluj-napoca", "dietzenbach", "linkoping", "lublin", "ravenna", "riga"]
BODY = " ".join(["Made-up benchmark text with no meaning."] * 40)


def synthetic_news(folder: Path, count: int) -> Path:
    start = dt.date(2000, 1, 1)
    for i in range(count):
        day = start + dt.timedelta(days=i)
        story = folder / f"{day.isoformat()}-synthetic-story-{i:04d}"
        story.mkdir(parents=True)
        for lang in LANGUAGES:
            (story / f"index.{lang}.md").write_text(
                f"---\ntitle: Synthetic story {i:04d} ({lang})\ndate: {day.isoformat()}\n"
                f"summary: Made-up story {i:04d} for the benchmark.\ncities: [{CITIES[i % 7]}]\n"
                f"topics: [{TOPICS[i % 6]}]\n---\n{BODY}\n",
                encoding="utf-8",
            )
    return folder


def news_config(folder: Path, news: Path | None) -> Path:
    """A copy of the project with ``news`` as its stories (or without epi-news and no story)."""
    root = folder / f"project-{'none' if news is None else news.name}"
    empty = folder / "no-news"
    empty.mkdir(exist_ok=True)
    project_copy(root, news=news or empty)
    config = site_config()
    config["docs_dir"] = "docs"
    if news is None:
        config["plugins"] = [entry for entry in config["plugins"] if plugin_name(entry) != "epi-news"]
        config["nav"] = [item for item in config["nav"] if not str(item).startswith("news/")]
    return write_config(config, "news", root)


def vanilla_config(folder: Path, project: Path, count: int) -> Path:
    """Vanilla Material + static-i18n over the very same pages as ``project`` (hand-written ones
    plus every page our plugins generate, exported as Markdown by one build with
    EPI_EXPORT_GENERATED): what MkDocs itself costs for them."""
    docs = folder / f"vanilla-docs-{count}"
    shutil.copytree(project / "docs", docs)
    measured_build(
        project / "mkdocs.yml", folder / "export", {**os.environ, "EPI_EXPORT_GENERATED": str(docs)}
    )
    config = site_config()
    config["docs_dir"] = str(docs)
    config["plugins"] = [entry for entry in config["plugins"] if not plugin_name(entry).startswith("epi-")]
    return write_config(config, f"news-vanilla-{count}", _empty_root(folder / f"vanilla-{count}"))


def _empty_root(root: Path) -> Path:
    root.mkdir()
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--counts", type=int, nargs="+", default=[100, 1000])
    parser.add_argument(
        "--vanilla", action="store_true", help="also build the same pages without our plugins"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="also build the stories with the languages built by this many processes (as epi build does)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        configs = {"without epi-news": news_config(tmp, None)}
        for count in args.counts:
            configs[f"{count} stories"] = news_config(tmp, synthetic_news(tmp / f"news{count}", count))
            if args.jobs > 1:
                configs[f"{count} stories, {args.jobs} processes"] = configs[f"{count} stories"]
            if args.vanilla:
                project = configs[f"{count} stories"].parent
                configs[f"{count} stories, vanilla"] = vanilla_config(tmp, project, count)
        builds: dict[str, list[Build]] = {name: [] for name in configs}
        for config in dict.fromkeys(configs.values()):  # untimed: the social cards drawn and cached
            measured_build(config, tmp / "site")
        for _ in range(args.runs):  # interleaved, so every variant sees the same machine load
            for name, config in configs.items():
                builds[name].append(
                    measured_build(config, tmp / "site", jobs=args.jobs if "processes" in name else 1)
                )
    times = {name: statistics.median(b.seconds for b in runs) for name, runs in builds.items()}
    base = times["without epi-news"]
    result = {
        "runs": args.runs,
        "build_median_s": {name: round(value, 2) for name, value in times.items()},
        "build_median_cpu_s": {
            name: round(statistics.median(b.cpu_seconds for b in runs), 2) for name, runs in builds.items()
        },
        "peak_memory_mb": {name: round(max(b.peak_mb for b in runs)) for name, runs in builds.items()},
        "python_peak_memory_mb": {
            name: round(max(b.python_peak_mb for b in runs)) for name, runs in builds.items()
        },
        "epi_news_share": {
            f"{c} stories": round((times[f"{c} stories"] - base) / times[f"{c} stories"], 2)
            for c in args.counts
        },
        # the whole build's time per story (eight pages each) and what the stories add to it:
        # flat from 100 to 1,000 stories means linear growth
        "s_per_story": {f"{c} stories": round(times[f"{c} stories"] / c, 4) for c in args.counts},
        "s_per_story_all_languages": {
            f"{c} stories": round((times[f"{c} stories"] - base) / c, 4) for c in args.counts
        },
    }
    if args.vanilla:
        result["vanilla_s_per_story_all_languages"] = {
            f"{c} stories": round((times[f"{c} stories, vanilla"] - base) / c, 4) for c in args.counts
        }
    report("news", result)


if __name__ == "__main__":
    main()
