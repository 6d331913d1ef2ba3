"""Score level-1 sections of the cases. Run from the repository root:
    .venv/bin/python corpus/reviews/20/sections/score.py [NN ...]
A section matches an expected one on its label (case-folded, whitespace-normalised, a trailing
'.' or ':' dropped) and its title (the same normalisation, rapidfuzz ratio >= 90), one-to-one,
best pairs first. Predicted sections counted: level 1, kind 'section' or 'part' (as plans eval).
Expected items marked "uncertain" are scored apart."""
import json
import pathlib
import sys
import unicodedata

import regex
from rapidfuzz import fuzz

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"


def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("*", "")
    s = regex.sub(r"\s+", " ", s).strip().rstrip(".:;").strip()
    return s.casefold()


def match(exp, pred):
    pairs = []
    for i, e in enumerate(exp):
        for j, p in enumerate(pred):
            if norm(e["label"]) != norm(p["label"]):
                continue
            r = fuzz.ratio(norm(e["title"]), norm(p["title"]))
            if r >= 90:
                pairs.append((r, i, j))
    pairs.sort(reverse=True)
    used_e, used_p, m = set(), set(), []
    for r, i, j in pairs:
        if i in used_e or j in used_p:
            continue
        used_e.add(i); used_p.add(j); m.append((i, j))
    return m


def run(names):
    tot = {"right": 0, "missed": 0, "spurious": 0, "u_right": 0, "u_missed": 0}
    out = {}
    for name in names:
        exp = json.loads((CASES / f"{name}.expect.json").read_text(encoding="utf-8"))["sections"]
        doc = extract(path=str(CASES / f"{name}.txt"))
        pred = [{"label": s.label, "title": s.title or ""} for s in doc.sections
                if s.level == 1 and s.kind in ("section", "part")]
        m = match(exp, pred)
        matched_e = {i for i, _ in m}
        matched_p = {j for _, j in m}
        certain = [i for i, e in enumerate(exp) if not e.get("uncertain")]
        unc = [i for i, e in enumerate(exp) if e.get("uncertain")]
        right = sum(1 for i in certain if i in matched_e)
        missed = [exp[i] for i in certain if i not in matched_e]
        u_right = sum(1 for i in unc if i in matched_e)
        u_missed = [exp[i] for i in unc if i not in matched_e]
        spurious = [pred[j] for j in range(len(pred)) if j not in matched_p]
        if unc and not certain:
            # a case whose whole expectation is uncertain: its unmatched predictions are not counted
            spur_count = 0
        else:
            spur_count = len(spurious)
        tot["right"] += right; tot["missed"] += len(missed); tot["spurious"] += spur_count
        tot["u_right"] += u_right; tot["u_missed"] += len(u_missed)
        flag = "OK " if not missed and not spur_count and not u_missed else "ERR"
        print(f"{flag} {name}: right {right}, missed {len(missed)}, spurious {spur_count}"
              + (f"  [uncertain: right {u_right}, missed {len(u_missed)}]" if unc else ""))
        for e in missed:
            print(f"      missed   {e['label']!r} {e['title']!r}")
        for e in u_missed:
            print(f"      missed?  {e['label']!r} {e['title']!r}")
        for p in spurious:
            print(f"      {'spurious' if spur_count else 'extra?  '} {p['label']!r} {p['title']!r}")
        out[name] = {"pred": pred}
    print(f"\nTOTAL (certain): right {tot['right']}, missed {tot['missed']}, spurious {tot['spurious']}")
    print(f"TOTAL (uncertain): right {tot['u_right']}, missed {tot['u_missed']}")
    (HERE / "predictions.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in CASES.glob("*.txt"))
    run(names)
