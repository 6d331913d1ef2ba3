"""Logical tables with rowspan/colspan, rendered one-cell-a-line (TVPL) or as md pipes; the
expectation of each table is written from the same definition."""
import re, textwrap

def C(text, rs=1, cs=1):
    return (text, rs, cs)

def norm(c):
    return c if isinstance(c, tuple) else (c, 1, 1)

def grid(rows, ncols):
    """rows: lists of origin cells in order. Returns (origins per row [(col,text,rs,cs)], filled grid)."""
    occ = {}
    origins, filled = [], []
    for r, row in enumerate(rows):
        col = 0
        o = []
        for c in row:
            t, rs, cs = norm(c)
            while (r, col) in occ:
                col += 1
            o.append((col, t, rs, cs))
            for dr in range(rs):
                for dc in range(cs):
                    occ[(r + dr, col + dc)] = (t, dr == 0 and dc == 0)
            col += cs
        origins.append(o)
    for r in range(len(rows)):
        filled.append([occ.get((r, c), ("", False)) for c in range(ncols)])
    return origins, filled

def wrap_lines(text, bold=False, first=None, width=70):
    if not text:
        return []
    words = text.split()
    if first and len(words) > first + 1 and len(text) > 30:
        head = " ".join(words[:first]); rest = " ".join(words[first:])
        lines = [head] + textwrap.wrap(rest, width)
    else:
        lines = [text]
    if bold and not text.startswith("**"):
        lines[0] = "**" + lines[0]
        lines[-1] = lines[-1] + "**"
    return lines

def render_onecell(t):
    hdr_o, _ = grid(t["header"], t["ncols"])
    body_o, _ = grid([b[0] for b in t["body"]], t["ncols"])
    out = []
    for o in hdr_o:
        out.append("|")
        for (_, txt, rs, cs) in o:
            out += wrap_lines(txt, bold=True, first=3)
            out.append("|")
    for bi, o in enumerate(body_o):
        bold = t["body"][bi][2].get("bold", False) if len(t["body"][bi]) > 2 else False
        out.append("|")
        for (col, txt, rs, cs) in o:
            b = bold and t["cols"][col]["role"] in ("label", "tt")
            out += wrap_lines(txt, bold=b and bool(txt), first=4 if len(txt) > 45 else None)
            out.append("|")
    return "\n".join(out)

def render_md(t):
    _, hf = grid(t["header"], t["ncols"])
    _, bf = grid([b[0] for b in t["body"]], t["ncols"])
    lines = []
    for i, row in enumerate(hf):
        cells = [txt if orig else "" for (txt, orig) in row]
        lines.append("| " + " | ".join(cells) + " |")
        if i == 0:
            lines.append("|" + "---|" * t["ncols"])
    for row in bf:
        cells = [txt if orig else "" for (txt, orig) in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)

def parse_val(s):
    s = s.strip()
    if not s or s in ("-", "x", "X"):
        return None
    m = re.fullmatch(r"([\d.,]+)\s*[-–]\s*([\d.,]+)", s)
    def num(x):
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", x):
            return float(x.replace(".", ""))
        return float(x.replace(".", "").replace(",", ".")) if "," in x else float(x)
    if m:
        return num(m.group(1)), num(m.group(2))
    m = re.fullmatch(r"[\d.,]+", s)
    if not m:
        return None
    return num(s), None

def expect(t):
    """Targets from the value columns of rows with a ctx."""
    _, bf = grid([b[0] for b in t["body"]], t["ncols"])
    items = []
    for bi, b in enumerate(t["body"]):
        opts = b[2] if len(b) > 2 else {}
        ctx = b[1]
        if ctx is None:
            continue
        for ci, spec in enumerate(t["cols"]):
            if spec["role"] != "value":
                continue
            txt, orig = bf[bi][ci]
            if not orig:
                continue
            pv = parse_val(txt)
            if pv is None:
                continue
            v, u = pv
            unit = spec.get("unit")
            if unit is None:
                uc = [i for i, s in enumerate(t["cols"]) if s["role"] == "unit"]
                unit = bf[bi][uc[0]][0] if uc else None
            ind = (spec.get("ind", "") + " " + ctx).strip() if spec.get("ind") else ctx
            it = {"text": f"{ctx} | {spec.get('name', '')} | {txt}", "value": int(v) if v == int(v) else v,
                  "until": (int(u) if u == int(u) else u) if u is not None else None,
                  "unit": unit, "kind": spec.get("kind", "target"), "deadline": spec.get("deadline"),
                  "indicator": ind}
            if spec.get("uncertain") or opts.get("uncertain"):
                it["uncertain"] = True
            items.append(it)
    return items
