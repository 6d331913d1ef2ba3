"""Abbreviations: inline definitions ("người lao động (NLĐ)", "(sau đây viết tắt là CCHC)") and the
lexicon of ``data/abbreviations.tsv``; :func:`expand` spells a name's abbreviations out."""
from __future__ import annotations

import functools

import regex

from ..model import Abbreviation, Header, Responsibility
from ..text import fold
from ..vocab import abbreviations as lexicon
from ..vocab import cue, issuer_words, prefix_tree_alternation

# (An abbreviation of capitals in groups abbreviates a name word by word: "(BQL KKT)", Ban Quản lý
# Khu kinh tế.)
_DEF = regex.compile(r"\((?:sau\s+đây\s+(?:viết|gọi)\s+tắt\s+là\s+|viết\s+tắt(?:\s+là)?\s*:?\s*|gọi\s+tắt\s+là\s+)?"
                     r"(?P<short>[\p{Lu}][\p{Lu}\p{Ll}&\-]{1,11}(?:[ ]\p{Lu}[\p{Lu}&\-]{1,11}){0,2})\)")
_WORD = regex.compile(r"[\p{L}]+")
# A legend of abbreviations: its opening words and a colon (layout cue "abbreviation_legend"), then
# entries "SHORT: Long name" up to a semicolon, a full stop or the line's end.
_LEGEND = regex.compile(rf"(?m)^[\s*|_]*(?:{cue('abbreviation_legend')})\s*:[ \t]*(?P<entries>[^\n]+)")
# One entry: the abbreviation, a colon or a dash, the long name opening in capitals.
_LEGEND_ENTRY = regex.compile(r"""^\s*(?P<short>
    (?:\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?[ \t]+)?     # a body's kind before it: "Cục", "Trung tâm"
    \p{Lu}[\p{Lu}\p{Ll}&\-]*\p{Lu}[\p{Lu}&\-]*)    # two capitals or more: "QLĐĐ", "TTrB", "DL&TTĐĐ"
    (?:\s*:\s*|[ \t]+[-–][ \t]+)                  # a colon, or a dash between spaces: "BTC - Bộ Tài chính"
    (?P<long>\p{Lu}[^:;]*?)\s*$""", regex.X)


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
        long = _spelled_before(before, words, letters)
        if long is None:
            continue
        if short not in defined:
            defined.add(short)
            out.append(Abbreviation(short=short, long=long, source="inline", start=m.start(), end=m.end()))
    for abbreviation in _legend(text, start, end):
        if abbreviation.short not in defined:
            defined.add(abbreviation.short)
            out.append(abbreviation)
    first: dict[str, regex.Match] = {}
    for m in _lexicon_re().finditer(text, start, end):
        first.setdefault(m.group(0), m)
    for short, long in lexicon().items():
        m = first.get(short)
        if m and short not in defined:
            out.append(Abbreviation(short=short, long=long, source="lexicon", start=m.start(), end=m.end()))
    return out


def _spelled_before(before: str, words: list[regex.Match], letters: str) -> str | None:
    """The words at the end of ``before`` whose initials are ``letters`` (up to three words more
    than letters: "và" is left out of "NN&MT"), with a place's level after them that the
    abbreviation leaves out ("Ban Quản lý Khu kinh tế tỉnh (BQL KKT)": the name is all of it)."""
    places = issuer_words()[1]
    tails = [0] + [len(p.split()) for p in places
                   if fold(" ".join(w.group(0) for w in words[-len(p.split()):])) == fold(p)]
    for tail in tails:
        end = len(words) - tail
        for n in range(len(letters), min(end, len(letters) + 3) + 1):
            cand = words[end - n:end]
            if "".join(_initials(w.group(0)) for w in cand) == letters:
                return before[cand[0].start():].strip(" ,")
    return None


def spells(short: str, long: str) -> bool:
    """Whether an abbreviation's capitals are the initials of its long name's words, in order, some
    words skipped ("Cục QLĐĐ" / "Cục Quản lý đất đai", "TTrB" / "Thanh tra Bộ", "Báo NN&MT" / "Báo
    Nông nghiệp và Môi trường"); not a note's ("GRDP: Theo giá so sánh 2010", a reviewer's case)."""
    head = short.split()[:-1]
    words = long.split()
    if [w.lower() for w in words[:len(head)]] == [w.lower() for w in head]:
        words = words[len(head):]
    capitals = _letters(short.split()[-1])
    initials = "".join(m.group(0)[0].upper() for x in words if (m := _WORD.search(x)))
    it = iter(initials)
    return len(capitals) >= 2 and all(c in it for c in capitals)


def _legend(text: str, start: int, end: int) -> list[Abbreviation]:
    """The abbreviations a legend defines ("Ghi chú: Cục QLĐĐ: Cục Quản lý đất đai; Vụ PC: Vụ Pháp
    chế; VPB: Văn phòng Bộ", under a ministry's task table): each entry whose abbreviation spells
    its long name's initials (:func:`spells`), in a legend of two such entries or more (a note of
    one colon, "Ghi chú: Số liệu ước tính", defines nothing)."""
    out: list[Abbreviation] = []
    for m in _LEGEND.finditer(text, start, end):
        found = []
        at = m.start("entries")
        for part in regex.split(r";|\.(?=\s|$)", m.group("entries")):
            entry = _LEGEND_ENTRY.match(part)
            if entry and spells(entry.group("short"), entry.group("long")):
                # (Without the legend's closing mark: "…; Bộ CT - Bộ Công Thương.*", italics.)
                long = " ".join(entry.group("long").split()).rstrip(".*_ ")
                found.append(Abbreviation(short=entry.group("short"), long=long,
                                          source="inline", start=at, end=at + len(part)))
            at += len(part) + 1
        if len(found) >= 2:
            out += found
    return out


@functools.cache
def _lexicon_re() -> regex.Pattern:
    # The abbreviations longest first, as a tree of shared prefixes (the same matches, found faster:
    # :func:`~pipeline.vocab.prefix_tree_alternation`).
    keys = prefix_tree_alternation(lexicon(), space=regex.escape(" "))
    return regex.compile(r"(?<![\p{L}&])(?:" + keys + r")(?![\p{L}&])")


def expand(name: str, inline: dict[str, str] | None = None) -> str:
    """Spell out the abbreviations of a name; the document's own definitions win."""
    table, own = _expander(tuple(sorted((inline or {}).items())))
    lexicon_re = _lexicon_re()
    if not own:
        return lexicon_re.sub(lambda m: table[m.group(0)], name)
    # The lexicon's pattern and the document's own abbreviations: the earliest match of either,
    # the longer one where both start together — what one pattern of all the abbreviations,
    # longest first, finds.
    out, pos = [], 0
    while True:
        a, b = lexicon_re.search(name, pos), _own_abbreviation(name, pos, own)
        a = a.span() if a else None
        if a is None or b is None:
            m = a or b
        else:
            m = a if (a[0], a[0] - a[1]) <= (b[0], b[0] - b[1]) else b
        if m is None:
            break
        out += [name[pos:m[0]], table[name[m[0]:m[1]]]]
        pos = m[1]
    out.append(name[pos:])
    return "".join(out)


# Where an abbreviation may start: any character not inside a word.
_OUTSIDE_WORD = regex.compile(r"(?<![\p{L}&]).", regex.S)


def _own_abbreviation(name: str, pos: int, own: tuple[str, ...]) -> tuple[int, int] | None:
    r"""The span of the first of the document's own abbreviations (``own``, longest first) from
    ``pos`` on, standing apart from letters and "&": what a pattern ``(?<![\p{L}&])(?:A|B|...)
    (?![\p{L}&])`` of them finds, without compiling a pattern for every document.
    (``str.isalpha`` is ``\p{L}``.)"""
    for m in _OUTSIDE_WORD.finditer(name, pos):
        at = m.start()
        for short in own:
            end = at + len(short)
            if name.startswith(short, at) and (end == len(name) or not (name[end].isalpha() or name[end] == "&")):
                return at, end
    return None


@functools.lru_cache(maxsize=256)
def _expander(inline: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], tuple[str, ...]]:
    """The abbreviations of a document (the lexicon's and its own definitions, which win) and its
    own ones, longest first (none if it defines none)."""
    table = dict(lexicon())
    table.update(dict(inline))
    return table, tuple(sorted(dict(inline), key=len, reverse=True))


_KEY_DASH = regex.compile(r"\s*[-–—]\s*")
_KEY_AND = regex.compile(r"\s*&\s*")
_KEY_TRAILING = regex.compile(r"[\s.,;:]+$")


def unit_key(expanded: str) -> str:
    """A responsible unit's grouping key from its expanded name: folded (case, tone placement,
    spaces), dashes without spaces around them ("chính trị - xã hội" = "chính trị-xã hội"), "&"
    as "và" (an abbreviation the lexicon lacks: "KH&CN" ≠ "Khoa học và Công nghệ" still), no
    trailing punctuation."""
    key = _KEY_AND.sub(" và ", _KEY_DASH.sub("-", fold(expanded)))
    return _KEY_TRAILING.sub("", key)


def expand_names(header: Header, responsibilities: list[Responsibility],
                 abbreviations: list[Abbreviation]) -> None:
    """Fill the expanded names of the issuer, the parent issuer and each responsible unit, with
    the document's own abbreviations (``abbreviations``) before the lexicon's."""
    table = {a.short: a.long for a in abbreviations}
    header.issuer_expanded = expand(header.issuer, table) if header.issuer else None
    header.parent_issuer_expanded = expand(header.parent_issuer, table) if header.parent_issuer else None
    for r in responsibilities:
        r.unit_expanded = expand(r.unit, table)
        r.unit_key = unit_key(r.unit_expanded)


def merged_by_key(responsibilities: list[Responsibility]) -> list[Responsibility]:
    """The responsibilities with one pair per unit and role: a pair whose unit's key and role an
    earlier pair has (the same body named in full and by its abbreviation, "Cục Quản lý đất đai"
    in the text and "Cục QLĐĐ" in the annex under its legend) is dropped, its tasks added to the
    earlier's. Call after :func:`expand_names`."""
    kept: dict[tuple[str | None, str], Responsibility] = {}
    out: list[Responsibility] = []
    for r in responsibilities:
        first = kept.get((r.unit_key, r.role))
        if first is None:
            kept[(r.unit_key, r.role)] = r
            out.append(r)
        elif first.unit != r.unit:
            first.tasks = first.tasks + [t for t in r.tasks if t not in first.tasks]
        else:
            out.append(r)
    return out

