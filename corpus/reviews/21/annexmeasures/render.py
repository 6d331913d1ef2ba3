"""Render a logical table (cells with colspan/rowspan) as markdown pipes or as the legal-database
"one cell a line" rendering. Written for review 21 / annexmeasures."""
from __future__ import annotations


class C:
    def __init__(self, text="", cs=1, rs=1, bold=False):
        self.text, self.cs, self.rs, self.bold = text, cs, rs, bold


def _cell(x):
    return x if isinstance(x, C) else C(x)


def grid(rows):
    """Rows of placed cells: a C where a cell starts, 'L' for a colspan leftover, 'R' for a
    rowspan leftover."""
    taken = {}
    out = []
    for r, row in enumerate(rows):
        cells = [_cell(x) for x in row]
        line, c, k = [], 0, 0
        while k < len(cells) or (r, c) in taken:
            if (r, c) in taken:
                line.append(taken[(r, c)])
                c += 1
                continue
            x = cells[k]
            k += 1
            line.append(x)
            for dr in range(x.rs):
                for dc in range(x.cs):
                    if dr or dc:
                        taken[(r + dr, c + dc)] = "R" if dr else "L"
            c += 1
            for _ in range(1, x.cs):
                line.append(taken.pop((r, c)) if (r, c) in taken else "L")
                c += 1
        out.append(line)
    return out


def md(header, body, merged="blank"):
    """merged='blank': leftovers as empty cells; 'out': rowspan leftovers of the body left out
    (colspan leftovers stay blank)."""
    g = grid(header + body)
    width = max(len(r) for r in g)
    lines = []
    for i, r in enumerate(g):
        texts = []
        for x in r:
            if isinstance(x, C):
                texts.append(x.text.replace("\n", " "))
            elif x == "R" and merged == "out" and i >= len(header):
                continue
            else:
                texts.append("")
        if merged != "out" or i < len(header):
            texts += [""] * (width - len(texts))
        lines.append("| " + " | ".join(texts) + " |")
        if i == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def onecell(header, body):
    g = grid(header + body)
    nh = len(header)
    lines = []
    for i, r in enumerate(g):
        lines.append("|")
        for x in r:
            if not isinstance(x, C):
                continue
            if x.text:
                parts = x.text.split("\n")
                if i < nh or x.bold:
                    parts[0] = "**" + parts[0]
                    parts[-1] = parts[-1] + "**"
                lines += parts
            lines.append("|")
    return "\n".join(lines)
