"""The thirty-fourth session's rules (issue 13), on the probes' dev halves and short texts in their
forms."""
from __future__ import annotations

import pytest

from pipeline import extract

_IMPL = "KẾ HOẠCH\nTriển khai chương trình\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"


def _units(text: str) -> set[tuple[str, str]]:
    return {(r.unit, r.role) for r in extract(text=_IMPL + text).responsibilities}


def test_a_body_set_away_from_its_parent_is_named_with_its_place():
    # "tại" ends any other name (unit_stops); after a representative office, a branch campus or a
    # trade office it names where the body sits (placed_heads), and the name runs on to no later
    # place word ("… giới thiệu sản phẩm của tỉnh").
    units = _units("1. Giao Văn phòng đại diện Báo Thanh Niên tại Đồng bằng sông Cửu Long chủ trì tổ chức.\n\n"
                   "2. Phân hiệu Đại học Thái Nguyên tại tỉnh Lào Cai phối hợp tổ chức.\n\n"
                   "3. Sở Công Thương chủ trì, phối hợp với Thương vụ Việt Nam tại các nước cung cấp thông tin.\n\n"
                   "4. Sở Y tế tổ chức khám tại Trạm Y tế xã.\n")
    assert ("Văn phòng đại diện Báo Thanh Niên tại Đồng bằng sông Cửu Long", "lead") in units
    assert ("Phân hiệu Đại học Thái Nguyên tại tỉnh Lào Cai", "coordinate") in units
    assert ("Thương vụ Việt Nam tại các nước", "coordinate") in units
    assert not any("Trạm Y tế" in u for u, _ in units)


def test_a_lower_case_head_before_a_bodys_name_and_a_relative_clause_after_a_class_of_places():
    units = _units("1. Sở Công Thương chủ trì, phối hợp với Bộ Công Thương, hệ thống Thương vụ Việt Nam ở nước "
                   "ngoài cung cấp thông tin thị trường.\n\n"
                   "2. Sở Văn hóa phối hợp với Công an các phường, xã nơi tổ chức và Trạm Y tế các phường, xã nơi "
                   "tổ chức bảo đảm an ninh trật tự.\n")
    assert ("hệ thống Thương vụ Việt Nam ở nước ngoài", "coordinate") in units
    assert {("Công an các phường, xã nơi tổ chức", "coordinate"),
            ("Trạm Y tế các phường, xã nơi tổ chức", "coordinate")} <= units


def test_a_known_body_read_apart_at_its_and_is_joined_back():
    units = _units("1. Cục Văn hóa cơ sở, Gia đình và Thư viện chủ trì hướng dẫn các địa phương.\n")
    assert units == {("Cục Văn hóa cơ sở, Gia đình và Thư viện", "lead"),
                     ("Cục Văn hóa cơ sở, Gia đình và Thư viện", "execute")}


def test_a_rules_bounds_on_measures_under_a_condition_are_thresholds_anywhere():
    # Outside any part of aims, "tổng số" (a word of the past) in the sentence too.
    text = ("KẾ HOẠCH\nQuan trắc môi trường\n\nII. ĐỐI TƯỢNG, THÔNG SỐ QUAN TRẮC\n\n"
            "a) Cảnh báo khi hàm lượng oxy hòa tan (DO) dưới 4 mg/l; độ mặn dưới 5‰ hoặc trên 35‰; "
            "mật độ Vibrio tổng số trên 1.000 CFU/ml.\n\n"
            "Đơn vị quan trắc ban hành bản tin khi xảy ra một trong các trường hợp sau:\n\n"
            "a) Có nhiều thông số vượt giới hạn.\n\n"
            "b) Nhiệt độ nước tại vùng nuôi lồng bè tăng lên trên 33°C.\n")
    got = [(t.value, t.unit, t.indicator, t.comparator, t.kind) for t in extract(text=text).targets]
    assert got == [(4, "mg/l", "hàm lượng oxy hòa tan (DO)", "<", "threshold"),
                   (5, "‰", "độ mặn", "<", "threshold"), (35, "‰", "độ mặn", ">", "threshold"),
                   (1000, "CFU/ml", "mật độ Vibrio tổng số", ">", "threshold"),
                   (33, "°C", "Nhiệt độ nước tại vùng nuôi lồng bè tăng lên", ">", "threshold")]


def test_an_annex_allotting_goods_is_read_and_one_allotting_money_is_not():
    table = ("| STT | Xã, phường | Số hộ | Số khẩu | Gạo (kg) | Nước uống (thùng) |\n|---|---|---|---|---|---|\n"
             "| 1 | Xã Đồng Hỷ | 1.126 | 3.842 | 38.420 | 1.126 |\n| 2 | Xã Võ Nhai | 864 | 2.915 | 29.150 | 864 |\n")
    head = ("KẾ HOẠCH\nHỗ trợ khẩn cấp\n\nI. MỤC ĐÍCH\nHỗ trợ kịp thời.\n\nPHỤ LỤC\n\n{}\n\n"
            "(Kèm theo Kế hoạch số 287/KH-UBND)\n\n")
    goods = extract(text=head.format("PHÂN BỔ GẠO, NƯỚC UỐNG HỖ TRỢ KHẨN CẤP CHO CÁC XÃ") + table).targets
    assert [(t.value, t.unit, t.indicator) for t in goods][2:4] == [(38420, "kg", "Gạo Xã Đồng Hỷ"),
                                                                    (1126, "thùng", "Nước uống Xã Đồng Hỷ")]
    assert [(t.value, t.unit) for t in goods][:2] == [(1126, "hộ"), (3842, "khẩu")]
    money = extract(text=head.format("PHÂN BỔ KINH PHÍ HỖ TRỢ KHẨN CẤP CHO CÁC XÃ") + table).targets
    assert money == []


@pytest.mark.slow
def test_an_attached_plans_title_wrapped_before_its_periods_last_year(plans):
    # "… GIAI ĐOẠN 2026\n- 2030" over "(Kèm theo Quyết định số …)": no bullet; the plan's own
    # sections and its units are found under the decision.
    doc = plans("m421")
    assert [s.label for s in doc.sections if s.level == 1] == ["Điều 1", "Điều 2", "Điều 3", "I", "II", "III", "IV",
                                                              "V", "VI"]
    assert len(doc.responsibilities) == 55
    coffee = [(t.value, t.indicator, t.deadline) for t in doc.targets if t.value == 1150]
    assert coffee == [(1150, "Kim ngạch xuất khẩu Cà phê (nhân, rang xay, hòa tan)", "2030")]
    # (Phụ lục II's header of two rows: a market's row under "Kim ngạch xuất khẩu năm 2030 theo nhóm
    # hàng" over four groups of goods, 19 words to a joined cell.)
    china = [(t.value, t.unit, t.deadline) for t in doc.targets if t.indicator and t.indicator.startswith("Trung Quốc")]
    assert china == [(560, "Triệu USD", "2030"), (40, "Triệu USD", "2030"), (45, "Triệu USD", "2030"),
                     (105, "Triệu USD", "2030"), (750, "Triệu USD", "2030")]


@pytest.mark.slow
def test_an_allotment_annex_and_a_ministrys_departments(plans):
    doc = plans("m451")
    annex = doc.text.find("PHÂN BỔ GẠO")
    allotted = [t for t in doc.targets if t.start > annex]
    assert len(allotted) == 70
    assert [(t.value, t.unit, t.indicator) for t in allotted[2:5]] == [
        (38420, "kg", "Gạo Phường Phan Đình Phùng"), (1126, "thùng", "Nước uống Phường Phan Đình Phùng"),
        (2252, "thùng", "Mì tôm Phường Phan Đình Phùng")]
    units = {(r.unit, r.role) for r in plans("m449").responsibilities}
    assert {("Cục Văn hóa cơ sở, Gia đình và Thư viện", "lead"), ("Cục Nghệ thuật biểu diễn", "coordinate"),
            ("Nhà hát Lớn Hà Nội", "lead"), ("Bảo tàng Lịch sử quốc gia", "lead")} <= units
    assert ("Cục trưởng Cục Văn hóa cơ sở, Gia đình và Thư viện", "execute") in units  # (Điều 3's list)
    assert not any(u == "Thư viện" for u, _ in units)


def test_a_header_whose_letters_a_source_printed_apart_is_read_as_words():
    from pipeline.normalize import normalize
    line = ("ỦY B A N NHÂN D Â N THÀNH P H Ố Đ À NẴNG ------- CỘNG H Ò A XÃ H Ộ I CHỦ N G HĨA VIỆT NAM "
            "Độc lập - T ự do - H ạnh phúc")
    assert normalize(line).text == ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                                    "Độc lập - Tự do - Hạnh phúc")
    assert normalize("K Ế H O Ạ C H T H Ự C H IỆN").text == "KẾ HOẠCH THỰC HIỆN"
    # (Fewer than four letters apart, or no syllables: as printed.)
    assert normalize("Sở A và B phối hợp; a b c d e").text == "Sở A và B phối hợp; a b c d e"
    doc = extract(text="QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
                       "Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc Sở Xây dựng chịu trách nhiệm thi "
                       "hành Quyết định này./.\n")
    spaced = extract(text="Q U YẾT Đ Ị N H\nVề việc ban hành Kế hoạch\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế "
                          "hoạch.\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc Sở Xây dựng chịu trách "
                          "nhiệm thi hành Quyết định này./.\n")
    assert [(r.unit, r.role) for r in spaced.responsibilities] == [(r.unit, r.role) for r in doc.responsibilities] \
        == [("Chánh Văn phòng Ủy ban nhân dân thành phố", "execute"), ("Giám đốc Sở Xây dựng", "execute")]
