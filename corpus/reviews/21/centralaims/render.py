"""Renderings of made-up central documents (review 21 / centralaims).

A body is a list of blocks:
  ("H1", "I", "MỤC TIÊU")            level-1 Roman heading
  ("H2", "1.", "Mục tiêu cụ thể")    numbered sub-heading
  ("H3", "a)", "Đến năm 2027:")      lettered label (may carry run-in text)
  ("P", text)                        paragraph
  ("B", text)                        "- " bullet
  ("BB", text)                       "+ " bullet
Three renderings: repo (repository markdown with # headings), tvpl (legal-database markdown,
**bold** hard-wrapped headings, short first line, ~80-character wraps), pdf (text layer, lines
hard-wrapped with a trailing space, page numbers).
"""
from __future__ import annotations

import random
import textwrap


def _wrap_tvpl(text, rnd, width=80):
    words = text.split(" ")
    if len(text) < 40:
        return text
    first_len = rnd.randint(22, 34)
    first, i = [], 0
    while i < len(words) and len(" ".join(first + [words[i]])) <= first_len:
        first.append(words[i])
        i += 1
    if not first:
        first, i = [words[0]], 1
    rest = " ".join(words[i:])
    lines = [" ".join(first)] + (textwrap.wrap(rest, width, break_long_words=False,
                                               break_on_hyphens=False) if rest else [])
    return "\n".join(lines)


def _wrap_pdf(text, rnd, width=None):
    width = width or rnd.randint(86, 96)
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return [ln + " " for ln in lines]


def _bold_heading(s, rnd):
    words = s.split(" ")
    if len(words) >= 3 and rnd.random() < 0.7:
        k = rnd.randint(2, min(4, len(words) - 1))
        return "**" + " ".join(words[:k]) + "\n" + " ".join(words[k:]) + "**"
    return "**" + s + "**"


def body_repo(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "H1":
            out.append(f"## {b[1]}. {b[2]}")
        elif t == "H2":
            out.append(f"### {b[1]} {b[2]}")
        elif t == "H3":
            out.append(f"{b[1]} {b[2]}")
        elif t == "P":
            out.append(b[1])
        elif t == "B":
            out.append(f"- {b[1]}")
        elif t == "BB":
            out.append(f"    + {b[1]}")
        out.append("")
    return "\n".join(out)


def body_tvpl(blocks, rnd):
    out = []
    for b in blocks:
        t = b[0]
        if t == "H1":
            out.append(_bold_heading(f"{b[1]}. {b[2]}", rnd))
        elif t == "H2":
            out.append(_bold_heading(f"{b[1]} {b[2]}", rnd))
        elif t == "H3":
            out.append(_wrap_tvpl(f"{b[1]} {b[2]}", rnd))
        elif t == "P":
            out.append(_wrap_tvpl(b[1], rnd))
        elif t == "B":
            out.append(_wrap_tvpl(f"- {b[1]}", rnd))
        elif t == "BB":
            out.append(_wrap_tvpl(f"+ {b[1]}", rnd))
        out.append("")
    return "\n".join(out)


def body_pdf(blocks, rnd, page=2, every=38):
    lines = []
    for b in blocks:
        t = b[0]
        if t == "H1":
            lines += _wrap_pdf(f"{b[1]}. {b[2]}", rnd)
        elif t == "H2":
            lines += _wrap_pdf(f"{b[1]} {b[2]}", rnd)
        elif t == "H3":
            lines += _wrap_pdf(f"{b[1]} {b[2]}", rnd)
        elif t == "P":
            lines += _wrap_pdf(b[1], rnd)
        elif t == "B":
            lines += _wrap_pdf(f"- {b[1]}", rnd)
        elif t == "BB":
            lines += _wrap_pdf(f"+ {b[1]}", rnd)
    out = []
    for i, ln in enumerate(lines):
        if i and i % every == 0:
            out.append(f"{page} ")
            page += 1
        out.append(ln)
    return "\n".join(out), page


# ---------------------------------------------------------------- frames
# kind: "qd" (Prime Minister's decision approving X, content inside Điều 1),
#       "nq" (Government resolution issuing an action programme, programme attached),
#       "kh" (a ministry's plan)

def header(rendering, left, number, date_line, doc_type, title, left2=None):
    if rendering == "repo":
        l = left + (f"<br>{left2}" if left2 else "")
        return (f"| {l} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n"
                f"|---|---|\n| Số: {number} | {date_line} |\n\n# {doc_type}\n\n## {title}\n")
    if rendering == "tvpl":
        l2 = (left2 + "\n") if left2 else ""
        t = title.upper() if doc_type == "QUYẾT ĐỊNH" else title
        return (f"|\n**{left}**\n{l2}-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                f"Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: {number}\n|\n*{date_line}*\n|\n\n"
                f"**{doc_type}**\n{_wrap_tvpl(t, random.Random(len(t)), 86)}\n")
    # pdf
    l2 = (left2 + " ") if left2 else ""
    return (f"{left} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n{l2}Độc lập - Tự do - Hạnh phúc \n"
            f"Số: {number} {date_line} \n{doc_type} \n"
            + "\n".join(_wrap_pdf(title, random.Random(len(title)), 90)) + "\n")


def para(rendering, text, rnd, italic=False):
    if rendering == "repo":
        return (f"*{text}*" if italic else text) + "\n"
    if rendering == "tvpl":
        w = _wrap_tvpl(text, rnd)
        return (f"*{w}*" if italic else w) + "\n"
    return "\n".join(_wrap_pdf(text, rnd)) + "\n"


def heading_line(rendering, text, rnd, level=3):
    if rendering == "repo":
        return "#" * level + " " + text + "\n"
    if rendering == "tvpl":
        return _bold_heading(text, rnd) + "\n"
    return text + " \n"


def body(rendering, blocks, rnd):
    if rendering == "repo":
        return body_repo(blocks)
    if rendering == "tvpl":
        return body_tvpl(blocks, rnd)
    return body_pdf(blocks, rnd)[0] + "\n"


def signature(rendering, capacity, title, name):
    if rendering == "repo":
        return f"\n**{capacity}**<br>**{title}**\n\n**{name}**\n"
    if rendering == "tvpl":
        return (f"|\n**Nơi nhận:**\n- Như Điều 3;\n- Lưu: VT.\n|\n**{capacity}\n{title}**\n\n\n\n\n**{name}**\n|\n")
    return f"Nơi nhận: {capacity} \n- Như Điều 3; {title} \n- Lưu: VT. \n{name} \n"


def _fin(rendering, text):
    if rendering == "pdf":
        import re
        text = re.sub(r"\n\s*\n+", "\n", text)
    return text


def doc_qd(rendering, seed, number, date_line, title, approve, blocks, tail_unit="Bộ Kế hoạch và Phát triển"):
    """Prime Minister's decision approving a strategy / programme / scheme; the content sits inside
    Điều 1 (as real QĐ-TTg approving decisions print it)."""
    rnd = random.Random(seed)
    out = [header(rendering, "THỦ TƯỚNG CHÍNH PHỦ", number, date_line, "QUYẾT ĐỊNH", title)]
    out.append(para(rendering, "THỦ TƯỚNG CHÍNH PHỦ", rnd) if rendering != "tvpl" else "**THỦ TƯỚNG CHÍNH PHỦ**\n")
    out.append(para(rendering, "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", rnd, italic=True))
    out.append(para(rendering, f"Theo đề nghị của Bộ trưởng {tail_unit}.", rnd, italic=True))
    out.append(heading_line(rendering, "QUYẾT ĐỊNH:", rnd) if rendering != "pdf" else "QUYẾT ĐỊNH: \n")
    if rendering == "repo":
        out.append(f"### Điều 1.\n\nPhê duyệt {approve} với những nội dung chủ yếu sau:\n")
    elif rendering == "tvpl":
        out.append("**Điều 1. **" + _wrap_tvpl(f"Phê duyệt {approve} với những nội dung chủ yếu sau:", rnd) + "\n")
    else:
        out.append("\n".join(_wrap_pdf(f"Điều 1. Phê duyệt {approve} với những nội dung chủ yếu sau:", rnd)) + "\n")
    out.append(body(rendering, blocks, rnd))
    if rendering == "repo":
        out.append("### Điều 2.\n\nQuyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n\n### Điều 3.\n\n"
                   "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
                   "trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.\n")
    elif rendering == "tvpl":
        out.append("**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n\n"
                   "**Điều 3.** " + _wrap_tvpl("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân "
                   "dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.", rnd) + "\n")
    else:
        out.append("\n".join(_wrap_pdf("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", rnd)) + "\n")
        out.append("\n".join(_wrap_pdf("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân "
                   "dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.", rnd)) + "\n")
    out.append(signature(rendering, "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Lương Văn Khải"))
    return _fin(rendering, "\n".join(out))


def doc_nq(rendering, seed, number, date_line, prog_title, blocks, short_date):
    """Government resolution issuing an action programme; the programme follows the signature."""
    rnd = random.Random(seed)
    title = f"Ban hành Chương trình hành động của Chính phủ {prog_title}"
    out = [header(rendering, "CHÍNH PHỦ", number, date_line, "NGHỊ QUYẾT", title)]
    out.append("**CHÍNH PHỦ**\n" if rendering == "tvpl" else para(rendering, "CHÍNH PHỦ", rnd))
    out.append(para(rendering, "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", rnd, italic=True))
    out.append(heading_line(rendering, "QUYẾT NGHỊ:", rnd) if rendering != "pdf" else "QUYẾT NGHỊ: \n")
    art = [("Điều 1.", f"Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ {prog_title}."),
           ("Điều 2.", "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành."),
           ("Điều 3.", "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch "
                       "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.")]
    for a, t in art:
        if rendering == "repo":
            out.append(f"### {a}\n\n{t}\n")
        elif rendering == "tvpl":
            out.append(f"**{a}** " + _wrap_tvpl(t, rnd) + "\n")
        else:
            out.append("\n".join(_wrap_pdf(f"{a} {t}", rnd)) + "\n")
    out.append(signature(rendering, "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Trịnh Quốc Hưng"))
    sub = f"(Ban hành kèm theo Nghị quyết số {number} ngày {short_date} của Chính phủ)"
    if rendering == "repo":
        out.append(f"---\n\n# CHƯƠNG TRÌNH HÀNH ĐỘNG\n\n## Của Chính phủ {prog_title}\n\n*{sub}*\n")
    elif rendering == "tvpl":
        out.append(f"**CHƯƠNG TRÌNH HÀNH ĐỘNG**\n\n**{_wrap_tvpl('CỦA CHÍNH PHỦ ' + prog_title.upper(), rnd, 86)}**\n\n*{sub}*\n")
    else:
        out.append("CHƯƠNG TRÌNH HÀNH ĐỘNG \n" + "\n".join(_wrap_pdf("Của Chính phủ " + prog_title, rnd)) + "\n" + sub + " \n")
    out.append(body(rendering, blocks, rnd))
    return _fin(rendering, "\n".join(out))


def doc_kh(rendering, seed, ministry, number, date_line, title, preamble, blocks, signer=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phan Minh Tuệ")):
    rnd = random.Random(seed)
    out = [header(rendering, ministry, number, date_line, "KẾ HOẠCH", title)]
    out.append(para(rendering, preamble, rnd))
    out.append(body(rendering, blocks, rnd))
    out.append(para(rendering, "Trên đây là Kế hoạch của Bộ; trong quá trình thực hiện, nếu có vướng mắc, các "
                    "đơn vị phản ánh về Văn phòng Bộ để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./.", rnd))
    out.append(signature(rendering, *signer))
    return _fin(rendering, "\n".join(out))
