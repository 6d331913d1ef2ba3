"""The trained span model (pipeline/train.py) and its combination with the rules
(pipeline/extract/learned.py): gold spans located on dev documents, the parsing of model spans into
targets and roles, a deterministic training run, and the default pipeline left alone."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.extract import learned
from pipeline.extract.learned import augment, number_of, pieces, role_of, target_of, units_of
from pipeline.train import dev_annotations, locate, train

from conftest import ROOT, SEED_000, SEED_001


def test_number_of_reads_the_annotations_way():
    assert number_of("7,3") == 7.3
    assert number_of("1.200") == 1200
    assert number_of("12.500.000") == 12500000
    assert number_of("05") == 5
    assert number_of("1,0") == 1


def test_target_of_parses_value_unit_comparator_and_indicator():
    text = "Phấn đấu đến năm 2030, có ít nhất 05 cuộc tập huấn cho cán bộ cơ sở; 90% trở lên đoàn viên được quán triệt."
    s = text.index("05")
    t = target_of(text, s, s + len("05 cuộc tập huấn"))
    assert (t.value, t.unit, t.comparator, t.indicator, t.deadline) == (
        5, "cuộc tập huấn", ">=", "cuộc tập huấn cho cán bộ cơ sở", "2030")
    s = text.index("90%")
    t = target_of(text, s, s + 3)
    assert (t.value, t.unit, t.comparator, t.indicator) == (90, "%", ">=", "đoàn viên được quán triệt")
    assert target_of(text, text.index("2030"), text.index("2030") + 4) is None  # no unit


@pytest.mark.parametrize("text, unit, role", [
    ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.", "Sở Nội vụ", "lead"),
    ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.", "Sở Tài chính", "coordinate"),
    ("Định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12.", "Ủy ban nhân dân tỉnh", "report"),
    ("đề nghị Tòa án nhân dân tỉnh phối hợp thực hiện.", "Tòa án nhân dân tỉnh", "execute"),
    ("2. Sở Tư pháp:\n- Hướng dẫn ...", "Sở Tư pháp", "execute"),
    ("- Sở Y tế theo dõi, đôn đốc việc thực hiện.", "Sở Y tế", "monitor"),
    ("Căn cứ Quyết định của Ủy ban nhân dân tỉnh về việc ...", "Ủy ban nhân dân tỉnh", None),
])
def test_role_of_reads_the_words_around_a_unit(text, unit, role):
    s = text.index(unit)
    assert role_of(text, s, s + len(unit)) == role


def test_units_of_gives_a_list_its_role():
    text = "phối hợp với Sở Y tế, Sở Tài chính và Công an tỉnh triển khai."
    spans = [(text.index(u), text.index(u) + len(u)) for u in ("Sở Y tế", "Sở Tài chính", "Công an tỉnh")]
    assert [(u, r) for u, r, _, _ in units_of(text, spans)] == [
        ("Sở Y tế", "coordinate"), ("Sở Tài chính", "coordinate"), ("Công an tỉnh", "coordinate")]


def test_pieces_cut_long_lines_at_sentence_ends():
    line = "Câu một. " * 300
    text = "Dòng đầu\n\n" + line + "\nDòng cuối"
    out = pieces(text, 0, len(text))
    assert out[0] == (0, 8) and text[out[-1][0]:out[-1][1]] == "Dòng cuối"
    assert all(e - s <= learned.MAX_PIECE for s, e in out)
    assert "".join(text[s:e] for s, e in out[1:-1]) == line


def test_dev_annotations_never_lists_a_test_document():
    names = {p.stem for p in dev_annotations(ROOT / "corpus" / "annotations")}
    splits = (ROOT / "corpus" / "annotations" / "splits.tsv").read_text(encoding="utf-8").splitlines()[1:]
    test = {line.split("\t")[0] for line in splits if line.endswith("\ttest")}
    assert len(test) == 20 and not names & test
    assert {"p001", "p024", "d01", "000_52c815cd960990dc"} <= names


def test_locate_finds_the_gold_spans_of_a_dev_plan(extracted):
    gold = json.loads((ROOT / "corpus" / "annotations" / "p024.json").read_text(encoding="utf-8"))
    text = extracted(ROOT / gold["source"]).text
    found = locate("p024", gold, text)
    assert (found.targets_found, found.targets, found.units_found, found.units) == (7, 7, 14, 14)
    spans = [(label, text[s:e]) for label, s, e in found.spans]
    assert all(label == "TARGET" and chunk[0].isdigit() for label, chunk in spans if label == "TARGET")
    assert ("UNIT", "Sở Nội vụ") in spans or any(label == "UNIT" for label, _ in spans)


@pytest.mark.slow
def test_augment_is_off_by_default_and_needs_a_model(extracted, monkeypatch, tmp_path):
    # The default pipeline never imports the learned module.
    code = ("import sys, pipeline; pipeline.extract(sys.argv[1]); "
            "print('pipeline.extract.learned' in sys.modules, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(SEED_001)], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.split()
    assert out == ["False", "False"]
    # Without a model, augment gives the plan back as it is.
    monkeypatch.setattr(learned, "MODEL_DIR", tmp_path / "none")
    learned.load_model.cache_clear()
    plan = extracted(SEED_001)
    assert augment(plan) is plan
    learned.load_model.cache_clear()


def _tiny_docs(extracted):
    docs = []
    for path in (SEED_000, SEED_001):
        gold = json.loads((ROOT / "corpus" / "annotations" / f"{path.stem}.json").read_text(encoding="utf-8"))
        docs.append(locate(path.stem, gold, extracted(path).text))
    return docs


@pytest.mark.slow
def test_training_on_a_tiny_subset_is_deterministic_and_loads(extracted, tmp_path):
    docs = _tiny_docs(extracted)
    log = []
    nlp1, r1 = train(docs, out=tmp_path / "a", holdout=(), max_epochs=2, log=log.append)
    nlp2, r2 = train(docs, out=tmp_path / "b", holdout=(), max_epochs=2, log=log.append)
    assert nlp1.get_pipe("ner").to_bytes() == nlp2.get_pipe("ner").to_bytes()
    assert r1.history == r2.history and r1.epochs == 2
    assert 0 < r1.size_bytes < 10_000_000
    loaded = learned.load_model(str(tmp_path / "a"))
    assert loaded is not None and loaded.pipe_names == ["ner"]
    text = docs[1].text
    assert [e.text for e in loaded(text[:2000]).ents] == [e.text for e in nlp1(text[:2000]).ents]
    meta = json.loads((tmp_path / "a" / "training.json").read_text(encoding="utf-8"))
    assert meta["documents"] == sorted(d.name for d in docs) and meta["holdout"] == []


@pytest.mark.slow
@pytest.mark.skipif(not (learned.MODEL_DIR / "config.cfg").exists(), reason="no trained model")
def test_the_shipped_model_combines_with_the_rules(extracted):
    plan = extracted(ROOT / "corpus" / "real2" / "p024.txt")
    both = augment(plan, mode="both")
    model = augment(plan, mode="model")
    assert len(both.responsibilities) >= len(plan.responsibilities)
    assert augment(plan, mode="model", fields=("responsibilities",)).targets is plan.targets
    assert {(r.unit, r.role) for r in plan.responsibilities} <= {(r.unit, r.role) for r in both.responsibilities}
    assert model.responsibilities and all(r.role in ("lead", "coordinate", "execute", "monitor", "report")
                                          for r in model.responsibilities)
    # The rules' own output is untouched.
    assert augment(plan, mode="both") is not plan and plan.targets == extracted(
        ROOT / "corpus" / "real2" / "p024.txt").targets


def test_a_document_annotated_for_one_part_leaves_the_other_unknown():
    """A document annotated for its targets only (23 of corpus/legacy) says nothing of its units:
    in its training examples the words outside its targets are unknown (None), not outside every
    entity ("O"); a document annotated for both parts keeps "O"."""
    from pipeline.train import Located, examples
    text = ("UBND TỈNH X\nSố: 1/KH-UBND\nX, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nVề y tế\n\n"
            "I. MỤC TIÊU\nSở Y tế bảo đảm 90% trạm y tế có bác sĩ.\n")
    at = text.index("90%")
    nlp = learned.blank_nlp()
    tags = {}
    for labels in (frozenset({"TARGET"}), frozenset({"TARGET", "UNIT"})):
        doc = Located("x", text, spans=[("TARGET", at, at + 3)], labels=labels)
        tags[len(labels)] = [t for ex in examples(nlp, [doc]) for t in ex.get_aligned_ner()]
    assert tags[1][-14:] == [None] * 5 + ["B-TARGET", "L-TARGET"] + [None] * 7
    assert tags[2][-14:] == ["O"] * 5 + ["B-TARGET", "L-TARGET"] + ["O"] * 7
