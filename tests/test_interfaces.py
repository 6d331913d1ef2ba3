"""The API and the command line take what they give: a path is a path (text goes in as text=),
standard input is a file, the links DataFrame of load() is links, annotations are found from
anywhere, transcripts can be left out of a build, and a table or a program is not a plan."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

import pipeline
from pipeline import cli, dataset
from pipeline.link import children, parents

from conftest import GENERATED, REAL, ROOT, SEED_000


def test_a_missing_path_is_file_not_found_and_text_goes_in_as_text():
    with pytest.raises(FileNotFoundError) as error:
        pipeline.extract("corpus/seeds/no-such-plan.txt")  # was read as a text: an empty "plan"
    assert error.value.filename == "corpus/seeds/no-such-plan.txt" and "text=" in error.value.strerror
    with pytest.raises(FileNotFoundError):
        pipeline.extract(ROOT / "corpus" / "seeds" / "missing.pdf")
    doc = pipeline.extract(text="KẾ HOẠCH\nTriển khai công tác năm 2025\nI. MỤC ĐÍCH\n1. Nâng cao hiệu quả.")
    assert (doc.document.doc_type, doc.document.source) == ("KẾ HOẠCH", "<text>")
    assert pipeline.extract(text="Kế hoạch số 12/KH-UBND", source="note.txt").document.source == "note.txt"
    with pytest.raises(TypeError):
        pipeline.extract(SEED_000, text="KẾ HOẠCH")
    with pytest.raises(TypeError):
        pipeline.extract()


def test_a_text_given_as_a_path_still_reads_with_a_deprecation_warning():
    with pytest.warns(DeprecationWarning, match="text="):
        doc = pipeline.extract("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Giao Sở Nội vụ chủ trì.")
    assert doc.document.doc_type == "KẾ HOẠCH"


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_extract_dash_reads_standard_input(monkeypatch, capsys):
    """A text and a PDF piped in give what the files give, with "<stdin>" as their source."""
    _stdin(monkeypatch, SEED_000.read_bytes())
    assert cli.main(["extract", "-"]) == 0
    piped = json.loads(capsys.readouterr().out)
    assert cli.main(["extract", str(SEED_000)]) == 0
    direct = json.loads(capsys.readouterr().out)
    assert piped["document"]["source"] == "<stdin>"
    for key in ("sections", "references", "dates", "targets", "responsibilities"):
        assert piped[key] == direct[key], key
    assert {k: v for k, v in piped["document"].items() if k != "source"} == {
        k: v for k, v in direct["document"].items() if k != "source"}
    _stdin(monkeypatch, (GENERATED / "d01.pdf").read_bytes())
    assert cli.main(["extract", "-"]) == 0
    pdf = json.loads(capsys.readouterr().out)["document"]
    assert (pdf["format"], pdf["number"], pdf["symbol"], pdf["source"]) == ("pdf", "20", "KH-UBND", "<stdin>")


@pytest.mark.slow  # (a build: 1.2 s)
def test_parents_and_children_take_the_links_table_load_returns(lamdong_pair):
    tables = dataset.load(lamdong_pair[1])
    ids = tables["documents"].set_index(tables["documents"]["source"].str.rsplit("/", n=1).str[-1])["doc_id"]
    plan, child = ids["12_KH-CCHC-2026-UBND-LamDong.docx"], ids["14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx"]
    [up] = parents(child, tables["links"])  # the DataFrame itself
    assert (up["cited_doc_id"], up["relation"], up["cited_work_id"]) == (plan, "basis", "vn/ubnd/kh/2025-12-24/9669")
    assert up["mismatches"] is None  # missing values as None, as in the rows
    assert [link["citing_doc_id"] for link in children(plan, tables["links"])] == [child]
    assert parents(child, dataset.records(tables["links"])) == [up]


@pytest.mark.slow
def test_eval_with_an_annotations_folder_from_outside_the_repository(tmp_path):
    """Run from /tmp, the sources the annotations name (corpus/seeds/…) are found above the folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "pipeline.cli", "eval", "--json", "--docs", "000_*", "--split", "dev"]
    inside = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env)
    outside = subprocess.run([*args, "--annotations", str(ROOT / "corpus" / "annotations")],
                             capture_output=True, text=True, cwd=tmp_path, env=env)
    assert outside.returncode == 0, outside.stderr
    assert json.loads(outside.stdout) == json.loads(inside.stdout)
    assert json.loads(outside.stdout)["dev"]["document.issued_date"]["tp"] == 1
    # A folder whose sources are nowhere: a usage error naming the file, no traceback.
    ann = tmp_path / "ann"
    ann.mkdir()
    (ann / "x.json").write_text(json.dumps({"source": "corpus/none.txt", "annotated": []}), encoding="utf-8")
    missing = subprocess.run([*args[:4], "--annotations", str(ann)], capture_output=True, text=True,
                             cwd=tmp_path, env=env)
    assert missing.returncode == 2 and "corpus/none.txt: no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_build_exclude_leaves_out_transcripts(tmp_path, capsys):
    legacy = ROOT / "corpus" / "legacy"
    src = tmp_path / "in"
    src.mkdir()
    import shutil
    for path in (SEED_000, legacy / "25_QD-144-2002-QD-BTC_tcvn3.gt.txt",
                 legacy / "24_QD-256-2004-QD-UB-CanTho_tcvn3.gt.txt"):
        shutil.copy(path, src / path.name)
    assert cli.main(["build", str(src), "--out", str(tmp_path / "ds"), "--jobs", "1",
                     "--exclude", "*.gt.txt", "--exclude", "nothing-*"]) == 0
    docs = dataset.load(tmp_path / "ds")["documents"]
    assert list(docs["source"]) == [str(src / SEED_000.name)]
    manifest = json.loads((tmp_path / "ds" / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest["inputs"]) == [str(src / SEED_000.name)]
    assert dataset.excluded("corpus/legacy/24_x.gt.txt", ["*.gt.txt"])
    assert dataset.excluded("corpus/legacy/24_x.txt", ["corpus/legacy/*"])
    assert not dataset.excluded("corpus/legacy/24_x.txt", ["*.gt.txt"])


def test_a_table_or_a_program_is_a_warning_not_a_plan():
    """corpus/real/SOURCES.tsv read as a plan gave a "target" and a "reference"; a module of this
    package, four "sections" and two "targets"."""
    tsv = pipeline.extract(REAL / "SOURCES.tsv")
    assert [(w.code, w.message) for w in tsv.warnings] == [
        ("not-a-document", "not a plan document: a table of tab-separated values: 35 of its 35 lines hold tabs")]
    assert (tsv.targets, tsv.references, tsv.sections, tsv.document.doc_type) == ([], [], [], None)
    program = pipeline.extract(ROOT / "pipeline" / "works.py")
    [warning] = program.warnings
    assert warning.code == "not-a-document" and warning.message.startswith("not a plan document: a program listing:")
    assert (program.targets, program.sections) == ([], [])
    # A plan's text is never one: seeds, web openings (headers lost, noise kept), real plans.
    for path in [*sorted((ROOT / "corpus" / "web").glob("*.txt")), *sorted((ROOT / "corpus" / "seeds").glob("*.txt"))]:
        assert not [w for w in pipeline.extract(path).warnings if w.code == "not-a-document"], path


@pytest.mark.slow
def test_a_table_in_a_build_is_a_document_row_with_a_warning(tmp_path):
    import shutil
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(REAL / "SOURCES.tsv", src / "SOURCES.tsv")
    shutil.copy(SEED_000, src / SEED_000.name)
    dataset.build([str(src / "*")], tmp_path / "ds", jobs=1)
    tables = dataset.load(tmp_path / "ds")
    tsv = str(src / "SOURCES.tsv")
    warnings = tables["warnings"][tables["warnings"]["source"] == tsv]
    assert list(warnings["code"]) == ["not-a-document"]
    assert tsv in set(tables["documents"]["source"]) and tsv not in set(tables["targets"]["source"])
    works = tables["works"].set_index("source")
    assert not works.loc[tsv, "is_plan"] and works.loc[str(src / SEED_000.name), "is_plan"]
