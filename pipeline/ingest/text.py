"""Plain-text reader: UTF-8 (with or without BOM), UTF-16, and legacy 8-bit encodings such as
Windows-1258, detected by charset-normalizer rather than guessed.

Text in the pre-Unicode Vietnamese font encodings TCVN3 and VNI (8-bit files, or their mojibake
saved as UTF-8: "KÕ ho¹ch", "Keá hoaïch") is recognised and converted (``legacy``); ``encoding``
is then 'tcvn3' or 'vni'."""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from . import legacy
from .base import IngestError, RawDocument


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode document bytes, returning (text, encoding name)."""
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
            text = encoding = None
            # TCVN3/VNI bytes read as cp1252 are the legacy text itself; charset-normalizer would
            # pick some other 8-bit code page and lose it.
            reading = legacy.as_cp1252(data)
            if legacy.detect(reading):
                text, encoding = reading, "cp1252"
        if text is None:
            best = from_bytes(data, cp_isolation=None).best()
            if best is None:
                raise IngestError(source, "undecodable text: no encoding fits its bytes") from None
            text, encoding = str(best), best.encoding
    if "\x00" in text:
        raise IngestError(source, "not a text document (binary content)")
    printable = sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\n\r\t\xad")
    if printable < 0.95 * min(len(text), 20000):
        raise IngestError(source, "not a text document (binary content)")
    if not text.strip():
        raise IngestError(source, "empty document (no text)")
    assert encoding is not None  # found with the text on every path above
    return text, encoding


def read_txt(path: Path) -> RawDocument:
    """Read a plain-text file (see the module docstring)."""
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    text, legacy_encoding = legacy.convert_mixed(text)
    return RawDocument(text=text, source=str(path), format="txt", encoding=legacy_encoding or encoding)
