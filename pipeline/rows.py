"""The rows of the dataset's tables for one extracted document (no pandas here: workers and Dask
guard processes build rows without importing it), and :func:`records`, the way back from a table
(pandas imported when called)."""
from __future__ import annotations

TABLES = ("documents", "sections", "references", "dates", "targets", "responsibilities",
          "recipients", "abbreviations", "warnings", "errors", "texts")


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
                # A list (a responsibility's tasks) stays a list: a list<string> column in Parquet,
                # a JSON array in CSV (a task may hold "; " itself: no joined string splits back).
                row[k] = v
            rows[table].append(row)
    return rows


def records(df) -> list[dict]:
    """A DataFrame's rows as dicts with None for missing values (pandas' NA, NaN)."""
    import pandas as pd
    return [{k: (None if v is pd.NA or (isinstance(v, float) and v != v) else v) for k, v in r.items()}
            for r in df.to_dict("records")]
