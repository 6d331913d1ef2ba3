"""Score the program on the cases of review 21 / centralaims. Run from the repository root:
    .venv/bin/python corpus/reviews/21/centralaims/score.py [NN ...] [-v]
Targets: value, until and unit (pipeline.evaluate's unit rule; an expected unit may list options; a
"triệu/nghìn/tỷ X" unit also matches the multiplied value with unit "X") pick the pair; kind and deadline
must be equal (an expected deadline may list options; a finer deadline of the same year, '2026-Q2' for
'2026', is accepted) and the indicator must hold the required words (after pipeline.evaluate.key); a
pair with a wrong field counts as 'wrong' (one missed, no spurious). Optional items count neither as
missed nor as spurious. Sections: level-1 (label, title) of kind section/part. Units: not scored here
(expect files say "units": null).
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract  # noqa: E402
from pipeline.evaluate import key, _target_unit_key, _same_unit  # noqa: E402

HERE = Path(__file__).parent
CASES = HERE / "cases"
MULT = {"triệu": 1e6, "nghìn": 1e3, "tỷ": 1e9}


def g(o, name):
    return o.get(name) if isinstance(o, dict) else getattr(o, name, None)


def _deadline_ok(exp, got):
    options = exp if isinstance(exp, list) else [exp]
    for o in options:
        if o is None and got is None:
            return True
        if o is not None and got is not None and (str(got) == o or str(got).startswith(o + "-")):
            return True
    return False


def _forms(e):
    """(value, until, unit) forms an expected item may be written in."""
    units = e["unit"] if isinstance(e["unit"], list) else [e["unit"]]
    out = []
    for u in units:
        out.append((e["value"], e["until"], u))
        if u:
            head, _, rest = u.partition(" ")
            if head in MULT and rest:
                m = MULT[head]
                out.append((e["value"] * m, e["until"] * m if e["until"] is not None else None, rest))
    return out


def _close(a, b):
    return abs(a - b) <= 1e-6 * max(1, abs(a))


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
            if v is None:
                continue
            ok = False
            for fv, fu, funit in _forms(e):
                if not _close(v, fv):
                    continue
                if (fu is None) != (un is None) or (un is not None and not _close(un, fu)):
                    continue
                if not _same_unit(_target_unit_key(funit), _target_unit_key(g(p, "unit"))):
                    continue
                ok = True
                break
            if not ok:
                continue
            ind = key(g(p, "indicator") or "") or ""
            faults = []
            kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]
            if g(p, "kind") not in kinds:
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
    right, missed, rest = [], [], list(pred)
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
    print(f"commit {commit}")
    tot = dict(t_r=0, t_w=0, t_m=0, t_s=0, s_r=0, s_m=0, s_s=0)
    names = sorted(p.stem for p in CASES.glob("*.txt"))
    if args:
        names = [n for n in names if n in args]
    for n in names:
        exp = json.loads((CASES / f"{n}.expect.json").read_text())
        doc = extract(path=str(CASES / f"{n}.txt"))
        tr, tw, tm, ts = score_targets(exp["targets"], doc.targets)
        sr, sm, ss = score_sections(exp["sections"], doc.sections)
        for k, v in zip(tot, (tr, tw, tm, ts, sr, sm, ss)):
            tot[k] += len(v)
        flag = "" if not (tw or tm or ts or sm or ss) else "  <--"
        print(f"{n}: targets right {len(tr)} wrong {len(tw)} missed {len(tm)} spurious {len(ts)}"
              f"  sections {len(sr)}/{len(sm)}/{len(ss)}{flag}")
        if verbose or flag:
            for e, f in tw:
                print(f"    target wrong: {e['value']} {e['unit']} ({'; '.join(f)})")
            for e in tm:
                print(f"    target missed: {e['value']}-{e['until']} {e['unit']} {e['words']}")
            for p in ts:
                print(f"    target spurious: {g(p, 'value')}-{g(p, 'until')} {g(p, 'unit')} | {g(p, 'indicator')} | "
                      f"{g(p, 'kind')} {g(p, 'deadline')}")
            for x in sm:
                print(f"    section missed: {x}")
            for x in ss:
                print(f"    section spurious: {x}")
        if verbose:
            for p in doc.targets:
                print(f"      got: {g(p, 'value')}-{g(p, 'until')} [{g(p, 'unit')}] {g(p, 'comparator')} | "
                      f"{g(p, 'indicator')} | {g(p, 'kind')} {g(p, 'deadline')}")
    print()
    print(f"TOTAL targets right {tot['t_r']} wrong {tot['t_w']} missed {tot['t_m']} spurious {tot['t_s']}")
    print(f"TOTAL sections right {tot['s_r']} missed {tot['s_m']} spurious {tot['s_s']}")


if __name__ == "__main__":
    main()
