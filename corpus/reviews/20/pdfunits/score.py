"""Score the program's responsible units on the cases of review20/pdfunits.

Run from the repository root:  .venv/bin/python corpus/reviews/20/pdfunits/score.py [-v] [NN ...]

A predicted (unit, role) matches an expected one when the role is equal and the names are equal
after case folding (pipeline.evaluate.key: NFC, case fold, tone placement unified, whitespace
collapsed, trailing ":" "." ";" dropped); an expected item may list accepted printed forms in
`printed_as`. One-to-one. `optional` expected items count neither as missed (if not found) nor
let their match be spurious. Predictions are the distinct (unit, role) pairs of the program.
The last column, "eval90", is the same count with the `plans eval` rule (rapidfuzz ratio >= 90)
for comparison.
"""
import json, subprocess, sys
from pathlib import Path
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from rapidfuzz import fuzz
from pipeline import extract
from pipeline.evaluate import key

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def match(gold, pred, threshold):
    cands = []
    for i, g in enumerate(gold):
        names = [g["unit"]] + g.get("printed_as", [])
        for j, (pu, pr) in enumerate(pred):
            if pr != g["role"]:
                continue
            s = max(fuzz.ratio(key(n) or "", key(pu) or "") for n in names)
            if (threshold is None and s == 100) or (threshold is not None and s >= threshold):
                cands.append((s, 0 if g.get("optional") else 1, i, j))
    cands.sort(reverse=True)
    ug, up = {}, set()
    for s, req, i, j in cands:
        if i in ug or j in up:
            continue
        ug[i] = j
        up.add(j)
    right = sum(1 for i in ug if not gold[i].get("optional"))
    missed = [gold[i] for i in range(len(gold)) if i not in ug and not gold[i].get("optional")]
    spurious = [pred[j] for j in range(len(pred)) if j not in up]
    return right, missed, spurious, sum(1 for i in ug if gold[i].get("optional"))


def score_case(nn, verbose=False):
    gold = json.loads((CASES / f"{nn}.expect.json").read_text(encoding="utf-8"))
    doc = extract(path=str(CASES / f"{nn}.txt"))
    pred = sorted({(r.unit, r.role) for r in doc.responsibilities})
    right, missed, spurious, opt = match(gold, pred, None)
    r90, m90, s90, _ = match(gold, pred, 90)
    print(f"{nn}: right {right:3d}  missed {len(missed):3d}  spurious {len(spurious):3d}"
          f"  (optional found {opt})   eval90 {r90}/{len(m90)}/{len(s90)}")
    if verbose:
        for m in missed:
            print(f"    MISSED   {m['role']:10s} {m['unit']}")
        for u, r in spurious:
            print(f"    SPURIOUS {r:10s} {u}")
    return right, len(missed), len(spurious), r90, len(m90), len(s90)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    names = args or sorted(p.name.split(".")[0] for p in CASES.glob("*.expect.json"))
    commit = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "status", "--porcelain", "pipeline"],
                           capture_output=True, text=True).stdout.strip()
    print(f"plans at commit {commit}{' (pipeline has uncommitted edits)' if dirty else ''}")
    tot = [0] * 6
    for nn in names:
        r = score_case(nn, verbose)
        tot = [a + b for a, b in zip(tot, r)]
    p = tot[0] / (tot[0] + tot[2]) if tot[0] + tot[2] else 0
    rc = tot[0] / (tot[0] + tot[1]) if tot[0] + tot[1] else 0
    print(f"TOTAL: right {tot[0]}  missed {tot[1]}  spurious {tot[2]}  (P {p:.2f}, R {rc:.2f})"
          f"   eval90 {tot[3]}/{tot[4]}/{tot[5]}")


if __name__ == "__main__":
    main()
