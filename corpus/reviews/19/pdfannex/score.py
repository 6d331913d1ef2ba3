"""Score the program's targets on cases/NN.txt against cases/NN.expect.json.

Match (one-to-one, best indicator similarity first): same value (and until), units equal after
case folding or one the other's first words, indicator token-set similarity >= 70 (rapidfuzz).
Certain expected items left unmatched are MISSED; program items left unmatched are SPURIOUS
(unless they match an uncertain expected item). Also reports kind/deadline differences and weak
indicators (program indicator a strict subset of the expected words) on matched items.
    .venv/bin/python corpus/reviews/19/pdfannex/score.py [NN ...]
"""
import json, os, re, sys, unicodedata
from pathlib import Path

os.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
from pipeline import extract  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

HERE = Path(os.environ.get("CASES", str(Path(__file__).parent / "cases")))


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip().casefold()


def utoks(u):
    return re.findall(r"\w+|%|‰", norm(u))


def unit_ok(a, b):
    ta, tb = utoks(a), utoks(b)
    if not ta or not tb:
        return ta == tb
    n = min(len(ta), len(tb))
    return ta[:n] == tb[:n]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def score_case(n):
    exp = json.loads((HERE / f"{n}.expect.json").read_text())
    doc = extract(path=str(HERE / f"{n}.txt"))
    got = list(doc.targets)
    pairs = []
    for i, e in enumerate(exp):
        for j, g in enumerate(got):
            if same(e["value"], g.value) and same(e["until"], g.until) and unit_ok(e["unit"], g.unit):
                s = fuzz.token_set_ratio(norm(e["indicator"]), norm(g.indicator))
                if s >= 70:
                    pairs.append((not e["uncertain"], s, i, j))
    pairs.sort(reverse=True)
    mi, mj, match = set(), set(), []
    for _, s, i, j in pairs:
        if i in mi or j in mj:
            continue
        mi.add(i); mj.add(j); match.append((i, j))
    missed = [exp[i] for i in range(len(exp)) if i not in mi and not exp[i]["uncertain"]]
    spurious = [got[j] for j in range(len(got)) if j not in mj]
    fields = []
    for i, j in match:
        e, g = exp[i], got[j]
        d = []
        if e["kind"] != g.kind and not e["uncertain"]:
            d.append(f"kind {g.kind}≠{e['kind']}")
        if (e["deadline"] or None) != (g.deadline or None) and not e["uncertain"]:
            d.append(f"deadline {g.deadline}≠{e['deadline']}")
        ew, gw = set(re.findall(r"\w+", norm(e["indicator"]))), set(re.findall(r"\w+", norm(g.indicator)))
        if gw < ew and not e["uncertain"]:
            d.append("weak-indicator")
        if d:
            fields.append((e, g, d))
    return exp, got, missed, spurious, fields


def main(args):
    names = args or sorted(p.name.split(".")[0] for p in HERE.glob("*.txt"))
    T = dict(exp=0, certain=0, got=0, missed=0, spurious=0, kind=0, deadline=0, weak=0)
    for n in names:
        exp, got, missed, spurious, fields = score_case(n)
        c = sum(not e["uncertain"] for e in exp)
        print(f"== case {n}: expected {len(exp)} ({c} certain), program {len(got)}, "
              f"MISSED {len(missed)}, SPURIOUS {len(spurious)}, field diffs {len(fields)}")
        for e in missed:
            print(f"   MISSED   {e['value']:g}{'' if e['until'] is None else '-%g' % e['until']} [{e['unit']}] "
                  f"{e['kind']} {e['deadline']} | {e['indicator']}")
        for g in spurious:
            print(f"   SPURIOUS {g.value}{'' if g.until is None else '-%s' % g.until} [{g.unit}] {g.kind} "
                  f"{g.deadline} | {g.indicator}")
        for e, g, d in fields:
            print(f"   FIELD    {e['value']:g} [{e['unit']}] {', '.join(d)} | exp: {e['indicator']} | got: {g.indicator}")
        T["exp"] += len(exp); T["certain"] += c; T["got"] += len(got)
        T["missed"] += len(missed); T["spurious"] += len(spurious)
        for _, _, d in fields:
            T["kind"] += any(x.startswith("kind") for x in d)
            T["deadline"] += any(x.startswith("deadline") for x in d)
            T["weak"] += "weak-indicator" in d
    print("TOTAL", json.dumps(T))


if __name__ == "__main__":
    main(sys.argv[1:])
