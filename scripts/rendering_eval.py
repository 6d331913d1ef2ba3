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
            cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            i += 1
        out.append("|")
        for cells in rows:
            for cell in cells:
                out += [*cell.split("<br>"), "|"] if cell else ["|"]
            out.append("|")
    return "\n".join(out)


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
    }


def main(argv: list[str] | None = None) -> int:
    from pipeline.api import extract
    from pipeline.evaluate import Score, read_splits, score_document

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fields", nargs="*", default=["sections", "targets", "responsibilities"])
    ap.add_argument("--docs", default="*", help="a glob over annotation names (dev ones only)")
    ap.add_argument("--errors", help="print the errors of this variant")
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
