"""Render a logical table (cells with colspan/rowspan) as md pipes or as the legal-database
"one cell a line" rendering. Review 21 / annexvariants (all invented)."""
from __future__ import annotations


class C:
    def __init__(self, text="", cs=1, rs=1, bold=False):
        self.text, self.cs, self.rs, self.bold = text, cs, rs, bold


def _cell(x):
    return x if isinstance(x, C) else C(x)


def grid(rows):
    """Placed rows: a C where a cell starts, ('L', origin) colspan leftover, ('R', origin) rowspan
    leftover."""
    taken = {}
    out = []
    for r, row in enumerate(rows):
        cells = [_cell(x) for x in row]
        line, c, k = [], 0, 0
        while k < len(cells) or (r, c) in taken:
            if (r, c) in taken:
                line.append(taken.pop((r, c)))
                c += 1
                continue
            x = cells[k]
            k += 1
            line.append(x)
            for dr in range(x.rs):
                for dc in range(x.cs):
                    if dr or dc:
                        taken[(r + dr, c + dc)] = ("R" if dr else "L", x)
            c += 1
            for _ in range(1, x.cs):
                line.append(taken.pop((r, c)))
                c += 1
        out.append(line)
    return out


def md(header, body, merged="blank", br=False):
    """merged: 'blank' leftovers empty; 'out' rowspan leftovers of the body left out;
    'repeat' rowspan leftovers repeat the merged cell's text. br: line breaks inside cells
    written as <br>."""
    g = grid(header + body)
    width = max(len(r) for r in g)
    lines = []
    for i, r in enumerate(g):
        texts = []
        for x in r:
            if isinstance(x, C):
                t = x.text
            elif x[0] == "R" and merged == "out" and i >= len(header):
                continue
            elif x[0] == "R" and merged == "repeat":
                t = x[1].text
            else:
                t = ""
            t = t.replace("\n", "<br>" if br else " ")
            texts.append(t)
        if merged != "out" or i < len(header):
            texts += [""] * (width - len(texts))
        lines.append("| " + " | ".join(texts) + " |")
        if i == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def onecell(header, body, merged="out", bold_rows=()):
    g = grid(header + body)
    nh = len(header)
    lines = []
    for i, r in enumerate(g):
        lines.append("|")
        for x in r:
            if isinstance(x, C):
                t = x.text
                bold = i < nh or x.bold
            elif x[0] == "R" and merged == "repeat":
                t = x[1].text
                bold = x[1].bold
            else:
                continue
            if t:
                parts = t.split("\n")
                if bold:
                    parts[0] = "**" + parts[0]
                    parts[-1] = parts[-1] + "**"
                lines += parts
            lines.append("|")
    return "\n".join(lines)
