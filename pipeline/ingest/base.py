"""What every reader returns, and the one error type they raise."""
from __future__ import annotations

from dataclasses import dataclass, field

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

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or self.page_count


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """Concatenate page texts with a blank line between them, recording each page's offset."""
    parts, starts, pos = [], [], 0
    for page in pages:
        starts.append(pos)
        parts.append(page)
        pos += len(page) + 2
    return "\n\n".join(parts), starts
