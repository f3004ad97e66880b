"""The epi-cities plugin's cost, and how it grows with the number of cities.

Reports, on this machine, medians of N runs:
- full `mkdocs build` of the real site with and without epi-cities (its share of the build);
- the same with 200 synthetic cities (made-up data in a temporary folder) instead of the seven;
- the pure core alone (load + render of every page in eight languages), for 7 and 200 cities.

Usage: .venv/bin/python bench/cities.py [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, plugin_name, project_copy, report, site_config, timed_build, write_config  # noqa: E402

sys.path.insert(0, str(REPO))
from epi_portal._shared.language import Language  # noqa: E402
from epi_portal._shared.strings import DEFAULT_DIR, load_tables  # noqa: E402
from epi_portal.cities import render  # noqa: E402
from epi_portal.cities.load import load_cities  # noqa: E402
from epi_portal.project.languages import site_languages  # noqa: E402

LANGUAGES = site_languages(REPO)
COUNTRIES = ["ES", "RO", "DE", "SE", "PL", "IT", "LV", "FR", "PT", "AT", "CZ", "HU", "NL", "BE", "DK", "FI"]


def synthetic_cities(folder: Path, count: int) -> Path:
    """``count`` made-up cities (names say so) with a few made-up scores each."""
    shutil.copy(REPO / "content" / "cities" / "method.yaml", folder / "method.yaml")
    for i in range(count):
        city = folder / f"synthetic-{i:03d}"
        city.mkdir()
        (city / "city.yaml").write_text(
            yaml.safe_dump(
                {
                    "name": {"en": f"Synthetic City {i:03d}"},
                    "country": COUNTRIES[i % len(COUNTRIES)],
                    "coordinates": {
                        "lat": 38 + (i * 7) % 20,
                        "lon": -8 + (i * 11) % 32,
                        "source": "https://example.test/synthetic",
                    },
                    "partners": [
                        {
                            "name": f"Synthetic Partner {i:03d}",
                            "role": "city",
                            "source": "https://example.test/synthetic",
                        }
                    ],
                    "sources": [{"title": "Made-up benchmark data", "url": "https://example.test/synthetic"}],
                }
            )
        )
        (city / "assessment.yaml").write_text(
            yaml.safe_dump(
                {
                    "method": "icc-index",
                    "year": 2010 + i % 15,
                    "overall": {"score": i % 101, "source": "https://example.test/synthetic"},
                    "areas": {
                        "language": {"score": (i * 3) % 101, "source": "https://example.test/synthetic"}
                    },
                }
            )
        )
        (city / "index.en.md").write_text(
            f"---\nsummary: Made-up city {i:03d} for the benchmark.\n---\n## Context\n\nNothing real.\n"
        )
    return folder


def cities_config(folder: Path, cities: Path | None) -> Path:
    """A copy of the project with ``cities`` (or the real ones, without epi-cities), without the
    other generators (news, toolkit, downloads refer to the cities and would blur the measure)."""
    root = folder / f"project-{'none' if cities is None else cities.name}"
    project_copy(root, **({"cities": cities} if cities is not None else {}))
    for story in (root / "content" / "news").iterdir():  # stories and downloads name real cities
        shutil.rmtree(story)
    (root / "content" / "downloads" / "downloads.yaml").write_text("downloads: []\n", encoding="utf-8")
    config = site_config()
    config["docs_dir"] = "docs"
    others = {"epi-news", "epi-toolkit", "epi-downloads"}
    config["plugins"] = [
        entry
        for entry in config["plugins"]
        if plugin_name(entry) not in others and not (plugin_name(entry) == "epi-cities" and cities is None)
    ]
    keep = ("cities/",) if cities is not None else ()
    config["nav"] = [
        item
        for item in config["nav"]
        if "/" not in str(item) and item != "downloads.md" or str(item).startswith(keep)
    ]
    return write_config(config, "cities", root)


def core_time(cities: Path) -> float:
    """Load once, render every page in every language: what the plugin itself computes."""
    strings = load_tables(DEFAULT_DIR, LANGUAGES)
    start = time.perf_counter()
    data = load_cities(cities, LANGUAGES, schemas=REPO / "schemas", root=REPO)
    for lang in LANGUAGES:
        loc = Language(lang, tuple(LANGUAGES), strings)
        render.index_page(data, loc, root="../")
        render.compare_page(data, loc)
        for city in data.cities:
            render.city_page(city, data, loc, root="../../")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        many = tmp / "cities200"
        many.mkdir()
        synthetic_cities(many, 200)
        configs = {
            "without epi-cities": cities_config(tmp, None),
            "7 cities": cities_config(tmp, REPO / "content" / "cities"),
            "200 cities": cities_config(tmp, many),
        }
        times = {name: [] for name in configs}
        for _ in range(args.runs):
            for name, config in configs.items():
                times[name].append(timed_build(config, tmp / "site"))
        medians = {name: round(statistics.median(values), 2) for name, values in times.items()}
        core = {
            "7 cities": round(
                statistics.median(core_time(REPO / "content" / "cities") for _ in range(args.runs)), 3
            ),
            "200 cities": round(statistics.median(core_time(many) for _ in range(args.runs)), 3),
        }
    base = medians["without epi-cities"]
    result = {
        "runs": args.runs,
        "build_median_s": medians,
        "epi_cities_share_7": round((medians["7 cities"] - base) / medians["7 cities"], 2),
        "extra_s_per_city_per_build": round((medians["200 cities"] - medians["7 cities"]) / 193, 4),
        "core_load_and_render_s": core,
    }
    report("cities", result)


if __name__ == "__main__":
    main()
