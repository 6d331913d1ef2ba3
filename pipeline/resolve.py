"""Resolve references: mentions of one document share a ``ref_id``; short forms take their full form.

As eyecite resolves "Id." and "supra" to the citation they stand for, a short form ("Nghị quyết
số 20", "Chỉ thị 05") is resolved to the full reference of the same type and number in the same
document — the nearest one before it, else the first after it (plans often say "Nghị quyết số 28"
in the title and cite it in full in the preamble). Mentions whose symbols differ only in case
("01/CT-TTG" in a capitalised title, "01/CT-TTg" in the text) are one document, reported with the
mixed-case spelling. Relations merge to the strongest one per document.
"""
from __future__ import annotations

import functools

import regex

from .model import Reference
from .text import fold
from .vocab import doc_type_by_code, load_json, province_names

# The year or term closing a named document's name ("... năm 2022", "..., nhiệm kỳ 2020 - 2025").
_YEAR_OR_TERM = regex.compile(r"(?:,?\s+nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}|\s+năm\s+\d{4})$")


@functools.cache
def _component_types() -> frozenset[str]:
    return frozenset(fold(t) for t in load_json("references.json")["component_types"])


# Words a congress's resolution is named with or without: "Nghị quyết Đại hội đại biểu toàn
# quốc lần thứ XIII của Đảng" is "Nghị quyết Đại hội lần thứ XIII của Đảng".
_CONGRESS_DELEGATES = regex.compile(r"(?<=đại hội) đại biểu(?: toàn quốc)?(?= )")


def _name_key(name: str) -> str:
    """A named document's key: "Luật Thi đua, khen thưởng năm 2022" = "Luật thi đua, khen thưởng"."""
    key = " ".join(fold(name).split())
    key = _YEAR_OR_TERM.sub("", key)
    key = _CONGRESS_DELEGATES.sub("", key)
    return key.strip(" ,")


def _key(r: Reference) -> tuple:
    if r.number is None and r.name is None:  # cited by date, issuer and subject
        return ("described", fold(r.type), r.date or "", fold(r.issuer or ""), fold(r.subject or "")[:60])
    if r.number is None:
        return ("named", fold(r.type), _name_key(r.name or r.text))
    return ("code", fold(r.type), r.number.lstrip("0") or "0", fold(r.symbol or ""))


_YEAR_PART = regex.compile(r"^\d{4}/")
_SEPARATOR = regex.compile(r"[-/]")
_TERM_DIGITS = regex.compile(r"\d+$")


def code_key(number: str | None, symbol: str | None) -> str | None:
    """A cited document's code for joins: the number without leading zeros, the year kept, the
    other parts in capitals joined by "-" ("20-NQ/TW", "20/NQ-TW" and "020/nq-tw" are all
    "20/NQ-TW"; "98/2023/NĐ-CP" stays itself)."""
    if not number or not symbol:
        return None
    symbol = "".join(symbol.split())
    year = _YEAR_PART.match(symbol)
    rest = symbol[year.end():] if year else symbol
    parts = [p for p in _SEPARATOR.split(rest.upper()) if p]
    return f"{number.lstrip('0') or '0'}/{year.group(0) if year else ''}{'-'.join(parts)}"


@functools.cache
def _issuer_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    v = load_json("references.json")
    by_code = {k.upper(): name for k, name in v["symbol_issuers"].items()}
    party = {"-".join(_SEPARATOR.split(k.upper())): name for k, name in v["party_issuers"].items()}
    province = {k.upper(): name for k, name in v["province_issuers"].items()}
    return by_code, party, province


@functools.cache
def _province_names() -> tuple[tuple[str, str], ...]:
    """(folded, as spelled) of every province and centrally-run city, longest first."""
    return tuple(sorted(((fold(n), n) for n in province_names()), key=lambda p: -len(p[0])))


def document_province(*issuers: str | None) -> str | None:
    """The province a document's issuer (or parent issuer) names, with its word: "ỦY BAN NHÂN DÂN
    TỈNH TRÀ VINH" → "tỉnh Trà Vinh", "UBND THÀNH PHỐ HỒ CHÍ MINH" → "thành phố Hồ Chí Minh";
    None when neither names one (a district's or a ministry's document)."""
    for issuer in issuers:
        folded = " ".join(fold(issuer or "").split())
        for pattern, word, name in _province_patterns():
            if pattern.search(folded):
                return f"{'thành phố' if word in ('thành phố', 'tp') else word} {name}"
    return None


@functools.cache
def _province_patterns() -> tuple[tuple[regex.Pattern, str, str], ...]:
    """For each province (longest first) and each province word, the pattern of the word and the
    name in a folded issuer ("tỉnh trà vinh"), the folded word and the name as spelled: compiled
    once (built at each call they were 250 patterns a document, past the ``regex`` module's
    cache)."""
    words = [fold(w) for w in load_json("references.json")["province_words"]]
    return tuple((regex.compile(rf"(?<!\p{{L}}){regex.escape(word)}\.?\s+{regex.escape(key)}(?!\p{{L}})"), word, name)
                 for key, name in _province_names() for word in words)


def inferred_issuer(symbol: str | None, province: str | None = None) -> str | None:
    """The issuer a symbol names when the text leaves it out (SPEC §2.1): "QĐ-TTg" → "Thủ tướng
    Chính phủ", "2023/NĐ-CP" → "Chính phủ", "2016/QH13" → "Quốc hội", "CT/TW" → "Ban Bí thư",
    "NQ-HĐND" → "Hội đồng nhân dân tỉnh …" of ``province``; the issuer codes are tried from the
    last part of the symbol back to its second ("28/TT-MTTW-BTT" → MTTW), or to its first where that
    is no type's code ("638/SNV-CCHC" → Sở Nội vụ)."""
    if not symbol:
        return None
    by_code, party, of_province = _issuer_tables()
    parts = [p for p in _SEPARATOR.split(_YEAR_PART.sub("", "".join(symbol.split())).upper()) if p]
    if len(parts) >= 2 and "-".join(parts[:2]) in party and len(parts) == 2:
        return party["-".join(parts[:2])]
    # (The first part is the type's code, "QĐ-TTg", unless no type's: a letter's symbol opens with
    # its issuer's, "638/SNV-CCHC".)
    start = 1 if len(parts) > 1 and parts[0] in doc_type_by_code() else 0
    for part in reversed(parts[start:]):
        code = part if part in by_code or part in of_province else _TERM_DIGITS.sub("", part)
        if code in by_code:
            return by_code[code]
        if code in of_province:
            return f"{of_province[code]} {province}" if province else None
    return None


def resolve_references(refs: list[Reference], province: str | None = None) -> list[Reference]:
    # Prefer the mixed-case spelling of a symbol seen in several cases.
    spelling: dict[str, str] = {}
    for r in refs:
        if r.symbol:
            folded = fold(r.symbol)
            if folded not in spelling or (spelling[folded].isupper() and not r.symbol.isupper()):
                spelling[folded] = r.symbol
    for r in refs:
        if r.symbol:
            assert r.number is not None  # every pattern that finds a symbol finds its number
            r.symbol = spelling[fold(r.symbol)]
            sep = r.code[len(r.number)] if r.code and len(r.code) > len(r.number) else "/"
            r.code = f"{r.number}{sep}{r.symbol}"
    # Full references by type and number (in text order), for the short forms to find theirs.
    full: dict[tuple[str, str], list[Reference]] = {}
    for f in refs:
        if f.symbol:
            assert f.number is not None
            full.setdefault((fold(f.type), f.number.lstrip("0") or "0"), []).append(f)
    for r in refs:
        if not r.short_form:
            continue
        assert r.number is not None  # a short form is a type and a number
        same = full.get((fold(r.type), r.number.lstrip("0") or "0"), [])
        if not same:
            continue
        before = [f for f in same if f.start < r.start]
        target = before[-1] if before else same[0]
        r.symbol, r.code = target.symbol, target.code
        r.date = r.date or target.date
        r.issuer = r.issuer or target.issuer
    # "Dự án 8", "Chương trình 212": a bare number of these types names a component, not a
    # document, unless the same document is cited in full.
    components = _component_types()
    refs = [r for r in refs if not (r.short_form and r.symbol is None and fold(r.type) in components)]
    # A named document cited once in full and once shorter is one document.
    named = sorted({_key(r) for r in refs if r.number is None and r.name is not None}, key=lambda k: len(k[2]))
    canonical: dict[tuple, tuple] = {}
    for i, k in enumerate(named):
        canonical[k] = next((s for s in named[:i] if s[1] == k[1] and k[2].startswith(s[2] + " ")
                             or s[1] == k[1] and k[2] == s[2]), k)
    ids: dict[tuple, str] = {}
    best: dict[str, Reference] = {}
    for r in refs:
        k = _key(r)
        k = canonical.get(k, k)
        if k not in ids:
            ids[k] = f"ref_{len(ids) + 1}"
        r.ref_id = ids[k]
        # Fill what one mention gives and another lacks (date, issuer) from the first full one.
        if r.ref_id in best:
            first = best[r.ref_id]
            r.date = r.date or first.date
            first.date = first.date or r.date
        else:
            best[r.ref_id] = r
    # The issuer: as a mention names it, else as another mention of the document names it, else
    # as its symbol names it (``issuer_inferred``).
    named_issuer: dict[str, str] = {}
    for r in refs:
        if r.issuer:
            named_issuer.setdefault(r.ref_id, r.issuer)
    for r in refs:
        r.code_key = code_key(r.number, r.symbol)
        if r.issuer:
            continue
        if r.ref_id in named_issuer:
            r.issuer = named_issuer[r.ref_id]
        else:
            r.issuer = inferred_issuer(r.symbol, province)
            r.issuer_inferred = r.issuer is not None
    return refs
