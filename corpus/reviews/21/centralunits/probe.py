"""probe: python probe.py FILE  or stdin text; prints units (and targets with -t)"""
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract
args = [a for a in sys.argv[1:] if not a.startswith("-")]
text = open(args[0]).read() if args else sys.stdin.read()
if "-w" in sys.argv:  # wrap in a TCTH heading
    text = "**KẾ HOẠCH**\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm thực hiện.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n" + text
doc = extract(text=text)
for r in doc.responsibilities:
    print(f"  {r.role:10} {r.unit}")
if "-t" in sys.argv:
    for t in doc.targets:
        print("  T", t.value, t.until, t.unit, "|", t.indicator, "|", getattr(t, "kind", None), t.deadline)
if "-s" in sys.argv:
    for s in doc.sections:
        if s.level == 1:
            print("  S", s.label, s.title, s.kind)
