"""Rules of the seventeenth session, each on a made-up text: an annex opened by "Phụ lục" alone
on its line, and the ends of a unit's name (a year, a verb the tagger calls a noun, a line opening
with a role's verb)."""
from pipeline import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\n"
         "{title}\n")
_IMPL = _HEAD.format(title="Phát triển kinh tế năm 2025") + "I. MỤC TIÊU\nTăng 5%.\nII. TỔ CHỨC THỰC HIỆN\n"


def _pairs(text: str) -> list[tuple[str, str]]:
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)


def _level_one(text: str) -> list[tuple[str, str | None]]:
    return [(s.label, s.title) for s in extract(text=text).sections if s.level == 1 and s.kind != "article"]


_DECISION = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
             "---------------\nSố: 41/QĐ-TTg\nHà Nội, ngày 06 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
             "Ban hành Kế hoạch cắt giảm thủ tục hành chính năm 2026\nTHỦ TƯỚNG CHÍNH PHỦ\n"
             "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cắt giảm thủ tục hành chính năm 2026.\n"
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n"
             "Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./.\n"
             "Nơi nhận:\nKT. THỦ TƯỚNG\n- Như Điều 3;\nPHÓ THỦ TƯỚNG\n- Lưu: VT.\nNguyễn Văn A\n"
             "KẾ HOẠCH\nCẮT GIẢM THỦ TỤC HÀNH CHÍNH NĂM 2026\n"
             "(Kèm theo Quyết định số 41/QĐ-TTg ngày 06 tháng 3 năm 2026 của Thủ tướng Chính phủ)\n"
             "I. MỤC TIÊU\nCắt giảm 20% thủ tục.\nII. NHIỆM VỤ\nRà soát thủ tục.\nIII. TỔ CHỨC THỰC HIỆN\n"
             "Các bộ báo cáo trước ngày 20 hằng tháng.\n\n")


def test_an_annex_opened_by_phu_luc_alone_on_its_line_holds_no_level_one_heading():
    """A text layer prints "Phụ lục" alone over the caption; the annex's group rows ("IV" over
    its field) are no heading of the plan."""
    annex = ("Phụ lục\nDANH MỤC NHIỆM VỤ CẮT GIẢM THỦ TỤC HÀNH CHÍNH\n"
             "(Kèm theo Quyết định số 41/QĐ-TTg ngày 06 tháng 3 năm 2026 của Thủ tướng Chính phủ)\n"
             "TT\nNhiệm vụ\nCơ quan chủ trì\nIII\nLĨNH VỰC TƯ PHÁP\n1\nCấp phiếu lý lịch tư pháp\nBộ Tư pháp\n"
             "IV\nQUY TRÌNH NỘI BỘ VÀ HẠ TẦNG\n2\nXây dựng hệ thống thông tin\nVăn phòng Chính phủ\n")
    assert _level_one(_DECISION + annex) == [("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")]


def test_phu_luc_in_a_running_sentence_opens_no_annex():
    assert _level_one(_DECISION + "Phụ lục kèm theo Kế hoạch này\nIV. KINH PHÍ\nNgân sách nhà nước.\n")[-1] == (
        "IV", "KINH PHÍ")


def test_a_year_ends_a_units_name():
    pairs = _pairs(_IMPL + "1. Kinh phí thực hiện từ nguồn ngân sách trung ương giao cho Bộ năm 2025, năm 2026. "
                   "Vụ Kế hoạch - Tài chính chủ trì tổng hợp.\n")
    assert not [u for u, _ in pairs if "2025" in u]
    assert ("Vụ Kế hoạch - Tài chính", "lead") in pairs


def test_a_verb_the_tagger_calls_a_noun_ends_a_name():
    """"xác thực" ends a name ("Sở Y tế xác thực, làm sạch dữ liệu"); "biên soạn" does not (the
    review: "Ban Chỉ đạo biên soạn lịch sử Đảng bộ tỉnh", "Ban biên soạn …" are names)."""
    pairs = _pairs(_IMPL + "1. Công an tỉnh\n- Phối hợp với Sở Y tế xác thực, làm sạch dữ liệu dân cư.\n"
                   "3. Phòng Văn hóa - Xã hội\n- Phối hợp với Ban biên soạn lịch sử Đảng bộ xã thu thập tư liệu.\n")
    assert ("Sở Y tế", "coordinate") in pairs
    assert ("Ban biên soạn lịch sử Đảng bộ xã", "coordinate") in pairs
    assert not [u for u, _ in pairs if u.endswith("xác thực")]


def test_a_line_opening_with_a_roles_verb_is_no_part_of_the_name_above():
    """A unit's heading ending in a place's name, its first task on the next line opening with a
    verb of the stops ("Tuyên truyền …"): the later-sentence reading does not run the name on."""
    pairs = _pairs(_IMPL + "8. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình An Giang\n"
                   "Tuyên truyền sâu rộng các nội dung của Kế hoạch trên các phương tiện thông tin đại chúng.\n")
    assert pairs == [("Báo và Phát thanh, Truyền hình An Giang", "execute"),
                     ("Sở Văn hóa, Thể thao và Du lịch", "execute")]


def test_the_opening_lines_of_an_annex():
    """"PHỤ LỤC …" and "Phụ lục 01" open an annex; "Phụ lục", "Phụ lục số 2", "PHỤ BIỂU 02",
    "Biểu số 01" alone on their line only over a caption in capitals or "(Kèm theo …)": not a line of
    the plan naming an annex, a table's cell, nor "BIỂU DƯƠNG" in capitals (the review's cases)."""
    from pipeline.segment import _appendix_at
    caption = "\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n(Kèm theo Kế hoạch số 12/KH-UBND)\n"
    opens = ["PHỤ LỤC II\n", "Phụ lục 01\n", "Phụ lục" + caption, "Phụ lục số 2" + caption,
             "PHỤ BIỂU 02" + caption, "Biểu số 01\n(Kèm theo Kế hoạch số 12/KH-UBND)\n"]
    running = ["Phụ lục số 01: Danh mục nhiệm vụ kèm theo.\nCác sở triển khai.\n",
               "Phụ lục: Danh mục các dự án (kèm theo).\nIII. TỔ CHỨC THỰC HIỆN\n",
               "III.\nBIỂU DƯƠNG, KHEN THƯỞNG\n", "Biểu số 01\nSở Tài chính\nQuý I/2026\n",
               "Sản phẩm\nPhụ lục\nBáo cáo\n", "phụ lục kèm theo\n"]
    text = "Kế hoạch.\n"
    assert [t for t in opens if _appendix_at(text + t, 0, len(text + t)) != len(text)] == []
    assert [t for t in running if _appendix_at(text + t, 0, len(text + t)) is not None] == []


def _aims(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.deadline) for t in extract(text=text).targets]


_ANNEX = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 18/KH-UBND\nAn Giang, ngày 24 tháng 01 năm 2025\nKẾ HOẠCH\n"
          "Phát triển du lịch năm 2025\nI. MỤC TIÊU\n- Triển khai.\nII. NHIỆM VỤ\n- Triển khai.\n"
          "\n**PHỤ LỤC I**\n\n**CHỈ TIÊU PHÁT TRIỂN DU LỊCH NĂM 2025**\n\n_(Kèm theo Kế hoạch số 18/KH-UBND ngày "
          "24/01/2025 của UBND tỉnh)_\n\n"
          "| TT | Chỉ tiêu | ĐVT | Ước thực hiện năm 2024 | Kế hoạch năm 2025 | {growth} |\n"
          "|---|---|---|---|---|---|\n"
          "| 1 | Tổng lượt khách du lịch | Nghìn lượt | 3.420 | 3.700 | 108,2 |\n"
          "| 2 | Tổng thu từ khách du lịch | Tỷ đồng | 5.600 | 6.190 | 110,5 |\n")


def test_the_plans_figure_compared_with_the_estimate_is_an_aim_of_the_plans_year():
    """"So sánh KH/ƯTH (%)" and a growth column naming no year beside "Kế hoạch năm 2025": the
    plan's growth, an aim of 2025 (m81, m83)."""
    for growth in ("So sánh KH/ƯTH (%)", "Tăng trưởng (%)"):
        assert [a for a in _aims(_ANNEX.format(growth=growth)) if a[1] == "%"] == [
            (108.2, "%", "target", "2025"), (110.5, "%", "target", "2025")], growth


def test_a_comparison_of_two_years_is_still_derived():
    assert [a for a in _aims(_ANNEX.format(growth="So sánh 2025/2024 (%)")) if a[1] == "%"] == []


def test_a_joint_plans_first_issuer_column_is_the_issuer():
    """Two issuer columns, each closed by its rule (a joint plan of a department and a Youth Union
    committee, m127): the first column's body is the issuer, its parent the line above."""
    header = ("|\n**ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂN AN**\n**SỞ GIÁO DỤC VÀ ĐÀO TẠO**\n-------\n|\n"
              "**BAN CHẤP HÀNH ĐOÀN TNCS\nHỒ CHÍ MINH**\n**THÀNH PHỐ TÂN AN**\n***\n|\n"
              "**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n"
              "Số: 118/KHLT-SGDĐT\n|\nSố: 21-KHLT/TĐTN\n|\n*Tân An, ngày 22\ntháng 9 năm 2025*\n|\n\n"
              "**KẾ HOẠCH LIÊN TỊCH**\n\nTHỰC HIỆN CÔNG TÁC ĐOÀN TRONG TRƯỜNG HỌC NĂM HỌC 2025 - 2026\n\n"
              "I. MỤC ĐÍCH\nTăng 5%.\n")
    doc = extract(text=header).document
    assert (doc.parent_issuer, doc.issuer, doc.number, doc.symbol) == (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ TÂN AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "118", "KHLT-SGDĐT")


def test_a_class_with_its_members_named_in_full_before_their_tasks():
    """"Các sở, ban, ngành: Sở …, Sở …, Thanh tra tỉnh: theo chức năng …" (m123): the class and
    each member; the short form of "Các Sở: Y tế, Tư pháp …" still takes the kind's head."""
    assert _pairs(_IMPL + "4. Các sở, ban, ngành: Sở Xây\ndựng, Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch, Thanh\n"
                  "tra tỉnh: theo chức năng, nhiệm vụ, chủ động triển khai các nhiệm vụ tại Mục III.\n") == [
        ("Các sở, ban, ngành", "execute"), ("Sở Tư pháp", "execute"), ("Sở Văn hóa, Thể thao và Du lịch", "execute"),
        ("Sở Xây dựng", "execute"), ("Thanh tra tỉnh", "execute")]
    assert _pairs(_IMPL + "4. Các Sở: Y tế, Tư pháp theo chức năng, nhiệm vụ triển khai.\n") == [
        ("Sở Tư pháp", "execute"), ("Sở Y tế", "execute")]


def test_a_name_run_to_its_place_stops_at_a_comma_unless_places_are_listed():
    from pipeline.extract.responsibilities import leading_units
    assert leading_units("Hiệp hội Doanh nghiệp tỉnh, Hội Doanh nhân trẻ tỉnh, Liên minh Hợp tác xã tỉnh")[0] == [
        "Hiệp hội Doanh nghiệp tỉnh", "Hội Doanh nhân trẻ tỉnh", "Liên minh Hợp tác xã tỉnh"]
    assert leading_units("Ngân hàng Nhà nước chi nhánh tỉnh, thành phố trực thuộc Trung ương chủ trì")[0] == [
        "Ngân hàng Nhà nước chi nhánh tỉnh, thành phố trực thuộc Trung ương"]


def test_a_row_numbered_as_the_group_row_above_is_its_sibling():
    """"2 | Hồ tiêu" with no values over "- Lượng" and "- Giá trị", then "3 | Cao su | triệu USD |
    …": Cao su's values are its own, not Hồ tiêu's (m125); the Roman group row still names its
    numbered rows. (The bulleted "Lượng" takes the caption's activity, "xuất khẩu".)"""
    table = ("\n**PHỤ LỤC I**\n\nMỤC TIÊU XUẤT KHẨU CÁC MẶT HÀNG GIAI ĐOẠN 2026 - 2030\n\n"
             "| TT | Mặt hàng | ĐVT | Năm 2026 | Năm 2030 |\n|---|---|---|---|---|\n"
             "| I | Nông sản | triệu USD | 989 | 1.302 |\n"
             "| 1 | Hồ tiêu |  |  |  |\n|  | - Lượng | tấn | 21.500 | 22.500 |\n"
             "| 2 | Cao su | triệu USD | 43 | 52 |\n")
    doc = extract(text=_HEAD.format(title="Phát triển xuất khẩu giai đoạn 2026 - 2030")
                  + "I. MỤC TIÊU\n- Triển khai.\nII. NHIỆM VỤ\n- Triển khai.\n" + table)
    assert [(t.value, t.indicator) for t in doc.targets] == [
        (989, "Nông sản"), (1302, "Nông sản"), (21500, "Lượng xuất khẩu Hồ tiêu"),
        (22500, "Lượng xuất khẩu Hồ tiêu"), (43, "Cao su"), (52, "Cao su")]


def test_a_year_under_a_period_spanning_columns_is_the_columns():
    """"Kế hoạch giai đoạn 2026 - 2030" over "Năm 2026 | … | Năm 2030": each cell's deadline is its
    own year (the review: all were 2030)."""
    table = ("\n**PHỤ LỤC I**\n\nMỤC TIÊU XUẤT KHẨU GIAI ĐOẠN 2026 - 2030\n\n_(Kèm theo Kế hoạch số 12/KH-UBND)_\n\n"
             "| TT | Mặt hàng | ĐVT | Ước TH năm 2025 | Kế hoạch giai đoạn 2026 - 2030 |  "
             "| Tăng BQ 2026 - 2030 (%/năm) |\n"
             "|---|---|---|---|---|---|---|\n|  |  |  |  | Năm 2026 | Năm 2030 |  |\n"
             "| 1 | Cao su | triệu USD | 41,2 | 43 | 52 | 4,8 |\n| 2 | Hồ tiêu | triệu USD | 128 | 132 | 155 | 3,8 |\n")
    doc = extract(text=_HEAD.format(title="Phát triển xuất khẩu giai đoạn 2026 - 2030")
                  + "I. MỤC TIÊU\n- Triển khai.\nII. NHIỆM VỤ\n- Triển khai.\n" + table)
    assert [(t.value, t.kind, t.deadline) for t in doc.targets] == [
        (41.2, "achieved", "2025"), (43, "target", "2026"), (52, "target", "2030"), (4.8, "target", "2030"),
        (128, "achieved", "2025"), (132, "target", "2026"), (155, "target", "2030"), (3.8, "target", "2030")]


_DECISION_OPENING = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 12/QĐ-UBND\n"
                     "An Giang, ngày 05 tháng 4 năm 2025\n\nQUYẾT ĐỊNH\n"
                     "Ban hành Kế hoạch phát triển lâm nghiệp\nỦY BAN NHÂN DÂN TỈNH AN GIANG\n"
                     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
                     "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển lâm nghiệp.\n"
                     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
_DECISION_CLOSING = ("\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\n"
                     "KẾ HOẠCH\nPHÁT TRIỂN LÂM NGHIỆP\n"
                     "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/4/2025 của UBND tỉnh)\n"
                     "I. MỤC TIÊU\nTrồng 500 ha rừng.\nII. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì.\n")


def test_the_holders_carrying_out_a_decision_over_a_title_no_vocabulary_has():
    """"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh" among the holders of Điều 3 (m129 lost all before it);
    one holder of an unknown title is passed over to the ones before it."""
    article = ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Chỉ huy trưởng Bộ Chỉ huy\n"
               "Quân sự tỉnh; Trưởng đài khí tượng thủy văn tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu "
               "trách nhiệm thi hành Quyết định này./.")
    doc = extract(text=_DECISION_OPENING + article + _DECISION_CLOSING)
    holders = [r.unit for r in doc.responsibilities if r.role == "execute" and r.start < doc.text.index("Nơi nhận")]
    assert sorted(holders) == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường", "Giám đốc Sở Tài chính", "Trưởng đài khí tượng thủy văn tỉnh"]


def test_a_year_right_before_a_values_verb_is_its_deadline():
    """"… năm 2026 đạt 1.415 triệu USD; đến năm 2030 đạt 1.900 triệu USD": the first is due 2026
    (the next clause's "đến năm 2030" was taken); not a price's base year ("theo giá so sánh năm
    2010"), nor the year of another value before it ("21,5% năm 2025, 21% năm 2026")."""
    aims = [(t.value, t.deadline) for t in extract(text=_HEAD.format(title="Phát triển xuất khẩu giai đoạn 2026 - 2030")
            + "I. MỤC TIÊU\n2. Mục tiêu cụ thể\na) Kim ngạch xuất khẩu nông, lâm sản năm 2026 đạt 1.415 triệu USD; đến "
            "năm 2030 đạt 1.900 triệu USD.\nb) Giá trị sản xuất công nghiệp năm 2027 theo giá so sánh năm 2010 đạt "
            "300.000 tỷ đồng.\nc) Tỷ lệ trẻ em suy dinh dưỡng giảm xuống còn 21,5% năm 2025, 21% năm 2026.\n").targets]
    assert aims == [(1415, "2026"), (1900, "2030"), (300000, "2027"), (21.5, "2025"), (21, "2026")]
