import json, textwrap, os
D = os.path.join(os.path.dirname(__file__), "cases")

def wrap(p, first=28, width=80):
    """TVPL-like hard wrap: short first line, then ~80 chars."""
    words = p.split(" ")
    lines, cur, lim = [], "", first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur); cur = w; lim = width
        else:
            cur = (cur + " " + w) if cur else w
    if cur: lines.append(cur)
    return "\n".join(lines)

def md_head(issuer1, issuer2, number, place, date, title_lines, doctype="KẾ HOẠCH"):
    d, m, y = date
    return f"""|
**{issuer1}
**
{issuer2}
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}
|
*{place}, ngày {d}
tháng {m} năm {y}*
|

** **

**{doctype}**

{chr(10).join(title_lines)}

"""

def md_sign(cap="TM. ỦY BAN NHÂN DÂN", cap2="KT. CHỦ TỊCH", title="PHÓ CHỦ TỊCH", name="Nguyễn Văn Hưng"):
    return f"""
|
Nơi nhận:
- Thường trực Tỉnh ủy;
- Các sở, ban, ngành tỉnh;
- Lưu: VT.
|
**{cap}
**
**{cap2}**
{title}
**{name}**
|
"""

def pdf_head(issuer1, issuer2, number, place, date, title_lines, doctype="KẾ HOẠCH"):
    d, m, y = date
    return f"""{issuer1}                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{issuer2}                               Độc lập - Tự do - Hạnh phúc

Số: {number}                        {place}, ngày {d} tháng {m} năm {y}

{doctype}
{chr(10).join(title_lines)}

"""

def pdf_sign(name="Trần Thị Lan"):
    return f"""
Nơi nhận:                                            KT. CHỦ TỊCH
- Như trên;                                          PHÓ CHỦ TỊCH
- Lưu: VT.
                                                     {name}
"""

def mdh(label, title, split=1):
    """Bold heading hard-wrapped after `split` words of the title."""
    w = title.split(" ")
    if split is None or split >= len(w):
        return f"**{label}. {title}**"
    return f"**{label}. {' '.join(w[:split])}\n{' '.join(w[split:])}**"

def para(items, first=28, width=80):
    return "\n\n".join(wrap(i, first, width) for i in items)

def save(nn, text, expect):
    with open(os.path.join(D, f"{nn}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(D, f"{nn}.expect.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)

def T(value, unit, indicator, kind="target", comparator="=", deadline=None, until=None, note=None, u=False):
    d = dict(value=value, until=until, unit=unit, indicator=indicator, kind=kind,
             comparator=comparator, deadline=deadline, uncertain=u)
    if note: d["note"] = note
    return d
