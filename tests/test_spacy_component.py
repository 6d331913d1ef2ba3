"""The spaCy component: spans labelled by kind with their records, exact ends (no trailing
punctuation), long spans kept, displaCy colours, and the plan carried by Doc.to_bytes, DocBin and
nlp.pipe(n_process=2)."""
import re
import string

import pytest
from spacy import displacy
from spacy.tokens import Doc, DocBin

from pipeline.spacy_component import COLORS, DISPLACY_OPTIONS, LABELS, SPANS_KEY, make_nlp

from conftest import ROOT, SEED_000, SEED_003, SEED_004


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.fixture(scope="module")
def doc000(nlp):
    return nlp(SEED_000.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc004(nlp):
    return nlp(SEED_004.read_text(encoding="utf-8"))


def _by_label(doc, label):
    return [s for s in doc.spans[SPANS_KEY] if s.label_ == label]


def test_spans_labelled_by_kind_with_their_records(doc000):
    assert {s.label_ for s in doc000.spans[SPANS_KEY]} == set(LABELS.values()) - {"TARGET"}  # (none in it)
    refs = {s.text: s._.record for s in _by_label(doc000, "REFERENCE")}
    ref = refs["Kế hoạch số 08/KH-LĐLĐ, ngày 03 tháng 01 năm 2024 của Liên đoàn Lao động tỉnh Đắk Nông"]
    assert (ref["code"], ref["relation"]) == ("08/KH-LĐLĐ", "basis")
    sections = [s for s in _by_label(doc000, "SECTION") if s._.record["level"] == 1]
    assert [s._.record["label"] for s in sections] == ["I", "II", "III", "V"]
    assert sections[0].text == "I. MỤC ĐÍCH, YÊU CẦU"
    # a span whose normalised text joined a page break still covers the raw characters
    issued = [s for s in _by_label(doc000, "DATE") if s._.record["role"] == "issued"]
    assert [s.text for s in issued] == ["ngày 05 tháng 01 năm 2024"]
    assert doc000._.plan["document"]["issued_date"] == "2024-01-05"
    header = {s._.record["field"]: s.text for s in _by_label(doc000, "HEADER")}
    assert header["signer"] == "Lê Thị Minh" and header["signing_capacity"] == "TM. BAN THƯỜNG VỤ"


def test_every_record_has_its_span(doc000, doc004):
    for doc in (doc000, doc004):
        plan = doc._.plan
        shown = {}
        for span in doc.spans[SPANS_KEY]:
            for rec in span._.records:
                shown.setdefault(span.label_, []).append(rec)
        assert len(shown["REFERENCE"]) == len(plan["references"])
        assert len(shown["DATE"]) == len(plan["dates"])
        assert len(shown["RESPONSIBILITY"]) == len(plan["responsibilities"])
        assert len(shown["RECIPIENT"]) == len(plan["recipients"])
        assert len(shown["HEADER"]) == len(plan["document"]["spans"])


def test_units_and_their_items_long_spans_kept(nlp, doc004):
    units = {(s.text, r["role"]) for s in _by_label(doc004, "UNIT") for r in s._.records}
    assert ("Liên đoàn Lao động huyện", "execute") in units and ("LĐLĐ tỉnh", "report") in units
    doc = nlp((ROOT / "corpus" / "real2" / "p026.txt").read_text(encoding="utf-8"))  # (dev split)
    items = _by_label(doc, "RESPONSIBILITY")
    assert len(items) == len({(r["start"], r["end"]) for r in doc._.plan["responsibilities"]})
    # an item of 3,941 characters is a span (those over 400 were dropped before), with its 4 records
    # (monitor: "…, kiểm tra, giám sát thực hiện Chương trình", a cue opening a later comma-clause)
    longest = max(items, key=len)
    assert len(longest.text) == 3941 and longest.text.endswith("Quản lý, giám\nsát, đánh giá Chương trình")
    assert [(r["unit"], r["role"]) for r in longest._.records] == [
        ("Công an thành phố", "execute"), ("Công an thành phố", "lead"), ("Công an thành phố", "monitor"),
        ("Công an thành phố", "coordinate")]


def test_no_trailing_punctuation_or_space(doc000, doc004):
    # spaCy's tokenizer keeps "15/10/2024." whole; the component splits the token at the date's end
    assert ("deadline", "ngày 15/10/2024") in {(s._.record["role"], s.text) for s in _by_label(doc004, "DATE")}
    for doc in (doc000, doc004):
        for span in doc.spans[SPANS_KEY]:
            assert span.text == span.text.strip() and span.text[-1] not in ".,;:", (span.label_, span.text)
    assert doc004.text == SEED_004.read_text(encoding="utf-8")  # re-tokenised, same text


def test_doc_bytes_and_docbin_round_trip(nlp, doc004):
    again = Doc(nlp.vocab).from_bytes(doc004.to_bytes())
    assert [(s.label_, s.start_char, s.end_char) for s in again.spans[SPANS_KEY]] == \
        [(s.label_, s.start_char, s.end_char) for s in doc004.spans[SPANS_KEY]]
    assert [s._.records for s in again.spans[SPANS_KEY]] == [s._.records for s in doc004.spans[SPANS_KEY]]
    assert again._.plan == doc004._.plan
    box = DocBin(store_user_data=True)
    box.add(doc004)
    [back] = DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab)
    deadline = [s for s in back.spans[SPANS_KEY] if s.label_ == "DATE" and s._.record["role"] == "deadline"]
    assert [(s.text, s._.record["value"]) for s in deadline] == [("ngày 15/10/2024", "2024-10-15")]


def test_displacy_renders_labels_in_colour(doc004):
    page = displacy.render(doc004, style="span", options=DISPLACY_OPTIONS)
    # each label's tag, with its background: one colour per label, none displaCy's default grey
    tags = set(re.findall(r'<span style="background: (#\w+); z-index: 10;[^>]*>\s*([A-Z]+)\s*</span>', page))
    assert tags == {(COLORS[label], label) for label in ("HEADER", "SECTION", "RESPONSIBILITY", "UNIT", "REFERENCE",
                                                         "DATE", "ABBREVIATION", "RECIPIENT")}
    assert "#ddd" not in page and "#ddd" in displacy.render(doc004, style="span", options={"spans_key": SPANS_KEY})
    assert len(set(COLORS.values())) == len(COLORS) == len(LABELS)


def test_pipe_with_two_processes(nlp):
    texts = [SEED_004.read_text(encoding="utf-8"), SEED_003.read_text(encoding="utf-8")]
    docs = list(nlp.pipe(texts, n_process=2))
    assert [d.text for d in docs] == texts
    assert [len(d.spans[SPANS_KEY]) for d in docs] == [83, 17]
    ref = next(s for s in docs[0].spans[SPANS_KEY] if s.label_ == "REFERENCE")
    assert ref._.record["code"] == "31/KH-LĐLĐ" and string.whitespace.find(ref.text[-1]) == -1
