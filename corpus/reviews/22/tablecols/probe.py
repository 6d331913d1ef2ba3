"""probe.py NN 'old=>new' ... : rerun case NN with text replacements, print targets (value unit deadline kind indicator)."""
import sys, pathlib
sys.path.insert(0, ".")
from pipeline import extract
n, *subs = sys.argv[1:]
text = (pathlib.Path(__file__).parent / "cases" / f"{n}.txt").read_text()
for s in subs:
    old, new = s.split("=>")
    old, new = old.replace("\\n", "\n"), new.replace("\\n", "\n")
    assert old in text, old
    text = text.replace(old, new)
doc = extract(text=text)
print(len(doc.targets), "targets")
for t in doc.targets:
    print(f"  {t.value} {t.until or ''} {t.unit!r} dl={t.deadline} {t.kind} | {t.indicator}")
if "-u" in sys.argv[0:1]: pass
