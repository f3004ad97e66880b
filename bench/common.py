"""What the bench scripts share: the site's config as data, a timed build, the result file."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


class _EnvLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's ``!ENV NAME`` and ``!ENV [NAME, …, default]`` as MkDocs does."""


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *names, default = loader.construct_sequence(node)
    return next((os.environ[name] for name in names if name in os.environ), default)


_EnvLoader.add_constructor("!ENV", _env)


class _Jobs:
    """epi-content's ``jobs``, written back as ``!ENV [EPI_JOBS, 1]``: set per build by timed_build."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Jobs, lambda dumper, _: dumper.represent_sequence("!ENV", ["EPI_JOBS", 1], flow_style=True)
)


def site_config() -> dict:
    """The real mkdocs.yml as data, reading the real docs/ from wherever it is written."""
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    for entry in config["plugins"]:
        if isinstance(entry, dict) and "jobs" in (entry.get("epi-content") or {}):
            entry["epi-content"]["jobs"] = _Jobs()
    config["docs_dir"] = str(REPO / "docs")
    config["strict"] = False
    return config


def write_config(config: dict, name: str, root: Path = REPO) -> Path:
    """Write a variant of mkdocs.yml: beside the real one (removed when the bench ends), or as
    the mkdocs.yml of a project copy ``root`` (see ``project_copy``)."""
    path = REPO / f".bench-{name}.yml" if root == REPO else root / "mkdocs.yml"
    path.write_text(yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    if root == REPO:
        atexit.register(path.unlink, missing_ok=True)
    return path


def project_copy(target: Path, **content: Path) -> Path:
    """A copy of the project (docs/, schemas/, content/) at ``target`` whose content folders are
    replaced where given, e.g. ``news=synthetic_news_folder``: the layout is fixed, so a bench
    varies the content by building another project."""
    for folder in ("docs", "schemas"):
        shutil.copytree(REPO / folder, target / folder)
    for part in (REPO / "content").iterdir():
        shutil.copytree(content.get(part.name, part), target / "content" / part.name)
    (REPO / ".cache").mkdir(exist_ok=True)
    (target / ".cache").symlink_to(REPO / ".cache")  # the social cards drawn once, as in the real project
    return target


def plugin_name(entry: str | dict) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


@dataclass(frozen=True)
class Build:
    seconds: float  # wall time
    peak_mb: float  # the largest resident set of the build's processes (Pagefind's included)
    python_peak_mb: float  # that of the Python process alone (MkDocs and our plugins)
    cpu_seconds: float = 0.0  # user + system time of the build's processes: less noisy on a busy machine


# Runs `mkdocs build` in this process, then writes its own peak memory (kB) to the file named
# by the last argument: wait4 gives the largest of the process and the children it waited for.
_MEASURED = (
    "import resource, sys\n"
    "from mkdocs.__main__ import cli\n"
    "out = sys.argv.pop()\n"
    "try:\n"
    "    cli.main(sys.argv[1:], prog_name='mkdocs', standalone_mode=False)\n"
    "finally:\n"
    "    open(out, 'w').write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
)


def measured_build(config: Path, site: Path, env: dict[str, str] | None = None, jobs: int = 1) -> Build:
    """One full `mkdocs build` (the languages after the default one built by ``jobs`` processes,
    EPI_JOBS): its wall time and peak memory (the child's own rusage, from
    wait4, so each build is measured alone); a failed build stops the bench with its log."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as log, tempfile.NamedTemporaryFile() as own:
        proc = subprocess.Popen(
            [sys.executable, "-c", _MEASURED, "build", "-q", "-f", str(config), "-d", str(site), own.name],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**(env or os.environ), "EPI_JOBS": str(jobs)},
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if proc.returncode:
            log.seek(0)
            raise SystemExit(f"build of {config.name} failed:\n{log.read().decode(errors='replace')}")
        python_kb = int(Path(own.name).read_text() or 0)
    cpu = usage.ru_utime + usage.ru_stime
    return Build(seconds, usage.ru_maxrss / 1024, python_kb / 1024, cpu)  # Linux gives kB


def timed_build(config: Path, site: Path, jobs: int = 1) -> float:
    """Wall time of one full `mkdocs build`; a failed build stops the bench with its log."""
    return measured_build(config, site, jobs=jobs).seconds


def report(name: str, result: dict) -> None:
    """Print the figures and keep them in bench/results/<name>.json (not committed)."""
    print(json.dumps(result, indent=2))
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@contextlib.contextmanager
def nginx(site: Path) -> Iterator[str]:
    """The built site served by nginx with the configuration `epi nginx` writes, on 127.0.0.1;
    yields its base URL. Weights measured through it are the bytes a visitor receives: gzip where
    that configuration compresses (at nginx's level), Pagefind's own files as they are on disk."""
    sys.path.insert(0, str(REPO))
    from epi_portal.deploy import local_nginx_conf
    from epi_portal.project.languages import site_languages

    with tempfile.TemporaryDirectory() as tmp, socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        folder = Path(tmp)
        conf = local_nginx_conf(
            site, site_languages(REPO), port=port, folder=folder, as_root=os.geteuid() == 0
        )
        (folder / "nginx.conf").write_text(conf, encoding="utf-8")
        process = subprocess.Popen(["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)])
        try:
            for _ in range(200):
                with contextlib.suppress(OSError):
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                if process.poll() is not None:
                    raise SystemExit("nginx did not start (scripts/setup --test-tools installs it)")
                time.sleep(0.05)
            yield f"http://127.0.0.1:{port}/"
        finally:
            process.terminate()
            process.wait(timeout=10)


@contextlib.contextmanager
def chromium() -> Iterator:
    """Debian's chromium driven by Playwright (`playwright install` cannot download here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Transfers:
    """The body bytes each request of a page received, as encoded on the wire (gzip where the
    server compressed): Chromium's own count, in the order the requests finished."""

    def __init__(self, page) -> None:
        self.files: list[tuple[str, int]] = []
        self._on = True
        page.on("requestfinished", self._finished)

    def _finished(self, request) -> None:
        if self._on:
            self.files.append((request.url, request.sizes()["responseBodySize"]))

    def take(self) -> list[tuple[str, int]]:
        """What finished since the last call."""
        files, self.files = self.files, []
        return files


def settle(page, transfers: Transfers, quiet_s: float = 0.6) -> None:
    """Wait until no request has finished for ``quiet_s``."""
    seen = -1
    while seen != len(transfers.files):
        seen = len(transfers.files)
        page.wait_for_timeout(quiet_s * 1000)


def page_load(browser, url: str) -> dict[str, int]:
    """Bytes received for one page, by kind, until the network is idle, from an empty cache."""
    context = browser.new_context()
    page = context.new_page()
    transfers = Transfers(page)
    page.goto(url, wait_until="networkidle")
    settle(page, transfers)
    context.close()
    kinds: dict[str, int] = {}
    for file, size in transfers.files:
        kind = _kind(file.split("?", 1)[0])
        kinds[kind] = kinds.get(kind, 0) + size
    return {**kinds, "total": sum(kinds.values()), "requests": len(transfers.files)}


def _kind(url: str) -> str:
    name = url.rsplit("/", 1)[-1]
    if url.endswith("/") or name.endswith(".html"):
        return "html"
    if "/pagefind/" in url:
        return "search"
    for suffix, kind in ((".css", "css"), (".js", "js")):
        if name.endswith(suffix):
            return kind
    return "images and other"


def page_weights(site: Path, paths: dict[str, str]) -> dict[str, dict[str, int]]:
    """Per page type (name: site-relative path): the bytes received, by kind and in total."""
    with nginx(site) as base, chromium() as browser:
        return {name: page_load(browser, base + path) for name, path in paths.items()}
