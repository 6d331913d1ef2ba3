import sys
sys.path.insert(0, "corpus/reviews/20/tasktables"); sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
from render import onecell, pipes, prov_kh, TASKS
from pipeline import extract

def run(header, rows, render="oc", **kw):
    tbl = onecell([header] if not isinstance(header[0], list) else header, rows, **kw) if render == "oc" else pipes([header] if not isinstance(header[0], list) else header, rows)
    text = prov_kh(render, "Vân Sơn", "Vân Sơn", "9", (1, 2, 2026), "Thử nghiệm năm 2026", "thử nghiệm năm 2026", "DANH MỤC NHIỆM VỤ", tbl)
    d = extract(text=text)
    out = []
    for r in d.responsibilities:
        r = r if isinstance(r, dict) else r.__dict__
        out.append((r["role"], r["unit"]))
    return out
