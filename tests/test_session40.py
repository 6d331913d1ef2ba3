"""The fortieth session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers) and on sentences framed as an implementation part: the press's words between a
requester and its request, a sentence singling out a body ("Riêng …"), verbs the tagger calls nouns
at a clause's start, a sentence's roles up to the next sentence with a subject of its own, the
units after an announcing colon, tables of aims written one cell a paragraph and cells of
approximate figures ("Khoảng 6")."""
from __future__ import annotations

import pytest
from heldout_plans import heldout, implementation_units, unit_pairs

from pipeline.api import extract
from pipeline.tables import cell_lines


def test_press_words_between_a_requester_and_its_request():
    # (requester_tails: a head's name and "vừa" after the requesting body; "vừa có văn bản".)
    assert implementation_units("Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa yêu cầu các Bộ Nông nghiệp và Phát triển "
                         "Nông thôn, Tài chính, Công Thương tập trung thực hiện nghiêm túc các chỉ đạo.") == {
        ("Bộ Nông nghiệp và Phát triển Nông thôn", "execute"), ("Bộ Tài chính", "execute"),
        ("Bộ Công Thương", "execute")}
    assert implementation_units("UBND tỉnh vừa có văn bản yêu cầu Sở Y tế khẩn trương rà soát.") \
        == {("Sở Y tế", "execute")}


def test_a_later_sentence_singling_out_a_body():
    # assignprose2-055: "… trước ngày 10-11. Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện …".
    assert unit_pairs(heldout.snippet_plan("assignprose2-055")) == {
        ("UBND các huyện, thị xã, thành phố", "execute"), ("UBND huyện Khánh Sơn", "execute"),
        ("Sở Tài nguyên và Môi trường", "report")}


def test_verbs_the_tagger_calls_nouns_at_a_clause_start():
    # (task_verbs: "hoàn thiện" is tagged a noun there; the sentence gave no task.)
    assert implementation_units("Sở Y tế hoàn thiện quy hoạch. Sở Tài chính bố trí kinh phí.") == {
        ("Sở Y tế", "execute"), ("Sở Tài chính", "execute")}


def test_the_passive_after_a_linking_word():
    # assignprose3-003: "Theo đó, Sở Nông nghiệp và Phát triển nông thôn được giao là cơ quan chủ trì …".
    assert unit_pairs(heldout.snippet_plan("assignprose3-003")) == {("Sở Nông nghiệp và Phát triển nông thôn", "lead")}


def test_a_vague_class_closing_a_semicolon_list_before_the_task():
    # assignprose3-007: "Theo đó, UBND các huyện, thị xã, thành phố; các sở, ngành, đơn vị, địa phương
    # liên quan tiếp tục khẩn trương rà soát …" (the class is vague; the districts' committees act).
    assert unit_pairs(heldout.snippet_plan("assignprose3-007")) == {
        ("UBND các huyện, thị xã, thành phố", "execute"), ("Sở Tài nguyên và Môi trường", "execute"),
        ("Chủ tịch UBND các huyện, thị xã, thành phố", "execute")}


def test_the_merged_office_of_a_province_is_one_name():
    # assignprose3-015, a decision's closing article: "Chánh Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng
    # nhân dân và Ủy ban nhân dân tỉnh, …"; "các tổ chức, cá nhân có liên quan" is vague.
    assert unit_pairs(heldout.snippet_plan("assignprose3-015")) == {
        ("Chánh Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "execute"),
        ("Giám đốc Sở Tư pháp", "execute"), ("Thủ trưởng các sở, ngành tỉnh", "execute")}
    assert unit_pairs(heldout.snippet_plan("assignprose2-009")) == {
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"), ("Giám đốc Sở Giáo dục và Đào tạo", "execute"),
        ("Giám đốc Sở Y tế", "execute"), ("Thủ trưởng các sở, ban, ngành, đoàn thể của tỉnh", "execute"),
        ("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "execute")}


def test_roles_end_at_the_next_sentence_with_a_subject():
    # assignprose-089: the watching ("theo dõi, đôn đốc") is the Vụ's, in its own sentence, not the
    # Cục's given "triển khai" before it.
    units = unit_pairs(heldout.snippet_plan("assignprose-089"))
    assert units == {(f"Cục {n}", "execute") for n in
                     ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")} \
        | {("Vụ Kế hoạch - Tài chính", "execute")}


def test_units_after_an_announcing_colon():
    # assignprose-095: "… có ý kiến chỉ đạo như sau: Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Tài
    # chính và các địa phương, đơn vị có liên quan chuẩn bị …".
    assert unit_pairs(heldout.snippet_plan("assignprose-095")) == {
        ("Sở Tài nguyên và Môi trường", "execute"), ("Sở Xây dựng", "execute"), ("Sở Tài chính", "execute"),
        ("Sở Tài nguyên và Môi trường", "lead"), ("Bộ Tài nguyên và Môi trường", "report"), ("UBND tỉnh", "report")}


def test_a_table_of_aims_written_one_cell_a_paragraph():
    # aimstables-015 (mpi.gov.vn): "STT\n\nChỉ tiêu\n\n…\n\n1\n\nTốc độ tăng … (GDP)\n\n%\n\nKhoảng 6\n\n
    # Khoảng 6,5\n\nBộ KHĐT": each row's number between blank lines was taken for a page's; "Khoảng"
    # before a figure made no aim.
    plan = heldout.snippet_plan("aimstables-015")
    assert [(t.value, t.until, t.unit, t.comparator) for t in plan.targets] == [
        (6, None, "%", "="), (6.5, None, "%", "="), (3700, None, "USD", "="), (3700, None, "USD", "="),
        (4, None, "%", "="), (4, None, "%", "="), (45, 47, "%", "="), (45, 47, "%", "="),
        (4.8, None, "%", "="), (4.8, None, "%", "=")]
    assert plan.targets[0].indicator == "Tốc độ tăng tổng sản phẩm trong nước (GDP) Quốc hội"
    assert unit_pairs(plan) == {("Bộ KHĐT", "lead")}
    # aimstables-017: "Trên 90" keeps its comparator; the column of bodies in charge leads.
    plan = heldout.snippet_plan("aimstables-017")
    assert [(t.value, t.comparator) for t in plan.targets] == [
        (90, ">"), (87, ">"), (87, ">"), (91, "="), (42, "="), (42, "=")]
    assert unit_pairs(plan) == {("Bộ KHĐT", "lead"), ("Bộ NNPTNT", "lead"), ("Bộ TNMT", "lead"), ("Bộ XD", "lead")}


@pytest.mark.parametrize("text, numbers", [
    # Double-spaced cells: the row's number kept.
    ("STT\n\nChỉ tiêu\n\nĐơn vị\n\n1\n\nTỷ lệ che phủ rừng\n\n%\n", ["STT", "Chỉ tiêu", "Đơn vị", "1",
                                                                    "Tỷ lệ che phủ rừng", "%"]),
    # A page's number between paragraphs of several lines: dropped.
    ("Sở Y tế chủ trì\ntổ chức thực hiện.\n\n12\n\nSở Tài chính bố trí\nkinh phí.\n",
     ["Sở Y tế chủ trì", "tổ chức thực hiện.", "Sở Tài chính bố trí", "kinh phí."]),
])
def test_a_number_between_blank_lines(text, numbers):
    assert [c[2] for c in cell_lines(text, 0, len(text))] == numbers


def test_watching_bodies_is_monitoring():
    # assignprose2-011: "Sở Thông tin và Truyền thông tỉnh Thanh Hóa có trách nhiệm xây dựng, ban hành văn
    # bản hướng dẫn, theo dõi, đôn đốc các sở, ban, ngành cấp tỉnh; …" (monitor_objects: the bodies
    # watched, as work is).
    plan = heldout.snippet_plan("assignprose2-011")
    assert ("Sở Thông tin và Truyền thông tỉnh Thanh Hóa", "monitor") in unit_pairs(plan)


def test_a_later_sentence_without_a_subject_goes_on_with_the_units():
    # assignprose2-041: "… UBND các huyện, thị xã, thành phố chịu trách nhiệm trước UBND tỉnh … . Chỉ đạo,
    # đôn đốc, hướng dẫn UBND cấp xã …": the districts monitor.
    assert ("UBND các huyện, thị xã, thành phố", "monitor") in unit_pairs(heldout.snippet_plan("assignprose2-041"))


def test_a_count_under_a_column_of_percentages_is_no_percentage():
    # A row whose counts stand under a column of rates (the table's empty cell left out): "%" by the
    # column, 27786 is no share.
    text = ("II. MỤC TIÊU\n\n| TT | Xã | Tỷ lệ bao phủ BHYT (%) |\n|---|---|---|\n"
            "| 1 | Xã Tam Xuân | 27.786 |\n| 2 | Xã Chiên Đàn | 95,5 |\n")
    plan = extract(text=heldout.HEADER + text)
    assert [(t.value, t.unit) for t in plan.targets] == [(95.5, "%")]


def test_the_task_noun_ends_a_name():
    # assignprose3-011: "Khẩn trương báo cáo Thủ tướng Chính phủ việc tháo gỡ khó khăn …" (the name
    # ran on to "việc"); "việc làm" is the tagger's one word, in a name.
    units = unit_pairs(heldout.snippet_plan("assignprose3-011"))
    assert ("Thủ tướng Chính phủ", "report") in units and not any(u.endswith("việc") for u, _ in units)
    assert implementation_units("Giao Trung tâm Dịch vụ việc làm tỉnh chủ trì tổ chức sàn giao dịch việc làm.") == {
        ("Trung tâm Dịch vụ việc làm tỉnh", "lead")}


def test_a_long_list_of_bodies_is_read_to_its_end():
    # assignprose2-045: the request's list runs to 236 characters; the last name was cut at "Quảng".
    assert ("Ủy ban nhân dân các tỉnh Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên-Huế", "execute") \
        in unit_pairs(heldout.snippet_plan("assignprose2-045"))


def test_a_party_committee_in_lower_case_after_a_request():
    # assignprose2-003: "Ban Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở, Mặt trận và các
    # đoàn thể huyện tổ chức quán triệt …" (lower_case_bodies: "cấp ủy").
    assert {("cấp ủy các chi bộ, đảng bộ cơ sở", "execute"), ("Mặt trận", "execute"),
            ("các đoàn thể huyện", "execute")} <= unit_pairs(heldout.snippet_plan("assignprose2-003"))
    assert implementation_units("Giao cấp ủy cơ sở lãnh đạo thực hiện.") == {("cấp ủy cơ sở", "execute")}
