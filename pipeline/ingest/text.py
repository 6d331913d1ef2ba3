"""Plain-text reader: UTF-8 (with or without BOM), UTF-16, and legacy 8-bit encodings such as
Windows-1258, detected by charset-normalizer rather than guessed."""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

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
            best = from_bytes(data, cp_isolation=None).best()
            if best is None:
                raise IngestError(source, "undecodable text: no encoding fits its bytes") from None
            text, encoding = str(best), best.encoding
    if "\x00" in text:
        raise IngestError(source, "not a text document (binary content)")
    printable = sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\n\r\t")
    if printable < 0.95 * min(len(text), 20000):
        raise IngestError(source, "not a text document (binary content)")
    if not text.strip():
        raise IngestError(source, "empty document (no text)")
    return text, encoding


def read_txt(path: Path) -> RawDocument:
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    return RawDocument(text=text, source=str(path), format="txt", encoding=encoding)
