"""How long `mkdocs serve` takes to show an edit: a copy of the project is served, one story's
title is changed, and the time until the new title is served is measured (median of N edits).

Usage: .venv/bin/python bench/serve_rebuild.py [--edits 3]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, report  # noqa: E402

STORY = "content/news/2022-05-30-final-conference-monza/index.en.md"


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, text: str, limit: float = 120) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if text in response.read().decode("utf-8"):
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{text!r} did not appear at {url} within {limit} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        project.mkdir()
        for name in ("docs", "content", "schemas"):
            shutil.copytree(REPO / name, project / name)
        shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
        port = _port()
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/news/2022-05-30-final-conference-monza/"
        try:
            first = _wait_for(url, "<h1")
            story = project / STORY
            times = []
            for edit in range(args.edits):
                marker = f"Benchmark edit {edit}"
                text = story.read_text(encoding="utf-8")
                story.write_text(text.replace("\ntitle: ", f"\ntitle: {marker} ", 1), encoding="utf-8")
                times.append(_wait_for(url, marker))
        finally:
            server.terminate()
            server.wait(timeout=20)
    report(
        "serve_rebuild",
        {
            "first_build_s": round(first, 2),
            "edits": args.edits,
            "edit_to_served_median_s": round(statistics.median(times), 2),
        },
    )


if __name__ == "__main__":
    main()
