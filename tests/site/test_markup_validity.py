"""The Nu Html Checker (npm vnu-jar, run offline with Java) finds no error in any built page."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_errors(site) -> list[str]:
    assert VNU.is_file(), "run scripts/setup --test-tools (npm ci) first"
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json", str(site)],
        capture_output=True,
        text=True,
    )
    messages = json.loads(proc.stderr or proc.stdout or '{"messages": []}')["messages"]
    return [
        f"{m.get('url', '').split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]


def test_real_site_markup_is_valid(real_site):
    assert vnu_errors(real_site.site) == []


def test_fixture_site_markup_is_valid(fixture_site):
    assert vnu_errors(fixture_site.site) == []
