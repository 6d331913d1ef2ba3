"""Rules of the nineteenth session, each on a made-up text."""
from pipeline import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\nSố: 289/KH-UBND\nHòa Sơn, ngày 03 tháng 12 năm 2025\nKẾ HOẠCH\n"
         "{title}\n")
_IMPL = _HEAD.format(title="Phát triển nhà ở xã hội năm 2026") + "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n"


def _pairs(text: str) -> list[tuple[str, str]]:
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)


def test_a_cell_of_roles_fields_gives_each_field_its_role():
    # One "Cơ quan thực hiện" column holding "Chủ trì: …; phối hợp: …": the fields' roles, not the
    # column's; "X chủ trì, Y phối hợp" likewise. The prose reader's "phối hợp:" field used to run
    # over the cell's bar into the next cell ("Sở Xây dựng | Quý II / 2026 |").
    text = _IMPL + (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "| STT | Nội dung | Cơ quan thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát quỹ đất | Chủ trì: Sở Xây dựng; phối hợp: Sở Nông nghiệp và Môi trường, Ủy ban nhân dân"
        " các xã, phường | Quý I/2026 |\n"
        "| 2 | Lựa chọn chủ đầu tư | Chủ trì: Sở Tài chính; phối hợp: Sở Xây dựng | Quý II/2026 |\n"
        "| 3 | Kiểm tra việc xét duyệt đối tượng | Thanh tra tỉnh chủ trì, Công an tỉnh phối hợp | Quý IV/2026 |\n")
    assert _pairs(text) == [
        ("Công an tỉnh", "coordinate"), ("Sở Nông nghiệp và Môi trường", "coordinate"),
        ("Sở Tài chính", "lead"), ("Sở Xây dựng", "coordinate"), ("Sở Xây dựng", "lead"),
        ("Thanh tra tỉnh", "lead"), ("Ủy ban nhân dân các xã, phường", "coordinate")]


def test_giao_trach_nhiem_cho_gives_the_unit_its_task():
    # "Giao trách nhiệm cho X …" and "Giao nhiệm vụ cho X …" assign as "Giao X …" does.
    text = _IMPL + ("II. TỔ CHỨC THỰC HIỆN\n"
                    "1. Giao trách nhiệm cho Ủy ban nhân dân các xã, phường trang trí, cổ động trực quan.\n"
                    "2. Giao nhiệm vụ cho Ban Quản lý các khu công nghiệp rà soát quỹ đất.\n")
    assert _pairs(text) == [("Ban Quản lý các khu công nghiệp", "execute"),
                            ("Ủy ban nhân dân các xã, phường", "execute")]


def test_an_office_holder_of_the_people_s_committee_keeps_the_committee_s_name():
    # The tagger cut "Ủy" from "ban nhân dân" and called the rest a verb: the name ended at "Ủy".
    text = _IMPL + ("II. TỔ CHỨC THỰC HIỆN\n"
                    "1. Giao đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh trực tiếp chỉ đạo, đôn đốc"
                    " việc triển khai Kế hoạch.\n")
    assert _pairs(text) == [("đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "execute"),
                            ("đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "monitor")]


def _aims(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets]


_ANNEX = _HEAD.format(title="Phát triển dịch vụ logistics năm 2026") + "I. MỤC TIÊU\nPhát triển logistics.\n" \
    "PHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN DỊCH VỤ LOGISTICS\n\n"


def _one_cell(rows) -> str:
    """Rows as a legal-database page writes a table one cell a line: every bar and every cell on a
    line of its own, an empty cell as a bar alone."""
    return "".join("|\n" + "".join((c + "\n" if c else "") + "|\n" for c in r) for r in rows)


def test_a_row_of_the_columns_numbers_with_a_formula_is_no_row_of_aims():
    # "A | B | C | 1 | 2 | 3 | 4=3/2" under the header gave 1, 2 and 3 "C" named "B".
    text = _ANNEX + ("| TT | Chỉ tiêu | Đơn vị tính | TH 2024 | Ước TH 2025 | KH 2026 | So sánh (%) |\n"
                     "|---|---|---|---|---|---|---|\n| A | B | C | 1 | 2 | 3 | 4=3/2 |\n"
                     "| 1 | Xi măng | Nghìn tấn | 2.150 | 2.280 | 2.400 | 105,3 |\n")
    assert [a for a in _aims(text) if a[2] == "target"] == [(2400, "Nghìn tấn", "target", "2026", "Xi măng")]


def test_a_value_with_a_footnote_s_mark_is_read():
    # "15.600(*)" and "60(**)" (whose "**" the bold reader takes away: "60()") were no values; in a
    # table written one cell a line, "(*)\n|\n21.000(*" was read as an italic span and joined.
    rows = [("1", "Sản lượng hàng hóa thông qua cảng biển", "Nghìn tấn", "14.200", "15.600(*)", "21.000(*)"),
            ("2", "Tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài", "%", "41", "45", "60(**)")]
    header = ("TT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2025", "Năm 2026", "Năm 2030")
    piped = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 6, *rows]) + "\n"
    one_cell = _one_cell([header, *rows])
    expected = [(14200, "Nghìn tấn", "achieved", "2025", "Sản lượng hàng hóa thông qua cảng biển"),
                (15600, "Nghìn tấn", "target", "2026", "Sản lượng hàng hóa thông qua cảng biển"),
                (21000, "Nghìn tấn", "target", "2030", "Sản lượng hàng hóa thông qua cảng biển"),
                (41, "%", "achieved", "2025", "Tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài"),
                (45, "%", "target", "2026", "Tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài"),
                (60, "%", "target", "2030", "Tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài")]
    assert _aims(_ANNEX + piped) == expected
    assert _aims(_ANNEX + one_cell) == expected


def test_a_one_cell_table_s_part_rows_with_an_empty_number_keep_their_columns():
    # A group row "1 | Cây lúa" (its cells merged across left out), then its parts with an empty TT
    # cell: the empty segment is the part's first cell, not the group row's last; every value
    # was read one column off (the unit the baseline, the name the unit).
    header = ("TT", "Cây trồng, chỉ tiêu", "ĐVT", "Năm 2025 (ước TH)", "Năm 2026", "Năm 2030")
    rows = [("1", "Cây lúa"), ("", "- Diện tích", "ha", "58.200", "57.500", "54.000"),
            ("", "- Sản lượng", "Tấn", "357.900", "356.500", "345.600"),
            ("2", "Cây ngô"), ("", "- Diện tích", "ha", "9.100", "9.400", "10.500")]
    one_cell = _one_cell([header, *rows])
    aims = [(v, u, k, d) for v, u, k, d, _ in _aims(_ANNEX + one_cell) if k == "target"]
    assert aims == [(57500, "ha", "target", "2026"), (54000, "ha", "target", "2030"),
                    (356500, "Tấn", "target", "2026"), (345600, "Tấn", "target", "2030"),
                    (9400, "ha", "target", "2026"), (10500, "ha", "target", "2030")]


def test_a_one_cell_table_s_cell_of_units_one_a_line_gives_each_unit():
    # "Sở Giáo dục và Đào tạo\nỦy ban nhân dân các xã, phường" was one name: a line ending in a
    # short word in lower case ("tạo") was taken to go on.
    header = ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")
    rows = [("1", "Tuyên truyền pháp luật về phòng, chống ma túy", "Công an tỉnh",
             "Sở Văn hóa, Thể thao và Du lịch\nSở Giáo dục và Đào tạo\nỦy ban nhân dân các xã, phường", "Thường xuyên"),
            ("2", "Tổ chức cai nghiện tại cộng đồng", "Sở Y tế", "Công an tỉnh\nỦy ban nhân dân các xã, phường",
             "Năm 2026")]
    text = _IMPL + "II. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện theo Phụ lục.\n\n" + _one_cell([header, *rows])
    assert _pairs(text) == [
        ("Các sở", "execute"), ("Công an tỉnh", "coordinate"), ("Công an tỉnh", "lead"),
        ("Sở Giáo dục và Đào tạo", "coordinate"), ("Sở Văn hóa, Thể thao và Du lịch", "coordinate"),
        ("Sở Y tế", "lead"), ("Ủy ban nhân dân các xã, phường", "coordinate")]


def test_a_steering_committee_named_by_its_programme_keeps_the_programme_s_verbs():
    # "xây dựng" (a unit stop) cut the name after "Ban Chỉ đạo"; a capitalised programme's name
    # goes on to the place.
    text = _IMPL + ("II. TỔ CHỨC THỰC HIỆN\n"
                    "1. Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh chỉ đạo,"
                    " kiểm tra việc thực hiện Kế hoạch.\n")
    assert _pairs(text) == [
        ("Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh", "execute"),
        ("Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh", "monitor")]


def test_a_baseline_in_brackets_after_an_aim_is_its_subject_achieved():
    # "đạt 8,0 - 8,5% (ước năm 2025: 7,4%)": the bracket's words were the aim's indicator, its
    # year the aim's deadline and its figure an aim of its own.
    text = _HEAD.format(title="Phát triển kinh tế - xã hội năm 2026") + (
        "I. MỤC TIÊU\n2. Các chỉ tiêu chủ yếu\n"
        "- Tốc độ tăng trưởng GRDP đạt 8,0 - 8,5% (ước năm 2025: 7,4%).\n"
        "- Số giường bệnh trên một vạn dân đạt 34 giường (năm 2025: 32,5 giường).\n"
        "- Tổng lượt khách du lịch đạt 6,2 triệu lượt (thực hiện năm 2024: 4,9 triệu lượt; ước năm 2025:"
        " 5,6 triệu lượt).\n"
        "- Tăng trưởng tín dụng đạt 14% (kế hoạch năm 2025 là 15%).\n")
    assert [(t.value, t.until, t.unit, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets] == [
        (8, 8.5, "%", "target", None, "Tốc độ tăng trưởng GRDP"),
        (7.4, None, "%", "achieved", "2025", "Tốc độ tăng trưởng GRDP"),
        (34, None, "giường", "target", None, "Số giường bệnh trên một vạn dân"),
        (32.5, None, "giường", "achieved", "2025", "Số giường bệnh trên một vạn dân"),
        (6.2, None, "triệu lượt", "target", None, "Tổng lượt khách du lịch"),
        (4.9, None, "triệu lượt", "achieved", "2024", "Tổng lượt khách du lịch"),
        (5.6, None, "triệu lượt", "achieved", "2025", "Tổng lượt khách du lịch"),
        # (A bracket of the plan's figure is none: the plan's aim for the subject.)
        (14, None, "%", "target", "2025", "Tăng trưởng tín dụng"),
        (15, None, "%", "target", "2025", "Tăng trưởng tín dụng")]


def test_a_row_of_totals_names_what_it_totals_by_the_table_s_title():
    # "Tổng cộng" alone said nothing of what it totals; a title of aims ("MỘT SỐ CHỈ TIÊU …") names
    # no measure and is left out.
    table = ("| TT | Thị trường | ĐVT | Ước TH 2025 | Năm 2026 | Năm 2030 |\n|---|---|---|---|---|---|\n"
             "| 1 | Trung Quốc | Triệu USD | 520 | 550 | 690 |\n"
             "| | Tổng cộng | Triệu USD | 1.290 | 1.365 | 1.711 |\n")
    caption = "PHỤ LỤC\n{}\n(Kèm theo Kế hoạch số 289/KH-UBND)\n\n"
    text = _HEAD.format(title="Phát triển xuất khẩu năm 2026") + "I. MỤC TIÊU\nTăng xuất khẩu.\n"
    titled = [(t.value, t.indicator) for t in extract(text=text + caption.format(
        "KIM NGẠCH XUẤT KHẨU HÀNG HÓA THEO THỊ TRƯỜNG") + table).targets if t.kind == "target"]
    # (A market's row takes the measure the title names before its name, since the thirty-fourth
    # session: "Kim ngạch xuất khẩu hàng hóa Trung Quốc".)
    market = "Kim ngạch xuất khẩu hàng hóa Trung Quốc"
    assert titled == [(550, market), (690, market),
                      (1365, "Tổng cộng kim ngạch xuất khẩu hàng hóa theo thị trường"),
                      (1711, "Tổng cộng kim ngạch xuất khẩu hàng hóa theo thị trường")]
    generic = [(t.value, t.indicator) for t in extract(text=text + caption.format(
        "MỘT SỐ CHỈ TIÊU XUẤT KHẨU CHỦ YẾU") + table).targets if t.kind == "target"]
    assert generic[2:] == [(1365, "Tổng cộng"), (1711, "Tổng cộng")]


def test_names_end_before_a_glued_stop_and_a_verb_before_viec_is_no_body():
    # The tagger glued "chịu" to "Tôn giáo"; "Thanh tra việc …" is the verb, not Thanh tra;
    # "Bộ Chỉ huy\nQuân sự tỉnh" goes on over the line's end; "Đồn Biên phòng" is a body's head.
    text = _IMPL + ("II. TỔ CHỨC THỰC HIỆN\n"
                    "1. Sở Dân tộc và Tôn giáo chịu trách nhiệm hướng dẫn các xã.\n"
                    "2. Thanh tra việc chấp hành pháp luật đất đai tại các dự án chậm tiến độ.\n"
                    "3. Ban Chỉ huy Quân sự các xã, phường; Đồn Biên phòng các cửa khẩu tăng cường tuần tra,"
                    " báo cáo kịp thời về Bộ Chỉ huy\nQuân sự tỉnh.\n")
    assert _pairs(text) == [
        ("Ban Chỉ huy Quân sự các xã, phường", "execute"), ("Bộ Chỉ huy Quân sự tỉnh", "report"),
        ("Sở Dân tộc và Tôn giáo", "execute"), ("Đồn Biên phòng các cửa khẩu", "execute")]


def test_a_name_may_open_with_an_abbreviation_of_the_lexicon_that_spells_a_body():
    # "UBMTTQVN tỉnh" opened no name, so the whole list after "Đề nghị" was lost.
    text = _IMPL + ("II. TỔ CHỨC THỰC HIỆN\n"
                    "1. Đề nghị UBMTTQVN tỉnh, LĐLĐ tỉnh, Hội LHPN tỉnh, Hội CCB tỉnh phối hợp tuyên truyền.\n")
    assert _pairs(text) == [
        ("Hội CCB tỉnh", "coordinate"), ("Hội CCB tỉnh", "execute"),
        ("Hội LHPN tỉnh", "coordinate"), ("Hội LHPN tỉnh", "execute"),
        ("LĐLĐ tỉnh", "coordinate"), ("LĐLĐ tỉnh", "execute"),
        ("UBMTTQVN tỉnh", "coordinate"), ("UBMTTQVN tỉnh", "execute")]


def test_prose_aims_after_a_rate_per_year_and_a_label_wrapped_before_its_value():
    # "10%/năm số hộ …": the rate hid the words after it; "…; phòng học bộ môn:\n70%": the label
    # on the line before the value, after a ";", was not read.
    text = _HEAD.format(title="Giáo dục năm 2026") + (
        "I. MỤC TIÊU\n- Phấn đấu giảm ít nhất 10%/năm số hộ hội viên nghèo, cận nghèo.\n"
        "- Tốc độ tăng trưởng đạt 8%/năm.\n"
        "- Tỷ lệ phòng học kiên cố hóa đạt 96%; phòng học bộ môn:\n70%.\n"
        "II. ĐỐI TƯỢNG, HÌNH THỨC THI\nPhấn đấu 100% học sinh tham gia dự thi.\n"
        "Đối tượng dự thi là học sinh từ 15 tuổi trở lên.\n")
    assert [(t.value, t.unit, t.indicator) for t in extract(text=text).targets] == [
        (10, "%", "số hộ hội viên nghèo, cận nghèo"), (8, "%", "Tốc độ tăng trưởng"),
        (96, "%", "Tỷ lệ phòng học kiên cố hóa"), (70, "%", "phòng học bộ môn"),
        (100, "%", "học sinh tham gia dự thi")]


def test_an_abbreviation_opening_a_wrapped_line_and_an_aside_after_a_value():
    # "(IIP)" opening the line was no continuation, the indicator "IIP)"; "(không kể …)" after the
    # value made the words after it the indicator.
    text = _HEAD.format(title="Công nghiệp năm 2026") + (
        "I. MỤC TIÊU\n3. Chỉ số sản xuất công nghiệp\n(IIP) tăng 11 - 12% so với năm 2025.\n"
        "4. Thu nội địa tăng tối thiểu 10% (không kể thu tiền sử dụng đất) so với ước thực hiện năm 2025.\n")
    assert [(t.value, t.until, t.indicator) for t in extract(text=text).targets] == [
        (11, 12, "Chỉ số sản xuất công nghiệp (IIP)"), (10, None, "Thu nội địa")]


def test_units_in_a_task_s_parenthesis_with_no_lead_and_wrapped_over_a_line():
    # "(Sở Y tế, Công an tỉnh thực hiện)" named no lead, so it was not read; a parenthesis wrapped
    # over a line's end ("(Trường Cao đẳng\nBình Sơn chủ trì; …)") gave nothing.
    text = _IMPL + ("II. NHIỆM VỤ\n1. Kiểm tra an toàn thực phẩm tại các chợ (Sở Y tế, Công an tỉnh thực hiện).\n"
                    "2. Đào tạo nghề cho lao động (Trường Cao đẳng\nBình Sơn chủ trì; Hiệp hội Doanh nghiệp tỉnh"
                    " phối hợp).\n")
    assert _pairs(text) == [("Công an tỉnh", "execute"), ("Hiệp hội Doanh nghiệp tỉnh", "coordinate"),
                            ("Sở Y tế", "execute"), ("Trường Cao đẳng Bình Sơn", "lead")]


def test_a_series_by_year_gives_each_value_its_year_kind_and_subject():
    # "năm 2025 ước đạt 41,5%" had no indicator and the year of the value before; "kế hoạch năm
    # 2026 là 41,8%" was achieved, 2024; past years in a plan of December 2025 are reported.
    text = _HEAD.format(title="Bảo vệ rừng năm 2026") + (
        "I. CHỈ TIÊU\n1. Tỷ lệ che phủ rừng: năm 2024 đạt 41,2%, năm 2025 ước đạt 41,5%, kế hoạch năm 2026"
        " là 41,8%.\n2. Tỷ lệ rác được xử lý: thực hiện năm 2024 là 90,5%; ước thực hiện năm 2025 là 92%; năm 2026"
        " phấn đấu đạt 94%.\n3. Tỷ lệ người dân có chữ ký số năm 2026 đạt 40%, năm 2027 đạt 55% và đến năm 2028"
        " đạt tối thiểu 70%.\n")
    assert [(t.value, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets] == [
        (41.2, "achieved", "2024", "Tỷ lệ che phủ rừng"), (41.5, "achieved", "2025", "Tỷ lệ che phủ rừng"),
        (41.8, "target", "2026", "Tỷ lệ che phủ rừng"),
        (90.5, "achieved", "2024", "Tỷ lệ rác được xử lý"), (92, "achieved", "2025", "Tỷ lệ rác được xử lý"),
        (94, "target", "2026", "Tỷ lệ rác được xử lý"),
        (40, "target", "2026", "Tỷ lệ người dân có chữ ký số"), (55, "target", "2027", "Tỷ lệ người dân có chữ ký số"),
        (70, "target", "2028", "Tỷ lệ người dân có chữ ký số")]


def test_short_rows_under_a_field_merged_down_keep_their_columns():
    # "I | Lâm nghiệp | …" over rows of a name and values only (the number and the field merged
    # down and left out; growth and notes empty): the values were right-aligned onto the wrong
    # years, and a short row padded with empty cells made the header's "Lĩnh vực" span the years.
    header = ("TT", "Lĩnh vực", "Chỉ tiêu", "Ước TH năm 2025", "Kế hoạch giai đoạn 2026 - 2030",
              "Tăng BQ giai đoạn (%/năm)", "Ghi chú")
    rows = [header, ("Năm 2026", "Năm 2030"),
            ("I", "Lâm nghiệp", "Diện tích rừng trồng mới tập trung (ha/năm)", "8.500", "8.600", "9.000", "1,1",
             "Bao gồm trồng lại rừng"),
            ("Tỷ lệ che phủ rừng (%)", "49,2", "49,3", "49,5", "", ""),
            ("Sản lượng gỗ rừng trồng khai thác (nghìn m3)", "1.250", "1.300", "1.480", "3,4", ""),
            ("II", "Thủy sản", "Tổng sản lượng thủy sản (tấn)", "42.600", "43.900", "49.200", "2,9", "")]
    aims = [(t.value, t.unit, t.deadline) for t in extract(text=_ANNEX + _one_cell(rows)).targets
            if t.kind == "target"]
    assert aims == [(8600, "ha/năm", "2026"), (9000, "ha/năm", "2030"), (1.1, "%/năm", "2030"),
                    (49.3, "%", "2026"), (49.5, "%", "2030"),
                    (1300, "nghìn m3", "2026"), (1480, "nghìn m3", "2030"), (3.4, "%/năm", "2030"),
                    (43900, "tấn", "2026"), (49200, "tấn", "2030"), (2.9, "%/năm", "2030")]


def test_a_baseline_bracket_wrapped_over_a_line_and_its_table_restatement():
    # "(năm 2024: 6,82%; ước năm\n2025: 7,4%)" wrapped: the bracket was read as prose (7,4% named
    # ")"), its year the aim's deadline; the table's cells restating the baselines were kept twice.
    text = _HEAD.format(title="Phát triển kinh tế - xã hội năm 2026") + (
        "I. CHỈ TIÊU\n- Tốc độ tăng trưởng GRDP đạt 8,0 - 8,5% (năm 2024: 6,82%; ước năm\n2025: 7,4%).\n\n"
        "PHỤ LỤC\n\n| TT | Chỉ tiêu | ĐVT | Thực hiện 2024 | Ước thực hiện 2025 | Kế hoạch 2026 |\n"
        "|---|---|---|---|---|---|\n| 1 | Tốc độ tăng trưởng GRDP | % | 6,82 | 7,4 | 8,0 - 8,5 |\n")
    assert [(t.value, t.until, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets] == [
        (8, 8.5, "target", None, "Tốc độ tăng trưởng GRDP"),
        (6.82, None, "achieved", "2024", "Tốc độ tăng trưởng GRDP"),
        (7.4, None, "achieved", "2025", "Tốc độ tăng trưởng GRDP")]


def test_office_holders_before_a_semicolon_and_an_area_past_the_tagged_opening():
    # "Giám đốc các Sở: …; Chủ tịch UBND cấp xã chịu trách nhiệm …" gave the directors nothing; the
    # area "phụ trách lĩnh vực …" of a long clause ran past the words tagged first and was cut.
    text = _IMPL + ("II. TỔ CHỨC THỰC HIỆN\nĐồng chí Phó Chủ tịch UBND tỉnh phụ\ntrách lĩnh vực văn hóa - xã hội"
                    " trực tiếp chỉ đạo việc triển khai Kế hoạch này.\n\n"
                    "Giám đốc các Sở: Y tế, Giáo dục và\nĐào tạo, Xây dựng; Chủ\ntịch UBND cấp xã chịu trách nhiệm"
                    " trước Chủ tịch UBND tỉnh về kết quả thực hiện.\n")
    assert _pairs(text) == [
        ("Chủ tịch UBND cấp xã", "execute"), ("Giám đốc Sở Giáo dục và Đào tạo", "execute"),
        ("Giám đốc Sở Xây dựng", "execute"), ("Giám đốc Sở Y tế", "execute"),
        ("Đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa - xã hội", "execute")]


def test_vcci_in_a_cell_of_bodies_one_a_line_is_a_body_of_its_own():
    # "Bộ Tư pháp<br>Bộ Khoa học và Công nghệ<br>VCCI": "VCCI" opened no name, so it was joined to
    # the body before it ("Bộ Khoa học và Công nghệ VCCI").
    text = _IMPL + ("II. NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
                    "|---|---|---|---|---|\n| 1 | Xây dựng Luật | Bộ Tài chính |"
                    " Bộ Tư pháp<br>Bộ Khoa học và Công nghệ<br>VCCI | Năm 2026 |\n")
    assert _pairs(text) == [("Bộ Khoa học và Công nghệ", "coordinate"), ("Bộ Tài chính", "lead"),
                            ("Bộ Tư pháp", "coordinate"), ("VCCI", "coordinate")]


def test_a_negative_growth_in_a_table_is_a_fall():
    # "-0,7" in a growth column was read as a comparator "-" before 0,7 and dropped.
    rows = [("TT", "Chỉ tiêu", "ĐVT", "Ước TH 2025", "Kế hoạch giai đoạn 2026 - 2030", "Tăng BQ giai đoạn (%/năm)"),
            ("Năm 2026", "Năm 2030"),
            ("1", "Diện tích gieo trồng cây lúa", "ha", "58.200", "57.900", "56.200", "-0,7"),
            ("2", "Diện tích cây ăn quả", "ha", "12.000", "12.500", "15.000", "4,6")]
    assert [(t.value, t.unit, t.kind) for t in extract(text=_ANNEX + _one_cell(rows)).targets] == [
        (58200, "ha", "achieved"), (57900, "ha", "target"), (56200, "ha", "target"), (-0.7, "%/năm", "target"),
        (12000, "ha", "achieved"), (12500, "ha", "target"), (15000, "ha", "target"), (4.6, "%/năm", "target")]


def test_a_value_named_by_a_word_of_results_measures_the_figure_before_it():
    # "…; kết quả ước đạt 7,8%" was named "kết quả".
    text = _HEAD.format(title="Phát triển công nghiệp năm 2026") + (
        "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025\n1. Kế hoạch năm 2025 đề ra mục tiêu tốc độ tăng giá trị sản xuất 7,5%;"
        " kết quả ước đạt 7,8%.\n")
    named = [(t.value, t.indicator) for t in extract(text=text).targets]
    assert named[1] == (7.8, named[0][1]) and named[0][1].endswith("tốc độ tăng giá trị sản xuất")


def test_a_header_over_three_rows_names_each_column_by_its_group_and_measure():
    # "Ước TH năm 2025" (merged down) and "Kế hoạch giai đoạn 2026-2030" over "Năm 2026 | Năm 2030",
    # over "Diện tích (ha) | Sản lượng (tấn)" for each: the years' labels slid two columns left.
    rows = [("TT", "Đối tượng nuôi", "Ước TH năm 2025", "Kế hoạch giai đoạn 2026-2030"), ("Năm 2026", "Năm 2030"),
            ("Diện tích (ha)", "Sản lượng (tấn)") * 3,
            ("1", "Tôm nước lợ", "5.400", "31.200", "5.600", "33.500", "6.200", "42.000"),
            ("2", "Cá tra", "780", "198.000", "800", "205.000", "860", "228.000")]
    assert [(t.value, t.unit, t.kind, t.deadline) for t in extract(text=_ANNEX + _one_cell(rows)).targets] == [
        (5400, "ha", "achieved", "2025"), (31200, "tấn", "achieved", "2025"), (5600, "ha", "target", "2026"),
        (33500, "tấn", "target", "2026"), (6200, "ha", "target", "2030"), (42000, "tấn", "target", "2030"),
        (780, "ha", "achieved", "2025"), (198000, "tấn", "achieved", "2025"), (800, "ha", "target", "2026"),
        (205000, "tấn", "target", "2026"), (860, "ha", "target", "2030"), (228000, "tấn", "target", "2030")]


def test_a_pdf_annex_one_cell_a_line_with_a_unit_column_and_group_rows():
    # A PDF's text layer in reading order: the unit's cell in lower case was joined to the name
    # above it by the normaliser, and a "%" unit cell ended the table: nothing was read.
    text = _ANNEX + "\n".join([
        "TT", "Chỉ tiêu", "ĐVT", "Ước thực hiện", "năm 2025", "Kế hoạch", "năm 2026",
        "I", "Kinh tế tập thể", "1", "Số hợp tác xã thành lập mới", "hợp tác xã", "20", "25",
        "2", "Số thành viên hợp tác xã", "người", "1.200", "1.500",
        "II", "Xã hội", "3", "Tỷ lệ hộ nghèo", "%", "3,1", "2,5"]) + "\n"
    assert [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in extract(text=text).targets] == [
        (20, "hợp tác xã", "achieved", "2025", "Số hợp tác xã thành lập mới"),
        (25, "hợp tác xã", "target", "2026", "Số hợp tác xã thành lập mới"),
        (1200, "người", "achieved", "2025", "Số thành viên hợp tác xã"),
        (1500, "người", "target", "2026", "Số thành viên hợp tác xã"),
        (3.1, "%", "achieved", "2025", "Tỷ lệ hộ nghèo"), (2.5, "%", "target", "2026", "Tỷ lệ hộ nghèo")]


def test_a_pdf_annex_whose_header_opens_with_its_first_cells_on_one_line():
    # "TT Chỉ tiêu ĐVT" on one line (a PDF's text layer joins a baseline's cells): no header read.
    text = _ANNEX + "\n".join([
        "TT Chỉ tiêu ĐVT", "Ước thực hiện", "năm 2025", "Kế hoạch", "năm 2026",
        "1", "Số hợp tác xã thành lập mới", "hợp tác xã", "20", "25",
        "2", "Tỷ lệ hộ nghèo", "%", "3,1", "2,5"]) + "\n"
    assert [(t.value, t.unit, t.kind, t.deadline) for t in extract(text=text).targets] == [
        (20, "hợp tác xã", "achieved", "2025"), (25, "hợp tác xã", "target", "2026"),
        (3.1, "%", "achieved", "2025"), (2.5, "%", "target", "2026")]
