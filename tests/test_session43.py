"""The forty-third session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers, the national-level batch among them): a line announcing aims ("Chiến lược đề ra mục
tiêu:", "mục tiêu … như sau: …") makes the figures after it aims as a heading of aims does; ranks
within a number of the best; a value closing its bracket; a letter's closing formula; the first
task after an assigning colon; names of classes and levels; "phân công" directing."""
from __future__ import annotations

from heldout_plans import heldout, unit_pairs

from pipeline.api import extract

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n"


def _targets(plan) -> list[tuple]:
    return [(t.value, t.until, t.unit, t.kind) for t in plan.targets]


def test_a_line_ending_in_a_colon_announces_the_items_under_it():
    """aimsprose3-001, a national strategy's aims: "Chiến lược đề ra mục tiêu:" then "1. Đến năm
    2025" and its lettered items; the counts of the items need no verb of aiming ("Hình thành được
    02 trung tâm …", "Nâng cấp, hình thành mới được 10 cơ sở …")."""
    got = _targets(heldout.snippet_plan("aimsprose3-001"))
    assert got == [(5, None, "nước", "target"), (60, None, "nước", "target"),
                   (5, None, "thương hiệu", "target"), (1, None, "trung tâm quốc", "target"),
                   (2, None, "trung tâm đổi", "target"), (10, None, "cơ sở nghiên", "target")]


def test_the_rest_of_a_line_after_aims_announced_in_it():
    """aimsprose3-003: "Cụ thể, mục tiêu phát triển khoa học, công nghệ đến năm 2025 như sau: …; có
    25 - 30 tổ chức khoa học và công nghệ được xếp hạng …; … thuộc nhóm 40 quốc gia hàng đầu"."""
    got = _targets(heldout.snippet_plan("aimsprose3-003"))
    assert (25, 30, "tổ chức khoa", "target") in got
    assert (40, None, "quốc gia", "target") in got


def test_no_announcement_without_the_words_of_aims():
    """A colon after other words announces nothing: the count with no verb of aiming stays out."""
    text = HEADER + "Các nhiệm vụ như sau:\n\n1. Năm 2026\n\na) Có 02 trung tâm đổi mới sáng tạo.\n"
    assert _targets(extract(text=text, source="t.txt")) == []
    aimed = HEADER + "Mục tiêu như sau:\n\n1. Năm 2026\n\na) Có 02 trung tâm đổi mới sáng tạo.\n"
    assert _targets(extract(text=aimed, source="t.txt")) == [(2, None, "trung tâm đổi", "target")]


def test_a_section_of_the_situation_is_not_announced():
    """Under "I. KẾT QUẢ THỰC HIỆN", "Các chỉ tiêu như sau: …" reports: achieved, not aims."""
    text = HEADER + ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nCác chỉ tiêu như sau: tỷ lệ hộ nghèo còn 2,1%; "
                     "có 15 xã đạt chuẩn nông thôn mới.\n")
    assert _targets(extract(text=text, source="t.txt")) == [(2.1, None, "%", "achieved"),
                                                            (15, None, "xã", "achieved")]


def test_a_rank_within_a_number_of_the_best():
    """aimsprose3-009, under an unnumbered "Mục tiêu cụ thể đến năm 2030": "Nằm trong 4 quốc gia có
    hệ thống giáo dục đại học tốt nhất khu vực Đông Nam Á và trong 10 quốc gia … tốt nhất châu Á"
    (no group word "nhóm": a ranked noun and its superlative make the rank); the count of an earlier
    clause, before the semicolon, names nothing of it."""
    got = [(t.value, t.unit, t.indicator) for t in heldout.snippet_plan("aimsprose3-009").targets]
    assert (4, "quốc gia", "quốc gia có hệ thống giáo dục đại học tốt nhất khu vực Đông Nam Á") in got
    assert (10, "quốc gia", "quốc gia có hệ thống giáo dục đại học tốt nhất châu Á") in got


def test_no_rank_within_days_nor_under_a_table_cell():
    """"trong 10 ngày" is no rank (nor an aim: a duration with no bound); a line "Chỉ tiêu đạt được"
    that is a table's cell (a pipe on the next line) heads no paragraph of aims."""
    text = HEADER + "Mục tiêu cụ thể\n\nHoàn thành việc rà soát trong 10 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.\n"
    assert extract(text=text, source="t.txt").targets == []
    cells = HEADER + "Nhiệm vụ\n|\nChỉ tiêu đạt được\n|\nLắp đặt 22 trạm quan trắc tự động quốc gia\n"
    assert extract(text=cells, source="t.txt").targets == []


def test_a_letters_closing_formula_gives_its_sender_no_task():
    """assignprose4-001, a Government Office letter: "Văn phòng Chính phủ xin thông báo để đồng chí
    Bí thư Tỉnh ủy Bến Tre và các Bộ, cơ quan liên quan biết, thực hiện./." tells whom it is sent to;
    the Office does nothing (the instruction's own subject does)."""
    got = unit_pairs(heldout.snippet_plan("assignprose4-001"))
    assert ("Đồng chí Bí thư Tỉnh ủy Bến Tre", "execute") in got
    assert not any(unit == "Văn phòng Chính phủ" for unit, _ in got)


def test_a_task_listed_after_the_assigning_colon_gives_its_role():
    """"UBND tỉnh giao Sở Công Thương:" then "- Chủ trì, phối hợp với …": the first item's cue is
    the task's (lead), as after "Giao X chủ trì"."""
    text = HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\nUBND tỉnh giao Sở Công Thương:\n\n- Chủ trì, phối hợp với các " \
        "địa phương báo cáo tình hình.\n\n- Đánh giá đề xuất.\n"
    assert unit_pairs(extract(text=text, source="t.txt")) == {("Sở Công Thương", "lead")}


def test_a_count_of_areas_opening_its_item_after_a_done_particle():
    """"Xây dựng được 8 vùng khai thác bền vững dược liệu tự nhiên" under aims: the verb and its
    particle open the item (as "Phát triển 20 vùng trồng dược liệu" does), so the count of areas is
    an aim though "vùng" after a number is mostly none."""
    text = HEADER + "II. MỤC TIÊU\n\nXây dựng được 8 vùng khai thác bền vững dược liệu tự nhiên.\n"
    assert [(t.value, t.unit) for t in extract(text=text, source="t.txt").targets] == [(8, "vùng khai thác")]


def test_a_value_closing_its_bracket_is_of_the_words_before_it():
    """A figure in brackets after what it measures, the sentence going on after the bracket with a
    cause ("thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài (đạt 87,6%)\\ndo một số doanh nghiệp
    … tạm dừng sản xuất"): its indicator is the words before the bracket, not ") do …"."""
    text = HEADER + ("I. KẾT QUẢ THỰC HIỆN\n\nCó 3 khoản thu không đạt dự toán: thu từ khu vực doanh nghiệp có "
                     "vốn đầu tư nước ngoài (đạt 87,6%)\ndo một số doanh nghiệp chế biến khoáng sản tạm dừng sản "
                     "xuất; thuế bảo vệ môi trường (đạt 98,2%).\n")
    got = [(t.value, t.indicator, t.kind) for t in extract(text=text, source="t.txt").targets]
    assert got == [(87.6, "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", "achieved"),
                   (98.2, "thuế bảo vệ môi trường", "achieved")]


def test_the_bodies_above_the_grassroots_and_an_office_holder_assigned():
    """"các công đoàn cấp trên cơ sở" is one class (a trade union's level, not "các công đoàn cấp"
    cut at "trên"); "phân công" ends a name and, after a body, gives the bodies after it their task
    as "chỉ đạo" does (assignprose-067: "Thủ tướng phân công Phó Thủ tướng Vương Đình Huệ và Phó Thủ
    tướng Vũ Đức Đam trực tiếp chỉ đạo …")."""
    text = HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\nĐề nghị Liên đoàn Lao động tỉnh phối hợp với các công đoàn cấp " \
        "trên cơ sở triển khai.\n\n- Cấp ủy cấp trên cơ sở phân công cấp ủy viên theo dõi, dự sinh hoạt chi bộ.\n"
    got = unit_pairs(extract(text=text, source="t.txt"))
    assert ("các công đoàn cấp trên cơ sở", "coordinate") in got
    assert ("Cấp ủy cấp trên cơ sở", "execute") in got
    assert not any(unit.endswith("phân công") or unit == "các công đoàn cấp" for unit, _ in got)
    got = unit_pairs(heldout.snippet_plan("assignprose-067"))
    assert ("Phó Thủ tướng Vương Đình Huệ", "execute") in got
    assert ("Phó Thủ tướng Vũ Đức Đam", "execute") in got


def test_the_central_branches_trade_unions_and_their_equals():
    """assignprose4-011: "Tổng Liên đoàn Lao động Việt Nam đề nghị các Liên đoàn Lao động tỉnh,
    thành phố, các Công đoàn ngành Trung ương và tương đương, Công đoàn Tổng Công ty, các Ban, đơn vị
    trực thuộc Tổng Liên đoàn thông báo …": "và tương đương" belongs to the class, the list goes on."""
    assert unit_pairs(heldout.snippet_plan("assignprose4-011")) == {
        ("các Liên đoàn Lao động tỉnh, thành phố", "execute"),
        ("các Công đoàn ngành Trung ương và tương đương", "execute"),
        ("Công đoàn Tổng Công ty", "execute"),
        ("các Ban, đơn vị trực thuộc Tổng Liên đoàn", "execute")}


def test_an_election_committee_at_its_levels():
    """assignprose-011: "Ủy ban bầu cử ở tỉnh, ở huyện, ở xã trên cơ sở đề nghị …" names the
    committees by the election law's levels, one unit (not "Ủy ban bầu cử" cut at "ở")."""
    assert unit_pairs(heldout.snippet_plan("assignprose-011")) == {("Ủy ban bầu cử ở tỉnh, ở huyện, ở xã", "execute")}
    text = HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\nỦy ban bầu cử ở tỉnh chủ trì, phối hợp với Ủy ban bầu cử ở huyện " \
        "kiểm tra.\n"
    assert unit_pairs(extract(text=text, source="t.txt")) == {("Ủy ban bầu cử ở tỉnh", "lead"),
                                                          ("Ủy ban bầu cử ở huyện", "coordinate")}


def test_a_deadline_at_the_latest_opens_a_sentence_before_its_body():
    """assignprose-091: "Chậm nhất vào ngày 30 tháng 9 hằng năm, Tổng Thanh tra Chính phủ trình Thủ
    tướng Chính phủ phê duyệt …": the deadline's words before the comma, then the body and its task."""
    assert ("Tổng Thanh tra Chính phủ", "execute") in unit_pairs(heldout.snippet_plan("assignprose-091"))
    text = HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\nChậm nhất là ngày 14 tháng 3 năm 2021, Ủy ban nhân dân ở cấp tỉnh, " \
        "cấp huyện, cấp xã quyết định thành lập Ban bầu cử.\n"
    assert unit_pairs(extract(text=text, source="t.txt")) == {
        ("Ủy ban nhân dân ở cấp tỉnh, cấp huyện, cấp xã", "execute")}


def test_a_level_labelling_an_item_before_its_body():
    """assignprose-063: "- Cấp xã: UBND cấp xã tổ chức triển khai thực hiện Chương trình OCOP." (the
    level, a label before a colon, is no part of the unit; the body after it does the task)."""
    assert ("UBND cấp xã", "execute") in unit_pairs(heldout.snippet_plan("assignprose-063"))
    text = HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\n- Cấp tỉnh: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài " \
        "chính hướng dẫn.\n"
    assert unit_pairs(extract(text=text, source="t.txt")) == {
        ("Sở Nông nghiệp và Môi trường", "execute"), ("Sở Nông nghiệp và Môi trường", "lead"),
        ("Sở Tài chính", "coordinate")}


def test_the_central_steering_committee_of_the_national_programmes():
    """assignprose-063: "+ Cơ quan chỉ đạo: Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc
    gia." names the committee whole (known_bodies), not "Ban Chỉ đạo Trung ương" cut at "các"; after
    "Giao" its cue follows the whole name."""
    assert ("Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia", "lead") in \
        unit_pairs(heldout.snippet_plan("assignprose-063"))
    text = HEADER + "IV. TỔ CHỨC THỰC HIỆN\n\nGiao Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia chủ " \
        "trì kiểm tra.\n"
    assert unit_pairs(extract(text=text, source="t.txt")) == {
        ("Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia", "lead")}
