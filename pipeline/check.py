"""`plans check`: a new plan against the higher-level plan(s) it implements.

The plan's citations are resolved (:mod:`pipeline.link`) against a collection — a dataset built by
``plans build`` or files given — and each parent found is compared with the plan. Every finding
has a stable code, a severity, evidence (quoted spans with offsets, in the plan and in the parent)
and a message in Vietnamese (or English). Codes and severities are in ``data/check.json``:

parent-not-found (info), citation-mismatch (error), issued-before-parent (error),
period-outside-parent (warning), task-not-covered (warning, with the closest counterpart and its
TF-IDF similarity over syllables and syllable pairs), target-weaker (error), target-missing
(warning), deadline-after-parent (warning), section-missing (warning), numbering-gap (info).

Each code (or group of codes one comparison yields) has its own function taking the plan and a
parent as dicts; :func:`check_plan` resolves the parents, calls them and sorts the findings.
Reports are rendered as Markdown or HTML by :mod:`pipeline.check_report`.
"""
from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import regex

from .link import Collection, mismatches, work_id
from .text import fold
from .vocab import cue, load_json

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
TASK_RATIO = 0.47  # a task whose counterpart is this much less similar than the plan's typical one is uncovered
TARGET_THRESHOLD = 0.25  # indicator similarity for two targets to be the same aim


@functools.cache
def _vocab():
    return load_json("check.json")


@dataclass
class Evidence:
    document: str  # "plan" | "parent"
    source: str | None
    start: int
    end: int
    text: str


@dataclass
class Finding:
    code: str
    severity: str
    message: str
    evidence: list[Evidence] = field(default_factory=list)
    parent: str | None = None
    details: dict = field(default_factory=dict)


@dataclass
class Report:
    plan: str
    parents: list[dict]
    findings: list[Finding]

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_dict(self) -> dict:
        return {"plan": self.plan, "parents": self.parents, "counts": self.counts(),
                "findings": [asdict(f) for f in self.findings]}


# --- the collection ---------------------------------------------------------------------------

class Against:
    """What a plan is checked against: documents (dicts shaped like ``PlanDocument.to_dict()``
    with ``text``), from a dataset folder or from files."""

    def __init__(self, docs: dict[str, dict] | None = None, dataset: str | None = None):
        self._docs = docs or {}
        # Files of ``from_paths`` that could not be read, with the reason: left out of the collection.
        self.left_out: dict[str, str] = {}
        self._tables = None
        if dataset is not None:
            from .dataset import load, records
            self._tables = load(dataset)
            self._groups = {}
            # Rows go by file (``source``), not by ``doc_id``: two copies of one document share
            # a doc_id, and their rows together would be a document with every part twice.
            for name in ("sections", "targets", "dates", "references", "warnings", "texts"):
                df = self._tables[name]
                self._groups[name] = {k: g for k, g in df.groupby("source", sort=False)}
            headers = records(self._tables["documents"])
        else:
            headers = [d["document"] for d in self._docs.values()]
        self.collection = Collection(headers)

    @property
    def empty(self) -> bool:
        """Whether there is no document to check against (every file was left out)."""
        return self._tables is None and not self._docs

    @classmethod
    def from_paths(cls, paths: list[str], *, timeout: float | None = None,
                   max_memory: int | None = None, jobs: int = 1) -> "Against":
        """The documents of a dataset folder, or of files, folders and globs. A file that cannot be
        read (empty, binary, unreadable, not a regular file) is left out, with its reason in
        ``left_out``: one bad file among the parents must not stop the check of the others.

        With a ``timeout`` (seconds per document), files are extracted in ``jobs`` worker
        processes under that limit and the ``max_memory`` cap (see :func:`pipeline.batch.extract_files`);
        without, in this process."""
        from .dataset import scan_inputs
        if len(paths) == 1 and (Path(paths[0]) / "manifest.json").exists():
            return cls(dataset=paths[0])
        found = scan_inputs(paths)
        left_out = dict(found.refused)
        read: dict[str, dict] = {}

        def take(source: str, doc: dict | None, error: str | None) -> None:
            if doc is None:
                left_out[source] = error or "no result"
            else:
                read[source] = doc
        if timeout is not None:
            from .batch import extract_files
            extract_files(found.files, take, timeout=timeout, max_memory=max_memory, with_text=True, jobs=jobs)
        else:
            for source, p in found.files.items():
                take(source, *_extract_here(p))
        docs = {}
        for source in found.files:  # (in path order, whatever order the workers finished in)
            if source in read:
                docs[read[source]["document"]["doc_id"]] = read[source]
        against = cls(docs=docs)
        against.left_out = dict(sorted(left_out.items()))
        return against

    def document(self, doc_id: str) -> dict:
        if doc_id in self._docs:
            return self._docs[doc_id]
        from .dataset import records
        header = next(d for d in self.collection.documents if d["doc_id"] == doc_id)
        doc: dict[str, Any] = {"document": header}
        for name in ("sections", "targets", "dates", "references", "warnings"):
            g = self._groups[name].get(header["source"])
            doc[name] = records(g) if g is not None else []
        texts = self._groups["texts"].get(header["source"])
        doc["text"] = texts["text"].iloc[0] if texts is not None else ""
        self._docs[doc_id] = doc
        return doc


# --- comparisons ------------------------------------------------------------------------------

def _similarities(queries: list[str], candidates: list[str]):
    """TF-IDF cosine similarity of each query to each candidate (a matrix), over syllables and
    syllable pairs of the folded, lower-cased text.

    Syllable pairs stand in for Vietnamese words ("kế hoạch", "ma túy") without a segmenter:
    on the check fixtures they separated missing tasks from paraphrased ones better than
    underthesea's word segments (and cost nothing), because a segmenter's errors on a paraphrase
    ("công tác tuyên truyền" vs "tuyên truyền") split the very words two texts share.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity
    docs = [fold(t).lower() for t in queries + candidates]
    vec = TfidfVectorizer(token_pattern=r"\w+", ngram_range=(1, 2), sublinear_tf=True).fit(docs)
    q = vec.transform(docs[:len(queries)])
    c = vec.transform(docs[len(queries):])
    return cosine_similarity(q, c)


def _heading_text(doc: dict, s: dict) -> str:
    """An item's heading: its label and title line(s), without the body below."""
    return " ".join(doc["text"][s["start"]:s.get("heading_end") or s["end"]].split())


def _syllables(text: str) -> set[str]:
    """The set of lower-cased, folded syllables of a text, without its item label."""
    unlabelled = regex.sub(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|\p{Ll})[.)]\s*", "", text)
    return set(regex.findall(r"\p{L}+", fold(unlabelled).lower()))


def _names_task(own: set[str], task_heading: set[str], heading: set[str]) -> bool:
    """Whether a heading names a task: it is a title (not much longer than the task's heading,
    not a whole sentence) and holds most (≥ half, at least two) of the task heading's own words."""
    hits = len(own & heading)
    return hits >= 2 and hits >= 0.5 * len(own) and len(heading) <= 2 * len(task_heading) + 4


def _item_text(doc: dict, s: dict, limit: int = 400) -> str:
    """A section's whole text (heading and body), whitespace collapsed, cut at ``limit`` characters."""
    text = doc["text"][s["start"]:s["end"]]
    return " ".join(text.split())[:limit]


def _tasks(doc: dict) -> list[dict]:
    """The parent's tasks: numbered items (1., a)) of its content/tasks sections."""
    words = tuple(_vocab()["task_section_words"])
    tops = [s for s in doc["sections"] if s.get("level") == 1 and s.get("kind") == "section"
            and any(w in fold(s.get("title") or "") for w in words)]
    skip = tuple(_vocab()["not_task_titles"])
    out = []
    for top in tops:
        for s in doc["sections"]:
            if s.get("kind") == "item" and s.get("parent") == top["id"] \
                    and not fold(s.get("title") or "").startswith(skip):
                out.append(s)
    return out


def _counterparts(doc: dict) -> list[dict]:
    """The plan's items a parent task may be matched with: its numbered items, or its bullets and
    sections where it numbers none."""
    return [s for s in doc["sections"] if s.get("kind") == "item"] or \
        [s for s in doc["sections"] if s.get("kind") in ("bullet", "section")]


def _period(doc: dict) -> tuple[int | None, int | None]:
    """A plan's period in years, from its title (and its issue year for "đến năm N")."""
    from .extract.dates import find_dates
    title = doc["document"].get("title") or ""
    lo = hi = None
    for d in find_dates(title):
        if d.granularity not in ("year", "quarter", "month", "day"):
            continue
        a = int(d.value[:4])
        b = int(d.until[:4]) if d.until else a
        upper_only = regex.search(r"(?:đến|tới)\s+(?:hết\s+)?$", fold(title[:d.start]))
        lo = lo if upper_only else (a if lo is None else min(lo, a))
        hi = b if hi is None else max(hi, b)
    issued = doc["document"].get("issued_date")
    if lo is None and hi is not None and issued:
        lo = min(int(issued[:4]), hi)
    return lo, hi


def _fmt_period(p: tuple[int | None, int | None]) -> str:
    lo, hi = p
    return str(lo) if lo == hi else f"{lo or '…'}–{hi or '…'}"


# The closing sentence naming the plan's issuer ("Trên đây là Kế hoạch ... của <issuer>./.").
_STATED_ISSUER = regex.compile(rf"{cue('closing')}\s+(?:Kế\s+hoạch|Chương\s+trình)[^\n]*?\s(?:của|do)\s+"
                               r"(\p{Lu}[^\n]{2,120}?)\s*(?:\./\.|[.,;\n]|$)")


def _with_stated_issuer(doc: dict) -> dict:
    """The parent's header, with the issuer its closing sentence states ("Trên đây là Kế hoạch ...
    của Ban Thường vụ LĐLĐ huyện Vĩnh Thuận./.") where the header lost its issuer lines (the last
    such sentence, if there are several)."""
    header = doc["document"]
    if header.get("issuer"):
        return header
    stated = list(_STATED_ISSUER.finditer(doc["text"]))
    if not stated:
        return header
    return {**header, "issuer": stated[-1].group(1).strip()}


def _before(doc: dict, d: dict) -> str:
    """The words of a date's paragraph before it (what is due)."""
    para = doc["text"].rfind("\n", 0, d["start"]) + 1
    return doc["text"][max(para, d["start"] - 200):d["start"]]


def _deadline_kind(doc: dict, d: dict) -> str | None:
    """What is due: the kind whose word stands closest before the date (plan, report, dossier)."""
    before = fold(_before(doc, d))
    best, pos = None, -1
    for kind, words in _vocab()["deadline_kinds"].items():
        for w in words:
            i = before.rfind(w)
            if i > pos:
                best, pos = kind, i
    return best


def _deadlines(doc: dict) -> list[dict]:
    """Deadlines for reports or plans to be sent ("báo cáo ... trước ngày 15/10/2024", "ban hành
    kế hoạch chậm nhất là ngày 15/01/2026"): the words are in the same paragraph before the date,
    in the body (not in an annex)."""
    words = tuple(_vocab()["report_words"])
    out = []
    for d in doc["dates"]:
        if d.get("role") != "deadline" or d.get("granularity") not in ("day", "month"):
            continue
        if d.get("section") == "appendix":
            continue  # annex tables schedule each task; the body sets the reporting deadlines
        if any(w in fold(_before(doc, d)) for w in words):
            out.append(d)
    return out


def _aims(doc: dict) -> list[dict]:
    """The targets a plan sets as its aims: those in its "mục tiêu"/"chỉ tiêu" parts where it has
    such parts (a figure in a task, "đảm bảo 100% thủ tục ...", restates or qualifies), else those
    of its purpose part; from the body (an annex table repeats them)."""
    by_id = {s["id"]: s for s in doc["sections"]}

    def headings(sid):
        """The folded titles from a section up to its top-level part."""
        while sid in by_id:
            yield fold(by_id[sid].get("title") or "")
            sid = by_id[sid].get("parent")

    def in_aims(sid):
        # The nearest heading that says either decides ("b) Nhiệm vụ" under "I. MỤC TIÊU, NHIỆM VỤ").
        for title in headings(sid):
            aims = bool(regex.search(r"mục\s+tiêu|chỉ\s+tiêu", title))
            tasks = bool(regex.search(r"nhiệm\s+vụ|giải\s+pháp", title))
            if aims != tasks:
                return aims
        return False

    def in_purpose(sid):
        return any(regex.search(r"mục\s+đích|yêu\s+cầu", title) for title in headings(sid))
    body = [t for t in doc["targets"] if t.get("section") != "appendix"]
    aims = [t for t in body if in_aims(t.get("section"))]
    # Without a targets part, a plan's aims are the figures of its purpose part ("I. MỤC ĐÍCH,
    # YÊU CẦU"); a figure in how it is carried out ("Số lượng đơn vị kiểm tra: tối thiểu 20%")
    # is the plan's own arrangement, not an aim its children must restate.
    return aims or [t for t in body if in_purpose(t.get("section"))]


def _distinct_targets(targets: list[dict]) -> list[dict]:
    """A parent's aims once each: the same value and indicator restated later is one target."""
    from rapidfuzz import fuzz
    out: list[dict] = []
    for t in targets:
        if not any(o["value"] == t["value"] and o["unit"] == t["unit"] and o["comparator"] == t["comparator"]
                   and fuzz.token_set_ratio(fold(_target_text(o)), fold(_target_text(t))) >= 80 for o in out):
            out.append(t)
    return out


def _target_text(t: dict) -> str:
    """What a target is about: its indicator; for a count, the thing counted too ("cuộc tập huấn")."""
    text = t.get("indicator") or t["text"]
    unit = t["unit"] or ""  # (None: a threshold with no unit printed, "VN_AQI ≥ 300")
    return text if unit == "%" else f"{unit} {unit} {text}"


def _better_is_higher(comparator: str) -> bool:
    return comparator in (">=", ">", "=")


# --- findings ---------------------------------------------------------------------------------
#
# One function per finding code (or per group of codes one computation yields). Each takes plain
# inputs — the plan and a parent as ``PlanDocument.to_dict(with_text=True)`` dicts — and returns
# its findings in document order; :func:`check_plan` collects and sorts them.

def _finding(code: str, evidence: list[Evidence], parent: str | None = None, lang: str = "vi",
             **details) -> Finding:
    """A finding of ``code``: its severity and message (filled from ``details``) from the vocabulary."""
    v = _vocab()
    return Finding(code=code, severity=v["severity"][code], message=v["messages"][lang][code].format(**details),
                   evidence=evidence, parent=parent, details=details)


def evidence(doc: dict, which: str, start: int, end: int) -> Evidence:
    """The span ``start:end`` of a document (``which`` is "plan" or "parent"), quoted from its text."""
    return Evidence(which, doc["document"].get("source"), int(start), int(end), doc["text"][start:end])


def sections_missing(plan: dict, lang: str = "vi") -> list[Finding]:
    """``section-missing``: each required part (``required_sections`` in ``data/check.json``) that
    no top-level heading of the plan names."""
    titles = [fold(s.get("title") or "") for s in plan["sections"] if s.get("level") == 1]
    return [_finding("section-missing", [], lang=lang, section=name)
            for name, words in _vocab()["required_sections"].items()
            if not any(any(w in t for w in words) for t in titles)]


def numbering_gaps(plan: dict, lang: str = "vi") -> list[Finding]:
    """``numbering-gap``: the extractor's numbering warnings (a skipped or repeated section or item
    number), each with the line it starts as evidence."""
    out = []
    for w in plan.get("warnings", []):
        if w["code"] in ("section-gap", "item-gap", "section-duplicate", "item-duplicate"):
            start = w.get("start") or 0
            line_end = plan["text"].find("\n", start)
            out.append(_finding("numbering-gap", [evidence(plan, "plan", start, line_end if line_end > 0 else start)],
                                lang=lang, message=w["message"]))
    return out


class ResolvedParent(NamedTuple):
    """A citation of the plan resolved to a document of the collection."""
    ref: dict  # the plan's reference
    cited: dict  # the collection's document header
    score: float
    method: str


def is_the_plan(plan: dict, doc: dict) -> bool:
    """Whether a collection's document (a header) is the plan itself: the same ``doc_id``, or
    another rendering of it (the .pdf of a .txt, a copy) — the same work (type, number, symbol,
    issuer and issued date: :func:`pipeline.link.work_id`) and, for a plan without a number, the
    same title too, since the work id of a draft names no one document."""
    if doc.get("doc_id") == plan.get("doc_id"):
        return True

    def work(d: dict) -> str:
        return work_id(d.get("doc_type"), d.get("number"), d.get("symbol"), d.get("issued_date"), d.get("issuer"))
    if work(doc) != work(plan):
        return False
    return bool(plan.get("number")) or (
        bool(plan.get("title")) and fold(plan["title"]) == fold(doc.get("title") or ""))


def resolve_parents(plan: dict, against: Against,
                    lang: str = "vi") -> tuple[list[ResolvedParent], list[Finding]]:
    """The plan's parents — the plans it implements and plans it is based on — resolved in the
    collection, in citation order and once each; and ``parent-not-found`` for each plan it says it
    implements that the collection does not hold. Citations of other document types, and of plans
    named without a number, are not parents.

    The plan itself and its other renderings (:func:`is_the_plan`) are left out of the collection
    first: a collection that holds the plan would otherwise offer it as the best match of a citation
    that repeats its own title (a child plan often names its parent's subject), and the next-best
    document, if any, would be lost."""
    plan_types = {fold(t) for t in _vocab()["plan_types"]}
    parents: list[ResolvedParent] = []
    findings: list[Finding] = []
    seen = set()
    collection = against.collection
    others = [d for d in collection.documents if not is_the_plan(plan["document"], d)]
    if len(others) < len(collection.documents):
        collection = Collection(others)
    for r in plan["references"]:
        if r["ref_id"] in seen or r["relation"] not in ("implements", "basis"):
            continue
        seen.add(r["ref_id"])
        if fold(r["type"]) not in plan_types or (r.get("number") is None and r.get("name")):
            continue
        cited, score, method = collection.resolve(r)
        if cited is None:
            if r["relation"] == "implements":
                findings.append(_finding("parent-not-found", [evidence(plan, "plan", r["start"], r["end"])],
                                         lang=lang, ref=r["text"]))
            continue
        parents.append(ResolvedParent(r, cited, score, method))
    return parents, findings


def citation_mismatches(plan: dict, ref: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``citation-mismatch``: each field (type, number, date, issuer) where the plan's citation
    ``ref`` of the parent disagrees with the parent's own header (its issuer taken from its closing
    sentence where the header lost it)."""
    field_names = _vocab()["fields"][lang]
    psrc = parent["document"].get("source")
    return [_finding("citation-mismatch", [evidence(plan, "plan", ref["start"], ref["end"])], psrc, lang,
                     field=field_names[mm["field"]], cited=mm["cited"], actual=mm["actual"])
            for mm in mismatches(ref, _with_stated_issuer(parent))]


def issued_before_parent(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``issued-before-parent``: the plan's issue date is before the parent's, compared at the
    coarser of the two dates' precisions."""
    mine, theirs = plan["document"].get("issued_date"), parent["document"].get("issued_date")
    if not (mine and theirs):
        return []
    n = min(len(mine), len(theirs))
    if not (mine[:n] < theirs[:n]):
        return []
    span = plan["document"].get("spans", {}).get("issued_date")
    return [_finding("issued-before-parent", [evidence(plan, "plan", *span)] if span else [],
                     parent["document"].get("source"), lang, date=mine, parent_date=theirs)]


def period_outside_parent(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``period-outside-parent``: the plan's period (years, from its title) starts before or ends
    after the parent's; a bound either one leaves open is not compared."""
    pp, mp = _period(parent), _period(plan)
    if pp == (None, None) or mp == (None, None):
        return []
    outside = (mp[1] is not None and pp[1] is not None and mp[1] > pp[1]) or \
              (mp[0] is not None and pp[0] is not None and mp[0] < pp[0])
    if not outside:
        return []
    span = plan["document"].get("spans", {}).get("title")
    return [_finding("period-outside-parent", [evidence(plan, "plan", *span)] if span else [],
                     parent["document"].get("source"), lang,
                     period=_fmt_period(mp), parent_period=_fmt_period(pp))]


def tasks_not_covered(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``task-not-covered``: each of the parent's tasks (numbered items of its content/tasks parts)
    without a counterpart among the plan's items, with the closest item it was paired with and
    their similarity (TF-IDF over syllables and syllable pairs, see :func:`_similarities`).

    Each parent task is paired with its own counterpart (one-to-one, the assignment that maximises
    total similarity); a task whose counterpart is much less similar (below ``TASK_RATIO`` times)
    than the plan's typical (median) pair has none — unless some item's heading names it.
    """
    tasks = _tasks(parent)
    cands = _counterparts(plan)
    if not (tasks and cands):
        return []
    from scipy.optimize import linear_sum_assignment
    psrc = parent["document"].get("source")
    # A task is matched on its whole text or on its heading, whichever is closer: a child often
    # keeps a task's heading ("7. Công tác chỉ đạo, điều hành") and condenses its body to a line,
    # which whole-text similarity alone scores like a missing task.
    task_headings = [_heading_text(parent, t) for t in tasks]
    cand_headings = [_heading_text(plan, c) for c in cands]
    sims = np.maximum(
        _similarities([_item_text(parent, t, 100000) for t in tasks],
                      [_item_text(plan, c, 100000) for c in cands]),
        _similarities(task_headings, cand_headings))
    heads = [_syllables(h) for h in task_headings]
    cand_heads = [_syllables(h) for h in cand_headings]
    own_words = [h - set().union(*(o for k, o in enumerate(heads) if k != i)) for i, h in enumerate(heads)]
    rows, cols = linear_sum_assignment(-sims)
    assigned = {int(i): (int(j), float(sims[i, j])) for i, j in zip(rows, cols)}
    typical = sorted(s for _, s in assigned.values())[len(assigned) // 2] if assigned else 0.0
    out = []
    for i, t in enumerate(tasks):
        j, best = assigned.get(i, (int(sims[i].argmax()), 0.0))
        # One item of the plan may carry two tasks the parent lists apart ("5. Cải cách tổ chức bộ
        # máy và chế độ công vụ"): a task is also covered by an item whose heading names it —
        # holds most of the words that set its heading apart from the others.
        if best < TASK_RATIO * typical and not any(_names_task(own_words[i], heads[i], h) for h in cand_heads):
            c = cands[j]
            out.append(_finding("task-not-covered",
                                [evidence(parent, "parent", t["start"], t.get("heading_end") or t["end"]),
                                 evidence(plan, "plan", c["start"], c.get("heading_end") or c["end"])],
                                psrc, lang, task=_item_text(parent, t, 160), candidate=_item_text(plan, c, 160),
                                score=best))
    return out


def _match_targets(ptargets: list[dict], mtargets: list[dict]) -> dict[int, tuple[int, float]]:
    """Parent target index → (plan target index, similarity): one-to-one, most similar indicators
    first, percentages with percentages and counts with counts, at least ``TARGET_THRESHOLD``.
    "80% cơ quan ... đạt chuẩn văn hóa" pairs with its own counterpart, not with the "70% doanh
    nghiệp ..." next to it."""
    if not mtargets:
        return {}
    sims = _similarities([_target_text(t) for t in ptargets], [_target_text(t) for t in mtargets])
    pairs = sorted(((float(sims[i, j]), i, j) for i, pt in enumerate(ptargets)
                    for j, mt in enumerate(mtargets) if (pt["unit"] == "%") == (mt["unit"] == "%")),
                   reverse=True)
    match: dict[int, tuple[int, float]] = {}
    used = set()
    for score, i, j in pairs:
        if score >= TARGET_THRESHOLD and i not in match and j not in used:
            match[i] = (j, score)
            used.add(j)
    return match


def _fmt_target(t: dict) -> str:
    """A target's value as a report shows it: ">=90%", "20 cuộc" (no "=" comparator)."""
    comparator = t["comparator"] if t["comparator"] != "=" else ""
    value = f"{t['value']:g}"
    unit = t["unit"] if t["unit"] in ("%", None) else " " + t["unit"]
    unit = unit or ""
    return f"{comparator}{value}{unit}"


def target_shortfalls(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``target-missing`` for each of the parent's aims (see :func:`_aims`, once each) that no
    target of the plan matches, and ``target-weaker`` for each percentage aim whose matching plan
    target asks for less (lower where higher is better). A matched count is not compared: a lower
    level sets its own counts."""
    ptargets = _distinct_targets(_aims(parent))
    if not ptargets:
        return []
    mtargets = plan["targets"]
    psrc = parent["document"].get("source")
    match = _match_targets(ptargets, mtargets)
    out = []
    for i, pt in enumerate(ptargets):
        best_j, best = match.get(i, (None, 0.0))
        pv = _fmt_target(pt)
        if best_j is None or best < TARGET_THRESHOLD:
            out.append(_finding("target-missing", [evidence(parent, "parent", pt["start"], pt["end"])], psrc, lang,
                                parent_value=pv, indicator=(pt.get("indicator") or "")[:120]))
            continue
        mt = mtargets[best_j]
        if pt["unit"] != "%":
            continue
        weaker = mt["value"] < pt["value"] if _better_is_higher(pt["comparator"]) else mt["value"] > pt["value"]
        if weaker:
            mv = f"{mt['comparator'] if mt['comparator'] != '=' else ''}{mt['value']:g}%"
            out.append(_finding("target-weaker", [evidence(plan, "plan", mt["start"], mt["end"]),
                                                  evidence(parent, "parent", pt["start"], pt["end"])],
                                psrc, lang, indicator=(mt.get("indicator") or "")[:120], parent_value=pv, value=mv))
    return out


def deadlines_after_parent(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``deadline-after-parent``: each of the plan's reporting deadlines later than the parent's
    latest deadline for the same kind of thing (plan, report, dossier: see :func:`_deadline_kind`),
    compared at the coarser of the two dates' precisions."""
    pds, mds = _deadlines(parent), _deadlines(plan)
    psrc = parent["document"].get("source")
    out = []
    for d in mds:
        same = [p for p in pds if _deadline_kind(parent, p) == _deadline_kind(plan, d)]
        if not same:
            continue
        theirs = max(same, key=lambda p: p["value"])
        n = min(len(d["value"]), len(theirs["value"]))
        if d["value"][:n] > theirs["value"][:n]:
            out.append(_finding("deadline-after-parent", [evidence(plan, "plan", d["start"], d["end"]),
                                                          evidence(parent, "parent", theirs["start"], theirs["end"])],
                                psrc, lang, date=d["value"], parent_date=theirs["value"]))
    return out


# --- the check --------------------------------------------------------------------------------

def check_plan(plan: dict, against: Against, lang: str = "vi") -> Report:
    """Findings for a plan (``PlanDocument.to_dict(with_text=True)``) against a collection: its own
    structure, then each parent in citation order; sorted by severity (worst first) and code, the
    sort stable so that findings of one code stay in that order."""
    _vocab()["messages"][lang]  # an unknown language is a KeyError up front, with findings or without
    findings = sections_missing(plan, lang) + numbering_gaps(plan, lang)
    parents, not_found = resolve_parents(plan, against, lang)
    findings += not_found
    report_parents = []
    implemented = any(p.ref["relation"] == "implements" for p in parents)
    for r, cited, score, method in parents:
        parent = against.document(cited["doc_id"])
        report_parents.append({"doc_id": cited["doc_id"], "source": parent["document"].get("source"),
                               "score": score, "method": method, "citation": r["text"]})
        findings += citation_mismatches(plan, r, parent, lang)
        findings += issued_before_parent(plan, parent, lang)
        findings += period_outside_parent(plan, parent, lang)
        # Content (tasks, targets, deadlines) is checked against the plans it implements; a plan
        # it is only based on ("Căn cứ Kế hoạch …" beside "Thực hiện Kế hoạch …") is a broader
        # frame it need not restate. With no plan it implements, its basis plans are its parents.
        if implemented and r["relation"] != "implements":
            continue
        findings += tasks_not_covered(plan, parent, lang)
        findings += target_shortfalls(plan, parent, lang)
        findings += deadlines_after_parent(plan, parent, lang)
    findings.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.code))
    return Report(plan=plan["document"].get("source"), parents=report_parents, findings=findings)


def _extract_here(path: Path) -> tuple[dict | None, str | None]:
    """A file's SPEC dict with its text, extracted in this process, or None and why it failed."""
    from .api import extract
    from .ingest import IngestError
    try:
        return extract(path).to_dict(with_text=True), None
    except IngestError as exc:
        return None, exc.reason
    except Exception as exc:  # a bug on one document must not stop the check
        return None, f"internal error ({type(exc).__name__}: {exc})"


def check_file(path: str, against: Against, lang: str = "vi", *, timeout: float | None = None,
               max_memory: int | None = None) -> Report:
    """:func:`check_plan` for a file, extracted first: in this process, or, with a ``timeout``, in
    a worker process under that limit and the ``max_memory`` cap. A file that cannot be read
    raises :class:`~pipeline.ingest.IngestError`."""
    from .ingest import IngestError, shown
    if timeout is None:
        from .api import extract
        return check_plan(extract(Path(path)).to_dict(with_text=True), against, lang)
    from .batch import extract_files
    result: list[tuple[dict | None, str | None]] = []
    extract_files({shown(path): Path(path)}, lambda _source, doc, error: result.append((doc, error)),
                  timeout=timeout, max_memory=max_memory, with_text=True)
    doc, error = result[0]
    if doc is None:
        raise IngestError(shown(path), error or "no result")
    return check_plan(doc, against, lang)
