"""References: documents a plan cites, one :class:`Reference` per mention.

Found forms: "Nghị quyết số 01/NQ-LĐLĐ, ngày 10/10/2023 của Ban Chấp hành ... về ...",
"Nghị định 98/2023/NĐ-CP", party "Chỉ thị số 34-CT/TW", stray spaces "05- CT/TW", "39/HD - CĐN",
abbreviated types "QĐ số 2214/QĐ-TTg", capitals in titles "CHỈ THỊ SỐ 01/CT-TTG"; short forms
"Nghị quyết số 20", "Chỉ thị 05" (resolved by :mod:`pipeline.resolve`); named documents without a
number ("Luật Thi đua, khen thưởng năm 2022", "Nghị quyết Đại hội XIII Công đoàn Việt Nam").
Types and their abbreviations come from ``data/doc_types.tsv``, cue words from
``data/references.json``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from ..model import Reference
from ..scan import lower_same_length, matches_at
from ..text import fold
from ..vocab import (
    alternation,
    cue,
    doc_type_by_code,
    doc_type_by_name,
    doc_types,
    issuer_words,
    load_json,
    prefix_tree_alternation,
    tone_placements,
    unglued_symbol,
)
from .dates import first_date


@functools.cache
def _vocab():
    return load_json("references.json")


# The words of this module's patterns: data/references.json, and the date words of data/dates.json.
_V = _vocab()
_DATES = load_json("dates.json")
_DAY, _MONTH, _YEAR = (alternation([_DATES[k]]) for k in ("day", "month", "year"))
_AND_WORD = _V["and_word"]
_AND = alternation([_AND_WORD])
# The number word in its cases ("số", "SỐ", "Số"), and as printed without its marks ("so").
_NUMBER_WORD = _V["number_word"]
_NUMBER = alternation([_NUMBER_WORD])
_NUMBER_FORMS = list(dict.fromkeys((_NUMBER_WORD, _NUMBER_WORD.upper(), _NUMBER_WORD[:1].upper() + _NUMBER_WORD[1:])))
_NUMBER_WORDS = alternation(_NUMBER_FORMS)
_NUMBER_WORDS_ANY = alternation([*_NUMBER_FORMS, _V["number_word_unmarked"]])
_NUMBER_OR_UNMARKED = alternation([_NUMBER_WORD, _V["number_word_unmarked"]])
# What after a type and a number makes it a count ("Kế hoạch 5 năm"), spaces as printed.
_NOT_NUMBER_NOUNS = "|".join(regex.escape(w) for w in [_DATES["year"], _DATES["month"], _DATES["day"],
                                                       *_V["not_number_nouns"]])
# The term word in either tone placement, capitalised or not ("khóa", "khoá", "Khóa", "Khoá").
_TERM_FORMS = [form for w in tone_placements(_V["term_word"]) for form in (w, w[:1].upper() + w[1:])]
_LAW_TYPE = _V["law_type"]
# A law's head as printed, and with each word capitalised: "Bộ Luật Hình sự" is the code
# "Bộ luật Hình sự".
_LAW_HEAD_FORMS = tuple(dict.fromkeys(f for h in _V["law_heads"] for f in (h, " ".join(w[:1].upper() + w[1:]
                                                                                     for w in h.split()))))
_LAWS = alternation(_LAW_HEAD_FORMS)



@functools.cache
def _type_names() -> tuple[str, ...]:
    """The names of document types, in each case they are written in."""
    names = []
    for dt in doc_types():
        names += [dt.type, dt.header, dt.type.lower()]
        names += list(dt.aliases)
    return tuple(n for n in names if n and len(n) >= 2)


@functools.cache
def _typealternation() -> str:
    """The names of document types as one alternation, for patterns compiled without IGNORECASE."""
    return prefix_tree_alternation(_type_names())


@functools.cache
def _type_name_start() -> re.Pattern:
    """Where a document type's name may start, looked for in the text in lower case.

    Why: the reference patterns that open with a type's name (:func:`_code_ref`,
    :func:`_short_ref`) are tried at these positions only (:func:`~pipeline.scan.matches_at`)
    instead of being run over the whole text: the standard library's ``re`` finds the names
    several times faster than ``regex`` does, once for both patterns, and faster still in one case
    (half the names) and without a look-ahead at every position (:mod:`pipeline.scan`).
    No position is missed (:func:`_type_starts`): ``re``'s ``\\s`` matches every character
    ``regex``'s does and the names are otherwise literal, so where the text holds a name, the
    text in lower case holds that name in lower case (a name in another case is a failed try)."""
    return re.compile(prefix_tree_alternation({n.lower() for n in _type_names()}, escape=re.escape))


def _type_starts(text: str, lower: str, start: int, end: int) -> list[int]:
    """Every position of text[start:end] where a type's name may start (``lower`` is that part
    in lower case, :func:`~pipeline.scan.lower_same_length`). A name may start inside another one
    found (they overlap), so the positions inside each one found are tried too."""
    names = _type_name_start()
    starts = []
    for m in names.finditer(lower):
        starts.append(start + m.start())
        for p in range(m.start() + 1, m.end()):
            if names.match(lower, p):
                starts.append(start + p)
    return starts


# Symbol parts: "NQ", "LĐLĐ", "QĐ-TTg", "PGD&ĐT", "UBQGCĐS"; a dot only inside ("HĐ.TV"). Stray
# spaces around separators are allowed on one line ("05- CT/TW", "39/HD - CĐN"), never a line break.
_SYMBOL_PART = r"[\p{Lu}][\p{L}\d&]*(?:\.(?=\p{L})[\p{L}\d&]*)*"
_SYMBOL = (rf"(?:\d{{4}}[ \t]*/[ \t]*)?{_SYMBOL_PART}(?:[ \t]*[-/][ \t]*(?:{_SYMBOL_PART}|\d+[\p{{L}}&]*))*")


@functools.cache
def _code_ref() -> regex.Pattern:
    t = _typealternation()
    return regex.compile(
        # The number word: "số", "SỐ", "Số", "so" written without its marks ("Chỉ thị so 41-CT/TW",
        # a typist's or a converter's loss), "s" glued to the number; or a colon.
        rf"(?<![\p{{L}}])(?P<type>{t})(?:\s+(?:{_NUMBER_WORDS_ANY})\s*:?|\s*:|\s+s(?=\d))?\s*"
        # The number: digits, a letter ("12a"), or a dotted second part ("66.2/2025/NQ-CP": a
        # resolution numbered after another); then the separator, or spaces before a party code.
        rf"(?P<number>\d{{1,5}}(?:\.\d{{1,3}}(?=[ \t]*/))?[a-z]?)"
        # An en dash typed for the hyphen ("35–NQ/TW") is one.
        # (Or a party code glued to the number, its hyphen lost: "Kết luận số 115KL/TW".)
        rf"(?:[ \t]*(?P<sep>[/\-–])[ \t]*|[ \t]+(?=\p{{Lu}}+[ \t]*/)|(?=(?:{_type_codes()})/))"
        rf"(?P<symbol>{_SYMBOL})",
        regex.V1)


@functools.cache
def _type_codes() -> str:
    """The document types' codes of one part (doc_types.tsv), an alternation as printed."""
    return alternation(c for dt in doc_types() for c in dt.codes if "-" not in c)


@functools.cache
def _code_list_ref() -> regex.Pattern:
    """A type, then several numbers sharing one symbol ("các Nghị định 87, 88, 31/CP": three decrees
    87/CP, 88/CP and 31/CP; "các Quyết định số 1721 và 1722/QĐ-TTg"; "các Nghị quyết số 18, 19-NQ/TW"),
    as documents cite a series."""
    t = _typealternation()
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<type>{t})(?:\s+(?:{_NUMBER_WORDS_ANY})\s*:?)?\s*"
        rf"(?P<numbers>\d{{1,5}}(?:(?:[ \t]*,[ \t]*|[ \t]+{_AND}[ \t]+)\d{{1,5}})+)[ \t]*(?P<sep>[/-])[ \t]*"
        rf"(?P<symbol>{_SYMBOL})",
        regex.V1)


@functools.cache
def _bare_ref() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}\d/.-])(?P<number>\d{{1,5}}[a-z]?)[ \t]*(?P<sep>[/-])[ \t]*"
                         rf"(?P<symbol>{_SYMBOL})", regex.V1)


@functools.cache
def _short_ref() -> regex.Pattern:
    t = _typealternation()
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<type>{t})(?:[ \t]+(?:{_NUMBER_WORDS}))?[ \t]+(?P<number>\d{{1,5}}[a-z]?)"
        rf"(?![\d/\-]|\s*[-/]\s*\p{{Lu}}|\s+\p{{Lu}}+\s*/)"
        rf"(?!\s*(?:{_NOT_NUMBER_NOUNS}))", regex.V1)


@functools.cache
def _named_ref() -> regex.Pattern:
    starts = prefix_tree_alternation(list(dict.fromkeys([*_vocab()["named_starts"], *_LAW_HEAD_FORMS])))
    return regex.compile(rf"(?<![\p{{L}}])(?P<start>{starts})\s+(?P<rest>\S)", regex.V1)


def type_of_symbol(symbol: str):
    """The document type a symbol's code names ("2021/QĐ-TTg" → Quyết định), its first two parts
    tried before its first ("28/TT-MTTW-BTT": "TT-MTTW", a Thông tri, not "TT", a Thông tư)."""
    parts = _SYMBOL_SEPARATOR.split(_YEAR_PART.sub("", symbol).upper())
    table = doc_type_by_code()
    return (table.get("-".join(parts[:2])) if len(parts) > 1 else None) or table.get(parts[0])


@functools.cache
def _generic_type_words() -> frozenset[str]:
    """Words for any document before its number ("văn bản số …"), folded: its symbol names its type."""
    return frozenset(fold(w) for w in _vocab()["generic_type_words"])


def _cited_type(raw: str, symbol: str) -> str:
    """The type of a document cited by its type's word and its number and symbol: the word's, or,
    for a word of any document (:func:`_generic_type_words`), the one its symbol's code names
    ("văn bản số 15/TT-MTTW-BTT": a Thông tri), else a Công văn (the word's alias)."""
    typ = canonical_type(raw)
    if fold(raw) in _generic_type_words():
        dt = type_of_symbol(symbol)
        return dt.type if dt else typ
    return typ


def canonical_type(raw: str) -> str:
    dt = doc_type_by_name().get(fold(raw))
    return dt.type if dt else raw[:1].upper() + raw[1:].lower()


_SPACES = regex.compile(r"\s+")


def _clean_symbol(sym: str) -> str:
    """A symbol as cited, its spaces out, its lost hyphen back ("208/NQCP": "NQ-CP",
    :func:`pipeline.vocab.unglued_symbol`)."""
    return unglued_symbol(_SPACES.sub("", sym).rstrip("."))


@functools.cache
def _issuer_stop() -> regex.Pattern:
    # (Only where it matches counts, not which word: the words may go in a tree.)
    stops = prefix_tree_alternation(_vocab()["issuer_stops"])
    return regex.compile(rf"\s(?:{stops})(?!\p{{L}})|[,;.:()“”\"\n]|\s[-–]\s", regex.I)


# A body's title cut by a line break before its capital ("của Thủ tướng\nChính phủ phê duyệt …"):
# capitalised words opened by a title before the break.
_TITLE_BEFORE_BREAK = regex.compile(r"\p{Lu}\p{Ll}*\s+\p{Ll}+")
# A name's words: each capitalised, with at most one word in lower case after it ("Chính phủ").
_NAME_WORDS = regex.compile(r"\p{Lu}[\p{L}&]*(?:[ \t]+\p{Ll}+)?(?:[ \t]+\p{Lu}[\p{L}&]*(?:[ \t]+\p{Ll}+)?)*")
# A line opening with a citing clause's cue ("Căn cứ", "Thực hiện").
_RELATION_OPENING = regex.compile(
    rf"\s*(?:{alternation(_V['relation_cues']['implements'] + _V['relation_cues']['basis'])})(?!\p{{L}})", regex.I)


def _wrapped_name_goes_on(rest: str, stop: regex.Match) -> bool:
    """Whether the line break at ``stop`` falls inside the issuer's name: the words before it are
    capitalised words ("Bộ\nChính trị", "Ủy ban nhân dân Thành phố Hồ Chí\nMinh") or a title of
    two words ("Thủ tướng\nChính phủ"), and the next line opens no cited document and no citing
    clause ("… của Chính phủ\nCăn cứ …")."""
    before = rest[:stop.start()].strip()
    if not (_CAPITALISED_WORDS.fullmatch(before) or _TITLE_BEFORE_BREAK.fullmatch(before)):
        return False
    after = rest[stop.end():]
    return not _starts_document(after, 0) and not _RELATION_OPENING.match(after)


# "và" or a dash inside a body's name, a capitalised word after it that opens no cited document
# ("Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội", "Bà Rịa - Vũng Tàu"; not "của
# Chính phủ và Quyết định số …").
def _joins_name(rest: str, stop: regex.Match) -> bool:
    joint = stop.group(0).strip()
    if fold(joint) != fold(_V["and_word"]) and joint not in ("-", "–"):
        return False
    after = rest[stop.end():].lstrip()
    return bool(after[:1].isupper()) and not _starts_document(after, 0)


# What may follow a cited document's code: its date, year, issuer, term and subject.
_DATE_NEXT = regex.compile(rf"\s*,?\s*(?:{alternation([_V['issued_word']])}\s+)?(?=(?:{_DAY}|\d))", regex.I)
_YEAR_NEXT = regex.compile(rf"\s*,?\s*{_YEAR}\s+(\d{{4}})\b")
_ISSUER_NEXT = regex.compile(rf"\s*,?\s*(?:{alternation(_V['issuer_cues'])})\s+", regex.I)
_TERM_NEXT = regex.compile(rf"\s*\((?:{alternation(_TERM_FORMS)})\s+[IVXL]+\)")
_SUBJECT_WORDS = alternation([*_V["subject_words"], _V["about_word"]])
_SUBJECT_NEXT = regex.compile(rf"\s*,?\s*(?:{_SUBJECT_WORDS}|{cue('subject')})\s+")
_QUOTED = regex.compile(r"[“\"]([^”\"]{3,250})[”\"]")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")


# A line break inside a body's name: a capital after it ("Bộ\nChính trị").
_WRAPPED_NAME = regex.compile(r"\n\p{Lu}\p{Ll}*(?:\s|$)")
# A body's name: words each opening with a capital, and "nhân dân" and the like between them
# ("Ủy ban nhân dân Thành phố Hồ Chí"), the last one capitalised.
_CAPITALISED_WORDS = regex.compile(r"\p{Lu}[\p{L}&]*(?:\s+[\p{L}&]+)*?\s+\p{Lu}[\p{L}&]*|\p{Lu}[\p{L}&]*")


def _repeated_symbol(window: str, symbol: str) -> int:
    """The length of ``symbol`` printed again at the start of ``window`` after spaces, else 0."""
    spaces = len(window) - len(window.lstrip(" \t"))
    end = spaces + len(symbol)
    if spaces and window[spaces:end] == symbol and not _LETTER_OR_DIGIT.match(window, end):
        return end
    return 0


def _tail(text: str, pos: int, limit: int,
          symbol: str | None = None) -> tuple[str | None, str | None, str | None, int, int]:
    """Date, issuer and subject following a document code at ``pos``; returns (date, issuer,
    subject, end of the date/issuer part, end of the subject)."""
    date = issuer = subject = None
    if symbol:
        # A symbol printed twice ("37-NQ/TW NQ/TW ngày ...").
        pos += _repeated_symbol(text[pos:pos + len(symbol) + 3], symbol)
    # "Luật Đất đai được Quốc hội khóa XV, kỳ họp thứ 5 thông qua ngày 18/01/2024": the body that
    # passed it (up to its first comma) is the issuer, the date follows.
    passed = _passed_by().match(text, pos, min(limit, pos + 200))
    if passed:
        issuer = _one_line(passed.group("body").split(",")[0])
        pos = passed.end()
    end = pos
    window = text[pos:min(limit, pos + 400)]
    m = _DATE_NEXT.match(window)
    if m:
        first = first_date(text, pos + m.end(), min(limit, pos + m.end() + 40))
        if first and first.start <= pos + m.end() + 6 and first.granularity == "day":
            date = first.value
            end = first.end
    m = _YEAR_NEXT.match(text[end:end + 12])
    if date is None and m:
        date = m.group(1)
        end += m.end()
    m = _ISSUER_NEXT.match(text[end:end + 12]) if issuer is None else None
    if m:
        s = end + m.end()
        rest = text[s:min(limit, s + 150)]
        stop = _issuer_stop().search(rest)
        # A name wrapped before a capital ("của Bộ\nChính trị", "Ủy ban nhân dân Thành phố Hồ Chí\nMinh"):
        # a line break with a capital after it, in a name of capitalised words, goes on.
        # (Past the break, only the name's own words: capitalised ones, each with at most one word
        # in lower case after it, "Thủ tướng\nChính phủ phê duyệt …" → "Chính phủ".)
        wrapped_at = -1
        while stop is not None and (stop.group(0) == "\n" and _WRAPPED_NAME.match(rest, stop.start())
                                    and _wrapped_name_goes_on(rest, stop)
                                    or _joins_name(rest, stop)):
            if stop.group(0) == "\n":
                wrapped_at = stop.end()
            stop = _issuer_stop().search(rest, stop.end())
        cand = rest[:stop.start()] if stop else rest
        if wrapped_at >= 0:
            own = _NAME_WORDS.match(rest, wrapped_at)
            cand = cand[:own.end()] if own and own.end() < len(cand) else cand
        # "(khóa XI)" belongs to the issuer.
        cand = cand.strip()
        if cand and cand[0].isupper() and len(cand.split()) <= 14:
            issuer = _one_line(cand)
            end = s + len(cand)
            km = _TERM_NEXT.match(text[end:end + 20])
            if km:
                issuer += km.group(0)
                end += km.end()
    sub_end = end
    m = _SUBJECT_NEXT.match(text[end:end + 12])
    if m:
        s = end + m.end()
        rest = text[s:min(limit, s + 300)]
        q = _QUOTED.match(rest)
        if q:
            subject = q.group(1).strip()
            sub_end = s + q.end()
        else:
            stop = _subject_stop().search(rest)
            cand = rest[:stop.start()] if stop else rest
            subject = cand.strip() or None
            sub_end = s + len(cand.rstrip())
    return date, issuer, subject, end, sub_end


@functools.cache
def _passed_by() -> regex.Pattern:
    v = _vocab()["passed_by"]
    return regex.compile(rf"\s*,?\s*(?:{alternation(v['passive'])})\s+(?P<body>\p{{Lu}}[^;.\n]{{0,120}}?)\s+"
                         rf"(?:{alternation(v['verbs'])})(?!\p{{L}})")


def _starts_document(text: str, pos: int) -> bool:
    return bool(_document_type_word().match(text[pos:pos + 40]))


@functools.cache
def _document_type_word() -> regex.Pattern:
    return regex.compile(rf"(?:{_typealternation()})(?!\p{{L}})")


@functools.cache
def _subject_stop() -> regex.Pattern:
    """Where a cited document's subject ends: a sentence or clause break, the next cited document
    ("..., Kế hoạch số ..."), or the citing body's own sentence ("..., Sở Tư pháp ban hành ...")."""
    # Header words are in capitals ("ỦY BAN"); in running text only the first letter is ("Ủy ban").
    orgs = prefix_tree_alternation({form for w in issuer_words()[0] for form in (w, w[0] + w[1:].lower())})
    return regex.compile(
        rf"[;.\n]|\s\(|(?:,|\s+{_AND})\s*(?=(?:{_SUBJECT_STOP_TYPES})\s)"
        rf"|,\s*(?=(?:{orgs})\s)")


# Where a named document's name ends: punctuation, or a word that starts the sentence's next part.
# (A table's cell separator too: "… | Luật | Bộ Tài chính |".)
_NAME_STOP = regex.compile(
    r"[;.\n:()“”\"|]|,\s*"
    rf"|\s(?:{alternation(_V['name_stop_words'])})(?:\s|(?!\p{{L}}))"
    r"|\s[-–]\s", regex.I)
# "Nghị quyết đại hội lần thứ\nXIII của Đảng": an ordinal's numeral wrapped onto the next line.
_WRAPPED_ORDINAL = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation([_V['ordinal_word'], *tone_placements(_V['term_word'])])})\n[IVXL]+(?!\p{{L}})",
    regex.I)
# Names of bodies ending in a name stop word ("Ủy ban") and phrases of a name ending in one
# ("tác hại của", "có công với"), folded.
_NAME_BODIES = tuple(fold(w) for w in (*_V["name_bodies"], *_V["name_inner_phrases"]))
# Stop words that go on inside the name of a document of a type ("Công ước ... về ..."), folded.
_NAME_INNER_WORDS = {canonical: tuple(fold(w) for w in words) for canonical, words in _V["name_inner_words"].items()}
_WRAPPED_NAME_END = regex.compile(
    rf"\p{{Lu}}\p{{Ll}}*(?:[ \t]+\p{{Ll}}+){{0,4}}(?=[ \t]+(?:{_DAY}|{_NUMBER})[ \t]|[ \t]*[;.])",
    regex.V1)
_YEAR_OF_NAME = regex.compile(rf"\s+{_YEAR}\s+\d{{4}}")
# After a comma or "và" in a law's name, words in lower case running straight into its year, date
# or number: "Luật Trật tự, an toàn giao thông đường bộ năm 2024", "Luật Phòng cháy, chữa cháy
# và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024", "Luật Đo đạc và bản đồ ngày 14/6/2018" (what
# comes right before a law's year, date or number is its name) ...
_LOWER_RUN_TO_DATE = regex.compile(
    # (A capital only right after "và", and not opening a document: "Luật Tài nguyên, môi trường
    # biển và Hải đảo năm 2015" as some print it.)
    rf"\p{{Ll}}(?:[\p{{Ll}} \t,]|(?<=[ \t]{_AND}[ \t])(?!(?:{_typealternation()}|{_LAWS})(?!\p{{L}}))\p{{Lu}}){{0,60}}?"
    rf"(?=[ \t]+(?:{_YEAR}[ \t]+\d{{4}}|{_DAY}[ \t]+\d|{_NUMBER}[ \t]+\d)"
    # ... or into the next law of a list ("Luật Cán bộ, công chức và Luật Viên chức"): what comes
    # right before another law's head is the name of the one before.
    rf"|[ \t]*(?:,|[ \t]{_AND})[ \t]+(?:{_LAWS})[ \t]+\p{{Lu}})", regex.V1)
# ... unless a word of the run opens the sentence's next part ("Luật Đất đai, trước ngày …",
# "…, được sửa đổi năm 2017").
_RUN_BREAK = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation([w for w in _V['name_stop_words'] if w != _AND_WORD] + _V['name_run_not_words'])})"
    rf"(?!\p{{L}})", regex.I)


@functools.cache
def _law_name_continuations() -> tuple[str, ...]:
    return tuple(fold(w) for w in _vocab()["law_name_continuations"])


@functools.cache
def _not_law_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in _vocab()["not_law_words"])


_WORD = regex.compile(r"\p{L}+")


def _first_word(text: str, pos: int) -> str:
    """The word at ``pos``, folded."""
    m = _WORD.match(text, pos)
    return fold(m.group(0)) if m else ""


def _named_end(text: str, start: int, limit: int, inner: tuple[str, ...] = ()) -> int:
    """End of a named document's name ("Luật Thi đua, khen thưởng năm 2022"); the stop words
    ``inner`` (folded) go on inside it ("Công ước Liên hợp quốc về chống tham nhũng")."""
    cont = _law_name_continuations()
    pos = start
    stop_rx = _NAME_STOP
    while pos < limit:
        m = stop_rx.search(text, pos, min(limit, pos + 200))
        if not m:
            return min(limit, pos + 120)
        tok = m.group(0)
        if (tok.startswith(",") or fold(tok.strip()) == fold(_AND_WORD)) \
                and fold(text[m.end():m.end() + 20]).startswith(cont):
            pos = m.end()
            continue
        if tok.startswith(",") or fold(tok.strip()) == fold(_AND_WORD):
            run = _LOWER_RUN_TO_DATE.match(text, m.end(), limit)
            if run is not None and not _RUN_BREAK.search(run.group(0)):
                pos = run.end()
                continue
        # "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": "và" joins two capitalised names,
        # unless a new document follows ("... và Nghị quyết ...").
        if fold(tok.strip()) == fold(_AND_WORD) and text[m.end():m.end() + 1].isupper() \
                and not _starts_document(text, m.end()):
            pos = m.end()
            continue
        # "Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025": a hard wrap before a capital that
        # normalising left (it joins only after words that cannot end a line), when what follows
        # is a few words running straight into the document's date, number or the clause's end.
        if tok == "\n" and (_WRAPPED_NAME_END.match(text, m.end(), limit)
                            or _WRAPPED_ORDINAL.search(text, max(start, m.start() - 8), m.end() + 8)):
            pos = m.end()
            continue
        # "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": a stop word ending a body's name
        # ("ban" of "Ủy ban") is part of the name.
        if tok.strip() and (fold(tok.strip()) in inner
                            or fold(text[max(start, m.start() - 16):m.end()].rstrip()).endswith(_NAME_BODIES)):
            pos = m.end() - 1
            continue
        end = m.start()
        # Keep a trailing "năm 2022" / "(khóa XII)" that is part of the name.
        ym = _YEAR_OF_NAME.match(text[end:end + 12])
        if ym:
            end += ym.end()
        return end
    return limit


_CAPITAL = regex.compile(r"\p{Lu}")
_YEAR_PART = regex.compile(r"^\d{4}/")
_SYMBOL_SEPARATOR = regex.compile(r"[-/]")
_LIST_BEFORE = regex.compile(rf"(?:[;,]|\s{_AND})\s*$")
_NUMBER_WORD_BEFORE = regex.compile(rf"(?i){_NUMBER}\s*:?\s*$")
_SENTENCE_END = regex.compile(r"[.!?]\s*$")
# What makes "Nghị quyết Đại hội ..." one congress's resolution: a numeral, an ordinal, a name.
_CONGRESS_STRICT = regex.compile(rf"(?:[IVXL]+\b|{alternation(_V['congress_words']['strict'])}|\p{{Lu}}\p{{Ll}})")
_CONGRESS_LOOSE = regex.compile(rf"(?:[IVXL]+\b|\p{{Lu}}|{alternation(_V['congress_words']['loose'])})", regex.I)
_ALL_LEVELS_WORDS = fold(_V["all_levels"])
_ALL_LEVELS = regex.compile(rf"\s*{alternation([_V['all_levels']])}\b")
# (spaces as printed)
_CONGRESS_OR_PLENUM = regex.compile(r"\s+(" + "|".join(map(regex.escape, _V["congress_or_plenum"])) + r").*")
_NAME_YEAR = regex.compile(rf"{_YEAR}\s+(\d{{4}})$")
_DATE_WORD_NEXT = regex.compile(rf"\s+(?={_YEAR}|{_DAY}|{_MONTH})")
# "của" and a body's name in capitals, up to four words ("của Đảng", "của Đảng Cộng sản Việt Nam").
_OF_BODY = regex.compile(rf"[ \t]+{alternation([_V['of_word']])}[ \t]+"
                         rf"\p{{Lu}}\p{{L}}*(?:[ \t]+\p{{Lu}}\p{{L}}*){{0,3}}")
_AFTER_NUMERAL = regex.compile(r"(?<=\s(?:[IVXLC]+|\d{1,2}))(?:[ \t]+\p{Ll}+)+[ \t]*$")
_OF_NEXT = regex.compile(rf"\s*,?\s*{alternation([_V['of_word']])}\s")
# "Nghị quyết Hội nghị lần thứ bảy, Ban Chấp hành Trung ương Đảng khóa X": after a comma, the body
# that held the congress or plenum goes on in its resolution's name.
_PLENUM_BODY_NEXT = regex.compile(rf",[ \t]*(?=(?:{alternation(_V['plenum_body_words'])})(?!\p{{L}}))")


class _Spans:
    """The spans of the references found so far: whether a new one overlaps one of them, whether
    one ends shortly before a position. Spans are kept in buckets of positions, so that a plan
    citing thousands of documents is not checked against all of them at every mention."""

    BUCKET = 256

    def __init__(self):
        self.buckets: dict[int, list[tuple[int, int]]] = {}
        self.empty: list[tuple[int, int]] = []  # spans with end <= start (none so far)
        self.ends: list[int] = []  # sorted

    def add(self, start: int, end: int) -> None:
        if end > start:
            for b in range(start // self.BUCKET, (end - 1) // self.BUCKET + 1):
                self.buckets.setdefault(b, []).append((start, end))
        else:
            self.empty.append((start, end))
        bisect.insort(self.ends, end)

    def free(self, start: int, end: int) -> bool:
        """No span found so far overlaps start..end."""
        if end <= start:
            spans = [s for group in self.buckets.values() for s in group]
        else:
            spans = [s for b in range(start // self.BUCKET, (end - 1) // self.BUCKET + 1)
                     for s in self.buckets.get(b, ())]
        return all(end <= a or start >= b for a, b in spans + self.empty)

    def ends_within(self, lo: int, hi: int) -> bool:
        """Some span found so far ends at a position from lo to hi."""
        i = bisect.bisect_left(self.ends, lo)
        return i < len(self.ends) and self.ends[i] <= hi


# The heads of documents named (and sometimes numbered) after their name: "Luật Đất đai số ...".
_LAW_HEADS = tuple(fold(w) for w in _V["law_heads"])
# Named starts naming a document only with a capital after them, or capitalised mid-sentence.
_NAMED_LAW_HEADS = tuple(fold(w) for w in _V["named_law_heads"])
_PROPER_NAMED_HEADS = tuple(fold(w) for w in _V["proper_named_heads"])
_AMENDING_ALONE = frozenset(fold(w) for w in _V["amending_words"])
_CONGRESS_RESOLUTION = fold(_V["congress_resolution"])
_CLASS_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in _V['plural_words'])})\s*$")
_DRAFT_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in _V['draft_words'])})\s*$")
# "Luật Khoáng sản (sửa đổi)": a law being revised, a draft (folded text after the name).
_DRAFT_AFTER = regex.compile(rf"\s*\(\s*(?:{alternation(fold(w) for w in _V['draft_after_words'])})(?!\p{{L}})")
_CONGRESS_WORD = _V["congress_word"]
_SUBJECT_STOP_TYPES = alternation(_V["subject_stop_type_words"])
# A code after a document's name: "Luật Dữ liệu số 60/2024/QH15", "Bộ luật Lao động số 45/2019/QH14".
_CODE_AFTER_NAME = regex.compile(
    rf"[ \t]*,?\s*(?:{_NUMBER_OR_UNMARKED})\s*:?\s*(?P<number>\d{{1,5}})[ \t]*(?P<sep>/)[ \t]*(?P<symbol>{_SYMBOL})",
    regex.V1)
# ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15": commas too.)
_AND_LOWER_BEFORE_CODE = regex.compile(
    rf"[ \t]+{_AND}[ \t]+\p{{Ll}}[\p{{Ll}}, \t]{{0,40}}?"
    rf"(?=[ \t]*,?\s*(?:{_NUMBER_OR_UNMARKED})\s*:?\s*\d{{1,5}}[ \t]*/)",
    regex.V1)
# The head of a law inside the list an amending law names ("..., Luật Nhà ở, Luật Đấu thầu").
_LAW_ITEM = regex.compile(rf"(?:{_LAWS})\s+(?=[\p{{L}}])", regex.V1)
# Between two laws of that list: a comma, "và" or both ("Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu").
_LAW_ITEM_SEPARATOR = regex.compile(
    rf"[ \t]*(?:,[ \t\n]*(?:{_AND}\s+)?|\s+{_AND}\s+)(?=(?:{_LAWS})\s)", regex.V1)
# The next law of the list, unless a clause or the list ends first (";", ".", a line break, a
# parenthesis) or the law's number or date comes first ("Luật Nhà ở số 27/2023/QH15, Luật ...").
_NEXT_LAW_ITEM = regex.compile(
    rf"[;.\n:()“”\"]|\s(?:{_NUMBER_OR_UNMARKED}|{_DAY})\s|(?P<next>,[ \t]*(?:{_AND}\s+)?(?=(?:{_LAWS})\s)"
    rf"|\s+{_AND}\s+(?=(?:{_LAWS})\s))", regex.V1)
# A count of laws an amending law amends ("... của 37 luật có liên quan đến quy hoạch"), up to
# its date, its number or the clause's end.
_COUNTED_LAWS = regex.compile(
    rf"\d{{1,3}}[ \t]+(?i:{_LAWS})(?!\p{{L}})[^;.\n()]{{0,120}}?"
    rf"(?=[ \t]+(?:{_DAY}|{_NUMBER})[ \t]+\d|[ \t]*[;.\n(]|$)", regex.V1)
# A name going on after a comma in lower case, up to the next law of the list or the list's end:
# "Luật Quản lý, sử dụng tài sản công", "Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư".
_LOWER_CONTINUATION = regex.compile(
    rf",[ \t]*(?!(?:{alternation(_V['law_list_not_words'])})\s)\p{{Ll}}[\p{{Ll}}\p{{Lu}} \t]{{0,60}}?"
    rf"(?=,[ \t]*(?:{_AND}\s+)?(?:{_LAWS})\s|\s+{_AND}\s+(?:{_LAWS})\s|[;.\n]|$)",
    regex.V1)


@functools.cache
def _amending_words() -> regex.Pattern:
    """What follows "Luật" in an amending law's name ("sửa đổi, bổ sung một số điều của"; "Pháp
    lệnh về sửa đổi, bổ sung ...")."""
    return regex.compile(rf"(?:{alternation([_V['about_word']])}\s+)?(?:{alternation(_vocab()['amending_words'])})\s+",
                         regex.I)


@dataclass
class _Found:
    """A reference found by a helper of :func:`find_references`, not yet added."""
    type: str
    start: int
    end: int
    taken: int
    number: str | None = None
    symbol: str | None = None
    code: str | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    name: str | None = None


@functools.cache
def _amended_after_year() -> regex.Pattern:
    return regex.compile(rf"(\s+{_YEAR}\s+\d{{4}})\s+(?:{alternation(_vocab()['amending_words'])})(?!\p{{L}})", regex.I)


def _one_line(name: str) -> str:
    """A name with its line breaks and runs of spaces as single spaces (a wrapped name)."""
    return " ".join(name.split())


def _numbered_after_name(text: str, start: int, name: str, code: regex.Match, typ: str, limit: int) -> _Found:
    """The reference "Luật Dữ liệu số 60/2024/QH15 ngày ...": named, then numbered (``code``)."""
    number, symbol = code.group("number"), _clean_symbol(code.group("symbol"))
    date, issuer, subject, e1, _ = _tail(text, code.end(), limit, symbol)
    return _Found(typ, start, max(e1, code.end()), code.end(), number=number, symbol=symbol,
                  code=f"{number}/{symbol}", date=date, issuer=issuer, subject=subject, name=_one_line(name))


def _amending_law(text: str, start: int, rest_start: int, limit: int, typ: str) -> list[_Found] | None:
    """An amending law and the laws it names: "Luật sửa đổi, bổ sung một số điều của Luật Quy
    hoạch, Luật Đầu tư ... và Luật Đấu thầu ngày 29 tháng 11 năm 2024" is one law, whose name runs
    to the end of the list (the laws in it are part of its name, not citations of their own).

    A law of the list printed with its number ("... của Luật Đất đai số 31/2024/QH15, Luật Nhà ở
    số 27/2023/QH15 và ...") is cited by it too: a numbered reference of its own, its number left
    out of the amending law's name. When the list holds one law only, the number after it is the
    amending law's own ("Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14":
    62/2020/QH14 is the amending law; the Law on Construction is 50/2014/QH13)."""
    words = _amending_words().match(text, rest_start)
    if words is None:
        return None
    pos = words.end()
    items: list[tuple[int, int, regex.Match | None]] = []  # (start, end of the name, its code)
    while pos < limit:
        item = _LAW_ITEM.match(text, pos, limit)
        if item is None or not text[item.end()].isalpha():
            break
        # A law followed by another one of the list ends where the other starts ("Luật Đầu tư theo
        # phương thức đối tác công tư và Luật Đấu thầu"); the last one where a name ends.
        next_item = _NEXT_LAW_ITEM.search(text, item.end(), min(limit, item.end() + 200))
        if next_item is not None and next_item.group("next"):
            item_end = next_item.start()
        else:
            item_end = _named_end(text, item.end(), limit)
            more = _LOWER_CONTINUATION.match(text, item_end, limit)
            while more is not None:
                item_end = more.end()
                more = _LOWER_CONTINUATION.match(text, item_end, limit)
        code = _CODE_AFTER_NAME.match(text, item_end, limit)
        items.append((item.start(), item_end, code))
        after = code.end() if code else item_end
        sep = _LAW_ITEM_SEPARATOR.match(text, after, limit)
        if sep is None:
            break
        pos = sep.end()
    if not items:
        # "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11
        # năm 2018": laws counted, not listed; the name runs to the law's date, number or the
        # clause's end.
        counted = _COUNTED_LAWS.match(text, pos, limit)
        if counted is None:
            return None
        date, issuer, subject, e1, _ = _tail(text, counted.end(), limit)
        return [_Found(typ, start, max(e1, counted.end()), max(e1, counted.end()), date=date,
                       issuer=issuer, subject=subject, name=_one_line(text[start:counted.end()]))]
    # The name: from "Luật" to the end of the list, the numbers of the laws in it left out.
    pieces, at = [], start
    for _, item_end, code in items:
        pieces.append(text[at:item_end])
        at = code.end() if code else item_end
    name = _one_line("".join(pieces)).rstrip(" ,")
    last_end, last_code = items[-1][1], items[-1][2]
    if len(items) == 1 and last_code is not None:
        return [_numbered_after_name(text, start, name, last_code, typ, limit)]
    list_end = last_code.end() if last_code else last_end
    date, issuer, subject, e1, _ = _tail(text, list_end, limit)
    if date is None and (year := _NAME_YEAR.search(name)):
        date = year.group(1)  # ("... của Luật Ngân sách nhà nước năm 2025": the amending law's year)
    found = [_Found(typ, start, max(e1, list_end), max(e1, list_end), date=date,
                    issuer=issuer, subject=subject, name=name)]
    for item_start, item_end, code in items:
        if code is not None:
            item = _numbered_after_name(text, item_start, text[item_start:item_end], code,
                                        canonical_type(_one_line(_LAW_ITEM.match(text, item_start).group(0))), limit)
            item.taken = item.end = code.end()  # (the date after the list is the amending law's)
            item.date = item.issuer = item.subject = None
            found.append(item)
    return found


def _named_references(text: str, m: regex.Match, end: int) -> list[_Found]:
    """The reference(s) a match of :func:`_named_ref` starts, if it names a document: a law by
    name ("Luật Thi đua, khen thưởng năm 2022"), by name and number ("Luật Dữ liệu số
    60/2024/QH15"), an amending law (:func:`_amending_law`), a congress's resolution."""
    head = m.group("start")
    rest_start = m.start("rest")
    # Laws and codes are named with a capital ("Luật Công đoàn"); congress resolutions by
    # "Đại hội" + numeral/ordinal, "Trung ương" + number.
    first = text[rest_start]
    # Laws are named with a capital ("Luật Công đoàn"); a capital "Luật" mid-sentence names a
    # law even when the name goes on in lower case ("Thực hiện Luật phòng, chống thiên tai").
    if fold(head) in _NAMED_LAW_HEADS and not first.isupper():
        mid_sentence = m.start() > 0 and text[m.start() - 1] in " \t(“\"" and \
            not _SENTENCE_END.search(text[max(0, m.start() - 3):m.start()])
        if not (head[0].isupper() and mid_sentence and _first_word(text, rest_start) not in _not_law_words()):
            return []
    inner = _NAME_INNER_WORDS.get(canonical_type(head), ())
    # A head followed by a word that ends a name ("thi hành Luật trong toàn tỉnh", "Luật và các
    # Nghị định") names no document.
    if fold(head) in _NAMED_LAW_HEADS and not first.isupper() and _first_word(text, rest_start) not in inner \
            and _NAME_STOP.match(text, rest_start - 1) and not _amending_words().match(text, rest_start):
        return []
    # A draft ("Dự thảo Luật trình Quốc hội", "dự thảo Luật Khoáng sản (sửa đổi)") is a task, not
    # a document cited.
    if _DRAFT_BEFORE.search(fold(text[max(0, m.start() - 12):m.start()])):
        return []
    # After a plural marker the head names a class of documents ("các Công ước quốc tế về phòng
    # chống ma túy", "các Luật chuyên ngành"), not one.
    if _CLASS_BEFORE.search(fold(text[max(0, m.start() - 8):m.start()])):
        return []
    # ("Luật sư", "Luật gia" are professions; "Luật Giao dịch điện tử" is a law: a whole word.)
    if fold(head) == fold(_LAW_TYPE) and _first_word(text, rest_start) in _not_law_words():
        return []
    if fold(head).startswith(_CONGRESS_RESOLUTION):
        after = text[rest_start:rest_start + 20]
        # "Nghị quyết Đại hội XIII ...", "... Đại hội đại biểu ...", "... Đại hội Công đoàn tỉnh";
        # in lower case ("nghị quyết đại hội công đoàn gắn với ...") only with a numeral.
        if head.split()[-2:] == _CONGRESS_WORD.split() and not _CONGRESS_STRICT.match(after):
            return []
        if not _CONGRESS_LOOSE.match(after):
            return []
    if fold(head) in _LAW_HEADS and _amending_words().match(text, rest_start):
        amending = _amending_law(text, m.start(), rest_start, end, canonical_type(head))
        if amending is not None:
            return amending
    name_end = _named_end(text, rest_start, end, inner)
    # "Nghị quyết Đại hội XIII đề ra", "... lần thứ IX giao": words in lower case after a congress's or
    # a plenum's numeral, none of its name's words, are the sentence's verb.
    if _CONGRESS_OR_PLENUM.search(head) and (verb := _AFTER_NUMERAL.search(text, rest_start, name_end)) \
            and _first_word(text, verb.start() + 1) not in _CONGRESS_NAME_WORDS:
        name_end = verb.start()
    # A congress's resolution names its body after "của" ("Nghị quyết Đại hội XIII của Đảng"):
    # without it "Nghị quyết Đại hội XIII" is any body's thirteenth congress.
    if _CONGRESS_OR_PLENUM.search(head) and (held := _PLENUM_BODY_NEXT.match(text, name_end, end)):
        name_end = _named_end(text, held.end(), end, inner)
    if fold(head).startswith(_CONGRESS_RESOLUTION) and (body := _OF_BODY.match(text, name_end, end)):
        name_end = body.end()
    # "Nghị quyết Hội nghị Trung ương 4 (khóa XI)": the term in parentheses tells one plenum from
    # another's of the same number.
    if _CONGRESS_OR_PLENUM.search(head) and (term := _TERM_NEXT.match(text, name_end, end)):
        name_end = term.end()
    # "Bộ luật Hình sự năm 2015 sửa đổi, bổ sung năm 2017": the name ends at its year; the
    # amendments after it are a note on the text in force, not part of the name.
    if fold(head) in _LAW_HEADS and (amended := _amended_after_year().search(text, rest_start, name_end)):
        name_end = amended.start() + len(amended.group(1))
    name = text[m.start():name_end].strip()
    typ = canonical_type(_CONGRESS_OR_PLENUM.sub("", head))
    if fold(head) in _LAW_HEADS:
        # "Luật Đo đạc và bản đồ số 27/2018/QH14": "và" and words in lower case before the law's
        # number belong to its name.
        joined = _AND_LOWER_BEFORE_CODE.match(text, name_end, end)
        if joined is not None:
            name_end = joined.end()
            name = text[m.start():name_end].strip()
        # "Luật Đất đai số 31/2024/QH15": a law named and numbered is a numbered reference.
        code = _CODE_AFTER_NAME.match(text, name_end, end)
        if code is not None and len(name.split()) >= 2:
            return [_numbered_after_name(text, m.start(), name, code, typ, end)]
    # "xây dựng Luật Đất đai (sửa đổi) trình Quốc hội": the draft of a law's revision, a task.
    # (Only after a drafting verb in its clause: "Tiếp tục thực hiện tốt Luật Ngân sách (sửa đổi)"
    # cites the revision in force.)
    if fold(head) in _LAW_HEADS and _DRAFT_AFTER.match(fold(text[name_end:name_end + 30])) \
            and _drafting_before().search(fold(text[max(0, m.start() - 80):m.start()])):
        return []
    # "Nghị quyết Đại hội Công đoàn các cấp": resolutions of every level, not one document.
    if _ALL_LEVELS.match(text[name_end:name_end + 10]) or fold(name).endswith(" " + _ALL_LEVELS_WORDS):
        return []
    if len(name.split()) < 2 or len(name) > 160:
        return []
    # "Luật sửa đổi, bồ Sung ..." (a scan's misread amending words): "Luật sửa đổi" alone names no law.
    if fold(head) in _LAW_HEADS and fold(name[len(head):].strip(" ,")) in _AMENDING_ALONE:
        return []
    # "Điều lệ Công đoàn Việt Nam" is a charter cited; "Điều lệ Hội", "Điều lệ trường tiểu học",
    # any body's charter.
    if fold(head) in _PROPER_NAMED_HEADS and sum(w[:1].isupper() for w in name[len(head):].split()) < 2:
        return []
    date, issuer, subject, e1, e2 = _tail(text, name_end, end)
    year = _NAME_YEAR.search(name)
    return [_Found(typ, m.start(), max(e1, name_end), name_end, date=date or (year.group(1) if year else None),
                   issuer=issuer, subject=subject, name=_one_line(name))]


# ---- Named programmes, strategies, schemes, master plans, regulations, plans -------------------
# "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "Chiến lược Quốc gia
# ... đến năm 2020 và định hướng đến năm 2030", "Quy hoạch ... thời kỳ 2021 - 2030, tầm nhìn đến
# năm 2050", "Đề án “Trồng một tỷ cây xanh”": documents cited by a name without a number. Their
# names are told from the generic "Kế hoạch này", "Chương trình công tác năm" by how they end (a
# period, or quotation marks), and from plans a document asks for or issues itself by the words
# before them (programme_cues / programme_subject_cues in data/references.json).


@functools.cache
def _programme_ref() -> regex.Pattern:
    v = _vocab()
    types = alternation(v["programme_types"])
    pw = v["period_words"]
    span, until = alternation(pw["span"]), alternation(pw["until"])
    counted = alternation(pw["counted"])
    outlook, open_end = alternation(pw["outlook"]), alternation(pw["open_end"])
    not_first = alternation(v["programme_not_first_words"])
    return regex.compile(
        rf"""(?<![\p{{L}}])(?P<type>{types})
        (?:
          # A quoted name: 'Đề án “Trồng một tỷ cây xanh”' (the quotes may touch the type).
          \s*[“"](?P<quoted>[^”"\n]{{3,250}})[”"]
        | # Name words without digits or clause punctuation, closed by a period: "giai đoạn
          # 2021 - 2025", "thời kỳ 2021 - 2030", "đến năm 2030" (digits would be another
          # document's number or date: "Kế hoạch triển khai Chỉ thị số 36-CT/TW ...").
          # Not a plan described by its date, issuer or subject ("Kế hoạch của Ban Chấp hành
          # ... về ..., giai đoạn 2023-2028", "Kế hoạch này"): those open with these words.
          [ \t]+(?!(?:{not_first})(?!\p{{L}}))(?P<words>[^;.\n:“”"()\d]{{3,200}}?)
          # Or a count of years before the span: "Chiến lược phát triển kinh tế - xã hội 10 năm
          # 2021 - 2030", "Kế hoạch phát triển kinh tế - xã hội 5 năm (2021 - 2025)".
          (?:\s(?:{span})\s+\d{{4}}\s*[-–]\s*\d{{4}}|\s(?:{until})\s+\d{{4}}
           |\s\d{{1,2}}\s+(?:{counted})\s+(?:\d{{4}}\s*[-–]\s*\d{{4}}|\(\d{{4}}\s*[-–]\s*\d{{4}}\)))
          # An outlook or an open end after the period: ", tầm nhìn đến năm 2050", "và định
          # hướng đến năm 2030", "và những năm tiếp theo".
          (?:,?\s*(?:{_AND}\s+)?(?:{outlook})\s+\d{{4}}|\s+(?:{open_end}))*
        )""", regex.V1 | regex.I | regex.X)


@functools.cache
def _national_programme() -> regex.Pattern:
    """The words opening a national programme's name after its type ("mục tiêu quốc gia …")."""
    return regex.compile(rf"(?:{alternation(_vocab()['national_programme_words'])})(?!\p{{L}})", regex.I)


@functools.cache
def _programme_cue() -> regex.Pattern:
    """A citing cue closing the text before a programme's name ("thực hiện", "theo", "của",
    "triển khai hiệu quả", "Căn cứ nội dung của"), in the folded text."""
    v = _vocab()
    cues = [fold(c) for c in v["relation_cues"]["implements"] + v["relation_cues"]["basis"] + v["programme_cues"]]
    fillers = [fold(f) for f in v["clause_fillers"] + v["programme_cues"]]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(cues)})(?:\s+(?:{alternation(fillers)}))*\s*$")


@functools.cache
def _drafting_before() -> regex.Pattern:
    """A drafting verb (or a draft word) earlier in the clause before a name ("xây dựng", "trình
    Quốc hội thông qua", "hồ sơ đề nghị xây dựng Dự án"), in the folded text."""
    v = _vocab()
    words = [fold(w) for w in v["programme_drafting"] + v["draft_words"]]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(words)})(?!\p{{L}})[^;.\n]{{0,60}}$")


@functools.cache
def _programme_drafted() -> regex.Pattern:
    """A programme the document asks to be drawn up and then carried out ("Hoàn thiện, ban hành
    và tổ chức thực hiện Kế hoạch ... cấp tỉnh giai đoạn 2026 - 2030", "Xây dựng và triển khai
    Đề án ..."): a drafting verb joined to the citing cue, in the folded text."""
    v = _vocab()
    drafting = [fold(c) for c in v["programme_drafting"]]
    cues = [fold(c) for c in v["relation_cues"]["implements"]]
    fillers = [fold(f) for f in v["clause_fillers"] + v["programme_cues"]]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(drafting)})\s*(?:,|{_AND})\s*(?:\p{{L}}+\s+){{0,3}}?"
                         rf"(?:{alternation(cues)})(?:\s+(?:{alternation(fillers)}))*\s*$")


@functools.cache
def _programme_subject_cue() -> regex.Pattern:
    """A word closing the text before a programme's name that makes it the subject of the document
    approving or issuing it ("... phê duyệt", "... về việc ban hành"), in the folded text."""
    cues = [fold(c) for c in _vocab()["programme_subject_cues"]]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(cues)})\s*[“\"]?\s*$")


# A programme's name followed by the number of the document that approved it ("Chương trình
# ... theo Quyết định số 1268/QĐ-TTg"): that document is the one cited.
# ... "được phê duyệt tại Quyết định số 224/QĐ-TTg".
_APPROVED_BY_NUMBER = regex.compile(
    rf"\s*,?\s*(?:(?:{alternation(_V['approved_by']['passive'])})\s+(?:{alternation(_V['approved_by']['verbs'])})\s+)?"
    rf"(?:{alternation(_V['approved_by']['preps'])})"
    rf"\s+\p{{L}}+(?:\s+\p{{L}}+)?\s+(?:{_NUMBER}\s*)?\d", regex.V1)
# The longest subject of a reference a list item runs on with before its separator (characters).
LIST_ITEM_SUBJECT = 300
# What ends a list item before its separator: another item or sentence.
_ITEM_BREAK = regex.compile(r"[;\n]|\.\s")
_LIST_SEPARATOR_END = regex.compile(rf"(?:[;,]|\s{_AND})\s*$")


def _opens_item(text: str, pos: int) -> bool:
    """Whether the reference at ``pos`` opens its list item: nothing but a bullet or a citing cue
    ("Căn cứ", "Thực hiện") between the previous ";" or line break and it ("…; Nghị quyết số
    33/NQ-TW …")."""
    brk = max(text.rfind(";", max(0, pos - 200), pos), text.rfind("\n", max(0, pos - 200), pos))
    before = fold(text[brk + 1:pos]).strip(" -+•*,")
    cues = _vocab()["relation_cues"]
    return not before or before in {fold(c) for c in cues["implements"] + cues["basis"]}


def programme_key(typ: str, name: str) -> tuple[str, frozenset[str]]:
    """A programme's type and the words of its name (folded, without quotes)."""
    words = regex.findall(r"[\p{L}\d]+", fold(name))
    return fold(typ), frozenset(words)


def same_programme(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """One name's words hold the other's: "Chương trình tổng thể cải cách hành chính giai đoạn
    2021 - 2030" is "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"."""
    return a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])


def _programme_refs(text: str, start: int, end: int, found: list[Reference]) -> tuple[list[_Found], list]:
    """Named programmes cited in text[start:end] (:func:`_programme_ref`), and the keys of those
    named as another document's subject (:func:`_programme_key`; the caller drops mentions of
    these). ``found``: the references found so far, for a name listed right after one."""
    ends = sorted(r.end for r in found)
    accepted: list[_Found] = []
    subjects = []
    for m in _programme_ref().finditer(text, start, end, overlapped=True):
        if any(f.start <= m.start() < f.end for f in accepted):
            continue  # inside a programme already taken ("Kế hoạch thực hiện Chương trình ...")
        if not m.group("type")[0].isupper():
            continue  # "các chương trình ... giai đoạn 2021 - 2025": a class, not a name
        typ = canonical_type(m.group("type"))
        name_end = m.end()
        name = _one_line(f"{m.group('type')} {m.group('quoted')}" if m.group("quoted") else text[m.start():name_end])
        window_start = max(start, m.start() - 60)
        before = text[window_start:m.start()]
        if _programme_subject_cue().search(fold(before)) or _APPROVED_BY_NUMBER.match(text, name_end, end):
            subjects.append(programme_key(typ, name))
            # (a list may go on after it: "... Ban hành Kế hoạch ... Quốc gia đến năm 2025; Kế
            # hoạch ... tỉnh Hải Dương đến năm 2025")
            bisect.insort(ends, name_end)
            continue
        drafted = bool(_programme_drafted().search(fold(before)))
        cued = bool(_programme_cue().search(fold(before))) and not drafted
        # A national programme ("Chương trình mục tiêu quốc gia …", "Chiến lược quốc gia …") is
        # no plan's own: cited wherever it is named, cue or not ("lồng ghép nguồn vốn Chương trình
        # mục tiêu quốc gia …", "các chỉ tiêu được Chương trình mục tiêu quốc gia … giao").
        if not cued and not drafted and m.group("words") and _national_programme().match(m.group("words")):
            cued = True
        listed = _LIST_SEPARATOR_END.search(before)
        if not cued and listed:
            # A list item ("...; Chiến lược ... đến năm 2030; Chương trình ..."): cited when the
            # item before it is a reference, ending at the separator.
            sep = window_start + listed.start()
            i = bisect.bisect_left(ends, sep - 3)
            cued = (i < len(ends) and ends[i] <= sep + 1) or any(sep - 3 <= f.end <= sep + 1 for f in accepted)
            # (Or the item before is a reference whose subject runs on to the separator: "Nghị
            # quyết số 33/NQ-TW … “về xây dựng và phát triển văn hóa …”; Chương trình phối hợp …
            # giai đoạn 2021-2026".)
            # (A reference opening its item, not one inside a task: "Quy hoạch … theo quy định của
            # Luật Quy hoạch (…); Chiến lược … đến năm 2030" is no list of citations.)
            if not cued:
                j = bisect.bisect_right(ends, sep) - 1
                item = next((r for r in found if r.end == ends[j]), None) if j >= 0 else None
                cued = item is not None and sep - item.end <= LIST_ITEM_SUBJECT \
                    and not _ITEM_BREAK.search(text, item.end, sep) and _opens_item(text, item.start)
        if not cued:
            continue
        date, issuer, subject, e1, _ = _tail(text, name_end, end)
        accepted.append(_Found(typ, m.start(), max(e1, name_end), name_end, date=date, issuer=issuer,
                               subject=subject, name=name))
    return accepted, subjects


def find_references(text: str, start: int = 0, end: int | None = None,
                    programme_subjects: list | None = None) -> list[Reference]:
    """Every reference mention in text[start:end] (ids and short forms left to resolve).
    ``programme_subjects``, if given, receives the keys of programmes named as another document's
    subject (:func:`_programme_refs`)."""
    end = len(text) if end is None else end
    out: list[Reference] = []
    taken = _Spans()
    free = taken.free
    lower = lower_same_length(text[start:end])
    type_starts = _type_starts(text, lower, start, end)

    def add(typ: str, at: int, until: int, taken_until: int, *, number=None, symbol=None, code=None,
            date=None, issuer=None, subject=None, short_form=False, name=None) -> None:
        """A mention from ``at`` to ``until`` (its text), the span up to ``taken_until`` taken."""
        out.append(Reference(ref_id="", type=typ, number=number, symbol=symbol, code=code, date=date,
                             issuer=issuer, subject=subject, relation="mentions", short_form=short_form,
                             section=None, start=at, end=until, text=text[at:until], name=name))
        taken.add(at, taken_until)

    for m in matches_at(_code_list_ref(), text, type_starts, end):
        symbol = _clean_symbol(m.group("symbol"))
        if not _CAPITAL.search(symbol) or len(symbol) < 2:
            continue
        typ = canonical_type(m.group("type"))
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end, symbol)
        numbers = list(regex.finditer(r"\d+", m.group("numbers")))
        for i, nm in enumerate(numbers):
            # Each number's mention: the first from the type's word, the last up to the symbol
            # and what follows it; the date, issuer and subject after the symbol are all theirs.
            at = m.start() if i == 0 else m.start("numbers") + nm.start()
            last = i == len(numbers) - 1
            until = e1 if last else m.start("numbers") + nm.end()
            add(typ, at, until, m.end() if last else until, number=nm.group(), symbol=symbol,
                code=f"{nm.group()}{m.group('sep')}{symbol}", date=date, issuer=issuer, subject=subject)
    for m in matches_at(_code_ref(), text, type_starts, end):
        if not free(m.start(), m.end()):
            continue
        symbol = _clean_symbol(m.group("symbol"))
        if not _CAPITAL.search(symbol) or len(symbol) < 2:
            continue
        typ = _cited_type(m.group("type"), symbol)
        number = m.group("number")
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end, symbol)
        # Party style "34-CT/TW": the separator is "-" and the symbol is the code; state style
        # "98/2023/NĐ-CP" keeps the year in the symbol.
        code = f"{number}{m.group('sep').replace('–', '-')}{symbol}" if m.group("sep") else f"{number}-{symbol}"
        add(typ, m.start(), e1, m.end(), number=number, symbol=symbol, code=code, date=date,
            issuer=issuer, subject=subject)
    # Bare codes whose type is their symbol's code ("số: 1521/QĐ-TTg", "...; 21/2021/QĐ-TTg"),
    # taken after "số" or as the next item of a list of references.
    for m in _bare_ref().finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        symbol = _clean_symbol(m.group("symbol"))
        dt = type_of_symbol(symbol)
        if dt is None:
            continue
        before = text[max(start, m.start() - 12):m.start()]
        after_list = _LIST_BEFORE.search(before) and taken.ends_within(m.start() - 200, m.start())
        if not (_NUMBER_WORD_BEFORE.search(before) or after_list):
            continue
        number = m.group("number")
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end)
        add(dt.type, m.start(), e1, m.end(), number=number, symbol=symbol,
            code=f"{number}{m.group('sep')}{symbol}", date=date, issuer=issuer, subject=subject)
    for m in matches_at(_short_ref(), text, type_starts, end):
        if not free(m.start(), m.end()):
            continue
        typ = canonical_type(m.group("type"))
        # "Kế hoạch 2022" and similar: a bare year is not a document number.
        if len(m.group("number")) == 4 and m.group("number").startswith(("19", "20")):
            continue
        # Only "số N" or a type that is a real document type with a short number.
        date, issuer, subject, e1, e2 = _tail(text, m.end(), end)
        add(typ, m.start(), e1, m.end(), number=m.group("number"), date=date, issuer=issuer,
            subject=subject, short_form=True)
    for m in _named_ref().finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        for ref in _named_references(text, m, end):
            if ref.number is not None:
                # A law named and numbered whose name ends in "luật" ("Luật Ban hành văn bản quy
                # phạm pháp luật số 64/2025/QH15"): the code pattern took "luật số 64/…" inside
                # the name for a citation of its own; the named one, from its head, replaces it.
                out[:] = [r for r in out if not (r.number == ref.number and r.symbol == ref.symbol
                                                 and ref.start < r.start < ref.taken)]
            add(ref.type, ref.start, ref.end, ref.taken, number=ref.number, symbol=ref.symbol,
                code=ref.code, date=ref.date, issuer=ref.issuer, subject=ref.subject, name=ref.name)
    programmes, subjects = _programme_refs(text, start, end, out)
    if programme_subjects is not None:
        programme_subjects += subjects
    for ref in programmes:
        assert ref.name is not None
        key = programme_key(ref.type, ref.name)
        if free(ref.start, ref.taken) and not any(same_programme(key, s) for s in subjects):
            add(ref.type, ref.start, ref.end, ref.taken, date=ref.date, issuer=ref.issuer,
                subject=ref.subject, name=ref.name)
    # A plan cited by what it is rather than by number ("Thực hiện Kế hoạch ngày 05/4/2023 của
    # Liên đoàn Lao động tỉnh về ...", "Căn cứ Kế hoạch của Ban Chấp hành ... về ..."): drafts and
    # unnumbered plans are cited this way. Only right after a citing cue, where it is unambiguous.
    for m in _described_refs(text, start, end, lower):
        if not free(m.start("type"), m.end("type")):
            continue
        pos = m.end("type")
        date = None
        dm = _DATE_WORD_NEXT.match(text[pos:pos + 12])
        if dm:
            mention = first_date(text, pos, min(end, pos + 45))
            if mention and mention.start <= pos + 2:
                date, pos = mention.value, mention.end
        if not _OF_NEXT.match(text[pos:pos + 8]):
            continue
        _, issuer, subject, e1, e2 = _tail(text, pos, end)
        if not issuer:
            continue
        add(canonical_type(m.group("type")), m.start("type"), e2, e2, date=date, issuer=issuer,
            subject=subject)
    out = _without_named_numbered_laws(text, out)
    _one_name_per_congress(out)
    out.sort(key=lambda r: r.start)
    _assign_relations(text, out)
    return out


_ROMAN = regex.compile(r"[IVXLC]+")
# The words of a congress's name around its numeral and its body, folded, one by one.
_CONGRESS_NAME_WORDS = frozenset(w for phrase in _V["congress_name_words"] for w in fold(phrase).split())


def _congress_key(name: str) -> tuple[str, str] | None:
    """The congress a resolution's name names: its numeral and its body's first word, with the next
    one if printed in lower case ("Đảng bộ", "Công đoàn"), the words of a congress's name between
    them left out ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt Nam" and
    "Nghị quyết Đại hội Đảng lần thứ X": ("X", "đảng"); "Nghị quyết Đại hội XVI Công đoàn Ninh Bình"
    and "Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVI": ("XVI", "công đoàn")). None without both."""
    words = name.split()
    folded = [fold(w) for w in words]
    congress = fold(_V["congress_word"]).split()
    at = next((i + len(congress) for i in range(len(folded)) if folded[i:i + len(congress)] == congress), None)
    if at is None:
        return None
    fillers = _CONGRESS_NAME_WORDS
    numeral = next((w.strip(",;()") for w in words[at:] if _ROMAN.fullmatch(w.strip(",;()"))), None)
    rest = [w for w in words[at:] if fold(w) not in fillers and not _ROMAN.fullmatch(w.strip(",;()"))]
    if numeral is None or not rest or not rest[0][:1].isupper():
        return None
    body = fold(rest[0])
    if len(rest) > 1 and rest[1][:1].islower():
        body += " " + fold(rest[1]).strip(",;")
    return numeral, body


def _one_name_per_congress(refs: list[Reference]) -> None:
    """Resolutions of one congress named in two ways (:func:`_congress_key`) take the name of the
    first mention: one document (:mod:`pipeline.resolve` joins mentions of one name)."""
    first: dict[tuple[str, str], str] = {}
    for r in sorted(refs, key=lambda r: r.start):
        if r.number is None and r.name and fold(r.name).startswith(_CONGRESS_RESOLUTION):
            k = _congress_key(r.name)
            if k is not None:
                r.name = first.setdefault(k, r.name)


_CLAUSE_STOP = regex.compile(r"[;\n]|\.(?!\d)")


def _law_words(name: str) -> str:
    """A law's name without its head and a year ("Luật Xử lý vi phạm hành chính năm 2012" → "xử lý
    vi phạm hành chính"), folded."""
    words = fold(_YEAR_OF_NAME.sub("", name)).strip(" ,;")
    for head in sorted(_LAW_HEADS, key=len, reverse=True):
        if words.startswith(head + " "):
            return words[len(head) + 1:]
    return words


def _without_named_numbered_laws(text: str, refs: list[Reference]) -> list[Reference]:
    """The references but the laws named without a number that the document cites with one: a
    name printed right before the number in its clause ("Luật Ban hành văn bản quy phạm pháp luật
    số 64/2025/QH15", whose name a reading cut at "quy"; "Luật Tổ chức chính quyền địa phương (tại
    Điều 17, Luật số 72/2025/QH15)"), or the name or subject of a numbered law the document cites
    elsewhere ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15" then "thi hành Luật
    Phòng cháy, chữa cháy và cứu nạn, cứu hộ"; "Luật số 15/2012/QH13 … về Xử lý vi phạm hành
    chính" then "quy định chi tiết Luật Xử lý vi phạm hành chính")."""
    heads = {canonical_type(h) for h in _V["law_heads"]}
    numbered = [r for r in refs if r.number and r.type in heads]
    if not numbered:
        return refs
    known = [w for r in numbered for w in (_law_words(r.name) if r.name else "", fold(r.subject or ""))
             if len(w.split()) >= 2]

    def cited_with_number(r: Reference) -> bool:
        words = _law_words(r.name or "")
        if len(words.split()) < 2:
            return False
        if any(k.startswith(words) or words.startswith(k) for k in known):
            return True
        return any(0 <= n.start - r.end <= 80 and not _CLAUSE_STOP.search(text, r.end, n.start) for n in numbered)

    return [r for r in refs if r.number or r.name is None or r.type not in heads or not cited_with_number(r)]


# The types of a document cited by what it is, and the words after them ("Kế hoạch ngày ...").
_DESCRIBED_TYPES = tuple(_V["described_types"])
_DESCRIBED_NEXT = (_DATES["year"], _DATES["day"], _DATES["month"], _V["of_word"])


@functools.cache
def _described_ref() -> regex.Pattern:
    cues = alternation(_vocab()["relation_cues"]["implements"] + _vocab()["relation_cues"]["basis"])
    types = alternation(_DESCRIBED_TYPES)
    nexts = alternation(_DESCRIBED_NEXT)
    return regex.compile(rf"(?:^|[;.]\s*|\n)\s*(?:{cues})\s+(?P<type>{types})(?=\s+(?:{nexts})\s)",
                         regex.I | regex.M)


@functools.cache
def _described_type() -> re.Pattern:
    """What every match of :func:`_described_ref` holds (a type and the word after it), in lower
    case for the standard library's ``re``, looked for in the text in lower case."""
    def lower(words):
        return prefix_tree_alternation([w.lower() for w in words], escape=re.escape)
    return re.compile(rf"(?:{lower(_DESCRIBED_TYPES)})\s+(?:{lower(_DESCRIBED_NEXT)})\s")


@functools.cache
def _described_opening() -> re.Pattern:
    """What comes before the type in a match of :func:`_described_ref` (the clause opening and a
    citing cue), ending where the pattern is searched up to, in lower case for ``re``."""
    cues = [c.lower() for c in _vocab()["relation_cues"]["implements"] + _vocab()["relation_cues"]["basis"]]
    return re.compile(rf"(?:^|[;.]\s*|\n)\s*(?:{prefix_tree_alternation(cues, escape=re.escape)})\s+\Z", re.M)


@functools.cache
def _cue_letters() -> int:
    """The most non-space characters a citing cue has ("quán triệt, triển khai thực hiện": 29)."""
    cues = _vocab()["relation_cues"]["implements"] + _vocab()["relation_cues"]["basis"]
    return max(len("".join(c.split())) for c in cues)


# How far before a described document's type its clause opening is looked for.
_CLAUSE_REACH = 300


def _described_refs(text: str, start: int, end: int, lower: str | None = None):
    """``_described_ref().finditer(text, start, end)``, tried only where a plan's type is followed
    by one of its words (``lower``: text[start:end] in lower case), which most texts lack.

    There the clause opening and cue before the type are looked for in the lower-case text (a
    character ``regex`` matches to one of their letters without regard to case lowers to that
    letter, tests/test_scan.py, and ``re``'s ``\\s`` takes in ``regex``'s, so it finds the
    earliest place a match may start), and the pattern is searched for from there. The matches
    are those of a search over the whole text: each runs from its clause's opening to its type,
    with a word after that, so no two overlap. A clause opens at most a few hundred characters
    before its type, unless a run of spaces longer than that holds its cue (then the search
    starts at ``start``)."""
    lower = lower_same_length(text[start:end]) if lower is None else lower
    found = []
    opening = _described_opening()
    for hit in _described_type().finditer(lower):
        at = hit.start()
        lo = max(0, at - _CLAUSE_REACH)
        o = opening.search(lower, lo, at)
        if o is None and lo > 0 and len("".join(lower[lo:at].split())) <= _cue_letters():
            o = opening.search(lower, 0, at)
        if o is None:
            continue
        # A match may open anywhere in the run of spaces and separators before its cue, farther
        # back than the window reached: the search starts at the run's beginning.
        opening_at = start + o.start()
        while opening_at > start and (text[opening_at - 1].isspace() or text[opening_at - 1] in ";."):
            opening_at -= 1
        m = _described_ref().search(text, opening_at, min(end, start + hit.end() + 40))
        if m and m.start("type") == start + at:
            found.append(m)
    return found


@functools.cache
def _relation_res():
    v = _vocab()
    fillers = alternation(v["clause_fillers"])
    res = {}
    for rel, cues in v["relation_cues"].items():
        res[rel] = regex.compile(rf"^(?:{alternation(cues)})(?:\s+(?:{fillers}))*\s*:?\s*$", regex.I)
    return res


_LIST_JOINER = regex.compile(rf"\s*(?:,|{_AND})?\s*", regex.I)


def _assign_relations(text: str, refs: list[Reference]) -> None:
    """implements / basis / mentions from the words opening the clause that cites the document.

    A document listed right after another one ("...; Nghị quyết số 01/NQ-LĐLĐ ...") inherits the
    relation of the clause before it."""
    res = _relation_res()
    prev_relation_by_clause: dict[int, str] = {}
    prev: Reference | None = None
    for r in sorted(refs, key=lambda r: r.start):
        para_start = text.rfind("\n", 0, r.start) + 1
        clause_start = max(para_start, text.rfind(";", para_start, r.start) + 1)
        lead = text[clause_start:r.start].strip()
        relation = "mentions"
        for rel, rx in res.items():
            if rx.match(lead):
                relation = rel
                break
        else:
            if not lead and clause_start > para_start:
                # A list continuation: inherit from the previous clause of the paragraph.
                relation = prev_relation_by_clause.get(para_start, "mentions")
            elif prev is not None and clause_start <= prev.start and prev.end <= r.start \
                    and _LIST_JOINER.fullmatch(text[prev.end:r.start]):
                # The next of a series in one clause ("Quyết định số 1721 và 1722/QĐ-TTg",
                # "... số 1721/QĐ-TTg, số 1722/QĐ-TTg"): the relation of the one before it.
                relation = prev.relation
        if lead == "" or relation != "mentions":
            prev_relation_by_clause[para_start] = relation
        r.relation = relation
        prev = r


def find_document_references(text: str, layout, number: str | None, symbol: str | None,
                             own_spans: list[tuple[int, int]] | None = None) -> list[Reference]:
    """The references in a document's content — from its title on, through the body and any
    appendix, the closing left out — less the document's own number: a decision's "Ban hành kèm
    theo Nghị quyết số 25/2006/NQ-CP" names the document itself, not a citation (``number`` and
    ``symbol`` are the document's own, from its header; ``own_spans``, if given, receives the spans
    of those mentions of itself, whose date is its date of issue)."""
    start = layout.title_span[0] if layout.title_span else layout.header_end
    subjects: list = []
    refs = [r for s, e in _reference_spans(layout, start) for r in find_references(text, s, e, subjects)]
    title = fold(text[layout.title_span[0]:layout.title_span[1]]) if layout.title_span else ""
    refs = [r for r in refs if not _cites_nothing(r, subjects, title, layout.title_span)]
    if number and symbol:
        own = [r for r in refs if r.number == number and r.symbol and r.symbol.upper() == symbol.upper()]
        if own_spans is not None:
            own_spans += [(r.start, r.end) for r in own]
        refs = [r for r in refs if r not in own]
    return refs


def _cites_nothing(r: Reference, subjects: list, title: str, title_span: tuple[int, int] | None) -> bool:
    """A named programme that is another document's subject anywhere in the document
    (:func:`_programme_refs`), or the document itself: its name less its type is the title ("Kế
    hoạch nâng cao chất lượng công tác tuyên truyền ... giai đoạn 2023-2028" in the plan titled
    "Nâng cao hiệu quả công tác tuyên truyền ..., giai đoạn 2023-2028": ratio ≥ 85)."""
    if r.number is not None or r.name is None or fold(r.type) not in _programme_types():
        return False
    key = programme_key(r.type, r.name)
    if any(same_programme(key, s) for s in subjects):
        return True
    # A name in capitals outside the title is a heading's ("KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC ...
    # GIAI ĐOẠN 2011 - 2015"), whose words are loose; in the title it names the plan's source.
    if r.name.isupper() and not (title_span and title_span[0] <= r.start < title_span[1]):
        return True
    own_name = fold(r.name)[len(r.type):].strip(" “”\"")
    return bool(title) and fuzz.ratio(own_name, title) >= 85


@functools.cache
def _programme_types() -> frozenset[str]:
    return frozenset(fold(t) for t in _vocab()["programme_types"])


def _reference_spans(layout, start: int) -> list[tuple[int, int]]:
    """Where references are looked for: the content, and what follows the closing up to the
    body's end — the plan a decision issues after its signature ("KẾ HOẠCH ... (Kèm theo Quyết
    định số ...)"), footnotes printed after the signature ("[1] Nghị quyết số 163/2024/QH15 ...").
    The recipients' list and the signature between them cite nothing."""
    spans = layout.content_spans(start)
    last = max(e for _, e in spans)
    if last < layout.body_end:
        spans.append((last, layout.body_end))
    return spans
