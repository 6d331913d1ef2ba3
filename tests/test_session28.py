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
