"""The toolkit's templates as the site publishes them: each language's own version under its
language's folder, the default language's at ``toolkit/templates/``.

A language's toolkit pages link to its own version of a template where there is one
(``de/toolkit/templates/round-table-agenda.docx``) and to the default language's otherwise
(``toolkit/templates/round-table-agenda.docx``, the same bytes whichever language's build writes
them), so no two languages ever write different bytes to the same path.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._shared.urls import language_prefix
from .model import Toolkit
from .office import office_files, office_names

FOLDER = "toolkit/templates/"  # where the templates are, under a language's folder or the root


@dataclass(frozen=True)
class SiteTemplate:
    name: str  # the published file name: round-table-agenda.docx
    lang: str  # the language it is written in
    path: str  # where the site publishes it: de/toolkit/templates/round-table-agenda.docx
    data: bytes

    @property
    def src_uri(self) -> str:
        """The same in every language, so a page's ``templates/<name>`` link finds it."""
        return FOLDER + self.name


def languages_of(toolkit: Toolkit, lang: str, default: str) -> dict[str, str]:
    """Each published template file of ``lang``'s pages (a template as written and its office
    files) → the language it is in: ``lang``, or ``default`` where not translated."""
    out = {}
    for template in toolkit.templates:
        written_in = template.text(lang, default)[1]
        for name in (template.name, *office_names(template.name)):
            out[name] = written_in
    return out


def template_files(toolkit: Toolkit, lang: str, default: str = "en") -> dict[str, bytes]:
    """The templates in ``lang`` (``default``'s where not translated) by file name: each as
    written (.md, .csv) and as the office files made from it (.docx and .odt, .xlsx and .ods)."""
    out: dict[str, bytes] = {}
    for template in toolkit.templates:
        data, written_in = template.text(lang, default)
        out[template.name] = data
        out.update(office_files(template.name, data, written_in, toolkit.date))
    return out


def site_templates(toolkit: Toolkit, lang: str, languages: list[str]) -> list[SiteTemplate]:
    """The template files ``lang``'s pages link to (``languages``: the site's, the default first)."""
    written = languages_of(toolkit, lang, languages[0])
    return [
        SiteTemplate(name, written[name], language_prefix(written[name], languages) + FOLDER + name, data)
        for name, data in template_files(toolkit, lang, languages[0]).items()
    ]
