"""Normalisation that keeps offsets: clean → a text whose every position maps back to the raw text.

The normalised text is what all extractors read and what every ``start``/``end`` indexes. It is
the raw text with: Unicode NFC (a character's combining marks past the 32nd dropped); HTML tables
written as pipe rows (:mod:`pipeline.html_tables`); line endings, non-breaking and zero-width
spaces unified; markdown heading ("# "), bold and italic markers dropped (the line breaks inside a
bold span of a few lines joined with a space: a heading hard-wrapped in a legal-database page,
"**I. MỤC\\nĐÍCH, YÊU CẦU**"); a zero that OCR read as the letter o inside a figure made a zero
("9o%" → "90%"); in a text typed with the Icelandic eth for every "Đ" ("Bộ Kế hoạch và Ðầu tư",
a font's look-alike), the eth made "Đ" (and for every "đ", "đ"); "- +" double bullets reduced to
"+"; and lines broken in the middle of a sentence — by a hard wrap, or by a blank line at a page
break ("của Liên\\n\\nđoàn", "ngày 23 tháng\\n4 năm 2018") — joined with one space. The
document's spelling is kept: old and new tone placement ("hoà"/"hòa") are unified only by
:func:`pipeline.text.fold`, the key used for matching.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

import regex

from .html_tables import BREAK_TAG, html_table_edits
from .layout_tables import layout_table_spans
from .scan import LINE_START, regex_spaces
from .tables import line_table_spans
from .text import DASHED_LABEL, UNDOTTED_LABEL, fold, lines_of, strip_marks
from .vocab import alternation, cue, cue_phrases, doc_type_headers, load_json, province_names, words

__all__ = ["normalize", "NormalizedText", "OffsetMap"]

@dataclass
class OffsetMap:
    """Maps positions of an edited text back to the text it was made from.

    ``anchors`` pairs (new_offset, old_offset) at the start of every kept stretch; positions inside
    a stretch map linearly, positions inside a replacement map to the replaced span's start.
    """

    new_starts: list[int] = field(default_factory=list)
    old_starts: list[int] = field(default_factory=list)
    kept_lengths: list[int] = field(default_factory=list)

    def to_old(self, pos: int) -> int:
        i = bisect.bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return pos
        delta = pos - self.new_starts[i]
        return self.old_starts[i] + min(delta, self.kept_lengths[i])

    def to_new(self, pos: int) -> int | None:
        """Where a kept character of the old text stands in the new one; None where an edit
        replaced it. (Entries are in the old text's order; an insertion comes before the kept
        stretch starting where it stands.)"""
        i = bisect.bisect_right(self.old_starts, pos) - 1
        if i < 0 or pos >= self.old_starts[i] + self.kept_lengths[i]:
            return None
        return self.new_starts[i] + pos - self.old_starts[i]


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping (start, end, replacement) edits sorted by start."""
    out: list[str] = []
    omap = OffsetMap()
    pos = 0
    new_len = 0
    for start, end, repl in edits:
        if start < pos:
            continue
        if start > pos:
            omap.new_starts.append(new_len)
            omap.old_starts.append(pos)
            omap.kept_lengths.append(start - pos)
            out.append(text[pos:start])
            new_len += start - pos
        if repl:
            omap.new_starts.append(new_len)
            omap.old_starts.append(start)
            omap.kept_lengths.append(0)
            out.append(repl)
            new_len += len(repl)
        pos = end
    omap.new_starts.append(new_len)
    omap.old_starts.append(pos)
    omap.kept_lengths.append(len(text) - pos)
    out.append(text[pos:])
    return "".join(out), omap


@dataclass
class NormalizedText:
    text: str
    maps: list[OffsetMap]
    page_starts: list[int]  # offsets of page starts in the raw text
    # Where a markdown cell's line break ("Bộ Xây dựng<br>Bộ Tư pháp") stands in the text, as the
    # space it became (a cell's lines read as one line of the table).
    cell_breaks: tuple[int, ...] = ()

    def to_raw(self, pos: int) -> int:
        for omap in reversed(self.maps):
            pos = omap.to_old(pos)
        return pos

    def page_of(self, pos: int) -> int | None:
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, self.to_raw(pos))


_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Zero-width characters, the soft hyphen, and the bidirectional marks, embeddings and isolates
# (text copied from web pages and word processors carries them between words).
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]")
# The characters of the two classes above: most texts have none, and looking for each with ``in``
# is quicker than a pattern's pass.
_SPACE_CHARACTERS = "\u00a0" + "".join(map(chr, range(0x2000, 0x200b))) + "\u202f\u205f\u3000\t"
_INVISIBLE_CHARACTERS = ("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060"
                         "\u2066\u2067\u2068\u2069\ufeff\u00ad")
_SPACE_BEFORE_BREAK = re.compile(" \n")
# Bullets of Word's symbol fonts, which a PDF's text layer keeps as private-use characters: the
# Symbol font's bullet and others (U+F0B7, U+F0A7, …) are bullets, its minus (U+F02D) a dash.
_SYMBOL_BULLETS = "\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf06e\uf0e8"
_SYMBOL_BULLET = regex.compile(f"[{_SYMBOL_BULLETS}]")
_SYMBOL_DASH = regex.compile("\uf02d")
# An en or em dash opening a line before a space: a list's bullet as Word's autoformat and OCR
# print it ("– Sở Y tế …", "— Khoa Công nghệ Cơ khí, … phối hợp …"), read as the hyphen every
# reader of items takes (the same length: offsets keep).
_DASH_BULLET = regex.compile(r"(?m)(?<=^[ \t]*)[–—](?=[ \t])")
# A bold marker; "***" (bold italic, "***I. MỤC ĐÍCH***") is one marker, dropped whole.
_BOLD = regex.compile(r"(?<!\*)\*\*\*(?!\*)|\*\*")
# A markdown ATX heading's markers: "# I. QUAN ĐIỂM", "## 1. Hoàn thiện thể chế", "### **II.
# NHIỆM VỤ**" (repositories and RAG datasets keep legal-database pages as markdown with "#" headings;
# the marker hides the heading's label from the segmenter). Up to three spaces before, one to six
# "#" and a space after (CommonMark); the optional closing run of "#" is dropped too.
_ATX_OPENING = regex.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?=\S)", regex.M)
_ATX_CLOSING = regex.compile(r"(?<=^[ ]{0,3}#{1,6}[ \t]+\S[^\n]*?)[ \t]+#+[ \t]*$", regex.M)
# A bold span over a few lines with no blank line between them: a legal-database page rendered to
# markdown hard-wraps a heading in the middle, and the wrap falls anywhere ("**I. MỤC\nĐÍCH, YÊU
# CẦU**", "**III.\nĐÁNH GIÁ …**", "**TM. ỦY BAN NHÂN\nDÂN**": 267 such spans in the 14 dev plans of
# corpus/real2). The opening marker is followed by a letter or digit (not by a space or a line
# break: those are closing markers, "**ỦY BAN NHÂN DÂN\n**"); every line of the span holds text.
_BOLD_SPAN = regex.compile(
    r"(?<!\*)\*\*\*?(?=[^\s*])[^*\n]*+"  # the opening marker ("**", "***") and the first line
    r"(?:\n(?=[ \t\r]*[^\s*])[^*\n]*+){1,3}"  # 1 to 3 more lines, none blank (possessive: linear)
    r"\*\*\*?(?!\*)")
# A Roman heading set bold with its text run on after the bold on the same line ("**II. NỘI DUNG**
# Triển khai …", as a legal-database page renders a heading and its first paragraph run together):
# the bold's closing marker and the spaces after it become a line break, which the dropped marker
# alone would lose (the title ran on into the sentence). The label, a separator, then the title
# up to the marker (heading case checked by :func:`_run_on_heading_edits`), a letter after it.
_RUN_ON_HEADING = regex.compile(
    r"^[ \t]*\*\*\*?(?=[IVXLC]{1,6}[ \t]*[.\-–/)])"  # the opening marker before a Roman label
    r"(?P<head>[^*\n]{4,160}?)"                     # label, separator and title
    r"(?P<close>\*\*\*?[ \t]+)(?=\p{L})", regex.M)  # the closing marker, spaces, a letter


def _run_on_heading_edits(text: str) -> list[tuple[int, int, str]]:
    """A line break for the closing marker (and the spaces after it) of each bold Roman heading
    with text run on after it (:data:`_RUN_ON_HEADING`) whose letters are at least 80% capitals."""
    if "**" not in text:
        return []
    edits = []
    for m in _RUN_ON_HEADING.finditer(text):
        letters = [c for c in m.group("head") if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            edits.append((m.start("close"), m.end("close"), "\n"))
    return edits


# The same in italics, for a heading short enough to be one ("*2.1. Sở\nTài chính*", "*2.3.\nCông
# an tỉnh*": a plan's unit headings set in italics; at most ``ITALIC_HEADING`` characters, so that
# italic preamble lines, "*Căn cứ …;\nCăn cứ …;*", stay apart).
# (A footnote's mark "(*)" opens and closes none: "15.600(*)\n|\n21.000(*)", two cells of a table
# written one cell a line, were joined as one italic span.)
_ITALIC_SPAN = regex.compile(
    r"(?<![*\w])\*(?=[^\s*)])[^*\n]*+"
    r"(?:\n(?=[ \t\r]*[^\s*])[^*\n]*+){1,3}"
    r"(?<!\()\*(?![*\w])")
ITALIC_HEADING = 160
_SPAN_BREAK = regex.compile(r"\r?\n")
_WORD_CHARACTER = regex.compile(r"\w")
# Tags left in text copied from a web page ("<span class='text_page_counter'>(1)</span>").
_HTML_TAG = regex.compile(r"</?(?:span|div|p|br|b|i|u|strong|em|a|font|sup|sub)\b[^<>\n]{0,200}>", regex.I)


def _between_words(text: str, m: regex.Match) -> bool:
    """Whether the tag ``m`` has no space on either side (so removing it glues two words)."""
    return m.start() > 0 and m.end() < len(text) and not text[m.start() - 1].isspace() \
        and not text[m.end()].isspace()


_DOUBLE_BULLET = regex.compile(LINE_START + r"([ ]*)[-–][ ]*\+[ ]+", regex.M)
# A line break (with any blank lines, which a page break leaves) between two parts of one sentence:
# what ``(?<=\S)[ ]*\n(?:[ ]*\n)*[ ]*(?=\S)`` finds, found from the line breaks (:func:`_breaks`).
_LINE_BREAK_RUN = re.compile(r"\n[ \n]*")
# What opens a line that is no continuation of the one before: a bullet, a number, an article, the
# recipients' heading (in its own case: "nơi nhận hồ sơ" continues a sentence).
_ITEM_START = regex.compile(
    rf"(?:[-–+•*]\s|\d+(?:\.\d+)*[.)]\s|{UNDOTTED_LABEL}|{DASHED_LABEL}|[a-zđ][).]\s|[IVXLC]+[.)]\s"
    rf"|Điều\s+\d|{cue('recipients', any_case=False)})")
# A Roman numeral opening a line, a label's or a quarter's ("IV.", "IV/2026", "III ").
_ROMAN_OPENING = regex.compile(r"[IVXLC]{1,5}(?=[./\s]|$)")
# A Roman label before a heading in capitals ("III. TỔ CHỨC THỰC HIỆN"): a section's, whatever
# ends the line before.
_CAPITALS_AFTER_LABEL = regex.compile(r"[IVXLC]{1,5}[./)]?[ \t]+\p{Lu}{2,}[ \t,]+\p{Lu}")
# A line of a list's label alone ("1.", "2.3.", "a)"), up to the break after it.
_LABEL_LINE = regex.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][).])[ \t]*$")
_URLISH = regex.compile(r"[\w.-]+\.(?:vn|com|org|net)\b|https?:|www\.|/")
_TERMINAL = ".;:!?…\"”'|)]"
_LAST_WORD = regex.compile(r"(\p{L}+)[^\w\n]*$")
# A character and the combining marks after it (text in decomposed form), or marks opening the text.
_MARKED_CHARACTER = regex.compile(r"\P{M}\p{M}+|^\p{M}+")
# The most combining marks kept on one character; those past it are dropped. A Vietnamese letter
# carries two at most ("ệ": circumflex and dot below); a run of thousands is no text, and NFC
# orders a run's marks by a sort that costs its length squared (1 MB of alternating marks: 295 s).
MOST_MARKS = 32
_MARK = regex.compile(r"\p{M}")  # (most texts have none: composed already)
# A figure in which OCR read a zero as the letter o: digits and o's, one of each at least, no
# letter on either side ("9o%", "1oo%", "25o trẻ em", "o5 bể", "1o/5/2019"; a scanned district
# plan of the probes, m317, printed 14 aims and its date so). No Vietnamese word is made of them;
# "CO2" keeps its letters, a letter before its o.
_OCR_ZERO = regex.compile(r"(?<![\p{L}\d])(?:\d+[oO][\doO]*|[oO]+\d[\doO]*)(?![\p{L}\d])")
_ZERO = str.maketrans("oO", "00")
_LINE_ENDING = regex.compile(r"\r\n?")
# The Icelandic eth as the look-alike of "Đ" (U+00D0 for U+0110) in a text with no "Đ" at all (of
# "đ" likewise): a held-out snippet from vanban.chinhphu.vn writes every capital "Đ" so, beside a
# real "đ", and its "Bộ Kế hoạch và Ðầu tư" was no ministry's name. (Eths among real "Đ" are
# OCR's slips, the sign of a scan segment.looks_ocr counts: left as read.)
_ETH_LOOK_ALIKE = str.maketrans("Ðð", "Đđ")


def _eth_edits(text: str) -> list[tuple[int, int, str]]:
    """Each eth of a text written with it for every "Đ" (or every "đ") made the letter
    (:data:`_ETH_LOOK_ALIKE`)."""
    eths = "".join(eth for eth, letter in (("Ð", "Đ"), ("ð", "đ")) if eth in text and letter not in text)
    if not eths:
        return []
    return [(m.start(), m.end(), m.group().translate(_ETH_LOOK_ALIKE)) for m in re.finditer(f"[{eths}]", text)]


def _trailing_spaces(text: str):
    """(start, end) of each run of spaces before a line break or at the end of the text: what
    ``[ ]+(?=\\n)|[ ]+\\Z`` finds, found from the literal " \\n" (a pattern opening with a space
    is tried at every space of the text)."""
    for m in _SPACE_BEFORE_BREAK.finditer(text):
        start = end = m.start() + 1
        while start > 0 and text[start - 1] == " ":
            start -= 1
        yield start, end
    if text.endswith(" "):
        yield len(text.rstrip(" ")), len(text)


def _breaks(text: str):
    """(start, end) of each run of spaces and line breaks holding a line break, between two
    characters that are not spaces (``regex``'s ``\\S``): the spaces before its first line break
    and everything up to the next character. Found from the line breaks with ``re``, not by a
    pattern tried at every character."""
    spaces = regex_spaces()
    n = len(text)
    for m in _LINE_BREAK_RUN.finditer(text):
        start, end = m.span()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if start > 0 and end < n and text[start - 1] not in spaces and text[end] not in spaces:
            yield start, end


# The end of a period wrapped onto a line of its own ("- 2025"), after a line ending in its first
# year.
_PERIOD_END = regex.compile(r"[-–][ \t]*(?:19|20)\d\d(?!\d)")
_YEAR_BEFORE_BREAK = regex.compile(r"(?<!\d)(?:19|20)\d\d[ \t]*\Z")


def _bold_wrap_edits(text: str) -> list[tuple[int, int, str]]:
    """A space for each line break inside a bold span (:data:`_BOLD_SPAN`), or a short italic one
    (:data:`_ITALIC_SPAN`), that is a hard wrap:
    not before an item ("**1. Sở Y tế:\n- chủ trì**"), a signer's title or signing capacity (a
    signature block set bold whole: "**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**")."""
    if "*" not in text:
        return []
    titles = _signer_titles()
    edits = []
    spans = list(_BOLD_SPAN.finditer(text)) if "**" in text else []
    spans += [m for m in _ITALIC_SPAN.finditer(text) if m.end() - m.start() <= ITALIC_HEADING]
    for m in spans:
        for b in _SPAN_BREAK.finditer(text, m.start(), m.end()):
            line_end = text.find("\n", b.end(), m.end())
            nxt = text[b.end():m.end() if line_end < 0 else line_end].replace("**", "").strip()
            # (A period's dash is no bullet: "**… GIAI ĐOẠN 2023\n- 2025**" wraps a heading's years.)
            period = _PERIOD_END.match(nxt) and _YEAR_BEFORE_BREAK.search(text, m.start(), b.start())
            if not period and (_ITEM_START.match(nxt) or _SIGNING_LINE.match(nxt)
                               or (nxt.isupper() and fold(nxt) in titles)):
                continue
            edits.append((b.start(), b.end(), " "))
    return edits


def _italic_marker_edits(text: str) -> list[tuple[int, int, str]]:
    """The single "*" of markdown emphasis, dropped: a legal-database page sets the place-date, the
    preamble and the recipients' heading in italics ("*Nơi nhận:*", "*Căn cứ Luật …;*": 26 in
    p036 of corpus/real2), and a marker before "Nơi nhận" hides the footer. A "*" is kept where it
    is no marker: between spaces or line ends (a bullet "* …", "được đánh dấu *"), between two
    letters or digits ("2*3"), in a footnote mark "(*)", or next to another "*" (bold markers and
    rules of stars are not single)."""
    edits = []
    pos = text.find("*")
    n = len(text)
    while pos >= 0:
        before = text[pos - 1] if pos else "\n"
        after = text[pos + 1] if pos + 1 < n else "\n"
        if "*" not in (before, after) and not (
                (before.isspace() and after.isspace())
                or (_WORD_CHARACTER.match(before) and _WORD_CHARACTER.match(after))
                or (before == "(" and after == ")")):
            edits.append((pos, pos + 1, ""))
        pos = text.find("*", pos + 1)
    return edits


@functools.cache
def _signer_titles() -> frozenset[str]:
    return frozenset(fold(t) for t in load_json("signature.json")["titles"])


_SIGNING_LINE = regex.compile(rf"{cue('signing_capacities')}\s*\p{{Lu}}")


# An abbreviation in capitals in brackets, then a word in lower case: "(IIP) tăng", "(GRDP) đạt".
_ABBREVIATION_GOING_ON = regex.compile(r"\([\p{Lu}\d][\p{Lu}\d&.-]{1,11}\)[ \t]+\p{Ll}")


# A line of a few words over two lines of figures alone or a figure and a row's number: a table's
# cell written one a line by a PDF's text layer, its unit's ("Số hợp tác xã thành lập mới\nhợp tác
# xã\n20\n25"), no sentence going on; or each line after a blank one, as a web page's table copied as
# text writes its cells ("… đa chiều\n\nđiểm\n\n1-1,5\n\n1,1"). (A page's number alone after a line
# is one figure; so is one after a blank line when the figure before it had none.)
_FIGURE_CELL = r"[^\p{L}\d\n]{0,3}\d[\d.,]*(?:[ \t]*[-–][ \t]*\d[\d.,]*)?[ \t]*%?"  # "1.200", "1-1,5", "≥ 92%"
_CELL_BEFORE_VALUES = regex.compile(
    rf"[ \t]*\p{{Ll}}[^\n\d]{{0,30}}\n(?P<blank>[ \t]*\n)?"
    rf"[ \t]*{_FIGURE_CELL}[ \t]*\n(?(blank)[ \t]*\n|)"
    rf"[ \t]*(?:{_FIGURE_CELL}|[IVX]{{1,4}}|[-–])[ \t]*\n")


def _join_edits(text: str) -> list[tuple[int, int, str]]:
    no_end = _no_end_words()
    type_headers = doc_type_headers()
    edits = []
    tables = sorted(_line_table_spans(text) + layout_table_spans(text))
    # A page's number alone on its line inside a sentence, the next line going on in lower case
    # ("Sở Văn hóa, Thể thao \n3\nvà Du lịch triển khai …", "Công \n3\nan tỉnh"): the page
    # break of a PDF's text layer; the number is dropped and the sentence joined.
    paged = [(m.start(), m.end()) for m in _PAGE_NUMBER_INSIDE.finditer(text)
             if not _in_spans(tables, m.start(), m.end())]
    edits += [(a, b, " ") for a, b in paged]
    for start, end in _breaks(text):
        if _in_spans(paged, start, start + 1):
            continue
        last_char = text[start - 1]
        # (A dash compound's second field after a line break is no bullet: "Hội đồng Thi đua\n- Khen
        # thưởng tỉnh".)
        if text[end] in "-–" and (dashed := _dash_compounds().search(text, max(0, start - 30), end + 40)) \
                and dashed.start() < start and dashed.end() > end:
            edits.append((start, end, " "))
            continue
        # (Nor is a period's last year after a line ending with its first: "… GIAI ĐOẠN 2026\n- 2030";
        # a milestone's bullet, "- 2030: …", is a list's item.)
        if text[end] in "-–" and (last := _PERIOD_END.match(text, end)) and text[last.end():last.end() + 1] != ":" \
                and (first := _YEAR_BEFORE_BREAK.search(text, max(0, start - 5), start)) \
                and int(first.group().strip()) < int(last.group()[-4:]):
            edits.append((start, end, " "))
            continue
        if text[end].isupper() and "\n" not in text[start + 1:end] and not _in_spans(tables, start, end) \
                and _LABEL_LINE.search(text, max(0, start - 12), start):
            # A list's label alone on its line, as a PDF's text layer writes Word's numbering: the
            # item goes on after it ("1.\nVăn phòng Sở", "a)\nCác trường THPT").
            edits.append((start, end, " "))
            continue
        if "\n" not in text[start + 1:end] and last_char.isalpha() and _ROMAN_OPENING.match(text, end) \
                and (last_word := _LAST_WORD.search(text, max(0, start - 40), start)) \
                and fold(last_word.group(1)) in _roman_takers() and not last_word.group(1).isupper() \
                and not _in_spans(tables, start, end) and not _CAPITALS_AFTER_LABEL.match(text, end):
            # A Roman numeral after a word that takes one goes on: "Quý\nIV.", "tại Mục\nIII.",
            # "Phụ lục\nIV." (no section's label opens the line there; an annex's caption in capitals,
            # "PHỤ LỤC\nII. …", is a heading's end).
            edits.append((start, end, " "))
            continue
        if last_char in _TERMINAL or _ITEM_START.match(text, end, end + 12) or _URLISH.match(text, end):
            continue
        if _between_table_rows(text, start, end) or _in_spans(tables, start, end) \
                or _CELL_BEFORE_VALUES.match(text, end):
            continue
        before = text[max(0, start - 40):start]
        first_char = text[end]
        blank_lines = text.count("\n", start, end) > 1
        # (The line's last word is looked for only where it decides.)
        joined = False
        if not blank_lines and _ABBREVIATION_GOING_ON.match(text, end):
            # An abbreviation in brackets opening the line, the sentence going on after it in lower
            # case: "3. Chỉ số sản xuất công nghiệp\n(IIP) tăng 11 - 12%".
            joined = True
        elif first_char.islower():
            # (Not after a document-type line, "TỜ TRÌNH" / "về việc …" as OCR reads a title.)
            line_start = text.rfind("\n", 0, start) + 1
            joined = fold(text[line_start:start]) not in type_headers
        elif not blank_lines and first_char.isupper() and _role_label_line().match(
                text, text.rfind("\n", 0, start) + 1, start):
            # A field naming the units of a role ("- Cơ quan phối hợp: Văn phòng\nBộ, Trung tâm Công
            # nghệ thông tin, …"): its list of names goes on over the break.
            joined = True
        elif not blank_lines and (first_char.isupper() or first_char.isdigit()):
            # Hard wrap before a capital or a digit: only when the line cannot end there.
            # (A capitals line ending in "THEO" is a heading, not running text.)
            # "... GIAI ĐOẠN 2018 -\n2025”" continues; a rule of dashes ("-------") does not.
            dash_wrap = last_char == "-" and not before.endswith("--")
            if last_char == "," or dash_wrap:
                joined = True
            else:
                last_word_raw = _LAST_WORD.search(before)
                word_lower = last_word_raw is not None and last_word_raw.group(1).islower()
                last = fold(last_word_raw.group(1)) if word_lower and last_word_raw else ""
                # A word waiting for a number ("số", "năm", "tháng") goes on before a digit only:
                # before a capital the line is a heading's end ("2. Phát triển hạ tầng số").
                joined = last in no_end and (first_char.isdigit() or last not in _number_words()) \
                    and not (first_char.isdigit() and _MARK_OVER_NAME.match(text, end))
                # (A province's name after a line ending in lower case ends a body's name wrapped
                # there: "phối hợp với Báo và Phát thanh, Truyền hình\nLâm Đồng tuyên truyền …";
                # not a place-date line, "Lâm Đồng, ngày …".)
                joined = joined or word_lower and bool(_province_opening().match(text, end))
        elif blank_lines and first_char.isdigit():
            last_word_raw = _LAST_WORD.search(before)
            last_word = fold(last_word_raw.group(1)) if last_word_raw else ""
            joined = last_word in ("ngày", "tháng", "năm")
        if joined:
            edits.append((start, end, " "))
    return sorted(edits)


@functools.cache
def _role_label_line() -> regex.Pattern:
    """A line opening with the label of a field naming a role's units (responsibilities.json
    role_labels: "Cơ quan chủ trì:", "Cơ quan phối hợp:"), after a bullet or none, its names after
    the colon with no sentence's end."""
    labels = [w for ws in load_json("responsibilities.json")["role_labels"].values() for w in ws]
    return regex.compile(rf"[ \t]*(?:[-–+•*][ \t]*)?(?:{alternation(labels)})[ \t]*:[^.;:\n]*$")


def _between_table_rows(text: str, start: int, end: int) -> bool:
    """Whether the line break at text[start:end] parts two rows of a table as the readers write
    them ("cell | cell", one row a line): a row is never wrapped ("… | Hằng năm\n4 | Báo cáo …",
    its last word "năm" notwithstanding)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return " | " in text[line_start:start] and " | " in text[end:line_end if line_end >= 0 else len(text)]


# A page's number alone on its line between a line ending with a letter or a comma and one going
# on in lower case (the form feed opening a page, as pdftotext writes it, before it or not: "Bộ
# Tư\n\f5\nlệnh Cảnh sát biển").
_PAGE_NUMBER_INSIDE = regex.compile(r"(?<=[\p{L},])[ \t]*\n[ \t\f]*\d{1,3}[ \t]*\n[ \t]*(?=\p{Ll})")
# A number alone on its line over a line opening with a capital: a row's mark over its name in a
# table written one cell a line ("Chính quyền số\n1\nTỷ lệ hồ sơ …": the group row "Chính quyền
# số", digital government, then row 1; "Hằng năm\n1.2\nĐào tạo …", a part's), no number a word
# waiting for one takes.
_MARK_OVER_NAME = regex.compile(r"\d{1,3}(?:\.\d{1,2})?[ \t]*\n[ \t]*\p{Lu}")
# A line holding a number alone: a row's number in a table written one cell a line.
_NUMBER_LINE = regex.compile(r"^[ \t]*\d{1,4}[ \t]*$", regex.M)


def _line_table_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each table a PDF's text layer writes one cell a line with no bars, its
    header opening with "TT", every row as many lines as its header
    (:func:`pipeline.tables.line_table_spans`: "TT\nChỉ tiêu\nĐơn vị
    tính\n…\n1\nTuyển sinh đại học chính quy\nsinh viên\n2.850\n…"): no cell of it is wrapped,
    so no break inside it joins two lines (a unit cell in lower case is no wrap of the name before).
    Read on the text before joining; rows as regular as these are no prose."""
    if not _NUMBER_LINE.search(text):
        return []
    return line_table_spans(text)


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one of ``spans`` (sorted, apart)."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


@functools.cache
def _number_words() -> frozenset[str]:
    return words("line_joining_numbers.tsv")


@functools.cache
def _roman_takers() -> frozenset[str]:
    return words("line_joining_romans.tsv")


@functools.cache
def _province_opening() -> regex.Pattern:
    """A province's or a centrally-run city's name (provinces.tsv) opening a line, a word in lower
    case after it (no comma: a place-date line is none)."""
    return regex.compile(rf"(?:{alternation(province_names())})[ \t]+\p{{Ll}}")


@functools.cache
def _no_end_words() -> frozenset[str]:
    return words("line_joining.tsv")


@functools.cache
def _dash_compounds() -> regex.Pattern:
    """The end of a line holding a dash compound's first field and the start of the next holding
    "- " and its second (line_joining_dashes.tsv): the line goes on, no bullet opens."""
    pairs = [[w.strip() for w in name.split(" - ", 1)] for name in words("line_joining_dashes.tsv")]
    alts = "|".join(rf"{alternation([a])}[ ]*\n[ ]*[-–][ ]+{alternation([b])}" for a, b in pairs)
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alts})(?!\p{{L}})")


# A whole document flattened onto one line (copied from a web viewer): the spaces before structure
# markers become line breaks (the layout cues in their own case: running text says "độc lập" and
# "nơi nhận" too). Replacing one character by another keeps every offset.
_FLAT_BREAK = regex.compile(
    r" (?=(?:[IVX]{1,4}\.\s+\p{Lu}{2}|\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}|[a-zđ]\)\s+\p{Lu}|[-+]\s+\p{Lu}"
    rf"|Số\s*:|{cue('motto', words=2, any_case=False)}|{cue('tagline', words=2, any_case=False)}"
    rf"|Thực\s+hiện\s|Căn\s+cứ\s|{cue('recipients', any_case=False)}"
    r"|\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+){0,3},\s+ngày\s))"
    r"|(?<=\.) (?=KẾ\s+HOẠCH\s)")


# A line longer than this is taken for a flattened document.
FLAT_LINE = 1200


# A run of blanks holding a tab between two cells of a line (a Word table saved as text, a .doc's
# header in two columns: "ỦY BAN NHÂN DÂN \t CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
_TAB_GAP = regex.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
# A list's item as Word saves it: its marker, a tab, then its words with no other tab.
_LISTED_LINE = regex.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)-]|[a-zđ][.)]|[IVX]{1,4}[.-])\t[^\t]*$")


def _tab_row_edits(text: str) -> list[tuple[int, int, str]]:
    """A block of two lines or more each holding a tab between two cells, written as pipe rows
    ("1\tThành ủy Hòa Bình\t180\t190" → "| 1 | Thành ủy Hòa Bình | 180 | 190 |"), as a
    legal-database page writes a table, so the table readers read its columns (a tab became a
    space and the columns ran into one line). A line alone with a tab is left: a tab stop before
    a signature's name, a list's numbering. Inside such a block a line whose tab closes it is a row with
    an empty last cell (a footer table's "- Bộ Tài chính (b/c);\t"): it goes on with the block, so
    that the signer's row after it ("- Lưu: VT, KT.\tVõ Ngọc Hiệp") is one too; a row's tabs opening
    or closing it are empty cells ("\tToàn xã\t62": its first cell empty)."""
    edits: list[tuple[int, int, str]] = []
    block: list[tuple[int, int, str]] = []

    def flush() -> None:
        if sum(1 for _ls, _le, line in block if _TAB_GAP.search(line)) >= 2:
            for ls, _le, line in block:
                core = line.rstrip("\r")
                lead = len(core) - len(core.lstrip())
                trail = len(core.rstrip())
                edits.append((ls, ls + lead, "| " + "| " * core[:lead].count("\t")))
                edits.extend((ls + m.start(), ls + m.end(), " | ") for m in _TAB_GAP.finditer(core))
                edits.append((ls + trail, ls + len(core), " |" + " |" * core[trail:].count("\t")))
        block.clear()

    for ls, le, line in lines_of(text):
        # (A line with no tab between words goes on with a block only where its tab closes it, an
        # empty last cell; a tab opening a line is a paragraph's indent as often, "1.\tMục đích"
        # over "\tTriển khai …", which is no table.)
        # (Nor is a list's item, its marker's one tab before its words, as Word saves its numbering:
        # "-\tChủ trì, phối hợp với …", "1.\tMục đích".)
        if "\t" in line and not _LISTED_LINE.match(line) \
                and (_TAB_GAP.search(line) or (block and line.strip() and line.rstrip(" \r").endswith("\t")
                                               and not line.lstrip(" ").startswith("\t"))):
            block.append((ls, le, line))
        else:
            flush()
    flush()
    return edits


# A page's text on one line, its own line breaks become runs of two spaces or more (a
# document-sharing site's text extract: "  2. BỘ Y TẾ  CỘNG HÒA …  I. MỤC ĐÍCH, YÊU CẦU  1. Mục
# đích: …", each page one line opening with the page's number). A line is taken for such a page
# when it is at least ``PAGE_LINE`` characters long and holds a gap at least every ``PAGE_GAP``
# characters (a flattened plan's single spaces, a Word row's column gaps, hold none or few).
PAGE_LINE = 500
PAGE_GAP = 400
_PAGE_GAP = regex.compile(r"(?<=\S)[ ]{2,}(?=\S)")
# The page's number opening such a line ("  3. 2. Chỉ tiêu cụ thể": page 3, then heading 2).
_PAGE_NUMBER = regex.compile(r"^[ ]*(\d{1,4})\.(?=[ ])")


def _page_line_breaks(text: str) -> str:
    """Break each page written on one line (``PAGE_LINE``, ``PAGE_GAP``) at its gaps, the first
    space of each gap becoming a line break, where such lines hold half the text or more, and blank
    the page's number opening it when two page lines or more are numbered on from 1 (1, 2, 3 …: the
    first page's, or one more than the page line's before). Same length: every offset is kept."""
    pages: list[tuple[int, int, str, list[int]]] = []
    for start, end, line in lines_of(text):
        # (A table's row is no page: a markdown row whose cells are padded to their column's width,
        # "| Chỉ tiêu     | 2025 |", holds a gap in every cell.)
        if end - start < PAGE_LINE or line.lstrip().startswith("|") or line.count(" | ") >= 2:
            continue
        gaps = [m.start() for m in _PAGE_GAP.finditer(line)]
        if len(gaps) >= 2 and len(gaps) * PAGE_GAP >= len(line):
            pages.append((start, end, line, gaps))
    # (Only where two such lines or more are half the text: a document written so, page after
    # page. A paragraph typed with two spaces after each full stop holds the same gaps.)
    if len(pages) < 2 or 2 * sum(end - start for start, end, _line, _gaps in pages) < len(text.strip()):
        return text
    numbered: dict[int, regex.Match] = {}  # page line's index → the page's number opening it
    for k, (_start, _end, line, _gaps) in enumerate(pages):
        number = _PAGE_NUMBER.match(line)
        if number and int(number.group(1)) == len(numbered) + 1:
            numbered[k] = number
    numbers = numbered if len(numbered) >= 2 else {}
    parts: list[str] = []
    done = 0
    for k, (start, end, line, gaps) in enumerate(pages):
        chars = list(line)
        if (number := numbers.get(k)) is not None:
            chars[number.start(1):number.end()] = " " * (number.end() - number.start(1))
        for g in gaps:
            chars[g] = "\n"
        parts += [text[done:start], "".join(chars)]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _unflatten(text: str) -> str:
    """Break the lines longer than ``FLAT_LINE`` before their structure markers (``_FLAT_BREAK``),
    one space replaced by a line break each. Lines are read a block at a time (``lines_of``) and
    only the long ones are copied: a 49 MB text of short lines costs no copy of itself."""
    parts: list[str] = []
    done = 0
    for start, end, line in lines_of(text):
        if end - start > FLAT_LINE:
            breaks = [m.start() for m in _FLAT_BREAK.finditer(line)]
            if breaks:
                parts.append(text[done:start])
                last = 0
                for b in breaks:
                    parts.append(line[last:b])
                    parts.append("\n")
                    last = b + 1
                parts.append(line[last:])
                done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def normalize(raw: str, page_starts: list[int] | None = None) -> NormalizedText:
    """Clean a raw document text; see the module doc for what is changed."""
    maps: list[OffsetMap] = []
    # NFC changes lengths only inside a character's combining sequence: map per character cluster,
    # each cut to MOST_MARKS marks first.
    edits = []
    for m in _MARKED_CHARACTER.finditer(raw) if _MARK.search(raw) else ():
        cluster = m.group(0)
        if _MARK.match(cluster):
            composed = cluster[:MOST_MARKS]  # marks with no character before them: only capped
        else:
            composed = unicodedata.normalize("NFC", cluster[:MOST_MARKS + 1])
        if composed != cluster:
            edits.append((m.start(), m.end(), composed))
    text, omap = _apply(raw, edits)
    maps.append(omap)

    # (HTML tables as pipe rows first: their cells' "<br>" is then read as every markdown cell's.)
    edits = html_table_edits(text)
    if edits:
        text, omap = _apply(text, edits)
        maps.append(omap)

    edits = _bold_wrap_edits(text) + _run_on_heading_edits(text)
    wraps = {start for start, _end, _repl in edits}
    if "\t" in text:
        tab_edits = _tab_row_edits(text)
        edits += tab_edits
        wraps.update(i for start, end, _repl in tab_edits for i in range(start, end))
    edits += _italic_marker_edits(text) if "*" in text else []
    for pattern, repl, signs in ((_LINE_ENDING, "\n", "\r"), (_SPACES, " ", _SPACE_CHARACTERS),
                                 (_SYMBOL_BULLET, "•", _SYMBOL_BULLETS), (_SYMBOL_DASH, "-", "\uf02d"),
                                 (_DASH_BULLET, "-", "–—"),
                                 (_INVISIBLE, "", _INVISIBLE_CHARACTERS), (_BOLD, "", "*"),
                                 (_ATX_OPENING, "", "#"), (_ATX_CLOSING, "", "#")):
        if not any(c in text for c in signs):
            continue
        for m in pattern.finditer(text):
            if m.start() not in wraps:  # (a wrapped "\r\n" is a space already)
                edits.append((m.start(), m.end(), repl))
    edits += [(m.start(), m.end(), m.group().translate(_ZERO)) for m in _OCR_ZERO.finditer(text)]
    edits += _eth_edits(text)
    edits.sort()
    text, omap = _apply(text, edits)
    maps.append(omap)

    edits = [(start, end, "") for start, end in _trailing_spaces(text)]
    # (A line break's tag between two words is a space: a markdown table's cell of two units,
    # "Văn phòng UBND tỉnh<br>- Sở Tài chính", else read as one, "tỉnh- Sở".)
    tag_edits = [(m.start(), m.end(), " " if BREAK_TAG.fullmatch(m.group()) and _between_words(text, m) else "")
                 for m in _HTML_TAG.finditer(text)] if "<" in text else []
    edits += tag_edits
    edits += [(m.start(), m.end(), m.group(1) + "+ ") for m in _DOUBLE_BULLET.finditer(text)]
    edits += _spaced_letter_edits(text)
    edits.sort()
    text, omap = _apply(text, edits)
    maps.append(omap)
    breaks = _replaced_at(omap, {start for start, _end, repl in tag_edits if repl})

    text = _unflatten(_page_line_breaks(text))  # (same length: a space becomes a line break)
    text, omap = _apply(text, _join_edits(text))
    maps.append(omap)
    cell_breaks = tuple(p for b in breaks if (p := omap.to_new(b)) is not None)
    return NormalizedText(text=text, maps=maps, page_starts=list(page_starts or []), cell_breaks=cell_breaks)


# A line's opening label as OCR misreads a letter's ("€) Bộ Chỉ huy quân sự tỉnh", "©e) Sở Giáo dục",
# "#8) Sở tư pháp", "0) Đề nghị …": b09 of corpus/real3, 6 of its 23 lettered units' headings): one
# to three characters, not a letter's or a number's label, then ")" and a capital.
_MISREAD_LABEL = regex.compile(r"(?m)^(?P<label>[^\s()]{1,3})\)[ \t]+(?=\p{Lu})")
_LETTER_LABEL = regex.compile(r"(?m)^[ \t]*(?P<letter>[a-z])\)[ \t]")
# How far back the lettered label a misread one goes on from may stand (b09: 13 lines).
_LABEL_REACH = 30
# A numbered sub-label whose first digit OCR misread ("Š.1. Trung tâm Quản lý chất lượng", "$.2.
# Phòng Đào tạo" under "5. Phân công trách nhiệm", b10 of corpus/real3), and a numbered label.
_MISREAD_NUMBER = regex.compile(r"(?m)^[^\d\s]\.\d{1,2}\.?[ \t]+(?=\p{Lu})")
_NUMBER_LABEL = regex.compile(r"(?m)^[ \t]*(?P<number>[1-9])\.(?:\d{1,2}\.?)?[ \t]+\S")


def ocr_labels_repaired(text: str) -> str:
    """A text read by OCR with the misread labels of its lists repaired (:data:`_MISREAD_LABEL`):
    where a letter's label ("d)") opens a line at most _LABEL_REACH lines before, the misread one is
    the next letter ("©e)" → " e)", "0)" after it → "f)"), spaces before it to keep the text's
    length; a numbered sub-label's misread first digit is the last numbered label's ("Š.1." under
    "5. Phân công trách nhiệm" → "5.1."). A text with none is returned as it is."""
    edits: list[tuple[int, int, str]] = []
    last: tuple[int, str] | None = None  # the line and letter of the last lettered label
    numbered: tuple[int, str] | None = None  # the line and first digit of the last numbered one
    for number, (start, _end, line) in enumerate(lines_of(text)):
        if (letter := _LETTER_LABEL.match(line)) is not None:
            last = (number, letter.group("letter"))
            continue
        if (label := _NUMBER_LABEL.match(line)) is not None:
            numbered = (number, label.group("number"))
            continue
        if _MISREAD_NUMBER.match(line) is not None and numbered is not None \
                and number - numbered[0] <= _LABEL_REACH:
            edits.append((start, start + 1, numbered[1]))
            continue
        wrong = _MISREAD_LABEL.match(line)
        if wrong is None or last is None or number - last[0] > _LABEL_REACH or last[1] == "z":
            continue
        label, expected = wrong.group("label"), chr(ord(last[1]) + 1)
        # (A label of letters is a misread one only ending with the letter expected, "Ẵe)" after
        # "d)"; a number's or a Roman numeral's is a label of its own.)
        if regex.fullmatch(r"[a-zđ]|[1-9]\d?|[IVXLC]+", label) \
                or regex.fullmatch(r"\p{L}+", label) and not label.endswith(expected):
            continue
        edits.append((start, start + len(label), " " * (len(label) - 1) + expected))
        last = (number, expected)
    return _apply(text, edits)[0] if edits else text


@functools.cache
def _tone_slip_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The phrases of ocr_tone_slips by their words' letters without marks."""
    return {tuple(strip_marks(w).lower() for w in phrase.split()): tuple(phrase.split())
            for phrase in cue_phrases("ocr_tone_slips")}


_WORD = regex.compile(r"\p{L}+")


def tone_slips_repaired(text: str) -> str:
    """A text read by OCR with its slips of tone marks in the phrases of ocr_tone_slips repaired
    ("Phỏi hợp với …" → "Phối hợp với …", "đồn đôc" → "đôn đốc", "Tó chức" → "Tổ chức"): a run of
    words one space apart whose letters but their marks are a phrase's, each word as long as the
    phrase's, is written as the phrase in the word's case (a capital first or lower case; a word in
    capitals, a heading's, as printed).
    The text's length is kept (a word's letters are as many however marked, NFC), so are its
    offsets. A text with no such run is returned as it is."""
    phrases = _tone_slip_phrases()
    most = max((len(k) for k in phrases), default=0)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    bare = [strip_marks(w).lower() for _s, _e, w in words]
    edits: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        for n in range(most, 1, -1):
            run = words[k:k + n]
            phrase = phrases.get(tuple(bare[k:k + n])) if len(run) == n else None
            if phrase is None or any(text[run[i][1]:run[i + 1][0]] != " " for i in range(n - 1)) \
                    or any(len(w) != len(p) for (_s, _e, w), p in zip(run, phrase)):
                continue
            printed = [w for _s, _e, w in run]
            # (A word in capitals is left as printed: a heading's title is kept as the scan gives it.)
            repaired = [w if w.lower() == p.lower() or w.isupper() and len(w) > 1
                        else p[:1].upper() + p[1:].lower() if w[:1].isupper() else p.lower()
                        for w, p in zip(printed, phrase)]
            edits += [(s, e, r) for (s, e, w), r in zip(run, repaired) if r != w and r.lower() != w.lower()]
            k += n - 1
            break
        k += 1
    return _apply(text, edits)[0] if edits else text


def _replaced_at(omap: OffsetMap, starts: set[int]) -> list[int]:
    """Where, in an edit's new text, the replacements of the old text's ``starts`` stand."""
    if not starts:
        return []
    return [new for new, old, kept in zip(omap.new_starts, omap.old_starts, omap.kept_lengths)
            if kept == 0 and old in starts]


# A header whose letters a source printed apart ("ỦY B A N NHÂN D Â N", "Q U YẾT Đ Ị N H", "Độc
# lập - T ự do - H ạnh phúc"): a line holding four letters alone or more is one, its runs joined
# back into syllables (:func:`_syllables`).
_SPACED_LETTERS = regex.compile(r"(?<![\p{L}\d])\p{L}(?: \p{L}(?![\p{L}\d]))+(?: \p{L}+)?|(?<![\p{L}\d])\p{Lu} \p{Ll}+")
# The letters opening a syllable, the longest first, and those closing one after its vowels.
_INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", *"bcdđghklmnpqrstvx")
_FINALS = ("ng", "nh", "ch", "c", "m", "n", "p", "t")


def _is_vowel(c: str) -> bool:
    return unicodedata.normalize("NFD", c.lower())[:1] in "aeiouy"


def _syllables(letters: str) -> list[str] | None:
    """``letters`` (no spaces) cut into Vietnamese syllables: an initial, its vowels, a final that
    leaves a consonant or nothing after it ("KẾHOẠCH" → "KẾ", "HOẠCH"; "THÀNHPHỐ" → "THÀNH",
    "PHỐ"); None where a piece has no vowel."""
    out: list[str] = []
    i, n = 0, len(letters)
    while i < n:
        low = letters[i:].lower()
        start = i
        i += next((len(x) for x in _INITIALS if low.startswith(x) and len(x) < len(low)
                   and _is_vowel(letters[i + len(x)])), 0)
        if i >= n or not _is_vowel(letters[i]):
            return None
        vowels = i
        while i < n and _is_vowel(letters[i]):
            i += 1
        if i - vowels > 3:  # (no syllable holds more vowels: "y y y y" is no word)
            return None
        rest = letters[i:].lower()
        # (No final after two vowels closing on a glide: "HỘI" + "CHỦ", not "HỘIC" + "HỦ".)
        glide = i - vowels >= 2 and unicodedata.normalize("NFD", letters[i - 1].lower())[:1] in "iyou"
        i += 0 if glide else next((len(f) for f in _FINALS if rest.startswith(f)
                                   and (len(rest) == len(f) or not _is_vowel(rest[len(f)]))), 0)
        out.append(letters[start:i])
    return out


def _spaced_letter_edits(text: str) -> list[tuple[int, int, str]]:
    """The runs of a line whose letters a source printed apart, each written as its syllables
    ("B A N" → "BAN", "N G HĨA" → "NGHĨA", "K Ế H O Ạ C H" → "KẾ HOẠCH", "T ự" → "Tự"); a line with
    fewer than four letters printed apart is left (a list's "a b" is none)."""
    edits: list[tuple[int, int, str]] = []
    for ls, _le, line in lines_of(text):
        runs = list(_SPACED_LETTERS.finditer(line))
        if sum(m.group().count(" ") for m in runs if m.group().count(" ") >= 2) < 4:
            continue
        for m in runs:
            pieces = m.group().split(" ")
            syllables = _syllables("".join(pieces))
            if syllables is None and len(pieces) > 2:  # (the last word whole: "Đ À NẴNG")
                pieces, syllables = pieces[:-1], _syllables("".join(pieces[:-1]))
            joined = " ".join(syllables) if syllables else None
            span = " ".join(pieces)
            if joined and joined != span:
                edits.append((ls + m.start(), ls + m.start() + len(span), joined))
    return edits
