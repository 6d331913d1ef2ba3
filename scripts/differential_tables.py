"""A differential test of the readers of tables: every pipe table of the dev plans of an
annotations folder ("| a | | b |" rows, as the probes are written) is rendered as a legal-database
page prints a table, one cell a line (every bar and every cell on a line of its own, an empty cell
a bar alone, a cell's "<br>" its line breaks), and the two texts' readings are compared: targets
by value, upper end, unit and the indicator's first 40 characters (case folded, as the eval
folds it), units by name and role.

    .venv/bin/python scripts/differential_tables.py [--annotations corpus/probes/annotations]
        [--merged] [--docs m194 m163 …] [-v]

The rendering is ``rendering_eval.py``'s ``cell_tables`` variant but for a table's end: a page
prints a bar alone after the last cell and no empty cell after it (as corpus/real2's dev plans do),
where ``cell_tables`` prints one more. (``tables._strided`` reads only the first; the other is
read by the rows' widths.)

``--merged`` leaves out the empty cells of a table's header rows (the rows above its first row
holding a row's number or a figure), as a page leaves out a header's merged cells. Differences
that are the converter's own: pipe rows hard-wrapped over lines, a table only partly in pipes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import extract  # noqa: E402
from pipeline.evaluate import read_splits  # noqa: E402

# A markdown table's separator row ("|---|---|"), which a page does not print.
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# A cell opening a table's body: a row's number or letter, a figure.
_BODY_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d+)*|[IVX]{1,4}|[A-Z])\.?$|^[\d.,]+$")
# A figure: a body's cell of numbers, never merged down.
_FIGURE = re.compile(r"^[<>≥≤~]?\s*\d[\d.,]*\s*%?$")


def one_cell_a_line(text: str, merged: bool = False, rowspans: bool = False) -> tuple[str, int]:
    """The text with its pipe tables printed one cell a line, and the number of rows converted;
    ``merged`` leaves out a header's empty cells, ``rowspans`` a body's empty cells under a cell of
    words or under one left out (read as merged down: "ha" over the "Trong đó:" rows)."""
    out: list[str] = []
    rows = 0
    in_header = in_table = False
    above: list[str | None] = []
    for line in text.split("\n"):
        row = line.strip()
        if not (row.startswith("|") and row.count("|") >= 3):
            in_table = False
            out.append(line)
            continue
        rows += 1
        if _SEPARATOR.match(row):
            continue
        cells = [c.strip() for c in row.strip("|").split("|")]
        if not in_table:
            in_header = in_table = True
            above = []
        if in_header and any(_BODY_CELL.match(c.strip("* ")) for c in cells if c.strip("* ")):
            in_header = False
            above = []
        if merged and in_header:
            cells = [c for c in cells if c]
        printed: list[str | None] = list(cells)
        if rowspans and not in_header and above:
            printed = [None if not c and i < len(above) and (above[i] is None or (
                above[i] and (i == 0 or not _FIGURE.match(above[i].strip("* "))))) else c
                for i, c in enumerate(cells)]
            if not any(printed):
                printed = list(cells)
        if not in_header:
            above = printed
        out.append("|")
        for cell in printed:
            if cell is None:
                continue
            if cell:
                out.append(re.sub(r"\s*<br\s*/?>\s*", "\n", cell))
            out.append("|")
    return "\n".join(out), rows


def _readings(text: str, source: str) -> tuple[Counter, set]:
    doc = extract(text=text, source=source)
    return (Counter((t.value, t.until, t.unit, (t.indicator or "")[:40].casefold()) for t in doc.targets),
            {(r.unit, r.role) for r in doc.responsibilities})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--annotations", default=str(ROOT / "corpus" / "probes" / "annotations"))
    parser.add_argument("--merged", action="store_true")
    parser.add_argument("--rowspans", action="store_true")
    parser.add_argument("--docs", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(args.annotations)
    splits = read_splits(folder)
    names = args.docs or sorted(p.stem for p in folder.glob("*.json"))
    total: Counter = Counter()
    for name in names:
        if splits.get(name, "dev") != "dev" or not (folder / f"{name}.json").exists():
            continue
        source = ROOT / json.loads((folder / f"{name}.json").read_text())["source"]
        if source.suffix not in (".txt", ".md"):
            continue
        try:
            text = source.read_text()
        except UnicodeDecodeError:
            continue
        converted, rows = one_cell_a_line(text, args.merged, args.rowspans)
        if not rows:
            continue
        (t1, u1), (t2, u2) = _readings(text, str(source)), _readings(converted, str(source))
        lost_t, new_t, lost_u, new_u = t1 - t2, t2 - t1, u1 - u2, u2 - u1
        total.update(docs=1, targets=sum(t1.values()), targets_lost=sum(lost_t.values()),
                     targets_new=sum(new_t.values()), units=len(u1), units_lost=len(lost_u),
                     units_new=len(new_u))
        print(f"{name}: rows {rows}; targets {sum(t1.values())} lost {sum(lost_t.values())} new "
              f"{sum(new_t.values())}; units {len(u1)} lost {len(lost_u)} new {len(new_u)}", flush=True)
        if args.verbose:
            for label, items in (("-T", lost_t), ("+T", new_t), ("-U", lost_u), ("+U", new_u)):
                for item in list(items)[:5]:
                    print(f"   {label} {item}")
    print(json.dumps(dict(total)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
