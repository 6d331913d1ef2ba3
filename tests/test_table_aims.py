"""Tables of aims read by their cells (pipeline.extract.table_aims): layouts no header rule of
pipeline.extract.targets knows, in the legal-database rendering (one cell a line between bars, a
merged cell printed in its first row only) and as pipe rows."""
from test_targets import _bars, _targets_2025

from pipeline.extract import table_aims
from pipeline.extract.targets import vocabulary_patterns


def test_places_as_columns_under_the_plans_spanning_cell():
    """A header over three rows: the upper row's cells merged down but the plan's, which spans
    the places under it ("Thực hiện năm 2025 | Kế hoạch năm 2026 | Ghi chú" over "Toàn tỉnh | Xã
    Mỹ Hòa | …"; the plan's cell is the one that spans: pipeline.tables, targets._spanning_rank),
    then the columns' numbers. Each place's cell is an aim named by the row's indicator and the
    place; the results' column is achieved; the last row, its empty note left out, is read too;
    a note's minimum is read as prose."""
    table = _bars(["**TT**", "**Chỉ tiêu**", "**ĐVT**", "**Thực hiện năm 2025**", "**Kế hoạch năm 2026**",
                   "**Ghi chú**"],
                  ["**Toàn tỉnh**", "**Xã Mỹ Hòa**", "**Xã Long Điền**", "**Phường Tân Lập**"],
                  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
                  ["1", "Tỷ lệ dân số tham gia BHYT", "%", "93,5", "≥ 95", "96", "94", "95", ""],
                  ["2", "Số người tham gia BHXH tự nguyện", "Người", "12.400", "14.000", "1.200", "950", "1.100",
                   "Tối thiểu 3 người/thôn"],
                  ["3", "Tỷ lệ lao động tham gia BHTN", "%", "31,2", "33", "35", "30", "34", ""])
    got = _targets_2025("PHỤ LỤC 01\n\nCHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA BẢO HIỂM NĂM 2026\n\n"
                        "*(Kèm theo Kế hoạch số 18/KH-UBND ngày 24/01/2025 của UBND tỉnh)*\n\n" + table)
    assert got == [
        (93.5, "%", "achieved", "2025", "Tỷ lệ dân số tham gia BHYT"),
        (95, "%", "target", "2026", "Tỷ lệ dân số tham gia BHYT Toàn tỉnh"),
        (96, "%", "target", "2026", "Tỷ lệ dân số tham gia BHYT Xã Mỹ Hòa"),
        (94, "%", "target", "2026", "Tỷ lệ dân số tham gia BHYT Xã Long Điền"),
        (95, "%", "target", "2026", "Tỷ lệ dân số tham gia BHYT Phường Tân Lập"),
        (12400, "Người", "achieved", "2025", "Số người tham gia BHXH tự nguyện"),
        (14000, "Người", "target", "2026", "Số người tham gia BHXH tự nguyện Toàn tỉnh"),
        (1200, "Người", "target", "2026", "Số người tham gia BHXH tự nguyện Xã Mỹ Hòa"),
        (950, "Người", "target", "2026", "Số người tham gia BHXH tự nguyện Xã Long Điền"),
        (1100, "Người", "target", "2026", "Số người tham gia BHXH tự nguyện Phường Tân Lập"),
        (3, "người/thôn", "target", None, "người/thôn"),
        (31.2, "%", "achieved", "2025", "Tỷ lệ lao động tham gia BHTN"),
        (33, "%", "target", "2026", "Tỷ lệ lao động tham gia BHTN Toàn tỉnh"),
        (35, "%", "target", "2026", "Tỷ lệ lao động tham gia BHTN Xã Mỹ Hòa"),
        (30, "%", "target", "2026", "Tỷ lệ lao động tham gia BHTN Xã Long Điền"),
        (34, "%", "target", "2026", "Tỷ lệ lao động tham gia BHTN Phường Tân Lập")]


def test_a_cluster_merged_down_over_its_communes():
    """Communes under a cluster's cell merged down ("Cụm 1" printed in its first row only, a name
    that looks like a value): a short row's commune goes under the communes (the column whose
    cells open with its first word), the cluster taken from the row above; the unit from the line
    above the table; the measures from the header, the caption's title after them; the row of
    totals an aim of the whole."""
    table = _bars(["**STT**", "**Cụm xã**", "**Xã, phường**", "**Sản phẩm đạt 3 sao**", "**Sản phẩm đạt 4 sao**"],
                  ["1", "Cụm 1", "Xã Mỹ Hòa", "5", "2"],
                  ["2", "Xã Long Điền", "4", "1"],
                  ["3", "Cụm 2", "Xã Phú Tân", "6", "3"],
                  ["4", "Xã Chợ Mới", "2", "0"],
                  ["", "Tổng cộng", "17", "6"])
    got = _targets_2025("PHỤ LỤC\n\nCHỈ TIÊU SẢN PHẨM OCOP GIAO CÁC XÃ\n\nĐơn vị tính: sản phẩm\n\n" + table)
    assert [(v, u, k, i) for v, u, k, _d, i in got] == [
        (5, "sản phẩm", "target", "Cụm 1 Xã Mỹ Hòa Sản phẩm đạt 3 sao Sản phẩm ocop các xã"),
        (2, "sản phẩm", "target", "Cụm 1 Xã Mỹ Hòa Sản phẩm đạt 4 sao Sản phẩm ocop các xã"),
        (4, "sản phẩm", "target", "Cụm 1 Xã Long Điền Sản phẩm đạt 3 sao Sản phẩm ocop các xã"),
        (1, "sản phẩm", "target", "Cụm 1 Xã Long Điền Sản phẩm đạt 4 sao Sản phẩm ocop các xã"),
        (6, "sản phẩm", "target", "Cụm 2 Xã Phú Tân Sản phẩm đạt 3 sao Sản phẩm ocop các xã"),
        (3, "sản phẩm", "target", "Cụm 2 Xã Phú Tân Sản phẩm đạt 4 sao Sản phẩm ocop các xã"),
        (2, "sản phẩm", "target", "Cụm 2 Xã Chợ Mới Sản phẩm đạt 3 sao Sản phẩm ocop các xã"),
        (0, "sản phẩm", "target", "Cụm 2 Xã Chợ Mới Sản phẩm đạt 4 sao Sản phẩm ocop các xã"),
        (17, "sản phẩm", "target", "Tổng cộng Sản phẩm đạt 3 sao Sản phẩm ocop các xã"),
        (6, "sản phẩm", "target", "Tổng cộng Sản phẩm đạt 4 sao Sản phẩm ocop các xã")]


def test_an_annex_of_markets_with_no_word_of_aims():
    """An annex's table ("PHỤ LỤC I …", "(Kèm theo Quyết định …)") whose header names years and a
    rate, no word of aims, its unit in a row of one cell inside the table: the estimate's column
    ("Năm 2025 (ước)") holds results, the years after the year of issue aims, the rate of growth
    over the plan's period an aim of its term; each market named with the caption's title."""
    table = _bars(["**TT**", "**Thị trường**", "**Năm 2024 (ước)**", "**Năm 2028**", "**Năm 2030**",
                   "**Tăng trưởng bình quân 2026 - 2030 (%)**"],
                  ["Đơn vị tính: triệu USD"],
                  ["1", "Trung Quốc", "612", "780", "905", "8,1"],
                  ["2", "Liên minh châu Âu (EU)", "118", "160", "190", "10,0"])
    got = _targets_2025("PHỤ LỤC I\n\nKIM NGẠCH XUẤT KHẨU CÁC THỊ TRƯỜNG CHÍNH\n\n"
                        "*(Kèm theo Quyết định số 45/QĐ-UBND ngày 24/01/2025 của UBND tỉnh)*\n\n" + table)
    title = "Kim ngạch xuất khẩu các thị trường chính"
    assert got == [
        (612, "triệu USD", "achieved", "2024", f"Trung Quốc {title}"),
        (780, "triệu USD", "target", "2028", f"Trung Quốc {title}"),
        (905, "triệu USD", "target", "2030", f"Trung Quốc {title}"),
        (8.1, "%", "target", "2030", "Tăng trưởng bình quân Trung Quốc"),
        (118, "triệu USD", "achieved", "2024", f"Liên minh châu Âu (EU) {title}"),
        (160, "triệu USD", "target", "2028", f"Liên minh châu Âu (EU) {title}"),
        (190, "triệu USD", "target", "2030", f"Liên minh châu Âu (EU) {title}"),
        (10, "%", "target", "2030", "Tăng trưởng bình quân Liên minh châu Âu (EU)")]


def test_a_task_table_and_a_table_of_projects_are_not_read():
    """A task table under a caption naming aims ("Nội dung nhiệm vụ | Cơ quan chủ trì | …") and a
    list of projects' capital ("Kế hoạch vốn năm 2026"): no aims of their cells."""
    tasks = _bars(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Số lượng", "Năm 2026"],
                  ["1", "Tập huấn cán bộ", "Sở Nội vụ", "3", "2"],
                  ["2", "Kiểm tra cơ sở", "Sở Y tế", "4", "5"])
    projects = _bars(["TT", "Dự án", "Tổng mức đầu tư", "Kế hoạch vốn năm 2026"],
                     ["1", "Đường tỉnh 923", "1.284.000", "378.700"],
                     ["2", "Cầu Mỹ Hòa", "410.000", "120.000"])
    got = _targets_2025("PHỤ LỤC I\n\nCHỈ TIÊU NHIỆM VỤ NĂM 2026\n\n" + tasks
                        + "\nPHỤ LỤC II\n\nDANH MỤC DỰ ÁN\n\n(Kèm theo Kế hoạch số 18/KH-UBND)\n\n" + projects)
    assert [t for t in got if t[0] in (2, 3, 4, 5, 378700, 120000, 1284000, 410000)] == []


def test_column_readings():
    """A column's header read for its year, kind, unit and what it qualifies."""
    rx = vocabulary_patterns()
    assert table_aims.column_of("Kế hoạch năm 2026 Xã Mỹ Hòa", 2025, rx) == \
        table_aims.GridColumn("2026", "target", None, "Xã Mỹ Hòa")
    assert table_aims.column_of("Ước thực hiện năm 2025 (%)", 2025, rx) == \
        table_aims.GridColumn("2025", "achieved", "%", None)
    assert table_aims.column_of("Năm 2025 (ước)", 2026, rx) == table_aims.GridColumn("2025", "achieved", None, None)
    assert table_aims.column_of("Giai đoạn 2028 - 2030", 2025, rx) == table_aims.GridColumn("2030", "plain", None, None)
    assert table_aims.column_of("Số người tham gia BHTN (người)", 2025, rx) == \
        table_aims.GridColumn(None, "plain", "người", "Số người tham gia BHTN")
    assert table_aims.column_of("Tốc độ tăng bình quân 2026 - 2030 (%)", 2025, rx) == \
        table_aims.GridColumn("2030", "target", "%", "Tốc độ tăng bình quân", True)
    assert table_aims.column_of("Tốc độ tăng bình quân 2021 - 2025 (%)", 2025, rx) is None
    assert table_aims.column_of("Kinh phí (triệu đồng)", 2025, rx) is None
    assert table_aims.column_of("Kế hoạch vốn năm 2026", 2025, rx) is None


def test_caption_titles():
    assert table_aims.caption_title("PHỤ LỤC I KIM NGẠCH XUẤT KHẨU (Kèm theo Quyết định số 45/QĐ-UBND)") == \
        "KIM NGẠCH XUẤT KHẨU"
    assert table_aims.caption_title("**Biểu số 02** CHỈ TIÊU GIAO CÁC XÃ Đơn vị tính: người") == "CHỈ TIÊU GIAO CÁC XÃ"
    assert table_aims.caption_title("Các chỉ tiêu được giao như bảng dưới đây:") is None
    assert table_aims.caption_title("PHỤ LỤC II") is None


def test_grid_of_a_header_over_two_rows():
    """The parts of a table whose header's upper cell spans the lower row's cells: the spanning
    cell the one naming the plan; the column numbers' row no header; the rows' numbers, names and
    units found by their cells."""
    rows = [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"],
            ["Toàn tỉnh", "Xã A", "Xã B"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
            ["1", "Tỷ lệ hộ nghèo", "%", "3,1", "2,5", "2,8", "2,2", ""],
            ["2", "Số hộ thoát nghèo", "Hộ", "410", "500", "260", "240", ""]]
    grid = table_aims.grid_of(rows, lambda c: c.replace(",", "").replace(".", "").isdigit(),
                              frozenset({"đvt"}), lambda c: "kế hoạch" in c.lower())
    assert grid is not None
    assert grid.labels == ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026 Toàn tỉnh",
                           "Kế hoạch năm 2026 Xã A", "Kế hoạch năm 2026 Xã B", "Ghi chú"]
    assert (grid.number_col, grid.unit_col, grid.name_cols, grid.value_cols, grid.first_data) == \
        (0, 2, [1], [3, 4, 5, 6], 3)


def test_group_rows_right_under_the_header():
    """Group rows opening the body ("I | Khu vực phía Bắc", no values) are no header's: each names
    the rows under it, up to the next."""
    table = _bars(["**STT**", "**Xã, phường**", "**Sản phẩm đạt 3 sao**", "**Sản phẩm đạt 4 sao**"],
                  ["**I**", "**Khu vực phía Bắc**"],
                  ["1", "Xã Mỹ Hòa", "5", "2"],
                  ["**II**", "**Khu vực phía Nam**"],
                  ["2", "Xã Phú Tân", "6", "3"])
    got = _targets_2025("PHỤ LỤC\n\nCHỈ TIÊU SẢN PHẨM OCOP\n\nĐơn vị tính: sản phẩm\n\n" + table)
    assert [(v, i) for v, _u, _k, _d, i in got] == [
        (5, "Khu vực phía Bắc Xã Mỹ Hòa Sản phẩm đạt 3 sao Sản phẩm ocop"),
        (2, "Khu vực phía Bắc Xã Mỹ Hòa Sản phẩm đạt 4 sao Sản phẩm ocop"),
        (6, "Khu vực phía Nam Xã Phú Tân Sản phẩm đạt 3 sao Sản phẩm ocop"),
        (3, "Khu vực phía Nam Xã Phú Tân Sản phẩm đạt 4 sao Sản phẩm ocop")]


def test_a_table_of_money_given_out_is_not_read():
    """An annex allotting a budget to units ("GIAO CHỈ TIÊU DỰ TOÁN …", "Đơn vị tính: triệu đồng"), its
    rows the units under "Đơn vị" and its columns the plan's year: money given out, no aims."""
    table = _bars(["**TT**", "**Đơn vị**", "**Kế hoạch năm 2026**", "**Trong đó: chi thường xuyên**"],
                  ["1", "Sở Y tế", "12.500", "9.800"],
                  ["2", "Sở Giáo dục và Đào tạo", "48.200", "41.000"],
                  ["3", "Sở Nội vụ", "6.300", "5.100"])
    got = _targets_2025("PHỤ LỤC II\n\nGIAO CHỈ TIÊU DỰ TOÁN CHI NGÂN SÁCH NĂM 2026\n\n"
                        "*(Kèm theo Kế hoạch số 18/KH-UBND ngày 24/01/2025 của UBND tỉnh)*\n\n"
                        "Đơn vị tính: triệu đồng\n\n" + table)
    assert got == []


def test_a_totals_row_with_a_note_and_places_grouped_under_a_label():
    """The legal-database rendering's merged cells (pipeline.tables.merged_cells_filled): a row of
    totals whose name spans the number's column and whose note is filled, the notes column blank
    in every other row ("Toàn tỉnh | 95,8 | 2.230 | Gồm cả …"): its values go to the columns of
    values, its note to the notes'; places under a cell grouping them ("Phân theo địa bàn" over
    "Xã Mỹ Hòa | …", the totals column merged down): each place's aim, the place first."""
    places = _bars(["**TT**", "**Xã, phường**", "**Tỷ lệ tham gia BHYT (%)**", "**Số người tham gia BHXH (người)**",
                    "**Ghi chú**"],
                   ["1", "Xã Mỹ Hòa", "96,5", "1.250", ""],
                   ["2", "Xã Long Điền", "95,0", "980", ""],
                   ["**Toàn tỉnh**", "95,8", "2.230", "Gồm cả lực lượng vũ trang"])
    got = _targets_2025("PHỤ LỤC\n\nCHỈ TIÊU GIAO CÁC XÃ NĂM 2026\n\n" + places)
    assert [(v, u, i) for v, u, _k, _d, i in got] == [
        (96.5, "%", "Tỷ lệ tham gia BHYT Xã Mỹ Hòa"), (1250, "người", "Số người tham gia BHXH Xã Mỹ Hòa"),
        (95, "%", "Tỷ lệ tham gia BHYT Xã Long Điền"), (980, "người", "Số người tham gia BHXH Xã Long Điền"),
        (95.8, "%", "Tỷ lệ tham gia BHYT Toàn tỉnh"), (2230, "người", "Số người tham gia BHXH Toàn tỉnh")]
    grouped = _bars(["**TT**", "**Chỉ tiêu**", "**Phân theo địa bàn**", "**Tổng cộng**"],
                    ["**Xã Mỹ Hòa**", "**Xã Long Điền**"],
                    ["1", "Sản phẩm OCOP được công nhận mới", "12", "8", "20"],
                    ["2", "Sản phẩm OCOP được nâng hạng sao", "4", "3", "7"])
    got = _targets_2025("PHỤ LỤC II\n\nCHỈ TIÊU SẢN PHẨM OCOP\n\nĐơn vị tính: sản phẩm\n\n" + grouped)
    assert [(v, u, i) for v, u, _k, _d, i in got] == [
        (12, "sản phẩm", "Sản phẩm OCOP được công nhận mới Xã Mỹ Hòa Phân theo địa bàn"),
        (8, "sản phẩm", "Sản phẩm OCOP được công nhận mới Xã Long Điền Phân theo địa bàn"),
        (20, "sản phẩm", "Sản phẩm OCOP được công nhận mới Tổng cộng"),
        (4, "sản phẩm", "Sản phẩm OCOP được nâng hạng sao Xã Mỹ Hòa Phân theo địa bàn"),
        (3, "sản phẩm", "Sản phẩm OCOP được nâng hạng sao Xã Long Điền Phân theo địa bàn"),
        (7, "sản phẩm", "Sản phẩm OCOP được nâng hạng sao Tổng cộng")]


def test_a_zone_merged_down_and_a_column_of_years():
    """Communes under a zone's cell merged down, the communes' column headed "Xã, phường" (a
    short row's commune goes under it, "Phường Na Hang", "Các xã còn lại", the zone taken from
    the row above and named with it), and a column
    of the years each commune reaches a standard ("Năm đạt chuẩn", no aims): a short row's figures
    go to the columns of figures, not the years' ("Tổng cộng | 1.180 | 9.300 |" with the year left
    blank; "Các xã còn lại | 260 | 2.100 | -")."""
    table = _bars(["**TT**", "**Vùng**", "**Xã, phường**", "**Diện tích chè (ha)**", "**Diện tích rừng trồng (ha)**",
                   "**Năm đạt chuẩn**"],
                  ["1", "Vùng phía Bắc", "Xã Lâm Bình", "420", "3.500", "2028"],
                  ["2", "Phường Na Hang", "380", "2.200", "2029"],
                  ["3", "Vùng phía Nam", "Xã Sơn Dương", "120", "1.500", "2026"],
                  ["4", "Các xã còn lại", "260", "2.100", "-"],
                  ["**Tổng cộng**", "**1.180**", "**9.300**", ""])
    got = _targets_2025("PHỤ LỤC II\n\nCHỈ TIÊU PHÁT TRIỂN VÙNG NGUYÊN LIỆU ĐẾN NĂM 2030\n\n" + table)
    assert [(v, u, i) for v, u, _k, _d, i in got] == [
        (420, "ha", "Diện tích chè Vùng phía Bắc Xã Lâm Bình"),
        (3500, "ha", "Diện tích rừng trồng Vùng phía Bắc Xã Lâm Bình"),
        (380, "ha", "Diện tích chè Vùng phía Bắc Phường Na Hang"),
        (2200, "ha", "Diện tích rừng trồng Vùng phía Bắc Phường Na Hang"),
        (120, "ha", "Diện tích chè Vùng phía Nam Xã Sơn Dương"),
        (1500, "ha", "Diện tích rừng trồng Vùng phía Nam Xã Sơn Dương"),
        (260, "ha", "Diện tích chè Vùng phía Nam Các xã còn lại"),
        (2100, "ha", "Diện tích rừng trồng Vùng phía Nam Các xã còn lại"),
        (1180, "ha", "Diện tích chè Tổng cộng"), (9300, "ha", "Diện tích rừng trồng Tổng cộng")]


def test_review_of_the_fourteenth_sessions_table_readers():
    """A reviewer's made-up tables (the fourteenth session's review): the results of a report's
    section over places, an earlier plan's column merged down: achieved by place; a list of capital by
    project ("Tổng mức đầu tư", "Vốn …") and a list of communes ("DANH SÁCH …"): no aims; beside
    the plan's column, columns describing the rows ("Diện tích tự nhiên (ha)", "Dân số năm 2024"):
    no aims."""
    report = _bars(["**TT**", "**Chỉ tiêu**", "**ĐVT**", "**Kế hoạch năm 2024**", "**Thực hiện năm 2024**"],
                   ["**Toàn tỉnh**", "**Huyện Ba Tơ**", "**Huyện Sơn Hà**"],
                   ["1", "Diện tích trồng rừng tập trung", "ha", "5.000", "5.200", "1.800", "1.500"],
                   ["2", "Tỷ lệ che phủ rừng", "%", "51,5", "51,8", "60,2", "58,4"])
    got = _targets_2025("Phát triển lâm nghiệp.\nII. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n" + report)
    assert [(v, k, i) for v, _u, k, _d, i in got] == [
        (5200, "achieved", "Diện tích trồng rừng tập trung Toàn tỉnh"),
        (1800, "achieved", "Diện tích trồng rừng tập trung Huyện Ba Tơ"),
        (1500, "achieved", "Diện tích trồng rừng tập trung Huyện Sơn Hà"),
        (51.8, "achieved", "Tỷ lệ che phủ rừng Toàn tỉnh"),
        (60.2, "achieved", "Tỷ lệ che phủ rừng Huyện Ba Tơ"),
        (58.4, "achieved", "Tỷ lệ che phủ rừng Huyện Sơn Hà")]
    capital = _bars(["**TT**", "**Tên công trình**", "**Địa điểm**", "**Tổng mức đầu tư (triệu đồng)**",
                     "**Vốn ngân sách tỉnh năm 2025**"],
                    ["1", "Trường THCS Nghĩa Hà", "Xã Nghĩa Hà", "14.500", "9.000"],
                    ["2", "Trạm y tế xã Tịnh Sơn", "Xã Tịnh Sơn", "6.200", "4.000"])
    assert _targets_2025("PHỤ LỤC II\n\nCÔNG TRÌNH THỰC HIỆN CHỈ TIÊU NÔNG THÔN MỚI NĂM 2025\n\n"
                         "Đơn vị tính: triệu đồng\n\n" + capital) == []
    assert _targets_2025("PHỤ LỤC\n\nDANH SÁCH XÃ GIÁM SÁT THỰC HIỆN CHỈ TIÊU NĂM 2025\n\n"
                         "| TT | Xã | Số thôn | Dân số (người) | Thời gian giám sát |\n|---|---|---|---|---|\n"
                         "| 1 | Xã Nghĩa Hà | 8 | 9.800 | Tháng 4/2025 |\n"
                         "| 2 | Xã Tịnh Sơn | 6 | 7.600 | Tháng 6/2025 |\n") == []
    places = _bars(["**TT**", "**Xã**", "**Diện tích tự nhiên (ha)**", "**Dân số năm 2024 (người)**",
                    "**Chỉ tiêu trồng rừng năm 2025 (ha)**"],
                   ["1", "Xã Ba Vì", "12.500", "6.200", "150"],
                   ["2", "Xã Ba Tô", "9.800", "5.100", "120"])
    got = _targets_2025("PHỤ LỤC\n\nGIAO CHỈ TIÊU TRỒNG RỪNG NĂM 2025\n\n" + places)
    assert [(v, u, k) for v, u, k, _d, _i in got] == [(150, "ha", "target"), (120, "ha", "target")]


def test_merged_header_cells_repeated_and_a_measure_some_rows_leave_empty_sixteenth_session():
    """An export annex whose converter repeats a merged header cell across the cells it spans
    ("Ước thực hiện năm 2025 | Ước thực hiện năm 2025") and prints the cells merged down again in
    the row below ("TT | Mặt hàng | Đơn vị tính" over "TT | Mặt hàng | Đơn vị tính"); a quantity
    only the products counted in tonnes have ("Lượng"), its unit in the unit column, beside a value
    all have; a column comparing the plan with the estimate ("So sánh KH 2026/ƯTH 2025 (%)"), filled
    in some rows. Each quantity is read with the row's unit and not named by it (probe m113 lost
    the quantities: a column half empty held no values); the comparison of the plan's figure with
    the estimate is the plan's growth, an aim of 2026 (m81's and m83's annotators)."""
    from pipeline import extract
    head = ("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 318/KH-UBND\nHưng Yên, ngày 26 tháng 12 năm 2025\nKẾ HOẠCH\n"
            "Phát triển công nghiệp và xuất khẩu năm 2026\nI. MỤC TIÊU\n- Triển khai.\nII. NHIỆM VỤ\n- Triển khai.\n\n"
            "**PHỤ LỤC II**\n\nKẾ HOẠCH XUẤT KHẨU MỘT SỐ MẶT HÀNG CHỦ YẾU NĂM 2026\n\n"
            "*(Kèm theo Kế hoạch số 318/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh Hưng Yên)*\n\n")
    table = ("| **TT** | **Mặt hàng** | **Đơn vị tính** | **Ước thực hiện năm 2025** | **Ước thực hiện năm 2025** | "
             "**Kế hoạch năm 2026** | **Kế hoạch năm 2026** | **So sánh KH 2026/ƯTH 2025 (%)** |\n"
             "|---|---|---|---|---|---|---|---|\n"
             "| **TT** | **Mặt hàng** | **Đơn vị tính** | **Lượng** | **Giá trị (triệu USD)** | **Lượng** | "
             "**Giá trị (triệu USD)** | **So sánh KH 2026/ƯTH 2025 (%)** |\n"
             "| 1 | Hàng dệt may |  |  | 2.845,3 |  | 3.050 | 107,2 |\n"
             "| 2 | Sắt thép các loại | tấn | 612.500 | 455,8 | 640.000 | 480 |  |\n"
             "| 3 | Gạo | tấn | 41.200 | 24,9 | 45.000 | 27,5 | 110,4 |\n"
             "| 4 | Giày dép, túi xách |  |  | 1.126,4 |  | 1.210 |  |\n")
    doc = extract(text=head + table)
    assert [(t.value, t.unit, t.kind, t.deadline, t.indicator) for t in doc.targets] == [
        (2845.3, "triệu USD", "achieved", "2025", "Giá trị Hàng dệt may"),
        (3050, "triệu USD", "target", "2026", "Giá trị Hàng dệt may"),
        (107.2, "%", "target", "2026", "So sánh Hàng dệt may"),
        (612500, "tấn", "achieved", "2025", "Sắt thép các loại Lượng"),
        (455.8, "triệu USD", "achieved", "2025", "Giá trị Sắt thép các loại"),
        (640000, "tấn", "target", "2026", "Sắt thép các loại Lượng"),
        (480, "triệu USD", "target", "2026", "Giá trị Sắt thép các loại"),
        (41200, "tấn", "achieved", "2025", "Gạo Lượng"),
        (24.9, "triệu USD", "achieved", "2025", "Giá trị Gạo"),
        (45000, "tấn", "target", "2026", "Gạo Lượng"),
        (27.5, "triệu USD", "target", "2026", "Giá trị Gạo"),
        (110.4, "%", "target", "2026", "So sánh Gạo"),
        (1126.4, "triệu USD", "achieved", "2025", "Giá trị Giày dép, túi xách"),
        (1210, "triệu USD", "target", "2026", "Giá trị Giày dép, túi xách")]
