import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from pipeline import extract
for n in sys.argv[1:]:
    d = extract(path=str(Path(__file__).resolve().parent / "cases" / f"{n}.txt"))
    print("==", n)
    for r in d.responsibilities:
        print("  ", r.role, "|", r.unit, "|", (r.tasks or [""])[0][:110].replace("\n", " "))
