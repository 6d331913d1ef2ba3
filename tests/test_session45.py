"""The forty-fifth session's rules, on the held-out real snippets' dev halves (tests/fixtures/heldout,
odd numbers) and the real documents."""
from __future__ import annotations

from heldout_plans import ROOT, heldout, unit_pairs

from pipeline.api import extract


def test_a_peoples_committee_printed_once_before_its_places_is_one_unit_of_each():
    """assignprose-017 (a province's press release of its instruction): "phối hợp với … UBND huyện
    Long Mỹ, TP Vị Thanh" and "Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh" name two committees and
    two chairmen, each of its place; corpus/probes m379's "Ủy ban nhân dân xã Tri Tôn, xã Tịnh
    Biên, xã Ô Lâm" three."""
    units = unit_pairs(heldout.snippet_plan("assignprose-017"))
    assert {("UBND huyện Long Mỹ", "coordinate"), ("UBND TP Vị Thanh", "coordinate"),
            ("Chủ tịch UBND huyện Long Mỹ", "execute"), ("Chủ tịch UBND TP Vị Thanh", "execute")} <= units
    assert not any("Long Mỹ" in unit and "Vị Thanh" in unit for unit, _ in units)
    units = unit_pairs(extract(ROOT / "corpus/probes/m379.txt"))
    assert {(f"Ủy ban nhân dân xã {place}", "execute") for place in ("Tri Tôn", "Tịnh Biên", "Ô Lâm")} <= units


def _targets(text: str) -> list[tuple]:
    plan = extract(text=heldout.HEADER + "II. MỤC TIÊU\n\n" + text + "\n", source="t.txt")
    return [(t.value, t.until, t.unit, t.indicator) for t in plan.targets]


def test_the_people_a_rate_is_per_after_a_slash_and_a_space_are_no_aim():
    """aimsgov-019 (a ministry's review as the Government's portal prints it): "số bác sỹ đạt 15 bác
    sỹ/ 10.000 dân" — the 10.000 after the slash is what the rate is per, as it is with no space."""
    got = _targets("- Số bác sỹ đạt 15 bác sỹ/10.000 dân; số giường bệnh đạt 34,5 giường/ 10.000 dân.")
    assert [(v, u) for v, _, u, _ in got] == [(15, "bác sỹ/10.000 dân"), (34.5, "giường/ 10.000 dân")]


def test_a_multiple_after_higher_than_is_an_aim():
    """aimsgov-029 (a national strategy's aims): "Thu nhập của cư dân nông thôn cao hơn 2,5-3 lần so
    với năm 2020" — "cao" then the comparator "hơn" make "lần" a multiple, as "tăng" and "gấp" do."""
    assert _targets("- Thu nhập của cư dân nông thôn cao hơn 2,5-3 lần so với năm 2020.") == [
        (2.5, 3, "lần", "Thu nhập của cư dân nông thôn")]


def test_two_percentages_each_after_its_deadline_share_the_words_after_the_second():
    """aimsgov-001 (the national gender equality strategy as a portal prints it): "Đến năm 2025 đạt
    60% và đến năm 2030 đạt 75% các cơ quan … có lãnh đạo chủ chốt là nữ" — the first is of the
    same agencies (it had "và" for its indicator)."""
    indicator = "các cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ"
    got = _targets(f"- Đến năm 2025 đạt 60% và đến năm 2030 đạt 75% {indicator}.")
    assert got == [(60, None, "%", indicator), (75, None, "%", indicator)]


def test_a_class_whose_group_word_holds_a_comma_is_a_unit_apart_after_a_comma():
    """assigngov-025 (a ministry's circular on communicable disease surveillance): "phối hợp với
    Chi cục An toàn thực phẩm, các cơ sở khám, chữa bệnh và …" — "các cơ sở khám, chữa bệnh"
    (group_heads) opens a class of its own, not a part of the Chi cục's name."""
    units = unit_pairs(heldout.snippet_plan("assigngov-025"))
    assert ("Chi cục An toàn thực phẩm", "coordinate") in units
    assert not any(unit.startswith("Chi cục An toàn thực phẩm,") for unit, _ in units)


def test_a_percentage_after_a_comma_with_words_of_its_own_is_of_them():
    """aimsgov-003 (the Prime Minister's programme on child mortality as a portal prints it): "…
    miền núi đạt 80%, 70% cha mẹ, người chăm sóc trẻ nhận biết được các dấu hiệu nguy hiểm ở trẻ sơ
    sinh" — the 70% measures the parents named after it, not the birth attendance rate before."""
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsgov-003").targets]
    assert (70, "cha mẹ, người chăm sóc trẻ nhận biết được các dấu hiệu nguy hiểm ở trẻ sơ sinh") in got


def test_heading_for_an_aim_opens_its_indicator_as_setting_one_does():
    """aimsgov-017 (a ministry's plan for telecoms as its portal prints it): "…, hướng tới đạt mục
    tiêu doanh thu 22,9 tỷ USD vào năm 2024" — the words of aiming (aim_frames) are no part of the
    indicator, as "đặt mục tiêu" is not."""
    got = [(t.value, t.unit, t.indicator) for t in heldout.snippet_plan("aimsgov-017").targets]
    assert (22.9, "tỷ USD", "doanh thu") in got


def test_two_numbers_of_thousands_joined_by_den_are_a_range():
    """aimsgov-031 (the Government's resolution on enterprises as a portal prints it): "có 60.000 đến
    70.000 doanh nghiệp quy mô vừa và lớn" — a range with no "từ" before it, both ends in thousands;
    "đến" before anything else tells a time."""
    got = [(t.value, t.until, t.indicator) for t in heldout.snippet_plan("aimsgov-031").targets]
    assert (60000, 70000, "doanh nghiệp quy mô vừa và lớn") in got
    assert [(v, u) for v, u, _, _ in _targets("- Đạt 1.000 doanh nghiệp đến năm 2025.")] == [(1000, None)]


def test_the_first_of_a_list_of_counts_is_of_the_words_of_its_own_clause():
    """aimsgov-015 (the semiconductor strategy as the press prints it): "Việt Nam sẽ thu hút đầu tư
    FDI có chọn lọc, hình thành ít nhất 100 doanh nghiệp thiết kế, 1 nhà máy …" — the first count's
    indicator is its clause's words and thing, not the sentence's (cut at twenty words, it had lost
    the thing)."""
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsgov-015").targets]
    assert (100, "hình thành doanh nghiệp thiết kế") in got


def test_the_agent_of_a_passive_with_duoc_leads():
    """assigngov-023 (a ministry's notice postponing a national sports festival): "Thời gian, quy mô
    … sẽ được Bộ Giáo dục và Đào tạo chủ trì, phối hợp với các Bộ, ngành liên quan" — the ministry
    after "được" leads, as after "do"."""
    assert ("Bộ Giáo dục và Đào tạo", "lead") in unit_pairs(heldout.snippet_plan("assigngov-023"))


def test_sums_under_an_article_allotting_the_budget_estimate_are_no_aims():
    """aimsbudget-001 (a provincial council's resolution): "Điều 1. Giao dự toán ngân sách nhà nước
    năm 2021 với các chỉ tiêu chủ yếu như sau:" over "1. Tổng thu ngân sách nhà nước:\\n\\n10.563.000
    triệu đồng" — the estimate's lines, no aims, though the article calls them "chỉ tiêu"; nor does
    the next item's label "b)" join the unit ("790.000 triệu đồng\\n\\nb) Thu từ nội địa")."""
    assert heldout.snippet_plan("aimsbudget-001").targets == []
    got = _targets("a) Thu từ hoạt động xuất, nhập khẩu:\n\n790.000 triệu đồng\n\nb) Thu từ nội địa:\n\n"
                   "9.240.500 triệu đồng\n")
    assert [(v, u) for v, _, u, _ in got] == [(790000, "triệu đồng"), (9240500, "triệu đồng")]


def test_a_ratio_named_after_words_no_part_of_it_opens_the_indicator():
    """aimsprose5-017 (a province's sports plan as its portal prints it): "Theo chỉ tiêu, nhiệm vụ
    phát triển TDTT tỉnh Vĩnh Long …, ngành thể thao phấn đấu đưa tỷ lệ dân số của tỉnh tham gia
    tập luyện TDTT thường xuyên từ 33% năm 2020 lên 38% năm 2025 và 42% vào năm 2030" — the
    indicator opens with the ratio's word, and the 42% after "năm 2025 và" shares it (it had none);
    a head on the ratio stays ("mức giảm tỷ lệ sinh"), a scale's ratio is none ("tỷ lệ 1:50.000")."""
    indicator = "tỷ lệ dân số của tỉnh tham gia tập luyện TDTT thường xuyên"
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsprose5-017").targets]
    assert (38, indicator) in got and (42, indicator) in got
    assert [i for *_, i in _targets("- Phấn đấu mức giảm tỷ lệ sinh 0,04%.")] == ["mức giảm tỷ lệ sinh"]
    assert [i for *_, i in _targets("- Tỷ lệ che phủ rừng đạt 42% năm 2025 và 45% năm 2030.")] == [
        "Tỷ lệ che phủ rừng", "Tỷ lệ che phủ rừng"]


def test_receivers_joined_after_the_parenthesis_of_the_body_reports_go_through():
    """assignprose5-007 (a province's instruction for the national disaster prevention week):
    "báo cáo kết quả … gửi về Ban Chỉ đạo quốc gia về phòng, chống thiên tai (qua Văn phòng thường
    trực Ban Chỉ đạo) và UBND tỉnh" — the People's Committee after the parenthesis receives the
    reports too."""
    units = unit_pairs(heldout.snippet_plan("assignprose5-007"))
    assert {("Văn phòng thường trực Ban Chỉ đạo", "report"), ("UBND tỉnh", "report")} <= units


def test_thong_qua_names_the_body_reports_go_through_and_a_lower_case_verb_is_no_unit():
    """assignprose5-035 (a province's decision on security teams as its portal prints it): "UBND
    các huyện, thị xã, thành phố báo cáo UBND tỉnh (thông qua Công an tỉnh)" — the police receive
    the reports too, as after "qua"; "chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định …"
    gives "ban hành" no unit of its own."""
    units = unit_pairs(heldout.snippet_plan("assignprose5-035"))
    assert ("Công an tỉnh", "report") in units
    assert not any(unit == "ban hành" for unit, _ in units)


def test_a_bracket_of_parts_after_a_value_leaves_it_the_words_before():
    """aimsprose5-029 (a district's review as a portal prints it): "tốc độ tăng tổng giá trị sản xuất
    trên địa bàn của một số ngành chủ yếu đạt 8,6% (công nghiệp và xây dựng tăng 6,5%; thương mại,
    dịch vụ tăng 10,8%)" — the bracket lists the parts, each with its figure; the 8,6% measures the
    words before it (it had no indicator)."""
    got = [(t.value, t.indicator) for t in heldout.snippet_plan("aimsprose5-029").targets]
    assert (8.6, "tốc độ tăng tổng giá trị sản xuất trên địa bàn của một số ngành chủ yếu") in got
    assert (6.5, "công nghiệp và xây dựng") in got


def test_a_change_in_a_bracket_right_after_a_figure_is_of_what_it_measures():
    """aimsprose4-007 (a city's main aims to 2025): "(4) Vốn đầu tư phát triển toàn xã hội: từ 3,1
    đến 3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm)" — the growth is of the
    investment (it had "theo giá hiện hành" for its indicator)."""
    got = [(t.value, t.until, t.indicator) for t in heldout.snippet_plan("aimsprose4-007").targets]
    assert (12.5, 13.5, "Vốn đầu tư phát triển toàn xã hội") in got


def test_all_kinds_of_a_thing_before_its_figure_is_no_category_number():
    """aimsprose4-003 (a commune's main aims to 2025): "(trong đó: Cây Ngô lai, rau đậu các loại 2.700
    ha; …)" — "các loại" (all kinds) is no "loại 2" label before the figure (not_before_compounds);
    "Đất loại 2" still is."""
    got = [(t.value, t.unit) for t in heldout.snippet_plan("aimsprose4-003").targets]
    assert (2700, "ha") in got
    assert [(v, i) for v, _, _, i in _targets("- Đất loại 2 chiếm 30%.")] == [(30, "Đất loại 2")]
