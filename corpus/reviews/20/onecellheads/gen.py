import json, random, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from tablekit import C, render_onecell, render_md, expect

OUT = Path(__file__).parent / "cases"
R = random.Random(2026)

COMMUNES = ["Xã Tân Lập", "Xã Phú Mỹ", "Xã Hòa Sơn", "Xã Thạch Bàn", "Xã Đông Khê", "Xã Yên Mỹ",
    "Phường Bắc Thành", "Phường Nam Giang", "Xã Lạc Thủy", "Xã Minh Tiến", "Xã Quảng Phú",
    "Xã Vĩnh Hòa", "Xã An Thạnh", "Xã Phước Lộc", "Xã Trà Lĩnh", "Xã Kim Đồng", "Xã Bình Châu",
    "Phường Tây Sơn", "Xã Ngọc Lâm", "Xã Sơn Thủy", "Xã Thanh Xuyên", "Xã Hưng Đạo", "Xã Đức Phổ",
    "Xã Tam Hiệp", "Xã Cao Lộc", "Xã Long Điền", "Xã Tiên Phong", "Xã Hồng Quang", "Phường Đồng Tâm",
    "Xã Mường Khoa", "Xã Na Sầm", "Xã Pác Ngòi", "Xã Chiềng Sại", "Xã Tà Xùa", "Xã Bản Lầu",
    "Xã Xuân Trường", "Xã Hải Ninh", "Xã Cẩm Lý", "Xã Thượng Lâm", "Xã Định Hóa"]

def vn(x, dec=0):
    if dec == 0:
        s = f"{int(round(x)):,}".replace(",", ".")
        return s
    return f"{x:.{dec}f}".replace(".", ",")

def lc(name):  # commune name as it reads inside an indicator
    return name[0].lower() + name[1:]

PROV = "TỈNH LÂM CHÂU"
def wrap_doc(no, subject, annex_title, table_text, year="2026", unit_line=None, intro_extra=""):
    return f"""|
**ỦY BAN NHÂN
DÂN**
{PROV}
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {no}/QĐ-UBND
|
*Lâm Châu, ngày
{R.randint(10,28)} tháng 12 năm 2025*
|


**QUYẾT ĐỊNH**

{subject}

**ỦY BAN NHÂN DÂN {PROV}**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Nghị quyết số {R.randint(40,90)}/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân
tỉnh về kế hoạch phát triển kinh tế - xã hội năm {year};*

*Theo đề nghị của Giám đốc Sở Tài chính.*

**QUYẾT ĐỊNH:**

**Điều 1.** Giao chỉ tiêu {annex_title.lower()} cho Ủy ban nhân dân các xã, phường
(chi tiết tại Phụ lục kèm theo).{intro_extra}

**Điều 2.** Ủy ban nhân dân các xã, phường căn cứ chỉ tiêu được giao, xây dựng kế hoạch
và tổ chức thực hiện; định kỳ báo cáo kết quả về Sở Tài chính để tổng hợp, báo cáo Ủy ban
nhân dân tỉnh.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân
các xã, phường chịu trách nhiệm thi hành Quyết định này./.

|
*Nơi nhận:*
- Như Điều 3;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
|
**TM. ỦY BAN
NHÂN DÂN**
KT. CHỦ TỊCH
**PHÓ CHỦ TỊCH**
**Vũ Đình Khang**
|


**PHỤ LỤC**

{annex_title}

*(Kèm theo Quyết định số {no}/QĐ-UBND ngày   tháng 12 năm 2025 của Ủy ban nhân dân tỉnh
Lâm Châu)*
{('' if not unit_line else chr(10) + unit_line + chr(10))}
{table_text}
"""

TABLES = {}

# ---- T1: forest cover: 2-row header, Kế hoạch 2026 over Diện tích/Tỷ lệ; notes merged down
def t1(n=18, colnums=False, total=True, notes=True):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="Ước 2025", unit="%", kind="achieved", deadline="2025",
                 ind="Tỷ lệ che phủ rừng", uncertain=True),
            dict(role="value", name="KH 2026 ha", unit="ha", deadline="2026", ind="Diện tích rừng"),
            dict(role="value", name="KH 2026 %", unit="%", deadline="2026", ind="Tỷ lệ che phủ rừng"),
            dict(role="note")]
    header = [[C("TT", 2), C("Xã, phường", 2), C("Ước thực hiện năm 2025 (%)", 2),
               C("Kế hoạch năm 2026", 1, 2), C("Ghi chú", 2)],
              ["Diện tích có rừng (ha)", "Tỷ lệ che phủ rừng (%)"]]
    if colnums:
        header.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    body = []
    rows = []
    for i in range(n):
        est = R.uniform(20, 68)
        rows.append((COMMUNES[i], vn(R.uniform(800, 9000)), vn(est, 1), vn(est + R.uniform(0.2, 1.5), 1)))
    if total:
        body.append([["", "**Toàn tỉnh**", "51,2", "318.450", "52,0", ""], "toàn tỉnh", {"bold": True}])
    i = 0
    while i < n:
        name, ha, est, plan = rows[i]
        cells = [str(i + 1), name, est, ha, plan]
        if notes and i % 6 == 2 and i + 3 <= n:
            cells.append(C("Xã mới thành lập trên cơ sở sắp xếp đơn vị hành chính", 3))
            body.append([cells, lc(name)])
            for k in (1, 2):
                nm, h, e, p = rows[i + k]
                body.append([[str(i + k + 1), nm, e, h, p], lc(nm)])
            i += 3
            continue
        cells.append("")
        body.append([cells, lc(name)])
        i += 1
    return dict(header=header, cols=cols, ncols=6, body=body)

# ---- T2: five indicators under "Chỉ tiêu giao năm 2026", column numbers, total first, area groups
def t2(n=20, groups=True, colnums=True):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="BHYT", unit="%", deadline="2026", ind="Tỷ lệ dân số tham gia bảo hiểm y tế"),
            dict(role="value", name="giảm nghèo", unit="%", deadline="2026", ind="Giảm tỷ lệ hộ nghèo"),
            dict(role="value", name="việc làm", unit="người", deadline="2026", ind="Lao động được tạo việc làm mới"),
            dict(role="value", name="nước", unit="%", deadline="2026", ind="Tỷ lệ dân cư nông thôn sử dụng nước sạch"),
            dict(role="value", name="rác", unit="%", deadline="2026", ind="Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý")]
    header = [[C("TT", 2), C("Xã, phường", 2), C("Chỉ tiêu giao năm 2026", 1, 5)],
              ["Tỷ lệ dân số tham gia BHYT (%)", "Giảm tỷ lệ hộ nghèo (%)", "Lao động được tạo việc làm mới (người)",
               "Tỷ lệ dân cư nông thôn sử dụng nước sạch (%)", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý (%)"]]
    if colnums:
        header.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    body = [[["", "**Toàn tỉnh**", "94,5", "1,2", "18.600", "72,0", "90,0"], "toàn tỉnh", {"bold": True}]]
    per = n // 2 if groups else n
    idx = 0
    for g, gname in enumerate(["KHU VỰC I: CÁC XÃ, PHƯỜNG VÙNG ĐỒNG BẰNG", "KHU VỰC II: CÁC XÃ MIỀN NÚI"] if groups else [None]):
        if gname:
            body.append([[C(f"**{gname}**", 1, 7)], None])
        for k in range(per):
            name = COMMUNES[idx]
            bh = vn(R.uniform(90, 98.9), 1)
            gn = vn(R.uniform(0.3, 3.5), 1) if g or not groups else ("-" if k % 4 == 3 else vn(R.uniform(0.1, 0.9), 1))
            vl = vn(R.randint(180, 1400))
            nc = vn(R.uniform(55, 99), 1) if k % 5 != 1 else "-"
            rc = vn(R.uniform(80, 99), 1)
            body.append([[str(idx + 1), name, bh, gn, vl, nc, rc], lc(name)])
            idx += 1
    return dict(header=header, cols=cols, ncols=7, body=body)

# ---- T3: three-row header: Ước 2025 (2 measures) | KH 2026 > crop > measures
def t3(n=16):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="Ước DT", unit="ha", kind="achieved", deadline="2025", ind="Diện tích gieo trồng cây lương thực", uncertain=True),
            dict(role="value", name="Ước SL", unit="tấn", kind="achieved", deadline="2025", ind="Sản lượng lương thực", uncertain=True),
            dict(role="value", name="lúa DT", unit="ha", deadline="2026", ind="Diện tích lúa"),
            dict(role="value", name="lúa SL", unit="tấn", deadline="2026", ind="Sản lượng lúa"),
            dict(role="value", name="ngô DT", unit="ha", deadline="2026", ind="Diện tích ngô"),
            dict(role="value", name="ngô SL", unit="tấn", deadline="2026", ind="Sản lượng ngô"),
            dict(role="note")]
    header = [[C("TT", 3), C("Xã, phường", 3), C("Ước thực hiện năm 2025", 1, 2), C("Kế hoạch năm 2026", 1, 4), C("Ghi chú", 3)],
              [C("Diện tích gieo trồng (ha)", 2), C("Sản lượng lương thực (tấn)", 2), C("Cây lúa", 1, 2), C("Cây ngô", 1, 2)],
              ["Diện tích (ha)", "Sản lượng (tấn)", "Diện tích (ha)", "Sản lượng (tấn)"]]
    body = [[["", "**Toàn tỉnh**", "86.420", "512.300", "71.500", "436.150", "14.800", "79.920", ""], "toàn tỉnh", {"bold": True}]]
    for i in range(n):
        name = COMMUNES[i + 3]
        dl = R.randint(900, 5200); dn = R.randint(100, 1500)
        sl = int(dl * R.uniform(5.6, 6.4)); sn = int(dn * R.uniform(4.8, 5.8))
        body.append([[str(i + 1), name, vn(dl + dn + R.randint(-200, 200)), vn(sl + sn + R.randint(-900, 900)),
                      vn(dl), vn(sl), vn(dn) if i % 7 != 5 else "-", vn(sn) if i % 7 != 5 else "-", ""], lc(name)])
    return dict(header=header, cols=cols, ncols=9, body=body)

# ---- T4: indicator rows, Năm 2025 (KH | Ước TH) | KH 2026 | So sánh; Trong đó sub-rows with ĐVT merged down
def t4():
    cols = [dict(role="tt"), dict(role="label"), dict(role="unit"),
            dict(role="value", name="KH 2025", kind="target", deadline="2025", uncertain=True),
            dict(role="value", name="Ước 2025", kind="achieved", deadline="2025", uncertain=True),
            dict(role="value", name="KH 2026", deadline="2026"),
            dict(role="value", name="SS1", unit="%", uncertain=True, kind="achieved"),
            dict(role="value", name="SS2", unit="%", uncertain=True)]
    header = [[C("TT", 2), C("Chỉ tiêu", 2), C("Đơn vị tính", 2), C("Năm 2025", 1, 2), C("Kế hoạch năm 2026", 2), C("So sánh (%)", 1, 2)],
              ["Kế hoạch", "Ước thực hiện", "Ước TH 2025/KH 2025", "KH 2026/Ước TH 2025"]]
    body = [
        [["1", "Số lao động được giải quyết việc làm", C("Người", 4), "24.000", "24.650", "25.000", "102,7", "101,4"], "Số lao động được giải quyết việc làm"],
        [["", "Trong đó:", "", "", "", "", ""], None],
        [["", "- Xuất khẩu lao động", "2.800", "3.120", "3.300", "111,4", "105,8"], "Xuất khẩu lao động"],
        [["", "- Lao động được tạo việc làm trong tỉnh", "21.200", "21.530", "21.700", "101,6", "100,8"], "Lao động được tạo việc làm trong tỉnh"],
        [["2", "Tỷ lệ lao động qua đào tạo", C("%", 2), "71,5", "71,8", "73,0", "100,4", "101,7"], "Tỷ lệ lao động qua đào tạo"],
        [["", "Trong đó: có bằng cấp, chứng chỉ", "30,5", "30,9", "32,0", "101,3", "103,6"], "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"],
        [["3", "Số người tham gia bảo hiểm xã hội", C("Người", 3), "156.000", "158.200", "166.000", "101,4", "104,9"], "Số người tham gia bảo hiểm xã hội"],
        [["", "Trong đó:", "", "", "", "", ""], None],
        [["", "- Bảo hiểm xã hội tự nguyện", "21.000", "22.450", "25.500", "106,9", "113,6"], "Số người tham gia bảo hiểm xã hội tự nguyện"],
        [["4", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", "4,10", "4,05", "3,10", "-", "-"], "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều"],
        [["5", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "14", "15", "19", "107,1", "126,7"], "Số xã đạt chuẩn nông thôn mới nâng cao"],
    ]
    return dict(header=header, cols=cols, ncols=8, body=body)

# ---- T5: subtotal rows by area, water: Tỷ lệ nước sạch (Ước TH 2025 | KH 2026) | Số hộ tăng thêm
def t5(n=15):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="Ước 2025", unit="%", kind="achieved", deadline="2025", ind="Tỷ lệ dân số nông thôn sử dụng nước sạch", uncertain=True),
            dict(role="value", name="KH 2026", unit="%", deadline="2026", ind="Tỷ lệ dân số nông thôn sử dụng nước sạch"),
            dict(role="value", name="hộ", unit="hộ", deadline="2026", ind="Số hộ được cấp nước sạch tăng thêm"),
            dict(role="note")]
    header = [[C("TT", 2), C("Đơn vị", 2), C("Tỷ lệ dân số nông thôn sử dụng nước sạch theo quy chuẩn (%)", 1, 2),
               C("Số hộ được cấp nước sạch tăng thêm năm 2026 (hộ)", 2), C("Ghi chú", 2)],
              ["Ước thực hiện năm 2025", "Kế hoạch năm 2026"]]
    body = [[["", "**Tổng cộng**", "61,4", "64,0", "9.850", ""], "toàn tỉnh", {"bold": True}]]
    idx = 0
    for g, (roman, gname) in enumerate([("I", "Cụm xã phía Đông"), ("II", "Cụm xã phía Tây"), ("III", "Cụm xã vùng cao")]):
        m = 5
        body.append([[f"**{roman}**", f"**{gname}**", vn(R.uniform(50, 75), 1), vn(R.uniform(55, 80), 1), vn(R.randint(2000, 4000)), ""],
                     lc(gname), {"bold": True, "uncertain": True}])
        for k in range(m):
            name = COMMUNES[10 + idx]
            e = R.uniform(35, 90)
            body.append([[str(k + 1), name, vn(e, 1), vn(min(e + R.uniform(1, 4), 99.5), 1), vn(R.randint(120, 900)), ""], lc(name)])
            idx += 1
    return dict(header=header, cols=cols, ncols=6, body=body)

# ---- T6: school: 3-row header, group "Chỉ tiêu năm học 2026-2027" > "Tỷ lệ huy động trẻ" > ages
def t6(n=14):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="nhà trẻ", unit="%", deadline="2027", ind="Tỷ lệ huy động trẻ em nhà trẻ ra lớp"),
            dict(role="value", name="mẫu giáo", unit="%", deadline="2027", ind="Tỷ lệ huy động trẻ em mẫu giáo ra lớp"),
            dict(role="value", name="5 tuổi", unit="%", deadline="2027", ind="Tỷ lệ huy động trẻ em 5 tuổi ra lớp"),
            dict(role="value", name="chuẩn QG", unit="trường", deadline="2027", ind="Số trường đạt chuẩn quốc gia"),
            dict(role="note")]
    header = [[C("TT", 3), C("Xã, phường", 3), C("Chỉ tiêu năm học 2026 - 2027", 1, 4), C("Ghi chú", 3)],
              [C("Tỷ lệ huy động trẻ em ra lớp (%)", 1, 3), C("Số trường đạt chuẩn quốc gia (trường)", 2)],
              ["Nhà trẻ", "Mẫu giáo", "Trẻ 5 tuổi"]]
    body = []
    for i in range(n):
        name = COMMUNES[i + 20]
        note = "" if i % 5 else "Có điểm trường lẻ"
        body.append([[str(i + 1), name, vn(R.uniform(28, 45), 1), vn(R.uniform(92, 99), 1), "100", str(R.randint(3, 9)), note], lc(name)])
    return dict(header=header, cols=cols, ncols=7, body=body)

# ---- T7: poverty: Hộ nghèo đầu năm (Số hộ | Tỷ lệ) | Kế hoạch giảm 2026 (Số hộ | Tỷ lệ) | Tỷ lệ cuối năm; total first, notes merged
def t7(n=22):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="đầu hộ", unit="hộ", kind="achieved", deadline="2025", ind="Số hộ nghèo đầu năm", uncertain=True),
            dict(role="value", name="đầu %", unit="%", kind="achieved", deadline="2025", ind="Tỷ lệ hộ nghèo đầu năm", uncertain=True),
            dict(role="value", name="giảm hộ", unit="hộ", deadline="2026", ind="Số hộ nghèo giảm"),
            dict(role="value", name="giảm %", unit="%", deadline="2026", ind="Giảm tỷ lệ hộ nghèo"),
            dict(role="value", name="cuối %", unit="%", deadline="2026", ind="Tỷ lệ hộ nghèo cuối năm 2026"),
            dict(role="note")]
    header = [[C("TT", 2), C("Xã, phường", 2), C("Hộ nghèo đầu năm 2026", 1, 2), C("Kế hoạch giảm hộ nghèo năm 2026", 1, 2),
               C("Tỷ lệ hộ nghèo cuối năm 2026 (%)", 2), C("Ghi chú", 2)],
              ["Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"]]
    body = [[["", "**Toàn tỉnh**", "8.412", "3,62", "2.350", "1,01", "2,61", ""], "toàn tỉnh", {"bold": True}]]
    i = 0
    while i < n:
        name = COMMUNES[i]
        h = R.randint(60, 700); p = R.uniform(1.5, 12); gh = int(h * R.uniform(0.2, 0.35)); gp = p * gh / h
        cells = [str(i + 1), name, vn(h), vn(p, 2), vn(gh), vn(gp, 2), vn(p - gp, 2)]
        if i in (4, 13):
            cells.append(C("Xã đặc biệt khó khăn, thực hiện Chương trình mục tiêu quốc gia", 4))
            body.append([cells, lc(name)])
            for k in (1, 2, 3):
                nm = COMMUNES[i + k]
                h = R.randint(60, 700); p = R.uniform(6, 18); gh = int(h * R.uniform(0.2, 0.35)); gp = p * gh / h
                body.append([[str(i + k + 1), nm, vn(h), vn(p, 2), vn(gh), vn(gp, 2), vn(p - gp, 2)], lc(nm)])
            i += 4
            continue
        cells.append("")
        body.append([cells, lc(name)])
        i += 1
    return dict(header=header, cols=cols, ncols=8, body=body)

# ---- T8: group header spanning indicators whose units sit in a 3rd header row
def t8(n=16):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="OCOP", unit="sản phẩm", deadline="2026", ind="Sản phẩm OCOP đạt 3 sao trở lên"),
            dict(role="value", name="HTX", unit="hợp tác xã", deadline="2026", ind="Hợp tác xã thành lập mới"),
            dict(role="value", name="DN", unit="doanh nghiệp", deadline="2026", ind="Doanh nghiệp thành lập mới"),
            dict(role="value", name="thu nhập", unit="triệu đồng", deadline="2026", ind="Thu nhập bình quân đầu người khu vực nông thôn"),
            dict(role="value", name="NTM", unit="tiêu chí", deadline="2026", ind="Số tiêu chí xã nông thôn mới nâng cao đạt")]
    header = [[C("TT", 3), C("Xã, phường", 3), C("Chỉ tiêu giao năm 2026", 1, 5)],
              ["Sản phẩm OCOP đạt 3 sao trở lên", "Hợp tác xã thành lập mới", "Doanh nghiệp thành lập mới",
               "Thu nhập bình quân đầu người khu vực nông thôn", "Số tiêu chí xã nông thôn mới nâng cao đạt"],
              ["Sản phẩm", "Hợp tác xã", "Doanh nghiệp", "Triệu đồng/người/năm", "Tiêu chí"]]
    # note: income unit printed as "Triệu đồng/người/năm"
    cols[5]["unit"] = "Triệu đồng/người/năm"
    cols[2]["unit"] = "Sản phẩm"; cols[3]["unit"] = "Hợp tác xã"; cols[4]["unit"] = "Doanh nghiệp"; cols[6]["unit"] = "Tiêu chí"
    body = [[["", "**Toàn tỉnh**", "85", "60", "1.200", "68,5", "-"], "toàn tỉnh", {"bold": True}]]
    for i in range(n):
        name = COMMUNES[i + 5]
        body.append([[str(i + 1), name, str(R.randint(1, 6)), str(R.randint(1, 5)), str(R.randint(10, 90)),
                      vn(R.uniform(52, 80), 1), str(R.randint(12, 19))], lc(name)])
    return dict(header=header, cols=cols, ncols=7, body=body)

# ---- T9: big table 36 communes, 2-row header like T1 but with "Tổng số" and group rows with roman TT
def t9(n=36):
    cols = [dict(role="tt"), dict(role="label"),
            dict(role="value", name="Ước 2025", unit="%", kind="achieved", deadline="2025", ind="Tỷ lệ hộ gia đình được công nhận gia đình văn hóa", uncertain=True),
            dict(role="value", name="KH GĐVH", unit="%", deadline="2026", ind="Tỷ lệ hộ gia đình được công nhận gia đình văn hóa"),
            dict(role="value", name="KH thôn", unit="%", deadline="2026", ind="Tỷ lệ thôn, tổ dân phố được công nhận văn hóa"),
            dict(role="value", name="KH nhà VH", unit="nhà văn hóa", deadline="2026", ind="Nhà văn hóa thôn được xây mới, sửa chữa"),
            dict(role="note")]
    header = [[C("STT", 2), C("Tên xã, phường", 2), C("Ước thực hiện năm 2025: tỷ lệ gia đình văn hóa (%)", 2),
               C("Kế hoạch năm 2026", 1, 3), C("Ghi chú", 2)],
              ["Tỷ lệ hộ gia đình được công nhận gia đình văn hóa (%)", "Tỷ lệ thôn, tổ dân phố được công nhận văn hóa (%)",
               "Nhà văn hóa thôn được xây mới, sửa chữa (nhà)"]]
    cols[5]["unit"] = "nhà"
    body = [[["", "**Toàn tỉnh**", "87,6", "89,0", "82,0", "245", ""], "toàn tỉnh", {"bold": True}]]
    idx = 0
    for roman, gname, m in [("I", "CÁC PHƯỜNG", 4), ("II", "CÁC XÃ VÙNG THẤP", 18), ("III", "CÁC XÃ VÙNG CAO", 14)]:
        body.append([[f"**{roman}**", C(f"**{gname}**", 1, 5)], None])
        names = [c for c in COMMUNES if c.startswith("Phường")] if roman == "I" else [c for c in COMMUNES if c.startswith("Xã")]
        for k in range(m):
            name = names[k] if roman == "I" else names[idx]
            if roman != "I":
                idx += 1
            e = R.uniform(78, 94)
            body.append([[str(k + 1), name, vn(e, 1), vn(min(e + R.uniform(0.5, 2.5), 98), 1), vn(R.uniform(70, 95), 1),
                          str(R.randint(2, 12)) if k % 6 != 4 else "-", ""], lc(name)])
    return dict(header=header, cols=cols, ncols=7, body=body)

# ---- T10: indicator rows with ĐVT, Ước 2025 then KH 2026 split "Cả năm | 6 tháng đầu năm" (2-row) and Ghi chú merged
def t10():
    cols = [dict(role="tt"), dict(role="label"), dict(role="unit"),
            dict(role="value", name="Ước 2025", kind="achieved", deadline="2025", uncertain=True),
            dict(role="value", name="6 tháng", deadline="2026-06"),
            dict(role="value", name="Cả năm", deadline="2026"),
            dict(role="note")]
    header = [[C("TT", 2), C("Chỉ tiêu", 2), C("ĐVT", 2), C("Ước thực hiện năm 2025", 2), C("Kế hoạch năm 2026", 1, 2), C("Ghi chú", 2)],
              ["6 tháng đầu năm", "Cả năm"]]
    body = [
        [["", "**Toàn tỉnh**", "", "", "", "", ""], None, {"bold": True}],
        [["1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "52,4", "58,0", "65,0",
          C("Sở Khoa học và Công nghệ theo dõi", 3)], "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình"],
        [["2", "Tỷ lệ hồ sơ được số hóa kết quả giải quyết", "%", "88,0", "92,0", "100"], "Tỷ lệ hồ sơ được số hóa kết quả giải quyết"],
        [["3", "Số tài khoản định danh điện tử mức độ 2 được kích hoạt", "Tài khoản", "812.000", "860.000", "905.000"],
         "Số tài khoản định danh điện tử mức độ 2 được kích hoạt"],
        [["4", "Tỷ lệ người dân hài lòng với dịch vụ công", "%", "90,5", "-", "92,0", "Khảo sát cuối năm"], "Tỷ lệ người dân hài lòng với dịch vụ công"],
        [["5", "Số điểm truy cập Internet công cộng miễn phí", "Điểm", "120", "150", "200", ""], "Số điểm truy cập Internet công cộng miễn phí"],
    ]
    return dict(header=header, cols=cols, ncols=7, body=body)

def write_case(nn, t, render, no, subject, annex_title, unit_line=None, year="2026"):
    table_text = render_onecell(t) if render == "onecell" else render_md(t)
    txt = wrap_doc(no, subject, annex_title, table_text, year=year, unit_line=unit_line)
    (OUT / f"{nn:02d}.txt").write_text(txt, encoding="utf-8")
    items = expect(t)
    # the Toàn tỉnh row label in indicator
    json.dump({"render": render, "targets": items}, open(OUT / f"{nn:02d}.expect.json", "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)

SPECS = [
    ("t1", lambda: t1(18), "Về việc giao chỉ tiêu tỷ lệ che phủ rừng năm 2026", "CHỈ TIÊU DIỆN TÍCH RỪNG VÀ TỶ LỆ CHE PHỦ RỪNG NĂM 2026"),
    ("t1c", lambda: t1(24, colnums=True), "Về việc giao chỉ tiêu tỷ lệ che phủ rừng năm 2026", "CHỈ TIÊU DIỆN TÍCH RỪNG VÀ TỶ LỆ CHE PHỦ RỪNG NĂM 2026"),
    ("t2", lambda: t2(20), "Về việc giao chỉ tiêu kinh tế - xã hội năm 2026 cho các xã, phường", "CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAO CÁC XÃ, PHƯỜNG NĂM 2026"),
    ("t2n", lambda: t2(16, groups=False, colnums=False), "Về việc giao chỉ tiêu kinh tế - xã hội năm 2026 cho các xã, phường", "CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAO CÁC XÃ, PHƯỜNG NĂM 2026"),
    ("t3", lambda: t3(16), "Về việc giao kế hoạch sản xuất cây lương thực năm 2026", "KẾ HOẠCH SẢN XUẤT CÂY LƯƠNG THỰC NĂM 2026"),
    ("t4", t4, "Về việc giao chỉ tiêu lao động, việc làm và an sinh xã hội năm 2026", "CHỈ TIÊU LAO ĐỘNG, VIỆC LÀM VÀ AN SINH XÃ HỘI NĂM 2026"),
    ("t5", lambda: t5(), "Về việc giao chỉ tiêu cấp nước sạch nông thôn năm 2026", "CHỈ TIÊU CẤP NƯỚC SẠCH NÔNG THÔN NĂM 2026"),
    ("t6", lambda: t6(), "Về việc giao chỉ tiêu phát triển giáo dục mầm non năm học 2026 - 2027", "CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC MẦM NON NĂM HỌC 2026 - 2027"),
    ("t7", lambda: t7(), "Về việc giao chỉ tiêu giảm nghèo năm 2026", "CHỈ TIÊU GIẢM NGHÈO NĂM 2026 GIAO CÁC XÃ, PHƯỜNG"),
    ("t8", lambda: t8(), "Về việc giao chỉ tiêu phát triển kinh tế nông thôn năm 2026", "CHỈ TIÊU PHÁT TRIỂN KINH TẾ NÔNG THÔN NĂM 2026"),
    ("t9", lambda: t9(), "Về việc giao chỉ tiêu xây dựng đời sống văn hóa năm 2026", "CHỈ TIÊU XÂY DỰNG ĐỜI SỐNG VĂN HÓA NĂM 2026"),
    ("t10", t10, "Về việc giao chỉ tiêu chuyển đổi số năm 2026", "CHỈ TIÊU CHUYỂN ĐỔI SỐ VÀ CẢI CÁCH HÀNH CHÍNH NĂM 2026"),
]

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    nn = 1
    index = []
    for name, mk, subject, annex in SPECS:
        t = mk()
        for render in ("onecell", "md"):
            no = 1000 + nn * 7
            write_case(nn, t, render, no, subject, annex)
            index.append((nn, name, render))
            nn += 1
    open(OUT.parent / "INDEX.tsv", "w").write("\n".join(f"{a:02d}\t{b}\t{c}" for a, b, c in index) + "\n")
    print(nn - 1, "cases")
