"""OCR of scanned PDF pages (Tesseract, Vietnamese model), and the rule for which pages need it.

A page needs OCR when it is a scan (images cover most of it) and its text layer is unusable:
missing or near-empty (only a signature stamp's text), or a broken OCR layer that lost the
Vietnamese diacritics ("ceNG no.r, xA Her cHU Ncni.l vIDT NAM" in corpus/legacy sample 11). Real
Vietnamese has a mark (tone, circumflex, breve, horn, or đ) on most syllables: 0.81–0.96 of them on
the pages of the corpus/real and corpus/generated PDFs, 0.00 on sample 11's two pages.

Pages are rendered with pypdfium2 at the scan's own resolution and read by the ``tesseract`` command
(``-l vie``), one process per page, as many at a time as there are cores. Tesseract's own OpenMP
threading is switched off (``OMP_THREAD_LIMIT=1``): on this two-core machine it made a page take
about 8 s instead of 2 s, and separate processes use the cores better.

The PDF reader calls, per page, ``page_needs_ocr(page_text, image_share)`` and then
``ocr_pdf_pages(pdf, indexes, source)`` for the pages that got a reason; the OCR'd words (with boxes) go
through the reader's own layout rules, so a scanned header reads column by column as a text one.
"""
from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from ..text import strip_marks
from ..vocab import cue_phrases, doc_types, issuer_words
from .base import IngestError, run_tool

__all__ = ["OcrPage", "diacritic_share", "page_needs_ocr", "ocr_pdf_pages",
           "restore_heading_marks", "NO_TEXT_LAYER", "BROKEN_TEXT_LAYER"]

NO_TEXT_LAYER = "no text layer"
BROKEN_TEXT_LAYER = "broken text layer"

# A page is a scan when images cover at least this share of it. Text PDFs carry at most a logo or
# a signature image (0.02–0.04 of the page in corpus/real 03 and 04); scans are one full-page image.
SCAN_IMAGE_SHARE = 0.5
# Fewer letters than this in a scan's text layer is no text layer: a digital-signature stamp
# ("SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; 03/02/2026; ...", about 25 letters) is all that is there, where a
# page of text has 1500–3000 letters.
MIN_TEXT_LETTERS = 200
# Below this share of syllables carrying a Vietnamese mark, a scan's text layer is a broken OCR
# layer. Text PDF pages measure 0.81–0.96, 100-syllable windows of the text corpora 0.60 at the
# lowest (web pages listing file names), sample 11's broken layer 0.00.
MIN_DIACRITIC_SHARE = 0.5

# The marks that make Vietnamese letters (decomposed): grave, acute, tilde, hook above, dot below
# (the tones), circumflex, breve, horn. Diaeresis or cedilla — as in TCVN3 mojibake — do not count.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_SYLLABLE = regex.compile(r"\p{L}+")

OCR_LANGUAGE = "vie"
# Tesseract page segmentation mode 4, "a single column of text of variable sizes": on sample 09's
# plan pages it reads as well as modes 3 and 6 (0.979, 0.979, 0.980 similarity to the Word original
# at 200 dpi); like mode 6 it keeps the two columns of a header or signature row on one line and
# table rows in order (mode 3 moved a table column of sample 10's last page below the signature),
# and it leaves out most of the seal and signature scribbles that mode 6 turns into junk lines.
PAGE_SEGMENTATION_MODE = 4
# Pages are rendered at their scan's own resolution, kept within these bounds: upsampling a
# 200-dpi scan to 300 or 400 dpi read it slightly worse (sample 09: 0.980 → 0.975 → 0.973) and
# slower; a scan finer than 300 dpi gains nothing in confidence (sample 07: 0.940 at 200, 0.941 at 300).
MIN_DPI = 200
MAX_DPI = 300
# A rendered page has at most this many pixels (grayscale: as many bytes, then a PNG for Tesseract):
# an A4 page at 300 dpi is 8.7 megapixels, A3 17.4; a 200 × 200-inch page at 200 dpi would be 1.6
# gigapixels. A larger page is rendered at a lower resolution, down to what fits.
MAX_RENDER_PIXELS = 40_000_000
PAGE_TIMEOUT_SECONDS = 300
# Tesseract's Vietnamese model drops or swaps the stacked marks of capitals ("QUYÉT ĐỊNH", "KÉẺ
# HOẠCH" for "QUYẾT ĐỊNH", "KẾ HOẠCH" in samples 11 and 09), so a document-type line would not be
# recognised. A capitals line whose letters without marks are those of a header in doc_types.tsv —
# or, for headers of at least HEADING_MIN_LETTERS_FOR_EDIT letters, one edit away from exactly one
# of them — is given that header's spelling.
HEADING_MIN_LETTERS_FOR_EDIT = 7

MISSING_TESSERACT = ("needs Tesseract OCR with the Vietnamese model "
                     "(Debian packages tesseract-ocr, tesseract-ocr-vie)")

# pdfium is not thread-safe: pages are rendered one at a time, OCR runs in parallel.
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class OcrPage:
    """One page read by OCR."""

    index: int  # 0-based page index in the PDF
    text: str  # NFC; one line per OCR line, a blank line between paragraphs; headings restored
    confidence: float  # Tesseract's mean word confidence, 0–1 (0.0 for a page without words)
    dpi: int  # the resolution the page was rendered at
    # The words with their boxes in PDF points, top-down (text, x0, x1, top, bottom, size), for the
    # PDF reader's layout rules (header columns, paragraphs); the page's size in points.
    words: tuple = ()
    width: float = 0.0
    height: float = 0.0


def diacritic_share(text: str) -> tuple[int, float]:
    """The number of syllables (letter runs) in ``text`` and the share of them carrying a
    Vietnamese mark (a tone, circumflex, breve, horn, or đ)."""
    syllables = _SYLLABLE.findall(text)
    if not syllables:
        return 0, 0.0
    marked = 0
    for syllable in syllables:
        decomposed = unicodedata.normalize("NFD", syllable.lower())
        if "đ" in decomposed or any(ch in _VIETNAMESE_MARKS for ch in decomposed):
            marked += 1
    return len(syllables), marked / len(syllables)


def page_needs_ocr(text: str, image_area: float) -> str | None:
    """Why a page must be read by OCR — :data:`NO_TEXT_LAYER` or :data:`BROKEN_TEXT_LAYER` — or
    None when its text layer is usable.

    ``text`` is the page's extracted text, ``image_area`` the share of the page covered by images
    (the PDF reader measures it; ``True``/``False`` work as 1/0). Only scans are OCR'd: a page without a
    covering image has nothing to read, and low diacritics there (a TCVN3 font read as Latin-1)
    are for legacy-encoding repair, not OCR.
    """
    if image_area < SCAN_IMAGE_SHARE:
        return None
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_TEXT_LETTERS:
        return NO_TEXT_LAYER
    _, share = diacritic_share(text)
    if share < MIN_DIACRITIC_SHARE:
        return BROKEN_TEXT_LAYER
    return None


@functools.lru_cache(maxsize=8)
def _languages(tesseract: str, tessdata: str | None) -> frozenset[str]:
    """The language models ``tesseract`` has (``tessdata``: TESSDATA_PREFIX, part of the key)."""
    try:
        done = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    # The first line is 'List of available languages in "…" (N):'.
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def _tesseract(source: str) -> str:
    """The tesseract executable, after checking it has the Vietnamese model."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise IngestError(source, f"scanned PDF: reading it {MISSING_TESSERACT}")
    installed = _languages(tesseract, os.environ.get("TESSDATA_PREFIX"))
    if not set(OCR_LANGUAGE.split("+")) <= installed:
        raise IngestError(source, f"scanned PDF: reading it {MISSING_TESSERACT}; tesseract is "
                                  f"installed but has no '{OCR_LANGUAGE}' model")
    return tesseract


def _scan_dpi(page) -> int:
    """The resolution of the page's largest image, within [MIN_DPI, MAX_DPI] (MAX_DPI if none)."""
    import pypdfium2.raw as pdfium_c
    best, best_pixels = None, 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        try:
            width, height = obj.get_px_size()
            dpi = obj.get_metadata().horizontal_dpi
        except Exception:  # an image pdfium cannot describe: it does not decide the resolution
            continue
        if width * height > best_pixels and dpi > 0:
            best, best_pixels = dpi, width * height
    if best is None:
        return MAX_DPI
    return int(round(min(MAX_DPI, max(MIN_DPI, best))))


def render_dpi(width: float, height: float, dpi: float) -> float:
    """The resolution to render a page of ``width`` × ``height`` points at: ``dpi``, lowered so that
    the bitmap stays within MAX_RENDER_PIXELS (a page of any size costs at most ~40 MB to render,
    and Tesseract reads a scaled-down giant page rather than none)."""
    pixels = (max(width, 1.0) * dpi / 72) * (max(height, 1.0) * dpi / 72)
    if pixels <= MAX_RENDER_PIXELS:
        return dpi
    return dpi * (MAX_RENDER_PIXELS / pixels) ** 0.5


def _unmarked(text: str) -> str:
    """Letters without their marks (đ → d), words separated by one space."""
    return " ".join(strip_marks(text).split())


@functools.cache
def _headings() -> dict[str, str]:
    """Document-type header lines (doc_types.tsv) by their unmarked letters."""
    return {_unmarked(dt.header): dt.header for dt in doc_types()}


_DASH_BETWEEN_WORDS = regex.compile(r"\s*[-–—]\s*")


_CAPITALS_LINE = regex.compile(r"^(\s*)(\p{Lu}+(?:\s+\p{Lu}+)*)(\s*[:.]?\s*)$")


@functools.cache
def _header_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Capitals phrases of headers — issuing bodies and their place words (issuers.tsv), provinces
    (provinces.tsv), the national motto, its tagline's parts and the party's name in their standard
    spelling (layout_cues.json), the chairman's titles — keyed by their words without marks; a key
    that two spellings share is left out (it cannot be respelt safely). (Of the signer's titles of
    signature.json only these two: the others are read as Tesseract reads them.)"""
    orgs, places = issuer_words()
    layout = [cue_phrases(name)[0] for name in ("motto", "party")]
    layout += _DASH_BETWEEN_WORDS.split(cue_phrases("tagline")[0])
    phrases = list(orgs) + list(places) + list(_provinces().values()) + layout + ["CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    table: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(unicodedata.normalize("NFC", phrase.upper()).split())
        table.setdefault(tuple(_unmarked(w) for w in words), set()).add(words)
    return {k: next(iter(v)) for k, v in table.items() if len(v) == 1}


def _respell_header_words(line: str) -> str:
    """A capitals line with the header phrases it holds spelled right ("ỦY BAN NHÂN DÂN TÍNH LÂM
    ĐÔNG" → "… TỈNH LÂM ĐỒNG"): Tesseract's Vietnamese model often misreads marks on capitals."""
    table = _header_phrases()
    longest = max((len(k) for k in table), default=0)
    words = line.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(_unmarked(w) for w in words[i:i + n])
            if all(key) and key in table and all(w.isupper() for w in words[i:i + n]):
                out.extend(table[key])
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


_PLACE_DATE = regex.compile(r"^(\s*)(\p{Lu}[\p{L} ]{1,40}?)([,.]\s*ngày\b.*)$")


@functools.cache
def _provinces() -> dict[str, str]:
    from ..vocab import rows
    return {_unmarked(r[0]).lower(): r[0] for r in rows("provinces.tsv")[1:]}


def restore_heading_marks(text: str) -> str:
    """OCR text with its document-type lines ("QUYÉT ĐỊNH" → "QUYẾT ĐỊNH") spelled as the header
    in doc_types.tsv (see HEADING_MIN_LETTERS_FOR_EDIT), and the header phrases of its capitals
    lines (bodies, places) spelled as in issuers.tsv / provinces.tsv; all else is left as read."""
    headings = _headings()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        place = _PLACE_DATE.match(line)
        if place and _unmarked(place.group(2)).lower() in _provinces():
            # The place of the place-date line ("Lâm Đông, ngày" → "Lâm Đồng, ngày").
            # (and its comma, which OCR reads as a full stop).
            rest = place.group(3)
            lines[i] = place.group(1) + _provinces()[_unmarked(place.group(2)).lower()] + \
                ("," + rest[1:] if rest.startswith(".") else rest)
            continue
        match = _CAPITALS_LINE.match(line)
        if not match:
            continue
        lines[i] = line = _respell_header_words(line)
        match = _CAPITALS_LINE.match(line)
        base = _unmarked(match.group(2))
        heading = headings.get(base)
        if heading is None and len(base) >= HEADING_MIN_LETTERS_FOR_EDIT:
            near = [h for b, h in headings.items()
                    if len(b) >= HEADING_MIN_LETTERS_FOR_EDIT and Levenshtein.distance(base, b) <= 1]
            heading = near[0] if len(near) == 1 else None
        if heading is not None:
            lines[i] = match.group(1) + heading + match.group(3)
    return "\n".join(lines)


def _tsv_word_rows(tsv: str):
    """The word rows of Tesseract's TSV output, as their fields: level (5 = word), page, block,
    paragraph, line, word, left, top, width, height, confidence, text."""
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) == 12 and fields[0] == "5" and fields[11].strip():
            yield fields


def _tsv_text(tsv: str) -> tuple[str, float]:
    """Text and mean word confidence (0–1) from Tesseract's TSV output: words of a line joined by
    spaces, lines by newlines, paragraphs (and blocks) by a blank line."""
    out: list[str] = []
    confidences: list[float] = []
    line_key = paragraph_key = None
    for fields in _tsv_word_rows(tsv):
        paragraph, line = (fields[2], fields[3]), (fields[2], fields[3], fields[4])
        if line != line_key:
            if line_key is not None:
                out.append("\n\n" if paragraph != paragraph_key else "\n")
            line_key, paragraph_key = line, paragraph
        else:
            out.append(" ")
        out.append(fields[11].strip())
        confidence = float(fields[10])
        if confidence >= 0:
            confidences.append(confidence / 100)
    text = unicodedata.normalize("NFC", "".join(out))
    return text, (sum(confidences) / len(confidences) if confidences else 0.0)


def _tsv_words(tsv: str, dpi: float) -> tuple[dict, ...]:
    """Tesseract's words (TSV level 5) with their boxes converted from pixels to PDF points."""
    scale = 72.0 / dpi
    words = []
    for fields in _tsv_word_rows(tsv):
        left, top, width, height = (int(v) * scale for v in fields[6:10])
        words.append({"text": unicodedata.normalize("NFC", fields[11].strip()), "x0": left,
                      "x1": left + width, "top": top, "bottom": top + height, "size": max(1.0, height)})
    return tuple(words)


def ocr_pdf_pages(pdf, page_indexes: list[int], source: str, dpi: int | None = None,
                  workers: int | None = None) -> list[OcrPage]:
    """OCR the given pages (0-based indexes) of an open PDF (a pypdfium2 ``PdfDocument``, which
    the caller opens and closes; ``source`` names it in errors) with Tesseract's Vietnamese model,
    in the order given.

    Each page is rendered in grayscale at ``dpi``, by default its scan's own resolution within
    [MIN_DPI, MAX_DPI]; ``workers`` pages are read at a time (default: the number of cores). Raises
    :class:`IngestError` when tesseract or its Vietnamese model is missing, or a page's OCR fails
    or takes over PAGE_TIMEOUT_SECONDS.
    """
    page_indexes = list(page_indexes)
    if not page_indexes:
        return []
    tesseract = _tesseract(source)
    page_count = len(pdf)
    for index in page_indexes:
        if not 0 <= index < page_count:
            raise ValueError(f"{source}: no page index {index} (the PDF has {page_count} pages)")
    # One thread of Tesseract per process: its OpenMP threads only slow it down (module docstring).
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def render(index: int) -> tuple[bytes, float, float, float]:
        with _PDFIUM_LOCK:
            page = pdf[index]
            width, height = (float(v) for v in page.get_size())
            page_dpi = render_dpi(width, height, dpi or _scan_dpi(page))
            bitmap = page.render(scale=page_dpi / 72, grayscale=True)
            page.close()
        # The PIL image shares the bitmap's memory: the bitmap is closed only after encoding.
        buffer = io.BytesIO()
        bitmap.to_pil().save(buffer, format="PNG")
        with _PDFIUM_LOCK:
            bitmap.close()
        return buffer.getvalue(), page_dpi, width, height

    def read(index: int) -> OcrPage:
        png, page_dpi, width, height = render(index)
        command = [tesseract, "stdin", "stdout", "-l", OCR_LANGUAGE,
                   "--psm", str(PAGE_SEGMENTATION_MODE), "--dpi", str(max(1, round(page_dpi))), "tsv"]
        out = run_tool(source, command, f"OCR of page {index + 1}", PAGE_TIMEOUT_SECONDS, input=png, env=env)
        tsv = out.decode("utf-8", "replace")
        text, confidence = _tsv_text(tsv)
        return OcrPage(index=index, text=restore_heading_marks(text), confidence=confidence, dpi=round(page_dpi),
                       words=_tsv_words(tsv, page_dpi), width=width, height=height)

    workers = max(1, min(len(page_indexes), workers or os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(read, page_indexes))
