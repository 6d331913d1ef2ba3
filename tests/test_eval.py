"""`plans eval` on the hand-annotated documents: floors on every figure, and format twins."""
import bisect
import json

import pytest

from pipeline.evaluate import evaluate, evaluate_documents, read_splits, target_similarity, totals_of

from conftest import GENERATED, ROOT

# Floors on the project's own corpus (every annotation but corpus/real2's), strict matching (a
# target by value, unit and indicator; a unit by its name's edit ratio): the measured figures,
# rounded down. Its responsibilities were re-annotated to SPEC §2.1 (monitor, coordinate subjects,
# office-holders), blind, like corpus/real2's. (Units 0.85 → 0.84, helper probe-units: "Chỉ đạo"
# opening a task under a heading gives 15_KH three directed bodies its gold omits and 21_KH's
# gold of the same text holds: 0.8515 → 0.8465; ninth session 0.885, floor 0.88; twenty-fourth
# session 0.858, floor 0.85: a class of kinds ending with "địa phương", "các cơ quan, đơn vị, địa
# phương", names everyone and no unit, as the blind annotators of real2 dev and the probes' dev
# halves read it 37 times in 52 where this corpus's gold counts it.)
FLOORS = {"document": 0.99, "sections": 1.0, "references": 0.99, "dates": 0.99,
          "targets": 0.95, "responsibilities": 0.85, "reference_dates": 0.99, "date_roles": 0.99,
          "references_named": 0.96, "reference_issuers": 0.91}
# Floors on corpus/real2 (34 complete real plans, annotated blind), by split. Test: the first-sight
# figures, scored before any rule was changed for this batch (docs/eval.md); dev: the figures
# measured after the rules for it. A change may raise them, never lower them. (reference_issuers:
# the field's first figures, measured when the eval began to score it, fifth session.)
REAL2_FLOORS = {
    "dev": {"document": 1.0, "sections": 1.0, "references": 0.99, "dates": 1.0, "targets": 0.96,
            "responsibilities": 0.87, "reference_issuers": 0.96},
    "test": {"document": 0.82, "sections": 0.48, "references": 0.86, "dates": 0.96, "targets": 0.21,
             "responsibilities": 0.29, "reference_issuers": 0.81},
}


# Batch 3: the 13 real documents annotated for the first time in the third session (corpus/real3
# and three files of corpus/real and corpus/legacy), in the dev split; floors at their first-sight
# figures (docs/eval.md), raised as rules for them land.
BATCH3 = {"03_QD-2319-QD-TTg_signed", "04_CD-2003-CD-VPCP_signed", "21_KH-KMT-2026-UBND-LamDong"}
BATCH3_FLOORS = {"document": 0.98, "sections": 1.0, "references": 0.91, "dates": 0.95, "targets": 0.88,
                 "responsibilities": 0.82, "reference_issuers": 0.93}


# Batch 4: eight real documents annotated for the first time in the fourth session (old TCVN3/VNI
# documents of corpus/legacy 2002-2008 and a 2025 report, corpus/real/06; the Government's 2005
# plan report, 23, for its 582 targets only), in the dev split; first sight (docs/eval.md):
# document 0.780, sections 0.480, references 0.916, dates 0.983, targets 0.302, units 0.260; the
# floors are the figures measured after the rules for them.
BATCH4 = {"06_BC-184-SNV-LamDong_chi-so-PAR-PAPI-PCI", "20_TT-01-2006-TT-NHNN_tcvn3-font",
          "22_QD-115-2004-QD-TTg_tcvn3-font", "23_BC-ke-hoach-2005-QH_tcvn3-font",
          "24_QD-256-2004-QD-UB-CanTho_tcvn3", "25_QD-144-2002-QD-BTC_tcvn3",
          "26_QD-991-QD-UBND-BinhPhuoc_phe-duyet-ke-hoach_vni", "27_QuyDinh-UBND-CaMau-doi-kiem-tra-814_vni"}
BATCH4_FLOORS = {"document": 0.96, "sections": 1.0, "references": 0.95, "dates": 0.98, "targets": 0.80,
                 "responsibilities": 0.75, "reference_issuers": 0.85}


@pytest.fixture(scope="module")
def scores():
    return evaluate_documents(ROOT / "corpus" / "annotations", root=ROOT, jobs=2)


def _batch3(name):
    return name in BATCH3 or name.startswith("b")


@pytest.fixture(scope="module")
def totals(scores):
    own = {n for n in scores if not n.startswith("p") and not _batch3(n) and n not in BATCH4}
    assert len(own) == 43
    return totals_of(scores, own)


@pytest.fixture(scope="module")
def batch3(scores):
    names = {n for n in scores if _batch3(n)}
    assert len(names) == 13
    return totals_of(scores, names)


@pytest.fixture(scope="module")
def batch4(scores):
    assert set(scores) >= BATCH4
    return totals_of(scores, BATCH4)


@pytest.mark.slow  # (its fixture scores eight old documents: 14 s)
@pytest.mark.parametrize("field,floor", sorted(BATCH4_FLOORS.items()))
def test_batch4_f1_floor(batch4, field, floor):
    assert batch4[field].f1 >= floor, (field, batch4[field].f1)


@pytest.mark.parametrize("field,floor", sorted(BATCH3_FLOORS.items()))
def test_batch3_f1_floor(batch3, field, floor):
    assert batch3[field].f1 >= floor, (field, batch3[field].f1)


@pytest.mark.parametrize("field,floor", sorted(FLOORS.items()))
def test_f1_floor(totals, field, floor):
    assert totals[field].f1 >= floor, (field, totals[field].f1, totals[field].errors[:10])


def test_every_header_field_at_least_090(totals):
    for name, score in totals.items():
        if name.startswith("document."):
            assert score.f1 >= 0.85, (name, score.f1, score.errors)


@pytest.fixture(scope="module")
def real2(scores):
    splits = read_splits(ROOT / "corpus" / "annotations")
    names = {n for n in scores if n.startswith("p")}
    assert len(names) == 34
    return {split: totals_of(scores, {n for n in names if splits[n] == split}) for split in ("dev", "test")}


@pytest.mark.parametrize("split,field,floor", [(split, field, floor) for split, floors in sorted(REAL2_FLOORS.items())
                                               for field, floor in sorted(floors.items())])
def test_real2_f1_floor(real2, split, field, floor):
    assert real2[split][field].f1 >= floor, (split, field, real2[split][field].f1)


def test_the_test_split_is_twenty_complete_real_plans():
    splits = read_splits(ROOT / "corpus" / "annotations")
    test = sorted(n for n, s in splits.items() if s == "test")
    assert len(test) == 20 and all(n.startswith("p") for n in test)
    for name in test:
        gold = json.loads((ROOT / "corpus" / "annotations" / f"{name}.json").read_text(encoding="utf-8"))
        assert gold["annotated"] == ["document", "sections", "references", "dates", "targets", "responsibilities"]
        assert gold["guide"] == "spec-2.1"


def test_a_target_matches_on_value_unit_and_indicator():
    gold = {"value": 100, "until": None, "unit": "%", "indicator": "cán bộ, công chức được tập huấn"}
    assert target_similarity(gold, {**gold, "indicator": "cán bộ, công chức được tập huấn về chuyển đổi số"}) == 100
    assert target_similarity(gold, {**gold, "value": 90}) == 0
    assert target_similarity(gold, {**gold, "unit": "cán bộ"}) == 0
    assert target_similarity(gold, {**gold, "indicator": "hồ sơ thủ tục hành chính được số hóa"}) < 70
    # A dash parts words whatever the spaces around it and the string's length (the key joins the
    # dashes of a short string only: "Công nghiệp - xây dựng" was "công nghiệp-xây dựng", 62).
    share = {"value": 24.1, "until": None, "unit": "%", "indicator": "Cơ cấu giá trị sản xuất - Công nghiệp - xây dựng"}
    assert target_similarity(share, {**share, "indicator": "Công nghiệp - xây dựng"}) == 100
    count = {"value": 5, "until": None, "unit": "cuộc tập huấn", "indicator": "cuộc tập huấn cho cán bộ cơ sở"}
    assert target_similarity(count, {**count, "unit": "cuộc"}) == 100
    assert target_similarity(count, {**count, "unit": "cuộc thi"}) == 0
    # a list's first thing is its first words ("doanh nghiệp" of "doanh nghiệp, hợp tác xã, …")
    listed = {"value": 150, "until": None, "unit": "doanh nghiệp, hợp tác xã, hộ kinh doanh",
              "indicator": "doanh nghiệp, hợp tác xã, hộ kinh doanh được hỗ trợ"}
    assert target_similarity(listed, {**listed, "unit": "doanh nghiệp"}) == 100
    assert target_similarity(listed, {**listed, "unit": "doanh nghiệp nhỏ"}) == 0


def test_a_unit_matches_its_name_or_a_form_the_annotation_records_as_printed():
    """An annotator who writes out an abbreviation the text prints records the printed form
    (``printed_as``): a prediction of either names the unit; a substring of it does not."""
    from pipeline.evaluate import score_document
    gold = {"annotated": ["responsibilities"], "responsibilities": [
        {"unit": "Phòng Giáo dục Trung học", "role": "lead", "printed_as": ["Phòng GDTrH"]},
        {"unit": "Ban Thanh niên trường học Thành đoàn", "role": "coordinate", "printed_as": ["Ban TNTH"]},
        {"unit": "Sở Nội vụ", "role": "report"}]}

    def scored(*units):
        pred = {"responsibilities": [{"unit": u, "role": r} for u, r in units]}
        s = score_document(gold, pred, "d")["responsibilities"]
        return s.tp, s.fp, s.fn
    assert scored(("Phòng GDTrH", "lead"), ("Ban Thanh niên trường học Thành đoàn", "coordinate"),
                  ("Sở Nội vụ", "report")) == (3, 0, 0)
    assert scored(("Phòng Giáo dục Trung học", "lead"), ("Ban TNTH", "lead"), ("Sở Nội", "report")) == (1, 2, 2)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_pdf_and_docx_twins_score_as_their_text(fmt):
    layouts = sorted((GENERATED / "layouts").glob("*.json"))
    sources = {json.loads(p.read_text(encoding="utf-8"))["source"]: p.stem for p in layouts}
    text_scores, _ = evaluate(ROOT / "corpus" / "annotations", root=ROOT, source_map={s: s for s in sources})
    twin_scores, docs = evaluate(ROOT / "corpus" / "annotations", root=ROOT,
                                 source_map={s: f"corpus/generated/{stem}.{fmt}" for s, stem in sources.items()})
    assert len(docs) == len(layouts) == 5
    for field in ("document", "sections", "references", "dates", "targets", "responsibilities"):
        assert abs(twin_scores[field].f1 - text_scores[field].f1) <= 0.02, (fmt, field)


# Floors on corpus/probes (made-up plans in real forms, annotated blind; its README), strict
# matching, by split: batches 1-5 (m01-m68) at the eleventh session's end rounded down; batches 6
# and 7 (m69-m86, twelfth session; first sight in docs/eval.md, dev/test targets 0.661/0.605 and
# 0.452/0.450) at the twelfth session's end rounded down; batches 8, 9 and 10 (m87-m98, thirteenth
# session; first sight dev/test targets 0.813/0.644, 0.607/0.220 and 0.716/0.452, units
# 0.862/0.918, 0.902/0.863 and 0.951/0.889) at the thirteenth session's end rounded down; batches 11
# 12 and 13 (m99-m106, fourteenth session; first sight dev/test targets 0.925/0.684, 0.644/- and
# -/0.604) at the fourteenth session's end rounded down; batch 14 (m107-m112, fifteenth session;
# first sight dev/test targets 0.834/0.586, units 0.608/0.736) at the fifteenth session's end
# rounded down; batches 15 and 16 (m113-m122, sixteenth session; first sight dev/test targets
# 0.897/0.823 and 0.909/0.775, units 0.744/0.759 and 0.778/0.779) at this session's end rounded down.
PROBE_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.98, "dates": 0.98, "targets": 0.93,
            "responsibilities": 0.89},
    "test": {"document": 0.95, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.75,
             "responsibilities": 0.82},
}
BATCH6_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.94, "references": 0.98, "dates": 1.0, "targets": 0.84,
            "responsibilities": 0.86},
    "test": {"document": 0.89, "sections": 1.0, "references": 1.0, "dates": 1.0, "targets": 0.57,
             "responsibilities": 0.86},
}


BATCH8_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.96,
            "responsibilities": 0.92},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.45,
             "responsibilities": 0.89},
}
BATCH11_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.95,
            "responsibilities": 0.88},
    "test": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.67,
             "responsibilities": 0.81},
}
BATCH14_FLOORS = {
    "dev": {"document": 0.96, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.90,
            "responsibilities": 0.82},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.96, "dates": 0.91, "targets": 0.58,
             "responsibilities": 0.73},
}
BATCH15_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.93,
            "responsibilities": 0.79},
    "test": {"document": 0.93, "sections": 0.99, "references": 0.97, "dates": 0.98, "targets": 0.80,
             "responsibilities": 0.76},
}
# Batch 17 (m123-m130, seventeenth session); first sight in docs/eval.md.
BATCH17_FLOORS = {
    "dev": {"document": 0.92, "sections": 0.99, "references": 0.95, "dates": 0.99, "targets": 0.70,
            "responsibilities": 0.82},
    "test": {"document": 0.98, "sections": 0.97, "references": 0.99, "dates": 0.99, "targets": 0.39,
             "responsibilities": 0.79},
}
# Batch 18 (m131-m138, nineteenth session): test at first sight, dev after the session's rules.
# (Test targets 0.60 → 0.59 in the thirty-sixth session: a budget plan's sums reported as done are
# no targets, SPEC §2.1, and one plan of this test half lost three aims to it; decided on the dev
# halves, docs/eval.md.)
BATCH18_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.94,
            "responsibilities": 0.92},
    "test": {"document": 0.94, "sections": 0.94, "references": 0.99, "dates": 0.99, "targets": 0.59,
             "responsibilities": 0.89},
}
# Batch 19 (m139-m146, twentieth session): test at first sight, dev after the session's rules.
# (Test targets 0.85 -> 0.82 in the twenty-sixth session: the rule giving rows after a short row the
# cells merged down from the full row above them, written on batch 29's dev plans, took m146 from
# 139/22/61 to 129/32/71; kept on its dev evidence, disclosed in docs/eval.md.)
BATCH19_FLOORS = {
    "dev": {"document": 0.97, "sections": 0.99, "references": 0.95, "dates": 0.99, "targets": 0.97,
            "responsibilities": 0.92},
    "test": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.82,
             "responsibilities": 0.82},
}
# Batch 20 (m147-m154, twentieth session): test at first sight, dev after the session's rules.
BATCH20_FLOORS = {
    "dev": {"document": 0.84, "sections": 0.94, "references": 0.97, "dates": 0.99, "targets": 0.94,
            "responsibilities": 0.79},
    "test": {"document": 0.96, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.70,
             "responsibilities": 0.87},
}
# Batch 21 (m155-m162, twentieth session, written late): both halves at first sight.
BATCH21_FLOORS = {
    "dev": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.90,
            "responsibilities": 0.88},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.82,
             "responsibilities": 0.94},
}
# Batch 22 (m163-m174, twenty-first session): both halves at first sight (m173, m174 test: their
# writer read a test plan's form, so neither is tuned on).
BATCH22_FLOORS = {
    "dev": {"document": 0.93, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.90,
            "responsibilities": 0.90},
    "test": {"document": 0.98, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.79,
             "responsibilities": 0.94},
}
# Batch 23 (m175-m178, twenty-first session, all dev): after the session's rules (first sight:
# targets 0.769, units 0.930).
BATCH23_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.95,
            "responsibilities": 0.92},
}
# Batch 24 (m179-m190, twenty-second session): dev after the session's rules (first sight at
# 02d2fc1: targets 0.683, units 0.884), test at first sight (targets 0.830, units 0.867).
BATCH24_FLOORS = {
    "dev": {"document": 0.96, "sections": 0.96, "references": 0.99, "dates": 0.99, "targets": 0.82,
            "responsibilities": 0.87},
    "test": {"document": 0.93, "sections": 0.96, "references": 0.98, "dates": 0.97, "targets": 0.82,
             "responsibilities": 0.86},
}
# Batch 25 (m191-m198, twenty-second session, all dev): after the session's rules (first sight at
# 921e545: targets 0.754, units 0.853).
BATCH25_FLOORS = {
    "dev": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.97, "targets": 0.89,
            "responsibilities": 0.84},
}
# Batch 26 (m199-m210, twenty-third session): dev after the session's rules (first sight, with
# the reader by rows' marks written before the batch was read: targets 0.752, units 0.858; at the
# session's start 0.739 / 0.858), test never tuned on (first sight 0.580 / 0.894, at the session's
# end 0.609 / 0.896).
BATCH26_FLOORS = {
    "dev": {"document": 0.98, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.87,
            "responsibilities": 0.86},
    "test": {"document": 0.98, "sections": 0.93, "references": 0.99, "dates": 0.99, "targets": 0.60,
             "responsibilities": 0.89},
}
# Batch 27 (m211-m224, twenty-fourth session): dev after the session's rules (first sight at
# a476cd2: targets 0.833, units 0.903), test never tuned on (first sight 0.747 / 0.937).
# (Test targets 0.74 -> 0.72 in the twenty-sixth session: reading a table of aims whose full rows
# end in a column of words by their run of values, written on m239 and m251 (dev), took m222 from
# 70/20/65 to 76/50/59; kept on its dev evidence, disclosed in docs/eval.md.)
BATCH27_FLOORS = {
    "dev": {"document": 0.95, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.82,
            "responsibilities": 0.89},
    "test": {"document": 0.95, "sections": 0.84, "references": 0.99, "dates": 0.99, "targets": 0.72,
             "responsibilities": 0.93},
}
# Batch 28 (m225-m236, twenty-fifth session): dev after the session's rules (first sight at
# d48c41b: targets 0.918, units 0.871), test never tuned on (first sight 0.875 / 0.907; m233 and
# m234 both test, their writer having seen a forbidden repository's excerpts in search results).
BATCH28_FLOORS = {
    "dev": {"document": 0.97, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.90,
            "responsibilities": 0.91},
    "test": {"document": 0.92, "sections": 0.99, "references": 0.95, "dates": 0.97, "targets": 0.86,
             "responsibilities": 0.89},
}
# Batch 29 (m237-m248, twenty-sixth session; every table printed one cell a line, its merged cells
# left out): dev after the session's rules (first sight at 712ae79: targets 0.585, units 0.907),
# test never tuned on (first sight 0.703 / 0.827).
BATCH29_FLOORS = {
    "dev": {"document": 0.98, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.83,
            "responsibilities": 0.89},
    "test": {"document": 0.95, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.68,
             "responsibilities": 0.80},
}
# Batch 30 (m249-m252, twenty-sixth session; tables one cell a line, written after batch 29's
# rules): dev after the session's rules (first sight at 0890800: targets 0.754, units 0.814),
# test never tuned on (first sight 0.861 / 0.802).
BATCH30_FLOORS = {
    "dev": {"document": 0.93, "sections": 0.99, "references": 0.95, "dates": 0.99, "targets": 0.74,
            "responsibilities": 0.79},
    "test": {"document": 0.97, "sections": 0.99, "references": 0.93, "dates": 0.99, "targets": 0.83,
             "responsibilities": 0.78},
}
# Batch 31 (m253-m260, twenty-seventh session: a Government programme and a ministry's plan in a
# converter's markdown, provincial digital and 5G plans one cell a line, a directive's plan and an
# election emulation plan, two PDF text layers): dev after the session's rules (first sight at
# e84fb9e, the same at the session's start: targets 0.894, units 0.894), test never tuned on
# (first sight 0.692 / 0.797).
BATCH31_FLOORS = {
    "dev": {"document": 0.85, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.94,
            "responsibilities": 0.90},
    "test": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.67,
             "responsibilities": 0.78},
}
# Batch 32 (m261-m268, twenty-eighth session: a province's plan for a Government strategy and one
# for a directive, a ministry's decision issuing a master plan's plan and a Government programme in
# repository markdown, an emulation movement and a gender equality month, an export decision with
# pipe annexes and a crop plan one cell a line): dev after the session's rules (first sight at
# e8213a2, the same at the session's start: targets 0.931, units 0.886), test never tuned on (first
# sight 0.939 / 0.885).
BATCH32_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.93,
            "responsibilities": 0.91},
    "test": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.92,
             "responsibilities": 0.87},
}
# Batch 33 (m269-m276, twenty-eighth session: every table one cell a line as legal-database pages
# print them; export plans, a Government programme and a ministry's plan, digital plans, social
# plans with annexes by commune): dev after the session's rules (first sight at cce44ea: targets
# 0.934, units 0.830), test never tuned on (first sight 0.958 / 0.818).
BATCH33_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.96,
            "responsibilities": 0.83},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.94,
             "responsibilities": 0.80},
}
# Batch 34 (m277-m284, twenty-ninth session: budget plans, a Government programme and a ministry's
# plan in repository markdown, directive plans, digital-infrastructure and technology plans): dev
# after the session's rules (first sight, the same at the session's start: targets 0.837, units
# 0.912), test never tuned on (first sight 0.897 / 0.884; m281 moved to test, its writer having seen
# test annotations).
BATCH34_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.85,
            "responsibilities": 0.92},
    "test": {"document": 0.97, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.89,
             "responsibilities": 0.87},
}
# Batch 35 (m285-m292, twenty-ninth session: Party committees' plans, a Fatherland Front's and a
# Women's Union's plans with quota annexes, a joint education plan and a school-year decision, two
# ministries' decisions in repository markdown): dev after the session's rules (first sight 0.764 /
# 0.816), test never tuned on (first sight 0.824 / 0.768).
BATCH35_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.75,
            "responsibilities": 0.83},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.96, "dates": 0.96, "targets": 0.81,
             "responsibilities": 0.75},
}
# Batch 36 (m293-m300, thirtieth session: an export strategy decision and a province's plan for it
# with annexes a cell a line, two Government action programmes, a Labour Federation's and a Youth
# Union's plans with quota annexes, health plans): dev after the session's rules (first sight 0.808 /
# 0.867), test never tuned on (first sight 0.822 / 0.926).
BATCH36_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.94,
            "responsibilities": 0.92},
    "test": {"document": 0.95, "sections": 0.99, "references": 0.96, "dates": 0.99, "targets": 0.94,
             "responsibilities": 0.92},
}
# Batch 37 (m301-m308, thirtieth session: old district and department plans in Word text, a national
# steering committee's plan and a ministry's decision, Party committees' action programme and plan,
# new-rural-area plans): dev after the session's rules (first sight 0.643 / 0.887), test never tuned
# on (first sight 0.753 / 0.859).
BATCH37_FLOORS = {
    "dev": {"document": 0.96, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.86,
            "responsibilities": 0.90},
    "test": {"document": 0.94, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.74,
             "responsibilities": 0.84},
}
# Batch 38 (m309-m316, thirtieth session: an export scheme and a province's plan for it in repository
# markdown, a Government meeting's resolution and an action programme, two ministries' plans, a
# ward's and a commune's plans): dev after the session's rules (first sight 0.787 / 0.836), test
# never tuned on (first sight 0.847 / 0.898).
BATCH38_FLOORS = {
    "dev": {"document": 0.96, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.94,
            "responsibilities": 0.89},
    "test": {"document": 0.96, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.83,
             "responsibilities": 0.88},
}
# Batch 39 (m317-m324, thirtieth session: plans as OCR of scans, a police plan and a fire-prevention
# plan, socio-economic plans with indicator annexes, waste and clean-water plans): one rule from its
# dev half (first sight at the session's start 0.695 / 0.857 dev, 0.768 / 0.795 test).
BATCH39_FLOORS = {
    "dev": {"document": 0.90, "sections": 0.99, "references": 0.99, "dates": 0.95, "targets": 0.69,
            "responsibilities": 0.84},
    "test": {"document": 0.96, "sections": 0.99, "references": 0.97, "dates": 0.95, "targets": 0.77,
             "responsibilities": 0.78},
}
# Batch 40 (m325-m332, thirty-first session: a university's plan and decision in a PDF text layer,
# an education department's and a province's school plans in legal-database markdown, two Prime
# Minister's decisions approving programmes, a national and a provincial steering committee's
# plans): dev after the session's rules, test never tuned on (first sight at the session's start,
# targets / units: dev 0.838 / 0.861, test 0.825 / 0.835).
BATCH40_FLOORS = {
    "dev": {"document": 1.00, "sections": 0.89, "references": 1.00, "dates": 1.00,
            "targets": 0.90, "responsibilities": 0.89},
    "test": {"document": 0.96, "sections": 1.00, "references": 1.00, "dates": 0.99,
             "targets": 0.83, "responsibilities": 0.83},
}
# Batch 41 (m333-m340, thirty-first session: two ministries' decisions issuing plans with task
# annexes between bars, a province's export and agro-processing programmes with annexes by product
# and year, emulation plans as PDF text, public-money plans as Word text): dev after the session's
# rules, test never tuned on (first sight at the session's start, targets / units: dev 0.874 /
# 0.852, test 0.848 / 0.854).
BATCH41_FLOORS = {
    "dev": {"document": 1.00, "sections": 1.00, "references": 1.00, "dates": 1.00,
            "targets": 0.90, "responsibilities": 0.89},
    "test": {"document": 1.00, "sections": 1.00, "references": 1.00, "dates": 0.97,
             "targets": 0.84, "responsibilities": 0.85},
}
# Batch 42 (m341-m348, thirty-first session: digital-economy plans with indicator annexes between
# bars, 5G and underground-cable plans, a gender-equality month and strategy, export decisions of a
# mountain province with product and growing-code annexes): dev after the session's rules, test
# never tuned on (first sight at the session's start, targets / units: dev 0.823 / 0.913, test 0.653
# / 0.907).
BATCH42_FLOORS = {
    "dev": {"document": 1.00, "sections": 1.00, "references": 1.00, "dates": 1.00,
            "targets": 0.91, "responsibilities": 0.91},
    "test": {"document": 1.00, "sections": 1.00, "references": 1.00, "dates": 1.00,
             "targets": 0.65, "responsibilities": 0.90},
}
# Batch 43 (m349-m356, thirty-first session: a provincial Party committee's action programme and a
# district's plan, Fatherland Front plans with quota annexes, a hospital's and a health department's
# plans, a high school's and a lower-secondary school's plans): dev after the session's rules, test
# never tuned on (first sight at the session's start, targets / units: dev 0.881 / 0.750, test 0.649
# / 0.807).
BATCH43_FLOORS = {
    "dev": {"document": 0.92, "sections": 0.95, "references": 0.95, "dates": 1.00,
            "targets": 0.89, "responsibilities": 0.77},
    "test": {"document": 0.96, "sections": 0.96, "references": 1.00, "dates": 0.99,
             "targets": 0.64, "responsibilities": 0.82},
}
BATCH44_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.97, "targets": 0.69,
            "responsibilities": 0.85},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.58,
             "responsibilities": 0.78},
}
BATCH45_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.97, "targets": 0.93,
            "responsibilities": 0.87},
    "test": {"document": 0.90, "sections": 0.99, "references": 0.97, "dates": 0.93, "targets": 0.72,
             "responsibilities": 0.88},
}
BATCH46_FLOORS = {
    "dev": {"document": 0.88, "sections": 0.94, "references": 0.99, "dates": 0.97, "targets": 0.73,
            "responsibilities": 0.89},
    "test": {"document": 0.94, "sections": 0.99, "references": 0.92, "dates": 0.99, "targets": 0.71,
             "responsibilities": 0.87},
}
BATCH47_FLOORS = {
    "dev": {"document": 0.79, "sections": 0.99, "references": 0.97, "dates": 0.95, "targets": 0.73,
            "responsibilities": 0.80},
    "test": {"document": 0.81, "sections": 0.95, "references": 0.97, "dates": 0.91, "targets": 0.67,
             "responsibilities": 0.83},
}
BATCH48_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.80,
            "responsibilities": 0.89},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.77,
             "responsibilities": 0.91},
}
BATCH49_FLOORS = {
    "dev": {"document": 0.86, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.46,
            "responsibilities": 0.80},
    "test": {"document": 0.88, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.89,
             "responsibilities": 0.81},
}
BATCH50_FLOORS = {
    "dev": {"document": 0.94, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.82,
            "responsibilities": 0.90},
    "test": {"document": 0.94, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.68,
             "responsibilities": 0.80},
}
BATCH51_FLOORS = {
    "dev": {"document": 0.88, "sections": 0.99, "references": 0.96, "dates": 0.99, "targets": 0.45,
            "responsibilities": 0.89},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.84,
             "responsibilities": 0.87},
}
BATCH52_FLOORS = {
    "dev": {"document": 0.93, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.88,
            "responsibilities": 0.90},
    "test": {"document": 0.95, "sections": 0.99, "references": 0.97, "dates": 0.94, "targets": 0.78,
             "responsibilities": 0.87},
}
BATCH53_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.71,
            "responsibilities": 0.90},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.69,
             "responsibilities": 0.88},
}
BATCH54_FLOORS = {
    "dev": {"document": 0.98, "sections": 0.97, "references": 0.99, "dates": 0.98, "targets": 0.75,
            "responsibilities": 0.81},
    "test": {"document": 0.96, "sections": 0.99, "references": 0.99, "dates": 0.99, "targets": 0.69,
             "responsibilities": 0.82},
}
BATCH55_FLOORS = {
    "dev": {"document": 0.92, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.89,
            "responsibilities": 0.86},
    "test": {"document": 0.90, "sections": 0.96, "references": 0.99, "dates": 0.94, "targets": 0.79,
             "responsibilities": 0.87},
}
BATCH56_FLOORS = {
    "dev": {"document": 0.99, "sections": 0.99, "references": 0.97, "dates": 0.99, "targets": 0.76,
            "responsibilities": 0.87},
    "test": {"document": 0.99, "sections": 0.99, "references": 0.94, "dates": 0.99, "targets": 0.73,
             "responsibilities": 0.84},
}
BATCH57_FLOORS = {
    "dev": {"document": 0.96, "sections": 0.99, "references": 0.98, "dates": 0.99, "targets": 0.77,
            "responsibilities": 0.84},
    "test": {"document": 0.95, "sections": 0.99, "references": 0.99, "dates": 0.97, "targets": 0.78,
             "responsibilities": 0.80},
}
FLOORS_BY_GROUP = {"batches 1-5": PROBE_FLOORS, "batches 6-7": BATCH6_FLOORS, "batches 8-10": BATCH8_FLOORS,
                   "batches 11-13": BATCH11_FLOORS, "batch 14": BATCH14_FLOORS, "batches 15-16": BATCH15_FLOORS,
                   "batch 17": BATCH17_FLOORS, "batch 18": BATCH18_FLOORS, "batch 19": BATCH19_FLOORS,
                   "batch 20": BATCH20_FLOORS, "batch 21": BATCH21_FLOORS, "batch 22": BATCH22_FLOORS,
                   "batch 23": BATCH23_FLOORS, "batch 24": BATCH24_FLOORS, "batch 25": BATCH25_FLOORS,
                   "batch 26": BATCH26_FLOORS, "batch 27": BATCH27_FLOORS, "batch 28": BATCH28_FLOORS,
                   "batch 29": BATCH29_FLOORS, "batch 30": BATCH30_FLOORS, "batch 31": BATCH31_FLOORS,
                   "batch 32": BATCH32_FLOORS, "batch 33": BATCH33_FLOORS, "batch 34": BATCH34_FLOORS,
                   "batch 35": BATCH35_FLOORS, "batch 36": BATCH36_FLOORS, "batch 37": BATCH37_FLOORS,
                   "batch 38": BATCH38_FLOORS, "batch 39": BATCH39_FLOORS, "batch 40": BATCH40_FLOORS,
                   "batch 41": BATCH41_FLOORS, "batch 42": BATCH42_FLOORS, "batch 43": BATCH43_FLOORS,
                   "batch 44": BATCH44_FLOORS, "batch 45": BATCH45_FLOORS, "batch 46": BATCH46_FLOORS,
                   "batch 47": BATCH47_FLOORS, "batch 48": BATCH48_FLOORS, "batch 49": BATCH49_FLOORS,
                   "batch 50": BATCH50_FLOORS, "batch 51": BATCH51_FLOORS, "batch 52": BATCH52_FLOORS,
                   "batch 53": BATCH53_FLOORS, "batch 54": BATCH54_FLOORS, "batch 55": BATCH55_FLOORS,
                   "batch 56": BATCH56_FLOORS, "batch 57": BATCH57_FLOORS}


# The probes' groups of floors by the first probe of each after batches 1-5 (m01-m68): batches 6-7
# from m69 (twelfth session), 8-10 from m87 (thirteenth), …, 55 from m469 (thirty-fifth), 56 from
# m485 (thirty-sixth); the sessions each batch came in are in corpus/probes/README.md.
_GROUP_STARTS = (
    (69, "batches 6-7"), (87, "batches 8-10"), (99, "batches 11-13"), (107, "batch 14"),
    (113, "batches 15-16"), (123, "batch 17"), (131, "batch 18"), (139, "batch 19"), (147, "batch 20"),
    (155, "batch 21"), (163, "batch 22"), (175, "batch 23"), (179, "batch 24"), (191, "batch 25"),
    (199, "batch 26"), (211, "batch 27"), (225, "batch 28"), (237, "batch 29"), (249, "batch 30"),
    (253, "batch 31"), (261, "batch 32"), (269, "batch 33"), (277, "batch 34"), (285, "batch 35"),
    (293, "batch 36"), (301, "batch 37"), (309, "batch 38"), (317, "batch 39"), (325, "batch 40"),
    (333, "batch 41"), (341, "batch 42"), (349, "batch 43"), (357, "batch 44"), (365, "batch 45"),
    (373, "batch 46"), (381, "batch 47"), (389, "batch 48"), (397, "batch 49"), (405, "batch 50"),
    (413, "batch 51"), (421, "batch 52"), (437, "batch 53"), (453, "batch 54"), (469, "batch 55"),
    (485, "batch 56"), (501, "batch 57"),
)


def _group(name: str) -> str:
    """The probes' group of floors a probe belongs to (:data:`_GROUP_STARTS`)."""
    k = bisect.bisect_right([start for start, _ in _GROUP_STARTS], int(name[1:]))
    return _GROUP_STARTS[k - 1][1] if k else "batches 1-5"


@pytest.fixture(scope="module")
def probes(corpus_extract):
    # (The probes' outputs of the session's corpus-wide extraction, which the schema test reads too.)
    annotations = ROOT / "corpus" / "probes" / "annotations"
    scores = evaluate_documents(annotations, ROOT, extract_fn=corpus_extract)
    splits = read_splits(annotations)
    assert len(scores) == 514 and set(splits) == set(scores)
    return {(group, split): totals_of(scores, {n for n in scores if splits[n] == split and _group(n) == group})
            for split in ("dev", "test") for group in FLOORS_BY_GROUP}


@pytest.mark.slow
@pytest.mark.parametrize("group,split,field,floor", [
    (group, split, field, floor) for group, table in FLOORS_BY_GROUP.items()
    for split, floors in sorted(table.items()) for field, floor in sorted(floors.items())])
def test_probe_f1_floor(probes, group, split, field, floor):
    assert probes[group, split][field].f1 >= floor, (group, split, field, probes[group, split][field].f1)


def _one_annotated_plan(tmp_path):
    """A folder of one annotation (its header's number wrong: 13, the text's 12) over a short plan."""
    (tmp_path / "d.txt").write_text("UBND TỈNH ABC\nSố: 12/KH-UBND\nABC, ngày 05 tháng 4 năm 2025\nKẾ HOẠCH\n"
                                    "Phát triển xuất khẩu\nI. MỤC TIÊU\nTăng 5%.\n", encoding="utf-8")
    ann = tmp_path / "ann"
    ann.mkdir()
    (ann / "d.json").write_text(json.dumps({"source": "d.txt", "annotated": ["document"],
                                            "document": {"number": "13", "symbol": "KH-UBND"}}), encoding="utf-8")
    return ann


def test_eval_errors_list_the_header_fields_mismatches(tmp_path, capsys):
    """``plans eval --errors`` lists a header field's mismatch under its field's name, as it does
    the other fields' (they were left out)."""
    from pipeline.cli import main
    ann = _one_annotated_plan(tmp_path)
    assert main(["eval", "--annotations", str(ann), "--root", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "  [dev] [document.number] ('d', 'number', '13', '12')" in out.splitlines()


def test_totals_carry_the_mean_of_the_documents_f1s():
    """A micro total is dominated by the documents with most items; ``doc_mean_f1`` is the mean of
    the F1s of the documents with an item of the field (gold or predicted), ``docs`` their number."""
    from pipeline.evaluate import Score
    scores = {"big": {"targets": Score(tp=90, fp=0, fn=10)},       # F1 0.947…
              "small": {"targets": Score(tp=0, fp=2, fn=2)},       # F1 0
              "none": {"targets": Score()}}                        # no item: not counted
    total = totals_of(scores)["targets"]
    assert (total.tp, total.fp, total.fn, total.docs) == (90, 2, 12, 2)
    assert round(total.f1, 4) == 0.9278
    assert round(total.doc_mean_f1, 4) == round((2 * 0.9 / 1.9) / 2, 4) == 0.4737
    assert totals_of({"none": {"targets": Score()}})["targets"].doc_mean_f1 is None


def test_eval_prints_and_writes_the_mean_of_the_documents_f1s(tmp_path, capsys):
    from pipeline.cli import main
    ann = _one_annotated_plan(tmp_path)
    assert main(["eval", "--annotations", str(ann), "--root", str(tmp_path), "--json", "--split", "dev"]) == 0
    number = json.loads(capsys.readouterr().out)["dev"]["document.number"]
    assert (number["tp"], number["fp"], number["fn"], number["docs"], number["doc_mean_f1"]) == (0, 1, 1, 1, 0.0)
    assert main(["eval", "--annotations", str(ann), "--root", str(tmp_path), "--split", "dev"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("document.symbol"))
    assert row.split()[-2:] == ["1.000", "1"]


def test_the_leak_check_reads_the_test_split_from_its_splits_file():
    """scripts/leak_check.py compares against the 20 test plans of splits.tsv: a made-up text
    shares none of their 12-word runs."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("leak_check", ROOT / "scripts" / "leak_check.py")
    leak_check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(leak_check)
    sources = leak_check.test_sources()
    assert len(sources) == 20 and all(p.parent.name == "real2" for p in sources)
    made_up = "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn."
    assert leak_check.largest_share(made_up, [leak_check.runs("Khác hẳn " * 20)]) == 0.0
    assert leak_check.largest_share(made_up, [leak_check.runs(made_up)]) == 1.0


def test_a_second_annotators_files_are_scored_against_the_first(tmp_path, capsys):
    """``plans eval --second DIR`` scores a second annotator's files against the annotations, on the
    parts both annotated: an identical copy agrees fully; one unit dropped, one renamed and one
    aim's value changed cost exactly those."""
    from pipeline.cli import main
    from pipeline.evaluate import agreement_documents
    first = ROOT / "corpus" / "annotations"
    second = tmp_path / "second"
    second.mkdir()
    annotation = json.loads((first / "p019.json").read_text(encoding="utf-8"))
    assert (len(annotation["targets"]), len(annotation["responsibilities"])) == (3, 22)
    annotation["annotated"] = ["targets", "responsibilities"]
    (second / "p019.json").write_text(json.dumps(annotation), encoding="utf-8")
    scores = agreement_documents(first, second)["p019"]
    assert set(scores) == {"targets", "target_values", "target_kinds", "responsibilities", "responsibility_names"}
    assert (scores["targets"].tp, scores["responsibilities"].tp, scores["responsibilities"].fp) == (3, 22, 0)
    annotation["responsibilities"] = annotation["responsibilities"][1:]
    annotation["responsibilities"][0] = {**annotation["responsibilities"][0], "unit": "Văn phòng Tỉnh ủy"}
    annotation["targets"][0] = {**annotation["targets"][0], "value": 90}
    (second / "p019.json").write_text(json.dumps(annotation), encoding="utf-8")
    scores = agreement_documents(first, second)["p019"]
    assert (scores["targets"].tp, scores["targets"].fp, scores["targets"].fn) == (2, 1, 1)
    assert (scores["responsibilities"].tp, scores["responsibilities"].fp, scores["responsibilities"].fn) == (20, 1, 2)
    assert main(["eval", "--annotations", str(first), "--second", str(second), "--split", "dev", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dev"]["targets"]["tp"] == 2
    assert main(["eval", "--annotations", str(first), "--second", str(tmp_path / "none")]) == 2
    assert "no such annotations directory" in capsys.readouterr().err
    # A second file whose unit has no role, or with no part in common: an error naming the file.
    annotation["responsibilities"][0] = {"unit": "Sở Y tế"}
    (second / "p019.json").write_text(json.dumps(annotation), encoding="utf-8")
    assert main(["eval", "--annotations", str(first), "--second", str(second)]) == 2
    assert "p019.json: an item lacks a field" in capsys.readouterr().err
    (second / "p019.json").write_text(json.dumps({"annotated": []}), encoding="utf-8")
    assert main(["eval", "--annotations", str(first), "--second", str(second)]) == 2
    assert "no part annotated in both" in capsys.readouterr().err


def test_scores_read_by_two_workers_are_those_read_by_one():
    # (Differential: the worker processes of evaluate_documents change who reads, not what.)
    annotations = ROOT / "corpus" / "annotations"
    one = evaluate_documents(annotations, ROOT, pattern="d0*")
    two = evaluate_documents(annotations, ROOT, pattern="d0*", jobs=2)
    assert list(one) == list(two) == [f"d0{n}" for n in range(1, 10)]
    assert {n: {f: (s.tp, s.fp, s.fn) for f, s in sc.items()} for n, sc in one.items()} == \
        {n: {f: (s.tp, s.fp, s.fn) for f, s in sc.items()} for n, sc in two.items()}


@pytest.mark.slow
def test_probes_scored_from_the_sessions_corpus_outputs_as_from_their_own_extraction(corpus_extract):
    # (Differential: the probes' floors read the outputs of the session's corpus-wide extraction,
    # made by `plans build`'s worker processes; scored from them, a batch's probes score as when
    # pipeline.extract reads each, and so do the real plans of p00*.)
    for folder, pattern in (("probes/annotations", "m50*"), ("annotations", "p00*")):
        annotations = ROOT / "corpus" / folder
        own = evaluate_documents(annotations, ROOT, pattern=pattern)
        shared = evaluate_documents(annotations, ROOT, pattern=pattern, extract_fn=corpus_extract)
        assert len(own) >= 9 and list(own) == list(shared)
        assert {n: {f: (s.tp, s.fp, s.fn) for f, s in sc.items()} for n, sc in own.items()} == \
            {n: {f: (s.tp, s.fp, s.fn) for f, s in sc.items()} for n, sc in shared.items()}
