"""Build the cases (whole short plans around a table) and their expectations, written before any run.

Each logical table is rendered as md pipes (odd case numbers) and as the legal-database
"one cell a line" rendering (even case numbers)."""
from __future__ import annotations

import json
from pathlib import Path

from doc import annex, plan
from render import C, render

HERE = Path(__file__).parent
CASES = HERE / "cases"
CASES.mkdir(exist_ok=True)


def T(value, unit, deadline, words, kind="target", until=None, optional=False):
    """An expected target: deadline a year, a list of accepted years, or None; words: required
    words of the indicator (each a string that must occur in the folded indicator)."""
    return {"value": value, "until": until, "unit": unit, "kind": kind,
            "deadline": deadline if isinstance(deadline, list) or deadline is None else [deadline],
            "words": words, "optional": optional}


def num(v):
    """'12.400' -> 12400, '7,5' -> 7.5"""
    s = str(v)
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    return int(s.replace(".", ""))


# ----------------------------------------------------------------------------- plan frames

def units_iv(lead, tasks_lead="Triển khai các nội dung của Kế hoạch thuộc lĩnh vực được giao; tổng hợp "
             "kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm."):
    text = f"""{lead_heading(1, lead)}

{tasks_lead}

{lead_heading(2, 'Sở Tài chính')}

Cân đối, bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.

{lead_heading(3, 'Ủy ban nhân dân các xã, phường')}

Xây dựng kế hoạch thực hiện tại địa phương; tổ chức triển khai các nhiệm vụ được giao."""
    units = [(lead, "execute"), ("Ủy ban nhân dân tỉnh", "report"), ("Sở Tài chính", "execute"),
             ("Ủy ban nhân dân các xã, phường", "execute")]
    return text, units


def lead_heading(n, name):
    return f"**{n}. {name}**"


def std_plan(*, province, number, date, title, topic, lead, aims_text, tasks_text, annexes=(),
             extra_sections=(), iv_text=None, iv_units=None, signer="Trần Văn Khải"):
    iv, units = units_iv(lead)
    if iv_text is not None:
        iv, units = iv_text, iv_units
    sections = [
        ("I", "MỤC ĐÍCH, YÊU CẦU",
         f"**1. Mục đích**\n\nTriển khai đồng bộ các giải pháp {topic}, góp phần thúc đẩy phát triển "
         f"kinh tế - xã hội của tỉnh.\n\n**2. Yêu cầu**\n\nXác định rõ nội dung, tiến độ và trách "
         f"nhiệm của các cơ quan, đơn vị; bảo đảm tính khả thi, phù hợp điều kiện thực tế của địa phương."),
        ("II", "MỤC TIÊU", aims_text),
        ("III", "NHIỆM VỤ, GIẢI PHÁP", tasks_text),
        *extra_sections,
        ("IV" if not extra_sections else "V", "TỔ CHỨC THỰC HIỆN", iv),
    ]
    text = plan(province=province, number=number, place=province, date=date, title=title,
                preamble=f"Thực hiện Nghị quyết số 18/NQ-HĐND ngày 05/12/2025 của Hội đồng nhân dân tỉnh "
                         f"{province} về kế hoạch phát triển kinh tế - xã hội năm 2026; Ủy ban nhân dân "
                         f"tỉnh ban hành Kế hoạch {topic}, như sau:",
                sections=sections, signer=signer,
                recipients=["Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                            "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
                annexes=annexes)
    return text, units


KEM = "Kèm theo Kế hoạch số {n} ngày {d} tháng {m} năm {y} của Ủy ban nhân dân tỉnh {p}"

GENERIC_AIMS = ("**1. Mục tiêu chung**\n\nNâng cao hiệu quả {topic}; huy động sự tham gia của cả hệ "
                "thống chính trị và người dân.\n\n**2. Mục tiêu cụ thể**\n\nCác chỉ tiêu cụ thể tại Phụ lục kèm theo Kế hoạch này.")
GENERIC_TASKS = ("**1. Hoàn thiện cơ chế, chính sách**\n\nRà soát, đề xuất sửa đổi các cơ chế, chính sách hỗ trợ "
                 "phù hợp với điều kiện của tỉnh.\n\n**2. Tăng cường công tác tuyên truyền**\n\nĐa dạng "
                 "hóa hình thức tuyên truyền, phổ biến các chủ trương, chính sách đến người dân và doanh nghiệp.")

CASES_OUT = []  # (name, text, expect)


def add(name, text, targets, units, note):
    CASES_OUT.append((name, text, {"note": note, "targets": targets,
                                   "units": [{"unit": u, "role": r} for u, r in units]}))


def both(tid, build, note):
    """build(how) -> (text, targets, units)."""
    for how in ("md", "onecell"):
        text, targets, units = build(how)
        add(f"{tid}-{how}", text, targets, units, note + f" [{how}]")


COMMUNES = ["Xã Tân Lập", "Xã Hòa Bình", "Phường Bắc Sơn", "Xã Phú Mỹ", "Xã Đồng Tâm"]


def year_rows_targets(rows, years, unit_of, words_of, kind="target"):
    out = []
    for label, unit, vals in rows:
        for y, v in zip(years, vals):
            if v in ("", "-"):
                continue
            out.append(T(num(v), unit_of(label, unit), str(y), words_of(label)))
    return out


# ----------------------------------------------------------------------------- t01 DANH MỤC … VÀ SẢN LƯỢNG
def t01(how):
    rows = [("Xi măng", "Nghìn tấn", ["2.450", "2.800", "3.200"]),
            ("Gạch ốp lát", "Triệu m2", ["18,5", "21,0", "24,0"]),
            ("Phân bón NPK", "Nghìn tấn", ["310", "350", "400"]),
            ("Điện sản xuất", "Triệu kWh", ["1.250", "1.480", "1.720"]),
            ("Nước máy thương phẩm", "Triệu m3", ["42", "48", "55"])]
    header = [["TT", "Sản phẩm", "Đơn vị tính", "Năm 2026", "Năm 2028", "Năm 2030"]]
    body = [[str(k + 1), r[0], r[1], *r[2]] for k, r in enumerate(rows)]
    p = "Lam Giang"
    ann = annex("PHỤ LỤC", ["DANH MỤC SẢN PHẨM CÔNG NGHIỆP CHỦ LỰC VÀ SẢN LƯỢNG GIAI ĐOẠN 2026 - 2030"],
                KEM.format(n="231/KH-UBND", d=18, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="231/KH-UBND", date=(18, 12, 2025),
                           title="Phát triển công nghiệp chủ lực giai đoạn 2026 - 2030",
                           topic="phát triển công nghiệp chủ lực giai đoạn 2026 - 2030", lead="Sở Công Thương",
                           aims_text=GENERIC_AIMS.format(topic="sản xuất công nghiệp"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    tg = year_rows_targets(rows, [2026, 2028, 2030], lambda l, u: u, lambda l: [l.split()[0].lower()])
    return text, tg, units


both("t01", t01, "annex title DANH MỤC … VÀ SẢN LƯỢNG (no aim word), years as columns")


# ----------------------------------------------------------------------------- t02 DANH SÁCH XÃ ĐĂNG KÝ
def t02(how):
    rows = [("Xã Tân Lập", "15", "19"), ("Xã Hòa Bình", "14", "18"), ("Xã Phú Mỹ", "16", "19"),
            ("Xã Đồng Tâm", "13", "17"), ("Xã Yên Phong", "15", "19")]
    header = [["TT", "Tên xã", "Số tiêu chí đã đạt đến 31/12/2025 (tiêu chí)",
               "Số tiêu chí đạt năm 2026 (tiêu chí)", "Ghi chú"]]
    body = [[str(k + 1), r[0], r[1], r[2], ""] for k, r in enumerate(rows)]
    p = "Hà Trung"
    ann = annex("PHỤ LỤC", ["DANH SÁCH CÁC XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO NĂM 2026"],
                KEM.format(n="12/KH-UBND", d=15, m=1, y=2026, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="12/KH-UBND", date=(15, 1, 2026),
                           title="Xây dựng nông thôn mới nâng cao năm 2026",
                           topic="xây dựng nông thôn mới nâng cao năm 2026", lead="Sở Nông nghiệp và Môi trường",
                           aims_text=GENERIC_AIMS.format(topic="xây dựng nông thôn mới"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    tg = [T(num(r[2]), "tiêu chí", "2026", [r[0].split(" ", 1)[1].lower()]) for r in rows]
    tg += [T(num(r[1]), "tiêu chí", ["2025"], [r[0].split(" ", 1)[1].lower()], kind="achieved", optional=True)
           for r in rows]
    return text, tg, units


both("t02", t02, "annex title DANH SÁCH … ĐĂNG KÝ (no aim word), commune rows, one year column")


# ----------------------------------------------------------------------------- t03 BẢNG TỔNG HỢP + BIỂU SỐ 01, no TT
def t03(how):
    rows = [("Tổng lượt khách du lịch", "Nghìn lượt", ["3.850", "4.200", "4.600"]),
            ("Trong đó: Khách quốc tế", "Nghìn lượt", ["420", "480", "550"]),
            ("Tổng thu từ khách du lịch", "Tỷ đồng", ["6.200", "7.100", "8.150"]),
            ("Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên", "Cơ sở", ["34", "38", "43"])]
    header = [["Chỉ số", "Đơn vị tính", "2026", "2027", "2028"]]
    body = [[r[0], r[1], *r[2]] for r in rows]
    p = "Đông Xuyên"
    kem = KEM.format(n="245/KH-UBND", d=22, m=12, y=2025, p=p)
    ann = "\n".join(["**PHỤ LỤC**", "", "**BIỂU SỐ 01**", "",
                     "**BẢNG TỔNG HỢP CÁC CHỈ SỐ PHÁT TRIỂN DU LỊCH THEO TỪNG NĂM**", "", f"*({kem})*", "",
                     render(header, body, how)])
    text, units = std_plan(province=p, number="245/KH-UBND", date=(22, 12, 2025),
                           title="Phát triển du lịch giai đoạn 2026 - 2028",
                           topic="phát triển du lịch giai đoạn 2026 - 2028",
                           lead="Sở Văn hóa, Thể thao và Du lịch",
                           aims_text=GENERIC_AIMS.format(topic="phát triển du lịch"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    words = {"Tổng lượt khách du lịch": ["lượt khách"], "Trong đó: Khách quốc tế": ["quốc tế"],
             "Tổng thu từ khách du lịch": ["thu", "khách du lịch"],
             "Cơ sở lưu trú đạt chuẩn từ 3 sao trở lên": ["lưu trú"]}
    tg = year_rows_targets(rows, [2026, 2027, 2028], lambda l, u: u, lambda l: words[l])
    return text, tg, units


both("t03", t03, "BIỂU SỐ 01 / BẢNG TỔNG HỢP … THEO TỪNG NĂM, first header cell 'Chỉ số', bare years")


# ----------------------------------------------------------------------------- t04 unit line pushes PHỤ LỤC out
def t04(how):
    rows = [("Xã Tân Lập", ["420", "450", "480"]), ("Xã Hòa Bình", ["310", "335", "360"]),
            ("Phường Bắc Sơn", ["95", "100", "105"]), ("Xã Phú Mỹ", ["560", "600", "650"]),
            ("Xã Đồng Tâm", ["275", "290", "310"]), ("Toàn tỉnh", ["1.660", "1.775", "1.905"])]
    header = [["TT", "Xã, phường", "Năm 2026", "Năm 2027", "Năm 2028"]]
    body = [[str(k + 1) if k < 5 else "", r[0], *r[1]] for k, r in enumerate(rows)]
    p = "Phú Thạnh"
    ann = annex("PHỤ LỤC I", ["KẾ HOẠCH PHÁT TRIỂN DIỆN TÍCH NUÔI TRỒNG THỦY SẢN THEO TỪNG NĂM"],
                KEM.format(n="238/KH-UBND", d=19, m=12, y=2025, p=p), render(header, body, how),
                extra_lines=["*Đơn vị tính: ha*"])
    text, units = std_plan(province=p, number="238/KH-UBND", date=(19, 12, 2025),
                           title="Phát triển thủy sản giai đoạn 2026 - 2028",
                           topic="phát triển thủy sản giai đoạn 2026 - 2028", lead="Sở Nông nghiệp và Môi trường",
                           aims_text=GENERIC_AIMS.format(topic="phát triển thủy sản"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    tg = []
    for name, vals in rows:
        for y, v in zip([2026, 2027, 2028], vals):
            w = name.split(" ", 1)[1].lower() if name != "Toàn tỉnh" else "toàn tỉnh"
            tg.append(T(num(v), "ha", str(y), [w]))
    return text, tg, units


both("t04", t04, "PHỤ LỤC I / KẾ HOẠCH … THEO TỪNG NĂM / Kèm theo / Đơn vị tính line: communes × years")


# ----------------------------------------------------------------------------- t05 LỘ TRÌNH, years as rows, unit line
def t05(how):
    rows = [("Năm 2026", ["1.850", "2.400", "3.500"]), ("Năm 2027", ["1.900", "2.450", "4.200"]),
            ("Năm 2028", ["1.950", "2.500", "5.000"]), ("Năm 2029", ["2.000", "2.550", "5.800"]),
            ("Năm 2030", ["2.100", "2.600", "6.500"])]
    cols = ["Trồng rừng tập trung", "Khoanh nuôi xúc tiến tái sinh", "Rừng được cấp chứng chỉ FSC"]
    header = [["Năm", *cols]]
    body = [[r[0], *r[1]] for r in rows]
    p = "Lam Giang"
    ann = annex("PHỤ LỤC II", ["LỘ TRÌNH PHÁT TRIỂN RỪNG SẢN XUẤT GIAI ĐOẠN 2026 - 2030"],
                KEM.format(n="240/KH-UBND", d=24, m=12, y=2025, p=p), render(header, body, how),
                extra_lines=["*Đơn vị tính: ha*"])
    text, units = std_plan(province=p, number="240/KH-UBND", date=(24, 12, 2025),
                           title="Phát triển lâm nghiệp bền vững giai đoạn 2026 - 2030",
                           topic="phát triển lâm nghiệp bền vững giai đoạn 2026 - 2030",
                           lead="Sở Nông nghiệp và Môi trường",
                           aims_text=GENERIC_AIMS.format(topic="quản lý, phát triển rừng"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = {cols[0]: ["trồng rừng"], cols[1]: ["khoanh nuôi"], cols[2]: ["fsc"]}
    tg = [T(num(v), "ha", r[0][-4:], key[c]) for r in rows for c, v in zip(cols, r[1])]
    return text, tg, units


both("t05", t05, "PHỤ LỤC II / LỘ TRÌNH … / Kèm theo / Đơn vị tính line: years as rows, no unit in headers")


# ----------------------------------------------------------------------------- t06 PHÂN BỔ CHỈ TIÊU
def t06(how):
    rows = [("Xã Tân Lập", "85", "420", "94,5"), ("Xã Hòa Bình", "62", "310", "93,0"),
            ("Phường Bắc Sơn", "18", "650", "97,5"), ("Xã Phú Mỹ", "104", "380", "92,0"),
            ("Xã Đồng Tâm", "71", "295", "93,5"), ("Toàn tỉnh", "340", "2.055", "94,0")]
    header = [["TT", "Xã, phường", "Số hộ thoát nghèo (hộ)", "Số lao động được tạo việc làm mới (người)",
               "Tỷ lệ dân số tham gia bảo hiểm y tế (%)"]]
    body = [[str(k + 1) if k < 5 else "", *r] for k, r in enumerate(rows)]
    p = "Hà Trung"
    ann = annex("PHỤ LỤC", ["PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 CHO CÁC XÃ, PHƯỜNG"],
                KEM.format(n="236/KH-UBND", d=20, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="236/KH-UBND", date=(20, 12, 2025),
                           title="Thực hiện các chỉ tiêu an sinh xã hội năm 2026",
                           topic="thực hiện các chỉ tiêu an sinh xã hội năm 2026", lead="Sở Nội vụ",
                           aims_text=GENERIC_AIMS.format(topic="công tác an sinh xã hội"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    tg = []
    for name, a, b, c in rows:
        w = name.split(" ", 1)[1].lower() if name != "Toàn tỉnh" else "toàn tỉnh"
        tg += [T(num(a), "hộ", "2026", ["thoát nghèo", w]), T(num(b), "người", "2026", ["việc làm", w]),
               T(num(c), "%", "2026", ["bảo hiểm y tế", w])]
    return text, tg, units


both("t06", t06, "annex title PHÂN BỔ CHỈ TIÊU … NĂM 2026 CHO CÁC XÃ: 'phân bổ' beside 'chỉ tiêu'")


# ----------------------------------------------------------------------------- t07 DỰ KIẾN KẾT QUẢ ĐẠT ĐƯỢC
def t07(how):
    rows = [("Hợp tác xã được hỗ trợ ứng dụng chuyển đổi số", "Hợp tác xã", ["20", "25", "30", "75"]),
            ("Doanh nghiệp nhỏ và vừa được tư vấn chuyển đổi số", "Doanh nghiệp", ["150", "180", "220", "550"]),
            ("Cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "Người", ["600", "650", "700", "1.950"]),
            ("Thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình", "Thủ tục", ["35", "40", "45", "120"])]
    header = [["TT", "Nội dung", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028", "Tổng cộng"]]
    body = [[str(k + 1), *r[:2], *r[2]] for k, r in enumerate(rows)]
    p = "Đông Xuyên"
    ann = annex("PHỤ LỤC", ["DỰ KIẾN KẾT QUẢ ĐẠT ĐƯỢC THEO TỪNG NĂM"],
                KEM.format(n="250/KH-UBND", d=26, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="250/KH-UBND", date=(26, 12, 2025),
                           title="Hỗ trợ chuyển đổi số cho doanh nghiệp, hợp tác xã giai đoạn 2026 - 2028",
                           topic="hỗ trợ chuyển đổi số cho doanh nghiệp, hợp tác xã", lead="Sở Khoa học và Công nghệ",
                           aims_text=GENERIC_AIMS.format(topic="chuyển đổi số"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = {rows[0][0]: ["hợp tác xã"], rows[1][0]: ["doanh nghiệp"], rows[2][0]: ["bồi dưỡng"],
           rows[3][0]: ["thủ tục"]}
    tg = []
    for label, unit, vals in rows:
        for y, v in zip([2026, 2027, 2028], vals[:3]):
            tg.append(T(num(v), unit, str(y), key[label]))
        tg.append(T(num(vals[3]), unit, ["2028"], key[label]))
    return text, tg, units


both("t07", t07, "annex title DỰ KIẾN KẾT QUẢ ĐẠT ĐƯỢC THEO TỪNG NĂM, 'Nội dung' column, total column")


# ----------------------------------------------------------------------------- t08 ĐỊNH HƯỚNG, first header 'Ngành hàng'
def t08(how):
    rows = [("Hạt điều nhân", "285", "420", "8,1"), ("Cà phê", "160", "230", "7,5"),
            ("Gỗ và sản phẩm gỗ", "340", "520", "8,9"), ("Dệt may", "510", "760", "8,3"),
            ("Tổng kim ngạch xuất khẩu", "1.295", "1.930", "8,3")]
    header = [["Ngành hàng", "Kim ngạch năm 2025 (ước thực hiện) (triệu USD)", "Kim ngạch năm 2030 (triệu USD)",
               "Tăng trưởng bình quân 2026 - 2030 (%/năm)"]]
    body = [list(r) for r in rows]
    p = "Phú Thạnh"
    ann = annex("PHỤ LỤC", ["ĐỊNH HƯỚNG PHÁT TRIỂN CÁC NGÀNH HÀNG XUẤT KHẨU ĐẾN NĂM 2030"],
                KEM.format(n="242/KH-UBND", d=23, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="242/KH-UBND", date=(23, 12, 2025),
                           title="Phát triển xuất khẩu giai đoạn 2026 - 2030",
                           topic="phát triển xuất khẩu giai đoạn 2026 - 2030", lead="Sở Công Thương",
                           aims_text=GENERIC_AIMS.format(topic="hoạt động xuất khẩu"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = {"Hạt điều nhân": ["điều"], "Cà phê": ["cà phê"], "Gỗ và sản phẩm gỗ": ["gỗ"], "Dệt may": ["dệt may"],
           "Tổng kim ngạch xuất khẩu": ["tổng"]}
    tg = []
    for name, a, b, c in rows:
        tg.append(T(num(b), "triệu USD", "2030", key[name]))
        tg.append(T(num(c), "%", "2030", key[name]))
        tg.append(T(num(a), "triệu USD", ["2025"], key[name], kind="achieved", optional=True))
    return text, tg, units


both("t08", t08, "annex title ĐỊNH HƯỚNG … ĐẾN NĂM 2030, first header cell 'Ngành hàng', no TT")


# ----------------------------------------------------------------------------- t09 body, under NHIỆM VỤ
def t09(how):
    rows = [("Cà phê", "ha", ["12.500", "13.200", "14.000"]), ("Hồ tiêu", "ha", ["3.200", "3.400", "3.600"]),
            ("Sầu riêng", "ha", ["4.800", "5.500", "6.300"]), ("Mắc ca", "ha", ["1.100", "1.400", "1.800"])]
    header = [["TT", "Cây trồng", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028"]]
    body = [[str(k + 1), *r[:2], *r[2]] for k, r in enumerate(rows)]
    tasks = ("**1. Phát triển vùng nguyên liệu tập trung**\n\nTập trung phát triển vùng nguyên liệu gắn với "
             "chế biến và tiêu thụ; quy mô diện tích vùng nguyên liệu được chứng nhận theo từng năm như sau:\n\n"
             + render(header, body, how) +
             "\n\n**2. Phát triển liên kết chuỗi giá trị**\n\nKhuyến khích doanh nghiệp ký kết hợp đồng "
             "bao tiêu sản phẩm với hợp tác xã và nông dân.")
    p = "Lam Giang"
    text, units = std_plan(province=p, number="19/KH-UBND", date=(20, 1, 2026),
                           title="Phát triển vùng nguyên liệu nông sản giai đoạn 2026 - 2028",
                           topic="phát triển vùng nguyên liệu nông sản giai đoạn 2026 - 2028",
                           lead="Sở Nông nghiệp và Môi trường",
                           aims_text="**1. Mục tiêu chung**\n\nHình thành các vùng nguyên liệu tập trung, "
                                     "đáp ứng yêu cầu của thị trường trong nước và xuất khẩu.",
                           tasks_text=tasks)
    tg = year_rows_targets(rows, [2026, 2027, 2028], lambda l, u: u, lambda l: [l.lower()])
    return text, tg, units


both("t09", t09, "body table under III. NHIỆM VỤ, GIẢI PHÁP / 1. Phát triển vùng nguyên liệu (lead-in with no aim word)")


# ----------------------------------------------------------------------------- t10 body, under PHÂN CÔNG with lead column
def t10(how):
    rows = [("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "%", "65", "85", "Sở Nội vụ"),
            ("Tỷ lệ trường học triển khai học bạ số", "%", "90", "100", "Sở Giáo dục và Đào tạo"),
            ("Tỷ lệ cơ sở khám bệnh, chữa bệnh sử dụng bệnh án điện tử", "%", "70", "100", "Sở Y tế"),
            ("Số doanh nghiệp công nghệ số đang hoạt động", "Doanh nghiệp", "320", "500", "Sở Khoa học và Công nghệ")]
    header = [["TT", "Nội dung", "ĐVT", "Năm 2026", "Năm 2030", "Cơ quan chủ trì"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    iv = ("**1. Phân công thực hiện**\n\nGiao các sở, ngành theo dõi, thực hiện như sau:\n\n" + render(header, body, how) +
          "\n\n**2. Sở Khoa học và Công nghệ**\n\nTổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh "
          "trước ngày 15 tháng 12 hằng năm.")
    iv_units = [("Sở Nội vụ", "lead"), ("Sở Giáo dục và Đào tạo", "lead"), ("Sở Y tế", "lead"),
                ("Sở Khoa học và Công nghệ", "lead"), ("Sở Khoa học và Công nghệ", "execute"),
                ("Ủy ban nhân dân tỉnh", "report")]
    p = "Hà Trung"
    text, units = std_plan(province=p, number="247/KH-UBND", date=(25, 12, 2025),
                           title="Chuyển đổi số giai đoạn 2026 - 2030",
                           topic="chuyển đổi số giai đoạn 2026 - 2030", lead="Sở Khoa học và Công nghệ",
                           aims_text="**1. Mục tiêu chung**\n\nPhát triển chính quyền số, kinh tế số, xã hội số.",
                           tasks_text=GENERIC_TASKS, iv_text=iv, iv_units=iv_units)
    key = [["xử lý trực tuyến"], ["học bạ"], ["bệnh án"], ["công nghệ số"]]
    tg = []
    for k, r in enumerate(rows):
        tg += [T(num(r[2]), r[1], "2026", key[k]), T(num(r[3]), r[1], "2030", key[k])]
    return text, tg, units


both("t10", t10, "body table under IV. TỔ CHỨC THỰC HIỆN / 1. Phân công thực hiện, 'Nội dung' + 'Cơ quan chủ trì'")


# ----------------------------------------------------------------------------- t11 body, under NỘI DUNG, activity counts
def t11(how):
    rows = [("Tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở", "Lớp", "04", "Quý II/2026", "Sở Tư pháp"),
            ("Tổ chức hội nghị tuyên truyền pháp luật cho người lao động", "Hội nghị", "06", "Quý III/2026",
             "Liên đoàn Lao động tỉnh"),
            ("Phát hành tờ gấp tuyên truyền", "Tờ", "20.000", "Năm 2026", "Sở Tư pháp"),
            ("Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", "Cuộc thi", "01", "Quý IV/2026",
             "Tỉnh Đoàn")]
    header = [["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Thời gian thực hiện", "Đơn vị thực hiện"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    p = "Đông Xuyên"
    frame_sections = [
        ("I", "MỤC ĐÍCH, YÊU CẦU", "**1. Mục đích**\n\nNâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ "
         "và Nhân dân.\n\n**2. Yêu cầu**\n\nBảo đảm thiết thực, hiệu quả, tránh hình thức."),
        ("II", "NỘI DUNG THỰC HIỆN", "**1. Nội dung tuyên truyền**\n\nTập trung tuyên truyền các luật mới "
         "được Quốc hội thông qua.\n\n**2. Các hoạt động cụ thể**\n\n" + render(header, body, how)),
        ("III", "TỔ CHỨC THỰC HIỆN", "**1. Sở Tư pháp**\n\nHướng dẫn, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân "
         "dân tỉnh trước ngày 10 tháng 12 năm 2026.\n\n**2. Sở Tài chính**\n\nBảo đảm kinh phí thực hiện theo "
         "quy định.")]
    text = plan(province=p, number="21/KH-UBND", place=p, date=(22, 1, 2026),
                title="Phổ biến, giáo dục pháp luật năm 2026",
                preamble="Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012; Ủy ban nhân dân tỉnh ban hành Kế "
                         "hoạch phổ biến, giáo dục pháp luật năm 2026, như sau:",
                sections=frame_sections, signer="Lê Thị Hạnh",
                recipients=["Bộ Tư pháp", "Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh"])
    units = [("Sở Tư pháp", "execute"), ("Liên đoàn Lao động tỉnh", "execute"), ("Tỉnh Đoàn", "execute"),
             ("Ủy ban nhân dân tỉnh", "report"), ("Sở Tài chính", "execute")]
    key = [["tập huấn"], ["hội nghị"], ["tờ gấp"], ["cuộc thi"]]
    tg = [T(num(r[2]), r[1], "2026", key[k]) for k, r in enumerate(rows)]
    return text, tg, units


both("t11", t11, "body table under II. NỘI DUNG THỰC HIỆN: activity counts, 'Số lượng' column, time and unit columns")


# ----------------------------------------------------------------------------- t12 body, under Giải pháp: markets
def t12(how):
    rows = [("Hoa Kỳ", "320", "480", "27"), ("Liên minh châu Âu (EU)", "250", "390", "22"),
            ("Nhật Bản", "140", "210", "12"), ("Hàn Quốc", "95", "150", "8,5"), ("Trung Quốc", "260", "380", "21")]
    header = [["TT", "Thị trường", "Kim ngạch xuất khẩu năm 2026 (triệu USD)",
               "Kim ngạch xuất khẩu năm 2030 (triệu USD)", "Tỷ trọng năm 2030 (%)"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    tasks = ("**1. Nâng cao năng lực cạnh tranh của doanh nghiệp**\n\nHỗ trợ doanh nghiệp đổi mới công nghệ, "
             "xây dựng thương hiệu.\n\n**2. Giải pháp phát triển thị trường**\n\nDuy trì các thị trường truyền "
             "thống, mở rộng thị trường mới theo định hướng sau:\n\n" + render(header, body, how) +
             "\n\n**3. Giải pháp về xúc tiến thương mại**\n\nTổ chức các đoàn xúc tiến thương mại tại các thị trường trọng điểm.")
    p = "Phú Thạnh"
    text, units = std_plan(province=p, number="244/KH-UBND", date=(23, 12, 2025),
                           title="Phát triển thị trường xuất khẩu giai đoạn 2026 - 2030",
                           topic="phát triển thị trường xuất khẩu giai đoạn 2026 - 2030", lead="Sở Công Thương",
                           aims_text="**1. Mục tiêu chung**\n\nMở rộng, đa dạng hóa thị trường xuất khẩu.",
                           tasks_text=tasks)
    key = {"Hoa Kỳ": "hoa kỳ", "Liên minh châu Âu (EU)": "eu", "Nhật Bản": "nhật bản", "Hàn Quốc": "hàn quốc",
           "Trung Quốc": "trung quốc"}
    tg = []
    for name, a, b, c in rows:
        tg += [T(num(a), "triệu USD", "2026", [key[name], "kim ngạch"]),
               T(num(b), "triệu USD", "2030", [key[name], "kim ngạch"]),
               T(num(c), "%", "2030", [key[name], "tỷ trọng"])]
    return text, tg, units


both("t12", t12, "body table under III. 2. Giải pháp phát triển thị trường: markets × Kim ngạch 2026/2030 + Tỷ trọng")


# ----------------------------------------------------------------------------- t13 GIAO CHỈ TIÊU, money-ish headers
def t13(how):
    rows = [("Xã Tân Lập", "1.850", "42", "620"), ("Xã Hòa Bình", "1.320", "35", "480"),
            ("Phường Bắc Sơn", "4.600", "128", "1.550"), ("Xã Phú Mỹ", "980", "26", "410"),
            ("Toàn tỉnh", "8.750", "231", "3.060")]
    header = [["TT", "Xã, phường", "Giá trị sản xuất (tỷ đồng)", "Thu ngân sách nhà nước trên địa bàn (tỷ đồng)",
               "Vốn đầu tư toàn xã hội (tỷ đồng)"]]
    body = [[str(k + 1) if k < 4 else "", *r] for k, r in enumerate(rows)]
    p = "Lam Giang"
    ann = annex("PHỤ LỤC", ["GIAO CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 CHO CÁC XÃ, PHƯỜNG"],
                KEM.format(n="233/KH-UBND", d=19, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="233/KH-UBND", date=(19, 12, 2025),
                           title="Thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026",
                           topic="thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026", lead="Sở Tài chính",
                           aims_text=GENERIC_AIMS.format(topic="điều hành phát triển kinh tế - xã hội"),
                           tasks_text=GENERIC_TASKS, annexes=[ann])
    tg = []
    for name, a, b, c in rows:
        w = name.split(" ", 1)[1].lower() if name != "Toàn tỉnh" else "toàn tỉnh"
        tg += [T(num(a), "tỷ đồng", "2026", ["giá trị sản xuất", w]),
               T(num(b), "tỷ đồng", "2026", ["thu ngân sách", w]),
               T(num(c), "tỷ đồng", "2026", ["vốn đầu tư", w])]
    return text, tg, units


both("t13", t13, "GIAO CHỈ TIÊU … NĂM 2026 CHO CÁC XÃ with headers 'Thu ngân sách…', 'Vốn đầu tư toàn xã hội'")


# ----------------------------------------------------------------------------- t14 KCN table with Vốn FDI column
def t14(how):
    rows = [("Khu công nghiệp Nam Cầu", "450", "3.200", "12"), ("Khu công nghiệp Tây Bình", "300", "2.500", "9"),
            ("Khu công nghiệp Cảng Sông Lam", "600", "4.100", "15"), ("Cụm công nghiệp Đồi Thông", "50", "800", "6")]
    header = [["TT", "Khu, cụm công nghiệp", "Vốn FDI thu hút (triệu USD)",
               "Vốn đầu tư trong nước thu hút (tỷ đồng)", "Số dự án thu hút mới (dự án)"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    p = "Hà Trung"
    ann = annex("PHỤ LỤC", ["THU HÚT ĐẦU TƯ VÀO CÁC KHU, CỤM CÔNG NGHIỆP ĐẾN NĂM 2030"],
                KEM.format(n="239/KH-UBND", d=22, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="239/KH-UBND", date=(22, 12, 2025),
                           title="Xúc tiến, thu hút đầu tư vào các khu, cụm công nghiệp đến năm 2030",
                           topic="xúc tiến, thu hút đầu tư vào các khu, cụm công nghiệp",
                           lead="Ban Quản lý các khu công nghiệp tỉnh",
                           aims_text=GENERIC_AIMS.format(topic="thu hút đầu tư"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    tg = []
    for name, a, b, c in rows:
        w = name.split()[-1].lower() if "Sông" not in name else "sông lam"
        w = {"Cầu": "nam cầu", "Bình": "tây bình", "Thông": "đồi thông"}.get(name.split()[-1], w)
        tg += [T(num(a), "triệu USD", "2030", ["fdi", w]), T(num(b), "tỷ đồng", "2030", ["trong nước", w]),
               T(num(c), "dự án", "2030", ["dự án", w])]
    return text, tg, units


both("t14", t14, "annex THU HÚT ĐẦU TƯ … ĐẾN NĂM 2030 by zone, headers 'Vốn FDI thu hút', 'Vốn đầu tư trong nước'")


# ----------------------------------------------------------------------------- t15 years columns, money-ish rows, no aim word
def t15(how):
    rows = [("Giá trị sản xuất công nghiệp (giá so sánh 2010)", "Tỷ đồng", ["58.400", "64.200", "70.600"]),
            ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", ["72.000", "79.500", "87.400"]),
            ("Kim ngạch xuất khẩu", "Triệu USD", ["2.150", "2.380", "2.620"]),
            ("Vốn FDI thu hút", "Triệu USD", ["350", "400", "450"]),
            ("Giá trị xuất khẩu bình quân hạt điều nhân", "USD/tấn", ["6.300", "6.500", "6.700"])]
    header = [["STT", "Chỉ số", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028"]]
    body = [[str(k + 1), *r[:2], *r[2]] for k, r in enumerate(rows)]
    p = "Đông Xuyên"
    ann = annex("PHỤ LỤC", ["CÁC CHỈ SỐ PHÁT TRIỂN NGÀNH CÔNG THƯƠNG GIAI ĐOẠN 2026 - 2028"],
                KEM.format(n="252/KH-UBND", d=29, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="252/KH-UBND", date=(29, 12, 2025),
                           title="Phát triển ngành Công Thương giai đoạn 2026 - 2028",
                           topic="phát triển ngành Công Thương giai đoạn 2026 - 2028", lead="Sở Công Thương",
                           aims_text=GENERIC_AIMS.format(topic="phát triển công thương"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = [["giá trị sản xuất"], ["bán lẻ"], ["kim ngạch"], ["fdi"], ["bình quân"]]
    tg = []
    for k, (label, unit, vals) in enumerate(rows):
        tg += [T(num(v), unit, str(y), key[k]) for y, v in zip([2026, 2027, 2028], vals)]
    return text, tg, units


both("t15", t15, "annex CÁC CHỈ SỐ … (no aim word), rows Giá trị sản xuất, doanh thu, Kim ngạch, Vốn FDI, Giá XK bình quân")


# ----------------------------------------------------------------------------- t16 two annexes: aims + budget (KHÁI TOÁN KINH PHÍ)
def t16(how):
    aims = [("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", ["95", "97", "98"]),
            ("Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý", "%", ["80", "85", "90"]),
            ("Số bãi chôn lấp không hợp vệ sinh được xử lý, cải tạo", "Bãi", ["3", "4", "5"])]
    h1 = [["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028"]]
    b1 = [[str(k + 1), *r[:2], *r[2]] for k, r in enumerate(aims)]
    money = [("Tuyên truyền, nâng cao nhận thức", "450", "480", "500", "1.430"),
             ("Đầu tư phương tiện thu gom, vận chuyển", "3.200", "2.800", "2.500", "8.500"),
             ("Cải tạo bãi chôn lấp", "5.000", "6.500", "7.000", "18.500"),
             ("Tổng cộng", "8.650", "9.780", "10.000", "28.430")]
    h2 = [["TT", "Nội dung", "Năm 2026", "Năm 2027", "Năm 2028", "Tổng cộng"]]
    b2 = [[str(k + 1) if k < 3 else "", *r] for k, r in enumerate(money)]
    p = "Phú Thạnh"
    kem = KEM.format(n="249/KH-UBND", d=26, m=12, y=2025, p=p)
    a1 = annex("PHỤ LỤC I", ["CHỈ TIÊU THU GOM, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT GIAI ĐOẠN 2026 - 2028"], kem,
               render(h1, b1, how))
    a2 = annex("PHỤ LỤC II", ["KHÁI TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH"], kem, render(h2, b2, how),
               extra_lines=["*Đơn vị tính: triệu đồng*"])
    text, units = std_plan(province=p, number="249/KH-UBND", date=(26, 12, 2025),
                           title="Quản lý chất thải rắn sinh hoạt giai đoạn 2026 - 2028",
                           topic="quản lý chất thải rắn sinh hoạt giai đoạn 2026 - 2028",
                           lead="Sở Nông nghiệp và Môi trường",
                           aims_text=GENERIC_AIMS.format(topic="quản lý chất thải rắn"), tasks_text=GENERIC_TASKS,
                           annexes=[a1, a2])
    key = [["đô thị"], ["nông thôn"], ["bãi chôn lấp"]]
    tg = []
    for k, (label, unit, vals) in enumerate(aims):
        tg += [T(num(v), unit, str(y), key[k]) for y, v in zip([2026, 2027, 2028], vals)]
    return text, tg, units


both("t16", t16, "two annexes: CHỈ TIÊU table (read) and KHÁI TOÁN KINH PHÍ with 'Nội dung' × years + unit line (none)")


# ----------------------------------------------------------------------------- t17 body budget table under KINH PHÍ, no money word near
def t17(how):
    money = [("Hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm", "1.200", "1.350", "1.500"),
             ("Xây dựng cơ sở dữ liệu thị trường xuất khẩu", "800", "400", "300"),
             ("Tổ chức đoàn khảo sát thị trường nước ngoài", "1.500", "1.600", "1.700")]
    header = [["TT", "Hạng mục", "Năm 2026", "Năm 2027", "Năm 2028"]]
    body = [[str(k + 1), *r] for k, r in enumerate(money)]
    extra = ("IV", "KINH PHÍ THỰC HIỆN",
             "Nguồn ngân sách tỉnh bảo đảm theo phân cấp hiện hành, lồng ghép các chương trình, dự án và huy "
             "động các nguồn hợp pháp khác.\n\nCác cơ quan được giao nhiệm vụ lập dự toán gửi cơ quan tài chính "
             "thẩm định, trình cấp có thẩm quyền phê duyệt theo quy định.\n\nPhân kỳ thực hiện như sau:\n\n"
             "*Đơn vị tính: triệu đồng*\n\n" + render(header, body, how))
    p = "Lam Giang"
    text, units = std_plan(province=p, number="18/KH-UBND", date=(16, 1, 2026),
                           title="Xúc tiến thương mại giai đoạn 2026 - 2028",
                           topic="xúc tiến thương mại giai đoạn 2026 - 2028", lead="Sở Công Thương",
                           aims_text="**1. Mục tiêu chung**\n\nHỗ trợ doanh nghiệp mở rộng thị trường tiêu thụ.",
                           tasks_text=GENERIC_TASKS, extra_sections=[extra])
    return text, [], units


both("t17", t17, "body budget table under IV. KINH PHÍ after three lines of prose: 'Hạng mục' × years, unit line triệu đồng (none)")


# ----------------------------------------------------------------------------- t18 DANH MỤC DỰ ÁN / NGUỒN VỐN (none)
def t18(how):
    rows = [("Chợ đầu mối nông sản Nam Cầu", "Xã Tân Lập", "8,5", "120", "2026 - 2027"),
            ("Trung tâm logistics Cảng Sông Lam", "Xã Phú Mỹ", "25", "650", "2026 - 2028"),
            ("Siêu thị hạng II Bắc Sơn", "Phường Bắc Sơn", "1,2", "85", "2027")]
    header = [["TT", "Tên dự án", "Địa điểm", "Quy mô (ha)", "Tổng mức đầu tư dự kiến (tỷ đồng)",
               "Thời gian thực hiện"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    rows2 = [("Ngân sách trung ương", "150", "200", "120"), ("Ngân sách tỉnh", "80", "95", "110"),
             ("Vốn doanh nghiệp", "320", "410", "380")]
    h2 = [["TT", "Nguồn", "Năm 2026", "Năm 2027", "Năm 2028"]]
    b2 = [[str(k + 1), *r] for k, r in enumerate(rows2)]
    p = "Hà Trung"
    kem = KEM.format(n="251/KH-UBND", d=29, m=12, y=2025, p=p)
    a1 = annex("PHỤ LỤC I", ["DANH MỤC DỰ ÁN ĐẦU TƯ HẠ TẦNG THƯƠNG MẠI"], kem, render(header, body, how))
    a2 = annex("PHỤ LỤC II", ["PHÂN KỲ THỰC HIỆN THEO TỪNG NĂM"], kem, render(h2, b2, how),
               extra_lines=["*Đơn vị tính: tỷ đồng*"])
    text, units = std_plan(province=p, number="251/KH-UBND", date=(29, 12, 2025),
                           title="Phát triển hạ tầng thương mại giai đoạn 2026 - 2028",
                           topic="phát triển hạ tầng thương mại giai đoạn 2026 - 2028", lead="Sở Công Thương",
                           aims_text="**1. Mục tiêu chung**\n\nHoàn thiện mạng lưới hạ tầng thương mại.",
                           tasks_text=GENERIC_TASKS, annexes=[a1, a2])
    return text, [], units


both("t18", t18, "DANH MỤC DỰ ÁN (quy mô, tổng mức đầu tư) + PHÂN KỲ THỰC HIỆN THEO TỪNG NĂM of money sources (none)")


# ----------------------------------------------------------------------------- t19 past period beside plan period
def t19(how):
    rows = [("Tốc độ tăng trưởng GRDP bình quân", "%/năm", "6,8", "8,0 - 8,5"),
            ("GRDP bình quân đầu người cuối kỳ", "Triệu đồng", "82", "130"),
            ("Tỷ lệ đô thị hóa cuối kỳ", "%", "36", "45"),
            ("Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "18", "40")]
    header = [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện giai đoạn 2021 - 2025", "Giai đoạn 2026 - 2030"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    p = "Đông Xuyên"
    ann = annex("PHỤ LỤC", ["KẾT QUẢ GIAI ĐOẠN 2021 - 2025 VÀ ĐỊNH HƯỚNG GIAI ĐOẠN 2026 - 2030"],
                KEM.format(n="253/KH-UBND", d=30, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="253/KH-UBND", date=(30, 12, 2025),
                           title="Phát triển kinh tế - xã hội giai đoạn 2026 - 2030",
                           topic="phát triển kinh tế - xã hội giai đoạn 2026 - 2030", lead="Sở Tài chính",
                           aims_text=GENERIC_AIMS.format(topic="phát triển kinh tế - xã hội"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = [["grdp"], ["đầu người"], ["đô thị hóa"], ["nông thôn mới"]]
    units_ = ["%", "Triệu đồng", "%", "Xã"]
    tg = []
    for k, r in enumerate(rows):
        v = r[3]
        if " - " in v:
            lo, hi = v.split(" - ")
            tg.append(T(num(lo), units_[k], "2030", key[k], until=num(hi)))
        else:
            tg.append(T(num(v), units_[k], "2030", key[k]))
        tg.append(T(num(r[2]), units_[k], ["2025"], key[k], kind="achieved", optional=True))
    return text, tg, units


both("t19", t19, "annex KẾT QUẢ … VÀ ĐỊNH HƯỚNG …: 'Thực hiện giai đoạn 2021 - 2025' beside 'Giai đoạn 2026 - 2030'")


# ----------------------------------------------------------------------------- t20 first header 'Lĩnh vực' merged down, Kế hoạch năm 2026
def t20(how):
    header = [["Lĩnh vực", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]]
    body = [[C("Giáo dục", rs=2), "Tỷ lệ trường đạt chuẩn quốc gia", "%", "72", "76"],
            ["Tỷ lệ huy động trẻ 3 - 5 tuổi đến trường", "%", "97,5", "98"],
            [C("Y tế", rs=2), "Số bác sĩ trên 10.000 dân", "Bác sĩ", "11,2", "12"],
            ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,5", "94,5"],
            [C("Lao động", rs=2), "Tỷ lệ lao động qua đào tạo", "%", "70", "72"],
            ["Số lao động được tạo việc làm mới", "Người", "18.500", "19.000"]]
    p = "Phú Thạnh"
    ann = annex("PHỤ LỤC", ["BẢNG TỔNG HỢP CÁC CHỈ SỐ VĂN HÓA - XÃ HỘI NĂM 2026"],
                KEM.format(n="15/KH-UBND", d=14, m=1, y=2026, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="15/KH-UBND", date=(14, 1, 2026),
                           title="Phát triển văn hóa - xã hội năm 2026",
                           topic="phát triển văn hóa - xã hội năm 2026", lead="Sở Nội vụ",
                           aims_text=GENERIC_AIMS.format(topic="phát triển văn hóa - xã hội"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    spec = [("chuẩn quốc gia", "%", 72, 76), ("3 - 5 tuổi", "%", 97.5, 98), ("bác sĩ", "Bác sĩ", 11.2, 12),
            ("bảo hiểm y tế", "%", 93.5, 94.5), ("qua đào tạo", "%", 70, 72), ("việc làm", "Người", 18500, 19000)]
    tg = []
    for w, u, a, b in spec:
        tg.append(T(b, u, "2026", [w]))
        tg.append(T(a, u, ["2025"], [w], kind="achieved", optional=True))
    return text, tg, units


both("t20", t20, "BẢNG TỔNG HỢP … NĂM 2026, first header cell 'Lĩnh vực' merged down, ƯTH 2025 | KH 2026")


# ----------------------------------------------------------------------------- t21 'Mã số' first column, caption with aim word
def t21(how):
    rows = [("CS01", "Tỷ lệ hộ gia đình sử dụng nước sạch đạt quy chuẩn", "%", "62", "70"),
            ("CS02", "Tỷ lệ chất thải nguy hại được xử lý", "%", "95", "100"),
            ("CS03", "Số khu công nghiệp có hệ thống xử lý nước thải tập trung", "Khu", "5", "7"),
            ("CS04", "Tỷ lệ che phủ rừng", "%", "47,5", "48")]
    header = [["Mã số", "Tên chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2030"]]
    body = [list(r) for r in rows]
    p = "Lam Giang"
    ann = annex("PHỤ LỤC", ["HỆ THỐNG CHỈ TIÊU BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026 - 2030"],
                KEM.format(n="241/KH-UBND", d=23, m=12, y=2025, p=p), render(header, body, how))
    text, units = std_plan(province=p, number="241/KH-UBND", date=(23, 12, 2025),
                           title="Bảo vệ môi trường giai đoạn 2026 - 2030",
                           topic="bảo vệ môi trường giai đoạn 2026 - 2030", lead="Sở Nông nghiệp và Môi trường",
                           aims_text=GENERIC_AIMS.format(topic="bảo vệ môi trường"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = [["nước sạch"], ["nguy hại"], ["nước thải"], ["che phủ"]]
    tg = []
    for k, r in enumerate(rows):
        tg += [T(num(r[3]), r[2], "2026", key[k]), T(num(r[4]), r[2], "2030", key[k])]
    return text, tg, units


both("t21", t21, "first header cell 'Mã số' with codes CS01…, aim-word title")


# ----------------------------------------------------------------------------- t22 BIỂU SỐ 01 alone, measure over years, Doanh thu
def t22(how):
    zones = [("Khu du lịch hồ Thác Bạc", "420", "560", "650", "820"),
             ("Khu du lịch sinh thái Rừng Thông", "180", "260", "310", "430"),
             ("Điểm du lịch cộng đồng Bản Mây", "35", "55", "90", "140"),
             ("Khu di tích Đồi Đỏ", "60", "85", "240", "300")]
    header = [["TT", C("Khu, điểm du lịch", rs=2), C("Doanh thu (tỷ đồng)", cs=2), C("Lượt khách (nghìn lượt)", cs=2)],
              ["Năm 2026", "Năm 2028", "Năm 2026", "Năm 2028"]]
    header[0][0] = C("TT", rs=2)
    body = [[str(k + 1), *z] for k, z in enumerate(zones)]
    p = "Hà Trung"
    kem = KEM.format(n="254/KH-UBND", d=30, m=12, y=2025, p=p)
    ann = "\n".join(["**BIỂU SỐ 01**", "", "**DOANH THU, LƯỢT KHÁCH CỦA CÁC KHU, ĐIỂM DU LỊCH**", "",
                     f"*({kem})*", "", render(header, body, how)])
    text, units = std_plan(province=p, number="254/KH-UBND", date=(30, 12, 2025),
                           title="Phát triển các khu, điểm du lịch trọng điểm giai đoạn 2026 - 2028",
                           topic="phát triển các khu, điểm du lịch trọng điểm", lead="Sở Văn hóa, Thể thao và Du lịch",
                           aims_text=GENERIC_AIMS.format(topic="phát triển du lịch"), tasks_text=GENERIC_TASKS,
                           annexes=[ann])
    key = ["thác bạc", "rừng thông", "bản mây", "đồi đỏ"]
    tg = []
    for k, z in enumerate(zones):
        tg += [T(num(z[1]), "tỷ đồng", "2026", ["doanh thu", key[k]]), T(num(z[2]), "tỷ đồng", "2028", ["doanh thu", key[k]]),
               T(num(z[3]), "nghìn lượt", "2026", ["lượt khách", key[k]]),
               T(num(z[4]), "nghìn lượt", "2028", ["lượt khách", key[k]])]
    return text, tg, units


both("t22", t22, "'BIỂU SỐ 01' with no PHỤ LỤC, title with no aim word nor year; Doanh thu / Lượt khách over Năm 2026 | Năm 2028")


# ----------------------------------------------------------------------------- t23 aims section, heading out of the caption's reach
def t23(how):
    rows = [("Xã Tân Lập", "85", "90"), ("Xã Hòa Bình", "62", "70"), ("Phường Bắc Sơn", "18", "15"),
            ("Xã Phú Mỹ", "104", "110")]
    header = [["TT", "Xã, phường", "Số hộ thoát nghèo năm 2026 (hộ)", "Số hộ thoát nghèo năm 2027 (hộ)"]]
    body = [[str(k + 1), *r] for k, r in enumerate(rows)]
    aims = ("**1. Mục tiêu chung**\n\nGiảm nghèo bền vững, hạn chế tái nghèo và phát sinh nghèo.\n\n"
            "**2. Mục tiêu cụ thể**\n\nTập trung hỗ trợ các hộ nghèo, hộ cận nghèo có khả năng lao động "
            "tiếp cận các chính sách về tín dụng, đào tạo nghề và giải quyết việc làm.\n\n"
            "Ưu tiên nguồn lực cho các xã có tỷ lệ hộ nghèo cao, vùng đồng bào dân tộc thiểu số.\n\n"
            "Lồng ghép các chương trình, dự án trên địa bàn để nâng cao hiệu quả hỗ trợ.\n\n"
            "Kết quả cụ thể đối với từng địa phương như sau:\n\n" + render(header, body, how))
    p = "Phú Thạnh"
    text, units = std_plan(province=p, number="20/KH-UBND", date=(21, 1, 2026),
                           title="Giảm nghèo bền vững giai đoạn 2026 - 2027",
                           topic="giảm nghèo bền vững giai đoạn 2026 - 2027", lead="Sở Nội vụ",
                           aims_text=aims, tasks_text=GENERIC_TASKS)
    key = ["tân lập", "hòa bình", "bắc sơn", "phú mỹ"]
    tg = []
    for k, r in enumerate(rows):
        tg += [T(num(r[1]), "hộ", "2026", ["thoát nghèo", key[k]]), T(num(r[2]), "hộ", "2027", ["thoát nghèo", key[k]])]
    return text, tg, units


both("t23", t23, "table in II. 2. Mục tiêu cụ thể after four paragraphs: headers 'Số hộ thoát nghèo năm 2026 (hộ)'")


if __name__ == "__main__":
    for k, (name, text, expect) in enumerate(CASES_OUT, 1):
        (CASES / f"{k:02d}.txt").write_text(text, encoding="utf-8")
        expect["case"] = name
        (CASES / f"{k:02d}.expect.json").write_text(json.dumps(expect, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
    (HERE / "INDEX.tsv").write_text("".join(f"{k:02d}\t{n}\t{e['note']}\n" for k, (n, _t, e) in
                                            enumerate(CASES_OUT, 1)), encoding="utf-8")
    print(len(CASES_OUT), "cases")
