from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class DownloadsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # The catalogue; local files lie beside it, in the same folder.
    manifest = c.File(exists=True, default="content/downloads/downloads.yaml")
    schema = c.File(exists=True, default="schemas/downloads.schema.json")
