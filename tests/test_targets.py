import pytest

from conftest import LEGACY, REAL, ROOT, SEED_001, SEED_002, WEB


def test_seed_001_targets_exactly(extracted):
    doc = extracted(SEED_001)
    got = [(t.value, t.unit, t.comparator, t.scope, t.deadline) for t in doc.targets]
    assert got == [
        (100, "%", "=", "annual", "2028"), (90, "%", ">=", "annual", "2028"), (65, "%", "=", "annual", "2028"),
        (5, "cuộc tập huấn", "=", "term", "2028"), (80, "%", "=", "annual", "2028"),
        (70, "%", ">=", "annual", "2028"), (90, "%", "=", "annual", "2028"),
        (1, "hội diễn văn nghệ", ">=", "term", "2028"), (1, "giải thể thao", ">=", "term", "2028")]
    assert all(t.section.startswith("sec_II__item_2") for t in doc.targets)
    first = doc.targets[0]
    assert first.indicator.startswith("cán bộ công đoàn chủ chốt các cấp")
    assert doc.text[first.start:first.end] == "100%"


def test_no_anniversaries_or_statistics(extracted):
    assert extracted(SEED_002).targets == []  # "137 năm Ngày Quốc tế Lao động" is no target
    assert extracted(WEB / "d06.txt").targets == []  # "Tổng số công đoàn viên: 20" is a statistic


def test_comparators_and_carry_over(extracted):
    d20 = [(t.value, t.comparator, t.deadline) for t in extracted(WEB / "d20.txt").targets]
    assert (7.3, "<=", "2025") in d20 and (6.8, "<=", "2030") in d20  # "xuống còn 7,3% ... và 6,8%"
    assert (12, "<", "2025") in d20
    d14 = [(t.value, t.comparator) for t in extracted(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx").targets]
    assert (85, ">") in d14  # "đạt trên 85%"


def test_the_scope_of_a_value_broken_over_a_line():
    """"90\n%": the value's clause ends past its sentence's line; the scope in it is still read
    (no other scope word within 200 characters before it)."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
                  "Triển khai thực hiện chương trình ABC\n"
                  "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/4/2023 của UBND tỉnh về việc ABC; Nghị quyết số 20 "
                  "của Tỉnh ủy về việc tổ chức hội thi cho đoàn viên công đoàn trên địa bàn.\n"
                  "I. MỤC TIÊU, CHỈ TIÊU\n1. Chỉ tiêu\n- Phấn đấu đạt trên 90\n% đoàn viên được tập huấn hàng năm.\n")
    assert [(t.value, t.unit, t.comparator, t.scope) for t in doc.targets] == [(90, "%", ">", "annual")]


REAL2 = REAL.parent / "real2"


def test_the_plan_attached_to_a_decision(extracted):
    """p031 (dev): the plan printed after the decision's signature ("(Ban hành kèm theo Quyết định
    số …)") lies in the layout's closing; its six aims are read."""
    targets = extracted(REAL2 / "p031.txt").targets
    assert [(t.value, t.unit, t.comparator) for t in targets] == [
        (100, "%", "="), (100, "%", "="), (50, "%", ">="), (100, "%", "="), (100, "%", "="), (100, "%", "=")]
    assert targets[0].indicator.startswith("cán bộ, chiến sĩ, công chức, viên chức, người lao động")


def test_counts_of_any_noun_and_an_annex_restating_the_aims(extracted):
    """p009 (dev): counts of nouns outside the vocabulary ("05 bộ dữ liệu mở"), their indicator
    the counted thing and what follows; the annex table restating the 20 aims adds none."""
    targets = extracted(REAL2 / "p009.txt").targets
    assert len(targets) == 21
    counts = [(t.value, t.unit, t.comparator, t.scope, t.indicator) for t in targets if t.unit != "%"]
    assert counts == [
        (5, "bộ dữ liệu", ">=", "annual", "bộ dữ liệu mở chất lượng cao phục vụ phát triển kinh tế số và xã hội số"),
        (5, "kịch bản ứng", ">=", "annual", "kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương"),
        (20, "tập dữ liệu", ">=", None, "tập dữ liệu mở phục vụ phát triển kinh tế số và xã hội số được công bố")]
    # "với tốc độ 01 Gb/s đạt 100%": a measure inside a percentage's indicator is no target.
    assert not any(t.unit == "Gb/s" for t in targets)
    # (The aim is stated under "VI. TỔ CHỨC THỰC HIỆN", where a plan assigns its aims too: read there,
    # without the "Phấn đấu" opening it; the annex row restating it adds none.)
    stem = targets[-1]
    assert (stem.value, stem.comparator, stem.indicator) == (
        30, ">=", "tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học")


def test_ranges_measures_and_thousands(extracted):
    """p037 (dev): "2 - 3 công trình" a range, "1.200 công trình" twelve hundred, "dưới 40 μg/m3"
    a measure (the "20%" in its parenthesis does not make it part of a percentage's indicator)."""
    got = [(t.value, t.until, t.unit, t.comparator) for t in extracted(REAL2 / "p037.txt").targets]
    assert (2, 3, "công trình nghiên cứu", ">=") in got
    assert (1200, None, "công trình xây dựng", "=") in got
    assert (40, None, "μg/m3", "<") in got
    assert (200, None, "công trình", ">=") in got and (500, None, "công trình", ">=") in got


def test_a_value_wrapped_from_its_indicator_and_a_count_with_its_parts(extracted):
    """p028 (dev): "đ) Đến hết năm 2045: 100%\\nDNNVV, HTX, HKD …" reads on past the line break;
    p043 (dev): "1500 đoàn viên ưu tú cho Đảng, trong đó đến năm 2024 …" ends at "trong đó",
    due by the year before it."""
    last = extracted(REAL2 / "p028.txt").targets[-1]
    assert (last.value, last.deadline, last.indicator) == (
        100, "2045", "DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số")
    party = [(t.value, t.comparator, t.deadline, t.indicator) for t in extracted(REAL2 / "p043.txt").targets
             if t.unit == "đoàn viên ưu tú"]
    assert party == [(1500, "=", "2025", "đoàn viên ưu tú cho Đảng"),
                     (100, ">=", "2024", "đoàn viên ưu tú được kết nạp vào Đảng"),
                     (120, ">=", "2025", "đoàn viên ưu tú được kết nạp vào Đảng")]


def test_kinds_ranges_colons_and_years():
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
                  "Thực hiện chuyển đổi số năm 2026\n"
                  "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/4/2023 của UBND tỉnh về việc ABC.\n"
                  "I. MỤC TIÊU, CHỈ TIÊU\n1. Chỉ tiêu\nHiện nay, toàn tỉnh có 120 doanh nghiệp số.\n"
                  "- Tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu: 26,1%.\n"
                  "- Tốc độ tăng năng suất lao động bình quân 1,0-1,5%/năm.\n"
                  "- Tỷ lệ che phủ rừng đạt 60-70% vào năm 2030.\n- Phát triển trên 500 ha rừng trồng mới.\n"
                  "- Nghị quyết được thông qua khi có trên 50% số phiếu tán thành.\n")
    assert [(t.value, t.until, t.unit, t.comparator, t.kind, t.indicator) for t in doc.targets] == [
        (120, None, "doanh nghiệp số", "=", "achieved", "Hiện nay, toàn tỉnh doanh nghiệp số"),
        (26.1, None, "%", ">=", "target", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
        (1, 1.5, "%", "=", "target", "Tốc độ tăng năng suất lao động bình quân"),
        (60, 70, "%", "=", "target", "Tỷ lệ che phủ rừng"),
        (500, None, "ha", ">", "target", "rừng trồng mới"),  # a measure's unit as SPEC §2.1: "trên 500 ha"
        (50, None, "%", ">", "threshold", "số phiếu tán thành")]


def test_a_table_of_targets_by_year():
    """A pipe table whose columns are years (as every reader writes a table: "a | b | c"): each
    row's indicator with its value cells, the column's year the deadline, the unit "%" or ĐVT."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
                  "Phát triển xuất khẩu năm 2026\n"
                  "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/4/2023 của UBND tỉnh về việc ABC.\n"
                  "I. MỤC TIÊU\nCác chỉ tiêu chủ yếu như sau:\n\n"
                  "TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030\n"
                  "1 | Kim ngạch xuất khẩu nông sản | triệu USD | 350 | 500\n"
                  "2 | Tỷ lệ sản phẩm có chứng nhận | % | 40 | ≥ 60\n"
                  "3 | Số doanh nghiệp xuất khẩu | doanh nghiệp | 120 | 200\n\nII. NHIỆM VỤ\n")
    assert [(t.value, t.unit, t.comparator, t.deadline, t.indicator) for t in doc.targets] == [
        (350, "triệu USD", "=", "2025", "Kim ngạch xuất khẩu nông sản"),
        (500, "triệu USD", "=", "2030", "Kim ngạch xuất khẩu nông sản"),
        (40, "%", "=", "2025", "Tỷ lệ sản phẩm có chứng nhận"),
        (60, "%", ">=", "2030", "Tỷ lệ sản phẩm có chứng nhận"),
        (120, "doanh nghiệp", "=", "2025", "Số doanh nghiệp xuất khẩu"),
        (200, "doanh nghiệp", "=", "2030", "Số doanh nghiệp xuất khẩu")]


def test_a_number_in_words_a_bare_bound_and_a_count_after_a_preposition(extracted):
    """p036 (dev): "tối thiểu một lần/năm" (a number in words after a comparator, a rate), its
    indicator the last task of a long list; p037 (dev): "khi VN_AQI ≥ 300" a rule's threshold with
    no unit; counts in an annex row after "đầu tư mới đối với"; p024 (dev): "cho tối thiểu 2 dự án
    trong các khu …" counts the verb phrase's object, and two aims of 100% sharing words ("các khu
    công nghệ cao, …" / "nhà đầu tư trong khu công nghệ cao, …") stay two."""
    got = [(t.value, t.unit, t.comparator, t.indicator) for t in extracted(REAL2 / "p036.txt").targets]
    assert got == [(1, "lần/năm", ">=", "tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố")]
    p037 = extracted(REAL2 / "p037.txt").targets
    assert [(t.value, t.unit, t.comparator, t.kind, t.indicator) for t in p037 if t.value == 300] == [
        (300, None, ">=", "threshold", "VN_AQI")]
    assert [(t.value, t.unit, t.indicator) for t in p037 if t.value in (22, 6)] == [
        (22, "trạm quan trắc", "trạm quan trắc chất lượng môi trường không khí tự động, liên tục"),
        # (Seventh session: "06 vùng" after the count describes it, the words run on past it.)
        (6, "trạm quan trắc", "trạm quan trắc chất lượng môi trường không khí nền đại diện cho 06 vùng phát triển "
                              "kinh tế")]
    p024 = [(t.value, t.unit, t.comparator, t.deadline, t.indicator) for t in extracted(REAL2 / "p024.txt").targets
            if t.kind == "target"]
    assert p024[:3] == [
        (100, "%", "=", "2026", "các khu công nghệ cao, khu công nghiệp, cụm công nghiệp"),
        (100, "%", "=", "2026",
         "nhà đầu tư trong khu công nghệ cao, khu công nghiệp, cụm công nghiệp được tư vấn phát triển ứng"),
        (2, "dự án", ">=", "2026", "dự án Thí điểm đầu tư ứng dụng 5G, IoT cho quản lý nhà máy thông minh")]


def test_numbers_in_words_need_a_comparator():
    """"ít nhất hai cuộc thi" is an aim of 2; "hai cuộc thi" alone, or "một số đơn vị", is none."""
    from pipeline import extract
    head = ("UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\nTổ chức hội thi\n"
            "I. MỤC TIÊU, CHỈ TIÊU\n")
    doc = extract(text=head + "- Hằng năm tổ chức ít nhất hai cuộc thi tìm hiểu pháp luật cho đoàn viên.\n"
                  "- Tổ chức hai cuộc họp với một số đơn vị.\n")
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(2, "cuộc thi tìm hiểu", ">=")]


_TABLE_HEAD = ("UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\nPhát triển nông nghiệp\n"
               "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/4/2023 của UBND tỉnh về việc ABC.\n"
               "I. MỤC TIÊU\nCác chỉ tiêu chủ yếu như sau:\n\n")


def _table_targets_of(table: str) -> list[tuple]:
    from pipeline import extract
    doc = extract(text=_TABLE_HEAD + table + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    return [(t.value, t.until, t.unit, t.comparator, t.kind, t.deadline, t.indicator) for t in doc.targets]


def test_a_markdown_table_with_a_column_of_results():
    """A legal database's markdown table ("| TT | Chỉ tiêu | Đơn vị | ƯTH năm 2025 | Năm 2030 |" and
    its "|---|" row): the ƯTH (ước thực hiện) column holds results, achieved; "≥ 45" and a range of
    thousands "1.500-2.000" are read."""
    assert _table_targets_of(
        "| TT | Chỉ tiêu | Đơn vị | ƯTH năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ che phủ rừng | % | 42,5 | ≥ 45 |\n"
        "| 2 | Diện tích rừng trồng mới | ha | 1.200 | 1.500-2.000 |\n"
        "| 3 | Tỷ lệ xã đạt chuẩn nông thôn mới | % | 80 | 100 |\n") == [
        (42.5, None, "%", "=", "achieved", "2025", "Tỷ lệ che phủ rừng"),
        (45, None, "%", ">=", "target", "2030", "Tỷ lệ che phủ rừng"),
        (1200, None, "ha", "=", "achieved", "2025", "Diện tích rừng trồng mới"),
        (1500, 2000, "ha", "=", "target", "2030", "Diện tích rừng trồng mới"),
        (80, None, "%", "=", "achieved", "2025", "Tỷ lệ xã đạt chuẩn nông thôn mới"),
        (100, None, "%", "=", "target", "2030", "Tỷ lệ xã đạt chuẩn nông thôn mới")]


def test_a_table_with_two_labels_besides_its_years_is_no_table_of_aims():
    """A task table with a year column and four labels ("TT | Nhiệm vụ | Cơ quan chủ trì | Năm 2025 |
    Ghi chú"): more than three labels beside its years, no table of aims; its cells are not aims."""
    assert _table_targets_of(
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Năm 2025 | Ghi chú |\n|---|---|---|---|---|\n"
        "| 1 | Xây dựng kho dữ liệu | Sở Tài chính | 12 | Hoàn thành |\n") == []


def test_ranges_from_one_value_to_another_and_yearly_indicators():
    """"từ 6,5 đến 7,0%/năm" and "từ 25 đến 28 giường" are ranges (value, until), no minimum; "bình
    quân hằng năm" keeps its year word; a count whose words before name the counted thing ("Số bác
    sĩ/vạn dân: 12 bác sĩ") and a measure after a colon do not repeat it; "USD" is a measure."""
    assert _table_targets_of(
        "1. Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030: từ 6,5 đến 7,0%/năm.\n"
        "2. Số giường bệnh/vạn dân đạt từ 25 đến 28 giường; Số bác sĩ/vạn dân: 12 bác sĩ.\n"
        "3. Tỷ lệ tăng thu ngân sách bình quân hằng năm: 10%.\n"
        "4. Sản lượng lương thực bình quân hằng năm: 31.000 tấn.\n"
        "5. GRDP bình quân đầu người: từ 5.200 đến 5.500 USD.\n") == [
        (6.5, 7.0, "%", "=", "target", None, "Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030"),
        (25, 28, "giường", "=", "target", None, "Số giường bệnh/vạn dân"),
        (12, None, "bác sĩ", "=", "target", None, "Số bác sĩ/vạn dân"),
        (10, None, "%", "=", "target", None, "Tỷ lệ tăng thu ngân sách bình quân hằng năm"),
        (31000, None, "tấn", "=", "target", None, "Sản lượng lương thực bình quân hằng năm"),
        (5200, 5500, "USD", "=", "target", None, "GRDP bình quân đầu người")]


def test_forms_of_published_lists_of_aims_fifth_session():
    """Forms met in published lists of aims (made-up sentences): an indicator on a line ending with a
    colon and its years on the lines under it ("+ Năm 2030: 80%"); "từ 1,5% đến 2%/năm", the first
    end with its own sign, a range; "(ít nhất 35%)" a minimum in a parenthesis; "08/12 thôn" a part
    of a whole (the part the value); "so với năm 2024" the base of a change, no deadline nor part of
    the indicator; a length of life in "tuổi" after "Tuổi thọ", a multiple in "lần" after "tăng";
    a rate per mille."""
    assert _table_targets_of(
        "1. Tỷ lệ người dân có tài khoản thanh toán điện tử:\n+ Năm 2027: 65%;\n+ Năm 2030: 80%.\n"
        "2. Tỷ lệ hộ nghèo đa chiều giảm bình quân từ 1,5% đến 2%/năm.\n"
        "3. Có ít nhất 40 xã đạt chuẩn nông thôn mới nâng cao (ít nhất 35%); 08/12 thôn vùng cao có "
        "đường bê tông.\n"
        "4. Giảm 15% số vụ cháy rừng so với năm 2024.\n"
        "5. Tuổi thọ bình quân của người dân trong tỉnh đạt 75,5 tuổi; thu nhập bình quân đầu người "
        "tăng ít nhất 2,2 lần so với năm 2020.\n"
        "6. Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 12‰.\n") == [
        (65, None, "%", "=", "target", "2027", "Tỷ lệ người dân có tài khoản thanh toán điện tử"),
        (80, None, "%", "=", "target", "2030", "Tỷ lệ người dân có tài khoản thanh toán điện tử"),
        (1.5, 2, "%", "=", "target", None, "Tỷ lệ hộ nghèo đa chiều giảm bình quân"),
        (40, None, "xã", ">=", "target", None, "xã đạt chuẩn nông thôn mới nâng cao"),
        (35, None, "%", ">=", "target", None, "đạt chuẩn nông thôn mới nâng cao"),
        (8, None, "thôn vùng cao", "=", "target", None, "thôn vùng cao có đường bê tông"),
        (15, None, "%", "=", "target", None, "số vụ cháy rừng"),
        (75.5, None, "tuổi", "=", "target", None, "Tuổi thọ bình quân của người dân trong tỉnh"),
        (2.2, None, "lần", ">=", "target", None, "thu nhập bình quân đầu người"),
        (12, None, "‰", "<", "target", None, "Tỷ suất tử vong trẻ em dưới 1 tuổi")]


def test_what_the_fifth_session_forms_leave_alone():
    """No aim: an age describing whom a figure covers ("trẻ em dưới 6 tuổi"), times of a task with
    no verb of growth ("kiểm tra 2 lần"), a date ("ngày 15/11 hằng năm"), a document's number before
    a word a counted noun opens ("Quyết định 12/2025 xã hội hóa"), a part larger than its whole."""
    assert _table_targets_of(
        "- Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 100%.\n"
        "- Tổ chức kiểm tra 2 lần tại mỗi đơn vị.\n"
        "- Trước ngày 15/11 hằng năm, các đơn vị báo cáo kết quả.\n"
        "- Thực hiện theo Quyết định 12/2025 xã hội hóa.\n"
        "- Có 15/11 xã tham gia.\n") == [
        (100, None, "%", "=", "target", None, "Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế")]


def test_a_table_of_aims_without_a_unit_column():
    """"| Chỉ tiêu | Mục tiêu đến 2030 |": the unit the indicator names ("(%)"), a ratio's "%", the
    counted noun after "Số"; "80-85" a range, "dưới 1,5" a comparator."""
    assert _table_targets_of(
        "| Chỉ tiêu | Mục tiêu đến 2030 |\n| --- | --- |\n"
        "| Tỷ lệ dân số được dùng nước sạch (%) | 80-85 |\n"
        "| Số hợp tác xã kiểu mới | 50 |\n"
        "| Tỷ lệ hộ nghèo | dưới 1,5 |\n") == [
        (80, 85, "%", "=", "target", "2030", "Tỷ lệ dân số được dùng nước sạch"),
        (50, None, "hợp tác xã", "=", "target", "2030", "Số hợp tác xã kiểu mới"),
        (1.5, None, "%", "<", "target", "2030", "Tỷ lệ hộ nghèo")]


def test_a_table_whose_group_rows_give_the_deadline():
    """"| TT | Nội dung | Đơn vị tính | Chỉ tiêu |" with group rows "| I | Đến năm 2025 | | |": the
    column of aims has no year; each group row's year is the deadline of the rows under it."""
    assert _table_targets_of(
        "| TT | Nội dung | Đơn vị tính | Chỉ tiêu |\n|---|---|---|---|\n"
        "| I | Đến năm 2025 | | |\n"
        "| 1 | Tỷ lệ trường học đạt chuẩn quốc gia | % | 70 |\n"
        "| II | Đến năm 2030 | | |\n"
        "| 1 | Tỷ lệ trường học đạt chuẩn quốc gia | % | ≥ 80 |\n"
        "| 2 | Số phòng học được kiên cố hóa | phòng | 300 |\n") == [
        (70, None, "%", "=", "target", "2025", "Tỷ lệ trường học đạt chuẩn quốc gia"),
        (80, None, "%", ">=", "target", "2030", "Tỷ lệ trường học đạt chuẩn quốc gia"),
        (300, None, "phòng", "=", "target", "2030", "Số phòng học được kiên cố hóa")]


def test_a_value_in_a_parenthesis_and_a_grade_in_a_list(extracted):
    """p037 (dev): "(giảm 20% so với mức trung bình năm 2024)" — the parenthesis is the value's
    clause; p004 (dev): "cấp hóa chất Cloramin B, Chlorine 70%, máy …" — a concentration, no aim."""
    p037 = [(t.value, t.unit, t.indicator) for t in extracted(REAL2 / "p037.txt").targets if t.value in (10, 20)]
    # (The parenthesis restates the aim before it: its indicator; "(bao gồm: …, Ninh Bình), nồng
    # độ bụi …": the words after the parenthesis closed in the clause.)
    assert p037 == [(20, "%", "Tại thành phố Hà Nội, nồng độ bụi PM2.5 trung bình năm"),
                    (10, "%", "nồng độ bụi PM2.5 trung bình năm")]
    assert not any(t.value == 70 for t in extracted(REAL2 / "p004.txt").targets)


def _cell_layout(rows: list[list[str]]) -> str:
    """A table as a legal-database page renders it (pipeline/tables.py): each row "|", then each
    cell's lines and "|" (an empty cell writes no line)."""
    out = []
    for row in rows:
        out.append("|")
        for cell in row:
            out += [cell, "|"] if cell else ["|"]
    return "\n".join(out) + "\n"


def test_a_year_table_written_one_cell_per_line():
    """The pipe tables' rules on a table written one cell per line: bold header cells of two lines
    ("**ƯTH năm\\n2025**"), an indicator wrapped over two lines, the ĐVT column's unit, the ƯTH column
    achieved, "≥ 45", "1.500-2.000", "dưới 1,5"; empty cells (written as no line, like a row's end)
    put back by the table's width: row 7's ĐVT (a ratio's "%"), row 8's ƯTH, row 9's last
    (but the table's last row's: no row follows to say how many)."""
    table = _cell_layout([
        ["**TT**", "**Chỉ tiêu**", "**ĐVT**", "**ƯTH năm\n2025**", "**Năm\n2030**"],
        ["1", "Tỷ lệ che phủ rừng", "%", "42,5", "≥ 45"],
        ["2", "Diện tích rừng trồng\nmới", "ha", "1.200", "1.500-2.000"],
        ["3", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "80", "100"],
        ["4", "Số hợp tác xã kiểu mới", "hợp tác xã", "35", "50"],
        ["5", "Tỷ lệ hộ nghèo", "%", "2,1", "dưới 1,5"],
        ["6", "Thu nhập bình quân đầu người", "triệu đồng", "65", "95"],
        ["7", "Tỷ lệ lao động qua đào tạo", "", "70", "80"],
        ["8", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "", "1.000"],
        ["9", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "12", ""],
        ["10", "Số trạm y tế đạt chuẩn", "trạm", "20", "25"]])
    assert _table_targets_of(table) == [
        (42.5, None, "%", "=", "achieved", "2025", "Tỷ lệ che phủ rừng"),
        (45, None, "%", ">=", "target", "2030", "Tỷ lệ che phủ rừng"),
        (1200, None, "ha", "=", "achieved", "2025", "Diện tích rừng trồng mới"),
        (1500, 2000, "ha", "=", "target", "2030", "Diện tích rừng trồng mới"),
        (80, None, "%", "=", "achieved", "2025", "Tỷ lệ xã đạt chuẩn nông thôn mới"),
        (100, None, "%", "=", "target", "2030", "Tỷ lệ xã đạt chuẩn nông thôn mới"),
        (35, None, "hợp tác xã", "=", "achieved", "2025", "Số hợp tác xã kiểu mới"),
        (50, None, "hợp tác xã", "=", "target", "2030", "Số hợp tác xã kiểu mới"),
        (2.1, None, "%", "=", "achieved", "2025", "Tỷ lệ hộ nghèo"),
        (1.5, None, "%", "<", "target", "2030", "Tỷ lệ hộ nghèo"),
        (65, None, "triệu đồng", "=", "achieved", "2025", "Thu nhập bình quân đầu người"),
        (95, None, "triệu đồng", "=", "target", "2030", "Thu nhập bình quân đầu người"),
        (70, None, "%", "=", "achieved", "2025", "Tỷ lệ lao động qua đào tạo"),
        (80, None, "%", "=", "target", "2030", "Tỷ lệ lao động qua đào tạo"),
        (1000, None, "doanh nghiệp", "=", "target", "2030", "Số doanh nghiệp thành lập mới"),
        (12, None, "xã", "=", "achieved", "2025", "Số xã đạt chuẩn nông thôn mới nâng cao"),
        (20, None, "trạm", "=", "achieved", "2025", "Số trạm y tế đạt chuẩn"),
        (25, None, "trạm", "=", "target", "2030", "Số trạm y tế đạt chuẩn")]


def test_an_aims_table_with_group_rows_written_one_cell_per_line():
    """"Nội dung | Đơn vị tính | Chỉ tiêu" with group rows "I | Đến năm 2025" (their empty cells
    written as no line, so the row is short): each group row's year is the deadline below it."""
    table = _cell_layout([
        ["**TT**", "**Nội dung**", "**Đơn vị tính**", "**Chỉ tiêu**"],
        ["**I**", "**Đến năm 2025**", "", ""],
        ["1", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "70"],
        ["2", "Số phòng học được kiên cố hóa", "phòng", "120"],
        ["**II**", "**Đến năm 2030**", "", ""],
        ["1", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "≥ 80"],
        ["2", "Số phòng học được kiên cố hóa", "phòng", "300"]])
    assert _table_targets_of(table) == [
        (70, None, "%", "=", "target", "2025", "Tỷ lệ trường học đạt chuẩn quốc gia"),
        (120, None, "phòng", "=", "target", "2025", "Số phòng học được kiên cố hóa"),
        (80, None, "%", ">=", "target", "2030", "Tỷ lệ trường học đạt chuẩn quốc gia"),
        (300, None, "phòng", "=", "target", "2030", "Số phòng học được kiên cố hóa")]


def test_the_dev_annexes_written_one_cell_per_line(extracted):
    """p009 and p037 (dev) write their annexes one cell per line, with no column of values
    ("TT | Chỉ tiêu | Chủ trì", "… | Chỉ tiêu đạt được | Thời hạn hoàn thành"): their aims stay read
    from the cells' sentences; p009's annex restates the aims of its "II. MỤC TIÊU" (none new)."""
    for name, count in (("p009", 21), ("p037", 33)):
        doc = extracted(REAL2 / f"{name}.txt")
        assert len(doc.targets) == count
    p009 = extracted(REAL2 / "p009.txt")
    assert not [t for t in p009.targets if t.start > p009.text.find("PHỤ LỤC")]
    p037 = extracted(REAL2 / "p037.txt")
    assert [(t.value, t.until, t.unit, t.comparator, t.deadline) for t in p037.targets
            if t.start > p037.text.find("PHỤ LỤC")] == [
        (2, None, "loại hình sản phẩm", ">=", None), (2, 3, "công trình nghiên cứu", ">=", None),
        (100, None, "%", "=", None), (100, None, "%", "=", None), (100, None, "%", "=", None),
        (22, None, "trạm quan trắc", "=", None), (6, None, "trạm quan trắc", "=", None),
        (3, None, "trạm", "=", None), (2, None, "bộ tiêu chí", ">=", None), (100, None, "%", "=", None),
        (100, None, "%", "=", None)]


def test_equal_cells_of_a_table_row_are_two_places():
    from pipeline.extract.targets import _cell_starts
    row = "| 1 | Tỷ lệ che phủ rừng | % |  | 45 | 45 |"
    cells = [c.strip(" *") for c in row.strip().strip("|").split("|")]
    starts = _cell_starts(row, 0, len(row), cells)
    assert [row[s:s + len(c)] for s, c in zip(starts, cells)] == cells
    assert starts[4] < starts[5] and starts[3] == row.index("|  |") + 1


def test_aims_listed_side_by_side_are_not_restatements():
    """One paragraph lists five aims of 100% about "thủ tục hành chính": each is its own aim (a
    restatement is the same aim printed again elsewhere), however alike the indicators' words."""
    from pipeline.api import extract
    d = extract(str(ROOT / "tests/fixtures/check/p8_clean_b/child.txt")).to_dict(with_text=True)
    start = d["text"].index("a) Chỉ tiêu: Không có thủ tục")
    end = d["text"].index("\n", start)
    assert [t["indicator"] for t in d["targets"] if start <= t["start"] < end][:5] == [
        "thủ tục hành chính",
        "thủ tục hành chính nội bộ thuộc phạm vi quản lý được công bố, công khai đúng quy định",
        "thủ tục hành chính thuộc thẩm quyền thực hiện không phụ thuộc địa giới hành chính trong phạm vi cấp",
        "thủ tục hành chính được tiếp nhận, trả kết quả tại bộ phận một cửa",
        "thủ tục hành chính liên thông thực hiện đúng hướng dẫn của Bộ Y tế"]


def test_numbered_aims_of_a_resolution():
    """A resolution numbers its aims "(1) … (7)" in one paragraph: the number is no part of the
    indicator."""
    from pipeline.api import extract
    doc = extract("TỈNH ỦY X\nSố: 10-NQ/TU\nX, ngày 01 tháng 3 năm 2024\nNGHỊ QUYẾT\nvề phát triển kinh tế\n\n"
                  "I. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n(1) Tốc độ tăng trưởng GRDP bình quân đạt "
                  "8%/năm; (2) Tỷ lệ đô thị hóa đạt 45%; (3) 100% xã đạt chuẩn nông thôn mới.\n"
                  "II. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển công nghiệp.\n")
    assert [(t.value, t.indicator, t.deadline) for t in doc.targets] == [
        (8, "Tốc độ tăng trưởng GRDP bình quân", "2030"), (45, "Tỷ lệ đô thị hóa", "2030"),
        (100, "xã đạt chuẩn nông thôn mới", "2030")]


def test_a_table_of_years_written_one_cell_per_line_at_the_end_of_a_document():
    """An annex of yearly figures as legal-database pages print a table (one cell per line between
    bars) ending the document: "20.000" on its own line is a cell, not item 20; the bars that close
    the last row are the table's, so its last row is read too."""
    from pipeline.api import extract
    rows = [["STT", "Sản phẩm", "Đơn vị tính", "Năm 2026", "Năm 2027"],
            ["1", "Cà phê nhân", "Tấn", "20.000", "22.000"],
            ["2", "Kim ngạch xuất khẩu", "Triệu USD", "150", "170"]]
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 100/KH-UBND\nSơn La, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\n"
            "Phát triển xuất khẩu giai đoạn 2026 - 2030\n\nI. MỤC TIÊU\nCác chỉ tiêu tại Phụ lục.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì thực hiện.\n\nPHỤ LỤC\nCHỈ TIÊU XUẤT KHẨU\n|\n"
            + "".join("\n|\n".join(r) + "\n|\n|\n" for r in rows))
    doc = extract(text=text)
    assert [s.label for s in doc.sections if s.kind in ("section", "item")] == ["I", "II", "1"]
    assert [(t.value, t.unit, t.indicator, t.deadline) for t in doc.targets] == [
        (20000, "Tấn", "Cà phê nhân", "2026"), (22000, "Tấn", "Cà phê nhân", "2027"),
        (150, "Triệu USD", "Kim ngạch xuất khẩu", "2026"), (170, "Triệu USD", "Kim ngạch xuất khẩu", "2027")]


def test_a_header_over_two_rows_years_under_a_spanning_cell():
    """"STT | Sản phẩm | Đơn vị tính | Kế hoạch giai đoạn 2026 - 2030" over a row of years, as a
    pipe table and as one cell per line: the years are the columns of values."""
    from pipeline.api import extract
    head = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 100/KH-UBND\nSơn La, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\n"
            "Phát triển xuất khẩu giai đoạn 2026 - 2030\n\nI. MỤC TIÊU\nCác chỉ tiêu tại Phụ lục.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì thực hiện.\n\nPHỤ LỤC\nCHỈ TIÊU XUẤT KHẨU\n")
    pipes = ("| STT | Sản phẩm | Đơn vị tính | Kế hoạch giai đoạn 2026 - 2030 | |\n|---|---|---|---|---|\n"
             "| | | | 2026 | 2027 |\n| 1 | Cà phê nhân | Tấn | 20.000 | 22.000 |\n")
    rows = [["STT", "Sản phẩm", "Đơn vị tính", "Kế hoạch giai đoạn 2026 - 2030"], ["2026", "2027"],
            ["1", "Cà phê nhân", "Tấn", "20.000", "22.000"]]
    cells = "|\n" + "".join("\n|\n".join(r) + "\n|\n|\n" for r in rows)
    for table in (pipes, cells):
        doc = extract(text=head + table)
        assert [(t.value, t.unit, t.indicator, t.deadline) for t in doc.targets] == [
            (20000, "Tấn", "Cà phê nhân", "2026"), (22000, "Tấn", "Cà phê nhân", "2027")]


def test_an_ocr_draft_plan_rates_levels_and_sessions(extracted):
    """b09 (dev, an OCR reading of a draft plan): "CHÍ TIỂU" read as a targets heading without its
    marks; "29 xã, phường, đặc khu" one counted thing; "ít nhất I buổi" (I for 1); "100% cấp xã.
    thôn, xóm" (a full stop before a word in lower case ends no clause); a bare count of sessions
    of the activity its line organises ("tô chức tuyên truyền …")."""
    doc = extracted(ROOT / "corpus" / "real3" / "b09_TTr-91-CAT-PC04_du-thao-KH_ocr.txt")
    got = [(t.value, t.unit, t.comparator) for t in doc.targets]
    assert got == [(40, "%", ">="), (29, "xã, phường, đặc khu", "="), (35, "địa bàn cấp", "="),
                   (1, "lần/tháng", ">="), (1, "buổi", ">="), (1, "hoạt động", ">="), (100, "%", "="),
                   (100, "%", "=")]
    assert doc.targets[1].indicator == "xã, phường, đặc khu có Quyết định công nhận địa bàn không ma túy năm 2025"
    # "giao ban ít nhất 01 lần/tháng đối với các địa bàn đã có Quyết định …": a past cue after a
    # minimum describes what it counts; the object after a measure is part of what it measures.
    assert doc.targets[3].indicator.startswith("Tổ chức, duy trì công tác giao ban đối với các địa bàn đã có")
    assert doc.targets[4].indicator.startswith("buổi tuyên truyền, hướng dẫn kỹ năng về phòng")
    assert doc.targets[6].indicator.startswith("cấp xã. thôn, xóm, bản, làng, khu dân cư ký cam kết")


def test_a_lost_percent_sign_a_depth_and_a_headline_aim_restated(extracted):
    """b07 (OCR): "trên 2 các cơ sở kinh doanh" is 2% (no count is followed by "các"); b02: depths
    ("đến độ sâu 300 và 1.500 mét nước", "ẩn sâu … đến 1.000 m") are no aims; "phát thải ròng bằng 0
    trước năm 2050" is an aim of none (annotated)."""
    b07 = extracted(ROOT / "corpus" / "real3" / "b07_KH-996-KH-TCTLNTW-C04_ocr.txt")
    assert [(t.value, t.unit, t.comparator) for t in b07.targets] == [
        (15, "%", ">"), (2, "%", ">"), (70, "%", ">"), (10, "%", ">")]
    assert b07.targets[1].indicator.startswith("các cơ sở kinh doanh có hoạt động hợp pháp")
    b02 = extracted(ROOT / "corpus" / "real3" / "b02_NQ-10-NQ-TW_dia-chat-khoang-san.txt")
    assert [(t.value, t.unit, t.deadline) for t in b02.targets] == [(80, "%", "2025"), (85, "%", "2030"),
                                                                   (100, "%", "2045"), (0, None, None)]


@pytest.mark.slow
def test_a_headline_aim_restated_in_other_words(extracted):
    """21_ (a Word 97 plan): "ít nhất 40% địa bàn cấp xã không ma túy trong năm 2026" in the preamble
    and "ít nhất 40% xã, phường, đặc khu không ma túy trong năm 2026" in section III are one aim."""
    doc = extracted(LEGACY / "21_KH-KMT-2026-UBND-LamDong.doc")
    assert [(t.value, t.unit) for t in doc.targets if t.unit == "%"] == [(40, "%"), (100, "%"), (100, "%")]


def test_a_rate_per_unit_and_alternatives_after_a_slash():
    """"01 sáng kiến/mô hình/ giải pháp" (12_, own corpus): a slash before a word in lower case
    joins the count's noun to what it is per or to its alternatives, no code; a table's cell
    separator ends the clause."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\nCải cách hành chính\n"
                  "I. MỤC TIÊU\n1 | Tổ chức thi | Hằng năm mỗi cơ quan, đơn vị phải có ít nhất 01 sáng kiến/mô hình/ "
                  "giải pháp về cải cách hành chính | Sở Nội vụ\n"
                  "- Bảo đảm mỗi học kỳ tổ chức ít nhất 1 buổi/cơ sở giáo dục; ban hành Kế hoạch số 05/KH-UBND.\n")
    got = [(t.value, t.unit, t.indicator) for t in doc.targets]
    assert got == [(1, "sáng kiến/mô hình/ giải pháp", "sáng kiến/mô hình/ giải pháp về cải cách hành chính"),
                   (1, "buổi/cơ sở giáo dục", "mỗi học kỳ tổ chức buổi/cơ sở giáo dục")]


def test_quotas_of_a_telegram():
    """04_CD-2003-CD-VPCP (dev, a telegram): a quota per unit ("mỗi đơn vị 02 đại biểu"), a count
    after "cử" and "Chuẩn bị"; a count closing a parenthesis counts what the parenthesis is about.
    "Mỗi cặp vợ chồng có 2 con" (d04) is a norm, no quota."""
    from pipeline import extract
    doc = extract(text="VĂN PHÒNG CHÍNH PHỦ\nSố: /CĐ-VPCP\nHà Nội, ngày tháng năm\nCÔNG ĐIỆN\nmời dự Hội nghị\n"
                  "III. Văn phòng Chính phủ trân trọng đề nghị:\n"
                  "1. Bộ Công an:\n- Chuẩn bị 60 bộ tài liệu báo cáo phát tại điểm cầu Trụ sở Chính phủ.\n"
                  "2. Bộ Y tế: Mời đại diện lãnh đạo một số đơn vị thuộc Bộ Y tế: Cục Phòng bệnh, Đại học Y Hà Nội "
                  "(mỗi đơn vị 02 đại biểu) cùng dự Hội nghị.\n"
                  "3. Các Bộ, cơ quan, địa phương dự Hội nghị đúng thành phần được mời; cử 01 cán bộ đi cùng "
                  "Lãnh đạo dự Hội nghị.\n4. Mỗi cặp vợ chồng có 2 con đã trở thành chuẩn mực.\n")
    got = [(t.value, t.unit, t.indicator) for t in doc.targets]
    assert got == [(60, "bộ tài liệu", "bộ tài liệu báo cáo phát tại điểm cầu Trụ sở Chính phủ"),
                   (2, "đại biểu", "mỗi đơn vị đại biểu"),
                   (1, "cán bộ đi cùng", "cán bộ đi cùng Lãnh đạo dự Hội nghị")]


def test_a_count_of_campaigns_carried_out(extracted):
    """003 (own corpus): "sẽ tiến hành 4 đợt tuyên truyền cao điểm" — "tiến hành" (carry out) cues a
    count like "tổ chức"."""
    doc = extracted(ROOT / "corpus" / "seeds" / "003_d7c72909e470e888.txt")
    assert (4, "đợt tuyên truyền") in [(t.value, t.unit) for t in doc.targets]


def test_a_year_set_apart_for_one_aim():
    """15_ (own corpus): "phấn đấu đến năm 2030 đạt ít nhất 50% …, riêng năm 2025 phấn đấu xây dựng
    được ít nhất 20% xã, phường, đặc khu không có ma túy": the 20% is due 2025."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\nPhòng, chống ma túy\n"
                  "II. MỤC TIÊU\n- Phấn đấu đến năm 2030 đạt ít nhất 50% số xã, phường, đặc khu trên toàn tỉnh không "
                  "có ma túy, riêng năm 2025 phấn đấu xây dựng được ít nhất 20% xã, phường, đặc khu không có ma túy.\n")
    assert [(t.value, t.deadline) for t in doc.targets] == [(50, "2030"), (20, "2025")]


def test_a_value_column_header_names_the_unit_after_its_year():
    """"Kế hoạch năm 2026 (%)": the unit in the value column's header (a form of annex tables; no
    corpus document has it, so the text is made for the test)."""
    assert _table_targets_of(
        "| STT | Chỉ tiêu | Kế hoạch năm 2026 (%) | Năm 2030 (ha) |\n|---|---|---|---|\n"
        "| 1 | Tỷ lệ hộ nghèo giảm | 1,5 | |\n| 2 | Diện tích trồng rừng mới | | 1.200 |\n") == [
        (1.5, None, "%", "=", "target", "2026", "Tỷ lệ hộ nghèo giảm"),
        (1200, None, "ha", "=", "target", "2030", "Diện tích trồng rừng mới")]


def test_table_values_with_thousands_and_decimals_or_a_unit_in_the_cell():
    """"1.250,5" (million USD, as export annexes print them) and "35 xã" (the unit in the cell)
    are values; "5 năm" (a duration) is none. Made for the test: no corpus table has these."""
    assert _table_targets_of(
        "| STT | Chỉ tiêu | Năm 2030 |\n|---|---|---|\n"
        "| 1 | Kim ngạch xuất khẩu nông sản (triệu USD) | 1.250,5 |\n"
        "| 2 | Kim ngạch xuất khẩu gạo | 310,25 triệu USD |\n| 3 | Số xã đạt chuẩn | 35 xã |\n"
        "| 4 | Thời gian thực hiện | 5 năm |\n") == [
        (1250.5, None, "triệu USD", "=", "target", "2030", "Kim ngạch xuất khẩu nông sản"),
        (310.25, None, "triệu USD", "=", "target", "2030", "Kim ngạch xuất khẩu gạo"),
        (35, None, "xã", "=", "target", "2030", "Số xã đạt chuẩn")]


def test_prose_values_with_thousands_and_decimals_and_money_units():
    from pipeline.api import extract
    doc = extract(text="ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nKẾ HOẠCH\nXuất khẩu\n\nI. MỤC TIÊU\n\n"
                       "Phấn đấu trồng mới 2.500,5 ha rừng; kim ngạch xuất khẩu đạt trên 2 tỷ USD.\n")
    # (A unit of measure takes no words after it, SPEC §2.1 "trên 500 ha": "ha", not "ha rừng".)
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(2500.5, "ha", "="), (2, "tỷ USD", ">")]


def test_counted_workers_after_cho_and_star_ranks():
    """"cho 5.000 lao động": a counted noun of the vocabulary after a preposition is a count (a noun
    outside it there describes, "đại diện cho 06 vùng"); "OCOP 3 sao" is a rank, no count."""
    from pipeline.api import extract
    doc = extract(text="ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển\n\nI. MỤC TIÊU\n\n"
                       "- Đào tạo nghề cho 5.000 lao động nông thôn.\n"
                       "- Phấn đấu có thêm 15 sản phẩm đạt chuẩn OCOP 3 sao trở lên.\n")
    assert [(t.value, t.unit) for t in doc.targets] == [(5000, "lao động nông thôn"), (15, "sản phẩm")]


def test_a_report_of_the_past_period_and_changes_from_one_value_to_another(extracted):
    """The Government's 2005 plan report (dev, corpus/legacy/23, TCVN3 PDF): figures of a section
    of the situation are achieved ("Đánh giá tổng quát", "Tình hình thực hiện …"); a count there
    is one where a verb of reaching opens it, though a percentage compares it in its clause; the
    words after a value that compare it ("so với năm 2004") name no indicator; the base of a
    change ("từ 36% năm 2003") is no aim, and the second value measures what the words before the
    base name."""
    doc = extracted(LEGACY / "23_BC-ke-hoach-2005-QH_tcvn3-font.pdf")
    by_value = {}
    for t in doc.targets:
        by_value.setdefault(t.value, []).append((t.unit, t.comparator, t.kind, t.deadline, t.indicator))
    assert ("%", "=", "achieved", "2004", "Tỷ trọng của ngành thương nghiệp") in by_value[36.5]
    assert ("%", "=", "target", "2005", "Dự kiến tỷ lệ tích luỹ so với tổng tích luỹ tiêu - dùng") in by_value[33.7]
    # (The bases "từ 8,2% năm 2003", "từ 28,1% năm 2004" are none.)
    assert [t.value for t in doc.targets if "từ 8,2% năm 2003" in t.text] == [8.4]
    assert [t.value for t in doc.targets if "từ 28,1% năm 2004" in t.text] == [29.8]
    assert by_value[166.9] == [("nghìn tỷ đồng", "=", "achieved", "2004", "Tổng thu ngân sách nhà nước")]
    # ("Kim ngạch xuất khẩu dự kiến đạt 450 triệu USD, tăng 22% so với năm trước": a further figure
    # of the subject, test_figures_of_one_subject_its_parts_and_its_plan below.)
    assert ("%", "=", "achieved", "2004", "Kim ngạch xuất khẩu") in by_value[22]


def test_figures_of_one_subject_its_parts_and_its_plan(extracted):
    """The 2005 plan report (23, dev): the subject before a chain of figures is what each measures
    ("Trong đó xuất khẩu hàng công nghiệp nặng và khoáng sản là 9 tỷ USD, chiếm 31,6% tổng kim
    ngạch xuất khẩu, tăng 12,5% so với …": a share of the whole after "chiếm", "bằng"); a yearly
    breakdown in a parenthesis measures the aggregate before it ("khoảng 7,2% (năm 2001 tăng 6,9%,
    …)"), so does the plan's figure ("khoảng 7,6% (kế hoạch 7,5-8%)"); a value inside a parenthesis
    measures the words before it there ("(lúa 35,2 triệu tấn; …)"); "trong đó" and the words of
    estimating or comparing at an indicator's end are no part of it."""
    doc = extracted(LEGACY / "23_BC-ke-hoach-2005-QH_tcvn3-font.pdf")
    got = {(t.value, t.until, t.unit, t.indicator) for t in doc.targets}
    heavy = "xuất khẩu hàng công nghiệp nặng và khoáng sản"
    assert {(31.6, None, "%", f"{heavy} trong tổng kim ngạch xuất khẩu"), (12.5, None, "%", heavy),
            (40.4, None, "%", "hàng công nghiệp nhẹ và tiểu thủ công nghiệp trong tổng kim ngạch xuất khẩu"),
            (23.5, None, "%", "Tổng thu ngân sách nhà nước so với GDP"),
            (40.75, None, "nghìn tỷ đồng", "Bội chi ngân sách nhà nước")} <= got
    gdp = "nhịp độ tăng trưởng GDP bình quân 4 năm 2001 - 2004"
    assert {(v, None, "%", gdp) for v in (7.2, 6.9, 7.1, 7.3, 7.6)} <= got
    # (The plan's figure beside a result is an aim: "khoảng 7,6% (kế hoạch 7,5-8%)".)
    assert [(t.kind, t.indicator) for t in doc.targets if (t.value, t.until) == (7.5, 8)] == [
        ("target", "Tốc độ tăng trưởng tổng sản phẩm trong nước (GDP)")]
    # (A result and an aim of one value are two entries: "tăng khoảng 8% (kế hoạch 8%)".)
    assert [(t.kind, t.indicator) for t in doc.targets if t.value == 8 and t.unit == "%"
            and t.indicator == "Giá trị các ngành dịch vụ"] == [("achieved", "Giá trị các ngành dịch vụ"),
                                                              ("target", "Giá trị các ngành dịch vụ")]
    assert {(7.6, None, "%", "Tốc độ tăng trưởng tổng sản phẩm trong nước (GDP)"),
            (7.5, 8, "%", "Tốc độ tăng trưởng tổng sản phẩm trong nước (GDP)"),
            (35.2, None, "triệu tấn", "lúa"), (10.7, None, "%", "công nghiệp"),
            (14.6, None, "%", "tốc độ tăng xuất khẩu bình quân 4 năm")} <= got
    # ("…, trong đó nông nghiệp 133,2 nghìn tỷ đồng": the part; "chiếm 44,2% tổng giá trị xuất
    # khẩu, năm 2001: 46,7%; năm 2002: 50,4%; …": each year's value measures the first's subject.)
    assert (133.2, None, "nghìn tỷ đồng", "nông nghiệp") in got
    exported = [t.value for t in doc.targets if t.value in (46.7, 50.4, 55, 57) and t.unit == "%"
                and (t.indicator or "").endswith("hàng qua chế biến")]
    assert exported == [46.7, 50.4, 55, 57]
    # A quantity in thousands or millions is a figure of its own beside a percentage ("thu hút vào
    # các ngành nông, lâm, ngư nghiệp 830 nghìn lao động, …, chiếm …%"); one after "tương đương"
    # restates the figure before it in another unit: its subject.
    assert (830, None, "nghìn lao động", "thu hút vào các ngành nông, lâm, ngư nghiệp lao động") in got
    assert (18, 19, "tỷ USD", "dự báo khả năng huy động nguồn vốn đầu tư phát triển năm 2005") in got
    # ("tăng khoảng 2% so với năm 2004, phân NPK 2,2 triệu tấn": the comparison belongs to the value
    # before; "tăng … so với ước thực hiện năm 2004 và chiếm 28% tổng chi": a chain joined by "và".)
    assert (2.2, None, "triệu tấn", "phân NPK") in got
    assert (3.6, None, "triệu tấn", "ngô") in got  # "lúa đạt 35,4 triệu tấn, ngô 3,6 triệu tấn"
    assert (28, None, "%", "chi đầu tư phát triển trong tổng chi") in got
    # p009 (dev): "Kinh tế số chiếm 45% GRDP tỉnh".
    p009 = extracted(REAL2 / "p009.txt").targets
    assert [t.indicator for t in p009 if t.value == 45] == ["Kinh tế số trong GRDP tỉnh"]


def test_quantities_in_thousands_or_millions_measure_what_is_named_before_them(extracted):
    """A count in thousands or millions of a thing not money is a quantity the plan sets, an aim
    without a cue word, measuring the words before it like a unit of measure ("sản lượng cà phê
    720 nghìn tấn"; 23, dev); money in millions is too where a verb of reaching opens it ("Kim
    ngạch xuất khẩu đạt 25 tỷ USD"); a name in quotation marks is none (seed 002: Chương trình
    “01 triệu sáng kiến …”)."""
    doc = extracted(LEGACY / "23_BC-ke-hoach-2005-QH_tcvn3-font.pdf")
    got = {(t.value, t.unit): (t.comparator, t.kind, t.deadline, t.indicator) for t in doc.targets}
    assert got[(720, "nghìn tấn")] == ("=", "target", "2005", "sản lượng cà phê")
    assert got[(2.75, "triệu tấn")] == ("=", "target", "2005", "sản lượng thịt hơi")
    assert got[(25, "tỷ USD")] == ("=", "achieved", "2004", "Kim ngạch xuất khẩu")
    assert not any("triệu" in (t.unit or "") for t in extracted(SEED_002).targets)


def test_the_figure_scan_gives_what_scanning_each_clause_whole_gives(extracted):
    """Differential: :class:`_FigureScan` (each clause scanned once as its values come in order,
    out of order scanned again) against scanning the clause from its start for each value, on the
    2005 plan report's text (dev), clauses of every value of its first 100 K characters."""
    from pipeline.extract.targets import _FigureScan, _is_figure, _value_re, vocabulary_patterns
    text = extracted(LEGACY / "23_BC-ke-hoach-2005-QH_tcvn3-font.pdf").text[:100_000]
    rx = vocabulary_patterns()
    scan = _FigureScan(text, rx)
    starts = [m.start() for m in _value_re().finditer(text)]
    checked = 0
    for i, s in enumerate(starts):
        cl = text.rfind("\n", 0, s) + 1 if i % 7 else max(0, s - 400)  # (a line's start; some other span)
        figures = [f for f in _value_re().finditer(text, cl, s) if _is_figure(f, rx)]
        first, last_end = scan.before(cl, s)
        assert (first.span() if first else None, last_end) == (
            figures[0].span() if figures else None, figures[-1].end() if figures else -1)
        checked += 1
    assert checked > 300


def test_rates_per_population_an_index_and_a_score_sixth_session():
    """Forms of published aims (made-up sentences): a rate per a power of ten of a population
    ("40/100.000 dân", "12 máy/100 dân"), the unit the slash, the power and the noun; an index's value,
    no unit ("Chỉ số … (HDI) đạt 0,85"); a score of an index in "điểm"; a count after "cho khoảng"
    is the object of the verb phrase before it; "chứng chỉ" ends an indicator whole."""
    assert _table_targets_of(
        "1. Tỷ lệ mắc lao giảm xuống còn 40/100.000 dân.\n"
        "2. Mật độ điện thoại đạt 12 máy/100 dân.\n"
        "3. Chỉ số phát triển con người (HDI) đạt 0,85.\n"
        "4. Chỉ số cải cách hành chính đạt 90 điểm trở lên.\n"
        "5. Đào tạo nghề cho khoảng 15.000 lao động/năm.\n"
        "6. Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%.\n") == [
        (40, None, "/100.000 dân", "<=", "target", None, "Tỷ lệ mắc lao"),
        (12, None, "máy/100 dân", "=", "target", None, "Mật độ điện thoại máy/100 dân"),
        (0.85, None, None, "=", "target", None, "Chỉ số phát triển con người (HDI)"),
        (90, None, "điểm", ">=", "target", None, "Chỉ số cải cách hành chính"),
        (15000, None, "lao động/năm", "=", "target", None, "lao động/năm Đào tạo nghề"),
        (70, None, "%", "=", "target", None, "Tỷ lệ lao động qua đào tạo"),
        (30, None, "%", "=", "target", None, "có bằng cấp, chứng chỉ")]


def test_what_the_sixth_session_forms_leave_alone():
    """No aim: a date ("ngày 15/11 hằng năm": its month is no power of ten), a budget ("với kinh phí
    500 triệu đồng"), a number after "là" in a task where an index is named but the plan sets no aim
    there and no verb of reaching opens it, a score-like "điểm" with no index named (a clause's
    letter)."""
    from pipeline import extract
    doc = extract(text=_TABLE_HEAD + "- 100% cán bộ được tập huấn.\nII. NHIỆM VỤ\n"
                  "1. Tổ chức 05 lớp tập huấn với kinh phí 500 triệu đồng.\n"
                  "2. Báo cáo trước ngày 15/11 hằng năm; rà soát chỉ số theo Điều 5 là 3.\n"
                  "3. Thực hiện theo 2 điểm của Hướng dẫn.\n")
    assert [(t.value, t.unit, t.indicator) for t in doc.targets] == [
        (100, "%", "cán bộ được tập huấn"), (5, "lớp tập huấn", "lớp tập huấn với kinh phí")]


def test_a_header_of_plan_and_past_columns_sixth_session():
    """"| TT | Chỉ tiêu | ĐVT | Thực hiện năm 2020 | Kế hoạch năm 2025 | Tốc độ tăng bình quân (%) |":
    more than three labels, but an indicator and a unit column and a column the header calls the
    plan's: a table of aims, the column of results achieved. In a plan issued in 2024, a column of a
    year alone before 2024 ("Năm 2021") holds results, achieved; a report's table of years with a
    "Ghi chú" column is still none."""
    assert _table_targets_of(
        "| TT | Chỉ tiêu | ĐVT | Thực hiện năm 2020 | Kế hoạch năm 2025 | Tốc độ tăng bình quân (%) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Giá trị sản xuất công nghiệp | tỷ đồng | 12.500 | 20.000 | 10,5 |\n"
        "| 2 | Tỷ lệ lao động qua đào tạo | % | 60 | 70 | |\n") == [
        (12500, None, "tỷ đồng", "=", "achieved", "2020", "Giá trị sản xuất công nghiệp"),
        (20000, None, "tỷ đồng", "=", "target", "2025", "Giá trị sản xuất công nghiệp"),
        (10.5, None, "%", "=", "target", "2025", "Tốc độ tăng bình quân Giá trị sản xuất công nghiệp"),
        (60, None, "%", "=", "achieved", "2020", "Tỷ lệ lao động qua đào tạo"),
        (70, None, "%", "=", "target", "2025", "Tỷ lệ lao động qua đào tạo")]
    from pipeline import extract
    dated = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 45/KH-UBND\nBình An, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\n"
             "Giảm nghèo bền vững\nI. MỤC TIÊU\n")
    doc = extract(text=dated + "| TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Năm 2025 |\n|---|---|---|---|---|---|\n"
                  "| 1 | Tỷ lệ hộ nghèo | % | 4,2 | 3,5 | 2 |\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert doc.document.issued_date == "2024-03-10"
    assert [(t.value, t.until, t.unit, t.comparator, t.kind, t.deadline, t.indicator) for t in doc.targets] == [
        (4.2, None, "%", "=", "achieved", "2021", "Tỷ lệ hộ nghèo"),
        (3.5, None, "%", "=", "achieved", "2022", "Tỷ lệ hộ nghèo"),
        (2, None, "%", "=", "target", "2025", "Tỷ lệ hộ nghèo")]
    assert _table_targets_of(
        "| STT | Chỉ tiêu | ĐVT | Năm 2020 | Năm 2021 | Năm 2022 | Ghi chú |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Số hồ sơ tiếp nhận | hồ sơ | 1.200 | 1.500 | 1.800 | |\n") == []


def test_years_labelling_values_after_a_colon_and_an_aim_of_none_sixth_session():
    """"Tỷ lệ …: năm 2026 đạt 50%; năm 2027 đạt 70%": each value measures the words before the colon
    and is due by the year labelling it (not the first year of its bullet's heading); "phát thải ròng
    bằng “0”" is an aim of none, no unit, of the words after "mục tiêu"; a deadline closed by a comma
    at the start of an indicator is no part of it."""
    assert _table_targets_of(
        "- Tỷ lệ người dân sử dụng dịch vụ công trực tuyến: năm 2026 đạt 50%; năm 2027 đạt 70%.\n"
        "- Giảm phát thải khí nhà kính, hướng tới mục tiêu phát thải ròng bằng “0” vào năm 2050.\n"
        "- Phấn đấu đến năm 2030, tỷ lệ đô thị hóa đạt trên 45%.\n") == [
        (50, None, "%", "=", "target", "2026", "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến"),
        (70, None, "%", "=", "target", "2027", "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến"),
        (0, None, None, "=", "target", "2050", "phát thải ròng"),
        (45, None, "%", ">", "target", "2030", "tỷ lệ đô thị hóa")]


def test_a_table_of_aims_by_unit_sixth_session():
    """"| STT | Đơn vị | Tỷ lệ hộ nghèo đến năm 2025 (%) | Số xã đạt chuẩn NTM đến 2025 |": columns of
    an aim by a year, each row the unit it is set for ("Đơn vị" heads their names, no unit column);
    the indicator the aim and the unit, the unit "%" or the counted noun after "Số". A report's table
    of counts by past year ("Số hộ nghèo năm 2022") names no plan's word: none."""
    assert _table_targets_of(
        "| STT | Đơn vị | Tỷ lệ hộ nghèo đến năm 2025 (%) | Số xã đạt chuẩn NTM đến 2025 |\n|---|---|---|---|\n"
        "| 1 | Huyện Đông Sơn | 2,5 | 12 |\n| 2 | Thị xã Tây Hòa | 1,8 | 5 |\n") == [
        (2.5, None, "%", "=", "target", "2025", "Tỷ lệ hộ nghèo Huyện Đông Sơn"),
        (12, None, "xã", "=", "target", "2025", "Số xã đạt chuẩn NTM Huyện Đông Sơn"),
        (1.8, None, "%", "=", "target", "2025", "Tỷ lệ hộ nghèo Thị xã Tây Hòa"),
        (5, None, "xã", "=", "target", "2025", "Số xã đạt chuẩn NTM Thị xã Tây Hòa")]
    assert _table_targets_of(
        "| STT | Huyện | Số hộ nghèo năm 2022 | Số hộ nghèo năm 2023 |\n|---|---|---|---|\n"
        "| 1 | Huyện Đông Sơn | 1.200 | 1.000 |\n") == []


def test_a_table_of_years_in_a_section_of_results_sixth_session():
    """A table of years alone ("Năm 2021 | Năm 2022 | Năm 2023") under "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN …"
    (the document's date unread, as in _TABLE_HEAD): its cells are results, achieved; the aims of the
    section of aims after it stay aims."""
    from pipeline import extract
    doc = extract(text=_TABLE_HEAD.replace("I. MỤC TIÊU\nCác chỉ tiêu chủ yếu như sau:\n\n", "")
                  + "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2023\n"
                  "| STT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Năm 2023 |\n|---|---|---|---|---|---|\n"
                  "| 1 | Tỷ lệ hộ nghèo | % | 5 | 4,2 | 3,5 |\nII. MỤC TIÊU\n- Tỷ lệ hộ nghèo dưới 2% vào năm 2025.\n")
    assert doc.document.issued_date is None
    assert [(t.value, t.unit, t.kind, t.deadline) for t in doc.targets] == [
        (5, "%", "achieved", "2021"), (4.2, "%", "achieved", "2022"), (3.5, "%", "achieved", "2023"),
        (2, "%", "target", "2025")]


def test_shared_words_lists_after_a_colon_and_deadlines_sixth_session():
    """"đạt 40% vào năm 2025 và 50% vào năm 2030": the second shares the words before the first
    value, not the first value's; "từ 60% năm 2023 lên 75% năm 2025": the year right after the value
    is its deadline (not the bullet's first year); "100% (22/22) xã …": a parenthesis of numbers is
    no part of the indicator; "Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp - xây dựng 35%": each
    part names its own; "- Đến năm 2030: 100%." under an aim of its unit on the line before
    measures that aim."""
    assert _table_targets_of(
        "- Tỷ lệ đô thị hóa đạt 40% vào năm 2025 và 50% vào năm 2030.\n"
        "- Tỷ lệ hộ sử dụng nước sạch tăng từ 60% năm 2023 lên 75% năm 2025.\n"
        "- 100% (22/22) xã, thị trấn có bưu điện văn hóa xã.\n"
        "- Cơ cấu kinh tế: nông nghiệp 21%, công nghiệp - xây dựng 34%, dịch vụ 45%.\n"
        "- Đến hết năm 2025: 80% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình.\n"
        "- Đến năm 2030: 100%.\n") == [
        (40, None, "%", "=", "target", "2025", "Tỷ lệ đô thị hóa"),
        (50, None, "%", "=", "target", "2030", "Tỷ lệ đô thị hóa"),
        (75, None, "%", "=", "target", "2025", "Tỷ lệ hộ sử dụng nước sạch"),
        (100, None, "%", "=", "target", None, "xã, thị trấn có bưu điện văn hóa xã"),
        (21, None, "%", "=", "target", None, "Cơ cấu kinh tế: nông nghiệp"),
        (34, None, "%", "=", "target", None, "công nghiệp - xây dựng"),
        (45, None, "%", "=", "target", None, "dịch vụ"),
        (80, None, "%", "=", "target", "2025", "thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình"),
        (100, None, "%", "=", "target", "2030", "thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình")]


def test_a_noun_whose_last_word_is_a_function_words_first_sixth_session():
    """"thuê bao": "bao" opens no counted noun only as "bao gồm" (unit_stopwords), so "10.000 thuê
    bao internet" counts "thuê bao internet"."""
    assert [t[:3] for t in _table_targets_of("- Tăng thêm 10.000 thuê bao internet.\n")] == [
        (10000, None, "thuê bao internet")]


def test_a_ratio_word_alone_before_a_value_sixth_session():
    """"Đạt tỷ lệ 95% người dân hài lòng": a ratio word and a verb alone before the value name
    nothing; the words after it do."""
    assert [t[:3] + t[6:] for t in _table_targets_of("- Đạt tỷ lệ 95% người dân hài lòng.\n")] == [
        (95, None, "%", "người dân hài lòng")]


def _cell_table(rows: list[list[str]]) -> str:
    """A table as legal-database pages render it: each cell after a line of "|", an empty cell
    ("|\\n|") between rows (pipeline/tables.py)."""
    return "".join("".join(f"|\n{c}\n" for c in row) + "|\n" for row in rows)


def test_a_table_of_measures_for_each_place_seventh_session():
    """An annex setting each commune its aims, a column per measure with its unit in brackets and
    no year ("STT | Đơn vị | Tỷ lệ hộ nghèo giảm (%) | Số hộ thoát nghèo (hộ)"): each cell an aim
    of the measure for the row's place; a two-row header with the measures under a spanning cell
    ("Chỉ tiêu giao năm 2025") reads the same; under a caption naming no aims (a list of monitoring
    points, "Số mẫu (mẫu)") the same columns hold no aims."""
    rows = [["1", "Xã Chiềng Mung", "2,5", "120"], ["2", "Phường Tô Hiệu", "1,0", "30"]]
    expected = [(2.5, None, "%", "=", "target", None, "Tỷ lệ hộ nghèo giảm Xã Chiềng Mung"),
                (120, None, "hộ", "=", "target", None, "Số hộ thoát nghèo Xã Chiềng Mung"),
                (1, None, "%", "=", "target", None, "Tỷ lệ hộ nghèo giảm Phường Tô Hiệu"),
                (30, None, "hộ", "=", "target", None, "Số hộ thoát nghèo Phường Tô Hiệu")]
    assert _table_targets_of(_cell_table(
        [["STT", "Đơn vị", "Tỷ lệ hộ nghèo giảm (%)", "Số hộ thoát nghèo (hộ)"], *rows])) == expected
    assert _table_targets_of(_cell_table(
        [["**STT**", "**Tên đơn vị**", "**Chỉ tiêu giao năm 2025**"],
         ["**Tỷ lệ hộ nghèo giảm (%)**", "**Số hộ thoát nghèo (hộ)**"], *rows])) == expected
    from pipeline import extract
    doc = extract(text=_TABLE_HEAD.replace("I. MỤC TIÊU\nCác chỉ tiêu chủ yếu như sau:",
                                           "I. NỘI DUNG\nDanh sách điểm quan trắc:")
                  + _cell_table([["STT", "Điểm quan trắc", "Số mẫu (mẫu)", "Tần suất (lần/năm)"],
                                 ["1", "Xã Ea Kao", "4", "6"]]) + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert doc.targets == []


def test_a_table_of_aims_for_each_place_seventh_session():
    """"TT | Chỉ tiêu | ĐVT | Toàn tỉnh | Huyện Mai Sơn | Huyện Yên Châu": the columns after the
    indicator and its unit are places (the whole province, districts), each cell the row's aim for
    its column's place."""
    assert _table_targets_of(
        "| TT | Chỉ tiêu | ĐVT | Toàn tỉnh | Huyện Mai Sơn | Huyện Yên Châu |\n|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hộ nghèo giảm | % | 2,5 | 3 | 2 |\n"
        "| 2 | Số hộ thoát nghèo | hộ | 5.000 | 600 | 450 |\n") == [
        (2.5, None, "%", "=", "target", None, "Tỷ lệ hộ nghèo giảm Toàn tỉnh"),
        (3, None, "%", "=", "target", None, "Tỷ lệ hộ nghèo giảm Huyện Mai Sơn"),
        (2, None, "%", "=", "target", None, "Tỷ lệ hộ nghèo giảm Huyện Yên Châu"),
        (5000, None, "hộ", "=", "target", None, "Số hộ thoát nghèo Toàn tỉnh"),
        (600, None, "hộ", "=", "target", None, "Số hộ thoát nghèo Huyện Mai Sơn"),
        (450, None, "hộ", "=", "target", None, "Số hộ thoát nghèo Huyện Yên Châu")]


def test_columns_of_aims_given_seventh_session():
    """Column headers that give the aims: "Chỉ tiêu giao năm 2025", "Phấn đấu đến năm 2030" (a
    year: the deadline), "Chỉ tiêu giao" (none)."""
    for header, year in (("Chỉ tiêu giao năm 2025", "2025"), ("Kế hoạch giao năm 2025", "2025"),
                         ("Phấn đấu đến năm 2030", "2030"), ("Chỉ tiêu giao", None)):
        assert _table_targets_of(
            f"| STT | Chỉ tiêu | Đơn vị tính | {header} |\n|---|---|---|---|\n"
            "| 1 | Tỷ lệ trường đạt chuẩn quốc gia | % | 75 |\n"
            "| 2 | Số lớp tập huấn cho giáo viên | lớp | 12 |\n") == [
            (75, None, "%", "=", "target", year, "Tỷ lệ trường đạt chuẩn quốc gia"),
            (12, None, "lớp", "=", "target", year, "Số lớp tập huấn cho giáo viên")], header


def _prose_targets_of(body: str) -> list[tuple]:
    return [(value, until, unit, comparator, indicator)
            for value, until, unit, comparator, _kind, _deadline, indicator in _table_targets_of(body)]


def test_an_age_or_a_count_after_a_percentage_is_part_of_what_it_is_of():
    """"98% trẻ em 6 tuổi vào lớp 1", "80% giáo viên có 2 chứng chỉ ngoại ngữ": an age, a class or a
    count right after a percentage describes what the percentage is of; the words after it stay
    in the indicator (they were cut there, the indicator fell back to the verb before, or to
    nothing). After a comma or a parenthesis the next value is of its own."""
    assert _prose_targets_of(
        "- Huy động 98% trẻ em 6 tuổi vào lớp 1.\n"
        "- Phấn đấu 95% trẻ em dưới 5 tuổi được tiêm chủng đầy đủ.\n"
        "- 100% cơ sở giáo dục sử dụng phần mềm quản lý; 80% giáo viên có 2 chứng chỉ ngoại ngữ.\n") == [
        (98, None, "%", "=", "trẻ em 6 tuổi vào lớp 1"),
        (95, None, "%", "=", "trẻ em dưới 5 tuổi được tiêm chủng đầy đủ"),
        (100, None, "%", "=", "cơ sở giáo dục sử dụng phần mềm quản lý"),
        (80, None, "%", "=", "giáo viên có 2 chứng chỉ ngoại ngữ")]


def test_not_lower_than_is_a_minimum():
    """"không thấp hơn 70%" is at least 70% (it was "> 70", from "hơn"); "không cao hơn 2%" at
    most 2%."""
    assert _prose_targets_of(
        "- Tỷ lệ lao động qua đào tạo không thấp hơn 70%.\n"
        "- Tỷ lệ hộ nghèo không cao hơn 2%.\n") == [
        (70, None, "%", ">=", "Tỷ lệ lao động qua đào tạo"),
        (2, None, "%", "<=", "Tỷ lệ hộ nghèo")]


def test_a_quantity_in_millions_after_a_verb_alone_counts_the_thing():
    """"Trồng 1 triệu cây xanh phân tán": a quantity in millions of a counted thing after a verb
    alone measures the thing (the indicator was the verb "Trồng"); a measure after nothing but a
    verb measures the words after it ("Đảm bảo tối thiểu 1,5 m2 cây xanh/người": none before)."""
    assert _prose_targets_of(
        "- Trồng 1 triệu cây xanh phân tán.\n"
        "- Đảm bảo tối thiểu 1,5 m2 cây xanh/người.\n") == [
        (1, None, "triệu cây xanh", "=", "cây xanh phân tán"),
        (1.5, None, "m2", ">=", "cây xanh/người")]


def test_or_more_ending_an_indicator_is_kept_whole():
    """"100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên": the indicator ends in "trở
    lên", not in "trở" (its "lên" was cut as a comparing verb)."""
    assert _prose_targets_of(
        "- 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.\n") == [
        (100, None, "%", "=", "chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên")]


def test_a_verb_alone_before_a_percentage_names_nothing():
    """"Giảm 5% số vụ, 5% số người chết …": the verb before the first percentage names nothing,
    the words after it do, however short (the indicator was empty); "- Tỷ lệ che phủ rừng: duy trì
    ổn định ở mức 52%": the ratio the label before the colon names (it was "duy trì ổn định ở")."""
    assert _prose_targets_of(
        "- Giảm 5% số vụ, 5% số người chết và 5% số người bị thương do tai nạn giao thông.\n"
        "- Tỷ lệ che phủ rừng: duy trì ổn định ở mức 52%.\n") == [
        (5, None, "%", "=", "số vụ"),
        (5, None, "%", "=", "số người chết"),
        (5, None, "%", "=", "số người bị thương do tai nạn giao thông"),
        (52, None, "%", "=", "Tỷ lệ che phủ rừng")]


def test_counts_of_collectives_and_individuals_and_of_more():
    """An emulation plan's "cho 10 tập thể và 20 cá nhân": "tập thể", "cá nhân" are counted nouns
    (the first was read as a description after "cho"); "từ 10 lao động trở lên" counts "lao động"
    (the unit was "lao động trở")."""
    got = _prose_targets_of(
        "- Đề nghị tặng Bằng khen cho 10 tập thể và 20 cá nhân.\n"
        "- 100% doanh nghiệp có từ 10 lao động trở lên thành lập tổ chức công đoàn.\n"
        "- Vận động thành lập công đoàn cơ sở tại doanh nghiệp có từ 25 lao động trở lên.\n")
    assert [(v, u, c) for v, _, u, c, _ in got] == [
        (10, "tập thể", "="), (20, "cá nhân", "="), (100, "%", "="), (25, "lao động", ">=")]


def test_a_count_after_a_compound_ending_in_a_point_or_a_year_word():
    """"Thí điểm 05 mô hình", "Xử lý dứt điểm 12 cơ sở", "Mỗi năm 02 lớp tập huấn": the word before
    the number ends a compound ("thí điểm", "dứt điểm", "mỗi năm"), no point's number nor a year
    (the counts were dropped); "Theo điểm 12 Mục II" is still a point's number."""
    got = _prose_targets_of(
        "- Thí điểm 05 mô hình chuyển đổi số cấp xã.\n"
        "- Xử lý dứt điểm 12 cơ sở gây ô nhiễm môi trường nghiêm trọng.\n"
        "- Mỗi năm 02 lớp tập huấn.\n"
        "- Theo điểm 12 Mục II của Kế hoạch.\n")
    assert [(v, u) for v, _, u, _, _ in got] == [(5, "mô hình chuyển đổi"), (12, "cơ sở gây"), (2, "lớp tập huấn")]


def test_a_year_labelling_the_second_value_of_a_line():
    """"- Tỷ lệ …: năm 2025 đạt 85%, năm 2030 đạt 95%": the second value is due 2030, the year
    since the value before it (it took the bullet's first year, 2025)."""
    got = _table_targets_of("- Tỷ lệ người dân hài lòng với dịch vụ hành chính công: năm 2025 đạt 85%, "
                            "năm 2030 đạt 95%.\n")
    assert [(t[0], t[5]) for t in got] == [(85, "2025"), (95, "2030")]


def test_a_comma_before_the_subject_of_the_next_figure():
    """"100% người lao động có việc làm ổn định, thu nhập bình quân đạt 8 triệu đồng/người/tháng":
    the words after the comma, before "đạt", name the second figure, not the first (both indicators
    ran over the comma); "Tổ chức 02 Đoàn kiểm tra liên ngành" counts inspection teams."""
    assert _prose_targets_of(
        "- Đảm bảo 100% người lao động có việc làm ổn định, thu nhập bình quân đạt 8 triệu đồng/người/tháng.\n"
        "- Tổ chức 02 Đoàn kiểm tra liên ngành.\n") == [
        (100, None, "%", "=", "người lao động có việc làm ổn định"),
        (8, None, "triệu đồng/người/tháng", "=", "thu nhập bình quân"),
        (2, None, "Đoàn kiểm tra liên ngành", "=", "Tổ chức Đoàn kiểm tra liên ngành")]


def test_a_count_and_the_total_it_raises():
    """"Có thêm 5 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 120 trường": each
    count its own words, the comma between them (both ran over it); the verb raising the total is
    no part of it."""
    got = _prose_targets_of("- Có thêm 5 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 120 trường.\n")
    assert got == [(5, None, "trường", "=", "trường đạt chuẩn quốc gia"),
                   (120, None, "trường", "=", "tổng số trường đạt chuẩn")]


def test_a_count_spelled_out_in_brackets():
    """"Tổ chức 01 (một) hội nghị sơ kết", "15 (mười lăm) tổ công tác": the number spelled out in
    brackets between the digits and the counted noun (the count was missed); in a plan's award
    criteria ("V. TIÊU CHUẨN, HÌNH THỨC KHEN THƯỞNG") a bounded count is a criterion, a rule: kind
    threshold (SPEC §2.1; it was left out, as a context heading's)."""
    got = _prose_targets_of("- Tổ chức 01 (một) hội nghị sơ kết.\n- Thành lập 15 (mười lăm) tổ công tác.\n")
    assert [(v, u) for v, _, u, _, _ in got] == [(1, "hội nghị sơ kết"), (15, "tổ công tác")]
    from pipeline import extract
    doc = extract(text=_TABLE_HEAD + "- Tổ chức 01 (một) hội nghị sơ kết.\nII. TIÊU CHUẨN, HÌNH THỨC KHEN THƯỞNG\n"
                  "- Có ít nhất 01 (một) mô hình, sáng kiến được áp dụng thực tế.\n")
    assert [(t.value, t.unit, t.kind) for t in doc.targets] == [
        (1, "hội nghị sơ kết", "target"), (1, "mô hình, sáng kiến", "threshold")]


def test_a_table_of_products_named_in_one_word_eighth_session():
    """"TT | Mặt hàng | Đơn vị tính | Năm 2025 | Năm 2030": the rows' names are in the first
    labelled column after the numbering, a name of one word ("Gạo") as well as of two; a column's
    own unit in brackets wins over the row's ("Tăng trưởng bình quân giai đoạn 2023 - 2030
    (%/năm)", a period: its last year the deadline)."""
    assert _table_targets_of(_cell_table(
        [["**TT**", "**Mặt hàng**", "**Đơn vị tính**", "**Năm 2025**", "**Năm 2030**",
          "**Tăng trưởng bình quân giai đoạn 2023 - 2030 (%/năm)**"],
         ["1", "Gạo", "Nghìn tấn", "1.200", "1.500", "5,8"],
         ["2", "Thủy sản", "Triệu USD", "850,5", "1.100", "6"]])) == [
        (1200, None, "Nghìn tấn", "=", "target", "2025", "Gạo"),
        (1500, None, "Nghìn tấn", "=", "target", "2030", "Gạo"),
        (5.8, None, "%/năm", "=", "target", "2030", "Tăng trưởng bình quân Gạo"),
        (850.5, None, "Triệu USD", "=", "target", "2025", "Thủy sản"),
        (1100, None, "Triệu USD", "=", "target", "2030", "Thủy sản"),
        (6, None, "%/năm", "=", "target", "2030", "Tăng trưởng bình quân Thủy sản")]


def test_columns_of_a_measure_by_year_eighth_session():
    """"Kim ngạch thực hiện năm 2022 (triệu USD) | Kế hoạch năm 2025 (triệu USD)" under a caption
    naming aims: a measure's column by a year, its kind told by the words before the year as a
    year column's, its name before each row's; under a caption naming none (a list of projects,
    "Vốn năm 2024 (triệu đồng)") no aims."""
    assert _table_targets_of(_cell_table(
        [["STT", "Mặt hàng", "Kim ngạch thực hiện năm 2022 (triệu USD)", "Kế hoạch năm 2025 (triệu USD)"],
         ["1", "Gạo", "420", "450"]])) == [
        (420, None, "triệu USD", "=", "achieved", "2022", "Kim ngạch Gạo"),
        (450, None, "triệu USD", "=", "target", "2025", "Gạo")]
    from pipeline import extract
    doc = extract(text=_TABLE_HEAD.replace("I. MỤC TIÊU\nCác chỉ tiêu chủ yếu như sau:",
                                           "I. NỘI DUNG\nDanh mục dự án:")
                  + _cell_table([["STT", "Tên dự án", "Vốn năm 2024 (triệu đồng)", "Số hộ hưởng lợi năm 2024"],
                                 ["1", "Đường giao thông xã Ea Kao", "4.500", "120"]])
                  + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert doc.targets == []


def test_a_period_and_the_years_under_it_eighth_session():
    """A column of a period holds aims by its last year ("Giai đoạn 2024 - 2030"); a period spanning
    a row of years under it ("Kế hoạch giai đoạn 2024 - 2026" over "2024 | 2025 | 2026") is no
    column: the years are."""
    assert _table_targets_of(
        "| STT | Chỉ tiêu | Đơn vị tính | Giai đoạn 2024 - 2030 |\n|---|---|---|---|\n"
        "| 1 | Tốc độ tăng trưởng kim ngạch xuất khẩu bình quân | %/năm | 8 - 10 |\n") == [
        (8, 10, "%/năm", "=", "target", "2030", "Tốc độ tăng trưởng kim ngạch xuất khẩu bình quân")]
    assert _table_targets_of(_cell_table(
        [["**STT**", "**Sản phẩm**", "**ĐVT**", "**Kế hoạch giai đoạn 2024 - 2026**"],
         ["**2024**", "**2025**", "**2026**"],
         ["1", "Cà phê nhân", "Tấn", "10.000", "11.000", "12.000"]])) == [
        (10000, None, "Tấn", "=", "target", "2024", "Cà phê nhân"),
        (11000, None, "Tấn", "=", "target", "2025", "Cà phê nhân"),
        (12000, None, "Tấn", "=", "target", "2026", "Cà phê nhân")]


def test_rows_named_by_years_eighth_session():
    """"STT | Năm | Kim ngạch xuất khẩu (triệu USD) | Tốc độ tăng trưởng (%)": a row named by a
    year under columns of measures holds each measure's aim by that year."""
    assert _table_targets_of(_cell_table(
        [["STT", "Năm", "Kim ngạch xuất khẩu (triệu USD)", "Tốc độ tăng trưởng (%)"],
         ["1", "2024", "1.500", "8"], ["2", "Năm 2025", "1.650", "10"]])) == [
        (1500, None, "triệu USD", "=", "target", "2024", "Kim ngạch xuất khẩu"),
        (8, None, "%", "=", "target", "2024", "Tốc độ tăng trưởng"),
        (1650, None, "triệu USD", "=", "target", "2025", "Kim ngạch xuất khẩu"),
        (10, None, "%", "=", "target", "2025", "Tốc độ tăng trưởng")]


def test_bulleted_rows_under_a_group_row_and_notes_in_cells_eighth_session():
    """"1 | Gạo | | " over "| - Sản lượng | Tấn | 500.000": a bulleted row measures its group's
    thing ("Sản lượng Gạo"); a note in brackets after a cell's value ("1.500 (tăng 10%)") leaves
    the value read."""
    def cells(rows: list[list[str]]) -> str:  # (an empty cell as the pages write it: its "|" alone)
        return "".join("".join(f"|\n{c}\n" if c else "|\n" for c in row) + "|\n" for row in rows)
    assert _table_targets_of(cells(
        [["TT", "Mặt hàng", "ĐVT", "Năm 2026", "Năm 2027"],
         ["1", "Gạo", "", "", ""],
         ["", "- Sản lượng", "Tấn", "500.000", "520.000"],
         ["", "- Kim ngạch", "Triệu USD", "300 (tăng 5%)", "320"]])) == [
        (500000, None, "Tấn", "=", "target", "2026", "Sản lượng Gạo"),
        (520000, None, "Tấn", "=", "target", "2027", "Sản lượng Gạo"),
        (300, None, "Triệu USD", "=", "target", "2026", "Kim ngạch Gạo"),
        (320, None, "Triệu USD", "=", "target", "2027", "Kim ngạch Gạo")]


def test_aims_of_schools_and_universities_eighth_session():
    """Aims of schools and universities (made-up lines): places to fill after a verb of enrolment
    ("3.500 chỉ tiêu" was a count of the plan's own aims), hours of teaching ("giờ chuẩn"; "150
    giờ" where the clause names "Số giờ"), members counted as "đồng chí", research groups
    ("nhóm" alone is a group of things), an average mark (an index: no unit, or "điểm"; "trở lên"
    was read as the unit "trở")."""
    assert _prose_targets_of(
        "- Tuyển sinh 3.500 chỉ tiêu đại học chính quy.\n"
        "- Số giờ chuẩn nghiên cứu khoa học tối thiểu 150 giờ.\n"
        "- Giảng viên hoàn thành định mức 280 giờ chuẩn giảng dạy.\n"
        "- Giáo viên dạy giỏi cấp trường: 15 đồng chí.\n"
        "- Có tối thiểu 08 nhóm nghiên cứu mạnh.\n"
        "- Điểm bình quân các môn thi tốt nghiệp đạt 6,5 trở lên.\n"
        "- Điểm trung bình thi tốt nghiệp THPT đạt 7,0 điểm trở lên.\n") == [
        (3500, None, "chỉ tiêu", "=", "chỉ tiêu đại học chính quy"),
        (150, None, "giờ", ">=", "Số giờ chuẩn nghiên cứu khoa học"),
        (280, None, "giờ chuẩn giảng dạy", "=", "Giảng viên hoàn thành định mức giờ chuẩn giảng dạy"),
        (15, None, "đồng chí", "=", "Giáo viên dạy giỏi cấp trường đồng chí"),
        (8, None, "nhóm nghiên cứu mạnh", ">=", "nhóm nghiên cứu mạnh"),
        (6.5, None, None, ">=", "Điểm bình quân các môn thi tốt nghiệp"),
        (7, None, "điểm", ">=", "Điểm trung bình thi tốt nghiệp THPT")]


def test_shares_of_ratings_eighth_session():
    """A list of ratings' shares ("Học lực: Giỏi 30%, Khá 50%, …"): "Khá 50%," was taken for a
    product's grade ("Chlorine 70%,") and dropped, and a rating of one word was no name of its
    own."""
    assert _prose_targets_of(
        "- Học lực: Giỏi 30%, Khá 50%, Trung bình 18%, Yếu không quá 2%.\n") == [
        (30, None, "%", "=", "Học lực: Giỏi"), (50, None, "%", "=", "Khá"),
        (18, None, "%", "=", "Trung bình"), (2, None, "%", "<=", "Yếu")]


def test_what_schools_number_is_no_aim_eighth_session():
    """A period's, a grade's or a term's number ("Tiết 3", "Khối 10", "học kỳ 2") and a title's
    ("Sinh viên 5 tốt") are no counts; "chỉ tiêu" without a verb of enrolment counts a plan's own
    aims."""
    assert _prose_targets_of(
        "- Tiết 3 sinh hoạt lớp vào thứ Hai.\n"
        "- Kiểm tra giữa học kỳ 2 theo lịch chung.\n"
        "- Có 50 sinh viên đạt danh hiệu Sinh viên 5 tốt cấp trường.\n"
        "- Kế hoạch gồm 05 chỉ tiêu chủ yếu.\n") == [
        (50, None, "sinh viên", "=", "sinh viên đạt danh hiệu Sinh viên 5 tốt cấp trường")]


def test_a_table_of_school_years_eighth_session():
    """A school's table of aims by school year ("Chỉ tiêu | Năm học 2024-2025 | Năm học
    2025-2026", no unit column: the unit in the indicator's brackets or a count's name): nothing was
    read ("năm học" was no word before a column's year); the year begun before the plan's (2025)
    beside a later one holds results, achieved; the deadline is a school year's last year. A
    school's statistics ("Khối | Số lớp | Số học sinh") stay no aims."""
    from pipeline import extract
    doc = extract(text="TRƯỜNG THPT ABC\nSố: 45/KH-THPT\nHải Dương, ngày 10 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
                  "Giáo dục nhà trường năm học 2025-2026\n\nI. MỤC TIÊU\nQuy mô trường lớp:\n"
                  "| Khối | Số lớp | Số học sinh |\n|---|---|---|\n| 10 | 12 | 540 |\n| 11 | 12 | 500 |\n\n"
                  "Chỉ tiêu chất lượng:\n"
                  "| TT | Chỉ tiêu | Năm học 2024-2025 | Năm học 2025-2026 |\n|---|---|---|---|\n"
                  "| 1 | Tỷ lệ học sinh lên lớp (%) | 97,5 | 98 |\n"
                  "| 2 | Số học sinh giỏi cấp tỉnh | 40 | 45 |\n\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert [(t.value, t.until, t.unit, t.comparator, t.kind, t.deadline, t.indicator) for t in doc.targets] == [
        (97.5, None, "%", "=", "achieved", "2025", "Tỷ lệ học sinh lên lớp"),
        (98, None, "%", "=", "target", "2026", "Tỷ lệ học sinh lên lớp"),
        (40, None, "học sinh giỏi", "=", "achieved", "2025", "Số học sinh giỏi cấp tỉnh"),
        (45, None, "học sinh giỏi", "=", "target", "2026", "Số học sinh giỏi cấp tỉnh")]


def test_a_table_of_ratings_eighth_session():
    """A table of ratings' shares ("Xếp loại | Giỏi | Khá | Đạt | Chưa đạt" over "Học lực | 30% |
    …"): each share named by the row and the rating (the rows were read as prose, each named by
    the cells before it, "| Học lực | 30% |"); "Đạt" is kept at the end of such a name."""
    assert _table_targets_of(
        "| Xếp loại | Giỏi | Khá | Đạt | Chưa đạt |\n|---|---|---|---|---|\n"
        "| Học lực | 30% | 50% | 19% | 1% |\n") == [
        (30, None, "%", "=", "target", None, "Học lực Giỏi"),
        (50, None, "%", "=", "target", None, "Học lực Khá"),
        (19, None, "%", "=", "target", None, "Học lực Đạt"),
        (1, None, "%", "=", "target", None, "Học lực Chưa đạt")]


def test_enrolment_under_its_heading_and_counts_listed_eighth_session():
    """Places to fill under a heading of enrolment ("1. Tuyển sinh" over "- Đại học chính quy:
    3.000 chỉ tiêu"); a count of a list after another count names its own thing only ("… và 03 hội
    thảo cấp khoa" was named "khoa học quốc tế và hội thảo cấp khoa", the words of the count before
    it); events and places counted by name ("01 Hội trại", "15 điểm trường"); "Số lượng ngành …:
    03 ngành"."""
    assert _prose_targets_of(
        "1. Tuyển sinh\n- Đại học chính quy: 3.000 chỉ tiêu;\n- Thạc sĩ: 200 chỉ tiêu.\n"
        "2. Hoạt động khác\n"
        "- Tổ chức 01 hội nghị khoa học quốc tế và 03 hội thảo cấp khoa.\n"
        "- Tổ chức 01 Hội trại tòng quân.\n"
        "- Sáp nhập 15 điểm trường lẻ.\n"
        "- Số lượng ngành đào tạo mới: 03 ngành.\n") == [
        (3000, None, "chỉ tiêu", "=", "Đại học chính quy chỉ tiêu"),
        (200, None, "chỉ tiêu", "=", "Thạc sĩ chỉ tiêu"),
        (1, None, "hội nghị khoa học", "=", "hội nghị khoa học quốc tế"),
        (3, None, "hội thảo cấp khoa", "=", "hội thảo cấp khoa"),
        (1, None, "Hội trại tòng quân", "=", "Tổ chức Hội trại tòng quân"),
        (15, None, "điểm trường lẻ", "=", "Sáp nhập điểm trường lẻ"),
        (3, None, "ngành", "=", "Số lượng ngành đào tạo mới")]


def test_footnotes_comparing_clauses_and_the_plan_compared_in_a_report_ninth_session():
    """A report's prose (the 2005 plan report, 23, dev, prints 36 footnotes in its text): a footnote
    is a line of its own opening with its number and a sentence in capitals, continuing neither the
    line before nor its own number ("8 Theo báo cáo …" was read into the indicator of the line
    above); a footnote's number glued to a value ("9,8%3 ,") is no word after it; a clause
    comparing the figure after a comma ("3% GRDP, bằng dự toán đề ra") and a parenthesis the value
    stands in ("(12,4%), vượt …") leave the words before it the indicator; a figure compared with the
    plan after a comma ("còn 4,1%, so với kế hoạch là dưới 5%") is the plan's aim for the same
    subject; "tạ/ha" is a measure; whose figures they are ("Theo báo cáo của các huyện, …") is no
    part of the indicator."""
    assert _table_targets_of(
        "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024\n"
        "Sản xuất công nghiệp tiếp tục tăng khá (12,4%), vượt kế hoạch đề ra, trong đó giá trị tăng thêm "
        "đạt 9,8%3 , cao nhất nhiều năm. Nông nghiệp phát triển ổn định, đời sống của nông dân\n"
        "7 Năng suất ngô ước đạt 52,3 tạ/ha, tăng 1,2 tạ/ha so với năm trước\n"
        "8 Theo báo cáo của các huyện, diện tích trồng lúa 3 năm qua giảm 12 nghìn ha.\n"
        "Bội chi ngân sách tỉnh là 3% GRDP, bằng dự toán đề ra.\n"
        "Tỷ lệ hộ nghèo còn 4,1%, so với kế hoạch là dưới 5%.\n") == [
        (12.4, None, "%", "=", "achieved", "2024", "Sản xuất công nghiệp tiếp tục tăng khá"),
        (9.8, None, "%", "=", "achieved", "2024", "giá trị tăng thêm"),
        (52.3, None, "tạ/ha", "=", "achieved", "2024", "Năng suất ngô"),
        (1.2, None, "tạ/ha", "=", "achieved", "2024", "Năng suất ngô"),
        (12, None, "nghìn ha", "=", "achieved", "2024", "diện tích trồng lúa 3 năm qua"),
        (3, None, "%", "=", "achieved", "2024", "Bội chi ngân sách tỉnh so với GRDP"),
        (4.1, None, "%", "<=", "achieved", "2024", "Tỷ lệ hộ nghèo"),
        (5, None, "%", "<", "target", "2024", "Tỷ lệ hộ nghèo")]


def test_a_footnote_run_into_a_line_and_a_year_opening_a_clause_ninth_session():
    """A footnote run into the line of the one before ("(0,8 tỷ USD) 5 Năm 2020, hàng qua chế biến
    chiếm …") starts a clause at its sentence; a year closed by a comma opening a clause ("Năm 2024,
    vốn đầu tư …") is no part of the indicator; a count in millions after a year, an estimating word
    and a verb ("Năm 2025 dự kiến đón 1,8 triệu lượt khách quốc tế") is of the thing after it."""
    assert _table_targets_of(
        "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024\n"
        "Kim ngạch xuất khẩu tăng nhanh, nhiều mặt hàng đạt kim ngạch lớn.\n"
        "4 Cà phê (1,2 tỷ USD), hạt điều (0,8 tỷ USD) 5 Năm 2020, hàng qua chế biến chiếm 40,5% tổng giá "
        "trị xuất khẩu.\n"
        "II. KẾ HOẠCH NĂM 2025\n"
        "Năm 2025 dự kiến đón 1,8 triệu lượt khách quốc tế. Năm 2024, vốn đầu tư nước ngoài cấp mới đạt "
        "1,5 tỷ USD.\n") == [
        (40.5, None, "%", "=", "achieved", "2024", "hàng qua chế biến trong tổng giá trị xuất khẩu"),
        (1.8, None, "triệu lượt khách quốc", "=", "target", "2025", "lượt khách quốc tế"),
        (1.5, None, "tỷ USD", "=", "target", "2025", "vốn đầu tư nước ngoài cấp mới")]


def test_the_respect_a_figure_changes_in_ninth_session():
    """"tăng 6,8% về tấn vận chuyển và tăng 9,5% về tấn km luân chuyển": the words after "về" say
    in what respect the subject before the values changes; each value measures the subject in its
    respect (they were read as the indicator alone, "về tấn vận chuyển"); an estimated year opening
    the clause ("Dự kiến năm 2025, …") is no part of the subject."""
    assert _prose_targets_of(
        "- Dự kiến năm 2025, khối lượng vận tải hàng hóa tăng 6,8% về tấn vận chuyển và tăng 9,5% về tấn km "
        "luân chuyển so với năm 2024.\n") == [
        (6.8, None, "%", "=", "khối lượng vận tải hàng hóa về tấn vận chuyển"),
        (9.5, None, "%", "=", "khối lượng vận tải hàng hóa về tấn km luân chuyển")]


def test_a_count_in_millions_named_by_its_thing_is_the_subject_of_its_clause_ninth_session():
    """A count in millions after a year, an estimating or adding word and a verb alone is of the
    thing after it ("Năm 2025 phát triển thêm 4 triệu thuê bao điện thoại", read "Năm 2025 phát triển
    thêm"), and that thing is what the further figures of its clause measure (", tăng 40% so với
    năm 2024")."""
    assert _prose_targets_of(
        "- Năm 2025 phát triển thêm 4 triệu thuê bao điện thoại, tăng 40% so với năm 2024.\n") == [
        (4, None, "triệu thuê bao", "=", "thuê bao điện thoại"),
        (40, None, "%", "=", "thuê bao điện thoại")]


def test_a_decimal_after_a_year_word_is_no_year_ninth_session():
    """"Giảm tỷ lệ sinh bình quân trong năm 0,4‰": a number with decimals after "năm" is no year
    (nor a part's number after "Điều", "khoản"): a value; "trong năm 2025" stays a year."""
    assert _prose_targets_of(
        "- Giảm tỷ lệ sinh bình quân trong năm 0,4‰; quy mô dân số 83,2 triệu người.\n"
        "- Hoàn thành trong năm 2025 các công trình.\n") == [
        (0.4, None, "‰", "=", "Giảm tỷ lệ sinh bình quân"),
        (83.2, None, "triệu người", "=", "quy mô dân số")]


def test_a_projection_holding_a_past_cue_and_the_unit_of_the_count_before_ninth_session():
    """"Khu vực công nghiệp dự kiến thu hút thêm 44,8 vạn lao động, đưa tổng số lao động của khu vực
    này lên 7,8 triệu người": a projection ("dự kiến"), not a report of the past, though "tổng số" is
    a past cue (both values were dropped outside a targets section); the rest of the count's unit
    before a comma ("lao động, …") is no word of the next value's indicator."""
    assert _table_targets_of(
        "II. KẾ HOẠCH NĂM 2025\n"
        "Khu vực công nghiệp dự kiến thu hút thêm 44,8 vạn lao động, đưa tổng số lao động của khu vực này "
        "lên 7,8 triệu người.\n") == [
        (44.8, None, "vạn lao động", "=", "target", "2025", "Khu vực công nghiệp dự kiến thu hút thêm lao động"),
        (7.8, None, "triệu người", "=", "target", "2025", "đưa tổng số lao động của khu vực")]


def test_the_parts_of_an_aim_after_trong_do_are_aims_ninth_session():
    """Money set as an aim needs a cue word in its clause; the parts of such an aim in the next
    sentence ("…. Trong đó hàng nông sản là 3 tỷ USD, …; hàng công nghiệp 9 tỷ USD") are aims too
    (they were dropped, no cue in their clauses); parts of a figure no cue makes an aim stay out."""
    assert _table_targets_of(
        "II. KẾ HOẠCH NĂM 2025\n"
        "Năm 2025 phấn đấu kim ngạch xuất khẩu đạt 12 tỷ USD, tăng 10% so với năm 2024. Trong đó hàng nông "
        "sản là 3 tỷ USD, chiếm 25% tổng kim ngạch xuất khẩu; hàng công nghiệp 9 tỷ USD.\n") == [
        # (A year before the word of aiming is no part of the indicator: "Năm 2025 phấn đấu …".)
        (12, None, "tỷ USD", "=", "target", "2025", "kim ngạch xuất khẩu"),
        (10, None, "%", "=", "target", "2025", "kim ngạch xuất khẩu"),
        (3, None, "tỷ USD", "=", "target", "2025", "hàng nông sản"),
        (25, None, "%", "=", "target", "2025", "hàng nông sản trong tổng kim ngạch xuất khẩu"),
        (9, None, "tỷ USD", "=", "target", "2025", "hàng công nghiệp")]
    assert _table_targets_of(
        "II. KẾ HOẠCH NĂM 2025\n"
        "Kim ngạch xuất khẩu năm 2024 là 11 tỷ USD. Trong đó hàng nông sản là 3 tỷ USD.\n") == []


def test_a_pipe_table_restating_the_aims_in_sentences_ninth_session():
    """A pipe table whose cells restate the aims as sentences ("| 2 | Tỷ lệ phủ sóng 5G trên địa bàn
    đạt 100% dân số. | Sở Khoa học và Công nghệ |"): a cell's separator opens its clause, so the
    row's number is no part of the indicator and the restatement is the aim above, once."""
    assert _table_targets_of(
        "II. MỤC TIÊU\n- Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số.\n"
        "III. PHÂN CÔNG\n| STT | Chỉ tiêu | Cơ quan chủ trì |\n|---|---|---|\n"
        "| 1 | Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số. | Sở Khoa học và Công nghệ |\n") == [
        (100, None, "%", "=", "target", None, "Tỷ lệ phủ sóng 5G trên địa bàn")]


def test_a_value_alone_in_a_cell_of_a_row_without_a_header_ninth_session():
    """A PDF's text layer gives a table's rows with no header read over them ("| 5 | Tỷ lệ hồ sơ
    được số hóa | 91,13% | 60/63 |"): a value alone in its cell measures the nearest cell to its
    left naming something, not the cells of ranks after it."""
    got = _table_targets_of(
        "I. KẾT QUẢ NĂM 2024\n"
        "Kết quả các chỉ số thành phần như sau:\n"
        "| 5 | Tỷ lệ hồ sơ được số hóa | 91,13% | 60/63 |\n")
    assert [(v, u, i) for v, _, u, _, _, _, i in got] == [(91.13, "%", "Tỷ lệ hồ sơ được số hóa")]


def test_a_list_wrapped_after_its_semicolon_ninth_session():
    """A PDF's text layer wraps a list of years after a ";" ("…; năm 2003: 55%;\\nnăm 2004: 57%."):
    the line in lower case goes on with the sentence, so its value measures what the first does."""
    got = _table_targets_of(
        "I. KẾT QUẢ GIAI ĐOẠN 2021 - 2024\n"
        "Năm 2021, hàng qua chế biến chiếm 44,2% tổng giá trị xuất khẩu, năm 2022: 46,7%; năm 2023: 55%;\n"
        "năm 2024: 57%.\n")
    assert [(v, i) for v, _, _, _, _, _, i in got] == [
        (44.2, "hàng qua chế biến trong tổng giá trị xuất khẩu"), (46.7, "hàng qua chế biến"),
        (55, "hàng qua chế biến"), (57, "hàng qua chế biến")]


_DATED_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 45/KH-UBND\nBình An, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\n"
               "Phát triển nông nghiệp\nI. MỤC TIÊU\nCác chỉ tiêu chủ yếu như sau:\n\n")


def _dated_table_targets_of(table: str) -> list[tuple]:
    """The targets of ``table`` in a plan issued on 10/3/2024 (a year of issue known)."""
    from pipeline import extract
    doc = extract(text=_DATED_HEAD + table + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert doc.document.issued_date == "2024-03-10"
    return [(t.value, t.until, t.unit, t.comparator, t.kind, t.deadline, t.indicator) for t in doc.targets]


_TENTH_AIMS = [
    (42.5, None, "%", "=", "target", "2025", "Tỷ lệ che phủ rừng"),
    (45, None, "%", "=", "target", "2030", "Tỷ lệ che phủ rừng"),
    (1200, None, "ha", "=", "target", "2025", "Diện tích rừng trồng mới"),
    (1500, None, "ha", "=", "target", "2030", "Diện tích rừng trồng mới")]


def test_a_note_or_an_agency_column_beside_the_years_ninth_session():
    """A table of aims with a column more, "Ghi chú" at the end or "Cơ quan chủ trì" after the name,
    is the same table: its aims are read as without it (pipe rows and one cell per line). A report's
    table of past years with a "Ghi chú" column, and a task table with no indicator column, are
    still none."""
    from scripts.rendering_eval import _cell_tables
    noted = ("| TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 | Ghi chú |\n|---|---|---|---|---|---|\n"
             "| 1 | Tỷ lệ che phủ rừng | % | 42,5 | 45 | |\n"
             "| 2 | Diện tích rừng trồng mới | ha | 1.200 | 1500 | Trồng tập trung |\n")
    assert _dated_table_targets_of(noted) == _TENTH_AIMS
    assert _dated_table_targets_of(_cell_tables(noted)) == _TENTH_AIMS
    assert _dated_table_targets_of(
        "| TT | Chỉ tiêu | Cơ quan chủ trì | ĐVT | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ che phủ rừng | Sở Nông nghiệp và Môi trường | % | 42,5 | 45 |\n"
        "| 2 | Diện tích rừng trồng mới | Sở Nông nghiệp và Môi trường | ha | 1.200 | 1.500 |\n") == _TENTH_AIMS
    assert _dated_table_targets_of(
        "| STT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Năm 2023 | Ghi chú |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Số hồ sơ tiếp nhận | hồ sơ | 1.200 | 1.500 | 1.800 | |\n") == []
    assert _dated_table_targets_of(
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Năm 2025 | Ghi chú |\n|---|---|---|---|---|\n"
        "| 1 | Xây dựng kho dữ liệu | Sở Tài chính | 12 | Hoàn thành |\n") == []


def test_a_header_of_two_rows_its_years_under_a_cell_not_the_last_ninth_session():
    """A header of two rows, the years under a cell spanning them that is not the row's last ("Kế
    hoạch" then "Ghi chú"), or whose text a converter repeats in each merged place ("Kế hoạch | Kế
    hoạch"): each year heads its column; the spanning cell's words make its kind ("Ước thực hiện"
    over 2024: results; "Kế hoạch" over 2025: aims)."""
    rows = ("| 1 | Tỷ lệ che phủ rừng | % | 42,5 | 45 | |\n"
            "| 2 | Diện tích rừng trồng mới | ha | 1.200 | 1.500 | |\n")
    assert _dated_table_targets_of(
        "| TT | Chỉ tiêu | ĐVT | Kế hoạch | | Ghi chú |\n|---|---|---|---|---|---|\n"
        "| | | | 2025 | 2030 | |\n" + rows) == _TENTH_AIMS
    assert _dated_table_targets_of(
        "| TT | Chỉ tiêu | ĐVT | Kế hoạch | Kế hoạch |\n|---|---|---|---|---|\n"
        "| | | | 2025 | 2030 |\n" + rows.replace(" | |\n", " |\n")) == _TENTH_AIMS
    assert _dated_table_targets_of(
        "| TT | Chỉ tiêu | ĐVT | Ước thực hiện | Kế hoạch | Ghi chú |\n|---|---|---|---|---|---|\n"
        "| | | | 2024 | 2025 | |\n" + rows) == [
        (42.5, None, "%", "=", "achieved", "2024", "Tỷ lệ che phủ rừng"),
        (45, None, "%", "=", "target", "2025", "Tỷ lệ che phủ rừng"),
        (1200, None, "ha", "=", "achieved", "2024", "Diện tích rừng trồng mới"),
        (1500, None, "ha", "=", "target", "2025", "Diện tích rừng trồng mới")]


def test_layout_variants_of_a_table_of_aims_ninth_session():
    """scripts/rendering_eval.py's table variants of one table of aims (bold header, "Ghi chú"
    column, "-" for empty cells, header repeated, a row of the columns' numbers, "1.500" for
    "1500", group rows, the years under a spanning "Năm", the unit in the name), as pipe rows and
    one cell per line: the same aims each time."""
    from scripts.rendering_eval import _layout_variants
    table = ("| TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n"
             "| 1 | Tỷ lệ che phủ rừng | % | 42,5 | 45 |\n"
             "| 2 | Diện tích rừng trồng mới | ha | 1200 | 1500 |\n"
             "| 3 | Tỷ lệ hộ nghèo | % | 3 | 1,5 |\n")
    aims = _TENTH_AIMS + [(3, None, "%", "=", "target", "2025", "Tỷ lệ hộ nghèo"),
                          (1.5, None, "%", "=", "target", "2030", "Tỷ lệ hộ nghèo")]
    assert _dated_table_targets_of(table) == aims
    for name, text in _layout_variants(table).items():
        assert _dated_table_targets_of(text) == aims, name


def test_a_mark_for_nothing_in_a_cell_is_an_empty_cell_ninth_session():
    """"-", "…" in a table's cells mean nothing there: a unit column's "-" beside a name holding its
    unit in brackets leaves the unit to the name ("%"), a value's "…" is no value (pipe rows and one
    cell per line)."""
    from scripts.rendering_eval import _cell_tables
    table = ("| TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n"
             "| 1 | Tỷ lệ che phủ rừng (%) | - | 42,5 | 45 |\n"
             "| 2 | Số xã đạt chuẩn nông thôn mới | xã | … | 100 |\n")
    aims = [(42.5, None, "%", "=", "target", "2025", "Tỷ lệ che phủ rừng"),
            (45, None, "%", "=", "target", "2030", "Tỷ lệ che phủ rừng"),
            (100, None, "xã", "=", "target", "2030", "Số xã đạt chuẩn nông thôn mới")]
    assert _dated_table_targets_of(table) == aims
    assert _dated_table_targets_of(_cell_tables(table)) == aims


def test_a_count_in_thousands_after_cho_is_an_aim_ninth_session():
    """"Tạo việc làm cho 16 nghìn lao động": a quantity in thousands or millions after "cho" is the
    aim's own count, as "cho 2.000 người" is; "đại diện cho 06 vùng" still describes."""
    got = _table_targets_of(
        "II. MỤC TIÊU\n- Tạo việc làm cho 16 nghìn lao động.\n- Đào tạo nghề cho 1,5 vạn lao động nông thôn.\n"
        "- Lắp đặt 12 trạm quan trắc đại diện cho 06 vùng kinh tế.\n")
    assert [(v, u) for v, _, u, _, _, _, _ in got] == [(16, "nghìn lao động"), (1.5, "vạn lao động"),
                                                      (12, "trạm quan trắc")]


def test_ranks_shares_of_a_whole_and_spelled_percentages_tenth_session():
    """A rank to reach ("thuộc nhóm 3 nước dẫn đầu"): its count, the words up to the leading word
    as its unit, what is ranked as its indicator; a whole printed right after a percentage, no
    share verb ("30% GRDP"): the subject "so với" the whole; "phần trăm" spelled; what changes
    named after the year it is compared with."""
    assert _table_targets_of(
        "- Đến năm 2030, Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á về nghiên cứu và phát triển trí tuệ "
        "nhân tạo.\n"
        "- Chỉ số đổi mới sáng tạo (GII) của tỉnh nằm trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước.\n"
        "- Kinh tế số đạt tối thiểu 30% GRDP của tỉnh.\n"
        "- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt trên 95 phần trăm.\n"
        "- Giảm 20% so với năm 2025 số vụ cháy rừng.\n") == [
        (3, None, "nước", "=", "target", "2030",
         "Việt Nam dẫn đầu Đông Nam Á về nghiên cứu và phát triển trí tuệ nhân tạo"),
        (20, None, "tỉnh, thành phố", "=", "target", None, "Chỉ số đổi mới sáng tạo (GII) của tỉnh dẫn đầu cả nước"),
        (30, None, "%", ">=", "target", None, "Kinh tế số so với GRDP của tỉnh"),
        (95, None, "%", ">", "target", None, "Tỷ lệ dịch vụ công trực tuyến toàn trình"),
        (20, None, "%", "=", "target", None, "số vụ cháy rừng")]


def test_counts_reached_by_training_bounds_on_what_is_counted_and_places_tenth_session():
    """"Đào tạo … cho 500 kỹ sư": whom the aim reaches, though a count after "cho" otherwise
    describes; "15 doanh nghiệp đạt kim ngạch xuất khẩu từ 100 triệu USD/năm trở lên": the bound
    says which firms are meant, no aim (and "trở lên" was read into its unit); "05 điểm giới
    thiệu …": places, though "điểm" alone is a clause's letter or a score."""
    assert _table_targets_of(
        "- Đào tạo chuyên sâu về trí tuệ nhân tạo cho 500 kỹ sư.\n"
        "- Có ít nhất 15 doanh nghiệp đạt kim ngạch xuất khẩu từ 100 triệu USD/năm trở lên.\n"
        "- Xây dựng mới 05 điểm giới thiệu và bán sản phẩm OCOP tại các xã.\n") == [
        (500, None, "kỹ sư", "=", "target", None, "kỹ sư Đào tạo chuyên sâu về trí tuệ nhân tạo"),
        (15, None, "doanh nghiệp", ">=", "target", None, "doanh nghiệp đạt kim ngạch xuất khẩu"),
        (5, None, "điểm giới thiệu", "=", "target", None, "điểm giới thiệu và bán sản phẩm OCOP tại các xã")]


def test_estimates_of_the_year_and_figures_of_one_subject_tenth_session():
    """In a targets part: "ước đạt" reports the current year (achieved); "tăng bình quân 10,5%/năm"
    after a comma and "trong đó năm 2026 đạt khoảng …" after ";" measure the subject before (the
    year the latter's deadline); a measure's unit names no thing ("12.000 ha vào năm 2030"), and
    "gấp 2 lần" after it is of the same subject."""
    assert _table_targets_of(
        "Năm 2025, kim ngạch xuất khẩu ước đạt 5.950 triệu USD, tăng 12,4% so với năm 2024. Giai đoạn "
        "2026 - 2030, phấn đấu:\n"
        "a) Kim ngạch xuất khẩu hàng hóa đến năm 2030 đạt 9.800 triệu USD, tăng\n"
        "bình quân 10,5%/năm; trong đó năm 2026 đạt khoảng 6.550 triệu USD.\n"
        "b) Diện tích vùng trồng được cấp mã số đạt 12.000 ha\nvào năm 2030, gấp 2 lần năm 2025.\n") == [
        (5950, None, "triệu USD", "=", "achieved", None, "kim ngạch xuất khẩu"),
        (12.4, None, "%", "=", "achieved", None, "kim ngạch xuất khẩu"),
        (9800, None, "triệu USD", "=", "target", "2030", "Kim ngạch xuất khẩu hàng hóa"),
        (10.5, None, "%", "=", "target", "2030", "Kim ngạch xuất khẩu hàng hóa"),
        (6550, None, "triệu USD", "=", "target", "2026", "Kim ngạch xuất khẩu hàng hóa"),
        (12000, None, "ha", "=", "target", "2030", "Diện tích vùng trồng được cấp mã số"),
        (2, None, "lần", "=", "target", "2030", "Diện tích vùng trồng được cấp mã số")]


def test_a_table_of_aims_by_place_and_one_with_a_column_of_monitors_tenth_session():
    """Cells of two rows are two aims however alike their names ("… Thanh Hóa | 100", "… Quảng
    Ngãi | 100" were one); the header's words are no aims ("từ 15 m trở lên"); "Cơ quan theo dõi"
    is a side column, as "Cơ quan chủ trì" is."""
    assert _table_targets_of(
        "2. Chỉ tiêu cụ thể đối với các địa phương:\n\n"
        "| TT | Địa phương | Tàu cá được đăng ký (%) | Tàu cá từ 15 m trở lên lắp thiết bị giám sát (%) |\n"
        "|---|---|---|---|\n| 1 | Thanh Hóa | 100 | 100 |\n| 2 | Quảng Ngãi | 100 | ≥ 80 |\n") == [
        (100, None, "%", "=", "target", None, "Tàu cá được đăng ký Thanh Hóa"),
        (100, None, "%", "=", "target", None, "Tàu cá từ 15 m trở lên lắp thiết bị giám sát Thanh Hóa"),
        (100, None, "%", "=", "target", None, "Tàu cá được đăng ký Quảng Ngãi"),
        (80, None, "%", ">=", "target", None, "Tàu cá từ 15 m trở lên lắp thiết bị giám sát Quảng Ngãi")]
    from pipeline import extract
    doc = extract(text="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/KH-UBND\nQuảng Nam, ngày 5 tháng 3 năm 2025\n"
                       "KẾ HOẠCH\nChuyển đổi số\nI. MỤC TIÊU\n\n"
                       "| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Cơ quan theo dõi |\n"
                       "|---|---|---|---|---|---|\n"
                       "| 1 | Tỷ trọng kinh tế số trong GRDP | % | 18 | 24 | Thống kê tỉnh |\n"
                       "\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert [(t.value, t.unit, t.deadline, t.indicator) for t in doc.targets] == [
        (18, "%", "2026", "Tỷ trọng kinh tế số trong GRDP"), (24, "%", "2028", "Tỷ trọng kinh tế số trong GRDP")]


def test_tables_one_cell_a_line_with_no_bars_tenth_session():
    """A PDF's text layer or a document exported as text writes a table one cell a line, no bars:
    the header's lines right before a row's number, then rows of as many lines, each opening with
    the number after the last row's (rows of years, "2026", "2027", as well), a page's number alone
    between blank lines skipped. A column "Số … phấn đấu đạt năm 2027" holds aims of that year, one
    "Số … đã đạt đến 31/12/2026" results at that date."""
    assert _table_targets_of(
        "Chỉ tiêu từng năm:\nNăm\nSố hội viên mới (người)\nTỷ lệ chi hội vững mạnh (%)\n"
        "2026\n1.200\n70\n\n4\n\n2027\n1.300\n75\n(Chỉ tiêu giao cho từng xã tại Phụ lục)\n"
        "Chỉ tiêu giao cho các xã\nSTT\nTên xã\nSố tiêu chí đã đạt đến 31/12/2026\n"
        "Số tiêu chí phấn đấu đạt năm 2027\n1\nXã An Phú\n14\n18\n2\nXã Bình Minh\n12\n17\n") == [
        (1200, None, "người", "=", "target", "2026", "Số hội viên mới"),
        (70, None, "%", "=", "target", "2026", "Tỷ lệ chi hội vững mạnh"),
        (1300, None, "người", "=", "target", "2027", "Số hội viên mới"),
        (75, None, "%", "=", "target", "2027", "Tỷ lệ chi hội vững mạnh"),
        (14, None, "tiêu chí", "=", "achieved", None, "Số tiêu chí Xã An Phú"),
        (18, None, "tiêu chí", "=", "target", "2027", "Số tiêu chí Xã An Phú"),
        (12, None, "tiêu chí", "=", "achieved", None, "Số tiêu chí Xã Bình Minh"),
        (17, None, "tiêu chí", "=", "target", "2027", "Số tiêu chí Xã Bình Minh")]


def test_totals_averages_measures_of_a_thing_and_annexes_one_cell_a_line_tenth_session():
    """"nâng tổng số lên 47 xã" is the total of what the figure before counts; "Bình quân … đạt từ
    16,5 tiêu chí/xã trở lên" an average, "trở lên" no part of it; a parenthesis left open ends a
    count's words; a unit of measure after a verb of building takes no words: they name what it
    measures ("Cứng hóa thêm 180 km đường …", also outside a targets part)."""
    assert _table_targets_of(
        "Có thêm 09 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 47 xã (chiếm 38,5% tổng số xã).\n"
        "Bình quân toàn tỉnh đạt từ 16,5 tiêu chí/xã trở lên theo Bộ tiêu chí mới.\n"
        "Thành lập mới từ 60 CĐCS trở lên, trong đó ít nhất 40 CĐCS ở doanh nghiệp ngoài nhà nước.\n") == [
        (9, None, "xã", "=", "target", None, "xã đạt chuẩn nông thôn mới nâng cao"),
        (47, None, "xã", "=", "target", None, "tổng số xã đạt chuẩn nông thôn mới nâng cao"),
        (38.5, None, "%", "=", "target", None, "tổng số xã"),
        (16.5, None, "tiêu chí/xã", ">=", "target", None, "Bình quân tiêu chí/xã theo Bộ tiêu chí mới"),
        (60, None, "CĐCS", ">=", "target", None, "Thành lập mới CĐCS"),
        (40, None, "CĐCS ở doanh", ">=", "target", None, "CĐCS ở doanh nghiệp ngoài nhà nước")]
    from pipeline import extract
    head = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 87/KH-UBND\nAn Giang, ngày 25 tháng 02 năm 2026\nKẾ HOẠCH\n"
            "Xây dựng nông thôn mới năm 2026\n")
    doc = extract(text=head + "I. NHIỆM VỤ, GIẢI PHÁP\nHạ tầng nông thôn.\n"
                  "Cứng hóa thêm 180 km đường giao thông nông thôn; kiên cố hóa 40 km kênh mương nội đồng.\n"
                  "Diện tích trồng lúa đạt 3.200 ha.\n\nPhụ lục\nDANH MỤC NHIỆM VỤ NĂM 2026\nTT\nNội dung nhiệm vụ\n"
                  "Cơ quan chủ trì\nThời gian hoàn thành\n1\nRà soát mức độ đạt tiêu chí của các xã\nSở Nông nghiệp\n"
                  "Quý I/2026\n2\nTập huấn nâng cao năng lực cán bộ cấp xã (04 lớp)\nChi cục Phát triển nông thôn\n"
                  "Quý II/2026\n\nPHỤ LỤC II\nCHỈ TIÊU PHÁT TRIỂN ĐOÀN VIÊN GIAI ĐOẠN 2026 - 2028\nTT\nĐơn vị\n"
                  "Phát triển đoàn viên (người)\n1\nCông đoàn ngành Y tế\n600\n2\nCông đoàn ngành Giáo dục\n400\n")
    assert [(t.value, t.unit, t.deadline, t.indicator) for t in doc.targets] == [
        (180, "km", None, "đường giao thông nông thôn"), (40, "km", None, "kênh mương nội đồng"),
        (3200, "ha", None, "Diện tích trồng lúa"), (4, "lớp", None, "lớp Tập huấn nâng cao năng lực cán bộ cấp xã"),
        (600, "người", "2028", "Phát triển đoàn viên Công đoàn ngành Y tế"),
        (400, "người", "2028", "Phát triển đoàn viên Công đoàn ngành Giáo dục")]


def test_annexes_of_an_export_plan_tenth_session():
    """An export plan's annexes: a line "Đơn vị tính: triệu USD" above a table of aims gives the
    unit of the cells no other unit is told for (a column's "(%)" wins); a name's abbreviation in
    brackets is no unit ("(EU)"); a row "(trong đó X)" with cells "2.110 (1.240)" gives X's value
    too; a row of totals restating another table's values, and its share of 100%, are no aims; a
    year's column "(ước)" holds results, no unit; rows with no number under a numbered group row
    measure the group's thing, their unit in their name ("Kim ngạch (triệu USD)")."""
    assert _table_targets_of(
        "PHỤ LỤC I\nCHỈ TIÊU XUẤT KHẨU THEO NHÓM HÀNG\n\n"
        "| STT | Nhóm hàng | Đơn vị tính | Mục tiêu năm 2030 |\n|---|---|---|---|\n"
        "|  | Tổng kim ngạch xuất khẩu | triệu USD | 3.200 |\n\n"
        "PHỤ LỤC II\nMỤC TIÊU XUẤT KHẨU THEO THỊ TRƯỜNG\n*Đơn vị tính: triệu USD*\n\n"
        "| STT | Thị trường | Mục tiêu năm 2030 | Tỷ trọng năm 2030 (%) |\n|---|---|---|---|\n"
        "| 1 | Liên minh châu Âu (EU) | 2.000 | 62,5 |\n"
        "| 2 | Các nước ASEAN<br>(trong đó Lào) | 1.200<br>(300) | 37,5<br>(9,4) |\n"
        "|  | **Tổng cộng** | **3.200** | **100** |\n\n"
        "PHỤ LỤC III\nDỰ KIẾN CƠ CẤU XUẤT KHẨU THEO KÊNH\n\n"
        "| TT | Kênh xuất khẩu | Năm 2025 (ước) | Năm 2030 |\n|---|---|---|---|\n"
        "| 1 | **Xuất khẩu qua cửa khẩu đường bộ** |  |  |\n"
        "|  | Kim ngạch (triệu USD) | 150 | 250 |\n|  | Tỷ trọng (%) | 6,5 | 7,8 |\n") == [
        (3200, None, "triệu USD", "=", "target", "2030", "Tổng kim ngạch xuất khẩu"),
        (2000, None, "triệu USD", "=", "target", "2030", "Liên minh châu Âu (EU)"),
        (62.5, None, "%", "=", "target", "2030", "Tỷ trọng Liên minh châu Âu (EU)"),
        (1200, None, "triệu USD", "=", "target", "2030", "Các nước ASEAN"),
        (300, None, "triệu USD", "=", "target", "2030", "Lào"),
        (37.5, None, "%", "=", "target", "2030", "Tỷ trọng Các nước ASEAN"),
        (9.4, None, "%", "=", "target", "2030", "Tỷ trọng Lào"),
        (150, None, "triệu USD", "=", "achieved", "2025", "Kim ngạch Xuất khẩu qua cửa khẩu đường bộ"),
        (250, None, "triệu USD", "=", "target", "2030", "Kim ngạch Xuất khẩu qua cửa khẩu đường bộ"),
        (6.5, None, "%", "=", "achieved", "2025", "Tỷ trọng Xuất khẩu qua cửa khẩu đường bộ"),
        (7.8, None, "%", "=", "target", "2030", "Tỷ trọng Xuất khẩu qua cửa khẩu đường bộ")]


def test_aims_by_park_a_heading_year_over_a_bullet_tenth_session():
    """Columns of an aim by a year beside a column of completion times ("Thời điểm hoàn thành …")
    and one describing each place ("Diện tích quy hoạch (ha)"): the aims of each row's place. A
    heading's year right over a bulleted aim is no range ("Đến hết năm 2025\\n- 100% …")."""
    assert _table_targets_of(
        "| STT | Khu công nghiệp | Diện tích quy hoạch (ha) | Số trạm 5G đến năm 2027<br>(trạm) "
        "| Số trạm 5G đến năm 2030<br>(trạm) | Thời điểm hoàn thành phủ sóng |\n|---|---|---|---|---|---|\n"
        "| 1 | KCN Bắc Sơn | 400 | 8 | 12 | Quý IV/2026 |\n") == [
        (8, None, "trạm", "=", "target", "2027", "Số trạm 5G KCN Bắc Sơn"),
        (12, None, "trạm", "=", "target", "2030", "Số trạm 5G KCN Bắc Sơn")]
    from pipeline import extract
    doc = extract(text="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/KH-UBND\nQuảng Nam, ngày 5 tháng 3 năm 2025\n"
                       "KẾ HOẠCH\nCải cách\nI. MỤC TIÊU\n1. Đến hết năm 2025\n- 100% dự thảo nghị quyết được"
                       " đánh giá tác động.\n\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert [(t.value, t.unit, t.deadline, t.indicator) for t in doc.targets] == [
        (100, "%", "2025", "dự thảo nghị quyết được đánh giá tác động")]


def test_time_limits_of_procedures_in_working_days_tenth_session():
    """A count of working days right after a comparator word or a word of time limits is a time
    limit, an aim though "ngày" is a date's word ("không quá 07 ngày làm việc", "trong vòng 02 ngày
    làm việc": at most); its indicator the words before but the limit's own words; none where no
    such word stands before it, nor in a provision quoted in its line."""
    assert _table_targets_of(
        "- Thời gian thẩm định hồ sơ rút ngắn còn tối đa 10 ngày làm việc.\n"
        "II. NHIỆM VỤ\n"
        "- Hỗ trợ thủ tục cấp phép xây dựng trạm trong thời hạn không quá 07 ngày làm việc.\n"
        "- Cơ sở dữ liệu được cập nhật đầy đủ văn bản trong vòng 02 ngày làm việc kể từ ngày công bố.\n"
        "- Mỗi đoàn làm việc 02 ngày làm việc tại mỗi đơn vị.\n"
        "- Nghị định quy định: “Trong thời hạn 60 ngày làm việc kể từ ngày có quyết định, hội phải "
        "tổ chức đại hội”.\n") == [
        (10, None, "ngày làm việc", "<=", "target", None, "Thời gian thẩm định hồ sơ"),
        (7, None, "ngày làm việc", "<=", "target", None, "Hỗ trợ thủ tục cấp phép xây dựng trạm"),
        (2, None, "ngày làm việc", "<=", "target", None, "Cơ sở dữ liệu được cập nhật đầy đủ văn bản")]


def test_an_item_wrapped_before_its_value_tenth_session():
    """A lettered item whose first lines end in a verb of reaching, the value on the next line
    ("d) Diện tích … đạt\\n25.000 ha"), is no heading: the value measures the words before."""
    assert _table_targets_of(
        "d) Diện tích vùng nguyên\nliệu phục vụ xuất khẩu được chứng nhận VietGAP đạt\n25.000 ha; 70% doanh "
        "nghiệp áp dụng truy xuất nguồn gốc.\n") == [
        (25000, None, "ha", "=", "target", None,
         "Diện tích vùng nguyên liệu phục vụ xuất khẩu được chứng nhận VietGAP"),
        (70, None, "%", "=", "target", None, "doanh nghiệp áp dụng truy xuất nguồn gốc")]


def test_a_concessive_phrase_before_an_aims_subject_tenth_session():
    """"Giai đoạn 2021 - 2025, mặc dù …, kim ngạch … tăng bình quân 10,2%/năm": the period and the
    concessive phrase up to its comma name nothing of what is measured."""
    assert _table_targets_of(
        "- Giai đoạn 2021 - 2025, mặc dù chịu tác động kéo dài của dịch bệnh, kim ngạch xuất khẩu của tỉnh "
        "tăng bình quân 10,2%/năm.\n")[0][6] == "kim ngạch xuất khẩu của tỉnh tăng bình quân"


def test_a_yearly_recurrence_opening_an_indicator_tenth_session():
    """"Hằng năm tổ chức ít nhất 03 đoàn giao thương": how often, no part of what is counted."""
    assert _table_targets_of(
        "- Hằng năm tổ chức ít nhất 03 đoàn giao thương, xúc tiến thương mại tại thị trường nước ngoài.\n"
        "- Hằng năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n") == [
        (3, None, "đoàn giao thương", ">=", "target", None,
         "đoàn giao thương, xúc tiến thương mại tại thị trường nước ngoài"),
        (98, None, "%", "=", "target", None, "tỷ lệ hồ sơ giải quyết đúng hạn")]


def test_a_heading_of_gender_based_violence_and_counts_of_actions_done_eleventh_session():
    """"cơ sở" makes a section of the plan's grounds only where it opens the title: "… ứng phó với
    bạo lực trên cơ sở giới" sets aims; in a section of the situation, a count after a word of an
    action done ("đã lắp đặt 38 trạm 5G") is a result, achieved, one after no such word ("hiện có
    12 khu công nghiệp") describes."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\nBình đẳng giới\n"
                  "I. CƠ SỞ XÂY DỰNG KẾ HOẠCH\nTỉnh có 12 khu công nghiệp.\n"
                  "II. HIỆN TRẠNG\nTrên địa bàn tỉnh hiện có 12 khu công nghiệp. Đến tháng 9/2025, các doanh "
                  "nghiệp viễn thông đã lắp đặt 38 trạm 5G phục vụ các khu công nghiệp.\n"
                  "III. PHÒNG NGỪA, ỨNG PHÓ VỚI BẠO LỰC TRÊN CƠ SỞ GIỚI NĂM 2025\n"
                  "1. Các hoạt động chính\na) Thành lập 02 đoàn kiểm tra liên ngành việc thực hiện pháp luật "
                  "về bình đẳng giới.\n")
    assert [(t.value, t.unit, t.comparator, t.kind, t.indicator) for t in doc.targets] == [
        (38, "trạm", "=", "achieved", "trạm 5G phục vụ các khu công nghiệp"),
        (2, "đoàn kiểm tra liên ngành", "=", "target",
         "đoàn kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới")]


def test_a_bare_unit_line_over_a_table_of_aims_eleventh_session():
    """"Đơn vị: triệu USD" over a table of aims with no unit column names its values' unit, as
    "Đơn vị tính:" does, where what follows opens with a unit of measure, money or a counted noun;
    "Đơn vị: Sở Công Thương" names a body, and the table's values, with no unit, are not read."""
    from pipeline import extract
    table = ("| STT | Chỉ tiêu | Kế hoạch giai đoạn 2026 - 2030 | | |\n|---|---|---|---|---|\n"
             "| | | Năm 2026 | Năm 2027 | Năm 2028 |\n| 1 | Gạo | 760 | 800 | 845 |\n")
    head = ("UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\nPhát triển xuất khẩu\n"
            "I. MỤC TIÊU\nPhấn đấu kim ngạch xuất khẩu tăng bình quân 9%/năm.\n\n"
            "**PHỤ LỤC I**\n\n**CHỈ TIÊU KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG GIAI ĐOẠN 2026 - 2030**\n\n")
    doc = extract(text=head + "*Đơn vị: triệu USD*\n\n" + table)
    assert [(t.value, t.unit, t.indicator, t.deadline) for t in doc.targets if t.unit == "triệu USD"] == [
        (760, "triệu USD", "Gạo", "2026"), (800, "triệu USD", "Gạo", "2027"), (845, "triệu USD", "Gạo", "2028")]
    doc = extract(text=head + "Đơn vị: Sở Công Thương\n\n" + table)
    assert [t.value for t in doc.targets if t.value in (760, 800, 845)] == []


def test_a_pdf_table_of_aims_one_cell_a_line_with_parts_groups_and_notes_eleventh_session():
    """A PDF's text layer writes a table of aims one cell a line: header cells wrapped ("Kế hoạch\\n
    năm 2026"; "Số hộ\\nOCOP …" where the rows read so only), a row of a part with no number
    ("Trong đó: …"), group rows ("I\\nVùng thấp"), a filled note ("Ghi chú") and a sub-total."""
    from pipeline.tables import aim_line_tables
    text = ("TT\nChỉ tiêu\nKế hoạch\nnăm 2026\nMục tiêu\nđến năm 2030\n"
            "1\nDiện tích lúa (ha)\n1.200\n1.500\nTrong đó: lúa hữu cơ (ha)\n100\n300\n"
            "2\nSản lượng chè (tấn)\n9.000\n9.500\n\nPHỤ LỤC II\n"
            "TT\nXã\nSố hộ\nOCOP thêm mới (hộ)\nGhi chú\n"
            "I\nVùng thấp\n1\nXã An Phú\n3\nChè\n2\nXã Bình Minh\n4\nCộng vùng thấp\n7\n")
    tables = list(aim_line_tables(text, 0, len(text), lambda c: c == "Ghi chú"))
    assert [[r[2] for r in t] for t in tables] == [
        [["TT", "Chỉ tiêu", "Kế hoạch năm 2026", "Mục tiêu đến năm 2030"],
         ["1", "Diện tích lúa (ha)", "1.200", "1.500"],
         ["", "Trong đó: lúa hữu cơ (ha)", "100", "300"],
         ["2", "Sản lượng chè (tấn)", "9.000", "9.500"]],
        [["TT", "Xã", "Số hộ OCOP thêm mới (hộ)", "Ghi chú"],
         ["I", "Vùng thấp"],
         ["1", "Xã An Phú", "3", "Chè"],
         ["2", "Xã Bình Minh", "4"],
         ["", "Cộng vùng thấp", "7"]]]
    assert _table_targets_of(text[:text.index("\n\nPHỤ LỤC II")]) == [
        (1200, None, "ha", "=", "target", "2026", "Diện tích lúa"),
        (1500, None, "ha", "=", "target", "2030", "Diện tích lúa"),
        (100, None, "ha", "=", "target", "2026", "lúa hữu cơ"),
        (300, None, "ha", "=", "target", "2030", "lúa hữu cơ"),
        (9000, None, "tấn", "=", "target", "2026", "Sản lượng chè"),
        (9500, None, "tấn", "=", "target", "2030", "Sản lượng chè")]


def test_allocations_a_cut_off_date_and_a_task_before_words_of_aiming_eleventh_session():
    """Money after the copula in a clause of capital allotted or a budget estimate ("Tổng kế hoạch
    vốn đầu tư công năm 2027 … là 11.215,6 tỷ đồng", "Tổng chi … theo dự toán được giao là …") is
    an allocation, no aim, while "Tổng thu … phấn đấu đạt trên 14.900 tỷ đồng" is one; a full date
    closed by a comma opens no indicator ("Đến ngày 31/12/2026, giá trị giải ngân …"); a task and a
    comma before words of aiming are no part of the indicator named after them ("Sở Công Thương
    chủ trì …, phấn đấu chỉ số sản xuất công nghiệp (IIP) tăng 12%")."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 01 năm 2027\nKẾ HOẠCH\nĐầu tư công\n"
                  "I. KẾT QUẢ NĂM 2026\nKế hoạch vốn đầu tư công năm 2026 được giao là 9.846,2 tỷ đồng. Đến "
                  "ngày 31/12/2026, giá trị giải ngân ước đạt 8.920 tỷ đồng.\n"
                  "II. MỤC TIÊU NĂM 2027\n1. Tổng kế hoạch vốn đầu tư công năm 2027 nguồn ngân sách địa "
                  "phương là 11.215,6 tỷ đồng.\n2. Tổng chi ngân sách địa phương theo dự toán được giao là "
                  "31.624 tỷ đồng.\n3. Tổng thu ngân sách nhà nước trên địa bàn phấn đấu đạt trên 14.900 tỷ "
                  "đồng.\n"
                  "III. NHIỆM VỤ\n- Sở Công Thương chủ trì thu hút đầu tư vào các cụm công nghiệp, phấn đấu "
                  "chỉ số sản xuất công nghiệp (IIP) tăng 12%.\n")
    assert [(t.value, t.unit, t.comparator, t.kind, t.indicator) for t in doc.targets] == [
        (8920, "tỷ đồng", "=", "achieved", "giá trị giải ngân"),
        (14900, "tỷ đồng", ">", "target", "Tổng thu ngân sách nhà nước trên địa bàn phấn đấu"),
        (12, "%", "=", "target", "chỉ số sản xuất công nghiệp (IIP)")]


def test_an_annex_caption_broken_by_a_page_number_and_a_heading_after_the_last_row_eleventh_session():
    """A PDF's text layer breaks an annex's caption over two pages, the page's number alone between
    blank lines ("PHÂN BỔ CHỈ TIÊU …\\n\\n4\\n\\nTRỌNG ĐIỂM"): the number is no line of the
    caption, which still names aims; the next annex's heading in capitals after the last row
    ("PHỤ LỤC III") is no note of it."""
    from pipeline.tables import aim_line_tables
    text = ("PHỤ LỤC II\nPHÂN BỔ CHỈ TIÊU TĂNG THÊM GIAI ĐOẠN 2026 - 2030 CHO CÁC XÃ\n\n4\n\nTRỌNG ĐIỂM\n"
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh)\n"
            "TT\nXã\nSố sản phẩm\nOCOP mới (sản phẩm)\nDiện tích vùng sản xuất\ntăng thêm (ha)\nGhi chú\n"
            "I\nKhu vực phía Bắc\n1\nXã An Phú\n3\n1.450\n2\nXã Bình Minh\n2\n380\nChè\nTổng cộng\n5\n1.830\n"
            "\nPHỤ LỤC III\nDANH MỤC NHIỆM VỤ\n")
    tables = list(aim_line_tables(text, 0, len(text), lambda c: c == "Ghi chú"))
    assert [r[2] for r in tables[0]][-1] == ["", "Tổng cộng", "5", "1.830"]
    assert _table_targets_of(text) == [
        (3, None, "sản phẩm", "=", "target", "2030", "Số sản phẩm OCOP mới Xã An Phú"),
        (1450, None, "ha", "=", "target", "2030", "Diện tích vùng sản xuất tăng thêm Xã An Phú"),
        (2, None, "sản phẩm", "=", "target", "2030", "Số sản phẩm OCOP mới Xã Bình Minh"),
        (380, None, "ha", "=", "target", "2030", "Diện tích vùng sản xuất tăng thêm Xã Bình Minh"),
        (5, None, "sản phẩm", "=", "target", "2030", "Số sản phẩm OCOP mới Tổng cộng"),
        (1830, None, "ha", "=", "target", "2030", "Diện tích vùng sản xuất tăng thêm Tổng cộng")]


def test_a_pdf_table_of_aims_with_a_unit_column_in_lower_case_eleventh_session():
    """A PDF's text layer writes a table one cell a line, each row as many lines as the header:
    its lines are no wraps, so a unit cell in lower case stays a cell of its own ("Tuyển sinh đại
    học chính quy\\nsinh viên") and the table reads."""
    assert _table_targets_of(
        "Bảng 1. Chỉ tiêu chủ yếu năm học 2025 - 2026\nTT\nChỉ tiêu\nĐơn vị tính\n"
        "Kế hoạch năm học 2025 - 2026\nĐơn vị chủ trì\n1\nTuyển sinh đại học chính quy\nsinh viên\n2.850\n"
        "Phòng Đào tạo\n2\nTuyển sinh trình độ thạc sĩ\nhọc viên\n180\nPhòng Đào tạo\n"
        "3\nTỷ lệ sinh viên có việc làm\n%\n≥ 92\nTrung tâm Hỗ trợ sinh viên\n") == [
        (2850, None, "sinh viên", "=", "target", "2026", "Tuyển sinh đại học chính quy"),
        (180, None, "học viên", "=", "target", "2026", "Tuyển sinh trình độ thạc sĩ"),
        (92, None, "%", ">=", "target", "2026", "Tỷ lệ sinh viên có việc làm")]


def test_listed_nouns_parts_durations_and_deadline_tails_eleventh_session():
    """"150 băng rôn, khẩu hiệu tại …", "5.000 tờ rơi, tờ gấp …": nouns a comma lists after a count's
    noun are counted with it (not "450 gian hàng, thu hút …", a clause); "cấp phát" issues what a
    campaign hands out; "…, trong đó ít nhất 40% là …" is a share of the count, no percentage the
    count describes; "thời gian … tăng lên tối thiểu 06 giờ" a length of time; "trong năm 2027",
    "trước ngày 30/6/2027" ending an indicator no part of it."""
    assert _table_targets_of(
        "- Treo ít nhất 150 băng rôn, khẩu hiệu tại trụ sở cơ quan; in và cấp phát 5.000 tờ rơi, tờ gấp"
        " tuyên truyền.\n"
        "- Bố trí ít nhất 450 gian hàng, thu hút 20.000 lượt khách.\n"
        "- Bồi dưỡng cho khoảng 2.000 lượt cán bộ, công chức, viên chức về chuyển đổi số, trong đó ít nhất"
        " 40% là cán bộ cấp xã.\n"
        "- Thời gian xử lý hồ sơ trực tuyến giảm xuống không quá 04 giờ.\n"
        "- Hoàn thành tối thiểu 30 dự án trong năm 2027; khởi công mới 18 dự án trước ngày 30/6/2027.\n") == [
        (150, None, "băng rôn, khẩu hiệu", ">=", "target", None, "băng rôn, khẩu hiệu tại trụ sở cơ quan"),
        (5000, None, "tờ rơi, tờ gấp", "=", "target", None, "tờ rơi, tờ gấp tuyên truyền"),
        (450, None, "gian hàng", ">=", "target", None, "Bố trí gian hàng"),
        (20000, None, "lượt khách", "=", "target", None, "thu hút lượt khách"),
        (2000, None, "lượt cán bộ, công chức, viên chức", "=", "target", None,
         "lượt cán bộ, công chức, viên chức về chuyển đổi số"),
        (40, None, "%", ">=", "target", None, "là cán bộ cấp xã"),
        (4, None, "giờ", "<=", "target", None, "Thời gian xử lý hồ sơ trực tuyến"),
        (30, None, "dự án", ">=", "target", "2027", "dự án"),
        (18, None, "dự án", "=", "target", "2027", "dự án")]


def test_an_html_table_of_aims_with_merged_cells_eleventh_session():
    """A table of aims left as HTML in a markdown text, its header over two rows (the year columns
    under "Kế hoạch" spanning them, the other cells spanning both rows): read as the pipe table the
    normaliser writes, the estimate of the current year achieved, each plan year's aim its own."""
    assert _table_targets_of(
        "<table>\n<tr><td rowspan=\"2\">STT</td><td rowspan=\"2\">Chỉ tiêu</td><td rowspan=\"2\">Đơn vị tính</td>"
        "<td rowspan=\"2\">Năm 2025 (ước)</td><td colspan=\"2\">Kế hoạch</td></tr>\n"
        "<tr><td>Năm 2026</td><td>Năm 2027</td></tr>\n"
        "<tr><td>1</td><td>Sản phẩm OCOP được công nhận mới</td><td>Sản phẩm</td><td>37</td><td>40</td>"
        "<td>45</td></tr>\n"
        "<tr><td>2</td><td>Tỷ lệ chủ thể OCOP bán hàng trên sàn thương mại điện tử</td><td>%</td><td>52</td>"
        "<td>60</td><td>&ge; 70</td></tr>\n</table>\n") == [
        (37, None, "Sản phẩm", "=", "achieved", "2025", "Sản phẩm OCOP được công nhận mới"),
        (40, None, "Sản phẩm", "=", "target", "2026", "Sản phẩm OCOP được công nhận mới"),
        (45, None, "Sản phẩm", "=", "target", "2027", "Sản phẩm OCOP được công nhận mới"),
        (52, None, "%", "=", "achieved", "2025", "Tỷ lệ chủ thể OCOP bán hàng trên sàn thương mại điện tử"),
        (60, None, "%", "=", "target", "2026", "Tỷ lệ chủ thể OCOP bán hàng trên sàn thương mại điện tử"),
        (70, None, "%", ">=", "target", "2027", "Tỷ lệ chủ thể OCOP bán hàng trên sàn thương mại điện tử")]


def test_a_bracket_unit_of_three_words_a_total_restating_the_prose_and_listed_youth_eleventh_session():
    """"Hiến máu tình nguyện (đơn vị máu)": a header's unit in brackets of three words opening with
    a counted noun; the annex's row of totals restates the prose's aim of its value and unit,
    whatever its indicator; "đoàn viên, thanh niên" are counted together; "trang bị" equips."""
    assert _table_targets_of(
        "- Vận động 1.900 đơn vị máu tình nguyện (chỉ tiêu giao cụ thể tại Phụ lục).\n"
        "- Huy động từ 2.500 lượt đoàn viên, thanh niên trở lên tham gia các đội hình tình nguyện.\n\n"
        "| STT | Đơn vị | Hiến máu tình nguyện (đơn vị máu) |\n|---|---|---|\n"
        "| 1 | Huyện đoàn Vĩnh Linh | 180 |\n| 2 | Huyện đoàn Gio Linh | 1.720 |\n"
        "| | **Tổng cộng** | **1.900** |\n") == [
        (1900, None, "đơn vị máu tình", "=", "target", None, "đơn vị máu tình nguyện"),
        (2500, None, "lượt đoàn viên, thanh niên", ">=", "target", None,
         "lượt đoàn viên, thanh niên tham gia các đội hình tình nguyện"),
        (180, None, "đơn vị máu", "=", "target", None, "Hiến máu tình nguyện Huyện đoàn Vĩnh Linh"),
        (1720, None, "đơn vị máu", "=", "target", None, "Hiến máu tình nguyện Huyện đoàn Gio Linh")]
    from pipeline import extract
    doc = extract(text="ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TIẾN\nSố: 11/KH-UBND\nĐồng Tiến, ngày 5 tháng 1 năm 2026\n"
                       "KẾ HOẠCH\nChuyển đổi số năm 2026\nI. MỤC TIÊU\n- 85% hộ gia đình có cáp quang.\n"
                       "II. NHIỆM VỤ\n- Hạ tầng số: trang bị 12 máy tính mới cho Trung tâm Phục vụ hành chính"
                       " công xã.\n"
                       "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn An\n"
                       "BIỂU CHỈ TIÊU GIAO CÁC THÔN NĂM 2026\nSTT\nThôn\nPhổ cập kỹ năng số (lượt người)\n"
                       "Hộ có cáp quang (%)\n1\nThôn Đông\n900\n90\n2\nThôn Trung\n800\n88\n")
    assert [(t.value, t.unit, t.indicator) for t in doc.targets] == [
        (85, "%", "hộ gia đình có cáp quang"),
        (12, "máy tính mới", "máy tính mới cho Trung tâm Phục vụ hành chính công xã"),
        (900, "lượt người", "Phổ cập kỹ năng số Thôn Đông"), (90, "%", "Hộ có cáp quang Thôn Đông"),
        (800, "lượt người", "Phổ cập kỹ năng số Thôn Trung"), (88, "%", "Hộ có cáp quang Thôn Trung")]
    assert _table_targets_of("| STT | Chỉ tiêu | Tốc độ tăng GRDP (giá so sánh) |\n|---|---|---|\n"
                             "| 1 | Toàn tỉnh | 8 |\n") == []


def test_a_measure_over_the_years_of_a_two_row_header_eleventh_session():
    """A measure's cell over the years under it ("Sản phẩm OCOP công nhận mới (sản phẩm)" over
    "Năm 2026 | Năm 2027"), the districts as rows: an aim for each district and year, the measure's
    name first; the measure beside it with no year keeps none."""
    assert _table_targets_of(
        "4. Chỉ tiêu phân bổ cho các huyện\n\n"
        "| TT | Huyện | Sản phẩm OCOP công nhận mới (sản phẩm) |  | Điểm du lịch cộng đồng (điểm) |\n"
        "|  |  | Năm 2026 | Năm 2027 |  |\n"
        "| 1 | Huyện Lâm Bình | 4 | 5 | 3 |\n") == [
        (4, None, "sản phẩm", "=", "target", "2026", "Sản phẩm OCOP công nhận mới Huyện Lâm Bình"),
        (5, None, "sản phẩm", "=", "target", "2027", "Sản phẩm OCOP công nhận mới Huyện Lâm Bình"),
        (3, None, "điểm", "=", "target", None, "Điểm du lịch cộng đồng Huyện Lâm Bình")]


def test_a_number_inside_a_quoted_name_eleventh_session():
    """A number inside a quoted name is part of the name ("5 không, 3 sạch"), no count (a zero
    quoted alone, "bằng “0”", is still read: the sixth session's test of an aim of none)."""
    assert _table_targets_of(
        "- Tăng thêm 1.500 hộ gia đình hội viên đạt tiêu chí \"5 không, 3 sạch\".\n"
        "- Xây dựng 20 mô hình “3 an toàn” tại các xã.\n") == [
        (1500, None, "hộ gia đình", "=", "target", None, "hộ gia đình hội viên đạt tiêu chí \""),
        (20, None, "mô hình", "=", "target", None, "mô hình “")]  # (the indicator still ends at the quote)


def _docx_with_body(tmp_path, body: str):
    """A copy of a generated DOCX with its body replaced (the reader's real path: zip, XML, tables)."""
    import zipfile

    from conftest import GENERATED
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(GENERATED / "d01.docx") as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                head = data.decode("utf-8").split("<w:body>")[0]
                data = f"{head}<w:body>{body}</w:body></w:document>".encode()
            zout.writestr(info.filename, data)
    return path


def _tc(text: str, span: int = 1) -> str:
    pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f"<w:tc>{pr}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_a_docx_header_over_two_rows_keeps_its_years_in_place(tmp_path):
    """The DOCX reader writes a table's row as its cells with " | " between them, a merged cell's
    places as empty cells: the lower row of a header over two rows opens with empty cells,
    " |  |  | Năm 2027 | Năm 2030 | ". Its opening bar is an empty cell's (in a table whose rows open
    with no bar), not a markdown row's: the years stand under "Mục tiêu", which spans them, and each
    market's aims for 2027 and 2030 are read (the years were read one place to the left, under
    "Thực hiện năm 2024", and no aim of the table was found)."""
    def p(text):
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * 6 + "</w:tblGrid>"
    rows = [
        [_tc("TT"), _tc("Thị trường"), _tc("Thực hiện năm 2024"), _tc("Mục tiêu", 2),
         _tc("Tăng trưởng bình quân 2025-2030 (%/năm)")],
        [_tc(""), _tc(""), _tc(""), _tc("Năm 2027"), _tc("Năm 2030"), _tc("")],
        [_tc("1"), _tc("Trung Quốc"), _tc("12,6"), _tc("14,5"), _tc("17,0"), _tc("5-6")],
        [_tc("2"), _tc("Hoa Kỳ"), _tc("8,9"), _tc("10,5"), _tc("12,8"), _tc("6-7")],
    ]
    table = "<w:tbl>" + grid + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"
    body = "".join(p(t) for t in ("BỘ CÔNG THƯƠNG", "KẾ HOẠCH", "Phát triển thị trường xuất khẩu",
                                  "I. MỤC TIÊU", "Mở rộng thị trường xuất khẩu nông sản.", "PHỤ LỤC I",
                                  "MỤC TIÊU KIM NGẠCH XUẤT KHẨU THEO THỊ TRƯỜNG",
                                  "Đơn vị: tỷ USD")) + table
    import pipeline
    doc = pipeline.extract(_docx_with_body(tmp_path, body))
    assert "\n |  |  | Năm 2027 | Năm 2030 |\n" in doc.text
    got = [(t.value, t.until, t.unit, t.kind, t.deadline, t.indicator) for t in doc.targets]
    assert got == [
        (12.6, None, "tỷ USD", "achieved", "2024", "Trung Quốc"),
        (14.5, None, "tỷ USD", "target", "2027", "Trung Quốc"),
        (17, None, "tỷ USD", "target", "2030", "Trung Quốc"),
        (5, 6, "%/năm", "target", "2030", "tăng trưởng bình quân Trung Quốc"),
        (8.9, None, "tỷ USD", "achieved", "2024", "Hoa Kỳ"),
        (10.5, None, "tỷ USD", "target", "2027", "Hoa Kỳ"),
        (12.8, None, "tỷ USD", "target", "2030", "Hoa Kỳ"),
        (6, 7, "%/năm", "target", "2030", "tăng trưởng bình quân Hoa Kỳ")]
    assert [doc.text[t.start:t.end] for t in doc.targets][:3] == ["12,6", "14,5", "17,0"]


def test_bars_opening_a_markdown_row_are_no_cells():
    """In a markdown table every row opens and closes with a bar: those are no empty cells."""
    from pipeline.extract.targets import _row_cells
    text = "| TT | Chỉ tiêu | Năm 2030 |\n|---|---|---|\n| 1 | Tỷ lệ hộ nghèo | 1,5% |\n"
    spans, at = [], 0
    for line in text.splitlines():
        spans.append((at, at + len(line)))
        at += len(line) + 1
    rows = _row_cells(text, spans)
    assert [r[2] for r in rows] == [["TT", "Chỉ tiêu", "Năm 2030"], ["---", "---", "---"],
                                    ["1", "Tỷ lệ hộ nghèo", "1,5%"]]
    assert text[rows[2][3][2]:].startswith("1,5%")
    bare = "TT | Chỉ tiêu | Năm 2030\n | | Năm 2031\n"
    rows = _row_cells(bare, [(0, 24), (25, 40)])
    assert [r[2] for r in rows] == [["TT", "Chỉ tiêu", "Năm 2030"], ["", "", "Năm 2031"]]


def test_a_row_of_the_whole_area_or_of_totals_restates_the_prose_aims():
    """A table's row of the whole area ("Toàn xã") or of totals ("Tổng cộng") whose cell has the
    value and unit of a prose aim is that aim, whatever its indicator and though the table gives no
    year (probes m65 and m59, dev: their Word tables saved as text, read since a row opening with a
    tab keeps its empty first cell)."""
    import pipeline
    m65 = pipeline.extract(ROOT / "corpus" / "probes" / "m65.txt")
    assert [(t.value, t.comparator, t.indicator) for t in m65.targets if t.value in (62, 1.8)] == [
        (62, ">=", "Thu nhập bình quân đầu người khu vực nông thôn"),
        (1.8, "<", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")]
    m59 = pipeline.extract(ROOT / "corpus" / "probes" / "m59.txt")
    assert [(t.value, t.deadline, t.indicator) for t in m59.targets if t.value in (445, 48)] == [
        (445, "2025", "hộ nghèo do phụ nữ làm chủ hộ thoát nghèo"),
        (48, "2025", "mô hình kinh tế tập thể do phụ nữ quản lý")]
def test_milestones_by_date_under_a_spanning_measure_twelfth_session():
    """A disbursement plan's annex: each body's cumulative rate due at each date ("Tỷ lệ giải ngân
    lũy kế phải đạt" spanning "Đến 31/3/2026 | Đến 30/6/2026"), the allocation column beside it no
    aim; a Word export's rows (tabs) with the lower header row's places kept or its dates alone."""
    expected = [
        (15, None, "%", "=", "target", "2026", "Tỷ lệ giải ngân lũy kế phải đạt Đến 30/6/2026 Sở Y tế"),
        (95, None, "%", ">", "target", "2026", "Tỷ lệ giải ngân lũy kế phải đạt Đến 31/12/2026 Sở Y tế"),
        (20, None, "%", "=", "target", "2026", "Tỷ lệ giải ngân lũy kế phải đạt Đến 30/6/2026 Sở Xây dựng"),
        (90, None, "%", "=", "target", "2026", "Tỷ lệ giải ngân lũy kế phải đạt Đến 31/12/2026 Sở Xây dựng")]
    rows = "| 1 | Sở Y tế | 318.600 | 15 | > 95 |\n| 2 | Sở Xây dựng | 120.000 | 20 | 90 |\n"
    assert _table_targets_of(
        "Đơn vị tính: triệu đồng; tỷ lệ: %\n"
        "| TT | Đơn vị | Kế hoạch vốn năm 2026 | Tỷ lệ giải ngân lũy kế phải đạt |\n"
        "| Đến 30/6/2026 | Đến 31/12/2026 |\n" + rows) == expected
    assert _table_targets_of(
        "| TT | Đơn vị | Kế hoạch vốn năm 2026 | Tỷ lệ giải ngân lũy kế phải đạt | |\n"
        "| | | | Đến 30/6/2026 | Đến 31/12/2026 |\n" + rows) == expected
    # (Dates under a cell naming no measure are no milestones: "Thời gian" over dates.)
    assert not [t for t in _table_targets_of(
        "| TT | Đơn vị | Kinh phí | Thời gian |\n| Đến 30/6/2026 | Đến 31/12/2026 |\n" + rows) if t[2] == "%"]


def test_a_status_column_at_a_date_with_its_day_word():
    """"Số tiêu chí … đã đạt đến ngày 31/12/2025" is a column of results at a date, as "… đã đạt
    đến 31/12/2025" is (the day word was matched unaccented, and the folded header keeps accents)."""
    from pipeline.extract.targets import vocabulary_patterns
    from pipeline.text import fold
    rx = vocabulary_patterns()
    for header in ("Số tiêu chí NTM nâng cao đã đạt đến ngày 31/12/2025",
                   "Số tiêu chí NTM nâng cao đã đạt đến 31/12/2025"):
        assert rx.status_column.match(fold(header)).group("name") == "số tiêu chí ntm nâng cao"


def test_a_pdf_annex_one_cell_a_line_with_a_row_of_column_numbers():
    """A PDF text layer's annex table one cell a line (probe m81, dev): header cells wrapped over
    lines, a year alone on its line ("Ước thực\\nhiện năm\\n2024"), a row of the columns' numbers
    ("(1)" … "(6)=(5)/(4)") before the first row, which has no number (the total), and after a
    page's number ("5", no blank lines around it) the header repeated, the rows going on ("4").
    The annex comes after the plan's signature: a header cell "Kế hoạch" over the next annex's
    "(Kèm theo Kế hoạch số …)" opens no attached document."""
    import pipeline
    doc = pipeline.extract(ROOT / "corpus" / "probes" / "m81.txt")
    lo, hi = doc.text.index("Phụ lục I\n"), doc.text.index("Phụ lục II\n")
    got = [(t.value, t.kind, t.deadline, t.unit, t.indicator) for t in doc.targets if lo < t.start < hi]
    assert len(got) == 46  # (34 of the years' columns, 12 of the growth column "(6)=(5)/(4)")
    fdi = "Trong đó: doanh nghiệp có vốn đầu tư nước ngoài"
    growth = [g for g in got if g[4].startswith("Tăng trưởng")]
    assert growth[:2] == [(108.5, "target", "2025", "%", "Tăng trưởng Tổng kim ngạch xuất khẩu"),
                          (108.2, "target", "2025", "%", "Tăng trưởng " + fdi)]
    got = [g for g in got if g not in growth]
    assert got[:4] == [(1781, "achieved", "2023", "triệu USD", "Tổng kim ngạch xuất khẩu"),
                       (1020, "achieved", "2023", "triệu USD", fdi), (1146, "achieved", "2024", "triệu USD", fdi),
                       (1240, "target", "2025", "triệu USD", fdi)]
    other = "Hàng công nghiệp khác (linh kiện điện tử, sợi, bao bì)"
    assert got[16:19] == [(175, "achieved", "2023", "triệu USD", other), (195, "achieved", "2024", "triệu USD", other),
                          (220, "target", "2025", "triệu USD", other)]
    assert [doc.text[t.start:t.end] for t in doc.targets if lo < t.start < hi][:2] == ["1.781", "108,5"]
    assert not any(s.kind == "attachment" for s in doc.sections)
def test_a_table_written_a_row_a_line_with_spaces_between_cells_twelfth_session():
    """A PDF's text layer read without its layout (a document-sharing site's extract): the header a
    line, or two, with spaces between cells, each row a line read from its end (values, unit, the
    row's number, the indicator between); each value's start its cell's; the table ends at the
    first line that is no row."""
    from pipeline import extract
    rows = ("1 Tỷ lệ người cao tuổi được khám sức khỏe định kỳ % 48,5 70 90\n"
            "2 Số câu lạc bộ chăm sóc sức khỏe người cao tuổi câu lạc bộ 6.200 8.000 10.000\n"
            "3 Số bệnh viện có khoa Lão khoa bệnh viện 38 45 50\n"
            "Ngoài các chỉ tiêu trên, các đơn vị chủ động triển khai.\n")
    expected = [
        (48.5, None, "%", "=", "achieved", "2024", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ"),
        (70, None, "%", "=", "target", "2027", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ"),
        (90, None, "%", "=", "target", "2030", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ"),
        (6200, None, "câu lạc bộ", "=", "achieved", "2024", "Số câu lạc bộ chăm sóc sức khỏe người cao tuổi"),
        (8000, None, "câu lạc bộ", "=", "target", "2027", "Số câu lạc bộ chăm sóc sức khỏe người cao tuổi"),
        (10000, None, "câu lạc bộ", "=", "target", "2030", "Số câu lạc bộ chăm sóc sức khỏe người cao tuổi"),
        (38, None, "bệnh viện", "=", "achieved", "2024", "Số bệnh viện có khoa Lão khoa"),
        (45, None, "bệnh viện", "=", "target", "2027", "Số bệnh viện có khoa Lão khoa"),
        (50, None, "bệnh viện", "=", "target", "2030", "Số bệnh viện có khoa Lão khoa")]
    assert _table_targets_of("TT Chỉ tiêu Đơn vị tính Thực hiện năm 2024 Năm 2027 Năm 2030\n" + rows) == expected
    assert _table_targets_of("TT Chỉ tiêu Đơn vị tính Thực hiện\nnăm 2024 Năm 2027 Năm 2030\n" + rows) == expected
    text = _TABLE_HEAD + "TT Chỉ tiêu ĐVT Năm 2027 Năm 2030\n1 Tỷ lệ hộ nghèo % 2,5 1\n"
    doc = extract(text=text + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert [(t.value, text[t.start:t.end]) for t in doc.targets] == [(2.5, "2,5"), (1, "1")]
    # (No header naming an indicator column: no table; a row whose unit is unknown ends it.)
    assert not _table_targets_of("TT Đơn vị Năm 2027 Năm 2030\n1 Tỷ lệ hộ nghèo % 2,5 1\n")
    assert not _table_targets_of("TT Chỉ tiêu ĐVT Năm 2027 Năm 2030\n1 Tỷ lệ hộ nghèo giảm mỗi năm 2 3\n")


def test_a_pdf_annex_with_comparison_columns_and_units_under_names():
    """A PDF annex one cell a line (probe m83, dev) whose header wraps a period and a bracketed unit
    onto its cells ("Tốc độ tăng\\nbình quân\\n2026-2030\\n(%/năm)", "So sánh\\nKH/ƯTH\\n(%)"), under a
    row of column numbers ("1" … "6=5/4" … "8"), with each row's unit in brackets on the line under
    its name ("Tổng lượt khách du lịch\\n(nghìn lượt)"). The columns comparing the years' values are
    no labels making it a report's table: the years' columns are read, their unit the row's; the
    rate over the plan's term (2026-2030) is an aim of its term."""
    import pipeline
    doc = pipeline.extract(ROOT / "corpus" / "probes" / "m83.txt")
    at = doc.text.index("BIỂU CHỈ TIÊU PHÁT TRIỂN DU LỊCH")
    got = [(t.value, t.kind, t.deadline, t.unit, t.indicator) for t in doc.targets if t.start > at]
    assert len(got) == 60  # (46 of this annex, 8 of them "So sánh KH/ƯTH", 14 of the annex of places after it)
    # (The column of the rate over the plan's term, read by the table's cells: pipeline.extract.table_aims.)
    assert [(t.value, t.scope, t.indicator) for t in doc.targets if t.start > at and t.scope == "term"][:2] == [
        (8.6, "term", "Tốc độ tăng bình quân Tổng lượt khách du lịch"),
        (11.8, "term", "Tốc độ tăng bình quân khách quốc tế")]
    assert got[:4] == [(3050, "achieved", "2023", "nghìn lượt", "Tổng lượt khách du lịch"),
                       (3420, "achieved", "2024", "nghìn lượt", "Tổng lượt khách du lịch"),
                       (3700, "target", "2025", "nghìn lượt", "Tổng lượt khách du lịch"),
                       (108.2, "target", "2025", "%", "So sánh Tổng lượt khách du lịch")]
    assert got[4:6] == [(5600, "target", "2030", "nghìn lượt", "Tổng lượt khách du lịch"),
                        (8.6, "target", "2030", "%/năm", "Tốc độ tăng bình quân Tổng lượt khách du lịch")]


def test_date_led_milestones_parts_of_a_measure_rates_and_allotments_twelfth_session():
    """A later clause led by a date after an indicator's colon measures that indicator ("…: đến
    ngày 31/3/2026 đạt tối thiểu 15%; đến ngày 30/6/2026 đạt tối thiểu 45%"), the date and verb
    of the next one after "và" no indicator of the value before; the parts of a measure after
    "trong đó" named by the whole's measure and their name; a rate per a unit of people ("8,6 bác
    sĩ/vạn dân"); money after "gồm" in a sentence stating an allotted total is no aim."""
    assert _table_targets_of(
        "a) Tỷ lệ giải ngân lũy kế của toàn tỉnh so với kế hoạch vốn được giao: đến ngày 31/3/2026 đạt "
        "tối thiểu 15%; đến ngày 30/6/2026 đạt tối thiểu 45%; đến ngày 31/12/2026 đạt trên 95% và đến "
        "hết ngày 31/01/2027 giải ngân 100% kế hoạch vốn được giao.\n"
        "b) Tổng giá trị sản xuất (giá so sánh 2010) tăng 8,5% so với năm 2025; trong đó: nông, lâm, "
        "thủy sản tăng 3,2%; công nghiệp - xây dựng tăng 11,5%.\n"
        "c) Đạt 8,6 bác sĩ/vạn dân.\n"
        "d) Tổng kế hoạch vốn đầu tư công năm 2026 là 11.846,7 tỷ đồng, gồm: vốn ngân sách địa "
        "phương 8.214,3 tỷ đồng; vốn ngân sách trung ương 3.120,4 tỷ đồng.\n") == [
        (15, None, "%", ">=", "target", None,
         "Tỷ lệ giải ngân lũy kế của toàn tỉnh so với kế hoạch vốn được giao"),
        (45, None, "%", ">=", "target", None,
         "Tỷ lệ giải ngân lũy kế của toàn tỉnh so với kế hoạch vốn được giao"),
        (95, None, "%", ">", "target", None,
         "Tỷ lệ giải ngân lũy kế của toàn tỉnh so với kế hoạch vốn được giao"),
        (100, None, "%", "=", "target", None, "kế hoạch vốn được giao"),
        (8.5, None, "%", "=", "target", None, "Tổng giá trị sản xuất"),
        (3.2, None, "%", "=", "target", None, "giá trị sản xuất nông, lâm, thủy sản"),
        (11.5, None, "%", "=", "target", None, "giá trị sản xuất công nghiệp - xây dựng"),
        (8.6, None, "bác sĩ/vạn dân", "=", "target", None, "số bác sĩ trên một vạn dân")]


def test_bulleted_rows_under_a_row_of_a_rate_twelfth_session():
    """A table's bulleted rows under a numbered row of values measured in % are its parts: the
    row's measure (no brackets, no word of a whole) with their names, not the group row's title;
    under a row of a quantity of a thing they name themselves."""
    assert _table_targets_of(
        "| TT | Chỉ tiêu | ĐVT | Năm 2026 |\n|---|---|---|---|\n"
        "| **A** | **CHỈ TIÊU KINH TẾ** | | |\n"
        "| 1 | Tốc độ tăng tổng giá trị sản xuất (giá SS 2010) | % | 8,5 |\n"
        "| | - Nông, lâm, thủy sản | % | 3,2 |\n"
        "| 2 | Rau quả các loại, trong đó: | triệu USD | 415 |\n"
        "| | - Trái cây tươi | triệu USD | 290 |\n") == [
        (8.5, None, "%", "=", "target", "2026", "Tốc độ tăng tổng giá trị sản xuất (giá SS 2010)"),
        (3.2, None, "%", "=", "target", "2026", "Tốc độ tăng giá trị sản xuất Nông, lâm, thủy sản"),
        (415, None, "triệu USD", "=", "target", "2026", "Rau quả các loại"),
        (290, None, "triệu USD", "=", "target", "2026", "Trái cây tươi")]


def test_works_started_and_capital_allotted_after_a_colon_twelfth_session():
    """"Khởi công mới 06 công trình …" in a task sets a count of works to start, an aim outside a
    targets part as "xây dựng" does; money after a colon in a clause of capital allotted ("Vốn bố
    trí cho các dự án khởi công mới: 44.440 tỷ đồng") is an allocation, no aim."""
    from pipeline import extract
    doc = extract(text="ỦY BAN NHÂN DÂN\nHUYỆN X\nSố: 12/KH-UBND\nX, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\nĐầu tư công\n"
                       "I. NHIỆM VỤ\n1. Giao thông\nKhởi công mới 06 công trình giao thông nông thôn.\n"
                       "- Vốn bố trí cho các dự án khởi công mới: 44.440 tỷ đồng;\n"
                       "II. TỔ CHỨC THỰC HIỆN\n- Triển khai.\n")
    assert [(t.value, t.unit, t.indicator) for t in doc.targets] == [
        (6, "công trình giao thông", "công trình giao thông nông thôn")]


_HEAD_2025 = ("UBND TỈNH QUẢNG NGÃI\nSố: 18/KH-UBND\nQuảng Ngãi, ngày 24 tháng 01 năm 2025\n"
              "KẾ HOẠCH\nPhát triển kinh tế\n"
              "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/4/2023 của UBND tỉnh về việc ABC.\n"
              "I. MỤC TIÊU\n")


def _targets_2025(text: str) -> list[tuple]:
    from pipeline import extract
    doc = extract(text=_HEAD_2025 + text + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    return [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in doc.targets]


def test_measures_over_estimates_and_units_in_superscript_twelfth_session():
    """A pipe table whose measures span a year's estimate and the aim's year ("Thể tích bể nuôi
    (m³)" over "Năm 2025 (ước) | Năm 2030"): the estimate's column holds results; a unit written
    with a superscript ("240.000 m³") or in degrees ("dưới 20°C") is a unit of measure; a period
    after the counted thing ends its indicator ("1.500 lượt người nuôi giai đoạn 2026 - 2030")."""
    got = _targets_2025(
        "a) Đến năm 2027: tổng thể tích bể nuôi toàn vùng đạt khoảng 240.000 m³.\n"
        "b) Tập huấn cho ít nhất 1.500 lượt người nuôi giai đoạn 2026 - 2030.\n\n"
        "PHỤ LỤC\nCHỈ TIÊU THỂ TÍCH BỂ NUÔI, SẢN LƯỢNG CỦA CÁC TỈNH ĐẾN NĂM 2030\n\n"
        "| TT | Tỉnh | Thể tích bể nuôi (m³) | | Sản lượng (tấn) | |\n|---|---|---|---|---|---|\n"
        "| | | Năm 2025 (ước) | Năm 2030 | Năm 2025 (ước) | Năm 2030 |\n"
        "| 1 | Lào Cai | 78.000 | 120.000 | 1.150 | 2.500 |\n"
        "| 2 | Lai Châu | 52.000 | 80.000 | 780 | 1.700 |\n")
    assert got == [
        (240000, "m³", "target", "2027", "tổng thể tích bể nuôi toàn vùng"),
        (1500, "lượt người nuôi", "target", None, "Tập huấn cho lượt người nuôi"),
        (78000, "m³", "achieved", "2025", "Thể tích bể nuôi Lào Cai"),
        (120000, "m³", "target", "2030", "Thể tích bể nuôi Lào Cai"),
        (1150, "tấn", "achieved", "2025", "Sản lượng Lào Cai"),
        (2500, "tấn", "target", "2030", "Sản lượng Lào Cai"),
        (52000, "m³", "achieved", "2025", "Thể tích bể nuôi Lai Châu"),
        (80000, "m³", "target", "2030", "Thể tích bể nuôi Lai Châu"),
        (780, "tấn", "achieved", "2025", "Sản lượng Lai Châu"),
        (1700, "tấn", "target", "2030", "Sản lượng Lai Châu")]
    assert _targets_2025("a) Phấn đấu nhiệt độ trong kho bảo quản luôn dưới 20°C; diện tích sàn đạt 5.000 m².\n") == [
        (20, "°C", "target", None, "nhiệt độ trong kho bảo quản luôn"), (5000, "m²", "target", None, "diện tích sàn")]


def test_a_header_over_two_rows_one_cell_a_line_twelfth_session():
    """A PDF annex one cell a line whose header runs over two rows, the lower one's cells after the
    upper one's side cell ("… | Năm 2024 | Kế hoạch năm 2025 | Ghi chú" then "Kế hoạch | Ước thực
    hiện", under "Năm 2024", the one cell of a year alone): the rows read with as many values as
    the two rows make; the side cell's words wrapped over lines go on with it ("Khai thác\\nEVFTA");
    the line "Đơn vị tính: triệu USD" gives the unit where the header has a column of the plan's;
    the plan's column of a year before the year of issue, beside that year's results, is an
    earlier plan's aims (not read)."""
    got = _targets_2025(
        "Phụ lục II\nKIM NGẠCH XUẤT KHẨU THEO THỊ TRƯỜNG NĂM 2025\nĐơn vị tính: triệu USD\n"
        "STT\nThị trường\nThực hiện\nnăm 2023\nNăm 2024\nKế hoạch\nnăm 2025\nGhi chú\nKế hoạch\nƯớc thực\nhiện\n"
        "1\nTrung Quốc\n612\n650\n688\n735\n"
        "2\nLiên minh châu Âu (EU)\n121\n130\n142\n160\nKhai thác\nEVFTA\n"
        "3\nThị trường khác\n153\n165\n132\n144\n")
    assert got == [
        (612, "triệu USD", "achieved", "2023", "Trung Quốc"),
        (688, "triệu USD", "achieved", "2024", "Trung Quốc"),
        (735, "triệu USD", "target", "2025", "Trung Quốc"),
        (121, "triệu USD", "achieved", "2023", "Liên minh châu Âu (EU)"),
        (142, "triệu USD", "achieved", "2024", "Liên minh châu Âu (EU)"),
        (160, "triệu USD", "target", "2025", "Liên minh châu Âu (EU)"),
        (153, "triệu USD", "achieved", "2023", "Thị trường khác"),
        (132, "triệu USD", "achieved", "2024", "Thị trường khác"),
        (144, "triệu USD", "target", "2025", "Thị trường khác")]


def test_counts_of_a_task_annex_one_cell_a_line_twelfth_session_r12i():
    """A task annex a PDF's text layer writes one cell a line: a count in a bracket on a line of its
    own under the task it counts, the task opening with the counted noun and naming places in
    capitals ("Hội nghị kết nối … Thương vụ Việt Nam …\\n(01 hội nghị)"), is an aim named by the
    task; a count after "cho" a verb of training reaches, its objects listed with a comma
    ("Tập huấn khai thác FTA, quy tắc xuất xứ cho 200 lượt doanh nghiệp"), is one too."""
    from pipeline import extract
    text = ("UBND TỈNH QUẢNG NGÃI\nSố: 18/KH-UBND\nQuảng Ngãi, ngày 24 tháng 01 năm 2025\n"
            "KẾ HOẠCH\nXúc tiến thương mại năm 2025\nI. MỤC ĐÍCH\n- Mở rộng thị trường.\n"
            "II. TỔ CHỨC THỰC HIỆN\nSở Công Thương chủ trì triển khai Kế hoạch.\n"
            "CHỦ TỊCH\nNguyễn Văn A\n"
            "Phụ lục\nDANH MỤC HOẠT ĐỘNG XÚC TIẾN THƯƠNG MẠI NĂM 2025\n"
            "TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nhoàn thành\n"
            "1\nHội nghị kết nối giao thương với\nThương vụ Việt Nam ở nước ngoài\n(01 hội nghị)\n"
            "Sở Công Thương\nSở Ngoại vụ\nTháng 6/2025\n"
            "2\nTập huấn khai thác FTA, quy tắc\nxuất xứ cho 200 lượt doanh nghiệp\nSở Công Thương\n"
            "Sở Tài chính\nTháng 9/2025\n"
            "3\nHỗ trợ doanh nghiệp đưa sản phẩm\nlên sàn thương mại điện tử\nSở Công Thương\n"
            "UBND các huyện\nThường xuyên\n")
    got = [(t.value, t.unit, t.kind, t.indicator) for t in extract(text=text).targets]
    assert got == [
        (1, "hội nghị", "target", "hội nghị kết nối giao thương với Thương vụ Việt Nam ở nước ngoài"),
        (200, "lượt doanh nghiệp", "target", "lượt doanh nghiệp Tập huấn khai thác FTA, quy tắc xuất xứ")]


def _aims(body: str, heading: str = "I. MỤC TIÊU"):
    import pipeline
    doc = pipeline.extract(text=f"UBND TỈNH ABC\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển\n{heading}\n" + body)
    return [(t.value, t.indicator) for t in doc.targets]


def test_review_of_the_twelfth_sessions_rules():
    """Made-up lines a review of the session's rules showed them misreading, each read right."""
    # A verb of giving after a plural word is a noun; one done already is no aim.
    tasks = "I. NHIỆM VỤ"
    assert _aims("Các cấp, các ngành tiếp tục tạo điều kiện thuận lợi cho 20 doanh nghiệp đã đăng ký.\n", tasks) == []
    assert _aims("Năm 2025, tỉnh đã cấp giấy chứng nhận, bàn giao cho 35 hộ.\n", tasks) == []
    assert _aims("Tập huấn khai thác FTA, quy tắc xuất xứ cho 200 lượt doanh nghiệp.\n", tasks) == [
        (200, "lượt doanh nghiệp Tập huấn khai thác FTA, quy tắc xuất xứ")]
    # A whole area's words inside a row's name make no row of totals restating a prose aim.
    assert _aims("Phấn đấu 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ.\nPHỤ LỤC\nCHỈ TIÊU NĂM 2026\n"
                 "| TT | Chỉ tiêu | ĐVT | Năm 2026 |\n|---|---|---|---|\n"
                 "| 1 | Tỷ lệ hộ sử dụng điện lưới quốc gia toàn tỉnh | % | 100 |\n"
                 "| 2 | Tỷ lệ xã có trạm y tế đạt chuẩn | % | 95 |\n") == [
        (100, "trẻ em trong độ tuổi được tiêm chủng đầy đủ"),
        (100, "Tỷ lệ hộ sử dụng điện lưới quốc gia toàn tỉnh"), (95, "Tỷ lệ xã có trạm y tế đạt chuẩn")]
    # A part whose first word is the measure's says what it measures; one syllable shared is none.
    assert _aims("Tỷ lệ che phủ rừng tăng 2%; trong đó: rừng tự nhiên tăng 1%.\n") == [
        (2, "Tỷ lệ che phủ rừng"), (1, "rừng tự nhiên")]
    assert _aims("Tổng giá trị sản xuất tăng 8,5%; trong đó: nông, lâm, thủy sản tăng 3,2%.\n") == [
        (8.5, "Tổng giá trị sản xuất"), (3.2, "giá trị sản xuất nông, lâm, thủy sản")]
    # A value completing a row's run before a repeated header is the row's, no page number.
    assert _aims("PHỤ LỤC\nCHỈ TIÊU CHỦ YẾU\nSTT\nChỉ tiêu\nNăm 2025\nNăm 2030\n1\nTỷ lệ hộ dùng nước sạch (%)\n"
                 "85\n90\n2\nSố xã đạt chuẩn nông thôn mới (xã)\n12\n20\nSTT\nChỉ tiêu\nNăm 2025\nNăm 2030\n")[-1] == (
        20, "Số xã đạt chuẩn nông thôn mới")


def test_review_of_the_twelfth_sessions_readers():
    """A period printed as one word heads a column of a table written with spaces between cells; a
    bracket opening a list's line is no wrap of the cell above; a measure's unit is no counted thing
    of a rate."""
    from pipeline.extract.targets import _space_header
    from pipeline.tables import _LOWER_BRACKET, _WHOLE_BRACKET
    header = "TT Chỉ tiêu Đơn vị tính Năm 2024 Giai đoạn 2026-2030"
    assert _space_header(header, 0, len(header))[0] == ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024",
                                                       "Giai đoạn 2026-2030"]
    assert [bool(_LOWER_BRACKET.fullmatch(x)) for x in ("(01 hội nghị)", "(đ) Sở Y tế chủ trì", "(x)")] == [
        True, False, False]
    assert [bool(_WHOLE_BRACKET.fullmatch(x)) for x in ("(chủ trì)", "(Quý II/2026)", "(năm 2026)")] == [
        True, False, False]
    assert _aims("c) Đạt 8,6 bác sĩ/vạn dân.\n") == [(8.6, "số bác sĩ trên một vạn dân")]
    assert _aims("c) Đạt 50 kg/người.\n") == [(50, "c) kg/người")]
def test_scale_column_of_a_task_table_and_a_count_after_aiming_in_a_task_twelfth_session_r12k():
    """A pipe task table's "Quy mô" column beside its "Nội dung hoạt động": each count of a scale
    cell is an aim named by its counted noun and the row's task (the task alone where it opens
    with the noun; a cell of two counts two aims; a duration none), the year of the row's time
    its deadline; the annex's count the prose sets already ("khoảng 450 gian hàng") is one aim. A
    count after "phấn đấu có" inside a long task names what follows it, not the task."""
    got = _targets_2025(
        "- Tổ chức Hội chợ Thương mại quốc tế Việt - Trung năm 2025 với quy mô khoảng 450 gian hàng.\n"
        "- Đề án vận hành Trung tâm tài chính quốc tế, phấn đấu có tối thiểu 20 ngân hàng, công ty "
        "công nghệ tài chính tham gia thí điểm.\n\n"
        "PHỤ LỤC\nDANH MỤC HOẠT ĐỘNG XÚC TIẾN THƯƠNG MẠI NĂM 2025\n\n"
        "| TT | Nội dung hoạt động | Quy mô | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Hội chợ Thương mại quốc tế Việt - Trung | 450 gian hàng | Sở Công Thương | Tháng 11/2025 |\n"
        "| 2 | Hội nghị kết nối cung cầu | 02 hội nghị | Sở Công Thương | Quý II/2025 |\n"
        "| 3 | Đoàn khảo sát thị trường Vân Nam | 01 đoàn, 15 doanh nghiệp | Sở Công Thương | Quý III/2025 |\n"
        "| 4 | Tuần lễ sản phẩm OCOP tại Hà Nội | 03 ngày | Sở Công Thương | Quý IV/2025 |\n")
    assert got == [
        (450, "gian hàng", "target", "2025",
         "Tổ chức Hội chợ Thương mại quốc tế Việt - Trung năm 2025 với quy mô khoảng gian hàng"),
        (20, "ngân hàng", "target", None, "ngân hàng, công ty công nghệ tài chính tham gia thí điểm"),
        (2, "hội nghị", "target", "2025", "Hội nghị kết nối cung cầu"),
        (1, "đoàn", "target", "2025", "Đoàn khảo sát thị trường Vân Nam"),
        (15, "doanh nghiệp", "target", "2025", "doanh nghiệp Đoàn khảo sát thị trường Vân Nam")]


def test_rates_with_a_base_and_labels_holding_a_count_thirteenth_session():
    """A count in a rate's unit with a base ("bé trai/100 bé gái sinh ra sống", "con/phụ nữ",
    "trẻ/1.000 trẻ đẻ sống") measures the rate its words before name, or the label before a colon
    where only a year stands before it (its further years in the sentence the same), not its unit;
    a frequency ("đợt/năm") is no such rate. A label before a colon holding a count ("ít nhất 4
    loại bệnh") still names the values of its years."""
    got = _aims(
        "- Tổng tỷ suất sinh (TFR) duy trì ở mức 2,1 - 2,2 con/phụ nữ trong cả giai đoạn;\n"
        "- Tỷ số giới tính khi sinh: năm 2025 không quá 111,5 bé trai/100 bé gái sinh ra sống; đến năm "
        "2027 không quá 109 bé trai/100 bé gái sinh ra sống;\n"
        "- Tỷ suất chết trẻ em dưới 5 tuổi dưới 19 trẻ/1.000 trẻ đẻ sống vào năm 2027;\n"
        "- Tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 4 loại bệnh bẩm sinh: năm 2025 đạt 55%; "
        "năm 2026 đạt 62%.\n")
    assert got == [
        (2.1, "Tổng tỷ suất sinh (TFR) duy trì ở"),
        (111.5, "Tỷ số giới tính khi sinh"),
        (109, "Tỷ số giới tính khi sinh"),
        (19, "Tỷ suất chết trẻ em dưới 5 tuổi"),
        (55, "Tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 4 loại bệnh bẩm sinh"),
        (62, "Tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 4 loại bệnh bẩm sinh")]
    from pipeline.extract.targets import _base_rate, vocabulary_patterns
    rx = vocabulary_patterns()
    assert [_base_rate(u, rx) for u in ("con/phụ nữ", "trẻ/1.000 trẻ đẻ sống", "đợt/năm", "lần/quý", "%", "xã")] == [
        True, True, False, False, False, False]


def test_fraction_cells_and_the_last_part_in_brackets_thirteenth_session():
    """A table cell "52/102<br>(51%)" in a row naming a count ("Số xã, phường đạt chuẩn …") is the
    count of the whole, an aim (its share in brackets no second aim); a base that is a year
    ("1/2026") makes no fraction. The last of the parts a parenthesis lists after a total is named by its own
    words, like the others."""
    got = _targets_2025(
        "- Xây dựng mới ít nhất 25 trường đạt chuẩn quốc gia (mầm non 10 trường, tiểu học 8 trường, "
        "trung học cơ sở 7 trường).\n\n"
        "| TT | Chỉ tiêu | Năm học 2025 - 2026 | Năm học 2026 - 2027 |\n|---|---|---|---|\n"
        "| 1 | Tỷ lệ huy động trẻ em ra lớp | 32% | 35% |\n"
        "| 2 | Số xã, phường đạt chuẩn phổ cập giáo dục | 52/102<br>(51%) | 70/102<br>(68,6%) |\n"
        "| 3 | Số giáo viên đạt chuẩn | 1/2026 | 2.100 |\n")
    assert [(v, u, i) for v, u, _k, _d, i in got] == [
        (25, "trường", "trường đạt chuẩn quốc gia"),
        (10, "trường", "mầm non trường"),
        (8, "trường", "tiểu học trường"),
        (7, "trường", "trung học cơ sở trường"),
        (32, "%", "Tỷ lệ huy động trẻ em ra lớp"),
        (35, "%", "Tỷ lệ huy động trẻ em ra lớp"),
        (52, "xã", "Số xã, phường đạt chuẩn phổ cập giáo dục"),
        (70, "xã", "Số xã, phường đạt chuẩn phổ cập giáo dục"),
        (2100, "giáo viên", "Số giáo viên đạt chuẩn")]


def test_alternatives_reaches_and_levels_after_growth_thirteenth_session():
    """The same count of another thing after "hoặc" is an alternative of the aim before it, no aim
    of its own; a count after "từ tỉnh đến" is the places an event reaches, no aim; "mô hình, sáng
    kiến" is one counted thing; a quantity whose clause holds a year and verbs only, after a growth
    rate in its sentence, measures the growing subject."""
    got = _aims(
        "- Mỗi xã, phường có ít nhất 01 mô hình “Dân vận khéo” hoặc 01 sáng kiến cải cách hành chính "
        "được công nhận; toàn tỉnh có tối thiểu 120 mô hình, sáng kiến được nhân rộng.\n"
        "- Kim ngạch xuất khẩu hàng hóa tăng bình quân 9 - 10%/năm; đến năm 2030 đạt khoảng 4.780 "
        "triệu USD.\n"
        "II. NHIỆM VỤ\n1. Tổ chức phát động Phong trào thi đua tại Hội nghị trực tuyến từ tỉnh đến 124 "
        "xã, phường.\n")
    assert got == [
        (1, "mô hình “Dân vận khéo”"),
        (120, "mô hình, sáng kiến được nhân rộng"),
        (9, "Kim ngạch xuất khẩu hàng hóa tăng bình quân"),
        (4780, "Kim ngạch xuất khẩu hàng hóa")]


def _bars(*rows: list[str]) -> str:
    """A table in the legal-database rendering: each cell on its own lines after a lone "|", a
    row's end "|\\n|" (an empty cell the same)."""
    return "".join("".join(f"|\n{c}\n" for c in cells) + "|\n" for cells in rows) + "|\n"


def test_merged_cells_filled_in_a_legal_database_table_thirteenth_session():
    """A table of aims written one cell a line between bars whose merged cells are printed in
    their first row only: the header's upper cell spanning the years under it ("Kế hoạch giai đoạn
    2026 - 2030"), the others merged down, read as one row; a short row's values align right, its
    number and name left, the unit merged down taken from the row above; a part "Trong đó: …"
    under a numbered row (its number merged) in the name's column; the last row closed by its bar
    alone before the text is kept."""
    from pipeline.tables import aligned, cell_tables, merged_cells_filled
    text = _bars(["STT", "Mặt hàng", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch giai đoạn 2026 - 2030",
                  "Tốc độ tăng bình quân 2026 - 2030 (%)"],
                 ["Năm 2026", "Năm 2030"],
                 ["1", "Hạt điều", "Triệu USD", "1.020", "1.080", "1.390", "6,4"],
                 ["2", "Gạo", "260", "270", "310", "3,6"],
                 ["Trong đó: gạo thơm", "100", "110", "150", "8,0"],
                 ["3", "Số doanh nghiệp", "Doanh nghiệp", "860", "900", "1.100", "-"])[:-2] + "\nGhi chú.\n"
    [table] = list(cell_tables(text, 0, len(text)))
    assert [r.cells for r in merged_cells_filled(aligned(table))] == [
        ["STT", "Mặt hàng", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch Năm 2026", "Kế hoạch Năm 2030",
         "Tốc độ tăng bình quân 2026 - 2030 (%)"],
        ["1", "Hạt điều", "Triệu USD", "1.020", "1.080", "1.390", "6,4"],
        ["2", "Gạo", "Triệu USD", "260", "270", "310", "3,6"],
        ["", "Trong đó: gạo thơm", "Triệu USD", "100", "110", "150", "8,0"],
        ["3", "Số doanh nghiệp", "Doanh nghiệp", "860", "900", "1.100", "-"]]


def test_two_header_cells_spanning_runs_of_years_thirteenth_session():
    """Two upper header cells spanning the lower row's years, each over a run of rising years, with
    their units in brackets only there: each year's column named by its spanning cell, the unit at
    the end; a bulleted part with an empty number cell is a full row."""
    from pipeline.tables import aligned, cell_tables, merged_cells_filled
    text = _bars(["STT", "Thị trường", "Kim ngạch (Triệu USD)", "Tỷ trọng (%)"],
                 ["Ước thực hiện năm 2025", "Năm 2030", "Năm 2025", "Năm 2030"],
                 ["1", "Hoa Kỳ", "2.480", "3.900", "27,7", "27,5"])
    [table] = list(cell_tables(text, 0, len(text)))
    assert [r.cells for r in merged_cells_filled(aligned(table))][0] == [
        "STT", "Thị trường", "Kim ngạch Ước thực hiện năm 2025 (Triệu USD)", "Kim ngạch Năm 2030 (Triệu USD)",
        "Tỷ trọng Năm 2025 (%)", "Tỷ trọng Năm 2030 (%)"]


def test_annex_of_aims_with_merged_cells_thirteenth_session():
    """Read end to end: the merged unit of a short row, a part "Trong đó:" named by its own words,
    a growth rate over the plan's own period an aim of the term (unit %, the period's end), one
    over a past period unread; two measures spanning years, their units in the header."""
    head = _HEAD_2025 + "- Triển khai.\n\nPHỤ LỤC I\n\nCHỈ TIÊU KIM NGẠCH XUẤT KHẨU\n\n"
    table = _bars(["STT", "Mặt hàng", "ĐVT", "Kế hoạch giai đoạn 2026 - 2030",
                   "Tốc độ tăng bình quân 2026 - 2030 (%)", "Tốc độ tăng bình quân 2021 - 2025 (%)"],
                  ["Năm 2026", "Năm 2030"],
                  ["1", "Hạt điều", "Triệu USD", "1.080", "1.390", "6,4", "5,1"],
                  ["2", "Gạo", "270", "310", "3,6", "2,2"],
                  ["Trong đó: gạo thơm", "110", "150", "8,0", "4,4"])
    from pipeline import extract
    doc = extract(text=head + table + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    got = [(t.value, t.unit, t.kind, t.scope, t.deadline, t.indicator) for t in doc.targets]
    assert got == [
        (1080, "Triệu USD", "target", None, "2026", "Hạt điều"),
        (1390, "Triệu USD", "target", None, "2030", "Hạt điều"),
        (6.4, "%", "target", "term", "2030", "Tốc độ tăng bình quân Hạt điều"),
        (270, "Triệu USD", "target", None, "2026", "Gạo"),
        (310, "Triệu USD", "target", None, "2030", "Gạo"),
        (3.6, "%", "target", "term", "2030", "Tốc độ tăng bình quân Gạo"),
        (110, "Triệu USD", "target", None, "2026", "gạo thơm"),
        (150, "Triệu USD", "target", None, "2030", "gạo thơm"),
        (8.0, "%", "target", "term", "2030", "Tốc độ tăng bình quân gạo thơm")]


def test_one_measure_by_a_later_year_beside_measures_with_no_year_thirteenth_session():
    """An annex giving communes a year's quotas, one measure's header naming the year ("Tỷ lệ hộ
    nghèo cuối năm 2025 (%)" beside "Tỷ lệ dân số tham gia BHYT (%)" and "Giải quyết việc làm (lao
    động)", in a plan issued in 2024, probe m75): every column is a place's measure; only where
    several measures name a year after the year of issue do they hold aims by themselves."""
    from pipeline.api import extract
    doc = extract(str(ROOT / "corpus" / "probes" / "m75.txt"))
    by_commune = [(t.value, t.unit) for t in doc.targets if (t.indicator or "").endswith("Xã Phú Lạc")]
    assert sorted(by_commune) == [(1.85, "%"), (94.0, "%"), (330, "lao động")]
    assert len([t for t in doc.targets if (t.indicator or "").startswith("Giải quyết việc làm ")]) == 7


def test_spanning_cell_fit_to_its_values_and_a_footnote_mark_thirteenth_session():
    """A two-row header whose upper cells all lack a year ("Tỷ lệ … (%)(*) | Số người tham gia
    BHXH (người) | Số người tham gia BHTN (người)" over "Bắt buộc | Tự nguyện"): the cell spanning
    the lower ones is the first whose columns fit its values (a percentage's column holds no
    thousands), a footnote's mark "(*)" is no unit; a last row closed by its bar alone, short as the
    rows under a merged lead body, is kept."""
    table = _bars(["TT", "Xã, phường", "**Tỷ lệ dân số tham gia BHYT (%)(*)**", "Số người tham gia BHXH (người)",
                   "Số người tham gia BHTN (người)"],
                  ["Bắt buộc", "Tự nguyện"],
                  ["*(1)*", "*(2)*", "*(3)*", "*(4)*", "*(5)*", "*(6)*"],
                  ["1", "Phường An Bình", "97,8", "6.420", "2.150", "5.980"],
                  ["2", "Xã Tân Lập", "≥ 96", "1.940", "1.610", "1.720"])
    got = _targets_2025("PHỤ LỤC\n\nGIAO CHỈ TIÊU NĂM 2025 CHO CÁC XÃ, PHƯỜNG\n\n" + table)
    assert [(v, u, i) for v, u, _k, _d, i in got] == [
        (97.8, "%", "Tỷ lệ dân số tham gia BHYT Phường An Bình"),
        (6420, "người", "Số người tham gia BHXH Bắt buộc Phường An Bình"),
        (2150, "người", "Số người tham gia BHXH Tự nguyện Phường An Bình"),
        (5980, "người", "Số người tham gia BHTN Phường An Bình"),
        (96, "%", "Tỷ lệ dân số tham gia BHYT Xã Tân Lập"),
        (1940, "người", "Số người tham gia BHXH Bắt buộc Xã Tân Lập"),
        (1610, "người", "Số người tham gia BHXH Tự nguyện Xã Tân Lập"),
        (1720, "người", "Số người tham gia BHTN Xã Tân Lập")]
    from pipeline.tables import cell_tables
    text = _bars(["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Cơ quan chủ trì"],
                 ["1", "Số người tham gia BHXH", "Người", "67.500", "Bảo hiểm xã hội tỉnh"],
                 ["2", "Tỷ lệ hồ sơ đúng hạn", "%", "99,5"],
                 ["3", "Tỷ lệ chi trả qua tài khoản", "%", "90%"])[:-2] + "\n*Ghi chú: số liệu ước.*\n"
    [rows] = list(cell_tables(text, 0, len(text)))
    assert [r.cells for r in rows][-1] == ["3", "Tỷ lệ chi trả qua tài khoản", "%", "90%"]


def test_group_column_merged_down_thirteenth_session():
    """A column of groups before the indicator's ("TT | Lĩnh vực | Chỉ tiêu | ĐVT | Năm 2026"),
    its cell merged down over the group's rows, printed in the first only: the header is a table
    of aims (the rows' number no label), and a short row's name goes to the names' column (its
    longest cells), its unit to the units', the group taken from the row above."""
    table = _bars(["TT", "Lĩnh vực", "Chỉ tiêu", "ĐVT", "Năm 2026"],
                  ["1", "Y tế", "Tỷ lệ dân số tham gia BHYT", "%", "95"],
                  ["2", "Số bác sĩ/vạn dân", "Bác sĩ", "12"],
                  ["3", "Giáo dục", "Tỷ lệ trường đạt chuẩn", "%", "70"])
    got = _targets_2025("PHỤ LỤC\n\nCHỈ TIÊU\n\n" + table)
    assert [(v, u, d, i) for v, u, _k, d, i in got] == [
        (95, "%", "2026", "Tỷ lệ dân số tham gia BHYT"),
        (12, "Bác sĩ", "2026", "Số bác sĩ/vạn dân"),
        (70, "%", "2026", "Tỷ lệ trường đạt chuẩn")]


def test_product_column_of_a_task_annex_thirteenth_session():
    """A task annex's column of products ("Chỉ tiêu/Sản phẩm", "Sản phẩm") is read as a scale
    column: a count by the year ("Tối thiểu 04 lớp/năm") is an annual aim of its counted noun; a
    longer product opening with a counted thing ("150 doanh nghiệp được hỗ trợ") has that thing
    for unit; a row short of an empty cell the page left out has its product last."""
    table = _bars(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                   "Chỉ tiêu/Sản phẩm"],
                  ["1", "Tập huấn về quy tắc xuất xứ", "Sở Công Thương", "Hải quan tỉnh", "Hằng năm",
                   "Tối thiểu 04 lớp/năm"],
                  ["2", "Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử", "Sở Công Thương", "2026 - 2030",
                   "150 doanh nghiệp được hỗ trợ"],
                  ["3", "Xây dựng cơ sở dữ liệu", "Sở Công Thương", "Sở Tài chính", "Quý II/2026",
                   "Cơ sở dữ liệu được vận hành"])
    head = _HEAD_2025 + "- Triển khai.\n\nPHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n"
    from pipeline import extract
    doc = extract(text=head + table + "\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert [(t.value, t.unit, t.comparator, t.scope, t.deadline, t.indicator) for t in doc.targets] == [
        (4, "lớp", ">=", "annual", None, "lớp Tập huấn về quy tắc xuất xứ"),
        (150, "doanh nghiệp", "=", None, "2030",
         "doanh nghiệp được hỗ trợ Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử")]


def test_review_of_the_thirteenth_sessions_rules():
    """Made-up lines a review of the session's rules showed them misreading, each read right: a
    rate named in another clause names no figure with a base; a level after a rate's change is not
    the rate's; a network reaching communes is an aim (an event reaching them is not); the last
    part in brackets keeps a one-word name."""
    def aims(line):
        return [(value, indicator) for value, _u, _k, _d, indicator in _targets_2025(line)]
    assert aims("- Giảm tỷ lệ tử vong, phấn đấu đạt 12 bác sĩ/vạn dân vào năm 2030.") == [(12, "bác sĩ/vạn dân")]
    assert aims("- Tỷ lệ hộ nghèo giảm 1,5%; đến năm 2030 đạt 75 triệu đồng/người/năm.")[1] == (75, None)
    assert aims("- Tốc độ tăng trưởng GRDP bình quân 8%/năm; đến năm 2030 đạt 120 triệu đồng.")[1] == (120, None)
    assert [v for v, _ in aims("- Phấn đấu kết nối mạng truyền số liệu chuyên dùng từ tỉnh đến 124 xã, phường "
                               "trong năm 2025.")] == [124]
    assert aims("- Tổ chức hội nghị trực tuyến từ tỉnh đến 124 xã, phường.") == []
    assert aims("- Hoàn thành 12 công trình (trong đó cầu dân sinh 5 công trình, đường 7 km).")[-1] == (7, "đường km")


def test_spanning_header_cells_part_their_years_by_period_thirteenth_session():
    """Two upper header cells naming periods ("Thực hiện giai đoạn 2021 - 2025 | Kế hoạch giai
    đoạn 2026 - 2030") over years that rise throughout ("Năm 2023 | Năm 2024 | Năm 2026 | Năm
    2030") part them by period: the past period's columns hold results, the plan's aims (the
    table was left unread)."""
    from pipeline import extract
    head = ("ỦY BAN NHÂN DÂN TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhát triển nông "
            "nghiệp\nI. MỤC TIÊU\n- Phát triển.\n\nPHỤ LỤC\nCHỈ TIÊU CHỦ YẾU\n\n")
    cells = ["**STT**", "**Chỉ tiêu**", "**ĐVT**", "**Thực hiện giai đoạn 2021 - 2025**",
             "**Kế hoạch giai đoạn 2026 - 2030**", "",
             "**Năm 2023**", "**Năm 2024**", "**Năm 2026**", "**Năm 2030**", "",
             "1", "Tỷ lệ che phủ rừng", "%", "40,1", "41,0", "42", "45", "",
             "2", "Số xã đạt chuẩn nông thôn mới", "xã", "80", "90", "100", "120"]
    doc = extract(text=head + "|\n" + "\n|\n".join(cells) + "\n|\n\nII. NHIỆM VỤ\n- Triển khai.\n")
    assert [(t.value, t.kind, t.deadline) for t in doc.targets] == [
        (40.1, "achieved", "2023"), (41, "achieved", "2024"), (42, "target", "2026"), (45, "target", "2030"),
        (80, "achieved", "2023"), (90, "achieved", "2024"), (100, "target", "2026"), (120, "target", "2030")]


def test_kinds_under_a_year_an_earlier_plan_and_its_estimate_fifteenth_session():
    """A pipe header of two rows, "Kế hoạch | Ước thực hiện" under a year's cell spanning them
    beside the plan's column ("Năm 2025 | | Kế hoạch năm 2026"): the year's plan is an earlier
    plan's aims (unread), its estimate results; the plan's own column keeps its aims. Before the
    year of issue ("Năm 2023" in a plan of 2024) as after it."""
    rows = ("| 1 | Tỷ lệ che phủ rừng | % | 41 | 42 | 42,3 | 43 |\n"
            "| 2 | Số xã đạt chuẩn nông thôn mới | Xã | 10 | 12 | 13 | 15 |\n")
    header = ("| TT | Chỉ tiêu | ĐVT | Thực hiện năm {0} | Năm {1} | | Kế hoạch năm {2} |\n"
              "|---|---|---|---|---|---|---|\n| | | | | Kế hoạch | Ước thực hiện | |\n")
    assert _targets_2025(header.format(2024, 2025, 2026) + rows) == [
        (41, "%", "achieved", "2024", "Tỷ lệ che phủ rừng"),
        (42.3, "%", "achieved", "2025", "Tỷ lệ che phủ rừng"),
        (43, "%", "target", "2026", "Tỷ lệ che phủ rừng"),
        (10, "Xã", "achieved", "2024", "Số xã đạt chuẩn nông thôn mới"),
        (13, "Xã", "achieved", "2025", "Số xã đạt chuẩn nông thôn mới"),
        (15, "Xã", "target", "2026", "Số xã đạt chuẩn nông thôn mới")]
    assert [t[:6] for t in _dated_table_targets_of(header.format(2022, 2023, 2024) + rows)] == [
        (41, None, "%", "=", "achieved", "2022"), (42.3, None, "%", "=", "achieved", "2023"),
        (43, None, "%", "=", "target", "2024"), (10, None, "Xã", "=", "achieved", "2022"),
        (13, None, "Xã", "=", "achieved", "2023"), (15, None, "Xã", "=", "target", "2024")]


def test_rates_per_a_power_of_ten_with_the_word_of_per_fifteenth_session():
    """A rate printed with "trên" for the slash ("7,5 trên 1.000 trẻ đẻ sống", "18 trẻ em trên
    100.000 trẻ em") is the figure per that base, not a figure above the base; "trên 1.000 người"
    with no figure before it, or of people doing something ("15 lớp tập huấn trên 1.000 người tham
    dự", a reviewer's case), is still a count above a thousand."""
    assert _targets_2025("- Tỷ suất chết trẻ em dưới 1 tuổi không quá 7,5 trên 1.000 trẻ đẻ sống.\n"
                         "- Tỷ suất trẻ em bị xâm hại giảm xuống dưới 18 trẻ em trên 100.000 trẻ em.\n"
                         "- Thu hút trên 1.000 người tham gia các hoạt động.\n"
                         "- Tổ chức 15 lớp tập huấn trên 1.000 người tham dự.\n") == [
        (7.5, "trên 1.000 trẻ đẻ sống", "target", None, "Tỷ suất chết trẻ em dưới 1 tuổi"),
        (18, "trẻ em trên 100.000 trẻ em", "target", None, "Tỷ suất trẻ em bị xâm hại"),
        (1000, "người tham gia", "target", None, "người tham gia các hoạt động"),
        (15, "lớp tập huấn", "target", None, "Tổ chức lớp tập huấn"),
        (1000, "người tham dự", "target", None, "Tổ chức 15 lớp tập huấn người tham dự")]


def test_a_header_line_opening_with_a_quoted_name_goes_on_with_its_cell_fifteenth_session():
    """A table a PDF's text layer writes one cell a line, a header cell wrapped before a name in
    quotation marks ("Tỷ lệ hộ đạt\\n"Gia đình văn hóa"\\n(%)"): one cell, so the rows read under
    a header of their width (probe m111's annex was unread)."""
    table = ("CHỈ TIÊU GIAO CÁC CỤM KHU PHỐ\nTT\nCụm khu phố\nTỷ lệ hộ đạt\n\"Gia đình văn hóa\"\n(%)\n"
             "Số câu lạc bộ\n(câu lạc bộ)\nGhi chú\n1\nCụm 1\n92,0\n4\n2\nCụm 2\n91,5\n5\nCó 01 nhóm mới\n"
             "3\nCụm 3\n≥ 89\n3\n")
    assert [t[:3] + t[4:] for t in _targets_2025(table)] == [
        (92, "%", "target", 'Tỷ lệ hộ đạt "Gia đình văn hóa" Cụm 1'),
        (4, "câu lạc bộ", "target", "Số câu lạc bộ Cụm 1"),
        (91.5, "%", "target", 'Tỷ lệ hộ đạt "Gia đình văn hóa" Cụm 2'),
        (5, "câu lạc bộ", "target", "Số câu lạc bộ Cụm 2"),
        (89, "%", "target", 'Tỷ lệ hộ đạt "Gia đình văn hóa" Cụm 3'),
        (3, "câu lạc bộ", "target", "Số câu lạc bộ Cụm 3")]


def test_years_under_a_spanning_cell_before_a_notes_column_fifteenth_session():
    """A header of two rows whose lower row writes its years from the first place, under the upper
    row's cell of the plan ("Chỉ tiêu kế hoạch") that a notes column follows ("Ghi chú"): the
    years head the columns after the estimate, the notes stay last (probe m107 read one year)."""
    table = ("TT | Tên chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2025 | Chỉ tiêu kế hoạch | Ghi chú |\n"
             "Năm 2026 | Năm 2027 | Năm 2028 |\n"
             "1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 93,6 | 94,2 | 94,8 | 95,4 | Nghị quyết |\n"
             "2 | Số bác sĩ trên 10.000 dân | Bác sĩ | 11,8 | 12,5 | 13,2 | 14 |  |\n")
    assert [t[:4] for t in _targets_2025(table)] == [
        (93.6, "%", "achieved", "2025"), (94.2, "%", "target", "2026"), (94.8, "%", "target", "2027"),
        (95.4, "%", "target", "2028"), (11.8, "Bác sĩ", "achieved", "2025"), (12.5, "Bác sĩ", "target", "2026"),
        (13.2, "Bác sĩ", "target", "2027"), (14, "Bác sĩ", "target", "2028")]


def test_a_percentage_in_a_task_tables_product_column_fifteenth_session():
    """A task table's product cell holding percentages by year ("Tối thiểu 85% năm 2025; 100% năm
    2026"): shares of the row's task, each year its deadline, not of the cell before it (probe
    m109 named them by the partner bodies' cell)."""
    table = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
             "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm |\n"
             "|---|---|---|---|---|---|\n"
             "| 1 | Làm sạch dữ liệu thửa đất | Sở Nông nghiệp và Môi trường | Cục QLĐĐ, Cục CĐS | 2025 - 2026 | "
             "Tối thiểu 85% năm 2025; 100% năm 2026 |\n"
             "| 2 | Tập huấn công chức cấp xã | Vụ Tổ chức cán bộ | Cục QLĐĐ | Tháng 9/2025 | Ít nhất 12 lớp |\n")
    assert [(t[0], t[1], t[3], t[4]) for t in _targets_2025(table)] == [
        (85, "%", "2025", "Làm sạch dữ liệu thửa đất"), (100, "%", "2026", "Làm sạch dữ liệu thửa đất"),
        (12, "lớp", "2025", "lớp Tập huấn công chức cấp xã")]


def test_a_pdf_table_with_a_column_describing_each_row_fifteenth_session():
    """A table a PDF's text layer writes one cell a line whose rows describe themselves in words
    after their names ("Huyện, thành phố | Sản phẩm du lịch chủ đạo | Điểm du lịch công nhận mới
    (điểm) | Homestay đạt chuẩn (cơ sở) | Ghi chú"), a description or a note wrapped over lines
    and a row of totals describing nothing: each row its number, name, description, values and
    note (probe m83's annex read as a name-only row and a row of too few values)."""
    from pipeline.tables import aim_line_tables
    text = ("STT\nHuyện, thành phố\nSản phẩm du lịch chủ đạo\nĐiểm du lịch\ncông nhận mới\n(điểm)\nHomestay đạt\n"
            "chuẩn (cơ sở)\nGhi chú\n1\nThành phố Lạng Sơn\nDu lịch đô thị, mua sắm\n2\n15\n2\nHuyện Bắc Sơn\n"
            "Du lịch cộng đồng\n3\n40\nThung lũng\nBắc Sơn\n3\nHuyện Cao Lộc\nDu lịch cửa khẩu, nghỉ dưỡng\n"
            "Mẫu Sơn\n2\n10\nToàn tỉnh\n7\n65\n")
    tables = list(aim_line_tables(text, 0, len(text), lambda c: c == "Ghi chú"))
    assert [row[2] for row in tables[0]] == [
        ["STT", "Huyện, thành phố", "Sản phẩm du lịch chủ đạo", "Điểm du lịch công nhận mới (điểm)",
         "Homestay đạt chuẩn (cơ sở)", "Ghi chú"],
        ["1", "Thành phố Lạng Sơn", "Du lịch đô thị, mua sắm", "2", "15"],
        ["2", "Huyện Bắc Sơn", "Du lịch cộng đồng", "3", "40", "Thung lũng Bắc Sơn"],
        ["3", "Huyện Cao Lộc", "Du lịch cửa khẩu, nghỉ dưỡng Mẫu Sơn", "2", "10"],
        ["", "Toàn tỉnh", "", "7", "65"]]


_EXPORT_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\n"
                "Phát triển xuất khẩu giai đoạn 2025 - 2030\nI. MỤC TIÊU\nPhấn đấu kim ngạch xuất khẩu tăng 9%.\n"
                "II. NHIỆM VỤ\n- Triển khai.\n\n**PHỤ LỤC I**\n\n**MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC ĐẾN NĂM "
                "2030**\n\n_(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/4/2025 của UBND tỉnh An Giang)_\n\n")


def test_measures_under_years_in_both_renderings_fifteenth_session():
    """An export annex's years each over its measures, quantity and value ("Năm 2025" over "Lượng
    (tấn) | Giá trị (triệu USD)"), as pipe rows and one cell a line between lone bars: each value
    its year and its measure's name, "Giá trị" too where its header names a unit (it was named by
    the caption in one rendering, and left without a year in the other)."""
    from pipeline import extract
    pipe = ("| TT | Mặt hàng | Năm 2025 | | Năm 2030 | |\n|---|---|---|---|---|---|\n"
            "| | | Lượng (tấn) | Giá trị (triệu USD) | Lượng (tấn) | Giá trị (triệu USD) |\n"
            "| 1 | Gạo | 650.000 | 380 | 700.000 | 450 |\n| 2 | Thủy sản | 120.000 | 420 | 150.000 | 600 |\n")
    lines = ("|\nTT\n|\nMặt hàng\n|\nNăm 2025\n|\nNăm 2030\n|\n|\nLượng (tấn)\n|\nGiá trị (triệu USD)\n|\n"
             "Lượng (tấn)\n|\nGiá trị (triệu USD)\n|\n|\n1\n|\nGạo\n|\n650.000\n|\n380\n|\n700.000\n|\n450\n|\n"
             "|\n2\n|\nThủy sản\n|\n120.000\n|\n420\n|\n150.000\n|\n600\n|\n")
    aims = [(650000, "tấn", "2025", "Lượng Gạo"), (380, "triệu USD", "2025", "Giá trị Gạo"),
            (700000, "tấn", "2030", "Lượng Gạo"), (450, "triệu USD", "2030", "Giá trị Gạo"),
            (120000, "tấn", "2025", "Lượng Thủy sản"), (420, "triệu USD", "2025", "Giá trị Thủy sản"),
            (150000, "tấn", "2030", "Lượng Thủy sản"), (600, "triệu USD", "2030", "Giá trị Thủy sản")]
    for table in (pipe, lines):
        doc = extract(text=_EXPORT_HEAD + table)
        assert [(t.value, t.unit, t.deadline, t.indicator) for t in doc.targets if t.value != 9] == aims


def test_a_count_column_counts_what_the_rows_abbreviation_names_fifteenth_session():
    """A column of the number of things ("Số lượng" under "Kế hoạch năm 2026") over a row naming
    them with an abbreviation in brackets ("Hợp tác xã ứng dụng thương mại điện tử (HTX)"): the
    abbreviation is the unit (probe m104 read "lượng"); elsewhere such a bracket is no unit."""
    from pipeline import extract
    # (One cell a line between lone bars, the legal-database rendering of probe m104.)
    table = ("|\nTT\n|\nChỉ tiêu\n|\nKế hoạch năm 2026\n|\nĐến năm 2030\n|\n|\nSố lượng\n|\nTỷ lệ (%)\n|\n"
             "Số lượng\n|\nTỷ lệ (%)\n|\n|\n1\n|\nHợp tác xã ứng dụng thương mại điện tử (HTX)\n|\n85\n|\n40\n|\n"
             "180\n|\n75\n|\n|\n2\n|\nHợp tác xã có sản phẩm OCOP (HTX)\n|\n20\n|\n10\n|\n45\n|\n20\n|\n")
    doc = extract(text=_EXPORT_HEAD + table)
    assert [(t.value, t.unit, t.deadline) for t in doc.targets if t.value != 9] == [
        (85, "HTX", "2026"), (40, "%", "2026"), (180, "HTX", "2030"), (75, "%", "2030"),
        (20, "HTX", "2026"), (10, "%", "2026"), (45, "HTX", "2030"), (20, "%", "2030")]


def test_quantity_and_value_under_the_estimate_and_the_plan_fifteenth_session():
    """A pipe header of two rows, quantity and value under the year's estimate and the plan ("Ước
    thực hiện năm 2024 | | Kế hoạch năm 2025 | |" over "Lượng | Trị giá (1.000 USD)"), a unit column
    for the quantities, a caption naming no aims: every cell read, the value's unit its header's
    (the values were lost)."""
    from pipeline import extract
    head = _EXPORT_HEAD.replace("MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC ĐẾN NĂM 2030",
                                "XUẤT KHẨU CÁC MẶT HÀNG CHỦ YẾU NĂM 2025")
    table = ("| TT | Mặt hàng | ĐVT | Ước thực hiện năm 2024 | | Kế hoạch năm 2025 | |\n|---|---|---|---|---|---|---|\n"
             "| | | | Lượng | Trị giá (1.000 USD) | Lượng | Trị giá (1.000 USD) |\n"
             "| 1 | Gạo | Tấn | 600.000 | 350.000 | 650.000 | 380.000 |\n")
    doc = extract(text=head + table)
    assert [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in doc.targets if t.value != 9] == [
        (600000, "Tấn", "achieved", "2024", "Lượng Gạo"), (350000, "1.000 USD", "achieved", "2024", "Trị giá Gạo"),
        (650000, "Tấn", "target", "2025", "Lượng Gạo"), (380000, "1.000 USD", "target", "2025", "Trị giá Gạo")]


def test_a_measure_with_its_unit_over_years_in_a_pipe_header_fifteenth_session():
    """A pipe header of two rows, a measure with its unit spanning years ("Kim ngạch xuất khẩu
    (triệu USD) | |" over "Năm 2027 | Năm 2030"), a rate over the term beside: each year's value
    named by the measure and the row, in the measure's unit (the years' values had no unit and
    were lost)."""
    from pipeline import extract
    table = ("| STT | Thị trường | Kim ngạch xuất khẩu (triệu USD) | | Tăng trưởng bình quân 2026 - 2030 (%/năm) |\n"
             "|---|---|---|---|---|\n| | | Năm 2027 | Năm 2030 | |\n| 1 | Trung Quốc | 360 | 450 | 8,4 |\n")
    doc = extract(text=_EXPORT_HEAD.replace("MỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG CHỦ LỰC ĐẾN NĂM 2030",
                                            "KIM NGẠCH XUẤT KHẨU THEO THỊ TRƯỜNG") + table)
    assert [(t.value, t.unit, t.deadline, t.scope, t.indicator) for t in doc.targets if t.value != 9] == [
        (360, "triệu usd", "2027", None, "kim ngạch xuất khẩu Trung Quốc"),
        (450, "triệu usd", "2030", None, "kim ngạch xuất khẩu Trung Quốc"),
        (8.4, "%/năm", "2030", "term", "tăng trưởng bình quân Trung Quốc")]


def test_a_second_measure_of_a_product_its_name_merged_down_fifteenth_session():
    """A product's quantity and value on two rows, the name merged down over the second ("1 | Gạo
    | Nghìn tấn | 650 | 700" over " | | Triệu USD | 380 | 450"): the second row's values are the
    same product's, in their own unit (they were skipped, no name)."""
    from pipeline import extract
    table = ("| TT | Mặt hàng | ĐVT | Năm 2027 | Năm 2030 |\n|---|---|---|---|---|\n"
             "| 1 | Gạo | Nghìn tấn | 650 | 700 |\n| | | Triệu USD | 380 | 450 |\n"
             "| 2 | Cà phê | Nghìn tấn | 40 | 45 |\n")
    doc = extract(text=_EXPORT_HEAD + table)
    assert [(t.value, t.unit, t.deadline, t.indicator) for t in doc.targets if t.value != 9] == [
        (650, "Nghìn tấn", "2027", "Gạo"), (700, "Nghìn tấn", "2030", "Gạo"),
        (380, "Triệu USD", "2027", "Gạo"), (450, "Triệu USD", "2030", "Gạo"),
        (40, "Nghìn tấn", "2027", "Cà phê"), (45, "Nghìn tấn", "2030", "Cà phê")]


def test_an_earlier_plans_column_beside_a_later_years_column_fifteenth_session():
    """"Năm 2025" over "Kế hoạch | Ước thực hiện" beside a later year alone ("Năm 2026") in a plan
    issued in December 2025: the 2025 plan's aim is the earlier plan's, unread; its estimate is a
    result (a reviewer's case: it was kept as a 2025 target)."""
    from pipeline import extract
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 312/KH-UBND\nAn Giang, ngày 15 tháng 12 năm 2025\nKẾ HOẠCH\n"
            "Phát triển kinh tế - xã hội năm 2026\nI. MỤC TIÊU\n| TT | Chỉ tiêu | ĐVT | Năm 2025 | | Năm 2026 |\n"
            "|---|---|---|---|---|---|\n| | | | Kế hoạch | Ước thực hiện | |\n"
            "| 1 | Tốc độ tăng GRDP | % | 7,0 | 6,8 | 7,5 |\n")
    assert [(t.value, t.kind, t.deadline) for t in extract(text=text).targets] == [
        (6.8, "achieved", "2025"), (7.5, "target", "2026")]


def test_a_pdf_annex_of_measures_by_place_set_by_its_caption_year_sixteenth_session():
    """A PDF annex one cell a line whose caption sets its rows a year ("ĐẾN NĂM 2030", the plan of
    2025) and whose columns are measures with their units, no year, beside a column describing
    each row; its empty notes left out of the rows, and a page's number over the next annex's
    caption after it: each place's measure an aim by 2030, named by the place, not by what the
    place is like; the totals row's too (probe m83 lost the table whole: the page's number read as
    a row ran it into the next annex)."""
    from pipeline import extract
    annex = ("Phụ lục 02\nĐIỂM DU LỊCH, CƠ SỞ HOMESTAY ĐẠT CHUẨN THEO ĐỊA PHƯƠNG ĐẾN NĂM 2030\n"
             "(Kèm theo Kế hoạch số 64/KH-UBND ngày 18/3/2025 của UBND tỉnh)\n"
             "STT\nHuyện, thành phố\nSản phẩm du lịch chủ đạo\nĐiểm du lịch\ncông nhận mới\n(điểm)\nHomestay đạt\n"
             "chuẩn (cơ sở)\nGhi chú\n1\nThành phố Lạng Sơn\nDu lịch đô thị, mua sắm\n2\n15\n2\nHuyện Bắc Sơn\n"
             "Du lịch cộng đồng\n3\n40\nThung lũng\nBắc Sơn\n3\nHuyện Cao Lộc\nDu lịch cửa khẩu, nghỉ dưỡng\n"
             "Mẫu Sơn\n2\n10\nToàn tỉnh\n7\n65\n8\nPhụ lục 03\nDANH MỤC NHIỆM VỤ TRỌNG ĐIỂM\n"
             "(Kèm theo Kế hoạch số 64/KH-UBND ngày 18/3/2025 của UBND tỉnh)\nSTT\nTên nhiệm vụ\nCơ quan chủ trì\n"
             "Thời gian thực hiện\n1\nLập hồ sơ công nhận Khu du lịch quốc gia\nSở Văn hóa, Thể thao và Du lịch\n"
             "2025 - 2027\n2\nXây dựng bộ nhận diện du lịch\nSở Văn hóa, Thể thao và Du lịch\n2025\n")
    doc = extract(text=_HEAD_2025 + "II. NHIỆM VỤ\n- Triển khai.\n" + annex)
    got = [(t.value, t.unit, t.deadline, t.indicator) for t in doc.targets]
    assert got == [
        (2, "điểm", "2030", "Điểm du lịch công nhận mới Thành phố Lạng Sơn"),
        (15, "cơ sở", "2030", "Homestay đạt chuẩn Thành phố Lạng Sơn"),
        (3, "điểm", "2030", "Điểm du lịch công nhận mới Huyện Bắc Sơn"),
        (40, "cơ sở", "2030", "Homestay đạt chuẩn Huyện Bắc Sơn"),
        (2, "điểm", "2030", "Điểm du lịch công nhận mới Huyện Cao Lộc"),
        (10, "cơ sở", "2030", "Homestay đạt chuẩn Huyện Cao Lộc"),
        (7, "điểm", "2030", "Điểm du lịch công nhận mới Toàn tỉnh"),
        (65, "cơ sở", "2030", "Homestay đạt chuẩn Toàn tỉnh")]


def test_a_new_communes_description_is_no_result_sixteenth_session():
    """In a section of the year's results, the figures describing a commune set up by merging
    others ("được thành lập trên cơ sở nhập 03 xã cũ, có diện tích tự nhiên 5.318 ha, 09 ấp với
    6.412 hộ") are no results though a cue word ("thành lập") opens their clause (probes m111,
    m117); a result after a verb of reaching is kept, and so are percentages after "có"."""
    from pipeline import extract
    text = ("ỦY BAN NHÂN DÂN\nXÃ THẠNH LỢI ĐÔNG\nSố: 12/KH-UBND\nThạnh Lợi Đông, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Phát triển kinh tế - xã hội năm 2026\nI. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
            "Xã Thạnh Lợi Đông được thành lập trên cơ sở nhập 03 xã cũ, có diện tích tự nhiên 5.318 ha, 09 ấp "
            "với 6.412 hộ, 24.305 nhân khẩu. Tổng thu ngân sách đạt 35,2 tỷ đồng; thành lập mới 04 hợp tác xã; "
            "đạt 80% số ấp có điểm sinh hoạt văn hóa.\nII. MỤC TIÊU\n- Phấn đấu có 05 ấp đạt chuẩn nông thôn mới.\n"
            "- Tỷ lệ hộ nghèo giảm còn dưới 1%.\n")
    doc = extract(text=text)
    assert [(t.value, t.unit, t.kind) for t in doc.targets] == [
        (35.2, "tỷ đồng", "achieved"), (4, "hợp tác xã", "achieved"), (80, "%", "achieved"), (5, "ấp", "target"),
        (1, "%", "target")]


def test_conversions_and_dredging_are_aims_in_the_tasks_sixteenth_session():
    """Counts after the verbs of converting land and of dredging canals in the plan's tasks are
    aims ("Chuyển đổi 250 ha đất trồng lúa kém hiệu quả …", "nạo vét 12 km kênh thủy lợi nội
    đồng": probes m75, m117), as those of building up roads are; "chuyển đổi số", a noun (digital
    transformation), is no such verb ("Ban Chỉ đạo chuyển đổi số cấp xã gồm 12 thành viên")."""
    from pipeline import extract
    text = ("ỦY BAN NHÂN DÂN\nXÃ THẠNH LỢI ĐÔNG\nSố: 12/KH-UBND\nThạnh Lợi Đông, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Phát triển kinh tế - xã hội năm 2026\nI. MỤC ĐÍCH\n- Triển khai.\nII. NHIỆM VỤ\n"
            "- Chuyển đổi 250 ha đất trồng lúa kém hiệu quả sang trồng cây ăn trái.\n"
            "- Nạo vét 12 km kênh thủy lợi nội đồng.\n- Ban Chỉ đạo chuyển đổi số cấp xã gồm 12 thành viên.\n")
    doc = extract(text=text)
    assert [(t.value, t.unit, t.kind) for t in doc.targets] == [(250, "ha", "target"), (12, "km", "target")]


def test_dots_closing_a_parenthesis_end_no_clause_sixteenth_session():
    """An ellipsis closing a parenthesis ("(HACCP, ISO 22000, BRC...) đạt 95%") ends no clause:
    the aim keeps the words before it (probe m119's indicator was ".)"); an ellipsis ending a
    sentence still ends it."""
    from pipeline import extract
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\n"
            "Phát triển chế biến\nI. MỤC TIÊU\n- Đến năm 2030, tỷ lệ cơ sở chế biến áp dụng hệ thống quản lý chất "
            "lượng (HACCP, BRC...) đạt 95%.\n- Các ngành hàng chủ lực như lúa gạo, cà phê... Tỷ lệ nông sản chế biến "
            "sâu đạt 30%.\nII. NHIỆM VỤ\n- Triển khai.\n")
    doc = extract(text=text)
    assert [(t.value, t.indicator) for t in doc.targets] == [
        (95, "tỷ lệ cơ sở chế biến áp dụng hệ thống quản lý chất lượng (HACCP, BRC...)"),
        (30, "Tỷ lệ nông sản chế biến sâu")]
