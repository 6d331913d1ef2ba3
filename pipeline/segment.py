"""Segmentation: where the document is, and its parts.

``find_body`` finds the document inside web-page chrome. ``find_layout`` marks the header block
(issuer, number, place-date, document type, title), the preamble, the closing (from "Trên đây là",
"Nơi nhận" or the signature) and ``segment`` builds the tree of numbered parts: Roman sections
(or "Phần I" / "A." where a document uses those as its top level) and nested 1. / 1.1. / a) / - / +
items, with Akoma-Ntoso-style ids, levels, parents and spans, and warnings for numbering gaps and
duplicates.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import regex

from .model import Section, Warning
from .scan import LINE_START
from .text import fold, lines_of
from .vocab import doc_type_line, patterns


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


# The national motto (state documents) or the party's name (party documents), right column.
MOTTO = regex.compile(
    r"(?i:CỘNG\s+H[OÒ][ÀA]?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM)"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|(?i:Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc)")
PLACE_DATE = regex.compile(
    r"(?P<place>[\p{Lu}][\p{L}'’ .]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2}|\s*)\s*tháng\s+"
    r"(?P<m>\d{1,2}|\s*)\s*năm\s+(?P<y>\d{4})", regex.I)
_PLACE_DATE_CUE = regex.compile(r",\s*ngày\s", regex.I)


def has_place_date(line: str) -> bool:
    """Whether PLACE_DATE matches in a line, without its search of the whole line (which tries a
    place name of up to 41 letters at every letter of it). A place-date's comma opens a ", ngày ";
    its place starts at most 41 characters and the spaces before that comma, so the pattern is
    tried only at those positions, before each ", ngày "."""
    for cue in _PLACE_DATE_CUE.finditer(line):
        comma = cue.start()
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

    @property
    def closing_end(self) -> int:
        return self.appendix_start if self.appendix_start is not None else self.body_end

    def content_spans(self, start: int | None = None) -> list[tuple[int, int]]:
        """The parts that carry content: the body between header and closing, and appendices."""
        spans = [(self.header_end if start is None else start, self.closing_start)]
        if self.appendix_start is not None:
            spans.append((self.appendix_start, self.body_end))
        return spans


_PREAMBLE_START = regex.compile(
    r"^\s*(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Nhằm|Để|Theo|Kính\s+gửi|Ngày\s+\d|Trong\s|Qua\s|"
    r"Sau\s|Tiếp\s+tục|Hưởng\s+ứng|Với\s|Phần\s|PHẦN\s|[IVX]+\s*[.:]|\d+\.\s)", regex.I)
_AUTHORITY = regex.compile(
    r"^\s*(?:CHỦ\s+TỊCH|ỦY\s+BAN|UỶ\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|"
    r"GIÁM\s+ĐỐC|HIỆU\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÍNH\s+PHỦ|HỘI\s+ĐỒNG)\b")
# A preamble that cites a document ("Căn cứ ...", "Thực hiện Kế hoạch số ...") ends a title.
_CITING_START = regex.compile(r"^\s*(?:Căn\s+cứ|Thực\s+hiện\s+(?:\S+\s+){1,3}(?:số|\d))")
_NUMBER_LINE = regex.compile(r"^\s*\|?\s*Số\s*:")  # "Số: 12/KH-UBND"
_NUMBER_CELL = regex.compile(r"(?:^|\s|\|)Số\s*:")
_NUMBER_WORD_LINE = regex.compile(r"^\s*\|?\s*Số\b")
_RULE_LINE = regex.compile(r"[-_*=|. ]+")
_IMAGE_OR_RULE = regex.compile(r"!\[.*|[-_*=. ]+")
_ARTICLES_INTRO = regex.compile(r"\b(QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT)\s*:\s*$")
_SUBJECT_LINE = regex.compile(r"^\s*(V/v|v/v)\s*[:.]?\s*(.+)$")  # a letter's "V/v ..." line
_CLOSING_TEXT = regex.compile(LINE_START + r"\s*Trên\s+đây(?:\s+là)?\b", regex.M | regex.I)
_APPENDIX = regex.compile(LINE_START + r"[ \t]*(?:PHỤ\s+LỤC|Phụ\s+lục\s+[IVX\d]+)\b", regex.M)
_FOOTER = regex.compile(LINE_START + r"\s*N[ơo]i\s+nh[ậa]n\s*:?", regex.M | regex.I)
# The signing-capacity line: TM. (on behalf of), KT. (for the head), Q. (acting), TL., TUQ.;
# party documents write "T/M".
SIGNING = regex.compile(LINE_START + r"\s*(?:(?:TM|KT|Q|TL|TUQ|T\.M)\s*[./]|T/M|K/T)\s*\p{Lu}", regex.M)


def find_body(text: str) -> tuple[int, int]:
    """Span of the document inside web-page chrome (menus, metadata, related-document lists)."""
    lines = list(lines_of(text))
    # 1. An official header: the motto, a number line or a document-type line near the top.
    first_marker = None
    for idx, (s, e, line) in enumerate(lines):
        if (MOTTO.search(line) and len(line) < 200) or doc_type_line(line) \
                or _NUMBER_LINE.match(line):
            first_marker = idx
            break
    start_idx = 0
    if first_marker is not None:
        # Walk back over the issuer lines (capitals, rules, pipes) above the marker.
        j = first_marker
        while j > 0:
            prev = lines[j - 1][2].strip()
            if not prev:
                j -= 1
                continue
            core = prev.strip("|").strip()
            if (core and core.upper() == core and len(core) < 80 and not is_chrome(prev)) \
                    or _RULE_LINE.fullmatch(prev) or has_place_date(prev) or _NUMBER_CELL.search(prev):
                j -= 1
                continue
            break
        start_idx = j
        # Walking back may have reached a blank line: skip it.
        while start_idx < first_marker and not lines[start_idx][2].strip():
            start_idx += 1
        # A document-type line found first, with chrome after it, is a page title: ignore.
    else:
        # 2. No header: the first line of content that is not followed by more chrome.
        nonempty = [i for i, (_, _, line) in enumerate(lines) if line.strip()]
        start_idx = nonempty[0] if nonempty else 0
        for k, i in enumerate(nonempty[:80]):
            if is_chrome(lines[i][2]):
                continue
            following = nonempty[k + 1:k + 3]
            if any(is_chrome(lines[j][2]) for j in following):
                continue
            start_idx = i
            break
    body_start = lines[start_idx][0] if start_idx < len(lines) else 0
    # Trailing chrome (credits, comment forms) after the last line of the document.
    end_idx = len(lines) - 1
    while end_idx > start_idx and (not lines[end_idx][2].strip() or is_chrome(lines[end_idx][2])):
        end_idx -= 1
    body_end = lines[end_idx][1]
    return body_start, body_end


def find_layout(text: str, body: tuple[int, int]) -> Layout:
    body_start, body_end = body
    lines = [l for l in lines_of(text, body_start, body_end)]
    doc_type_span = None
    title_span = None
    header_end = body_start
    # The document type line: first within the first ~40 lines.
    dt_idx = None
    for idx, (s, e, line) in enumerate(lines[:40]):
        if doc_type_line(line):
            if _ARTICLES_INTRO.search(line):
                continue  # "QUYẾT ĐỊNH:" introducing articles
            dt_idx = idx
            core = line.strip().strip("|").strip()
            cs = s + line.find(core)
            doc_type_span = (cs, cs + len(core))
            break
    # The header block: its lines (motto, number, place-date) up to the first line of content.
    header_lines_end = 0
    for idx, (s, e, line) in enumerate(lines[:30]):
        if MOTTO.search(line) or has_place_date(line) or _NUMBER_WORD_LINE.search(line):
            header_lines_end = idx + 1
        elif header_lines_end and len(line.strip()) > 80:
            break
    if dt_idx is not None:
        # Title: non-blank lines after the type line, up to a blank line or the preamble. A type
        # line that carries its title ("KẾ HOẠCH TRIỂN KHAI ...") takes only capitals lines more.
        t_start = t_end = None
        dt_line = lines[dt_idx][2].strip().strip("|").strip()
        type_line_has_title = len(dt_line.split()) > 3
        idx = dt_idx + 1
        while idx < len(lines) and not lines[idx][2].strip():
            idx += 1
        while idx < len(lines):
            s, e, line = lines[idx]
            core = line.strip().strip("|").strip()
            if not core:
                if t_start is not None:
                    # A capitals title may go on after a blank line ("... TÂN MỸ" / "GIAI ĐOẠN 2020-2025").
                    nxt = next((l for _, _, l in lines[idx + 1:idx + 3] if l.strip()), "")
                    title_so_far = text[t_start:t_end]
                    if (title_so_far.upper() == title_so_far and nxt.strip().upper() == nxt.strip()
                            and 0 < len(nxt.strip()) < 80 and not _PREAMBLE_START.match(nxt.strip())
                            and not _AUTHORITY.match(nxt.strip()) and not doc_type_line(nxt)):
                        idx += 1
                        continue
                    break
                idx += 1
                continue
            if _IMAGE_OR_RULE.fullmatch(core):
                idx += 1
                if t_start is not None:
                    break
                continue
            if _PREAMBLE_START.match(core) and t_start is not None:
                break
            if _PREAMBLE_START.match(core) and _CITING_START.match(core):
                break
            if t_start is None and type_line_has_title and core.upper() != core:
                break
            if t_start is not None and _AUTHORITY.match(core) and core.upper() == core:
                break
            if t_start is not None and len(text[t_start:e]) > 400:
                break
            cs = s + line.find(core)
            if t_start is None:
                t_start = cs
            t_end = cs + len(core)
            idx += 1
        if t_start is not None:
            title_span = (t_start, t_end)
            header_end = t_end
        else:
            header_end = doc_type_span[1]
    elif header_lines_end:
        header_end = lines[header_lines_end - 1][1]
        # A letter (công văn) has no type line: its subject is the "V/v ..." line of the header.
        for s, e, line in lines[:header_lines_end + 3]:
            vm = _SUBJECT_LINE.match(line)
            if vm:
                title_span = (s + vm.start(1), e)
                header_end = max(header_end, e)
        # Flattened headers may carry an untyped title right after (d20): capital lines.
        idx = header_lines_end if title_span is None else len(lines)
        t_start = t_end = None
        while idx < len(lines):
            s, e, line = lines[idx]
            core = line.strip().strip("|").strip()
            if not core:
                if t_start is not None:
                    break
                idx += 1
                continue
            if core.upper() == core and len(core) > 15 and not MOTTO.search(core):
                cs = s + line.find(core)
                t_start = t_start if t_start is not None else cs
                t_end = cs + len(core)
                idx += 1
                continue
            break
        if t_start is not None:
            title_span = (t_start, t_end)
            header_end = t_end
    # Closing: the recipients ("Nơi nhận", the last one) or else the signature, preceded by a
    # closing sentence ("Trên đây là ...") not far before; an appendix ("PHỤ LỤC") may follow.
    closing_start = body_end
    footer_start = None
    fm = None
    for fm in _FOOTER.finditer(text, header_end, body_end):
        pass
    if fm:
        footer_start = fm.start() + (len(fm.group(0)) - len(fm.group(0).lstrip()))
    else:
        region_start = max(header_end, body_start + int((body_end - body_start) * 0.5))
        sm = None
        for sm in SIGNING.finditer(text, region_start, body_end):
            pass
        if sm:
            footer_start = sm.start() + (len(sm.group(0)) - len(sm.group(0).lstrip()))
    appendix_start = None
    if footer_start is not None:
        closing_start = footer_start
        am = _APPENDIX.search(text, footer_start, body_end)
        if am:
            appendix_start = am.start()
    cm = None
    for cm in _CLOSING_TEXT.finditer(text, header_end, closing_start):
        pass
    if cm and closing_start - cm.start() < 4000:
        closing_start = cm.start() + (len(cm.group(0)) - len(cm.group(0).lstrip()))
    return Layout(body_start=body_start, body_end=body_end, header_end=header_end,
                  doc_type_span=doc_type_span, title_span=title_span,
                  closing_start=closing_start, footer_start=footer_start, appendix_start=appendix_start)


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
    ("part", regex.compile(r"^[ \t]*(?P<label>(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(?:[IVXLC]+|\d+|\p{L}+))\s*[:.\-–]?\s*(?P<title>.*)$")),
    ("roman", regex.compile(r"^[ \t]*(?P<label>[IVXL]{1,6})\s*[.:/)]\s*(?P<title>\S.*)$")),
    ("upper", regex.compile(r"^[ \t]*(?P<label>[A-D])\s*[.)]\s+(?P<title>\p{Lu}[\p{Lu}\s,\-–]{3,}.*)$")),
    ("article", regex.compile(r"^[ \t]*(?P<label>Điều\s+\d{1,3})\s*[.:]\s*(?P<title>.*)$")),
    ("arabic", regex.compile(r"^[ \t]*(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.|\))\s*(?P<title>\S.*)$")),
    ("letter", regex.compile(r"^[ \t]*(?P<label>[a-zđ])\s*\)\s*(?P<title>\S.*)$")),
    ("dash", regex.compile(r"^[ \t]*(?P<label>[-–•*])\s*(?P<title>\S.*)$")),
    ("plus", regex.compile(r"^[ \t]*(?P<label>\+)\s*(?P<title>\S.*)$")),
]


# A capitals heading run on into its text ("I. MỤC TIÊU - Nâng cao ...").
_CAPITALS_HEAD = regex.compile(r"^((?:[\p{Lu}\d]+[,;]?\s+){1,12}?[\p{Lu}\d]+)\s*(?:[-–:]\s+)(?=\S)")
_YEAR_OR_FIGURE = regex.compile(r"^\d{3,}")
_DECIMAL_QUANTITY = regex.compile(r"^\d+\.\d+\s*(%|triệu|tỷ|ha|km)")
_PART_NUMBER = regex.compile(r"(?i)phần\s+(thứ\s+\S+|[ivxlc]+|\d+)\b")
_PART_WORD = regex.compile(r"(?i)^phần\s+")


@dataclass
class _Item:
    kind: str
    label: str
    title_text: str
    start: int
    line_end: int
    rank: float


def _rank(kind: str, label: str, has_roman: bool) -> float:
    if kind == "part":
        return 0 if has_roman else 1
    if kind == "roman":
        return 1
    if kind == "upper":
        return 1 if not has_roman else 1.5
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
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def segment(text: str, layout: Layout) -> tuple[list[Section], list[Warning]]:
    start, end = layout.header_end, layout.closing_start
    items: list[_Item] = []
    for ls, le, line in lines_of(text, start, end):
        if not line.strip():
            continue
        for kind, rx in _MARKERS:
            m = rx.match(line)
            if not m:
                continue
            label, title = m.group("label"), m.group("title")
            if kind == "roman":
                if roman_value(label) is None or roman_value(label) > 30:
                    continue
                caps = _CAPITALS_HEAD.match(title)
                if caps and len(title) > 100:
                    title = caps.group(1)
                # "I." headings are in capitals or short; Roman numerals in prose are not.
                if not _is_heading_case(title) and len(title) > 100:
                    continue
            if kind == "upper" and not _is_heading_case(title):
                continue
            if kind == "arabic":
                # "2022 ..." years or figures are not item numbers.
                if _YEAR_OR_FIGURE.match(label):
                    continue
                if _DECIMAL_QUANTITY.match(line.strip()):
                    continue
            if kind == "part" and not _PART_NUMBER.match(label):
                continue
            items.append(_Item(kind, label, title, ls + (len(line) - len(line.lstrip())), le, 0))
            break
    has_roman = any(i.kind == "roman" for i in items)
    for it in items:
        it.rank = _rank(it.kind, it.label, has_roman)
    sections: list[Section] = []
    warnings: list[Warning] = []
    stack: list[tuple[_Item, Section]] = []
    counters: dict[tuple, int] = {}
    ids: set[str] = set()
    for idx, it in enumerate(items):
        while stack and stack[-1][0].rank >= it.rank:
            stack.pop()
        parent = stack[-1][1] if stack else None
        level = (parent.level + 1) if parent else (0 if it.rank == 0 else max(1, int(it.rank)))
        if it.kind in ("roman", "part") or (it.kind == "upper" and not has_roman):
            kind = "part" if it.rank == 0 else "section"
        elif it.kind == "article":
            kind = "article"
        else:
            kind = "bullet" if it.kind in ("dash", "plus") else "item"
        if it.kind == "roman":
            seg = f"sec_{it.label}"
        elif it.kind == "part":
            seg = "part_" + _PART_WORD.sub("", it.label).replace(" ", "_")
        elif it.kind == "upper":
            seg = f"sec_{it.label}"
        elif it.kind == "article":
            seg = "art_" + it.label.split()[-1]
        elif kind == "bullet":
            n = counters.get((parent.id if parent else None, "bullet"), 0) + 1
            counters[(parent.id if parent else None, "bullet")] = n
            seg = f"bullet_{n}"
        else:
            seg = f"item_{it.label}"
        sid = f"{parent.id}__{seg}" if parent else seg
        base, k = sid, 2
        while sid in ids:
            sid = f"{base}_{k}"
            k += 1
        ids.add(sid)
        title = (_heading_title(it.title_text) if kind != "section" else it.title_text.strip().rstrip(":").strip())
        sec = Section(id=sid, label=it.label, level=level, title=title,
                      parent=parent.id if parent else None, start=it.start, end=end,
                      kind=kind, heading_end=it.line_end)
        sections.append(sec)
        stack.append((it, sec))
    # Ends: the start of the next item of the same or higher rank. The items still open form a
    # stack of rising ranks; an item closes every open one of its rank or deeper.
    open_items: list[int] = []
    for j, it in enumerate(items):
        while open_items and items[open_items[-1]].rank >= it.rank:
            sections[open_items.pop()].end = sections[j].start
        open_items.append(j)
    # A wrapped level-1 heading ("I. MỤC ĐÍCH,\nYÊU CẦU") continues on the next capitals line.
    for sec in sections:
        if sec.kind == "section" and sec.title and sec.title.endswith(","):
            line_end = text.find("\n", sec.heading_end + 1)
            nxt = text[sec.heading_end + 1:line_end if line_end >= 0 else len(text)].strip()
            if nxt and nxt.upper() == nxt and len(nxt) < 60:
                sec.title = sec.title + " " + nxt
    warnings += _numbering_warnings(sections)
    return sections, warnings


def _numbering_warnings(sections: list[Section]) -> list[Warning]:
    out = []
    by_parent: dict[str | None, list[Section]] = {}
    for s in sections:
        if s.kind in ("section", "item", "article"):
            by_parent.setdefault(s.parent, []).append(s)
    for parent, kids in by_parent.items():
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
        if self.layout.appendix_start is not None and pos >= self.layout.appendix_start:
            return "appendix"
        if pos >= self.layout.closing_start:
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
        return self._by_id.get(sid)


def with_document_parts(text: str, layout: Layout, sections: list[Section]) -> list[Section]:
    """The numbered sections with the document's unnumbered parts added as sections of their own
    (level 0): the preamble (between the header and the first numbered part, when it holds text),
    the closing ("Trên đây là …", recipients, signature) and an appendix after the signature;
    sorted by start, then level."""
    first = min((s.start for s in sections), default=layout.closing_start)
    parts = []
    if first > layout.header_end and text[layout.header_end:first].strip():
        parts.append(Section(id="preamble", label="", level=0, title=None, parent=None,
                             start=layout.header_end, end=first, kind="preamble"))
    if layout.closing_start < layout.closing_end:
        parts.append(Section(id="closing", label="", level=0, title=None, parent=None,
                             start=layout.closing_start, end=layout.closing_end, kind="closing"))
    if layout.appendix_start is not None:
        heading = text[layout.appendix_start:text.find("\n", layout.appendix_start)].strip()
        parts.append(Section(id="appendix", label="", level=0, title=heading or None, parent=None,
                             start=layout.appendix_start, end=layout.body_end, kind="appendix"))
    return sorted(sections + parts, key=lambda s: (s.start, s.level))
