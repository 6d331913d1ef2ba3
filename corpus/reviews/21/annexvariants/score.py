"""Score the program on review 21 / annexvariants cases.

    cd /work/main && .venv/bin/python corpus/reviews/21/annexvariants/score.py [-v] [NN ...]

Targets: a predicted target can pair with an expected one when value and until agree and the units
agree (after pipeline.evaluate.key; "%…" = "%"; one unit the other's first words). Pairs are made
one-to-one, best first. A pair is MATCHED when kind is equal, the deadline's year is one of the
accepted years ("any" accepts anything, incl. null) and the indicator holds every required word
(after key); otherwise it is WRONG (listed with the fields that differ; counted apart, as one miss
and one spurious in "lost"). Optional expected items are never missed; a prediction paired with
one is not spurious. Comparators are reported (CMP) but not scored.
Units: (key(unit), role) pairs against the expected units (a name, its accepted alternatives, and
accepted roles). Predicted pairs with no expected unit are spurious.
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
    k = key(u or "") or ""
    return "%" if k.startswith("%") or k.startswith("‰") and False else k


def unit_ok(e, p):
    a, b = ukey(e), ukey(p)
    if a == b:
        return True
    if not a or not b:
        return False
    aw, bw = a.split(), b.split()
    n = min(len(aw), len(bw))
    return aw[:n] == bw[:n]


def feq(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def problems(e, p):
    out = []
    if p.kind != e["kind"]:
        out.append(f"kind={p.kind}")
    if e["deadline"] not in ("any", ["any"]):
        y = str(p.deadline)[:4] if p.deadline else None
        if e["deadline"] is None:
            if y is not None and e["kind"] == "target":
                out.append(f"deadline={p.deadline}")
        elif y not in e["deadline"]:
            out.append(f"deadline={p.deadline}")
    ind = key(p.indicator or "") or ""
    miss = [w for w in e["words"] if (key(w) or w) not in ind]
    if miss:
        out.append(f"indicator lacks {miss}")
    return out


def fmt_e(e):
    r = f"{e['value']}" + (f"-{e['until']}" if e["until"] is not None else "")
    return f"{r} {e['unit']} {e['kind']} {e['deadline']} {e['words']}"


def fmt_p(p):
    r = f"{p.value}" + (f"-{p.until}" if p.until is not None else "")
    return f"{r} [{p.unit}] {p.kind} {p.deadline} «{p.indicator}»"


def score_case(case, verbose=False):
    exp = json.loads((CASES / f"{case}.expect.json").read_text(encoding="utf-8"))
    doc = extract(path=str(CASES / f"{case}.txt"))
    preds = list(doc.targets)
    cands = []
    for i, e in enumerate(exp["targets"]):
        for j, p in enumerate(preds):
            if feq(e["value"], p.value) and feq(e["until"], p.until) and unit_ok(e["unit"], p.unit):
                cands.append((len(problems(e, p)), e["opt"], i, j))
    cands.sort()
    used_e, used_p = set(), set()
    res = {"matched": 0, "wrong": 0, "missed": 0, "spurious": 0, "opt": 0, "certain": 0}
    lines = []
    for n, opt, i, j in cands:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        e, p = exp["targets"][i], preds[j]
        pr = problems(e, p)
        if e.get("cmp") and (p.comparator or "=") != e["cmp"]:
            lines.append(f"  CMP      {fmt_e(e)}  <- comparator {p.comparator}")
        if e["opt"]:
            res["opt"] += 1
            if pr and any(x.startswith("kind") for x in pr):
                lines.append(f"  OPT-KIND {fmt_e(e)}  <- {fmt_p(p)}")
            continue
        if pr:
            res["wrong"] += 1
            lines.append(f"  WRONG    {fmt_e(e)}  <- {fmt_p(p)}  :: {'; '.join(pr)}")
        else:
            res["matched"] += 1
            if verbose:
                lines.append(f"  ok       {fmt_e(e)}  <- {fmt_p(p)}")
    for i, e in enumerate(exp["targets"]):
        if not e["opt"]:
            res["certain"] += 1
        if i not in used_e and not e["opt"]:
            res["missed"] += 1
            lines.append(f"  MISSED   {fmt_e(e)}")
    for j, p in enumerate(preds):
        if j not in used_p:
            res["spurious"] += 1
            lines.append(f"  SPURIOUS {fmt_p(p)}  text={(p.text or '')[:70]!r}")
    # units
    exp_units = exp["units"]
    got = {(key(r.unit) or "", r.role) for r in doc.responsibilities}
    u_match, u_spur, u_miss = 0, [], []
    hit = set()
    for uk, role in sorted(got):
        ok = False
        for k, u in enumerate(exp_units):
            names = [u["unit"]] + u.get("alt", [])
            if uk in {key(n) for n in names} and role in u["roles"]:
                ok = True
                hit.add(k)
        if ok:
            u_match += 1
        else:
            u_spur.append(f"{uk}/{role}")
    for k, u in enumerate(exp_units):
        if k not in hit:
            u_miss.append(u["unit"])
    res["u_matched"], res["u_missed"], res["u_spurious"] = len(hit), len(u_miss), len(u_spur)
    if u_miss:
        lines.append(f"  UNIT-MISSED {u_miss}")
    if u_spur:
        lines.append(f"  UNIT-SPURIOUS {u_spur}")
    return exp, res, lines


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    cases = args or sorted(p.name.split(".")[0] for p in CASES.glob("*.expect.json"))
    tot = {}
    out = []
    for c in cases:
        exp, r, lines = score_case(c, verbose)
        for k, v in r.items():
            tot[k] = tot.get(k, 0) + v
        out.append(f"{c} {exp['table']:5} {exp['rendering']:10} certain={r['certain']:3} matched={r['matched']:3} "
                   f"wrong={r['wrong']:3} missed={r['missed']:3} spurious={r['spurious']:3} opt={r['opt']:2} | units "
                   f"{r['u_matched']}/{r['u_missed']}/{r['u_spurious']}")
        out += lines
    out.append("")
    out.append(f"TOTAL certain={tot['certain']} matched={tot['matched']} wrong={tot['wrong']} missed={tot['missed']} "
               f"spurious={tot['spurious']} opt-paired={tot['opt']} | units matched={tot['u_matched']} "
               f"missed={tot['u_missed']} spurious={tot['u_spurious']}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
