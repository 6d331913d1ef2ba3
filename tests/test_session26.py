"""Rules of the twenty-sixth session, on the development half of batch 29 of the probes (made-up
plans whose every table is printed one cell a line with merged cells left out, annotated blind:
corpus/probes/m243, m245) and on the differential test's renderings of earlier dev plans."""
import sys
from pathlib import Path

from pipeline import extract
from pipeline.tables import _three_row_header, aligned, cell_tables, merged_cells_filled

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "corpus" / "probes"
sys.path.insert(0, str(ROOT / "scripts"))

from differential_tables import one_cell_a_line  # noqa: E402


def _tables(text: str, caption: str) -> list[list[list[str]]]:
    """The tables after ``caption``, each row's cells as merged_cells_filled(aligned(…)) reads them."""
    lo = text.find(caption)
    assert lo >= 0
    return [[r.cells for r in merged_cells_filled(aligned(table))] for table in cell_tables(text, lo, len(text))]


def test_a_numbered_row_with_empty_cells_inside_and_at_its_end_is_one_row():
    # m243's table of 36 communes: "3 | Xã Khe Sanh | 360 | 360 | | 55 | 80 | |" (no protection
    # forest, no note) is read as "3 … 360" and "55 | 80"; by the rows' widths alone its pieces
    # joined the next row's ("55 | 80 | | | 4 | Xã Lao Bảo …"), and 119 of the plan's 185 aims
    # were missed.
    text = (PROBES / "m243.txt").read_text(encoding="utf-8")
    rows = _tables(text, "CHỈ TIÊU TRỒNG RỪNG, TRỒNG CÂY PHÂN TÁN")[0]
    by_number = {cells[0]: cells for cells in rows if cells and cells[0].isdigit()}
    assert by_number["3"] == ["3", "Xã Khe Sanh", "360", "360", "", "55", "80", ""]
    assert by_number["4"] == ["4", "Xã Lao Bảo", "385", "385", "", "30", "100", "Xã biên giới"]
    assert by_number["2"] == ["2", "Xã Hướng Phùng", "235", "215", "20", "55", "", "Xã biên giới"]
    assert rows[0][2:4] == ["Trồng rừng tập trung Kế hoạch (ha)", "Trồng rừng tập trung Trong đó: Rừng sản xuất (ha)"]
    aims = {(t.value, t.unit) for t in extract(path=str(PROBES / "m243.txt")).targets
            if "Khe Sanh" in (t.indicator or "")}
    assert {(360, "ha"), (55, "nghìn cây"), (80, "ha")} <= aims


def test_a_unit_merged_down_is_the_cell_a_row_naming_an_indicator_lacks():
    # m245's roadmap: "‰" of row 3 merged down over row 4, "4 | Tỷ lệ tử vong trẻ em dưới 5 tuổi |
    # 14,6 | …": the missing cell is the unit's, not the name's (the name was read as the unit
    # and row 3's name copied into row 4).
    text = (PROBES / "m245.txt").read_text(encoding="utf-8")
    rows = [cells for table in _tables(text, "PHỤ LỤC") for cells in table]
    four = next(cells for cells in rows if cells[:2] == ["4", "Tỷ lệ tử vong trẻ em dưới 5 tuổi"])
    assert four[2:4] == ["‰", "14,6"]
    aims = {(t.value, t.unit) for t in extract(path=str(PROBES / "m245.txt")).targets
            if (t.indicator or "").startswith("Tỷ lệ tử vong trẻ em dưới 5 tuổi")}
    assert (14.6, "‰") in aims and (13.3, "‰") in aims


def test_a_product_heading_row_gives_its_number_to_its_parts_merged_down():
    # m163's and m125's export tables rendered one cell a line with the header's and the body's
    # merged cells left out (scripts/differential_tables.py --merged --rowspans): the group's row
    # "A | Nhóm nông sản | | 1.552 | | 2.053 |" is no part of the header's last row, and the parts
    # "- Lượng | tấn | 148.500 | …" under "1 | Cà phê (nhân và chế biến)", their number merged
    # down, take it from the product's row.
    text, _ = one_cell_a_line((PROBES / "m163.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    rows = _tables(text, "DANH MỤC SẢN PHẨM XUẤT KHẨU CHỦ LỰC")
    group = next(cells for table in rows for cells in table if cells[:1] == ["**A**"])
    assert group == ["**A**", "**Nhóm nông sản**", "", "**1.552**", "", "**2.053**", ""]
    text, _ = one_cell_a_line((PROBES / "m125.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    parts = [cells for table in _tables(text, "MỤC TIÊU XUẤT KHẨU NÔNG, LÂM SẢN") for cells in table
             if len(cells) > 2 and cells[1] == "- Lượng"]
    assert [cells[:4] for cells in parts[:2]] == [["1", "- Lượng", "tấn", "148.500"], ["2", "- Lượng", "tấn", "21.300"]]


def test_rows_after_a_short_row_take_the_cells_merged_down_from_the_full_row_above_it():
    # m237's table of markets: "Triệu USD" merged down over the whole table; "1 | Châu Á | Triệu
    # USD | 870 | …", then "Trong đó:" (its number and unit left out too), then "- Trung Quốc |
    # 300 | 390 | 18": the parts take the unit from the row above "Trong đó:". m245's roadmap:
    # "%" merged down over rows 13-15, row 14 ending in "Duy trì" left as read; row 15 takes "%"
    # from row 13.
    text = (PROBES / "m237.txt").read_text(encoding="utf-8")
    rows = [cells for table in _tables(text, "PHỤ LỤC II") for cells in table]
    china = next(cells for cells in rows if len(cells) > 1 and cells[1] == "- Trung Quốc")
    assert china == ["", "- Trung Quốc", "Triệu USD", "300", "390", "18"]
    eu = next(cells for cells in rows if cells[:1] == ["2"])
    assert eu[2:4] == ["Triệu USD", "200"]
    text = (PROBES / "m245.txt").read_text(encoding="utf-8")
    rows = [cells for table in _tables(text, "PHỤ LỤC") for cells in table]
    fifteen = next(cells for cells in rows if cells[:1] == ["15"])
    assert fifteen[2:5] == ["%", "87,5", "88 - 89"]


def test_a_quota_tables_columns_count_the_noun_their_header_names():
    # m247's quotas of a labour federation's member units: "Số đoàn viên phát triển mới" over
    # "Tổng số | Trong đó: khu vực ngoài nhà nước" and "Số CĐCS thành lập mới", no unit in brackets:
    # each cell counts "đoàn viên" or "CĐCS" (13 of its 53 aims read before, 48 now); "Số lượng"
    # tells no unit (corpus/reviews/20/pipetables T15).
    from pipeline.extract.targets import _counted_by
    assert _counted_by("Tổng số Số đoàn viên phát triển mới") == "đoàn viên"
    assert _counted_by("Số CĐCS thành lập mới") == "CĐCS"
    assert _counted_by("Số lượng") is None and _counted_by("Tổng số") is None
    aims = {(t.value, t.unit) for t in extract(path=str(PROBES / "m247.txt")).targets
            if "Đông Hà" in (t.indicator or "")}
    assert {(520, "đoàn viên"), (380, "đoàn viên"), (8, "CĐCS")} <= aims


def test_a_table_of_aims_with_the_body_in_charge_after_its_values():
    # m239's annex of aims: "TT | Chỉ tiêu | Đơn vị tính | Mục tiêu (Năm 2027 | Năm 2030) | Cơ quan
    # chủ trì theo dõi", "%" merged down over rows 2-3: no full row ends in a value, and the rows
    # short of their unit were left as read (12 of the plan's 24 aims missed, 2 now).
    text = (PROBES / "m239.txt").read_text(encoding="utf-8")
    rows = _tables(text, "MỘT SỐ CHỈ TIÊU CHỦ YẾU")[0]
    assert rows[0][3:5] == ["Mục tiêu Năm 2027", "Mục tiêu Năm 2030"]
    two = next(cells for cells in rows if cells[:1] == ["2"])
    assert two[2:] == ["%", "72", "80", "Bộ Nông nghiệp và Môi trường"]


def test_a_three_row_header_with_a_notes_column_beside_its_groups():
    # m249's export annex: "TT | Mặt hàng chủ lực | ĐVT | Ước thực hiện năm 2025 | Kế hoạch | Ghi
    # chú" over "Năm 2026 | Năm 2030" over "Lượng | Giá trị (triệu USD)" three times, then "(1) …
    # (10)": "Ghi chú" spans the three rows beside the groups (ten columns, three before the
    # values). (The table's body, its empty cells inside the full rows, is still read otherwise.)
    text = (PROBES / "m249.txt").read_text(encoding="utf-8")
    lo = text.find("PHỤ LỤC")
    table = next(t for t in cell_tables(text, lo, len(text)) if len(t) > 10)
    upper, middle, lower = aligned(table)[:3]
    head = _three_row_header(upper, middle, lower, 10, 3)
    assert head is not None and head.cells == [
        "**TT**", "**Mặt hàng chủ lực**", "**ĐVT**", "Ước thực hiện năm 2025 Lượng",
        "Ước thực hiện năm 2025 Giá trị (triệu USD)", "Kế hoạch Năm 2026 Lượng",
        "Kế hoạch Năm 2026 Giá trị (triệu USD)", "Kế hoạch Năm 2030 Lượng",
        "Kế hoạch Năm 2030 Giá trị (triệu USD)", "**Ghi chú**"]
