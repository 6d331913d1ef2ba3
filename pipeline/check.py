"""`plans check`: a new plan against the higher-level plan(s) it implements.

The plan's citations are resolved (:mod:`pipeline.link`) against a collection — a dataset built by
``plans build`` or files given — and each parent found is compared with the plan. Every finding
has a stable code, a severity, evidence (quoted spans with offsets, in the plan and in the parent)
and a message in Vietnamese (or English). Codes and severities are in ``data/check.json``:

parent-not-found (info), citation-mismatch (error), issued-before-parent (error),
period-outside-parent (warning), task-not-covered (warning, with the closest counterpart and its
TF-IDF similarity over underthesea word segments), target-weaker (error), target-missing
(warning), deadline-after-parent (warning), section-missing (warning), numbering-gap (info).
"""
from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import regex

from .link import Collection, mismatches
from .text import fold
from .vocab import load_json

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
        self._tables = None
        if dataset is not None:
            from .dataset import records, load
            self._tables = load(dataset)
            self._groups = {}
            for name in ("sections", "targets", "dates", "references", "warnings", "texts"):
                df = self._tables[name]
                self._groups[name] = {k: g for k, g in df.groupby("doc_id", sort=False)}
            headers = records(self._tables["documents"])
        else:
            headers = [d["document"] for d in self._docs.values()]
        self.collection = Collection(headers)

    @classmethod
    def from_paths(cls, paths: list[str]) -> "Against":
        from .api import extract
        from .dataset import collect_inputs
        if len(paths) == 1 and (Path(paths[0]) / "manifest.json").exists():
            return cls(dataset=paths[0])
        docs = {}
        for p in collect_inputs(paths):
            d = extract(p).to_dict(with_text=True)
            docs[d["document"]["doc_id"]] = d
        return cls(docs=docs)

    def document(self, doc_id: str) -> dict:
        if doc_id in self._docs:
            return self._docs[doc_id]
        from .dataset import records
        header = next(d for d in self.collection.documents if d["doc_id"] == doc_id)
        doc = {"document": header}
        for name in ("sections", "targets", "dates", "references", "warnings"):
            g = self._groups[name].get(doc_id)
            doc[name] = records(g) if g is not None else []
        texts = self._groups["texts"].get(doc_id)
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
    return set(regex.findall(r"\p{L}+", fold(regex.sub(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|\p{Ll})[.)]\s*", "", text)).lower()))


def _names_task(own: set[str], task_heading: set[str], heading: set[str]) -> bool:
    """Whether a heading names a task: it is a title (not much longer than the task's heading,
    not a whole sentence) and holds most (≥ half, at least two) of the task heading's own words."""
    hits = len(own & heading)
    return hits >= 2 and hits >= 0.5 * len(own) and len(heading) <= 2 * len(task_heading) + 4


def _item_text(doc: dict, s: dict, limit: int = 400) -> str:
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


def _with_stated_issuer(doc: dict) -> dict:
    """The parent's header, with the issuer its closing sentence states ("Trên đây là Kế hoạch ...
    của Ban Thường vụ LĐLĐ huyện Vĩnh Thuận./.") where the header lost its issuer lines."""
    header = doc["document"]
    if header.get("issuer"):
        return header
    m = None
    for m in regex.finditer(r"Trên\s+đây\s+là\s+(?:Kế\s+hoạch|Chương\s+trình)[^\n]*?\s(?:của|do)\s+"
                            r"(\p{Lu}[^\n]{2,120}?)\s*(?:\./\.|[.,;\n]|$)", doc["text"]):
        pass
    if not m:
        return header
    return {**header, "issuer": m.group(1).strip()}


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
    return text if t["unit"] == "%" else f"{t['unit']} {t['unit']} {text}"


def _better_is_higher(comparator: str) -> bool:
    return comparator in (">=", ">", "=")


def check_plan(plan: dict, against: Against, lang: str = "vi") -> Report:
    """Findings for a plan (``PlanDocument.to_dict(with_text=True)``) against a collection."""
    v = _vocab()
    msgs = v["messages"][lang]
    src = plan["document"].get("source")
    findings: list[Finding] = []

    def add(code, evidence, parent=None, **details):
        findings.append(Finding(code=code, severity=v["severity"][code], message=msgs[code].format(**details),
                                evidence=evidence, parent=parent, details=details))

    def ev(doc, which, start, end):
        return Evidence(which, doc["document"].get("source"), int(start), int(end), doc["text"][start:end])

    # The plan's own structure.
    titles = [fold(s.get("title") or "") for s in plan["sections"] if s.get("level") == 1]
    for name, words in v["required_sections"].items():
        if not any(any(w in t for w in words) for t in titles):
            add("section-missing", [], section=name)
    for w in plan.get("warnings", []):
        if w["code"] in ("section-gap", "item-gap", "section-duplicate", "item-duplicate"):
            start = w.get("start") or 0
            line_end = plan["text"].find("\n", start)
            add("numbering-gap", [ev(plan, "plan", start, line_end if line_end > 0 else start)], message=w["message"])

    # Its parents: the plans it implements (and plans it is based on).
    plan_types = {fold(t) for t in v["plan_types"]}
    parents = []
    seen = set()
    for r in plan["references"]:
        if r["ref_id"] in seen or r["relation"] not in ("implements", "basis"):
            continue
        seen.add(r["ref_id"])
        if fold(r["type"]) not in plan_types or (r.get("number") is None and r.get("name")):
            continue
        cited, score, method = against.collection.resolve(r)
        if cited is None:
            if r["relation"] == "implements":
                add("parent-not-found", [ev(plan, "plan", r["start"], r["end"])], ref=r["text"])
            continue
        parents.append((r, cited, score, method))

    report_parents = []
    implemented = any(r["relation"] == "implements" for r, *_ in parents)
    for r, cited, score, method in parents:
        parent = against.document(cited["doc_id"])
        psrc = parent["document"].get("source")
        report_parents.append({"doc_id": cited["doc_id"], "source": psrc, "score": score, "method": method,
                               "citation": r["text"]})
        field_names = v["fields"][lang]
        for mm in mismatches(r, _with_stated_issuer(parent)):
            add("citation-mismatch", [ev(plan, "plan", r["start"], r["end"])], parent=psrc,
                field=field_names[mm["field"]], cited=mm["cited"], actual=mm["actual"])
        mine, theirs = plan["document"].get("issued_date"), parent["document"].get("issued_date")
        if mine and theirs:
            n = min(len(mine), len(theirs))
            if mine[:n] < theirs[:n]:
                span = plan["document"].get("spans", {}).get("issued_date")
                add("issued-before-parent", [ev(plan, "plan", *span)] if span else [], parent=psrc,
                    date=mine, parent_date=theirs)
        pp, mp = _period(parent), _period(plan)
        if pp != (None, None) and mp != (None, None):
            outside = (mp[1] is not None and pp[1] is not None and mp[1] > pp[1]) or \
                      (mp[0] is not None and pp[0] is not None and mp[0] < pp[0])
            if outside:
                span = plan["document"].get("spans", {}).get("title")
                add("period-outside-parent", [ev(plan, "plan", *span)] if span else [], parent=psrc,
                    period=_fmt_period(mp), parent_period=_fmt_period(pp))
        # Content (tasks, targets, deadlines) is checked against the plans it implements; a plan
        # it is only based on ("Căn cứ Kế hoạch …" beside "Thực hiện Kế hoạch …") is a broader
        # frame it need not restate. With no plan it implements, its basis plans are its parents.
        if implemented and r["relation"] != "implements":
            continue
        # Tasks.
        tasks = _tasks(parent)
        cands = _counterparts(plan)
        if tasks and cands:
            # Each parent task is paired with its own counterpart (one-to-one, the assignment that
            # maximises total similarity over whole items); a task whose counterpart is much less
            # similar than the plan's typical pair has none.
            from scipy.optimize import linear_sum_assignment
            # A task is matched on its whole text or on its heading, whichever is closer: a
            # child often keeps a task's heading ("7. Công tác chỉ đạo, điều hành") and condenses
            # its body to a line, which whole-text similarity alone scores like a missing task.
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
            typical = sorted(v for _, v in assigned.values())[len(assigned) // 2] if assigned else 0.0
            for i, t in enumerate(tasks):
                j, best = assigned.get(i, (int(sims[i].argmax()), 0.0))
                # One item of the plan may carry two tasks the parent lists apart ("5. Cải cách tổ
                # chức bộ máy và chế độ công vụ"): a task is also covered by an item whose heading
                # names it — holds most of the words that set its heading apart from the others.
                if best < TASK_RATIO * typical and not any(
                        _names_task(own_words[i], heads[i], h) for h in cand_heads):
                    c = cands[j]
                    add("task-not-covered", [ev(parent, "parent", t["start"], t.get("heading_end") or t["end"]),
                                             ev(plan, "plan", c["start"], c.get("heading_end") or c["end"])],
                        parent=psrc, task=_item_text(parent, t, 160), candidate=_item_text(plan, c, 160),
                        score=best)
        # Targets.
        ptargets = _distinct_targets(_aims(parent))
        mtargets = plan["targets"]
        if ptargets:
            sims = _similarities([_target_text(t) for t in ptargets],
                                 [_target_text(t) for t in mtargets]) if mtargets else None
            # One-to-one, most similar indicators first: "80% cơ quan ... đạt chuẩn văn hóa" pairs
            # with its own counterpart, not with the "70% doanh nghiệp ..." next to it.
            pairs = sorted(((float(sims[i, j]), i, j) for i, pt in enumerate(ptargets)
                            for j, mt in enumerate(mtargets) if (pt["unit"] == "%") == (mt["unit"] == "%")),
                           reverse=True) if mtargets else []
            match: dict[int, tuple[int, float]] = {}
            used = set()
            for score, i, j in pairs:
                if score >= TARGET_THRESHOLD and i not in match and j not in used:
                    match[i] = (j, score)
                    used.add(j)
            for i, pt in enumerate(ptargets):
                best_j, best = match.get(i, (None, 0.0))
                pv = f"{pt['comparator'] if pt['comparator'] != '=' else ''}{pt['value']:g}{pt['unit'] if pt['unit'] == '%' else ' ' + pt['unit']}"
                if best_j is None or best < TARGET_THRESHOLD:
                    add("target-missing", [ev(parent, "parent", pt["start"], pt["end"])], parent=psrc,
                        parent_value=pv, indicator=(pt.get("indicator") or "")[:120])
                    continue
                mt = mtargets[best_j]
                if pt["unit"] != "%":
                    continue  # a lower level sets its own counts
                weaker = mt["value"] < pt["value"] if _better_is_higher(pt["comparator"]) else mt["value"] > pt["value"]
                if weaker:
                    mv = f"{mt['comparator'] if mt['comparator'] != '=' else ''}{mt['value']:g}%"
                    add("target-weaker", [ev(plan, "plan", mt["start"], mt["end"]), ev(parent, "parent", pt["start"], pt["end"])],
                        parent=psrc, indicator=(mt.get("indicator") or "")[:120], parent_value=pv, value=mv)
        # Deadlines: each of the plan's reporting deadlines against the parent's deadline for the
        # same thing (the one whose wording before the date is most similar).
        pds, mds = _deadlines(parent), _deadlines(plan)
        for d in mds:
            same = [p for p in pds if _deadline_kind(parent, p) == _deadline_kind(plan, d)]
            if same:
                theirs = max(same, key=lambda p: p["value"])
                n = min(len(d["value"]), len(theirs["value"]))
                if d["value"][:n] > theirs["value"][:n]:
                    add("deadline-after-parent", [ev(plan, "plan", d["start"], d["end"]),
                                                  ev(parent, "parent", theirs["start"], theirs["end"])],
                        parent=psrc, date=d["value"], parent_date=theirs["value"])
    findings.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.code))
    return Report(plan=src, parents=report_parents, findings=findings)


def check_file(path: str, against: Against, lang: str = "vi") -> Report:
    from .api import extract
    return check_plan(extract(Path(path)).to_dict(with_text=True), against, lang)


# --- reports ----------------------------------------------------------------------------------

_LABELS = {"vi": {"title": "Kết quả đối chiếu kế hoạch", "plan": "Kế hoạch", "parents": "Văn bản cấp trên",
                  "none": "Không tìm thấy văn bản cấp trên trong bộ văn bản đối chiếu.", "summary": "Tổng hợp",
                  "error": "lỗi", "warning": "cảnh báo", "info": "thông tin", "ok": "Không phát hiện vấn đề.",
                  "evidence": "Căn cứ", "in_plan": "trong kế hoạch", "in_parent": "trong văn bản cấp trên",
                  "chars": "ký tự"},
           "en": {"title": "Plan check report", "plan": "Plan", "parents": "Parent documents",
                  "none": "No parent document found in the collection.", "summary": "Summary",
                  "error": "error", "warning": "warning", "info": "info", "ok": "No problems found.",
                  "evidence": "Evidence", "in_plan": "in the plan", "in_parent": "in the parent",
                  "chars": "characters"}}


def to_markdown(reports: list[Report], lang: str = "vi") -> str:
    L = _LABELS[lang]
    out = [f"# {L['title']}", ""]
    for rep in reports:
        c = rep.counts()
        out += [f"## {L['plan']}: {rep.plan}", "",
                f"**{L['summary']}:** {c['error']} {L['error']}, {c['warning']} {L['warning']}, {c['info']} {L['info']}", ""]
        if rep.parents:
            out.append(f"**{L['parents']}:**")
            out += [f"- {p['source']} ({p['citation']}; {p['score']:.2f})" for p in rep.parents]
            out.append("")
        else:
            out += [L["none"], ""]
        if not rep.findings:
            out += [L["ok"], ""]
        for i, f in enumerate(rep.findings, 1):
            out.append(f"{i}. **[{L[f.severity]}] `{f.code}`** — {f.message}")
            for e in f.evidence:
                where = L["in_plan"] if e.document == "plan" else L["in_parent"]
                quote = " ".join(e.text.split())[:300]
                out.append(f"   - {L['evidence']} {where} ({L['chars']} {e.start}–{e.end}): «{quote}»")
        out.append("")
    return "\n".join(out)


def to_html(reports: list[Report], lang: str = "vi") -> str:
    import html
    L = _LABELS[lang]
    colors = {"error": "#b00020", "warning": "#a05a00", "info": "#335"}
    parts = ["<!doctype html><html lang='%s'><head><meta charset='utf-8'><title>%s</title>" % (lang, L["title"]),
             "<style>body{font-family:serif;max-width:60em;margin:2em auto;line-height:1.5}"
             "li{margin:.6em 0}.ev{color:#444;font-size:.92em}.sev{font-weight:bold}</style></head><body>",
             f"<h1>{html.escape(L['title'])}</h1>"]
    for rep in reports:
        c = rep.counts()
        parts.append(f"<h2>{html.escape(L['plan'])}: {html.escape(str(rep.plan))}</h2>")
        parts.append(f"<p><b>{L['summary']}:</b> {c['error']} {L['error']}, {c['warning']} {L['warning']}, "
                     f"{c['info']} {L['info']}</p>")
        if rep.parents:
            parts.append(f"<p><b>{L['parents']}:</b></p><ul>" + "".join(
                f"<li>{html.escape(str(p['source']))} ({html.escape(p['citation'])})</li>" for p in rep.parents) + "</ul>")
        else:
            parts.append(f"<p>{L['none']}</p>")
        if not rep.findings:
            parts.append(f"<p>{L['ok']}</p>")
        parts.append("<ol>")
        for f in rep.findings:
            evs = "".join(
                f"<div class='ev'>{L['evidence']} {L['in_plan'] if e.document == 'plan' else L['in_parent']} "
                f"({e.start}–{e.end}): «{html.escape(' '.join(e.text.split())[:300])}»</div>" for e in f.evidence)
            parts.append(f"<li><span class='sev' style='color:{colors[f.severity]}'>[{L[f.severity]}]</span> "
                         f"<code>{f.code}</code> — {html.escape(f.message)}{evs}</li>")
        parts.append("</ol>")
    parts.append("</body></html>")
    return "\n".join(parts)
