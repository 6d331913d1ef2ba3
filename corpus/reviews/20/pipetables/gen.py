"""Build the logical tables, render each as md pipes and as one-cell-a-line, wrap each in a made-up
plan, and write the expectations (decided here, before any run)."""
from __future__ import annotations
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from render import C, md, onecell
import doc

OUT = Path(__file__).parent / "cases"
OUT.mkdir(exist_ok=True)


def num(s):
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", "."))


def T(value, unit, deadline, indicator, kind="target", until=None, uncertain=False, must=None, comparator=None):
    d = dict(value=value, until=until, unit=unit, kind=kind, deadline=deadline, indicator=indicator)
    if uncertain: d["uncertain"] = True
    if must: d["must"] = must
    if comparator: d["comparator"] = comparator
    return d


def cellval(s):
    """'≥ 95' -> (95,None,'>='); '80-85' -> (80,85,'='); 'Trên 90' ..."""
    s = s.strip()
    comp = "="
    for w, c in (("≥", ">="), ("≤", "<="), ("Trên", ">"), ("Dưới", "<"), ("Tối thiểu", ">="),
                 ("Không dưới", ">="), ("Không quá", "<="), ("Đạt", "=")):
        if s.startswith(w):
            comp = c; s = s[len(w):].strip()
    m = re.fullmatch(r"([\d.,]+)\s*-\s*([\d.,]+)", s)
    if m:
        return num(m.group(1)), num(m.group(2)), comp
    return num(s), None, comp


CASES = []  # (name, text, expect dict)

STD_I = """**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

Cụ thể hóa các mục tiêu, nhiệm vụ đã đề ra; làm căn cứ để các sở, ban, ngành
và Ủy ban nhân dân các xã, phường tổ chức thực hiện, theo dõi, đánh giá kết quả.

**2. Yêu cầu**

Các chỉ tiêu được giao phải phù hợp với điều kiện thực tế của từng địa phương,
bảo đảm tính khả thi; gắn trách nhiệm của người đứng đầu với kết quả thực hiện."""

STD_IV = """**{n}. TỔ CHỨC THỰC HIỆN**

**1. {lead}**

Chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, theo dõi, đôn đốc việc
thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

**2. Ủy ban nhân dân các xã, phường**

Xây dựng kế hoạch cụ thể để triển khai thực hiện các chỉ tiêu được giao trên địa
bàn; báo cáo kết quả về {lead} trước ngày 15 tháng 12 hằng năm.

Trên đây là Kế hoạch {what} của Ủy ban nhân dân tỉnh {prov}./."""


def make(name, *, prov, code, date_text, title_lines, what, lead, tables_in_body=None, annex=None,
         expect=(), notes="", issuer2=None, extra_sections=()):
    """tables_in_body: list of (intro_text, header, body, caption_lines) placed under II.2;
    annex: (title_lines, header, body, unit_line) after the signature."""
    rendered = {}
    for rend in ("md", "onecell"):
        R = md if rend == "md" else onecell
        secs = [STD_I]
        if tables_in_body:
            body = ["**II. MỤC TIÊU VÀ CHỈ TIÊU CỤ THỂ**", "",
                    "**1. Mục tiêu chung**", "",
                    f"Phấn đấu hoàn thành toàn diện các chỉ tiêu {what}, góp phần nâng cao đời sống vật chất và tinh thần của Nhân dân.", "",
                    "**2. Các chỉ tiêu cụ thể**", ""]
            for intro, h, b, cap in tables_in_body:
                if intro: body += [intro, ""]
                if cap: body += cap + [""]
                body += [R(h, b), ""]
            secs.append("\n".join(body))
        else:
            secs.append("**II. MỤC TIÊU**\n\nPhấn đấu hoàn thành các chỉ tiêu " + what +
                        " được giao tại Phụ lục kèm theo Kế hoạch này.")
        secs += list(extra_sections)
        secs.append(f"**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**\n\nTăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ và Nhân dân;\n"
                    "huy động các nguồn lực để thực hiện; đẩy mạnh ứng dụng công nghệ số trong quản lý.")
        secs.append(STD_IV.format(n="IV", lead=lead, what=what, prov=prov))
        an = None
        if annex:
            atitle, h, b, unit_line = annex
            an = "**PHỤ LỤC**\n\n" + "\n".join(atitle) + \
                 f"\n\n*(Kèm theo Kế hoạch số {code} ngày {date_short} của UBND tỉnh {prov})*\n\n" if False else None
            an = ("**PHỤ LỤC**\n\n" + "\n".join(atitle) +
                  f"\n\n*(Kèm theo Kế hoạch số {code} của Ủy ban nhân dân tỉnh {prov})*\n\n" +
                  (unit_line + "\n\n" if unit_line else "") + R(h, b))
        text = doc.plan(issuer2=issuer2 or f"TỈNH {prov.upper()}", code=code, place=prov, date_text=date_text,
                        title_lines=title_lines, preamble=f"Thực hiện Nghị quyết số 45/NQ-HĐND ngày 05/12/2025 của Hội đồng nhân dân tỉnh {prov}; Ủy ban nhân dân tỉnh ban hành Kế hoạch {what} như sau:",
                        sections=secs, signer="Nguyễn Văn Minh" if rend == "md" else "Trần Thị Lan", annex=an)
        rendered[rend] = text
    CASES.append((name, rendered, list(expect), notes))


# ---------------------------------------------------------------- T1 commune x indicators (annex)
communes1 = [("Xã Tân Lập", "3,2", "85", "94,5", ""), ("Xã Phú Mỹ", "4,1", "120", "93,0", ""),
             ("Phường Đồng Tâm", "0,8", "15", "97,2", ""), ("Xã Hòa Phong", "6,5", "210", "92,0", "Xã đặc biệt khó khăn"),
             ("Xã Yên Bình", "5,0", "160", "93,5", ""), ("Toàn tỉnh", "2,9", "590", "95,0", "")]
h1 = [["TT", "Xã, phường", "Tỷ lệ hộ nghèo cuối năm 2026 (%)", "Số hộ thoát nghèo năm 2026 (hộ)",
       "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "Ghi chú"]]
b1 = [[str(i + 1) if c[0] != "Toàn tỉnh" else "", c[0], c[1], c[2], c[3], c[4]] for i, c in enumerate(communes1)]
e1 = []
for c in communes1:
    e1 += [T(num(c[1]), "%", "2026", f"Tỷ lệ hộ nghèo {c[0]}", must=c[0]),
           T(num(c[2]), "hộ", "2026", f"Số hộ thoát nghèo {c[0]}", must=c[0]),
           T(num(c[3]), "%", "2026", f"Tỷ lệ dân số tham gia bảo hiểm y tế {c[0]}", must=c[0])]
make("T1", prov="Sơn Nguyên", code="215/KH-UBND", date_text="ngày 12 tháng 12 năm 2025",
     title_lines=["Giao chỉ tiêu giảm nghèo và bảo hiểm y tế năm 2026", "trên địa bàn tỉnh Sơn Nguyên"],
     what="giảm nghèo và phát triển bảo hiểm y tế năm 2026", lead="Sở Nội vụ",
     annex=(["GIAO CHỈ TIÊU GIẢM NGHÈO VÀ BẢO HIỂM Y TẾ NĂM 2026 CHO CÁC XÃ, PHƯỜNG"], h1, b1, None),
     expect=e1, notes="commune rows x 3 indicators with units in headers; Toàn tỉnh total row; Ghi chú mostly blank")

# ---------------------------------------------------------------- T2 spanning KH giai đoạn, baseline, groups, Trong đó
h2 = [[C("TT", rs=2), C("Chỉ tiêu", rs=2), C("ĐVT", rs=2), C("Ước thực hiện năm 2025", rs=2),
       C("Kế hoạch giai đoạn 2026-2030", cs=5), C("Ghi chú", rs=2)],
      ["Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"]]
rows2 = [("I", "Về kinh tế", None), ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "8,0", "8,2", "8,5", "8,5", "9,0", ""),
         ("2", "GRDP bình quân đầu người", "triệu đồng", "78", "85", "93", "101", "110", "120", ""),
         ("3", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "620", "700", "750", "800", "850", "900", ""),
         ("II", "Về xã hội", None),
         ("4", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "3,5", "3,0", "2,6", "2,2", "1,8", "1,5", ""),
         ("5", "Tỷ lệ lao động qua đào tạo", "%", "70", "72", "74", "76", "78", "80", ""),
         ("", "Trong đó: có bằng cấp, chứng chỉ", "%", "30", "32", "34", "36", "38", "40", ""),
         ("6", "Số xã đạt chuẩn nông thôn mới", "xã", "38", "41", "44", "47", "50", "52", "Lũy kế")]
b2, e2 = [], []
for r in rows2:
    if r[2] is None:
        b2.append([C(r[0], bold=True), C(r[1], cs=8, bold=True)]); continue
    b2.append(list(r))
    ind = r[1].replace("Trong đó: ", "Tỷ lệ lao động qua đào tạo ")
    e2.append(T(num(r[3]), r[2], "2025", ind, kind="achieved", uncertain=True))
    for y, v in zip(range(2026, 2031), r[4:9]):
        e2.append(T(num(v), r[2], str(y), ind))
make("T2", prov="Hòa Bắc", code="188/KH-UBND", date_text="ngày 28 tháng 11 năm 2025",
     title_lines=["Phát triển kinh tế - xã hội giai đoạn 2026-2030"], what="phát triển kinh tế - xã hội giai đoạn 2026-2030",
     lead="Sở Tài chính", tables_in_body=[("Các chỉ tiêu chủ yếu của giai đoạn 2026-2030 như sau:", h2, b2, None)],
     expect=e2, notes="2-row header: spanning 'Kế hoạch giai đoạn 2026-2030' over years; Ước TH 2025 rowspan; group rows I/II colspan; Trong đó sub-row; Ghi chú mostly blank")

# ---------------------------------------------------------------- T3 two deadlines, comparators, ranges
h3 = [["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2026", "Mục tiêu đến năm 2030", "Cơ quan chủ trì"]]
rows3 = [("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", "≥ 95", "≥ 98"),
         ("Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử", "%", "Trên 90", "100"),
         ("Số giường bệnh trên 10.000 dân", "giường", "Tối thiểu 32", "Tối thiểu 35"),
         ("Tỷ lệ xã, phường đạt Bộ tiêu chí quốc gia về y tế", "%", "80-85", "95-100"),
         ("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "%", "≤ 18", "≤ 15"),
         ("Tuổi thọ trung bình của người dân", "tuổi", "74,5", "75,5")]
b3, e3 = [], []
for i, r in enumerate(rows3):
    b3.append([str(i + 1), r[0], r[1], r[2], r[3], "Sở Y tế"])
    for y, s in (("2026", r[2]), ("2030", r[3])):
        v, u, c = cellval(s)
        e3.append(T(v, r[1], y, r[0], until=u, comparator=c))
make("T3", prov="Vĩnh Đông", code="97/KH-UBND", date_text="ngày 15 tháng 12 năm 2025",
     title_lines=["Chăm sóc, bảo vệ và nâng cao sức khỏe Nhân dân", "tỉnh Vĩnh Đông đến năm 2030"],
     what="chăm sóc, bảo vệ và nâng cao sức khỏe Nhân dân", lead="Sở Y tế",
     tables_in_body=[("", h3, b3, None)], expect=e3,
     notes="two deadline columns; ≥, Trên, Tối thiểu, ranges, ≤; numbers inside labels (10.000 dân, dưới 1/5 tuổi)")

# ---------------------------------------------------------------- T4 unit in caption, communes x years, clusters, total
groups4 = [("I", "Cụm xã phía Bắc", [("Xã Thạch Lâm", [80, 90, 100, 110, 120]), ("Xã Nam Sơn", [100] * 5),
                                      ("Xã Bình Hòa", [90] * 5)]),
           ("II", "Cụm xã phía Nam", [("Xã Long Hải", [150, 160, 170, 180, 190]), ("Xã An Thịnh", [120, 120, 130, 130, 140])])]
def vn(n):
    return f"{n:,}".replace(",", ".")
h4 = [["TT", "Đơn vị", "Tổng giai đoạn 2026-2030", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"]]
b4, e4 = [], []
k = 0
tot = [0] * 5
def addrow4(tt, name, vals, bold=False):
    b4.append([C(tt, bold=bold), C(name, bold=bold), C(vn(sum(vals)), bold=bold)] + [C(vn(v), bold=bold) for v in vals])
    e4.append(T(float(sum(vals)), "ha", "2030", f"Diện tích trồng rừng tập trung {name}", must=name))
    for y, v in zip(range(2026, 2031), vals):
        e4.append(T(float(v), "ha", str(y), f"Diện tích trồng rừng tập trung {name}", must=name))
for g, gname, cs in groups4:
    gv = [sum(c[1][j] for c in cs) for j in range(5)]
    tot = [a + b for a, b in zip(tot, gv)]
    addrow4(g, gname, gv, bold=True)
    for cname, vals in cs:
        k += 1
        addrow4(str(k), cname, vals)
addrow4("", "Cộng toàn tỉnh", tot, bold=True)
make("T4", prov="Thanh Lâm", code="301/KH-UBND", date_text="ngày 20 tháng 11 năm 2025",
     title_lines=["Trồng rừng tập trung giai đoạn 2026-2030", "trên địa bàn tỉnh Thanh Lâm"],
     what="trồng rừng tập trung giai đoạn 2026-2030", lead="Sở Nông nghiệp và Môi trường",
     annex=(["KẾ HOẠCH DIỆN TÍCH TRỒNG RỪNG TẬP TRUNG GIAI ĐOẠN 2026-2030 PHÂN THEO XÃ"], h4, b4, "*Đơn vị tính: ha*"),
     expect=e4, notes="unit only in caption line 'Đơn vị tính: ha'; measure only in annex title; cluster group rows with subtotals; total row")

# ---------------------------------------------------------------- T5 commune x (indicator over 2 deadlines)
h5 = [[C("TT", rs=2), C("Xã, phường", rs=2), C("Tỷ lệ hộ gia đình sử dụng nước sạch (%)", cs=2),
       C("Số thôn, tổ dân phố đạt chuẩn văn hóa (thôn)", cs=2)],
      ["Năm 2026", "Năm 2030", "Năm 2026", "Năm 2030"]]
rows5 = [("Xã Phú Cường", "72", "85", "12", "18"), ("Xã Thanh Xuân", "65", "80", "9", "15"),
         ("Phường Bắc Hà", "98", "100", "22", "25"), ("Xã Kim Sơn", "58", "75", "7", "14"),
         ("Xã Tam Đảo Nam", "-", "70", "6", "11")]
b5, e5 = [], []
for i, r in enumerate(rows5):
    b5.append([str(i + 1), r[0], r[1], r[2], r[3], r[4]])
    for j, (ind, u, y) in enumerate((("Tỷ lệ hộ gia đình sử dụng nước sạch", "%", "2026"), ("Tỷ lệ hộ gia đình sử dụng nước sạch", "%", "2030"),
                                     ("Số thôn, tổ dân phố đạt chuẩn văn hóa", "thôn", "2026"), ("Số thôn, tổ dân phố đạt chuẩn văn hóa", "thôn", "2030"))):
        if r[1 + j] != "-":
            e5.append(T(num(r[1 + j]), u, y, f"{ind} {r[0]}", must=r[0]))
b5.append(["", C("Toàn tỉnh", bold=True), "75", "86", "56", "83"])
for v, u, y, ind in ((75, "%", "2026", "Tỷ lệ hộ gia đình sử dụng nước sạch"), (86, "%", "2030", "Tỷ lệ hộ gia đình sử dụng nước sạch"),
                     (56, "thôn", "2026", "Số thôn, tổ dân phố đạt chuẩn văn hóa"), (83, "thôn", "2030", "Số thôn, tổ dân phố đạt chuẩn văn hóa")):
    e5.append(T(float(v), u, y, f"{ind} Toàn tỉnh", must="Toàn tỉnh"))
make("T5", prov="Kim Giang", code="144/KH-UBND", date_text="ngày 02 tháng 12 năm 2025",
     title_lines=["Xây dựng đời sống văn hóa và nước sạch nông thôn", "giai đoạn 2026-2030"],
     what="xây dựng đời sống văn hóa và cấp nước sạch nông thôn giai đoạn 2026-2030", lead="Sở Văn hóa, Thể thao và Du lịch",
     annex=(["CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG GIAI ĐOẠN 2026-2030"], h5, b5, None),
     expect=e5, notes="2-row header: indicator (unit in parenthesis) spanning Năm 2026 | Năm 2030; commune rows; '-' cell")

# ---------------------------------------------------------------- T6 two aims in one cell
h6 = [["TT", "Chỉ tiêu", "Đến năm 2026", "Đến năm 2030", "Ghi chú"]]
rows6 = [("Xã đạt chuẩn nông thôn mới", [("85", "%"), ("51", "xã")], [("100", "%"), ("60", "xã")], "85%; 51 xã", "100%; 60 xã", ""),
         ("Xã đạt chuẩn nông thôn mới nâng cao", [("40", "%"), ("24", "xã")], [("60", "%"), ("36", "xã")], "40%; 24 xã", "60%; 36 xã", ""),
         ("Xã đạt chuẩn nông thôn mới kiểu mẫu", [("05", "xã")], [("12", "xã")], "05 xã", "12 xã", ""),
         ("Sản phẩm OCOP đạt 3 sao trở lên", [("180", "sản phẩm")], [("250", "sản phẩm")], "180 sản phẩm", "250 sản phẩm", "Lũy kế"),
         ("Tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn", [("60", "%")], [("75", "%")], "≥ 60%", "≥ 75%", "")]
b6, e6 = [], []
for i, r in enumerate(rows6):
    b6.append([str(i + 1), r[0], r[3], r[4], r[5]])
    for y, items in (("2026", r[1]), ("2030", r[2])):
        for v, u in items:
            e6.append(T(num(v), u, y, r[0]))
make("T6", prov="Sơn Nguyên", code="230/KH-UBND", date_text="ngày 19 tháng 12 năm 2025",
     title_lines=["Xây dựng nông thôn mới giai đoạn 2026-2030"], what="xây dựng nông thôn mới giai đoạn 2026-2030",
     lead="Sở Nông nghiệp và Môi trường", tables_in_body=[("", h6, b6, None)], expect=e6,
     notes="no ĐVT; units inside cells; two aims in one cell '85%; 51 xã'; '3 sao' in label")

# ---------------------------------------------------------------- T7 column-number row (1) (2) ...
h7 = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "So sánh KH 2026/TH 2025 (%)"]]
rows7 = [("Tỷ lệ huy động trẻ mẫu giáo đến trường", "%", "98,5", "99,0", "100,5"),
         ("Số trường đạt chuẩn quốc gia", "trường", "412", "430", "104,4"),
         ("Tỷ lệ phòng học kiên cố", "%", "86", "89", "103,5"),
         ("Số giáo viên được bồi dưỡng về chuyển đổi số", "người", "3.200", "4.000", "125,0")]
b7 = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"]]
e7 = []
for i, r in enumerate(rows7):
    b7.append([str(i + 1)] + list(r))
    e7.append(T(num(r[2]), r[1], "2025", r[0], kind="achieved", uncertain=True))
    e7.append(T(num(r[3]), r[1], "2026", r[0]))
    e7.append(T(num(r[4]), "%", "2026", r[0] + " so sánh", uncertain=True))
make("T7", prov="Hòa Bắc", code="12/KH-UBND", date_text="ngày 08 tháng 01 năm 2026",
     title_lines=["Phát triển giáo dục và đào tạo năm 2026"], what="phát triển giáo dục và đào tạo năm 2026",
     lead="Sở Giáo dục và Đào tạo", tables_in_body=[("", h7, b7, None)], expect=e7,
     notes="column-number row (1) (2) (3) (4) (5) (6)=(5)/(4) under the header")

# ---------------------------------------------------------------- T8 Trong đó rows, single plan column
h8 = [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Đơn vị chủ trì"]]
b8 = [["1", "Số lao động được tạo việc làm mới", "người", "18.500", "Sở Nội vụ"],
      ["", "Trong đó:", "", "", ""],
      ["", "- Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng", "người", "1.200", ""],
      ["", "- Lao động làm việc tại các khu, cụm công nghiệp", "người", "9.000", ""],
      ["2", "Số người được đào tạo nghề nghiệp", "người", "12.000", "Sở Nội vụ"],
      ["", "Trong đó: đào tạo trình độ sơ cấp và dưới 3 tháng", "người", "8.000", ""],
      ["3", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "Dưới 3", "Sở Nội vụ"],
      ["4", "Số người tham gia bảo hiểm xã hội tự nguyện", "người", "Trên 25.000", "Bảo hiểm xã hội tỉnh"]]
e8 = [T(18500, "người", "2026", "Số lao động được tạo việc làm mới"),
      T(1200, "người", "2026", "Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng"),
      T(9000, "người", "2026", "Lao động làm việc tại các khu, cụm công nghiệp"),
      T(12000, "người", "2026", "Số người được đào tạo nghề nghiệp"),
      T(8000, "người", "2026", "đào tạo trình độ sơ cấp và dưới 3 tháng"),
      T(3, "%", "2026", "Tỷ lệ thất nghiệp ở khu vực thành thị", comparator="<"),
      T(25000, "người", "2026", "Số người tham gia bảo hiểm xã hội tự nguyện", comparator=">")]
make("T8", prov="Vĩnh Đông", code="05/KH-UBND", date_text="ngày 06 tháng 01 năm 2026",
     title_lines=["Giải quyết việc làm và đào tạo nghề năm 2026"], what="giải quyết việc làm và đào tạo nghề năm 2026",
     lead="Sở Nội vụ", tables_in_body=[("", h8, b8, None)], expect=e8,
     notes="'Trong đó:' alone row; '- ' sub-rows with empty TT; 'dưới 3 tháng' in label; Dưới/Trên cells")

# ---------------------------------------------------------------- T9 'Kết quả đạt được năm 2025' + two plan columns
h9 = [["TT", "Chỉ tiêu", "ĐVT", "Kết quả đạt được năm 2025", "Chỉ tiêu năm 2026", "Chỉ tiêu đến năm 2030"]]
rows9 = [("Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "62", "80", "100"),
         ("Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", "%", "90", "95", "100"),
         ("Số cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ", "cơ sở dữ liệu", "14", "20", "35"),
         ("Tỷ trọng kinh tế số trong GRDP", "%", "12,5", "15", "25")]
b9, e9 = [], []
for i, r in enumerate(rows9):
    b9.append([str(i + 1)] + list(r))
    e9 += [T(num(r[2]), r[1], "2025", r[0], kind="achieved", uncertain=True),
           T(num(r[3]), r[1], "2026", r[0]), T(num(r[4]), r[1], "2030", r[0])]
make("T9", prov="Kim Giang", code="09/KH-UBND", date_text="ngày 10 tháng 01 năm 2026",
     title_lines=["Chuyển đổi số năm 2026, định hướng đến năm 2030"], what="chuyển đổi số năm 2026",
     lead="Sở Khoa học và Công nghệ", tables_in_body=[("", h9, b9, None)], expect=e9,
     notes="baseline column labelled 'Kết quả đạt được năm 2025' (achieved); 'Chỉ tiêu năm 2026' / 'Chỉ tiêu đến năm 2030'")

# ---------------------------------------------------------------- T10 comparator words in cells
h10 = [["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2026", "Ghi chú"]]
rows10 = [("Tỷ lệ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "Tối thiểu 50", 50, ">="),
          ("Số cuộc kiểm tra công vụ đột xuất", "cuộc", "Không dưới 3", 3, ">="),
          ("Số doanh nghiệp được hỗ trợ chuyển đổi số", "doanh nghiệp", "Từ 150 trở lên", 150, ">="),
          ("Tỷ lệ hồ sơ giải quyết quá hạn", "%", "Không quá 2", 2, "<="),
          ("Tỷ lệ hồ sơ được số hóa kết quả giải quyết", "%", "Đạt 100", 100, "="),
          ("Chỉ số hài lòng của người dân, doanh nghiệp", "%", "≥ 85", 85, ">="),
          ("Số hội nghị đối thoại với doanh nghiệp", "hội nghị", "02", 2, "="),
          ("Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số", "%", "100 (duy trì)", 100, "=")]
b10, e10 = [], []
for i, r in enumerate(rows10):
    b10.append([str(i + 1), r[0], r[1], r[2], ""])
    e10.append(T(float(r[3]), r[1], "2026", r[0], comparator=r[4]))
make("T10", prov="Thanh Lâm", code="15/KH-UBND", date_text="ngày 14 tháng 01 năm 2026",
     title_lines=["Cải cách hành chính năm 2026"], what="cải cách hành chính năm 2026",
     lead="Sở Nội vụ", tables_in_body=[("", h10, b10, None)], expect=e10,
     notes="comparator words in cells: Tối thiểu, Không dưới, Từ ... trở lên, Không quá, Đạt, ≥, '02', '100 (duy trì)'; Ghi chú all blank")

# ---------------------------------------------------------------- T11 caption unit ha, crop groups A/B, Trong đó, baseline
h11 = [["TT", "Loại cây trồng", "Hiện trạng năm 2025", "Năm 2026", "Năm 2030", "Ghi chú"]]
rows11 = [("A", "Cây hằng năm", None),
          ("1", "Lúa", "42.500", "41.800", "39.000", ""),
          ("", "Trong đó: lúa chất lượng cao", "15.200", "17.000", "22.000", ""),
          ("2", "Ngô", "8.300", "8.000", "7.200", "Chuyển đổi sang cây trồng khác"),
          ("3", "Rau, đậu các loại", "6.100", "6.500", "7.500", ""),
          ("B", "Cây lâu năm", None),
          ("4", "Cà phê", "12.400", "12.400", "12.000", ""),
          ("5", "Cây ăn quả", "9.800", "10.500", "13.000", "")]
b11, e11 = [], []
for r in rows11:
    if r[2] is None:
        b11.append([C(r[0], bold=True), C(r[1], bold=True), "", "", "", ""]); continue
    b11.append(list(r))
    ind = "Diện tích " + r[1].replace("Trong đó: ", "")
    e11 += [T(num(r[2]), "ha", "2025", ind, kind="achieved", uncertain=True, must=r[1].replace("Trong đó: ", "").split(",")[0]),
            T(num(r[3]), "ha", "2026", ind, must=r[1].replace("Trong đó: ", "").split(",")[0]),
            T(num(r[4]), "ha", "2030", ind, must=r[1].replace("Trong đó: ", "").split(",")[0])]
make("T11", prov="Hòa Bắc", code="260/KH-UBND", date_text="ngày 22 tháng 12 năm 2025",
     title_lines=["Chuyển đổi cơ cấu cây trồng giai đoạn 2026-2030"], what="chuyển đổi cơ cấu cây trồng giai đoạn 2026-2030",
     lead="Sở Nông nghiệp và Môi trường",
     annex=(["DIỆN TÍCH GIEO TRỒNG CÁC LOẠI CÂY TRỒNG CHỦ YẾU ĐẾN NĂM 2030"], h11, b11, "*Đơn vị tính: ha*"),
     expect=e11, notes="unit in caption; baseline 'Hiện trạng năm 2025'; group rows A/B with empty cells; Trong đó row")

# ---------------------------------------------------------------- T12 spanning header over bare years, explicit-empty group rows, Cơ quan chủ trì
h12 = [[C("TT", rs=2), C("Chỉ tiêu", rs=2), C("ĐVT", rs=2), C("Kế hoạch giai đoạn 2026-2030", cs=3), C("Cơ quan chủ trì", rs=2)],
       ["2026", "2028", "2030"]]
rows12 = [("A", "CHỈ TIÊU VỀ MÔI TRƯỜNG", None),
          ("1", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "95", "97", "100", "Sở Nông nghiệp và Môi trường"),
          ("2", "Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý", "%", "75", "80", "90", "UBND các xã"),
          ("3", "Tỷ lệ che phủ rừng", "%", "48,5", "49,0", "50,0", "Sở Nông nghiệp và Môi trường"),
          ("B", "CHỈ TIÊU VỀ KẾT CẤU HẠ TẦNG", None),
          ("4", "Tỷ lệ đường giao thông nông thôn được cứng hóa", "%", "85", "90", "95", "Sở Xây dựng"),
          ("5", "Chiều dài đường tỉnh được nâng cấp, mở rộng", "km", "35", "80", "120", "Sở Xây dựng")]
b12, e12 = [], []
for r in rows12:
    if r[2] is None:
        b12.append(["", C(f"{r[0]}. {r[1]}", bold=True), "", "", "", "", ""]); continue
    b12.append(list(r))
    for y, v in zip(("2026", "2028", "2030"), r[3:6]):
        e12.append(T(num(v), r[2], y, r[1]))
make("T12", prov="Vĩnh Đông", code="271/KH-UBND", date_text="ngày 26 tháng 12 năm 2025",
     title_lines=["Bảo vệ môi trường và phát triển kết cấu hạ tầng", "giai đoạn 2026-2030"],
     what="bảo vệ môi trường và phát triển kết cấu hạ tầng giai đoạn 2026-2030", lead="Sở Tài chính",
     tables_in_body=[("", h12, b12, None)], expect=e12,
     notes="spanning 'Kế hoạch giai đoạn 2026-2030' over bare '2026 2028 2030'; group rows written as empty TT + 'A. ...' + empty cells (p009 style)")

# ---------------------------------------------------------------- T13 clusters as rowspan column, criteria counts, year column
h13 = [["TT", "Cụm xã", "Xã", "Số tiêu chí đã đạt đến 31/12/2025 (tiêu chí)", "Số tiêu chí phấn đấu đạt năm 2026 (tiêu chí)", "Năm dự kiến đạt chuẩn nông thôn mới nâng cao"]]
rows13 = [("Cụm 1", [("Xã Đông Hưng", "15", "17", "2027"), ("Xã Tân Phú", "16", "18", "2026"), ("Xã Quảng Lợi", "17", "19", "2026")]),
          ("Cụm 2", [("Xã Hòa Tiến", "14", "16", "2028"), ("Xã Mỹ Thạnh", "18", "19", "2026")])]
b13, e13 = [], []
k = 0
for cl, cs in rows13:
    for j, (x, a, b, y) in enumerate(cs):
        k += 1
        row = [str(k)] + ([C(cl, rs=len(cs))] if j == 0 else []) + [x, a, b, y]
        b13.append(row)
        e13.append(T(num(a), "tiêu chí", "2025", f"Số tiêu chí đã đạt {x}", kind="achieved", uncertain=True, must=x))
        e13.append(T(num(b), "tiêu chí", "2026", f"Số tiêu chí phấn đấu đạt {x}", must=x))
make("T13", prov="Kim Giang", code="31/KH-UBND", date_text="ngày 20 tháng 01 năm 2026",
     title_lines=["Xây dựng xã nông thôn mới nâng cao năm 2026"], what="xây dựng xã nông thôn mới nâng cao năm 2026",
     lead="Sở Nông nghiệp và Môi trường",
     annex=(["LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO"], h13, b13, None), expect=e13,
     notes="cluster as rowspan column (left out in later rows of one-cell; blank in md); baseline date parenthesis; year column holds no targets")

# ---------------------------------------------------------------- T14 total row first, then communes; date column
h14 = [["TT", "Địa bàn", "Số căn nhà xây mới (căn)", "Số căn nhà sửa chữa (căn)", "Thời gian hoàn thành"]]
rows14 = [("", "Tổng số", "420", "180", "Trước 30/9/2026"), ("", "Trong đó:", "", "", ""),
          ("1", "Xã Hồng Phong", "95", "40", "Trước 30/6/2026"), ("2", "Xã Lạc Sơn", "130", "55", "Trước 30/9/2026"),
          ("3", "Xã Vân Hòa", "110", "45", "Trước 30/9/2026"), ("4", "Phường Tây Lộc", "85", "40", "Trước 30/6/2026")]
b14, e14 = [], []
for r in rows14:
    b14.append(list(r))
    if r[2]:
        e14 += [T(num(r[2]), "căn", "2026", f"Số căn nhà xây mới {r[1]}", must=r[1] if r[0] else None),
                T(num(r[3]), "căn", "2026", f"Số căn nhà sửa chữa {r[1]}", must=r[1] if r[0] else None)]
make("T14", prov="Thanh Lâm", code="40/KH-UBND", date_text="ngày 03 tháng 02 năm 2026",
     title_lines=["Hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo năm 2026"],
     what="hỗ trợ xóa nhà tạm, nhà dột nát năm 2026", lead="Sở Xây dựng",
     annex=(["PHÂN BỔ CHỈ TIÊU HỖ TRỢ NHÀ Ở CHO CÁC XÃ, PHƯỜNG"], h14, b14, None), expect=e14,
     notes="total row first ('Tổng số'), 'Trong đó:' row, communes; deadline dates in a column (Trước 30/9/2026 -> 2026-09-30)")

# ---------------------------------------------------------------- T15 year groups x (Số lượng | Tỷ lệ (%))
h15 = [[C("TT", rs=2), C("Đối tượng", rs=2), C("Năm 2026", cs=2), C("Năm 2030", cs=2)],
       ["Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"]]
rows15 = [("Hợp tác xã ứng dụng thương mại điện tử", "hợp tác xã", "120", "35", "250", "70"),
          ("Doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "doanh nghiệp", "1.500", "50", "3.000", "80"),
          ("Hộ kinh doanh thanh toán không dùng tiền mặt", "hộ kinh doanh", "8.000", "60", "15.000", "90")]
b15, e15 = [], []
for i, r in enumerate(rows15):
    b15.append([str(i + 1), r[0], r[2], r[3], r[4], r[5]])
    e15 += [T(num(r[2]), r[1], "2026", r[0]), T(num(r[3]), "%", "2026", r[0]),
            T(num(r[4]), r[1], "2030", r[0]), T(num(r[5]), "%", "2030", r[0])]
make("T15", prov="Sơn Nguyên", code="18/KH-UBND", date_text="ngày 16 tháng 01 năm 2026",
     title_lines=["Phát triển thương mại điện tử và thanh toán số", "giai đoạn 2026-2030"],
     what="phát triển thương mại điện tử giai đoạn 2026-2030", lead="Sở Công Thương",
     tables_in_body=[("Chỉ tiêu cụ thể theo từng nhóm đối tượng:", h15, b15, None)], expect=e15,
     notes="year groups each split into 'Số lượng' (no unit: the counted noun is the row's) and 'Tỷ lệ (%)'")

# ---------------------------------------------------------------- T16 header dates "Đến 31/12/2026"
h16 = [["TT", "Chỉ tiêu", "ĐVT", "Đến 31/12/2026", "Đến 31/12/2030"]]
rows16 = [("Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2", "%", "90", "100"),
          ("Số điểm truy cập Internet công cộng miễn phí", "điểm", "350", "800"),
          ("Tỷ lệ trường học triển khai học bạ số", "%", "100", "100"),
          ("Số xã, phường có mô hình chính quyền số", "xã, phường", "25", "60")]
b16, e16 = [], []
for i, r in enumerate(rows16):
    b16.append([str(i + 1)] + list(r))
    e16 += [T(num(r[2]), r[1], "2026", r[0]), T(num(r[3]), r[1], "2030", r[0], uncertain=(r[2] == r[3]))]
make("T16", prov="Hòa Bắc", code="22/KH-UBND", date_text="ngày 21 tháng 01 năm 2026",
     title_lines=["Phát triển xã hội số đến năm 2030"], what="phát triển xã hội số đến năm 2030",
     lead="Sở Khoa học và Công nghệ", tables_in_body=[("", h16, b16, None)], expect=e16,
     notes="year columns given as 'Đến 31/12/2026' / 'Đến 31/12/2030' (deadline 2026-12-31 / 2030-12-31); 'mức độ 2' in label")

# ---------------------------------------------------------------- T17 ranges, Trên, ≥, '-', %/năm, '01 ha' in label
h17 = [["TT", "Chỉ tiêu", "ĐVT", "Ước đạt năm 2025", "Năm 2026", "Năm 2030"]]
rows17 = [("Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản", "%/năm", "3,2", "3,5-4,0", "4,0-4,5"),
          ("Tỷ lệ diện tích sản xuất áp dụng quy trình VietGAP", "%", "18", "20-22", "30-35"),
          ("Số chuỗi liên kết sản xuất - tiêu thụ sản phẩm", "chuỗi", "-", "Trên 40", "Trên 80"),
          ("Giá trị sản phẩm thu hoạch trên 01 ha đất trồng trọt", "triệu đồng", "110", "115-120", "≥ 150"),
          ("Tỷ lệ hộ nghèo giảm bình quân", "%/năm", "1,2", "1,0-1,5", "1,0-1,5")]
b17, e17 = [], []
for i, r in enumerate(rows17):
    b17.append([str(i + 1)] + list(r))
    if r[2] != "-":
        e17.append(T(num(r[2]), r[1], "2025", r[0], kind="achieved", uncertain=True))
    for y, s in (("2026", r[3]), ("2030", r[4])):
        v, u, c = cellval(s)
        e17.append(T(v, r[1], y, r[0], until=u, comparator=c, uncertain=(i == 4 and y == "2030")))
make("T17", prov="Kim Giang", code="275/KH-UBND", date_text="ngày 29 tháng 12 năm 2025",
     title_lines=["Phát triển nông nghiệp xanh, nông thôn hiện đại", "giai đoạn 2026-2030"],
     what="phát triển nông nghiệp xanh giai đoạn 2026-2030", lead="Sở Nông nghiệp và Môi trường",
     tables_in_body=[("", h17, b17, None)], expect=e17,
     notes="ranges '3,5-4,0', 'Trên 40', '≥ 150', '-' baseline, '%/năm', '01 ha' inside a label")

# ---------------------------------------------------------------- T18 notes column with numbers / references
h18 = [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ghi chú"]]
rows18 = [("Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", "72", "Theo Nghị quyết số 12/NQ-HĐND ngày 10/7/2025"),
          ("Số trường học được đầu tư phòng học bộ môn", "trường", "45", "Tính cả 02 trường ngoài công lập"),
          ("Tỷ lệ học sinh tiểu học được học 2 buổi/ngày", "%", "95", ""),
          ("Số học sinh đạt giải học sinh giỏi cấp quốc gia", "học sinh", "40", "Tăng 5 học sinh so với năm 2025"),
          ("Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", "%", "98,2", "")]
b18, e18 = [], []
for i, r in enumerate(rows18):
    b18.append([str(i + 1)] + list(r))
    e18.append(T(num(r[2]), r[1], "2026", r[0]))
e18.append(T(2, "trường", "2026", "trường ngoài công lập", uncertain=True))
e18.append(T(5, "học sinh", "2026", "Số học sinh đạt giải học sinh giỏi cấp quốc gia tăng", uncertain=True))
make("T18", prov="Thanh Lâm", code="20/KH-UBND", date_text="ngày 19 tháng 01 năm 2026",
     title_lines=["Thực hiện nhiệm vụ năm học và phát triển giáo dục năm 2026"], what="phát triển giáo dục năm 2026",
     lead="Sở Giáo dục và Đào tạo", tables_in_body=[("", h18, b18, None)], expect=e18,
     notes="Ghi chú with reference numbers and counts; '2 buổi/ngày', '15 đến 60 tuổi', 'mức độ 2' in labels")

# ---------------------------------------------------------------- T19 long wrapped labels with references inside
h19 = [["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2030"]]
rows19 = [("Tỷ lệ xã, phường đạt Bộ tiêu chí quốc gia về y tế xã theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ trưởng Bộ Y tế", "%", "90", "100"),
          ("Tỷ lệ dân số có sổ sức khỏe điện tử được tích hợp trên ứng dụng định danh điện tử quốc gia", "%", "85", "100"),
          ("Số trạm y tế xã được đầu tư xây mới, cải tạo, nâng cấp theo Nghị định số 12/2025/NĐ-CP", "trạm", "15", "60")]
b19, e19 = [], []
for i, r in enumerate(rows19):
    b19.append([str(i + 1)] + list(r))
    short = {0: "Tỷ lệ xã, phường đạt Bộ tiêu chí quốc gia về y tế xã", 1: "Tỷ lệ dân số có sổ sức khỏe điện tử",
             2: "Số trạm y tế xã được đầu tư xây mới, cải tạo, nâng cấp"}[i]
    e19 += [T(num(r[2]), r[1], "2026", short), T(num(r[3]), r[1], "2030", short)]
make("T19", prov="Vĩnh Đông", code="33/KH-UBND", date_text="ngày 05 tháng 02 năm 2026",
     title_lines=["Nâng cao năng lực y tế cơ sở giai đoạn 2026-2030"], what="nâng cao năng lực y tế cơ sở giai đoạn 2026-2030",
     lead="Sở Y tế", tables_in_body=[("", h19, b19, None)], expect=e19,
     notes="long labels (wrapped in one-cell) holding document numbers and dates")

# ---------------------------------------------------------------- T20 transposed: years as rows, indicators as columns
h20 = [["Năm", "Tỷ lệ che phủ rừng (%)", "Diện tích trồng rừng mới (ha)", "Số vụ cháy rừng (vụ)"]]
rows20 = [("Năm 2025 (ước thực hiện)", "47,8", "2.100", "9"), ("Năm 2026", "48,2", "2.300", "Không quá 6"),
          ("Năm 2027", "48,6", "2.400", "Không quá 5"), ("Năm 2028", "49,0", "2.500", "Không quá 4")]
b20, e20 = [], []
for r in rows20:
    b20.append(list(r))
    y = re.search(r"20\d\d", r[0]).group(0)
    ach = "ước" in r[0]
    for ind, u, s in (("Tỷ lệ che phủ rừng", "%", r[1]), ("Diện tích trồng rừng mới", "ha", r[2]), ("Số vụ cháy rừng", "vụ", r[3])):
        v, uu, c = cellval(s.replace("Không quá", "≤"))
        e20.append(T(v, u, y, ind, kind="achieved" if ach else "target", uncertain=ach, comparator=c))
make("T20", prov="Sơn Nguyên", code="41/KH-UBND", date_text="ngày 10 tháng 02 năm 2026",
     title_lines=["Bảo vệ và phát triển rừng giai đoạn 2026-2028"], what="bảo vệ và phát triển rừng giai đoạn 2026-2028",
     lead="Sở Nông nghiệp và Môi trường",
     tables_in_body=[("Lộ trình thực hiện các chỉ tiêu theo từng năm như sau:", h20, b20, None)], expect=e20,
     notes="transposed table: years as rows, indicators (unit in parenthesis) as columns; 'Không quá 6'")


# ---------------------------------------------------------------- T21 baseline 'Kết quả đạt được năm 2025' in a plan issued Dec 2025
h21 = [["TT", "Chỉ tiêu", "ĐVT", "Kết quả đạt được năm 2025", "Kế hoạch năm 2026", "Mục tiêu năm 2030"]]
rows21 = [("Tỷ lệ chợ nông thôn đạt tiêu chuẩn an toàn thực phẩm", "%", "45", "55", "80"),
          ("Số cửa hàng tiện lợi, siêu thị mini tại khu vực nông thôn", "cửa hàng", "310", "360", "600"),
          ("Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các chợ", "%", "28", "40", "70")]
b21, e21 = [], []
for i, r in enumerate(rows21):
    b21.append([str(i + 1)] + list(r))
    e21 += [T(num(r[2]), r[1], "2025", r[0], kind="achieved", uncertain=True),
            T(num(r[3]), r[1], "2026", r[0]), T(num(r[4]), r[1], "2030", r[0])]
make("T21", prov="Hòa Bắc", code="279/KH-UBND", date_text="ngày 18 tháng 12 năm 2025",
     title_lines=["Phát triển thương mại nông thôn năm 2026, định hướng đến năm 2030"],
     what="phát triển thương mại nông thôn năm 2026", lead="Sở Công Thương",
     tables_in_body=[("", h21, b21, None)], expect=e21,
     notes="baseline 'Kết quả đạt được năm 2025' in a plan issued 18/12/2025")

# ---------------------------------------------------------------- T22 commune x year-less indicators, year only in annex title
h22 = [["TT", "Xã, phường", "Tỷ lệ hộ nghèo (%)", "Số hộ thoát nghèo (hộ)", "Số thôn đạt chuẩn nông thôn mới (thôn)"]]
rows22 = [("Xã Đồng Xuân", "4,5", "70", "3"), ("Xã Quang Tiến", "3,8", "55", "2"), ("Phường Nam Hà", "0,6", "10", "-"),
          ("Xã Minh Khai", "7,2", "140", "4")]
b22, e22 = [], []
for i, r in enumerate(rows22):
    b22.append([str(i + 1)] + list(r))
    e22 += [T(num(r[1]), "%", "2026", f"Tỷ lệ hộ nghèo {r[0]}", must=r[0]),
            T(num(r[2]), "hộ", "2026", f"Số hộ thoát nghèo {r[0]}", must=r[0])]
    if r[3] != "-":
        e22.append(T(num(r[3]), "thôn", "2026", f"Số thôn đạt chuẩn nông thôn mới {r[0]}", must=r[0]))
make("T22", prov="Vĩnh Đông", code="02/KH-UBND", date_text="ngày 05 tháng 01 năm 2026",
     title_lines=["Giảm nghèo bền vững năm 2026"], what="giảm nghèo bền vững năm 2026", lead="Sở Nội vụ",
     annex=(["GIAO CHỈ TIÊU GIẢM NGHÈO NĂM 2026 CHO CÁC XÃ, PHƯỜNG"], h22, b22, None), expect=e22,
     notes="commune rows; headers without years ('Tỷ lệ hộ nghèo (%)'); year only in title/annex title")


# ---------------------------------------------------------------- write
if __name__ == "__main__":
    n = 0
    index = []
    for name, rendered, expect, notes in CASES:
        for rend in ("md", "onecell"):
            n += 1
            nn = f"{n:02d}"
            (OUT / f"{nn}.txt").write_text(rendered[rend], encoding="utf-8")
            (OUT / f"{nn}.expect.json").write_text(json.dumps(
                {"case": nn, "table": name, "rendering": rend, "notes": notes, "targets": expect},
                ensure_ascii=False, indent=1), encoding="utf-8")
            index.append((nn, name, rend, len([t for t in expect if not t.get("uncertain")])))
    for row in index:
        print(*row)
