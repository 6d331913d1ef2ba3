from conftest import LEGACY, ROOT, SEED_000, SEED_001, SEED_004, WEB

REAL2 = ROOT / "corpus" / "real2"


def distinct(doc):
    seen = {}
    for r in doc.references:
        seen.setdefault(r.ref_id, r)
    return seen


def test_seed_001_numbered_references(extracted):
    doc = extracted(SEED_001)
    codes = {(r.type, r.number, r.symbol, r.date) for r in doc.references if r.number}
    assert codes == {
        ("Chương trình", "17", "CTr/TU", None), ("Nghị quyết", "20", "NQ/TW", None),
        ("Kế hoạch", "36", "KH/TU", "2021-08-30"), ("Nghị quyết", "02", "NQ/TW", "2021-06-12"),
        ("Chương trình", "08", "CTr-LĐLĐ", "2021-10-07"), ("Kết luận", "79", "KL/TW", "2013-12-25"),
        ("Kết luận", "01", "KL/TW", "2021-05-18"), ("Chỉ thị", "05", "CT/TW", None),
        ("Chỉ thị", "52", "CT/TW", "2016-01-09"), ("Nghị quyết", "33", "NQ-TW", "2014-06-09"),
        ("Quyết định", "2214", "QĐ-TTg", "2021-12-28"), ("Hướng dẫn", "58", "HĐ-TLĐ", "2022-05-10"),
        ("Hướng dẫn", "51", "HĐ-LĐLĐ", None), ("Quyết định", "1268", "QĐ-TTg", "2022-10-19"),
    }


def test_short_form_resolved_to_its_full_form(extracted):
    doc = extracted(SEED_001)
    full = next(r for r in doc.references if r.number == "20" and not r.short_form)
    short = next(r for r in doc.references if r.short_form and r.number == "20")
    assert short.text.startswith("Nghị quyết số 20 của BCH Trung ương Đảng")
    assert (short.ref_id, short.symbol) == (full.ref_id, "NQ/TW")
    # "QĐ số 2214/QĐ-TTg" is the same document as "Quyết định 2214/QĐ-TTg"
    assert len({r.ref_id for r in doc.references if r.number == "2214"}) == 1


def test_stray_space_in_symbol_and_issuer(extracted):
    doc = extracted(SEED_001)
    r = next(r for r in doc.references if r.text.startswith("Chỉ thị số 05- CT/TW"))
    assert (r.number, r.symbol, r.code, r.issuer) == ("05", "CT/TW", "05-CT/TW", "Bộ Chính trị")
    r = next(r for r in doc.references if r.number == "79")
    assert r.issuer == "Bộ Chính trị (khóa XI)"
    assert r.subject.startswith("đẩy mạnh thực hiện Nghị quyết số 20")


def test_relations_from_the_citing_clause(extracted):
    doc = extracted(SEED_000)
    rel = {r.code: r.relation for r in doc.references if r.code}
    assert rel == {"01/NQ-LĐLĐ": "implements", "01/CTr-LĐLĐ": "implements", "08/KH-LĐLĐ": "basis"}
    r = next(r for r in doc.references if r.code == "01/NQ-LĐLĐ")
    assert (r.date, r.issuer, r.section) == ("2023-10-10", "Ban Chấp hành Liên đoàn Lao động tỉnh", "preamble")


def test_named_references_without_number(extracted):
    doc = extracted(SEED_004)
    named = {r.name for r in doc.references if r.number is None}
    assert "Luật Thi đua, khen thưởng năm 2022" in named
    assert {(r.type, r.number, r.symbol) for r in doc.references if r.number} >= {
        ("Nghị định", "98", "2023/NĐ-CP"), ("Chỉ thị", "34", "CT/TW"), ("Nghị quyết", "07", "NQ-TLĐ"),
        ("Chỉ thị", "19", "CT-TTg"), ("Kế hoạch", "74", "KH-UBND"), ("Kế hoạch", "31", "KH-LĐLĐ")}
    cong = extracted(SEED_000)
    assert "Nghị quyết Đại hội XIII Công đoàn Việt Nam" in {r.name for r in cong.references}


def test_web_forms(extracted):
    assert {(r.number, r.symbol) for r in extracted(WEB / "d25.txt").references if r.number} >= {
        ("30", "CT/TU"), ("37", "NQ/TW")}
    # "37-NQ/TW NQ/TW ngày 24/12/2018": a symbol printed twice still has its date
    r = next(r for r in extracted(WEB / "d25.txt").references if r.number == "37")
    assert r.date == "2018-12-24"
    # bare codes listed after "số:" are typed by their symbol
    codes = {(r.type, r.number, r.symbol) for r in extracted(WEB / "d22.txt").references if r.number}
    assert ("Quyết định", "21", "2021/QĐ-TTg") in codes and ("Quyết định", "1521", "QĐ-TTg") in codes
    # uppercase title mention and text mention are one document, with the mixed-case symbol
    d01 = extracted(WEB / "d01.txt")
    assert {r.ref_id for r in d01.references} == {"ref_1"} and d01.references[0].symbol == "CT-TTg"


def test_own_number_is_not_a_reference(extracted):
    doc = extracted(WEB / "d24.txt")
    assert doc.document.code == "25/2006/NQ-CP"
    assert not [r for r in doc.references if r.number == "25"]


def test_plan_cited_by_date_issuer_and_subject():
    import pipeline
    text = ("Thực hiện Kế hoạch ngày 05/4/2023 của Liên đoàn Lao động tỉnh Đắk Nông về truyền thông tổ chức "
            "các hoạt động trong Tháng Công nhân năm 2023; Căn cứ Kế hoạch của Ban Chấp hành Liên đoàn Lao động "
            "tỉnh Ninh Bình về nâng cao hiệu quả công tác tuyên truyền.")
    refs = [(r.type, r.number, r.date, r.issuer, r.subject, r.relation) for r in pipeline.extract(text=text).references]
    assert refs == [
        ("Kế hoạch", None, "2023-04-05", "Liên đoàn Lao động tỉnh Đắk Nông",
         "truyền thông tổ chức các hoạt động trong Tháng Công nhân năm 2023", "implements"),
        ("Kế hoạch", None, None, "Ban Chấp hành Liên đoàn Lao động tỉnh Ninh Bình",
         "nâng cao hiệu quả công tác tuyên truyền", "basis")]


# --- corpus/real2 dev plans (corpus/annotations/splits.tsv): forms of SPEC §2.1 ------------------

REAL2 = SEED_000.parents[1] / "real2"


def test_laws_named_and_numbered_and_amending_laws(extracted):
    """p036 (HCMC decision): "Luật Dữ liệu số 60/2024/QH15 ngày ..." is a numbered law with its name;
    "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B ... và Luật C" is one law named by the
    whole list, whose numbered laws are cited too; with one law in the list, the number after it
    is the amending law's own."""
    doc = extracted(REAL2 / "p036.txt")
    refs = distinct(doc)
    numbered = {(r.type, r.number, r.symbol, r.date, r.name) for r in refs.values() if r.type == "Luật" and r.number}
    assert ("Luật", "60", "2024/QH15", "2024-11-30", "Luật Dữ liệu") in numbered
    assert ("Luật", "27", "2018/QH14", "2018-06-14", "Luật Đo đạc và bản đồ") in numbered
    assert ("Luật", "20", "2023/QH15", "2023-06-22", "Luật Giao dịch điện tử") in numbered
    assert ("Luật", "27", "2023/QH15", None, "Luật Nhà ở") in numbered
    assert ("Luật", "62", "2020/QH14", "2020-06-17",
            "Luật sửa đổi, bổ sung một số điều của Luật xây dựng") in numbered
    named = {(r.name, r.date) for r in refs.values() if r.type == "Luật" and not r.number}
    assert named == {
        ("Luật Quy hoạch", "2017-11-24"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương "
         "thức đối tác công tư và Luật Đấu thầu", "2024-11-29"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản "
         "và Luật Các tổ chức tín dụng", None),
        ("Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công "
         "tư, Luật Hải quan, Luật Thuế giá trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu "
         "tư, Luật Đầu tư công, Luật Quản lý, sử dụng tài sản công", None),
    }
    # A number with a dotted part; a plan of action ("KHHĐ") is a Kế hoạch.
    assert any((r.number, r.symbol) == ("66.2", "2025/NQ-CP") for r in refs.values())
    assert any((r.type, r.number, r.symbol) == ("Kế hoạch", "459", "KHHĐ/TU") for r in refs.values())


def test_number_word_without_marks_and_attached_plan(extracted):
    """p022: "Chỉ thị so 41-CT/TW" ("số" without its marks); p031 (a decision issuing a plan): the
    plan after the decision's signature is searched too ("... theo quy định của Luật ngân sách nhà
    nước")."""
    refs = distinct(extracted(REAL2 / "p022.txt"))
    assert any((r.type, r.number, r.symbol, r.date) == ("Chỉ thị", "41", "CT/TW", "2024-12-26")
               for r in refs.values())
    refs = distinct(extracted(REAL2 / "p031.txt"))
    assert "Luật ngân sách nhà nước" in {r.name for r in refs.values()}
    assert "Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều" in {
        r.name for r in refs.values()}


def test_issuer_inferred_from_the_symbol_and_code_key(extracted):
    """An issuer the text leaves out is the one the symbol names (SPEC §2.1), marked inferred; one
    the text names is kept (a wrapped "của Bộ\\nChính trị" whole); code_key joins "57-NQ/TW" and
    "57/NQ-TW"."""
    refs = distinct(extracted(REAL2 / "p036.txt"))
    by_code = {r.code_key: (r.issuer, r.issuer_inferred) for r in refs.values() if r.code_key}
    assert by_code["60/2024/QH15"] == ("Quốc hội", True)
    assert by_code["1629/QĐ-TTG"] == ("Thủ tướng Chính phủ", True)
    assert by_code["57/NQ-TW"] == ("Bộ Chính trị", False)
    assert by_code["1/2025/QĐ-UBND"] == ("Ủy ban nhân dân Thành phố Hồ Chí Minh", False)
    refs = distinct(extracted(REAL2 / "p001.txt"))
    assert {(r.code_key, r.issuer, r.issuer_inferred) for r in refs.values() if r.number == "05"} == {
        ("5/CT-TW", "Ban Bí thư", True)}


def test_inferred_issuers_and_provinces():
    from pipeline.resolve import code_key, document_province, inferred_issuer
    assert [inferred_issuer(s, "tỉnh Lâm Đồng") for s in (
        "QĐ-TTg", "2023/NĐ-CP", "NQ-CP", "2016/QH13", "CT/TW", "NQ-TW", "KL/TW", "NQ-HĐND",
        "2024/TT-BGDĐT", "KH-LĐLĐ")] == [
        "Thủ tướng Chính phủ", "Chính phủ", "Chính phủ", "Quốc hội", "Ban Bí thư", "Bộ Chính trị", None,
        "Hội đồng nhân dân tỉnh Lâm Đồng", "Bộ Giáo dục và Đào tạo", None]
    assert inferred_issuer("NQ-HĐND", None) is None  # a province's body, and no province known
    assert document_province("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH") == "tỉnh Trà Vinh"
    assert document_province("LĐLĐ HUYỆN KRÔNG NÔ", "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK NÔNG") == "tỉnh Đắk Nông"
    assert document_province("BỘ TÀI CHÍNH") is None
    assert code_key("20", "NQ/TW") == code_key("020", "NQ-TW") == "20/NQ-TW"
    assert code_key("98", "2023/NĐ-CP") == "98/2023/NĐ-CP"


def test_thong_tri_is_not_thong_tu():
    from pipeline.extract.references import find_references
    refs = find_references("Thực hiện Thông tri số 28/TT-MTTW-BTT ngày 20/3/2024 của Ban Thường trực; "
                           "căn cứ các văn bản số: 15/TT-MTTW-BTT; 05/2024/TT-BGDĐT")
    assert [(r.type, r.number, r.symbol) for r in refs] == [
        ("Thông tri", "28", "TT-MTTW-BTT"), ("Thông tri", "15", "TT-MTTW-BTT"), ("Thông tư", "05", "2024/TT-BGDĐT")]


def test_congress_resolution_named_with_or_without_its_delegates(extracted):
    """p001 / p022: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" and "Nghị quyết
    đại hội lần thứ\\nXIII của Đảng" (the numeral wrapped) are one document."""
    for name in ("p001", "p022"):
        refs = distinct(extracted(REAL2 / f"{name}.txt"))
        congress = [r.name for r in refs.values() if r.name and "XIII" in r.name]
        assert len(congress) == 1, (name, congress)
    refs = distinct(extracted(REAL2 / "p001.txt"))
    # (Its body after "của" is part of its name.)
    assert [r.name for r in refs.values() if r.name] == ["Nghị quyết đại hội lần thứ XIII của Đảng"]


def test_named_programmes_cited_by_their_period_or_quoted_name(extracted):
    """Programmes, strategies, schemes and master plans cited by name without a number (dev plans):
    a name closed by its period ("giai đoạn 2021 - 2025", "đến năm 2020 và định hướng đến năm
    2030", "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050") or in quotes, after a citing cue or in a
    list of references. The programmes a decision approves ("... phê duyệt Chương trình mục tiêu
    quốc gia phòng, chống ma túy đến năm 2030") are its subject, not citations, wherever named."""
    def programmes(path):
        return {r.name for r in extracted(path).references
                if r.number is None and r.name and r.type not in ("Luật", "Bộ luật", "Nghị quyết")}
    assert programmes(REAL2 / "p011.txt") == {
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"}
    assert programmes(REAL2 / "p015.txt") == {
        "Chiến lược Quốc gia phòng, chống và kiểm soát ma túy ở Việt Nam đến năm 2020 và định hướng đến năm 2030",
        "Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030"}
    assert programmes(REAL2 / "p028.txt") == {
        "Quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"}
    assert programmes(REAL2 / "p037.txt") == {
        "Đề án Trồng một tỷ cây xanh", "Đề án Trồng một tỷ cây xanh giai đoạn 2021 - 2025"}
    assert programmes(REAL2 / "p043.txt") == {
        "Đề án Phát huy vai trò của Đoàn – Hội trong công tác giáo dục đạo đức, văn hóa ứng xử, tinh thần "
        "sáng tạo và khởi nghiệp cho sinh viên BKHN giai đoạn 2023 – 2025",
        "Đề án Tăng cường hiệu quả công tác hỗ trợ, tư vấn học tập và tâm lý cho sinh viên giai đoạn 2021 – 2025"}
    # Only approved ("phê duyệt ...", "được phê duyệt tại Quyết định số ...") or to be drawn up.
    assert programmes(REAL2 / "p024.txt") == set()
    assert programmes(REAL2 / "p031.txt") == set()
    # d28: a list item after an approving decision's subject; d29: in the title, in capitals.
    assert programmes(WEB / "d28.txt") == {"Kế hoạch Phòng, chống thiên tai tỉnh Hải Dương đến năm 2025"}
    assert programmes(WEB / "d29.txt") == {
        "CHIẾN LƯỢC QUỐC GIA PHÒNG THỦ DÂN SỰ ĐẾN NĂM 2030 VÀ NHỮNG NĂM TIẾP THEO"}
    # d09: the Chiến lược 2011 - 2020 is a numbered decision's subject; a heading in capitals is not cited.
    assert programmes(WEB / "d09.txt") == {"Chương trình Quốc gia về bình đẳng giới giai đoạn 2011 - 2015"}


def test_laws_named_and_numbered_codes_drafts_and_table_cells():
    """Batch 3 (dev): a law named without its number that the document cites with one is that law
    (b04's "Luật số 15/2012/QH13 … về Xử lý vi phạm hành chính" then "Luật Xử lý vi phạm hành
    chính"; b05's "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15", its name's
    commas after "và", then the name alone; "Luật Ban hành văn bản quy phạm pháp luật số
    64/2025/QH15"); "Bộ Luật Hình sự" is the code (21_, b09); a draft law is no citation (b01);
    a table's cell "Luật" names none (b01)."""
    from pipeline.extract.references import find_references
    text = ("Căn cứ Luật số 15/2012/QH13 ngày 20/6/2012 về Xử lý vi phạm hành chính, sửa đổi bổ sung năm 2025;\n"
            "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29 tháng 11 năm 2024;\n"
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;\n"
            "Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết Luật Xử lý vi "
            "phạm hành chính về thẩm quyền;\n"
            "Kế hoạch triển khai thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;\n"
            "- Tuyên truyền các quy định của Bộ Luật Hình sự, Luật sửa đổi, bổ sung một số điều của Bộ Luật hình "
            "sự liên quan đến ma túy.\n"
            "- Hoàn thành xây dựng Dự thảo Luật trình Quốc hội khóa XV tại kỳ họp cuối năm 2023.\n"
            "1 | Nhiệm vụ | Luật | Bộ Tài chính | Bộ Tài nguyên và Môi trường\n")
    assert [(r.type, r.number, r.symbol, r.name) for r in find_references(text)] == [
        ("Luật", "15", "2012/QH13", None),
        ("Luật", "55", "2024/QH15", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ("Luật", "64", "2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"),
        ("Nghị định", "189", "2025/NĐ-CP", None),
        ("Bộ luật", None, None, "Bộ Luật Hình sự"),
        ("Luật", None, None, "Luật sửa đổi, bổ sung một số điều của Bộ Luật hình sự")]


def test_a_class_of_conventions_and_a_programme_after_a_reference_with_its_subject():
    """b07 / d20: "các Công ước quốc tế về phòng chống ma túy" is a class of documents, no named
    reference. 001 (own corpus): "…; Nghị quyết số 33/NQ-TW … “về xây dựng … đất nước”; Chương trình
    phối hợp giữa … giai đoạn 2021-2026": a list item after a reference whose subject runs on to the
    separator is cited too; not after a task naming a law ("Quy hoạch … theo quy định của Luật Quy
    hoạch (hoàn thành trong năm 2022); Chiến lược … đến năm 2030", b02)."""
    from pipeline.extract.references import find_references
    text = ("Thực hiện các Công ước quốc tế về phòng chống ma túy và các văn bản pháp luật.\n"
            "Tiếp tục thực hiện Chỉ thị số 52-CT/TW ngày 09/01/2016 của Ban Bí thư; Nghị quyết số 33/NQ-TW "
            "ngày 09/6/2014 của Ban Chấp hành Trung ương (khóa XI) “về xây dựng và phát triển văn hóa, con "
            "người Việt Nam”; Chương trình phối hợp giữa Tổng Liên đoàn Lao động Việt Nam và Bộ Văn hóa "
            "về xây dựng đời sống văn hóa giai đoạn 2021-2026.\n"
            "- Khẩn trương lập Quy hoạch thăm dò khoáng sản theo quy định của Luật Quy hoạch (hoàn thành "
            "trong năm 2022); Chiến lược địa chất, khoáng sản đến năm 2030, tầm nhìn đến năm 2045.\n")
    got = [(r.type, r.number, r.name) for r in find_references(text)]
    assert got == [("Chỉ thị", "52", None), ("Nghị quyết", "33", None),
                   ("Chương trình", None, "Chương trình phối hợp giữa Tổng Liên đoàn Lao động Việt Nam và Bộ Văn "
                    "hóa về xây dựng đời sống văn hóa giai đoạn 2021-2026"),
                   ("Luật", None, "Luật Quy hoạch")]


def test_one_congress_resolution_named_in_two_ways():
    """d24 / 001 (own corpus): "Nghị quyết Đại hội đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt
    Nam" and "Nghị quyết Đại hội Đảng lần thứ X" are one resolution; so are "Nghị quyết Đại hội Công
    đoàn tỉnh lần thứ XVI" and "Nghị quyết Đại hội XVI Công đoàn Ninh Bình"; "Nghị quyết Đại hội XIII
    của Đảng" keeps its body and stays apart from "Nghị quyết Đại hội XIII Công đoàn Việt Nam" and
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIII"."""
    from pipeline.extract.references import find_references
    from pipeline.resolve import resolve_references
    text = ("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt Nam.\n"
            "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng lần thứ X và Nghị quyết của Quốc hội.\n"
            "Góp phần thực hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVI và Nghị quyết Đại hội XIII Công "
            "đoàn Việt Nam.\nThực hiện Nghị quyết Đại hội XVI Công đoàn Ninh Bình, nhiệm kỳ 2023-2028; Chương "
            "trình hành động số 08/CTr-LĐLĐ thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội "
            "đại biểu Đảng bộ tỉnh lần thứ XIII.\n")
    refs = resolve_references(find_references(text), None)
    names = sorted({r.name for r in refs if r.number is None and r.name})
    assert names == sorted(["Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVI",
                            "Nghị quyết Đại hội XIII Công đoàn Việt Nam", "Nghị quyết Đại hội XIII của Đảng",
                            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIII",
                            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt Nam"])


def test_a_law_naming_a_committee():
    """d21 (own corpus): "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm
    2003": "ban" of "Ủy ban" does not end the name (as it ends one before "ban hành"), and the date
    after the name is the law's."""
    from pipeline.extract.references import find_references
    refs = find_references("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
                           "Thực hiện Luật Công đoàn ban hành năm 2012.")
    assert [(r.name, r.date) for r in refs] == [
        ("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "2003-11-26"), ("Luật Công đoàn", None)]


def test_law_names_running_through_words_that_only_open_a_clause_as_a_phrase():
    """Made-up citations of real laws: "quy", "ban", "có", "phê", "hướng", "liên" end a law's name
    only as the phrases of a clause's next part ("quy định", "ban hành", "có hiệu lực", "phê
    duyệt", "hướng dẫn", "liên quan"), not inside a name ("Luật Ban hành văn bản quy phạm pháp
    luật", "Pháp lệnh Ưu đãi người có công …")."""
    from pipeline.extract.references import find_references
    refs = find_references("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n"
                           "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng năm 2020;\n"
                           "Thực hiện Luật Đất đai có hiệu lực từ ngày 01/8/2024, theo Luật Quy hoạch quy định.")
    assert [r.name for r in refs] == [
        "Luật Ban hành văn bản quy phạm pháp luật", "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020",
        "Luật Đất đai", "Luật Quy hoạch"]


def test_law_names_whose_lower_case_part_runs_into_their_year_or_date():
    """Made-up citations of real laws: after a comma or "và", words in lower case running straight
    into the law's year, date or number are its name ("Luật Trật tự, an toàn giao thông đường bộ
    năm 2024", "Luật Cán bộ, công chức ngày …"); not a clause's next part ("Luật Đất đai, trước
    ngày …", "…, được sửa đổi năm …")."""
    from pipeline.extract.references import find_references
    refs = find_references("Căn cứ Luật Trật tự, an toàn giao thông đường bộ năm 2024;\n"
                           "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;\n"
                           "Căn cứ Luật Đo đạc và bản đồ ngày 14 tháng 6 năm 2018;\n"
                           "Triển khai Luật Đất đai, trước ngày 15/12/2026 hoàn thành.\n"
                           "Thực hiện Luật Thanh tra, được sửa đổi năm 2025.")
    assert [r.name for r in refs] == [
        "Luật Trật tự, an toàn giao thông đường bộ năm 2024", "Luật Cán bộ, công chức", "Luật Đo đạc và bản đồ",
        "Luật Đất đai", "Luật Thanh tra"]


def test_plenum_resolution_named_by_its_ordinal():
    """Made-up sentences: a Central Committee plenum's resolution named without its number ("Nghị
    quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII") is a named reference;
    printed with its number it is the numbered one only."""
    from pipeline.extract.references import find_references
    refs = find_references("Thực hiện Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII;\n"
                           "Thực hiện Nghị quyết số 44-NQ/TW ngày 24/11/2023 Hội nghị lần thứ tám Ban Chấp hành "
                           "Trung ương Đảng khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới;")
    assert [(r.type, r.number, r.name) for r in refs] == [
        ("Nghị quyết", None, "Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII"),
        ("Nghị quyết", "44", None)]


def test_a_national_programme_is_cited_without_a_cue():
    """b07 (dev): "các chỉ tiêu được Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm
    2030 giao" cites the national programme with no citing cue before it; made-up sentences:
    "Lồng ghép nguồn vốn Chương trình mục tiêu quốc gia …", but not a programme to be drawn up
    ("Xây dựng và thực hiện Chương trình quốc gia …") nor a class ("các chương trình …")."""
    from pipeline.extract.references import find_references
    text = ("- Lồng ghép nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.\n"
            "- Bảo đảm các chỉ tiêu được Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 giao.\n"
            "- Xây dựng và thực hiện Chương trình quốc gia về học tập suốt đời giai đoạn 2026 - 2030.\n"
            "- Các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 đã hoàn thành.\n")
    assert [(r.type, r.name) for r in find_references(text)] == [
        ("Chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"),
        ("Chương trình", "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030")]


def test_several_numbers_sharing_one_symbol(extracted):
    """27 (dev, a 2006 regulation of Cà Mau, VNI): "nhằm thực hiện các Nghị định 87,88,31/CP" cites
    three decrees, 87/CP, 88/CP and 31/CP, each its own mention."""
    doc = extracted(LEGACY / "27_QuyDinh-UBND-CaMau-doi-kiem-tra-814_vni.doc")
    assert [(r.number, r.symbol, r.text) for r in doc.references if r.type == "Nghị định"][:3] == [
        ("87", "CP", "Nghị định 87"), ("88", "CP", "88"), ("31", "CP", "31/CP")]


def test_a_plenum_resolution_named_by_the_central_committee(extracted):
    """24 (dev, Cần Thơ 2004): "Nghị quyết Hội nghị Ban chấp hành Trung ương Đảng lần thứ 8 (khoá VII)"
    is a resolution named without a number, its term in parentheses part of the name (fifth session)."""
    doc = extracted(LEGACY / "24_QD-256-2004-QD-UB-CanTho_tcvn3.doc")
    assert ("Nghị quyết", "Nghị quyết Hội nghị Ban chấp hành Trung ương Đảng lần thứ 8 (khoá VII)") in [
        (r.type, r.name) for r in doc.references]


def _issuers_of(citations: str) -> list[tuple]:
    from pipeline import extract
    doc = extract(text="UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\nPhát triển nông "
                       "nghiệp\n" + citations + "I. MỤC ĐÍCH\n- Triển khai.\n")
    return [(r.number, r.issuer, r.issuer_inferred) for r in doc.references if r.number]


def test_issuers_named_with_and_a_dash_a_verb_after_them_and_a_letters_symbol():
    """"và" and a dash inside a body's name ("Bộ Kế hoạch và Đầu tư - Bộ Nội vụ", "Bộ Lao động -
    Thương binh và Xã hội", "Bà Rịa - Vũng Tàu") go on; "và" before a cited document does not; a
    verb after the name ("công bố", "sửa đổi") and "quy định:" end it; a letter's symbol opening
    with its issuer's code names the issuer the text leaves out ("638/SNV-CCHC" → Sở Nội vụ)."""
    assert _issuers_of(
        "Căn cứ Thông tư liên tịch số 05/2009/TTLT-BKHĐT-BNV ngày 05/8/2009 của Bộ Kế hoạch và Đầu tư - Bộ "
        "Nội vụ hướng dẫn chức năng;\n"
        "Căn cứ Thông tư số 10/2022/TT-BLĐTBXH ngày 10/7/2022 của Bộ trưởng Bộ Lao động - Thương binh và "
        "Xã hội hướng dẫn;\n"
        "Căn cứ Quyết định số 1179/QĐ-UBND ngày 10/7/2022 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về việc "
        "phê duyệt;\n"
        "Căn cứ Nghị quyết số 10/NQ-CP ngày 10/7/2022 của Chính phủ và Quyết định số 12/QĐ-TTg ngày 01/01/2023 "
        "của Thủ tướng Chính phủ;\n"
        "Căn cứ Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục "
        "hành chính;\n"
        "Căn cứ Nghị quyết số 71/NQ-CP ngày 10/7/2025 của Chính phủ sửa đổi Nghị quyết;\n"
        "Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định: các cơ quan;\n"
        "Căn cứ Công văn số 638/SNV-CCHC ngày 12/3/2023 về việc triển khai;\n") == [
        ("05", "Bộ Kế hoạch và Đầu tư - Bộ Nội vụ", False),
        ("10", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", False),
        ("1179", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", False),
        ("10", "Chính phủ", False),
        ("12", "Thủ tướng Chính phủ", False),
        ("1441", "Chủ tịch Ủy ban nhân dân tỉnh", False),
        ("71", "Chính phủ", False),
        ("126", "Chính phủ", False),
        ("638", "Sở Nội vụ", True)]


def test_a_title_wrapped_before_its_body_p037(extracted):
    """p037 (dev, a legal database's hard-wrapped markdown): "của Thủ tướng\\nChính phủ phê duyệt" —
    the break falls inside the name; past it only the name's own words."""
    doc = extracted(REAL2 / "p037.txt")
    assert {(r.number, r.issuer) for r in doc.references if r.number in ("450", "611")} == {
        ("450", "Thủ tướng Chính phủ"), ("611", "Thủ tướng Chính phủ")}


def test_a_document_cited_as_van_ban_is_a_letter_unless_its_symbol_names_a_type():
    from pipeline.extract.references import find_references
    refs = find_references("Thực hiện Văn bản số 1234/UBND-KT ngày 10/10/2022 của Ủy ban nhân dân tỉnh và văn bản "
                           "số 77/SNV-CCHC ngày 3/3/2022 của Sở Nội vụ; Văn bản số 15/TT-MTTW-BTT; Văn bản hợp nhất "
                           "số 05/VBHN-BNV ngày 10/2/2020 của Bộ Nội vụ")
    assert [(r.type, r.number, r.symbol, r.issuer) for r in refs] == [
        ("Công văn", "1234", "UBND-KT", "Ủy ban nhân dân tỉnh"), ("Công văn", "77", "SNV-CCHC", "Sở Nội vụ"),
        ("Thông tri", "15", "TT-MTTW-BTT", None), ("Văn bản hợp nhất", "05", "VBHN-BNV", "Bộ Nội vụ")]


def test_symbols_whose_hyphen_was_lost_twelfth_session():
    """A text layer losing hyphens ("208/NQCP", "42/2025/NĐCP", "115KL/TW"): a type's code glued to
    an issuer's is the hyphenated symbol, a party code glued to the number the party's symbol; the
    text as printed. A code of its own ("TTCP", Thanh tra Chính phủ) is kept."""
    from pipeline.extract.references import find_references
    from pipeline.vocab import unglued_symbol
    text = ("Căn cứ Nghị định số 42/2025/NĐCP ngày 27/02/2025 của Chính phủ; Nghị quyết số 208/NQCP; "
            "Kết luận số 115KL/TW ngày 20/5/2025 của Ban Bí thư; Quyết định số 1579/QĐTTg")
    refs = find_references(text)
    assert [(r.type, r.number, r.symbol) for r in refs] == [
        ("Nghị định", "42", "2025/NĐ-CP"), ("Nghị quyết", "208", "NQ-CP"), ("Kết luận", "115", "KL/TW"),
        ("Quyết định", "1579", "QĐ-TTg")]
    assert "208/NQCP" in text[refs[1].start:refs[1].end]
    assert [unglued_symbol(s) for s in ("QĐBYT", "KHUBND", "TTCP", "UBND", "NQ-CP", "TTLT")] == [
        "QĐ-BYT", "KH-UBND", "TTCP", "UBND", "NQ-CP", "TTLT"]
