"""Readers on hostile files: tiny files that once made a reader loop for ever or take gigabytes.

Each case builds its file in ``tmp_path`` and asserts a clear outcome (the text, or the exact
refusal) and bounded work: a structural cap, or a count of the work done. The cases whose risk is
memory are read in a child process under a 1.5 GB address-space limit, so that a regression fails
the test (MemoryError) instead of eating the machine; the child's ``timeout`` is a hang guard only.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from pipeline.ingest import IngestError
from pipeline.ingest import docx as docx_reader
from pipeline.ingest import html as html_reader
from pipeline.ingest.ocr import MAX_RENDER_PIXELS, render_dpi

from conftest import GENERATED, ROOT

ADDRESS_SPACE = 1536 * 1024 * 1024
HANG_GUARD_SECONDS = 120
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _in_child(code: str) -> dict:
    """Run ``code`` (which sets ``result``) in a fresh interpreter under the memory limit; its
    ``result``, or ``{"error": reason}`` for an IngestError, as JSON."""
    script = "import json\nfrom pipeline.ingest import IngestError\ntry:\n" + textwrap.indent(
        textwrap.dedent(code), "    ") + "\nexcept IngestError as exc:\n    result = {'error': exc.reason}\n" \
        "print(json.dumps(result))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=_limited,
                          timeout=HANG_GUARD_SECONDS)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def _docx(tmp_path: Path, body: str, numbering: str | None = None, name: str = "hostile.docx") -> Path:
    """A copy of a generated DOCX with its body (and its numbering.xml) replaced."""
    source = GENERATED / "d01.docx"
    path = tmp_path / name
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                head = data.decode("utf-8").split("<w:body>")[0]
                data = f"{head}<w:body>{body}</w:body></w:document>".encode()
            elif info.filename == "word/numbering.xml" and numbering is not None:
                data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>').encode()
            zout.writestr(info.filename, data)
    return path


def _p(text: str, num_id: str | None = None) -> str:
    numbered = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>' if num_id else ""
    return f"<w:p>{numbered}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _roman_list(start: str) -> str:
    return (f'<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            f'<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>')


# --- DOCX -----------------------------------------------------------------------------------------

def test_roman_numerals_end_at_3999():
    assert docx_reader._roman(3999) == "MMMCMXCIX"
    assert docx_reader._roman(14) == "XIV"
    assert docx_reader._roman(4000) == "4000"  # no Roman numeral: the number itself
    assert docx_reader._roman(10**15) == "1000000000000000"


def test_roman_list_starting_at_ten_to_the_fifteen(tmp_path):
    # The label loop once ran 10^12 times, building a string of 10^12 "M"s.
    path = _docx(tmp_path, _p("Mục tiêu", "3") + _p("Nhiệm vụ", "3") + _p("Lời kết"),
                 numbering=_roman_list(str(10**15)))
    result = _in_child(f"""
        from pipeline.ingest import read
        result = {{'text': read({str(path)!r}).text}}
    """)
    assert result == {"text": "1000000000000000. Mục tiêu\n1000000000000001. Nhiệm vụ\nLời kết"}


def test_list_numbers_that_are_not_numbers(tmp_path):
    # A start of 5,000 digits (past int()'s limit), a level of 99 and a start that is not a
    # number: read as the defaults (start 1, level 0..8), not a ValueError or an IndexError. (The
    # first list's level is read as level 8, whose "%1." names level 0, undefined: decimal.)
    numbering = (_roman_list("9" * 5000).replace('w:ilvl="0"', 'w:ilvl="99"')
                 + _roman_list("x").replace('w:numId="3"', 'w:numId="4"').replace('"7"', '"8"'))
    body = (_p("Một", "3").replace('w:ilvl w:val="0"', 'w:ilvl w:val="99"') + _p("Hai", "4"))
    path = _docx(tmp_path, body, numbering=numbering)
    from pipeline.ingest import read
    assert read(path).text == "1. Một\nI. Hai"


def test_grid_span_is_capped_at_the_grid_width(tmp_path):
    # A 38 KB file whose gridSpan of 10^8 once made 10^8 empty cells (7.7 GB).
    row = "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>"
    table = ('<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/>'
             '</w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>'
             f'{_p("Nội dung")}</w:tc><w:tc>{_p("Thời gian")}</w:tc></w:tr>'
             + row.format(_p("Rà soát"), _p("Quý I")) + "</w:tbl>")
    path = _docx(tmp_path, _p("Kế hoạch") + table)
    result = _in_child(f"""
        from pipeline.ingest import read
        result = {{'text': read({str(path)!r}).text}}
    """)
    # The spanning cell keeps room for the row's other cell: 3 grid columns in all.
    assert result == {"text": "Kế hoạch\nNội dung |  | Thời gian\nRà soát | Quý I\n"}


def test_grid_span_without_a_grid_is_capped_at_64(tmp_path):
    import docx as python_docx
    table = (f'<w:tbl xmlns:w="{W_NS}"><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>'
             f'{_p("A")}</w:tc></w:tr></w:tbl>')
    element = python_docx.oxml.parse_xml(table)
    rows = docx_reader._table_rows(element, docx_reader.Numbering(None), {})
    assert rows == [["A"] + [""] * (docx_reader.MAX_COLUMNS - 1)]


@pytest.mark.slow
def test_document_xml_too_large_when_unpacked(tmp_path):
    # 60 MB of empty paragraphs, 60 KB zipped: refused from the zip's own size record, unread.
    path = _docx(tmp_path, "<w:p/>" * 10_000_000)
    size = zipfile.ZipFile(path).getinfo("word/document.xml").file_size
    assert os.path.getsize(path) < 1_000_000 < 50_000_000 < size
    result = _in_child(f"""
        from pipeline.ingest import read
        read({str(path)!r})
        result = {{}}
    """)
    assert result == {"error": f"too large when unpacked: word/document.xml is {size} bytes (limit 52428800)"}


def test_the_corpus_docx_tables_fit_the_column_cap():
    # MAX_COLUMNS is well above any real table's grid.
    widest = 0
    for path in sorted((ROOT / "corpus").rglob("*.docx")):
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        for grid in xml.split("<w:tblGrid>")[1:]:
            widest = max(widest, grid.split("</w:tblGrid>")[0].count("<w:gridCol"))
    assert 0 < widest <= docx_reader.MAX_COLUMNS // 2


def test_other_xml_parts_too_large_when_unpacked(tmp_path):
    # python-docx parses styles.xml whole: past MAX_XML_PART it is refused, unread.
    path = _docx(tmp_path, _p("Kế hoạch"))
    big = tmp_path / "styles.docx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", b"<w:style/>" * 1_100_000 + b"</w:styles>")
            zout.writestr(info.filename, data)
    size = zipfile.ZipFile(big).getinfo("word/styles.xml").file_size
    from pipeline.ingest import read
    with pytest.raises(IngestError) as err:
        read(big)
    assert err.value.reason == f"too large when unpacked: word/styles.xml is {size} bytes (limit 10485760)"


@pytest.mark.slow
def test_document_body_is_read_as_a_stream(tmp_path):
    # 190 MB of empty paragraphs in a 328 KB file once took 8.5 GB as one tree. Under the size
    # limit, the body is streamed: the paragraphs already read are freed (only those of the
    # parser's current chunk are alive), and the text is what it was.
    n = 30_000
    path = _docx(tmp_path, _p("Kế hoạch") + "<w:p/>" * n + _p("Hết"))
    alive = 0
    for element in docx_reader._body(path, "word/document.xml"):
        alive = max(alive, len(element.getparent()))
    assert alive < n // 4  # (~5,500: a 32 KB chunk of "<w:p/>")
    from pipeline.ingest import read
    assert read(path).text == "Kế hoạch" + "\n" * (n + 1) + "Hết"


@pytest.mark.slow
def test_two_million_empty_paragraphs_cost_memory_of_their_text(tmp_path):
    # 12 MB of XML: the whole tree took 270 MB more; the stream, ~30 MB (2 million newlines).
    path = _docx(tmp_path, _p("Kế hoạch") + "<w:p/>" * 2_000_000 + _p("Hết"))
    result = _in_child(f"""
        import resource
        from pipeline.ingest import read
        import docx, lxml.etree
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        text = read({str(path)!r}).text
        growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        result = {{'chars': len(text), 'growth_mb': growth // 1024}}
    """)
    assert result["chars"] == 2_000_012 and result["growth_mb"] < 100


# --- HTML -----------------------------------------------------------------------------------------

def _recursive_html_to_text(markup: str) -> str:
    """The recursive reader the iterative one replaces, for a differential test on flat tables."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(html_reader._DROP):
        tag.decompose()
    lines: list[str] = []
    current: list[str] = []

    def flush():
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ not in ("Comment", "Doctype"):
                    current.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "tr":
                    flush()
                    cells = [" ".join(c.get_text(" ").split()) for c in child.find_all(["td", "th"])]
                    if any(cells):
                        lines.append(" | ".join(c for c in cells if c))
                    continue
                if child.name in html_reader._BLOCKS:
                    flush()
                walk(child)
                if child.name in html_reader._BLOCKS:
                    flush()
    walk(soup.body or soup)
    flush()
    return "\n".join(lines)


@pytest.mark.parametrize("markup", [
    "<html><body><h1>KẾ HOẠCH</h1><p>Thực hiện <b>cải cách</b> hành chính<br>năm 2026</p>"
    "<script>x()</script><ul><li>Một</li><li>Hai <!-- note --> ba</li></ul></body></html>",
    "<table><tr><th>TT</th><th>Nội dung</th></tr><tr><td>1</td><td><p>Rà soát</p><p>thủ tục</p></td></tr>"
    "<tr><td></td><td> </td></tr><tr>loose <td>a<!-- c -->b</td></tr></table><div>Sau bảng</div>",
    "texte nu <span>en ligne</span><div>bloc<div>imbriqué</div>fin</div><td>cellule seule</td>",
])
def test_html_reads_as_the_recursive_reader_did(markup):
    assert html_reader.html_to_text(markup) == _recursive_html_to_text(markup)


def test_html_nested_a_thousand_deep():
    # The recursive walk raised RecursionError at ~1,000 levels; beyond MAX_DEPTH, blocks are flat.
    deep = "<div>" * 1000 + "<p>Mục tiêu</p><p>chung</p>" + "</div>" * 1000
    shallow = "<div>" * 10 + "<p>Mục tiêu</p><p>chung</p>" + "</div>" * 10
    assert html_reader.html_to_text(shallow) == "Mục tiêu\nchung"
    assert html_reader.html_to_text(deep) == "Mục tiêu chung"


def test_html_twenty_thousand_nested_tables(monkeypatch):
    # Each row once asked for all its nested cells' text again: quadratic, never ending at 20,000
    # (5,000 here). A row's cells are its outermost ones; every string is looked at once.
    looked = []
    wanted = html_reader._wanted
    monkeypatch.setattr(html_reader, "_wanted", lambda types, s: looked.append(1) or wanted(types, s))
    n = 5_000
    markup = "".join(f"<table><tr><td>c{i}" for i in range(n)) + "</td></tr></table>" * n
    text = html_reader.html_to_text(markup)
    assert len(looked) <= n
    assert text.startswith("c0 c1 c2 ") and text.count("|") == 0


# --- PDF ------------------------------------------------------------------------------------------

def _ruled_pdf(path: Path, lines: int, step: float) -> Path:
    """A one-page PDF: a grid of ``lines`` × ``lines`` rules ``step`` points apart, and some text."""
    from reportlab.pdfgen import canvas
    side = lines * step + 72
    c = canvas.Canvas(str(path), pagesize=(side, side))
    c.setLineWidth(0.5)
    end = 36 + (lines - 1) * step
    for k in range(lines):
        at = 36 + k * step
        c.line(at, 36, at, end)
        c.line(36, at, end, at)
    c.setFont("Helvetica", 10)
    c.drawString(40, side - 20, "Ke hoach thuc hien cai cach hanh chinh nam 2026")
    if step >= 30:  # room for a word in each cell
        for row in range(lines - 1):
            for col in range(lines - 1):
                c.drawString(40 + col * step, end - row * step - 14, f"o{row}{col}")
    c.save()
    return path


@pytest.mark.slow
def test_pdf_dense_ruled_grid_is_read_without_table_structure(tmp_path):
    # 4,000 × 4,000 rules once made 16 million cells (3.2 GB): past MAX_RULES the rules are ignored.
    path = _ruled_pdf(tmp_path / "grid.pdf", 4000, 3.0)
    result = _in_child(f"""
        from pathlib import Path
        from pipeline.ingest import pdf, read
        pages = pdf._pages(Path({str(path)!r}))
        result = {{'rules': [len(p.rules) for p in pages], 'text': read({str(path)!r}).text}}
    """)
    assert result == {"rules": [0], "text": "Ke hoach thuc hien cai cach hanh chinh nam 2026"}


def test_pdf_grid_with_too_many_crossings_is_no_table(tmp_path):
    from pipeline.ingest import pdf
    # 600 × 600 rules: under MAX_RULES, but 360,000 crossings to test, past MAX_RULE_CROSSINGS.
    page = pdf._pages(_ruled_pdf(tmp_path / "grid.pdf", 600, 3.0))[0]
    assert len(page.rules) == 1200 <= pdf.MAX_RULES
    assert pdf._tables(page) == []
    # And a real-sized grid still reads as a table.
    small = pdf._pages(_ruled_pdf(tmp_path / "small.pdf", 4, 40.0))[0]
    assert [rows for _, rows in pdf._tables(small)] == [[["o00", "o01", "o02"], ["o10", "o11", "o12"],
                                                         ["o20", "o21", "o22"]]]


# --- OCR rendering --------------------------------------------------------------------------------

def test_render_resolution_is_capped_by_pixels():
    a4 = (595.0, 842.0)
    assert render_dpi(*a4, 300) == 300  # an ordinary page keeps its scan's resolution
    inches = 200 * 72.0
    dpi = render_dpi(inches, inches, 200)
    pixels = (200 * dpi) ** 2
    assert MAX_RENDER_PIXELS * 0.99 < pixels <= MAX_RENDER_PIXELS
    assert render_dpi(1e6, 1e6, 300) * 1e6 / 72 < 7000  # 14 km of page: still ~40 megapixels


@pytest.mark.slow
def test_two_hundred_inch_scan_is_rendered_within_the_pixel_cap(tmp_path):
    # A 200 × 200-inch page with one image once took 3.1 GB to render for OCR. Tesseract is
    # replaced by a stub that keeps the PNG it is given.
    from PIL import Image
    from reportlab.pdfgen import canvas
    image = tmp_path / "scan.png"
    Image.new("L", (100, 100), 255).save(image)
    path = tmp_path / "big.pdf"
    c = canvas.Canvas(str(path), pagesize=(200 * 72, 200 * 72))
    c.drawImage(str(image), 0, 0, 200 * 72, 200 * 72)
    c.save()
    result = _in_child(f"""
        import io
        from PIL import Image
        from pipeline.ingest import ocr
        from pipeline.ingest.pdf import open_pdf
        seen = []
        def tool(source, command, what, timeout, *, input=None, env=None):
            seen.append(Image.open(io.BytesIO(input)).size)
            return b""
        ocr.run_tool = tool
        ocr._tesseract = lambda source: "tesseract"
        pages = ocr.ocr_pdf_pages(open_pdf({str(path)!r}), [0], "big.pdf")
        result = {{'size': seen[0], 'dpi': pages[0].dpi}}
    """)
    width, height = result["size"]
    assert width * height <= MAX_RENDER_PIXELS * 1.001
    assert result["dpi"] == 32  # 300 dpi (no image resolution known) scaled down to fit
