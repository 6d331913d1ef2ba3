"""Render a made-up plan the way a PDF text layer read in reading order gives it.

Source format (one source line = one paragraph):
- a paragraph is wrapped at about 80 characters (first line ~74, it is indented in the PDF);
  every wrapped line keeps a trailing space, as pypdfium2 gives it;
- "⏎" inside a paragraph forces a line break there (a heading wrapped over two lines);
- "@N" alone is a page number line "N"; "@@N" inside a paragraph breaks the line there and puts
  the page number "N" on a line of its own before the paragraph goes on;
- lines starting with "|" are written verbatim without the bar (one table cell a line);
- lines starting with "=" are written verbatim without the "=" (no wrapping).
"""
from __future__ import annotations

import re

FIRST = 74
WIDTH = 80


def wrap_words(words: list[str], first: int = FIRST, width: int = WIDTH) -> list[str]:
    lines, cur = [], ""
    limit = first
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= limit:
            cur += " " + w
        else:
            lines.append(cur + " ")
            cur = w
            limit = width
    if cur:
        lines.append(cur)
    return lines


def render_par(par: str) -> list[str]:
    out: list[str] = []
    # split on forced breaks and page marks, keeping the marks
    pieces = re.split(r"(⏎|@@\d+)", par)
    first = True
    for piece in pieces:
        if piece == "⏎":
            if out and not out[-1].endswith(" "):
                out[-1] += " "
            continue
        m = re.fullmatch(r"@@(\d+)", piece)
        if m:
            if out and not out[-1].endswith(" "):
                out[-1] += " "
            out.append(m.group(1))
            continue
        words = piece.split()
        if not words:
            continue
        if "⏎" in par:  # a heading wrapped by hand: its pieces are its lines
            lines = [" ".join(words)]
        else:
            lines = wrap_words(words, FIRST if first else WIDTH, WIDTH)
        first = False
        out.extend(lines)
    return out


def render(src: str) -> str:
    out: list[str] = []
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if re.fullmatch(r"@\d+", line):
            out.append(line[1:])
        elif line.startswith("|") or line.startswith("="):
            out.append(line[1:])
        else:
            out.extend(render_par(line))
    return "\n".join(out) + "\n"
