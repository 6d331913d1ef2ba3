"""Build made-up plan + annex cases rendered like a PDF text layer read in reading order
(pypdfium2 get_text_range / pdftotext without -layout), and write the expectations decided
from the table definitions BEFORE any run of the program.

Row DSL (one string per row):
  "G|tt|name|qual"          group row; qual = words added to the indicators of the rows under it
                            ("" = none; "-" = resets the qualifier); a unit in "(...)" at the end of
                            the group name is inherited when the row has no unit
  "tt|name|unit|c1|c2|..."  data row; "\\" in name = line wrap; '' cell = empty (absent in text)
  "P|n"                     page break: page number n on its own line, header repeated if case says so
Column spec: (kind, deadline[, unit, indicator])  kind T target, A achieved, U uncertain-achieved,
  UT uncertain-target, X not a target (must not be given), N note text (never a target).
"""
import json, re, textwrap
from pathlib import Path

OUT = Path(__file__).parent / "cases"
OUT.mkdir(exist_ok=True)


def num(s):
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def parse_cell(c):
    c = c.strip()
    c = re.sub(r"^(≥|>=|>|<|≤|<=|trên|dưới|tối thiểu|ít nhất|không quá)\s*", "", c, flags=re.I)
    c = re.sub(r"\s*(trở lên|trở xuống)$", "", c)
    m = re.fullmatch(r"([\d.,]+)\s*[-–]\s*([\d.,]+)", c)
    if m:
        return num(m.group(1)), num(m.group(2))
    if re.fullmatch(r"[+]?[\d.,]+", c) and re.search(r"\d", c):
        return num(c.lstrip("+")), None
    return None


def clean_name(name):
    n = name.replace("\\", " ")
    n = re.sub(r"\s+", " ", n).strip()
    n = re.sub(r"^[-+]\s*", "", n)
    return n


def split_unit(name):
    m = re.search(r"\s*\(([^()]*)\)\s*$", name)
    if m and (len(m.group(1)) < 25):
        return name[:m.start()].strip(), m.group(1)
    return name, None


def render_row(case, tt, name, unit, cells):
    lines = []
    nl = name.split("\\")
    join = case.get("join")
    vals = [c for c in cells if c != ""]
    tail = ([unit] if case.get("unitcol") and unit else []) + vals
    if join and tail:
        if len(nl) == 1:
            lines.append(" ".join(([tt] if tt else []) + [nl[0]] + tail))
        else:
            if tt:
                lines.append(tt)
            lines += [x + " " for x in nl[:-1]]
            lines.append(" ".join([nl[-1]] + tail))
        return lines
    if tt:
        lines.append(tt)
    lines += [x + " " for x in nl[:-1]] + [nl[-1]]
    if case.get("unitcol") and unit:
        lines.append(unit)
    for c in vals:
        lines += c.split("\\")
    return lines


def build(case):
    L = []
    L += case["head"].strip("\n").split("\n")
    for para in case["body"].strip("\n").split("\n"):
        if len(para) > 88 and not para.startswith("#"):
            w = textwrap.wrap(para, 86)
            L += [x + " " for x in w[:-1]] + [w[-1]]
        else:
            L.append(para)
    L += case["sign"].strip("\n").split("\n")
    L.append(str(case.get("annex_page", 3)))
    L += case["annex"].strip("\n").split("\n")
    hdr = case["header"].strip("\n").split("\n")
    L += hdr
    exp = []
    qual = ""
    subq = ""
    gunit = None
    cols = case["cols"]
    for r in case["rows"]:
        p = r.split("|")
        if p[0] == "P":
            L.append(p[1])
            if case.get("repeat"):
                L += hdr
            continue
        if p[0] == "G":
            _, tt, name, q = p[:4]
            L += ([tt] if tt else []) + name.split("\\")
            gn, gu = split_unit(clean_name(name))
            if tt:
                qual = "" if q == "-" else q
                subq = ""
                gunit = gu
            else:
                subq = q
                if gu:
                    gunit = gu
            continue
        if p[0] == "RAW":
            L.append(p[1]); continue
        tt, name = p[0], p[1]
        indover = None
        if "=>" in name:
            name, indover = name.split("=>")
        if re.fullmatch(r"\d+", tt or ""):
            subq = ""
        if case.get("unitcol"):
            unit, cells = p[2], p[3:]
        else:
            unit, cells = None, p[2:]
        L += render_row(case, tt, name, unit, cells)
        nm = clean_name(name)
        nm2, nu = split_unit(nm)
        rowunit = (unit.replace("\\", " ") if unit else None) or nu or gunit
        for j, c in enumerate(cells):
            if j >= len(cols) or c == "":
                continue
            spec = cols[j]
            kind = spec[0]
            if kind in ("X", "N"):
                continue
            pv = parse_cell(c)
            if pv is None:
                continue
            u = rowunit
            ind = indover or nm2
            if len(spec) > 2:  # transposed table: column gives indicator and unit
                u = spec[2]
                ind = spec[3] + " " + nm
            if subq:
                ind = ind + " " + subq
            if qual:
                ind = ind + " " + qual
            dl = spec[1]
            if case.get("rowdl") and tt in case["rowdl"]:
                dl = case["rowdl"][tt]
            exp.append({"value": pv[0], "until": pv[1], "unit": u,
                        "kind": {"T": "target", "UT": "target"}.get(kind, "achieved"),
                        "deadline": dl, "indicator": ind,
                        "uncertain": kind in ("U", "UT")})
    L += case.get("after", "").strip("\n").split("\n") if case.get("after") else []
    exp += case.get("prose", [])
    return "\n".join(L) + "\n", exp


from cases_def import CASES  # noqa: E402

for n, case in enumerate(CASES, 1):
    text, exp = build(case)
    (OUT / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{n:02d}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print(n, len(exp), sum(not e["uncertain"] for e in exp))
