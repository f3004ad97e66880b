from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class AssessmentConfig(base.Config):
    enabled = c.Type(bool, default=True)
    questionnaire = c.File(exists=True, default="content/toolkit/self-assessment.yaml")
    schema = c.File(exists=True, default="schemas/questionnaire.schema.json")
