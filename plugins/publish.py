"""`epi build`: build the whole site into a folder beside the output and swap it in only when
the build succeeded; a failed build leaves the previous site untouched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SITE_URL = "EPI_SITE_URL"
REQUIRE_SITE_URL = "EPI_REQUIRE_SITE_URL"


def site_url_problem(root: Path, environ: dict[str, str]) -> str | None:
    """What is wrong with the public address the build would use, if anything: a site whose
    mkdocs.yml reads EPI_SITE_URL but runs without it links its canonical URLs, hreflang,
    sitemaps, feeds and share links to the placeholder host."""
    if SITE_URL not in (root / "mkdocs.yml").read_text(encoding="utf-8") or environ.get(SITE_URL):
        return None
    return (
        f"{SITE_URL} is not set: canonical links, hreflang, sitemaps, feeds and share links will point at "
        f"the placeholder host; set {SITE_URL}=https://<public address>/ for a real deployment"
    )


def build(root: Path, site: Path, mkdocs_args: list[str] | None = None, jobs: int = 1) -> int:
    """Build with ``jobs`` processes for the languages (EPI_JOBS, read by mkdocs.yml)."""
    problem = site_url_problem(root, dict(os.environ))
    if problem and os.environ.get(REQUIRE_SITE_URL) == "1":
        print(f"error: {problem} ({REQUIRE_SITE_URL}=1)", file=sys.stderr)
        return 1
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    site = site.resolve()
    fresh = site.with_name(f".{site.name}.new")
    previous = site.with_name(f".{site.name}.old")
    for leftover in (fresh, previous):
        shutil.rmtree(leftover, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(root / "mkdocs.yml"),
        "-d",
        str(fresh),
        *(mkdocs_args or []),
    ]
    if subprocess.run(command, env={**os.environ, "EPI_JOBS": str(max(jobs, 1))}).returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"build failed: {site} is unchanged", file=sys.stderr)
        return 1
    if site.exists():
        site.rename(previous)
    fresh.rename(site)
    shutil.rmtree(previous, ignore_errors=True)
    print(f"site built in {site}")
    return 0
