"""Score the units cases: (unit, role) pairs matched as `plans eval` does (pipeline.evaluate:
key(), same role, edit ratio >= UNIT_SIMILARITY, one-to-one, best first; printed_as forms).
Entries marked "uncertain": true are optional: matched -> neither TP nor FP; unmatched -> not missed.
Usage: .venv/bin/python corpus/reviews/19/units/score.py [NN ...]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))); sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
from pipeline import extract
from pipeline.evaluate import key, UNIT_SIMILARITY
from rapidfuzz import fuzz


def names_of(g):
    pa = g.get("printed_as") or []
    pa = [pa] if isinstance(pa, str) else pa
    return [key(n) or "" for n in [g["unit"], *pa]]


def score_case(nn, verbose=True):
    gold = json.load(open(os.path.join(HERE, "expect", f"{nn}.json")))
    doc = extract(path=os.path.join(HERE, "cases", f"{nn}.txt"))
    pred = [(r.unit, r.role) for r in doc.responsibilities]
    cands = []
    for i, g in enumerate(gold):
        gn = names_of(g)
        for j, (pu, pr) in enumerate(pred):
            if pr != g["role"]:
                continue
            s = max(fuzz.ratio(n, key(pu) or "") for n in gn)
            if s >= UNIT_SIMILARITY:
                cands.append((s, not g.get("uncertain"), i, j))
    cands.sort(reverse=True)
    ug, up = set(), set()
    tp = 0
    for s, certain, i, j in cands:
        if i in ug or j in up:
            continue
        ug.add(i); up.add(j)
        tp += certain
    missed = [(g["unit"], g["role"]) for i, g in enumerate(gold) if i not in ug and not g.get("uncertain")]
    spurious = [pred[j] for j in range(len(pred)) if j not in up]
    if verbose:
        print(f"== {nn}: tp={tp} missed={len(missed)} spurious={len(spurious)}")
        for u, r in missed:
            print(f"   MISSED   {r:10s} {u}")
        for u, r in spurious:
            print(f"   SPURIOUS {r:10s} {u}")
    return tp, len(missed), len(spurious)


def main():
    import subprocess
    print(subprocess.run(["git","log","-1","--format=commit %h %ad"],capture_output=True,text=True).stdout.strip(),
          "(dirty)" if subprocess.run(["git","status","--short","pipeline"],capture_output=True,text=True).stdout.strip() else "")
    nns = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "expect")) if f.endswith(".json"))
    T = M = S = 0
    for nn in nns:
        t, m, s = score_case(nn)
        T += t; M += m; S += s
    p = T / (T + S) if T + S else 0
    r = T / (T + M) if T + M else 0
    print(f"\nTOTAL: right={T} missed={M} spurious={S}  P={p:.2f} R={r:.2f}")


if __name__ == "__main__":
    main()
