"""The state of a content folder, to parse and check it once per change, not once per language."""

from __future__ import annotations

from pathlib import Path


def folder_state(*folders: Path) -> tuple:
    return tuple(
        sorted(
            (p.as_posix(), p.stat().st_mtime_ns)
            for folder in folders
            for p in Path(folder).rglob("*")
            if p.is_file()
        )
    )
