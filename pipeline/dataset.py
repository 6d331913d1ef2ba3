"""The corpus dataset: every extracted record as a table row (SPEC §3), Parquet + CSV.

``build(inputs, out_dir)`` extracts each input document and writes one table per kind of record
(``documents``, ``sections``, ``references``, ``dates``, ``targets``, ``responsibilities``,
``recipients``, ``abbreviations``, ``warnings``, ``errors``), each row with ``doc_id`` and its
provenance (``source``, ``page``, ``start``, ``end``), plus ``manifest.json``. Files are written to
a temporary name and renamed, so an interrupted run leaves the previous tables whole.
``load(out_dir)`` reads the tables back as pandas DataFrames.
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
from .ingest import IngestError
from .model import SCHEMA

TABLES = ("documents", "sections", "references", "dates", "targets", "responsibilities",
          "recipients", "abbreviations", "warnings", "errors")
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".docx", ".doc", ".html", ".htm"}


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
    seen, out = set(), []
    for p in sorted(found):
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def document_rows(doc: dict) -> dict[str, list[dict]]:
    """The rows of every table for one extracted document (its ``to_dict()``)."""
    meta = doc["document"]
    doc_id, source = meta["doc_id"], meta["source"]
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    header = {k: v for k, v in meta.items() if k != "spans"}
    header["n_sections"] = len(doc["sections"])
    header["n_references"] = len(doc["references"])
    rows["documents"].append(header)
    for table in TABLES[1:-1]:
        for i, item in enumerate(doc.get(table, [])):
            row = {"doc_id": doc_id, "source": source, "item": i}
            for k, v in item.items():
                row[k] = "; ".join(v) if isinstance(v, list) else v
            rows[table].append(row)
    return rows


def _write_atomic(df: pd.DataFrame, path: Path, kind: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    if kind == "parquet":
        df.to_parquet(tmp, index=False)
    else:
        df.to_csv(tmp, index=False)
    os.replace(tmp, path)


@dataclass
class BuildResult:
    documents: int = 0
    errors: list[dict] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0


def build(inputs: list[str], out_dir: str | os.PathLike, progress: bool | None = None) -> BuildResult:
    from .api import extract
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = collect_inputs(inputs)
    started = time.perf_counter()
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    hashes = {}
    iterator = files
    if progress is None:
        progress = os.isatty(2)
    if progress:
        from tqdm import tqdm
        iterator = tqdm(files, unit="doc", desc="plans build")
    result = BuildResult()
    for path in iterator:
        try:
            data = path.read_bytes()
            hashes[str(path)] = hashlib.sha256(data).hexdigest()
            doc = extract(path).to_dict()
        except IngestError as exc:
            tables["errors"].append({"source": str(path), "reason": exc.reason})
            continue
        except Exception as exc:  # a bug in one document must not lose the others
            tables["errors"].append({"source": str(path), "reason": f"internal error: {type(exc).__name__}: {exc}"})
            continue
        for table, rows in document_rows(doc).items():
            tables[table] += rows
        result.documents += 1
    result.errors = tables["errors"]
    for table, rows in tables.items():
        df = pd.DataFrame(rows)
        if table == "errors" and df.empty:
            df = pd.DataFrame(columns=["source", "reason"])
        _write_atomic(df, out / f"{table}.parquet", "parquet")
        _write_atomic(df, out / f"{table}.csv", "csv")
        result.rows[table] = len(df)
    result.elapsed = time.perf_counter() - started
    manifest = {"schema": SCHEMA, "package_version": __version__, "documents": result.documents,
                "errors": len(result.errors), "rows": result.rows,
                "elapsed_seconds": round(result.elapsed, 3), "inputs": hashes}
    tmp = out / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, out / "manifest.json")
    return result


def load(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The dataset's tables as DataFrames, keyed by table name."""
    out = Path(out_dir)
    return {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES if (out / f"{t}.parquet").exists()}
