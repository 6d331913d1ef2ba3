"""Write cases/NN.txt and cases/NN.expect.json. Expectations come from the logical tables, before any run."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from render import RS, CS, onecell, md, pdf  # noqa: E402

OUT = Path(__file__).parent / "cases"
OUT.mkdir(exist_ok=True)


def H(text, cs=1, rs=1):
    return (text, cs, rs)


def parse(cell):
    """cell text -> (value, until) or None"""
    t = cell.strip()
    t = re.sub(r"\(\*+\)|\(\d\)", "", t).strip()
    t = re.sub(r"^(≥|>=|>|Trên|trên|Tối thiểu|tối thiểu)\s*", "", t)
    m = re.fullmatch(r"([\d.,]+)\s*(?:-|–|÷)\s*([\d.,]+)", t)

    def num(s):
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
            return int(s.replace(".", ""))
        s = s.replace(".", "").replace(",", ".") if "," in s else s
        v = float(s)
        return int(v) if v == int(v) else v
    if m:
        return num(m.group(1)), num(m.group(2))
    if re.fullmatch(r"[\d.,]+", t):
        return num(t), None
    return None


class Table:
    """cols: list of roles: 'tt', 'label', 'unit', 'note', 'x' (not an aim), or dict(kind, deadline, unit, ind).
    rows: ('G', tt, title) group rows, or dict(tt, label, unit, vals, ind, key, rs=[roles covered], note)."""

    def __init__(self, header, cols, rows, widths=None, numeric=None, colnums=None):
        self.header, self.cols, self.rows = header, cols, rows
        self.width = len(cols)
        self.widths = widths
        self.colnums = colnums

    def body(self, group_fill=True):
        out = []
        if self.colnums:
            out.append(list(self.colnums))
        for r in self.rows:
            if isinstance(r, tuple):
                cells = [r[1], r[2]] + [CS] * (self.width - 2)
                out.append(("G", cells))
                continue
            cells = []
            vi = 0
            for role in self.cols:
                if role == "tt":
                    c = r.get("tt", "")
                elif role == "label":
                    c = r["label"]
                elif role == "unit":
                    c = r.get("unit", "")
                elif role == "note":
                    c = r.get("note", "")
                else:
                    c = r["vals"][vi]
                    vi += 1
                if role in r.get("rs", []) if isinstance(role, str) else False:
                    c = RS
                cells.append(c)
            out.append(cells)
        return out

    def expected(self):
        exp = []
        for r in self.rows:
            if isinstance(r, tuple):
                continue
            vi = 0
            for role in self.cols:
                if isinstance(role, str) and role != "x":
                    continue
                cell = r["vals"][vi]
                vi += 1
                if role == "x":
                    p = parse(cell)
                    if p is not None:
                        exp.append({"value": p[0], "until": p[1], "unit": None, "kind": "optional",
                                    "deadline": None, "indicator": r["ind"], "uncertain": True, "key": []})
                    continue
                kind = role.get("kind")
                if kind not in ("target", "achieved"):
                    continue
                p = parse(cell)
                if p is None:
                    continue
                unit = role.get("unit") or r.get("unit") or r.get("cellunit")
                ind = (role.get("ind", "") + " " + r["ind"]).strip()
                exp.append({"value": p[0], "until": p[1], "unit": unit, "kind": kind,
                            "deadline": role.get("deadline"), "indicator": ind,
                            "uncertain": kind == "achieved" or bool(role.get("uncertain")),
                            "key": r.get("key", [])})
        return exp

    def render(self, how, **kw):
        b = self.body()
        if how == "onecell":
            return onecell(self.header, b)
        if how == "md":
            return md(self.header, b, self.width, leave_out_rs=kw.get("leave_out_rs", False))
        if how == "pdf":
            nums = [i for i, role in enumerate(self.cols) if isinstance(role, dict) or role == "x"]
            return pdf(self.header, b, self.width, self.widths, numeric_cols=nums,
                       page_break_after=kw.get("page_break_after"), repeat_header=kw.get("repeat_header", True),
                       page_no=kw.get("page_no", 7))
        raise ValueError(how)


# ---------------------------------------------------------------- document wrappers
def doc_tvpl(prov, num, date_vn, title, annex_label, annex_title, table_text, before_table="", after_table="",
             city=None):
    city = city or prov
    d, m, y = date_vn
    return f"""|
**ỦY BAN NHÂN DÂN**
TỈNH {prov.upper()}
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {num}/KH-UBND
|
*{city}, ngày {d}
tháng {m} năm {y}*
|

**KẾ HOẠCH**

{title}

Căn cứ Nghị quyết số 27/NQ-HĐND ngày 09 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh {prov} về
nhiệm vụ phát triển kinh tế - xã hội năm 2026;

Ủy ban nhân dân tỉnh {prov} ban hành Kế hoạch với các nội dung như sau:

**I. MỤC
ĐÍCH, YÊU CẦU**

1. Cụ thể hóa các chủ trương của Tỉnh ủy, Hội đồng nhân dân tỉnh; xác định rõ nhiệm vụ,
giải pháp và trách nhiệm của các sở, ngành, địa phương.

2. Bám sát tình hình thị trường, chủ động điều chỉnh kịp thời khi có biến động.

**II. MỤC
TIÊU VÀ CHỈ TIÊU CHỦ YẾU**

Các chỉ tiêu cụ thể theo {annex_label} kèm theo Kế hoạch này.

**III. NHIỆM VỤ, GIẢI PHÁP**

1. Đẩy mạnh ứng dụng khoa học công nghệ, liên kết sản xuất theo chuỗi giá trị.

2. Tăng cường xúc tiến thương mại, mở rộng thị trường tiêu thụ.

**IV. TỔ
CHỨC THỰC HIỆN**

1. Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan theo dõi, đôn đốc việc
thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh.

2. Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của địa phương.

Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh {prov}./.

|
**Nơi nhận:**
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
|
**TM. ỦY BAN NHÂN
DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**




**Trần Văn Khải**
|

**{annex_label.upper()}**

{annex_title}

*(Kèm theo Kế hoạch số {num}/KH-UBND ngày {d} tháng {m} năm {y} của Ủy ban nhân dân
tỉnh {prov})*

{before_table}{table_text}
{after_table}"""


def doc_pdf(prov, num, date_vn, title, annex_label, annex_title, table_text, before_table="", after_table=""):
    d, m, y = date_vn
    return f"""      ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      TỈNH {prov.upper():<28}            Độc lập - Tự do - Hạnh phúc

   Số: {num}/KH-UBND                        {prov}, ngày {d} tháng {m} năm {y}

                                  KẾ HOẠCH
       {title}

    Căn cứ Nghị quyết số 27/NQ-HĐND ngày 09 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh
{prov} về nhiệm vụ phát triển kinh tế - xã hội năm 2026;
    Ủy ban nhân dân tỉnh {prov} ban hành Kế hoạch với các nội dung như sau:
    I. MỤC ĐÍCH, YÊU CẦU
    1. Cụ thể hóa các chủ trương của Tỉnh ủy, Hội đồng nhân dân tỉnh; xác định rõ nhiệm vụ,
giải pháp và trách nhiệm của các sở, ngành, địa phương.
    II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU
    Các chỉ tiêu cụ thể theo {annex_label} kèm theo Kế hoạch này.
    III. NHIỆM VỤ, GIẢI PHÁP
    1. Đẩy mạnh ứng dụng khoa học công nghệ, liên kết sản xuất theo chuỗi giá trị.
    IV. TỔ CHỨC THỰC HIỆN
    1. Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan theo dõi, đôn đốc việc
thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh.
    Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh {prov}./.

Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN
- Bộ Công Thương;                                        KT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;                             PHÓ CHỦ TỊCH
- Lưu: VT, KT.
                                                        Trần Văn Khải

                                        5
\f
                                  {annex_label.upper()}
{annex_title}
   (Kèm theo Kế hoạch số {num}/KH-UBND ngày {d} tháng {m} năm {y} của Ủy ban nhân dân tỉnh {prov})

{before_table}{table_text}
{after_table}"""


CASES = []


def case(text, exp, note):
    CASES.append((text, exp, note))


def T(kind, deadline, unit=None, ind="", uncertain=False):
    return {"kind": kind, "deadline": deadline, "unit": unit, "ind": ind, "uncertain": uncertain}


# ================================================================ T1: year groups split into measures
def t1():
    hdr = [[H("TT", 1, 2), H("Mặt hàng", 1, 2), H("Ước TH năm 2025", 2), H("Năm 2026", 2), H("Năm 2027", 2),
            H("Năm 2028", 2)],
           [H("Sản lượng (tấn)"), H("Kim ngạch (triệu USD)")] * 4]
    cols = ["tt", "label"]
    for y, k in (("2025", "achieved"), ("2026", "target"), ("2027", "target"), ("2028", "target")):
        cols += [T(k, y, "tấn", "Sản lượng xuất khẩu"), T(k, y, "triệu USD", "Kim ngạch xuất khẩu")]
    P = lambda tt, name, v: {"tt": tt, "label": name, "vals": v, "ind": name.lower(), "key": name.lower().split()[:2]}
    rows = [("G", "I", "Nhóm nông sản"),
            P("1", "Cà phê nhân", ["96.500", "395", "101.000", "418", "106.000", "441", "110.500", "466"]),
            P("2", "Hồ tiêu", ["21.800", "118", "22.500", "124", "23.200", "131", "24.000", "138"]),
            P("3", "Hạt điều nhân", ["14.300", "96", "15.100", "103", "15.900", "110", "16.800", "118"]),
            ("G", "II", "Nhóm thủy sản"),
            P("4", "Tôm đông lạnh", ["8.650", "84", "9.100", "89", "9.600", "95", "10.200", "101"]),
            P("5", "Cá tra phi lê", ["12.400", "31", "13.000", "33", "13.700", "35", "14.300", "37"]),
            ("G", "III", "Nhóm hàng công nghiệp"),
            P("6", "Hàng dệt may", ["-", "152", "-", "165", "-", "178", "-", "192"]),
            P("7", "Sản phẩm gỗ và đồ gỗ", ["-", "67", "-", "72", "-", "78", "-", "84"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 20, 9, 9, 9, 9, 9, 9, 9, 9])


# ================================================================ T2: production with "Trong đó:" sub-rows
def t2():
    hdr = [[H("TT"), H("Chỉ tiêu"), H("ĐVT"), H("Ước TH năm 2025"), H("Kế hoạch năm 2026"), H("Ghi chú")]]
    cols = ["tt", "label", "unit", T("achieved", "2025"), T("target", "2026"), "note"]

    def R(tt, label, unit, a, b, ind, key, note=""):
        return {"tt": tt, "label": label, "unit": unit, "vals": [a, b], "ind": ind, "key": key, "note": note}

    def E(label):
        return {"tt": "", "label": label, "unit": "", "vals": ["", ""], "ind": "", "key": []}
    rows = [("G", "I", "Trồng trọt"),
            R("1", "Tổng diện tích gieo trồng cây hàng năm", "ha", "98.500", "97.800",
              "Tổng diện tích gieo trồng cây hàng năm", ["tổng"]),
            E("Trong đó:"),
            R("", "- Lúa", "ha", "62.300", "61.500", "Diện tích gieo trồng lúa", ["lúa"]),
            R("", "- Ngô", "ha", "8.900", "9.200", "Diện tích gieo trồng ngô", ["ngô"]),
            R("", "- Rau các loại", "ha", "12.400", "12.900", "Diện tích gieo trồng rau các loại", ["rau"]),
            R("2", "Sản lượng lương thực có hạt", "Tấn", "412.000", "415.000", "Sản lượng lương thực có hạt",
              ["lương"]),
            R("", "Trong đó: Thóc", "Tấn", "368.000", "370.000", "Sản lượng lương thực có hạt thóc", ["thóc"]),
            R("3", "Diện tích cây ăn quả", "ha", "24.600", "25.800", "Diện tích cây ăn quả", ["quả"],
              "Ưu tiên sầu riêng, bưởi"),
            ("G", "II", "Chăn nuôi"),
            R("4", "Tổng đàn lợn", "Nghìn con", "420", "445", "Tổng đàn lợn", ["lợn"]),
            R("5", "Tổng đàn gia cầm", "Nghìn con", "6.800", "7.100", "Tổng đàn gia cầm", ["gia", "cầm"]),
            R("6", "Sản lượng thịt hơi xuất chuồng", "Tấn", "98.000", "103.500", "Sản lượng thịt hơi xuất chuồng",
              ["thịt"]),
            ("G", "III", "Thủy sản"),
            R("7", "Tổng sản lượng thủy sản", "Tấn", "54.200", "56.000", "Tổng sản lượng thủy sản", ["tổng"]),
            E("Trong đó:"),
            R("", "- Khai thác", "Tấn", "21.000", "20.500", "Sản lượng thủy sản khai thác", ["khai"]),
            R("", "- Nuôi trồng", "Tấn", "33.200", "35.500", "Sản lượng thủy sản nuôi trồng", ["nuôi"]),
            R("8", "Diện tích nuôi trồng thủy sản", "ha", "6.150", "6.300", "Diện tích nuôi trồng thủy sản",
              ["diện"]),
            ("G", "IV", "Lâm nghiệp"),
            R("9", "Tỷ lệ che phủ rừng", "%", "45,2", "45,5", "Tỷ lệ che phủ rừng", ["che"]),
            R("10", "Diện tích rừng trồng mới tập trung", "ha", "3.200", "3.400", "Diện tích rừng trồng mới tập trung",
              ["rừng"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 38, 9, 10, 10, 22])


# ================================================================ T3: tourism, 2030 level + growth ranges
def t3():
    hdr = [[H("STT"), H("Chỉ tiêu"), H("Đơn vị tính"), H("Ước thực hiện năm 2025"), H("Mục tiêu năm 2030"),
            H("Tốc độ tăng bình quân giai đoạn 2026-2030 (%/năm)"), H("Ghi chú")]]
    cols = ["tt", "label", "unit", T("achieved", "2025"), T("target", "2030"),
            T("target", "2030", "%", "Tốc độ tăng bình quân"), "note"]

    def R(tt, label, unit, a, b, g, ind, key, note=""):
        return {"tt": tt, "label": label, "unit": unit, "vals": [a, b, g], "ind": ind, "key": key, "note": note}
    rows = [R("1", "Tổng lượt khách du lịch", "Nghìn lượt", "4.850", "8.200", "10-12", "Tổng lượt khách du lịch",
              ["tổng", "khách"]),
            R("", "- Trong đó: khách quốc tế", "Nghìn lượt", "620", "1.250", "14-16",
              "lượt khách du lịch quốc tế", ["quốc"]),
            R("", "- Khách nội địa", "Nghìn lượt", "4.230", "6.950", "10-11", "lượt khách du lịch nội địa",
              ["nội"]),
            R("2", "Tổng thu từ khách du lịch", "Tỷ đồng", "9.800", "21.500", "16-18", "Tổng thu từ khách du lịch",
              ["thu"]),
            R("3", "Số cơ sở lưu trú du lịch", "Cơ sở", "1.150", "1.600", "7", "Số cơ sở lưu trú du lịch",
              ["cơ", "sở"]),
            R("", "Trong đó: khách sạn từ 3 sao trở lên", "Khách sạn", "28", "45", "10",
              "khách sạn từ 3 sao trở lên", ["sao"]),
            R("4", "Công suất sử dụng buồng phòng bình quân", "%", "58", "≥ 65", "", "Công suất sử dụng buồng phòng",
              ["buồng"]),
            R("5", "Lao động trực tiếp trong ngành du lịch", "Người", "16.500", "24.000", "8",
              "Lao động trực tiếp trong ngành du lịch", ["lao"], "Trong đó qua đào tạo chiếm trên 70%"),
            ]
    exp_extra = [{"value": 70, "until": None, "unit": "%", "kind": "target", "deadline": "2030",
                  "indicator": "lao động du lịch qua đào tạo", "uncertain": True, "key": ["đào"]}]
    return Table(hdr, cols, rows, widths=[3, 30, 10, 11, 10, 14, 20]), exp_extra


# ================================================================ T4: industry with column-number row and 1.1 labels
def t4():
    hdr = [[H("STT"), H("Chỉ tiêu"), H("Đơn vị tính"), H("Thực hiện năm 2024"), H("Ước thực hiện năm 2025"),
            H("Kế hoạch năm 2026"), H("KH 2026 so với ƯTH 2025 (%)")]]
    cols = ["tt", "label", "unit", T("achieved", "2024"), T("achieved", "2025"), T("target", "2026"), "x"]

    def R(tt, label, unit, a, b, c, d, ind, key):
        return {"tt": tt, "label": label, "unit": unit, "vals": [a, b, c, d], "ind": ind, "key": key}
    rows = [R("1", "Chỉ số sản xuất công nghiệp (IIP) tăng", "%", "8,7", "9,2", "10,5", "-",
              "Chỉ số sản xuất công nghiệp (IIP) tăng", ["iip"]),
            R("2", "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "Tỷ đồng", "58.420", "63.900", "70.600", "110,5",
              "Giá trị sản xuất công nghiệp", ["giá"]),
            ("G", "3", "Sản phẩm công nghiệp chủ yếu"),
            R("3.1", "Xi măng", "Nghìn tấn", "2.150", "2.280", "2.400", "105,3", "Sản phẩm công nghiệp xi măng",
              ["xi"]),
            R("3.2", "Điện sản xuất", "Triệu kWh", "3.420", "3.610", "3.950", "109,4", "Điện sản xuất", ["điện"]),
            R("3.3", "Quần áo may sẵn", "Triệu cái", "46,5", "51,2", "56,0", "109,4", "Quần áo may sẵn", ["quần"]),
            R("3.4", "Gạch nung các loại", "Triệu viên", "410", "395", "380", "96,2", "Gạch nung các loại", ["gạch"]),
            R("3.5", "Nước máy thương phẩm", "Nghìn m3", "38.600", "41.200", "44.500", "108,0",
              "Nước máy thương phẩm", ["nước"]),
            R("3.6", "Thức ăn chăn nuôi", "Nghìn tấn", "725", "768", "820", "106,8", "Thức ăn chăn nuôi", ["thức"]),
            R("4", "Số cụm công nghiệp đi vào hoạt động", "Cụm", "9", "11", "13", "118,2",
              "Số cụm công nghiệp đi vào hoạt động", ["cụm"]),
            R("5", "Tỷ lệ lấp đầy các khu công nghiệp", "%", "62", "66", "71", "-",
              "Tỷ lệ lấp đầy các khu công nghiệp", ["lấp"]),
            ]
    return Table(hdr, cols, rows, widths=[4, 34, 10, 10, 10, 10, 11],
                 colnums=["A", "B", "C", "1", "2", "3", "4=3/2"])


# ================================================================ T5: markets, unit line above, no unit column
def t5():
    hdr = [[H("TT", 1, 2), H("Thị trường", 1, 2), H("Ước TH 2025", 1, 2), H("Kế hoạch các năm", 5)],
           [H("2026"), H("2027"), H("2028"), H("2029"), H("2030")]]
    cols = ["tt", "label", T("achieved", "2025", "triệu USD", "Kim ngạch xuất khẩu")] + \
        [T("target", y, "triệu USD", "Kim ngạch xuất khẩu") for y in ("2026", "2027", "2028", "2029", "2030")]

    def R(tt, name, v):
        return {"tt": tt, "label": name, "vals": v, "ind": name, "key": name.lower().split()[:1]}
    rows = [R("1", "Trung Quốc", ["412", "436", "461", "488", "515", "545"]),
            R("2", "Hoa Kỳ", ["268", "284", "301", "319", "338", "358"]),
            R("3", "Liên minh châu Âu (EU)", ["185", "196", "208", "220", "233", "247"]),
            R("4", "Các nước ASEAN", ["143", "151", "160", "169", "179", "190"]),
            R("5", "Nhật Bản", ["97", "103", "109", "115", "122", "129"]),
            R("6", "Hàn Quốc", ["64", "68", "72", "76", "81", "86"]),
            R("7", "Thị trường khác", ["121", "127", "134", "141", "148", "156"]),
            {"tt": "", "label": "Tổng cộng", "vals": ["1.290", "1.365", "1.445", "1.528", "1.616", "1.711"],
             "ind": "Tổng kim ngạch xuất khẩu", "key": ["tổng"]},
            ]
    return Table(hdr, cols, rows, widths=[3, 24, 8, 7, 7, 7, 7, 7])


# ================================================================ T6: crop group rows with measure sub-rows
def t6():
    hdr = [[H("TT"), H("Cây trồng, chỉ tiêu"), H("ĐVT"), H("Năm 2025 (ước TH)"), H("Năm 2026"), H("Năm 2030")]]
    cols = ["tt", "label", "unit", T("achieved", "2025"), T("target", "2026"), T("target", "2030")]
    rows = []
    crops = [("1", "Cây lúa", "lúa", [("ha", "58.200", "57.500", "54.000"), ("Tạ/ha", "61,5", "62,0", "64,0"),
                                      ("Tấn", "357.900", "356.500", "345.600")]),
             ("2", "Cây ngô", "ngô", [("ha", "9.100", "9.400", "10.500"), ("Tạ/ha", "52,3", "53,0", "56,0"),
                                      ("Tấn", "47.600", "49.800", "58.800")]),
             ("3", "Cây cà phê", "cà phê", [("ha", "31.400", "31.800", "33.000"), ("Tạ/ha", "29,8", "30,5", "33,0"),
                                            ("Tấn", "88.900", "92.100", "101.200")]),
             ("4", "Cây sầu riêng", "sầu riêng", [("ha", "6.850", "7.400", "9.500"), ("Tạ/ha", "145", "150", "165"),
                                                  ("Tấn", "62.300", "71.000", "118.000")])]
    for tt, name, short, meas in crops:
        rows.append(("G", tt, name))
        for (unit, a, b, c), mname in zip(meas, ("Diện tích", "Năng suất", "Sản lượng")):
            rows.append({"tt": "", "label": "- " + mname, "unit": unit, "vals": [a, b, c],
                         "ind": f"{mname} {short}", "key": short.split()[:1]})
    return Table(hdr, cols, rows, widths=[3, 22, 7, 11, 10, 10])


# ================================================================ T7: ranges and comparators in cells
def t7():
    hdr = [[H("TT"), H("Chỉ tiêu"), H("ĐVT"), H("Năm 2026"), H("Năm 2027"), H("Cả giai đoạn 2026-2030"),
            H("Ghi chú")]]
    cols = ["tt", "label", "unit", T("target", "2026"), T("target", "2027"), T("target", "2030"), "note"]

    def R(tt, label, unit, v, ind, key, note=""):
        return {"tt": tt, "label": label, "unit": unit, "vals": v, "ind": ind, "key": key, "note": note}
    rows = [R("1", "Số sản phẩm OCOP được công nhận mới đạt 3 sao trở lên", "Sản phẩm", ["25-30", "30-35", "150-170"],
              "sản phẩm OCOP được công nhận mới đạt 3 sao trở lên", ["ocop"]),
            R("2", "Lượt doanh nghiệp tham gia hội chợ, triển lãm xúc tiến thương mại", "Lượt doanh nghiệp",
              ["1.200-1.500", "1.300-1.600", "≥ 7.000"], "doanh nghiệp tham gia hội chợ, triển lãm", ["hội"]),
            R("3", "Tỷ lệ hàng Việt Nam tại các siêu thị, trung tâm thương mại", "%", ["Trên 90", "Trên 90", "Trên 92"],
              "hàng Việt Nam tại các siêu thị, trung tâm thương mại", ["siêu"]),
            R("4", "Tốc độ tăng tổng mức bán lẻ hàng hóa", "%", ["9,5-10,0", "10,0-10,5", "10-11"],
              "Tốc độ tăng tổng mức bán lẻ hàng hóa", ["bán"]),
            R("5", "Số phiên chợ hàng Việt về nông thôn", "Phiên", ["8", "8", "40"],
              "phiên chợ hàng Việt về nông thôn", ["phiên"]),
            R("6", "Số điểm bán hàng Việt Nam cố định", "Điểm", ["-", "2", "6-8"], "điểm bán hàng Việt Nam cố định",
              ["điểm"], "Triển khai từ năm 2027"),
            ]
    return Table(hdr, cols, rows, widths=[3, 36, 10, 11, 11, 11, 16])


# ================================================================ T8: three-row header
def t8():
    hdr = [[H("TT", 1, 3), H("Đối tượng nuôi", 1, 3), H("Ước TH năm 2025", 2, 2), H("Kế hoạch giai đoạn 2026-2030", 6)],
           [H("Năm 2026", 2), H("Năm 2028", 2), H("Năm 2030", 2)],
           [H("Diện tích (ha)"), H("Sản lượng (tấn)")] * 4]
    cols = ["tt", "label"]
    for y, k in (("2025", "achieved"), ("2026", "target"), ("2028", "target"), ("2030", "target")):
        cols += [T(k, y, "ha", "Diện tích nuôi"), T(k, y, "tấn", "Sản lượng nuôi")]

    def R(tt, name, v):
        return {"tt": tt, "label": name, "vals": v, "ind": name.lower(), "key": name.lower().split()[:1]}
    rows = [R("1", "Tôm nước lợ", ["5.400", "31.200", "5.600", "33.500", "5.900", "37.800", "6.200", "42.000"]),
            R("2", "Cá tra", ["780", "198.000", "800", "205.000", "830", "216.000", "860", "228.000"]),
            R("3", "Nghêu", ["2.100", "46.500", "2.150", "48.000", "2.250", "51.500", "2.300", "55.000"]),
            R("4", "Cá nước ngọt khác", ["3.900", "27.400", "3.850", "27.900", "3.800", "28.600", "3.750", "29.500"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 18, 8, 9, 8, 9, 8, 9, 8, 9])


# ================================================================ T9: trade, 5 years, blanks and dashes
def t9():
    hdr = [[H("TT"), H("Chỉ tiêu"), H("ĐVT"), H("Năm 2026"), H("Năm 2027"), H("Năm 2028"), H("Năm 2029"),
            H("Năm 2030")]]
    cols = ["tt", "label", "unit"] + [T("target", y) for y in ("2026", "2027", "2028", "2029", "2030")]

    def R(tt, label, unit, v, ind, key):
        return {"tt": tt, "label": label, "unit": unit, "vals": v, "ind": ind, "key": key}
    rows = [R("1", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội", "Tỷ đồng",
              ["118.500", "130.300", "143.300", "157.600", "173.400"],
              "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", ["bán"]),
            R("2", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", ["2.450", "2.690", "2.950", "3.240", "3.560"],
              "Kim ngạch xuất khẩu hàng hóa", ["xuất"]),
            R("", "Trong đó: khu vực có vốn đầu tư nước ngoài", "Triệu USD", ["1.310", "1.450", "1.600", "1.770", "1.950"],
              "Kim ngạch xuất khẩu khu vực có vốn đầu tư nước ngoài", ["nước", "ngoài"]),
            R("3", "Kim ngạch nhập khẩu hàng hóa", "Triệu USD", ["1.620", "1.750", "1.890", "2.040", "2.200"],
              "Kim ngạch nhập khẩu hàng hóa", ["nhập"]),
            R("4", "Số chợ được đầu tư xây mới, cải tạo, nâng cấp", "Chợ", ["6", "5", "5", "4", "4"],
              "chợ được đầu tư xây mới, cải tạo, nâng cấp", ["chợ"]),
            R("5", "Số siêu thị, trung tâm thương mại xây dựng mới", "Siêu thị, TTTM", ["2", "-", "1", "-", "2"],
              "siêu thị, trung tâm thương mại xây dựng mới", ["siêu"]),
            R("6", "Số cửa hàng xăng dầu được xây dựng mới", "Cửa hàng", ["7", "6", "6", "5", "5"],
              "cửa hàng xăng dầu được xây dựng mới", ["xăng"]),
            R("7", "Tỷ lệ xã có chợ đạt chuẩn nông thôn mới", "%", ["88", "90", "92", "94", "95"],
              "xã có chợ đạt chuẩn nông thôn mới", ["chợ"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 34, 9, 8, 8, 8, 8, 8])


# ================================================================ T10: footnote markers on values
def t10():
    hdr = [[H("TT"), H("Chỉ tiêu"), H("Đơn vị tính"), H("Ước TH 2025"), H("Năm 2026"), H("Năm 2030")]]
    cols = ["tt", "label", "unit", T("achieved", "2025"), T("target", "2026"), T("target", "2030")]

    def R(tt, label, unit, v, ind, key):
        return {"tt": tt, "label": label, "unit": unit, "vals": v, "ind": ind, "key": key}
    rows = [R("1", "Sản lượng hàng hóa thông qua cảng biển", "Nghìn tấn", ["14.200", "15.600(*)", "21.000(*)"],
              "Sản lượng hàng hóa thông qua cảng biển", ["cảng"]),
            R("2", "Số trung tâm logistics hạng I", "Trung tâm", ["1", "2 (1)", "4 (1)"],
              "trung tâm logistics hạng I", ["logistics"]),
            R("3", "Tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài", "%", ["41", "45", "60(**)"],
              "doanh nghiệp sử dụng dịch vụ logistics thuê ngoài", ["thuê"]),
            R("4", "Số kho lạnh bảo quản nông sản", "Kho", ["12", "15", "24"], "kho lạnh bảo quản nông sản", ["kho"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 36, 10, 9, 10, 10])


# ================================================================ T13: unit inside the label "(nghìn tấn)", no ĐVT column
def t13():
    hdr = [[H("TT"), H("Chỉ tiêu"), H("Ước TH 2025"), H("KH 2026"), H("KH 2027")]]
    cols = ["tt", "label", T("achieved", "2025"), T("target", "2026"), T("target", "2027")]

    def R(tt, label, unit, v, ind, key):
        return {"tt": tt, "label": label, "cellunit": unit, "vals": v, "ind": ind, "key": key}
    rows = [R("1", "Sản lượng cao su mủ khô (tấn)", "tấn", ["38.400", "39.600", "40.900"], "Sản lượng cao su mủ khô",
              ["cao"]),
            R("2", "Diện tích cây dược liệu (ha)", "ha", ["2.350", "2.800", "3.300"], "Diện tích cây dược liệu",
              ["dược"]),
            R("3", "Giá trị thu được trên 1 ha đất trồng trọt (triệu đồng)", "triệu đồng", ["128", "135", "142"],
              "Giá trị thu được trên 1 ha đất trồng trọt", ["thu"]),
            R("4", "Tỷ lệ diện tích cây trồng được chứng nhận VietGAP, hữu cơ (%)", "%", ["6,5", "7,5", "8,5"],
              "diện tích cây trồng được chứng nhận VietGAP, hữu cơ", ["vietgap"]),
            R("5", "Số chuỗi liên kết sản xuất - tiêu thụ (chuỗi)", "chuỗi", ["46", "52", "60"],
              "chuỗi liên kết sản xuất - tiêu thụ", ["chuỗi"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 44, 9, 9, 9])


# ================================================================ T14: period total then "Chia ra các năm"
def t14():
    hdr = [[H("TT", 1, 2), H("Nội dung", 1, 2), H("ĐVT", 1, 2), H("Tổng giai đoạn 2026-2030", 1, 2),
            H("Chia ra các năm", 5)],
           [H("2026"), H("2027"), H("2028"), H("2029"), H("2030")]]
    cols = ["tt", "label", "unit", T("target", "2030")] + [T("target", y) for y in ("2026", "2027", "2028", "2029",
                                                                                       "2030")]

    def R(tt, label, unit, v, ind, key):
        return {"tt": tt, "label": label, "unit": unit, "vals": v, "ind": ind, "key": key}
    rows = [R("1", "Trồng rừng tập trung", "ha", ["16.500", "3.100", "3.200", "3.300", "3.400", "3.500"],
              "Trồng rừng tập trung", ["rừng"]),
            R("2", "Trồng cây phân tán", "Nghìn cây", ["2.750", "520", "540", "550", "560", "580"],
              "Trồng cây phân tán", ["phân"]),
            R("3", "Khoanh nuôi xúc tiến tái sinh rừng", "ha", ["4.200", "900", "850", "850", "800", "800"],
              "Khoanh nuôi xúc tiến tái sinh rừng", ["khoanh"]),
            R("4", "Cấp chứng chỉ quản lý rừng bền vững", "ha", ["12.000", "2.000", "2.500", "2.500", "2.500", "2.500"],
              "Cấp chứng chỉ quản lý rừng bền vững", ["chứng"]),
            ]
    return Table(hdr, cols, rows, widths=[3, 30, 9, 10, 6, 6, 6, 6, 6])


# ================================================================ the cases
def build():
    D = ("18", "12", "2025")
    cases = []

    def add(doc, exp, note):
        cases.append((doc, exp, note))

    t = t1()
    at = "KẾ HOẠCH XUẤT KHẨU MỘT SỐ MẶT HÀNG CHỦ LỰC NĂM 2026-2028"
    title = "Phát triển xuất khẩu hàng hóa tỉnh Lâm Giang giai đoạn 2026-2028"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        add(w("Lâm Giang", "312", D, title, "Phụ lục I", at, t.render(how)), t.expected(),
            f"T1 {how}: year groups split into Sản lượng/Kim ngạch measures")

    t = t2()
    at = "CÁC CHỈ TIÊU SẢN XUẤT NÔNG, LÂM NGHIỆP VÀ THỦY SẢN NĂM 2026"
    title = "Sản xuất nông nghiệp năm 2026 trên địa bàn tỉnh Nam Thạch"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        add(w("Nam Thạch", "205", D, title, "Phụ lục", at, t.render(how)), t.expected(),
            f"T2 {how}: 'Trong đó:' sub-rows, Ghi chú column")

    t, extra = t3()
    at = "CHỈ TIÊU PHÁT TRIỂN DU LỊCH TỈNH HẢI VÂN ĐẾN NĂM 2030"
    title = "Phát triển du lịch tỉnh Hải Vân giai đoạn 2026-2030"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        add(w("Hải Vân", "98", ("05", "01", "2026"), title, "Phụ lục I", at, t.render(how)), t.expected() + extra,
            f"T3 {how}: 2030 level, growth ranges, sub-rows, note with a %")

    t = t4()
    at = "MỘT SỐ CHỈ TIÊU PHÁT TRIỂN CÔNG NGHIỆP NĂM 2026"
    title = "Phát triển công nghiệp tỉnh Đông Sơn năm 2026"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        add(w("Đông Sơn", "277", D, title, "Phụ lục", at, t.render(how)), t.expected(),
            f"T4 {how}: column-number row A/B/C/1/2/3/4=3/2, TT 3.1-3.6, TH 2024 + ƯTH 2025 + KH 2026 + comparison")

    t = t5()
    at = "KIM NGẠCH XUẤT KHẨU HÀNG HÓA THEO THỊ TRƯỜNG GIAI ĐOẠN 2026-2030"
    title = "Phát triển thị trường xuất khẩu tỉnh Tân Phước giai đoạn 2026-2030"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        before = ("                                                        Đơn vị tính: Triệu USD\n\n" if how == "pdf"
                  else "*Đơn vị tính: Triệu USD*\n\n")
        add(w("Tân Phước", "144", D, title, "Phụ lục II", at, t.render(how), before_table=before), t.expected(),
            f"T5 {how}: unit only in a line above the table, 'Kế hoạch các năm' over 2026-2030, Tổng cộng row")

    t = t6()
    at = "KẾ HOẠCH DIỆN TÍCH, NĂNG SUẤT, SẢN LƯỢNG CÂY TRỒNG CHỦ LỰC"
    title = "Tái cơ cấu ngành trồng trọt tỉnh Bắc Thạch giai đoạn 2026-2030"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        add(w("Bắc Thạch", "61", D, title, "Phụ lục I", at, t.render(how)), t.expected(),
            f"T6 {how}: crop group rows with - Diện tích / - Năng suất / - Sản lượng sub-rows")

    t = t7()
    at = "CHỈ TIÊU XÚC TIẾN THƯƠNG MẠI VÀ PHÁT TRIỂN THỊ TRƯỜNG TRONG NƯỚC"
    title = "Xúc tiến thương mại tỉnh Phú Thạch giai đoạn 2026-2030"
    for how in ("onecell", "md"):
        add(doc_tvpl("Phú Thạch", "19", D, title, "Phụ lục", at, t.render(how)), t.expected(),
            f"T7 {how}: ranges 1.200-1.500, 9,5-10,0, ≥, Trên, '-' cells")

    t = t8()
    at = "DIỆN TÍCH, SẢN LƯỢNG NUÔI TRỒNG THỦY SẢN CHỦ LỰC"
    title = "Phát triển nuôi trồng thủy sản tỉnh Hà Giang Nam giai đoạn 2026-2030"
    for how in ("onecell", "md", "pdf"):
        w = doc_pdf if how == "pdf" else doc_tvpl
        add(w("Hà Giang Nam", "233", D, title, "Phụ lục", at, t.render(how)), t.expected(),
            f"T8 {how}: three-row header period > years > measures")

    t = t9()
    at = "CHỈ TIÊU PHÁT TRIỂN THƯƠNG MẠI GIAI ĐOẠN 2026-2030"
    title = "Phát triển thương mại tỉnh Lâm Giang giai đoạn 2026-2030"
    add(doc_tvpl("Lâm Giang", "315", D, title, "Phụ lục I", at, t.render("md")), t.expected(),
        "T9 md: 5 years, 'Trong đó:' row, '-' cells")
    add(doc_pdf("Lâm Giang", "315", D, title, "Phụ lục I", at, t.render("pdf", page_break_after=3, page_no=8)),
        t.expected(), "T9 pdf: page break after row 3 with header repeated; long wrapped labels")
    add(doc_tvpl("Lâm Giang", "315", D, title, "Phụ lục I", at, t.render("onecell")), t.expected(),
        "T9 onecell")

    t = t10()
    at = "CHỈ TIÊU PHÁT TRIỂN DỊCH VỤ LOGISTICS"
    title = "Phát triển dịch vụ logistics tỉnh Hải Vân đến năm 2030"
    fn = ("\n(*) Bao gồm sản lượng hàng hóa qua cảng cạn.\n\n(1) Trong đó có một trung tâm logistics chuyên dùng "
          "hàng không.\n\n(**) Tính trên tổng số doanh nghiệp có hoạt động xuất nhập khẩu.\n")
    for how in ("md", "onecell"):
        add(doc_tvpl("Hải Vân", "101", D, title, "Phụ lục", at, t.render(how), after_table=fn), t.expected(),
            f"T10 {how}: footnote markers 15.600(*), 2 (1), 60(**)")

    t = t13()
    at = "CHỈ TIÊU PHÁT TRIỂN NÔNG NGHIỆP HÀNG HÓA NĂM 2026-2027"
    title = "Phát triển nông nghiệp hàng hóa tỉnh Tây Thạch năm 2026-2027"
    add(doc_tvpl("Tây Thạch", "88", D, title, "Phụ lục", at, t.render("onecell")), t.expected(),
        "T13 onecell: unit in the label's parenthesis, no ĐVT column")
    add(doc_pdf("Tây Thạch", "88", D, title, "Phụ lục", at, t.render("pdf")), t.expected(),
        "T13 pdf: unit in the label's parenthesis")

    t = t14()
    at = "KẾ HOẠCH PHÁT TRIỂN RỪNG GIAI ĐOẠN 2026-2030"
    title = "Bảo vệ và phát triển rừng tỉnh Bắc Thạch giai đoạn 2026-2030"
    for how in ("onecell", "md"):
        add(doc_tvpl("Bắc Thạch", "66", D, title, "Phụ lục", at, t.render(how)), t.expected(),
            f"T14 {how}: 'Tổng giai đoạn' then 'Chia ra các năm' over 2026-2030")

    t = t2()
    add(doc_pdf("Nam Thạch", "205", D, "Sản xuất nông nghiệp năm 2026 trên địa bàn tỉnh Nam Thạch", "Phụ lục",
                "CÁC CHỈ TIÊU SẢN XUẤT NÔNG, LÂM NGHIỆP VÀ THỦY SẢN NĂM 2026",
                t.render("pdf", page_break_after=8, repeat_header=False, page_no=6)), t.expected(),
        "T2 pdf: page break inside the table, header not repeated")

    t = t6()
    for r in t.rows:
        if isinstance(r, dict):
            r["tt"] = "-"
            r["label"] = r["label"][2:]
    add(doc_tvpl("Bắc Thạch", "61", D, "Tái cơ cấu ngành trồng trọt tỉnh Bắc Thạch giai đoạn 2026-2030", "Phụ lục I",
                 "KẾ HOẠCH DIỆN TÍCH, NĂNG SUẤT, SẢN LƯỢNG CÂY TRỒNG CHỦ LỰC", t.render("onecell")), t.expected(),
        "T6 onecell variant: sub-rows with '-' in the TT cell instead of an empty TT cell")

    t = t14()
    add(doc_pdf("Bắc Thạch", "66", D, "Bảo vệ và phát triển rừng tỉnh Bắc Thạch giai đoạn 2026-2030", "Phụ lục",
                "KẾ HOẠCH PHÁT TRIỂN RỪNG GIAI ĐOẠN 2026-2030", t.render("pdf")), t.expected(),
        "T14 pdf: 'Tổng giai đoạn' then 'Chia ra các năm'")

    t = t13()
    add(doc_tvpl("Tây Thạch", "88", D, "Phát triển nông nghiệp hàng hóa tỉnh Tây Thạch năm 2026-2027", "Phụ lục",
                 "CHỈ TIÊU PHÁT TRIỂN NÔNG NGHIỆP HÀNG HÓA NĂM 2026-2027", t.render("md")), t.expected(),
        "T13 md: unit in the label's parenthesis")

    t = t10()
    fn = ("\n(*) Bao gồm sản lượng hàng hóa qua cảng cạn.\n(1) Trong đó có một trung tâm logistics chuyên dùng "
          "hàng không.\n(**) Tính trên tổng số doanh nghiệp có hoạt động xuất nhập khẩu.\n")
    add(doc_pdf("Hải Vân", "101", D, "Phát triển dịch vụ logistics tỉnh Hải Vân đến năm 2030", "Phụ lục",
                "CHỈ TIÊU PHÁT TRIỂN DỊCH VỤ LOGISTICS", t.render("pdf"), after_table=fn), t.expected(),
        "T10 pdf: footnote markers")

    t = t7()
    t.widths = [3, 36, 10, 11, 11, 11, 16]
    add(doc_pdf("Phú Thạch", "19", D, "Xúc tiến thương mại tỉnh Phú Thạch giai đoạn 2026-2030", "Phụ lục",
                "CHỈ TIÊU XÚC TIẾN THƯƠNG MẠI VÀ PHÁT TRIỂN THỊ TRƯỜNG TRONG NƯỚC", t.render("pdf")), t.expected(),
        "T7 pdf: ranges, ≥, Trên in layout columns")
    return cases


if __name__ == "__main__":
    cases = build()
    notes = []
    for i, (doc, exp, note) in enumerate(cases, 1):
        (OUT / f"{i:02d}.txt").write_text(doc)
        (OUT / f"{i:02d}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1))
        notes.append(f"{i:02d}\t{len([e for e in exp if not e['uncertain']])}\t{note}")
    (Path(__file__).parent / "cases" / "INDEX.tsv").write_text("\n".join(notes) + "\n")
    print("\n".join(notes))
