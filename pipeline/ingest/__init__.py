"""Ingestion: one reader per format, each returning the document's text with its page starts.

``read(path)`` picks the reader by the file's content (magic bytes), falling back to its extension,
and raises :class:`IngestError` naming the file and the reason for anything it cannot read.
Only regular files are opened: a FIFO or a device given as a document would block or never end
(:func:`file_problem` says why one is refused, from ``stat`` alone).

A file name that is not valid UTF-8 (an archive copied from an old Windows system: b"k\\xe9 ho\\xe1ch")
is read, and shown as :func:`shown` gives it: its undecodable bytes written ``\\xe9``, since the
JSON, Parquet and CSV writers all refuse the lone surrogates ``os.fsdecode`` holds them as.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from . import base
from .base import IngestError, RawDocument

__all__ = ["read", "read_text", "file_problem", "shown", "IngestError", "RawDocument"]

# The kinds of file that are not documents, by their stat mode.
_SPECIAL = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
            (stat.S_ISSOCK, "socket"))


def shown(path: str | os.PathLike) -> str:
    """The path as text every writer accepts: itself, except that bytes of the name that are not
    UTF-8 (held by ``os.fsdecode`` as lone surrogates) are written as ``\\xe9``. The file is still
    opened by its real name; only its provenance (``source``) is this form."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def cannot_read(exc: OSError | ValueError) -> str:
    """The reason for a file the system will not let us read ("cannot read: Permission denied")."""
    return f"cannot read: {getattr(exc, 'strerror', None) or exc}"


def file_problem(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be a document, from its ``stat`` alone (it is never opened), or None for
    a regular file: "no such file", "is a directory, not a document", "not a regular file (fifo)"
    (or character device, block device, socket), "cannot read: <the system's reason>"."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "no such file"
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        return cannot_read(exc)
    if stat.S_ISDIR(mode):
        return "is a directory, not a document"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _SPECIAL if test(mode)), "unknown kind")
    return f"not a regular file ({kind})"


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
    ``base.MAX_BYTES``, are refused). Its ``source``, and that of any :class:`IngestError`, is
    ``shown(path)``."""
    path = Path(path)
    source = shown(path)
    try:
        raw = _read(path, source, max_bytes)
    except IngestError as exc:
        if exc.source != source:
            raise IngestError(source, exc.reason) from None
        raise
    raw.source = source
    return raw


def _read(path: Path, source: str, max_bytes: int | None) -> RawDocument:
    problem = file_problem(path)
    if problem is not None:
        raise IngestError(source, problem)
    size = path.stat().st_size
    if size == 0:
        raise IngestError(source, "empty file")
    limit = base.MAX_BYTES if max_bytes is None else max_bytes
    if size > limit:
        raise IngestError(source, f"too large ({size} bytes; limit {limit})")
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise IngestError(source, cannot_read(exc)) from None
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
