"""In-process tests of the content layer share a private copy of the fixture site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_SITE


@pytest.fixture
def root(tmp_path) -> Path:
    """A copy of the fixture site to break on purpose."""
    shutil.copytree(FIXTURE_SITE, tmp_path / "site")
    return tmp_path / "site"
