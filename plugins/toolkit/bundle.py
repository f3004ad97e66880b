"""One ZIP of the toolkit per language: standalone HTML chapters that work opened from disk,
the templates, a README, the licence and a manifest with every file's SHA-256.

Reproducible: the same toolkit gives the same bytes (sorted entries, the toolkit's date on
every entry, fixed permissions and compression, no build time anywhere).
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import zipfile

import markdown

from .._shared.language import Language
from ..theme.emblem import emblem_svg
from .model import Chapter, Toolkit
from .office import office_files

EXTENSIONS = ["tables", "attr_list", "admonition", "toc", "md_in_html", "footnotes"]
CHAPTER_LINK = re.compile(r"\]\(([a-z0-9-]+)\.md(#[^)\s]*)?\)")
TEMPLATE_LINK = re.compile(r"\]\(\.\./templates/")

STYLE = """
:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#555;--link:#303f9f;--rule:#ddd;--note:#eef1fb}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--bg:#1e2129;--muted:#b8b8c0;--link:#9fa8da;\
--rule:#3a3f4b;--note:#272c3a}}
body{margin:0;background:var(--bg);color:var(--fg);\
font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
main,header,footer{max-width:46rem;margin:0 auto;padding:1rem 1.25rem}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
h1{font-size:1.8rem;line-height:1.25}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}
.admonition{background:var(--note);border-left:4px solid var(--link);padding:.2rem 1rem;margin:1rem 0}
.admonition-title{font-weight:700}
.muted,footer{color:var(--muted);font-size:.9rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
footer{border-top:1px solid var(--rule);display:flex;gap:1rem;align-items:center}
footer svg{flex:0 0 auto;width:3.6rem;height:2.4rem}
""".strip()


def _html(markdown_text: str) -> str:
    source = TEMPLATE_LINK.sub(
        "](templates/", CHAPTER_LINK.sub(lambda m: f"]({m.group(1)}.html{m.group(2) or ''})", markdown_text)
    )
    return markdown.markdown(source, extensions=EXTENSIONS, output_format="html")


def _about(loc: Language) -> str:
    """What this toolkit is, as the site says it at the end of each toolkit page."""
    heading, about = html.escape(loc.t("toolkit.about_heading")), html.escape(loc.t("toolkit.about"))
    return f"<h2>{heading}</h2>\n<p>{about}</p>"


def _page(loc: Language, title: str, body: str, nav: str, content_lang: str) -> str:
    t = loc.t
    notice = ""
    if content_lang != loc.lang:
        note = t("fallback.section_notice", original=loc.language_name(content_lang))
        notice = f'<p class="muted" role="note">{html.escape(note)}</p>'
    return (
        f'<!doctype html>\n<html lang="{loc.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n"
        f'<header><nav aria-label="{html.escape(t("toolkit.chapters"))}">{nav}</nav></header>\n'
        f'<main>\n{notice}<div lang="{content_lang}">\n{body}\n</div>\n{_about(loc)}\n</main>\n'
        f"<footer>{emblem_svg(t('funding.emblem_label'))}"
        f"<p>{html.escape(t('funding.statement'))} {html.escape(t('toolkit.licence_note'))}</p></footer>\n"
        "</body>\n</html>\n"
    )


def _nav(toolkit: Toolkit, loc: Language, position: int | None) -> str:
    items = [f'<li><a href="index.html">{html.escape(loc.t("toolkit.contents"))}</a></li>']
    ids = [c.id for c in toolkit.chapters]
    if position is not None and position > 0:
        items.append(
            f'<li><a href="{ids[position - 1]}.html" rel="prev">'
            f"{html.escape(loc.t('toolkit.previous'))}</a></li>"
        )
    if position is not None and position < len(ids) - 1:
        items.append(
            f'<li><a href="{ids[position + 1]}.html" rel="next">{html.escape(loc.t("toolkit.next"))}</a></li>'
        )
    return f"<ul>{''.join(items)}</ul>"


def _chapter(toolkit: Toolkit, chapter: Chapter, position: int, loc: Language) -> str:
    here = chapter.text(loc.lang)
    body = (
        f"<h1>{html.escape(here.title)}</h1>\n<p><em>{html.escape(here.summary)}</em></p>\n{_html(here.body)}"
    )
    return _page(loc, here.title, body, _nav(toolkit, loc, position), here.lang)


def _index(toolkit: Toolkit, loc: Language, extra: dict[str, bytes]) -> str:
    t = loc.t
    items = []
    for chapter in toolkit.chapters:
        here = chapter.text(loc.lang)
        lang = "" if here.lang == loc.lang else f' lang="{here.lang}"'
        items.append(f'<li><a href="{chapter.id}.html"{lang}>{html.escape(here.title)}</a></li>')
    names = list(template_files(toolkit, loc.lang)) + sorted(extra)
    templates = "".join(f'<li><a href="templates/{name}">{html.escape(name)}</a></li>' for name in names)
    body = (
        f"<h1>{html.escape(toolkit.title[loc.lang])}</h1>\n<p>{html.escape(toolkit.summary[loc.lang])}</p>\n"
        f"<h2>{html.escape(t('toolkit.chapters'))}</h2>\n<ol>{''.join(items)}</ol>\n"
        f"<h2>{html.escape(t('toolkit.templates'))}</h2>\n<ul>{templates}</ul>\n"
        f'<p><a href="LICENSE.txt">{html.escape(t("toolkit.licence_note"))}</a></p>'
    )
    return _page(loc, toolkit.title[loc.lang], body, _nav(toolkit, loc, None), loc.lang)


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


def template_files(toolkit: Toolkit, lang: str) -> dict[str, bytes]:
    """The templates in ``lang`` (English where not translated) by file name: each as written
    (.md, .csv) and as the office files made from it (.docx and .odt, .xlsx and .ods)."""
    out: dict[str, bytes] = {}
    for template in toolkit.templates:
        data, written_in = template.text(lang)
        out[template.name] = data
        out.update(office_files(template.name, data, written_in, toolkit.date))
    return out


def files(toolkit: Toolkit, loc: Language, extra: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """Every file of the bundle (manifest included), by path inside its top folder; ``extra``
    templates (the self-assessment's blank answers file) join the toolkit's own."""
    extra = extra or {}
    content: dict[str, bytes] = {"index.html": _index(toolkit, loc, extra).encode()}
    for position, chapter in enumerate(toolkit.chapters):
        content[f"{chapter.id}.html"] = _chapter(toolkit, chapter, position, loc).encode()
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


def zip_bytes(toolkit: Toolkit, loc: Language, extra: dict[str, bytes] | None = None) -> bytes:
    top = f"toolkit-{loc.lang}"
    stamp = (toolkit.date.year, toolkit.date.month, toolkit.date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path, data in sorted(files(toolkit, loc, extra).items()):
            info = zipfile.ZipInfo(f"{top}/{path}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever builds it
            archive.writestr(info, data, compresslevel=9)
    return out.getvalue()
