"""Run pipeline.extract in-process on cases/NN.txt and match its targets to cases/NN.expect.json.

Match: same value (and until), same unit (case-folded; None matches None), indicator token-set similarity >= 70.
Then report field faults on matched pairs: kind, deadline; and WEAK when none of the expected key words
(the row's product) is in the predicted indicator.
Uncertain expectations (baselines, optional columns) are neither MISSED when absent nor SPURIOUS when present.
usage: .venv/bin/python score.py [NN ...] [-v]
"""
import json
import os
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
from pipeline import extract  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402


def norm(s):
    return unicodedata.normalize("NFC", str(s or "")).casefold().replace("hoà", "hòa").strip()


def num_eq(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def unit_key(u):
    u = norm(u)
    return "%" if u.startswith("%") else " ".join(u.split())


def unit_eq(a, b):
    """As plans eval: "%..." is "%"; otherwise equal, or one is the other's first words."""
    a, b = unit_key(a), unit_key(b)
    if a == b:
        return True
    if not a or not b or a == "%" or b == "%":
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and not longer[len(shorter)].isalnum()


def get(t, k):
    return t.get(k) if isinstance(t, dict) else getattr(t, k, None)


def score_case(n, verbose=False):
    txt = HERE / "cases" / f"{n}.txt"
    exp = json.loads((HERE / "cases" / f"{n}.expect.json").read_text())
    doc = extract(path=str(txt))
    pred = [dict(value=get(t, "value"), until=get(t, "until"), unit=get(t, "unit"), kind=get(t, "kind"),
                 deadline=get(t, "deadline"), indicator=get(t, "indicator"), scope=get(t, "scope")) for t in doc.targets]
    pairs = []
    for i, e in enumerate(exp):
        for j, p in enumerate(pred):
            if not (num_eq(e["value"], p["value"]) and num_eq(e["until"], p["until"])):
                continue
            if e["kind"] != "optional" and not unit_eq(e["unit"], p["unit"]):
                continue
            sim = fuzz.token_set_ratio(norm(e["indicator"]), norm(p["indicator"]))
            if sim < 70:
                continue
            pairs.append((sim, i, j))
    pairs.sort(key=lambda x: -x[0])
    used_e, used_p, match = set(), set(), []
    for sim, i, j in pairs:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        match.append((i, j))
    res = {"missed": [], "spurious": [], "kind": [], "deadline": [], "weak": [], "tp": 0, "gold": 0}
    for i, e in enumerate(exp):
        if not e["uncertain"]:
            res["gold"] += 1
        if i not in used_e and not e["uncertain"]:
            res["missed"].append(e)
    for j, p in enumerate(pred):
        if j not in used_p:
            res["spurious"].append(p)
    for i, j in match:
        e, p = exp[i], pred[j]
        if not e["uncertain"]:
            res["tp"] += 1
        if e["kind"] in ("target", "achieved") and p["kind"] != e["kind"]:
            res["kind"].append((e, p))
        if e["kind"] == "target" and str(p["deadline"] or "")[:4] != str(e["deadline"] or ""):
            res["deadline"].append((e, p))
        if e.get("key") and not any(k in norm(p["indicator"]) for k in e["key"]):
            res["weak"].append((e, p))
    return res, pred


def fmt(t):
    return f"{t['value']}{'-' + str(t['until']) if t.get('until') is not None else ''} {t['unit']} [{t.get('kind')}] " \
           f"dl={t.get('deadline')} «{t['indicator']}»"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    cases = args or sorted(p.stem for p in (HERE / "cases").glob("[0-9][0-9].txt"))
    tot = dict(gold=0, tp=0, missed=0, spurious=0, kind=0, deadline=0, weak=0)
    summary = {}
    for n in cases:
        r, pred = score_case(n, verbose)
        line = (f"== {n}: gold {r['gold']} found {r['tp']} missed {len(r['missed'])} spurious {len(r['spurious'])} "
                f"kind {len(r['kind'])} deadline {len(r['deadline'])} weak {len(r['weak'])}")
        print(line)
        summary[n] = {k: (len(v) if isinstance(v, list) else v) for k, v in r.items()}
        for e in r["missed"]:
            print("  MISSED  ", fmt(e))
        for p in r["spurious"]:
            print("  SPURIOUS", fmt(p))
        for e, p in r["kind"]:
            print("  KIND    ", fmt(e), "->", p["kind"])
        for e, p in r["deadline"]:
            print("  DEADLINE", fmt(e), "->", p["deadline"])
        for e, p in (r["weak"] if verbose else r["weak"][:3]):
            print("  WEAK    ", fmt(e), "->", p["indicator"])
        for k in tot:
            tot[k] += r[k] if k in ("gold", "tp") else len(r[k])
    print("TOTAL", json.dumps(tot))
    pass  # (the per-case counts are printed above)


if __name__ == "__main__":
    main()
