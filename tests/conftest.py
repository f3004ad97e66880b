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
from epi_portal.project.languages import site_languages  # noqa: E402

LANGUAGES = site_languages(REPO)  # as mkdocs.yml configures them, the default first
FIXTURE_LANGUAGES = site_languages(FIXTURE_SITE)  # the fixture site's, as its mkdocs.yml configures them


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
    return target / "mkdocs.yml"  # without schemas/ of its own, it is checked against this checkout's


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


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def nginx_url(real_site, tmp_path_factory):
    """The real site served by nginx on 127.0.0.1 with the configuration `epi nginx` generates."""
    import os
    import socket
    import time

    from epi_portal.deploy import local_nginx_conf

    folder = tmp_path_factory.mktemp("nginx")
    port = _free_port()
    conf = local_nginx_conf(real_site.site, LANGUAGES, port=port, folder=folder, as_root=os.geteuid() == 0)
    (folder / "nginx.conf").write_text(conf)
    process = subprocess.Popen(
        ["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None:
                raise AssertionError(process.stdout.read().decode()) from None
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=10)
