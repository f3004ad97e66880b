"""`epi build`: build the whole site into a folder beside the output and swap it in only when
the build succeeded; a failed build leaves the previous site untouched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def build(root: Path, site: Path, mkdocs_args: list[str] | None = None) -> int:
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
    if subprocess.run(command).returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"build failed: {site} is unchanged", file=sys.stderr)
        return 1
    if site.exists():
        site.rename(previous)
    fresh.rename(site)
    shutil.rmtree(previous, ignore_errors=True)
    print(f"site built in {site}")
    return 0
