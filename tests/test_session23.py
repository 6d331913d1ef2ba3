"""Rules of the twenty-third session: tables of aims a PDF's text layer writes one cell a line,
read by their rows' marks (pipeline/marked_tables.py), on review 19's pdfannex cases (made-up
annexes in that rendering, corpus/reviews/19/pdfannex) and on made-up texts."""
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.extract.targets import _marked_vocabulary
from pipeline.marked_tables import _flattened, marked_aim_tables
from pipeline.normalize import normalize

CASES = Path(__file__).resolve().parents[1] / "corpus" / "reviews" / "19" / "pdfannex" / "cases"


def _aims(case: str, *values) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.kind, t.deadline, t.indicator)
            for t in extract(path=str(CASES / f"{case}.txt")).targets if t.value in values]


def test_a_header_over_two_rows_printed_upper_row_first_with_group_rows_and_parts():
    # "Năm 2025 | Kế hoạch năm 2026 | So sánh (%)" then "Kế hoạch | Ước thực hiện" under "Năm
    # 2025"; group rows "I\nKinh tế"; "Trong đó:" over "- Nông, lâm nghiệp …"; the comparison
    # left empty in most rows (the layer leaves the cell out); a page's number and the header
    # repeated between rows 4 and 5. Before: nothing of the table was read.
    assert _aims("01", 2480, 2690, 3.8) == [
        (2480, "tỷ đồng", "=", "achieved", "2025", "Tổng giá trị sản xuất (giá so sánh 2010)"),
        (2690, "tỷ đồng", "=", "target", "2026", "Tổng giá trị sản xuất (giá so sánh 2010)"),
        (3.8, "%", "=", "target", "2026", "Tốc độ tăng giá trị sản xuất Nông, lâm nghiệp, thủy sản")]
    assert _aims("01", 12)[-1] == (12, "%", "<", "target", "2026",
                                   "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi")
    assert len(extract(path=str(CASES / "01.txt")).targets) == 33


def test_years_on_one_line_under_a_period():
    # "Kế hoạch giai đoạn 2026 - 2030" over "2026 2027 2028 2029 2030" (a baseline's cells
    # joined); the group row "Chính quyền số" over row "1" stays a line of its own.
    assert _aims("02", 80, 600) == [
        (80, "%", "=", "target", "2030", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình"),
        (600, "doanh nghiệp", "=", "target", "2030", "Số doanh nghiệp công nghệ số đang hoạt động"),
        (80, "%", "=", "target", "2030", "Tỷ lệ người dân có danh tính số, chữ ký số cá nhân")]
    assert len(extract(path=str(CASES / "02.txt")).targets) == 54


def test_rows_whose_cells_share_a_line():
    # "4 Số thành viên hợp tác xã thành viên 18.500 19.200 20.000": the number, the name, the
    # unit (the counted thing repeated) and the values on one line; "TT Chỉ tiêu ĐVT Năm 2026 Năm
    # 2027 Năm 2028" the header on one line.
    assert _aims("14", 20000, 5) == [
        (20000, "thành viên", "=", "target", "2028", "Số thành viên hợp tác xã"),
        (5, "tỷ đồng", "=", "target", "2028", "Doanh thu bình quân một hợp tác xã")]


def test_a_table_of_no_numbers_opening_with_its_indicator_column():
    # "Chỉ tiêu\nƯớc thực hiện năm 2025\nKế hoạch năm 2026" over lettered groups in capitals and
    # rows with their units in their names.
    assert _aims("05", 82.4, 90) == [
        (82.4, "triệu đồng", "=", "achieved", "2025", "GRDP bình quân đầu người"),
        (90, "triệu đồng", "=", "target", "2026", "GRDP bình quân đầu người")]


def test_a_table_by_commune_opening_with_its_total():
    # "Toàn tỉnh" with no number right under the header; row 4 leaves a cell empty (no telling
    # which), so it is left unread.
    targets = extract(path=str(CASES / "04.txt")).targets
    assert [(t.value, t.unit, t.indicator) for t in targets if t.value in (14500, 1850)] == [
        (14500, "người", "Số lao động được giải quyết việc làm Toàn tỉnh"),
        (1850, "người", "Số lao động được giải quyết việc làm Phường Khê Thượng")]
    assert not [t for t in targets if "Phước Lộc" in t.indicator]


def test_the_reader_over_the_text_as_lines():
    text = ("PHỤ LỤC\nMỘT SỐ SẢN PHẨM CHỦ YẾU NĂM 2026\nTT Sản phẩm ĐVT\nThực hiện năm 2024\n"
            "Ước thực hiện năm 2025\nKế hoạch\nnăm 2026\nI\nCông nghiệp khai khoáng\n1\n"
            "Đá xây dựng các loại nghìn m3\n1.820\n1.905\n2.000\n2\nCát, sỏi xây dựng\nnghìn m3\n640\n655\n670\n")
    tables = list(marked_aim_tables(text, 0, len(text), _marked_vocabulary()))
    assert [row[2] for row in tables[0]] == [
        ("TT", "Sản phẩm", "ĐVT", "Thực hiện năm 2024", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"),
        ("I", "Công nghiệp khai khoáng"),
        ("1", "Đá xây dựng các loại", "nghìn m3", "1.820", "1.905", "2.000"),
        ("2", "Cát, sỏi xây dựng", "nghìn m3", "640", "655", "670")]
    # Each cell where it is printed.
    for _start, _end, cells, starts in tables[0][1:]:
        assert all(text.startswith(c, s) for c, s in zip(cells, starts) if c)


@pytest.mark.parametrize("cells, width, expected", [
    (["Năm 2025", "Kế hoạch năm 2026", "So sánh (%)", "Kế hoạch", "Ước thực hiện"], 4,
     ["Kế hoạch Năm 2025", "Ước thực hiện Năm 2025", "Kế hoạch năm 2026", "So sánh (%)"]),
    (["Ước thực hiện năm 2025", "Kế hoạch giai đoạn 2026 - 2030", "2026", "2027", "2028"], 4,
     ["Ước thực hiện năm 2025", "Kế hoạch giai đoạn 2026", "Kế hoạch giai đoạn 2027", "Kế hoạch giai đoạn 2028"]),
    (["Năm 2025", "Năm 2026"], 2, ["Năm 2025", "Năm 2026"]),
    (["Năm 2025", "Kế hoạch năm 2026", "Kế hoạch", "Ước thực hiện"], 5, None),
])
def test_a_header_over_two_rows_flattened(cells, width, expected):
    assert _flattened(cells, width) == expected


def test_a_number_alone_over_a_name_is_no_number_a_word_takes():
    # "số" waits for a number ("Quyết định số\n12/QĐ-UBND"), not a row's mark over its name; nor
    # does a unit line after a wrapped name make the name's last word the line's.
    lines = "I\nChính quyền số\n1\nTỷ lệ hồ sơ trực tuyến\n%\n42\n2\nTỷ lệ doanh nghiệp dùng nền tảng số\n%\n35\n"
    assert normalize(lines).text == lines


def _m203():
    return extract(path=str(Path(__file__).resolve().parents[1] / "corpus" / "probes" / "m203.txt"))


def test_a_table_in_layout_mode_with_a_blank_line_under_its_header_does_not_fail():
    # (m203 of corpus/probes, batch 26, failed with an IndexError on its first run.)
    # (97 since the thirtieth session: in its review, counts of things that reached a standard, "2 xã
    # được công nhận đạt chuẩn", and a count after a verb done, "tái canh được 385 ha", are results.)
    assert len(_m203().targets) == 97


def test_a_layout_header_whose_last_line_puts_two_cells_one_space_apart():
    # "năm 2024 2024/2023" on the header's last line: the ends of "Ước thực hiện năm 2024" and of
    # "So sánh (%) 2024/2023", no cell over both; a row's name wrapped onto "(lũy kế)" goes on;
    # the table ends before the running text after it.
    doc = _m203()
    assert [(t.value, t.kind, t.deadline, t.indicator) for t in doc.targets
            if t.value in (20415, 11) and t.unit in ("Tỷ đồng", "Xã")] == [
        (20415, "achieved", "2024", "Tổng giá trị sản xuất (giá hiện hành)"),
        (11, "achieved", "2024", "Số xã đạt chuẩn nông thôn mới")]
    assert [(r.unit, r.role) for r in doc.responsibilities if r.unit.startswith("Ban Quản lý")] == [
        ("Ban Quản lý dự án đầu tư xây dựng huyện", "coordinate")]


def test_the_front_s_central_committee_abbreviated_opens_a_body_after_a_comma():
    # "UBTW MTTQ Việt Nam" (Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam) in a task annex's cell of
    # partners, after "TTXVN" (m207 of corpus/probes, batch 26).
    from pipeline.extract.responsibilities import leading_units
    assert leading_units("Bộ NN&MT, Đài THVN, Đài TNVN, TTXVN, UBTW MTTQ Việt Nam") == (
        ["Bộ NN&MT", "Đài THVN", "Đài TNVN", "TTXVN", "UBTW MTTQ Việt Nam"], "")


REVIEW23 = Path(__file__).resolve().parents[1] / "corpus" / "reviews" / "23" / "pdftables" / "cases"


def _review23(case: str, *values) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.deadline, t.indicator)
            for t in extract(path=str(REVIEW23 / f"{case}.txt")).targets if t.value in values]


def test_a_unit_and_values_sharing_a_line_under_years_under_a_cell_of_no_period():
    # "1\nTỷ lệ đô thị hóa\n% 38 39,5 41 42,5 44 45" (pypdfium2 joins a baseline's cells), the name
    # wrapped, its unit "m2" or a counted noun "căn" at the end of its last line; "Lộ trình thực
    # hiện" over "2026 2027 2028 2029 2030": each year alone, no words of results.
    assert _review23("12", 39.5, 45, 2000) == [
        (39.5, "%", "target", "2026", "Tỷ lệ đô thị hóa"),
        (45, "%", "target", "2030", "Tỷ lệ đô thị hóa"),
        (2000, "căn", "target", "2030", "Số nhà ở xã hội hoàn thành")]


def test_a_table_of_rows_sharing_lines_replaces_the_line_table_misreading_it():
    # Rows of three lines each ("1", a name's first line, its last line with the unit and values)
    # made a line table whose cells held no value alone; a score's unit "điểm".
    assert _review23("20", 86.4, 88) == [
        (86.4, "điểm", "achieved", "2025", "Chỉ số cải cách hành chính (PAR Index) của tỉnh"),
        (88, "điểm", "target", "2026", "Chỉ số cải cách hành chính (PAR Index) của tỉnh")]


def test_sub_numbered_rows_are_parts_of_the_group_above():
    # "1\nChỉ tiêu về kinh tế" over "1.1\nTổng giá trị sản xuất …": the part's number no part of
    # its name, the group's name after it (as the reader of parts writes a group's).
    name = "Tổng giá trị sản xuất trên địa bàn (giá so sánh 2010) Chỉ tiêu về kinh tế"
    assert _review23("01", 12450, 13580)[:2] == [
        (12450, "tỷ đồng", "achieved", "2025", name), (13580, "tỷ đồng", "target", "2026", name)]


def test_a_page_number_inside_a_sentence_is_dropped_and_the_sentence_joined():
    # A PDF's text layer puts the next page's number between two lines of one sentence (review 23
    # pdfunits, cases 10 and 25): "Công \n3\nan tỉnh", "Thể thao \n3\nvà Du lịch".
    assert normalize("phối hợp với Sở Công Thương, Công \n3\nan tỉnh, Sở Văn hóa, Thể thao \n4\nvà Du lịch "
                     "tổ chức.\n").text == ("phối hợp với Sở Công Thương, Công an tỉnh, Sở Văn hóa, Thể thao "
                                            "và Du lịch tổ chức.\n")
    # (Not a row's number in a table one cell a line: the line after it opens a name.)
    assert normalize("Xã Hòa An\n3\nXã Hòa Bình\n").text == "Xã Hòa An\n3\nXã Hòa Bình\n"


def _units(path: Path) -> list[tuple[str, str]]:
    return [(r.unit, r.role) for r in extract(path=str(path)).responsibilities]


PDFUNITS = Path(__file__).resolve().parents[1] / "corpus" / "reviews" / "23" / "pdfunits" / "cases"


def test_a_page_break_inside_a_task_annex_cell_keeps_the_row():
    # "Bộ Khoa học và Công\n5\nTT\nNhiệm vụ\n…\nThời gian hoàn\nthành\nnghệ; Bộ Quốc phòng": the page's
    # number and the header's copy left out, the cell's rest (joined to the copy by the normaliser)
    # kept (review 23 pdfunits case 27).
    units = _units(PDFUNITS / "27.txt")
    assert ("Bộ Công an", "lead") in units
    assert ("Bộ Khoa học và Công nghệ", "coordinate") in units and ("Bộ Quốc phòng", "coordinate") in units


def test_a_page_number_before_the_header_copy_equal_to_the_next_row_s_number():
    # "Hằng năm\n4\nTT\n…\n4\nKiểm tra …\nBộ Công an" (case 02): the first "4" is the page's.
    assert ("Bộ Công an", "lead") in _units(PDFUNITS / "02.txt")


def test_a_count_of_areas_after_a_word_of_striving_is_an_aim_under_a_task_heading():
    text = ("ỦY BAN NHÂN DÂN TỈNH A\nSố: 5/KH-UBND\nA, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\nPhát triển xuất khẩu\n"
            "I. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển nguồn hàng\n- Rà soát vùng nguyên liệu; phấn đấu đến năm 2030 "
            "hình thành 05 vùng nguyên liệu tập trung đạt chuẩn xuất khẩu.\n")
    assert [(t.value, t.unit, t.deadline) for t in extract(text=text).targets] == [
        (5, "vùng nguyên liệu", "2030")]


def test_a_header_s_first_cells_and_the_opening_of_the_next_on_one_line_over_rows_on_one_line():
    # "TT Chỉ tiêu ĐVT Hiện trạng\nnăm 2025\nGiai đoạn\n2026 - 2027 …" over "1 Tỷ lệ … % 72 90 100"
    # (review 23 pdftables case 14); "TT Xã, phường Năm 2026 Năm 2027 Năm 2028" (case 28); a
    # column's bracket of results, "Năm 2025 (thực hiện)" (case 02). ("Hiện trạng" heads a column
    # of results since the twenty-ninth session, no part of the indicator.)
    assert _review23("14", 72, 100)[:2] == [
        (72, "%", "achieved", "2025", "Tỷ lệ dân số có hồ sơ sức khỏe điện tử"),
        (100, "%", "target", "2030", "Tỷ lệ dân số có hồ sơ sức khỏe điện tử")]
    assert [t[:4] for t in _review23("28", 97.5)] == [(97.5, "%", "target", "2026")]
    assert _review23("02", 99.5) == [(99.5, "%", "achieved", "2025", "Tỷ lệ huy động trẻ 5 tuổi ra lớp")]


def test_a_table_printed_in_layout_mode_is_left_to_its_own_reader():
    # "TT    Cây trồng, chỉ tiêu      ĐVT     Năm 2025 …" over "- Diện tích   ha   58.200 …": the
    # reader of marked rows read it as well and every aim came out twice (review 19 annex case 18).
    path = Path(__file__).resolve().parents[1] / "corpus" / "reviews" / "19" / "annex" / "cases" / "18.txt"
    targets = extract(path=str(path)).targets
    assert len(targets) == len({(t.value, t.deadline, t.indicator) for t in targets}) == 36


def test_marks_with_a_dot_groups_in_capitals_and_a_first_row_of_no_number():
    # "1. Về phát triển đảng viên" over "1.1. Số đảng viên mới kết nạp" (case 26); "CHỈ TIÊU VỀ KINH
    # TẾ" with no mark over row "1" (case 27); "Tổng số 12.000 12.500" right under the header (37).
    assert [t[:4] for t in _review23("26", 120)] == [(120, "đảng viên mới", "target", "2026")]
    assert [t[:4] for t in _review23("27", 9850, 10500)] == [
        (9850, "tỷ đồng", "achieved", "2025"), (10500, "tỷ đồng", "target", "2026")]
    assert [t[:4] for t in _review23("37", 12000, 1700)] == [
        (12000, "người", "target", "2026"), (1700, "người", "target", "2027")]


def test_a_task_annex_of_group_rows_over_sub_numbered_rows():
    # "1\nĐào tạo nhân lực\n1.1\nĐào tạo nghề …\nSở Giáo dục và Đào tạo\nBan Quản lý …\nHằng năm\n1.2\n…"
    # (review 23 pdfunits case 34): each part a row, the group's row none; "năm\n1.2" is no year's
    # number either.
    units = _units(PDFUNITS / "34.txt")
    assert ("Sở Giáo dục và Đào tạo", "lead") in units and ("Sở Khoa học và Công nghệ", "lead") in units
    assert ("Ban Quản lý các khu công nghiệp tỉnh", "coordinate") in units


def test_a_row_short_of_a_merged_text_cell_with_its_empty_cells_printed_at_its_end():
    # "| 2 | Xã Đầm Hà | 860 | 1.910 | | |" under "TT | Khu vực | Xã … | Trồng rừng | Chăm sóc |
    # Khoanh nuôi | Ghi chú", "Khu vực phía Đông" merged down (m201 of corpus/probes, batch 26 dev):
    # its values in order, not aligned right.
    doc = extract(path=str(Path(__file__).resolve().parents[1] / "corpus" / "probes" / "m201.txt"))
    assert [(t.value, t.indicator) for t in doc.targets if t.value in (1910, 860)] == [
        (860, "Khu vực phía Đông Xã Đầm Hà Trồng rừng tập trung"),
        (1910, "Khu vực phía Đông Xã Đầm Hà Chăm sóc rừng trồng")]
