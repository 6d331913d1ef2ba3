"""Build the made-up cases of review18/tables and their expected targets (decided here, before
running the program). Writes cases/NN.txt and expected.json."""
from __future__ import annotations
import json, os, re
from render import C, render_md, render_tvpl, render_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}
EXP = {}
YEARS = [2026, 2027, 2028, 2029, 2030]


def num(s):
    s = s.strip().replace(" ", "")
    comp = "="
    for p, c in (("≥", ">="), (">=", ">="), ("≤", "<="), ("Trên", ">"), (">", ">")):
        if s.startswith(p):
            s = s[len(p):]
            comp = c
    def one(x):
        x = x.replace(".", "").replace(",", ".") if ("," in x or re.search(r"\.\d{3}$", x)) else x
        return float(x)
    m = re.match(r"^([\d.,]+)[-–]([\d.,]+)$", s)
    if m:
        return one(m.group(1)), one(m.group(2)), comp
    return one(s), None, comp


def T(value, unit, deadline, kw, kind="target", until=None, optional=False, note=""):
    return dict(value=value, until=until, unit=unit, deadline=str(deadline) if deadline else None,
                kind=kind, kw=kw, optional=optional, note=note)


# ------------------------------------------------------------------ headers
def header_tvpl(issuer, prov, num_, date, title, dec=True):
    d, m, y = date
    s = f"""|
**ỦY BAN NHÂN
DÂN**
**TỈNH {prov.upper()}**
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
|
|
Số: {num_}
|
*{prov}, ngày {d} tháng {m} năm {y}*
|

"""
    return s


def header_plain(prov, num_, date):
    d, m, y = date
    return f"""ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH {prov.upper()}                           Độc lập - Tự do - Hạnh phúc
Số: {num_}                          {prov}, ngày {d} tháng {m} năm {y}
"""


def decision_tvpl(prov, num_, date, plan_title, body_secs, annex_title, table, pdf=False):
    """A decision issuing a plan, TVPL markdown style, the plan, then the annex table."""
    d, m, y = date
    head = header_tvpl("UBND", prov, num_, date, plan_title)
    txt = head + f"""
**QUYẾT ĐỊNH**

**Ban hành {plan_title}**

**ỦY BAN NHÂN DÂN TỈNH {prov.upper()}**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Theo đề nghị của Giám đốc Sở Công Thương.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này {plan_title}.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành và Chủ tịch Ủy ban
nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.

|
*Nơi nhận:*
- Như Điều 3;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Trần Văn Khải**
|

**KẾ HOẠCH**

**{plan_title.upper()}**

*(Kèm theo Quyết định số {num_} ngày {d} tháng {m} năm {y} của Ủy ban nhân dân tỉnh)*

"""
    txt += body_secs
    txt += f"""
**ỦY BAN NHÂN DÂN TỈNH {prov.upper()}**

**PHỤ LỤC**

{annex_title}

*(Kèm theo Kế hoạch ban hành tại Quyết định số {num_} ngày {d} tháng {m} năm {y})*

{table}
"""
    return txt


def plan_plain(prov, num_, date, title, body_secs, annex_title, table):
    txt = header_plain(prov, num_, date) + f"""
                                    KẾ HOẠCH
{title}

{body_secs}
                                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH

                                          Nguyễn Thị Hạnh

                                     PHỤ LỤC
{annex_title}

{table}
"""
    return txt


def plan_md(prov, num_, date, title, body_secs, annex_title, table):
    d, m, y = date
    return f"""| ỦY BAN NHÂN DÂN TỈNH {prov.upper()} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {num_} | {prov}, ngày {d} tháng {m} năm {y} |

**KẾ HOẠCH**

**{title}**

{body_secs}
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Lê Minh Quân**

**PHỤ LỤC**

**{annex_title}**

*(Kèm theo Kế hoạch số {num_} ngày {d}/{m}/{y} của UBND tỉnh)*

{table}
"""


BODY_EXPORT = """**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

Phát triển xuất khẩu bền vững, nâng cao giá trị gia tăng của hàng hóa chủ lực của tỉnh.

**2. Yêu cầu**

Các sở, ngành bám sát nhiệm vụ được giao, phối hợp chặt chẽ trong triển khai.

**II. MỤC TIÊU**

Các chỉ tiêu xuất khẩu theo từng năm của giai đoạn chi tiết tại Phụ lục kèm theo Kế hoạch này.

**III. TỔ CHỨC THỰC HIỆN**

**1. Sở Công Thương**

Chủ trì theo dõi, tổng hợp tình hình thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân dân tỉnh.

**2. Sở Nông nghiệp và Môi trường**

Phối hợp với Sở Công Thương hướng dẫn vùng nguyên liệu đạt chuẩn xuất khẩu.
"""

# --------------------------------------------------------------- export data
# product: (name, key words, [measures]); measure: (label, mkey, unit, [v2026..v2030], base, period, growth)
EXPORT_A = [
    ("I", "Nông sản", [
        ("Cà phê", ["cà phê"], [
            ("Sản lượng xuất khẩu", "sản lượng", "tấn", ["118.000", "121.500", "125.000", "128.000", "132.000"], "115.200", "624.500", "2,8"),
            ("Kim ngạch xuất khẩu", "kim ngạch", "triệu USD", ["410", "432", "455", "478", "505"], "396", "2.280", "5,0"),
        ]),
        ("Hồ tiêu", ["hồ tiêu"], [
            ("Sản lượng xuất khẩu", "sản lượng", "tấn", ["21.000", "21.800", "22.500", "23.300", "24.000"], "20.400", "112.600", "3,3"),
            ("Kim ngạch xuất khẩu", "kim ngạch", "triệu USD", ["96", "101", "107", "112", "118"], "91", "534", "5,3"),
        ]),
    ]),
    ("II", "Thủy sản", [
        ("Tôm đông lạnh", ["tôm"], [
            ("Sản lượng xuất khẩu", "sản lượng", "tấn", ["8.600", "9.100", "9.700", "10.200", "10.800"], "8.150", "48.400", "5,8"),
            ("Kim ngạch xuất khẩu", "kim ngạch", "triệu USD", ["87,5", "93", "99,5", "105", "112"], "82,4", "497", "6,3"),
        ]),
    ]),
]

EXPORT_B = [
    ("I", "Nông sản chế biến", [
        ("Điều nhân", ["điều"], [
            ("Sản lượng", "sản lượng", "tấn", ["46.500", "48.000", "49.500", "51.000", "53.000"], "45.100", "248.000", "3,3"),
            ("Giá trị xuất khẩu", "giá trị", "triệu USD", ["288", "301", "315", "330", "346"], "276", "1.580", "4,6"),
        ]),
        ("Chè búp khô", ["chè"], [
            ("Sản lượng", "sản lượng", "tấn", ["6.200", "6.450", "6.700", "6.950", "7.200"], "6.050", "33.500", "3,5"),
            ("Giá trị xuất khẩu", "giá trị", "triệu USD", ["14,2", "15", "15,9", "16,8", "17,7"], "13,6", "79,6", "5,4"),
        ]),
    ]),
    ("II", "Công nghiệp chế biến, chế tạo", [
        ("Gỗ và sản phẩm gỗ", ["gỗ"], [
            ("Giá trị xuất khẩu", "giá trị", "triệu USD", ["152", "165", "178", "192", "207"], "141", "894", "8,0"),
        ]),
        ("Dệt may", ["dệt may"], [
            ("Giá trị xuất khẩu", "giá trị", "triệu USD", ["233", "247", "262", "278", "295"], "220", "1.315", "6,0"),
        ]),
    ]),
]


def export_expect(data, years=YEARS, base=False, period=False, growth=False, base_year=2025):
    out = []
    for gl, gn, prods in data:
        for pname, pk, measures in prods:
            for (ml, mk, unit, vals, b, p, g) in measures:
                for y, v in zip(years, vals):
                    val, until, comp = num(v)
                    out.append(T(val, unit, y, pk + [mk], until=until))
                if base:
                    val, _, _ = num(b)
                    out.append(T(val, unit, base_year, pk + [mk], kind="achieved", optional=True, note="baseline"))
                if period:
                    val, _, _ = num(p)
                    out.append(T(val, unit, years[-1], pk + [mk], note="period total"))
                if growth:
                    val, _, _ = num(g)
                    out.append(T(val, "%", years[-1], pk + [mk], note="average growth"))
    return out


def export_rows(data, layout="rowspan", header="one", base=False, period=False, growth=False,
                note=False, years=YEARS, unit_rowspan=False, notes_text=None):
    """Logical rows of an export table; returns (rows, nhead)."""
    yrs = years
    rows = []
    if layout == "rowspan":
        lead = [C("TT"), C("Mặt hàng"), C("Chỉ tiêu"), C("Đơn vị tính")]
    else:
        lead = [C("TT"), C("Mặt hàng, chỉ tiêu"), C("Đơn vị tính")]
    nlead = len(lead)
    extra_before = [C("Ước thực hiện năm 2025")] if base else []
    extra_after = []
    if period:
        extra_after.append(C("Giai đoạn 2026-2030"))
    if growth:
        extra_after.append(C("Tăng bình quân giai đoạn (%/năm)"))
    if note:
        extra_after.append(C("Ghi chú"))
    if header == "one":
        rows.append(lead + extra_before + [C(f"Năm {y}") for y in yrs] + extra_after)
        nhead = 1
    else:
        for c in lead + extra_before + extra_after:
            c.rs = 2
        rows.append(lead + extra_before + [C("Kế hoạch các năm", cs=len(yrs))] + extra_after)
        rows.append([C(str(y)) for y in yrs])
        nhead = 2
    ncols = nlead + len(extra_before) + len(yrs) + len(extra_after)
    k = 0
    for gl, gn, prods in data:
        rows.append([C(gl, bold=True), C(gn, bold=True, cs=ncols - 1)])
        for i, (pname, pk, measures) in enumerate(prods, 1):
            if layout == "rowspan":
                first = True
                for (ml, mk, unit, vals, b, p, g) in measures:
                    r = []
                    if first:
                        r += [C(str(i), rs=len(measures)), C(pname, rs=len(measures))]
                    r += [C(ml), C(unit)]
                    r += [C(b)] if base else []
                    r += [C(v) for v in vals]
                    r += [C(p)] if period else []
                    r += [C(g)] if growth else []
                    if note:
                        r += [C(notes_text.get((pname, ml), "") if notes_text else "")]
                    rows.append(r)
                    first = False
            elif layout == "subrows":
                rows.append([C(str(i)), C(pname, bold=True)] + [C("") for _ in range(ncols - 2)])
                for (ml, mk, unit, vals, b, p, g) in measures:
                    r = [C(""), C("- " + ml), C(unit)]
                    r += [C(b)] if base else []
                    r += [C(v) for v in vals]
                    r += [C(p)] if period else []
                    r += [C(g)] if growth else []
                    r += [C("")] if note else []
                    rows.append(r)
            else:  # flat
                for (ml, mk, unit, vals, b, p, g) in measures:
                    k += 1
                    r = [C(str(k)), C(f"{ml} {pname.lower()}"), C(unit)]
                    r += [C(b)] if base else []
                    r += [C(v) for v in vals]
                    r += [C(p)] if period else []
                    r += [C(g)] if growth else []
                    r += [C("")] if note else []
                    rows.append(r)
    return rows, nhead


def add(n, text, exp, desc):
    CASES[n] = text
    EXP[n] = dict(desc=desc, targets=exp)


ANNEX = "CHỈ TIÊU XUẤT KHẨU HÀNG HÓA CHỦ LỰC GIAI ĐOẠN 2026 - 2030"
TITLE = "Kế hoạch phát triển xuất khẩu hàng hóa tỉnh Hòa Giang giai đoạn 2026 - 2030"


def mdbody(s):
    return s


# ================================================================ A. export tables
# 01 md flat, one header row
rows, nh = export_rows(EXPORT_A, layout="flat")
add("01", plan_md("Hòa Giang", "215/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, ANNEX, render_md(rows, nh, "blank")),
    export_expect(EXPORT_A), "md pipe, flat rows 'Sản lượng xuất khẩu cà phê', one header row Năm 2026..2030, group rows")
# 02 md, rowspan products, two header rows, blank-filled
rows, nh = export_rows(EXPORT_A, layout="rowspan", header="two")
add("02", plan_md("Hòa Giang", "216/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, ANNEX, render_md(rows, nh, "blank")),
    export_expect(EXPORT_A), "md pipe, product rowspan over 2 measure rows (blank cells), header group 'Kế hoạch các năm' over bare years")
# 03 md, omitted merged cells (rows shift left)
rows, nh = export_rows(EXPORT_A, layout="rowspan", header="two")
add("03", plan_md("Hòa Giang", "217/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, ANNEX, render_md(rows, nh, "omit")),
    export_expect(EXPORT_A), "md pipe, merged cells LEFT OUT: 2nd header row only years, 2nd measure row lacks TT+product (shifted left)")
# 04 md, baseline + period + growth + Ghi chú, subrows layout
notes = {}
rows, nh = export_rows(EXPORT_B, layout="subrows", header="one", base=True, period=True, growth=True, note=True)
add("04", plan_md("Tân Nguyên", "88/KH-UBND", (5, 11, 2025), "Kế hoạch phát triển xuất khẩu tỉnh Tân Nguyên giai đoạn 2026 - 2030", BODY_EXPORT, ANNEX, render_md(rows, nh, "blank")),
    export_expect(EXPORT_B, base=True, period=True, growth=True), "md pipe, product row then '- Sản lượng' sub-rows; Ước TH 2025, Giai đoạn 2026-2030 total, Tăng BQ (%/năm), Ghi chú")
# 05 md, split at page break, header repeated after '(tiếp theo)'
rows, nh = export_rows(EXPORT_A, layout="flat")
hdr = rows[:1]
part1 = rows[:1 + 5]
part2 = hdr + rows[1 + 5:]
tbl = render_md(part1, 1, "blank") + "\n\n*(Tiếp theo)*\n\n" + render_md(part2, 1, "blank")
add("05", plan_md("Hòa Giang", "218/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, ANNEX, tbl),
    export_expect(EXPORT_A), "md pipe, flat, table split in two at a page break, header repeated")
# 06 md split without header repeat
part2 = rows[1 + 5:]
t2 = render_md(part2, 0, "blank").split("\n")
t2 = [l for l in t2 if l.strip() != "|" + "|".join(["---"] * 8) + "|"]
# a headerless continuation still needs a separator row in markdown: converters emit an empty header
t2 = ["|  |  |  |  |  |  |  |  |", "|---|---|---|---|---|---|---|---|"] + [l for l in t2 if not l.startswith("|---")]
tbl = render_md(part1, 1, "blank") + "\n\n" + "\n".join(t2)
add("06", plan_md("Hòa Giang", "219/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, ANNEX, tbl),
    export_expect(EXPORT_A), "md pipe, flat, table continues after page break WITHOUT header (empty header row)")

# ---- one cell a line
def dec(n, num_, table, exp, desc, data_title=ANNEX, prov="Hòa Giang", title=TITLE, body=BODY_EXPORT):
    add(n, decision_tvpl(prov, num_, (12, 12, 2025), title, body, data_title, table), exp, desc)

rows, nh = export_rows(EXPORT_A, layout="flat")
dec("07", "1520/QĐ-UBND", render_tvpl(rows, nh), export_expect(EXPORT_A), "one-cell-a-line, flat rows, one header row")
rows, nh = export_rows(EXPORT_A, layout="flat", header="two")
dec("08", "1521/QĐ-UBND", render_tvpl(rows, nh), export_expect(EXPORT_A), "one-cell-a-line, flat, header 'Kế hoạch các năm' colspan; 2nd header row only 2026..2030")
rows, nh = export_rows(EXPORT_A, layout="rowspan", header="one")
dec("09", "1522/QĐ-UBND", render_tvpl(rows, nh), export_expect(EXPORT_A), "one-cell-a-line, product rowspan: 2nd measure row lacks TT and product")
rows, nh = export_rows(EXPORT_B, layout="rowspan", header="two", base=True, period=True, growth=True, note=True,
                       notes_text={("Điều nhân", "Sản lượng"): "Điều nhân đạt tiêu chuẩn xuất khẩu"})
dec("10", "1523/QĐ-UBND", render_tvpl(rows, nh), export_expect(EXPORT_B, base=True, period=True, growth=True),
    "one-cell-a-line, rowspan products, 2 header rows, Ước TH 2025 + Giai đoạn + Tăng BQ + Ghi chú (mostly empty cells)",
    prov="Tân Nguyên", title="Kế hoạch phát triển xuất khẩu tỉnh Tân Nguyên giai đoạn 2026 - 2030")

# 11 one-cell: long wrapped indicator names, bold group rows, ranges and >= values
IND11 = [
    ("Tỷ lệ giá trị hàng nông sản xuất khẩu qua chế biến sâu trong tổng giá trị xuất khẩu nông sản của tỉnh", ["chế biến sâu"], "%", ["35-38", "38-40", "40-42", "42-45", "45-48"]),
    ("Số doanh nghiệp xuất khẩu có chứng nhận hệ thống quản lý chất lượng theo tiêu chuẩn quốc tế", ["doanh nghiệp", "chứng nhận"], "doanh nghiệp", ["45", "52", "60", "68", "75"]),
    ("Diện tích vùng nguyên liệu được cấp mã số vùng trồng phục vụ xuất khẩu", ["mã số vùng trồng"], "ha", ["12.500", "14.000", "15.500", "17.000", "18.500"]),
    ("Tỷ lệ lô hàng xuất khẩu đáp ứng yêu cầu truy xuất nguồn gốc điện tử", ["truy xuất nguồn gốc"], "%", ["≥ 70", "≥ 75", "≥ 80", "≥ 85", "≥ 90"]),
]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính")] + [C(f"Năm {y}") for y in YEARS]]
rows.append([C("I", bold=True), C("Nhóm chỉ tiêu về chất lượng tăng trưởng xuất khẩu", bold=True, cs=7)])
exp = []
for i, (name, kw, unit, vals) in enumerate(IND11, 1):
    rows.append([C(str(i)), C(name), C(unit)] + [C(v) for v in vals])
    for y, v in zip(YEARS, vals):
        val, until, comp = num(v)
        exp.append(T(val, unit, y, kw, until=until))
dec("11", "1524/QĐ-UBND", render_tvpl(rows, 1), exp, "one-cell-a-line, long wrapped indicator cells, ranges '35-38', '≥ 70' cells")

# 12 one-cell: split into two tables at page break, header repeated, '(tiếp theo)'
rows, nh = export_rows(EXPORT_A, layout="flat")
t = render_tvpl(rows[:6], 1) + "\n\n*(Tiếp theo Phụ lục)*\n\n" + render_tvpl(rows[:1] + rows[6:], 1)
dec("12", "1525/QĐ-UBND", t, export_expect(EXPORT_A), "one-cell-a-line, flat, split at page break with header repeated")

# ---- PDF layout
W_FLAT = [4, 30, 10, 9, 9, 9, 9, 9]
rows, nh = export_rows(EXPORT_A, layout="flat")
add("13", plan_plain("Hòa Giang", "220/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), ANNEX, render_pdf(rows, W_FLAT, heads=1)),
    export_expect(EXPORT_A), "PDF layout, flat rows, one header row")
rows, nh = export_rows(EXPORT_A, layout="flat", header="two")
add("14", plan_plain("Hòa Giang", "221/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), ANNEX, render_pdf(rows, [4, 18, 10, 8, 8, 8, 8, 8], heads=2)),
    export_expect(EXPORT_A), "PDF layout, 2 header rows (Kế hoạch các năm / 2026..2030), product names wrapped on 2 lines")
rows, nh = export_rows(EXPORT_A, layout="flat")
p1 = render_pdf(rows[:6], W_FLAT, heads=1)
p2 = render_pdf(rows[:1] + rows[6:], W_FLAT, heads=1)
add("15", plan_plain("Hòa Giang", "222/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), ANNEX,
                     p1 + "\n\n" + " " * 44 + "7\n\f" + p2),
    export_expect(EXPORT_A), "PDF layout, page break (page number + form feed), header repeated")
p2b = render_pdf(rows[6:], W_FLAT, heads=0)
add("16", plan_plain("Hòa Giang", "223/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), ANNEX,
                     p1 + "\n\n" + " " * 44 + "7\n\f" + p2b),
    export_expect(EXPORT_A), "PDF layout, page break, continuation WITHOUT header")
rows, nh = export_rows(EXPORT_A, layout="rowspan")
add("17", plan_plain("Hòa Giang", "224/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), ANNEX, render_pdf(rows, [3, 12, 12, 9, 8, 8, 8, 8, 8], heads=1)),
    export_expect(EXPORT_A), "PDF layout, product rowspan (product name vertically centred between its two measure rows)")

# ================================================================ B. sector indicators
HEALTH = [
    ("Số giường bệnh trên 10.000 dân", ["giường bệnh"], "giường", "31,5", ["32", "32,5", "33", "34", "35"]),
    ("Số bác sĩ trên 10.000 dân", ["bác sĩ"], "bác sĩ", "11,2", ["11,5", "12", "12,5", "13", "13,5"]),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", ["bảo hiểm y tế"], "%", "93,4", ["94", "94,5", "95", "95,5", "96"]),
    ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", ["tiêm chủng"], "%", "96,8", [">97", ">97", ">97,5", ">98", ">98"]),
    ("Tỷ lệ xã, phường có bác sĩ làm việc", ["xã, phường", "bác sĩ làm việc"], "%", "100", ["100", "100", "100", "100", "100"]),
]


def indicator_table(items, base_label="Năm 2025 (ước thực hiện)", base=True, unitcol="Đơn vị", years=YEARS):
    rows = [[C("TT"), C("Chỉ tiêu"), C(unitcol)] + ([C(base_label)] if base else []) + [C(f"Năm {y}") for y in years]]
    exp = []
    for i, (name, kw, unit, b, vals) in enumerate(items, 1):
        rows.append([C(str(i)), C(name), C(unit)] + ([C(b)] if base else []) + [C(v) for v in vals])
        if base:
            exp.append(T(num(b)[0], unit, 2025, kw, kind="achieved", optional=True, note="baseline"))
        for y, v in zip(years, vals):
            val, until, comp = num(v.replace(">", "Trên")) if v.startswith(">") else num(v)
            exp.append(T(val, unit, y, kw, until=until))
    return rows, exp


BODY_HEALTH = """**I. MỤC TIÊU**

**1. Mục tiêu chung**

Nâng cao chất lượng chăm sóc sức khỏe Nhân dân, phát triển hệ thống y tế cơ sở.

**2. Chỉ tiêu cụ thể**

Các chỉ tiêu chủ yếu theo từng năm như sau:

{table}

**II. NHIỆM VỤ, GIẢI PHÁP**

Củng cố mạng lưới y tế cơ sở; phát triển nhân lực y tế.

**III. TỔ CHỨC THỰC HIỆN**

Sở Y tế chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""

rows, exp = indicator_table(HEALTH)
t18 = plan_md("Phú Lâm", "142/KH-UBND", (20, 12, 2025), "Kế hoạch phát triển sự nghiệp y tế tỉnh Phú Lâm giai đoạn 2026 - 2030",
              BODY_HEALTH.format(table=render_md(rows, 1, "blank")), "", "")
add("18", t18.split("**PHỤ LỤC**")[0], exp, "md pipe inside section I.2 (not an annex), health indicators, 'Năm 2025 (ước thực hiện)' baseline, '>97' cells, 'trên 10.000 dân' in indicator")

EDU = [
    ("Tỷ lệ trẻ em mẫu giáo đi học", ["mẫu giáo"], "%", "98,6", ["≥ 99", "≥ 99", "≥ 99", "≥ 99,5", "≥ 99,5"]),
    ("Tỷ lệ trường mầm non đạt chuẩn quốc gia", ["mầm non", "chuẩn quốc gia"], "%", "71,3", ["73", "75", "78", "81", "85"]),
    ("Tỷ lệ trường tiểu học đạt chuẩn quốc gia", ["tiểu học", "chuẩn quốc gia"], "%", "82,5", ["84", "86", "88", "90", "92"]),
    ("Số phòng học được kiên cố hóa tăng thêm", ["phòng học", "kiên cố"], "phòng", "-", ["120", "135", "140", "150", "155"]),
    ("Tỷ lệ lao động qua đào tạo", ["lao động qua đào tạo"], "%", "68", ["70", "72", "74", "76", "78-80"]),
]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính"), C("Thực hiện năm 2025")] + [C(f"Năm {y}") for y in YEARS]]
exp = []
for i, (name, kw, unit, b, vals) in enumerate(EDU, 1):
    rows.append([C(str(i)), C(name), C(unit), C(b)] + [C(v) for v in vals])
    if b != "-":
        exp.append(T(num(b)[0], unit, 2025, kw, kind="achieved", optional=True, note="baseline"))
    for y, v in zip(YEARS, vals):
        val, until, comp = num(v)
        exp.append(T(val, unit, y, kw, until=until))
BODY_EDU = BODY_HEALTH.replace("chăm sóc sức khỏe Nhân dân, phát triển hệ thống y tế cơ sở", "chất lượng giáo dục và đào tạo").replace(
    "Củng cố mạng lưới y tế cơ sở; phát triển nhân lực y tế", "Đổi mới quản lý giáo dục").replace("Sở Y tế", "Sở Giáo dục và Đào tạo")
dec("19", "2104/QĐ-UBND", "", [], "")
CASES["19"] = decision_tvpl("Phú Lâm", "2104/QĐ-UBND", (20, 12, 2025), "Kế hoạch phát triển giáo dục và đào tạo tỉnh Phú Lâm giai đoạn 2026 - 2030",
                            BODY_EDU.format(table=render_tvpl(rows, 1)), "", "").split("**PHỤ LỤC**")[0]
EXP["19"] = dict(desc="one-cell-a-line inside section I.2, education indicators, baseline 'Thực hiện năm 2025' with '-' cell, '≥ 99' and '78-80' cells", targets=exp)

DIGI = [
    ("Tỷ lệ dịch vụ công trực tuyến toàn trình", ["dịch vụ công trực tuyến toàn trình"], "%", "65", ["75", "80", "85", "90", "100"]),
    ("Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", ["hồ sơ công việc", "môi trường mạng"], "%", "90", ["95", "97", "98", "99", "100"]),
    ("Số nền tảng số dùng chung của tỉnh được đưa vào vận hành", ["nền tảng số"], "nền tảng", "4", ["6", "8", "10", "11", "12"]),
    ("Tỷ trọng kinh tế số trong GRDP", ["kinh tế số", "GRDP"], "%", "11,5", ["13", "15", "17", "18,5", "20"]),
]
rows, exp = indicator_table(DIGI, base_label="Năm 2025")
BODY_DIGI = BODY_HEALTH.replace("chăm sóc sức khỏe Nhân dân, phát triển hệ thống y tế cơ sở", "hiệu quả chuyển đổi số").replace(
    "Củng cố mạng lưới y tế cơ sở; phát triển nhân lực y tế", "Phát triển hạ tầng số").replace("Sở Y tế", "Sở Khoa học và Công nghệ").replace("**", "")
add("20", plan_plain("Bắc Lâm", "301/KH-UBND", (2, 12, 2025), "Chuyển đổi số tỉnh Bắc Lâm giai đoạn 2026 - 2030",
                     BODY_DIGI.format(table=render_pdf(rows, [4, 34, 9, 7, 7, 7, 7, 7, 7], heads=1)), "", "").split("PHỤ LỤC")[0],
    exp, "PDF layout inside section I.2, digital transformation, 'Năm 2025' baseline column NOT marked as estimate, wrapped indicator names")

# 21 md: Hiện trạng 2024 + Mục tiêu đến năm 2030 single column
ENV = [
    ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", ["chất thải rắn", "đô thị"], "%", "92", "100"),
    ("Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn", ["nước sạch", "nông thôn"], "%", "58", "75"),
    ("Tỷ lệ che phủ rừng", ["che phủ rừng"], "%", "44,2", "45"),
    ("Số khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn", ["khu công nghiệp", "nước thải"], "khu", "3", "6"),
]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính"), C("Hiện trạng năm 2024"), C("Mục tiêu đến năm 2030"), C("Ghi chú")]]
exp = []
for i, (name, kw, unit, b, v) in enumerate(ENV, 1):
    rows.append([C(str(i)), C(name), C(unit), C(b), C(v), C("")])
    exp.append(T(num(b)[0], unit, 2024, kw, kind="achieved", optional=True, note="baseline"))
    exp.append(T(num(v)[0], unit, 2030, kw))
add("21", plan_md("Tây Hà", "77/KH-UBND", (3, 10, 2025), "Kế hoạch bảo vệ môi trường tỉnh Tây Hà đến năm 2030", BODY_HEALTH.replace("Sở Y tế", "Sở Nông nghiệp và Môi trường").format(table="(Chi tiết tại Phụ lục kèm theo)"),
                  "CÁC CHỈ TIÊU MÔI TRƯỜNG ĐẾN NĂM 2030", render_md(rows, 1, "blank")),
    exp, "md pipe annex, 'Hiện trạng năm 2024' + 'Mục tiêu đến năm 2030' columns, empty Ghi chú")

# 22 one-cell: Chỉ tiêu năm 2026 + Đơn vị chủ trì (annual plan)
ANN = [
    ("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", ["đúng hạn"], "%", "≥ 98", "Văn phòng UBND tỉnh"),
    ("Số cuộc kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", ["cuộc kiểm tra"], "cuộc", "12", "Sở Nội vụ"),
    ("Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình", ["dịch vụ công trực tuyến"], "%", "80", "Sở Khoa học và Công nghệ"),
    ("Số lớp tập huấn nghiệp vụ kiểm soát thủ tục hành chính", ["lớp tập huấn"], "lớp", "04", "Văn phòng UBND tỉnh"),
]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính"), C("Chỉ tiêu năm 2026"), C("Đơn vị chủ trì")]]
exp = []
for i, (name, kw, unit, v, lead) in enumerate(ANN, 1):
    rows.append([C(str(i)), C(name), C(unit), C(v), C(lead)])
    exp.append(T(num(v)[0], unit, 2026, kw))
CASES["22"] = decision_tvpl("Phú Lâm", "2230/QĐ-UBND", (26, 12, 2025), "Kế hoạch cải cách hành chính năm 2026",
                            BODY_HEALTH.replace("Sở Y tế", "Sở Nội vụ").format(table=render_tvpl(rows, 1)), "", "").split("**PHỤ LỤC**")[0]
EXP["22"] = dict(desc="one-cell-a-line in section I.2, single 'Chỉ tiêu năm 2026' column + 'Đơn vị chủ trì' column (deadline from header)", targets=exp)

# ================================================================ C. district / commune columns
DIST = ["Huyện Tân An", "Huyện Phước Lộc", "Huyện Đồng Xuân", "Thị xã Bình Hà"]
DROWS = [
    ("Số xã đạt chuẩn nông thôn mới nâng cao", ["nông thôn mới nâng cao"], "xã", ["3", "2", "4", "2"], "11"),
    ("Tỷ lệ hộ nghèo giảm trong năm", ["hộ nghèo"], "%", ["1,2", "1,5", "1", "0,5"], "1,1"),
    ("Diện tích trồng rừng tập trung", ["trồng rừng"], "ha", ["350", "420", "180", "60"], "1.010"),
]


def district_rows(cols=DIST, total="Toàn tỉnh"):
    rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính")] + [C(d) for d in cols] + [C(total)]]
    exp = []
    for i, (name, kw, unit, vals, tot) in enumerate(DROWS, 1):
        rows.append([C(str(i)), C(name), C(unit)] + [C(v) for v in vals] + [C(tot)])
        for d, v in zip(cols, vals):
            exp.append(T(num(v)[0], unit, 2026, kw + [d.split(" ", 1)[1].lower()]))
        exp.append(T(num(tot)[0], unit, 2026, kw))
    return rows, exp


BODY_DIST = """**I. MỤC TIÊU**

Phấn đấu hoàn thành các chỉ tiêu phát triển nông thôn năm 2026 được giao tại Phụ lục kèm theo.

**II. TỔ CHỨC THỰC HIỆN**

Ủy ban nhân dân các huyện, thị xã tổ chức thực hiện các chỉ tiêu được giao; báo cáo kết quả về Sở
Nông nghiệp và Môi trường.
"""
rows, exp = district_rows()
add("23", plan_md("Đông Nguyên", "64/KH-UBND", (15, 1, 2026), "Kế hoạch thực hiện Chương trình phát triển nông thôn năm 2026", BODY_DIST,
                  "GIAO CHỈ TIÊU PHÁT TRIỂN NÔNG THÔN NĂM 2026 CHO CÁC HUYỆN, THỊ XÃ", render_md(rows, 1, "blank")),
    exp, "md pipe, indicators by district columns + 'Toàn tỉnh', year only in the annex title")
COMM = ["Xã Tân Hòa", "Xã Mỹ Phước", "Xã An Thạnh", "Phường Bình Minh"]
rows, exp = district_rows(COMM, "Tổng")
dec("24", "45/QĐ-UBND", render_tvpl(rows, 1), exp, "one-cell-a-line, indicators by commune columns + 'Tổng', year only in annex title",
    data_title="GIAO CHỈ TIÊU PHÁT TRIỂN NÔNG THÔN NĂM 2026 CHO CÁC XÃ, PHƯỜNG", prov="Đông Nguyên",
    title="Kế hoạch thực hiện Chương trình phát triển nông thôn năm 2026", body=BODY_DIST)
rows, exp = district_rows()
add("25", plan_plain("Đông Nguyên", "65/KH-UBND", (15, 1, 2026), "Thực hiện Chương trình phát triển nông thôn năm 2026", BODY_DIST.replace("**", ""),
                     "GIAO CHỈ TIÊU PHÁT TRIỂN NÔNG THÔN NĂM 2026 CHO CÁC HUYỆN, THỊ XÃ", render_pdf(rows, [4, 24, 7, 9, 9, 9, 8, 8], heads=1)),
    exp, "PDF layout, district columns with 2-line headers ('Huyện' / 'Phước Lộc'), wrapped indicator names")

# ================================================================ D. budget tables
BUD = [("Tổ chức hội chợ, triển lãm xúc tiến xuất khẩu", ["1.200", "1.250", "1.300", "1.350", "1.400"], "6.500"),
       ("Xây dựng, quảng bá thương hiệu sản phẩm chủ lực", ["800", "850", "900", "900", "950"], "4.400"),
       ("Hỗ trợ doanh nghiệp chứng nhận tiêu chuẩn quốc tế", ["500", "500", "550", "550", "600"], "2.700")]
rows = [[C("TT", rs=2), C("Nội dung", rs=2), C("Dự kiến kinh phí (triệu đồng)", cs=6), C("Nguồn vốn", rs=2)],
        [C(str(y)) for y in YEARS] + [C("Tổng cộng")]]
for i, (n, vals, tot) in enumerate(BUD, 1):
    rows.append([C(str(i)), C(n)] + [C(v) for v in vals] + [C(tot), C("Ngân sách tỉnh")])
rows.append([C(""), C("Tổng cộng", bold=True)] + [C(v, bold=True) for v in ["2.500", "2.600", "2.750", "2.800", "2.950", "13.600"]] + [C("")])
add("26", plan_md("Hòa Giang", "225/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, "DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH", render_md(rows, 2, "blank")),
    [], "md pipe BUDGET table (kinh phí triệu đồng per year + Tổng cộng): no targets")
dec("27", "1526/QĐ-UBND", render_tvpl(rows, 2), [], "one-cell-a-line BUDGET table (2 header rows): no targets",
    data_title="DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH")
add("28", plan_plain("Hòa Giang", "226/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), "DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH",
                     render_pdf(rows, [4, 26, 7, 7, 7, 7, 7, 8, 10], heads=2)), [], "PDF layout BUDGET table: no targets")
# 29 md mixed: training classes (counts are targets) + kinh phí column (not)
TR = [("Tập huấn kỹ năng xuất khẩu cho doanh nghiệp", ["tập huấn", "doanh nghiệp"], "lớp", ["4", "4", "5", "5", "6"], "320"),
      ("Đoàn xúc tiến thương mại ra nước ngoài", ["đoàn xúc tiến"], "đoàn", ["2", "2", "3", "3", "3"], "2.600"),
      ("Hội nghị kết nối giao thương", ["hội nghị kết nối"], "hội nghị", ["3", "3", "3", "4", "4"], "450")]
rows = [[C("TT"), C("Nội dung hoạt động"), C("Đơn vị tính")] + [C(f"Năm {y}") for y in YEARS] + [C("Kinh phí dự kiến (triệu đồng/năm)")]]
exp = []
for i, (n, kw, unit, vals, kp) in enumerate(TR, 1):
    rows.append([C(str(i)), C(n), C(unit)] + [C(v) for v in vals] + [C(kp)])
    for y, v in zip(YEARS, vals):
        exp.append(T(num(v)[0], unit, y, kw))
add("29", plan_md("Hòa Giang", "227/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, "HOẠT ĐỘNG XÚC TIẾN XUẤT KHẨU HẰNG NĂM", render_md(rows, 1, "blank")),
    exp, "md pipe: counts per year are targets, last column 'Kinh phí dự kiến (triệu đồng/năm)' is budget (not targets)")

# ================================================================ E. others
# 30 annual socio-economic plan: TH 2025 | KH 2026 | So sánh (%)
SE = [("Tốc độ tăng trưởng GRDP", ["GRDP"], "%", "7,1", "8,0-8,5", None),
      ("GRDP bình quân đầu người", ["bình quân đầu người"], "triệu đồng", "78,5", "86", "109,6"),
      ("Tổng vốn đầu tư toàn xã hội", ["vốn đầu tư"], "tỷ đồng", "41.200", "46.000", "111,7"),
      ("Tỷ lệ đô thị hóa", ["đô thị hóa"], "%", "38,2", "40", None),
      ("Số doanh nghiệp thành lập mới", ["doanh nghiệp thành lập mới"], "doanh nghiệp", "1.150", "1.300", "113,0")]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính"), C("Ước thực hiện năm 2025"), C("Kế hoạch năm 2026"), C("Kế hoạch 2026 so với ước thực hiện 2025 (%)")]]
exp = []
for i, (n, kw, unit, b, v, cmp) in enumerate(SE, 1):
    rows.append([C(str(i)), C(n), C(unit), C(b), C(v), C(cmp or "")])
    exp.append(T(num(b)[0], unit, 2025, kw, kind="achieved", optional=True, note="baseline"))
    val, until, _ = num(v)
    exp.append(T(val, unit, 2026, kw, until=until))
    if cmp:
        exp.append(T(num(cmp)[0], "%", 2026, kw, optional=True, note="comparison column"))
BODY_SE = """**I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2025**

Kinh tế của tỉnh tiếp tục tăng trưởng khá; thu hút đầu tư chuyển biến tích cực.

**II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2026**

Các chỉ tiêu chủ yếu năm 2026 như sau:

{table}

**III. TỔ CHỨC THỰC HIỆN**

Sở Tài chính chủ trì theo dõi, tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh.
"""
CASES["30"] = decision_tvpl("Tây Hà", "1987/QĐ-UBND", (18, 12, 2025), "Kế hoạch phát triển kinh tế - xã hội năm 2026",
                            BODY_SE.format(table=render_tvpl(rows, 1)), "", "").split("**PHỤ LỤC**")[0]
EXP["30"] = dict(desc="one-cell-a-line annual KT-XH plan: 'Ước thực hiện năm 2025' | 'Kế hoạch năm 2026' | 'So sánh (%)', one range '8,0-8,5'", targets=exp)

# 31 one-cell: ĐVT merged (rowspan) over consecutive rows with the same unit -> later rows lack the unit cell
U31 = [("Tỷ lệ xã có điểm bưu điện văn hóa hoạt động hiệu quả", ["bưu điện văn hóa"], "%", ["85", "88", "90", "93", "95"]),
       ("Tỷ lệ hộ gia đình sử dụng cáp quang", ["cáp quang"], "%", ["82", "85", "88", "91", "94"]),
       ("Tỷ lệ thôn, bản có sóng di động 4G/5G", ["sóng di động"], "%", ["97", "98", "99", "100", "100"]),
       ("Số trạm BTS 5G lắp đặt mới", ["trạm BTS 5G"], "trạm", ["150", "200", "250", "250", "300"]),
       ("Số điểm truy cập wifi công cộng miễn phí", ["wifi công cộng"], "điểm", ["60", "80", "100", "120", "140"])]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính")] + [C(f"Năm {y}") for y in YEARS]]
exp = []
for i, (n, kw, unit, vals) in enumerate(U31, 1):
    r = [C(str(i)), C(n)]
    if i == 1:
        r.append(C("%", rs=3))
    elif i > 3:
        r.append(C(unit))
    rows.append(r + [C(v) for v in vals])
    for y, v in zip(YEARS, vals):
        exp.append(T(num(v)[0], unit, y, kw))
dec("31", "1527/QĐ-UBND", render_tvpl(rows, 1), exp, "one-cell-a-line: 'Đơn vị tính' cell '%' merged over rows 1-3, so rows 2-3 have one cell fewer",
    data_title="CHỈ TIÊU PHÁT TRIỂN HẠ TẦNG SỐ GIAI ĐOẠN 2026 - 2030", title="Kế hoạch phát triển hạ tầng số tỉnh Hòa Giang giai đoạn 2026 - 2030")

# 32 md: commune list with target year cells (years are not targets) and baseline counts
NTM = [("Xã Tân Hòa", "15", "2027"), ("Xã Mỹ Phước", "17", "2026"), ("Xã An Thạnh", "12", "2029"), ("Xã Hòa Lộc", "16", "2028")]
rows = [[C("TT"), C("Tên xã"), C("Số tiêu chí đã đạt (đến 31/12/2025)"), C("Năm phấn đấu đạt chuẩn nông thôn mới nâng cao"), C("Ghi chú")]]
exp = []
for i, (x, b, y) in enumerate(NTM, 1):
    rows.append([C(str(i)), C(x), C(b), C(y), C("")])
    exp.append(T(num(b)[0], "tiêu chí", 2025, ["tiêu chí", x.split(" ", 1)[1].lower()], kind="achieved", optional=True, note="baseline"))
add("32", plan_md("Đông Nguyên", "66/KH-UBND", (15, 1, 2026), "Kế hoạch xây dựng xã nông thôn mới nâng cao giai đoạn 2026 - 2030", BODY_DIST,
                  "LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO", render_md(rows, 1, "blank")),
    exp, "md pipe: column of target YEARS (2026..2029) and baseline counts: no targets (years are not targets)")

# 33 PDF: values with unit inside the cell, no ĐVT column, period column with growth range
P33 = [("Sản lượng cà phê nhân xuất khẩu", ["cà phê"], ["118.000 tấn", "121.500 tấn", "125.000 tấn"], "tăng 3-4%/năm", "tấn"),
       ("Kim ngạch xuất khẩu hạt điều", ["điều"], ["288 triệu USD", "301 triệu USD", "315 triệu USD"], "tăng 4-5%/năm", "triệu USD"),
       ("Số doanh nghiệp tham gia xuất khẩu trực tiếp", ["doanh nghiệp"], ["140 doanh nghiệp", "150 doanh nghiệp", "165 doanh nghiệp"], "tăng 8%/năm", "doanh nghiệp")]
Y3 = [2026, 2027, 2028]
rows = [[C("TT"), C("Chỉ tiêu")] + [C(f"Năm {y}") for y in Y3] + [C("Định hướng giai đoạn 2026-2028")]]
exp = []
for i, (n, kw, vals, per, unit) in enumerate(P33, 1):
    rows.append([C(str(i)), C(n)] + [C(v) for v in vals] + [C(per)])
    for y, v in zip(Y3, vals):
        exp.append(T(num(v.split(" ")[0])[0], unit, y, kw))
    m = re.search(r"([\d,]+)(?:-([\d,]+))?%", per)
    exp.append(T(num(m.group(1))[0], "%", 2028, kw, until=num(m.group(2))[0] if m.group(2) else None, note="growth"))
add("33", plan_plain("Hòa Giang", "228/KH-UBND", (12, 12, 2025), "Phát triển xuất khẩu giai đoạn 2026 - 2028", BODY_EXPORT.replace("**", ""),
                     "CHỈ TIÊU XUẤT KHẨU GIAI ĐOẠN 2026 - 2028", render_pdf(rows, [4, 26, 12, 12, 12, 16], heads=1)),
    exp, "PDF layout, unit inside value cells ('118.000 tấn'), no ĐVT column, growth ranges 'tăng 3-4%/năm' in a period column")

# 34 one-cell: markdown pipe rows but bold header cells with wrapped '**Năm\n2026**' and 'ĐVT'
rows, nh = export_rows(EXPORT_B, layout="flat", header="one", period=True)
for c in rows[0]:
    if c.text.startswith("Năm "):
        c.text = c.text  # kept
    if c.text == "Đơn vị tính":
        c.text = "ĐVT"
t = render_tvpl(rows, 1)
# TVPL wraps narrow header cells: "**Năm\n2026**"
t = re.sub(r"\*\*Năm (20\d\d)\*\*", r"**Năm\n\1**", t)
t = t.replace("**Giai đoạn 2026-2030**", "**Giai đoạn\n2026-2030**")
dec("34", "1528/QĐ-UBND", t, export_expect(EXPORT_B, period=True), "one-cell-a-line, 'ĐVT' header, year headers wrapped '**Năm\\n2026**', period total column wrapped",
    prov="Tân Nguyên", title="Kế hoạch phát triển xuất khẩu tỉnh Tân Nguyên giai đoạn 2026 - 2030")

# 35 md: plain 2-header md where the group header names the measure ("Sản lượng (tấn)" over years, "Kim ngạch (triệu USD)" over years)
P35 = [("Cà phê", ["cà phê"], ["118.000", "125.000", "132.000"], ["410", "455", "505"]),
       ("Hồ tiêu", ["hồ tiêu"], ["21.000", "22.500", "24.000"], ["96", "107", "118"]),
       ("Cao su", ["cao su"], ["34.000", "35.500", "37.000"], ["52", "56", "61"])]
Y35 = [2026, 2028, 2030]
rows = [[C("TT", rs=2), C("Mặt hàng", rs=2), C("Sản lượng xuất khẩu (tấn)", cs=3), C("Kim ngạch xuất khẩu (triệu USD)", cs=3)],
        [C(str(y)) for y in Y35] + [C(str(y)) for y in Y35]]
exp = []
for i, (n, kw, s, k) in enumerate(P35, 1):
    rows.append([C(str(i)), C(n)] + [C(v) for v in s] + [C(v) for v in k])
    for y, v in zip(Y35, s):
        exp.append(T(num(v)[0], "tấn", y, kw + ["sản lượng"]))
    for y, v in zip(Y35, k):
        exp.append(T(num(v)[0], "triệu USD", y, kw + ["kim ngạch"]))
add("35", plan_md("Hòa Giang", "229/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT, ANNEX, render_md(rows, 2, "blank")),
    exp, "md pipe, measures as column groups ('Sản lượng xuất khẩu (tấn)' over 2026/2028/2030, 'Kim ngạch (triệu USD)' over the same years), unit in the group header")
CASES["36"] = None
rows[1] = [C(str(y)) for y in Y35] + [C(str(y)) for y in Y35]
dec("36", "1529/QĐ-UBND", render_tvpl(rows, 2), exp, "one-cell-a-line version of 35: measure column groups with unit in group header, 2nd header row only years")
rows_pdf = rows
add("37", plan_plain("Hòa Giang", "230/KH-UBND", (12, 12, 2025), TITLE, BODY_EXPORT.replace("**", ""), ANNEX,
                     render_pdf(rows, [4, 12, 9, 9, 9, 8, 8, 8], heads=2)),
    exp, "PDF layout version of 35: measure column groups, unit in group header")

# 38 one-cell: case 10 with the Ghi chú column left entirely blank (the common case)
rows, nh = export_rows(EXPORT_B, layout="rowspan", header="two", base=True, period=True, growth=True, note=True)
dec("38", "1530/QĐ-UBND", render_tvpl(rows, nh), export_expect(EXPORT_B, base=True, period=True, growth=True),
    "one-cell-a-line, as 10 but the 'Ghi chú' column empty in every row (so every row ends '|\\n|\\n|')",
    prov="Tân Nguyên", title="Kế hoạch phát triển xuất khẩu tỉnh Tân Nguyên giai đoạn 2026 - 2030")

# 39 md with merged 'Đơn vị tính' LEFT OUT (rows 2-3 shift left by one cell)
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính")] + [C(f"Năm {y}") for y in YEARS]]
exp = []
for i, (n, kw, unit, vals) in enumerate(U31, 1):
    r = [C(str(i)), C(n)]
    if i == 1:
        r.append(C("%", rs=3))
    elif i > 3:
        r.append(C(unit))
    rows.append(r + [C(v) for v in vals])
    for y, v in zip(YEARS, vals):
        exp.append(T(num(v)[0], unit, y, kw))
add("39", plan_md("Hòa Giang", "231/KH-UBND", (12, 12, 2025), "Kế hoạch phát triển hạ tầng số tỉnh Hòa Giang giai đoạn 2026 - 2030", BODY_EXPORT,
                  "CHỈ TIÊU PHÁT TRIỂN HẠ TẦNG SỐ GIAI ĐOẠN 2026 - 2030", render_md(rows, 1, "omit")),
    exp, "md pipe: 'Đơn vị tính' '%' merged over rows 1-3 and LEFT OUT of rows 2-3 (their values shift one column left)")

# 40 one-cell: indicator table with blank cells (no aim set for some years)
B40 = [("Số hợp tác xã nông nghiệp ứng dụng công nghệ cao", ["hợp tác xã"], "hợp tác xã", ["5", "", "8", "", "12"]),
       ("Diện tích sản xuất theo tiêu chuẩn hữu cơ", ["hữu cơ"], "ha", ["450", "600", "", "900", "1.100"]),
       ("Số sản phẩm OCOP đạt 4 sao trở lên", ["OCOP"], "sản phẩm", ["", "10", "", "", "20"]),
       ("Tỷ lệ diện tích cây trồng chủ lực được cấp mã số vùng trồng", ["mã số vùng trồng"], "%", ["40", "50", "60", "70", "80"])]
rows = [[C("TT"), C("Chỉ tiêu"), C("Đơn vị tính")] + [C(f"Năm {y}") for y in YEARS]]
exp = []
for i, (n, kw, unit, vals) in enumerate(B40, 1):
    rows.append([C(str(i)), C(n), C(unit)] + [C(v) for v in vals])
    for y, v in zip(YEARS, vals):
        if v:
            exp.append(T(num(v)[0], unit, y, kw))
dec("40", "1531/QĐ-UBND", render_tvpl(rows, 1), exp, "one-cell-a-line: some year cells left blank (no aim that year): '|\\n|' inside a row",
    data_title="CHỈ TIÊU PHÁT TRIỂN NÔNG NGHIỆP CÔNG NGHỆ CAO GIAI ĐOẠN 2026 - 2030", title="Kế hoạch phát triển nông nghiệp công nghệ cao tỉnh Hòa Giang giai đoạn 2026 - 2030")

for n, txt in CASES.items():
    with open(os.path.join(HERE, "cases", f"{n}.txt"), "w") as f:
        f.write(txt)
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(EXP, f, ensure_ascii=False, indent=1)
print(len(CASES), "cases")
