"""The Datasette ``metadata.json`` of a SQLite export: what each table and column means, the
searches, and canned queries for the questions archivists ask first.

``datasette plans.sqlite -m plans.metadata.json`` then shows each table with its description and
its columns', searches ``search_content`` diacritic-insensitively from its search box
(``fts_table`` ``search_folded``; ``?_fts_table=search`` for the exact index), and lists the canned
queries of :func:`canned_queries`:

- ``documents_citing_code``: the documents citing a code, by ``code_key`` ("20/NQ-TW");
- ``most_cited_codes``: the codes cited by the most documents;
- ``targets_by_indicator``: the aims (targets of kind ``target``) whose clause holds the words
  given, diacritics optional;
- ``units_by_tasks``: units (by ``unit_key``) by their number of tasks;
- ``plans_by_issuer_and_year``: plans (``doc_type`` KẾ HOẠCH) counted by issuer and year;
- ``plans_in_year``: the plans of a year;
- ``full_text`` and ``full_text_exact``: full-text search with snippets, diacritics optional or
  as typed (not named ``search``: a canned query hides the table of its name).

Descriptions come from the data dictionary (``pipeline/schemas/columns.json``) and, for the
tables the export adds, ``pipeline/data/descriptions.json``.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from .vocab import load_json

SOURCE = "plans export-sqlite"  # the metadata's "source": what marks it as an export's own


def descriptions() -> dict[str, dict]:
    """Table → {"description": str, "columns": {column: str}}: the dataset's tables from the data
    dictionary (``pipeline/schemas/columns.json``, the source of docs/dataset.md), the tables the
    export adds (``search_content``, ``plans_export``) from ``pipeline/data/descriptions.json``."""
    from .contract import columns as column_descriptions
    out = {table: {"description": t["description"],
                   "columns": {c: col["description"] for c, col in t["columns"].items()}}
           for table, t in column_descriptions().items()}
    out.update(load_json("descriptions.json")["tables"])
    return out


def _fts_phrase(param: str) -> str:
    """SQL for an FTS5 phrase query of a canned query's parameter: the words given, in order, as
    typed (quoted, so punctuation and FTS5 operators in it are taken as text, not syntax)."""
    return f"""'"' || replace(:{param}, '"', '""') || '"'"""


# A responsibility's number of tasks, from its JSON array, or from a "; "-joined string (the
# dataset's form before tasks became an array: the separators counted, an approximation, since a
# task may hold "; " itself).
N_TASKS = """CASE WHEN tasks IS NULL OR trim(tasks) IN ('', '[]') THEN 0
            WHEN substr(ltrim(tasks), 1, 1) = '[' AND json_valid(tasks) THEN json_array_length(tasks)
            ELSE (length(tasks) - length(replace(tasks, '; ', ''))) / 2 + 1 END"""


def canned_queries(tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Datasette canned queries over an export of ``tables``. Where the documents have a
    ``work_id`` column, counts of works are given beside counts of files."""
    doc_columns = set(tables["documents"].columns) if "documents" in tables else set()
    works = "work_id" in doc_columns
    plan = "d.doc_type = 'KẾ HOẠCH'"
    return {
        "documents_citing_code": {
            "title": "Documents citing a code",
            "description": "The documents that cite a document by its code, given as its code_key: the number "
                           "without leading zeros, then the symbol in capitals with its parts joined by \"-\" "
                           "(\"20/NQ-TW\", \"98/2023/NĐ-CP\", \"31/KH-LĐLĐ\"); most_cited_codes lists them.",
            "sql": """SELECT d.source, d.doc_id, d.doc_type, d.code, d.issuer, d.issued_date, d.title,
       group_concat(DISTINCT r.relation) AS relations, count(*) AS citations
FROM "references" AS r JOIN documents AS d ON d.source = r.source
WHERE r.code_key = :code_key
GROUP BY d.source
ORDER BY d.issued_date, d.source""",
        },
        "most_cited_codes": {
            "title": "Most cited codes",
            "description": "Codes (code_key) by the number of documents citing them: distinct texts (copies of "
                           "one file count once)" + (", and distinct works (renderings of one document count "
                                                     "once)" if works else "") + ".",
            "sql": f"""SELECT r.code_key, min(r.code) AS code_as_written, min(r.type) AS type,
       count(DISTINCT r.doc_id) AS citing_texts{", count(DISTINCT d.work_id) AS citing_works" if works else ""}
FROM "references" AS r JOIN documents AS d ON d.source = r.source
WHERE r.code_key IS NOT NULL
GROUP BY r.code_key
ORDER BY {"citing_works DESC, " if works else ""}citing_texts DESC, r.code_key
LIMIT 200""",
        },
        "targets_by_indicator": {
            "title": "Targets by indicator",
            "description": "Aims (targets of kind target, not achieved figures or thresholds) whose clause holds "
                           "the words given, in order, with or without diacritics (\"ty le ho ngheo\").",
            "sql": f"""SELECT t.indicator, t.comparator, t.value, t.until, t.unit, t.deadline,
       d.doc_type, d.issuer, d.issued_date, t.source, t.item, t.text
FROM search_folded
JOIN search_content AS c ON c.id = search_folded.rowid
JOIN targets AS t ON t.source = c.source AND t.item = c.item
JOIN documents AS d ON d.source = t.source
WHERE search_folded MATCH {_fts_phrase("indicator")} AND c.kind = 'target' AND t.kind = 'target'
ORDER BY t.indicator, d.issued_date, t.source, t.item""",
        },
        "units_by_tasks": {
            "title": "Units by number of tasks",
            "description": "Units (grouped by unit_key) by the number of tasks given them, with the documents "
                           "naming them and one spelling as written.",
            "sql": f"""SELECT coalesce(unit_key, unit) AS unit_key, min(unit) AS unit_as_written,
       sum({N_TASKS}) AS tasks,
       count(DISTINCT doc_id) AS documents, count(*) AS mentions
FROM responsibilities
GROUP BY 1
ORDER BY tasks DESC, documents DESC, 1
LIMIT 200""",
        },
        "plans_by_issuer_and_year": {
            "title": "Plans by issuer and year",
            "description": "Plans (doc_type KẾ HOẠCH) counted by issuer and year of issue.",
            "sql": f"""SELECT coalesce(d.issuer_expanded, d.issuer) AS issuer, substr(d.issued_date, 1, 4) AS year,
       count(*) AS files, count(DISTINCT d.doc_id) AS texts{", count(DISTINCT d.work_id) AS works" if works else ""}
FROM documents AS d
WHERE {plan}
GROUP BY 1, 2
ORDER BY year DESC, files DESC, issuer""",
        },
        "plans_in_year": {
            "title": "Plans of a year",
            "description": "The plans (doc_type KẾ HOẠCH) issued in a year (\"2025\"), by issuer.",
            "sql": f"""SELECT coalesce(d.issuer_expanded, d.issuer) AS issuer, d.code, d.issued_date, d.title, d.source
FROM documents AS d
WHERE {plan} AND substr(d.issued_date, 1, 4) = :year
ORDER BY issuer, d.issued_date, d.source""",
        },
        "full_text": {
            "title": "Search, diacritics optional",
            "description": "Texts, titles, headings, citations, target clauses, units and tasks holding the words "
                           "given, in order, with or without diacritics: \"phong chay\" finds \"phòng cháy\", "
                           "\"dau tu\" finds \"đầu tư\".",
            "sql": f"""SELECT c.kind, c.source, c.item, snippet(search_folded, -1, '[', ']', '…', 12) AS snippet
FROM search_folded JOIN search_content AS c ON c.id = search_folded.rowid
WHERE search_folded MATCH {_fts_phrase("q")}
ORDER BY rank, c.id
LIMIT 200""",
        },
        "full_text_exact": {
            "title": "Search, exact",
            "description": "As full_text, with diacritics as typed: \"hoạch\" does not find \"hoach\".",
            "sql": f"""SELECT c.kind, c.source, c.item, snippet(search, 3, '[', ']', '…', 12) AS snippet
FROM search JOIN search_content AS c ON c.id = search.rowid
WHERE search MATCH {_fts_phrase("q")}
ORDER BY rank, c.id
LIMIT 200""",
        },
    }


def metadata_for(file: str | os.PathLike, tables: dict[str, pd.DataFrame]) -> dict:
    """Datasette metadata for the export ``file`` of ``tables`` (the database is named by the file's
    stem, as Datasette names it)."""
    described = descriptions()
    meta_tables: dict[str, dict] = {}
    for name in [*tables, "search_content", "plans_export"]:
        columns = list(tables[name].columns) if name in tables else list(described.get(name, {}).get("columns", {}))
        entry = described.get(name, {})
        meta_tables[name] = {"description": entry.get("description", ""),
                             "columns": {c: entry["columns"][c] for c in columns if c in entry.get("columns", {})}}
    if "documents" in meta_tables:
        meta_tables["documents"]["label_column"] = "title"
    meta_tables["search_content"].update(fts_table="search_folded", fts_pk="id")
    meta_tables["search"] = {"description": "The exact full-text index of search_content (diacritics kept)."}
    meta_tables["search_folded"] = {"description": "The diacritic-insensitive full-text index of search_content "
                                                   "(unicode61 remove_diacritics 2, đ read as d)."}
    return {
        "title": "Vietnamese plan documents",
        "description": "Plans (Kế hoạch) and related documents of Vietnamese administrations, extracted by plans: "
                       "headers, sections, citations, dates, targets, responsibilities, with the characters "
                       "each value came from.",
        "source": SOURCE,
        "databases": {Path(file).stem: {"tables": meta_tables, "queries": canned_queries(tables)}},
    }


def is_own_metadata(path: str | os.PathLike) -> bool:
    """Whether ``path`` is metadata an export wrote (its "source" is :data:`SOURCE`)."""
    try:
        meta = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and meta.get("source") == SOURCE


def write_json_atomic(data: dict, path: str | os.PathLike) -> None:
    """Write ``data`` as JSON to ``path`` under a temporary name, synced, then renamed into place."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
