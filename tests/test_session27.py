"""Rules of the twenty-seventh session, on dev plans of the probes (made-up plans annotated blind,
corpus/probes) and on the trained model's place in the pipeline."""
from pathlib import Path

from pipeline.tables import _values_run, aligned, cell_tables, merged_cells_filled

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "corpus" / "probes"


def _tables(text: str, caption: str) -> list[list[list[str]]]:
    """The tables after ``caption``, each row's cells as merged_cells_filled(aligned(…)) reads them."""
    lo = text.find(caption)
    assert lo >= 0
    return [[r.cells for r in merged_cells_filled(aligned(table))] for table in cell_tables(text, lo, len(text))]


def test_values_run_ends_before_the_years_and_words_after_it():
    # A project's capacity, households and cost, then its years and the body in charge.
    assert _values_run(["1", "Công trình A", "Xã Tân Tiến", "1.200", "1.650", "38.500", "2026 - 2027",
                        "Trung tâm Nước sạch"]) == (3, 6)
    # A task's time before its product is no run of values.
    assert _values_run(["1", "Hỗ trợ hợp tác xã", "2026 - 2030", "500 hợp tác xã"]) is None
    # A value after the words is no run ending in words.
    assert _values_run(["1", "Gạo", "Tấn", "1.150", "680", "Gạo thơm", "12"]) is None


def test_a_works_list_whose_values_come_before_its_years_and_body_is_read_by_its_full_rows():
    # m241's list of water-supply works: "1 | … | Xã Tân Tiến | 1.200 | 1.650 | 38.500 | 2026 -
    # 2027 | Trung tâm Nước sạch …", two columns of words after the values; the header's "Quy mô
    # thiết kế" spans "Công suất (m³/ngày đêm) | Số hộ được cấp nước (hộ)". The table was left
    # as printed (no full row ended in a value nor in one column of words).
    text = (PROBES / "m241.txt").read_text(encoding="utf-8")
    rows = _tables(text, "DANH MỤC CÔNG TRÌNH CẤP NƯỚC TẬP TRUNG")[0]
    assert len(rows[0]) == 8
    assert rows[0][3].startswith("Công suất") and rows[0][4].startswith("Số hộ được cấp nước")
    two = next(cells for cells in rows if cells[0] == "2" and "Na Dương" in cells[1])
    assert two[3:6] == ["2.500", "3.200", "74.000"]
