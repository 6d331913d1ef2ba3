"""Tables of aims a PDF's text layer writes one cell a line with no bars, read by their rows'
marks: a header opening with its number column ("TT", "STT"; or its first cells on one line, "TT
Chỉ tiêu ĐVT"), then rows each opening with a number ("1", "2" …), a group's mark ("I", "A"), a
part's bullet ("- Nông, lâm nghiệp") or "Trong đó:", its name over one line or more, its unit
(under a unit column), a run of values and its side cells ("Ghi chú").

:func:`pipeline.tables.aim_line_tables` reads such a table where every row is full and its header
plain; a PDF's text layer rarely gives one so: group rows with no values, parts under a "Trong
đó:", a two-row header whose lower cells come after the upper row's ("Năm 2025 | Kế hoạch năm 2026
| So sánh (%)" then "Kế hoạch | Ước thực hiện" under "Năm 2025"), a comparison or a note left
empty (the layer leaves the cell out), a page's number between rows. Here the rows are found by
their marks first; the number of value columns is what most rows hold, and the header is read to
fit it (review 19's pdfannex cases: 25 annexes of 603 aims in that rendering).

Rows as :func:`pipeline.tables.line_tables`' (start, end, cells, cells' starts), the header first;
each row's cells the number (empty where none), the name, the unit where the table has a unit
column, the values and the side cells; a group row its number and name only.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import NamedTuple

import regex

from .tables import (
    _ABBREVIATION_WRAP,
    _CAPITAL_WORDS,
    _HEADER_YEAR,
    _HEADING_LINE,
    _LETTER,
    _SIGN_UNIT,
    _UNIT_WORDS,
    _YEAR_LABEL,
    _YEAR_LINE,
    LineRow,
    _column_numbers,
    _split_header_opening,
    _unit_cell_wrapped,
    cell_lines,
    mostly_whole,
    year_column,
)

# A row's mark alone on its line: a number ("1", "12"), a group's Roman number ("II") or capital
# letter ("A", "B").
_MARK = regex.compile(r"\d{1,3}|[IVX]{1,4}|[A-H]")
# A part's bullet alone on its line, or opening it before the part's name ("-", "- Nông, lâm").
# (Also a part's letter or number under a row's: "a)", "1.1", "1.1.".)
_BULLET = regex.compile(r"[-–+•]|[a-zđ]\)|\d{1,2}\.\d{1,2}\.?")
_BULLETED = regex.compile(r"(?:[-–+•]|[a-zđ]\)|\d{1,2}\.\d{1,2}\.?)[ \t]+\p{L}")
# A part's letter or number opening its row, alone or before its name: "a)", "1.1", "1.1.".
_SUB_MARK = regex.compile(r"([a-zđ]\)|\d{1,2}\.\d{1,2}\.?)(?:[ \t]+(?=\p{L})|$)")
# Two runs of two spaces or more between words: cells of a line printed in layout mode.
_SPACED = regex.compile(r"\S[ \t]{2,}\S.*\S[ \t]{2,}\S")
# A number alone: a row's, or a page's between rows.
_NUMBER = regex.compile(r"\d{1,3}")
# A cell holding a value alone: a figure, a range, a comparator sign or word before it ("< 12",
# "Trên 90", "≥ 95"), a percent sign after it, or a dash for none; no year after words ("Cả năm
# 2026", a header's).
_VALUE = regex.compile(r"(?!(?:\p{L}+[ \t]+){1,2}(?:19|20)\d\d$)(?:\p{L}+[ \t]+){0,2}[<>≤≥~+]?[ \t]*"
                       r"\d[\d.,]*(?:[ \t]*%?[ \t]*[-–][ \t]*\d[\d.,]*)?"
                       r"[ \t]*%?|[-–—]|x")
# A year and a bracket after it ending a cell wrapped before its year ("KH 2026 so với ƯTH\n2025 (%)").
_YEAR_BRACKETED = regex.compile(r"(?:19|20)\d\d[ \t]*\([^()]*\)")
# A dash and a value after it ("- 1"); a run of two values or more ending a line of words.
_DASH_THEN_VALUE = regex.compile(r"[-–—][ \t]+(\d[\d.,]*%?)")
_ONE_VALUE = regex.compile(r"(?:[<>≤≥][ \t]?)?\d[\d.,]*%?|[-–—]")
_TRAILING_VALUES = regex.compile(r"(?:(?<=\s)(?:[<>≤≥]?[ \t]?\d[\d.,]*%?|[-–—])[ \t]*){2,}$")
_SIGN_THEN_VALUES = regex.compile(r"(%(?:/\p{L}+)?|‰)[ \t]+((?:(?:[<>≤≥][ \t]?)?\d[\d.,]*%?|[-–—])"
                                  r"(?:[ \t]+(?:(?:[<>≤≥][ \t]?)?\d[\d.,]*%?|[-–—]))+)")
# A line of words in capitals.
_CAPITALS = regex.compile(r"[^\p{Ll}]*\p{Lu}[^\p{Ll}]*")
# A period of two years ("2026 - 2030").
_PERIOD = regex.compile(r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d")
# A bracket ending a cell ("(tỷ đồng)").
_LAST_BRACKET = regex.compile(r"[ \t]*\([^()]*\)$")
# Two years or more on one line, spaces between.
_YEARS_LINE = regex.compile(r"(?:19|20)\d\d(?:[ \t]+(?:19|20)\d\d)+")
# An upper header cell over cells of what each holds of it: a year or a period with at most two
# words before it ("Năm 2025", "Giai đoạn 2021-2025", "2026").
_SPANNING = regex.compile(r"(?:\p{L}+[ \t]+){0,2}(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?")
# The most lines a header may take, and a row's name.
_HEADER_LINES = 30
_NAME_LINES = 8


class Vocabulary(NamedTuple):
    """What the caller's vocabulary says of a header's cells (folded or not, as it likes)."""
    number_header: Callable[[str], bool]  # "TT", "STT"
    indicator_header: Callable[[str], bool]  # "Chỉ tiêu", "Nội dung"
    unit_header: Callable[[str], bool]  # "ĐVT", "Đơn vị tính"
    side_header: Callable[[str], bool]  # "Ghi chú", "Đơn vị chủ trì"
    comparison_header: Callable[[str], bool]  # "So sánh KH 2026/ƯTH 2025 (%)", "Tăng/giảm"
    # A unit of measure ending a line, its start ("Đá xây dựng các loại nghìn m3": "nghìn m3"), or None.
    unit_at_end: Callable[[str], int | None]
    caption: Callable[[str], bool]  # a line opening an annex's caption ("Phụ lục III", "Biểu số 02")
    unit_cell: Callable[[str], bool]  # a unit's cell alone ("m2", "căn", "nghìn tấn", "lượt khách")
    header_opening: Callable[[str], list[str] | None]  # "TT Chỉ tiêu ĐVT" → its cells


class _Row(NamedTuple):
    start: int
    end: int
    mark: str
    name: tuple[int, str]  # where it starts, its words
    unit: tuple[int, str] | None
    values: list[tuple[int, str]]
    sides: list[tuple[int, str]]


Line = tuple[int, int, str]


def _words(line: str) -> bool:
    return bool(_LETTER.search(line)) and not _MARK.fullmatch(line) and not _VALUE.fullmatch(line)


def _named(lines: list[Line], p: int) -> bool:
    """Whether line ``p``, under a row's mark, is its name: a line of words, or words before a
    figure over a value (a school's grade, "1\nKhối 10\n20,0", m355 of corpus/probes: a row's
    mark is followed by its name, so words before a figure there name the row, though elsewhere
    they are a value's cell, "Trên 90")."""
    line = lines[p][2]
    return _words(line) or bool(_LETTER.match(line)) and not _MARK.fullmatch(line) \
        and p + 1 < len(lines) and _is_value(lines[p + 1][2])


def _is_value(line: str) -> bool:
    return bool(_VALUE.fullmatch(line)) and not _MARK.fullmatch(line) or bool(_NUMBER.fullmatch(line))


def _opens_row(lines: list[Line], p: int) -> bool:
    """A mark alone over a line of words: a row's opening."""
    return p + 1 < len(lines) and bool(_MARK.fullmatch(lines[p][2])) and _named(lines, p + 1)


def _header_cells(lines: list[Line]) -> list[Line]:
    """The header's cells, each line going on with the one above where it opens in lower case or
    with a bracket, where the one above ends with a slash, a dash or a comma, or where it is a
    year alone under a cell of no year."""
    out: list[Line] = []
    for start, end, line in lines:
        # (Years on one line are as many cells, a baseline's cells joined: "2026 2027 2028".)
        if _YEARS_LINE.fullmatch(line):
            out += [(start + m.start(), start + m.end(), m.group()) for m in _HEADER_YEAR.finditer(line)]
            continue
        if out:
            prev = out[-1][2]
            if line[:1].islower() or line[:1] == "(" or prev[-1:] in "/-–,(" \
                    or _YEAR_LINE.fullmatch(line) and not _HEADER_YEAR.search(prev) \
                    or _ABBREVIATION_WRAP.match(line) and prev[-1:].islower() and not _CAPITAL_WORDS.fullmatch(line) \
                    or _YEAR_BRACKETED.fullmatch(line) and prev[-1:].isalpha():
                out[-1] = (out[-1][0], end, f"{prev} {line}")
                continue
        out.append((start, end, line))
    return out


def _flattened(cells: list[str], width: int) -> list[str] | None:
    """The header's value cells as ``width`` columns: as they are where as many; else a header over
    two rows printed upper row first, its last cells the lower row's, shared in turn by the upper
    cells they stand under: cells of no year ("Kế hoạch | Ước thực hiện") under a year or a period
    alone ("Năm 2025"), each followed by it ("Kế hoạch Năm 2025"); years ("2026 | 2027 | …") under
    a cell naming a period ("Kế hoạch giai đoạn 2026 - 2030"), each after its words but the period
    ("Kế hoạch giai đoạn 2026"). None where no
    reading fits."""
    if len(cells) == width:
        return cells
    yearless = next(k for k in range(len(cells) + 1) if k == len(cells) or _HEADER_YEAR.search(cells[-1 - k]))
    years = next(k for k in range(len(cells) + 1) if k == len(cells) or not _YEAR_LINE.fullmatch(cells[-1 - k]))
    dated = next(k for k in range(len(cells) + 1) if k == len(cells) or not _YEAR_LABEL.fullmatch(cells[-1 - k]))
    # (Cells of no year, the fewest first: "Năm 2025 | Kế hoạch năm 2026 | So sánh (%) | Kế hoạch |
    # Ước thực hiện" has two under "Năm 2025", not three; years, the most first: all of "2026 …
    # 2030" stand under the period.)
    # (Cells of a year with words, "Ước thực hiện 2025 | Kế hoạch 2026", stand under a measure's
    # cell of no year, "Tổng mức bán lẻ … (tỷ đồng)".)
    for form, lower_n in [*(("yearless", k) for k in range(1, yearless + 1)),
                          *(("years", k) for k in range(years, 0, -1)),
                          *(("dated", k) for k in range(dated, 0, -1) if k > years)]:
        lower, upper = cells[len(cells) - lower_n:], cells[:len(cells) - lower_n]
        if form == "yearless":
            spanning = [k for k, c in enumerate(upper) if _SPANNING.fullmatch(c)]
        elif form == "years":
            spanning = [k for k, c in enumerate(upper) if _PERIOD.search(c)]
        else:
            # (Or a period's: "Kế hoạch giai đoạn 2026 - 2030" over "Năm 2026 | … | Năm 2030", m357
            # of corpus/probes.)
            spanning = [k for k, c in enumerate(upper) if not _HEADER_YEAR.search(c)] \
                or [k for k, c in enumerate(upper) if _PERIOD.search(c)]
        # (Years may stand under a cell of no year right before them: "Lộ trình thực hiện" over
        # "2026 | … | 2030".)
        if form == "years" and not spanning and upper and not _HEADER_YEAR.search(upper[-1]):
            spanning = [len(upper) - 1]
        if not spanning or lower_n % len(spanning):
            continue
        share = lower_n // len(spanning)
        if share < 2 or len(upper) - len(spanning) + lower_n != width:
            continue
        out: list[str] = []
        parts = iter(range(0, lower_n, share))
        for k, c in enumerate(upper):
            if k not in spanning:
                out.append(c)
                continue
            at = next(parts)
            if form == "yearless":
                out += [f"{low} {c}" for low in lower[at:at + share]]
            elif form == "dated":
                # (The measure's unit last: "Tổng mức bán lẻ … Ước thực hiện 2025 (tỷ đồng)"; a
                # period's words without it, "Kế hoạch giai đoạn Năm 2026".)
                words, unit = _unit_bracket_apart(c)
                words = " ".join(_PERIOD.sub(" ", words).split())
                out += [f"{words} {low}{unit}" for low in lower[at:at + share]]
            else:
                # (Its words but its period before each year: "Kế hoạch giai đoạn 2026"; the year
                # alone under a cell naming no period, "Lộ trình thực hiện", whose words of results
                # would make a plan's years a report's.)
                words = " ".join(_PERIOD.sub(" ", c).split()) if _PERIOD.search(c) else ""
                out += [f"{words} {low}".strip() for low in lower[at:at + share]]
        return out
    return _repeated_under(cells, width)


def _unit_bracket_apart(cell: str) -> tuple[str, str]:
    """A header cell's words and the bracket ending it, its unit ("Kết quả học tập", " (%)"); the
    bracket "" where none ends it."""
    unit = _LAST_BRACKET.search(cell)
    return (cell[:unit.start()].rstrip(), unit.group()) if unit else (cell, "")


def _repeated_under(cells: list[str], width: int) -> list[str] | None:
    """A header over two rows whose lower row repeats one run of cells under each of the upper
    row's last cells ("Kết quả học tập (%) | Kết quả rèn luyện (%)" over "Tốt | Khá | Đạt | Chưa
    đạt" twice, m355 of corpus/probes), as ``width`` columns: each upper cell's words, then the
    lower cell, then its unit's bracket ("Kết quả học tập Tốt (%)"); None where no run so repeats."""
    for lower_n in range(len(cells) - 1, 3, -1):
        lower, upper = cells[len(cells) - lower_n:], cells[:len(cells) - lower_n]
        for share in range(2, lower_n // 2 + 1):
            groups = lower_n // share
            if lower_n % share or groups > len(upper) or len(upper) - groups + lower_n != width \
                    or any(lower[k:k + share] != lower[:share] for k in range(share, lower_n, share)):
                continue
            out = upper[:len(upper) - groups]
            for c in upper[len(upper) - groups:]:
                words, unit = _unit_bracket_apart(c)
                out += [f"{words} {low}{unit}" for low in lower[:share]]
            return out
    return None


def marked_aim_tables(text: str, lo: int, hi: int, vocab: Vocabulary) -> Iterator[list[LineRow]]:
    """The tables of aims of ``text[lo:hi]`` read by their rows' marks (see the module)."""
    # (A line of cells parted by runs of spaces is a table printed in layout mode or a row a line,
    # its readers' (pipeline/layout_tables.py, the reader of space rows): left whole.)
    lines = _split_header_opening(cell_lines(text, lo, hi), lambda line: None if _SPACED.search(line)
                                  else vocab.header_opening(line) or _opening_parts(line, vocab))
    j = 0
    while j < len(lines):
        # (A header opens with its number column, or with its indicator's where the rows have no
        # number: "Chỉ tiêu\nƯớc thực hiện năm 2025\nKế hoạch năm 2026" over "A\nCÁC CHỈ TIÊU
        # KINH TẾ\nTốc độ tăng trưởng … (%)\n7,6\n8,0 - 8,5".)
        if not (vocab.number_header(lines[j][2]) or vocab.indicator_header(lines[j][2])
                and j + 1 < len(lines) and _HEADER_YEAR.search(lines[j + 1][2])):
            j += 1
            continue
        table, end = _table_at(lines, j, vocab)
        if table:
            yield table
            j = end
        else:
            j += 1


def _opening_parts(line: str, vocab: Vocabulary) -> list[str] | None:
    """A header's first cells on one line, the number's, the name's of up to four words and maybe
    the unit's ("TT Sản phẩm ĐVT", "STT Tên xã"), as a PDF's text layer joins a baseline's cells;
    None for any other line."""
    words = line.split()
    if len(words) < 2:
        return None
    number = next((k for k in (2, 1) if vocab.number_header(" ".join(words[:k]))), 0)
    if not number:
        return None
    # (Columns after the unit's, each opening with the same word: "TT Chỉ tiêu ĐVT Quý I Quý II
    # Quý III Quý IV".)
    unit_at = next((k for k in range(number + 1, len(words)) for w in (3, 2, 1)
                    if vocab.unit_header(" ".join(words[k:k + w])) and _repeated(words[k + w:])), None)
    rest: list[str] = []
    if unit_at is not None:
        w = next(w for w in (3, 2, 1) if vocab.unit_header(" ".join(words[unit_at:unit_at + w])))
        rest = _split_at_repeats(words[unit_at + w:])
        words = words[:unit_at + w]
    elif (unit_at := next((k for k in range(number + 1, len(words)) for w in (3, 2, 1)
                           if vocab.unit_header(" ".join(words[k:k + w]))
                           and 1 <= len(words) - k - w <= _FIRST_CELL_WORDS), None)) is not None:
        # (The first column of values' header cell opening after the unit's, going on below it:
        # "TT Chỉ tiêu ĐVT Hiện trạng\nnăm 2025".)
        w = next(w for w in (3, 2, 1) if vocab.unit_header(" ".join(words[unit_at:unit_at + w])))
        rest = [" ".join(words[unit_at + w:])]
        words = words[:unit_at + w]
    elif (cells_at := next((k for k in range(number + 1, min(len(words), number + 5))
                            if len(words) - k >= 4 and words[k:].count(words[k]) >= 2
                            and _repeated(words[k:])), None)) is not None:
        # (Columns after the name's, with no unit's, each opening with the same word: "TT Xã,
        # phường Năm 2026 Năm 2027 Năm 2028".)
        rest = _split_at_repeats(words[cells_at:])
        words = words[:cells_at]
    elif len(words) > 7:
        return None
    unit = next((k for k in (3, 2, 1) if len(words) - k > number and vocab.unit_header(" ".join(words[-k:]))), 0)
    name = words[number:len(words) - unit]
    if not 1 <= len(name) <= 4 or not all(_LETTER.search(w) for w in name):
        return None
    return [" ".join(words[:number]), " ".join(name)] + ([" ".join(words[-unit:])] if unit else []) + rest


# The most words of a column's header cell opening on the line of a header's first cells.
_FIRST_CELL_WORDS = 4


def _repeated(words: list[str]) -> bool:
    """Whether ``words`` are none, two cells or more each opening with the first word, years, or
    one cell of a year ("Năm 2025")."""
    return not words or words.count(words[0]) >= 2 or all(_YEAR_LINE.fullmatch(w) for w in words) \
        or bool(_SPANNING.fullmatch(" ".join(words)))


def _split_at_repeats(words: list[str]) -> list[str]:
    """Cells of ``words``, one opening at each of the first word's repeats ("Quý I Quý II" →
    "Quý I", "Quý II"), or at each year ("2026 2027")."""
    if _SPANNING.fullmatch(" ".join(words)) and words.count(words[0]) < 2:
        return [" ".join(words)]
    cells: list[list[str]] = []
    years = all(_YEAR_LINE.fullmatch(w) for w in words)
    for w in words:
        if w == words[0] or not cells or years:
            cells.append([w])
        else:
            cells[-1].append(w)
    return [" ".join(c) for c in cells]


def _header_end(lines: list[Line], j: int) -> tuple[int, int] | None:
    """(the header's last line + 1, the first row's line) of a header at line ``j``: up to the
    first row's opening, past a row of the columns' numbers ("(1)\n(2)\n(3)")."""
    r = j + 1
    while r < len(lines) and r - j <= _HEADER_LINES:
        if "|" in lines[r][2]:
            return None
        if numbers := _column_numbers(lines, r):
            return r, r + numbers
        if _opens_row(lines, r) or (joined := _JOINED_MARK.match(lines[r][2])) and joined.group(1) == "1":
            # (A group's heading in capitals with no mark right above the first row is the rows':
            # "CHỈ TIÊU VỀ KINH TẾ\n1\nTốc độ tăng trưởng GRDP".)
            if r - 1 > j + 2 and _HEADING_LINE.fullmatch(lines[r - 1][2]) and len(lines[r - 1][2].split()) >= 3 \
                    and _words(lines[r - 1][2]):
                return r - 1, r - 1
            return r, r
        # (A first row with no number whose values share its line: "Tổng số 12.000 12.500"; not a
        # header's cell of years, "Kế hoạch giai đoạn 2026 - 2030".)
        if r > j + 2 and (joined_values := _joined_values(lines[r][2])) \
                and not all(_YEAR_LINE.fullmatch(v) or v in "-–—" for _, v in joined_values):
            return r, r
        # (A first row with no number, a total's, "Toàn tỉnh\n1,2\n14.500": the header ends
        # above its name, the line before the first value.)
        if _is_value(lines[r][2]) and not _YEAR_LINE.fullmatch(lines[r][2]) and r - 1 > j + 1 \
                and _words(lines[r - 1][2]):
            return r - 1, r - 1
        r += 1
    return None


def _table_at(lines: list[Line], j: int, vocab: Vocabulary) -> tuple[list[LineRow] | None, int]:
    """The table whose header opens at line ``j``, and the line after it."""
    found = _header_end(lines, j)
    if found is None:
        return None, j + 1
    h_end, r = found
    header = _header_cells(lines[j:h_end])
    numbered = vocab.number_header(header[0][2])
    # (A header of the number's cell and one column of values naming its year has the name's cell
    # left blank, as a web page's table leaves the corner over its rows' names: "TT\n \nMục tiêu
    # tăng trưởng GRDP 2025 (%)" over "19\nLạng Sơn\n8,0".)
    if numbered and len(header) == 2 and _HEADER_YEAR.search(header[1][2]):
        header = [header[0], (header[1][0], header[1][0], ""), header[1]]
    if len(header) < 2 + numbered:
        return None, j + 1
    unit_col = vocab.unit_header(header[1 + numbered][2])
    lead = 1 + numbered + unit_col
    # (A side column, "Ghi chú", spans both rows of a header over two: the lower row's cells follow
    # it, "… | Ghi chú | Ước thực hiện 2025 | Kế hoạch 2026"; its cells end each row.)
    side_cells = [c for c in header[lead:] if vocab.side_header(c[2])]
    sides = len(side_cells)
    header = [c for c in header if c not in side_cells] + side_cells
    value_cells = [c[2] for c in header[lead:len(header) - sides]]
    copy = [ln[2] for ln in lines[j:h_end]]
    rows, end = _rows(lines, r, copy, unit_col, sides, numbered, vocab.unit_at_end, vocab.caption, vocab.unit_cell)
    counts = Counter(len(row.values) for row in rows if row.values)
    if not counts:
        return None, j + 1
    # (The widest run of values two rows or more hold that the header reads as so many columns:
    # rows leaving a comparison empty hold fewer.)
    read = next(((w, labels) for w in sorted(counts, reverse=True)
                 if counts[w] >= 2 and (labels := _flattened(value_cells, w)) is not None), None)
    widest = max(counts)
    if read is None and counts[widest] >= 2 and (labels := _repeated_under(value_cells, widest + 1)) is not None:
        # (A last column no row fills, its empty cells printed as nothing, under a header repeating
        # its levels: a school's "Chưa đạt" under "Kết quả rèn luyện (%)", no pupil there, m363 of
        # corpus/probes. Not a header of another form: a task table's columns of time and products
        # would be read as values.)
        read = widest, labels[:-1]
    if read is None:
        return None, j + 1
    width, labels = read
    # (A row of fewer values is read where the columns it leaves empty are the last ones and
    # comparisons or notes: the layer leaves an empty cell out.)
    derived = 0
    while derived < width and vocab.comparison_header(labels[width - 1 - derived]):
        derived += 1
    out: list[LineRow] = [(header[0][0], header[-1][1], tuple(c[2] for c in header[:lead]) + tuple(labels)
                           + tuple(c[2] for c in header[len(header) - sides:]),
                           tuple(c[0] for c in header[:lead]) + tuple(header[lead][0] for _ in labels)
                           + tuple(c[0] for c in header[len(header) - sides:]))]
    whole = sum(1 for row in rows if len(row.values) == width)
    short = sum(1 for row in rows if 0 < len(row.values) < width)
    years_only = all(year_column(label) for label in labels) and mostly_whole(whole, short)
    full = 0
    for row in rows:
        values = row.values
        # (A page's number after a row's full run of values: "107,1\n5" over the next row.)
        if len(values) == width + 1 and _NUMBER.fullmatch(values[-1][1]):
            values = values[:-1]
        if values and (len(values) > width or len(values) < width - derived and (derived or not years_only)):
            values = []  # no telling which column each is in
        # (Under columns of values alone, a row of fewer has its empty cells at its start: a count
        # that starts later, "10\nSố sản phẩm đạt 5 sao (lũy kế)\nSản phẩm\n1\n1\n2\n3\nSở NN&MT"
        # under six columns of years, as the blind annotators of m357 read 2 of its 3 such rows; not
        # where a column names more than a year, a comparison's "So sánh (%)" a row of rates leaves
        # empty, m369, or an indicator's year over rows of places, m199.)
        elif values and len(values) < width and years_only and not derived:
            values = [(values[0][0], "")] * (width - len(values)) + values
        values = values + [(values[-1][0] if values else row.start, "")] * (width - len(values)) if values else []
        cells = [(row.start, row.mark)] if numbered else []
        cells.append(row.name if numbered or not row.mark else (row.start, f"{row.mark} {row.name[1]}"))
        if unit_col and values:
            cells.append(row.unit or (row.name[0], ""))
        cells += values
        if values:
            cells += row.sides + [(row.end, "")] * (sides - len(row.sides))
            full += 1
        out.append((row.start, row.end, tuple(c[1] for c in cells), tuple(c[0] for c in cells)))
    if full < 2:
        return None, j + 1
    # (Group rows after the last row of values are the next table's caption or nothing.)
    while len(out[-1][2]) <= 1 + numbered:
        out.pop()
    return out, end


def _rows(lines: list[Line], p: int, header: list[str], unit_col: bool, sides: int,
          numbered: bool = True, unit_at_end=lambda line: None, caption=lambda line: False,
          unit_cell=lambda line: False) -> tuple[list[_Row], int]:
    """The rows from line ``p`` on, and the line after the last (see the module): a header's copy
    a PDF repeats atop a page, and a page's number alone before it or before a row's mark, left
    out; the table ends at a line of words that opens no row and takes no values, or at a heading
    in capitals."""
    rows: list[_Row] = []
    lines = list(lines)  # (a row's mark parted off its name's line in this copy)
    n = len(lines)
    marks = _Marks(numbered)
    while p < n:
        line = lines[p][2]
        if [ln[2] for ln in lines[p:p + len(header)]] == header:
            p += len(header)
            continue
        if _NUMBER.fullmatch(line) and p + 1 < n and (_MARK.fullmatch(lines[p + 1][2])
                                                       or lines[p + 1][2] == header[0]):
            p += 1  # a page's number
            continue
        at = p
        start = lines[p][0]
        mark = bullet = ""
        parted = False  # (a part's letter or number opened the row: "a)", "1.1")
        if joined_mark := marks.joined(line):
            # (A row's number and name on one line: "4 Số thành viên hợp tác xã …".)
            mark = joined_mark
            marks.last = mark
            cut = _JOINED_MARK.match(line).end()
            lines[p] = (lines[p][0] + cut, lines[p][1], line[cut:])
        elif marks.opens(lines, p):
            mark = line
            marks.last = line
            p += 1
        elif (sub := _SUB_MARK.match(line)) and (sub.end() < len(line) or p + 1 < n and _words(lines[p + 1][2])):
            # (A part's letter or number, "a)", "1.1", alone on its line or before its name: a part
            # of the row above, as under a bullet, its number left out; the rows' numbers go on.)
            parted = True
            if sub.end() < len(line):
                lines[p] = (lines[p][0] + sub.end(), lines[p][1], line[sub.end():])
            else:
                p += 1
        elif _BULLET.fullmatch(line) and p + 1 < n and _words(lines[p + 1][2]):
            bullet = line + " "
            p += 1
        elif not _words(line):
            break
        name: list[Line] = []
        # (A name in capitals over one that is not is a group's: "A\nCÁC CHỈ TIÊU KINH TẾ\nTốc độ
        # tăng trưởng …", the group then the row.)
        while p < n and len(name) < _NAME_LINES and (_words(lines[p][2]) or mark and not name and _named(lines, p)) \
                and not (name and (
                _opens_next(lines, p, marks)
                or _CAPITALS.fullmatch(name[-1][2]) and not _CAPITALS.fullmatch(lines[p][2]))):
            name.append(lines[p])
            p += 1
        if not name or not mark and _HEADING_LINE.fullmatch(name[0][2]) and len(name[0][2]) > 30:
            p = at
            break
        unit = None
        if unit_col and len(name) >= 2 \
                and (len(name[-1][2].split()) <= _UNIT_WORDS or _SIGN_UNIT.fullmatch(name[-1][2])):
            last, name = name[-1], name[:-1]
            if last[2][:1].islower():
                # (A unit wrapped, its first lines read as the name's: "…\nChương\ntrình\n12".)
                name, (last,) = _unit_cell_wrapped(name, last)
            unit = (last[0], last[2])
        elif unit_col and len(name) == 1 and (cut := unit_at_end(name[0][2])):
            # (A unit in lower case the normaliser joined to the name: "Đá xây dựng các loại nghìn m3".)
            start_, end_, words_ = name[0]
            unit = (start_ + cut, words_[cut:])
            name = [(start_, start_ + cut, words_[:cut].rstrip())]
        elif unit_col and p < n and _SIGN_UNIT.fullmatch(lines[p][2]):
            unit = (lines[p][0], lines[p][2])
            p += 1
        values: list[tuple[int, str]] = []
        # (A row's cells on one line, as a PDF's text layer joins a baseline's: "Số hợp tác xã
        # thành lập mới hợp tác xã 25 30 35", its values, then its unit, parted off the name.)
        # (Or the name's last line holds the unit and the values: "Tỷ lệ … đạt chuẩn\nnông thôn %
        # 55 60", "Diện tích sàn nhà ở bình quân\nđầu người\nm2 26 26,5 27".)
        if unit is None and name and (joined := _joined_values(name[-1][2])):
            start_, _end, words_ = name[-1]
            values = [(start_ + at, v) for at, v in joined]
            words_ = words_[:joined[0][0]].rstrip()
            name = name[:-1] + [(start_, start_ + len(words_), words_)]
            if unit_col and (unit_at := unit_at_end(words_) or _repeated_thing(words_)
                             or _unit_words_at(words_, unit_cell)):
                unit = (start_ + unit_at, words_[unit_at:])
                name[-1] = (start_, start_ + unit_at, words_[:unit_at].rstrip())
            elif unit_col and len(name) >= 2 and unit_cell(words_):
                unit = (start_, words_)
                name = name[:-1]
        # (Or a line of its own holds a unit of signs and the values: "1\nTỷ lệ đô thị hóa\n% 38
        # 39,5 41".)
        elif unit is None and p < n and (signed := _SIGN_THEN_VALUES.fullmatch(lines[p][2])):
            unit = (lines[p][0], signed.group(1))
            values = [(lines[p][0] + signed.start(2) + v.start(), v.group())
                      for v in _ONE_VALUE.finditer(signed.group(2))]
            p += 1
        on_lines = not values
        while on_lines and p < n and (_is_value(lines[p][2]) or _DASH_THEN_VALUE.fullmatch(lines[p][2])) \
                and not _opens_next(lines, p, marks):
            # (A dash for none the normaliser joined to the value after it: "-\n1" → "- 1".)
            if dashed := _DASH_THEN_VALUE.fullmatch(lines[p][2]):
                values += [(lines[p][0], "-"), (lines[p][0] + dashed.start(1), dashed.group(1))]
            else:
                values.append((lines[p][0], lines[p][2]))
            p += 1
        side: list[tuple[int, str]] = []
        # (Not a name over its values; a note before the next row's number is a note: "Gạch không
        # nung chiếm tối thiểu 35%\n4\nĐá xây dựng …".)
        # (A note's lines go on where they wrap; a heading in capitals or an annex's caption ends
        # the table.)
        while values and sides and p < n and _words(lines[p][2]) and not _opens_next(lines, p, marks) \
                and not (p + 1 < n and _is_value(lines[p + 1][2]) and not _opens_next(lines, p + 1, marks)) \
                and not _HEADING_LINE.fullmatch(lines[p][2]) and not caption(lines[p][2]) \
                and (len(side) < sides or lines[p][2][:1].islower() or side[-1][1][-1:] in ",;"):
            if len(side) < sides:
                side.append((lines[p][0], lines[p][2]))
            else:
                side[-1] = (side[-1][0], f"{side[-1][1]} {lines[p][2]}")
            p += 1
        words = bullet + " ".join(ln[2] for ln in name)
        # (A group's heading in capitals over a numbered row is a row of the table.)
        grouped = bool(_CAPITALS.fullmatch(words)) and p < n and marks.opens(lines, p)
        if not mark and not values and not parted and not grouped and not words.endswith(":") \
                and not _BULLETED.match(words):
            p = at
            break  # words that open no row: the table has ended
        rows.append(_Row(start, lines[p - 1][1], mark, (name[0][0], words), unit, values, side))
    return rows, p


def _joined_values(line: str) -> list[tuple[int, str]] | None:
    """The values ending a line of words, where two or more do (see :data:`_TRAILING_VALUES`), and
    where each starts; None else."""
    m = _TRAILING_VALUES.search(line)
    if not m or not _LETTER.search(line[:m.start()]):
        return None
    return [(m.start() + v.start(), v.group()) for v in _ONE_VALUE.finditer(m.group())]


def _unit_words_at(words: str, unit_cell) -> int | None:
    """Where the last one to three words of a name make a unit's cell (``unit_cell``), others
    before them: "Số nhà ở xã hội hoàn thành căn" → "căn"; None where none do."""
    parts = words.split()
    for k in (3, 2, 1):
        if len(parts) > k and unit_cell(" ".join(parts[-k:])):
            return len(words) - len(" ".join(parts[-k:]))
    return None


def _repeated_thing(words: str) -> int | None:
    """Where the thing a count's name counts, repeated at its end as the unit, starts ("Số hợp tác
    xã thành lập mới hợp tác xã": "hợp tác xã"); None where none is."""
    parts = words.split()
    for k in (3, 2, 1):
        if len(parts) > k + 1 and " ".join(parts[-k:]) in " ".join(parts[:-k]):
            return len(words) - len(" ".join(parts[-k:]))
    return None


# A row's number before its name on one line ("4 Số thành viên").
_JOINED_MARK = regex.compile(r"(\d{1,3})\.?[ \t]+(?=\p{Lu})")


class _Marks:
    """The rows' marks so far: a number opens a row where the table numbers its rows, is the
    first or follows the last ("1" after "I", "5" after "4"; a value "90" over the next row's name
    is none), a group's mark ("II", "B") anywhere."""

    def __init__(self, numbered: bool):
        self.numbered = numbered
        self.last: str | None = None

    def joined(self, line: str) -> str | None:
        """The number opening ``line`` before its name where it is the next row's ("4 Số thành
        viên …" after row 3, "1 Tỷ lệ …" first or after a group's "I"), else None."""
        m = _JOINED_MARK.match(line)
        if not m or not self.numbered:
            return None
        expected = 1 if self.last is None or not self.last.isdigit() else int(self.last) + 1
        return m.group(1) if int(m.group(1)) == expected else None

    def opens(self, lines: list[Line], p: int) -> bool:
        line = lines[p][2]
        if not (_MARK.fullmatch(line) and p + 1 < len(lines) and _named(lines, p + 1)):
            return False
        if not line.isdigit():
            return True
        return self.numbered and (self.last is None or line == "1" or not self.last.isdigit()
                                  or int(line) == int(self.last) + 1)


def _opens_next(lines: list[Line], p: int, marks: _Marks) -> bool:
    """Whether line ``p`` opens the next row: a mark (:class:`_Marks`) or a bullet over words, a
    bulleted name, or "Trong đó:"."""
    line = lines[p][2]
    over_words = p + 1 < len(lines) and _words(lines[p + 1][2])
    return marks.opens(lines, p) or marks.joined(line) is not None \
        or bool(_BULLET.fullmatch(line)) and over_words \
        or bool(_BULLETED.match(line)) or line.endswith(":") and len(line.split()) <= 3
