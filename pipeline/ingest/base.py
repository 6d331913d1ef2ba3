"""What every reader returns, and the one error type they raise."""
from __future__ import annotations

import functools
import subprocess
from dataclasses import dataclass, field

import regex

from ..vocab import cue

MAX_BYTES = 50 * 1024 * 1024


class IngestError(Exception):
    """A document that cannot be read: carries the file and a reason a person can act on."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class RawDocument:
    text: str
    source: str
    format: str
    encoding: str | None = None
    page_starts: list[int] = field(default_factory=list)  # offset of each page in ``text``
    page_count: int | None = None  # pages the file says it has, where it has no page breaks (DOCX)
    ocr: bool = False  # some pages were read by OCR (scans)
    ocr_confidence: float | None = None  # Tesseract's mean word confidence (0–1) over those pages
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message): what was read with loss

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or self.page_count


@functools.cache
def _layout_words() -> regex.Pattern:
    """Words of the official layout's two-column tables, looked for in the table's text in
    capitals: the header (issuer | motto, number | place and date) and the footer (recipients |
    signature). The cues of data/layout_cues.json (the motto's, the party's name's and the
    tagline's first words, the recipients' heading, the two commonest signing capacities), the
    number's label and the title most headers and signatures hold. (Not the other capacities: a
    party document's sample table "NGƯỜI GHI BIÊN BẢN | T/M ĐOÀN THƯ KÝ" is read row by row.)"""
    cues = [cue("motto", words=2), cue("party", words=3), cue("tagline", words=2), cue("recipients"),
            cue("signing_capacities", only=("TM.", "KT."))]
    return regex.compile("|".join(cues + ["SỐ:", "SỐ ", "CHỦ TỊCH"]))


def is_layout_table(rows: list[list[str]], max_rows: int = 4) -> bool:
    """Header and signature tables: two columns, few rows, official-layout words in them. Such a
    table is read column by column (issuer before national title), not row by row."""
    if not rows or max(len(r) for r in rows) != 2 or len(rows) > max_rows:
        return False
    text = " ".join(" ".join(r) for r in rows).upper()
    return bool(_layout_words().search(text))


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """Concatenate page texts with a blank line between them, recording each page's offset."""
    parts, starts, pos = [], [], 0
    for page in pages:
        starts.append(pos)
        parts.append(page)
        pos += len(page) + 2
    return "\n\n".join(parts), starts


def run_tool(source: str, command: list[str], what: str, timeout: float, *, input: bytes | None = None,
             env: dict | None = None) -> bytes:
    """Run an external converter (antiword, tesseract) on a document and return its output;
    a time-out, a missing program or a failure is an :class:`IngestError` that says ``what``
    was being done ("antiword on this .doc file", "OCR of page 3") and why."""
    try:
        done = subprocess.run(command, input=input, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise IngestError(source, f"{what} took over {timeout:g} s") from None
    except OSError as exc:
        raise IngestError(source, f"{what}: cannot run {command[0]} ({exc})") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise IngestError(source, f"{what} failed ({message[-1] if message else f'exit status {done.returncode}'})")
    return done.stdout
