"""A plugin's templates folder and stylesheets, added to the theme once (on_config runs once per
language build on the same config: adding must be idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def add_theme_assets(config: Any, templates: Path, *stylesheets: str) -> None:
    if str(templates) not in config.theme.dirs:
        config.theme.dirs.insert(0, str(templates))
    for sheet in stylesheets:
        if sheet not in config.extra_css:
            config.extra_css.append(sheet)
