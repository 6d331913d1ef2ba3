"""Score every case against its expect file. Run from /work/main: .venv/bin/python /work/review22/tablecols/score.py [NN ...]"""
import json, pathlib, sys, regex
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract
from pipeline.evaluate import key, _same_unit, _target_unit_key
from pipeline.text import fold
from rapidfuzz import fuzz

HERE = pathlib.Path(__file__).parent
CASES = HERE / "cases"

def has_words(ind, words):
    f = fold(ind or "")
    return [w for w in words if not regex.search(r"(?<!\w)" + regex.escape(fold(w)) + r"(?!\w)", f)]

def same_vu(g, p):
    def n(v): return None if v is None else round(float(v), 6)
    return n(g["value"]) == n(p.get("value")) and n(g["until"]) == n(p.get("until")) and \
        _same_unit(_target_unit_key(g["unit"]), _target_unit_key(p.get("unit")))

def problems(g, p):
    out = []
    if g["kind"] != p.get("kind"): out.append(f"kind {p.get('kind')}")
    dl = p.get("deadline")
    if g["deadline"] is not None and (dl is None or not any(str(dl).startswith(d) if "Q" not in d else str(dl) == d for d in g["deadline"])):
        if not (dl and str(dl) in g["deadline"]):
            out.append(f"deadline {dl}")
    miss = has_words(p.get("indicator"), g["words"])
    if miss: out.append(f"indicator lacks {miss}")
    return out

def score(n):
    exp = json.loads((CASES / f"{n}.expect.json").read_text())
    doc = extract(path=str(CASES / f"{n}.txt"))
    preds = [t.__dict__ if hasattr(t, "__dict__") else t for t in doc.targets]
    preds = [dict(vars(t)) for t in doc.targets]
    gold = exp["targets"]
    used, res = set(), {"matched": 0, "wrong": 0, "missed": 0, "spurious": 0, "opt_found": 0}
    lines = []
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            if same_vu(g, p):
                pairs.append((len(problems(g, p)), gi, pi))
    pairs.sort()
    gmatched = {}
    for cost, gi, pi in pairs:
        if gi in gmatched or pi in used: continue
        gmatched[gi] = (pi, cost); used.add(pi)
    for gi, g in enumerate(gold):
        desc = f"{g['value']} {g['unit']} {g['deadline']} {g['words']}"
        if gi in gmatched:
            pi, cost = gmatched[gi]
            if g["optional"]:
                res["opt_found"] += 1
                continue
            if cost == 0:
                res["matched"] += 1
            else:
                res["wrong"] += 1
                p = preds[pi]
                lines.append(f"  WRONG  {desc}: {problems(g, p)} | got ind={p.get('indicator')!r} dl={p.get('deadline')} kind={p.get('kind')}")
        elif not g["optional"]:
            res["missed"] += 1
            lines.append(f"  MISSED {desc}")
    for pi, p in enumerate(preds):
        if pi not in used:
            res["spurious"] += 1
            lines.append(f"  SPUR   {p.get('value')} {p.get('until') or ''} {p.get('unit')!r} dl={p.get('deadline')} kind={p.get('kind')} ind={p.get('indicator')!r}")
    # units
    pu = {(key(r.unit), r.role) for r in doc.responsibilities}
    gu = {(key(u["unit"]), u["role"]) for u in exp["units"]}
    um = {g for g in gu if g in pu or any(g[1] == p[1] and fuzz.ratio(g[0], p[0]) >= 90 for p in pu)}
    us = {p for p in pu if not (p in gu or any(g[1] == p[1] and fuzz.ratio(g[0], p[0]) >= 90 for g in gu))}
    for g in sorted(gu - um): lines.append(f"  UNIT MISSED {g}")
    for p in sorted(us): lines.append(f"  UNIT SPUR   {p}")
    res.update(u_matched=len(um), u_missed=len(gu - um), u_spurious=len(us))
    return exp, res, lines

def main():
    names = sys.argv[1:] or sorted(p.name[:2] for p in CASES.glob("*.expect.json"))
    tot = {}
    for n in names:
        exp, res, lines = score(n)
        for k, v in res.items(): tot[k] = tot.get(k, 0) + v
        print(f"{n} [{exp['style']}] {exp['case']}")
        print("   targets matched/wrong/missed/spurious = {matched}/{wrong}/{missed}/{spurious} (optional found {opt_found}); units matched/missed/spurious = {u_matched}/{u_missed}/{u_spurious}".format(**res))
        for l in lines: print(l)
    print("TOTAL targets matched/wrong/missed/spurious = {matched}/{wrong}/{missed}/{spurious} (optional found {opt_found}); units matched/missed/spurious = {u_matched}/{u_missed}/{u_spurious}".format(**tot))

main()
