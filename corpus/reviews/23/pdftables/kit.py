"""Helpers to build made-up plans rendered as a PDF text layer read in reading order
(pypdfium2 / pdftotext without -layout), and their expectations."""
import json, textwrap, re
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def wrap(text, width=84):
    """Prose hard-wrapped, a trailing space on every line but the last of a paragraph."""
    out = []
    for para in text.strip().split("\n"):
        lines = textwrap.wrap(para, width)
        out += [l + " " for l in lines[:-1]] + lines[-1:]
    return "\n".join(out)


def header(issuer_lines, number, place, date, doctype="KẾ HOẠCH", title_lines=()):
    lines = list(issuer_lines[:-1]) + [issuer_lines[-1] + " ",
             " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", " Độc lập - Tự do - Hạnh phúc ",
             f"Số: {number} {place}, {date}", doctype] + list(title_lines)
    return "\n".join(lines)


def signature(cap="KT. CHỦ TỊCH", title="PHÓ CHỦ TỊCH", name="Nguyễn Văn An", recips=()):
    rec = ["Nơi nhận:"] + [f"- {r};" for r in recips] + ["- Lưu: VT."]
    return "\n".join([cap, title] + rec + [name])


def num(s):
    s = s.strip()
    s = re.sub(r"^(≥|≤|>|<|Trên|trên|Dưới|dưới|Tối thiểu|tối thiểu)\s*", "", s)
    s = s.rstrip("%").strip()
    m = re.match(r"^([\d.,]+)\s*[-–]\s*([\d.,]+)$", s)
    def one(x):
        x = x.strip()
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", x):
            return float(x.replace(".", ""))
        return float(x.replace(".", "").replace(",", "."))
    if m:
        return one(m.group(1)), one(m.group(2))
    return one(s), None


def T(value, unit, kind, deadline, words, until=None, uncertain=False, baseline=False, note=None):
    d = dict(value=value, until=until, unit=unit, kind=kind, deadline=deadline, words=list(words),
             uncertain=uncertain, baseline=baseline)
    if note:
        d["note"] = note
    return d


class Col:
    def __init__(self, kind="target", year=None, unc=False, base=False, measure=None, unit=None):
        self.kind, self.year, self.unc, self.base = kind, year, unc, base
        self.measure, self.unit = measure, unit


class Row:
    def __init__(self, mark, name, unit=None, values=(), words=None, group=None, note=None,
                 is_group=False, unc=()):
        self.mark, self.name, self.unit, self.values = mark, name, unit, list(values)
        self.words = words if words is not None else []
        self.group, self.note, self.is_group, self.unc = group, note, is_group, set(unc)


def row_lines(r, style, unit_col=True):
    names = r.name.split("\n")
    names = [n.rstrip() + " " for n in names[:-1]] + names[-1:]
    vals = [v for v in r.values if v != ""]
    cells = ([r.unit] if unit_col and r.unit else []) + vals + ([r.note] if r.note else [])
    if r.is_group:
        if style in ("top", "top1", "numname") and r.mark:
            return [f"{r.mark} {names[0]}"] + names[1:]
        return ([r.mark] if r.mark else []) + names
    if style == "cells":
        return ([r.mark] if r.mark else []) + names + cells
    if style == "numname":
        first = f"{r.mark} {names[0]}" if r.mark else names[0]
        return [first] + names[1:] + cells
    if style == "top":
        first = f"{r.mark} {names[0]}" if r.mark else names[0]
        if len(names) == 1:
            return [first.rstrip() + " " + " ".join(cells)]
        return [first] + names[1:] + [" ".join(cells)]
    if style == "center":
        return ([r.mark] if r.mark else []) + names + [" ".join(cells)]
    if style == "tail":  # last name line joined with the values (pypdfium2, bottom line shared)
        head = ([r.mark] if r.mark else []) + names[:-1]
        return head + [names[-1].rstrip() + " " + " ".join(cells)]
    if style == "after":  # values printed before the name
        return [" ".join(cells)] + ([r.mark] if r.mark else []) + names
    raise ValueError(style)


def expect_rows(rows, cols, table_unit=None, by_place=False):
    out = []
    for r in rows:
        if r.is_group:
            continue
        for i, (c, v) in enumerate(zip(cols, r.values)):
            if c is None or v in ("", "-", "x"):
                continue
            value, until = num(v)
            if by_place:
                unit = c.unit
                words = list(c.measure) + list(r.words)
            else:
                unit = r.unit or table_unit
                words = list(r.words) + (list(r.group) if r.group else [])
            kind = "achieved" if c.base else c.kind
            out.append(T(value, unit, kind, c.year, words, until=until,
                         uncertain=c.unc or i in r.unc, baseline=c.base))
    return out


def render_rows(rows, style="cells", unit_col=True, styles=None):
    lines = []
    for i, r in enumerate(rows):
        st = (styles or {}).get(i, style)
        lines += row_lines(r, st, unit_col)
    return "\n".join(lines)


def write(n, text, targets, units=(), sections=None, notes=""):
    CASES.mkdir(exist_ok=True)
    (CASES / f"{n:02d}.txt").write_text(text.strip() + "\n", encoding="utf-8")
    exp = {"targets": targets, "units": [dict(unit=u, role=r) for u, r in units], "notes": notes}
    if sections is not None:
        exp["sections"] = [dict(label=l, title=t) for l, t in sections]
    (CASES / f"{n:02d}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1),
                                                encoding="utf-8")
