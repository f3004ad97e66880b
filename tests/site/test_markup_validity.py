"""The Nu Html Checker (npm vnu-jar, run offline with Java) finds no error in any built page."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_errors(site) -> list[str]:
    """Every error, including the checker's own: a file it could not read, or a failed run."""
    assert VNU.is_file(), "run scripts/setup --test-tools (npm ci) first"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10, f"no site to check in {site}"
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--verbose", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
    )
    try:
        messages = json.loads(proc.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise AssertionError(
            f"the Nu checker gave no report (exit {proc.returncode}): {proc.stderr[:2000]}"
        ) from None
    errors = [
        f"{m.get('url', '').split(str(site))[-1]}:{m.get('lastLine')}: {m.get('message')}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")  # non-document: could not read or parse the file
    ]
    assert proc.returncode == (1 if errors else 0), (
        f"the Nu checker exited {proc.returncode}: {proc.stderr[:2000]}"
    )
    checked = set(proc.stdout.split())  # --verbose: the files it read (it skips a missing one silently)
    errors += [f"{page}: not checked" for page in map(str, pages) if page not in checked]
    return errors


def test_real_site_markup_is_valid(real_site):
    assert vnu_errors(real_site.site) == []


def test_fixture_site_markup_is_valid(fixture_site):
    assert vnu_errors(fixture_site.site) == []


def test_the_checker_reports_what_it_cannot_read(tmp_path):
    (tmp_path / "site").mkdir()
    for number in range(11):
        (tmp_path / "site" / f"page{number}.html").write_text(
            "<!doctype html><html lang=en><title>x</title><p>ok", encoding="utf-8"
        )
    (tmp_path / "site" / "page0.html").write_bytes(b"<!doctype html><html lang=en><title>\xff\xfe</title>")
    assert any("page0.html" in error for error in vnu_errors(tmp_path / "site"))


def test_a_page_the_checker_never_read_is_an_error(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    for number in range(11):
        (site / f"page{number}.html").write_text(
            "<!doctype html><html lang=en><title>x</title><p>ok", encoding="utf-8"
        )
    real_rglob = type(site).rglob
    monkeypatch.setattr(
        type(site), "rglob", lambda self, pattern: [*real_rglob(self, pattern), site / "gone.html"]
    )
    assert vnu_errors(site) == [f"{site / 'gone.html'}: not checked"]
