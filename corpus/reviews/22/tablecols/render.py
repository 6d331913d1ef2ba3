"""Renderers for made-up cases: md pipes and the legal-database 'one cell a line' pipes.
A table is a list of rows; a row a list of cells; '^' = rowspan leftover, '<' = colspan leftover.
The first `head` rows are header rows (bold in one-cell)."""
import textwrap

def wrap_prose(text, width=78):
    words = text.split()
    if len(words) <= 6:
        return text
    first = " ".join(words[:5])
    rest = textwrap.wrap(" ".join(words[5:]), width)
    return "\n".join([first] + rest)

def md_table(rows, head=1):
    out = []
    ncol = len(rows[0])
    for i, r in enumerate(rows):
        cells = ["" if c in ("^", "<") else c for c in r]
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * ncol)
    return "\n".join(out)

def _cell_lines(c, bold):
    if len(c) > 34:
        words = c.split()
        lines = [" ".join(words[:3])] + textwrap.wrap(" ".join(words[3:]), 40) if len(words) > 3 else [c]
    else:
        lines = [c] if len(c) < 16 or not bold else textwrap.wrap(c, 14)
    if bold:
        lines[0] = "**" + lines[0]
        lines[-1] = lines[-1] + "**"
    return lines

def onecell_table(rows, head=1):
    out = []
    for i, r in enumerate(rows):
        out.append("|")
        for c in r:
            if c in ("^", "<"):
                continue
            if c:
                out.extend(_cell_lines(c, i < head))
            out.append("|")
    return "\n".join(out)

def render(rows, style, head=1):
    return md_table(rows, head) if style == "md" else onecell_table(rows, head)
