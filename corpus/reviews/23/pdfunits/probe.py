"""Run one snippet under a short plan header and a TCTH heading; print (unit, role).
    cd /work/main && .venv/bin/python /work/review23/pdfunits/probe.py FILE   (or - for stdin)
With -raw the snippet is the whole document."""
import os
import sys
sys.path.insert(0, os.getcwd())
from pipeline import extract  # noqa: E402

HEAD = """ỦY BAN NHÂN DÂN
TỈNH VÂN HÀ
Số: 10/KH-UBND
Vân Hà, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Thử nghiệm
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm hiệu quả.
II. TỔ CHỨC THỰC HIỆN
"""
args = sys.argv[1:]
raw = "-raw" in args
args = [a for a in args if a != "-raw"]
text = sys.stdin.read() if not args or args[0] == "-" else open(args[0], encoding="utf-8").read()
doc = extract(text=text if raw else HEAD + text)
for r in sorted({(r.unit, r.role) for r in doc.responsibilities}):
    print(f"  {r[1]:10} {r[0]}")
for s in doc.sections:
    if s.level == 1:
        print("  SECTION", s.label, "|", s.title)
