"""Render a logical table (header rows and body rows of cells with spans) two ways:
md pipes (merged cells blank) and the legal-database "one cell a line" rendering
(every | and every cell on its own line, merged leftovers left out, bold wrapped header cells)."""
from __future__ import annotations


class C:
    """A cell: text, colspan, rowspan."""

    def __init__(self, text, cs=1, rs=1):
        self.text, self.cs, self.rs = str(text), cs, rs


def _cell(x):
    return x if isinstance(x, C) else C(x)


def layout(rows):
    """Grid of the rows: list of rows, each a list of (text or None for a leftover, is_origin)."""
    rows = [[_cell(x) for x in r] for r in rows]
    grid: list[list] = []
    pending = {}  # (r, c) -> leftover
    width = 0
    for r, row in enumerate(rows):
        out = []
        c = 0
        it = iter(row)
        while True:
            while (r, c) in pending:
                out.append(pending.pop((r, c)))
                c += 1
            cell = next(it, None)
            if cell is None:
                break
            out.append(("cell", cell.text))
            for dc in range(1, cell.cs):
                out.append(("col", None))
            for dr in range(1, cell.rs):
                for dc in range(cell.cs):
                    pending[(r + dr, c + dc)] = ("row", None)
            c += cell.cs
        while (r, c) in pending:
            out.append(pending.pop((r, c)))
            c += 1
        width = max(width, len(out))
        grid.append(out)
    return grid, width


def md(header, body):
    grid, width = layout(header + body)
    lines = []
    for k, row in enumerate(grid):
        cells = [(t or "") if kind == "cell" else "" for kind, t in row]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
        if k == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def _wrap(text, first=14, width=60):
    words = text.split()
    if len(text) <= first + 4:
        return text
    out, cur, lim = [], "", first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            out.append(cur)
            cur, lim = w, width
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return "\n".join(out)


def onecell(header, body):
    grid, width = layout(header + body)
    nh = len(header)
    parts = []
    for k, row in enumerate(grid):
        seg = ["|"]
        for kind, t in row:
            if kind != "cell":
                continue  # merged leftovers left out
            if t:
                if k < nh:
                    w = _wrap(t, 14)
                    first, *rest = w.split("\n")
                    seg.append("**" + w + "**")
                else:
                    seg.append(_wrap(t, 40, 80))
            seg.append("|")
        parts.append("\n".join(seg))
    return "\n".join(parts)


def render(header, body, how):
    return md(header, body) if how == "md" else onecell(header, body)
