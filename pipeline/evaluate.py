"""`plans eval`: precision, recall and F1 per field against the hand annotations.

The matching rules are documented in ``corpus/annotations/README.md`` and implemented here; a
change to one is a change to the other.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex
from rapidfuzz import fuzz

from .text import fold
from .vocab import doc_type_by_name

HEADER_FIELDS = ("doc_type", "number", "symbol", "issuer", "parent_issuer", "place", "issued_date",
                 "title", "signing_capacity", "signer_title", "signer")


def key(value) -> str | None:
    """Comparison key of a string: NFC, tone-unified, case-folded, spaces collapsed, no trailing
    ':' '.' ';'."""
    if value is None:
        return None
    s = fold(str(value)).strip()
    s = regex.sub(r"[:.;,\s]+$", "", s)
    s = regex.sub(r"\s*([/-])\s*", r"\1", s) if len(s) < 40 else s
    return s or None


def type_key(value: str | None) -> str | None:
    if value is None:
        return None
    dt = doc_type_by_name().get(fold(value))
    return fold(dt.type) if dt else fold(value)


@dataclass
class Score:
    tp: float = 0
    fp: float = 0
    fn: float = 0
    errors: list = field(default_factory=list)

    def add(self, other: "Score"):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.errors += other.errors

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _multiset(gold: list, pred: list, doc: str) -> Score:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    sc = Score(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)
    for k in (g - p):
        sc.errors.append((doc, "missed", k))
    for k in (p - g):
        sc.errors.append((doc, "spurious", k))
    return sc


def _greedy(gold: list, pred: list, similarity, doc: str, threshold: float = 90) -> Score:
    """One-to-one matching, best pairs first: ``similarity(gold, pred)`` in 0..100."""
    pairs = sorted(((similarity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   reverse=True)
    used_g, used_p = set(), set()
    sc = Score()
    for score, i, j in pairs:
        if score < threshold:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        sc.tp += 1
    for i, gi in enumerate(gold):
        if i not in used_g:
            sc.fn += 1
            sc.errors.append((doc, "missed", gi))
    pred = [p for j, p in enumerate(pred) if j not in used_p]
    sc.fp += len(pred)
    sc.errors += [(doc, "spurious", p) for p in pred]
    return sc


def score_header(gold: dict, pred: dict, doc: str) -> dict[str, Score]:
    out = {}
    for f in HEADER_FIELDS:
        g, p = key(gold.get(f)), key(pred.get(f))
        sc = Score()
        if g is not None and p is not None and g == p:
            sc.tp = 1
        else:
            if g is not None:
                sc.fn = 1
            if p is not None:
                sc.fp = 1
            if g is not None or p is not None:
                sc.errors.append((doc, f, gold.get(f), pred.get(f)))
        out[f] = sc
    return out


def _sym(s):
    return fold(regex.sub(r"\s+", "", s or "")) or None


def _num(s):
    return (s or "").lstrip("0") or "0"


def score_document(gold: dict, pred: dict, doc: str) -> dict[str, Score]:
    parts = set(gold.get("annotated", []))
    out: dict[str, Score] = {}
    if "document" in parts:
        hs = score_header(gold.get("document") or {}, pred["document"], doc)
        for f, sc in hs.items():
            out[f"document.{f}"] = sc
        total = Score()
        for sc in hs.values():
            total.add(Score(sc.tp, sc.fp, sc.fn))
        out["document"] = total
    if "sections" in parts:
        g = [(key(s["label"]), key(s.get("title"))) for s in gold.get("sections", [])]
        p = [(key(s["label"]), key(s.get("title"))) for s in pred["sections"]
             if s["level"] == 1 and s["kind"] in ("section", "part")]
        out["sections"] = _multiset(g, p, doc)
    if "references" in parts:
        gold_refs = gold.get("references", [])
        g_num = {(type_key(r["type"]), _num(r["number"]), _sym(r.get("symbol")))
                 for r in gold_refs if r.get("number")}
        p_num = {(type_key(r["type"]), _num(r["number"]), _sym(r.get("symbol")))
                 for r in pred["references"] if r.get("number")}
        out["references"] = _multiset(sorted(g_num, key=str), sorted(p_num, key=str), doc)
        # Dates of matched references.
        gd = {(type_key(r["type"]), _num(r["number"]), _sym(r.get("symbol"))): r.get("date")
              for r in gold_refs if r.get("number")}
        pd: dict = {}
        for r in pred["references"]:
            if r.get("number"):
                k = (type_key(r["type"]), _num(r["number"]), _sym(r.get("symbol")))
                pd[k] = pd.get(k) or r.get("date")
        ds = Score()
        for k in set(gd) & set(pd):
            if gd[k] is None and pd[k] is None:
                continue
            if gd[k] == pd[k]:
                ds.tp += 1
            else:
                ds.fn += gd[k] is not None
                ds.fp += pd[k] is not None
                ds.errors.append((doc, "ref-date", k, gd[k], pd[k]))
        out["reference_dates"] = ds
        g_named = [(type_key(r["type"]), key(r.get("name") or r.get("text"))) for r in gold_refs
                   if not r.get("number")]
        seen = set()
        p_named = []
        for r in pred["references"]:
            if r.get("number") is None and r.get("name") and r["ref_id"] not in seen:
                seen.add(r["ref_id"])
                p_named.append((type_key(r["type"]), key(r.get("name") or r.get("text"))))

        def named_similarity(gn, pn):
            if gn[0] != pn[0] or not gn[1] or not pn[1]:
                return 0
            # The same name cut a little shorter or longer ("... lần thứ XIV" / "..., nhiệm kỳ
            # 2020-2025") matches; otherwise a plain edit-distance ratio.
            shorter, longer = sorted((gn[1], pn[1]), key=len)
            if longer.startswith(shorter) and len(shorter.split()) >= 2 and len(longer) - len(shorter) < 25:
                return 100
            return fuzz.ratio(gn[1], pn[1])
        out["references_named"] = _greedy(g_named, p_named, named_similarity, doc)
    if "dates" in parts:
        g = [(d["value"], d.get("until")) for d in gold.get("dates", [])]
        p = [(d["value"], d.get("until")) for d in pred["dates"] if d["granularity"] == "day"]
        out["dates"] = _multiset(g, p, doc)
        # Roles of matched dates: pair in order of value.
        roles = Score()
        pr: dict = {}
        for d in pred["dates"]:
            if d["granularity"] == "day":
                pr.setdefault((d["value"], d.get("until")), []).append(d["role"])
        for d in gold.get("dates", []):
            date_key = (d["value"], d.get("until"))
            if pr.get(date_key):
                r = pr[date_key].pop(0)
                if r == d.get("role"):
                    roles.tp += 1
                else:
                    roles.fp += 1
                    roles.fn += 1
                    roles.errors.append((doc, "date-role", date_key, d.get("role"), r))
        out["date_roles"] = roles
    if "targets" in parts:
        def tkey(t):
            unit = (t.get("unit") or "").strip()
            unit = "%" if unit == "%" else fold(unit).split(" ")[0] if unit else ""
            return (float(t["value"]), t.get("comparator") or "=", unit)
        out["targets"] = _multiset([tkey(t) for t in gold.get("targets", [])],
                                   [tkey(t) for t in pred["targets"]], doc)
    if "responsibilities" in parts:
        g = [(fold(r["unit"]), r["role"]) for r in gold.get("responsibilities", [])]
        p = [(fold(r["unit"]), r["role"]) for r in pred["responsibilities"]]

        def unit_similarity(a, b):
            if a[1] != b[1]:
                return 0
            return 100 if a[0] == b[0] else fuzz.token_set_ratio(a[0], b[0])
        out["responsibilities"] = _greedy(g, p, unit_similarity, doc)
    return out


def evaluate(annotations_dir: str | Path, root: str | Path = ".", extract_fn=None,
             source_map=None, pattern: str = "*") -> tuple[dict[str, Score], list[str]]:
    """Score the pipeline on every annotation file; ``source_map`` may swap a document's source
    (e.g. its PDF twin) while keeping the annotation."""
    from .api import extract
    extract_fn = extract_fn or extract
    totals: dict[str, Score] = {}
    docs = []
    for path in sorted(Path(annotations_dir).glob(f"{pattern}.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        src = gold["source"]
        if source_map is not None:
            src = source_map.get(src)
            if src is None:
                continue
        pred = extract_fn(str(Path(root) / src)).to_dict()
        docs.append(path.stem)
        for name, sc in score_document(gold, pred, path.stem).items():
            totals.setdefault(name, Score()).add(sc)
    return totals, docs


ORDER = ["document", *[f"document.{f}" for f in HEADER_FIELDS], "sections", "references",
         "reference_dates", "references_named", "dates", "date_roles", "targets", "responsibilities"]


def format_table(totals: dict[str, Score], docs: list[str]) -> str:
    lines = [f"plans eval: {len(docs)} annotated documents",
             f"{'field':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name in ORDER:
        if name in totals:
            s = totals[name]
            lines.append(f"{name:28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                         f"{s.tp:5.0f} {s.fp:5.0f} {s.fn:5.0f}")
    return "\n".join(lines)
