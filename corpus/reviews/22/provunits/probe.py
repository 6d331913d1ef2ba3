import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from pipeline import extract
HEAD = "**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n"
def probe(body, wrap=True):
    d = extract(text=(HEAD + body) if wrap else body)
    return sorted({(r.role, r.unit) for r in d.responsibilities})
if __name__ == "__main__":
    for b in sys.argv[1:]:
        print(repr(b[:90])); [print("   ", x) for x in probe(b)]
