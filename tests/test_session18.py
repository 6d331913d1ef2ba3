"""Rules of the eighteenth session, each on a made-up text: committees named by the matter they
steer."""
from pipeline import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 05 tháng 4 năm 2026\nKẾ HOẠCH\n"
         "{title}\n")
_IMPL = _HEAD.format(title="Chuyển đổi số năm 2026") + "I. MỤC TIÊU\nBảo đảm tiến độ.\nII. TỔ CHỨC THỰC HIỆN\n"


def _pairs(text: str) -> list[tuple[str, str]]:
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)


def test_a_committee_named_by_its_matter_runs_to_its_place():
    # The tagger calls the matter's words verbs ("phát triển", "đổi mới"): the name was cut after
    # "Ban Chỉ đạo"; the place closes it, with its proper name or after "của".
    text = _IMPL + (
        "1. Sở Xây dựng chủ trì theo dõi. Định kỳ hằng năm báo cáo kết quả thực hiện về Sở Xây dựng để tổng"
        " hợp báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng"
        " tạo và chuyển đổi số tỉnh An Giang.\n"
        "2. Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và đề án 06 của"
        " tỉnh theo dõi, giám sát việc thực hiện.\n"
        "3. Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh chỉ đạo các xã.\n")
    assert _pairs(text) == [
        ("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và đề án 06 của tỉnh",
         "execute"),
        ("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và đề án 06 của tỉnh",
         "monitor"),
        ("Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh", "execute"),
        ("Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh An Giang",
         "report"),
        ("Sở Xây dựng", "execute"), ("Sở Xây dựng", "lead"), ("Sở Xây dựng", "monitor"), ("Sở Xây dựng", "report"),
        ("các xã", "execute"), ("Ủy ban nhân dân tỉnh", "report")]


def test_what_is_reported_to_a_committee_is_no_part_of_its_name():
    # "về kết quả …" is what is reported; a committee with no matter before its verb keeps its name.
    # Nor is a duty's verb and the task after it ("có trách nhiệm thẩm định …", 11_QD of the legacy scans).
    text = _IMPL + ("1. Các sở báo cáo Ban Chỉ đạo tỉnh về kết quả thực hiện.\n"
                    "2. Ban Chỉ đạo tỉnh chỉ đạo xây dựng kế hoạch của tỉnh.\n"
                    "3. Hội đồng có trách nhiệm thẩm định, đánh giá Chỉ số cải cách hành chính của các cơ quan"
                    " chuyên môn thuộc Ủy ban nhân dân tỉnh.\n")
    assert _pairs(text) == [("Ban Chỉ đạo tỉnh", "execute"), ("Ban Chỉ đạo tỉnh", "report"), ("Các sở", "execute"),
                            ("Hội đồng", "execute")]


def test_a_central_committee_s_matter_runs_to_the_clause_s_end():
    # After its level ("Trung ương") and "về", the matter ends at the clause's end or a stop.
    # (Reports to it are read as before: "báo cáo X về …" is as often what is reported.)
    text = _IMPL + ("1. Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển"
                    " đổi số theo dõi, đôn đốc thực hiện.\n"
                    "2. Các bộ báo cáo Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới"
                    " sáng tạo và chuyển đổi số.\n")
    central = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    assert _pairs(text) == [("Ban Chỉ đạo Trung ương", "report"), (central, "execute"), (central, "monitor"),
                            ("Các bộ", "execute")]


def _cells(*rows: list[str], tail: int = 0) -> str:
    """A table as a legal-database page writes it, one cell a line between bar lines: each row
    "|", then each cell and "|" (an empty cell an empty segment, "|\\n|")."""
    out = []
    for row in rows:
        out.append("|")
        for cell in row:
            out += [cell, "|"] if cell else ["|"]
    return "\n".join(out) + "\n" + "|\n" * tail + "\n"


def _targets(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.deadline, t.scope, t.indicator) for t in extract(text=text).targets]


_ANNEX = (_HEAD.format(title="Phát triển xuất khẩu giai đoạn 2026 - 2030")
          + "I. MỤC TIÊU\nChỉ tiêu chi tiết tại Phụ lục.\nII. TỔ CHỨC THỰC HIỆN\nSở Công Thương chủ trì.\n\n"
          + "**PHỤ LỤC**\n\nCHỈ TIÊU XUẤT KHẨU GIAI ĐOẠN 2026 - 2030\n\n")


def test_an_empty_last_column_in_every_row_is_the_rows_not_the_next_s():
    # Every row ends with an empty "Ghi chú" ("|\n|\n|" between rows): no row holds as many cells
    # as the header's two rows say (8); the empty cell was put at the start of the next row, and
    # no value stood under its column. The average growth naming no year is the term's (2030).
    header = ["**TT**", "**Mặt hàng**", "**Đơn vị tính**", "**Kế hoạch các năm**",
              "**Tăng bình quân giai đoạn\n(%/năm)**", "**Ghi chú**"]
    text = _ANNEX + _cells(header, ["**2026**", "**2028**", "**2030**"],
                           ["1", "Điều nhân", "tấn", "46.500", "49.500", "53.000", "3,3", ""],
                           ["2", "Chè búp khô", "tấn", "6.200", "6.700", "7.200", "3,5", ""])
    assert _targets(text) == [
        (46500, "tấn", "target", "2026", None, "Điều nhân"), (49500, "tấn", "target", "2028", None, "Điều nhân"),
        (53000, "tấn", "target", "2030", None, "Điều nhân"),
        (3.3, "%/năm", "target", "2030", "term", "Tăng bình quân Điều nhân"),
        (6200, "tấn", "target", "2026", None, "Chè búp khô"), (6700, "tấn", "target", "2028", None, "Chè búp khô"),
        (7200, "tấn", "target", "2030", None, "Chè búp khô"),
        (3.5, "%/năm", "target", "2030", "term", "Tăng bình quân Chè búp khô")]


def test_a_group_row_under_the_headers_years_is_a_row_of_its_own():
    # "I | Nông sản" (its cells merged across left out) after the header's row of years: 3 + the
    # boundary + 2 made the width (6) by chance, and the two were read as one row.
    header = ["**TT**", "**Mặt hàng**", "**Đơn vị tính**", "**Kế hoạch các năm**"]
    text = _ANNEX + _cells(header, ["**2026**", "**2028**", "**2030**"], ["**I**", "**Nông sản**"],
                           ["1", "Cà phê", "tấn", "118.000", "125.000", "132.000"])
    assert _targets(text) == [(118000, "tấn", "target", "2026", None, "Cà phê"),
                              (125000, "tấn", "target", "2028", None, "Cà phê"),
                              (132000, "tấn", "target", "2030", None, "Cà phê")]


def test_empty_cells_inside_a_row_keep_the_row_whole():
    # Two empty year cells inside a row: "5", "8" and "12" read as three rows, the last two of a
    # value alone; joined again where the cells and the empty segments make the width.
    header = ["**TT**", "**Chỉ tiêu**", "**Đơn vị tính**", "**Năm 2026**", "**Năm 2027**", "**Năm 2028**",
              "**Năm 2029**", "**Năm 2030**"]
    text = _ANNEX + _cells(header, ["1", "Số hợp tác xã ứng dụng công nghệ cao", "hợp tác xã", "5", "", "8", "",
                                    "12"],
                           ["2", "Tỷ lệ xã có cửa hàng OCOP", "%", "40", "50", "60", "70", "80"])
    assert [(v, d) for v, _u, _k, d, _s, _i in _targets(text)] == [
        (5, "2026"), (8, "2028"), (12, "2030"), (40, "2026"), (50, "2027"), (60, "2028"), (70, "2029"), (80, "2030")]


def test_a_budget_column_last_leaves_the_years_counts_read():
    # "Nội dung hoạt động" (a task table's column) and a last column of money: the whole table was
    # refused; the counts by year are aims, the money is not.
    text = _ANNEX.replace("CHỈ TIÊU XUẤT KHẨU", "HOẠT ĐỘNG XÚC TIẾN XUẤT KHẨU") + (
        "| TT | Nội dung hoạt động | Đơn vị tính | Năm 2026 | Năm 2027 | Kinh phí dự kiến (triệu đồng/năm) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Tập huấn kỹ năng xuất khẩu cho doanh nghiệp | lớp | 4 | 5 | 300 |\n"
        "| 2 | Đoàn xúc tiến thương mại ra nước ngoài | đoàn | 2 | 3 | 1.200 |\n\n")
    assert _targets(text) == [
        (4, "lớp", "target", "2026", None, "Tập huấn kỹ năng xuất khẩu cho doanh nghiệp"),
        (5, "lớp", "target", "2027", None, "Tập huấn kỹ năng xuất khẩu cho doanh nghiệp"),
        (2, "đoàn", "target", "2026", None, "Đoàn xúc tiến thương mại ra nước ngoài"),
        (3, "đoàn", "target", "2027", None, "Đoàn xúc tiến thương mại ra nước ngoài")]


def test_counts_in_the_plans_tasks_part_are_aims():
    # Under "NHIỆM VỤ CỤ THỂ" a count of a counted noun or a measure is how much of a task the plan
    # sets, with no cue word ("Trồng mới", "Thu gom, xử lý"); money stays no aim.
    text = (_HEAD.format(title="Bảo vệ và phát triển rừng năm 2026") + "I. MỤC ĐÍCH\nBảo vệ rừng.\n"
            "II. NHIỆM VỤ CỤ THỂ\n1. Trồng mới 1.500 ha rừng tập trung.\n"
            "2. Thu gom, xử lý khoảng 120 tấn rác thải sinh hoạt mỗi ngày.\n"
            "3. Sửa chữa nhà làm việc với kinh phí 500 triệu đồng.\n"
            "III. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n")
    assert [(v, u, i) for v, u, _k, _d, _s, i in _targets(text)] == [
        (1500, "ha", "rừng tập trung"), (120, "tấn", "rác thải sinh hoạt")]


def test_the_lead_working_with_others_does_not_coordinate():
    # "X chủ trì, phối hợp với Y": X leads, Y coordinates (the annotation README); the tagger's
    # tokens give the rest back as "chủ trì , phối hợp", which the pattern missed.
    text = _IMPL + "1. Bộ Tài chính chủ trì, phối hợp với Bộ Công an bố trí kinh phí thực hiện.\n"
    assert _pairs(text) == [("Bộ Công an", "coordinate"), ("Bộ Tài chính", "execute"), ("Bộ Tài chính", "lead")]


def test_a_dash_compound_wrapped_before_its_dash_is_no_bullet():
    # "Hội đồng Thi đua\n- Khen thưởng tỉnh" in a PDF's text layer: the line goes on (the bullet
    # cut the name and the paragraph); a bullet of its own stays one.
    text = _IMPL + ("1. Sở Nội vụ là cơ quan thường trực, tham mưu tổng hợp kết quả, báo cáo Hội đồng Thi đua\n"
                    "- Khen thưởng tỉnh xem xét.\n"
                    "2. Các sở phối hợp với Sở Tài chính, Phòng Kế hoạch\n- Tài chính tổ chức thực hiện.\n"
                    "- Tuyên truyền sâu rộng.\n")
    assert _pairs(text) == [("Các sở", "coordinate"), ("Các sở", "execute"),
                            ("Hội đồng Thi đua - Khen thưởng tỉnh", "report"),
                            ("Phòng Kế hoạch - Tài chính", "coordinate"), ("Sở Nội vụ", "execute"),
                            ("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate")]
    assert "\n- Tuyên truyền" in extract(text=text).text


def test_a_pipe_table_s_rows_under_a_merged_cell_are_filled():
    # A converter leaves a merged cell out of the rows under it: "%" of the first row's "Đơn vị
    # tính" merged down (the second row one cell short, its values shifted a column left), the
    # number and the product merged over a product's second measure.
    text = _ANNEX + (
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2030 |\n|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ xã có điểm bưu điện văn hóa | % | 85 | 95 |\n"
        "| 2 | Tỷ lệ hộ gia đình sử dụng cáp quang | 82 | 94 |\n"
        "| 3 | Cà phê nhân xuất khẩu | tấn | 1.200 | 1.500 |\n"
        "| Kim ngạch cà phê xuất khẩu | triệu USD | 3,5 | 4,1 |\n\n")
    assert [(v, u, d, i) for v, u, _k, d, _s, i in _targets(text)] == [
        (85, "%", "2026", "Tỷ lệ xã có điểm bưu điện văn hóa"), (95, "%", "2030", "Tỷ lệ xã có điểm bưu điện văn hóa"),
        (82, "%", "2026", "Tỷ lệ hộ gia đình sử dụng cáp quang"),
        (94, "%", "2030", "Tỷ lệ hộ gia đình sử dụng cáp quang"),
        (1200, "tấn", "2026", "Cà phê nhân xuất khẩu"), (1500, "tấn", "2030", "Cà phê nhân xuất khẩu"),
        (3.5, "triệu USD", "2026", "Kim ngạch cà phê xuất khẩu"),
        (4.1, "triệu USD", "2030", "Kim ngạch cà phê xuất khẩu")]


def test_a_decisions_closing_article_keeps_an_office_named_with_and():
    # "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" is one office since 2025 (split
    # at "và" before); "Chánh Thanh tra tỉnh" after a comma is a holder of its own.
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/QĐ-UBND\nAn Giang, ngày 05 tháng 4 năm 2026\nQUYẾT ĐỊNH\n"
            "Ban hành Kế hoạch chuyển đổi số năm 2026\nỦY BAN NHÂN DÂN TỈNH AN GIANG\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Chánh Văn phòng Ủy ban"
            " nhân dân tỉnh, Giám đốc Sở Nội vụ, Chánh Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.\n")
    assert _pairs(text) == [("Chánh Thanh tra tỉnh", "execute"),
                            ("Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "execute"),
                            ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"), ("Giám đốc Sở Nội vụ", "execute")]


def test_election_bodies_and_names_the_tagger_calls_verbs():
    text = _IMPL + ("1. Cục Kiểm soát ô nhiễm môi trường chủ trì tổng hợp, báo cáo Ủy ban bầu cử tỉnh.\n"
                    "2. Ban bầu cử, Tổ bầu cử tổ chức bầu cử.\n"
                    "3. Các doanh nghiệp viễn thông trên địa bàn phối hợp bảo đảm thông tin.\n")
    assert _pairs(text) == [("Ban bầu cử", "execute"), ("Các doanh nghiệp viễn thông trên địa bàn", "coordinate"),
                            ("Các doanh nghiệp viễn thông trên địa bàn", "execute"),
                            ("Cục Kiểm soát ô nhiễm môi trường", "execute"),
                            ("Cục Kiểm soát ô nhiễm môi trường", "lead"),
                            ("Tổ bầu cử", "execute"), ("Ủy ban bầu cử tỉnh", "report")]


def _level_one(text: str) -> list[tuple[str, str | None]]:
    return [(s.label, s.title) for s in extract(text=text).sections if s.level == 1 and s.kind != "article"]


def test_a_roman_numeral_wrapped_to_a_line_s_start_out_of_the_numbering_is_no_section():
    # A PDF's text layer wraps "… Nghị quyết Đại hội\nXIII. Những định hướng …" after section II:
    # the sentence goes on over the break and XIII is out of the numbering.
    text = (_HEAD.format(title="Tuyên truyền Đại hội") + "I.\nMỤC ĐÍCH, YÊU CẦU\n1. Tạo sự thống nhất.\n"
            "II.\nNỘI DUNG TUYÊN TRUYỀN\n1. Tuyên truyền kết quả thực hiện Nghị quyết Đại hội\n"
            "XIII. Những định hướng lớn của Đại hội XIV.\nIII.\nTỔ CHỨC THỰC HIỆN\nSở Văn hóa chủ trì.\n")
    assert _level_one(text) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG TUYÊN TRUYỀN"),
                                ("III", "TỔ CHỨC THỰC HIỆN")]


def test_a_series_of_years_keeps_its_subject():
    # "…: năm 2026 đạt 60%, năm 2027 đạt 70%, …": each value after a colon, its year and a verb
    # measures the label's subject (70% had none); "… 55% và đến năm 2028 …" the subject before
    # (55% had "và"); after ";", "phấn đấu năm 2026 đạt 95%" the clause's subject before it.
    text = (_HEAD.format(title="Chuyển đổi số giai đoạn 2026 - 2028") + "I. MỤC TIÊU\n"
            "1. Tỷ lệ hồ sơ xử lý trực tuyến toàn trình: năm 2026 đạt 60%, năm 2027 đạt 70%, năm 2028 đạt 80%.\n"
            "2. Tỷ lệ người dân có chữ ký số cá nhân năm 2026 đạt 40%, năm 2027 đạt 55% và đến năm 2028 đạt 70%.\n"
            "3. Năm 2025, tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,1%; phấn đấu năm 2026 đạt 95%.\n"
            "II. TỔ CHỨC THỰC HIỆN\nSở Khoa học và Công nghệ chủ trì.\n")
    series = "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình"
    signed = "Tỷ lệ người dân có chữ ký số cá nhân"
    insured = "tỷ lệ dân số tham gia bảo hiểm y tế"
    assert [(v, d, i) for v, _u, _k, d, _s, i in _targets(text)] == [
        (60, "2026", series), (70, "2027", series), (80, "2028", series),
        # (A series by year, pipeline.extract.series, gives each its own year and the words before it.)
        (40, "2026", signed), (55, "2027", signed), (70, "2028", signed),
        (93.1, "2025", insured), (95, "2026", insured)]


def test_a_name_wrapped_at_a_line_s_end_in_a_pdf_text_layer():
    # "báo cáo Thủ tướng\nChính phủ": the item's heading ended at "Thủ tướng", who was given the
    # item's task; "Cục Quản lý\nDược" was cut and the body after it lost.
    text = _IMPL + ("1. Bộ Y tế chủ trì tổng hợp, báo cáo Thủ tướng\nChính phủ kết quả thực hiện.\n"
                    "2. Bộ Tài chính phối hợp với Vụ Kế hoạch - Tài chính, Cục Quản lý\n"
                    "Dược và Viện Vệ sinh dịch tễ Trung ương tổ chức thực hiện.\n")
    assert _pairs(text) == [("Bộ Tài chính", "coordinate"), ("Bộ Tài chính", "execute"), ("Bộ Y tế", "execute"),
                            ("Bộ Y tế", "lead"), ("Cục Quản lý Dược", "coordinate"), ("Thủ tướng Chính phủ", "report"),
                            ("Viện Vệ sinh dịch tễ Trung ương", "coordinate"),
                            ("Vụ Kế hoạch - Tài chính", "coordinate")]
