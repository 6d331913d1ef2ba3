"""Rules of the twenty-seventh session, on dev plans of the probes (made-up plans annotated blind,
corpus/probes) and on the trained model's place in the pipeline."""
from test_session26 import PROBES, ROOT, _tables, one_cell_a_line

from pipeline import extract
from pipeline.tables import _values_run, aligned, cell_tables, merged_cells_filled


def _table_holding(text: str, words: str, spanning_rank=None) -> list[list[str]]:
    """The first table of ``text`` holding ``words``, each row's cells as
    merged_cells_filled(aligned(…)) reads them."""
    tables = [[r.cells for r in merged_cells_filled(aligned(t), spanning_rank)]
              for t in cell_tables(text, 0, len(text))]
    return next(t for t in tables if any(words in " ".join(cells) for cells in t))


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


def _units(text: str) -> list[tuple[str, str]]:
    return [(r.unit, r.role) for r in extract(text=text).responsibilities]


_HEAD = "CHÍNH PHỦ\nSố: 96/NQ-CP\nHà Nội, ngày 18 tháng 6 năm 2024\nNGHỊ QUYẾT\nBan hành Chương trình\nI. NHIỆM VỤ\n"
_TASKS = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | Sản phẩm |\n"
          "|---|---|---|---|---|---|\n")


def test_a_task_table_cut_by_a_page_break_goes_on_under_its_header():
    # m253's appendix: a page's number between two pipe tables, the second opening with a row
    # the converter took for its header ("| 39 | … |" over "|---|"): its rows keep the roles.
    text = (_HEAD + _TASKS + "| 38 | Xây dựng kho dữ liệu | Bộ TT&TT | Ủy ban Dân tộc | 2027 | Kho dữ liệu |\n"
            "\n17\n\n| 39 | Phát triển phân khu trí tuệ nhân tạo | Bộ KH&ĐT | Bộ KH&CN<br>UBND thành phố Hà Nội"
            " | 2025 | Phân khu |\n|---|---|---|---|---|---|\n"
            "| 40 | Hỗ trợ doanh nghiệp | Bộ Công Thương | Bộ Tài chính | 2026 | Chương trình |\n")
    assert _units(text) == [("Bộ TT&TT", "lead"), ("Ủy ban Dân tộc", "coordinate"), ("Bộ KH&ĐT", "lead"),
                            ("Bộ KH&CN", "coordinate"), ("UBND thành phố Hà Nội", "coordinate"),
                            ("Bộ Công Thương", "lead"), ("Bộ Tài chính", "coordinate")]
    # (Not after more text than a page's number: a table of its own.)
    far = text.replace("\n17\n\n", "\n17\n\nMột đoạn văn.\n\nThêm một đoạn.\n\n")
    assert ("Bộ KH&ĐT", "lead") not in _units(far)


def test_a_cells_own_break_after_a_whole_unit_opens_an_abbreviated_one():
    # m253: "Bộ KH&ĐT<br>VINASA", "Bộ TT&TT<br>Tổng LĐLĐ Việt Nam", "Viện Hàn lâm KH&CN Việt
    # Nam<br>ĐHQG Hà Nội" were read as one unit each; "Trung ương Đoàn<br>TNCS Hồ Chí Minh" is one.
    # ("Tổng LĐLĐ Việt Nam" is still no name the rules read.)
    text = _HEAD + _TASKS + ("| 40 | Hỗ trợ khởi nghiệp | Bộ KH&CN | Bộ KH&ĐT<br>VINASA | 2024 | Chương trình |\n"
                             "| 49 | Đào tạo lại | Bộ LĐTB&XH | Bộ TT&TT<br>Tổng LĐLĐ Việt Nam | 2025 | Lớp học |\n"
                             "| 19 | Hạ tầng tính toán | Bộ KH&CN | Viện Hàn lâm KH&CN Việt Nam<br>ĐHQG Hà Nội"
                             " | 2026 | Mạng |\n"
                             "| 4 | Rà soát | Trung ương Đoàn<br>TNCS Hồ Chí Minh | Bộ Nội vụ | 2026 | Báo cáo |\n")
    units = _units(text)
    assert {("VINASA", "coordinate"), ("Bộ KH&ĐT", "coordinate"), ("Bộ TT&TT", "coordinate"),
            ("ĐHQG Hà Nội", "coordinate"), ("Viện Hàn lâm KH&CN Việt Nam", "coordinate"),
            ("Trung ương Đoàn TNCS Hồ Chí Minh", "lead")} <= set(units)
    keys = {r.unit_key for r in extract(text=text).responsibilities}
    assert "hiệp hội phần mềm và dịch vụ công nghệ thông tin việt nam" in keys
    assert "bộ lao động-thương binh và xã hội" in keys


def test_a_counts_words_end_at_a_comma_opening_a_clause():
    text = _HEAD.replace("I. NHIỆM VỤ", "I. MỤC TIÊU") + (
        "- Hình thành 05 trung tâm dữ liệu vùng, bảo đảm năng lực dự phòng cho dữ liệu quốc gia.\n"
        "- Có 1.200 học sinh học bơi và kỹ năng phòng, chống đuối nước.\n"
        "- Nạo vét 120 km kênh cấp, thoát nước nội đồng.\n"
        "- Tổng năng lực tính toán hiệu năng cao đạt tối thiểu 300 PFLOPS.\n")
    aims = {(t.value, t.unit, t.indicator) for t in extract(text=text).targets}
    assert (5, "trung tâm dữ", "trung tâm dữ liệu vùng") in aims
    assert any(v == 1200 and i.endswith("phòng, chống đuối nước") for v, _u, i in aims)
    assert any(v == 120 and i.startswith("kênh cấp, thoát nước") for v, _u, i in aims)
    assert (300, "PFLOPS", "Tổng năng lực tính toán hiệu năng cao") in aims


def test_a_product_cells_count_of_a_noun_no_counted_thing_opens():
    text = _HEAD + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + _TASKS + (
        "| 33 | Thí điểm sàn giao dịch dữ liệu | Bộ Tài chính | Bộ TT&TT | 2026 |"
        " Khung định giá dữ liệu; 02 sàn giao dịch dữ liệu thí điểm |\n")
    aims = {(t.value, t.unit) for t in extract(text=text).targets}
    assert (2, "sàn giao dịch dữ liệu thí điểm") in aims


def test_a_roadmaps_years_hold_aims():
    # m255's annex of indicators: "Lộ trình thực hiện" over "Năm 2026 | … | Năm 2030" (a
    # roadmap: the plan's), its merged labels "Lộ trình thực hiện Năm 2026": read as results
    # (the words of results "thực hiện"), each aim was counted twice beside the prose's.
    from pipeline.extract.targets import _table_header
    from pipeline.text import fold

    cells = ["TT", "Chỉ tiêu", "Đơn vị tính", "Lộ trình thực hiện Năm 2026", "Lộ trình thực hiện Năm 2030",
             "Cơ quan chủ trì theo dõi"]
    columns, unit_col, indicator_col = _table_header([fold(c) for c in cells], 2025, cells, True)
    assert {i: (c.year, c.kind) for i, c in columns.items()} == {3: ("2026", "target"), 4: ("2030", "target")}
    assert (unit_col, indicator_col) == (2, 1)
    aims = {(t.value, t.deadline, t.kind) for t in extract(path=str(PROBES / "m255.txt")).targets
            if "GRDP" in (t.indicator or "")}
    assert (25, "2030", "target") in aims and not any(kind == "achieved" for _v, _d, kind in aims)


def test_bodies_a_unit_directs_are_told_to_act():
    text = _HEAD.replace("I. NHIỆM VỤ", "I. TỔ CHỨC THỰC HIỆN") + (
        "1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n\nChỉ đạo các đồn, trạm biên phòng kiểm tra việc sử dụng người"
        " chưa thành niên trên các tàu cá.\n")
    assert ("các đồn, trạm biên phòng", "execute") in _units(text)


def test_a_row_short_at_both_ends_is_aligned_by_the_rows_as_printed():
    # m191's table of main indicators as a page prints it (scripts/differential_tables.py
    # --merged --rowspans): the part rows "a) Cây lúa | Ha | 83.470 | 82.900", their number and
    # note merged down and left out, were padded with two empty cells in front, as wide as the
    # table; as full rows ending in a value they set where values start for the whole table (the
    # notes' column), and every row was read one column off (30 aims).
    text, _ = one_cell_a_line((PROBES / "m191.txt").read_text(encoding="utf-8"), merged=True, rowspans=True)
    rows = _table_holding(text, "Sản lượng thóc")
    lua = next(c for c in rows if "a) Cây lúa" in c)
    assert lua == ["", "a) Cây lúa", "Ha", "83.470", "82.900", ""]
    two = next(c for c in rows if c[0] == "2")
    assert two[1].startswith("Tổng sản lượng lương thực") and two[3:5] == ["596.300", "601.500"]


def test_a_header_printed_whole_with_its_spanning_cell_repeated_is_one_row():
    # m179's annex II as a page prints it (scripts/differential_tables.py --merged): "… | Diện
    # tích vùng trồng được cấp mã số (lũy kế) | Diện tích vùng trồng … | Ghi chú" (the converter
    # repeats a spanning cell in each column) over "Đến năm 2027 | Đến năm 2030".
    text, _ = one_cell_a_line((PROBES / "m179.txt").read_text(encoding="utf-8"), merged=True)
    rows = _table_holding(text, "Xã Cư M'gar")
    assert rows[0][4:] == ["Diện tích vùng trồng được cấp mã số Đến năm 2027 (lũy kế)",
                           "Diện tích vùng trồng được cấp mã số Đến năm 2030 (lũy kế)", "**Ghi chú**"]
    assert not any(c[:1] == ["Đến năm 2027"] for c in rows)


def test_kinds_of_figures_under_a_bare_year_are_that_years():
    # m75's main indicators as a page prints them (--merged): "Năm 2024" over "Kế hoạch | Ước thực
    # hiện" beside "Kế hoạch năm 2025": the lower cells were put under the plan's column, and
    # every row's figures read a column off (47 aims).
    from pipeline.tables import _spanned_label

    assert _spanned_label("Năm 2024", "Ước thực hiện") == "Ước thực hiện Năm 2024"
    assert _spanned_label("Kế hoạch giai đoạn 2026 - 2030", "Năm 2026") == "Kế hoạch Năm 2026"
    import functools

    from pipeline.extract.targets import _spanning_rank

    text, _ = one_cell_a_line((PROBES / "m75.txt").read_text(encoding="utf-8"), merged=True)
    rows = _table_holding(text, "CHỈ TIÊU KINH TẾ", functools.partial(_spanning_rank, issued_year=2024))
    assert rows[0][4:7] == ["Kế hoạch Năm 2024", "Ước thực hiện Năm 2024", "Kế hoạch năm 2025"]
