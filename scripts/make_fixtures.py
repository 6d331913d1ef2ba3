#!/usr/bin/env python3
"""Render corpus text documents as PDF and DOCX test fixtures in the official layout.

Each document has a hand-written layout file ``<layouts>/<stem>.json`` that says which lines of the
source text form the header (2-column table: issuer / national title), where the body starts (the
document-type line, e.g. "KẾ HOẠCH") and where the footer table ("Nơi nhận:" block / signature
block) begins. The body itself is always read from the source text at render time, one paragraph
per non-empty source line, so the fixtures carry exactly the document's own text.

Layout shape::

    {"source": "corpus/web/d01.txt",
     "header_left":  ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH", "-------", "Số: 20/KH-UBND"],
     "header_right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "---------------", "Trà Vinh, ngày 10 tháng 3 năm 2023"],
     "body_start": "KẾ HOẠCH",
     "footer_start": "Nơi nhận:" | null,
     "footer_left": ["Nơi nhận:", "- ...;"], "footer_right": ["TM. ...", "CHỦ TỊCH", "<signer>"],
     "body_table": null | {"after": "<exact body line>", "rows": [["header", ...], [...], ...]}}

Every header/footer line must be a line of the source (after removing markdown ``**`` markers);
the footer lines must account for every non-empty source line from ``footer_start`` to the end.
Lines before ``body_start`` that are not used in the header (web-page chrome, site metadata) are
not rendered and are listed on stdout.

Layout (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins top/bottom/left/right 20/20/30/15 mm,
Times-like serif (Liberation Serif, else DejaVu Serif), body 13 pt justified with a first-line
indent, page numbers centred at the top of pages 2+.

Usage::

    python scripts/make_fixtures.py [--out corpus/generated] [--layouts DIR] [--verify] [STEM ...]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "corpus" / "generated"

# --- page geometry (mm) and type sizes (pt) -----------------------------------------------------
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20.0, 20.0, 30.0, 15.0
TEXT_W_MM = PAGE_W_MM - MARGIN_LEFT - MARGIN_RIGHT
HEADER_SPLIT = 0.40          # left column share of the header table
FOOTER_SPLIT = 0.45          # left column share of the footer table
CELL_PAD_PT = 3.0            # horizontal padding inside header/footer cells (each side)
BODY_PT = 13.0
HEADER_PT = 13.0
DOCTYPE_PT = 14.0
TITLE_PT = 13.0
RECIPIENTS_HEAD_PT = 12.0    # "Nơi nhận:"
RECIPIENTS_PT = 11.0
SIGN_PT = 13.0
PAGENO_PT = 13.0
FIRST_INDENT_MM = 10.0
SIGN_GAP_PT = 64.0           # room for the signature and seal
MIN_FIT_PT = 9.0

MOTTO = "Độc lập - Tự do - Hạnh phúc"
PLACE_DATE_RE = re.compile(r",\s*[Nn]gày\b")
ROMAN_HEADING_RE = re.compile(r"^[IVXLC]+\.\s")


class LayoutError(Exception):
    pass


# --- fonts ----------------------------------------------------------------------------------------
@dataclass
class FontSet:
    family: str                   # family name written into the DOCX
    regular: Path
    bold: Path
    italic: Path | None
    bold_italic: Path | None


# Precomposed letters of Vietnamese: Liberation 1.x (Debian's fonts-liberation, which chromium pulls
# in) has none of U+1EA0–U+1EF9, and reportlab then drops them ("Truyền" → "Truyn").
_VIETNAMESE = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


def _has_vietnamese(path: Path) -> bool:
    from reportlab.pdfbase.ttfonts import TTFontFile
    glyphs = TTFontFile(str(path)).charToGlyph
    return all(ord(c) in glyphs for c in _VIETNAMESE)


def find_fonts(base: Path = Path("/usr/share/fonts")) -> FontSet:
    if base.is_dir():
        def first(name: str) -> Path | None:
            hits = sorted(base.rglob(name))
            return hits[0] if hits else None

        reg, bold = first("LiberationSerif-Regular.ttf"), first("LiberationSerif-Bold.ttf")
        if reg and bold and _has_vietnamese(reg) and _has_vietnamese(bold):
            return FontSet("Liberation Serif", reg, bold,
                           first("LiberationSerif-Italic.ttf"), first("LiberationSerif-BoldItalic.ttf"))
    dv = base / "truetype" / "dejavu"
    reg, bold = dv / "DejaVuSerif.ttf", dv / "DejaVuSerif-Bold.ttf"
    if reg.is_file() and bold.is_file():
        it, bi = dv / "DejaVuSerif-Italic.ttf", dv / "DejaVuSerif-BoldItalic.ttf"
        return FontSet("DejaVu Serif", reg, bold, it if it.is_file() else None,
                       bi if bi.is_file() else None)
    sys.exit("make_fixtures: no usable serif font: need LiberationSerif-Regular.ttf and "
             "LiberationSerif-Bold.ttf somewhere under "
             f"{base}, or "
             f"{reg} and {bold} (install fonts-liberation or fonts-dejavu-core)")


PDF_FONT = {"r": "FixSerif", "b": "FixSerif-Bold", "i": "FixSerif-Italic", "bi": "FixSerif-BoldItalic"}
_registered = False


def register_pdf_fonts(fonts: FontSet) -> None:
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    paths = {"r": fonts.regular, "b": fonts.bold,
             "i": fonts.italic or fonts.regular, "bi": fonts.bold_italic or fonts.bold}
    for key, path in paths.items():
        pdfmetrics.registerFont(TTFont(PDF_FONT[key], str(path)))
    for (b, i), key in {(0, 0): "r", (1, 0): "b", (0, 1): "i", (1, 1): "bi"}.items():
        addMapping(PDF_FONT["r"], b, i, PDF_FONT[key])
    _registered = True


def font_key(bold: bool, italic: bool) -> str:
    return ("b" if bold else "") + ("i" if italic else "") or "r"


def fit_size(text: str, key: str, size: float, width_pt: float) -> float:
    """Largest size <= `size` (0.5 pt steps) at which `text` fits on one line of `width_pt`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > MIN_FIT_PT and stringWidth(text, PDF_FONT[key], size) > width_pt:
        size -= 0.5
    return size


# --- layout + source ------------------------------------------------------------------------------
@dataclass
class Doc:
    stem: str
    source: Path
    header_left: list[str]
    header_right: list[str]
    doc_type: str
    title: list[str]
    body: list[str]
    footer_left: list[str]
    footer_right: list[str]
    body_table: dict | None
    dropped: list[str] = field(default_factory=list)   # pre-body lines not rendered


def clean(line: str) -> str:
    """A source line as printed: markdown bold markers removed, outer whitespace stripped."""
    return line.replace("**", "").strip()


def _subsequence(needles: list[str], hay: list[str]) -> list[int] | None:
    idx, pos = [], 0
    for n in needles:
        try:
            pos = hay.index(n, pos)
        except ValueError:
            return None
        idx.append(pos)
        pos += 1
    return idx


def _str_list(lay: dict, key: str, path: Path) -> list[str]:
    val = lay.get(key) or []
    if not isinstance(val, list) or not all(isinstance(s, str) for s in val):
        raise LayoutError(f"{path}: '{key}' must be a list of strings")
    for s in val:
        if "**" in s or s != s.strip() or not s:
            raise LayoutError(f"{path}: '{key}' line {s!r} must be non-empty, stripped, without '**'")
    return val


def load_doc(layout_path: Path) -> Doc:
    lay = json.loads(layout_path.read_text(encoding="utf-8"))
    stem = layout_path.stem
    src = Path(lay["source"])
    src = src if src.is_absolute() else ROOT / src
    if not src.is_file():
        raise LayoutError(f"{layout_path}: source {src} not found")
    text = src.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        print(f"warning: {src} is not NFC; rendering it as is", file=sys.stderr)
    lines = [clean(line) for line in text.split("\n")]

    hl, hr = _str_list(lay, "header_left", layout_path), _str_list(lay, "header_right", layout_path)
    fl, fr = _str_list(lay, "footer_left", layout_path), _str_list(lay, "footer_right", layout_path)

    body_start = lay.get("body_start")
    hits = [i for i, line in enumerate(lines) if line == body_start]
    if len(hits) != 1:
        raise LayoutError(f"{layout_path}: body_start {body_start!r} matches {len(hits)} source lines "
                          "(need exactly 1)")
    bi = hits[0]

    footer_start = lay.get("footer_start")
    if footer_start is None:
        fi = len(lines)
        if fl or fr:
            raise LayoutError(f"{layout_path}: footer lines given but footer_start is null")
    else:
        hits = [i for i in range(bi + 1, len(lines)) if lines[i] == footer_start]
        if len(hits) != 1:
            raise LayoutError(f"{layout_path}: footer_start {footer_start!r} matches {len(hits)} "
                              "lines after body_start (need exactly 1)")
        fi = hits[0]
        tail = [line for line in lines[fi:] if line]
        if tail != fl + fr and tail != fr + fl:
            raise LayoutError(f"{layout_path}: footer_left + footer_right must be exactly the "
                              f"non-empty source lines from footer_start on: {tail}")
        if len(fr) < 2:
            raise LayoutError(f"{layout_path}: footer_right needs the signing block and the signer "
                              "name (last line)")

    pre = lines[:bi]
    used: set[int] = set()
    for col, name in ((hl, "header_left"), (hr, "header_right")):
        idx = _subsequence(col, pre)
        if idx is None:
            raise LayoutError(f"{layout_path}: {name} lines are not, in order, lines of the source "
                              f"before body_start: {col}")
        used.update(idx)
    dropped = [line for i, line in enumerate(pre) if line and i not in used]

    region = lines[bi + 1:fi]
    k = 0
    while k < len(region) and not region[k]:
        k += 1
    title = []
    while k < len(region) and region[k]:
        title.append(region[k])
        k += 1
    body = [line for line in region[k:] if line]

    table = lay.get("body_table")
    if table is not None:
        after, rows = table.get("after"), table.get("rows")
        if body.count(after) != 1:
            raise LayoutError(f"{layout_path}: body_table.after {after!r} matches "
                              f"{body.count(after)} body lines (need exactly 1)")
        if (not rows or not all(isinstance(r, list) and r for r in rows)
                or len({len(r) for r in rows}) != 1
                or not all(isinstance(c, str) for r in rows for c in r)):
            raise LayoutError(f"{layout_path}: body_table.rows must be a non-empty rectangular "
                              "list of lists of strings")
        flat = " ".join(" ".join(line.split()) for line in lines)
        missing = [c for r in rows for c in r if c.strip() and " ".join(c.split()) not in flat]
        if missing:
            print(f"warning: {stem}: body_table cells not found in the source text: {missing}",
                  file=sys.stderr)

    return Doc(stem, src, hl, hr, body_start, title, body, fl, fr, table, dropped)


def header_style(line: str, prev: str | None) -> tuple[bool, bool]:
    """(bold, italic) for a header line: caps lines and the motto bold, place-date italic."""
    letters = [c for c in line if c.isalpha()]
    if line == MOTTO or (prev is not None and prev.startswith("CỘNG HÒA XÃ HỘI") and letters):
        return True, False
    if PLACE_DATE_RE.search(line):
        return False, True
    return bool(letters) and line == line.upper(), False


def table_shares(rows: list[list[str]]) -> list[float]:
    """Column width shares for a body table: by longest cell, each at least 8 %."""
    longest = [max(len(r[c]) for r in rows) + 4 for c in range(len(rows[0]))]
    shares = [max(n / sum(longest), 0.08) for n in longest]
    return [x / sum(shares) for x in shares]


def is_heading(line: str) -> bool:
    return bool(ROMAN_HEADING_RE.match(line))


# --- PDF ----------------------------------------------------------------------------------------
def render_pdf(doc: Doc, fonts: FontSet) -> bytes:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_pdf_fonts(fonts)
    text_w = TEXT_W_MM * mm

    def style(key: str, size: float, align: int, **kw) -> ParagraphStyle:
        return ParagraphStyle(f"s{key}{size}{align}{sorted(kw.items())}", fontName=PDF_FONT[key],
                              fontSize=size, leading=round(size * 1.25, 1), alignment=align, **kw)

    def para(text: str, key: str, size: float, align: int, **kw) -> Paragraph:
        return Paragraph(escape(text), style(key, size, align, **kw))

    def column(lines: list[str], width_pt: float) -> list:
        out, prev = [], None
        for line in lines:
            bold, italic = header_style(line, prev)
            key = font_key(bold, italic)
            size = fit_size(line, key, HEADER_PT, width_pt - 2 * CELL_PAD_PT - 1)
            out.append(para(line, key, size, TA_CENTER))
            prev = line
        return out or [Spacer(1, 1)]

    def borderless(cells: list, split: float) -> Table:
        widths = [text_w * split, text_w * (1 - split)]
        t = Table([cells], colWidths=widths, hAlign="CENTER")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_PT),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_PT),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story: list = []
    if doc.header_left or doc.header_right:
        story.append(borderless([column(doc.header_left, text_w * HEADER_SPLIT),
                                 column(doc.header_right, text_w * (1 - HEADER_SPLIT))],
                                HEADER_SPLIT))
        story.append(Spacer(1, 14))
    story.append(para(doc.doc_type, "b", DOCTYPE_PT, TA_CENTER, spaceBefore=6, spaceAfter=2))
    for line in doc.title:
        story.append(para(line, "b", TITLE_PT, TA_CENTER))
    if doc.title:
        story.append(HRFlowable(width="25%", thickness=0.6, color="black", hAlign="CENTER",
                                spaceBefore=7, spaceAfter=10))
    else:
        story.append(Spacer(1, 10))

    body_r = style("r", BODY_PT, TA_JUSTIFY, firstLineIndent=FIRST_INDENT_MM * mm, spaceAfter=6)
    body_b = style("b", BODY_PT, TA_JUSTIFY, firstLineIndent=FIRST_INDENT_MM * mm, spaceAfter=6)
    for line in doc.body:
        story.append(Paragraph(escape(line), body_b if is_heading(line) else body_r))
        if doc.body_table and line == doc.body_table["after"]:
            rows = doc.body_table["rows"]
            data = [[para(c, "b" if r == 0 else "r", BODY_PT - 1,
                          TA_CENTER if r == 0 else TA_LEFT) for c in row]
                    for r, row in enumerate(rows)]
            t = Table(data, colWidths=[text_w * x for x in table_shares(rows)], repeatRows=1,
                      hAlign="CENTER")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story += [t, Spacer(1, 8)]

    if doc.footer_left or doc.footer_right:
        left = []
        for i, line in enumerate(doc.footer_left):
            if i == 0 and line.rstrip(":").strip().lower() == "nơi nhận":
                left.append(para(line, "bi", RECIPIENTS_HEAD_PT, TA_LEFT))
            else:
                left.append(para(line, "r", RECIPIENTS_PT, TA_LEFT))
        right_w = text_w * (1 - FOOTER_SPLIT) - 2 * CELL_PAD_PT - 1
        right = [para(line, "b", fit_size(line, "b", SIGN_PT, right_w), TA_CENTER)
                 for line in doc.footer_right[:-1]]
        right += [Spacer(1, SIGN_GAP_PT), para(doc.footer_right[-1], "b", SIGN_PT, TA_CENTER)]
        footer = [Spacer(1, 10), borderless([left or [Spacer(1, 1)], right], FOOTER_SPLIT)]
        # keep the last body paragraph on the signature page (offices never leave it alone)
        if doc.body and isinstance(story[-1], Paragraph):
            footer.insert(0, story.pop())
        story.append(KeepTogether(footer))

    def page_number(canvas, tmpl):
        canvas.saveState()
        canvas.setFont(PDF_FONT["r"], PAGENO_PT)
        canvas.drawCentredString(tmpl.leftMargin + tmpl.width / 2, A4[1] - 12 * mm, str(tmpl.page))
        canvas.restoreState()

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_LEFT * mm, rightMargin=MARGIN_RIGHT * mm,
                      topMargin=MARGIN_TOP * mm, bottomMargin=MARGIN_BOTTOM * mm, invariant=1,
                      title=f"{doc.doc_type} ({doc.stem})", author="", subject=str(doc.stem),
                      creator="scripts/make_fixtures.py", producer="ReportLab").build(
        story, onFirstPage=lambda c, d: None, onLaterPages=page_number)
    return buf.getvalue()


# --- DOCX ---------------------------------------------------------------------------------------
def _set_rfonts(rpr, fam: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), fam)


def _docx_defaults(d, fam: str):
    """Set up a new document: the defaults, the Normal style, the page; returns its section."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    # document defaults: our font for every script, no theme fonts, single spacing, no gaps
    styles_el = d.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_rfonts(rpr_default, fam)
    for tag, val in (("w:sz", BODY_PT), ("w:szCs", BODY_PT)):
        el = rpr_default.find(qn(tag))
        el.set(qn("w:val"), str(int(val * 2)))
    lang = rpr_default.find(qn("w:lang"))
    lang.set(qn("w:val"), "vi-VN")
    spacing = styles_el.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(
        qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")

    normal = d.styles["Normal"]
    normal.font.name = fam
    normal.font.size = Pt(BODY_PT)
    _set_rfonts(normal.element.get_or_add_rPr(), fam)
    szcs = OxmlElement("w:szCs")
    szcs.set(qn("w:val"), str(int(BODY_PT * 2)))
    normal.element.get_or_add_rPr().append(szcs)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(PAGE_W_MM), Mm(PAGE_H_MM)
    sec.top_margin, sec.bottom_margin = Mm(MARGIN_TOP), Mm(MARGIN_BOTTOM)
    sec.left_margin, sec.right_margin = Mm(MARGIN_LEFT), Mm(MARGIN_RIGHT)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
    return sec


def _add_par(container, text: str, size: float, bold=False, italic=False, align=None, reuse_first=False,
             **fmt):
    """A paragraph (centred unless ``align`` says otherwise) with one run of ``text``."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p = container.paragraphs[0] if reuse_first else container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align is None else align
    for k, v in fmt.items():
        setattr(p.paragraph_format, k, v)
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold or None
        r.font.italic = italic or None
        rpr = r._r.get_or_add_rPr()
        szcs = OxmlElement("w:szCs")
        szcs.set(qn("w:val"), str(int(size * 2)))
        rpr.append(szcs)
    return p


def _table_borders(table, val: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    _sort_children(tblPr, TBLPR_ORDER)


def _fixed_widths(table, widths_mm: list[float], cell_pad_pt: float | None = None) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm
    table.autofit = False              # adds <w:tblLayout w:type="fixed"/>
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(round(sum(widths_mm) * 1440 / 25.4)))
    if cell_pad_pt is not None:
        mar = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:w"), str(round(cell_pad_pt * 20)))
            e.set(qn("w:type"), "dxa")
            mar.append(e)
        tblPr.append(mar)
    _sort_children(tblPr, TBLPR_ORDER)
    for col, w in zip(table.columns, widths_mm):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def _two_columns(d, left_fill, right_fill, split: float):
    t = d.add_table(rows=1, cols=2)
    _table_borders(t, "nil")
    _fixed_widths(t, [TEXT_W_MM * split, TEXT_W_MM * (1 - split)], CELL_PAD_PT)
    left_fill(t.cell(0, 0))
    right_fill(t.cell(0, 1))
    return t


def _header_cell(lines: list[str], width_mm: float):
    def fill(cell):
        prev = None
        for i, line in enumerate(lines):
            bold, italic = header_style(line, prev)
            size = fit_size(line, font_key(bold, italic), HEADER_PT,
                            width_mm * 72 / 25.4 - 2 * CELL_PAD_PT - 1)
            _add_par(cell, line, size, bold, italic, reuse_first=(i == 0))
            prev = line
    return fill


def _title_rule(d) -> None:
    """The short rule under the title: an empty paragraph with a bottom border (no text)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    rule = _add_par(d, "", 4, space_after=Pt(10))
    indent = Mm((TEXT_W_MM - TEXT_W_MM * 0.25) / 2)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = indent
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    ppr = rule._p.get_or_add_pPr()
    ppr.append(pbdr)
    _sort_children(ppr, PPR_ORDER)


def _docx_body(d, doc: Doc) -> None:
    """The body paragraphs, and the body table after its line."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt
    for line in doc.body:
        _add_par(d, line, BODY_PT, bold=is_heading(line), align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                 first_line_indent=Mm(FIRST_INDENT_MM), space_after=Pt(6))
        if doc.body_table and line == doc.body_table["after"]:
            rows = doc.body_table["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            _table_borders(t, "single")
            _fixed_widths(t, [TEXT_W_MM * x for x in table_shares(rows)])
            for r, row in enumerate(rows):
                for c, txt in enumerate(row):
                    _add_par(t.cell(r, c), txt, BODY_PT - 1, bold=(r == 0),
                             align=WD_ALIGN_PARAGRAPH.CENTER if r == 0 else WD_ALIGN_PARAGRAPH.LEFT,
                             reuse_first=True)
            trpr = t.rows[0]._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:tblHeader"))
            _add_par(d, "", 4, space_after=Pt(4))   # Word needs a paragraph between tables


def _docx_footer(d, doc: Doc) -> None:
    """The footer table: "Nơi nhận" on the left, the signature block on the right."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    def fill_left(cell):
        for i, line in enumerate(doc.footer_left):
            head = i == 0 and line.rstrip(":").strip().lower() == "nơi nhận"
            _add_par(cell, line, RECIPIENTS_HEAD_PT if head else RECIPIENTS_PT, bold=head,
                     italic=head, align=WD_ALIGN_PARAGRAPH.LEFT, reuse_first=(i == 0))

    def fill_right(cell):
        right_w = TEXT_W_MM * (1 - FOOTER_SPLIT) * 72 / 25.4 - 2 * CELL_PAD_PT - 1
        for i, line in enumerate(doc.footer_right[:-1]):
            _add_par(cell, line, fit_size(line, "b", SIGN_PT, right_w), bold=True,
                     reuse_first=(i == 0))
        _add_par(cell, doc.footer_right[-1], SIGN_PT, bold=True, space_before=Pt(SIGN_GAP_PT))

    last = d.paragraphs[-1]
    last.paragraph_format.space_after = Pt(12)
    if last.text:
        last.paragraph_format.keep_with_next = True
    _two_columns(d, fill_left, fill_right, FOOTER_SPLIT)


def _page_numbers(sec) -> None:
    """Page numbers: centred at the top of pages 2+, none on page 1."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    sec.different_first_page_header_footer = True
    sec.first_page_header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                        ("end", None)):
        run = hp.add_run()
        run.font.size = Pt(PAGENO_PT)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif instr == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            run.text = instr            # cached result shown before fields update


def render_docx(doc: Doc, fonts: FontSet) -> bytes:
    import datetime as dt

    from docx import Document
    from docx.shared import Pt

    register_pdf_fonts(fonts)     # for fit_size measurements
    d = Document()
    sec = _docx_defaults(d, fonts.family)

    if doc.header_left or doc.header_right:
        _two_columns(d, _header_cell(doc.header_left, TEXT_W_MM * HEADER_SPLIT),
                     _header_cell(doc.header_right, TEXT_W_MM * (1 - HEADER_SPLIT)), HEADER_SPLIT)

    _add_par(d, doc.doc_type, DOCTYPE_PT, bold=True, space_before=Pt(20), space_after=Pt(2))
    for line in doc.title:
        _add_par(d, line, TITLE_PT, bold=True)
    if doc.title:
        _title_rule(d)

    _docx_body(d, doc)
    if doc.footer_left or doc.footer_right:
        _docx_footer(d, doc)
    _page_numbers(sec)

    cp = d.core_properties
    cp.title = f"{doc.doc_type} ({doc.stem})"
    cp.subject = doc.stem
    cp.author = cp.last_modified_by = ""
    cp.comments = "test fixture rendered by scripts/make_fixtures.py"
    cp.created = cp.modified = dt.datetime(2000, 1, 1)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


# schema (CT_TblPr / CT_PPr) child order; Word rejects out-of-order property elements
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
               "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
             "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
             "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
             "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def _sort_children(el, order: list[str]) -> None:
    rank = {name: i for i, name in enumerate(order)}
    kids = list(el)
    kids.sort(key=lambda k: rank.get(k.tag.rsplit("}", 1)[-1], len(order)))
    for k in kids:
        el.remove(k)
        el.append(k)


def _normalize_zip(data: bytes) -> bytes:
    """Re-pack a zip with fixed member timestamps so identical input gives identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --- output -----------------------------------------------------------------------------------
def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# --- verification (--verify) --------------------------------------------------------------------
def _squash(s: str) -> str:
    return " ".join(s.split())


def _in_order(needles: list[str], hay: str) -> list[str]:
    """Needles (whitespace-squashed) not found in order in `hay`."""
    missing, pos = [], 0
    for n in needles:
        j = hay.find(_squash(n), pos)
        if j < 0:
            missing.append(n)
        else:
            pos = j + len(_squash(n))
    return missing


def verify(doc: Doc, pdf_path: Path, docx_path: Path) -> list[str]:
    problems: list[str] = []
    table_cells = [c for r in doc.body_table["rows"] for c in r] if doc.body_table else []

    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        pages = []
        for n, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            if not unicodedata.is_normalized("NFC", text):
                problems.append(f"pdf page {n}: extracted text is not NFC")
            lines = text.split("\n")
            if n > 1:
                if not lines or lines[0].strip() != str(n):
                    problems.append(f"pdf page {n}: no page number at the top")
                else:
                    lines = lines[1:]
            elif lines and lines[0].strip() == "1":
                problems.append("pdf page 1 carries a page number")
            pages.append("\n".join(lines))
        flow = _squash("\n".join(pages))
        seq = [doc.doc_type] + doc.title + doc.body
        problems += [f"pdf: body line not found in order: {m[:70]!r}" for m in _in_order(seq, flow)]
        # table cells wrap inside their column, so their lines interleave: check the words only
        words = set(flow.split())
        problems += [f"pdf: body_table cell words missing: {c!r}" for c in table_cells
                     if not set(c.split()) <= words]

        def column_check(page, lines, x0, x1, what):
            crop = _squash(page.crop((x0, 0, x1, page.height)).extract_text() or "")
            problems.extend(f"pdf: {what} line not in its column: {m!r}"
                            for m in _in_order(lines, crop))

        mm = 72 / 25.4
        first, last = pdf.pages[0], pdf.pages[-1]
        xl, w = MARGIN_LEFT * mm, TEXT_W_MM * mm
        column_check(first, doc.header_left, 0, xl + w * HEADER_SPLIT, "header_left")
        column_check(first, doc.header_right, xl + w * HEADER_SPLIT, first.width, "header_right")
        column_check(last, doc.footer_left, 0, xl + w * FOOTER_SPLIT, "footer_left")
        column_check(last, doc.footer_right, xl + w * FOOTER_SPLIT, last.width, "footer_right")

    from docx import Document

    d = Document(str(docx_path))
    paras = [p.text for p in d.paragraphs if p.text.strip()]
    expect = [doc.doc_type] + doc.title + doc.body
    if paras != expect:
        problems.append("docx: top-level paragraphs differ from doc type + title + body lines")
    tables = d.tables
    want_tables = []
    if doc.header_left or doc.header_right:
        want_tables.append([[doc.header_left, doc.header_right]])
    if doc.body_table:
        want_tables.append([[[c] for c in r] for r in doc.body_table["rows"]])
    if doc.footer_left or doc.footer_right:
        want_tables.append([[doc.footer_left, doc.footer_right]])
    got_tables = [[[[p.text for p in cell.paragraphs if p.text] for cell in row.cells]
                   for row in t.rows] for t in tables]
    if got_tables != want_tables:
        problems.append(f"docx: tables differ: {got_tables} != {want_tables}")
    return problems


# --- main ---------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="output directory (default: corpus/generated)")
    ap.add_argument("--layouts", type=Path, default=None,
                    help="layout directory (default: corpus/generated/layouts)")
    ap.add_argument("--verify", action="store_true",
                    help="read the outputs back (pdfplumber, python-docx) and check the text")
    ap.add_argument("stems", nargs="*", help="layout stems to render (default: all)")
    args = ap.parse_args(argv)

    layouts = args.layouts or DEFAULT_OUT / "layouts"
    if args.stems:
        paths = [layouts / f"{s}.json" for s in args.stems]
        missing = [p for p in paths if not p.is_file()]
        if missing:
            sys.exit(f"make_fixtures: no layout file: {', '.join(map(str, missing))}")
    else:
        paths = sorted(layouts.glob("*.json"))
        if not paths:
            sys.exit(f"make_fixtures: no layouts in {layouts}")

    fonts = find_fonts()
    print(f"font: {fonts.family} ({fonts.regular})")
    failed = 0
    for path in paths:
        try:
            doc = load_doc(path)
        except (LayoutError, KeyError, json.JSONDecodeError) as e:
            print(f"ERROR {path.stem}: {e}", file=sys.stderr)
            failed += 1
            continue
        pdf_path, docx_path = args.out / f"{doc.stem}.pdf", args.out / f"{doc.stem}.docx"
        write_atomic(pdf_path, render_pdf(doc, fonts))
        write_atomic(docx_path, render_docx(doc, fonts))
        msg = f"{doc.stem}: {len(doc.body)} body paragraphs -> {pdf_path}, {docx_path}"
        if doc.dropped:
            msg += f"\n  not rendered (before the header): {doc.dropped}"
        print(msg)
        if args.verify:
            problems = verify(doc, pdf_path, docx_path)
            for p in problems:
                print(f"  VERIFY {doc.stem}: {p}", file=sys.stderr)
            failed += bool(problems)
            if not problems:
                print("  verify: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
