import json, subprocess, sys, os, unicodedata, re
from rapidfuzz import fuzz
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("*", "")
    s = re.sub(r"\s+", " ", s).strip().casefold().rstrip(":.;").strip()
    for a, b in (("oà","òa"),("oá","óa"),("oả","ỏa"),("oã","õa"),("oạ","ọa"),("uỳ","ùy"),("uý","úy"),("uỷ","ủy"),("uỹ","ũy"),("uỵ","ụy")):
        s = s.replace(a, b)
    return s
def extract(path):
    out = subprocess.run([os.path.join(ROOT, ".venv", "bin", "plans"), "extract", path], cwd=ROOT, capture_output=True, text=True)
    return json.loads(out.stdout)
def unit_ok(e, p):
    e, p = norm(e), norm(p)
    if e == p: return True
    if not e or not p: return e == p
    return e.split()[0] == p.split()[0]
def run(nn, verbose=True):
    exp = json.load(open(f"{D}/{nn}.expect.json"))
    d = extract(f"{D}/{nn}.txt")
    res = {"case": nn}
    lines = []
    if exp.get("sections") is not None:
        got = [(norm(s["label"]), norm(s["title"])) for s in d["sections"] if s["level"] == 1 and s.get("kind") in ("section", "part")]
        want = [(norm(l), norm(t)) for l, t in exp["sections"]]
        g2 = list(got); miss = []
        for w in want:
            if w in g2: g2.remove(w)
            else: miss.append(w)
        res["sec_missed"] = len(miss); res["sec_spurious"] = len(g2)
        if miss or g2:
            lines.append(f"  SECTIONS missed={miss} spurious={g2}")
    if exp.get("targets") is not None:
        preds = [t for t in d["targets"]]
        used = set(); miss = []; fieldiss = []
        for e in exp["targets"]:
            best = None
            for i, p in enumerate(preds):
                if i in used: continue
                try: pv = float(p["value"])
                except: continue
                if abs(pv - e["value"]) > 1e-9: continue
                if (p.get("until") is None) != (e["until"] is None): continue
                if e["until"] is not None and abs(float(p["until"]) - e["until"]) > 1e-9: continue
                if not unit_ok(e["unit"], p.get("unit") or ""): continue
                sc = fuzz.token_set_ratio(norm(e["indicator"]), norm(p.get("indicator") or ""))
                if sc >= 70 and (best is None or sc > best[0]): best = (sc, i)
            if best is None:
                miss.append(e)
            else:
                used.add(best[1]); p = preds[best[1]]
                diffs = []
                for k in ("kind", "comparator", "deadline"):
                    if (e.get(k) or None) != (p.get(k) or None): diffs.append(f"{k}: want {e.get(k)} got {p.get(k)}")
                if diffs: fieldiss.append((e, p, diffs))
        spur = [p for i, p in enumerate(preds) if i not in used]
        res["t_expected"] = len(exp["targets"]); res["t_missed"] = len([m for m in miss if not m.get("uncertain")])
        res["t_missed_unc"] = len([m for m in miss if m.get("uncertain")])
        res["t_spurious"] = len(spur); res["t_field"] = len(fieldiss)
        for m in miss:
            lines.append(f"  MISSED{' (uncertain)' if m.get('uncertain') else ''}: {m['value']}{'-'+str(m['until']) if m['until'] is not None else ''} {m['unit']} | {m['indicator']} | kind={m['kind']} cmp={m['comparator']} dl={m['deadline']}")
        for p in spur:
            lines.append(f"  SPURIOUS: {p['value']}{'-'+str(p.get('until')) if p.get('until') is not None else ''} {p.get('unit')} | {p.get('indicator')} | kind={p.get('kind')} cmp={p.get('comparator')} dl={p.get('deadline')}")
        for e, p, diffs in fieldiss:
            lines.append(f"  FIELD: {e['value']} {e['unit']} | {e['indicator'][:50]} -> {'; '.join(diffs)}")
    if verbose:
        print(f"== {nn}: {res}")
        print("\n".join(lines))
    return res, lines
if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(f[:-12] for f in os.listdir(D) if f.endswith(".expect.json"))
    for c in cases: run(c)
