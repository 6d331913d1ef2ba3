"""Score the program on the cases of review 21 / centralunits. Run from the repository root:
    .venv/bin/python corpus/reviews/21/centralunits/score.py [NN ...] [-v]
Units: names compared after pipeline.evaluate.key, edit ratio >= 90 (printed_as forms too), same role,
one-to-one, best pairs first. Targets: value, until and unit (evaluate's unit rule) pick the pair; kind
and deadline must be equal (a finer deadline of the same year, '2026-Q2' for '2026', is accepted) and
the indicator must hold the required words; a pair with a wrong field counts as 'wrong' (one missed,
no spurious). Optional items count neither as missed nor as spurious. Sections: level-1 (label, title).
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from rapidfuzz import fuzz  # noqa: E402
from pipeline import extract  # noqa: E402
from pipeline.evaluate import key, _target_unit_key, _same_unit  # noqa: E402

HERE = Path(__file__).parent
CASES = HERE / "cases"


def g(o, name):
    return o.get(name) if isinstance(o, dict) else getattr(o, name, None)


def score_units(exp, preds):
    gold = {}
    for e in exp:
        k = (key(e["unit"]), e["role"])
        if k not in gold or (gold[k].get("optional") and not e.get("optional")):
            gold[k] = e
    gold = list(gold.values())
    pred = {}
    for r in preds:
        k = (key(g(r, "unit")), g(r, "role"))
        pred.setdefault(k, g(r, "unit"))
    pred = [(k, v) for k, v in pred.items()]
    pairs = []
    for i, e in enumerate(gold):
        names = [key(e["unit"])] + [key(p) for p in e.get("printed_as", [])]
        for j, ((pk, role), pv) in enumerate(pred):
            if role != e["role"]:
                continue
            r = max(fuzz.ratio(n, pk) for n in names)
            if r >= 90:
                pairs.append((r, i, j))
    pairs.sort(reverse=True)
    gi, pj = {}, set()
    for r, i, j in pairs:
        if i in gi or j in pj:
            continue
        gi[i] = j
        pj.add(j)
    right = [gold[i] for i in gi if not gold[i].get("optional")]
    missed = [e for i, e in enumerate(gold) if i not in gi and not e.get("optional")]
    spurious = [pred[j] for j in range(len(pred)) if j not in pj]
    return right, missed, spurious


def _deadline_ok(exp, got):
    options = exp if isinstance(exp, list) else [exp]
    for o in options:
        if o is None and got is None:
            return True
        if o is not None and got is not None and (str(got) == o or str(got).startswith(o + "-")):
            return True
    return False


def score_targets(exp, preds):
    preds = list(preds)
    used = set()
    right, wrong, missed = [], [], []
    order = sorted(range(len(exp)), key=lambda i: bool(exp[i].get("optional")))
    for i in order:
        e = exp[i]
        cands = []
        for j, p in enumerate(preds):
            if j in used:
                continue
            try:
                v = float(g(p, "value")) if g(p, "value") is not None else None
                un = float(g(p, "until")) if g(p, "until") is not None else None
            except (TypeError, ValueError):
                continue
            if v is None or abs(v - e["value"]) > 1e-6:
                continue
            if (e["until"] is None) != (un is None) or (un is not None and abs(un - e["until"]) > 1e-6):
                continue
            if not _same_unit(_target_unit_key(e["unit"]), _target_unit_key(g(p, "unit"))):
                continue
            ind = key(g(p, "indicator") or "") or ""
            faults = []
            if g(p, "kind") != e["kind"]:
                faults.append(f"kind {g(p, 'kind')}")
            if not _deadline_ok(e["deadline"], g(p, "deadline")):
                faults.append(f"deadline {g(p, 'deadline')}")
            miss_words = [w for w in e["words"] if key(w) not in ind]
            if miss_words:
                faults.append(f"indicator '{g(p, 'indicator')}'")
            cands.append((len(faults), j, faults))
        if not cands:
            if not e.get("optional"):
                missed.append(e)
            continue
        cands.sort()
        nf, j, faults = cands[0]
        used.add(j)
        if e.get("optional"):
            continue
        if nf == 0:
            right.append(e)
        else:
            wrong.append((e, faults))
    spurious = [p for j, p in enumerate(preds) if j not in used]
    return right, wrong, missed, spurious


def score_sections(exp, secs):
    pred = [(key(s.label), key(s.title)) for s in secs if s.level == 1 and s.kind in ("section", "part")]
    gold = [(key(s["label"]), key(s["title"])) for s in exp]
    right = []
    rest = list(pred)
    missed = []
    for x in gold:
        if x in rest:
            rest.remove(x)
            right.append(x)
        else:
            missed.append(x)
    return right, missed, rest


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    commit = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(__import__("pathlib").Path(__file__).resolve().parents[4]), "status", "--porcelain", "pipeline"],
                           capture_output=True, text=True).stdout.strip()
    print(f"commit {commit}{' (pipeline/ has uncommitted changes)' if dirty else ''}")
    tot = dict(u_r=0, u_m=0, u_s=0, t_r=0, t_w=0, t_m=0, t_s=0, s_r=0, s_m=0, s_s=0)
    names = sorted(p.stem for p in CASES.glob("*.txt"))
    if args:
        names = [n for n in names if n in args]
    for n in names:
        exp = json.loads((CASES / f"{n}.expect.json").read_text())
        doc = extract(path=str(CASES / f"{n}.txt"))
        ur, um, us = score_units(exp["units"], doc.responsibilities)
        tr, tw, tm, ts = score_targets(exp["targets"], doc.targets)
        sr, sm, ss = score_sections(exp["sections"], doc.sections)
        for k, v in zip(tot, (ur, um, us, tr, tw, tm, ts, sr, sm, ss)):
            tot[k] += len(v)
        flag = "" if not (um or us or tw or tm or ts or sm or ss) else "  <--"
        print(f"{n}: units {len(ur)}/{len(um)}/{len(us)}  targets {len(tr)}/{len(tw)}w/{len(tm)}/{len(ts)}"
              f"  sections {len(sr)}/{len(sm)}/{len(ss)}{flag}")
        if verbose or flag:
            for e in um:
                print(f"    unit missed: {e['role']:10} {e['unit']}")
            for (k, role), v in us:
                print(f"    unit spurious: {role:10} {v}")
            for e, f in tw:
                print(f"    target wrong: {e['value']} {e['unit']} ({', '.join(f)})")
            for e in tm:
                print(f"    target missed: {e['value']} {e['unit']} {e['words']}")
            for p in ts:
                print(f"    target spurious: {g(p, 'value')} {g(p, 'unit')} | {g(p, 'indicator')} | "
                      f"{g(p, 'kind')} {g(p, 'deadline')}")
            for x in sm:
                print(f"    section missed: {x}")
            for x in ss:
                print(f"    section spurious: {x}")
    print()
    print(f"TOTAL units right {tot['u_r']} missed {tot['u_m']} spurious {tot['u_s']}")
    print(f"TOTAL targets right {tot['t_r']} wrong {tot['t_w']} missed {tot['t_m']} spurious {tot['t_s']}")
    print(f"TOTAL sections right {tot['s_r']} missed {tot['s_m']} spurious {tot['s_s']}")


if __name__ == "__main__":
    main()
