"""Rules of the twentieth session, each on a made-up text."""
from pipeline import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\nSố: 41/KH-UBND\nHòa Sơn, ngày 05 tháng 02 năm 2026\nKẾ HOẠCH\n"
         "{title}\n")
_FISHERIES = _HEAD.format(title="Phát triển thủy sản năm 2026") + "I. MỤC TIÊU\nPhát triển thủy sản bền vững.\n" \
    "PHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN THỦY SẢN NĂM 2026\n"


def _aims(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets]


def test_a_group_row_naming_a_unit_gives_it_to_its_rows():
    # "I | Tổng sản lượng thủy sản (tấn) | |": the rows under it are parts of that measure, in tấn;
    # "Trong đó:" alone opens the parts of the row above, not a group of its own. (The rows had no
    # unit and were dropped.) A header's lower row naming its columns' units is no such group.
    text = _FISHERIES + (
        "| TT | Chỉ tiêu | Ước thực hiện năm 2025 | Kế hoạch năm 2026 |\n|---|---|---|---|\n"
        "| I | Tổng sản lượng thủy sản (tấn) | | |\n"
        "| 1 | Khai thác | 18.400 | 18.000 |\n"
        "| 2 | Nuôi trồng | 9.600 | 10.500 |\n"
        "| | Trong đó: | | |\n"
        "| | - Tôm nước lợ | 6.200 | 6.900 |\n"
        "| II | Tàu cá (chiếc) | | |\n"
        "| 1 | Tàu từ 15 m trở lên | 210 | 225 |\n")
    assert _aims(text) == [
        (18400, "tấn", "achieved", "2025", "sản lượng thủy sản Khai thác"),
        (18000, "tấn", "target", "2026", "sản lượng thủy sản Khai thác"),
        (9600, "tấn", "achieved", "2025", "sản lượng thủy sản Nuôi trồng"),
        (10500, "tấn", "target", "2026", "sản lượng thủy sản Nuôi trồng"),
        (6200, "tấn", "achieved", "2025", "sản lượng thủy sản Tôm nước lợ"),
        (6900, "tấn", "target", "2026", "sản lượng thủy sản Tôm nước lợ"),
        (210, "chiếc", "achieved", "2025", "Tàu từ 15 m trở lên"),
        (225, "chiếc", "target", "2026", "Tàu từ 15 m trở lên")]


def test_a_pdf_annex_goes_on_past_trong_do_and_its_bulleted_parts():
    # A PDF's text layer one cell a line: "Trong đó:" then "-" and the part's name used to end the
    # table (a line of words with no row), losing every row after it.
    text = _FISHERIES + (
        "TT Chỉ tiêu\nƯớc thực hiện \nnăm 2025\nKế hoạch năm \n2026\n"
        "I\nTổng sản lượng thủy sản (tấn)\n1\nKhai thác\n18.400\n18.000\n2\nNuôi trồng\n9.600\n10.500\n"
        "Trong đó:\n-\nTôm nước lợ\n6.200\n6.900\n-\nCá nước ngọt\n2.100\n2.300\n"
        "II\nDiện tích nuôi trồng (ha)\n1\nTôm nước lợ\n820\n860\n2\nCá nước ngọt\n310\n320\n")
    got = _aims(text)
    assert [(v, u, d) for v, u, _, d, _ in got] == [
        (18400, "tấn", "2025"), (18000, "tấn", "2026"), (9600, "tấn", "2025"), (10500, "tấn", "2026"),
        (6200, "tấn", "2025"), (6900, "tấn", "2026"), (2100, "tấn", "2025"), (2300, "tấn", "2026"),
        (820, "ha", "2025"), (860, "ha", "2026"), (310, "ha", "2025"), (320, "ha", "2026")]
    assert got[5][4] == "sản lượng thủy sản Tôm nước lợ"
    assert got[9][4] == "Diện tích nuôi trồng Tôm nước lợ"


_PLAN = _HEAD.format(title="Phát triển nhà ở xã hội năm 2026") + "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n" \
    "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện theo Phụ lục.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"


def _pairs(text: str) -> list[tuple[str, str]]:
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)


def _one_cell(rows) -> str:
    """Rows as a legal-database page writes a table one cell a line, a cell merged down over the
    rows under it printed in its first row only."""
    return "".join("|\n" + "".join(c + "\n|\n" for c in r) for r in rows)


def test_a_task_row_a_merged_lead_leaves_short_takes_it_from_above():
    # Rows 2 and 3 lack the lead cell merged down from row 1: they were dropped whole.
    text = _PLAN + _one_cell([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Rà soát quỹ đất phát triển nhà ở xã hội", "Sở Xây dựng", "Sở Tài chính", "Quý I/2026"],
        ["2", "Xây dựng quy chế phối hợp giữa các cơ quan", "Công an tỉnh; Ủy ban nhân dân các xã, phường",
         "Quý II/2026"],
        ["3", "Tổ chức hội nghị xúc tiến đầu tư nhà ở", "Hội Nông dân tỉnh", "Năm 2027"]])
    assert _pairs(text) == [("Công an tỉnh", "coordinate"), ("Hội Nông dân tỉnh", "coordinate"),
                            ("Sở Tài chính", "coordinate"), ("Sở Xây dựng", "lead"),
                            ("Ủy ban nhân dân các xã, phường", "coordinate")]


def test_a_merged_deadline_and_marks_other_than_numbers():
    # The deadline merged over a group's rows; rows marked "a", "-", "I.1" under "STT".
    text = _PLAN + _one_cell([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Năm 2026"],
        ["a", "Hướng dẫn các xã xây dựng kế hoạch", "Sở Tư pháp", "Sở Tài chính"],
        ["-", "Kiểm tra việc thực hiện kế hoạch", "Thanh tra tỉnh", "Công an tỉnh"],
        ["I.1", "Tổng hợp báo cáo kết quả thực hiện", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ",
         "Quý IV/2026"]])
    assert _pairs(text) == [
        ("Công an tỉnh", "coordinate"), ("Sở Khoa học và Công nghệ", "lead"), ("Sở Nội vụ", "coordinate"),
        ("Sở Tài chính", "coordinate"), ("Sở Tư pháp", "lead"), ("Thanh tra tỉnh", "lead"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "lead")]


def test_role_columns_headed_by_the_kinds_of_body_before_the_role():
    # "Bộ, ngành chủ trì", "Sở, ngành, địa phương phối hợp", "Cơ quan theo dõi, đánh giá": the
    # table was lost, or the column; a footnote's mark after a name is no part of it.
    text = _PLAN + (
        "| STT | Nhiệm vụ | Bộ, ngành chủ trì | Sở, ngành, địa phương phối hợp | Cơ quan theo dõi, đánh giá |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Hoàn thiện thể chế | Bộ Xây dựng[1] | Bộ Tài chính; Ủy ban nhân dân các tỉnh | Văn phòng Chính phủ |\n")
    assert _pairs(text) == [("Bộ Tài chính", "coordinate"), ("Bộ Xây dựng", "lead"),
                            ("Văn phòng Chính phủ", "monitor"), ("Ủy ban nhân dân các tỉnh", "coordinate")]


_AIMS = _HEAD.format(title="Phát triển ngành dược năm 2026") + "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n{body}\n" \
    "II. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì.\n"


def test_an_award_s_criteria_and_quotas_are_thresholds():
    # SPEC §2.1: a rule, not an aim, is kind threshold; under "Tiêu chuẩn khen thưởng" and "Hình
    # thức và số lượng khen thưởng" the figures were skipped as context. A bare count there (the
    # dossier's copies) is none.
    text = _HEAD.format(title="Phát động phong trào thi đua chào mừng cuộc bầu cử") + (
        "I. MỤC ĐÍCH, YÊU CẦU\nPhấn đấu tỷ lệ cử tri đi bỏ phiếu toàn tỉnh đạt từ 99% trở lên.\n"
        "II. KHEN THƯỞNG\n1. Tiêu chuẩn khen thưởng\n"
        "- Đối với Ủy ban nhân dân xã, phường: tỷ lệ cử tri đi bỏ phiếu trên địa bàn đạt từ 99,5% trở lên.\n"
        "2. Hình thức và số lượng khen thưởng\n"
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: tặng cho không quá 45 tập thể và 90 cá nhân.\n"
        "Hồ sơ lập thành 02 bộ.\nIII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì.\n")
    assert [(v, u, k) for v, u, k, _, _ in _aims(text)] == [
        (99, "%", "target"), (99.5, "%", "threshold"), (45, "tập thể", "threshold"), (90, "cá nhân", "threshold")]


def test_counts_of_kinds_areas_and_trades_are_aims_after_a_minimum_or_an_item_s_verb():
    # "loại", "vùng", "ngành" after a number count no aim as a rule ("3 loại hình"); in a targets
    # part, with the thing named after them, they do.
    text = _AIMS.format(body=(
        "- Tự sản xuất được tối thiểu 12 loại vắc xin sử dụng trong Chương trình tiêm chủng mở rộng.\n"
        "- Phát triển 20 vùng trồng dược liệu tập trung đạt tiêu chuẩn GACP-WHO với tổng diện tích tối thiểu"
        " 15.000 ha.\n"))
    assert [(v, u) for v, u, _, _, _ in _aims(text)] == [(12, "loại vắc xin"), (20, "vùng trồng dược"), (15000, "ha")]


def _level_one(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in extract(text=text).sections if s.level == 1]


def test_level_one_titles_keep_their_own_dash_and_drop_a_note_in_brackets():
    # A long heading in capitals was cut at its first " - "; a note in brackets after a heading
    # stayed in its title.
    text = _HEAD.format(title="Phát triển vùng đồng bào dân tộc thiểu số") + (
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, AN NINH VÙNG ĐỒNG BÀO"
        " DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026 - 2030\nTriển khai đồng bộ.\n"
        "III. KINH PHÍ THỰC HIỆN (có dự toán chi tiết kèm theo)\nNgân sách tỉnh.\n"
        "IV. TỔ CHỨC THỰC HIỆN\nSở Dân tộc và Tôn giáo chủ trì.\n")
    assert _level_one(text) == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II", "NHIỆM VỤ VÀ GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG, AN NINH VÙNG ĐỒNG BÀO"
               " DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026 - 2030"),
        ("III", "KINH PHÍ THỰC HIỆN"), ("IV", "TỔ CHỨC THỰC HIỆN")]


def test_a_roman_numeral_after_a_word_that_takes_one_opens_no_section():
    # "Quý\nIV." and "tại Mục\nIII." wrapped mid-sentence opened sections IV and III.
    text = _HEAD.format(title="Kiểm tra công tác cải cách hành chính năm 2026") + (
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\nII. NỘI DUNG\n"
        "1. Các đơn vị báo cáo Ủy ban nhân dân tỉnh trong tháng đầu của Quý\n"
        "IV. Các cơ quan được kiểm tra chuẩn bị hồ sơ theo đề cương.\n"
        "2. Kinh phí thực hiện theo quy định tại Mục\nIII. Kế hoạch này.\n"
        "III. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì.\n")
    assert _level_one(text) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")]


def test_a_pdf_s_list_labels_alone_and_symbol_bullets_go_on_with_their_items():
    from pipeline.normalize import normalize
    text = ("1.\nVăn phòng Sở\n\uf0b7 Phòng Giáo dục Trung học chủ trì.\n\uf02d Sở Y tế phối hợp.\n"
            "a)\nCác trường THPT.\n")
    assert normalize(text).text == ("1. Văn phòng Sở\n• Phòng Giáo dục Trung học chủ trì.\n- Sở Y tế phối hợp.\n"
                                    "a) Các trường THPT.\n")


def test_word_s_list_items_saved_with_a_tab_are_no_table_rows():
    # "-\tChủ trì, phối hợp …" lines (Word's numbering saved as text) were read as a table of two
    # columns, their units lost.
    from pipeline.normalize import normalize
    text = "1- Ban Tổ chức Tỉnh ủy\n-\tChủ trì hướng dẫn thực hiện.\n-\tTổng hợp kết quả, báo cáo.\n"
    assert normalize(text).text == ("1- Ban Tổ chức Tỉnh ủy\n- Chủ trì hướng dẫn thực hiện.\n"
                                    "- Tổng hợp kết quả, báo cáo.\n")


def test_a_series_by_quarter_or_month_and_a_body_s_make_up():
    # "Quý I/2026 đạt 30%; Quý II/2026 đạt 60%": each value measures the subject, its quarter the
    # deadline (the second took the period as its indicator); "gồm 11 thành viên" is no aim.
    text = _AIMS.format(body=(
        "- Tỷ lệ hồ sơ đất đai được số hóa: Quý I/2026 đạt 30%; Quý II/2026 đạt 60%.\n"
        "- Tỷ lệ dữ liệu hộ tịch được số hóa: đến tháng 3/2026 đạt 80%; đến tháng 6/2026 đạt 100%.\n"
        "- Thành lập Ban Chỉ đạo gồm 11 thành viên; Tổ giúp việc gồm 07 đồng chí.\n"))
    assert [(v, d, i) for v, _, _, d, i in _aims(text)] == [
        (30, "2026-Q1", "Tỷ lệ hồ sơ đất đai được số hóa"), (60, "2026-Q2", "Tỷ lệ hồ sơ đất đai được số hóa"),
        (80, "2026-03", "Tỷ lệ dữ liệu hộ tịch được số hóa"), (100, "2026-06", "Tỷ lệ dữ liệu hộ tịch được số hóa")]


def test_a_place_s_cell_of_the_value_the_prose_gives_the_whole_is_the_place_s_aim():
    # "Tỷ lệ hộ nghèo giảm 3,5%" in the prose and a commune's cell of 3,5: the cell was dropped as
    # a restatement.
    text = _HEAD.format(title="Giảm nghèo năm 2026") + (
        "I. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm 3,5%.\nII. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n"
        "PHỤ LỤC\nCHỈ TIÊU GIẢM NGHÈO NĂM 2026 GIAO CÁC XÃ\n"
        "| TT | Xã | Giảm tỷ lệ hộ nghèo (%) |\n|---|---|---|\n"
        "| 1 | Xã Bạch Đằng | 3,5 |\n| 2 | Xã Đàm Thủy | 4,0 |\n")
    assert [(v, i) for v, _, _, _, i in _aims(text)] == [
        (3.5, "Tỷ lệ hộ nghèo"), (3.5, "Giảm tỷ lệ hộ nghèo Xã Bạch Đằng"),
        (4.0, "Giảm tỷ lệ hộ nghèo Xã Đàm Thủy")]


def test_a_measure_by_its_year_over_its_parts():
    # "Hộ nghèo đầu năm 2026" and "Kế hoạch giảm hộ nghèo năm 2026" each over "Số hộ | Tỷ lệ (%)":
    # the counts of households were lost (no unit told).
    text = _HEAD.replace("05 tháng 02 năm 2026", "15 tháng 12 năm 2025").format(title="Giảm nghèo năm 2026") + (
        "I. MỤC TIÊU\nGiảm nghèo bền vững.\nII. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n"
        "PHỤ LỤC\nCHỈ TIÊU GIẢM NGHÈO NĂM 2026 GIAO CÁC XÃ\n"
        "| TT | Xã | Hộ nghèo cuối năm 2026 | | Kế hoạch giảm hộ nghèo năm 2026 | |\n|---|---|---|---|---|---|\n"
        "| | | Số hộ | Tỷ lệ (%) | Số hộ | Tỷ lệ (%) |\n"
        "| 1 | Xã Tân Lập | 298 | 6,44 | 99 | 2,14 |\n")
    assert [(v, u, d) for v, u, _, d, _ in _aims(text)] == [
        (298, "hộ", "2026"), (6.44, "%", "2026"), (99, "hộ", "2026"), (2.14, "%", "2026")]


def test_a_header_s_row_of_units_under_its_measures():
    # "Sản phẩm | Hợp tác xã | Triệu đồng/người/năm" under the measures' names: the table was lost
    # (no unit told for its columns, the units' row read as a group).
    text = _HEAD.replace("05 tháng 02 năm 2026", "15 tháng 12 năm 2025").format(title="Phát triển nông thôn") + (
        "I. MỤC TIÊU\nPhát triển kinh tế nông thôn.\nII. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n"
        "PHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN KINH TẾ NÔNG THÔN NĂM 2026\n"
        "| TT | Xã, phường | Chỉ tiêu giao năm 2026 | | |\n|---|---|---|---|---|\n"
        "| | | Sản phẩm OCOP đạt 3 sao trở lên | Hợp tác xã thành lập mới | Thu nhập bình quân đầu người |\n"
        "| | | Sản phẩm | Hợp tác xã | Triệu đồng/người/năm |\n"
        "| 1 | Xã Yên Mỹ | 3 | 1 | 55,7 |\n")
    assert [(v, u) for v, u, _, _, _ in _aims(text)] == [
        (3, "Sản phẩm"), (1, "Hợp tác xã"), (55.7, "Triệu đồng/người/năm")]


def test_measures_under_the_groups_they_measure():
    # "Hộ nghèo | Hộ cận nghèo" over "Số hộ | Tỷ lệ (%)": the counts were lost (half the table) and
    # the rates named by no group.
    text = _HEAD.replace("05 tháng 02 năm 2026", "15 tháng 12 năm 2025").format(title="Giảm nghèo năm 2026") + (
        "I. MỤC TIÊU\nGiảm nghèo.\nII. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n"
        "PHỤ LỤC\nCHỈ TIÊU GIẢM NGHÈO GIAO CÁC XÃ\n"
        "| TT | Xã | Hộ nghèo | | Hộ cận nghèo | |\n|---|---|---|---|---|---|\n"
        "| | | Số hộ | Tỷ lệ (%) | Số hộ | Tỷ lệ (%) |\n| 1 | Xã Tân Lập | 99 | 2,14 | 80 | 1,5 |\n")
    assert [(v, u, i) for v, u, _, _, i in _aims(text)] == [
        (99, "hộ", "số hộ hộ nghèo Xã Tân Lập"), (2.14, "%", "tỷ lệ hộ nghèo Xã Tân Lập"),
        (80, "hộ", "số hộ hộ cận nghèo Xã Tân Lập"), (1.5, "%", "tỷ lệ hộ cận nghèo Xã Tân Lập")]


def test_a_spanning_header_s_year_is_each_measure_s():
    # "Chỉ tiêu giao năm 2026" over the measures: their values had no deadline.
    text = _HEAD.replace("05 tháng 02 năm 2026", "15 tháng 12 năm 2025").format(title="Giảm nghèo năm 2026") + (
        "I. MỤC TIÊU\nGiảm nghèo.\nII. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n"
        "PHỤ LỤC\nCHỈ TIÊU GIẢM NGHÈO GIAO CÁC XÃ\n"
        "| TT | Xã | Chỉ tiêu giao năm 2026 | |\n|---|---|---|---|\n"
        "| | | Tỷ lệ hộ nghèo giảm (%) | Số hộ thoát nghèo (hộ) |\n| 1 | Xã Tân Lập | 2,1 | 99 |\n")
    assert [(v, u, d) for v, u, _, d, _ in _aims(text)] == [(2.1, "%", "2026"), (99, "hộ", "2026")]


def test_a_role_s_cue_right_after_theo_chuc_nang_nhiem_vu():
    # "Theo chức năng, nhiệm vụ tham mưu …" with no comma before the cue: the lead was lost.
    text = _PLAN.replace("Các cơ quan thực hiện theo Phụ lục.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n", (
        "1. Sở Tài chính\nTheo chức năng, nhiệm vụ tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện.\n"))
    assert ("Sở Tài chính", "lead") in _pairs(text)


def test_a_heading_s_bracket_naming_its_standing_body():
    # "1. Ban Chỉ đạo … (Sở Y tế là cơ quan thường trực)": Sở Y tế leads (it was missed).
    text = _PLAN.replace("Các cơ quan thực hiện theo Phụ lục.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n", (
        "1. Ban Chỉ đạo phòng, chống dịch bệnh tỉnh (Sở Y tế là cơ quan thường trực)\n"
        "Chỉ đạo, theo dõi việc triển khai Kế hoạch.\n"))
    assert ("Sở Y tế", "lead") in _pairs(text)
