"""Abbreviations: inline definitions ("người lao động (NLĐ)", "(sau đây viết tắt là CCHC)") and the
lexicon of ``data/abbreviations.tsv``; :func:`expand` spells a name's abbreviations out."""
from __future__ import annotations

import functools

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
    first: dict[str, regex.Match] = {}
    for m in _lexicon_re().finditer(text, start, end):
        first.setdefault(m.group(0), m)
    for short, long in lexicon().items():
        m = first.get(short)
        if m and short not in defined:
            out.append(Abbreviation(short=short, long=long, source="lexicon", start=m.start(), end=m.end()))
    return out


@functools.cache
def _lexicon_re() -> regex.Pattern:
    keys = sorted(lexicon(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}&])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}&])")


def expand(name: str, inline: dict[str, str] | None = None) -> str:
    """Spell out the abbreviations of a name; the document's own definitions win."""
    table, rx = _expander(tuple(sorted((inline or {}).items())))
    return rx.sub(lambda m: table[m.group(0)], name)


@functools.lru_cache(maxsize=256)
def _expander(inline: tuple[tuple[str, str], ...]):
    table = dict(lexicon())
    table.update(dict(inline))
    keys = sorted(table, key=len, reverse=True)
    return table, regex.compile(r"(?<![\p{L}&])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}&])")
