"""Linking: each reference resolved to a document of a collection, and the citation graph.

A document's canonical id follows the Akoma Ntoso FRBR work id: ``vn/{issuer}/{type}/{date}/
{number}``, e.g. ``vn/ldld/kh/2024-03-29/31`` (ASCII, lower case; the issuer is the symbol's
issuer code: "KH-LĐLĐ" → "ldld", "2023/NĐ-CP" → "cp", "KH/TU" → "tu"; a draft's blank number is
"draft").

A reference is resolved by type, number and symbol (exact; score 1.0); where those are partial
— a short form without symbol, or a plan cited by date, issuer and subject without a number — by
date, issuer, type and subject against the documents' header fields, with rapidfuzz similarities
(score below 1.0, the best candidate above a threshold). Each link records the fields where the
citation and the cited document disagree (``mismatches``: date, issuer, type).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz, process

from .extract.abbreviations import expand
from .text import fold, strip_marks
from .vocab import doc_type_by_code, doc_type_by_name

FUZZY_THRESHOLD = 0.6


def _ascii(s: str) -> str:
    """A slug of a name: folded, marks stripped, runs of other characters as one "-"."""
    return regex.sub(r"[^a-z0-9]+", "-", strip_marks(fold(s))).strip("-")


def _symbol_parts(symbol: str | None) -> tuple[str | None, str | None]:
    """(type code, issuer code) of a symbol: "KH-LĐLĐ" → (KH, LĐLĐ); "2023/NĐ-CP" → (NĐ, CP);
    party "KH/TU" → (KH, TU); "HĐ-TLĐ" → (HĐ, TLĐ)."""
    if not symbol:
        return None, None
    s = regex.sub(r"^\d{4}/", "", symbol)
    parts = regex.split(r"[-/]", s)
    if len(parts) == 1:
        return parts[0], None
    return parts[0], parts[-1]


def type_code(doc_type: str | None, symbol: str | None = None) -> str | None:
    code, _ = _symbol_parts(symbol)
    if code and code.upper() in doc_type_by_code():
        return code
    dt = doc_type_by_name().get(fold(doc_type or ""))
    if dt and dt.codes:
        return dt.codes[0]
    return code


def work_id(doc_type: str | None, number: str | None, symbol: str | None, date: str | None,
            issuer: str | None = None) -> str:
    """Canonical FRBR-style work id of a document (or of what a reference cites)."""
    _, issuer_code = _symbol_parts(symbol)
    who = _ascii(issuer_code) if issuer_code else (_ascii(issuer)[:40] if issuer else "unknown")
    what = _ascii(type_code(doc_type, symbol) or doc_type or "unknown")
    when = date or "unknown"
    num = _ascii(number) if number else "draft"
    return f"vn/{who}/{what}/{when}/{num}"


def type_key(t: str | None) -> str:
    """The matching key of a document type as written ("KẾ HOẠCH", "Kế hoạch", an alias): its
    canonical type's folded name, or the folded text of a type the vocabulary does not know."""
    dt = doc_type_by_name().get(fold(t or ""))
    return fold(dt.type) if dt else fold(t or "")


def number_key(n: str | None) -> str:
    """A document number as a key: leading zeros dropped ("05" = "5"; blank: "0")."""
    return (n or "").lstrip("0") or "0"


def _dates_agree(cited: str | None, actual: str | None) -> bool | None:
    """Whether a cited date and a document's date agree at the precision both give (None: unknown)."""
    if not cited or not actual:
        return None
    n = min(len(cited), len(actual))
    return cited[:n] == actual[:n]


def _issuer_similarity(cited: str | None, doc: dict) -> float | None:
    if not cited:
        return None
    names = [n for n in (doc.get("issuer"), doc.get("parent_issuer")) if n]
    if not names:
        return None
    c = fold(expand(cited))
    # "Ban Thường vụ Liên đoàn Lao động tỉnh" cites "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK NÔNG": the body's
    # organs (Ban Thường vụ, Ban Chấp hành, Thường trực) and "của" are not part of its name.
    c = regex.sub(r"^(?:ban thường vụ|ban chấp hành|thường trực|chủ tịch|đoàn chủ tịch)\s+", "", c)
    best = 0.0
    for n in names:
        n = fold(expand(n))
        best = max(best, fuzz.token_set_ratio(c, n) / 100, fuzz.partial_ratio(c, n) / 100)
    return best


@dataclass
class Link:
    citing_doc_id: str
    citing_source: str | None
    ref_id: str
    ref_text: str
    relation: str
    cited_doc_id: str | None
    cited_source: str | None
    cited_work_id: str
    score: float
    method: str  # code | fuzzy | none
    mismatches: list[dict] = field(default_factory=list)


class Collection:
    """Documents to resolve references against: header rows (``documents`` table rows or
    ``PlanDocument.document`` dicts), indexed by number and symbol."""

    def __init__(self, documents: list[dict]):
        self.documents = [d for d in documents if d.get("doc_id")]
        self.by_code: dict[tuple, list[dict]] = {}
        self.drafts = [d for d in self.documents if not d.get("number")]
        for d in self.documents:
            if d.get("number") and d.get("symbol"):
                self.by_code.setdefault((number_key(d["number"]), fold(d["symbol"])), []).append(d)

    def _candidates(self, ref: dict) -> list[dict]:
        """Documents a partial citation could name: for a numbered citation not found by its
        code, only drafts (blank number); same year where both are dated; the 50 best titles when
        there are many."""
        cands = self.drafts if ref.get("number") else self.documents
        if ref.get("date"):
            year = ref["date"][:4]
            cands = [d for d in cands if not d.get("issued_date") or d["issued_date"][:4] == year]
        if len(cands) > 50 and ref.get("subject"):
            titles = [fold(d.get("title") or "") for d in cands]
            best = process.extract(fold(ref["subject"]), titles, scorer=fuzz.token_set_ratio, limit=50)
            cands = [cands[i] for _, _, i in best]
        return cands

    def resolve(self, ref: dict) -> tuple[dict | None, float, str]:
        """The cited document, a score in 0..1, and how it was found."""
        if ref.get("number") and ref.get("symbol"):
            cands = self.by_code.get((number_key(ref["number"]), fold(ref["symbol"])), [])
            if cands:
                same_type = [d for d in cands if type_key(d.get("doc_type")) == type_key(ref.get("type"))]
                return (same_type or cands)[0], 1.0 if same_type else 0.9, "code"
        best, best_score = None, 0.0
        for d in self._candidates(ref):
            score = self._fuzzy(ref, d)
            if score > best_score:
                best, best_score = d, score
        if best is not None and best_score >= FUZZY_THRESHOLD:
            return best, round(best_score, 3), "fuzzy"
        return None, round(best_score, 3), "none"

    @staticmethod
    def _fuzzy(ref: dict, d: dict) -> float:
        """Evidence that a partial citation names this document. The subject must match the
        title, and at least one more of date and issuer must agree; one contradicting field (a
        wrong date, issuer or type — a citation mismatch to report) is allowed and costs score;
        two are not. A number that contradicts excludes."""
        if ref.get("number") and d.get("number") and number_key(ref["number"]) != number_key(d["number"]):
            return 0.0
        if not (ref.get("subject") and d.get("title")):
            return 0.0
        subj = fuzz.token_sort_ratio(fold(ref["subject"]), fold(d["title"])) / 100
        if subj < 0.6:
            return 0.0
        parts: list[tuple[float, float]] = [(3.0, subj)]  # (weight, similarity)
        # A subject that all but repeats the title is evidence enough where the document prints no
        # issuer or date (a header lost on the web).
        agree, contra = (2 if subj >= 0.85 else 1), 0
        if type_key(ref.get("type")) != type_key(d.get("doc_type")):
            contra += 1
        dates = _dates_agree(ref.get("date"), d.get("issued_date"))
        if dates is not None:
            parts.append((2.0, 1.0 if dates else 0.0))
            agree, contra = agree + dates, contra + (not dates)
        iss = _issuer_similarity(_cited_issuer(ref), d)
        if iss is not None:
            parts.append((1.0, iss))
            agree, contra = agree + (iss >= 0.75), contra + (iss < 0.5)
        if agree < 2 or contra > 1:
            return 0.0
        # The similarity of what agrees, discounted for a field that contradicts.
        kept = [(w, s) for w, s in parts if s > 0]
        return sum(w * s for w, s in kept) / sum(w for w, _ in kept) * 0.85 ** contra


def mismatches(ref: dict, d: dict) -> list[dict]:
    """Where a citation disagrees with the document it cites."""
    out = []
    if _dates_agree(ref.get("date"), d.get("issued_date")) is False:
        out.append({"field": "date", "cited": ref["date"], "actual": d["issued_date"]})
    iss = _issuer_similarity(_cited_issuer(ref), d)
    if iss is not None and iss < 0.75:
        out.append({"field": "issuer", "cited": ref["issuer"], "actual": d.get("issuer")})
    if type_key(ref.get("type")) != type_key(d.get("doc_type")) and d.get("doc_type"):
        out.append({"field": "type", "cited": ref["type"], "actual": d.get("doc_type")})
    return out


def _cited_issuer(ref: dict) -> str | None:
    """The issuer the citing text names; one inferred from the symbol ("QĐ-TTg" → Thủ tướng Chính
    phủ) says nothing the symbol does not, and is not evidence for or against a candidate."""
    return None if ref.get("issuer_inferred") else ref.get("issuer")


def link_document(doc: dict, collection: Collection) -> list[Link]:
    """Links of one extracted document (its ``to_dict()``): one per cited document (ref_id)."""
    meta = doc["document"]
    out = []
    seen = set()
    for r in doc["references"]:
        if r["ref_id"] in seen or (r.get("number") is None and r.get("name")):
            continue  # one link per cited document; laws named without number are not in collections
        seen.add(r["ref_id"])
        cited, score, method = collection.resolve(r)
        if cited is not None and cited["doc_id"] == meta["doc_id"]:
            cited, score, method = None, 0.0, "none"
        out.append(Link(
            citing_doc_id=meta["doc_id"], citing_source=meta.get("source"), ref_id=r["ref_id"],
            ref_text=r["text"], relation=r["relation"],
            cited_doc_id=cited["doc_id"] if cited else None,
            cited_source=cited.get("source") if cited else None,
            cited_work_id=work_id(r.get("type"), r.get("number"), r.get("symbol"), r.get("date"), r.get("issuer")),
            score=score, method=method, mismatches=mismatches(r, cited) if cited else []))
    return out


LINK_COLUMNS = {"citing_doc_id": "string", "citing_source": "string", "ref_id": "string",
                "ref_text": "string", "relation": "string", "cited_doc_id": "string",
                "cited_source": "string", "cited_work_id": "string", "score": "Float64",
                "method": "string", "mismatches": "string"}


def links_rows(documents: list[dict], references: list[dict]) -> list[dict]:
    """The ``links`` table: every citing document's distinct references resolved against the
    documents (rows of the dataset's tables)."""
    import json
    collection = Collection(documents)
    by_doc: dict[str, list[dict]] = {}
    for r in references:
        by_doc.setdefault(r["doc_id"], []).append(r)
    out = []
    for d in documents:
        for link in link_document({"document": d, "references": by_doc.get(d["doc_id"], [])}, collection):
            row = dict(link.__dict__)
            row["mismatches"] = json.dumps(link.mismatches, ensure_ascii=False) if link.mismatches else None
            out.append(row)
    return out


def _link_rows(links) -> list[dict]:
    """Links as dicts: the ``links`` DataFrame that :func:`pipeline.dataset.load` returns (missing
    values as None), or rows already."""
    if hasattr(links, "to_dict") and hasattr(links, "columns"):
        from .rows import records
        return records(links)
    return list(links)


def parents(doc_id: str, links, relations=("implements", "basis")) -> list[dict]:
    """Links from a document to the documents it implements or is based on; ``links`` is the
    dataset's ``links`` table (a DataFrame) or its rows (dicts)."""
    return [link for link in _link_rows(links) if link["citing_doc_id"] == doc_id and link.get("cited_doc_id")
            and link["relation"] in relations]


def children(doc_id: str, links, relations=("implements", "basis")) -> list[dict]:
    """Links to a document from the documents that implement it or are based on it; ``links`` as
    for :func:`parents`."""
    return [link for link in _link_rows(links) if link.get("cited_doc_id") == doc_id and link["relation"] in relations]
