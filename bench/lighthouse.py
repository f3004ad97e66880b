"""Lighthouse (mobile, the default) scores of each page type, served by nginx with the
configuration `epi nginx` generates (gzip, caching) from the site in site/ (run scripts/site
first). Lighthouse itself is installed from npm into bench/.lighthouse/ on first use.

Usage: .venv/bin/python bench/lighthouse.py
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_and_weight import PAGE_TYPES  # noqa: E402
from common import REPO, report  # noqa: E402

sys.path.insert(0, str(REPO))
from epi_portal.deploy import nginx_server  # noqa: E402
from epi_portal.project.languages import site_languages as languages_of  # noqa: E402

TOOL = REPO / "bench" / ".lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse() -> Path:
    binary = TOOL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOL.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(TOOL),
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "lighthouse@12",
            ],
            check=True,
        )
    return binary


def serve(site: Path, folder: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    user = "user root root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {folder}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (folder / "nginx.conf").write_text(
        f"{user}worker_processes 1;\ndaemon off;\n"
        f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nevents {{}}\n"
        f"http {{\n    include /etc/nginx/mime.types;\n    access_log off;\n{temp}\n"
        f"{nginx_server(site, languages_of(REPO), listen=f'127.0.0.1:{port}')}}}\n"
    )
    process = subprocess.Popen(["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)])
    time.sleep(0.5)
    return process, f"http://127.0.0.1:{port}/"


def main() -> None:
    site = REPO / "site"
    if not (site / "index.html").exists():
        raise SystemExit("no site/: run scripts/site first")
    binary = lighthouse()
    scores = {}
    with tempfile.TemporaryDirectory() as tmp:
        process, base = serve(site, Path(tmp))
        try:
            for name, path in PAGE_TYPES.items():
                out = Path(tmp) / "report.json"
                subprocess.run(
                    [
                        str(binary),
                        base + path,
                        "--quiet",
                        f"--only-categories={','.join(CATEGORIES)}",
                        "--chrome-flags=--headless --no-sandbox --disable-gpu "
                        "--disable-background-networking",
                        "--output=json",
                        f"--output-path={out}",
                    ],
                    env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
                    check=True,
                    capture_output=True,
                )
                result = json.loads(out.read_text())
                scores[name] = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
        finally:
            process.terminate()
            process.wait(timeout=10)
    report("lighthouse", scores)


if __name__ == "__main__":
    main()
