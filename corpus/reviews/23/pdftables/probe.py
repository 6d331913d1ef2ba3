"""Rerun a case with replacements and print its targets. Run from /work/main:
   .venv/bin/python /work/review23/pdftables/probe.py NN 'old=>new' ...   (\\n in old/new = newline)"""
import os, sys
from pathlib import Path
sys.path.insert(0, os.getcwd())
from pipeline import extract
n, *subs = sys.argv[1:]
text = (Path(__file__).resolve().parent / "cases" / f"{n}.txt").read_text()
for s in subs:
    old, new = s.split("=>")
    old, new = old.replace("\\n", "\n"), new.replace("\\n", "\n")
    assert old in text, old
    text = text.replace(old, new)
doc = extract(text=text)
for t in doc.targets:
    print(f"{t.value}{'-'+str(t.until) if t.until else ''} [{t.unit}] {t.kind} {t.deadline} | {t.indicator}")
print(len(doc.targets), "targets")
