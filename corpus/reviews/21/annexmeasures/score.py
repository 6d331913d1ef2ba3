"""Score the program on review 21 / annexmeasures cases.

    .venv/bin/python corpus/reviews/21/annexmeasures/score.py [-v] [NN ...]

Targets: a predicted target pairs with an expected one when value, until and unit agree (unit
case-folded, "%…" = "%", one unit a word-prefix of the other). Pairs are made one-to-one, best
first (deadline equal, kind equal, indicator words present). A pair is MATCHED when kind and
deadline (year part) are equal and the indicator holds every required word (after
pipeline.evaluate.key); otherwise it is WRONG (listed with the fields that differ) and counts as
one missed and one spurious. Optional expected items (baselines, comparisons) are never missed;
a prediction paired with one is not spurious, but a wrong kind on it is reported (OPT-KIND).
Units: (key(unit), role) pairs against the expected units and their accepted roles.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract  # noqa: E402
from pipeline.evaluate import key  # noqa: E402

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def ukey(u):
    if u is None:
        return ""
    k = key(u) or ""
    return "%" if k.startswith("%") else k


def unit_ok(e, p):
    a, b = ukey(e), ukey(p)
    if a == b:
        return True
    if not a or not b:
        return False
    aw, bw = a.split(), b.split()
    n = min(len(aw), len(bw))
    return aw[:n] == bw[:n]


def year(d):
    return str(d)[:4] if d else None


def feq(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def problems(e, p):
    out = []
    if p.kind != e["kind"]:
        out.append(f"kind {p.kind}")
    if year(p.deadline) != year(e["deadline"]):
        out.append(f"deadline {p.deadline}")
    ind = key(p.indicator or "") or ""
    miss = [w for w in e["words"] if (key(w) or w) not in ind]
    if miss:
        out.append(f"indicator lacks {miss}")
    return out


def score_case(case, verbose=False):
    exp = json.loads((CASES / f"{case}.expect.json").read_text(encoding="utf-8"))
    doc = extract(path=str(CASES / f"{case}.txt"))
    preds = list(doc.targets)
    cands = []
    for i, e in enumerate(exp["targets"]):
        for j, p in enumerate(preds):
            if feq(e["value"], p.value) and feq(e["until"], p.until) and unit_ok(e["unit"], p.unit):
                cands.append((len(problems(e, p)), i, j))
    cands.sort()
    used_e, used_p, pairs = set(), set(), {}
    for n, i, j in cands:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        pairs[i] = j
    res = {"matched": 0, "wrong": 0, "missed": 0, "spurious": 0, "opt": 0}
    lines = []
    for i, e in enumerate(exp["targets"]):
        if i in pairs:
            p = preds[pairs[i]]
            pr = problems(e, p)
            if e["optional"]:
                res["opt"] += 1
                if p.kind != e["kind"]:
                    lines.append(f"  OPT-KIND {e['text']} {e['unit']} {e['deadline']}: kind {p.kind} "
                                 f"deadline {p.deadline} ind={p.indicator!r}")
                continue
            if pr:
                res["wrong"] += 1
                lines.append(f"  WRONG {e['text']} {e['unit']} {e['deadline']} {e['words']}: {'; '.join(pr)} "
                             f"| got unit={p.unit!r} ind={p.indicator!r}")
            else:
                res["matched"] += 1
                if verbose:
                    lines.append(f"  ok {e['text']} {e['unit']} {e['deadline']} ind={p.indicator!r}")
        elif not e["optional"]:
            res["missed"] += 1
            lines.append(f"  MISSED {e['text']} {e['unit']} {e['deadline']} {e['words']}")
    for j, p in enumerate(preds):
        if j not in used_p:
            res["spurious"] += 1
            lines.append(f"  SPURIOUS {p.value}{'-' + str(p.until) if p.until else ''} unit={p.unit!r} "
                         f"kind={p.kind} deadline={p.deadline} ind={p.indicator!r} text={p.text[:60]!r}")
    # units
    eu = {}
    for u in exp["units"]:
        eu.setdefault(ukey(u["unit"]), set()).update(u["roles"])
    got = {(ukey(r.unit), r.role) for r in doc.responsibilities}
    um = umiss = usp = 0
    for k, roles in eu.items():
        if any((k, r) in got for r in roles):
            um += 1
        else:
            umiss += 1
            lines.append(f"  UNIT-MISSED {k} {sorted(roles)}")
    for k, r in sorted(got):
        if k not in eu or r not in eu[k]:
            usp += 1
            lines.append(f"  UNIT-SPURIOUS {k} {r}")
    res.update(u_matched=um, u_missed=umiss, u_spurious=usp)
    return exp, res, lines


def main(argv):
    verbose = "-v" in argv
    chosen = [a for a in argv if a != "-v"]
    cases = chosen or sorted(p.name.split(".")[0] for p in CASES.glob("*.txt"))
    tot = {}
    for c in cases:
        exp, res, lines = score_case(c, verbose)
        for k, v in res.items():
            tot[k] = tot.get(k, 0) + v
        n = sum(1 for e in exp["targets"] if not e["optional"])
        print(f"{c} {exp['table']} {exp['rendering']:8s} targets {n:3d}: matched {res['matched']:3d} "
              f"wrong {res['wrong']:3d} missed {res['missed']:3d} spurious {res['spurious']:3d} | units "
              f"matched {res['u_matched']} missed {res['u_missed']} spurious {res['u_spurious']}")
        for ln in lines:
            print(ln)
    print("TOTAL", " ".join(f"{k} {v}" for k, v in tot.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
