"""The corpus dataset: every extracted record as a table row (SPEC §3), Parquet + CSV.

``build(inputs, out_dir)`` turns files, folders and globs into one table per kind of record —
``documents``, ``sections``, ``references``, ``dates``, ``targets``, ``responsibilities``,
``recipients``, ``abbreviations``, ``warnings``, ``errors`` — and ``texts`` (each document's
normalised text, for full-text search), each row carrying ``doc_id`` and its provenance
(``source``, ``page``, ``start``, ``end``), plus ``manifest.json``.

It is incremental and safe to interrupt:
- documents are keyed by the SHA-256 of their bytes; a rerun extracts only new or changed files,
  drops the rows of removed ones, and does nothing at all when nothing changed (``force`` rebuilds);
- every finished document is appended to a journal (``DIR/.journal.jsonl``) as it completes, so a
  run killed at any moment loses no finished work: the rerun reads the journal back;
- tables are written to temporary files and renamed, the manifest last; the merge drops a
  document's old rows before adding its new ones, so redoing a half-written finish gives the same
  tables. The previous dataset stays whole until the new one replaces it.
``load(out_dir)`` reads the tables back as pandas DataFrames with the dtypes of :data:`DTYPES`.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__
from .model import SCHEMA

TABLES = ("documents", "sections", "references", "dates", "targets", "responsibilities",
          "recipients", "abbreviations", "warnings", "errors", "texts")
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".docx", ".doc", ".html", ".htm"}

# Column dtypes of the tables (pandas nullable types: missing values stay missing, not NaN).
_STR, _INT, _FLOAT, _BOOL = "string", "Int64", "Float64", "boolean"
DTYPES: dict[str, dict[str, str]] = {
    "documents": {"doc_id": _STR, "source": _STR, "format": _STR, "pages": _INT, "encoding": _STR,
                  "doc_type": _STR, "number": _STR, "symbol": _STR, "code": _STR, "issuer": _STR,
                  "issuer_expanded": _STR, "parent_issuer": _STR, "parent_issuer_expanded": _STR,
                  "place": _STR, "issued_date": _STR, "title": _STR, "signing_capacity": _STR,
                  "signer_title": _STR, "signer": _STR, "n_sections": _INT, "n_references": _INT,
                  "sha256": _STR},
    "sections": {"doc_id": _STR, "source": _STR, "item": _INT, "id": _STR, "label": _STR, "level": _INT,
                 "title": _STR, "parent": _STR, "start": _INT, "end": _INT, "kind": _STR,
                 "heading_end": _INT, "page": _INT},
    "references": {"doc_id": _STR, "source": _STR, "item": _INT, "ref_id": _STR, "type": _STR,
                   "number": _STR, "symbol": _STR, "code": _STR, "date": _STR, "issuer": _STR,
                   "subject": _STR, "relation": _STR, "short_form": _BOOL, "section": _STR,
                   "start": _INT, "end": _INT, "text": _STR, "name": _STR, "page": _INT},
    "dates": {"doc_id": _STR, "source": _STR, "item": _INT, "value": _STR, "until": _STR,
              "granularity": _STR, "role": _STR, "section": _STR, "start": _INT, "end": _INT,
              "text": _STR, "page": _INT},
    "targets": {"doc_id": _STR, "source": _STR, "item": _INT, "value": _FLOAT, "unit": _STR,
                "comparator": _STR, "indicator": _STR, "scope": _STR, "deadline": _STR, "section": _STR,
                "start": _INT, "end": _INT, "text": _STR, "page": _INT},
    "responsibilities": {"doc_id": _STR, "source": _STR, "item": _INT, "unit": _STR, "unit_expanded": _STR,
                         "role": _STR, "tasks": _STR, "deadline": _STR, "section": _STR, "start": _INT,
                         "end": _INT, "page": _INT},
    "recipients": {"doc_id": _STR, "source": _STR, "item": _INT, "name": _STR, "purpose": _STR,
                   "start": _INT, "end": _INT},
    "abbreviations": {"doc_id": _STR, "source": _STR, "item": _INT, "short": _STR, "long": _STR,
                      "source_kind": _STR, "start": _INT, "end": _INT},
    "warnings": {"doc_id": _STR, "source": _STR, "item": _INT, "code": _STR, "message": _STR, "start": _INT},
    "errors": {"source": _STR, "sha256": _STR, "reason": _STR},
    "texts": {"doc_id": _STR, "source": _STR, "text": _STR},
}


def collect_inputs(inputs: list[str]) -> list[Path]:
    """Files named, found under folders (recursively) or matched by globs; sorted, unique."""
    found: list[Path] = []
    for item in inputs:
        matches = glob.glob(item, recursive=True) if any(c in item for c in "*?[") else [item]
        for m in matches:
            p = Path(m)
            if p.is_dir():
                found += [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES]
            else:
                found.append(p)
    return sorted(set(found))


def document_rows(doc: dict) -> dict[str, list[dict]]:
    """The rows of every table for one extracted document (its ``to_dict()``)."""
    meta = doc["document"]
    doc_id, source = meta["doc_id"], meta["source"]
    rows: dict[str, list[dict]] = {}
    header = {k: v for k, v in meta.items() if k != "spans"}
    header["n_sections"] = len(doc["sections"])
    header["n_references"] = len(doc["references"])
    rows["documents"] = [header]
    for table in ("sections", "references", "dates", "targets", "responsibilities", "recipients",
                  "abbreviations", "warnings"):
        rows[table] = []
        for i, item in enumerate(doc.get(table, [])):
            row = {"doc_id": doc_id, "source": source, "item": i}
            for k, v in item.items():
                if table == "abbreviations" and k == "source":
                    k = "source_kind"  # "inline" | "lexicon", not the file
                row[k] = "; ".join(v) if isinstance(v, list) else v
            rows[table].append(row)
    return rows


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    cols = DTYPES[table]
    df = pd.DataFrame(rows)
    for c in cols:
        if c not in df.columns:
            df[c] = pd.NA
    df = df[list(cols) + [c for c in df.columns if c not in cols]]
    return df.astype({c: t for c, t in cols.items()})


def _write_atomic(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    if path.suffix == ".parquet":
        df.to_parquet(tmp, index=False)
    else:
        df.to_csv(tmp, index=False)
    os.replace(tmp, path)


def _write_json_atomic(obj, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


@dataclass
class BuildResult:
    documents: int = 0  # documents with rows in the dataset after the run
    errors: list[dict] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    extracted: int = 0  # documents processed in this run
    reused: int = 0  # unchanged documents kept from the previous run
    removed: int = 0
    elapsed: float = 0.0
    unchanged: bool = False


def _load_manifest(out: Path) -> dict | None:
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("schema") != SCHEMA or manifest.get("package_version") != __version__:
        return None  # another extractor made it: rebuild everything
    return manifest


def _read_journal(path: Path) -> dict[str, dict]:
    """Finished documents of an interrupted run: source → {"sha256", "rows"|"error", "text"}."""
    done: dict[str, dict] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # the line being written when the run was killed
                done[entry["source"]] = entry
    except OSError:
        pass
    return done


def build(inputs: list[str], out_dir: str | os.PathLike, *, jobs: int = 1, force: bool = False,
          timeout: float = 120.0, max_bytes: int | None = None, dask_scheduler: str | None = None,
          progress: bool | None = None) -> BuildResult:
    """Build (or update) the dataset in ``out_dir`` from ``inputs``; see the module doc."""
    from .batch import Outcome, Task, WorkerPool, run_dask
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = collect_inputs(inputs)
    hashes = {str(p): sha256_file(p) for p in files}
    manifest = None if force else _load_manifest(out)
    previous: dict[str, dict] = (manifest or {}).get("inputs", {})
    have_tables = manifest is not None and all((out / f"{t}.parquet").exists() for t in TABLES)
    if not have_tables:
        previous = {}
    todo = [s for s, h in hashes.items() if previous.get(s, {}).get("sha256") != h]
    removed = [s for s in previous if s not in hashes]
    result = BuildResult(reused=len(hashes) - len(todo), removed=len(removed))
    journal_path = out / ".journal.jsonl"
    if not todo and not removed:
        result.unchanged = True
        result.documents = sum(1 for v in previous.values() if v.get("status") == "ok")
        result.errors = [{"source": s, "reason": v.get("reason")} for s, v in previous.items()
                         if v.get("status") == "error"]
        result.rows = manifest.get("rows", {})
        result.elapsed = time.perf_counter() - started
        return result

    # Finished work of an interrupted run (same bytes) is taken back; the rest is extracted.
    journal = {s: e for s, e in _read_journal(journal_path).items() if e.get("sha256") == hashes.get(s)}
    outcomes: dict[str, Outcome] = {}
    for s in todo:
        e = journal.get(s)
        if e is not None:
            outcomes[s] = Outcome(s, e["sha256"], rows=e.get("rows"), text=e.get("text"), error=e.get("error"))
    tasks = [Task(s, hashes[s], max_bytes=max_bytes) for s in todo if s not in outcomes]

    bar = None
    if progress is None:
        progress = os.isatty(2)
    if progress and tasks:
        from tqdm import tqdm
        bar = tqdm(total=len(tasks), unit="doc", desc="plans build")
    with open(journal_path, "a", encoding="utf-8") as jfh:
        def on_outcome(o: Outcome) -> None:
            outcomes[o.source] = o
            entry = {"source": o.source, "sha256": o.sha256}
            if o.error is not None:
                entry["error"] = o.error
            else:
                entry["rows"] = o.rows
                entry["text"] = o.text
            jfh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            jfh.flush()
            if bar is not None:
                bar.update(1)
        engine = {"engine": "local", "jobs": jobs}
        if tasks:
            if dask_scheduler:
                engine = run_dask(tasks, dask_scheduler, timeout, jobs, on_outcome)
            else:
                WorkerPool(jobs, timeout).run(tasks, on_outcome)
    if bar is not None:
        bar.close()
    result.extracted = len(tasks)

    # Merge: previous rows minus those of changed and removed documents, plus the new rows.
    dropped = set(todo) | set(removed)
    new_rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for s in sorted(outcomes):
        o = outcomes[s]
        if o.error is not None:
            new_rows["errors"].append({"source": s, "sha256": o.sha256, "reason": o.error})
            continue
        for table, rows in o.rows.items():
            new_rows[table] += rows
        new_rows["documents"][-1]["sha256"] = o.sha256
        new_rows["texts"].append({"doc_id": o.rows["documents"][0]["doc_id"], "source": s, "text": o.text})
    for table in TABLES:
        frames = []
        if have_tables:
            old = pd.read_parquet(out / f"{table}.parquet")
            frames.append(old[~old["source"].isin(dropped)])
        frames.append(_frame(table, new_rows[table]))
        nonempty = [f for f in frames if len(f)]
        df = pd.concat(nonempty, ignore_index=True) if nonempty else _frame(table, [])
        sort_cols = ["source"] + (["item"] if "item" in df.columns else [])
        df = df.sort_values(sort_cols, kind="stable").reset_index(drop=True)
        _write_atomic(df, out / f"{table}.parquet")
        _write_atomic(df.drop(columns=["text"]) if table == "texts" else df, out / f"{table}.csv")
        result.rows[table] = len(df)

    inputs_state = {s: v for s, v in previous.items() if s not in dropped}
    for s, o in outcomes.items():
        if o.error is not None:
            inputs_state[s] = {"sha256": o.sha256, "status": "error", "reason": o.error}
        else:
            inputs_state[s] = {"sha256": o.sha256, "status": "ok", "doc_id": o.rows["documents"][0]["doc_id"]}
    result.documents = sum(1 for v in inputs_state.values() if v["status"] == "ok")
    result.errors = [{"source": s, "reason": v["reason"]} for s, v in sorted(inputs_state.items())
                     if v["status"] == "error"]
    result.elapsed = time.perf_counter() - started
    _write_json_atomic({
        "schema": SCHEMA, "package_version": __version__,
        "documents": result.documents, "errors": len(result.errors), "rows": result.rows,
        "run": {"extracted": result.extracted, "reused": result.reused, "removed": result.removed,
                "elapsed_seconds": round(result.elapsed, 3), **engine},
        "inputs": dict(sorted(inputs_state.items())),
    }, out / "manifest.json")
    journal_path.unlink(missing_ok=True)
    return result


def load(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The dataset's tables as DataFrames (dtypes of :data:`DTYPES`), keyed by table name."""
    out = Path(out_dir)
    tables = {}
    for t in TABLES:
        path = out / f"{t}.parquet"
        if path.exists():
            tables[t] = _frame(t, []) if path.stat().st_size == 0 else pd.read_parquet(path).astype(
                {c: d for c, d in DTYPES[t].items()})
    return tables
