"""Score the budget cases: run pipeline.extract in-process and match expected vs produced targets.

    .venv/bin/python corpus/reviews/19/budget/score.py [NN ...]

Match: same value and until (rounded 1e-6), same unit first word (case-folded; "%" must match "%"),
indicator token-set similarity >= 70 (rapidfuzz, strings folded by pipeline.evaluate.key).
One-to-one, best pairs first. Expected items marked uncertain are not counted as missed when absent,
and a produced item matching one is not spurious. Kind mismatches are counted among matched items
(certain ones; uncertain ones shown apart). Deadline differences are listed, not scored.
"""
from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
from rapidfuzz import fuzz  # noqa: E402

from pipeline import extract  # noqa: E402
from pipeline.evaluate import key  # noqa: E402

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def num(v):
    return None if v is None else round(float(v), 6)


def unit_word(u):
    u = unicodedata.normalize("NFC", (u or "").strip()).casefold()
    if u.startswith("%"):
        return "%"
    return u.split()[0] if u.split() else ""


def sim(e, p):
    if num(e["value"]) != num(p["value"]) or num(e.get("until")) != num(p.get("until")):
        return 0
    if unit_word(e.get("unit")) != unit_word(p.get("unit")):
        return 0
    g, q = key(e.get("indicator")) or "", key(p.get("indicator")) or ""
    if not g or not q:
        return 0
    return fuzz.token_set_ratio(g, q)


def brief(t):
    v = t["value"] if t.get("until") is None else f'{t["value"]}-{t["until"]}'
    return f'{v} {t.get("unit")!r} kind={t.get("kind")} dl={t.get("deadline")} ind={t.get("indicator")!r}'


def score_case(name, verbose=True):
    exp = json.loads((CASES / f"{name}.expect.json").read_text(encoding="utf-8"))
    doc = extract(path=str(CASES / f"{name}.txt"))
    prod = [dict(value=t.value, until=t.until, unit=t.unit, kind=t.kind, deadline=t.deadline,
                 indicator=t.indicator) for t in doc.targets]
    pairs = sorted(((sim(e, p), str(e.get("deadline")) == str(p.get("deadline")),
                     e.get("kind") == p.get("kind"), i, j)
                    for i, e in enumerate(exp) for j, p in enumerate(prod)), reverse=True)
    ue, up, matched = set(), set(), []
    for s, _d, _k, i, j in pairs:
        if s < 70 or i in ue or j in up:
            continue
        ue.add(i); up.add(j); matched.append((i, j))
    r = dict(expected=sum(not e.get("uncertain") for e in exp), matched=0, missed=0, spurious=0,
             kind=0, kind_unc=0, baseline_as_target=0, deadline=0, unc_matched=0)
    lines = []
    for i, j in matched:
        e, p = exp[i], prod[j]
        if e.get("uncertain"):
            r["unc_matched"] += 1
        else:
            r["matched"] += 1
        if e.get("kind") != p.get("kind"):
            if e.get("uncertain"):
                r["kind_unc"] += 1
                if e.get("kind") == "achieved" and p.get("kind") == "target":
                    r["baseline_as_target"] += 1
                lines.append(f"  KIND(unc) expected {e['kind']} got {p['kind']}: {brief(p)}")
            else:
                r["kind"] += 1
                lines.append(f"  KIND     expected {e['kind']} got {p['kind']}: {brief(p)}")
        if str(e.get("deadline")) != str(p.get("deadline")) and not e.get("uncertain"):
            r["deadline"] += 1
            lines.append(f"  DEADLINE expected {e.get('deadline')} got {p.get('deadline')}: {brief(p)}")
    for i, e in enumerate(exp):
        if i not in ue:
            if e.get("uncertain"):
                lines.append(f"  (uncertain, not given) {brief(e)}")
            else:
                r["missed"] += 1
                lines.append(f"  MISSED   {brief(e)}")
    loose = [e for i, e in enumerate(exp) if i not in ue and e.get("uncertain")]
    for j, p in enumerate(prod):
        if j not in up:
            # a produced item with the value and unit of an uncertain expected one left unmatched
            # (its indicator worded apart): shown, not counted
            hit = next((e for e in loose if num(e["value"]) == num(p["value"])
                        and num(e.get("until")) == num(p.get("until"))
                        and unit_word(e.get("unit")) == unit_word(p.get("unit"))), None)
            if hit is not None:
                loose.remove(hit)
                lines.append(f"  (spurious vs uncertain, not counted) {brief(p)}")
                continue
            r["spurious"] += 1
            lines.append(f"  SPURIOUS {brief(p)}")
    if verbose:
        print(f"== {name}: expected {r['expected']} matched {r['matched']} missed {r['missed']} "
              f"spurious {r['spurious']} kind {r['kind']} (unc matched {r['unc_matched']}, "
              f"kind-unc {r['kind_unc']}, baseline-as-target {r['baseline_as_target']}) deadline {r['deadline']}")
        for line in sorted(lines, key=lambda s: (not s.strip().startswith(("MISSED", "SPURIOUS")), s)):
            print(line)
    return r


def main(argv):
    names = argv or sorted(p.stem.split(".")[0] for p in CASES.glob("*.txt"))
    tot = {}
    for n in names:
        r = score_case(n)
        for k, v in r.items():
            tot[k] = tot.get(k, 0) + v
    print("\nTOTAL:", ", ".join(f"{k} {v}" for k, v in tot.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
