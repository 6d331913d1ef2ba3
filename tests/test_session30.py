"""The thirtieth session's rules (issue 13), on the probes of batches 36-38 (dev halves) and short
texts in their forms."""
from __future__ import annotations

from pipeline import extract

_HEAD = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\nThực hiện chiến lược\n"


def _pairs(doc) -> set[tuple[str, str]]:
    return {(r.unit, r.role) for r in doc.responsibilities}


def _targets(text: str) -> list[tuple]:
    doc = extract(text=_HEAD + "I. MỤC TIÊU\n" + text + "\n")
    return [(t.value, t.until, t.unit, t.indicator, t.kind) for t in doc.targets]


def test_an_annex_a_cell_a_line_whose_first_row_is_a_total_with_no_number(plans):
    # m293: "STT\nNhóm hàng/Mặt hàng\n…\nKim ngạch\nnăm 2035 (tỷ\nUSD)\nTổng kim ngạch xuất khẩu\nhàng hóa\n
    # 8,0 - 9,0\n…": the header ends before the total's name; the rows of page 1 are read.
    rows = sorted((t.value, t.unit, t.deadline) for t in plans("m293").targets
                  if t.indicator and "Rau quả" in t.indicator)
    assert rows == [(6, "%/năm", "2035"), (8, "%/năm", "2030"), (10.5, "tỷ USD", "2030"), (14, "tỷ USD", "2035")]


def test_a_quota_annex_between_bars_under_a_caption_wrapped_in_capitals(plans):
    doc = plans("m297")
    gifts = [(t.value, t.unit) for t in doc.targets if t.indicator and "LĐLĐ huyện Hiệp Hòa" in t.indicator]
    assert sorted(gifts) == [(4, "CĐCS"), (85, "%"), (85, "đoàn viên"), (780, "đoàn viên"), (900, "Suất quà")]
    assert {("LĐLĐ huyện Hiệp Hòa", "execute"), ("Công đoàn các Khu công nghiệp tỉnh", "execute")} <= _pairs(doc)


def test_a_word_export_s_table_with_its_empty_cells_as_blank_lines(plans):
    # m301: "TT\nTên xã, thị trấn\nĐVT\nNăm 2016\n…\n\nToàn huyện\n%\n2,3\n…\n\n\nhộ\n613\n…".
    total = sorted((t.value, t.unit, t.deadline) for t in plans("m301").targets
                   if t.indicator and t.indicator.startswith("Toàn huyện") and t.start > 17000)
    assert total == [(2.0, "%", "2018"), (2.2, "%", "2017"), (2.3, "%", "2016"),
                     (537, "hộ", "2018"), (582, "hộ", "2017"), (613, "hộ", "2016")]


def test_a_task_row_fitted_by_its_time_cell(plans):
    # m295, row 3: "Bộ Nội vụ\nHọc viện Chính trị quốc gia Hồ Chí Minh, Bộ Khoa học và Công\nnghệ\nNăm
    # 2026\nChương trình, …; tối thiểu\n10.000 lượt …": one line too many, the product's.
    pairs = _pairs(plans("m295"))
    assert {("Học viện Chính trị quốc gia Hồ Chí Minh", "coordinate"),
            ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "coordinate"),
            ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "coordinate"),
            ("Tập đoàn Bưu chính Viễn thông Việt Nam", "coordinate")} <= pairs
    hanoi = "Ủy ban nhân dân thành phố Hà Nội"
    assert not any(hanoi in u and u != hanoi for u, _ in pairs)


def test_a_two_row_header_with_an_estimate_and_a_column_alone(plans):
    durian = sorted((t.value, t.kind, t.deadline) for t in plans("m309").targets
                    if t.indicator and t.indicator.endswith("Sầu riêng") and t.unit and "usd" in t.unit.lower())
    assert durian == [(3150, "achieved", "2025"), (3600, "target", "2027"), (4300, "target", "2030")]
    china = sorted((t.value, t.unit) for t in plans("m309").targets if t.indicator and "Trung Quốc" in t.indicator)
    assert (56.1, "%") in china and (46.9, "%") in china and (6.8, "%/năm") in china


def test_party_items_numbered_with_a_dash_head_their_units(plans):
    pairs = _pairs(plans("m305"))
    assert {("Ban Tổ chức Tỉnh ủy", "lead"), ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead"),
            ("Ủy ban Kiểm tra Tỉnh ủy", "lead"), ("Văn phòng Tỉnh ủy", "coordinate")} <= pairs
    text = _HEAD + ("I- MỤC ĐÍCH\nAbc.\nII- TỔ CHỨC THỰC HIỆN\n1- Ban Tổ chức Tỉnh ủy\n- Chủ trì, phối hợp với Văn "
                    "phòng Tỉnh ủy hướng dẫn.\n2- Ban Tuyên giáo và Dân vận Tỉnh ủy\n"
                    "- Chủ trì hướng dẫn việc học tập.\n")
    assert _pairs(extract(text=text)) == {
        ("Ban Tổ chức Tỉnh ủy", "execute"), ("Ban Tổ chức Tỉnh ủy", "lead"), ("Văn phòng Tỉnh ủy", "coordinate"),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "execute"), ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead")}


def test_a_heading_s_name_ends_before_a_capitalised_verb_or_a_known_body_s_end():
    text = _HEAD + ("III. TỔ CHỨC THỰC HIỆN\n6. Văn phòng Sở\nĐăng tải Kế hoạch trên Cổng thông tin điện tử của Sở.\n"
                    "7. Ngân hàng Nhà nước Việt Nam\nĐiều hành chính sách tiền tệ chủ động.\n"
                    "8. Bộ Ngoại giao\nChỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài phối hợp với các hiệp hội "
                    "hỗ trợ doanh nghiệp.\n9. Bộ Nông nghiệp và Môi trường\nChỉ đạo Cục Trồng trọt và Bảo vệ thực vật "
                    "chủ trì đàm phán mở cửa thị trường.\n")
    assert _pairs(extract(text=text)) == {
        ("Văn phòng Sở", "execute"), ("Ngân hàng Nhà nước Việt Nam", "execute"), ("Bộ Ngoại giao", "execute"),
        ("các cơ quan đại diện Việt Nam ở nước ngoài", "execute"),
        ("các cơ quan đại diện Việt Nam ở nước ngoài", "coordinate"), ("các hiệp hội", "coordinate"),
        ("Bộ Nông nghiệp và Môi trường", "execute"), ("Cục Trồng trọt và Bảo vệ thực vật", "execute"),
        ("Cục Trồng trọt và Bảo vệ thực vật", "lead")}


def test_a_government_meeting_s_tasks_under_bodies_and_a_colon(plans):
    pairs = _pairs(plans("m311"))
    assert {("Bộ Công Thương", "lead"), ("Bộ Xây dựng", "lead"), ("Bộ Nội vụ", "execute"),
            ("Bộ Văn hóa, Thể thao và Du lịch", "execute")} <= pairs


def test_counts_beside_a_share_and_results_of_a_review():
    assert _targets("Phấn đấu đến năm 2030 có 27/36 xã đạt chuẩn nông thôn mới, chiếm 75%.") == [
        (27, None, "xã", "xã đạt chuẩn nông thôn mới", "target"), (75, None, "%", "đạt chuẩn nông thôn mới", "target")]
    doc = extract(text=_HEAD + "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025\nGiai đoạn 2021 - 2025 cứng hóa được "
                  "1.245 km đường giao thông nông thôn, tỷ lệ đường xã được nhựa hóa đạt 96,4%. Toàn tỉnh có 86 sản "
                  "phẩm OCOP đạt từ 3 sao trở lên.\nII. MỤC TIÊU\nTăng.\n")
    assert sorted((t.value, t.unit, t.kind) for t in doc.targets) == [
        (86, "sản phẩm", "achieved"), (96.4, "%", "achieved"), (1245, "km", "achieved")]


def test_a_committee_s_number_and_verbs_joined_by_a_comma():
    assert _targets("Ban Chỉ đạo 389 quốc gia tổ chức hội nghị. Thành lập 04 đoàn kiểm tra, khảo sát liên ngành "
                    "tại 12 tỉnh, thành phố trọng điểm.") == [
        (4, None, "đoàn kiểm tra", "đoàn kiểm tra, khảo sát liên ngành", "target")]
    assert _targets("Ngành điện phấn đấu đến năm 2030 xây dựng mới 12.000 km đường dây 500 kV và 45.000 km cáp "
                    "quang.") == [(12000, None, "km", "đường dây 500 kV", "target"),
                                  (45000, None, "km", "cáp quang", "target")]


def test_years_alone_after_a_measure_by_its_year_name_that_measure(plans):
    # m323: "Tỷ lệ thu gom 2026 (%) | 2028 | 2030 | Công suất xử lý (tấn/ngày)" between bars.
    rows = sorted((t.value, t.unit, t.deadline) for t in plans("m323").targets
                  if t.indicator and t.indicator.endswith("Phường Đồng Hới"))
    assert rows == [(96, "%", "2026"), (99, "%", "2028"), (100, "%", "2030"), (350, "tấn/ngày", None)]
