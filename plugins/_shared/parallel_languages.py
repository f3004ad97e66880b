"""The languages after the default one, built in parallel worker processes.

static-i18n builds the default language, then every other language one after the other from its
``on_post_build``, in one process. The language builds are independent of each other, so after the
default language's build (which loads and checks the project once) this module forks workers that
each build languages into a folder of their own; the parent then moves their output into the
site in the language order, as if they had been written one after the other, and gathers what
each language collected for the outputs written once at the end (sitemaps, 404 pages, cards).

A plugin that collects something during a language's build for the end of the build declares it
with :class:`LanguageState`: the worker hands back what the language collected, the parent adds
it in the language order. The result is byte for byte the sequential build's.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from mkdocs.exceptions import Abort

from . import i18n


@runtime_checkable
class LanguageState(Protocol):
    """A plugin that keeps something from each language's build for the end of the build."""

    def take_language_state(self) -> Any:
        """What was collected since the last call (picklable), and start collecting afresh."""

    def add_language_state(self, state: Any) -> None:
        """Add what another process collected for one language."""


@dataclass(frozen=True)
class Built:
    lang: str
    folder: str
    states: list[Any]


@dataclass(frozen=True)
class Failed:
    lang: str
    message: str


class LanguageBuildFailed(Exception):
    pass


_config: Any = None  # the configuration the forked workers build from (inherited, never pickled)


def holders(config: Any) -> list[LanguageState]:
    return [plugin for plugin in config.plugins.values() if isinstance(plugin, LanguageState)]


def build_in_parallel(config: Any, languages: list[str], jobs: int, build: Any) -> None:
    """Build ``languages`` (not the default one) with ``jobs`` forked workers into
    ``config.site_dir``; ``build`` is MkDocs' ``build(config, dirty=...)``. Raises
    :class:`LanguageBuildFailed` naming every language that failed, before anything of the
    workers is moved into the site folder."""
    global _config
    site_dir = Path(config.site_dir)
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.languages-", dir=site_dir.parent))
    _config = (config, build, work)
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(min(jobs, len(languages))) as pool:
            results = pool.map(_build_one, languages, chunksize=1)
        failed = [result for result in results if isinstance(result, Failed)]
        if failed:
            raise LanguageBuildFailed("\n".join(f"language '{f.lang}': {f.message}" for f in failed))
        states = holders(config)
        for result in results:
            assert isinstance(result, Built)
            _move_into(Path(result.folder), site_dir)
            for holder, state in zip(states, result.states, strict=True):
                holder.add_language_state(state)
    finally:
        _config = None
        shutil.rmtree(work, ignore_errors=True)


def _build_one(lang: str) -> Built | Failed:
    """In a worker: build one language into a folder of its own."""
    config, build, work = _config
    folder = work / lang
    folder.mkdir()
    plugin = i18n.i18n_plugin(config)
    assert plugin is not None, "only static-i18n's languages are built in parallel"
    states = holders(config)
    for holder in states:
        holder.take_language_state()  # what the parent had collected is not this language's
    logging.getLogger("mkdocs.commands.build").addFilter(_quiet_language_build)
    plugin.building = True  # a further language of the same build, as in static-i18n's own loop
    plugin.current_language = lang
    config.site_dir = str(folder)
    try:
        build(config, dirty=False)
    except Abort as exc:  # MkDocs has logged the cause (a strict-mode warning, a plugin's error)
        return Failed(lang, exc.message)
    except Exception as exc:  # noqa: BLE001 - reported by the parent, with its traceback
        return Failed(lang, "".join(traceback.format_exception(exc)))
    return Built(lang, str(folder), [holder.take_language_state() for holder in states])


def _quiet_language_build(record: logging.LogRecord) -> bool:
    """Without the lines static-i18n also hides for its further languages' builds."""
    return not record.getMessage().startswith(
        ("Documentation built in", "Building documentation to directory")
    )


def _move_into(source: Path, target: Path) -> None:
    """Move the files of ``source`` into ``target``, replacing files there (the later language
    wins, as in the sequential build)."""
    for entry in sorted(source.iterdir()):
        destination = target / entry.name
        if entry.is_dir() and destination.is_dir():
            _move_into(entry, destination)
        elif entry.is_dir() and destination.exists():
            destination.unlink()
            os.replace(entry, destination)
        else:
            if destination.is_dir():
                shutil.rmtree(destination)
            os.replace(entry, destination)


def other_languages(config: Any) -> list[str]:
    """The languages static-i18n would build after the one just built, in its order."""
    plugin = i18n.i18n_plugin(config)
    if plugin is None:
        return []
    return [lang for lang in plugin.build_languages if lang != plugin.current_language]


def skip_sequential_builds(config: Any, skip: bool) -> None:
    """Keep static-i18n's ``on_post_build`` from building the languages again (it returns early
    while it believes it is building), and give it back its state afterwards."""
    plugin = i18n.i18n_plugin(config)
    if plugin is not None:
        plugin.building = skip
