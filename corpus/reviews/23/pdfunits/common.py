import json
from pathlib import Path

from render import render

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def U(unit, role, *printed_as, opt=False):
    d = {"unit": unit, "role": role}
    if printed_as:
        d["printed_as"] = list(printed_as)
    if opt:
        d["optional"] = True
    return d


def prov_header(left, num, place, date, doc, title_lines):
    out = ["=" + l for l in left]
    out.append(f"=Số: {num}")
    out += ["=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "=Độc lập - Tự do - Hạnh phúc",
            f"={place}, {date}", "=" + doc]
    out += ["=" + l for l in title_lines]
    return "\n".join(out) + "\n"


def sign(capacity, title, name, recipients):
    out = ["=Nơi nhận:"] + ["=" + r for r in recipients] + ["=" + c for c in capacity] + ["=" + title, "=" + name]
    return "\n".join(out) + "\n"


def write(num, src, units, sections, notes=""):
    CASES.mkdir(exist_ok=True)
    text = render(src)
    (CASES / f"{num:02d}.txt").write_text(text, encoding="utf-8")
    exp = {"units": units, "sections": [{"label": l, "title": t} for l, t in sections],
           "targets": [], "notes": notes}
    (CASES / f"{num:02d}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
