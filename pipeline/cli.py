"""The ``plans`` command: extract, build, export-sqlite, graph, check, show, schema, eval, train,
export-labelstudio, import-labelstudio.

Exit codes: 0 all good; 1 some input failed (its error on stderr, the others still printed);
2 usage error (including a dataset folder another build is writing, one that is not a dataset,
or a dataset whose tables do not match its manifest).
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

from . import __version__
from .batch import DEFAULT_MAX_MEMORY
from .ingest import IngestError


def _dataset_command(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A command that writes or reads a dataset: a :class:`~pipeline.dataset.DatasetError` (a folder
    another build is writing, a folder that is not a dataset, a table that does not match its
    manifest) is a usage error: its message on stderr, exit 2, no traceback."""
    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        from .dataset import DatasetError
        try:
            return func(args)
        except DatasetError as exc:
            print(f"plans: error: {exc}", file=sys.stderr)
            return 2
    return run


def _cmd_extract(args) -> int:
    from .batch import extract_files
    from .ingest import shown
    if args.timeout <= 0:
        print("plans: error: --timeout must be positive", file=sys.stderr)
        return 2
    failed = 0

    def write(source: str, doc: dict | None, error: str | None) -> None:
        nonlocal failed
        if doc is None:
            print(f"plans: error: {source}: {error}", file=sys.stderr)
            failed += 1
            return
        indent = 2 if len(args.files) == 1 and args.pretty else None
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=indent) + "\n")
        sys.stdout.flush()
    # Each file in a worker process, under the time limit and memory cap of a build. (A file named
    # twice is extracted once.) "-" is standard input: its bytes go to a temporary file (the readers
    # tell a PDF or DOCX by its first bytes) and the document's source is "<stdin>".
    with tempfile.TemporaryDirectory(prefix="plans-stdin-") as tmp:
        files: dict[str, Path] = {}
        for path in args.files:
            if path == "-":
                if STDIN not in files:
                    files[STDIN] = Path(tmp, "stdin")
                    files[STDIN].write_bytes(sys.stdin.buffer.read())
            else:
                files[shown(path)] = Path(path)
        extract_files(files, write, timeout=args.timeout, max_memory=args.max_memory, with_text=args.with_text)
    return 1 if failed else 0


STDIN = "<stdin>"  # the source of a document read from standard input ("plans extract -")


def _cmd_eval(args) -> int:
    from .evaluate import agreement_documents, evaluate_documents, format_splits, format_table, read_splits, totals_of
    ann = Path(args.annotations)
    if not ann.is_dir():
        print(f"plans: error: {ann}: no such annotations directory", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("plans: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        splits = read_splits(ann)
    except ValueError as exc:
        print(f"plans: error: {exc}", file=sys.stderr)
        return 2
    if args.second is not None:
        if not Path(args.second).is_dir():
            print(f"plans: error: {args.second}: no such annotations directory", file=sys.stderr)
            return 2
        try:
            scores = agreement_documents(ann, args.second, pattern=args.docs)
        except (OSError, ValueError) as exc:
            print(f"plans: error: {args.second}: {exc}", file=sys.stderr)
            return 2
    else:
        try:
            scores = evaluate_documents(ann, root=args.root if args.root is not None else _annotations_root(ann),
                                        pattern=args.docs, jobs=args.jobs)
        except FileNotFoundError as exc:
            print(f"plans: error: {exc.filename}: no such file (an annotation's source; give --root, the folder "
                  "the sources are relative to)", file=sys.stderr)
            return 2
    wanted = ["dev", "test"] if args.split == "both" else [args.split]
    by_split = {}
    for split in wanted:
        names = [n for n in scores if split == "all" or splits.get(n, "dev") == split]
        if names or split != "test":
            by_split[split] = (totals_of(scores, set(names)), names)
    if args.json:
        print(json.dumps({split: {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1,
                                      "tp": v.tp, "fp": v.fp, "fn": v.fn, "doc_mean_f1": v.doc_mean_f1,
                                      "docs": v.docs} for k, v in totals.items()}
                          for split, (totals, _) in by_split.items()}, indent=2))
    elif len(by_split) == 1:
        [(totals, names)] = by_split.values()
        print(format_table(totals, names))
    else:
        print(f"plans eval: {len(scores)} annotated documents (splits: {ann / 'splits.tsv'})")
        print(format_splits(by_split))
    if args.errors:
        for split, (totals, _) in by_split.items():
            for name, sc in totals.items():
                for err in sc.errors:  # (the header's fields carry theirs, "document" none)
                    print(f"  [{split}] [{name}] {err}")
    return 0


def _annotations_root(ann: Path) -> Path:
    """Where the annotations' sources ("corpus/seeds/000_….txt") are, when ``--root`` is not given:
    the current folder if it holds the first annotation's source, else the nearest folder above
    the annotations that does (``plans eval --annotations /repo/corpus/annotations`` from /tmp)."""
    first = next(iter(sorted(ann.glob("*.json"))), None)
    try:
        source = json.loads(first.read_text(encoding="utf-8"))["source"] if first else None
    except (OSError, ValueError, KeyError, TypeError):
        source = None
    if not source or Path(source).is_absolute() or Path(source).exists():
        return Path(".")
    for folder in ann.resolve().parents:
        if (folder / source).exists():
            return folder
    return Path(".")


def _cmd_train(args) -> int:
    from .train import HOLDOUT, TRAIN_ANNOTATIONS, located_documents, location_report, train
    dirs = [Path(a) for a in (args.annotations or TRAIN_ANNOTATIONS)]
    for ann in dirs:
        if not ann.is_dir():
            print(f"plans: error: {ann}: no such annotations directory", file=sys.stderr)
            return 2
    if args.epochs < 1:
        print("plans: error: --epochs must be at least 1", file=sys.stderr)
        return 2
    docs = [d for ann in dirs
            for d in located_documents(ann, root=args.root if args.root is not None else _annotations_root(ann),
                                       pattern=args.docs)]
    if not docs:
        print("plans: error: no dev annotation with targets or responsibilities", file=sys.stderr)
        return 2
    print(location_report(docs))
    holdout = HOLDOUT if args.holdout is None else tuple(n for n in args.holdout.split(",") if n)
    _, result = train(docs, out=args.out, holdout=holdout, max_epochs=args.epochs, seed=args.seed,
                      max_seconds=args.max_seconds)
    print(f"plans train: best epoch {result.best_epoch} of {result.epochs}, {result.seconds:.0f} s; "
          f"{result.size_bytes / 1e6:.1f} MB -> {args.out}")
    for label, s in sorted(result.holdout.items()):
        print(f"  held-out {label:7} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f']:.3f}")
    return 0


@_dataset_command
def _cmd_build(args) -> int:
    from .dataset import build, scan_inputs
    found = scan_inputs(args.inputs, args.follow_links, exclude=args.exclude)
    if not found.files and not found.refused:
        print("plans: error: no input documents found in " + " ".join(args.inputs), file=sys.stderr)
        return 2
    if args.jobs < 1 or args.timeout <= 0:
        print("plans: error: --jobs must be at least 1 and --timeout positive", file=sys.stderr)
        return 2
    result = build(args.inputs, args.out, jobs=args.jobs, force=args.force, timeout=args.timeout,
                   max_bytes=args.max_bytes, dask_scheduler=args.dask_scheduler, retry_errors=args.retry_errors,
                   follow_links=args.follow_links, max_memory=args.max_memory, exclude=args.exclude)
    if result.previous_fingerprint is not None:
        # ASCII, like the summary below: any console can print it.
        old = f"{result.previous_fingerprint[:12]}..." if result.previous_fingerprint else "none recorded"
        from .dataset import DATASET_SCHEMA
        fmt = (f"; dataset format {result.previous_format} -> {DATASET_SCHEMA}"
               if result.previous_format not in (None, DATASET_SCHEMA) else "")
        print(f"plans build: pipeline changed since the last build (fingerprint {old} -> "
              f"{result.fingerprint[:12]}...{fmt}): re-extracting all {result.inputs} documents")
    if result.unchanged:
        print(f"plans build: nothing changed ({result.documents} documents, {len(result.errors)} errors) "
              f"-> {args.out} [{result.elapsed:.1f} s]")
    else:
        rate = result.extracted / result.elapsed if result.elapsed else 0.0
        retried = f" ({result.retried} earlier errors retried)" if result.retried else ""
        print(f"plans build: {result.documents} documents, {len(result.errors)} errors; "
              f"{result.extracted} extracted{retried}, {result.reused} unchanged, {result.removed} removed; "
              f"{result.elapsed:.1f} s ({rate:.1f} documents/s) -> {args.out}")
        for table, n in result.rows.items():
            print(f"  {table:17} {n:7d} rows")
    for err in result.errors:
        print(f"  error: {err['source']}: {err['reason']}", file=sys.stderr)
    return 1 if result.errors else 0


@_dataset_command
def _cmd_export_sqlite(args) -> int:
    from .export import export_sqlite
    if not (Path(args.dataset) / "manifest.json").exists():
        print(f"plans: error: {args.dataset}: not a dataset (no manifest.json; run plans build)", file=sys.stderr)
        return 2
    metadata = False if args.no_metadata else (args.metadata or True)
    counts = export_sqlite(args.dataset, args.file, metadata=metadata)
    print(f"plans export-sqlite: {args.file} ({', '.join(f'{t} {n}' for t, n in counts.items())})")
    if metadata:
        from .export import metadata_path
        print(f"plans export-sqlite: Datasette metadata {args.metadata or metadata_path(args.file)}")
    return 0


@_dataset_command
def _cmd_graph(args) -> int:
    from .graph import write_graph
    if not (Path(args.dataset) / "links.parquet").exists():
        print(f"plans: error: {args.dataset}: no links table (run plans build)", file=sys.stderr)
        return 2
    n, e = write_graph(args.dataset, args.out, args.format)
    print(f"plans graph: {n} nodes, {e} edges -> {args.out}")
    return 0


@_dataset_command
def _cmd_check(args) -> int:
    """Each NEW against one collection (read once): one report per document — JSON Lines with
    ``--format json`` (one line per document, in the order given), one Markdown/HTML report with
    a section per document otherwise. The exit code is the worst: 2 for a usage error or a NEW
    that cannot be read (the others are still checked and reported), else 1 where any report has
    a finding at or above ``--fail-on``, else 0."""
    from .check import SEVERITY_ORDER, Against, check_file
    from .check_report import to_html, to_markdown
    missing = [p for p in [*args.new, *args.against] if not Path(p).exists()]
    if missing:
        print(f"plans: error: {missing[0]}: no such file or folder", file=sys.stderr)
        return 2
    if args.timeout <= 0:
        print("plans: error: --timeout must be positive", file=sys.stderr)
        return 2
    if args.site is not None:
        from .check_report import site_pages
        try:
            site_pages(args.site)
        except ValueError as exc:
            print(f"plans: error: --site {exc}", file=sys.stderr)
            return 2
    against = Against.from_paths(args.against, timeout=args.timeout, max_memory=args.max_memory,
                                 jobs=os.cpu_count() or 1)
    for source, reason in against.left_out.items():
        print(f"plans: warning: {source}: {reason} (left out of the collection)", file=sys.stderr)
    if against.empty:
        print(f"plans: error: --against {' '.join(args.against)}: no readable document to check against",
              file=sys.stderr)
        return 2
    reports, code = [], 0
    for new in args.new:
        try:
            report = check_file(new, against, args.lang, timeout=args.timeout, max_memory=args.max_memory)
        except IngestError as exc:
            print(f"plans: error: {exc.source}: {exc.reason}", file=sys.stderr)
            code = 2
            continue
        if args.format == "json":
            # one line per document as soon as it is checked: a batch job reads them as they come
            indent = 2 if len(args.new) == 1 and args.pretty else None
            print(json.dumps(report.to_dict(), ensure_ascii=False, indent=indent), flush=True)
        reports.append(report)
        worst = max((SEVERITY_ORDER[f.severity] for f in report.findings), default=-1)
        if worst >= SEVERITY_ORDER[args.fail_on]:
            code = max(code, 1)
    if args.format == "md" and reports:
        print(to_markdown(reports, args.lang))
    elif args.format == "html" and reports:
        print(to_html(reports, args.lang, site=args.site))
    return code


def _cmd_schema(args) -> int:
    """Print a shipped JSON Schema (pipeline/schemas/NAME.json; docs/contract.md)."""
    from .contract import schema_text
    sys.stdout.write(schema_text(args.name))
    return 0


@_dataset_command
def _cmd_show(args) -> int:
    """One document's extraction as a self-contained HTML page (pipeline.show); a dataset folder's
    documents as a static site (pipeline.site)."""
    from .show import show_file, write_page
    path = Path(args.file)
    if path.is_dir() and (path / "manifest.json").exists():
        from .site import SiteError, build_site
        try:
            site = build_site(path, args.out)
        except SiteError as exc:
            print(f"plans: error: {exc}", file=sys.stderr)
            return 2
        print(f"plans show: {args.file} -> {args.out}/index.html ({site.documents} documents, "
              f"{site.citations} citations between them, {site.errors} errors)")
        return 0
    if not path.is_file():
        reason = "a folder that is not a dataset (no manifest.json)" if path.is_dir() else "no such file"
        print(f"plans: error: {args.file}: {reason}", file=sys.stderr)
        return 2
    against = None
    if args.dataset:
        from .dataset import load
        docs = load(args.dataset)["documents"]
        against = [{k: (None if v is None or v != v else v) for k, v in row.items()}
                   for row in docs.astype(object).to_dict("records")]
    try:
        page = show_file(path, against=against)
    except IngestError as exc:
        print(f"plans: error: {exc.source}: {exc.reason}", file=sys.stderr)
        return 1
    write_page(page, args.out)
    print(f"plans show: {args.file} -> {args.out}")
    return 0


def _cmd_export_labelstudio(args) -> int:
    """Label Studio tasks pre-annotated with the extractions, and their labelling config (pipeline.labelstudio)."""
    from .api import extract
    from .ingest import shown
    from .labelstudio import task_of, write_tasks
    tasks, failed = [], 0
    for path in args.files:
        if not Path(path).is_file():
            print(f"plans: error: {path}: no such file", file=sys.stderr)
            failed += 1
            continue
        try:
            tasks.append(task_of(extract(path), shown(path)))
        except IngestError as exc:
            print(f"plans: error: {exc.source}: {exc.reason}", file=sys.stderr)
            failed += 1
    config = write_tasks(tasks, args.out)
    print(f"plans export-labelstudio: {len(tasks)} tasks -> {args.out} (labelling config {config})")
    return 1 if failed else 0


def _cmd_import_labelstudio(args) -> int:
    """A Label Studio JSON export back into annotation files (pipeline.labelstudio)."""
    from .labelstudio import LabelStudioError, import_export
    try:
        files = import_export(args.export, args.out, force=args.force)
    except LabelStudioError as exc:
        print(f"plans: error: {exc}", file=sys.stderr)
        return 2
    print(f"plans import-labelstudio: {len(files)} annotations -> {args.out}")
    return 0


def _memory_size(text: str) -> int | None:
    """``--max-memory``: bytes, or with a suffix K, M, G ("2G", "1500M"); "none" for no cap."""
    if text.strip().lower() in ("none", "unlimited"):
        return None
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    number, unit = text.strip(), 1
    if number[-1:].lower() in units:
        number, unit = number[:-1], units[number[-1].lower()]
    try:
        size = int(float(number) * unit)
    except (ValueError, OverflowError):  # ("inf", "nan")
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 2G, 1500M, none)") from None
    if size < 64 * 1024 ** 2:
        raise argparse.ArgumentTypeError(f"{text!r} is under 64M: too little to read any document")
    return size


def _add_limits(p: argparse.ArgumentParser) -> None:
    """The per-document limits every command that reads documents shares."""
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help="time limit per document (seconds)")
    p.add_argument("--max-memory", type=_memory_size, default=DEFAULT_MAX_MEMORY, metavar="SIZE",
                   help="memory a document may take (e.g. 2G, 1500M, none; default 2G): over it, an error")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plans", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"plans {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the structure of plan documents as JSON (JSON Lines for several)")
    p.add_argument("files", nargs="+", metavar="FILE", help="files to read; - reads standard input")
    p.add_argument("--with-text", action="store_true", help="include the normalised text")
    p.add_argument("--pretty", action="store_true", help="indent the JSON of a single document")
    _add_limits(p)
    p.set_defaults(func=_cmd_extract)
    p = sub.add_parser("build", help="extract a corpus into dataset tables (Parquet + CSV), incrementally")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    p.add_argument("--force", action="store_true", help="re-extract every document")
    _add_limits(p)
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help="larger files are errors")
    p.add_argument("--retry-errors", action="store_true",
                   help="extract every input that ended in an error again (those of a shorter --timeout "
                        "or smaller --max-bytes are retried anyway)")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links that point outside the input folders (refused by default)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="leave out files whose name or path matches (repeatable; e.g. '*.gt.txt' transcripts)")
    p.add_argument("--dask-scheduler", metavar="ADDRESS",
                   help="run on a Dask cluster (tcp://host:8786), or 'local' for a LocalCluster of --jobs workers")
    p.set_defaults(func=_cmd_build)
    p = sub.add_parser("export-sqlite", help="write a dataset to SQLite with keys, full-text indexes and "
                                             "Datasette metadata (overwrites only its own exports)")
    p.add_argument("dataset", metavar="DIR")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--metadata", metavar="JSON", help="where to write the Datasette metadata "
                                                      "(default: FILE's name with .metadata.json)")
    p.add_argument("--no-metadata", action="store_true", help="write no Datasette metadata")
    p.set_defaults(func=_cmd_export_sqlite)
    p = sub.add_parser("graph", help="the citation graph of a dataset, as GraphML or CSV")
    p.add_argument("dataset", metavar="DIR")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--format", choices=["graphml", "csv"], default="graphml")
    p.set_defaults(func=_cmd_graph)
    p = sub.add_parser("check", help="check a plan against the plans it implements")
    p.add_argument("new", nargs="+", metavar="NEW", help="plans to check (each gets its own report)")
    p.add_argument("--against", nargs="+", required=True, metavar="DATASET_OR_FILES")
    p.add_argument("--format", choices=["json", "md", "html"], default="md")
    p.add_argument("--fail-on", choices=["error", "warning", "info"], default="error")
    p.add_argument("--pretty", action="store_true", help="indent the JSON report of a single document")
    p.add_argument("--lang", choices=["vi", "en"], default="vi")
    p.add_argument("--site", metavar="SITE_DIR", help="with --format html: link each document to its page in "
                                                      "this site (plans show DATASET --out SITE_DIR)")
    _add_limits(p)
    p.set_defaults(func=_cmd_check)
    p = sub.add_parser("schema", help="print the JSON Schema (draft 2020-12) of plans extract's output, of a "
                                      "plans check report, or of the rows of a dataset's tables")
    p.add_argument("name", choices=["extract", "check", "dataset"])
    p.set_defaults(func=_cmd_schema)
    p = sub.add_parser("show", help="one document's extraction as a self-contained HTML page, or a "
                                    "dataset's documents as a static site")
    p.add_argument("file", metavar="FILE_OR_DATASET")
    p.add_argument("--out", required=True, metavar="PAGE.html_OR_SITE_DIR")
    p.add_argument("--dataset", metavar="DIR", help="resolve the references against this dataset's documents")
    p.set_defaults(func=_cmd_show)
    p = sub.add_parser("export-labelstudio", help="Label Studio tasks pre-annotated with the extractions "
                       "(and a labelling config beside them)")
    p.add_argument("files", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="TASKS.json")
    p.set_defaults(func=_cmd_export_labelstudio)
    p = sub.add_parser("import-labelstudio", help="a Label Studio JSON export into annotation files for plans eval")
    p.add_argument("export", metavar="EXPORT.json")
    p.add_argument("--out", default="corpus/annotations", metavar="DIR")
    p.add_argument("--force", action="store_true", help="overwrite existing annotation files")
    p.set_defaults(func=_cmd_import_labelstudio)
    p = sub.add_parser("eval", help="score extraction against the hand annotations")
    p.add_argument("--annotations", default="corpus/annotations")
    p.add_argument("--root", default=None, help="directory the annotations' sources are relative to (default: "
                   "the current one, or the nearest above the annotations that holds them)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--errors", action="store_true", help="list every mismatch")
    p.add_argument("--docs", default="*", metavar="GLOB", help="only annotations whose name matches (e.g. 'd*')")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    p.add_argument("--split", choices=["both", "dev", "test", "all"], default="both",
                   help="the documents of one split of splits.tsv, or all together "
                        "(default: dev and test side by side)")
    p.add_argument("--second", default=None, metavar="DIR",
                   help="score a second annotator's files of the same documents (same names) against the "
                        "annotations instead of the program: inter-annotator agreement, the parts both annotated")
    p.set_defaults(func=_cmd_eval)
    p = sub.add_parser("train", help="train the span model of targets and units on the dev annotations (CPU, minutes)")
    p.add_argument("--annotations", action="append", default=None, metavar="DIR",
                   help="a folder of annotations whose dev split is trained on; may be repeated (default: "
                        "corpus/annotations and corpus/probes/annotations)")
    p.add_argument("--root", default=None, help="directory the annotations' sources are relative to (default: "
                   "the current one, or the nearest above the annotations that holds them)")
    p.add_argument("--docs", default="*", metavar="GLOB", help="only dev annotations whose name matches")
    p.add_argument("--out", default="models/spancat", metavar="DIR")
    p.add_argument("--holdout", default=None, metavar="NAMES",
                   help="dev annotations held out for early stopping, comma-separated ('' for none; "
                        "default: pipeline.train.HOLDOUT)")
    p.add_argument("--epochs", type=int, default=8, help="at most this many epochs")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-seconds", type=float, default=900.0, metavar="S",
                   help="stop after the epoch that passes this much training time")
    p.set_defaults(func=_cmd_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
