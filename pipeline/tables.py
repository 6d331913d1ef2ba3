"""Tables as legal-database pages render them: one cell at a time, each cell's lines, then a line
holding only "|" (p009, p024, p028, p036, p037 of corpus/real2: every table of theirs); and as a
PDF's text layer or a document exported as text writes them: one cell a line with no bars at all
(:func:`line_tables`).

Read by the responsibilities (units of "Cơ quan chủ trì" columns) and the targets (columns of
years or aims) extractors.
"""
from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

import regex

from .text import fold
from .vocab import alternation, cue, load_json

# A row ends with two bar lines in a row ("|\n|": an empty cell between them), so a row is the
# cells between two empty ones. (An empty cell inside a row is written the same way: such a row
# reads as two, each with fewer cells than its header.)
BAR_LINE = regex.compile(r"^[ \t]*\|[ \t]*$", regex.M)
# A cell of more lines than this, or holding a blank line, is no table's: text between two tables.
CELL_LINES = 40
# A cell opening with an annex's caption in capitals ("**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ …\n*(Kèm theo
# …)*" between the bar closing the signature's table and the one opening the annex's, as a
# legal-database page prints them: real2's p037, a ministry's decision of the probes, m333): text
# between two tables, no cell of either (the annex's header had taken it, and the signature, for
# its first cells, its columns read one off).
_ANNEX_OPENING = regex.compile(rf"[*_ \t]*(?:{cue('appendix', capitals=True)})(?![\p{{L}}])")

# A letter; a line ending in a lower-case letter (compiled once: the normaliser reads every
# text's lines through these).
_LETTER = regex.compile(r"\p{L}")
_LOWER_END = regex.compile(r"\p{Ll}$")


class CellRow(NamedTuple):
    """A row: from its first cell's bar line to the bar line after its last cell; its cells
    (stripped of spaces at both ends) and where each starts in the text."""
    start: int
    end: int
    cells: list[str]
    starts: list[int]
    # The empty segments ("|\n|") between the previous row's last cell and this row's first (one
    # the rows' boundary, the others empty cells; 0 at a table's start).
    gap: int = 0
    # For a table's last row, the empty segments after its last cell (its empty cells at the end,
    # "Ghi chú" left blank, and the table's closing bars); 0 for any other row.
    tail: int = 0


def cell_tables(text: str, lo: int, hi: int) -> Iterator[list[CellRow]]:
    """The tables written one cell per line (BAR_LINE) in ``text[lo:hi]``, a list of rows each;
    text between two tables (a "cell" of a blank line or of more than CELL_LINES lines) ends one.
    (A row cut by such text is dropped, unless as wide as the table's widest row.)"""
    bars = [m.start() for m in BAR_LINE.finditer(text, lo, hi)]
    table: list[CellRow] = []
    row: list[str] = []
    starts: list[int] = []
    row_start: int | None = None
    gap = empty = 0
    for a, b in zip(bars, bars[1:]):
        nl = text.find("\n", a, b)
        raw_start = nl + 1 if nl >= 0 else b
        raw = text[raw_start:b]
        cell = raw.strip()
        if not cell:  # "|\n|": a row ends
            if row and row_start is not None:
                table.append(CellRow(row_start, a, row, starts, gap))
                empty = 0
            row, starts, row_start = [], [], None
            empty += 1
            continue
        if "\n\n" in text[a:b] or text.count("\n", a, b) > CELL_LINES or _ANNEX_OPENING.match(cell):
            # (A row closed by its last cell's bar alone, right before the text, is whole where it
            # is as wide as the table's widest: the last row of a table of aims, "2 | Số doanh
            # nghiệp … | 1.100 | -\n|\n\n"; or as a row of three cells or more above it, a cell
            # merged down over it as over that one: "12 | Tỷ lệ … | % | 71,5 | 80,2 | 90%" under
            # the lead body "Bảo hiểm xã hội tỉnh" of row 11.)
            # (Or as the cells that end a table read by its stride: "… | 2.645 |" then "| 3.558 | 7,7
            # |", the last row's after an empty cell, the segments then fitting the stride.)
            # (Or as values alone after a row of values alone, the last of a row parted by its
            # empty cells: "9 | Sản phẩm điện, điện tử | | 90 | | 105 | | 230" read as "9 | …",
            # "90", "105", "230".)
            if table and row and row_start is not None and (
                    len(row) >= max(len(r.cells) for r in table)
                    or all(is_value_cell(c) for c in row) and all(is_value_cell(c) for c in table[-1].cells)
                    or len(row) >= 3 and any(len(r.cells) == len(row) for r in table)
                    or _strided([*table, CellRow(row_start, a, row, starts, gap)]) is not None):
                table.append(CellRow(row_start, a, row, starts, gap))
                empty = 0
            if table:
                yield _with_tail(table, empty)
            table, row, starts, row_start = [], [], [], None  # text between two tables, not a cell
            empty = 0
            continue
        if row_start is None:
            row_start, gap = a, (empty if table else 0)
        row.append(cell)
        starts.append(raw_start + len(raw) - len(raw.lstrip()))
    if row and row_start is not None:
        table.append(CellRow(row_start, bars[-1], row, starts, gap))
        empty = 0
    if table:
        yield _with_tail(table, empty)


def _with_tail(table: list[CellRow], empty: int) -> list[CellRow]:
    """The table with its last row's ``tail``: the empty segments read after it."""
    table[-1] = table[-1]._replace(tail=empty)
    return table


def cell_rows(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, cells) of each row of the tables written one cell per line (BAR_LINE)."""
    for table in cell_tables(text, lo, hi):
        for row in table:
            yield row.start, row.end, row.cells


def _width(table: list[CellRow]) -> int:
    """A table's width: its widest row's, plus the empty cells after it where most rows that wide
    (two at least) have as many after them ("Ghi chú" left blank in every row: no row is read as
    wide as the header, whose two rows say 13 columns while each row holds 12 cells and an empty
    one). Empty segments that make the next row as wide as the widest are its leading cells ("| 1 |
    Tên | 5 |" then "| | Trong đó | 3 |"), not this row's."""
    widest = max((len(r.cells) for r in table), default=0)
    # (A header of one row as wide, with no empty segment after it, tells the width: its cells are
    # never empty. Rows of values whose first cell, a number, is left empty under a group's
    # "Trong đó:" put an empty segment after the row before them, as wide: "A | TỔNG KIM NGẠCH
    # XUẤT KHẨU | … | 11,3" then "| | - Doanh nghiệp trong nước | …".)
    if len(table) > 1 and len(table[0].cells) == widest and table[1].gap == 1 \
            and not _opens_body(table[0].cells) and _opens_body(table[1].cells) \
            and all(c.strip() for c in table[0].cells):
        return widest
    after: Counter[int] = Counter()
    rows = 0
    for row, nxt in zip(table, [*table[1:], None]):
        if len(row.cells) != widest:
            continue
        rows += 1
        extra = row.tail if nxt is None else nxt.gap - 1
        if extra > 0 and (nxt is None or len(nxt.cells) + extra != widest):
            after[extra] += 1
    if after:
        extra, n = after.most_common(1)[0]
        if n >= 2 and 2 * n >= rows:
            return widest + extra
    return widest


def _with_inner_empties(table: list[CellRow], width: int) -> list[CellRow]:
    """The rows, a row with two empty cells inside or more joined again: a short row, then two
    rows or more of values alone ("1 | Số hợp tác xã | hợp tác xã | 5 | | 8 | | 12": "8" and
    "12" read as rows of their own), whose cells and the empty segments between make ``width``,
    with the empty segments after them but the boundary where they fall short ("A | Nhóm nông sản
    | | 1.552 | | 2.053 | |", a group's subtotals, its growth left empty). (One empty cell inside
    a row, :func:`aligned` joins.)"""
    return _runs_joined(table, width, 3, lambda _row, part: all(is_value_cell(c) for c in part.cells),
                        lambda _row, _after: True)


def _with_parted_sub_rows(table: list[CellRow], width: int) -> list[CellRow]:
    """The rows, a measure's row under a product's, its number and name merged down and left out,
    whose first value is empty, joined again: after a row ending with a value, a row of two or
    three cells of words (the measure and its unit), one empty segment, then a row of values alone,
    together short of ``width`` by at most two cells (those merged down). "7 | Cà phê rang xay … |
    Sản lượng xuất khẩu | Tấn | | 60 | … | 220" then "Kim ngạch xuất khẩu | Nghìn USD | | 540 | …
    | 2.150", a product new to export with no estimate of its year before the plan (an export
    decision of the probes, m347). The row stays short, for :func:`merged_cells_filled`."""
    out: list[CellRow] = []
    k = 0
    while k < len(table):
        row = table[k]
        nxt = table[k + 1] if k + 1 < len(table) else None
        prev = out[-1] if out else None
        if nxt is not None and prev is not None and prev.cells and is_value_cell(prev.cells[-1]) \
                and 2 <= len(row.cells) <= 3 and not any(is_value_cell(c) for c in row.cells) \
                and not _ROW_MARK_CELL.fullmatch(row.cells[0].strip(" *.)")) \
                and nxt.gap == 1 and nxt.cells and all(is_value_cell(c) for c in nxt.cells) \
                and 0 < width - (len(row.cells) + 1 + len(nxt.cells)) <= _MERGED_DOWN_MOST:
            out.append(_joined([row, nxt], 0, 2, 0)[0])
            k += 2
            continue
        out.append(row)
        k += 1
    return out


# The most cells a measure's row leaves out at its start, merged down from its product's (the
# number and the name).
_MERGED_DOWN_MOST = 2


def _with_numbered_runs(table: list[CellRow], width: int) -> list[CellRow]:
    """The rows, the rows read from a row's number ("3") to the next row's ("4", or a group's,
    "II") joined where they make ``width`` cells exactly with the empty segments between them and
    those after them but the boundary: a numbered row with empty cells inside and at its end, "3 |
    Xã Khe Sanh | 360 | 360 | | 55 | 80 | |" (an empty "Rừng phòng hộ" and "Ghi chú"), read as
    "3 … 360" and "55 | 80"; what follows it then opens after one boundary."""
    return _runs_joined(table, width, 2,
                        lambda row, part: (n := _row_number(row)) is not None and not _opens_next(part.cells, n),
                        lambda row, after: after is None or _opens_next(after.cells, _row_number(row) or ""))


def _row_number(row: CellRow) -> str | None:
    """A row's number: its first cell's ("3"), before its name (a value read alone, "310" of a row
    whose cells are parted by empty ones, numbers none)."""
    m = _ROW_NUMBER_CELL.fullmatch(_plain(row.cells[0]))
    return m.group() if m and len(row.cells) > 1 and not is_value_cell(row.cells[1]) else None


def _with_short_numbered_runs(table: list[CellRow], width: int) -> list[CellRow]:
    """The rows, a numbered row of words alone and the rows of values alone after it, up to the
    next row's number, joined where one empty segment parts each from the next and one or two
    (its last cell empty, "Ghi chú") from the next row, and they fall short of ``width``: a row
    whose cells merged down from the row above are
    left out, with empty cells inside, "8 | Giày dép, túi xách | | 310 | | 345 | | 540" (its unit
    and note merged down from "7 | Hàng dệt may | Triệu USD | | 420 | … | Chủ yếu do …", its
    quantities empty), read as "8 | Giày dép …", "310", "345" and "540". The row stays short, for
    :func:`merged_cells_filled`."""
    return _numbered_runs_of_values(table, width, 3, holding_values=False)


def _with_numbered_value_runs(table: list[CellRow], width: int) -> list[CellRow]:
    """The rows, a numbered row holding values and the rows of values alone after it, up to the
    next row's number, joined as :func:`_with_short_numbered_runs` joins them, where they fall
    short of ``width``: a row with an empty cell inside whose last cell merged down from the row
    above is left out, "2 | Phường Nông Tiến | 0,4 | 15 | 30 | | 45" under "1 | Phường Minh Xuân
    | … | Không giao chỉ tiêu hỗ trợ nhà", read as "2 | … | 30" and "45". The row stays short."""
    return _numbered_runs_of_values(table, width, 2, holding_values=True)


def _numbered_runs_of_values(table: list[CellRow], width: int, fewest: int, holding_values: bool) -> list[CellRow]:
    """The rows, runs of ``fewest`` rows or more joined short (:func:`_runs_joined`): a numbered row
    (holding values itself or not, ``holding_values``), the rows of values alone after it one empty
    segment apart, closed by the next row's number (or a group's) one or two segments on."""
    return _runs_joined(table, width, fewest,
                        lambda row, part: (n := _row_number(row)) is not None and part.gap == 1
                        and all(is_value_cell(c) for c in part.cells) and not _opens_next(part.cells, n),
                        lambda row, after: (after is None or after.gap <= 2
                                            and _opens_next(after.cells, _row_number(row) or ""))
                        and any(is_value_cell(c) for c in row.cells[1:]) == holding_values,
                        short=True)


def _runs_joined(table: list[CellRow], width: int, fewest: int, goes_on, closes, short: bool = False) -> list[CellRow]:
    """The rows, each run of ``fewest`` rows or more joined into one: a row and the rows after it
    that ``goes_on(row, part)`` takes, while short of ``width``, where their cells and the empty
    segments between make ``width`` with at most the empty segments after them but the boundary
    (:func:`_joined`), or fall short of it (``short``: the row left short, no empty cell taken
    after it), and ``closes(row, after)`` accepts the row after them (None at the table's end)."""
    out: list[CellRow] = []
    k = 0
    while k < len(table):
        row = table[k]
        m, total = k + 1, len(row.cells)
        while total < width and m < len(table) and goes_on(row, table[m]):
            total += table[m].gap + len(table[m].cells)
            m += 1
        after = table[m].gap - 1 if m < len(table) else table[-1].tail
        fits = total < width if short else total <= width <= total + after
        if m - k >= fewest and fits and closes(row, table[m] if m < len(table) else None):
            joined, table = _joined(table, k, m, 0 if short else width - total)
            out.append(joined)
            k = m
            continue
        out.append(row)
        k += 1
    return out


def _joined(table: list[CellRow], k: int, m: int, empty: int) -> tuple[CellRow, list[CellRow]]:
    """Rows ``k`` to ``m`` (excluded) of a table as one row, the empty segments between them its
    empty cells, and ``empty`` empty cells at its end taken from the segments after it (the next
    row then opening after fewer; the table's last row's ``tail`` less them); and the table with
    the next row's ``gap`` so lessened."""
    row, last = table[k], table[m - 1]
    cells, starts = list(row.cells), list(row.starts)
    for part in table[k + 1:m]:
        cells += [""] * part.gap + part.cells
        starts += [part.start] * part.gap + part.starts
    cells += [""] * empty
    starts += [last.end] * empty
    joined = CellRow(row.start, last.end, cells, starts, row.gap, last.tail - empty if m == len(table) else 0)
    if m < len(table):
        table = [*table[:m], table[m]._replace(gap=table[m].gap - empty), *table[m + 1:]]
    return joined, table


def _opens_next(cells: list[str], number: str) -> bool:
    """Whether a row opens the row after row ``number``: with the next number, or a group's mark
    ("II", "B") or heading ("II. HẠ TẦNG SỐ", :func:`_opens_group`): a figure after an empty cell
    ("55" after "3 | Xã Khe Sanh | 360 | 360 | |") does not."""
    plain = _plain(cells[0])
    return plain == str(int(number) + 1) or bool(_GROUP_LETTER.fullmatch(plain)) or _opens_group(cells)


# A row's number alone in its first cell ("3"); a group's letter ("B").
_ROW_NUMBER_CELL = regex.compile(r"\d{1,3}")
_GROUP_LETTER = regex.compile(r"\p{Lu}")


def aligned(table: list[CellRow]) -> list[CellRow]:
    """The rows of a table with their empty cells put back: of a table printed with every cell, by
    its stride (:func:`_strided`); of any other, the table's width W its widest row's:
    a row of W cells is W segments, then an empty one (the boundary), so a short row and the next
    whose cells and the empty segments between make W exactly are one row with empty cells inside
    ("1 | Tỷ lệ | % | | 60"); other empty segments are empty cells, at the end of a short row up
    to W ("I | Đến năm 2025 | |", "… | Năm 2025 | |" of an empty "Ghi chú": the table's last row's
    too, read after it), then at the start of the next. (Exact for a table without cells spanning
    rows or columns, and with one empty cell inside a row at most; such a table's rows are left as
    read, short. Joining a row with two empty cells, one inside and one at its end, from the empty
    segments after it was tried: it broke a real table of aims, whose rows it joined wrongly.)"""
    strided = _strided(table)
    if strided is not None:
        return strided
    width = _width(table)
    out: list[CellRow] = []
    cur: CellRow | None = None
    rows = _with_parted_sub_rows(_with_numbered_value_runs(_with_short_numbered_runs(
        _with_inner_empties(_with_numbered_runs(table, width), width), width), width), width)
    body = next((k for k, r in enumerate(rows) if _opens_body(r.cells)), len(rows))
    total = _total_row(rows, body, width)
    for k, row in enumerate(rows):
        # (Not a row opening with a group's number, "I | Nông sản" under a header's row of years:
        # its cells merged across are left out, so the two may make the width by chance.)
        # (Nor two rows of a header of three rows or more, above the first row of figures or
        # numbered: "TT | Xã | Chỉ tiêu năm học 2026 - 2027 | Ghi chú" over "Tỷ lệ huy động (%) |
        # Số trường (trường)" over "Nhà trẻ | Mẫu giáo | Trẻ 5 tuổi" makes the width of 7 with its
        # first two rows by chance; its cells merged across or down are left out, none empty. Two
        # rows of a header joined so stay joined: the readers of headers of two rows take them so.)
        # (But a total row's name and its figures are one row, :func:`_total_row`.)
        if cur is not None and (len(cur.cells) + row.gap + len(row.cells) == width
                                and not _opens_group(row.cells) and (k > body or k < body < 3)
                                or k == body and total):
            pad = [""] * row.gap
            cur = CellRow(cur.start, row.end, cur.cells + pad + row.cells,
                          cur.starts + [row.start] * row.gap + row.starts, cur.gap, row.tail)
            continue
        leading = max(row.gap - 1, 0)
        if cur is not None:
            # (Empty segments that make the next row as wide as the table, and leave the short row
            # before short still, are the next row's: "1 | Cây lúa" (its cells merged across left
            # out), then " | - Diện tích | ha | 58.200 | 57.500 | 54.000", the group's parts.)
            # (Not where the next row opens with its number: it has its first cells, "2 | Ngô | …"
            # after a row whose product's cell, merged down, is left out, and an empty "Ghi chú".)
            # (Nor after a header's last row, whose cells merged are left out, none empty: the
            # empty segment after "Nhà trẻ | Mẫu giáo | Trẻ 5 tuổi" is the first cell of "| Toàn
            # tỉnh | 86.420 | …", its number's.)
            gives_next = len(row.cells) + leading == width and len(cur.cells) + leading < width \
                and not _ROW_MARK_CELL.fullmatch(row.cells[0].strip(" *.)"))
            # (Nor the number's cell of a total row's name, :func:`_total_row`.)
            gives_next = gives_next or total and k + 1 == body
            # (A group's row of one cell before the first row, "I. NÂNG CAO NHẬN THỨC …", is no
            # header's: the empty segment after it is the row's own, as before.)
            header_end = k == body and len(cur.cells) > 1 and len(row.cells) + leading <= width
            trailing = 0 if gives_next or header_end else min(leading, width - len(cur.cells))
            out.append(cur._replace(cells=cur.cells + [""] * trailing,
                                    starts=cur.starts + [cur.end] * trailing))
            leading -= trailing
        # (Never wider than the table: a row that is whole already takes none of the empty segments
        # before it, "3 | Phủ sóng 5G … | … | Vốn doanh nghiệp" after a group's row "II. HẠ TẦNG SỐ"
        # with its five empty cells.)
        leading = min(leading, max(width - len(row.cells), 0))
        cur = row._replace(cells=[""] * leading + row.cells, starts=[row.start] * leading + row.starts)
    if cur is not None:
        trailing = min(cur.tail, width - len(cur.cells))
        out.append(cur._replace(cells=cur.cells + [""] * trailing, starts=cur.starts + [cur.end] * trailing))
    return out


@functools.cache
def _units_of_cells() -> frozenset[str]:
    """The units a table's unit cell may hold, folded: the units of measure and the counted nouns of
    targets.json ("Ha", "Tấn", "Người", "%")."""
    v = load_json("targets.json")
    return frozenset(fold(w) for w in (*v["measure_units"], *v["count_units"], "%"))


def _unit_cell(cell: str) -> bool:
    """Whether a cell holds a unit alone ("Ha", "**Tấn**", "Người")."""
    return fold(_plain(cell)).strip() in _units_of_cells()


def _total_row(rows: list[CellRow], body: int, width: int) -> bool:
    """Whether the table's first row of figures goes on the row of one name before it, under the
    header, whose number's cell is empty: a total row parted by its empty cells, "| | Toàn tỉnh |
    | 11.235 | 14.700 | …" (its number's and its product's cells empty) read as "Toàn tỉnh" and
    the figures, or "| | Tổng cộng | | Ha | 11.600 | 19.000 | |" ("Ha", "11.600", "19.000"): the
    name's empty segments, the figures' and those after them but the boundary make the width.
    (A header's last row has none before it: its cells merged down are left out.)"""
    if not 1 < body < len(rows):
        return False
    name, figures = rows[body - 1], rows[body]
    if name.gap < 2 or len(name.cells) != 1 or is_value_cell(name.cells[0]) or _opens_group(name.cells) \
            or not is_value_cell(figures.cells[-1]) \
            or not all(is_value_cell(c) or _unit_cell(c) for c in figures.cells):
        return False
    used = name.gap - 1 + 1 + figures.gap + len(figures.cells)
    after = rows[body + 1].gap - 1 if body + 1 < len(rows) else figures.tail
    return used <= width <= used + after


# The widest table read by its stride (:func:`_strided`).
_STRIDE_WIDEST = 40
# The most columns a table read by its stride may have beyond its widest row read (columns empty in
# every row, or in every row as wide).
_STRIDE_EMPTY_COLUMNS = 3


def _strided(table: list[CellRow]) -> list[CellRow] | None:
    """The rows of a table printed with every cell, its empty ones too (no cell merged and left
    out), read by their stride: such a table is its rows' W segments each, one empty segment
    between two rows, so the segments between its bars are N·W + N − 1 and every (W + 1)th is
    empty; the narrowest W of two cells or more that fits so, with no row all empty, is the
    table's width and cuts it into rows exactly, however many of their cells are empty ("| | *Trong
    đó:* | | | … |" under "| 1 | Tổng diện tích nuôi trồng thủy sản | ha | 405.600 | … |", its
    figures under the right years). None where no width fits (a cell merged across or down left
    out): :func:`aligned` reads such a table by its rows' widths."""
    if len(table) < 2:
        return None
    # (Each segment: its text, where it starts, and the row read by cell_tables holding it; a row
    # so read never spans two rows of the table, whose boundary is an empty segment.)
    segments: list[tuple[str, int, CellRow | None]] = []
    for k, row in enumerate(table):
        segments += [("", row.start, None)] * (row.gap if k else 0)
        segments += [(cell, start, row) for cell, start in zip(row.cells, row.starts)]
    segments += [("", table[-1].end, None)] * table[-1].tail
    n = len(segments)
    # (The width is the widest row read, or a few more cells where every row leaves some empty,
    # "Ghi chú"; a wider stride that fits by chance joins rows, a short group's row "I | Giảm
    # nghèo" being no full row's: 30 cells of five rows under a header of six.)
    widest = max(len(row.cells) for row in table)
    for width in range(max(2, widest), min(_STRIDE_WIDEST, n, widest + _STRIDE_EMPTY_COLUMNS) + 1):
        if (n + 1) % (width + 1):
            continue
        count = (n + 1) // (width + 1)
        if count < 2:
            break
        if any(segments[i * (width + 1) + width][0] for i in range(count - 1)):
            continue
        rows = [segments[i * (width + 1):i * (width + 1) + width] for i in range(count)]
        if not all(any(cell for cell, _, _ in cut) for cut in rows):
            continue
        out = []
        for i, cut in enumerate(rows):
            held = [r for _, _, r in cut if r is not None]
            start, end = held[0].start, held[-1].end
            out.append(CellRow(start, end, [cell for cell, _, _ in cut],
                               [at if cell else start for cell, at, _ in cut], 1 if i else 0))
        return out
    return None


def _opens_group(cells: list[str]) -> bool:
    """Whether a row opens a group of rows: with a group's number alone in its first cell ("I |
    Nông sản"), or as one cell holding a group's number and name ("II. HẠ TẦNG SỐ", "B. CÁC NHIỆM
    VỤ"): a row of its own, never the end of a short row before it."""
    return bool(_GROUP_MARK.fullmatch(cells[0].strip(" *."))) \
        or len(cells) == 1 and bool(_GROUP_HEADING.match(cells[0].strip(" *")))


# A group's heading in a cell: a Roman numeral or a capital letter, a dot, and words in capitals.
_GROUP_HEADING = regex.compile(r"(?:[IVX]{1,4}|[A-Z])\.\s+\p{Lu}[\p{Lu}\s,]{3,}")


def _opens_body(cells: list[str]) -> bool:
    """Whether a row is no header's: it opens with a row's number or holds a figure."""
    return bool(cells) and (_ROW_MARK_CELL.fullmatch(cells[0].strip(" *.)")) is not None
                            or any(_VALUE_LINE.fullmatch(c.strip(" *")) for c in cells))


# A cell numbering a row: "1", "1.2", "II", "a".
_ROW_MARK_CELL = regex.compile(r"[IVXL]{1,5}|\d{1,3}(?:\.\d{1,3})*|\p{L}")
# A group row's number, alone on its line ("I", "II"): no header's cell.
_GROUP_MARK = regex.compile(r"[IVX]{1,4}")
# A table's cell alone on its line that numbers its row ("1", "12"; a year, "2026", where the rows
# are years).
_ROW_NUMBER = regex.compile(r"\d{1,4}")
# The most lines a table written one line a cell with no bars (:func:`line_tables`) may take for
# its header, and the longest header cell (:func:`_line_tables`).
_LINE_HEADER_CELLS = 8
_LINE_HEADER_LENGTH = 120


def cell_lines(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The lines of ``text[lo:hi]`` that hold words or figures, as (start of the words, end, the
    line stripped); blank lines left out, and a page's number alone between two blank lines (a
    PDF's text layer breaking a table over two pages: "75\n\n3\n\n2028") or beside the form feed
    opening a page (:func:`_page_number_at_break`)."""
    lines = _stripped_lines(text, lo, hi)
    return [ln for j, ln in enumerate(lines) if ln[2] and not (
        _ROW_NUMBER.fullmatch(ln[2]) and (0 < j < len(lines) - 1 and not lines[j - 1][2] and not lines[j + 1][2]
                                          and not _double_spaced(lines, j)
                                          or _page_number_at_break(text, ln)))]


def _double_spaced(lines: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the number alone on line ``j``, between two blank lines, sits among lines each alone
    between blank lines too: a table a web page's text writes one cell a paragraph ("STT\n\nChỉ
    tiêu\n\n…\n\n1\n\nTốc độ tăng tổng sản phẩm …\n\n%\n\n6"), the number a row's, not a page's
    (which stands between paragraphs of several lines)."""
    def alone(k: int) -> bool:
        return 0 < k < len(lines) - 1 and bool(lines[k][2]) and not lines[k - 1][2] and not lines[k + 1][2]
    return alone(j - 2) and alone(j + 2)


def _page_number_at_break(text: str, line: tuple[int, int, str]) -> bool:
    """Whether a number alone on its line is the page's, printed by pdftotext right before the form
    feed that opens the next page ("5,8\n10\n\f6,5": page 10's foot) or right after it ("\f2\n"):
    it is the number of form feeds before the line's end plus one (a table's figure so placed, a
    row's last "110" before the break, is none where it is not that page's number). A university's
    plan of the probes, m325, broke its table of aims eight times so."""
    start, end, number = line
    at_break = text.startswith("\f", end + 1) or start > 0 and text[start - 1] == "\f"
    return at_break and int(number) == text.count("\f", 0, end) + 1


def _stripped_lines(text: str, lo: int, hi: int, most: int | None = None) -> list[tuple[int, int, str]]:
    """The lines of ``text[lo:hi]``, blank ones too, as (start of the words, end, the line stripped);
    the first ``most`` of them where given."""
    lines: list[tuple[int, int, str]] = []
    pos = lo
    while pos < hi and (most is None or len(lines) < most):
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        raw = text[pos:end]
        lines.append((pos + len(raw) - len(raw.lstrip()), end, raw.strip()))
        pos = end + 1
    return lines


def _numbered_rows(cells: list[tuple[int, int, str]], j: int, k: int) -> int:
    """How many rows of ``k`` lines follow from line ``j`` on, each opening with the number after
    the last row's (1, 2, 3 …; or years, 2025, 2026 …), no line of a pipe table among them."""
    rows, expected = 0, None
    while j + k <= len(cells):
        label = cells[j][2]
        if not _ROW_NUMBER.fullmatch(label) or (expected is not None and int(label) != expected) \
                or any("|" in c[2] for c in cells[j:j + k]):
            break
        expected = int(label) + 1
        rows += 1
        j += k
    return rows


# A row of a table written one cell a line: its start and end, its cells and where each starts.
LineRow = tuple[int, int, tuple[str, ...], tuple[int, ...]]


# (The targets read these tables twice, their lines' breaks and their cells, and the units once:
# the pass over a document's lines is made once for each (text, span).)
@functools.lru_cache(maxsize=16)
def line_tables(text: str, lo: int, hi: int) -> tuple[tuple[LineRow, ...], ...]:
    """:func:`_line_tables`, read once for a text's span, as tuples (read-only: it is shared)."""
    return tuple(tuple((start, end, tuple(cells), tuple(starts)) for start, end, cells, starts in table)
                 for table in _line_tables(text, lo, hi))


def line_table_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each table of :func:`_line_tables` in the whole text whose header opens with
    its number column ("TT", "STT"): every line from it to the first row's number a header's cell,
    every row as many lines, so none of its cells wraps (the normaliser keeps their line breaks).
    (A header that does not open so may be a wrapped one's tail: "Diện tích vùng sản xuất\ntăng
    thêm (ha)\nGhi chú" over rows "1\nXã An Phú\n1.450" is a header of four cells, two lines one.)"""
    return [(table[0][0], table[-1][1]) for table in _line_tables(text, 0, len(text))
            if _NUMBER_HEADER.fullmatch(table[0][2][0])]


def _line_tables(text: str, lo: int, hi: int):
    """The tables a PDF's text layer or a document exported as text writes one cell a line with no
    bars (m15, m23 of corpus/probes): a header of 3 to 8 lines of words right before a line holding
    a row's number, then two or more rows of as many lines, each opening with the number after the
    last row's ("STT\nTên xã\nSố tiêu chí …\n1\nXã Hàm Yên\n15\n2\nXã Lâm Bình\n13"); rows
    as (start, end, cells, cells' starts). Of the header sizes the lines allow, the one of the most rows
    (the first lines above a header are its caption). A row with an empty cell, which such a layer
    leaves out, ends the table. (A line ending a sentence, or a question, is no header cell: "1.
    Những tỉnh thành nào tăng trưởng GRDP từ 10% trở lên …?" over "TT".)"""
    cells = cell_lines(text, lo, hi)
    j = 1
    while j < len(cells):
        run = 0  # the lines of words right above line j
        while run < min(j, _LINE_HEADER_CELLS) and _LETTER.search(c := cells[j - run - 1][2]) \
                and not _GROUP_MARK.fullmatch(c) \
                and len(c) <= _LINE_HEADER_LENGTH and "|" not in c and not c.endswith((".", ";", ":", "?")):
            run += 1
        best = max(((_numbered_rows(cells, j, k), -k) for k in range(3, run + 1)), default=(0, 0))
        if best[0] < 2 or not _ROW_NUMBER.fullmatch(cells[j][2]):
            j += 1
            continue
        k = -best[1]
        table = []
        for first in range(j - k, j + best[0] * k, k):
            row = cells[first:first + k]
            table.append((row[0][0], row[-1][1], [c[2] for c in row], [c[0] for c in row]))
        yield table
        j += best[0] * k


# A task table's row's number: "3", or a part's under a group row, "1.2".
_TASK_ROW_NUMBER = regex.compile(r"\d{1,4}(?:\.\d{1,2})?")
# A task table's first header cell, numbering its rows ("TT", "STT", "Số TT").
_NUMBER_HEADER = regex.compile(r"(?:S[ốô][ \t]+)?S?TT", regex.I)
# The last word of a cell's line that ends no cell: the cell goes on the next line ("Cục Thống kê;
# các\nbộ, ngành liên quan", "Bộ Nông nghiệp và\nMôi trường").
_OPEN_ENDING = regex.compile(r"(?:[,;]|(?<!\p{L})(?:và|các|của|với|hoặc|cùng))$")
# A line wholly a bracket in lower case, a count before its words or not ("(01 hội nghị)",
# "(nếu có)"): the end of a cell's words, no cell of its own (not a column's number, "(1)", nor a
# list's letter opening a line, "(đ) Sở Y tế …").
_LOWER_BRACKET = regex.compile(r"\((?:[ \t]*\d[\d.,]*[ \t]+)?\p{Ll}{2,}[^()\n]*\)[ \t.;,]*")
# The most lines a wrapped table's header or row may take.
_WRAPPED_HEADER_LINES = 14
_WRAPPED_ROW_LINES = 40


def _wraps(prev: str, line: str, joins) -> bool:
    """Whether ``line`` goes on with the cell of the line before: it opens in lower case (or with a
    bracket that does, a count before or not: "(01 hội nghị)", "(04 lớp)" closing a task's cell),
    the one before ends with a comma, a semicolon or a connective or leaves a bracket open ("Trung
    Đông (Các Tiểu vương quốc\nẢ Rập Thống nhất)"), or ``joins`` says so."""
    return line[:1].islower() or bool(_LOWER_BRACKET.fullmatch(line)) or bool(_OPEN_ENDING.search(prev)) \
        or prev.count("(") > prev.count(")") or bool(joins and joins(prev, line))


def _or_joins(wraps, joins):
    """``wraps(line before, line)`` or ``joins`` (None: no more) saying a line goes on with the cell
    above it: the join of a kind of table over the caller's."""
    def either(prev: str, line: str) -> bool:
        return bool(wraps(prev, line)) or bool(joins and joins(prev, line))
    return either


def _task_cell_wrap(prev: str, line: str) -> bool:
    """In a task table, a line wholly in brackets goes on with the cell above it: a task's count or
    note ("Hội nghị kết nối giao thương\n(01 hội nghị)"), a unit's role ("Sở Nội vụ\n(chủ trì)");
    no cell of a task table is a bracket alone."""
    return bool(_WHOLE_BRACKET.fullmatch(line))


# A line wholly in one pair of brackets ("(01 hội nghị)", "(chủ trì)"), no date nor period in it
# (a deadline's cell, "(Quý II/2026)").
_WHOLE_BRACKET = regex.compile(r"\((?![^()\n]*(?:/|(?:19|20)\d\d))[^()\n]*\p{L}[^()\n]*\)")


def _time_cell_wrap(prev: str, line: str) -> bool:
    """Whether a line goes on with a deadline's cell begun on the line before: its opening word
    alone ("Trước\n30/4/2025", "Quý\nIV/2026", "Hằng\nnăm", "Thường\nxuyên") or a period broken
    after its dash ("Năm 2026-\n2027"), the two a line of time together (:data:`_TIME_LINE`). m349
    of corpus/probes: "Trước" read as the end of the partner cell above it ("Ban Tổ chức Tỉnh ủy
    Trước")."""
    if _TIME_LINE.fullmatch(prev) and not prev.endswith(("-", "–")):
        return False
    return bool(_TIME_LINE.fullmatch(f"{prev} {line}"))


def _lines_joined(lines: list[tuple[int, int, str]], goes_on) -> list[tuple[int, int, str]]:
    """The lines, each joined to the one before where ``goes_on(line before, line)`` says so."""
    out: list[tuple[int, int, str]] = []
    for start, end, line in lines:
        if out and goes_on(out[-1][2], line):
            out[-1] = (out[-1][0], end, f"{out[-1][2]} {line}")
        else:
            out.append((start, end, line))
    return out


def _time_cells_joined(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The lines, each deadline's cell wrapped after its opening word one line
    (:func:`_time_cell_wrap`)."""
    return _lines_joined(lines, _time_cell_wrap)


def _joined_cells(lines: list[tuple[int, int, str]], joins) -> list[tuple[int, int, str]]:
    """The cells of a row's lines, each wrapped line joined to the one before (:func:`_wraps`)."""
    return _lines_joined(lines, lambda prev, line: _wraps(prev, line, joins))


# The most words of a group row's heading in sentence case (:func:`_group_end`).
_GROUP_WORDS = 12


def _group_end(cells: list[tuple[int, int, str]], m: int) -> int:
    """The line after the group row opening at line ``m`` (its number, "I", "II", over its heading
    in capitals, on one line or more: "II\nLĨNH VỰC CÔNG THƯƠNG, NÔNG NGHIỆP"); ``m`` if none opens there."""
    if m >= len(cells) or not _GROUP_MARK.fullmatch(cells[m][2]):
        return m
    k = m + 1
    while k < len(cells) and _HEADING_LINE.fullmatch(cells[k][2]) and not _NUMBER_HEADER.fullmatch(cells[k][2]):
        k += 1
    # (Or one short line of words in sentence case right before a row's number: "I\nHoàn thiện thể
    # chế, chính sách\n1\n…", a ministry's task annex.)
    if k == m + 1 and m + 2 < len(cells) and _TASK_ROW_NUMBER.fullmatch(cells[m + 2][2]) \
            and _LETTER.search(cells[m + 1][2]) and len(cells[m + 1][2].split()) <= _GROUP_WORDS \
            and not cells[m + 1][2].rstrip().endswith((".", ";", ":")):
        return m + 2
    return k if k > m + 1 else m


def _wrapped_header(cells: list[tuple[int, int, str]], j: int, joins) -> tuple[int, int, int] | None:
    """(the header's end, index of the first row's number, header width) of a header opening at
    line ``j`` with its number column ("TT", "STT") over lines of words up to a line "1", or up to
    the first group's row before it ("I\nLĨNH VỰC ĐẦU TƯ\n1"); None if it is none."""
    i = j + 1
    while i < len(cells) and i - j <= _WRAPPED_HEADER_LINES and cells[i][2] != "1":
        c = cells[i][2]
        if not _LETTER.search(c) or "|" in c or len(c) > _LINE_HEADER_LENGTH:
            return None
        g = _group_end(cells, i)
        if g > i:
            if g < len(cells) and cells[g][2] == "1" and i - j >= 3:
                return i, g, len(_joined_cells(cells[j:i], joins))
            return None
        i += 1
    if i >= len(cells) or cells[i][2] != "1" or i - j < 3:
        return None
    return i, i, len(_joined_cells(cells[j:i], joins))


def _drop_header_copies(cells: list[tuple[int, int, str]], i: int, header: list[str],
                        values: int | None = None) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """Leave out of ``cells`` from line ``i`` on each copy of the header's lines a PDF's text layer
    repeats atop each page of a table (after the page's number, which :func:`cell_lines` leaves
    out), the same table going on: where the copy is followed by a row's own lines, even a cell's
    wrap ("Bảo hiểm xã hội Việt Nam\n5\nTT\nNhiệm vụ\n…\nSản phẩm\nBộ Nội vụ"); not where a
    row "1" or a group "I" follows it (a new table under the same header). In a table of aims
    whose rows hold ``values`` values, a number right before a copy, after a row's full run of
    values, is the page's (no blank lines around it: "118\n142\n160\n112,7\n5\nSTT\n…"); a
    number that completes the run is the row's last value ("12\n20\nSTT" under two columns).
    Returns what it left out, in order: (where, the lines), to put back (:func:`_put_back`)."""
    n = len(header)
    m = i
    dropped: list[tuple[int, list[tuple[int, int, str]]]] = []
    while m + n <= len(cells):
        # (The copy's last line may hold the rest of the cell the page broke, joined to it by the
        # normaliser as a wrap in lower case: "Thời gian hoàn thành nghệ; Bộ Quốc phòng" after
        # "Bộ Khoa học và Công\n5\nTT\n…": that rest stays, a line of its own.)
        last = cells[m + n - 1]
        if n > 1 and cells[m][2] == header[0] and last[2].startswith(header[-1] + " ") \
                and last[2][len(header[-1]) + 1:][:1].islower() \
                and [c[2] for c in cells[m:m + n - 1]] == header[:-1]:
            cut = len(header[-1]) + 1
            cells[m + n - 1:m + n] = [(last[0], last[0] + cut - 1, header[-1]),
                                      (last[0] + cut, last[1], last[2][cut:])]
        if cells[m][2] == header[0] and [c[2] for c in cells[m:m + n]] == header \
                and not (m + n < len(cells) and (cells[m + n][2] == "1" or _group_end(cells, m + n) > m + n)):
            page = values is not None and m - 1 > i and _ROW_NUMBER.fullmatch(cells[m - 1][2]) is not None \
                and _values_before(cells, m - 1) >= values
            dropped.append((m - page, cells[m - page:m + n]))
            del cells[m - page:m + n]
            m -= page
        else:
            m += 1
    return dropped


def _put_back(cells: list[tuple[int, int, str]], dropped: list[tuple[int, list[tuple[int, int, str]]]]) -> None:
    """Undo :func:`_drop_header_copies`: its lines back where they stood."""
    for at, lines in reversed(dropped):
        cells[at:at] = lines


def _values_before(cells: list[tuple[int, int, str]], k: int) -> int:
    """How many lines right before line ``k`` hold a value alone (a row's run of values)."""
    n = 0
    while k - n - 1 >= 0 and _VALUE_LINE.fullmatch(cells[k - n - 1][2]):
        n += 1
    return n


def _next_row_numbers(number: str) -> tuple[tuple[str, ...], str]:
    """The numbers the row after a row numbered ``number`` may have, and the one after them: "2"
    after "1" (or its first part, "1.1"); under a group's part "1.2", the next part "1.3" or the next
    group "2"."""
    if "." in number:
        group, part = (int(x) for x in number.split(".", 1))
        return (f"{group}.{part + 1}", str(group + 1)), f"{group}.{part + 2}"
    n = int(number)
    return (f"{n}.1", str(n + 1)), str(n + 2)


def _row_lines(cells: list[tuple[int, int, str]], i: int, width: int, joins) -> tuple[int, bool]:
    """Where the row numbered at line ``i`` ends (the next row's number, or for the last row the
    line after its ``width``-th cell and its wraps) and whether it is the table's last row."""
    nexts, after = _next_row_numbers(cells[i][2])
    k = i + 1
    while k < len(cells) and k - i <= _WRAPPED_ROW_LINES and cells[k][2] not in (*nexts, after):
        k += 1
    if k < len(cells) and cells[k][2] in nexts:
        return k, False
    nxt = nexts[-1]
    # The next row's number glued to the end of this row's last line (a text layer's lines joined
    # by the normalisation: "Hằng năm 3.000 người/năm 9"): split off where no line holds it.
    for m in range(i + 2, min(k, len(cells))):
        start, end, line = cells[m]
        if line.endswith(" " + nxt) and not cells[m + 1 if m + 1 < len(cells) else m][2].isdigit():
            cut = len(line) - len(nxt) - 1
            cells[m:m + 1] = [(start, start + len(line[:cut].rstrip()), line[:cut].rstrip()),
                              (end - len(nxt), end, nxt)]
            return m + 1, False
    if k < len(cells) and cells[k][2] == after:
        return k, False  # a row whose number is lost: read with the one before, which is left unread
    # The last row: its lines while it has fewer cells than the header, then their wraps.
    row: list[tuple[int, int, str]] = [cells[i]]
    k = i + 1
    while k < len(cells) and k - i <= _WRAPPED_ROW_LINES:
        if len(_joined_cells(row, joins)) >= width and not _wraps(row[-1][2], cells[k][2], joins):
            break
        row.append(cells[k])
        k += 1
    return k, True


def wrapped_line_tables(text: str, lo: int, hi: int, joins=None, opens_name=None):
    """The task tables a PDF's text layer writes one cell a line with no bars, a cell's words
    wrapped over two or three lines (m30 of corpus/probes: "TT\nNội dung nhiệm vụ\nCơ quan chủ
    trì\nCơ quan phối hợp\nThời gian\nthực hiện\n…\n1\n…\nBộ Văn hóa, Thể thao\nvà Du lịch\n…"),
    which :func:`line_tables` (one line a cell) misses: a header opening with its number column
    ("TT", "STT") over lines of words, then rows each opening with its number (1, 2, 3 …); a
    line goes on with the cell before where it opens in lower case, the one before ends with a
    comma, a semicolon or a connective ("và", "các") or leaves a bracket open, it is wholly in
    brackets (:func:`_task_cell_wrap`), or ``joins(line before, line)`` says so (a name broken in
    the middle: "Trung ương Đoàn\nTNCS Hồ Chí Minh"). A row whose lines so joined are more cells than
    the header's is fitted by its time cell (:func:`_fitted_by_time`; ``opens_name(line)`` telling
    a line opening a body's name, listed after the one before with a semicolon); one not as many
    cells as the header's is left unread (an empty cell, a wrap not seen), and a table whose rows
    are not most of them so read is left unread. Rows as :func:`line_tables`'."""
    # (A deadline's cell wrapped after its opening word is one line before any other join: a
    # body's name broken in the middle would take "Trước" for its end.)
    cells = _time_cells_joined(cell_lines(text, lo, hi))
    joins = _or_joins(_task_cell_wrap, joins)
    j = 0
    while j < len(cells):
        head = _wrapped_header(cells, j, joins) if _NUMBER_HEADER.fullmatch(cells[j][2]) else None
        if head is None or head[2] < 3:
            j += 1
            continue
        head_end, i, width = head
        header = _joined_cells(cells[j:head_end], joins)
        # (A number right before the header's copy is the page's, no task table's cell, whether the
        # next row's number or not: "Hằng năm\n4\nTT\nNhiệm vụ\n…\n4\nKiểm tra …", "Bộ Khoa học
        # và Công\n5\nTT\n…\nnghệ; Bộ Quốc phòng".)
        _drop_header_copies(cells, i, [c[2] for c in cells[j:head_end]], values=0)
        table = [(header[0][0], header[-1][1], [c[2] for c in header], [c[0] for c in header])]
        rows = 0
        last = False
        while not last and i < len(cells) and _TASK_ROW_NUMBER.fullmatch(cells[i][2]):
            k, last = _row_lines(cells, i, width, joins)
            # A group's row between two rows ("II\nLĨNH VỰC CÔNG THƯƠNG") is no cell of the one before.
            end = next((m for m in range(i + 2, k) if _group_end(cells, m) == k), k)
            row = [cells[i]] + _joined_cells(cells[i + 1:end], joins)
            if len(row) > width:
                row = _fitted_by_time(row, [c[2] for c in header], opens_name)
            # (A group's row over its parts, "1\nĐào tạo nhân lực\n1.1\n…", is no row of cells.)
            rows += not (len(row) == 2 and k < len(cells) and cells[k][2] == f"{cells[i][2]}.1")
            if len(row) == width:
                table.append((row[0][0], row[-1][1], [c[2] for c in row], [c[0] for c in row]))
            i = k
        if len(table) > 2 and 2 * (len(table) - 1) > rows:
            yield table
        j = max(i, j + 1)


def _fitted_by_time(row: list[tuple[int, int, str]], header: list[str], opens_name=None) -> list[tuple[int, int, str]]:
    """A task table's row of more cells than its header's, fitted by its time cell: where the
    header's time column ("Thời gian hoàn thành") is its last or the last but one, and the row's
    first line of time after its task ("Năm 2026", "Quý I/2026", "2026 - 2029") is the only one,
    the lines after it are the last column's cell (the product's: "… được ban hành; tối
    thiểu\n10.000 lượt cán bộ …"), and those between the first cells and it the cell before the
    time column's (the bodies coordinating, wrapped before a capital: "Viện Hàn lâm …, Đại học Quốc
    gia\nHà Nội, Tập đoàn …"; a line ``opens_name`` says opens a body's name listed after the one
    before with "; ": "Bộ Công an\nỦy ban nhân dân thành phố Hà Nội"). The row as it is where it
    does not fit so."""
    width = len(header)
    at = next((t for t, h in enumerate(header) if _TIME_HEADER.fullmatch(h.strip(" *"))), None)
    if at is None or at < 3 or at < width - 2:
        return row
    times = [m for m in range(2, len(row)) if _TIME_LINE.fullmatch(row[m][2]) or _YEAR_LINE.fullmatch(row[m][2])]
    if len(times) != 1 or times[0] < at:
        return row

    def joined(part: list[tuple[int, int, str]], names: bool = False) -> list[tuple[int, int, str]]:
        if not part:
            return []
        words = part[0][2]
        for c in part[1:]:
            listed = names and opens_name is not None and not words.endswith((",", ";")) and opens_name(c[2])
            words += ("; " if listed else " ") + c[2]
        return [(part[0][0], part[-1][1], words)]

    t = times[0]
    # (A task's sentence wrapped before a capital ends with its stop: "… các cơ quan chuyên môn
    # thuộc\nỦy ban nhân dân tỉnh.\nSở Nội vụ", m367 of corpus/probes; no body's cell ends so.)
    stop = next((m for m in range(min(t, at) - 1, 1, -1) if row[m][2].endswith(".")), None)
    if stop is not None and at >= 3:
        row = row[:1] + joined(row[1:stop + 1]) + row[stop + 1:]
        t -= stop - 1
        if len(row) == width:
            return row
    fitted = row[:at - 1] + joined(row[at - 1:t], names=True) + [row[t]] + joined(row[t + 1:])
    return fitted if len(fitted) == width else row


def time_line_tables(text: str, lo: int, hi: int, joins=None):
    """The timetables a PDF's text layer writes one cell a line with no bars and no number column,
    a cell's words wrapped over lines (a department's or a school's plan: "Thời gian\nNội dung\n
    Đơn vị chủ trì\nĐơn vị phối hợp\nTháng 3/2026\nBan hành Kế hoạch; kiện\ntoàn Ban Chỉ đạo\n
    Phòng Nghiệp vụ Y\n…"): a header opening with its time column ("Thời gian") over lines of
    words, then rows each opening with a line of time (:data:`_TIME_LINE`: "Tháng 3 - 4/2026",
    "Từ ngày 20/4/2026", "Quý II", "Thường xuyên"); a cell's lines joined as in
    :func:`wrapped_line_tables`. A row whose joined lines are not as many cells as the header's is
    left unread; a table of fewer than two rows read is none. The header repeated after a page
    break, and the page's number alone on its line, are left out. Rows as :func:`line_tables`'."""
    cells = cell_lines(text, lo, hi)
    joins = _or_joins(_task_cell_wrap, joins)
    cell_joins = _or_joins(_opens_bracket, joins)  # (a row's cells; a header's opens no bracket)
    j = 0
    while j < len(cells):
        if not _TIME_HEADER.fullmatch(cells[j][2]):
            j += 1
            continue
        i = j + 1
        while i < len(cells) and i - j <= _WRAPPED_HEADER_LINES and _LETTER.search(cells[i][2]) \
                and not _TIME_LINE.fullmatch(cells[i][2]) and len(cells[i][2]) <= _LINE_HEADER_LENGTH:
            i += 1
        if i >= len(cells) or not _TIME_LINE.fullmatch(cells[i][2]) or i - j < 3:
            j += 1
            continue
        header = _joined_cells(cells[j:i], joins)
        width = len(header)
        # (A page break inside the table: the page's number, then the header again; a number right
        # before the copy is the page's, no cell of a timetable.)
        _drop_header_copies(cells, i, [c[2] for c in cells[j:i]], values=0)
        table = [(header[0][0], header[-1][1], [c[2] for c in header], [c[0] for c in header])]
        while i < len(cells) and _TIME_LINE.fullmatch(cells[i][2]):
            # (A period's end on the next line goes on with its start: "Từ ngày 20/4/2026\nđến ngày
            # 30/4/2026".)
            first = i + 1
            while first < len(cells) and _TIME_END_LINE.fullmatch(cells[first][2]):
                first += 1
            time_cell = (cells[i][0], cells[first - 1][1], " ".join(c[2] for c in cells[i:first]))
            k = first
            while k < len(cells) and k - i <= _WRAPPED_ROW_LINES and not _TIME_LINE.fullmatch(cells[k][2]):
                k += 1
            row = [time_cell] + _fitted(_joined_cells(cells[first:k], cell_joins), width - 1)
            if len(row) == width:
                table.append((row[0][0], row[-1][1], [c[2] for c in row], [c[0] for c in row]))
            i = k
        if len(table) > 2:
            yield table
        j = max(i, j + 1)


def _opens_bracket(prev: str, line: str) -> bool:
    """Whether a line opening a bracket goes on with the cell before: "Bệnh viện Đa khoa tỉnh\n(Phó
    Giám đốc phụ trách\nchuyên môn)"."""
    return line.startswith("(")


def _fitted(cells: list[tuple[int, int, str]], width: int) -> list[tuple[int, int, str]]:
    """A row's cells one too many joined where a cell opens with an abbreviation in capitals after
    one ending with no stop, the first such place (a wrapped cell's line: "Truyền thông phòng,
    chống\nTCM trong trường học"); the cells as they are otherwise."""
    if len(cells) != width + 1:
        return cells
    # (Or after a word no cell ends with, an office's "Phó" before its title: "Giám đốc Sở Y tế;
    # Phó\nGiám đốc Sở phụ trách …".)
    for opens in (lambda m: _CAPITALS_OPENING.match(cells[m][2])
                  and not cells[m - 1][2].rstrip().endswith((".", ";", ")", ":")),
                  lambda m: _DANGLING_END.search(cells[m - 1][2])):
        for m in range(1, len(cells)):
            if opens(m):
                joined = (cells[m - 1][0], cells[m][1], f"{cells[m - 1][2]} {cells[m][2]}")
                return cells[:m - 1] + [joined] + cells[m + 1:]
    return cells


# A word no timetable's cell ends with: an office's "Phó" before its title.
_DANGLING_END = regex.compile(r"(?<!\p{L})Phó$")
# An abbreviation in capitals opening a line ("TCM trong trường học", "SXH, TCM").
_CAPITALS_OPENING = regex.compile(r"\p{Lu}{2,}(?!\p{Ll})")
# A timetable's header opening with its time column; a line of time opening a timetable's row
# ("Tháng 3/2026", "Tháng 3 - 4/2026", "Từ ngày 20/4/2026", "Trước ngày 15/5/2026", "Quý II/2026",
# "Trước 15/12 hằng năm",
# "Tuần 1", "Năm 2026", a day's date; "Thường xuyên", "Hằng tháng", "Cả năm").
_TIME_HEADER = regex.compile(r"(?i)thời\s+gian(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai))?")
_TIME_END_LINE = regex.compile(r"(?i)(?:đến|[-–])\s*(?:ngày\s+|tháng\s+)?\d{1,2}(?:/\d{1,2})?(?:/\d{2,4})?")
_TIME_LINE = regex.compile(
    r"(?i)(?:(?:từ|trước|sau|trong)\s+)?(?:tháng|quý|tuần|ngày|năm|đợt)\s+[\dIVX][\d\s/,.\-–IVXđếnvà]*"
    r"(?:\s*(?:năm\s+)?\d{4})?"
    r"|(?:(?:từ|trước|sau|đến|chậm\s+nhất)\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?"
    r"(?:\s+h[ằà]ng\s+(?:năm|quý|tháng))?"
    r"|thường\s+xuyên|hằng\s+(?:tháng|quý|năm)|hàng\s+(?:tháng|quý|năm)|cả\s+năm")


# A row's number in a table of aims: 1, 2 … or a group's, I, II … (a line of its own).
_ROW_MARK = regex.compile(r"\d{1,3}|[IVX]{1,4}")
# A cell holding a value alone, no words: "8.900", "86,5", "≥ 92", "40 - 50", "100%".
_VALUE_LINE = regex.compile(r"[^\p{L}\d]{0,3}\d[\d.,]*(?:\s*%?\s*[-–]\s*\d[\d.,]*)?\s*%?")


# A line in capitals of two words or more: a heading, no table's cell ("PHỤ LỤC III").
_HEADING_LINE = regex.compile(r"[\p{Lu}\d]+(?:[ \t]+[\p{Lu}\d.,:/-]+)+")


def _words(line: str) -> bool:
    return bool(_LETTER.search(line)) and not _ROW_MARK.fullmatch(line)


def _aim_row(cells, p: int, values: int, sides: int, joins, next_marks: tuple[str, ...] = ("1",), texts: int = 0,
             unit_column: bool = False):
    """The row of a table of aims (:func:`aim_line_tables`) opening at line ``p``: (its lines'
    end, its number, its cells: number, name, ``texts`` cells of words (a column describing the
    row, "Sản phẩm du lịch chủ đạo"), values, side cells; the values read), or None where no name
    opens it. A number the next row may open with (``next_marks``) over a line of words is that
    row's, no value ("I\nKhu vực phía Bắc\n1\nXã Bắc Quang")."""
    n = len(cells)
    start = p
    mark = cells[p][2] if _ROW_MARK.fullmatch(cells[p][2]) else ""
    # (A part's bullet alone on its line goes on with its name: "-\nTôm nước lợ\n6.200", the row
    # "- Tôm nước lợ" with no number.)
    bullet = "" if mark else cells[p][2] if _BULLET_LINE.fullmatch(cells[p][2]) else ""
    p += bool(mark or bullet)
    if mark.isdigit():
        next_marks = ("1", str(int(mark) + 1))
    if p >= n or not _words(cells[p][2]):
        return None
    name = [(cells[start][0], cells[p][1], f"{bullet} {cells[p][2]}")] if bullet else [cells[p]]
    p += 1
    # (Under a unit's column, ``unit_column``, the line right before the values is the unit's cell,
    # in lower case though: "Số hợp tác xã thành lập mới\nhợp tác xã\n20".)
    while p < n and _words(cells[p][2]) and _wraps(name[-1][2], cells[p][2], joins) \
            and not (unit_column and p + 1 < n and _VALUE_LINE.fullmatch(cells[p + 1][2])
                     and len(cells[p][2].split()) <= _UNIT_WORDS):
        name.append(cells[p])
        p += 1
    # (A describing cell runs over every line of words up to the values: "Du lịch cửa khẩu, nghỉ
    # dưỡng\nMẫu Sơn".)
    described: list[tuple[int, int, str]] = []
    while texts and p < n and (_words(cells[p][2]) or unit_column and _SIGN_UNIT.fullmatch(cells[p][2])) \
            and not _VALUE_LINE.fullmatch(cells[p][2]):
        if len(described) < texts:
            described.append(cells[p])
        else:
            described[-1] = (described[-1][0], cells[p][1], f"{described[-1][2]} {cells[p][2]}")
        p += 1
    if unit_column and len(described) == 1 and described[0][2][:1].islower():
        name, described = _unit_cell_wrapped(name, described[0])
    if len(described) < texts:
        # (A row of totals describes nothing: "Toàn tỉnh\n14\n130".)
        if not (p < n and _VALUE_LINE.fullmatch(cells[p][2])):
            return None
        described += [(cells[p][0], cells[p][0], "")] * (texts - len(described))
    got: list[tuple[int, int, str]] = []
    while p < n and len(got) < values and _VALUE_LINE.fullmatch(cells[p][2]) \
            and not (cells[p][2] in next_marks and p + 1 < n and _words(cells[p + 1][2])):
        got.append(cells[p])
        p += 1
    side: list[tuple[int, int, str]] = []
    # A side cell ("Ghi chú"), where filled: words after the values not followed by values (a
    # row's name is), nor a heading in capitals (the next annex's: "PHỤ LỤC III").
    while got and len(side) < sides and p < n and _words(cells[p][2]) and not _HEADING_LINE.fullmatch(cells[p][2]) \
            and not (p + 1 < n and _VALUE_LINE.fullmatch(cells[p + 1][2]) and cells[p + 1][2] not in next_marks):
        side.append(cells[p])
        p += 1
        # (Its words wrapped over lines go on with it: "Chủ yếu dệt may,\ngiày dép", "Khai
        # thác\nEVFTA", an abbreviation in capitals alone on the last line.)
        # (So do its lines up to the next row's number: "Thung lũng\nBắc Sơn\n3".)
        while p < n and _words(cells[p][2]) and (_wraps(side[-1][2], cells[p][2], joins)
                                                 or _LONE_ABBREVIATION.fullmatch(cells[p][2])
                                                 or texts and p + 1 < n and cells[p + 1][2] in next_marks[1:]) \
                and not (p + 1 < n and _VALUE_LINE.fullmatch(cells[p + 1][2]) and cells[p + 1][2] not in next_marks):
            side[-1] = (side[-1][0], cells[p][1], f"{side[-1][2]} {cells[p][2]}")
            p += 1
    row = ([cells[start]] if mark else []) + [(name[0][0], name[-1][1], " ".join(c[2] for c in name))] \
        + described + got + side
    return p, mark, row, len(got)


def _unit_cell_wrapped(name: list[tuple[int, int, str]], unit: tuple[int, int, str]
                       ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """A unit's cell in lower case before the values is the end of a unit wrapped over lines whose
    first ones the name took ("Số chương trình đào tạo được kiểm\nđịnh (lũy kế)\nChương\ntrình\n12",
    "Tỷ lệ người học/giảng viên quy đổi\nNgười\nhọc/giảng\nviên\n27,5", "… bình quân\nm2/người\n
    học\n2,3": a university's plan of the probes, m325): the name's last lines back to one opening a
    unit (a word with a capital then lower-case words, or a measure over a slash), ``_UNIT_WORDS``
    words at most, go to the unit's cell; the name keeps its first line. As they were where none
    opens a unit."""
    opening = None
    words = len(unit[2].split())
    k = len(name) - 1
    while k >= 1:
        line = name[k][2]
        words += len(line.split())
        if words > _UNIT_WORDS:
            break
        if _TITLED_UNIT.fullmatch(line):
            opening = k
            break
        if not line[:1].islower():
            break
        if _SLASHED_UNIT.match(line):
            opening = k
        k -= 1
    if opening is None:
        # (The normaliser may have joined the unit's first line to the name's: "… bình quân
        # m2/người\nhọc".)
        start, _, line = name[-1]
        tail = _SLASHED_UNIT_END.search(line)
        if tail is None or not line[:tail.start()].strip():
            return name, [unit]
        cut = tail.start()
        head = line[:cut].rstrip()
        return name[:-1] + [(start, start + len(head), head)], [(start + cut, unit[1], f"{tail.group()} {unit[2]}")]
    cell = name[opening:] + [unit]
    return name[:opening], [(cell[0][0], unit[1], " ".join(c[2] for c in cell))]


# A unit's first line with a capital, the rest in lower case ("Chương", "Người", "Bài báo",
# "Người học/giảng").
_TITLED_UNIT = regex.compile(r"\p{Lu}\p{Ll}*(?:(?:[ \t]+|/)\p{Ll}+)*")
# A measure over another opening a unit's line ("m2/người", "người/km2", "học/giảng"), and ending
# a name's line after a space ("… bình quân m2/người").
_SLASHED_UNIT = regex.compile(r"\p{L}+\d?/\p{L}")
_SLASHED_UNIT_END = regex.compile(r"(?<=[ \t])\p{L}+\d?/\p{L}+\d?$")
# A part's bullet alone on a line ("-", "+").
_BULLET_LINE = regex.compile(r"[-–+•]")
# A line opening with a part's bullet, alone or before its name ("-", "- Tôm nước lợ").
_BULLETED = regex.compile(r"[-–+•](?:[ \t]|$)")
# The most words of a unit's cell ("hợp tác xã", "nghìn lượt người"); a unit of signs ("%", "‰").
_UNIT_WORDS = 4
_SIGN_UNIT = regex.compile(r"%(?:/\p{L}+)?|‰")
# A line of one abbreviation in capitals ("EVFTA", "CPTPP").
_LONE_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}\d]+")


def _split_header_opening(cells: list[tuple[int, int, str]], header_opening) -> list[tuple[int, int, str]]:
    """The lines with a header's first cells printed on one line parted into them ("TT Chỉ tiêu
    ĐVT", as a PDF's text layer joins the cells of one baseline): ``header_opening(line)`` gives
    the cells' texts where the line is such an opening, else None."""
    out: list[tuple[int, int, str]] = []
    for start, end, line in cells:
        parts = header_opening(line) if header_opening else None
        if not parts:
            out.append((start, end, line))
            continue
        at = start
        for part in parts:
            k = line.find(part, at - start)
            out.append((start + k, start + k + len(part), part))
            at = start + k + len(part)
    return out


def aim_line_tables(text: str, lo: int, hi: int, side_header, joins=None, header_opening=None):
    """The tables of aims a PDF's text layer writes one cell a line with no bars, which
    :func:`line_tables` (rows of as many lines each) misses: a header opening with its number
    column ("TT", "STT") over lines of words, a cell's words wrapped over lines (:func:`_wraps`),
    its last cells side columns where ``side_header(cell)`` says so ("Ghi chú"); then rows each a
    number or none (a part, "Trong đó: …"; a sub-total, "Cộng khu vực phía Bắc"), a name, as many
    value cells as the header has columns of values, and the side cells filled (an empty one the
    layer leaves out); a row of a name alone, a group ("I\\nKhu vực phía Bắc"). A row of fewer
    values is left unread (an empty cell: no telling which); the table ends at a line of words
    with neither number nor values after it. Rows as :func:`line_tables`', the header first, each
    row's cells the number (empty where none), the name, the values and the side cells; a table
    of fewer than two rows of values is left unread."""
    cells = _split_header_opening(cell_lines(text, lo, hi), header_opening)
    j = 0
    while j < len(cells):
        if not _NUMBER_HEADER.fullmatch(cells[j][2]):
            j += 1
            continue
        i = j + 1
        # (A year or a period alone on a line goes on with the header cell above it, "Ước thực\nhiện
        # năm\n2024", "bình quân\n2026-2030"; so does a unit in brackets, "So sánh\nKH/ƯTH\n(%)".)
        while i < len(cells) and i - j <= _WRAPPED_HEADER_LINES and (
                _words(cells[i][2]) or _BRACKET_LINE.fullmatch(cells[i][2])
                or _YEAR_LINE.fullmatch(cells[i][2]) and _LETTER_END.search(cells[i - 1][2])) \
                and len(cells[i][2]) <= _LINE_HEADER_LENGTH and "|" not in cells[i][2]:
            i += 1
        # (A table a Word document's text export writes one cell a line, an empty cell a blank line,
        # its header's lines then a blank line: its rows read by the lines' count, blanks and all,
        # :func:`_blank_celled_table`.)
        blank = _blank_celled_table(text, cells, j, i, hi)
        if blank is not None:
            yield blank[0]
            j = blank[1]
            continue
        # A row of the columns' numbers under the header ("(1)\n(2)\n…\n(6)=(5)/(4)"): the rows
        # start after it, the first maybe with no number (a total, "Tổng kim ngạch xuất khẩu").
        numbers = _column_numbers(cells, i)
        readings = [(i, i + numbers)] if i < len(cells) and (numbers or _ROW_MARK.fullmatch(cells[i][2])) else []
        # (A first row with no number, its name's lines read as the header's last, values after them:
        # a total, "…\nKim ngạch\nnăm 2035 (tỷ\nUSD)\nTổng kim ngạch xuất khẩu\nhàng hóa\n8,0 - 9,0": the
        # header ends one to three lines earlier, the fewest that read, three lines of it at least.)
        if i < len(cells) and not readings and _VALUE_LINE.fullmatch(cells[i][2]):
            readings = [(i - back, i - back) for back in range(1, _UNNUMBERED_NAME_LINES + 1) if i - back - j >= 3]
        if not readings:
            j += 1
            continue
        p = i
        # (Where the rows do not read so, a line of the header opening with an abbreviation in
        # capitals goes on with the cell before: "Số sản phẩm\nOCOP 3 sao trở lên …".)
        header_joins = _or_joins(_header_wrap, joins)
        table = None
        for header_end, rows_at in readings:
            for joins_tried in (header_joins, _or_joins(_abbreviation_wrap, header_joins)):
                table, p = _aim_rows(cells, j, header_end, side_header, joins_tried, _or_joins(_bracket_wrap, joins),
                                     rows_at=rows_at)
                if table:
                    yield table
                    break
            if table:
                break
        j = max(p, j + 1)


def _blank_celled_table(text: str, cells: list[tuple[int, int, str]], j: int, i: int, hi: int):
    """A table of aims whose header's lines (``cells[j:i]`` as scanned, one cell a line, no wraps)
    end at a blank line (its first row's empty cell), its rows written one cell a line, an empty cell
    a blank line, as many lines a row as the header's cells ("TT\nTên xã, thị trấn\nĐVT\nNăm 2016\n…\n\nToàn
    huyện\n%\n2,3\n…\n\n\nhộ\n613\n…\n1\nThị trấn Ngọc Sơn\n%\n…": a row of totals with no number,
    a measure's second row with its number and name merged down). Each row: its number or a blank,
    its name or a blank, then cells each a value, a unit or a blank, one value at least. ((the
    table, its header first, in :func:`line_tables`' rows), the index of the line after it), or None
    where the header has no blank line after it or fewer than two rows read so."""
    # (The header's lines up to the first blank line: the scan above goes on over blanks.)
    end = next((k for k in range(j + 1, i) if "\n\n" in text[cells[k - 1][1]:cells[k][0]]), None)
    if end is None or end - j < 3:
        return None
    width = end - j
    lines = _stripped_lines(text, cells[end - 1][1] + 1, hi, width * _BLANK_CELLED_ROWS)
    rows = []
    for k in range(0, len(lines) - width + 1, width):
        row = lines[k:k + width]
        number, name, rest = row[0][2], row[1][2], [c[2] for c in row[2:]]
        if number and not _ROW_MARK.fullmatch(number) or name and not _words(name) \
                or not any(_VALUE_LINE.fullmatch(c) for c in rest) \
                or any(c and not _VALUE_LINE.fullmatch(c) and not _blank_cell_unit(c) for c in rest):
            break
        rows.append((row[0][0], row[-1][1], [c[2] for c in row], [c[0] for c in row]))
    if len(rows) < 2:
        return None
    header = cells[j:end]
    table = [(header[0][0], header[-1][1], [c[2] for c in header], [c[0] for c in header]), *rows]
    last = rows[-1][1]
    return table, next((k for k in range(end, len(cells)) if cells[k][0] > last), len(cells))


def _blank_cell_unit(cell: str) -> bool:
    """A unit's cell in a row of :func:`_blank_celled_table`: a sign ("%") or a few words, no figure
    ("hộ", "lượt người")."""
    return bool(_SIGN_UNIT.fullmatch(cell)) or (len(cell.split()) <= _UNIT_WORDS and not regex.search(r"\d", cell)
                                                and _LETTER.search(cell) is not None)


# The most rows :func:`_blank_celled_table` reads of one table.
_BLANK_CELLED_ROWS = 400
# The most lines of an unnumbered first row's name under a header (a total's, "Tổng kim ngạch
# xuất khẩu\nhàng hóa").
_UNNUMBERED_NAME_LINES = 3
# A year or a period alone on a line ("2024", "2026-2030"); a line ending with a letter.
_YEAR_LINE = regex.compile(r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?")
_LETTER_END = regex.compile(r"\p{L}$")
# A line that is a bracket with no digits ("(%)", "(%/năm)", "(nghìn lượt)"): a unit or a note
# printed under the cell it belongs to. (A column's number, "(1)", is none.)
_BRACKET_LINE = regex.compile(r"\([^()\d]*[^\s()\d][^()\d]*\)")
# A header's line in capitals holding a slash ("KH/ƯTH"): the abbreviations of a comparison going
# on with the cell above it ("So sánh\nKH/ƯTH").
_SLASHED_CAPITALS = regex.compile(r"[\p{Lu}\d]+(?:/[\p{Lu}\d]+)+")
# One cell of a row of the columns' numbers: "(1)", "2", the last ones maybe a formula of others,
# "(6)=(5)/(4)", "6=5/4".
COLUMN_NUMBER = regex.compile(r"\(?(\d{1,2})\)?(?:[ \t]*=[ \t]*[\d()/*+x.,% -]+)?")


def _column_numbers(cells: list[tuple[int, int, str]], i: int) -> int:
    """How many lines from line ``i`` on make a row of the columns' numbers under a header (1, 2,
    3 … in order, at least three; 0 where none does: a row's number is followed by its name)."""
    n = 0
    while i + n < len(cells) and (m := COLUMN_NUMBER.fullmatch(cells[i + n][2])) and int(m.group(1)) == n + 1:
        n += 1
    return n if n >= 3 else 0


def _header_wrap(prev: str, line: str) -> bool:
    """In a header, a year or a period alone goes on with a cell that holds none ("Ước thực hiện
    năm\n2024"), a bracket ("(%)") or abbreviations with a slash ("KH/ƯTH") with the cell above,
    and so does a name in quotation marks after a cell ending in lower case ("Tỷ lệ hộ đạt\n"Gia
    đình văn hóa""): no header cell opens with a quotation mark."""
    return bool(_YEAR_LINE.fullmatch(line) and not regex.search(r"\d{4}", prev)) \
        or bool(_BRACKET_LINE.fullmatch(line) or _SLASHED_CAPITALS.fullmatch(line)) \
        or bool(_QUOTED_OPENING.match(line) and _LOWER_END.search(prev))


# A line opening with a quotation mark before a letter.
_QUOTED_OPENING = regex.compile(r"[\"“]\p{L}")


def _bracket_wrap(prev: str, line: str) -> bool:
    """A bracket alone on its line goes on with the cell above it: a row's name over its unit
    ("Tổng lượt khách du lịch\n(nghìn lượt)")."""
    return bool(_BRACKET_LINE.fullmatch(line))


def _abbreviation_wrap(prev: str, line: str) -> bool:
    """A header's line opening with an abbreviation in capitals, or holding a number and one ("12
    THPT", a grade), goes on with a cell ending in lower case ("Số sản phẩm\nOCOP 3 sao trở lên …",
    "Học sinh lớp\n12 THPT")."""
    return bool(_ABBREVIATION_WRAP.match(line) and _LOWER_END.search(prev) and not _CAPITAL_WORDS.fullmatch(line))


# A header's line going on with the cell before: an abbreviation in capitals, then more words; or
# a number and an abbreviation alone.
_ABBREVIATION_WRAP = regex.compile(r"\p{Lu}{2,}[ \t]+\S|\d{1,2}[ \t]+\p{Lu}{2,}$")
# A line of three words or more in capitals: a header cell of its own ("TỶ LỆ BAO PHỦ BẢO HIỂM Y
# TẾ", a measure's name over its years), no abbreviation going on with the cell before.
_CAPITAL_WORDS = regex.compile(r"[^\p{Ll}\s]+(?:[ \t]+[^\p{Ll}\s]+){2,}")


def _aim_rows(cells, j: int, i: int, side_header, header_joins, joins, rows_at: int | None = None):
    """The table of aims (:func:`aim_line_tables`) whose header takes lines ``j`` to ``i``, its
    rows then (from ``rows_at``, past a row of the columns' numbers, else ``i``; each copy of the
    header a PDF repeats atop a page left out), and the line after them; no table where fewer than
    two rows of values read."""
    header = _joined_cells(cells[j:i], header_joins)
    rows_at = i if rows_at is None else rows_at
    lower = _header_over_two_rows(header, side_header)
    # (The header's copies are dropped from the lines themselves, the indices of the rows read
    # after them being the caller's; put back where no table reads.)
    dropped = _drop_header_copies(cells, rows_at, [c[2] for c in cells[j:i]],
                                  max(_values_of(h, side_header) for h in (header, lower) if h is not None))
    if lower is not None:
        table, p = _aim_rows_under(cells, lower, i, side_header, joins, rows_at)
        if table:
            return table, p
    table, p = _aim_rows_under(cells, header, i, side_header, joins, rows_at)
    if table is None:
        _put_back(cells, dropped)
    return table, p


def _values_of(header: list[tuple[int, int, str]], side_header) -> int:
    """How many values a row holds under ``header``: its cells but the number, the name and the
    side cells at its end (at most all but three)."""
    sides = 0
    while sides < len(header) - 3 and side_header(header[-1 - sides][2]):
        sides += 1
    return len(header) - 2 - sides


def _header_over_two_rows(header: list[tuple[int, int, str]], side_header) -> list[tuple[int, int, str]] | None:
    """A header written one cell a line over two rows, the lower one's cells after the upper one's
    side cell ("STT | Thị trường | Thực hiện năm 2023 | Năm 2024 | Kế hoạch năm 2025 | Ghi chú"
    then "Kế hoạch | Ước thực hiện", under "Năm 2024"): the header as one row, the upper cell of a
    year alone (the only one) replaced by the lower cells, each followed by that year ("Kế hoạch
    Năm 2024"); None where no side cell is followed by cells of words, no side cell among them,
    or no single upper cell of a year alone stands over them. (The rows' width then tells whether
    the reading holds: a table whose rows do not read with so many values is read as before.)"""
    at = next((k for k in range(3, len(header) - 1) if side_header(header[k][2])), None)
    if at is None:
        return None
    lower = header[at + 1:]
    if any(side_header(c[2]) or regex.search(r"\d", c[2]) for c in lower):
        return None
    years = [k for k in range(2, at) if _BARE_YEAR.fullmatch(header[k][2])]
    if len(years) != 1:
        return None
    k = years[0]
    return header[:k] + [(c[0], c[1], f"{c[2]} {header[k][2]}") for c in lower] + header[k + 1:at + 1]


def _aim_rows_under(cells, header, i: int, side_header, joins, rows_at: int):
    """The rows of :func:`_aim_rows` under ``header`` (its cells joined), and the line after them;
    where they do not read, the rows with a column of words after the name's (a description of
    each row, "Huyện, thành phố | Sản phẩm du lịch chủ đạo | Điểm du lịch công nhận mới (điểm)").
    """
    table, p = _aim_rows_read(cells, header, i, side_header, joins, rows_at)
    if table is None and _values_of(header, side_header) >= 2:
        described, q = _aim_rows_read(cells, header, i, side_header, joins, rows_at, texts=1)
        # (Most of its rows of values describe themselves: else the column is no description, "Số
        # hộ\nOCOP thêm mới (hộ)" one header cell over rows of one value.)
        rows = [r[2] for r in described[1:] if len(r[2]) > 3] if described is not None else []
        if rows and 2 * sum(1 for r in rows if r[2]) > len(rows):
            return described, q
    return table, p


def _aim_rows_read(cells, header, i: int, side_header, joins, rows_at: int, texts: int = 0):
    """The rows of :func:`_aim_rows_under` with ``texts`` columns of words after the name's."""
    values = _values_of(header, side_header) - texts
    sides = len(header) - 2 - texts - values
    # (The column of words after the name's may be the units', "ĐVT".)
    unit_column = bool(texts) and len(header) > 2 and _UNIT_COLUMN.fullmatch(_plain(header[2][2]).lower()) is not None
    if values < 1:
        return None, i
    table = [(header[0][0], max(c[1] for c in header), [c[2] for c in header], [c[0] for c in header])]
    years_only = all(year_column(c[2]) for c in header[2 + texts:2 + texts + values])
    full = 0
    p = rows_at
    marks: tuple[str, ...] = ("1",)
    # (Where the full rows of values end: rows after the last of them are groups of nothing or
    # rows of too few values, the lines after the table misread as rows: a page's number over the
    # next annex's caption, "8\nPhụ lục 03\nDANH MỤC NHIỆM VỤ …", read as row 8 of a table with a
    # column of words, ran the table into the next one's header and lost it whole.)
    kept, kept_p = len(table), p
    short: list[int] = []  # the rows of fewer values, put in the last columns
    while p < len(cells):
        read = _aim_row(cells, p, values, sides, joins, marks, texts, unit_column)
        if read is None:
            break
        end, mark, row, got = read
        # (A name alone ending in a colon before a part's bullet opens the parts of the row above:
        # "Trong đó:\n-\nTôm nước lợ\n6.200".)
        opens_parts = row[0][2].endswith(":") and end < len(cells) and _BULLETED.match(cells[end][2])
        if not mark and not got and not opens_parts:
            break  # a line of words, no row: the table has ended
        if mark.isdigit():
            marks = ("1", str(int(mark) + 1))
        elif mark:
            marks = ("1",)
        # (A row of fewer values, the text layer leaving its empty cells out, has them at its start:
        # "10\nSố sản phẩm đạt 5 sao (lũy kế)\nSản phẩm\n1\n1\n2\n3\nSở NN&MT" under six columns of
        # years, a count that starts later (the blind annotators of m357 read 2 of its 3 such rows
        # so); its values are put in the last columns, where every column of values names a year
        # alone or after a few words, "Kế hoạch giai đoạn Năm 2026" (a comparison's, "So sánh (%)", is
        # left empty by a row of rates, m369; a column of each indicator's year over rows of places,
        # m199, by a place that has none).)
        padded = 0 < got < values and years_only
        if padded:
            at = bool(mark) + 1 + texts
            row = row[:at] + [(row[at][0], row[at][0], "")] * (values - got) + row[at:]
            short.append(len(table))
        if got == values or not got or padded:
            row = ([] if mark else [(row[0][0], row[0][0], "")]) + row
            table.append((row[0][0], row[-1][1], [c[2] for c in row], [c[0] for c in row]))
            full += got == values
        p = end
        if got == values:
            kept, kept_p = len(table), p
    if short and not mostly_whole(full, len(short)):
        table = [r for k, r in enumerate(table) if k not in short]
        kept -= sum(1 for k in short if k < kept)
    return (table[:kept] if full >= 2 else None), kept_p


# A cell of a table of aims holding a value, no name: a figure with at most two words (a
# comparator, "Trên 90"; a unit, "10 - 10,5 %"), or a dash for none ("-"); not a year after words
# (a group row's "Đến năm 2025").
_VALUE_CELL = regex.compile(r"(?!(?:\p{L}+[ \t]+){1,2}(?:19|20)\d\d$)"
                            r"(?:\p{L}+[ \t]+){0,2}[^\p{L}\d]{0,3}\d[\d.,]*(?:[ \t]*%?[ \t]*[-–][ \t]*\d[\d.,]*)?"
                            r"[ \t]*(?:%|\p{L}+)?|[-–—]")
# A cell of a figure alone, no year ("2.480", "9,7"): no header's.
_FIGURE = regex.compile(r"(?!(?:19|20)\d\d$)[^\p{L}\d]{0,3}\d[\d.,]*[ \t]*%?|[-–—]")
# A cell of a year alone ("2028").
_YEAR_CELL = regex.compile(r"(?:19|20)\d\d")
# A year in a header's cell; a period ("2026 - 2030").
_HEADER_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A unit in brackets ending a header's cell ("Kim ngạch xuất khẩu (Triệu USD)", "(%)").
_HEADER_UNIT = regex.compile(r"[ \t]*\([^()\d]*[^\s()\d][^()\d]*\)$")
# A footnote's mark after a header's words ("Tỷ lệ dân số tham gia BHYT (%)(*)"): no unit.
_FOOTNOTE_MARK = regex.compile(r"[ \t]*\(\*{1,3}\)|(?<=\))\*{1,3}")


def _plain(cell: str) -> str:
    """A cell's words on one line, no bold marks ("**Năm\\n2026**" → "Năm 2026") nor footnote
    marks ("(*)")."""
    return _FOOTNOTE_MARK.sub("", " ".join(cell.split()).strip(" *_")).strip(" *_")


def is_value_cell(cell: str) -> bool:
    """Whether a table's cell holds a figure alone ("410", "87,5", "> 95", "**410**"), no date."""
    return bool(_VALUE_CELL.fullmatch(_plain(cell)))


def _filled_width(cells: list[str]) -> int:
    """How many of a row's cells come before its empty ones at the end."""
    n = len(cells)
    while n and not cells[n - 1].strip():
        n -= 1
    return n


def _leading(cells: list[str]) -> int:
    """How many cells of a row come before its values: up to its last cell that is no value."""
    return max((k + 1 for k, c in enumerate(cells) if not is_value_cell(c)), default=0)


def _period(cell: str) -> tuple[int, int] | None:
    """The period an upper header cell names ("Thực hiện giai đoạn 2021 - 2025" → (2021, 2025))."""
    years = [int(y) for y in _HEADER_YEAR.findall(_plain(cell))]
    return (years[0], years[1]) if len(years) == 2 and years[0] < years[1] else None


def _spanning_groups(lower: list[str], spans: int, uppers: list[str] | None = None) -> list[list[str]] | None:
    """The lower header row's cells parted among ``spans`` upper cells spanning them, left to
    right: one group each; where more than one spans, the years of each upper cell's period where
    every one names a period ("Thực hiện giai đoạn 2021 - 2025 | Kế hoạch giai đoạn 2026 - 2030"
    over "Năm 2023 | Năm 2024 | Năm 2026 | Năm 2030"), else a run of rising years (the next
    column's year no later than the last's opens the next group: "Ước thực hiện năm 2025 | Năm
    2028 | Năm 2030" under one cell, "Năm 2025 | Năm 2030" under the next); None where the groups
    are not as many."""
    if spans == 1:
        return [lower]
    periods = [_period(u) for u in uppers or []]
    if len(periods) == spans and all(periods):
        by_period = _grouped_by_periods(lower, [pr for pr in periods if pr])
        if by_period is not None:
            return by_period
    groups: list[list[str]] = []
    last = None
    for c in lower:
        years = _HEADER_YEAR.findall(_plain(c))
        if not years:
            return None
        year = int(years[-1])
        if last is None or year <= last:
            groups.append([])
        groups[-1].append(c)
        last = year
    return groups if len(groups) == spans else None


def _grouped_by_periods(lower: list[str], periods: list[tuple[int, int]]) -> list[list[str]] | None:
    """The lower cells in the groups of the periods their years fall in, left to right; None where
    a cell's year is in none, or the groups are out of order or one is empty."""
    groups: list[list[str]] = [[] for _ in periods]
    at = 0
    for c in lower:
        years = _HEADER_YEAR.findall(_plain(c))
        k = next((k for k, (a, b) in enumerate(periods) if years and a <= int(years[-1]) <= b), None)
        if k is None or k < at:
            return None
        at = k
        groups[k].append(c)
    return groups if all(groups) else None


def _spanned_label(upper: str, lower: str) -> str:
    """A lower header cell's label under the upper one spanning it: its own words after the upper
    cell's unless the upper's hold a year and the lower's a year or a measure's full name with its
    unit ("Mục tiêu" over "Năm 2026" → "Mục tiêu Năm 2026"; "Đến năm 2026" over "Tỷ lệ (%)" →
    "Đến năm 2026 Tỷ lệ (%)"; "Số người tham gia BHXH năm 2026 (người)" over "Bắt buộc" → "Số
    người tham gia BHXH năm 2026 Bắt buộc (người)"; "Chỉ tiêu giao
    năm 2025" over "Tỷ lệ hộ nghèo giảm (%)" → "Tỷ lệ hộ nghèo giảm (%)"; "Kế hoạch 2026 - 2030"
    over "Năm 2026" → "Năm 2026"; over a year of a period the words before the period's word of
    two syllables, "Kế hoạch giai đoạn 2026 - 2030" → "Kế hoạch Năm 2026", "Thực hiện giai đoạn
    2021 - 2025" over "Năm 2023" → "Thực hiện Năm 2023"; with no year nor unit in either, the
    lower's words first, what the upper groups them by after: "Phân theo địa bàn" over "Xã Gio
    Linh" → "Xã Gio Linh Phân theo địa bàn"), the upper cell's unit in brackets at the
    end ("Kim ngạch xuất khẩu (Triệu USD)" over "Năm 2028" → "Kim ngạch xuất khẩu Năm 2028
    (Triệu USD)")."""
    up, low = _plain(upper), _plain(lower)
    if _breaks_down(up) and _BARE_YEAR.fullmatch(low):
        # (A year under a cell breaking the whole down is the year alone: "Chia ra các năm" over
        # "2026" → "2026".)
        return low
    if _BARE_YEAR.fullmatch(up) and fold(low) in _figure_kinds():
        # (A kind of figures under a bare year: "Năm 2024" over "Kế hoạch | Ước thực hiện" →
        # "Kế hoạch Năm 2024", "Ước thực hiện Năm 2024", as a header of one row names them.)
        return f"{low} {up}"
    unit = _HEADER_UNIT.search(up)
    words = up[:unit.start()] if unit else up
    named = _HEADER_UNIT.search(low)
    full_name = bool(named) and len(low[:named.start()].split()) >= 3  # ("Tỷ lệ hộ nghèo giảm (%)"; not "Tỷ lệ (%)")
    label = low if _HEADER_YEAR.search(words) and (_HEADER_YEAR.search(low) or full_name) \
        else _after_lower(low, named, words) if not unit and not _HEADER_YEAR.search(words + " " + low) \
        else f"{words} {low}"
    period, years = _period(words), _HEADER_YEAR.findall(low)
    if period and years and period[0] <= int(years[-1]) <= period[1]:
        # (Over a year of its period, the upper cell's words before the period's word say what the
        # year's column holds, results or plan.)
        opening = words[:_HEADER_YEAR.search(words).start()].split()
        label = " ".join([*opening[:-2], low]) if len(opening) > 2 else low
    # (A lower cell's bracket calling its year an estimate is no unit of its own: "Thể tích bể nuôi
    # (m³)" over "Năm 2025 (ước)" → "Thể tích bể nuôi Năm 2025 (ước) (m³)".)
    return f"{label} {unit.group().strip()}" if unit and not (named and not _estimate_bracket(named.group())) \
        else label


# A header cell of a year alone ("Năm 2024", "2024"): a cell that may span cells under it saying
# what of the year each holds ("Kế hoạch", "Ước thực hiện").
_BARE_YEAR = regex.compile(r"(?i:năm\s+)?(?:19|20)\d\d")


@functools.cache
def _figure_kinds() -> frozenset[str]:
    """The words naming a kind of figures in a header cell (folded): the plan's and the
    results' ("Kế hoạch", "Ước thực hiện"; targets.json plan_header_prefixes and
    achieved_header_prefixes)."""
    v = load_json("targets.json")
    return frozenset(fold(w) for w in v["plan_header_prefixes"] + v["achieved_header_prefixes"])


@functools.cache
def _breakdown_words() -> regex.Pattern:
    words = load_json("targets.json")["breakdown_headers"]
    return regex.compile(rf"(?:{alternation(fold(w) for w in words)})(?!\p{{L}})")


def _breaks_down(cell: str) -> bool:
    """Whether a header cell opens with words breaking a whole down ("Chia ra các năm", "Chia theo
    năm"; targets.json breakdown_headers)."""
    return bool(_breakdown_words().match(fold(_plain(cell))))


@functools.cache
def _estimate_brackets() -> regex.Pattern:
    words = load_json("targets.json")["estimate_brackets"]
    return regex.compile(rf"\(\s*(?:{alternation(fold(w) for w in words)})\s*\)")


def _estimate_bracket(bracket: str) -> bool:
    """Whether a header cell's bracket calls its year an estimate of results ("(ước)", "(ƯTH)";
    targets.json estimate_brackets)."""
    return bool(_estimate_brackets().fullmatch(fold(bracket.strip())))


def _after_lower(low: str, named: regex.Match | None, words: str) -> str:
    """A lower cell's words, then the upper's it is grouped by, the lower's unit in brackets last
    ("Tỷ lệ (%)" under "Hộ nghèo": "Tỷ lệ Hộ nghèo (%)")."""
    if named is None:
        return f"{low} {words}"
    return f"{low[:named.start()].strip()} {words} {named.group().strip()}"


# A figure of thousands ("6.420", "1250"): no percentage.
_THOUSANDS = regex.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d{4,})(?:,\d+)?(?![\d.,]*%)")
_PERCENT_UNIT = regex.compile(r"\([ \t]*%[ \t]*\)$")


def _fits(cells: list[str], full: list[CellRow]) -> bool:
    """Whether a header's ``cells`` fit the full rows under it: no column a header's bracket calls
    one of percentages ("Tỷ lệ dân số tham gia BHYT (%)") holds a figure of thousands ("6.420")."""
    return not any(_PERCENT_UNIT.search(_plain(c)) and any(i < len(r.cells) and _THOUSANDS.search(_plain(r.cells[i]))
                                                           for r in full)
                   for i, c in enumerate(cells))


def _two_row_header(upper: CellRow, lower: CellRow, width: int, texts: int,
                    full: list[CellRow] | None = None, spanning_rank=None) -> CellRow | None:
    """A header written over two rows as one row of ``width`` cells: the upper row's first
    ``texts`` cells (over the rows' number, name, unit: the cells before the values of a full
    row) and, over lower cells holding years, the others that hold a year of their own ("Ước
    thực hiện năm 2025") span both rows, absent from the lower one; of the rest, the first as
    many as the lower row's cells need (``width`` less the cells spanning both rows; over lower
    cells of no year, in the order of ``spanning_rank``) span the lower cells, each its group
    (:func:`_spanning_groups`), which take their labels (:func:`_spanned_label`). None where the
    counts do not agree."""
    parted = _spans(upper, lower, width, texts)
    if parted is None:
        return None
    rest, spans = parted
    # (Over lower cells of no year, parts of a measure, "Nam | Nữ", a cell with a year of its own
    # may span them: "Tuyển sinh đào tạo nghề năm 2026".)
    dated = any(_HEADER_YEAR.search(_plain(c)) for c in lower.cells)
    candidates = [k for k in rest if not dated or len(_HEADER_YEAR.findall(_plain(upper.cells[k]))) != 1]
    if not dated and spanning_rank is not None:
        # (Which of them spans parts is told by its words, ``spanning_rank``: the plan's column,
        # "Kế hoạch năm 2026", over places; a column of results, "Thực hiện năm 2025", or of a
        # whole's part, "Trong đó: lao động nông thôn", is merged down.)
        candidates.sort(key=lambda k: spanning_rank(_plain(upper.cells[k]), [_plain(c) for c in lower.cells]))
    if dated:
        # (A cell breaking its whole down spans the years rather than a period's beside it: "Chia
        # ra các năm" over "2026 | … | 2030", beside "Tổng giai đoạn 2026-2030" merged down.)
        # (Nor does a period's cell whose years leave the lower cells' out: "Thực hiện giai đoạn
        # 2023 - 2025" beside "Kế hoạch" over "Năm 2026 | Năm 2027 | Năm 2028".)
        years = [int(y) for c in lower.cells for y in _HEADER_YEAR.findall(_plain(c))]
        candidates.sort(key=lambda k: (not _breaks_down(upper.cells[k]), _period_leaves_out(upper.cells[k], years)))
    if len(candidates) < spans or _spanning_groups(lower.cells, spans) is None \
            and _spanning_groups(lower.cells, spans, [upper.cells[k] for k in candidates[:spans]]) is None:
        return None
    # (The first of them that fit the values under them: "Tỷ lệ … (%) | Số người tham gia BHXH
    # (người) | …" over "Bắt buộc | Tự nguyện" and "97,8 | 6.420 | 2.150": the second.)
    heads = [h for chosen in itertools.combinations(candidates, spans)
             if (h := _spanned_header(upper, lower, width, texts, set(chosen), rest)) is not None]
    return next((h for h in heads if _fits(h.cells, full or [])), heads[0] if heads else None)


def _period_leaves_out(cell: str, years: list[int]) -> bool:
    """Whether a header cell names a period ("giai đoạn 2023 - 2025": its first and last year) that
    leaves out one of ``years``."""
    own = [int(y) for y in _HEADER_YEAR.findall(_plain(cell))]
    return len(own) >= 2 and any(not min(own) <= y <= max(own) for y in years)


def _three_row_header(upper: CellRow, middle: CellRow, lower: CellRow, width: int, texts: int) -> CellRow | None:
    """A header over three rows as one row of ``width`` cells: the lower row's measures repeated for
    each column group ("Diện tích (ha) | Sản lượng (tấn)" four times), the groups named by the
    upper cells after the ``texts`` first, one merged down over the middle row for each that holds
    a year of its own ("Ước TH năm 2025"), the one that does not spanning the middle row's cells
    ("Kế hoạch giai đoạn 2026-2030" over "Năm 2026 | Năm 2028 | Năm 2030"); each cell labelled by its
    group and its measure (:func:`_spanned_label`). None where the counts do not agree."""
    up, mid, low = (_without_empty(r) for r in (upper, middle, lower))
    n = len(low.cells)
    # (The upper cells at the end past the groups, merged down over the three rows: "Ghi chú".)
    side = width - texts - n
    rest = list(range(texts, len(up.cells) - max(side, 0)))
    if not rest or side < 0 or side > 1 or not mid.cells \
            or side and _HEADER_YEAR.search(_plain(up.cells[-1])):
        return None
    period = next((p for p in range(2, n // 2 + 1) if n % p == 0
                   and all(_plain(low.cells[i]) == _plain(low.cells[i % p]) for i in range(n))), None)
    if period is None:
        return None
    groups = n // period
    spanning = [k for k in rest if len(_HEADER_YEAR.findall(_plain(up.cells[k]))) != 1]
    if len(rest) - 1 + len(mid.cells) != groups or len(spanning) != 1:
        return None
    labels = [label for k in rest for label in ([_spanned_label(up.cells[k], m) for m in mid.cells]
                                                 if k == spanning[0] else [_plain(up.cells[k])])]
    cells = list(up.cells[:texts]) + [_spanned_label(labels[i // period], low.cells[i]) for i in range(n)] \
        + list(up.cells[len(up.cells) - side:] if side else [])
    starts = list(up.starts[:texts]) + list(low.starts) + list(up.starts[len(up.starts) - side:] if side else [])
    return CellRow(upper.start, lower.end, cells, starts, upper.gap, lower.tail)


def _spans(upper: CellRow, lower: CellRow, width: int, texts: int) -> tuple[list[int], int] | None:
    """The upper header cells past the ``texts`` first (the rest) and how many of them span the
    lower row's cells: the rest less those spanning both rows (``width`` less the ``texts``
    cells and the lower row's); None where the counts do not agree."""
    rest = list(range(texts, len(upper.cells)))
    down = width - texts - len(lower.cells)  # the cells of the rest spanning both rows
    spans = len(rest) - down
    if texts > len(upper.cells) or spans < 1 or spans > len(lower.cells) or down < 0:
        return None
    return rest, spans


def _spanned_header(upper: CellRow, lower: CellRow, width: int, texts: int, spanning: set[int],
                    rest: list[int], groups: list[list[str]] | None = None) -> CellRow | None:
    """The header of :func:`_two_row_header` where the upper cells ``spanning`` span the lower's
    (in ``groups``, one for each, where given; else as :func:`_spanning_groups` parts them)."""
    if groups is None:
        groups = _spanning_groups(lower.cells, len(spanning), [upper.cells[k] for k in sorted(spanning)])
    if groups is None:
        return None
    groups = [list(g) for g in groups]
    cells = list(upper.cells[:texts])
    starts = list(upper.starts[:texts])
    at = 0
    lower_starts = dict(zip(range(len(lower.cells)), lower.starts))
    for k in rest:
        if k not in spanning:
            cells.append(upper.cells[k])
            starts.append(upper.starts[k])
            continue
        for c in groups.pop(0):
            cells.append(_spanned_label(upper.cells[k], c))
            starts.append(lower_starts[at])
            at += 1
    return CellRow(upper.start, lower.end, cells, starts, upper.gap, lower.tail) if len(cells) == width else None


def _header_over_values(upper: CellRow, lower: CellRow, width: int, texts: int, full: list[CellRow],
                        value_cols: set[int]) -> CellRow | None:
    """A header over two rows that :func:`_two_row_header` does not part, read by the columns
    under it: the upper cells spanning the lower row's are those whose columns all hold values in
    the full rows (a side column, "Ghi chú", merged down, spans none), each over a run of the lower
    cells of one kind (years, "Thực hiện năm 2025 | Kế hoạch năm 2026", apart from parts, "Bắt
    buộc | Tự nguyện") or, with no such runs, over as many each ("Kế hoạch năm 2026 | Đến năm
    2030" over "Số lượng | Tỷ lệ (%) | Số lượng | Tỷ lệ (%)"); a cell with a year of its own may
    span parts ("Số người tham gia BHXH năm 2026 (người)" over "Bắt buộc | Tự nguyện"). The
    first choice, left to right, that fits the values under it (:func:`_fits`); None for none."""
    parted = _spans(upper, lower, width, texts)
    if parted is None:
        return None
    rest, spans = parted
    partings = _partings(lower.cells, spans)
    for chosen in itertools.combinations(rest, spans):
        for groups in partings:
            head = _spanned_header(upper, lower, width, texts, set(chosen), rest, groups)
            if head is None or not _fits(head.cells, full):
                continue
            # (The columns under the spanning cells: each chosen cell's place in the row, its
            # group's width, after the cells before it.)
            at, spanned = texts, []
            sizes = iter(len(g) for g in groups)
            for k in rest:
                n = next(sizes) if k in chosen else 1
                spanned += list(range(at, at + n)) if k in chosen else []
                at += n
            if all(i in value_cols for i in spanned):
                return head
    return None


def _partings(lower: list[str], spans: int) -> list[list[list[str]]]:
    """The ways to part a header's lower cells among ``spans`` upper cells, left to right: by runs
    of one kind (a year or none), else into equal runs."""
    out = []
    runs = [list(run) for _dated, run in itertools.groupby(lower, key=lambda c: bool(_HEADER_YEAR.search(_plain(c))))]
    if len(runs) == spans:
        out.append(runs)
    if len(lower) % spans == 0:
        size = len(lower) // spans
        equal = [lower[k:k + size] for k in range(0, len(lower), size)]
        if equal != runs:
            out.append(equal)
    return out


def _short_row(row: CellRow, above: CellRow, width: int, value_cols: set[int], texts: int,
               marks: bool, name_col: int | None = None,
               openings: dict[int, tuple[list[str], list[str]]] | None = None) -> CellRow | None:
    """A row of a table of aims short of ``width`` cells, its cells merged with the row above's
    left out (a unit "Triệu USD" over the products under it; a row's number over its part "Trong
    đó: …"): its values aligned right to the value columns, its cells before them left (from the
    name's column, past the number's, where the row opens with words and ``marks`` says the
    table's first column numbers its rows), the missing cells between those of the row above.
    Empty cells :func:`aligned` put at its end are left out first (the empty number cell of the
    row after it, "|\n|\n|" before "- Khách quốc tế"). None where its cells before the values
    reach the table's ``texts`` cells and leave a gap before them (an empty value or note at its
    end: no cell missing), where its values do not fall on the columns of values (``value_cols``)
    or its other cells before them on others."""
    if (printed := _after_its_name(row, above, width, value_cols, texts, name_col, openings)) is not None:
        return printed
    if (in_order := _short_by_merged_texts(row, above, width, value_cols, texts, marks, openings)) is not None:
        return in_order
    n = _filled_width(row.cells)
    cells = row.cells[:n]
    if n == width:
        return None
    # (The columns after the values, notes or bodies in charge: a row's text cells at its end are
    # theirs, right-aligned, "Toàn tỉnh | 95,9 | … | Bao gồm đối tượng …"; with none, its values end
    # at the last column of values.)
    end = max(value_cols, default=width - 1) + 1
    tail: list[int] = []
    while cells and len(tail) < width - end and len(cells) - 1 >= 2 and (
            not is_value_cell(cells[-1]) or _YEAR_CELL.fullmatch(_plain(cells[-1])) or _plain(cells[-1]) in "-–—"):
        tail.insert(0, len(cells) - 1)
        cells = cells[:-1]
    if not tail:
        end = width if n > end else end
    # (Its values run from after its last cell of words, empty cells among them: "8 | Giày dép,
    # túi xách | | 310 | | 345 | | 540", its quantities left empty.)
    k = max((j + 1 for j, c in enumerate(cells) if _plain(c) and not is_value_cell(c)), default=0)
    lead, values = cells[:k], cells[k:]
    if not lead or not values:
        return None
    first = 1 if marks and lead[0].strip() and not _ROW_MARK.fullmatch(_plain(lead[0])) else 0
    at_values = end - len(values)
    if first + len(lead) > at_values or first + len(lead) >= texts and first + len(lead) < at_values \
            or any(i not in value_cols for i in range(at_values, end)) \
            or any(i in value_cols for i in range(first, first + len(lead))):
        return None
    number = 1 if marks and not first else 0  # (the row's number, in the first column)
    at = _words_at(lead[number:], first + number, at_values, name_col, openings)
    out = [""] * width
    starts = [row.start] * width
    for i, c, s in [(0, lead[0], row.starts[0])][:number] + [
            (at + j, c, s) for j, (c, s) in enumerate(zip(lead[number:], row.starts[number:k]))]:
        out[i], starts[i] = c, s
    out[at_values:end], starts[at_values:end] = values, row.starts[k:k + len(values)]
    for i, j in zip(range(width - len(tail), width), tail):
        out[i], starts[i] = row.cells[j], row.starts[j]
    placed = set(range(number)) | set(range(at, at + len(lead) - number))
    for i in range(first, at_values):
        if i not in placed:
            starts[i] = row.starts[k]
            # (A column of values' cell above is none of this row's; a name that looks like one,
            # "Cụm 1" merged down over its communes, is.)
            if i not in value_cols or not is_value_cell(above.cells[i]):
                out[i] = above.cells[i]
    return row._replace(cells=out, starts=starts)


def _short_by_merged_texts(row: CellRow, above: CellRow, width: int, value_cols: set[int], texts: int, marks: bool,
                           openings: dict[int, tuple[list[str], list[str]]] | None = None) -> CellRow | None:
    """A numbered row short only of a text cell merged down from the row above ("Khu vực phía Đông"
    over its communes), its empty cells at its end printed ("2 | Xã Đầm Hà | 860 | 1.910 | |" under
    "Trồng rừng | Chăm sóc | Khoanh nuôi | Ghi chú"): its cells in order, the missing one after
    its number, the row above's; None for any other row (its values aligned right by the caller)."""
    cells = row.cells
    if not marks or len(cells) != width - 1 or cells[-1] != "" or texts < 3 \
            or not _ROW_MARK.fullmatch(_plain(cells[0])) or not value_cols:
        return None
    k = _leading(cells[:_filled_width(cells)])
    if k != texts - 1 or min(value_cols) != texts or not is_value_cell(cells[k]):
        return None
    # (The cell left out is the unit's, "ĐVT", where the row's words name an indicator, not a unit:
    # "4 | Tỷ lệ tử vong trẻ em dưới 5 tuổi | 14,6 | …" under "3 | Tỷ lệ tử vong trẻ em dưới 1
    # tuổi | ‰ | 9,8 | …", the unit merged down; else the one after the number.)
    units = [i for i in range(1, texts) if openings and i in openings
             and _UNIT_COLUMN.fullmatch(" ".join(openings[i][1]))]
    missing = units[-1] if len(units) == 1 and texts == 3 and len(_plain(cells[1]).split()) > 3 else 1
    if _ROW_MARK.fullmatch(_plain(above.cells[missing])) or is_value_cell(above.cells[missing]):
        return None
    out = [*cells[:missing], above.cells[missing], *cells[missing:]]
    starts = [*row.starts[:missing], row.starts[missing], *row.starts[missing:]]
    return row._replace(cells=out, starts=starts)


# A header's cell over a column of units: "ĐVT", "Đơn vị tính", "Đơn vị".
_UNIT_COLUMN = regex.compile(r"đvt|đơn vị(?: tính)?")


def _after_its_name(row: CellRow, above: CellRow, width: int, value_cols: set[int], texts: int,
                    name_col: int | None, openings: dict[int, tuple[list[str], list[str]]] | None) -> CellRow | None:
    """A short row of a name and values as printed: its name in the column of names (``name_col``,
    else the last before the values), its values from the first column of values on in order,
    empty ones inside kept, the cells it lacks those merged down from the row above ("I | Lâm
    nghiệp | …" over "Tỷ lệ che phủ rừng (%) | 49,2 | 49,3 | 49,5", its growth and note cells
    empty or left out); where its values then fall on columns of values; None for any other row
    (a row opening with its number lacks a cell inside, "2 | Lốp xe | 610 | …" under a unit merged
    down: :func:`_short_row` aligns its values right)."""
    cells = row.cells[:_filled_width(row.cells)]
    if len(cells) < 2 or _leading(cells) != 1 or _ROW_MARK.fullmatch(_plain(cells[0])):
        return None
    # (Not a unit's column, "ĐVT", merged down over products: "Trong đó: lốp xe ô tô | 610 | …"
    # names a product.)
    named = [i for i in range(1, texts)
             if not _UNIT_COLUMN.fullmatch(" ".join(openings[i][1]) if openings and i in openings else "")]
    at = name_col if name_col is not None and name_col < texts else named[-1] if named else 0
    # (Nor a unit alone under a unit's column, its name merged down: "Triệu USD | 71 | …" under
    # "- Tinh bột sắn | Nghìn tấn | 142 | …" (:func:`_short_row`).)
    unit_cols = [i for i in range(1, texts) if i not in named]
    if unit_cols and _opens_like(cells[0], unit_cols[-1], at, openings):
        return None
    if at < 1 or texts + len(cells) - 1 > width \
            or any(c.strip() and texts + j not in value_cols for j, c in enumerate(cells[1:])):
        return None
    # (The row's number is its own, none: "Trong đó: gạo thơm" under "2 | Gạo".)
    out = [above.cells[i] if 0 < i < texts else "" for i in range(width)]
    out[at] = cells[0]
    out[texts:texts + len(cells) - 1] = cells[1:]
    starts = [row.start] * width
    starts[at] = row.starts[0]
    starts[texts:texts + len(cells) - 1] = row.starts[1:len(cells)]
    return row._replace(cells=out, starts=starts)


def _words_at(words: list[str], at: int, at_values: int, name_col: int | None,
              openings: dict[int, tuple[list[str], list[str]]] | None = None) -> int:
    """The column of a short row's first cell of ``words`` (its cells past its number): ``at``,
    the next after the number's, unless its longest cell falls then short of the table's column of
    names (``name_col``, its longest cells), a column merged down over the rows before it (a
    group's "Y tế" over "2 | Số bác sĩ/vạn dân | Bác sĩ | 12" under "1 | Y tế | Tỷ lệ dân số
    tham gia BHYT | % | 95": the name in the names' column, the unit in the units'). With no
    column of names, the first column a full row's cell of which opens with the cell's first
    word, else whose header holds one of its first two words (``openings``: each column's first
    words and its header's words; "Các xã còn lại" goes under "Xã, phường"), where that column's
    do not: "Xã Long Điền" under "1 | Cụm 1 | Xã Mỹ Hòa | 5" and "4 | Cụm 2 | Xã Phú Tân | 6" goes
    under "Xã Mỹ Hòa", the cluster merged down over it."""
    if not words:
        return at
    # (A short row's last cell of a few words under a unit's column, "ĐVT", the others before it:
    # "Kim ngạch xuất khẩu | Triệu USD | 295 | …" under "1 | Hạt điều nhân | Sản lượng xuất khẩu |
    # Tấn | 48.000 | …", its number and product merged down and left out.)
    units = [i for i in range(at, at_values) if openings and i in openings
             and _UNIT_COLUMN.fullmatch(" ".join(openings[i][1]))]
    if len(units) == 1 and units[0] + 1 == at_values and at < units[0] - len(words) + 1 \
            and len(_plain(words[-1]).split()) <= 3 and not regex.search(r"\d", words[-1]) \
            and (len(words) >= 2 or _opens_like(words[0], units[0], at, openings)):
        return units[0] - len(words) + 1
    if name_col is None:
        first, two = _opening(words[0]), set(_plain(words[0]).lower().split()[:2])
        for alike in (lambda i: bool(first) and first in (openings or {}).get(i, ([], []))[0],
                      lambda i: bool(two & set((openings or {}).get(i, ([], []))[1]))):
            if alike(at):
                return at
            p = next((p for p in range(at, at_values - len(words) + 1) if alike(p)), None)
            if p is not None:
                return p
        return at
    longest = max(range(len(words)), key=lambda j: len(_plain(words[j])))
    shifted = name_col - longest
    return shifted if at < shifted and shifted + len(words) <= at_values else at


def _opens_like(cell: str, col: int, other: int, openings: dict[int, tuple[list[str], list[str]]] | None) -> bool:
    """Whether a cell opens with a word the full rows' cells of column ``col`` open with and those
    of column ``other`` do not: a unit alone, "Triệu USD", under "ĐVT" (its product's name merged
    down and left out)."""
    first = _opening(cell)
    return bool(first) and openings is not None and first in openings.get(col, ([], []))[0] \
        and first not in openings.get(other, ([], []))[0]


def _opening(cell: str) -> str:
    """A cell's first word, lower-cased ("Xã Long Điền" → "xã"); "" for a cell of no letters."""
    words = _plain(cell).split()
    return words[0].lower() if words and _LETTER.search(words[0]) else ""


def _without_empty(row: CellRow) -> CellRow:
    """A header row without its empty cells (those :func:`aligned` put at its ends)."""
    kept = [k for k, c in enumerate(row.cells) if c.strip()]
    return row._replace(cells=[row.cells[k] for k in kept], starts=[row.starts[k] for k in kept])


def merged_cells_filled(rows: list[CellRow], spanning_rank=None) -> list[CellRow]:
    """The rows of a table of aims (:func:`aligned`) with the cells a legal-database page leaves
    out put back: a cell merged down over the rows under it is printed in its first row only, so
    those rows are short. A header over two rows, the upper's cell spanning several of the lower's
    ("Kế hoạch giai đoạn 2026 - 2030" over "Năm 2026 | … | Năm 2030"), the others merged down,
    becomes one row (:func:`_two_row_header`); a short row of values is aligned
    (:func:`_short_row`). The table's width and its columns of values are its full rows'; a table
    with no full row holding values is left as it is, and so is a row that does not align.
    ``spanning_rank`` orders the upper cells that may span lower cells of no year (lower first:
    the one more likely to span)."""
    width = max((len(r.cells) for r in rows), default=0)
    # (Full rows as printed first: a row opening with empty cells may have them from the empty
    # segments before it, put back by :func:`aligned` where its cells merged down were left out,
    # "| | a) Cây lúa | Ha | 83.470 | 82.900" with its note merged down too.)
    printed = [r for r in rows if len(r.cells) == width and _plain(r.cells[0])]
    candidates = printed if any(_leading(r.cells) < width or _values_run(r.cells) for r in printed) else rows
    leads = [(r, lead, width) for r in candidates if len(r.cells) == width and (lead := _leading(r.cells)) < width]
    if not leads:
        # (No full row ends in a value: a column of words after the values, the body in charge of
        # each aim or a note, "1 | Tỷ lệ dân cư đô thị … | % | 92 | 95 | Bộ Xây dựng", "1 | Gạo |
        # Tấn | 1.150.000 | 680 | … | Gạo thơm, gạo đặc sản". Their values are the run after the
        # words before them, one column of words after it, the same in most such rows.)
        runs = [(r, lead, end) for r in candidates if len(r.cells) == width and (run := _values_run(r.cells))
                for lead, end in [run]]
        common = Counter((lead, end) for _r, lead, end in runs).most_common(1)
        if common and 2 * common[0][1] > len(runs):
            leads = [(r, lead, end) for r, lead, end in runs if (lead, end) == common[0][0]]
    if not leads:
        # (Nor before a column of notes, "Ghi chú", left blank in every row of values. Their values
        # end before their empty cells at the end.)
        leads = [(r, lead, filled) for r in rows if len(r.cells) == width
                 and (lead := _leading(r.cells[:(filled := _filled_width(r.cells))])) < filled]
    full = [r for r, _lead, _end in leads]
    if not full:
        padded = _number_merged_down(rows, width)
        return merged_cells_filled(padded, spanning_rank) if padded is not None else rows
    # (The cells before the values are the most of the full rows' count, the fewest of them where
    # as many: a short row padded with empty cells at its end, "Thủy sản (tỷ đồng) | 2.480 | … | |",
    # its number and field merged down and left out, is no full row's count.)
    counts = Counter(lead for _r, lead, _end in leads)
    texts = min(counts, key=lambda lead: (-counts[lead], lead))
    leads = [(r, lead, end) for r, lead, end in leads if lead == texts]
    full = [r for r, _lead, _end in leads]
    value_cols = {i for _r, lead, end in leads for i in range(lead, end)}
    # (A column of years, "Năm đạt chuẩn | 2026 | 2028", is none of values: a short row's figures
    # do not go there.)
    value_cols -= {i for i in value_cols if all(_YEAR_CELL.fullmatch(_plain(r.cells[i])) or not _plain(r.cells[i])
                                                 or _plain(r.cells[i]) in "-–—" for r in full)}
    # (Nor a column of notes after them, "Ghi chú", of words or empty in every full row: "Giá so
    # sánh 2010" over rows whose note is left out, their values not shifted under it.)
    value_cols -= {i for i in value_cols if not any(is_value_cell(r.cells[i]) for r in full)}
    marks = all(_ROW_MARK.fullmatch(_plain(r.cells[0])) or not r.cells[0].strip() for r in full)
    # (The column of the rows' names where another is before it: of the columns before the values,
    # past the number's, the one of the longest cells, twice the first's at least.)
    lengths = {i: sum(len(_plain(r.cells[i])) for r in full) for i in range(1 if marks else 0, texts)}
    name_col = max(lengths, key=lambda i: lengths[i], default=None)
    if name_col is not None and lengths[name_col] < 2 * lengths[min(lengths)]:
        name_col = None
    # (Each column of names' first words in the full rows, and its header's words: "Xã, phường".)
    openings = {i: ([_opening(r.cells[i]) for r in full],
                    _plain(rows[0].cells[i]).lower().replace(",", " ").split() if i < len(rows[0].cells) else [])
                for i in range(texts)}
    out: list[CellRow] = []
    j = 0
    repeated = _repeated_header(rows, width)
    if repeated is not None:
        out.append(repeated)
        j = 2
    headed = [len(r.cells) < width and not any(_FIGURE.fullmatch(_plain(c)) for c in r.cells) for r in rows[:3]]
    if not out and len(rows) >= 4 and all(headed):
        head = _three_row_header(rows[0], rows[1], rows[2], width, texts)
        if head is not None:
            out.append(head)
            j = 3
    # (A header of three rows that fits as a tree, each cell over one column or spanning the cells
    # under it: "Tỷ lệ che phủ rừng (%)" over "Ước thực hiện năm 2025 | Kế hoạch năm 2026", "Trồng
    # rừng mới (ha)" over "Tổng số | Trong đó" over "Rừng sản xuất | Rừng phòng hộ, đặc dụng".)
    tree = header_tree([r.cells for r in rows[:3]], width, sorted(value_cols)) \
        if not out and len(rows) >= 4 and all(headed) and not any(_opens_body(r.cells) for r in rows[:3]) else None
    if not out and len(rows) >= 3 and all(headed[:2]):
        upper, lower = _without_empty(rows[0]), _without_empty(rows[1])
        head = _two_row_header(upper, lower, width, texts, full, spanning_rank) \
            or _header_over_values(upper, lower, width, texts, full, value_cols)
        if head is not None and tree is not None:
            # (Where its first two rows would make a header of two rows, the third left as a row
            # of its own, the tree is the header; else the tree is left to the reader of tables by
            # their cells, which reads it so.)
            out.append(head._replace(end=rows[2].end, cells=tree, starts=[head.start] * width, tail=rows[2].tail))
            j = 3
        elif head is not None and tree is None:
            out.append(head)
            j = 2
    for row in rows[j:]:
        above = _row_above(out, width)
        if above is not None:
            row = _short_row(_without_padding(row, value_cols), above, width, value_cols, texts, marks, name_col,
                             openings) or row
        out.append(row)
    return out


def _repeated_header(rows: list[CellRow], width: int) -> CellRow | None:
    """A header over two rows whose upper row a converter printed whole, a cell spanning several
    repeated in each column it spans ("… | Diện tích vùng trồng được cấp mã số (lũy kế) | Diện
    tích vùng trồng được cấp mã số (lũy kế) | Ghi chú" over "Đến năm 2027 | Đến năm 2030"), as one
    row: each repeated cell labelled by the lower cell under it, in order (:func:`_spanned_label`);
    None where the lower row's cells (no figure) are not as many as the repeated ones."""
    if len(rows) < 3 or len(rows[0].cells) != width or len(rows[1].cells) >= width:
        return None
    upper, lower = rows[0], _without_empty(rows[1])
    if not lower.cells or any(_FIGURE.fullmatch(_plain(c)) for c in lower.cells):
        return None
    plain = [_plain(c) for c in upper.cells]
    repeated = [k for k in range(width) if plain[k]
                and (k > 0 and plain[k - 1] == plain[k] or k + 1 < width and plain[k + 1] == plain[k])]
    if len(repeated) != len(lower.cells):
        return None
    cells, starts = list(upper.cells), list(upper.starts)
    for k, low, at in zip(repeated, lower.cells, lower.starts):
        cells[k], starts[k] = _spanned_label(upper.cells[k], low), at
    return CellRow(upper.start, lower.end, cells, starts, upper.gap, lower.tail)


def _without_padding(row: CellRow, value_cols: set[int]) -> CellRow:
    """A full row opening with empty cells whose last value falls on no column of values, less
    those empty cells: they were put back by :func:`aligned` before a row short of cells merged
    down at both ends ("| | a) Cây lúa | Ha | 83.470 | 82.900" where the notes' column is the
    last)."""
    lead = next((i for i, c in enumerate(row.cells) if _plain(c)), 0)
    last = max((i for i, c in enumerate(row.cells) if is_value_cell(c)), default=None)
    if lead == 0 or last is None or last in value_cols:
        return row
    return row._replace(cells=row.cells[lead:], starts=row.starts[lead:])


def _number_merged_down(rows: list[CellRow], width: int) -> list[CellRow] | None:
    """The rows of a table whose every row of values lacks its first cell, merged down from the
    numbered row of words above it ("1 | Xuất khẩu qua cảng biển | | |" over "Kim ngạch (triệu
    USD) | 18.900 | 23.850 | 27.700" and "Tỷ trọng (%) | 88,1 | …"), with an empty first cell put
    back in those rows (two at least, words then values, one cell short); None for any other."""
    def lacks_number(row: CellRow) -> bool:
        cells = row.cells
        return len(cells) == width - 1 and bool(_plain(cells[0])) and not is_value_cell(cells[0]) \
            and not _ROW_MARK_CELL.fullmatch(_plain(cells[0])) and _leading(cells) < len(cells)

    if width < 3 or sum(1 for r in rows if lacks_number(r)) < 2:
        return None
    return [r._replace(cells=["", *r.cells], starts=[r.start, *r.starts]) if lacks_number(r) else r for r in rows]


# A unit in brackets ending a header cell ("Tỷ lệ huy động trẻ em ra lớp (%)").
# A bracket's content that is a formula of the rows it sums, no unit: capitals joined by "+" or
# "=" ("TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)"), as a lookahead after the opening bracket.
NOT_A_FORMULA = r"(?![\p{Lu}\s]*[+=][\p{Lu}\s+=-]*\))"
UNIT_AT_END = regex.compile(rf"\s*\({NOT_A_FORMULA}(?=[^()\d]*[\p{{L}}%‰])[^()\d]{{1,30}}\)\s*$")


def _row_above(out: list[CellRow], width: int) -> CellRow | None:
    """The row whose cells a short row takes where merged down over it: the row before it, where
    as wide as the table; a numbered row of words alone before it, short ("1 | Cà phê (nhân và chế
    biến)", its name merged across or its empty cells left out), its cells as read from the left,
    over its parts whose number is merged down ("- Lượng | tấn | 148.500 | …"); past rows short as
    it, left as read ("Trong đó:", "14 | Tỷ lệ xã … | 100 | Duy trì | …"), the last full row above
    them ("- Trung Quốc | 300 | …" under "1 | Châu Á | Triệu USD | 870 | …" and "Trong đó:"),
    never past a group's row, across the table; None for none."""
    if not out or len(out[-1].cells) == width:
        return out[-1] if out else None
    if _opens_heading(out[-1].cells):
        return out[-1]._replace(cells=out[-1].cells + [""] * (width - len(out[-1].cells)))
    above = next((r for r in reversed(out[-_SKIPPED_SHORT_ROWS - 1:]) if len(r.cells) == width
                  or _opens_group(r.cells) or _GROUP_LETTER.fullmatch(_plain(r.cells[0]))), None)
    return above if above is not None and len(above.cells) == width else None


# The most short rows, left as read, between a short row and the full row above that gives it the
# cells merged down over them all.
_SKIPPED_SHORT_ROWS = 1


def _values_run(cells: list[str]) -> tuple[int, int] | None:
    """Where a row's values run, (first, end), where words come before them and words after them
    only (its cells after the run none a value; its first cell, a row's number, no value's);
    None for any other row."""
    first = next((i for i, c in enumerate(cells) if i > 1 and is_value_cell(c)), None)
    if first is None or any(is_value_cell(c) for c in cells[1:first]):
        return None
    # (Not a task table's time, "2026 - 2030", before its product, "500 hợp tác xã … được hỗ
    # trợ": a year is no value of a table of aims.)
    if _YEAR_SPAN.fullmatch(_plain(cells[first])):
        return None
    end = first
    while end < len(cells) and (is_value_cell(cells[end]) and not _YEAR_SPAN.fullmatch(_plain(cells[end]))
                                or not _plain(cells[end])):
        end += 1
    tail = cells[end:]
    # (After the values, words and the years of the work: "… | 38.500 | 2026 - 2027 | Trung tâm
    # Nước sạch …", a project's cost before its time and the body in charge.)
    return (first, end) if tail and not any(is_value_cell(c) and not _YEAR_SPAN.fullmatch(_plain(c))
                                            for c in tail) else None


# A year or a span of years in a cell ("2026", "2026 - 2030").
_YEAR_SPAN = regex.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def _opens_heading(cells: list[str]) -> bool:
    """Whether a short row is a numbered heading of words: a row's number, then words, no figure."""
    return len(cells) >= 2 and bool(_ROW_MARK.fullmatch(_plain(cells[0]))) and bool(_plain(cells[1])) \
        and not any(is_value_cell(c) for c in cells[1:] if _plain(c))


def label_over(label: str, cell: str) -> str:
    """A column's header text ``label`` with a lower header cell added under it. The lower cell goes
    before the unit the upper text ends with, the unit staying last where a column's reader looks
    for it: "Tỷ lệ huy động trẻ em ra lớp (%)" over "Nhà trẻ" is "Tỷ lệ huy động trẻ em ra lớp Nhà
    trẻ (%)"."""
    unit = UNIT_AT_END.search(label)
    if cell and unit and "(" not in cell:
        return f"{label[:unit.start()]} {cell} {unit.group().strip()}"
    return f"{label} {cell}"


def header_tree(header: list[list[str]], width: int, value_cols: list[int]) -> list[str] | None:
    """Each column's header text for a header of three rows or more, each row short (a
    legal-database page's one cell a line rendering leaves out the cells merged down, and prints
    a cell merged across once): "TT | Xã | Chỉ tiêu năm học 2026 - 2027 | Ghi chú" over "Tỷ lệ
    huy động trẻ em ra lớp (%) | Số trường đạt chuẩn quốc gia (trường)" over "Nhà trẻ | Mẫu giáo
    | Trẻ 5 tuổi". Each cell either stands over one column down to the values or spans the
    columns of the cells under it, two at least, all of them columns of values; of the ways the
    cells fit the width so (:func:`_header_fits`), the one where fewest cells naming a unit span
    cells that name theirs ("Diện tích gieo trồng (ha)" spans nothing; "Cây lúa" spans "Diện tích
    (ha) | Sản lượng (tấn)"), then the one spanning from the leftmost columns. None where no way
    fits."""
    rows = [[c.strip(" *") for c in r] for r in header]
    rows = [r[:max((i + 1 for i, c in enumerate(r) if c), default=0)] for r in rows]
    if any(not r or "" in r for r in rows):
        return None
    best: tuple | None = None
    for placed in _header_fits(rows, width, frozenset(value_cols)):
        spans = {(k, i): (col, w) for k, i, col, w in placed}
        clash = 0
        for k, i, col, w in placed:
            if w > 1 and UNIT_AT_END.search(rows[k][i]):
                under = [rows[k + 1][j] for (kk, j), (c, _) in spans.items() if kk == k + 1 and col <= c < col + w]
                clash += all(UNIT_AT_END.search(c) for c in under)
        # (A whole's total spans nothing, its parts' cell spans them: "Tổng số | Trong đó" over
        # "Rừng sản xuất | Rừng phòng hộ, đặc dụng" is the second spanning.)
        odd = sum(1 for k, i, col, w in placed
                  if w > 1 and _TOTAL_CELL.fullmatch(rows[k][i]) or w == 1 and k < len(rows) - 1
                  and _PARTS_CELL.fullmatch(rows[k][i]))
        rank = (clash, odd, sorted((k, col) for k, i, col, w in placed if w > 1))
        if best is None or rank < best[0]:
            best = (rank, placed)
    if best is None:
        return None
    columns: list[list[str]] = [[] for _ in range(width)]
    for k, i, col, w in sorted(best[1]):
        for c in range(col, col + w):
            columns[c].append(rows[k][i])
    labels = []
    for cells in columns:
        label = ""
        for cell in cells:
            label = label_over(label, cell)
        labels.append(" ".join(label.split()))
    return labels


# A header cell of a whole's total ("Tổng số", "Tổng cộng"), and one opening its parts ("Trong đó").
_TOTAL_CELL = regex.compile(r"(?i)tổng(?:\s+(?:số|cộng))?")
_PARTS_CELL = regex.compile(r"(?i)trong\s+đó\s*:?")
# The most ways of fitting a header's cells to its columns weighed (:func:`header_tree`).
_HEADER_FITS = 400


def _header_fits(rows: list[list[str]], width: int, value_cols: frozenset[int]):
    """The ways the header rows' cells fit ``width`` columns (:func:`header_tree`), each as the
    cells placed: (row, cell, first column, columns spanned); at most :data:`_HEADER_FITS`."""
    last = len(rows) - 1

    def cover(k: int, col: int, ncols: int, ptr: tuple[int, ...]):
        # (Row k's cells from ptr[k] on cover columns col … col + ncols - 1 exactly.)
        if ncols == 0:
            yield ptr, ()
            return
        i = ptr[k]
        if i >= len(rows[k]):
            return
        nxt = ptr[:k] + (i + 1,) + ptr[k + 1:]
        for after, placed in cover(k, col + 1, ncols - 1, nxt):
            yield after, ((k, i, col, 1),) + placed
        if k == last or col not in value_cols:
            return
        for w in range(2, ncols + 1):
            if col + w - 1 not in value_cols:
                break
            for inner_end, inner in cover(k + 1, col, w, nxt):
                if inner_end[k + 1] - nxt[k + 1] < 2:
                    continue
                for after, placed in cover(k, col + w, ncols - w, inner_end):
                    yield after, ((k, i, col, w),) + inner + placed

    ends = tuple(len(r) for r in rows)
    n = 0
    for end, placed in cover(0, 0, width, (0,) * len(rows)):
        if end == ends:
            yield placed
            n += 1
            if n >= _HEADER_FITS:
                return


# A year after a few words, no more: a row's label naming its year ("Năm 2026", "Ước thực hiện
# năm 2025"), a header cell of a year ("Kế hoạch năm 2026").
_YEAR_LABEL = regex.compile(r"(?:\p{L}+[ \t]+){1,4}(?:19|20)\d\d")
# A year alone on its line; the words of a row's label wrapped before it, four at most ("Ước thực
# hiện năm\n2025").
_YEAR_ALONE = regex.compile(r"(?:19|20)\d\d")
_LABEL_WORDS = regex.compile(r"(?:\p{L}+[ \t]+){0,3}\p{L}+")
# The most rows of a table of years as rows that are no year's (a growth's: "Tăng bình quân (%/năm)").
_UNDATED_ROWS = 2


def _year_label_at(cells: list[tuple[int, int, str]], i: int) -> int:
    """The line after a row's label naming its year opening at line ``i`` ("Năm 2026", or "Ước
    thực hiện năm\n2025" over two lines); ``i`` where none opens there."""
    if i < len(cells) and _YEAR_LABEL.fullmatch(cells[i][2]):
        return i + 1
    if i + 1 < len(cells) and _LABEL_WORDS.fullmatch(cells[i][2]) and _YEAR_ALONE.fullmatch(cells[i + 1][2]):
        return i + 2
    return i


def year_row_line_tables(text: str, lo: int, hi: int, opens) -> Iterator[list[LineRow]]:
    """The tables a PDF's text layer writes one cell a line whose rows are years and columns
    indicators (m357 of corpus/probes: "Năm\nDiện tích\ndừa (ha)\nSản lượng\ndừa (triệu\ntrái)\n…
    \nƯớc thực hiện năm\n2025\n118.500\n1.650\n…\nNăm 2026\n119.800\n…"): a header opening with a
    cell ``opens`` says heads the years ("Năm"), its cells wrapped as a task table's
    (:func:`_wraps`), then rows each a label naming its year and as many values as the header has
    cells after its first, then at most two rows of another label ("Tăng bình quân\n(%/năm)")
    holding as many. Rows as :func:`line_tables`' (read as printed: years as rows; see
    :func:`years_as_columns`)."""
    cells = cell_lines(text, lo, hi)
    j = 0
    while j < len(cells):
        if not opens(cells[j][2]):
            j += 1
            continue
        i = j + 1
        while i < len(cells) and i - j <= _WRAPPED_HEADER_LINES and _year_label_at(cells, i) == i \
                and _LETTER.search(cells[i][2]):
            i += 1
        header = _joined_cells(cells[j:i], None)
        width = len(header)
        table = [(header[0][0], header[-1][1], tuple(c[2] for c in header), tuple(c[0] for c in header))]
        undated = 0
        while i < len(cells) and width >= 2:
            label_end = _year_label_at(cells, i)
            if label_end == i:
                # (A last row of another label, its words wrapped: "Tăng bình quân\n(%/năm)".)
                while label_end < len(cells) and label_end - i < 3 and _LETTER.search(cells[label_end][2]) \
                        and not _VALUE_LINE.fullmatch(cells[label_end][2]):
                    label_end += 1
                if label_end == i or undated == _UNDATED_ROWS:
                    break
                undated += 1
            k = label_end
            while k < len(cells) and k - label_end < width and _VALUE_LINE.fullmatch(cells[k][2]):
                k += 1
            if k - label_end != width - 1:
                break
            label = (cells[i][0], cells[label_end - 1][1], " ".join(c[2] for c in cells[i:label_end]))
            row = [label, *cells[label_end:k]]
            table.append((row[0][0], row[-1][1], tuple(c[2] for c in row), tuple(c[0] for c in row)))
            i = k
        if sum(1 for row in table[1:] if _YEAR_ALONE.search(row[2][0])) >= 2:
            yield table
            j = i
        else:
            j += 1


# A column's header naming its year alone or after a few words of plan or result ("Năm 2026", "Ước
# TH năm 2025", "Kế hoạch giai đoạn Năm 2026"): no comparison ("So sánh KH 2026/ ƯTH 2025 (%)"), no
# indicator ("Chợ được cải tạo, nâng cấp năm 2026 (chợ)").
_YEAR_COLUMN = regex.compile(r"(?:\p{L}+[ \t]+){0,5}(?:19|20)\d\d")


def mostly_whole(whole: int, short: int) -> bool:
    """Whether a table's rows of fewer values may fill its last columns: its whole rows are twice
    as many as the short ones, three at least (a header misread, "Chỉ tiêu chủ yếu TH năm 2018" one
    cell, leaves every row short)."""
    return whole >= max(3, 2 * short)


def year_column(label: str) -> bool:
    """Whether a column's header names a year alone or after a few words (:data:`_YEAR_COLUMN`)."""
    return bool(_YEAR_COLUMN.fullmatch(_plain(label)))


def _names_a_year(label: str) -> bool:
    """Whether a row's label names a year alone or after a few words ("2026", "Năm 2026")."""
    return bool(_YEAR_LABEL.fullmatch(label.strip()) or _YEAR_ALONE.fullmatch(label.strip()))


def rule_or_empty_row(cells) -> bool:
    """Whether a pipe table's row is its rule under the header ("|---|:---:|") or empty."""
    return not any(c.strip("-: ") for c in cells)


def years_as_columns(table, opens, label: str):
    """A table whose rows are years and columns indicators, its header's first cell one ``opens``
    says heads the years ("Năm"), as its readers of aims take one: each indicator a row, each
    year a column, the first column's header ``label`` (the first cell's start kept); None where
    the table is none such (two rows naming years at least, before at most two of another label,
    no header cell naming a year). Each cell keeps its start."""
    header = table[0]
    body = [row for row in table[1:] if not rule_or_empty_row(row[2])]  # (a pipe table's "|---|")
    width = len(header[2])
    if width < 2 or len(body) < 2 or not opens(header[2][0]) or any(len(row[2]) != width for row in body) \
            or any(_YEAR_LABEL.search(c) or _YEAR_ALONE.fullmatch(c.strip()) for c in header[2][1:]):
        return None
    dated = [_names_a_year(row[2][0]) for row in body]
    first_undated = dated.index(False) if False in dated else len(dated)
    if first_undated < 2 or any(dated[first_undated:]) or len(dated) - first_undated > _UNDATED_ROWS:
        return None
    out = [(header[0], header[1], (label, *(row[2][0] for row in body)), (header[3][0], *(row[3][0] for row in body)))]
    for c in range(1, width):
        cells = (header[2][c], *(row[2][c] for row in body))
        starts = (header[3][c], *(row[3][c] for row in body))
        out.append((starts[0], max(s + len(cell) for s, cell in zip(starts, cells)), cells, starts))
    return out
