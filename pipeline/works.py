"""Works, not files: the documents of a dataset grouped into the works they render.

One plan reaches a collection as several files: its ``.txt``, ``.docx`` and ``.pdf`` (renderings
of one text), the OCR of a scan beside its Word original, a web page's opening of it; and as
several versions: a numberless draft ("Số: /KH-UBND", "ngày   tháng 12 năm 2025") and the signed
plan. Counting files counts such a plan two or three times. :func:`group_works` groups them, in
the spirit of FRBR (work → expression → manifestation):

- a **version** is a set of renderings of one text: same number (or both blank), the same date
  where both give one (a date at another precision is another version), and texts that hold each
  other's word trigrams (the smaller one's trigrams at least :data:`RENDERING_CONTAINMENT` in the
  larger: a PDF's running headers, OCR's misreadings or a web opening's truncation leave that much);
- a **work** is a set of versions: same type, issuer and title, compatible dates, no two different
  numbers, and texts sharing at least :data:`VERSION_CONTAINMENT` of their trigrams (a draft and
  its signed plan differ in their wording here and there, not throughout).

Only documents that could be one work are compared: those with the same title (folded, marks
stripped), the same number and symbol, or the same first 30 words; the other checks are on the
header first (two different numbers are two works whatever their texts), so a 10,000-document
dataset compares few texts.

Each version's **representative rendering** is its most complete one: the most header fields
found (type, number, symbol, issuer, date, title, signer), then a text layer over OCR, then the
longest text, then the format (DOCX, DOC, PDF, HTML, TXT), then the source. The work's
representative is that of its **principal version**: the signed one (a number), then the latest
date, then the most complete representative.

The ``documents`` table gets ``work_id`` (the work's id), ``rendering_of`` (the doc_id of the
representative rendering of its version; empty for that rendering itself) and ``version_of`` (the
doc_id of the work's representative, for the documents of its other versions; empty otherwise).
The ``works`` table has one row per work (:data:`WORK_COLUMNS`). A work id is
:func:`pipeline.link.work_id` of the representative (``vn/ubnd/kh/2025-11-24/144``); an id two works
of the dataset would share (two numberless plans of one date, two "UBND" of different provinces
with the same number) takes ``~`` and the first 8 characters of each one's representative doc_id.
"""
from __future__ import annotations

import functools
import unicodedata

import regex
from rapidfuzz import fuzz

from .link import number_key, type_code, type_key, work_id
from .text import fold, strip_marks
from .vocab import alternation, doc_type_by_code, load_json

# Word trigrams of the smaller text found in the larger: renderings of one text (a DOCX and its
# PDF, 0.93–1.0 on the generated twins; a web page's opening and the plan, 0.97) and versions of
# one plan (a draft reworded in a third of its pages shares ~0.6). Plans copied from one template
# share as much (p001 and p022, one national guidance for two provinces: 0.57; p015 and the Lâm
# Đồng drug-control plan: 0.47): they are told apart by their headers (issuer, number), checked
# before any text is compared.
RENDERING_CONTAINMENT = 0.8
VERSION_CONTAINMENT = 0.5
# Titles of one work compared in a block of one number and symbol (token-sort ratio of the folded
# titles, 0..100): an OCR'd title is one of the Word original's with a few letters misread.
TITLE_SIMILARITY = 85
# Issuers of one work (token-set ratio of the folded names): "UBND TỈNH LÂM ĐỒNG" spelt out or not.
ISSUER_SIMILARITY = 80
# A block of documents sharing a title or a code larger than this is compared by anchors: each
# document against the representatives of the groups found so far, not against every other one.
PAIRWISE_LIMIT = 64
# Words of a text's opening that make a block: the type line, issuer and number of an official
# header are in the first 30 words (a motto's 10 words, the issuer's 4–8, "Số: 115/2004/QĐ-TTg").
OPENING_WORDS = 30

WORK_COLUMNS = {"work_id": "string", "doc_id": "string", "source": "string", "doc_type": "string",
                "number": "string", "symbol": "string", "code": "string", "issuer": "string",
                "issued_date": "string", "title": "string", "is_plan": "boolean", "n_documents": "Int64",
                "n_versions": "Int64", "n_renderings": "Int64"}
DOCUMENT_WORK_COLUMNS = ("work_id", "rendering_of", "version_of")

_HEADER_FIELDS = ("doc_type", "number", "symbol", "issuer", "issued_date", "title", "signer")
_FORMAT_ORDER = {"docx": 5, "doc": 4, "pdf": 3, "html": 2, "txt": 1}
_WORD = regex.compile(r"\w+")


@functools.cache
def _vocab() -> dict:
    return load_json("works.json")


@functools.cache
def _plan_type_keys() -> frozenset[str]:
    return frozenset(type_key(t) for t in _vocab()["plan_types"])


@functools.cache
def _issuing_type_keys() -> frozenset[str]:
    return frozenset(type_key(t) for t in _vocab()["plan_issuing_types"])


@functools.cache
def _issuing_title() -> regex.Pattern:
    phrases = sorted((fold(p) for p in _vocab()["plan_issuing_titles"]), key=len, reverse=True)
    opening = alternation(fold(p) for p in _vocab()["subject_openers"])
    return regex.compile(rf"^(?:(?:{opening})\s+)?(?:" + "|".join(map(regex.escape, phrases)) + r")")


def is_plan(doc_type: str | None, title: str | None = None, symbol: str | None = None) -> bool:
    """Whether a document is a plan: a Kế hoạch or Chương trình, or a decision that issues or
    approves one printed with it ("Quyết định về việc ban hành Kế hoạch ..."). A report, a cover
    letter (Tờ trình "về việc ban hành Kế hoạch"), a guidance or a text of no known type is not.
    Where the type line was not read (a web page's opening), the symbol's type code stands for it
    ("138/KH-UBND": a Kế hoạch)."""
    if not doc_type and symbol:
        code = type_code(None, symbol)
        known = doc_type_by_code().get((code or "").upper())
        doc_type = known.type if known else None
    if not doc_type:
        return False
    key = type_key(doc_type)
    if key in _plan_type_keys():
        return True
    return key in _issuing_type_keys() and bool(title) and bool(_issuing_title().match(fold(title or "")))


def _slug(s: str | None) -> str:
    return " ".join(_WORD.findall(strip_marks(fold(s or ""))))


def shingles(text: str) -> frozenset[int]:
    """The word trigrams of a text (lower case, marks stripped: OCR misreads marks most), hashed."""
    words = _WORD.findall(strip_marks(unicodedata.normalize("NFC", text).lower()))
    return frozenset(hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set's trigrams that the larger holds (0 for an empty one)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _rank(d: dict, length: int) -> tuple:
    """How complete a rendering is (larger is better; see the module doc)."""
    fields = sum(1 for f in _HEADER_FIELDS if d.get(f))
    return fields, not d.get("ocr"), length, _FORMAT_ORDER.get(d.get("format") or "", 0)


class _Grouper:
    def __init__(self, docs: list[dict], texts: dict[str, str]):
        self.docs = docs
        self.texts = texts
        self._shingles: dict[int, frozenset[int]] = {}

    def shingles(self, i: int) -> frozenset[int]:
        if i not in self._shingles:
            self._shingles[i] = shingles(self.texts.get(self.docs[i]["doc_id"], ""))
        return self._shingles[i]

    def same_header(self, a: dict, b: dict, by_code: bool) -> bool:
        """Whether two headers could be one work's (nothing contradicts)."""
        if a.get("doc_type") and b.get("doc_type") and type_key(a["doc_type"]) != type_key(b["doc_type"]):
            return False
        if a.get("number") and b.get("number") and number_key(a["number"]) != number_key(b["number"]):
            return False
        if a.get("symbol") and b.get("symbol") and fold(a["symbol"]) != fold(b["symbol"]):
            return False
        if not _dates_compatible(a.get("issued_date"), b.get("issued_date")):
            return False
        if a.get("issuer") and b.get("issuer") and fuzz.token_set_ratio(
                fold(a["issuer"]), fold(b["issuer"])) < ISSUER_SIMILARITY:
            return False
        if by_code and a.get("title") and b.get("title"):
            return fuzz.token_sort_ratio(_slug(a["title"]), _slug(b["title"])) >= TITLE_SIMILARITY
        return True

    def relation(self, i: int, j: int, by_code: bool) -> tuple[str | None, float]:
        """("rendering" | "version" | None, containment) of two documents."""
        a, b = self.docs[i], self.docs[j]
        if not self.same_header(a, b, by_code):
            return None, 0.0
        share = containment(self.shingles(i), self.shingles(j))
        same_number = (number_key(a.get("number")) == number_key(b.get("number"))
                       if (a.get("number") or b.get("number")) else True)
        # A date given at another precision is another version: the draft plan scanned in sample 09
        # ("năm 2026") and its later Word version 21 ("tháng 12 năm 2026", signed) share 0.875.
        same_date = not (a.get("issued_date") and b.get("issued_date")) or a["issued_date"] == b["issued_date"]
        if (same_number and same_date and bool(a.get("number")) == bool(b.get("number"))
                and share >= RENDERING_CONTAINMENT):
            return "rendering", share
        if share >= VERSION_CONTAINMENT:
            return "version", share
        return None, share


def _opening(text: str) -> str:
    """The first :data:`OPENING_WORDS` words of a text (lower case, marks stripped)."""
    words = _WORD.findall(strip_marks(unicodedata.normalize("NFC", text[:OPENING_WORDS * 12]).lower()))
    return " ".join(words[:OPENING_WORDS]) if len(words) >= OPENING_WORDS else ""


def _blocks(docs: list[dict], texts: dict[str, str]) -> list[tuple[list[int], bool]]:
    """Indexes of documents that could be one work: one title, one number and symbol (True), or one
    opening (a header read in neither: "Quyết định của Thủ tướng Chính phủ số 115/2004/QĐ-TTg …"
    as a PDF and as its transcript). An opening that more than :data:`PAIRWISE_LIMIT` documents
    share is an issuer's boilerplate, not one document's: it is not a block."""
    by_title: dict[str, list[int]] = {}
    by_code: dict[tuple[str, str], list[int]] = {}
    by_opening: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        title = _slug(d.get("title"))
        if len(title) >= 12:  # "CÔNG ĐOÀN", a heading taken for a title, names no work
            by_title.setdefault(title, []).append(i)
        if d.get("number") and d.get("symbol"):
            by_code.setdefault((number_key(d["number"]), fold(d["symbol"])), []).append(i)
        if opening := _opening(texts.get(d["doc_id"], "")):
            by_opening.setdefault(opening, []).append(i)
    return ([(m, False) for m in by_title.values() if len(m) > 1]
            + [(m, True) for m in by_code.values() if len(m) > 1]
            + [(m, False) for m in by_opening.values() if 1 < len(m) <= PAIRWISE_LIMIT])


class _UnionFind:
    def __init__(self, n: int, numbers: list[str | None]):
        self.parent = list(range(n))
        self.numbers = [{x} if x else set() for x in numbers]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join two groups unless they hold two different numbers (two signed documents)."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if self.numbers[ri] and self.numbers[rj] and self.numbers[ri] != self.numbers[rj]:
            return False
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        self.numbers[lo] |= self.numbers[hi]
        return True


def _pairs(block: list[int], by_code: bool, grouper: _Grouper) -> list[tuple[float, str, int, int]]:
    """(containment, relation, i, j) of the related pairs of a block."""
    out = []
    if len(block) <= PAIRWISE_LIMIT:
        candidates = [(i, j) for n, i in enumerate(block) for j in block[n + 1:]]
    else:  # each against the first members of the groups found so far
        anchors: list[int] = []
        candidates = []
        for i in block:
            related = False
            for a in anchors:
                rel, share = grouper.relation(a, i, by_code)
                if rel is not None:
                    out.append((share, rel, a, i))
                    related = True
                    break
            if not related:
                anchors.append(i)
        return out
    for i, j in candidates:
        rel, share = grouper.relation(i, j, by_code)
        if rel is not None:
            out.append((share, rel, i, j))
    return out


def group_works(documents: list[dict], texts: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """The work columns of each document (``work_id``, ``rendering_of``, ``version_of``, in the
    order of ``documents``) and the rows of the ``works`` table (see the module doc).
    ``documents`` are rows of the ``documents`` table; ``texts`` maps doc_id to its text."""
    docs = documents
    grouper = _Grouper(docs, texts)
    numbers = [number_key(d["number"]) if d.get("number") else None for d in docs]
    pairs: list[tuple[float, str, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for block, by_code in _blocks(docs, texts):
        for share, rel, i, j in _pairs(block, by_code, grouper):
            if (i, j) not in seen:
                seen.add((i, j))
                pairs.append((share, rel, i, j))
    # Renderings first, then versions, the closest pairs first: a draft joins the signed plan its
    # text is closest to, and a group never holds two numbers.
    pairs.sort(key=lambda p: (p[1] != "rendering", -p[0], p[2], p[3]))
    versions = _UnionFind(len(docs), numbers)
    for _, rel, i, j in pairs:
        if rel == "rendering":
            versions.union(i, j)
    works = _UnionFind(len(docs), numbers)
    for i in range(len(docs)):
        works.union(i, versions.find(i))
    for _, _rel, i, j in pairs:
        works.union(i, j)

    lengths = [len(texts.get(d["doc_id"], "")) for d in docs]

    def best(members: list[int]) -> int:
        return max(members, key=lambda i: (*_rank(docs[i], lengths[i]), _neg(docs[i].get("source") or "")))

    version_members: dict[int, list[int]] = {}
    for i in range(len(docs)):
        version_members.setdefault(versions.find(i), []).append(i)
    version_rep = {root: best(members) for root, members in version_members.items()}
    work_versions: dict[int, list[int]] = {}
    for root in version_members:
        work_versions.setdefault(works.find(root), []).append(root)

    def principal(roots: list[int]) -> int:
        def key(root: int) -> tuple:
            rep = docs[version_rep[root]]
            return (bool(rep.get("number")), rep.get("issued_date") or "",
                    *_rank(rep, lengths[version_rep[root]]), _neg(rep.get("source") or ""))
        return max(roots, key=key)

    columns: list[dict] = [{} for _ in docs]
    rows: list[dict] = []
    for roots in work_versions.values():
        main = principal(roots)
        rep_i = version_rep[main]
        rep = docs[rep_i]
        members = [i for root in roots for i in version_members[root]]
        for root in roots:
            for i in version_members[root]:
                columns[i] = {"rendering_of": docs[version_rep[root]]["doc_id"] if i != version_rep[root] else None,
                              "version_of": rep["doc_id"] if root != main else None}
        rows.append({"_members": members, "doc_id": rep["doc_id"], "source": rep.get("source"),
                     "doc_type": rep.get("doc_type"), "number": rep.get("number"), "symbol": rep.get("symbol"),
                     "code": rep.get("code"), "issuer": rep.get("issuer"), "issued_date": rep.get("issued_date"),
                     "title": rep.get("title"),
                     "is_plan": is_plan(rep.get("doc_type"), rep.get("title"), rep.get("symbol")),
                     "n_documents": len(members), "n_versions": len(roots),
                     "n_renderings": len(version_members[main]),
                     "work_id": work_id(rep.get("doc_type"), rep.get("number"), rep.get("symbol"),
                                        rep.get("issued_date"), rep.get("issuer"))})
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["work_id"]] = counts.get(row["work_id"], 0) + 1
    for row in rows:
        if counts[row["work_id"]] > 1:
            row["work_id"] += "~" + row["doc_id"][:8]
        for i in row.pop("_members"):
            columns[i]["work_id"] = row["work_id"]
    rows.sort(key=lambda r: r["work_id"])
    return columns, [{c: r[c] for c in WORK_COLUMNS} for r in rows]


def _neg(s: str) -> tuple[int, ...]:
    """A key under which a smaller string sorts larger (for max() to prefer the first source)."""
    return (*(-ord(ch) for ch in s), 1)  # the end mark: "a" before "ab"


def stage_works(out, staged: dict[str, str], stage) -> int:
    """For a build: the staged ``documents`` table (``staged`` maps final names to the temporary
    files of :func:`pipeline.dataset.build`) written again with its work columns, and the ``works``
    table staged, through ``stage(name, frame)``. Returns the number of works."""
    import pandas as pd

    from .rows import records
    docs = pd.read_parquet(out / staged["documents.parquet"])
    texts = pd.read_parquet(out / staged["texts.parquet"], columns=["doc_id", "text"])
    text_of = dict(zip(texts["doc_id"], texts["text"]))
    del texts
    own = docs.drop(columns=[c for c in DOCUMENT_WORK_COLUMNS if c in docs.columns])
    columns, rows = group_works(records(own), text_of)
    for c in DOCUMENT_WORK_COLUMNS:
        docs[c] = pd.array([col[c] for col in columns], dtype="string")
    stage("documents.parquet", docs)
    stage("documents.csv", docs)
    works = pd.DataFrame(rows, columns=list(WORK_COLUMNS)).astype(WORK_COLUMNS)
    stage("works.parquet", works)
    stage("works.csv", works)
    return len(works)
