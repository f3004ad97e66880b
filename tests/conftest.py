"""Shared fixtures: real builds of the real site and of the small fixture site (once per session)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURE_SITE = REPO / "tests" / "fixtures" / "site"
LANGUAGES = ["en", "es", "ro", "de", "sv", "pl", "it", "lv"]


@dataclass
class Build:
    config: Path
    site: Path
    returncode: int
    output: str  # stdout and stderr of `mkdocs build --strict`


def mkdocs_build(config: Path, site: Path, env: dict | None = None) -> Build:
    """``mkdocs build --strict`` as an editor runs it: a real process, its exit code, its log."""
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        env=env,
    )
    return Build(config, site, proc.returncode, proc.stdout + proc.stderr)


def copy_fixture_site(target: Path) -> Path:
    """A private copy of the fixture site to break on purpose; returns its mkdocs.yml."""
    shutil.copytree(FIXTURE_SITE, target)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../schemas", (REPO / "schemas").as_posix()))
    return config


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Build:
    build = mkdocs_build(REPO / "mkdocs.yml", tmp_path_factory.mktemp("real") / "site")
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Build:
    build = mkdocs_build(FIXTURE_SITE / "mkdocs.yml", tmp_path_factory.mktemp("fixture") / "site")
    assert build.returncode == 0, build.output
    return build
