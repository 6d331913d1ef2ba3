"""The thirty-second session's rules (issue 13), on the probes' dev halves and short texts in their
forms."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.tables import _time_cell_wrap


def test_a_deadline_cell_wrapped_after_its_opening_word():
    # (A PDF's task table one cell a line: "Trước\n30/4/2025", "Quý\nIV/2026", "Năm 2026-\n2027".)
    assert _time_cell_wrap("Trước", "30/4/2025")
    assert _time_cell_wrap("Quý", "IV/2026")
    assert _time_cell_wrap("Hằng", "năm")
    assert _time_cell_wrap("Năm 2026-", "2027")
    # (A unit's line before a deadline, and a deadline whole before the next cell, are not.)
    assert not _time_cell_wrap("Ban Tổ chức Tỉnh ủy", "Trước")
    assert not _time_cell_wrap("Quý IV/2026", "2027")
    assert not _time_cell_wrap("Sở Nội vụ", "30/4/2025")


@pytest.mark.slow  # (a whole probe extracted)
def test_a_task_table_whose_deadline_cells_open_with_before(plans):
    # m349's annex: "…\nCác huyện ủy, thị ủy,\nthành ủy, đảng ủy trực\nthuộc Tỉnh ủy\nTrước\n30/4/2025".
    units = {r.unit for r in plans("m349").responsibilities}
    assert not [u for u in units if u.endswith("Trước")]
    assert {"Ban Tổ chức Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"} <= units


@pytest.mark.slow  # (a whole probe extracted)
def test_a_schools_annex_by_grade_under_a_header_repeating_its_levels(plans):
    # m355: "TT\nKhối lớp\nKết quả học tập (%)\nKết quả rèn luyện (%)\nTốt\nKhá\nĐạt\nChưa đạt\nTốt\n…"
    # over "1\nKhối 10\n20,0\n54,0\n…": the grade is the row's name, no value.
    doc = plans("m355")
    tenth = sorted((t.indicator, t.value, t.unit) for t in doc.targets
                   if t.indicator and t.indicator.endswith("Khối 10"))
    assert tenth == [
        ("Kết quả học tập Chưa đạt Khối 10", 0.8, "%"), ("Kết quả học tập Khá Khối 10", 54.0, "%"),
        ("Kết quả học tập Tốt Khối 10", 20.0, "%"), ("Kết quả học tập Đạt Khối 10", 25.2, "%"),
        ("Kết quả rèn luyện Khá Khối 10", 12.5, "%"), ("Kết quả rèn luyện Tốt Khối 10", 85.0, "%"),
        ("Kết quả rèn luyện Đạt Khối 10", 2.5, "%")]


def test_a_table_of_years_as_rows_is_read_with_its_indicators_as_rows():
    # (A legal-database page's pipe table: "Năm" over the indicators; each row a year's values.)
    text = ("Phụ lục I\nMỤC TIÊU DIỆN TÍCH, SẢN LƯỢNG\n\n"
            "| Năm | Diện tích dừa (ha) | Sản lượng khoai lang (tấn) |\n|---|---|---|\n"
            "| Ước thực hiện năm 2025 | 118.500 | 465.000 |\n| Năm 2026 | 119.800 | 470.000 |\n"
            "| Năm 2030 | 125.000 | 490.000 |\n| Tăng bình quân (%/năm) | 1,1 | 5,6 |\n")
    got = sorted((t.indicator, t.value, t.unit, t.kind, t.deadline) for t in extract(text=text).targets)
    assert got == [
        ("Diện tích dừa", 118500.0, "ha", "achieved", "2025"), ("Diện tích dừa", 119800.0, "ha", "target", "2026"),
        ("Diện tích dừa", 125000.0, "ha", "target", "2030"),
        ("Sản lượng khoai lang", 465000.0, "tấn", "achieved", "2025"),
        ("Sản lượng khoai lang", 470000.0, "tấn", "target", "2026"),
        ("Sản lượng khoai lang", 490000.0, "tấn", "target", "2030"),
        ("Tăng bình quân Diện tích dừa", 1.1, "%/năm", "target", "2030"),
        ("Tăng bình quân Sản lượng khoai lang", 5.6, "%/năm", "target", "2030")]


@pytest.mark.slow  # (a whole probe extracted)
def test_annexes_of_years_as_rows_one_cell_a_line(plans):
    # m357's Phụ lục I: "Năm\nDiện tích\ndừa (ha)\nSản lượng\ndừa (triệu\ntrái)\n…\nƯớc thực hiện
    # năm\n2025\n118.500\n1.650\n…\nNăm 2026\n119.800\n…"; its Phụ lục III: "Kế hoạch giai đoạn
    # 2026 - 2030" over "Năm\n2026\n…\nNăm\n2030".
    doc = plans("m357")
    coconut = sorted((t.value, t.unit, t.kind, t.deadline) for t in doc.targets if t.indicator == "Diện tích dừa")
    assert coconut == [(118500.0, "ha", "achieved", "2025"), (119800.0, "ha", "target", "2026"),
                       (121000.0, "ha", "target", "2027"), (122300.0, "ha", "target", "2028"),
                       (123600.0, "ha", "target", "2029"), (125000.0, "ha", "target", "2030")]
    jelly = sorted((t.value, t.kind, t.deadline) for t in doc.targets if t.indicator == "Sản lượng thạch dừa")
    assert jelly == [(28500.0, "achieved", "2025"), (30000.0, "target", "2026"), (31500.0, "target", "2027"),
                     (33000.0, "target", "2028"), (34500.0, "target", "2029")]


@pytest.mark.slow  # (a whole probe extracted)
def test_a_layout_table_whose_names_are_centred_in_their_rows(plans):
    # m371's Phụ lục 1 in layout mode: "Liên đoàn Lao động thành phố\n1   820   9   150   80\nQuảng
    # Ngãi", its header's lines repeated after the page break ("(CĐCS)   (người)").
    doc = plans("m371")
    members = {t.indicator: t.value for t in doc.targets if t.unit == "người" and t.indicator
               and t.indicator.startswith("Phát triển đoàn viên mới")}
    assert members["Phát triển đoàn viên mới Liên đoàn Lao động thành phố Quảng Ngãi"] == 820
    assert members["Phát triển đoàn viên mới Liên đoàn Lao động thị xã Đức Phổ"] == 360
    assert members["Phát triển đoàn viên mới Công đoàn Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"] \
        == 2320


@pytest.mark.slow  # (a whole probe extracted)
def test_a_table_of_the_progress_of_paying_out_money_holds_aims(plans):
    # m361's Phụ lục II, "TIẾN ĐỘ GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2026 THEO QUÝ CỦA CÁC CHỦ ĐẦU
    # TƯ": the money allotted is no aim, the rates by quarter are.
    doc = plans("m361")
    health = sorted(t.value for t in doc.targets if t.indicator and t.indicator.endswith("Sở Y tế") and t.unit == "%")
    assert health == [15.0, 40.0, 70.0, 95.0]
    assert not [t for t in doc.targets if t.value == 264700]


@pytest.mark.slow  # (a whole probe extracted)
def test_a_pdf_task_table_whose_task_wraps_before_a_capital_and_deadlines_after_before(plans):
    # m367's annex: "…các cơ quan chuyên môn thuộc\nỦy ban nhân dân tỉnh.\nSở Nội vụ\nCác sở, ban,\n
    # ngành tỉnh\nTrước\n30/6/2026": the task ends at its stop; "Trước" opens the deadline, though a
    # name broken in the middle could take it for its end.
    doc = plans("m367")
    units = {r.unit for r in doc.responsibilities}
    assert not [u for u in units if u.endswith("Trước")]
    pairs = {(r.unit, r.role) for r in doc.responsibilities}
    assert {("Các sở, ban, ngành tỉnh", "coordinate"), ("Sở Nội vụ", "lead")} <= pairs


@pytest.mark.slow  # (a whole probe extracted)
def test_a_layout_table_under_a_unit_line_and_a_group_row_past_its_header(plans):
    # m379's Phụ lục I: "Đơn vị tính: Triệu USD" right-aligned over the header is no header cell; a
    # name centred over and under its values ("Sầu riêng … từ sầu\n3   6,5 …\nriêng") takes its
    # lines so. m387's Phụ lục I: a header of seven lines and its columns' numbers, then "I   Các
    # phường" over the first row.
    rice = sorted(t.value for t in plans("m379").targets
                  if t.indicator and t.indicator.startswith("Gạo các loại") and t.unit == "Triệu USD")
    assert rice == [618.4, 640.0, 665.0, 700.0, 745.0, 790.0]
    durian = [t for t in plans("m379").targets if t.indicator and "Sầu riêng cấp đông" in t.indicator]
    name = "Sầu riêng cấp đông và sản phẩm chế biến từ sầu riêng"
    assert {t.indicator for t in durian} <= {name, f"Kế hoạch {name}"}
    # (Its header's cells run into each other, "cải tạo, được thu gom," over two columns: parted
    # since the thirty-third session, all five values of the row are read.)
    waste = sorted((t.value, t.unit) for t in plans("m387").targets
                   if t.indicator and t.indicator.endswith("Phường Hồng Bàng"))
    assert waste == [(5, "điểm"), (8, "điểm"), (80, "%"), (95, "%"), (100, "%")]


def test_a_ministrys_class_of_departments_kinds_named_alone_before_commas():
    # (m373's "Các Vụ, Cục, đơn vị thuộc Bộ": one class, no department named "Cục".)
    text = ("V. TỔ CHỨC THỰC HIỆN\n1. Các Vụ, Cục, đơn vị thuộc Bộ chủ động triển khai kế hoạch.\n"
            "2. Vụ Kế hoạch - Tài chính, Cục Quản lý Dược phối hợp thực hiện.\n")
    got = {r.unit for r in extract(text=text).responsibilities}
    assert got == {"Các Vụ, Cục, đơn vị thuộc Bộ", "Cục Quản lý Dược", "Vụ Kế hoạch - Tài chính"}
