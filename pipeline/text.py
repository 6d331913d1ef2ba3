"""Text helpers every stage uses: the matching key :func:`fold`, :func:`strip_marks` and
:func:`lines_of`; for the writers, :func:`xml_chars` and :func:`html_chars`. A leaf module: it
imports nothing of the package, so any module may import it.
"""
from __future__ import annotations

import functools
import unicodedata

import regex

__all__ = ["fold", "strip_marks", "lines_of", "xml_chars", "html_chars"]

# Old-style tone placement on the second vowel of an open "oa/oe/uy" syllable ("hoà", "thuỷ") →
# the style that marks the first vowel ("hòa", "thủy"). Only for matching keys: output keeps spelling.
_TONED = {  # base vowel → its five toned forms (huyền, sắc, hỏi, ngã, nặng)
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ",
}
_OLD_TONE = regex.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})")


def _move_tone(match: regex.Match) -> str:
    first, toned = match.group(1), match.group(2)
    for base, forms in _TONED.items():
        idx = forms.find(toned)
        if idx >= 0:
            new_first = _TONED[first.lower()][idx]
            if first.isupper():
                new_first = new_first.upper()
            return new_first + base
    return match.group(0)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Matching key: NFC, tone placement unified, lower case, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text or "")
    text = _OLD_TONE.sub(_move_tone, text.lower())
    return " ".join(text.replace("\u00a0", " ").split())


def strip_marks(text: str) -> str:
    """The text's letters without their marks (tones, circumflex, breve, horn; "đ" → "d",
    "Đ" → "D"), everything else kept: "Thành phố Đà Lạt" → "Thanh pho Da Lat"."""
    decomposed = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# An item's label of two levels or more printed without its last dot, a capital after it ("4.1 Sở
# Y tế", where "4.1." has its dot): a pattern's source, for every reader of items' labels (the
# segmenter, line joining, the targets' and the responsibilities' item marks, check).
UNDOTTED_LABEL = r"\d{1,2}(?:\.\d{1,2})+(?=[ \t]+\p{Lu})"
# An item's label with a dash for its dot, as a Party committee's plans print them ("2- Ban Tổ chức
# Tỉnh ủy", "2.1- …"), a word after it (not a figure: "2 - 3 lần/năm" is a range).
DASHED_LABEL = r"\d{1,2}(?:\.\d{1,2}){0,3}[-–](?=[ \t]+\p{L})"

_LINES_BLOCK = 1 << 16


def lines_of(text: str, start: int = 0, end: int | None = None):
    """(start, end, line) of each line in text[start:end]."""
    end = len(text) if end is None else end
    if start > end:
        return
    pos = start
    if start >= 0 and end <= len(text):
        # (One split rather than a search per line: a third of the cost. A split per block of
        # _LINES_BLOCK characters, not of the whole text: 49 MB of line breaks are 49 million
        # lines, 400 MB of list at once.)
        while True:
            cut = text.find("\n", min(pos + _LINES_BLOCK, end), end)
            lines = text[pos:end if cut < 0 else cut].split("\n")
            last = lines.pop()
            for line in lines:
                yield pos, pos + len(line), line
                pos += len(line) + 1
            if cut < 0:
                yield pos, end, last
                return
            yield pos, cut, last
            pos = cut + 1
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop, text[pos:stop]
        if nl < 0:
            break
        pos = nl + 1


# The characters XML 1.0 forbids anywhere in a document, even as character references (its Char
# production): the C0 controls other than tab, line feed and carriage return, lone surrogates, and
# U+FFFE/U+FFFF.
_NOT_XML = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# HTML also counts DEL and the C1 controls as control characters (a parse error in a page).
_NOT_HTML = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_chars(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD.

    Replaced, not dropped: the reader sees that the document had a character there, and two words
    it separated are not run together. Escaping ``&``, ``<``, ``>`` and quotes is the caller's job.
    """
    return _NOT_XML.sub("\ufffd", text)


def html_chars(text: str) -> str:
    """``text`` with every control character HTML rejects replaced by U+FFFD (as :func:`xml_chars`,
    and DEL and the C1 controls too); tab, line feed and carriage return are kept."""
    return _NOT_HTML.sub("\ufffd", text)
