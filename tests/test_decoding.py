"""Real text is read, whatever happened to its bytes: one bad byte, a file cut in the middle of a
character, words separated by no-break or zero-width spaces or bidirectional marks. Bytes that are
no text are still refused, and a blank scan says OCR ran and found nothing."""
import shutil
import subprocess

import pytest
from PIL import Image

from pipeline import extract
from pipeline.ingest import IngestError, read
from pipeline.ingest.text import decode_bytes

from conftest import WEB

D01 = WEB / "d01.txt"


@pytest.fixture(scope="module")
def plan_bytes() -> bytes:
    return D01.read_bytes()


def test_one_bad_byte_is_read_as_utf8_with_a_warning_naming_it(tmp_path, plan_bytes):
    at = plan_bytes.index(b" ", 1000)  # (between characters: bytes 1000–1002 are inside one)
    damaged = plan_bytes[:at] + b"\xff" + plan_bytes[at:]
    text, encoding, warnings = decode_bytes(damaged, "d01")
    assert encoding == "utf-8"
    original = plan_bytes.decode("utf-8")
    cut = len(plan_bytes[:at].decode("utf-8"))
    assert text == original[:cut] + "\ufffd" + original[cut:]
    assert warnings == [("undecodable-bytes", f"1 byte not valid UTF-8, read as U+FFFD: 0xFF at byte {at}")]
    # and in the extraction, as the document's first warning
    path = tmp_path / "d01.txt"
    path.write_bytes(damaged)
    doc = extract(path)
    assert (doc.warnings[0].code, doc.warnings[0].message) == warnings[0]
    assert doc.document.number == extract(D01).document.number == "20"


def test_a_file_cut_in_the_middle_of_a_character(plan_bytes):
    end = plan_bytes.index("KẾ HOẠCH".encode()) + 3  # inside "Ế" (E1 BA BE)
    text, encoding, warnings = decode_bytes(plan_bytes[:end], "d01")
    assert encoding == "utf-8" and text.endswith("K\ufffd\ufffd")
    assert warnings == [("undecodable-bytes",
                         f"2 bytes not valid UTF-8, read as U+FFFD: 0xE1 at byte {end - 2}, 0xBA at byte {end - 1}")]


def test_many_bad_bytes_are_counted_and_the_first_five_named(plan_bytes):
    spaces = [i for i, byte in enumerate(plan_bytes) if byte == 0x20][100:107]
    damaged = bytearray(plan_bytes)
    for offset in reversed(spaces):
        damaged[offset:offset] = b"\x80"  # a continuation byte with no lead, before a space
    _, _, warnings = decode_bytes(bytes(damaged), "d01")
    named = ", ".join(f"0x80 at byte {offset + n}" for n, offset in enumerate(spaces[:5]))
    assert warnings == [("undecodable-bytes", f"7 bytes not valid UTF-8, read as U+FFFD: {named} and 2 more")]


@pytest.mark.parametrize("separator", ["\u00a0", "\u200b ", " \u200f", "\u202a \u202c", " \u2060"])
def test_web_spaces_and_format_characters_read_as_the_plain_text(tmp_path, separator):
    """Every space of the plan replaced by a no-break space, or joined by zero-width or
    bidirectional characters: the same normalised text (its hash is the doc_id)."""
    plain = extract(D01)
    path = tmp_path / "d01.txt"
    path.write_text(D01.read_text(encoding="utf-8").replace(" ", separator), encoding="utf-8")
    doc = extract(path)
    assert doc.document.doc_id == plain.document.doc_id
    assert doc.text == plain.text


def test_legacy_and_binary_bytes_are_still_told_apart(tmp_path):
    tcvn3 = "KÕ ho¹ch tæ chøc thùc hiÖn c«ng t¸c n¨m 2024\n".encode("cp1252") * 20
    assert read_text_of(tmp_path, "tcvn3.txt", tcvn3)[:8] == "Kế hoạch"
    binary = bytes(range(1, 256)) * 40
    with pytest.raises(IngestError, match="not a text document|undecodable text"):
        read_text_of(tmp_path, "binary.txt", binary)


def read_text_of(folder, name, data):
    path = folder / name
    path.write_bytes(data)
    return read(path).text


@pytest.mark.skipif(shutil.which("tesseract") is None or "vie" not in subprocess.run(
    ["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split(),
    reason="needs tesseract with the Vietnamese model (setup.sh installs it)")
def test_a_blank_scan_says_ocr_found_no_text(tmp_path):
    page = Image.new("L", (620, 877), 255)  # A4 at 75 dpi, white
    path = tmp_path / "blank.pdf"
    page.save(path, save_all=True, append_images=[page], resolution=75)
    with pytest.raises(IngestError) as caught:
        read(path)
    assert caught.value.reason == "OCR found no text on pages 1–2"
