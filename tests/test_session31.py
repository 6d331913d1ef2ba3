"""The thirty-first session's rules (issue 13), on the probes' dev halves and short texts in their
forms."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.normalize import normalize


def test_a_zero_read_as_the_letter_o_inside_a_figure():
    text = "c) 9o% cha mẹ; 1oo% giáo viên; ít nhất 25o trẻ em, o5 bể; ngày 1o/5/2019; khí CO2, tổ O."
    out = normalize(text)
    assert out.text == "c) 90% cha mẹ; 100% giáo viên; ít nhất 250 trẻ em, 05 bể; ngày 10/5/2019; khí CO2, tổ O."
    # (Same length: a figure's start maps to itself.)
    starts = [text.index(w) for w in ("9o%", "25o", "o5", "1o/5")]
    assert [out.to_raw(i) for i in starts] == starts


@pytest.mark.slow  # (a whole probe extracted)
def test_an_ocr_annex_in_layout_whose_header_has_a_row_of_the_columns_numbers(plans):
    # m317: "TT   Xã, thị trấn   Số trẻ em từ 6 … (người)   Chỉ tiêu trẻ em biết bơi đến năm 2022 (%)
    # …" over "(1)  (2)  (3)  (4)  (5)  (6)": the numbers are no unit; "1o" is 10.
    doc = plans("m317")
    long = sorted((t.value, t.unit) for t in doc.targets if t.indicator and t.indicator.endswith("Triệu Long"))
    assert long == [(2, "lớp"), (10, "điểm"), (45, "%")]
    assert doc.to_dict()["document"]["issued_date"] == "2019-05-10"


@pytest.mark.slow  # (a whole probe extracted)
def test_police_departments_named_with_words_the_tagger_calls_verbs(plans):
    # m319's headings: "4. Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06)", "11. Phòng Hậu
    # cần (PH10)", "12. Văn phòng Cơ quan Cảnh sát điều tra, Phòng Cảnh sát thi hành án hình sự và hỗ
    # trợ tư pháp (PC10), Trại tạm giam Công an tỉnh".
    units = {r.unit for r in plans("m319").responsibilities if r.role == "execute"}
    assert {"Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Hậu cần",
            "Văn phòng Cơ quan Cảnh sát điều tra", "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp",
            "Trại tạm giam Công an tỉnh",
            "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"} <= units
    assert not {"Phòng Hậu", "Phòng Cảnh sát", "Văn phòng Cơ quan Cảnh sát"} & units


@pytest.mark.slow  # (a whole probe extracted)
def test_an_annex_one_cell_a_line_broken_by_page_numbers_before_form_feeds(plans):
    # m325: "…\n5,8\n10\n\f6,5\n…": page 10's number is no cell; units wrapped over lines,
    # "Chương\ntrình", "Người\nhọc/giảng\nviên", "… bình quân\nm2/người\nhọc".
    doc = plans("m325")

    def row(words: str) -> list[tuple]:
        return sorted((t.value, t.until, t.unit, t.deadline) for t in doc.targets
                      if t.indicator and t.indicator.startswith(words) and t.start > 20000)
    # (2030's "8 - 10" restates the prose's aim, kept there.)
    assert row("Tỷ lệ người học sau đại học") == [
        (5.2, None, "%", "2025"), (5.8, None, "%", "2026"), (6.5, None, "%", "2027"),
        (7.2, None, "%", "2028"), (7.8, None, "%", "2029")]
    assert {t[2] for t in row("Số chương trình đào tạo được kiểm định")} == {"Chương trình"}
    assert {t[2] for t in row("Tỷ lệ người học/giảng viên quy đổi")} == {"Người học/giảng viên"}
    assert {t[2] for t in row("Diện tích sàn xây dựng")} == {"m2/người học"}


@pytest.mark.slow  # (a whole probe extracted)
def test_a_column_of_money_beside_rates_by_investor_and_its_investors(plans):
    # m339's annex, a Word export one cell a line: "CHỈ TIÊU TỶ LỆ GIẢI NGÂN TỐI THIỂU … THEO CHỦ ĐẦU
    # TƯ" over "STT | Chủ đầu tư | Kế hoạch vốn năm 2026 (triệu đồng) | Tỷ lệ giải ngân tối thiểu đến
    # 30/9/2026 (%) | … đến 31/12/2026 (%) | Ghi chú": the capital allotted is a budget, no aim; each
    # investor given rates executes.
    doc = plans("m339")
    annex = [t for t in doc.targets if t.indicator and "Sở Y tế" in t.indicator]
    assert sorted((t.value, t.unit) for t in annex) == [(65, "%"), (95, "%")]
    assert not [t for t in doc.targets if t.unit == "triệu đồng"]
    units = {r.unit for r in doc.responsibilities if r.role == "execute"}
    assert {"Ban Quản lý các khu công nghiệp tỉnh", "Trường Cao đẳng Y tế Ninh Bình",
            "Ủy ban nhân dân phường Hoa Lư", "Ủy ban nhân dân xã Kim Sơn"} <= units


@pytest.mark.slow  # (a whole probe extracted)
def test_an_annex_caption_between_the_signature_s_bars_and_the_annex_s(plans):
    # m333: "…**Bộ trưởng**\n|\n**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ …\n*(Kèm theo …)*\n|\n**STT**\n|\n**Nhiệm vụ**…":
    # the caption is no cell of the annex's header, whose columns then read in place.
    doc = plans("m333")
    courses = [(t.value, t.unit, t.indicator) for t in doc.targets if t.unit == "lớp"]
    assert courses == [(6, "lớp", "lớp Tổ chức tập huấn cho cán bộ quản lý chất thải cấp tỉnh, cấp xã")]


@pytest.mark.slow  # (a whole probe extracted)
def test_a_steering_committee_s_name_broken_inside_a_heading(plans):
    # m331: "2. Phó Trưởng ban Thường trực Ban\nChỉ đạo 389 quốc gia" over its tasks.
    units = {r.unit for r in plans("m331").responsibilities}
    assert "Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia" in units
    assert "Phó Trưởng ban Thường trực Ban" not in units


@pytest.mark.slow  # (a whole probe extracted)
def test_a_heading_in_lower_case_before_a_task_opening_with_chi_dao(plans):
    # m303: "3. Các Phó Trưởng ban\nChỉ đạo thực hiện các nhiệm vụ …": the task is no part of the name.
    assert ("Các Phó Trưởng ban", "execute") in {(r.unit, r.role) for r in plans("m303").responsibilities}


def test_a_province_s_name_opening_a_line_ends_a_body_s_name_wrapped():
    text = ("phối hợp với Báo và Phát thanh, Truyền hình\nLâm Đồng tuyên truyền các hoạt động.\n"
            "Số: 12/KH-SGDĐT\nLâm Đồng, ngày 28 tháng 8 năm 2026\n")
    out = normalize(text).text
    assert "Truyền hình Lâm Đồng tuyên truyền" in out
    assert "KH-SGDĐT\nLâm Đồng, ngày" in out


@pytest.mark.slow  # (a whole probe extracted)
def test_an_annex_of_growing_area_codes_by_commune(plans):
    # m347's Phụ lục II: "Số mã số vùng trồng đã cấp đến năm 2025 | Diện tích đã cấp mã (ha) | Số mã
    # cấp mới giai đoạn 2026 - 2030 | Tổng số mã đến năm 2030 | Diện tích dự kiến đến năm 2030 (ha)":
    # the counted codes name the unit; "đã cấp" (granted already) makes a column of results.
    row = sorted((t.value, t.unit, t.kind, t.deadline) for t in plans("m347").targets
                 if t.indicator and "Mường Ảng" in t.indicator)
    assert row == [(12, "mã", "target", "2030"), (18, "mã số vùng trồng", "achieved", "2025"),
                   (30, "mã", "target", "2030"), (412.5, "ha", "achieved", None), (820, "ha", "target", "2030")]


def test_speeds_of_a_network_in_megabits():
    doc = extract(text="ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\nPhát triển 5G\n"
                       "I. MỤC TIÊU\n- Tốc độ tải xuống trung bình của mạng 5G đạt tối thiểu 300 Mbps vào năm 2027; "
                       "băng thông cung cấp cho mỗi doanh nghiệp đạt 1 Gbps.\n")
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(300, "Mbps", ">="), (1, "Gbps", "=")]


@pytest.mark.slow  # (a whole probe extracted)
def test_a_measure_s_row_under_a_new_product_with_no_estimate(plans):
    # m347's Phụ lục I between bars: "7 | Cà phê rang xay, cà phê hòa tan | Sản lượng xuất khẩu | Tấn | |
    # 60 | … | 220" then "Kim ngạch xuất khẩu | Nghìn USD | | 540 | 830 | 1.220 | 1.630 | 2.150", its
    # number and product merged down, its 2025 estimate empty.
    money = sorted((t.value, t.deadline) for t in plans("m347").targets
                   if t.unit == "Nghìn USD" and t.indicator and "Cà phê rang xay" in t.indicator)
    assert money == [(540, "2026"), (830, "2027"), (1220, "2028"), (1630, "2029"), (2150, "2030")]


def test_what_each_thing_has_after_a_percentage_s_words():
    doc = extract(text="ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\nPhát triển 5G\n"
                       "I. MỤC TIÊU\n- 100% khu công nghiệp đang hoạt động được phủ sóng 5G, mỗi khu công nghiệp có "
                       "tối thiểu 02 trạm BTS 5G;\n- 100% các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.\n")
    # (The second count says what its percentage is of: no aim of its own.)
    assert [(t.value, t.unit) for t in doc.targets] == [(100, "%"), (2, "trạm"), (100, "%")]


def test_levels_of_a_grading_after_a_label():
    # m355: "a) Kết quả rèn luyện: mức Tốt từ 88% trở lên; mức Khá không quá 10%; …".
    doc = extract(text="ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\nNăm học\n"
                       "I. MỤC TIÊU\na) Kết quả rèn luyện: mức Tốt từ 88% trở lên; mức Khá không quá 10%; mức Đạt "
                       "không quá 2%; mức Chưa đạt: 0%.\n")
    assert [(t.value, t.indicator) for t in doc.targets] == [
        (88, "Kết quả rèn luyện mức Tốt"), (10, "Kết quả rèn luyện mức Khá"), (2, "Kết quả rèn luyện mức Đạt"),
        (0, "Kết quả rèn luyện mức Chưa đạt")]


@pytest.mark.slow  # (a whole probe extracted)
def test_a_hospital_s_departments_named_with_words_the_tagger_calls_verbs(plans):
    units = {r.unit for r in plans("m353").responsibilities}
    assert {"Khoa Hồi sức tích cực - Chống độc", "Phòng Hành chính quản trị", "Hội đồng Thuốc và điều trị"} <= units
