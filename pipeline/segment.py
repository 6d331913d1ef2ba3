"""Segmentation: where the document is, and its parts.

``find_body`` finds the document inside web-page chrome. ``find_layout`` marks the header block
(issuer, number, place-date, document type, title), the preamble, and, by ``find_closing``, the
closing (from "Trên đây là", "Nơi nhận" or the signature) and an appendix. ``segment`` builds the
tree of the numbered parts ``find_items`` finds: Roman sections (or "Phần I" / "A." where a
document uses those as its top level) and nested 1. / 1.1. / a) / - / + items, with
Akoma-Ntoso-style ids, levels, parents and spans, and warnings for numbering gaps and duplicates.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from .model import Section, Warning
from .scan import LINE_START
from .text import UNDOTTED_LABEL, fold, lines_of, strip_marks
from .vocab import cue, doc_type_headers, doc_type_line, load_json, patterns, type_name_words, type_then_authority


@functools.cache
def _chrome_res() -> tuple[regex.Pattern, regex.Pattern]:
    """The patterns of web-page chrome (a line is chrome if any of them matches in it) as two: those
    that hold at the start of the line only ("^..."), tried there alone, and the others, searched."""
    at_start, anywhere = [], []
    for p in patterns("chrome.tsv"):
        if p.startswith("^") and not _has_top_level_bar(p[1:]):
            at_start.append(p[1:])
        else:
            anywhere.append(p)
    never = r"(?!)"
    return (regex.compile("|".join(f"(?:{p})" for p in at_start) or never, regex.I),
            regex.compile("|".join(f"(?:{p})" for p in anywhere) or never, regex.I))


def _has_top_level_bar(pattern: str) -> bool:
    """Whether "|" splits the pattern itself ("^a|b" is "^a" or "b"), not only a group or a set."""
    depth, in_set, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            if pattern[i + 1:i + 2] == "]" or pattern[i + 1:i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3  # a "]" first in a set is a member
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def is_chrome(line: str) -> bool:
    line = line.strip()
    if not line:
        return False
    at_start, anywhere = _chrome_res()
    return bool(at_start.match(line)) or bool(anywhere.search(line))


# The national motto and its tagline (state documents) or the party's name (party documents),
# right column (data/layout_cues.json). The party's name in capitals only: running text names the
# party too ("Nghị quyết Đại hội ... Đảng Cộng sản Việt Nam"), and such a line opens no header.
MOTTO = regex.compile(f"{cue('motto')}|{cue('party', any_case=False)}|{cue('tagline')}")
# The place-date line ("Hà Nội, ngày 05 tháng 3 năm 2025"; its day and month may be blank, filled
# in by hand). OCR of a scan may misread the handwritten or stamped day ("ngày Ø3", "ngàyQ2", "ngày
# kỖ", "ngày44tháng": no space where the day's box was; the four OCR'd plans of corpus/real3):
# the day is up to three characters other than spaces, and the spaces around it may be missing.
PLACE_DATE = regex.compile(
    r"(?P<place>[\p{Lu}][\p{L}'’ .]{1,40}?)\s*,\s*ngày\s*(?P<d>\d{1,2}|[^\s\d]\S{0,2}|\s*)\s*tháng\s*"
    r"(?P<m>\d{1,2}|\s*)\s*năm\s+(?P<y>\d{4})", regex.I)
_PLACE_DATE_CUE = regex.compile(r",\s*ngày", regex.I)


def has_place_date(line: str) -> bool:
    """Whether PLACE_DATE matches in a line, without its search of the whole line (which tries a
    place name of up to 41 letters at every letter of it). A place-date's comma opens a ", ngày ";
    its place starts at most 41 characters and the spaces before that comma, so the pattern is
    tried only at those positions, before each ", ngày "."""
    for found in _PLACE_DATE_CUE.finditer(line):
        comma = found.start()
        spaces = 0
        while spaces < comma and line[comma - spaces - 1].isspace():
            spaces += 1
        for pos in range(max(0, comma - spaces - 41), comma):
            if PLACE_DATE.match(line, pos):
                return True
    return False


@dataclass
class Layout:
    body_start: int
    body_end: int
    header_end: int  # end of header block incl. title (start of preamble)
    doc_type_span: tuple[int, int] | None
    title_span: tuple[int, int] | None
    closing_start: int  # "Trên đây là" / "Nơi nhận" / signature; == body_end if none
    footer_start: int | None  # "Nơi nhận" or signature block
    appendix_start: int | None = None  # "PHỤ LỤC" after the signature (annex tables)
    # A document issued with a decision, after the decision's signature ("KẾ HOẠCH …" / "(Kèm
    # theo Quyết định số …)"): where its type line starts and where its content starts (past its
    # title and that subtitle). It ends where an appendix starts, or at the body's end.
    attachment_start: int | None = None
    attachment_content_start: int | None = None
    # Where the attached document's own closing starts ("Trên đây là …", its "Nơi nhận" and
    # signature: a letter carrying a draft plan signed in full); None where it has none.
    attachment_closing_start: int | None = None
    # Whether the text was read from a scan by OCR (:func:`looks_ocr`), which the header, the
    # segmenter and the layout itself read through OCR's slips: decided once per document.
    ocr: bool = False
    # Where a markdown table cell broke its line ("Bộ Xây dựng<br>Bộ Tư pháp"), the space the break
    # became in the text (:attr:`pipeline.normalize.NormalizedText.cell_breaks`), in order.
    cell_breaks: tuple[int, ...] = ()

    def with_cell_breaks(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` with its cells' line breaks back as line breaks (same length)."""
        span = text[start:end]
        # (Found by bisection: a table's every line asks, and a long annex holds thousands of breaks.)
        at = self.cell_breaks[bisect.bisect_left(self.cell_breaks, start):bisect.bisect_left(self.cell_breaks, end)]
        if not at:
            return span
        chars = list(span)
        for p in at:
            chars[p - start] = "\n"
        return "".join(chars)

    @property
    def closing_end(self) -> int:
        if self.attachment_start is not None:
            return self.attachment_start
        return self.appendix_start if self.appendix_start is not None else self.body_end

    @property
    def attachment_end(self) -> int:
        if self.attachment_closing_start is not None:
            return self.attachment_closing_start
        return self.appendix_start if self.appendix_start is not None else self.body_end

    def body_spans(self, start: int | None = None) -> list[tuple[int, int]]:
        """The parts that carry the document's own text: the body between header and closing, and
        an attached document's content."""
        spans = [(self.header_end if start is None else start, self.closing_start)]
        if self.attachment_content_start is not None:
            spans.append((self.attachment_content_start, self.attachment_end))
        return spans

    def content_spans(self, start: int | None = None) -> list[tuple[int, int]]:
        """The parts that carry content: the body between header and closing, an attached
        document with its title (which cites what it carries out), and appendices."""
        spans = [(self.header_end if start is None else start, self.closing_start)]
        if self.attachment_start is not None:
            spans.append((self.attachment_start, self.attachment_end))
        if self.appendix_start is not None:
            spans.append((self.appendix_start, self.body_end))
        return spans


_PREAMBLE_START = regex.compile(
    r"^\s*(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Nhằm|Để|Theo|Kính\s+gửi|Ngày\s+\d|Trong\s|Qua\s|"
    r"Sau\s|Tiếp\s+tục|Hưởng\s+ứng|Với\s|Phần\s|PHẦN\s|[IVX]+\s*[.:]|\d+\.\s)", regex.I)
_AUTHORITY = regex.compile(
    r"^\s*(?:CHỦ\s+TỊCH|ỦY\s+BAN|UỶ\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|"
    r"GIÁM\s+ĐỐC|HIỆU\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÍNH\s+PHỦ|HỘI\s+ĐỒNG)\b")
# A preamble that cites a document ("Căn cứ ...", "Thực hiện Kế hoạch số ...") right after the type
# line: the document has no title.
_CITING_START = regex.compile(r"^\s*(?:Căn\s+cứ|Thực\s+hiện\s+(?:\S+\s+){1,3}(?:số|\d))")
# The word "Số" of the number line, or OCR's readings of it before its colon: the "ố" with another
# mark or none ("Só:", "Sô:"), the "S" in lower case ("só:3/KH-DCT"); b07, b10 of corpus/real3.
NUMBER_WORD = r"(?:Số|[Ss][oóòỏõọôốồổỗộơớờởỡợ](?=[ \t]*:))"
_NUMBER_LINE = regex.compile(rf"^\s*\|?\s*{NUMBER_WORD}\s*:")  # "Số: 12/KH-UBND"
_NUMBER_CELL = regex.compile(rf"(?:^|\s|\|){NUMBER_WORD}\s*:")
_NUMBER_WORD_LINE = regex.compile(rf"^\s*\|?\s*(?:Số\b|{NUMBER_WORD})")
# A party body's number line, no colon ("Số 47-KH/HU"), set above the party's motto line ("ĐẢNG
# CỘNG SẢN VIỆT NAM") in a header a page gives one cell a line.
_PARTY_NUMBER_LINE = regex.compile(r"^\s*\|?\s*Số\s*\d{1,5}\s*-\s*\p{Lu}[\p{L}\d&.]*\s*/\s*\p{Lu}\S*\s*\|?\s*$")
_RULE_LINE = regex.compile(r"[-_*=|. ]+")
_IMAGE_OR_RULE = regex.compile(r"!\[.*|[-_*=. ]+")
_ARTICLES_INTRO = regex.compile(r"\b(QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT)\s*:\s*$")
_SUBJECT_LINE = regex.compile(rf"^\s*({cue('subject')})\s*[:.]?\s*(.+)$")  # a letter's "V/v ..." line
# The closing sentence, by its first two words ("Trên đây là ...", "Trên đây, ...").
_CLOSING_TEXT = regex.compile(LINE_START + rf"\s*{cue('closing', words=2)}\b", regex.M)
# An annex's opening line: "PHỤ LỤC" in capitals ("PHỤ LỤC II", "PHỤ LỤC: PHÂN CÔNG …") or "Phụ
# lục" before its number ("Phụ lục 01").
_APPENDIX = regex.compile(LINE_START + rf"[ \t\f\v]*(?:{cue('appendix', only=('Phụ lục',), capitals=True)}"
                          rf"|{cue('appendix', only=('Phụ lục',), any_case=False)}\s+[IVX\d]+)\b", regex.M)
# Or an opening line that says less, alone on its line, over the annex's caption in capitals or
# its "(Kèm theo …)" (layout cue "appendix"): "Phụ lục" or "Phụ lục số 2" (m55's annex of tasks,
# whose group rows "IV" went on the plan's own headings), "PHỤ BIỂU 02", "Biểu số 01". (The
# caption keeps a line of a plan's own text that only names an annex, "Phụ lục số 01: Danh mục …",
# or a table's cell, from opening one.)
_BARE_APPENDIX = regex.compile(LINE_START + rf"""[ \t\f\v]*(?:
    {cue("appendix", only=("Phụ lục",), any_case=False)}(?:[ \t]+số[ \t]+\d+)?
    | {cue("appendix", only=("Phụ biểu",), capitals=True)}[ \t]+[IVX\d]+
    | {cue("appendix", only=("Biểu số",), any_case=False)}[ \t]*\d+)[ \t.:]*\n[ \t]*\n?[ \t]*
    (?:\(\s*{cue("attached")}|[\p{{Lu}}\d][\p{{Lu}}\d \t,.;:()/&-]{{10,}}$)""", regex.M | regex.X)


def _appendix_at(text: str, start: int, end: int) -> int | None:
    """Where the first annex of ``text[start:end]`` opens (:data:`_APPENDIX`,
    :data:`_BARE_APPENDIX`), None where none does."""
    found = [m.start() for m in (_APPENDIX.search(text, start, end), _BARE_APPENDIX.search(text, start, end)) if m]
    return min(found) if found else None
# (Also as the first cell of a footer table's row, "| Nơi nhận:\n- …", its bar before it, and in
# the emphasis a page's cell keeps, "| _Nơi nhận:_ - Như Điều 3; …", of "**_Nơi nhận:_**".)
_FOOTER = regex.compile(LINE_START + rf"\s*(?:\|[ \t]*)?[*_]{{0,3}}{cue('recipients')}\s*:?", regex.M)
# The recipients' heading itself, with its colon or alone on its line ("Nơi nhận:", "| **Nơi
# nhận:** - Như Điều 3; …"), not a sentence of the body ("Nơi nhận hồ sơ: Bộ phận một cửa").
_RECIPIENTS_HEADING = regex.compile(rf"^[\s|*_]*{cue('recipients')}[\s*_]*(?::|$)")
# The signing-capacity line: TM. (on behalf of), KT. (for the head), Q. (acting), TL., TUQ.,
# party documents' T/M, K/T; then the body or the office, in capitals.
SIGNING = regex.compile(LINE_START + rf"\s*{cue('signing_capacities')}\s*\p{{Lu}}", regex.M)


def _first_signature_line(text: str, lo: int, hi: int) -> int | None:
    """Where the first line of a signature block in text[lo:hi] starts: a signing-capacity line
    ("TM. ỦY BAN NHÂN DÂN", :data:`SIGNING`) or the recipients' "Nơi nhận", whichever comes first;
    None where there is neither."""
    return next((ls for ls, _, line in lines_of(text, lo, hi)
                 if SIGNING.match(line) or _RECIPIENTS_HEADING.match(line)), None)


def find_body(text: str) -> tuple[int, int]:
    """Span of the document inside web-page chrome (menus, metadata, related-document lists).

    Lines are read as the search goes, forward from the top and backward from a marker and from
    the end, never held all at once: 49 MB of line breaks held as a list of lines took 7 GB."""
    # 1. An official header: the motto, a number line or a document-type line near the top. (Not
    # a type's words under a part's label alone on its line: "Phần II" / "KẾ HOẠCH NĂM 2016" is a
    # part's title, of a plan a provincial site gives without its header, under a page title.)
    marker = None
    previous = ""  # the last line of text before this one
    for ls, _, line in lines_of(text):
        if (MOTTO.search(line) and len(line) < 200) or _NUMBER_LINE.match(line) \
                or (doc_type_line(line) and not _BARE_LABEL.match(previous)):
            marker = ls
            break
        if line.strip():
            previous = line
    if marker is not None:
        # Walk back over the issuer lines (capitals, rules, pipes) above the marker.
        body_start = marker
        while body_start > 0:
            ls, _, line = _line_before(text, body_start)
            prev = line.strip()
            core = prev.strip("|").strip()
            if not prev or (core and core.upper() == core and len(core) < 80 and not is_chrome(prev)) \
                    or _RULE_LINE.fullmatch(prev) or has_place_date(prev) or _NUMBER_CELL.search(prev) \
                    or _PARTY_NUMBER_LINE.match(prev):
                body_start = ls
                continue
            break
        # Walking back may have reached a blank line: skip it.
        while body_start < marker:
            _, le, line = _line_at(text, body_start)
            if line.strip():
                break
            body_start = le + 1
        # A document-type line found first, with chrome after it, is a page title: ignore.
    else:
        # 2. No header: the first line of content that is not followed by more chrome (of the
        # first 80 lines of content).
        nonempty = list(itertools.islice(((ls, line) for ls, _, line in lines_of(text) if line.strip()), 82))
        body_start = nonempty[0][0] if nonempty else 0
        for k, (ls, line) in enumerate(nonempty[:80]):
            if is_chrome(line) or any(is_chrome(following) for _, following in nonempty[k + 1:k + 3]):
                continue
            body_start = ls
            break
    # Trailing chrome (credits, comment forms) after the last line of the document. (A page's list
    # of links "• …" is chrome only after the document's signature or recipients: a document that
    # closes with neither, a page's copy of a plan's aims, may end with its own bullets, "•
    # Sản lượng thuỷ, hải sản đến cuối nhiệm kỳ đạt 417.000 tấn trở lên.")
    ls, le, line = _line_at(text, text.rfind("\n") + 1)
    closed: bool | None = None
    while ls > body_start and (not line.strip() or is_chrome(line)):
        if line.lstrip().startswith("•"):
            if closed is None:
                closed = _first_signature_line(text, body_start, ls) is not None
            if not closed:
                break
        ls, le, line = _line_before(text, ls)
    # A document ending in a table written one cell per line ("…\n|\n250\n|\n|", as
    # legal-database pages give an annex): the bars that close its last cell and row are the
    # table's, not chrome (without them the last row is lost); its last cell may take lines
    # ("Bộ Công an; Ngân hàng Phát triển Việt\nNam\n|").
    if ls > body_start and _last_cell_of_table(text, ls, body_start):
        while le < len(text):
            nxt = _line_at(text, le + 1)
            if nxt[2].strip() != "|":
                break
            le = nxt[1]
    return body_start, le


# The most lines a table's last cell takes at a document's end (:func:`_last_cell_of_table`).
_LAST_CELL_LINES = 6


def _last_cell_of_table(text: str, ls: int, body_start: int) -> bool:
    """Whether the line at ``ls`` ends a cell of a table written one cell per line: a bar line
    alone is among the few lines before it, none of them blank."""
    for _ in range(_LAST_CELL_LINES):
        if ls <= body_start:
            return False
        ls, _le, line = _line_before(text, ls)
        if line.strip() == "|":
            return True
        if not line.strip():
            return False
    return False


def _line_at(text: str, start: int) -> tuple[int, int, str]:
    """(start, end, line) of the line of text that starts at start."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end, text[start:end]


def _line_before(text: str, start: int) -> tuple[int, int, str]:
    """(start, end, line) of the line before the one that starts at start (> 0)."""
    end = start - 1
    begin = text.rfind("\n", 0, end) + 1
    return begin, end, text[begin:end]


def _cell_text(line: str) -> str:
    """A line's text without the spaces and table-cell bars ("|") around it."""
    return line.strip().strip("|").strip()


def _text_span(start: int, line: str, core: str) -> tuple[int, int]:
    """The span of core (a part of line, which starts at offset start) in the text."""
    cs = start + line.find(core)
    return cs, cs + len(core)


def find_layout(text: str, body: tuple[int, int], ocr: bool = False) -> Layout:
    """Where the parts of the document in text[body[0]:body[1]] are: the header block, with its
    document-type line and title, the preamble after it, the closing, the footer and an appendix.

    A document with a type line ("KẾ HOẠCH") has its title on the lines after that. A document
    without one (a letter, or a header flattened without it) ends its header at the last motto,
    number or place-date line, and takes as title its "V/v ..." subject or else the capitals lines
    right after the header."""
    body_start, body_end = body
    lines = list(lines_of(text, body_start, body_end))
    doc_type = find_doc_type_line(lines)
    doc_type_span = title_span = None
    header_end = body_start
    # (Read by OCR: as the reader says, ``ocr``, which knows it ran OCR on a scan; else as the
    # letters tell, for a text OCR'd elsewhere.)
    ocr = ocr or looks_ocr(text)
    ocr_type = _ocr_type_in_line(text, lines) if doc_type is None and ocr else None
    if ocr_type is not None:
        doc_type_span, title_span = ocr_type
        header_end = title_span[1]
    elif doc_type is not None:
        dt_idx, doc_type_span = doc_type
        title_span = _title_after_type_line(text, lines, dt_idx, doc_type_span)
        header_end = (title_span or doc_type_span)[1]
    else:
        block_end = header_block_end(lines)
        if block_end:
            title_span = _subject_line(lines, block_end) or _untyped_title(lines, block_end)
            # (Either title ends at or after the block's last line.)
            header_end = max(lines[block_end - 1][1], title_span[1] if title_span else 0)
    # A document issued with a decision stands after the decision's signature: the decision ends
    # where it starts (its closing and footer are the decision's), an appendix follows it. The
    # signature is found by its first signing-capacity line ("TM. ỦY BAN NHÂN DÂN") or its first
    # "Nơi nhận", whichever comes first: a minister, the Prime Minister or a chairman signing in
    # person prints a bare title ("BỘ TRƯỞNG", "THỦ TƯỚNG") and no capacity at all.
    signature = _first_signature_line(text, header_end, body_end)
    attachment = find_attachment(text, signature, body_end) if signature is not None else None
    attachment_closing_start = None
    if attachment is None:
        closing_start, footer_start, appendix_start = find_closing(text, body, header_end)
    else:
        closing_start, footer_start, _ = find_closing(text, (body_start, attachment[0]), header_end)
        appendix_start = _appendix_at(text, attachment[1], body_end)
        own_end = body_end if appendix_start is None else appendix_start
        own_closing = find_closing(text, (attachment[1], own_end), attachment[1])[0]
        attachment_closing_start = own_closing if own_closing < own_end else None
    return Layout(body_start=body_start, body_end=body_end, header_end=header_end,
                  doc_type_span=doc_type_span, title_span=title_span,
                  closing_start=closing_start, footer_start=footer_start, appendix_start=appendix_start,
                  attachment_start=attachment[0] if attachment else None,
                  attachment_content_start=attachment[1] if attachment else None,
                  attachment_closing_start=attachment_closing_start, ocr=ocr)


# The subtitle of a document issued with a decision: "(Kèm theo Quyết định số …)", "(Ban hành kèm
# theo Quyết định …)", naming the decision's type.
_ATTACHED = regex.compile(rf"{cue('attached')}\s+\p{{L}}")
# How far below its type line an attached document's subtitle may stand: the title runs up to
# about 400 characters (4 lines of capitals in p036 of corpus/real2: 330).
_ATTACHED_WITHIN = 800


def find_attachment(text: str, signature: int, end: int) -> tuple[int, int] | None:
    """(start of its type line, start of its content) of a document issued with a decision, in
    text[signature:end] after the decision's signature: the first document-type line there
    ("KẾ HOẠCH", "CHƯƠNG TRÌNH") with the attached-document subtitle ("(Kèm theo Quyết định số
    …)") within 800 characters below it, before any other line of text than its title. Its
    content starts on the line after the one where that subtitle's bracket closes (or after the
    subtitle's line, without a bracket)."""
    previous = ""  # the last line of text before this one
    title_lines: list[tuple[int, str]] = []  # the lines in capitals just above this one
    for ls, le, line in lines_of(text, signature, end):
        untyped = _untyped_attachment(text, ls, le, line, title_lines, end)
        if untyped is not None:
            return untyped
        if line.strip():
            title_lines = title_lines + [(ls, line)] if _is_heading_case(_cell_text(line)) else []
        # (Its type line in any case where the line is the type's name alone, "Chương trình": an
        # old document converted from a font of capitals loses them; the subtitle below decides.
        # Not the title of an annex under its "PHỤ LỤC I": "KẾ HOẠCH KIỂM TRA" / "(Kèm theo Kế
        # hoạch số 1105 …)", p06 of check-real-dev.)
        under_annex = _APPENDIX.match(previous) is not None
        if line.strip():
            previous = line
        if _APPENDIX.match(line) and line.strip() and not doc_type_line(line):
            # (An annex comes after the document a decision issues, never before it: past one,
            # a type's name is an annex table's header cell, "Kế hoạch\nnăm 2025", over the next
            # annex's subtitle "(Kèm theo Kế hoạch số 18/KH-UBND …)".)
            return None
        if not (doc_type_line(line) or _is_type_name(line)) or _ARTICLES_INTRO.search(line) or under_annex:
            continue
        m = _ATTACHED.search(text, le, min(end, le + _ATTACHED_WITHIN))
        if m is None or any(_item_of_line(x, 0, 0) and not _is_heading_case(x) for _, _, x in
                            lines_of(text, le + 1, text.rfind("\n", 0, m.start()))):
            # (A numbered line of text between: the type line opens no attached document.)
            first_section = _first_section_under(text, le, end)
            if first_section is not None:
                return _cell_text_start(text, ls, line), first_section
            continue
        return _cell_text_start(text, ls, line), _content_after_subtitle(text, m.end(), end)
    return None


def _content_after_subtitle(text: str, at: int, end: int, reach: int = 400) -> int:
    """Where an attached document's content starts, its subtitle read from ``at``: on the line
    after the one where the subtitle's bracket closes (or after the line of ``at``, without a
    bracket within ``reach`` characters)."""
    close = text.find(")", at, min(end, at + reach))
    content = text.find("\n", close if close >= 0 else at, end)
    return end if content < 0 else content + 1


# The subtitle of a document a decision or a resolution issues, opening its line: "(Kèm theo
# Quyết định số …)", "(Ban hành kèm theo Nghị quyết …)".
_ISSUED_BY_SUBTITLE = regex.compile(rf"^[\s(*_]*{cue('attached')}\s+{cue('issuing_types')}(?!\p{{L}})")
# The most lines of an attached document's title in capitals over its subtitle.
_UNTYPED_TITLE_LINES = 4


def _untyped_attachment(text: str, ls: int, le: int, line: str, title_lines: list[tuple[int, str]],
                        end: int) -> tuple[int, int] | None:
    """(start of its title, start of its content) of a document issued with a decision whose type
    line a page dropped (hethongphapluat prints no bold type line: "TRIỂN KHAI PHÂN ĐỊNH THẨM
    QUYỀN …" over "(Kèm theo Quyết định số 2318/QĐ-BNNMT …)"), where ``line`` is that subtitle
    and ``title_lines`` the lines in capitals just above it (one to four, none an annex's
    "PHỤ LỤC": an annex's subtitle names the plan, "(Kèm theo Kế hoạch số …)"); else None."""
    if not title_lines or len(title_lines) > _UNTYPED_TITLE_LINES or not _ISSUED_BY_SUBTITLE.match(_cell_text(line)):
        return None
    if any(_APPENDIX.match(x) or doc_type_line(x) for _, x in title_lines):
        return None
    first_ls, first_line = title_lines[0]
    return _cell_text_start(text, first_ls, first_line), _content_after_subtitle(text, ls, end, le - ls + 400)


# How far below its type line an attached document without a subtitle may open its first section:
# past its title and a preamble of a few "Căn cứ" clauses.
_FIRST_SECTION_WITHIN = 2000


def _first_section_under(text: str, type_line_end: int, end: int) -> int | None:
    """Where the first section of a document issued with a decision starts, for one printed
    without its subtitle (a page that dropped "(Kèm theo Quyết định …)"): the first numbered line
    below its type line is a first top section ("I. MỤC ĐÍCH, YÊU CẦU", "PHẦN I", "A. …") within
    2000 characters; None where it is none, or another numbered line comes first."""
    for ls, _, line in lines_of(text, type_line_end + 1, min(end, type_line_end + _FIRST_SECTION_WITHIN)):
        core = _cell_text(line).strip("*_ ")
        item = _item_of_line(core, 0, 0)
        if item is None:
            continue
        first = (item.kind == "roman" and ocr_roman(item.label) == "I"
                 or item.kind == "upper" and item.label == "A"
                 or item.kind == "part" and _PART_NUMBER.match(item.label) is not None
                 and fold(item.label).split()[-1] in ("i", "1", "nhat"))
        return ls if first else None
    return None


def _cell_text_start(text: str, ls: int, line: str) -> int:
    return _text_span(ls, line, _cell_text(line))[0]


def find_doc_type_line(lines: list[tuple[int, int, str]]) -> tuple[int, tuple[int, int]] | None:
    """The document-type line ("KẾ HOẠCH"): its index in lines and the span of its text (without
    spaces and cell bars). It is the first such line within the first 40 lines (the header's
    place); a "QUYẾT ĐỊNH:" that introduces a decision's articles is not one, nor a part's title
    under its label alone on its line ("Phần II" / "KẾ HOẠCH NĂM 2016"). (A type's name in
    any case is one over a line opening with its issuing authority, the official gazette's heading
    as a transcript lost its capitals: "Quyết định" over "của Thủ tướng Chính phủ số 115/2004/…".)"""
    previous = ""  # the last line of text before this one
    for idx, (s, _, line) in enumerate(lines[:40]):
        if (doc_type_line(line) or _type_over_authority(lines, idx)) and not _ARTICLES_INTRO.search(line) \
                and not _BARE_LABEL.match(previous):
            return idx, _text_span(s, line, _cell_text(line))
        after_date = _TYPE_AFTER_DATE.search(line) if has_place_date(line) else None
        if after_date and fold(after_date.group("type")) in doc_type_headers():
            return idx, (s + after_date.start("type"), s + after_date.end("type"))
        if line.strip():
            previous = line
    return None


# A type line run on after the place-date, as a PDF's text flattened the header's columns into
# lines ("Quy Nhơn, ngày 20 tháng 9 năm 2021 KẾ HOẠCH", a school's plan a document site gives).
_TYPE_AFTER_DATE = regex.compile(r"năm\s+\d{4}\s*\|?\s+(?P<type>\p{Lu}+(?:[ \t]+\p{Lu}+){0,3})[ \t|]*$")


_AUTHORITY_OPENING = regex.compile(rf"^\s*{cue('issuing_authority')}\s+\p{{Lu}}")


def _is_type_name(line: str) -> bool:
    """Whether a line is a document type's name alone, in any case ("Chương trình", "Quyết định")."""
    return fold(_cell_text(line)) in doc_type_headers()


def _type_over_authority(lines: list[tuple[int, int, str]], idx: int) -> bool:
    """Whether lines[idx] is a type's name alone (any case) over a line opening with the issuing
    authority (layout_cues.json issuing_authority)."""
    return idx + 1 < len(lines) and _is_type_name(lines[idx][2]) and bool(_AUTHORITY_OPENING.match(lines[idx + 1][2]))


# A run of two or three words in capitals inside a line ("Phôi hợp kiêm soát KÉ HOẠCH các hoạt động").
_CAPITALS_RUN = regex.compile(r"(?<!\S)\p{Lu}+(?:[ \t]+\p{Lu}+){1,2}(?!\S)")


@functools.cache
def _type_headers_without_marks() -> frozenset[str]:
    """The header lines of the document types without their marks, in capitals ("KE HOACH")."""
    return frozenset(strip_marks(h).upper() for h in doc_type_headers())


def _ocr_type_in_line(text: str, lines: list[tuple[int, int, str]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(span of the type words, span of the title holding them) of a document-type line as OCR of
    a scan reads it: the type's words with a mark misread ("KÉ HOẠCH" for KẾ HOẠCH), set inside
    the title's first line where OCR ran the two columns' lines together ("Phôi hợp kiêm soát KÉ
    HOẠCH các hoạt động hợp pháp" / "liên quan đên ma túy năm 2026", b07 of corpus/real3), or
    before a title run on in lower case ("KẾ HOẠCH số Khảo sát, …", b10). Matched without marks,
    on a line after the header block (motto, number, place-date) within the first 40 lines. The
    title runs from the line's start over the lines after it up to a blank line, the preamble or
    400 characters."""
    block_end = header_block_end(lines)
    if not block_end:
        return None
    for idx in range(block_end, min(len(lines), 40)):
        s, e, line = lines[idx]
        if "\t" in line or "|" in line or len(line) > 200:
            continue  # a table's row (a table of tab-separated values, corpus/real/SOURCES.tsv)
        run = next((m for m in _CAPITALS_RUN.finditer(line)
                    if strip_marks(" ".join(m.group(0).split())) in _type_headers_without_marks()), None)
        if run is None:
            continue
        if not any(c.islower() for c in line):
            return None  # a capitals line: a type line of another kind, not OCR's run-together
        t_start, t_end = _text_span(s, line, _cell_text(line))
        for ns, ne, nxt in lines[idx + 1:]:
            core = _cell_text(nxt)
            if not core or _ends_title(core) or _CITING_START.match(core) or ne - t_start > 400:
                break
            t_end = _text_span(ns, nxt, core)[1]
        return (s + run.start(), s + run.end()), (t_start, t_end)
    return None


def header_block_end(lines: list[tuple[int, int, str]]) -> int:
    """The index after the header block's last line (motto, number, place-date) within the first
    30 lines; 0 if there is none. The block ends at a line of over 80 characters after one of
    them: a line that long is content, not header."""
    end = 0
    for idx, (_, _, line) in enumerate(lines[:30]):
        if MOTTO.search(line) or has_place_date(line) or _NUMBER_WORD_LINE.search(line):
            end = idx + 1
        elif end and len(line.strip()) > 80:
            break
    return end


def _title_after_type_line(text: str, lines: list[tuple[int, int, str]],
                           dt_idx: int, type_span: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The span of the title on the lines after the type line lines[dt_idx]: from the first line of
    text (past blank lines, images and rules) up to a blank line, a rule, the preamble, the
    signing authority or 400 characters. A preamble that cites a document ("Căn cứ ...") before any
    title means there is none. A type line that carries its title ("KẾ HOẠCH TRIỂN KHAI ...", over
    three words) takes only capitals lines more. A capitals title may go on after a blank line."""
    # (Not an authority alone after the type, "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ": the
    # subject "V/v …" follows.)
    # (The type's words alone where they end a place-date's line: :data:`_TYPE_AFTER_DATE`.)
    type_line = text[type_span[0]:type_span[1]] if type_span else _cell_text(lines[dt_idx][2])
    # (A type's name of four words is no title: "KẾ HOẠCH LIÊN TỊCH", its title on the lines below.)
    type_line_has_title = len(type_line.split()) > max(3, type_name_words(type_line)) and not (
        type_line.upper() == type_line and type_then_authority(type_line))
    t_start: int | None = None
    t_end = 0
    for idx in range(dt_idx + 1, len(lines)):
        s, e, line = lines[idx]
        core = _cell_text(line)
        if t_start is None:
            if not core or _IMAGE_OR_RULE.fullmatch(core):
                continue
            if (_CITING_START.match(core) and not _citing_title(core, lines[idx + 1:idx + 2])) \
                    or (type_line_has_title and (core.upper() != core or type_line.upper() != type_line)
                        and not _PERIOD_LINE.fullmatch(core)):
                break
            t_start = _text_span(s, line, core)[0]
        elif not core:
            if _title_goes_on(text[t_start:t_end], lines[idx + 1:idx + 3]):
                continue
            break
        elif _ends_title(core, _is_capitals(text[t_start:t_end]), text[t_start:t_end]) or e - t_start > 400:
            break
        t_end = _text_span(s, line, core)[1]
    return None if t_start is None else (t_start, t_end)


_CARRYING_OUT = regex.compile(r"^\s*Thực\s+hiện\s")
# A line naming the period a plan covers, under a type line that carries the title ("KẾ HOẠCH
# CÔNG ĐOÀN" / "Năm học 2018 – 2019", d06 of corpus/web): it goes on with the title.
_PERIOD_LINE = regex.compile(rf"{cue('title_periods')}\s+\d{{4}}(?:\s*[-–]\s*\d{{4}})?")


def _citing_title(core: str, following: list[tuple[int, int, str]]) -> bool:
    """Whether a line after the type line that opens as a preamble citing a document does ("Thực
    hiện Chỉ thị 13-CT/TW của Ban Bí thư về …") is the title of a programme carrying that document
    out (d07 of corpus/web): a "Thực hiện" line of its own, under 250 characters, a blank line
    after it, and no sentence's punctuation at its end (a preamble's clause ends with ";", "," or
    ":", "như sau:")."""
    nxt = following[0][2] if following else ""
    return (bool(_CARRYING_OUT.match(core)) and len(core) < 250 and not nxt.strip()
            and not core.rstrip().endswith((";", ",", ":", ".")))


# A line in capitals goes on with a title in capitals, though a preamble's sentence may open with
# its first word ("… DỊCH BỆNH TRUYỀN NHIỄM" / "SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH …", p004 of
# corpus/real2; "TRONG TÌNH HÌNH MỚI", "TRIỂN KHAI …"), unless it opens a numbered part ("I.", "1.").


def _is_capitals(s: str) -> bool:
    return s.upper() == s and any(c.isalpha() for c in s)


def _ends_title(core: str, capitals_title: bool = False, title_so_far: str = "") -> bool:
    """Whether a line (its text, not blank) after a title's first line ends the title: a rule or
    an image, the preamble's first line (not a capitals line going on with a capitals title), or
    the signing authority in capitals ("ỦY BAN NHÂN DÂN"), unless the title so far ends with a
    word that ends no title ("… NĂM 2025 CỦA" / "THỦ TƯỚNG CHÍNH PHỦ VỀ …": title_open_endings)."""
    preamble = bool(_PREAMBLE_START.match(core)) and not (
        capitals_title and _is_capitals(core) and _item_of_line(core, 0, 0) is None)
    authority = bool(_AUTHORITY.match(core)) and core.upper() == core and not _OPEN_ENDING.search(title_so_far)
    return bool(_IMAGE_OR_RULE.fullmatch(core) or preamble or authority or _opens_roman_section(core))


# A title's line ending with a word that ends no title: the title goes on below.
_OPEN_ENDING = regex.compile(rf"(?<!\p{{L}}){cue('title_open_endings')}\s*$")


def _opens_roman_section(core: str) -> bool:
    """Whether a line opens a Roman section ("I- TÌNH HÌNH VÀ NGUYÊN NHÂN"): a resolution of the
    Politburo runs its first section on right under its capitals title, with no blank line and no
    preamble between (b02 of corpus/real3), and that section is no part of the title. So does a
    lettered part or a "Phần" part ("A. MỤC ĐÍCH YÊU CẦU", "PHẦN I: ..." right under a school's
    plan's title, its text layer without blank lines). A label followed by spaces alone counts only
    as the first section ("… ĐẠI HỘI LẦN THỨ\nXIV CỦA ĐẢNG" is the title wrapped)."""
    item = _item_of_line(core, 0, 0)
    return item is not None and (item.kind == "roman" and ocr_roman(item.label) == item.label
                                 and not (_spaced_label(core, item.label) and item.label != "I")
                                 or item.kind in ("upper", "part"))


def _title_goes_on(title_so_far: str, following: list[tuple[int, int, str]]) -> bool:
    """Whether a title in capitals goes on after a blank line ("... TÂN MỸ" / "GIAI ĐOẠN
    2020-2025"): the first line of text in the two following is a short capitals line (under 80
    characters) that is neither the preamble, the authority nor another type line."""
    nxt = next((line for _, _, line in following if line.strip()), "").strip()
    return (title_so_far.upper() == title_so_far and nxt.upper() == nxt and 0 < len(nxt) < 80
            and not _PREAMBLE_START.match(nxt) and not _AUTHORITY.match(nxt)
            and not doc_type_line(nxt))


def _subject_line(lines: list[tuple[int, int, str]], block_end: int) -> tuple[int, int] | None:
    """The span of a letter's (công văn's) subject, which has no type line: the text of the last
    "V/v ..." line in the header block or the 3 lines after it."""
    span = None
    for idx, (s, _e, line) in enumerate(lines[:block_end + 3]):
        vm = _SUBJECT_LINE.match(line)
        if vm:
            span = (s + vm.start(1), _subject_end(lines, idx))
    return span


_SUBJECT_LENGTH = 400  # the longest subject read over lines (b06 of corpus/real3: 250 characters)


def _subject_end(lines: list[tuple[int, int, str]], idx: int) -> int:
    """Where a letter's subject on lines[idx] ends: it goes on over the lines under it, wrapped in
    the header's left column ("V/v triển khai thực hiện Quyết định số" / "1074/QĐ-BXD ngày
    29/6/2026 của Bộ" / … six lines, b06 of corpus/real3), up to a blank line, the addressees
    ("Kính gửi"), the preamble, the authority, another header line, or 400 characters."""
    start, end = lines[idx][0], lines[idx][1]
    for _s, e, line in lines[idx + 1:]:
        core = _cell_text(line)
        if (not core or e - start > _SUBJECT_LENGTH or _PREAMBLE_START.match(core) or _AUTHORITY.match(core)
                or MOTTO.search(core) or has_place_date(core) or _NUMBER_WORD_LINE.match(core)
                or _SUBJECT_LINE.match(core) or doc_type_line(core) or _IMAGE_OR_RULE.fullmatch(core)):
            break
        end = e
    return end


def _untyped_title(lines: list[tuple[int, int, str]], block_end: int) -> tuple[int, int] | None:
    """The span of a title without a type line (a flattened header, as in corpus/web/d20.txt): the
    capitals lines of over 15 characters right after the header block, past blank lines, up to
    the next blank line. The motto is not a title."""
    t_start: int | None = None
    t_end = 0
    for s, _, line in lines[block_end:]:
        core = _cell_text(line)
        if not core:
            if t_start is not None:
                break
            continue
        if core.upper() != core or len(core) <= 15 or MOTTO.search(core):
            break
        cs, t_end = _text_span(s, line, core)
        t_start = cs if t_start is None else t_start
    return None if t_start is None else (t_start, t_end)


def find_closing(text: str, body: tuple[int, int], header_end: int) -> tuple[int, int | None, int | None]:
    """(closing_start, footer_start, appendix_start) of the document in text[body[0]:body[1]] after
    its header (which ends at header_end).

    The footer starts at the last "Nơi nhận" (recipients) or, if there is none, at the last
    signing-capacity line ("TM. ỦY BAN NHÂN DÂN") in the second half of the body. The closing
    starts at the footer, or at the last closing sentence ("Trên đây là ...") before it if that
    starts less than 4000 characters before; without a footer, at that sentence if it is within
    4000 characters of the body's end, else at the body's end. An appendix ("PHỤ LỤC") after the
    footer ends the closing."""
    body_start, body_end = body
    fm = _last_match(_FOOTER, text, header_end, body_end)
    if fm is None:
        fm = _last_match(SIGNING, text, max(header_end, body_start + int((body_end - body_start) * 0.5)),
                         body_end)
    footer_start = None
    if fm is not None:
        # A signature printed above its "Nơi nhận" (a footer's right column read first) opens the footer.
        footer_start = _start_past_space(fm)
        footer_start = _signature_above(text, footer_start, header_end) or footer_start
    closing_start, appendix_start = body_end, None
    if footer_start is not None:
        closing_start = footer_start
        appendix_start = _appendix_at(text, footer_start, body_end)
    cm = _last_match(_CLOSING_TEXT, text, header_end, closing_start)
    if cm and closing_start - cm.start() < 4000:
        closing_start = _start_past_space(cm)
    return closing_start, footer_start, appendix_start


# The lines of a signature block printed above its "Nơi nhận" are short: a capacity, a title, a
# name, "(Đã ký)" (the longest capacity of the dev corpus, "KT. BỘ TRƯỞNG, CHỦ NHIỆM", is 24).
_SIGNATURE_LINE = 60
_SIGNATURE_LINES = 8  # lines of text looked at above "Nơi nhận": capacities, title, signed, name


@functools.cache
def _signer_titles() -> frozenset[str]:
    return frozenset(fold(t) for t in load_json("signature.json")["titles"])


def _signature_above(text: str, footer: int, header_end: int) -> int | None:
    """Where a signature block printed right above the recipients' "Nơi nhận" starts (a footer
    laid out as two columns whose right one, the signature, a page or a PDF's text layer gives
    first): the highest line, of the short lines right above, that is a signing capacity ("TM. ỦY
    BAN NHÂN DÂN") or a signer's title alone ("CHỦ TỊCH", "BỘ TRƯỞNG"); None without one."""
    top = None
    pos, seen = footer, 0
    while pos > header_end and seen < _SIGNATURE_LINES:
        ls, _, line = _line_before(text, pos)
        pos = ls
        core = _cell_text(line).strip("*_ ")
        if not core:
            continue
        seen += 1
        if len(core) > _SIGNATURE_LINE or core.endswith((".", ";", ":")) and not SIGNING.match(core):
            break
        if SIGNING.match(core) or fold(core) in _signer_titles():
            top = ls
    return top


_NOT_SPACE = regex.compile(r"\S")


def _last_match(rx: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    """The last match of rx in text[start:end] (of those finditer gives, which do not overlap), for
    a pattern of a line's start, spaces and a word (``LINE_START + r"\\s*word"``).

    Why not finditer: from each line start its ``\\s*`` runs over all the blank lines after it, so
    n blank lines cost n²/2 steps (10 K blank lines: 3 s, 40 K: 40 s). Every line start of a run
    of spaces and line breaks reaches the same word: the pattern is tried at the first, and the
    next try is at the line after that word. (A differential test: tests/test_hostile_text.py.)"""
    last = None
    pos = start
    while pos < end:
        m = _match_in_windows(rx, text, pos, end)
        if m:
            last = m
            pos = m.end()
            if text[pos - 1] == "\n":
                continue  # (a match that ends at a line's start: finditer tries there next)
        elif pos == 0 or text[pos - 1] == "\n":
            # Each line start before the next word fails as this one did.
            word = _NOT_SPACE.search(text, pos, end)
            if word is None:
                break
            pos = word.start()
        pos = text.find("\n", pos, end) + 1
        if pos == 0:
            break
    return last


def _match_in_windows(rx: regex.Pattern, text: str, pos: int, end: int) -> regex.Match | None:
    """``rx.match(text, pos, end)``, tried on text[pos:pos + 256] first, then on windows twice as
    long while the window's end could be inside a match (a partial match).

    Why: ``regex`` looks for a word the pattern requires ("nh" of "Nơi nhận") from pos to end
    before it tries pos, so a try at each line start of 160 KB of lines cost 9 s. A complete
    match that ends inside its window is the one the whole text gives: every way tried before it
    failed inside the window."""
    size = 256
    while True:
        stop = min(end, pos + size)
        m = rx.match(text, pos, stop, partial=True)
        if m is None or stop == end:
            return rx.match(text, pos, end) if m is not None and m.partial else m
        if not m.partial and m.end() < stop:
            return m
        size *= 2


def _start_past_space(m: regex.Match) -> int:
    """Where a match starts past the white space it opens with (its patterns allow line breaks)."""
    return m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))


# --- numbered parts ------------------------------------------------------------------------

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(s: str) -> int | None:
    s = s.upper()
    if not s or any(c not in _ROMAN_VALUES for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total


_MARKERS = [
    # A part: "PHẦN I", "Phần thứ hai"; a chapter of a regulation, "Chương I", "CHƯƠNG 2" (a
    # numeral only: "Chương trình" is none).
    ("part", regex.compile(r"^[ \t]*(?P<label>(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(?:[IVXLC]+|\d+|\p{L}+)"
                           r"|(?:CHƯƠNG|Chương)\s+(?:[IVXLC]+|\d{1,2})(?!\p{L}))"
                           r"\s*[:.\-–]?\s*(?P<title>.*)$")),
    ("roman", regex.compile(r"""^[ \t]*(?!V/[vV](?!\p{L}))   # (not "V/v", "về việc": a subject line)
                                (?P<label>[IVXLHl1]{1,6})\s*
                                (?P<sep>[.:/)](?!\d)(?:\s*[-–](?=\s))?  # "II.", "II:", "II/", "II)", "II.-" (not
                                                                       # "III.1": an item under III)
                                 |[-–](?=\s*\S)     # "II- NỘI DUNG" (typed or scanned: a dash)
                                 |(?<=\s)(?=\p{Lu}{2}))  # "II NỘI DUNG": spaces alone before capitals
                                \s*(?P<title>\S.*)$""", regex.X)),
    # ("A.", "A)", and "A/", "A-" as some schools' and party plans write it: "B/ NỘI DUNG".)
    ("upper", regex.compile(r"^[ \t]*(?P<label>[A-DĐ])\s*(?:[.)/]|[-–](?=\s))"
                            r"\s*(?P<title>\p{Lu}[\p{Lu}\s,\-–]{3,}.*)$")),
    ("article", regex.compile(r"^[ \t]*(?P<label>Điều\s+\d{1,3})\s*[.:]\s*(?P<title>.*)$")),
    # ("4.1. Sở Y tế", "2) Nội dung"; a label of two levels or more may end without its dot, its
    # title opening in capitals: "4.1 Sở Thông tin và Truyền thông", not "4." titled "1 Sở …".)
    # (And a Party committee's "2- Ban Tổ chức Tỉnh ủy", "2.1- …": a dash, then a word, not a
    # figure, text.DASHED_LABEL: "2 - 3 lần/năm" is a range.)
    ("arabic", regex.compile(r"""^[ \t]*(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})
                                 (?:\s*(?:\.|\))\s*|(?<=\d\.\d{1,2})[ \t]+(?=\p{Lu})|[-–][ \t]+(?=\p{L}))
                                 (?P<title>\S.*)$""", regex.X)),
    ("letter", regex.compile(r"^[ \t]*(?P<label>[a-zđ])\s*\)\s*(?P<title>\S.*)$")),
    ("dash", regex.compile(r"^[ \t]*(?P<label>[-–•*])\s*(?P<title>\S.*)$")),
    ("plus", regex.compile(r"^[ \t]*(?P<label>\+)\s*(?P<title>\S.*)$")),
]


# A section's label alone on its line, its title on the next ("II.\nNỘI DUNG", "PHẦN I\nMỤC ĐÍCH,
# YÊU CẦU", "PHẦN THỨ HAI\nNHIỆM VỤ": PDF text layers of headings set in two lines or in a table
# cell, and the "Phần" parts of long programmes).
_BARE_LABEL = regex.compile(r"""^[ \t]*(?:
    (?P<part>(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(?:[IVXLC]+|\d+|\p{L}+)  # "PHẦN I", "Phần thứ hai"
     |(?:CHƯƠNG|Chương)\s+(?:[IVXLC]+|\d{1,2})(?!\p{L}))                # "Chương I"
    |(?P<roman>[IVXLC]{1,6})                                            # "II"
    )\s*[.:\-–]?\s*$""", regex.X)
LABEL_TITLE_LENGTH = 150  # the longest title read from the line after a bare label


def _is_label_title(line: str) -> bool:
    """Whether the line after a bare label (:data:`_BARE_LABEL`) is its title: a heading in
    capitals of two words or more, not a table row and not itself an item."""
    return (len(line) <= LABEL_TITLE_LENGTH and " " in line and not line.startswith("|")
            and _is_heading_case(line) and _item_of_line(line, 0, len(line)) is None)


# A heading that is a short label run on into its content after a colon ("I. Thời gian: 08 giờ,
# ngày 09 tháng 10 năm 2025", "II. Địa điểm: Trực tiếp tại Trụ sở Chính phủ ...": the Roman parts
# of a telegram or an invitation, 04_CD of corpus/real): the label, of one to four words, is the
# title. (A heading that ends with its colon, "III. Văn phòng Chính phủ trân trọng đề nghị:", has
# nothing after it and keeps its words.)
_LABEL_HEAD = regex.compile(r"^(\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,3})\s*:\s+\S")
# A capitals heading run on into its text ("I. MỤC TIÊU - Nâng cao ...").
_CAPITALS_HEAD = regex.compile(r"^((?:[\p{Lu}\d]+[,;]?\s+){1,12}?[\p{Lu}\d]+)\s*(?:[-–:]\s+)(?=\S)")
# A title and a bracket closing it ("NHIỆM VỤ, GIẢI PHÁP (Chi tiết tại Phụ lục kèm theo)").
_TRAILING_NOTE = regex.compile(r"^(.*?\S)\s*\(([^()]*)\)\s*$")
_YEAR_OR_FIGURE = regex.compile(r"^\d{3,}")
_DECIMAL_QUANTITY = regex.compile(r"^\d+\.\d+\s*(%|triệu|tỷ|ha|km)")
_THOUSANDS = regex.compile(r"^[ \t]*\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)")
_PART_NUMBER = regex.compile(r"(?i)(?:phần\s+(thứ\s+\S+|[ivxlc]+|\d+)|chương\s+([ivxlc]+|\d+))\b")
_PART_WORD = regex.compile(r"(?i)^(?:phần|chương)\s+")


@dataclass
class _Item:
    """A numbered or bulleted line: its marker kind (of _MARKERS), label ("II", "1.2", "-"), the
    text after the marker, where it starts (past the indentation), where its line ends, its rank."""

    kind: str
    label: str
    title_text: str
    start: int
    line_end: int
    rank: float
    ocr_read: bool = False  # a Roman label read through OCR's slips: kept only where it continues the numbering


def _top_kind(items: list[_Item]) -> str | None:
    """The marker kind of a document's top sections: "upper" where it opens with lettered parts
    ("A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG" with I.–IX. under B: an "A." before any Roman
    section, and a "B." after it), else "roman" where it has Roman sections, else None."""
    first_a = next((i for i, it in enumerate(items) if it.kind == "upper" and it.label == "A"), None)
    first_roman = next((i for i, it in enumerate(items) if it.kind == "roman"), None)
    if first_roman is None:
        return None
    if first_a is not None and first_a < first_roman and any(
            it.kind == "upper" and it.label == "B" for it in items[first_a + 1:]):
        return "upper"
    return "roman"


def _rank(kind: str, label: str, top: str | None) -> float:
    """The rank of an item of a marker kind, 0 the top: an item nests under the last item before it
    of a smaller rank. "Phần" parts stand above Roman sections where the document has those
    (rank 0) and are the top sections otherwise; "A." stands under Roman sections and in their
    place without them, and above them where the document opens with lettered parts (``top``,
    :func:`_top_kind`); "1.2." stands under "1." (one tenth of a rank per dot)."""
    if kind == "part":
        return 1 if top is None else 0
    if kind == "roman":
        return 1.5 if top == "upper" else 1
    if kind == "upper":
        return 1.5 if top == "roman" else 1
    if kind == "article":
        return 1.7
    if kind == "arabic":
        return 2 + 0.1 * label.count(".")
    if kind == "letter":
        return 3
    if kind == "dash":
        return 4
    return 5


def _heading_title(text: str) -> str | None:
    """The title of an item line: a short heading, or the words before its first colon."""
    t = text.strip().rstrip("|").strip()
    if not t:
        return None
    if len(t) <= 120 and not t.endswith((";", ",")) and (t.count(". ") == 0):
        return t.rstrip(":").strip() or None
    head = t.split(":", 1)[0]
    if ":" in t and len(head) <= 80:
        return head.strip()
    return None


def _is_heading_case(title: str) -> bool:
    """Whether at least 60% of a title's letters are capitals (as a heading's are)."""
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


# --- numbered items: which lines are items -------------------------------------------------
# Each filter takes a marker's label, its title and the whole line, and gives the item's title
# (which it may shorten), or None where the line is not an item of that kind after all (the next
# kind of _MARKERS is tried then).

def _part_title(label: str, title: str, line: str) -> str | None:
    """A "Phần" part or a "Chương" needs a number after the word ("Phần I", "Phần thứ hai",
    "Chương II"), not any word."""
    return title if _PART_NUMBER.match(label) else None


# --- OCR'd text --------------------------------------------------------------------------------

def _vietnamese_letters() -> frozenset[str]:
    """The letters of Vietnamese, with their tone marks, both cases (and f, j, w, z of loanwords)."""
    vowels, tones = "aăâeêioôơuưy", ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones} | set("bcdđghklmnpqrstvxfjwz")
    return frozenset(letters | {c.upper() for c in letters})


# A letter of the Latin-1 and Latin Extended-A blocks (U+00C0-U+017F) that Vietnamese does not
# write: Tesseract's readings of marked letters and digits in scans ("Ð" for Đ, "Ø3" for 03, "Ñ",
# "ÿ", "Š"; 2 to 4 in each of the four OCR'd plans of corpus/real3, none in the 66 typed
# documents of dev). (Latin Extended-B, "ǜ", "Ƕ", is left out: legacy-font decoding leaves those
# in typed text, 8 in p009 of corpus/real2.)
# (The standard library's re: a class of single characters searched 17 times faster than by regex,
# 28 ms over 3.8 MB.)
_FOREIGN_LETTER = re.compile(
    "[" + "".join(chr(c) for c in range(0xC0, 0x180)
                  if chr(c).isalpha() and chr(c) not in _vietnamese_letters()) + "]")
OCR_SIGNS = 2  # foreign letters that mark a text read by OCR


# The Icelandic eth, "Ð"/"ð": OCR's reading of "Đ"/"đ" among correct ones ("QĐð-DCT"), but also
# the letter some typed texts use for every "Đ" (a font's look-alike), where it is no sign of OCR.
_ETH = frozenset("Ðð")


def looks_ocr(text: str) -> bool:
    """Whether a text was read from a scan by OCR: it holds OCR_SIGNS letters foreign to
    Vietnamese or more (:data:`_FOREIGN_LETTER`); an eth counts only where the text also has the
    Vietnamese "Đ"/"đ" (a mixture is OCR's, a text typed with the eth throughout is not)."""
    signs = (m.group() for m in _FOREIGN_LETTER.finditer(text))
    has_d: bool | None = None
    found = 0
    for sign in signs:
        if sign in _ETH:
            if has_d is None:
                has_d = "Đ" in text or "đ" in text
            if not has_d:
                continue
        found += 1
        if found >= OCR_SIGNS:
            return True
    return False


# OCR's readings of Roman numerals in scanned headings: "HI- TỎ CHỨC THỰC HIỆN" (III: "II" read
# as "H"), "1- MỤC ĐÍCH, YÊU CÂU" (I read as the digit one or an "l"); seen in the text layers of
# the real chains of issue 14.
_OCR_ROMAN = str.maketrans({"H": "II", "1": "I", "l": "I"})


def ocr_roman(label: str) -> str:
    """A Roman label as typed: OCR's look-alikes read back ("HI" → "III", "1" → "I")."""
    return label.translate(_OCR_ROMAN)


def _roman_title(label: str, title: str, line: str, ocr: bool = False) -> str | None:
    """A Roman section is numbered I to XXX. A heading over 100 characters that opens with
    capitals run on into the text ("I. MỤC TIÊU - Nâng cao ...") keeps the capitals as title; a
    title still over 100 characters that is not in capitals is prose, not a heading. After a dash
    ("II- NỘI DUNG") the title is a heading in capitals, and only there may the label hold OCR's
    look-alikes ("HI-", "1-"; :func:`find_items` keeps those only where they continue the Roman
    numbering); "1. MỤC TIÊU" is an Arabic item. With spaces alone after the label ("II NỘI
    DUNG", as legal-database pages print some headings) the title is a heading in capitals and the
    label a typed Roman numeral. In a text read by OCR (``ocr``) a label with an
    "H" for "II" may have any separator ("H. THỜI GIAN, ĐỊA ĐIÊM", b08 of corpus/real3)."""
    dash = line.lstrip()[len(label):].lstrip()[:1] in ("-", "–")  # the marker's separator
    if _spaced_label(line, label) and not (ocr_roman(label) == label and _is_heading_case(title)):
        return None  # ("II NỘI DUNG": with spaces alone, only a typed label over a heading in capitals)
    if dash and not _is_heading_case(title) and not (ocr_roman(label) == label and _short_heading(title)):
        return None
    if ocr_roman(label) != label and not dash and not (ocr and "H" in label and _is_heading_case(title)):
        return None
    value = roman_value(ocr_roman(label))
    if value is None or value > 30:
        return None
    caps = _CAPITALS_HEAD.match(title)
    if caps and _is_sentence(title[caps.end():]):
        # ("I. MỤC ĐÍCH, YÊU CẦU: Nâng cao nhận thức ..." has the capitals as title, the sentence
        # after its colon is content; not a span's end, "GIAI ĐOẠN 2026 - 2030", nor a long heading
        # in capitals whose dash or colon is its own, "… PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM …".)
        title = caps.group(1)
    note = _TRAILING_NOTE.match(title)
    if note and _is_heading_case(note.group(1)) and _is_sentence(note.group(2)):
        # A note in brackets after a heading in capitals is no part of its title: "II. NHIỆM VỤ,
        # GIẢI PHÁP (Chi tiết tại Phụ lục kèm theo)".
        title = note.group(1)
    label_head = _LABEL_HEAD.match(title)
    if label_head and not _is_heading_case(title):
        title = label_head.group(1)
    if not _is_heading_case(title) and len(title) > 100:
        return None
    return title


def _is_sentence(text: str) -> bool:
    """Whether a text has letters, under 60% of them capitals (a sentence's, not a heading's)."""
    return any(c.isalpha() for c in text) and not _is_heading_case(text)


def _short_heading(title: str) -> bool:
    """Whether a title in sentence case after a true Roman label and a dash is a heading ("I- Mục
    đích, yêu cầu", "II- Nội dung": a party committee's plan, typed so): short, opening with a
    capital, no sentence's end. (A label of OCR's look-alikes, "1- Quán triệt ...", is a party
    plan's Arabic item: only a heading in capitals makes it Roman.)"""
    t = title.strip()
    return len(t) <= 80 and t[:1].isupper() and not t.rstrip(":").endswith((".", ";", ","))


def _upper_title(label: str, title: str, line: str) -> str | None:
    """An "A." section is a heading in capitals."""
    return title if _is_heading_case(title) else None


def _arabic_title(label: str, title: str, line: str) -> str | None:
    """A year or figure ("2022 ...", three digits or more), a decimal quantity ("1.5 triệu") or a
    number with a thousands separator ("20.000", "1.500 hộ": a table cell on its own line, as
    legal-database pages print them) is not an item number."""
    if _YEAR_OR_FIGURE.match(label) or _DECIMAL_QUANTITY.match(line.strip()) or _THOUSANDS.match(line):
        return None
    return title


_MARKER_FILTERS: dict[str, Callable[[str, str, str], str | None]] = {
    "part": _part_title, "upper": _upper_title, "arabic": _arabic_title}  # (Roman: _roman_title)


def find_items(text: str, start: int, end: int, ocr: bool | None = None) -> list[_Item]:
    """The numbered and bulleted lines of text[start:end] as items, ranked (see _rank). A line is
    an item of the first kind of _MARKERS whose pattern matches it and whose filter keeps it.
    ``ocr``: whether the text was read by OCR (by default :func:`looks_ocr` of the text), which
    reads Roman labels through OCR's slips (:func:`_read_ocr_romans`)."""
    if ocr is None:
        ocr = looks_ocr(text)
    items = []
    # A label alone on the line before: its kind, label, start, and the item it is without a title
    # on the next line (a "Phần" part is one, a bare Roman numeral none).
    bare: tuple[str, str, int, _Item | None] | None = None
    # The value of the last Roman section: a bare Roman label is one only where it continues the
    # numbering (a table written one cell per line has group rows "I" / "CÁC NHIỆM VỤ …" too).
    last_roman = 0
    previous, previous_item = "", False  # the last line of text, and whether it opened an item
    for ls, le, line in lines_of(text, start, end):
        if not line.strip():
            continue
        line_before, item_before = previous, previous_item
        previous, previous_item = line, False
        if bare is not None:
            kind, label, bare_start, untitled = bare
            bare = None
            title = line.strip()
            if _is_label_title(title):
                items.append(_Item(kind, label, title, bare_start, le, 0))
                last_roman = roman_value(label) or last_roman if kind == "roman" else last_roman
                continue
            if untitled is not None:
                items.append(untitled)
        item = _item_of_line(line, ls, le, ocr=ocr)
        if item is not None and _UNDOTTED_LABEL.match(line) and _SENTENCE_GOES_ON.search(line_before) \
                and not item_before:
            # (An item numbered without its dot is none where the line before is a sentence going
            # on over the break: "… nhiệm vụ tại tiểu mục\n2.1 Mục II …", "… trước ngày\n15.6
            # Năm 2025", a reviewer's cases.)
            item = None
        previous_item = item is not None
        if item is None and _ONE_CELL_ROW.match(line):
            item = _one_cell_heading(line, ls, le)
        if item is not None and item.kind == "roman" and (
                (_spaced_label(line, item.label) or _wrapped_name_numeral(line, item))
                and (roman_value(item.label) or 0) - last_roman not in (0, 1, 2)
                or _SENTENCE_GOES_ON.search(line_before)
                and (value := roman_value(ocr_roman(item.label))) is not None and value - last_roman not in (0, 1, 2)):
            # (Nor is one out of the numbering on a line after a sentence going on over the break:
            # "… Nghị quyết Đại hội\nXIII. Những định hướng …", "… tại mục\nV. Nội dung thi đấu …"
            # after I, a reviewer's PDF texts; read through OCR's look-alikes, "HI" is III.)
            # ("… ĐẠI HỘI LẦN THỨ\nXIV CỦA ĐẢNG": a title's wrap, not section XIV, p001 and p022;
            # "- Chi cục Hải quan khu vực\nXVII: đẩy mạnh …": a name's numeral wrapped to the line's
            # start, its task after the colon in lower case; a numbering that skips one goes on,
            # "II MỤC ĐÍCH" first in p004, "III" after an OCR'd "H." for II; a numeral printed
            # twice, "IV PHÂN CÔNG …" then "IV TỔ CHỨC …")
            item = None
        if item is not None and not (item.kind == "part" and not item.title_text.strip()):
            items.append(item)
            if item.kind == "roman":
                last_roman = roman_value(ocr_roman(item.label)) or last_roman
            continue
        m = _BARE_LABEL.match(line)
        if m is not None:
            kind = "part" if m.group("part") else "roman"
            label = m.group("part") or m.group("roman")
            if kind == "part" or roman_value(label) == last_roman + 1:
                bare = (kind, label, ls + (len(line) - len(line.lstrip())), item)
                continue
        if item is not None:
            items.append(item)
    if bare is not None and bare[3] is not None:
        items.append(bare[3])
    items = _read_ocr_romans(items, text, ocr)
    top = _top_kind(items)
    for it in items:
        it.rank = _rank(it.kind, it.label, top)
    return items


def _wrapped_name_numeral(line: str, item: _Item) -> bool:
    """Whether a Roman item's line is a body's name wrapped after its numeral: the numeral, a colon,
    then words in lower case ("XVII: đẩy mạnh …" of "- Chi cục Hải quan khu vực\nXVII: …"); an
    annex's "I. mục tiêu cụ thể" is a heading in lower case, no wrap."""
    return line.lstrip()[len(item.label):].lstrip().startswith(":") and item.title_text[:1].islower()


def _doubtful_roman(it: _Item) -> bool:
    """A Roman item whose label holds OCR's look-alikes ("HI-") or was read without a separator."""
    return it.kind == "roman" and (ocr_roman(it.label) != it.label or it.ocr_read)


def _read_ocr_romans(items: list[_Item], text: str, ocr: bool = False) -> list[_Item]:
    """Roman sections whose label holds OCR's look-alikes ("HI-", "1-") read as typed ("III",
    "I") where they continue the numbering of the document's typed Roman sections (the one before
    plus one; "1-" first), and read as other items, or none, otherwise.

    In a text read by OCR a label that repeats the one before ("I.", "II.", "II.", "IV.": OCR read
    III as II, in three of the four OCR'd plans of corpus/real3) is the next number where the
    numbering goes on from that next number (the Roman label after it is the one after that) or
    the document has no Roman section after it."""
    if not any(it.kind == "roman" and not _doubtful_roman(it) for it in items):
        return [it for it in items if not _doubtful_roman(it)]
    romans = [it for it in items if it.kind == "roman"]
    out: list[_Item] = []
    last = 0
    for it in items:
        if it.kind == "roman" and not _doubtful_roman(it) and ocr and last and roman_value(it.label) == last:
            later = romans[romans.index(it) + 1:]
            if not later or roman_value(ocr_roman(later[0].label)) == last + 2:
                it.label = _roman(last + 1)
        if _doubtful_roman(it):
            if roman_value(ocr_roman(it.label)) != last + 1:
                line = text[it.start:it.line_end]
                other = _item_of_line(line, it.start, it.line_end, skip=("roman",))
                if other is not None:
                    out.append(other)
                continue
            it.label = ocr_roman(it.label)
        if it.kind == "roman":
            last = roman_value(it.label) or last
        out.append(it)
    return out


# A line opening with a label of two levels or more and no dot after it ("4.1 Sở Y tế").
_UNDOTTED_LABEL = regex.compile(rf"^[ \t#*]*{UNDOTTED_LABEL}")
# A line ending in the middle of a sentence: a word in lower case or a comma, no stop.
_SENTENCE_GOES_ON = regex.compile(r"[\p{Ll},][ \t]*$")


# A table row of one cell ("| **I. MỤC ĐÍCH, YÊU CẦU** |"): a page that sets its headings in a
# one-column table, as a markdown rendering keeps it. (A group row of a table of several columns,
# "| I. Kinh tế số | | |", has more cells.)
_ONE_CELL_ROW = regex.compile(r"^[ \t]*\|[^|\n]+\|[ \t]*$")


def _one_cell_heading(line: str, ls: int, le: int) -> _Item | None:
    """The Roman section a one-cell row holds (:data:`_ONE_CELL_ROW`), its title in capitals; the
    bars read as spaces, so offsets stay the line's."""
    item = _item_of_line(line.replace("|", " "), ls, le)
    if item is None or item.kind != "roman" or not _is_heading_case(item.title_text):
        return None
    item.title_text = item.title_text.strip()
    return item


def _spaced_label(line: str, label: str) -> bool:
    """Whether a Roman label is followed by spaces alone ("II NỘI DUNG"): a section only where it
    goes on with the numbering (the same numeral, the next or the one after it), as a title
    wrapped before a numeral opens its next line so too."""
    after = line.lstrip()[len(label):]
    return after[:1].isspace() and after.lstrip()[:1] not in ".:/)-–"


def _item_of_line(line: str, ls: int, le: int, skip: tuple[str, ...] = (), ocr: bool = False) -> _Item | None:
    """The item a line (at ls to le in the text) opens, unranked; None if it opens none. The
    marker kinds in ``skip`` are not tried. ``ocr``: the text was read by OCR (see _roman_title,
    and :data:`_OCR_SPACED_ROMAN` for a line that opens no other item)."""
    indent = len(line) - len(line.lstrip())
    for kind, rx in _MARKERS:
        if kind in skip:
            continue
        m = rx.match(line)
        if not m:
            continue
        label, title = m.group("label"), m.group("title")
        if kind == "roman":
            title = _roman_title(label, title, line, ocr)
        elif (keep := _MARKER_FILTERS.get(kind)) is not None:
            title = keep(label, title, line)
        if title is None:
            continue
        return _Item(kind, label, title, ls + indent, le, 0)
    if ocr and "roman" not in skip and (m := _OCR_SPACED_ROMAN.match(line)) is not None:
        return _Item("roman", m.group("label"), m.group("title"), ls + indent, le, 0, ocr_read=True)
    return None


# A Roman heading whose separator OCR lost ("VI TỎ CHỨC THỰC HIỆN", b08 of corpus/real3): a
# label of I, V and X, a space, and a title all in capitals; in a text read by OCR only, and kept
# only where it continues the Roman numbering (:func:`_read_ocr_romans`).
_OCR_SPACED_ROMAN = regex.compile(r"^[ \t]*(?P<label>[IVX]{1,5})[ \t]+(?P<title>\p{Lu}[\p{Lu}\s,]{3,})$")


# --- numbered items: the tree --------------------------------------------------------------

def segment(text: str, layout: Layout) -> tuple[list[Section], list[Warning]]:
    """The numbered parts between the header and the closing as a tree of sections, with warnings
    for gaps and duplicates in their numbering."""
    # The body and an attached document's content (:meth:`Layout.body_spans`): a tree each, ranked
    # together (a decision's articles stand under the Roman sections of the plan it issues).
    ocr = layout.ocr
    per_span = [find_items(text, lo, hi, ocr) for lo, hi in layout.body_spans()]
    items = [it for span_items in per_span for it in span_items]
    top = _top_kind(items)
    for it in items:
        it.rank = _rank(it.kind, it.label, top)
    sections: list[Section] = []
    ids: set[str] = set()
    next_suffix: dict[str, int] = {}
    for span_items, (_lo, hi) in zip(per_span, layout.body_spans()):
        span_sections = _build_tree(span_items, hi, top, ids, next_suffix)
        _set_ends(span_items, span_sections)
        sections += span_sections
    _join_wrapped_headings(text, sections)
    return sections, _numbering_warnings(sections)


def _build_tree(items: list[_Item], end: int, top: str | None, ids: set[str],
                next_suffix: dict[str, int]) -> list[Section]:
    """A section for each item, under the last item before it of a smaller rank: its id (the
    parent's id, "__" and its own part, not one of ``ids``, to which it is added), level, parent,
    kind and title. Each section ends at end until _set_ends sets its end. ``next_suffix``: per
    id taken, the suffix to try next (see _unique_id)."""
    sections: list[Section] = []
    stack: list[tuple[_Item, Section]] = []
    bullets: dict[str | None, int] = {}  # bullets numbered so far under each parent
    for it in items:
        while stack and stack[-1][0].rank >= it.rank:
            stack.pop()
        parent = stack[-1][1] if stack else None
        parent_id = parent.id if parent else None
        level = (parent.level + 1) if parent else (0 if it.rank == 0 else max(1, int(it.rank)))
        kind = _section_kind(it, top)
        seg = _id_part(it, kind, bullets, parent_id)
        sid = _unique_id(f"{parent_id}__{seg}" if parent else seg, ids, next_suffix)
        title = (_heading_title(it.title_text) if kind != "section"
                 else it.title_text.strip().rstrip(":").strip())
        sec = Section(id=sid, label=it.label, level=level, title=title, parent=parent_id,
                      start=it.start, end=end, kind=kind, heading_end=it.line_end)
        sections.append(sec)
        stack.append((it, sec))
    return sections


def _section_kind(it: _Item, top: str | None) -> str:
    """The kind of section an item is: "part" (rank 0) or "section" (Roman, "Phần" and, where
    Roman sections are not the top (:func:`_top_kind`), "A."), "article" ("Điều 3."), "bullet"
    ("-", "+") or "item"."""
    if it.kind in ("roman", "part") or (it.kind == "upper" and top != "roman"):
        return "part" if it.rank == 0 else "section"
    if it.kind == "article":
        return "article"
    return "bullet" if it.kind in ("dash", "plus") else "item"


def _id_part(it: _Item, kind: str, bullets: dict[str | None, int], parent_id: str | None) -> str:
    """An item's own part of its id: "sec_II", "part_1", "art_3", "item_1.2", or "bullet_2" for
    the second bullet under its parent (counted in bullets)."""
    if it.kind in ("roman", "upper"):
        return f"sec_{it.label}"
    if it.kind == "part":
        return "part_" + _PART_WORD.sub("", it.label).replace(" ", "_")
    if it.kind == "article":
        return "art_" + it.label.split()[-1]
    if kind == "bullet":
        bullets[parent_id] = bullets.get(parent_id, 0) + 1
        return f"bullet_{bullets[parent_id]}"
    return f"item_{it.label}"


def _unique_id(sid: str, ids: set[str], next_suffix: dict[str, int]) -> str:
    """sid, or sid with "_2", "_3", ... if taken (a duplicated number); added to ids.

    next_suffix remembers, per sid, the first suffix not yet tried: the suffixes before it are all
    taken (ids only grow), so the search resumes there. Trying from "_2" each time cost a step per
    earlier copy: 4,000 items "1." gave 8 million look-ups (3.4 s), 40,000 items ten times that squared."""
    base = sid
    k = next_suffix.get(base, 2)
    while sid in ids:
        sid = f"{base}_{k}"
        k += 1
    next_suffix[base] = k
    ids.add(sid)
    return sid


def _set_ends(items: list[_Item], sections: list[Section]) -> None:
    """Each section ends at the start of the next item of the same or a smaller rank; one with no
    such item after it keeps the end it has (the closing's start). The items still open form a stack of rising
    ranks; an item closes every open one of its rank or deeper."""
    open_items: list[int] = []
    for j, it in enumerate(items):
        while open_items and items[open_items[-1]].rank >= it.rank:
            sections[open_items.pop()].end = sections[j].start
        open_items.append(j)


def _join_wrapped_headings(text: str, sections: list[Section]) -> None:
    """A section's heading wrapped after a comma ("I. MỤC ĐÍCH,\\nYÊU CẦU") goes on with the next
    line if that is in capitals and under 60 characters; so does a heading in capitals wrapped
    anywhere ("IV. KINH PHÍ THỰC\\nHIỆN", as legal-database pages print a table cell's lines), the
    next line right under it (no blank line) in capitals, under 60 characters and no heading."""
    starts = sorted(sec.start for sec in sections)
    for sec in sections:
        if sec.kind != "section" or not sec.title:
            continue
        line_end = text.find("\n", sec.heading_end + 1)
        nxt_start = sec.heading_end + 1
        nxt = text[nxt_start:line_end if line_end >= 0 else len(text)].strip()
        if not nxt or nxt.upper() != nxt or len(nxt) >= 60 or not any(c.isalpha() for c in nxt):
            continue
        in_capitals = sec.title.upper() == sec.title and text[sec.heading_end:nxt_start] == "\n" \
            and bisect.bisect_right(starts, nxt_start + len(nxt)) == bisect.bisect_left(starts, nxt_start)
        if sec.title.endswith(",") or in_capitals:
            sec.title = sec.title + " " + nxt


def _numbering_warnings(sections: list[Section]) -> list[Warning]:
    out = []
    by_parent: dict[str | None, list[Section]] = {}
    for s in sections:
        if s.kind in ("section", "item", "article"):
            by_parent.setdefault(s.parent, []).append(s)
    for kids in by_parent.values():
        seen: dict[str, Section] = {}
        prev_val = None
        for s in kids:
            if s.kind == "section":
                val = roman_value(s.label) if roman_value(s.label) else None
                code = "section"
            else:
                last = s.label.split(".")[-1]
                val = int(last) if last.isdigit() else (_LETTERS.index(last) + 1 if last in _LETTERS else None)
                code = "item"
            if s.label in seen:
                out.append(Warning(f"{code}-duplicate", f"{code} {s.label} appears twice", s.start))
            seen[s.label] = s
            if val is not None and prev_val is not None and val > prev_val + 1:
                missing = "–".join(sorted({str(v) for v in (prev_val + 1, val - 1)}, key=int))
                if code == "section":
                    names = [k for k, v in _roman_table().items() if prev_val < v < val]
                    out.append(Warning("section-gap",
                                       f"section {', '.join(names)} missing between {_roman(prev_val)} and {s.label}",
                                       s.start))
                else:
                    out.append(Warning("item-gap", f"item numbering jumps to {s.label} (missing {missing})",
                                       s.start))
            if val is not None:
                prev_val = val
    return out


# Vietnamese list letters run a, b, c, d, đ, e, g, h, i, k, ... (no f, j, w, z).
_LETTERS = "abcdđeghiklmnopqrstuvxy"


@functools.cache
def _roman_table() -> dict[str, int]:
    return {_roman(i): i for i in range(1, 31)}


def _roman(n: int) -> str:
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


@dataclass
class SectionIndex:
    """Finds the innermost section containing an offset."""

    sections: list[Section]
    layout: Layout
    _starts: list[int] = field(default_factory=list)
    _by_id: dict[str, Section] = field(default_factory=dict)

    def __post_init__(self):
        self.sections = sorted(self.sections, key=lambda s: (s.start, s.level))
        self._starts = [s.start for s in self.sections]
        self._by_id = {s.id: s for s in self.sections}

    def at(self, pos: int) -> str | None:
        layout = self.layout
        if layout.appendix_start is not None and pos >= layout.appendix_start:
            return "appendix"
        if layout.attachment_start is not None and pos >= layout.attachment_start:
            if layout.attachment_content_start is not None and pos < layout.attachment_content_start:
                return "attachment"  # its type line, title and "(Kèm theo …)"
            if layout.attachment_closing_start is not None and pos >= layout.attachment_closing_start:
                return "attachment_closing"
        elif pos >= layout.closing_start:
            return "closing"
        if pos < self.layout.header_end:
            return None
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= pos < s.end:
                # innermost: a later-starting section containing pos is deeper
                return s.id
            i -= 1
        return "preamble"

    def section(self, sid: str | None) -> Section | None:
        return self._by_id.get(sid) if sid is not None else None


def with_document_parts(text: str, layout: Layout, sections: list[Section]) -> list[Section]:
    """The numbered sections with the document's unnumbered parts added as sections of their own
    (level 0): the preamble (between the header and the first numbered part, when it holds text),
    the closing ("Trên đây là …", recipients, signature) and an appendix after the signature;
    sorted by start, then level."""
    # (The preamble ends at the closing at the latest: a letter carrying a draft plan has its first
    # numbered part in the draft, after its own signature.)
    first = min((s.start for s in sections if s.start < layout.closing_start), default=layout.closing_start)
    parts = []
    if first > layout.header_end and text[layout.header_end:first].strip():
        parts.append(Section(id="preamble", label="", level=0, title=None, parent=None,
                             start=layout.header_end, end=first, kind="preamble"))
    if layout.closing_start < layout.closing_end:
        parts.append(Section(id="closing", label="", level=0, title=None, parent=None,
                             start=layout.closing_start, end=layout.closing_end, kind="closing"))
    if layout.attachment_start is not None and layout.attachment_content_start is not None:
        heading = text[layout.attachment_start:text.find("\n", layout.attachment_start)].strip()
        parts.append(Section(id="attachment", label="", level=0, title=heading or None, parent=None,
                             start=layout.attachment_start, end=layout.attachment_content_start,
                             kind="attachment"))
    if layout.attachment_closing_start is not None:
        parts.append(Section(id="attachment_closing", label="", level=0, title=None, parent=None,
                             start=layout.attachment_closing_start,
                             end=layout.appendix_start if layout.appendix_start is not None else layout.body_end,
                             kind="closing"))
    if layout.appendix_start is not None:
        heading = text[layout.appendix_start:text.find("\n", layout.appendix_start)].strip()
        parts.append(Section(id="appendix", label="", level=0, title=heading or None, parent=None,
                             start=layout.appendix_start, end=layout.body_end, kind="appendix"))
    return sorted(sections + parts, key=lambda s: (s.start, s.level))
