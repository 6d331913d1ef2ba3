"""Header and signature fields on real documents, exact values."""
import pytest

from conftest import GENERATED, LEGACY, REAL, ROOT, SEED_000, SEED_001, SEED_002, WEB


def fields(doc, *names):
    return {n: getattr(doc.document, n) for n in names}


def test_seed_000_place_date_type_title_signature(extracted):
    doc = extracted(SEED_000)
    assert fields(doc, "place", "issued_date", "doc_type", "signing_capacity", "signer_title", "signer") == {
        "place": "Krông Nô", "issued_date": "2024-01-05", "doc_type": "KẾ HOẠCH",
        "signing_capacity": "TM. BAN THƯỜNG VỤ", "signer_title": "CHỦ TỊCH", "signer": "Lê Thị Minh"}
    assert doc.document.title.startswith("Tuyên truyền thực hiện Nghị quyết Đại hội Công đoàn tỉnh Đắk Nông")
    assert doc.document.number is None and doc.document.issuer is None  # not printed: never guessed


def test_blank_number_keeps_the_symbol(extracted):
    doc = extracted(SEED_002)
    assert (doc.document.number, doc.document.symbol, doc.document.code) == (None, "KH-LĐLĐ", None)
    assert doc.document.signer_title == "PHÓ CHỦ TỊCH" and doc.document.signer == "Đoàn Văn Sự"


def test_header_split_over_lines_with_chrome_before(extracted):
    doc = extracted(WEB / "d01.txt")
    assert fields(doc, "number", "symbol", "issuer", "parent_issuer", "place", "issued_date") == {
        "number": "20", "symbol": "KH-UBND", "issuer": "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
        "parent_issuer": None, "place": "Trà Vinh", "issued_date": "2023-03-10"}
    assert doc.document.title.startswith("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 01/CT-TTG")


def test_header_in_pipe_cells_with_wrapped_motto(extracted):
    doc = extracted(WEB / "d08.txt")
    assert fields(doc, "doc_type", "number", "symbol", "issuer", "place", "issued_date",
                  "signing_capacity", "signer_title", "signer") == {
        "doc_type": "QUYẾT ĐỊNH", "number": "1782", "symbol": "QĐ-UBND",
        "issuer": "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "place": "Bình Định", "issued_date": "2018-05-29",
        "signing_capacity": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Trần Châu"}


def test_flattened_one_line_document(extracted):
    doc = extracted(WEB / "d16.txt")
    assert fields(doc, "parent_issuer", "issuer", "number", "symbol", "place", "issued_date", "doc_type") == {
        "parent_issuer": "UBND HUYỆN THANH OAI", "issuer": "PHÒNG GIÁO DỤC & ĐÀO TẠO", "number": "78",
        "symbol": "KH-PGD&ĐT", "place": "Thanh Oai", "issued_date": "2016-02-02", "doc_type": "KẾ HOẠCH"}


def test_letter_suffix_number_and_place_abbreviation(extracted):
    d26 = extracted(WEB / "d26.txt").document
    assert (d26.number, d26.symbol) == ("20a", "KH-THTM")
    doc = extracted(WEB / "d21.txt")
    assert (doc.document.place, doc.document.issuer) == ("TP. Hồ Chí Minh", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")


def test_party_document_header_docx(extracted):
    doc = extracted(REAL / "18_HD-36-HD-VPTW_the-thuc-van-ban-Dang.docx")
    assert fields(doc, "doc_type", "number", "symbol", "parent_issuer", "issuer", "issued_date") == {
        "doc_type": "HƯỚNG DẪN", "number": "36", "symbol": "HD/VPTW",
        "parent_issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG", "issuer": "VĂN PHÒNG", "issued_date": "2018-04-03"}
    assert doc.document.code == "36-HD/VPTW"


def test_real_pdf_header_columns_not_interleaved(extracted):
    doc = extracted(REAL / "01_KH-related_TTr-124-SNV-LamDong_ke-hoach-thi-dua-CCHC-2026.pdf")
    assert fields(doc, "doc_type", "symbol", "parent_issuer", "issuer", "place", "issued_date",
                  "signing_capacity", "signer_title", "signer") == {
        "doc_type": "TỜ TRÌNH", "symbol": "TTr-SNV", "parent_issuer": "UBND TỈNH LÂM ĐỒNG",
        "issuer": "SỞ NỘI VỤ", "place": "Lâm Đồng", "issued_date": "2026-02",
        "signing_capacity": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC", "signer": "Trần Hữu Tuấn"}


def test_real_docx_draft_header(extracted):
    doc = extracted(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx")
    assert fields(doc, "doc_type", "number", "symbol", "issuer", "place", "issued_date", "title") == {
        "doc_type": "KẾ HOẠCH", "number": None, "symbol": "KH-UBND", "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "place": "Lâm Đồng", "issued_date": "2026",
        "title": "Phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước trên địa bàn tỉnh Lâm Đồng” "
                 "năm 2026"}


def test_recipients_with_purposes(extracted):
    recipients = [(r.name, r.purpose) for r in extracted(SEED_000).recipients]
    assert recipients == [("TT Liên đoàn LĐ tỉnh", None), ("Thường trực Huyện ủy, UBND huyện", "b/c"),
                          ("Ban Dân vận HU", None), ("VP, các ban LĐLĐ tỉnh", None), ("CĐCS", "t/h"),
                          ("Lưu", "lưu")]
    assert ("Các Ban LĐLĐ tỉnh", "t/h") in [(r.name, r.purpose) for r in extracted(SEED_001).recipients]


def test_generated_pdf_and_docx_headers_equal_the_text(extracted):
    text = extracted(WEB / "d03.txt").document
    for twin in (GENERATED / "d03.pdf", GENERATED / "d03.docx"):
        doc = extracted(twin).document
        for f in ("doc_type", "number", "symbol", "issuer", "place", "issued_date", "title"):
            assert getattr(doc, f) == getattr(text, f), (twin.name, f)


def test_party_number_style_and_capacity():
    """Party layout (HD 36-HD/VPTW): "Số 05-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM" right, "T/M" capacity."""
    import pipeline
    text = ("ĐẢNG BỘ HUYỆN KRÔNG NÔ | ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ ĐẮK SÔR\n*\nSố 05-KH/ĐU | "
            "Đắk Sôr, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 34-CT/TW\n\n"
            "Thực hiện Chỉ thị số 34-CT/TW, ngày 07/4/2014 của Bộ Chính trị, Đảng ủy xã ban hành Kế hoạch:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Chỉ thị.\n\nNơi nhận:\n- Ban Thường vụ Huyện ủy (b/c);\n- Lưu.\n\n"
            "T/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn An")
    doc = pipeline.extract(text=text)
    h = doc.document
    assert (h.number, h.symbol, h.code) == ("05", "KH/ĐU", "05-KH/ĐU")
    assert (h.parent_issuer, h.issuer, h.place, h.issued_date) == (
        "ĐẢNG BỘ HUYỆN KRÔNG NÔ", "ĐẢNG ỦY XÃ ĐẮK SÔR", "Đắk Sôr", "2024-03-12")
    assert (h.signing_capacity, h.signer_title, h.signer) == ("T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An")
    assert [(r.name, r.purpose) for r in doc.recipients] == [("Ban Thường vụ Huyện ủy", "b/c"), ("Lưu", "lưu")]


REAL2 = REAL.parent / "real2"


def test_stacked_capacities_take_the_last(extracted):
    """"TM. ỦY BAN NHÂN DÂN" (bold, hard-wrapped) over "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (p009 of
    corpus/real2): the capacity is the KT. line, the title the one under it."""
    doc = extracted(REAL2 / "p009.txt")
    assert fields(doc, "signing_capacity", "signer_title", "signer") == {
        "signing_capacity": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Mai Sơn"}
    doc = extracted(REAL2 / "p026.txt")  # "**TM. ỦY BAN\nNHÂN DÂN**" over "CHỦ TỊCH"
    assert fields(doc, "signing_capacity", "signer_title", "signer") == {
        "signing_capacity": "TM. ỦY BAN NHÂN DÂN", "signer_title": "CHỦ TỊCH", "signer": "Trương Cảnh Tuyên"}


def test_decision_signature_under_italic_recipients(extracted):
    """"*Nơi nhận:*" in italics (markdown) opens the decision's footer; its signature stands in
    the first fifth of a decision that approves a plan (p037) or issues one (p036)."""
    assert fields(extracted(REAL2 / "p037.txt"), "doc_type", "issuer", "signing_capacity", "signer_title",
                  "signer") == {"doc_type": "QUYẾT ĐỊNH", "issuer": "THỦ TƯỚNG CHÍNH PHỦ",
                                "signing_capacity": "KT. THỦ TƯỚNG", "signer_title": "PHÓ THỦ TƯỚNG",
                                "signer": "Trần Hồng Hà"}
    assert fields(extracted(REAL2 / "p036.txt"), "signing_capacity", "signer_title", "signer") == {
        "signing_capacity": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Lộc Hà"}


def test_capitals_title_goes_on_past_a_preamble_word(extracted):
    """"… TRUYỀN NHIỄM" / "SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK": "Sau" may open a preamble, but a
    capitals line goes on with a capitals title (p004 of corpus/real2)."""
    assert extracted(REAL2 / "p004.txt").document.title == (
        "KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK")


def test_signature_columns_and_flattened_capacity_lines():
    """A footer laid out as text (recipients left, signature right), capacity and title on one line,
    stacked capacities on one line: the capacity is the last one, the title the one under it."""
    import pipeline
    head = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/KH-UBND\nĐắk Lắk, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
            "TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả.\n"
            "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì.\n\n")
    for footer in ("Nơi nhận:                    TM. ỦY BAN NHÂN DÂN\n- Như trên;                  KT. CHỦ TỊCH\n"
                   "- Lưu: VT.                   PHÓ CHỦ TỊCH\n\n                             Nguyễn Văn An",
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn An",
                   "Nơi nhận: - Như trên; - Lưu: VT. |  | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An"):
        doc = pipeline.extract(text=head + footer)
        assert fields(doc, "signing_capacity", "signer_title", "signer") == {
            "signing_capacity": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Văn An"}, footer
    doc = pipeline.extract(text=head + "Nơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn   Văn An")
    assert fields(doc, "signing_capacity", "signer_title") == {
        "signing_capacity": "TM. ỦY BAN NHÂN DÂN", "signer_title": "CHỦ TỊCH"}


def test_own_docx_signature_flattened_after_the_recipients(extracted):
    """corpus/real 15 (DOCX): "Nơi nhận: … - Lưu: VT, NC.Châu |  | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Minh"."""
    doc = extracted(REAL / "15_KH-PCMT-den-2030-UBND-LamDong.docx")
    assert fields(doc, "signing_capacity", "signer_title", "signer") == {
        "signing_capacity": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Minh"}


def test_place_date_value_as_precise_as_its_parts():
    """A place-date's date read part by part: OCR's look-alikes of digits in OCR'd text only
    ("Ø3", "Q2": b09, b08 of corpus/real3), a misread or blank day gives the month, a blank month
    the year ("ngày44tháng năm 2026", b07)."""
    from pipeline.extract.header import place_date_value
    assert place_date_value("ngày Ø3 tháng 02 năm 2026", ocr=True) == "2026-02-03"
    assert place_date_value("ngàyQ2 tháng 10 năm 2025", ocr=True) == "2025-10-02"
    assert place_date_value("ngày Ø3 tháng 02 năm 2026", ocr=False) == "2026-02"
    assert place_date_value("ngày kỖ tháng 6 năm 2026", ocr=True) == "2026-06"
    assert place_date_value("ngày44tháng năm 2026", ocr=True) == "2026"
    assert place_date_value("ngày 05 tháng 3 năm 2025", ocr=False) == "2025-03-05"


def test_ocr_number_lines():
    """OCR's "Số" ("Só:", "só:") and a garbled number before the symbol's slash (b07, b08, b10 of
    corpus/real3): the symbol is read, the garbled number is none."""
    from pipeline.api import extract
    ocr_marks = "\nÐø\n"  # two letters Vietnamese does not write: an OCR'd text
    head = "BỘ CÔNG AN\n{}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" \
           "Hà Nội, ngàyQ2 tháng 10 năm 2025\n\nKẾ HOẠCH\nTổ chức Hội nghị\n" \
           "I. MỤC ĐÍCH\n1. Tổ chức hội nghị." + ocr_marks
    for line, number, symbol in [("Số: 5 #2 /KH-BCA-C04", None, "KH-BCA-C04"),
                                 ("Só:đÓ6 /KH-TCTLNTW-C04", None, "KH-TCTLNTW-C04"),
                                 ("só:3/KH-DCT", "3", "KH-DCT")]:
        doc = extract(text=head.format(line)).document
        assert (doc.number, doc.symbol, doc.place, doc.issued_date) == (number, symbol, "Hà Nội", "2025-10-02")


@pytest.mark.slow
def test_ocr_plans_headers_of_batch3():
    """The headers of the OCR'd plans b07 and b10 of corpus/real3 (dev), as annotated."""
    from pipeline.api import extract
    b07 = extract(str(ROOT / "corpus/real3/b07_KH-996-KH-TCTLNTW-C04_ocr.txt"))
    assert fields(b07, "number", "symbol", "parent_issuer", "issuer", "place", "issued_date") == {
        "number": None, "symbol": "KH-TCTLNTW-C04", "parent_issuer": "BỘ CÔNG AN",
        "issuer": "TỔ CÔNG TÁC LIÊN NGÀNH TW", "place": "Hà Nội", "issued_date": "2026"}
    b10 = extract(str(ROOT / "corpus/real3/b10_KH-753-KH-DCT_ocr.txt"))
    assert fields(b10, "number", "symbol", "place", "issued_date") == {
        "number": "3", "symbol": "KH-DCT", "place": "Thành phố Hồ Chí Minh", "issued_date": "2026-06"}


def test_ocr_type_words_inside_the_title_line():
    """OCR ran a scan's columns together: the type "KÉ HOẠCH" (a mark misread) inside the title's
    first line (b07 of corpus/real3): the type as printed, the title without it."""
    from pipeline.api import extract
    text = ("BỘ CÔNG AN\nTỔ CÔNG TÁC LIÊN NGÀNH TW\nSó:đÓ6 /KH-TCTLNTW-C04\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày44tháng năm 2026\n"
            "Phôi hợp kiêm soát KÉ HOẠCH các hoạt động hợp pháp\nliên quan đên ma túy năm 2026\n\n"
            "Thực hiện Nghị định số 105/2021/NĐ-CP ngày 04 tháng 12 năm 2021 của Chính phủ.\n"
            "I. MỤC ĐÍCH\n1. Tăng cường phối hợp ðŠ.\n")
    doc = extract(text=text).document
    assert (doc.doc_type, doc.title, doc.issued_date) == (
        "KÉ HOẠCH", "Phôi hợp kiêm soát các hoạt động hợp pháp liên quan đên ma túy năm 2026", "2026")
    # Without OCR's marks in the text (a typed text), no type is read inside a line.
    assert extract(text=text.replace("ðŠ", "")).document.doc_type is None


def test_title_rule_on_its_line_and_a_blank_date():
    """A PDF text layer's rule on the title's line (03_QD of corpus/real) is no part of the title; a
    date left all blank for the digital signature (04_CD) keeps its place."""
    from pipeline.api import extract
    doc = extract(text="THỦ TƯỚNG CHÍNH PHỦ\n___________\nSố: /QĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày tháng năm\n\nQUYẾT ĐỊNH\n"
                       "Thành lập Ban Chỉ đạo quốc gia về dữ liệu ____________\nTHỦ TƯỚNG CHÍNH PHỦ\n"
                       "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n").document
    assert (doc.title, doc.place, doc.issued_date) == ("Thành lập Ban Chỉ đạo quốc gia về dữ liệu", "Hà Nội", None)


def test_signer_below_the_recipients_and_after_a_rank():
    """A footer laid out as text: the name stands below the recipients' lines (b04 of corpus/real3);
    a rank before the name is no part of it, also as OCR reads it ("Thường-tướng", b08)."""
    from pipeline.extract.header import _rank_before_name
    assert _rank_before_name("Thường-tướng Nguyễn Văn Long") == len("Thường-tướng ")
    assert _rank_before_name("Đại tá Bùi Duy Hưng") == len("Đại tá ")
    assert _rank_before_name("Trung tâm Y tế") == 0
    from pipeline.api import extract
    doc = extract(text="SỞ CÔNG THƯƠNG\nSố: 1050/QĐ-SCT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 06 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
                       "Về việc thành lập Đoàn kiểm tra\n\nĐiều 1. Thành lập Đoàn kiểm tra.\n"
                       "Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
                       " Nơi nhận:                                                  GIÁM ĐỐC\n"
                       " - UBND tỉnh (để báo cáo);\n - Như Điều 5;\n - Ban Giám đốc Sở;\n - Lưu: VT, CN.\n\n\n"
                       "                                                          Hoàng Chí Hiền\n").document
    assert (doc.signer_title, doc.signer) == ("GIÁM ĐỐC", "Hoàng Chí Hiền")


def test_capacity_t_m_with_a_dot():
    """"T/M. ĐOÀN KIỂM TRA" in the right column of the recipients' heading (b03 of corpus/real3)."""
    from pipeline.api import extract
    doc = extract(text="SỞ CÔNG THƯƠNG\nSố: 1105/KH-ĐKT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
                       "Kiểm tra vật liệu nổ công nghiệp\n\nI. MỤC ĐÍCH\n1. Kiểm tra.\n"
                       "Nơi nhận:                                         T/M. ĐOÀN KIỂM TRA\n"
                       "- Giám đốc Sở (để báo cáo);\n- Lưu: VT.\n\n"
                       "                                                     Hoàng Văn Thuân\n").document
    assert (doc.signing_capacity, doc.signer) == ("T/M. ĐOÀN KIỂM TRA", "Hoàng Văn Thuân")


def test_signature_of_a_submission_carrying_a_draft():
    """A Tờ trình followed by the draft plan it submits, with the draft's own header and footer (b09
    of corpus/real3): the signature is the Tờ trình's, before the draft's motto."""
    from pipeline.api import extract
    doc = extract(text="CÔNG AN TỈNH LÂM ĐỒNG\nSố: 91/TTr-CAT-PC04\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 03 tháng 02 năm 2026\n\nTỜ TRÌNH\n"
                       "về việc ban hành kế hoạch\nKính gửi: Ủy ban nhân dân tỉnh Lâm Đồng\n"
                       "Công an tỉnh đã dự thảo kế hoạch. Kính trình Ủy ban nhân dân tỉnh xem xét.\n"
                       "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n"
                       "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: /KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày tháng năm 2026\n\nKẾ HOẠCH\nTăng cường công tác\n"
                       "I. MỤC ĐÍCH\n1. Nắm chắc tình hình.\nNơi nhận:\n- Bộ Công an;\n- Lưu: VT.\n\n"
                       "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n").document
    assert (doc.signing_capacity, doc.signer_title) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")


def test_older_decisions_headings_name_their_authority_before_the_subject(extracted):
    """Batch 4 (dev, 2002-2006 documents in old fonts): the type line carries the issuing authority
    ("QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH về việc …"; "… CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ" over
    "V/v …"), the official gazette's heading gives the number and date there too ("CỦA THỦ TƯỚNG
    CHÍNH PHỦ SỐ 115/2004/QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004 VỀ VIỆC …"); a place typed "Hà nội"; a
    regulation's attached subtitle "( Ban hành kèm theo Quyết định …)" is no part of its title."""
    d25 = extracted(LEGACY / "25_QD-144-2002-QD-BTC_tcvn3.doc").document
    assert (d25.doc_type, d25.place, d25.issued_date, d25.title) == (
        "QUYẾT ĐỊNH", "Hà nội", "2002-11-22",
        "sửa đổi mức thuế suất của một số mặt hàng trong Biểu thuế thuế nhập khẩu ưu đãi")
    d24 = extracted(LEGACY / "24_QD-256-2004-QD-UB-CanTho_tcvn3.doc").document
    assert d24.title == "ban hành Chương trình Cải cách hành chính của thành phố Cần Thơ giai đoạn 2004 - 2010"
    d22 = extracted(LEGACY / "22_QD-115-2004-QD-TTg_tcvn3-font.pdf").document
    assert (d22.number, d22.symbol, d22.issued_date, d22.issuer) == ("115", "2004/QĐ-TTG", "2004-06-25",
                                                                    "THỦ TƯỚNG CHÍNH PHỦ")
    assert d22.title.startswith("SỬA ĐỔI, BỔ SUNG QUY CHẾ THÀNH LẬP") and d22.title.endswith("CỦA THỦ TƯỚNG CHÍNH PHỦ")
    d27 = extracted(LEGACY / "27_QuyDinh-UBND-CaMau-doi-kiem-tra-814_vni.doc").document
    assert d27.title == "VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814"


def test_a_signer_title_in_lower_case_after_the_capacity_on_its_line(extracted):
    """20 (dev, a State Bank circular of 2006, TCVN3 PDF): "KT. THỐNG ĐỐC phó Thống đốc"."""
    doc = extracted(LEGACY / "20_TT-01-2006-TT-NHNN_tcvn3-font.pdf").document
    assert (doc.signing_capacity, doc.signer_title, doc.signer) == (
        "KT. THỐNG ĐỐC", "phó Thống đốc", "Nguyễn Đồng Tiến")


def test_a_place_glued_to_its_abbreviation_and_a_capacity_with_a_spaced_dot(extracted):
    """24 (dev, Word 97 in TCVN3): "TP.Cần Thơ, ngày 01 tháng 7 năm 2004" is the place "TP.Cần Thơ";
    the capacity "TM . UBND THÀNH PHỐ CẦN THƠ" a converter spaced is "TM. UBND THÀNH PHỐ CẦN THƠ"."""
    doc = extracted(LEGACY / "24_QD-256-2004-QD-UB-CanTho_tcvn3.doc").document
    assert (doc.place, doc.issued_date, doc.signing_capacity) == ("TP.Cần Thơ", "2004-07-01",
                                                                  "TM. UBND THÀNH PHỐ CẦN THƠ")


def test_header_forms_of_legal_database_pages():
    """Header forms as legal-database pages and document sites give them: a body's name broken
    inside its words ("ỦY" / "BAN NHÂN DÂN"); a city whose name ends in an office's word ("HẢI
    PHÒNG"); a party number line with no colon above the party's motto; a type line run on after
    the place-date ("..., ngày 20 tháng 9 năm 2021 KẾ HOẠCH", a PDF's columns flattened)."""
    from pipeline import extract
    h = extract(text="ỦY\nBAN NHÂN DÂN\nTỈNH ABC\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n87/KH-UBND\n|\nABC, ngày 18 tháng 4 năm 2019\n|\n"
                     "KẾ HOẠCH\nPHÁT TRIỂN VĂN HÓA ĐỌC\nCăn cứ Quyết định số 329/QĐ-TTg ngày 15/3/2017;\n"
                     "I. MỤC TIÊU\nPhát triển văn hóa đọc.\n").document
    assert (h.parent_issuer, h.issuer, h.number, h.symbol) == (None, "ỦY BAN NHÂN DÂN TỈNH ABC", "87", "KH-UBND")
    h = extract(text="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nSố: 84/KH-UBND\nHải Phòng, ngày 03 tháng 4 năm 2020\n"
                     "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN THỂ THAO NĂM 2020\n").document
    assert (h.parent_issuer, h.issuer) == (None, "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
    h = extract(text="ĐẢNG BỘ TỈNH ABC\nHUYỆN ỦY XYZ\n*\nSố 47-KH/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
                     "Xuân Trường, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nthực hiện Nghị quyết của Tỉnh ủy\n\n"
                     "I- MỤC ĐÍCH, YÊU CẦU\n1- Quán triệt Nghị quyết.\n").document
    assert (h.parent_issuer, h.issuer, h.number, h.symbol, h.issued_date) == (
        "ĐẢNG BỘ TỈNH ABC", "HUYỆN ỦY XYZ", "47", "KH/HU", "2022-03-15")
    h = extract(text="SỞ GD&ĐT ABC TRƯỜNG THPT CHUYÊN\n\nXYZ Số: 215/KH-XYZ\n\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\n"
                     "Quy Nhơn, ngày 20 tháng 9 năm 2021 KẾ HOẠCH\n\nHOẠT ĐỘNG TRẢI NGHIỆM NĂM HỌC 2021 – 2022\n\n"
                     "Căn cứ Điều lệ trường trung học;\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nGiáo dục học sinh.\n").document
    assert (h.doc_type, h.title, h.place, h.issued_date) == (
        "KẾ HOẠCH", "HOẠT ĐỘNG TRẢI NGHIỆM NĂM HỌC 2021 – 2022", "Quy Nhơn", "2021-09-20")


_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/KH-UBND\nĐắk Lắk, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
         "TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả.\n"
         "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì.\nTrên đây là Kế hoạch cải cách hành chính năm 2026./.\n\n")


@pytest.mark.parametrize("footer, expected", [
    # the signature above its "Nơi nhận" (the right column of a footer read first)
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    ("CHỦ TỊCH\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n", (None, "CHỦ TỊCH", "Nguyễn Văn An")),
    # a university's rector: the degrees before the name are no part of it
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nHIỆU TRƯỞNG\n\n(Đã ký)\n\nPGS.TS. Nguyễn Văn An\n",
     (None, "HIỆU TRƯỞNG", "Nguyễn Văn An")),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nThS. Nguyễn Văn An\n",
     ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Nguyễn Văn An")),
    # a database page's footer table: a title signed in person and the name in one cell; a table
    # of rows, its rule row and an empty left cell
    ("| Nơi nhận: - Như trên; - Lưu: VT. | BỘ TRƯỞNG Nguyễn Văn An |\n", (None, "BỘ TRƯỞNG", "Nguyễn Văn An")),
    ("| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n|---|---|\n| - Như trên; | KT. CHỦ TỊCH |\n| - Lưu: VT. | PHÓ CHỦ TỊCH |\n"
     "| | Nguyễn Văn An |\n", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    # a footer row whose cells hold line breaks, its bar before "Nơi nhận" (tenth session)
    ("| Nơi nhận:\n- Như trên;\n- Lưu: VT. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An |\n|---|---|\n",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    # (eleventh session) a footer row whose "<br>" runs became a wide gap before the name; the
    # heading in the emphasis a page's cell keeps; a page's text running the signature on after
    # the recipients with single spaces, and a district's "Q." among them, no capacity
    ("| ***Nơi nhận:***<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH"
     "<br><br><br><br>Nguyễn Văn An** |\n|---|---|\n", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    ("| **_Nơi nhận:_** - Như trên; - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH** **Nguyễn Văn An** |\n"
     "| --- | --- |\n", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An")),
    ("Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An\n",
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An")),
    ("Nơi nhận: - UBND Q. Hải Châu; - Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn An\n", (None, "CHỦ TỊCH", "Nguyễn Văn An")),
])
def test_signature_blocks_as_pages_and_text_layers_print_them(footer, expected):
    import pipeline
    doc = pipeline.extract(text=_PLAN + footer)
    d = doc.document
    assert (d.signing_capacity, d.signer_title, d.signer) == expected
    closing = next(s for s in doc.sections if s.id == "closing")
    assert doc.text[closing.start:].startswith("Trên đây là")
    # each value's span holds it
    for f in ("signer_title", "signer"):
        span = d.spans[f]
        assert doc.text[span.start:span.end] == getattr(d, f)


def test_the_signature_of_a_decision_issuing_a_plan_in_a_footer_row_tenth_session():
    """A decision's footer as one table row before the plan it issues: "| Nơi nhận: … | TM. ỦY BAN
    NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |" (flattened), or with the cells' line breaks
    kept; the line under it ("KẾ HOẠCH" of the plan) is no signer's title."""
    import pipeline
    head = ("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 2917/QĐ-UBND\nTây Ninh, ngày 19 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Ban hành Kế hoạch phát triển xuất khẩu\n\nỦY BAN NHÂN DÂN TỈNH TÂY NINH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển xuất khẩu.\n\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n")
    plan = ("\n\nKẾ HOẠCH\n\nPHÁT TRIỂN XUẤT KHẨU\n(Kèm theo Quyết định số 2917/QĐ-UBND ngày 19 tháng 12 năm 2025 "
            "của Ủy ban nhân dân tỉnh Tây Ninh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao hiệu quả.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nSở Công Thương chủ trì.\n")
    for footer in ("| Nơi nhận: - Như Điều 3; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
                   "Nguyễn Văn An |\n|---|---|",
                   "| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An |\n|---|---|",
                   # (eleventh session) the heading in a cell's emphasis; "<br>" runs before the name
                   "| **_Nơi nhận:_** - Như Điều 3; - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** "
                   "**Nguyễn Văn An** |\n| --- | --- |",
                   "| ***Nơi nhận:***<br>- Như Điều 3;<br>- Lưu: VT. | **KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>"
                   "Nguyễn Văn An** |\n|---|---|"):
        d = pipeline.extract(text=head + footer + plan).document
        assert (d.signing_capacity, d.signer_title, d.signer) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")
