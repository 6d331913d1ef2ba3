"""Score the program's targets on the cases.  Run from the repository root:
    .venv/bin/python corpus/reviews/20/campaignaims/score.py [NN ...] [-v]
A target matches on value, until, unit (case-folded; one unit the other's first words) and an
indicator token_set_ratio >= 70 (pipeline.evaluate.target_similarity), one-to-one, best pairs
first.  Uncertain expected items are not counted as missed; a prediction matching one is not
spurious.  Prints per case and in total: matched, missed, spurious, wrong kind among matched
(and deadline differences among matched, for information)."""
import json
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract  # noqa: E402
from pipeline.evaluate import target_similarity  # noqa: E402

CASES = Path(__file__).resolve().parent / "cases"


def match(gold, pred):
    pairs = sorted(((target_similarity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   reverse=True)
    gi, pj, out = set(), set(), []
    for s, i, j in pairs:
        if s < 70:
            break
        if i in gi or j in pj:
            continue
        gi.add(i); pj.add(j); out.append((i, j))
    return out


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or sorted(p.stem.split(".")[0] for p in CASES.glob("*.expect.json"))
    tot = dict(exp=0, matched=0, missed=0, spurious=0, kind=0, deadline=0, unc_matched=0)
    for n in names:
        gold = json.loads((CASES / f"{n}.expect.json").read_text())["targets"]
        doc = extract(path=str(CASES / f"{n}.txt"))
        pred = [asdict(t) if not isinstance(t, dict) else t for t in doc.targets]
        m = match(gold, pred)
        mg = {i for i, _ in m}; mp = {j for _, j in m}
        certain = [i for i, g in enumerate(gold) if not g.get("uncertain")]
        matched = [(i, j) for i, j in m if not gold[i].get("uncertain")]
        missed = [i for i in certain if i not in mg]
        spurious = [j for j in range(len(pred)) if j not in mp]
        kind = [(i, j) for i, j in matched if (gold[i].get("kind") or "target") != (pred[j].get("kind") or "target")]
        dl = [(i, j) for i, j in matched if str(gold[i].get("deadline")) != str(pred[j].get("deadline"))]
        unc = len(m) - len(matched)
        for k, v in dict(exp=len(certain), matched=len(matched), missed=len(missed), spurious=len(spurious),
                         kind=len(kind), deadline=len(dl), unc_matched=unc).items():
            tot[k] += v
        print(f"{n}: expected {len(certain)} matched {len(matched)} missed {len(missed)} spurious {len(spurious)}"
              f" wrong-kind {len(kind)} deadline-diff {len(dl)} (uncertain matched {unc})")
        if verbose or missed or spurious or kind:
            for i in missed:
                g = gold[i]; print(f"   MISSED  {g['value']}{'-'+str(g['until']) if g['until'] else ''} {g['unit']!r} | {g['indicator']}")
            for j in spurious:
                p = pred[j]; print(f"   SPURIOUS {p['value']}{'-'+str(p.get('until')) if p.get('until') else ''} {p['unit']!r} {p.get('comparator')} kind={p.get('kind')} dl={p.get('deadline')} | {p.get('indicator')}")
            for i, j in kind:
                print(f"   KIND    {gold[i]['value']} {gold[i]['unit']!r}: expected {gold[i]['kind']}, got {pred[j].get('kind')}")
        if verbose:
            for i, j in m:
                g, p = gold[i], pred[j]
                print(f"   ok {g['value']} {g['unit']!r} -> {p['unit']!r} {p.get('comparator')} kind={p.get('kind')} dl={p.get('deadline')} (exp {g.get('deadline')}) | {p.get('indicator')}")
            for i in range(len(gold)):
                if gold[i].get("uncertain") and i not in mg:
                    print(f"   (uncertain, not given) {gold[i]['value']} {gold[i]['unit']!r}")
    e, mt = tot["exp"], tot["matched"]
    P = mt / (mt + tot["spurious"]) if mt + tot["spurious"] else 0
    R = mt / e if e else 0
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"TOTAL: expected {e} matched {mt} missed {tot['missed']} spurious {tot['spurious']} wrong-kind {tot['kind']}"
          f" deadline-diff {tot['deadline']} uncertain-matched {tot['unc_matched']}  P {P:.3f} R {R:.3f} F1 {F:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
