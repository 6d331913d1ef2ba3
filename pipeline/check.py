"""`plans check`: a new plan against the higher-level plan(s) it implements.

The plan's citations are resolved (:mod:`pipeline.link`) against a collection — a dataset built by
``plans build`` or files given — and each parent found is compared with the plan. Every finding
has a stable code, a severity, evidence (quoted spans with offsets, in the plan and in the parent)
and a message in Vietnamese (or English). Codes and severities are in ``data/check.json``:

parent-not-found (info), parent-unchecked (warning), citation-mismatch (error),
issued-before-parent (error), plan-issued-late (warning), period-outside-parent (warning),
task-not-covered (warning, with the closest counterpart and its TF-IDF similarity over syllables
and syllable pairs), target-weaker (error), target-missing (warning), deadline-after-parent
(warning), section-missing (warning), numbering-gap (info). The JSON report's keys, and the keys
of each code's ``details``, are documented in docs/check-report.md.

Each code (or group of codes one comparison yields) has its own function taking the plan and a
parent as dicts; :func:`check_plan` resolves the parents, calls them and sorts the findings.
Reports are rendered as Markdown or HTML by :mod:`pipeline.check_report`.
"""
from __future__ import annotations

import functools
import glob
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import regex

from .link import Collection, mismatches, work_id
from .text import UNDOTTED_LABEL, fold
from .vocab import alternation, cue, cue_phrases, load_json

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
SCHEMA = "plans-check/1"  # the JSON report's version: its keys change only with a new version
TASK_RATIO = 0.47  # a task whose counterpart is this much less similar than the plan's typical one is uncovered
TARGET_THRESHOLD = 0.25  # indicator similarity for two targets to be the same aim


@functools.cache
def _vocab():
    return load_json("check.json")


@dataclass
class Evidence:
    document: str  # "plan" | "parent"
    source: str | None
    start: int  # offsets in the document's normalised text (what every extractor indexes)
    end: int
    text: str
    line: int | None = None  # the lines of the file read (1-based) where the span starts and ends
    end_line: int | None = None


def line_of(doc: dict, pos: int) -> int:
    """The 1-based line of the file read that holds a position of a document's normalised text:
    from ``raw_lines`` where the extraction kept it (files), else the normalised text's own line
    (a dataset's documents, whose tables keep only the normalised text)."""
    import bisect
    starts = doc.get("raw_lines")
    if starts is None:
        return doc["text"].count("\n", 0, pos) + 1
    return bisect.bisect_right(starts, pos) + 1


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
    # The documents the evidence quotes, for the HTML report's text around it (not in the JSON):
    # by (Evidence.document, Evidence.source), their normalised text and doc_id.
    documents: dict[tuple[str, str | None], dict] = field(default_factory=dict, repr=False, compare=False)

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_dict(self) -> dict:
        return {"schema": SCHEMA, "plan": self.plan, "parents": self.parents, "counts": self.counts(),
                "findings": [asdict(f) for f in self.findings]}


# --- the collection ---------------------------------------------------------------------------

class Against:
    """What a plan is checked against: documents (dicts shaped like ``PlanDocument.to_dict()``
    with ``text``), from a dataset folder or from files."""

    def __init__(self, docs: dict[str, dict] | None = None, dataset: str | None = None):
        self._docs = docs or {}
        # Files of ``from_paths`` that could not be read, with the reason: left out of the collection.
        self.left_out: dict[str, str] = {}
        # Sources of the files named one by one (not found in a folder or by a glob): documents the
        # user says the plan implements, each of which the check must use or say why it did not.
        self.named: set[str] = set()
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
        """Whether there is no document to check against (no file given, every file left out, or
        a dataset without documents)."""
        return not self.collection.documents

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
            extract_files(found.files, take, timeout=timeout, max_memory=max_memory, with_lines=True, jobs=jobs)
        else:
            for source, p in found.files.items():
                take(source, *_extract_here(p))
        docs = {}
        for source in found.files:  # (in path order, whatever order the workers finished in)
            if source in read:
                docs[read[source]["document"]["doc_id"]] = read[source]
        against = cls(docs=docs)
        against.left_out = dict(sorted(left_out.items()))
        from .ingest import shown
        against.named = {shown(Path(p)) for p in paths if not glob.has_magic(p) and Path(p).is_file()}
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
    unlabelled = regex.sub(rf"^\s*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|\p{{Ll}})[.)]|{UNDOTTED_LABEL})\s*", "", text)
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


# A document number and symbol right before a date in a title: the date is that document's
# ("NGHỊ QUYẾT SỐ 10-NQ/TW NGÀY 10 THÁNG 02 NĂM 2022"), not the plan's period.
_CITED_BEFORE = regex.compile(r"\d+[-/]\p{Lu}[\p{L}\-/]*\s*,?\s*$")


def _period(doc: dict) -> tuple[int | None, int | None]:
    """A plan's period in years, from its title (and its issue year for "đến năm N")."""
    from .extract.dates import find_dates
    title = doc["document"].get("title") or ""
    lo = hi = None
    for d in find_dates(title):
        if d.granularity not in ("year", "quarter", "month", "day"):
            continue
        if _CITED_BEFORE.search(title[:d.start]):
            continue  # the date of a document the title cites ("... NGHỊ QUYẾT SỐ 10-NQ/TW NGÀY 10 THÁNG 02 NĂM 2022")
        a = int(d.value[:4])
        b = int(d.until[:4]) if d.until else a
        upper_only = _until_end().search(fold(title[:d.start])) or \
            _until_start().match(fold(title[d.start:d.end]))
        lo = lo if upper_only else (a if lo is None else min(lo, a))
        hi = b if hi is None else max(hi, b)
    issued = doc["document"].get("issued_date")
    if lo is None and hi is not None and issued:
        lo = min(int(issued[:4]), hi)
    return lo, hi


@functools.cache
def _until_end() -> regex.Pattern:
    """The folded words that end right before a title's year making it the end of the period
    only ("đến", "đến hết": ``until_words``, ``until_end_words``), to the end of the text."""
    v = _vocab()
    until, end = alternation(fold(w) for w in v["until_words"]), alternation(fold(w) for w in v["until_end_words"])
    return regex.compile(rf"(?:{until})\s+(?:(?:{end})\s+)?$")


@functools.cache
def _until_start() -> regex.Pattern:
    """A folded date's text opening with an ``until_words`` word ("đến năm 2030")."""
    return regex.compile(rf"(?:{alternation(fold(w) for w in _vocab()['until_words'])})\s")


def _fmt_period(p: tuple[int | None, int | None]) -> str:
    lo, hi = p
    return str(lo) if lo == hi else f"{lo or '…'}–{hi or '…'}"


@functools.cache
def _stated_issuer() -> regex.Pattern:
    """The closing sentence naming the plan's issuer ("Trên đây là Kế hoạch ... của <issuer>./."):
    ``closing_types``, then an issuer cue (references.json's ``issuer_cues``)."""
    types = alternation(_vocab()["closing_types"])
    issuer_cues = alternation(load_json("references.json")["issuer_cues"])
    return regex.compile(rf"{cue('closing')}\s+(?:{types})[^\n]*?\s(?:{issuer_cues})\s+"
                         r"(\p{Lu}[^\n]{2,120}?)\s*(?:\./\.|[.,;\n]|$)")


def _with_stated_issuer(doc: dict) -> dict:
    """The parent's header, with the issuer its closing sentence states ("Trên đây là Kế hoạch ...
    của Ban Thường vụ LĐLĐ huyện Vĩnh Thuận./.") where the header lost its issuer lines (the last
    such sentence, if there are several)."""
    header = doc["document"]
    if header.get("issuer"):
        return header
    stated = list(_stated_issuer().finditer(doc["text"]))
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
        if d.get("role") != "deadline" or d.get("granularity") not in ("day", "month", "recurring"):
            continue
        if d.get("section") == "appendix":
            continue  # annex tables schedule each task; the body sets the reporting deadlines
        if any(w in fold(_before(doc, d)) for w in words):
            out.append(d)
    return out


def _aims(doc: dict) -> list[dict]:
    """The targets a plan sets as its aims: those in its "mục tiêu"/"chỉ tiêu" parts where it has
    such parts (a figure in a task, "đảm bảo 100% thủ tục ...", restates or qualifies), else those
    of its purpose part; from the body (an annex table repeats them), or from its annexes where
    the body sets none."""
    by_id = {s["id"]: s for s in doc["sections"]}

    def headings(sid):
        """The folded titles from a section up to its top-level part."""
        while sid in by_id:
            yield fold(by_id[sid].get("title") or "")
            sid = by_id[sid].get("parent")

    def nearest_names(sid, this: str, other: str) -> bool:
        """Whether the nearest heading (from the section up) that names one of the two, not
        both, names ``this``; False where none does."""
        for title in headings(sid):
            says_this, says_other = bool(regex.search(this, title)), bool(regex.search(other, title))
            if says_this != says_other:
                return says_this
        return False

    headings_words = {part: alternation(fold(w) for w in words)
                      for part, words in _vocab()["target_part_headings"].items()}
    aims_words, task_words = headings_words["aims"], headings_words["tasks"]

    def in_aims(sid):
        # The nearest heading that says either decides ("b) Nhiệm vụ" under "I. MỤC TIÊU, NHIỆM VỤ").
        return nearest_names(sid, aims_words, task_words)

    def in_vision(sid):
        # "2.3. Tầm nhìn đến năm 2045": a vision lies beyond the period a child carries out. The
        # nearest heading that names a vision or aims decides ("2.2. Một số mục tiêu cụ thể" under
        # "2. Mục tiêu và tầm nhìn" holds aims).
        return nearest_names(sid, headings_words["vision"], aims_words)

    def in_purpose(sid):
        return any(regex.search(headings_words["purpose"], title) for title in headings(sid))
    body = [t for t in doc["targets"] if t.get("section") != "appendix" and not in_vision(t.get("section"))]
    aims = [t for t in body if in_aims(t.get("section"))]
    # Without a targets part, a plan's aims are the figures of its purpose part ("I. MỤC ĐÍCH,
    # YÊU CẦU"); a figure in how it is carried out ("Số lượng đơn vị kiểm tra: tối thiểu 20%")
    # is the plan's own arrangement, not an aim its children must restate.
    # A plan that sets its aims in an annex table alone ("Các chỉ tiêu tại Phụ lục kèm theo"): the
    # table's figures are its aims.
    return aims or [t for t in body if in_purpose(t.get("section"))] or \
        [t for t in doc["targets"] if t.get("section") == "appendix"]


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
    """The span ``start:end`` of a document (``which`` is "plan" or "parent"), quoted from its text,
    with the lines of the file it starts and ends on (:func:`line_of`)."""
    return Evidence(which, doc["document"].get("source"), int(start), int(end), doc["text"][start:end],
                    line_of(doc, int(start)), line_of(doc, max(int(start), int(end) - 1)))


def _is_plan_type(doc: dict) -> bool:
    """Whether a document is a plan (Kế hoạch, Chương trình, Đề án, Phương án, by its header type):
    a letter (công văn) or a decision or resolution issuing or deploying a parent is none, and is
    not checked for a plan's parts."""
    from .link import type_key
    kinds = {type_key(t) for t in _vocab()["plan_types"]}
    return type_key(doc["document"].get("doc_type")) in kinds


def sections_missing(plan: dict, lang: str = "vi") -> list[Finding]:
    """``section-missing``: each required part (``required_sections`` in ``data/check.json``) that
    no top-level heading of the plan names — its Roman sections, or, in a plan without them, its
    top numbered items ("1. Mục tiêu", "2. Yêu cầu", "4. Phân công nhiệm vụ" in an inspection team's
    plan). Only plans are checked (:func:`_is_plan_type`)."""
    if not _is_plan_type(plan):
        return []
    parts = [s for s in plan["sections"] if s.get("kind") in ("section", "item", "part", "article")]
    top = min((s.get("level") or 9 for s in parts), default=1)
    titles = [fold(s.get("title") or "") for s in parts if s.get("level") == top]
    return [_finding("section-missing", [], lang=lang, section=name)
            for name, words in _vocab()["required_sections"].items()
            if not any(any(w in t for w in words) for t in titles)]


# Lines the segmenter may read as a numbered item that are not a plan's numbering:
_NOT_NUMBERING = regex.compile(
    r"""[ \t]*(?:
        \d{1,2}\.\d{1,2}\s+\p{Lu}        # a sub-item whose label lost its dot ("6.2 Đối với" read as a second "6.")
      | \d{1,3}\.[\p{L}\d_\-]+\.(?i:docx?|pdf|rtf|odt)\b   # a page footer naming the file ("18.CTRTW31.DOC 2")
    )""", regex.X)


def numbering_gaps(plan: dict, lang: str = "vi") -> list[Finding]:
    """``numbering-gap``: the extractor's numbering warnings (a skipped or repeated section or item
    number), each with the line it starts as evidence; none at a line that is no numbering
    (:data:`_NOT_NUMBERING`: page furniture, a sub-item label that lost its dot)."""
    out = []
    for w in plan.get("warnings", []):
        if w["code"] in ("section-gap", "item-gap", "section-duplicate", "item-duplicate"):
            start = w.get("start") or 0
            line_end = plan["text"].find("\n", start)
            if _NOT_NUMBERING.match(plan["text"], start):
                continue
            out.append(_finding("numbering-gap", [evidence(plan, "plan", start, line_end if line_end > 0 else start)],
                                lang=lang, message=w["message"]))
    return out


class ResolvedParent(NamedTuple):
    """A citation of the plan resolved to a document of the collection."""
    ref: dict  # the plan's reference (its first mention with the relation below)
    cited: dict  # the collection's document header
    score: float
    method: str
    relation: str = "implements"  # implements | basis: the strongest relation of any mention
    mentions: tuple = ()  # every mention of the cited document (references with this ref_id)


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


# A citation stands in the clause of an implementing cue where the cue opens a sentence (after
# ".", ";", ":" — across line breaks, kept as "¶" — or a subject line's "V/v", "Về việc", or at the
# start of the title), possibly after "Để"/"Nhằm" and "tổ chức", and is followed by its fillers
# ("triển khai thực hiện nghiêm túc") and only citations joined by "và" or commas: "V/v triển khai
# thực hiện Quyết định số 1074/QĐ-BXD" (a letter's subject line), "Thực hiện Kết luận số 75-KL/TW
# ngày ... của Bộ Chính trị về ... và Chương trình số 31-CTr/TW ...". Other citations before it are
# replaced by "§" first; what follows one (its date, issuer, subject) up to the next joint is its
# own. A cue inside a sentence ("tuyên truyền ... Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ
# thị số 05") names what a task is about, not what the plan implements.
@functools.cache
def _cued_citation():
    from .vocab import alternation
    refs_vocab = load_json("references.json")
    cues = alternation({fold(c) for c in _vocab()["implementing_cues"] + refs_vocab["relation_cues"]["implements"]})
    fillers = alternation([fold(f) for f in refs_vocab["clause_fillers"]])
    v = _vocab()
    subject = alternation({fold(w) for w in [*cue_phrases("subject"), *refs_vocab["subject_words"]]})
    openers = v["implementing_openers"]
    purpose = alternation(fold(w) for w in openers["purpose"])
    organise = alternation(fold(w) for w in openers["organise"])
    joints = alternation(fold(w) for w in v["citation_joints"])
    return regex.compile(rf"(?:[.;:]|(?<!\w)(?:{subject}))\s*(?:¶\s*)*(?:[-–+•]\s*)?"
                         rf"(?:(?:{purpose})\s+(?:(?:{organise})\s+)?)?(?:{cues})(?:\s+(?:{fillers}))*\s*:?\s*"
                         rf"(?:§[^.;§]{{0,240}}?(?:,|\b(?:{joints}))\s*(?:(?:{fillers})\s+)?)*$")


def _cued(plan: dict, r: dict, others: list[dict]) -> bool:
    """Whether an implementing cue governs the citation ``r`` (see :func:`_cued_citation`), in the
    text up to 400 characters before it (from the title's start for a citation in the title);
    ``others`` are the plan's references, whose spans in that window are each replaced by "§"."""
    text = plan["text"]
    title = (plan["document"].get("spans") or {}).get("title")
    if title and title[0] <= r["start"] < title[1]:
        lo, opening = title[0], ". "
    else:
        lo = max(0, r["start"] - 400)
        opening = ". " if lo == 0 else ""
    parts, at = [opening], lo
    for o in sorted(others, key=lambda o: o["start"]):
        if o["start"] >= at and o["end"] <= r["start"] and o is not r:
            parts += [text[at:o["start"]], " § "]
            at = o["end"]
    parts.append(text[at:r["start"]])
    return _cued_citation().search(fold("".join(parts).replace("\n", " ¶ "))) is not None


def resolve_parents(plan: dict, against: Against,
                    lang: str = "vi") -> tuple[list[ResolvedParent], list[Finding]]:
    """The plan's parents — the documents it implements and those it is based on — resolved in
    the collection, in citation order and once each; and ``parent-not-found`` for each document it
    says it implements that the collection does not hold.

    A parent is a document of a type a plan implements (``parent_types`` in ``data/check.json``:
    plans and programmes, and the resolutions, conclusions, directives and decisions they carry
    out); laws, decrees and documents named without a number are not. Every mention of a cited
    document counts, and its relation is the strongest of them: "implements" where the references
    say so or an implementing cue governs the mention (:func:`_cued`: a letter's "V/v triển khai
    thực hiện Quyết định số …", the second of "Thực hiện Kết luận … và Chương trình …"), else
    "basis".

    The plan itself and its other renderings (:func:`is_the_plan`) are left out of the collection
    first: a collection that holds the plan would otherwise offer it as the best match of a citation
    that repeats its own title (a child plan often names its parent's subject), and the next-best
    document, if any, would be lost."""
    parent_types = {fold(t) for t in _vocab()["parent_types"]}
    parents: list[ResolvedParent] = []
    findings: list[Finding] = []
    collection = against.collection
    others = [d for d in collection.documents if not is_the_plan(plan["document"], d)]
    if len(others) < len(collection.documents):
        collection = Collection(others)
    refs = plan["references"]
    by_id: dict[str, list[dict]] = {}
    for r in refs:
        by_id.setdefault(r["ref_id"], []).append(r)
    for mentions in by_id.values():
        first = mentions[0]
        if fold(first["type"]) not in parent_types or (first.get("number") is None and first.get("name")):
            continue
        relation, ref = None, None
        for r in mentions:
            rel = "implements" if r["relation"] == "implements" or _cued(plan, r, refs) else r["relation"]
            # the first mention with the strongest relation: implements over basis over none
            if (rel == "implements" and relation != "implements") or (rel == "basis" and relation is None):
                relation, ref = rel, r
        if ref is None or relation is None:
            continue
        cited, score, method = collection.resolve(ref)
        if cited is None:
            if relation == "implements":
                findings.append(_finding("parent-not-found", [evidence(plan, "plan", ref["start"], ref["end"])],
                                         lang=lang, ref=ref["text"]))
            continue
        parents.append(ResolvedParent(ref, cited, score, method, relation, tuple(mentions)))
    parents.sort(key=lambda p: p.ref["start"])
    return parents, findings


# Where a document names who issued it besides its header: its title ("NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ
# VỀ ...") and its signature block ("T/M BỘ CHÍNH TRỊ", "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC").
@functools.cache
def _signed_for() -> regex.Pattern:
    """A signature line's capacity (``signed_for``) and the body it signs for (group 1)."""
    capacities = alternation(_vocab()["signed_for"])
    return regex.compile(rf"(?:^|\n)[ \t]*(?:[^\n|]*\|\s*)?(?:{capacities})\s*([^\n|]{{3,80}})")


def _issuer_lines(parent: dict) -> str:
    """The folded title and signature lines of a parent, where a citation's issuer may be named as
    the parent's own (a Politburo resolution's header reads "BAN CHẤP HÀNH TRUNG ƯƠNG"; it is
    cited, rightly, as "của Bộ Chính trị", the organ that signs it)."""
    title = parent["document"].get("title") or ""
    signed = [m.group(1) for m in _signed_for().finditer(parent["text"])]
    return " | ".join(fold(t) for t in [title, *signed])


def citation_mismatches(plan: dict, ref: dict, parent: dict, lang: str = "vi",
                        mentions: tuple | list = ()) -> list[Finding]:
    """``citation-mismatch``: each field (type, number, date, issuer) where the plan's citation
    ``ref`` of the parent — or any other of its ``mentions`` — disagrees with the parent's own
    header (its issuer taken from its closing sentence where the header lost it). A citation right
    in the preamble and wrong in a later section ("Quyết định số 1050/QĐ-SCT ngày 06/3/2025" for
    06/3/2026) is reported at that mention; one wrong value (field and cited value) is one finding,
    with every mention that carries it as evidence."""
    field_names = _vocab()["fields"][lang]
    psrc = parent["document"].get("source")
    header = _with_stated_issuer(parent)
    own = _issuer_lines(parent)
    found: dict[tuple, tuple[dict, list[Evidence]]] = {}
    for r in [ref, *(m for m in mentions if m is not ref)]:
        for mm in mismatches(r, header):
            if mm["field"] == "issuer" and fold(str(mm["cited"])) in own:
                continue  # the organ that signed it ("T/M BỘ CHÍNH TRỊ" under "BAN CHẤP HÀNH TRUNG ƯƠNG")
            key = (mm["field"], str(mm["cited"]))
            ev = evidence(plan, "plan", r["start"], r["end"])
            if key not in found:
                found[key] = (mm, [ev])
            elif all(e.start != ev.start for e in found[key][1]):
                found[key][1].append(ev)
    out = []
    for mm, evs in found.values():
        evs.sort(key=lambda e: e.start)
        out.append(_finding("citation-mismatch", evs, psrc, lang, field=field_names[mm["field"]],
                            cited=mm["cited"], actual=mm["actual"]))
    return out


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


@functools.cache
def _bound_before():
    """The folded words that end right before a date that is a bound ("trong tháng", "trước ngày",
    "chậm nhất là ngày": ``bound_words``), to the end of the text."""
    bounds = alternation(fold(w) for w in _vocab()["bound_words"])
    # (``fold`` strips the space before the date: the words end the text, spaces or not)
    v = _vocab()
    dates = load_json("dates.json")
    is_words = alternation(fold(w) for w in v["bound_is_words"])
    # the date's day or month word, or "hết" ("chậm nhất là hết tháng ...")
    next_words = alternation(fold(w) for w in [dates["day"], dates["month"], *v["until_end_words"]])
    return regex.compile(rf"(?<!\w)(?:{bounds})(?:\s+(?:{is_words}))?(?:\s+(?:{next_words}))?\s*$")


def _plan_issue_deadlines(parent: dict) -> list[dict]:
    """The dates by which a parent says the plans carrying it out are to be issued ("Các Công đoàn
    cơ sở ... ban hành kế hoạch trong tháng 5/2024", "xây dựng kế hoạch ... trước ngày
    15/01/2026"): a day or month in the body, a bound (a deadline, or after one of ``bound_words``:
    "trong tháng", "trước ngày", "chậm nhất là ngày"), whose closest kind word before it in its
    paragraph is a plan's (:func:`_deadline_kind`: not "báo cáo" of "xây dựng kế hoạch ..., báo
    cáo kết quả trước ngày ...") and whose paragraph says the plan is issued (``plan_issue_words``)."""
    issue = tuple(fold(w) for w in _vocab()["plan_issue_words"])
    bounds = alternation(fold(w) for w in _vocab()["bound_words"])
    out = []
    for d in parent["dates"]:
        if d.get("granularity") not in ("day", "month") or d.get("role") in ("citation", "issued", "period"):
            continue
        if d.get("section") == "appendix" or _date_bounds(d) is None:
            continue
        before = fold(_before(parent, d))
        text = fold(d["text"])
        bound = d.get("role") == "deadline" or _bound_before().search(before) or regex.match(rf"(?:{bounds})\s", text)
        if bound and _deadline_kind(parent, d) == "plan" and any(w in before for w in issue):
            out.append(d)
    return out


def plan_issued_late(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``plan-issued-late``: the plan issued after a date by which the parent says the plans
    carrying it out are to be issued (:func:`_plan_issue_deadlines`; the earliest such date, at the
    coarser of the two precisions: "trong tháng 5/2024" is due by 31/5, "trước ngày 15/01/2026" by
    14/01)."""
    mine = plan["document"].get("issued_date")
    dues = _plan_issue_deadlines(parent)
    if not (mine and dues):
        return []

    def last_day(d: dict) -> str:
        lo, hi = _date_bounds(d)  # type: ignore[misc]
        return lo if d.get("granularity") == "day" and _is_before(parent, d) else hi
    d = min(dues, key=last_day)
    due = last_day(d)
    n = min(len(mine), len(due))
    before = _is_before(parent, d) and d.get("granularity") == "day"
    if not (mine[:n] >= due[:n] if before and n == 10 else mine[:n] > due[:n]):
        return []
    span = plan["document"].get("spans", {}).get("issued_date")
    ev = ([evidence(plan, "plan", *span)] if span else []) + [evidence(parent, "parent", d["start"], d["end"])]
    # as the parent says it: the date with the bound words before it ("trong tháng 5/2024")
    m = _bound_before().search(fold(_before(parent, d)))
    k = len(m.group(0).split()) if m else 0
    said = " ".join(_before(parent, d).split()[len(_before(parent, d).split()) - k:] + d["text"].split())
    return [_finding("plan-issued-late", ev, parent["document"].get("source"), lang, date=mine,
                     parent_date=" ".join(said.split()), due=due)]


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


def dates_before_parent(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``period-outside-parent`` for each day the plan schedules before the parent was issued —
    a date of its annexes or of a table row (an inspection on "25/3/2025" in the plan of a
    decision of 06/3/2026 ordering the 2026 inspections), earlier than both the parent and the
    plan itself, and no citation's date: a schedule cannot precede the document it carries out."""
    theirs, mine = parent["document"].get("issued_date"), plan["document"].get("issued_date")
    if not theirs or len(theirs) < 10:
        return []
    text = plan["text"]
    out = []
    for d in plan["dates"]:
        if d.get("granularity") != "day" or d.get("role") in ("citation", "issued") or len(d["value"]) != 10:
            continue
        line_start = text.rfind("\n", 0, d["start"]) + 1
        in_table = " | " in text[line_start:text.find("\n", d["end"]) % (len(text) + 1)]
        if d.get("section") not in ("appendix", "closing", "attachment_closing") and not in_table:
            continue
        if d["value"] < theirs and (not mine or d["value"] < mine):
            out.append(_finding("period-outside-parent", [evidence(plan, "plan", d["start"], d["end"])],
                                parent["document"].get("source"), lang, period=d["text"],
                                parent_period=f"≥ {theirs}"))
    return out


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
    # A party resolution's task of party leadership is taken up by a programme's item that
    # disseminates the resolution ("Tổ chức quán triệt Nghị quyết số 10-NQ/TW").
    v = _vocab()
    disseminated = any(fold(w) in fold(h) for h in cand_headings for w in v["dissemination_words"])
    out = []
    for i, t in enumerate(tasks):
        j, best = assigned.get(i, (int(sims[i].argmax()), 0.0))
        if disseminated and any(fold(w) in fold(task_headings[i]) for w in v["leadership_task_words"]):
            continue
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
    # Two aims of the parent a plan merges into one clause ("100% phòng, đơn vị thuộc Sở hoàn
    # thiện quy định chức năng, nhiệm vụ … và sắp xếp lãnh đạo đúng tiêu chí" for the parent's
    # "100% cơ quan … hoàn thiện quy định chức năng …" and "100% cơ quan … hoàn thành việc sắp
    # xếp lãnh đạo …"): a parent aim left over matches a plan target of the same value and unit
    # whose whole clause (not only its indicator's first words) is like it.
    left = [i for i in range(len(ptargets)) if i not in match]
    if left:
        clauses = _similarities([_target_text(ptargets[i]) for i in left], [t["text"] for t in mtargets])
        for row, i in enumerate(left):
            same = [j for j, mt in enumerate(mtargets)
                    if mt["value"] == ptargets[i]["value"] and mt["unit"] == ptargets[i]["unit"]]
            if same:
                j = max(same, key=lambda j: clauses[row, j])
                if clauses[row, j] >= TARGET_THRESHOLD:
                    match[i] = (j, float(clauses[row, j]))
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
    missing: dict[Any, list[dict]] = {}
    for i, pt in enumerate(ptargets):
        best_j, best = match.get(i, (None, 0.0))
        pv = _fmt_target(pt)
        if best_j is None or best < TARGET_THRESHOLD:
            # The figures of one item of the parent ("- Đến năm 2025, lập bản đồ ... đạt 80% ...;
            # ... đến độ sâu 300 và 1.500 mét nước") are one aim: missing, they are one finding.
            missing.setdefault(pt.get("section") or f"#{i}", []).append(pt)
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
    for group in missing.values():
        out.append(_finding("target-missing", [evidence(parent, "parent", pt["start"], pt["end"]) for pt in group],
                            psrc, lang, parent_value=", ".join(_fmt_target(pt) for pt in group),
                            indicator=(group[0].get("indicator") or "")[:120]))
    out.sort(key=lambda f: min(e.start for e in f.evidence if e.document == "parent"))
    return out


def deadlines_after_parent(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``deadline-after-parent``: each of the plan's reporting deadlines later than the parent's
    latest deadline for the same kind of thing (plan, report, dossier: see :func:`_deadline_kind`),
    compared at the coarser of the two dates' precisions; a recurring deadline with the parent's
    recurring ones of the same period ("--12-10", every year, is after "--11-30")."""
    pds, mds = _deadlines(parent), _deadlines(plan)
    psrc = parent["document"].get("source")
    out = []
    for d in mds:
        # A recurring deadline ("trước ngày 10/12 hằng năm": "--12-10") is compared with the
        # parent's of the same period ("trước ngày 30/11 hằng năm"), a one-off with one-offs.
        same = [p for p in pds if _deadline_kind(parent, p) == _deadline_kind(plan, d)
                and (p.get("granularity") == "recurring") == (d.get("granularity") == "recurring")
                and p.get("every") == d.get("every")]
        if not same:
            continue
        theirs = max(same, key=lambda p: p["value"])
        n = min(len(d["value"]), len(theirs["value"]))
        if d["value"][:n] > theirs["value"][:n]:
            out.append(_finding("deadline-after-parent", [evidence(plan, "plan", d["start"], d["end"]),
                                                          evidence(parent, "parent", theirs["start"], theirs["end"])],
                                psrc, lang, date=d["value"], parent_date=theirs["value"]))
    return out


_QUARTER_START = {1: "01", 2: "04", 3: "07", 4: "10"}
_QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}


def _date_bounds(d: dict) -> tuple[str, str] | None:
    """The first and last day a date names ("2025" → 2025-01-01..2025-12-31, "2022-Q3",
    "2024-08", "2024-07-30"), as ISO strings; None for a recurring or unknown date."""
    v, g = d["value"], d.get("granularity")
    if g == "year" and regex.fullmatch(r"\d{4}", v):
        return f"{v}-01-01", f"{v}-12-31"
    if g == "quarter" and (m := regex.fullmatch(r"(\d{4})-Q([1-4])", v)):
        q = int(m.group(2))
        return f"{m.group(1)}-{_QUARTER_START[q]}-01", f"{m.group(1)}-{_QUARTER_END[q]}"
    if g == "month" and regex.fullmatch(r"\d{4}-\d{2}", v):
        return f"{v}-01", f"{v}-31"
    if g == "day" and regex.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v, v
    return None


def _day_after(iso: str) -> str:
    """The day after an ISO day of :func:`_date_bounds` (whose month ends are all "-31")."""
    import datetime as dt
    y, m, d = (int(x) for x in iso.split("-"))
    try:
        return (dt.date(y, m, d) + dt.timedelta(days=1)).isoformat()
    except ValueError:  # "2024-02-31": the month's end
        return dt.date(y + (m == 12), m % 12 + 1, 1).isoformat()


def _clause_around(doc: dict, d: dict) -> str:
    """The clause that holds a date: from the last sentence or clause break (". ", ";", a line
    start) before it to the next after it, at most 300 characters each way."""
    text = doc["text"]
    lo = max(0, d["start"] - 300)
    head = text[lo:d["start"]]
    cut = max(head.rfind(". "), head.rfind(";"), head.rfind("\n"))
    tail = text[d["end"]:d["end"] + 300]
    stop = min([i for i in (tail.find(". "), tail.find(";"), tail.find("\n")) if i >= 0], default=len(tail))
    return (head[cut + 1:] if cut >= 0 else head) + text[d["start"]:d["end"]] + tail[:stop]


# A row of a task table, as text layers give it: cells joined by " | ", numbered "13 | ...", rows
# sometimes run together on one line where a cell ends without punctuation ("... | Năm 2025 và các
# năm tiếp theo 14 | Xây dựng ...").
_ROW_START = regex.compile(r"(?:^|\n|\s)(\d{1,3}\s*\|)")
_NEXT_ROW = regex.compile(r"[^|\n]*?(?:\s\d{1,3}\s*)?(?=\||\n|$)")


def _table_row(doc: dict, d: dict) -> str | None:
    """The text of the task-table row a date closes (the date in its last cell), or None where the
    date is not in a table's last cell."""
    text = doc["text"]
    line_start = text.rfind("\n", 0, d["start"]) + 1
    if " | " not in text[line_start:d["start"]]:
        return None
    after = _NEXT_ROW.match(text, d["end"])
    rest = text[d["end"]:after.end()] if after else ""
    nxt = text[after.end():after.end() + 1] if after else ""
    if nxt == "|" and not regex.search(r"\s\d{1,3}\s*$", rest):
        return None  # another cell of the same row follows: the date is in the task, not its due date
    starts = list(_ROW_START.finditer(text, line_start, d["start"]))
    row_start = starts[-1].start(1) if starts else line_start
    # What is due is the row's first cell of words after its number ("Nội dung công việc"), not
    # the agencies and products that fill the other cells of every row alike.
    cells = [c.strip() for c in text[row_start:d["end"]].split("|")]
    words = [c for c in cells[:-1] if regex.search(r"\p{L}{2,}", c)]
    return words[0] if words else text[row_start:d["end"]]


def _paragraph(doc: dict, d: dict, limit: int = 600) -> str:
    """The line (paragraph) that holds a date, at most ``limit`` characters each way."""
    text = doc["text"]
    lo = max(text.rfind("\n", 0, d["start"]) + 1, d["start"] - limit)
    hi = text.find("\n", d["end"])
    return text[lo:min(hi if hi >= 0 else len(text), d["end"] + limit)]


def _task_deadlines(doc: dict) -> list[tuple[dict, str]]:
    """A document's dated tasks: (date, what is due) for each deadline in its body ("Hoàn thành
    xây dựng cơ sở dữ liệu ... trước năm 2025") and each date that closes a row of a task table
    (the row's text: "13 | Hoàn thành cơ sở dữ liệu ... | Bộ Tài nguyên và Môi trường | ... |
    Năm 2025 và các năm tiếp theo"); not recurring dates, periods or citations."""
    out = []
    for d in doc["dates"]:
        if d.get("role") in ("citation", "issued", "period") or _date_bounds(d) is None:
            continue
        row = _table_row(doc, d)
        if row is not None:
            out.append((d, row))
        elif d.get("role") == "deadline":
            clause = _clause_around(doc, d)
            if len(clause.split()) < 8:  # "Hoàn thành trước năm 2025.": what is due is the sentence before
                line_start = doc["text"].rfind("\n", 0, d["start"]) + 1
                clause = doc["text"][max(line_start, d["start"] - 400):d["end"]]
            out.append((d, clause))
    return out


def _is_before(doc: dict, d: dict) -> bool:
    """Whether a date is a bound not reached ("trước năm 2025": by the end of 2024)."""
    # (``fold`` strips the space between "trước" and the date: the words end the text, spaces or not)
    before = fold(doc["text"][max(0, d["start"] - 20):d["start"]])
    return bool(_before_bound().search(before)
                or fold(d["text"]).startswith(tuple(fold(w) for w in _vocab()["before_words"])))


@functools.cache
def _before_bound() -> regex.Pattern:
    """A ``before_words`` word, and dates.json's day, month, year or quarter word or none, to the
    end of the (folded) text."""
    dates = load_json("dates.json")
    before = alternation(fold(w) for w in _vocab()["before_words"])
    units = alternation(fold(dates[k]) for k in ("day", "year", "month", "quarter"))
    return regex.compile(rf"(?<!\w)(?:{before})(?:\s+(?:{units}))?\s*$")


TASK_DEADLINE_SIMILARITY = 0.22  # a child's dated task and the parent's are the same task


def task_deadlines_after_parent(plan: dict, parent: dict, lang: str = "vi") -> list[Finding]:
    """``deadline-after-parent`` for a task the plan schedules after the parent's deadline for it:
    each dated task of the plan (:func:`_task_deadlines`, body or task table) paired with the most
    similar dated task of the parent (TF-IDF over syllables, at least ``TASK_DEADLINE_SIMILARITY``),
    late when the plan's date begins after the parent's ends ("Năm 2025 và các năm tiếp theo" for
    "trước năm 2025"; "Tháng 8/2024" for "trước ngày 30/7/2024"; "Quý IV năm 2023" is within
    "trước năm 2024")."""
    mine, theirs = _task_deadlines(plan), _task_deadlines(parent)
    if not (mine and theirs):
        return []
    # A task is its clause ("Hoàn thành xây dựng cơ sở dữ liệu ... trước năm 2025") or its whole
    # paragraph (with the rest of the bullet: "...; thiết lập nền tảng tài nguyên số, thực hiện
    # chuyển đổi số ..."), whichever is closer: a child's table row often condenses the bullet.
    sims = np.maximum(_similarities([w for _, w in mine], [w for _, w in theirs]),
                      _similarities([w for _, w in mine], [_paragraph(parent, d) for d, _ in theirs]))
    psrc = parent["document"].get("source")
    out = []
    # A reporting deadline :func:`deadlines_after_parent` flags is not flagged twice.
    seen = {e.start for f in deadlines_after_parent(plan, parent, lang) for e in f.evidence if e.document == "plan"}
    for i, (d, _) in enumerate(mine):
        j = int(sims[i].argmax())
        if sims[i, j] < TASK_DEADLINE_SIMILARITY:
            continue
        p = theirs[j][0]
        start = _date_bounds(d)[0]  # type: ignore[index]
        # The first day that is too late for the parent: its date's first day for "trước năm
        # 2025", the day after its last day for "năm 2025".
        p_bounds = _date_bounds(p)
        too_late = p_bounds[0] if _is_before(parent, p) else _day_after(p_bounds[1])  # type: ignore[index]
        # The plan's date too may be a bound not reached ("trước năm 2030" for the parent's "trước
        # năm 2030"): done before its first day, late only where that day is after the parent's.
        late = start > too_late if _is_before(plan, d) else start >= too_late
        if late and d["start"] not in seen:
            seen.add(d["start"])
            out.append(_finding("deadline-after-parent", [evidence(plan, "plan", d["start"], d["end"]),
                                                          evidence(parent, "parent", p["start"], p["end"])],
                                psrc, lang, date=d["text"],
                                parent_date=parent["text"][max(0, p["start"] - 6):p["end"]].strip()))
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
    implemented = any(p.relation == "implements" for p in parents)
    checked = {}
    for r, cited, score, method, relation, mentions in parents:
        parent = against.document(cited["doc_id"])
        report_parents.append({"doc_id": cited["doc_id"], "source": parent["document"].get("source"),
                               "score": score, "method": method, "citation": r["text"], "relation": relation})
        findings += citation_mismatches(plan, r, parent, lang, mentions)
        findings += issued_before_parent(plan, parent, lang)
        findings += period_outside_parent(plan, parent, lang)
        findings += dates_before_parent(plan, parent, lang)
        # Content (tasks, targets, deadlines) is checked against the plans it implements; a plan
        # it is only based on ("Căn cứ Kế hoạch …" beside "Thực hiện Kế hoạch …") is a broader
        # frame it need not restate. With no plan it implements, its basis plans are its parents.
        if implemented and relation != "implements":
            continue
        findings += tasks_not_covered(plan, parent, lang)
        findings += target_shortfalls(plan, parent, lang)
        findings += deadlines_after_parent(plan, parent, lang)
        findings += task_deadlines_after_parent(plan, parent, lang)
        findings += plan_issued_late(plan, parent, lang)
        checked[cited["doc_id"]] = bool(_tasks(parent) or _aims(parent) or _deadlines(parent)
                                        or _task_deadlines(parent))
    findings += parents_unchecked(plan, against, parents, checked, lang)
    findings.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.code))
    head = plan["document"]
    documents = {("plan", head.get("source")): {"text": plan["text"], "doc_id": head.get("doc_id")}}
    for p in report_parents:
        documents[("parent", p["source"])] = {"text": against.document(p["doc_id"])["text"],
                                              "doc_id": p["doc_id"]}
    return Report(plan=plan["document"].get("source"), parents=report_parents, findings=findings,
                  documents=documents)


def parents_unchecked(plan: dict, against: Against, parents: list[ResolvedParent], checked: dict[str, bool],
                      lang: str = "vi") -> list[Finding]:
    """``parent-unchecked``: what the check could not compare, so that a report without findings
    means every parent was checked —

    - no parent at all: no document of the collection is one the plan implements or is based on;
    - a document named in ``--against`` (a file given one by one, ``Against.named``) that is not a
      parent: the plan does not cite it, or cites it only in passing;
    - a parent whose content could not be compared (``checked`` false: no tasks, targets or
      deadlines found in it), only its citation and dates were.
    """
    out = []
    linked = {p.cited["doc_id"] for p in parents}
    docs = [d for d in against.collection.documents if not is_the_plan(plan["document"], d)]
    for d in docs:
        if d["doc_id"] in linked or d.get("source") not in against.named:
            continue
        one = Collection([d])
        cited = [r for r in plan["references"] if one.resolve(r)[0] is not None]
        why = "in_passing" if cited else "not_cited"
        out.append(_finding("parent-unchecked", [evidence(plan, "plan", r["start"], r["end"]) for r in cited[:3]],
                            d.get("source"), lang, reason=_vocab()["unchecked"][lang][why], document=d.get("source")))
    if not parents and not out:
        given = sorted(d.get("source") or d["doc_id"] for d in docs)
        out.append(_finding("parent-unchecked", [], None, lang, reason=_vocab()["unchecked"][lang]["none"].format(
            n=len(given)), document=", ".join(given[:5]) + (", …" if len(given) > 5 else "")))
    for p in parents:
        if not checked.get(p.cited["doc_id"], True):
            out.append(_finding("parent-unchecked", [evidence(plan, "plan", p.ref["start"], p.ref["end"])],
                                p.cited.get("source"), lang, reason=_vocab()["unchecked"][lang]["no_content"],
                                document=p.cited.get("source")))
    return out


def _extract_with_lines(path: Path) -> dict:
    """A file's SPEC dict with its text and ``raw_lines``
    (:meth:`~pipeline.model.PlanDocument.raw_line_starts`)."""
    from .api import extract_raw
    from .ingest import read
    raw = read(Path(path))
    doc = extract_raw(raw)
    out = doc.to_dict(with_text=True)
    out["raw_lines"] = doc.raw_line_starts(raw.text)
    return out


def _extract_here(path: Path) -> tuple[dict | None, str | None]:
    """A file's SPEC dict with its text, extracted in this process, or None and why it failed."""
    from .ingest import IngestError
    try:
        return _extract_with_lines(path), None
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
        return check_plan(_extract_with_lines(Path(path)), against, lang)
    from .batch import extract_files
    result: list[tuple[dict | None, str | None]] = []
    extract_files({shown(path): Path(path)}, lambda _source, doc, error: result.append((doc, error)),
                  timeout=timeout, max_memory=max_memory, with_lines=True)
    doc, error = result[0]
    if doc is None:
        raise IngestError(shown(path), error or "no result")
    return check_plan(doc, against, lang)
