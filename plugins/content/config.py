from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class ContentConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Folder of the UI string tables (<lang>.yml); defaults to the package's own.
    strings = c.Optional(c.Dir(exists=True))
