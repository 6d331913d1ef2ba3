"""A table of aims read by its cells, whatever its header says: the columns of values are found by
what their cells hold, the header over them is read for each column's time, kind, unit and what
it qualifies, and each row's name takes its group's.

The readers of :mod:`pipeline.extract.targets` know a table of aims by its header ("TT | Chỉ tiêu
| ĐVT | Năm 2025 | Năm 2030" and a score of variants); a table whose header names places, stages,
sub-measures or anything else they were not written for is left unread, its aims lost. This
reader is their fallback for a table no header rule took, under a caption or header that names
aims (the caller decides): it reads the grid, not the header's words.

find → read: :func:`grid_of` finds the grid's parts (header rows, columns of values, the row's
name columns, the unit column, group rows); :func:`column_of` reads one column's header.
"""
from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import NamedTuple

import regex

from ..tables import UNIT_AT_END, header_tree, label_over
from ..text import fold

# A cell numbering a row or a column: "1", "1.2", "I", "a", "(3)", "A". (Rows of the columns'
# numbers, "(1) | (2) | (3)", are no header.)
_MARK = regex.compile(r"\(?(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVXLC]{1,5}|[A-Za-zĐđ])\)?\.?")
# A year alone, a full date, a quarter: a cell of time, no value.
_TIME_CELL = regex.compile(r"(?:(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:quý|tháng)\s.*)", regex.I)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PERIOD_OF_YEARS = regex.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)")
# Two figures compared as a ratio in a header ("KH 2025/ƯTH 2024", "2030/2025").
_RATIO_OF_TWO = regex.compile(r"\d\s*/\s*[\p{L}\d]")
# The plan's figure over another ("KH/ƯTH", "kh 2026/ uth 2025"), and another over the plan's (a
# share done: "ƯTH/KH"), folded.
_PLAN_OVER = regex.compile(r"(?<!\p{L})kh(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*/")
_OVER_PLAN = regex.compile(r"/\s*kh(?!\p{L})")
# How much of a column's data rows must hold values for it to be a column of values.
_VALUE_SHARE = 0.5
# The most rows a header spans (over two rows, a row of the columns' numbers under it, a row of
# one cell, a title or the unit, and one more for a group of measures over years), and the most
# words a header cell holds: more, and the rows above the first of values are the table's own
# rows (a task table's text cells). (A cell of a header of two rows joined holds its spanning
# cell's words too: "Kim ngạch xuất khẩu năm 2030 theo nhóm hàng" over "Công nghiệp chế biến, chế
# tạo và hàng hóa khác", 17.)
_HEADER_ROWS = 4
_HEADER_CELL_WORDS = 20


class Grid(NamedTuple):
    """A table's parts: each column's header text (its header rows' cells top to bottom, a cell
    spanning columns given to each), the header rows' cells, the cells of the rows of one cell
    above the values (a title, the unit), the numbering column, the unit column, the columns
    naming a row (left to right), the columns of values, and the index of the first row of data."""
    labels: list[str]
    header_cells: list[str]
    titles: list[str]
    number_col: int | None
    unit_col: int | None
    name_cols: list[int]
    value_cols: list[int]
    first_data: int


class GridColumn(NamedTuple):
    """A column of values as its header tells it: the year its values are due (or None), its
    kind ("target", "achieved" or "plain": told by the section holding the table), the unit its
    header names, and what it qualifies beside the row's name (a measure, a place, a part: the
    header's words that are neither time, kind nor unit; None where none are left)."""
    year: str | None
    kind: str
    unit: str | None
    qualifier: str | None
    term: bool = False  # a rate over the plan's own period ("Tốc độ tăng bình quân 2026 - 2030")
    growth: bool = False  # the plan's figure over another ("So sánh KH/ƯTH (%)"), an aim of its year


def _is_mark(cell: str) -> bool:
    return bool(_MARK.fullmatch(cell.strip(" *")))


# A column's number given as a formula of others, in the last cells of a row of the columns'
# numbers: "4=3/2", "(6)=(5)/(4)", "7 = 5 - 3".
_COLUMN_FORMULA = regex.compile(r"\(?\d{1,2}\)?[ \t]*=[ \t]*[\d()/*+x.,%: \t-]+")


def column_numbers_row(cells: list[str]) -> bool:
    """Whether a row numbers the columns ("(1) | (2) | (3)", "A | B | 1 | 2", "A | B | 1 | 2 |
    3=2/1"): every cell a mark or a formula of other columns."""
    filled = [c for c in cells if c.strip()]
    return len(filled) >= 3 and all(_is_mark(c) or _COLUMN_FORMULA.fullmatch(c.strip(" *")) for c in filled)


def grid_of(rows: list[list[str]], is_value: Callable[[str], bool], unit_heads: frozenset[str],
            plan_cell: Callable[[str], bool] = lambda c: False) -> Grid | None:
    """The parts of a table (its rows' cells, a merged cell empty or left out of the rows below
    its first; ``is_value`` tells a cell of a value, ``unit_heads`` the folded headers of a unit
    column, ``plan_cell`` a header cell naming the plan's aims): None where no column holds values
    in most of the full rows, or no header row of a few short cells stands above them."""
    width = max((len(r) for r in rows), default=0)
    if width < 3:
        return None

    def value(c: str) -> bool:
        return is_value(c) and not _TIME_CELL.fullmatch(c.strip(" *"))

    full = [k for k, r in enumerate(rows) if len(r) == width and not column_numbers_row(r)]
    # Columns of values: past the first, holding a value in most full rows that hold any.
    with_values = [k for k in full if any(value(c) for c in rows[k][1:])]
    if len(with_values) < 2:
        return None
    # (Or holding values only, two at least: a measure some rows leave empty, "Lượng" of the
    # products counted in tonnes beside "Giá trị (triệu USD)" of all.)
    value_cols = [i for i in range(1, width)
                  if sum(value(rows[k][i]) for k in with_values) >= _VALUE_SHARE * len(with_values)
                  or _values_only([rows[k][i] for k in with_values], value)]
    if not value_cols:
        return None
    first_data = next(k for k in with_values if any(value(rows[k][i]) for i in value_cols))
    # (A row numbered above the first of values opens the body: a group's row, "I | Chỉ tiêu kinh
    # tế", no header's.)
    first_data = next((k for k in range(first_data) if rows[k] and _is_mark(rows[k][0])
                       and not column_numbers_row(rows[k]) and sum(1 for c in rows[k] if c.strip()) >= 2),
                      first_data)
    # (A row of one cell above the first of values is a title or the unit inside the table, "Đơn
    # vị tính: triệu USD": no column's header.)
    above = [r for r in rows[:first_data] if not column_numbers_row(r) and any(c.strip() for c in r)]
    header = [r for r in above if sum(1 for c in r if c.strip()) > 1]
    titles = [c.strip(" *") for r in above if r not in header for c in r if c.strip()]
    if not header or len(header) > _HEADER_ROWS or any(len(c.split()) > _HEADER_CELL_WORDS for r in header for c in r):
        return None
    labels = _labels(header, width, value_cols, plan_cell)
    data = [rows[k] for k in with_values]
    number_col = 0 if all(_is_mark(r[0]) or not r[0].strip() for r in data) else None
    before = [i for i in range(min(value_cols)) if i != number_col]
    unit_col = next((i for i in before if _unit_column(labels[i], [r[i] for r in data], unit_heads)), None)
    name_cols = [i for i in before if i != unit_col and any(regex.search(r"\p{L}", r[i]) for r in data)]
    if not name_cols:
        return None
    return Grid(labels, [c for r in header for c in r], titles, number_col, unit_col, name_cols, value_cols, first_data)


def _values_only(cells: list[str], value: Callable[[str], bool]) -> bool:
    """Whether a column's cells hold values only, two at least, the others empty."""
    filled = [c for c in cells if c.strip(" *")]
    return len(filled) >= 2 and all(value(c) for c in filled)


def _unit_column(label: str, cells: list[str], unit_heads: frozenset[str]) -> bool:
    """Whether a column before the values holds the rows' units: headed so (``unit_heads``: "ĐVT",
    "Đơn vị tính", "Đơn vị"), its cells a few words at most ("%", "Triệu USD", "Người") and some
    of them alike (not the names of places or bodies under "Đơn vị")."""
    head = fold(label).strip(" .:")
    if head not in unit_heads:
        return False
    filled = [fold(c.strip(" *")) for c in cells if c.strip()]
    short = bool(filled) and all(len(c.split()) <= 3 for c in filled)
    # (Under "Đơn vị" alone, units repeat down the rows, "% | người | % | hộ"; the names of
    # places or bodies each stand once. "ĐVT", "Đơn vị tính" always head units.)
    return short and (head != _BARE_UNIT_HEAD or len(filled) < 3 or len(set(filled)) < len(filled))


# The header of a unit column that may head the names of bodies instead.
_BARE_UNIT_HEAD = "đơn vị"


def _labels(header: list[list[str]], width: int, value_cols: list[int],
            plan_cell: Callable[[str], bool]) -> list[str]:
    """Each column's header text, the header rows' cells joined top to bottom. A full row gives
    each column its cell, an empty one taking its left neighbour's over the columns of values (a
    cell spanning them, "Kế hoạch giai đoạn 2026 - 2030 | | |"). A short row over a short one
    (a legal-database page leaves out the cells a header's upper row merges down, the lower row
    holds only the cells under a spanning one): the lower row's cells go over the columns of
    values under the upper cell spanning them (:func:`_spanning_start`), the upper row's other
    cells over a column each."""
    header = _units_row_merged(header)
    # (Two short rows read as one cell spanning the lower row's cells only where they fit so:
    # "Kế hoạch giai đoạn 2026 - 2030" over five years; else as a tree: "Kế hoạch năm 2026 |
    # Mục tiêu đến năm 2030" over three measures each.)
    if all(len(r) < width for r in header) and (
            len(header) >= 3 or len(header) == 2 and width - len(header[0]) + 1 != len(header[1])):
        tree = header_tree(header, width, value_cols)
        if tree is not None:
            return tree
    labels = [""] * width

    def add(i: int, cell: str) -> None:
        # (A converter repeating a cell merged down prints it again in the row below, "TT | Mặt
        # hàng | Đơn vị tính" over "TT | Mặt hàng | Đơn vị tính": once is its label.)
        cell = cell.strip(" *")
        if cell and fold(cell) == fold(labels[i]):
            return
        labels[i] = label_over(labels[i], cell).strip()
    rows = list(header)
    k = 0
    while k < len(rows):
        row = rows[k]
        if len(row) == width:
            prev = ""
            for i, c in enumerate(row):
                c = c.strip(" *")
                if not c and i in value_cols and k < len(rows) - 1:
                    c = prev  # a cell spanning the columns to its right
                add(i, c)
                prev = c
            k += 1
            continue
        lower = rows[k + 1] if k + 1 < len(rows) and len(rows[k + 1]) < width else None
        if lower is None:
            # A short row alone: its cells over the last columns.
            for i, c in zip(range(width - len(row), width), row):
                add(i, c)
            k += 1
            continue
        span = width - len(row) + 1  # the columns the one spanning cell covers
        start = _spanning_start(row, span, len(lower), value_cols, plan_cell)
        under = list(range(start, start + len(lower)))
        cols_of_upper = list(range(start)) + [start] + list(range(start + span, width))
        for j, c in enumerate(row):
            if j >= len(cols_of_upper):
                break
            at = cols_of_upper[j]
            cover = range(start, start + span) if at == start else (at,)
            for i in cover:
                add(i, c)
        for i, c in zip(under, lower):
            add(i, c)
        k += 2
    return [" ".join(label.split()) for label in labels]


def _units_row_merged(header: list[list[str]]) -> list[list[str]]:
    """The header's rows, a last row of units in brackets under as many cells ("Kim ngạch xuất
    khẩu | Số doanh nghiệp, HTX có hàng xuất khẩu" over "(Triệu USD) | (Doanh nghiệp, HTX)")
    joined to them: each cell's unit its own."""
    if len(header) < 2:
        return header
    units, above = header[-1], header[-2]
    filled = [c.strip(" *_") for c in units if c.strip(" *_")]
    if not filled or len(filled) != len([c for c in above if c.strip(" *_")]) \
            or not all(UNIT_AT_END.fullmatch(c) for c in filled):
        return header
    cells = iter(filled)
    return header[:-2] + [[f"{c.strip(' *_')} {next(cells)}" if c.strip(" *_") else c for c in above]]


def _spanning_start(upper: list[str], span: int, lower: int, value_cols: list[int],
                    plan_cell: Callable[[str], bool]) -> int:
    """The first column under the upper header row's cell that spans the ``lower`` cells of the
    row under it (``span`` columns: the table's width less the upper row's other cells), the
    upper cells before it over a column each. Of the cells that can (their span all columns of
    values), one naming the plan's aims: a plan's figures are the ones parted by place or by
    measure ("Thực hiện năm 2025 | Kế hoạch năm 2026 | Ghi chú" over "Toàn tỉnh | Xã Mỹ Hòa |
    …": the second); else the first that can; with none, the lower cells over the last columns."""
    fits = [j for j in value_cols if j < len(upper) and span == lower
            and all(i in value_cols for i in range(j, j + span))]
    if not fits:
        return max(value_cols) + 1 - lower if max(value_cols) + 1 >= lower else 0
    return next((j for j in fits if plan_cell(upper[j])), fits[0])


def column_of(label: str, issued_year: int | None, rx: SimpleNamespace) -> GridColumn | None:
    """A column of values as its header (``label``) tells it; None for a column no aim is in: a
    budget ("Kinh phí", "Kế hoạch vốn năm 2026", "Dự toán"), a comparison of past years ("So
    sánh 2025/2024", "Tốc độ tăng bình quân 2021 - 2025"). Its year is the last its header
    names; its kind "achieved" where a word of results stands in it ("Ước thực hiện năm 2025",
    "Thực hiện 2024", "Năm 2025 (ước)") or its year is before the year of issue with no word of
    the plan, "target" after a word of the plan or for a rate over the plan's own period (its
    term), else "plain"."""
    folded = fold(label)
    if rx.budget.search(folded) or rx.allocation.search(folded):
        return None
    # (A year of its own under a period over several columns is the column's: "Kế hoạch giai đoạn
    # 2026 - 2030" over "Năm 2027" holds the aims of 2027.)
    years = _YEAR.findall(_PERIOD_OF_YEARS.sub(" ", folded)) or _YEAR.findall(folded)
    year = max(years) if years else None
    named = rx.named_unit.search(label)
    # (A bracket calling the column an estimate is no unit: "Năm 2025 (ước)" holds results.)
    estimate = bool(named and rx.estimate_bracket.fullmatch(fold(named.group(1))))
    # (Nor is a bracket naming the whole area: "Ước thực hiện năm 2025 (toàn tỉnh)".)
    place = bool(named and fold(named.group(1)) in rx.whole_places)
    unit = named.group(1) if named and not estimate and not place and regex.search(r"[\p{L}%‰]", named.group(1)) \
        else None
    words = folded[:named.start()] if named else folded
    # (An average growth in percent naming no year, "Tăng bình quân giai đoạn (%/năm)" beside the
    # plan's years: the plan's aim over its term; the table's reader gives it the term's last year.)
    if year is None and unit and unit.startswith("%") and rx.average_growth_header.search(words):
        return GridColumn(None, "target", unit, _qualifier(label[:named.start()] if named else label, rx), True)
    compared = rx.comparison_header.search(words)
    # (A comparison of the plan's figure with another, "So sánh KH/ƯTH (%)", "So sánh KH 2026/ƯTH
    # 2025 (%)", and one naming no year, "Tăng trưởng (%)" over "(6)=(5)/(4)", is the plan's growth
    # where the table holds the plan's column: "compared", which the table's reader makes an aim
    # of that column's year (m81, m83: 21 such cells, all aims to their annotators).)
    if compared and (year is None or _PLAN_OVER.search(words)) and not _OVER_PLAN.search(words):
        return GridColumn(year, "compared", unit, _qualifier(label[:named.start()] if named else label, rx))
    # (A comparison of two other figures, "So sánh 2030/2025", is derived whatever its years: only
    # a rate over a period, "Tốc độ tăng bình quân 2026 - 2030", "… từ năm 2026 đến năm 2030", can
    # be the plan's aim.)
    if compared and (year is None or issued_year is None or int(year) <= issued_year
                     or _RATIO_OF_TWO.search(words)):
        return None
    if compared:
        # (A rate over a period ending after the year of issue: the plan's aim over its term.)
        return GridColumn(year, "target", unit, _qualifier(label[:named.start()] if named else label, rx), True)
    achieved = estimate or bool(rx.achieved_header.search(words)) and not rx.plan_header.search(words) \
        or bool(rx.past_header.search(words)) and not rx.plan_header_beyond_time.search(words)
    if not achieved and rx.plan_header.search(words) and year and issued_year is not None and int(year) < issued_year:
        return None  # (an earlier plan's aims: "Kế hoạch năm 2024" in a plan of 2025, beside its results)
    if achieved or (year and issued_year is not None and int(year) < issued_year
                    and not rx.plan_header.search(words)):
        kind = "achieved"
    else:
        kind = "target" if rx.plan_header.search(words) else "plain"
    return GridColumn(year, kind, unit, _qualifier(label[:named.start()] if named else label, rx, bool(unit)))


def _qualifier(label: str, rx: SimpleNamespace, measured: bool = False) -> str | None:
    """The words of a column's header that say what its values are of, beside the row's name: the
    header without its years and periods, its words of time, kind and plan ("Kế hoạch", "Ước thực
    hiện", "Giai đoạn", "Năm") and its brackets; None where nothing is left but a word of aims
    ("Chỉ tiêu", "Mục tiêu", "Giá trị"), unless the header names its unit (``measured``): "Giá trị
    (triệu USD)" beside "Lượng (tấn)" is a measure of its own."""
    words = regex.sub(r"\([^()]*\)", " ", label)
    words = regex.sub(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?(?!\d)", " ", words)
    words = rx.time_words.sub(" ", words)
    words = " ".join(words.replace("*", " ").split()).strip(" ,;:-–/")
    # (Nor where only function words are left: "Kế hoạch các năm 2026" → "các".)
    if not regex.search(r"\p{L}", words) or fold(words) in rx.value_headers and not measured \
            or all(w in rx.stopwords for w in fold(words).split()):
        return None
    return words


# A caption's parts that are no title: the annex's number ("PHỤ LỤC I", "Biểu số 02"), a bracket
# ("(Kèm theo Quyết định số …)"), the unit's line ("Đơn vị tính: triệu USD").
_NOT_TITLE = regex.compile(r"""
    \([^()]*\)                                              # a bracket
    | (?i:phụ[ ]lục)(?:[ ]+(?:[IVXLC]+|\d+)(?!\p{L}))?[.:]?      # the annex's word and number
    | (?i:biểu(?:[ ]số)?)[ ]+(?:[IVXLC]+|\d+)(?!\p{L})[.:]?        # a table's number
    | (?i:đơn[ ]vị(?:[ ]tính)?)[ ]*:.*$                        # the unit's line, to the end
    | [*_]                                                      # bold and italic marks
    """, regex.X)


def title_words(title: str, rx: SimpleNamespace) -> str:
    """A caption's title without its years, periods and words of time and plan ("KẾ HOẠCH XUẤT
    KHẨU CÁC MẶT HÀNG CHỦ YẾU NĂM 2025" → "XUẤT KHẨU CÁC MẶT HÀNG CHỦ YẾU"), as a column's header
    is read for what its values are of (:func:`column_of`); the title itself where nothing is left."""
    return _qualifier(title, rx, measured=True) or title


def caption_title(caption: str) -> str | None:
    """The title a table's caption gives in capitals ("PHỤ LỤC I KIM NGẠCH XUẤT KHẨU CÁC THỊ
    TRƯỜNG CHÍNH (Kèm theo …)" → "KIM NGẠCH XUẤT KHẨU CÁC THỊ TRƯỜNG CHÍNH"), what the rows'
    values are of where their names do not say it (markets, products, places); None where the
    caption's words are no title in capitals (a sentence of the text above the table)."""
    title = " ".join(_NOT_TITLE.sub(" ", caption).split()).strip(" ,.:;-–")
    letters = regex.findall(r"\p{L}", title)
    if len(letters) < 6 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return None
    return title
