"""Resolving references to documents of a collection, work ids, links table, graph."""
import pytest

import pipeline
from pipeline.link import Collection, children, link_document, parents, work_id

from conftest import REAL, WEB


def _doc(path_or_text):
    from pathlib import Path
    is_path = isinstance(path_or_text, Path)
    d = (pipeline.extract(path_or_text) if is_path else pipeline.extract(text=path_or_text)).to_dict()
    for r in d["references"]:
        r["doc_id"] = d["document"]["doc_id"]
    return d


def test_work_ids():
    assert work_id("KẾ HOẠCH", "31", "KH-LĐLĐ", "2024-03-29") == "vn/ldld/kh/2024-03-29/31"
    assert work_id("Nghị định", "98", "2023/NĐ-CP", "2023-12-31") == "vn/cp/nd/2023-12-31/98"
    assert work_id("Chỉ thị", "34", "CT/TW", "2014-04-07") == "vn/tw/ct/2014-04-07/34"
    assert work_id("KẾ HOẠCH", None, "KH-UBND", "2025-12") == "vn/ubnd/kh/2025-12/draft"


def test_code_link_and_citation_mismatch():
    parent = _doc(WEB / "d01.txt")  # 20/KH-UBND, 10/3/2023, UBND tỉnh Trà Vinh
    coll = Collection([parent["document"]])
    child = _doc("Thực hiện Kế hoạch số 20/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân tỉnh Trà Vinh về "
                 "triển khai Chỉ thị số 01/CT-TTg; Căn cứ Kế hoạch số 20/KH-UBND ngày 15/3/2023 của UBND tỉnh.")
    (link,) = [found for found in link_document(child, coll) if found.cited_doc_id]
    assert (link.method, link.score, link.mismatches, link.relation) == ("code", 1.0, [], "implements")
    wrong = _doc("Thực hiện Kế hoạch số 20/KH-UBND ngày 15/3/2023 của Ủy ban nhân dân tỉnh Trà Vinh.")
    (link,) = [found for found in link_document(wrong, coll) if found.cited_doc_id]
    assert link.mismatches == [{"field": "date", "cited": "2023-03-15", "actual": "2023-03-10"}]


def test_numbered_citation_of_a_draft_found_by_date_issuer_subject():
    """Real pair: DOCX 14 implements "Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của UBND tỉnh Lâm Đồng
    về cải cách hành chính nhà nước năm 2026", which is the draft DOCX 12 (blank number, 12/2025)."""
    parent = _doc(REAL / "12_KH-CCHC-2026-UBND-LamDong.docx")
    others = [_doc(WEB / "d01.txt"), _doc(WEB / "d03.txt")]
    coll = Collection([parent["document"]] + [o["document"] for o in others])
    child = _doc(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx")
    found = [link for link in link_document(child, coll) if link.cited_doc_id]
    assert [(link.cited_doc_id, link.method, link.relation) for link in found] == [
        (parent["document"]["doc_id"], "fuzzy", "basis")]
    assert found[0].score >= 0.9 and found[0].cited_work_id == "vn/ubnd/kh/2025-12-24/9669"
    rows = [link.__dict__ for link in found]
    assert [p["ref_id"] for p in parents(child["document"]["doc_id"], rows)] == [found[0].ref_id]
    assert len(children(parent["document"]["doc_id"], rows)) == 1


@pytest.mark.slow  # (a build: 1.8 s)
def test_links_table_in_the_dataset(tmp_path):
    import shutil

    from pipeline import dataset
    src = tmp_path / "in"
    src.mkdir()
    for f in ("12_KH-CCHC-2026-UBND-LamDong.docx", "13_KH-kiem-tra-CCHC-2026-UBND-LamDong.docx",
              "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx"):
        shutil.copy(REAL / f, src / f)
    shutil.copy(WEB / "d01.txt", src / "d01.txt")
    dataset.build([str(src)], tmp_path / "ds", jobs=1)
    links = dataset.load(tmp_path / "ds")["links"]
    resolved = links[links["cited_doc_id"].notna()]
    assert sorted(resolved["citing_source"].str.rsplit("/", n=1).str[-1]) == [
        "13_KH-kiem-tra-CCHC-2026-UBND-LamDong.docx", "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx"]
    assert set(resolved["cited_source"].str.rsplit("/", n=1).str[-1]) == {"12_KH-CCHC-2026-UBND-LamDong.docx"}
    assert links["cited_doc_id"].isna().sum() > 5  # the decrees and resolutions cited are not in it


@pytest.mark.slow
def test_plans_graph_graphml_and_csv(tmp_path, lamdong_pair):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from pipeline import dataset

    from conftest import ROOT
    src, ds = lamdong_pair
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "graph", str(ds), "--out",
                          str(tmp_path / "g.graphml")], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(tmp_path / "g.graphml").getroot()
    edges = root.findall(".//g:edge", ns)
    # Nodes are works: each document here is its own (one rendering each).
    docs = dataset.load(ds)["documents"].set_index("source")["work_id"]
    parent = docs[str(src / "12_KH-CCHC-2026-UBND-LamDong.docx")]
    child = docs[str(src / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx")]
    assert (parent, child) == ("vn/ubnd/kh/2025-12/draft", "vn/ubnd/kh/2026/draft")
    assert any(e.get("source") == child and e.get("target") == parent for e in edges)
    assert any(n.get("id") == "code:76/NQ-CP" for n in root.findall(".//g:node", ns))  # cited, absent
    subprocess.run([sys.executable, "-m", "pipeline.cli", "graph", str(ds), "--out",
                    str(tmp_path / "g.csv"), "--format", "csv"], check=True, cwd=ROOT)
    assert f"{child},{parent},basis" in (tmp_path / "g.csv").read_text(encoding="utf-8")
    assert (tmp_path / "g-nodes.csv").exists()


def test_graphml_is_well_formed_with_control_characters_in_titles_and_ids(tmp_path):
    """XML 1.0 forbids most C0 controls even as references: they become U+FFFD, the rest is exact."""
    import xml.etree.ElementTree as ET

    import pandas as pd

    from pipeline import dataset
    from pipeline.graph import write_graph
    from pipeline.link import LINK_COLUMNS
    from pipeline.works import WORK_COLUMNS
    title = "Kế hoạch\x00 <b>&\x1f\tx\r\ny"
    docs = dataset._frame("documents", [
        {"doc_id": "d1", "source": "a.txt", "doc_type": "KẾ HOẠCH", "title": title, "work_id": "w1"}])
    works = pd.DataFrame([{"work_id": "w1", "doc_id": "d1", "source": "a.txt", "doc_type": "KẾ HOẠCH",
                           "title": title, "is_plan": True, "n_documents": 1}], columns=list(WORK_COLUMNS))
    works.astype(WORK_COLUMNS).to_parquet(tmp_path / "works.parquet", index=False)
    dataset._frame("references", []).to_parquet(tmp_path / "references.parquet", index=False)
    links = pd.DataFrame([{"citing_doc_id": "d1", "citing_source": "a.txt", "ref_id": "r1",
                           "ref_text": "Nghị quyết\x0b số 1",
                           "relation": "basis", "cited_doc_id": None, "cited_work_id": "vn/x\x01/nq/1",
                           "cited_source": None, "score": 0.5, "method": "work_id",
                           "mismatches": None}]).astype(LINK_COLUMNS)
    docs.to_parquet(tmp_path / "documents.parquet", index=False)
    links.to_parquet(tmp_path / "links.parquet", index=False)
    assert write_graph(tmp_path, tmp_path / "g.graphml") == (2, 1)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(tmp_path / "g.graphml").getroot()
    data = {(n.get("id"), d.get("key")): d.text for n in root.findall(".//g:node", ns)
            for d in n.findall("g:data", ns)}
    assert data[("w1", "title")] == "Kế hoạch\ufffd <b>&\ufffd\tx\r\ny"
    assert data[("vn/x\ufffd/nq/1", "title")] == "Nghị quyết\ufffd số 1"
    [edge] = root.findall(".//g:edge", ns)
    assert (edge.get("source"), edge.get("target")) == ("w1", "vn/x\ufffd/nq/1")
