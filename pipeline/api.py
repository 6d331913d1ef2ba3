"""The whole pipeline for one document: ingest → normalise → segment → extract → resolve.

``extract(path_or_text)`` returns a :class:`~pipeline.model.PlanDocument`; ``to_dict()`` gives the
JSON of SPEC §2 (schema "plans/2", pipeline/schemas/extract.json).
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Protocol

from .extract.abbreviations import expand_names, find_abbreviations
from .extract.dates import find_dates, find_recurring_dates, mark_roles
from .extract.header import extract_header, extract_recipients
from .extract.references import find_document_references
from .extract.responsibilities import find_responsibilities
from .extract.targets import find_targets
from .ingest import RawDocument, read, read_text
from .model import Header, PlanDocument, Warning
from .normalize import normalize
from .resolve import code_key, document_province, resolve_references
from .segment import SectionIndex, find_body, find_layout, segment, with_document_parts


class _OnPage(Protocol):
    """A record found at ``start`` in the text, given the page it is on."""
    start: int
    page: int | None


class _InSection(_OnPage, Protocol):
    """A record given the section it is in."""
    section: str | None


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 4096 and Path(value).suffix.lower() in (
        ".txt", ".pdf", ".docx", ".doc", ".html", ".htm", ".md") and os.path.exists(value)


class Stopwatch:
    """Adds the seconds spent in each stage to a dict (``lap(name)`` closes the current stage);
    a no-op when no dict is given, so timing costs nothing outside benchmarks."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = time.perf_counter() if timings is not None else 0.0

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now


def extract(path_or_text: str | os.PathLike, *, source: str | None = None,
            timings: dict[str, float] | None = None) -> PlanDocument:
    """Extract a plan's structure from a file path or from the text itself (``timings``, if
    given, receives the seconds spent per stage)."""
    clock = Stopwatch(timings)
    if isinstance(path_or_text, os.PathLike) or (isinstance(path_or_text, str) and _looks_like_path(path_or_text)):
        raw = read(path_or_text)
    else:
        raw = read_text(str(path_or_text), source=source or "<text>")
    clock.lap("ingest")
    return extract_raw(raw, timings=timings)


def extract_raw(raw: RawDocument, timings: dict[str, float] | None = None) -> PlanDocument:
    """Extract a plan's structure from a document already read (the stages in order; each stage's
    module owns its rules)."""
    clock = Stopwatch(timings)
    norm = normalize(raw.text, raw.page_starts)
    text = norm.text
    clock.lap("normalize")
    layout = find_layout(text, find_body(text))
    header = Header(doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], source=raw.source,
                    format=raw.format, pages=raw.pages, encoding=raw.encoding,
                    ocr=raw.ocr, ocr_confidence=raw.ocr_confidence)
    clock.lap("segment")
    extract_header(text, layout, header)
    header.code_key = code_key(header.number, header.symbol)
    clock.lap("header")
    sections, warnings = segment(text, layout)
    warnings = [Warning(code, message) for code, message in raw.warnings] + warnings
    index = SectionIndex(sections, layout)
    clock.lap("segment")
    own: list[tuple[int, int]] = []  # the document's mentions of itself
    refs = find_document_references(text, layout, header.number, header.symbol, own)
    clock.lap("references")
    refs = resolve_references(refs, document_province(header.issuer, header.parent_issuer))
    clock.lap("resolve")
    dates = find_dates(text, layout.body_start, layout.body_end)
    issued = header.spans.get("issued_date")
    mark_roles(dates, refs, (issued.start, issued.end) if issued else None, own)
    clock.lap("dates")
    abbreviations = find_abbreviations(text, layout.body_start, layout.body_end)
    clock.lap("abbreviations")
    targets = find_targets(text, layout, index)
    clock.lap("targets")
    responsibilities = find_responsibilities(text, layout, index, dates)
    clock.lap("responsibilities")
    # Recurring dates ("trước ngày 15/11 hằng năm") after the responsibilities, whose deadlines
    # are dates of a calendar.
    dates = sorted(dates + find_recurring_dates(text, layout.body_start, layout.body_end, dates),
                   key=lambda d: d.start)
    clock.lap("dates")
    recipients = extract_recipients(text, layout)
    clock.lap("header")

    expand_names(header, responsibilities, abbreviations)
    in_sections: tuple[_InSection, ...] = (*refs, *dates, *targets)
    for item in in_sections:
        item.section = index.at(item.start)
    on_pages: tuple[_OnPage, ...] = (*sections, *refs, *dates, *targets, *responsibilities)
    for record in on_pages:
        record.page = norm.page_of(record.start) if raw.page_starts else None
    sections = with_document_parts(text, layout, sections)
    clock.lap("assemble")
    return PlanDocument(document=header, sections=sections, references=refs, dates=dates,
                        targets=targets, responsibilities=responsibilities, recipients=recipients,
                        abbreviations=abbreviations, warnings=warnings, text=text, normalized=norm)
