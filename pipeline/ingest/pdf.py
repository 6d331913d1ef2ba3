"""PDF reader (pdfplumber): text in reading order, with the official layout undone.

pdfplumber's ``extract_text`` reads the two-column header table line by line, interleaving the
issuer with the national motto ("UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). Here words
are grouped into lines, lines are split into segments at wide gaps, and in the header zone (page 1,
down to the "Số" / place-date line) and the footer zone (from "Nơi nhận") the left column is
emitted before the right one. Page numbers are dropped, wrapped lines of a paragraph are joined
(a line reaching the right margin continues on a next line that is not indented), and ruled body
tables (task-assignment tables) come out as ``cell | cell`` rows.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..segment import doc_type_line
from .base import IngestError, RawDocument, join_pages

_PAGE_NUMBER = regex.compile(r"^[-–\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*$", regex.I)
# A header cell that closes the header zone: the number line, or the place-date line.
_HEADER_END = regex.compile(r"^(?:Số\b|\p{Lu}[\p{L}.' ]{1,40},\s*ngày\b)")
_RIGHT_ANCHOR = regex.compile(r"CỘNG\s+H[OÒ]À|CỘNG\s+HÒA|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập")
_FOOTER_START = regex.compile(r"^N[ơo]i\s+nh[ậa]n\b")
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
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[list[dict]] = []
    for w in words:
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    out = []
    for ws in lines:
        ws.sort(key=lambda w: w["x0"])
        size = statistics.median(w.get("size", 12) for w in ws)
        line = Line(top=min(w["top"] for w in ws), bottom=max(w["bottom"] for w in ws))
        for w in ws:
            if line.segments and w["x0"] - line.segments[-1].x1 <= max(12.0, 1.6 * size):
                seg = line.segments[-1]
                seg.text += " " + w["text"]
                seg.x1 = w["x1"]
            else:
                line.segments.append(Segment(w["x0"], w["x1"], w["text"]))
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


def _footnote_separator(page) -> float | None:
    """Top of the footnote separator: a short thin horizontal rule near the left margin in the
    lower part of the page (Word draws it about a third of the text width long)."""
    width, height = float(page.width), float(page.height)
    for obj in list(page.rects) + list(page.lines):
        w = obj["x1"] - obj["x0"]
        h = obj["bottom"] - obj["top"]
        if h < 2 and 40 < w < 0.45 * width and obj["x0"] < 0.25 * width and obj["top"] > 0.45 * height:
            return float(obj["top"])
    return None


def _paragraphs(lines: list[Line], page_center: float) -> list[str]:
    """Join the wrapped lines of a paragraph; keep item starts and indented lines apart.

    A justified paragraph's line reaches the right margin and its next line starts at the left
    margin; a centred title's lines are all centred (the document-type line stays alone)."""
    if not lines:
        return []
    margin = min(l.x0 for l in lines)
    right = sorted(l.x1 for l in lines)[int(0.9 * (len(lines) - 1))]

    # Centred on the text block (the left margin is the wider one in official documents).
    page_center = (margin + right) / 2 if len(lines) > 3 else page_center

    def centred(l: Line, short: bool = True) -> bool:
        return (l.x0 > margin + 8 or not short) and abs((l.x0 + l.x1) / 2 - page_center) < 12

    out: list[str] = []
    prev: Line | None = None
    for line in lines:
        text = line.text
        close = prev is not None and line.top - prev.bottom < 12
        wrapped = close and prev.x1 >= right - 15 and line.x0 <= margin + 8 and not _ITEM.match(text)
        title = close and centred(prev, short=False) and centred(line) and not doc_type_line(prev.text) \
            and not doc_type_line(text)
        if out and (wrapped or title):
            out[-1] += " " + text
        else:
            out.append(text)
        prev = line
    return out


def _page_text(page, page_no: int, footer_seen: list[bool]) -> str:
    tables = []
    try:
        for table in page.find_tables():
            rows = table.extract()
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append((table.bbox, rows))
    except Exception:
        tables = []

    def in_table(w):
        return any(b[0] - 1 <= w["x0"] and w["x1"] <= b[2] + 1 and b[1] - 1 <= w["top"]
                   and w["bottom"] <= b[3] + 1 for b, _ in tables)

    words = [w for w in page.extract_words(x_tolerance=1.5, y_tolerance=3, extra_attrs=["size"])
             if not in_table(w)]
    # Footnotes: below Word's short separator rule at the bottom of the page. They are read as
    # paragraphs of their own, placed before a signature footer so they stay in the body.
    sep = _footnote_separator(page)
    footnote_words = [w for w in words if sep is not None and w["top"] > sep]
    words = [w for w in words if sep is None or w["top"] <= sep]
    footnotes = _paragraphs(_lines(footnote_words), float(page.width) / 2) if footnote_words else []
    # Footnote reference marks: superscript digits much smaller than the text around them.
    sizes = sorted(w.get("size", 12) for w in words)
    if sizes:
        body_size = sizes[len(sizes) // 2]
        words = [w for w in words if not (w["text"].isdigit() and len(w["text"]) <= 2
                                          and w.get("size", body_size) < 0.75 * body_size)]
    lines = _lines(words)
    # Page numbers: a bare number as the first or last line of the page.
    if lines and _PAGE_NUMBER.match(lines[0].text):
        lines = lines[1:]
    if lines and _PAGE_NUMBER.match(lines[-1].text):
        lines = lines[:-1]
    width = float(page.width)
    blocks: list[tuple[float, list[str]]] = []
    body: list[Line] = []

    def flush_body(top):
        if body:
            blocks.append((body[0].top, _paragraphs(body, width / 2)))
            body.clear()

    i = 0
    if page_no == 0:
        end = -1
        for j, line in enumerate(lines[:14]):
            if doc_type_line(line.text):
                break  # the header is above the document-type line
            if any(_HEADER_END.search(s.text) for s in line.segments):
                end = j
        if end >= 0:
            anchors = [s.x0 for l in lines[:end + 1] for s in l.segments if _RIGHT_ANCHOR.search(s.text)]
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
        blocks.append((float(page.height), [""] + footnotes))
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
    firsts, lasts = {}, {}
    for page in pages[1:]:
        lines = [l for l in page.split("\n") if l.strip()]
        if lines:
            firsts[lines[0]] = firsts.get(lines[0], 0) + 1
            lasts[lines[-1]] = lasts.get(lines[-1], 0) + 1
    need = max(2, (len(pages) - 1) * 2 // 3)
    heads = {l for l, n in firsts.items() if n >= need and len(l) < 120}
    feet = {l for l, n in lasts.items() if n >= need and len(l) < 120}
    out = [pages[0]]
    for page in pages[1:]:
        lines = page.split("\n")
        nonblank = [i for i, l in enumerate(lines) if l.strip()]
        drop = set()
        if nonblank and lines[nonblank[0]] in heads:
            drop.add(nonblank[0])
        if nonblank and lines[nonblank[-1]] in feet:
            drop.add(nonblank[-1])
        out.append("\n".join(l for i, l in enumerate(lines) if i not in drop))
    return out


def read_pdf(path: Path) -> RawDocument:
    import pdfplumber
    source = str(path)
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:
        # pdfplumber wraps pdfminer's PDFPasswordIncorrect in a PdfminerException.
        if "Password" in repr(exc) or "Encrypt" in repr(exc) or "Password" in repr(exc.__cause__):
            raise IngestError(source, "encrypted PDF (password protected)") from None
        raise IngestError(source, f"corrupt or truncated PDF ({type(exc).__name__})") from None
    try:
        with pdf:
            pages = []
            footer_seen = [False]
            for n, page in enumerate(pdf.pages):
                pages.append(_page_text(page, n, footer_seen))
            pages = _drop_running_heads(pages)
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(source, f"corrupt or truncated PDF ({type(exc).__name__})") from None
    letters = sum(ch.isalpha() for p in pages for ch in p)
    if letters < 20 * max(1, len(pages)) // 2 and letters < 200:
        raise IngestError(source, f"no text layer ({len(pages)} pages of images: a scan needs OCR)")
    text, starts = join_pages(pages)
    return RawDocument(text=text, source=source, format="pdf", encoding=None, page_starts=starts)
