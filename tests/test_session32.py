"""The thirty-second session's rules (issue 13), on the probes' dev halves and short texts in their
forms."""
from __future__ import annotations

import pytest

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
