"""Probe: run a case with text replacements; print the targets. Run from the repository root.
usage: probe.py NN 'old=>new' ..."""
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract
n, *subs = sys.argv[1:]
text = open(__import__("pathlib").Path(__file__).resolve().parent / "cases" / f"{n}.txt", encoding="utf-8").read()
for s in subs:
    a, b = s.split("=>")
    assert a in text, a
    text = text.replace(a, b)
d = extract(text=text).to_dict()
print(len(d["targets"]), "targets")
for t in d["targets"][:40]:
    print("  ", t["value"], t.get("until"), t["unit"], t["deadline"], t["kind"], "|", t["indicator"])
