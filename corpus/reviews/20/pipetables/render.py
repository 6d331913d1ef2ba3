"""Render a logical table (cells with colspan/rowspan) as markdown pipes or as the legal-database
"one cell a line" rendering (every | and every cell on its own line, empty cell = bar alone,
merged leftovers left out)."""
from __future__ import annotations

import textwrap


class C:
    def __init__(self, text="", cs=1, rs=1, bold=False):
        self.text, self.cs, self.rs, self.bold = text, cs, rs, bold

    def __repr__(self):
        return f"C({self.text!r},{self.cs},{self.rs})"


def cell(x):
    return x if isinstance(x, C) else C(x)


def grid(rows):
    """Place cells; return list of rows, each a list of (C or None-leftover) with width."""
    placed = {}
    out = []
    for r, row in enumerate(rows):
        line = []
        c = 0
        cells = [cell(x) for x in row]
        k = 0
        while k < len(cells) or (r, c) in placed:
            if (r, c) in placed:
                line.append(None)
                c += 1
                continue
            x = cells[k]
            k += 1
            line.append(x)
            for dr in range(x.rs):
                for dc in range(x.cs):
                    if dr or dc:
                        placed[(r + dr, c + dc)] = True
            c += 1
            for dc in range(1, x.cs):
                line.append(None)
                c += 1
        out.append(line)
    return out


def md(header, body):
    h = grid(header + body)
    width = max(len(r) for r in h)
    lines = []
    for i, r in enumerate(h):
        texts = [(x.text.replace("\n", " ") if x is not None else "") for x in r]
        texts += [""] * (width - len(texts))
        lines.append("| " + " | ".join(texts) + " |")
        if i == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def _wrap(text, width):
    if "\n" in text or len(text) <= width:
        return text.split("\n")
    # TVPL style: a short first line, then long lines
    words = text.split()
    first = " ".join(words[: max(2, len(words) // 4)])
    rest = " ".join(words[max(2, len(words) // 4):])
    return [first] + textwrap.wrap(rest, 80)


def onecell(header, body):
    h = grid(header + body)
    nh = len(header)
    lines = []
    for i, r in enumerate(h):
        lines.append("|")
        for x in r:
            if x is None:
                continue
            if x.text:
                bold = i < nh or x.bold
                parts = _wrap(x.text, 28 if bold else 48)
                if bold:
                    parts[0] = "**" + parts[0]
                    parts[-1] = parts[-1] + "**"
                lines += parts
            lines.append("|")
    return "\n".join(lines)
