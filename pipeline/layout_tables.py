"""Tables as a PDF's text layer extracted in layout mode prints them (``pdftotext -layout``): each
line keeps its place across the page, so a table's cells stand in columns apart by runs of spaces,
a header cell's words are stacked in its column over several lines ("Ước thực" / "hiện năm" /
"2025"), a header cell spanning several columns stands over them ("Kế hoạch giai đoạn 2026 -
2030" over "2026 … 2030"), a row's long name wraps onto the lines around the one holding its
values, and a table going on over a page break repeats its header after the page's number.

:func:`layout_tables` gives such a table as the rows of a pipe table (the header's rows first:
a cell spanning columns in the first with empty cells after it, as a legal-database page writes a
merged cell), each cell's start where its first words are; :func:`layout_table_spans` where they
are, so the normaliser keeps their lines apart (a wrapped name's lower-case line is no sentence
going on, a header's year under "hiện năm" no date going on).
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from .tables import COLUMN_NUMBER

# A run of two spaces or more parts two cells on a line (one space parts words).
_GAP = regex.compile(r"\S+(?:[ ]\S+)*")
# A cell holding a value: a figure, with a comparator word or sign before it and "%" after it, a
# range, or a dash for none ("Trên 25", "≥ 90", "60 - 70", "-").
_VALUE = regex.compile(r"(?:(?:Trên|Dưới|Tối thiểu|Tối đa|Khoảng|Từ|Đạt)[ ]+|[<>≤≥~]=?[ ]*)?"
                       r"\d[\d.,]*(?:[ ]*[-–][ ]*\d[\d.,]*)?[ ]*%?|[-–—]", regex.I)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_PERIOD = regex.compile(r"((?:19|20)\d\d)[ ]*[-–][ ]*((?:19|20)\d\d)")
# The header's first cell, numbering the rows ("TT", "STT", "Số TT").
_NUMBER_HEADER = regex.compile(r"(?:S[ốô][ ]+)?S?TT", regex.I)
# A row's number in the first column: Arabic ("12", "1.2"), Roman ("II") or a letter ("A").
_ROW_MARK = regex.compile(r"\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[A-ZĐ]\.?")
# A line holding a page's number alone, or opening a page (a form feed).
_PAGE_LINE = regex.compile(r"[ \t]*\f?[ \t]*\d{0,4}[ \t]*")
# A line of words after a table that is none of its rows: an annex's caption in capitals, its
# bracketed subtitle, a note.
_CAPTION = regex.compile(r"\(|[\p{Lu}\d,:-]+(?:[ ]+[\p{Lu}\d,:-]+){2,}$")
# A label and its value after a colon, a line over a table's header ("Đơn vị tính: Triệu USD"),
# no header cell.
_LABELLED = regex.compile(r"\p{Lu}[\p{L} ]*:[ ]+\S.*")
# A bracket opening in lower case: a row's name wrapped ("(lũy kế)"), no caption ("(Kèm theo …)").
_LOWER_BRACKET = regex.compile(r"\(\p{Ll}")
# The most lines a header spans, above its number cell's line and below it.
_HEADER_ABOVE = 4
_HEADER_BELOW = 4
# The most lines of a row's name printed over its line of values (a cell centred in its height).
_NAME_ABOVE = 2
# The most lines a table's caption stands over its header's "TT" (title, subtitle, unit line, blank
# lines and the header's lines above its "TT").
_CAPTION_ABOVE = 8
# A line of words longer than this, not parted into cells, is running text: the table has ended.
_PROSE_LINE = 90


class _Field(NamedTuple):
    start: int  # the column on its line
    end: int
    text: str
    at: int  # where it starts in the text


class _Line(NamedTuple):
    start: int
    end: int
    fields: tuple[_Field, ...]


def _fields(text: str, start: int, end: int) -> tuple[_Field, ...]:
    line = text[start:end]
    return tuple(_Field(m.start(), m.end(), m.group(), start + m.start()) for m in _GAP.finditer(line))


def _lines(text: str, lo: int, hi: int) -> list[_Line]:
    out = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        out.append(_Line(pos, end, _fields(text, pos, end)))
        pos = end + 1
    return out


def _values(line: _Line) -> int:
    """How many of a line's cells after its first two hold values (a header's years do not)."""
    return sum(1 for f in line.fields[2:] if _VALUE.fullmatch(f.text) and not _YEAR.fullmatch(f.text))


def _is_row(line: _Line) -> bool:
    """A line holding a row's values: three cells at least, two of them values."""
    return len(line.fields) >= 3 and _values(line) >= 2


def _is_page_line(text: str, line: _Line) -> bool:
    return not line.fields or bool(_PAGE_LINE.fullmatch(text[line.start:line.end]))


def _numbers_columns(line: _Line) -> bool:
    """Whether a header's line numbers the columns, "(1)  (2)  (3) …" in order (three at least):
    no words of the cells over them (their last would read "(3)" as a unit)."""
    numbers = [COLUMN_NUMBER.fullmatch(f.text) for f in line.fields]
    return len(numbers) >= 3 and all(m and int(m.group(1)) == k + 1 for k, m in enumerate(numbers))


def _opens_header(line: _Line) -> bool:
    return bool(line.fields) and bool(_NUMBER_HEADER.fullmatch(line.fields[0].text))


def _columns(rows: list[_Line]) -> list[tuple[int, int]]:
    """The columns of a table's lines of values: the runs of places some cell covers, parted by
    places no cell of any row covers."""
    width = max(f.end for line in rows for f in line.fields)
    covered = [False] * (width + 1)
    for line in rows:
        for f in line.fields:
            for p in range(f.start, f.end):
                covered[p] = True
    out, start = [], None
    for p, c in enumerate(covered):
        if c and start is None:
            start = p
        elif not c and start is not None:
            out.append((start, p))
            start = None
    return out


def _overlap(f: _Field, column: tuple[int, int]) -> int:
    return min(f.end, column[1]) - max(f.start, column[0])


def _placed(f: _Field, columns: list[tuple[int, int]]) -> list[int]:
    """The columns a cell stands over: those whose middles it covers where they are two or more,
    else the one it overlaps most, else the nearest."""
    over = [i for i, c in enumerate(columns) if f.start <= (c[0] + c[1]) / 2 < f.end]
    if len(over) >= 2:
        return over
    best = max(range(len(columns)), key=lambda i: _overlap(f, columns[i]))
    if _overlap(f, columns[best]) > 0:
        return [best]
    middle = (f.start + f.end) / 2
    return [min(range(len(columns)), key=lambda i: abs((columns[i][0] + columns[i][1]) / 2 - middle))]


def _body_columns(lines: list[_Line], body: list[int]) -> list[tuple[int, int]] | None:
    """The columns of a table's body (:func:`_columns` of its lines of values); None where fewer
    than two lines of values or three columns make it up."""
    rows = [lines[i] for i in body if _is_row(lines[i])]
    columns = _columns(rows) if len(rows) >= 2 else []
    return columns if len(columns) >= 3 else None


def _alone_over(lines: list[_Line], column: int, columns: list[tuple[int, int]]) -> _Field | None:
    """The field over ``column`` alone on the first of ``lines`` holding a field over it; None
    where that line's field stands over other columns too."""
    for line in lines:
        over = [f for f in line.fields if _overlap(f, columns[column]) > 0]
        if over:
            return over[0] if len(over) == 1 and _placed(over[0], columns) == [column] else None
    return None


def _split(f: _Field, at: int) -> tuple[_Field, _Field] | None:
    """``f`` parted at its last space before column ``at``, both parts holding words; else None."""
    cut = f.text.rfind(" ", 0, max(0, at - f.start) + 1)
    if cut <= 0 or not f.text[cut + 1:]:
        return None
    rest = f.text[cut + 1:]
    return (_Field(f.start, f.start + cut, f.text[:cut], f.at),
            _Field(f.start + cut + 1, f.end, rest, f.at + cut + 1))


def _goes_on_spanning(header: list[_Line], k: int, part: _Field, edge: int, columns: list[tuple[int, int]]) -> bool:
    """Whether the nearest line above or below line ``k`` with words over ``part`` has a field
    over two columns or more, ``edge`` not among them: ``part`` a spanning cell's line of its own
    ("nâng cấp, xây mới (điểm)" under "Số điểm tập kết CTRSH cải tạo,")."""
    for lines in (header[k - 1::-1] if k else [], header[k + 1:]):
        for line in lines:
            over = [f for f in line.fields if _overlap(f, (part.start, part.end)) > 0]
            if over:
                if any(len(p := _placed(f, columns)) >= 2 and edge not in p for f in over):
                    return True
                break
    return False


def _cells_apart(header: list[_Line], columns: list[tuple[int, int]]) -> list[_Line]:
    """The header's lines with the ends of two cells printed one space apart parted: a field over
    columns whose last (or first) column has a cell of its own on the lines above and below it,
    the field's other words clear of that column ("Số điểm tập kết CTRSH cải tạo, được thu gom,"
    where "được thu gom," is the line of "Tỷ lệ CTRSH … vận chuyển, xử lý" over the last column
    alone, m387 of corpus/probes; not "Kế hoạch" over "giai đoạn 2026 - 2030", one cell)."""
    out = []
    for k, line in enumerate(header):
        fields: list[_Field] = []
        for f in line.fields:
            over = _placed(f, columns)
            parts = _edge_cell_apart(header, k, f, over[-1], columns, last=True) \
                or _edge_cell_apart(header, k, f, over[0], columns, last=False) if len(over) >= 2 else None
            fields.extend(parts or (f,))
        out.append(_Line(line.start, line.end, tuple(fields)))
    return out


def _edge_cell_apart(header: list[_Line], k: int, f: _Field, edge: int, columns: list[tuple[int, int]],
                     last: bool) -> tuple[_Field, _Field] | None:
    """``f`` (on header line ``k``) parted where its words over column ``edge``, its last column
    (``last``) or its first, begin or end: where the lines above and below have a cell over that
    column alone and the rest of ``f`` goes on as a spanning cell's line (:func:`_cells_apart`)."""
    above = _alone_over(header[k - 1::-1] if k else [], edge, columns)
    below = _alone_over(header[k + 1:], edge, columns)
    if not above or not below:
        return None
    if last:
        at = min(above.start, below.start)
        parts = _split(f, at) if at > f.start else None
    else:
        at = max(above.end, below.end)
        parts = _split(f, at + 1) if at < f.end else None
    if parts is None:
        return None
    rest = parts[0] if last else parts[1]
    return parts if _overlap(rest, columns[edge]) <= 0 and _goes_on_spanning(header, k, rest, edge, columns) \
        else None


def _shifted(line: _Line, again: _Line) -> bool:
    """Whether a header's line printed again after a page break stands two places or more off
    where it stood (the page's table laid out anew: m387 of corpus/probes, 3 places)."""
    return any(abs(f.start - g.start) >= 2 for f, g in zip(line.fields, again.fields))


def _header_rows(header: list[_Line], columns: list[tuple[int, int]]
                 ) -> list[tuple[int, int, list[str], list[int]]]:
    """A header's lines as one row of the columns' stacked words, or two where a cell spans
    columns: the spanning cell over the first of them (the others empty) and the own words of
    each column in the row under it."""
    header = _cells_apart(header, columns)
    own: list[list[_Field]] = [[] for _ in columns]
    groups: list[tuple[int, int, list[_Field]]] = []  # (first column, last column, the cell's words)
    for k, line in enumerate(header):
        for f in line.fields:
            over = _placed(f, columns)
            if len(over) >= 2 and not any(set(_placed(g, columns)) & set(over) for below in header[k + 1:]
                                          for g in below.fields):
                # (Over no words of its columns, a field over two columns is the ends of two cells
                # one space apart, no cell spanning them: "năm 2024 2024/2023" on a header's last
                # line, "Ước thực hiện năm 2024" beside "So sánh (%) 2024/2023".)
                for w in regex.finditer(r"\S+", f.text):
                    word = _Field(f.start + w.start(), f.start + w.end(), w.group(), f.at + w.start())
                    own[_placed(word, columns)[0]].append(word)
                continue
            if len(over) == 1:
                # (A field between the columns' values, under a spanning cell's words, is that
                # cell's last line: "nguồn (%)" centred under "hiện phân loại CTRSH tại".)
                under = next((g for g in groups if _overlap(f, columns[over[0]]) <= 0 and any(
                    w.start <= f.start and f.end <= w.end for w in g[2])), None)
                if under is None:
                    own[over[0]].append(f)
                else:
                    groups[groups.index(under)] = (under[0], under[1], under[2] + [f])
                continue
            group = next((g for g in groups if g[0] <= over[-1] and over[0] <= g[1]), None)
            if group is None:
                groups.append((over[0], over[-1], [f]))
            else:
                groups[groups.index(group)] = (min(group[0], over[0]), max(group[1], over[-1]), group[2] + [f])
    spans = []
    for first, last, fields in groups:
        # (A cell over a period stands over each column of a year of it beside the ones it
        # overlaps, though printed shorter than they are wide: "Kế hoạch giai đoạn 2026 - 2030"
        # centred over "2026 … 2030".)
        period = _PERIOD.search(" ".join(f.text for f in fields))
        if period:
            years = range(int(period.group(1)), int(period.group(2)) + 1)
            while first > 0 and _a_year_of(own[first - 1], years):
                first -= 1
            while last + 1 < len(columns) and _a_year_of(own[last + 1], years):
                last += 1
        # (The words of its spanned columns printed above it are its own first words: "Kế hoạch"
        # on the line over "giai đoạn 2026 - 2030".)
        top = min(f.at for f in fields)
        above = sorted((f for i in range(first, last + 1) for f in own[i] if f.at < top), key=lambda f: f.at)
        for i in range(first, last + 1):
            own[i] = [f for f in own[i] if f.at >= top]
        spans.append((first, last, above + sorted(fields, key=lambda f: f.at)))

    def cell(fields: list[_Field]) -> tuple[str, int]:
        return " ".join(f.text for f in fields), fields[0].at if fields else header[0].start

    start, end = header[0].start, header[-1].end
    if not spans:
        cells = [cell(fs) for fs in own]
        return [(start, end, [c for c, _ in cells], [a for _, a in cells])]
    spanned = {i: (first, fields) for first, last, fields in spans for i in range(first, last + 1)}
    upper = [cell(own[i]) if i not in spanned else cell(spanned[i][1]) if spanned[i][0] == i else ("", start)
             for i in range(len(columns))]
    lower = [cell(own[i]) if i in spanned else ("", start) for i in range(len(columns))]
    return [(start, end, [c for c, _ in upper], [a for _, a in upper]),
            (start, end, [c for c, _ in lower], [a for _, a in lower])]


def _names_centred(lines: list[_Line], body: list[int], columns: list[tuple[int, int]]) -> bool:
    """Whether the table's names are centred in their rows' height: a line of values with no words
    in the name's column right under a line of a name's words alone ("Liên đoàn Lao động thành
    phố\n1      820   9   150   80\nQuảng Ngãi", m371 of corpus/probes); a name's lines then
    stand as many under its values as over them (top-aligned cells print none over, bottom-aligned
    none under, and neither a line of values with no name)."""
    name = columns[1]
    for before, at in zip(body, body[1:]):
        upper, line = lines[before], lines[at]
        if _is_row(line) and not _is_row(upper) and upper.fields \
                and all(_overlap(f, name) > 0 for f in upper.fields) \
                and not any(_placed(f, columns)[0] == 1 for f in line.fields):
            return True
    return False


def _a_year_of(fields: list[_Field], years: range) -> bool:
    """Whether a column's own header is a bare year of ``years``."""
    label = " ".join(f.text for f in fields)
    return bool(_YEAR.fullmatch(label)) and int(label) in years


class _Row:
    """A row being read: its cells' words (one list a column) and its lines' span."""

    def __init__(self, width: int, start: int):
        self.cells: list[list[_Field]] = [[] for _ in range(width)]
        self.start = self.end = start

    def add(self, line: _Line, columns: list[tuple[int, int]]) -> None:
        for f in line.fields:
            self.cells[_placed(f, columns)[0]].append(f)
        self.start = min(self.start, line.start)
        self.end = max(self.end, line.end)

    def out(self) -> tuple[int, int, list[str], list[int]]:
        return (self.start, self.end, [" ".join(f.text for f in fs) for fs in self.cells],
                [fs[0].at if fs else self.start for fs in self.cells])


def _table_at(text: str, lines: list[_Line], h: int, going_on: tuple[tuple[str, ...], bool] | None = None
              ) -> tuple[list, int, bool] | None:
    """The table whose header's number cell ("TT") is on line ``h``: its rows, the index of the
    line after it and whether its names are centred in their rows' height; None where no two lines
    of values follow. ``going_on``: the "TT" line's cells of the table read before it and whether
    its names were centred, which a page's table going on from it with the same header keeps (a
    page of one or two rows shows no centring of its own: m371 of corpus/probes)."""
    first = next((k for k in range(h + 1, min(len(lines), h + 1 + _HEADER_BELOW + 1 + _NAME_ABOVE))
                  if _is_row(lines[k])), None)
    if first is None:
        return None
    # (The first row's name printed over its line of values, as a cell centred in its height puts
    # it: a line of one field in capitals left of the values, "Liên đoàn Lao động thành phố" over
    # "1   820   9   150   80", is the row's, no header's.)
    values_at = next((f.start for f in lines[first].fields[1:] if _VALUE.fullmatch(f.text)), None)
    name_top = first
    while values_at is not None and name_top - 1 > h and first - name_top < _NAME_ABOVE \
            and len(lines[name_top - 1].fields) == 1 and lines[name_top - 1].fields[0].end < values_at \
            and lines[name_top - 1].fields[0].text[:1].isupper():
        name_top -= 1
    top = h
    while top > 0 and h - top < _HEADER_ABOVE and lines[top - 1].fields and not _is_page_line(text, lines[top - 1]) \
            and not _CAPTION.match(lines[top - 1].fields[0].text) \
            and not _LABELLED.fullmatch(lines[top - 1].fields[-1].text):
        top -= 1
    # (A group row between the header and the first row of values is the table's: "I  Quản lý,
    # bảo vệ rừng" under "TT  Chỉ tiêu …".)
    # (A blank line between them holds no field.)
    below = next((k for k in range(h + 1, first) if lines[k].fields and _ROW_MARK.fullmatch(lines[k].fields[0].text)
                  and lines[k].fields[0].start <= lines[h].fields[0].end), name_top) if lines[h].fields else name_top
    header = [line for line in lines[top:below] if not _numbers_columns(line)]
    # (Past a header's most lines, the first line of values stands under its name's lines or a group
    # row: "I     Các phường" over "1     Phường Hồng Bàng      80 …", m387 of corpus/probes.)
    grouped = bool(lines[first - 1].fields) and bool(_ROW_MARK.fullmatch(lines[first - 1].fields[0].text))
    if first > h + 1 + _HEADER_BELOW and name_top == first and not grouped \
            or sum(1 for line in lines[h + 1:below] if not _numbers_columns(line)) > _HEADER_BELOW:
        return None
    # The table's lines up to its end: lines of values, lines of words in its columns (wrapped
    # names, group rows), page breaks and the header repeated after them.
    k = below
    body: list[int] = []
    header_lines = {tuple(f.text for f in line.fields): line for line in header}
    paged = False  # (past a page break, before the first line that is no header's)
    name_at: int | None = None  # (where the names of the rows marked so far start)
    page_top = k  # (the first line of the page the table goes on to)
    while k < len(lines):
        line = lines[k]
        if _is_page_line(text, line):
            if "\f" in text[line.start:line.end] and not paged:
                paged, page_top = True, k + 1
            k += 1
            continue
        if paged and tuple(f.text for f in line.fields) in header_lines:
            if _shifted(header_lines[tuple(f.text for f in line.fields)], line):
                # (The next page's table printed further left or right: a table of its own, from the
                # page's first line.)
                k = page_top
                break
            k += 1  # (a line of the header repeated after a page break: "(CĐCS)   (người)")
            continue
        if paged and _numbers_columns(line):
            k += 1  # (the header's numbers of columns repeated after a page break, "(1)  (2)  (3) …")
            continue
        paged = False
        if _opens_header(line) and tuple(f.text for f in line.fields) in header_lines:
            # (The header printed again with no form feed before it, as a page's text may come: its
            # lines under "TT" are the header's too, read as after a page break.)
            paged, page_top = True, k
            k += 1
            continue
        if _opens_header(line) or not _is_row(line) and _values(line) == 0 and line.fields and any(
                _YEAR.fullmatch(f.text) for f in line.fields[1:]) and len(line.fields) >= 3:
            k += 1  # (the header repeated after a page break, its lines of words dropped below)
            continue
        text_only = not _is_row(line)
        # (A line in capitals or in brackets where the rows' names start is a name's line: "(OCOP)"
        # under "Sản phẩm từ cây thốt nốt và nông sản đặc sản", "SẢN PHẨM KHÁC CÓ NGUỒN GỐC NÔNG"
        # over its group's values, m379 of corpus/probes; no caption of what follows the table.)
        # (Not a caption over a table of its own, another header's "TT" a few lines under it.)
        in_names = text_only and name_at is not None and abs(line.fields[0].start - name_at) <= 1 and not any(
            _opens_header(lines[j]) and tuple(f.text for f in lines[j].fields) not in header_lines
            for j in range(k + 1, min(len(lines), k + 1 + _CAPTION_ABOVE)))
        if text_only and (len(line.fields) == 1 and len(line.fields[0].text) > _PROSE_LINE
                          or not _ROW_MARK.fullmatch(line.fields[0].text)
                          and (line.fields[0].start == 0 or _CAPTION.match(line.fields[0].text) and not in_names
                               and not _LOWER_BRACKET.match(line.fields[0].text))):
            break
        if not text_only and _ROW_MARK.fullmatch(line.fields[0].text) and not _VALUE.fullmatch(line.fields[1].text):
            name_at = line.fields[1].start
        body.append(k)
        k += 1
    columns = _body_columns(lines, body)
    # (Running text after the table, its paragraphs indented and justified with double spaces,
    # holds a line whose words run over two columns of values or more: no row's name does. The
    # table ends before it; rows after it that read as values are the text's.)
    prose = next((n for n, i in enumerate(body) if not _is_row(lines[i]) and any(
        sum(1 for c in columns[2:] if f.start <= (c[0] + c[1]) / 2 < f.end) >= 2 for f in lines[i].fields)),
        None) if columns else None
    if prose is not None:
        body = body[:prose]
        k = body[-1] + 1 if body else below
        columns = _body_columns(lines, body)
    if not columns:
        return None
    centred = _names_centred(lines, body, columns) or going_on is not None and going_on[1] \
        and going_on[0] == tuple(f.text for f in lines[h].fields)
    return _header_rows(header, columns) + [row.out() for row in _body_rows(lines, body, columns, centred)], k, centred


def _body_rows(lines: list[_Line], body: list[int], columns: list[tuple[int, int]], centred: bool) -> list[_Row]:
    """The rows of a table's body lines (:func:`_table_at`): each line of values a row, with the
    lines of its name over it (a name's first lines, or a group row's over it where marked) and
    under it (wrapped in lower case, or as many as over it where the table's names are ``centred``,
    :func:`_names_centred`); the header's lines repeated after a page break left out."""
    # (The header's lines repeated after a page break, before the next "TT": words over the
    # columns of values, no name of a row.)
    name_end = columns[1][1]
    out: list[_Row] = []
    pending: _Row | None = None
    current: _Row | None = None
    above = below = 0  # (the lines of the current row's name over its values, and under them)
    for i in body:
        line = lines[i]
        if not _is_row(line):
            words = " ".join(f.text for f in line.fields)
            marked = bool(_ROW_MARK.fullmatch(line.fields[0].text)) and line.fields[0].end <= columns[0][1] + 1
            # (The words of the repeated header: over the values' columns, none in the name's.)
            if all(f.start >= name_end for f in line.fields):
                continue
            if not marked and words[:1].islower() and pending is None and current is not None:
                current.add(line, columns)  # (a name's line wrapped under its values)
                below += 1
                continue
            if centred and not marked and pending is None and current is not None and below < above:
                current.add(line, columns)  # (a centred name's lines under its values, as many as over them)
                below += 1
                continue
            if marked or words.endswith(":"):
                if pending is not None:
                    out.append(pending)
                pending = _Row(len(columns), line.start)
                pending.add(line, columns)
                if words.endswith(":"):
                    out.append(pending)
                    pending = None
                continue
            if pending is None:
                pending = _Row(len(columns), line.start)
                above = 0
            pending.add(line, columns)  # (a name's first lines over the line of its values)
            above += 1
            continue
        marked = bool(_ROW_MARK.fullmatch(line.fields[0].text)) and line.fields[0].end <= columns[0][1] + 1
        if pending is not None and marked and any(pending.cells[0]):
            out.append(pending)  # (a group row, "I  Quản lý, bảo vệ rừng", over this one)
            pending = None
        if pending is None:
            above = 0
        below = 0
        current = pending or _Row(len(columns), line.start)
        pending = None
        current.add(line, columns)
        out.append(current)
    if pending is not None:
        out.append(pending)
    return out


# A header's number cell with a run of spaces after it at a line's start: where a table printed
# in layout mode may begin (a text with none has none, and its lines are not read one by one).
_HEADER_START = regex.compile(r"^[ \t\f]*(?:S[ốô][ ]+)?S?TT[ ]{2,}\S", regex.M | regex.I)


def layout_tables(text: str, lo: int, hi: int) -> list[list[tuple[int, int, list[str], list[int]]]]:
    """The tables of ``text[lo:hi]`` printed in layout mode: a header whose first cell numbers the
    rows ("TT"), then two lines of values at least; each as rows (start, end, cells, each cell's
    start), the header's first."""
    return [table for table, _ in _tables(text, lo, hi)]


def _tables(text: str, lo: int, hi: int) -> tuple:
    if not _HEADER_START.search(text, lo, hi):
        return ()
    lines = _lines(text, lo, hi)
    out = []
    h = 0
    before: tuple[tuple[str, ...], bool] | None = None  # (the last table's "TT" line and its centring)
    while h < len(lines):
        if _opens_header(lines[h]) and len(lines[h].fields) >= 2:
            found = _table_at(text, lines, h, before)
            if found is not None:
                rows, after, centred = found
                before = (tuple(f.text for f in lines[h].fields), centred)
                # (Its span runs to the end of its last line read, a note's line in a column of no
                # values left out of its rows included: "đảo Cát Bà" under "29  Đặc khu Cát Hải … 100",
                # which no join may take onto the row's line.)
                last = next(i for i in range(after - 1, -1, -1) if lines[i].fields)
                out.append((rows, (rows[0][0], max(max(r[1] for r in rows), lines[last].end))))
                h = after
                continue
        h += 1
    return tuple(out)


def layout_table_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each table of :func:`layout_tables` in the whole text."""
    return [span for _, span in _tables(text, 0, len(text))]
