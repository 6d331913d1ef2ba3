"""The forty-sixth session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers) and the real documents."""
from __future__ import annotations

from heldout_plans import ROOT, heldout, implementation_units, unit_pairs

from pipeline.api import extract


def test_a_class_of_three_kinds_without_cac_opening_an_item_is_a_class():
    """assignprose5-011 (Hồ Chí Minh City's plan on the satisfaction survey): "1. Sở, ban, ngành, Ủy
    ban nhân dân quận-huyện, xã, phường, thị trấn thực hiện …" names two classes, as "Các sở, ban,
    ngành" would; two kinds alone ("Bộ, ngành" after "gửi … và") name one body again, no class."""
    assert unit_pairs(heldout.snippet_plan("assignprose5-011")) == {
        ("Sở, ban, ngành", "execute"), ("Ủy ban nhân dân quận-huyện, xã, phường, thị trấn", "execute")}
    assert implementation_units("- Báo cáo gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý.") \
        == {("Sở Nông nghiệp và Môi trường", "report")}


def _targets(text: str) -> list[tuple]:
    plan = extract(text=heldout.HEADER + "II. MỤC TIÊU\n\n" + text + "\n", source="t.txt")
    return [(t.value, t.until, t.unit, t.comparator, t.indicator) for t in plan.targets]


def test_a_figure_glued_to_its_comparator_is_read():
    """aimsgov-003 (the Prime Minister's programme on child mortality as a portal prints it): "giảm
    tỷ suất tử vong trẻ dưới 5 tuổi xuống dưới18,5‰" — the figure glued to "dưới" is an aim
    below 18,5‰, as with a space."""
    plan = heldout.snippet_plan("aimsgov-003")
    assert [(t.value, t.unit, t.comparator) for t in plan.targets if t.value == 18.5] == [(18.5, "‰", "<")]
    assert _targets("- Tỷ lệ che phủ rừng đạt trên45%.") == [(45, None, "%", ">", "Tỷ lệ che phủ rừng")]


def test_where_the_value_before_holds_is_no_part_of_the_next_values_subject():
    """aimsgov-003: "… đạt 95% toàn quốc, miền núi đạt 80%" — "toàn quốc" tells where the 95% holds;
    the 80% is of "miền núi", the words after the comma before its verb of reaching."""
    got = _targets("- Tỷ lệ phụ nữ đẻ được người đỡ đẻ có kỹ năng hỗ trợ đạt 95% toàn quốc, miền núi đạt 80%.")
    assert [(v, i) for v, _, _, _, i in got] == [
        (95, "Tỷ lệ phụ nữ đẻ được người đỡ đẻ có kỹ năng hỗ trợ"), (80, "miền núi")]


def test_a_role_cue_after_adverbs_of_manner_gives_its_role():
    """assignprose6-005 (a district's press item on its steering committee): "Các thành viên Ban Chỉ
    đạo tích cực, chủ động phối hợp chặt chẽ với các phòng, ban, ngành, đoàn thể; …" — the members
    coordinate (the annotation README: the subject of "X phối hợp …" too); the adverbs and their
    comma (manner_words) had put the cue past the three words a cue may follow."""
    assert unit_pairs(heldout.snippet_plan("assignprose6-005")) == {
        ("Các thành viên Ban Chỉ đạo", "execute"), ("Các thành viên Ban Chỉ đạo", "coordinate"),
        ("các phòng, ban, ngành, đoàn thể", "coordinate")}


def test_a_subject_after_an_opening_on_the_topic_or_the_period_is_read():
    """assignorg-019 (a provincial Fatherland Front's plan as its portal tells it): "Về phản biện xã
    hội, Ủy ban Mặt trận Tổ Quốc tỉnh và các tổ chức chính trị xã hội dự kiến thực hiện …" — after
    "Về …," (sentence_preambles) as after "Trong tháng …,"; "Hàng tháng, …" too."""
    assert {("Ủy ban Mặt trận Tổ Quốc tỉnh", "execute"), ("các tổ chức chính trị xã hội", "execute")} \
        <= unit_pairs(heldout.snippet_plan("assignorg-019"))
    assert implementation_units("Hàng tháng, Sở Nội vụ kiểm tra việc thực hiện.") == {
        ("Sở Nội vụ", "execute"), ("Sở Nội vụ", "monitor")}


def test_a_sums_task_before_the_words_of_aiming_names_what_it_measures():
    """aimsprose6-019 (a district farmers' union's congress aims as a portal prints them): "Tăng
    cường xây dựng quỹ hội, phấn đấu đạt trên 10 tỷ đồng" — nothing named after "phấn đấu" but a
    verb: the task before the comma names the sum (it had no indicator); a percentage's too, without
    the words of aiming; a time alone names nothing."""
    assert _targets("- Tăng cường xây dựng quỹ hội, phấn đấu đạt trên 10 tỷ đồng.") == [
        (10, None, "tỷ đồng", ">", "Tăng cường xây dựng quỹ hội")]
    assert _targets("- Tăng cường xây dựng quỹ hội, phấn đấu đạt trên 90%.") == [
        (90, None, "%", ">", "Tăng cường xây dựng quỹ hội")]
    assert _targets("- Riêng năm 2026, phấn đấu đạt khoảng 130 nghìn tỷ đồng.")[0][4] is None


def test_the_head_of_a_body_told_of_at_a_sentences_start_leads():
    """assignprose6-021 and -037 (a district's and a provincial inspectorate's press items): "Trung
    tâm Chỉ huy … huyện Đăk Hà do chủ tịch UBND huyện làm Trưởng Ban chỉ huy", "Đoàn thanh tra gồm 5
    người do ông Đặng Quốc Khánh, Trưởng phòng Thanh tra, …, làm Trưởng đoàn" — the head leads, named
    by the office (the person's name left out); the body is told of, not set up."""
    assert ("chủ tịch UBND huyện", "lead") in unit_pairs(heldout.snippet_plan("assignprose6-021"))
    assert unit_pairs(heldout.snippet_plan("assignprose6-037")) == {
        ("Trưởng phòng Thanh tra, giải quyết khiếu nại, tố cáo cụm số 1", "lead")}
    assert ("Ban Chỉ đạo Chiến dịch cấp tỉnh", "lead") in unit_pairs(extract(ROOT / "corpus/probes/m57.txt"))


def test_a_schools_plan_naming_the_school_as_requester_asks_the_units_after_it():
    """assignorg-015 (a university's notice of a holiday): "Nhà trường yêu cầu Trưởng các đơn vị,
    các đoàn thể quần chúng trong trường thông báo chủ trương này …" — "Nhà trường" requests as
    "Bộ" and "Sở" do (requesting_documents)."""
    assert {("Trưởng các đơn vị", "execute"), ("các đoàn thể quần chúng trong trường", "execute")} \
        <= unit_pairs(heldout.snippet_plan("assignorg-015"))


def test_a_congress_setting_out_its_chief_aims_frames_the_counts_after_its_colon():
    """aimsorg-001 (a ward veterans' union congress as a city portal tells it): "… Hội CCB phường
    Hà Tu đề ra các chỉ tiêu chủ yếu: phấn đấu 100% hội viên …; kết nạp từ 10-15 hội viên trở lên;
    …" — "đề ra các chỉ tiêu" sets out aims as "đề ra mục tiêu" does (aim_frames): the count after
    the colon is one."""
    plan = heldout.snippet_plan("aimsorg-001")
    assert (10, 15, "hội viên") in {(t.value, t.until, t.unit) for t in plan.targets}


def test_a_count_whose_own_verb_opens_it_after_a_percentages_comma_is_an_aim():
    """aimsprose6-031 (a commune council's resolution as its portal prints it): "Tỷ lệ trường chuẩn
    Quốc gia đạt 100%, giải quyết việc làm mới cho 566 lao động, …" — the count has a clause of its
    own, no description of what the percentage is of ("100% các khu công nghiệp có tối thiểu 1
    trạm" still is)."""
    got = _targets("- Tỷ lệ trường chuẩn Quốc gia đạt 100%, giải quyết việc làm mới cho 566 lao động, "
                   "tỷ lệ lao động qua đào tạo đạt 81%.")
    assert [(v, u) for v, _, u, _, _ in got] == [(100, "%"), (566, "lao động"), (81, "%")]
    assert [v for v, *_ in _targets("- 100% các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.")] == [100]


def test_two_small_counts_joined_by_den_before_a_counted_noun_are_a_range():
    """aimsprose6-015 (a district's aims for 2021-2025): "Tăng 1 đến 2 xã đạt chuẩn nông thôn mới" —
    1 to 2 communes, as "từ 1 đến 2" and "1-2" are."""
    assert _targets("- Tăng 1 đến 2 xã đạt chuẩn nông thôn mới.") == [
        (1, 2, "xã", "=", "xã đạt chuẩn nông thôn mới")]


def test_the_hectare_a_products_value_is_per_is_no_aim():
    """aimsprose6-031: "giá trị sản phẩm trên một ha đất trồng trọt … đạt 169 triệu đồng" — the one
    hectare (spelled, or "01 ha" after "thu được trên") is what the value is per (base_words)."""
    got = _targets("- Giá trị sản phẩm thu được trên một ha đất trồng trọt đạt 170 triệu đồng.")
    assert got == [(170, None, "triệu đồng", "=", "Giá trị sản phẩm thu được trên một ha đất trồng trọt")]
    got = _targets("- Giá trị sản phẩm thu được trên 01 ha đất trồng trọt đạt 140 triệu đồng.")
    assert [(v, u) for v, _, u, _, _ in got] == [(140, "triệu đồng")]


def test_the_number_of_a_name_printed_with_spaces_round_its_dash_is_no_count():
    """assignprose6-035 (a district's press item on its communes' COVID-19 committees): "Ban Chỉ đạo
    phòng chống dịch COVID - 19 xã làm Chỉ huy trưởng" — the 19 is the disease's name's, as in
    "COVID-19" (it was read as 19 "xã làm")."""
    plan = heldout.snippet_plan("assignprose6-035")
    assert 19 not in {t.value for t in plan.targets}
    assert [v for v, *_ in _targets("- Kiểm soát dịch Covid -19 tại 100% xã.")] == [100]


def test_a_value_after_the_thing_the_one_before_names_and_its_joining_verb_shares_that_thing():
    """aimsprose5-039 (Hải Dương's plan for the campaign of physical training, as a portal prints
    it): "… có trên 38% số dân thường xuyên luyện tập thể dục thể thao và đạt 42% vào năm 2030" — the
    42% is of the same people (it had the province's words before the first figure)."""
    indicator = "số dân thường xuyên luyện tập thể dục thể thao"
    got = _targets(f"- Hải Dương phấn đấu đến năm 2025 có trên 38% {indicator} và đạt 42% vào năm 2030.")
    assert [(v, i) for v, _, _, _, i in got] == [(38, indicator), (42, indicator)]


def test_a_results_excess_over_its_resolution_in_brackets_is_no_aim():
    """aimsorg-025 (a commune Party congress's review as a provincial paper prints it): "kết nạp được
    50 đảng viên mới (vượt 25% so với Nghị quyết)", "trồng lại được 34,5ha chè (vượt 24,5ha so với
    chỉ tiêu Nghị quyết)", "(cao hơn 3,1% so với Nghị quyết)" — the excess is a comparison of the
    result (exceedances), no aim; the results are kept."""
    values = {t.value for t in heldout.snippet_plan("aimsorg-025").targets}
    assert {34.5, 64.7, 50} <= values
    assert not values & {24.5, 34.7, 25, 4.2, 3.1}


def test_a_role_cue_capitalised_by_a_slip_after_a_place_ends_the_bodys_name():
    """assignprose5-017 (Sóc Trăng's plan for its ethnic minorities' congress): "1. Báo Sóc Trăng,
    Đài Phát thanh – Truyền hình Sóc Trăng Phối hợp Ban Dân tộc tỉnh …" — "Phối hợp" capitalised
    by a slip ends the broadcaster's name, as in lower case: both coordinate with the Ban."""
    units = unit_pairs(heldout.snippet_plan("assignprose5-017"))
    assert {("Báo Sóc Trăng", "coordinate"), ("Đài Phát thanh – Truyền hình Sóc Trăng", "execute"),
            ("Đài Phát thanh – Truyền hình Sóc Trăng", "coordinate"), ("Ban Dân tộc tỉnh", "coordinate")} <= units
    assert not any("Phối hợp" in unit for unit, _ in units)


def test_the_plan_the_bodies_carrying_a_decision_out_are_listed_in_is_no_part_of_a_name():
    """assigngov-001 (the Prime Minister's decision on the administrative reform inspection plan):
    "… Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong Kế hoạch kiểm tra
    chịu trách nhiệm thi hành Quyết định này" — the chairmen carry it out; "trong Kế hoạch kiểm tra"
    says where they are listed (carry_out_tails)."""
    assert ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute") \
        in unit_pairs(heldout.snippet_plan("assigngov-001"))


def test_a_lists_further_sums_after_its_first_reached_one_are_figures():
    """aimsprose4-027 (Quảng Ngãi's export report as a provincial paper prints it): "… gồm thủy sản
    chế biến ước đạt 19,7 triệu USD (tăng 25,9%); may mặc 66,4 triệu USD (tăng 30,1%); …" — the
    list's further sums, the verb of reaching left out, are figures as the first is."""
    values = {(t.value, t.unit) for t in heldout.snippet_plan("aimsprose4-027").targets}
    assert {(19.7, "triệu USD"), (66.4, "triệu USD"), (4.2, "triệu USD"), (99.1, "triệu USD"),
            (82.4, "triệu USD"), (560, "triệu USD")} <= values


def test_a_vague_partner_joined_to_the_last_body_carrying_a_decision_out_is_left_out():
    """assigngov-015 (the Prime Minister's decision on his administrative procedures team): "…, Chủ
    tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và cá nhân, tổ chức liên quan
    chịu trách nhiệm thi hành Quyết định này" — the chairmen carry it out (they were lost with the
    vague partner)."""
    assert ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "execute") \
        in unit_pairs(heldout.snippet_plan("assigngov-015"))
