"""Rules of the twenty-ninth session: budget plans' projected sums, a period's header cell beside
the plan's, a class heading's last words, a Government programme's task table (batch 34's dev
probes m277, m279, m283 and earlier dev probes)."""
from pathlib import Path

from pipeline import extract
from pipeline.extract.responsibilities import _ACRONYM_LIST

PROBES = Path(__file__).resolve().parents[1] / "corpus" / "probes"


def test_a_budget_plans_projected_sums_are_no_aims_but_its_striving_is():
    # m171, a three-year budget plan: "dự kiến tổng thu ngân sách nhà nước trên địa bàn năm 2027 là
    # 6.520 tỷ đồng, năm 2028 là 7.190 tỷ đồng, năm 2029 là 7.940 tỷ đồng" projects; "phấn đấu … đạt
    # trên 7.800 tỷ đồng" aims. Its blind annotator lists the second alone.
    values = {t.value for t in extract(PROBES / "m171.txt").targets}
    assert 7800 in values
    assert not values & {6520, 7190, 7940, 21520}


def test_a_budget_plans_sums_under_a_heading_of_projection_are_no_aims():
    # m277: "3. Dự kiến chi ngân sách địa phương" over "Tổng chi … năm 2026 là 30.870 tỷ đồng …
    # chi đầu tư phát triển năm 2026 là 11.175 tỷ đồng"; "phấn đấu năm 2028 … đạt tối thiểu 42.500
    # tỷ đồng" is an aim.
    values = {t.value for t in extract(PROBES / "m277.txt").targets}
    assert 42500 in values
    assert not values & {30870, 11175, 11946, 12850}


def test_a_period_cell_whose_years_leave_the_lower_cells_out_spans_none_of_them():
    # m277's Phụ lục IV: "Thực hiện giai đoạn 2023 - 2025 | Kế hoạch | Cơ quan chủ trì" over
    # "Năm 2026 | Năm 2027 | Năm 2028", one cell a line: the years are the plan's, not the period's.
    doc = extract(PROBES / "m277.txt")
    row = [(t.value, t.kind, t.deadline) for t in doc.targets
           if t.indicator and t.indicator.startswith("Tốc độ tăng thu nội địa")]
    assert row == [(9.7, "achieved", "2025"), (10.2, "target", "2026"), (10.3, "target", "2027"),
                   (10, "target", "2028")]


def test_a_bold_heading_wrapped_before_its_periods_last_year_is_one_title():
    # m277: "**I. ĐÁNH\nGIÁ … GIAI ĐOẠN 2023\n- 2025**": the dash is the period's, no bullet.
    titles = [s.title for s in extract(PROBES / "m277.txt").sections if s.level == 1]
    assert titles[0] == "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2023 - 2025"


def test_a_status_column_holds_results():
    # m283's annex: "Hiện trạng năm 2025 | Lộ trình thực hiện" over the years: the status is achieved.
    doc = extract(PROBES / "m283.txt")
    row = [(t.value, t.kind, t.deadline) for t in doc.targets
           if t.indicator and t.indicator.startswith("Tỷ lệ sử dụng chung hạ tầng")]
    assert row == [(52, "achieved", "2025"), (58, "target", "2026"), (64, "target", "2027"),
                   (70, "target", "2028"), (75, "target", "2029")]


def test_a_government_programmes_task_cells():
    # m279's appendix, pipe rows: "Phát triển tối thiểu 1.500 MW điện sinh khối và điện sản xuất từ
    # chất thải rắn" (a verb alone before a measure: the thing after it); "45.000 MVA trạm biến áp
    # 500 kV" (MVA a unit of measure); "EVN, NSMO" in the lead cell, NSMO no acronym of the lexicon.
    doc = extract(PROBES / "m279.txt")
    power = {t.value: (t.unit, t.indicator) for t in doc.targets if t.value in (1500, 45000)}
    assert power[1500] == ("MW", "điện sinh khối và điện sản xuất từ chất thải rắn")
    assert power[45000][0] == "MVA"
    roles = {(r.unit, r.role) for r in doc.responsibilities if r.unit in ("EVN", "NSMO", "EVN, NSMO")}
    assert roles == {("EVN", "lead"), ("EVN", "coordinate"), ("NSMO", "lead"), ("NSMO", "coordinate")}
    assert _ACRONYM_LIST.fullmatch("EVN, PVN, TKV") and not _ACRONYM_LIST.fullmatch("II, III")


def test_a_class_heading_closed_by_what_its_bodies_do_keeps_those_words():
    # m163: "**12. Các doanh nghiệp xuất khẩu**" over its tasks: the tagger calls "xuất khẩu" a verb.
    units = {(r.unit, r.role) for r in extract(PROBES / "m163.txt").responsibilities
             if r.unit.startswith("Các doanh nghiệp")}
    assert units == {("Các doanh nghiệp xuất khẩu", "execute")}
