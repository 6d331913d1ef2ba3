"""The whole pipeline for one document: ingest → normalise → segment → extract → resolve.

``extract(path_or_text)`` returns a :class:`~pipeline.model.PlanDocument`; ``to_dict()`` gives the
JSON of SPEC §2 (schema "plans/1").
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import os
import time
from pathlib import Path

from .extract.abbreviations import expand, find_abbreviations
from .extract.dates import find_dates
from .extract.header import extract_header, extract_recipients
from .extract.references import find_references
from .extract.responsibilities import find_responsibilities
from .extract.targets import find_targets
from .ingest import RawDocument, read, read_text
from .model import Header, PlanDocument, Section
from .normalize import normalize
from .resolve import resolve_references
from .segment import SectionIndex, find_body, find_layout, segment


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
    clock = Stopwatch(timings)
    norm = normalize(raw.text, raw.page_starts)
    text = norm.text
    clock.lap("normalize")
    body = find_body(text)
    layout = find_layout(text, body)
    header = Header(doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], source=raw.source,
                    format=raw.format, pages=raw.pages, encoding=raw.encoding,
                    ocr=raw.ocr, ocr_confidence=raw.ocr_confidence)
    clock.lap("segment")
    extract_header(text, layout, header)
    clock.lap("header")
    sections, warnings = segment(text, layout)
    index = SectionIndex(sections, layout)
    clock.lap("segment")

    refs_start = layout.title_span[0] if layout.title_span else layout.header_end
    refs = [r for s, e in layout.content_spans(refs_start) for r in find_references(text, s, e)]
    # The document's own number ("Ban hành kèm theo Nghị quyết số 25/2006/NQ-CP") is not a citation.
    if header.number and header.symbol:
        refs = [r for r in refs if not (r.number == header.number and r.symbol
                                        and r.symbol.upper() == header.symbol.upper())]
    clock.lap("references")
    refs = resolve_references(refs)
    clock.lap("resolve")
    dates = find_dates(text, layout.body_start, layout.body_end)
    issued = header.spans.get("issued_date")
    # A date inside a reference's span is its citation date. (References by start, with the
    # furthest end reached so far: one bisection per date, not a scan of all references.)
    ref_spans = sorted((r.start, r.end) for r in refs)
    ref_starts = [s for s, _ in ref_spans]
    reach = list(itertools.accumulate((e for _, e in ref_spans), max))
    for d in dates:
        if issued and issued.start <= d.start < issued.end:
            d.role = "issued"
        else:
            k = bisect.bisect_right(ref_starts, d.start)
            if k and reach[k - 1] >= d.end:
                d.role = "citation"
    clock.lap("dates")
    abbreviations = find_abbreviations(text, layout.body_start, layout.body_end)
    clock.lap("abbreviations")
    targets = find_targets(text, layout, index)
    clock.lap("targets")
    responsibilities = find_responsibilities(text, layout, index, dates)
    clock.lap("responsibilities")
    recipients = extract_recipients(text, layout)
    clock.lap("header")

    table = {a.short: a.long for a in abbreviations}
    header.issuer_expanded = expand(header.issuer, table) if header.issuer else None
    header.parent_issuer_expanded = expand(header.parent_issuer, table) if header.parent_issuer else None
    for r in responsibilities:
        r.unit_expanded = expand(r.unit, table)
    for item in (*refs, *dates, *targets):
        item.section = index.at(item.start)
    for item in (*sections, *refs, *dates, *targets, *responsibilities):
        item.page = norm.page_of(item.start) if raw.page_starts else None
    # preamble and closing parts as sections of their own
    first = min((s.start for s in sections), default=layout.closing_start)
    extra = []
    if first > layout.header_end and text[layout.header_end:first].strip():
        extra.append(Section(id="preamble", label="", level=0, title=None, parent=None,
                             start=layout.header_end, end=first, kind="preamble"))
    if layout.closing_start < layout.closing_end:
        extra.append(Section(id="closing", label="", level=0, title=None, parent=None,
                             start=layout.closing_start, end=layout.closing_end, kind="closing"))
    if layout.appendix_start is not None:
        heading = text[layout.appendix_start:text.find("\n", layout.appendix_start)].strip()
        extra.append(Section(id="appendix", label="", level=0, title=heading or None, parent=None,
                             start=layout.appendix_start, end=layout.body_end, kind="appendix"))
    sections = sorted(sections + extra, key=lambda s: (s.start, s.level))
    clock.lap("assemble")
    return PlanDocument(document=header, sections=sections, references=refs, dates=dates,
                        targets=targets, responsibilities=responsibilities, recipients=recipients,
                        abbreviations=abbreviations, warnings=warnings, text=text, normalized=norm)
