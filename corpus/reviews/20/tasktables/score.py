"""Score the program's responsible units on the cases against cases/NN.expect.json.

Run from the repository root:  .venv/bin/python corpus/reviews/20/tasktables/score.py [NN ...]

A unit matches when its comparison key (pipeline.evaluate.key: NFC, tone placement unified,
case-folded, spaces collapsed, trailing ':' '.' ';' dropped) equals the key of the expected unit
or of one of its `printed_as` forms, and the role is equal.  One-to-one.  Expected items marked
`optional` count neither as missed (when absent) nor as spurious (when found).
Prints per case: right, missed, spurious (and the items), then the totals.
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract  # noqa: E402
from pipeline.evaluate import key  # noqa: E402

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def names(item):
    return {key(item["unit"])} | {key(p) for p in item.get("printed_as", [])}


def score(n, verbose=True):
    gold = json.loads((CASES / f"{n}.expect.json").read_text(encoding="utf-8"))["expect"]
    doc = extract(path=str(CASES / f"{n}.txt"))
    preds, seen = [], set()
    for r in doc.responsibilities:
        unit = r["unit"] if isinstance(r, dict) else r.unit
        role = r["role"] if isinstance(r, dict) else r.role
        k = (key(unit), role)
        if k not in seen:
            seen.add(k)
            preds.append((unit, role))
    used = [False] * len(preds)
    right, missed, optional_found = [], [], []
    # certain items first, so an optional entry never takes a prediction a certain one needs
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        ns = names(g)
        hit = None
        for i, (u, role) in enumerate(preds):
            if not used[i] and role == g["role"] and key(u) in ns:
                hit = i
                break
        if hit is not None:
            used[hit] = True
            (optional_found if g.get("optional") else right).append((g["unit"], g["role"]))
        elif not g.get("optional"):
            missed.append((g["unit"], g["role"]))
    spurious = [p for p, u in zip(preds, used) if not u]
    if verbose:
        print(f"== {n}: right {len(right)}  missed {len(missed)}  spurious {len(spurious)}"
              f"  (optional found {len(optional_found)})")
        for u, r in missed:
            print(f"   MISSED   {r:10s} {u}")
        for u, r in spurious:
            print(f"   SPURIOUS {r:10s} {u}")
    return len(right), len(missed), len(spurious)


def main(argv):
    ns = argv or sorted(p.name.split(".")[0] for p in CASES.glob("*.txt"))
    commit = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "status", "--porcelain", "pipeline"],
                           capture_output=True, text=True).stdout.strip()
    print(f"program at {commit}{' (pipeline has uncommitted changes)' if dirty else ''}")
    tot = [0, 0, 0]
    for n in ns:
        r = score(n)
        tot = [a + b for a, b in zip(tot, r)]
    right, missed, spurious = tot
    p = right / (right + spurious) if right + spurious else 0
    rc = right / (right + missed) if right + missed else 0
    print(f"\nTOTAL over {len(ns)} cases: right {right}  missed {missed}  spurious {spurious}"
          f"  (P {p:.2f}, R {rc:.2f})")


if __name__ == "__main__":
    main(sys.argv[1:])
