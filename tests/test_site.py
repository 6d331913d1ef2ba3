"""`plans show DATASET --out SITE`: the index lists every document, pages are rendered from the
tables (the same marks as extracting again, header fields aside), a resolved citation links to the
cited page and that page lists its citer, a hostile document stays text, the errors table is a
page, the folder is replaced whole; and `plans check --format html` shows both documents' text
around the evidence, side by side, linked into the site. (In the browser: tests/test_show_browser.py.)

The dataset: the real p04 pair (Nghị quyết 88/NQ-CP implementing Nghị quyết 10-NQ/TW,
tests/fixtures/check-real), seed 000, seed 001 with markup put in its text and its file name, and
an empty file (an error)."""
import json
import re
import shutil

import pytest

from pipeline.cli import main
from pipeline.show import spans_of
from pipeline.site import SiteError, build_site, plan_from_rows

from conftest import ROOT, SEED_000, SEED_001

P04 = ROOT / "tests" / "fixtures" / "check-real"
HOSTILE = "<b>x<script>&.txt"  # (no "/" in a file name)


def make_dataset(base):
    """The test dataset's inputs and the dataset built from them, under ``base``."""
    from pipeline.dataset import build
    docs = base / "in"
    docs.mkdir()
    for name in ("p04-child.txt", "p04-parent.txt"):
        shutil.copyfile(P04 / name, docs / name)
    shutil.copyfile(SEED_000, docs / SEED_000.name)
    text = SEED_001.read_text(encoding="utf-8")
    (docs / HOSTILE).write_text(text.replace("\n", "\n<script>window.PWNED=1</script>\n", 1), encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    build([str(docs)], base / "ds", progress=False)
    return base / "ds"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("site")
    ds = make_dataset(base)
    result = build_site(ds, base / "site")
    return ds, base / "site", result


def _docs(ds):
    from pipeline.dataset import load, records
    return {d["source"].rsplit("/", 1)[-1]: d for d in records(load(ds)["documents"])}


pytestmark = pytest.mark.slow  # (the dataset's build: ~3 s)


def test_index_lists_every_document(site):
    ds, out, result = site
    assert (result.documents, result.errors, result.citations) == (4, 1, 1)
    index = (out / "index.html").read_text(encoding="utf-8")
    docs = _docs(ds)
    rows = re.findall(r'<tr data-doc="([0-9a-f]+)">(.*?)</tr>', index)
    assert sorted(r[0] for r in rows) == sorted(d["doc_id"] for d in docs.values())
    child = dict(rows)[docs["p04-child.txt"]["doc_id"]]
    cells = re.findall(r"<td>(.*?)</td>", child)
    assert cells[:4] == ["NGHỊ QUYẾT", "88/NQ-CP", "CHÍNH PHỦ", "2022-07-22"]
    assert cells[4].startswith(f'<a href="doc/{docs["p04-child.txt"]["doc_id"]}.html">')
    assert cells[7] == "0"  # cited by no one; the parent's row: 1
    assert re.findall(r"<td>(.*?)</td>", dict(rows)[docs["p04-parent.txt"]["doc_id"]])[7] == "1"
    assert sorted(p.name for p in out.iterdir()) == [".plans-site", "doc", "errors.html", "index.html",
                                                     "pages.json"]
    assert sorted(p.name for p in (out / "doc").iterdir()) == sorted(f"{d['doc_id']}.html" for d in docs.values())


def test_citation_links_both_ways(site):
    ds, out, _ = site
    docs = _docs(ds)
    child, parent = docs["p04-child.txt"]["doc_id"], docs["p04-parent.txt"]["doc_id"]
    child_page = (out / "doc" / f"{child}.html").read_text(encoding="utf-8")
    parent_page = (out / "doc" / f"{parent}.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="cite" href="([^"]+)">', child_page)
    # every mention of Nghị quyết 10-NQ/TW in the child's references table (12 of its 30 rows)
    assert set(links) == {f"../doc/{parent}.html"} and len(links) == 12
    cited_by = re.search(r'<section class="tbl" id="t-citedby">(.*?)</section>', parent_page).group(1)
    assert cited_by == (f'<h3>Cited by (1)</h3><ul><li><a class="citedby" href="../doc/{child}.html">'
                        "NGHỊ QUYẾT 88/NQ-CP</a> <small>«NGHỊ QUYẾT SỐ 10-NQ/TW NGÀY 10 THÁNG 02 NĂM 2022 "
                        "CỦA BỘ CHÍNH TRỊ»</small></li></ul>")
    assert '<h3>Cited by (0)</h3>' in child_page
    assert '<a href="../index.html">← all documents</a> · work vn/cp/nq/2022-07-22/88' in child_page
    pages = json.loads((out / "pages.json").read_text(encoding="utf-8"))
    assert pages["by_doc_id"][parent] == f"doc/{parent}.html"


def test_pages_are_the_tables_marks(site, extracted):
    """A page from the tables marks what extracting the file marks, but the header fields (their
    spans are not in the tables)."""
    from pipeline.dataset import load, records
    ds, _, _ = site
    tables = load(ds)
    source = next(s for s in tables["documents"]["source"] if s.endswith(SEED_000.name))
    header = next(r for r in records(tables["documents"]) if r["source"] == source)
    rows = {t: [r for r in records(tables[t]) if r["source"] == source]
            for t in ("sections", "references", "dates", "targets", "responsibilities", "recipients",
                      "abbreviations", "warnings")}
    text = next(r["text"] for r in records(tables["texts"]) if r["source"] == source)
    plan = plan_from_rows(header, rows, text)
    fresh = extracted(SEED_000)
    assert plan.text == fresh.text
    expected = [s for s in spans_of(fresh) if s.kind != "hdr"]
    assert spans_of(plan) == expected and len(expected) == 101


def test_hostile_document_is_text(site):
    ds, out, _ = site
    doc_id = _docs(ds)[HOSTILE]["doc_id"]
    page = (out / "doc" / f"{doc_id}.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>window" not in page and "&lt;script&gt;window.PWNED=1&lt;/script&gt;" in page
    assert "<b>x" not in index and "&lt;b&gt;x&lt;script&gt;&amp;.txt" in index
    assert index.count("<script>") == 1  # the index's own


def test_errors_page_and_replacing_a_site(site, tmp_path):
    ds, out, _ = site
    errors = (out / "errors.html").read_text(encoding="utf-8")
    assert re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td>", errors) == [
        (str(ds.parent / "in" / "empty.txt"), "empty file")]
    # a second build replaces the site whole, leaving no temporary folder beside it
    again = tmp_path / "site"
    build_site(ds, again)
    (again / "doc" / "stale.html").write_text("old", encoding="utf-8")
    assert main(["show", str(ds), "--out", str(again)]) == 0
    assert not (again / "doc" / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    # a folder with other files is refused, untouched
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(SiteError, match="a folder with other files"):
        build_site(ds, other)
    assert [p.name for p in other.iterdir()] == ["notes.txt"]


def test_check_html_links_into_the_site(site, capsys):
    ds, out, _ = site
    docs = _docs(ds)
    child = ds.parent / "in" / "p04-child.txt"
    code = main(["check", str(child), "--against", str(ds), "--format", "html", "--site", str(out), "--lang", "en"])
    assert code == 0
    page = capsys.readouterr().out
    assert f"<a href='{out}/doc/{docs['p04-child.txt']['doc_id']}.html'>{child}</a>" in page
    assert f"<a href='{out}/doc/{docs['p04-parent.txt']['doc_id']}.html'>" in page
    assert main(["check", str(child), "--against", str(ds), "--format", "html", "--site", str(ds)]) == 2
    assert capsys.readouterr().err.startswith(f"plans: error: --site {ds}: not a site written by plans show")
