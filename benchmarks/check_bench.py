"""Benchmark of `plans check`: 100 child plans checked against a 1,000-document dataset.

    .venv/bin/python benchmarks/check_bench.py [--children 100] [--dataset-size 1000]

The dataset is a generated batch (scripts/make_batch.py, variants of corpus texts) plus the
shipped real plans the fixture children implement; the 100 children are the fixtures of
tests/fixtures/check taken in turn. Timed: loading the dataset once, then checking every child
(extraction, resolution among the 1,000 documents, comparison with the parent). Writes
benchmarks/results/check.json.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--children", type=int, default=100)
    ap.add_argument("--dataset-size", type=int, default=1000)
    args = ap.parse_args()
    from make_batch import make_batch

    from pipeline import dataset
    from pipeline.check import Against, check_file
    work = Path(tempfile.mkdtemp(prefix="plans-check-bench-"))
    try:
        real = sorted((ROOT / "corpus" / "real").glob("*.docx")) + sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
        make_batch(work / "in", args.dataset_size - len(real), bad_fraction=0.0, seed=2)
        for f in real:
            shutil.copy(f, work / "in" / f.name)
        dataset.build([str(work / "in")], work / "ds", jobs=2, progress=False)
        children = sorted((ROOT / "tests" / "fixtures" / "check").glob("*/child.txt"))
        picks = [children[i % len(children)] for i in range(args.children)]
        t0 = time.perf_counter()
        against = Against.from_paths([str(work / "ds")])
        t1 = time.perf_counter()
        findings = 0
        for child in picks:
            findings += len(check_file(str(child), against).findings)
        t2 = time.perf_counter()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {"dataset_documents": args.dataset_size, "children": args.children,
              "load_seconds": round(t1 - t0, 2), "check_seconds": round(t2 - t1, 2),
              "total_seconds": round(t2 - t0, 2), "findings": findings}
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "check.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"| {args.children} children vs a {args.dataset_size}-document dataset | load {result['load_seconds']} s "
          f"+ check {result['check_seconds']} s = {result['total_seconds']} s | goal ≤ 30 s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
