"""DOCX reader (python-docx): paragraphs and tables in document order.

Word's automatic list numbering (``w:numPr`` → ``numbering.xml``) is not part of a paragraph's
text, so it is rebuilt here: otherwise "1. Cải cách thể chế" would read "Cải cách thể chế" and the
plan's structure would be lost. Two-column tables (the header and the signature footer) are read
cell by cell, left column first; other tables become ``cell | cell`` rows.

Documents converted from old .doc files keep their legacy Vietnamese fonts: text in a TCVN3 font
(.VnTime, .VnTimeH…) or a VNI font (VNI-Times…) is stored as cp1252 letters ("Céng hßa"). Each run's
font is resolved (run properties, character style, paragraph style and its bases, document
defaults) and such runs are converted, capitals-only fonts (.VnTimeH) to capitals
(:func:`pipeline.ingest.legacy.convert_runs`); ``encoding`` is then 'tcvn3' or 'vni'.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

from . import legacy
from .base import IngestError, RawDocument, is_layout_table

MAX_UNCOMPRESSED = 200 * 1024 * 1024
# The main part unpacked: the largest of the corpus's 19 DOCX files is 0.7 MB (a 60-page guide);
# 50 MB is ~70 times that. It is read as a stream (memory follows the text, not the XML: 48 MB of
# empty paragraphs took 1.1 GB as one tree), so this bounds the time, not the memory.
MAX_DOCUMENT_XML = 50 * 1024 * 1024
# The other XML parts (styles, numbering, headers…) python-docx parses whole, at ~20 times their
# size: the corpus's largest is 0.44 MB (stylesWithEffects.xml).
MAX_XML_PART = 10 * 1024 * 1024
# Roman numerals end at 3999 (MMMCMXCIX): a larger label is written in Arabic digits.
MAX_ROMAN = 3999
# Word lets a list start anywhere in 0–32767; a larger start is kept as the file gives it (its
# label then in Arabic digits), but not past 18 digits: a start of 10^5000 is not a number the
# reader formats (int() refuses 4,300 digits and more, and str(n) costs time quadratic in them).
MAX_LIST_START = 10**18
# A merged cell adds at most this many grid columns to its row: the table's own grid width
# (``w:tblGrid``), and never more than 64 (the corpus's widest table has 7 columns).
MAX_COLUMNS = 64
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _number(value: str | None, default: int, low: int, high: int) -> int:
    """An integer attribute of the file, within [low, high]: ``default`` when it is missing or not
    an integer (a hostile or broken file must not stop the reader with a ValueError)."""
    if value is None or len(value) > 20:
        return default
    try:
        n = int(value)
    except ValueError:
        return default
    return min(high, max(low, n))


def _roman(n: int) -> str:
    """``n`` in Roman numerals; beyond MAX_ROMAN, where there are none, its Arabic digits (the
    loop below would otherwise run n / 1000 times)."""
    if n > MAX_ROMAN:
        return str(n)
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def _format(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Rebuilds list labels from numbering.xml definitions and running counters."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(f"{W}abstractNum"):
            lv = {}
            for lvl in an.findall(f"{W}lvl"):
                ilvl = _level(lvl.get(f"{W}ilvl"))
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                lv[ilvl] = (fmt.get(f"{W}val") if fmt is not None else "decimal",
                            text.get(f"{W}val") if text is not None else "",
                            _start(start.get(f"{W}val")) if start is not None else 1)
            abstract[an.get(f"{W}abstractNumId")] = lv
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(f"{W}val"), {}))
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = _level(override.get(f"{W}ilvl"))
                start = override.find(f"{W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, _start(start.get(f"{W}val")))
            self.levels[num.get(f"{W}numId")] = levels

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        fmt, text, _ = levels[ilvl]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return "-"
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl][2]
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0

        def sub(m):
            k = int(m.group(1)) - 1
            lf = levels.get(k, ("decimal", "", 1))[0]
            n = counters[k] or levels.get(k, ("decimal", "", 1))[2]
            return _format(lf, n)
        return re.sub(r"%(\d)", sub, text)


def _level(value: str | None) -> int:
    """A list level: Word has nine, 0–8 (the counters below are nine)."""
    return _number(value, 0, 0, 8)


def _start(value: str | None) -> int:
    """A list's start value, within 0–MAX_LIST_START."""
    return _number(value, 1, 0, MAX_LIST_START)


def _num_pr(paragraph, styles_num) -> tuple[str, int] | None:
    ppr = paragraph.find(f"{W}pPr")
    if ppr is not None:
        num = ppr.find(f"{W}numPr")
        if num is not None:
            nid = num.find(f"{W}numId")
            lvl = num.find(f"{W}ilvl")
            if nid is not None:
                return nid.get(f"{W}val"), _level(lvl.get(f"{W}val")) if lvl is not None else 0
        style = ppr.find(f"{W}pStyle")
        if style is not None:
            return styles_num.get(style.get(f"{W}val"))
    return None


def _style_numbering(document) -> dict[str, tuple[str, int]]:
    out = {}
    for style in document.styles.element.findall(f"{W}style"):
        num = style.find(f"{W}pPr/{W}numPr")
        if num is not None and num.find(f"{W}numId") is not None:
            lvl = num.find(f"{W}ilvl")
            out[style.get(f"{W}styleId")] = (num.find(f"{W}numId").get(f"{W}val"),
                                             _level(lvl.get(f"{W}val")) if lvl is not None else 0)
    return out


class Fonts:
    """The font each run is drawn in, as far as legacy encodings need it: the ``w:hAnsi`` font
    (Word's font for characters 80–FF, where legacy letters sit), else ``w:ascii``, taken from the
    run, else its character style, else its paragraph style or the default one (following
    ``w:basedOn``), else the document defaults. Theme fonts are not legacy fonts and are skipped.

    ``encodings``: the legacy encodings the document's runs are really in (empty when no font of
    the document is a legacy one, and then the readers skip the run-by-run work); ``converted``
    counts the characters converted, by encoding."""

    def __init__(self, document, body: Callable[[], Iterator]):
        root = document.styles.element
        self.styles: dict[str, tuple[str | None, str | None]] = {}
        self.default_paragraph_style = None
        for style in root.findall(f"{W}style"):
            based = style.find(f"{W}basedOn")
            style_id = style.get(f"{W}styleId")
            self.styles[style_id] = (_font(style.find(f"{W}rPr/{W}rFonts")),
                                     based.get(f"{W}val") if based is not None else None)
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
                self.default_paragraph_style = style_id
        self.default = _font(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts"))
        names = {self.default, *(font for font, _ in self.styles.values())}
        names |= {_font(r) for element in body() for r in element.iter(f"{W}rFonts")}
        self.converted: dict[str, int] = {}
        self.encodings: set[str] = set()
        if any(legacy.font_encoding(name)[0] for name in names if name):
            self.encodings = legacy.encodings_in_use(self._runs(body()))

    def _runs(self, body: Iterator):
        for element in body:
            for p in element.iter(f"{W}p"):
                style = p.find(f"{W}pPr/{W}pStyle")
                paragraph_style = style.get(f"{W}val") if style is not None else None
                for r in p.iter(f"{W}r"):
                    text = "".join(t.text or "" for t in r.iter(f"{W}t"))
                    if text:
                        yield text, self.run_font(r, paragraph_style)

    def _style_font(self, style_id: str | None) -> str | None:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            font, style_id = self.styles.get(style_id, (None, None))
            if font:
                return font
        return None

    def run_font(self, run, paragraph_style: str | None) -> str | None:
        rpr = run.find(f"{W}rPr")
        if rpr is not None:
            font = _font(rpr.find(f"{W}rFonts"))
            if font:
                return font
            rstyle = rpr.find(f"{W}rStyle")
            if rstyle is not None:
                font = self._style_font(rstyle.get(f"{W}val"))
                if font:
                    return font
        return (self._style_font(paragraph_style or self.default_paragraph_style) or self.default)


def _font(rfonts) -> str | None:
    if rfonts is None:
        return None
    return rfonts.get(f"{W}hAnsi") or rfonts.get(f"{W}ascii")


def _para_text(p, fonts: Fonts | None = None) -> str:
    """A paragraph's text; with ``fonts`` (a document with legacy fonts), its legacy runs converted."""
    if fonts is None or not fonts.encodings:
        parts = []
        for node in p.iter():
            if node.tag == f"{W}t":
                parts.append(node.text or "")
            elif node.tag in (f"{W}tab",):
                parts.append(" ")
            elif node.tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
        return "".join(parts)
    style = p.find(f"{W}pPr/{W}pStyle")
    paragraph_style = style.get(f"{W}val") if style is not None else None
    runs: list[tuple[str, str | None]] = []
    font = None
    for node in p.iter():
        if node.tag == f"{W}r":
            font = fonts.run_font(node, paragraph_style)
        elif node.tag == f"{W}t":
            runs.append((node.text or "", font))
        elif node.tag in (f"{W}tab",):
            runs.append((" ", font))
        elif node.tag in (f"{W}br", f"{W}cr"):
            runs.append(("\n", font))
    text, encoding = legacy.convert_runs(runs, fonts.encodings)
    if encoding:
        fonts.converted[encoding] = fonts.converted.get(encoding, 0) + len(text)
    return text


def _cell_text(tc, numbering, styles_num, fonts=None) -> str:
    lines = []
    for p in tc.iter(f"{W}p"):
        lines.append(_labelled(p, numbering, styles_num, fonts))
    return "\n".join(lines).strip("\n")


def _labelled(p, numbering, styles_num, fonts=None) -> str:
    text = _para_text(p, fonts)
    num = _num_pr(p, styles_num)
    if num and text.strip():
        label = numbering.label(*num)
        if label:
            return f"{label} {text.lstrip()}"
    return text


def _table_rows(tbl, numbering, styles_num, fonts=None) -> list[list[str]]:
    """Cell texts row by row; a cell spanning n grid columns is followed by n-1 empty cells so
    that every row keeps the header's columns. The padding stops at the table's grid width (its
    ``w:gridCol`` count, at most MAX_COLUMNS; MAX_COLUMNS without a grid) or the row's own cell
    count if larger: a ``w:gridSpan`` of 10^8 in a 38 KB file would otherwise be 10^8 cells."""
    grid = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
    width = min(grid, MAX_COLUMNS) if grid else MAX_COLUMNS
    rows = []
    for tr in tbl.findall(f"{W}tr"):
        tcs = tr.findall(f"{W}tc")
        limit = max(width, len(tcs))
        cells: list[str] = []
        for i, tc in enumerate(tcs):
            cells.append(_cell_text(tc, numbering, styles_num, fonts))
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            if span is not None:
                # Room is kept for the row's cells still to come.
                room = limit - len(cells) - (len(tcs) - i - 1)
                cells += [""] * min(_number(span.get(f"{W}val"), 1, 1, MAX_COLUMNS) - 1, room)
        rows.append(cells)
    return rows


def _main_part(zf: zipfile.ZipFile) -> str:
    """The main document part's name in the zip: the package's officeDocument relationship's
    target (``word/document.xml`` as Word names it, and when the relationship cannot be read)."""
    try:
        if zf.getinfo("_rels/.rels").file_size <= MAX_XML_PART:
            for rel in etree.fromstring(zf.read("_rels/.rels")):
                if (rel.get("Type") or "").endswith("/officeDocument") and rel.get("Target"):
                    return posixpath.normpath(posixpath.join("/", rel.get("Target"))).lstrip("/")
    except (KeyError, etree.XMLSyntaxError):
        pass
    return "word/document.xml"


_STUB = f'<w:document xmlns:w="{W[1:-1]}"><w:body/></w:document>'.encode()


def _package_without_body(zf: zipfile.ZipFile, main: str) -> io.BytesIO:
    """The package for python-docx (styles, numbering), with an empty main part and no media: the
    body is streamed by :func:`_body`, and python-docx would parse it whole."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stub:
        for info in zf.infolist():
            if info.filename == main:
                data = _STUB
            elif info.filename.endswith((".xml", ".rels")):
                data = zf.read(info)
            else:
                data = b""  # images and other blobs: kept as names only (nothing here reads them)
            stub.writestr(info.filename, data)
    out.seek(0)
    return out


def _body(path: Path, main: str) -> Iterator:
    """The main part's body elements (paragraphs, tables, section properties…), in order, parsed
    as a stream: each is freed once the caller moves to the next, so memory follows the largest
    paragraph or table, not the document. Parsed as python-docx parses (blank text removed, no
    entities resolved)."""
    with zipfile.ZipFile(path) as zf, zf.open(main) as fh:
        body = f"{W}body"
        for _, element in etree.iterparse(fh, events=("end",), remove_blank_text=True,
                                          resolve_entities=False):
            parent = element.getparent()
            if parent is not None and parent.tag == body:
                yield element
                # lxml's recipe for a stream: empty the element, drop the ones before it.
                element.clear()
                while element.getprevious() is not None:
                    del parent[0]


def read_docx(path: Path) -> RawDocument:
    import docx  # python-docx
    source = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            if total > MAX_UNCOMPRESSED:
                raise IngestError(source, f"DOCX expands to {total} bytes (zip bomb?)")
            if "word/document.xml" not in zf.namelist():
                raise IngestError(source, "not a Word document (no word/document.xml)")
            main = _main_part(zf)
            # The sizes the zip declares are the bound: zipfile stops inflating a member at its
            # size (and then fails its CRC), so a member cannot unpack past it unseen.
            for info in zf.infolist():
                limit = MAX_DOCUMENT_XML if info.filename == main else MAX_XML_PART
                if info.filename.endswith((".xml", ".rels")) and info.file_size > limit:
                    raise IngestError(source, f"too large when unpacked: {info.filename} is {info.file_size} "
                                              f"bytes (limit {limit})")
            package = _package_without_body(zf, main)
        document = docx.Document(package)
    except IngestError:
        raise
    except zipfile.BadZipFile:
        raise IngestError(source, "corrupt DOCX (not a valid zip archive)") from None
    except Exception as exc:  # python-docx / lxml parse errors
        raise IngestError(source, f"corrupt DOCX ({type(exc).__name__}: {exc})") from None
    try:
        return _read_body(path, source, main, document)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, EOFError) as exc:
        raise IngestError(source, f"corrupt DOCX ({type(exc).__name__}: {exc})") from None


def _read_body(path: Path, source: str, main: str, document) -> RawDocument:
    """The text of the main part's body, read as a stream (:func:`_body`)."""
    numbering = Numbering(document)
    styles_num = _style_numbering(document)
    fonts = Fonts(document, lambda: _body(path, main))
    blocks: list[str] = []
    for child in _body(path, main):
        if child.tag == f"{W}p":
            blocks.append(_labelled(child, numbering, styles_num, fonts))
        elif child.tag == f"{W}tbl":
            rows = _table_rows(child, numbering, styles_num, fonts)
            if is_layout_table(rows):
                for col in range(2):
                    for row in rows:
                        if col < len(row) and row[col].strip():
                            blocks.append("\n".join(line.strip() for line in row[col].splitlines()))
                    blocks.append("")
            else:
                for row in rows:
                    cells = [" ".join(c.split()) for c in row]
                    if any(cells):
                        blocks.append(" | ".join(cells))
                blocks.append("")
    text = "\n".join(blocks)
    if not text.strip():
        raise IngestError(source, "empty document (the DOCX has no text)")
    encoding = max(fonts.converted, key=fonts.converted.__getitem__) if fonts.converted else "utf-8"
    return RawDocument(text=text, source=source, format="docx", encoding=encoding, page_starts=[],
                       page_count=_app_pages(path))


# The most pages a page count may give: above it (or below 1) the count is a writer's bug or a
# hostile file (2**63 and more would overflow the dataset's integer column), not a document's.
MAX_PAGES = 100_000


def _app_pages(path: Path) -> int | None:
    """The page count Word saved in docProps/app.xml (as of the last save), if any, and only if it
    is a whole number in 1..MAX_PAGES (else None)."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    m = re.search(r"<Pages>(\d+)</Pages>", xml)
    if m is None or len(m.group(1)) > len(str(MAX_PAGES)):  # (int() refuses over 4300 digits)
        return None
    pages = int(m.group(1))
    return pages if 1 <= pages <= MAX_PAGES else None
