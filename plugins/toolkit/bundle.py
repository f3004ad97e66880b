"""One ZIP of the toolkit per language: standalone HTML chapters that work opened from disk
(from the templates in toolkit/templates/documents/epi/toolkit/),
the templates, a README, the licence and a manifest with every file's SHA-256.

Reproducible: the same toolkit gives the same bytes (sorted entries, the toolkit's date on
every entry, fixed permissions and compression, no build time anywhere).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from typing import Any

import markdown
from markupsafe import Markup

from .._shared.fragments import PACKAGE_DOCUMENTS, Documents
from .._shared.language import Language
from ..theme.emblem import emblem_svg
from .model import Chapter, Toolkit
from .published import template_files

EXTENSIONS = ["tables", "attr_list", "admonition", "toc", "md_in_html", "footnotes"]
CHAPTER_LINK = re.compile(r"\]\(([a-z0-9-]+)\.md(#[^)\s]*)?\)")
TEMPLATE_LINK = re.compile(r"\]\(\.\./templates/")


def _html(markdown_text: str) -> str:
    source = TEMPLATE_LINK.sub(
        "](templates/", CHAPTER_LINK.sub(lambda m: f"]({m.group(1)}.html{m.group(2) or ''})", markdown_text)
    )
    return markdown.markdown(source, extensions=EXTENSIONS, output_format="html")


def _page(
    documents: Documents, name: str, loc: Language, position: int | None, ids: list[str], **context: Any
) -> str:
    """A page from ``documents/epi/toolkit/<name>.html``: ``position`` is the chapter's (the
    links to the previous and next), None for the contents."""
    previous = ids[position - 1] if position is not None and position > 0 else None
    following = ids[position + 1] if position is not None and position < len(ids) - 1 else None
    emblem = Markup(emblem_svg(loc.t("funding.emblem_label")))  # SVG our code made
    return documents.render(
        f"toolkit/{name}", loc=loc, previous=previous, next=following, emblem=emblem, **context
    )


def _chapter(toolkit: Toolkit, chapter: Chapter, position: int, loc: Language, documents: Documents) -> str:
    here = chapter.text(loc.lang)
    ids = [c.id for c in toolkit.chapters]
    return _page(
        documents,
        "chapter",
        loc,
        position,
        ids,
        title=here.title,
        summary=here.summary,
        body=Markup(_html(here.body)),  # HTML our code made from the chapter's Markdown
        content_lang=here.lang,
    )


def _index(toolkit: Toolkit, loc: Language, extra: dict[str, bytes], documents: Documents) -> str:
    chapters = []
    for chapter in toolkit.chapters:
        here = chapter.text(loc.lang)
        chapters.append((chapter.id, here.title, None if here.lang == loc.lang else here.lang))
    return _page(
        documents,
        "index",
        loc,
        None,
        [c.id for c in toolkit.chapters],
        title=toolkit.title[loc.lang],
        summary=toolkit.summary[loc.lang],
        chapters=chapters,
        templates=list(template_files(toolkit, loc.lang)) + sorted(extra),
        content_lang=loc.lang,
    )


def _readme(toolkit: Toolkit, loc: Language, names: list[str]) -> str:
    t = loc.t
    lines = [
        f"# {toolkit.title[loc.lang]}",
        "",
        t("toolkit.readme_intro", version=toolkit.version, date=loc.date(toolkit.date)),
        "",
        toolkit.summary[loc.lang],
        "",
        f"## {t('toolkit.readme_files')}",
        "",
    ]
    lines += [f"- `{name}`" for name in names]
    lines += ["", f"## {t('toolkit.about_heading')}", "", t("toolkit.about"), ""]
    lines += [t("toolkit.licence_note"), "", t("funding.statement"), ""]
    return "\n".join(lines)


def files(
    toolkit: Toolkit,
    loc: Language,
    extra: dict[str, bytes] | None = None,
    documents: Documents = PACKAGE_DOCUMENTS,
) -> dict[str, bytes]:
    """Every file of the bundle (manifest included), by path inside its top folder; ``extra``
    templates (the self-assessment's blank answers file) join the toolkit's own. The HTML pages
    come from ``documents`` (``documents/epi/toolkit/{index,chapter,page}.html``)."""
    extra = extra or {}
    content: dict[str, bytes] = {"index.html": _index(toolkit, loc, extra, documents).encode()}
    for position, chapter in enumerate(toolkit.chapters):
        content[f"{chapter.id}.html"] = _chapter(toolkit, chapter, position, loc, documents).encode()
    for name, data in template_files(toolkit, loc.lang).items():
        content[f"templates/{name}"] = data
    for name, data in extra.items():
        content[f"templates/{name}"] = data
    content["LICENSE.txt"] = toolkit.licence
    content["README.md"] = _readme(toolkit, loc, sorted([*content, "README.md", "manifest.json"])).encode()
    manifest = {
        "name": f"toolkit-{loc.lang}",
        "version": toolkit.version,
        "date": toolkit.date.isoformat(),
        "language": loc.lang,
        "licence": "CC-BY-4.0",
        "files": [
            {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for path, data in sorted(content.items())
        ],
    }
    content["manifest.json"] = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
    return content


def zip_bytes(
    toolkit: Toolkit,
    loc: Language,
    extra: dict[str, bytes] | None = None,
    documents: Documents = PACKAGE_DOCUMENTS,
) -> bytes:
    top = f"toolkit-{loc.lang}"
    stamp = (toolkit.date.year, toolkit.date.month, toolkit.date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path, data in sorted(files(toolkit, loc, extra, documents).items()):
            info = zipfile.ZipInfo(f"{top}/{path}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever builds it
            archive.writestr(info, data, compresslevel=9)
    return out.getvalue()
