"""Render a logical table (rows of Cell with rowspan/colspan) three ways:
markdown pipe table, the legal-database "one cell a line" rendering, and a PDF text layer
(columns laid out with spaces). All content is invented for review18/tables."""
from __future__ import annotations
import textwrap
from dataclasses import dataclass


@dataclass
class Cell:
    text: str = ""
    rs: int = 1
    cs: int = 1
    bold: bool = False
    align: str = "l"  # l, r, c


def C(text="", rs=1, cs=1, bold=False, align="l"):
    return Cell(str(text), rs, cs, bold, align)


def place(rows):
    """-> list per row of (col, cell) for cells starting in that row; total ncols."""
    occ = {}
    out = []
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        placed = []
        for cell in row:
            while (r, c) in occ:
                c += 1
            placed.append((c, cell))
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    occ[(r + dr, c + dc)] = (r, c, cell)
            c += cell.cs
        ncols = max(ncols, c)
        out.append(placed)
    return out, occ, ncols


# ---------------------------------------------------------------- markdown pipe
def render_md(rows, nhead=1, mode="blank"):
    """mode: 'blank' covered positions empty; 'omit' covered positions left out (rows shift
    left, as some HTML-to-markdown converters do); 'repeat' content repeated."""
    placed, occ, ncols = place(rows)
    lines = []
    for r, prow in enumerate(placed):
        cells = []
        if mode == "omit":
            for c, cell in prow:
                cells.append(cell.text)
                cells.extend([""] * (cell.cs - 1)) if r < nhead else None
        else:
            for c in range(ncols):
                o = occ.get((r, c))
                if o is None:
                    cells.append("")
                    continue
                r0, c0, cell = o
                if (r0, c0) == (r, c):
                    cells.append(cell.text)
                elif mode == "repeat":
                    cells.append(cell.text)
                else:
                    cells.append("")
        txt = []
        for c in cells:
            t = c
            txt.append(t)
        lines.append("| " + " | ".join(txt) + " |")
        if r == 0:
            lines.append("|" + "|".join(["---"] * (ncols if mode != "omit" else len(cells))) + "|")
    return "\n".join(lines)


# ---------------------------------------------------------------- one cell a line
def _wrap_tvpl(text, bold, first=28, width=78):
    if not text:
        return []
    t = f"**{text}**" if bold else text
    if len(t) <= first + 6:
        return [t]
    # first line shorter (indent in the original), then wider lines
    words = t.split(" ")
    lines, cur = [], ""
    lim = first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_tvpl(rows, heads=None):
    placed, occ, ncols = place(rows)
    out = []
    for r, prow in enumerate(placed):
        out.append("|")
        for c, cell in prow:
            out.extend(_wrap_tvpl(cell.text, cell.bold or (heads is not None and r < heads)))
            out.append("|")
    return "\n".join(out)


# ---------------------------------------------------------------- PDF text layer
def render_pdf(rows, widths, margin=8, gap=2, heads=1):
    placed, occ, ncols = place(rows)
    nrows = len(rows)
    wrapped = {}
    for r, prow in enumerate(placed):
        for c, cell in prow:
            w = sum(widths[c:c + cell.cs]) + gap * (cell.cs - 1)
            wrapped[(r, c)] = textwrap.wrap(cell.text, w) if cell.text else []
    # row heights: from cells spanning one row; spanning cells distribute the excess
    h = [1] * nrows
    for (r, c), ls in wrapped.items():
        cell = occ[(r, c)][2]
        if cell.rs == 1:
            h[r] = max(h[r], len(ls))
    for (r, c), ls in wrapped.items():
        cell = occ[(r, c)][2]
        if cell.rs > 1:
            tot = sum(h[r:r + cell.rs])
            if len(ls) > tot:
                h[r + cell.rs - 1] += len(ls) - tot
    top = [sum(h[:r]) for r in range(nrows)]
    total = sum(h)
    grid = [[" " * (margin + sum(widths) + gap * (ncols - 1))] for _ in range(total)]
    buf = [list(g[0]) for g in grid]
    for (r, c), ls in wrapped.items():
        cell = occ[(r, c)][2]
        span_h = sum(h[r:r + cell.rs])
        y0 = top[r] + (span_h - len(ls)) // 2
        x0 = margin + sum(widths[:c]) + gap * c
        w = sum(widths[c:c + cell.cs]) + gap * (cell.cs - 1)
        for i, line in enumerate(ls):
            if cell.align == "r" or (r >= heads and _numeric(line)):
                s = line.rjust(w)
            elif cell.align == "c" or r < heads:
                s = line.center(w)
            else:
                s = line.ljust(w)
            for k, ch in enumerate(s[:w]):
                buf[y0 + i][x0 + k] = ch
    lines = ["".join(b).rstrip() for b in buf]
    return "\n".join(lines)


def _numeric(s):
    s = s.strip()
    return bool(s) and all(ch in "0123456789.,-–≥≤>< %" for ch in s)
