"""Running a slow pattern over a text only where a fast pre-scan says it may match.

Why this module exists: the extractors' big ``regex`` patterns (dates, references) try
every one of their branches at every position of a plan, most of the extraction time. A pattern
that can only start where some cheap sign is (a document type's name, a digit, a date word) is
run with ``pattern.match`` at the positions a pre-scan finds — usually with the standard
library's ``re``, which scans several times faster — and gives what ``pattern.finditer`` gives,
so long as the pre-scan misses no position where the pattern can start. Each user documents why
its pre-scan misses none, and tests/test_scan.py compares the two on the corpus.
"""
from __future__ import annotations

import functools

import regex

# "^" (MULTILINE) at the head of a pattern, written so that regex tries it quickly: regex searches
# for the start of a line several times slower (5× on a plan) than it tries a position
# whose first character the look-ahead asks for. The look-ahead changes no match, as long as the
# pattern takes at least one character after "^" (every user's does: tests/test_scan.py).
LINE_START = r"(?=[\s\S])^"


def matches_at(pattern: regex.Pattern, text: str, starts, end: int):
    """``pattern.finditer(text, start, end)`` for a pattern that never matches the empty string
    and can only start at some of the positions ``starts`` (ascending, none before ``start``):
    tried at those positions alone, each match resuming the search after its end. (``regex``
    looks behind a position into the text before it, so a match there is the one finditer finds.)"""
    resume = 0
    for pos in starts:
        if pos < resume:
            continue
        m = pattern.match(text, pos, end)
        if m:
            yield m
            resume = m.end()


@functools.cache
def latin_letters() -> str:
    """The letters (``\\p{L}``) of the Latin blocks Vietnamese is written in, for a pre-scan's
    look-behind ("not inside a word") in ``re``, which has no ``\\p{L}``."""
    return "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)])
                   if regex.match(r"\p{L}", c))


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character where it was: a character whose lower case is longer
    gives its first character ("İ", U+0130, the one such today: "i"). For the pre-scans that look
    for words in the text in lower case and use the positions in the text itself."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch.lower()[0] for ch in text)


@functools.cache
def regex_spaces() -> str:
    """The characters ``regex``'s ``\\s`` matches (``str.isspace`` less U+001C–U+001F), for
    ``str.strip`` where a pattern's ``\\s`` is replaced by plain string methods."""
    return "".join(c for c in map(chr, range(0x3001)) if regex.match(r"\s", c))
