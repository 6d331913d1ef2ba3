"""Tables as legal-database pages render them: one cell at a time, each cell's lines, then a line
holding only "|" (p009, p024, p028, p036, p037 of corpus/real2: every table of theirs); and as a
PDF's text layer or a document exported as text writes them: one cell a line with no bars at all
(:func:`line_tables`).

Read by the responsibilities (units of "Cơ quan chủ trì" columns) and the targets (columns of
years or aims) extractors.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

# A row ends with two bar lines in a row ("|\n|": an empty cell between them), so a row is the
# cells between two empty ones. (An empty cell inside a row is written the same way: such a row
# reads as two, each with fewer cells than its header.)
BAR_LINE = regex.compile(r"^[ \t]*\|[ \t]*$", regex.M)
# A cell of more lines than this, or holding a blank line, is no table's: text between two tables.
CELL_LINES = 40


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
    (A row cut by such text is dropped.)"""
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
        if "\n\n" in text[a:b] or text.count("\n", a, b) > CELL_LINES:
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


def aligned(table: list[CellRow]) -> list[CellRow]:
    """The rows of a table with their empty cells put back, the table's width W its widest row's:
    a row of W cells is W segments, then an empty one (the boundary), so a short row and the next
    whose cells and the empty segments between make W exactly are one row with empty cells inside
    ("1 | Tỷ lệ | % | | 60"); other empty segments are empty cells, at the end of a short row up
    to W ("I | Đến năm 2025 | |", "… | Năm 2025 | |" of an empty "Ghi chú": the table's last row's
    too, read after it), then at the start of the next. (Exact for a table without cells spanning
    rows or columns, and with one empty cell inside a row at most; such a table's rows are left as
    read, short. Joining a row with two empty cells, one inside and one at its end, from the empty
    segments after it was tried: it broke a real table of aims, whose rows it joined wrongly.)"""
    width = max((len(r.cells) for r in table), default=0)
    out: list[CellRow] = []
    cur: CellRow | None = None
    for row in table:
        if cur is not None and len(cur.cells) + row.gap + len(row.cells) == width:
            pad = [""] * row.gap
            cur = CellRow(cur.start, row.end, cur.cells + pad + row.cells,
                          cur.starts + [row.start] * row.gap + row.starts, cur.gap, row.tail)
            continue
        leading = max(row.gap - 1, 0)
        if cur is not None:
            trailing = min(leading, width - len(cur.cells))
            out.append(cur._replace(cells=cur.cells + [""] * trailing,
                                    starts=cur.starts + [cur.end] * trailing))
            leading -= trailing
        cur = row._replace(cells=[""] * leading + row.cells, starts=[row.start] * leading + row.starts)
    if cur is not None:
        trailing = min(cur.tail, width - len(cur.cells))
        out.append(cur._replace(cells=cur.cells + [""] * trailing, starts=cur.starts + [cur.end] * trailing))
    return out


# A table's cell alone on its line that numbers its row ("1", "12"; a year, "2026", where the rows
# are years).
_ROW_NUMBER = regex.compile(r"\d{1,4}")
# The most lines a table written one line a cell with no bars (:func:`line_tables`) may take for
# its header, and the longest header cell.
_LINE_HEADER_CELLS = 8
_LINE_HEADER_LENGTH = 120


def cell_lines(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The lines of ``text[lo:hi]`` that hold words or figures, as (start of the words, end, the
    line stripped); blank lines left out, and a page's number alone between two blank lines (a
    PDF's text layer breaking a table over two pages: "75\n\n3\n\n2028")."""
    lines = []
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        raw = text[pos:end]
        lines.append((pos + len(raw) - len(raw.lstrip()), end, raw.strip()))
        pos = end + 1
    return [ln for j, ln in enumerate(lines) if ln[2] and not (
        _ROW_NUMBER.fullmatch(ln[2]) and 0 < j < len(lines) - 1 and not lines[j - 1][2] and not lines[j + 1][2])]


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


def line_tables(text: str, lo: int, hi: int):
    """The tables a PDF's text layer or a document exported as text writes one cell a line with no
    bars (m15, m23 of corpus/probes): a header of 3 to 8 lines of words right before a line holding
    a row's number, then two or more rows of as many lines, each opening with the number after the
    last row's ("STT\nTên xã\nSố tiêu chí …\n1\nXã Hàm Yên\n15\n2\nXã Lâm Bình\n13"); rows
    as (start, end, cells, cells' starts). Of the header sizes the lines allow, the one of the most rows
    (the first lines above a header are its caption). A row with an empty cell, which such a layer
    leaves out, ends the table."""
    cells = cell_lines(text, lo, hi)
    j = 1
    while j < len(cells):
        run = 0  # the lines of words right above line j
        while run < min(j, _LINE_HEADER_CELLS) and regex.search(r"\p{L}", c := cells[j - run - 1][2]) \
                and len(c) <= _LINE_HEADER_LENGTH and "|" not in c and not c.endswith((".", ";", ":")):
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
