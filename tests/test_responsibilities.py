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
