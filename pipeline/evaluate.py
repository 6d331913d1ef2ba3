"""`plans eval`: precision, recall and F1 per field against the hand annotations.

The matching rules are documented in ``corpus/annotations/README.md`` and implemented here; a
change to one is a change to the other.
"""
from __future__ import annotations

import functools
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


_TRAILING_MARKS = regex.compile(r"[:.;,\s]+$")
_SPACED_JOINS = regex.compile(r"\s*([/-])\s*")
_JOIN_SIGNS = regex.compile(r"\s*[/-]\s*")


def key(value) -> str | None:
    """Comparison key of a string: NFC, tone-unified, case-folded, spaces collapsed, no trailing
    ':' '.' ';'."""
    if value is None:
        return None
    return _key(str(value))


# (Matching compares every gold item with every predicted one: a plan of 600 targets asks for the
# key of each indicator 720,000 times.)
@functools.lru_cache(maxsize=1 << 16)
def _key(value: str) -> str | None:
    s = _TRAILING_MARKS.sub("", fold(value).strip())
    s = _SPACED_JOINS.sub(r"\1", s) if len(s) < 40 else s
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
    # Set by totals_of: the sum of the F1s of the documents with an item of the field (gold or
    # predicted), and their number. A micro total is dominated by the documents with the most items
    # (one annex of 343 aims is over half the test split's targets); their mean says what to expect
    # of one plan.
    doc_f1_sum: float = 0.0
    docs: int = 0

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

    @property
    def doc_mean_f1(self) -> float | None:
        """The mean of the per-document F1s (``None`` when no document has an item)."""
        return self.doc_f1_sum / self.docs if self.docs else None


def _multiset(gold: list, pred: list, doc: str) -> Score:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    sc = Score(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)
    for k in (g - p):
        sc.errors.append((doc, "missed", k))
    for k in (p - g):
        sc.errors.append((doc, "spurious", k))
    return sc


def _greedy(gold: list, pred: list, similarity, doc: str, threshold: float = 90, describe=None,
            pairs: list | None = None) -> Score:
    """One-to-one matching, best pairs first: ``similarity(gold, pred)`` in 0..100; a pair
    matches at ``threshold`` or above. ``describe`` shortens an item for the error list;
    ``pairs``, if given, receives the matched (gold, pred) pairs."""
    describe = describe or (lambda item: item)
    candidates = sorted(((similarity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                        reverse=True)
    used_g, used_p = set(), set()
    sc = Score()
    for score, i, j in candidates:
        if score < threshold:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        sc.tp += 1
        if pairs is not None:
            pairs.append((gold[i], pred[j]))
    for i, gi in enumerate(gold):
        if i not in used_g:
            sc.fn += 1
            sc.errors.append((doc, "missed", describe(gi)))
    pred = [p for j, p in enumerate(pred) if j not in used_p]
    sc.fp += len(pred)
    sc.errors += [(doc, "spurious", describe(p)) for p in pred]
    return sc


# A responsible unit matches a predicted one of the same role when their names, compared as
# :func:`key` writes them, have an edit-distance ratio of at least this (a letter or two of 30:
# "Ủy ban nhân dân tỉnh" = "UBND tỉnh" does not match; "Sở Nội vụ" ⊂ "Sở Nội vụ và Sở Tư pháp"
# does not either).
UNIT_SIMILARITY = 90
# A target matches a predicted one with the same value (and upper end), the same unit, and
# indicators — what is counted or measured — whose token-set similarity is at least this.
TARGET_INDICATOR_SIMILARITY = 70


def _target_unit_key(unit: str | None) -> str:
    """A target's unit for comparison: "%" or the folded counted thing ("cuộc tập huấn")."""
    unit = (unit or "").strip()
    if unit.startswith("%"):
        return "%"
    return key(unit) or ""


def _same_unit(a: str, b: str) -> bool:
    """Units match when equal, or when one is the other's first words ("cuộc" / "cuộc tập huấn":
    how far a counted noun runs is a matter of style, its head is not), a list's first among them
    ("doanh nghiệp" / "doanh nghiệp, hợp tác xã, hộ kinh doanh")."""
    if a == b:
        return True
    if not a or not b or a == "%" or b == "%":
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and not longer[len(shorter)].isalnum()


def unit_names(responsibilities: list[dict]) -> dict[str, tuple[str, ...]]:
    """Each gold unit's names as :func:`key` writes them, by its name: the name the annotator
    gives, then each form any of its records gives as printed (``printed_as``, a list or one
    string: "Phòng GDTrH" of "Phòng Giáo dục Trung học", where the annotator wrote out an
    abbreviation the text prints); a prediction matching any of them names that unit."""
    names: dict[str, list[str]] = {}
    for r in responsibilities:
        printed = r.get("printed_as") or ()
        forms = names.setdefault(key(r["unit"]) or "", [key(r["unit"]) or ""])
        forms += [k for n in ([printed] if isinstance(printed, str) else printed) if (k := key(n))]
    return {name: tuple(dict.fromkeys(forms)) for name, forms in names.items()}


def _name_similarity(names: tuple[str, ...], name: str) -> float:
    return max(fuzz.ratio(n, name) for n in names)


def _value(t: dict) -> tuple[float | None, float | None]:
    def number(v):
        return None if v is None else round(float(v), 6)
    return number(t.get("value")), number(t.get("until"))


def target_similarity(gold: dict, pred: dict) -> float:
    """0 unless value, upper end and unit agree; then the token-set similarity of the indicators
    (folded), 0–100."""
    units = _target_unit_key(gold.get("unit")), _target_unit_key(pred.get("unit"))
    if _value(gold) != _value(pred) or not _same_unit(*units):
        return 0
    g, p = key(gold.get("indicator")) or "", key(pred.get("indicator")) or ""
    if not g or not p:
        return 0
    # (A dash or a slash parts words whatever the spaces around it: :func:`key` joins them in a
    # short string only, "công nghiệp-xây dựng" beside "cơ cấu … - công nghiệp - xây dựng".)
    return fuzz.token_set_ratio(_JOIN_SIGNS.sub(" ", g), _JOIN_SIGNS.sub(" ", p))


def _value_unit_similarity(gold: dict, pred: dict) -> float:
    """100 when value, upper end and unit agree (the indicator is not compared), else 0."""
    units = _target_unit_key(gold.get("unit")), _target_unit_key(pred.get("unit"))
    return 100 if _value(gold) == _value(pred) and _same_unit(*units) else 0


def _target_brief(t: dict) -> tuple:
    return (t.get("value"), t.get("until"), t.get("unit"), (t.get("indicator") or "")[:60])


def _recurring_key(d: dict) -> tuple:
    return (d.get("every"), d.get("month"), d.get("day"))


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


def _ref_key(r: dict) -> tuple:
    """A numbered reference as matched: its type, number and symbol, each normalised."""
    return (type_key(r["type"]), _num(r["number"]), _sym(r.get("symbol")))


def _score_dates(gold: dict, pred: dict, doc: str) -> dict[str, Score]:
    """Full dates (value and until, a multiset), the roles of the matched ones, and recurring dates."""
    out: dict[str, Score] = {}
    gold_dates = [d for d in gold.get("dates", []) if d.get("granularity") != "recurring"]
    g = [(d["value"], d.get("until")) for d in gold_dates]
    p = [(d["value"], d.get("until")) for d in pred["dates"] if d["granularity"] == "day"]
    out["dates"] = _multiset(g, p, doc)
    # Roles of matched dates: pair in order of value.
    roles = Score()
    pr: dict = {}
    for d in pred["dates"]:
        if d["granularity"] == "day":
            pr.setdefault((d["value"], d.get("until")), []).append(d["role"])
    for d in gold_dates:
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
    recurring = [d for d in gold.get("dates", []) if d.get("granularity") == "recurring"]
    if recurring or any(d["granularity"] == "recurring" for d in pred["dates"]):
        out["dates_recurring"] = _multiset(
            [_recurring_key(d) for d in recurring],
            [_recurring_key(d) for d in pred["dates"] if d["granularity"] == "recurring"], doc)
    return out


def _score_reference_issuers(gold_refs: list[dict], pred_refs: list[dict], doc: str) -> Score:
    """Issuers of matched numbered references (SPEC §2.1: also an issuer the symbol names),
    compared as responsible units are (UNIT_SIMILARITY). A document cited several times: its
    first mention that names the issuer, on both sides."""
    gi: dict = {}
    pi: dict = {}
    for refs, issuers in ((gold_refs, gi), (pred_refs, pi)):
        for r in refs:
            if r.get("number"):
                k = _ref_key(r)
                issuers[k] = issuers.get(k) or key(r.get("issuer"))
    iss = Score()
    for k in sorted(set(gi) & set(pi), key=str):
        gk, pk = gi[k], pi[k]  # (bound once: mypy narrows names, not dict lookups)
        if gk is None and pk is None:
            continue
        if gk is not None and pk is not None and fuzz.ratio(gk, pk) >= UNIT_SIMILARITY:
            iss.tp += 1
        else:
            iss.fn += gk is not None
            iss.fp += pk is not None
            iss.errors.append((doc, "ref-issuer", k, gk, pk))
    return iss


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
        g_num = {_ref_key(r) for r in gold_refs if r.get("number")}
        p_num = {_ref_key(r) for r in pred["references"] if r.get("number")}
        out["references"] = _multiset(sorted(g_num, key=str), sorted(p_num, key=str), doc)
        # Dates of matched references.
        gd = {_ref_key(r): r.get("date") for r in gold_refs if r.get("number")}
        pd: dict = {}
        for r in pred["references"]:
            if r.get("number"):
                k = _ref_key(r)
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
        out["reference_issuers"] = _score_reference_issuers(gold_refs, pred["references"], doc)
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
        out.update(_score_dates(gold, pred, doc))
    if "targets" in parts:
        gold_targets = gold.get("targets", [])
        matched: list[tuple[dict, dict]] = []
        out["targets"] = _greedy(gold_targets, pred["targets"], target_similarity, doc,
                                 threshold=TARGET_INDICATOR_SIMILARITY, describe=_target_brief, pairs=matched)
        # The same aims by value and unit alone: tells an aim not found from an aim found with
        # another reading of what it measures.
        out["target_values"] = _greedy(gold_targets, pred["targets"], _value_unit_similarity, doc,
                                       threshold=100, describe=_target_brief)
        kinds = Score()
        for g_t, p_t in matched:
            g_kind, p_kind = g_t.get("kind") or "target", p_t.get("kind") or "target"
            if g_kind == p_kind:
                kinds.tp += 1
            else:
                kinds.fp += 1
                kinds.fn += 1
                kinds.errors.append((doc, "target-kind", _target_brief(g_t), g_kind, p_kind))
        out["target_kinds"] = kinds
    if "responsibilities" in parts:
        named = unit_names(gold.get("responsibilities", []))
        g_units = [(named[key(r["unit"]) or ""], r["role"]) for r in gold.get("responsibilities", [])]
        p_units = [(key(r["unit"]) or "", r["role"]) for r in pred["responsibilities"]]

        def unit_similarity(a, b):
            if a[1] != b[1]:
                return 0
            return _name_similarity(a[0], b[0])

        def first_name(item):
            return (item[0][0], item[1]) if isinstance(item[0], tuple) else item
        out["responsibilities"] = _greedy(g_units, p_units, unit_similarity, doc, threshold=UNIT_SIMILARITY,
                                          describe=first_name)
        # The same names whatever their roles, each name once: tells a unit not found from a
        # unit found with another role (the role is the reader's judgement more often than the
        # name is).
        g_names = sorted({names for names, _ in g_units if names[0]})
        p_names = sorted({name for name, _ in p_units if name})
        out["responsibility_names"] = _greedy(g_names, p_names, _name_similarity, doc, threshold=UNIT_SIMILARITY,
                                              describe=lambda item: item[0] if isinstance(item, tuple) else item)
    return out


SPLITS_FILE = "splits.tsv"


def read_splits(annotations_dir: str | Path) -> dict[str, str]:
    """Each annotation's split (``dev`` or ``test``) from ``splits.tsv`` beside the annotations;
    an annotation it does not name is ``dev``."""
    path = Path(annotations_dir) / SPLITS_FILE
    if not path.exists():
        return {}
    splits = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        if not line.strip():
            continue
        name, _, split = line.partition("\t")
        if split not in ("dev", "test"):
            raise ValueError(f"{path}:{n}: split {split!r} is neither dev nor test")
        splits[name] = split
    return splits


def evaluate_documents(annotations_dir: str | Path, root: str | Path = ".", extract_fn=None,
                       source_map=None, pattern: str = "*", jobs: int = 1) -> dict[str, dict[str, Score]]:
    """Each annotated document's scores, by annotation name; ``source_map`` may swap a document's
    source (e.g. its PDF twin) while keeping the annotation. With ``jobs`` > 1 the documents are
    read by that many worker processes (the same scores: each document is scored alone); a given
    ``extract_fn`` must then be a module-level function, which workers can import."""
    tasks = []
    for path in sorted(Path(annotations_dir).glob(f"{pattern}.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        src = gold["source"]
        if source_map is not None:
            src = source_map.get(src)
            if src is None:
                continue
        tasks.append((path.stem, gold, str(Path(root) / src), extract_fn))
    if jobs > 1 and len(tasks) > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            return dict(pool.map(_score_task, tasks))
    return dict(map(_score_task, tasks))


def _score_task(task: tuple) -> tuple[str, dict[str, Score]]:
    """One document of :func:`evaluate_documents`: (its name, its scores)."""
    from .api import extract
    name, gold, source, extract_fn = task
    pred = (extract_fn or extract)(source).to_dict()
    return name, score_document(gold, pred, name)


def annotation_as_prediction(annotation: dict) -> dict:
    """A hand annotation in the shape of ``plans extract``'s output, as far as :func:`score_document`
    reads it: so that a second annotator's files can be scored against the first's."""
    dates = [{**d, "granularity": d.get("granularity") or "day"} for d in annotation.get("dates", [])]
    refs = [{**r, "ref_id": f"r{i}", "name": r.get("name") or (None if r.get("number") else r.get("text"))}
            for i, r in enumerate(annotation.get("references", []))]
    return {"document": annotation.get("document") or {},
            "sections": [{**s, "level": 1, "kind": "section"} for s in annotation.get("sections", [])],
            "references": refs, "dates": dates, "targets": annotation.get("targets", []),
            "responsibilities": annotation.get("responsibilities", [])}


def agreement_documents(first_dir: str | Path, second_dir: str | Path,
                        pattern: str = "*") -> dict[str, dict[str, Score]]:
    """How far a second annotator agrees with the first: each file of ``second_dir`` with a
    namesake in ``first_dir`` is scored as :func:`score_document` scores the program, the first
    annotator's file as gold, on the parts both list as annotated. Agreement is the ceiling of
    any program's strict F1 on annotations made this way."""
    scores: dict[str, dict[str, Score]] = {}
    for path in sorted(Path(second_dir).glob(f"{pattern}.json")):
        first_path = Path(first_dir) / path.name
        if not first_path.exists():
            continue
        second = json.loads(path.read_text(encoding="utf-8"))
        first = json.loads(first_path.read_text(encoding="utf-8"))
        parts = set(first.get("annotated", [])) & set(second.get("annotated", []))
        if not parts:
            raise ValueError(f"{path}: no part annotated in both files (its \"annotated\" list)")
        try:
            scores[path.stem] = score_document({**first, "annotated": sorted(parts)},
                                               annotation_as_prediction(second), path.stem)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: an item lacks a field or is malformed ({exc})") from None
    return scores


def totals_of(scores: dict[str, dict[str, Score]], names=None) -> dict[str, Score]:
    """Micro-averaged totals over the documents ``names`` (all of them by default), each with the
    mean of its documents' F1s (``Score.doc_mean_f1``)."""
    totals: dict[str, Score] = {}
    for name, doc_scores in scores.items():
        if names is not None and name not in names:
            continue
        for field_name, sc in doc_scores.items():
            total = totals.setdefault(field_name, Score())
            total.add(sc)
            if sc.tp + sc.fp + sc.fn:
                total.doc_f1_sum += sc.f1
                total.docs += 1
    return totals


def evaluate(annotations_dir: str | Path, root: str | Path = ".", extract_fn=None,
             source_map=None, pattern: str = "*", split: str | None = None,
             jobs: int = 1) -> tuple[dict[str, Score], list[str]]:
    """Score the pipeline on the annotation files (those of one ``split``, if given): totals per
    field and the documents scored."""
    scores = evaluate_documents(annotations_dir, root, extract_fn, source_map, pattern, jobs=jobs)
    if split is not None:
        splits = read_splits(annotations_dir)
        scores = {n: sc for n, sc in scores.items() if splits.get(n, "dev") == split}
    return totals_of(scores), list(scores)


ORDER = ["document", *[f"document.{f}" for f in HEADER_FIELDS], "sections", "references",
         "reference_dates", "reference_issuers", "references_named", "dates", "date_roles", "dates_recurring",
         "targets", "target_values", "target_kinds", "responsibilities", "responsibility_names"]


def format_table(totals: dict[str, Score], docs: list[str]) -> str:
    lines = [f"plans eval: {len(docs)} annotated documents (doc F1: the mean of the F1s of the documents "
             "with an item of the field, of which docs)",
             f"{'field':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'doc F1':>6} {'docs':>5}"]
    for name in ORDER:
        if name in totals:
            s = totals[name]
            lines.append(f"{name:28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                         f"{s.tp:5.0f} {s.fp:5.0f} {s.fn:5.0f} {_mean_cell(s)} {s.docs:5d}")
    return "\n".join(lines)


def _mean_cell(s: Score) -> str:
    mean = s.doc_mean_f1
    return f"{mean:6.3f}" if mean is not None else f"{'-':>6}"


def format_splits(by_split: dict[str, tuple[dict[str, Score], list[str]]]) -> str:
    """P, R and F1 per field, a column group per split (e.g. dev and test), with the mean of the
    documents' F1s ("doc F1")."""
    names = list(by_split)
    head = f"{'field':28}" + "".join(f" | {n + f' ({len(by_split[n][1])} docs)':^33}" for n in names)
    sub = f"{'':28}" + "".join(f" | {'P':>6} {'R':>6} {'F1':>6} {'n':>5} {'doc F1':>6}" for _ in names)
    lines = [head, sub]
    for field_name in ORDER:
        if not any(field_name in totals for totals, _ in by_split.values()):
            continue
        row = f"{field_name:28}"
        for n in names:
            s = by_split[n][0].get(field_name)
            row += (f" | {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp + s.fn:5.0f} {_mean_cell(s)}"
                    if s is not None else f" | {'':>33}")
        lines.append(row)
    return "\n".join(lines)
