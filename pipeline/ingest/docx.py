"""DOCX reader (python-docx): paragraphs and tables in document order.

Word's automatic list numbering (``w:numPr`` → ``numbering.xml``) is not part of a paragraph's
text, so it is rebuilt here: otherwise "1. Cải cách thể chế" would read "Cải cách thể chế" and the
plan's structure would be lost. Two-column tables (the header and the signature footer) are read
cell by cell, left column first; other tables become ``cell | cell`` rows.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .base import IngestError, RawDocument

MAX_UNCOMPRESSED = 200 * 1024 * 1024
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(n: int) -> str:
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
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                lv[ilvl] = (fmt.get(f"{W}val") if fmt is not None else "decimal",
                            text.get(f"{W}val") if text is not None else "",
                            int(start.get(f"{W}val")) if start is not None else 1)
            abstract[an.get(f"{W}abstractNumId")] = lv
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(f"{W}val"), {}))
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = override.find(f"{W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(f"{W}val")))
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


def _num_pr(paragraph, styles_num) -> tuple[str, int] | None:
    ppr = paragraph.find(f"{W}pPr")
    if ppr is not None:
        num = ppr.find(f"{W}numPr")
        if num is not None:
            nid = num.find(f"{W}numId")
            lvl = num.find(f"{W}ilvl")
            if nid is not None:
                return nid.get(f"{W}val"), int(lvl.get(f"{W}val")) if lvl is not None else 0
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
                                             int(lvl.get(f"{W}val")) if lvl is not None else 0)
    return out


def _para_text(p) -> str:
    parts = []
    for node in p.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag in (f"{W}tab",):
            parts.append(" ")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def _cell_text(tc, numbering, styles_num) -> str:
    lines = []
    for p in tc.iter(f"{W}p"):
        lines.append(_labelled(p, numbering, styles_num))
    return "\n".join(lines).strip("\n")


def _labelled(p, numbering, styles_num) -> str:
    text = _para_text(p)
    num = _num_pr(p, styles_num)
    if num and text.strip():
        label = numbering.label(*num)
        if label:
            return f"{label} {text.lstrip()}"
    return text


def _table_rows(tbl, numbering, styles_num) -> list[list[str]]:
    """Cell texts row by row; a cell spanning n grid columns is followed by n-1 empty cells so
    that every row keeps the header's columns."""
    rows = []
    for tr in tbl.findall(f"{W}tr"):
        cells = []
        for tc in tr.findall(f"{W}tc"):
            cells.append(_cell_text(tc, numbering, styles_num))
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            if span is not None:
                cells += [""] * (int(span.get(f"{W}val", "1")) - 1)
        rows.append(cells)
    return rows


def _is_layout_table(rows: list[list[str]]) -> bool:
    """Header and signature tables: two columns, few rows, official-layout words in them."""
    if not rows or max(len(r) for r in rows) != 2 or len(rows) > 4:
        return False
    text = " ".join(" ".join(r) for r in rows).upper()
    return any(k in text for k in ("CỘNG HÒA", "CỘNG HOÀ", "ĐẢNG CỘNG SẢN", "NƠI NHẬN", "SỐ:",
                                   "SỐ ", "TM.", "KT.", "CHỦ TỊCH", "ĐỘC LẬP"))


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
        document = docx.Document(str(path))
    except IngestError:
        raise
    except zipfile.BadZipFile:
        raise IngestError(source, "corrupt DOCX (not a valid zip archive)") from None
    except Exception as exc:  # python-docx / lxml parse errors
        raise IngestError(source, f"corrupt DOCX ({type(exc).__name__}: {exc})") from None
    numbering = Numbering(document)
    styles_num = _style_numbering(document)
    blocks: list[str] = []
    for child in document.element.body:
        if child.tag == f"{W}p":
            blocks.append(_labelled(child, numbering, styles_num))
        elif child.tag == f"{W}tbl":
            rows = _table_rows(child, numbering, styles_num)
            if _is_layout_table(rows):
                for col in range(2):
                    for row in rows:
                        if col < len(row) and row[col].strip():
                            blocks.append("\n".join(l.strip() for l in row[col].splitlines()))
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
    return RawDocument(text=text, source=source, format="docx", encoding="utf-8", page_starts=[],
                       page_count=_app_pages(path))


def _app_pages(path: Path) -> int | None:
    """The page count Word saved in docProps/app.xml (as of the last save), if any."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    m = re.search(r"<Pages>(\d+)</Pages>", xml)
    return int(m.group(1)) if m else None
