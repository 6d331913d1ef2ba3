"""HTML tables inside a text, written as pipe rows by edits that keep each cell's text in place.

Markdown converters and scrapers of legal-database pages leave a table with merged cells as raw
HTML inside the markdown ("<table><tr><td rowspan=\"2\">STT</td><td colspan=\"2\">Kế hoạch</td>
…</table>"), and a page saved as text keeps its markup. :func:`html_table_edits` writes each such
table as the legal-database markdown writes one: a row a line, "| cell | cell |"; a cell spanning
columns followed by an empty cell for each column past its first, a cell spanning rows by an empty
cell in each later row it covers; "<th>" as "<td>"; character references decoded ("&nbsp;",
"&amp;"); the markup inside a cell dropped, its line breaks ("<br>", paragraphs "<p>…</p><p>…</p>")
kept as one "<br>" (the normaliser's later pass makes it a space and keeps where it stood:
:attr:`pipeline.normalize.NormalizedText.cell_breaks`). The tags are located by the standard
library's :class:`html.parser.HTMLParser`; the edits are (start, end, replacement) offsets in the
text, so every cell's text maps back to the raw text.
"""
from __future__ import annotations

import bisect
import html
from html.parser import HTMLParser
from typing import NamedTuple

import regex

__all__ = ["BREAK_TAG", "html_table_edits"]

# A table's opening and closing tags (a table holding another is left as it is).
_TABLE_TAG = regex.compile(r"<(/?)table\b[^<>]{0,500}>", regex.I)
# Tags that part a cell's lines: a line break, a paragraph, a block, a list item.
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "pre", "hr"})
_CELL_TAGS = frozenset({"td", "th"})
# The most columns or rows one cell is taken to span (a larger figure is a slip: read as 1), and
# the most columns of a table's grid (a wider one, as merged cells stagger it, is left as it is:
# no plan's table is, and its empty cells would multiply the text).
MOST_SPAN = 60
MOST_COLUMNS = 64
_SPAN = regex.compile(r"""\b(colspan|rowspan)\s*=\s*["']?\s*(\d{1,4})""", regex.I)
# A character reference ("&nbsp;", "&#160;", "&#xA0;").
_ENTITY = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# A line break's tag (the normaliser reads the same in markdown cells).
BREAK_TAG = regex.compile(r"<br\s*/?>", regex.I)


class _Tag(NamedTuple):
    start: int
    end: int
    name: str
    closing: bool
    attrs: str


class _TagFinder(HTMLParser):
    """The tags of an HTML fragment, with their offsets in it (from the parser's line and column)."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=False)
        self.fragment = fragment
        self.line_starts = [0] + [i + 1 for i, c in enumerate(fragment) if c == "\n"]
        self.tags: list[_Tag] = []

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        start = self._at()
        text = self.get_starttag_text() or ""
        self.tags.append(_Tag(start, start + len(text), tag, False, text))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        start = self._at()
        end = self.fragment.find(">", start)
        self.tags.append(_Tag(start, end + 1 if end >= 0 else len(self.fragment), tag, True, ""))

    def handle_comment(self, data):
        start = self._at()
        self.tags.append(_Tag(start, start + len(data) + 7, "!--", False, ""))


def _tags(text: str, start: int, end: int) -> list[_Tag]:
    finder = _TagFinder(text[start:end])
    finder.feed(text[start:end])
    finder.close()
    return [t._replace(start=t.start + start, end=t.end + start) for t in finder.tags]


class _Cell(NamedTuple):
    start: int  # where its text starts (its first character that is no markup nor space)
    end: int    # where its text ends; start == end: an empty cell
    colspan: int
    rowspan: int
    inner: list[tuple[int, int, str]]  # the edits inside its text


def _span(attrs: str, name: str) -> int:
    for m in _SPAN.finditer(attrs):
        if m.group(1).lower() == name:
            n = int(m.group(2))
            return n if 1 <= n <= MOST_SPAN else 1
    return 1


def _blank_runs(text: str, start: int, end: int, tags: list[_Tag]):
    """The runs of markup, spaces and no-break-space references in ``text[start:end]``, as
    (start, end, whether a block tag is in it, whether a space is in it), and the character
    references outside them as (start, end, None, None)."""
    i = start
    t = 0
    run_start: int | None = None
    block = space = False
    while i < end:
        while t < len(tags) and tags[t].start < i:
            t += 1
        if t < len(tags) and tags[t].start == i:
            tag = tags[t]
            if run_start is None:
                run_start, block, space = i, False, False
            block = block or tag.name in _BLOCK_TAGS
            i = tag.end
            continue
        m = _ENTITY.match(text, i, end)
        decoded = html.unescape(m.group()) if m else text[i]
        if decoded.isspace():
            if run_start is None:
                run_start, block, space = i, False, False
            space = True
            i = m.end() if m else i + 1
            continue
        if run_start is not None:
            yield run_start, i, block, space
            run_start = None
        if m:
            yield m.start(), m.end(), None, None
            i = m.end()
        else:
            i += 1
    if run_start is not None:
        yield run_start, end, block, space


def _cell(text: str, start: int, end: int, tags: list[_Tag], attrs: str) -> _Cell:
    """The cell whose content is ``text[start:end]``: its text's bounds and its edits."""
    colspan, rowspan = _span(attrs, "colspan"), _span(attrs, "rowspan")
    items = list(_blank_runs(text, start, end, [t for t in tags if t.end <= end]))
    a, b = start, end
    if items and items[0][2] is not None and items[0][0] == start:
        a = items[0][1]
        items = items[1:]
    if items and items[-1][2] is not None and items[-1][1] == end:
        b = items[-1][0]
        items = items[:-1]
    if a >= b:
        return _Cell(start, start, colspan, rowspan, [])
    inner = []
    for s, e, block, space in items:
        run = text[s:e]
        if block is None:
            inner.append((s, e, html.unescape(run)))
        elif block:
            if not BREAK_TAG.fullmatch(run):
                inner.append((s, e, "<br>"))
        elif run != " ":
            inner.append((s, e, " " if space else ""))
    return _Cell(a, b, colspan, rowspan, inner)


def _rows(text: str, start: int, end: int) -> list[list[_Cell]] | None:
    """The rows of the table ``text[start:end]``, each a list of cells; None where text stands
    outside every cell (no table as the readers write one)."""
    tags = _tags(text, start, end)
    tag_starts = [t.start for t in tags]
    rows: list[list[_Cell]] = []
    row: list[_Cell] | None = None
    cell_tag: _Tag | None = None
    outside = start  # where the markup outside every cell goes on from
    for tag in tags:
        structural = tag.name in _CELL_TAGS or tag.name in ("tr", "table")
        if cell_tag is not None and not structural:
            continue  # (markup inside a cell)
        if cell_tag is None and _outside_text(text, outside, tag.start):
            return None
        if cell_tag is not None and row is not None:
            lo, hi = bisect.bisect_left(tag_starts, cell_tag.end), bisect.bisect_left(tag_starts, tag.start)
            row.append(_cell(text, cell_tag.end, tag.start, tags[lo:hi], cell_tag.attrs))
        cell_tag = None
        if tag.name in _CELL_TAGS and not tag.closing:
            if row is None:
                row = []
                rows.append(row)
            cell_tag = tag
        elif tag.name != "td" and tag.name != "th":
            row = None
            if tag.name == "tr" and not tag.closing:
                row = []
                rows.append(row)
        outside = tag.end
    return rows


def _outside_text(text: str, start: int, end: int) -> str:
    """The text between two tags outside every cell, without spaces and no-break spaces."""
    return "".join(html.unescape(text[start:end]).split())


def _grid(rows: list[list[_Cell]]) -> list[list[_Cell | None]] | None:
    """Each row's cells with None for the empty cells a merged cell leaves: after a cell spanning
    columns, and where a cell of a row above spans into this one; None for a grid wider than
    MOST_COLUMNS."""
    pending: dict[int, int] = {}  # column → the rows a cell above still spans
    out = []
    for row in rows:
        cells: list[_Cell | None] = []
        for cell in [*row, None]:
            while pending.get(len(cells), 0) > 0:  # (the cells above spanning into this row)
                pending[len(cells)] -= 1
                cells.append(None)
            if cell is None:
                break
            for c in range(len(cells), len(cells) + cell.colspan):
                pending[c] = cell.rowspan - 1
            cells.append(cell)
            cells.extend([None] * (cell.colspan - 1))
            if len(cells) > MOST_COLUMNS:
                return None
        out.append(cells)
    return out


def _table_edits(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    rows = _rows(text, start, end)
    if not rows:
        return []
    grid = [r for r in _grid(rows) or [] if any(c is not None and c.end > c.start for c in r)]
    if not grid:
        return []
    edits: list[tuple[int, int, str]] = []
    line_start = start == 0 or text[start - 1] == "\n"
    pending = "" if line_start else "\n"
    at = start
    for r, cells in enumerate(grid):
        pending += "\n| " if r else "| "
        for i, cell in enumerate(cells):
            if i:
                pending += " | "
            if cell is None or cell.end == cell.start:
                continue
            edits.append((at, cell.start, pending))
            edits.extend(cell.inner)
            pending, at = "", cell.end
        pending += " |"
    line_end = end == len(text) or text[end] in "\r\n"
    edits.append((at, end, pending + ("" if line_end else "\n")))
    return [e for e in edits if e[0] < e[1] or e[2]]


def html_table_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits writing each HTML table of ``text`` as pipe rows (module doc), sorted; none for a
    text without a table tag."""
    edits: list[tuple[int, int, str]] = []
    opening: int | None = None
    for m in _TABLE_TAG.finditer(text) if "<" in text else ():
        if not m.group(1):
            opening = m.start()
        elif opening is not None:
            edits += _table_edits(text, opening, m.end())
            opening = None
    return edits
