"""Readers on real files and on bad input: the error names the file and the reason."""
import codecs
import shutil
import zipfile

import pytest

import pipeline
from pipeline.api import extract
from pipeline.ingest import IngestError, read

from conftest import GENERATED, LEGACY, REAL, SEED_000, SEED_003


def _cp1258_form(text: str) -> str:
    """Windows-1258 spells Vietnamese as base letters (â, ê, ơ, ư, ă, đ) + combining tone marks."""
    import unicodedata
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tone)
    return "".join(out)


def test_txt_encodings_give_the_same_text(tmp_path):
    text = SEED_000.read_text(encoding="utf-8")
    variants = {
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "cp1258.txt": _cp1258_form(text).replace("–", "-").encode("cp1258"),
        "decomposed.txt": __import__("unicodedata").normalize("NFD", text).encode("utf-8"),
    }
    expected = pipeline.extract(SEED_000).text
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        got = pipeline.extract(path).text
        if name == "cp1258.txt":  # cp1258 has no en dash: the file was written with "-"
            assert got == expected.replace("–", "-"), name
        else:
            assert got == expected, name
    assert read(tmp_path / "utf16.txt").encoding == "utf-16"
    assert read(tmp_path / "cp1258.txt").encoding in ("cp1258", "windows_1258", "windows-1258")


def test_html_page_body_found_like_its_text(tmp_path):
    text = SEED_003.read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    html = ("<html><head><title>LĐLĐ Bắc Kạn</title><script>var x=1;</script></head><body>"
            "<nav><ul><li><a href='/'>Trang chủ</a></li><li>Menu</li></ul></nav>"
            f"<article>{paragraphs}</article><footer>Bản quyền</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    from_html = pipeline.extract(path)
    from_text = pipeline.extract(SEED_003)
    assert from_html.document.format == "html"
    assert [(d.value, d.until) for d in from_html.dates] == [(d.value, d.until) for d in from_text.dates]
    assert {r.code for r in from_html.references} == {r.code for r in from_text.references}


def test_pdf_page_numbers_dropped_and_pages_kept(extracted):
    doc = extracted(GENERATED / "002_e859b3787dc53850.pdf")
    assert doc.document.pages == 5
    assert "\n2\n" not in doc.text and "\n3\n" not in doc.text
    pages = {s.page for s in doc.sections if s.kind == "section"}
    assert min(pages) == 1 and max(pages) >= 3


def test_pdf_header_columns_in_reading_order():
    raw = read(REAL / "01_KH-related_TTr-124-SNV-LamDong_ke-hoach-thi-dua-CCHC-2026.pdf")
    head = raw.text.split("\n")[:7]
    assert head[:3] == ["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ", "Số: /TTr-SNV"]
    assert head[4:7] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Lâm Đồng, ngày tháng 02 năm 2026"]


def test_pdf_body_table_rows(tmp_path):
    import scripts_fonts
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    font = scripts_fonts.register()
    rows = [["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["Tuyên truyền Nghị quyết", "Ban Tuyên giáo", "Văn phòng", "Quý I năm 2024"]]
    path = tmp_path / "table.pdf"
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), font, 10)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    text = read(path).text
    assert "Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian" in text
    assert "Tuyên truyền Nghị quyết | Ban Tuyên giáo | Văn phòng | Quý I năm 2024" in text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "empty document"),
    ("binary.txt", bytes(range(256)) * 20, "not a text document"),
    ("truncated.pdf", None, "corrupt or truncated PDF"),
    ("corrupt.docx", b"PK\x03\x04 this is not a zip archive", "corrupt DOCX"),
])
def test_bad_inputs_give_a_clear_error(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is None:
        content = (REAL / "03_QD-2319-QD-TTg_signed.pdf").read_bytes()[:3000]
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read(path)
    assert reason in err.value.reason and str(path) in str(err.value)


def test_scanned_pdf_without_tesseract_names_the_tool(monkeypatch):
    from pipeline.ingest import ocr
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(IngestError) as err:
        read(LEGACY / "10_KH-753-KH-DCT_TruongDHCongThuongHCM_scan.pdf")
    assert "no text layer" in err.value.reason and "tesseract-ocr-vie" in err.value.reason


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract (setup.sh installs it)")
def test_broken_ocr_layer_is_read_again_through_the_layout_rules():
    # Sample 11: a scan whose text layer lost every diacritic; its pages are OCR'd and the words go
    # through the same header-column rules as a text layer's.
    doc = extract(LEGACY / "11_QD-1716-QD-UBND-LamDong_scan-bad-OCR-layer.pdf").to_dict()["document"]
    assert doc["ocr"] is True and 0.9 <= doc["ocr_confidence"] <= 1.0
    assert doc["doc_type"] == "QUYẾT ĐỊNH" and doc["place"] == "Lâm Đồng"
    assert doc["title"].startswith("Về việc thành lập Hội đồng")
    assert doc["title"].endswith("đánh giá Chỉ số cải cách hành chính tỉnh Lâm Đồng")
    # The reader ran OCR, so the layout reads the text as OCR'd though its letters alone do not
    # tell (one eth): the symbol of the number line whose handwritten number OCR garbled, "Z6".
    assert (doc["number"], doc["symbol"]) == (None, "QĐÐ-UBND")


def test_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "xin chào")
    with pytest.raises(IngestError) as err:
        read(path)
    assert "not a Word document" in err.value.reason


@pytest.mark.skipif(shutil.which("antiword") is None and shutil.which("catdoc") is None,
                    reason="needs antiword (setup.sh installs it)")
def test_word97_doc_is_read():  # Word 97 .doc files: tests/test_legacy.py
    doc = read(LEGACY / "21_KH-KMT-2026-UBND-LamDong.doc")
    assert doc.format == "doc" and doc.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n")


@pytest.mark.parametrize("tool", ["antiword", "catdoc"])
def test_a_doc_named_like_an_option_is_read_as_a_file(tmp_path, monkeypatch, tool):
    """"-x.doc" given as is (a relative name) reaches the tool after "--", not as an option."""
    from pipeline.ingest import doc as doc_reader
    if shutil.which(tool) is None:
        pytest.skip(f"needs {tool} (setup.sh installs it)")
    monkeypatch.setattr(doc_reader, "TOOLS", tuple(t for t in doc_reader.TOOLS if t[0] == tool))
    shutil.copy(LEGACY / "21_KH-KMT-2026-UBND-LamDong.doc", tmp_path / "-x.doc")
    monkeypatch.chdir(tmp_path)
    doc = read("-x.doc")
    assert doc.format == "doc" and doc.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n")


def test_running_heads_dropped(tmp_path):
    from pipeline.ingest.pdf import _drop_running_heads
    pages = ["KẾ HOẠCH\nI. MỤC ĐÍCH", "Kế hoạch số 12/KH-LĐLĐ\nnội dung trang hai", "Kế hoạch số 12/KH-LĐLĐ\ntrang ba",
             "Kế hoạch số 12/KH-LĐLĐ\ntrang bốn"]
    assert _drop_running_heads(pages) == ["KẾ HOẠCH\nI. MỤC ĐÍCH", "nội dung trang hai", "trang ba", "trang bốn"]
