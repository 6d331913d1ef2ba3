import pytest

from conftest import SEED_000, SEED_004


@pytest.mark.slow
def test_spacy_component_spans_on_the_raw_text():
    from pipeline.spacy_component import make_nlp
    nlp = make_nlp()
    raw = SEED_000.read_text(encoding="utf-8")
    doc = nlp(raw)
    refs = {(s.label_, s.text) for s in doc.spans["plans_references"]}
    assert ("08/KH-LĐLĐ",
            "Kế hoạch số 08/KH-LĐLĐ, ngày 03 tháng 01 năm 2024 của Liên đoàn Lao động tỉnh Đắk Nông") in refs
    assert [s.label_ for s in doc.spans["plans_sections"]] == ["SECTION_I", "SECTION_II", "SECTION_III", "SECTION_V"]
    assert doc.spans["plans_sections"][0].text.startswith("I. MỤC ĐÍCH")
    # a span whose normalised text joined a page break still covers the raw characters
    issued = [s for s in doc.spans["plans_dates"] if s.label_ == "issued"]
    assert [s.text for s in issued] == ["ngày 05 tháng 01 năm 2024"]
    assert doc._.plan.document.issued_date == "2024-01-05"


@pytest.mark.slow
def test_spacy_component_deadline_date():
    from pipeline.spacy_component import make_nlp
    doc = make_nlp()(SEED_004.read_text(encoding="utf-8"))
    # spaCy's tokenizer keeps the sentence's full stop on "15/10/2024.": the span expands to tokens
    assert ("deadline", "ngày 15/10/2024.") in {(s.label_, s.text) for s in doc.spans["plans_dates"]}
