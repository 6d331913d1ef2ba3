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
from .vocab import load_json

# The year or term closing a named document's name ("... năm 2022", "..., nhiệm kỳ 2020 - 2025").
_YEAR_OR_TERM = regex.compile(r"(?:,?\s+nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}|\s+năm\s+\d{4})$")


@functools.cache
def _component_types() -> frozenset[str]:
    return frozenset(fold(t) for t in load_json("references.json")["component_types"])


def _name_key(name: str) -> str:
    """A named document's key: "Luật Thi đua, khen thưởng năm 2022" = "Luật thi đua, khen thưởng"."""
    key = fold(name)
    key = _YEAR_OR_TERM.sub("", key)
    return key.strip(" ,")


def _key(r: Reference) -> tuple:
    if r.number is None and r.name is None:  # cited by date, issuer and subject
        return ("described", fold(r.type), r.date or "", fold(r.issuer or ""), fold(r.subject or "")[:60])
    if r.number is None:
        return ("named", fold(r.type), _name_key(r.name or r.text))
    return ("code", fold(r.type), r.number.lstrip("0") or "0", fold(r.symbol or ""))


def resolve_references(refs: list[Reference]) -> list[Reference]:
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
    return refs
