"""Rules of the twenty-eighth session: tables printed one cell a line as legal-database pages print
them, their merged cells left out (dev probes rendered by scripts/differential_tables.py, and a
review's case)."""
from test_session26 import PROBES, ROOT, one_cell_a_line
from test_session27 import _table_holding

from pipeline import extract
from pipeline.tables import _breaks_down


def test_a_total_row_parted_by_its_empty_cells_under_the_header_is_one_row():
    # m177's annex by commune: "| | **Toàn tỉnh** | | **11.235** | **14.700** | …" under a header
    # of two rows whose merged cells are left out; its number's and its product's cells empty.
    # The name and the figures were read as two rows, the figures then joined to the next name.
    text, _ = one_cell_a_line((PROBES / "m177.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    rows = _table_holding(text, "Xã Lâm Bình")
    total = next(cells for cells in rows if "Toàn tỉnh" in " ".join(cells))
    assert [c.strip("*") for c in total] == ["", "Toàn tỉnh", "", "11.235", "14.700", "108.925", "147.880",
                                             "66", "129", "78", "130"]
    doc = extract(text=text)
    commune = [t for t in doc.targets if t.indicator and "Xã Lâm Bình" in t.indicator]
    assert sorted(t.value for t in commune if t.unit == "ha") == [410, 560]
    assert not any(t.indicator and "11.235" in t.indicator for t in doc.targets)


def test_a_total_row_with_its_unit_cell_is_one_row():
    # m179's annex II: "| | **Tổng cộng** | | **Ha** | **11.600** | **19.000** | |".
    text, _ = one_cell_a_line((PROBES / "m179.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    rows = _table_holding(text, "Cư M'gar")
    total = next(cells for cells in rows if "Tổng cộng" in " ".join(cells))
    assert [c.strip("*") for c in total] == ["", "Tổng cộng", "", "Ha", "11.600", "19.000", ""]


def test_a_measure_over_its_years_in_a_merged_header_is_read_as_spanning_them():
    # m179's markets: "Tỷ trọng trong tổng kim ngạch xuất khẩu … (%)" printed over each of "Ước
    # thực hiện năm 2025 | Năm 2027 | Năm 2030", merged into one header row: the shares by market.
    text, _ = one_cell_a_line((PROBES / "m179.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    doc = extract(text=text)
    korea = sorted((t.deadline, t.value, t.kind) for t in doc.targets
                   if t.indicator and "Hàn Quốc" in t.indicator and t.unit == "%")
    assert korea == [("2025", 5, "achieved"), ("2027", 6, "target"), ("2030", 6, "target")]


def test_a_cell_breaking_its_whole_down_spans_the_years_not_the_period_beside_it():
    # Review 19/annex case 31: "Tổng giai đoạn 2026-2030 | Chia ra các năm" over "2026 | … |
    # 2030". The period's cell was taken for the years' span, every year's figure shifted a column.
    assert _breaks_down("Chia ra các năm") and _breaks_down("**Chia theo năm**")
    assert not _breaks_down("Trong đó: diện tích đạt VietGAP")
    assert not _breaks_down("Tổng giai đoạn 2026-2030")
    text = (ROOT / "corpus/reviews/19/annex/cases/31.txt").read_text(encoding="utf-8")
    doc = extract(text=text)
    planted = sorted((t.deadline, t.value) for t in doc.targets
                     if t.indicator and t.indicator.startswith("Trồng rừng tập trung"))
    assert planted == [("2026", 3100), ("2027", 3200), ("2028", 3300), ("2029", 3400), ("2030", 3500),
                       ("2030", 16500)]


_PLAN = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 1/KH-UBND\nQuảng Ngãi, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\n"
         "Thực hiện chiến lược\nI. MỤC TIÊU\n")


def _targets(body: str) -> list[tuple]:
    return [(t.value, t.until, t.unit, t.indicator) for t in extract(text=_PLAN + body + "\n").targets]


def test_square_kilometres_a_scale_and_a_second_aim_after_a_percentage():
    # m261 (batch 32, dev): "km2" was read as "km"; the map's scale "1:50.000" cut the indicator at
    # its colon; "110 lít/người/ngày đêm" after "95% trở lên," was taken for what the percentage is
    # of; "tính trên 01 m3 nước" for an aim.
    assert _targets("- Điều tra, đánh giá tài nguyên nước dưới đất tỷ lệ 1:50.000 với diện tích tối thiểu "
                    "4.500 km2, tập trung vùng ven biển.") == [
        (4500, None, "km2", "Điều tra, đánh giá tài nguyên nước dưới đất tỷ lệ 1:50.000 với diện tích")]
    assert _targets("- Tỷ lệ dân cư đô thị được cung cấp nước sạch đạt 95% trở lên, với tiêu chuẩn cấp nước "
                    "bình quân tối thiểu 110 lít/người/ngày đêm.") == [
        (95, None, "%", "Tỷ lệ dân cư đô thị được cung cấp nước sạch"),
        (110, None, "lít", "với tiêu chuẩn cấp nước bình quân")]
    assert _targets("- Hiệu quả sử dụng nước (giá trị tổng sản phẩm trên địa bàn tính trên 01 m3 nước khai thác) "
                    "tăng 25 - 30% so với năm 2025.") == [(25, 30, "%", "Hiệu quả sử dụng nước")]
    # (A count inside a percentage's words stays its description.)
    assert _targets("- 100% các khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G.") == [
        (100, None, "%", "các khu công nghiệp, cụm công nghiệp")]
    # (A footnote's number glued to a unit is no power: "1 tỷ USD4".)
    assert _targets("- Kim ngạch xuất khẩu đạt 1 tỷ USD4 vào năm 2030.") == [
        (1, None, "tỷ USD", "Kim ngạch xuất khẩu")]


def test_issuing_guidance_is_a_count_and_a_clause_after_a_comma_ends_it():
    # m263 (batch 32, dev): "Ban hành mới, cập nhật 120 hướng dẫn …" in the tasks part; "12 cơ sở
    # công lập, ưu tiên đặt tại …" ran on into the clause after the comma.
    doc = extract(text=_PLAN.replace("I. MỤC TIÊU\n", "I. NHIỆM VỤ, GIẢI PHÁP\n")
                  + "a) Ban hành mới, cập nhật 120 hướng dẫn quy trình kỹ thuật phục hồi chức năng.\n")
    assert [(t.value, t.indicator) for t in doc.targets] == [(120, "hướng dẫn quy trình kỹ thuật phục hồi chức năng")]
    assert _targets("- Phát triển khoảng 45 cơ sở chăm sóc dài hạn, trong đó có ít nhất 12 cơ sở công lập, ưu tiên "
                    "đặt tại các địa phương có tỷ lệ người cao tuổi cao.")[1][3] == "cơ sở công lập"


def _units(body: str) -> list[tuple[str, str]]:
    text = _PLAN + "Bảo vệ nguồn nước.\nII. TỔ CHỨC THỰC HIỆN\n" + body + "\n"
    return [(r.role, r.unit) for r in extract(text=text).responsibilities]


def test_units_cut_by_a_wrap_a_party_committee_and_a_parent_after_thuoc():
    # m261: under a joined heading, a line cut after "chủ trì, phối hợp với …" named the partners
    # as leads too; m265: "Ban Tuyên giáo và Dân vận Tỉnh ủy", the tagger's "Tỉnh" + "ủy";
    # "Ban Thi đua - Khen thưởng thuộc Sở\nNội vụ" read as "… thuộc Sở".
    assert _units("*9. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh*\n\nỦy ban MTTQ Việt Nam "
                  "tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh, Tỉnh Đoàn Quảng\nNgãi tuyên truyền.") == [
        ("execute", "Ủy ban MTTQ Việt Nam tỉnh"), ("execute", "các tổ chức chính trị - xã hội tỉnh"),
        ("lead", "Ủy ban MTTQ Việt Nam tỉnh"), ("coordinate", "Hội Nông dân tỉnh"),
        ("coordinate", "Tỉnh Đoàn Quảng Ngãi")]
    assert ("coordinate", "Ban Tuyên giáo và Dân vận Tỉnh ủy") in _units(
        "9. Sở Văn hóa, Thể thao và Du lịch\nPhối hợp với Ban Tuyên giáo\nvà Dân vận Tỉnh ủy định hướng Báo "
        "và Phát thanh, Truyền hình tỉnh mở chuyên mục tuyên truyền.")
    assert ("monitor", "Ban Thi đua - Khen thưởng") in _units(
        "1. Sở Nội vụ\na) Chủ trì tham mưu phát động Phong trào thi đua.\nb) Giao Ban Thi đua - Khen thưởng "
        "thuộc Sở\nNội vụ làm đầu mối theo dõi, đôn đốc, kiểm tra việc tổ chức Phong trào thi đua.")
    assert _units("12. Văn phòng Bộ\nĐưa các nhiệm vụ của Kế hoạch vào Chương trình công tác của Bộ; theo dõi, "
                  "đôn đốc việc thực hiện.") == [("execute", "Văn phòng Bộ"), ("monitor", "Văn phòng Bộ")]


def test_a_later_sentence_of_the_tasks_part_gives_its_body_the_task():
    # m267 (batch 32, dev): "… Ban Quản lý các khu công nghiệp tỉnh phối hợp với Sở Tài chính thu
    # hút …", a second sentence of a paragraph of the plan's tasks.
    text = (PROBES / "m267.txt").read_text(encoding="utf-8")
    units = {(r.role, r.unit) for r in extract(text=text).responsibilities}
    assert ("coordinate", "Ban Quản lý các khu công nghiệp tỉnh") in units


def test_a_numbered_row_with_values_and_its_last_value_after_an_empty_cell_is_one_row():
    # m275 (batch 33, dev): "2 | Phường Nông Tiến | 0,4 | 15 | 30 | | 45", its note merged down
    # from the row above left out: "… | 30" and "45" were read as two rows, the commune's aims lost.
    text = (PROBES / "m275.txt").read_text(encoding="utf-8")
    rows = _table_holding(text, "Nông Tiến")
    row = next(cells for cells in rows if "Phường Nông Tiến" in cells)
    assert row[:7] == ["2", "Phường Nông Tiến", "0,4", "15", "30", "", "45"]
    doc = extract(text=text)
    assert sorted(t.value for t in doc.targets if t.indicator and t.indicator.endswith("Phường Nông Tiến")) \
        == [0.4, 15, 30, 45]


def test_an_abbreviated_average_growth_over_the_plan_period_is_its_aim():
    # m269 (batch 33, dev): "Tăng BQ giai đoạn 2026 - 2030 (%/năm)" beside the years' columns.
    doc = extract(text=(PROBES / "m269.txt").read_text(encoding="utf-8"))
    growth = [(t.value, t.deadline, t.scope) for t in doc.targets
              if t.unit == "%/năm" and t.indicator and "TỔNG KIM NGẠCH XUẤT KHẨU" in t.indicator]
    assert growth == [(11.3, "2030", "term")]


def test_values_of_one_subject_and_acronyms_of_state_corporations():
    # m271 (batch 33, dev).
    assert _targets("- Tổng công suất thiết kế của hệ thống cảng hàng không đạt khoảng 280 triệu hành khách/năm "
                    "và 4,5 triệu tấn hàng hóa/năm.") == [
        (280, None, "triệu hành khách/năm", "Tổng công suất thiết kế của hệ thống cảng hàng không"),
        (4.5, None, "triệu tấn hàng hóa/năm", "Tổng công suất thiết kế của hệ thống cảng hàng không")]
    assert _targets("- Hoàn thành đưa vào khai thác tối thiểu 5.000 km đường bộ cao tốc, phấn đấu đạt khoảng "
                    "5.500 km; 100% tuyến cao tốc có đủ trạm dừng nghỉ.")[:2] == [
        (5000, None, "km", "đường bộ cao tốc"), (5500, None, "km", "đường bộ cao tốc")]
    from pipeline.extract.responsibilities import _abbreviated_bodies
    assert {"VNR", "ACV", "EVN"} <= _abbreviated_bodies()


def test_a_lead_inspecting_the_work_monitors_it():
    # m263 (batch 32, dev): "13. Thanh tra Bộ\nChủ trì, phối hợp với … kiểm tra, thanh tra việc
    # thực hiện Quy hoạch".
    assert ("monitor", "Thanh tra Bộ") in _units(
        "13. Thanh tra Bộ\nChủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh kiểm tra, thanh tra việc thực hiện "
        "Quy hoạch tại các đơn vị.")
