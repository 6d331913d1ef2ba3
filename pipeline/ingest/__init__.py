"""Ingestion: one reader per format, each returning the document's text with its page starts.

``read(path)`` picks the reader by the file's content (magic bytes), falling back to its extension,
and raises :class:`IngestError` naming the file and the reason for anything it cannot read.
"""
from __future__ import annotations

import os
from pathlib import Path

from . import base
from .base import IngestError, RawDocument

__all__ = ["read", "read_text", "IngestError", "RawDocument"]


def _sniff(head: bytes, suffix: str) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    lowered = head[:2048].lower()
    if b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    return {".pdf": "pdf", ".docx": "docx", ".doc": "doc"}.get(suffix, "txt")


def read(path: str | os.PathLike, max_bytes: int | None = None) -> RawDocument:
    """Read one document file into a :class:`RawDocument` (files over ``max_bytes``, by default
    ``base.MAX_BYTES``, are refused)."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise IngestError(source, "file not found")
    if path.is_dir():
        raise IngestError(source, "is a directory, not a document")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(source, "empty file")
    limit = base.MAX_BYTES if max_bytes is None else max_bytes
    if size > limit:
        raise IngestError(source, f"too large ({size} bytes; limit {limit})")
    with open(path, "rb") as fh:
        head = fh.read(4096)
    kind = _sniff(head, path.suffix.lower())
    if kind == "pdf":
        from .pdf import read_pdf
        return read_pdf(path)
    if kind == "docx":
        from .docx import read_docx
        return read_docx(path)
    if kind == "doc":
        from .doc import read_doc
        return read_doc(path)
    if kind == "html":
        from .html import read_html
        return read_html(path)
    from .text import read_txt
    return read_txt(path)


def read_text(text: str, source: str = "<text>") -> RawDocument:
    """Wrap an in-memory text as a RawDocument (for the Python API)."""
    return RawDocument(text=text, source=source, format="txt", encoding="str", page_starts=[])
