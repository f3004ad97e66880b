"""The toolkit's templates as office files, written from the same translated source as the
``.md`` and ``.csv`` files: a document template (``.md``) also as ``.docx`` (python-docx) and
``.odt`` (odfpy), a table template (``.csv``) also as ``.xlsx`` (openpyxl) and ``.ods`` (odfpy).

Reproducible: the same source gives the same bytes. The libraries stamp the time of writing in
two places, the ZIP container's entries and the documents' metadata; both get the toolkit's
date instead (``_fixed``).

The Markdown of the document templates is a small subset, parsed here: headings (#, ##, ###),
paragraphs, bullet and numbered lists, tables, and **bold** and *italic* inline.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from .._shared import locale_format

DOCUMENT_FORMATS = (".docx", ".odt")
TABLE_FORMATS = (".xlsx", ".ods")
AUTHOR = "EPI portal"

_INLINE = re.compile(r"(\*\*.+?\*\*|\*[^*\s](?:[^*]*[^*\s])?\*)")
_NUMBERED = re.compile(r"^\d+\.\s+")
_TIMESTAMPS = re.compile(
    rb"(<(dcterms:created|dcterms:modified|meta:creation-date|dc:date)\b[^>]*>)[^<]*(</\2>)"
)


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, bullets, numbers, table
    level: int = 0
    items: tuple[str, ...] = ()  # paragraph/heading: one text; lists: items; table: header cells
    rows: tuple[tuple[str, ...], ...] = ()


def office_names(name: str) -> tuple[str, ...]:
    """The office files made from template ``name`` (none for other kinds of files)."""
    path = PurePosixPath(name)
    formats = {".md": DOCUMENT_FORMATS, ".csv": TABLE_FORMATS}.get(path.suffix, ())
    return tuple(path.stem + suffix for suffix in formats)


@lru_cache(maxsize=256)  # each language's ZIP and its site copy: made once per build
def office_files(name: str, data: bytes, lang: str, date: dt.date) -> dict[str, bytes]:
    """Template ``name`` (its text ``data`` in ``lang``) as office files, by file name."""
    stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
    text = data.decode("utf-8")
    if suffix == ".md":
        blocks = parse(text)
        return {f"{stem}.docx": docx(blocks, lang, date), f"{stem}.odt": odt(blocks, lang, date)}
    if suffix == ".csv":
        rows = [row for row in csv.reader(io.StringIO(text)) if row]
        return {f"{stem}.xlsx": xlsx(rows, lang, date, stem), f"{stem}.ods": ods(rows, lang, date, stem)}
    return {}


# --- the Markdown subset -------------------------------------------------------------------


def parse(markdown: str) -> list[Block]:
    blocks: list[Block] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
        elif line.startswith("#"):
            hashes = len(line) - len(line.lstrip("#"))
            blocks.append(Block("heading", hashes, (line[hashes:].strip(),)))
            i += 1
        elif line.startswith("|"):
            table = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = tuple(cell.strip() for cell in lines[i].strip().strip("|").split("|"))
                if not all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                    table.append(cells)
                i += 1
            blocks.append(Block("table", items=table[0], rows=tuple(table[1:])))
        elif line.startswith("- ") or _NUMBERED.match(line):
            kind = "bullets" if line.startswith("- ") else "numbers"
            items = []
            while i < len(lines) and (
                lines[i].startswith("- ") if kind == "bullets" else _NUMBERED.match(lines[i])
            ):
                items.append(
                    lines[i][2:].strip() if kind == "bullets" else _NUMBERED.sub("", lines[i]).strip()
                )
                i += 1
            blocks.append(Block(kind, items=tuple(items)))
        else:
            paragraph = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith(("#", "|", "- ")):
                paragraph.append(lines[i].strip())
                i += 1
            blocks.append(Block("paragraph", items=(" ".join(paragraph),)))
    return blocks


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of a line with **bold** and *italic*."""
    pieces = []
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            pieces.append((part[2:-2], True, False))
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            pieces.append((part[1:-1], False, True))
        else:
            pieces.append((part, False, False))
    return pieces


def plain(text: str) -> str:
    return "".join(piece for piece, _, _ in runs(text))


# --- reproducible containers ---------------------------------------------------------------


def _fixed(data: bytes, date: dt.date) -> bytes:
    """The ZIP ``data`` with every entry dated ``date`` and every metadata timestamp ``date``;
    entries kept in their order (ODF's ``mimetype`` first, stored)."""
    stamp = (date.year, date.month, date.day, 0, 0, 0)
    iso = f"{date.isoformat()}T00:00:00".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename in ("docProps/core.xml", "meta.xml"):
                content = _TIMESTAMPS.sub(
                    lambda m: (
                        m.group(1) + (iso + b"Z" if m.group(2).startswith(b"dcterms") else iso) + m.group(3)
                    ),
                    content,
                )
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            stored = entry.filename == "mimetype"
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            target.writestr(info, content, compresslevel=None if stored else 9)
    return out.getvalue()


def _when(date: dt.date) -> dt.datetime:
    return dt.datetime(date.year, date.month, date.day)


def _title(blocks: list[Block], fallback: str) -> str:
    return next((plain(b.items[0]) for b in blocks if b.kind == "heading"), fallback)


# --- .docx ---------------------------------------------------------------------------------


def docx(blocks: list[Block], lang: str, date: dt.date) -> bytes:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    tag = locale_format.language_tag(lang)  # for spelling and hyphenation in the office suites
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if r_pr is not None:
        for old in r_pr.findall(qn("w:lang")):
            r_pr.remove(old)
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), tag)
        r_pr.append(language)

    def fill(paragraph, text: str) -> None:
        for piece, bold, italic in runs(text):
            run = paragraph.add_run(piece)
            run.bold = bold or None
            run.italic = italic or None

    for block in blocks:
        if block.kind == "heading":
            fill(document.add_heading(level=min(block.level, 3) if block.level > 1 else 0), block.items[0])
        elif block.kind == "paragraph":
            fill(document.add_paragraph(), block.items[0])
        elif block.kind in ("bullets", "numbers"):
            style = "List Bullet" if block.kind == "bullets" else "List Number"
            for item in block.items:
                fill(document.add_paragraph(style=style), item)
        elif block.kind == "table":
            table = document.add_table(rows=1 + len(block.rows), cols=len(block.items))
            table.style = "Table Grid"
            for column, cell in enumerate(block.items):
                paragraph = table.rows[0].cells[column].paragraphs[0]
                for piece, _, italic in runs(cell):
                    run = paragraph.add_run(piece)
                    run.bold = True
                    run.italic = italic or None
            for index, row in enumerate(block.rows, start=1):
                for column, cell in enumerate(row[: len(block.items)]):
                    fill(table.rows[index].cells[column].paragraphs[0], cell)
    props = document.core_properties
    props.title = _title(blocks, "")
    props.language = tag
    props.author = props.last_modified_by = AUTHOR
    props.created = props.modified = props.last_printed = _when(date)
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""
    out = io.BytesIO()
    document.save(out)
    return _fixed(out.getvalue(), date)


# --- .odt ----------------------------------------------------------------------------------


def odt(blocks: list[Block], lang: str, date: dt.date) -> bytes:
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        ListLevelProperties,
        ParagraphProperties,
        Style,
        TableCellProperties,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P, Span

    _odf_namespaces()
    document = OpenDocumentText()
    region = locale_format.region(lang)
    default = Style(name="Standard", family="paragraph")
    default.addElement(TextProperties(language=lang, country=region, fontsize="11pt"))
    default.addElement(ParagraphProperties(marginbottom="0.2cm"))
    document.styles.addElement(default)
    headings = {}
    for level, size in ((1, "18pt"), (2, "14pt"), (3, "12pt")):
        style = Style(
            name=f"Heading {level}", family="paragraph", parentstylename="Standard", defaultoutlinelevel=level
        )
        style.addElement(TextProperties(fontsize=size, fontweight="bold", language=lang, country=region))
        style.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"))
        document.styles.addElement(style)
        headings[level] = style
    bold = Style(name="Strong", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    italic = Style(name="Emphasis", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    for style in (bold, italic):
        document.styles.addElement(style)
    cell_style = Style(name="Cell", family="table-cell")
    cell_style.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    document.automaticstyles.addElement(cell_style)
    bullets = ListStyle(name="Bullets")
    bullet = ListLevelStyleBullet(level=1, bulletchar="•")
    bullet.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
    bullets.addElement(bullet)
    numbers = ListStyle(name="Numbers")
    number = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
    number.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.6cm"))
    numbers.addElement(number)
    document.styles.addElement(bullets)
    document.styles.addElement(numbers)

    def fill(element, text: str, *, strong: bool = False):
        for piece, is_bold, is_italic in runs(text):
            if is_bold or strong:
                element.addElement(Span(stylename=bold, text=piece))
            elif is_italic:
                element.addElement(Span(stylename=italic, text=piece))
            else:
                element.addText(piece)
        return element

    body = document.text
    for block in blocks:
        if block.kind == "heading":
            level = min(block.level, 3)
            body.addElement(fill(H(outlinelevel=level, stylename=headings[level]), block.items[0]))
        elif block.kind == "paragraph":
            body.addElement(fill(P(stylename=default), block.items[0]))
        elif block.kind in ("bullets", "numbers"):
            listing = List(stylename=bullets if block.kind == "bullets" else numbers)
            for item in block.items:
                entry = ListItem()
                entry.addElement(fill(P(stylename=default), item))
                listing.addElement(entry)
            body.addElement(listing)
        elif block.kind == "table":
            table = Table(name=f"Table{len(body.getElementsByType(Table)) + 1}")
            table.addElement(TableColumn(numbercolumnsrepeated=len(block.items)))
            for index, row in enumerate((block.items, *block.rows)):
                table_row = TableRow()
                for cell in row[: len(block.items)]:
                    table_cell = TableCell(stylename=cell_style, valuetype="string")
                    table_cell.addElement(fill(P(stylename=default), cell, strong=index == 0))
                    table_row.addElement(table_cell)
                table.addElement(table_row)
            body.addElement(table)
    _odf_meta(document, dc, meta, _title(blocks, ""), lang, date)
    out = io.BytesIO()
    document.write(out)
    return _fixed(out.getvalue(), date)


def _odf_namespaces() -> None:
    """odfpy declares on each document's root the namespaces used by every document made so
    far in the process (a class attribute that grows): declare all of them, always in the same
    order, so a document's bytes do not depend on what was written before it."""
    from odf.element import Element
    from odf.namespaces import nsdict

    Element.namespaces.clear()
    Element.namespaces.update(sorted(nsdict.items(), key=lambda item: item[1]))


def _odf_meta(document, dc, meta, title: str, lang: str, date: dt.date) -> None:
    stamp = f"{date.isoformat()}T00:00:00"
    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Language(text=lang))
    document.meta.addElement(meta.InitialCreator(text=AUTHOR))
    document.meta.addElement(meta.CreationDate(text=stamp))
    document.meta.addElement(dc.Date(text=stamp))


# --- .xlsx and .ods ------------------------------------------------------------------------


def xlsx(rows: list[list[str]], lang: str, date: dt.date, title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
        for cell in column:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    props = workbook.properties
    props.title = title
    props.language = locale_format.language_tag(lang)
    props.creator = props.lastModifiedBy = AUTHOR
    props.created = props.modified = _when(date)
    out = io.BytesIO()
    workbook.save(out)
    return _fixed(out.getvalue(), date)


def ods(rows: list[list[str]], lang: str, date: dt.date, title: str) -> bytes:
    from odf import dc, meta
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    _odf_namespaces()
    document = OpenDocumentSpreadsheet()
    region = locale_format.region(lang)
    default = Style(name="Default", family="table-cell")
    default.addElement(TextProperties(language=lang, country=region))
    document.styles.addElement(default)
    header = Style(name="Header", family="table-cell", parentstylename=default)
    header.addElement(TextProperties(fontweight="bold", language=lang, country=region))
    document.automaticstyles.addElement(header)
    width = max((len(row) for row in rows), default=1)
    column_styles = []
    for column in range(width):
        chars = max((len(row[column]) for row in rows if column < len(row)), default=10)
        style = Style(name=f"co{column + 1}", family="table-column")
        style.addElement(TableColumnProperties(columnwidth=f"{min(max(chars + 2, 10), 60) * 0.2:.1f}cm"))
        document.automaticstyles.addElement(style)
        column_styles.append(style)
    table = Table(name=title[:31])
    for style in column_styles:
        table.addElement(TableColumn(stylename=style))
    for index, row in enumerate(rows):
        table_row = TableRow()
        for value in row:
            cell = TableCell(valuetype="string", stylename=header if index == 0 else default)
            cell.addElement(P(text=value))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    _odf_meta(document, dc, meta, title, lang, date)
    out = io.BytesIO()
    document.write(out)
    return _fixed(out.getvalue(), date)
