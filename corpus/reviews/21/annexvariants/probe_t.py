"""Probe variants of a table: python probe_t.py (run from anywhere; uses /work/main)."""
import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[4]))
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from pipeline import extract
from render import C, md, onecell
import doc

B = lambda t, **k: C(t, bold=True, **k)


def wrap(table_text, title="**KẾ HOẠCH DIỆN TÍCH NĂM 2026**", caption="", in_aims=False):
    annex = "**PHỤ LỤC**\n\n" + title + "\n\n{REF}\n\n" + (caption + "\n\n" if caption else "") + table_text
    if in_aims:
        return doc.plan("Lạc Sơn", "301", "ngày 18 tháng 12 năm 2025", "18/12/2025", "Phát triển sản xuất năm 2026",
                        "sản xuất", None, in_aims=table_text)
    return doc.plan("Lạc Sơn", "301", "ngày 18 tháng 12 năm 2025", "18/12/2025", "Phát triển sản xuất năm 2026",
                    "sản xuất", annex)


def run(name, text, show=False):
    d = extract(text=text)
    print(f"{name}: {len(d.targets)}")
    if show:
        for t in d.targets:
            print("   ", t.value, t.until, repr(t.unit), t.kind, t.deadline, t.comparator, "«%s»" % t.indicator)
