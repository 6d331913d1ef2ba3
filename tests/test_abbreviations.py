
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
