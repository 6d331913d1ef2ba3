"""Score every case against its expect file.

Run from a checkout of the repository:  .venv/bin/python /work/review23/pdftables/score.py [NN ...] [-v]

Targets are paired one to one on value, until and unit (the eval's unit rule), best pairs first. A
pair is MATCHED when kind, deadline (the expected year, or one of the listed years; a finer
deadline of that year accepted) and the indicator (it holds every required word, folded) agree,
else WRONG (counted apart, with the fields that differ). Uncertain items are neither missed nor
spurious. Baseline items (kind achieved, from a column of results) are certain but also totalled
apart. Units: (key, role), edit ratio >= 90, one to one. Sections: level-1 (label, title)."""
import json, os, sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
import regex  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from pipeline import extract  # noqa: E402
from pipeline.evaluate import key, _same_unit, _target_unit_key  # noqa: E402

CASES = Path(__file__).resolve().parent / "cases"


def fold(s):
    return key(s or "") or ""


def lacks(ind, words):
    f = fold(ind)
    return [w for w in words if not regex.search(r"(?<!\w)" + regex.escape(fold(w)) + r"(?!\w)", f)]


def num(v):
    return None if v is None else round(float(v), 6)


def same_vu(g, p):
    return (num(g["value"]) == num(p.get("value")) and num(g["until"]) == num(p.get("until"))
            and _same_unit(_target_unit_key(g["unit"]), _target_unit_key(p.get("unit"))))


def problems(g, p):
    out = []
    if g["kind"] != p.get("kind"):
        out.append(f"kind={p.get('kind')}")
    want = g["deadline"] if isinstance(g["deadline"], list) else [g["deadline"]]
    dl = p.get("deadline")
    if want != [None] and not (dl and any(str(dl).startswith(w) for w in want)):
        out.append(f"deadline={dl}")
    miss = lacks(p.get("indicator"), g["words"])
    if miss:
        out.append(f"indicator lacks {miss}")
    return out


def score(n, verbose=False):
    exp = json.loads((CASES / f"{n}.expect.json").read_text())
    doc = extract(path=str(CASES / f"{n}.txt"))
    preds = [dict(vars(t)) for t in doc.targets]
    gold = exp["targets"]
    pairs = sorted((len(problems(g, p)), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(preds)
                   if same_vu(g, p))
    gm, used = {}, set()
    for cost, gi, pi in pairs:
        if gi in gm or pi in used:
            continue
        gm[gi] = (pi, cost)
        used.add(pi)
    r = dict(matched=0, wrong=0, missed=0, spurious=0, unc_found=0, base_exp=0, base_matched=0, certain=0)
    lines = []
    for gi, g in enumerate(gold):
        desc = f"{g['value']}{'-' + str(g['until']) if g['until'] else ''} {g['unit']} {g['kind']} {g['deadline']} {g['words']}"
        if g["uncertain"]:
            if gi in gm:
                r["unc_found"] += 1
                p = preds[gm[gi][0]]
                if verbose:
                    lines.append(f"  UNC    {desc}: got kind={p.get('kind')} dl={p.get('deadline')} ind={p.get('indicator')!r}")
            continue
        r["certain"] += 1
        r["base_exp"] += g["baseline"]
        if gi in gm:
            pi, cost = gm[gi]
            p = preds[pi]
            if cost == 0:
                r["matched"] += 1
                r["base_matched"] += g["baseline"]
                if verbose:
                    lines.append(f"  OK     {desc}")
            else:
                r["wrong"] += 1
                lines.append(f"  WRONG  {desc}: {problems(g, p)} | got ind={p.get('indicator')!r} "
                             f"dl={p.get('deadline')} kind={p.get('kind')}")
        else:
            r["missed"] += 1
            lines.append(f"  MISSED {desc}")
    for pi, p in enumerate(preds):
        if pi not in used:
            r["spurious"] += 1
            lines.append(f"  SPUR   {p.get('value')}{'-' + str(p.get('until')) if p.get('until') else ''} "
                         f"{p.get('unit')!r} dl={p.get('deadline')} kind={p.get('kind')} ind={p.get('indicator')!r}")
    # units
    pu = [(key(x.unit), x.role) for x in doc.responsibilities]
    gu = [(key(u["unit"]), u["role"]) for u in exp["units"]]
    upairs = sorted(((-fuzz.ratio(g[0], p[0]), gi, pi) for gi, g in enumerate(gu) for pi, p in enumerate(pu)
                     if g[1] == p[1] and fuzz.ratio(g[0], p[0]) >= 90))
    ug, up = set(), set()
    for _, gi, pi in upairs:
        if gi in ug or pi in up:
            continue
        ug.add(gi)
        up.add(pi)
    for gi, g in enumerate(gu):
        if gi not in ug:
            lines.append(f"  UNIT MISSED {g}")
    for pi, p in enumerate(pu):
        if pi not in up:
            lines.append(f"  UNIT SPUR   {p}")
    r.update(u_matched=len(ug), u_missed=len(gu) - len(ug), u_spurious=len(pu) - len(up))
    # sections
    ps = [(s.label, fold(s.title)) for s in doc.sections if s.level == 1 and getattr(s, "kind", "section") in ("section", "part")]
    gs = [(s["label"], fold(s["title"])) for s in exp.get("sections", [])]
    sm = sum(1 for s in gs if s in ps)
    for s in gs:
        if s not in ps:
            lines.append(f"  SECTION MISSED {s}")
    for s in ps:
        if s not in gs:
            lines.append(f"  SECTION SPUR   {s}")
    r.update(s_matched=sm, s_missed=len(gs) - sm, s_spurious=len([s for s in ps if s not in gs]))
    return exp, r, lines


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    names = args or sorted(p.name[:2] for p in CASES.glob("*.expect.json"))
    tot = {}
    for n in names:
        exp, r, lines = score(n, verbose)
        print(f"{n}: certain {r['certain']} matched {r['matched']} wrong {r['wrong']} missed {r['missed']} "
              f"spurious {r['spurious']} (uncertain found {r['unc_found']}; baselines {r['base_matched']}/{r['base_exp']})"
              f" | units {r['u_matched']}/{r['u_missed']}/{r['u_spurious']} | sections {r['s_matched']}/{r['s_missed']}/{r['s_spurious']}"
              f"  -- {exp.get('notes', '')}")
        for l in lines:
            print(l)
        for k, v in r.items():
            tot[k] = tot.get(k, 0) + v
    print()
    print(f"TOTAL targets: certain {tot['certain']} matched {tot['matched']} wrong {tot['wrong']} "
          f"missed {tot['missed']} spurious {tot['spurious']} uncertain-found {tot['unc_found']}")
    print(f"  of which baselines (achieved): expected {tot['base_exp']} matched {tot['base_matched']}")
    print(f"  without baselines: certain {tot['certain'] - tot['base_exp']} matched {tot['matched'] - tot['base_matched']}")
    print(f"TOTAL units: matched {tot['u_matched']} missed {tot['u_missed']} spurious {tot['u_spurious']}")
    print(f"TOTAL sections: matched {tot['s_matched']} missed {tot['s_missed']} spurious {tot['s_spurious']}")


if __name__ == "__main__":
    main()
