from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class NewsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # One folder per story: <yyyy-mm-dd>-<slug>/index.<lang>.md
    content = c.Dir(exists=True, default="content/news")
    # JSON Schema of a story's front matter (editors' tools read the same file).
    schema = c.File(exists=True, default="schemas/news-front-matter.schema.json")
