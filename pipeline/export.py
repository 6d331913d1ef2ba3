"""`plans export-sqlite`: the dataset as one SQLite file that searches like an archive.

Every table of the dataset becomes a table of the same name, typed from its dtypes, with
- a **primary key**: ``source`` for ``documents``, ``texts`` and ``errors`` (one row per file),
  ``(source, item)`` for the tables of extracted items (``item`` numbers a document's rows),
  ``(citing_source, ref_id)`` for ``links``. Not ``doc_id``: it is the SHA-256 of the normalised
  text, so two copies of one file (in two folders) share it while being two rows of each table;
- **foreign keys** from every table's ``source`` (``links``: ``citing_source``, ``cited_source``)
  to ``documents(source)``;
- **indexes** on what people join and filter on: ``doc_id`` everywhere, ``code_key`` and ``code``,
  ``unit_key``, ``issuer``, ``issued_date`` and its year (``substr(issued_date, 1, 4)``), ``doc_type``,
  a target's ``kind`` and ``indicator``, a date's ``value``, the links' cited document and work.

Full text: ``search_content`` holds one row per searchable text — a document's ``text`` and
``title``, a section ``heading``, a ``reference`` (the citation as written), a ``target`` (its
clause), a responsibility's ``unit`` and each of its ``task`` s — with ``doc_id``, ``source``,
``kind`` and ``item`` (the row of the table it comes from). Two FTS5 indexes read it (external
content, so each text is stored once):
- ``search``: exact, diacritics kept (``unicode61 remove_diacritics 0``): "hoạch" is not "hoach";
- ``search_folded``: diacritic-insensitive (``unicode61 remove_diacritics 2``): "phong chay" finds
  "phòng cháy", "hoa" finds "hóa" and "hoá". FTS5 does not fold "đ" to "d" (U+0111 is a letter of
  its own, not "d" with a combining mark: it has no decomposition), so the index also reads
  ``content_folded``, the text with đ/Đ written d/D: "dau tu" finds "đầu tư", and "đầu tư" still
  finds it through ``content``.

The file is marked as this command's (``PRAGMA application_id`` = :data:`APPLICATION_ID`,
``user_version`` = :data:`FORMAT`, and a ``plans_export`` table); the command overwrites such a
file, and refuses any other (:class:`ExportError`). It is written under a temporary name and
renamed into place, with the Datasette ``metadata.json`` of :mod:`pipeline.archive` beside it.
"""
from __future__ import annotations

import contextlib
import glob
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .dataset import DatasetError, load

APPLICATION_ID = 0x504C4E53  # "PLNS": PRAGMA application_id of a plans export
FORMAT = 2  # PRAGMA user_version: 1 was the unkeyed export (tables and one exact FTS table)

# Each table's primary key; a table of items is keyed by (source, item) (see the module docstring).
KEYS: dict[str, tuple[str, ...]] = {"documents": ("source",), "texts": ("source",), "errors": ("source",),
                                    "links": ("citing_source", "ref_id"), "works": ("work_id",)}
# Columns pointing at documents(source).
_DOCUMENT_REFS = {"links": ("citing_source", "cited_source")}
# Indexes: (table, columns or an SQL expression). A column a dataset lacks is skipped.
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ("code_key",)), ("documents", ("code",)), ("documents", ("issuer",)),
    ("documents", ("issued_date",)), ("documents", ("doc_type", "issued_date")), ("documents", ("work_id",)),
    ("references", ("code_key",)), ("references", ("code",)), ("references", ("type",)),
    ("responsibilities", ("unit_key",)), ("targets", ("kind", "indicator")), ("dates", ("value",)),
    ("links", ("cited_source",)), ("links", ("cited_work_id",)), ("sections", ("source", "id")),
)
# The year of issue, for "plans by issuer and year" (the canned query uses the same expression).
YEAR = "substr(issued_date, 1, 4)"

_SQL_TYPES = {"string": "TEXT", "Int64": "INTEGER", "Float64": "REAL", "boolean": "INTEGER",
              "int64": "INTEGER", "float64": "REAL", "bool": "INTEGER", "object": "TEXT", "str": "TEXT"}
_SQLITE_HEADER = b"SQLite format 3\x00"


class ExportError(DatasetError):
    """An export that cannot be written as asked (an existing file that is not a plans export);
    the command line prints the message and exits 2."""


def export_sqlite(dataset_dir: str | os.PathLike, file: str | os.PathLike,
                  metadata: str | os.PathLike | None | bool = True) -> dict[str, int]:
    """Write the dataset at ``dataset_dir`` to the SQLite ``file``, and the Datasette metadata to
    ``metadata`` (True: beside it, :func:`metadata_path`; None or False: not written). Returns the
    rows of each table written (and ``search``: those of ``search_content``).

    An existing ``file`` (or metadata file) not written by this command raises
    :class:`ExportError` before anything is written; both are written under temporary names and
    renamed into place, so a failed or killed export leaves the old ones whole (a failure to
    write, a full disk, is an :class:`ExportError` naming the file)."""
    from .archive import is_own_metadata, metadata_for, write_json_atomic
    file = Path(file)
    meta_file = metadata_path(file) if metadata is True else (Path(metadata) if metadata else None)
    _check_overwrite(file)
    if meta_file is not None and meta_file.exists() and not is_own_metadata(meta_file):
        raise ExportError(f"{meta_file}: exists and is not a plans export's metadata; remove it or pass "
                          "another --metadata file")
    tables = load(dataset_dir)
    _remove_stale_temporaries(file, meta_file)
    tmp = file.with_name(f".{file.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        counts = _write(tables, tmp, _manifest(dataset_dir))
        if meta_file is not None:
            write_json_atomic(metadata_for(file, tables), meta_file)
        os.replace(tmp, file)
    except (OSError, sqlite3.Error) as exc:  # a full disk, a folder not writable
        raise ExportError(f"{file}: cannot write the export: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def metadata_path(file: str | os.PathLike) -> Path:
    """Where the Datasette metadata of an export goes by default: ``plans.sqlite`` →
    ``plans.metadata.json`` (``datasette plans.sqlite -m plans.metadata.json``)."""
    file = Path(file)
    return file.with_name(f"{file.stem}.metadata.json")


def is_own_export(file: str | os.PathLike) -> bool:
    """Whether ``file`` may be overwritten by an export: an empty file (nothing to lose), a SQLite
    file marked with :data:`APPLICATION_ID`, or an export of the first format (unmarked: a
    ``documents`` table and an FTS5 ``search`` table)."""
    with open(file, "rb") as fh:
        head = fh.read(100)
    if not head:
        return True
    if len(head) < 100 or not head.startswith(_SQLITE_HEADER):
        return False
    if int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return True
    if int.from_bytes(head[68:72], "big") != 0:
        return False
    try:
        con = sqlite3.connect(f"{Path(file).resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return "documents" in names and "using fts5" in (names.get("search") or "").lower()


def _remove_stale_temporaries(*files: Path | None) -> None:
    """Remove the temporary files (``.NAME.tmp-PID``) of exports to these files that were killed:
    those whose writer is no longer running (a live one's is its own to finish or remove)."""
    for file in files:
        if file is None:
            continue
        for tmp in file.parent.glob(f".{glob.escape(file.name)}.tmp-*"):
            pid = tmp.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _running(int(pid)):
                tmp.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _check_overwrite(file: Path) -> None:
    if not file.parent.is_dir():
        raise ExportError(f"{file}: no such folder {file.parent}")
    if file.is_dir():
        raise ExportError(f"{file}: is a folder; name the SQLite file to write")
    if file.exists() and not is_own_export(file):
        raise ExportError(f"{file}: exists and is not a plans export (plans export-sqlite overwrites only "
                          "its own files); remove it or choose another file")


def _manifest(dataset_dir: str | os.PathLike) -> dict:
    with contextlib.suppress(OSError, ValueError):
        manifest = json.loads((Path(dataset_dir) / "manifest.json").read_text(encoding="utf-8"))
        if isinstance(manifest, dict):
            return manifest
    return {}


def _write(tables: dict[str, pd.DataFrame], path: Path, manifest: dict) -> dict[str, int]:
    counts: dict[str, int] = {}
    con = sqlite3.connect(path)
    try:
        # A new file, renamed into place only when whole: no journal needed while it is written;
        # it is synced once at the end.
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {FORMAT}")
        names = sorted(tables, key=lambda n: n != "documents")  # the parent table first
        for name in names:
            counts[name] = _write_table(con, name, tables[name], has_documents="documents" in tables)
        for name, cols in INDEXES:
            if name in tables and all(c in tables[name].columns for c in cols):
                con.execute(f'CREATE INDEX "ix_{name}_{"_".join(cols)}" ON "{name}" ({_columns(cols)})')
        if "documents" in tables and "issued_date" in tables["documents"].columns:
            con.execute(f"CREATE INDEX ix_documents_year ON documents ({YEAR})")
        for name, df in tables.items():
            if "doc_id" in df.columns:
                con.execute(f'CREATE INDEX "ix_{name}_doc_id" ON "{name}" (doc_id)')
        counts["search"] = _write_search(con, tables, has_documents="documents" in tables)
        con.execute("CREATE TABLE plans_export (key TEXT PRIMARY KEY, value TEXT)")
        meta = {"writer": "plans export-sqlite", "plans_version": __version__, "format": str(FORMAT),
                "schema": str(manifest.get("schema", "")), "fingerprint": str(manifest.get("fingerprint", "")),
                "rows": json.dumps(counts, sort_keys=True)}
        con.executemany("INSERT INTO plans_export VALUES (?, ?)", sorted(meta.items()))
        con.commit()
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:  # a dataset whose rows name a file documents lacks: not loadable anyway
            raise ExportError(f"{path}: {len(problems)} rows point at no document (first: {problems[0]})")
    finally:
        con.close()
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
    return counts


def _columns(cols: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _write_table(con: sqlite3.Connection, name: str, df: pd.DataFrame, has_documents: bool) -> int:
    cols = list(df.columns)
    defs = [f'"{c}" {_SQL_TYPES.get(str(df[c].dtype), "")}'.rstrip() for c in cols]
    key = KEYS.get(name) or (("source", "item") if {"source", "item"} <= set(cols) else None)
    if key and set(key) <= set(cols):
        defs.append(f"PRIMARY KEY ({_columns(key)})")
    if has_documents and name not in ("documents", "errors"):
        for c in _DOCUMENT_REFS.get(name, ("source",)):
            if c in cols:
                defs.append(f'FOREIGN KEY ("{c}") REFERENCES documents (source)')
    con.execute(f'CREATE TABLE "{name}" ({", ".join(defs)})')
    marks = ", ".join("?" * len(cols))
    try:
        con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', _rows(df))
    except sqlite3.IntegrityError as exc:
        raise ExportError(f"table {name}: {exc} (the dataset holds two rows with one key {key}; rebuild it "
                          "with plans build --force)") from None
    return len(df)


def _rows(df: pd.DataFrame) -> Iterator[tuple]:
    """The rows as SQLite values: NA as NULL, numpy scalars as Python ones, a list cell (a
    Parquet list column) as a JSON array, as in the CSV files."""
    for row in df.itertuples(index=False, name=None):
        yield tuple(_value(v) for v in row)


def _value(v: object) -> object:
    if isinstance(v, (list, tuple, np.ndarray)):
        return json.dumps([_value(x) for x in v], ensure_ascii=False)
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, np.generic):
        return v.item()
    return v


FOLD_D_SQL = "replace(replace(content, 'đ', 'd'), 'Đ', 'D')"  # fold_d of search_content.content


def fold_d(text: str) -> str:
    """``text`` with đ/Đ written d/D: the one Vietnamese letter FTS5's ``remove_diacritics`` keeps
    (see the module docstring). A query for the folded index is folded the same way by its
    tokenizer, except for đ: search "dau tu", or "đầu tư" (found through the exact column)."""
    return text.replace("đ", "d").replace("Đ", "D")


def task_list(cell: object) -> list[str]:
    """A responsibility's tasks from its cell: a JSON array (the dataset's form: a task may hold
    "; "), a list (a Parquet list column), or a string of another form, taken whole (a "; "-joined
    string cannot be split back: a task may hold "; " itself)."""
    if isinstance(cell, (list, tuple, np.ndarray)):
        return [str(t) for t in cell if t is not None]
    if not isinstance(cell, str) or not cell.strip():
        return []
    text = cell.strip()
    if text.startswith("["):
        with contextlib.suppress(ValueError):
            tasks = json.loads(text)
            if isinstance(tasks, list):
                return [str(t) for t in tasks if t is not None]
    return [text]


# The text each table gives the search, as (table, kind, column); responsibilities give one
# "task" row per task besides.
_SEARCHED = (("texts", "text", "text"), ("documents", "title", "title"), ("sections", "heading", "title"),
             ("references", "reference", "text"), ("targets", "target", "text"),
             ("responsibilities", "unit", "unit"))


def search_rows(tables: dict[str, pd.DataFrame]) -> Iterator[tuple[str, str, str, int | None, str]]:
    """The rows of ``search_content``: (doc_id, source, kind, item, content), item the row's
    ``item`` in its table (None for a text or a title)."""
    for table, kind, column in _SEARCHED:
        df = tables.get(table)
        if df is None or column not in df.columns:
            continue
        items = df["item"] if "item" in df.columns else pd.Series([None] * len(df), index=df.index)
        for doc_id, source, item, content in zip(df["doc_id"], df["source"], items, df[column]):
            if isinstance(content, str) and content.strip():
                yield doc_id, source, kind, _item(item), content
    df = tables.get("responsibilities")
    if df is not None and "tasks" in df.columns:
        for doc_id, source, item, cell in zip(df["doc_id"], df["source"], df["item"], df["tasks"]):
            for task in task_list(cell):
                if task.strip():
                    yield doc_id, source, "task", _item(item), task


def _item(v: object) -> int | None:
    value = _value(v)
    return value if isinstance(value, int) else None


def _write_search(con: sqlite3.Connection, tables: dict[str, pd.DataFrame], has_documents: bool) -> int:
    fk = ", FOREIGN KEY (source) REFERENCES documents (source)" if has_documents else ""
    # content_folded is computed, not stored (a virtual generated column: SQLite 3.31+): stored, it
    # doubled the table (3.2 of 6.3 MB on the shipped corpus). It is fold_d in SQL.
    con.execute("CREATE TABLE search_content (id INTEGER PRIMARY KEY, doc_id TEXT, source TEXT, kind TEXT, "
                f"item INTEGER, content TEXT, content_folded TEXT GENERATED ALWAYS AS ({FOLD_D_SQL}) VIRTUAL{fk})")
    rows = list(search_rows(tables))
    con.executemany("INSERT INTO search_content (doc_id, source, kind, item, content) VALUES (?, ?, ?, ?, ?)", rows)
    con.execute("CREATE INDEX ix_search_content_doc ON search_content (source, kind, item)")
    # Datasette takes the FTS table whose content= names a table in double quotes as that table's
    # search: the folded one (the exact one is named in single quotes).
    con.execute("CREATE VIRTUAL TABLE search USING fts5(doc_id UNINDEXED, source UNINDEXED, kind UNINDEXED, "
                "content, content='search_content', content_rowid='id', "
                "tokenize='unicode61 remove_diacritics 0')")
    con.execute("CREATE VIRTUAL TABLE search_folded USING fts5(doc_id UNINDEXED, source UNINDEXED, "
                'kind UNINDEXED, content, content_folded, content="search_content", content_rowid="id", '
                "tokenize='unicode61 remove_diacritics 2')")
    for fts in ("search", "search_folded"):
        con.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
        con.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")
    return len(rows)
