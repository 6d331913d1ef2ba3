"""Document wrappers in the legal-database style (TVPL markdown)."""


def header(issuer1, issuer2, code, place, date_text):
    return f"""|
**{issuer1}
{issuer2}**
-------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
{code}
|
*{place}, {date_text}*
|
"""


def signature(issuer_short, signer, recipients):
    rec = "\n".join(f"- {r};" for r in recipients)
    return f"""|
***Nơi nhận:***
{rec}
- Lưu: VT.
|
**TM. {issuer_short}
**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**{signer}**
|
"""


def plan(*, issuer2, code, place, date_text, title_lines, preamble, sections, signer, annex=None,
         recipients=("Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Các sở, ban, ngành tỉnh",
                     "UBND các xã, phường")):
    parts = [header("ỦY BAN NHÂN DÂN", issuer2, code, place, date_text), "\n\n**KẾ HOẠCH**\n\n"]
    parts.append("\n".join(title_lines) + "\n\n")
    parts.append(preamble.strip() + "\n\n")
    for s in sections:
        parts.append(s.strip("\n") + "\n\n")
    parts.append(signature("ỦY BAN NHÂN DÂN", signer, recipients))
    if annex:
        parts.append("\n\n" + annex.strip("\n") + "\n")
    return "".join(parts)


def decision(*, issuer2, code, place, date_text, subject_lines, bases, plan_title_lines, plan_code,
             sections, signer, annex=None):
    parts = [header("ỦY BAN NHÂN DÂN", issuer2, code, place, date_text), "\n\n**QUYẾT ĐỊNH**\n\n"]
    parts.append("\n".join(subject_lines) + "\n\n")
    parts.append(f"**ỦY BAN NHÂN DÂN {issuer2}**\n\n")
    for b in bases:
        parts.append(f"*{b}*\n\n")
    parts.append("**QUYẾT ĐỊNH:**\n\n")
    parts.append("**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch "
                 + plan_title_lines[1].lower() + ".\n\n")
    parts.append("**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n")
    parts.append("**Điều 3.** Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND\n"
                 "các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n\n")
    parts.append(signature("ỦY BAN NHÂN DÂN", signer, ("Như Điều 3", "Thường trực Tỉnh ủy")))
    parts.append("\n\n**" + plan_title_lines[0] + "**\n\n" + "\n".join(plan_title_lines[1:]) + "\n")
    parts.append(f"*(Kèm theo Quyết định số {plan_code} của UBND {issuer2.lower().replace('tỉnh', 'tỉnh').title() if False else 'tỉnh'})*\n\n")
    for s in sections:
        parts.append(s.strip("\n") + "\n\n")
    if annex:
        parts.append(annex.strip("\n") + "\n")
    return "".join(parts)
