"""Cases 21-41. Expectations built before any run."""
from kit import Col, Row, T, render_rows, expect_rows, write, wrap
from frame import plan
from gen import TL, PD, HN, XA, GOAL_ANNEX, annex

LB = ["UBND TỈNH PHÚ ĐÔNG", "ỦY BAN NHÂN DÂN XÃ LẠC BÌNH"]


# ---------------------------------------------------------------- 21 body table followed by "3. Yêu cầu"
def c21():
    cols = [Col(year="2026")]
    rows = [
        Row("1", "Tỷ lệ học sinh tiểu học được \nhọc 2 buổi/ngày", "%", ["98"], ["2 buổi/ngày"]),
        Row("2", "Số trường được công nhận đạt \nchuẩn quốc gia mới", "trường", ["12"], ["chuẩn quốc gia"]),
        Row("3", "Tỷ lệ giáo viên đạt chuẩn trình \nđộ đào tạo", "%", ["96"], ["giáo viên", "chuẩn trình độ"]),
        Row("4", "Tỷ lệ học sinh tốt nghiệp trung \nhọc phổ thông", "%", ["99,2"], ["tốt nghiệp"]),
    ]
    goals = ("1. Mục tiêu chung\n" + wrap("Nâng cao chất lượng giáo dục các cấp học.") +
             "\n2. Chỉ tiêu cụ thể\nTT Chỉ tiêu ĐVT\nKế hoạch \nnăm 2026\n" + render_rows(rows) +
             "\n3. Yêu cầu\n" + wrap("Các cơ quan, đơn vị bám sát chỉ tiêu được giao, xây dựng kế hoạch chi tiết "
                                     "và tổ chức thực hiện nghiêm túc, hiệu quả."))
    text, units, secs = plan("gd", TL, "08/KH-UBND", "Tân Lĩnh", "ngày 09 tháng 01 năm 2026",
                             ["Nhiệm vụ giáo dục và đào tạo năm 2026"], goals, goals_title="MỤC TIÊU, YÊU CẦU")
    write(21, text, expect_rows(rows, cols), units, secs, "body table followed directly by a numbered heading '3. Yêu cầu'")


# ---------------------------------------------------------------- 22 body table followed by prose holding an aim
def c22():
    cols = [Col(year="2026")]
    rows = [
        Row("1", "Số vụ tai nạn giao thông giảm \nso với năm 2025", "%", ["5"], ["tai nạn giao thông", "số vụ"]),
        Row("2", "Số người chết do tai nạn giao \nthông giảm so với năm 2025", "%", ["5"], ["người chết"]),
        Row("3", "Tỷ lệ người đi mô tô, xe máy \nđội mũ bảo hiểm đúng quy cách", "%", ["99"], ["mũ bảo hiểm"]),
        Row("4", "Số cuộc tuyên truyền an toàn \ngiao thông tại trường học", "cuộc", ["180"], ["tuyên truyền"]),
    ]
    exp = expect_rows(rows, cols)
    exp.append(T(100, None, "target", "2026", ["xã, phường", "tuyến đường"], note="prose after the table"))
    exp[-1]["unit"] = "%"
    goals = ("1. Mục tiêu chung\n" + wrap("Kéo giảm tai nạn giao thông trên cả ba tiêu chí.") +
             "\n2. Chỉ tiêu cụ thể\nTT Chỉ tiêu ĐVT\nChỉ tiêu \nnăm 2026\n" + render_rows(rows, "center") + "\n" +
             wrap("Phấn đấu đến cuối năm 2026, 100% xã, phường có ít nhất một tuyến đường tự quản về trật tự "
                  "an toàn giao thông."))
    text, units, secs = plan("ktxh", PD, "30/KH-UBND", "Phú Đông", "ngày 02 tháng 02 năm 2026",
                             ["Bảo đảm trật tự, an toàn giao thông năm 2026"], goals)
    write(22, text, exp, units, secs, "body table followed directly by a prose aim")


# ---------------------------------------------------------------- 23 value cells carrying comparator and unit
def c23():
    lines = """TT Nội dung
Chỉ tiêu 
năm 2026
1
Tỷ lệ đoàn viên, người lao động 
được tuyên truyền, phổ biến 
pháp luật
≥ 90%
2
Số lớp tập huấn nghiệp vụ cho 
cán bộ công đoàn cơ sở
05 lớp
3
Tỷ lệ công đoàn cơ sở tổ chức 
Hội nghị người lao động
Trên 85%
4
Số mái ấm công đoàn xây mới, 
sửa chữa
12 nhà
5
Số đoàn viên được khám sức 
khỏe định kỳ
2.500 người
6
Tỷ lệ nữ đoàn viên được tuyên 
truyền về bình đẳng giới
100%"""
    exp = [T(90, None, "target", "2026", ["tuyên truyền, phổ biến pháp luật"]),
           T(5, None, "target", "2026", ["tập huấn"]),
           T(85, None, "target", "2026", ["hội nghị người lao động"]),
           T(12, None, "target", "2026", ["mái ấm"]),
           T(2500, None, "target", "2026", ["khám sức khỏe"]),
           T(100, None, "target", "2026", ["bình đẳng giới"])]
    for t, u in zip(exp, ["%", "lớp", "%", "nhà", "người", "%"]):
        t["unit"] = u
    ann = annex("06/KH-LĐLĐ ngày 14/01/2026", "Liên đoàn Lao động tỉnh Phú Đông",
                ["CHỈ TIÊU HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026"], lines, "")
    text, units, secs = plan("ktxh", ["LIÊN ĐOÀN LAO ĐỘNG", "TỈNH PHÚ ĐÔNG"], "06/KH-LĐLĐ", "Phú Đông",
                             "ngày 14 tháng 01 năm 2026", ["Hoạt động công đoàn năm 2026"], GOAL_ANNEX, ann,
                             units=False, who="Ban Thường vụ Liên đoàn Lao động tỉnh")
    write(23, text, exp, units, secs, "value cells with comparator and counted noun ('≥ 90%', '05 lớp', 'Trên 85%')")


# ---------------------------------------------------------------- 24 two-row header, So sánh, joined values
def c24():
    cols = [Col(year="2025", unc=True), Col(base=True, year="2025"), Col(year="2026"), Col(kind=None, unc=True)]
    rows = [
        Row("1", "Tổng mức bán lẻ hàng hóa và \ndoanh thu dịch vụ", "tỷ đồng", ["62.000", "63.150", "69.500", "110,1"],
            ["bán lẻ"]),
        Row("2", "Kim ngạch xuất khẩu", "triệu USD", ["1.450", "1.520", "1.650", "108,6"], ["xuất khẩu"]),
        Row("3", "Kim ngạch nhập khẩu", "triệu USD", ["980", "1.010", "1.080", "106,9"], ["nhập khẩu"]),
        Row("4", "Số chợ được đầu tư xây mới, \nnâng cấp", "chợ", ["8", "9", "10", "111,1"], ["chợ"]),
        Row("5", "Số cửa hàng tiện lợi, siêu thị \nmini phát triển mới", "cửa hàng", ["30", "34", "40", "117,6"],
            ["cửa hàng"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        if t["kind"] is None:
            t["kind"], t["unit"] = "target", "%"
    head = ("TT Chỉ tiêu ĐVT Năm 2025\nKế hoạch \nnăm 2026\nSo sánh \nKH 2026/ \nƯTH 2025 \n(%)\nKế \nhoạch\n"
            "Ước thực \nhiện")
    ann = annex("44/KH-SCT ngày 28/01/2026", "Sở Công Thương tỉnh Tân Lĩnh",
                ["CHỈ TIÊU PHÁT TRIỂN THƯƠNG MẠI NĂM 2026"], head, render_rows(rows, "center"))
    text, units, secs = plan("ktxh", ["UBND TỈNH TÂN LĨNH", "SỞ CÔNG THƯƠNG"], "44/KH-SCT", "Tân Lĩnh",
                             "ngày 28 tháng 01 năm 2026", ["Phát triển thương mại năm 2026"], GOAL_ANNEX, ann,
                             units=False, who="Sở Công Thương")
    write(24, text, exp, units, secs, "'Năm 2025' over 'Kế hoạch | Ước thực hiện' printed after the upper row; So sánh uncertain")


# ---------------------------------------------------------------- 25 ranges in cells, by year
def c25():
    cols = [Col(year="2026"), Col(year="2027"), Col(year="2028")]
    rows = [
        Row("1", "Tốc độ tăng năng suất lao \nđộng bình quân", "%", ["5 - 5,5", "5,5 - 6", "6 - 6,5"], ["năng suất lao động"]),
        Row("2", "Tỷ lệ thất nghiệp khu vực \nthành thị", "%", ["< 3", "< 2,8", "< 2,5"], ["thất nghiệp"]),
        Row("3", "Số lao động được giải quyết \nviệc làm", "nghìn người", ["25 - 26", "26 - 27", "27 - 28"], ["việc làm"]),
        Row("4", "Tỷ lệ lao động có việc làm phi \nnông nghiệp", "%", ["62", "64", "66"], ["phi nông nghiệp"]),
    ]
    head = "TT\nChỉ tiêu\nĐơn vị \ntính\nNăm \n2026\nNăm \n2027\nNăm \n2028"
    ann = annex("51/KH-UBND ngày 09/02/2026", "UBND tỉnh Hòa Nguyên",
                ["CHỈ TIÊU VỀ LAO ĐỘNG, VIỆC LÀM GIAI ĐOẠN 2026 - 2028"], head, render_rows(rows))
    text, units, secs = plan("ld", HN, "51/KH-UBND", "Hòa Nguyên", "ngày 09 tháng 02 năm 2026",
                             ["Phát triển thị trường lao động giai đoạn 2026 - 2028"], GOAL_ANNEX, ann)
    write(25, text, expect_rows(rows, cols), units, secs, "ranges '5 - 5,5' and '< 3' in value cells")


# ---------------------------------------------------------------- 26 "1.1." dotted marks joined with the name
def c26():
    cols = [Col(year="2026")]
    rows = [
        Row("1.", "Về phát triển đảng viên", is_group=True),
        Row("1.1.", "Số đảng viên mới kết nạp", "đảng viên", ["120"], ["kết nạp"]),
        Row("1.2.", "Tỷ lệ tổ chức cơ sở đảng kết \nnạp được đảng viên", "%", ["80"], ["tổ chức cơ sở đảng"]),
        Row("2.", "Về đánh giá, xếp loại", is_group=True),
        Row("2.1.", "Tỷ lệ tổ chức cơ sở đảng hoàn \nthành tốt nhiệm vụ trở lên", "%", ["85"], ["hoàn thành tốt"]),
        Row("2.2.", "Tỷ lệ đảng viên hoàn thành tốt \nnhiệm vụ trở lên", "%", ["90"], ["đảng viên hoàn thành tốt"]),
        Row("3.", "Về kiểm tra, giám sát", is_group=True),
        Row("3.1.", "Số cuộc kiểm tra theo Điều 30 \nĐiều lệ Đảng", "cuộc", ["14"], ["kiểm tra"]),
        Row("3.2.", "Số cuộc giám sát chuyên đề", "cuộc", ["18"], ["giám sát chuyên đề"]),
    ]
    head = "STT Nội dung chỉ tiêu ĐVT\nChỉ tiêu \nnăm 2026"
    ann = "\n".join(["PHỤ LỤC", "CHỈ TIÊU CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2026",
                     "(Kèm theo Kế hoạch số 15-KH/ĐU ngày 12/01/2026 của Đảng ủy xã Lạc Bình)", head,
                     render_rows(rows, "numname")])
    text, units, secs = plan("xa", ["ĐẢNG BỘ TỈNH PHÚ ĐÔNG", "ĐẢNG ỦY XÃ LẠC BÌNH"], "15-KH/ĐU", "Lạc Bình",
                             "ngày 12 tháng 01 năm 2026", ["Công tác xây dựng Đảng năm 2026"], GOAL_ANNEX, ann,
                             units=False, who="Ban Thường vụ Đảng ủy")
    write(26, text, expect_rows(rows, cols), units, secs, "'1.1.' marks on the name's line, values one a line")


# ---------------------------------------------------------------- 27 capitals group rows without marks
def c27():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("", "CHỈ TIÊU VỀ KINH TẾ", is_group=True),
        Row("1", "Tốc độ tăng trưởng GRDP", "%", ["7,2", "8,0"], ["GRDP"]),
        Row("2", "Thu ngân sách nhà nước trên \nđịa bàn", "tỷ đồng", ["9.850", "10.500"], ["thu ngân sách"]),
        Row("3", "Số doanh nghiệp thành lập mới", "doanh \nnghiệp", ["820", "900"], ["doanh nghiệp thành lập mới"]),
        Row("", "CHỈ TIÊU VỀ XÃ HỘI", is_group=True),
        Row("4", "Tỷ lệ hộ nghèo giảm", "%", ["1,1", "1,0"], ["hộ nghèo"]),
        Row("5", "Tỷ lệ tham gia bảo hiểm y tế", "%", ["94", "95,2"], ["bảo hiểm y tế"]),
        Row("", "CHỈ TIÊU VỀ MÔI TRƯỜNG", is_group=True),
        Row("6", "Tỷ lệ che phủ rừng", "%", ["50,1", "50,3"], ["che phủ rừng"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        t["unit"] = t["unit"].replace(" \n", " ")
        if "thu ngân sách" in t["words"]:
            t["uncertain"] = True
            t["note"] = "budget revenue: SPEC counts money only as an aim; left uncertain"
    head = "TT Chỉ tiêu ĐVT\nƯớc thực \nhiện 2025\nKế hoạch \n2026"
    ann = annex("04/KH-UBND ngày 07/01/2026", "UBND tỉnh Tân Lĩnh",
                ["CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("ktxh", TL, "04/KH-UBND", "Tân Lĩnh", "ngày 07 tháng 01 năm 2026",
                             ["Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh", "về nhiệm vụ năm 2026"], GOAL_ANNEX, ann)
    write(27, text, exp, units, secs, "group rows in capitals with no mark, rows numbered on")


# ---------------------------------------------------------------- 28 commune x years, unit in caption
def c28():
    years = ["2026", "2027", "2028"]
    cols = [Col(year=y, measure=["bảo hiểm y tế"], unit="%") for y in years]
    names = [("Phường Tân Lĩnh", ["97,5", "98", "98,5"]), ("Xã Sơn Hòa", ["93", "94,5", "96"]),
             ("Xã Phú Mỹ", ["91", "93", "95"]), ("Xã Ea Tiêu", ["88", "91", "94"]),
             ("Xã Krông Lâm", ["90", "92", "94"])]
    rows = [Row(str(i), n, None, v, [n.split(" ", 1)[1]]) for i, (n, v) in enumerate(names, 1)]
    rows.append(Row("", "Toàn tỉnh", None, ["93,6", "95", "96,5"], ["toàn tỉnh"]))
    head = "TT Xã, phường Năm 2026 Năm 2027 Năm 2028"
    ann = annex("36/KH-UBND ngày 29/01/2026", "UBND tỉnh Tân Lĩnh",
                ["CHỈ TIÊU TỶ LỆ DÂN SỐ THAM GIA BẢO HIỂM Y TẾ", "GIAO CHO CÁC XÃ, PHƯỜNG GIAI ĐOẠN 2026 - 2028",
                 "Đơn vị tính: %"], head, render_rows(rows, "top", unit_col=False))
    text, units, secs = plan("yte", TL, "36/KH-UBND", "Tân Lĩnh", "ngày 29 tháng 01 năm 2026",
                             ["Phát triển người tham gia bảo hiểm y tế", "giai đoạn 2026 - 2028"], GOAL_ANNEX, ann)
    write(28, text, expect_rows(rows, cols, by_place=True), units, secs,
          "communes x years; the measure in the caption, unit told above; totals last")


# ---------------------------------------------------------------- 29 units in the names' brackets, no ĐVT
def c29():
    cols = [Col(year="2026"), Col(year="2030")]
    rows = [
        Row("1", "Tỷ suất chết trẻ em dưới 1 \ntuổi (‰)", "‰", ["8,5", "7"], ["tỷ suất chết"]),
        Row("2", "Tỷ lệ phụ nữ có thai được \nkhám thai ít nhất 4 lần (%)", "%", ["85", "92"], ["khám thai"]),
        Row("3", "Số giường bệnh trên 10.000 \ndân (giường)", "giường", ["34", "38"], ["giường bệnh"]),
        Row("4", "Tỷ số giới tính khi sinh (số bé \ntrai/100 bé gái)", "số bé trai/100 bé gái", ["110", "108"],
            ["giới tính khi sinh"]),
        Row("5", "Tỷ lệ người dân được quản lý \nsức khỏe (%)", "%", ["90", "98"], ["quản lý sức khỏe"]),
    ]
    exp = expect_rows(rows, cols)
    # render without a unit column: the unit only in the name's bracket
    rrows = [Row(r.mark, r.name, None, r.values, r.words) for r in rows]
    head = "TT Chỉ tiêu\nNăm \n2026\nNăm \n2030"
    ann = annex("58/KH-UBND ngày 20/02/2026", "UBND tỉnh Phú Đông",
                ["CHỈ TIÊU DÂN SỐ VÀ CHĂM SÓC SỨC KHỎE"], head, render_rows(rrows, "cells"))
    text, units, secs = plan("yte", PD, "58/KH-UBND", "Phú Đông", "ngày 20 tháng 02 năm 2026",
                             ["Công tác dân số đến năm 2030"], GOAL_ANNEX, ann)
    write(29, text, exp, units, secs, "unit in the name's bracket, no ĐVT column")


# ---------------------------------------------------------------- 30 school years, '-' sub-rows by level
def c30():
    B, K = ["2024", "2025"], ["2025", "2026"]
    rows_def = [
        ("1", "Tỷ lệ học sinh bỏ học", None, None, ["bỏ học"], True),
        ("-", "Tiểu học", "%", ("0,05", "0,03"), ["tiểu học"], False),
        ("-", "Trung học cơ sở", "%", ("0,6", "0,4"), ["trung học cơ sở"], False),
        ("-", "Trung học phổ thông", "%", ("1,2", "0,9"), ["trung học phổ thông"], False),
        ("2", "Tỷ lệ học sinh lên lớp", None, None, ["lên lớp"], True),
        ("-", "Tiểu học", "%", ("99,6", "99,8"), ["tiểu học"], False),
        ("-", "Trung học cơ sở", "%", ("97,5", "98"), ["trung học cơ sở"], False),
        ("3", "Số học sinh giỏi cấp quốc gia", "học sinh", ("24", "30"), ["học sinh giỏi"], False),
    ]
    lines, exp, parent = [], [], None
    for m, n, u, v, w, grp in rows_def:
        lines += [m, n]
        if grp:
            parent = w
            continue
        lines += [u, *v]
        words = w + (parent if m == "-" else [])
        if m != "-":
            parent = None
        exp.append(T(float(v[0].replace(",", ".")), u, "achieved", B, words, baseline=True))
        exp.append(T(float(v[1].replace(",", ".")), u, "target", K, words))
    head = "TT Chỉ tiêu ĐVT\nNăm học \n2024 - 2025 \n(thực hiện)\nNăm học \n2025 - 2026 \n(kế hoạch)"
    ann = annex("02/KH-SGDĐT ngày 15/09/2025", "Sở Giáo dục và Đào tạo tỉnh Hòa Nguyên",
                ["MỘT SỐ CHỈ TIÊU NĂM HỌC 2025 - 2026"], head, "\n".join(lines))
    text, units, secs = plan("gd", ["UBND TỈNH HÒA NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "02/KH-SGDĐT", "Hòa Nguyên",
                             "ngày 15 tháng 09 năm 2025", ["Nhiệm vụ năm học 2025 - 2026"], GOAL_ANNEX, ann,
                             who="Sở Giáo dục và Đào tạo")
    write(30, text, exp, units, secs, "school-year columns (deadline either year accepted); '-' level sub-rows")


# ---------------------------------------------------------------- 31 text cells mixed with values
def c31():
    lines = """TT Nội dung ĐVT
Chỉ tiêu 
năm 2026
1
Duy trì đạt chuẩn phổ cập giáo 
dục mầm non cho trẻ 5 tuổi
Duy trì
2
Tỷ lệ trẻ em 6 tuổi vào lớp 1
%
100
3
Xây dựng xã đạt chuẩn nông thôn 
mới nâng cao
Hoàn thành
4
Số hộ gia đình được công nhận 
gia đình văn hóa
hộ
1.850
5
Số thôn đạt danh hiệu thôn văn 
hóa
thôn
11
6
Giữ vững danh hiệu xã đạt chuẩn 
tiếp cận pháp luật
Đạt"""
    exp = [T(100, "%", "target", "2026", ["6 tuổi", "lớp 1"]),
           T(1850, "hộ", "target", "2026", ["gia đình văn hóa"]),
           T(11, "thôn", "target", "2026", ["thôn văn hóa"])]
    ann = annex("05/KH-UBND ngày 13/01/2026", "UBND xã Lạc Bình",
                ["CHỈ TIÊU VĂN HÓA - XÃ HỘI NĂM 2026"], lines, "")
    text, units, secs = plan("xa", LB, "05/KH-UBND", "Lạc Bình", "ngày 13 tháng 01 năm 2026",
                             ["Phát triển văn hóa - xã hội xã Lạc Bình năm 2026"], GOAL_ANNEX, ann,
                             who="Ủy ban nhân dân xã")
    write(31, text, exp, units, secs, "rows whose aim is a word ('Duy trì', 'Hoàn thành', 'Đạt') between rows of values")


# ---------------------------------------------------------------- 32 commune plan by village, total first, centered
def c32():
    cols = [Col(year="2026", measure=["hộ nghèo"], unit="hộ"),
            Col(year="2026", measure=["nước sạch"], unit="%"),
            Col(year="2026", measure=["gia đình văn hóa"], unit="%")]
    names = [("Thôn Đồng Tâm", ["4", "96", "92"]), ("Thôn Bình Minh", ["6", "90", "88"]),
             ("Thôn Suối Cát", ["9", "82", "85"]), ("Thôn Ea Hleo", ["12", "75", "80"])]
    rows = [Row("", "Toàn xã", None, ["31", "86", "86,5"], ["toàn xã"])]
    rows += [Row(str(i), n, None, v, [n.split(" ", 1)[1]]) for i, (n, v) in enumerate(names, 1)]
    head = ("TT Thôn\nSố hộ nghèo \ngiảm (hộ)\nTỷ lệ hộ sử \ndụng nước \nsạch (%)\nTỷ lệ gia \nđình văn \nhóa (%)")
    ann = annex("09/KH-UBND ngày 20/01/2026", "UBND xã Lạc Bình",
                ["GIAO CHỈ TIÊU NĂM 2026 CHO CÁC THÔN"], head, render_rows(rows, "center", unit_col=False))
    text, units, secs = plan("xa", LB, "09/KH-UBND", "Lạc Bình", "ngày 20 tháng 01 năm 2026",
                             ["Thực hiện nhiệm vụ năm 2026"], GOAL_ANNEX, ann, who="Ủy ban nhân dân xã")
    write(32, text, expect_rows(rows, cols, by_place=True), units, secs, "commune plan by village, 'Toàn xã' first")


# ---------------------------------------------------------------- 33 crops: group rows and '-' measure sub-rows
def c33():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = []
    for m, crop, vals in [("1", "Cây lúa", [("7.850", "7.800"), ("62,1", "63"), ("48.750", "49.140")]),
                          ("2", "Cây ngô", [("2.100", "2.000"), ("55", "56,5"), ("11.550", "11.300")]),
                          ("3", "Cây cà phê", [("18.400", "18.600"), ("30,5", "31"), ("56.120", "57.660")])]:
        rows.append(Row(m, crop, is_group=True))
        for (meas, unit), v in zip([("Diện tích", "ha"), ("Năng suất", "tạ/ha"), ("Sản lượng", "tấn")], vals):
            rows.append(Row("-", meas, unit, list(v), [meas.lower(), crop.split()[1]]))
    head = "TT Cây trồng ĐVT\nƯớc thực \nhiện 2025\nKế hoạch \n2026"
    ann = annex("13/KH-UBND ngày 16/01/2026", "UBND tỉnh Hòa Nguyên",
                ["KẾ HOẠCH SẢN XUẤT MỘT SỐ CÂY TRỒNG CHỦ YẾU NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("nn", HN, "13/KH-UBND", "Hòa Nguyên", "ngày 16 tháng 01 năm 2026",
                             ["Sản xuất nông nghiệp năm 2026"], GOAL_ANNEX, ann)
    write(33, text, expect_rows(rows, cols), units, secs, "crop group rows, '-' measure sub-rows (the crop in the indicator)")


# ---------------------------------------------------------------- 34 two aim columns: giao / phấn đấu
def c34():
    cols = [Col(year="2026"), Col(year="2026")]
    rows = [
        Row("1", "Phát triển đoàn viên mới", "đoàn viên", ["2.000", "2.200"], ["đoàn viên mới"]),
        Row("2", "Thành lập công đoàn cơ sở \nmới", "CĐCS", ["10", "12"], ["thành lập"]),
        Row("3", "Tỷ lệ CĐCS khu vực doanh \nnghiệp ký kết thỏa ước lao \nđộng tập thể", "%", ["65", "70"],
            ["thỏa ước"]),
        Row("4", "Số sáng kiến được công nhận", "sáng kiến", ["300", "350"], ["sáng kiến"]),
    ]
    head = "TT Chỉ tiêu ĐVT\nChỉ tiêu \ngiao năm \n2026\nChỉ tiêu \nphấn đấu \nnăm 2026"
    ann = annex("02/KH-CĐN ngày 06/01/2026", "Công đoàn ngành Giáo dục tỉnh Tân Lĩnh",
                ["CHỈ TIÊU CÔNG TÁC NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("ktxh", ["LĐLĐ TỈNH TÂN LĨNH", "CÔNG ĐOÀN NGÀNH GIÁO DỤC"], "02/KH-CĐN", "Tân Lĩnh",
                             "ngày 06 tháng 01 năm 2026", ["Hoạt động công đoàn năm 2026"], GOAL_ANNEX, ann,
                             units=False, who="Ban Thường vụ Công đoàn ngành")
    write(34, text, expect_rows(rows, cols), units, secs, "two aim columns of one year: 'Chỉ tiêu giao' and 'Chỉ tiêu phấn đấu'")


# ---------------------------------------------------------------- 35 running footer + page number between rows
def c35():
    cols = [Col(year="2026")]
    rows = [
        Row("1", "Số cơ sở sản xuất, kinh doanh \nthực phẩm được kiểm tra", "cơ sở", ["1.200"], ["kiểm tra"]),
        Row("2", "Tỷ lệ cơ sở được kiểm tra đạt \nyêu cầu an toàn thực phẩm", "%", ["90"], ["đạt yêu cầu"]),
        Row("3", "Số mẫu thực phẩm được kiểm \nnghiệm", "mẫu", ["800"], ["mẫu"]),
        Row("4", "Số vụ ngộ độc thực phẩm từ 30 \nngười mắc trở lên", "vụ", ["0"], ["ngộ độc"]),
        Row("5", "Số chợ an toàn thực phẩm được \ncông nhận", "chợ", ["6"], ["chợ an toàn"]),
        Row("6", "Tỷ lệ bếp ăn tập thể được cấp \ngiấy chứng nhận đủ điều kiện", "%", ["95"], ["bếp ăn tập thể"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        if t["value"] == 0:
            t["uncertain"] = True
    body = (render_rows(rows[:3]) + "\nKế hoạch bảo đảm an toàn thực phẩm năm 2026\n4\n" + render_rows(rows[3:]))
    head = "TT Chỉ tiêu ĐVT\nChỉ tiêu \nnăm 2026"
    ann = annex("27/KH-UBND ngày 23/01/2026", "UBND tỉnh Phú Đông",
                ["CHỈ TIÊU BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026"], head, body)
    text, units, secs = plan("yte", PD, "27/KH-UBND", "Phú Đông", "ngày 23 tháng 01 năm 2026",
                             ["Bảo đảm an toàn thực phẩm năm 2026"], GOAL_ANNEX, ann)
    write(35, text, exp, units, secs, "running footer line and page number between rows 3 and 4")


# ---------------------------------------------------------------- 36 by district, '-' cells, totals last
def c36():
    cols = [Col(year="2026", measure=["nông thôn mới nâng cao"], unit="xã"),
            Col(year="2026", measure=["nông thôn mới kiểu mẫu"], unit="xã"),
            Col(year="2026", measure=["thôn"], unit="thôn")]
    names = [("Huyện Sơn Thạch", ["3", "1", "12"]), ("Huyện Bắc Hà Lâm", ["2", "-", "9"]),
             ("Huyện Đồng Xuyên", ["4", "1", "15"]), ("Thị xã Tân Mỹ", ["2", "-", "-"]),
             ("Huyện Ea Pông", ["1", "-", "7"])]
    rows = [Row(str(i), n, None, v, [n.split(" ", 1)[1]]) for i, (n, v) in enumerate(names, 1)]
    rows.append(Row("", "Tổng số", None, ["12", "2", "43"], ["tổng số"]))
    head = ("TT Huyện, thị xã\nSố xã đạt \nchuẩn nông \nthôn mới \nnâng cao (xã)\nSố xã đạt \nchuẩn nông \nthôn mới "
            "\nkiểu mẫu (xã)\nSố thôn đạt \nchuẩn nông \nthôn mới \n(thôn)")
    ann = annex("18/KH-UBND ngày 20/01/2024", "UBND tỉnh Tân Lĩnh",
                ["PHÂN BỔ CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2024"], head, render_rows(rows, unit_col=False))
    exp = expect_rows(rows, cols, by_place=True)
    for t in exp:
        t["deadline"] = "2024"
    text, units, secs = plan("nn", TL, "18/KH-UBND", "Tân Lĩnh", "ngày 20 tháng 01 năm 2024",
                             ["Xây dựng nông thôn mới năm 2024"], GOAL_ANNEX, ann)
    write(36, text, exp, units, secs, "by district with '-' cells (none), 'Tổng số' last")


# ---------------------------------------------------------------- 37 unit above ('Đơn vị tính: người'), totals first
def c37():
    cols = [Col(year="2026"), Col(year="2027")]
    rows = [
        Row("", "Tổng số", None, ["12.000", "12.500"], ["tổng số"]),
        Row("1", "Cao đẳng", None, ["1.500", "1.700"], ["cao đẳng"]),
        Row("2", "Trung cấp", None, ["2.500", "2.700"], ["trung cấp"]),
        Row("3", "Sơ cấp và đào tạo dưới 3 \ntháng", None, ["8.000", "8.100"], ["sơ cấp"]),
    ]
    exp = expect_rows(rows, cols, table_unit="người")
    head = "TT Trình độ đào tạo Năm 2026 Năm 2027"
    ann = annex("46/KH-UBND ngày 04/02/2026", "UBND tỉnh Phú Đông",
                ["CHỈ TIÊU TUYỂN SINH ĐÀO TẠO NGHỀ NGHIỆP GIAI ĐOẠN 2026 - 2027"],
                "Đơn vị tính: người\n" + head, render_rows(rows, "top", unit_col=False))
    text, units, secs = plan("ld", PD, "46/KH-UBND", "Phú Đông", "ngày 04 tháng 02 năm 2026",
                             ["Đào tạo nghề nghiệp giai đoạn 2026 - 2027"], GOAL_ANNEX, ann)
    write(37, text, exp, units, secs, "'Đơn vị tính: người' above; 'Tổng số' first; rows one baseline")


# ---------------------------------------------------------------- 38 two baselines + aim + comparison, split headers
def c38():
    cols = [Col(base=True, year="2024"), Col(base=True, year="2025"), Col(year="2026"), Col(kind=None, unc=True)]
    rows = [
        Row("1", "Sản lượng thủy sản khai thác", "tấn", ["41.200", "42.500", "43.000", "101,2"], ["khai thác"]),
        Row("2", "Sản lượng thủy sản nuôi trồng", "tấn", ["18.600", "19.800", "21.000", "106,1"], ["nuôi trồng"]),
        Row("3", "Diện tích nuôi trồng thủy sản", "ha", ["3.150", "3.200", "3.250", "101,6"], ["diện tích nuôi trồng"]),
        Row("4", "Số tàu cá lắp thiết bị giám sát hành trình", "chiếc", ["640", "702", "720", "102,6"], ["tàu cá"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        if t["kind"] is None:
            t["kind"], t["unit"] = "target", "%"
    head = ("TT Chỉ tiêu ĐVT Thực hiện \nnăm 2024\nƯớc thực \nhiện năm \n2025\nKế hoạch \nnăm 2026\nSo sánh \n"
            "KH 2026/ \nƯTH 2025 \n(%)")
    ann = annex("16/KH-UBND ngày 17/01/2026", "UBND tỉnh Hòa Nguyên",
                ["CHỈ TIÊU PHÁT TRIỂN THỦY SẢN NĂM 2026"], head, render_rows(rows, "top"))
    text, units, secs = plan("nn", HN, "16/KH-UBND", "Hòa Nguyên", "ngày 17 tháng 01 năm 2026",
                             ["Phát triển thủy sản năm 2026"], GOAL_ANNEX, ann)
    write(38, text, exp, units, secs, "two past columns, the aim, a comparison; rows one baseline")


# ---------------------------------------------------------------- 39 '-' sub-rows joined on one line under numbered rows
def c39():
    cols = [Col(year="2026"), Col(year="2027")]
    G1, G2 = ["khám, chữa bệnh"], ["tư vấn"]
    rows = [
        Row("1", "Tỷ lệ khám, chữa bệnh từ xa", is_group=True),
        Row("-", "Bệnh viện tuyến tỉnh", "%", ["60", "80"], ["tuyến tỉnh"], group=G1),
        Row("-", "Trung tâm y tế khu vực", "%", ["40", "60"], ["trung tâm y tế khu vực"], group=G1),
        Row("-", "Trạm y tế xã, phường", "%", ["20", "35"], ["trạm y tế"], group=G1),
        Row("2", "Số lượt tư vấn sức khỏe trực tuyến", is_group=True),
        Row("-", "Bệnh viện tuyến tỉnh", "lượt", ["15.000", "20.000"], ["tuyến tỉnh"], group=G2),
        Row("-", "Trung tâm y tế khu vực", "lượt", ["8.000", "12.000"], ["trung tâm y tế khu vực"], group=G2),
    ]
    head = "TT Chỉ tiêu ĐVT Năm 2026 Năm 2027"
    goals = ("1. Mục tiêu chung\n" + wrap("Ứng dụng công nghệ thông tin trong khám bệnh, chữa bệnh.") +
             "\n2. Chỉ tiêu cụ thể\n" + head + "\n" + render_rows(rows, "top"))
    text, units, secs = plan("yte", TL, "54/KH-UBND", "Tân Lĩnh", "ngày 11 tháng 02 năm 2026",
                             ["Phát triển khám bệnh, chữa bệnh từ xa", "giai đoạn 2026 - 2027"], goals)
    write(39, text, expect_rows(rows, cols), units, secs, "'-' sub-rows with everything on one line, parent row with no values; in the body")


# ---------------------------------------------------------------- 40 'Số TT', column-number row, So sánh
def c40():
    cols = [Col(base=True, year="2025"), Col(year="2026"), Col(kind=None, unc=True)]
    rows = [
        Row("1", "Số doanh nghiệp đang hoạt động", "doanh \nnghiệp", ["4.350", "4.700", "108"], ["doanh nghiệp đang hoạt động"]),
        Row("2", "Số hợp tác xã thành lập mới", "hợp tác xã", ["35", "40", "114,3"], ["hợp tác xã"]),
        Row("3", "Số hộ kinh doanh chuyển đổi \nthành doanh nghiệp", "hộ", ["60", "80", "133,3"], ["hộ kinh doanh"]),
        Row("4", "Tỷ lệ doanh nghiệp nộp thuế \nđiện tử", "%", ["98", "100", "102"], ["thuế điện tử"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        t["unit"] = t["unit"].replace(" \n", " ")
        if t["kind"] is None:
            t["kind"], t["unit"] = "target", "%"
    head = ("Số \nTT\nTên chỉ tiêu\nĐơn vị \ntính\nƯớc thực \nhiện năm \n2025\nKế hoạch \nnăm 2026\nSo sánh \n(%)\n"
            "(1) (2) (3) (4) (5) (6)=(5)/(4)")
    ann = annex("38/KH-UBND ngày 30/01/2026", "UBND tỉnh Hòa Nguyên",
                ["CHỈ TIÊU PHÁT TRIỂN DOANH NGHIỆP NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("ktxh", HN, "38/KH-UBND", "Hòa Nguyên", "ngày 30 tháng 01 năm 2026",
                             ["Phát triển doanh nghiệp năm 2026"], GOAL_ANNEX, ann)
    write(40, text, exp, units, secs, "'Số TT' split, column-number row on one line, So sánh uncertain")


# ---------------------------------------------------------------- 41 merged 'Lĩnh vực' column printed once before its rows
def c41():
    lines = """Lĩnh vực TT Chỉ tiêu ĐVT
Kế hoạch 
năm 2026
Kinh tế
1
Tốc độ tăng giá trị sản xuất
%
9,5
2
Thu nhập bình quân đầu người
triệu đồng
72
3
Số hợp tác xã thành lập mới
hợp tác xã
3
Văn hóa - 
Xã hội
4
Tỷ lệ hộ nghèo cuối năm
%
2,5
5
Tỷ lệ người dân tham gia bảo 
hiểm y tế
%
96
6
Tỷ lệ hộ gia đình đạt danh hiệu 
gia đình văn hóa
%
90
Quốc 
phòng - 
An ninh
7
Tỷ lệ giao quân đạt chỉ tiêu
%
100
8
Tỷ lệ thôn đạt tiêu chuẩn an toàn 
về an ninh, trật tự
%
95"""
    exp = [T(9.5, "%", "target", "2026", ["giá trị sản xuất"]),
           T(72, "triệu đồng", "target", "2026", ["thu nhập"]),
           T(3, "hợp tác xã", "target", "2026", ["hợp tác xã"]),
           T(2.5, "%", "target", "2026", ["hộ nghèo"]),
           T(96, "%", "target", "2026", ["bảo hiểm y tế"]),
           T(90, "%", "target", "2026", ["gia đình văn hóa"]),
           T(100, "%", "target", "2026", ["giao quân"]),
           T(95, "%", "target", "2026", ["an ninh, trật tự"])]
    ann = annex("03/KH-UBND ngày 08/01/2026", "UBND xã Lạc Bình",
                ["CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"], lines, "")
    text, units, secs = plan("xa", LB, "03/KH-UBND", "Lạc Bình", "ngày 08 tháng 01 năm 2026",
                             ["Phát triển kinh tế - xã hội năm 2026"], GOAL_ANNEX, ann, who="Ủy ban nhân dân xã")
    write(41, text, exp, units, secs, "a merged 'Lĩnh vực' column printed once before its rows")


for f in [c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40, c41]:
    f()
