"""The epi-cities plugin's cost, and how it grows with the number of cities.

Reports, on this machine, medians of N runs:
- full `mkdocs build` of the real site with and without epi-cities (its share of the build);
- the same with 200 synthetic cities (made-up data in a temporary folder) instead of the seven;
- the pure core alone (load + render of every page in eight languages), for 7 and 200 cities.

Usage: .venv/bin/python bench/cities.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plugins._shared.strings import DEFAULT_DIR, load_tables  # noqa: E402
from plugins.cities import render  # noqa: E402
from plugins.cities.load import load_cities  # noqa: E402

LANGUAGES = ["en", "es", "ro", "de", "sv", "pl", "it", "lv"]
COUNTRIES = ["ES", "RO", "DE", "SE", "PL", "IT", "LV", "FR", "PT", "AT", "CZ", "HU", "NL", "BE", "DK", "FI"]


class _EnvLoader(yaml.SafeLoader):
    pass


_EnvLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def synthetic_cities(folder: Path, count: int) -> Path:
    """``count`` made-up cities (names say so) with a few made-up scores each."""
    shutil.copy(REPO / "content" / "cities" / "method.yaml", folder / "method.yaml")
    for i in range(count):
        city = folder / f"synthetic-{i:03d}"
        city.mkdir()
        (city / "city.yaml").write_text(yaml.safe_dump({
            "name": {"en": f"Synthetic City {i:03d}"},
            "country": COUNTRIES[i % len(COUNTRIES)],
            "coordinates": {"lat": 38 + (i * 7) % 20, "lon": -8 + (i * 11) % 32, "source": "https://example.test/synthetic"},
            "partners": [{"name": f"Synthetic Partner {i:03d}", "role": "city", "source": "https://example.test/synthetic"}],
            "sources": [{"title": "Made-up benchmark data", "url": "https://example.test/synthetic"}],
        }))
        (city / "assessment.yaml").write_text(yaml.safe_dump({
            "method": "icc-index-2019", "year": 2000 + i % 20,
            "overall": {"score": i % 101, "source": "https://example.test/synthetic"},
            "areas": {"language": {"score": (i * 3) % 101, "source": "https://example.test/synthetic"}},
        }))
        (city / "index.en.md").write_text(f"---\nsummary: Made-up city {i:03d} for the benchmark.\n---\n## Context\n\nNothing real.\n")
    return folder


def site_config(folder: Path, cities: Path | None) -> Path:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    config["docs_dir"] = str(REPO / "docs")
    config["strict"] = False
    plugins = []
    for entry in config["plugins"]:
        name = entry if isinstance(entry, str) else next(iter(entry))
        if name == "epi-content":
            entry = {"epi-content": {"front_matter_schema": str(REPO / "schemas" / "page-front-matter.schema.json")}}
        if name == "epi-cities":
            if cities is None:
                continue
            entry = {"epi-cities": {"content": str(cities), "schemas": str(REPO / "schemas")}}
        plugins.append(entry)
    config["plugins"] = plugins
    if cities is None:
        config["nav"] = [item for item in config["nav"] if not str(item).startswith("cities/")]
    path = folder / f"mkdocs-{'none' if cities is None else cities.name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build_time(config: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], check=True, capture_output=True)
    return time.perf_counter() - start


def core_time(cities: Path) -> float:
    """Load once, render every page in every language: what the plugin itself computes."""
    strings = load_tables(DEFAULT_DIR, LANGUAGES)
    start = time.perf_counter()
    data = load_cities(cities, LANGUAGES, schemas=REPO / "schemas", root=REPO)
    for lang in LANGUAGES:
        loc = render.Language(lang, strings.for_language(lang), lambda code: code, str, lambda code: code)
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
            "without epi-cities": site_config(tmp, None),
            "7 cities": site_config(tmp, REPO / "content" / "cities"),
            "200 cities": site_config(tmp, many),
        }
        times = {name: [] for name in configs}
        for _ in range(args.runs):
            for name, config in configs.items():
                times[name].append(build_time(config, tmp / "site"))
        medians = {name: round(statistics.median(values), 2) for name, values in times.items()}
        core = {
            "7 cities": round(statistics.median(core_time(REPO / "content" / "cities") for _ in range(args.runs)), 3),
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
    print(json.dumps(result, indent=2))
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "cities.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
