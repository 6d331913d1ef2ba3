"""Write everything the pipeline outputs on the shipped documents into one folder, so that a
refactor can be proved output-neutral with ``diff -r BEFORE AFTER``:

- ``extract/<folder>/<file>.json``: ``plans extract --with-text`` of every corpus document (seeds,
  web openings, real PDF/DOCX, generated layouts; ``--legacy`` adds the scans and old encodings,
  minutes of OCR) and of every check fixture's child;
- ``eval.json`` and ``eval.txt``: ``plans eval --split dev`` (JSON totals, the table and ``--errors``);
- ``check/<case>.json`` and ``check/<case>.md``: ``plans check`` of each fixture child against the
  corpus, as JSON and markdown.

    .venv/bin/python scripts/snapshot_outputs.py /tmp/before [--legacy]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def snapshot(out: Path, legacy: bool = False) -> int:
    from pipeline.api import extract
    from pipeline.check import Against, check_file
    from pipeline.check_report import to_markdown
    from pipeline.evaluate import evaluate, format_table
    from pipeline.ingest import IngestError

    folders = ["seeds", "web", "real", "generated"] + (["legacy"] if legacy else [])
    inputs = [p for d in folders for p in sorted((ROOT / "corpus" / d).rglob("*"))
              if p.is_file() and p.suffix.lower() in (".txt", ".pdf", ".docx", ".doc", ".html", ".md")
              and not p.name.endswith(".gt.txt")]
    fixtures = sorted((ROOT / "tests" / "fixtures" / "check").glob("*/child.txt"))
    os.chdir(ROOT)  # paths relative to the repository: snapshots of two checkouts compare
    inputs = [p.relative_to(ROOT) for p in inputs]
    fixtures = [p.relative_to(ROOT) for p in fixtures]
    n = 0
    for path in inputs + fixtures:
        rel = path
        try:
            text = json.dumps(extract(path).to_dict(with_text=True), ensure_ascii=False, indent=1)
        except IngestError as exc:
            text = f"IngestError: {exc.reason}"
        _write(out / "extract" / (str(rel) + ".json"), text + "\n")
        n += 1

    # (The dev split only: a diff of two snapshots must never show the test split's annotations.)
    totals, docs = evaluate(Path("corpus") / "annotations", root=".", split="dev")
    _write(out / "eval.json", json.dumps(
        {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp,
             "fn": v.fn} for k, v in totals.items()}, indent=1) + "\n")
    errors = [f"[{name}] {err}" for name, sc in totals.items() if "." not in name for err in sc.errors]
    _write(out / "eval.txt", format_table(totals, docs) + "\n" + "\n".join(errors) + "\n")

    against = Against.from_paths([str(Path("corpus") / d) for d in ("seeds", "web", "real")])
    for child in fixtures:
        report = check_file(str(child), against)
        case = child.parent.name
        _write(out / "check" / f"{case}.json",
               json.dumps(report.to_dict(), ensure_ascii=False, indent=1, default=str) + "\n")
        _write(out / "check" / f"{case}.md", to_markdown([report]) + "\n")
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--legacy", action="store_true", help="also the scans and old encodings (slow)")
    args = parser.parse_args()
    n = snapshot(args.out, legacy=args.legacy)
    print(f"snapshot: {n} documents, eval, {len(list((args.out / 'check').glob('*.json')))} check "
          f"reports -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
