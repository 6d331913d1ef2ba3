"""Score the program's responsible units on the cases of review20/provunits.

Run from the repository root:  .venv/bin/python corpus/reviews/20/provunits/score.py [-v] [NN ...]
Matching as `plans eval` does for responsibilities: names compared by pipeline.evaluate.key
(NFC, case-folded, tone placement unified, trailing marks dropped), same role, rapidfuzz ratio
>= UNIT_SIMILARITY (90), one-to-one, best pairs first (a required gold item before an optional
one at the same score). A gold item may list accepted printed forms in `printed_as`.
`optional` gold items count neither as missed (if not found) nor let their match be spurious.
"""
import json, subprocess, sys
from pathlib import Path
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from rapidfuzz import fuzz
from pipeline import extract
from pipeline.evaluate import key, UNIT_SIMILARITY

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def score_case(nn, verbose=False):
    gold = json.loads((CASES / f"{nn}.expect.json").read_text(encoding="utf-8"))
    doc = extract(path=str(CASES / f"{nn}.txt"))
    pred = sorted({(r.unit, r.role) for r in doc.responsibilities})
    cands = []
    for i, g in enumerate(gold):
        names = [g["unit"]] + g.get("printed_as", [])
        for j, (pu, pr) in enumerate(pred):
            if pr != g["role"]:
                continue
            s = max(fuzz.ratio(key(n), key(pu)) for n in names)
            if s >= UNIT_SIMILARITY:
                cands.append((s, 0 if g.get("optional") else 1, i, j))
    cands.sort(reverse=True)
    ug, up = {}, set()
    for s, req, i, j in cands:
        if i in ug or j in up:
            continue
        ug[i] = j
        up.add(j)
    right = sum(1 for i in ug if not gold[i].get("optional"))
    opt_found = sum(1 for i in ug if gold[i].get("optional"))
    missed = [gold[i] for i in range(len(gold)) if i not in ug and not gold[i].get("optional")]
    spurious = [pred[j] for j in range(len(pred)) if j not in up]
    print(f"{nn}: right {right}  missed {len(missed)}  spurious {len(spurious)}  (optional found {opt_found})")
    if verbose:
        for m in missed:
            print(f"    MISSED   {m['role']:10s} {m['unit']}")
        for u, r in spurious:
            print(f"    SPURIOUS {r:10s} {u}")
    return right, len(missed), len(spurious)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    names = args or sorted(p.name.split(".")[0] for p in CASES.glob("*.expect.json"))
    commit = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print(f"plans at commit {commit}")
    tot = [0, 0, 0]
    for nn in names:
        r = score_case(nn, verbose)
        tot = [a + b for a, b in zip(tot, r)]
    p = tot[0] / (tot[0] + tot[2]) if tot[0] + tot[2] else 0
    rc = tot[0] / (tot[0] + tot[1]) if tot[0] + tot[1] else 0
    print(f"TOTAL: right {tot[0]}  missed {tot[1]}  spurious {tot[2]}  (P {p:.2f}, R {rc:.2f})")


if __name__ == "__main__":
    main()
