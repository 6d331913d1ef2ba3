"""The whole pipeline for one document: ingest → normalise → segment → extract → resolve.

``extract(path)`` (or ``extract(text=...)``) returns a :class:`~pipeline.model.PlanDocument`;
``to_dict()`` gives the JSON of SPEC §2 (schema "plans/2", pipeline/schemas/extract.json).
"""
from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import time
import warnings
from typing import Protocol

from .document_kind import not_a_document
from .extract.abbreviations import expand_names, find_abbreviations, merged_by_key
from .extract.dates import find_dates, find_recurring_dates, mark_roles
from .extract.header import extract_header, extract_recipients
from .extract.references import find_document_references
from .extract.responsibilities import find_responsibilities
from .extract.targets import find_targets
from .ingest import RawDocument, read, read_text
from .model import Header, PlanDocument, Warning
from .normalize import normalize, ocr_labels_repaired, tone_slips_repaired
from .resolve import code_key, document_province, resolve_references
from .segment import SectionIndex, find_body, find_layout, segment, with_document_parts


class _OnPage(Protocol):
    """A record found at ``start`` in the text, given the page it is on."""
    start: int
    page: int | None


class _InSection(_OnPage, Protocol):
    """A record given the section it is in."""
    section: str | None


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


def extract(path: str | os.PathLike | None = None, *, text: str | None = None, source: str | None = None,
            timings: dict[str, float] | None = None) -> PlanDocument:
    """Extract a plan's structure from a file (``path``) or from a text (``text=``, its ``source``
    "<text>" unless given; ``timings``, if given, receives the seconds spent per stage).

    ``path`` is always a path: one that does not exist raises :class:`FileNotFoundError` (it was
    once read as a text, so a typo in a file name gave an empty "plan"); a file that cannot be read
    raises :class:`~pipeline.ingest.IngestError` naming it and the reason. A multi-line string
    given as ``path`` is still read as a text, with a :class:`DeprecationWarning`: pass ``text=``."""
    clock = Stopwatch(timings)
    if (path is None) == (text is None):
        raise TypeError("extract() takes a path or text=..., exactly one of them")
    if isinstance(path, str) and "\n" in path:
        warnings.warn("pipeline.extract(text) is deprecated: pass the text as extract(text=...)",
                      DeprecationWarning, stacklevel=2)
        path, text = None, path
    if text is not None:
        raw = read_text(str(text), source=source or "<text>")
    else:
        assert path is not None
        if not os.path.exists(path):
            raise FileNotFoundError(errno.ENOENT, "no such file (to extract a text, pass text=...)", os.fspath(path))
        raw = read(path)
        if source is not None:
            raw.source = source
    clock.lap("ingest")
    return extract_raw(raw, timings=timings)


def extract_raw(raw: RawDocument, timings: dict[str, float] | None = None) -> PlanDocument:
    """Extract a plan's structure from a document already read (the stages in order; each stage's
    module owns its rules)."""
    clock = Stopwatch(timings)
    norm = normalize(raw.text, raw.page_starts)
    text = norm.text
    clock.lap("normalize")
    layout = find_layout(text, find_body(text), ocr=raw.ocr)
    if layout.ocr:
        # (OCR's slips of tone marks in the words that assign roles, "phôi hợp với", and its misread
        # labels of lettered lists, "©e) Sở Giáo dục": repaired in place after the header, the same
        # length; the header's fields and title stay as printed.)
        repaired = text[:layout.header_end] + ocr_labels_repaired(tone_slips_repaired(text[layout.header_end:]))
        if repaired != text:
            norm = dataclasses.replace(norm, text=repaired)
            text = repaired
    layout.cell_breaks = norm.cell_breaks
    header = Header(doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], source=raw.source,
                    format=raw.format, pages=raw.pages, encoding=raw.encoding,
                    ocr=raw.ocr, ocr_confidence=raw.ocr_confidence)
    clock.lap("segment")
    bare = dataclasses.replace(header)  # the file's facts alone, for a file that is no document
    extract_header(text, layout, header)
    header.code_key = code_key(header.number, header.symbol)
    clock.lap("header")
    # A plain-text file of no document type that is a table or a program (a SOURCES.tsv, a
    # script): one warning, no records (read as a plan it gave "targets" and "sections").
    if header.doc_type is None and raw.format == "txt" and (why := not_a_document(raw.text)) is not None:
        # (Its header fields are none: a table's cells read as a header's gave an "issuer".)
        return PlanDocument(document=bare, sections=[], references=[], dates=[], targets=[],
                            responsibilities=[], recipients=[], abbreviations=[],
                            warnings=[Warning(code, message) for code, message in raw.warnings]
                            + [Warning("not-a-document", f"not a plan document: {why}")],
                            text=text, normalized=norm)
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
    # (The year of issue tells a table's columns of past years, "Năm 2022" in a plan of 2024.)
    issued_year = int(header.issued_date[:4]) if header.issued_date and header.issued_date[:4].isdigit() else None
    targets = find_targets(text, layout, index, issued_year, header.title)
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
    responsibilities = merged_by_key(responsibilities)
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
