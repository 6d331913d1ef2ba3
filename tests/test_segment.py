from conftest import REAL, SEED_000, SEED_003, WEB


def level1(doc):
    return [(s.label, s.title) for s in doc.sections if s.level == 1 and s.kind == "section"]


def test_seed_000_sections_and_gap_warning(extracted):
    doc = extracted(SEED_000)
    assert level1(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"),
                           ("III", "KINH PHÍ THỰC HIỆN"), ("V", "TỔ CHỨC THỰC HIỆN")]
    assert [(w.code, w.message) for w in doc.warnings] == [("section-gap", "section IV missing between III and V")]
    ids = {s.id: s for s in doc.sections}
    sub = ids["sec_II__item_1__item_1.1"]
    assert (sub.label, sub.level, sub.title, sub.parent) == ("1.1", 3, "Năm 2024", "sec_II__item_1")
    assert doc.text[sub.start:].startswith("1.1. Năm 2024")
    assert ids["preamble"].start < ids["sec_I"].start and "closing" in ids
    # "Đại hội XIII" inside text is not a heading
    assert all(s.label != "XIII" for s in doc.sections)


def test_bullets_are_items_with_parents(extracted):
    doc = extracted(SEED_000)
    bullets = [s for s in doc.sections if s.parent == "sec_II__item_2__item_2.1"]
    assert [(s.label, s.id) for s in bullets] == [("-", "sec_II__item_2__item_2.1__bullet_1"),
                                                 ("-", "sec_II__item_2__item_2.1__bullet_2")]
    # a "- +" double bullet nests under the dash bullet before it
    plus = [s.label for s in doc.sections if s.parent == "sec_II__item_2__item_2.1__bullet_1"]
    assert plus == ["+", "+"]


def test_wrapped_roman_heading(extracted):
    assert level1(extracted(WEB / "d28.txt"))[0] == ("I", "MỤC ĐÍCH, YÊU CẦU")


def test_part_and_roman_levels(extracted):
    doc = extracted(WEB / "d06.txt")
    parts = [s for s in doc.sections if s.kind == "part"]
    assert parts and parts[0].label == "PHẦN 1" and parts[0].level == 0
    assert level1(doc)[:2] == [("I", "CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH"), ("II", "ĐẶC ĐIỂM TÌNH HÌNH")]


def test_web_page_chrome_is_not_the_document(extracted):
    doc = extracted(SEED_003)
    assert not any(d.value.startswith("1930") for d in doc.dates)  # a banner's anniversary
    assert all("upload" not in r.text for r in doc.references)


def test_docx_auto_numbering_rebuilt(extracted):
    # In this file "1. Cải cách thể chế" is Word list numbering (w:numPr), not text.
    doc = extracted(REAL / "12_KH-CCHC-2026-UBND-LamDong.docx")
    assert "\nI. MỤC TIÊU, NHIỆM VỤ\n1. Cải cách thể chế\na) Mục tiêu\n" in doc.text
    items = {s.id: s.title for s in doc.sections}
    assert items["sec_I__item_1"] == "Cải cách thể chế"
    assert items["sec_I__item_7"] == "Công tác chỉ đạo, điều hành"
