"""A whole short plan in the legal-database markdown style around a table."""
from __future__ import annotations


def wrap_bold(text, first=12):
    """A bold heading hard-wrapped after a short first line, as the legal-database pages print."""
    words = text.split()
    head, rest = [], []
    for w in words:
        if len(" ".join(head + [w])) <= first and not rest:
            head.append(w)
        else:
            rest.append(w)
    if not rest:
        return f"**{text}**"
    return f"**{' '.join(head)}\n{' '.join(rest)}**"


def header(province, number, place, day, month, year, doc_type="KẾ HOẠCH"):
    return f"""|
**ỦY BAN NHÂN
DÂN **
TỈNH {province.upper()}
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
{number}
|
*{place}, ngày {day}
tháng {month} năm {year}*
|


**{doc_type}**
"""


def signature(province, signer, recipients):
    rec = "\n".join(f"- {r};" for r in recipients)
    return f"""|
***Nơi nhận:***
{rec}
- Lưu: VT.
|
**TM. ỦY BAN NHÂN
DÂN**
KT. CHỦ TỊCH
**PHÓ CHỦ TỊCH**
**{signer}**
|
"""


def plan(*, province, number, place, date, title, preamble, sections, signer, recipients,
         annexes=()):
    """sections: list of (roman, title, body text). annexes: list of text blocks after the signature."""
    day, month, year = date
    out = [header(province, number, place, day, month, year), title, "", f"*{preamble}*", ""]
    for roman, stitle, body in sections:
        out.append(wrap_bold(f"{roman}. {stitle}"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append(f"Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh {province}; yêu cầu các cơ quan, đơn vị "
               "triển khai thực hiện nghiêm túc./.")
    out.append("")
    out.append(signature(province, signer, recipients))
    for a in annexes:
        out.append("")
        out.append(a.strip("\n"))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def annex(label, title_lines, kem_theo, table, extra_lines=()):
    """An annex block: label, title (capitals), the bracket line, extra lines (a unit line), table."""
    parts = [f"**{label}**", ""]
    parts += [f"**{t}**" for t in title_lines]
    parts += ["", f"*({kem_theo})*", ""]
    for e in extra_lines:
        parts += [e, ""]
    parts.append(table)
    return "\n".join(parts)
