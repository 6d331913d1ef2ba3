"""Tables as legal-database pages render them: one cell at a time, each cell's lines, then a line
holding only "|" (p009, p024, p028, p036, p037 of corpus/real2: every table of theirs).

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
