"""The records a plan document is turned into (output contract "plans/2": the JSON Schema
``pipeline/schemas/extract.json``, printed by ``plans schema extract``; see docs/contract.md).

Every extracted item carries the character span (``start``, ``end``) of its evidence in the
document's normalised text, and the id of the section it sits in, so that any value can be traced
back to the words it came from.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Optional

# The contract's version: any change to pipeline/schemas/extract.json bumps it (docs/contract.md).
# plans/2: the document's own ``code_key``.
SCHEMA = "plans/2"


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Header:
    """Header and signature-block fields (SPEC ``document``)."""

    doc_id: Optional[str] = None
    source: Optional[str] = None
    format: Optional[str] = None
    pages: Optional[int] = None
    encoding: Optional[str] = None
    ocr: bool = False  # text read from page images by Tesseract (scans)
    ocr_confidence: Optional[float] = None  # mean word confidence of the OCR'd pages, 0–1
    doc_type: Optional[str] = None
    number: Optional[str] = None
    symbol: Optional[str] = None
    code: Optional[str] = None
    # The code with separators normalised, as a reference's ``code_key`` (resolve.code_key): the
    # key a citation of this document joins on ("36-HD/VPTW" -> "36/HD-VPTW").
    code_key: Optional[str] = None
    issuer: Optional[str] = None
    issuer_expanded: Optional[str] = None
    parent_issuer: Optional[str] = None
    parent_issuer_expanded: Optional[str] = None
    place: Optional[str] = None
    issued_date: Optional[str] = None
    title: Optional[str] = None
    signing_capacity: Optional[str] = None
    signer_title: Optional[str] = None
    signer: Optional[str] = None
    spans: dict[str, Span] = field(default_factory=dict)


@dataclass
class Section:
    id: str
    label: str
    level: int
    title: Optional[str]
    parent: Optional[str]
    start: int
    end: int
    kind: str = "item"  # part | section | article | item | bullet | preamble | closing | attachment | appendix
    heading_end: int = 0
    page: Optional[int] = None


@dataclass
class Reference:
    ref_id: str
    type: str
    number: Optional[str]
    symbol: Optional[str]
    code: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    subject: Optional[str]
    relation: str
    short_form: bool
    section: Optional[str]
    start: int
    end: int
    text: str
    name: Optional[str] = None
    page: Optional[int] = None
    issuer_inferred: bool = False  # the issuer is the one the symbol names ("QĐ-TTg"), not the text
    code_key: Optional[str] = None  # the code with separators normalised, for joins ("20/NQ-TW")


@dataclass
class DateMention:
    value: str
    until: Optional[str]
    granularity: str
    role: Optional[str]  # None from ``first_date``, which does not look for roles
    section: Optional[str]
    start: int
    end: int
    text: str
    page: Optional[int] = None
    # A recurring date (granularity "recurring": "trước ngày 15/11 hằng năm"): the rule, year |
    # month | quarter | half-year, and the month and day it falls on where the text gives them.
    every: Optional[str] = None
    month: Optional[int] = None
    day: Optional[int] = None


@dataclass
class Target:
    value: float
    unit: Optional[str]  # None: a bare number bounding a named index ("VN_AQI ≥ 300")
    comparator: str
    indicator: Optional[str]
    scope: Optional[str]
    deadline: Optional[str]
    section: Optional[str]
    start: int
    end: int
    text: str
    page: Optional[int] = None
    until: Optional[float] = None  # the upper end of a range ("60-70%": value 60, until 70)
    kind: str = "target"  # target | achieved (a figure reported as done) | threshold (a rule)


@dataclass
class Responsibility:
    unit: str
    unit_expanded: Optional[str]
    # The name as a grouping key across documents: abbreviations expanded, case and tone placement
    # folded, dashes and "&" unified ("Sở KH&CN" = "Sở Khoa học và Công nghệ").
    unit_key: Optional[str]
    role: str
    tasks: list[str]
    deadline: Optional[str]
    section: Optional[str]
    start: int
    end: int
    page: Optional[int] = None


@dataclass
class Recipient:
    name: str
    purpose: Optional[str]
    start: int
    end: int


@dataclass
class Abbreviation:
    short: str
    long: str
    source: str  # inline | lexicon
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass
class Warning:
    code: str
    message: str
    start: Optional[int] = None


def as_plain(value: Any) -> Any:
    """``dataclasses.asdict`` for these records: the same dicts and lists, built directly.

    ``asdict`` deep-copies every string and number of a document (a third of the time of its
    JSON); they are immutable, so sharing them gives the same result."""
    cls: type = type(value)  # (as ``type``: mypy takes a ``type[Any]`` for unhashable)
    names = _field_names(cls)
    if names is not None:
        out = {}
        for name in names:
            v = getattr(value, name)
            out[name] = v if type(v) in _SCALARS else as_plain(v)
        return out
    if isinstance(value, (list, tuple)):
        return type(value)(as_plain(v) for v in value)
    if isinstance(value, dict):
        return {as_plain(k): as_plain(v) for k, v in value.items()}
    return value


_SCALARS = frozenset((str, int, float, bool, type(None)))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass, in order; None for any other type."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@dataclass
class PlanDocument:
    document: Header
    sections: list[Section] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    text: str = ""
    # The normalisation's offset maps (not serialised): maps spans back to the raw text.
    normalized: Any = field(default=None, repr=False, compare=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the normalised text as a span of the text the reader returned."""
        if self.normalized is None:
            return start, end
        return self.normalized.to_raw(start), self.normalized.to_raw(end)

    def raw_line_starts(self, raw_text: str) -> list[int]:
        """Where each line of ``raw_text`` (the text the reader returned) after the first starts in
        the normalised text: the first position that maps back to the line or after it. The
        normalisation joins wrapped lines and drops markers, so that a normalised offset is no raw
        line; ``plans check`` gives its evidence's raw lines from this list."""
        import bisect
        out, lo = [], 0
        positions = range(len(self.text) + 1)
        for m in re.finditer("\n", raw_text):
            lo = bisect.bisect_left(positions, m.end(), lo=lo, key=lambda p: self.raw_span(p, p)[0])
            out.append(lo)
        return out

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA}
        header = as_plain(self.document)
        header["spans"] = {k: [v["start"], v["end"]] for k, v in header["spans"].items()}
        out["document"] = header
        for name in ("sections", "references", "dates", "targets", "responsibilities",
                     "recipients", "abbreviations", "warnings"):
            out[name] = [as_plain(item) for item in getattr(self, name)]
        if with_text:
            out["text"] = self.text
        return out
