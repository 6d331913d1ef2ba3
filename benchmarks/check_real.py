"""Score `plans check` on real implementation chains (tests/fixtures/check-real) and on the
parent/child fixtures (tests/fixtures/check, via check_fixtures.py).

    .venv/bin/python benchmarks/check_real.py [--verbose] [--record current|first_sight] [--no-fixtures]

Each real pair is a child document (``pNN-child.txt``) checked against the document(s) it
implements (``pNN-parent*.txt``, given as files to ``--against``), scored against what a reviewer
flagged before any tool ran (``pNN-truth.json``, see the folder's README):

- parents linked: the pair's parent files among the report's parents;
- findings per code: a reviewer finding is found when a finding of its code quotes (as evidence,
  in the plan or the parent) a piece of the reviewer's child or parent quote; a reported finding is
  true when it matches some reviewer finding, false otherwise (every severity counts: noise at
  "info" is noise too);
- false alarms on letters (a child that is not a plan: its truth says so) and in all;
- unrelated: each child checked against another pair's parent must say so (a warning-level
  ``parent-unchecked`` or ``parent-not-found``, so that ``--fail-on warning`` exits non-zero).

The fixtures' figures (recall per code, clean children without warning) come from
:func:`check_fixtures.run`. Writes the figures under the ``--record`` key of
benchmarks/results/check_real.json, keeping the other keys (``first_sight`` holds the figures of
the check before issue 14's changes).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "check-real"
RESULTS = ROOT / "benchmarks" / "results" / "check_real.json"


def _norm(s: str) -> str:
    from pipeline.text import fold
    return " ".join(fold(s).lower().split())


def _pieces(quote: str) -> list[str]:
    """The parts of a reviewer's quote that are document text: split at elisions ("...", "…"),
    table cell bars and the reviewer's own quotation marks."""
    parts = regex.split(r"\.\.\.|…|\s\|\s|\"|\(|\)", _norm(quote))
    return [p.strip(" ,;:-") for p in parts if len(p.strip(" ,;:-")) >= 3]


def _quotes(evidence: str, piece: str) -> bool:
    """Whether a finding's evidence text quotes a piece of a reviewer's quote: one holds the other
    (a short evidence, a figure like "80%", only as a whole token)."""
    e = _norm(evidence).strip(" ,;:.-")
    if len(e) < 3:
        return False
    if len(e) < 12:
        return bool(regex.search(rf"(?<!\w){regex.escape(e)}(?!\w)", piece))
    return e in piece or (len(piece) >= 12 and piece in e)


def matches(finding, truth: dict) -> bool:
    if finding.code != truth["code"]:
        return False
    pieces = _pieces(truth.get("child_quote") or "") + _pieces(truth.get("parent_quote") or "")
    return any(_quotes(e.text, p) for e in finding.evidence for p in pieces)


def pairs() -> list[str]:
    return sorted(p.name[:-len("-truth.json")] for p in REAL.glob("p*-truth.json"))


def run_real(verbose: bool = False) -> dict:
    from pipeline.check import Against, check_file
    names = pairs()
    per_code: dict[str, dict[str, int]] = {}
    linked = wanted = 0
    false_all = false_letters = 0
    misses: list[str] = []
    unrelated_flagged = 0
    reports = {}
    for name in names:
        truth = json.loads((REAL / f"{name}-truth.json").read_text(encoding="utf-8"))
        parents = sorted(REAL.glob(f"{name}-parent*.txt"))
        report = check_file(str(REAL / f"{name}-child.txt"), Against.from_paths([str(p) for p in parents]))
        reports[name] = report
        got = {Path(p["source"]).name for p in report.parents if p.get("source")}
        wanted += len(parents)
        linked += sum(p.name in got for p in parents)
        letter = "not a plan" in truth.get("child", "")
        for t in truth["findings"]:
            c = per_code.setdefault(t["code"], {"truth": 0, "found": 0, "true": 0, "false": 0})
            c["truth"] += 1
            if any(matches(f, t) for f in report.findings):
                c["found"] += 1
            else:
                misses.append(f"{name} {t['code']}: {t['child_quote'][:140]}")
        for f in report.findings:
            c = per_code.setdefault(f.code, {"truth": 0, "found": 0, "true": 0, "false": 0})
            ok = any(matches(f, t) for t in truth["findings"])
            c["true" if ok else "false"] += 1
            if not ok and f.code != "parent-unchecked":
                false_all += 1
                false_letters += letter
            if verbose:
                print(f"{name} {'TRUE ' if ok else 'false'} [{f.severity}] {f.code}: {f.message[:150]}")
        if verbose:
            print(f"{name}: parents {sorted(got)}")
    # Each child against the next pair's parent: an unrelated document.
    for i, name in enumerate(names):
        other = names[(i + 1) % len(names)]
        parents = sorted(REAL.glob(f"{other}-parent*.txt"))
        report = check_file(str(REAL / f"{name}-child.txt"), Against.from_paths([str(p) for p in parents]))
        says = [f for f in report.findings if f.code in ("parent-unchecked", "parent-not-found")
                and f.severity in ("warning", "error")]
        unrelated_flagged += bool(says) and not report.parents
        if verbose:
            print(f"{name} against {other}: {[f.code for f in says]} parents={len(report.parents)}")
    for m in misses:
        print("MISS", m)
    truth_total = sum(c["truth"] for c in per_code.values())
    return {"pairs": len(names),
            "parents_linked": f"{linked}/{wanted}",
            "reviewer_findings_found": f"{sum(c['found'] for c in per_code.values())}/{truth_total}",
            "per_code": dict(sorted(per_code.items())),
            # parent-unchecked says what was not checked: not a false alarm about the document.
            "false_alarms": false_all,
            "false_alarms_on_letters": false_letters,
            "unrelated_said_so": f"{unrelated_flagged}/{len(names)}",
            "misses": misses}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--record", default="current", choices=["current", "first_sight"])
    ap.add_argument("--no-fixtures", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    out = {"real": run_real(args.verbose)}
    if not args.no_fixtures:
        from check_fixtures import run
        out["fixtures"] = run(args.verbose)
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results[args.record] = out
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
