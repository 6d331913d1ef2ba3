"""Run from the repository root: .venv/bin/python corpus/reviews/20/onecellheads/score.py [NN ...]"""
import json, sys
from pathlib import Path
from rapidfuzz import fuzz
sys.path.insert(0, ".")
from pipeline import extract
from pipeline.evaluate import key

CASES = Path(__file__).parent / "cases"

def unit_ok(a, b):
    a = (key(a) or "").split(); b = (key(b) or "").split()
    if not a or not b:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]

def val(x):
    return None if x is None else round(float(x), 4)

def sim(g, p):
    if val(g["value"]) != val(p.get("value")) or val(g.get("until")) != val(p.get("until")):
        return 0
    if not unit_ok(g.get("unit"), p.get("unit")):
        return 0
    gi, pi = key(g.get("indicator")) or "", key(p.get("indicator")) or ""
    if not gi or not pi:
        return 0
    return fuzz.token_set_ratio(gi, pi)

def run(nn, verbose=True):
    exp = json.load(open(CASES / f"{nn}.expect.json", encoding="utf-8"))["targets"]
    doc = extract(path=str(CASES / f"{nn}.txt"))
    pred = [dict(vars(t)) for t in doc.targets]
    pairs = sorted(((sim(g, p), gi, pi) for gi, g in enumerate(exp) for pi, p in enumerate(pred)), reverse=True)
    mg, mp, match = set(), set(), []
    for s, gi, pi in pairs:
        if s < 70:
            break
        if gi in mg or pi in mp:
            continue
        mg.add(gi); mp.add(pi); match.append((gi, pi))
    missed = [g for i, g in enumerate(exp) if i not in mg and not g.get("uncertain")]
    spurious = [p for i, p in enumerate(pred) if i not in mp]
    kind = [(exp[g], pred[p]) for g, p in match if exp[g].get("kind") != pred[p].get("kind")]
    dl = [(exp[g], pred[p]) for g, p in match if not exp[g].get("uncertain") and str(exp[g].get("deadline")) != str(pred[p].get("deadline"))]
    certain = sum(1 for g in exp if not g.get("uncertain"))
    matched = sum(1 for g, p in match if not exp[g].get("uncertain"))
    r = dict(case=nn, certain=certain, matched=matched, missed=len(missed), spurious=len(spurious),
             unc_matched=sum(1 for g, p in match if exp[g].get("uncertain")), kind=len(kind), deadline=len(dl))
    if verbose:
        print(f"== {nn}: certain {certain} matched {matched} missed {len(missed)} spurious {len(spurious)} "
              f"(uncertain matched {r['unc_matched']}) kind {len(kind)} deadline {len(dl)}")
        for g in missed:
            print(f"  MISSED   {g['value']}{'-'+str(g['until']) if g['until'] else ''} {g['unit']} | {g['indicator']} | {g['deadline']}")
        for p in spurious:
            print(f"  SPURIOUS {p['value']}{'-'+str(p['until']) if p.get('until') else ''} {p['unit']} | {p['indicator']} | {p.get('kind')} {p.get('deadline')}")
        for g, p in kind:
            print(f"  KIND     {g['value']} {g['indicator']}: expected {g['kind']}, got {p['kind']}")
        for g, p in dl:
            print(f"  DEADLINE {g['value']} {g['indicator']}: expected {g['deadline']}, got {p['deadline']}")
    return r

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.name[:2] for p in CASES.glob("*.txt"))
    tot = {}
    rows = []
    for nn in names:
        r = run(nn)
        rows.append(r)
        for k, v in r.items():
            if k != "case":
                tot[k] = tot.get(k, 0) + v
    print("\nTOTAL", json.dumps(tot))
    json.dump(rows, open(Path(__file__).parent / "summary.json", "w"), indent=1)
