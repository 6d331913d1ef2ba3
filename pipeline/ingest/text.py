"""Plain-text reader: UTF-8 (with or without BOM), UTF-16, and legacy 8-bit encodings such as
Windows-1258, detected by charset-normalizer rather than guessed.

The bytes are tried in this order: a byte-order mark; strict UTF-8; the pre-Unicode Vietnamese
font encodings TCVN3 and VNI (8-bit files, or their mojibake saved as UTF-8: "KÕ ho¹ch", "Keá
hoaïch"), recognised and converted (``legacy``; ``encoding`` is then 'tcvn3' or 'vni');
charset-normalizer's verdict; and last a lossy UTF-8 decode, whose replaced bytes are named in a
warning. A text that is UTF-8 but for a few bytes (one bad byte, a file cut in the middle of a
character) skips the middle two: read as an 8-bit code page, its Vietnamese letters turn into
mojibake that looks like TCVN3, and charset-normalizer gives no verdict on it (measured on a
3.5 KB plan with one 0xFF byte).
"""
from __future__ import annotations

import codecs
from pathlib import Path

import regex
from charset_normalizer import from_bytes

from . import legacy
from .base import IngestError, RawDocument

# Characters no text holds: controls other than the line and page breaks and the tab, surrogates,
# private-use and unassigned code points. Spaces of every kind (no-break, zero-width) and format
# characters (bidirectional marks, soft hyphens) are text: web pages are full of them.
_NOT_TEXT = regex.compile(r"[\p{Cc}\p{Cs}\p{Co}\p{Cn}--[\n\r\t\f]]", regex.V1)
# A text is binary when more than this share of its first 20,000 characters is not text.
MAX_NOT_TEXT = 0.05
# Bytes that are UTF-8 but for a few: at least this many valid non-ASCII characters for each bad
# byte. Vietnamese text has a non-ASCII letter every 3–4 characters; TCVN3 or VNI bytes read as
# UTF-8 are nearly all bad bytes.
UTF8_CHARACTERS_PER_BAD_BYTE = 10
# Bytes that fit no encoding are still read as UTF-8 when no more than this share of them is bad.
MOST_BAD_BYTES_SHARE = 0.01
# The bad bytes a warning names (their count is always given).
NAMED_BAD_BYTES = 5


_ESCAPED_BYTE = regex.compile(r"[\udc80-\udcff]")


def _utf8_damage(data: bytes) -> tuple[str, int, list[tuple[int, int]]]:
    """The bytes decoded as UTF-8 with each bad byte replaced by U+FFFD, the number of bad bytes,
    and (offset, byte) of the first ``NAMED_BAD_BYTES`` of them."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # bad byte b -> U+DC00 + b
    named: list[tuple[int, int]] = []
    count = 0
    for m in _ESCAPED_BYTE.finditer(escaped):
        count += 1
        if len(named) < NAMED_BAD_BYTES:
            offset = len(escaped[:m.start()].encode("utf-8", errors="surrogateescape"))
            named.append((offset, ord(m.group()) - 0xDC00))
    return _ESCAPED_BYTE.sub("\ufffd", escaped), count, named


def _mostly_utf8(text: str, bad: int) -> bool:
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return non_ascii >= UTF8_CHARACTERS_PER_BAD_BYTE * bad


def _damage_warning(count: int, named: list[tuple[int, int]]) -> tuple[str, str]:
    listed = ", ".join(f"0x{byte:02X} at byte {offset}" for offset, byte in named)
    more = f" and {count - len(named)} more" if count > len(named) else ""
    return ("undecodable-bytes",
            f"{count} byte{'s' if count > 1 else ''} not valid UTF-8, read as U+FFFD: {listed}{more}")


def decode_bytes(data: bytes, source: str) -> tuple[str, str, list[tuple[str, str]]]:
    """Decode document bytes, returning (text, encoding name, warnings as (code, message))."""
    warnings: list[tuple[str, str]] = []
    text = encoding = None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), ("utf-8" if name == "utf-8-sig" else "utf-16")
            except UnicodeDecodeError:
                raise IngestError(source, f"undecodable text: not valid {name} after its byte-order mark") from None
            break
    if text is None:
        if b"\x00" in data[:8192]:
            raise IngestError(source, "not a text document (binary content)")
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text = None
        if text is None:
            lossy, bad, named = _utf8_damage(data)
            if _mostly_utf8(lossy, bad):
                text, encoding = lossy, "utf-8"
                warnings.append(_damage_warning(bad, named))
        if text is None:
            # TCVN3/VNI bytes read as cp1252 are the legacy text itself; charset-normalizer would
            # pick some other 8-bit code page and lose it.
            reading = legacy.as_cp1252(data)
            if legacy.detect(reading):
                text, encoding = reading, "cp1252"
        if text is None:
            best = from_bytes(data, cp_isolation=None).best()
            if best is not None:
                text, encoding = str(best), best.encoding
        if text is None and bad <= MOST_BAD_BYTES_SHARE * len(lossy):
            text, encoding = lossy, "utf-8"
            warnings.append(_damage_warning(bad, named))
        if text is None:
            raise IngestError(source, "undecodable text: no encoding fits its bytes")
    if "\x00" in text:
        raise IngestError(source, "not a text document (binary content)")
    sample = text[:20000]
    if len(_NOT_TEXT.findall(sample)) > MAX_NOT_TEXT * len(sample):
        raise IngestError(source, "not a text document (binary content)")
    if not text.strip():
        raise IngestError(source, "empty document (no text)")
    assert encoding is not None  # found with the text on every path above
    return text, encoding, warnings


def read_txt(path: Path) -> RawDocument:
    """Read a plain-text file (see the module docstring)."""
    text, encoding, warnings = decode_bytes(path.read_bytes(), str(path))
    text, legacy_encoding = legacy.convert_mixed(text)
    return RawDocument(text=text, source=str(path), format="txt", encoding=legacy_encoding or encoding,
                       warnings=warnings)
