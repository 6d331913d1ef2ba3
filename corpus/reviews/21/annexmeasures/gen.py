"""Build the made-up cases of review 21 / annexmeasures and their expectations (written from the
logical tables, before any run of the program).

    python3 gen.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from doc import plan, units
from render import C, md, onecell

OUT = Path(__file__).resolve().parent / "cases"
OUT.mkdir(exist_ok=True)


def num(s: str):
    s = re.sub(r"^(≥|≤|Trên|Dưới|Tối thiểu)\s*", "", s.strip())
    s = s.replace(".", "").replace(",", ".")
    v = float(s)
    return int(v) if v.is_integer() else v


def T(val, unit, year, words, kind="target", optional=False, until=None):
    """One expected target from a printed cell."""
    v = val if isinstance(val, (int, float)) else num(val)
    return {"value": v, "until": until, "unit": unit, "kind": kind, "deadline": str(year) if year else None,
            "words": [w.lower() for w in words], "optional": optional, "text": str(val)}


TABLES = {}


def table(fn):
    TABLES[fn.__name__] = fn
    return fn


def bold_row(*cells):
    return [C(c.text, c.cs, c.rs, True) if isinstance(c, C) else C(c, bold=True) for c in cells]


# ---------------------------------------------------------------------------------------------
@table
def t01():
    """Measures over years (2-row header), group rows, a total row with blank volume cells."""
    h = [[C("TT", rs=2), C("Mặt hàng", rs=2), C("Sản lượng xuất khẩu\n(tấn)", cs=3),
          C("Giá trị xuất khẩu\n(triệu USD)", cs=3)],
         ["Năm 2026", "Năm 2028", "Năm 2030", "Năm 2026", "Năm 2028", "Năm 2030"]]
    data = [("I", "Nông sản", None), ("1", "Cà phê nhân", ("cà phê", "96.000 104.000 112.000", "365 410 462")),
            ("2", "Hồ tiêu", ("hồ tiêu", "14.500 15.800 17.000", "72 80 88")),
            ("3", "Hạt điều nhân", ("điều", "21.000 23.500 26.000", "148 170 195")),
            ("II", "Thủy sản", None),
            ("4", "Tôm chân trắng đông lạnh", ("tôm", "8.200 9.400 10.500", "84 98 112")),
            ("5", "Cá tra phi lê", ("cá tra", "12.600 13.800 15.000", "41 46 52"))]
    body, exp = [], []
    for tt, name, d in data:
        if d is None:
            body.append(bold_row(tt, C(name, cs=7)))
            continue
        w, sl, gt = d
        body.append([tt, name, *sl.split(), *gt.split()])
        for y, v in zip((2026, 2028, 2030), sl.split()):
            exp.append(T(v, "tấn", y, [w, "sản lượng"]))
        for y, v in zip((2026, 2028, 2030), gt.split()):
            exp.append(T(v, "triệu USD", y, [w, "giá trị"]))
    body.append(bold_row("", "Tổng giá trị xuất khẩu", "", "", "", "710", "804", "909"))
    for y, v in zip((2026, 2028, 2030), ("710", "804", "909")):
        exp.append(T(v, "triệu USD", y, ["tổng giá trị"]))
    meta = dict(province="Hà Lâm", title=["Phát triển xuất khẩu nông, thủy sản chủ lực tỉnh Hà Lâm",
                                          "giai đoạn 2026 - 2030"],
                subject="xuất khẩu nông, thủy sản",
                annex=["**CHỈ TIÊU SẢN LƯỢNG, GIÁ TRỊ XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC**",
                       "**GIAI ĐOẠN 2026 - 2030**"])
    return h, body, exp, meta


@table
def t02():
    """Product (rowspan) x measure rows with ĐVT, years 2026..2030, blank Ghi chú, a total first."""
    years = [2026, 2027, 2028, 2029, 2030]
    h = [["TT", "Mặt hàng", "Chỉ tiêu", "ĐVT", *[f"Năm\n{y}" for y in years], "Ghi chú"]]
    body = [["", C("Tổng kim ngạch xuất khẩu nông sản", cs=2), "Triệu USD", "370", "402", "436", "472", "512", ""],
            ["", C("Trong đó:", cs=2), "", "", "", "", "", "", ""]]
    exp = [T(v, "Triệu USD", y, ["tổng kim ngạch"]) for y, v in zip(years, "370 402 436 472 512".split())]
    prods = [("1", "Gạo", "gạo", "185.000 190.000 196.000 202.000 210.000", "110 116 123 130 138"),
             ("2", "Cà phê", "cà phê", "42.000 44.500 47.000 49.500 52.000", "168 182 196 211 228"),
             ("3", "Rau quả", "rau quả", "65.000 72.000 80.000 88.000 96.000", "92 104 117 131 146")]
    for tt, name, w, sl, kn in prods:
        body.append([C(tt, rs=2), C(name, rs=2), "Sản lượng", "Tấn", *sl.split(), ""])
        body.append(["Kim ngạch", "Triệu USD", *kn.split(), ""])
        exp += [T(v, "Tấn", y, [w, "sản lượng"]) for y, v in zip(years, sl.split())]
        exp += [T(v, "Triệu USD", y, [w, "kim ngạch"]) for y, v in zip(years, kn.split())]
    meta = dict(province="Phú Sơn", title=["Đẩy mạnh xuất khẩu nông sản tỉnh Phú Sơn", "giai đoạn 2026 - 2030"],
                subject="xuất khẩu nông sản",
                annex=["**KẾ HOẠCH SẢN LƯỢNG, KIM NGẠCH XUẤT KHẨU NÔNG SẢN CÁC NĂM 2026 - 2030**"])
    return h, body, exp, meta


@table
def t03():
    """Markets as rows: value and share, each over Năm 2026 | Năm 2030; total and Trong đó."""
    h = [[C("TT", rs=2), C("Thị trường", rs=2), C("Kim ngạch xuất khẩu\n(triệu USD)", cs=2),
          C("Tỷ trọng\n(%)", cs=2)], ["Năm 2026", "Năm 2030", "Năm 2026", "Năm 2030"]]
    body = [bold_row("", "Tổng kim ngạch xuất khẩu", "1.250", "1.720", "100", "100"),
            ["", "Trong đó:", "", "", "", ""]]
    exp = [T("1.250", "triệu USD", 2026, ["tổng kim ngạch"]), T("1.720", "triệu USD", 2030, ["tổng kim ngạch"]),
           T(100, "%", 2026, ["tỷ trọng"], optional=True), T(100, "%", 2030, ["tỷ trọng"], optional=True)]
    mk = [("1", "Trung Quốc", "trung quốc", "400 520", "32,0 30,2"), ("2", "Hoa Kỳ", "hoa kỳ", "275 395", "22,0 23,0"),
          ("3", "Liên minh châu Âu (EU)", "eu", "200 310", "16,0 18,0"),
          ("4", "Nhật Bản", "nhật bản", "125 170", "10,0 9,9"),
          ("5", "Các nước ASEAN", "asean", "150 200", "12,0 11,6"),
          ("6", "Các thị trường khác", "thị trường khác", "100 125", "8,0 7,3")]
    for tt, name, w, kn, tl in mk:
        body.append([tt, name, *kn.split(), *tl.split()])
        exp += [T(v, "triệu USD", y, [w, "kim ngạch"]) for y, v in zip((2026, 2030), kn.split())]
        exp += [T(v, "%", y, [w, "tỷ trọng"]) for y, v in zip((2026, 2030), tl.split())]
    meta = dict(province="Tây Lĩnh", title=["Phát triển thị trường xuất khẩu hàng hóa tỉnh Tây Lĩnh",
                                            "giai đoạn 2026 - 2030"],
                subject="thị trường xuất khẩu hàng hóa",
                annex=["**CHỈ TIÊU KIM NGẠCH XUẤT KHẨU THEO THỊ TRƯỜNG**",
                       "**NĂM 2026 VÀ NĂM 2030**"])
    return h, body, exp, meta


@table
def t04():
    """Product (rowspan) x market rows; volume and value over 2026 | 2030."""
    h = [[C("TT", rs=2), C("Mặt hàng", rs=2), C("Thị trường", rs=2), C("Sản lượng\n(tấn)", cs=2),
          C("Kim ngạch\n(triệu USD)", cs=2)], ["2026", "2030", "2026", "2030"]]
    rows = [("1", "Cà phê nhân", "cà phê", [("EU", "eu", "18.000 24.000", "72 101"),
                                           ("Hoa Kỳ", "hoa kỳ", "9.500 13.000", "38 55"),
                                           ("Nhật Bản", "nhật bản", "6.000 8.000", "25 35")]),
            ("2", "Hạt điều nhân", "điều", [("Hoa Kỳ", "hoa kỳ", "7.200 9.000", "52 68"),
                                           ("Trung Quốc", "trung quốc", "5.400 7.500", "36 52")]),
            ("3", "Thanh long", "thanh long", [("Trung Quốc", "trung quốc", "32.000 38.000", "29 36"),
                                               ("Hàn Quốc", "hàn quốc", "2.500 4.000", "6,5 10,8")])]
    body, exp = [], []
    for tt, name, w, mks in rows:
        for i, (m, mw, sl, kn) in enumerate(mks):
            lead = [C(tt, rs=len(mks)), C(name, rs=len(mks))] if i == 0 else []
            body.append([*lead, m, *sl.split(), *kn.split()])
            exp += [T(v, "tấn", y, [w, mw, "sản lượng"]) for y, v in zip((2026, 2030), sl.split())]
            exp += [T(v, "triệu USD", y, [w, mw, "kim ngạch"]) for y, v in zip((2026, 2030), kn.split())]
    meta = dict(province="Đông Khê", title=["Phát triển thị trường cho các mặt hàng nông sản chủ lực",
                                            "tỉnh Đông Khê giai đoạn 2026 - 2030"],
                subject="thị trường nông sản chủ lực",
                annex=["**MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC THEO THỊ TRƯỜNG**"])
    return h, body, exp, meta


@table
def t05():
    """TH 2025 | KH 2026 | KH 2027 | KH 2028, ĐVT with mixed measures (Tr.USD, USD/tấn, %)."""
    h = [["TT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "KH 2027", "KH 2028", "Ghi chú"]]
    rows = [("1", "Tổng kim ngạch xuất khẩu", "Tr.USD", "842 905 975 1.050", ["tổng kim ngạch"]),
            ("2", "Sản lượng gạo xuất khẩu", "Tấn", "162.000 170.000 178.000 186.000", ["gạo", "sản lượng"]),
            ("3", "Giá gạo xuất khẩu bình quân", "USD/tấn", "585 600 615 630", ["giá", "gạo"]),
            ("4", "Tỷ trọng hàng nông sản chế biến sâu trong tổng kim ngạch", "%", "28 31 34 37",
             ["tỷ trọng", "chế biến sâu"]),
            ("5", "Số doanh nghiệp có hoạt động xuất khẩu", "Doanh nghiệp", "134 145 155 165", ["doanh nghiệp"])]
    body, exp = [], []
    for tt, label, u, vals, w in rows:
        v = vals.split()
        body.append([tt, label, u, *v, ""])
        exp.append(T(v[0], u, 2025, w, kind="achieved", optional=True))
        exp += [T(x, u, y, w) for y, x in zip((2026, 2027, 2028), v[1:])]
    meta = dict(province="Phú Sơn", title=["Thúc đẩy xuất khẩu gạo và nông sản chế biến",
                                           "tỉnh Phú Sơn giai đoạn 2026 - 2028"],
                subject="xuất khẩu gạo và nông sản chế biến",
                annex=["**CÁC CHỈ TIÊU XUẤT KHẨU GIAI ĐOẠN 2026 - 2028**"])
    return h, body, exp, meta


@table
def t06():
    """Years over abbreviated measures 'SL (tấn) | KN (tr.USD)', with a key to the abbreviations."""
    h = [[C("TT", rs=2), C("Sản phẩm", rs=2), C("Năm 2026", cs=2), C("Năm 2030", cs=2)],
         ["SL\n(tấn)", "KN\n(tr.USD)", "SL\n(tấn)", "KN\n(tr.USD)"]]
    rows = [("1", "Sầu riêng", "sầu riêng", "48.000 210 75.000 345"), ("2", "Chanh leo", "chanh leo", "22.000 31 35.000 52"),
            ("3", "Mít", "mít", "15.500 12,4 21.000 17,8"), ("4", "Bơ", "bơ", "9.000 14 14.500 24")]
    body, exp = [], []
    for tt, name, w, vals in rows:
        v = vals.split()
        body.append([tt, name, *v])
        exp += [T(v[0], "tấn", 2026, [w]), T(v[1], "tr.USD", 2026, [w]), T(v[2], "tấn", 2030, [w]),
                T(v[3], "tr.USD", 2030, [w])]
    meta = dict(province="Tây Lĩnh", title=["Phát triển cây ăn quả xuất khẩu tỉnh Tây Lĩnh đến năm 2030"],
                subject="cây ăn quả xuất khẩu",
                annex=["**MỤC TIÊU SẢN LƯỢNG VÀ KIM NGẠCH XUẤT KHẨU CÂY ĂN QUẢ**"],
                note="*Ghi chú: SL - sản lượng xuất khẩu; KN - kim ngạch xuất khẩu.*")
    return h, body, exp, meta


@table
def t07():
    """Period columns: Giai đoạn 2026-2027 | Giai đoạn 2028-2030 | Cả giai đoạn 2026-2030."""
    h = [["TT", "Chỉ tiêu", "ĐVT", "Giai đoạn\n2026 - 2027", "Giai đoạn\n2028 - 2030", "Cả giai đoạn\n2026 - 2030"]]
    rows = [("1", "Kim ngạch xuất khẩu thủy sản", "Triệu USD", "780 1.290 2.070", ["kim ngạch", "thủy sản"]),
            ("2", "Sản lượng thủy sản xuất khẩu", "Tấn", "124.000 202.000 326.000", ["sản lượng", "thủy sản"]),
            ("3", "Số lượt doanh nghiệp tham gia hội chợ, triển lãm quốc tế", "Lượt doanh nghiệp", "40 65 105",
             ["hội chợ"]),
            ("4", "Mã số vùng nuôi được cấp mới", "Mã số", "24 40 64", ["vùng nuôi"])]
    body, exp = [], []
    for tt, label, u, vals, w in rows:
        v = vals.split()
        body.append([tt, label, u, *v])
        exp += [T(v[0], u, 2027, w), T(v[1], u, 2030, w), T(v[2], u, 2030, w)]
    meta = dict(province="Hà Lâm", title=["Phát triển xuất khẩu thủy sản tỉnh Hà Lâm giai đoạn 2026 - 2030"],
                subject="xuất khẩu thủy sản",
                annex=["**CHỈ TIÊU XUẤT KHẨU THỦY SẢN THEO GIAI ĐOẠN**"])
    return h, body, exp, meta


@table
def t08():
    """Transposed: years as rows; products over measures in a 2-row header."""
    h = [[C("Năm", rs=2), C("Cà phê nhân", cs=2), C("Hồ tiêu", cs=2), C("Sầu riêng", cs=2)],
         ["Sản lượng (tấn)", "Kim ngạch (triệu USD)"] * 3]
    rows = {2026: "96.000 365 14.500 72 48.000 210", 2027: "100.000 388 15.100 76 55.000 245",
            2028: "104.000 410 15.800 80 62.000 280", 2029: "108.000 436 16.400 84 68.000 312",
            2030: "112.000 462 17.000 88 75.000 345"}
    body, exp = [], []
    for y, vals in rows.items():
        v = vals.split()
        body.append([f"Năm {y}", *v])
        for i, w in enumerate(("cà phê", "hồ tiêu", "sầu riêng")):
            exp += [T(v[2 * i], "tấn", y, [w, "sản lượng"]), T(v[2 * i + 1], "triệu USD", y, [w, "kim ngạch"])]
    meta = dict(province="Đông Khê", title=["Phát triển ngành hàng cà phê, hồ tiêu và sầu riêng",
                                            "tỉnh Đông Khê giai đoạn 2026 - 2030"],
                subject="ngành hàng cà phê, hồ tiêu và sầu riêng",
                annex=["**LỘ TRÌNH SẢN LƯỢNG, KIM NGẠCH XUẤT KHẨU THEO NĂM**"])
    return h, body, exp, meta


@table
def t09():
    """Product (rowspan 3) x measure-with-unit rows (no ĐVT): area, output, value of output."""
    h = [["TT", "Sản phẩm", "Chỉ tiêu", "Năm 2026", "Năm 2028", "Năm 2030"]]
    prods = [("1", "Lúa chất lượng cao", "lúa", ["18.500 20.000 22.000", "122.000 134.000 148.000", "1.340 1.520 1.730"]),
             ("2", "Cây ăn quả", "cây ăn quả", ["12.800 13.600 14.500", "186.000 205.000 226.000", "2.950 3.380 3.860"]),
             ("3", "Chè", "chè", ["6.200 6.400 6.600", "74.000 79.000 85.000", "620 690 770"])]
    meas = [("Diện tích (ha)", "ha", "diện tích"), ("Sản lượng (tấn)", "tấn", "sản lượng"),
            ("Giá trị sản xuất (tỷ đồng)", "tỷ đồng", "giá trị")]
    body, exp = [], []
    for tt, name, w, vals in prods:
        for i, ((label, u, mw), v) in enumerate(zip(meas, vals)):
            lead = [C(tt, rs=3), C(name, rs=3)] if i == 0 else []
            body.append([*lead, label, *v.split()])
            exp += [T(x, u, y, [w, mw]) for y, x in zip((2026, 2028, 2030), v.split())]
    meta = dict(province="Hà Lâm", title=["Phát triển sản phẩm nông nghiệp chủ lực tỉnh Hà Lâm",
                                          "giai đoạn 2026 - 2030"],
                subject="sản phẩm nông nghiệp chủ lực",
                annex=["**CHỈ TIÊU PHÁT TRIỂN SẢN PHẨM NÔNG NGHIỆP CHỦ LỰC**"])
    return h, body, exp, meta


@table
def t10():
    """Group rows '1 | Ngành hàng …' and measure rows 1.1 / 1.2 with ĐVT, 'Kế hoạch các năm' over years."""
    years = [2026, 2027, 2028, 2029, 2030]
    h = [[C("TT", rs=2), C("Ngành hàng, chỉ tiêu", rs=2), C("ĐVT", rs=2), C("Kế hoạch các năm", cs=5)],
         [str(y) for y in years]]
    groups = [("1", "Ngành hàng cà phê", "cà phê",
               [("1.1", "Sản lượng cà phê nhân xuất khẩu", "Tấn", "102.000 106.000 110.000 115.000 120.000", "sản lượng"),
                ("1.2", "Kim ngạch xuất khẩu cà phê", "Triệu USD", "395 418 442 468 495", "kim ngạch")]),
              ("2", "Ngành hàng cao su", "cao su",
               [("2.1", "Sản lượng cao su sơ chế xuất khẩu", "Tấn", "58.000 59.500 61.000 62.500 64.000", "sản lượng"),
                ("2.2", "Kim ngạch xuất khẩu cao su", "Triệu USD", "92 96 100 104 109", "kim ngạch")]),
              ("3", "Ngành hàng chè", "chè",
               [("3.1", "Sản lượng chè xuất khẩu", "Tấn", "11.200 11.800 12.400 13.000 13.600", "sản lượng"),
                ("3.2", "Kim ngạch xuất khẩu chè", "Triệu USD", "21,5 23,0 24,6 26,2 28,0", "kim ngạch")])]
    body, exp = [], []
    for tt, name, w, subs in groups:
        body.append(bold_row(tt, C(name, cs=7)))
        for st, label, u, vals, mw in subs:
            body.append([st, label, u, *vals.split()])
            exp += [T(x, u, y, [w, mw]) for y, x in zip(years, vals.split())]
    meta = dict(province="Tây Lĩnh", title=["Phát triển các ngành hàng xuất khẩu chủ lực tỉnh Tây Lĩnh",
                                            "giai đoạn 2026 - 2030"],
                subject="ngành hàng xuất khẩu chủ lực",
                annex=["**KẾ HOẠCH SẢN LƯỢNG, KIM NGẠCH XUẤT KHẨU CÁC NGÀNH HÀNG CHỦ LỰC**"])
    return h, body, exp, meta


@table
def t11():
    """Nghìn tấn / Tỷ USD with decimals, a range and comparators in the 2030 column; Ước 2025 baseline."""
    h = [["TT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Năm 2026", "Năm 2030"]]
    rows = [("1", "Sản lượng lương thực có hạt", "Nghìn tấn", ["1.182,4", "1.195,0", "1.250,5"], ["lương thực"]),
            ("2", "Sản lượng thủy sản", "Nghìn tấn", ["268,3", "275", "300"], ["thủy sản"]),
            ("3", "Tổng kim ngạch xuất khẩu", "Tỷ USD", ["1,86", "2,0", "2,8-3,0"], ["tổng kim ngạch"]),
            ("4", "Kim ngạch xuất khẩu nông, lâm, thủy sản", "Triệu USD", ["612", "650", "≥ 850"],
             ["kim ngạch", "nông, lâm, thủy sản"]),
            ("5", "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt", "Triệu đồng", ["118", "122", "Trên 150"],
             ["giá trị", "trồng trọt"]),
            ("6", "Số sản phẩm OCOP đạt 3 sao trở lên", "Sản phẩm", ["186", "210", "Trên 300"], ["ocop"])]
    body, exp = [], []
    for tt, label, u, v, w in rows:
        body.append([tt, label, u, *v])
        exp.append(T(v[0], u, 2025, w, kind="achieved", optional=True))
        exp.append(T(v[1], u, 2026, w))
        if "-" in v[2]:
            exp.append(T(2.8, u, 2030, w, until=3.0))
        else:
            exp.append(T(v[2], u, 2030, w))
    meta = dict(province="Phú Sơn", title=["Phát triển nông nghiệp và xuất khẩu tỉnh Phú Sơn năm 2026,",
                                           "định hướng đến năm 2030"],
                subject="nông nghiệp và xuất khẩu",
                annex=["**MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2026 VÀ ĐẾN NĂM 2030**"])
    return h, body, exp, meta


@table
def t12():
    """Bare years in a one-row header; total trade, '- Kim ngạch xuất khẩu / nhập khẩu' sub-rows, balance, %."""
    years = [2026, 2027, 2028, 2029, 2030]
    h = [["STT", "Chỉ tiêu", "Đơn vị tính", *[str(y) for y in years]]]
    rows = [("1", "Tổng kim ngạch xuất nhập khẩu", "Triệu USD", "2.450 2.640 2.850 3.080 3.320",
             ["tổng kim ngạch xuất nhập khẩu"]),
            ("", "- Kim ngạch xuất khẩu", "Triệu USD", "1.520 1.650 1.790 1.940 2.100", ["kim ngạch xuất khẩu"]),
            ("", "- Kim ngạch nhập khẩu", "Triệu USD", "930 990 1.060 1.140 1.220", ["kim ngạch nhập khẩu"]),
            ("2", "Cán cân thương mại (xuất siêu)", "Triệu USD", "590 660 730 800 880", ["cán cân"]),
            ("3", "Tốc độ tăng kim ngạch xuất khẩu", "%", "8,5 8,6 8,5 8,4 8,2", ["tốc độ tăng"])]
    body, exp = [], []
    for tt, label, u, vals, w in rows:
        body.append([tt, label, u, *vals.split()])
        exp += [T(x, u, y, w) for y, x in zip(years, vals.split())]
    meta = dict(province="Đông Khê", title=["Phát triển thương mại quốc tế tỉnh Đông Khê", "giai đoạn 2026 - 2030"],
                subject="thương mại quốc tế",
                annex=["**CHỈ TIÊU XUẤT, NHẬP KHẨU HÀNG HÓA GIAI ĐOẠN 2026 - 2030**"])
    return h, body, exp, meta


@table
def t13():
    """Measures over 'Năm 2026 | Năm 2030 | Tăng BQ (%/năm)'; a value total row."""
    h = [[C("TT", rs=2), C("Mặt hàng", rs=2), C("Sản lượng (tấn)", cs=3), C("Giá trị (triệu USD)", cs=3)],
         ["Năm 2026", "Năm 2030", "Tăng BQ\n(%/năm)"] * 2]
    rows = [("1", "Tôm nước lợ", "tôm", "42.000 52.000 5,5 520 690 7,3"),
            ("2", "Cá tra", "cá tra", "85.000 98.000 3,6 210 265 6,0"),
            ("3", "Nhuyễn thể hai mảnh vỏ", "nhuyễn thể", "36.000 42.000 3,9 58 74 6,3"),
            ("4", "Cua biển", "cua", "6.500 8.200 6,0 62 85 8,2")]
    body, exp = [], []
    for tt, name, w, vals in rows:
        v = vals.split()
        body.append([tt, name, *v])
        exp += [T(v[0], "tấn", 2026, [w, "sản lượng"]), T(v[1], "tấn", 2030, [w, "sản lượng"]),
                T(v[2], "%/năm", 2030, [w, "sản lượng"]),
                T(v[3], "triệu USD", 2026, [w, "giá trị"]), T(v[4], "triệu USD", 2030, [w, "giá trị"]),
                T(v[5], "%/năm", 2030, [w, "giá trị"])]
    body.append(bold_row("", "Tổng giá trị xuất khẩu thủy sản", "", "", "", "850", "1.114", "7,0"))
    exp += [T("850", "triệu USD", 2026, ["tổng giá trị"]), T("1.114", "triệu USD", 2030, ["tổng giá trị"]),
            T("7,0", "%/năm", 2030, ["tổng giá trị"])]
    meta = dict(province="Hà Lâm", title=["Phát triển nuôi trồng và xuất khẩu thủy sản tỉnh Hà Lâm",
                                          "giai đoạn 2026 - 2030"],
                subject="nuôi trồng và xuất khẩu thủy sản",
                annex=["**MỤC TIÊU SẢN LƯỢNG, GIÁ TRỊ XUẤT KHẨU THỦY SẢN ĐẾN NĂM 2030**"])
    return h, body, exp, meta


@table
def t14():
    """Annual plan: measures over 'Ước TH 2025 | KH 2026 | So sánh (%)'."""
    h = [[C("TT", rs=2), C("Mặt hàng", rs=2), C("Sản lượng (tấn)", cs=3), C("Kim ngạch (triệu USD)", cs=3)],
         ["Ước TH 2025", "KH 2026", "So sánh\n(%)"] * 2]
    rows = [("1", "Gạo", "gạo", "176.000 182.000 103,4 104 110 105,8"),
            ("2", "Cà phê", "cà phê", "40.500 42.000 103,7 160 168 105,0"),
            ("3", "Hạt tiêu", "hạt tiêu", "6.800 7.000 102,9 34 36 105,9"),
            ("4", "Rau quả chế biến", "rau quả", "21.000 23.500 111,9 38 43 113,2")]
    body, exp = [], []
    for tt, name, w, vals in rows:
        v = vals.split()
        body.append([tt, name, *v])
        exp += [T(v[0], "tấn", 2025, [w], kind="achieved", optional=True), T(v[1], "tấn", 2026, [w, "sản lượng"]),
                T(v[2], "%", 2026, [w], optional=True),
                T(v[3], "triệu USD", 2025, [w], kind="achieved", optional=True),
                T(v[4], "triệu USD", 2026, [w, "kim ngạch"]), T(v[5], "%", 2026, [w], optional=True)]
    meta = dict(province="Tây Lĩnh", title=["Xuất khẩu nông sản tỉnh Tây Lĩnh năm 2026"],
                subject="xuất khẩu nông sản",
                annex=["**KẾ HOẠCH XUẤT KHẨU NÔNG SẢN NĂM 2026**"])
    return h, body, exp, meta


@table
def t15():
    """Product rows with '- Thị trường …' sub-rows; value columns 'Kim ngạch năm 2026 (triệu USD)'."""
    h = [["TT", "Mặt hàng, thị trường", "Kim ngạch năm 2026\n(triệu USD)", "Kim ngạch năm 2030\n(triệu USD)", "Ghi chú"]]
    prods = [("1", "Hạt điều nhân", "điều", "260 345",
              [("Hoa Kỳ", "hoa kỳ", "95 125"), ("EU", "eu", "70 98"), ("Trung Quốc", "trung quốc", "55 72")]),
             ("2", "Cà phê", "cà phê", "180 240", [("EU", "eu", "84 110"), ("Nhật Bản", "nhật bản", "40 56")]),
             ("3", "Đồ gỗ và sản phẩm gỗ", "gỗ", "150 215", [("Hoa Kỳ", "hoa kỳ", "88 130"), ("Hàn Quốc", "hàn quốc", "22 35")])]
    body, exp = [], []
    for tt, name, w, vals, mks in prods:
        body.append([tt, name, *vals.split(), ""])
        exp += [T(x, "triệu USD", y, [w, "kim ngạch"]) for y, x in zip((2026, 2030), vals.split())]
        for m, mw, mv in mks:
            body.append(["", f"- Thị trường {m}", *mv.split(), ""])
            exp += [T(x, "triệu USD", y, [w, mw]) for y, x in zip((2026, 2030), mv.split())]
    meta = dict(province="Phú Sơn", title=["Mở rộng thị trường xuất khẩu các mặt hàng chủ lực tỉnh Phú Sơn",
                                           "giai đoạn 2026 - 2030"],
                subject="thị trường xuất khẩu mặt hàng chủ lực",
                annex=["**MỤC TIÊU KIM NGẠCH XUẤT KHẨU THEO MẶT HÀNG VÀ THỊ TRƯỜNG**"])
    return h, body, exp, meta


@table
def t16():
    """Communes × (area, output) × (2026, 2030), with 'Toàn tỉnh' first."""
    h = [[C("TT", rs=2), C("Xã, phường", rs=2), C("Diện tích cây ăn quả\n(ha)", cs=2), C("Sản lượng\n(tấn)", cs=2)],
         ["Năm 2026", "Năm 2030"] * 2]
    rows = [("", "Toàn tỉnh", "toàn tỉnh", "9.600 11.200 142.000 176.000"),
            ("1", "Xã Phước Hòa", "phước hòa", "1.850 2.100 27.500 33.000"),
            ("2", "Xã Tân Mỹ", "tân mỹ", "2.300 2.700 35.000 43.500"),
            ("3", "Xã Đông Thạnh", "đông thạnh", "1.420 1.650 20.500 25.000"),
            ("4", "Phường Bình Minh", "bình minh", "380 420 5.000 6.000"),
            ("5", "Xã An Lạc", "an lạc", "3.650 4.330 54.000 68.500")]
    body, exp = [], []
    for tt, name, w, vals in rows:
        v = vals.split()
        body.append([tt, name, *v])
        exp += [T(v[0], "ha", 2026, [w, "diện tích"]), T(v[1], "ha", 2030, [w, "diện tích"]),
                T(v[2], "tấn", 2026, [w, "sản lượng"]), T(v[3], "tấn", 2030, [w, "sản lượng"])]
    meta = dict(province="Đông Khê", title=["Phát triển vùng cây ăn quả tập trung tỉnh Đông Khê",
                                            "giai đoạn 2026 - 2030"],
                subject="vùng cây ăn quả tập trung",
                annex=["**CHỈ TIÊU DIỆN TÍCH, SẢN LƯỢNG CÂY ĂN QUẢ THEO XÃ, PHƯỜNG**"])
    return h, body, exp, meta


@table
def t17():
    """Group rows over 'a) / b)' measure rows, ĐVT, years, and a 'Cơ quan chủ trì' column."""
    h = [["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2028", "Năm 2030", "Cơ quan chủ trì"]]
    groups = [("1", "Sản phẩm gỗ và lâm sản", "gỗ",
               [("a) Sản lượng gỗ rừng trồng khai thác", "m3", "420.000 460.000 500.000", "Sở Nông nghiệp và Môi trường", "sản lượng"),
                ("b) Kim ngạch xuất khẩu sản phẩm gỗ", "Triệu USD", "185 215 250", "Sở Công Thương", "kim ngạch")]),
              ("2", "Dược liệu", "dược liệu",
               [("a) Diện tích trồng dược liệu", "ha", "1.200 1.600 2.000", "Sở Nông nghiệp và Môi trường", "diện tích"),
                ("b) Giá trị sản phẩm dược liệu", "Tỷ đồng", "240 330 420", "Sở Công Thương", "giá trị")])]
    body, exp = [], []
    for tt, name, w, subs in groups:
        body.append(bold_row(tt, C(name, cs=6)))
        for label, u, vals, lead, mw in subs:
            body.append(["", label, u, *vals.split(), lead])
            exp += [T(x, u, y, [w, mw]) for y, x in zip((2026, 2028, 2030), vals.split())]
    meta = dict(province="Hà Lâm", title=["Phát triển lâm sản và dược liệu tỉnh Hà Lâm", "giai đoạn 2026 - 2030"],
                subject="lâm sản và dược liệu",
                annex=["**CHỈ TIÊU PHÁT TRIỂN SẢN PHẨM GỖ VÀ DƯỢC LIỆU**"],
                extra_units=[{"unit": "Sở Nông nghiệp và Môi trường", "roles": ["lead", "execute"]}])
    return h, body, exp, meta


@table
def t18():
    """Three measures (ha, tấn, tỷ đồng) each over 2026 | 2030, rows = aquaculture zones."""
    h = [[C("TT", rs=2), C("Vùng nuôi", rs=2), C("Diện tích\n(ha)", cs=2), C("Sản lượng\n(tấn)", cs=2),
          C("Giá trị sản xuất\n(tỷ đồng)", cs=2)], ["2026", "2030"] * 3]
    rows = [("1", "Vùng nuôi tôm ven biển Tân Hải", "tân hải", "1.200 1.450 9.600 12.500 2.400 3.300"),
            ("2", "Vùng nuôi cá lồng hồ Sông Lam", "sông lam", "85 120 4.200 6.000 310 460"),
            ("3", "Vùng nuôi cá tra cồn Bãi Giữa", "bãi giữa", "210 260 48.000 61.000 1.150 1.520")]
    body, exp = [], []
    for tt, name, w, vals in rows:
        v = vals.split()
        body.append([tt, name, *v])
        for i, (u, mw) in enumerate((("ha", "diện tích"), ("tấn", "sản lượng"), ("tỷ đồng", "giá trị"))):
            exp += [T(v[2 * i], u, 2026, [w, mw]), T(v[2 * i + 1], u, 2030, [w, mw])]
    meta = dict(province="Tây Lĩnh", title=["Phát triển các vùng nuôi trồng thủy sản tập trung tỉnh Tây Lĩnh",
                                            "giai đoạn 2026 - 2030"],
                subject="vùng nuôi trồng thủy sản tập trung",
                annex=["**CHỈ TIÊU PHÁT TRIỂN CÁC VÙNG NUÔI TRỒNG THỦY SẢN TẬP TRUNG**"])
    return h, body, exp, meta


@table
def t19():
    """One year spanning three measures: 'Mục tiêu đến năm 2030' over (tấn, triệu USD, %)."""
    h = [[C("TT", rs=2), C("Sản phẩm", rs=2), C("Mục tiêu đến năm 2030", cs=3)],
         ["Sản lượng\n(tấn)", "Giá trị xuất khẩu\n(triệu USD)", "Tỷ lệ sản lượng có chứng nhận VietGAP, GlobalGAP\n(%)"]]
    rows = [("1", "Bưởi da xanh", "bưởi", "62.000 48 70"), ("2", "Xoài cát", "xoài", "45.000 36 65"),
            ("3", "Nhãn", "nhãn", "28.000 22 60"), ("4", "Dừa", "dừa", "125.000 95 75")]
    body, exp = [], []
    for tt, name, w, vals in rows:
        v = vals.split()
        body.append([tt, name, *v])
        exp += [T(v[0], "tấn", 2030, [w, "sản lượng"]), T(v[1], "triệu USD", 2030, [w, "giá trị"]),
                T(v[2], "%", 2030, [w, "chứng nhận"])]
    meta = dict(province="Phú Sơn", title=["Nâng cao giá trị cây ăn quả chủ lực tỉnh Phú Sơn đến năm 2030"],
                subject="cây ăn quả chủ lực",
                annex=["**MỤC TIÊU PHÁT TRIỂN CÂY ĂN QUẢ CHỦ LỰC ĐẾN NĂM 2030**"])
    return h, body, exp, meta


@table
def t20():
    """'Tổng sản lượng' + 'Trong đó:' + '- / +' sub-rows, a value row '(giá so sánh 2010)', years 2026..2030."""
    years = [2026, 2027, 2028, 2029, 2030]
    h = [["TT", "Chỉ tiêu", "ĐVT", *[f"Năm {y}" for y in years]]]
    rows = [("1", "Tổng sản lượng thủy sản", "Tấn", "248.000 256.000 264.000 273.000 282.000", ["tổng sản lượng"]),
            ("", "Trong đó:", "", None, None),
            ("", "- Sản lượng khai thác", "Tấn", "112.000 113.000 114.000 115.000 116.000", ["khai thác"]),
            ("", "- Sản lượng nuôi trồng", "Tấn", "136.000 143.000 150.000 158.000 166.000", ["nuôi trồng"]),
            ("", "+ Tôm nước lợ", "Tấn", "38.000 40.500 43.000 45.500 48.000", ["tôm"]),
            ("", "+ Cá tra", "Tấn", "61.000 63.000 65.000 67.500 70.000", ["cá tra"]),
            ("2", "Giá trị sản xuất thủy sản (giá so sánh 2010)", "Tỷ đồng", "9.850 10.300 10.780 11.280 11.800",
             ["giá trị sản xuất"]),
            ("3", "Kim ngạch xuất khẩu thủy sản", "Triệu USD", "465 498 532 570 610", ["kim ngạch"])]
    body, exp = [], []
    for tt, label, u, vals, w in rows:
        if vals is None:
            body.append([tt, label, "", "", "", "", "", ""])
            continue
        body.append([tt, label, u, *vals.split()])
        exp += [T(x, u, y, w) for y, x in zip(years, vals.split())]
    meta = dict(province="Đông Khê", title=["Phát triển ngành thủy sản tỉnh Đông Khê giai đoạn 2026 - 2030"],
                subject="ngành thủy sản",
                annex=["**CÁC CHỈ TIÊU PHÁT TRIỂN NGÀNH THỦY SẢN GIAI ĐOẠN 2026 - 2030**"])
    return h, body, exp, meta


@table
def t21():
    """Product (rowspan 3) x three measure rows with ĐVT (tấn, triệu USD, USD/tấn), 4 products, years 2026 | 2028 | 2030."""
    years = [2026, 2028, 2030]
    h = [["TT", "Mặt hàng", "Chỉ tiêu", "ĐVT", *[f"Năm {y}" for y in years]]]
    prods = [("1", "Hạt điều nhân", "điều", ["48.000 52.000 56.000", "295 335 378", "6.150 6.450 6.750"]),
             ("2", "Hồ tiêu", "hồ tiêu", ["9.200 9.800 10.500", "46 52 59", "5.000 5.300 5.600"]),
             ("3", "Cà phê nhân", "cà phê", ["31.000 33.500 36.000", "118 134 151", "3.800 4.000 4.200"]),
             ("4", "Sắn lát khô", "sắn", ["64.000 60.000 56.000", "17,9 17,4 16,8", "280 290 300"])]
    meas = [("Sản lượng xuất khẩu", "Tấn", "sản lượng"), ("Kim ngạch xuất khẩu", "Triệu USD", "kim ngạch"),
            ("Giá xuất khẩu bình quân", "USD/tấn", "giá")]
    body, exp = [], []
    for tt, name, w, vals in prods:
        for i, ((label, u, mw), v) in enumerate(zip(meas, vals)):
            lead = [C(tt, rs=3), C(name, rs=3)] if i == 0 else []
            body.append([*lead, label, u, *v.split()])
            exp += [T(x, u, y, [mw]) for y, x in zip(years, v.split())]
    meta = dict(province="Tây Lĩnh", title=["Nâng cao giá trị xuất khẩu nông sản tỉnh Tây Lĩnh", "giai đoạn 2026 - 2030"],
                subject="giá trị xuất khẩu nông sản",
                annex=["**CHỈ TIÊU XUẤT KHẨU CÁC MẶT HÀNG NÔNG SẢN CHỦ LỰC**"])
    return h, body, exp, meta


@table
def t22():
    """The same as t21 with two products only (control)."""
    h, body, exp, meta = t21()
    return h, body[:6], exp[:18], meta


@table
def t23():
    """Years as rows, one-row header of measures with units, annex titled 'KẾ HOẠCH …'."""
    h = [["Năm", "Diện tích cao su khai thác (ha)", "Sản lượng mủ cao su (tấn)", "Kim ngạch xuất khẩu cao su (triệu USD)"]]
    rows = {2026: "24.500 38.200 61", 2027: "25.000 39.500 64", 2028: "25.400 40.600 67",
            2029: "25.800 41.800 70", 2030: "26.200 43.000 74"}
    body, exp = [], []
    for y, vals in rows.items():
        v = vals.split()
        body.append([f"Năm {y}", *v])
        exp += [T(v[0], "ha", y, ["diện tích", "cao su"]), T(v[1], "tấn", y, ["sản lượng", "cao su"]),
                T(v[2], "triệu USD", y, ["kim ngạch", "cao su"])]
    meta = dict(province="Đông Khê", title=["Phát triển ngành cao su tỉnh Đông Khê giai đoạn 2026 - 2030"],
                subject="ngành cao su",
                annex=["**KẾ HOẠCH PHÁT TRIỂN NGÀNH CAO SU THEO TỪNG NĂM**"])
    return h, body, exp, meta


# ---------------------------------------------------------------------------------------------
PLAN = [  # case -> (table, rendering)
    ("01", "t01", "onecell"), ("02", "t01", "md"),
    ("03", "t02", "onecell"), ("04", "t02", "md-out"),
    ("05", "t03", "onecell"), ("06", "t03", "md"),
    ("07", "t04", "onecell"), ("08", "t04", "md-out"),
    ("09", "t05", "onecell"), ("10", "t05", "md"),
    ("11", "t06", "onecell"), ("12", "t06", "md"),
    ("13", "t07", "onecell"), ("14", "t07", "md"),
    ("15", "t08", "onecell"), ("16", "t08", "md"),
    ("17", "t09", "onecell"), ("18", "t09", "md-out"),
    ("19", "t10", "onecell"), ("20", "t10", "md"),
    ("21", "t11", "onecell"), ("22", "t11", "md"),
    ("23", "t12", "onecell"), ("24", "t12", "md"),
    ("25", "t13", "onecell"), ("26", "t13", "md"),
    ("27", "t14", "onecell"), ("28", "t14", "md"),
    ("29", "t15", "onecell"), ("30", "t15", "md"),
    ("31", "t16", "onecell"), ("32", "t16", "md"),
    ("33", "t17", "onecell"), ("34", "t17", "md"),
    ("35", "t18", "onecell"), ("36", "t18", "md"),
    ("37", "t19", "onecell"), ("38", "t19", "md"),
    ("39", "t20", "onecell"), ("40", "t20", "md"),
    ("41", "t21", "onecell"), ("42", "t22", "onecell"), ("43", "t23", "onecell"), ("44", "t23", "md"),
]

NUMBERS = {"Hà Lâm": 211, "Phú Sơn": 187, "Tây Lĩnh": 305, "Đông Khê": 96}


def build(case, tname, rendering):
    h, body, exp, meta = TABLES[tname]()
    if rendering == "onecell":
        tab = onecell(h, body)
    elif rendering == "md":
        tab = md(h, body)
    else:
        tab = md(h, body, merged="out")
    n = NUMBERS[meta["province"]] + int(case)
    day = 8 + int(case) % 20
    text = plan(meta["province"], n, f"ngày {day} tháng 12 năm 2025", f"{day:02d}/12/2025",
                meta["title"], meta["subject"], meta["annex"], tab, caption=meta.get("caption"),
                note=meta.get("note"))
    (OUT / f"{case}.txt").write_text(text, encoding="utf-8")
    u = units() + meta.get("extra_units", [])
    (OUT / f"{case}.expect.json").write_text(json.dumps(
        {"case": case, "table": tname, "rendering": rendering, "doc": TABLES[tname].__doc__,
         "targets": exp, "units": u}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    for case, tname, rendering in PLAN:
        build(case, tname, rendering)
    print(len(PLAN), "cases")
