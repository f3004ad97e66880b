from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class ContentConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # JSON Schema of the pages' front matter (editors' tools read the same file).
    front_matter_schema = c.File(exists=True, default="schemas/page-front-matter.schema.json")
