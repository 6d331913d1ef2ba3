"""Language knowledge loaded from the data files under ``pipeline/data`` (one loader for all).

Code elsewhere stays generic: document types, abbreviations, unit words, comparators, the
patterns of web-page chrome and the words of the official layout (motto, recipients' heading,
signing capacities: :func:`cue`) are data, in the spirit of dateparser's language files
(tests/test_data_files.py checks that the files parse and that their keys and the code's reads
agree).
"""
from __future__ import annotations

import csv
import functools
import json
import unicodedata
from dataclasses import dataclass
from importlib import resources

import regex

from .text import fold, strip_marks


def rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, comments (#) and blank lines skipped."""
    text = resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def load_json(name: str):
    """A JSON data file, parsed (each call reads the file: its readers cache what they build)."""
    return json.loads(resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DocType:
    type: str
    header: str
    aliases: tuple[str, ...]
    codes: tuple[str, ...]


@functools.cache
def doc_types() -> tuple[DocType, ...]:
    out = []
    for row in rows("doc_types.tsv")[1:]:  # the first row names the columns
        row = row + [""] * (4 - len(row))
        out.append(DocType(row[0], row[1], tuple(a for a in row[2].split("|") if a),
                           tuple(c for c in row[3].split("|") if c)))
    return tuple(out)


@functools.cache
def doc_type_by_name() -> dict[str, DocType]:
    """Folded type name, header line or alias → DocType."""
    table: dict[str, DocType] = {}
    for dt in doc_types():
        for key in (dt.type, dt.header):
            table.setdefault(fold(key), dt)
    for dt in doc_types():
        for alias in dt.aliases:
            table.setdefault(fold(alias), dt)
    return table


@functools.cache
def doc_type_headers() -> frozenset[str]:
    """The folded header lines of the document types ("kế hoạch", "tờ trình")."""
    return frozenset(fold(d.header) for d in doc_type_by_name().values())


_TYPE_THEN_TITLE = regex.compile(r"^(\p{Lu}+(?:\s+\p{Lu}+){0,3})\s+\p{Lu}\p{Ll}")


@functools.cache
def _type_then_authority() -> regex.Pattern:
    """A type in capitals, then its issuing authority in capitals ("QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI
    CHÍNH về việc …": layout_cues.json issuing_authority) and anything after."""
    authority = cue('issuing_authority', any_case=False)
    return regex.compile(rf"^(\p{{Lu}}+(?:\s+\p{{Lu}}+){{0,3}}?)\s+{authority}\s+\p{{Lu}}")


def type_then_authority(line: str) -> bool:
    """Whether a line opens with a document type's name in capitals and then its issuing
    authority ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")."""
    head = _type_then_authority().match(line)
    return bool(head) and fold(head.group(1)) in doc_type_headers()


@functools.cache
def _longest_type_name() -> int:
    """The most words a document type's name (or header line, or alias) has."""
    return max(len(name.split()) for name in doc_type_by_name())


def doc_type_line(line: str) -> str | None:
    """The header document type a line announces ("KẾ HOẠCH"), if the line is one."""
    s = line.strip().strip("|").strip()
    if not s or len(s) > 250:
        return None
    if s.upper() != s:
        # "KẾ HOẠCH Hoạt động chương trình ...": the type in capitals, its title run on (or its
        # authority: "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH về việc …").
        head = _TYPE_THEN_TITLE.match(s)
        if not (head and fold(head.group(1)) in doc_type_headers() or type_then_authority(s)):
            return None
        return s
    key = fold(s)
    table = doc_type_by_name()
    key_words = key.split()
    # (No name of a type has more words than the longest: a capitals line is tried from there.)
    for n in range(min(len(key_words), _longest_type_name()), 0, -1):
        head = " ".join(key_words[:n])
        dt = table.get(head)
        if dt and fold(dt.header).startswith(head) and len(head) >= 4:
            return s
    return None


def type_name_words(line: str) -> int:
    """The number of words of the longest document type's name a line opens with ("KẾ HOẠCH LIÊN
    TỊCH": 4, "KẾ HOẠCH Triển khai …": 2), 0 if none."""
    key_words = fold(line).split()
    table = doc_type_by_name()
    for n in range(min(len(key_words), _longest_type_name()), 0, -1):
        if " ".join(key_words[:n]) in table:
            return n
    return 0


@functools.cache
def doc_type_by_code() -> dict[str, DocType]:
    """Symbol code ("KH", "NQ") → DocType (first listed wins)."""
    table: dict[str, DocType] = {}
    for dt in doc_types():
        for code in dt.codes:
            table.setdefault(code.upper(), dt)
    return table


@functools.cache
def abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in rows("abbreviations.tsv") if len(row) >= 2}


@functools.cache
@functools.cache
def province_names() -> tuple[str, ...]:
    """The names of the provinces and centrally-run cities of provinces.tsv (current and former),
    as spelled."""
    return tuple(row[0] for row in rows("provinces.tsv")[1:])


def words(name: str) -> frozenset[str]:
    """A one-word-per-line data file as a set of folded words."""
    return frozenset(fold(row[0]) for row in rows(name))


@functools.cache
def patterns(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in rows(name))


def alternation(words) -> str:
    """A regex alternation of phrases, longest first (phrases of one length in alphabetical order,
    so the pattern is the same in every run), any run of spaces matching any whitespace."""
    alts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in alts)


def prefix_tree_alternation(words, escape=regex.escape, space: str = r"\s+") -> str:
    """:func:`alternation` written as a tree of shared prefixes (``Nghị\\s+(?:quyết|định)|...``),
    for patterns compiled without IGNORECASE.

    Why: the regex engine tries the branches of an alternation one after the other at every
    position, so the hundred-odd names of document types cost a hundred attempts per character of
    a plan (most of the time of reference extraction); the tree tries one branch per first
    letter. The matches are the same: phrases (single spaces between words) that both match at one
    position are one a prefix of the other, and the tree, like ``alternation``'s longest-first
    order, tries the longer one first — a node's branches come before the phrase ending at it.
    Anything else (spaces at an end, doubled or other than " ") is left to ``alternation``.
    ``escape`` is ``re.escape`` for a pattern of the standard library's ``re``; ``space`` is what
    a space matches (``regex.escape(" ")``: only itself)."""
    phrases = sorted({w for w in words if w})
    if any(w != w.strip() or "  " in w or any(ch.isspace() and ch != " " for ch in w) for w in phrases):
        alts = sorted(phrases, key=len, reverse=True)
        return "|".join(escape(w).replace(r"\ ", space) for w in alts)
    tree: dict = {}
    for w in phrases:
        node = tree
        for ch in w:
            node = node.setdefault(space if ch == " " else escape(ch), {})
        node[""] = {}  # a phrase ends here

    def longest(node: dict) -> int:
        return max(0 if token == "" else 1 + longest(child) for token, child in node.items())

    def write(node: dict) -> str:
        branches = sorted((token for token in node if token), key=lambda t: -longest(node[t]))
        alts = [token + write(node[token]) for token in branches]
        if not alts:
            return ""
        if "" not in node:
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + "|".join(alts) + ")?"  # the longer phrases first, then the one ending here

    branches = sorted(tree, key=lambda t: -longest(tree[t]))
    return "|".join(token + write(tree[token]) for token in branches)


class PhraseSet:
    """Phrases, asked whether a text is one of them or opens with one and a separator
    (``text == p or text.startswith(p + sep)`` for some phrase ``p`` and separator ``sep``, a
    space by default) in one look-up per phrase length rather than one comparison per phrase."""

    def __init__(self, phrases, separators: str = " "):
        self.separators = separators
        self.by_length: dict[int, set[str]] = {}
        for p in phrases:
            self.by_length.setdefault(len(p), set()).add(p)

    def opens(self, text: str) -> bool:
        size = len(text)
        for n, group in self.by_length.items():
            if n <= size and (n == size or text[n] in self.separators) and text[:n] in group:
                return True
        return False


@functools.cache
def issuer_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words opening a body's name, place words), longest first, from ``issuers.tsv``."""
    entries = rows("issuers.tsv")[1:]
    orgs = tuple(sorted((r[0] for r in entries if r[1] == "org"), key=len, reverse=True))
    places = tuple(sorted((r[0] for r in entries if r[1] == "place"), key=len, reverse=True))
    return orgs, places


# --- the words of the official layout (layout_cues.json) -------------------------------------

_DASHES = "-–—"
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (combining)
# An open "oa/oe/uy" syllable in decomposed form: its first vowel, a mark, its second vowel, a mark.
_OPEN_SYLLABLE = regex.compile(r"(?<![qQ])([oOuU])(\p{Mn}?)([aeyAEY])(\p{Mn}?)(?!\p{L})")


@functools.cache
def _layout_cues() -> dict:
    return load_json("layout_cues.json")


def tone_placements(word: str) -> tuple[str, ...]:
    """The word and, where it ends in an open oa/oe/uy syllable with a tone, its spelling with the
    tone on the other vowel: ("HÒA", "HOÀ"), ("thuỷ", "thủy"); both are in use (:func:`fold`
    unifies them for matching keys, a pattern must take both)."""
    def swap(m: regex.Match) -> str:
        first, second = m.group(2), m.group(4)
        if (first and first in _TONE_MARKS and not second) or (second and second in _TONE_MARKS and not first):
            return m.group(1) + second + m.group(3) + first
        return m.group(0)
    other = unicodedata.normalize("NFC", _OPEN_SYLLABLE.sub(swap, unicodedata.normalize("NFD", word)))
    return (word,) if other == word else (word, other)


def _cue_entry(name: str) -> dict:
    entry = _layout_cues()[name]
    if not isinstance(entry, dict) or not entry.get("phrases"):
        raise KeyError(f"layout_cues.json: {name!r} is no cue with phrases")
    return entry


def cue_phrases(name: str, words: int | None = None, only: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The phrases of a layout cue as the data file spells them (the standard spelling first),
    those of ``only`` alone where given (each must be one of them), cut to their first ``words``
    words where given (a dash between words is no word)."""
    listed = _cue_entry(name)["phrases"]
    if only is not None:
        unknown = [p for p in only if p not in listed]
        if unknown:
            raise KeyError(f"layout_cues.json: {name!r} has no phrase {unknown}")
        listed = [p for p in listed if p in only]
    out: list[str] = []
    for phrase in listed:
        tokens = phrase.split()
        if words is not None:
            kept: list[str] = []
            for token in tokens:
                if sum(1 for t in kept if t.strip(_DASHES)) == words:
                    break
                kept.append(token)
            while kept and not kept[-1].strip(_DASHES):
                kept.pop()
            tokens = kept
        cut = " ".join(tokens)
        if cut and cut not in out:
            out.append(cut)
    return tuple(out)


def _letters_source(word: str, marks_optional: bool) -> str:
    """A pattern for one spelling of a word: each marked letter, where marks are optional, also
    stands for its bare letter ("[ƠO]")."""
    out = []
    for ch in word:
        bare = strip_marks(ch)
        out.append(f"[{ch}{bare}]" if marks_optional and bare != ch and ch.isalpha() else regex.escape(ch))
    return "".join(out)


def _phrase_source(phrase: str, marks_optional: bool, dot_or_slash: bool) -> str:
    tail = ""
    if dot_or_slash and phrase.endswith("."):
        phrase, tail = phrase[:-1], r"\s*[./]"
    parts: list[str] = []
    previous_dash = True  # (nothing before the first word)
    for token in phrase.split():
        dash = not token.strip(_DASHES)
        if parts:
            parts.append(r"\s*" if dash or previous_dash else r"\s+")
        if dash:
            parts.append(f"[{_DASHES}]")
        else:
            spellings = [_letters_source(w, marks_optional) for w in tone_placements(token)]
            parts.append(spellings[0] if len(spellings) == 1 else "(?:" + "|".join(spellings) + ")")
        previous_dash = dash
    return "".join(parts) + tail


@functools.cache
def cue(name: str, words: int | None = None, any_case: bool = True, marks_optional: bool = True,
        only: tuple[str, ...] | None = None, capitals: bool = False) -> str:
    """The pattern (source, for a larger pattern) of a layout cue of ``layout_cues.json``: any of
    its phrases (those of ``only``, or their first ``words`` words), longest first, with any run
    of whitespace for a space, a dash with or without spaces around it, either tone placement, and
    the entry's own tolerance: any case, optional marks, a final dot that may be a slash.
    ``any_case=False`` / ``marks_optional=False`` / ``only`` narrow that for a consumer that must
    not match more (its case, its marks or its phrases are part of what it tells apart). The case
    rule is scoped to the cue, ``(?i:...)`` or ``(?-i:...)``, so the pattern around it keeps its own.
    ``capitals=True``: the phrases in capitals only ("PHỤ LỤC" of "Phụ lục")."""
    entry = _cue_entry(name)
    case = bool(entry.get("any_case")) and any_case and not capitals
    marks = bool(entry.get("marks_optional")) and marks_optional
    dot_or_slash = bool(entry.get("dot_or_slash"))
    phrases = sorted(cue_phrases(name, words, only), key=len, reverse=True)
    if capitals:
        phrases = [p.upper() for p in phrases]
    sources = list(dict.fromkeys(_phrase_source(p, marks, dot_or_slash) for p in phrases))
    return ("(?i:" if case else "(?-i:") + "|".join(sources) + ")"


@functools.cache
def cue_pattern(name: str, words: int | None = None, any_case: bool = True, marks_optional: bool = True,
                only: tuple[str, ...] | None = None) -> regex.Pattern:
    """:func:`cue` compiled (once): a search for the cue anywhere."""
    return regex.compile(cue(name, words, any_case, marks_optional, only))


@functools.cache
def _issuer_codes() -> frozenset[str]:
    """The issuers' codes of a symbol (references.json ``symbol_issuers``, ``province_issuers``),
    in capitals."""
    v = load_json("references.json")
    return frozenset(c.upper() for c in (*v["symbol_issuers"], *v["province_issuers"]))


_GLUED_PART = regex.compile(r"^(?P<year>\d{4}/)?(?P<part>\p{Lu}[\p{L}&]*)$")


def unglued_symbol(symbol: str) -> str:
    """A state symbol whose hyphen a text layer lost ("NQCP", "2023/NĐCP", "QĐBYT"), with it put
    back ("NQ-CP", "2023/NĐ-CP", "QĐ-BYT"): the symbol is one part (a year before it allowed), no
    code of its own, a document type's code (doc_types.tsv) glued to an issuer's
    (references.json ``symbol_issuers``, ``province_issuers``), one way only; any other symbol as
    it is."""
    m = _GLUED_PART.match(symbol)
    if m is None:
        return symbol
    part = m.group("part")
    types, issuers = doc_type_by_code(), _issuer_codes()
    upper = part.upper()
    if upper in types or upper in issuers:
        return symbol
    splits = [k for k in range(1, len(part)) if upper[:k] in types and upper[k:] in issuers]
    if len(splits) != 1:
        return symbol
    k = splits[0]
    return f"{m.group('year') or ''}{part[:k]}-{part[k:]}"
