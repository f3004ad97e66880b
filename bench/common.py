"""What the bench scripts share: the site's config as data, a timed build, the result file."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import time
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


def timed_build(config: Path, site: Path, jobs: int = 1) -> float:
    """Wall time of one full `mkdocs build` (the languages after the default one built by
    ``jobs`` processes); a failed build stops the bench with its log."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        env={**os.environ, "EPI_JOBS": str(jobs)},
    )
    if proc.returncode:
        raise SystemExit(f"build of {config.name} failed:\n{proc.stdout}{proc.stderr}")
    return time.perf_counter() - start


def report(name: str, result: dict) -> None:
    """Print the figures and keep them in bench/results/<name>.json (not committed)."""
    print(json.dumps(result, indent=2))
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
