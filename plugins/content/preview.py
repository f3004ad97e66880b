"""The preview's problems on every page, instead of a preview that hangs.

MkDocs' live-reload server (``mkdocs serve``) holds every page request while a rebuild is
pending, and after a failed rebuild until one succeeds: the browser spins until the editor fixes
the file. So in the preview only — never in ``mkdocs build``, where a problem must still stop
the build — epi-content keeps the last project that loaded without errors, lets the build finish
despite the warnings ``strict`` would stop on, and writes every problem (content errors as
``path:line: field: message``, then MkDocs' warnings) at the top of every page and to the
browser's console. The next good rebuild drops them, and the live reload refreshes the page.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from mkdocs.utils import CountHandler

from .._shared.errors import ContentErrors
from .._shared.script_json import script_json

MARK = "epi_preview"  # on our own log records, which the banner lists already
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_STYLE = (
    "position:relative;z-index:10;margin:0;padding:.8rem 1rem;background:#fff3cd;color:#000;"
    "border-bottom:.2rem solid #b00020;font:0.85rem/1.4 system-ui,sans-serif;max-height:50vh;overflow:auto"
)


class Problems(logging.Handler):
    """The problems of the rebuild under way: content errors and the warnings MkDocs logs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.content: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, MARK, False):
            return
        message = record.getMessage().strip()
        if message and message not in self.warnings:
            self.warnings.append(message)

    def set_content(self, errors: ContentErrors | None) -> bool:
        """Note this rebuild's content errors; True if they are new to it (to log them once)."""
        lines = [str(error) for error in errors.errors] if errors else []
        new = bool(lines) and lines != self.content
        self.content = lines
        return new

    def all(self) -> list[str]:
        return [*self.content, *(f"warning: {message}" for message in self.warnings)]

    def clear(self) -> None:
        self.content, self.warnings = [], []

    def attach(self) -> None:
        logging.getLogger("mkdocs").addHandler(self)

    def detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self)


def relax_strict() -> None:
    """The warnings of the build under way are shown on its pages, not counted by ``strict``
    (MkDocs attaches its counter before ``on_config``, once per build, static-i18n's included)."""
    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, CountHandler):
            handler.setLevel(logging.CRITICAL + 1)


def banner(problems: list[str]) -> str:
    """The escaped HTML listing ``problems``, and a script writing them to the console."""
    count = len(problems)
    head = (
        f"Preview: {count} problem{'s' if count != 1 else ''}. The site shows the last version of the "
        "content without errors; fix the files and save them, and this page reloads by itself."
    )
    items = "".join(f"<li><code>{html.escape(problem)}</code></li>" for problem in problems)
    console = script_json("\n".join([head, *problems]))
    return (
        f'<div class="epi-preview-problems" role="alert" style="{_STYLE}">'
        f'<p style="margin:0 0 .4rem;font-weight:bold">{html.escape(head)}</p>'
        f'<ul style="margin:0;padding-left:1.2rem">{items}</ul></div>'
        f"<script>console.error({console})</script>"
    )


def inject(page: str, block: str) -> str:
    """``block`` right after ``<body …>`` (at the start of a page without one)."""
    match = _BODY.search(page)
    at = match.end() if match else 0
    return page[:at] + block + page[at:]


def mark_pages(site_dir: Path, problems: list[str]) -> int:
    """Write the banner into every HTML page of the built site; returns how many."""
    block = banner(problems)
    count = 0
    for path in sorted(site_dir.rglob("*.html")):
        path.write_text(inject(path.read_text(encoding="utf-8"), block), encoding="utf-8")
        count += 1
    return count
