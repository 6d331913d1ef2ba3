"""Score the program on these cases. Run from a checkout of the repository (cwd), e.g.
    cd /work/main && .venv/bin/python /work/review23/pdfunits/score.py [NN ...]
Units: (unit, role) pairs, names compared after pipeline.evaluate.key (printed_as accepted), same
role, one to one, required items first; 'optional' expectations count neither missed nor spurious.
'eval90' repeats the match with the eval's edit ratio >= 90. Sections: level-1 (label, title).
Targets: the cases set no aims; every target is listed as spurious."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
from rapidfuzz import fuzz  # noqa: E402

from pipeline import extract  # noqa: E402
from pipeline.evaluate import key  # noqa: E402

CASES = Path(__file__).resolve().parent / "cases"


def match(exp, pred, ratio):
    """Return matched, missed (required), spurious (pred not matched to anything)."""
    def names(e):
        return [key(e["unit"])] + [key(p) for p in e.get("printed_as", [])]

    def ok(e, p):
        if e["role"] != p[1]:
            return False
        pk = key(p[0])
        if ratio:
            return max(fuzz.ratio(n, pk) for n in names(e)) >= 90
        return pk in names(e)

    used = set()
    matched, missed = [], []
    for group in (False, True):  # required first, then optional
        for e in exp:
            if bool(e.get("optional")) != group:
                continue
            hit = next((i for i, p in enumerate(pred) if i not in used and ok(e, p)), None)
            if hit is None:
                if not group:
                    missed.append(e)
            else:
                used.add(hit)
                matched.append((e, pred[hit]))
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return matched, missed, spurious


def main(only):
    tot = dict(m=0, x=0, s=0, m90=0, x90=0, s90=0, sm=0, sx=0, ss=0, t=0)
    for tf in sorted(CASES.glob("*.txt")):
        if only and tf.stem not in only:
            continue
        exp = json.loads(tf.with_suffix(".expect.json").read_text(encoding="utf-8"))
        doc = extract(path=str(tf))
        pred = sorted({(r.unit, r.role) for r in doc.responsibilities})
        m, x, s = match(exp["units"], pred, False)
        m9, x9, s9 = match(exp["units"], pred, True)
        matched_req = [a for a in m if not a[0].get("optional")]
        gsec = [(d["label"], key(d["title"])) for d in exp["sections"]]
        psec = [(sec.label, key(sec.title)) for sec in doc.sections if sec.level == 1]
        sm = [g for g in gsec if g in psec]
        sx = [g for g in gsec if g not in psec]
        ss = [p for p in psec if p not in gsec]
        tg = list(doc.targets)
        print(f"== {tf.stem}: units matched {len(matched_req)} missed {len(x)} spurious {len(s)}"
              f" | eval90 {len([a for a in m9 if not a[0].get('optional')])}/{len(x9)}/{len(s9)}"
              f" | sections {len(sm)}/{len(sx)}/{len(ss)} | targets {len(tg)}")
        for e in x:
            print(f"   MISSED   {e['role']:10} {e['unit']}")
        for p in s:
            print(f"   SPURIOUS {p[1]:10} {p[0]}")
        for g in sx:
            print(f"   SECTION MISSED {g}")
        for p in ss:
            print(f"   SECTION SPURIOUS {p}")
        for t in tg:
            print(f"   TARGET SPURIOUS {t.value} {t.unit} | {t.indicator}")
        tot["m"] += len(matched_req); tot["x"] += len(x); tot["s"] += len(s)
        tot["m90"] += len([a for a in m9 if not a[0].get("optional")]); tot["x90"] += len(x9); tot["s90"] += len(s9)
        tot["sm"] += len(sm); tot["sx"] += len(sx); tot["ss"] += len(ss); tot["t"] += len(tg)
    p = tot["m"] / max(1, tot["m"] + tot["s"]); r = tot["m"] / max(1, tot["m"] + tot["x"])
    print(f"\nTOTAL units: matched {tot['m']} missed {tot['x']} spurious {tot['s']} (P {p:.2f} R {r:.2f})"
          f" | eval90 {tot['m90']}/{tot['x90']}/{tot['s90']}")
    print(f"TOTAL sections: matched {tot['sm']} missed {tot['sx']} spurious {tot['ss']} | spurious targets {tot['t']}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
