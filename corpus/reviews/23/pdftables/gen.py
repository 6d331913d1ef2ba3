"""Cases 01-20. Expectations are built here from the table definitions, before any run."""
from kit import Col, Row, T, render_rows, expect_rows, write, wrap
from frame import plan

TL = ["ỦY BAN NHÂN DÂN", "TỈNH TÂN LĨNH"]
PD = ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ ĐÔNG"]
HN = ["ỦY BAN NHÂN DÂN", "TỈNH HÒA NGUYÊN"]
XA = ["ỦY BAN NHÂN DÂN", "XÃ LẠC BÌNH"]

GOAL_ANNEX = ("1. Mục tiêu chung\n" + wrap(
    "Duy trì tăng trưởng ổn định, nâng cao đời sống vật chất và tinh thần của Nhân dân; bảo đảm "
    "quốc phòng, an ninh.") + "\n2. Các chỉ tiêu chủ yếu\n" +
    wrap("Các chỉ tiêu cụ thể tại Phụ lục kèm theo Kế hoạch này."))


def annex(code_date, who, title_lines, head, body):
    return "\n".join(["Phụ lục", *title_lines, f"(Kèm theo Kế hoạch số {code_date} của {who})", head, body])


# ---------------------------------------------------------------- 01 sub-numbered rows 1.1, 1.2
def c01():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("1", "Chỉ tiêu về kinh tế", is_group=True),
        Row("1.1", "Tổng giá trị sản xuất trên địa \nbàn (giá so sánh 2010)", "tỷ đồng", ["12.450", "13.580"],
            ["giá trị sản xuất"]),
        Row("1.2", "Tốc độ tăng trưởng giá trị sản \nxuất", "%", ["7,6", "8,5"], ["tốc độ tăng trưởng"]),
        Row("1.3", "Thu nhập bình quân đầu người", "triệu đồng", ["68", "74"], ["thu nhập bình quân"]),
        Row("1.4", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", ["5.200", "5.900"], ["vốn đầu tư"]),
        Row("2", "Chỉ tiêu về xã hội", is_group=True),
        Row("2.1", "Tỷ lệ hộ nghèo đa chiều", "%", ["2,8", "2,1"], ["hộ nghèo"]),
        Row("2.2", "Tỷ lệ lao động qua đào tạo", "%", ["71", "73"], ["lao động qua đào tạo"]),
        Row("2.3", "Số bác sĩ trên 1 vạn dân", "bác sĩ", ["11,2", "12"], ["bác sĩ"]),
        Row("3", "Chỉ tiêu về môi trường", is_group=True),
        Row("3.1", "Tỷ lệ che phủ rừng", "%", ["51,2", "51,5"], ["che phủ rừng"]),
        Row("3.2", "Tỷ lệ chất thải rắn sinh hoạt đô \nthị được thu gom, xử lý", "%", ["95", "97"],
            ["chất thải rắn", "thu gom"]),
    ]
    head = "TT Chỉ tiêu ĐVT\nƯớc thực \nhiện năm \n2025\nKế hoạch \nnăm 2026"
    ann = annex("05/KH-UBND ngày 08/01/2026", "Ủy ban nhân dân tỉnh Tân Lĩnh",
                ["CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("ktxh", TL, "05/KH-UBND", "Tân Lĩnh", "ngày 08 tháng 01 năm 2026",
                             ["Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"], GOAL_ANNEX, ann)
    write(1, text, expect_rows(rows, cols), units, secs, "1.1/1.2 sub-numbered rows under numbered groups; cells one a line")


# ---------------------------------------------------------------- 02 a), b) sub-rows, mark on the name's line
def c02():
    cols = [Col(base=True, year="2025"), Col(year="2026"), Col(year="2030")]
    G = ["chuẩn quốc gia"]
    rows = [
        Row("1", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "%", ["99,5", "99,7", "100"], ["trẻ 5 tuổi", "ra lớp"]),
        Row("2", "Tỷ lệ trường đạt chuẩn quốc gia", is_group=True),
        Row("a)", "Mầm non", "%", ["62", "66", "80"], ["mầm non"], group=G),
        Row("b)", "Tiểu học", "%", ["75", "78", "90"], ["tiểu học"], group=G),
        Row("c)", "Trung học cơ sở", "%", ["70", "73", "85"], ["trung học cơ sở"], group=G),
        Row("d)", "Trung học phổ thông", "%", ["58", "62", "75"], ["trung học phổ thông"], group=G),
        Row("3", "Tỷ lệ phòng học kiên cố", "%", ["88", "90", "95"], ["phòng học kiên cố"]),
        Row("4", "Số trường học được đầu tư xây \nmới, nâng cấp", "trường", ["14", "18", "60"],
            ["trường học", "xây mới"]),
    ]
    head = "TT Chỉ tiêu ĐVT Năm 2025 \n(thực hiện)\nNăm 2026\nĐến năm \n2030"
    ann = annex("21/KH-UBND ngày 20/01/2026", "UBND tỉnh Phú Đông",
                ["MỘT SỐ CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC"], head, render_rows(rows, "top"))
    text, units, secs = plan("gd", PD, "21/KH-UBND", "Phú Đông", "ngày 20 tháng 01 năm 2026",
                             ["Phát triển giáo dục và đào tạo tỉnh Phú Đông", "năm 2026, định hướng đến năm 2030"],
                             GOAL_ANNEX, ann)
    write(2, text, expect_rows(rows, cols), units, secs, "a) b) sub-rows; mark joined with the name's first line, values joined")


# ---------------------------------------------------------------- 03 "-" rows and "+" rows
def c03():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("1", "Số lao động được tạo việc làm \nmới", "người", ["18.500", "19.000"], ["việc làm"]),
        Row("", "Trong đó:", is_group=True),
        Row("-", "Lao động đi làm việc ở nước \nngoài theo hợp đồng", "người", ["1.150", "1.300"], ["nước ngoài"]),
        Row("2", "Tỷ lệ lao động qua đào tạo", "%", ["70,5", "72"], ["qua đào tạo"]),
        Row("-", "Trong đó: có bằng cấp, chứng \nchỉ", "%", ["29", "31"], ["bằng cấp", "chứng chỉ"]),
        Row("3", "Tỷ lệ bao phủ bảo hiểm", is_group=True),
        Row("+", "Bảo hiểm y tế", "%", ["94,2", "95"], ["bảo hiểm y tế"]),
        Row("+", "Bảo hiểm xã hội bắt buộc và tự \nnguyện so với lực lượng lao \nđộng", "%", ["36", "39"],
            ["bảo hiểm xã hội"]),
        Row("+", "Bảo hiểm thất nghiệp", "%", ["27", "29,5"], ["thất nghiệp"]),
        Row("4", "Số hộ thoát nghèo trong năm", "hộ", ["1.820", "1.500"], ["thoát nghèo"]),
    ]
    head = "STT\nChỉ tiêu\nĐơn vị \ntính\nƯớc thực \nhiện năm \n2025\nKế hoạch \nnăm 2026"
    ann = annex("33/KH-UBND ngày 27/01/2026", "Ủy ban nhân dân tỉnh Hòa Nguyên",
                ["CHỈ TIÊU LAO ĐỘNG, VIỆC LÀM VÀ AN SINH XÃ HỘI NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("ld", HN, "33/KH-UBND", "Hòa Nguyên", "ngày 27 tháng 01 năm 2026",
                             ["Thực hiện công tác lao động, người có công", "và xã hội năm 2026"], GOAL_ANNEX, ann)
    write(3, text, expect_rows(rows, cols), units, secs, "'-' and '+' sub-rows alone on a line; 'Trong đó:' group")


# ---------------------------------------------------------------- 04 mark + name one line, everything on one baseline
def c04():
    cols = [Col(year="2026"), Col(year="2027"), Col(year="2028")]
    rows = [
        Row("1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%",
            ["60", "70", "80"], ["trực tuyến toàn trình"]),
        Row("2", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "%", ["90", "95", "100"],
            ["số hóa hồ sơ"]),
        Row("3", "Tỷ lệ người dân trưởng thành có danh tính số", "%", ["75", "85", "95"], ["danh tính số"]),
        Row("4", "Số nền tảng số dùng chung được đưa vào vận hành", "nền tảng", ["3", "5", "7"],
            ["nền tảng số"]),
        Row("5", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "%", ["40", "50", "60"],
            ["doanh nghiệp nhỏ và vừa"]),
        Row("6", "Tỷ trọng kinh tế số trong GRDP", "%", ["12", "14", "16"], ["kinh tế số"]),
    ]
    # name cells wide enough for one line: every cell of a row on one baseline
    head = "TT Chỉ tiêu ĐVT Năm 2026 Năm 2027 Năm 2028"
    goals = ("1. Mục tiêu chung\n" + wrap("Phát triển chính quyền số, kinh tế số, xã hội số; lấy người dân, "
             "doanh nghiệp làm trung tâm.") + "\n2. Chỉ tiêu cụ thể giai đoạn 2026 - 2028\n" + head + "\n" +
             render_rows(rows, "top"))
    text, units, secs = plan("cds", TL, "48/KH-UBND", "Tân Lĩnh", "ngày 03 tháng 02 năm 2026",
                             ["Chuyển đổi số tỉnh Tân Lĩnh giai đoạn 2026 - 2028"], goals)
    write(4, text, expect_rows(rows, cols), units, secs, "table in the body: every row on one line (one baseline)")


# ---------------------------------------------------------------- 05 name printed after its values
def c05():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("1", "Tỷ lệ dân số tham gia bảo hiểm \ny tế", "%", ["93,8", "95"], ["bảo hiểm y tế"]),
        Row("2", "Số giường bệnh trên 1 vạn dân \n(không tính trạm y tế xã)", "giường", ["32", "33,5"],
            ["giường bệnh"]),
        Row("3", "Tỷ lệ trẻ em dưới 1 tuổi được \ntiêm chủng đầy đủ các loại \nvắc xin", "%", ["96", "97"],
            ["tiêm chủng"]),
        Row("4", "Tỷ lệ suy dinh dưỡng thể thấp \ncòi ở trẻ em dưới 5 tuổi", "%", ["17,2", "16,5"],
            ["suy dinh dưỡng"]),
        Row("5", "Tỷ lệ xã đạt Bộ tiêu chí quốc \ngia về y tế", "%", ["92", "95"], ["tiêu chí quốc gia về y tế"]),
    ]
    head = "TT Chỉ tiêu ĐVT\nƯớc thực \nhiện 2025\nKế hoạch \n2026"
    ann = annex("09/KH-SYT ngày 14/01/2026", "Sở Y tế tỉnh Phú Đông",
                ["CHỈ TIÊU Y TẾ CHỦ YẾU NĂM 2026"], head, render_rows(rows, "after"))
    text, units, secs = plan("yte", ["UBND TỈNH PHÚ ĐÔNG", "SỞ Y TẾ"], "09/KH-SYT", "Phú Đông",
                             "ngày 14 tháng 01 năm 2026", ["Công tác y tế năm 2026"], GOAL_ANNEX, ann,
                             who="Sở Y tế")
    write(5, text, expect_rows(rows, cols), units, secs, "each row: unit and values on a line, then mark, then the name")


# ---------------------------------------------------------------- 06 no number column, cells one a line
def c06():
    cols = [Col(year="2026")]
    rows = [
        Row("", "Tỷ lệ đơn vị hành chính cấp xã \nđạt chuẩn tiếp cận pháp luật", "%", ["85"], ["tiếp cận pháp luật"]),
        Row("", "Số cuộc tuyên truyền, phổ biến \npháp luật trực tiếp", "cuộc", ["450"], ["tuyên truyền"]),
        Row("", "Số người được trợ giúp pháp lý", "người", ["1.200"], ["trợ giúp pháp lý"]),
        Row("", "Tỷ lệ hòa giải thành", "%", ["82"], ["hòa giải thành"]),
        Row("", "Số tổ hòa giải được kiện toàn", "tổ", ["320"], ["tổ hòa giải"]),
        Row("", "Tỷ lệ cán bộ, công chức cấp xã \nđược bồi dưỡng kiến thức pháp \nluật", "%", ["100"],
            ["bồi dưỡng kiến thức pháp luật"]),
    ]
    head = "Chỉ tiêu\nĐơn vị \ntính\nKế hoạch \nnăm 2026"
    goals = ("1. Mục tiêu chung\n" + wrap("Nâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân.") +
             "\n2. Chỉ tiêu cụ thể năm 2026\n" + head + "\n" + render_rows(rows))
    text, units, secs = plan("ktxh", PD, "12/KH-UBND", "Phú Đông", "ngày 09 tháng 01 năm 2026",
                             ["Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở", "năm 2026"], goals)
    write(6, text, expect_rows(rows, cols), units, secs, "no number column; cells one a line; in the body")


# ---------------------------------------------------------------- 07 no number column, joined
def c07():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("", "Tổng sản lượng lương thực có hạt", "tấn", ["412.000", "415.000"], ["lương thực"]),
        Row("", "Giá trị sản phẩm trên 1 ha đất trồng trọt", "triệu đồng", ["118", "125"], ["trên 1 ha"]),
        Row("", "Tỷ lệ diện tích cây trồng ứng dụng công nghệ cao", "%", ["14", "16"], ["công nghệ cao"]),
        Row("", "Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", ["86", "100"], ["OCOP"]),
        Row("", "Diện tích trồng rừng tập trung", "ha", ["2.300", "2.500"], ["trồng rừng"]),
        Row("", "Tỷ lệ che phủ rừng", "%", ["46,3", "46,6"], ["che phủ rừng"]),
    ]
    head = "Chỉ tiêu ĐVT Ước TH 2025 KH 2026"
    ann = annex("40/KH-UBND ngày 26/01/2026", "UBND tỉnh Hòa Nguyên",
                ["CHỈ TIÊU NGÀNH NÔNG NGHIỆP NĂM 2026"], head, render_rows(rows, "top"))
    text, units, secs = plan("nn", HN, "40/KH-UBND", "Hòa Nguyên", "ngày 26 tháng 01 năm 2026",
                             ["Phát triển nông nghiệp, nông thôn năm 2026"], GOAL_ANNEX, ann)
    write(7, text, expect_rows(rows, cols), units, secs, "no number column; each row on one baseline")


# ---------------------------------------------------------------- 08 unit merged over rows (printed once)
def c08():
    cols = [Col(year="2026")]
    rows = [
        Row("1", "Tỷ lệ thủ tục hành chính được \ncông khai đầy đủ, đúng hạn", "%", ["100"], ["công khai"]),
        Row("2", "Tỷ lệ hồ sơ giải quyết đúng hạn", None, ["98"], ["đúng hạn"]),
        Row("3", "Tỷ lệ hồ sơ nộp trực tuyến", None, ["70"], ["nộp trực tuyến"]),
        Row("4", "Tỷ lệ thanh toán trực tuyến phí, \nlệ phí", None, ["60"], ["thanh toán trực tuyến"]),
        Row("5", "Số kiến nghị, phản ánh quá hạn \nxử lý", "kiến nghị", ["0"], ["quá hạn"]),
        Row("6", "Số cuộc kiểm tra công tác cải \ncách hành chính", "cuộc", ["12"], ["kiểm tra"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        if t["unit"] is None:
            t["unit"] = "%"
    # "0 kiến nghị quá hạn" is an aim of none: count it as uncertain
    for t in exp:
        if t["value"] == 0:
            t["uncertain"] = True
    head = "TT\nNội dung\nĐơn vị \ntính\nChỉ tiêu \nnăm 2026"
    ann = annex("17/KH-UBND ngày 16/01/2026", "Ủy ban nhân dân tỉnh Tân Lĩnh",
                ["CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("cds", TL, "17/KH-UBND", "Tân Lĩnh", "ngày 16 tháng 01 năm 2026",
                             ["Cải cách hành chính năm 2026"], GOAL_ANNEX, ann)
    write(8, text, exp, units, secs, "ĐVT '%' merged down over rows 1-4: printed once")


# ---------------------------------------------------------------- 09 value merged over rows (printed once)
def c09():
    lines = """TT Chỉ tiêu ĐVT
Năm 
2026
Năm 
2027
1
Tỷ lệ hộ gia đình được sử dụng 
nước sạch
1.1
Khu vực đô thị
%
98
100
1.2
Khu vực nông thôn
%
72
76
2
Tỷ lệ chất thải rắn sinh hoạt được thu 
gom, xử lý
2.1
Khu vực đô thị
%
100
2.2
Khu vực nông thôn
%
3
Tỷ lệ cụm công nghiệp có hệ thống xử 
lý nước thải tập trung
%
80
90"""
    # row 2's values 100 (2026) and 100 (2027) are one cell merged over 2.1 and 2.2 and both years:
    # printed once, here after 2.1's unit.
    exp = [T(98, None, "target", "2026", ["nước sạch", "đô thị"]), T(100, None, "target", "2027", ["nước sạch", "đô thị"]),
           T(72, None, "target", "2026", ["nước sạch", "nông thôn"]), T(76, None, "target", "2027", ["nước sạch", "nông thôn"]),
           T(100, None, "target", "2026", ["chất thải rắn", "đô thị"]),
           T(100, None, "target", "2027", ["chất thải rắn", "đô thị"], uncertain=True),
           T(100, None, "target", "2026", ["chất thải rắn", "nông thôn"], uncertain=True),
           T(100, None, "target", "2027", ["chất thải rắn", "nông thôn"], uncertain=True),
           T(80, None, "target", "2026", ["cụm công nghiệp", "nước thải"]),
           T(90, None, "target", "2027", ["cụm công nghiệp", "nước thải"])]
    for t in exp:
        t["unit"] = "%"
    ann = annex("52/KH-UBND ngày 10/02/2026", "UBND tỉnh Phú Đông",
                ["CHỈ TIÊU BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026 - 2027"], lines, "")
    text, units, secs = plan("nn", PD, "52/KH-UBND", "Phú Đông", "ngày 10 tháng 02 năm 2026",
                             ["Bảo vệ môi trường tỉnh Phú Đông", "giai đoạn 2026 - 2027"], GOAL_ANNEX, ann)
    write(9, text, exp, units, secs, "one value cell merged over two sub-rows and two years, printed once")


# ---------------------------------------------------------------- 10 continued over a page break without header
def c10():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("1", "Tổng lượt khách du lịch", "lượt \nkhách", ["3.450.000", "3.800.000"], ["lượt khách"]),
        Row("2", "Trong đó: khách quốc tế", "lượt \nkhách", ["185.000", "210.000"], ["quốc tế"]),
        Row("3", "Tổng thu từ khách du lịch", "tỷ đồng", ["7.600", "8.500"], ["thu từ khách du lịch"]),
        Row("4", "Số cơ sở lưu trú du lịch được \nxếp hạng từ 3 sao trở lên", "cơ sở", ["42", "48"], ["lưu trú"]),
        Row("5", "Số điểm du lịch được công nhận \nmới", "điểm", ["4", "6"], ["điểm du lịch"]),
        Row("6", "Số lao động trực tiếp trong \nngành du lịch", "người", ["12.800", "14.000"], ["lao động"]),
        Row("7", "Số sự kiện văn hóa, thể thao, du \nlịch cấp tỉnh tổ chức trong năm", "sự kiện", ["9", "12"],
            ["sự kiện"]),
        Row("8", "Tỷ lệ di tích cấp tỉnh được tu \nbổ, tôn tạo", "%", ["35", "42"], ["di tích"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        t["unit"] = t["unit"].replace(" \n", " ")
    body = render_rows(rows[:5]) + "\n2\n" + render_rows(rows[5:])
    head = "TT Chỉ tiêu ĐVT\nƯớc thực \nhiện năm \n2025\nKế hoạch \nnăm 2026"
    ann = annex("61/KH-UBND ngày 24/02/2026", "UBND tỉnh Hòa Nguyên",
                ["CHỈ TIÊU PHÁT TRIỂN DU LỊCH NĂM 2026"], head, body)
    text, units, secs = plan("ktxh", HN, "61/KH-UBND", "Hòa Nguyên", "ngày 24 tháng 02 năm 2026",
                             ["Phát triển du lịch năm 2026"], GOAL_ANNEX, ann)
    write(10, text, exp, units, secs, "page number between rows 5 and 6, no header repeated; unit cell wrapped")


# ---------------------------------------------------------------- 11 page break inside a row's name
def c11():
    cols = [Col(year="2026")]
    rows = [
        Row("1", "Số xã đạt chuẩn nông thôn mới \nnâng cao", "xã", ["6"], ["nông thôn mới nâng cao"]),
        Row("2", "Số xã đạt chuẩn nông thôn mới \nkiểu mẫu", "xã", ["2"], ["kiểu mẫu"]),
        Row("3", "Số tiêu chí bình quân đạt được \ntrên một xã", "tiêu chí", ["18,5"], ["tiêu chí bình quân"]),
        Row("4", "Số thôn đạt chuẩn thôn nông \nthôn mới", "thôn", ["35"], ["thôn nông thôn mới"]),
        Row("5", "Tỷ lệ hộ dân nông thôn sử dụng \nnước sạch đạt chuẩn", "%", ["65"], ["nước sạch"]),
        Row("6", "Số sản phẩm OCOP được công \nnhận mới", "sản phẩm", ["25"], ["OCOP"]),
    ]
    exp = expect_rows(rows, cols)
    r = render_rows(rows).split("\n")
    # break after the first line of row 4's name: "Số thôn đạt chuẩn thôn nông "
    i = r.index("Số thôn đạt chuẩn thôn nông ")
    body = "\n".join(r[:i + 1] + ["3"] + r[i + 1:])
    head = "STT Nội dung\nĐơn vị \ntính\nChỉ tiêu \nnăm 2026"
    ann = annex("14/KH-UBND ngày 19/01/2026", "UBND tỉnh Tân Lĩnh",
                ["CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2026"], head, body)
    text, units, secs = plan("nn", TL, "14/KH-UBND", "Tân Lĩnh", "ngày 19 tháng 01 năm 2026",
                             ["Xây dựng nông thôn mới năm 2026"], GOAL_ANNEX, ann)
    write(11, text, exp, units, secs, "page number inside row 4's wrapped name")


# ---------------------------------------------------------------- 12 by year with a baseline column, years on one line
def c12():
    cols = [Col(base=True, year="2025"), Col(year="2026"), Col(year="2027"), Col(year="2028"),
            Col(year="2029"), Col(year="2030")]
    rows = [
        Row("1", "Tỷ lệ đô thị hóa", "%", ["38", "39,5", "41", "42,5", "44", "45"], ["đô thị hóa"]),
        Row("2", "Diện tích sàn nhà ở bình quân \nđầu người", "m2", ["26", "26,5", "27", "27,5", "28", "29"],
            ["nhà ở"]),
        Row("3", "Số nhà ở xã hội hoàn thành", "căn", ["600", "900", "1.200", "1.500", "1.800", "2.000"],
            ["nhà ở xã hội"]),
        Row("4", "Tỷ lệ đất giao thông trên đất \nxây dựng đô thị", "%", ["14", "15", "16", "17", "18", "19"],
            ["đất giao thông"]),
        Row("5", "Tỷ lệ dân số đô thị được cấp \nnước sạch", "%", ["95", "96", "97", "98", "99", "100"],
            ["dân số đô thị", "nước sạch"]),
    ]
    head = "TT Chỉ tiêu ĐVT\nHiện trạng \nnăm 2025\nLộ trình thực hiện\n2026 2027 2028 2029 2030"
    ann = annex("70/KH-UBND ngày 05/03/2026", "UBND tỉnh Phú Đông",
                ["LỘ TRÌNH THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN ĐÔ THỊ", "GIAI ĐOẠN 2026 - 2030"], head,
                render_rows(rows, "center"))
    text, units, secs = plan("ktxh", PD, "70/KH-UBND", "Phú Đông", "ngày 05 tháng 03 năm 2026",
                             ["Phát triển đô thị tỉnh Phú Đông", "giai đoạn 2026 - 2030"], GOAL_ANNEX, ann)
    write(12, text, expect_rows(rows, cols), units, secs, "year columns 2026-2030 under a spanning cell, baseline 'Hiện trạng năm 2025'; values joined after the name")


# ---------------------------------------------------------------- 13 by stage (giai đoạn) with the past stage's results
def c13():
    cols = [Col(base=True, year="2025"), Col(year="2030")]
    rows = [
        Row("1", "Tốc độ tăng trưởng kinh tế \n(GRDP) bình quân", "%/năm", ["6,8", "8,0 - 8,5"], ["tăng trưởng"]),
        Row("2", "GRDP bình quân đầu người \n(cuối kỳ)", "triệu đồng", ["82", "130"], ["GRDP bình quân đầu người"]),
        Row("3", "Tỷ lệ hộ nghèo theo chuẩn \nnghèo đa chiều (cuối kỳ)", "%", ["3,1", "< 1,5"], ["hộ nghèo"]),
        Row("4", "Tỷ lệ lao động nông nghiệp \ntrong tổng lao động xã hội", "%", ["38", "30"], ["lao động nông nghiệp"]),
        Row("5", "Tỷ lệ đô thị hóa", "%", ["36", "45"], ["đô thị hóa"]),
        Row("6", "Số xã đạt chuẩn nông thôn mới", "xã", ["58", "72"], ["nông thôn mới"]),
    ]
    head = ("STT Chỉ tiêu\nĐơn vị \ntính\nKết quả \nthực hiện \ngiai đoạn \n2021 - 2025\nMục tiêu \n"
            "giai đoạn \n2026 - 2030")
    ann = annex("02/KH-UBND ngày 05/01/2026", "UBND tỉnh Hòa Nguyên",
                ["CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030"], head, render_rows(rows, "cells"))
    text, units, secs = plan("ktxh", HN, "02/KH-UBND", "Hòa Nguyên", "ngày 05 tháng 01 năm 2026",
                             ["Phát triển kinh tế - xã hội 5 năm 2026 - 2030"], GOAL_ANNEX, ann)
    write(13, text, expect_rows(rows, cols), units, secs, "stage columns: past stage's results (achieved 2025) and next stage's aims (2030)")


# ---------------------------------------------------------------- 14 two stages + baseline, joined on one baseline
def c14():
    cols = [Col(base=True, year="2025"), Col(year="2027"), Col(year="2030")]
    rows = [
        Row("1", "Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", ["72", "90", "100"], ["hồ sơ sức khỏe"]),
        Row("2", "Tỷ lệ trạm y tế xã có bác sĩ làm việc", "%", ["85", "95", "100"], ["trạm y tế", "bác sĩ"]),
        Row("3", "Số bác sĩ trên 10.000 dân", "bác sĩ", ["10,5", "12", "15"], ["bác sĩ trên 10.000 dân"]),
        Row("4", "Tuổi thọ trung bình", "tuổi", ["74,2", "74,8", "75,5"], ["tuổi thọ"]),
        Row("5", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ", "%", ["55", "70", "90"], ["người cao tuổi"]),
    ]
    head = ("TT Chỉ tiêu ĐVT Hiện trạng \nnăm 2025\nGiai đoạn \n2026 - 2027\nGiai đoạn \n2028 - 2030")
    goals = ("1. Mục tiêu chung\n" + wrap("Bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân; phát triển y tế cơ sở.")
             + "\n2. Mục tiêu cụ thể theo từng giai đoạn\n" + head + "\n" + render_rows(rows, "top") +
             "\n" + wrap("Các chỉ tiêu trên được rà soát, điều chỉnh hằng năm cho phù hợp với tình hình thực tế "
                         "của địa phương."))
    text, units, secs = plan("yte", PD, "88/KH-UBND", "Phú Đông", "ngày 12 tháng 03 năm 2026",
                             ["Nâng cao sức khỏe Nhân dân tỉnh Phú Đông", "giai đoạn 2026 - 2030"], goals)
    write(14, text, expect_rows(rows, cols), units, secs, "two stage columns and a baseline, in the body, followed by prose")


# ---------------------------------------------------------------- 15 by district, totals first, measures in the header
def c15():
    cols = [Col(year="2026", measure=["trồng rừng"], unit="ha"),
            Col(year="2026", measure=["cây phân tán"], unit="nghìn cây"),
            Col(year="2026", measure=["che phủ rừng"], unit="%")]
    rows = [Row("", "Toàn tỉnh", None, ["4.850", "1.200", "47,2"], ["toàn tỉnh"])]
    names = [("Huyện Sơn Thạch", ["1.350", "250", "62,5"]), ("Huyện Bắc Hà Lâm", ["1.100", "210", "58,1"]),
             ("Huyện Đồng Xuyên", ["820", "180", "44,0"]), ("Thị xã Tân Mỹ", ["280", "190", "21,3"]),
             ("Huyện Ea Pông", ["1.300", "370", "55,7"])]
    for i, (n, v) in enumerate(names, 1):
        rows.append(Row(str(i), n, None, v, [n.split(" ", 1)[1]]))
    head = ("TT Đơn vị\nDiện tích \ntrồng rừng \ntập trung \n(ha)\nTrồng cây \nphân tán \n(nghìn cây)\n"
            "Tỷ lệ che \nphủ rừng \n(%)")
    ann = annex("11/KH-UBND ngày 15/01/2026", "UBND tỉnh Tân Lĩnh",
                ["GIAO CHỈ TIÊU TRỒNG RỪNG NĂM 2026 CHO CÁC HUYỆN, THỊ XÃ"], head, render_rows(rows, unit_col=False))
    text, units, secs = plan("nn", TL, "11/KH-UBND", "Tân Lĩnh", "ngày 15 tháng 01 năm 2026",
                             ["Trồng rừng và phát triển rừng năm 2026"], GOAL_ANNEX, ann)
    write(15, text, expect_rows(rows, cols, by_place=True), units, secs, "by district, 'Toàn tỉnh' first with no number")


# ---------------------------------------------------------------- 16 by commune, totals last, joined
def c16():
    cols = [Col(year="2026", measure=["thoát nghèo"], unit="hộ"),
            Col(year="2026", measure=["hộ nghèo"], unit="%"),
            Col(year="2026", measure=["hộ cận nghèo"], unit="%")]
    names = [("Xã Tân Hà", ["120", "3,2", "4,1"]), ("Xã Phước Lộc", ["95", "2,8", "3,9"]),
             ("Phường Đông Hải", ["40", "0,9", "1,8"]), ("Xã Ea Krông", ["210", "6,5", "7,2"]),
             ("Xã Hòa Sơn", ["130", "4,0", "5,0"])]
    rows = [Row(str(i), n, None, v, [n.split(" ", 1)[1]]) for i, (n, v) in enumerate(names, 1)]
    rows.append(Row("", "Tổng cộng", None, ["595", "2,9", "3,8"], ["tổng cộng"]))
    exp = expect_rows(rows, cols, by_place=True)
    head = ("STT Xã, phường\nSố hộ thoát \nnghèo năm \n2026 (hộ)\nTỷ lệ hộ \nnghèo cuối \nnăm 2026 (%)\n"
            "Tỷ lệ hộ cận \nnghèo cuối \nnăm 2026 (%)")
    ann = annex("25/KH-UBND ngày 22/01/2026", "UBND tỉnh Hòa Nguyên",
                ["CHỈ TIÊU GIẢM NGHÈO NĂM 2026 THEO TỪNG XÃ, PHƯỜNG"], head, render_rows(rows, "top", unit_col=False))
    text, units, secs = plan("ld", HN, "25/KH-UBND", "Hòa Nguyên", "ngày 22 tháng 01 năm 2026",
                             ["Giảm nghèo bền vững năm 2026"], GOAL_ANNEX, ann)
    write(16, text, exp, units, secs, "by commune, each row one baseline, 'Tổng cộng' last")


# ---------------------------------------------------------------- 17 unit told above ("Đơn vị tính: tỷ đồng")
def c17():
    cols = [Col(base=True, year="2025"), Col(year="2026"), Col(kind=None, unc=True)]
    rows = [
        Row("", "Tổng giá trị sản xuất", None, ["48.600", "53.200", "109,5"], ["tổng giá trị sản xuất"]),
        Row("1", "Nông, lâm nghiệp và thủy sản", None, ["14.200", "14.900", "104,9"], ["nông, lâm nghiệp"]),
        Row("2", "Công nghiệp - xây dựng", None, ["19.800", "22.300", "112,6"], ["công nghiệp"]),
        Row("3", "Thương mại - dịch vụ", None, ["14.600", "16.000", "109,6"], ["thương mại"]),
    ]
    exp = expect_rows(rows, cols, table_unit="tỷ đồng")
    for t in exp:
        if t["uncertain"] and t["kind"] is None:
            t["unit"] = "%"
            t["kind"] = "target"
            t["note"] = "So sánh (%) column: README silent, uncertain"
    head = "TT Ngành\nƯớc thực \nhiện 2025\nKế hoạch \n2026\nSo sánh \n(%)"
    ann = annex("07/KH-UBND ngày 12/01/2026", "UBND tỉnh Phú Đông",
                ["GIÁ TRỊ SẢN XUẤT CÁC NGÀNH KINH TẾ NĂM 2026", "(Theo giá so sánh năm 2010)"],
                "Đơn vị tính: tỷ đồng\n" + head, render_rows(rows, "cells", unit_col=False))
    text, units, secs = plan("ktxh", PD, "07/KH-UBND", "Phú Đông", "ngày 12 tháng 01 năm 2026",
                             ["Phát triển kinh tế năm 2026"], GOAL_ANNEX, ann)
    write(17, text, exp, units, secs, "unit told above the table; totals row first unnumbered; So sánh uncertain")


# ---------------------------------------------------------------- 18 unit in the caption
def c18():
    cols = [Col(year="2026")]
    vac = [("1", "Tiêm chủng đầy đủ cho trẻ dưới \n1 tuổi", "98", ["tiêm chủng đầy đủ"]),
           ("2", "Tiêm vắc xin Sởi - Rubella cho \ntrẻ 18 tháng tuổi", "97", ["Sởi - Rubella"]),
           ("3", "Tiêm vắc xin DPT4 cho trẻ 18 \ntháng tuổi", "95", ["DPT4"]),
           ("4", "Tiêm vắc xin uốn ván cho phụ \nnữ có thai (UV2+)", "96", ["uốn ván"]),
           ("5", "Tiêm vắc xin viêm gan B sơ \nsinh trong 24 giờ đầu", "90", ["viêm gan B"])]
    rows = [Row(m, n, None, [v], w) for m, n, v, w in vac]
    exp = expect_rows(rows, cols, table_unit="%")
    head = "TT Nội dung\nChỉ tiêu \nnăm 2026"
    ann = annex("19/KH-SYT ngày 18/01/2026", "Sở Y tế tỉnh Hòa Nguyên",
                ["CHỈ TIÊU TIÊM CHỦNG MỞ RỘNG NĂM 2026 (Đơn vị: %)"], head, render_rows(rows, unit_col=False))
    text, units, secs = plan("yte", ["UBND TỈNH HÒA NGUYÊN", "SỞ Y TẾ"], "19/KH-SYT", "Hòa Nguyên",
                             "ngày 18 tháng 01 năm 2026", ["Tiêm chủng mở rộng năm 2026"], GOAL_ANNEX, ann,
                             who="Sở Y tế")
    write(18, text, exp, units, secs, "unit told in the caption '(Đơn vị: %)'")


# ---------------------------------------------------------------- 19 aims and results columns, headers split word by word
def c19():
    cols = [Col(kind="target", year="2025", unc=True), Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("1", "Số đoàn viên công đoàn kết \nnạp mới", "đoàn viên", ["1.500", "1.642", "1.600"], ["kết nạp mới"]),
        Row("2", "Số công đoàn cơ sở thành lập \nmới", "công đoàn \ncơ sở", ["12", "15", "14"], ["thành lập mới"]),
        Row("3", "Tỷ lệ công đoàn cơ sở xếp loại \nhoàn thành tốt nhiệm vụ", "%", ["75", "78,4", "80"],
            ["hoàn thành tốt"]),
        Row("4", "Số đoàn viên được giới thiệu \ncho Đảng xem xét kết nạp", "đoàn viên", ["400", "455", "450"],
            ["giới thiệu", "Đảng"]),
        Row("5", "Tỷ lệ doanh nghiệp có tổ chức \nđối thoại tại nơi làm việc", "%", ["70", "72", "75"],
            ["đối thoại"]),
    ]
    exp = expect_rows(rows, cols)
    for t in exp:
        t["unit"] = t["unit"].replace(" \n", " ")
    head = ("TT\nChỉ \ntiêu\nĐơn \nvị \ntính\nChỉ \ntiêu \ngiao \nnăm \n2025\nKết \nquả \nthực \nhiện \nnăm \n2025\n"
            "Chỉ \ntiêu \nnăm \n2026")
    ann = annex("03/KH-LĐLĐ ngày 10/01/2026", "Liên đoàn Lao động tỉnh Tân Lĩnh",
                ["CHỈ TIÊU CÔNG TÁC CÔNG ĐOÀN NĂM 2026"], head, render_rows(rows))
    text, units, secs = plan("ktxh", ["LIÊN ĐOÀN LAO ĐỘNG", "TỈNH TÂN LĨNH"], "03/KH-LĐLĐ", "Tân Lĩnh",
                             "ngày 10 tháng 01 năm 2026", ["Hoạt động công đoàn năm 2026"], GOAL_ANNEX, ann,
                             units=False, who="Ban Thường vụ Liên đoàn Lao động tỉnh")
    write(19, text, exp, units, secs, "last year's aims (uncertain), last year's results (achieved), next year's aims; header split word by word")


# ---------------------------------------------------------------- 20 pypdfium2: name's last line joined with its values
def c20():
    cols = [Col(base=True, year="2025"), Col(year="2026")]
    rows = [
        Row("1", "Chỉ số cải cách hành chính \n(PAR Index) của tỉnh", "điểm", ["86,4", "88"], ["PAR Index"]),
        Row("2", "Chỉ số hài lòng của người dân \nđối với sự phục vụ của cơ quan \nhành chính (SIPAS)", "%",
            ["82,6", "85"], ["SIPAS"]),
        Row("3", "Chỉ số năng lực cạnh tranh \ncấp tỉnh (PCI)", "điểm", ["64,2", "66"], ["PCI"]),
        Row("4", "Chỉ số hiệu quả quản trị và \nhành chính công (PAPI)", "điểm", ["42,5", "44"], ["PAPI"]),
        Row("5", "Chỉ số chuyển đổi số cấp tỉnh \n(DTI)", "điểm", ["0,52", "0,6"], ["DTI"]),
    ]
    head = "STT Chỉ số\nĐơn vị \ntính\nKết quả \nnăm 2025\nMục tiêu \nnăm 2026"
    ann = annex("29/KH-UBND ngày 02/02/2026", "UBND tỉnh Tân Lĩnh",
                ["MỤC TIÊU CÁC CHỈ SỐ NĂM 2026"], head, render_rows(rows, "tail"))
    text, units, secs = plan("cds", TL, "29/KH-UBND", "Tân Lĩnh", "ngày 02 tháng 02 năm 2026",
                             ["Nâng cao các chỉ số PAR Index, SIPAS, PCI,", "PAPI, DTI năm 2026"], GOAL_ANNEX, ann)
    write(20, text, expect_rows(rows, cols), units, secs, "pypdfium2: the name's last line carries unit and values")


for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20]:
    f()
