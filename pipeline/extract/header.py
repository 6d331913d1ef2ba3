"""Header and signature block: doc type, number and symbol, issuer, place, date, title, signer.

Works on the header block located by :func:`pipeline.segment.find_layout`, whether it arrives as
separate columns (PDF/DOCX readers emit the left column before the right one), as text lines, or
flattened into one line with ``|`` pipes. Vocabulary: ``data/issuers.tsv``, ``data/signature.json``.
"""
from __future__ import annotations

import functools

import regex

from ..model import Header, Recipient, Span
from ..segment import MOTTO, NUMBER_WORD, SIGNING, Layout
from ..text import fold, lines_of, strip_marks
from ..vocab import PhraseSet, cue, doc_type_by_name, issuer_words, load_json, prefix_tree_alternation, unglued_symbol
from .dates import first_date

_SYMBOL = r"(?P<symbol>(?:\d{4}/)?\p{Lu}[\p{L}\d&.]*(?:[ \t]*[-/][ \t]*[\p{L}\d&.]+)*)"
NUMBER = regex.compile(
    rf"(?<!\p{{L}})(?:{NUMBER_WORD}|S(?:ố|ô|o)?)\s*:?[ \t]*\n?[ \t]*(?P<number>\d{{1,5}}[a-zA-Z]?)?\s*(?P<sep>[/-])\s*"
    + _SYMBOL)
# A number line whose number OCR garbled ("Số: 5 #2 /KH-BCA-C04", "Só:đÓ6 /KH-TCTLNTW-C04", "Số: 2/
# /TTr-CAT-PC04": a handwritten or stamped number; b07, b08, b09 of corpus/real3): up to six
# characters between the colon and the symbol's slash; the symbol is read, the number is none. In
# a text read by OCR only (:func:`pipeline.segment.looks_ocr`).
_GARBLED_NUMBER = regex.compile(
    rf"(?<!\p{{L}}){NUMBER_WORD}\s*:[ \t]*(?P<garbled>[^\n]{{1,6}}?)[ \t]*(?P<sep>/)[ \t]*" + _SYMBOL)
_PLACE_DATE = regex.compile(
    r"(?<!\p{L})(?P<place>(?:\p{Lu}{1,3}\.[ ]?|\p{Lu}[\p{Ll}'’]*\.?)"
    # (A word glued to an abbreviation's dot goes on: "TP.Cần Thơ".)
    r"(?:(?:[ \n]+|(?<=\.))(?:\p{Lu}[\p{Ll}'’]*\.?|trấn|phố|xã|\p{Ll}+(?=\s*,))){0,4})"
    r"\s*,\s*(?P<date>ngày\s*[^\n]{0,6}?\s*tháng[\s\S]{0,20}?năm(?:\s+\d{4}|[ \t]*$))", regex.M)
# (A date left all blank, "Hà Nội, ngày tháng năm", to be stamped by a digital signature (04_CD of
# corpus/real): the place is read, the date is none.)
# The parts of a place-date's date, each as printed (blank, digits, or OCR's reading of them).
_DATE_PARTS = regex.compile(r"ngày\s*(?P<d>\S{0,3}?)\s*tháng\s*(?P<m>\S{0,3}?)\s*năm\s+(?P<y>\d{4})")
# OCR's readings of digits in a scanned date ("ngày Ø3", "ngàyQ2"; b08, b09 of corpus/real3).
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "Q": "0", "Ø": "0", "ø": "0", "D": "0",
                             "l": "1", "I": "1", "|": "1"})


def place_date_value(date: str, ocr: bool) -> str | None:
    """The date of a place-date line's date part ("ngày 05 tháng 3 năm 2025"), as precise as its
    parts allow: a day and month that are numbers give the day, a month alone the month
    ("ngày kỖ tháng 6 năm 2026" → "2026-06"), else the year ("ngày44tháng năm 2026" → "2026").
    In a text read by OCR (``ocr``) digits' look-alikes are read as digits ("Ø3" → 03)."""
    m = _DATE_PARTS.search(date)
    if m is None:
        return None
    day, month = m.group("d"), m.group("m")
    if ocr:
        day, month = day.translate(_OCR_DIGITS), month.translate(_OCR_DIGITS)
    y = m.group("y")
    if not (month.isdigit() and 1 <= int(month) <= 12):
        return y
    if not (day.isdigit() and 1 <= int(day) <= 31):
        return f"{y}-{int(month):02d}"
    return f"{y}-{int(month):02d}-{int(day):02d}"


_RULE = regex.compile(r"[-_*=.·–—\s]+")
_SPACES = regex.compile(r"\s+")
_NOT_LINE_BREAK = regex.compile(r"[^\n]")
_FOOTNOTE_MARK = regex.compile(r"^\(\d+\)\s*")  # "(1) ỦY BAN NHÂN DÂN"
_SUBJECT_MARK = regex.compile(rf"^{cue('subject')}\s*[:.]?\s*")  # "V/v: ..." (về việc)
_BRACE = regex.compile(r"\s*\}\s*")
# The rule under a title set on the title's own line ("Thành lập Ban Chỉ đạo … ____________": a
# PDF text layer, 03_QD of corpus/real).
_TRAILING_RULE = regex.compile(r"\s+[-_=*]{3,}$")
# A recipient's purpose in brackets at the end ("(để thực hiện)", "(b/c)").
_PURPOSE = regex.compile(r"\(([^()]{1,20})\)\s*[;.]?\s*(?:\([^()]*\)\s*)?$")
_FILED = regex.compile(r"(?i)^lưu\b")  # "Lưu: VT"


@functools.cache
def _signature():
    return load_json("signature.json")


def _starts_with_any(line: str, words: tuple[str, ...]) -> bool:
    """The line in capitals is one of the words or opens with one and a space or a dot."""
    return _word_openings(words).opens(line.upper())


@functools.cache
def _word_openings(words: tuple[str, ...]) -> PhraseSet:
    return PhraseSet(words, separators=" .")


def _contains_place(line: str, places: tuple[str, ...]) -> bool:
    """A place word stands in the line, in capitals, between spaces or at an end."""
    return bool(_place_words(places).search(" " + line.upper() + " "))


@functools.cache
def _place_words(places: tuple[str, ...]) -> regex.Pattern:
    # (One search for all the places, " HUYỆN " or " TỈNH ", rather than a search for each.)
    words = [p for p in places if p not in ("DÂN", "NHÂN DÂN")]
    if not words:
        return regex.compile("(?!)")
    return regex.compile(r"\ (?:" + prefix_tree_alternation(words, space=regex.escape(" ")) + r")\ ")


# "Số:" opening the number line, whatever follows it (a blank, or an OCR'd "Z6 /QĐÐ-UBND" that
# NUMBER cannot read): no part of the issuer.
_NUMBER_LABEL = regex.compile(rf"(?:^|\s){NUMBER_WORD}\s*:")


def split_issuer(lines: list[str], joint: bool = False) -> tuple[str | None, str | None]:
    """(parent_issuer, issuer) from the issuer lines of a header's left column; of a ``joint``
    document's header, whose issuers' columns a text layer runs together, the first column's
    ("UBND TỈNH BÌNH ĐỊNH BÁO THANH NIÊN" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO": the partner's name, a body
    of its own after the place, is left out)."""
    orgs, places = issuer_words()
    units: list[str] = []
    for line in lines:
        line = " ".join(line.split()).strip(" ._")  # (OCR's stray "_" after "BỘ CÔNG AN", b09)
        if not line:
            continue
        # (A body's name broken inside its words, "ỦY" / "BAN NHÂN DÂN" as a legal-database page
        # wraps the cell: the first piece names no body, the two joined do.)
        if (units and (_starts_with_any(line, places) and not _starts_with_any(line, orgs))
                or units and not _starts_with_any(line, orgs)
                or units and not _starts_with_any(units[-1], orgs)
                and _starts_with_any(units[-1] + " " + line, orgs)):
            units[-1] += " " + line
        else:
            units.append(line)
    # One flattened line holding two bodies ("UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC & ĐÀO TẠO"): a
    # body of a place (HUYỆN ...) followed by one of its offices. (An office is named by two
    # words or more: the last word of "THÀNH PHỐ HẢI PHÒNG" is a city's, no office.)
    if len(units) == 1 and _contains_place(units[0], places):
        words = units[0].split()
        for i in range(2, len(words) - 1):
            rest = " ".join(words[i:])
            if _starts_with_any(rest, orgs) and not _starts_with_any(rest, places) \
                    and len(words[:i]) >= 2 and _starts_with_any(" ".join(words[:i]), orgs):
                units = [" ".join(words[:i]), rest]
                break
    if joint and len(units) == 2 and (cut := _body_after_place(units[0], orgs, places)):
        units[0] = " ".join(units[0].split()[:cut])
    if not units:
        return None, None
    if len(units) == 1:
        return None, units[0]
    return " ".join(units[:-1]), units[-1]


def _body_after_place(line: str, orgs, places) -> int | None:
    """The number of words of a body of a place ("UBND TỈNH BÌNH ĐỊNH") a second body's name
    follows on a line ("BÁO THANH NIÊN"), None where none does."""
    words = line.split()
    if not _contains_place(line, places):
        return None
    for i in range(3, len(words) - 1):
        rest = " ".join(words[i:])
        if _starts_with_any(rest, orgs) and not _starts_with_any(rest, places) \
                and _starts_with_any(" ".join(words[:i]), orgs) and _contains_place(" ".join(words[:i]), places):
            return i
    return None


# A joint document's symbol: its type's code ending in "LT" (liên tịch), then the issuers' codes.
_JOINT_SYMBOL = regex.compile(r"(?:\d+[-/])?\p{Lu}+LT[-/]")


def _is_rule(s: str) -> bool:
    return bool(_RULE.fullmatch(s))


def extract_header(text: str, layout: Layout, header: Header) -> Header:
    hstart = layout.body_start
    hend = layout.doc_type_span[0] if layout.doc_type_span else layout.header_end
    block = text[hstart:hend]
    # Number and symbol.
    ocr = layout.ocr
    m = NUMBER.search(block) or (_GARBLED_NUMBER.search(block) if ocr else None)
    if m:
        header.number = m.groupdict().get("number")
        # (A hyphen a text layer lost put back: "Số: 2915/QĐBYT", QĐ-BYT.)
        header.symbol = unglued_symbol(_SPACES.sub("", m.group("symbol")).rstrip("."))
        header.code = f"{header.number}{m.group('sep')}{header.symbol}" if header.number else None
        header.spans["number"] = Span(hstart + m.start(), hstart + m.end())
    # Place and date.
    pm = _PLACE_DATE.search(block)
    if pm:
        header.place = " ".join(pm.group("place").split())
        first = first_date(text, hstart + pm.start("date"), hstart + pm.end("date") + 1)
        if first:
            header.issued_date = first.value
        # A day or month OCR misread, or a day left blank: the date as precise as its parts allow.
        read = place_date_value(pm.group("date"), ocr)
        if read is not None and len(read) > len(header.issued_date or ""):
            header.issued_date = read
        header.spans["issued_date"] = Span(hstart + pm.start(), hstart + pm.end())
    # Issuer: capital lines/cells of the header that are none of the above.
    # The motto may wrap over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"): blank it out first.
    blanked = MOTTO.sub(lambda mm: _NOT_LINE_BREAK.sub(" ", mm.group(0)), text[hstart:hend])
    cells: list[tuple[int, str]] = []
    for ls, _le, line in lines_of(blanked):
        ls += hstart
        pos = ls
        for cell in line.split("|"):
            cells.append((pos, cell))
            pos += len(cell) + 1
    issuer_lines: list[str] = []
    first_issuer = None
    ruled = False  # a rule line under the issuer's lines
    for pos, cell in cells:
        c = cell.strip()
        if not c or _is_rule(c):
            # (A line of its own: not a pipe table's "|---|---|" row.)
            ruled = ruled or bool(c and issuer_lines and "|" not in text[text.rfind("\n", 0, pos) + 1:pos])
            continue
        if layout.title_span and layout.title_span[0] <= pos < layout.title_span[1]:
            continue
        stop = len(c)
        for rx in (MOTTO, NUMBER, _PLACE_DATE, _NUMBER_LABEL):
            mm = rx.search(c)
            if mm:
                stop = min(stop, mm.start())
        part = _FOOTNOTE_MARK.sub("", c[:stop].strip(" .-|"))
        if not part:
            if issuer_lines and _NUMBER_LABEL.match(c):
                break  # the number line closes the issuer's lines
            continue
        letters = [ch for ch in part if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) >= 0.85 * len(letters) and len(part) < 90:
            # (Capitals after a rule closing a body and its parent are a second issuer's column:
            # a joint plan's partner, "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH / THÀNH PHỐ …" beside "ỦY
            # BAN NHÂN DÂN THÀNH PHỐ … / SỞ GIÁO DỤC VÀ ĐÀO TẠO", m127; the first column's body is
            # the issuer. After a body alone the rule parts it from its office: "UBND TỈNH AN GIANG
            # / ------- / SỞ Y TẾ", or it is the motto's, printed first.)
            if ruled and split_issuer(issuer_lines)[0] is not None:
                break
            ruled = False
            if first_issuer is None:
                first_issuer = pos + cell.find(part[:5])
            issuer_lines.append(part)
        elif issuer_lines:
            break
    # (A joint document's type code ends in "LT", "KHLT-SGDĐT-BTN": its issuers side by side.)
    joint = bool(header.symbol) and bool(_JOINT_SYMBOL.match(header.symbol or ""))
    parent, issuer = split_issuer(issuer_lines, joint)
    header.parent_issuer, header.issuer = parent, issuer
    if issuer and first_issuer is not None:
        header.spans["issuer"] = Span(first_issuer, first_issuer + len(" ".join(issuer_lines)))
    # Document type and title.
    if layout.doc_type_span:
        s, e = layout.doc_type_span
        line = text[s:e]
        key = fold(line).split()
        dt_table = doc_type_by_name()
        matched = None
        for n in range(len(key), 0, -1):
            dt = dt_table.get(" ".join(key[:n]))
            if dt and fold(dt.header) == " ".join(key[:n]):
                matched = n
                break
        words = line.split()
        if matched:
            header.doc_type = " ".join(words[:matched])
            rest = " ".join(words[matched:])
        else:
            header.doc_type, rest = line.strip(), ""
        header.spans["doc_type"] = Span(s, e)
        title_parts = [rest] if rest else []
        if layout.title_span and layout.title_span[0] <= s < layout.title_span[1]:
            # The type's words inside the title's line, as OCR ran a scan's columns together
            # (:func:`pipeline.segment._ocr_type_in_line`): the title is the rest.
            title_parts.append(text[layout.title_span[0]:s] + " " + text[e:layout.title_span[1]])
        elif layout.title_span:
            title_parts.append(text[layout.title_span[0]:layout.title_span[1]])
        title = " ".join(" ".join(title_parts).split())
        title = _after_authority(title, header)
        title = _ATTACHED_SUBTITLE.sub("", title)
        title = _TRAILING_RULE.sub("", _SUBJECT_MARK.sub("", title))
        header.title = title or None
    elif layout.title_span:
        title = " ".join(text[layout.title_span[0]:layout.title_span[1]].split())
        header.title = _TRAILING_RULE.sub("", _SUBJECT_MARK.sub("", title)) or None
    if layout.title_span:
        header.spans["title"] = Span(*layout.title_span)
    extract_signature(text, layout, header)
    return header


_SPACE_BEFORE_DOT = regex.compile(r"(?<=^\p{Lu}{1,3})\s+\.")
_NAME = regex.compile(r"^(?:\p{Lu}[\p{Ll}]*\.?\s+){1,5}\p{Lu}[\p{Ll}]+$")
# A second signing capacity inside a capacity line, after a space ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH").
_INNER_CAPACITY = regex.compile(rf"(?<=\s){cue('signing_capacities', any_case=False)}\s*\p{{Lu}}")
# The gap between the two columns of a footer laid out as text (recipients left, signature right):
# three spaces or more, or a table cell's bar.
_COLUMN_GAP = regex.compile(r"[ ]{3,}|[ ]*\|[ ]*")
# A footer whose two columns a page's text ran onto the recipients' line with single spaces
# ("Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn A", text
# copied from a web page; "Nơi nhận: T/M BAN THƯỜNG VỤ"): the signature from a capacity after the
# heading's colon or a recipient's end, a word in capitals after it (not "Q. Hải Châu", a district).
_CAPACITY_AFTER_RECIPIENTS = regex.compile(
    rf"(?<=[.;,:)]\s+){cue('signing_capacities', any_case=False)}\s*\p{{Lu}}{{2,}}(?=\s|$)")
# A markdown table's rule row ("|---|---|", its last cell "---"): no line of the signature.
_TABLE_RULE = regex.compile(r"[-:| ]+")


# An older decision's authority before its subject, the official gazette's number and date between
# ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 115/2004/QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004 VỀ VIỆC …", "CỦA BỘ
# TRƯỞNG BỘ TÀI CHÍNH về việc …", "CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ V/v …").
_AUTHORITY_HEADING = regex.compile(
    rf"^{cue('issuing_authority')}\s+(?P<body>.+?)"
    r"(?:\s+(?i:số)\s*:?\s*(?P<number>\d{1,5})(?P<sep>/)(?P<symbol>\S+))?"
    r"(?:\s+(?P<date>(?i:ngày)\s+\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4}))?"
    rf"\s+{cue('subject_opening')}\s*:?\s+(?P<title>\S.*)$")


# The subtitle of a document issued with a decision, run on after its title ("QUY ĐỊNH VỀ … ( Ban
# hành kèm theo Quyết định số …05…./2006/ QĐ-UBND … )"): no part of the title.
_ATTACHED_SUBTITLE = regex.compile(rf"\s*\(\s*{cue('attached')}\s.*$")


def _after_authority(title: str, header: Header) -> str:
    """The title after an issuing authority that opens it (:data:`_AUTHORITY_HEADING`), with the
    number and the date a gazette's heading gives there when the header has none, and the
    authority as issuer when the header names none."""
    m = _AUTHORITY_HEADING.match(title)
    if m is None:
        return title
    if header.number is None and header.symbol is None and m.group("number"):
        header.number, header.symbol = m.group("number"), m.group("symbol").rstrip(".,")
        header.code = f"{header.number}{m.group('sep')}{header.symbol}"
    if header.issued_date is None and m.group("date"):
        read = place_date_value(m.group("date").lower(), False)
        if read:
            header.issued_date = read
    if header.issuer is None:
        header.issuer = m.group("body")
    return m.group("title")


def _flattened_title(capacity: str, titles: list[str]) -> tuple[int, int, int | None] | None:
    """(start, end) of a signer's title (of ``titles``, longest first) inside a capacity line,
    after at least two words of the capacity, followed by the line's end or a name alone; and
    where that name starts (None without one)."""
    for t in titles:
        # (In any case: a title in lower case after a capacity in capitals, "KT. THỐNG ĐỐC phó
        # Thống đốc", 20 of corpus/legacy.)
        for m in regex.finditer(rf"(?i)(?<=\s){regex.escape(t)}(?=\s|$)", capacity):
            rest = capacity[m.end():].strip()
            if len(capacity[:m.start()].split()) >= 2 and (not rest or _NAME.match(rest)):
                return m.start(), m.end(), (capacity.index(rest, m.end()) if rest else None)
    return None


def _title_then_name(line: str, titles: list[str]) -> int | None:
    """Where the name starts in a line of a signer's title (of ``titles``, in capitals) followed by
    a name alone; None for any other line."""
    for t in titles:
        if line.startswith(t + " "):
            rest = line[len(t):].strip()
            if _NAME.match(rest) and len(rest.split()) <= 6:
                return line.index(rest, len(t))
    return None


def _signature_cell(s: int, e: int, line: str) -> tuple[int, int, str]:
    """A footer line's text in the signature column: the line without spaces and bars around it,
    or, where a gap parts it into columns after a recipients' column ("Nơi nhận:   TM. ỦY BAN
    NHÂN DÂN", "- Như trên;      KT. CHỦ TỊCH") or table cells, its last column. (A gap inside a
    name, "Nguyễn   Văn An", parts nothing.)"""
    core = line.strip(" \t|")  # (bars and spaces around it: "| | Nguyễn Văn An |", an empty left cell)
    # A table's last cell whole: a gap inside it is no column but the blank lines a signature
    # leaves over its name, flattened ("| Nơi nhận: - … | KT. CHỦ TỊCH PHÓ CHỦ TỊCH    Phạm Văn A |",
    # a database page's footer row whose cell's "<br>" became spaces).
    cells = [c for c in core.split("|") if c.strip()]
    if len(cells) > 1:
        core = cells[-1].strip()
    cells = [c for c in _COLUMN_GAP.split(core) if c.strip()]
    if len(cells) > 1 and (cells[0].startswith(("-", "+", "•")) or _RECIPIENT_HEAD.match(cells[0])):
        core = cells[-1].strip()
    elif _RECIPIENT_HEAD.match(core):
        inner = _CAPACITY_AFTER_RECIPIENTS.search(core)
        if inner is not None:
            core = core[inner.start():]
    start = s + line.rfind(core) if core else s
    return start, start + len(core), core


def _first_document_footer(text: str, layout: Layout, start: int) -> tuple[int, int] | None:
    """(start, end) of the footer of the document the header opens where a second document's
    header (the motto) follows its signature before ``start`` (a Tờ trình carrying the draft of
    the plan it submits, with the draft's own header and footer: b09 of corpus/real3): from the
    last recipients' heading before that motto, or from its signing capacity, to the motto."""
    first_sig = SIGNING.search(text, layout.header_end, start)
    if first_sig is None:
        return None
    motto = MOTTO.search(text, first_sig.end(), start)
    if motto is None:
        return None
    end = text.rfind("\n", 0, motto.start()) + 1
    footer = max((m.start() for m in _FOOTER_HEAD.finditer(text, layout.header_end, first_sig.start())), default=None)
    return (footer if footer is not None else first_sig.start()), end


def extract_signature(text: str, layout: Layout, header: Header) -> None:
    start = layout.footer_start if layout.footer_start is not None else layout.closing_start
    end = layout.body_end
    first = _first_document_footer(text, layout, start)
    if first is not None:
        start, end = first
    sig = _signature()
    titles = sorted(sig["titles"], key=len, reverse=True)
    lines = [_signature_cell(s, e, line) for s, e, line in lines_of(text, start, end)]
    lines = [x for x in lines if x[2] and not _TABLE_RULE.fullmatch(x[2])]
    cap_idx = None
    for i, (_s, _e, line) in enumerate(lines):
        if SIGNING.match(line):
            cap_idx = i
            break
    # Capacities stacked ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH": a deputy
    # signs for the head, who signs for the collective): the capacity is the last one, the line
    # the signer's title stands under (5 of the 14 dev plans of corpus/real2).
    while cap_idx is not None and cap_idx + 1 < len(lines) and SIGNING.match(lines[cap_idx + 1][2]):
        cap_idx += 1
    if cap_idx is not None:
        # Recipients left of the signature column between its lines ("- Như Điều 3;") are not in it.
        lines = lines[:cap_idx + 1] + [x for x in lines[cap_idx + 1:] if not x[2].startswith(("-", "+"))]
    title_idx = None
    side_by_side = False
    if cap_idx is not None:
        cs, ce, capacity = lines[cap_idx]
        # Stacked capacities flattened onto one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"): the last.
        # Two of the same kind are two signatures side by side, a joint plan's ("KT. GIÁM ĐỐC KT.
        # TỔNG BIÊN TẬP" over "PHÓ GIÁM ĐỐC PHÓ TỔNG BIÊN TẬP"): the first, its issuer's, the
        # title and the name under it cut to the first column's (:func:`_first_column`).
        inner = max(_INNER_CAPACITY.finditer(capacity), key=lambda m: m.start(), default=None)
        side_by_side = inner is not None and _capacity_kind(capacity) == _capacity_kind(capacity[inner.start():])
        if side_by_side and inner is not None:
            capacity = capacity[:inner.start()].rstrip()
        elif inner is not None:
            cs, capacity = cs + inner.start(), capacity[inner.start():]
        nxt = lines[cap_idx + 1][2] if cap_idx + 1 < len(lines) else ""
        # Capacity, title (and name) flattened onto one line ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn
        # Minh"): a title a signer holds after the capacity's own words, then a name or nothing;
        # read first where a name follows the title on the line, as the line under such a row is
        # no title ("KẾ HOẠCH" of the plan a decision issues, after the decision's footer row).
        split = _flattened_title(capacity, titles)
        named = split is not None and split[2] is not None
        if not named and nxt.upper() == nxt and nxt and not _NAME.match(nxt) and len(nxt) < 60:
            title_idx = cap_idx + 1
        else:
            if split is not None:
                t_start, t_end, name_start = split
                header.signer_title = capacity[t_start:t_end]
                header.spans["signer_title"] = Span(cs + t_start, cs + t_end)
                if name_start is not None:
                    header.signer = capacity[name_start:].strip()
                    header.spans["signer"] = Span(cs + name_start, cs + len(capacity))
                capacity = capacity[:t_start].rstrip()
        # (A space a converter left before the capacity's dot, "TM . UBND THÀNH PHỐ", is none.)
        header.signing_capacity = _SPACE_BEFORE_DOT.sub(".", " ".join(capacity.split()), count=1)
        header.spans["signing_capacity"] = Span(cs, cs + len(capacity))
    else:
        for i, (ls, _e, line) in enumerate(lines):
            if line.upper() == line and any(fold(line) == fold(t) for t in titles):
                title_idx = i
                break
            # A title signed in person and its name in one cell ("BỘ TRƯỞNG Nguyễn Văn An": a
            # database page's footer table).
            flat = _title_then_name(line, titles)
            if flat is not None:
                header.signer_title, header.signer = line[:flat].rstrip(), line[flat:]
                header.spans["signer_title"] = Span(ls, ls + len(header.signer_title))
                header.spans["signer"] = Span(ls + flat, ls + len(line))
                break
    if title_idx is not None:
        ts, te, title = lines[title_idx]
        if side_by_side:
            title = title[:_first_column(title, titles)]
            te = ts + len(title)
        header.signer_title = " ".join(title.split())
        header.spans["signer_title"] = Span(ts, te)
    after = (title_idx if title_idx is not None else cap_idx)
    if after is not None and header.signer is None:
        # The name within the four lines under the title, past the recipients' lines of a footer
        # laid out as text, which the name stands below ("- Lưu: VT, CN." over "Hoàng Chí Hiền",
        # b04 of corpus/real3; counted apart), and past a rank before it ("Thượng tướng").
        looked = 0
        for s, e, line in lines[after + 1:]:
            if line.startswith(("-", "+", "(")):
                continue
            looked += 1
            if looked > 4:
                break
            rank = _rank_before_name(line)
            name = line[rank:].strip()
            name_start = s + rank + len(line[rank:]) - len(line[rank:].lstrip())
            if side_by_side and (two := _two_names(name)) is not None:
                name, e = two, name_start + len(two)
            if _NAME.match(name) and len(name.split()) <= 6:
                header.signer = name
                header.spans["signer"] = Span(name_start, e)
                break


def _capacity_kind(capacity: str) -> str:
    """The kind of a signing capacity, its word before the dot, folded ("kt", "tm")."""
    return fold(capacity.strip().split(".")[0].replace(" ", ""))


def _first_column(line: str, titles: list[str]) -> int:
    """Where the first of two signers' titles side by side ends in their line (the longest of
    ``titles`` it opens with: "PHÓ GIÁM ĐỐC" of "PHÓ GIÁM ĐỐC PHÓ TỔNG BIÊN TẬP"); the line's end
    where it opens with none."""
    for t in titles:
        if fold(line).startswith(fold(t) + " "):
            return len(t)
    return len(line)


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(load_json("responsibilities.json")["surnames"])


def _two_names(line: str) -> str | None:
    """The first of two persons' names side by side on a line ("Trương Công Hiển Đặng Ngọc Bảo
    Trâm" → "Trương Công Hiển"): cut before a family name (surnames) where both parts hold two words
    at least, the parts as even as may be (a family name is a given name too: "Lê Văn Hà Nguyễn
    Thị Lan" is cut before "Nguyễn"); None where no such cut is."""
    words = line.split()
    cuts = [i for i in range(2, len(words) - 1) if words[i] in _surnames()]
    if not cuts:
        return None
    i = min(cuts, key=lambda k: abs(len(words) - 2 * k))
    return " ".join(words[:i])


@functools.cache
def _ranks() -> regex.Pattern:
    """A rank of the armed forces or the police before a signer's name (signature.json "ranks"),
    matched without marks and with a hyphen or spaces between its words ("Thường-tướng", as OCR
    reads Thượng tướng)."""
    words = sorted({strip_marks(r).lower() for r in _signature()["ranks"]}, key=len, reverse=True)
    return regex.compile(r"^(?i:" + "|".join(regex.escape(w).replace(r"\ ", r"[\s\-]+") for w in words)
                         + r")\s+(?=\p{Lu})")


@functools.cache
def _degrees() -> regex.Pattern:
    """Academic and professional titles before a signer's name (signature.json "degrees"), each
    with its dot, one or more, run together or spaced ("PGS.TS. ", "ThS. ", "NGƯT. ")."""
    words = sorted(_signature()["degrees"], key=len, reverse=True)
    return regex.compile(r"^(?:(?:" + "|".join(regex.escape(w) for w in words) + r")\.\s*)+(?=\p{Lu})")


def _rank_before_name(line: str) -> int:
    """Where the name starts after a rank or a degree opening the line ("Đại tá Bùi Duy Hưng",
    "PGS.TS. Nguyễn Văn An"); 0 without one."""
    m = _ranks().match(strip_marks(line))  # (as long as the line: one letter for each letter)
    if m:
        return m.end()
    d = _degrees().match(line)
    return d.end() if d else 0


_RECIPIENT_HEAD = regex.compile(rf"^\s*{cue('recipients')}\s*:?\s*(?P<rest>.*)$")
_FOOTER_HEAD = regex.compile(rf"(?m)^\s*{cue('recipients')}\s*:?")  # "Nơi nhận:" opening a line


def _purpose(raw: str) -> str | None:
    table = _signature()["purposes"]
    key = fold(raw).strip(" ()")
    return table.get(key, key or None)


def extract_recipients(text: str, layout: Layout) -> list[Recipient]:
    if layout.footer_start is None:
        return []
    out: list[Recipient] = []
    lines = list(lines_of(text, layout.footer_start, layout.body_end))
    started = False
    for s, e, line in lines:
        if not started:
            hm = _RECIPIENT_HEAD.match(line)
            if not hm:
                continue
            started = True
            rest = hm.group("rest").strip()
            if not rest:
                continue
            line = rest
            s = e - len(rest)
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith(("-", "+", "•")):
            if out and not SIGNING.match(stripped) and stripped.startswith("("):
                continue
            break
        body = stripped.lstrip("-+• ").strip()
        body = _BRACE.sub(" ", body)
        purpose = None
        pm = _PURPOSE.search(body)
        if pm and (fold(pm.group(1)) in _signature()["purposes"] or "/" in pm.group(1)):
            purpose = _purpose(pm.group(1))
            body = body[:pm.start()]
        name = body.strip().rstrip(";.,").strip()
        if _FILED.match(name):
            purpose = purpose or "lưu"
        if name:
            start = s + line.find(stripped[:3]) if stripped else s
            out.append(Recipient(name=name, purpose=purpose, start=start, end=e))
    return out
