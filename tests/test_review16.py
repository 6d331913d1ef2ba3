"""Cases of the review of the sixteenth session's rules (a helper's made-up texts, run against
the session's start and its end): each was wrong at some point of the session and is right now."""
from pipeline import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\n"
         "{title}\n")
_IMPL = _HEAD.format(title="Phát triển kinh tế năm 2025") + "I. MỤC TIÊU\nTăng 5%.\nII. TỔ CHỨC THỰC HIỆN\n"
_SITUATION = _HEAD.format(title="Phát triển kinh tế - xã hội năm 2025") + "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n"


def _pairs(text: str) -> list[tuple[str, str]]:
    return sorted((r.unit, r.role) for r in extract(text=text).responsibilities)


def _aims(text: str) -> list[tuple]:
    return [(t.value, t.unit, t.kind) for t in extract(text=text).targets]


def test_lead_with_no_one_named_to_work_with_still_coordinates():
    """"Chủ trì, phối hợp thực hiện …" names no one to work with: the unit coordinates too."""
    assert _pairs(_IMPL + "1. Sở Xây dựng\n- Chủ trì, phối hợp thực hiện các nhiệm vụ được giao tại Phụ lục I.\n") == [
        ("Sở Xây dựng", "coordinate"), ("Sở Xây dựng", "execute"), ("Sở Xây dựng", "lead")]


def test_classes_of_schools_and_zones_in_a_task_cell_stay_whole():
    table = ("| TT | Nhiệm vụ | Chủ trì | Phối hợp |\n|---|---|---|---|\n"
             "| 1 | Giáo dục kỹ năng số | Sở Giáo dục và Đào tạo | Các trường THCS, THPT |\n"
             "| 2 | Thu hút đầu tư | Ban Quản lý các KCN, KKT | Sở Tài chính |\n")
    assert _pairs(_IMPL + table) == [
        ("Ban Quản lý các KCN, KKT", "lead"), ("Các trường THCS, THPT", "coordinate"),
        ("Sở Giáo dục và Đào tạo", "lead"), ("Sở Tài chính", "coordinate")]


def test_results_after_co_in_a_section_of_the_situation_are_kept():
    """"có 120 hộ thoát nghèo" after an active cue is a result; only a passive cue's counts
    ("được thành lập trên cơ sở …, có diện tích …") describe."""
    assert _aims(_SITUATION + "Hỗ trợ 300 hộ nghèo phát triển sản xuất, có 120 hộ thoát nghèo.\nII. MỤC TIÊU\n"
                 "- Tăng 5%.\n") == [(300, "hộ nghèo phát", "achieved"), (120, "hộ thoát nghèo", "achieved"),
                                     (5, "%", "target")]


def test_an_annex_of_the_present_state_to_the_year_of_issue_sets_no_aims():
    text = (_HEAD.format(title="Phát triển du lịch giai đoạn 2025 - 2030") + "I. MỤC TIÊU\n- Triển khai.\n"
            "II. NHIỆM VỤ\n- Triển khai.\nPhụ lục 01\nHIỆN TRẠNG CƠ SỞ LƯU TRÚ DU LỊCH ĐẾN NĂM 2025\n"
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/4/2025 của UBND tỉnh)\n"
            "STT\nHuyện, thành phố\nKhách sạn (cơ sở)\nHomestay (cơ sở)\nGhi chú\n"
            "1\nThành phố Long Xuyên\n25\n10\n2\nThành phố Châu Đốc\n30\n12\n3\nHuyện Tịnh Biên\n8\n20\n")
    assert _aims(text) == []


def test_a_dot_before_a_bracket_ends_a_sentence_a_capital_opens_after_it():
    assert [(t.value, t.indicator) for t in extract(text=_HEAD.format(title="Văn hóa") + "I. MỤC TIÊU\n- Xây dựng "
            "20 nhà văn hóa ấp (mỗi ấp một nhà.) Tỷ lệ ấp có nhà văn hóa đạt 100%.\n").targets] == [
        (20, "nhà văn hóa ấp"), (100, "Tỷ lệ ấp có nhà văn hóa")]


def test_a_rate_over_the_plans_term_written_from_and_to_is_an_aim():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 312/KH-UBND\nAn Giang, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\n"
            "Phát triển kinh tế giai đoạn 2026 - 2030\nI. MỤC TIÊU\n- Triển khai.\nII. NHIỆM VỤ\n- Triển khai.\n"
            "\n**PHỤ LỤC I**\n\n**CHỈ TIÊU PHÁT TRIỂN KINH TẾ**\n\n_(Kèm theo Kế hoạch số 312/KH-UBND ngày 20/12/2025 "
            "của UBND tỉnh)_\n\n| TT | Chỉ tiêu | ĐVT | Ước thực hiện năm 2025 | Kế hoạch năm 2030 | Tốc độ tăng bình "
            "quân từ năm 2026 đến năm 2030 (%) |\n|---|---|---|---|---|---|\n"
            "| 1 | Kim ngạch xuất khẩu | Triệu USD | 1.500 | 2.400 | 9,9 |\n"
            "| 2 | Tổng mức bán lẻ hàng hóa | Tỷ đồng | 120.000 | 190.000 | 9,6 |\n")
    assert [(t.value, t.kind, t.deadline) for t in extract(text=text).targets if t.unit == "%"] == [
        (9.9, "target", "2030"), (9.6, "target", "2030")]


def test_a_green_transition_team_is_no_count_cue_and_a_drafting_council_keeps_its_name():
    assert _aims(_HEAD.format(title="Kinh tế") + "I. MỤC TIÊU\nTăng 5%.\nII. NHIỆM VỤ\n- Tổ công tác chuyển đổi xanh "
                 "của tỉnh gồm 09 thành viên do Phó Chủ tịch UBND tỉnh làm Tổ trưởng.\n") == [(5, "%", "target")]
    assert ("Hội đồng biên soạn Địa chí tỉnh", "coordinate") in _pairs(
        _IMPL + "1. Giao Ban Biên soạn lịch sử Đảng bộ tỉnh chủ trì biên soạn tài liệu tuyên truyền.\n"
        "2. Sở Văn hóa, Thể thao và Du lịch phối hợp với Hội đồng biên soạn Địa chí tỉnh thực hiện.\n")
