from pipeline.normalize import normalize
from pipeline.text import fold

from conftest import SEED_000


def test_page_break_inside_sentence_is_joined():
    text = normalize(SEED_000.read_text(encoding="utf-8")).text
    assert "bám sát sự chỉ đạo, hướng dẫn của Liên đoàn Lao động tỉnh, Ban Tuyên giáo Huyện ủy" in text
    assert "báo cáo Ban Thường vụ Liên đoàn Lao động tỉnh kết quả" in text


def test_date_broken_over_lines_is_joined():
    assert normalize("Căn cứ Kế hoạch ngày 23 tháng\n4 năm 2018 của UBND").text == \
        "Căn cứ Kế hoạch ngày 23 tháng 4 năm 2018 của UBND"
    assert normalize("Sơn La, ngày 11 tháng 3\nnăm 2020").text == "Sơn La, ngày 11 tháng 3 năm 2020"


def test_items_and_headings_are_not_joined():
    text = "I. MỤC ĐÍCH, YÊU CẦU\n1. Tập trung tuyên truyền\n- nội dung\na) tiếp"
    assert normalize(text).text == text


def test_double_bullets_and_bold_markers():
    assert normalize("- + Phối với các cơ quan").text == "+ Phối với các cơ quan"
    assert normalize("**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**").text == "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"


def test_decomposed_unicode_is_composed_and_offsets_map_back():
    raw = "Ke\u0302\u0301 hoa\u0323ch số 12\n\nnăm 2024"
    norm = normalize(raw)
    assert norm.text.startswith("Kế hoạch số 12")
    pos = norm.text.index("12")
    assert raw[norm.to_raw(pos):norm.to_raw(pos) + 2] == "12"


def test_fold_unifies_old_and_new_tone_placement():
    assert fold("Thanh Hoá") == fold("Thanh Hóa") == "thanh hóa"
    assert fold("CỘNG HOÀ") == fold("Cộng hòa")
    assert fold("hoàn thành") == "hoàn thành"  # a closed syllable keeps its mark
    assert fold("quý") == "quý"
