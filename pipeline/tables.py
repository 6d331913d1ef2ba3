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


def cell_tables(text: str, lo: int, hi: int) -> Iterator[list[CellRow]]:
    """The tables written one cell per line (BAR_LINE) in ``text[lo:hi]``, a list of rows each;
    text between two tables (a "cell" of a blank line or of more than CELL_LINES lines) ends one.
    (A row cut by such text is dropped.)"""
    bars = [m.start() for m in BAR_LINE.finditer(text, lo, hi)]
    table: list[CellRow] = []
    row: list[str] = []
    starts: list[int] = []
    row_start: int | None = None
    for a, b in zip(bars, bars[1:]):
        nl = text.find("\n", a, b)
        raw_start = nl + 1 if nl >= 0 else b
        raw = text[raw_start:b]
        cell = raw.strip()
        if not cell:  # "|\n|": a row ends
            if row and row_start is not None:
                table.append(CellRow(row_start, a, row, starts))
            row, starts, row_start = [], [], None
            continue
        if "\n\n" in text[a:b] or text.count("\n", a, b) > CELL_LINES:
            if table:
                yield table
            table, row, starts, row_start = [], [], [], None  # text between two tables, not a cell
            continue
        if row_start is None:
            row_start = a
        row.append(cell)
        starts.append(raw_start + len(raw) - len(raw.lstrip()))
    if row and row_start is not None:
        table.append(CellRow(row_start, bars[-1], row, starts))
    if table:
        yield table


def cell_rows(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, cells) of each row of the tables written one cell per line (BAR_LINE)."""
    for table in cell_tables(text, lo, hi):
        for row in table:
            yield row.start, row.end, row.cells
