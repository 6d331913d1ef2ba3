"""Rules of the twenty-seventh session, on dev plans of the probes (made-up plans annotated blind,
corpus/probes) and on the trained model's place in the pipeline."""
import sys
from pathlib import Path

from pipeline import extract
from pipeline.tables import _values_run, aligned, cell_tables, merged_cells_filled

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "corpus" / "probes"
sys.path.insert(0, str(ROOT / "scripts"))

from differential_tables import one_cell_a_line  # noqa: E402


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


def test_the_model_trains_on_the_dev_halves_of_every_annotation_folder():
    # `plans train` reads corpus/annotations and corpus/probes/annotations; a test document of
    # either (the probes' test halves, 117 of 250) is never opened, and the held-out dev plans
    # are in them.
    from pipeline.train import HOLDOUT, TRAIN_ANNOTATIONS, dev_annotations

    names: set[str] = set()
    test: set[str] = set()
    for folder in TRAIN_ANNOTATIONS:
        names |= {p.stem for p in dev_annotations(ROOT / folder)}
        lines = (ROOT / folder / "splits.tsv").read_text(encoding="utf-8").splitlines()
        test |= {line.split("\t")[0] for line in lines if line.endswith("\ttest")}
    assert not names & test
    assert {"m237", "m251", "p001", "m44"} & names == {"m237", "m251", "p001"}
    assert set(HOLDOUT) <= names


def test_plans_train_names_a_missing_annotations_folder(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["train", "--annotations", "corpus/annotations", "--annotations", str(tmp_path / "none"),
                 "--out", str(tmp_path / "model")]) == 2
    assert f"{tmp_path / 'none'}: no such annotations directory" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()


def test_a_row_parted_by_its_empty_cells_short_of_its_merged_cells_is_one_row():
    # m249's export goods: "8 | Giày dép, túi xách | | 310 | | 345 | | 540", its unit and note
    # merged down from row 7 and left out, its quantities empty, was read as "8 | …", "310",
    # "345 | | 540 | | 9 | Sản phẩm điện …" (a value alone taken for a row's number); that
    # garbled row, as wide as the table, set where values start for every row, and the plan's
    # 96 aims of the annex were read as 42. The last row, "9 | … | | 90 | | 105 | | 230", closes
    # the table: its last value is kept.
    text = (PROBES / "m249.txt").read_text(encoding="utf-8")
    rows = _tables(text, "CHỈ TIÊU XUẤT KHẨU MỘT SỐ MẶT HÀNG CHỦ LỰC")[0]
    by_number = {cells[0]: cells for cells in rows if cells and cells[0].isdigit()}
    assert by_number["8"] == ["8", "Giày dép, túi xách", "Triệu USD", "", "310", "", "345", "", "540", ""]
    assert by_number["9"][4:9] == ["90", "", "105", "", "230"]
    assert by_number["3"][:4] == ["3", "Tôm đông lạnh", "Tấn", "15.800"]
    assert rows[0][5] == "Kế hoạch Năm 2026 Lượng"
    aims = {(t.value, t.unit, t.kind) for t in extract(path=str(PROBES / "m249.txt")).targets
            if (t.indicator or "").startswith("Giày dép") or "Giày dép" in (t.indicator or "")}
    assert {(310, "triệu USD", "achieved"), (540, "triệu USD", "target")} <= aims


def test_rows_of_values_whose_number_is_merged_down_get_an_empty_first_cell():
    # m25's annex IV printed as a legal-database page (scripts/differential_tables.py --merged
    # --rowspans): "1 | Xuất khẩu qua các cửa khẩu biên giới đường bộ | | |" over "Kim ngạch (triệu
    # USD) | 1.950 | 2.600 | 3.100" and "Tỷ trọng (%) | 9,1 | …", their empty number cells left
    # out: no row of values is as wide as the table, which was left as read (18 aims lost).
    text, _ = one_cell_a_line((PROBES / "m25.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    rows = _tables(text, "DỰ KIẾN CƠ CẤU KIM NGẠCH XUẤT KHẨU THEO PHƯƠNG THỨC")[0]
    assert rows[2] == ["", "Kim ngạch (triệu USD)", "1.950", "2.600", "3.100"]
    assert rows[1][:2] == ["1", "**Xuất khẩu qua các cửa khẩu biên giới đường bộ**"]


def test_a_measures_unit_spans_its_estimated_years_column():
    # m84's annex as a legal-database page prints it: "Thể tích bể nuôi (m³)" over "Năm 2025 (ước)
    # | Năm 2030": the lower bracket calls the year an estimate, no unit, so the label keeps the
    # measure's unit, and the column is the estimate's results (achieved).
    from pipeline.tables import _spanned_label

    assert _spanned_label("Thể tích bể nuôi (m³)", "Năm 2025 (ước)") == "Thể tích bể nuôi Năm 2025 (ước) (m³)"
    assert _spanned_label("Thể tích bể nuôi (m³)", "Năm 2030") == "Thể tích bể nuôi Năm 2030 (m³)"
    text, _ = one_cell_a_line((PROBES / "m84.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    aims = {(t.value, t.unit, t.kind) for t in extract(text=text).targets if "Lào Cai" in (t.indicator or "")}
    assert {(78000, "m³", "achieved"), (120000, "m³", "target"), (1150, "tấn", "achieved")} <= aims
