from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class ContentConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Folder of the UI string tables (<lang>.yml); defaults to the package's own.
    strings = c.Optional(c.Dir(exists=True))
    # Worker processes for the languages after the default one (`mkdocs build` only; the preview
    # builds in one process). mkdocs.yml sets it from EPI_JOBS, which `epi build` sets.
    jobs = c.Type(int, default=1)
