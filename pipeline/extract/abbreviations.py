"""Abbreviations: inline definitions ("người lao động (NLĐ)", "(sau đây viết tắt là CCHC)") and the
lexicon of ``data/abbreviations.tsv``; :func:`expand` spells a name's abbreviations out."""
from __future__ import annotations

import regex

from ..model import Abbreviation
from ..vocab import abbreviations as lexicon

_DEF = regex.compile(r"\((?:sau\s+đây\s+(?:viết|gọi)\s+tắt\s+là\s+|viết\s+tắt(?:\s+là)?\s*:?\s*|gọi\s+tắt\s+là\s+)?"
                     r"(?P<short>[\p{Lu}][\p{Lu}\p{Ll}&\-]{1,11})\)")
_WORD = regex.compile(r"[\p{L}]+")


def _initials(word: str) -> str:
    return word[0].upper()


def _letters(short: str) -> str:
    return "".join(ch for ch in short if ch.isupper())


def find_abbreviations(text: str, start: int = 0, end: int | None = None) -> list[Abbreviation]:
    end = len(text) if end is None else end
    out: list[Abbreviation] = []
    defined: set[str] = set()
    for m in _DEF.finditer(text, start, end):
        short = m.group("short")
        letters = _letters(short)
        if len(letters) < 2 or sum(c.isupper() for c in short) < 0.6 * len(short.replace("-", "").replace("&", "")):
            continue
        # Preceding words whose initials spell the abbreviation.
        before = text[max(start, m.start() - 160):m.start()]
        words = list(_WORD.finditer(before))
        long = None
        for n in range(len(letters), min(len(words), len(letters) + 3) + 1):
            cand = words[-n:]
            if "".join(_initials(w.group(0)) for w in cand) == letters:
                long = before[cand[0].start():].strip(" ,")
                break
        if long is None:
            continue
        if short not in defined:
            defined.add(short)
            out.append(Abbreviation(short=short, long=long, source="inline", start=m.start(), end=m.end()))
    for short, long in lexicon().items():
        if short in defined:
            continue
        m = regex.search(rf"(?<![\p{{L}}&]){regex.escape(short)}(?![\p{{L}}&])", text[start:end])
        if m:
            out.append(Abbreviation(short=short, long=long, source="lexicon",
                                    start=start + m.start(), end=start + m.end()))
    return out


def expand(name: str, inline: dict[str, str] | None = None) -> str:
    """Spell out the abbreviations of a name; the document's own definitions win."""
    table = dict(lexicon())
    table.update(inline or {})
    keys = sorted(table, key=len, reverse=True)
    rx = regex.compile(r"(?<![\p{L}&])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}&])")
    return rx.sub(lambda m: table[m.group(0)], name)
