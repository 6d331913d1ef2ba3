"""Frames (document headers, decision articles, signature) and the two table renderings.

Cell text conventions: "\n" is a soft wrap (one-cell rendering keeps it as a line break, a pipe
row turns it into a space); "¶" is a hard line inside the cell (one-cell: a new line; pipe: the
case's `br`, "<br>" by default).  A cell that is None is a merged (rowspan) leftover: left out in
the one-cell rendering, written blank in pipe rows.  A row that is ("G", label, title) is a group
row (one-cell: two cells, or one when label is None; pipe: label, title and blanks).
"""

TASKS = [
    "Rà soát, sửa đổi, bổ sung các quy định\nvề phân cấp, ủy quyền trong lĩnh vực được giao",
    "Xây dựng cơ sở dữ liệu dùng chung và\nkết nối, chia sẻ dữ liệu với hệ thống thông tin của tỉnh",
    "Tổ chức tuyên truyền, phổ biến nội dung\ncủa Kế hoạch đến cán bộ, công chức và Nhân dân",
    "Đánh giá tình hình thực hiện và đề xuất\ngiải pháp tháo gỡ khó khăn, vướng mắc",
    "Tổ chức tập huấn, bồi dưỡng kỹ năng cho\nđội ngũ cán bộ làm công tác chuyên môn",
    "Hướng dẫn các địa phương lập danh mục\ndự án ưu tiên đầu tư giai đoạn 2026 - 2030",
    "Xây dựng bộ chỉ số theo dõi, đánh giá\nkết quả thực hiện các mục tiêu của Kế hoạch",
    "Kiểm tra việc chấp hành quy định pháp luật\ntại các cơ sở sản xuất, kinh doanh",
    "Bố trí kinh phí thực hiện các nhiệm vụ\ntheo phân cấp ngân sách hiện hành",
    "Nghiên cứu, đề xuất cơ chế hỗ trợ doanh nghiệp\nnhỏ và vừa tiếp cận nguồn vốn tín dụng",
    "Sơ kết, đánh giá kết quả thực hiện giai đoạn\n2026 - 2028, đề xuất điều chỉnh mục tiêu",
    "Triển khai nền tảng số phục vụ quản lý,\nđiều hành và cung cấp dịch vụ công trực tuyến",
    "Phát triển mạng lưới cơ sở hỗ trợ khởi nghiệp\nđổi mới sáng tạo tại các trường, viện",
    "Xây dựng và ban hành quy chế phối hợp\ngiữa các cơ quan trong quản lý nhà nước",
    "Tổ chức diễn đàn, hội nghị xúc tiến\nđầu tư, thương mại trong và ngoài nước",
]


def bold(s):
    return f"**{s}**"


def _oc_cell(c):
    return c.replace("¶", "\n")


def onecell(header_rows, rows, group_cells=2):
    """The legal-database rendering: every | and every cell on its own line."""
    lines = []
    for hr in header_rows:
        lines.append("|")
        for c in hr:
            if c is None:
                continue
            if c != "":
                lines.append(bold(_oc_cell(c)))
            lines.append("|")
    for r in rows:
        lines.append("|")
        if isinstance(r, tuple) and r and r[0] == "G":
            _, label, title = r
            if label is not None and group_cells == 2:
                lines += [bold(label), "|"]
                lines += [bold(title), "|"]
            else:
                lines += [bold(f"{label} {title}" if label else title), "|"]
            continue
        for c in r:
            if c is None:
                continue
            if c != "":
                lines.append(_oc_cell(c))
            lines.append("|")
    return "\n".join(lines) + "\n"


def pipes(header_rows, rows, br="<br>", bold_header=False):
    width = len(header_rows[0])

    def cell(c):
        if c is None:
            return ""
        return c.replace("\n", " ").replace("¶", br)

    out = []
    for i, hr in enumerate(header_rows):
        cells = [cell(c) for c in hr]
        if bold_header:
            cells = [bold(c) if c else c for c in cells]
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    for r in rows:
        if isinstance(r, tuple) and r and r[0] == "G":
            _, label, title = r
            cells = [bold(label) if label else "", bold(title)] + [""] * (width - 2)
        else:
            cells = [cell(c) for c in r]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- frames

def prov_header_oc(prov, number, symbol, place, date, upper="ỦY BAN NHÂN DÂN"):
    d, m, y = date
    return f"""|
**{upper}**
TỈNH {prov.upper()}
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}/{symbol}
|
*{place}, ngày {d} tháng {m} năm {y}*
|
"""


def prov_header_pipe(prov, number, symbol, place, date, upper="ỦY BAN NHÂN DÂN"):
    d, m, y = date
    return f"""| **{upper} TỈNH {prov.upper()}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {number}/{symbol} | *{place}, ngày {d} tháng {m} năm {y}* |
"""


def signature_oc(recipients, capacity, title, name):
    rec = "\n".join(f"- {r};" for r in recipients)
    return f"""|
*Nơi nhận:*
{rec}
- Lưu: VT.
|
**{capacity}**
**{title}**
**{name}**
|
"""


def signature_pipe(recipients, capacity, title, name):
    rec = "<br>".join(f"- {r};" for r in recipients)
    return f"""| *Nơi nhận:*<br>{rec}<br>- Lưu: VT. | **{capacity}**<br>**{title}**<br>**{name}** |
|---|---|
"""


PROV_RECIPIENTS = ["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                   "Các sở, ban, ngành tỉnh", "UBND các xã, phường"]

PROV_DIEU3 = ("**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban,\n"
              "ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên\n"
              "quan chịu trách nhiệm thi hành Quyết định này.")
PROV_DIEU3_UNITS = ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các sở",
                    "Thủ trưởng các ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"]

GOV_DIEU3 = ("**Điều 3.** Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,\n"
             "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm\n"
             "tổ chức thi hành {what} này.")
GOV_DIEU3_UNITS = ["Các Bộ trưởng", "Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
                   "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]

PLAN_BODY = """**I. MỤC
ĐÍCH, YÊU CẦU**

1. Cụ thể hóa các nhiệm vụ, giải pháp để tổ chức thực hiện hiệu quả
{topic} trên địa bàn tỉnh.

2. Xác định rõ nội dung, thời hạn hoàn thành và trách nhiệm của các cơ quan,
đơn vị trong tổ chức thực hiện; bảo đảm tính khả thi, đồng bộ.

**II. NHIỆM VỤ,
GIẢI PHÁP CHỦ YẾU**

Các nhiệm vụ, giải pháp cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này.

**III. TỔ CHỨC
THỰC HIỆN**

1. Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục chủ động xây dựng kế hoạch
chi tiết, tổ chức triển khai thực hiện, bảo đảm tiến độ và chất lượng.

2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc cần sửa đổi, bổ
sung nhiệm vụ, các cơ quan, đơn vị kịp thời đề xuất để xem xét, quyết định./.
"""


def prov_kh(render, prov, place, number, date, title, topic, annex_title, table, signer="Trần Minh Khoa",
            upper="ỦY BAN NHÂN DÂN", symbol="KH-UBND", body=None):
    head = prov_header_oc if render == "oc" else prov_header_pipe
    sig = signature_oc if render == "oc" else signature_pipe
    d, m, y = date
    b = body if body is not None else PLAN_BODY.format(topic=topic)
    return (head(prov, number, symbol, place, date, upper) + "\n\n**KẾ HOẠCH**\n\n" + title + "\n\n"
            + f"Ủy ban nhân dân tỉnh ban hành Kế hoạch {topic} như sau:\n\n" + b + "\n"
            + sig(PROV_RECIPIENTS, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer)
            + "\n\n**PHỤ LỤC**\n\n" + annex_title + "\n\n"
            + f"*(Kèm theo Kế hoạch số {number}/{symbol} ngày {d}/{m}/{y} của Ủy ban nhân dân tỉnh)*\n\n"
            + table)


def prov_qd(render, prov, place, number, date, title, topic, annex_title, table, signer="Nguyễn Hữu Phước",
            proposer="Giám đốc Sở Tài chính", body=None):
    head = prov_header_oc if render == "oc" else prov_header_pipe
    sig = signature_oc if render == "oc" else signature_pipe
    d, m, y = date
    b = body if body is not None else PLAN_BODY.format(topic=topic)
    return (head(prov, number, "QĐ-UBND", place, date) + "\n\n**QUYẾT ĐỊNH**\n\n"
            + f"Ban hành Kế hoạch {topic}\n\n**ỦY BAN NHÂN DÂN TỈNH {prov.upper()}**\n\n"
            + "*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*\n\n"
            + f"*Theo đề nghị của {proposer}.*\n\n**QUYẾT ĐỊNH:**\n\n"
            + f"**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {topic}.\n\n"
            + "**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n" + PROV_DIEU3 + "\n\n"
            + sig(PROV_RECIPIENTS, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", signer)
            + f"\n\n**KẾ HOẠCH**\n\n{title}\n\n"
            + f"*(Kèm theo Quyết định số {number}/QĐ-UBND ngày {d}/{m}/{y} của Ủy ban nhân dân tỉnh {prov})*\n\n"
            + b + "\n**PHỤ LỤC**\n\n" + annex_title + "\n\n" + table)


GOV_RECIPIENTS = ["Như Điều 3", "Văn phòng Trung ương Đảng", "Thủ tướng Chính phủ, các Phó Thủ tướng",
                  "Văn phòng Chủ tịch nước", "Lưu trữ VPCP"]

GOV_BODY = """**I. MỤC TIÊU**

Cụ thể hóa các nhiệm vụ, giải pháp để tổ chức thực hiện có hiệu quả {topic};
xác định rõ cơ quan chủ trì, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ.

**II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Các nhiệm vụ, giải pháp cụ thể tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

1. Trên cơ sở nhiệm vụ được giao, các cơ quan được phân công xây dựng kế hoạch
triển khai, bố trí nguồn lực, bảo đảm hoàn thành đúng thời hạn.

2. Trong quá trình thực hiện, trường hợp cần sửa đổi, bổ sung nhiệm vụ, các cơ
quan chủ động đề xuất, trình cấp có thẩm quyền xem xét, quyết định./.
"""


def gov(render, kind, number, date, title, topic, annex_title, table, signer="Lê Văn Tường"):
    """kind: "NQ-CP" (Government resolution issuing an action programme) or "QĐ-TTg"."""
    d, m, y = date
    if kind == "NQ-CP":
        issuer, doctype, what, cap, plan = "CHÍNH PHỦ", "NGHỊ QUYẾT", "Nghị quyết", "TM. CHÍNH PHỦ", "CHƯƠNG TRÌNH HÀNH ĐỘNG"
        decide = "**QUYẾT NGHỊ:**"
        art1 = f"**Điều 1.** Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ {topic}."
        att = f"*(Kèm theo Nghị quyết số {number}/NQ-CP ngày {d} tháng {m} năm {y} của Chính phủ)*"
    else:
        issuer, doctype, what, cap, plan = "THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH", "Quyết định", "KT. THỦ TƯỚNG", "KẾ HOẠCH"
        decide = "**QUYẾT ĐỊNH:**"
        art1 = f"**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {topic}."
        att = f"*(Kèm theo Quyết định số {number}/QĐ-TTg ngày {d} tháng {m} năm {y} của Thủ tướng Chính phủ)*"
    if render == "oc":
        head = f"""|
**{issuer}**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}/{kind}
|
*Hà Nội, ngày {d} tháng {m} năm {y}*
|
"""
        sig = signature_oc(GOV_RECIPIENTS, cap, "PHÓ THỦ TƯỚNG" if kind == "QĐ-TTg" else "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG", signer)
    else:
        head = f"""| **{issuer}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {number}/{kind} | *Hà Nội, ngày {d} tháng {m} năm {y}* |
"""
        sig = signature_pipe(GOV_RECIPIENTS, cap, "PHÓ THỦ TƯỚNG" if kind == "QĐ-TTg" else "KT. THỦ TƯỚNG<br>PHÓ THỦ TƯỚNG", signer)
    return (head + f"\n\n**{doctype}**\n\n{title}\n\n**{issuer}**\n\n"
            + "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n" + decide + "\n\n"
            + art1 + "\n\n" + f"**Điều 2.** {what} này có hiệu lực thi hành kể từ ngày ký ban hành.\n\n"
            + GOV_DIEU3.format(what=what) + "\n\n" + sig
            + f"\n\n**{plan}**\n\n{title.upper() if kind == 'NQ-CP' else title}\n\n{att}\n\n"
            + GOV_BODY.format(topic=topic) + "\n**PHỤ LỤC**\n\n" + annex_title + "\n\n"
            + f"{att}\n\n" + table)


def ministry(render, ministry_upper, ministry_name, short, number, date, title, topic, annex_title, table,
             signer="Đỗ Thanh Bình", dieu3=None):
    d, m, y = date
    if render == "oc":
        head = f"""|
**{ministry_upper}**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}/QĐ-{short}
|
*Hà Nội, ngày {d} tháng {m} năm {y}*
|
"""
        sig = signature_oc(["Bộ trưởng (để b/c)", "Các Thứ trưởng", "Như Điều 3"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", signer)
    else:
        head = f"""| **{ministry_upper}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {number}/QĐ-{short} | *Hà Nội, ngày {d} tháng {m} năm {y}* |
"""
        sig = signature_pipe(["Bộ trưởng (để b/c)", "Các Thứ trưởng", "Như Điều 3"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", signer)
    return (head + f"\n\n**QUYẾT ĐỊNH**\n\n{title}\n\n**BỘ TRƯỞNG {ministry_upper[4:]}**\n\n"
            + f"*Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {ministry_name};*\n\n"
            + "**QUYẾT ĐỊNH:**\n\n" + f"**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch {topic}.\n\n"
            + "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n" + dieu3 + "\n\n" + sig
            + f"\n\n**KẾ HOẠCH**\n\n{title}\n\n*(Kèm theo Quyết định số {number}/QĐ-{short} ngày {d}/{m}/{y} của Bộ trưởng {ministry_name})*\n\n"
            + GOV_BODY.format(topic=topic) + "\n**PHỤ LỤC**\n\n" + annex_title + "\n\n" + table)
