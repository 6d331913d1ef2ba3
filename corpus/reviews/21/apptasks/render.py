"""Renderings and frames for the made-up cases (review 21 / apptasks)."""
from __future__ import annotations


# ---------- table renderings ----------

def onecell(rows, header_rows=1):
    """TVPL 'one cell a line': a '|' line before every cell and after the row's last cell.
    A row is a list of cells; a cell is a string (may hold '\n'); '' an empty cell.
    Header cells (the first header_rows rows) are put in bold, line by line."""
    out = []
    for i, row in enumerate(rows):
        for c in row:
            out.append("|")
            if c:
                if i < header_rows and not c.startswith("**"):
                    parts = c.split("\n")
                    if len(parts) == 1:
                        c = f"**{c}**"
                    else:
                        c = "**" + parts[0] + "\n" + "\n".join(parts[1:]) + "**"
                out.extend(c.split("\n"))
        out.append("|")
    return "\n".join(out)


def group(label, title):
    """A group row of a one-cell table: two bold cells."""
    return [f"**{label}**", f"**{title}**"]


def pipes(rows, sep=True, align=None):
    """Ordinary markdown pipe rows; '\n' inside a cell becomes '<br>'."""
    out = []
    for i, row in enumerate(rows):
        cells = [c.replace("\n", "<br>") for c in row]
        out.append("| " + " | ".join(cells) + " |")
        if i == 0 and sep:
            out.append("|" + "|".join((align or "---") for _ in row) + "|")
    return "\n".join(out)


# ---------- frames ----------

def tvpl_header(left, left2, number, place_date):
    return f"""|
**{left}**
{(left2 + chr(10)) if left2 else ''}--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}
|
*{place_date}*
|"""


def repo_header(left, number, place_date):
    return f"""| {left} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {number} | {place_date} |"""
