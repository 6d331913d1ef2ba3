"""PDF reader (pypdfium2): text in reading order, with the official layout undone.

A plain text dump reads the two-column header table line by line, interleaving the issuer with the
national motto ("UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). Here PDFium's text runs
(its "rects": a run of characters on one line, with its box) are grouped into lines, lines are
split into segments at wide gaps, and in the header zone (page 1, down to the "Số" / place-date
line) and the footer zone (from "Nơi nhận") the left column is emitted before the right one. Page
numbers are dropped, wrapped lines of a paragraph are joined (a line reaching the right margin
continues on a next line that is not indented), footnotes below Word's separator rule are read
apart, superscript note marks are dropped, and ruled body tables (task-assignment tables) come out
as ``cell | cell`` rows.

PDFium rather than pdfplumber: the same layout read from pdfplumber's words cost ~40× PDFium's bare
text extraction (pdfminer parses every glyph in Python); runs, rules and font sizes from PDFium
cost ~2× (benchmarks/speed_bench.py).
"""
from __future__ import annotations

import bisect
import ctypes
import functools
import itertools
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..vocab import cue, doc_type_line
from . import legacy
from .base import IngestError, RawDocument, join_pages
from .ocr import ocr_pdf_pages, page_needs_ocr, restore_heading_marks

_PAGE_NUMBER = regex.compile(r"^[-–\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*$", regex.I)
# A header cell that closes the header zone: the number line, or the place-date line.
_HEADER_END = regex.compile(r"^(?:Số\b|\p{Lu}[\p{L}.' ]{1,40}?[,.]\s*ngày\b)")  # "." where OCR misread ","
# What opens the right column of the header: the motto, the party's name, the motto's tagline
# (their first words: a column's line may hold no more); and the recipients' heading, which opens
# the footer zone (data/layout_cues.json). In their own case only: the lines searched are any
# page's first ones, and body text says "độc lập", "Đảng Cộng sản" and "nơi nhận hồ sơ" too.
_RIGHT_ANCHOR = regex.compile(f"{cue('motto', words=2, any_case=False)}|{cue('party', words=3, any_case=False)}"
                              f"|{cue('tagline', words=2, any_case=False)}")
_FOOTER_START = regex.compile(rf"^{cue('recipients', any_case=False)}\b")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"[^\s\x00]+")
_ITEM = regex.compile(r"^(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ][)]|[IVXLC]+\.)\s")


@dataclass
class Segment:
    x0: float
    x1: float
    text: str


@dataclass
class Line:
    top: float
    bottom: float
    segments: list[Segment] = field(default_factory=list)

    @property
    def x0(self):
        return self.segments[0].x0

    @property
    def x1(self):
        return self.segments[-1].x1

    @property
    def text(self):
        return " ".join(s.text for s in self.segments)


def _lines(words: list[dict]) -> list[Line]:
    """Group words into lines: a word joins the line whose vertical span holds its middle (ink
    boxes: a hyphen or a superscript sits inside its line's span, not on its top), then merge a
    line's words into segments, splitting at gaps wider than ~1.6 ems."""
    keyed = sorted(((w["top"] + w["bottom"]) * 0.5, w["x0"], i) for i, w in enumerate(words))
    groups: list[tuple[list[dict], float, float]] = []  # words, line top, line bottom
    members: list[dict] = []
    top = bottom = span_top = span_bottom = 0.0
    for mid, _, i in keyed:
        w = words[i]
        wt, wb = w["top"], w["bottom"]
        if members and span_top - 1 <= mid <= span_bottom + 1:
            members.append(w)
            if wt < top:
                top = wt
            if wb > bottom:
                bottom = wb
            if wb - wt > 0.6 * (span_bottom - span_top):
                span_top, span_bottom = min(span_top, wt), max(span_bottom, wb)
        else:
            if members:
                groups.append((members, top, bottom))
            members = [w]
            top = span_top = wt
            bottom = span_bottom = wb
    if members:
        groups.append((members, top, bottom))
    out = []
    for ws, top, bottom in groups:
        if len(ws) > 1:
            ws.sort(key=lambda w: w["x0"])
            sizes = sorted(w["size"] for w in ws)
            gap = max(12.0, 1.6 * sizes[len(sizes) // 2])
        else:
            gap = 0.0
        line = Line(top=top, bottom=bottom)
        seg = None
        for w in ws:
            if seg is not None and w["x0"] - seg.x1 <= gap:
                seg.text += " " + w["text"]
                if w["x1"] > seg.x1:
                    seg.x1 = w["x1"]
            else:
                seg = Segment(w["x0"], w["x1"], w["text"])
                line.segments.append(seg)
        out.append(line)
    return out


def _two_columns(lines: list[Line], gutter: float) -> list[str]:
    left, right = [], []
    for line in lines:
        lparts = [s.text for s in line.segments if (s.x0 + s.x1) / 2 < gutter]
        rparts = [s.text for s in line.segments if (s.x0 + s.x1) / 2 >= gutter]
        if lparts:
            left.append(" ".join(lparts))
        if rparts:
            right.append(" ".join(rparts))
    return left + [""] + right + [""]


def _footnote_separator(rules: list[tuple[float, float, float, float]], width: float,
                        height: float) -> float | None:
    """Top of the footnote separator: a short thin horizontal rule near the left margin in the
    lower part of the page (Word draws it about a third of the text width long)."""
    for x0, top, x1, bottom in rules:
        w, h = x1 - x0, bottom - top
        if h < 2 and 40 < w < 0.45 * width and x0 < 0.25 * width and top > 0.45 * height:
            return top
    return None


def _paragraphs(lines: list[Line], page_center: float) -> list[str]:
    """Join the wrapped lines of a paragraph; keep item starts and indented lines apart.

    A justified paragraph's line reaches the right margin and its next line starts at the left
    margin; a centred title's lines are all centred (the document-type line stays alone)."""
    if not lines:
        return []
    margin = min(line.x0 for line in lines)
    right = sorted(line.x1 for line in lines)[int(0.9 * (len(lines) - 1))]

    # Centred on the text block (the left margin is the wider one in official documents).
    page_center = (margin + right) / 2 if len(lines) > 3 else page_center

    def centred(ln: Line, short: bool = True) -> bool:
        return (ln.x0 > margin + 8 or not short) and abs((ln.x0 + ln.x1) / 2 - page_center) < 12

    out: list[str] = []
    prev: Line | None = None
    for line in lines:
        text = line.text
        wrapped = title = False
        if prev is not None and line.top - prev.bottom < 12:  # close to the line above
            wrapped = prev.x1 >= right - 15 and line.x0 <= margin + 8 and not _ITEM.match(text)
            title = centred(prev, short=False) and centred(line) and not doc_type_line(prev.text) \
                and not doc_type_line(text)
        if out and (wrapped or title):
            out[-1] += " " + text
        else:
            out.append(text)
        prev = line
    return out


def _note_mark_sizes(words: list[dict], size_of, sample: int | None = None) -> float | None:
    """Footnote marks are short digit words: give each its font size (``font_size``) and return
    the body's font size (the median over the other words, or over ``sample`` of them spread
    through the page) — None when the page has no marks or nothing else."""
    marks: list[dict] = []
    others: list[dict] = []
    for w in words:
        (marks if w["text"].isdigit() and len(w["text"]) <= 2 else others).append(w)
    if not marks or not others:
        return None
    if sample:
        others = others[:: max(1, len(others) // sample)]
    for w in marks:
        w["font_size"] = size_of(w)
    return statistics.median(size_of(w) for w in others)


class _Handle(ctypes.c_void_p):
    """A PDFium handle (page, text page, page object) as a ctypes value that a call returns and
    takes as it is (ctypes turns a plain ``c_void_p`` result into an int, not a subclass)."""


@functools.cache
def _per_item_calls():
    """The PDFium functions called once per word or per page object, without ctypes's argument
    conversion: pypdfium2 declares their argument types, and ctypes checks and converts each
    argument of each call (half of a call's ~0.5 µs; a page has ~800 such calls). The same C
    functions, called through pointers without declared arguments, with handles as
    :class:`_Handle`, indexes as ints and out-parameters by reference (their C types)."""
    import pypdfium2.raw as pdfium_c

    def unchecked(function, restype):
        pointer = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
        pointer.restype = restype
        return pointer
    return (unchecked(pdfium_c.FPDFText_GetCharBox, ctypes.c_int),  # (text page, index, &l, &r, &b, &t)
            unchecked(pdfium_c.FPDFPage_GetObject, _Handle),  # (page, index)
            unchecked(pdfium_c.FPDFPageObj_GetType, ctypes.c_int),  # (object)
            unchecked(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int))  # (object, &l, &b, &r, &t): floats


class _Page:
    """What the layout reader needs of one PDF page: its text runs as word-like dicts (text, x0,
    x1, top, bottom, size; top-down coordinates) and its thin rules (for tables and the
    footnote separator), read through PDFium."""

    def __init__(self, page, textpage):
        import pypdfium2.raw as pdfium_c
        self.width, self.height = (float(v) for v in page.get_size())
        height = self.height
        # Words are PDFium's own (its text has a space wherever it saw a word break); a word's
        # box is read from its first and last characters: two calls per word, where asking
        # PDFium for the text inside each run's box costs a scan of the page per run.
        self.words: list[dict] = []
        self._full = full = textpage.get_text_range()
        tp = textpage.raw
        char_box, get_object, get_type, get_bounds = _per_item_calls()
        text_handle = ctypes.cast(tp, _Handle)
        left, right, bottom, top = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
        boxes = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        add = self.words.append
        for m in _WORD.finditer(full):
            s, e = m.span()
            char_box(text_handle, s, *boxes)
            x0, t0, b0 = left.value, top.value, bottom.value
            if e - s > 1:
                char_box(text_handle, e - 1, *boxes)
            x1, t1, b1 = right.value, top.value, bottom.value
            if x1 < x0:  # a word broken over two lines by PDFium: keep the first character's box
                x1, t1, b1 = x0 + 1, t0, b0
            hi = t0 if t0 > t1 else t1
            lo = b0 if b0 < b1 else b1
            add({"text": m.group(), "x0": x0, "x1": x1, "top": height - hi, "bottom": height - lo,
                 "size": hi - lo if hi - lo > 1.0 else 1.0, "index": s})
        # Fonts, only on a page whose text looks legacy-encoded: a .VnTimeH font draws its
        # lower-case bytes as capitals, which the converter must know (one call per word).
        if legacy.detect(full):
            name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
            for w in self.words:
                pdfium_c.FPDFText_GetFontInfo(tp, w["index"], name, 256, flags)
                w["font"] = name.value.decode("latin-1", "replace")
        # Font sizes, asked of PDFium only where needed: short digit words (superscript note
        # marks, dropped when much smaller than the text) and a sample of the others.
        size_at = pdfium_c.FPDFText_GetFontSize
        self.body_font = _note_mark_sizes(self.words, lambda w: float(size_at(tp, w["index"])), sample=15)
        self.ocr_words = False
        # Thin rules (table borders, the footnote separator): path objects only; walking the
        # object list with the raw API avoids building a Python object per text run.
        self.rules = []
        raw = page.raw
        page_handle = ctypes.cast(raw, _Handle)
        left, bottom, right, top = (pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT())
        bounds = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
        covered = 0.0
        image, path = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH
        for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
            obj = get_object(page_handle, i)
            kind = get_type(obj)
            if kind == image:
                if get_bounds(obj, *bounds):
                    w = min(right.value, self.width) - max(left.value, 0.0)
                    h = min(top.value, height) - max(bottom.value, 0.0)
                    covered += max(0.0, w) * max(0.0, h)
                continue
            if kind != path:
                continue
            if not get_bounds(obj, *bounds):
                continue
            x0, x1, y0, y1 = left.value, right.value, height - top.value, height - bottom.value
            if (y1 - y0 < 2.5 and x1 - x0 > 5) or (x1 - x0 < 2.5 and y1 - y0 > 5):
                self.rules.append((x0, y0, x1, y1))
        if len(self.rules) > MAX_RULES:
            self.rules = []  # a grid no table is: the text is read without table structure
        # The share of the page under images: a scan is one image over the whole page.
        self.image_share = min(1.0, covered / (self.width * height)) if self.width and height else 0.0
        # Why the page needs OCR (no text layer, or a broken one), or None.
        self.ocr_reason = page_needs_ocr(full, self.image_share)

    @classmethod
    def from_words(cls, width: float, height: float, words: list[dict]) -> "_Page":
        """A page of words found by OCR (no rules, no text layer)."""
        page = cls.__new__(cls)
        page.width, page.height, page.words, page.rules = width, height, words, []
        page.image_share, page.ocr_reason, page.ocr_words, page._full = 1.0, None, True, ""
        page.body_font = _note_mark_sizes(words, lambda w: w["size"])  # an OCR'd word's box height
        return page


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


_Rule = tuple[float, float, float, float]  # x0, top, x1, bottom
# Bounds on a page's ruled grid, beyond which its rules are ignored and its text read without
# table structure. The corpus's densest page has 247 rules (real/06's tables drawn cell by cell:
# 115 horizontal × 132 vertical, 15,180 crossings tested); a 4,000 × 4,000 ruled grid made 16
# million cells (3.2 GB) and as many crossing tests. A grid has fewer cells than crossings tested.
MAX_RULES = 5_000
MAX_RULE_CROSSINGS = 250_000


def _merged_cells(xs: list[float], ys: list[float], gv: list[_Rule],
                  gh: list[_Rule]) -> dict[tuple[int, int], tuple[int, int]]:
    """Merged cells: neighbouring grid cells with no rule between them are one cell; its text
    goes in its top-left grid cell (the others stay empty), as Word's merged cells read. Each grid
    cell (row, column) of the grid ``xs`` × ``ys`` maps to its merged cell's top-left one."""
    ncols, nrows = len(xs) - 1, len(ys) - 1
    # The rules along each grid line, for the merged-cell test.
    along_x = {k: [(v[1], v[3]) for v in gv if abs((v[0] + v[2]) / 2 - x) <= 2] for k, x in enumerate(xs)}
    along_y = {k: [(h[0], h[2]) for h in gh if abs((h[1] + h[3]) / 2 - y) <= 2] for k, y in enumerate(ys)}

    def vertical_rule(k: int, y: float) -> bool:
        return any(y0 - 2 <= y <= y1 + 2 for y0, y1 in along_x[k])

    def horizontal_rule(k: int, x: float) -> bool:
        return any(x0 - 2 <= x <= x1 + 2 for x0, x1 in along_y[k])
    owner = {(r, c): (r, c) for r in range(nrows) for c in range(ncols)}

    def root(cell: tuple[int, int]) -> tuple[int, int]:
        while owner[cell] != cell:
            cell = owner[cell]
        return cell

    def merge(a: tuple[int, int], b: tuple[int, int]) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            owner[max(ra, rb)] = min(ra, rb)
    for r in range(nrows):
        ymid = (ys[r] + ys[r + 1]) / 2
        for c in range(ncols - 1):
            if not vertical_rule(c + 1, ymid):
                merge((r, c), (r, c + 1))
    for c in range(ncols):
        xmid = (xs[c] + xs[c + 1]) / 2
        for r in range(nrows - 1):
            if not horizontal_rule(r + 1, xmid):
                merge((r, c), (r + 1, c))
    return {cell: root(cell) for cell in owner}


def _tables(page: _Page) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """Ruled tables: groups of crossing horizontal and vertical rules, read as a grid (a cell is
    the box between neighbouring rules; a run belongs to the cell holding its middle)."""
    hs = [r for r in page.rules if r[3] - r[1] < 2.5]
    vs = [r for r in page.rules if r[2] - r[0] < 2.5]
    if len(hs) < 2 or len(vs) < 2 or len(hs) * len(vs) > MAX_RULE_CROSSINGS:
        return []  # (past the cap, the page's text is read without table structure)
    segs = hs + vs
    parent = list(range(len(segs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, h in enumerate(hs):
        for j, v in enumerate(vs, start=len(hs)):
            if h[0] - 2 <= v[0] <= h[2] + 2 and v[1] - 2 <= h[1] <= v[3] + 2:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(segs)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        gh = [segs[i] for i in members if i < len(hs)]
        gv = [segs[i] for i in members if i >= len(hs)]
        xs = _cluster([(v[0] + v[2]) / 2 for v in gv])
        ys = _cluster([(h[1] + h[3]) / 2 for h in gh])
        if len(xs) < 3 or len(ys) < 3:
            continue  # a table has at least two rows and two columns
        bbox = (xs[0], ys[0], xs[-1], ys[-1])
        ncols, nrows = len(xs) - 1, len(ys) - 1

        owner = _merged_cells(xs, ys, gv, gh)
        cells: dict[tuple[int, int], list[dict]] = {}
        for w in page.words:
            cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if not (bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]):
                continue
            col = min(bisect.bisect_right(xs, cx) - 1, ncols - 1)
            row = min(bisect.bisect_right(ys, cy) - 1, nrows - 1)
            cells.setdefault(owner[(row, col)], []).append(w)
        if not cells:
            continue
        rows = []
        for r in range(nrows):
            rows.append([" ".join(line.text for line in _lines(cells.get((r, c), []))) for c in range(ncols)])
        out.append((bbox, rows))
    return out


def _page_text(page: _Page, page_no: int, footer_seen: list[bool]) -> str:
    tables = [(b, rows) for b, rows in _tables(page) if len(rows) >= 2 and len(rows[0]) >= 2]

    def in_table(w):
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b, _ in tables)

    words = [w for w in page.words if not in_table(w)] if tables else page.words
    # Footnotes: below Word's short separator rule at the bottom of the page. They are read as
    # paragraphs of their own, placed before a signature footer so they stay in the body.
    sep = _footnote_separator(page.rules, page.width, page.height)
    footnote_words = [w for w in words if sep is not None and w["top"] > sep]
    words = [w for w in words if sep is None or w["top"] <= sep]
    footnotes = _paragraphs(_lines(footnote_words), page.width / 2) if footnote_words else []
    # Footnote reference marks: superscript digits much smaller than the text around them.
    if page.body_font:
        words = [w for w in words if w.get("font_size", page.body_font) >= 0.75 * page.body_font]
    lines = _lines(words)
    if page.ocr_words:
        # OCR misreads marks on capitals ("QUYÉT ĐỊNH"); a document-type line is respelt before
        # the layout rules look for it.
        for line in lines:
            for seg in line.segments:
                seg.text = restore_heading_marks(seg.text)
    # Page numbers: a bare number as the first or last line of the page.
    if lines and _PAGE_NUMBER.match(lines[0].text):
        lines = lines[1:]
    if lines and _PAGE_NUMBER.match(lines[-1].text):
        lines = lines[:-1]
    width = page.width
    blocks: list[tuple[float, list[str]]] = []
    body: list[Line] = []

    def flush_body(top):
        if body:
            blocks.append((body[0].top, _paragraphs(body, width / 2)))
            body.clear()

    i = 0
    # A document's first page opens with the header; so does the first page of a document bound
    # after another one (a plan attached to its cover letter), which also ends the footer zone.
    opens_document = page_no == 0 or any(_RIGHT_ANCHOR.search(line.text) for line in lines[:6])
    if opens_document:
        footer_seen[0] = False
        end = -1
        for j, line in enumerate(lines[:14]):
            if doc_type_line(line.text):
                break  # the header is above the document-type line
            if any(_HEADER_END.search(s.text) for s in line.segments):
                end = j
        if end >= 0:
            anchors = [s.x0 for line in lines[:end + 1] for s in line.segments if _RIGHT_ANCHOR.search(s.text)]
            gutter = min(anchors) - 5 if anchors else width / 2
            blocks.append((lines[0].top, _two_columns(lines[:end + 1], gutter)))
            i = end + 1
    while i < len(lines):
        line = lines[i]
        if footer_seen[0] or _FOOTER_START.match(line.text):
            footer_seen[0] = True
            flush_body(line.top)
            if footnotes:
                blocks.append((line.top - 0.5, footnotes + [""]))
                footnotes = []
            blocks.append((line.top, _two_columns(lines[i:], width * 0.45)))
            break
        body.append(line)
        i += 1
    flush_body(None)
    if footnotes:
        blocks.append((page.height, [""] + footnotes))
    for bbox, rows in tables:
        rendered = []
        for row in rows:
            cells = [" ".join((c or "").split()) for c in row]
            if any(cells):
                rendered.append(" | ".join(cells))
        blocks.append((bbox[1], rendered + [""]))
    blocks.sort(key=lambda b: b[0])
    return "\n".join(line for _, block in blocks for line in block)




def _drop_running_heads(pages: list[str]) -> list[str]:
    """A line that opens or closes most pages (from page 2 on) is a running head or foot."""
    if len(pages) < 3:
        return pages
    firsts: dict[str, int] = {}
    lasts: dict[str, int] = {}
    for page in pages[1:]:
        lines = [line for line in page.split("\n") if line.strip()]
        if lines:
            firsts[lines[0]] = firsts.get(lines[0], 0) + 1
            lasts[lines[-1]] = lasts.get(lines[-1], 0) + 1
    need = max(2, (len(pages) - 1) * 2 // 3)
    heads = {line for line, n in firsts.items() if n >= need and len(line) < 120}
    feet = {line for line, n in lasts.items() if n >= need and len(line) < 120}
    out = [pages[0]]
    for page in pages[1:]:
        lines = page.split("\n")
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
        drop = set()
        if nonblank and lines[nonblank[0]] in heads:
            drop.add(nonblank[0])
        if nonblank and lines[nonblank[-1]] in feet:
            drop.add(nonblank[-1])
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


@dataclass
class TextLayer:
    """What a page's text layer holds, as the reader sees it before any OCR."""
    text: str  # PDFium's plain text of the page
    image_share: float  # share of the page under images (a scan: ~1.0)
    ocr_reason: str | None  # why the page needs OCR (ocr.NO_TEXT_LAYER / BROKEN_TEXT_LAYER), or None


def text_layers(path: Path) -> list[TextLayer]:
    """Each page's text layer and whether it needs OCR (the reader's own test, for reports)."""
    return [TextLayer(page._full, page.image_share, page.ocr_reason) for page in _pages(path)]


def open_pdf(path: Path):
    """A pypdfium2 document, or an :class:`IngestError` saying why the file cannot be opened."""
    import pypdfium2 as pdfium
    source = str(path)
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError(source, "encrypted PDF (password protected)") from None
        raise IngestError(source, f"corrupt or truncated PDF ({exc})") from None
    except Exception as exc:
        raise IngestError(source, f"corrupt or truncated PDF ({type(exc).__name__})") from None


def _pages(path: Path) -> list[_Page]:
    """Every page of a PDF as the layout reader needs it; a page PDFium fails on is an
    :class:`IngestError` for the file."""
    pdf = open_pdf(path)
    try:
        layouts = []
        for n in range(len(pdf)):
            page = pdf[n]
            textpage = page.get_textpage()
            try:
                layouts.append(_Page(page, textpage))
            finally:
                textpage.close()
                page.close()
        return layouts
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(str(path), f"corrupt or truncated PDF ({type(exc).__name__})") from None
    finally:
        pdf.close()


def _page_list(numbers: list[int]) -> str:
    """Page numbers as a reader writes them: "1–3, 5"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in runs)


def read_pdf(path: Path) -> RawDocument:
    source = str(path)
    layouts = _pages(path)
    # Text layers in a legacy 8-bit encoding (TCVN3 .VnTime fonts read as WinAnsi: "KÕ ho¹ch"):
    # the encoding is decided on the whole document, then each word is converted before the
    # layout rules look for "Số", "CỘNG HÒA", "Nơi nhận".
    reasons = [layout.ocr_reason for layout in layouts]
    encoding = legacy.detect("\n".join(layout._full for layout in layouts if not layout.ocr_reason))
    if encoding:
        # Converted on PDFium's page text (its lines give the converter context), then the words
        # are taken back from it: conversion maps letters to letters, so the words line up.
        converted, encoding = legacy.convert_pages([layout._full for layout in layouts])
        for layout, text in zip(layouts, converted):
            words = _WORD.findall(text)
            if len(words) == len(layout.words):
                for w, word in zip(layout.words, words):
                    w["text"] = word
            else:  # (never seen) convert word by word, without the lines' context
                for w in layout.words:
                    w["text"] = legacy.convert_mixed(w["text"], encoding)[0]
            for w in layout.words:
                if legacy.font_encoding(w.get("font"))[1]:
                    w["text"] = w["text"].upper()  # set in a capitals-only font (.VnTimeH)
    pages = []
    footer_seen = [False]
    for n, layout in enumerate(layouts):
        pages.append("" if layout.ocr_reason else _page_text(layout, n, footer_seen))
    # Scanned pages (no text layer, or a broken OCR layer without the diacritics) are read by
    # Tesseract; without it, a document with no readable page is refused naming the tool.
    scanned = [n for n, reason in enumerate(reasons) if reason]
    confidence = None
    if scanned:
        readable = sum(1 for p in pages if p.strip())
        try:
            pdf = open_pdf(path)
            try:
                read = ocr_pdf_pages(pdf, scanned, source)
            finally:
                pdf.close()
        except IngestError as exc:
            if readable:
                read = []  # the text pages still stand; the scanned ones stay empty
            else:
                raise IngestError(source, f"no text layer ({len(scanned)} scanned pages): {exc.reason}") from None
        # OCR'd words go through the same layout rules as a text layer's (header columns first).
        ocr_footer_seen = [False]
        for ocr_page in read:
            if ocr_page.words:
                layout = _Page.from_words(ocr_page.width, ocr_page.height, list(ocr_page.words))
                pages[ocr_page.index] = _page_text(layout, ocr_page.index, ocr_footer_seen)
            else:
                pages[ocr_page.index] = ocr_page.text
        worded = [p for p in read if p.words]  # (a blank back page has no words to be sure of)
        if worded:
            confidence = round(sum(p.confidence for p in worded) / len(worded), 3)
        elif read:
            confidence = 0.0
    pages = _drop_running_heads(pages)
    need = min(200, 20 * max(1, len(pages)) // 2)
    letters = sum(1 for _ in itertools.islice(_LETTER.finditer("".join(pages)), need))
    if letters < need:
        if scanned and read:
            blank = [p.index + 1 for p in read]
            raise IngestError(source, f"OCR found no text on page{'s' if len(blank) > 1 else ''} {_page_list(blank)}")
        raise IngestError(source, f"no text layer ({len(pages)} pages of images: a scan needs OCR)")
    text, starts = join_pages(pages)
    return RawDocument(text=text, source=source, format="pdf", encoding=encoding, page_starts=starts,
                       ocr=bool(scanned) and confidence is not None, ocr_confidence=confidence,
                       ocr_pages=[n + 1 for n in scanned] if confidence is not None else [])
