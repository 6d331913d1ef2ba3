import pytest

from conftest import LEGACY, REAL, ROOT, SEED_000, SEED_003, WEB


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


# --- the parts of find_layout and segment, called on their own -----------------------------

def _body_lines(text):
    from pipeline.segment import find_body
    from pipeline.text import lines_of
    body = find_body(text)
    return body, list(lines_of(text, *body))


def test_title_after_type_line(extracted):
    from pipeline.segment import _title_after_type_line, find_doc_type_line
    # Seed 000: a one-line title, ended by the preamble's "Thực hiện ..." right after it.
    text = extracted(SEED_000).text
    _, lines = _body_lines(text)
    dt_idx, dt_span = find_doc_type_line(lines)
    assert (dt_idx, text[slice(*dt_span)]) == (2, "KẾ HOẠCH")
    title = _title_after_type_line(text, lines, dt_idx)
    assert text[slice(*title)] == ("Tuyên truyền thực hiện Nghị quyết Đại hội Công đoàn tỉnh Đắk Nông lần thứ V"
                                   " và Nghị quyết Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 – 2028")
    # d26: a capitals title that goes on after a blank line.
    text = extracted(WEB / "d26.txt").text
    _, lines = _body_lines(text)
    dt_idx, dt_span = find_doc_type_line(lines)
    assert text[slice(*dt_span)] == "KẾ HOẠCH"
    title = _title_after_type_line(text, lines, dt_idx)
    assert text[slice(*title)] == "PHÁT TRIỂN TRƯỜNG TIỂU HỌC TÂN MỸ\n\nGIAI ĐOẠN 2020-2025"


def test_titles_without_a_type_line(extracted):
    from pipeline.segment import _subject_line, _untyped_title, find_doc_type_line, header_block_end
    # d27, a letter: the header block ends at its place-date; its title is the "V/v" subject.
    text = extracted(WEB / "d27.txt").text
    _, lines = _body_lines(text)
    assert find_doc_type_line(lines) is None
    block_end = header_block_end(lines)
    assert lines[block_end - 1][2] == "Hà Nội, ngày 22 tháng 3 năm 2024"
    assert text[slice(*_subject_line(lines, block_end))] == (
        "V/v hướng dẫn tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024")
    # d20, a header flattened without its type line: the capitals lines after the block.
    text = extracted(WEB / "d20.txt").text
    _, lines = _body_lines(text)
    block_end = header_block_end(lines)
    assert _subject_line(lines, block_end) is None
    assert text[slice(*_untyped_title(lines, block_end))] == (
        "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VÌ TRẺ EM THÀNH PHỐ HÀ NỘI GIAI ĐOẠN 2021-2030")


def _line_at(text, pos):
    return text[pos:text.find("\n", pos)]


def test_find_closing(extracted):
    from pipeline.segment import find_closing, find_layout
    # Seed 000: the closing sentence opens the closing, "Nơi nhận" the footer; no appendix.
    text = extracted(SEED_000).text
    body, _ = _body_lines(text)
    header_end = find_layout(text, body).header_end
    closing, footer, appendix = find_closing(text, body, header_end)
    assert _line_at(text, closing).startswith("Trên đây là Kế hoạch tổ chức Tuyên truyền thực hiện")
    assert _line_at(text, footer) == "Nơi nhận:" and appendix is None
    # DOCX 13: the recipients open closing and footer; "Phụ lục I" after the signature.
    text = extracted(REAL / "13_KH-kiem-tra-CCHC-2026-UBND-LamDong.docx").text
    body, _ = _body_lines(text)
    closing, footer, appendix = find_closing(text, body, find_layout(text, body).header_end)
    assert closing == footer and _line_at(text, footer) == "Nơi nhận:"
    assert _line_at(text, appendix) == "Phụ lục I"


def test_find_items(extracted):
    from pipeline.segment import find_items, find_layout
    text = extracted(SEED_000).text
    layout = find_layout(text, _body_lines(text)[0])
    items = find_items(text, layout.header_end, layout.closing_start)
    assert [(it.kind, it.label, it.rank) for it in items[:10]] == [
        ("roman", "I", 1), ("arabic", "1", 2), ("arabic", "2", 2), ("arabic", "3", 2), ("arabic", "4", 2),
        ("arabic", "5", 2), ("roman", "II", 1), ("arabic", "1", 2), ("arabic", "1.1", 2.1), ("dash", "-", 4)]
    first = items[0]
    assert (first.title_text, text[first.start:first.line_end]) == ("MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    assert len(items) == 41 and [it.label for it in items if it.kind == "roman"] == ["I", "II", "III", "V"]


REAL2 = REAL.parent / "real2"


def test_real2_wrapped_bold_headings_give_whole_titles(extracted):
    assert level1(extracted(REAL2 / "p004.txt")) == [  # (it opens at II)
        ("II", "MỤC ĐÍCH, YÊU CẦU"), ("III", "ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO"),
        ("IV", "NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI"), ("V", "TỔ CHỨC THỰC HIỆN"), ("VI", "KINH PHÍ THỰC HIỆN")]
    assert level1(extracted(REAL2 / "p024.txt")) == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "MỤC TIÊU"), ("III", "GIẢI PHÁP"), ("IV", "KINH PHÍ THỰC HIỆN"),
        ("V", "TỔ CHỨC THỰC HIỆN")]


def test_decision_issuing_a_plan_after_its_signature(extracted):
    """p031 (corpus/real2, dev): QUYẾT ĐỊNH with Điều 1–3 and its signature, then "KẾ HOẠCH …
    (Ban hành kèm theo Quyết định số …)": the plan's sections are the document's, the articles stay
    articles, the decision's recipients and signature stay its closing."""
    doc = extracted(REAL2 / "p031.txt")
    assert level1(doc) == [("I", "MỤC TIÊU"), ("II", "THỜI GIAN VÀ PHẠM VI"), ("III", "NỘI DUNG CỦA KẾ HOẠCH"),
                           ("IV", "NGUỒN VỐN THỰC HIỆN KẾ HOẠCH"), ("V", "TỔ CHỨC THỰC HIỆN")]
    top = [(s.id, s.kind) for s in doc.sections if s.level <= 1]
    assert top == [("preamble", "preamble"), ("art_1", "article"), ("art_2", "article"), ("art_3", "article"),
                   ("closing", "closing"), ("attachment", "attachment"), ("sec_I", "section"),
                   ("sec_II", "section"), ("sec_III", "section"), ("sec_IV", "section"), ("sec_V", "section")]
    ids = {s.id: s for s in doc.sections}
    assert doc.text[ids["closing"].start:].startswith("Nơi nhận:")
    assert ids["art_3"].end == ids["closing"].start and ids["closing"].end == ids["attachment"].start
    assert doc.text[ids["attachment"].start:ids["attachment"].end].rstrip().endswith("của Ủy ban nhân dân Thành phố)")
    assert (doc.document.doc_type, doc.document.signing_capacity) == ("QUYẾT ĐỊNH", "KT. CHỦ TỊCH")
    # Its content is read: a target of the plan's aims.
    assert any(t.value == 50 and t.section and t.section.startswith("sec_I") for t in doc.targets)


def test_decision_with_the_plan_and_an_appendix(extracted):
    doc = extracted(REAL2 / "p036.txt")
    assert level1(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG THỰC HIỆN"), ("III", "NHIỆM VỤ TRỌNG TÂM"),
                           ("IV", "TỔ CHỨC THỰC HIỆN")]
    assert [s.id for s in doc.sections if s.level == 0] == ["preamble", "closing", "attachment", "appendix"]


def test_lettered_top_levels_hold_roman_sections():
    """"A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG" with I.–III. under B, "C. TỔ CHỨC THỰC HIỆN": the
    letters are the top sections (corpus/annotations/README.md, SPEC §2.1)."""
    import pipeline
    doc = pipeline.extract(text=
        "KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026\n\n"
        "Thực hiện Quyết định số 12/QĐ-TTg ngày 01/02/2025 của Thủ tướng Chính phủ:\n\n"
        "A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả.\nB. NỘI DUNG\nI. CÔNG TÁC TUYÊN TRUYỀN\n"
        "1. Tổ chức tuyên truyền.\nII. CÔNG TÁC KIỂM TRA\n1. Kiểm tra định kỳ.\nIII. KINH PHÍ\n"
        "Từ ngân sách tỉnh.\nC. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì.\n")
    assert level1(doc) == [("A", "MỤC ĐÍCH, YÊU CẦU"), ("B", "NỘI DUNG"), ("C", "TỔ CHỨC THỰC HIỆN")]
    ids = {s.id: s for s in doc.sections}
    assert [(s.label, s.level, s.kind) for s in doc.sections if s.parent == "sec_B"] == [
        ("I", 2, "section"), ("II", 2, "section"), ("III", 2, "section")]
    assert ids["sec_B"].end == ids["sec_C"].start


def test_decision_issuing_a_plan_without_its_recipients_heading(extracted):
    """Without "Nơi nhận" (a text layer that lost it) the decision's signature still ends the
    decision: the attached plan is found after its first signing-capacity line."""
    import pipeline
    doc = pipeline.extract(text=(REAL2 / "p031.txt").read_text(encoding="utf-8").replace("Nơi nhận:", ""))
    assert level1(doc) == level1(extracted(REAL2 / "p031.txt"))
    assert (doc.document.signing_capacity, doc.document.signer) == ("KT. CHỦ TỊCH", "Bùi Minh Thạnh")


def test_roman_sections_after_a_dash():
    """A Politburo resolution's "I- TÌNH HÌNH …", "II- QUAN ĐIỂM …" (tests/fixtures/check-real);
    its first section, right under the capitals title, is no part of the title."""
    from pipeline.api import extract
    doc = extract(str(ROOT / "tests/fixtures/check-real/p04-parent.txt"))
    assert doc.document.title.endswith("TẦM NHÌN ĐẾN NĂM 2045")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1] == [
        ("I", "TÌNH HÌNH VÀ NGUYÊN NHÂN"), ("II", "QUAN ĐIỂM, MỤC TIÊU VÀ TẦM NHÌN"),
        ("III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"), ("IV", "TỔ CHỨC THỰC HIỆN")]


def test_ocr_look_alikes_in_roman_headings():
    """OCR reads "III-" as "HI-" and "I-" as "1-": read back where they continue the typed Roman
    numbering, and not otherwise ("1- Mục đích" in a document without Roman sections)."""
    from pipeline.api import extract
    head = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nX, ngày 01 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện công tác ABC\n\n"
    doc = extract(text=head + "1- MỤC ĐÍCH, YÊU CÂU\n- Nâng cao nhận thức.\nII- NỘI DUNG\n1. Tuyên truyền.\n"
                  "HI- TỎ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì.\n")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1] == [
        ("I", "MỤC ĐÍCH, YÊU CÂU"), ("II", "NỘI DUNG"), ("III", "TỎ CHỨC THỰC HIỆN")]
    doc = extract(text=head + "1- MỤC ĐÍCH\n- Nâng cao nhận thức.\n2. Nội dung\n- Tuyên truyền.\n")
    assert [(s.label, s.kind) for s in doc.sections if s.kind != "preamble"] == [
        ("-", "bullet"), ("2", "item"), ("-", "bullet")]


def test_label_alone_on_its_line_takes_the_next_line_as_title(extracted):
    """A part's or section's label alone on its line, the title in capitals on the next (web
    openings d26 and d09: "PHẦN I" / "PHÂN TÍCH BỐI CẢNH …", "PHẦN THỨ NHẤT" / "KẾT QUẢ …")."""
    d26 = {s.id: s.title for s in extracted(WEB / "d26.txt").sections}
    assert d26["part_I"] == "PHÂN TÍCH BỐI CẢNH VÀ THỰC TRẠNG NHÀ TRƯỜNG"
    d09 = {s.id: s.title for s in extracted(WEB / "d09.txt").sections}
    assert d09["part_thứ_nhất"] == "KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC QUỐC GIA BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2011 - 2015"


def test_bare_roman_label_and_untitled_part():
    from pipeline.api import extract
    head = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nKẾ HOẠCH\nChuyển đổi số\n\n"
    doc = extract(text=head + "I.\nMỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nII\nTỔ CHỨC THỰC HIỆN\n\nNội dung.\n")
    assert level1(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "TỔ CHỨC THỰC HIỆN")]
    # Not a title: a line in small letters (a table's group row written one cell per line).
    doc = extract(text=head + "I.\nKinh tế số\n\nII.\nXã hội số\n")
    assert level1(doc) == []
    # A bare Roman label that does not continue the numbering is a table's group row, not a section.
    doc = extract(text=head + "I. MỤC ĐÍCH\n\nNội dung.\n\nII. NHIỆM VỤ\n\nI\nCÁC NHIỆM VỤ TRỌNG TÂM\n")
    assert level1(doc) == [("I", "MỤC ĐÍCH"), ("II", "NHIỆM VỤ")]
    # A "Phần" part without a title on the next line is still a part.
    doc = extract(text=head + "PHẦN I\nNội dung của phần một.\n")
    assert [(s.label, s.title) for s in doc.sections if s.kind == "section"] == [("PHẦN I", "")]


def test_looks_ocr_by_letters_foreign_to_vietnamese():
    """Two letters Vietnamese does not write (Tesseract's "Ð", "Ø3") mark an OCR'd text; a typed
    text, loanword letters and legacy-font leftovers of Latin Extended-B ("ǜ") do not."""
    from pipeline.segment import looks_ocr
    assert looks_ocr("Số: 3/QĐÐ-DCT\nngày Ø3 tháng 02")
    assert not looks_ocr("Số: 3/QĐ-UBND ngày 03 tháng 02, Đà Lạt, Fanpage, ǜǜ")
    assert not looks_ocr("một chữ Ø lạ")
    # The eth typed for every "Đ" (a font's look-alike) is no sign; among true "Đ"s it is OCR's.
    assert not looks_ocr("ÐỊA ÐIỂM: Ðà Lạt, ngày 03 tháng 02 năm 2025. Ðơn vị: Ðoàn thanh niên")
    assert looks_ocr("Đà Lạt, QĐð-DCT, Ðoàn")


def _romans(text: str, ocr: bool) -> list[tuple[str, str]]:
    from pipeline.segment import find_items
    return [(it.label, it.title_text) for it in find_items(text, 0, len(text), ocr) if it.kind == "roman"]


def test_ocr_romans_read_as_the_numbering_intends():
    """OCR's slips in Roman headings (b07, b08, b09 of corpus/real3): "H." for II, a repeated "II."
    for III where IV follows (or nothing), "VI TỎ CHỨC" without its dot; in OCR'd text only."""
    b08 = ("I. MỤC ĐÍCH, YÊU CẢU\n1. Tổ chức\nH. THỜI GIAN, ĐỊA ĐIÊM\n1. Thời gian\n"
           "II. NỘI DUNG, CHƯƠNG TRÌNH\nIV. PHÂN CÔNG NHIỆM VỤ\nV. KINH PHÍ THỰC HIỆN\n"
           "VI TỎ CHỨC THỰC HIỆN\n1. Căn cứ")
    assert [label for label, _ in _romans(b08, ocr=True)] == ["I", "II", "III", "IV", "V", "VI"]
    # (Typed, "VI TỎ CHỨC" after V is VI too: a label with spaces alone that goes on with the
    # numbering; "H." is no label.)
    assert [label for label, _ in _romans(b08, ocr=False)] == ["I", "II", "IV", "V", "VI"]
    b07 = "I. MỤC ĐÍCH, YÊU CẢU\n1. A\nII. NỌI DUNG\n1. B\nII. TÓ CHỨC THỰC HIỆN\n1. C"
    assert [label for label, _ in _romans(b07, ocr=True)] == ["I", "II", "III"]
    # A repeat followed by a label that is not the one after the next stays as printed.
    assert [label for label, _ in _romans("I. A B\nII. C D\nII. E F\nIII. G H", ocr=True)] == [
        "I", "II", "II", "III"]


def test_roman_heading_of_a_label_and_its_content():
    """A telegram's "I. Thời gian: 08 giờ, …" (04_CD of corpus/real): the label before the colon is
    the title, also where the line runs over 100 characters; a heading ending with its colon keeps
    its words."""
    text = ("I. Thời gian: 08 giờ, ngày 09 tháng 10 năm 2025 (Thứ Năm).\n"
            "II. Địa điểm: Trực tiếp tại Trụ sở Chính phủ và kết nối trực tuyến đến Trụ sở Ủy ban nhân "
            "dân các tỉnh, thành phố trực thuộc Trung ương.\n"
            "III. Văn phòng Chính phủ trân trọng đề nghị:\n1. Bộ Công an:\n")
    assert _romans(text, ocr=False) == [("I", "Thời gian"), ("II", "Địa điểm"),
                                        ("III", "Văn phòng Chính phủ trân trọng đề nghị:")]


@pytest.mark.slow
def test_ocr_plans_sections_of_batch3():
    """The level-1 sections of the OCR'd plans b07 and b08 of corpus/real3 (dev), as annotated."""
    from pipeline.api import extract
    real3 = ROOT / "corpus/real3"
    b07 = extract(str(real3 / "b07_KH-996-KH-TCTLNTW-C04_ocr.txt"))
    assert [(s.label, s.title) for s in b07.sections if s.level == 1] == [
        ("I", "MỤC ĐÍCH, YÊU CẢU"), ("II", "NỌI DUNG"), ("III", "TÓ CHỨC THỰC HIỆN")]
    b08 = extract(str(real3 / "b08_KH-589-KH-BCA-C04_ocr.txt"))
    assert [s.label for s in b08.sections if s.level == 1] == ["I", "II", "III", "IV", "V", "VI"]
    assert [s.title for s in b08.sections if s.level == 1][5] == "TỎ CHỨC THỰC HIỆN"


def test_a_letters_subject_wrapped_over_lines():
    """A letter's "V/v …" wrapped in the header's left column over lines (b06 of corpus/real3) goes
    on up to the blank line; "Kính gửi" ends it."""
    from pipeline.segment import _subject_line, header_block_end
    from pipeline.text import lines_of
    text = ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI      Độc lập - Tự do - Hạnh phúc\n"
            "Số: 7432 /UBND-XD      Lào Cai, ngày 21 tháng 7 năm 2026\n V/v triển khai thực hiện Quyết định số\n"
            " 1074/QĐ-BXD ngày 29/6/2026 của Bộ\nXây dựng ban hành các giải pháp kỹ thuật\n\n"
            "Kính gửi: Các Sở, ban, ngành thuộc tỉnh.\n")
    lines = list(lines_of(text))
    span = _subject_line(lines, header_block_end(lines))
    assert " ".join(text[slice(*span)].split()) == (
        "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp "
        "kỹ thuật")
    lines = list(lines_of(text.replace("\n\nKính", "\nKính")))
    span = _subject_line(lines, header_block_end(lines))
    assert text[slice(*span)].endswith("giải pháp kỹ thuật")


def test_a_programme_titled_by_the_document_it_carries_out():
    """"CHƯƠNG TRÌNH" / "Thực hiện Chỉ thị 13-CT/TW … phát triển rừng" standing alone (d07 of
    corpus/web) is the title; a preamble's "Thực hiện …," clause is none."""
    from pipeline.segment import _title_after_type_line, find_doc_type_line
    from pipeline.text import lines_of
    title = "Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng"
    for after, expected in [("\n\n", title), (",\n", None), ("\nBan Thường vụ ban hành\n", None)]:
        text = "TỈNH ỦY\nCHƯƠNG TRÌNH\n\n" + title + after + "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 như sau:\n"
        lines = list(lines_of(text))
        idx, _ = find_doc_type_line(lines)
        span = _title_after_type_line(text, lines, idx)
        assert (text[slice(*span)] if span else None) == expected, after


def test_a_period_line_goes_on_with_the_title():
    """"KẾ HOẠCH CÔNG ĐOÀN" / "Năm học 2018 – 2019" (d06 of corpus/web): the period line is the
    title's; a line of prose is not."""
    from pipeline.segment import _title_after_type_line, find_doc_type_line
    from pipeline.text import lines_of
    for second, expected in [("Năm học 2018 – 2019", "Năm học 2018 – 2019"),
                             ("Giai đoạn 2021 - 2025", "Giai đoạn 2021 - 2025"), ("Năm nay trường tổ chức", None)]:
        text = f"KẾ HOẠCH CÔNG ĐOÀN\n\n{second}\n\n\nPHẦN 1: KẾ HOẠCH CHUNG\n"
        lines = list(lines_of(text))
        idx, _ = find_doc_type_line(lines)
        span = _title_after_type_line(text, lines, idx)
        assert (text[slice(*span)] if span else None) == expected


def test_a_heading_in_a_one_cell_table_row():
    """A page that sets its headings in a one-column table ("| **I. MỤC ĐÍCH, YÊU CẦU** |"; made up:
    no corpus document has one); a group row of a table of several columns is no section."""
    from pipeline.api import extract
    head = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nKẾ HOẠCH\nChuyển đổi số\n\n"
    doc = extract(text=head + "| **I. MỤC ĐÍCH, YÊU CẦU** |\n|---|\n\nNội dung.\n\n| **II. NHIỆM VỤ** |\n|---|\n\n"
                              "| TT | Nội dung | Chủ trì |\n|---|---|---|\n| III. Kinh tế số | | |\n")
    assert level1(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ")]


def test_old_documents_a_title_case_attachment_chapters_and_subject_lines(extracted):
    """Batch 4 (dev): the Cần Thơ decision (Word 97, TCVN3) issues a programme whose type line lost
    its capitals ("Chương trình", "(Ban hành theo Quyết định số: 256/2004/QĐ-UB …)"): its Roman
    sections are the plan's, and the decision's "V/v ban hành …" subject is no section V; the Cà
    Mau regulation's chapters "Chương I"–"VI" are its top level; a report's table row "III.1 |
    Dịch vụ trực tuyến | …" is an item under III, no section."""
    def level1(path):
        return [(s.label, s.title) for s in extracted(path).sections if s.level == 1 and s.kind in ("section", "part")]
    assert [label for label, _ in level1(LEGACY / "24_QD-256-2004-QD-UB-CanTho_tcvn3.doc")] == ["I", "II", "III", "IV"]
    assert level1(LEGACY / "27_QuyDinh-UBND-CaMau-doi-kiem-tra-814_vni.doc")[:2] == [
        ("Chương I", "NHỮNG QUY ĐỊNH CHUNG"), ("Chương II", "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN")]
    assert [label for label, _ in level1(REAL / "06_BC-184-SNV-LamDong_chi-so-PAR-PAPI-PCI.pdf")] == [
        "I", "II", "III", "IV", "V", "VI"]


def test_headings_in_capitals_wrapped_anywhere():
    """A legal-database page prints a heading's table cell line by line: "IV. KINH PHÍ THỰC\\nHIỆN" is
    one heading; a line in capitals after a blank line, or a numbered one, is not its tail."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 7/KH-UBND\nABC, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nPhát triển du lịch\n"
                       "I. MỤC ĐÍCH,\nYÊU CẦU\n- Nâng cao chất lượng.\nII. NHIỆM VỤ TRỌNG\nTÂM\n1. Quảng bá.\n"
                       "III. KINH PHÍ THỰC\nHIỆN\nNgân sách tỉnh.\nIV. TỔ CHỨC THỰC HIỆN\n\nSỞ VĂN HÓA\n"
                       "- Chủ trì.\nV. CHẾ ĐỘ BÁO CÁO\n1. BÁO CÁO QUÝ\n- Trước ngày 15.\n")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1 and s.kind == "section"] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ TRỌNG TÂM"), ("III", "KINH PHÍ THỰC HIỆN"),
        ("IV", "TỔ CHỨC THỰC HIỆN"), ("V", "CHẾ ĐỘ BÁO CÁO")]


def test_a_roman_label_with_a_dot_and_a_dash():
    """"I.- MỤC ĐÍCH, YÊU CẦU": the dash after the dot belongs to the label, not to the title."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 7/KH-UBND\nABC, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nPhát triển du lịch\n"
                       "I.- MỤC ĐÍCH, YÊU CẦU\n- Nâng cao.\nII.- NHIỆM VỤ\n1. Quảng bá.\n")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1 and s.kind == "section"] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ")]


def test_a_parts_title_opening_with_a_type_is_no_type_line():
    """A plan a provincial site gives without its header, under a page title: "Phần II" /
    "KẾ HOẠCH NĂM 2016" is a part's title, not the document's type line (the text before it is
    the document, not chrome)."""
    from pipeline import extract
    doc = extract(text="Kế hoạch cấp nước nông thôn tỉnh ABC năm 2016\n\n"
                       "Thực hiện Công văn số 12/BNN-TCTL ngày 05/7/2015, Ban điều hành xây dựng kế hoạch như sau:\n\n"
                       "Phần I\n\nĐÁNH GIÁ KẾT QUẢ NĂM 2015\n\nI. TÌNH HÌNH CHUNG\n\nCác công trình được duy tu.\n\n"
                       "Phần II\n\nKẾ HOẠCH NĂM 2016\n\nI. MỤC TIÊU\n\nNâng tỷ lệ dùng nước sạch.\n\n"
                       "Phần III\n\nTỔ CHỨC THỰC HIỆN\n\nSở Nông nghiệp chủ trì.\n")
    assert doc.document.doc_type is None and doc.document.title is None
    assert [(s.label, s.title) for s in doc.sections if s.kind == "part"] == [
        ("Phần I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2015"), ("Phần II", "KẾ HOẠCH NĂM 2016"),
        ("Phần III", "TỔ CHỨC THỰC HIỆN")]
    assert [(s.label, s.title) for s in doc.sections if s.level == 1 and s.kind == "section"] == [
        ("I", "TÌNH HÌNH CHUNG"), ("I", "MỤC TIÊU")]


def test_roman_headings_in_sentence_case_after_a_dash():
    """"I- Mục đích, yêu cầu": a party committee's plan types its Roman headings so; a label of
    OCR's look-alikes ("1- Quán triệt ...") stays an Arabic item."""
    from pipeline import extract
    doc = extract(text="HUYỆN ỦY ABC\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nABC, ngày 02 tháng 3 năm 2024\n"
                       "KẾ HOẠCH\nthực hiện Nghị quyết của Tỉnh ủy\n"
                       "I- Mục đích, yêu cầu\n1- Quán triệt sâu rộng Nghị quyết.\n"
                       "II- Nhiệm vụ và giải pháp\n1- Tăng cường sự lãnh đạo.\nIII- Tổ chức thực hiện\n"
                       "Các chi bộ xây dựng kế hoạch.\n")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1 and s.kind == "section"] == [
        ("I", "Mục đích, yêu cầu"), ("II", "Nhiệm vụ và giải pháp"), ("III", "Tổ chức thực hiện")]


def test_lettered_parts_with_a_slash_or_a_dash():
    """"A/ MỤC ĐÍCH, YÊU CẦU", "B- NỘI DUNG": lettered parts as some schools write them."""
    from pipeline import extract
    for sep in ("/", "-"):
        doc = extract(text="TRƯỜNG MẦM NON ABC\nSố: 7/KH-MN\nABC, ngày 02 tháng 9 năm 2024\nKẾ HOẠCH\n"
                           "Thực hiện nhiệm vụ năm học 2024 - 2025\n"
                           f"A{sep} MỤC ĐÍCH, YÊU CẦU\n- Thống nhất chỉ đạo.\nB{sep} NỘI DUNG\n- Chăm sóc trẻ.\n"
                           f"C{sep} TỔ CHỨC THỰC HIỆN\n- Ban giám hiệu chỉ đạo.\n")
        assert [(s.label, s.title) for s in doc.sections if s.level == 1] == [
            ("A", "MỤC ĐÍCH, YÊU CẦU"), ("B", "NỘI DUNG"), ("C", "TỔ CHỨC THỰC HIỆN")], sep


def test_a_short_capitals_heading_run_on_after_its_colon():
    """"I. MỤC ĐÍCH, YÊU CẦU: Nâng cao ...": the capitals are the title, the sentence is content."""
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 7/KH-UBND\nABC, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nPhát triển du lịch\n"
                       "I. MỤC ĐÍCH, YÊU CẦU: Nâng cao nhận thức.\nII. NỘI DUNG: Tổ chức các hoạt động.\n"
                       "III. MỤC TIÊU: ĐẾN NĂM 2030\nIV. CHỈ TIÊU GIAI ĐOẠN 2026 - 2030\n")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1 and s.kind == "section"] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "MỤC TIÊU: ĐẾN NĂM 2030"),
        ("IV", "CHỈ TIÊU GIAI ĐOẠN 2026 - 2030")]


# A decision issuing a plan (made up, on the forms of provincial and ministerial decisions): its
# header, articles and signature, then the plan. The variants are how the signature and the
# plan's subtitle are printed.
_DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 1234/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 15 tháng 6 năm 2022

QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển xuất khẩu giai đoạn 2022 - 2025

ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển xuất khẩu giai đoạn 2022 - 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.

{signature}
{plan_head}
I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh xuất khẩu hàng hóa.
II. MỤC TIÊU
Kim ngạch xuất khẩu đạt 2 tỷ USD vào năm 2025.
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
{plan_end}"""
_SIGNED_BY_DEPUTY = ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
                     "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n")
_SUBTITLED = ("KẾ HOẠCH\nPhát triển xuất khẩu giai đoạn 2022 - 2025\n"
              "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 15/6/2022 của UBND tỉnh)\n")


@pytest.mark.parametrize("signature", [
    _SIGNED_BY_DEPUTY,
    # signed in person: a bare title, no "TM."/"KT." capacity
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nBỘ TRƯỞNG\n\nNguyễn Văn An\n",
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTHỦ TƯỚNG\n\nNguyễn Văn An\n",
    "CHỦ TỊCH\n\nNguyễn Văn An\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n",
])
@pytest.mark.parametrize("plan_head", [
    _SUBTITLED,
    "KẾ HOẠCH\nPhát triển xuất khẩu giai đoạn 2022 - 2025\n"
    "(Ban hành kèm Quyết định số 1234/QĐ-UBND ngày 15/6/2022 của UBND tỉnh)\n",
    # no subtitle: the plan's first section under its title tells it
    "KẾ HOẠCH\nPhát triển xuất khẩu giai đoạn 2022 - 2025\n",
    "KẾ HOẠCH\nPhát triển xuất khẩu giai đoạn 2022 - 2025\nCăn cứ Quyết định số 493/QĐ-TTg ngày 19/4/2022 "
    "của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n",
])
def test_a_plan_issued_by_a_decision_signed_and_subtitled_in_any_form(signature, plan_head):
    from pipeline.api import extract
    doc = extract(text=_DECISION.format(signature=signature, plan_head=plan_head, plan_end=""), source="qd.txt")
    assert level1(doc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "MỤC TIÊU"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert [s.id for s in doc.sections if s.level == 0] == ["preamble", "closing", "attachment"]
    assert [(t.value, t.unit, t.indicator) for t in doc.targets] == [(2, "tỷ USD", "Kim ngạch xuất khẩu")]
    assert ("Sở Công Thương", "lead") in {(r.unit, r.role) for r in doc.responsibilities}


def test_a_type_line_after_a_signature_with_a_numbered_line_of_text_first_is_no_plan():
    from pipeline.api import extract
    head = "KẾ HOẠCH\nPhát triển xuất khẩu\n1. Các sở thực hiện theo chức năng.\n"
    doc = extract(text=_DECISION.format(signature=_SIGNED_BY_DEPUTY, plan_head=head, plan_end=""), source="qd.txt")
    assert level1(doc) == [] and [s.id for s in doc.sections if s.level == 0] == ["preamble", "closing"]


def test_an_attached_plan_signed_in_full_has_a_closing_of_its_own():
    # (A letter carrying a draft plan does: 09_TTr of corpus/legacy.)
    from pipeline.api import extract
    end = "\nNơi nhận:\n- Các Sở, ban, ngành;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Bình\n"
    doc = extract(text=_DECISION.format(signature=_SIGNED_BY_DEPUTY, plan_head=_SUBTITLED, plan_end=end),
                  source="qd.txt")
    parts = {s.id: s for s in doc.sections if s.level == 0}
    assert list(parts) == ["preamble", "closing", "attachment", "attachment_closing"]
    closing = parts["attachment_closing"]
    assert doc.text[closing.start:closing.end] == ("Nơi nhận:\n- Các Sở, ban, ngành;\n- Lưu: VT.\n\n"
                                                   "CHỦ TỊCH\n\nNguyễn Văn Bình")
    # the document's signer is the decision's
    assert (doc.document.signer_title, doc.document.signer) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    # the recipients of the plan are no items of its section III
    assert not any(s.title and s.title.startswith("Các Sở, ban") for s in doc.sections)
    assert [s.id for s in doc.sections if s.parent == "sec_III"] == ["sec_III__item_1"]


def test_an_annex_under_a_page_break_is_an_appendix_not_an_attached_plan(extracted):
    # p06 of check-real-dev: "\f   PHỤ LỤC I" / "KẾ HOẠCH KIỂM TRA" / "(Kèm theo Kế hoạch số 1105 …)"
    # after the plan's "Nơi nhận": the annex of the plan, its table of inspections.
    doc = extracted(ROOT / "tests/fixtures/check-real/p06-child.txt")
    parts = {s.id: s for s in doc.sections if s.level == 0}
    assert list(parts) == ["preamble", "closing", "appendix"]
    assert doc.text[parts["appendix"].start:].lstrip().startswith("PHỤ LỤC I\n")
    assert [(d.text, d.section) for d in doc.dates if d.text in ("25/3/2025", "27/3/2025")] == [
        ("25/3/2025", "appendix"), ("27/3/2025", "appendix")]


def test_the_recipients_heading_ends_a_decision_not_a_sentence_of_its_body():
    from pipeline.segment import _RECIPIENTS_HEADING
    assert [bool(_RECIPIENTS_HEADING.match(t)) for t in (
        "Nơi nhận:", "Nơi nhận", "  Nơi nhận :", "| **_Nơi nhận:_** - Như Điều 3;",
        "Nơi nhận:                TM. ỦY BAN NHÂN DÂN", "Nơi nhận hồ sơ: Bộ phận Một cửa")] == [
        True, True, True, True, True, False]


def test_bold_roman_heading_run_on_gives_its_title_seventh_session():
    """A decision's plan as a legal-database page renders it, a bold heading with its paragraph
    run on after the bold: level-1 sections keep the heading's capitals only."""
    from pipeline import extract
    doc = extract(text="ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 120/KH-UBND\nSơn La, ngày 10 tháng 3 năm 2025\n"
                  "KẾ HOẠCH\nChuyển đổi số năm 2025\n**I. MỤC ĐÍCH, YÊU CẦU**\n\nNâng cao hiệu quả.\n\n"
                  "**II. NỘI DUNG** Triển khai các nhiệm vụ sau.\n\n1. Nhiệm vụ chung\n\n- Rà soát.\n\n"
                  "**III. TỔ CHỨC THỰC HIỆN**\n\nSở Khoa học và Công nghệ chủ trì thực hiện.\n")
    assert [(s.label, s.title) for s in doc.sections if s.level == 1] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")]


def test_roman_labels_followed_by_spaces_alone():
    # "**II NỘI DUNG**" (a legal-database page's heading with no separator) is section II where it
    # goes on with the numbering; a title wrapped before its Roman numeral ("… ĐẠI HỘI LẦN THỨ\nXIV
    # CỦA ĐẢNG") is no section and stays in the title.
    from pipeline.api import extract
    text = ('ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 12/KH-UBND\nHòa Bình, ngày 10 tháng 3 năm 2025\n'
            'KẾ HOẠCH\nTHI ĐUA CHÀO MỪNG ĐẠI HỘI LẦN THỨ\nXIV CỦA ĐẢNG\n\n'
            '**I MỤC ĐÍCH, YÊU CẦU**\n\n1. Mục đích\n\nNâng cao hiệu quả.\n\n'
            '**II NỘI DUNG**\n\n1. Tuyên truyền\n\nTổ chức tuyên truyền.\n\n'
            '**III TỔ CHỨC THỰC HIỆN**\n\nSở Tư pháp chủ trì.\n')
    doc = extract(text=text)
    assert [s.title for s in doc.sections if s.level == 1] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"]
    assert doc.document.title == "THI ĐUA CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG"


def test_a_names_numeral_wrapped_to_a_lines_start_opens_no_section():
    """A hard-wrapped line may open with the Roman numeral of a body's name, its task after a
    colon in lower case ("- Chi cục Hải quan khu vực\\nXVII: đẩy mạnh …", as legal-database text
    wraps it, probe m93): no section XVII after V. A Roman heading that continues the numbering
    is one, whatever its title's case."""
    from pipeline.api import extract
    head = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nX, ngày 01 tháng 3 năm 2025\nKẾ HOẠCH\nPhát triển xuất khẩu\n\n"
    body = ("I. MỤC TIÊU\nTăng 5%.\nII. TỔ CHỨC THỰC HIỆN\n1. Đề nghị các cơ quan Trung ương\n"
            "- Chi cục Hải quan khu vực\n"
            "XVII: đẩy mạnh cải cách thủ tục hải quan, rút ngắn thời gian thông quan.\n"
            "III. chế độ báo cáo\nĐịnh kỳ báo cáo.\n")
    doc = extract(text=head + body)
    assert [(s.label, s.title) for s in doc.sections if s.level == 1] == [
        ("I", "MỤC TIÊU"), ("II", "TỔ CHỨC THỰC HIỆN"), ("III", "chế độ báo cáo")]
    # (A lower-case heading with a dot, out of the numbering, is a heading still: an annex's own
    # "I. mục tiêu cụ thể" after section V.)
    body = "".join(f"{r}. PHẦN {r}\n- Nội dung.\n" for r in ("I", "II", "III", "IV", "V"))
    doc = extract(text=head + body + "PHỤ LỤC\nI. mục tiêu cụ thể\n- Tăng 5%.\n")
    assert [s.label for s in doc.sections if s.level == 1][-1] == "I"


def test_a_decisions_plan_printed_without_its_type_line_fifteenth_session():
    """A decision's attached plan printed without its type line, as a legal-database site drops
    its bold lines: the plan's title in capitals over "(Kèm theo Quyết định số …)" after the
    decision's signature opens the plan, whose Roman sections are the document's (probe m109:
    none were found, and none of its units)."""
    import pipeline
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 15/QĐ-BNNMT | Hà Nội, ngày 24 tháng 6 năm 2025 |\n"
            "BAN HÀNH KẾ HOẠCH TRIỂN KHAI CÔNG TÁC ĐẤT ĐAI NĂM 2025\n"
            "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
            "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai công tác đất đai năm 2025.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn An |\n"
            "TRIỂN KHAI CÔNG TÁC ĐẤT ĐAI NĂM 2025\n"
            "(Kèm theo Quyết định số 15/QĐ-BNNMT ngày 24 tháng 6 năm 2025 của Bộ trưởng)\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thông suốt.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Cục Quản lý đất đai\nChủ trì hướng dẫn các địa phương.\n")
    doc = pipeline.extract(text=text)
    assert [(s.label, s.title) for s in doc.sections if s.kind == "section"] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "TỔ CHỨC THỰC HIỆN")]
    assert [(r.unit, r.role) for r in doc.responsibilities] == [
        ("Cục Quản lý đất đai", "execute"), ("Cục Quản lý đất đai", "lead")]


def test_an_undotted_label_after_a_sentence_going_on_is_no_item_fifteenth_session():
    """A line opening "2.1 Mục II …" or "15.6 Năm 2025" after a line that ends in the middle of a
    sentence is that sentence going on, no item (a reviewer's cases: it took a unit's role away);
    after a heading or a full stop "4.1 Sở Y tế" is item 4.1."""
    import pipeline
    head = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\n"
            "Phát triển kinh tế năm 2025\nI. MỤC TIÊU\nTăng 5%.\nII. TỔ CHỨC THỰC HIỆN\n")
    doc = pipeline.extract(text=head + "1. Sở Y tế\nChủ trì thực hiện nhiệm vụ tại tiểu mục\n"
                                       "2.1 Mục II Phụ lục kèm theo.\n2. Sở Tài chính\nBố trí kinh phí.\n")
    assert [(s.label, s.title) for s in doc.sections if s.kind == "item"] == [("1", "Sở Y tế"), ("2", "Sở Tài chính")]
    assert [(r.unit, r.role) for r in doc.responsibilities] == [
        ("Sở Y tế", "execute"), ("Sở Y tế", "lead"), ("Sở Tài chính", "execute")]
    doc = pipeline.extract(text=head + "Các đơn vị thực hiện như sau.\n2.1 Sở Y tế\nChủ trì tiêm chủng.\n")
    assert [(s.label, s.title) for s in doc.sections if s.kind == "item"] == [("2.1", "Sở Y tế")]
