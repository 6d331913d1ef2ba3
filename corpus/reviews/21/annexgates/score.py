"""Score the cases against their expectations. Run from the repository root with .venv/bin/python.

Targets: one-to-one pairs on value, until and unit (units compared as plans eval does: "%…" = "%",
one may be the other's first words), best pairs first (more required indicator words found, then
kind, then deadline). A pair is MATCHED when kind is equal, the deadline year is one of the
accepted ones and the folded indicator holds every required word; else WRONG (with the field).
Optional items (baselines) are never missed; a program target paired with none is SPURIOUS.
Units: (key(unit), role) pairs, names equal after pipeline.evaluate.key or fuzz ratio >= 90."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from rapidfuzz import fuzz  # noqa: E402

from pipeline import extract  # noqa: E402
from pipeline.evaluate import _same_unit, _target_unit_key, key  # noqa: E402
from pipeline.text import fold  # noqa: E402

HERE = Path(__file__).parent
CASES = HERE / "cases"


def year(d):
    return None if d is None else str(d)[:4]


def _norm(s):
    return " ".join(fold(s or "").split())


def words_found(exp, pred):
    ind = _norm(pred.get("indicator"))
    return sum(1 for w in exp["words"] if _norm(w) in ind)


def score_case(path: Path, verbose=True):
    exp = json.loads(path.with_suffix("").with_suffix(".expect.json").read_text(encoding="utf-8")) \
        if False else json.loads((path.parent / (path.stem + ".expect.json")).read_text(encoding="utf-8"))
    doc = extract(path=str(path)).to_dict()
    preds = doc["targets"]
    golds = exp["targets"]
    cand = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if (g["value"], g["until"]) != (p.get("value"), p.get("until")):
                try:
                    if abs(float(g["value"]) - float(p.get("value"))) > 1e-6 or \
                            (g["until"] is None) != (p.get("until") is None) or \
                            (g["until"] is not None and abs(float(g["until"]) - float(p["until"])) > 1e-6):
                        continue
                except (TypeError, ValueError):
                    continue
            if not _same_unit(_target_unit_key(g["unit"]), _target_unit_key(p.get("unit"))):
                continue
            wf = words_found(g, p)
            ok_kind = g["kind"] == p.get("kind")
            ok_dl = (g["deadline"] is None and p.get("deadline") is None) or \
                (g["deadline"] is not None and year(p.get("deadline")) in g["deadline"])
            cand.append((-(wf == len(g["words"])), -ok_kind, -ok_dl, -wf, gi, pi))
    cand.sort()
    used_g, used_p, pairs = set(), set(), []
    for c in cand:
        gi, pi = c[4], c[5]
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    lines = []
    matched = wrong = 0
    for gi, pi in pairs:
        g, p = golds[gi], preds[pi]
        probs = []
        if g["kind"] != p.get("kind"):
            probs.append(f"kind {p.get('kind')}≠{g['kind']}")
        if not ((g["deadline"] is None and p.get("deadline") is None) or
                (g["deadline"] is not None and year(p.get("deadline")) in g["deadline"])):
            probs.append(f"deadline {p.get('deadline')}≠{g['deadline']}")
        if words_found(g, p) < len(g["words"]):
            probs.append(f"indicator {p.get('indicator')!r} lacks {g['words']}")
        if probs:
            if g["optional"]:
                lines.append(f"  OPT-WRONG {g['value']} {g['unit']}: " + "; ".join(probs))
            else:
                wrong += 1
                lines.append(f"  WRONG {g['value']} {g['unit']} {g['deadline']}: " + "; ".join(probs))
        elif not g["optional"]:
            matched += 1
    missed = [g for gi, g in enumerate(golds) if gi not in used_g and not g["optional"]]
    spurious = [p for pi, p in enumerate(preds) if pi not in used_p]
    for g in missed:
        lines.append(f"  MISSED {g['value']}{'-' + str(g['until']) if g['until'] else ''} {g['unit']} "
                     f"{g['deadline']} {g['words']} ({g['kind']})")
    for p in spurious:
        lines.append(f"  SPURIOUS {p.get('value')} {p.get('unit')!r} dl={p.get('deadline')} kind={p.get('kind')} "
                     f"ind={p.get('indicator')!r}")
    # units
    pu = [(r["unit"], r["role"]) for r in doc["responsibilities"]]
    gu = list(dict.fromkeys((u["unit"], u["role"]) for u in exp["units"]))  # one entry per (unit, role)
    um, usedp = 0, set()
    umiss = []
    for gname, grole in gu:
        hit = next((j for j, (pn, pr) in enumerate(pu) if j not in usedp and pr == grole and
                    (key(pn) == key(gname) or fuzz.ratio(key(pn), key(gname)) >= 90)), None)
        if hit is None:
            umiss.append((gname, grole))
        else:
            usedp.add(hit)
            um += 1
    uspur = [pu[j] for j in range(len(pu)) if j not in usedp]
    for u in umiss:
        lines.append(f"  UNIT MISSED {u}")
    for u in uspur:
        lines.append(f"  UNIT SPURIOUS {u}")
    certain = sum(1 for g in golds if not g["optional"])
    res = dict(case=path.stem, name=exp["case"], certain=certain, matched=matched, wrong=wrong,
               missed=len(missed), spurious=len(spurious), units_matched=um, units_missed=len(umiss),
               units_spurious=len(uspur))
    return res, lines


def main():
    only = set(sys.argv[1:])
    tot = dict(certain=0, matched=0, wrong=0, missed=0, spurious=0, units_matched=0, units_missed=0,
               units_spurious=0)
    for path in sorted(CASES.glob("[0-9][0-9].txt")):
        if only and path.stem not in only:
            continue
        res, lines = score_case(path)
        print(f"{res['case']} {res['name']:12s} targets certain {res['certain']:3d} matched {res['matched']:3d} "
              f"wrong {res['wrong']:3d} missed {res['missed']:3d} spurious {res['spurious']:3d} | units "
              f"{res['units_matched']}/{res['units_missed']}/{res['units_spurious']}")
        for ln in lines:
            print(ln)
        for k in tot:
            tot[k] += res[k]
    print("TOTAL", json.dumps(tot))


if __name__ == "__main__":
    main()
