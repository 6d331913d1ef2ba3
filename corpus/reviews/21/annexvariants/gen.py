"""Build the cases of review 21 / annexvariants and their expectations (written before any run).
Everything is invented. Run: python gen.py"""
from __future__ import annotations

import json
import random
from pathlib import Path

from render import C, md, onecell
import doc

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
OUT.mkdir(exist_ok=True)


def num(s):
    s = s.strip()
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    return int(s.replace(".", ""))


def E(value, unit, deadline, words, until=None, kind="target", opt=False, cmp=None):
    if isinstance(deadline, (str, int)):
        deadline = [str(deadline)]
    return {"value": value, "until": until, "unit": unit, "kind": kind, "deadline": deadline,
            "words": words, "opt": opt, "cmp": cmp}


B = lambda t, **k: C(t, bold=True, **k)  # noqa: E731


def years_rows(rows, years, unitcol=True, words=None, base=None):
    """rows: (tt, label, unit, [cells], words). Returns body rows and expectations; a cell is a
    plain number string, '-' or ''."""
    body, exps = [], []
    for tt, label, unit, cells, w in rows:
        body.append([tt, label] + ([unit] if unitcol else []) + list(cells))
        for y, c in zip(years, cells):
            if c in ("", "-"):
                continue
            if y == "base":
                exps.append(E(num(c), unit, None, w, kind="achieved", opt=True))
            else:
                exps.append(E(num(c), unit, y, w))
    return body, exps


TABLES = {}


def table(fn):
    TABLES[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------- T1: split into two parts, header repeated
@table
def t01():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Ước thực hiện\nnăm 2025"), B("Kế hoạch\nnăm 2026"),
            B("Kế hoạch\nnăm 2027"), B("Kế hoạch\nnăm 2028")]]
    years = ["base", "2026", "2027", "2028"]
    r1 = [
        ("1", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", ["58.400", "64.200", "70.500", "77.300"], ["tổng mức bán lẻ"]),
        ("2", "Tốc độ tăng tổng mức bán lẻ hàng hóa", "%", ["10,2", "10,0", "9,8", "9,6"], ["tốc độ tăng"]),
        ("3", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", ["1.620", "1.780", "1.950", "2.140"], ["xuất khẩu"]),
        ("4", "Kim ngạch nhập khẩu hàng hóa", "Triệu USD", ["940", "1.010", "1.085", "1.160"], ["nhập khẩu"]),
        ("5", "Số chợ được đầu tư xây mới, nâng cấp", "Chợ", ["6", "8", "8", "10"], ["chợ"]),
        ("6", "Số siêu thị, trung tâm thương mại", "Cơ sở", ["14", "16", "18", "21"], ["siêu thị"]),
    ]
    r2 = [
        ("7", "Tỷ lệ doanh nghiệp thương mại ứng dụng thương mại điện tử", "%", ["48", "55", "62", "70"], ["thương mại điện tử"]),
        ("8", "Số doanh nghiệp có hoạt động xuất khẩu", "Doanh nghiệp", ["210", "230", "250", "275"], ["hoạt động xuất khẩu"]),
        ("9", "Số mặt hàng xuất khẩu đạt kim ngạch trên 100 triệu USD", "Mặt hàng", ["4", "5", "5", "6"], ["mặt hàng"]),
        ("10", "Số cửa hàng tiện lợi, chuỗi bán lẻ hiện đại", "Cửa hàng", ["320", "360", "400", "450"], ["cửa hàng tiện lợi"]),
        ("11", "Số sản phẩm OCOP được kết nối tiêu thụ qua sàn thương mại điện tử", "Sản phẩm", ["150", "190", "230", "270"], ["ocop"]),
        ("12", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", "%", ["7,5", "8,5", "9,5", "10,5"], ["tỷ trọng"]),
    ]
    b1, e1 = years_rows(r1, years)
    b2, e2 = years_rows(r2, years)
    return dict(parts=[(hdr, b1), (hdr, b2)], between="\n\n**Biểu 01 (tiếp theo)**\n\n", exps=e1 + e2,
                title=["**PHỤ LỤC**", "", "**Biểu 01. CÁC CHỈ TIÊU PHÁT TRIỂN THƯƠNG MẠI GIAI ĐOẠN 2026 - 2028**"],
                doc=("plan", "Lạc Sơn", "Phát triển thương mại tỉnh Lạc Sơn giai đoạn 2026 - 2028", "thương mại"))


# ---------------------------------------------------------------- T2: full header repeated mid-table
@table
def t02():
    h = [B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028"), B("Năm 2029"), B("Năm 2030")]
    years = ["2026", "2027", "2028", "2029", "2030"]
    r1 = [
        ("1", "Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản", "%", ["3,2", "3,3", "3,4", "3,5", "3,6"], ["giá trị sản xuất"]),
        ("2", "Tỷ lệ che phủ rừng", "%", ["43,1", "43,3", "43,5", "43,7", "44,0"], ["che phủ rừng"]),
        ("3", "Diện tích trồng rừng tập trung", "ha", ["2.400", "2.450", "2.500", "2.550", "2.600"], ["trồng rừng"]),
        ("4", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", ["12", "18", "24", "30", "36"], ["nông thôn mới nâng cao"]),
        ("5", "Số sản phẩm OCOP đạt 3 sao trở lên", "Sản phẩm", ["95", "110", "125", "140", "155"], ["ocop"]),
    ]
    r2 = [
        ("6", "Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt quy chuẩn", "%", ["62", "66", "70", "75", "80"], ["nước sạch"]),
        ("7", "Diện tích sản xuất nông nghiệp hữu cơ", "ha", ["1.850", "2.100", "2.400", "2.700", "3.000"], ["hữu cơ"]),
        ("8", "Số hợp tác xã nông nghiệp hoạt động hiệu quả", "Hợp tác xã", ["140", "155", "170", "185", "200"], ["hợp tác xã"]),
        ("9", "Giá trị sản phẩm thu được trên 1 ha đất trồng trọt", "Triệu đồng", ["128", "134", "140", "146", "152"], ["đất trồng trọt"]),
    ]
    b1, e1 = years_rows(r1, years)
    b2, e2 = years_rows(r2, years)
    rep = [C(x.text, bold=True) for x in h]
    return dict(parts=[([h], b1 + [rep] + b2)], exps=e1 + e2,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU PHÁT TRIỂN NÔNG NGHIỆP, NÔNG THÔN GIAI ĐOẠN 2026 - 2030**"],
                doc=("decision", "Bình Khê", "Phát triển nông nghiệp, nông thôn tỉnh Bình Khê giai đoạn 2026 - 2030",
                     "nông nghiệp, nông thôn", "Sở Nông nghiệp và Môi trường", "Sở Tài chính"))


# ---------------------------------------------------------------- T3: first column = group name, rowspan, no numbers
@table
def t03():
    hdr = [[B("Lĩnh vực"), B("TT"), B("Chỉ tiêu"), B("Đơn vị tính"), B("Năm 2026"), B("Năm 2028"), B("Năm 2030")]]
    years = ["2026", "2028", "2030"]
    groups = [
        ("Giáo dục", [
            ("1", "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", ["62", "68", "75"], ["mầm non"]),
            ("2", "Tỷ lệ trường tiểu học đạt chuẩn quốc gia", "%", ["78", "82", "86"], ["tiểu học"]),
            ("3", "Tỷ lệ học sinh trung học cơ sở học 2 buổi/ngày", "%", ["55", "65", "74"], ["trung học cơ sở"]),
        ]),
        ("Y tế", [
            ("4", "Số giường bệnh trên 10.000 dân", "Giường", ["31", "32,5", "34"], ["giường bệnh"]),
            ("5", "Số bác sĩ trên 10.000 dân", "Bác sĩ", ["11,5", "12,5", "13,5"], ["bác sĩ"]),
            ("6", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", ["94,5", "95,5", "96,5"], ["bảo hiểm y tế"]),
        ]),
        ("Lao động, việc làm", [
            ("7", "Tỷ lệ lao động qua đào tạo", "%", ["72", "75", "78"], ["qua đào tạo"]),
            ("8", "Số lao động được tạo việc làm mới", "Người", ["18.500", "19.000", "19.600"], ["việc làm"]),
        ]),
    ]
    body, exps = [], []
    for g, rows in groups:
        b, e = years_rows(rows, years)
        b[0] = [C(g, rs=len(rows))] + b[0]
        body += b
        exps += e
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CÁC CHỈ TIÊU PHÁT TRIỂN VĂN HÓA - XÃ HỘI GIAI ĐOẠN 2026 - 2030**"],
                doc=("plan", "Kim Lâm", "Phát triển các lĩnh vực văn hóa - xã hội tỉnh Kim Lâm giai đoạn 2026 - 2030",
                     "văn hóa - xã hội", "Sở Giáo dục và Đào tạo", "Sở Y tế"))


# ---------------------------------------------------------------- T4: numbering 1 / 1.1 / a / - / +
@table
def t04():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028")]]
    years = ["2026", "2027", "2028"]
    rows = [
        ("1", "Tổng sản lượng lương thực có hạt", "Tấn", ["612.000", "618.000", "625.000"], ["lương thực"]),
        ("1.1", "Sản lượng lúa", "Tấn", ["548.000", "552.000", "557.000"], ["lúa"]),
        ("a", "Lúa chất lượng cao", "Tấn", ["310.000", "325.000", "340.000"], ["lúa chất lượng cao"]),
        ("b", "Lúa hữu cơ", "Tấn", ["12.500", "15.000", "18.000"], ["lúa hữu cơ"]),
        ("1.2", "Sản lượng ngô", "Tấn", ["64.000", "66.000", "68.000"], ["ngô"]),
        ("2", "Tổng sản lượng thủy sản", "Tấn", ["86.500", "89.000", "92.300"], ["thủy sản"]),
        ("-", "Khai thác", "Tấn", ["31.000", "31.200", "31.500"], ["khai thác", "thủy sản"]),
        ("+", "Khai thác xa bờ", "Tấn", ["18.400", "18.900", "19.500"], ["khai thác xa bờ"]),
        ("-", "Nuôi trồng", "Tấn", ["55.500", "57.800", "60.800"], ["nuôi trồng", "thủy sản"]),
        ("+", "Tôm nước lợ", "Tấn", ["21.000", "22.500", "24.000"], ["tôm nước lợ"]),
        ("+", "Cá tra", "Tấn", ["26.000", "26.800", "27.800"], ["cá tra"]),
    ]
    body, exps = years_rows(rows, years)
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU SẢN LƯỢNG NÔNG, THỦY SẢN GIAI ĐOẠN 2026 - 2028**"],
                doc=("decision", "Tân Hải", "Phát triển sản xuất nông nghiệp, thủy sản tỉnh Tân Hải giai đoạn 2026 - 2028",
                     "sản xuất nông nghiệp, thủy sản", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"))


# ---------------------------------------------------------------- T5: numbering "1." / "1.1." / "a)", school-year columns
@table
def t05():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm học\n2026 - 2027"), B("Năm học\n2027 - 2028"), B("Năm học\n2028 - 2029")]]
    yrs = [["2026", "2027"], ["2027", "2028"], ["2028", "2029"]]
    body, exps = [], []

    def row(tt, label, unit, cells, words):
        body.append([tt, label, unit] + cells)
        for y, c in zip(yrs, cells):
            if c:
                exps.append(E(num(c), unit, y, words))

    def grp(tt, label):
        body.append([C(tt, bold=True), C(label, bold=True), "", "", "", ""])

    grp("1.", "Giáo dục mầm non")
    row("1.1.", "Tỷ lệ huy động trẻ em đi nhà trẻ", "%", ["32", "35", "38"], ["nhà trẻ"])
    row("1.2.", "Tỷ lệ huy động trẻ em mẫu giáo", "%", ["93", "94", "95"], ["mẫu giáo"])
    grp("2.", "Giáo dục phổ thông")
    body.append(["2.1.", "Tỷ lệ trường đạt chuẩn quốc gia", "", "", "", ""])
    row("a)", "Tiểu học", "%", ["80", "84", "88"], ["tiểu học", "chuẩn quốc gia"])
    row("b)", "Trung học cơ sở", "%", ["72", "77", "82"], ["trung học cơ sở", "chuẩn quốc gia"])
    row("c)", "Trung học phổ thông", "%", ["60", "66", "71"], ["trung học phổ thông", "chuẩn quốc gia"])
    row("2.2.", "Tỷ lệ học sinh hoàn thành chương trình tiểu học", "%", ["99,2", "99,4", "99,6"], ["hoàn thành chương trình"])
    grp("3.", "Giáo dục nghề nghiệp")
    row("3.1.", "Số học sinh, sinh viên tuyển mới", "Người", ["14.200", "14.800", "15.500"], ["tuyển mới"])
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO CÁC NĂM HỌC 2026 - 2029**"],
                doc=("plan", "Bình Khê", "Phát triển giáo dục và đào tạo tỉnh Bình Khê giai đoạn 2026 - 2029",
                     "giáo dục và đào tạo", "Sở Giáo dục và Đào tạo", "Sở Nội vụ"))


# ---------------------------------------------------------------- T6: unit in the group row, no ĐVT column
@table
def t06():
    hdr = [[B("TT"), B("Mặt hàng"), B("Năm 2026"), B("Năm 2028"), B("Năm 2030")]]
    years = ["2026", "2028", "2030"]
    prods = [("Cà phê nhân", "cà phê"), ("Hạt điều nhân", "điều"), ("Hồ tiêu", "hồ tiêu")]
    groups = [
        ("I", "Sản lượng xuất khẩu (tấn)", "tấn", "sản lượng", [["142.000", "150.000", "158.000"], ["38.000", "41.500", "45.000"], ["22.500", "23.500", "24.500"]]),
        ("II", "Kim ngạch xuất khẩu (triệu USD)", "triệu USD", "kim ngạch", [["610", "680", "760"], ["245", "275", "310"], ["118", "126", "135"]]),
        ("III", "Số doanh nghiệp tham gia xuất khẩu (doanh nghiệp)", "doanh nghiệp", "doanh nghiệp", [["34", "38", "42"], ["26", "29", "32"], ["15", "17", "20"]]),
    ]
    body, exps = [], []
    for tt, label, unit, w, vals in groups:
        body.append([B(tt), B(label), "", "", ""])
        for i, ((p, pw), cells) in enumerate(zip(prods, vals)):
            body.append([str(i + 1), p] + cells)
            for y, c in zip(years, cells):
                exps.append(E(num(c), unit, y, [w, pw]))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU XUẤT KHẨU NÔNG SẢN CHỦ LỰC ĐẾN NĂM 2030**"],
                doc=("plan", "Tân Hải", "Phát triển xuất khẩu nông sản chủ lực tỉnh Tân Hải đến năm 2030",
                     "xuất khẩu nông sản"))


# ---------------------------------------------------------------- T7: cell values of many forms
@table
def t07():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028"), B("Ghi chú")]]
    years = ["2026", "2027", "2028"]
    body, exps = [], []
    body.append(["1", "Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết", "%", "≥ 95%", "≥ 97%", "100%", ""])
    exps += [E(95, "%", "2026", ["số hóa"], cmp=">="), E(97, "%", "2027", ["số hóa"], cmp=">="), E(100, "%", "2028", ["số hóa"])]
    body.append(["2", "Hệ thống thông tin giải quyết thủ tục hành chính kết nối Cổng Dịch vụ công quốc gia", "", "Đạt", "Đạt", "Đạt", ""])
    body.append(["3", "Số nền tảng số dùng chung cấp tỉnh", "Nền tảng", "02", "-", "04", ""])
    exps += [E(2, "Nền tảng", "2026", ["nền tảng"]), E(4, "Nền tảng", "2028", ["nền tảng"])]
    body.append(["4", "Tỷ lệ người dân trưởng thành sử dụng thanh toán không dùng tiền mặt", "%", "70÷75", "75÷80", "80÷85", ""])
    exps += [E(70, "%", "2026", ["thanh toán"], until=75), E(75, "%", "2027", ["thanh toán"], until=80), E(80, "%", "2028", ["thanh toán"], until=85)]
    body.append(["5", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "95 trở lên", "Tối thiểu 110", "130", ""])
    exps += [E(95, "Doanh nghiệp", "2026", ["công nghệ số"], cmp=">="), E(110, "Doanh nghiệp", "2027", ["công nghệ số"], cmp=">="), E(130, "Doanh nghiệp", "2028", ["công nghệ số"])]
    body.append(["6", "Doanh thu thương mại điện tử so với năm 2025", "Lần", "Gấp 1,2", "Gấp 1,4", "Gấp 1,6", ""])
    exps += [E(1.2, "Lần", "2026", ["doanh thu"]), E(1.4, "Lần", "2027", ["doanh thu"]), E(1.6, "Lần", "2028", ["doanh thu"])]
    body.append(["7", "Tỷ lệ hộ gia đình có kết nối cáp quang", "%", "88", "Duy trì", "Duy trì", ""])
    exps += [E(88, "%", "2026", ["cáp quang"])]
    body.append(["8", "Tỷ lệ sự cố mất an toàn thông tin được xử lý kịp thời", "%", "100%", "100%", "100%", "Hằng năm"])
    exps += [E(100, "%", y, ["an toàn thông tin"]) for y in years]
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028**"],
                doc=("decision", "Kim Lâm", "Chuyển đổi số tỉnh Kim Lâm giai đoạn 2026 - 2028", "chuyển đổi số",
                     "Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh"))


# ---------------------------------------------------------------- T8: communes x crops with a "Trong đó" column group
@table
def t08():
    hdr = [[B("TT", rs=2), B("Xã, phường", rs=2), B("Tổng diện tích\ngieo trồng", rs=2), B("Trong đó", cs=3)],
           [B("Lúa"), B("Ngô"), B("Rau, đậu các loại")]]
    rows = [
        ("", "Toàn tỉnh", "96.400", "61.800", "14.300", "9.600", "toàn tỉnh"),
        ("1", "Xã Đông Phước", "18.200", "12.400", "2.600", "1.750", "đông phước"),
        ("2", "Xã Tân Thạnh", "21.500", "14.900", "3.100", "2.050", "tân thạnh"),
        ("3", "Xã Lạc Điền", "15.800", "10.200", "2.400", "1.600", "lạc điền"),
        ("4", "Xã Mỹ Khánh", "17.300", "11.100", "2.700", "1.850", "mỹ khánh"),
        ("5", "Phường Hòa Bình", "9.900", "5.600", "1.800", "1.150", "hòa bình"),
        ("6", "Xã Sông Trà", "13.700", "7.600", "1.700", "1.200", "sông trà"),
    ]
    body, exps = [], []
    for tt, name, *vals, w in rows:
        body.append([tt, C(name, bold=(tt == ""))] + vals)
        for crop, v in zip(["gieo trồng", "lúa", "ngô", "rau"], vals):
            exps.append(E(num(v), "ha", "2026", [crop, w]))
    return dict(parts=[(hdr, body)], exps=exps, caption="*Đơn vị tính: ha*",
                title=["**PHỤ LỤC**", "", "**KẾ HOẠCH DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN**"],
                doc=("plan", "Lạc Sơn", "Sản xuất trồng trọt năm 2026 trên địa bàn tỉnh Lạc Sơn", "trồng trọt",
                     "Sở Nông nghiệp và Môi trường", "Sở Tài chính"))


# ---------------------------------------------------------------- T9: rows are enterprises
@table
def t09():
    hdr = [[B("TT", rs=2), B("Tên doanh nghiệp", rs=2), B("Mặt hàng chủ lực", rs=2),
            B("Kim ngạch xuất khẩu\n(triệu USD)", cs=3), B("Thị trường chính", rs=2)],
           [B("Năm 2026"), B("Năm 2028"), B("Năm 2030")]]
    rows = [
        ("Công ty Cổ phần Cà phê Hòa Phong", "Cà phê nhân, cà phê rang xay", ["82", "95", "110"], "EU, Nhật Bản", "hòa phong"),
        ("Công ty TNHH Chế biến Nông sản Tân Lộc", "Hạt điều nhân", ["64", "72", "80"], "Hoa Kỳ, Trung Đông", "tân lộc"),
        ("Công ty Cổ phần Gỗ Trường Phát", "Đồ gỗ nội thất", ["48", "56", "65"], "Hoa Kỳ, EU", "trường phát"),
        ("Công ty TNHH Thủy sản Biển Ngọc", "Tôm đông lạnh", ["37", "44", "52"], "Nhật Bản, Hàn Quốc", "biển ngọc"),
        ("Công ty Cổ phần Cao su Đồng Xuân", "Mủ cao su", ["55", "58", "62"], "Trung Quốc", "đồng xuân"),
        ("Hợp tác xã Nông nghiệp Phú An", "Sầu riêng tươi", ["9", "14", "20"], "Trung Quốc", "phú an"),
    ]
    body, exps = [], []
    for i, (n, p, cells, mk, w) in enumerate(rows):
        body.append([str(i + 1), n, p] + cells + [mk])
        for y, c in zip(["2026", "2028", "2030"], cells):
            exps.append(E(num(c), "triệu USD", y, [w]))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**DANH MỤC DOANH NGHIỆP XUẤT KHẨU CHỦ LỰC VÀ CHỈ TIÊU KIM NGẠCH XUẤT KHẨU**"],
                doc=("plan", "Kim Lâm", "Hỗ trợ doanh nghiệp xuất khẩu chủ lực tỉnh Kim Lâm đến năm 2030", "xuất khẩu"))


# ---------------------------------------------------------------- T10: legal-database footnote markers [n]
@table
def t10():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2030[1]")]]
    rows = [
        ("1", "Tỷ lệ đô thị hóa[2]", "%", ["38,5", "45[3]"], ["đô thị hóa"]),
        ("2", "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "Tỷ đồng", ["86.200", "125.000"], ["giá trị sản xuất công nghiệp"]),
        ("3", "Tỷ trọng công nghiệp - xây dựng trong GRDP", "%", ["36,2", "40,5[3]"], ["tỷ trọng"]),
        ("4", "Số cụm công nghiệp đi vào hoạt động", "Cụm", ["14", "22"], ["cụm công nghiệp"]),
        ("5", "Tỷ lệ lấp đầy các khu công nghiệp", "%", ["68", "85"], ["lấp đầy"]),
        ("6", "Số lao động làm việc trong các khu, cụm công nghiệp", "Người", ["52.000", "70.000[4]"], ["lao động"]),
    ]
    body, exps = [], []
    for tt, label, unit, cells, w in rows:
        body.append([tt, label, unit] + cells)
        for y, c in zip(["2026", "2030"], cells):
            exps.append(E(num(c.split("[")[0]), unit, y, w))
    foot = ("\n\n[1] Chỉ tiêu theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
            "[2] Tính theo tiêu chí phân loại đô thị của Bộ Xây dựng.\n\n"
            "[3] Chỉ tiêu phấn đấu, cao hơn chỉ tiêu Nghị quyết.\n\n"
            "[4] Bao gồm cả lao động từ các tỉnh khác.\n")
    return dict(parts=[(hdr, body)], exps=exps, foot=foot,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU PHÁT TRIỂN CÔNG NGHIỆP, ĐÔ THỊ ĐẾN NĂM 2030**"],
                doc=("decision", "Lạc Sơn", "Phát triển công nghiệp tỉnh Lạc Sơn giai đoạn 2026 - 2030", "công nghiệp"))


# ---------------------------------------------------------------- T11: header and label cells with line breaks (<br> in md)
@table
def t11():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Ước thực hiện\nnăm 2025"), B("Kế hoạch\nnăm 2026"),
            B("Kế hoạch\nnăm 2027"), B("Tăng bình quân\n(%/năm)")]]
    rows = [
        ("1", "Tổng lượt khách\ndu lịch", "Nghìn\nlượt", ["3.850", "4.300", "4.800", "11,7"], ["lượt khách"]),
        ("-", "Trong đó:\nkhách quốc tế", "Nghìn\nlượt", ["420", "490", "570", "16,5"], ["quốc tế"]),
        ("2", "Tổng thu từ khách\ndu lịch", "Tỷ đồng", ["9.600", "11.200", "13.000", "16,4"], ["tổng thu"]),
        ("3", "Số cơ sở lưu trú\ndu lịch", "Cơ sở", ["640", "690", "740", "7,5"], ["lưu trú"]),
        ("4", "Số lao động trực tiếp\ntrong ngành du lịch", "Người", ["14.500", "15.800", "17.200", "8,9"], ["lao động"]),
    ]
    body, exps = [], []
    for tt, label, unit, cells, w in rows:
        body.append([tt, label, unit] + cells)
        u = unit.replace("\n", " ")
        exps.append(E(num(cells[0]), u, None, w, kind="achieved", opt=True))
        exps.append(E(num(cells[1]), u, "2026", w))
        exps.append(E(num(cells[2]), u, "2027", w))
        exps.append(E(num(cells[3]), "%", "2027", w))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU PHÁT TRIỂN DU LỊCH NĂM 2026 - 2027**"],
                doc=("plan", "Tân Hải", "Phát triển du lịch tỉnh Tân Hải năm 2026 - 2027", "du lịch",
                     "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"))


# ---------------------------------------------------------------- T12: "Ghi chú" cells holding years
@table
def t12():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Mục tiêu đến\nnăm 2030"), B("Ghi chú")]]
    rows = [
        ("1", "Số khu công nghiệp được thành lập mới", "Khu", "03", "Năm 2027 thành lập 01 khu; năm 2029 thành lập 02 khu", ["khu công nghiệp"], ["2030"]),
        ("2", "Số cụm công nghiệp được đầu tư hạ tầng kỹ thuật đồng bộ", "Cụm", "10", "Hoàn thành trong năm 2028", ["cụm công nghiệp"], ["2028", "2030"]),
        ("3", "Tỷ lệ chất thải rắn công nghiệp được thu gom, xử lý", "%", "100", "Từ năm 2027", ["chất thải rắn"], ["2027", "2030"]),
        ("4", "Số doanh nghiệp sản xuất sản phẩm công nghiệp hỗ trợ", "Doanh nghiệp", "120", "Tăng bình quân 10 doanh nghiệp/năm", ["công nghiệp hỗ trợ"], ["2030"]),
        ("5", "Tỷ trọng giá trị sản phẩm công nghệ cao trong giá trị sản xuất công nghiệp", "%", "25", "", ["công nghệ cao"], ["2030"]),
        ("6", "Số sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", "Sản phẩm", "60", "Bình chọn 02 năm/lần (năm 2026, 2028, 2030)", ["nông thôn tiêu biểu"], ["2030"]),
    ]
    body, exps = [], []
    for tt, label, unit, v, note, w, dl in rows:
        body.append([tt, label, unit, v, note])
        exps.append(E(num(v), unit, dl, w))
    exps.append(E(1, "khu", ["2027"], ["khu công nghiệp"], opt=True))
    exps.append(E(2, "khu", ["2029"], ["khu công nghiệp"], opt=True))
    exps.append(E(10, "doanh nghiệp", "any", ["doanh nghiệp"], opt=True))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**MỤC TIÊU PHÁT TRIỂN CÔNG NGHIỆP ĐẾN NĂM 2030**"],
                doc=("plan", "Bình Khê", "Phát triển công nghiệp tỉnh Bình Khê đến năm 2030", "công nghiệp"))


# ---------------------------------------------------------------- T13: merged cells (ĐVT, Ghi chú and a value): blank / out / repeated
def t13_table():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028"), B("Năm 2029"), B("Năm 2030"), B("Ghi chú")]]
    body = [
        ["1", "Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn", C("%", rs=4), "35", "45", "55", "65", "80",
         C("Theo Bộ tiêu chí quốc gia về xã nông thôn mới", rs=4)],
        ["2", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "96", "98", C("100", cs=3)],
        ["3", "Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý", "90", "92", "95", "98", C("100", rs=2)],
        ["4", "Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn", "85", "88", "92", "96"],
        ["5", "Số xã đạt tiêu chí về môi trường", "Xã", "38", "42", "46", "50", "54", ""],
    ]
    years = ["2026", "2027", "2028", "2029", "2030"]
    exps = []
    for v, y in zip(["35", "45", "55", "65", "80"], years):
        exps.append(E(num(v), "%", y, ["phân loại"]))
    exps += [E(96, "%", "2026", ["đô thị"]), E(98, "%", "2027", ["đô thị"]), E(100, "%", ["2028", "2029", "2030"], ["đô thị"])]
    for v, y in zip(["90", "92", "95", "98", "100"], years):
        exps.append(E(num(v), "%", y, ["ô nhiễm"]))
    for v, y in zip(["85", "88", "92", "96"], years):
        exps.append(E(num(v), "%", y, ["nước thải"]))
    for v, y in zip(["38", "42", "46", "50", "54"], years):
        exps.append(E(num(v), "Xã", y, ["môi trường"]))
    return hdr, body, exps


@table
def t13():
    hdr, body, exps = t13_table()
    return dict(parts=[(hdr, body)], exps=exps + [E(100, "%", "2030", ["nước thải"], opt=True)],
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026 - 2030**"],
                doc=("decision", "Tân Hải", "Bảo vệ môi trường tỉnh Tân Hải giai đoạn 2026 - 2030", "bảo vệ môi trường",
                     "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"))


@table
def t13r():
    hdr, body, exps = t13_table()
    d = t13()
    d["exps"] = exps + [E(100, "%", "2030", ["nước thải"])]
    return d


# ---------------------------------------------------------------- T14: long commune table, column-number row repeated mid-table
COMMUNES = ["Xã Tân Phú", "Xã Hòa Mỹ", "Xã Phước Long", "Xã Đông Sơn", "Xã Bình Minh", "Phường Trung Tâm",
            "Phường Bắc Hà", "Xã Lâm Phong", "Xã Thạch An", "Xã Vĩnh Hưng", "Xã Quang Trung", "Xã Suối Đá",
            "Xã Cát Tiên", "Xã An Nhơn", "Phường Nam Thành", "Xã Ngọc Lập", "Xã Hưng Đạo", "Xã Tam Hiệp",
            "Xã Kim Thành", "Xã Đồng Tiến", "Xã Hải Yên", "Xã Phú Thượng", "Xã Tây Sơn", "Xã Hồng Phong"]


@table
def t14():
    rnd = random.Random(14)
    cols = [("Số hộ thoát nghèo\nnăm 2026 (hộ)", "hộ", ["thoát nghèo"]),
            ("Tỷ lệ tham gia bảo hiểm\ny tế năm 2026 (%)", "%", ["bảo hiểm y tế"]),
            ("Số lao động được tạo\nviệc làm năm 2026 (người)", "người", ["việc làm"]),
            ("Tỷ lệ lao động qua đào\ntạo năm 2026 (%)", "%", ["qua đào tạo"]),
            ("Số thôn đạt chuẩn nông\nthôn mới năm 2026 (thôn)", "thôn", ["thôn đạt chuẩn"])]
    hdr = [[B("TT"), B("Xã, phường")] + [B(c[0]) for c in cols] + [B("Ghi chú")]]
    colnum = [C(f"({i})", bold=True) for i in range(1, len(cols) + 4)]
    body, exps = [colnum], []
    data = []
    for n in COMMUNES:
        data.append([str(rnd.randint(25, 140)), f"{rnd.randint(920, 985) / 10:.1f}".replace(".", ","),
                     str(rnd.randint(300, 1400)), f"{rnd.randint(650, 820) / 10:.1f}".replace(".", ","),
                     str(rnd.randint(2, 9))])
    tot = [str(sum(int(d[0]) for d in data)), "95,6", f"{sum(int(d[2]) for d in data):,}".replace(",", "."), "74,2",
           str(sum(int(d[4]) for d in data))]
    body.append(["", B("Toàn tỉnh")] + tot + [""])
    for (h, u, w), v in zip(cols, tot):
        exps.append(E(num(v), u, "2026", w + ["toàn tỉnh"]))
    for i, (n, d) in enumerate(zip(COMMUNES, data)):
        if i == 12:
            body.append([C(x.text, bold=True) for x in colnum])
        body.append([str(i + 1), n] + d + (["Xã biên giới"] if i in (7, 8) else [""]))
        for (h, u, w), v in zip(cols, d):
            exps.append(E(num(v), u, "2026", w + [n.split(" ", 1)[1].lower()]))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**GIAO CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 CHO CÁC XÃ, PHƯỜNG**"],
                doc=("decision", "Kim Lâm", "Giao chỉ tiêu phát triển kinh tế - xã hội năm 2026 cho các xã, phường",
                     "kinh tế - xã hội", "Sở Tài chính", "Sở Nội vụ"))


# ---------------------------------------------------------------- T15: long product table (industry), 100 values
@table
def t15():
    hdr = [[B("TT"), B("Sản phẩm"), B("Đơn vị tính"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028"), B("Năm 2029"), B("Năm 2030")]]
    groups = [
        ("I", "Công nghiệp khai khoáng", [("Đá xây dựng", "Nghìn m3", 2150, 60), ("Cát xây dựng", "Nghìn m3", 820, 15),
                                          ("Cao lanh", "Nghìn tấn", 96, 4)]),
        ("II", "Công nghiệp chế biến, chế tạo", [
            ("Gạo xay xát", "Nghìn tấn", 385, 6), ("Thức ăn chăn nuôi", "Nghìn tấn", 640, 35), ("Đường kính", "Nghìn tấn", 72, 3),
            ("Cà phê hòa tan", "Tấn", 5400, 450), ("Hạt điều nhân chế biến", "Nghìn tấn", 58, 3), ("Bia các loại", "Triệu lít", 118, 6),
            ("Nước khoáng, nước tinh khiết", "Triệu lít", 46, 3), ("Quần áo may sẵn", "Triệu cái", 38, 3), ("Giày, dép các loại", "Triệu đôi", 21, 2),
            ("Gỗ xẻ các loại", "Nghìn m3", 165, 8), ("Đồ gỗ nội thất", "Nghìn sản phẩm", 910, 55), ("Phân bón NPK", "Nghìn tấn", 270, 12),
            ("Gạch nung các loại", "Triệu viên", 430, 10), ("Xi măng", "Nghìn tấn", 1250, 40), ("Linh kiện điện tử", "Triệu sản phẩm", 64, 9)]),
        ("III", "Sản xuất và phân phối điện, nước", [("Điện sản xuất", "Triệu kWh", 4820, 260), ("Nước máy thương phẩm", "Triệu m3", 52, 3)]),
    ]
    years = ["2026", "2027", "2028", "2029", "2030"]
    body, exps = [], []
    k = 0
    for tt, g, prods in groups:
        body.append([B(tt), B(g), "", "", "", "", "", ""])
        for p, u, start, step in prods:
            k += 1
            cells = []
            for j in range(5):
                v = start + step * j
                cells.append(f"{v:,}".replace(",", "."))
            body.append([str(k), p, u] + cells)
            for y, c in zip(years, cells):
                exps.append(E(num(c), u, y, [p.lower()]))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**KẾ HOẠCH SẢN LƯỢNG MỘT SỐ SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU GIAI ĐOẠN 2026 - 2030**"],
                doc=("plan", "Lạc Sơn", "Phát triển sản xuất công nghiệp tỉnh Lạc Sơn giai đoạn 2026 - 2030", "sản xuất công nghiệp"))


# ---------------------------------------------------------------- T16: "Kế hoạch | Phấn đấu" under each year
@table
def t16():
    hdr = [[B("TT", rs=2), B("Chỉ tiêu", rs=2), B("ĐVT", rs=2), B("Năm 2026", cs=2), B("Năm 2030", cs=2)],
           [B("Kế hoạch"), B("Phấn đấu"), B("Kế hoạch"), B("Phấn đấu")]]
    rows = [
        ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", ["8,0", "8,5", "8,2", "10,0"], ["tăng trưởng"]),
        ("2", "GRDP bình quân đầu người", "Triệu đồng", ["98", "102", "145", "155"], ["bình quân đầu người"]),
        ("3", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", ["62.000", "65.000", "98.000", "105.000"], ["vốn đầu tư"]),
        ("4", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", ["14.500", "15.200", "21.000", "23.000"], ["thu ngân sách"]),
        ("5", "Tỷ lệ đô thị hóa", "%", ["33", "34", "40", "42"], ["đô thị hóa"]),
    ]
    body, exps = years_rows(rows, ["2026", "2026", "2030", "2030"])
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CÁC CHỈ TIÊU KINH TẾ CHỦ YẾU NĂM 2026 VÀ ĐẾN NĂM 2030**"],
                doc=("decision", "Bình Khê", "Thực hiện các chỉ tiêu kinh tế chủ yếu tỉnh Bình Khê giai đoạn 2026 - 2030",
                     "kinh tế", "Sở Tài chính", "Thuế tỉnh"))


# ---------------------------------------------------------------- T17: quarter columns
@table
def t17():
    hdr = [[B("TT", rs=2), B("Nội dung", rs=2), B("ĐVT", rs=2), B("Năm 2026", cs=5)],
           [B("Quý I"), B("Quý II"), B("Quý III"), B("Quý IV"), B("Cả năm")]]
    rows = [
        ("1", "Số cuộc kiểm tra, kiểm soát thị trường", "Cuộc", ["120", "150", "150", "180", "600"], ["kiểm tra"]),
        ("2", "Số phiên chợ đưa hàng Việt về nông thôn", "Phiên", ["2", "3", "3", "4", "12"], ["phiên chợ"]),
        ("3", "Số lớp tập huấn pháp luật cho hộ kinh doanh", "Lớp", ["-", "4", "4", "2", "10"], ["tập huấn"]),
        ("4", "Số hội chợ, triển lãm thương mại tổ chức tại tỉnh", "Hội chợ", ["1", "1", "2", "2", "6"], ["hội chợ"]),
    ]
    body, exps = years_rows(rows, ["2026"] * 5)
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU HOẠT ĐỘNG QUẢN LÝ THỊ TRƯỜNG, XÚC TIẾN THƯƠNG MẠI NĂM 2026**"],
                doc=("plan", "Kim Lâm", "Quản lý thị trường và xúc tiến thương mại năm 2026", "thương mại"))


# ---------------------------------------------------------------- T18: roadmap with "x" marks and a target column, lead/partner columns
@table
def t18():
    hdr = [[B("TT", rs=2), B("Nhiệm vụ", rs=2), B("Chỉ tiêu cần đạt", rs=2), B("Thời gian thực hiện", cs=5),
            B("Cơ quan chủ trì", rs=2), B("Cơ quan phối hợp", rs=2)],
           [B("2026"), B("2027"), B("2028"), B("2029"), B("2030")]]
    body = [
        ["1", "Đầu tư xây dựng, nâng cấp chợ đạt chuẩn văn minh thương mại", "05 chợ", "x", "x", "x", "", "", "Sở Công Thương", "Ủy ban nhân dân các xã, phường"],
        ["2", "Phát triển trung tâm logistics cấp tỉnh", "Tối thiểu 02 trung tâm", "", "x", "x", "x", "", "Sở Xây dựng", "Sở Công Thương"],
        ["3", "Xây dựng điểm bán hàng Việt Nam tại các xã", "100% xã có ít nhất 01 điểm bán", "x", "x", "", "", "", "Sở Công Thương", "Hội Liên hiệp Phụ nữ tỉnh"],
        ["4", "Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử quốc tế", "150 doanh nghiệp", "x", "x", "x", "x", "x", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh"],
        ["5", "Tổ chức hội nghị kết nối cung cầu hàng hóa", "01 hội nghị/năm", "x", "x", "x", "x", "x", "Sở Công Thương", "Sở Nông nghiệp và Môi trường"],
    ]
    exps = [E(5, "chợ", "any", ["chợ"]), E(2, "trung tâm", "any", ["logistics"], cmp=">="),
            E(100, "%", "any", ["điểm bán"]), E(150, "doanh nghiệp", "any", ["thương mại điện tử"]),
            E(1, "hội nghị", "any", ["kết nối cung cầu"])]
    units = [{"unit": "Sở Công Thương", "roles": ["lead", "coordinate", "execute", "monitor"]},
             {"unit": "Sở Xây dựng", "roles": ["lead"]},
             {"unit": "Ủy ban nhân dân các xã, phường", "roles": ["coordinate", "execute"]},
             {"unit": "Hội Liên hiệp Phụ nữ tỉnh", "roles": ["coordinate"]},
             {"unit": "Hiệp hội Doanh nghiệp tỉnh", "roles": ["coordinate"]},
             {"unit": "Sở Nông nghiệp và Môi trường", "roles": ["coordinate"]}]
    return dict(parts=[(hdr, body)], exps=exps, extra_units=units,
                title=["**PHỤ LỤC**", "", "**LỘ TRÌNH THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN HẠ TẦNG THƯƠNG MẠI**"],
                doc=("plan", "Tân Hải", "Phát triển hạ tầng thương mại tỉnh Tân Hải giai đoạn 2026 - 2030", "hạ tầng thương mại"))


# ---------------------------------------------------------------- T19: two tables in one annex, each with its own unit line
@table
def t19():
    hdr1 = [[B("TT"), B("Ngành công nghiệp"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028")]]
    hdr2 = [[B("TT"), B("Nhóm hàng"), B("Năm 2026"), B("Năm 2027"), B("Năm 2028")]]
    y = ["2026", "2027", "2028"]
    b1 = [["", B("Tổng giá trị sản xuất công nghiệp"), "142.000", "156.000", "171.500"],
          ["1", "Khai khoáng", "6.200", "6.400", "6.600"],
          ["2", "Chế biến, chế tạo", "118.500", "131.000", "144.500"],
          ["3", "Sản xuất và phân phối điện", "14.800", "15.900", "17.600"],
          ["4", "Cung cấp nước, hoạt động quản lý và xử lý rác thải", "2.500", "2.700", "2.800"]]
    w1 = [["giá trị sản xuất công nghiệp"], ["khai khoáng"], ["chế biến"], ["điện"], ["cung cấp nước"]]
    b2 = [["", B("Tổng kim ngạch xuất khẩu"), "2.350", "2.580", "2.840"],
          ["1", "Nhóm hàng nông, lâm, thủy sản", "1.020", "1.090", "1.170"],
          ["2", "Nhóm hàng công nghiệp chế biến", "1.210", "1.360", "1.530"],
          ["3", "Nhóm hàng hóa khác", "120", "130", "140"]]
    w2 = [["kim ngạch xuất khẩu"], ["nông, lâm"], ["công nghiệp chế biến"], ["hàng hóa khác"]]
    exps = []
    for r, w in zip(b1, w1):
        for yy, c in zip(y, r[2:]):
            exps.append(E(num(c), "Tỷ đồng", yy, w))
    for r, w in zip(b2, w2):
        for yy, c in zip(y, r[2:]):
            exps.append(E(num(c), "Triệu USD", yy, w))
    return dict(parts=[(hdr1, b1), (hdr2, b2)],
                captions=["**Biểu 01. GIÁ TRỊ SẢN XUẤT CÔNG NGHIỆP THEO NGÀNH (giá so sánh 2010)**\n\n*Đơn vị tính: Tỷ đồng*",
                          "**Biểu 02. KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG**\n\n*Đơn vị tính: Triệu USD*"],
                exps=exps,
                title=["**PHỤ LỤC**", "", "**MỘT SỐ CHỈ TIÊU PHÁT TRIỂN CÔNG NGHIỆP VÀ XUẤT KHẨU GIAI ĐOẠN 2026 - 2028**"],
                doc=("decision", "Lạc Sơn", "Phát triển công nghiệp và xuất khẩu tỉnh Lạc Sơn giai đoạn 2026 - 2028",
                     "công nghiệp và xuất khẩu"))


# ---------------------------------------------------------------- T20: health units (tuổi, ‰, bé trai/100 bé gái, <)
@table
def t20():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2028"), B("Năm 2030")]]
    years = ["2026", "2028", "2030"]
    body, exps = [], []
    rows = [
        ("1", "Tuổi thọ trung bình", "Tuổi", ["74,6", "75,0", "75,5"], ["tuổi thọ"], None),
        ("2", "Tỷ suất chết trẻ em dưới 1 tuổi", "‰", ["9,8", "9,4", "9,0"], ["tỷ suất chết"], None),
        ("3", "Tỷ số giới tính khi sinh", "Số bé trai/100 bé gái", ["111", "110", "109"], ["giới tính khi sinh"], None),
        ("4", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "%", ["< 17,5", "< 16,5", "< 15,5"], ["thấp còi"], "<"),
        ("5", "Số giường bệnh/vạn dân", "Giường", ["33", "34,5", "36"], ["giường bệnh"], None),
        ("6", "Tỷ lệ xã, phường đạt Bộ tiêu chí quốc gia về y tế", "%", ["95", "98", "100"], ["tiêu chí quốc gia"], None),
        ("7", "Tỷ lệ người dân được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử", "%", ["92", "95", "≥ 98"], ["hồ sơ sức khỏe"], None),
    ]
    for tt, label, unit, cells, w, cmp in rows:
        body.append([tt, label, unit] + cells)
        for y, c in zip(years, cells):
            exps.append(E(num(c.lstrip("<≥ ")), unit, y, w, cmp=cmp or (">=" if "≥" in c else None)))
    return dict(parts=[(hdr, body)], exps=exps,
                title=["**PHỤ LỤC**", "", "**CHỈ TIÊU CHĂM SÓC SỨC KHỎE NHÂN DÂN GIAI ĐOẠN 2026 - 2030**"],
                doc=("plan", "Bình Khê", "Bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân tỉnh Bình Khê giai đoạn 2026 - 2030",
                     "y tế", "Sở Y tế", "Bảo hiểm xã hội tỉnh"))


# ---------------------------------------------------------------- T21: table inside II.2 (aims section), digital, with "Top" ranks
@table
def t21():
    hdr = [[B("TT"), B("Chỉ tiêu"), B("ĐVT"), B("Năm 2026"), B("Năm 2027"), B("Năm 2030")]]
    years = ["2026", "2027", "2030"]
    rows = [
        ("1", "Tỷ trọng kinh tế số trong GRDP", "%", ["18", "20", "30"], ["kinh tế số"]),
        ("3", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", ["85", "90", "100"], ["dịch vụ công"]),
        ("4", "Số doanh nghiệp công nghệ số đang hoạt động", "Doanh nghiệp", ["420", "470", "650"], ["doanh nghiệp công nghệ số"]),
        ("5", "Tỷ lệ dân số trưởng thành có chữ ký số", "%", ["60", "65", "80"], ["chữ ký số"]),
        ("6", "Tốc độ tăng năng suất lao động nhờ ứng dụng công nghệ số", "%/năm", ["6,5", "7,0", "7,5"], ["năng suất lao động"]),
    ]
    body, exps = years_rows(rows, years)
    body.insert(1, ["2", "Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)", "Thứ hạng", "Top 20", "Top 18", "Top 10"])
    for y, v in zip(years, [20, 18, 10]):
        exps.append(E(v, "Thứ hạng", y, ["dti"], opt=True))
    return dict(parts=[(hdr, body)], exps=exps, in_aims=True,
                lead_text="Phấn đấu thực hiện các chỉ tiêu chủ yếu về chuyển đổi số như sau:",
                doc=("plan", "Lạc Sơn", "Phát triển kinh tế số, xã hội số tỉnh Lạc Sơn giai đoạn 2026 - 2030", "kinh tế số, xã hội số",
                     "Sở Khoa học và Công nghệ", "Công an tỉnh"))


# ---------------------------------------------------------------- assembly
PLAN = [
    ("01", "t01", "one"), ("02", "t01", "md"), ("03", "t02", "one"), ("04", "t02", "md"),
    ("05", "t03", "one"), ("06", "t03", "md"), ("07", "t04", "one"), ("08", "t04", "md"),
    ("09", "t05", "one"), ("10", "t05", "md"), ("11", "t06", "one"), ("12", "t06", "md"),
    ("13", "t07", "one"), ("14", "t07", "md"), ("15", "t08", "one"), ("16", "t08", "md"),
    ("17", "t09", "one"), ("18", "t09", "md"), ("19", "t10", "one"), ("20", "t10", "md"),
    ("21", "t11", "md-brhead"), ("22", "t11", "md-brall"), ("23", "t12", "one"), ("24", "t12", "md"),
    ("25", "t13", "md"), ("26", "t13", "one"), ("27", "t13r", "md-repeat"), ("28", "t13r", "one-repeat"),
    ("29", "t14", "one"), ("30", "t14", "md"), ("31", "t15", "one"), ("32", "t15", "md"),
    ("33", "t16", "one"), ("34", "t16", "md"), ("35", "t17", "one"), ("36", "t17", "md"),
    ("37", "t18", "one"), ("38", "t18", "md"), ("39", "t19", "one"), ("40", "t19", "md"),
    ("41", "t20", "one"), ("42", "t20", "md"), ("43", "t21", "one"), ("44", "t21", "md"),
]


def flat(rows):
    return [[C(x.text.replace("\n", " "), cs=x.cs, rs=x.rs, bold=x.bold) if isinstance(x, C) else x.replace("\n", " ")
             for x in r] for r in rows]


def render(h, b, how):
    if how == "one":
        return onecell(h, b)
    if how == "one-repeat":
        return onecell(h, b, merged="repeat")
    if how == "md":
        return md(h, b)
    if how == "md-repeat":
        return md(h, b, merged="repeat")
    if how == "md-brhead":
        return md(h, flat(b), br=True)
    if how == "md-brall":
        return md(h, b, br=True).replace("<br>", "<br/>")
    raise ValueError(how)


def build():
    index = []
    for k, (case, tname, how) in enumerate(PLAN):
        d = TABLES[tname]()
        tabs = []
        caps = d.get("captions") or [None] * len(d["parts"])
        for (h, b), cap in zip(d["parts"], caps):
            t = render(h, b, how)
            tabs.append((cap + "\n\n" if cap else "") + t)
        table_text = d.get("between", "\n\n").join(tabs)
        if d.get("caption"):
            table_text = d["caption"] + "\n\n" + table_text
        kind, prov, title, subject, *lp = d["doc"]
        lead, partner = (lp + ["Sở Công Thương", "Sở Tài chính"][len(lp):])[:2]
        number = str(200 + 7 * k)
        dd = 3 + k % 25
        date_text = f"ngày {dd:02d} tháng 12 năm 2025"
        date_short = f"{dd:02d}/12/2025"
        if d.get("in_aims"):
            annex, in_aims = None, d["lead_text"] + "\n\n" + table_text
        else:
            annex = "\n".join(d["title"]) + "\n\n{REF}\n\n" + table_text + d.get("foot", "")
            in_aims = None
        fn = doc.plan if kind == "plan" else doc.decision
        text = fn(prov, number, date_text, date_short, title, subject, annex, lead, partner, in_aims=in_aims)
        units = (doc.units if kind == "plan" else doc.decision_units)(lead, partner)
        for u in d.get("extra_units", []):
            same = [x for x in units if x["unit"] == u["unit"]]
            if same:
                same[0]["roles"] = sorted(set(same[0]["roles"]) | set(u["roles"]))
            else:
                units.append(u)
        (OUT / f"{case}.txt").write_text(text, encoding="utf-8")
        exp = {"case": case, "table": tname, "rendering": how, "targets": d["exps"], "units": units}
        (OUT / f"{case}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
        n = sum(1 for e in d["exps"] if not e["opt"])
        index.append(f"{case}\t{tname}\t{how}\t{kind}\t{n}")
    (HERE / "INDEX.tsv").write_text("case\ttable\trendering\twrapper\tcertain_targets\n" + "\n".join(index) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
