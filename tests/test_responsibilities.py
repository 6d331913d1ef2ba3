import pytest

from conftest import SEED_001, SEED_002, SEED_004, REAL, WEB


def pairs(doc):
    return {(r.unit, r.role) for r in doc.responsibilities}


def test_seed_004_units_tasks_and_report_deadline(extracted):
    doc = extracted(SEED_004)
    assert pairs(doc) == {("Liên đoàn Lao động huyện", "execute"),
                          ("Công đoàn cơ sở trực thuộc LĐLĐ huyện", "execute"),
                          ("Văn phòng", "execute"), ("LĐLĐ tỉnh", "report"), ("LĐLĐ huyện", "report")}
    cdcs = next(r for r in doc.responsibilities if r.unit.startswith("Công đoàn cơ sở"))
    assert cdcs.deadline == "2024-10-15" and cdcs.section == "sec_IV__item_2"
    assert cdcs.tasks[-1].startswith("Tổng hợp báo cáo kết quả thông tin, tuyên truyền")


def test_standing_body_and_reports(extracted):
    doc = extracted(SEED_001)
    assert ("Ban Tuyên giáo - Nữ công LĐLĐ tỉnh", "lead") in pairs(doc)
    assert ("Ban Thường vụ LĐLĐ tỉnh", "report") in pairs(doc)
    unit = next(r for r in doc.responsibilities if r.unit == "Ban Tuyên giáo - Nữ công LĐLĐ tỉnh")
    assert unit.unit_expanded == "Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh"


def test_heading_units_lead_and_coordinate(extracted):
    doc = extracted(SEED_002)
    got = pairs(doc)
    assert ("Ban Tuyên giáo và Nữ công", "execute") in got and ("Ban Tuyên giáo và Nữ công", "lead") in got
    assert ("Ban Tuyên giáo và Nữ công", "coordinate") in got  # "Phối hợp với Ban Tuyên giáo và Nữ công"
    assert ("Các cấp công đoàn trong tỉnh", "execute") in got  # "Chủ thể thực hiện: ..."


def test_giao_chu_tri_phoi_hop(extracted):
    assert ("Ban Dân tộc tỉnh", "lead") in pairs(extracted(WEB / "d08.txt"))


def test_units_named_by_items_of_a_real_plan(extracted):
    got = pairs(extracted(REAL / "15_KH-PCMT-den-2030-UBND-LamDong.docx"))
    assert {("Bộ Chỉ huy quân sự tỉnh", "execute"), ("Bộ đội Biên phòng", "execute"),
            ("Bộ tư lệnh Vùng Cảnh sát biển 3", "execute"), ("Viện Kiểm sát nhân dân tỉnh", "execute"),
            ("Tòa án nhân dân tỉnh", "execute"), ("Sở Tài chính", "lead")} <= got
    got14 = pairs(extracted(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx"))
    assert ("Báo và Đài Phát thanh, Truyền hình Lâm Đồng", "execute") in got14
    assert ("Sở Văn hóa, Thể thao và Du lịch", "lead") in got14


def test_task_table_columns(tmp_path):
    """A DOCX task table (rows taken from seed 002's activities) gives lead/coordinate and deadlines."""
    import docx
    import pipeline
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Truyền thông tổ chức các hoạt động trong Tháng Công nhân năm 2023")
    d.add_paragraph("IV. TỔ CHỨC THỰC HIỆN")
    rows = [["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["Cung cấp thông tin cho báo chí", "Ban Tuyên giáo và Nữ công", "Văn phòng", "tháng 04/2023"],
            ["Tuyên truyền, cổ động trực quan", "Ban Tổ chức-Kiểm tra", "Ban Tuyên giáo và Nữ công; Văn phòng",
             "Cuối tháng 4 đến hết tháng 5/2023"]]
    table = d.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    path = tmp_path / "plan.docx"
    d.save(path)
    doc = pipeline.extract(path)
    got = {(r.unit, r.role): r for r in doc.responsibilities}
    assert set(got) == {("Ban Tuyên giáo và Nữ công", "lead"), ("Văn phòng", "coordinate"),
                        ("Ban Tổ chức-Kiểm tra", "lead"), ("Ban Tuyên giáo và Nữ công", "coordinate")}
    assert got[("Ban Tuyên giáo và Nữ công", "lead")].tasks == ["Cung cấp thông tin cho báo chí"]
    assert got[("Ban Tuyên giáo và Nữ công", "lead")].deadline == "2023-04"
    assert got[("Ban Tổ chức-Kiểm tra", "lead")].deadline == "2023-05"


@pytest.mark.slow
def test_long_clauses_tagged_in_their_opening_give_what_tagging_them_whole_gives(monkeypatch):
    """The units of a long clause and the start of its rest are the same when only its opening
    words are tagged (issue 5) as when it is tagged whole, on every long clause of the plans."""
    import pipeline
    from pipeline.extract import responsibilities as R
    from pipeline.text import fold
    clauses = []
    original = R.leading_units

    def spy(clause, heads=()):
        clauses.append((clause, tuple(heads)))
        return original(clause, heads)
    monkeypatch.setattr(R, "leading_units", spy)
    for path in sorted(SEED_001.parent.glob("*.txt")) + sorted(REAL.glob("*.docx")):
        pipeline.extract(path)
    monkeypatch.undo()
    long = [(c, h) for c, h in set(clauses) if len(c.split()) > R._LONG_CLAUSE_WORDS]
    opened = 0
    for clause, heads in long:
        units, rest = R.leading_units(clause, heads)
        monkeypatch.setattr(R, "_OPENING_WORDS", 10 ** 6)
        whole_units, whole_rest = R.leading_units(clause, heads)
        monkeypatch.undo()
        assert units == whole_units, clause
        assert bool(rest) == bool(whole_rest) and fold(rest)[:40] == fold(whole_rest)[:40], clause
        opened += rest != whole_rest
    assert len(long) > 20 and opened > 5
