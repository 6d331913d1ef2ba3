"""Score the provunits cases: run from /work/main with .venv/bin/python."""
import json, sys
from pathlib import Path
from rapidfuzz import fuzz
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from pipeline import extract
from pipeline.evaluate import key

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def names(g):
    return [key(n) for n in [g["unit"]] + g.get("printed_as", [])]


def match_units(gold, pred):
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["role"] != p[1]:
                continue
            s = max(fuzz.ratio(n, key(p[0])) for n in names(g))
            if s >= 90:
                pairs.append((s, not g.get("optional"), i, j))
    pairs.sort(reverse=True)
    gi, pj = set(), set()
    for s, _req, i, j in pairs:
        if i not in gi and j not in pj:
            gi.add(i); pj.add(j)
    return gi, pj


def main(only=None):
    T = {"u_ok": 0, "u_miss": 0, "u_spur": 0, "s_ok": 0, "s_miss": 0, "s_spur": 0, "t_ok": 0, "t_miss": 0, "t_spur": 0}
    for f in sorted(CASES.glob("*.txt")):
        nn = f.stem
        if only and nn not in only:
            continue
        exp = json.loads((CASES / f"{nn}.expect.json").read_text())
        doc = extract(path=str(f))
        pred = sorted({(r.unit, r.role) for r in doc.responsibilities})
        gold = exp["units"]
        gi, pj = match_units(gold, pred)
        ok = len([i for i in gi if not gold[i].get("optional")])
        miss = [g for i, g in enumerate(gold) if i not in gi and not g.get("optional")]
        spur = [p for j, p in enumerate(pred) if j not in pj]
        # sections
        gs = [(s["label"], key(s["title"])) for s in exp["sections"]]
        ps = [(s.label, key(s.title)) for s in doc.sections if s.level == 1]
        s_ok = sum(1 for s in gs if s in ps)
        s_miss = [s for s in gs if s not in ps]
        s_spur = [s for s in ps if s not in gs]
        # targets (expected none unless listed)
        pt = [(t.value, t.unit, t.kind, t.indicator) for t in doc.targets]
        t_spur = pt if not exp["targets"] else []
        T["u_ok"] += ok; T["u_miss"] += len(miss); T["u_spur"] += len(spur)
        T["s_ok"] += s_ok; T["s_miss"] += len(s_miss); T["s_spur"] += len(s_spur)
        T["t_spur"] += len(t_spur)
        print(f"== {nn}: units {ok} ok / {len(miss)} missed / {len(spur)} spurious; sections {s_ok}/{len(s_miss)}/{len(s_spur)}; targets spurious {len(t_spur)}")
        for g in miss:
            print(f"   MISSED   {g['role']:10} {g['unit']}")
        for p in spur:
            print(f"   SPURIOUS {p[1]:10} {p[0]}")
        for s in s_miss:
            print(f"   SEC MISSED {s}")
        for s in s_spur:
            print(f"   SEC SPURIOUS {s}")
        for t in t_spur:
            print(f"   TARGET SPURIOUS {t}")
    u = T
    P = u["u_ok"] / max(1, u["u_ok"] + u["u_spur"]); R = u["u_ok"] / max(1, u["u_ok"] + u["u_miss"])
    print(f"\nTOTAL units: {u['u_ok']} matched, {u['u_miss']} missed, {u['u_spur']} spurious (P {P:.2f}, R {R:.2f})")
    print(f"TOTAL sections: {u['s_ok']} matched, {u['s_miss']} missed, {u['s_spur']} spurious")
    print(f"TOTAL targets: 0 expected, {u['t_spur']} spurious")


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
