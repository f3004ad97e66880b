from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class CitiesConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # The cities' data: method.yaml and one folder per city.
    content = c.Dir(exists=True, default="content/cities")
    # The JSON Schemas the data is checked against (editors' tools read the same files).
    schemas = c.Dir(exists=True, default="schemas")
