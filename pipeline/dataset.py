"""The corpus dataset: every extracted record as a table row (SPEC §3), Parquet + CSV.

``build(inputs, out_dir)`` turns files, folders and globs into one table per kind of record —
``documents``, ``sections``, ``references``, ``dates``, ``targets``, ``responsibilities``,
``recipients``, ``abbreviations``, ``warnings``, ``errors`` — and ``texts`` (each document's
normalised text, for full-text search), each row carrying ``doc_id`` and its provenance
(``source``, ``page``, ``start``, ``end``), plus ``manifest.json``.

Every input ends as rows or as a row of ``errors`` (:func:`scan_inputs`): a missing path ("no such
file"), a FIFO or device ("not a regular file (fifo)", never opened), a file the process may not
read ("cannot read: Permission denied"), a link out of the input folders ("symlink outside the
input folders"). A name that is not UTF-8 is read, and its ``source`` written as
:func:`~pipeline.ingest.shown` gives it (``k\\xe9 ho\\xe1ch.txt``): the Parquet and CSV writers
refuse the lone surrogates ``os.fsdecode`` holds such bytes as.

It is incremental and safe to interrupt:
- documents are keyed by the SHA-256 of their bytes; a rerun extracts only new or changed files,
  drops the rows of removed ones, and does nothing at all when nothing changed (``force`` rebuilds);
- an error that depends on the settings or on luck ("timed out", "worker crashed", "out of memory",
  "too large", a failed Dask task) is recorded in the manifest with the setting it depends on and
  the settings it was made under (``timeout``, ``max_bytes``, ``jobs``, ``max_memory``); a rerun tries it again
  when that setting is now more generous (a longer timeout, a larger size or memory limit, fewer jobs
  sharing the memory), and ``retry_errors`` tries every error again. Other errors (not a
  document, an encrypted PDF...) are kept while the file's bytes are the same;
- the whole dataset is keyed by the pipeline fingerprint (:mod:`pipeline.fingerprint`, recorded in
  the manifest): when the pipeline's code or data changed since the last build, every document is
  extracted again, as with ``force``;
- every finished document is appended to a journal (``DIR/.journal.jsonl``) as it completes, so a
  run killed at any moment loses no finished work: the rerun reads the journal back (a last line
  the kill cut mid-write is dropped first, and its document extracted again). The journal's first
  line names the fingerprint that wrote it; a journal of another fingerprint is discarded;
- the new tables and manifest are written beside the old ones under temporary names, then switched
  in at once: the renames are recorded in ``DIR/.swap.json`` before the first and the record
  removed after the last, and a build or :func:`load` that finds the record completes the renames
  first (roll forward), so a kill mid-switch never leaves a mix of old and new tables. The previous
  dataset stays whole until then; a build that fails before (a full disk) removes its temporary
  files, and a build removes those of killed builds as it starts;
- the manifest records each table's rows, and :func:`load` checks them: a table changed or cut
  after its build raises :class:`DatasetError` naming it.
It is one writer's at a time: a build holds an ``flock`` on ``DIR/.lock`` (which holds its pid) from
start to end, and a second build into the same folder fails at once with :class:`DatasetBusy`,
touching nothing of the first's. Nor does it write into a folder that is not a dataset (other files
and no manifest or journal of one): :class:`DatasetError`, nothing touched.
In the CSV files, a text cell that would start a spreadsheet formula (``=``, ``+``, ``-``, ``@``,
tab, carriage return) gets a leading ``'``; the Parquet files, which ``load`` reads, keep the exact
text.
``load(out_dir)`` reads the tables back as pandas DataFrames with the dtypes of :data:`DTYPES`.
"""
from __future__ import annotations

import contextlib
import fnmatch
import glob
import hashlib
import itertools
import json
import os
import re
import secrets
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__
from .batch import DEFAULT_MAX_MEMORY
from .fingerprint import pipeline_fingerprint
from .model import SCHEMA
from .rows import TABLES, records  # noqa: F401  (records: part of this module's API)
from .spreadsheet import write_frame

DOCUMENT_SUFFIXES = {".txt", ".pdf", ".docx", ".doc", ".html", ".htm"}

LOCK = ".lock"  # held (flock) by the build writing the dataset; holds its pid
JOURNAL = ".journal.jsonl"
SWAP = ".swap.json"  # the renames that switch a new dataset in, while they are being made


class DatasetError(ValueError):
    """A dataset folder that cannot be built into or read as it stands; the message names the
    folder and says why (the command line prints it as is)."""


class DatasetBusy(DatasetError):
    """Another build holds the dataset's lock."""


# Lock descriptors held by this process. A forked worker inherits them, and an flock lasts while
# any copy is open: a worker outliving a killed build would keep the dataset locked. Each child
# closes its copies as it starts.
_held_locks: set[int] = set()


def _close_inherited_locks() -> None:
    for fd in _held_locks:
        with contextlib.suppress(OSError):
            os.close(fd)
    _held_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


# A build's temporary files: ".{name}.tmp-{writer}".
_TEMP_NAME = re.compile(r"^\..+\.tmp-")


def _check_out_dir(out: Path, shown: str) -> None:
    """Refuse a folder a build must not write into: a file, or a folder holding files that are not
    a dataset's (no manifest of a plans dataset, no journal of an unfinished build), which the
    build would overwrite or delete. An empty or new folder is fine."""
    if not out.exists():
        return
    if not out.is_dir():
        raise DatasetError(f"{shown}: not a folder")
    if (out / JOURNAL).exists() or (out / SWAP).exists():
        return
    manifest = _load_manifest(out)
    # Any plans schema: a dataset of an older schema is rebuilt, not refused.
    if manifest is not None and str(manifest.get("schema", "")).startswith("plans/"):
        return
    if any(p.name != LOCK and not _TEMP_NAME.match(p.name) for p in out.iterdir()):
        raise DatasetError(f"{shown}: not a plans dataset (holds other files); choose an empty or new folder")


@contextlib.contextmanager
def _locked(out: Path, shown: str) -> Iterator[None]:
    """Hold ``DIR/.lock`` for the build: one writer per dataset. A second build fails at once
    (it never waits, and never touches the first's files) with :class:`DatasetBusy`."""
    if os.name != "posix":  # no flock: unguarded, as before
        yield
        return
    import fcntl
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise DatasetBusy(f"{shown}: another plans build is writing this dataset (pid {holder})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held_locks.add(fd)
        try:
            yield
        finally:
            _held_locks.discard(fd)
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the lock

# The dataset's format (its tables and columns: pipeline/schemas/dataset.json, docs/dataset.md).
# Any change to a table or a column bumps it; a dataset of another format is rebuilt by ``build``
# and refused by ``load`` (docs/contract.md). A manifest without one is "plans-dataset/1": tasks a
# JSON string, no documents.code_key.
DATASET_SCHEMA = "plans-dataset/2"

# Column dtypes of the tables (pandas nullable types: missing values stay missing, not NaN). Every
# column is described in pipeline/schemas/columns.json (tests/test_contract.py), from which
# docs/dataset.md is written. ``_LIST``: a list of strings (Parquet list<string>; in CSV a JSON
# array; ``load`` gives Python lists, in an object column).
_STR, _INT, _FLOAT, _BOOL, _LIST = "string", "Int64", "Float64", "boolean", "list<string>"
DTYPES: dict[str, dict[str, str]] = {
    "documents": {"doc_id": _STR, "source": _STR, "format": _STR, "pages": _INT, "encoding": _STR,
                  "ocr": _BOOL, "ocr_confidence": _FLOAT, "doc_type": _STR, "number": _STR, "symbol": _STR,
                  "code": _STR, "code_key": _STR, "issuer": _STR,
                  "issuer_expanded": _STR, "parent_issuer": _STR, "parent_issuer_expanded": _STR,
                  "place": _STR, "issued_date": _STR, "title": _STR, "signing_capacity": _STR,
                  "signer_title": _STR, "signer": _STR, "n_sections": _INT, "n_references": _INT,
                  "sha256": _STR, "work_id": _STR, "rendering_of": _STR, "version_of": _STR},
    "sections": {"doc_id": _STR, "source": _STR, "item": _INT, "id": _STR, "label": _STR, "level": _INT,
                 "title": _STR, "parent": _STR, "start": _INT, "end": _INT, "kind": _STR,
                 "heading_end": _INT, "page": _INT},
    "references": {"doc_id": _STR, "source": _STR, "item": _INT, "ref_id": _STR, "type": _STR,
                   "number": _STR, "symbol": _STR, "code": _STR, "date": _STR, "issuer": _STR,
                   "subject": _STR, "relation": _STR, "short_form": _BOOL, "section": _STR,
                   "start": _INT, "end": _INT, "text": _STR, "name": _STR, "page": _INT,
                   "issuer_inferred": _BOOL, "code_key": _STR},
    "dates": {"doc_id": _STR, "source": _STR, "item": _INT, "value": _STR, "until": _STR,
              "granularity": _STR, "role": _STR, "section": _STR, "start": _INT, "end": _INT,
              "text": _STR, "page": _INT, "every": _STR, "month": _INT, "day": _INT},
    "targets": {"doc_id": _STR, "source": _STR, "item": _INT, "value": _FLOAT, "until": _FLOAT, "unit": _STR,
                "comparator": _STR, "indicator": _STR, "kind": _STR, "scope": _STR, "deadline": _STR,
                "section": _STR, "start": _INT, "end": _INT, "text": _STR, "page": _INT},
    "responsibilities": {"doc_id": _STR, "source": _STR, "item": _INT, "unit": _STR, "unit_expanded": _STR,
                         "unit_key": _STR, "role": _STR, "tasks": _LIST, "deadline": _STR, "section": _STR,
                         "start": _INT, "end": _INT, "page": _INT},
    "recipients": {"doc_id": _STR, "source": _STR, "item": _INT, "name": _STR, "purpose": _STR,
                   "start": _INT, "end": _INT},
    "abbreviations": {"doc_id": _STR, "source": _STR, "item": _INT, "short": _STR, "long": _STR,
                      "source_kind": _STR, "start": _INT, "end": _INT},
    "warnings": {"doc_id": _STR, "source": _STR, "item": _INT, "code": _STR, "message": _STR, "start": _INT},
    "errors": {"source": _STR, "sha256": _STR, "reason": _STR},
    "texts": {"doc_id": _STR, "source": _STR, "text": _STR},
}


@dataclass
class Inputs:
    """What the inputs of a command name: the files to read, keyed by their ``source`` (the path as
    :func:`~pipeline.ingest.shown` writes it), in path order; and those refused without being
    opened, with the reason (each becomes a row of the ``errors`` table)."""
    files: dict[str, Path] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def scan_inputs(inputs: list[str], follow_links: bool = False, exclude: Sequence[str] = ()) -> Inputs:
    """Files named, found under folders (recursively, those with a document suffix) or matched by
    globs; sorted, unique.

    Nothing is opened here. An explicit path that does not exist or is not a regular file (a FIFO,
    a device, a socket: opening one would block or never end) is refused with the reason of
    :func:`~pipeline.ingest.file_problem`; so is such a file with a document suffix in a folder.
    A symbolic link met in a folder or matched by a glob is followed only when it points inside an
    input root (a folder given, or a glob's fixed leading folders): an untrusted folder holding a
    link to /etc/passwd must not pull it into ``texts``. One pointing elsewhere (or a glob's match
    reached through one) is refused ("symlink outside the input folders") unless ``follow_links``.
    Each folder is taken once per root, by its real path, so a link loop is never followed round.
    A path named explicitly is the user's own choice and is followed wherever it points.
    A file whose name or path matches a glob of ``exclude`` (``*.gt.txt``) is left out, as if not
    there (neither read nor refused)."""
    from .ingest import file_problem, shown
    roots: list[str] = []
    items: list[tuple[str, bool]] = []  # (path, named explicitly)
    for item in inputs:
        if glob.has_magic(item):
            roots.append(os.path.realpath(_fixed_prefix(item)))
            items += [(m, False) for m in _glob(item)]
        else:
            if os.path.isdir(item):
                roots.append(os.path.realpath(item))
            items.append((item, True))
    found: list[Path] = []
    result = Inputs()
    for item, explicit in items:
        path = Path(item)
        if not explicit and not follow_links and not _inside(path, roots):
            result.refused[shown(path)] = "symlink outside the input folders"
        elif path.is_dir():
            _walk(path, roots, follow_links, found, result.refused)
        elif (problem := file_problem(path)) is not None:
            result.refused[shown(path)] = problem
        else:
            found.append(path)
    for path in sorted(set(found)):
        result.files[shown(path)] = path
    if exclude:
        result.files = {s: p for s, p in result.files.items() if not excluded(s, exclude)}
        result.refused = {s: r for s, r in result.refused.items() if not excluded(s, exclude)}
    return result


def excluded(source: str, globs: Sequence[str]) -> bool:
    """Whether a file's name or path matches one of ``globs`` (``fnmatch``: "*" crosses "/")."""
    name = os.path.basename(source)
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(source, g) for g in globs)


def collect_inputs(inputs: list[str]) -> list[Path]:
    """The files :func:`scan_inputs` finds to read (not those it refuses)."""
    return list(scan_inputs(inputs).files.values())


def _glob(pattern: str) -> list[str]:
    """A glob's matches, each folder's under one name only. ``glob`` follows links to folders, round
    a loop until the system refuses (40 times over); a match is kept only under the first (the
    shortest) name its folder was met under, as a folder walk takes each folder once."""
    names: dict[str, str] = {}  # a folder's real path -> the first name it was matched under
    kept = []
    for match in sorted(glob.glob(pattern, recursive=True), key=lambda m: (m.count(os.sep), m)):
        folder = os.path.dirname(match)
        if names.setdefault(os.path.realpath(folder), folder) == folder:
            kept.append(match)
    return sorted(kept)


def _fixed_prefix(pattern: str) -> str:
    """A glob's leading folders without wildcards ("in/*/x*.txt" -> "in"; "*.txt" -> ".")."""
    parts = Path(pattern).parts
    fixed = [p for p in itertools.takewhile(lambda p: not glob.has_magic(p), parts[:-1])]
    return os.path.join(*fixed) if fixed else "."


def _inside(path: Path, roots: list[str]) -> bool:
    """Whether ``path``'s real location (links resolved) is one of ``roots`` or under one."""
    real = os.path.realpath(path)
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _walk(top: Path, roots: list[str], follow_links: bool, found: list[Path], refused: dict[str, str]) -> None:
    """The document files under ``top`` into ``found``, refusals into ``refused`` (see
    :func:`scan_inputs`)."""
    from .ingest import cannot_read, file_problem, shown
    seen: set[str] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:  # reached again through a link: a loop, or a second name for it
            continue
        seen.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            refused[shown(folder)] = cannot_read(exc)
            continue
        for entry in entries:
            path = Path(folder, entry.name)
            document = path.suffix.lower() in DOCUMENT_SUFFIXES
            try:
                is_dir = entry.is_dir()  # follows a link
                if entry.is_symlink() and (is_dir or document) and not follow_links and not _inside(path, roots):
                    refused[shown(path)] = "symlink outside the input folders"
                    continue
            except OSError as exc:
                refused[shown(path)] = cannot_read(exc)
                continue
            if is_dir:
                stack.append(path)
            elif document:
                problem = file_problem(path)
                if problem is None:
                    found.append(path)
                else:
                    refused[shown(path)] = problem


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def pandas_dtypes(table: str) -> dict[str, str]:
    """A table's :data:`DTYPES` as pandas takes them (a list column is an object column)."""
    return {c: "object" if t == _LIST else t for c, t in DTYPES[table].items()}


def _list_columns(table: str) -> list[str]:
    return [c for c, t in DTYPES.get(table, {}).items() if t == _LIST]


def _as_list(value: object) -> list | None:
    """A list cell as a Python list: Parquet reads give NumPy arrays; None stays None."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return [str(v) for v in value]  # type: ignore[attr-defined]


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    cols = DTYPES[table]
    df = pd.DataFrame(rows)
    for c in cols:
        if c not in df.columns:
            df[c] = pd.NA
    df = df[list(cols) + [c for c in df.columns if c not in cols]]
    return df.astype(pandas_dtypes(table))


def _read_parquet(path: Path, table: str) -> pd.DataFrame:
    """A table's Parquet file with the dtypes of :data:`DTYPES` (list cells as Python lists)."""
    if path.stat().st_size == 0:
        return _frame(table, [])
    df = pd.read_parquet(path).astype(pandas_dtypes(table))
    for c in _list_columns(table):
        df[c] = df[c].map(_as_list).astype(object)
    return df


def _write_parquet(df: pd.DataFrame, path: Path, table: str) -> None:
    """A table as Parquet, its list columns typed list<string> (pyarrow would infer null or
    list<null> for a column without a task)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    arrow = pa.Table.from_pandas(df, preserve_index=False)
    for c in _list_columns(table):
        arrow = arrow.set_column(arrow.schema.get_field_index(c), c, arrow.column(c).cast(pa.list_(pa.string())))
    pq.write_table(arrow, path)


def _csv_frame(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """A table as its CSV holds it: a list cell as a JSON array (``json.loads`` gives it back)."""
    cols = _list_columns(table)
    if not cols:
        return df
    return df.assign(**{c: df[c].map(lambda v: None if v is None else json.dumps(list(v), ensure_ascii=False))
                        for c in cols})


def _stage(out: Path, name: str, data: pd.DataFrame | dict, token: str, staged: dict[str, str]) -> None:
    """Write one file of the new dataset under a temporary name, for :func:`_swap`; ``staged`` maps
    final names to temporary ones (entered first, so that a failed write is cleaned up too)."""
    tmp = staged[name] = f".{name}.tmp-{token}"
    table = name.split(".")[0]
    if isinstance(data, dict):
        (out / tmp).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    elif name.endswith(".parquet"):
        _write_parquet(data, out / tmp, table)
    else:
        write_frame(_csv_frame(data, table), out / tmp)


def _swap(out: Path, staged: dict[str, str]) -> None:
    """Switch the staged files in as one step. The renames are recorded in ``DIR/.swap.json``
    (written whole, then renamed into place) before the first is made, and the record is removed
    after the last: a build killed in between leaves the record, and the next build or
    :func:`load` completes the renames (:func:`_roll_forward`) before anything reads a table.
    Renames within a folder need no space, so a full disk cannot stop the switch half way."""
    renames = [[tmp, name] for name, tmp in staged.items()]
    record = out / SWAP
    tmp = record.with_name(f"{SWAP}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"renames": renames}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, record)
    _rename_all(out, renames)
    record.unlink(missing_ok=True)


def _rename_all(out: Path, renames: list[list[str]]) -> None:
    """Make the renames of a swap; one already made (its temporary file gone) is skipped, so that
    completing a swap twice, or by two processes at once, is harmless."""
    for tmp, name in renames:
        with contextlib.suppress(FileNotFoundError):
            os.replace(out / tmp, out / name)


def _plain_name(name: object) -> bool:
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name and os.sep not in name


def _roll_forward(out: Path) -> bool:
    """Complete the swap a killed build left half done (``DIR/.swap.json``), if any; True if
    there was one."""
    record = out / SWAP
    try:
        text = record.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    try:
        renames = json.loads(text)["renames"]
        if not all(isinstance(r, list) and len(r) == 2 and all(map(_plain_name, r)) for r in renames):
            raise ValueError("a rename that is not two file names")
    except (ValueError, KeyError, TypeError) as exc:
        raise DatasetError(f"{out}: {SWAP} is unreadable ({exc}); rebuild the dataset (plans build --force "
                           f"after removing {SWAP})") from None
    _rename_all(out, renames)
    record.unlink(missing_ok=True)
    return True


def _recover(out: Path) -> None:
    """At the start of a build, under the lock: complete a half-done swap (its journal's work is
    then in the tables), and remove the temporary files of builds that were killed (every other
    writer has ended: this build holds the lock)."""
    if _roll_forward(out):
        (out / JOURNAL).unlink(missing_ok=True)
    for path in out.iterdir():
        if _TEMP_NAME.match(path.name):
            path.unlink(missing_ok=True)


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
    fingerprint: str = ""  # the pipeline fingerprint the dataset's rows are made with
    # Set when a previous dataset was made by another pipeline (its fingerprint; "" if it recorded
    # none), so that every document was extracted again.
    previous_fingerprint: str | None = None
    # Set with previous_fingerprint: the previous dataset's format (DATASET_SCHEMA when the same).
    previous_format: str | None = None
    inputs: int = 0  # input files of the run (documents and errors)
    retried: int = 0  # earlier errors tried again (settings now more generous, or retry_errors)


def _load_manifest(out: Path) -> dict | None:
    """The previous build's manifest, or None if there is none readable."""
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def _made_by_this_pipeline(manifest: dict, fingerprint: str) -> bool:
    """Whether a manifest's rows were made by this pipeline (same fingerprint, schemas and
    version); if not, every document is extracted again."""
    return (manifest.get("pipeline_fingerprint") == fingerprint and manifest.get("schema") == SCHEMA
            and dataset_format(manifest) == DATASET_SCHEMA and manifest.get("package_version") == __version__)


def dataset_format(manifest: dict) -> str:
    """The dataset format a manifest records ("plans-dataset/1" where it records none: the
    datasets written before the format had a name)."""
    return str(manifest.get("dataset_schema") or "plans-dataset/1")


def _journal_header(fingerprint: str) -> str:
    """The journal's first line: the fingerprint of the pipeline whose rows follow."""
    return json.dumps({"pipeline_fingerprint": fingerprint})


def _discard_foreign_journal(path: Path, fingerprint: str) -> None:
    """Empty a journal that does not start with this pipeline's header: its rows were made by
    another pipeline (or by a version that wrote no header) and must not be mixed with this one's."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline()
    except OSError:
        return
    if not first:
        return
    if first != (_journal_header(fingerprint) + "\n").encode("utf-8"):
        with open(path, "wb"):
            pass


_JOURNAL_HEAD = re.compile(rb'^\{"source": ("(?:[^"\\]|\\.)*"), "sha256": "([0-9a-f]*)"(, "error")?')


def _journal_index(path: Path, wanted: dict[str, str], errors: set[str] | None = None) -> dict[str, int]:
    """Offsets of the last complete journal line of each wanted document (same bytes); ``errors``
    receives the documents whose line is an error."""
    index: dict[str, int] = {}
    failed: set[str] = set()
    try:
        with open(path, "rb") as fh:
            offset = 0
            for line in fh:
                m = _JOURNAL_HEAD.match(line)
                if m and line.endswith(b"\n"):  # a line cut by a kill has no newline
                    source = json.loads(m.group(1))
                    if wanted.get(source) == m.group(2).decode():
                        index[source] = offset
                        if m.group(3):
                            failed.add(source)
                        else:
                            failed.discard(source)
                offset += len(line)
    except OSError:
        pass
    if errors is not None:
        errors |= failed
    return index


# Errors that depend on the run's settings or on luck, by the start of their reason, and the
# settings under which a retry may succeed, the likeliest first: a longer --timeout, a larger
# --max-bytes, a larger --max-memory, or fewer --jobs sharing the memory. A crashed worker is most
# often one that ran out of memory: killed by the kernel, or aborted by a library (underthesea's
# Rust core aborts when an allocation fails under the --max-memory cap).
_DEPENDS_ON = (("timed out", ("timeout",)), ("too large", ("max_bytes",)),
               ("worker crashed", ("jobs", "max_memory")), ("out of memory", ("max_memory", "jobs")),
               ("dask task failed", ("jobs",)))


def _settings_for(reason: str) -> tuple[str, ...]:
    """The settings an error depends on (see :data:`_DEPENDS_ON`); none for an error of the input
    itself (not a document, an encrypted PDF...), which no rerun can change."""
    return next((settings for start, settings in _DEPENDS_ON if reason.startswith(start)), ())


def _depends_on(reason: str) -> str | None:
    """The first setting an error depends on (what the manifest records), or None."""
    settings = _settings_for(reason)
    return settings[0] if settings else None


def _more_generous(setting: str, before: float | None, after: float | None) -> bool:
    """Whether a setting's value ``after`` allows more than ``before`` (None: no limit)."""
    if setting in ("max_bytes", "max_memory", "timeout"):
        return before is not None and (after is None or after > before)
    return before is not None and after is not None and after < before  # jobs


def _retry(reason: str, made_under: object, now: dict, retry_errors: bool) -> bool:
    """Whether an earlier error (``reason``, made under the settings ``made_under``) is tried
    again under the settings ``now``: every error with ``retry_errors``; otherwise one for which
    a setting it depends on is now more generous (settings not recorded count as less generous)."""
    if retry_errors:
        return True
    settings = _settings_for(reason)
    if not settings:
        return False
    if not isinstance(made_under, dict) or any(s not in made_under for s in settings if s in now):
        return True
    return any(_more_generous(s, made_under[s], now[s]) for s in settings if s in now)


def _error_state(sha256: str, reason: str, settings: object) -> dict:
    """An error's entry in the manifest: its reason and, for one that depends on the settings,
    which setting and the settings it was made under (so that a rerun knows when to retry it)."""
    state: dict[str, object] = {"sha256": sha256, "status": "error", "reason": reason}
    setting = _depends_on(reason)
    if setting is not None:
        state["depends_on"] = setting
        if isinstance(settings, dict):
            state["settings"] = settings
    return state


def _drop_torn_tail(path: Path) -> None:
    """Cut a journal's last line if a kill left it unfinished (no newline): the next run appends
    after it, and the two would read as one line."""
    try:
        fh = open(path, "rb+")  # noqa: SIM115  closed by the `with` below; the try is for open's OSError only
    except OSError:
        return
    with fh:
        end = fh.seek(0, os.SEEK_END)
        if end == 0:
            return
        fh.seek(end - 1)
        if fh.read(1) == b"\n":
            return
        pos = end
        while pos > 0:  # back to the newline that ends the last whole line (lines are long)
            step = min(pos, 1 << 16)
            pos -= step
            fh.seek(pos)
            cut = fh.read(step).rfind(b"\n")
            if cut >= 0:
                fh.truncate(pos + cut + 1)
                return
        fh.truncate(0)


def _journal_entries(path: Path, index: dict[str, int]):
    """(source, entry) of the indexed journal lines, in source order."""
    if not index:
        return
    with open(path, "rb") as fh:
        for source in sorted(index):
            fh.seek(index[source])
            yield source, json.loads(fh.readline())


def _hash_inputs(scan: Inputs) -> tuple[dict[str, str], dict[str, str]]:
    """Each input's SHA-256 by source, and the inputs that are errors before any extraction (refused
    unopened, or unreadable) with their reason. Those have the hash "": their error is kept while
    its reason is the same, and they are looked at again on every run (a file made readable is read)."""
    from .ingest import cannot_read
    problems = dict(scan.refused)
    hashes: dict[str, str] = {}
    for source, path in scan.files.items():
        try:
            hashes[source] = sha256_file(path)
        except OSError as exc:
            problems[source] = cannot_read(exc)
    hashes.update({source: "" for source in problems})
    return hashes, problems


def _todo(hashes: dict[str, str], problems: dict[str, str], previous: dict[str, dict], settings: dict,
          retry_errors: bool) -> tuple[list[str], list[str]]:
    """The inputs to process (new or changed ones, then earlier errors to retry), and those
    retried. An input that was an error before any extraction is changed when its reason is."""
    def changed(s: str) -> bool:
        before = previous.get(s, {})
        return before.get("sha256") != hashes[s] or (s in problems and before.get("reason") != problems[s])
    retried = [s for s in hashes if not changed(s) and previous[s].get("status") == "error"
               and _retry(str(previous[s].get("reason")), previous[s].get("settings"), settings, retry_errors)]
    return [s for s in hashes if changed(s)] + retried, retried


def build(inputs: list[str], out_dir: str | os.PathLike, *, jobs: int = 1, force: bool = False,
          timeout: float = 120.0, max_bytes: int | None = None, dask_scheduler: str | None = None,
          progress: bool | None = None, retry_errors: bool = False, follow_links: bool = False,
          max_memory: int | None = DEFAULT_MAX_MEMORY, exclude: Sequence[str] = ()) -> BuildResult:
    """Build (or update) the dataset in ``out_dir`` from ``inputs``; see the module doc.
    ``exclude``: globs of files to leave out (see :func:`scan_inputs`; a file excluded now that an
    earlier build read is removed from the dataset).
    ``retry_errors`` extracts every input that ended in an error again; ``follow_links`` follows
    symbolic links that point outside the input folders (see :func:`scan_inputs`); ``max_memory``
    caps the memory of each worker beyond its start (bytes; None: no cap; a document over it is an
    error, "out of memory", retried when a later build allows more).

    Raises :class:`DatasetBusy` when another build is writing ``out_dir``, and
    :class:`DatasetError` when it is not a folder a build may write (see :func:`_check_out_dir`)."""
    shown = os.fspath(out_dir)
    out = Path(out_dir)
    _check_out_dir(out, shown)
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out, shown):
        _recover(out)
        return _build_locked(inputs, out, jobs=jobs, force=force, timeout=timeout, max_bytes=max_bytes,
                             dask_scheduler=dask_scheduler, progress=progress, retry_errors=retry_errors,
                             follow_links=follow_links, max_memory=max_memory, exclude=exclude)


def _build_locked(inputs: list[str], out: Path, *, jobs: int, force: bool, timeout: float,
                  max_bytes: int | None, dask_scheduler: str | None, progress: bool | None,
                  retry_errors: bool, follow_links: bool, max_memory: int | None,
                  exclude: Sequence[str] = ()) -> BuildResult:
    """:func:`build`'s work, under the dataset's lock."""
    from .batch import Outcome, Task, WorkerPool, run_dask
    started = time.perf_counter()
    scan = scan_inputs(inputs, follow_links, exclude)
    hashes, problems = _hash_inputs(scan)
    fingerprint = pipeline_fingerprint()
    manifest = None if force else _load_manifest(out)
    previous_fingerprint = previous_format = None
    if manifest is not None and not _made_by_this_pipeline(manifest, fingerprint):
        previous_fingerprint = str(manifest.get("pipeline_fingerprint") or "")
        previous_format = dataset_format(manifest)
        manifest = None  # another pipeline made it: extract everything again
    previous: dict[str, dict] = (manifest or {}).get("inputs", {})
    have_tables = manifest is not None and all((out / f"{t}.parquet").exists() for t in TABLES)
    if not have_tables:
        previous = {}
    # Recorded with errors:
    settings = {"timeout": float(timeout), "max_bytes": max_bytes, "jobs": jobs, "max_memory": max_memory}
    todo, retried = _todo(hashes, problems, previous, settings, retry_errors)
    removed = [s for s in previous if s not in hashes]
    result = BuildResult(reused=len(hashes) - len(todo), removed=len(removed), fingerprint=fingerprint,
                         previous_fingerprint=previous_fingerprint, inputs=len(hashes), retried=len(retried),
                         previous_format=previous_format)
    journal_path = out / JOURNAL
    if manifest is not None and not todo and not removed:
        result.unchanged = True
        result.documents = sum(1 for v in previous.values() if v.get("status") == "ok")
        result.errors = [{"source": s, "reason": v.get("reason")} for s, v in previous.items()
                         if v.get("status") == "error"]
        result.rows = manifest.get("rows", {})
        result.elapsed = time.perf_counter() - started
        journal_path.unlink(missing_ok=True)  # a journal left by a kill after its swap: all in the tables
        return result

    # Finished work of an interrupted run (same bytes, same pipeline) is taken back; the rest is
    # extracted. Results are not held in memory: each goes to the journal as it comes, and the
    # tables are made from the journal at the end, a chunk of documents at a time.
    wanted = {s: hashes[s] for s in todo}
    _drop_torn_tail(journal_path)
    _discard_foreign_journal(journal_path, fingerprint)
    resumed_errors: set[str] = set()
    resumed = _journal_index(journal_path, wanted, resumed_errors)
    if resumed_errors:
        for s, entry in _journal_entries(journal_path, {s: resumed[s] for s in resumed_errors}):
            if _retry(entry["error"], entry.get("settings"), settings, retry_errors):
                del resumed[s]  # an interrupted run's error, made under less generous settings
    tasks = [Task(s, hashes[s], max_bytes=max_bytes, path=str(scan.files[s]), max_memory=max_memory)
             for s in todo if s not in resumed and s not in problems]
    refusals = [Outcome(s, "", error=problems[s]) for s in todo if s not in resumed and s in problems]

    bar = None
    if progress is None:
        progress = os.isatty(2)
    if progress and (tasks or refusals):
        from tqdm import tqdm
        bar = tqdm(total=len(tasks) + len(refusals), unit="doc", desc="plans build")
    with open(journal_path, "a", encoding="utf-8") as jfh:
        if jfh.tell() == 0:  # a new journal: its header first
            jfh.write(_journal_header(fingerprint) + "\n")
            jfh.flush()

        def on_outcome(o: Outcome) -> None:
            jfh.write(o.journal_line(settings) + "\n")
            jfh.flush()
            if bar is not None:
                bar.update(1)
        for refusal in refusals:
            on_outcome(refusal)
        engine = {"engine": "local", "jobs": jobs}
        if tasks:
            if dask_scheduler:
                engine = run_dask(tasks, dask_scheduler, timeout, jobs, on_outcome, max_memory=max_memory)
            else:
                compute_started = time.perf_counter()
                WorkerPool(jobs, timeout, max_memory).run(tasks, on_outcome)
                engine["compute_seconds"] = round(time.perf_counter() - compute_started, 3)
    if bar is not None:
        bar.close()
    result.extracted = len(tasks) + len(refusals)

    # Merge: previous rows minus those of changed and removed documents, plus the new rows.
    dropped = set(todo) | set(removed)
    new_frames: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
    new_state: dict[str, dict] = {}
    chunk: dict[str, list[dict]] = {t: [] for t in TABLES}

    def flush_chunk():
        for t in TABLES:
            if chunk[t]:
                new_frames[t].append(_frame(t, chunk[t]))
                chunk[t] = []

    for n, (s, entry) in enumerate(_journal_entries(journal_path, _journal_index(journal_path, wanted))):
        if "error" in entry:
            chunk["errors"].append({"source": s, "sha256": entry["sha256"] or None, "reason": entry["error"]})
            new_state[s] = _error_state(entry["sha256"], entry["error"], entry.get("settings"))
        else:
            rows = entry["rows"]
            rows["documents"][0]["sha256"] = entry["sha256"]
            for table, table_rows in rows.items():
                chunk[table] += table_rows
            doc_id = rows["documents"][0]["doc_id"]
            chunk["texts"].append({"doc_id": doc_id, "source": s, "text": entry["text"]})
            new_state[s] = {"sha256": entry["sha256"], "status": "ok", "doc_id": doc_id}
        if n % 500 == 499:
            flush_chunk()
    flush_chunk()
    # The new dataset is written beside the old one under temporary names, then switched in at once.
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    staged: dict[str, str] = {}  # final name -> temporary name, the manifest last
    try:
        for table in TABLES:
            frames = []
            if have_tables:
                old = _read_parquet(out / f"{table}.parquet", table)
                frames.append(old[~old["source"].isin(dropped)])
            frames += new_frames.pop(table)
            nonempty = [f for f in frames if len(f)]
            df = pd.concat(nonempty, ignore_index=True) if nonempty else _frame(table, [])
            sort_cols = ["source"] + (["item"] if "item" in df.columns else [])
            df = df.sort_values(sort_cols, kind="stable").reset_index(drop=True)
            _stage(out, f"{table}.parquet", df, token, staged)
            _stage(out, f"{table}.csv", df.drop(columns=["text"]) if table == "texts" else df, token, staged)
            result.rows[table] = len(df)
            del df, frames, nonempty

        # Works: renderings and versions grouped over the whole dataset (a new file may be another
        # rendering of an old one), written into the documents table and as the works table.
        from .works import stage_works
        result.rows["works"] = stage_works(out, staged, lambda name, data: _stage(out, name, data, token, staged))

        # Links: every reference resolved against the documents of the whole dataset (recomputed
        # on each change, since a new document may be what an old one cites).
        from .link import LINK_COLUMNS, links_rows
        docs_df = pd.read_parquet(out / staged["documents.parquet"])
        refs_df = pd.read_parquet(out / staged["references.parquet"])
        rows = links_rows(records(docs_df), records(refs_df))
        links = pd.DataFrame(rows, columns=list(LINK_COLUMNS)).astype(LINK_COLUMNS)
        _stage(out, "links.parquet", links, token, staged)
        _stage(out, "links.csv", links, token, staged)
        result.rows["links"] = len(links)

        inputs_state = {s: v for s, v in previous.items() if s not in dropped}
        inputs_state.update(new_state)
        result.documents = sum(1 for v in inputs_state.values() if v["status"] == "ok")
        result.errors = [{"source": s, "reason": v["reason"]} for s, v in sorted(inputs_state.items())
                         if v["status"] == "error"]
        result.elapsed = time.perf_counter() - started
        _stage(out, "manifest.json", {
            "schema": SCHEMA, "dataset_schema": DATASET_SCHEMA, "package_version": __version__,
            "pipeline_fingerprint": fingerprint,
            "documents": result.documents, "errors": len(result.errors), "rows": result.rows,
            "run": {"extracted": result.extracted, "reused": result.reused, "removed": result.removed,
                    "elapsed_seconds": round(result.elapsed, 3), **engine},
            "inputs": dict(sorted(inputs_state.items())),
        }, token, staged)
    except BaseException:  # a full disk, an interrupt: the old dataset stays, without debris
        for tmp in staged.values():
            (out / tmp).unlink(missing_ok=True)
        raise
    _swap(out, staged)
    journal_path.unlink(missing_ok=True)
    return result


def load(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The dataset's tables as DataFrames (dtypes of :data:`DTYPES`), keyed by table name.

    A swap a killed build left half done is completed first (:func:`_swap`); tables read while a
    build switched its own in are read again. Each table's rows are counted against the manifest:
    a table changed or mixed after its build raises :class:`DatasetError` naming it, and so does a
    dataset of another format than :data:`DATASET_SCHEMA` (written by another version of plans:
    ``plans build`` on it rebuilds it)."""
    out = Path(out_dir)
    manifest_path = out / "manifest.json"
    for _attempt in range(3):
        try:
            _roll_forward(out)
        except PermissionError:
            raise DatasetError(f"{out}: a build was stopped while switching its tables in ({SWAP}); run plans "
                               "build on it, or load it once with write access, to complete the switch") from None
        _check_format(out)
        stamp = _stamp(manifest_path)
        tables = _read_tables(out)
        if not (out / SWAP).exists() and _stamp(manifest_path) == stamp:
            break
    _check_row_counts(out, tables)
    return tables


def _check_format(out: Path) -> None:
    """Refuse a dataset whose manifest records another format than this version reads: its
    columns differ (before plans-dataset/2, ``tasks`` was a JSON string and documents had no
    ``code_key``), and a table read as this format would be wrong, not merely old. A folder
    without a manifest is read as it is."""
    manifest = _load_manifest(out)
    if manifest is None or dataset_format(manifest) == DATASET_SCHEMA:
        return
    raise DatasetError(f"{out}: dataset format {dataset_format(manifest)}, and this plans reads {DATASET_SCHEMA} "
                       f"(the tables' columns changed: see CHANGELOG.md); build it again: plans build INPUT... "
                       f"--out {out} extracts every document again")


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes when a file is replaced (a swap renames a new manifest in)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def _read_tables(out: Path) -> dict[str, pd.DataFrame]:
    from .link import LINK_COLUMNS
    from .works import WORK_COLUMNS
    tables = {}
    if (out / "links.parquet").exists():
        tables["links"] = pd.read_parquet(out / "links.parquet").astype(LINK_COLUMNS)
    if (out / "works.parquet").exists():
        tables["works"] = pd.read_parquet(out / "works.parquet").astype(WORK_COLUMNS)
    for t in TABLES:
        path = out / f"{t}.parquet"
        if path.exists():
            tables[t] = _read_parquet(path, t)
    return tables


def _check_row_counts(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Each table has the rows the manifest records (a dataset without a manifest is not checked)."""
    manifest = _load_manifest(out)
    counts = manifest.get("rows") if manifest is not None else None
    if not isinstance(counts, dict):
        return
    for name, expected in counts.items():
        if name not in tables:
            raise DatasetError(f"{out}: table {name} is missing (the manifest records {expected} rows)")
        if len(tables[name]) != expected:
            raise DatasetError(f"{out}: table {name} has {len(tables[name])} rows where the manifest records "
                               f"{expected}: it was changed after the build; rebuild (plans build --force)")
