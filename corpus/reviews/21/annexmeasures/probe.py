"""Quick probes: build a variant table into probes/NAME.txt and print the program's targets."""
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from pathlib import Path
from doc import plan
from render import C, md, onecell
from pipeline import extract

def run(name, h, body, rendering="onecell", title=("Kế hoạch thử",), annex=("**PHỤ LỤC THỬ**",), show=True):
    tab = onecell(h, body) if rendering == "onecell" else md(h, body, "out" if rendering == "md-out" else "blank")
    text = plan("Hà Lâm", 900, "ngày 10 tháng 12 năm 2025", "10/12/2025", list(title), "thử nghiệm", list(annex), tab)
    p = Path(__file__).resolve().parent / "probes" / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    d = extract(path=str(p))
    print(f"== {name} ({rendering}): {len(d.targets)} targets")
    if show:
        for t in d.targets:
            print(f"   {t.value}{'-'+str(t.until) if t.until else ''} {t.unit!r} {t.deadline} {t.kind} {t.indicator!r}")
    return d
