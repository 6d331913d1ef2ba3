"""Score `plans check` on the parent/child fixtures (tests/fixtures/check): recall per defect code
and how many clean children get no warning or error.

    .venv/bin/python benchmarks/check_fixtures.py [--verbose]

The collection checked against is the whole shipped corpus (seeds, web openings, real files), so
that each child's parent has to be found among ~50 documents.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "check"


def corpus_paths() -> list[str]:
    return [str(ROOT / "corpus" / d) for d in ("seeds", "web", "real")]


def run(verbose: bool = False) -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.check import Against, check_file
    from pipeline.text import fold
    against = Against.from_paths(corpus_paths())
    per_code: dict[str, list[bool]] = {}
    clean: list[tuple[str, list[str]]] = []
    cases = sorted(p for p in FIXTURES.iterdir() if (p / "case.json").exists())
    for case in cases:
        meta = json.loads((case / "case.json").read_text(encoding="utf-8"))
        report = check_file(str(case / "child.txt"), against)
        codes = [f.code for f in report.findings if f.severity in ("warning", "error")]
        all_codes = [f.code for f in report.findings]
        parent_found = any(Path(p["source"]).name == Path(meta["parent"]).name for p in report.parents)
        if meta["defect"] == "task-not-covered":
            # The flagged task must be the one that is missing, not any task.
            want = fold(" ".join(meta["evidence"].split()))[:60]
            ok = any(f.code == "task-not-covered" and want in fold(" ".join(str(f.details.get("task", "")).split()))
                     for f in report.findings)
        elif meta["defect"]:
            ok = meta["defect"] in all_codes
        if meta["defect"]:
            per_code.setdefault(meta["defect"], []).append(ok)
            if verbose or not ok:
                print(f"{'ok  ' if ok else 'MISS'} {case.name}: found {sorted(set(all_codes))} "
                      f"parent_found={parent_found}")
        else:
            clean.append((case.name, codes))
            if verbose or codes:
                print(f"{'ok  ' if not codes else 'FP  '} {case.name}: {sorted(set(codes))} "
                      f"parent_found={parent_found}")
    result = {"cases": len(cases),
              "recall": {c: round(sum(v) / len(v), 3) for c, v in sorted(per_code.items())},
              "defect_pairs": {c: len(v) for c, v in sorted(per_code.items())},
              "clean_pairs": len(clean), "clean_without_warning": sum(1 for _, c in clean if not c)}
    return result


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    print(json.dumps(run(ap.parse_args().verbose), indent=2))
