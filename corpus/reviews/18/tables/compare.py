"""Run the program on each case and compare its targets with expected.json.
Usage (from the repository): .venv/bin/python corpus/reviews/18/tables/compare.py [NN ...]"""
import json, os, sys, unicodedata
sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "..")))
from pipeline import extract

HERE = os.path.dirname(os.path.abspath(__file__))
EXP = json.load(open(os.path.join(HERE, "expected.json")))


def norm(s):
    return unicodedata.normalize("NFC", (s or "")).lower().replace("hoà", "hòa")


def unit_ok(e, p):
    e, p = norm(e), norm(p)
    if not e or not p:
        return e == p
    return e == p or p.startswith(e) or e.startswith(p)


def run(n):
    exp = EXP[n]["targets"]
    doc = extract(path=os.path.join(HERE, "cases", f"{n}.txt"))
    got = [dict(value=t.value, until=t.until, unit=t.unit, kind=getattr(t, "kind", None),
                deadline=t.deadline, indicator=t.indicator, text=getattr(t, "text", "")) for t in doc.targets]
    used = set()
    res = dict(missed=[], field=[], spurious=[], weak_ind=[])
    matched_opt = 0

    def eq(a, b):
        if a is None or b is None:
            return a is None and b is None
        return abs(float(a) - float(b)) < 1e-6

    order = sorted(range(len(exp)), key=lambda i: exp[i]["optional"])
    pairs = {}
    for stage in (0, 1, 2):
        for i in order:
            if i in pairs:
                continue
            e = exp[i]
            for j, g in enumerate(got):
                if j in used or not eq(e["value"], g["value"]) or not eq(e["until"], g["until"]):
                    continue
                kwok = all(norm(k) in norm(g["indicator"]) for k in e["kw"])
                dlok = (str(g["deadline"] or "")[:4] == (e["deadline"] or ""))
                if stage == 0 and not (kwok and dlok):
                    continue
                if stage == 1 and not (dlok or kwok):
                    continue
                pairs[i] = j
                used.add(j)
                break
    for i, e in enumerate(exp):
        if i not in pairs:
            if not e["optional"]:
                res["missed"].append(e)
            continue
        g = got[pairs[i]]
        probs = []
        if not unit_ok(e["unit"], g["unit"]):
            probs.append(f"unit {g['unit']!r}≠{e['unit']!r}")
        if str(g["deadline"] or "")[:4] != (e["deadline"] or ""):
            probs.append(f"deadline {g['deadline']}≠{e['deadline']}")
        if e["kind"] != g["kind"]:
            if e["optional"] and e["kind"] == "achieved":
                probs.append(f"baseline as kind={g['kind']}")
            else:
                probs.append(f"kind {g['kind']}≠{e['kind']}")
        kwmiss = [k for k in e["kw"] if norm(k) not in norm(g["indicator"])]
        if kwmiss:
            res["weak_ind"].append((e, g, kwmiss))
        if probs:
            res["field"].append((e, g, probs))
    for j, g in enumerate(got):
        if j not in used:
            res["spurious"].append(g)
    return res, got, len([e for e in exp if not e["optional"]])


def fmt(e):
    return f"{e['value']}{'-' + str(e['until']) if e['until'] else ''} {e['unit']} @{e['deadline']} {e['kw']}"


def fmtg(g):
    return f"{g['value']}{'-' + str(g['until']) if g['until'] else ''} {g['unit']!r} @{g['deadline']} kind={g['kind']} ind={g['indicator']!r}"


if __name__ == "__main__":
    ns = sys.argv[1:] or sorted(EXP)
    summary = {}
    verbose = os.environ.get("V")
    for n in ns:
        res, got, nexp = run(n)
        baseline_as_target = sum(1 for e, g, p in res["field"] if any(x.startswith("baseline as kind=target") for x in p))
        summary[n] = dict(expected=nexp, got=len(got), missed=len(res["missed"]), spurious=len(res["spurious"]),
                          field=len(res["field"]), weak_ind=len(res["weak_ind"]), baseline_as_target=baseline_as_target)
        print(f"== {n}: {EXP[n]['desc']}")
        print("   " + json.dumps(summary[n]))
        if verbose:
            for e in res["missed"]:
                print("   MISSED", fmt(e))
            for g in res["spurious"]:
                print("   SPURIOUS", fmtg(g))
            for e, g, p in res["field"]:
                print("   FIELD", fmt(e), "->", fmtg(g), p)
            for e, g, k in res["weak_ind"][:int(verbose)]:
                print("   WEAKIND", fmt(e), "->", repr(g["indicator"]), "lacks", k)
    json.dump(summary, open(os.path.join(HERE, "summary.json"), "w"), indent=1)
