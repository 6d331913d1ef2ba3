"""`plans show`: the page's text is the document's, each record's marks cover exactly its span,
overlapping spans nest or split, the document's own markup is text, and the CLI writes the page.
(The same checks in a real browser: tests/test_show_browser.py.)"""
import json
import re
from html.parser import HTMLParser

import pytest

from pipeline.cli import main
from pipeline.show import render_page, show_file, spans_of

from conftest import GENERATED, LEGACY, REAL, ROOT, SEED_000

REAL2 = ROOT / "corpus" / "real2"
P037 = REAL2 / "p037.txt"  # 5 pairs of crossing spans (a heading ending inside a target clause); dev split
R13 = REAL / "13_KH-kiem-tra-CCHC-2026-UBND-LamDong.docx"


class _Page(HTMLParser):
    """The text of ``#doc``, and for each (kind, record id) the text of its marks joined."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside #doc: the element depth
        self.text: list[str] = []
        self.open: list[tuple[str, list[str]] | None] = []
        self.marked: dict[tuple[str, str], list[str]] = {}
        self.fragments: dict[tuple[str, str], int] = {}
        self.records = ""
        self._in_records = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("id") == "records":
            self._in_records = True
        if self.depth == 0 and a.get("id") == "doc":
            self.depth = 1
            return
        if self.depth:
            self.depth += 1
            if tag == "mark":
                kind = a["class"].split()[1]
                ids = a["data-r"].split()
                for rid in ids:
                    self.fragments[(kind, rid)] = self.fragments.get((kind, rid), 0) + 1
                self.open.append((kind, ids))
            else:
                self.open.append(None)

    def handle_endtag(self, tag):
        self._in_records = False
        if self.depth:
            self.depth -= 1
            if self.depth and self.open:
                self.open.pop()

    def handle_data(self, data):
        if self._in_records:
            self.records += data
        if not self.depth:
            return
        self.text.append(data)
        for item in self.open:
            if item:
                kind, ids = item
                for rid in ids:
                    self.marked.setdefault((kind, rid), []).append(data)


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    return p


def assert_spans_placed(plan, page: str) -> _Page:
    """Every span render_page marks shows exactly text[start:end], and the page's text is the
    document's text, character for character."""
    p = parse(page)
    assert "".join(p.text) == plan.text
    for s in spans_of(plan):
        for rid in s.ids:
            got = "".join(p.marked[(s.kind, rid)])
            assert got == plan.text[s.start:s.end], (s, got)
    return p


def test_every_span_where_the_json_says_on_a_plan_with_crossing_spans(extracted):
    plan = extracted(P037)
    page = render_page(plan)
    p = assert_spans_placed(plan, page)
    kinds = {k for k, _ in p.marked}
    assert kinds == {"hdr", "sec", "ref", "date", "tgt", "tgtc", "resp", "unit", "abbr", "rcp"}
    # The bullet "- Đối với các tỉnh xung quanh thành phố Hà Nội (bao gồm: Thái Nguyên, …), nồng độ
    # bụi" (a heading) ends inside the clause of target t:3, which is split in two fragments (the
    # second at the top level); its figure "10%" sits in the second.
    assert plan.text[plan.targets[3].start:plan.targets[3].end] == "10%"
    assert p.fragments[("tgtc", "t:3")] == 2
    assert "".join(p.marked[("tgtc", "t:3")]) == plan.targets[3].text
    assert re.search(r'\(bao gồm: <mark class="m tgtc d1" data-r="t:3">Thái Nguyên, .*?</mark></mark>'
                     r'<mark class="m tgtc cont" data-r="t:3">\nPM2.5 trung bình năm .*?'
                     r'<mark class="m tgt k-target d1" data-r="t:3">10%</mark>', page)
    records = json.loads(p.records)
    assert records["t:3"]["record"]["value"] == 10 and records["t:3"]["kind"] == "tgt"
    assert len([r for r in records.values() if r["kind"] == "tgt"]) == len(plan.targets) == 33


def test_units_tables_and_resolved_references(extracted, tmp_path):
    plan = extracted(R13)
    page = render_page(plan, links=[{"ref_id": "ref_1", "cited_doc_id": "abc", "cited_source": "12.docx",
                                     "method": "code", "score": 1.0, "mismatches": [
                                         {"field": "date", "cited": "2025-12-24", "actual": "2025-12-25"}]}])
    p = assert_spans_placed(plan, page)
    # one mark for Sở Nội vụ's item holds its three records (execute, coordinate, monitor); the
    # units inspected have their own item ("2. Các cơ quan, đơn vị được kiểm tra")
    unit_marks = [k for k in p.marked if k[0] == "unit"]
    assert sorted("".join(p.marked[k]) for k in unit_marks) == [
        "Các cơ quan, đơn vị được kiểm tra", *["Sở Nội vụ"] * 4]
    assert "<td>execute, coordinate, monitor</td>" in page
    assert "<td>12.docx (code, 1.0) [date: 2025-12-24 ≠ 2025-12-25]</td>" in page
    assert json.loads(p.records)["r:ref_1:260"]["resolved"]["cited_doc_id"] == "abc"
    # the section tree links every section to its anchor in the text
    assert page.count('<a class="anc" id="sec-') == len(plan.sections)
    assert '<a href="#sec-sec_IV__item_2" data-r="s:sec_IV__item_2">' in page


def test_document_markup_is_text_not_html():
    """A document holding markup: its script, comment and closing tags are escaped in the text
    and in the record blob (no `</script>` can end it early)."""
    hostile = SEED_000.read_text(encoding="utf-8").replace(
        "MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH <script>window.PWNED=1</script></script><!-- <img src=x onerror=alert(1)>", 1)
    from pipeline import extract
    plan = extract(hostile, source="<b>hostile</b>.txt")
    page = render_page(plan)
    assert "<script>window.PWNED" not in page and "<img src=x" not in page and "<b>hostile" not in page
    assert "&lt;script&gt;window.PWNED=1&lt;/script&gt;&lt;/script&gt;&lt;!-- &lt;img" in page
    assert page.count("</script>") == 2  # the record blob's and the code's
    p = assert_spans_placed(plan, page)
    assert "\\u003c/script\\u003e\\u003c/script\\u003e\\u003c!--" in p.records
    assert json.loads(p.records)["s:sec_I"]["record"]["title"].startswith("MỤC ĐÍCH <script>")


def test_pdf_pages_are_marked(extracted):
    plan = extracted(GENERATED / "002_e859b3787dc53850.pdf")
    page = render_page(plan)
    assert_spans_placed(plan, page)
    assert re.findall(r'<span class="pb" id="page-(\d+)"', page) == ["1", "2", "3", "4", "5"]
    # each marker sits where its page's text starts: the page of the character after it
    for m in re.finditer(r'id="page-(\d+)"', page):
        before = re.sub(r"<[^>]+>", "", page[page.index('<div id="doc">'):m.start()])
        import html
        pos = len(html.unescape(before))
        assert plan.normalized.page_of(pos) == int(m.group(1))
    assert "5 pages" in page


@pytest.mark.slow
def test_scan_shows_ocr_pages_and_confidence():
    page = show_file(LEGACY / "10_KH-753-KH-DCT_TruongDHCongThuongHCM_scan.pdf")
    m = re.search(r"scan read by OCR \(pages ([\d–, ]+)\), mean word confidence (0\.\d\d)", page)
    assert m, page[:2000]
    assert m.group(1) == "1–4" and float(m.group(2)) > 0.8
    assert len(re.findall(r'<span class="pb ocr" id="page-\d+"', page)) == 4


def test_cli_show_writes_the_page(tmp_path, capsys):
    out = tmp_path / "page.html"
    assert main(["show", str(SEED_000), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert capsys.readouterr().out.strip() == f"plans show: {SEED_000} -> {out}"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


@pytest.mark.parametrize("name,code,reason", [
    ("missing.txt", 2, "no such file"),
    ("", 2, "a folder that is not a dataset (no manifest.json)"),
    ("empty.txt", 1, "empty file"),
])
def test_cli_show_bad_input(tmp_path, capsys, name, code, reason):
    if name == "empty.txt":
        (tmp_path / name).write_bytes(b"")
    path = tmp_path / name if name else tmp_path
    assert main(["show", str(path), "--out", str(tmp_path / "p.html")]) == code
    assert capsys.readouterr().err.strip() == f"plans: error: {path}: {reason}"
    assert not (tmp_path / "p.html").exists()
