"""Rules of the twenty-first session, each on a made-up text."""
from pipeline import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\nSố: 57/KH-UBND\nHòa Sơn, ngày 12 tháng 12 năm 2025\nKẾ HOẠCH\n"
         "{title}\n")
_SCHOOLS = _HEAD.format(title="Phát triển giáo dục mầm non năm học 2026 - 2027") + \
    "I. MỤC TIÊU\nNâng cao chất lượng giáo dục mầm non.\nPHỤ LỤC\nCHỈ TIÊU GIÁO DỤC MẦM NON THEO XÃ\n"


def _aims(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.deadline, t.indicator) for t in extract(text=text).targets]


def _one_cell_a_line(rows: list[list[str]]) -> str:
    # The legal-database rendering: every bar and every cell on its own line, a row ending in an
    # empty segment, cells merged down or across left out.
    return "|\n" + "".join("".join(f"{c}\n|\n" if c else "|\n" for c in row) + "|\n" for row in rows)


_THREE_ROWS = [["**TT**", "**Xã**", "**Chỉ tiêu năm học 2026 - 2027**", "**Ghi chú**"],
               ["**Tỷ lệ huy động trẻ em ra lớp (%)**", "**Số trường đạt chuẩn quốc gia (trường)**"],
               ["**Nhà trẻ**", "**Mẫu giáo**", "**Trẻ 5 tuổi**"]]
_EXPECTED = [
    (40.8, "%", "2027", "Tỷ lệ huy động trẻ em ra lớp Nhà trẻ Xã An Phú"),
    (93.6, "%", "2027", "Tỷ lệ huy động trẻ em ra lớp Mẫu giáo Xã An Phú"),
    (100, "%", "2027", "Tỷ lệ huy động trẻ em ra lớp Trẻ 5 tuổi Xã An Phú"),
    (5, "trường", "2027", "Số trường đạt chuẩn quốc gia Xã An Phú"),
    (35.4, "%", "2027", "Tỷ lệ huy động trẻ em ra lớp Nhà trẻ Xã Bình Lợi"),
    (95.9, "%", "2027", "Tỷ lệ huy động trẻ em ra lớp Mẫu giáo Xã Bình Lợi"),
    (100, "%", "2027", "Tỷ lệ huy động trẻ em ra lớp Trẻ 5 tuổi Xã Bình Lợi"),
    (4, "trường", "2027", "Số trường đạt chuẩn quốc gia Xã Bình Lợi")]


def test_a_header_of_three_rows_one_cell_a_line():
    # Its first two rows make the table's width by chance (4 cells, an empty segment, 2 cells):
    # they were joined as one row and the table lost. Each cell of the upper rows either stands
    # over one column or spans the cells under it; the unit of a spanning cell goes to its parts.
    text = _SCHOOLS + _one_cell_a_line(_THREE_ROWS + [
        ["1", "Xã An Phú", "40,8", "93,6", "100", "5", "Có điểm trường lẻ"],
        ["2", "Xã Bình Lợi", "35,4", "95,9", "100", "4", ""]])
    assert _aims(text) == _EXPECTED


def test_a_header_of_three_rows_in_pipes_keeps_its_unit_last():
    # The same header as pipes, its merged cells empty: "Tỷ lệ huy động trẻ em ra lớp (%)" over
    # "Nhà trẻ" read "… (%) Nhà trẻ", its unit lost with the column's three aims of each row.
    text = _SCHOOLS + (
        "| TT | Xã | Chỉ tiêu năm học 2026 - 2027 | | | | Ghi chú |\n|---|---|---|---|---|---|---|\n"
        "| | | Tỷ lệ huy động trẻ em ra lớp (%) | | | Số trường đạt chuẩn quốc gia (trường) | |\n"
        "| | | Nhà trẻ | Mẫu giáo | Trẻ 5 tuổi | | |\n"
        "| 1 | Xã An Phú | 40,8 | 93,6 | 100 | 5 | Có điểm trường lẻ |\n"
        "| 2 | Xã Bình Lợi | 35,4 | 95,9 | 100 | 4 | |\n")
    assert _aims(text) == _EXPECTED


def test_a_header_of_three_rows_with_measures_merged_down_in_its_second():
    # "Ước thực hiện năm 2025" spans two measures merged down over the third row; "Kế hoạch năm
    # 2026" spans two crops, each over two measures: the cells naming a unit stand over a column
    # each, the crops span the measures.
    text = _HEAD.format(title="Sản xuất lương thực năm 2026") + "I. MỤC TIÊU\nBảo đảm an ninh lương thực.\n" \
        "PHỤ LỤC\nCHỈ TIÊU SẢN XUẤT LƯƠNG THỰC NĂM 2026\n" + _one_cell_a_line([
            ["**TT**", "**Xã**", "**Ước thực hiện năm 2025**", "**Kế hoạch năm 2026**", "**Ghi chú**"],
            ["**Diện tích gieo trồng (ha)**", "**Sản lượng lương thực (tấn)**", "**Cây lúa**", "**Cây ngô**"],
            ["**Diện tích (ha)**", "**Sản lượng (tấn)**", "**Diện tích (ha)**", "**Sản lượng (tấn)**"],
            ["1", "Xã An Phú", "3.715", "23.106", "2.860", "17.532", "962", "5.363", ""],
            ["2", "Xã Bình Lợi", "2.670", "14.666", "1.132", "6.988", "1.454", "7.766", ""],
            ["3", "Xã Cát Tiên", "1.980", "11.204", "1.410", "8.612", "570", "3.040", ""]])
    got = [(v, u, d, i) for v, u, d, i in _aims(text) if d == "2026"]
    assert got == [
        (2860, "ha", "2026", "Cây lúa Diện tích Xã An Phú"),
        (17532, "tấn", "2026", "Cây lúa Sản lượng Xã An Phú"),
        (962, "ha", "2026", "Cây ngô Diện tích Xã An Phú"),
        (5363, "tấn", "2026", "Cây ngô Sản lượng Xã An Phú"),
        (1132, "ha", "2026", "Cây lúa Diện tích Xã Bình Lợi"),
        (6988, "tấn", "2026", "Cây lúa Sản lượng Xã Bình Lợi"),
        (1454, "ha", "2026", "Cây ngô Diện tích Xã Bình Lợi"),
        (7766, "tấn", "2026", "Cây ngô Sản lượng Xã Bình Lợi"),
        (1410, "ha", "2026", "Cây lúa Diện tích Xã Cát Tiên"),
        (8612, "tấn", "2026", "Cây lúa Sản lượng Xã Cát Tiên"),
        (570, "ha", "2026", "Cây ngô Diện tích Xã Cát Tiên"),
        (3040, "tấn", "2026", "Cây ngô Sản lượng Xã Cát Tiên")]


_EXPORTS = _HEAD.format(title="Phát triển xuất khẩu giai đoạn 2026 - 2030") + \
    "I. MỤC TIÊU\nTăng kim ngạch xuất khẩu.\nII. TỔ CHỨC THỰC HIỆN\nSở Công Thương chủ trì.\n" \
    "PHỤ LỤC\n{title}\n"


def test_a_product_merged_down_over_its_measures_one_cell_a_line():
    # "TT | Mặt hàng | Chỉ tiêu | ĐVT | years": the second and third measures of a product print
    # only "Chỉ tiêu | ĐVT | values", their number and product merged down and left out. They were
    # put one column too far left (the unit read as the measure, the measure lost); the product
    # is what the measure is of, in the indicator.
    rows = [["**TT**", "**Mặt hàng**", "**Chỉ tiêu**", "**ĐVT**", "**Năm 2026**", "**Năm 2030**"]]
    for n, (product, volume, value, price) in enumerate([
            ("Hạt điều nhân", ("48.000", "56.000"), ("295", "378"), ("6.150", "6.750")),
            ("Hồ tiêu", ("9.200", "10.500"), ("46", "59"), ("5.000", "5.600")),
            ("Cà phê nhân", ("31.000", "36.000"), ("118", "151"), ("3.800", "4.200"))], 1):
        rows += [[str(n), product, "Sản lượng xuất khẩu", "Tấn", *volume],
                 ["Kim ngạch xuất khẩu", "Triệu USD", *value],
                 ["Giá xuất khẩu bình quân", "USD/tấn", *price]]
    text = _EXPORTS.format(title="CHỈ TIÊU XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC") + _one_cell_a_line(rows)
    got = _aims(text)
    assert len(got) == 18
    assert got[:6] == [
        (48000, "Tấn", "2026", "Sản lượng xuất khẩu Hạt điều nhân"),
        (56000, "Tấn", "2030", "Sản lượng xuất khẩu Hạt điều nhân"),
        (295, "Triệu USD", "2026", "Kim ngạch xuất khẩu Hạt điều nhân"),
        (378, "Triệu USD", "2030", "Kim ngạch xuất khẩu Hạt điều nhân"),
        (6150, "USD/tấn", "2026", "Giá xuất khẩu bình quân Hạt điều nhân"),
        (6750, "USD/tấn", "2030", "Giá xuất khẩu bình quân Hạt điều nhân")]
    assert got[-1] == (4200, "USD/tấn", "2030", "Giá xuất khẩu bình quân Cà phê nhân")


def test_a_market_column_beside_the_products_names_the_aim():
    # "Mặt hàng | Thị trường" over measures by year: the market was no part of the indicator, so
    # each product's markets read alike ("Sản lượng Cà phê nhân").
    text = _EXPORTS.format(title="MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC THEO THỊ TRƯỜNG") + (
        "| TT | Mặt hàng | Thị trường | Sản lượng (tấn) |  | Kim ngạch (triệu USD) |  |\n"
        "|---|---|---|---|---|---|---|\n"
        "|  |  |  | 2026 | 2030 | 2026 | 2030 |\n"
        "| 1 | Cà phê nhân | EU | 18.000 | 24.000 | 72 | 101 |\n"
        "| Hoa Kỳ | 9.500 | 13.000 | 38 | 55 |\n"
        "| 2 | Hạt điều nhân | Hoa Kỳ | 7.200 | 9.000 | 52 | 68 |\n"
        "| Trung Quốc | 5.400 | 7.500 | 36 | 52 |\n")
    assert _aims(text)[:8] == [
        (18000, "tấn", "2026", "Sản lượng Cà phê nhân EU"), (24000, "tấn", "2030", "Sản lượng Cà phê nhân EU"),
        (72, "triệu USD", "2026", "Kim ngạch Cà phê nhân EU"), (101, "triệu USD", "2030", "Kim ngạch Cà phê nhân EU"),
        (9500, "tấn", "2026", "Sản lượng Cà phê nhân Hoa Kỳ"), (13000, "tấn", "2030", "Sản lượng Cà phê nhân Hoa Kỳ"),
        (38, "triệu USD", "2026", "Kim ngạch Cà phê nhân Hoa Kỳ"),
        (55, "triệu USD", "2030", "Kim ngạch Cà phê nhân Hoa Kỳ")]


def test_an_annex_of_years_as_rows_is_one_of_aims():
    # "Năm | measures (unit)" over "Năm 2026 | …" under a title naming no aims ("LỘ TRÌNH …",
    # "KẾ HOẠCH … THEO TỪNG NĂM"): the table was left unread; each row's year is its deadline.
    text = _EXPORTS.format(title="KẾ HOẠCH PHÁT TRIỂN NGÀNH CAO SU THEO TỪNG NĂM") + (
        "| Năm | Diện tích cao su khai thác (ha) | Sản lượng mủ cao su (tấn) |\n|---|---|---|\n"
        "| Năm 2026 | 24.500 | 38.200 |\n| Năm 2027 | 25.000 | 39.500 |\n")
    assert _aims(text) == [
        (24500, "ha", "2026", "Diện tích cao su khai thác"), (38200, "tấn", "2026", "Sản lượng mủ cao su"),
        (25000, "ha", "2027", "Diện tích cao su khai thác"), (39500, "tấn", "2027", "Sản lượng mủ cao su")]


_PROGRAMME = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 812/QĐ-BVHTTDL\nHà Nội, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
              "Chuyển đổi số ngành văn hóa năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n"
              "II. NHIỆM VỤ CỤ THỂ\n")


def _pairs(text: str) -> list[tuple[str, str]]:
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)


def test_a_department_name_goes_on_past_a_comma_before_its_fields_in_a_cell():
    # "Cục Phát thanh, truyền hình và thông tin điện tử", "Cục Quản lý, giám sát tổ chức tín dụng":
    # the piece after the comma opens in lower case and names no body: the name goes on (it was
    # cut at the comma). A class after the comma ("các sở, ngành") is a unit of its own.
    text = _PROGRAMME + (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Sản xuất chương trình quảng bá văn hóa | Cục Phát thanh, truyền hình và thông tin điện tử "
        "| Cục Quản lý, giám sát tổ chức tín dụng, các sở, ngành | Năm 2026 |\n")
    assert _pairs(text) == [("Cục Phát thanh, truyền hình và thông tin điện tử", "lead"),
                            ("Cục Quản lý, giám sát tổ chức tín dụng", "coordinate"),
                            ("các sở, ngành", "coordinate")]


def test_state_corporations_are_units_in_prose_and_keep_their_dash_in_cells():
    # "Tập đoàn …", "Tổng công ty …" gave nothing outside a table; "Tập đoàn Công nghiệp - Viễn
    # thông Quân đội" in a cell must not split at its dash ("Viễn thông" also heads bodies).
    text = _PROGRAMME + (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Phủ sóng 5G các khu công nghiệp | Tập đoàn Công nghiệp - Viễn thông Quân đội | Cục Viễn thông | 2026 |\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "- **Tập đoàn Điện lực Việt Nam, Tổng công ty Bưu điện Việt Nam:** triển khai các dự án được giao.\n")
    assert _pairs(text) == [("Cục Viễn thông", "coordinate"), ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "lead"),
                            ("Tập đoàn Điện lực Việt Nam", "execute"), ("Tổng công ty Bưu điện Việt Nam", "execute")]


def test_a_national_committee_keeps_its_matter():
    # "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Ban Chỉ đạo quốc gia chống buôn lậu, …"
    # (no "về"), and a matter closing the clause were all cut to "Ban Chỉ đạo quốc gia".
    text = _PROGRAMME + (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Chỉ đạo quốc gia về phòng, chống thiên tai theo dõi việc thực hiện.\n"
        "2. Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả theo dõi, đôn đốc các bộ.\n")
    assert _pairs(text) == [
        ("Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", "execute"),
        ("Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", "monitor"),
        ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "execute"),
        ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "monitor")]


def test_a_column_of_office_holders_responsible_for_leading_leads():
    # "Người chịu trách nhiệm chủ trì" opens with an execute column's words; its last words say lead.
    text = _PROGRAMME + (
        "| STT | Nhiệm vụ | Người chịu trách nhiệm chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
        "| 1 | Hoàn thành giải phóng mặt bằng | Bộ trưởng Bộ Xây dựng | Bộ Tài chính | Quý IV/2026 |\n")
    assert _pairs(text) == [("Bộ Tài chính", "coordinate"), ("Bộ trưởng Bộ Xây dựng", "lead")]


def test_a_table_ending_the_document_keeps_its_last_cell_over_lines():
    # The last cell of a table written one cell a line at the very end, "Bộ Công an; Ngân hàng
    # Phát triển Việt\nNam", then its bar: the bar was cut off with the page's trailing lines and
    # the row lost its cell.
    text = _PROGRAMME + _one_cell_a_line([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Phối hợp thực hiện"],
        ["1", "Xây dựng cơ sở dữ liệu về nợ công", "Bộ Tài chính", "Bộ Công an; Ngân hàng Phát triển Việt\nNam"]])
    text = text[:text.rstrip("|\n").rfind("\n") + 1] + "Nam\n|"
    assert _pairs(text) == [("Bộ Công an", "coordinate"), ("Bộ Tài chính", "lead"),
                            ("Ngân hàng Phát triển Việt Nam", "coordinate")]


def test_a_striven_share_of_a_total_outside_the_aims_section():
    # "phấn đấu … đạt 65% tổng số hồ sơ …" under a heading of content: "tổng số" after the value
    # read as a cue of past figures dropped the aim.
    text = _HEAD.format(title="Thi đua chào mừng cuộc bầu cử") + (
        "III. NỘI DUNG THI ĐUA\nThi đua trên các lĩnh vực.\n\n"
        "đ) Lĩnh vực cải cách hành chính: thi đua nâng cao chất lượng phục vụ người dân; phấn đấu tỷ lệ hồ sơ "
        "trực tuyến toàn trình đạt 65% tổng số hồ sơ thủ tục hành chính tiếp nhận.\n")
    assert [(v, u, i) for v, u, _, i in _aims(text)] == [(65, "%", "tỷ lệ hồ sơ trực tuyến toàn trình")]


def test_a_class_of_ministries_over_its_kinds_is_one_unit_in_a_cell():
    # "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" was three units; a kind singled out at
    # length after a comma stays a unit of its own.
    text = _PROGRAMME + (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Rà soát thủ tục hành chính | Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ | Văn phòng Chính phủ "
        "| Năm 2026 |\n"
        "| 2 | Báo cáo kết quả | Các bộ, ngành, cơ quan thuộc Chính phủ có liên quan đến khoáng sản | Bộ Tư pháp "
        "| Năm 2026 |\n")
    assert _pairs(text) == [("Bộ Tư pháp", "coordinate"),
                            ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "lead"),
                            ("Các bộ, ngành", "lead"),
                            ("Văn phòng Chính phủ", "coordinate"),
                            ("cơ quan thuộc Chính phủ có liên quan đến khoáng sản", "lead")]


def test_parts_of_a_group_whose_numbers_are_left_empty_one_cell_a_line():
    # "A | TỔNG KIM NGẠCH XUẤT KHẨU | … | 11,3", then "Trong đó:" and "- Doanh nghiệp trong nước"
    # rows, their number cell empty: the empty segment read as one more column made every row
    # shift; a unit alone under its product's second measure goes under the unit column.
    rows = [["**TT**", "**Chỉ tiêu**", "**Đơn vị tính**", "**Ước thực hiện năm 2025**", "**Kế hoạch năm 2026**",
             "**Mục tiêu năm 2030**"],
            ["**A**", "**TỔNG KIM NGẠCH XUẤT KHẨU**", "**Triệu USD**", "**1.052**", "**1.160**", "**1.800**"],
            ["", "*Trong đó:*", "", "", "", ""],
            ["", "- Doanh nghiệp trong nước", "Triệu USD", "552", "606", "972"],
            ["", "- Tinh bột sắn", "Nghìn tấn", "142", "148", "170"],
            ["Triệu USD", "71", "75", "92"],
            ["", "- Cà phê", "Triệu USD", "58", "63", "84"]]
    text = _EXPORTS.format(title="KẾ HOẠCH KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG") + _one_cell_a_line(rows)
    got = [(v, u, d) for v, u, d, _ in _aims(text) if d == "2030"]
    assert got == [(1800, "Triệu USD", "2030"), (972, "Triệu USD", "2030"), (170, "Nghìn tấn", "2030"),
                   (92, "Triệu USD", "2030"), (84, "Triệu USD", "2030")]


def test_a_header_row_of_units_in_brackets_under_measures_by_year():
    # "Kế hoạch năm 2026 | Mục tiêu đến năm 2030" over three measures each, over "(Triệu USD) |
    # (Doanh nghiệp, HTX) | …": the units got a second pair of brackets and were lost.
    rows = [["**TT**", "**Xã, phường**", "**Kế hoạch năm 2026**", "**Mục tiêu đến năm 2030**"],
            ["**Kim ngạch xuất khẩu**", "**Số doanh nghiệp có hàng xuất khẩu**"] * 2,
            ["*(Triệu USD)*", "*(Doanh nghiệp)*"] * 2,
            ["1", "Phường Đông Hà", "145", "52", "215", "68"],
            ["2", "Phường Đồng Hới", "168", "61", "250", "80"]]
    text = _EXPORTS.format(title="CHỈ TIÊU XUẤT KHẨU THEO XÃ, PHƯỜNG") + _one_cell_a_line(rows)
    got = _aims(text)
    assert got[:3] == [
        (145, "Triệu USD", "2026", "Kim ngạch xuất khẩu Phường Đông Hà"),
        (52, "Doanh nghiệp", "2026", "Số doanh nghiệp có hàng xuất khẩu Phường Đông Hà"),
        (215, "Triệu USD", "2030", "Kim ngạch xuất khẩu Phường Đông Hà")]
    # (The last column's indicator keeps a word of its year's cell: "… xuất khẩu Mục tiêu Phường
    # Đông Hà"; still weak.)
    assert got[3][:3] == (68, "Doanh nghiệp", "2030") and len(got) == 8


def test_an_annex_of_areas_by_commune_under_a_plan_title_with_its_year():
    # "KẾ HOẠCH DIỆN TÍCH GIEO TRỒNG … NĂM 2026 THEO ĐỊA BÀN", "Đơn vị tính: ha", no year in the
    # columns: the table was left unread (no word of aims in its title); "Trong đó" alone spans the
    # crops beside "Tổng diện tích gieo trồng" (one cell a line put the crops one column left).
    rows = [["**TT**", "**Xã, phường**", "**Tổng diện tích gieo trồng**", "**Trong đó**"],
            ["**Lúa**", "**Ngô**", "**Rau, đậu các loại**"],
            ["", "Toàn tỉnh", "96.400", "61.800", "14.300", "9.600"],
            ["1", "Xã Đông Phước", "18.200", "12.400", "2.600", "1.750"]]
    text = _HEAD.format(title="Sản xuất trồng trọt năm 2026") + "I. MỤC TIÊU\nBảo đảm an ninh lương thực.\n" \
        "PHỤ LỤC\nKẾ HOẠCH DIỆN TÍCH GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN\n*Đơn vị tính: ha*\n" \
        + _one_cell_a_line(rows)
    got = _aims(text)
    assert [(v, u, d) for v, u, d, _ in got] == [
        (96400, "ha", "2026"), (61800, "ha", "2026"), (14300, "ha", "2026"), (9600, "ha", "2026"),
        (18200, "ha", "2026"), (12400, "ha", "2026"), (2600, "ha", "2026"), (1750, "ha", "2026")]
    assert "Lúa" in got[1][3] and "Ngô" in got[2][3] and "Rau, đậu" in got[3][3]


_INDUSTRY = _HEAD.format(title="Phát triển công nghiệp giai đoạn 2026 - 2028") + \
    "I. MỤC TIÊU\nPhát triển công nghiệp bền vững.\nPHỤ LỤC\n"


def test_footnote_marks_ranges_and_a_second_table_under_its_own_unit_line():
    # "Năm 2028[1]" lost its column and "45[3]" its cell; "70÷75" is a range; Biểu 02's unit line
    # was read with Biểu 01's last row before it, and the table lost.
    text = _INDUSTRY + (
        "**Biểu 01. CHỈ TIÊU PHÁT TRIỂN ĐÔ THỊ**\n\n"
        "| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2028[1] |\n|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ đô thị hóa | % | 42 | 45[3] |\n"
        "| 2 | Tỷ lệ người dân thanh toán không dùng tiền mặt | % | 70÷75 | 80÷85 |\n\n"
        "**Biểu 02. KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG**\n\n*Đơn vị tính: Triệu USD*\n\n"
        "| TT | Nhóm hàng | Năm 2026 | Năm 2027 | Năm 2028 |\n|---|---|---|---|---|\n"
        "| 1 | Nhóm hàng nông, lâm, thủy sản | 1.020 | 1.090 | 1.170 |\n"
        "| 2 | Nhóm hàng công nghiệp chế biến | 1.210 | 1.360 | 1.530 |\n")
    got = [(t.value, t.until, t.unit, t.deadline) for t in extract(text=text).targets]
    assert got == [(42, None, "%", "2026"), (45, None, "%", "2028"), (70, 75, "%", "2026"), (80, 85, "%", "2028"),
                   (1020, None, "Triệu USD", "2026"), (1090, None, "Triệu USD", "2027"),
                   (1170, None, "Triệu USD", "2028"), (1210, None, "Triệu USD", "2026"),
                   (1360, None, "Triệu USD", "2027"), (1530, None, "Triệu USD", "2028")]


def test_a_list_whose_title_also_names_aims_is_read():
    # "DANH MỤC … VÀ CHỈ TIÊU KIM NGẠCH XUẤT KHẨU": a list by its title's first word, but it names
    # aims too; its enterprises' export values by year were left unread.
    text = _EXPORTS.format(title="DANH MỤC DOANH NGHIỆP XUẤT KHẨU CHỦ LỰC VÀ CHỈ TIÊU KIM NGẠCH XUẤT KHẨU") + (
        "| TT | Tên doanh nghiệp | Mặt hàng chủ lực | Kim ngạch xuất khẩu (triệu USD) |  | Thị trường chính |\n"
        "|---|---|---|---|---|---|\n"
        "|  |  |  | Năm 2026 | Năm 2030 |  |\n"
        "| 1 | Công ty Cổ phần Cà phê Hòa Phong | Cà phê nhân | 82 | 110 | EU, Nhật Bản |\n"
        "| 2 | Công ty TNHH Nông sản Tân Lộc | Hạt điều nhân | 64 | 80 | Hoa Kỳ |\n")
    assert [(v, u, d) for v, u, d, _ in _aims(text)] == [
        (82, "triệu USD", "2026"), (110, "triệu USD", "2030"), (64, "triệu USD", "2026"), (80, "triệu USD", "2030")]


def test_money_raised_is_an_aim_money_by_source_is_not_and_a_list_of_the_plan_s_years_is_read():
    # "Vốn FDI thu hút" is no budget; rows of money sources ("Ngân sách trung ương | Ngân sách tỉnh")
    # are; a list ("DANH SÁCH …") whose columns hold the plan's years sets aims.
    attracted = _EXPORTS.format(title="THU HÚT ĐẦU TƯ VÀO CÁC KHU CÔNG NGHIỆP ĐẾN NĂM 2030") + (
        "| TT | Khu công nghiệp | Vốn FDI thu hút (triệu USD) | Số dự án thu hút mới (dự án) |\n|---|---|---|---|\n"
        "| 1 | Khu công nghiệp Nam Cầu | 450 | 12 |\n| 2 | Khu công nghiệp Bắc Sơn | 300 | 8 |\n")
    assert [(v, u, d) for v, u, d, _ in _aims(attracted)] == [
        (450, "triệu USD", "2030"), (12, "dự án", "2030"), (300, "triệu USD", "2030"), (8, "dự án", "2030")]
    sources = _EXPORTS.format(title="PHÂN KỲ THỰC HIỆN THEO TỪNG NĂM") + "*Đơn vị tính: tỷ đồng*\n\n" + (
        "| TT | Nguồn | Năm 2026 | Năm 2027 |\n|---|---|---|---|\n"
        "| 1 | Ngân sách trung ương | 150 | 160 |\n| 2 | Ngân sách tỉnh | 80 | 90 |\n"
        "| 3 | Vốn doanh nghiệp | 300 | 350 |\n")
    assert _aims(sources) == []
    listed = _EXPORTS.format(title="DANH SÁCH XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI") + (
        "| TT | Xã | Số tiêu chí đạt năm 2026 (tiêu chí) |\n|---|---|---|\n"
        "| 1 | Xã Tân Lập | 19 |\n| 2 | Xã Hòa Bình | 17 |\n")
    assert [(v, u, d) for v, u, d, _ in _aims(listed)] == [(19, "tiêu chí", "2026"), (17, "tiêu chí", "2026")]


def test_an_opening_phrase_with_commas_before_a_capitalised_subject():
    # "Căn cứ chức năng, nhiệm vụ được giao, Bộ Quốc phòng, Bộ Công an …", "Trước ngày 30 tháng 9
    # năm 2026, Bộ Công Thương …": the subject after the phrase was lost.
    text = _PROGRAMME + (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Căn cứ chức năng, nhiệm vụ được giao, Bộ Quốc phòng, Bộ Công an xây dựng phương án bảo đảm an ninh.\n"
        "2. Trước ngày 30 tháng 9 năm 2026, Bộ Tư pháp hoàn thành việc rà soát văn bản.\n")
    assert _pairs(text) == [("Bộ Công an", "execute"), ("Bộ Quốc phòng", "execute"), ("Bộ Tư pháp", "execute")]


def test_bodies_after_with_the_coordination_of_coordinate():
    text = _PROGRAMME + (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Tư pháp chủ trì, với sự phối hợp của Bộ Nội vụ, Văn phòng Chính phủ, hoàn thiện dự thảo Nghị định.\n")
    assert _pairs(text) == [("Bộ Nội vụ", "coordinate"), ("Bộ Tư pháp", "execute"), ("Bộ Tư pháp", "lead"),
                            ("Văn phòng Chính phủ", "coordinate")]
