"""OCR of scans: which pages need it, and what Tesseract reads on the legacy samples.

The OCR tests read only the pages they need (about 1–2 s a page at 200 dpi on one core; two pages
at a time on two cores).
"""
import shutil
import subprocess
import unicodedata

import pytest
from rapidfuzz import fuzz

from pipeline.ingest import IngestError, ocr
from pipeline.ingest.ocr import (
    BROKEN_TEXT_LAYER,
    NO_TEXT_LAYER,
    diacritic_share,
    ocr_pdf_pages,
    page_needs_ocr,
    restore_heading_marks,
)
from pipeline.ingest.pdf import open_pdf, text_layers

from conftest import GENERATED, LEGACY, REAL

SCAN_09 = LEGACY / "09_TTr-91-CAT-PC04_kem-du-thao-KH-UBND-LamDong_scan.pdf"
PLAN_21 = LEGACY / "21_KH-KMT-2026-UBND-LamDong.doc"
BROKEN_11 = LEGACY / "11_QD-1716-QD-UBND-LamDong_scan-bad-OCR-layer.pdf"


def _ocr(path, indexes):
    """``ocr_pdf_pages`` on a PDF opened (and closed) as the PDF reader does."""
    pdf = open_pdf(path)
    try:
        return ocr_pdf_pages(pdf, indexes, str(path))
    finally:
        pdf.close()

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None or "vie" not in subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split(),
    reason="needs tesseract with the Vietnamese model (setup.sh installs it)")


def _normalised(text: str) -> str:
    """NFC, table rules of antiword's output dropped, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).replace("|", " ").split())


def _pages_needing_ocr(path) -> list[str | None]:
    return [layer.ocr_reason for layer in text_layers(path)]


def test_rule_on_made_up_pages():
    stamp = "SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; 03/02/2026; 15:40:13; +07:00"
    body = ("Thực hiện Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ ban hành kế hoạch triển "
            "khai Nghị quyết số 163/2024/QH15 của Quốc hội phê duyệt chủ trương đầu tư Chương trình "
            "mục tiêu quốc gia phòng, chống ma túy đến năm 2030. ") * 3
    unmarked = "".join(ch for ch in unicodedata.normalize("NFD", body) if not unicodedata.combining(ch))
    unmarked = unmarked.replace("đ", "d").replace("Đ", "D")
    assert page_needs_ocr("", 1.0) == NO_TEXT_LAYER
    assert page_needs_ocr(stamp, 1.0) == NO_TEXT_LAYER
    assert page_needs_ocr(body, 1.0) is None
    assert page_needs_ocr(unmarked, 1.0) == BROKEN_TEXT_LAYER
    assert page_needs_ocr(unmarked, True) == BROKEN_TEXT_LAYER
    # Not a scan: nothing to OCR, whatever the text layer holds (a blank page, a TCVN3 font).
    assert page_needs_ocr("", 0.0) is None
    assert page_needs_ocr(unmarked, 0.03) is None


def test_text_pdfs_are_not_flagged():
    paths = sorted(REAL.glob("0[1-6]_*.pdf")) + sorted(GENERATED.glob("*.pdf"))
    assert len(paths) >= 6
    for path in paths:
        assert set(_pages_needing_ocr(path)) == {None}, path.name
    # TCVN3-font PDFs read as Latin-1 have few Vietnamese marks (0.16–0.34 of syllables) but no
    # scan image: they are left to legacy-encoding repair.
    for name in ("20_TT-01-2006-TT-NHNN_tcvn3-font.pdf", "22_QD-115-2004-QD-TTg_tcvn3-font.pdf"):
        assert set(_pages_needing_ocr(LEGACY / name)) == {None}, name


def test_scans_are_flagged():
    for name in ("07_KH-996-KH-TCTLNTW-C04_BoCongAn_scan.pdf",
                 "08_KH-589-KH-BCA-C04_BoCongAn_scan-saoy-signed.pdf",
                 "10_KH-753-KH-DCT_TruongDHCongThuongHCM_scan.pdf"):
        assert set(_pages_needing_ocr(LEGACY / name)) == {NO_TEXT_LAYER}, name
    # Page 1 of 09 carries the text of its digital-signature stamp, and is still a scan.
    assert _pages_needing_ocr(SCAN_09) == [NO_TEXT_LAYER] * 15
    assert _pages_needing_ocr(BROKEN_11) == [BROKEN_TEXT_LAYER] * 2


def test_broken_layer_of_11_measures_no_marks():
    for layer in text_layers(BROKEN_11):
        syllables, share = diacritic_share(layer.text)
        assert syllables > 400 and share < 0.01
        assert layer.image_share == pytest.approx(1.0, abs=0.01)


def test_heading_marks_restored():
    assert restore_heading_marks("QUYÉT ĐỊNH") == "QUYẾT ĐỊNH"
    assert restore_heading_marks("  QUYÉT ĐỊNH:") == "  QUYẾT ĐỊNH:"
    assert restore_heading_marks("KÉẺ HOẠCH\nVề việc") == "KẾ HOẠCH\nVề việc"
    assert restore_heading_marks("THONG TU") == "THÔNG TƯ"
    # A short header needs the same letters: "DU AN" is "DỰ ÁN", not "ĐỀ ÁN" one edit away.
    assert restore_heading_marks("DU AN") == "DỰ ÁN"
    # Only whole capitals lines that are a document type.
    for line in ("Quyét định số 12", "QUYÉT ĐỊNH SỐ 12"):
        assert restore_heading_marks(line) == line
    # Header phrases of capitals lines (bodies, places: issuers.tsv, provinces.tsv) are respelt,
    # and the place of the place-date line, with the comma OCR reads as a full stop.
    assert restore_heading_marks("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐÒNG") == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert restore_heading_marks("ỦY BAN NHÂN DÂN\nTÍNH LÂM ĐÔNG") == "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG"
    assert restore_heading_marks("Lâm Đông. ngày 16 tháng 10 năm 2025") == "Lâm Đồng, ngày 16 tháng 10 năm 2025"
    assert restore_heading_marks("Lâm Đông là tỉnh") == "Lâm Đông là tỉnh"  # not a place-date line


@pytest.mark.slow
@needs_tesseract
@pytest.mark.skipif(shutil.which("antiword") is None, reason="needs antiword")
def test_plan_pages_of_09_read_as_the_word_original():
    """Pages 2–15 of the scan are the draft plan that 21 holds as a Word file (page 1 is the cover
    letter). The two versions differ in places (pages 6 and 8–15 were reworded), so pages 2–4 are
    compared, each with the passage of 21 between the page's first and last words."""
    plan = _normalised(subprocess.run(["antiword", "-m", "UTF-8.txt", str(PLAN_21)],
                                      capture_output=True, check=True).stdout.decode("utf-8"))

    def passage(first: str, last: str) -> str:
        start = plan.index(first)
        return plan[start:plan.index(last, start) + len(last)]

    expected = {
        1: passage("ỦY BAN NHÂN DÂN", "đến năm 2030 của Thủ"),
        2: passage("tướng Chính phủ; đồng thời", "tội phạm về ma túy trên địa"),
        3: passage("bàn nói chung và kế hoạch", "cán bộ cơ sở (Bí"),
    }
    pages = _ocr(SCAN_09, sorted(expected))
    assert [p.index for p in pages] == [1, 2, 3]
    for page in pages:
        assert page.dpi == 200  # the scan's own resolution
        assert fuzz.ratio(_normalised(page.text), expected[page.index]) / 100 >= 0.95, page.index
        assert page.confidence > 0.9
    read = " ".join(_normalised(p.text) for p in pages)
    assert fuzz.ratio(read, " ".join(expected.values())) / 100 >= 0.96
    assert "KẾ HOẠCH" in pages[0].text.split("\n")


@pytest.mark.slow
@needs_tesseract
def test_ocr_of_11_has_the_diacritics_its_text_layer_lost():
    [page] = _ocr(BROKEN_11, [0])
    lines = page.text.split("\n")
    assert "QUYẾT ĐỊNH" in lines and "QUYẾT ĐỊNH:" in lines
    text = " ".join(page.text.split())
    for phrase in ("Về việc thành lập Hội đồng", "Chỉ số cải cách hành chính tỉnh Lâm Đồng",
                   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                   "Căn cứ Quyết định số 1234/QĐ-UBND ngày 08 tháng 9 năm 2025",
                   "Chủ tịch Hội đồng: Ông Đỗ Văn Chung - Giám đốc Sở Nội vụ.",
                   "Bà Bùi Thị Tuyết Mai - Phó Giám đốc Sở Tài chính;"):
        assert phrase in text, phrase
    assert diacritic_share(page.text)[1] > 0.8
    assert page_needs_ocr(page.text, 1.0) is None
    assert page.confidence > 0.9


def test_missing_tesseract_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(IngestError) as error:
        _ocr(BROKEN_11, [0])
    assert error.value.source == str(BROKEN_11)
    assert "needs Tesseract OCR with the Vietnamese model" in error.value.reason
    assert "tesseract-ocr-vie" in error.value.reason


def test_missing_vietnamese_model_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name, *a, **k: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr, "_languages", lambda tesseract, tessdata: frozenset({"eng", "osd"}))
    with pytest.raises(IngestError) as error:
        _ocr(BROKEN_11, [0])
    assert "tesseract-ocr-vie" in error.value.reason and "no 'vie' model" in error.value.reason


def test_no_pages_asked_reads_nothing():
    assert _ocr(BROKEN_11, []) == []


@pytest.mark.slow
@needs_tesseract
def test_truncated_pdf_is_a_clear_error(tmp_path):
    truncated = tmp_path / "scan.pdf"
    truncated.write_bytes(BROKEN_11.read_bytes()[:3000])
    with pytest.raises(IngestError, match="corrupt or truncated PDF"):
        _ocr(truncated, [0])


@pytest.mark.slow
@needs_tesseract
@pytest.mark.skipif(shutil.which("antiword") is None, reason="needs antiword")
def test_scanned_draft_plan_in_09_has_the_header_of_21():
    """Sample 09 is a cover letter (page 1) with the draft plan scanned after it; the plan's
    header, read by OCR through the PDF reader's layout rules, gives the same fields as the Word
    file 21 of the same plan (21 is a later version: it has a month and a signer)."""
    from pipeline.api import extract, extract_raw
    from pipeline.ingest import read
    raw = read(SCAN_09)
    assert raw.ocr and raw.ocr_pages == list(range(1, 16)) and raw.ocr_confidence >= 0.9
    letter = extract_raw(raw).to_dict()["document"]  # the file itself: the cover letter
    assert (letter["doc_type"], letter["issuer"], letter["parent_issuer"].rstrip(" _")) == (
        "TỜ TRÌNH", "CÔNG AN TỈNH LÂM ĐỒNG", "BỘ CÔNG AN")
    assert letter["title"].startswith("về việc ban hành kế hoạch tăng cường công tác đấu tranh")
    plan = extract(text=raw.text[raw.page_starts[1]:]).to_dict()["document"]
    word = extract(PLAN_21).to_dict()["document"]
    for field in ("doc_type", "number", "symbol", "issuer", "place", "title"):
        assert plan[field] == word[field], field
    assert plan["issuer"] == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert plan["issued_date"] == "2026" and word["issued_date"].startswith("2026")
