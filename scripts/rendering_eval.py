"""Score the dev split's documents rendered in other forms than the one they came in, as the
sites and converters that publish plans render them: the same plan must give the same items.

Each variant rewrites a document's extracted text (``extract(path).text``) and extracts it again
from that text; the result is scored against the document's annotation with ``plans eval``'s
matching. ``as_is`` is that round trip with no change (the baseline every variant is compared
with); the others:

- ``bold``: level-1 and level-2 headings in ``**…**`` (markdown of legal-database pages);
- ``bold_wrapped``: the same, each heading hard-wrapped after its second word inside the bold
  ("**I. MỤC\\nĐÍCH, YÊU CẦU**");
- ``blank_lines``: a blank line after every paragraph (a line ending a sentence or a heading, or
  before an item), not between a table's rows (markdown paragraphs);
- ``no_blank_lines``: every blank line removed (a PDF text layer);
- ``wrapped``: lines longer than 80 characters hard-wrapped at 80 (a PDF text layer), not a
  table's rows;
- ``no_separator``: "II. NỘI DUNG" printed "II NỘI DUNG";
- ``pipe_tables``: tables written one cell per line rewritten as markdown pipe tables;
- ``cell_tables``: pipe tables rewritten one cell per line.

Variants of a table's layout, each the same table (same rows, same values) as another publisher
prints it, applied to every table (one written one cell per line is rewritten as a pipe table,
changed, and written back one cell per line: each variant is scored in both forms, ``…_cells``):

- ``bold_header``: the header row's cells in ``**…**``;
- ``note_column``: a "Ghi chú" column at the end, left empty;
- ``dash_cells``: empty cells written "-" (a "-" alone is no value);
- ``repeated_header``: the header row printed again halfway down (a page break in a PDF);
- ``numbered_columns``: a row of the columns' numbers under the header ("(1) | (2) | …");
- ``thousands``: a number of four or more digits alone in a cell written with dots between
  groups of three ("1500" → "1.500");
- ``group_rows``: a group row ("| I | NHÓM I | | |", its other cells empty) before the first row
  and another halfway down;
- ``two_row_header``: a run of two or more columns of years ("Năm 2025 | Năm 2030") headed by a
  cell spanning them ("Năm") over a row of the years alone ("2025 | 2030");
- ``unit_in_name``: a unit column ("ĐVT") left out, each row's unit in brackets after its name
  ("Tỷ lệ che phủ rừng (%)").

Dev documents only (the test split is never rendered here)::

    .venv/bin/python scripts/rendering_eval.py [--fields sections targets responsibilities] [--docs p0*]
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import textwrap
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_ROMAN_DOT = regex.compile(r"(?m)^([ \t]*[IVX]{1,5})\.[ \t]+(?=\p{Lu}{2})")


def _heading_lines(doc) -> set[int]:
    """The starts of the lines of level-1 and level-2 headings."""
    return {s.start for s in doc.sections if s.level in (1, 2) and s.start is not None}


def _bold_lines(text: str, starts: set[int], wrap: bool) -> str:
    lines, pos, out = text.split("\n"), 0, []
    for line in lines:
        if pos in starts and line.strip():
            core = line.strip()
            if wrap and len(core.split()) > 3:
                words = core.split(" ")
                core = " ".join(words[:2]) + "\n" + " ".join(words[2:])
            out.append(f"**{core}**")
        else:
            out.append(line)
        pos += len(line) + 1
    return "\n".join(out)


def _table_row(line: str) -> bool:
    """A line of a table as the readers write it ("STT | Nhiệm vụ | …", "| a | b |"): left as it
    is by every variant (a renderer keeps a table's rows together and whole)."""
    return " | " in line or line.strip().startswith("|") or line.strip().endswith("|")


def _blank_lines(text: str, starts: set[int]) -> str:
    """A blank line after each paragraph: a line ending a sentence or a heading, or before an
    item's line (a line wrapped in the middle of a sentence stays joined to the next)."""
    from pipeline.tables import cell_tables

    # (The rows of a table written one cell per line, "|" between cells, stay as they are.)
    in_rows = [(t[0].start, t[-1].end) for t in cell_tables(text, 0, len(text)) if t]
    lines, out, pos = text.split("\n"), [], 0
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        ends = line.rstrip().endswith((".", ";", ":", "!", "?", "”", '"')) or pos in starts \
            or bool(_ITEM_LINE.match(nxt))
        table = _table_row(line) and _table_row(nxt) or any(a <= pos <= b for a, b in in_rows)
        out.append(line + ("\n\n" if ends and line.strip() and not table else "\n"))
        pos += len(line) + 1
    return "".join(out)


_ITEM_LINE = regex.compile(r"^[ \t]*(?:[-+•*][ \t]|\d{1,2}(?:\.\d{1,2})*[.)][ \t]|[a-zđ]\)[ \t]|[IVX]{1,5}\.[ \t])")


def _wrapped(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) > 80 and not _table_row(line):
            out += textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False)
        else:
            out.append(line)
    return "\n".join(out)


def _pipe_tables(text: str) -> str:
    """Each table written one cell per line ("|" between cells) as a markdown pipe table: one line
    a row ("| STT | Nội dung | … |"), its empty cells kept, a rule under the first row, a cell's
    lines joined by "<br>"."""
    from pipeline.tables import aligned, cell_tables

    out, pos = [], 0
    for table in cell_tables(text, 0, len(text)):
        rows = aligned(table)
        if len(rows) < 2:
            continue
        end = text.find("\n", rows[-1].end)
        end = len(text) if end < 0 else end
        lines = ["| " + " | ".join("<br>".join(c.split("\n")) for c in r.cells) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * len(rows[0].cells))
        out += [text[pos:rows[0].start], "\n".join(lines)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _cell_tables(text: str) -> str:
    """Each pipe table ("a | b | c" lines) written one cell per line as legal-database pages do:
    each cell's text on its own lines, a "|" line after each cell, an empty cell ("|" alone) after
    each row; a markdown rule row ("|---|---|") left out."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not _table_row(lines[i]) or " | " not in lines[i] and lines[i].count("|") < 2:
            out.append(lines[i])
            i += 1
            continue
        rows = []
        while i < len(lines) and _table_row(lines[i]):
            core = lines[i].strip()
            # (A markdown row's outer bars are no cells; "a | b | " ends with an empty cell.)
            if core.startswith("|") and core.endswith("|") and len(core) > 1:
                core = core[1:-1]
            cells = [c.strip() for c in core.split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            i += 1
        out.append("|")
        for cells in rows:
            for cell in cells:
                out += [*cell.split("<br>"), "|"] if cell else ["|"]
            out.append("|")
    return "\n".join(out)


def _pipe_blocks(text: str) -> list[tuple[int, int]]:
    """The line ranges [i, j) of the pipe tables of ``text``'s lines: runs of two or more rows."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _table_row(lines[j]) and (" | " in lines[j] or lines[j].count("|") >= 2):
            j += 1
        if j - i >= 2:
            out.append((i, j))
        i = max(j, i + 1)
    return out


def _split_row(line: str) -> tuple[list[str], bool]:
    """A pipe row's cells and whether it is written between bars ("| a | b |")."""
    framed = line.strip().startswith("|")
    return [c.strip() for c in line.strip().strip("|").split("|")], framed


def _join_row(cells: list[str], framed: bool) -> str:
    return "| " + " | ".join(cells) + " |" if framed else " | ".join(cells)


def _rule(cells: list[str]) -> bool:
    return all(set(c) <= set("-: ") for c in cells)


_BARE_NUMBER = regex.compile(r"^(?P<cmp>[^\d]*?)(?P<n>\d{4,})(?P<rest>(?:,\d+)?\s*\p{L}*)$")


def _table_variant(text: str, name: str) -> str:
    """``text`` with each pipe table rewritten as variant ``name`` (see the module's docstring)."""
    lines = text.split("\n")
    for i, j in reversed(_pipe_blocks(text)):
        rows = [_split_row(ln) for ln in lines[i:j]]
        body = [k for k, (cells, _) in enumerate(rows) if not _rule(cells)]
        if len(body) < 2:
            continue
        head = body[0]
        width = len(rows[head][0])
        new: list[str] = []
        for k, (cells, framed) in enumerate(rows):
            if _rule(cells):
                new.append(lines[i + k] if name != "note_column" else _join_row(cells + ["---"], framed))
                continue
            if name == "bold_header" and k == head:
                cells = [f"**{c}**" if c else c for c in cells]
            elif name == "note_column":
                cells = cells + ["Ghi chú" if k == head else ""]
            elif name == "dash_cells" and k != head:
                cells = [c or "-" for c in cells]
            elif name == "thousands" and k != head:
                cells = [_BARE_NUMBER.sub(lambda m: m["cmp"] + f"{int(m['n']):,}".replace(",", ".") + m["rest"], c)
                         if not regex.match(r"^(?:19|20)\d\d$", c) else c for c in cells]
            new.append(_join_row(cells, framed))
            if name == "numbered_columns" and k == head:
                if head + 1 < len(rows) and _rule(rows[head + 1][0]):
                    continue
                new.append(_join_row([f"({n + 1})" for n in range(width)], framed))
            if name == "repeated_header" and k == body[len(body) // 2] and k != head:
                new.append(_join_row(rows[head][0], rows[head][1]))
        if name == "numbered_columns" and head + 1 < len(rows) and _rule(rows[head + 1][0]):
            at = head + 2
            new.insert(at, _join_row([f"({n + 1})" for n in range(width)], rows[head][1]))
        if name in ("group_rows", "two_row_header", "unit_in_name"):
            new = _structural(new, name)
        lines[i:j] = new
    return "\n".join(lines)


def _structural(block: list[str], name: str) -> list[str]:
    """A pipe table's rows (``block``) with a group row added, its header split in two rows, or its
    unit column moved into its rows' names (see the module's docstring); as it was where the table
    has no such column."""
    rows = [_split_row(ln) for ln in block]
    body = [k for k, (cells, _) in enumerate(rows) if not _rule(cells)]
    head = body[0]
    hcells, framed = rows[head]
    width = len(hcells)
    if name == "group_rows":
        out = list(block)
        for k in sorted({body[1], body[len(body) // 2 + 1] if len(body) > 3 else body[1]}, reverse=True):
            out.insert(k, _join_row(["I" if k == body[1] else "II", "NHÓM " + ("I" if k == body[1] else "II")]
                                    + [""] * (width - 2), framed))
        return out
    if name == "two_row_header":
        years = [k for k, c in enumerate(hcells) if _YEAR_HEADER.match(c.strip("* "))]
        if len(years) < 2 or years != list(range(years[0], years[-1] + 1)):
            return block
        pre = _YEAR_HEADER.match(hcells[years[0]].strip("* "))["pre"]
        upper = [c if k not in years else (pre if k == years[0] else "") for k, c in enumerate(hcells)]
        lower = ["" if k not in years else _YEAR_HEADER.match(c.strip("* "))["year"] for k, c in enumerate(hcells)]
        # (A markdown rule stays under the first row, the years' row under it.)
        at = head + 2 if head + 1 < len(rows) and _rule(rows[head + 1][0]) else head + 1
        return block[:head] + [_join_row(upper, framed)] + block[head + 1:at] + [_join_row(lower, framed)] \
            + block[at:]
    unit = next((k for k, c in enumerate(hcells) if c.strip("* ").lower() in _UNIT_HEADERS), None)
    names = next((k for k, c in enumerate(hcells) if k != unit and regex.search(r"\p{L}{3}", c)), None)
    if unit is None or names is None:
        return block
    out = []
    for cells, fr in rows:
        if len(cells) == width and not _rule(cells) and cells is not hcells and cells[unit] and cells[names]:
            cells = list(cells)
            cells[names] = f"{cells[names]} ({cells[unit]})"
        out.append(_join_row(cells[:unit] + cells[unit + 1:], fr))
    return out


_TABLE_VARIANTS = ("bold_header", "note_column", "dash_cells", "repeated_header", "numbered_columns",
                   "thousands", "group_rows", "two_row_header", "unit_in_name")
_YEAR_HEADER = regex.compile(r"^(?P<pre>\p{L}[\p{L} ]*?)\s+(?P<year>(?:19|20)\d\d)$")
_UNIT_HEADERS = ("đvt", "đơn vị tính")


def variants(text: str, starts: set[int]) -> dict[str, str]:
    return {
        "as_is": text,
        "bold": _bold_lines(text, starts, wrap=False),
        "bold_wrapped": _bold_lines(text, starts, wrap=True),
        "blank_lines": _blank_lines(text, starts),
        "no_blank_lines": "\n".join(line for line in text.split("\n") if line.strip()),
        "wrapped": _wrapped(text),
        "no_separator": _ROMAN_DOT.sub(r"\1 ", text),
        "pipe_tables": _pipe_tables(text),
        "cell_tables": _cell_tables(text),
        **_layout_variants(text),
    }


def _layout_variants(text: str) -> dict[str, str]:
    """Each table variant (``_TABLE_VARIANTS``) of ``text`` as pipe tables, and written back one
    cell per line (``…_cells``)."""
    piped = _pipe_tables(text)
    out = {}
    for name in _TABLE_VARIANTS:
        changed = _table_variant(piped, name)
        out[name] = changed
        out[name + "_cells"] = _cell_tables(changed)
    return out


def main(argv: list[str] | None = None) -> int:
    from pipeline.api import extract
    from pipeline.evaluate import Score, read_splits, score_document

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fields", nargs="*", default=["sections", "targets", "responsibilities"])
    ap.add_argument("--docs", default="*", help="a glob over annotation names (dev ones only)")
    ap.add_argument("--errors", help="print the errors of this variant")
    ap.add_argument("--variants", default="*", help="a glob over the variants' names (as_is always)")
    args = ap.parse_args(argv)

    annotations = ROOT / "corpus" / "annotations"
    splits = read_splits(annotations)
    totals: dict[str, dict[str, Score]] = {}
    for path in sorted(annotations.glob("*.json")):
        if splits.get(path.stem, "dev") != "dev" or not fnmatch.fnmatch(path.stem, args.docs):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = extract(str(ROOT / gold["source"]))
        for name, text in variants(doc.text, _heading_lines(doc)).items():
            if name != "as_is" and not fnmatch.fnmatch(name, args.variants):
                continue
            pred = extract(text=text, source=gold["source"]).to_dict()
            scores = score_document(gold, pred, path.stem)
            for field in args.fields:
                if field in scores:
                    totals.setdefault(name, {}).setdefault(field, Score()).add(scores[field])
                if args.errors == name and field in scores:
                    for err in scores[field].errors:
                        print(f"  [{name}] [{field}] {err}")
    print(f"{'variant':16}" + "".join(f"{f[:16]:>18}" for f in args.fields))
    for name, by_field in totals.items():
        cells = [by_field.get(f, Score()) for f in args.fields]
        print(f"{name:16}" + "".join(f"{c.f1:8.3f} ({c.fp:3d}/{c.fn:3d})" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
