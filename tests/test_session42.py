"""The forty-second session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers), the dev scans and the probes' dev half: the Icelandic eth as a font's look-alike of
"Đ"; OCR's misread labels of lists; a count in millions named by its noun; the words setting out
aims or reporting figures; a second figure sharing the first's thing; a parenthesis of growth after
a count; nouns a comma joins after a count's noun; the activity a table's caption names."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from pipeline.api import extract
from pipeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")
targets_module = importlib.import_module("pipeline.extract.targets")


def test_an_eth_for_every_capital_d_is_the_letter():
    """vanban.chinhphu.vn's page writes every capital "Đ" as "Ð" (U+00D0) beside real "đ": the
    ministry is found, by its name as the letter spells it."""
    plan = heldout.snippet_plan("assignprose-013")
    got = {(r.unit, r.role) for r in plan.responsibilities}
    assert ("Bộ Kế hoạch và Đầu tư", "lead") in got
    assert ("Bộ Kế hoạch và Đầu tư", "monitor") in got


def test_eths_among_real_letters_are_left_as_read():
    """An eth beside a real "Đ" is OCR's slip (the sign of a scan), not a font's: kept; the text's
    length never changes."""
    mixed = "QUYẾT ĐỊNH\nSố: 12/QĐð-UBND\nÐồng thời, đôn đốc"
    assert normalize(mixed).text == mixed
    typed = "QUYẾT ÐỊNH\nÐồng thời, đôn đốc"
    assert normalize(typed).text == "QUYẾT ĐỊNH\nĐồng thời, đôn đốc"
    lower = "Bộ Kế hoạch và ðầu tư"
    assert normalize(lower).text == "Bộ Kế hoạch và đầu tư"


def test_a_count_in_millions_is_named_by_what_it_counts():
    """"đón ít nhất 25 triệu lượt khách quốc tế, 150 triệu lượt khách nội địa": the words before
    the first value name no thing ("Mục tiêu cả nước … đón"); the count's noun after its
    magnitude completes them. A noun of one word ("triệu người") is left out."""
    plan = heldout.snippet_plan("aimsprose-059")
    got = [(t.value, t.unit, t.indicator) for t in plan.targets][:2]
    assert got == [(25, "triệu lượt khách quốc", "Mục tiêu cả nước đến hết năm 2025 đón lượt khách quốc"),
                   (150, "triệu lượt khách nội", "khách quốc tế lượt khách nội")]
    rx = targets_module.vocabulary_patterns()
    assert targets_module._counted_noun("triệu người", rx) is None
    assert targets_module._counted_noun("triệu tấn", rx) is None
    assert targets_module._counted_noun("nghìn tỷ đồng", rx) is None
    assert targets_module._counted_noun("nghìn lượt lao động", rx) == "lượt lao động"


def test_ocr_misread_labels_of_a_lettered_list_go_on_from_the_letter_before():
    """b09 (a scan's OCR): six units' headings open with a misread label ("€)", "©e)", "#8)",
    "0)"), each the letter after the last label read; repaired in the text's length, they are
    headings again and their units are found."""
    from pipeline.normalize import ocr_labels_repaired
    path = next((ROOT / "corpus" / "real3").glob("b09_*.txt"))
    text = path.read_text(encoding="utf-8")
    repaired = ocr_labels_repaired(text)
    assert len(repaired) == len(text)
    changed = [(a[:12], b[:12]) for a, b in zip(text.splitlines(), repaired.splitlines()) if a != b]
    assert changed == [("€) Bộ Chỉ hu", "c) Bộ Chỉ hu"), ("©e) Sở Giáo ", " e) Sở Giáo "),
                       ("#) Sở Nông n", "f) Sở Nông n"), ("#8) Sở tư ph", " g) Sở tư ph"),
                       ("Ẵe) Sở Tài c", " e) Sở Tài c"), ("0) Đề nghị n", "f) Đề nghị n")]
    # (A number's or a Roman numeral's label, and letters not ending with the letter expected, stay.)
    kept = "a) Sở Y tế\n1) Công an tỉnh\nII) Sở Nội vụ\nÔng) Tham mưu\n"
    assert ocr_labels_repaired(kept) == kept
    units = {(r.unit, r.role) for r in extract(path=path).responsibilities}
    assert {("Sở tư pháp", "execute"), ("Sở Tài chính", "lead"),
            ("Sở Nông nghiệp và Môi trường", "lead")} <= units


def test_ocr_misread_first_digit_of_a_numbered_sub_label():
    """b10 (a scan's OCR): "Š.1. Trung tâm Quản lý chất lượng" and "$.2. Phòng Đào tạo …" under
    "5. Phân công trách nhiệm" are 5.1. and 5.2.; b08's "Ÿ.3." after "3.2." is 3.3."""
    from pipeline.normalize import ocr_labels_repaired
    for name, expected in (("b10_*.txt", [("Š.1. Trung", "5.1. Trung"), ("$.2. Phòng", "5.2. Phòng")]),
                           ("b08_*.txt", [("Ÿ.3. Tại đ", "3.3. Tại đ")])):
        text = next((ROOT / "corpus" / "real3").glob(name)).read_text(encoding="utf-8")
        repaired = ocr_labels_repaired(text)
        assert [(a[:10], b[:10]) for a, b in zip(text.splitlines(), repaired.splitlines()) if a != b] == expected
    b10 = next((ROOT / "corpus" / "real3").glob("b10_*.txt"))
    units = {(r.unit, r.role) for r in extract(path=b10).responsibilities}
    assert {("Trung tâm Quản lý chất lượng", "lead"), ("Phòng Đào tạo", "coordinate")} <= units


@pytest.mark.parametrize(("sentence", "indicators"), [
    # (The words before the first value an aim's word alone: the second shares the first's thing.)
    ("Mục tiêu giảm 10% số trẻ em bị tử vong do đuối nước vào năm 2025 và 20% vào năm 2030 so với năm 2020.",
     ["số trẻ em bị tử vong do đuối nước", "số trẻ em bị tử vong do đuối nước"]),
    ("Mục tiêu là 50% trẻ em biết bơi vào năm 2025 và 60% vào năm 2030.", ["trẻ em biết bơi", "trẻ em biết bơi"]),
    # (Or the words setting out aims alone.)
    ("Việt Nam cũng đặt mục tiêu có 80% lực lượng lao động có kỹ năng CNTT vào năm 2025 và 90% vào năm 2030.",
     ["lực lượng lao động có kỹ năng CNTT", "lực lượng lao động có kỹ năng CNTT"]),
    # (Words naming the thing before the first: both share them, as before.)
    ("Tỷ lệ đô thị hóa đạt 40% vào năm 2025 và 50% vào năm 2030.", ["Tỷ lệ đô thị hóa", "Tỷ lệ đô thị hóa"]),
])
def test_a_second_figure_after_an_aims_word_shares_the_first_figures_thing(sentence, indicators):
    text = heldout.HEADER + sentence + "\n"
    assert [t.indicator for t in extract(text=text).targets] == indicators


def test_the_words_setting_out_aims_after_a_long_subject():
    """"Đề án tổng thể … giai đoạn 2021-2030 đặt mục tiêu phấn đấu mức thu nhập … tăng trên 2 lần":
    the subject that sets the aims, however long (a parenthesis in it too: "(TBTCO) - Chương trình
    hành động … đặt mục tiêu đến năm 2030, …"; a comma: "Trong vấn đề phát triển kinh tế số, kế
    hoạch hành động … đặt mục tiêu phấn đấu tỷ trọng …"), is no part of what is measured."""
    got = [(t.value, t.unit, t.indicator) for t in heldout.snippet_plan("aimsprose-117").targets]
    assert got == [(2, "lần", "mức thu nhập bình quân của người dân tộc thiểu số"),
                   (3, "%", "tỷ lệ hộ nghèo mỗi năm")]
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsprose-031").targets]
    assert got[0] == (40, "tổng đầu tư xã hội bình quân 5 năm so với GDP")
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsprose-103").targets]
    assert got[0] == (16, "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP")


def test_a_bracket_of_the_plans_figure_after_a_value_names_nothing():
    """"tốc độ tăng trưởng lĩnh vực trồng trọt ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%)": both
    measure the growth the words before the first name (the bracket's words named the first)."""
    text = heldout.HEADER + ("Năm 2023, tốc độ tăng trưởng lĩnh vực trồng trọt ước đạt 3,89% (chỉ tiêu kế hoạch "
                             "là 3,88%).\n")
    assert [(t.value, t.indicator) for t in extract(text=text).targets] == [
        (3.89, "tốc độ tăng trưởng lĩnh vực trồng trọt"), (3.88, "tốc độ tăng trưởng lĩnh vực trồng trọt")]


def test_a_grade_after_a_count_is_part_of_what_it_counts():
    """"có 30 sản phẩm đạt 5 sao" (not_after_value: "sao"): the grade is the thing's, no value of
    its own ending the count's words (a verb of reaching before a value made it one)."""
    text = heldout.HEADER + "Phấn đấu đến năm 2026 có 40 sản phẩm OCOP đạt từ 3 sao trở lên.\n"
    assert [(t.value, t.unit, t.indicator) for t in extract(text=text).targets] == [
        (40, "sản phẩm", "sản phẩm OCOP đạt từ 3 sao trở lên")]


def test_the_words_of_a_report_telling_its_figures():
    """"Ngày 16/1, tại cuộc họp …, báo cáo sơ bộ của các địa phương cho thấy tỷ lệ hộ nghèo toàn
    quốc vào cuối năm 2014 còn khoảng 5,8-6%": what the report shows is measured, not the meeting."""
    got = [(t.value, t.until, t.indicator) for t in heldout.snippet_plan("aimsprose-027").targets]
    assert (5.8, 6, "tỷ lệ hộ nghèo toàn quốc") in got


def test_a_parenthesis_of_growth_after_a_count_and_its_words():
    """"tổ chức 481.581 cuộc PBGDPL trực tiếp (tăng 32% so với năm 2023) cho 55.877.435 lượt người
    tham dự (tăng 73% so với năm 2023)": each growth measures the count before it."""
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsprose2-035").targets]
    assert got[:4] == [(481581, "cuộc PBGDPL trực tiếp"), (32, "cuộc PBGDPL trực tiếp"),
                       (55877435, "lượt người tham dự"), (73, "lượt người tham dự")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tổ chức tối thiểu 02 hội thảo, diễn đàn giới thiệu giải pháp 5G, IoT cho doanh nghiệp mỗi năm.",
     (2, "hội thảo, diễn đàn", "hội thảo, diễn đàn giới thiệu giải pháp 5G, IoT cho doanh nghiệp mỗi năm")),
    ("Mỗi năm tổ chức ít nhất 02 hội chợ, hội nghị kết nối tiêu thụ tôm sinh thái.",
     (2, "hội chợ, hội nghị", "hội chợ, hội nghị kết nối tiêu thụ tôm sinh thái")),
    # (Another noun, by the tagger, though no counted noun of the vocabulary.)
    ("Xây dựng tối thiểu 10 chợ số, phố đi bộ thanh toán không dùng tiền mặt.",
     (10, "chợ số", "chợ số, phố đi bộ thanh toán không dùng tiền mặt")),
    # (A name in capitals after the comma is another subject.)
    ("Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình.",
     (200, "công trình", "Hà Nội có công trình")),
    # (A verb after the comma opens a clause of the count's own: its noun alone, as before.)
    ("Tổ chức 450 gian hàng, thu hút doanh nghiệp tham gia.", (450, "gian hàng", "Tổ chức gian hàng")),
])
def test_counted_nouns_a_comma_joins(sentence, expected):
    got = [(t.value, t.unit, t.indicator) for t in extract(text=heldout.HEADER + sentence + "\n").targets]
    assert got[0] == expected


def test_a_plain_measure_under_a_product_takes_the_activity_the_caption_names():
    """"CHỈ TIÊU XUẤT KHẨU MỘT SỐ NHÓM HÀNG …" over "1 | Cà phê" and its rows "- Lượng | Nghìn tấn"
    and "- Trị giá | Triệu USD": the quantity and the value exported."""
    text = (heldout.HEADER + "PHỤ LỤC II\n"
            "CHỈ TIÊU XUẤT KHẨU MỘT SỐ NHÓM HÀNG, MẶT HÀNG CHỦ LỰC GIAI ĐOẠN 2026 - 2030\n\n"
            "| STT | Mặt hàng | Đơn vị tính | Năm 2026 | Năm 2027 |\n|---|---|---|---|---|\n"
            "| 1 | Cà phê | | | |\n| | - Lượng | Nghìn tấn | 102 | 107 |\n| | - Trị giá | Triệu USD | 561 | 605 |\n")
    got = [(t.value, t.unit, t.indicator, t.deadline) for t in extract(text=text).targets]
    assert got == [(102, "Nghìn tấn", "Lượng xuất khẩu Cà phê", "2026"),
                   (107, "Nghìn tấn", "Lượng xuất khẩu Cà phê", "2027"),
                   (561, "Triệu USD", "Trị giá xuất khẩu Cà phê", "2026"),
                   (605, "Triệu USD", "Trị giá xuất khẩu Cà phê", "2027")]
