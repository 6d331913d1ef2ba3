from render import wrap_prose, render

def header(issuer1, issuer2, number, place, date, title):
    d, m, y = date
    return f"""|
**{issuer1}**
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
*{place}, ngày {d:02d}
tháng {m} năm {y}*
|

**KẾ HOẠCH**

{title}
"""

def heading(label, text):
    words = text.split()
    if len(words) > 3:
        return f"**{label} {' '.join(words[:2])}\n{' '.join(words[2:])}**"
    return f"**{label} {text}**"

def build(meta, parts, style, annex=None):
    """parts: list of str (prose paragraphs, '#I. TITLE' level-1, '##1. Title' level-2, or ('TABLE', rows, head))"""
    out = [header(meta["i1"], meta["i2"], meta["number"], meta["place"], meta["date"], meta["title"])]
    for p in parts:
        if isinstance(p, tuple):
            out.append(render(p[1], style, p[2] if len(p) > 2 else 1))
        elif p.startswith("##"):
            lab, _, t = p[2:].partition(" ")
            out.append(f"**{lab} {t}**")
        elif p.startswith("#"):
            lab, _, t = p[1:].partition(" ")
            out.append(heading(lab, t))
        elif p.startswith("*"):
            out.append(p)
        else:
            out.append(wrap_prose(p))
    out.append(wrap_prose(f"Trên đây là Kế hoạch {meta['short']}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh để xem xét, giải quyết./."))
    out.append(f"""
|
Nơi nhận:
- Như mục IV;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, KT.
|
**TM. ỦY BAN NHÂN
DÂN**
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
{meta['signer']}
|""")
    if annex:
        title, pre, rows, head = annex
        out.append(f"**PHỤ LỤC**\n\n**{title}**\n\n*(Kèm theo Kế hoạch số {meta['number']} ngày {meta['date'][0]:02d}/{meta['date'][1]:02d}/{meta['date'][2]} của Ủy ban nhân dân {meta['prov']})*")
        if pre:
            out.append(pre)
        out.append(render(rows, style, head))
    return "\n\n".join(out) + "\n"
