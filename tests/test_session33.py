"""The thirty-third session's rules (issue 13), on the probes' dev halves and short texts in their
forms."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.layout_tables import layout_table_spans, layout_tables

# A PDF's annex in layout mode (m387 of corpus/probes): the ends of two header cells one space apart
# ("… cải tạo, được thu gom,"), a spanning cell's last line between the columns ("nguồn (%)"), and
# the next page's table printed three places further left, its header again.
_ANNEX = (
    "                                                                                            Tỷ lệ CTRSH\n"
    "                            Tỷ lệ hộ gia đình, cá nhân thực\n"
    "                                                            Số điểm tập kết CTRSH cải tạo, được thu gom,\n"
    "          Phường, xã, đặc     hiện phân loại CTRSH tại\n"
    "  STT                                                          nâng cấp, xây mới (điểm)   vận chuyển, xử lý\n"
    "               khu                    nguồn (%)\n"
    "                                                                                                 (%)\n"
    "                              Năm 2026       Năm 2027        Năm 2026        Năm 2027        Năm 2026\n"
    "   1     Phường Hồng Bàng        80              95              8               5               100\n"
    "   2     Phường Hồng An          72              90              6               6               100\n"
    "\f                                                              10\n"
    "                                                                                         Tỷ lệ CTRSH\n"
    "                         Tỷ lệ hộ gia đình, cá nhân thực\n"
    "                                                         Số điểm tập kết CTRSH cải tạo, được thu gom,\n"
    "       Phường, xã, đặc     hiện phân loại CTRSH tại\n"
    "STT                                                         nâng cấp, xây mới (điểm)   vận chuyển, xử lý\n"
    "            khu                    nguồn (%)\n"
    "                                                                                              (%)\n"
    "                           Năm 2026       Năm 2027        Năm 2026        Năm 2027        Năm 2026\n"
    "3     Phường An Dương         70              90              8               7               100\n"
    "4     Phường Hải Dương        78              93              11              8               100\n"
    "\nGhi chú: số liệu năm 2026 là chỉ tiêu tối thiểu.\n")

_HEADER = ["STT", "Phường, xã, đặc khu", "Tỷ lệ hộ gia đình, cá nhân thực hiện phân loại CTRSH tại nguồn (%)", "",
           "Số điểm tập kết CTRSH cải tạo, nâng cấp, xây mới (điểm)", "",
           "Tỷ lệ CTRSH được thu gom, vận chuyển, xử lý (%) Năm 2026"]


def test_a_layout_header_whose_cells_run_into_each_other_and_a_page_printed_off_its_places():
    first, second = layout_tables(_ANNEX, 0, len(_ANNEX))
    for table in (first, second):
        assert table[0][2] == _HEADER
        assert table[1][2] == ["", "", "Năm 2026", "Năm 2027", "Năm 2026", "Năm 2027", ""]
    assert [r[2] for r in first[2:]] == [["1", "Phường Hồng Bàng", "80", "95", "8", "5", "100"],
                                         ["2", "Phường Hồng An", "72", "90", "6", "6", "100"]]
    assert [r[2] for r in second[2:]] == [["3", "Phường An Dương", "70", "90", "8", "7", "100"],
                                          ["4", "Phường Hải Dương", "78", "93", "11", "8", "100"]]
    # (Each page's table its own span, the second from its page's first line of the header.)
    spans = layout_table_spans(_ANNEX)
    assert len(spans) == 2 and _ANNEX[spans[1][0]:].lstrip().startswith("Tỷ lệ CTRSH")
    assert _ANNEX[spans[1][1] - 3:spans[1][1]] == "100"


def test_a_name_column_beside_markets_tells_what_they_buy():
    text = ("PHỤ LỤC II\nTHỊ TRƯỜNG XUẤT KHẨU MỤC TIÊU GIAI ĐOẠN 2026 - 2030\n\n"
            "| STT | Thị trường | Sản phẩm xuất khẩu chủ lực | Tỷ trọng mục tiêu năm 2030 (%) |\n"
            "| --- | --- | --- | --- |\n"
            "| 1 | Trung Quốc | Chuối, dứa, chè, thảo quả, tinh dầu | 42 |\n"
            "| 2 | Liên minh châu Âu (EU) | Quế hữu cơ, tinh dầu, chè | 12 |\n")
    got = sorted((t.indicator, t.value, t.unit, t.deadline) for t in extract(text=text).targets)
    assert got == [("Tỷ trọng Liên minh châu Âu (EU)", 12, "%", "2030"), ("Tỷ trọng Trung Quốc", 42, "%", "2030")]


def test_a_deadline_alone_after_a_counts_noun_leaves_the_words_before_it_the_indicator():
    text = "I. MỤC TIÊU\n- Số lao động được đào tạo đạt 95 người vào năm 2030.\n"
    got = [(t.indicator, t.value, t.unit, t.deadline) for t in extract(text=text).targets]
    assert got == [("Số lao động được đào tạo người", 95, "người", "2030")]


def test_a_role_fields_list_goes_on_over_a_line_break_before_a_capital():
    text = ("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu văn hóa\n- Cơ quan chủ trì: Cục Di sản văn hóa.\n"
            "- Cơ quan phối hợp: Văn phòng\nBộ, Trung tâm Công nghệ thông tin, Báo Văn hóa.\n")
    got = sorted((r.unit, r.role) for r in extract(text=text).responsibilities)
    assert got == [("Báo Văn hóa", "coordinate"), ("Cục Di sản văn hóa", "lead"),
                   ("Trung tâm Công nghệ thông tin", "coordinate"), ("Văn phòng Bộ", "coordinate")]


def test_the_national_assemblys_delegation_wrapped_in_the_middle_of_its_name():
    text = ("III. TỔ CHỨC THỰC HIỆN\n**2. Sở Nội vụ**\n\n- Chủ trì, phối hợp với Văn phòng Đoàn đại biểu\n"
            "Quốc hội và Hội đồng nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng\n"
            "dẫn các cơ quan, đơn vị tổ chức thực hiện Kế hoạch này.\n")
    units = {(r.unit, r.role) for r in extract(text=text).responsibilities}
    assert ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "coordinate") in units
    assert not [u for u, _ in units if u.endswith("Đoàn đại biểu")]


@pytest.mark.slow  # (a whole probe extracted)
def test_an_annex_going_on_over_a_page_break_keeps_its_unit_and_its_bracketed_names(plans):
    # m379: "Đơn vị tính: Triệu USD" over Phụ lục I's first page only; "(OCOP)" wrapped under its
    # row's values, no caption ending the table.
    doc = plans("m379")
    got = sorted((t.indicator, t.value, t.unit, t.deadline) for t in doc.targets
                 if t.indicator and ("OCOP" in t.indicator or "Dầu cá" in t.indicator)
                 and t.deadline in ("2026", "2030"))
    assert got == [
        ("Dầu cá, collagen, gelatin từ phụ phẩm cá tra", 16, "Triệu USD", "2026"),
        ("Dầu cá, collagen, gelatin từ phụ phẩm cá tra", 40, "Triệu USD", "2030"),
        ("Sản phẩm từ cây thốt nốt và nông sản đặc sản (OCOP)", 5, "Triệu USD", "2026"),
        ("Sản phẩm từ cây thốt nốt và nông sản đặc sản (OCOP)", 9.5, "Triệu USD", "2030"),
        ("Tăng bình quân Dầu cá, collagen, gelatin từ phụ phẩm cá tra", 25.6, "%/năm", "2030"),
        ("Tăng bình quân Sản phẩm từ cây thốt nốt và nông sản đặc sản (OCOP)", 17.2, "%/năm", "2030")]


@pytest.mark.slow  # (a whole probe extracted)
def test_a_layout_header_printed_again_with_no_form_feed(plans):
    # m203: the header of its table printed again on the next page, no form feed in the text.
    doc = plans("m203")
    got = sorted((t.value, t.unit) for t in doc.targets
                 if t.indicator == "Tỷ lệ dân cư nông thôn sử dụng nước sạch, nước hợp vệ sinh")
    assert got == [(96.2, "%"), (97, "%"), (97.5, "%")]
