"""Score the program on the cases. Run from the repository root:
    .venv/bin/python corpus/reviews/20/pipetables/score.py [NN ...]
Matches one-to-one, best pairs first: value, until, unit (eval's unit key: case-folded, '%...' = '%',
one unit the other's first words) and indicator token_set_ratio >= 70 (pipeline.evaluate.target_similarity).
Uncertain expected items are neither missed nor spurious when absent/present (their kind is still checked).
Prints per case and in total: matched, missed, spurious, wrong kind / deadline among matched, and WEAK
(indicator lacks the row's commune/product word given as `must`)."""
from __future__ import annotations
import json, sys
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract  # noqa: E402
from pipeline.evaluate import target_similarity, key  # noqa: E402

HERE = Path(__file__).parent / "cases"


def tdict(t):
    return {k: getattr(t, k, None) for k in ("value", "until", "unit", "kind", "deadline", "indicator", "comparator", "text")}


def year(d):
    return str(d)[:4] if d else None


def score_case(nn, verbose=True):
    exp = json.loads((HERE / f"{nn}.expect.json").read_text(encoding="utf-8"))
    gold = exp["targets"]
    doc = extract(path=str(HERE / f"{nn}.txt"))
    pred = [tdict(t) for t in doc.targets]
    cands = sorted(((target_similarity(g, p) + (1 if year(g["deadline"]) == year(p["deadline"]) else 0)
                     + (0.5 if g["kind"] == p["kind"] else 0), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    ug, up, pairs = set(), set(), []
    for s, i, j in cands:
        if s < 70:
            break
        if i in ug or j in up:
            continue
        ug.add(i); up.add(j); pairs.append((gold[i], pred[j]))
    res = dict(matched=0, missed=0, spurious=0, kind=0, deadline=0, weak=0, unc_matched=0)
    lines = []
    for g, p in pairs:
        if g.get("uncertain"):
            res["unc_matched"] += 1
        else:
            res["matched"] += 1
        if g["kind"] != p["kind"]:
            res["kind"] += 1
            lines.append(f"  KIND      {g['value']} {g['unit']} [{g['indicator']}] expected {g['kind']} got {p['kind']}")
        if year(g["deadline"]) != year(p["deadline"]):
            res["deadline"] += 1
            lines.append(f"  DEADLINE  {g['value']} {g['unit']} [{g['indicator']}] expected {g['deadline']} got {p['deadline']}")
        if g.get("must") and key(g["must"]) not in (key(p["indicator"]) or ""):
            res["weak"] += 1
            lines.append(f"  WEAK      {g['value']} {g['unit']} expected '{g['must']}' in indicator, got [{p['indicator']}]")
    for i, g in enumerate(gold):
        if i not in ug and not g.get("uncertain"):
            res["missed"] += 1
            lines.append(f"  MISSED    {g['value']}{'-' + str(g['until']) if g['until'] else ''} {g['unit']} {g['deadline']} {g['kind']} [{g['indicator']}]")
    for j, p in enumerate(pred):
        if j not in up:
            res["spurious"] += 1
            lines.append(f"  SPURIOUS  {p['value']}{'-' + str(p['until']) if p['until'] else ''} {p['unit']} {p['deadline']} {p['kind']} [{p['indicator']}]")
    if verbose:
        print(f"{nn} {exp['table']:<4} {exp['rendering']:<7} expected {sum(not g.get('uncertain') for g in gold):3d} "
              f"matched {res['matched']:3d} missed {res['missed']:3d} spurious {res['spurious']:3d} "
              f"kind {res['kind']:2d} deadline {res['deadline']:2d} weak {res['weak']:2d}")
        for ln in lines:
            print(ln)
    return res


def main(argv):
    names = argv or sorted(p.name.split(".")[0] for p in HERE.glob("*.expect.json"))
    tot = {}
    summary = {}
    for nn in names:
        r = score_case(nn)
        summary[nn] = r
        for k, v in r.items():
            tot[k] = tot.get(k, 0) + v
    print("TOTAL", " ".join(f"{k} {v}" for k, v in tot.items()))
    if not argv:
        (Path(__file__).parent / "summary.json").write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
