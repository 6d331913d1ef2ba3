"""Works, not files: renderings and versions of one document grouped (pipeline.works), on real
corpus documents; and the dataset's work columns and works table."""
import pytest

import pipeline
from pipeline.works import containment, group_works, is_plan, shingles

from conftest import GENERATED, LEGACY, REAL, ROOT, SEED_000, WEB

REAL2 = ROOT / "corpus" / "real2"


def _rows(*docs):
    """Documents-table rows and texts of extracted documents."""
    rows = [dict(d.document.__dict__) for d in docs]
    for row in rows:
        row.pop("spans", None)
    return rows, {d.document.doc_id: d.text for d in docs}


def _grouped(*docs):
    rows, texts = _rows(*docs)
    columns, works = group_works(rows, texts)
    by_source = {row["source"].rsplit("/", 1)[-1]: {**row, **col} for row, col in zip(rows, columns)}
    return by_source, works


@pytest.mark.slow
def test_txt_docx_and_pdf_of_one_plan_are_one_work(extracted):
    """The seed's text and its DOCX and PDF renderings (corpus/generated), and a web page's text of
    plan 20/KH-UBND with its two renderings: two works of three renderings each."""
    docs, works = _grouped(*(extracted(p) for p in (
        SEED_000, GENERATED / "000_52c815cd960990dc.docx", GENERATED / "000_52c815cd960990dc.pdf",
        WEB / "d01.txt", GENERATED / "d01.docx", GENERATED / "d01.pdf")))
    assert sorted((w["work_id"], w["n_documents"], w["n_versions"], w["n_renderings"], w["source"].rsplit("/", 1)[-1])
                  for w in works) == [
        ("vn/ubnd/kh/2023-03-10/20", 3, 1, 3, "d01.txt"),
        ("vn/unknown/kh/2024-01-05/draft", 3, 1, 3, "000_52c815cd960990dc.txt")]
    # The representative is the most complete text: the same header fields in all three, and the
    # .txt is the longest (the web page's text keeps a line the DOCX layout dropped).
    seed, d01 = docs["000_52c815cd960990dc.txt"], docs["d01.txt"]
    assert seed["rendering_of"] is None and seed["version_of"] is None
    for name in ("000_52c815cd960990dc.docx", "000_52c815cd960990dc.pdf"):
        assert (docs[name]["rendering_of"], docs[name]["version_of"]) == (seed["doc_id"], None)
        assert docs[name]["work_id"] == "vn/unknown/kh/2024-01-05/draft"
    for name in ("d01.docx", "d01.pdf"):
        assert (docs[name]["rendering_of"], docs[name]["work_id"]) == (d01["doc_id"], "vn/ubnd/kh/2023-03-10/20")


def test_plans_of_one_template_by_different_issuers_are_different_works(extracted):
    """p001 (Đắk Lắk) and p022 (Nghệ An) copy one national guidance: 57% of p001's word trigrams
    are in p022, above what makes versions, but their issuers and numbers differ. Likewise p015 and
    the Lâm Đồng drug-control plan (47%)."""
    p001, p022 = extracted(REAL2 / "p001.txt"), extracted(REAL2 / "p022.txt")
    assert round(containment(shingles(p001.text), shingles(p022.text)), 2) == 0.57
    docs, works = _grouped(p001, p022, extracted(REAL2 / "p015.txt"),
                           extracted(REAL / "15_KH-PCMT-den-2030-UBND-LamDong.docx"))
    assert len(works) == 4
    assert all(d["rendering_of"] is None and d["version_of"] is None for d in docs.values())


def _draft_of(text: str) -> str:
    """The numberless draft of a signed plan: the number and the day left blank, as drafts print
    them ("Số:     /KH-UBND", "ngày   tháng 11 năm 2025")."""
    draft = text.replace("144/KH-UBND", "/KH-UBND", 1)
    draft = draft.replace("ngày 24 tháng 11 năm 2025", "ngày    tháng 11 năm 2025", 1)
    assert draft != text
    return draft


def test_a_numberless_draft_is_a_version_of_the_signed_plan(extracted):
    signed = extracted(REAL2 / "p009.txt")
    assert (signed.document.number, signed.document.issued_date) == ("144", "2025-11-24")
    # Reworded: a fifth of the text's lines dropped, as a draft lacks what review added.
    lines = _draft_of(signed.text).split("\n")
    draft_text = "\n".join(line for i, line in enumerate(lines) if i < 40 or i % 5)
    draft = pipeline.extract(text=draft_text, source="p009-draft.txt")
    assert (draft.document.number, draft.document.issued_date) == (None, "2025-11")
    # Its text is all but whole in the signed plan's: the blank number makes it a version.
    assert round(containment(shingles(draft.text), shingles(signed.text)), 2) == 0.98
    docs, works = _grouped(signed, draft)
    [work] = works
    assert (work["work_id"], work["doc_id"], work["n_versions"], work["n_renderings"]) == (
        "vn/ubnd/kh/2025-11-24/144", signed.document.doc_id, 2, 1)
    assert (docs["p009-draft.txt"]["version_of"], docs["p009-draft.txt"]["rendering_of"]) == (
        signed.document.doc_id, None)
    assert docs["p009.txt"]["version_of"] is None


def test_two_signed_plans_never_join_through_a_draft(extracted):
    """A draft as close to two numbered plans joins one: a work never holds two numbers."""
    signed = extracted(REAL2 / "p009.txt")
    other = pipeline.extract(text=signed.text.replace("144/KH-UBND", "145/KH-UBND", 1), source="p009-145.txt")
    draft = pipeline.extract(text=_draft_of(signed.text), source="p009-draft.txt")
    _, works = _grouped(signed, other, draft)
    assert sorted((w["number"], w["n_documents"]) for w in works) == [("144", 2), ("145", 1)]


def test_what_is_a_plan():
    assert is_plan("KẾ HOẠCH") and is_plan("Kế hoạch") and is_plan("CHƯƠNG TRÌNH")
    assert is_plan("QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN …")  # web d08
    assert is_plan("QUYẾT ĐỊNH", "PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ …")  # real2 p037
    assert not is_plan("QUYẾT ĐỊNH", "Thành lập Ban Chỉ đạo quốc gia về dữ liệu")  # real 03
    # A cover letter proposing a plan, a report, a guidance, a text of no known type: not plans.
    assert not is_plan("TỜ TRÌNH", "Về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính")
    assert not is_plan("BÁO CÁO") and not is_plan("HƯỚNG DẪN") and not is_plan(None)
    # A web page's opening without its type line: the symbol's type code (web d20, 138/KH-UBND).
    assert is_plan(None, "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VÌ TRẺ EM", "KH-UBND")
    assert not is_plan(None, None, "NQ-CP")


@pytest.fixture(scope="module")
def works_dataset(tmp_path_factory):
    """A dataset of a seed with its two renderings, the draft plan 12, the plan 14 citing it
    (as 9669/KH-UBND) and the cover letter 01 proposing 14."""
    import shutil

    from pipeline import dataset
    src = tmp_path_factory.mktemp("works-in")
    for path in (SEED_000, GENERATED / "000_52c815cd960990dc.docx", GENERATED / "000_52c815cd960990dc.pdf",
                 REAL / "12_KH-CCHC-2026-UBND-LamDong.docx", REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx",
                 REAL / "01_KH-related_TTr-124-SNV-LamDong_ke-hoach-thi-dua-CCHC-2026.pdf"):
        shutil.copy(path, src / path.name)
    out = tmp_path_factory.mktemp("works-ds")
    dataset.build([str(src)], out, jobs=1)
    return dataset.load(out)


@pytest.mark.slow
def test_dataset_documents_have_work_columns_and_a_works_table(works_dataset):
    docs, works = works_dataset["documents"], works_dataset["works"]
    assert len(docs) == 6 and len(works) == 4
    by_name = docs.assign(name=docs["source"].str.rsplit("/", n=1).str[-1]).set_index("name")
    seed = by_name.loc["000_52c815cd960990dc.txt"]
    assert list(by_name.loc[["000_52c815cd960990dc.docx", "000_52c815cd960990dc.pdf"], "rendering_of"]) == [
        seed["doc_id"]] * 2
    assert docs["version_of"].isna().all()
    assert sorted(zip(works["work_id"], works["is_plan"], works["n_documents"])) == [
        ("vn/snv/ttr/2026-02/draft", False, 1),  # the cover letter
        ("vn/ubnd/kh/2025-12/draft", True, 1),
        ("vn/ubnd/kh/2026/draft", True, 1),
        ("vn/unknown/kh/2024-01-05/draft", True, 3)]
    assert set(docs["work_id"]) == set(works["work_id"])
    assert str(docs["work_id"].dtype) == "string" and str(works["n_documents"].dtype) == "Int64"


@pytest.mark.slow
def test_citations_count_works_and_plans_only(works_dataset):
    """The seed's three files cite Kế hoạch 08/KH-LĐLĐ three times: one citing work. The draft 12 is
    cited as 9669/KH-UBND by plan 14 and by the cover letter 01: one plan."""
    from pipeline.analysis import most_cited
    cited = most_cited(works_dataset, top=100).set_index("cited")
    links = works_dataset["links"]
    refs = works_dataset["references"]
    citing_08 = set(refs[refs["code_key"] == "8/KH-LĐLĐ"]["doc_id"])
    assert len(citing_08) == 3 and cited.loc["Kế hoạch 08/KH-LĐLĐ", "plans"] == 1
    docs = works_dataset["documents"]
    [draft] = docs[docs["source"].str.endswith("12_KH-CCHC-2026-UBND-LamDong.docx")]["doc_id"]
    to_12 = links[links["cited_doc_id"] == draft]
    assert len(to_12) == 2  # 14 and the cover letter
    row = cited.loc["Kế hoạch 9669/KH-UBND"]
    assert (row["cited_key"], bool(row["in_dataset"]), row["plans"]) == ("vn/ubnd/kh/2025-12/draft", True, 1)


@pytest.mark.slow
@pytest.mark.skipif(__import__("shutil").which("antiword") is None, reason="needs antiword")
def test_legacy_renderings_word_twins_and_transcripts(extracted):
    """The Party guidance as DOCX and as Word 97 .doc (18, 19); the TCVN3 decree as PDF and as its
    hand transcript (.gt.txt, 22): one work each."""
    docs, works = _grouped(*(extracted(p) for p in (
        REAL / "18_HD-36-HD-VPTW_the-thuc-van-ban-Dang.docx", LEGACY / "19_HD-36-HD-VPTW_the-thuc-van-ban-Dang.doc",
        LEGACY / "22_QD-115-2004-QD-TTg_tcvn3-font.pdf", LEGACY / "22_QD-115-2004-QD-TTg_tcvn3-font.gt.txt")))
    assert sorted((w["work_id"], w["n_renderings"]) for w in works) == [
        # (the decree's official-gazette heading gives its number, date and issuer in both:
        # "QUYẾT ĐỊNH / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 115/2004/QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004 VỀ VIỆC …")
        ("vn/ttg/qd/2004-06-25/115", 2), ("vn/vptw/hd/2018-04-03/36", 2)]
    # (Both read alike; the transcript is the work's first rendering, the PDF one of it.)
    transcript = docs["22_QD-115-2004-QD-TTg_tcvn3-font.gt.txt"]
    assert docs["22_QD-115-2004-QD-TTg_tcvn3-font.pdf"]["rendering_of"] == transcript["doc_id"]
