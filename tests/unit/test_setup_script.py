"""scripts/setup runs pip only when pyproject.toml changed or the package does not import.

A copy of the script in a made-up checkout, its `.venv/bin/python` a stand-in and EPI_PIP a
stand-in for pip that writes down each call: no timing, no network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture
def checkout(tmp_path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy2(REPO / "scripts" / "setup", tmp_path / "scripts" / "setup")
    shutil.copy2(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    _python(tmp_path, importable=True)
    pip = tmp_path / "pip"
    pip.write_text(f'#!/bin/sh\necho "$*" >> "{tmp_path}/pip.log"\nexit "${{PIP_EXIT:-0}}"\n')
    pip.chmod(0o755)
    return tmp_path


def _python(root: Path, *, importable: bool) -> None:
    """This venv's Python, or one in which nothing imports."""
    python = root / ".venv" / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n' if importable else "#!/bin/sh\nexit 1\n")
    python.chmod(0o755)


def _setup(root: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(root / "scripts" / "setup")],
        env={**os.environ, "EPI_PIP": str(root / "pip"), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _pip_calls(root: Path) -> list[str]:
    log = root / "pip.log"
    return log.read_text().splitlines() if log.is_file() else []


def test_pip_runs_once_then_only_when_something_changed(checkout):
    assert _setup(checkout).returncode == 0
    assert _pip_calls(checkout) == ["install --quiet --disable-pip-version-check -e .[test]"]
    assert _setup(checkout).returncode == 0
    assert len(_pip_calls(checkout)) == 1  # nothing changed: no pip

    with (checkout / "pyproject.toml").open("a") as f:
        f.write("\n# a new dependency, say\n")
    assert _setup(checkout).returncode == 0
    assert len(_pip_calls(checkout)) == 2
    assert _setup(checkout).returncode == 0
    assert len(_pip_calls(checkout)) == 2

    _python(checkout, importable=False)  # e.g. someone ran pip uninstall
    assert _setup(checkout).returncode == 0
    assert len(_pip_calls(checkout)) == 3


def test_a_failed_install_is_retried_next_time(checkout):
    failed = _setup(checkout, PIP_EXIT="1")
    assert failed.returncode != 0
    assert not (checkout / ".venv" / ".epi-installed").exists()
    assert _setup(checkout).returncode == 0
    assert len(_pip_calls(checkout)) == 2
