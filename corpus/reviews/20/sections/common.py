"""Shared pieces for the made-up cases (all names, numbers and wording invented)."""


def md_header(issuer1, issuer2, number, place, date, doc_type="KẾ HOẠCH", title_lines=()):
    d, m, y = date
    out = ["|", f"**{issuer1}**"]
    if issuer2:
        out.append(f"**{issuer2}**")
    out += ["-------", "|", "**CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM**", "Độc lập - Tự do - Hạnh phúc",
            "---------------", "|", "|", f"Số: {number}", "|", f"*{place}, ngày {d}", f"tháng {m} năm {y}*", "|",
            "", "", f"**{doc_type}**", ""]
    out += list(title_lines)
    out.append("")
    return "\n".join(out) + "\n"


def md_sign(capacity_lines, signer, recipients=("- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
                                                "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KGVX.")):
    out = ["", "|", "**Nơi nhận:**"] + list(recipients) + ["|"]
    for i, c in enumerate(capacity_lines):
        out.append(f"**{c}**" if i != len(capacity_lines) - 1 or True else c)
    out += ["", "", f"**{signer}**", "|", ""]
    return "\n".join(out) + "\n"


def pdf_header(left1, left2, number, place, date, doc_type="KẾ HOẠCH", title_lines=()):
    d, m, y = date
    out = [f"{left1:<34}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           f"{left2:<38}Độc lập - Tự do - Hạnh phúc",
           "",
           f"Số: {number:<28}{place}, ngày {d} tháng {m} năm {y}",
           "",
           f"{'':<30}{doc_type}"]
    for t in title_lines:
        out.append(f"{'':<8}{t}")
    out.append("")
    return "\n".join(out) + "\n"


def pdf_sign(cap_lines, signer, recipients=("- Thường trực Huyện ủy;", "- Thường trực HĐND huyện;",
                                             "- Các phòng, ban, ngành;", "- Lưu: VT.")):
    out = [""]
    rec = ["Nơi nhận:"] + list(recipients)
    right = list(cap_lines) + ["", "(Đã ký)", "", signer]
    n = max(len(rec), len(right))
    for i in range(n):
        a = rec[i] if i < len(rec) else ""
        b = right[i] if i < len(right) else ""
        out.append(f"{a:<46}{b}".rstrip())
    return "\n".join(out) + "\n"


def page(n):
    return f"\n{n}\n\f"
