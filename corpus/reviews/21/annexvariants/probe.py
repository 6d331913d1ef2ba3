"""Print the program's targets for a file or for text on stdin. Review 21 / annexvariants."""
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pipeline import extract
if len(sys.argv) > 1 and sys.argv[1] != "-":
    d = extract(path=sys.argv[1])
else:
    d = extract(text=sys.stdin.read())
for t in d.targets:
    print(t.value, t.until, repr(t.unit), t.kind, t.deadline, t.comparator, "«%s»" % t.indicator)
print(len(d.targets), "targets")
