"""`plans export-sqlite`: the dataset as one SQLite file, with an FTS5 full-text index.

Every table of the dataset becomes a table of the same name; ``search`` is an FTS5 table over
document texts, titles and section headings (one row each, with ``doc_id``, ``source`` and
``kind``), so archivists can browse it with Datasette (``datasette FILE``) or query it directly::

    SELECT source, kind, snippet(search, 3, '[', ']', '…', 12) FROM search
    WHERE search MATCH '"phòng cháy"' ORDER BY rank LIMIT 10;
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .dataset import load


def export_sqlite(dataset_dir: str | os.PathLike, file: str | os.PathLike) -> dict[str, int]:
    tables = load(dataset_dir)
    file = Path(file)
    tmp = file.with_name(f".{file.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    counts = {}
    con = sqlite3.connect(tmp)
    try:
        for name, df in tables.items():
            if name == "responsibilities":  # tasks, a list: a JSON array in SQLite (json_each reads it)
                df = df.assign(tasks=[None if v is None else json.dumps(v, ensure_ascii=False) for v in df["tasks"]])
            df.to_sql(name, con, index=False)
            counts[name] = len(df)
        for name, cols in (("documents", ("doc_id", "source")), ("sections", ("doc_id",)),
                           ("references", ("doc_id", "code")), ("dates", ("doc_id", "value"))):
            if name in tables:
                con.execute(f'CREATE INDEX "ix_{name}" ON "{name}" ({", ".join(cols)})')
        # unicode61 with diacritics kept: "hoạch" and "hoach" are different Vietnamese words.
        con.execute("CREATE VIRTUAL TABLE search USING fts5(doc_id UNINDEXED, source UNINDEXED, "
                    "kind UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 0')")
        rows = []
        if "texts" in tables:
            rows += [(r.doc_id, r.source, "text", r.text) for r in tables["texts"].itertuples()]
        if "documents" in tables:
            rows += [(r.doc_id, r.source, "title", r.title) for r in tables["documents"].itertuples()
                     if isinstance(r.title, str)]
        if "sections" in tables:
            secs = tables["sections"]
            secs = secs[secs["title"].notna()]
            rows += [(r.doc_id, r.source, f"heading {r.id}", r.title) for r in secs.itertuples()]
        con.executemany("INSERT INTO search (doc_id, source, kind, content) VALUES (?, ?, ?, ?)", rows)
        counts["search"] = len(rows)
        con.commit()
    finally:
        con.close()
    os.replace(tmp, file)
    return counts
