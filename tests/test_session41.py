"""The forty-first session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers) and the project's dev scans: tables of aims written one cell a paragraph (one measure
in capitals over its years, "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ" over "Năm 2022 | … | Năm 2025", cells
printed with a decimal point, "92.75%"; a blank corner over the rows' names, a measure named as the
aim), a deadline opening a sentence, role fields, office-holders in lower case, directing verbs,
coordinating tasks, dash bullets and OCR's slips of tone marks."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from pipeline.api import extract

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
heldout = importlib.import_module("heldout_eval")
targets_module = importlib.import_module("pipeline.extract.targets")


def test_one_measure_in_capitals_over_its_years_under_a_caption_of_aims():
    plan = heldout.snippet_plan("aimstables-025")
    got = [(t.value, t.unit, t.indicator, t.deadline, t.kind) for t in plan.targets]
    assert len(got) == 16
    assert got[:4] == [(92, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2022", "target"),
                       (92.75, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2023", "target"),
                       (94, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2024", "target"),
                       (95, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ An Giang", "2025", "target")]
    assert got[-1] == (95, "%", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ Bắc Giang", "2025", "target")


@pytest.mark.parametrize(("cell", "value"), [
    ("92.75%", 92.75),  # a decimal point before two digits
    ("9.06", 9.06),
    ("91.0", 91),
    ("1.500", 1500),  # before three, a thousands' mark
    ("12.500,5", 12500.5),
    ("7,6", 7.6),
])
def test_a_cells_decimal_point_before_one_or_two_digits(cell, value):
    match = targets_module._value_cell(cell)
    assert match is not None and targets_module._cell_number(match) == value


def test_a_line_in_capitals_is_a_header_cell_of_its_own():
    from pipeline.tables import _abbreviation_wrap
    assert not _abbreviation_wrap("Tỉnh, thành phố", "TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ")
    assert _abbreviation_wrap("Số sản phẩm", "OCOP 3 sao trở lên")


def test_a_blank_corner_over_the_names_and_a_measure_named_as_the_aim():
    """"TT\\n \\nMục tiêu tăng trưởng GRDP 2025 (%)" over "19\\nLạng Sơn\\n8,0" (a web page's table
    copied one cell a paragraph, the corner over the rows' names blank, a question over it): each
    province's aim, the measure named as the plan's aim; the question's "10%" stays a figure of
    prose, no header cell."""
    plan = heldout.snippet_plan("aimstables-023")
    got = [(t.value, t.unit, t.indicator, t.deadline, t.kind) for t in plan.targets]
    assert got == [(10, "%", "Những tỉnh thành nào tăng trưởng GRDP", "2025", "target"),
                   (8, "%", "Mục tiêu tăng trưởng GRDP Lạng Sơn", "2025", "target"),
                   (13.6, "%", "Mục tiêu tăng trưởng GRDP Bắc Giang", "2025", "target"),
                   (8, "%", "Mục tiêu tăng trưởng GRDP Phú Thọ", "2025", "target"),
                   (10.5, "%", "Mục tiêu tăng trưởng GRDP Điện Biên", "2025", "target"),
                   (8, "%", "Mục tiêu tăng trưởng GRDP Lai Châu", "2025", "target"),
                   (8, "%", "Mục tiêu tăng trưởng GRDP Sơn La", "2025", "target"),
                   (9, "%", "Mục tiêu tăng trưởng GRDP Hoà Bình", "2025", "target")]


def test_fields_naming_the_standing_directing_and_advising_bodies():
    """"+ Cơ quan thường trực: Bộ Nông nghiệp và Phát triển nông thôn.", "+ Cơ quan tham mưu, giúp
    việc chuyên trách: Sở Nông nghiệp …" (an organisation's structure, level by level): the bodies
    named after the labels lead (role_labels; words in lower case after a comma go on with one)."""
    plan = heldout.snippet_plan("assignprose-063")
    units = {(r.unit, r.role) for r in plan.responsibilities}
    assert {("Bộ Nông nghiệp và Phát triển nông thôn", "lead"),
            ("Văn phòng điều phối nông thôn mới trung ương", "lead"),
            ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh", "lead"),
            ("Sở Nông nghiệp và Phát triển nông thôn", "lead"),
            ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia cấp huyện", "lead"),
            ("Phòng Nông nghiệp và PTNT", "lead"), ("Phòng Kinh tế", "lead")} <= units


def test_a_deadline_opening_its_sentence_cues_its_counts():
    """"Đến năm 2025, GDP bình quân đầu người khoảng 4.700-5.000 USD; …" (aimsprose-039, a press
    page with no heading of aims): the deadline opening the sentence makes the sum an aim, as a
    cue word would; a year of a report's sentence ("Năm 2024, …") does not."""
    plan = heldout.snippet_plan("aimsprose-039")
    assert (4700, 5000, "USD", "GDP bình quân đầu người", "2025") in {
        (t.value, t.until, t.unit, t.indicator, t.deadline) for t in plan.targets}
    report = extract(text=heldout.HEADER + "Năm 2024, GDP bình quân đầu người khoảng 4.700 USD.\n")
    assert report.targets == []


def test_office_holders_named_in_lower_case_after_a_request():
    """"Sở Giáo dục và Đào tạo yêu cầu trưởng phòng Giáo dục và Đào tạo các huyện/thành phố, thủ
    trưởng các đơn vị trực thuộc Sở triển khai …" (assignprose-055): office-holders' titles printed
    in lower case open units after a request's word (lower_case_bodies)."""
    plan = heldout.snippet_plan("assignprose-055")
    assert {("trưởng phòng Giáo dục và Đào tạo các huyện/thành phố", "execute"),
            ("thủ trưởng các đơn vị trực thuộc Sở", "execute")} <= {(r.unit, r.role) for r in plan.responsibilities}


def test_a_body_directing_others_names_them_as_a_request_does():
    """"UBND tỉnh đã chỉ đạo Sở Giáo dục và Đào tạo, các sở, ban, ngành, UBND các huyện, thị xã,
    thành phố tập trung thực hiện …" (assignprose-103): the bodies directed execute (directing_words
    after a body's name and requester_tails, as a request's word); "Ban chỉ đạo" stays a name."""
    plan = heldout.snippet_plan("assignprose-103")
    assert {("Sở Giáo dục và Đào tạo", "execute"), ("các sở, ban, ngành", "execute"),
            ("UBND các huyện, thị xã, thành phố", "execute")} <= {(r.unit, r.role) for r in plan.responsibilities}


def test_according_to_the_plan_links_a_sentence_to_its_source():
    """"Theo Kế hoạch, Sở Nội vụ sẽ phối hợp với Văn phòng UBND tỉnh, Sở TT&TT theo dõi, đôn đốc …"
    (assignprose-061): "Theo kế hoạch," links the sentence (layout cue `linking`), no part of its
    subject, which coordinates and monitors."""
    plan = heldout.snippet_plan("assignprose-061")
    assert {("Sở Nội vụ", "coordinate"), ("Sở Nội vụ", "monitor"), ("Văn phòng UBND tỉnh", "coordinate"),
            ("Sở TT&TT", "coordinate"), ("Sở TT&TT", "lead")} <= {(r.unit, r.role) for r in plan.responsibilities}


def test_bodies_given_a_task_of_coordinating_coordinate():
    """"Thủ tướng giao Bộ Kế hoạch và Đầu tư, Bộ Tài chính phối hợp với Bộ Y tế bố trí kinh phí …"
    (assignprose-037): a task given after a body's "giao" that opens with the coordinating verb makes
    the bodies coordinate too, as a clause opening with "Giao" does."""
    plan = heldout.snippet_plan("assignprose-037")
    assert {("Bộ Kế hoạch và Đầu tư", "coordinate"), ("Bộ Tài chính", "coordinate"), ("Bộ Y tế", "coordinate"),
            ("Bộ Kế hoạch và Đầu tư", "execute")} <= {(r.unit, r.role) for r in plan.responsibilities}


def test_a_dash_bullet_is_read_as_a_hyphen():
    """An en or em dash opening a line before a space is a list's bullet (Word's autoformat, OCR:
    "— Khoa Công nghệ Cơ khí, Khoa Công nghệ Thông tin, … phối hợp triển khai khảo sát …" of the
    university's scanned plan, corpus/real3/b10): the normaliser writes it as the hyphen every reader
    of items takes, the text's length kept; a dash inside a line stays."""
    from pipeline.normalize import normalize
    norm = normalize("— Sở Y tế triển khai.\n  – Sở Tài chính 2024 – 2025.\n")
    assert norm.text == "- Sở Y tế triển khai.\n  - Sở Tài chính 2024 – 2025.\n"
    plan = extract(ROOT / "corpus" / "real3" / "b10_KH-753-KH-DCT_ocr.txt")
    assert {("Khoa Công nghệ Cơ khí", "execute"), ("Khoa Công nghệ Thông tin", "execute"),
            ("Khoa Sinh học và Môi trường", "execute")} <= {(r.unit, r.role) for r in plan.responsibilities}


def test_ocr_slips_of_tone_marks_in_the_words_of_roles_are_repaired():
    """A scan's OCR misreads tone marks ("Giao C04 phôi hợp với V01 … theo dõi, kiêm tra, đồn đôc",
    the Ministry of Public Security's plan, corpus/real3/b08): in a text read by OCR the phrases of
    ocr_tone_slips are written as spelt, the length kept; capitals (headings) stay as printed; a
    text not read by OCR is left as it is."""
    from pipeline.normalize import tone_slips_repaired
    printed = "Giao C04 phôi hợp với V01 giúp lãnh đạo Bộ theo dõi, kiêm tra, đồn đôc việc thực hiện. TÓ CHỨC"
    repaired = tone_slips_repaired(printed)
    assert repaired == "Giao C04 phối hợp với V01 giúp lãnh đạo Bộ theo dõi, kiểm tra, đôn đốc việc thực hiện. TÓ CHỨC"
    assert len(repaired) == len(printed)
    plan = extract(ROOT / "corpus" / "real3" / "b08_KH-589-KH-BCA-C04_ocr.txt")
    assert {("C04", "coordinate"), ("V01", "coordinate")} <= {
        (r.unit, r.role) for r in plan.responsibilities}
    typed = extract(text=heldout.HEADER + heldout.IMPLEMENTATION + "Giao Sở Y tế phôi hợp với Sở Tài chính kiểm tra.\n")
    assert "phôi hợp" in typed.text


def test_a_body_having_the_following_duties():
    """"Phòng Điều dưỡng có những nhiệm vụ sau đây:" over its bullets (assignprose2-049): "có những
    nhiệm vụ", "có các nhiệm vụ" are duty words as "có nhiệm vụ" is (duty_verbs)."""
    plan = heldout.snippet_plan("assignprose2-049")
    assert ("Phòng Điều dưỡng", "execute") in {(r.unit, r.role) for r in plan.responsibilities}
