
import pytest

from pipeline.extract.abbreviations import expand, find_abbreviations

from conftest import REAL, SEED_001, SEED_004


@pytest.mark.slow  # (2 s)
def test_inline_definitions(extracted):
    inline = {(a.short, a.long) for a in extracted(SEED_001).abbreviations if a.source == "inline"}
    assert ("NLĐ", "người lao động") in inline
    assert ("CNVCLĐ", "công nhân, viên chức, lao động") in inline
    four = {(a.short, a.long) for a in extracted(SEED_004).abbreviations if a.source == "inline"}
    assert ("LĐLĐ", "Liên đoàn Lao động") in four and ("KT-XH", "kinh tế - xã hội") in four
    docx = {(a.short, a.long) for a in extracted(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx").abbreviations
            if a.source == "inline"}
    assert ("CCHC", "cải cách hành chính") in docx  # "(sau đây viết tắt là CCHC)"


def test_lexicon_and_expansion(extracted):
    lex = {a.short for a in extracted(SEED_001).abbreviations if a.source == "lexicon"}
    assert {"TLĐ", "UBND", "CĐN", "DN"} <= lex
    assert expand("Ban Thường vụ LĐLĐ huyện") == "Ban Thường vụ Liên đoàn Lao động huyện"
    assert expand("LĐLĐ các huyện, TP", {"TP": "thành phố"}) == "Liên đoàn Lao động các huyện, thành phố"


def test_no_definition_without_matching_initials():
    text = "phối hợp với các ngành (Website) và (TP)"
    assert [a for a in find_abbreviations(text) if a.source == "inline"] == []


def test_a_legend_of_abbreviations_under_a_task_table_fifteenth_session():
    """A legend under an annex ("Ghi chú: Cục QLĐĐ: Cục Quản lý đất đai; VPB: Văn phòng Bộ; Trung
    tâm DL&TTĐĐ: …"): each entry an abbreviation of the document's own, so the annex's "Cục QLĐĐ"
    is the unit the text names in full: one pair per unit and role (probe m109). A note of one
    colon defines nothing."""
    from pipeline.api import extract
    from pipeline.extract.abbreviations import find_abbreviations
    legend = ("Ghi chú: Cục QLĐĐ: Cục Quản lý đất đai; VPB: Văn phòng Bộ; "
              "Trung tâm DL&TTĐĐ: Trung tâm Dữ liệu và Thông tin đất đai.\n")
    assert [(a.short, a.long, a.source) for a in find_abbreviations(legend)] == [
        ("Cục QLĐĐ", "Cục Quản lý đất đai", "inline"), ("VPB", "Văn phòng Bộ", "inline"),
        ("Trung tâm DL&TTĐĐ", "Trung tâm Dữ liệu và Thông tin đất đai", "inline")]
    assert find_abbreviations("Ghi chú: Số liệu năm 2025 là số ước tính.\n") == []
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/KH-BNNMT\nHà Nội, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Triển khai công tác đất đai\nI. MỤC ĐÍCH\nBảo đảm thông suốt.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Cục Quản lý đất đai chủ trì hướng dẫn các địa phương.\n2. Văn phòng Bộ chủ trì công bố thủ tục.\n"
            "PHỤ LỤC\n| TT | Nhiệm vụ | Chủ trì | Phối hợp |\n|---|---|---|---|\n"
            "| 1 | Hướng dẫn địa phương | Cục QLĐĐ | VPB |\n| 2 | Công bố thủ tục | VPB | Cục QLĐĐ |\n" + legend)
    # (The annex's lead cells restate the text's pairs, dropped; its "VPB" and "Cục QLĐĐ"
    # coordinate, kept as printed with their expansions.)
    assert [(r.unit, r.unit_expanded, r.role) for r in extract(text=text).responsibilities] == [
        ("Cục Quản lý đất đai", "Cục Quản lý đất đai", "execute"),
        ("Cục Quản lý đất đai", "Cục Quản lý đất đai", "lead"),
        ("Văn phòng Bộ", "Văn phòng Bộ", "execute"), ("Văn phòng Bộ", "Văn phòng Bộ", "lead"),
        ("VPB", "Văn phòng Bộ", "coordinate"), ("Cục QLĐĐ", "Cục Quản lý đất đai", "coordinate")]


def test_a_note_of_colons_that_spells_no_abbreviation_is_no_legend_fifteenth_session():
    """A note under a table whose entries' capitals are not their texts' initials ("Ghi chú: GRDP:
    Theo giá so sánh 2010; CPI: Theo số liệu Cục Thống kê", a reviewer's case) defines nothing."""
    assert [a for a in find_abbreviations("Ghi chú: GRDP: Theo giá so sánh 2010; CPI: Theo số liệu Cục Thống kê.\n")
            if a.source == "inline"] == []
