"""The correction loop through Label Studio: extractions out as pre-annotated tasks, corrected
annotations back in as the project's annotation files (corpus/annotations/README.md).

**Out** (:func:`tasks_of`): one task per document in Label Studio's documented import format
(docs/source/guide/tasks.md, predictions.md): ``{"data": {"text", "source", "name"},
"predictions": [{"model_version", "result": [...]}]}``, each result a labelled span
``{"id", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start", "end",
"text", "labels": [LABEL]}}`` over the document's normalised text (the text every offset of
``plans extract`` refers to). :func:`labelling_config` is the project's labelling config: one
``<Labels>`` control over one ``<Text>``.

The labels carry the kind and, after a colon, what the annotation format needs besides the words
(:data:`LABELS`): ``document:<field>`` (the header fields, each span on the value's own words),
``section`` (a level-1 heading), ``reference:<relation>``, ``date:<role>``, ``target:<kind>``
(the span from the number to the end of the unit, as the span model's targets), ``unit:<role>``
(the unit's name only).

**In** (:func:`annotation_of`): each task of a Label Studio JSON export (docs/source/guide/
export.md: tasks with ``"annotations": [{"result": [...], "was_cancelled"}]``) becomes one
annotation file, from its last completed annotation, else its first prediction. The spans are read
by the extractor's own parsers, on the task's text: a target by :func:`extract.learned.target_of`
(the span model's reading), a date by :func:`extract.dates.find_dates` (or the recurring dates'
finder), a reference by :func:`extract.references.find_references`, an issuer's lines by
:func:`extract.header.split_issuer`; a unit is its span's words.
"""
from __future__ import annotations

import json
import os
import re
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from .model import PlanDocument
from .text import fold

FROM_NAME, TO_NAME = "label", "text"  # the names of the config's Labels control and Text object
MODEL_VERSION = "plans-rules"

HEADER_FIELDS = ("doc_type", "number", "symbol", "parent_issuer", "issuer", "place", "issued_date", "title",
                 "signing_capacity", "signer_title", "signer")
REFERENCE_RELATIONS = ("implements", "basis", "mentions")
DATE_ROLES = ("issued", "citation", "deadline", "event", "period", "other")
TARGET_KINDS = ("target", "achieved", "threshold")
UNIT_ROLES = ("lead", "coordinate", "execute", "monitor", "report")
LABELS: tuple[str, ...] = (*(f"document:{f}" for f in HEADER_FIELDS), "section",
                           *(f"reference:{r}" for r in REFERENCE_RELATIONS), *(f"date:{r}" for r in DATE_ROLES),
                           *(f"target:{k}" for k in TARGET_KINDS), *(f"unit:{r}" for r in UNIT_ROLES))
# One colour per kind (Label Studio's ``background``), light enough for black text.
_COLOURS = {"document": "#c7d2fe", "section": "#e5e7eb", "reference": "#fde68a", "date": "#bbf7d0",
            "target": "#fecaca", "unit": "#bae6fd"}
# The parts an imported annotation annotates: those the labels cover.
PARTS = ["document", "sections", "references", "dates", "targets", "responsibilities"]


class LabelStudioError(ValueError):
    """A Label Studio export that cannot be read: its file and the reason."""


# --- out ---------------------------------------------------------------------------------------

def labelling_config() -> str:
    """The labelling config (XML) the tasks' results refer to."""
    labels = "\n".join(f"    <Label value={quoteattr(label)} background={quoteattr(_COLOURS[label.split(':')[0]])}/>"
                       for label in LABELS)
    return (f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{TO_NAME}" value="${TO_NAME}"/>\n</View>\n')


def _words_in(text: str, value: str | None, start: int, end: int) -> tuple[int, int] | None:
    """Where ``value``'s words stand in text[start:end], compared folded (case and old/new tone
    placement: "Văn hóa" finds "Văn hoá"), word by word ("144" in "Số: 144/KH-UBND"), whitespace
    between them free (a value joined from
    several lines: "ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK"); None if they do not."""
    want = [fold(w) for w in _TOKEN.findall(value or "")]
    if not want:
        return None
    tokens = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text, start, end)]
    for i in range(len(tokens) - len(want) + 1):
        if all(tokens[i + j][2] == w for j, w in enumerate(want)):
            return tokens[i][0], tokens[i + len(want) - 1][1]
    return None


_TOKEN = re.compile(r"\w+|[^\w\s]")  # words and punctuation marks apart ("144/KH-UBND")


def _spans(plan: PlanDocument) -> list[tuple[int, int, str]]:
    """(start, end, label) of every extraction the labels cover, in text order, each once."""
    text, header = plan.text, plan.document
    out: list[tuple[int, int, str]] = []
    # Header fields: the value's own words inside the field's span (the number's span is the whole
    # "Số: 12/KH-UBND", the issue date's "Đắk Lắk, ngày 18 tháng 11 năm 2025"); the issuer's
    # lines may run a few characters past the span (its length counts one space per line break).
    for f in HEADER_FIELDS:
        span = header.spans.get({"symbol": "number", "place": "issued_date",
                                 "parent_issuer": "issuer"}.get(f, f))
        if span is None:
            continue
        lo, hi = span.start, min(len(text), span.end + 40)
        if f == "issued_date":
            from .extract.dates import first_date
            d = first_date(text, span.start, span.end + 1)
            found = (d.start, d.end) if d else None
        elif f in ("issuer", "parent_issuer"):
            found = _words_in(text, getattr(header, f), max(0, lo - 40), hi)
        else:
            found = _words_in(text, getattr(header, f), lo, hi)
        if found:
            out.append((*found, f"document:{f}"))
    for s in plan.sections:
        if s.level == 1 and s.kind in ("section", "part") and s.heading_end > s.start:
            out.append((s.start, s.heading_end, "section"))
    out += [(r.start, r.end, f"reference:{r.relation}") for r in plan.references]
    # Full dates and recurring ones only: the annotations record no month or year alone.
    out += [(d.start, d.end, f"date:{d.role or 'other'}") for d in plan.dates
            if d.granularity in ("day", "recurring")]
    for t in plan.targets:
        # From the number to the end of the unit's words ("05 bộ dữ liệu", not "05 bộ"), as the span
        # model's TARGET spans that target_of reads back.
        unit = _words_in(text, t.unit, t.start, min(len(text), t.end + 80)) if t.unit else None
        out.append((t.start, max(t.end, unit[1]) if unit else t.end, f"target:{t.kind}"))
    for r in plan.responsibilities:
        # A responsibility's span is its whole clause or heading's section: the label goes on the
        # unit's name inside it.
        found = _words_in(text, r.unit, r.start, r.end) or _words_in(text, r.unit, 0, len(text))
        if found:
            out.append((*found, f"unit:{r.role}"))
    return sorted(set(out))


def task_of(plan: PlanDocument, source: str) -> dict[str, Any]:
    """One Label Studio task: the document's text, its source and annotation name, the
    extractions as one prediction."""
    result = [{"id": f"r{i}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
               "value": {"start": s, "end": e, "text": plan.text[s:e], "labels": [label]}}
              for i, (s, e, label) in enumerate(_spans(plan))]
    return {"data": {"text": plan.text, "source": source, "name": Path(source).stem},
            "predictions": [{"model_version": MODEL_VERSION, "result": result}]}


def write_tasks(tasks: list[dict], out: str | os.PathLike) -> Path:
    """Write the tasks to ``out`` and the labelling config beside it (``<out stem>.config.xml``),
    each atomically; the config's path."""
    out = Path(out)
    config = out.with_name(f"{out.stem}.config.xml")
    _write_atomic(config, labelling_config())
    _write_atomic(out, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return config


def _write_atomic(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# --- in ----------------------------------------------------------------------------------------

def read_export(path: str | os.PathLike) -> list[dict]:
    """The tasks of a Label Studio JSON export; :class:`LabelStudioError` naming the file and the
    reason when it is not one."""
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise LabelStudioError(f"{path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelStudioError(f"{path}: not JSON ({exc})") from None
    if isinstance(tasks, dict):
        tasks = [tasks]  # one task exported alone
    if not isinstance(tasks, list):
        raise LabelStudioError(f"{path}: not a Label Studio export (a list of tasks)")
    for n, task in enumerate(tasks, start=1):
        where = f"{path}: task {n}"
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise LabelStudioError(f"{where}: no data.text")
        if not isinstance(data.get("source"), str):
            raise LabelStudioError(f"{where}: no data.source (export the tasks of plans export-labelstudio)")
        for r in _results(task, where):
            if not isinstance(r, dict) or r.get("type") != "labels":
                continue  # another control's result (a choice, a comment): not a span
            v = r.get("value")
            if (not isinstance(v, dict) or not isinstance(v.get("start"), int) or not isinstance(v.get("end"), int)
                    or not 0 <= v["start"] <= v["end"] <= len(data["text"]) or not isinstance(v.get("labels"), list)):
                raise LabelStudioError(f"{where}: result {r.get('id')!r}: no valid value.start, end and labels")
            unknown = [x for x in v["labels"] if x not in LABELS]
            if unknown:
                raise LabelStudioError(f"{where}: result {r.get('id')!r}: unknown label {unknown[0]!r}")
    return tasks


def _results(task: dict, where: str) -> list[dict]:
    """The task's results: its last completed (not cancelled) annotation's, else its first
    prediction's."""
    chosen = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    chosen = chosen[-1:] or (task.get("predictions") or [])[:1]
    if not chosen:
        raise LabelStudioError(f"{where}: neither an annotation nor a prediction")
    result = chosen[0].get("result") if isinstance(chosen[0], dict) else None
    if not isinstance(result, list):
        raise LabelStudioError(f"{where}: an annotation without a result list")
    return result


def _words(s: str) -> str:
    return " ".join(s.split())


def annotation_of(task: dict, annotator: str = "Label Studio") -> dict[str, Any]:
    """The annotation file (corpus/annotations/README.md) of one task of a checked export."""
    from .extract.dates import find_dates, find_recurring_dates
    from .extract.header import split_issuer
    from .extract.learned import target_of
    from .extract.references import find_references
    from .resolve import inferred_issuer
    from .segment import find_items
    text = task["data"]["text"]
    spans = sorted((r["value"]["start"], r["value"]["end"], label)
                   for r in _results(task, "") if r.get("type") == "labels" for label in r["value"]["labels"])
    document: dict[str, Any] = dict.fromkeys(("doc_type", "number", "symbol", "issuer", "parent_issuer", "place",
                                              "issued_date", "title", "signing_capacity", "signer_title", "signer"))
    out: dict[str, Any] = {"source": task["data"]["source"], "annotator": annotator, "annotated": PARTS,
                           "notes": "imported from Label Studio (plans import-labelstudio)", "document": document,
                           "sections": [], "references": [], "dates": [], "targets": [], "responsibilities": []}
    for s, e, label in spans:
        kind, _, detail = label.partition(":")
        words = _words(text[s:e])
        if kind == "document":
            if detail == "issued_date":
                d = find_dates(text, s, e)
                document[detail] = d[0].value if d else words
            elif detail == "symbol":
                document[detail] = "".join(words.split())
            elif detail in ("issuer", "parent_issuer") and "\n" in text[s:e].strip():
                # Several lines: split as the header's issuer lines are (a superior body above).
                parent, issuer = split_issuer([_words(x) for x in text[s:e].split("\n") if x.strip()])
                document["issuer"] = issuer
                document["parent_issuer"] = parent or document["parent_issuer"]
            else:
                document[detail] = words
        elif kind == "section":
            # The heading read as the segmenter reads an item line ("I. MỤC ĐÍCH", "Phần II: …",
            # "A. NỘI DUNG", OCR's "HI- …").
            items = find_items(words, 0, len(words))
            label_, title = ((items[0].label, items[0].title_text.strip().rstrip(" :") or None)
                             if items and items[0].start == 0 else (words, None))
            out["sections"].append({"label": label_, "title": title})
        elif kind == "reference":
            refs = find_references(text, s, e)
            r = next((x for x in refs if x.number), refs[0] if refs else None)
            # (The issuer a symbol names where the words leave it out, as the pipeline resolves it.)
            issuer = r.issuer or inferred_issuer(r.symbol) if r else None
            out["references"].append(
                {"type": r.type if r else None, "number": r.number if r else None,
                 "symbol": r.symbol if r else None, "date": r.date if r else None,
                 "issuer": issuer, "issuer_inferred": bool(r and not r.issuer and issuer),
                 "name": r.name if r else None,
                 "relation": detail, "text": words})
        elif kind == "date":
            full = find_dates(text, s, e)
            if full:
                out["dates"].append({"text": words, "value": full[0].value, "until": full[0].until, "role": detail})
            else:
                # A recurring date's cue may stand outside its span ("ngày 15/11 hằng năm"):
                # the dates of its line, the one inside the span.
                lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
                rec = [d for d in find_recurring_dates(text, lo, len(text) if hi < 0 else hi)
                       if s <= d.start < e]
                out["dates"].append({"text": words, "granularity": "recurring", "every": rec[0].every,
                                     "month": rec[0].month, "day": rec[0].day, "role": detail} if rec
                                    else {"text": words, "value": None, "until": None, "role": detail})
        elif kind == "target":
            t = target_of(text, s, e)
            if t is None:
                out["targets"].append({"text": words, "value": None, "until": None, "unit": None, "kind": detail})
            else:
                out["targets"].append({"text": t.text, "value": t.value, "until": t.until, "unit": t.unit,
                                       "comparator": t.comparator, "indicator": t.indicator, "scope": t.scope,
                                       "deadline": t.deadline, "kind": detail})
        elif kind == "unit":
            unit = words.strip(" ,.;:-–")
            if {"unit": unit, "role": detail} not in out["responsibilities"]:
                out["responsibilities"].append({"unit": unit, "role": detail})
    return out


def import_export(path: str | os.PathLike, out_dir: str | os.PathLike, force: bool = False) -> list[Path]:
    """Write one annotation file per task of the export ``path`` into ``out_dir`` (named after the
    task's ``data.name``); an existing file is refused (:class:`LabelStudioError`) unless ``force``.
    Every task is read before any file is written."""
    tasks = read_export(path)
    out_dir = Path(out_dir)
    files = []
    for n, task in enumerate(tasks, start=1):
        name = task["data"].get("name") or Path(task["data"]["source"]).stem
        if not isinstance(name, str) or not name or "/" in name or name.startswith("."):
            raise LabelStudioError(f"{path}: task {n}: data.name {name!r} is not a file name")
        target = out_dir / f"{name}.json"
        if target.exists() and not force:
            raise LabelStudioError(f"{target}: exists (give --force to overwrite it)")
        files.append((target, annotation_of(task)))
    out_dir.mkdir(parents=True, exist_ok=True)
    for target, annotation in files:
        _write_atomic(target, json.dumps(annotation, ensure_ascii=False, indent=2) + "\n")
    return [t for t, _ in files]


def new_result_id() -> str:
    """A result id as Label Studio makes them (10 characters), for results added by hand or script."""
    return uuid.uuid4().hex[:10]
