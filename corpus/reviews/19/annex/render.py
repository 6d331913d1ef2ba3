"""Render one logical table three ways: one-cell-a-line pipes (legal-database), markdown pipes, PDF layout text.

A table: header rows (lists of (text, colspan, rowspan)), body rows (lists of cells, full width):
  a str cell (may be "" = empty), RS = covered by a rowspan from above, CS = covered by a colspan from the left.
"""
import re
import unicodedata

RS = object()
CS = object()


def header_grid(header, width):
    """Flatten the header into a grid of strings (text at top-left of its span, '' elsewhere)."""
    grid = [[None] * width for _ in header]
    for r, row in enumerate(header):
        c = 0
        for text, cs, rs in row:
            while grid[r][c] is not None:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    grid[r + dr][c + dc] = ""
            grid[r][c] = text
            c += cs
    return grid


def wrap(text, first=28, rest=78):
    """Hard-wrap like the legal-database site: short first line, long later lines."""
    words = text.split()
    lines, cur, lim = [], "", first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur, lim = w, rest
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def onecell(header, body, bold_groups=True):
    out = []
    for row in header:
        out.append("|")
        for text, cs, rs in row:
            t = text.replace("\n", " ")
            ls = wrap(t, 14, 78) if len(t) > 14 else [t]
            ls[0] = "**" + ls[0]
            ls[-1] = ls[-1] + "**"
            out.extend(ls)
            out.append("|")
    for row in body:
        out.append("|")
        group = isinstance(row, tuple)
        cells = row[1] if group else row
        for cell in cells:
            if cell is RS or cell is CS:
                continue
            if cell == "":
                out.append("|")
                continue
            ls = wrap(cell) if len(cell) > 28 else [cell]
            if group and bold_groups:
                ls[0] = "**" + ls[0]
                ls[-1] = ls[-1] + "**"
            out.extend(ls)
            out.append("|")
    return "\n".join(out) + "\n"


def md(header, body, width, leave_out_rs=False):
    g = header_grid(header, width)
    lines = []
    first = g[0]
    lines.append("| " + " | ".join(first) + " |")
    lines.append("|" + "|".join(["---"] * width) + "|")
    for hr in g[1:]:
        lines.append("| " + " | ".join(hr) + " |")
    for row in body:
        group = isinstance(row, tuple)
        cells = row[1] if group else row
        out = []
        for cell in cells:
            if cell is CS:
                out.append("")
            elif cell is RS:
                if leave_out_rs:
                    continue
                out.append("")
            else:
                out.append(("**" + cell + "**") if (group and cell) else cell)
        lines.append("| " + " | ".join(out) + " |")
    return "\n".join(lines) + "\n"


def _w(s):
    return len(unicodedata.normalize("NFC", s))


def pdf(header, body, width, widths, numeric_cols=(), page_break_after=None, repeat_header=True,
        page_no=1, label_col=1):
    """Columns padded with spaces; label column wrapped to its width; numbers right-aligned."""
    g = header_grid(header, width)

    def render_header():
        lines = []
        for r, placed in enumerate(header_positions(header)):
            sub = [[]]
            for col, cs, text in placed:
                span_w = sum(widths[col:col + cs]) + 2 * (cs - 1)
                parts = wrap(text, span_w, span_w) if len(text) > span_w else [text]
                while len(sub) < len(parts):
                    sub.append([])
                for i, p in enumerate(parts):
                    sub[i].append((col, span_w, p))
            for srow in sub:
                line = ""
                for col, span_w, p in srow:
                    start = sum(widths[:col]) + 2 * col
                    pad = max(0, (span_w - _w(p)) // 2)
                    if len(line) < start + pad:
                        line += " " * (start + pad - len(line))
                    elif line:
                        line += " "
                    line += p
                lines.append(line.rstrip())
        return lines

    def render_row(row):
        group = isinstance(row, tuple)
        cells = row[1] if group else row
        cols = []
        for i, cell in enumerate(cells):
            if cell is RS or cell is CS:
                cols.append([""])
            elif group and i == label_col:
                cols.append([cell])  # group title runs across
            elif i == label_col or len(cell) > widths[i]:
                cols.append(wrap(cell, widths[i], widths[i]) if len(cell) > widths[i] else [cell])
            else:
                cols.append([cell])
        h = max(len(c) for c in cols)
        lines = []
        for k in range(h):
            line = ""
            for i, c in enumerate(cols):
                t = c[k] if k < len(c) else ""
                start = sum(widths[:i]) + 2 * i
                if i in numeric_cols and t:
                    start = start + widths[i] - _w(t)
                if len(line) < start:
                    line += " " * (start - len(line))
                elif line and t:
                    line += " "
                line += t
            lines.append(line.rstrip())
        return lines

    out = render_header()
    for n, row in enumerate(body):
        out.extend(render_row(row))
        if page_break_after is not None and n == page_break_after:
            out.append("")
            out.append(" " * 40 + str(page_no))
            out.append("\f")
            if repeat_header:
                out.extend(render_header())
    return "\n".join(out) + "\n"


def header_positions(header):
    cover = set()
    out = []
    for r, row in enumerate(header):
        c = 0
        placed = []
        for text, cs, rs in row:
            while (r, c) in cover:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    cover.add((r + dr, c + dc))
            placed.append((c, cs, text))
            c += cs
        out.append(placed)
    return out
