"""Compare my expectations (expect/NN.json) with the program's responsibilities, per case.
Uses the documented matching (pipeline.evaluate: key, unit_names, edit ratio >= 90, same role).
Optional expected entries ("optional": true) are neither missed nor spurious."""
import json, sys, glob, os
sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "..")))
from pipeline import extract
from pipeline.evaluate import key, unit_names, _name_similarity, UNIT_SIMILARITY

HERE = os.path.dirname(os.path.abspath(__file__))

def score(case):
    gold = json.load(open(f"{HERE}/expect/{case}.json"))
    doc = extract(path=f"{HERE}/cases/{case}.txt")
    pred = [(r.unit if hasattr(r, "unit") else r["unit"], r.role if hasattr(r, "role") else r["role"])
            for r in doc.responsibilities]
    named = unit_names(gold)
    g = [(named[key(r["unit"]) or ""], r["role"], r.get("optional", False)) for r in gold]
    p = [(key(u) or "", role, u) for u, role in pred]
    cands = sorted(((_name_similarity(gi[0], pj[0]) if gi[1] == pj[1] else 0, i, j)
                    for i, gi in enumerate(g) for j, pj in enumerate(p)), reverse=True)
    ug, up = set(), set()
    for s, i, j in cands:
        if s < UNIT_SIMILARITY: break
        if i in ug or j in up: continue
        ug.add(i); up.add(j)
    missed = [(gold[i]["unit"], gold[i]["role"]) for i in range(len(g)) if i not in ug and not g[i][2]]
    spurious = [(p[j][2], p[j][1]) for j in range(len(p)) if j not in up]
    tp = len([i for i in ug if not g[i][2]])
    return tp, missed, spurious, pred

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(os.path.basename(f)[:-5] for f in glob.glob(f"{HERE}/expect/*.json"))
    T = M = S = 0
    for c in cases:
        tp, missed, spurious, pred = score(c)
        T += tp; M += len(missed); S += len(spurious)
        print(f"== {c}: tp={tp} missed={len(missed)} spurious={len(spurious)}")
        for u, r in missed: print(f"   MISSED   {r:10s} {u}")
        for u, r in spurious: print(f"   SPURIOUS {r:10s} {u}")
        if "-v" in os.environ.get("V", ""):
            for u, r in pred: print(f"   pred {r:10s} {u}")
    print(f"TOTAL tp={T} missed={M} spurious={S}  P={T/(T+S) if T+S else 1:.2f} R={T/(T+M) if T+M else 1:.2f}")
