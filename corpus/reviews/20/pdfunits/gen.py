"""Write cases/NN.txt and cases/NN.expect.json from cases_a/b/c.py (run once, before scoring)."""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from render import render, wrap
import cases_a, cases_b, cases_c

OUT = Path(__file__).parent / "cases"
OUT.mkdir(exist_ok=True)
for mod in (cases_a, cases_b, cases_c):
    for nn, c in mod.CASES.items():
        w = c.get("width", 80)
        src = []
        for ln in c["src"].strip("\n").split("\n"):
            # a PDF line is never wider than the page: long raw lines are wrapped too
            if not ln.startswith("~ ") and len(ln) > w + 4:
                ln = "~ " + ln
            src.append(ln)
        text = render("\n".join(src), w)
        (OUT / f"{nn}.txt").write_text(text, encoding="utf-8")
        exp = []
        for item in c["expect"]:
            d = {"unit": item[0], "role": item[1]}
            if len(item) > 2:
                d.update(item[2])
            exp.append(d)
        (OUT / f"{nn}.expect.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
print("written", len(list(OUT.glob("*.txt"))))
