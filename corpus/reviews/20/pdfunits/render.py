"""Render a made-up case in the look of a PDF text layer (pypdfium2 / pdftotext without -layout).

Mini markup, one item a line:
  "~ text"   a paragraph, word-wrapped at the case's width; pypdfium2 keeps a trailing space on
             every wrapped line ("cải \\ncách"); "¦" forces a break at that point.
  anything else is printed as is (headers, one cell a line tables, page numbers, signatures).
"""


def wrap(par, width=80, trailing=" "):
    out = []
    for chunk in par.split("¦"):
        words = chunk.split()
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + trailing)
                line = w
            else:
                line = (line + " " + w) if line else w
        if line:
            out.append(line + trailing)
    if out:
        out[-1] = out[-1].rstrip()
    return out


def render(src, width=80, trailing=" "):
    lines = []
    for raw in src.strip("\n").split("\n"):
        if raw.startswith("~ "):
            lines.extend(wrap(raw[2:], width, trailing))
        else:
            lines.append(raw)
    return "\n".join(lines) + "\n"
